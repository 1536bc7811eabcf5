"""Each seed page, as saved and as served in HTML (UTF-8 and GBK), gives its expected record."""

from __future__ import annotations

import pytest

from conftest import SEEDS, Seed
from crawler.demo.pages import render_capture
from parsers import parse_page

FIELDS = ("parser", "title", "title_original", "title_derived", "published_at", "date_source", "event_date",
          "source", "region", "zone", "keywords", "warnings")
VARIANTS = ("saved", "utf-8", "gbk")


def fetch_variant(seed: Seed, variant: str, page_server) -> tuple[bytes, str | None]:
    if variant == "saved":
        return seed.path.read_bytes(), None
    path = f"/{seed.name}.{variant}.html"
    return page_server.fetch(path), page_server.base_url + path


@pytest.fixture(params=[(s, v) for s in SEEDS for v in VARIANTS], ids=lambda p: f"{p[0].name[:3]}-{p[1]}")
def parsed(request, page_server):
    seed, variant = request.param
    content, url = fetch_variant(seed, variant, page_server)
    return seed, parse_page(content, url=url, ref_date=seed.ref_date)


def test_every_seed_has_expected_fields():
    assert len(SEEDS) == 5
    for seed in SEEDS:
        assert seed.expected, f"{seed.name} has no .expected.json beside it"


def test_fields(parsed):
    seed, article = parsed
    assert {f: getattr(article, f) for f in FIELDS} == {f: seed.expected[f] for f in FIELDS}


def test_body_opens_and_closes_with_the_story(parsed):
    seed, article = parsed
    assert article.text.startswith(seed.expected["body_first"])
    assert article.text.endswith(seed.expected["body_last"])
    assert len(article.text.split("\n")) == seed.expected["paragraphs"]


def test_no_boilerplate_in_body(parsed):
    seed, article = parsed
    leaked = [b for b in seed.expected["boilerplate"] if b in article.text]
    assert leaked == []


def test_title_is_not_repeated_in_body(parsed):
    seed, article = parsed
    if not article.title_derived:
        assert article.title not in article.text.split("\n")


def test_original_keeps_the_published_script(parsed):
    seed, article = parsed
    paragraphs = article.text_original.split("\n")
    assert len(paragraphs) == seed.expected["paragraphs"]
    for paragraph in paragraphs:
        assert paragraph in seed.text  # every original paragraph stands on the page as published


@pytest.mark.parametrize("chrome", [False, True], ids=["bare", "portal"])
@pytest.mark.parametrize("section", ["新闻中心", "新闻动态", "工作动态_某某区人民政府"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.name[:3])
def test_a_title_that_names_only_the_section_changes_nothing(seed, section, chrome):
    page = render_capture(seed.text, title=section, chrome=chrome)
    article = parse_page(page, ref_date=seed.ref_date)
    assert {f: getattr(article, f) for f in FIELDS} == {f: seed.expected[f] for f in FIELDS}
    assert article.text.startswith(seed.expected["body_first"])
    assert article.text.endswith(seed.expected["body_last"])
