"""One happening told several ways is one entry with every report of it (issue 16): a brawl's one death told of "satu
orang", of the "pelaku" who died and of the victim's initials; an evacuation told of its rescuers and of whom it moved.
Different happenings stay apart: a shooter dead beside eight victims, a robber shot after killing a man, two deaths
and a name, evacuations at two places. On events written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import timeline_and_conflicts
from timeline_events import event_record

DAY = "2025-06-12"


def event(
    kind: str,
    who: list[str],
    sentence: str,
    when: str | None = DAY,
    where: str | None = "Jalan Merdeka",
    count: int | None = None,
    trigger: str | None = None,
) -> dict:
    record = event_record(kind, sentence, who, when, where, trigger)
    if count is not None:
        record["count"] = count
    return record


def _timeline(*articles: list[dict]) -> list:
    docs = [{"id": f"a{n}", "published": f"{DAY}T1{n}:00:00+07:00", "events": events} for n, events in enumerate(articles)]
    timeline, _ = timeline_and_conflicts(docs, {d["id"]: n for n, d in enumerate(docs)})
    return timeline


def _deaths(timeline: list) -> list:
    return [t for t in timeline if t.type == "DIE"]


ONE_DEAD = event("DIE", ["orang"], "Satu orang tewas dalam tawuran di Jalan Merdeka pada Kamis (12/6/2025).", count=1)
DOER_DEAD = event("DIE", ["pelaku"], "Korban tewas yang juga pelaku tawuran itu sempat dilarikan warga pada Kamis (12/6/2025).")
NAMED_DEAD = event("DIE", ["AR"], "Identitas korban meninggal dunia berinisial AR, warga Cempaka.", when=None, where=None)


def test_a_brawls_one_death_told_of_the_dead_doer_is_one_entry():
    deaths = _deaths(
        _timeline(
            [ONE_DEAD, DOER_DEAD],
            [event("DIE", ["orang"], "Seorang pemuda tewas dalam tawuran di Jalan Merdeka pada Kamis (12/6/2025).", count=1), DOER_DEAD],
        )
    )
    assert len(deaths) == 1
    assert sorted(deaths[0].articles) == ["a0", "a1"]
    assert len(deaths[0].evidence) == 4


def test_the_victims_initials_told_undated_name_the_days_one_death():
    deaths = _deaths(_timeline([ONE_DEAD, DOER_DEAD, NAMED_DEAD]))
    assert [(t.when, t.who) for t in deaths] == [(DAY, ["AR"])]
    assert len(deaths[0].evidence) == 3


def test_a_shooter_dead_beside_eight_victims_stays_a_death_of_its_own():
    deaths = _deaths(
        _timeline(
            [
                event("DIE", ["orang"], "Delapan orang tewas dalam penembakan di Jalan Merdeka pada Kamis (12/6/2025).", count=8),
                event("DIE", ["pelaku"], "Korban tewas termasuk pelaku penembakan yang bunuh diri pada Kamis (12/6/2025)."),
            ]
        )
    )
    assert len(deaths) == 2


def test_a_robber_shot_after_killing_a_man_is_a_second_death():
    deaths = _deaths(
        _timeline(
            [
                event("DIE", ["warga"], "Seorang warga tewas ditusuk perampok di Jalan Merdeka pada Kamis (12/6/2025).", count=1),
                event("DIE", ["pelaku"], "Pelaku tewas ditembak polisi karena melawan saat ditangkap pada Kamis (12/6/2025)."),
            ]
        )
    )
    assert len(deaths) == 2


def test_a_name_beside_two_deaths_is_told_of_neither():
    deaths = _deaths(
        _timeline([event("DIE", ["orang"], "Dua orang tewas dalam tawuran di Jalan Merdeka pada Kamis (12/6/2025).", count=2), NAMED_DEAD])
    )
    assert ["orang"] in [t.who for t in deaths]
    assert all("AR" not in t.who for t in deaths if t.evidence and t.evidence[0].event == 0)


PORT = "Pelabuhan Kendari"
RESCUERS = event(
    "EVACUATE", ["Basarnas"], "Kapal Basarnas tiba di Pelabuhan Kendari pada Kamis (12/6/2025) dan mulai mengevakuasi.", where=PORT
)


def test_an_evacuation_told_of_its_rescuers_and_of_whom_it_moved_is_one_entry():
    moved = event("EVACUATE", ["penumpang"], "Seluruh penumpang dievakuasi ke Pelabuhan Kendari pada Kamis (12/6/2025).", where=PORT)
    evacuations = [t for t in _timeline([RESCUERS], [moved]) if t.type == "EVACUATE"]
    assert len(evacuations) == 1
    assert sorted(evacuations[0].articles) == ["a0", "a1"]


def test_rescuers_beside_evacuations_at_two_places_stay_apart():
    timeline = _timeline(
        [
            RESCUERS,
            event(
                "EVACUATE", ["penumpang"], "Seluruh penumpang dievakuasi dari Pulau Wawonii pada Kamis (12/6/2025).", where="Pulau Wawonii"
            ),
            event("EVACUATE", ["nelayan"], "Para nelayan dievakuasi dari Teluk Kendari pada Kamis (12/6/2025).", where="Teluk Kendari"),
        ]
    )
    assert len([t for t in timeline if t.type == "EVACUATE"]) == 3


def test_the_killer_named_before_an_active_killing_verb_is_not_whom_the_death_befell():
    deaths = _deaths(
        _timeline(
            [event("DIE", ["Sri Wahyuni"], "Warga Sri Wahyuni tewas di rumahnya di Jalan Merdeka pada Kamis (12/6/2025).")],
            [event("DIE", ["RK"], "Polisi menyebut RK membunuh istrinya pada Kamis (12/6/2025) karena cemburu.", trigger="membunuh")],
        )
    )
    assert [t.who for t in deaths] == [["Sri Wahyuni"]]
    assert sorted(deaths[0].articles) == ["a0", "a1"]


def test_the_dead_named_before_a_passive_killing_verb_stays_the_dead():
    deaths = _deaths(
        _timeline(
            [
                event(
                    "DIE", ["Sri Wahyuni"], "Warga Sri Wahyuni dibunuh suaminya di Jalan Merdeka pada Kamis (12/6/2025).", trigger="dibunuh"
                )
            ]
        )
    )
    assert [t.who for t in deaths] == [["Sri Wahyuni"]]


def test_a_doer_dead_at_another_place_is_no_brawls_death():
    # review of issue 16: a robber shot dead in another street, called "yang juga pelaku" by its report, is a second death
    robber = event(
        "DIE",
        ["pelaku"],
        "Pelaku begal yang juga pelaku penjambretan tewas ditembak polisi di Jalan Cempaka pada Kamis (12/6/2025).",
        where="Jalan Cempaka",
    )
    deaths = _deaths(_timeline([ONE_DEAD, robber]))
    assert len(deaths) == 2


def test_wounded_soldiers_evacuated_are_whom_it_moved_not_rescuers():
    # review of issue 16: "personel" carries out an evacuation, or is whom it moved; the wounded soldiers' evacuation is
    # no report of the villagers' at another place
    timeline = _timeline(
        [
            event(
                "EVACUATE",
                ["personel TNI"],
                "Dua personel TNI yang terluka langsung dievakuasi dengan helikopter pada Kamis (12/6/2025).",
                where=None,
                trigger="dievakuasi",
            ),
            event(
                "EVACUATE",
                ["warga"],
                "Ratusan warga dievakuasi dari Kampung Sugapa pada Kamis (12/6/2025).",
                where="Kampung Sugapa",
                trigger="dievakuasi",
            ),
        ]
    )
    assert len([t for t in timeline if t.type == "EVACUATE"]) == 2


def test_personnel_who_evacuate_a_school_join_its_evacuation():
    # a guard, passing both ways: the rescuers written after "oleh" stay rescuers
    rescuers = event(
        "EVACUATE",
        ["personel"],
        "Gedung sekolah itu sedang dievakuasi oleh para personel kepolisian pada Kamis (12/6/2025).",
        where=None,
        trigger="dievakuasi",
    )
    moved = event(
        "EVACUATE", ["siswa"], "Polisi mengevakuasi semua siswa dan guru pada Kamis (12/6/2025).", where=None, trigger="mengevakuasi"
    )
    timeline = _timeline([rescuers], [moved])
    assert len([t for t in timeline if t.type == "EVACUATE"]) == 1
