"""What the article pipeline makes of a text written for a test: its entities by name."""

from __future__ import annotations

from typing import Any


def article_entities(nlp: Any, text: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (type, mention texts) of each article entity; every mention's offsets must give its text."""
    doc = nlp(text)
    for ent in doc._.entities:
        for m in ent.mentions:
            assert doc.text[m.start : m.end] == m.text
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in doc._.entities}
