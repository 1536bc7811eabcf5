"""A declared charset that does not fit the bytes is noticed: GB18030 is tried, and the
article keeps a warning (parsers.decode.decode_noting, used by parse_page and so by the
crawl, reparse, ingest and `govnews parse`)."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.demo.hostile import article_html
from crawler.workers.prepared import prepare
from parsers.decode import decode_noting, decode_page

TITLE = "园区重点项目建设推进会召开"
PARAGRAPHS = ["开发区召开重点项目建设推进会，研究部署下一阶段招商引资工作。" * 5] * 3
GBK_PAGE = article_html(TITLE, PARAGRAPHS, charset="gbk")


def declared(page: bytes, charset: str) -> bytes:
    return page.replace(b'charset="gbk"', f'charset="{charset}"'.encode())


def test_iso_8859_1_declared_over_gbk_bytes_is_read_as_gb18030_with_a_warning():
    text, warning = decode_noting(declared(GBK_PAGE, "iso-8859-1"), "ISO-8859-1")
    assert TITLE in text
    assert warning == "the page declares charset iso8859-1 but its bytes are not that: read as GB18030"
    assert TITLE in decode_page(declared(GBK_PAGE, "iso-8859-1"), "ISO-8859-1")


def test_a_stale_utf8_declaration_over_gbk_bytes_is_noticed_too():
    text, warning = decode_noting(declared(GBK_PAGE, "utf-8"), None)
    assert TITLE in text and "utf-8" in warning


def test_a_charset_that_fits_gives_no_warning():
    assert decode_noting(GBK_PAGE, "gbk") == (GBK_PAGE.decode("gb18030"), None)
    latin = "<html><body><p>" + "Élan café à la carte, naïve façade. " * 20 + "</p></body></html>"
    assert decode_noting(latin.encode("latin-1"), "iso-8859-1") == (latin, None)


def test_the_crawl_keeps_the_warning_on_the_article():
    prepared = prepare(declared(GBK_PAGE, "iso-8859-1"), "http://zone.example/a.html", "ISO-8859-1", None, date(2024, 6, 1))
    assert prepared.outcome == "article" and prepared.article.title == TITLE
    assert any("read as GB18030" in w for w in prepared.article.warnings)


def test_parse_and_ingest_keep_the_warning_too(tmp_path):
    from click.testing import CliRunner

    from crawler.cli import cli

    page = tmp_path / "page.html"
    page.write_bytes(declared(GBK_PAGE, "iso-8859-1"))
    parsed = CliRunner().invoke(cli, ["parse", str(page), "--json", "--ref-date", "2024-06-01"])
    import json

    record = json.loads(parsed.stdout)
    assert record["title"] == TITLE
    assert any("read as GB18030" in w for w in record["warnings"])
    db = str(tmp_path / "news.db")
    assert CliRunner().invoke(cli, ["ingest", str(page), "--db", db, "--ref-date", "2024-06-01"]).exit_code == 0
    exported = json.loads(CliRunner().invoke(cli, ["export", "--db", db]).stdout.splitlines()[0])
    assert any("read as GB18030" in w for w in exported["warnings"])


STORY = "开发区召开重点项目建设推进会，研究部署下一阶段招商引资工作。会议指出，要坚持项目为王，紧盯年度目标任务。" * 3


@pytest.mark.parametrize("charset", ["big5", "shift_jis"])
def test_gbk_bytes_declared_as_another_cjk_charset_are_noticed_and_read_as_gb18030(charset):
    html = f'<html><head><meta charset="{charset}"></head><body><p>{STORY}</p></body></html>'.encode("gbk")
    text, warning = decode_noting(html)
    assert STORY in text
    assert warning and "read as GB18030" in warning


@pytest.mark.parametrize("charset, story", [
    ("big5", "開發區召開重點項目建設推進會，研究部署下一階段招商引資工作。會議指出，要堅持項目為王，緊盯年度目標任務。" * 3),
    ("shift_jis", "東京都は新しい計画を発表しました。これは重要なプロジェクトです。" * 4),
])
def test_a_page_truly_in_another_cjk_charset_keeps_its_charset(charset, story):
    text, warning = decode_noting(f'<html><head><meta charset="{charset}"></head><body><p>{story}</p></body></html>'.encode(charset))
    assert story in text and warning is None
