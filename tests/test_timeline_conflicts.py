"""Event conflicts a strict reader rejects: days of talks told over several days, arrests of unnamed people on two
nights, the places of a revocation's many mines; on events written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import timeline_and_conflicts
from timeline_events import event_record


def _event(kind: str, who: list[str], when: str, sentence: str, where: str | None = None) -> dict:
    return event_record(kind, sentence, who, when, where)


def _conflicts(*events: dict) -> list[dict]:
    articles = [{"id": f"a{i}", "published": "2025-06-20", "events": [ev]} for i, ev in enumerate(events)]
    _, conflicts = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return [c.to_dict() for c in conflicts]


def test_talks_told_on_their_second_day_do_not_dispute_the_day_they_began():
    first = _event("MEET", ["Amerika Serikat", "China"], "2025-06-09", "Delegasi Amerika Serikat dan China bertemu di London, Senin (9/6).")
    second = _event(
        "MEET", ["Amerika Serikat", "China"], "2025-06-10", "Perundingan Amerika Serikat dan China memasuki hari kedua, Selasa (10/6)."
    )
    assert _conflicts(first, second) == []
    # without a word of a second day, two sources dating one meeting differently disagree
    other = _event(
        "MEET", ["Amerika Serikat", "China"], "2025-06-10", "Delegasi Amerika Serikat dan China bertemu di London, Selasa (10/6)."
    )
    assert [c["values"] for c in _conflicts(first, other)] == [{"2025-06-09": ["a0"], "2025-06-10": ["a1"]}]


def test_arrests_of_unnamed_people_on_two_nights_are_two_arrests_but_a_named_suspects_date_disputes():
    saturday = _event("ARREST", ["orang"], "2025-06-07", "Polisi menangkap 29 orang dalam kerusuhan, Sabtu (7/6).")
    sunday = _event("ARREST", ["orang"], "2025-06-08", "Polisi menahan 10 orang lagi pada Minggu (8/6).")
    assert _conflicts(saturday, sunday) == []
    named = _event("ARREST", ["Budi Santoso"], "2025-06-18", "Polisi menangkap Budi Santoso pada Rabu (18/6).")
    again = _event("ARREST", ["Budi Santoso"], "2025-06-19", "Budi Santoso ditangkap polisi pada Kamis (19/6).")
    assert [c["kind"] for c in _conflicts(named, again)] == ["date"]


def test_the_places_of_a_revocations_mines_are_not_alternatives():
    kawe = _event(
        "SANCTION", ["Prabowo Subianto"], "2025-06-10", "Presiden Prabowo Subianto mencabut izin tambang di Pulau Kawe.", "Pulau Kawe"
    )
    manuran = _event(
        "SANCTION", ["Prabowo Subianto"], "2025-06-10", "Presiden Prabowo Subianto mencabut izin di Pulau Manuran.", "Pulau Manuran"
    )
    assert _conflicts(kawe, manuran) == []


def test_one_place_spelled_two_ways_is_no_disagreement():
    # a train hit between two stations, written "Batuceper" by one outlet and "Batu Ceper" by another
    one = _event(
        "ACCIDENT",
        ["Commuter Line"],
        "2025-06-20",
        "KRL Commuter Line tertemper truk di antara Stasiun Tangerang-Batuceper, Jumat (20/6).",
        "Stasiun Tangerang-Batuceper",
    )
    other = _event(
        "ACCIDENT",
        ["Commuter Line"],
        "2025-06-20",
        "KRL Commuter Line tertemper truk di perlintasan Stasiun Tangerang-Batu Ceper, Jumat (20/6).",
        "Stasiun Tangerang-Batu Ceper",
    )
    assert _conflicts(one, other) == []
    # two stations of one line are two places
    elsewhere = _event(
        "ACCIDENT",
        ["Commuter Line"],
        "2025-06-20",
        "KRL Commuter Line tertemper truk di dekat Stasiun Poris, Jumat (20/6).",
        "Stasiun Poris",
    )
    assert [c["kind"] for c in _conflicts(one, elsewhere)] == ["place"]
