"""Entities linked across articles only on evidence: no chain through one wrong article entity (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from telisik.collection.linking import EntityLinker, KnownEntity, RunningNames, link_across
from telisik.store import schema
from telisik.store.collection import ContentIds, entity_id
from telisik.store.repository import Store

REPO = Path(__file__).resolve().parent.parent


def ents(*rows: tuple[str, str, list[str]]) -> list[dict]:
    return [
        {"id": f"e{i}", "global_id": None, "name": n, "type": t, "mentions": [{"text": m, "start": 0, "end": len(m)} for m in ms]}
        for i, (n, t, ms) in enumerate(rows, start=1)
    ]


class Art:
    def __init__(self, aid: str, *rows: tuple[str, str, list[str]]):
        self.id, self.entities = aid, ents(*rows)

    @classmethod
    def of(cls, stored: dict) -> Art:
        """An article as the linker reads it, sharing a stored dict's entities (their global ids are set there)."""
        art = cls(stored["id"])
        art.entities = stored["entities"]
        return art


def test_an_article_entity_carrying_another_places_name_does_not_join_two_places():
    # the in-article linker once put "Republik Korea" (Korea Selatan) into an "Indonesia" entity
    articles = [
        Art("a1", ("Indonesia", "LOC", ["Indonesia", "Republik Indonesia"])),
        Art("a2", ("Korea Selatan", "LOC", ["Korea Selatan", "Republik Korea"])),
        Art("a3", ("Indonesia", "LOC", ["Indonesia", "Republik Korea"])),
    ]
    out = {e.name: e for e in link_across(articles)}
    assert out["Indonesia"].articles == ["a1", "a3"] and out["Korea Selatan"].articles == ["a2"]
    assert articles[0].entities[0]["global_id"] == articles[2].entities[0]["global_id"] != articles[1].entities[0]["global_id"]


def test_a_mention_still_joins_entities_of_one_identity_or_none():
    articles = [
        Art("a1", ("Budi S", "PER", ["Budi S"])),
        Art("a2", ("Budi Santoso", "PER", ["Budi Santoso"])),
        Art("a3", ("Budi Santoso", "PER", ["Budi Santoso", "Budi S"])),
    ]
    [budi] = link_across(articles)
    assert budi.articles == ["a1", "a2", "a3"]


def test_spelling_variants_and_short_forms_of_a_province_are_one_entity():
    articles = [
        Art("a1", ("Sumatera Utara", "LOC", ["Sumatera Utara"])),
        Art("a2", ("Sumatra Utara", "LOC", ["Sumatra Utara"])),
        Art("a3", ("Sumut", "LOC", ["Sumut"])),
        Art("a4", ("Jawa Barat", "LOC", ["Jawa Barat"]), ("Jawa Timur", "LOC", ["Jatim"])),
    ]
    out = {e.name: e.articles for e in link_across(articles)}
    assert out == {"Sumatera Utara": ["a1", "a2", "a3"], "Jawa Barat": ["a4"], "Jawa Timur": ["a4"]}


def test_a_stored_entity_is_known_by_its_stored_gazetteer_key():
    linker = EntityLinker(ids=ContentIds(), names=RunningNames(max_aliases=60))
    known = [KnownEntity("E1", "LOC", "Indonesia", ["RI"]), KnownEntity("E2", "LOC", "Malaysia", [])]
    keys = [("LOC", "indonesia", "E1"), ("LOC", "kb:Indonesia", "E1"), ("LOC", "republik indonesia", "E1")]
    linker.load(known, [*keys, ("LOC", "malaysia", "E2"), ("LOC", "kb:Malaysia", "E2")])
    # a wrong article entity: Malaysia carrying "Republik Indonesia"
    ids = linker.add("a9", ents(("Malaysia", "LOC", ["Malaysia", "Republik Indonesia"])))
    changes = linker.changes()
    assert ids == {"e1": "E2"} and changes.merged == {}


# ---------------------------------------------------------------------------- the store's repair


def _news(aid: str, body: str, rows: list[tuple[str, str, list[str]]]) -> dict:
    return {
        "id": aid,
        "source": "berita.jsonl",
        "outlet": "Antara",
        "url": f"https://www.antaranews.com/berita/{aid}",
        "title": body[:40],
        "published": "2025-06-18T10:00:00+07:00",
        "language": "id",
        "body": body,
        "entities": [
            {
                "id": f"e{i}",
                "name": n,
                "type": t,
                "mentions": [{"text": m, "start": body.index(m), "end": body.index(m) + len(m)} for m in ms],
            }
            for i, (n, t, ms) in enumerate(rows, start=1)
        ],
    }


JAKARTA = _news("kurs-1", "Rupiah menguat di Jakarta pada Rabu.", [("Jakarta", "LOC", ["Jakarta"])])
KOI = _news(
    "koi-1",
    "Komite Olimpiade Indonesia (KOI) melepas atlet ke Bangkok.",
    [("Komite Olimpiade Indonesia", "ORG", ["Komite Olimpiade Indonesia", "KOI"]), ("Bangkok", "LOC", ["Bangkok"])],
)
PSSI = _news("pssi-1", "Ketua Umum PSSI Erick Thohir tiba di Bangkok.", [("PSSI", "ORG", ["PSSI"]), ("Bangkok", "LOC", ["Bangkok"])])


def _links(store: Store) -> dict[tuple[str, str], str]:
    with store.engine.connect() as conn:
        return {(a, local): eid for a, local, eid in conn.execute(sa.select(schema.article_entities))}


def test_the_migration_undoes_a_stored_wrong_chain_and_keeps_surviving_ids(tmp_path):
    from alembic import command
    from alembic.config import Config

    db = str(tmp_path / "telisik.db")
    with Store(db) as store:
        store.add([JAKARTA, KOI, PSSI])
        right = _links(store)
        koi_id, pssi_id = right[("koi-1", "e1")], right[("pssi-1", "e1")]
        assert koi_id != pssi_id and right[("koi-1", "e2")] == right[("pssi-1", "e2")]
        # what the old rules left: "KOI" and "PSSI" chained into one organisation, the newer id gone
        gone, kept = max(koi_id, pssi_id), min(koi_id, pssi_id)
        ek, ae, e = schema.entity_keys, schema.article_entities, schema.entities
        with store.engine.begin() as conn:
            conn.execute(sa.update(ek).where(ek.c.entity_id == gone).values(entity_id=kept))
            conn.execute(sa.update(ae).where(ae.c.entity_id == gone).values(entity_id=kept))
            conn.execute(sa.delete(e).where(e.c.id == gone))
            conn.execute(sa.update(e).where(e.c.id == kept).values(aliases=["KOI", "PSSI"]))
        assert len(set(_links(store).values())) == len(set(right.values())) - 1
        config = Config()
        config.set_main_option("script_location", str(REPO / "src" / "telisik" / "store" / "migrations"))
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "-1")
    with Store(db) as store:  # migrates again: the links are rebuilt
        assert _links(store) == right
        assert store.entity(gone) is not None and store.entity(kept) is not None
        koi, pssi = store.entity(koi_id), store.entity(pssi_id)
        assert koi is not None and pssi is not None
        assert (koi["name"], koi["aliases"], pssi["name"], pssi["aliases"]) == ("Komite Olimpiade Indonesia", ["KOI"], "PSSI", [])
        # the ids are those the entities' keys give, in any store
        assert pssi_id == entity_id("ORG", "pssi")


def test_a_store_batch_knows_a_stored_entitys_identity_even_through_a_key_without_one(tmp_path):
    pertiwi = _news("ri-1", "Indonesia, Bumi Pertiwi, menyambut tamu.", [("Indonesia", "LOC", ["Indonesia", "Bumi Pertiwi"])])
    # a wrong article entity: Malaysia carrying Indonesia's nickname
    malaysia = _news("my-1", "Malaysia dan Bumi Pertiwi berunding.", [("Malaysia", "LOC", ["Malaysia", "Bumi Pertiwi"])])
    with Store(str(tmp_path / "telisik.db")) as store:
        store.add([pertiwi])
        store.add([malaysia])
        links = _links(store)
        assert links[("ri-1", "e1")] != links[("my-1", "e1")]
        assert (store.entity(links[("ri-1", "e1")]) or {}).get("name") == "Indonesia"


# ---------------------------------------------------------------------------- the sample for judging


def test_the_link_sample_draws_cross_article_merges_with_their_sentences(tmp_path):
    from script_loader import load_script

    sample = load_script("link_sample", REPO / "scripts" / "link_sample.py")
    articles = [
        _news("a1", "Gempa mengguncang Sumatera Utara. Warga panik.", [("Sumatera Utara", "LOC", ["Sumatera Utara"])]),
        _news("a2", "Di Sumut, sekolah diliburkan. Banjir juga terjadi.", [("Sumut", "LOC", ["Sumut"])]),
        _news("a3", "Gubernur Sumatera Utara meninjau lokasi.", [("Sumatera Utara", "LOC", ["Sumatera Utara"])]),
    ]
    for a in articles:
        a["sentences"] = [[0, a["body"].index(".") + 1], [a["body"].index(".") + 2, len(a["body"])]]
    entities = link_across([Art.of(a) for a in articles])
    document = {"articles": articles, "entities": [{"id": e.id, "name": e.name} for e in entities]}
    # the same name again is no merge worth judging, unless asked for
    [merge] = sample.merges(document)
    assert (merge.first.name, merge.joined.name, merge.entity_name) == ("Sumatera Utara", "Sumut", "Sumatera Utara")
    assert merge.joined.sentence == "Di [[Sumut]], sekolah diliburkan."
    assert len(sample.merges(document, same_names=True)) == 2
    out = tmp_path / "links.md"
    assert sample.main([str(_write(tmp_path / "analysis.json", document)), "--n", "5", "--seed", "3", "--out", str(out)]) == 0
    assert "1 of 1 drawn" in out.read_text() and "[[Sumatera Utara]]" in out.read_text()


def _write(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_generic_team_name_links_nothing_across_articles():
    football = _news(
        "fb-1",
        "Skuad Garuda kalah dari Jepang. Timnas Indonesia kalah 0-6.",
        [("Timnas Indonesia", "ORG", ["Skuad Garuda", "Timnas Indonesia"])],
    )
    futsal = _news(
        "fs-1", "Timnas Futsal Indonesia diundang ke China. Skuad Garuda belum pasti ikut.", [("Skuad Garuda", "ORG", ["Skuad Garuda"])]
    )
    again = _news("fb-2", "Timnas Indonesia bersiap menghadapi ronde keempat.", [("Timnas Indonesia", "ORG", ["Timnas Indonesia"])])
    linker = EntityLinker()
    ids = {a["id"]: linker.add(a["id"], a["entities"]) for a in (football, futsal, again)}
    assert ids["fb-1"]["e1"] == ids["fb-2"]["e1"]
    assert ids["fs-1"]["e1"] != ids["fb-1"]["e1"]


def test_a_paper_called_as_is_not_linked_to_the_country_its_name_folds_to():
    usa = _news("us-1", "AS menekan Iran.", [("AS", "LOC", ["AS"])])
    paper = _news("as-1", "Hal itu dikatakan Alonso kepada As.", [("As", "LOC", ["As"])])  # the model types it a place
    again = _news("us-2", "Presiden AS berbicara.", [("AS", "LOC", ["AS"])])
    linker = EntityLinker()
    ids = {a["id"]: linker.add(a["id"], a["entities"]) for a in (usa, paper, again)}
    assert ids["us-1"]["e1"] == ids["us-2"]["e1"] != ids["as-1"]["e1"]


def test_a_one_word_name_that_names_many_things_links_nothing_across_articles():
    # a capitalised ordinary word, a suspect's initials and a common given name are different things in each report
    first = Art(
        "a1",
        ("Terdakwa", "PER", ["Terdakwa"]),
        ("RK", "PER", ["RK"]),
        ("Agus", "PER", ["Agus"]),
        ("Habiburokhman", "PER", ["Habiburokhman"]),
    )
    second = Art(
        "a2",
        ("Terdakwa", "PER", ["Terdakwa"]),
        ("RK", "PER", ["RK"]),
        ("Agus", "PER", ["Agus"]),
        ("Habiburokhman", "PER", ["Habiburokhman"]),
    )
    link_across([first, second])
    ids = [(a["name"], a["global_id"], b["global_id"]) for a, b in zip(first.entities, second.entities, strict=True)]
    assert [name for name, one, two in ids if one == two] == ["Habiburokhman"]


def test_a_fuller_name_with_a_common_given_name_still_links():
    articles = [
        Art("a1", ("Agus Andrianto", "PER", ["Agus Andrianto", "Agus"])),
        Art("a2", ("Agus Andrianto", "PER", ["Agus Andrianto"])),
    ]
    [agus] = link_across(articles)
    assert agus.articles == ["a1", "a2"]


def test_a_court_named_by_its_level_only_joins_no_two_cities_courts():
    articles = [
        Art("a1", ("Pengadilan Negeri Surabaya", "ORG", ["Pengadilan Negeri Surabaya", "Pengadilan Negeri", "PN"])),
        Art("a2", ("Pengadilan Negeri Jakarta Selatan", "ORG", ["Pengadilan Negeri Jakarta Selatan", "Pengadilan Negeri"])),
        Art("a3", ("Pengadilan Negeri", "ORG", ["Pengadilan Negeri"])),
    ]
    link_across(articles)
    assert len({a.entities[0]["global_id"] for a in articles}) == 3


def test_spelling_variants_without_accents_or_spaces_are_one_entity():
    articles = [
        Art("a1", ("Kylian Mbappé", "PER", ["Kylian Mbappé"]), ("Bandar Lampung", "LOC", ["Bandar Lampung"])),
        Art("a2", ("Kylian Mbappe", "PER", ["Kylian Mbappe"]), ("Bandarlampung", "LOC", ["Bandarlampung"])),
        Art("a3", ("Asosiasi Sepakbola Inggris", "ORG", ["Asosiasi Sepakbola Inggris"])),
        Art("a4", ("Asosiasi Sepak Bola Inggris", "ORG", ["Asosiasi Sepak Bola Inggris"])),
    ]
    out = sorted((e.type, e.articles) for e in link_across(articles))
    assert out == [("LOC", ["a1", "a2"]), ("ORG", ["a3", "a4"]), ("PER", ["a1", "a2"])]


def test_a_persons_name_written_without_its_space_is_another_persons():
    # "Adi Putra" and "Adiputra" are both given names: glued, a person's name is not the spaced one
    articles = [
        Art("a1", ("Adi Putra", "PER", ["Adi Putra"]), ("PT PLN", "ORG", ["PT PLN"])),
        Art("a2", ("Adiputra", "PER", ["Adiputra"]), ("PTPLN", "ORG", ["PTPLN"])),
    ]
    link_across(articles)
    first, second = articles
    assert [e["global_id"] for e in first.entities] != [e["global_id"] for e in second.entities]
    assert first.entities[0]["global_id"] != second.entities[0]["global_id"]
    # too short to tell a glued body's name from another name
    assert first.entities[1]["global_id"] != second.entities[1]["global_id"]


def test_a_brand_with_a_closing_plus_is_not_the_word_without_it():
    # "Vision+" (a streaming service) and the "Vision" of "Copilot Vision" fold alike but for the plus
    articles = [
        Art("a1", ("Vision+", "ORG", ["Vision+"])),
        Art("a2", ("Vision", "ORG", ["Vision"])),
        Art("a3", ("Vision+", "ORG", ["Vision+"])),
    ]
    out = {e.name: e.articles for e in link_across(articles)}
    assert out == {"Vision+": ["a1", "a3"], "Vision": ["a2"]}


def test_the_island_of_sumatra_in_both_spellings_is_one_entity_and_not_its_provinces():
    articles = [
        Art("a1", ("Sumatera", "LOC", ["Sumatera"])),
        Art("a2", ("Sumatra", "LOC", ["Sumatra"])),
        Art("a3", ("Sumatera Utara", "LOC", ["Sumatera Utara"])),
    ]
    out = {e.name: e.articles for e in link_across(articles)}
    assert out == {"Sumatera": ["a1", "a2"], "Sumatera Utara": ["a3"]}


def test_two_entities_one_article_kept_apart_are_not_chained_by_a_later_article_entity():
    # a match report names both national teams as two entities; a later article's entity wrongly holds both names
    articles = [
        Art("a1", ("Timnas Indonesia", "ORG", ["Timnas Indonesia"]), ("Timnas Jepang", "ORG", ["Timnas Jepang", "Samurai Biru"])),
        Art("a2", ("Timnas Indonesia", "ORG", ["Timnas Indonesia", "Timnas Jepang"])),
        Art("a3", ("Timnas Jepang", "ORG", ["Timnas Jepang"])),
    ]
    link_across(articles)
    gid = {a.id + ":" + e["name"]: e["global_id"] for a in articles for e in a.entities}
    assert gid["a1:Timnas Indonesia"] != gid["a1:Timnas Jepang"]
    assert gid["a2:Timnas Indonesia"] == gid["a1:Timnas Indonesia"]
    assert gid["a3:Timnas Jepang"] == gid["a1:Timnas Jepang"]
