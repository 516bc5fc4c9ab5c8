"""Issue 19, round 32: the driver's memory and the Dask story stage's round trips.

A story the window has passed is kept as a slim record (``ClosedStory``) that reopens as it closed when a copy of one
of its articles joins it; the Dask engine's clusterer reads the shuffle by day a run of days at a time (``day_runs``,
``pick_days``) instead of one round trip a day.
"""

from __future__ import annotations

import copy
from collections import Counter
from datetime import date, timedelta

from telisik.engine.batch import day_runs, pick_days
from telisik.records import Article
from telisik.stories.cluster import ClosedStory, ClusterConfig, Story, StoryClusterer

QUAKE_TITLE = "Gempa Magnitudo 5,1 Guncang Garut, Puluhan Rumah Rusak"
QUAKE = (
    "Gempa bermagnitudo 5,1 mengguncang Kabupaten Garut, Jawa Barat, pada Selasa dini hari. BMKG menyebut pusat gempa "
    "berada di darat pada kedalaman 12 kilometer. Puluhan rumah warga di Kecamatan Cisewu dilaporkan rusak ringan hingga "
    "berat, dan sebagian warga memilih tidur di tenda darurat karena khawatir gempa susulan. Petugas BPBD masih mendata "
    "kerusakan dan belum menerima laporan korban jiwa."
)
# what _expire empties as a story closes: the scoring state that no closed story is read for
EMPTIED = {"centroid": {}, "norm": {}, "core": {}, "core_norm": {}, "heaviest": {}, "headline_names": Counter(), "outlet_names": Counter(), "indexed": ()}


def _day(n: int) -> str:
    return (date(2025, 6, 1) + timedelta(days=n)).isoformat()


def _filler(clusterer: StoryClusterer, n: int) -> None:
    clusterer.add({"id": f"lomba-{n}", "title": f"Pendaftaran Lomba Mewarnai Ke-{n} Dibuka", "published": _day(n),
                   "body": f"Panitia membuka pendaftaran lomba mewarnai ke-{n} untuk pelajar sekolah dasar di aula kelurahan."})


def test_a_closed_story_is_a_slim_record_that_reopens_as_it_closed():
    clusterer = StoryClusterer(ClusterConfig(window_days=3))
    clusterer.add({"id": "garut-a", "outlet": "detik.com", "title": QUAKE_TITLE, "body": QUAKE, "published": _day(0)})
    clusterer.add({"id": "garut-b", "outlet": "kompas.com", "title": "Gempa Garut Rusak Puluhan Rumah di Cisewu",
                   "body": QUAKE.replace("Puluhan", "Sedikitnya 40"), "published": _day(1)})
    sid = clusterer.story_of["garut-a"]
    assert clusterer.story_of["garut-b"] == sid
    _filler(clusterer, 2)
    before = copy.deepcopy(clusterer.stories[sid])
    assert isinstance(before, Story) and before.centroid  # still open: whole
    _filler(clusterer, 6)  # the quake's newest day is now more than three days old
    closed = clusterer.stories[sid]
    assert isinstance(closed, ClosedStory) and sid not in clusterer.open
    assert not hasattr(closed, "__dict__")  # slots only
    assert (closed.members, closed.first, closed.last) == (["garut-a", "garut-b"], date(2025, 6, 1), date(2025, 6, 2))
    assert vars(closed.reopen()) == {**vars(before), **EMPTIED}
    assert closed.outlets == {"detik.com", "kompas.com"}  # any other field read through a reopened copy


def test_closed_stories_share_what_they_keep():
    clusterer = StoryClusterer(ClusterConfig(window_days=2))
    for n in range(0, 12, 4):
        _filler(clusterer, n)
    closed = [s for s in clusterer.stories.values() if isinstance(s, ClosedStory)]
    assert len(closed) == 2
    assert closed[0].kept is closed[1].kept  # one outlet-less routine notice each: one record of what they keep


def test_a_copy_of_an_undated_member_reopens_its_closed_story():
    # an undated copy's signature is filed under the day the stream was at, so it can outlive its story: a later copy
    # of it finds the story closed, and joins it all the same
    clusterer = StoryClusterer(ClusterConfig(window_days=3))
    clusterer.add({"id": "garut-a", "outlet": "detik.com", "title": QUAKE_TITLE, "body": QUAKE, "published": _day(0)})
    _filler(clusterer, 2)
    clusterer.add({"id": "garut-salinan", "outlet": "jabar.example", "title": QUAKE_TITLE, "body": QUAKE + " Sumber: BMKG."})
    sid = clusterer.story_of["garut-a"]
    assert clusterer.story_of["garut-salinan"] == sid
    _filler(clusterer, 5)  # the story closes (its day is June 1); the undated copy's signature (June 3) stays
    assert isinstance(clusterer.stories[sid], ClosedStory)
    clusterer.add({"id": "garut-salinan-2", "outlet": "garut.example", "title": QUAKE_TITLE, "body": QUAKE + " Sumber: BMKG dan BPBD."})
    assert clusterer.story_of["garut-salinan-2"] == sid
    assert clusterer.duplicate_of["garut-salinan-2"][0] == "garut-a"
    reopened = clusterer.stories[sid]
    assert isinstance(reopened, Story) and sid in clusterer.open
    assert reopened.members == ["garut-a", "garut-salinan", "garut-salinan-2"]
    assert reopened.outlets == {"detik.com", "jabar.example", "garut.example"}


def test_the_days_go_to_the_clusterer_in_runs_of_whole_days():
    sizes = {"2025-06-03": 40, "2025-06-01": 150, "~": 3, "2025-06-02": 30, "2025-06-05": 500}
    assert day_runs(sizes, 200) == [["2025-06-01", "2025-06-02", "2025-06-03"], ["2025-06-05"], ["~"]]
    assert day_runs(sizes, 1) == [[key] for key in sorted(sizes)]  # a day a run: as before
    assert day_runs({}, 200) == []


def test_a_run_of_days_is_read_from_the_pieces_day_after_day_in_input_order():
    def rec(key: str, order: tuple[int, int]) -> dict[str, object]:
        return {"key": key, "order": order}

    piece_a = [("2025-06-02", [rec("2025-06-02", (3, 1)), rec("2025-06-02", (0, 4))]), ("2025-06-09", [rec("2025-06-09", (1, 0))])]
    piece_b = [("2025-06-01", [rec("2025-06-01", (2, 2)), rec("2025-06-01", (2, 0))])]
    picked = pick_days(["2025-06-01", "2025-06-02"], piece_a, piece_b)
    assert [(r["key"], r["order"]) for r in picked] == [
        ("2025-06-01", (2, 0)),
        ("2025-06-01", (2, 2)),
        ("2025-06-02", (0, 4)),
        ("2025-06-02", (3, 1)),
    ]


def test_a_forked_worker_takes_the_pipeline_its_forkserver_built(monkeypatch, nlp):
    from telisik.engine import local
    from telisik.engine.pool import PRELOAD

    assert PRELOAD[-1] == "telisik.engine.preload"  # imported last by the forkserver: the modules before it are in
    monkeypatch.setattr(local, "_PRELOADED", nlp)
    analyzer = local.Analyzer(max_chars=50_000)
    assert analyzer.nlp is nlp  # not built again
    # the page that warms the forkserver goes the whole way (a rejected one would leave the NLP's lazy loads undone)
    warmed = analyzer.process(local.WARM_PAGE)
    assert isinstance(warmed, Article)
    assert any(e.name == "Isnawa Adji" for e in warmed.entities)
    assert warmed.quotes


def test_the_forkserver_preloads_the_pipeline_after_distributeds_own_list():
    # distributed sets its forkserver's preload list on its first get_mp_context under "forkserver"; ours must come
    # after and replace it, or the workers would fork from a server that never built the pipeline. Starts no process.
    import multiprocessing.forkserver as mp_forkserver

    import dask
    import distributed.utils

    from telisik.engine import batch
    from telisik.engine.pool import PRELOAD

    server = mp_forkserver._forkserver
    saved = (server._preload_modules, distributed.utils._forkserver_preload_set)
    try:
        distributed.utils._forkserver_preload_set = False  # as in a fresh process: distributed sets its list first
        with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
            batch._preload_forkserver()
        assert server._preload_modules == ["distributed", *PRELOAD]
        assert "telisik.engine.preload" in server._preload_modules
    finally:
        server._preload_modules, distributed.utils._forkserver_preload_set = saved


def test_the_dask_engine_gives_an_entity_linked_to_nothing_no_global_id_as_the_local_engine_does() -> None:
    """A bare country in a report naming only other sides is linked to nothing: the local engine writes its
    ``global_id`` as None, and the Dask engine must write the same (it had written "")."""
    from telisik.collection.linking import EntityLinker
    from telisik.engine.batch import _linked

    linker = EntityLinker()
    node = linker.add_nodes("a1", [{"id": "e1", "name": "Prabowo Subianto", "type": "PER", "mentions": [{"text": "Prabowo Subianto"}]}])
    _, gids = _linked(linker, [[[*node, None]]])
    assert gids[0][0][0] and gids[0][0][1] is None
