"""The store on SQLite and PostgreSQL: people across articles, word search, the queries, migrations."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from newsmine.store import open_store, queries
from newsmine.store.schema import SCHEMA_VERSION, migrate
from newsmine.store.write import IMPORTED, put_doc

from .archive_docs import make_doc
from .archive_fixtures import db  # noqa: F401

PUTIN, KIM, MILLER, TRUMP, OBAMA = 0, 1, 2, 3, 7
BBC, VOA, CNA = 0, 1, 3


def story(n: int, a: int, b: int, outlet: int, *, topic: int = 0, day: date = date(2026, 3, 4), **kw) -> dict:
    return make_doc(n, pair=(a, b), outlet=outlet, topic=topic, day=day, **kw)


def put(store, *docs) -> list[int | None]:
    return [put_doc(store, d, pipeline=IMPORTED) for d in docs]


def test_putin_and_puding_glossed_vladimir_putin_are_one_person_with_both_renderings(db):
    with open_store(db) as store:
        put(store, story(1, PUTIN, KIM, BBC), story(2, PUTIN, TRUMP, CNA))
        found = queries.find_people(store, "普丁")
        assert len(found) == 1
        assert queries.find_people(store, "普京") == found == queries.find_people(store, "vladimir putin")
        person = queries.person(store, found[0]["id"])
    assert person["original_names"] == ["Vladimir Putin"]
    assert {r["name"]: r["outlets"] for r in person["renderings"]} == {"普京": {"bbc.com": 1}, "普丁": {"cna.com.tw": 1}}
    assert {p["original_name"] for p in person["named_with"]} == {"Kim Jong Un", "Donald Trump"}
    (role,) = person["roles"]
    assert sorted(role["forms"]) == ["俄罗斯总统", "俄羅斯總統"] and role["articles"] == 2
    assert (role["first_seen"], role["last_seen"]) == ("2026-03-04", "2026-03-04")
    (affiliation,) = person["affiliations"]
    assert affiliation["original_name"] == "Kremlin" and sorted(affiliation["forms"]) == ["克里姆林宫", "克里姆林宮"]
    assert len(person["quotes"]) == 2 and person["article_count"] == 2


def test_traditional_and_simplified_renderings_join_but_different_originals_never_do(db):
    first = story(1, MILLER, KIM, BBC)
    second = story(2, MILLER, KIM, CNA)  # 馬修·米勒 (traditional) glossed Matthew Miller
    unglossed = copy.deepcopy(story(3, MILLER, TRUMP, VOA))
    unglossed["entities"][0]["original_name"] = None
    other = copy.deepcopy(story(4, MILLER, TRUMP, VOA, topic=1))
    other["entities"][0]["original_name"] = "Stephen Miller"
    with open_store(db) as store:
        put(store, first, second, unglossed, other)
        millers = queries.find_people(store, "马修·米勒")
        assert {p["original_name"] for p in millers} == {"Matthew Miller", "Stephen Miller"}
        matthew = next(p for p in millers if p["original_name"] == "Matthew Miller")
        assert matthew["articles"] == 3
        assert queries.find_people(store, "Stephen Miller")[0]["articles"] == 1


def test_a_taiwan_rendering_opencc_lists_joins_without_a_gloss(db):
    glossed = story(1, OBAMA, KIM, BBC)
    taiwan = copy.deepcopy(story(2, OBAMA, KIM, CNA))
    taiwan["entities"][0]["original_name"] = None  # 歐巴馬 written without its gloss
    with open_store(db) as store:
        put(store, glossed, taiwan)
        (obama,) = queries.find_people(store, "歐巴馬")
        assert obama["original_name"] == "Barack Obama" and obama["articles"] == 2
        assert {r["name"] for r in queries.person(store, obama["id"])["renderings"]} == {"奥巴马", "歐巴馬"}


def test_a_rendering_seen_first_without_gloss_joins_the_person_its_gloss_names_later(db):
    early = copy.deepcopy(story(1, PUTIN, KIM, CNA))
    early["entities"][0]["original_name"] = None
    with open_store(db) as store:
        put(store, early, story(2, PUTIN, TRUMP, BBC), story(3, PUTIN, MILLER, CNA))
        (putin,) = queries.find_people(store, "Putin")
        assert putin["articles"] == 3
        assert store.scalar("SELECT COUNT(*) AS n FROM people") == 4


def test_search_finds_words_in_both_scripts_and_not_substrings_that_are_not_words(db):
    with open_store(db) as store:
        put(store, story(1, PUTIN, KIM, BBC, topic=0), story(2, PUTIN, KIM, CNA, topic=0, day=date(2026, 5, 1)),
            story(3, TRUMP, KIM, VOA, topic=1))
        hits = queries.search(store, "卫星")
        assert hits["total"] == 2 and {h["outlet"] for h in hits["items"]} == {"bbc.com", "cna.com.tw"}
        assert hits["items"][0]["published"] == "2026-05-01"
        assert queries.search(store, "衛星")["total"] == 2
        assert queries.search(store, "星发")["total"] == 0
        assert queries.search(store, "星发", substring=True)["total"] == 1
        assert queries.search(store, "粮食 援助")["total"] == 1
        assert queries.search(store, "putin")["total"] == 2
        assert queries.search(store, "卫星", outlet="bbc.com")["total"] == 1
        assert queries.search(store, "卫星", since="2026-04-01")["total"] == 1
        assert queries.search(store, "卫星", until="2026-04-01")["total"] == 1
        assert queries.search(store, "", person="Donald Trump")["total"] == 1
        assert queries.search(store, "", section="World")["total"] == 1
        snippet = queries.search(store, "卫星", outlet="bbc.com")["items"][0]
        start, end = snippet["match"]
        assert snippet["snippet"][start:end] == "卫星"
        page = queries.search(store, "", limit=2, offset=2)
        assert page["total"] == 3 and len(page["items"]) == 1


def test_quotes_events_and_lexicon(db):
    with open_store(db) as store:
        put(store, story(1, PUTIN, KIM, BBC, quote=1), story(2, KIM, PUTIN, CNA, day=date(2026, 6, 2)),
            story(3, TRUMP, MILLER, VOA, day=date(2026, 1, 9)))
        said = queries.quotes(store, speaker="普京")
        assert said["total"] == 2
        assert {q["kind"] for q in said["items"]} == {"direct", "indirect"}
        assert said["items"][0]["published"] == "2026-06-02"
        assert queries.quotes(store, about="坦率")["total"] == 1
        assert queries.quotes(store, speaker="Putin", since="2026-05-01")["total"] == 1
        timeline = queries.events(store)["items"]
        assert [e["date"] for e in timeline] == ["2026-01-09", "2026-03-04", "2026-06-02"]
        assert {p["original_name"] for p in timeline[1]["participants"]} == {"Vladimir Putin", "Kim Jong Un"}
        assert queries.events(store, participant="金正恩", since="2026-05-01")["total"] == 1
        assert queries.events(store, participant="Matthew Miller", until="2026-02-01")["total"] == 1
        lex = {row["original"]: row for row in queries.lexicon(store)}
        assert [(r["term"], r["articles"]) for r in lex["Vladimir Putin"]["renderings"]] == [("普丁", 1), ("普京", 1)]
        assert lex["Vladimir Putin"]["outlets"] == {"bbc.com": 1, "cna.com.tw": 1}
        assert lex["Kim Jong Un"]["articles"] == 2


def test_lexicon_phonetic_keeps_renderings_by_sound_and_leaves_out_unjudged_glosses(db):
    by_sound = story(1, PUTIN, KIM, BBC)
    by_sound["glosses"][0]["phonetic"] = True   # 普京 for Vladimir Putin
    by_sound["glosses"][1]["phonetic"] = False  # as a translation would be
    unjudged = story(2, PUTIN, TRUMP, CNA)      # stored before the flag existed: no `phonetic`
    with open_store(db) as store:
        put(store, by_sound, unjudged)
        assert store.scalar("SELECT COUNT(*) AS n FROM glosses WHERE phonetic IS NULL") == 2
        everything = {row["original"] for row in queries.lexicon(store)}
        phonetic = queries.lexicon(store, phonetic=True)
    assert everything == {"Vladimir Putin", "Kim Jong Un", "Donald Trump"}
    assert [(r["original"], [x["term"] for x in r["renderings"]]) for r in phonetic] == [("Vladimir Putin", ["普京"])]


def test_storing_the_same_content_twice_adds_nothing(db):
    doc = story(1, PUTIN, KIM, BBC)
    with open_store(db) as store:
        first, again = put(store, doc, copy.deepcopy(doc))
        assert first is not None and again is None
        assert queries.counts(store)["quotes"] == 2


def test_migrations_are_recorded_and_applied_once(db):
    with open_store(db) as store:
        assert migrate(store) == []
        rows = store.query("SELECT version FROM schema_migrations")
    assert [r["version"] for r in rows] == list(range(1, SCHEMA_VERSION + 1))


def test_sqlite_archive_has_full_text_search_datasette_detects(tmp_path):
    with open_store(str(tmp_path / "a.sqlite")) as store:
        put(store, story(1, PUTIN, KIM, BBC))
        assert store.scalar("PRAGMA journal_mode") == "wal"
        # the query Datasette's detect_fts runs for a table
        fts = store.scalar(
            """SELECT name FROM sqlite_master WHERE rootpage = 0 AND (
            sql LIKE '%VIRTUAL TABLE%USING FTS%content="articles"%'
            OR (tbl_name = 'articles' AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))""")
        assert fts == "articles_fts"
        hit = store.scalar("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", ("卫星",))
        assert hit == 1


def test_a_bad_database_path_is_a_clear_error(tmp_path):
    from newsmine.store.db import StoreError

    with pytest.raises(StoreError, match="is a directory"):
        open_store(str(tmp_path))
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")


def test_restoring_an_article_in_place_moves_its_names_between_people(db):
    first, second = story(1, PUTIN, KIM, BBC), story(2, PUTIN, TRUMP, CNA)
    with open_store(db) as store:
        a, b = put(store, first, second)
        before = queries.counts(store)
        assert put_doc(store, copy.deepcopy(second), pipeline="v2", replace=b) == b
        assert queries.counts(store) == before
        renamed = copy.deepcopy(second)
        renamed["entities"][1]["original_name"] = "Donald J. Trump"
        put_doc(store, renamed, pipeline="v3", replace=b)
        (trump,) = queries.find_people(store, "Donald J. Trump")
        assert queries.find_people(store, "Donald Trump") == []
        assert queries.person(store, trump["id"])["original_names"] == ["Donald J. Trump"]
        uses = store.query("SELECT form, uses FROM person_names WHERE kind = 'name'")
        assert {r["form"]: r["uses"] for r in uses} == {"普京": 1, "普丁": 1, "金正恩": 1, "川普": 1}
        assert a is not None


def test_an_archive_from_a_newer_newsmine_is_refused(db):
    from newsmine.store.db import StoreError

    with open_store(db) as store:
        store.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                      (SCHEMA_VERSION + 1, "from the future", "2030-01-01T00:00:00+00:00"))
    with pytest.raises(StoreError, match=f"schema version {SCHEMA_VERSION + 1} is newer than this newsmine"):
        open_store(db)


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.bbc.com/zhongwen/simp/world-1", "bbc.com"),
    ("https://news.bbc.co.uk/2/hi/asia-pacific/1.stm", "bbc.co.uk"),
    ("https://hk.on.cc/hk/bkn/cnt/news/1.html", "on.cc"),
    ("https://news.sina.com.cn/w/2025-06-12/doc-1.shtml", "sina.com.cn"),
    ("https://www.info.gov.hk/gia/general/1.htm", "info.gov.hk"),
    ("http://127.0.0.1:8000/a", "127.0.0.1"),
    (None, None),
])
def test_the_outlet_is_the_registered_domain(url, outlet):
    from newsmine.store.write import outlet_of

    assert outlet_of(url) == outlet
