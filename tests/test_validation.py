"""Bad values are refused where they are read, in one line naming file, site and field
(the site list) or the option (the command line), before anything is fetched."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.config import SiteConfigError, parse_sites

GOOD = """
[[site]]
name = "zone"
start_urls = ["http://www.zone.gov.cn/news/"]
article_links = "ul.news a"
next_page = "a.next"
interval_minutes = 60
"""


def sites_with(line: str) -> str:
    return GOOD + line + "\n"


def test_the_good_entry_loads():
    (site,) = parse_sites(GOOD, "sites.toml")
    assert site.allowed_domains == ("www.zone.gov.cn",)


@pytest.mark.parametrize("line, field, problem", [
    ("delay = inf", "delay", "from 0 to 3600, not inf"),
    ("delay = nan", "delay", "not nan"),
    ("delay = -1", "delay", "from 0 to 3600"),
    ("revisit_days = inf", "revisit_days", "not inf"),
    ("revisit_hours = 0", "revisit_hours", "from 0.01"),
    ("concurrency = 2.5", "concurrency", "a whole number"),
    ("concurrency = 1000", "concurrency", "from 1 to 64"),
    ("delay = true", "delay", "a number"),
])
def test_numbers_must_be_finite_and_sensible(line, field, problem):
    with pytest.raises(SiteConfigError) as error:
        parse_sites(sites_with(line), "sites.toml")
    message = str(error.value)
    assert message.startswith("sites.toml: site 'zone': field ") and f"'{field}'" in message and problem in message
    assert "\n" not in message


@pytest.mark.parametrize("urls, problem", [
    ('["http://www.zone.gov.cn:99999/news/"]', "Port out of range"),
    ('["http://www zone.gov.cn/news/"]', "characters no host may have"),
    ('["http://[::1/news/"]', "Invalid IPv6 URL"),
    ('["ftp://www.zone.gov.cn/news/"]', "not a web link"),
])
def test_start_urls_need_a_real_host_and_port(urls, problem):
    text = GOOD.replace('["http://www.zone.gov.cn/news/"]', urls)
    with pytest.raises(SiteConfigError, match="field 'start_urls'") as error:
        parse_sites(text, "sites.toml")
    assert problem in str(error.value)


@pytest.mark.parametrize("hosts", ['["www zone.gov.cn"]', '["www.zone.gov.cn:8080"]', '["http://zone.gov.cn"]', '[""]'])
def test_allowed_domains_are_bare_hosts(hosts):
    with pytest.raises(SiteConfigError, match="field 'allowed_domains'"):
        parse_sites(sites_with(f"allowed_domains = {hosts}"), "sites.toml")


@pytest.mark.parametrize("field, value", [("article_links", "ul.news a["), ("next_page", "a:nth-child(")])
def test_css_selectors_must_parse(field, value):
    text = GOOD.replace('article_links = "ul.news a"\n', "").replace('next_page = "a.next"\n', "")
    text += f'article_links = "{value if field == "article_links" else "a"}"\nnext_page = "{value if field == "next_page" else "a.next"}"\n'
    with pytest.raises(SiteConfigError, match=f"field '{field}': not a CSS selector"):
        parse_sites(text, "sites.toml")


def test_a_bad_regular_expression_is_named():
    with pytest.raises(SiteConfigError, match="field 'article_pattern': not a regular expression"):
        parse_sites(sites_with('article_pattern = "news/(\\\\d+"'), "sites.toml")


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", ["search", "feed"])
def test_an_overflowing_limit_is_bad_input(command, tmp_path):
    args = [command, "项目建设"] if command == "search" else [command]
    result = invoke(*args, "--limit", "99999999999999999999999", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2 and "is not in the range" in result.output


@pytest.mark.parametrize("pair, problem", [
    ("DOWNLOAD_DELAY=inf", "must be a finite number"),
    ("DOWNLOAD_TIMEOUT=soon", "must be a number"),
    ("CONCURRENT_REQUESTS=lots", "must be a whole number"),
    ("RETRY_TIMES=-1", "must be from 0"),
    ("AUTOTHROTTLE_ENABLED=maybe", "must be true or false"),
    ("GOVNEWS_PARSE_WORKERS=two", "must be a whole number"),
])
def test_a_bad_value_for_a_known_setting_is_one_line(pair, problem, tmp_path):
    result = invoke("crawl", "--demo", "-s", pair, "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2
    assert result.output == f"govnews: -s {pair.split('=')[0]}={pair.split('=')[1]!r}: {problem}" + result.output.split(problem)[1]
    assert result.output.count("\n") == 1


def test_unknown_settings_pass_through_untouched():
    from crawler.cli.common import parse_settings

    assert parse_settings(("MY_EXTENSION_THING=whatever", "GOVNEWS_PARSE_WORKERS=")) == {
        "MY_EXTENSION_THING": "whatever", "GOVNEWS_PARSE_WORKERS": ""}


def test_a_log_file_in_a_missing_folder_is_one_line(tmp_path):
    missing = tmp_path / "no" / "such" / "daemon.log"
    result = invoke("run", "--once", "--log-file", str(missing), "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2
    assert result.output == f"govnews: --log-file {missing}: cannot write (No such file or directory)\n"
