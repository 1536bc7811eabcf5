"""A site's `cron` means what it means in crontab (0 and 7 are Sunday), in China time
unless the config says otherwise, and a bad one is refused when the config is read."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.config import SiteConfigError, parse_config
from crawler.daemon import trigger_for
from crawler.schedule import crontab_trigger, next_fire_times

CHINA = ZoneInfo("Asia/Shanghai")
MONDAY_NOON = datetime(2026, 11, 30, 12, 0, tzinfo=CHINA)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)  # datetime.weekday()


def site_toml(cron: str, extra: str = "") -> str:
    return f"""{extra}
[[site]]
name = "s"
start_urls = ["http://127.0.0.1:9/list.html"]
article_links = "a"
cron = "{cron}"
"""


@pytest.mark.parametrize("cron, days, hour, minute", [
    ("0 8 * * 1", {MON}, 8, 0),
    ("30 9 * * 1-5", {MON, TUE, WED, THU, FRI}, 9, 30),
    ("0 8 * * sun", {SUN}, 8, 0),
    ("0 8 * * 7", {SUN}, 8, 0),
    ("0 8 * * 0", {SUN}, 8, 0),
    ("0 8 * * 5-7", {FRI, SAT, SUN}, 8, 0),
    ("0 8 * * MON-FRI", {MON, TUE, WED, THU, FRI}, 8, 0),
    ("0 8 * * */2", {SUN, TUE, THU, SAT}, 8, 0),
])
def test_a_site_cron_fires_on_the_crontab_days(cron, days, hour, minute):
    site = parse_config(site_toml(cron)).sites[0]
    fires = next_fire_times(trigger_for(site, "Asia/Shanghai", jitter=False), MONDAY_NOON, 14)
    assert {f.weekday() for f in fires} == days
    assert {(f.hour, f.minute) for f in fires} == {(hour, minute)}
    assert all(f.utcoffset().total_seconds() == 8 * 3600 for f in fires)  # China time


def test_day_of_month_and_day_of_week_either_one_fires_as_in_crontab():
    fires = next_fire_times(crontab_trigger("0 8 13 * 5"), MONDAY_NOON, 5)
    assert [(f.day, f.weekday()) for f in fires] == [(4, FRI), (11, FRI), (13, SUN), (18, FRI), (25, FRI)]


def test_the_config_time_zone_replaces_china_time():
    config = parse_config(site_toml("0 8 * * 1", 'timezone = "Europe/Paris"'))
    assert config.timezone == "Europe/Paris"
    (fire,) = next_fire_times(trigger_for(config.sites[0], config.timezone, jitter=False), MONDAY_NOON, 1)
    assert fire.isoformat() == "2026-11-30T08:00:00+01:00"  # noon in China is 05:00 in Paris


@pytest.mark.parametrize("cron, problem", [
    ("99 * * * *", "higher than the maximum value (59)"),
    ("0 8 * * 8", "day of week '8'"),
    ("0 8 * *", "five fields are needed"),
    ("0 25 * * *", "higher than the maximum value (23)"),
])
def test_a_bad_cron_is_refused_at_load_with_one_line(cron, problem):
    with pytest.raises(SiteConfigError) as refused:
        parse_config(site_toml(cron), "sites.toml")
    message = str(refused.value)
    assert message.startswith("sites.toml: site 's': field 'cron': ") and problem in message
    assert "\n" not in message


def test_an_unknown_time_zone_is_refused():
    with pytest.raises(SiteConfigError, match="field 'timezone'"):
        parse_config(site_toml("0 8 * * 1", 'timezone = "Mars/Olympus"'), "sites.toml")


def daemon_on(text: str, tmp_path):
    from apscheduler.schedulers.background import BackgroundScheduler

    from crawler.daemon import Daemon

    config = parse_config(text, "govnews.toml")
    daemon = Daemon(config, str(tmp_path / "news.db"))
    daemon.scheduler = BackgroundScheduler(timezone=config.timezone)  # not started: jobs are only planned
    return daemon


WATCHES = """
[[watch]]
name = "daily"
query = "招商引资"
webhook = "http://127.0.0.1:9/hook"
digest = "08:30"

[[watch]]
name = "instant"
query = "招商引资"
webhook = "http://127.0.0.1:9/hook"
"""


def test_the_daemon_plans_one_job_per_site_and_per_digest(tmp_path):
    daemon = daemon_on(site_toml("0 8 * * 1") + WATCHES, tmp_path)
    daemon.schedule()
    jobs = {job.id: job for job in daemon.scheduler.get_jobs()}
    assert set(jobs) == {"site:s", "digest:daily"}
    (fire,) = next_fire_times(jobs["digest:daily"].trigger, MONDAY_NOON, 1)
    assert fire.isoformat() == "2026-12-01T08:30:00+08:00"


def test_a_reload_replaces_changed_jobs_and_removes_dropped_ones(tmp_path):
    daemon = daemon_on(site_toml("0 8 * * 1") + WATCHES, tmp_path)
    daemon.schedule()
    daemon.config = parse_config(site_toml("0 9 * * 2").replace('name = "s"', 'name = "t"'), "govnews.toml")
    daemon.schedule()
    jobs = {job.id: job for job in daemon.scheduler.get_jobs()}
    assert set(jobs) == {"site:t"}
    (fire,) = next_fire_times(trigger_for(daemon.sites[0], "Asia/Shanghai", jitter=False), MONDAY_NOON, 1)
    assert fire.isoformat() == "2026-12-01T09:00:00+08:00"
