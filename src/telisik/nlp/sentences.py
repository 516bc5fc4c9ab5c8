"""The one sentence splitter: ``doc.sents`` for every later component.

Indonesian news text: a sentence ends at a full stop (or "!", "?", "…") when
the next word starts a sentence, and at every paragraph break; not after an
abbreviation ("No.", "Jl.") or an initial. The abbreviations are language data
(``lang/id/abbreviations.txt``), named in the component's config and saved with it.
"""

from __future__ import annotations

import re
from typing import Any, cast

import numpy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from telisik.lang import data_lines
from telisik.nlp.component_data import SavedData
from telisik.nlp.doc import TokenArrays, token_arrays

_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}
_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
_OPENERS = {'"', "'", "“", "‘", "(", "[", "«", "-", "–", "—"}


class IndonesianSentenceSplitter(SavedData):
    """Sentence boundaries for Indonesian news text.

    A sentence ends at ".", "!", "?" or "…" (with any closing quote or bracket)
    when the next word starts a sentence, and at every paragraph break. A full
    stop after an abbreviation ("No.", "dr.", "Jl.") or a single initial does
    not end one; decimals and times ("10.00 WIB") are single tokens already.
    An acronym ("AS.") does end a sentence: Indonesian writes acronyms without
    stops, so a stop after one is the sentence's.
    """

    def __init__(self, nlp: Language, name: str = "telisik_sentences", *, abbreviations: str = "abbreviations.txt"):
        """``abbreviations``: the abbreviations a full stop does not end a sentence after, one a
        line: a file of ``lang/id`` or a path to one's own (``lang.data_lines``)."""
        self.name = name
        self.abbreviations_file = abbreviations
        # read on first use: a pipeline loaded from disk gets the saved list (from_disk) instead
        self._abbreviations: frozenset[str] | None = None

    @property
    def abbreviations(self) -> frozenset[str]:
        if self._abbreviations is None:
            self._abbreviations = frozenset(line.strip() for line in data_lines(self.abbreviations_file))
        return self._abbreviations

    def _abbreviation_at(self, text: str, prev_text: str | None, prev_ws: bool) -> bool:
        """Whether a full stop at token ``text`` is an abbreviation's, given the previous token's text
        (None at the start) and whether a space follows that token."""
        if text.endswith(".") and len(text) > 1:  # the tokenizer kept "Jl." whole
            text = text[:-1]
        elif prev_text is not None and text == "." and not prev_ws:
            text = prev_text
        else:
            return False
        if text in self.abbreviations:
            return True
        if len(text) == 1 and text.isalpha() and text.isupper():
            # a single initial ("H. Agus Salim", "Andi A. Mallarangeng"), but not the letter closing a
            # degree written solid after its first stop ("..., Sp.A. Ia menjelaskan", "Ph.D.")
            return not (prev_text == "." and not prev_ws)
        # initials kept whole ("H.M. Prasetyo", "A.B. Susanto"); after a name's comma, a degree ("..., S.H. Ia")
        return bool(_DOTTED_INITIALS.fullmatch(text)) and prev_text != ","

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        # Token.is_sent_start's setter checks the whole doc for a parse on every call, which
        # makes setting it token by token quadratic: read the tokens once, decide on plain
        # lists and write every boundary at once (1 starts a sentence, -1 does not)
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)
        tokens = token_arrays(doc)  # read once here, shared with the components after this one
        starts = numpy.full(n, -1, dtype=numpy.int64)
        starts[0] = 1
        i = 0
        while i < n:
            i = self._next_start(tokens, i, starts)
        doc.from_array([SENT_START], cast(Any, starts.astype(numpy.uint64).reshape(n, 1)))
        return doc

    def _next_start(self, tokens: TokenArrays, i: int, starts: numpy.ndarray) -> int:
        """Mark the sentence start that token ``i`` makes (if it ends a sentence or a paragraph); the next token to look at."""
        texts = tokens.texts
        n, text = len(texts), texts[i]
        if "\n\n" in text or (tokens.blank[i] and text.count("\n") >= 2):
            if i + 1 < n:
                starts[i + 1] = 1
            return i + 1
        if not self._ends_sentence(tokens, i):
            return i + 1
        j = _after_stop(tokens, i)
        if j >= n:
            return n
        nxt = texts[j]
        first = nxt[:1]
        if first.isupper() or first.isdigit() or nxt in _OPENERS or first in _OPENERS:
            starts[j] = 1
        return j

    def _ends_sentence(self, tokens: TokenArrays, i: int) -> bool:
        text = tokens.texts[i]
        # "belum." kept whole by the tokenizer ends a sentence; "Jl." and "a.n." do not
        glued_stop = len(text) > 1 and text[-1] in ".!?" and text[:-1] not in self.abbreviations and text[-2] != "."
        if not (text in _TERMINAL or glued_stop):
            return False
        return not self._abbreviation_at(text, tokens.texts[i - 1] if i else None, bool(i and tokens.spaces[i - 1]))

    saved_parts = ("cfg", "abbreviations")

    def _data(self) -> dict[str, Any]:
        """The abbreviations and the settings, so a saved pipeline needs no package file."""
        return {"cfg": {"abbreviations": self.abbreviations_file}, "abbreviations": sorted(self.abbreviations)}

    def _restore(self, data: dict[str, Any]) -> None:
        if "cfg" in data:
            self.abbreviations_file = data["cfg"]["abbreviations"]
        if "abbreviations" in data:
            self._abbreviations = frozenset(data["abbreviations"])


def _after_stop(tokens: TokenArrays, i: int) -> int:
    """The first token after the stop at ``i``, its closing quotes and brackets, and blank tokens."""
    texts, n = tokens.texts, len(tokens.texts)
    j = i + 1
    # a closing quote or bracket sticks to the stop ('."'); one after a
    # space opens the next sentence ('. "Kami ...')
    while j < n and (texts[j] in _CLOSERS or texts[j] in _TERMINAL) and not tokens.spaces[j - 1]:
        j += 1
    while j < n and tokens.blank[j]:
        j += 1
    return j


@Language.factory(
    "telisik_sentences",
    default_config={"abbreviations": "abbreviations.txt"},
    assigns=["token.is_sent_start"],
)
def make_sentence_splitter(nlp: Language, name: str, abbreviations: str) -> IndonesianSentenceSplitter:
    return IndonesianSentenceSplitter(nlp, name, abbreviations=abbreviations)
