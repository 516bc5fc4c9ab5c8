"""The store against hostile input and concurrent runs: one writer at a time, invariants checked and
repaired, ids that cannot displace other pages or break a batch, search with one meaning on both
databases, snippet markers and control characters kept out of what is stored and searched.

Every test runs against SQLite and, when ``TELISIK_TEST_PG_URL`` names a PostgreSQL server, against
PostgreSQL too, each test in a database of its own (as in ``test_store.py``).
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pytest
import sqlalchemy as sa

from store_fixtures import ALL, ARREST, FLOOD, HOSTILE, MATCH, PG_URL, pg_database, write_jsonl
from telisik.engine.ingest import ingest
from telisik.store import schema
from telisik.store.repository import MATCH_END, MATCH_START, Store, StoreBusy, content_key, search_words
from test_store import _state

REPO = Path(__file__).resolve().parent.parent


def _execute(store: Store, sql: str, **params: object) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text(sql), params)


# ---------------------------------------------------------------------------- 1. one writer at a time


def _cli_ingest(path: Path, db: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "telisik", "ingest", str(path), "--db", db],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )


def test_three_ingest_runs_at_once_end_as_one_run(db_url, tmp_path, analyzer):
    path = write_jsonl(tmp_path / "news.jsonl", [*ALL, HOSTILE])
    with Store(str(tmp_path / "reference.db")) as reference:
        ingest(reference, [str(path)], analyzer)
        expected = _state(reference)

    # all three open the new store at once too: its tables are made once
    runs = [_cli_ingest(path, db_url) for _ in range(3)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], [err for _, err in outputs]
    counts = [tuple(map(int, re.search(r"(\d+) articles added, (\d+) already stored", out).groups())) for out, _ in outputs]
    # one run stored every page; the others waited for it and found them stored
    assert sorted(counts) == [(0, len(ALL) + 1), (0, len(ALL) + 1), (len(ALL) + 1, 0)]
    with Store(db_url) as store:
        assert store.check().problems == []
        assert _state(store) == expected


def test_a_second_writer_waits_for_the_first(db_url, tmp_path, analyzer, caplog):
    path = write_jsonl(tmp_path / "news.jsonl", FLOOD)
    with Store(db_url) as first, Store(db_url) as second:
        with first.writing():
            with first.writing():  # a writer's own nested lock passes through
                first.add([], [])
            started = time.monotonic()
            with caplog.at_level(logging.WARNING, "telisik.store.repository"), pytest.raises(StoreBusy):
                ingest(second, [str(path)], analyzer, wait=0.3)
            assert time.monotonic() - started >= 0.3
            assert "waiting for another telisik ingest on this store" in caplog.text
            assert second.counts()["articles"] == 0

        holder = threading.Thread(target=_hold, args=(first, 0.5))
        holder.start()
        time.sleep(0.1)
        started = time.monotonic()
        report = ingest(second, [str(path)], analyzer, wait=30)
        holder.join()
        assert time.monotonic() - started >= 0.3 and report.added == len(FLOOD)


def _hold(store: Store, seconds: float) -> None:
    with store.writing():
        time.sleep(seconds)


# ---------------------------------------------------------------------------- 2. check and repair


def test_check_finds_and_repairs_what_a_crash_left(db_url, tmp_path, analyzer):
    with Store(db_url) as store:
        ingest(store, [str(write_jsonl(tmp_path / "news.jsonl", ALL))], analyzer)
        assert store.check().problems == []
        before = _state(store)
        entity = before["entities"][0]["id"]

        _execute(store, "UPDATE articles SET story_id = NULL WHERE id = 'banjir-detik-1'")
        _execute(store, "UPDATE articles SET seq = (SELECT seq FROM articles WHERE id = 'kpk-antara-1') WHERE id = 'kpk-cnn-1'")
        _execute(store, "INSERT INTO article_entities (article_id, local_id, entity_id) VALUES ('gone', 'T1', :e)", e=entity)
        _execute(store, "INSERT INTO entity_keys (type, key, entity_id) VALUES ('PER', 'nobody', 'Enothing')")
        _execute(store, "INSERT INTO quotes (article_id, n, text, direct) VALUES ('gone', 0, 'kata', true)")
        _execute(store, "INSERT INTO meta (key, value) VALUES ('stories_from', '2024-03-06')")
        if store.dialect == "sqlite":
            _execute(store, f"DELETE FROM {schema.SQLITE_FTS} WHERE article_id = 'bola-detik-1'")

        found = store.check()
        problems = "\n".join(found.problems)
        assert "1 articles are in no story: banjir-detik-1" in problems
        assert "1 seq numbers are each held by more than one article" in problems
        assert "1 entity links of articles not stored (article_entities)" in problems
        assert "1 entity keys of entities not stored (entity_keys)" in problems
        assert "1 quotes of articles not stored (quotes)" in problems
        assert "stories from 2024-03-06 on are still to be remade" in problems
        assert ("search index rows missing" in problems) == (store.dialect == "sqlite")
        assert not found.clean and found.repaired == []
        assert store.check().problems == found.problems  # checking changes nothing

        repaired = store.check(repair=True)
        assert repaired.problems == found.problems and len(repaired.repaired) >= 5
        assert store.check().clean
        # the stories remade are those of the uninterrupted run; renumbering kept the articles' order
        assert _state(store) == before
        assert store.search("Persebaya")[1] == 1


def test_check_finds_stories_that_do_not_hold_their_articles(db_url, tmp_path, analyzer):
    with Store(db_url) as store:
        ingest(store, [str(write_jsonl(tmp_path / "news.jsonl", FLOOD + MATCH))], analyzer)
        before = _state(store)
        match = store.article("bola-detik-1")["story"]
        _execute(store, "UPDATE articles SET story_id = :s WHERE id = 'banjir-tribun-2'", s=match)
        _execute(store, "INSERT INTO stories (id, size, outlets, data) VALUES ('Sghost', 1, '[]', :d)", d=json.dumps({"articles": ["gone"]}))
        problems = "\n".join(store.check().problems)
        assert "1 articles are not listed by their story alone: banjir-tribun-2" in problems
        assert "1 stories list articles not stored: Sghost" in problems
        assert store.check(repair=True).repaired
        assert store.check().clean and _state(store) == before


# ---------------------------------------------------------------------------- 3. ids cannot displace pages


def test_a_forged_id_does_not_hide_the_page_it_names(db_url, tmp_path, analyzer):
    real = FLOOD[0]
    forged = {**MATCH[0], "id": real["id"], "url": "https://palsu.example/persib"}
    with Store(db_url) as store:
        ingest(store, [str(write_jsonl(tmp_path / "forged.jsonl", [forged]))], analyzer)
        path = write_jsonl(tmp_path / "news.jsonl", ALL)
        report = ingest(store, [str(path)], analyzer)
        assert report.added == len(ALL) and report.already_stored == 0
        # the forged page keeps the id it took; the real page is stored beside it, under an id of its own
        assert "Persib" in store.article(real["id"])["body"]
        [hit] = [a["id"] for a in store.iter_articles() if a["id"].startswith(real["id"] + "~")]
        assert len(hit) == len(real["id"]) + 9 and store.article(hit)["title"] == real["title"]
        assert f"id {real['id']} already names another page; stored as {hit}" in store.article(hit)["warnings"]
        assert store.check().clean

        # the same input again stores nothing, whichever id each page went under
        before = _state(store)
        again = ingest(store, [str(path), str(tmp_path / "forged.jsonl")], analyzer)
        assert again.added == 0 and again.already_stored == len(ALL) + 1 and _state(store) == before


def test_one_id_given_to_two_pages_in_one_input_stores_both(db_url, tmp_path, analyzer):
    twin = {**ARREST[1], "id": ARREST[0]["id"]}
    copy = {**ARREST[0], "id": "a-copy"}  # the same page under an id of its own: an article of its own, as before
    path = write_jsonl(tmp_path / "news.jsonl", [ARREST[0], twin, ARREST[0], copy, twin])
    with Store(db_url) as store:
        report = ingest(store, [str(path)], analyzer)
        # a page met again in the same input is a duplicate, as `telisik analyze` says; not a page already stored
        assert report.added == 3 and report.already_stored == 0
        first, second = (r.reason for r in report.rejected)
        assert first == f"duplicate of {path}#L1 (same page, article id {ARREST[0]['id']})"
        assert second.startswith(f"duplicate of {path}#L2 (same page, article id {ARREST[0]['id']}~")
        assert ingest(store, [str(path)], analyzer).already_stored == 5  # every page of the input is stored now
        ids = [a["id"] for a in store.iter_articles()]
        assert ids[0] == ARREST[0]["id"] and ids[1].startswith(ARREST[0]["id"] + "~") and ids[2] == "a-copy"
        assert store.article(ids[1])["title"] == ARREST[1]["title"]


def test_content_keys_are_the_ids_of_pages_given_none(tmp_path, analyzer):
    from dataclasses import replace

    from telisik.pages.assemble import article_id

    [doc] = list(analyzer.reader.read([str(write_jsonl(tmp_path / "a.jsonl", [FLOOD[0]]))]))
    assert content_key(doc) == article_id(replace(doc, given={"url": FLOOD[0]["url"]}))
    assert article_id(doc) == FLOOD[0]["id"] and len(content_key(doc)) == 16


# ---------------------------------------------------------------------------- 4. ids and text no database holds


BAD_IDS = ["nul\x00id", "bell\x07id", "marker\x02id", "lone\ud800surrogate", "x" * 65]


def test_ids_no_database_holds_are_replaced_and_the_batch_goes_on(db_url, tmp_path, analyzer):
    pages = [{**a, "id": bad} for a, bad in zip(ALL, BAD_IDS, strict=False)] + ALL[len(BAD_IDS) :]
    path = tmp_path / "bad-ids.jsonl"
    # ensure_ascii: a lone surrogate can only be written as an escape
    path.write_text("".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8")
    with Store(db_url) as store:
        report = ingest(store, [str(path)], analyzer)
        assert report.added == len(ALL) and report.rejected == []
        stored = list(store.iter_articles())
        for article, bad in zip(stored, BAD_IDS, strict=False):
            assert re.fullmatch("[0-9a-f]{16}", article["id"])
            assert any(w.startswith(f"id {ascii(bad[:80])} cannot be stored") for w in article["warnings"])
        assert [a["id"] for a in stored[len(BAD_IDS) :]] == [a["id"] for a in ALL[len(BAD_IDS) :]]
        before = _state(store)
        again = ingest(store, [str(path)], analyzer)
        assert again.added == 0 and again.already_stored == len(ALL) and _state(store) == before


def test_a_page_whose_look_up_fails_is_rejected_alone(db_url, tmp_path, analyzer, monkeypatch):
    real = Store.content_keys

    def refuses(self, ids):
        ids = list(ids)
        if "kpk-cnn-1" in ids:
            raise sa.exc.DataError("SELECT", {}, ValueError("invalid byte sequence"))
        return real(self, ids)

    monkeypatch.setattr(Store, "content_keys", refuses)
    with Store(db_url) as store:
        report = ingest(store, [str(write_jsonl(tmp_path / "news.jsonl", ALL))], analyzer)
        assert report.added == len(ALL) - 1
        [rejection] = report.rejected
        assert rejection.reason == "could not be looked up in the store: ValueError: invalid byte sequence"
        assert store.article("kpk-cnn-1") is None and store.counts()["articles"] == len(ALL) - 1


def test_text_with_nul_and_snippet_markers_is_stored_without_them(db_url, tmp_path, analyzer):
    page = {
        **HOSTILE,
        "id": "controls",
        "title": "Judul\x00 \x02palsu\x03 banjir\r",
        "author": "Budi\x00 Santoso",
        "text": HOSTILE["text"].replace("Warga Desa", "Warga \x02palsu\x03 Desa\x00\x1b", 1),
    }
    with Store(db_url) as store:
        report = ingest(store, [str(write_jsonl(tmp_path / "controls.jsonl", [page, *FLOOD]))], analyzer)
        assert report.added == 1 + len(FLOOD) and report.rejected == []
        article = store.article("controls")
        text = json.dumps(article, ensure_ascii=False)
        assert not re.search("[\x00-\x08\x0b-\x1f]", text)
        assert article["title"] == "Judul   palsu  banjir" and "Warga  palsu  Desa  " in article["body"]
        # offsets into the body stay right: each character was replaced, not removed
        for start, end in article["sentences"]:
            assert article["body"][start:end].strip()

        hits, total = store.search("protes")
        assert total == 1 and hits[0]["id"] == "controls"
        highlighted = [text for text, match in hits[0]["snippet"] if match]
        assert highlighted and all(t.lower() == "protes" for t in highlighted)
        assert not any(MATCH_START in t or MATCH_END in t for t, _ in hits[0]["snippet"])


def test_add_stores_what_no_database_holds_as_replacements(db_url):
    body = "Isi \x00 berita \x02palsu\x03 banjir \ud800 akhir\tkolom\nbaris"
    with Store(db_url) as store:
        store.add([{"id": "raw", "source": "x\x00.jsonl", "title": "T\x00", "body": body, "entities": [], "quotes": []}])
        article = store.article("raw")
        assert article["body"] == "Isi   berita  palsu  banjir \ufffd akhir\tkolom\nbaris"
        assert article["title"] == "T " and article["source"] == "x .jsonl"
        [(_, snippet)] = [(h["id"], h["snippet"]) for h in store.search("berita")[0]]
        assert [t.lower() for t, match in snippet if match] == ["berita"]


# ---------------------------------------------------------------------------- 5. search with one meaning


QUERIES = [
    "jakarta or -jakarta",
    '"jakarta"',
    "jakarta & !banjir",
    "jakarta | banjir",
    "a:*",
    "banjir:*",
    "banjir <-> bandang",
    "banjir:B",
    "(banjir) | (kpk)",
    "3.412",
    "kompas.com",
    "Rp 1,2 miliar",
    "Lembah-Hijau",
    "NEAR(banjir bandang)",
    "title:banjir",
    "'; DROP TABLE stories; --",
    "../../etc/passwd",
    "!",
    "_",
]


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def test_search_holds_every_word_and_nothing_is_syntax(db_url, tmp_path, analyzer):
    """The same hits on SQLite and PostgreSQL: those that hold every word of the query, as the words of
    their title and body (punctuation parting words)."""
    with Store(db_url) as store:
        ingest(store, [str(write_jsonl(tmp_path / "news.jsonl", [*ALL, HOSTILE]))], analyzer)
        words = {a["id"]: _words(f"{a['title']} {a['body']}") for a in store.iter_articles()}
        for q in QUERIES:
            wanted = {w.lower() for w in search_words(q)}
            expected = {aid for aid, held in words.items() if wanted and wanted <= held}
            hits, total = store.search(q, limit=50)
            assert ({h["id"] for h in hits}, total) == (expected, len(expected)), q
            assert store.stories(q=q)[1] == len({store.article(aid)["story"] for aid in expected}), q
        assert store.search("jakarta or -jakarta") == ([], 0)
        assert {h["id"] for h in store.search('"jakarta"')[0]} == {"kpk-antara-1", "kpk-cnn-1"}
        assert {h["id"] for h in store.search("3.412")[0]} == {"banjir-kompas-1", "banjir-tribun-2"}


@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (set TELISIK_TEST_PG_URL)")
def test_search_gives_the_same_hits_on_both_databases(tmp_path, analyzer):
    path = write_jsonl(tmp_path / "news.jsonl", [*ALL, HOSTILE])
    url, drop = pg_database()
    try:
        with Store(str(tmp_path / "lite.db")) as lite, Store(url) as pg:
            for store in (lite, pg):
                ingest(store, [str(path)], analyzer)
            for q in QUERIES:
                assert _hit_ids(lite, q) == _hit_ids(pg, q), q
    finally:
        drop()


def _hit_ids(store: Store, q: str) -> tuple[set[str], int]:
    hits, total = store.search(q, limit=50)
    return {h["id"] for h in hits}, total


# ---------------------------------------------------------------------------- the migration


def test_stores_made_before_content_keys_are_keyed_as_well_as_they_can_be(db_url, tmp_path, analyzer):
    from alembic import command
    from alembic.config import Config

    unnamed = {k: v for k, v in MATCH[0].items() if k != "id"}
    path = write_jsonl(tmp_path / "news.jsonl", [*FLOOD, unnamed])
    with Store(db_url) as store:
        ingest(store, [str(path)], analyzer)
        before = _state(store)
        config = Config()
        config.set_main_option("script_location", str(REPO / "src" / "telisik" / "store" / "migrations"))
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
    with Store(db_url) as store:  # migrates to 0002 again
        with store.engine.connect() as conn:
            keys = dict(conn.execute(sa.text("SELECT id, content_key FROM articles")).all())
        unnamed_id = next(aid for aid in keys if aid not in {a["id"] for a in FLOOD})
        assert keys == {**{a["id"]: None for a in FLOOD}, unnamed_id: unnamed_id}
        again = ingest(store, [str(path)], analyzer)
        assert again.added == 0 and again.already_stored == len(FLOOD) + 1 and _state(store) == before
        assert {h["id"] for h in store.search("kompas.com")[0]} == {"banjir-kompas-1"}


# ---------------------------------------------------------------------------- 7. the web search parameter


def test_control_characters_in_search_words_are_422(db_url):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from telisik.web.app import create_app

    with Store(db_url) as store, TestClient(create_app(store)) as client:
        for bad in ["a%00b", "%00", "a%01b", "a%02b", "a%03", "a%0Ab", "a%0Db", "a%1Fb"]:
            for url in (f"/api/search?q={bad}", f"/search?q={bad}", f"/?q={bad}", f"/api/stories?q={bad}"):
                response = client.get(url)
                assert response.status_code == 422, url
        for url in ("/api/search?q=a%09b", "/search?q=a%09b", "/?q=a%09b"):
            assert client.get(url).status_code == 200, url
        assert client.get("/api/search?q=%09").status_code == 422


def test_a_sqlite_store_locks_a_file_beside_it(tmp_path):
    with Store(str(tmp_path / "s.db")) as store, store.writing():
        assert (tmp_path / "s.db.lock").exists()
