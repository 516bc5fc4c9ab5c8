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
"""

from __future__ import annotations

import re

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Token

from telisik.lang import word_list

# The publication date (ISO) that relative dates are resolved against; None
# makes the time-expression component infer an anchor from the text.
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

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


_LAST_TEXT: tuple[Doc, str] | None = None


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per doc.

    ``Doc.text`` joins every token's text on each call, and the components read
    it many times (per sentence, per quote). A doc's text never changes (a
    retokenizer merges or splits tokens, not characters), so the last doc's
    text is kept, with the doc itself so that the identity check is sound.
    """
    global _LAST_TEXT
    last = _LAST_TEXT
    if last is not None and last[0] is doc:
        return last[1]
    text = doc.text
    _LAST_TEXT = (doc, text)
    return text


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
    from telisik import citations, entities, events, quotes, timex  # noqa: F401 - registers the factories

    nlp = spacy.blank("id")
    _anchor_prefix_search(nlp)
    nlp.add_pipe("telisik_sentences")
    nlp.add_pipe("telisik_timexes")
    entities.add_entity_pipes(nlp)
    nlp.add_pipe("telisik_quotes")
    nlp.add_pipe("telisik_citations")
    nlp.add_pipe("telisik_events")
    return nlp

