"""Events: who met, visited, supplied, agreed, warned, accused, confirmed, attacked, sanctioned or wrote whom.

The ``telisik_events`` component reads the facts the earlier components left on
the Doc (sentences, ``doc._.entities``, ``doc._.quotes``, ``doc._.timexes``,
``doc._.citations``) and writes ``doc._.events``: one JSON-ready dict per event
mention, ``{"type", "trigger", "who", "where", "when", "status", "start",
"end", "sentence", "when_span"}``, with ``start``/``end`` the trigger's offsets in
``doc.text`` and ``when_span`` those of the date ``when`` came from (see
``refresh_when``). The event types are those of ``../shared/eval/GOLD.md``.

An event is a trigger word (``lang/id/event_triggers.tsv``: "bertemu",
"kunjungan", "memasok", "sanksi", ... with their affixed forms) with at least one
named participant in its clause. Rules, all driven by the word lists in
``lang/id`` (``event_triggers.tsv``, ``event_status.tsv``, ``event_words.tsv``):

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
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from telisik.lang import table
from telisik.nlp.doc import doc_text

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

# words and single punctuation marks; "tiba-tiba" and "anti-tank" stay one word
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_NYA = "nya"
_WINDOW_STATUS = 5  # words searched for a status cue
_WINDOW_NEXT = 3  # words searched for a "next=" condition
_WINDOW_PAIR = 6  # words between a trigger and "kedua negara"
_WINDOW_NEG = 3  # words searched back for a negation
_MAX_GAP_WORDS = 3  # lower-case words between a preposition and its place ("di kota Vladivostok")
_MAX_WHO = 6
_LONGEST_PHRASE = 4  # words in the longest entry of the word lists
_SPORTY = 3  # sports words that make an article a sports report
_WINDOW_PLACE = 12  # words between a trigger and the "di" place of a meeting, a supply, ...
_BOUNDARIES = frozenset({"break", "clause", "purpose", "conjunct"})
_SHARED = frozenset({"purpose", "conjunct"})  # clauses whose subject is always the one before
_SPACE_GAP = re.compile(r"^[ \t]+$")
# between the names of one subject: "Kim Jong Un dan Putin", "AS, Inggris dan Presiden Korea Selatan ..."
_COORDINATION = re.compile(r"^[\s,]*(?:(?:dan|serta|maupun|&)\s+)?(?:[A-Z][\w.'’-]*\s+)*$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# TIMEX3 values of day precision or coarser: 2023, 2023-09, 2023-09-11, 2023-W35, 2023-Q3, ranges of these
_COARSE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q\d|H\d))?$")
_MODIFIER_GAP = re.compile(r"^[\s,()]{0,4}$")
_DATELINE_GAP = re.compile(r"^\s*[-–—]")
_DATELINE_REACH = 40  # characters from a paragraph's start within which a place before a dash is its dateline
_LIST_GAP = re.compile(r"^\s*(?:,\s*)?(?:dan|serta|atau|maupun)?\s*$")


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

    def at(self, words: list[str], i: int) -> tuple[int, str]:
        """(length, value) of the longest phrase starting at ``words[i]``, (0, "") when none."""
        for phrase, value in self.by_first.get(words[i], ()):
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase:
                return n, value
        return 0, ""

    def ending_at(self, words: list[str], i: int) -> tuple[int, str]:
        """(length, value) of the longest phrase ending at ``words[i]``, (0, "") when none."""
        for start in range(max(0, i - _LONGEST_PHRASE + 1), i + 1):
            n = i - start + 1
            for phrase, value in self.by_first.get(words[start], ()):
                if len(phrase) == n and tuple(words[start : i + 1]) == phrase:
                    return n, value
        return 0, ""


def _phrases(rows: list[tuple[str, str]]) -> Phrases:
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for phrase, value in rows:
        words = tuple(_TOKEN.findall(phrase.lower()))
        if words:
            by_first[words[0]].append((words, value))
    return Phrases({k: tuple(sorted(v, key=lambda p: len(p[0]), reverse=True)) for k, v in by_first.items()})


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, tuple[Trigger, ...]]  # first word -> triggers starting with it, longest first
    status: Phrases
    words: Phrases
    boundaries: Phrases  # the clause boundaries among ``words``
    roles: dict[str, frozenset[str]]  # role -> single-word entries (for quick membership tests)


def _word_set(value: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in value.split("/") if w.strip())


@cache
def lexicon() -> Lexicon:
    """The event word lists, read and indexed once per process."""
    triggers: dict[str, list[Trigger]] = defaultdict(list)
    for row in table("id", "event_triggers.tsv"):
        forms, typ = row[0], row[1]
        flags: set[str] = set()
        cond: dict[str, frozenset[str]] = {}
        for flag in row[2].split(",") if len(row) > 2 else []:
            flag = flag.strip()
            if "=" in flag:
                key, value = flag.split("=", 1)
                cond[key.strip()] = _word_set(value)
            elif flag:
                flags.add(flag)
        for form in forms.split("|"):
            words = tuple(_TOKEN.findall(form.strip().lower()))
            if words:
                triggers[words[0]].append(
                    Trigger(words, typ, frozenset(flags), *(cond.get(key, frozenset()) for key in ("next", "not_next", "not_prev", "prev")))
                )
    word_rows = [(row[0], row[1]) for row in table("id", "event_words.tsv")]
    roles: dict[str, set[str]] = defaultdict(set)
    for word, role in word_rows:
        if len(_TOKEN.findall(word)) == 1:
            roles[role].add(word.lower())
    return Lexicon(
        {k: tuple(sorted(v, key=lambda t: len(t.words), reverse=True)) for k, v in triggers.items()},
        _phrases([(row[0], row[1]) for row in table("id", "event_status.tsv")]),
        _phrases(word_rows),
        _phrases([(w, role) for w, role in word_rows if role in _BOUNDARIES]),
        {k: frozenset(v) for k, v in roles.items()},
    )


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


@dataclass
class Event:
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

    def to_dict(self, text: str, sents: list[tuple[int, int]]) -> dict[str, Any]:
        ss, se = sents[self.sentence]
        return {
            "type": self.type,
            "trigger": text[self.start : self.end],
            "who": self.who,
            "where": self.where,
            "when": self.when,
            "status": self.status,
            "when_span": list(self.when_span) if self.when_span else None,
            "start": self.start,
            "end": self.end,
            "sentence": text[ss:se].strip(),
            **({"phase": self.phase} if self.phase else {}),
        }


def _sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentences, split again at line breaks (a heading line is never part of the next sentence).

    Read from the token arrays: iterating ``doc.sents`` builds a Token object per token.
    """
    starts = [0]
    if len(doc):
        marks = doc.to_array([SENT_START, IDX]).astype("int64")
        starts = [0, *(s for s in marks[marks[:, 0] == 1, 1].tolist() if s > 0)]
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


def _usable_when(timex: dict[str, Any]) -> str | None:
    """A timex value at day precision or coarser ("2023-09-12T08" -> "2023-09-12"); None for
    durations, sets, vague references ("kini", "baru-baru ini") and invalid dates."""
    value = timex.get("value")
    if not isinstance(value, str) or timex.get("type") not in ("DATE", "TIME"):
        return None
    day = _DAY.match(value)
    if timex.get("type") == "TIME" or "T" in value:
        return day.group(0) if day else None
    if all(_COARSE.match(part) for part in value.split("/")):
        return value
    return None


# --------------------------------------------------------------------------- the finder


class EventFinder:
    """Fills ``doc._.events``."""

    def __init__(self) -> None:
        self.lex = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.events = _Article(doc, self.lex).events()
        except RecursionError:  # pragma: no cover - never expected; a bad page must not end a batch
            doc._.events = []
        return doc


@dataclass(frozen=True)
class Clause:
    """Tokens ``start``..``end`` of a scope, and the role of the word that opened it
    ("" for the first clause or the main clause after a subordinate one)."""

    start: int
    end: int
    role: str


class _Article:
    """One document's text, tokens and facts, and the event rules over them."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.lex = lex
        self.text = text = doc_text(doc)
        spans = [m.span() for m in _TOKEN.finditer(text)]
        self.raw = raw = [text[s:e] for s, e in spans]
        self.low = [w.lower() for w in raw]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.sents = _sentence_spans(doc, text)
        self.sent_starts = [s for s, _ in self.sents]
        self.published = (doc._.published or (doc._.timex_anchor or {}).get("date") or "")[:10]
        self.quotes = [q for q in doc._.quotes or [] if isinstance(q.get("start"), int) and isinstance(q.get("end"), int)]
        # dates (a value not yet resolved counts: an undated article's dates are resolved later, see refresh_when)
        self.timexes = sorted(
            (
                (t["start"], t["end"], _usable_when(t))
                for t in doc._.timexes or []
                if isinstance(t.get("start"), int) and (_usable_when(t) or (t.get("value") is None and t.get("type") == "DATE"))
            ),
            key=lambda t: t[0],
        )
        self.timex_starts = [t[0] for t in self.timexes]
        cited = [(c["start"], c["end"]) for c in doc._.citations or [] if isinstance(c.get("start"), int)]
        self.entity_names = {e.get("id"): e.get("name") for e in doc._.entities or []}
        self.mentions = self._mentions(doc, cited)
        self.mention_starts = [m.start for m in self.mentions]
        self.roles = self._token_roles()
        sport = lex.roles.get("sport", frozenset())
        self.sport_at = [self.starts[k] for k, w in enumerate(self.low) if w in sport]
        self.sporty = len(self.sport_at) >= _SPORTY
        self.last_of_type: dict[str, Event] = {}
        self.remention_type: dict[int, str] = {}
        self.speaker_cache: dict[str, list[str]] = {}

    # ---------------------------------------------------------------- facts

    def _tok(self, pos: int) -> int:
        """The index of the token starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def _mentions(self, doc: Doc, cited: list[tuple[int, int]]) -> list[Mention]:
        text = self.text
        out: list[Mention] = []
        for ent in doc._.entities or []:
            if ent.get("type") not in ("PER", "ORG", "LOC"):
                continue
            for m in ent.get("mentions") or []:
                s, e = m.get("start"), m.get("end")
                if isinstance(s, int) and isinstance(e, int) and e > s:
                    out.append(Mention(s, e, ent.get("name") or m.get("text", ""), ent["type"], self._tok(s)))
        out.sort(key=lambda m: m.start)
        for i, m in enumerate(out):
            para = text.rfind("\n", 0, m.start) + 1
            # "Liputan6.com, Teheran - ...", "JAKARTA - ...": the dateline says where the report was filed
            dateline = m.start - para <= _DATELINE_REACH and bool(_DATELINE_GAP.match(text[m.end : m.end + 4]))
            m.skip = dateline or any(cs <= m.start < ce for cs, ce in cited)
            prev = out[i - 1] if i else None
            gap = text[prev.end : m.start] if prev else ""
            if prev and prev.prep and _LIST_GAP.match(gap):
                m.prep, m.scene = prev.prep, prev.scene  # "dari AS dan Tiongkok": one preposition for both
                continue
            # a place right before another ("kota pelabuhan Rusia Vladivostok") names where the second lies
            lead = prev.token if prev and prev.type == "LOC" and m.type == "LOC" and _SPACE_GAP.match(gap) else m.token
            self._preposition(m, lead)
        # a place or organisation right before a person's name is part of the title: "Presiden Rusia
        # Vladimir Putin", "Gedung Putih, John Kirby", "kantor berita Rusia, Interfax" (not "di Rusia, Kim ...")
        for i in range(len(out) - 2, -1, -1):
            m, nxt = out[i], out[i + 1]
            gap = text[m.end : nxt.start]
            if m.type == "PER" or not _MODIFIER_GAP.match(gap):
                continue
            if m.type == "LOC" and nxt.type == "LOC":
                # "Korea Utara (Korut) Kim Jong Un": a name and its bracketed short form are one title
                m.modifier = _SPACE_GAP.match(gap) is not None or (nxt.modifier and nxt.name == m.name)
            elif (nxt.type == "PER" or nxt.modifier or (m.type == "LOC" and nxt.type == "ORG")) and not (m.prep and "," in gap):
                m.modifier = True
        return out

    def _preposition(self, m: Mention, lead: int) -> None:
        """Sets ``m.prep`` from a preposition up to three lower-case words before token ``lead``:
        "di Vladivostok", "di kota Vladivostok", "ke kota pelabuhan Rusia Vladivostok"."""
        words, low, raw = self.lex.words, self.low, self.raw
        j, gap = lead - 1, 0
        while j >= 0 and gap <= _MAX_GAP_WORDS:
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
        low, index = self.low, self.lex.triggers
        found = []
        i, n = 0, len(low)
        while i < n:
            word = low[i]
            cands = index.get(word, ())
            if not cands and word.endswith(_NYA):
                cands = index.get(word[: -len(_NYA)], ())
            hit = None
            for trig in cands:
                k = len(trig.words)
                if i + k > n:
                    continue
                if k > 1 and tuple(low[i : i + k - 1]) != trig.words[:-1]:
                    continue
                last = low[i + k - 1]
                if last != trig.words[-1] and last != trig.words[-1] + _NYA:
                    continue
                if self._conditions(trig, i, i + k):
                    hit = (i, i + k, trig, last.endswith(_NYA) and not trig.words[-1].endswith(_NYA))
                    break
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def _conditions(self, trig: Trigger, i: int, j: int) -> bool:
        low = self.low
        if trig.not_prev and i > 0 and low[i - 1] in trig.not_prev:
            return False
        if trig.not_next and j < len(low) and low[j] in trig.not_next:
            return False
        if trig.prev_any and not any(w in trig.prev_any for w in low[max(0, i - 2) : i]):
            return False
        if trig.next_any:
            ahead = [w for w in low[j : j + _WINDOW_NEXT + 2] if w[0].isalnum()][:_WINDOW_NEXT]
            if not any(w in trig.next_any for w in ahead):
                return False
        return True

    # ---------------------------------------------------------------- clauses

    def _scope(self, pos: int, sent: int) -> tuple[int, int, dict[str, Any] | None]:
        """The sentence's span, narrowed to the quote the position stands in."""
        ss, se = self.sents[sent]
        for q in self.quotes:
            if q["start"] <= pos < q["end"]:
                return max(ss, q["start"]), min(se, q["end"]), q
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
            if not _COORDINATION.match(self.text[last_end : m.start]):
                break
            last_end = m.end
            if self._is_actor(m):
                group.append(m)
        return [m.name for m in group]

    # ---------------------------------------------------------------- one event

    def events(self) -> list[dict[str, Any]]:
        """The article's events in text order, one per clause (mentions of one event in a sentence merged)."""
        found: list[Event] = []
        last_of_type = self.last_of_type
        triggers = self._triggers()
        anaphor = self.lex.roles.get("anaphor", frozenset())
        self.remention_type = {i: t.type for i, j, t, _ in triggers if j < len(self.low) and self.low[j] in anaphor}
        for i, j, trig, nya in triggers:
            ev = self._event(i, j, trig, nya, last_of_type)
            if ev is None:
                continue
            same = (prev for prev in reversed(found) if prev.sentence == ev.sentence)
            if any(self._merge(prev, ev) for prev in same):
                continue
            found.append(ev)
            last_of_type[ev.type] = ev
        return [ev.to_dict(self.text, self.sents) for ev in found]

    def _event(self, i: int, j: int, trig: Trigger, nya: bool, last_of_type: dict[str, Event]) -> Event | None:
        """The event of the trigger in tokens i..j, or None when it is no event (see the module docstring)."""
        low, roles, flags = self.low, self.lex.roles, trig.flags
        start, end = self.starts[i], self.ends[j - 1]
        if self._negated(i):
            return None
        sent = max(0, bisect_right(self.sent_starts, start) - 1)
        if "sport" in flags and self._sport(sent):
            return None  # "Indonesia bertemu Jepang", "mengancam gawang": a match, not an event
        s0, s1, quote = self._scope(start, sent)
        clauses = self._clauses(self._tok(s0), self._tok(s1))
        ci = next((k for k, c in enumerate(clauses) if c.start <= i < c.end), len(clauses) - 1)
        clause = clauses[ci]
        c0, c1 = clause.start, clause.end
        noun, speech = "noun" in flags, "speech" in flags
        # "pertemuan itu": a re-mention of an event told before (a speech act is a new one: "kekhawatiran tersebut")
        anaphors = roles.get("anaphor", ())
        k = j
        while k < min(len(low), j + 4) and self.raw[k][:1].isupper():
            k += 1  # "kunjungan Kim tersebut": the owner's name stands between the noun and "tersebut"
        remention = k < len(low) and low[k] in anaphors

        ments = self._mentions_in(c0, c1)
        actors: list[Mention] = []
        places: list[Mention] = []
        for m in ments:
            if m.modifier or m.scene:
                continue
            if trig.type == "VISIT" and m.type == "LOC" and m.start >= end:
                places.append(m)  # the places a trip goes to are not its travellers
            elif not m.prep or m.type == "PER" or (m.prep == "source" and trig.type != "VISIT"):
                actors.append(m)  # "pejabat dari AS dan Tiongkok akan bertemu": where they come from is who they are
            elif ("parties" in flags and m.prep in ("destination", "source")) or "target" in flags:
                actors.append(m)
                places.append(m)
            else:
                places.append(m)
        before = [m for m in actors if m.end <= start]
        after = [m for m in actors if m.start >= end]
        if not before:
            # "Sebuah pernyataan di situs resmi Kremlin ... mengonfirmasi": with no other subject, an
            # organisation in the subject phrase is the actor
            before = [m for m in ments if m.type == "ORG" and m.prep == "place" and m.end <= start and not m.modifier]
        pair = self._pair(i, j, c0, c1)
        between = self._between(j, c1, pair) if noun else None
        if between is not None:
            who = between
        else:
            who = []
            if not before or clause.role in _SHARED:
                # a purpose clause ("untuk bertemu dengan Kim, serta mencari dukungan") always has the
                # subject of the clause before; the names in it are objects
                who += self._implicit_subject(i, trig, nya, clauses, ci, sent, quote)
            agent = self._agent(j, after)
            if agent is not None:
                who.append(agent.name)
            who += [m.name for m in before]
            if speech and quote is not None:
                who += self._speaker_names(quote)
            who += [m.name for m in after]
        if noun and between is None:
            # "kunjungan Kim", "pertemuan Putin": the person right after a nominal trigger is whose it is
            owner = next((m for m in after if m.type == "PER" and m.token - j <= 1), None)
            if owner is not None:
                who = [owner.name] + [n for n in who if n != owner.name]
        if pair and between is None:
            names = self._salient(pair, start, {m.name for m in actors})
            who = names + who if self._pair_before(i, c0) else who + names
        who = list(dict.fromkeys(n for n in who if n))[:_MAX_WHO]

        where, origin = self._where(trig, i, j, places, ments)
        # a reported event's date is inside the report: in "Pekan lalu, Gedung Putih mengatakan Putin dan Kim
        # bertukar surat", "pekan lalu" dates the statement (a speech event's own date), not the letters
        reported = quote if quote is not None and not speech else None
        when, when_span = self._when(start, c0, c1, sent, reported)
        if "place" in flags and where is None:
            return None
        if speech and noun and not before and remention and (quote is None or not self._speaker_names(quote)):
            return None  # "Peringatan ini merupakan ...": a re-mention with no one voicing it
        if remention and not speech:
            # "Pertemuan itu ..." re-mentions an event: it counts only where it says where or when it happens
            if not self._happens(c0, c1) or (where is None and when_span is None):
                return None
            if not who:
                earlier = last_of_type.get(trig.type)
                who = list(earlier.who) if earlier is not None else self._previous_parties(sent, "PER")
        if not who:
            return None
        status = self._status(i, j, c0, c1, noun, when)
        # leaving a place and arriving at another are two steps of a trip, dated apart
        phase = "depart" if trig.type == "VISIT" and ("depart" in flags or origin) else None
        return Event(trig.type, start, end, sent, who, where, when, status, when_span, phase)

    def _sport(self, sent: int) -> bool:
        """Whether the sentence is sports reporting: it has a sports word, or the article has several."""
        if self.sporty:
            return True
        ss, se = self.sents[sent]
        return bisect_left(self.sport_at, ss) < bisect_left(self.sport_at, se)

    def _negated(self, i: int) -> bool:
        low, roles = self.low, self.lex.roles
        neg, limiter = roles.get("negation", frozenset()), roles.get("limiter", frozenset())
        for k in range(i - 1, max(-1, i - 1 - _WINDOW_NEG), -1):
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
            if m.token > k and m.token - k <= _MAX_GAP_WORDS + 1:
                return m
        return None

    def _between(self, j: int, c1: int, pair: str) -> list[str] | None:
        """The parties a nominal trigger names right after it, or None: "negosiasi senjata antara Rusia
        dan DPRK", "sanksi Barat terhadap kedua negara" (the two countries most talked about)."""
        between, words = self.lex.roles.get("between", frozenset()), self.lex.words
        for k in range(j, min(c1, j + _WINDOW_NEXT + 1)):
            if self.low[k] in between:
                lo = bisect_left(self.mention_starts, self.ends[k])
                hi = bisect_left(self.mention_starts, self.ends[c1 - 1])
                parties = [m.name for m in self.mentions[lo:hi] if not (m.skip or m.modifier or m.scene)]
                if parties:
                    return parties
            if pair and words.at(self.low, k)[1] == pair:
                return self._salient(pair, self.starts[k], set()) or None
        return None

    def _speaker_names(self, quote: dict[str, Any]) -> list[str]:
        """The quote's speaker as entity names: its linked entity, else the names the phrase contains
        ("AS, Inggris, Korea Selatan dan Jepang"); an unnamed speaker ("para pejabat") gives none."""
        name = self.entity_names.get(quote.get("speaker_entity"))
        if name:
            return [name]
        phrase = quote.get("speaker") or ""
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
        self, i: int, trig: Trigger, nya: bool, clauses: list[Clause], ci: int, sent: int, quote: dict[str, Any] | None
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
        else in the nearest of the three sentences before that names one."""
        for k in range(sent, max(-1, sent - 4), -1):
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
        words = self.lex.words
        for k in range(max(c0, i - _WINDOW_PAIR), min(c1, j + _WINDOW_PAIR)):
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
        start, end = self.starts[i], self.ends[j - 1]
        locs = [m for m in places if m.type == "LOC"]
        if trig.type in ("VISIT", "ATTACK"):
            if "object" in trig.flags:
                # "mengunjungi Rusia", "memasuki negara Rusia", "menginvasi Ukraina": the first place after the verb
                for m in ments:
                    if m.start >= end and m.type == "LOC" and m.prep != "source" and not (m.scene or m.modifier):
                        return m.name, False
            after = [m for m in locs if m.start >= start]
            for prep in ("destination", "place"):
                hit = [m for m in after if m.prep == prep] or [m for m in locs if m.prep == prep]
                if hit:
                    return hit[0].name, False
            src = [m for m in locs if m.prep == "source"]
            return (src[0].name, True) if src and trig.type == "VISIT" else (None, False)
        # the setting of other events: a place after "di" close to the trigger ("bertemu ... di Vladivostok")
        here = [m for m in places if m.prep == "place" and abs(m.token - i) <= _WINDOW_PLACE]
        here = [m for m in here if m.type == "LOC"] or here
        if not here:
            return None, False
        return min(here, key=lambda m: abs(m.start - start)).name, False

    def _when(
        self, pos: int, c0: int, c1: int, sent: int, reported: dict[str, Any] | None = None
    ) -> tuple[str | None, tuple[int, int] | None]:
        """The nearest date in the clause, else in the sentence: (value, (start, end) of its text).

        For an event told inside a quote or reported speech, only dates inside it count.
        """
        for lo, hi in ((self.starts[c0], self.ends[c1 - 1]), self.sents[sent]):
            a, b = bisect_left(self.timex_starts, lo), bisect_left(self.timex_starts, hi)
            near = self.timexes[a:b]
            if reported is not None:
                near = [t for t in near if reported["start"] <= t[0] and t[1] <= reported["end"]]
            if near:
                best = min(near, key=lambda t: min(abs(t[0] - pos), abs(t[1] - pos)))
                return best[2], (best[0], best[1])
        return None, None

    def _happens(self, c0: int, c1: int) -> bool:
        happen = self.lex.roles.get("happen", frozenset())
        return any(w in happen for w in self.low[c0:c1])

    def _status(self, i: int, j: int, c0: int, c1: int, noun: bool, when: str | None) -> str:
        status, raw = self.lex.status, self.raw
        # status words are lower case: "Tengah" in "Jawa Tengah" is a name, not "tengah" (ongoing)
        for k in range(i - 1, max(c0, i - _WINDOW_STATUS) - 1, -1):
            n, value = status.ending_at(self.low, k)
            if n and raw[k].islower():
                return value
        if noun:
            for k in range(j, min(c1, j + _WINDOW_STATUS)):
                n, value = status.at(self.low, k)
                if n and raw[k].islower():
                    return value
        return _status_from_date(when, self.published)

    # ---------------------------------------------------------------- merging

    @staticmethod
    def _merge(prev: Event, ev: Event) -> bool:
        """Folds ``ev`` into ``prev`` when both report one event in one sentence
        ("Kunjungan ini juga merupakan perjalanan ... oleh Putin")."""
        if prev.sentence != ev.sentence or prev.type != ev.type or not set(prev.who) & set(ev.who):
            return False
        if prev.where and ev.where and prev.where != ev.where:
            return False
        if prev.when_span and ev.when_span and prev.when_span != ev.when_span:
            return False
        prev.who = list(dict.fromkeys(prev.who + ev.who))[:_MAX_WHO]
        prev.where = prev.where or ev.where
        if prev.when_span is None:
            prev.when, prev.when_span = ev.when, ev.when_span
        return True


def _status_from_date(when: str | None, published: str) -> str:
    """Planned for a date after publication (compared at the date's own precision: "2025-06" is not
    after "2025-06-11"), else occurred."""
    first = (when or "").split("/")[0]
    if published and _CALENDAR.match(first) and first > published[: len(first)]:
        return "planned"
    return "occurred"


def refresh_when(events: list[dict[str, Any]], timexes: list[dict[str, Any]]) -> None:
    """Re-reads each event's date from ``timexes`` after they were resolved again.

    An undated article's dates may be resolved only after the article pipeline ran (against the
    publication dates of the rest of the collection); an event keeps the span of the date it took
    (``when_span``), so its ``when`` can follow. An event whose status came from no status word but
    from its date is not re-judged: its date was unknown then, and it keeps "occurred".
    """
    by_span = {(t.get("start"), t.get("end")): t for t in timexes}
    for ev in events:
        span = ev.get("when_span")
        if span:
            t = by_span.get(tuple(span))
            ev["when"] = _usable_when(t) if t else None


@Language.factory("telisik_events", default_config={})
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder()


__all__ = ["EventFinder", "lexicon", "make_event_finder", "refresh_when"]
