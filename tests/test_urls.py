"""crawler.urls: one link made absolute on its own, or refused with its reason."""

from __future__ import annotations

import pytest
import scrapy

from crawler.urls import MAX_URL_LENGTH, BadLink, NotWebLink, absolute_url

BASE = "http://127.0.0.1:8000/news/list.html"


@pytest.mark.parametrize("href, reason", [
    ("http://[::1/a", "Invalid IPv6 URL"),
    ("http://[zz]/a", "does not appear to be an IPv4 or IPv6 address"),
    ("http://]/", "Invalid IPv6 URL"),
    ("http://127.0.0.1:99999/a", "Port out of range"),
    ("http://127.0.0.1:8o/a", "Port could not be cast"),
    ("http://bad host/a", "characters no host may have"),
    ("http://h:0/a", "port 0"),
    ("https:///a", "no host"),
    ("http://[v1.x]/a", "only an IPv6 address goes in brackets"),  # was fetched as http://v1.x/a
])
def test_a_malformed_link_is_refused_with_its_reason(href, reason):
    with pytest.raises(BadLink, match=reason.replace("(", r"\(")):
        absolute_url(href, BASE)


@pytest.mark.parametrize("href", ["javascript:void(0)", "mailto:a@b.cn", "tel:123", "#top", "", "  ", "ftp://h/a"])
def test_links_to_no_web_page_are_dropped_not_errors(href):
    with pytest.raises(NotWebLink):
        absolute_url(href, BASE)


def test_a_non_ascii_link_is_encoded_as_browsers_do_and_as_scrapy_requests_it():
    url = absolute_url("/新闻/项目.html?q=招商", BASE, "gbk")
    assert url == "http://127.0.0.1:8000/%E6%96%B0%E9%97%BB/%E9%A1%B9%E7%9B%AE.html?q=%D5%D0%C9%CC"
    assert scrapy.Request(url).url == url  # what is recorded is what comes back as response.url


def test_relative_links_fragments_and_idna_hosts():
    assert absolute_url(" a/1.html#comments ", BASE) == "http://127.0.0.1:8000/news/a/1.html"
    assert absolute_url("//other.gov.cn/x", BASE) == "http://other.gov.cn/x"
    assert absolute_url("http://例子.中国/a", BASE) == "http://xn--fsqu00a.xn--fiqs8s/a"


def test_a_link_longer_than_scrapy_fetches_is_refused_not_dropped_silently():
    with pytest.raises(BadLink, match=str(MAX_URL_LENGTH)):
        absolute_url("/a?" + "x" * MAX_URL_LENGTH, BASE)


def test_an_ipv6_host_in_brackets_is_a_link():
    assert absolute_url("http://[::1]:8080/a", BASE) == "http://[::1]:8080/a"
