"""The article-level NLP: a spaCy pipeline of telisik's registered components.

``build_pipeline()`` gives ``spacy.blank("id")`` plus the components; it can be
saved with ``nlp.to_disk(path)`` and loaded back with ``spacy.load(path)``,
since the factories are registered through the ``spacy_factories`` entry
point. Each component declares what it ``requires`` and ``assigns``, so
``nlp.analyze_pipes()`` checks the order.

Pipeline order and what each component writes (offsets are character offsets
into ``doc.text``):

- ``telisik_sentences`` (``sentences.py``): sentence starts, read by every later component as ``doc.sents``.
- ``telisik_timexes`` (``timex/``): ``doc._.timexes`` and ``doc.spans["timexes"]`` (``span._.timex``
  is the record, with its normalised ``value``), normalised against ``doc._.published`` (set it
  before calling ``nlp(doc)``); without it, ``doc._.timex_warnings`` and an ``UndatedTextWarning``
  say what relative expressions were left unresolved or resolved against an inferred date.
- entity pipes (``entities/``: the trained ``ner``, the gazetteer (``entities/gazetteer.py``) and the
  alias linker): ``doc.ents`` and ``doc._.entities``.
- ``telisik_citations`` (``citations.py``) and ``telisik_quotes`` (``quotes/``):
  ``doc._.citations`` and ``doc.spans["citations"]`` (labelled with the source), ``doc._.quotes``,
  ``doc.spans["quotes"]`` (labelled with the speaker; ``span._.quote``, ``span._.quote_speaker``) and
  ``doc.spans["quote_speakers"]`` (the phrases naming the speakers).
- ``telisik_events`` (``events/``): ``doc._.events`` and ``doc.spans["events"]`` (triggers labelled
  with the event type), from the sentences, entities, quotes, time expressions and citations above.

Every span group shows in displaCy: ``displacy.render(doc, style="span", options={"spans_key": "quotes"})``.

To analyse text with a known publication date::

    doc = nlp.make_doc(text)
    doc._.published = "2023-09-05"
    doc = nlp(doc)

``facts.Facts.of(doc)`` is what the article stage keeps of a doc; a text longer than
``windows.WINDOW_CHARS`` goes through ``windows.analyse_windows``.
"""

from __future__ import annotations

import re
import threading
from typing import Any, cast

import numpy
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.vectors import Mode, Vectors  # type: ignore[import-not-found]  # a Cython module without stubs

from telisik.nlp import citations, entities, events, quotes, sentences, timex  # noqa: F401 - registers the factories


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
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    search = tokenizer.prefix_search
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
    tokenizer.prefix_search = fast.search


# the most words whose floret vectors are kept (100 floats each: 40 MB); past it the memo starts again
FLORET_MEMO_WORDS = 100_000


class MemoFloretVectors(Vectors):
    """Floret vectors that keep each word's vector once worked out.

    A floret table has no row per word: ``get_batch`` hashes every character n-gram of every distinct
    word of a batch and averages their rows, in Python, about a tenth of the NER's time, for the same
    few thousand words batch after batch. Each word's mean is worked out alone (thinc's
    ``reduce_mean`` sums each word's rows in order, whatever else is in the batch), so a kept vector is
    the same bits a fresh one would be, and the NER's output is unchanged.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._memo_rows: dict[int, int] = {}  # a word's hash -> its row of _memo
        self._memo = numpy.zeros((1024, self.data.shape[1]), dtype=self.data.dtype)
        # threads sharing a pipeline (a Dask worker's) take turns: one batch's rows are written whole
        self._memo_lock = threading.Lock()

    @classmethod
    def like(cls, vectors: Vectors) -> MemoFloretVectors:
        """A memoising copy of the floret table ``vectors`` (sharing its data)."""
        v = cast(Any, vectors)
        return cls(
            strings=v.strings, data=v.data, mode=Mode.floret, minn=v.minn, maxn=v.maxn, hash_count=v.hash_count,
            hash_seed=v.hash_seed, bow=v.bow, eow=v.eow, attr=v.attr,
        )  # fmt: skip

    def get_batch(self, keys: Any) -> Any:
        # the memo reads the word hashes the NER passes (``StaticVectors``); strings go the table's own way
        if self.mode != Mode.floret or not isinstance(keys, numpy.ndarray) or keys.dtype.kind not in "ui" or not len(keys):
            return super().get_batch(keys)
        ids = keys.tolist()
        with self._memo_lock:
            rows = self._memo_rows
            words = dict.fromkeys(ids)
            missing = [k for k in words if k not in rows]
            if len(rows) + len(missing) > FLORET_MEMO_WORDS:  # full: start again with this batch's words
                rows.clear()
                missing = list(words)
            if missing and not self._remember(missing):
                return super().get_batch(keys)
            return self._memo[[rows[k] for k in ids]]

    def _remember(self, missing: list[int]) -> bool:
        """The vectors of the words ``missing`` worked out by the table and kept; False for an empty word."""
        words = [self.strings.as_string(k) for k in missing]
        if "" in words:  # an empty word's mean is no vector of its own: the table's own way
            return False
        rows = self._memo_rows
        need = len(rows) + len(missing)
        if need > len(self._memo):  # grown by doubling: appending a batch's words costs no copy of the rest
            grown = numpy.zeros((max(need, 2 * len(self._memo)), self._memo.shape[1]), dtype=self._memo.dtype)
            grown[: len(rows)] = self._memo[: len(rows)]
            self._memo = grown
        first = len(rows)
        self._memo[first:need] = numpy.asarray(super().get_batch(words))
        rows.update(zip(missing, range(first, need), strict=True))
        return True


def _memoise_floret(nlp: Language) -> None:
    """The vocab's floret table swapped for a ``MemoFloretVectors`` over the same data."""
    vectors = nlp.vocab.vectors
    if isinstance(vectors, Vectors) and not isinstance(vectors, MemoFloretVectors) and vectors.mode == Mode.floret:
        nlp.vocab.vectors = MemoFloretVectors.like(vectors)


# The page languages (``Article.language``) the components are written for: Indonesian, and a text
# with too few words to tell (``pages.metadata.detect_language``). A page in another language gets
# its sentences alone (``engine.local.Analyzer``): the other components read Indonesian words.
PIPELINE_LANGUAGES = frozenset({"id", "und"})


# ``blank_anchored`` empties the Indonesian defaults' exceptions a moment: threads building at once take turns
_BLANK_LOCK = threading.Lock()


def blank_anchored() -> Language:
    """``spacy.blank("id")`` with the anchored prefix search (``_anchor_prefix_search``), its special cases loaded once.

    spaCy's Indonesian tokenizer has some 16,000 special cases (reduplicated words: "anak-anak"), and loading them
    tokenizes each one with the affix rules (some 0.85 CPU s). The tokenizer loads them when it is made and again each
    time a rule changes, so swapping the prefix search afterwards paid them twice, in every process and every worker.
    Here the tokenizer is made without them, takes the anchored search, then loads them once: the same rules under
    the same search, so the same tokenizer as the two loads made (``tests/test_startup_costs.py``).
    """
    defaults = spacy.util.get_lang_class("id").Defaults
    with _BLANK_LOCK:
        rules = defaults.tokenizer_exceptions
        defaults.tokenizer_exceptions = {}
        try:
            nlp = spacy.blank("id")
        finally:
            defaults.tokenizer_exceptions = rules
    _anchor_prefix_search(nlp)  # cheap now: no special case to load again
    cast(Tokenizer, nlp.tokenizer).rules = rules
    return nlp


def build_pipeline() -> Language:
    """``spacy.blank("id")`` with telisik's components, in pipeline order."""
    nlp = blank_anchored()
    nlp.add_pipe("telisik_sentences")
    nlp.add_pipe("telisik_timexes")
    entities.add_entity_pipes(nlp)
    _memoise_floret(nlp)
    nlp.add_pipe("telisik_citations")
    nlp.add_pipe("telisik_quotes")
    nlp.add_pipe("telisik_events")
    return nlp
