"""The store: ingest, idempotence, kill-safety, incremental stories, entities, search, export.

Every test runs against SQLite and, when ``TELISIK_TEST_PG_URL`` names a
PostgreSQL server (CI starts one with ``scripts/pg_test_server.sh``), against
PostgreSQL too, each test in a database of its own.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from store_fixtures import ALL, ARREST, FLOOD, HOSTILE, MATCH, write_jsonl
from telisik.engine.ingest import ingest
from telisik.records import RawDocument, Rejection
from telisik.records.entities import Entity
from telisik.store import schema
from telisik.store.collection import entity_id
from telisik.store.export import export
from telisik.store.identity import Page, place
from telisik.store.locking import StoreBusy
from telisik.store.repository import Store, database_url
from telisik.store.rows import article_record, mark_stories_from, stored_data, stories_from

REPO = Path(__file__).resolve().parent.parent


def _state(store: Store) -> dict:
    """Everything a store holds, as its export document."""
    return json.loads(json.dumps(store.document(), sort_keys=True, default=str))


def test_database_urls():
    assert database_url(None).startswith("sqlite:///") and database_url(None).endswith("/telisik.db")
    assert database_url("postgresql://u@h:5432/db") == "postgresql+psycopg://u@h:5432/db"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"
    assert database_url("data/news.db").endswith("/data/news.db")


def test_ingest_stores_articles_entities_and_stories(db_url, tmp_path, analyzer):
    path = write_jsonl(tmp_path / "news.jsonl", ALL)
    with Store(db_url) as store:
        report = ingest(store, [str(path)], analyzer)
        assert report.added == len(ALL) and report.already_stored == 0
        stories, total = store.stories()
        assert total == 3
        groups = {frozenset(store.story(s["id"])["articles"]) for s in stories}
        assert groups == {frozenset(a["id"] for a in g) for g in (FLOOD, ARREST, MATCH)}
        # newest first: the arrest story runs to 7 March
        assert stories[0]["id"] == store.article("kpk-kompas-2")["story"]
        flood = store.story(store.article("banjir-kompas-1")["story"])
        assert flood["outlets"] == ["Kompas", "Detik", "Tribunnews"]
        assert any(c["about"].startswith("number") or "3.412" in json.dumps(c) for c in flood["conflicts"])
        assert all(s["sources"] for s in flood["summary"])

        # one entity across outlets, with its aliases, whichever article named it first
        article = store.article("kpk-cnn-1")
        darmawan = next(e for e in article["entities"] if e["name"] == "Darmawan Saputra")
        entity = store.entity(darmawan["global_id"])
        assert entity["type"] == "PER" and set(entity["articles"]) == {a["id"] for a in ARREST}
        kpk = next(e for e in store.article("kpk-antara-1")["entities"] if e["name"].startswith("Komisi Pemberantasan"))
        assert "KPK" in store.entity(kpk["global_id"])["aliases"]
        quotes = store.entity_quotes(next(e["global_id"] for e in article["entities"] if e["name"] == "Ali Fikri"))
        assert {q["article_id"] for q in quotes} >= {"kpk-antara-1"}
        assert any("tujuh orang" in q["text"] for q in quotes)

        # what was stored is what `telisik analyze` would say of each article
        assert article["body"].startswith("Bupati Sungai Rawa Darmawan Saputra terjaring")
        assert article["timexes"] and article["quotes"] and article["sentences"]


def test_the_same_input_twice_changes_nothing(db_url, tmp_path, analyzer):
    pages = tmp_path / "pages"
    pages.mkdir()
    path = write_jsonl(pages / "news.jsonl", ALL)
    (pages / "empty.txt").write_text("", encoding="utf-8")
    with Store(db_url) as store:
        first = ingest(store, [str(pages)], analyzer)
        assert first.added == len(ALL) and [r.source for r in first.rejected] == [str(pages / "empty.txt")]
        before = _state(store)
        again = ingest(store, [str(path), str(pages / "empty.txt")], analyzer)
        assert again.added == 0 and again.already_stored == len(ALL) and again.stories_remade == 0
        assert _state(store) == before
        assert store.counts() == {"articles": len(ALL), "stories": 3, "entities": len(before["entities"]), "rejected": 1}


def test_articles_added_day_by_day_end_in_the_stories_of_one_run(db_url, tmp_path, analyzer):
    by_day: dict[str, list[dict]] = {}
    for a in ALL:
        by_day.setdefault(a["published"][:10], []).append(a)
    with Store(db_url) as store:
        for n, (day, articles) in enumerate(sorted(by_day.items())):
            ingest(store, [str(write_jsonl(tmp_path / f"{n}-{day}.jsonl", articles))], analyzer)
        daily = {frozenset(s["articles"]) for s in store.iter_stories()}
    assert daily == {frozenset(a["id"] for a in g) for g in (FLOOD, ARREST, MATCH)}


def test_stories_closed_before_new_articles_are_not_clustered_again(db_url, tmp_path, analyzer):
    later = [{**a, "id": a["id"] + "-juli", "published": "2024-07" + a["published"][7:]} for a in ARREST]
    with Store(db_url) as store:
        ingest(store, [str(write_jsonl(tmp_path / "march.jsonl", FLOOD + ARREST))], analyzer)
        flood_story = store.story(store.article("banjir-kompas-1")["story"])
        report = ingest(store, [str(write_jsonl(tmp_path / "july.jsonl", later))], analyzer)
        # only July's articles are clustered again; March's stories stay as they were
        assert report.articles_reclustered == len(later)
        assert store.story(flood_story["id"]) == flood_story
        assert store.stories(since=__import__("datetime").date(2024, 7, 1))[1] == 1


def _run_ingest(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "telisik", "ingest", *args, "-q"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )


def _stored(db_url: str) -> int:
    engine = sa.create_engine(database_url(db_url))
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
    except sa.exc.SQLAlchemyError:
        return 0  # tables not made yet
    finally:
        engine.dispose()


def test_a_killed_ingest_run_again_ends_as_an_uninterrupted_run(db_url, tmp_path, analyzer):
    # more articles than one NLP batch (pipeline.NLP_BATCH), so the kill lands between committed batches
    many = [{**a, "id": f"{a['id']}-{k}", "url": a["url"] + f"?v={k}"} for k in range(10) for a in ALL]
    path = write_jsonl(tmp_path / "many.jsonl", many)
    reference_db = str(tmp_path / "reference.db")
    with Store(reference_db) as reference:
        ingest(reference, [str(path)], analyzer, batch_size=2)
        expected = _state(reference)

    proc = _run_ingest([str(path), "--db", db_url, "--batch", "2"])
    deadline = time.monotonic() + 120
    while _stored(db_url) < 4:
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "ingest stored nothing in two minutes"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = _stored(db_url)
    assert 0 < killed_at < len(many), "the kill must land midway"

    proc = _run_ingest([str(path), "--db", db_url, "--batch", "2"])
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    with Store(db_url) as store:
        assert _state(store) == expected


def test_a_run_that_dies_while_making_stories_is_finished_by_the_next(db_url, tmp_path, analyzer, monkeypatch):
    import telisik.store.collection as store_module

    path = write_jsonl(tmp_path / "news.jsonl", ALL)
    with Store(db_url) as store:
        real = store_module.build_stories

        def dies(*args, **kwargs):
            raise KeyboardInterrupt  # what a Ctrl-C in the story step looks like

        monkeypatch.setattr(store_module, "build_stories", dies)
        with pytest.raises(KeyboardInterrupt):
            ingest(store, [str(path)], analyzer)
        assert store.counts()["articles"] == len(ALL) and store.counts()["stories"] == 0
        assert store.pending_stories_from() is not None
        monkeypatch.setattr(store_module, "build_stories", real)
        report = ingest(store, [str(path)], analyzer)
        assert report.added == 0 and report.stories_remade == 3
        assert store.pending_stories_from() is None
        assert {frozenset(s["articles"]) for s in store.iter_stories()} == {frozenset(a["id"] for a in g) for g in (FLOOD, ARREST, MATCH)}


def test_hostile_text_is_stored_and_searched_as_text(db_url, tmp_path, analyzer):
    path = write_jsonl(tmp_path / "hostile.jsonl", [HOSTILE, *FLOOD])
    with Store(db_url) as store:
        ingest(store, [str(path)], analyzer)
        article = store.article("hostile-1")
        assert article["title"] == HOSTILE["title"]
        assert "'; DROP TABLE stories; --" in article["body"] and "../../etc/passwd" in article["body"]
        assert store.counts()["articles"] == 4  # nothing was dropped
        for query in ["DROP TABLE", "'; DROP TABLE articles; --", '"unbalanced', "NEAR(a b)", "title:x", "../../etc/passwd", "*", "%_"]:
            hits, total = store.search(query)
            assert total == len(hits)
        hits, _ = store.search("'; DROP TABLE stories; --")
        assert [h["id"] for h in hits] == ["hostile-1"]
        assert store.article("../../etc/passwd") is None and store.story("'; --") is None


def test_search_finds_words_in_titles_and_bodies_best_first(db_url, tmp_path, analyzer):
    with Store(db_url) as store:
        ingest(store, [str(write_jsonl(tmp_path / "news.jsonl", ALL))], analyzer)
        hits, total = store.search("banjir bandang")
        assert total == 2 and {h["id"] for h in hits} == {"banjir-kompas-1", "banjir-detik-1"}
        marked = [text.lower() for h in hits for text, match in h["snippet"] if match]
        assert "banjir" in marked and "bandang" in marked
        hits, total = store.search("Persebaya")
        assert [h["id"] for h in hits] == ["bola-detik-1"] and hits[0]["story"]
        assert store.search("") == ([], 0) and store.search("   ...   ") == ([], 0)
        stories, total = store.stories(q="suap")
        assert total == 1 and stories[0]["id"] == store.article("kpk-kompas-2")["story"]
        assert store.stories(outlet="Antara")[1] == 1
        assert store.stories(outlet="Detik")[1] == 2


def test_export_in_every_format(db_url, tmp_path, analyzer):
    import pyarrow.parquet as pq

    with Store(db_url) as store:
        ingest(store, [str(write_jsonl(tmp_path / "news.jsonl", ALL))], analyzer)
        store.add([], [Rejection("broken.html", "no article text found")])
        [written] = export(store, "json", str(tmp_path / "out" / "analysis.json"))
        document = json.loads(Path(written).read_text(encoding="utf-8"))
        assert document == json.loads(json.dumps(store.document(), default=str))
        assert [a["id"] for a in document["articles"]] == [a["id"] for a in ALL]
        assert document["rejected"] == [{"source": "broken.html", "reason": "no article text found"}]
        entity_ids = {e["id"] for e in document["entities"]}
        assert all(e["global_id"] in entity_ids for a in document["articles"] for e in a["entities"])
        assert all(a["story"] in {s["id"] for s in document["stories"]} for a in document["articles"])

        export(store, "jsonl", str(tmp_path / "jsonl"))
        lines = (tmp_path / "jsonl" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(x)["id"] for x in lines] == [a["id"] for a in ALL]

        export(store, "parquet", str(tmp_path / "pq"))
        table = pq.read_table(tmp_path / "pq" / "articles.parquet")
        assert table.num_rows == len(ALL) and table.column("title").to_pylist()[0] == ALL[0]["title"]
        assert json.loads(table.column("entities").to_pylist()[0])[0]["name"]
        stories = pq.read_table(tmp_path / "pq" / "stories.parquet").to_pylist()
        assert sorted(len(s["articles"]) for s in stories) == [1, 3, 3]
        assert all(isinstance(json.loads(s["background"]), list) and isinstance(json.loads(s["updates"]), list) for s in stories)


def test_store_of_the_seeds_scores_as_analyze(shared, tmp_path, analyzer):
    """The store's export is the analysis document: the scorer reads it as it reads `telisik analyze`'s."""
    with Store(str(tmp_path / "seeds.db")) as store:
        ingest(store, [str(shared / "seeds")], analyzer)
        [path] = export(store, "json", str(tmp_path / "analysis.json"))
    score = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "eval" / "dev"), "--analysis", path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures = dict(line.split() for line in score.splitlines() if line.count(" ") == 1)
    assert float(figures["story.bcubed_f1"]) == 1.0 and float(figures["clean.keep_recall"]) >= 0.95 and float(figures["quote_f1"]) >= 0.95


def test_an_article_the_database_refuses_is_rejected_and_its_batch_kept(db_url, tmp_path, analyzer, monkeypatch):
    import telisik.store.repository as store_module

    real = store_module.Store._add_articles

    def refuse_the_match(self, conn, dicts):
        if any(d["id"] == "bola-detik-1" for d in dicts):
            raise sa.exc.DataError("INSERT", {}, ValueError("value too long"))
        return real(self, conn, dicts)

    monkeypatch.setattr(store_module.Store, "_add_articles", refuse_the_match)
    with Store(db_url) as store:
        report = ingest(store, [str(write_jsonl(tmp_path / "news.jsonl", ALL))], analyzer, batch_size=50)
        assert report.added == len(ALL) - 1
        assert [r.reason for r in report.rejected] == ["could not be stored: ValueError: value too long"]
        assert store.counts()["articles"] == len(ALL) - 1 and store.article("bola-detik-1") is None
        assert store.rejections()[0]["reason"].startswith("could not be stored")


def test_the_command_line_ingests_and_exports(tmp_path, capsys):
    from telisik.cli import main

    path = write_jsonl(tmp_path / "news.jsonl", FLOOD)
    db = str(tmp_path / "cli.db")
    assert main(["ingest", str(path), "--db", db]) == 0
    assert "3 articles added" in capsys.readouterr().out
    assert main(["ingest", str(path), "--db", db]) == 0
    assert "0 articles added, 3 already stored" in capsys.readouterr().out
    assert main(["export", "--db", db, "--format", "json", "--out", "-"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in document["articles"]] == [a["id"] for a in FLOOD] and len(document["stories"]) == 1
    assert main(["ingest", str(tmp_path / "missing.jsonl"), "--db", db, "-q"]) == 2
    assert main(["export", "--db", "postgresql://nobody@127.0.0.1:1/none", "--format", "json", "--out", "-"]) == 1
    assert "cannot open the store" in capsys.readouterr().err


# ---------------------------------------------------------------------------- the store's parts, one by one


def _page(given_id: str, text: str) -> Page:
    doc = RawDocument("berita.jsonl", "text", text, record="1", given={"id": given_id, "url": "https://news.detik.com/berita/d-1"})
    return Page.read(doc)


def test_a_page_goes_under_its_own_id_beside_another_page_or_nowhere():
    page = _page("banjir-1", "Banjir merendam 12 desa di Kecamatan Muara Teluk pada Senin dini hari.")
    assert place(page, {}) is page
    # its id holds the same page (or one stored before content keys): it is stored already
    assert place(page, {"banjir-1": page.key}) == "banjir-1"
    assert place(page, {"banjir-1": None}) == "banjir-1"
    # its id holds another page: it goes under its id with its content key, and says so
    beside = place(page, {"banjir-1": "0123456789abcdef"})
    assert not isinstance(beside, str) and beside is not None
    assert beside.id == f"banjir-1~{page.key[:8]}" and beside.document().given["id"] == beside.id
    assert beside.warnings == [f"id banjir-1 already names another page; stored as {beside.id}"]
    taken = dict.fromkeys(page.wanted(), "0123456789abcdef")
    assert place(page, taken) is None


def test_an_id_no_database_holds_is_replaced_by_the_content_key():
    page = _page("kpk\x00tangkap" + "x" * 80, "KPK menangkap Bupati Lembah Hijau dalam operasi tangkap tangan, Rabu (6/3/2024).")
    assert page.id == page.key and len(page.id) == 16
    assert page.warnings and "control characters" in page.warnings[0] and "\x00" not in page.warnings[0]


def test_the_write_lock_is_one_writer_at_a_time_and_nests(tmp_path):
    with Store(str(tmp_path / "s.db")) as store:
        other: list[BaseException] = []

        def second_writer() -> None:
            try:
                with store.writing(timeout=0.05):
                    pass
            except StoreBusy as err:
                other.append(err)

        with store.writing(), store.writing():  # a writer's own nested writing passes straight through
            thread = threading.Thread(target=second_writer)
            thread.start()
            thread.join()
        assert len(other) == 1 and "another thread is writing" in str(other[0])
        # let go: the next writer gets it at once
        with store.writing(timeout=0):
            pass


def test_the_mark_of_stories_to_remake_only_moves_back(tmp_path):
    with Store(str(tmp_path / "s.db")) as store, store.engine.begin() as conn:
        assert stories_from(conn) is None
        mark_stories_from(conn, [date(2024, 3, 5), date(2024, 3, 4)])
        mark_stories_from(conn, [date(2024, 3, 9)])
        assert stories_from(conn) == date(2024, 3, 4)
        mark_stories_from(conn, [date(2024, 2, 28)])
        assert stories_from(conn) == date(2024, 2, 28)


BUPATI = {
    "id": "kpk-antara-1",
    "source": "berita.jsonl",
    "outlet": "Antara",
    "url": "https://www.antaranews.com/berita/kpk-tangkap-bupati",
    "title": "KPK Tangkap Bupati Lembah Hijau",
    "authors": ["Fathur Rochman"],
    "editors": [],
    "published": "2024-03-06T10:00:00+07:00",
    "language": "id",
    "body": "KPK menangkap Bupati Lembah Hijau Ahmad Sujana. Sujana dibawa ke Jakarta.",
    "captions": [],
    "removed": [],
    "entities": [
        {
            "id": "e1",
            "global_id": None,
            "name": "Ahmad Sujana",
            "type": "PER",
            "mentions": [{"text": "Ahmad Sujana", "start": 34, "end": 46}, {"text": "Sujana", "start": 48, "end": 54}],
        }
    ],
}


def test_a_stored_article_is_read_back_as_an_article_record(db_url):
    with Store(db_url) as store:
        store.add([BUPATI])
        [read] = store.articles([BUPATI["id"]])
    assert read["body"] == BUPATI["body"] and read["entities"][0]["global_id"].startswith("E")
    # what is kept as JSON leaves out the columns and the store's ids
    kept = stored_data({**read, "_seq": 1, "_content_key": "k"})
    assert not {"body", "story", "_seq", "_content_key"} & set(kept) and "global_id" not in kept["entities"][0]
    article = article_record({**read, "_seq": 1})
    assert article.id == BUPATI["id"] and article.body == BUPATI["body"] and article.where == "berita.jsonl"
    [entity] = article.entities
    assert isinstance(entity, Entity) and entity.global_id == read["entities"][0]["global_id"]
    assert [(m.text, m.start) for m in entity.mentions] == [("Ahmad Sujana", 34), ("Sujana", 48)]


def _news(article_id: str, body: str, entities: list[tuple[str, str, list[str]]]) -> dict:
    """A stored-article dict whose entities' mentions are found in its body."""
    ents = [
        {
            "id": f"e{n}",
            "global_id": None,
            "name": name,
            "type": kind,
            "mentions": [{"text": t, "start": body.index(t), "end": body.index(t) + len(t)} for t in texts],
        }
        for n, (name, kind, texts) in enumerate(entities, start=1)
    ]
    return {
        **BUPATI,
        "id": article_id,
        "url": f"https://www.antaranews.com/berita/{article_id}",
        "title": body[:40],
        "body": body,
        "entities": ents,
    }


BUDI_S = _news(
    "jembatan-1", "Menteri Budi S meresmikan jembatan di Cirebon.", [("Budi S", "PER", ["Budi S"]), ("Cirebon", "LOC", ["Cirebon"])]
)
BUDI_SANTOSO = _news("jembatan-2", "Budi Santoso mengatakan jembatan itu dibangun sejak 2022.", [("Budi Santoso", "PER", ["Budi Santoso"])])
# names both earlier Budis: the two stored entities become one
BOTH_BUDIS = _news(
    "jembatan-3",
    "Menteri Budi Santoso, yang biasa disapa Budi S, meninjau Cirebon.",
    [("Budi Santoso", "PER", ["Budi Santoso", "Budi S"]), ("Cirebon", "LOC", ["Cirebon"])],
)


def _linked(store: Store) -> dict[str, list]:
    """The store's entities, entity keys and article entity links, as sorted rows."""
    with store.engine.connect() as conn:
        return {
            name: sorted(tuple(json.dumps(v) if isinstance(v, list) else v for v in row) for row in conn.execute(sa.select(table)))
            for name, table in (("entities", schema.entities), ("keys", schema.entity_keys), ("links", schema.article_entities))
        }


def test_entities_linked_over_two_batches_are_those_of_one_batch(db_url, tmp_path):
    with Store(str(tmp_path / "one.db")) as store:
        store.add([BUDI_S, BUDI_SANTOSO, BOTH_BUDIS])
        at_once = _linked(store)
    with Store(db_url) as store:
        store.add([BUDI_S, BUDI_SANTOSO])
        store.add([BOTH_BUDIS])
        assert _linked(store) == at_once
        [budi] = [e for e in store.document()["entities"] if e["type"] == "PER"]
        assert budi["name"] == "Budi Santoso" and budi["aliases"] == ["Budi S"]
    # every Budi and every Cirebon is one entity
    assert len(at_once["entities"]) == 2 and len({eid for *_, eid in at_once["links"]}) == 2 and len(at_once["links"]) == 5


@pytest.mark.parametrize("first, second", [(BUDI_S, BUDI_SANTOSO), (BUDI_SANTOSO, BUDI_S)])
def test_a_merge_across_batches_keeps_the_oldest_id_whichever_name_came_first(db_url, first, second):
    with Store(db_url) as store:
        store.add([first])
        store.add([second])
        ids = {store.article(a["id"])["entities"][0]["global_id"] for a in (BUDI_S, BUDI_SANTOSO)}
        assert len(ids) == 2
        store.add([BOTH_BUDIS])
        # the oldest id is the least (the same whatever order a store saw the names in): here Budi Santoso's
        survivor = min(ids)
        assert survivor == entity_id("PER", "budi santoso")
        assert {store.article(a["id"])["entities"][0]["global_id"] for a in (BUDI_S, BUDI_SANTOSO, BOTH_BUDIS)} == {survivor}
        assert store.entity(max(ids)) is None
        entity = store.entity(survivor)
        assert entity["name"] == "Budi Santoso" and entity["aliases"] == ["Budi S"]
        assert set(entity["articles"]) == {"jembatan-1", "jembatan-2", "jembatan-3"}
        assert {eid for kind, _, eid in _linked(store)["keys"] if kind == "PER"} == {survivor}
