"""A timeline entry's parties and places: a role a sentence opens with is the generic role, no person of that name; a
crew member hurt beside the riders police name by initials stays a party; an evacuation told at a station and at the
city it lies in is one entry. Sentences written for these tests."""

from __future__ import annotations

from story_articles import article, timeline_entries
from telisik.stories.parties import as_common_noun


def test_a_capitalised_role_is_written_small():
    assert as_common_noun("Masinis") == "masinis"
    assert as_common_noun("Korban luka") == "korban luka"
    assert as_common_noun("Pihak berwenang") == "pihak berwenang"
    # names stay as written: a person's, one of capitalised words, an acronym
    assert as_common_noun("Budi Santoso") == "Budi Santoso"
    assert as_common_noun("Ardi bin Usman") == "Ardi bin Usman"
    assert as_common_noun("Putri") == "Putri"
    assert as_common_noun("TNI") == "TNI"


def test_a_role_opening_the_sentence_is_no_named_person():
    a = article(
        "a",
        "2025-06-20",
        ["Kereta menabrak truk di Kota Cemara, Jumat (20/6/2025).", "Masinis dilarikan ke rumah sakit pada Jumat (20/6/2025)."],
        [{"type": "EVACUATE", "who": ["Masinis"], "when": "2025-06-20", "trigger": "dilarikan", "in_sentence": 1}],
    )
    assert ("2025-06-20", "EVACUATE", ("masinis",), None) in timeline_entries(a)


def test_the_hurt_crew_stays_beside_the_named_riders():
    a = article(
        "a",
        "2025-06-20",
        [
            "Sopir truk berinisial RS mengalami luka di tangan, Jumat (20/6/2025).",
            "Pemotor berinisial AK dan TW mengalami luka di kaki, Jumat (20/6/2025).",
            "Akibatnya masinis kereta mengalami luka di kepala, Jumat (20/6/2025).",
        ],
        [
            {"type": "INJURE", "who": ["RS"], "when": "2025-06-20", "trigger": "mengalami luka", "in_sentence": 0},
            {"type": "INJURE", "who": ["AK", "TW"], "when": "2025-06-20", "trigger": "mengalami luka", "in_sentence": 1},
            {"type": "INJURE", "who": ["masinis"], "when": "2025-06-20", "trigger": "mengalami luka", "in_sentence": 2},
        ],
    )
    injuries = [set(who) for _, kind, who, _ in timeline_entries(a) if kind == "INJURE"]
    assert injuries == [{"RS", "AK", "TW", "masinis"}]


def test_a_crew_member_named_by_the_role_is_not_counted_twice():
    a = article(
        "a",
        "2025-06-20",
        [
            "Masinis berinisial DK mengalami luka di kepala, Jumat (20/6/2025).",
            "Akibatnya masinis kereta mengalami luka berat, Jumat (20/6/2025).",
        ],
        [
            {"type": "INJURE", "who": ["DK"], "when": "2025-06-20", "trigger": "mengalami luka", "in_sentence": 0},
            {"type": "INJURE", "who": ["masinis"], "when": "2025-06-20", "trigger": "mengalami luka", "in_sentence": 1},
        ],
    )
    assert [who for _, kind, who, _ in timeline_entries(a) if kind == "INJURE"] == [("DK",)]


def test_one_evacuation_at_a_station_and_at_its_city_is_one_entry():
    station = article(
        "a",
        "2025-06-20",
        ["Akibatnya masinis dilarikan ke rumah sakit, Jumat (20/6/2025)."],
        [
            {
                "type": "EVACUATE",
                "who": ["masinis"],
                "where": "Stasiun Cemara-Batuceper",
                "when": "2025-06-20",
                "trigger": "dilarikan",
                "in_sentence": 0,
            }
        ],
    )
    city = article(
        "b",
        "2025-06-20",
        ["Masinis juga sudah dilarikan ke rumah sakit, Jumat (20/6/2025)."],
        [{"type": "EVACUATE", "who": ["Masinis"], "where": "Kota Cemara", "when": "2025-06-20", "trigger": "dilarikan", "in_sentence": 0}],
    )
    assert [row[2] for row in timeline_entries(station, city) if row[1] == "EVACUATE"] == [("masinis",)]


def test_evacuations_at_two_cities_stay_two():
    one = article(
        "a",
        "2025-06-20",
        ["Warga dievakuasi ke balai desa, Jumat (20/6/2025)."],
        [{"type": "EVACUATE", "who": ["warga"], "where": "Kota Cemara", "when": "2025-06-20", "trigger": "dievakuasi", "in_sentence": 0}],
    )
    other = article(
        "b",
        "2025-06-20",
        ["Warga dievakuasi ke masjid, Jumat (20/6/2025)."],
        [{"type": "EVACUATE", "who": ["warga"], "where": "Kota Lontar", "when": "2025-06-20", "trigger": "dievakuasi", "in_sentence": 0}],
    )
    assert len([row for row in timeline_entries(one, other) if row[1] == "EVACUATE"]) == 2


def test_an_arrest_the_police_made_keeps_whom_it_befell():
    a = article(
        "a",
        "2025-06-18",
        [
            "Lima pelaku ditangkap di Jalan Melati, Rabu (18/6/2025).",
            "Mereka diamankan Polres Kota Cemara di Jalan Melati, Rabu (18/6/2025).",
        ],
        [
            {"type": "ARREST", "who": ["pelaku"], "where": "Jalan Melati", "when": "2025-06-18", "trigger": "ditangkap", "in_sentence": 0},
            {
                "type": "ARREST",
                "who": ["Polres Kota Cemara"],
                "where": "Jalan Melati",
                "when": "2025-06-18",
                "trigger": "diamankan",
                "in_sentence": 1,
            },
        ],
    )
    assert [set(row[2]) for row in timeline_entries(a) if row[1] == "ARREST"] == [{"Polres Kota Cemara", "pelaku"}]


def test_those_taken_to_a_hospital_of_the_district_are_another_evacuation():
    site = article(
        "a",
        "2025-06-09",
        ["Para korban luka dievakuasi dari lokasi, Senin (9/6/2025)."],
        [
            {
                "type": "EVACUATE",
                "who": ["korban luka"],
                "where": "Distrik Cemara",
                "when": "2025-06-09",
                "trigger": "dievakuasi",
                "in_sentence": 0,
            }
        ],
    )
    hospital = article(
        "b",
        "2025-06-09",
        ["Beberapa korban dilarikan ke Rumah Sakit Cemara, Senin (9/6/2025)."],
        [
            {
                "type": "EVACUATE",
                "who": ["korban"],
                "where": "Rumah Sakit Cemara",
                "when": "2025-06-09",
                "trigger": "dilarikan",
                "in_sentence": 0,
            }
        ],
    )
    assert len([row for row in timeline_entries(site, hospital) if row[1] == "EVACUATE"]) == 2
