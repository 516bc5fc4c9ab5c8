"""Events: who met, visited, supplied, agreed, warned, accused, confirmed, attacked, sanctioned or wrote whom.

The ``telisik_events`` component reads the facts the earlier components left on
the Doc (``doc.sents``, ``doc._.entities``, ``doc._.quotes``, ``doc._.timexes``,
``doc._.citations``, ``doc._.published``/``doc._.timex_anchor``) and writes
``doc._.events``: one ``records.events.Event`` per event mention, with ``start``/``end``
the trigger's offsets in ``doc.text`` and ``when_span`` those of the date ``when``
came from; and ``doc.spans["events"]``, the triggers labelled with their event type.
It reads nothing else, so running it again on a doc whose dates were resolved again
gives the events of the new dates. The event types are those of ``../shared/eval/GOLD.md``.

An event is a trigger word (``lang/id/event_triggers.tsv``: "bertemu",
"kunjungan", "memasok", "sanksi", ... with their affixed forms) with at least one
named participant in its clause. Rules, all driven by the word lists in
``lang/id`` (``event_triggers.tsv``, ``event_status.tsv``, ``event_words.tsv``,
``event_grammar.tsv``), named in the component's config and saved with it:

- Scope: the trigger's sentence, narrowed to the quoted content when the trigger
  stands in a quote (a quote's events count; "kata X" outside it is not a party
  to them). The scope is cut into clauses at "bahwa", "sementara", "ketika",
  ", yang", ...; a verb whose clause names no subject borrows the subject of the
  clause before unless a "bahwa"-like break separates them.
- ``who``: the article-level names (``doc._.entities``) of the persons,
  organisations and places acting in the clause, agent first (a speaker for
  speech acts, an "oleh" agent, then the subject). A place after "di", "ke" or
  "dari" is a setting, not an actor, except for supplies (supplier and recipient)
  and attacks (the target); a place or organisation in front of a person's name
  ("Presiden Rusia Vladimir Putin", "Gedung Putih, John Kirby") is part of the
  title. "ia"/"dia" and a noun's "-nya" take the person the text was last
  about; "mereka" the parties of the sentence before; "kedua negara" and "kedua
  pemimpin" the two countries or people most talked about so far.
- ``where``: for trips the destination ("ke Rusia", "mengunjungi Rusia", "tiba di
  Vladivostok", else the start "dari Pyongyang"), for attacks the target, for the
  rest a place after "di" in the clause ("perang di Ukraina" is the war's place).
- ``when``: the nearest date (day precision or coarser; no durations, sets or
  "kini") in the clause, else in the sentence.
- ``status``: the nearest status word ("akan", "dijadwalkan", "sedang", "telah",
  ...), else planned for a date after publication, else occurred.
- A negated trigger ("tidak khawatir", "bukan ancaman") is no event; nor is a
  trigger with a sports sense in sports reporting ("bertemu Jepang", "mengancam
  gawang"); nor a re-mention ("Pertemuan itu ...") unless it adds where or when the event
  takes place ("Pertemuan itu berlangsung di Vladivostok"), when it takes the
  participants of the last event of its type. Mentions of one event in one
  sentence ("Kunjungan ini juga merupakan perjalanan ...") are merged.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path, from_disk, to_disk

from telisik.lang import table
from telisik.nlp.doc import doc_text
from telisik.records.events import Event

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

# words and single punctuation marks; "tiba-tiba" and "anti-tank" stay one word. The rules count
# distances in these words, not in spaCy's tokens ("10.00", "(9/6)" and "Rp10" are one token there).
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_BOUNDARIES = frozenset({"break", "clause", "purpose", "conjunct"})
_SHARED = frozenset({"purpose", "conjunct"})  # clauses whose subject is always the one before
_SPACE_GAP = re.compile(r"^[ \t]+$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# TIMEX3 values of day precision or coarser: 2023, 2023-09, 2023-09-11, 2023-W35, 2023-Q3, ranges of these
_COARSE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q\d|H\d))?$")
_MODIFIER_GAP = re.compile(r"^[\s,()]{0,4}$")
_DATELINE_GAP = re.compile(r"^\s*[-–—]")


@dataclass(frozen=True)
class Settings:
    """The component's distances and thresholds (its config besides the file names)."""

    window_status: int = 5  # words searched for a status cue
    window_next: int = 3  # words searched for a "next=" condition
    window_pair: int = 6  # words between a trigger and "kedua negara"
    window_negation: int = 3  # words searched back for a negation
    window_place: int = 12  # words between a trigger and the "di" place of a meeting, a supply, ...
    window_anaphor: int = 4  # words from a trigger to its "tersebut" ("kunjungan Kim Jong Un tersebut")
    max_gap_words: int = 3  # lower-case words between a preposition and its place ("di kota Vladivostok")
    max_who: int = 6
    sport_words: int = 3  # sports words that make an article a sports report
    sentences_back: int = 3  # sentences searched back for the person "ia" is
    dateline_reach: int = 40  # characters from a paragraph's start within which a place before a dash is its dateline
    # an undated article's dates resolved near the collection's days make an event planned (until the
    # collection re-ran the component, ``refresh_when`` set those dates and kept the status: False keeps that)
    plan_by_collection_anchor: bool = False


# the word lists a component reads, by config key; their files are in lang/<lang>
TABLES = {"triggers": "event_triggers.tsv", "status": "event_status.tsv", "words": "event_words.tsv", "grammar": "event_grammar.tsv"}
DEFAULT_CONFIG: dict[str, Any] = {"lang": "id", **TABLES, **asdict(Settings())}


def _get(item: Any, name: str) -> Any:
    """A field of another component's fact: a record's attribute, or a plain dict's key (facts read back
    from JSON, and the components not yet writing records)."""
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


# --------------------------------------------------------------------------- language data


@dataclass(frozen=True)
class Trigger:
    """One trigger form with its type and conditions (a row of ``event_triggers.tsv``)."""

    words: tuple[str, ...]
    type: str
    flags: frozenset[str]
    next_any: frozenset[str] = frozenset()
    not_next: frozenset[str] = frozenset()
    not_prev: frozenset[str] = frozenset()
    prev_any: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Phrases:
    """Phrases (word tuples) indexed by their first word, longest first."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    longest: int = 1

    def at(self, words: list[str], i: int) -> tuple[int, str]:
        """(length, value) of the longest phrase starting at ``words[i]``, (0, "") when none."""
        for phrase, value in self.by_first.get(words[i], ()):
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase:
                return n, value
        return 0, ""

    def ending_at(self, words: list[str], i: int) -> tuple[int, str]:
        """(length, value) of the longest phrase ending at ``words[i]``, (0, "") when none."""
        for start in range(max(0, i - self.longest + 1), i + 1):
            n = i - start + 1
            for phrase, value in self.by_first.get(words[start], ()):
                if len(phrase) == n and tuple(words[start : i + 1]) == phrase:
                    return n, value
        return 0, ""


def _phrases(rows: Iterable[tuple[str, str]]) -> Phrases:
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for phrase, value in rows:
        words = tuple(_TOKEN.findall(phrase.lower()))
        if words:
            by_first[words[0]].append((words, value))
    longest = max((len(p) for v in by_first.values() for p, _ in v), default=1)
    return Phrases({k: tuple(sorted(v, key=lambda p: len(p[0]), reverse=True)) for k, v in by_first.items()}, longest)


def _word_set(value: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in value.split("/") if w.strip())


def _trigger_flags(row: Sequence[str]) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The flags of a trigger row, and its conditions (next, not_next, not_prev, prev)."""
    flags: set[str] = set()
    cond: dict[str, frozenset[str]] = {}
    for flag in row[2].split(",") if len(row) > 2 else []:
        flag = flag.strip()
        if "=" in flag:
            key, value = flag.split("=", 1)
            cond[key.strip()] = _word_set(value)
        elif flag:
            flags.add(flag)
    return frozenset(flags), tuple(cond.get(key, frozenset()) for key in ("next", "not_next", "not_prev", "prev"))


def _triggers(rows: Iterable[Sequence[str]]) -> dict[str, tuple[Trigger, ...]]:
    """First word -> the triggers starting with it, longest first."""
    triggers: dict[str, list[Trigger]] = defaultdict(list)
    for row in rows:
        flags, conditions = _trigger_flags(row)
        for form in row[0].split("|"):
            words = tuple(_TOKEN.findall(form.strip().lower()))
            if words:
                triggers[words[0]].append(Trigger(words, row[1], flags, *conditions))
    return {k: tuple(sorted(v, key=lambda t: len(t.words), reverse=True)) for k, v in triggers.items()}


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@dataclass(frozen=True)
class Lexicon:
    """The event word lists, indexed for the rules."""

    triggers: dict[str, tuple[Trigger, ...]]  # first word -> triggers starting with it, longest first
    status: Phrases
    words: Phrases
    boundaries: Phrases  # the clause boundaries among ``words``
    roles: dict[str, frozenset[str]]  # role -> single-word entries (for quick membership tests)
    coordination: re.Pattern[str]  # the text between the names of one subject ("Kim Jong Un dan Putin")
    list_gap: re.Pattern[str]  # the text between places under one preposition ("dari AS dan Tiongkok")
    suffix: str  # the possessive suffix of a nominal trigger ("kunjungannya")

    @classmethod
    def of(cls, tables: Mapping[str, Sequence[Sequence[str]]]) -> Lexicon:
        """The lexicon of the rows of the word lists (``TABLES``' keys)."""
        word_rows = [(row[0], row[1]) for row in tables["words"]]
        roles: dict[str, set[str]] = defaultdict(set)
        for word, role in word_rows:
            if len(_TOKEN.findall(word)) == 1:
                roles[role].add(word.lower())
        grammar: dict[str, list[str]] = defaultdict(list)
        for row in tables["grammar"]:
            grammar[row[1]].append(row[0])
        return cls(
            _triggers(tables["triggers"]),
            _phrases((row[0], row[1]) for row in tables["status"]),
            _phrases(word_rows),
            _phrases((w, role) for w, role in word_rows if role in _BOUNDARIES),
            {k: frozenset(v) for k, v in roles.items()},
            # "Kim Jong Un dan Putin", "AS, Inggris dan Presiden Korea Selatan ...": a joiner, then capitalised words
            re.compile(rf"^[\s,]*(?:(?:{_alternatives(grammar['coordination'])})\s+)?(?:[A-Z][\w.'’-]*\s+)*$"),
            re.compile(rf"^\s*(?:,\s*)?(?:{_alternatives(grammar['list'])})?\s*$"),
            next(iter(grammar["suffix"]), ""),
        )


def read_tables(lang: str = "id", **files: str) -> dict[str, list[list[str]]]:
    """The rows of the word lists named by ``files`` (``TABLES``' keys; the defaults for those not given)."""
    return {key: [list(row) for row in table(lang, files.get(key, name))] for key, name in TABLES.items()}


def _usable_when(timex: Any) -> str | None:
    """A timex value at day precision or coarser ("2023-09-12T08" -> "2023-09-12"); None for
    durations, sets, vague references ("kini", "baru-baru ini") and invalid dates."""
    value, typ = _get(timex, "value"), _get(timex, "type")
    if not isinstance(value, str) or typ not in ("DATE", "TIME"):
        return None
    day = _DAY.match(value)
    if typ == "TIME" or "T" in value:
        return day.group(0) if day else None
    if all(_COARSE.match(part) for part in value.split("/")):
        return value
    return None


def _status_from_date(when: str | None, published: str) -> str:
    """Planned for a date after publication (compared at the date's own precision: "2025-06" is not
    after "2025-06-11"), else occurred."""
    first = (when or "").split("/")[0]
    if published and _CALENDAR.match(first) and first > published[: len(first)]:
        return "planned"
    return "occurred"


# --------------------------------------------------------------------------- the article's facts


@dataclass
class Mention:
    """One entity mention, with what the event rules need to know about its position."""

    start: int
    end: int
    name: str
    type: str
    token: int  # index of its first token
    prep: str = ""  # "place", "destination" or "source" when a preposition puts it there
    scene: bool = False  # a place of a setting noun ("perang di Ukraina")
    modifier: bool = False  # part of a title in front of a name ("Presiden Rusia Vladimir Putin")
    skip: bool = False  # a cited medium or a dateline: never a participant


@dataclass(frozen=True)
class _Quote:
    """What the rules read of a quote: its span and its speaker."""

    start: int
    end: int
    speaker_entity: str | None
    speaker: str | None


@dataclass
class _Found:
    """An event while the article is read: its sentence by number, merged with later mentions of it."""

    type: str
    start: int
    end: int
    sentence: int
    who: list[str]
    where: str | None
    when: str | None
    status: str
    when_span: tuple[int, int] | None = None
    phase: str | None = None  # "depart" for a trip's start


@dataclass(frozen=True)
class Clause:
    """Tokens ``start``..``end`` of a scope, and the role of the word that opened it
    ("" for the first clause or the main clause after a subordinate one)."""

    start: int
    end: int
    role: str


@dataclass
class _Candidate:
    """A trigger on its way to an event: what each pass of ``_Article._event`` found out about it."""

    i: int  # its first token
    j: int  # the token after it
    trig: Trigger
    nya: bool  # it carries the possessive suffix ("kunjungannya")
    start: int
    end: int
    sent: int
    quote: _Quote | None  # the quote it stands in
    clauses: list[Clause]  # the clauses of its scope
    ci: int  # the clause it stands in
    remention: bool = False  # "pertemuan itu": an event told before
    ments: list[Mention] = field(default_factory=list)  # the mentions of its clause
    actors: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    before: list[Mention] = field(default_factory=list)  # the actors before it (its subject)
    after: list[Mention] = field(default_factory=list)  # the actors after it (its objects)
    who: list[str] = field(default_factory=list)
    where: str | None = None
    origin: bool = False  # ``where`` is the start of a trip
    when: str | None = None
    when_span: tuple[int, int] | None = None

    @property
    def c0(self) -> int:
        return self.clauses[self.ci].start

    @property
    def c1(self) -> int:
        return self.clauses[self.ci].end

    @property
    def noun(self) -> bool:
        return "noun" in self.trig.flags

    @property
    def speech(self) -> bool:
        return "speech" in self.trig.flags


def _sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """``doc.sents`` as (start, end) without trailing space, split again at line breaks (a heading line is
    never part of the next sentence)."""
    starts = [0]
    if len(doc) and doc.has_annotation("SENT_START"):
        starts += [s.start_char for s in doc.sents if s.start_char > 0]
    ends = [*starts[1:], len(text)]
    out = []
    for s, e in zip(starts, ends, strict=True):
        while e > s and text[e - 1].isspace():
            e -= 1
        pos = s
        nl = text.find("\n", s, e)
        while nl >= 0:
            if text[pos:nl].strip():
                out.append((pos, nl))
            pos = nl + 1
            nl = text.find("\n", pos, e)
        if text[pos:e].strip():
            out.append((pos, e))
    return out or [(0, len(text))]


def _published(doc: Doc, cfg: Settings) -> str:
    """The day a date is judged planned after: the publication date, else the anchor the dates were resolved
    against; none for an anchor inferred near the collection's days (``doc._.anchor_hints``) unless
    ``cfg.plan_by_collection_anchor``: such events kept "occurred" when ``refresh_when`` gave them their dates."""
    if doc._.published:
        return str(doc._.published)[:10]
    anchor = doc._.timex_anchor
    if not anchor or (getattr(doc._, "anchor_hints", None) and not cfg.plan_by_collection_anchor):
        return ""
    return str(_get(anchor, "date") or "")[:10]


def _quotes(doc: Doc) -> list[_Quote]:
    out = []
    for q in doc._.quotes or []:
        start, end = _get(q, "start"), _get(q, "end")
        if isinstance(start, int) and isinstance(end, int):
            out.append(_Quote(start, end, _get(q, "speaker_entity"), _get(q, "speaker")))
    return out


def _dates(doc: Doc) -> list[tuple[int, int, str | None]]:
    """(start, end, usable value) of the dates, in text order. A date whose value is not yet resolved
    counts: an undated article's dates are resolved later (see ``refresh_when``)."""
    out = []
    for t in doc._.timexes or []:
        start, usable = _get(t, "start"), _usable_when(t)
        if isinstance(start, int) and (usable or (_get(t, "value") is None and _get(t, "type") == "DATE")):
            out.append((start, _get(t, "end"), usable))
    return sorted(out, key=lambda t: t[0])


def _cited(doc: Doc) -> list[tuple[int, int]]:
    return [(_get(c, "start"), _get(c, "end")) for c in doc._.citations or [] if isinstance(_get(c, "start"), int)]


def _entity_mentions(entities: Iterable[Any]) -> list[Mention]:
    """The mentions of the persons, organisations and places, in text order (``token`` not yet set)."""
    out: list[Mention] = []
    for ent in entities:
        typ = _get(ent, "type")
        if typ not in ("PER", "ORG", "LOC"):
            continue
        for m in _get(ent, "mentions") or []:
            s, e = _get(m, "start"), _get(m, "end")
            if isinstance(s, int) and isinstance(e, int) and e > s:
                out.append(Mention(s, e, _get(ent, "name") or _get(m, "text") or "", typ, 0))
    out.sort(key=lambda m: m.start)
    return out


def _is_object_place(m: Mention) -> bool:
    """Whether ``m`` can be the place a verb's object names ("mengunjungi Rusia"; not "dari Rusia", not a title)."""
    return m.type == "LOC" and m.prep != "source" and not (m.scene or m.modifier)


def _trip_place(places: list[Mention], start: int, visit: bool) -> tuple[str | None, bool]:
    """The place a preposition makes a trip's or an attack's: "ke", else "di" (after the trigger first),
    else, for a trip, "dari" (then it is where the trip starts)."""
    locs = [m for m in places if m.type == "LOC"]
    after = [m for m in locs if m.start >= start]
    for prep in ("destination", "place"):
        hit = [m for m in after if m.prep == prep] or [m for m in locs if m.prep == prep]
        if hit:
            return hit[0].name, False
    src = [m for m in locs if m.prep == "source"]
    return (src[0].name, True) if src and visit else (None, False)


def _acts(m: Mention, trig: Trigger, end: int) -> tuple[bool, bool]:
    """Whether mention ``m`` of a trigger's clause is (an actor, a place) of its event."""
    if trig.type == "VISIT" and m.type == "LOC" and m.start >= end:
        return False, True  # the places a trip goes to are not its travellers
    if not m.prep or m.type == "PER" or (m.prep == "source" and trig.type != "VISIT"):
        return True, False  # "pejabat dari AS dan Tiongkok akan bertemu": where they come from is who they are
    if ("parties" in trig.flags and m.prep in ("destination", "source")) or "target" in trig.flags:
        return True, True
    return False, True


# --------------------------------------------------------------------------- the rules


class _Article:
    """One document's text, tokens and facts, and the event rules over them."""

    def __init__(self, doc: Doc, lex: Lexicon, cfg: Settings):
        self.lex, self.cfg = lex, cfg
        self.text = text = doc_text(doc)
        spans = [m.span() for m in _TOKEN.finditer(text)]
        self.raw = [text[s:e] for s, e in spans]
        self.low = [w.lower() for w in self.raw]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.sents = _sentence_spans(doc, text)
        self.sent_starts = [s for s, _ in self.sents]
        self.published = _published(doc, cfg)
        self.quotes = _quotes(doc)
        self.timexes = _dates(doc)
        self.timex_starts = [t[0] for t in self.timexes]
        entities = doc._.entities or []
        self.entity_names = {_get(e, "id"): _get(e, "name") for e in entities}
        self.mentions = self._mentions(entities, _cited(doc))
        self.mention_starts = [m.start for m in self.mentions]
        self.roles = self._token_roles()
        sport = lex.roles.get("sport", frozenset())
        self.sport_at = [self.starts[k] for k, w in enumerate(self.low) if w in sport]
        self.sporty = len(self.sport_at) >= cfg.sport_words
        self.last_of_type: dict[str, _Found] = {}
        self.remention_type: dict[int, str] = {}
        self.speaker_cache: dict[str, list[str]] = {}

    # ---------------------------------------------------------------- facts

    def _tok(self, pos: int) -> int:
        """The index of the token starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def _mentions(self, entities: Iterable[Any], cited: list[tuple[int, int]]) -> list[Mention]:
        out = _entity_mentions(entities)
        for i, m in enumerate(out):
            m.token = self._tok(m.start)
            self._position(m, out[i - 1] if i else None, cited)
        self._titles(out)
        return out

    def _position(self, m: Mention, prev: Mention | None, cited: list[tuple[int, int]]) -> None:
        """Whether ``m`` is a dateline or a cited medium, and the preposition that puts it somewhere."""
        text = self.text
        para = text.rfind("\n", 0, m.start) + 1
        # "Liputan6.com, Teheran - ...", "JAKARTA - ...": the dateline says where the report was filed
        dateline = m.start - para <= self.cfg.dateline_reach and bool(_DATELINE_GAP.match(text[m.end : m.end + 4]))
        m.skip = dateline or any(cs <= m.start < ce for cs, ce in cited)
        gap = text[prev.end : m.start] if prev else ""
        if prev and prev.prep and self.lex.list_gap.match(gap):
            m.prep, m.scene = prev.prep, prev.scene  # "dari AS dan Tiongkok": one preposition for both
            return
        # a place right before another ("kota pelabuhan Rusia Vladivostok") names where the second lies
        lead = prev.token if prev and prev.type == "LOC" and m.type == "LOC" and _SPACE_GAP.match(gap) else m.token
        self._preposition(m, lead)

    def _titles(self, out: list[Mention]) -> None:
        """A place or organisation right before a person's name is part of the title: "Presiden Rusia
        Vladimir Putin", "Gedung Putih, John Kirby", "kantor berita Rusia, Interfax" (not "di Rusia, Kim ...")."""
        for i in range(len(out) - 2, -1, -1):
            m, nxt = out[i], out[i + 1]
            gap = self.text[m.end : nxt.start]
            if m.type == "PER" or not _MODIFIER_GAP.match(gap):
                continue
            if m.type == "LOC" and nxt.type == "LOC":
                # "Korea Utara (Korut) Kim Jong Un": a name and its bracketed short form are one title
                m.modifier = _SPACE_GAP.match(gap) is not None or (nxt.modifier and nxt.name == m.name)
            elif (nxt.type == "PER" or nxt.modifier or (m.type == "LOC" and nxt.type == "ORG")) and not (m.prep and "," in gap):
                m.modifier = True

    def _preposition(self, m: Mention, lead: int) -> None:
        """Sets ``m.prep`` from a preposition up to three lower-case words before token ``lead``:
        "di Vladivostok", "di kota Vladivostok", "ke kota pelabuhan Rusia Vladivostok"."""
        words, low, raw = self.lex.words, self.low, self.raw
        j, gap = lead - 1, 0
        while j >= 0 and gap <= self.cfg.max_gap_words:
            n, role = words.ending_at(low, j)
            if role in ("place", "destination", "source"):
                m.prep = role
                m.scene = role == "place" and j - n >= 0 and words.ending_at(low, j - n)[1] == "scene"
                return
            if not raw[j][:1].islower():
                return
            gap += 1
            j -= 1

    def _token_roles(self) -> list[tuple[int, str]]:
        """For each token: (length, role) of the clause boundary starting there, (0, "") when none."""
        low, boundaries = self.low, self.lex.boundaries
        out: list[tuple[int, str]] = [(0, "")] * len(low)
        for i, w in enumerate(low):
            if w in boundaries.by_first:
                out[i] = boundaries.at(low, i)
        return out

    # ---------------------------------------------------------------- triggers

    def _triggers(self) -> list[tuple[int, int, Trigger, bool]]:
        """(first token, end token, trigger, with -nya) of each trigger in the text, left to right."""
        low, index, suffix = self.low, self.lex.triggers, self.lex.suffix
        found = []
        i, n = 0, len(low)
        while i < n:
            word = low[i]
            cands = index.get(word, ())
            if not cands and suffix and word.endswith(suffix):
                cands = index.get(word[: -len(suffix)], ())
            hit = next((h for trig in cands if (h := self._trigger_at(trig, i)) is not None), None)
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def _trigger_at(self, trig: Trigger, i: int) -> tuple[int, int, Trigger, bool] | None:
        """(i, end token, trigger, with -nya) when ``trig`` stands at token ``i`` and its conditions hold."""
        low, suffix = self.low, self.lex.suffix
        k = len(trig.words)
        if i + k > len(low):
            return None
        if k > 1 and tuple(low[i : i + k - 1]) != trig.words[:-1]:
            return None
        last = low[i + k - 1]
        if last != trig.words[-1] and not (suffix and last == trig.words[-1] + suffix):
            return None
        if not self._conditions(trig, i, i + k):
            return None
        return i, i + k, trig, bool(suffix) and last.endswith(suffix) and not trig.words[-1].endswith(suffix)

    def _conditions(self, trig: Trigger, i: int, j: int) -> bool:
        low = self.low
        if trig.not_prev and i > 0 and low[i - 1] in trig.not_prev:
            return False
        if trig.not_next and j < len(low) and low[j] in trig.not_next:
            return False
        if trig.prev_any and not any(w in trig.prev_any for w in low[max(0, i - 2) : i]):
            return False
        if trig.next_any:
            window = self.cfg.window_next
            ahead = [w for w in low[j : j + window + 2] if w[0].isalnum()][:window]
            if not any(w in trig.next_any for w in ahead):
                return False
        return True

    # ---------------------------------------------------------------- clauses

    def _scope(self, pos: int, sent: int) -> tuple[int, int, _Quote | None]:
        """The sentence's span, narrowed to the quote the position stands in."""
        ss, se = self.sents[sent]
        for q in self.quotes:
            if q.start <= pos < q.end:
                return max(ss, q.start), min(se, q.end), q
        return ss, se, None

    def _clauses(self, t0: int, t1: int) -> list[Clause]:
        """The clauses of tokens t0..t1. A subordinate clause that opens the scope or follows a
        comma ends at its next comma ("meskipun Korea Utara menyangkalnya, Pyongyang memasok ...")."""
        out: list[Clause] = []
        start, role = t0, self.roles[t0][1] if t0 < t1 else ""
        closable = bool(role)
        i = t0 + (self.roles[t0][0] if t0 < t1 else 0)
        while i < t1:
            n, new_role = self.roles[i]
            if n:
                out.append(Clause(start, i, role))
                start, role = i, new_role
                closable = self.low[i - 1] == ","
                i += n
                continue
            if closable and self.low[i] == "," and not self._apposition(i):
                out.append(Clause(start, i, role))
                # the main clause goes on: "Musk, yang memimpin DOGE, telah mengecam ..."
                start, role, closable = i + 1, "resume" if out[-1].start > t0 else "", False
            i += 1
        out.append(Clause(start, t1, role))
        return [c for c in out if c.end > c.start]

    def _apposition(self, comma: int) -> bool:
        """Whether the comma at token ``comma`` opens an apposition: ", John Kirby, ..."."""
        k = bisect_left(self.mention_starts, self.ends[comma])
        if k >= len(self.mentions):
            return False
        m = self.mentions[k]
        return not self.text[self.ends[comma] : m.start].strip() and self.text[m.end : m.end + 1] == ","

    def _mentions_in(self, c0: int, c1: int) -> list[Mention]:
        """Mentions whose first token lies in tokens c0..c1."""
        if c0 >= c1:
            return []
        lo = bisect_left(self.mention_starts, self.starts[c0])
        hi = bisect_left(self.mention_starts, self.ends[c1 - 1])
        return [m for m in self.mentions[lo:hi] if not m.skip]

    @staticmethod
    def _is_actor(m: Mention) -> bool:
        return not (m.modifier or m.scene) and (not m.prep or m.type == "PER")

    def _remention_at(self, t0: int, t1: int) -> list[str] | None:
        """The participants of the event a re-mention in tokens t0..t1 points back to: "Kunjungan ini
        bertujuan untuk bertemu ...", said of Putin's visit, makes Putin the one who meets."""
        for k in range(t0, t1):
            typ = self.remention_type.get(k)
            if typ is not None:
                earlier = self.last_of_type.get(typ)
                return list(earlier.who) if earlier is not None else None
        return None

    def _subject(self, clauses: list[Clause], k: int) -> list[str]:
        """The subject of clause ``k``: its first actor and those joined to it ("Kim Jong Un dan
        Putin"), or the parties of the event a leading re-mention points to ("Kunjungan ini ...");
        a purpose clause ("untuk bertemu ...") has the subject of the clause before."""
        while k > 0 and clauses[k].role in _SHARED:
            k -= 1
        c = clauses[k]
        group: list[Mention] = []
        last_end = -1
        ments = self._mentions_in(c.start, c.end)
        earlier = self._remention_at(c.start, ments[0].token if ments else c.end)
        if earlier is not None:
            return earlier
        for m in ments:
            if not group:
                if self._is_actor(m):
                    group, last_end = [m], m.end
                continue
            if not self.lex.coordination.match(self.text[last_end : m.start]):
                break
            last_end = m.end
            if self._is_actor(m):
                group.append(m)
        return [m.name for m in group]

    # ---------------------------------------------------------------- the events

    def events(self) -> list[Event]:
        """The article's events in text order, one per clause (mentions of one event in a sentence merged)."""
        found: list[_Found] = []
        triggers = self._triggers()
        anaphor = self.lex.roles.get("anaphor", frozenset())
        self.remention_type = {i: t.type for i, j, t, _ in triggers if j < len(self.low) and self.low[j] in anaphor}
        for i, j, trig, nya in triggers:
            ev = self._event(i, j, trig, nya)
            if ev is None:
                continue
            same = (prev for prev in reversed(found) if prev.sentence == ev.sentence)
            if any(self._merge(prev, ev) for prev in same):
                continue
            found.append(ev)
            self.last_of_type[ev.type] = ev
        return [self._record(ev) for ev in found]

    def _record(self, ev: _Found) -> Event:
        ss, se = self.sents[ev.sentence]
        when_span = list(ev.when_span) if ev.when_span else None
        text = self.text
        trigger, sentence = text[ev.start : ev.end], text[ss:se].strip()
        return Event(ev.type, trigger, ev.who, ev.where, ev.when, ev.status, when_span, ev.start, ev.end, sentence, ev.phase)

    def _event(self, i: int, j: int, trig: Trigger, nya: bool) -> _Found | None:
        """The event of the trigger in tokens i..j, or None when it is no event (see the module docstring):
        one pass after the other over the candidate."""
        cand = self._candidate(i, j, trig, nya)
        if cand is None:
            return None
        self._cast(cand)
        self._participants(cand)
        self._setting(cand)
        if not self._counts(cand):
            return None
        status = self._status(i, j, cand.c0, cand.c1, cand.noun, cand.when)
        # leaving a place and arriving at another are two steps of a trip, dated apart
        phase = "depart" if trig.type == "VISIT" and ("depart" in trig.flags or cand.origin) else None
        return _Found(trig.type, cand.start, cand.end, cand.sent, cand.who, cand.where, cand.when, status, cand.when_span, phase)

    def _candidate(self, i: int, j: int, trig: Trigger, nya: bool) -> _Candidate | None:
        """The trigger's sentence, scope and clause; None for a negated trigger or a sports sense in sports reporting."""
        start, end = self.starts[i], self.ends[j - 1]
        if self._negated(i):
            return None
        sent = max(0, bisect_right(self.sent_starts, start) - 1)
        if "sport" in trig.flags and self._sport(sent):
            return None  # "Indonesia bertemu Jepang", "mengancam gawang": a match, not an event
        s0, s1, quote = self._scope(start, sent)
        clauses = self._clauses(self._tok(s0), self._tok(s1))
        ci = next((k for k, c in enumerate(clauses) if c.start <= i < c.end), len(clauses) - 1)
        return _Candidate(i, j, trig, nya, start, end, sent, quote, clauses, ci, remention=self._is_remention(j))

    def _is_remention(self, j: int) -> bool:
        """Whether the trigger ending before token ``j`` re-mentions an event told before ("pertemuan itu"; a
        speech act is a new one: "kekhawatiran tersebut")."""
        low = self.low
        k = j
        while k < min(len(low), j + self.cfg.window_anaphor) and self.raw[k][:1].isupper():
            k += 1  # "kunjungan Kim tersebut": the owner's name stands between the noun and "tersebut"
        return k < len(low) and low[k] in self.lex.roles.get("anaphor", ())

    def _cast(self, c: _Candidate) -> None:
        """The clause's mentions as the event's actors (before and after the trigger) and places."""
        c.ments = self._mentions_in(c.c0, c.c1)
        for m in c.ments:
            if m.modifier or m.scene:
                continue
            actor, place = _acts(m, c.trig, c.end)
            if actor:
                c.actors.append(m)
            if place:
                c.places.append(m)
        c.before = [m for m in c.actors if m.end <= c.start]
        c.after = [m for m in c.actors if m.start >= c.end]
        if not c.before:
            # "Sebuah pernyataan di situs resmi Kremlin ... mengonfirmasi": with no other subject, an
            # organisation in the subject phrase is the actor
            c.before = [m for m in c.ments if m.type == "ORG" and m.prep == "place" and m.end <= c.start and not m.modifier]

    def _participants(self, c: _Candidate) -> None:
        """``who``: the parties a nominal trigger names ("antara Rusia dan DPRK"), else the subject, agent,
        speaker and objects, the owner of a nominal trigger first, "kedua negara" resolved."""
        pair = self._pair(c.i, c.j, c.c0, c.c1)
        between = self._between(c.j, c.c1, pair) if c.noun else None
        who = between if between is not None else self._named(c)
        if c.noun and between is None:
            # "kunjungan Kim", "pertemuan Putin": the person right after a nominal trigger is whose it is
            owner = next((m for m in c.after if m.type == "PER" and m.token - c.j <= 1), None)
            if owner is not None:
                who = [owner.name] + [n for n in who if n != owner.name]
        if pair and between is None:
            names = self._salient(pair, c.start, {m.name for m in c.actors})
            who = names + who if self._pair_before(c.i, c.c0) else who + names
        c.who = list(dict.fromkeys(n for n in who if n))[: self.cfg.max_who]

    def _named(self, c: _Candidate) -> list[str]:
        """The subject (named, or implicit), the passive agent, the actors before, the speaker of a speech act
        in a quote, and the actors after."""
        who = []
        if not c.before or c.clauses[c.ci].role in _SHARED:
            # a purpose clause ("untuk bertemu dengan Kim, serta mencari dukungan") always has the
            # subject of the clause before; the names in it are objects
            who += self._implicit_subject(c.i, c.trig, c.nya, c.clauses, c.ci, c.sent, c.quote)
        agent = self._agent(c.j, c.after)
        if agent is not None:
            who.append(agent.name)
        who += [m.name for m in c.before]
        if c.speech and c.quote is not None:
            who += self._speaker_names(c.quote)
        who += [m.name for m in c.after]
        return who

    def _setting(self, c: _Candidate) -> None:
        """Where and when the event takes place."""
        c.where, c.origin = self._where(c.trig, c.i, c.j, c.places, c.ments)
        # a reported event's date is inside the report: in "Pekan lalu, Gedung Putih mengatakan Putin dan Kim
        # bertukar surat", "pekan lalu" dates the statement (a speech event's own date), not the letters
        reported = c.quote if c.quote is not None and not c.speech else None
        c.when, c.when_span = self._when(c.start, c.c0, c.c1, c.sent, reported)

    def _counts(self, c: _Candidate) -> bool:
        """Whether the candidate is an event: it has a place where its type needs one, a re-mention says
        where or when (and takes the parties of the event it re-mentions), and it has participants."""
        if "place" in c.trig.flags and c.where is None:
            return False
        if c.speech and c.noun and not c.before and c.remention and (c.quote is None or not self._speaker_names(c.quote)):
            return False  # "Peringatan ini merupakan ...": a re-mention with no one voicing it
        if c.remention and not c.speech:
            # "Pertemuan itu ..." re-mentions an event: it counts only where it says where or when it happens
            if not self._happens(c.c0, c.c1) or (c.where is None and c.when_span is None):
                return False
            if not c.who:
                earlier = self.last_of_type.get(c.trig.type)
                c.who = list(earlier.who) if earlier is not None else self._previous_parties(c.sent, "PER")
        return bool(c.who)

    def _sport(self, sent: int) -> bool:
        """Whether the sentence is sports reporting: it has a sports word, or the article has several."""
        if self.sporty:
            return True
        ss, se = self.sents[sent]
        return bisect_left(self.sport_at, ss) < bisect_left(self.sport_at, se)

    def _negated(self, i: int) -> bool:
        low, roles = self.low, self.lex.roles
        neg, limiter = roles.get("negation", frozenset()), roles.get("limiter", frozenset())
        for k in range(i - 1, max(-1, i - 1 - self.cfg.window_negation), -1):
            w = low[k]
            if not w[0].isalnum():
                return False
            if w in neg:
                return not (k + 1 < len(low) and low[k + 1] in limiter)
        return False

    def _agent(self, j: int, after: list[Mention]) -> Mention | None:
        """The passive agent: "dikonfirmasi oleh kantor berita Korea Utara, KCNA"."""
        agent_words = self.lex.roles.get("agent", frozenset())
        k = next((k for k in range(j, min(len(self.low), j + 2)) if self.low[k] in agent_words), None)
        if k is None:
            return None
        for m in after:
            if m.token > k and m.token - k <= self.cfg.max_gap_words + 1:
                return m
        return None

    def _between(self, j: int, c1: int, pair: str) -> list[str] | None:
        """The parties a nominal trigger names right after it, or None: "negosiasi senjata antara Rusia
        dan DPRK", "sanksi Barat terhadap kedua negara" (the two countries most talked about)."""
        between, words = self.lex.roles.get("between", frozenset()), self.lex.words
        for k in range(j, min(c1, j + self.cfg.window_next + 1)):
            if self.low[k] in between:
                lo = bisect_left(self.mention_starts, self.ends[k])
                hi = bisect_left(self.mention_starts, self.ends[c1 - 1])
                parties = [m.name for m in self.mentions[lo:hi] if not (m.skip or m.modifier or m.scene)]
                if parties:
                    return parties
            if pair and words.at(self.low, k)[1] == pair:
                return self._salient(pair, self.starts[k], set()) or None
        return None

    def _speaker_names(self, quote: _Quote) -> list[str]:
        """The quote's speaker as entity names: its linked entity, else the names the phrase contains
        ("AS, Inggris, Korea Selatan dan Jepang"); an unnamed speaker ("para pejabat") gives none."""
        name = self.entity_names.get(quote.speaker_entity)
        if name:
            return [name]
        phrase = quote.speaker or ""
        if not phrase:
            return []
        names = self.speaker_cache.get(phrase)
        if names is None:
            found = []
            for n in dict.fromkeys(self.entity_names.values()):
                pos = phrase.find(n) if n else -1
                if pos >= 0 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", phrase):
                    found.append((pos, n))
            names = self.speaker_cache[phrase] = [n for _, n in sorted(found)]
        return names

    def _implicit_subject(
        self, i: int, trig: Trigger, nya: bool, clauses: list[Clause], ci: int, sent: int, quote: _Quote | None
    ) -> list[str]:
        """A subject the clause does not name: "ia"/"dia" and a noun's "-nya" (the person the text is
        about), "mereka" (the parties of the sentence before), or the subject the clause shares with
        the one before ("... ke Rusia untuk bertemu Putin", "tiba ... setelah bertemu") or, for a
        clause opening the sentence, after ("Setelah tiba di Moskow, Kim ...")."""
        roles, clause = self.lex.roles, clauses[ci]
        lead = self.low[clause.start : i]
        if any(w in roles.get("plural", ()) for w in lead):
            return self._previous_parties(sent)
        pronoun = any(w in roles.get("pronoun", ()) for w in lead)
        if pronoun or (nya and "noun" in trig.flags):
            if nya and "speech" in trig.flags and quote is not None:
                return []  # "menyatakan keprihatinannya": the speaker's own
            shared = self._shared_subject(clauses, ci)
            if shared:
                return shared
            person = self._last_person(self.starts[clauses[0].start], sent)
            return [person] if person else []
        if "noun" in trig.flags and clause.role not in _SHARED:
            return []
        return self._shared_subject(clauses, ci)

    def _shared_subject(self, clauses: list[Clause], ci: int) -> list[str]:
        role = clauses[ci].role
        if role == "resume" and ci >= 2:
            return self._subject(clauses, ci - 2)
        if ci > 0 and role in ("clause", *_SHARED):
            return self._subject(clauses, ci - 1)
        if ci == 0 and role in ("clause", *_SHARED) and len(clauses) > 1 and clauses[1].role == "":
            return self._subject(clauses, 1)
        return []

    def _last_person(self, pos: int, sent: int) -> str | None:
        """The person the text was last about: the first person named in this sentence before ``pos``,
        else in the nearest of the sentences before that names one."""
        for k in range(sent, max(-1, sent - 1 - self.cfg.sentences_back), -1):
            ss, se = self.sents[k]
            lo = bisect_left(self.mention_starts, ss)
            hi = bisect_left(self.mention_starts, min(se, pos))
            people = [m for m in self.mentions[lo:hi] if m.type == "PER" and not m.skip]
            if people:
                return people[0].name
        return None

    def _previous_parties(self, sent: int, typ: str | None = None) -> list[str]:
        """The actors of the sentence before (of one type when ``typ`` is given)."""
        if sent == 0:
            return []
        ss, se = self.sents[sent - 1]
        lo, hi = bisect_left(self.mention_starts, ss), bisect_left(self.mention_starts, se)
        return list(dict.fromkeys(m.name for m in self.mentions[lo:hi] if not m.skip and self._is_actor(m) and typ in (None, m.type)))

    def _pair(self, i: int, j: int, c0: int, c1: int) -> str:
        """The role ("pair_loc", "pair_per") of a "kedua negara" / "kedua pemimpin" near the trigger in its clause."""
        words, window = self.lex.words, self.cfg.window_pair
        for k in range(max(c0, i - window), min(c1, j + window)):
            if i <= k < j:
                continue
            n, role = words.at(self.low, k)
            if role in ("pair_loc", "pair_per") and k + n <= c1:
                return role
        return ""

    def _pair_before(self, i: int, c0: int) -> bool:
        words = self.lex.words
        return any(words.at(self.low, k)[1] in ("pair_loc", "pair_per") for k in range(c0, i))

    def _salient(self, role: str, pos: int, exclude: set[str]) -> list[str]:
        """The two countries (or people) mentioned most often before ``pos``, in order of first mention."""
        typ = "LOC" if role == "pair_loc" else "PER"
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in self.mentions[: bisect_left(self.mention_starts, pos)]:
            if m.type != typ or m.skip or m.scene or m.prep == "place" or m.name in exclude:
                continue
            counts[m.name] += 1
            first.setdefault(m.name, m.start)
        top = [n for n, _ in counts.most_common(2)]
        return sorted(top, key=lambda n: first[n]) if len(top) == 2 else []

    def _where(self, trig: Trigger, i: int, j: int, places: list[Mention], ments: list[Mention]) -> tuple[str | None, bool]:
        """The event's place, and whether it is where a trip starts ("bertolak dari Pyongyang")."""
        if trig.type in ("VISIT", "ATTACK"):
            return self._destination(trig, i, j, places, ments)
        # the setting of other events: a place after "di" close to the trigger ("bertemu ... di Vladivostok")
        here = [m for m in places if m.prep == "place" and abs(m.token - i) <= self.cfg.window_place]
        here = [m for m in here if m.type == "LOC"] or here
        if not here:
            return None, False
        start = self.starts[i]
        return min(here, key=lambda m: abs(m.start - start)).name, False

    def _destination(self, trig: Trigger, i: int, j: int, places: list[Mention], ments: list[Mention]) -> tuple[str | None, bool]:
        """Where a trip goes or an attack strikes; for a trip with none, where it starts."""
        start, end = self.starts[i], self.ends[j - 1]
        if "object" in trig.flags:
            # "mengunjungi Rusia", "memasuki negara Rusia", "menginvasi Ukraina": the first place after the verb
            obj = next((m for m in ments if m.start >= end and _is_object_place(m)), None)
            if obj is not None:
                return obj.name, False
        return _trip_place(places, start, trig.type == "VISIT")

    def _when(self, pos: int, c0: int, c1: int, sent: int, reported: _Quote | None = None) -> tuple[str | None, tuple[int, int] | None]:
        """The nearest date in the clause, else in the sentence: (value, (start, end) of its text).

        For an event told inside a quote or reported speech, only dates inside it count.
        """
        for lo, hi in ((self.starts[c0], self.ends[c1 - 1]), self.sents[sent]):
            a, b = bisect_left(self.timex_starts, lo), bisect_left(self.timex_starts, hi)
            near = self.timexes[a:b]
            if reported is not None:
                near = [t for t in near if reported.start <= t[0] and t[1] <= reported.end]
            if near:
                best = min(near, key=lambda t: min(abs(t[0] - pos), abs(t[1] - pos)))
                return best[2], (best[0], best[1])
        return None, None

    def _happens(self, c0: int, c1: int) -> bool:
        happen = self.lex.roles.get("happen", frozenset())
        return any(w in happen for w in self.low[c0:c1])

    def _status(self, i: int, j: int, c0: int, c1: int, noun: bool, when: str | None) -> str:
        status, raw, window = self.lex.status, self.raw, self.cfg.window_status
        # status words are lower case: "Tengah" in "Jawa Tengah" is a name, not "tengah" (ongoing)
        for k in range(i - 1, max(c0, i - window) - 1, -1):
            n, value = status.ending_at(self.low, k)
            if n and raw[k].islower():
                return value
        if noun:
            for k in range(j, min(c1, j + window)):
                n, value = status.at(self.low, k)
                if n and raw[k].islower():
                    return value
        return _status_from_date(when, self.published)

    # ---------------------------------------------------------------- merging

    def _merge(self, prev: _Found, ev: _Found) -> bool:
        """Folds ``ev`` into ``prev`` when both report one event in one sentence
        ("Kunjungan ini juga merupakan perjalanan ... oleh Putin")."""
        if prev.sentence != ev.sentence or prev.type != ev.type or not set(prev.who) & set(ev.who):
            return False
        if prev.where and ev.where and prev.where != ev.where:
            return False
        if prev.when_span and ev.when_span and prev.when_span != ev.when_span:
            return False
        prev.who = list(dict.fromkeys(prev.who + ev.who))[: self.cfg.max_who]
        prev.where = prev.where or ev.where
        if prev.when_span is None:
            prev.when, prev.when_span = ev.when, ev.when_span
        return True


# --------------------------------------------------------------------------- the component


class EventFinder:
    """spaCy component ``telisik_events``: ``doc._.events`` (``Event`` records) and ``doc.spans["events"]``.

    Its word lists are the files of ``lang/<lang>`` its config names (``TABLES``), read when the
    component first runs, or the rows ``from_disk`` restores; its distances are ``Settings``.
    """

    def __init__(self, nlp: Language | None = None, name: str = "telisik_events", *, lang: str = "id", **config: Any):
        self.name = name
        self.lang = lang
        self.files = {key: str(config.pop(key, default)) for key, default in TABLES.items()}
        self.settings = Settings(**config)
        self._tables: dict[str, list[list[str]]] | None = None
        self._lexicon: Lexicon | None = None

    @property
    def tables(self) -> dict[str, list[list[str]]]:
        """The rows of the word lists, by ``TABLES`` key."""
        if self._tables is None:
            self._tables = read_tables(self.lang, **self.files)
        return self._tables

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon.of(self.tables)
        return self._lexicon

    @property
    def cfg(self) -> dict[str, Any]:
        return {"lang": self.lang, **self.files, **asdict(self.settings)}

    def __call__(self, doc: Doc) -> Doc:
        try:
            events = _Article(doc, self.lexicon, self.settings).events()
        except RecursionError:  # pragma: no cover - never expected; a bad page must not end a batch
            events = []
        doc._.events = events
        doc.spans["events"] = _trigger_spans(doc, events)
        return doc

    def _configure(self, cfg: dict[str, Any]) -> None:
        cfg = dict(cfg)
        self.lang = cfg.pop("lang", self.lang)
        self.files = {key: str(cfg.pop(key, name)) for key, name in self.files.items()}
        self.settings = Settings(**cfg)

    def _restore(self, tables: dict[str, list[list[str]]]) -> None:
        self._tables, self._lexicon = {key: tables[key] for key in TABLES}, None

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """The settings and the rows of the word lists: a saved pipeline reads no package file."""
        writers = {"cfg": lambda p: srsly.write_json(p, self.cfg), "tables": lambda p: srsly.write_json(p, self.tables)}
        to_disk(ensure_path(path), writers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EventFinder:
        readers = {"cfg": lambda p: self._configure(srsly.read_json(p)), "tables": lambda p: self._restore(srsly.read_json(p))}
        from_disk(ensure_path(path), readers, exclude)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"cfg": self.cfg, "tables": self.tables})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> EventFinder:
        saved = srsly.msgpack_loads(data)
        self._configure(saved["cfg"])
        self._restore(saved["tables"])
        return self


def _trigger_spans(doc: Doc, events: list[Event]) -> list[Span]:
    """The events' triggers as spans labelled with the event type."""
    spans = []
    for ev in events:
        span = doc.char_span(ev.start, ev.end, label=ev.type, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


@Language.factory(
    "telisik_events",
    default_config=DEFAULT_CONFIG,
    requires=["doc._.timexes", "doc._.entities", "doc._.quotes", "doc._.citations", "token.is_sent_start"],
    assigns=["doc._.events", "doc.spans"],
)
def make_event_finder(
    nlp: Language,
    name: str,
    lang: str,
    triggers: str,
    status: str,
    words: str,
    grammar: str,
    window_status: int,
    window_next: int,
    window_pair: int,
    window_negation: int,
    window_place: int,
    window_anaphor: int,
    max_gap_words: int,
    max_who: int,
    sport_words: int,
    sentences_back: int,
    dateline_reach: int,
    plan_by_collection_anchor: bool,
) -> EventFinder:
    settings = {key: value for key, value in locals().items() if key not in ("nlp", "name")}
    return EventFinder(nlp, name, **settings)


def refresh_when(events: Sequence[Any], timexes: Sequence[Any]) -> None:
    """Re-reads each event's date from ``timexes`` after they were resolved again.

    An undated article's dates may be resolved only after the article pipeline ran (against the
    publication dates of the rest of the collection); an event keeps the span of the date it took
    (``when_span``), so its ``when`` can follow. An event whose status came from no status word but
    from its date is not re-judged: its date was unknown then, and it keeps "occurred".
    Events may be ``Event`` records or their dicts; timexes records or dicts.
    """
    by_span = {(_get(t, "start"), _get(t, "end")): t for t in timexes}
    for ev in events:
        span = _get(ev, "when_span")
        if not span:
            continue
        t = by_span.get(tuple(span))
        when = _usable_when(t) if t else None
        if isinstance(ev, dict):
            ev["when"] = when
        else:
            ev.when = when


__all__ = ["DEFAULT_CONFIG", "TABLES", "EventFinder", "Lexicon", "Settings", "make_event_finder", "read_tables", "refresh_when"]
