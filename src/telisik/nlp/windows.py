"""Texts too long for one Doc: analysed in windows, their facts merged into the whole text's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from telisik.nlp import timex
from telisik.nlp.entities import entity_name, same_entities
from telisik.nlp.facts import Facts
from telisik.records.entities import Entity, Mention
from telisik.records.events import Event
from telisik.records.quotes import Citation, Quote
from telisik.records.timex import Timex, TimexAnchor

# The longest text analysed as one Doc; a longer one goes through in windows of at most
# this many characters (``analyse_windows``). spaCy refuses a text over ``nlp.max_length``
# (1,000,000) outright (E088), and below that the gazetteer's merging of the model's spans
# with its own grows with the square of the names in a Doc (``gazetteer._merge``: 0.2 s at
# 25,000 characters dense with names, 0.7 s at 50,000, 2.6 s at 100,000): 1,100,000 such
# characters take 30 s in windows of 50,000, 50 s in windows of 100,000.
WINDOW_CHARS = 50_000

# where a window may end, best first: after a paragraph break, after a sentence's end, after a space
_SENTENCE_CUT = re.compile(r"[.!?…][\"'”’)\]»]*\s+")
_SPACE_CUT = re.compile(r"\s+")


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """The end of the last match of ``pattern`` in ``text[lo:hi]`` (an offset into ``text``)."""
    last = None
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


def text_windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive windows that cover ``text``, each at most ``size`` characters.

    A window ends after a paragraph break ("\\n\\n") when there is one in the second half of
    its span, else after a sentence's end, else after a space, else at ``size``: a window
    holds at least half of ``size`` (but the last), so the cuts cost one pass over the text.
    """
    size = max(2, size)
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while n - pos > size:
        lo, hi = pos + size // 2, pos + size
        brk = text.rfind("\n\n", lo, hi)
        cut = brk + 2 if brk >= 0 else _last_end(_SENTENCE_CUT, text, lo, hi) or _last_end(_SPACE_CUT, text, lo, hi) or hi
        out.append((pos, cut))
        pos = cut
    out.append((pos, n))
    return out


_Located = TypeVar("_Located", Timex, Mention, Quote, Citation, Event)


def _moved(item: _Located, by: int) -> _Located:
    """A copy of ``item`` with its offsets moved ``by`` characters (a citation read off the body has none)."""
    if item.start is None or item.end is None:
        return replace(item)
    return replace(item, start=item.start + by, end=item.end + by)


def _merged_entities(parts: list[tuple[int, Facts]]) -> tuple[list[Entity], list[dict[str, str]], list[dict[str, str]]]:
    """The windows' entities as one article's, and per window the new id and the new name of each of its entities.

    Two windows' entities are one when they have the same type and share a key
    (``entities.entity_keys``: the folded name, a mention of two or more words, the
    gazetteer's name), as ``collection.linking`` links articles; numbered in the order
    of their first mention, as the entity component numbers them.
    """
    items = [(k, ent) for k, (_, facts) in enumerate(parts) for ent in facts.entities]
    ids: list[dict[str, str]] = [{} for _ in parts]
    names: list[dict[str, str]] = [{} for _ in parts]
    merged = []
    for n, members in enumerate(same_entities([ent for _, ent in items]), start=1):
        first = items[members[0]][1]
        mentions = sorted(
            (_moved(m, parts[k][0]) for k, ent in (items[i] for i in members) for m in ent.mentions),
            key=lambda m: m.start,
        )
        forms = list(dict.fromkeys(items[i][1].name for i in members))
        name = forms[0] if len(forms) == 1 else entity_name(forms, [m.text for m in mentions])
        merged.append(replace(first, id=f"e{n}", name=name, mentions=mentions))
        for i in members:
            k, ent = items[i]
            ids[k][ent.id] = f"e{n}"
            if ent.name != name:
                names[k][ent.name] = name
    return merged, ids, names


def _window_quote(quote: Quote, start: int, ids: dict[str, str], renamed: dict[str, str]) -> Quote:
    """A window's quote in the whole text: offsets moved, its speaker the merged entity's."""
    quote = _moved(quote, start)
    if quote.speaker_entity is not None:
        quote.speaker_entity = ids.get(quote.speaker_entity, quote.speaker_entity)
    if quote.speaker is not None:
        quote.speaker = renamed.get(quote.speaker, quote.speaker)
    return quote


def _window_event(event: Event, start: int, renamed: dict[str, str]) -> Event:
    """A window's event in the whole text: offsets moved, its participants and place the merged entities' names."""
    event = _moved(event, start)
    if event.when_span:
        event.when_span = [x + start for x in event.when_span]
    event.who = [renamed.get(w, w) for w in event.who]
    if event.where is not None:
        event.where = renamed.get(event.where, event.where)
    return event


def merge_facts(
    parts: list[tuple[int, Facts]], timexes: list[Timex], anchor: TimexAnchor | None, timex_warnings: Sequence[str] = ()
) -> Facts:
    """The facts of a text from those of its windows, each given with its start in the text.

    Offsets are moved to the text's. Entities found in several windows become one
    (``_merged_entities``), and a quote's speaker entity and an event's participants
    follow their entity's new id and name. ``timexes``, ``anchor`` and ``timex_warnings`` are the whole text's.
    """
    entities, ids, names = _merged_entities(parts)
    merged = Facts(timexes, anchor, entities, [], [], [], [], 0, list(timex_warnings))
    for k, (start, facts) in enumerate(parts):
        merged.quotes += [_window_quote(q, start, ids[k], names[k]) for q in facts.quotes]
        merged.citations += [_moved(c, start) for c in facts.citations]
        merged.events += [_window_event(ev, start, names[k]) for ev in facts.events]
        merged.sentences += [[s + start, e + start] for s, e in facts.sentences]
        merged.tokens += facts.tokens
    return merged


def analyse_windows(
    nlp: Language, text: str, published: str | None, size: int = WINDOW_CHARS, hints: Sequence[date] = (), title: str | None = None
) -> Facts:
    """``Facts.of(nlp(text))`` for a text longer than ``size``: the text in windows (``text_windows``).

    The time expressions are those of the whole text (found by the pipeline's time-expression
    component's grammar), so every window resolves its dates against the one anchor; each window gets
    the ones inside it and skips the time-expression component. The windows go through
    the pipeline one at a time: one window's Doc is held at once. ``hints``: the days an
    undated text's anchor is inferred near (``doc._.anchor_hints``); ``title``: the article's headline (``doc._.title``).
    """
    # the pipeline's own tagger, with its configured word lists; the package's where it has none
    tagger = nlp.get_pipe("telisik_timexes") if "telisik_timexes" in nlp.pipe_names else None
    grammar = tagger.grammar if isinstance(tagger, timex.TimexTagger) else timex.default_grammar()
    timexes, anchor, unresolved = grammar.tag_noting_unresolved(text, published, hints)
    spans = text_windows(text, size)

    def docs() -> Iterator[Doc]:
        for start, end in spans:
            doc = nlp.make_doc(text[start:end])
            doc._.published = published
            doc._.title = title
            # the window's own time expressions, found on the whole text: the component is skipped
            timex.set_timexes(doc, [_moved(t, -start) for t in timexes if start <= t.start and t.end <= end], anchor)
            yield doc

    disable = ["telisik_timexes"] if "telisik_timexes" in nlp.pipe_names else []
    parts = [(start, Facts.of(doc)) for (start, _), doc in zip(spans, nlp.pipe(docs(), batch_size=1, disable=disable), strict=True)]
    return merge_facts(parts, timexes, anchor, timex.undated_warnings(published, anchor, timexes, unresolved))
