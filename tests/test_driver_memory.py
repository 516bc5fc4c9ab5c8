"""What the Dask driver holds per article and per story (issue 19), and that holding less changes no output.

- The folding linker (``EntityLinker(fold=True)``) keeps, past a few members an entity, what names the entity and
  lists its articles instead of every article entity: the same entities, names, aliases and ids.
- The threading's profile store (``ProfileStore``) writes the profiles to a temporary file past ``HOLD_PROFILES`` and
  keeps in memory only those of the open threads: the same threads.
- The driver holds each partition's linker nodes flat (``_Nodes``).
- A closed story keeps no rank among the open stories' (``_number``) and shares its days with the other closed stories
  of those days; the driver's stream hands the clusterer the id string it keeps itself: an article's id is held once.
- The driver's clusterer writes its closed stories to disk (``StoryClusterer.spill_closed``) and reads them back whole;
  the spill's folder is gone once the clusterer is closed.
- The folding linker lists an entity's articles by number (``_ArticleSeq``): they come back as ids, in order; at the
  end it gives its entities up one by one (``drained``). The union-find's parents are a typed array.
- The deduplicator keeps where an id was first seen as a number where it can write the place back the same.
- The deduplicator's places and the spilled stories' offsets are typed arrays by their keys' numbers (``KeyIndex``),
  read as the dicts they replace; the nodes a byte each, from their article's lowest node.
- The global ids made at the end of linking are held per partition as places in its distinct ids (``_GlobalIds``), read
  by ``finalise_partition`` as the per-article lists they replace; the linker's nodes are let go partition by partition.

The articles and stories are invented for these tests, in the outlets' style.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import telisik.collection.linking as linking
import telisik.stories.threads as threads
from telisik.collection.steps import Deduplicator
from telisik.engine import batch
from telisik.engine.batch import _GlobalIds, _Nodes
from telisik.nlp.union_find import UnionFind
from telisik.records.stories import Story, TimelineEntry
from telisik.spill import KeyIndex, SpilledValues
from telisik.stories.cluster import ClosedStory, ClusterConfig, StoryClusterer
from telisik.stories.cluster import Story as ClusterStory
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


def test_a_folding_linker_folds_an_entity_past_six_members():
    # a fold (some 1.1 KB) is smaller than seven members (some 190 bytes each): past six, the members fold
    linker = linking.EntityLinker(fold=True)
    for i in range(6):
        linker.add_nodes(f"rapat-{i}", [_entity("Dedi Mulyadi", "PER", "Dedi")])
    (dedi,) = linker._entities.values()
    assert dedi.folded is None and len(dedi.members) == 6
    linker.add_nodes("rapat-6", [_entity("Dedi Mulyadi", "PER", "KDM")])
    assert dedi.folded is not None and not dedi.members and len(dedi.folded.articles) == 7
    assert [(e.name, e.aliases) for e in linker.entities()] == [("Dedi Mulyadi", ["Dedi", "KDM"])]


def test_a_fold_absorbing_a_smaller_entity_grows_in_place(monkeypatch):
    monkeypatch.setattr(linking, "FOLD_MEMBERS", 1)
    linker = linking.EntityLinker(fold=True)
    for i in range(3):
        linker.add_nodes(f"bandung-{i}", [_entity("Wali Kota Bandung", "PER")])
    linker.add_nodes("bandung-3", [_entity("Muhammad Farhan", "PER")])
    big = linker._entities[0]
    fold = big.folded
    assert fold is not None
    linker.add_nodes("bandung-4", [_entity("Muhammad Farhan", "PER", "Wali Kota Bandung")])  # joins the two
    (merged,) = linker._entities.values()
    assert merged is big and merged.folded is fold  # the larger fold grown, not copied
    plain = linking.EntityLinker()
    for i in range(3):
        plain.add_nodes(f"bandung-{i}", [_entity("Wali Kota Bandung", "PER")])
    plain.add_nodes("bandung-3", [_entity("Muhammad Farhan", "PER")])
    plain.add_nodes("bandung-4", [_entity("Muhammad Farhan", "PER", "Wali Kota Bandung")])
    assert [e.to_dict() for e in linker.entities()] == [e.to_dict() for e in plain.entities()]


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


def test_nodes_are_held_a_byte_each_near_their_articles_lowest():
    nodes = _Nodes()
    for article in ([90_000, 90_001, None, 90_003], [None], [90_010, 90_004]):
        nodes.append(article)
    assert nodes.flat.itemsize == 1 and list(nodes.flat) == [1, 2, 0, 4, 0, 7, 1]
    nodes.append([5, 900])  # an article spanning more nodes than a byte counts: wider from then on
    nodes.append([1, None])
    assert nodes.flat.itemsize == 2
    assert list(nodes) == [[90_000, 90_001, None, 90_003], [None], [90_010, 90_004], [5, 900], [1, None]]


def test_global_ids_read_back_as_each_articles_list_numbered_in_the_runs_ids():
    numbers: dict[str, int] = {}
    labels: list[str] = []
    first = _GlobalIds.of([["G1", "G2", None], []], numbers, labels)
    articles = [["G2"], [None, "G3", "G1"]]
    ids = _GlobalIds.of(articles, numbers, labels)
    assert list(ids) == articles and len(ids) == 2 and [ids[0], ids[1]] == articles
    assert list(first) == [["G1", "G2", None], []]
    assert ids.labels is labels == ["G1", "G2", "G3"]  # each id held once in the run
    assert ids.flat.itemsize == 1 and list(ids.flat) == [2, 0, 3, 1]


def test_pickled_global_ids_carry_only_their_partitions_ids():
    import pickle

    numbers: dict[str, int] = {}
    labels: list[str] = []
    _GlobalIds.of([[f"G{i}" for i in range(300)]], numbers, labels)
    articles = [["G299", None], [], ["G5", "G299"]]
    ids = _GlobalIds.of(articles, numbers, labels)
    assert ids.flat.itemsize == 2  # numbers past a byte
    back = pickle.loads(pickle.dumps(ids, protocol=5))
    assert list(back) == articles and back.labels == ["G299", "G5"] and back.flat.itemsize == 1


def test_linking_lets_each_partitions_nodes_go_and_finalises_the_same_ids():
    linker = linking.EntityLinker(fold=True)
    nodes = [[linker.add_nodes(aid, ents) for aid, ents in _bali()[:3]], [linker.add_nodes(aid, ents) for aid, ents in _bali()[3:]]]
    parts: list = [_Nodes(), _Nodes()]
    for held, part in zip(parts, nodes, strict=True):
        for article in part:
            held.append([*article, None])
    expected = [[[*(linker.global_id(n) for n in article), None] for article in part] for part in nodes]
    entities, gids = batch._linked(linker, parts)
    assert parts == [(), ()]  # emptied as read
    assert [list(g) for g in gids] == expected and entities
    # what ``finalise_partition`` gives each article entity
    assert all(isinstance(ids, list) for g in gids for ids in g) and gids[1][0] == expected[1][0]


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


# ---------------------------------------------------------------------------- closed stories and ids held once
QUAKE_TITLE = "Gempa Magnitudo 5,1 Guncang Garut, Puluhan Rumah Rusak"
QUAKE = (
    "Gempa bermagnitudo 5,1 mengguncang Kabupaten Garut, Jawa Barat, pada Selasa dini hari. BMKG menyebut pusat gempa "
    "berada di darat pada kedalaman 12 kilometer. Puluhan rumah warga di Kecamatan Cisewu dilaporkan rusak ringan hingga "
    "berat, dan warga memilih tidur di tenda darurat karena khawatir gempa susulan."
)


def _day(n: int) -> str:
    return (date(2025, 6, 1) + timedelta(days=n)).isoformat()


def _notice(n: int, day: int, outlet: str = "") -> dict[str, str]:
    return {
        "id": f"lomba-{n}",
        "outlet": outlet,
        "title": f"Pendaftaran Lomba Mewarnai Ke-{n} Dibuka di Kelurahan Sukamaju",
        "body": f"Panitia membuka pendaftaran lomba mewarnai ke-{n} untuk pelajar sekolah dasar di aula kelurahan {n}.",
        "published": _day(day),
    }


def test_a_closed_story_leaves_the_open_stories_ranks():
    clusterer = StoryClusterer(ClusterConfig(window_days=2))
    clusterer.add(_notice(1, 0))
    clusterer.add(_notice(2, 0))
    first = {clusterer.story_of["lomba-1"], clusterer.story_of["lomba-2"]}
    assert first <= set(clusterer._number)
    clusterer.add(_notice(3, 5))  # the first day's stories are past the window: closed
    assert all(isinstance(clusterer.stories[sid], ClosedStory) for sid in first)
    assert set(clusterer._number) == clusterer.open == {clusterer.story_of["lomba-3"]}


def test_a_reopened_story_is_ranked_again():
    clusterer = StoryClusterer(ClusterConfig(window_days=3))
    clusterer.add({"id": "garut-a", "outlet": "detik.com", "title": QUAKE_TITLE, "body": QUAKE, "published": _day(0)})
    clusterer.add(_notice(1, 2))
    # undated: its signature is filed under the stream's day, so it outlives the story it joins
    clusterer.add({"id": "garut-salinan", "outlet": "jabar.example", "title": QUAKE_TITLE, "body": QUAKE + " Sumber: BMKG."})
    sid = clusterer.story_of["garut-a"]
    clusterer.add(_notice(2, 5))
    assert isinstance(clusterer.stories[sid], ClosedStory) and sid not in clusterer._number
    clusterer.add({"id": "garut-salinan-2", "outlet": "garut.example", "title": QUAKE_TITLE, "body": QUAKE + " Sumber: BPBD."})
    assert clusterer.story_of["garut-salinan-2"] == sid
    assert isinstance(clusterer.stories[sid], ClusterStory)
    assert clusterer._number[sid] == clusterer.stories[sid].number


def test_closed_stories_of_one_day_share_its_date():
    clusterer = StoryClusterer(ClusterConfig(window_days=2))
    clusterer.add(_notice(1, 0, "detik.com"))
    clusterer.add({"id": "garut-a", "outlet": "kompas.com", "title": QUAKE_TITLE, "body": QUAKE, "published": _day(0)})
    clusterer.add(_notice(9, 6))
    closed = [s for s in clusterer.stories.values() if isinstance(s, ClosedStory)]
    assert len(closed) == 2
    assert closed[0].first == closed[1].first == date(2025, 6, 1)
    assert closed[0].first is closed[1].first is closed[0].last  # one date object, not one an article
    assert closed[0].reopen().first == date(2025, 6, 1)


def _view(task: int, aid: str, record: dict[str, object]) -> batch.StreamView:
    index = batch.Index(task, [(0, aid, f"berita.jsonl:{task}", "detik.com", True, False)], [])
    return batch.StreamView(index, [[]], [record], [True])


def test_the_stream_keeps_one_id_string_an_article():
    tasks = [[], []]
    driver = batch._Driver(None, tasks, {}, 200, None, None)
    stream = batch._Stream(driver)
    stream.linking = False  # the linker (its lexicon) plays no part here
    kept = ["".join(["gempa-", str(n)]) for n in range(2)]
    records = [
        {"id": "".join(["gempa", f"-{n}"]), "title": QUAKE_TITLE, "body": QUAKE, "published": _day(0), "day": _day(0), "outlet": "detik.com"}
        for n in range(2)
    ]
    assert records[0]["id"] == kept[0] and records[0]["id"] is not kept[0]  # as two unpickled copies arrive
    for task in range(2):
        stream.arrive(_view(task, kept[task], records[task]))
    clusterer = stream.clusterer
    assert clusterer is not None
    assert [ids[0] for ids in stream.kept.ids] == kept
    for aid in kept:
        assert next(k for k in clusterer.story_of if k == aid) is aid
        story = clusterer.stories[clusterer.story_of[aid]]
        assert next(m for m in story.members if m == aid) is aid


# ---------------------------------------------------------------------------- closed stories on disk


def _week(clusterer: StoryClusterer) -> StoryClusterer:
    """Notices of a week and a quake report whose undated copies come after its story closed (one reopens it)."""
    clusterer.add({"id": "garut-a", "outlet": "detik.com", "title": QUAKE_TITLE, "body": QUAKE, "published": _day(0)})
    clusterer.add(_notice(1, 0, "kompas.com"))
    clusterer.add(_notice(2, 2))
    clusterer.add({"id": "garut-salinan", "outlet": "jabar.example", "title": QUAKE_TITLE, "body": QUAKE + " Sumber: BMKG."})
    clusterer.add(_notice(3, 5))
    clusterer.add({"id": "garut-salinan-2", "outlet": "garut.example", "title": QUAKE_TITLE, "body": QUAKE + " Sumber: BPBD."})
    clusterer.add(_notice(4, 9))
    return clusterer


def _whole(clusterer: StoryClusterer) -> list[tuple[str, str, str]]:
    return [(sid, type(s).__name__, repr(s.reopen() if isinstance(s, ClosedStory) else s)) for sid, s in clusterer.stories.items()]


def test_closed_stories_on_disk_read_back_whole_and_reopen():
    plain = _week(StoryClusterer(ClusterConfig(window_days=3)))
    spilling = StoryClusterer(ClusterConfig(window_days=3))
    spilling.spill_closed()
    _week(spilling)
    assert _whole(spilling) == _whole(plain)
    assert spilling.story_of == plain.story_of and spilling.duplicate_of == plain.duplicate_of
    held = spilling.stories._held  # type: ignore[attr-defined]
    closed = [sid for sid, s in plain.stories.items() if isinstance(s, ClosedStory)]
    assert closed and not any(sid in held for sid in closed)  # not held: an offset in the spill
    quake = spilling.story_of["garut-a"]
    assert spilling.story_of["garut-salinan-2"] == quake  # the copy reopened the closed story read back
    assert spilling.stories[quake].members == ["garut-a", "garut-salinan", "garut-salinan-2"]
    spilling.close()


def test_the_closed_stories_spill_is_removed_when_the_clusterer_closes():
    clusterer = StoryClusterer(ClusterConfig(window_days=2))
    clusterer.spill_closed()
    clusterer.add(_notice(1, 0))
    clusterer.add(_notice(2, 5))
    path = clusterer.stories.path  # type: ignore[attr-defined]
    assert path.exists() and isinstance(clusterer.stories[clusterer.story_of["lomba-1"]], ClosedStory)  # (read back from the file)
    assert path.stat().st_size > 0
    clusterer.close()
    assert not path.exists() and not path.parent.exists()


def test_the_closed_stories_spill_goes_in_the_runs_own_folder(tmp_path):
    clusterer = StoryClusterer(ClusterConfig(window_days=2))
    clusterer.spill_closed(tmp_path)  # the run's temporary folder: one folder to remove after a killed run
    clusterer.add(_notice(1, 0))
    clusterer.add(_notice(2, 5))
    path = clusterer.stories.path  # type: ignore[attr-defined]
    assert isinstance(clusterer.stories[clusterer.story_of["lomba-1"]], ClosedStory)  # (read back from the file)
    assert path.parent.parent == tmp_path and path.stat().st_size > 0
    clusterer.close()
    assert not path.parent.exists() and tmp_path.exists()


def test_the_stream_spills_its_closed_stories_in_the_drivers_folder(tmp_path):
    driver = batch._Driver(None, [], {}, 200, None, None, spill=tmp_path)
    clusterer = batch._Stream(driver).clusterer
    assert clusterer is not None
    assert clusterer.stories.path.parent.parent == tmp_path  # type: ignore[attr-defined]
    clusterer.close()
    assert not list(tmp_path.iterdir())


def test_the_driver_places_spilled_stories_as_held_ones():
    class Client:
        def scatter(self, values, broadcast=False):
            return values

        def scheduler_info(self, **_):
            return {"workers": {"w": {"nthreads": 2}}}

    plain = _week(StoryClusterer(ClusterConfig(window_days=3)))
    spilling = StoryClusterer(ClusterConfig(window_days=3))
    spilling.spill_closed()
    _week(spilling)
    assert batch._place(Client(), spilling, 2)[1:] == batch._place(Client(), plain, 2)[1:]


# ---------------------------------------------------------------------------- the linker's articles by number


def _week_of_bali(linker: linking.EntityLinker) -> linking.EntityLinker:
    linker.add_nodes("sabtu", [_entity("Bali", "LOC"), _entity("Wayan Koster", "PER")])
    linker.add_nodes("minggu", [])  # an article of no entity: no number
    linker.add_nodes("senin", [_entity("Wayan Koster", "PER", "Koster")])
    linker.add_nodes("selasa", [_entity("Bali", "LOC", "Pulau Dewata")])
    linker.add_nodes("selasa", [_entity("Bali", "LOC")])  # the same id again at once: one article (kept apart: two Balis)
    linker.add_nodes("rabu", [_entity("Wayan Koster", "PER"), _entity("Pulau Dewata", "LOC")])
    return linker


def test_a_folded_entitys_articles_come_back_as_ids_in_order(monkeypatch):
    monkeypatch.setattr(linking, "FOLD_MEMBERS", 1)
    linker = _week_of_bali(linking.EntityLinker(fold=True))
    assert linker._seq.ids == ["sabtu", "senin", "selasa", "rabu"]
    bali = linker._entities[0]
    assert bali.folded is not None and list(bali.folded.articles) == [0, 2]  # numbers, not strings
    assert [m.article for m in bali.members] == ["rabu"]  # not folded yet
    articles = [(e.name, e.articles) for e in linker.entities()]
    assert articles == [("Bali", ["sabtu", "selasa", "rabu"]), ("Wayan Koster", ["sabtu", "senin", "rabu"]), ("Bali", ["selasa"])]
    assert articles == [(e.name, e.articles) for e in _week_of_bali(linking.EntityLinker()).entities()]


def test_a_spent_linker_gives_its_entities_up_one_by_one():
    linker = linking.EntityLinker(fold=True)
    for aid, ents in _bali():
        linker.add_nodes(aid, ents)
    whole = [e.to_dict() for e in linker.entities()]
    drained = linker.drained()
    first = next(drained)
    assert len(linker._entities) == len(whole) - 1 and not linker._owner  # the keys let go first
    assert [first.to_dict(), *(e.to_dict() for e in drained)] == whole
    assert not linker._entities


def test_the_union_find_holds_its_parents_in_a_typed_array():
    sets = UnionFind(3)
    sets.add()
    assert sets.union(3, 1) == (1, 3) and sets.find(3) == 1
    assert sets.parent.itemsize == 4 and list(sets.parent) == [0, 1, 2, 1]


# ---------------------------------------------------------------------------- where an id was first seen


def test_the_deduplicator_names_the_first_place_from_a_number():
    seen = Deduplicator()
    assert seen.check("kab-1", "/data/berita.jsonl#120") is None
    assert seen.check("kab-2", "/data/arsip#2.jsonl#7") is None
    assert seen.check("kab-3", "/data/berita.jsonl#0042") is None  # not written back the same as a number
    assert seen.check("kab-4", "/data/halaman.html") is None
    assert seen.check("kab-5", "/data/berita.jsonl#L120") is None  # a JSONL file's line
    assert seen.check("kab-6", "/data/berita.jsonl#L07") is None
    assert seen._places.typecode == "q" and min(seen._places[i] for i in (0, 1, 4)) >= 0
    assert seen._other_places == {2: "/data/berita.jsonl#0042", 3: "/data/halaman.html", 5: "/data/berita.jsonl#L07"}
    again = {aid: seen.check(aid, "/data/ulang.jsonl#1") for aid in ("kab-1", "kab-2", "kab-3", "kab-4", "kab-5", "kab-6")}
    assert [r.reason.split(" (")[0] for r in again.values() if r] == [
        "duplicate of /data/berita.jsonl#120",
        "duplicate of /data/arsip#2.jsonl#7",
        "duplicate of /data/berita.jsonl#0042",
        "duplicate of /data/halaman.html",
        "duplicate of /data/berita.jsonl#L120",
        "duplicate of /data/berita.jsonl#L07",
    ]


# ---------------------------------------------------------------------------- per-article state by number


def test_a_key_index_numbers_keys_in_order_and_finds_them_again():
    index: KeyIndex[str] = KeyIndex()
    ids = [f"detik-{n}" for n in range(500)]  # past several growths of its slots
    assert [index.add(aid) for aid in ids] == list(range(500))
    assert [index.find(aid) for aid in ids] == list(range(500)) and index.find("kompas-1") == -1
    assert sum(n != 0 for n in index._slots) == 500 <= len(index._slots) // 2 + 1  # a slot a key, at most half full
    index.remove(7)
    assert index.find("detik-7") == -1 and index.live == 499
    assert index.add("detik-7") == 500  # added again: a new number, last
    assert [k for _, k in index][-2:] == ["detik-499", "detik-7"] and len(list(index)) == 500
    assert index._slots.itemsize == 4


def _same_as_a_dict(mapping, steps):
    plain: dict = {}
    for op, key, value in steps:
        for m in (mapping, plain):
            if op == "set":
                m[key] = value
            else:
                del m[key]
        assert list(mapping.items()) == list(plain.items()) and len(mapping) == len(plain)
    assert all(k in mapping for k in plain) and "tidak-ada" not in mapping
    with pytest.raises(KeyError):
        mapping["tidak-ada"]
    with pytest.raises(KeyError):
        del mapping["tidak-ada"]


STEPS = [
    ("set", "banjir-1", "S-banjir"),
    ("set", "gempa-1", "S-gempa"),
    ("set", "banjir-2", "S-banjir"),
    ("set", "banjir-1", "S-gempa"),  # set again: keeps its place
    ("del", "gempa-1", None),
    ("set", "pilkada-1", "S-pilkada"),
    ("set", "gempa-1", "S-banjir"),  # set again after its deletion: last
]


def test_spilled_values_read_as_a_dict_and_keep_offsets_in_a_typed_array():
    values = SpilledValues(lambda v: v.startswith("S-"), str.upper, lambda k, v: v.lower().replace("s-", "S-"))
    try:
        _same_as_a_dict(values, [*STEPS, ("set", "banjir-2", "terbuka")])  # a held value replaces a spilled one
        assert values._offsets.typecode == "q" and values._held == {"banjir-2": "terbuka"}
    finally:
        values.close()

