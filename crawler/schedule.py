"""Crontab expressions read as crontab reads them, turned into APScheduler 3 triggers.

APScheduler 3 numbers the days of the week from 0 = Monday (its own docs warn about it in
`CronTrigger.from_crontab`), where crontab has 0 and 7 = Sunday, 1 = Monday. A site's
`cron = "0 8 * * 1"` handed over as written would run on Tuesdays, so the day-of-week
field is translated here into APScheduler's weekday names, and only then handed over.
Crontab also fires when EITHER the day of the month or the day of the week matches, if
both are restricted; APScheduler wants both: that case becomes two triggers, ORed.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger

DEFAULT_TIMEZONE = "Asia/Shanghai"  # the sites publish in China time; a config may say otherwise
CRON_FIELDS = ("minute", "hour", "day", "month", "day_of_week")
# Crontab's day numbers (0 and 7 are Sunday) and names, as APScheduler names them.
CRONTAB_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
MACROS = {"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
          "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *"}


class CronError(ValueError):
    """A crontab expression that cannot be scheduled; the message says which part."""


def _day_number(text: str) -> int:
    word = text.strip().lower()
    if word[:3] in CRONTAB_DAYS and word.isalpha():
        return CRONTAB_DAYS.index(word[:3])
    if word.isdigit() and 0 <= int(word) <= 7:
        return int(word) % 7
    raise CronError(f"day of week {text!r}: use 0-7 (0 and 7 are Sunday) or sun, mon … sat")


def crontab_days(field: str) -> set[int]:
    """The days (crontab numbering, 0 = Sunday) a day-of-week field names."""
    days: set[int] = set()
    for part in field.split(","):
        span, _, step_text = part.partition("/")
        if step_text and not (step_text.isdigit() and int(step_text) > 0):
            raise CronError(f"day of week {part!r}: the step must be a positive number")
        step = int(step_text or 1)
        if span == "*":
            first, last = 0, 6
        elif "-" in span:
            first_text, _, last_text = span.partition("-")
            first, last = _day_number(first_text), _day_number(last_text)
            last = 7 if last_text.strip() in ("7",) or (last == 0 and first > 0) else last
        else:
            first = last = _day_number(span)
            if step_text:
                last = 6
        if last < first:
            raise CronError(f"day of week {part!r}: the range runs backwards")
        days |= {day % 7 for day in range(first, last + 1, step)}
    return days


def apscheduler_days(field: str) -> str:
    """A crontab day-of-week field in APScheduler's words ("mon,tue"), or "*"."""
    if field == "*":
        return "*"
    days = crontab_days(field)
    return "*" if len(days) == 7 else ",".join(CRONTAB_DAYS[d] for d in sorted(days, key=lambda d: (d + 6) % 7))


def crontab_trigger(expression: str, timezone: str | tzinfo = DEFAULT_TIMEZONE, jitter: int | None = None):
    """The APScheduler trigger that fires when crontab would; CronError if it cannot."""
    fields = MACROS.get(expression.strip().lower(), expression).split()
    if len(fields) != len(CRON_FIELDS):
        raise CronError(f"{expression!r}: five fields are needed (minute hour day month weekday), not {len(fields)}")
    minute, hour, day, month, weekday = fields
    try:
        days = apscheduler_days(weekday)
        both = day != "*" and weekday != "*"  # crontab: either one matching is enough
        parts = [dict(day=day, day_of_week="*"), dict(day="*", day_of_week=days)] if both else [dict(day=day, day_of_week=days)]
        triggers = [CronTrigger(minute=minute, hour=hour, month=month, timezone=timezone, jitter=jitter, **p) for p in parts]
    except CronError:
        raise
    except (ValueError, LookupError) as error:  # APScheduler's own words; an unknown time zone is a LookupError
        raise CronError(f"{expression!r}: {error}") from None
    return triggers[0] if len(triggers) == 1 else OrTrigger(triggers, jitter=jitter)


def next_fire_times(trigger, after: datetime, count: int) -> list[datetime]:
    """The trigger's next `count` fire times after `after` (for `govnews check` and tests)."""
    times, previous, now = [], None, after
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, now)
        if fire is None:
            break
        times.append(fire)
        previous, now = fire, fire
    return times
