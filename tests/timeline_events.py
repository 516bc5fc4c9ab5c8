"""An event record as the article stage writes it (``analysis.json``'s ``events``), for the timeline tests: the trigger
is the sentence's second word, and the event has occurred."""

from __future__ import annotations


def event_record(kind: str, sentence: str, who: list[str], when: str | None, where: str | None) -> dict:
    return {
        "type": kind,
        "who": who,
        "when": when,
        "where": where,
        "status": "occurred",
        "trigger": sentence.split()[1],
        "sentence": sentence,
    }
