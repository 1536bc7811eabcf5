"""Site health from the crawls table: failing, no links any more, parser finding nothing."""

from __future__ import annotations

from crawler.outputs.health import evaluate


def crawl(status="done", list_pages=1, lists_changed=1, links=10, failed=0, new=2, not_articles=0, **extra) -> dict:
    return {"status": status, "started_at": extra.get("at", "2026-01-02T00:00:00+00:00"), "finished_at": extra.get("at", "2026-01-02T00:00:00+00:00"),
            "list_pages": list_pages, "lists_changed": lists_changed, "links": links, "failed": failed, "new": new,
            "duplicates": 0, "revised": 0, "unchanged": 0, "not_articles": not_articles, "errors": extra.get("errors", "[]")}


def test_a_healthy_site():
    health = evaluate("s", [crawl(), crawl()], new_last_day=2, new_last_week=9)
    assert (health.state, health.consecutive_failures, health.warnings, health.new_last_week) == ("ok", 0, [], 9)


def test_a_site_never_crawled():
    assert evaluate("s", []).state == "never run"


def test_one_failure_is_failing_and_two_are_worth_a_warning():
    once = evaluate("s", [crawl(list_pages=0, failed=1, errors='["http://x/list: HTTP 500"]'), crawl()])
    assert (once.state, once.consecutive_failures, once.warnings) == ("failing", 1, [])
    twice = evaluate("s", [crawl(list_pages=0, failed=1, errors='["http://x/list: HTTP 500"]'), crawl(status="timeout"), crawl()])
    assert twice.consecutive_failures == 2
    assert twice.warnings == ["2 crawls in a row failed (last: http://x/list: HTTP 500)"]


def test_a_failing_site_says_why_in_one_line_its_first_warning_else_its_last_error():
    down = evaluate("s", [crawl(list_pages=0, failed=1, errors='["http://x/list: HTTP 500"]'), crawl()])
    assert down.reason == "http://x/list: HTTP 500"
    hollow = evaluate("s", [crawl(links=0, failed=1, errors='["http://x/list: list page yields no article link"]')])
    assert hollow.reason == hollow.warnings[0] and evaluate("s", [crawl()]).reason is None


def test_last_success_skips_failures():
    health = evaluate("s", [crawl(status="failed", at="2026-01-03T00:00:00+00:00"), crawl(at="2026-01-02T00:00:00+00:00")])
    assert (health.last_run, health.last_success) == ("2026-01-03T08:00:00+08:00", "2026-01-02T08:00:00+08:00")  # China time, for people


NO_LINKS = ("its list pages yield no article link: has the layout changed, or is the list filled by script? "
            "(govnews add-site URL finds its CMS family)")


def test_list_pages_that_yield_no_link_are_failing_the_first_time():
    health = evaluate("s", [crawl(links=0), crawl()])
    assert (health.state, health.consecutive_failures, health.warnings) == ("failing", 1, [NO_LINKS])


def test_list_pages_that_stop_yielding_links():
    health = evaluate("s", [crawl(links=0, errors='["http://x/list: list page yields no article link (list_mode html)"]'),
                            crawl(links=0), crawl()])
    assert health.warnings == [NO_LINKS, "2 crawls in a row failed (last: http://x/list: list page yields no article link (list_mode html))"]


def test_unchanged_list_pages_are_not_a_layout_change():
    assert evaluate("s", [crawl(lists_changed=0, links=0, new=0)] * 3).warnings == []


def test_a_parser_that_stops_finding_articles():
    health = evaluate("s", [crawl(new=0, not_articles=5), crawl(new=0, not_articles=4)])
    assert health.warnings == ["the parser finds no article in 5 of its pages: has the layout changed?"]
