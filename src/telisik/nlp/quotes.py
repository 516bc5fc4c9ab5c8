"""Quotes: direct quotes and reported speech, each with its speaker.

Forms found (speech verbs in ``lang/id/speech_verbs.tsv``, speaker-phrase words
in ``lang/id/quote_words.tsv``):

- direct, attribution after: '"...," kata Watson.', '"...," ujar pernyataan Kremlin.',
  '"...," tambahnya.' (-nya: the last speaker), '"...," Watson mengatakan.';
- direct, attribution before: 'X mengatakan: "..."', 'X juga melaporkan "bahwa ..."';
- an unattributed quote that stands as its own sentence right after another
  speaker's quote continues that speaker ('"A," kata X. "B."'), and so does the
  next paragraph of a quote that runs over paragraphs;
- reported: "X mengatakan (pekan lalu) (bahwa) ...", "menurut X, ...",
  "..., menurut X", "..., kata para pejabat kepada New York Times." (no
  quotation marks: the content is the clause before the attribution);
- statements credited to a news organisation: "..., lapor The New York Times",
  "..., melansir A dari B" (the speaker is B, the original source), "Melansir
  Reuters, ..." when nothing else in the sentence attributes it. The cited
  organisations are those the ``telisik_citations`` component, which runs
  before this one, left in ``doc._.cited_names``.

A quotation-marked fragment inside a sentence ('adalah "kesalahan besar"') is not
a quote of its own: it belongs to the reported speech around it (``direct:
false``). Unattributed statements ("dilaporkan", "diyakini", "ada yang
mengatakan") are not quotes.

The speaker phrase is resolved to an entity of ``doc._.entities`` when one of
its mentions covers the phrase (or has the same surname), except that a place or
company between a title and a name stays out of it ("Bupati Bekasi Ade
Kuswara", "CEO Microsoft Satya Nadella"); otherwise a surname is completed from
a fuller name earlier in the article ("Peskov" -> "Dmitry Peskov"), an acronym
from its spelled-out form ("AS" -> "Amerika Serikat"). A pronoun, -nya or a
description ("pelatih asal Italia itu") takes the person who became a
sentence's subject since the last quote ("Sementara itu, Hendra ... . Ia
mengatakan"), else the last speaker. A quote split by its verb ('"A," lanjut X,
"B."') is two quotes of X.

``doc._.quotes`` holds one ``records.quotes.Quote`` per quote; the speakers'
entities are those of ``doc._.entities`` (``records.entities.Entity``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc

from telisik.lang import table
from telisik.nlp.citations import CitedName, MediaNames
from telisik.nlp.doc import doc_text
from telisik.records.entities import Entity, Mention
from telisik.records.quotes import Quote

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

_OPENERS = "“«„"
_CLOSERS = "”»"
_ALL_MARKS = _OPENERS + _CLOSERS + '"'
_WORD = re.compile(r"\S+")
_PUNCT = " \t\n,.;:!?\"'“”‘’«»()[]"
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_ATTRIBUTION_END = re.compile(r"[,.;:!?\"“”«»\n]")
_CLAUSE_END = re.compile(r"[,.;:!?\n]")
_SPACES_AND_COMMAS = re.compile(r"[\s,]*")
# a capitalised word in one of these roles starts no person's name ("Menurut Ngatiyana", "Juru bicara X")
_NOT_NAME_ROLES = ("title", "institution", "statement", "determiner", "pronoun", "connector", "stop", "adjunct", "clause", "group")
_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")

# A word as the speaker rules read it: whitespace-separated, with its punctuation attached
# ("Watson,", "(AS)"), and its offsets. The rules read that punctuation (a comma ending a
# name, a bracket opening an aside), which the doc's tokens split off.
Word = tuple[str, int, int]


# --------------------------------------------------------------------------- language data


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class QuoteLexicon:
    """Speech verbs (verb -> construction), speaker-phrase words by role, and the known news organisations."""

    verbs: dict[str, str]
    roles: dict[str, frozenset[str]]
    media: MediaNames

    @classmethod
    def read(cls, speech_verbs: str, quote_words: str, media: str, outlets: str) -> QuoteLexicon:
        """The lexicon from the files of ``lang/id`` (verbs, words) and ``telisik/data`` (media, outlets)."""
        verbs = {row[0].lower(): row[1] for row in table("id", speech_verbs)}
        roles: dict[str, set[str]] = {}
        for row in table("id", quote_words):
            roles.setdefault(row[1], set()).add(row[0].lower())
        return cls(verbs, {k: frozenset(v) for k, v in roles.items()}, MediaNames.read(media, outlets))

    def to_json(self) -> dict[str, Any]:
        return {"verbs": self.verbs, "roles": {k: sorted(v) for k, v in self.roles.items()}, "media": self.media.names}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuoteLexicon:
        return cls(dict(data["verbs"]), {k: frozenset(v) for k, v in data["roles"].items()}, MediaNames(dict(data["media"])))

    def role(self, role: str) -> frozenset[str]:
        return self.roles.get(role, frozenset())

    def has(self, role: str, word: str) -> bool:
        return word.lower().strip(_PUNCT) in self.role(role)

    def prefix(self, role: str, words: list[str]) -> int:
        """How many of ``words`` make the longest entry of ``role`` at their start (0 if none)."""
        best = 0
        low = [w.lower().strip(_PUNCT) for w in words[:4]]
        for n in range(1, len(low) + 1):
            if " ".join(low[:n]) in self.role(role):
                best = n
        return best

    @cached_property
    def verb_re(self) -> re.Pattern[str]:
        alternation = "|".join(sorted((re.escape(v) for v in self.verbs), key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?P<verb>{alternation})(?P<enclitic>{_alternation(self.role('enclitic'))})?(?![\w-])", re.IGNORECASE)

    @cached_property
    def verb_like(self) -> re.Pattern[str]:
        """A lower-case word with a verb prefix: "meminta", "merupakan"."""
        return re.compile(rf"^(?:{_alternation(self.role('verb_prefix'))})[a-z]{{4,}}$")

    @cached_property
    def clause_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{_alternation(self.role('clause'))})(?![\w-])", re.IGNORECASE)

    @cached_property
    def relative_end(self) -> re.Pattern[str]:
        """A subject ending in a relative pronoun: "ada yang", "kabar yang"."""
        return re.compile(rf"(?<![\w-])(?:{_alternation(self.role('relative'))})\s*$", re.IGNORECASE)

    @cached_property
    def coordination_end(self) -> re.Pattern[str]:
        """A second verb's coordination with a first: "..., dan", "lalu"."""
        return re.compile(rf",?\s*(?:{_alternation(self.role('coordinator'))})\s*$")

    @cached_property
    def conjunction(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{_alternation(self.role('conjunction'))})(?![\w-])")

    @cached_property
    def verb_closes(self) -> re.Pattern[str]:
        """What may follow a verb that closes its sentence: a stop, an addressee ("kepada ..."), the end."""
        return re.compile(rf"\s*(?:[.,;]|{_alternation(self.role('addressee'))}|$)")

    @cached_property
    def not_name(self) -> frozenset[str]:
        """The entries of all ``_NOT_NAME_ROLES``, in one set."""
        return frozenset(entry for role in _NOT_NAME_ROLES for entry in self.role(role))


@dataclass(frozen=True)
class QuoteSettings:
    """The finder's thresholds (in words, or characters where said)."""

    min_quote_words: int = 3  # a quote, and the content of "..., kata X"
    min_reported_words: int = 2  # the content of "X mengatakan ..." and "Menurut X, ..."
    min_media_statement_words: int = 4  # a statement credited to a news organisation
    attribution_chars: int = 80  # how far after a quote its '"...," Watson mengatakan' verb is looked for


# --------------------------------------------------------------------------- speakers


@dataclass
class Speaker:
    name: str | None  # None for a pronoun or -nya, resolved to the last speaker
    start: int
    end: int
    kind: str  # "name" (a person's or organisation's name), "phrase" (as written), "pronoun"


def _pronoun(lex: QuoteLexicon, words: list[Word]) -> Speaker | None:
    if len(words) == 1 and lex.has("pronoun", words[0][0]):
        return Speaker(None, words[0][1], words[0][2], "pronoun")
    return None


def _words(text: str, base: int) -> list[Word]:
    return [(m.group(0), base + m.start(), base + m.end()) for m in _WORD.finditer(text)]


def _is_cap(word: str, alpha: bool = False) -> bool:
    w = word.lstrip("(\"'“‘[")
    return bool(w) and (w[0].isupper() or (not alpha and w[0].isdigit()))


def _drop_parentheses(text: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", text).strip()


def _name_speaker(text: str, words: list[Word], kind: str) -> Speaker | None:
    while words and words[-1][0].strip(_PUNCT) == "":
        words = words[:-1]
    if not words:
        return None
    start, end = words[0][1], words[-1][2]
    name = _drop_parentheses(text[start:end]).strip(_PUNCT.replace("(", "").replace(")", ""))
    name = name.strip(" ,.;:")
    return Speaker(name, start, end, kind) if name else None


def speaker_from_phrase(lex: QuoteLexicon, text: str, words: list[Word]) -> Speaker | None:
    """The speaker a phrase names: "juru bicara Kremlin Dmitry Peskov" -> Dmitry Peskov,
    "pernyataan Kremlin" -> Kremlin, "para pejabat" as written, "dia" a pronoun."""
    # drop parenthesised asides word by word: "Amerika Serikat (AS)", "Departemen Luar Negeri (Deplu) AS"
    words = _unbracketed(words)
    if not words:
        return None
    pronoun = _pronoun(lex, words)
    if pronoun is not None:
        return pronoun
    words = words[lex.prefix("determiner", [w[0] for w in words]) :]
    n = lex.prefix("connector", [w[0] for w in words])
    if 0 < n < len(words):
        words = words[n:]  # "Diketahui Yosef Brandt", "Sementara itu Kirby": the sentence adverb is not the name
    # only a role ("pelatih", "menteri"); "sumber AS tersebut" is the unnamed source itself
    described = lex.prefix("title", [w[0] for w in words]) and not lex.has("group", words[0][0])
    if len(words) >= 2 and lex.has("anaphor", words[-1][0]) and described:
        # "Pelatih asal Italia itu", "pejabat tersebut": a description of someone named before, not a new speaker
        return Speaker(None, words[0][1], words[-1][2], "pronoun")
    while words and words[0][0].strip(_PUNCT).lower() in lex.verbs:
        words = words[1:]  # "Lanjut Yannes menambahkan": the speech verb is not part of the name
    return _named_by(lex, text, words) if words else None


def _named_by(lex: QuoteLexicon, text: str, words: list[Word]) -> Speaker | None:
    """The speaker of a phrase that is no pronoun or description: an agency, a statement's owner, a titled or plain name."""
    if lex.media.canonical(" ".join(w[0] for w in words).strip(_PUNCT)):
        return _name_speaker(text, words, "name")  # "Kantor Berita Pusat Korea Utara" is the agency's name
    n = lex.prefix("statement", [w[0] for w in words])
    if not n and words[0][0].islower():
        n = lex.prefix("data", [w[0] for w in words])
    if n:
        return _statement_owner(lex, text, words[n:])
    title_len = _title_length(lex, words)
    if title_len:
        return _titled_speaker(lex, text, words, title_len)
    return _plain_speaker(lex, text, words)


def _statement_owner(lex: QuoteLexicon, text: str, rest: list[Word]) -> Speaker | None:
    """ "pernyataan singkat di situs resmi Kremlin": the statement's owner is the last name in it."""
    runs = _cap_runs(rest)
    if not runs:
        return None
    run = runs[-1]
    # "kantor berita Rusia Interfax": the place before a news organisation is not its name
    for i in range(1, len(run)):
        if lex.media.canonical(" ".join(w[0].strip(_PUNCT) for w in run[i:])):
            run = run[i:]
            break
    return _name_speaker(text, run, "name")


def _title_length(lex: QuoteLexicon, words: list[Word]) -> int:
    """How many words at the start are titles, one after another ("Wakil Ketua Umum")."""
    title_len = 0
    while True:
        step = lex.prefix("title", [w[0] for w in words[title_len:]])
        if not step:
            return title_len
        title_len += step


def _between_title_and_name(lex: QuoteLexicon, word: str) -> bool:
    """An institution between title and name: "Dewan Keamanan Nasional AS", "Gedung Putih"."""
    bare = word.strip(_PUNCT)
    return lex.has("institution", word) or lex.has("title", word) or bool(_ACRONYM.match(bare)) or bare.isdigit()


def _titled_speaker(lex: QuoteLexicon, text: str, words: list[Word], title_len: int) -> Speaker | None:
    """The person a title names ("Juru bicara Kremlin Dmitry Peskov"), else the phrase as written."""
    rest = words[title_len:]
    i = 0
    while i < len(rest) and _between_title_and_name(lex, rest[i][0]):
        i += 1
    name = rest[i:]
    if name and all(_NAME_TOKEN.match(w[0].strip(",.;:")) for w in name):
        if len(name) > 3:
            name = _name_tail(lex, name)
        return _name_speaker(text, name, "name")
    if not rest:
        return None
    # a title with no name after it ("Menteri Pertahanan Amerika Serikat", "para pejabat"): the phrase as written
    return _name_speaker(text, words, "phrase")


def _name_tail(lex: QuoteLexicon, name: list[Word]) -> list[Word]:
    """ "Ketua Program Studi ... Universitas Indonesia Widodo": the name is the tail after the
    last institution word, at most three words."""
    tail: list[Word] = []
    for w in reversed(name):
        if lex.has("institution", w[0]) or lex.has("title", w[0]) or _ACRONYM.match(w[0].strip(_PUNCT)):
            break
        tail.insert(0, w)
    # with no institution word to split on ("Jawa Tengah Ahmad Luthfi") most names are two words
    return tail if tail and len(tail) < len(name) and len(tail) <= 3 else name[-2:]


def _plain_speaker(lex: QuoteLexicon, text: str, words: list[Word]) -> Speaker | None:
    """A phrase with no title or statement noun in front: a group as written, or a capitalised name."""
    if lex.has("group", words[0][0]):
        # people named by what they are, kept as written: "para analis", "Para analis dan pejabat AS"
        return _name_speaker(text, words, "phrase")
    if not _is_cap(words[0][0]):
        return None
    if len(words) > 1 and not any(_is_cap(w[0], alpha=True) for w in words[1:]):
        # a capital only at the start: "Legenda lokal", "Konsep minimalis" name no one
        return None
    joiners = lex.role("joiner")
    # a name ends at its first lowercase word other than a joiner: "Alvian dilansir dari Antara" -> Alvian
    for i, w in enumerate(words):
        bare = w[0].strip(_PUNCT)
        if bare and not _is_cap(bare) and bare not in joiners:
            words = words[:i]
            break
    while words and words[-1][0].strip(_PUNCT) in joiners:
        words = words[:-1]
    return _name_speaker(text, words, "name")


def _cap_runs(words: list[Word]) -> list[list[Word]]:
    runs: list[list[Word]] = []
    cur: list[Word] = []
    for w in words:
        if _is_cap(w[0]):
            cur.append(w)
            if w[0][-1] in ",.;:":
                runs.append(cur)
                cur = []
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _cut_at_stop(words: list[Word], stops: frozenset[str]) -> list[Word]:
    """Words up to the first lowercase stop word ("Gedung Putih pada Senin" -> "Gedung Putih")."""
    for i, w in enumerate(words):
        token = w[0].strip(_PUNCT)
        if i > 0 and token and token.islower() and token in stops:
            return words[:i]
    return words


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated parts of text[start:end], commas inside parentheses ignored."""
    parts = []
    depth = 0
    seg = start
    for i in range(start, end):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            parts.append((seg, i))
            seg = i + 1
    parts.append((seg, end))
    return [(s, e) for s, e in parts if text[s:e].strip()]


def _clean_subject(lex: QuoteLexicon, text: str, s: int, e: int) -> list[Word]:
    words = _words(text[s:e], s)
    stops = lex.role("stop") - lex.role("subject_word")
    statement = lex.prefix("statement", [w[0] for w in words[lex.prefix("determiner", [w[0] for w in words]) :]])
    if statement:
        # keep "di situs resmi Kremlin" in a statement phrase; cut only its time ("pada hari Senin")
        stops = lex.role("time_stop")
    if words and words[0][0].strip(_PUNCT).lower() in lex.role("relative"):
        return []  # a relative clause: ", yang diliput melalui ... Reuters dan CNN,"
    if words and words[0][0].strip(_PUNCT).lower() in stops:
        # "usai pertemuan tersebut Presiden Rusia Vladimir Putin": the subject follows the adjunct
        caps = [i for i, w in enumerate(words) if _is_cap(w[0], alpha=True)]
        if not caps or lex.has("stop", words[caps[0]][0]) or lex.has("adjunct", words[caps[0]][0]):
            return []
        words = words[caps[0] :]
    words = _cut_at_stop(words, stops)
    while words and lex.has("adverb", words[-1][0]):
        words = words[:-1]
    return words


def _unbracketed(words: list[Word]) -> list[Word]:
    """The words outside parentheses: "Rusmini (52 tahun)" -> "Rusmini"."""
    kept = []
    depth = 0
    for w in words:
        opens, closes = w[0].count("("), w[0].count(")")
        if depth == 0 and opens == 0:
            kept.append(w)
        depth = max(0, depth + opens - closes)
    return kept


def _subject_candidate(lex: QuoteLexicon, words: list[Word]) -> bool:
    # an age or acronym in brackets says nothing about the subject: "Rusmini (45)", "Badan ... (BMKG)"
    words = _unbracketed(words)
    if not words:
        return False
    first = words[0][0].strip(_PUNCT).lower()
    if _skippable(lex, words):
        return False
    if any(_looks_verb(lex, w[0]) for w in words):
        return False  # "Dedie Rachim juga meminta jajaran direksi ... meyakini": a clause, not a speaker
    if any(lex.has("group", w[0]) or lex.has("title", w[0]) for w in words):
        return True
    if any(_is_cap(w[0], alpha=True) for w in words[1:]):
        return True
    # one capitalised word is a name ("Kirby"); a capital only at the sentence start ("Legenda lokal") is not
    return (
        len(words) == 1
        and _is_cap(words[0][0], alpha=True)
        and not any(lex.has(role, first) for role in ("connector", "adjunct", "stop", "adverb", "clause"))
    )


def _skippable(lex: QuoteLexicon, words: list[Word]) -> bool:
    """A segment between subject and verb that is not the subject: a connector or a citation ("dikutip melalui Reuters")."""
    first = words[0][0].strip(_PUNCT).lower()
    return first in lex.role("cue") or lex.prefix("connector", [w[0] for w in words]) == len(words)


def _looks_verb(lex: QuoteLexicon, word: str) -> bool:
    """A lowercase word with a verb prefix ("meminta", "merupakan"), and not a speaker noun or title."""
    w = word.strip(_PUNCT)
    return bool(lex.verb_like.match(w)) and not lex.has("group", w) and not lex.has("title", w)


def _subject_region(lex: QuoteLexicon, text: str, start: int, end: int) -> int:
    """Where the subject of a verb at ``end`` may start: after the last clause word, dateline or line start."""
    region = start
    for m in lex.clause_re.finditer(text[start:end]):
        region = start + m.end()
    # a dateline or line start before the subject: "Jakarta- Ketua ...", "KOMPAS.com – Dewan ..."
    cut = region
    for m in re.finditer(r"[-–—]\s|[\n:;]", text[region:end]):
        # not the dash of a range ("2019- 2020")
        if m.group(0) in "\n:;" or m.start() == 0 or not text[region + m.start() - 1].isdigit():
            cut = region + m.end()
    return cut


def _chosen_segment(lex: QuoteLexicon, cleaned: list[tuple[int, int, list[Word]]]) -> int | None:
    """The last comma-separated segment that can be a speaker, looking left past connectors and citations only."""
    for idx in range(len(cleaned) - 1, -1, -1):
        words = cleaned[idx][2]
        if _subject_candidate(lex, words):
            return idx
        if words and not _skippable(lex, words):
            # the verb's own subject is not a speaker ("astrologi akan menyampaikan"): never look further left
            return None
    return None


def _listed_subjects(lex: QuoteLexicon, text: str, cleaned: list[tuple[int, int, list[Word]]], chosen: int) -> Speaker | None:
    """A list of subjects: "AS, Inggris, Korea Selatan dan Jepang mengatakan"."""
    words = cleaned[chosen][2]
    if not any(w[0] in lex.role("list_and") for w in words):
        return None
    first = chosen
    while first > 0 and 0 < len(cleaned[first - 1][2]) <= 3 and all(_is_cap(w[0]) for w in cleaned[first - 1][2]):
        first -= 1
    if first == chosen:
        return None
    s0 = cleaned[first][2][0][1]
    return Speaker(text[s0 : words[-1][2]].strip(" ,"), s0, words[-1][2], "phrase")


def _name_before_title(lex: QuoteLexicon, prev: list[Word], speaker: Speaker | None) -> bool:
    """Whether the segment before a title is the person it names: "Adrienne Watson, juru bicara Gedung Putih, mengatakan"."""
    if not (prev and len(prev) <= 4 and all(_NAME_TOKEN.match(w[0].strip(",.;:")) for w in prev)):
        return False
    if speaker is None or speaker.kind == "phrase":
        return True
    # "Timotius Thendean, Direktur Marketing PT Sentul City Tbk, mengatakan": a title that names someone too
    # yields to a person's name in front of it (two words at least, none a time or a place word: "Pada Senin, ...")
    roles = ("stop", "adjunct", "connector", "clause", "title", "institution", "statement", "group")
    return len(prev) >= 2 and not any(lex.has(role, w[0]) for w in prev for role in roles)


def subject_speaker(lex: QuoteLexicon, text: str, start: int, end: int) -> Speaker | None:
    """The speaker of a speech verb from the text before it (text[start:end] is the sentence up to the verb)."""
    if lex.relative_end.search(text[start:end]):
        # "ada yang mengatakan", "kabar yang menyebutkan": a relative clause, not an attribution
        return None
    region = _subject_region(lex, text, start, end)
    cleaned = [(s, e, _clean_subject(lex, text, s, e)) for s, e in _segments(text, region, end)]
    chosen = _chosen_segment(lex, cleaned)
    if chosen is None:
        return _pronoun(lex, cleaned[-1][2] if cleaned else [])
    words = cleaned[chosen][2]
    pronoun = _pronoun(lex, words) or _listed_subjects(lex, text, cleaned, chosen)
    if pronoun is not None:
        return pronoun
    speaker = speaker_from_phrase(lex, text, words)
    if chosen > 0 and lex.prefix("title", [w[0] for w in words]) and _name_before_title(lex, cleaned[chosen - 1][2], speaker):
        return _name_speaker(text, cleaned[chosen - 1][2], "name")
    return speaker


def _weak_description(lex: QuoteLexicon, words: list[Word], speaker: Speaker | None) -> bool:
    """A title or group with no (or a one-word) name: "juru bicara Dewan Keamanan Nasional AS", "pelatih Persikab"."""
    low = [w[0] for w in words]
    head = low[lex.prefix("determiner", low) :]
    describes = lex.prefix("title", low) or (head and lex.has("group", head[0]))
    # a title with one capitalised word after it is often title + team or company: "pelatih Persikab, Gilbert Santana"
    weak = speaker is None or speaker.kind == "phrase" or (lex.prefix("title", low) and len((speaker.name or "").split()) == 1)
    return bool(weak and describes)


def _apposition(lex: QuoteLexicon, text: str, start: int, limit: int) -> list[Word] | None:
    """The name in an apposition after a description: "..., John Kirby", "..., Maria Reyes (45)"."""
    m = _ATTRIBUTION_END.search(text, start, limit)
    words = _cut_at_stop(_words(text[start : m.start() if m else limit], start), lex.role("stop"))
    words = _unbracketed(words)
    # not a day or a sentence adverb: '"...," kata para pejabat, Senin.'
    if not words or len(words) > 4 or not all(_NAME_TOKEN.match(w[0]) for w in words):
        return None
    return None if any(lex.has(role, words[0][0]) for role in ("adjunct", "connector", "stop", "title")) else words


def after_speaker(lex: QuoteLexicon, text: str, pos: int, limit: int) -> Speaker | None:
    """The speaker named after an attribution verb at ``pos``: "kata juru bicara ... AS, John Kirby, kepada wartawan"."""
    m = _ATTRIBUTION_END.search(text, pos, limit)
    end = m.start() if m else limit
    words = _cut_at_stop(_words(text[pos:end], pos), lex.role("stop"))
    if not words:
        return None
    speaker = speaker_from_phrase(lex, text, words)
    if m and text[m.start()] == "," and _weak_description(lex, words, speaker):
        named = _apposition(lex, text, m.end(), limit)
        if named is not None:
            return _name_speaker(text, named, "name")
    return speaker


# --------------------------------------------------------------------------- quotation marks


@dataclass
class Marked:
    """A stretch of text in quotation marks: ``open`` is the opening mark, ``close`` the closing one
    (the paragraph end when the quote is not closed in its paragraph)."""

    open: int
    close: int
    para: int
    closed: bool
    chain: int = -1  # index of the next part when the quote runs on into the next paragraph


def _looks_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([—–-:") and not nxt.isspace()


def _looks_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)]—–-" or i + 1 == len(text))


def paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _paragraph_marks(text: str, p_idx: int, ps: int, pe: int) -> list[Marked]:
    """The quotation-marked stretches of one paragraph; one left open ends with the paragraph."""
    spans: list[Marked] = []
    opened = -1
    depth = 0
    for i in range(ps, pe):
        c = text[i]
        if opened < 0:
            if c in _OPENERS or (c == '"' and _looks_open(text, i)):
                opened, depth = i, 0
            continue
        if c in _OPENERS:
            depth += 1
        elif c in _CLOSERS or c == '"':
            if c == '"' and depth == 0 and _looks_open(text, i) and not _looks_close(text, i):
                depth += 1  # an inner straight quote inside a curly one
            elif depth > 0:
                depth -= 1
            else:
                if text[opened + 1 : i].strip():
                    spans.append(Marked(opened, i, p_idx, True))
                opened = -1
    if opened >= 0 and text[opened + 1 : pe].strip():
        spans.append(Marked(opened, pe, p_idx, False))
    return spans


def marked_spans(text: str) -> list[Marked]:
    """Quotation-marked stretches, paragraph by paragraph.

    Curly and straight double quotes, mixed ("“...mendatang.\\""), with quotes
    inside quotes counted by depth. Single quotes are left alone: they mark
    quotes inside quotes and double as apostrophes. A quote not closed in its
    paragraph ends with the paragraph, so an unbalanced mark never swallows the
    rest of the article.
    """
    paras = paragraphs(text)
    spans = [sp for p_idx, (ps, pe) in enumerate(paras) for sp in _paragraph_marks(text, p_idx, ps, pe)]
    # a quote left open at its paragraph's end runs on when the next paragraph opens with a quotation mark
    for i, sp in enumerate(spans[:-1]):
        nxt = spans[i + 1]
        if not sp.closed and nxt.para == sp.para + 1 and not text[paras[nxt.para][0] : nxt.open].strip():
            sp.chain = i + 1
    return spans


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and the comma or stray marks at the edges of a quote's content."""
    while start < end and (text[start].isspace() or text[start] in _ALL_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:" + _ALL_MARKS):
        end -= 1
    return start, end


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
        end -= 1
    return end


def _inside(pos: int, spans: list[Marked]) -> int:
    for i, sp in enumerate(spans):
        if sp.open < pos < sp.close:
            return i
    return -1


def _sentence_of(pos: int, sents: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i
    return len(sents) - 1


def _para_of(pos: int, paras: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(paras):
        if s <= pos <= e:
            return i
    return -1


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """The doc's sentences (``telisik_sentences``), each also cut at its line breaks.

    The sentence splitter ends a sentence at a paragraph break, not at a single line
    break; for a speaker that is a boundary too: scraped text keeps "Baca juga:" and
    "Advertisement" lines glued to the next sentence, and a speaker never runs over a line.
    """
    text = doc_text(doc)
    try:
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    except ValueError:  # no sentence boundaries set (the component used without the splitter)
        spans = paragraphs(text)
    out = []
    for s, e in spans:
        pos = s
        for m in re.finditer(r"\n", text[s:e]):
            if text[pos : s + m.start()].strip():
                out.append((pos, s + m.start()))
            pos = s + m.end()
        if text[pos:e].strip():
            out.append((pos, e))
    return out


def _standalone_start(text: str, sp: Marked, para_start: int) -> bool:
    """The quote opens a sentence: at the paragraph start, after a sentence end, or after a colon."""
    before = text[para_start : sp.open]
    before = before[before.rfind("\n") + 1 :].rstrip()
    return not before or before[-1] in ".!?:" + _CLOSERS + '"'


def _marked_start(lex: QuoteLexicon, text: str, words: list[Word], limit: int) -> tuple[bool, int | None]:
    """Whether "bahwa", a colon or an opening quote within the first words marks the content's start, and where."""
    for i, (w, s, e) in enumerate(words[:9]):
        if w[0] in _OPENERS + '"' and (i == 0 or words[i - 1][0].endswith((",", ":"))):
            return True, s  # 'mengatakan: "..."' opens a direct quote; a mark later in the clause is a fragment
        if w.strip(_PUNCT).lower() in lex.role("complement"):
            nxt = e
            while nxt < limit and text[nxt] in " ,":
                nxt += 1
            return True, nxt
        if w.endswith(":"):
            return True, (e + 1 if e < limit else None)
    return False, None


def _skip_to_content(lex: QuoteLexicon, text: str, pos: int, limit: int, needs_bahwa: bool) -> int | None:
    """Where the reported content starts after a speech verb, skipping "pekan lalu", "kepada wartawan,", "bahwa"."""
    words = _words(text[pos:limit], pos)
    if not words:
        return None
    marked, start = _marked_start(lex, text, words, limit)
    if marked:
        return start
    if needs_bahwa:
        return None
    first = words[0][0]
    if first.startswith(","):
        return words[1][1] if len(words) > 1 else None
    if lex.has("adjunct", first):
        # "mengatakan pada 30 Agustus, Negeri Paman Sam ...": skip the time before the comma
        for w, _s, e in words[:7]:
            if w.endswith(","):
                return e + 1 if e < limit else None
    return words[0][1]


def _only_connector(lex: QuoteLexicon, before: str) -> bool:
    """``before`` is nothing but a sentence adverb: "Namun,", "Meski demikian,"."""
    words = before.rstrip(" ,").split()
    return bool(words) and lex.prefix("connector", words) == len(words)


# --------------------------------------------------------------------------- finder


@dataclass
class Found:
    start: int  # of the content
    end: int
    direct: bool
    cue: str
    speaker: Speaker | None
    sentence: int = -1
    mark: int = -1  # index of the quotation-marked span, for direct quotes
    continues: bool = False  # an unattributed quote taken as the previous speaker's


@dataclass
class _Search:
    """One doc's quote search: its text cut into sentences, paragraphs and quotation-marked
    stretches, the cited organisations, and what the passes have found so far."""

    doc: Doc
    text: str
    lex: QuoteLexicon
    settings: QuoteSettings
    cited: list[CitedName]
    sents: list[tuple[int, int]] = field(default_factory=list)
    paras: list[tuple[int, int]] = field(default_factory=list)
    marks: list[Marked] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    attributed: dict[int, Found] = field(default_factory=dict)  # by index of the quotation-marked span
    covered: set[int] = field(default_factory=set)  # sentences with a quote

    def words(self, start: int, end: int) -> int:
        return len(self.text[start:end].split())

    def add(self, found: Found, mark: int) -> None:
        """A quote of a quotation-marked span found after the first passes, kept in text order."""
        self.found.append(found)
        self.attributed[mark] = found
        self.found.sort(key=lambda f: f.start)


def find_quotes(doc: Doc, lex: QuoteLexicon, settings: QuoteSettings | None = None) -> list[Quote]:
    """The quotes of a doc with its sentences, ``doc._.entities`` and ``doc._.cited_names`` set."""
    cited = doc._.cited_names
    if cited is None:
        raise ValueError("telisik_quotes reads doc._.cited_names: add telisik_citations before it")
    text = doc_text(doc)
    search = _Search(doc, text, lex, settings or QuoteSettings(), cited)
    search.sents = _sentence_spans(doc)
    search.paras = paragraphs(text)
    search.marks = marked_spans(text)
    _marked_with_attribution_after(search)
    _speech_verbs(search)
    _media_statements(search)
    search.found.sort(key=lambda f: f.start)
    _continuations(search)
    _paragraph_runs(search)
    search.found.sort(key=lambda f: f.start)
    return _resolve(search)


# 1. quotation-marked quotes with the attribution after them: '"...," kata X', '"...," tambahnya'


def _marked_with_attribution_after(search: _Search) -> None:
    text, sents = search.text, search.sents
    for idx, sp in enumerate(search.marks):
        if not sp.closed:
            continue
        ps, pe = search.paras[sp.para]
        speaker, cue = _attribution_after(search, sp.close + 1, pe)
        if speaker is None:
            continue
        if not _standalone_start(text, sp, ps):
            # 'X adalah "kesalahan besar", kata Y.': a fragment; the sentence is reported speech
            s_idx = _sentence_of(sp.open, sents)
            cs, ce = _content(text, sents[s_idx][0], sp.close)
            search.found.append(Found(cs, ce, False, cue, speaker, s_idx, idx))
        else:
            cs, ce = _content(text, sp.open + 1, sp.close)
            search.found.append(Found(cs, ce, True, cue, speaker, _sentence_of(sp.open, sents), idx))
        search.attributed[idx] = search.found[-1]


def _attribution_after(search: _Search, tail_start: int, pe: int) -> tuple[Speaker | None, str]:
    """The speaker and cue after a closing quotation mark: ', kata X', ', tambahnya', ' Watson mengatakan.'."""
    lex, text = search.lex, search.text
    m = _SPACES_AND_COMMAS.match(text, tail_start, pe)
    pos = m.end() if m else tail_start
    vm = lex.verb_re.match(text, pos, pe)
    if vm and lex.verbs.get(vm["verb"].lower()) in {"after", "menurut"}:
        if vm["enclitic"]:
            return Speaker(None, vm.start("enclitic"), vm.end("enclitic"), "pronoun"), vm.group(0)
        return after_speaker(lex, text, vm.end(), pe), vm.group(0)
    # '"...," Watson mengatakan.': a short subject and a reported verb closing the sentence
    window = min(pe, pos + search.settings.attribution_chars)
    vm2 = next((c for c in lex.verb_re.finditer(text, pos, window) if lex.verbs.get(c["verb"].lower()) in {"reported", "bahwa"}), None)
    if vm2 and lex.verb_closes.match(text[vm2.end() : pe]) and not re.search(r"[.!?\"“”]", text[pos : vm2.start()]):
        return subject_speaker(lex, text, pos, vm2.start()), vm2.group(0)
    return None, ""


# 2. speech verbs outside quotation marks, sentence by sentence


def _speech_verbs(search: _Search) -> None:
    lex = search.lex
    for s_idx, (ss, se) in enumerate(search.sents):
        for vm in lex.verb_re.finditer(search.text, ss, se):
            kind = lex.verbs.get(vm["verb"].lower())
            if _inside(vm.start(), search.marks) >= 0 or kind is None:
                continue
            q = _reported(search, vm, kind, ss, se)
            if q is None:
                continue
            q.sentence = s_idx
            if any(f.mark >= 0 and f.mark == q.mark for f in search.found):
                continue
            if q.mark >= 0:
                search.attributed[q.mark] = q
            search.found.append(q)
            search.covered.add(s_idx)
    search.covered |= {f.sentence for f in search.found}


def _reported(search: _Search, vm: re.Match[str], kind: str, ss: int, se: int) -> Found | None:
    if kind in {"reported", "bahwa"}:
        return _reported_speech(search, vm, kind, ss, se)
    if kind == "menurut":
        return _according_to(search, vm, ss, se)
    if kind == "after":
        return _attribution_after_clause(search, vm, ss, se)
    return None


def _reporting_subject(search: _Search, vm: re.Match[str], ss: int) -> Speaker | None:
    lex, text = search.lex, search.text
    coord = lex.coordination_end.search(text[ss : vm.start()])
    if coord and coord.start() > 0:
        # "Sebuah pernyataan ... mengonfirmasi kunjungan itu, dan mengatakan bahwa": the first verb's subject
        first = next(iter(lex.verb_re.finditer(text, ss, vm.start())), None)
        return subject_speaker(lex, text, ss, first.start()) if first else None
    return subject_speaker(lex, text, ss, vm.start())


def _reported_speech(search: _Search, vm: re.Match[str], kind: str, ss: int, se: int) -> Found | None:
    """ "X mengatakan (bahwa) ...", 'X mengatakan: "..."'."""
    lex, text, settings = search.lex, search.text, search.settings
    if vm["enclitic"]:
        return None  # "mengatakannya" takes an object, not content
    speaker = _reporting_subject(search, vm, ss)
    if speaker is None:
        return None
    start = _skip_to_content(lex, text, vm.end(), se, kind == "bahwa")
    if start is None:
        return None
    first_word = text[start:se].split()[:1]
    if first_word and lex.has("object", first_word[0]):
        return None  # "memastikan tempat di final", "mengakui keunggulan lawan": a plain object, not content
    mark = next((i for i, m in enumerate(search.marks) if m.open == start), -1)
    if mark >= 0:
        if mark in search.attributed:
            return None
        sp = search.marks[mark]
        cs, ce = _content(text, sp.open + 1, sp.close)
        if search.words(cs, ce) >= settings.min_quote_words:
            return Found(cs, ce, True, vm.group(0), speaker, mark=mark)
    cs, ce = _content(text, start, _strip_end(text, start, se))
    if search.words(cs, ce) < settings.min_reported_words:
        return None
    return Found(cs, ce, False, vm.group(0), speaker)


def _according_to(search: _Search, vm: re.Match[str], ss: int, se: int) -> Found | None:
    """ "Menurut X, ...", "..., menurut X", "menurutnya"."""
    lex, text = search.lex, search.text
    speaker: Speaker | None
    if vm["enclitic"]:
        speaker = Speaker(None, vm.start("enclitic"), vm.end("enclitic"), "pronoun")
        after = vm.end()
    else:
        comma = _CLAUSE_END.search(text, vm.end(), se)
        after = comma.start() if comma else se
        # "Kantor Berita Pusat Korea Utara (KCNA), yang ...": the comma after the parenthesis
        speaker = after_speaker(lex, text, vm.end(), after) if after > vm.end() else None
    if speaker is None:
        return None
    before = text[ss : vm.start()].rstrip()
    if before.endswith(",") and len(before.split()) >= 3:
        # "..., menurut X"
        cs, ce = _content(text, ss, vm.start())
        return Found(cs, _strip_end(text, cs, ce), False, vm.group(0), speaker)
    if not before or _only_connector(lex, before):
        # "Menurut X, ..."
        m = _SPACES_AND_COMMAS.match(text, after, se)
        start = m.end() if m else after
        cs, ce = _content(text, start, _strip_end(text, start, se))
        if search.words(cs, ce) >= search.settings.min_reported_words:
            return Found(cs, ce, False, vm.group(0), speaker)
    return None


def _attribution_after_clause(search: _Search, vm: re.Match[str], ss: int, se: int) -> Found | None:
    """ "..., kata para pejabat kepada New York Times.": the clause before the comma is the content."""
    lex, text, least = search.lex, search.text, search.settings.min_quote_words
    before = text[ss : vm.start()]
    if not re.search(r",\s*$", before) or re.search(r"[\"”»]\s*,?\s*$", before):
        return None
    if vm["enclitic"]:
        speaker: Speaker | None = Speaker(None, vm.start("enclitic"), vm.end("enclitic"), "pronoun")
    else:
        speaker = after_speaker(lex, text, vm.end(), se)
        if speaker is None:
            return None
    cs, ce = _content(text, ss, vm.start())
    rest = re.compile(r"[^,.;]*,\s*(?=\S)").match(text, vm.end(), se)
    if rest and search.words(rest.end(), se) >= least:
        # "Penambahan fasilitas itu, kata Ngatiyana, bertujuan ...": the content wraps around the
        # attribution; one span cannot skip it, so the whole sentence is the quote
        cs, ce = _content(text, ss, _strip_end(text, ss, se))
    if search.words(cs, ce) < least:
        return None
    return Found(cs, ce, False, vm.group(0), speaker)


# 3. statements credited to a news organisation: "..., lapor The New York Times."


def _media_statements(search: _Search) -> None:
    for s_idx, (ss, se) in enumerate(search.sents):
        if s_idx in search.covered:
            continue
        q = _media_statement(search, ss, se, [c for c in search.cited if ss <= c.cue_start < se])
        if q:
            q.sentence = s_idx
            search.found.append(q)


def _media_statement(search: _Search, ss: int, se: int, cits: list[CitedName]) -> Found | None:
    """A sentence credited to a news organisation with no speech verb of its own."""
    if not cits:
        return None
    text, least = search.text, search.settings.min_media_statement_words
    cue_start = min(c.cue_start for c in cits)
    chain = [c for c in cits if c.cue_start == cue_start and c.known]
    if not chain:
        return None
    # "melansir The National News dari The New York Times": the original source speaks
    source = chain[-1]
    speaker = Speaker(source.source, source.name_start, source.name_end, "name")
    cue = text[cue_start : chain[0].cue_end]
    before = text[ss:cue_start].rstrip()
    if before.endswith(",") and len(before.split()) >= least:
        cs, ce = _content(text, ss, ss + len(before) - 1)
        if _inside(cs, search.marks) < 0:
            return Found(cs, ce, False, cue, speaker)
    if not before or _only_connector(search.lex, before):
        # "Melansir Reuters, Kim tiba di Moskow pada Senin."
        m = re.compile(r"[^,]*,\s*").match(text, max(c.end for c in chain), se)
        if m:
            cs, ce = _content(text, m.end(), _strip_end(text, m.end(), se))
            if search.words(cs, ce) >= least:
                return Found(cs, ce, False, cue, speaker)
    return None


# 4. unattributed quotes that continue the speaker before them


def _continuations(search: _Search) -> None:
    for idx, sp in enumerate(search.marks):
        if idx in search.attributed:
            continue
        q = _split_by_attribution(search, idx, sp) or _continuing(search, idx, sp)
        if q is not None:
            search.add(q, idx)


def _split_by_attribution(search: _Search, idx: int, sp: Marked) -> Found | None:
    """'"Ruang itu masih terbuka," lanjut Ratna, "tetapi ..."': a quote split by its attribution
    goes on with the same speaker."""
    text, marks = search.text, search.marks
    prev_mark = search.attributed.get(idx - 1)
    if prev_mark is None or not prev_mark.direct or marks[idx - 1].para != sp.para or not prev_mark.cue:
        return None
    between = text[marks[idx - 1].close + 1 : sp.open]
    if re.search(r"[.!?]", between) or not between.rstrip().endswith(","):
        return None
    cs, ce = _content(text, sp.open + 1, sp.close)
    if search.words(cs, ce) < search.settings.min_quote_words:
        return None
    return Found(cs, ce, True, prev_mark.cue, prev_mark.speaker, _sentence_of(sp.open, search.sents), idx)


def _continuing(search: _Search, idx: int, sp: Marked) -> Found | None:
    """A quote standing as its own sentence in the paragraph of the last quote, or the next one."""
    text, paras = search.text, search.paras
    if not _standalone_start(text, sp, paras[sp.para][0]):
        return None
    cs, ce = _content(text, sp.open + 1, sp.close)
    if search.words(cs, ce) < search.settings.min_quote_words:
        return None
    after = text[sp.close + 1 : paras[sp.para][1]].lstrip(" ,")
    if sp.closed and after and not (after[0] in _OPENERS + '"' or after[0].isupper()):
        return None  # the sentence goes on after the marks: a title or term, not a quote
    prev = [f for f in search.found if f.end <= sp.open]
    if not prev:
        return None
    last_para = _para_of(prev[-1].end, paras)
    chained_from = any(m.chain == idx for m in search.marks)
    if last_para == sp.para or last_para == sp.para - 1 or chained_from:
        speaker = Speaker(None, sp.open, sp.open, "pronoun")
        return Found(cs, ce, True, "", speaker, _sentence_of(sp.open, search.sents), idx, continues=True)
    return None


# 5. a quote running over paragraphs whose attribution comes in a later paragraph


def _paragraph_runs(search: _Search) -> None:
    for idx, sp in enumerate(search.marks):
        if sp.chain >= 0 and idx not in search.attributed and sp.chain in search.attributed:
            later = search.attributed[sp.chain]
            cs, ce = _content(search.text, sp.open + 1, sp.close)
            search.found.append(Found(cs, ce, True, later.cue, later.speaker, _sentence_of(sp.open, search.sents), idx))


# --------------------------------------------------------------------------- resolution


def _full_names(lex: QuoteLexicon, text: str) -> list[tuple[int, str]]:
    """Person-like names in the article ("Menteri Pertahanan Sergei Shoigu" -> "Sergei Shoigu"), by position."""
    out = []
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        i = 0
        while i < len(words):
            n = _not_name_length(lex, words, i)
            if not n:
                break
            i += n
        # multi-word titles: "Juru" alone is not in the list but "juru bicara" is
        rest = words[i:]
        if 2 <= len(rest) <= 4:
            out.append((m.start() + m.group(0).index(rest[0]), " ".join(rest)))
    return out


def _not_name_length(lex: QuoteLexicon, words: list[str], i: int) -> int:
    """How many words at ``words[i]`` start no name: the longest entry of a not-a-name role, a cue, an acronym, a verb."""
    low = [w.lower().strip(_PUNCT) for w in words[i : i + 4]]
    n = 0
    for k in range(1, len(low) + 1):
        if " ".join(low[:k]) in lex.not_name:
            n = k
    if not n and (words[i].lower() in lex.role("cue") or _ACRONYM.match(words[i]) or words[i].lower() in lex.verbs):
        n = 1
    return n


def _expand_acronym(text: str, acronym: str) -> str | None:
    m = re.search(rf"((?:[A-Z][\w-]*\s+){{1,6}})\(\s*{re.escape(acronym)}\s*\)", text)
    if not m:
        return None
    words = m.group(1).split()
    n = len(acronym)
    if len(words) >= n and "".join(w[0] for w in words[-n:]).upper() == acronym:
        return " ".join(words[-n:])
    return " ".join(words)


def _collective(lex: QuoteLexicon, name: str) -> bool:
    return "," in name or bool(lex.conjunction.search(name))


def _covering_entity(entities: list[Entity], speaker: Speaker, whole_only: bool) -> Entity | None:
    """The entity with the mention that overlaps the speaker's span most, covering it when ``whole_only``."""
    length = max(1, speaker.end - speaker.start)
    best, best_overlap = None, 0
    for ent in entities:
        for mention in ent.mentions:
            ms, me = mention.start, mention.end
            overlap = min(me, speaker.end) - max(ms, speaker.start)
            if overlap <= 0:
                continue
            covers = ms <= speaker.start and me >= speaker.end
            if not covers and whole_only:
                continue
            if (covers or overlap * 2 >= length) and overlap > best_overlap:
                best, best_overlap = ent, overlap
    return best


def _entity_named(entities: list[Entity], name: str) -> Entity | None:
    """The entity named (or mentioned) as ``name``, else the first person with its surname."""
    low = name.lower()
    last = low.split()[-1]
    by_surname = None
    for ent in entities:
        names = [ent.name] + [m.text for m in ent.mentions]
        if any(n.lower() == low for n in names):
            return ent
        if ent.type == "PER" and ent.name.lower().split()[-1:] == [last] and by_surname is None:
            by_surname = ent
    return by_surname


def _entity_for(lex: QuoteLexicon, doc: Doc, speaker: Speaker) -> Entity | None:
    entities: list[Entity] = doc._.entities or []
    if not entities or speaker.name is None:
        return None
    # a phrase or a list ("pejabat Amerika Serikat", "AS, Inggris dan Jepang") is one only as a whole;
    # a name may be most of a mention ("Dmitry Peskov" in "Juru bicara Kremlin Dmitry Peskov")
    not_a_name = speaker.kind != "name" or _collective(lex, speaker.name)
    best = _covering_entity(entities, speaker, not_a_name)
    if best is not None or not_a_name:
        return best
    return _entity_named(entities, speaker.name)


def _other_entity_inside(doc: Doc, sp: Speaker, ent: Entity) -> bool:
    """Whether a place or organisation other than ``ent`` is named in the speaker's span
    ("Kota Surabaya" in "Wali Kota Surabaya Eri Cahyadi", whose title took "Wali Kota")."""
    for other in doc._.entities or []:
        if other is ent or other.type == "PER":
            continue
        for mention in other.mentions:
            if mention.start < sp.end and mention.end > sp.start:
                return True
    return False


def _swallowed_title(lex: QuoteLexicon, name: str | None, ent: Entity) -> bool:
    """Whether the entity's name is our two-or-more-word name with a title or a place in front
    ("Sleman AKBP Yuswanto Ardi" for "Yuswanto Ardi"): then ours is the person's name."""
    ent_name = ent.name or ""
    if not name or len(name.split()) < 2 or not ent_name.endswith(" " + name):
        return False
    extra = ent_name[: -len(name)].split()
    return ent.type != "PER" or any(lex.has("title", w) or _ACRONYM.match(w) for w in extra)


def _fuller_name(name: str, at: int, names: list[tuple[int, str]]) -> str:
    """The nearest fuller name before ``at`` that ends with ``name``, else the first one after;
    Indonesian reporters also shorten to the first name ("Bupati Bekasi Ade Kuswara" ... "kata Ade")."""
    for match in (lambda n: n.split()[-1] == name, lambda n: n.split()[0] == name):
        earlier = [n for pos, n in names if match(n) and pos < at]
        later = [n for pos, n in names if match(n) and pos >= at]
        if earlier or later:
            return earlier[-1] if earlier else later[0]
    # the short form inside a longer run: "Bekasi Ade Kuswara" -> "Ade Kuswara"
    for pos, n in names:
        words = n.split()
        if name in words[1:-1] and pos < at:
            return " ".join(words[words.index(name) :])
    return name


def _own_resolution(lex: QuoteLexicon, text: str, sp: Speaker, names: list[tuple[int, str]]) -> str | None:
    """An acronym spelled out ("AS" -> "Amerika Serikat"), a surname completed ("Peskov" -> "Dmitry Peskov")."""
    name = sp.name
    if name and _ACRONYM.match(name):
        return _expand_acronym(text, name) or name
    if name and sp.kind == "name" and len(name.split()) == 1 and not lex.media.canonical(name):
        return _fuller_name(name, sp.start, names)
    return name


def _subject_position(lex: QuoteLexicon, text: str, start: int, mention_start: int) -> bool:
    """Whether a name at ``mention_start`` is its sentence's subject: only a connector, a title, an
    institution or capitalised words before it ("Sementara itu, Hendra ...", "Kapten Persib, Fajar ...")."""
    prefix = text[start:mention_start].strip()
    words = [w.strip(_PUNCT) for w in prefix.split()]
    words = [w for w in words if w]
    if len(words) > 8:
        return False
    lead = words[lex.prefix("connector", words) :]
    if prefix.endswith(",") and lead and any(lex.prefix(role, lead) for role in ("title", "group", "determiner")):
        return True  # a description in apposition: "Kapten tuan rumah, Arif Budiman, ...", "Sementara itu, Camat X 1, Y"
    i = 0
    while i < len(words):
        n = max(lex.prefix(role, words[i:]) for role in ("connector", "title", "institution", "determiner", "group"))
        if n:
            i += n
        elif _is_cap(words[i], alpha=True):
            i += 1
        else:
            return False
    return True


def _not_a_person(text: str, mention: Mention) -> bool:
    """A mention typed as a person that cannot be one: an acronym ("ODOL", "ODOl") or a numbered
    district ("Camat Ilir Barat 1")."""
    words = mention.text.split()
    if len(words) == 1 and sum(c.isupper() for c in words[0]) >= 3:
        return True
    return bool(re.match(r"\s+\d", text[mention.end :]))


@dataclass
class _Resolution:
    """The speakers resolved so far: the quotes made, the last speaker and where the last quote ended."""

    search: _Search
    names: list[tuple[int, str]]
    out: list[Quote] = field(default_factory=list)
    last: tuple[str | None, str | None] = (None, None)
    last_end: int = 0


def _subject_person(res: _Resolution, start: int, end: int) -> Entity | None:
    """The person last named as a sentence's subject in text[start:end], outside quotation marks.

    A pronoun ("ia", "dia", "-nya") or a description ("pelatih asal Italia itu") points to the
    person the text was last about; that is the last speaker only when no one else has become
    the subject since: '"...," tutur Dimas. Sementara itu, Hendra ... . Seusai sidang, ia mengatakan'.
    """
    search = res.search
    best: tuple[int, Entity] | None = None
    for ent in search.doc._.entities or []:
        # a person is introduced by a full name somewhere; a one-word "person" ("Nikel") is more
        # often a mistyped thing, and an acronym ("ODOL") is not a person at all
        if ent.type != "PER" or not any(len(m.text.split()) >= 2 for m in ent.mentions):
            continue
        for mention in ent.mentions:
            ms = mention.start
            if not (start <= ms < end) or _inside(ms, search.marks) >= 0 or _not_a_person(search.text, mention):
                continue
            sentence_start = search.sents[_sentence_of(ms, search.sents)][0]
            if _subject_position(search.lex, search.text, max(start, sentence_start), ms) and (best is None or ms > best[0]):
                best = (ms, ent)
    return best[1] if best else None


def _referred_speaker(res: _Resolution, sp: Speaker) -> None:
    """The person a pronoun or description refers to, when someone became a sentence's subject
    since the last quote: made the last speaker."""
    search = res.search
    # reported speech often runs on into the next sentences of its paragraph ("Bahlil menjelaskan,
    # ... . Terlebih, Shell merupakan ..."), whose subjects are what the speaker talks about: look
    # only past that paragraph
    start = res.last_end
    if res.out and not res.out[-1].direct:
        start = max(start, next((e for s_, e in search.paras if s_ <= res.last_end <= e), res.last_end))
    subject = _subject_person(res, start, sp.start)
    if subject is None:
        return
    name: str | None = subject.name
    if name and len(name.split()) == 1:
        # an entity known by its surname only ("Brik") takes the full name the text gives
        name = _own_resolution(search.lex, search.text, Speaker(name, sp.start, sp.end, "name"), res.names)
    res.last = (name, subject.id)


def _named_speaker(res: _Resolution, sp: Speaker) -> tuple[str | None, str | None]:
    """The name and entity of a speaker named in the text."""
    search = res.search
    ent = _entity_for(search.lex, search.doc, sp)
    name = _own_resolution(search.lex, search.text, sp, res.names)
    if ent is None:
        return name, None
    ent_name = ent.name or name
    # keep our name only when it is the fuller form of the entity's ("Adrienne Watson" for
    # "Watson"), not when the extra words are a place or an organisation named in front of it
    # ("Bupati Bekasi Ade Kuswara", "CEO Microsoft Satya Nadella")
    fuller = bool(name and ent_name and set(ent_name.lower().split()) < set(name.lower().split()))
    if (not fuller or _other_entity_inside(search.doc, sp, ent)) and not _swallowed_title(search.lex, name, ent):
        name = ent_name
    return name, ent.id


def _shortened_own_names(lex: QuoteLexicon, quotes: list[Quote]) -> None:
    """ "Bupati Bekasi Ade Kuswara" and, later, "kata Ade" -> "Ade Kuswara": where one speaker's
    name ends another's, the longer one carried a place or office in front of the name."""
    own = {q.speaker for q in quotes if q.speaker and q.speaker_entity is None}
    for q in quotes:
        sp_name = q.speaker
        if not sp_name or q.speaker_entity is not None:
            continue
        for other in own:
            if other != sp_name and len(other.split()) >= 2 and sp_name.endswith(" " + other) and not _collective(lex, sp_name):
                q.speaker = other
                break


def _resolve(search: _Search) -> list[Quote]:
    res = _Resolution(search, _full_names(search.lex, search.text))
    seen: set[tuple[int, int]] = set()
    for f in search.found:
        if (f.start, f.end) in seen or f.end <= f.start:
            continue
        seen.add((f.start, f.end))
        sp = f.speaker
        if sp is not None and sp.kind != "pronoun":
            res.last = _named_speaker(res, sp)
        elif sp is not None and not f.continues:
            _referred_speaker(res, sp)
        name, entity_id = res.last
        if name is None:
            continue  # "ia mengatakan" with no one named before: a quote without a speaker says nothing
        res.last_end = max(res.last_end, f.end, sp.end if sp is not None else 0)
        res.out.append(Quote(search.text[f.start : f.end], f.start, f.end, f.direct, name, entity_id, f.cue or None))
    _shortened_own_names(search.lex, res.out)
    return res.out


# --------------------------------------------------------------------------- the component


class QuoteFinder:
    """Fills ``doc._.quotes``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "telisik_quotes",
        *,
        speech_verbs: str = "speech_verbs.tsv",
        quote_words: str = "quote_words.tsv",
        media: str = "media.tsv",
        outlets: str = "outlets.tsv",
        min_quote_words: int = 3,
        min_reported_words: int = 2,
        min_media_statement_words: int = 4,
        attribution_chars: int = 80,
    ):
        """File names are of ``lang/id`` (speech verbs, quote words) and ``telisik/data`` (media, outlets)."""
        self.name = name
        self.files = {"speech_verbs": speech_verbs, "quote_words": quote_words, "media": media, "outlets": outlets}
        self.settings = QuoteSettings(min_quote_words, min_reported_words, min_media_statement_words, attribution_chars)
        self._lexicon: QuoteLexicon | None = None

    @property
    def lexicon(self) -> QuoteLexicon:
        """The lexicon restored by ``from_disk``, else read from the package's files on first use."""
        if self._lexicon is None:
            self._lexicon = QuoteLexicon.read(**self.files)
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.quotes = find_quotes(doc, self.lexicon, self.settings)
        except RecursionError:  # pragma: no cover - never expected; a bad page must not end a batch
            doc._.quotes = []
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """The lexicon (speech verbs, quote words, media names) and the settings, as JSON."""
        serializers: dict[str, Callable[[Path], Any]] = {
            "lexicon": lambda p: srsly.write_json(p.with_suffix(".json"), self.lexicon.to_json()),
            "cfg": lambda p: srsly.write_json(p, asdict(self.settings)),
        }
        util.to_disk(path, serializers, exclude)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"lexicon": self.lexicon.to_json(), "cfg": asdict(self.settings)})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> QuoteFinder:
        saved = srsly.msgpack_loads(data)
        self._lexicon = QuoteLexicon.from_json(saved["lexicon"])
        self.settings = QuoteSettings(**saved["cfg"])
        return self

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteFinder:
        deserializers: dict[str, Callable[[Path], Any]] = {
            "lexicon": lambda p: setattr(self, "_lexicon", QuoteLexicon.from_json(srsly.read_json(p.with_suffix(".json")))),
            "cfg": lambda p: setattr(self, "settings", QuoteSettings(**srsly.read_json(p))),
        }
        util.from_disk(path, deserializers, exclude)
        return self


@Language.factory(
    "telisik_quotes",
    default_config={
        "speech_verbs": "speech_verbs.tsv",
        "quote_words": "quote_words.tsv",
        "media": "media.tsv",
        "outlets": "outlets.tsv",
        "min_quote_words": 3,
        "min_reported_words": 2,
        "min_media_statement_words": 4,
        "attribution_chars": 80,
    },
    requires=["token.is_sent_start", "doc._.entities", "doc._.cited_names"],
    assigns=["doc._.quotes"],
)
def make_finder(
    nlp: Language,
    name: str,
    speech_verbs: str,
    quote_words: str,
    media: str,
    outlets: str,
    min_quote_words: int,
    min_reported_words: int,
    min_media_statement_words: int,
    attribution_chars: int,
) -> QuoteFinder:
    return QuoteFinder(
        nlp,
        name,
        speech_verbs=speech_verbs,
        quote_words=quote_words,
        media=media,
        outlets=outlets,
        min_quote_words=min_quote_words,
        min_reported_words=min_reported_words,
        min_media_statement_words=min_media_statement_words,
        attribution_chars=attribution_chars,
    )


__all__ = ["QuoteFinder", "QuoteLexicon", "QuoteSettings", "find_quotes", "make_finder", "marked_spans", "paragraphs"]
