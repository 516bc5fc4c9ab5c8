"""What the article pipeline makes of a text written for a test: its entities by name, and the global ids the
collection linker gives the entities of several such texts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telisik.collection.linking import link_across


def article_entities(nlp: Any, text: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (type, mention texts) of each article entity; every mention's offsets must give its text."""
    doc = nlp(text)
    for ent in doc._.entities:
        for m in ent.mentions:
            assert doc.text[m.start : m.end] == m.text
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in doc._.entities}


@dataclass
class LinkedArticle:
    """An article as the collection linker reads it: an id and its entities."""

    id: str
    entities: list


def linked(nlp: Any, *texts: str) -> dict[tuple[int, str], str]:
    """(article number, entity name) -> the global id the collection linker gives it."""
    arts = [LinkedArticle(f"a{i}", nlp(text)._.entities) for i, text in enumerate(texts)]
    link_across(arts)
    return {(i, e.name): e.global_id for i, a in enumerate(arts) for e in a.entities}
