"""What the Dask driver holds per article and per story (issue 19), and that holding less changes no output.

- The folding linker (``EntityLinker(fold=True)``) keeps, past a few members an entity, what names the entity and
  lists its articles instead of every article entity: the same entities, names, aliases and ids.
- The threading's profile store (``ProfileStore``) writes the profiles to a temporary file past ``HOLD_PROFILES`` and
  keeps in memory only those of the open threads: the same threads.
- The driver holds each partition's linker nodes flat (``_Nodes``).

The articles and stories are invented for these tests, in the outlets' style.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import telisik.collection.linking as linking
import telisik.stories.threads as threads
from telisik.engine.batch import _Nodes
from telisik.records.stories import Story, TimelineEntry
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.threads import ProfileStore, ThreadConfig, Threader, story_profile, thread_assignment
from telisik.text import fold_name

# ---------------------------------------------------------------------------- the folding linker


def _entity(name: str, kind: str, *mentions: str) -> dict:
    return {"name": name, "type": kind, "mentions": [{"text": m} for m in (name, *mentions)]}


# a week of Bali news: the city written two ways (the merge of "Kota Denpasar" into "Denpasar"), its police, the
# governor by his full name and his short one, a minister, a body and its acronym
BALI = [
    ("b01", [_entity("Denpasar", "LOC"), _entity("Polresta Denpasar", "ORG", "polisi")]),
    ("b02", [_entity("Kota Denpasar", "LOC", "Denpasar"), _entity("Wayan Koster", "PER", "Koster")]),
    ("b03", [_entity("Kota Denpasar", "LOC"), _entity("Badan Penanggulangan Bencana Daerah", "ORG", "BPBD")]),
    ("b04", [_entity("Denpasar", "LOC", "Kota Denpasar"), _entity("I Wayan Koster", "PER", "Wayan Koster", "Koster")]),
    ("b05", [_entity("Wayan Koster", "PER"), _entity("Bali", "LOC"), _entity("DENPASAR", "LOC", "Denpasar")]),
    ("b06", [_entity("Sandiaga Uno", "PER", "Sandiaga"), _entity("Bali", "LOC", "Pulau Dewata"), _entity("Denpasar", "LOC")]),
    ("b07", [_entity("Polresta Denpasar", "ORG"), _entity("Denpasar", "LOC"), _entity("Wayan Koster", "PER", "Gubernur Koster")]),
    ("b08", [_entity("Bali", "LOC"), _entity("Sandiaga Uno", "PER"), _entity("Kementerian Pariwisata", "ORG", "Kemenpar")]),
] * 3  # each article three times, under new ids (``_bali``): the entities grow past a few members


def _bali() -> list[tuple[str, list[dict]]]:
    return [(f"{aid}-{i}", ents) for i, (aid, ents) in enumerate(BALI)]


def _linked(fold: bool) -> tuple[linking.EntityLinker, list[dict], list[list[str | None]]]:
    linker = linking.EntityLinker(fold=fold)
    nodes = [linker.add_nodes(aid, ents) for aid, ents in _bali()]
    ids = [[None if n is None else linker.global_id(n) for n in article] for article in nodes]
    return linker, [e.to_dict() for e in linker.entities()], ids


@pytest.mark.parametrize("limit", [0, 1, 3])
def test_a_folding_linker_gives_the_entities_names_aliases_and_ids_of_the_plain_one(monkeypatch, limit):
    plain = _linked(fold=False)
    merges = []
    fold_merged = linking._fold_merged
    monkeypatch.setattr(linking, "FOLD_MEMBERS", limit)
    monkeypatch.setattr(linking, "_fold_merged", lambda *a: merges.append(a[0].id) or fold_merged(*a))
    folded = _linked(fold=True)
    assert folded[1:] == plain[1:]
    koster = next(e for e in folded[1] if e["name"] == "I Wayan Koster")
    assert {"Wayan Koster", "Koster", "Gubernur Koster"} <= set(koster["aliases"])
    # the entities did fold, and (folding at once) "Kota Denpasar" met "Denpasar" folded
    assert all(len(e.members) <= limit for e in folded[0]._entities.values())
    assert any(e.folded is not None for e in folded[0]._entities.values())
    assert merges or limit > 1


def test_a_folding_linker_keeps_an_entitys_members_only_up_to_a_few():
    linker = linking.EntityLinker(fold=True)
    for i in range(100):
        linker.add_nodes(f"a{i}", [_entity("Wayan Koster", "PER", "Koster"), _entity("Bali", "LOC")])
    (koster, bali) = linker._entities.values()
    assert len(koster.members) <= linking.FOLD_MEMBERS and koster.folded is not None
    assert len(koster.folded.articles) + len(koster.members) == 100
    entities = [e.to_dict() for e in linker.entities()]  # the members since the last fold folded too
    assert koster.folded.names == {"Wayan Koster": [100, 0]} and not koster.members
    assert [(e["name"], e["aliases"], len(e["articles"])) for e in entities] == [("Wayan Koster", ["Koster"], 100), ("Bali", [], 100)]


def test_a_folding_linker_gives_no_links_of_article_entities():
    linker = linking.EntityLinker(fold=True)
    linker.add_nodes("a1", [_entity("Wayan Koster", "PER")])
    with pytest.raises(ValueError):
        linker.global_ids()
    with pytest.raises(ValueError):
        linker.key_map()


# ---------------------------------------------------------------------------- the driver's nodes


def test_nodes_held_flat_give_each_articles_nodes_back():
    nodes = _Nodes()
    for article in ([0, 1, None], [], [2], [None, 70_000, 3]):
        nodes.append(article)
    assert list(nodes) == [[0, 1, None], [], [2], [None, 70_000, 3]]
    assert len(nodes.flat) == 7


# ---------------------------------------------------------------------------- the threading's profiles


def _article(aid: str, title: str, names: list[tuple[str, str, int]]) -> dict:
    return {"id": aid, "title": title, "entities": [{"name": n, "type": t, "mentions": [{"text": n}] * k} for n, t, k in names]}


def _event(kind: str, who: list[str], where: str, day: str) -> TimelineEntry:
    return TimelineEntry(when=day, type=kind, who=who, where=where, status="occurred", description=kind.lower(), articles=[])


def _quake(sid: str, day: date, title: str) -> tuple[Story, list[dict]]:
    """A story of a quake off a regency: the regency, its BPBD, the BMKG; a quake and an evacuation that day."""
    names = [("Kabupaten Cianjur", "LOC", 4), ("BPBD Cianjur", "ORG", 2), ("BMKG", "ORG", 2), ("Desa Cibeureum", "LOC", 2)]
    article = _article(f"{sid}-a", title, names)
    story = Story(id=sid, title=title, articles=[article["id"]], outlets=["Detik"], first=day.isoformat(), last=day.isoformat())
    iso = day.isoformat()
    story.timeline = [_event("DISASTER", ["BMKG"], "Kabupaten Cianjur", iso), _event("EVACUATE", ["BPBD Cianjur"], "Desa Cibeureum", iso)]
    return story, [article]


def _flood(sid: str, day: date) -> tuple[Story, list[dict]]:
    names = [("Kabupaten Bekasi", "LOC", 3), ("Kali Bekasi", "LOC", 2)]
    article = _article(f"{sid}-a", "Banjir Rendam Perumahan di Bekasi", names)
    return Story(id=sid, title=article["title"], articles=[article["id"]], outlets=["Kompas"], first=day.isoformat(), last=day.isoformat()), [
        article
    ]


def _profiles(config: ThreadConfig) -> list:
    """Three quakes a month apart (each over two days: a thread each, the one before long closed) and a flood a day."""
    stories = []
    for month in range(3):
        start = date(2025, 3, 1) + timedelta(days=40 * month)
        stories.append(_quake(f"Q{month}a", start, "Gempa Magnitudo 5,6 Guncang Cianjur"))
        stories.append(_quake(f"Q{month}b", start + timedelta(days=1), "Warga Cianjur Mengungsi Usai Gempa"))
        stories += [_flood(f"F{month}-{d}", start + timedelta(days=d)) for d in range(3)]
    df = DocumentFrequencies()
    for _, articles in stories:
        for a in articles:
            df.add(["e:" + fold_name(e["name"]) for e in a["entities"]])
    for _ in range(200):
        df.add(["e:indonesia", "e:jakarta"])
    return [story_profile(s, arts, df, config) for s, arts in stories]


def test_profiles_held_on_disk_give_the_same_threads(monkeypatch):
    config = ThreadConfig(min_stories=2)
    held = thread_assignment(_profiles(config), config)
    assert len({tid for tid, _ in held.values()}) >= 2  # threads to compare, not none
    monkeypatch.setattr(threads, "HOLD_PROFILES", 0)
    assert thread_assignment(_profiles(config), config) == held


def test_the_threading_lets_go_of_the_profiles_of_closed_threads():
    config = ThreadConfig(min_stories=2)
    store = ProfileStore(hold=0)
    profiles = threads.profile_order(_profiles(config))
    for profile in profiles:
        store.stash(profile)
    threader = Threader(config, store)
    for profile in profiles:
        threader.add(store[profile.id])
    # the last quake's month is open; the stories of the two months before are on disk only
    assert set(store.held) == {p.id for p in profiles if p.id.endswith(("2a", "2b")) or p.id.startswith("F2")}
    assert store["Q0a"] == next(p for p in profiles if p.id == "Q0a") and len(store) == len(profiles)
    store.close()
