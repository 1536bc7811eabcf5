"""`govnews parse`: readable summary, --json record, one-line errors with exit code 2."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import SEED_DIR
from crawler.cli import cli

SEED_001 = str(SEED_DIR / "001_012dd72f57872ba1.txt")
SEED_003 = str(SEED_DIR / "003_ebf0ab5f1cf8b009.txt")


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def test_json_record():
    result = run("parse", SEED_001, "--ref-date", "2023-02-13", "--json", "--url", "http://mirror.example/a.html")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert list(record) == ["url", "parser", "title", "title_original", "title_derived", "published_at", "date_source",
                            "source", "region", "zone", "keywords", "text", "text_original", "warnings", "gov_meta", "attachments", "event_date"]
    assert record["url"] == "http://mirror.example/a.html"
    assert record["title"] == "全区项目建设动员大会召开 按下项目攻坚“快进键” 跑出项目突破“加速度”"
    assert record["published_at"] == "2023-02-12T19:15:00+08:00"


def test_readable_summary():
    result = run("parse", SEED_003, "--ref-date", "2023-01-05")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "title:        全市高质量发展项目推进会召开  (derived from the lead)"
    assert lines[1:3] == ["published_at: -", "event_date:   2022-12-29T00:00:00+08:00  (the day the story names; the page prints no date)"]
    assert "parser:       yancheng_mirror" in lines
    assert "warning: garbled characters (bad decode): 區(qū)域?qū)用?,要把綠色低" in lines


def test_reference_date_defaults_to_today():
    from datetime import date

    today = date.today()
    year = today.year if (today.month, today.day) >= (12, 29) else today.year - 1
    record = json.loads(run("parse", SEED_003, "--json").stdout)
    assert record["event_date"] == f"{year}-12-29T00:00:00+08:00"


def test_stdin():
    result = run("parse", "-", "--json", "--ref-date", "2023-02-13", stdin=open(SEED_001, "rb").read())
    assert json.loads(result.stdout)["parser"] == "tongzhou_daily"


@pytest.mark.parametrize(
    "args, stdin, message",
    [
        (["parse", "missing.html"], None, "govnews: missing.html: no such file\n"),
        (["parse", "."], None, "govnews: . is a directory, not a page\n"),
        (["parse", SEED_001, "--ref-date", "2023-13-01"], None, "govnews: --ref-date must be a date as YYYY-MM-DD, not '2023-13-01'\n"),
        (["parse", "-"], b"", "govnews: -: not an article: empty page\n"),
        (["parse", "-"], "请输入验证码".encode(), "govnews: -: not an article: captcha or challenge page\n"),
        (["parse", "-"], b"\x00\x01\x02PK\x03\x04" * 50, "govnews: -: not an article: binary file, not a text or HTML page\n"),
    ],
    ids=["missing", "directory", "bad-date", "empty", "captcha", "binary"],
)
def test_bad_input_is_one_line_and_exit_code_2(args, stdin, message):
    result = run(*args, stdin=stdin)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


def test_installed_entry_point_reports_without_a_traceback(tmp_path):
    govnews = shutil.which("govnews", path=str(__import__("pathlib").Path(sys.executable).parent))
    assert govnews, "the govnews console script is installed beside the interpreter"
    (tmp_path / "list.html").write_text("<html><body>" + "<a href='/x'>链接</a>" * 50 + "</body></html>", encoding="utf-8")
    done = subprocess.run([govnews, "parse", str(tmp_path / "list.html")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"govnews: {tmp_path / 'list.html'}: not an article: no article body found (a list page or an empty page?)"]
    assert "Traceback" not in done.stderr
