"""An event record as the article stage writes it (``analysis.json``'s ``events``), for the timeline tests: the trigger is
the one given, else the sentence's second word, with its offsets in the sentence, and the event has occurred."""

from __future__ import annotations


def event_record(kind: str, sentence: str, who: list[str], when: str | None, where: str | None, trigger: str | None = None) -> dict:
    trigger = trigger or sentence.split()[1]
    return {
        "type": kind,
        "who": who,
        "when": when,
        "where": where,
        "status": "occurred",
        "trigger": trigger,
        "sentence": sentence,
        "start": sentence.index(trigger),
        "end": sentence.index(trigger) + len(trigger),
    }
