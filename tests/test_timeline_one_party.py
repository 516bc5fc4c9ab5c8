"""One happening told with its party written two ways is one entry: a name with and without a space ("Polsek Lubuk
Baja", "Polsek Lubukbaja"), two bare common nouns of one role ("pelajar", "mahasiswa": ``same_role_nouns.tsv``), and
suspects by initials of two letters or more beside their full names, wherever each report places the arrest
(``_one_party``, ``_one_suspect``, ``_suspects_by_initials``); while other parties, single letters at two places and
initials that stand for no one named stay apart; on events written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import _one_party, _one_suspect, timeline_and_conflicts
from timeline_events import event_record


def event(kind: str, who: list[str], sentence: str, when: str | None, where: str | None, trigger: str) -> dict:
    return event_record(kind, sentence, who, when, where, trigger)


def _entries(kind: str, articles: list[dict]) -> list:
    timeline, _ = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return [t for t in timeline if t.type == kind]


def _two_trips(first: str, second: str) -> list:
    trip = "Bus itu membawa {} pulang ke kampus mereka di Tanjung Malim pada Minggu (8/6/2025)."
    return _entries(
        "VISIT",
        [
            {"id": f"a{i}", "published": "2025-06-09", "events": [event("VISIT", [who], trip.format(who), "2025-06-08", "Tanjung Malim", "pulang ke")]}
            for i, who in enumerate((first, second))
        ],
    )


def test_pupils_and_students_on_one_trip_are_one_entry():
    trips = _two_trips("pelajar", "mahasiswa")
    assert [sorted(t.articles) for t in trips] == [["a0", "a1"]]
    assert len(trips[0].who) == 1


def test_students_and_tourists_stay_two_trips():
    assert len(_two_trips("mahasiswa", "wisatawan")) == 2


def _two_arrests(first: str, second: str) -> list:
    told = "{} menangkap seorang pria di Batam pada Minggu (8/6/2025)."
    return _entries(
        "ARREST",
        [
            {"id": f"a{i}", "published": "2025-06-09", "events": [event("ARREST", [force], told.format(force), "2025-06-08", None, "menangkap")]}
            for i, force in enumerate((first, second))
        ],
    )


def test_a_force_written_with_and_without_a_space_is_one_agent():
    arrests = _two_arrests("Polsek Lubuk Baja", "Polsek Lubukbaja")
    assert [sorted(t.articles) for t in arrests] == [["a0", "a1"]]


def test_two_forces_stay_two_arrests():
    assert len(_two_arrests("Polsek Lubuk Baja", "Polsek Batu Ampar")) == 2


def test_one_party_and_one_suspect():
    assert _one_party("Polsek Lubuk Baja", "Polsek Lubukbaja")
    assert _one_party("Kampung Tanjung-Uma", "Kampung Tanjung Uma")
    assert _one_party("pelajar", "siswa")
    assert not _one_party("mahasiswa UPSI", "pelajar")
    assert not _one_party("Polsek Lubuk Baja", "Polsek Lubuk Raja")
    assert _one_suspect("LT", "Le Thi Huynh Trang")
    assert not _one_suspect("L", "Le Thi Huynh Trang")
    assert not _one_suspect("NT", "Le Thi Huynh Trang")


def _initials_and_names(initials: list[str], names: list[str]) -> list:
    full = "Polsek Lubuk Baja menangkap {} di Hotel Musik pada Minggu (8/6/2025) pukul 02.00 WIB."
    short = "Kedua perempuan itu, {}, diamankan di Pelabuhan HarbourBay."
    return _entries(
        "ARREST",
        [
            {
                "id": "a",
                "published": "2025-06-09",
                "events": [event("ARREST", ["Polsek Lubuk Baja", *names], full.format(" dan ".join(names)), "2025-06-08", "Hotel Musik", "menangkap")],
            },
            {
                "id": "b",
                "published": "2025-06-09",
                "events": [event("ARREST", initials, short.format(" dan ".join(initials)), None, "Pelabuhan HarbourBay", "diamankan")],
            },
        ],
    )


def test_suspects_by_initials_at_another_place_are_one_arrest():
    arrests = _initials_and_names(["LT", "NT"], ["Le Thi Huynh Trang", "Nguyen Thi Thu Thao"])
    assert [(t.who, sorted(t.articles)) for t in arrests] == [
        (["Polsek Lubuk Baja", "Le Thi Huynh Trang", "Nguyen Thi Thu Thao"], ["a", "b"])
    ]


def test_single_letters_or_initials_of_no_one_named_at_another_place_stay_apart():
    for initials, names in ((["L", "N"], ["Le Thi Huynh Trang", "Nguyen Thi Thu Thao"]), (["LT", "NT"], ["Le Thi Huynh Trang", "Budi Santoso"])):
        arrests = _initials_and_names(initials, names)
        assert [t.articles for t in arrests if t.who[1:] == names] == [["a"]]


def test_initials_beside_a_full_name_in_one_report_are_two_people():
    told = [
        ("Penangkapan ES dilakukan polisi pada Sabtu (7/6/2025) malam di rumahnya.", ["ES"], "2025-06-07", "Penangkapan"),
        ("Kapolsek Padang Ratu AKP Edi Suhendra menceritakan penangkapan ES bermula dari informasi masyarakat.", ["Edi Suhendra", "ES"], None, "penangkapan"),
        ("Tim Tekab menangkap ES yang kedapatan membawa ganja pada Sabtu (7/6/2025).", ["Tim Tekab", "ES"], "2025-06-07", "menangkap"),
    ]
    events = [event("ARREST", who, sentence, when, None, trigger) for sentence, who, when, trigger in told]
    arrests = _entries("ARREST", [{"id": "a", "published": "2025-06-09", "events": events}])
    assert [t for t in arrests if "Edi Suhendra" in t.who and "ES" not in t.who] == []
    assert any("ES" in t.who for t in arrests)


def _article(id_: str, events: list[dict], published: str = "2025-06-09") -> dict:
    return {"id": id_, "published": published, "events": events}


def _groups(kind: str, articles: list[dict]) -> list[list[str]]:
    return sorted(sorted(t.articles) for t in _entries(kind, articles))


def test_groups_of_one_role_at_two_places_stay_two_visits():
    told = "Ratusan {} datang ke {} pada Minggu (8/6/2025)."
    articles = [
        _article("a", [event("VISIT", ["wisatawan"], told.format("wisatawan", "Candi Borobudur"), "2025-06-08", "Candi Borobudur", "datang ke")]),
        _article("b", [event("VISIT", ["turis"], told.format("turis", "Pantai Kuta"), "2025-06-08", "Pantai Kuta", "datang ke")]),
    ]
    assert _groups("VISIT", articles) == [["a"], ["b"]]


def test_offenders_named_apart_are_two_sentences():
    articles = [
        _article("a", [event("SENTENCE", ["pelaku", "Budi Santoso"], "Pelaku Budi Santoso divonis 10 tahun penjara pada Senin (9/6/2025).", "2025-06-09", None, "divonis")]),
        _article("b", [event("SENTENCE", ["tersangka", "Andi Wijaya"], "Tersangka Andi Wijaya divonis 5 tahun penjara pada Senin (9/6/2025).", "2025-06-09", None, "divonis")]),
    ]
    assert _groups("SENTENCE", articles) == [["a"], ["b"]]


def test_initials_that_fit_another_man_at_another_place_stay_two_arrests():
    articles = [
        _article("a", [event("ARREST", ["Polres Bogor", "MR"], "Polres Bogor menangkap kurir sabu berinisial MR di Cibinong pada Minggu (8/6/2025).", "2025-06-08", "Cibinong", "menangkap")]),
        _article("b", [event("ARREST", ["Polres Bogor", "Muhammad Ramdan"], "Polres Bogor menangkap bandar sabu Muhammad Ramdan di Cileungsi pada Minggu (8/6/2025).", "2025-06-08", "Cileungsi", "menangkap")]),
    ]
    assert _groups("ARREST", articles) == [["a"], ["b"]]


def test_an_agency_acronym_is_no_suspect_initials():
    articles = [
        _article("a", [event("ARREST", ["BNN", "MR"], "BNN menangkap kurir sabu berinisial MR di Medan pada Minggu (8/6/2025).", "2025-06-08", "Medan", "menangkap")]),
        _article("b", [event("ARREST", ["Badan Narkotika Nasional", "Muhammad Ramdan"], "Badan Narkotika Nasional menangkap Muhammad Ramdan di Aceh Tamiang pada Minggu (8/6/2025).", "2025-06-08", "Aceh Tamiang", "menangkap")]),
    ]
    assert _groups("ARREST", articles) == [["a"], ["b"]]


def test_two_roles_told_together_stay_two_parties():
    told = "Puluhan mahasiswa dan siswa SMA datang ke Gedung DPR pada Minggu (8/6/2025)."
    (visit,) = _entries("VISIT", [_article("a", [event("VISIT", ["mahasiswa", "siswa"], told, "2025-06-08", "Gedung DPR", "datang ke")])])
    assert visit.who == ["mahasiswa", "siswa"]


def test_a_report_published_before_the_arrest_does_not_join_it():
    articles = [
        _article("a", [event("ARREST", ["Polda Metro Jaya", "Muhammad Rizki", "Andi Putra"], "Polda Metro Jaya menangkap Muhammad Rizki dan Andi Putra di Bekasi pada Minggu (8/6/2025).", "2025-06-08", "Bekasi", "menangkap")]),
        _article("b", [event("ARREST", ["MR", "AP"], "Dua pelaku pencurian, MR dan AP, diamankan di Depok.", None, "Depok", "diamankan")], published="2025-06-02"),
    ]
    merged = [t for t in _entries("ARREST", articles) if t.who[:1] == ["Polda Metro Jaya"]]
    assert [sorted(t.articles) for t in merged] == [["a"]]
