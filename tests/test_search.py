"""Search: every word of two or more characters is found by an index, exactly where a
substring scan finds it, in Simplified or Traditional; the read commands never write."""

from __future__ import annotations

import logging
import random
import sqlite3
from contextlib import closing

import opencc
import pytest
import sqlite_utils
from click.testing import CliRunner

from conftest import SEEDS
from crawler.cli import cli
from crawler.demo.pages import render_capture, traditional_mirror
from crawler.store import FTS_SYNTAX, Store, StoreError, plan_query, schema
from crawler.store.articles import china_day
from crawler.store.schema import MIGRATIONS
from parsers import normalize, parse_page

S2T = opencc.OpenCC("s2t")
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def build_store(path) -> Store:
    """The five seeds, a Traditional mirror of each, and one story with Latin letters."""
    store = Store(path)
    for seed in SEEDS:
        store.add(parse_page(seed.path.read_bytes(), url=f"http://seed/{seed.name}", ref_date=seed.ref_date))
        original = parse_page(seed.text, ref_date=seed.ref_date)
        mirror = traditional_mirror("\n".join([original.title, original.text]))
        store.add(parse_page(render_capture(mirror, charset="gbk"), url=f"http://mirror/{seed.name}", ref_date=seed.ref_date))
    latin = parse_page(render_capture("5G基站与AI算力中心签约落地\n本报讯 5G基站、AI算力中心和C++实验室项目签约,总投资3.5亿元。\n"
                                      "项目建成后将服务长三角地区的氢能与锂电企业,推动芯片和光伏产业集群发展。"),
                       url="http://latin/1", ref_date=SEEDS[0].ref_date)
    store.add(latin)
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with build_store(tmp_path_factory.mktemp("search") / "news.db") as s:
        yield s


def substring_ids(store: Store, word: str) -> set[int]:
    """What a scan finds: the word in the title or the body, ASCII case aside (as LIKE)."""
    word = word.translate(ASCII_LOWER)
    return {r["id"] for r in store.db.query("SELECT id, title, text FROM articles")
            if word in r["title"].translate(ASCII_LOWER) or word in r["text"].translate(ASCII_LOWER)}


def found_ids(store: Store, query: str) -> set[int]:
    return {r["id"] for r in store.search(query, limit=10_000)}


def two_character_words(store: Store) -> list[str]:
    rng = random.Random(11)
    texts = [r["title"] + "\n" + r["text"] for r in store.db.query("SELECT title, text FROM articles")]
    words = {t[i:i + 2] for t in texts for i in range(len(t) - 1)}
    words = sorted(w for w in words if not any(c.isspace() for c in w) and not FTS_SYNTAX.search(w))
    return rng.sample(words, 400) + ["5g", "Ai", "C+", "+实", "3.", ".5", "氢能", "锂电", "芯片", "光伏", "储能", "签约", "开工", "宜兴", "台湾"]


def test_every_two_character_word_is_found_by_the_bigram_index(store):
    assert plan_query("氢能").index == "articles_bigrams"
    assert plan_query("宜兴 高质量发展").index == "articles_bigrams"
    assert plan_query("高质量发展 项目建设").index == "articles_fts"
    assert plan_query("宜 兴").index is None  # one-character words: a scan


def test_a_two_character_query_finds_exactly_what_a_substring_scan_finds(store):
    for word in two_character_words(store):
        assert found_ids(store, word) == substring_ids(store, word), word


def test_a_traditional_query_finds_what_its_simplified_form_finds(store):
    checked = 0
    for word in two_character_words(store):
        traditional = S2T.convert(word)
        if traditional != word and normalize.reading_text(traditional) == word:
            assert found_ids(store, traditional) == substring_ids(store, word), traditional
            checked += 1
    assert checked > 50


@pytest.mark.parametrize("query, expected", [
    ("宜兴 OR 金坛", lambda s: s("宜兴") | s("金坛")),
    ("高质量发展 NOT 宜兴", lambda s: s("高质量发展") - s("宜兴")),
    ("(宜兴 OR 金坛) AND 项目建设", lambda s: (s("宜兴") | s("金坛")) & s("项目建设")),
    ('"签约" AND AI', lambda s: s("签约") & s("ai")),
    ("宜兴 项目建设", lambda s: s("宜兴") & s("项目建设")),
    ("宜兴 项 目", lambda s: s("宜兴") & s("项") & s("目")),  # one-character words narrow what the index found
    ("3.5亿 OR 宜兴", lambda s: s("3.5亿") | s("宜兴")),  # a word FTS5 would refuse bare
    ("3.5亿 OR 项目建设", lambda s: s("3.5亿") | s("项目建设")),
])
def test_two_character_words_combine_with_fts5_syntax(store, query, expected):
    assert found_ids(store, query) == expected(lambda word: substring_ids(store, word))


def test_watches_and_the_feed_find_what_search_finds(store):
    assert store.matching_ids("宜兴", 0) == sorted(substring_ids(store, "宜兴"))
    assert store.matching_ids("宜兴", 3) == sorted(i for i in substring_ids(store, "宜兴") if i > 3)
    newest = [a["id"] for a in store.newest_articles(100, None, "签约", include_duplicates=True)]
    assert newest == sorted(substring_ids(store, "签约"), reverse=True)


def test_results_come_newest_first_with_the_word_in_brackets(store):
    hits = store.search("宜兴")
    assert [h["id"] for h in hits] == sorted((h["id"] for h in hits), reverse=True)
    assert all("[宜兴]" in h["snippet"] for h in hits if "宜兴" in store.db.execute("SELECT text FROM articles WHERE id = ?", [h["id"]]).fetchone()[0])


def test_search_narrows_to_a_site_and_a_day(tmp_path):
    with Store(tmp_path / "news.db") as store:
        for i, seed in enumerate(SEEDS):
            store.add(parse_page(seed.path.read_bytes(), url=f"http://seed/{seed.name}", ref_date=seed.ref_date),
                      site="a" if i % 2 else "b")
        every = store.search("项目")
        assert {h["id"] for h in store.search("项目", site="a")} == {h["id"] for h in every if h["id"] % 2 == 0}
        since = "2022-01-01"
        assert {h["id"] for h in store.search("项目", since=since)} == {
            h["id"] for h in every if store.db.execute("SELECT coalesce(published_date, substr(event_date, 1, 10)) FROM articles WHERE id = ?",
                                                       [h["id"]]).fetchone()[0] >= since}


def test_an_article_changed_with_another_tool_is_reindexed_by_the_next_write(tmp_path):
    with Store(tmp_path / "news.db") as store:
        store.add(parse_page(SEEDS[0].path.read_bytes(), url="http://seed/0", ref_date=SEEDS[0].ref_date))
    with closing(sqlite3.connect(tmp_path / "news.db")) as conn, conn:
        conn.execute("UPDATE articles SET title = '锂电产业园开工', text = '储能项目开工。'")
    with Store(tmp_path / "news.db") as store:
        store.add(parse_page(SEEDS[1].path.read_bytes(), url="http://seed/1", ref_date=SEEDS[1].ref_date))
        assert [h["id"] for h in store.search("锂电")] == [1]
        assert store.search("宜兴") == []
        store.db.execute("INSERT INTO articles_bigrams (articles_bigrams, rank) VALUES ('integrity-check', 0)")
        assert store.db.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0


@pytest.mark.parametrize("query", ["宜 OR 金坛", '"unterminated 宜兴', "NEAR(宜兴"])
def test_malformed_queries_with_two_character_words_are_store_errors(store, query):
    with pytest.raises(StoreError):
        store.search(query)


def test_published_date_is_the_day_in_china():
    assert china_day("2026-11-30T00:00:00+08:00") == "2026-11-30"
    assert china_day("2026-11-29T20:00:00+00:00") == "2026-11-30"
    assert china_day("2026-11-30T07:59:00") == "2026-11-30"
    assert china_day(None) is None


def old_database(path) -> None:
    """A file as the releases before the bigram index left it, with the five seeds."""
    conn = sqlite3.connect(path, isolation_level=None)
    for version, script in enumerate(MIGRATIONS[:3]):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version + 1};\nCOMMIT;")
    for seed in SEEDS:
        a = parse_page(seed.path.read_bytes(), ref_date=seed.ref_date)
        conn.execute("INSERT INTO articles (url, parser, title, text, published_at, content_hash, first_seen_at, last_seen_at)"
                     " VALUES (?, ?, ?, ?, ?, 'x', 'now', 'now')", (f"http://seed/{seed.name}", a.parser, a.title, a.text, a.published_at))
    conn.execute("UPDATE articles SET published_at = '2026-11-30T00:00:00+08:00' WHERE id = 1")
    conn.close()


def test_an_older_database_gets_both_indexes_and_published_date_with_progress(tmp_path, monkeypatch, caplog):
    old_database(tmp_path / "old.db")
    monkeypatch.setattr(schema, "PROGRESS_FROM", 1)
    with caplog.at_level(logging.WARNING, logger="govnews.store"), Store(tmp_path / "old.db") as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert found_ids(store, "宜兴") == substring_ids(store, "宜兴") != set()
        assert found_ids(store, "项目建设") == substring_ids(store, "项目建设") != set()
        assert store.db.execute("SELECT published_date FROM articles WHERE id = 1").fetchone()[0] == "2026-11-30"
    assert "upgrading the database: bigram index, 5 of 5 articles" in caplog.text
    assert sqlite_utils.Database(tmp_path / "old.db")["articles"].detect_fts() == "articles_fts"


def test_sqlite_utils_search_finds_articles(tmp_path):
    from sqlite_utils.cli import cli as sqlite_utils_cli

    build_store(tmp_path / "news.db").close()
    result = CliRunner().invoke(sqlite_utils_cli, ["search", str(tmp_path / "news.db"), "articles", "项目建设", "-c", "title"])
    assert result.exit_code == 0, result.output
    assert "全区项目建设动员大会召开" in result.output


READ_COMMANDS = [["search", "项目建设"], ["dupes"], ["export"], ["feed"], ["status"]]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_read_command_on_a_missing_database_fails_in_one_line_and_creates_nothing(tmp_path, command):
    path = tmp_path / "news.db"
    result = CliRunner().invoke(cli, [*command, "--db", str(path)])
    assert (result.exit_code, result.stderr) == (1, f"govnews: no database at {path}: run `govnews crawl` first\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_read_command_opens_the_file_read_only(tmp_path, command, monkeypatch):
    path = tmp_path / "news.db"
    build_store(path).close()
    opened = []
    original = Store.__init__

    def spy(self, p, read_only=False):
        opened.append(read_only)
        original(self, p, read_only=read_only)

    monkeypatch.setattr(Store, "__init__", spy)
    result = CliRunner().invoke(cli, [*command, "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert opened == [True]


def test_a_read_only_store_cannot_write(tmp_path):
    build_store(tmp_path / "news.db").close()
    with Store(tmp_path / "news.db", read_only=True) as store:
        assert store.search("宜兴")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("DELETE FROM articles")


def test_search_by_site_and_day_on_the_command_line(tmp_path):
    path = str(tmp_path / "news.db")
    build_store(path).close()
    unknown = CliRunner().invoke(cli, ["search", "项目", "--site", "nowhere", "--db", path])
    assert (unknown.exit_code, unknown.stderr) == (2, f"govnews: no site named 'nowhere' in {path} (known: none)\n")
    bad_day = CliRunner().invoke(cli, ["search", "项目", "--since", "soon", "--db", path])
    assert (bad_day.exit_code, bad_day.stderr) == (2, "govnews: --since must be a date as YYYY-MM-DD, not 'soon'\n")
    later = CliRunner().invoke(cli, ["search", "项目", "--since", "2099-01-01", "--db", path])
    assert later.stdout == "0 articles match '项目'\n"


def test_a_read_only_reader_sees_what_an_open_writer_committed(tmp_path):
    with Store(tmp_path / "news.db") as writer:
        writer.add(parse_page(SEEDS[0].path.read_bytes(), url="http://seed/0", ref_date=SEEDS[0].ref_date))
        assert (tmp_path / "news.db-wal").exists()
        with Store(tmp_path / "news.db", read_only=True) as reader:
            assert [h["id"] for h in reader.search("宜兴")] == [1]


def test_a_file_whose_shared_memory_cannot_be_made_is_read_as_immutable(tmp_path, monkeypatch):
    from crawler.store import database

    build_store(tmp_path / "news.db").close()
    opened = []
    original = database._open_uri

    def read_only_mount(uri):
        opened.append(uri)
        if "immutable" not in uri:
            raise sqlite3.OperationalError("unable to open database file")
        return original(uri)

    monkeypatch.setattr(database, "_open_uri", read_only_mount)
    with Store(tmp_path / "news.db", read_only=True) as store:
        assert store.search("宜兴")
    assert opened[-1].endswith("?mode=ro&immutable=1")
