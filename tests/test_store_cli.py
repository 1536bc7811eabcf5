"""`govnews ingest / dupes / search / export`: what a user types, what they see."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from conftest import SEED_DIR, SEEDS
from crawler.cli import cli


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("GOVNEWS_DB", raising=False)
    return str(tmp_path / "news.db")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def ingest_seeds(db):
    return run("ingest", str(SEED_DIR), "--db", db, "--ref-date", "2023-03-01")


def test_ingest_reports_each_file_and_a_summary(db):
    result = ingest_seeds(db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines[:5]] == ["new"] * 5
    assert lines[-1] == f"5 pages: 5 new, 0 duplicate, 0 revised, 0 unchanged, 0 failed; 5 articles in {db}"


def test_ingest_flags_a_copy_and_records_its_url(db):
    ingest_seeds(db)
    result = run("ingest", str(SEEDS[0].path), "--url", "http://copy.example/1.html", "--db", db)
    assert result.stdout.splitlines()[0].endswith("#6  (exact copy of #1, similarity 1.00)")
    dupes = json.loads(run("dupes", "--json", "--db", db).stdout)
    assert dupes == [{
        "id": 6, "url": "http://copy.example/1.html", "title": "封晓春带队赴经开区调研项目推进情况",
        "duplicate_of": 1, "duplicate_of_url": SEEDS[0].path.resolve().as_uri(),
        "duplicate_of_title": "封晓春带队赴经开区调研项目推进情况", "kind": "exact", "similarity": 1.0,
        "first_seen_at": dupes[0]["first_seen_at"],
    }]


def test_a_failing_file_is_reported_and_the_others_stored(db, tmp_path):
    captcha = tmp_path / "captcha.html"
    captcha.write_text("<html><body><p>请输入验证码</p></body></html>", encoding="utf-8")
    result = run("ingest", str(captcha), str(SEEDS[1].path), str(tmp_path / "missing.html"), "--db", db)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"failed     {captcha}: not an article: captcha or challenge page",
        f"failed     {tmp_path / 'missing.html'}: no such file",
    ]
    assert result.stdout.splitlines()[-1].startswith("3 pages: 1 new, 0 duplicate, 0 revised, 0 unchanged, 2 failed")


def test_ingesting_again_changes_nothing(db):
    ingest_seeds(db)
    again = ingest_seeds(db)
    assert again.stdout.splitlines()[-1] == f"5 pages: 0 new, 0 duplicate, 0 revised, 5 unchanged, 0 failed; 5 articles in {db}"


def test_search_in_traditional_finds_the_simplified_article(db):
    ingest_seeds(db)
    result = run("search", "封曉春帶隊", "--json", "--db", db)
    assert [r["title"] for r in json.loads(result.stdout)] == ["封晓春带队赴经开区调研项目推进情况"]
    text = run("search", "封曉春帶隊", "--db", db).stdout
    assert text.splitlines()[0] == "#1 2021-11-30T00:00:00+08:00 封晓春带队赴经开区调研项目推进情况"
    assert text.splitlines()[-1] == "1 articles match '封曉春帶隊'"


def test_a_malformed_query_is_one_line_and_exit_2(db):
    ingest_seeds(db)
    result = run("search", '"unterminated', "--db", db)
    assert (result.exit_code, result.stderr) == (2, "govnews: malformed search query '\"unterminated': unterminated string\n")


def test_export_jsonl_and_csv(db):
    ingest_seeds(db)
    lines = run("export", "--format", "jsonl", "--db", db).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [1, 2, 3, 4, 5]
    assert records[2]["keywords"] == ["产业集群", "项目建设", "新建项目", "全区上下"]
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", db).stdout)))
    assert [r["title"] for r in rows] == [r["title"] for r in records]
    assert json.loads(rows[2]["keywords"]) == records[2]["keywords"]


def test_export_since(db):
    ingest_seeds(db)
    assert run("export", "--since", "2999-01-01", "--db", db).stdout == ""
    assert len(run("export", "--since", "2000-01-01", "--db", db).stdout.splitlines()) == 5
    bad = run("export", "--since", "yesterday", "--db", db)
    assert (bad.exit_code, bad.stderr) == (2, "govnews: --since must be a date as YYYY-MM-DD, not 'yesterday'\n")


def test_the_database_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVNEWS_DB", str(tmp_path / "env.db"))
    ingest = run("ingest", str(SEEDS[0].path))
    assert ingest.stdout.splitlines()[-1].endswith(f"1 articles in {tmp_path / 'env.db'}")


def test_an_unopenable_database_is_one_line_and_exit_1(tmp_path):
    result = run("ingest", str(SEEDS[0].path), "--db", str(tmp_path / "no-such-dir" / "x.db"))
    assert result.exit_code == 1
    assert result.stderr.startswith("govnews: cannot open database") and result.stderr.count("\n") == 1


def test_url_goes_with_one_path(db):
    result = run("ingest", str(SEED_DIR), "--url", "http://x/", "--db", db)
    assert (result.exit_code, result.stderr) == (2, "govnews: --url names one page: give exactly one PATH with it\n")
