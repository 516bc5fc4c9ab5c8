"""One outlet's two pieces on one happening, whose headlines name it in other words, are one story when their events
tell it: the same kind of happening, on their day, of the same named person or on the same road or village.

Readers found an outlet's report of a cash van overturning and its follow-up an hour later in two stories: the
headlines name the place by its ward and by its district, and the clustering keeps one outlet's alike pieces apart
unless something vouches for them (its beat's pieces are alike too). The events the analysis found (a crash on one
named road, that day) are that voucher. The articles are short Indonesian texts written for these tests.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import cluster_pieces
from telisik.stories.cluster import cluster_articles
from telisik.stories.describe import cluster_record
from telisik.stories.told_happenings import one_told, told_happenings

DAY = "2025-06-09"
piece = partial(cluster_pieces.piece, day=DAY, outlet="Warta Kota")

FIRST = (
    "Sebuah mobil boks pengangkut beras terguling di Jalan Kenanga Raya, Kelurahan Sukamaju, pada Senin siang. "
    "Kepala Unit Lalu Lintas Iptu Darmawan Saputra mengatakan sopir membanting setir menghindari pemotor yang "
    "menyeberang. Dua orang terluka ringan dan dibawa ke puskesmas. Arus lalu lintas sempat tersendat dua jam."
)
SECOND = (
    "Petugas pemadam kebakaran mengevakuasi mobil boks bermuatan beras yang terbalik dan menutup badan jalan di Jalan "
    "Kenanga Raya. Rudi Hartono, kernet mobil itu, bercerita kendaraannya oleng setelah menghantam pembatas jalur. "
    "Karung beras berserakan di aspal dan warga membantu memindahkannya ke tepi jalan."
)
NAMES = [("Darmawan Saputra", "PER"), ("Rudi Hartono", "PER"), ("Jalan Kenanga Raya", "LOC"), ("Kelurahan Sukamaju", "LOC")]


def _crash(where: str | None, when: str | None = DAY) -> dict:
    return {"type": "ACCIDENT", "status": "occurred", "when": when, "who": ["mobil boks"], "where": where, "trigger": "terguling"}


def _pieces(where: str | None, first_when: str | None = DAY, second_when: str | None = DAY) -> list[dict]:
    first = piece("a", "Mobil Boks Pengangkut Beras Terguling di Sukamaju, Dua Orang Luka", FIRST, NAMES, hour=12)
    second = piece("b", "Hantam Pembatas, Truk Beras Terbalik Tutup Jalan di Kecamatan Cibeunying", SECOND, NAMES, hour=13)
    first["events"], second["events"] = [_crash(where, first_when)], [_crash(where, second_when)]
    return [first, second]


def test_one_outlets_two_pieces_on_one_crash_on_one_road_are_one_story():
    # the headlines share no name (the ward, the district): the crash on one named road that day vouches
    stories = cluster_articles(_pieces("Jalan Kenanga Raya"))
    assert stories["a"] == stories["b"]


def test_without_events_the_same_pieces_stay_apart():
    # a guard: what keeps one outlet's alike pieces apart holds where no event tells one happening
    pieces = _pieces("Jalan Kenanga Raya")
    for p in pieces:
        p["events"] = []
    stories = cluster_articles(pieces)
    assert stories["a"] != stories["b"]


def test_a_crash_told_of_a_city_vouches_for_nothing():
    # many crashes a day are in one city: only a road or a village names one happening
    stories = cluster_articles(_pieces("Bandung"))
    assert stories["a"] != stories["b"]


def test_two_undated_crashes_vouch_for_nothing():
    # events of no known day may be a look back both pieces give; one side must tell it of its day
    stories = cluster_articles(_pieces("Jalan Kenanga Raya", None, None))
    assert stories["a"] != stories["b"]
    stories = cluster_articles(_pieces("Jalan Kenanga Raya", DAY, None))
    assert stories["a"] == stories["b"]


def test_a_trial_is_told_by_its_people_not_by_its_court():
    day = date(2025, 6, 10)
    trial = {
        "type": "TRIAL",
        "status": "occurred",
        "when": "2025-06-10",
        "who": ["Bambang Sutejo", "Kejaksaan"],
        "where": "Pengadilan Negeri Bandung",
    }
    keys = told_happenings([trial], day, ["Bambang Sutejo"])
    assert keys == {"TRIAL|2025-06-10|bambang sutejo"}
    # a court holds many trials a day; a body is no person
    assert told_happenings([dict(trial, who=["Kejaksaan"])], day, ["Bambang Sutejo"]) == frozenset()
    # another day's trial is not this day's
    assert told_happenings([dict(trial, when="2025-05-02")], day, ["Bambang Sutejo"]) == frozenset()
    assert one_told((keys, frozenset()), (frozenset(), keys))
    assert not one_told((frozenset(), keys), (frozenset(), keys))


def test_the_compact_cluster_record_keeps_what_its_events_tell():
    crash = _crash("Jalan Kenanga Raya")
    article = dict(_pieces("Jalan Kenanga Raya")[0], entities=[], events=[dict(crash, start=0, end=9)])
    record = cluster_record(article, body_words=50)
    assert record["events"] == [{key: crash[key] for key in ("type", "status", "when", "who", "where")}]


def test_initials_name_no_one_happening():
    # one outlet's two arrests of a day are often of suspects the police give as "S": initials vouch for nothing
    day = date(2025, 6, 10)
    arrest = {"type": "ARREST", "status": "occurred", "when": "2025-06-10", "who": ["S", "Budi Santoso"], "where": None}
    assert told_happenings([arrest], day, ["S", "Budi Santoso"]) == {"ARREST|2025-06-10|budi santoso"}
    assert told_happenings([dict(arrest, who=["S", "UA"])], day, ["S", "UA"]) == frozenset()
