"""A bare country's reading (``Entity.reads_as``) from the entity component to every engine's linker.

The entity component reads each mention of a bare country in its own sentence (``side_reading``): "Indonesia kalah
0-6 dari Jepang" is the national side, "warga Indonesia di Osaka, Jepang" the country. The article entity carries the
reading into analysis.json, and the linkers of the local engine, the Dask engine and the store follow it: the match
report's "Indonesia" joins the side, the feature's joins the country, in all three.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
import sqlalchemy as sa

from telisik.engine import batch
from telisik.engine.batch import Partition
from telisik.nlp.entities import with_country_readings
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.output.render import write_outputs
from telisik.records import Article
from telisik.records.document import shipped_schema
from telisik.records.entities import Entity, Mention
from telisik.store import schema
from telisik.store.repository import Store

MATCH = {
    "id": "laga-1",
    "url": "https://bola.contoh.id/timnas-kalah-dari-jepang",
    "published": "2025-06-10T21:30:00+07:00",
    "title": "Timnas Indonesia Dihajar Jepang di Osaka",
    "text": (
        "Timnas Indonesia menelan kekalahan telak dalam laga terakhir Grup C putaran ketiga Kualifikasi Piala Dunia "
        "2026.\n\nIndonesia kalah 0-6 dari Jepang pada Selasa (10/6/2025) malam.\n\n"
        "Pelatih Patrick Kluivert mengakui Jepang bermain jauh lebih baik sepanjang pertandingan.\n\n"
        '"Kami harus belajar dari laga ini," kata Kluivert seusai pertandingan.'
    ),
}
# a feature about the side's supporters: it names the side, but its bare "Indonesia" and "Jepang" are the country
FEATURE = {
    "id": "warga-1",
    "url": "https://kabar.contoh.id/warga-indonesia-di-osaka",
    "published": "2025-06-10T23:00:00+07:00",
    "title": "Ratusan Suporter Padati Stadion Suita",
    "text": (
        "Ratusan warga Indonesia di Osaka, Jepang, memadati tribun Stadion Suita untuk mendukung Timnas Indonesia.\n\n"
        "Sebagian besar dari mereka adalah pelajar dan pekerja magang yang sudah bertahun-tahun tinggal di kota itu.\n\n"
        '"Kami datang sejak sore, membawa bendera dan syal," kata Rina, seorang perawat asal Bandung.'
    ),
}
NEWS = {
    "id": "ekspor-1",
    "url": "https://kabar.contoh.id/ekspor-ke-jepang-naik",
    "published": "2025-06-10T09:00:00+07:00",
    "title": "Ekspor ke Jepang Naik",
    "text": (
        "Pemerintah Indonesia mencatat nilai ekspor ke Jepang naik 12 persen pada Mei 2025.\n\n"
        "Menteri Perdagangan Budi Santoso mengatakan kenaikan itu ditopang oleh nikel dan batu bara."
    ),
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    path = tmp_path_factory.mktemp("berita") / "berita.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (MATCH, FEATURE, NEWS)), encoding="utf-8")
    return [str(path)]


@pytest.fixture(scope="module")
def local(analyzer, inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    write_outputs(analyzer.analyze(inputs), out)
    return out


def _load(out: Path) -> dict:
    return json.loads((out / "analysis.json").read_text(encoding="utf-8"))


def _entity(doc: dict, article_id: str, name: str, kind: str) -> dict:
    article = next(a for a in doc["articles"] if a["id"] == article_id)
    return next(e for e in article["entities"] if e["name"] == name and e["type"] == kind)


def _partition(links: dict[tuple[str, str], str]) -> set[frozenset[tuple[str, str]]]:
    """The article entities grouped by the collection entity they are linked to, whatever its id."""
    groups: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for member, gid in links.items():
        groups[gid].add(member)
    return {frozenset(g) for g in groups.values()}


def _document_links(doc: dict) -> dict[tuple[str, str], str]:
    return {(a["id"], e["id"]): e["global_id"] for a in doc["articles"] for e in a["entities"] if e.get("global_id")}


# ---------------------------------------------------------------------------- the local engine, end to end


def test_a_match_reports_country_joins_the_side_and_a_features_the_country(local):
    doc = _load(local)
    side = _entity(doc, "laga-1", "Timnas Indonesia", "ORG")
    beaten = _entity(doc, "laga-1", "Indonesia", "LOC")
    people = _entity(doc, "warga-1", "Indonesia", "LOC")
    state = _entity(doc, "ekspor-1", "Indonesia", "LOC")
    assert (beaten["reads_as"], people["reads_as"]) == ("side", "country")
    # "Indonesia kalah 0-6 dari Jepang" is the side the report names: one collection entity
    assert beaten["global_id"] == side["global_id"]
    # "warga Indonesia di Osaka" is the country, though its article names the side too
    assert people["global_id"] == state["global_id"] != side["global_id"]
    assert _entity(doc, "warga-1", "Timnas Indonesia", "ORG")["global_id"] == side["global_id"]
    # "Osaka, Jepang": the place's country, linked to the country of the trade news
    osaka_japan = _entity(doc, "warga-1", "Jepang", "LOC")
    assert osaka_japan["reads_as"] == "country"
    assert osaka_japan["global_id"] == _entity(doc, "ekspor-1", "Jepang", "LOC")["global_id"]


def test_an_entity_with_no_reading_writes_no_reads_as(local):
    doc = _load(local)
    for article in doc["articles"]:
        for ent in article["entities"]:
            # a person, a town, a side: no country, no reading, no key (analysis.json keeps its shape)
            if ent["type"] != "LOC" or ent["name"] in ("Osaka", "Stadion Suita", "Bandung"):
                assert "reads_as" not in ent, ent


def test_the_store_links_as_the_local_engine(local, tmp_path):
    doc = _load(local)
    with Store(str(tmp_path / "telisik.db")) as store:
        store.add(doc["articles"])
        with store.engine.connect() as conn:
            stored = {(a, local_id): eid for a, local_id, eid in conn.execute(sa.select(schema.article_entities))}
        # the entity's reading is kept with the article, so a later relink follows it too
        kept = {"articles": [store.article("warga-1")]}
        assert _entity(kept, "warga-1", "Indonesia", "LOC")["reads_as"] == "country"
    linked = _document_links(doc)
    # the store leaves some names the document links unlinked (a lone given name, "Rina"): compare the rest
    common = stored.keys() & linked.keys()
    assert {("laga-1", "e1"), ("laga-1", "e2"), ("warga-1", "e1"), ("warga-1", "e3"), ("ekspor-1", "e1")} <= common
    assert _partition({k: stored[k] for k in common}) == _partition({k: linked[k] for k in common})


# ---------------------------------------------------------------------------- the Dask engine's compact entities


def test_the_dask_drivers_entities_carry_the_reading(local):
    doc = _load(local)
    articles = [Article.from_dict({k: v for k, v in a.items() if k != "story"}) for a in doc["articles"]]
    lists = batch.partition_entities(Partition(0, list(enumerate(articles))))
    compact = {aid: batch._compact_entities(ents) for aid, ents in lists}
    assert compact["warga-1"][0] == {
        "id": "1",
        "name": "Indonesia",
        "type": "LOC",
        "mentions": [{"text": "Indonesia"}],
        "reads_as": "country",
    }
    # an entity of no reading has no key, as the record's dict has none
    assert all("reads_as" not in e for e in compact["ekspor-1"] if e["type"] == "PER")


def test_the_dask_engine_gives_the_local_engines_links(local, inputs, tmp_path):
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    client = distributed.Client(cluster)
    try:
        batch.run(inputs, tmp_path, client, chunk=1, min_chunk=1)
    finally:
        client.close()
        cluster.close()
    assert _load(tmp_path) == _load(local)
    assert (tmp_path / "analysis.json").read_bytes() == (local / "analysis.json").read_bytes()


# ---------------------------------------------------------------------------- the record and the component


def test_the_reading_round_trips_and_the_schema_names_it():
    ent = Entity("e1", None, "Jepang", "LOC", [Mention("Jepang", 0, 6)], reads_as="side")
    assert Entity.from_dict(ent.to_dict()) == ent
    assert "reads_as" not in Entity("e2", None, "Osaka", "LOC", [Mention("Osaka", 0, 5)]).to_dict()
    reads_as = json.loads(shipped_schema())["$defs"]["Entity"]["properties"]["reads_as"]
    assert reads_as["anyOf"][0]["enum"] == ["side", "country"]


def test_only_a_country_gets_a_reading():
    text = "Klub Indonesia, Persija Jakarta, menjamu klub Malaysia di Jakarta."
    ents = [
        Entity("e1", None, "Indonesia", "LOC", [Mention("Indonesia", 5, 14)]),
        Entity("e2", None, "Persija Jakarta", "ORG", [Mention("Persija Jakarta", 16, 31)]),
        Entity("e3", None, "Malaysia", "LOC", [Mention("Malaysia", 46, 54)]),
        Entity("e4", None, "Jakarta", "LOC", [Mention("Jakarta", 58, 65)]),
    ]
    assert [text[m.start : m.end] for e in ents for m in e.mentions] == [e.name for e in ents]
    read = with_country_readings(default_lexicon(), text, ents)
    assert [e.reads_as for e in read] == ["country", None, "country", None]
