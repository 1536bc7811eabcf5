"""Alerts the chat bots accept: the watch's name first, the matched words shown, signed
when the bot wants it, paced under its limit (a burst summarised, nothing lost), a
permanent refusal recorded at once, and each delivery sent by one sender only."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from bots import MockBot, Receiver
from conftest import SEEDS
from crawler.cli import cli
from crawler.config import Watch
from crawler.outputs.digest import digest_messages
from crawler.outputs.watches import Lane, run_watches
from crawler.outputs.webhooks.message import article_message
from crawler.outputs.webhooks.transport import Connection, DeliveryError
from crawler.store import Store
from parsers import parse_page

STORY = SEEDS[0]  # 封晓春带队赴经开区调研项目推进情况
OTHER = next(s for s in SEEDS if "招商引资" in s.text)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.db") as s:
        yield s


@pytest.fixture
def bots():
    made = []

    def make(*args, **kwargs):
        made.append(MockBot(*args, **kwargs))
        return made[-1]

    yield make
    for bot in made:
        bot.close()


def add(store, seed, url):
    return store.add(parse_page(seed.text, url=url, ref_date=seed.ref_date), site="demo")


def add_copies(store, watch, count):
    """`count` articles matching the watch (copies of one story under new URLs)."""
    store.init_watch_cursors([watch.name])
    return [add(store, STORY, f"http://a/{i}") for i in range(count)]


def statuses(store):
    return [(r["status"], r["attempts"]) for r in store.db.query("SELECT status, attempts FROM deliveries ORDER BY id")]


def test_every_message_starts_with_the_watch_name_and_shows_the_matched_words():
    watch = Watch("招商引资", "招商引资 OR 封晓春", "http://x/")
    article = {"id": 1, "title": "封晓春带队调研", "text": "封晓春带队赴经开区调研" * 30, "url": "http://a/1"}
    message = article_message(watch, article)
    assert message.title.startswith("【招商引资】") and message.markdown.startswith("### 【招商引资】")
    assert "命中：封晓春" in message.text and "招商引资、" not in message.text
    keyworded = article_message(Watch("园区", "封晓春", "http://x/", keyword="监测"), article)
    assert keyworded.text.startswith("【园区｜监测】")


@pytest.mark.parametrize("kind", ["dingtalk", "feishu", "wecom"])
def test_a_keyword_bot_receives_every_alert_with_its_keyword(store, bots, kind):
    bot = bots(kind, keyword="招商引资" if kind != "wecom" else None)
    watch = Watch("招商引资", "招商引资 OR 封晓春", bot.url, format=kind)
    store.init_watch_cursors([watch.name])
    add(store, STORY, "http://a/1")
    add(store, OTHER, "http://a/2")
    counts = run_watches(store, [watch])
    assert counts["delivered"] == 2 and bot.refused == []
    assert len(bot.accepted) == 2 and all(text.lstrip("# ").startswith("【招商引资】") for text in bot.texts())
    assert statuses(store) == [("delivered", 1), ("delivered", 1)]


@pytest.mark.parametrize("kind", ["dingtalk", "feishu"])
def test_a_signed_bot_accepts_signed_alerts(store, bots, kind):
    bot = bots(kind, keyword="封晓春", secret="SEC0123456789abcdef")
    watch = Watch("封晓春", "封晓春", bot.url, format=kind, secret="SEC0123456789abcdef")
    add_copies(store, watch, 3)
    assert run_watches(store, [Watch(**{**watch.__dict__, "include_duplicates": True})])["delivered"] == 3
    assert bot.refused == [] and len(bot.accepted) == 3


@pytest.mark.parametrize("kind, secret, bot_args, code", [
    ("dingtalk", "wrong-secret", {"secret": "SECright"}, 310000),
    ("feishu", "wrong-secret", {"secret": "SECright"}, 19021),
    ("feishu", None, {"keyword": "不在消息里的词"}, 19024),
    ("dingtalk", None, {"token_ok": False}, 300001),
    ("wecom", None, {"token_ok": False}, 93000),
])
def test_a_permanent_refusal_is_recorded_failed_after_one_try(store, bots, caplog, kind, secret, bot_args, code):
    bot = bots(kind, **bot_args)
    watch = Watch("封晓春", "封晓春", bot.url, format=kind, secret=secret)
    add_copies(store, watch, 1)
    counts = run_watches(store, [watch])
    assert counts["given_up"] == 1 and counts["retrying"] == 0
    assert bot.refused == [code]
    (row,) = store.db.query("SELECT status, attempts, last_error FROM deliveries")
    assert (row["status"], row["attempts"]) == ("failed", 1) and str(code) in row["last_error"]
    assert "not retried" in caplog.text
    store.db.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01'")
    assert run_watches(store, [watch])["given_up"] == 0 and bot.refused == [code]  # never tried again


def test_a_burst_over_the_rate_limit_is_summarised_and_nothing_is_lost(store, bots):
    bot = bots("dingtalk", keyword="封晓春", per_minute=20)
    watch = Watch("封晓春", "封晓春", bot.url, format="dingtalk", include_duplicates=True)
    stored = add_copies(store, watch, 45)
    counts = run_watches(store, [watch])
    assert bot.refused == [] and len(bot.accepted) <= 18  # under the bot's 20 a minute
    assert counts["delivered"] == 45 and statuses(store) == [("delivered", 1)] * 45
    shown = "".join(bot.texts())
    assert all(f"http://a/{i})" in shown for i in range(len(stored)))  # every article, in some message
    assert any("篇新文章" in text for text in bot.texts())


def test_a_lane_out_of_pace_waits_instead_of_sending():
    clock = [0.0]
    lane = Lane("http://x/", [Watch("w", "q", "http://x/", format="wecom")], post=lambda url, body: None, clock=lambda: clock[0])
    for _ in range(lane.limiter.per_minute):
        lane.limiter.take()
    assert lane.limiter.available() == 0 and lane.limiter.wait_seconds() == 60
    clock[0] = 60.5
    assert lane.limiter.available() == lane.limiter.per_minute


def test_two_senders_never_send_the_same_delivery(tmp_path):
    receiver = Receiver("slow", delay=0.05)
    watch = Watch("w", "封晓春", receiver.url, include_duplicates=True)
    db = tmp_path / "news.db"
    with Store(db) as store:
        add_copies(store, watch, 12)
        store.queue_deliveries(watch.name, watch.query, None, True)

    def send() -> None:
        with Store(db) as own:
            lane = Lane(watch.webhook, [watch])
            lane.limiter.per_minute = 1000
            lane.drain(own)

    threads = [threading.Thread(target=send) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    receiver.close()
    assert sorted(receiver.urls()) == sorted({f"http://a/{i}" for i in range(12)})


@pytest.mark.parametrize("mode", ["hang", "trickle"])
def test_a_receiver_in_trouble_costs_at_most_the_total_timeout(mode):
    receiver = Receiver(mode)
    try:
        with pytest.raises(DeliveryError, match="no answer within 1 s") as failed:
            Connection(connect_timeout=1, total_timeout=1).post(receiver.url, {"a": 1})
        assert not failed.value.permanent
    finally:
        receiver.close()


def test_a_digest_lists_the_day_s_originals_with_their_copies_counted(store):
    watch = Watch("日报", "封晓春", "http://x/", digest="08:30")
    original = add(store, STORY, "http://a/original")
    add(store, STORY, "http://b/copy")
    add(store, STORY, "http://c/copy")
    add(store, OTHER, "http://a/other")  # does not match
    (message,) = digest_messages(store, watch, datetime.now(timezone.utc) + timedelta(minutes=1))
    assert message.title.startswith("【日报】") and "1 篇" in message.title
    assert [a["url"] for a in message.record["articles"]] == ["http://a/original"]
    assert message.record["articles"][0]["copies"] == 2 and "另有 2 篇转载" in message.markdown
    assert original.outcome == "new"
    (empty,) = digest_messages(store, watch, datetime.now(timezone.utc) + timedelta(days=3))
    assert "无新文章" in empty.title


def test_watch_test_sends_one_message_and_prints_the_answer(tmp_path, bots):
    good, refusing = bots("dingtalk", keyword="封晓春", secret="SECx"), bots("dingtalk", token_ok=False)
    config = tmp_path / "govnews.toml"
    config.write_text(f'''
[[watch]]
name = "封晓春"
query = "封晓春"
webhook = "{good.url}"
format = "dingtalk"
secret = "SECx"

[[watch]]
name = "bad"
query = "封晓春"
webhook = "{refusing.url}"
format = "dingtalk"
''', encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(cli, ["watch", "test", "封晓春", "--config", str(config)])
    assert done.exit_code == 0 and done.output == 'watch 封晓春: HTTP 200 {"errcode": 0, "errmsg": "ok"}\n'
    assert len(good.accepted) == 1 and good.texts()[0].startswith("【封晓春】测试消息")
    refused = runner.invoke(cli, ["watch", "test", "bad", "--config", str(config)])
    assert refused.exit_code == 1 and "refused for good" in refused.output and "300001" in refused.output
    unknown = runner.invoke(cli, ["watch", "test", "nope", "--config", str(config)])
    assert unknown.exit_code == 2 and "no watch named 'nope'" in unknown.output


def test_a_digest_watch_sends_no_instant_alerts_and_its_digest_reaches_the_bot(store, bots):
    bot = bots("feishu", keyword="日报", secret="SECd")
    watch = Watch("日报", "封晓春", bot.url, format="feishu", secret="SECd", digest="08:30")
    store.init_watch_cursors([watch.name])
    add(store, STORY, "http://a/original")
    add(store, STORY, "http://b/copy")
    assert run_watches(store, [watch]) == {"queued": 0, "delivered": 0, "retrying": 0, "given_up": 0}
    from crawler.outputs.digest import deliver_digest
    from crawler.outputs.watches import send_message

    assert deliver_digest(store, watch, Connection().post, send_message) is None
    (text,) = bot.texts()
    assert text.startswith("【日报】") and "http://a/original" in text and "另有 1 篇转载" in text
