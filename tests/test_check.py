"""`govnews check`: a config checked before the daemon is left running on it."""

from __future__ import annotations

import json
import socket
from datetime import datetime

import pytest
from click.testing import CliRunner

from bots import Receiver
from crawler.cli import cli


def check(*args: str):
    return CliRunner().invoke(cli, ["check", *args])


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def closed_port():
    """A port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


GOOD = """
timezone = "Asia/Shanghai"

[[site]]
name = "weekly"
start_urls = ["http://127.0.0.1:9/list.html"]
article_links = "a"
cron = "0 8 * * 1"

[[site]]
name = "hourly"
start_urls = ["http://127.0.0.1:9/other.html"]
article_links = "a"
interval_minutes = 60

[[site]]
name = "later"
start_urls = []

[[watch]]
name = "招商引资"
query = "招商引资"
webhook = "{webhook}"
format = "dingtalk"
secret = "SECabc"
"""


def test_the_shipped_site_list_checks_clean_and_lists_its_templates():
    done = check()
    assert done.exit_code == 0
    lines = done.output.splitlines()
    assert lines[0].endswith("sites.toml: 4 sites (4 templates without start_urls), 0 watches")
    assert sum("template: no start_urls yet" in line for line in lines) == 4
    report = json.loads(check("--json").output)
    assert report["errors"] == [] and report["watches"] == []
    assert {s["name"] for s in report["sites"] if s["template"]} == {"investchn", "tongzhou-daily-mirror",
                                                                   "changzhou-hightech-portal", "yancheng-mirror"}


def test_a_good_config_shows_schedules_next_runs_and_reachable_webhooks(tmp_path, receiver):
    config = tmp_path / "good.toml"
    config.write_text(GOOD.format(webhook=receiver.url + "?access_token=t0ken"), encoding="utf-8")
    done = check("--config", str(config), "--json")
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    sites = {s["name"]: s for s in report["sites"]}
    assert sites["weekly"]["schedule"] == "cron 0 8 * * 1 (Asia/Shanghai)"
    assert sites["weekly"]["next_run"].endswith("T08:00:00+08:00")
    assert datetime.fromisoformat(sites["weekly"]["next_run"]).weekday() == 0  # a Monday, as crontab means 1
    assert sites["hourly"]["schedule"] == "every 60 minutes" and sites["hourly"]["next_run"].endswith("+08:00")
    assert sites["later"] == {"name": "later", "template": True, "schedule": None, "next_run": None}
    (watch,) = report["watches"]
    assert watch == {"name": "招商引资", "format": "dingtalk", "webhook": receiver.url + "?…", "signed": True,
                     "digest": None, "reachable": True}
    assert receiver.bodies == []  # nothing was sent
    text = check("--config", str(config))
    assert text.exit_code == 0 and "t0ken" not in text.output
    assert "weekly  cron 0 8 * * 1 (Asia/Shanghai)" in text.output
    assert "招商引资  dingtalk" in text.output and "reachable" in text.output


def test_a_broken_config_gives_one_line_per_error_and_exit_code_2(tmp_path):
    config = tmp_path / "broken.toml"
    config.write_text("""
[[site]]
name = "bad-cron"
start_urls = ["http://127.0.0.1:9/list.html"]
article_links = "a"
cron = "99 * * * *"

[[site]]
name = "no-links"
start_urls = ["http://127.0.0.1:9/list.html"]
interval_minutes = 5

[[watch]]
name = "w"
query = "q"
webhook = "http://127.0.0.1:9/hook"
format = "wecom"
secret = "s"
""", encoding="utf-8")
    done = check("--config", str(config), "--offline")
    assert done.exit_code == 2
    errors = done.stderr.splitlines()
    assert len(errors) == 3 and all(line.startswith("govnews: ") for line in errors)
    assert "site 'bad-cron': field 'cron'" in errors[0]
    assert "site 'no-links': field 'article_links'" in errors[1]
    assert "watch 'w': field 'secret'" in errors[2]
    report = json.loads(check("--config", str(config), "--offline", "--json").output)
    assert len(report["errors"]) == 3 and report["sites"] == [] and report["watches"] == []


def test_an_unreachable_webhook_is_an_error_with_exit_code_1(tmp_path, closed_port):
    config = tmp_path / "good.toml"
    config.write_text(GOOD.format(webhook=f"http://127.0.0.1:{closed_port}/hook"), encoding="utf-8")
    done = check("--config", str(config), "--json")
    assert done.exit_code == 1
    report = json.loads(done.output)
    assert report["watches"][0]["reachable"] is False
    assert len(report["errors"]) == 1 and "watch '招商引资': field 'webhook': cannot connect" in report["errors"][0]


def test_a_missing_config_is_one_line_and_exit_code_2(tmp_path):
    done = check("--config", str(tmp_path / "nope.toml"))
    assert done.exit_code == 2 and done.stderr == f"govnews: {tmp_path / 'nope.toml'}: no such file (config file)\n"
