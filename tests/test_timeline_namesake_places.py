"""Places of one name that are two: a regency and the city of its name, a region and the one whose name opens with
its own ("Tangerang", "Tangerang Selatan"), two villages a list writes side by side; the place of a journey taken from
the report that dates it; and a strike told undated the day before is no part of a later day's. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from story_articles import article, timeline_entries
from telisik.stories.timeline import _nested_places, _regions_of_one_name, timeline_and_conflicts

D = "2025-06-20"


def _ev(kind: str, who: list[str], where: str | None, trigger: str, i: int = 0, when: str | None = D) -> dict[str, object]:
    return {"type": kind, "who": who, "where": where, "when": when, "trigger": trigger, "in_sentence": i}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tangerang", "Tangerang Selatan"),
        ("Kota Tangerang", "Kota Tangerang Selatan"),
        ("Kota Bogor", "Kabupaten Bogor"),
        ("Bandung", "Bandung Barat"),
    ],
)
def test_two_regions_of_one_name(a: str, b: str) -> None:
    assert _regions_of_one_name(a, b)
    assert _regions_of_one_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bogor", "Kabupaten Bogor"),  # one regency, bare and headed
        ("Jakarta", "Jakarta Selatan"),  # a province holds the city
        ("Kecamatan Cianjur", "Kabupaten Cianjur"),  # a district of its regency's name
        ("Kota Bengkulu", "Provinsi Bengkulu"),
        ("Kota Tangerang", "Stasiun Tangerang-Batuceper"),
    ],
)
def test_one_place_or_one_inside_the_other_is_no_pair_of_namesakes(a: str, b: str) -> None:
    assert not _regions_of_one_name(a, b)


def test_protests_in_tangerang_and_in_tangerang_selatan_are_two():
    a = article("a", D, ["Buruh berunjuk rasa di Tangerang, Jumat (20/6/2025)."], [_ev("PROTEST", ["buruh"], "Tangerang", "berunjuk rasa")])
    b = article(
        "b",
        D,
        ["Buruh berunjuk rasa di Tangerang Selatan, Jumat (20/6/2025)."],
        [_ev("PROTEST", ["buruh"], "Tangerang Selatan", "berunjuk rasa")],
    )
    assert sorted(r[3] or "" for r in timeline_entries(a, b) if r[1] == "PROTEST") == ["Tangerang", "Tangerang Selatan"]


def test_a_driver_in_the_city_takes_no_name_of_a_driver_in_the_regency():
    city = article(
        "a",
        D,
        ["Akibatnya sopir mengalami luka di Kota Bogor, Jumat (20/6/2025)."],
        [_ev("INJURE", ["sopir"], "Kota Bogor", "mengalami luka")],
    )
    regency = article(
        "b",
        D,
        ["Sopir berinisial AB dan penumpang berinisial CD mengalami luka di Kabupaten Bogor, Jumat (20/6/2025)."],
        [_ev("INJURE", ["AB", "CD"], "Kabupaten Bogor", "mengalami luka")],
    )
    injuries = {r[3]: r[2] for r in timeline_entries(city, regency) if r[1] == "INJURE"}
    assert injuries == {"Kota Bogor": ("sopir",), "Kabupaten Bogor": ("AB", "CD")}


def test_two_villages_of_a_list_are_side_by_side():
    listed = ["Banjir merendam Desa Sukamaju, Desa Sukaraja, Kecamatan Cemara."]
    assert not _nested_places("Desa Sukamaju", "Desa Sukaraja", listed)
    assert _nested_places("Desa Sukaraja", "Kecamatan Cemara", listed)
    assert _nested_places("Dusun Talun", "Desa Sukamaju", ["di Dusun Talun, Desa Sukamaju"])  # a hamlet in its village


def test_a_journey_takes_the_place_of_the_report_that_dates_it():
    a = article(
        "a",
        D,
        [
            "Jemaah bernama Siti Aminah telah pulang ke Indonesia pada Selasa (17/6/2025).",
            "Siti Aminah tiba di Madinah bersama jemaah lain.",
        ],
        [
            _ev("VISIT", ["Siti Aminah"], "Indonesia", "pulang ke", 0, when="2025-06-17"),
            _ev("VISIT", ["Siti Aminah"], "Madinah", "tiba", 1, when=None),
        ],
    )
    assert [(r[0], r[3]) for r in timeline_entries(a) if r[1] == "VISIT"] == [("2025-06-17", "Indonesia")]


def test_a_death_keeps_the_venue_over_the_country_its_dated_report_gives():
    a = article(
        "a",
        D,
        ["Jemaah bernama Siti Aminah meninggal dunia di Arab Saudi, Selasa (17/6/2025).", "Ia meninggal dunia di Maktab 12 Cemara."],
        [
            _ev("DIE", ["Siti Aminah"], "Arab Saudi", "meninggal dunia", 0, when="2025-06-17"),
            _ev("DIE", ["Siti Aminah"], "Maktab 12 Cemara", "meninggal dunia", 1, when=None),
        ],
    )
    assert [(r[0], r[3]) for r in timeline_entries(a) if r[1] == "DIE"] == [("2025-06-17", "Maktab 12 Cemara")]


def test_a_strike_told_undated_the_day_before_is_no_part_of_the_next_days_strike():
    later = article(
        "a",
        D,
        ["Militer Israel menyerang puluhan target di Kota Cemara pada Jumat (20/6/2025) dini hari."],
        [_ev("ATTACK", ["Israel"], "Kota Cemara", "menyerang")],
    )
    earlier = article(
        "b",
        "2025-06-19",
        ["Militer Israel mengatakan jet tempurnya telah menyerang 20 target di Kota Cemara."],
        [_ev("ATTACK", ["Israel"], "Kota Cemara", "menyerang", when=None)],
    )
    timeline, _ = timeline_and_conflicts([later, earlier], {"a": 0, "b": 1})
    strikes = [t for t in timeline if t.when == D and t.type == "ATTACK"]
    assert [{e.article for e in t.evidence} for t in strikes] == [{"a"}]
