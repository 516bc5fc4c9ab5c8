"""One speaker's confirmations of two things are two entries (issue 16): a confirmation joins another of its speaker only
when what their sentences tell they confirm may be one happening (``_confirm_two_things``): the army confirming the
enemy's missiles is not its confirming its own strikes. One confirmation told by two outlets, actively and passively, or
once with nothing told of what it confirms, stays one entry. Events written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import Mention, group_events, timeline_and_conflicts
from timeline_events import event_record


def event(kind: str, who: list[str], sentence: str, trigger: str, when: str | None = None, where: str | None = None) -> dict:
    return event_record(kind, sentence, who, when, where, trigger)


def article(id_: str, *events: dict) -> dict:
    return {"id": id_, "published": "2025-06-19", "body": " ".join(dict.fromkeys(e["sentence"] for e in events)), "events": list(events)}


def _confirms(articles: list[dict]) -> list[list[str]]:
    timeline, _ = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return sorted(t.articles for t in timeline if t.type == "CONFIRM")


MISSILES = "Militer Israel mengonfirmasi, Kamis (19/6/2025), bahwa Iran kembali menembakkan rudal ke arah Haifa."
STRIKES = "Militer Israel mengonfirmasi, Kamis (19/6/2025), bahwa serangan udara menargetkan Teheran di Iran."


def missiles() -> dict:
    return article(
        "a",
        event("CONFIRM", ["Militer Israel"], MISSILES, "mengonfirmasi", "2025-06-19"),
        event("ATTACK", ["Iran"], MISSILES, "menembakkan rudal"),
    )


def strikes() -> dict:
    return article(
        "b",
        event("CONFIRM", ["Militer Israel"], STRIKES, "mengonfirmasi", "2025-06-19"),
        event("ATTACK", ["Teheran", "Iran"], STRIKES, "serangan", where="Iran"),
    )


def test_one_speakers_confirmations_of_an_attack_by_a_country_and_of_one_on_it_are_two():
    assert _confirms([missiles(), strikes()]) == [["a"], ["b"]]


def test_confirmations_of_a_death_and_of_an_arrest_are_two():
    death = "Polres Sukamaju membenarkan, Kamis (19/6/2025), bahwa Budi Santoso tewas di sungai."
    arrest = "Polres Sukamaju membenarkan, Kamis (19/6/2025), bahwa Budi Santoso ditangkap."
    confirms = _confirms(
        [
            article(
                "a",
                event("CONFIRM", ["Polres Sukamaju"], death, "membenarkan", "2025-06-19"),
                event("DIE", ["Budi Santoso"], death, "tewas"),
            ),
            article(
                "b",
                event("CONFIRM", ["Polres Sukamaju"], arrest, "membenarkan", "2025-06-19"),
                event("ARREST", ["Budi Santoso"], arrest, "ditangkap"),
            ),
        ]
    )
    assert confirms == [["a"], ["b"]]


def test_one_confirmation_told_actively_and_passively_by_two_outlets_is_one():
    active = "Polres Sukamaju membenarkan, Kamis (19/6/2025), penangkapan Budi Santoso."
    passive = "Penangkapan Budi Santoso dibenarkan oleh Polres Sukamaju, Kamis (19/6/2025)."
    confirms = _confirms(
        [
            article(
                "a",
                event("CONFIRM", ["Polres Sukamaju"], active, "membenarkan", "2025-06-19"),
                event("ARREST", ["Budi Santoso"], active, "penangkapan"),
            ),
            article(
                "b",
                event("ARREST", ["Budi Santoso"], passive, "Penangkapan"),
                event("CONFIRM", ["Polres Sukamaju"], passive, "dibenarkan", "2025-06-19"),
            ),
        ]
    )
    assert confirms == [["a", "b"]]


def test_a_confirmation_telling_nothing_of_what_it_confirms_joins_its_speakers():
    vague = "Militer Israel membenarkan hal tersebut pada Kamis (19/6/2025)."
    confirms = _confirms([missiles(), article("c", event("CONFIRM", ["Militer Israel"], vague, "membenarkan", "2025-06-19"))])
    assert confirms == [["a", "c"]]


def test_undated_confirmations_of_two_attacks_make_two_groups():
    undated = [{**e, "when": None} for e in (missiles()["events"][0], strikes()["events"][0])]
    both = [missiles()["events"][1], strikes()["events"][1]]
    mentions = [
        Mention("a", undated[0], None, 0, confirmed=(both[0],)),
        Mention("b", undated[1], None, 1, confirmed=(both[1],)),
    ]
    groups = [g for g in group_events(mentions) if g.type == "CONFIRM"]
    assert sorted(sorted(g.articles) for g in groups) == [["a"], ["b"]]
