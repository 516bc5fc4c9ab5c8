"""A crash told aside in a related-news paragraph, at a regency the story's reports never name, is no part of the
story's crash (``stories.timeline._told_aside``); a death at a place the reports name is. On articles written for
these tests."""

from __future__ import annotations

from telisik.stories.timeline import timeline_and_conflicts
from timeline_events import event_record

LEAD = "Kecelakaan maut terjadi di Tol Cipali, Kabupaten Majalengka, Selasa (10/6/2025). Dua orang tewas di lokasi."
ASIDE = "Kecelakaan maut juga terjadi di jalur Cangar, Kabupaten Mojokerto. Empat orang meninggal dunia."


def event(kind: str, where: str, sentence: str, body: str, when: str | None = "2025-06-10") -> dict:
    return event_record(kind, sentence, ["orang"], when, where) | {"start": body.index(sentence)}


def article(ident: str, body: str, events: list[tuple[str, str, str, str | None]]) -> dict:
    return {
        "id": ident,
        "published": "2025-06-10T20:00+07:00",
        "title": "Kecelakaan di Tol Cipali",
        "body": body,
        "events": [event(k, w, s, body, when) for k, w, s, when in events],
    }


def deaths(extra: str, where: str) -> list[dict]:
    first = LEAD + "\n\n" + extra
    return [
        article(
            "a",
            first,
            [
                ("DIE", "Tol Cipali", "Dua orang tewas di lokasi.", "2025-06-10"),
                ("DIE", where, extra.split(". ")[1], None),
            ],
        ),
        article("b", LEAD, [("DIE", "Tol Cipali", "Dua orang tewas di lokasi.", "2025-06-10")]),
    ]


def test_deaths_of_another_crash_told_aside_join_no_entry():
    timeline, _ = timeline_and_conflicts(deaths(ASIDE, "Mojokerto"), {"a": 0, "b": 1})
    assert [(t.type, t.where, len(t.evidence)) for t in timeline] == [("DIE", "Tol Cipali", 2)]


def test_deaths_at_a_regency_the_reports_name_join_the_crash():
    nearby = "Korban dibawa ke rumah sakit di Majalengka. Empat orang meninggal dunia."
    timeline, _ = timeline_and_conflicts(deaths(nearby, "Majalengka"), {"a": 0, "b": 1})
    assert [(t.type, len(t.evidence)) for t in timeline] == [("DIE", 3)]
