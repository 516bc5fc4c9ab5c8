"""The events the pipeline finds in a sentence written for a test, as of a publication day."""

from __future__ import annotations

from telisik.records.events import Event


def sentence_events(nlp, text: str, published: str = "2025-06-14") -> list[Event]:
    """All the events in ``text``, published on ``published``."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.events


def events(nlp, text: str, typ: str, published: str = "2025-06-14") -> list[Event]:
    """The events of type ``typ`` in ``text``, published on ``published``."""
    return [e for e in sentence_events(nlp, text, published) if e.type == typ]
