"""Time expressions: every date and time in an article's body, normalised.

The ``telisik_timexes`` component finds date and time expressions in
``doc.text`` and gives each a TIMEX3 value (``2023-09-11``, ``2023-09``,
``2023-W37``, ``2023-09-10/2023-09-13``, ``2023-09-11T19``, ``P4Y``,
``PAST_REF``), a type (``DATE``, ``TIME``, ``DURATION``, ``SET``) and
character offsets, as :class:`~telisik.records.timex.Timex` records. Values
are resolved against ``doc._.published``; without one, the anchor is inferred
from the text (the latest fully specified date that is not a scheduled one)
and every value that depends on it is marked ``inferred``.

A text without a publication date is never resolved silently: when it has
relative expressions ("Senin (16/6)", "kemarin"), ``doc._.timex_warnings`` says
how many were left unresolved (no anchor could be inferred) or were
resolved against the inferred anchor, and the component emits one
:class:`UndatedTextWarning` per such doc (``warnings.warn``). The pipeline that
builds articles silences that category and keeps the messages in the article's
``warnings``.

The grammar is a set of regular expressions assembled from the word lists in
``telisik/lang/id`` (months, weekdays, number words, units, parts of the day,
relative words, and the small words of ``time_words.tsv``), which the component
names in its config and saves with itself. Fully specified dates ("11 September
2023", "18/6/2024", "Senin, 11 September 2023 10:15 WIB") are read by a
:class:`telisik.pages.dates.DateGrammar`, the grammar that reads byline dates.
Each rule yields a candidate with a resolver (a function of the anchor), so the
anchor can be inferred from the candidates themselves; overlapping candidates
are settled longest first.

The parts (modules of this package): ``values`` (candidates, values, calendar arithmetic),
``lexicon`` (word lists and settings), ``patterns`` (the rules'
regular expressions), ``handlers`` (what a match of each rule means),
``anchors`` (the anchor), ``grammar`` (the rules run over a text);
this module holds the spaCy component and the package-level entry points.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from telisik.nlp.component_data import SavedData
from telisik.nlp.doc import doc_text
from telisik.nlp.timex.anchors import anchor_from_published, infer_anchor
from telisik.nlp.timex.grammar import TimexGrammar
from telisik.nlp.timex.lexicon import (
    LEXICON_FILES,
    Lexicon,
    TimexSettings,
    lexicon_folder,
    read_lexicon,
    read_number,
)
from telisik.records.timex import Timex, TimexAnchor

# what other modules use of the timex family, by ``timex.<name>``
__all__ = [
    "UNDATED",
    "TimexGrammar",
    "TimexTagger",
    "UndatedTextWarning",
    "anchor_from_published",
    "default_grammar",
    "infer_anchor",
    "make_timex_tagger",
    "parse_number",
    "set_timexes",
    "tag",
    "undated_warnings",
    "undated_warnings_silenced",
]

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)
if not Doc.has_extension("timex_anchor"):
    Doc.set_extension("timex_anchor", default=None)
if not Doc.has_extension("anchor_hints"):
    # publication dates of other articles in the same collection: they give
    # the year of an undated article whose own dates lack one ("5 September")
    Doc.set_extension("anchor_hints", default=None)
if not Doc.has_extension("timex_warnings"):
    # why relative expressions have no value, or a guessed one: the text has no publication date
    Doc.set_extension("timex_warnings", default=None)
if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)

# how every message of ``undated_warnings`` starts: what a reader of an article's warnings finds them by
UNDATED = "no publication date: "
# the relative expressions a message quotes
_EXAMPLES = 3


class UndatedTextWarning(UserWarning):
    """A text without a publication date has relative time expressions: left unresolved, or resolved against a guess."""


@cache
def default_grammar() -> TimexGrammar:
    """The grammar of the package's word lists and the default settings: what :func:`tag` uses."""
    return TimexGrammar(Lexicon.from_rows(read_lexicon(lexicon_folder(None))))


def parse_number(text: str, numbers: Mapping[str, tuple[str, str]] | None = None) -> float | None:
    """ "24", "1.000", "dua belas", "lima puluh", "dua puluh lima", "seratus" -> a number.

    ``numbers``: the number words (``numbers.tsv``), by default the package's.
    Returns None for a vague quantity ("beberapa") or anything unreadable.
    """
    return read_number(text, default_grammar().lx.numbers if numbers is None else numbers)


def tag(text: str, published: str | None = None, hints: Sequence[date] = ()) -> tuple[list[Timex], TimexAnchor | None]:
    """The time expressions of ``text`` and the anchor used, by the package's grammar (the engine's entry)."""
    return default_grammar().tag(text, published, hints)


def undated_warnings(published: str | None, anchor: TimexAnchor | None, timexes: Sequence[Timex], unresolved: Sequence[Timex]) -> list[str]:
    """What a text without a usable publication date should say about its relative time expressions; [] for a dated text.

    ``unresolved``: the relative expressions left unresolved (no value, or only a clock time) (``TimexGrammar.tag_noting_unresolved``).
    """
    if anchor_from_published(published):
        return []
    out = []
    if unresolved:
        quoted = ", ".join(f'"{t.text}"' for t in unresolved[:_EXAMPLES]) + (", ..." if len(unresolved) > _EXAMPLES else "")
        out.append(f"{UNDATED}{_count(len(unresolved))} not resolved, no date to count them from ({quoted})")
    guessed = [t for t in timexes if t.inferred]
    if guessed and anchor is not None:
        out.append(f"{UNDATED}{_count(len(guessed))} resolved against {anchor.date}, the {anchor.evidence}")
    return out


@contextmanager
def undated_warnings_silenced() -> Iterator[None]:
    """No ``UndatedTextWarning`` inside: for a caller that keeps ``doc._.timex_warnings`` itself (the engine's articles)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UndatedTextWarning)
        yield


def _count(n: int) -> str:
    return f"{n} relative time expression{'' if n == 1 else 's'}"


# ---------------------------------------------------------------------------- the component


class TimexTagger(SavedData):
    """spaCy component: ``doc._.timexes``, ``doc._.timex_anchor``, ``doc.spans["timexes"]`` and ``doc._.timex_warnings``.

    Reads ``doc._.published`` (and ``doc._.anchor_hints``), which the caller sets; warns
    (``UndatedTextWarning``) when the doc has none and relative expressions depend on it.
    Its word lists are read from the files its config names and saved with it
    (``to_disk``), so a saved pipeline needs no package file.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "telisik_timexes",
        *,
        lexicon: str | None = None,
        files: Mapping[str, str] = LEXICON_FILES,
        year_centuries: Sequence[str] = ("19", "20"),
        tense_window: int = 120,
        time_join_window: int = 40,
        account_days: int = 10,
        spans_key: str = "timexes",
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.settings = TimexSettings(tuple(year_centuries), tense_window, time_join_window, account_days)
        self.rows = read_lexicon(lexicon_folder(lexicon), {**LEXICON_FILES, **files})
        self.grammar = TimexGrammar(Lexicon.from_rows(self.rows), self.settings)

    def __call__(self, doc: Doc) -> Doc:
        hints = [d for h in doc._.anchor_hints or () if (d := _as_date(h))]
        timexes, anchor, unresolved = self.grammar.tag_noting_unresolved(doc_text(doc), doc._.published, hints)
        set_timexes(doc, timexes, anchor, self.spans_key)
        doc._.timex_warnings = undated_warnings(doc._.published, anchor, timexes, unresolved)
        if doc._.timex_warnings:
            warnings.warn("; ".join(doc._.timex_warnings), UndatedTextWarning, stacklevel=3)
        return doc

    def _data(self) -> dict[str, Any]:
        """The word lists (by their config key) and the settings."""
        lexicon = {key: [list(row) for row in rows] for key, rows in self.rows.items()}
        return {"cfg": {**asdict(self.settings), "spans_key": self.spans_key}, "lexicon": lexicon}

    def _restore(self, data: dict[str, Any]) -> None:
        """The tagger of a saved pipeline: its grammar built again from the saved word lists."""
        if "cfg" in data:
            cfg = data["cfg"]
            self.settings = TimexSettings(
                tuple(cfg["year_centuries"]), int(cfg["tense_window"]), int(cfg["time_join_window"]),
                int(cfg.get("account_days", TimexSettings.account_days)),
            )  # fmt: skip
            self.spans_key = str(cfg["spans_key"])
        if "lexicon" in data:
            self.rows = {key: tuple(tuple(row) for row in rows) for key, rows in data["lexicon"].items()}
        self.grammar = TimexGrammar(Lexicon.from_rows(self.rows), self.settings)


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@Language.factory(
    "telisik_timexes",
    default_config={
        "lexicon": None,
        "files": LEXICON_FILES,
        "year_centuries": ["19", "20"],
        "tense_window": 120,
        "time_join_window": 40,
        "account_days": 10,
        "spans_key": "timexes",
    },
    # it reads only the text and doc._.published, which the caller sets: it requires no other component
    assigns=["doc._.timexes", "doc._.timex_anchor", "doc._.timex_warnings", "doc.spans"],
)
def make_timex_tagger(
    nlp: Language,
    name: str,
    lexicon: str | None,
    files: dict[str, str],
    year_centuries: list[str],
    tense_window: int,
    time_join_window: int,
    account_days: int,
    spans_key: str,
) -> TimexTagger:
    """``lexicon``: a folder of word lists (None: the package's ``telisik/lang/id``); ``files``: their file names."""
    return TimexTagger(
        nlp, name, lexicon=lexicon, files=files, year_centuries=year_centuries,
        tense_window=tense_window, time_join_window=time_join_window, account_days=account_days, spans_key=spans_key,
    )  # fmt: skip


def _as_timex(item: Timex | Mapping[str, Any]) -> Timex:
    return item if isinstance(item, Timex) else Timex(**item)


def _as_anchor(anchor: TimexAnchor | Mapping[str, Any] | None) -> TimexAnchor | None:
    if anchor is None or isinstance(anchor, TimexAnchor):
        return anchor
    return TimexAnchor(**anchor)


def set_timexes(
    doc: Doc,
    timexes: Sequence[Timex | Mapping[str, Any]],
    anchor: TimexAnchor | Mapping[str, Any] | None,
    spans_key: str = "timexes",
) -> None:
    """What the timex component leaves on a Doc: ``doc._.timexes``, ``doc._.timex_anchor`` and ``doc.spans["timexes"]``.

    Dicts (time expressions found beforehand and moved, as the window reader does) are read into records.
    """
    records = [_as_timex(t) for t in timexes]
    doc._.timexes = records
    doc._.timex_anchor = _as_anchor(anchor)
    spans = []
    for t in records:
        span = doc.char_span(t.start, t.end, label=t.type, alignment_mode="expand")
        if span is not None:
            span._.timex = t
            spans.append(span)
    doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=spans)
