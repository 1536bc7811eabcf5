"""The store: one row per URL, duplicates flagged against their original, revisions kept."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import SEEDS
from crawler.demo.pages import edited_copy, render_capture, traditional_mirror
from crawler.store.schema import MIGRATIONS
from crawler.store import Store, StoreError
from parsers import parse_page

SIMPLIFIED = SEEDS[0]  # InvestCHN, 宜兴 story
OTHER = SEEDS[4]  # InvestCHN, 金坛 story


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.db") as s:
        yield s


def add(store, content, url, seed=SIMPLIFIED):
    article = parse_page(content, url=url, ref_date=seed.ref_date)
    return store.add(article)


def add_seeds(store):
    return [add(store, s.path.read_bytes(), f"http://seed/{s.name}", s) for s in SEEDS]


def portal_page(title: str, paragraphs: list[str]) -> str:
    """The story moved into another site's template: the portal of seed 002."""
    lists = "\n".join(["关键词: 项目建设", "您可能也感兴趣:", "今日热点", "- 某地召开会议 2022-01-01"])
    return "\n".join([title, *paragraphs, lists])


def test_the_five_seeds_are_all_new_and_unflagged(store):
    assert [r.outcome for r in add_seeds(store)] == ["new"] * 5
    assert store.duplicates() == []


def test_an_exact_copy_on_another_site_is_flagged(store):
    seeds = add_seeds(store)
    copy = add(store, SIMPLIFIED.path.read_bytes(), "http://other.example/copy.html")
    assert (copy.outcome, copy.duplicate_of, copy.dup_kind, copy.similarity) == ("duplicate", seeds[0].id, "exact", 1.0)


def test_a_traditional_pinyin_mirror_under_other_boilerplate_is_flagged(store):
    seeds = add_seeds(store)
    original = parse_page(SIMPLIFIED.text, ref_date=SIMPLIFIED.ref_date)
    mirror_text = traditional_mirror("\n".join([original.title, "來源: 某鏡像站 發布時間:2021-11-30 10:00 累計次數: 字體:[ ]", original.text]))
    page = render_capture('<ul id="x1"></ul>\n' + mirror_text, charset="gbk", chrome=True)
    mirror = add(store, page, "http://mirror.example/a.html")
    assert parse_page(page).parser == "tongzhou_daily"
    assert (mirror.outcome, mirror.duplicate_of, mirror.dup_kind) == ("duplicate", seeds[0].id, "exact")


def test_an_edited_copy_is_a_near_duplicate(store):
    seeds = add_seeds(store)
    original = parse_page(OTHER.text, ref_date=OTHER.ref_date)
    edited = edited_copy(original.text.split("\n"), drop=1)
    copy = add(store, portal_page(original.title, edited), "http://portal.example/b.html", OTHER)
    assert (copy.outcome, copy.duplicate_of, copy.dup_kind) == ("duplicate", seeds[4].id, "near")
    assert 0.85 < copy.similarity < 1.0


def test_a_story_moved_into_another_template_is_flagged(store):
    seeds = add_seeds(store)
    original = parse_page(OTHER.text, ref_date=OTHER.ref_date)
    moved = add(store, portal_page(original.title, original.text.split("\n")), "http://portal.example/c.html", OTHER)
    assert (moved.outcome, moved.duplicate_of, moved.dup_kind) == ("duplicate", seeds[4].id, "exact")


def test_duplicates_point_at_the_earliest_article_never_along_a_chain(store):
    first = add(store, SIMPLIFIED.path.read_bytes(), "http://a/1")
    original = parse_page(SIMPLIFIED.text)
    edited = "\n".join([original.title, "发布时间:2021-11-30", *edited_copy(original.text.split("\n"), drop=1)])
    second = add(store, edited, "http://a/2")
    # A copy of the copy: closest to #2, but flagged against #1, the cluster's original.
    third = add(store, edited, "http://a/3")
    assert (second.duplicate_of, third.duplicate_of) == (first.id, first.id)
    assert {r["original_id"] for r in store.duplicates()} == {first.id}


def test_many_near_copies_all_point_at_the_first_and_are_confirmed_against_few(store, monkeypatch):
    """A site publishing the same notice with small edits again and again: each new one
    is confirmed against at most MAX_CANDIDATES stored ones, and all find the first."""
    from crawler.store import fingerprint as fp
    from crawler.store import dedup

    original = parse_page(OTHER.text, ref_date=OTHER.ref_date)
    paragraphs = original.text.split("\n")
    first = store.add(parse_page("\n".join([original.title, *paragraphs]), url="http://n/0", ref_date=OTHER.ref_date))
    confirmed, jaccard_sets = [], fp.jaccard_sets
    monkeypatch.setattr(fp, "jaccard_sets", lambda a, b: confirmed.append(1) or jaccard_sets(a, b))
    monkeypatch.setattr(dedup, "MAX_CANDIDATES", 4)  # read there, by _find_original
    copies = []
    for i in range(1, 12):
        edited = [p.replace("。", f"（第{i}次）。", 1) if n == 0 else p for n, p in enumerate(paragraphs)]
        before = len(confirmed)
        copies.append(store.add(parse_page("\n".join([original.title, *edited]), url=f"http://n/{i}", ref_date=OTHER.ref_date)))
        assert len(confirmed) - before <= 4 + 1  # the candidates, and the root if a copy won
    assert {(c.outcome, c.duplicate_of) for c in copies} == {("duplicate", first.id)}


def test_a_failed_write_inside_a_transaction_is_undone_alone(store):
    first, second = (parse_page(seed.path.read_bytes(), url=f"http://t/{i}", ref_date=seed.ref_date)
                     for i, seed in enumerate(SEEDS[:2]))
    with store.transaction():
        store.add(first)
        with pytest.raises(ZeroDivisionError), store.transaction():
            store.add(second)
            raise ZeroDivisionError
    assert [row["url"] for row in store.db.query("SELECT url FROM articles")] == ["http://t/0"]
    assert store.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1


def test_a_changed_page_is_a_revision_with_its_history_kept(store):
    first = add(store, SIMPLIFIED.path.read_bytes(), "http://a/1")
    changed = SIMPLIFIED.text.replace("50亿元", "60亿元")
    revised = add(store, changed, "http://a/1")
    assert (revised.outcome, revised.id, revised.duplicate_of) == ("revised", first.id, None)
    row = store.article("http://a/1")
    assert row["revision"] == 2 and "60亿元" in row["text"]
    (old,) = store.db.query("SELECT * FROM revisions")
    assert (old["article_id"], old["revision"]) == (first.id, 1) and "50亿元" in old["text"]
    assert store.count() == 1 and store.duplicates() == []


def test_an_unchanged_page_only_moves_last_seen(store):
    first = add(store, SIMPLIFIED.path.read_bytes(), "http://a/1")
    again = add(store, SIMPLIFIED.path.read_bytes(), "http://a/1")
    assert (again.outcome, again.id) == ("unchanged", first.id)
    assert store.count() == 1 and list(store.db.query("SELECT * FROM revisions")) == []


def test_when_an_original_changes_story_its_earliest_copy_becomes_the_original(store):
    add(store, SIMPLIFIED.path.read_bytes(), "http://a/1")
    copy = add(store, SIMPLIFIED.path.read_bytes(), "http://b/1")
    later = add(store, SIMPLIFIED.path.read_bytes(), "http://c/1")
    add(store, OTHER.path.read_bytes(), "http://a/1", OTHER)  # the original's URL now shows another story
    assert store.article("http://a/1")["duplicate_of"] is None
    assert store.article("http://b/1")["duplicate_of"] is None
    assert (store.article("http://c/1")["duplicate_of"], store.article("http://c/1")["dup_kind"]) == (copy.id, "exact")
    assert later.duplicate_of != copy.id  # it was flagged against the old original before


def test_a_parser_fix_to_other_fields_reaches_the_stored_record(store):
    add(store, SIMPLIFIED.path.read_bytes(), "http://a/1")
    store.db.execute("UPDATE articles SET source = 'wrong', keywords = '[\"x\"]'")
    again = add(store, SIMPLIFIED.path.read_bytes(), "http://a/1")
    row = store.article("http://a/1")
    assert (again.outcome, row["source"], row["keywords"], row["revision"]) == ("unchanged", "宜兴经济技术开发区", [], 1)


def test_traditional_query_finds_the_simplified_article(store):
    add_seeds(store)
    hits = store.search("封曉春帶隊")
    assert [h["title"] for h in hits] == ["封晓春带队赴经开区调研项目推进情况"]


@pytest.mark.parametrize("query, titles", [
    ("项目建设动员大会", ["全区项目建设动员大会召开 按下项目攻坚“快进键” 跑出项目突破“加速度”"]),
    ("狄志强 陆秋明", ["金坛召开“两个加快全面决战年”第三次督查会"]),  # all words must appear
    ("宜兴", ["封晓春带队赴经开区调研项目推进情况"]),  # two characters: below the trigram index
    ('"高质量发展" NOT 市委书记徐缨', ["封晓春带队赴经开区调研项目推进情况", "金坛召开“两个加快全面决战年”第三次督查会",
                                 "全区项目建设动员大会召开 按下项目攻坚“快进键” 跑出项目突破“加速度”",
                                 "铆足“虎”劲!常州高新区这些重大项目正全速推进"]),  # FTS5 syntax: all but 003
    ("狄志强 OR 封晓春", ["封晓春带队赴经开区调研项目推进情况", "金坛召开“两个加快全面决战年”第三次督查会"]),
    ("_", []),  # LIKE's wildcards are plain characters
    ("宜兴 OR 金坛", ["封晓春带队赴经开区调研项目推进情况", "金坛召开“两个加快全面决战年”第三次督查会"]),  # two-character words with operators
    ('"高质量发展" NOT 徐缨', ["封晓春带队赴经开区调研项目推进情况", "金坛召开“两个加快全面决战年”第三次督查会",
                          "全区项目建设动员大会召开 按下项目攻坚“快进键” 跑出项目突破“加速度”",
                          "铆足“虎”劲!常州高新区这些重大项目正全速推进"]),
])
def test_search(store, query, titles):
    add_seeds(store)
    assert sorted(h["title"] for h in store.search(query)) == sorted(titles)


@pytest.mark.parametrize("query", ['"unterminated', "AND AND", "NEAR(", "   ", "宜 OR 金坛", '"高质量发展" NOT 徐'])
def test_malformed_search_is_a_store_error(store, query):
    with pytest.raises(StoreError):
        store.search(query)


def test_the_file_is_plain_sqlite_with_readable_tables(store, tmp_path):
    add_seeds(store)
    conn = sqlite3.connect(tmp_path / "news.db")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"articles", "crawls", "sites", "revisions", "article_bands", "articles_fts", "duplicates"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("SELECT keywords FROM articles WHERE parser = 'hightech_portal'").fetchone()[0] == '["产业集群", "项目建设", "新建项目", "全区上下"]'


def test_migrations_run_once(tmp_path):
    Store(tmp_path / "x.db").close()
    with Store(tmp_path / "x.db") as again:
        assert again.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert again.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").fetchone()[0] == 1


def test_processes_opening_a_new_file_at_once_all_succeed(tmp_path):
    """A daemon starts several crawls at once; the first to open a new file migrates it."""
    import subprocess
    import sys

    code = "import sys; from crawler.store import Store; Store(sys.argv[1]).close()"
    processes = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "new.db")], stderr=subprocess.PIPE, text=True)
                 for _ in range(6)]
    errors = [p.communicate(timeout=60)[1] for p in processes]
    assert [p.returncode for p in processes] == [0] * 6, errors


def test_an_unopenable_database_is_a_store_error(tmp_path):
    (tmp_path / "not-a-db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(tmp_path / "not-a-db")
    with pytest.raises(StoreError, match="cannot open database"):
        Store(tmp_path / "missing-dir" / "x.db")


def test_an_older_file_moves_a_lead_s_date_from_published_at_to_event_date(tmp_path):
    # Before event_date, a page that prints no date took its lead's date as published_at
    # (date_source 'lead'): the upgrade moves it, so old rows and new ones say the same.
    with Store(tmp_path / "old.db") as store:
        add_seeds(store)
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("DROP INDEX articles_event_date")
    conn.execute("ALTER TABLE articles DROP COLUMN event_date")
    conn.execute("UPDATE articles SET published_at = '2022-12-29T00:00:00+08:00', published_date = '2022-12-29',"
                 " date_source = 'lead' WHERE parser = 'yancheng_mirror'")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 3}")  # (before the event_date column and its index)
    conn.close()
    with Store(tmp_path / "old.db") as store:
        rows = store.db.execute("SELECT parser, published_at, published_date, date_source, event_date FROM articles"
                                " WHERE event_date IS NOT NULL OR date_source IS NULL").fetchall()
    assert ("yancheng_mirror", None, None, None, "2022-12-29T00:00:00+08:00") in rows
    assert all(row[1] is None for row in rows)


def test_an_older_file_moves_a_notice_s_closing_date_from_published_at_to_event_date(tmp_path):
    # Before the eleventh session a signed notice's closing date was its publish date
    # (date_source 'closing'); it is the document's own day, kept in event_date since.
    with Store(tmp_path / "old.db") as store:
        add_seeds(store)
        dated = store.db.execute("SELECT count(*) FROM articles WHERE published_at IS NOT NULL").fetchone()[0]
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("UPDATE articles SET published_at = '2020-11-24T00:00:00+08:00', published_date = '2020-11-24',"
                 " date_source = 'closing', event_date = NULL WHERE parser = 'yancheng_mirror'")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")  # (before the move)
    conn.close()
    with Store(tmp_path / "old.db") as store:
        moved = store.db.execute("SELECT published_at, published_date, date_source, event_date FROM articles"
                                 " WHERE parser = 'yancheng_mirror'").fetchall()
        left = store.db.execute("SELECT count(*) FROM articles WHERE published_at IS NOT NULL").fetchone()[0]
    assert moved and all(row == (None, None, None, "2020-11-24T00:00:00+08:00") for row in moved)
    assert left == dated  # (the other rows keep their publish dates)


def test_a_new_file_locked_for_a_moment_by_another_opener_is_opened_again(tmp_path, monkeypatch):
    """Switching a new file to WAL can fail at once with 'database is locked' while another process opens it."""
    from crawler.store import database

    real_connect, calls = database.sqlite3.connect, []

    def connect_locked_once(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(database.sqlite3, "connect", connect_locked_once)
    monkeypatch.setattr(database, "OPEN_RETRY_SECONDS", 0)
    with Store(tmp_path / "new.db") as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert len(calls) == 2
