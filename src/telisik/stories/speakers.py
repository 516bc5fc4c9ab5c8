"""Who an event's sentence names as its teller, not as its party.

A death, an injury, a crash or an arrest is told by someone: the manager who confirms ("ujar Pinkan"), the minister
who reports it ("Pedro Sanchez mengatakan seorang tersangka telah ditangkap"), the medium quoted ("sebagaimana
melansir Dailymail"). Events read their ``who`` from the whole sentence and take the teller in; the reader of a
timeline takes him for the dead man or the police. A name every mention of which in its sentence is a speaker's
(``speech_verbs.tsv``: after "kata", "menurut", before "mengatakan") is ``told_as_speaker``; one written only as a
cited medium (``citation_cues.tsv``: "melansir", "dilaporkan oleh") is ``told_as_citation``; one written only as the
body on whose notice or data it is told ("berdasarkan pemberitahuan ... AirNav Indonesia", ``source_cues.txt``) is
``told_as_source``.

A passive event's agent follows its verb ("dibenarkan oleh manajer Gustiwiw, Pinkan"; "ditangkap Satreskrim Polres
Blitar"): ``passive_agent`` finds it, to list it first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from telisik.lang import lower_word_list, table
from telisik.pages.dates import alternation

# words between a speech verb and its speaker's name: a title and its body ("kata Kepala Dinas Perhubungan DKI
# Jakarta, Syafrin Liputo"); before a reported verb, an adverb or two ("Sanchez juga mengatakan")
_TITLE_WORDS = 8
_ADVERBS = 2
# words between a passive verb and its agent's name: "oleh", a title, a body ("dibenarkan oleh Kasat Reskrim Polres")
_AGENT_WORDS = 8


def _verbs(*kinds: str) -> str:
    return alternation(row[0] for row in table("id", "speech_verbs.tsv") if len(row) > 1 and row[1] in kinds)


@cache
def _breaks() -> str:
    """Words that end a speaker phrase or open another clause (``quote_words.tsv``: "kepada", "saat"), and function
    words (``stopwords.txt``: "bahwa", "dia"): a name past one is not the speaker's ("kata Watson kepada Reuters",
    "kata dia bahwa polisi menangkap X")."""
    words = {row[0] for row in table("id", "quote_words.tsv") if len(row) > 1 and row[1] in ("stop", "clause")}
    return alternation(words | lower_word_list("id", "stopwords.txt"))


def _title_run(words: int, lazy: bool = True) -> str:
    """Up to ``words`` words of a title and its body, none a break word; a comma only before the name it titles
    ("Kepala Dinas Perhubungan DKI Jakarta, Syafrin Liputo"): past a second one the list names someone else."""
    word = rf"(?!(?:{_breaks()})\b)[\w.'’-]+"
    return rf"(?:{word}\s+){{0,{words}}}{'?' if lazy else ''}(?:{word},\s+)?"


@cache
def _before_name() -> str:
    """What stands before a speaker's name: a speech verb that follows the quote ("kata"; after "ujarnya" or "lanjutnya" the
    speaker is told already, and a name is what he says: "lanjutnya ... motif SJ membunuh"), a
    "menurut", a passive speech verb ("disampaikan oleh"), then a title."""
    verbs = _verbs("after", "menurut", "passive")
    return rf"(?<![\w-])(?i:{verbs})\s+(?:(?i:oleh)\s+)?(?:(?i:keterangan|penuturan|penjelasan)\s+)?{_title_run(_TITLE_WORDS)}"


@cache
def _after_name() -> str:
    """What follows a speaker's name: an adverb or two and a verb of reported speech ("Sanchez mengatakan")."""
    verbs = _verbs("reported", "bahwa")
    # "Reskhi melanjutkan, sopir mobil itu ...": a verb that tells speech only before a comma or "bahwa"
    # ("melanjutkan perjalanan" is a trip), ``telling_verbs.txt``
    telling = alternation(lower_word_list("id", "telling_verbs.txt"))
    return rf",?\s+(?:[a-z]+\s+){{0,{_ADVERBS}}}(?:(?:{verbs})(?![\w-])|(?:{telling})(?:\s*,|\s+bahwa\b))"


def spans_of(name: str, sentence: str) -> list[tuple[int, int]]:
    """Where a sentence writes a name as a whole word (or words)."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence)]


# how far before a name the words that make it a speaker's, a medium's or a relative's may begin
_BEFORE_REACH = 160


@cache
def _before_speaker() -> re.Pattern[str]:
    return re.compile(rf"{_before_name()}$")


@cache
def _after_speaker() -> re.Pattern[str]:
    return re.compile(_after_name())


def told_as_speaker(name: str, sentence: str) -> bool:
    """Whether the sentence names someone only as who tells it ("ujar Pinkan", "Menurut penuturan Pinkan", "Pedro
    Sanchez mengatakan ..."), every time it names them, by the whole name or, when it does not write that, by a word
    of it ("kata AKBP Hendrix" of Hendrix Kusuma Wardhana)."""
    if not sentence or not name[:1].isupper():
        return False
    spans = spans_of(name, sentence)
    forms = [spans] if spans else [spans_of(w, sentence) for w in name.split() if len(w) > 2 and w[:1].isupper()]
    told = [found for found in forms if found]
    return bool(told) and all(_speaker_only(found, sentence) for found in told)


@cache
def _through_speaker() -> re.Pattern[str]:
    """A speech verb after the quote or a passive one, its teller's title and name, then "melalui" and another's title
    ("terang Kasat Samapta Polresta Solo Kompol Edi S melalui Komandan Regu (Danru) Aipda", "disampaikan oleh
    Kapolrestabes Medan, Kombes Pol Gidion melalui Kasat Narkobanya,"): whom the teller speaks through tells it too, no
    party of it. A title's short form in brackets counts as one of its words."""
    verbs = _verbs("after", "menurut", "passive")
    word = rf"\(?(?!(?:{_breaks()})\b)[\w.'’-]+\)?,?"
    teller = rf"(?<![\w-])(?i:{verbs})\s+(?:(?i:oleh)\s+)?(?:{word}\s+){{1,{_TITLE_WORDS}}}"
    return re.compile(rf"{teller}(?i:melalui|lewat)\s+(?:{word}\s+){{0,{_TITLE_WORDS}}}$")


def _speaker_only(spans: list[tuple[int, int]], sentence: str) -> bool:
    """Whether each place a sentence names someone is a speaker's: after "kata", "menurut" and a title, or before
    "mengatakan"."""
    return all(
        _before_speaker().search(sentence, max(0, start - _BEFORE_REACH), start)
        or _after_speaker().match(sentence, end)
        or _through_speaker().search(sentence, max(0, start - _BEFORE_REACH), start)
        for start, end in spans
    )


@cache
def _cited_before() -> re.Pattern[str]:
    """The cues a cited medium's name follows ("melansir", "dilaporkan oleh", ``citation_cues.tsv``, placed "before")."""
    rows = [row for row in table("id", "citation_cues.tsv") if len(row) > 2 and row[2] == "before" and row[1] == "strong"]
    extra = [r"(?:di)?laporkan oleh", r"mengutip(?: dari)?"]
    return re.compile(rf"(?<![\w-])(?i:{'|'.join([*(row[0] for row in rows), *extra])})\s+$")


def told_as_citation(name: str, sentence: str) -> bool:
    """Whether the sentence names something only as the medium it cites ("sebagaimana melansir Dailymail",
    "Dilaporkan oleh CNA"): no party of what it tells."""
    return _named_only_after(_cited_before(), name, sentence)


def _named_only_after(cue: re.Pattern[str], name: str, sentence: str) -> bool:
    """Whether the sentence names ``name`` and every place it does follows a ``cue`` ending within ``_BEFORE_REACH``
    characters before it (a cited medium's, a notice's source's)."""
    spans = spans_of(name, sentence) if sentence else []
    return bool(spans) and all(cue.search(sentence, max(0, start - _BEFORE_REACH), start) for start, _ in spans)


# lower-case words between a source's cue and its name ("pemberitahuan resmi dari otoritas penerbangan sipil, AirNav")
_SOURCE_WORDS = 6


@cache
def _source_before() -> re.Pattern[str]:
    """A cue of ``source_cues.txt`` ending a text, with a few lower-case words and a comma after it."""
    cues = alternation(lower_word_list("id", "source_cues.txt"))
    return re.compile(rf"(?<![\w-])(?i:{cues})(?:\s+[a-z][a-z-]*){{0,{_SOURCE_WORDS}}},?\s+$")


def told_as_source(name: str, sentence: str) -> bool:
    """Whether the sentence names something only as the body on whose notice or data it tells what it tells ("berdasarkan
    pemberitahuan resmi dari otoritas penerbangan sipil, AirNav Indonesia (NOTAM) ..., penerbangan ... dibatalkan",
    ``source_cues.txt``): no party of it, as a cited medium is none."""
    return _named_only_after(_source_before(), name, sentence)


def passive_agent(who: Sequence[str], sentence: str, trigger: str) -> str | None:
    """The name of ``who`` a passive trigger's agent is ("dibenarkan oleh Kapolres X", "ditangkap Satreskrim Polres
    Blitar"): the first of them after the verb, within a title's reach; past an owner of a role the name after its
    comma ("oleh manajer Gustiwiw, Pinkan": Pinkan)."""
    if not trigger.lower().startswith("di") or " " in trigger.strip() or not trigger[:1].islower():
        return None
    at = sentence.find(trigger)
    if at < 0:
        return None
    rest = sentence[at + len(trigger) :]
    lead = re.match(rf"\s+(?:oleh\s+)?{_title_run(_AGENT_WORDS, lazy=False)}", rest)
    reach = rest[: lead.end() + 60] if lead else ""
    places = sorted((reach.find(n), n) for n in who if n and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", reach))
    if not places:
        return None
    start, first = places[0]
    if lead is None or start > lead.end():
        return None
    apposed = re.match(r",\s+", rest[start + len(first) :])
    if apposed:
        after = start + len(first) + apposed.end()
        return next((n for _, n in places[1:] if rest.startswith(n, after)), first)
    return first
