"""One visit, one entry (issue 16): a visit told only of two countries ("Indonesia dan Rusia menyepakati ... dalam
rangkaian kunjungan") on the day the story tells its leaders' meeting is that meeting's visit, no entry of its own
(``_visit_of_a_meeting``); and two reports of one repatriation naming two agents, the ministry leading it and the king
ordering it, are one evacuation when both, dated, name the same people moved (``_same_evacuees``). Events written for these
tests."""

from __future__ import annotations

from telisik.stories.timeline import timeline_and_conflicts


def event(kind: str, who: list[str], sentence: str, trigger: str, when: str | None = "2025-06-19", where: str | None = None) -> dict:
    return {"type": kind, "who": who, "when": when, "where": where, "status": "occurred", "trigger": trigger, "sentence": sentence}


def _timeline(articles: list[dict]) -> list:
    timeline, _ = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return timeline


MEETING = event(
    "MEET",
    ["Joko Santoso", "Ivan Petrov"],
    "Presiden Indonesia Joko Santoso bertemu Presiden Rusia Ivan Petrov di Istana Merah, Kamis (19/6/2025).",
    "bertemu",
    where="Istana Merah",
)
COUNTRIES_VISIT = event(
    "VISIT",
    ["Indonesia", "Rusia"],
    "Indonesia dan Rusia menyepakati tiga kerja sama dalam rangkaian kunjungan di Istana Merah, Kamis (19/6/2025).",
    "kunjungan",
    where="Istana Merah",
)


def test_a_visit_of_two_countries_on_the_day_of_their_leaders_meeting_is_no_entry():
    leader_visit = event("VISIT", ["Joko Santoso"], "Presiden Joko Santoso tiba di Rusia, Rabu (18/6/2025).", "tiba", "2025-06-18", "Rusia")
    timeline = _timeline(
        [
            {"id": "a", "published": "2025-06-19", "events": [MEETING, leader_visit]},
            {"id": "b", "published": "2025-06-19", "events": [COUNTRIES_VISIT]},
        ]
    )
    assert sorted((t.type, tuple(t.who)) for t in timeline) == [
        ("MEET", ("Joko Santoso", "Ivan Petrov")),
        ("VISIT", ("Joko Santoso",)),
    ]


def test_a_visit_of_two_countries_stays_beside_a_meeting_of_others_that_day():
    # a governor meeting a regent the day Indonesia and Russia sign: not the countries' leaders' meeting
    others = event(
        "MEET",
        ["Budi Hartono", "Siti Rahma"],
        "Gubernur Budi Hartono bertemu Bupati Siti Rahma di Istana Merah, Kamis (19/6/2025).",
        "bertemu",
        where="Istana Merah",
    )
    timeline = _timeline(
        [
            {"id": "a", "published": "2025-06-19", "events": [others]},
            {"id": "b", "published": "2025-06-19", "events": [COUNTRIES_VISIT]},
        ]
    )
    assert ("VISIT", ["Indonesia", "Rusia"]) in [(t.type, t.who) for t in timeline]


def test_a_visit_of_two_countries_stays_where_the_story_tells_no_meeting_that_day():
    meeting = {**MEETING, "when": "2025-06-10", "sentence": "Presiden Joko Santoso bertemu Presiden Ivan Petrov, Selasa (10/6/2025)."}
    timeline = _timeline(
        [
            {"id": "a", "published": "2025-06-19", "events": [meeting]},
            {"id": "b", "published": "2025-06-19", "events": [COUNTRIES_VISIT]},
        ]
    )
    assert ("VISIT", ["Indonesia", "Rusia"]) in [(t.type, t.who) for t in timeline]


def test_a_repatriation_told_by_its_leader_and_by_whoever_ordered_it_is_one():
    timeline = _timeline(
        [
            {
                "id": "a",
                "published": "2025-06-19",
                "events": [
                    event(
                        "EVACUATE",
                        ["Kementerian Haji"],
                        "Kementerian Haji memimpin pemulangan jemaah haji Iran itu, yang dimulai Minggu (15/6).",
                        "pemulangan",
                        "2025-06-15",
                    )
                ],
            },
            {
                "id": "b",
                "published": "2025-06-19",
                "events": [
                    event(
                        "EVACUATE",
                        ["Raja Faisal"],
                        "Pemulangan jemaah haji asal Iran sejak Minggu (15/6) dilakukan atas perintah Raja Faisal.",
                        "pemulangan",
                        "2025-06-15",
                    )
                ],
            },
        ]
    )
    assert [(t.type, t.articles) for t in timeline] == [("EVACUATE", ["a", "b"])]


def test_evacuations_of_bare_common_nouns_by_two_agents_stay_two():
    events = [
        event("EVACUATE", ["BPBD Sukamaju"], "BPBD Sukamaju melakukan evakuasi warga pada Minggu (15/6).", "evakuasi", "2025-06-15"),
        event("EVACUATE", ["Basarnas"], "Basarnas melakukan evakuasi warga pada Minggu (15/6).", "evakuasi", "2025-06-15"),
    ]
    timeline = _timeline([{"id": "a", "published": "2025-06-19", "events": events[:1]}, {"id": "b", "published": "2025-06-19", "events": events[1:]}])
    assert len([t for t in timeline if t.type == "EVACUATE"]) == 2


def test_a_country_written_by_another_of_its_names_before_its_leaders_name_makes_the_meeting_its():
    # "Presiden RI Joko Santoso": Indonesia written as "RI" before its party's name
    meeting = {**MEETING, "sentence": "Presiden RI Joko Santoso bertemu Presiden Rusia Ivan Petrov di Istana Merah, Kamis (19/6/2025)."}
    timeline = _timeline(
        [
            {"id": "a", "published": "2025-06-19", "events": [meeting]},
            {"id": "b", "published": "2025-06-19", "events": [COUNTRIES_VISIT]},
        ]
    )
    assert "VISIT" not in [t.type for t in timeline]
