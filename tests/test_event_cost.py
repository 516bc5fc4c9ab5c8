"""The events component's cost: an article's mentions are placed (dateline, title, preposition, ...) only once a rule
asks for them, so an article whose triggers are all turned down, or that has none, never pays for it."""

from __future__ import annotations

from telisik.nlp.events.rules import EventRules


def _doc(nlp, text: str, **kwargs):
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-14"
    return nlp(doc, **kwargs)


def _rules(nlp, text: str) -> EventRules:
    doc = _doc(nlp, text, disable=["telisik_events"])
    pipe = nlp.get_pipe("telisik_events")
    return EventRules(doc, pipe.lexicon, pipe.settings)


def test_no_trigger_places_no_mention(nlp):
    rules = _rules(nlp, "Budi Santoso tinggal di Bandung bersama keluarganya sejak tahun lalu.")
    assert rules.mention_starts  # the names are there
    assert rules.events() == []
    assert "mentions" not in vars(rules)  # and none of them was placed


def test_mentions_placed_when_a_trigger_needs_them(nlp):
    text = "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Jepang di Tokyo pada Senin (9/6)."
    rules = _rules(nlp, text)
    found = rules.events()
    assert "mentions" in vars(rules)
    assert [(e.type, e.who, e.where) for e in found] == [(e.type, e.who, e.where) for e in _doc(nlp, text)._.events]
    assert found and found[0].where == "Tokyo"
    tokyo = next(m for m in rules.mentions if m.name == "Tokyo")
    assert tokyo.prep == "place"  # placed by "di", as when placed at once
