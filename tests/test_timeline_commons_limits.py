"""Where a timeline entry's generic parties and nested places stop: a city that strikes back is a party, not where the
strike happened; a witness or an informant is no one the arrest befell; a region of another level, or a road, with
the same name is another place; a crew member who only tells the crash, or was spared, is no victim; a group that acts
stays a party beside a named one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from story_articles import article, timeline_entries
from telisik.stories.parties import as_common_noun
from telisik.stories.timeline import _nested_places

D = "2025-06-20"


def _ev(kind: str, who: list[str], where: str | None, trigger: str, i: int = 0, when: str = D) -> dict[str, object]:
    return {"type": kind, "who": who, "where": where, "when": when, "trigger": trigger, "in_sentence": i}


def test_a_city_struck_one_day_and_striking_the_next_stays_the_doer():
    a = article("a", D, ["Israel menyerang Teheran, Jumat (20/6/2025)."], [_ev("ATTACK", ["Israel"], "Teheran", "menyerang")])
    b = article(
        "b",
        "2025-06-21",
        ["Teheran menembakkan rudal ke Israel, Sabtu (21/6/2025)."],
        [_ev("ATTACK", ["Teheran", "Israel"], "Israel", "menembakkan", when="2025-06-21")],
    )
    rows = timeline_entries(a, b)
    assert ("2025-06-20", "ATTACK", ("Israel",), "Teheran") in rows
    assert ("2025-06-21", "ATTACK", ("Teheran", "Israel"), "Israel") in rows


@pytest.mark.parametrize("helper", ["saksi", "petugas", "pelapor", "masyarakat", "warga"])
def test_a_witness_or_an_informant_is_not_the_arrested(helper: str) -> None:
    a = article(
        "a",
        D,
        [f"Polsek Cemara menangkap pelaku berkat informasi {helper}, Jumat (20/6/2025)."],
        [_ev("ARREST", ["Polsek Cemara", helper], None, "menangkap")],
    )
    assert [r[2] for r in timeline_entries(a) if r[1] == "ARREST"] == [("Polsek Cemara",)]


def test_the_object_of_an_arrest_is_the_arrested():
    a = article(
        "a",
        D,
        ["Polsek Cemara menangkap dua pengamen di terminal, Jumat (20/6/2025)."],
        [_ev("ARREST", ["Polsek Cemara", "pengamen"], None, "menangkap")],
    )
    assert [r[2] for r in timeline_entries(a) if r[1] == "ARREST"] == [("Polsek Cemara", "pengamen")]


@pytest.mark.parametrize(
    ("region", "other"),
    [
        ("Kota Bogor", "Kabupaten Bogor"),
        ("Kota Tangerang", "Kabupaten Tangerang"),
        ("Provinsi Papua", "Papua Tengah"),
        ("Provinsi Papua", "Papua Nugini"),
        ("Kota Bandung", "Jalan Bandung"),
        ("Kota Bogor", "Jalan Raya Bogor"),
        ("Kabupaten Bekasi", "Stasiun Bekasi"),
    ],
)
def test_a_region_does_not_hold_a_namesake_of_another_level_or_a_road(region: str, other: str) -> None:
    assert not _nested_places(region, other, [])


def test_a_city_holds_the_station_named_after_it():
    assert _nested_places("Kota Cemara", "Stasiun Cemara", [])


def test_evacuations_at_a_regency_and_a_station_of_its_name_stay_two():
    a = article(
        "a", D, ["Warga dievakuasi dari Stasiun Bekasi, Jumat (20/6/2025)."], [_ev("EVACUATE", ["warga"], "Stasiun Bekasi", "dievakuasi")]
    )
    b = article(
        "b",
        D,
        ["Warga dievakuasi akibat banjir di Kabupaten Bekasi, Jumat (20/6/2025)."],
        [_ev("EVACUATE", ["warga"], "Kabupaten Bekasi", "dievakuasi")],
    )
    assert len([r for r in timeline_entries(a, b) if r[1] == "EVACUATE"]) == 2


def test_protests_on_a_road_named_after_a_city_and_in_that_city_stay_two():
    a = article(
        "a",
        D,
        ["Mahasiswa berdemo di Jalan Bandung, Malang, Jumat (20/6/2025)."],
        [_ev("PROTEST", ["mahasiswa"], "Jalan Bandung", "berdemo")],
    )
    b = article(
        "b", D, ["Mahasiswa berdemo di Kota Bandung, Jumat (20/6/2025)."], [_ev("PROTEST", ["mahasiswa"], "Kota Bandung", "berdemo")]
    )
    assert len([r for r in timeline_entries(a, b) if r[1] == "PROTEST"]) == 2


def test_a_pilot_who_tells_the_injuries_is_no_victim():
    a = article(
        "a",
        D,
        ["Menurut pilot, dua penumpang berinisial AB dan CD mengalami luka ringan, Jumat (20/6/2025)."],
        [_ev("INJURE", ["pilot", "AB", "CD"], None, "mengalami luka")],
    )
    assert [r[2] for r in timeline_entries(a) if r[1] == "INJURE"] == [("AB", "CD")]


def test_a_captain_who_survived_is_no_victim():
    a = article(
        "a",
        D,
        ["Penumpang berinisial AB tewas, Jumat (20/6/2025).", "Nakhoda kapal selamat dan kini diperiksa polisi, Jumat (20/6/2025)."],
        [_ev("DIE", ["AB", "nakhoda"], None, "tewas")],
    )
    assert [r[2] for r in timeline_entries(a) if r[1] == "DIE"] == [("AB",)]


def test_a_group_that_acts_stays_a_party():
    for name in ("Tim gabungan", "Pasukan keamanan", "Pemerintah kota", "Pengunjuk rasa"):
        assert as_common_noun(name) == name
