"""The injuries (or deaths) of one crash or attack are one entry, whoever each report names, while a doer's own injury,
and injuries with no cause told (players hurt in one match), stay apart (``fold_fates_of_one_cause``); on events
written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import timeline_and_conflicts
from timeline_events import event_record


def event(kind: str, who: list[str], sentence: str, where: str | None = "Jalan Merdeka", when: str = "2025-06-12") -> dict:
    return event_record(kind, sentence, who, when, where)


def _timeline(events: list[dict]) -> list:
    timeline, _ = timeline_and_conflicts([{"id": "a", "published": "2025-06-12", "events": events}], {"a": 0})
    return timeline


CRASH = event("ACCIDENT", ["truk"], "Sebuah truk menabrak mobil boks di Jalan Merdeka pada Kamis (12/6/2025).")


def test_two_people_hurt_in_one_crash_are_one_injury_entry():
    timeline = _timeline(
        [
            CRASH,
            event("INJURE", ["Joko Susilo"], "Sopir Joko Susilo mengalami luka berat di bagian kepala."),
            event("INJURE", ["Rina Lestari"], "Penumpang Rina Lestari mengalami luka ringan di tangan."),
        ]
    )
    injuries = [t for t in timeline if t.type == "INJURE"]
    assert [sorted(t.who) for t in injuries] == [["Joko Susilo", "Rina Lestari"]]


def test_victims_named_by_initials_beside_a_much_told_driver_stay_parties():
    driver = [event("INJURE", ["AB"], f"Sopir AB mengalami luka di tangan {n}.") for n in ("kanan", "kiri", "lagi", "pula")]
    timeline = _timeline([CRASH, *driver, event("INJURE", ["MY"], "Korban MY mengalami luka di kaki.")])
    assert [sorted(t.who) for t in timeline if t.type == "INJURE"] == [["AB", "MY"]]


def test_the_doers_own_injury_stays_apart_from_the_victims():
    timeline = _timeline(
        [
            event("ATTACK", ["pelaku"], "Pelaku menusuk seorang warga di Jalan Merdeka."),
            event("INJURE", ["Joko Susilo"], "Warga Joko Susilo mengalami luka tusuk."),
            event("INJURE", ["pelaku"], "Pelaku juga mengalami luka karena menabrak pagar saat kabur."),
        ]
    )
    assert len([t for t in timeline if t.type == "INJURE"]) == 2


def test_players_hurt_in_one_match_with_no_crash_told_stay_two_entries():
    timeline = _timeline(
        [
            event("INJURE", ["Budi Santoso"], "Bek Budi Santoso mengalami cedera lutut di babak pertama.", "Stadion Utama"),
            event("INJURE", ["Dedi Kurnia"], "Gelandang Dedi Kurnia mengalami cedera engkel di babak kedua.", "Stadion Utama"),
        ]
    )
    assert sorted(tuple(t.who) for t in timeline if t.type == "INJURE") == [("Budi Santoso",), ("Dedi Kurnia",)]


def test_injuries_of_a_day_with_a_crash_and_a_stabbing_stay_apart():
    # two causes told that day: nothing says whose injury is whose
    timeline = _timeline(
        [
            CRASH,
            event("ATTACK", ["Dani"], "Preman Dani menusuk seorang penumpang di Jalan Sudirman.", "Jalan Sudirman"),
            event("INJURE", ["Joko Susilo"], "Sopir Joko Susilo mengalami luka berat di kepala."),
            event("INJURE", ["Rina Lestari"], "Penumpang Rina Lestari mengalami luka ringan.", "Jalan Sudirman"),
        ]
    )
    assert len([t for t in timeline if t.type == "INJURE"]) == 2


def test_deaths_at_two_crashes_a_grouping_joined_stay_apart():
    # the truck's and the bus's crashes, at two toll roads, are one ACCIDENT group: no one cause of the day
    timeline = _timeline(
        [
            event("ACCIDENT", ["truk"], "Sebuah truk menabrak mobil di Tol Cipali pada Kamis (12/6/2025).", "Tol Cipali"),
            event("ACCIDENT", ["bus"], "Sebuah bus terguling di Tol Cipularang pada Kamis (12/6/2025).", "Tol Cipularang"),
            event("DIE", ["Joko Susilo"], "Sopir Joko Susilo tewas di lokasi kejadian.", "Tol Cipali"),
            event("DIE", ["Rina Lestari"], "Penumpang Rina Lestari tewas di lokasi kejadian.", "Tol Cipularang"),
        ]
    )
    assert sorted(tuple(t.who) for t in timeline if t.type == "DIE") == [("Joko Susilo",), ("Rina Lestari",)]


def test_a_death_told_at_another_place_is_not_the_crashs():
    timeline = _timeline(
        [
            CRASH,
            event("DIE", ["Joko Susilo"], "Sopir Joko Susilo tewas di lokasi kejadian."),
            event("DIE", ["Sutiah"], "Jemaah haji Sutiah meninggal dunia di Mekkah.", "Mekkah"),
        ]
    )
    assert sorted(tuple(t.who) for t in timeline if t.type == "DIE") == [("Joko Susilo",), ("Sutiah",)]


def test_a_death_whose_sentence_gives_its_own_cause_is_not_the_crashs():
    timeline = _timeline(
        [
            CRASH,
            event("DIE", ["Joko Susilo"], "Sopir Joko Susilo tewas di lokasi kejadian."),
            event("DIE", ["Andi Pratama"], "Warga Andi Pratama tewas tenggelam saat berenang.", None),
        ]
    )
    assert sorted(tuple(t.who) for t in timeline if t.type == "DIE") == [("Andi Pratama",), ("Joko Susilo",)]


def _dies_thrice(name: str) -> list[dict]:
    return [event("DIE", [name], f"Warga {name} meninggal dunia {x}.", None) for x in ("di rumah sakit", "pagi itu", "di tempat")]


def test_a_player_who_opens_the_next_clause_is_no_party_of_an_injury():
    told = [event("INJURE", ["Rizky Ridho"], f"Bek Rizky Ridho mengalami cedera {x}.", None) for x in ("lutut", "parah", "lagi")]
    beside = event(
        "INJURE", ["Rizky Ridho", "Mees Hilgers"], "Bek Rizky Ridho dikabarkan cedera, Mees Hilgers bisa mendapat kesempatan.", None
    )
    assert [t.who for t in _timeline([*told, beside]) if t.type == "INJURE"] == [["Rizky Ridho"]]


def test_the_driver_a_passive_verb_names_is_no_party_of_the_death():
    driven = event("DIE", ["Budi Santoso", "Andi"], "Warga Budi Santoso tewas ditabrak mobil yang dikemudikan Andi.", None)
    assert [t.who for t in _timeline([*_dies_thrice("Budi Santoso"), driven]) if t.type == "DIE"] == [["Budi Santoso"]]


def test_an_acronym_beside_a_death_is_no_one_it_befell():
    evacuated = event("DIE", ["Budi Santoso", "TNI"], "Warga Budi Santoso meninggal dunia saat dievakuasi TNI.", None)
    assert [t.who for t in _timeline([*_dies_thrice("Budi Santoso"), evacuated]) if t.type == "DIE"] == [["Budi Santoso"]]
