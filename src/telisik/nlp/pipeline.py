"""The article-level NLP: a spaCy pipeline of telisik's registered components.

``build_pipeline()`` gives ``spacy.blank("id")`` plus the components; it can be
saved with ``nlp.to_disk(path)`` and loaded back with ``spacy.load(path)``,
since the factories are registered through the ``spacy_factories`` entry
point.

Pipeline order and what each component writes (JSON-ready lists, offsets are
character offsets into ``doc.text``):

- ``telisik_sentences``: sentence starts.
- ``telisik_timexes`` (``timex.py``): ``doc._.timexes`` and ``doc.spans["timexes"]``,
  normalised against ``doc._.published`` (set it before calling ``nlp(doc)``).
- entity pipes (``entities.py``: the trained ``ner``, the gazetteer and the
  alias linker): ``doc.ents`` and ``doc._.entities``.
- ``telisik_quotes`` (``quotes.py``): ``doc._.quotes``.
- ``telisik_citations`` (``citations.py``): ``doc._.citations``.
- ``telisik_events`` (``events.py``): ``doc._.events``, from the sentences, entities,
  quotes, time expressions and citations above.

To analyse text with a known publication date::

    doc = nlp.make_doc(text)
    doc._.published = "2023-09-05"
    doc = nlp(doc)

``Facts.of(doc)`` is what the article stage keeps of a doc. A text longer than
``WINDOW_CHARS`` goes through ``analyse_windows``: in windows cut at paragraph
breaks, whose facts are merged with their offsets moved to the whole text's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Token

from telisik.lang import word_list
from telisik.nlp.doc import doc_text  # noqa: F401 - registers the "published" extension

_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}
_OPENERS = {'"', "'", "“", "‘", "(", "[", "«", "-", "–", "—"}


class IndonesianSentenceSplitter:
    """Sentence boundaries for Indonesian news text.

    A sentence ends at ".", "!", "?" or "…" (with any closing quote or bracket)
    when the next word starts a sentence, and at every paragraph break. A full
    stop after an abbreviation ("No.", "dr.", "Jl.") or a single initial does
    not end one; decimals and times ("10.00 WIB") are single tokens already.
    An acronym ("AS.") does end a sentence: Indonesian writes acronyms without
    stops, so a stop after one is the sentence's.
    """

    def __init__(self, abbreviations: frozenset[str]):
        self.abbreviations = abbreviations

    def _is_abbreviation(self, token: Token) -> bool:
        text = token.text
        prev = token.doc[token.i - 1] if token.i > 0 else None
        return self._abbreviation_at(text, prev.text if prev is not None else None, bool(prev is not None and prev.whitespace_))

    def _abbreviation_at(self, text: str, prev_text: str | None, prev_ws: bool) -> bool:
        """``_is_abbreviation`` of a token given its text and the previous token's (None at the start)."""
        if text.endswith(".") and len(text) > 1:  # the tokenizer kept "Jl." whole
            text = text[:-1]
        elif prev_text is not None and text == "." and not prev_ws:
            text = prev_text
        else:
            return False
        if text in self.abbreviations:
            return True
        # a single initial: "H. Agus Salim", "Andi A. Mallarangeng"
        return len(text) == 1 and text.isalpha() and text.isupper()

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        # Token.is_sent_start's setter checks the whole doc for a parse on every call, which
        # makes setting it token by token quadratic: read the tokens once, decide on plain
        # lists and write every boundary at once (1 starts a sentence, -1 does not)
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)
        texts, spaces, blank = [], [], []
        for token in doc:
            texts.append(token.text)
            spaces.append(token.whitespace_)
            blank.append(token.is_space)
        starts = numpy.full(n, -1, dtype=numpy.int64)
        starts[0] = 1
        abbreviations = self.abbreviations
        i = 0
        while i < n:
            text = texts[i]
            if "\n\n" in text or (blank[i] and text.count("\n") >= 2):
                if i + 1 < n:
                    starts[i + 1] = 1
                i += 1
                continue
            # "belum." kept whole by the tokenizer ends a sentence; "Jl." and "a.n." do not
            glued_stop = len(text) > 1 and text[-1] in ".!?" and text[:-1] not in abbreviations and text[-2] != "."
            is_end = text in _TERMINAL or glued_stop
            if not is_end or self._abbreviation_at(text, texts[i - 1] if i else None, bool(i and spaces[i - 1])):
                i += 1
                continue
            j = i + 1
            # a closing quote or bracket sticks to the stop ('."'); one after a
            # space opens the next sentence ('. "Kami ...')
            while j < n and (texts[j] in _CLOSERS or texts[j] in _TERMINAL) and not spaces[j - 1]:
                j += 1
            while j < n and blank[j]:
                j += 1
            if j >= n:
                break
            nxt = texts[j]
            first = nxt[:1]
            if first.isupper() or first.isdigit() or nxt in _OPENERS or first in _OPENERS:
                starts[j] = 1
            i = j
        doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(n, 1))
        return doc


@Language.factory("telisik_sentences", default_config={})
def make_sentence_splitter(nlp: Language, name: str) -> IndonesianSentenceSplitter:
    return IndonesianSentenceSplitter(word_list("id", "abbreviations.txt"))


def _top_level_alternatives(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|``; None when it cannot be read plainly."""
    parts, depth, in_class, i, begin = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
        i += 1
    if depth or in_class:
        return None
    parts.append(pattern[begin:])
    return parts


def _anchor_prefix_search(nlp: Language) -> None:
    """The tokenizer's prefix regex, tried at the start of a word only.

    spaCy's prefix pattern is a couple of hundred alternatives that nearly all
    start with ``^``, and ``search`` tries every one at every position of every
    new word, where those can only fail. Runs of ``^`` alternatives are put
    behind one ``\\A``, which fails at once past the start; the alternatives
    keep their order, so the same prefix is found and the tokenization is
    unchanged (an alternative without ``^``, like Indonesian's ``<a([^>]+)>``,
    is still tried everywhere).
    """
    search = nlp.tokenizer.prefix_search
    rx = getattr(search, "__self__", None)
    if not isinstance(rx, re.Pattern) or not isinstance(rx.pattern, str) or rx.flags & re.MULTILINE:
        return
    parts = _top_level_alternatives(rx.pattern)
    if not parts or any(not p for p in parts):
        return
    runs: list[tuple[bool, list[str]]] = []
    for part in parts:
        anchored = part.startswith("^")
        if runs and runs[-1][0] == anchored:
            runs[-1][1].append(part)
        else:
            runs.append((anchored, [part]))
    pattern = "|".join(rf"\A(?:{'|'.join(alts)})" if anchored else "|".join(alts) for anchored, alts in runs)
    try:
        fast = re.compile(pattern, rx.flags)
    except re.error:
        return
    if fast.groups != rx.groups:
        return
    nlp.tokenizer.prefix_search = fast.search


def build_pipeline() -> Language:
    """``spacy.blank("id")`` with telisik's components, in pipeline order."""
    # imported here because those modules import this one for the extensions
    from telisik.nlp import citations, entities, events, quotes, timex  # noqa: F401 - registers the factories

    nlp = spacy.blank("id")
    _anchor_prefix_search(nlp)
    nlp.add_pipe("telisik_sentences")
    nlp.add_pipe("telisik_timexes")
    entities.add_entity_pipes(nlp)
    nlp.add_pipe("telisik_quotes")
    nlp.add_pipe("telisik_citations")
    nlp.add_pipe("telisik_events")
    return nlp


# ---------------------------------------------------------------------------- facts and long texts


@dataclass
class Facts:
    """What the article stage keeps of an annotated text: the components' JSON-ready facts
    (offsets into the text), its sentences as [start, end] and its token count."""

    timexes: list[dict[str, Any]]
    timex_anchor: dict[str, Any] | None
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    citations: list[dict[str, Any]]
    events: list[dict[str, Any]]
    sentences: list[list[int]]
    tokens: int

    @classmethod
    def of(cls, doc: Doc) -> Facts:
        return cls(
            timexes=doc._.timexes or [],
            timex_anchor=doc._.timex_anchor,
            entities=doc._.entities or [],
            quotes=doc._.quotes or [],
            citations=doc._.citations or [],
            events=doc._.events or [],
            sentences=[[s.start_char, s.end_char] for s in doc.sents],
            tokens=len(doc),
        )


# The longest text analysed as one Doc; a longer one goes through in windows of at most
# this many characters (``analyse_windows``). spaCy refuses a text over ``nlp.max_length``
# (1,000,000) outright (E088), and below that the gazetteer's merging of the model's spans
# with its own grows with the square of the names in a Doc (``entities._merge``: 0.2 s at
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


def _preset_timexes(doc: Doc, timexes: list[dict[str, Any]], anchor: dict[str, Any] | None) -> None:
    """What ``timex.TimexTagger`` leaves on a Doc, from time expressions found beforehand."""
    from telisik.nlp.timex import set_timexes

    set_timexes(doc, timexes, anchor)


def _moved(item: dict[str, Any], by: int, keys: tuple[str, ...] = ("start", "end")) -> dict[str, Any]:
    """A copy of ``item`` with its offsets ``keys`` (where they are numbers) moved ``by`` characters."""
    out = dict(item)
    for key in keys:
        if isinstance(out.get(key), int):
            out[key] += by
    return out


def _merged_entities(parts: list[tuple[int, Facts]]) -> tuple[list[dict[str, Any]], list[dict[str, str]], list[dict[str, str]]]:
    """The windows' entities as one article's, and per window the new id and the new name of each of its entities.

    Two windows' entities are one when they have the same type and share a key
    (``entities.entity_keys``: the folded name, a mention of two or more words, the
    gazetteer's name), as ``entities.link_across`` links articles; numbered in the order
    of their first mention, as the entity component numbers them.
    """
    from telisik.nlp.entities import entity_name, same_entities

    items = [(k, ent) for k, (_, facts) in enumerate(parts) for ent in facts.entities]
    ids: list[dict[str, str]] = [{} for _ in parts]
    names: list[dict[str, str]] = [{} for _ in parts]
    merged = []
    for n, members in enumerate(same_entities([ent for _, ent in items]), start=1):
        first = items[members[0]][1]
        mentions = sorted(
            (_moved(m, parts[k][0]) for k, ent in (items[i] for i in members) for m in ent.get("mentions", [])),
            key=lambda m: m["start"],
        )
        forms = list(dict.fromkeys(items[i][1]["name"] for i in members))
        name = forms[0] if len(forms) == 1 else entity_name(forms, [m["text"] for m in mentions])
        merged.append({**first, "id": f"e{n}", "name": name, "mentions": mentions})
        for i in members:
            k, ent = items[i]
            ids[k][ent["id"]] = f"e{n}"
            if ent["name"] != name:
                names[k][ent["name"]] = name
    return merged, ids, names


def merge_facts(parts: list[tuple[int, Facts]], timexes: list[dict[str, Any]], anchor: dict[str, Any] | None) -> Facts:
    """The facts of a text from those of its windows, each given with its start in the text.

    Offsets are moved to the text's. Entities found in several windows become one
    (``_merged_entities``), and a quote's speaker entity and an event's participants
    follow their entity's new id and name. ``timexes`` and ``anchor`` are the whole text's.
    """
    entities, ids, names = _merged_entities(parts)
    quotes: list[dict[str, Any]] = []
    citations: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    sentences: list[list[int]] = []
    tokens = 0
    for k, (start, facts) in enumerate(parts):
        renamed = names[k]
        for q in facts.quotes:
            q = _moved(q, start)
            if q.get("speaker_entity") is not None:
                q["speaker_entity"] = ids[k].get(q["speaker_entity"], q["speaker_entity"])
            if isinstance(q.get("speaker"), str):
                q["speaker"] = renamed.get(q["speaker"], q["speaker"])
            quotes.append(q)
        citations += [_moved(c, start) for c in facts.citations]
        for ev in facts.events:
            ev = _moved(ev, start)
            if ev.get("when_span"):
                ev["when_span"] = [x + start for x in ev["when_span"]]
            ev["who"] = [renamed.get(w, w) for w in ev.get("who") or []]
            if isinstance(ev.get("where"), str):
                ev["where"] = renamed.get(ev["where"], ev["where"])
            events.append(ev)
        sentences += [[s + start, e + start] for s, e in facts.sentences]
        tokens += facts.tokens
    return Facts(timexes, anchor, entities, quotes, citations, events, sentences, tokens)


def analyse_windows(nlp: Language, text: str, published: str | None, size: int = WINDOW_CHARS) -> Facts:
    """``Facts.of(nlp(text))`` for a text longer than ``size``: the text in windows (``text_windows``).

    The time expressions are those of the whole text (``timex.tag``, what the component
    runs), so every window resolves its dates against the one anchor; each window gets
    the ones inside it and skips the time-expression component. The windows go through
    the pipeline one at a time: one window's Doc is held at once.
    """
    from telisik.nlp import timex

    timexes, found = timex.tag(text, published)
    anchor = found.to_dict() if found else None
    spans = text_windows(text, size)

    def docs() -> Iterator[Doc]:
        for start, end in spans:
            doc = nlp.make_doc(text[start:end])
            doc._.published = published
            inside = [_moved(t, -start) for t in timexes if start <= t["start"] and t["end"] <= end]
            _preset_timexes(doc, inside, anchor)
            yield doc

    disable = ["telisik_timexes"] if "telisik_timexes" in nlp.pipe_names else []
    parts = [(start, Facts.of(doc)) for (start, _), doc in zip(spans, nlp.pipe(docs(), batch_size=1, disable=disable), strict=True)]
    return merge_facts(parts, timexes, anchor)
