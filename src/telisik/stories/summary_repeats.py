"""Two sentences of a story that tell one fact although they share few words: what a summary must not give twice.

- a scorer list and a sentence on one of its goals: "Lima gol Juventus disumbangkan oleh Randal Kolo Muani (11', 45+4'),
  ..." after "Randal Kolo Muani membuka skor ... pada menit ke-11" tells the first goal again (the goals as
  ``match_facts`` reads them: scorer and minute);
- an arrest, a charge or a verdict of the story's suspect, told by one sentence with "pelaku" and by another with
  "tersangka" ("Polisi menangkap pelaku pembunuhan" / "Tersangka tak berkutik saat ditangkap Satreskrim, Kamis"):
  the event types of ``summary_role_events.txt``, whose party a story names by a role word, are one happening in a
  story unless the two sentences name two different parties;
- a quote, or words tagged with their speaker, telling a happening another sentence told of the same parties: "\"...
  kami mengonfirmasi bahwa pengemudi telah diblokir ...,\" tambahnya" after "Lalamove menegaskan, driver ... sudah
  diblokir sejak bulan lalu" (a confirmation or an agreement around a happening frames it and is no happening of
  its own: ``summary_frame_events.txt``);
- a match's result told by its score and by words ("Juventus membukukan keunggulan 4-0 atas Al Ain" / "Juventus
  berpesta gol saat menghadapi Al Ain"): a score in a sentence on a match reports the result (``match_scores``), unless
  the two sentences give two scores (the half-time score and the final one are two moments of the match).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache

from telisik.lang import lower_word_list, table, word_list
from telisik.lang.roots import stem
from telisik.pages.dates import alternation, month_numbers
from telisik.stories.article import StoryArticle, events_in_sentence, fact_field
from telisik.stories.match_facts import Goal, close_minutes, goals_of, same_player, untimed_goal
from telisik.stories.similarity import words

# an event as a sentence tells it: its type and the roots of its named parties (none when it names none)
KindParties = tuple[str, frozenset[str]]


@cache
def frame_kinds() -> frozenset[str]:
    """The kinds of happening that only frame another the sentence tells ("membenarkan adanya kecelakaan":
    ``summary_frame_events.txt``)."""
    return frozenset(word_list("id", "summary_frame_events.txt"))


def without_frames(kinds: frozenset[str]) -> frozenset[str]:
    """The kinds a sentence reports but those that only frame another of them: "Polisi membenarkan adanya kecelakaan"
    reports the accident; "Polisi membenarkan kabar itu" stays a confirmation."""
    framed = kinds - frame_kinds()
    return framed or kinds


@cache
def single_kinds() -> frozenset[str]:
    """The event types a party has one of in a story (``summary_single_events.txt``): a meeting, an arrest, a death."""
    return frozenset(word_list("id", "summary_single_events.txt"))


@cache
def role_events() -> frozenset[str]:
    """The event types a story has one of for its suspect, whoever the sentence calls him (``summary_role_events.txt``)."""
    return frozenset(word_list("id", "summary_role_events.txt"))


def sentence_goals(text: str) -> tuple[Goal, ...]:
    """The goals a sentence tells (scorer and minute), read as ``match_facts`` reads a report's; else those it tells
    in prose with no minute (``match_facts.untimed_goal``)."""
    if not any(char.isdigit() for char in text):  # (a goal's minute is written in digits: most sentences have none)
        return untimed_goal(text, frozenset())
    alone = StoryArticle(
        id="", title=None, body=text, outlet=None, published="", day=None, dateline="", sentences=[], events=[], timexes=[]
    )
    return tuple(goals_of(alone, frozenset())) or untimed_goal(text, frozenset())


# a match's score as written: two counts of goals joined by a dash ("4-0", "1 - 1"), not a piece of a longer run of
# figures (a date "19-06-2025", a season "2023-2024", a decimal "1,5-2" or "1-1.5"); the sentence's stop may follow it
# ("ditahan Al Hilal 1-1.")
_SCORE = re.compile(r"(?<![\d./,\u2013-])(\d{1,2})\s?[-\u2013]\s?(\d{1,2})(?![\d/]|[.,]\d|\s?[-\u2013]\s?\d)")
_WORD_TOKEN = re.compile(r"[^\W\d_][\w-]*")
RESULT_KIND = "RESULT"  # the class of a match's result in ``summary_fact_classes.tsv``


@cache
def _match_cues() -> frozenset[str]:
    return lower_word_list("id", "match_cues.txt")


@dataclass(frozen=True)
class MatchScores:
    """The scores a sentence gives of a match, read once: each result as its larger count then its smaller, and where
    each is written (its facts read the score as one figure, not two counts)."""

    results: frozenset[str] = frozenset()
    spans: tuple[tuple[int, int], ...] = ()


def read_scores(text: str) -> MatchScores:
    """The scores a sentence gives of a match ("0-5" and "5-0" are one result told from either side): only in a
    sentence on a match (a word of ``match_cues.txt``: "laga", "skor", "Grup"), for "10-12 tahun" or "3-5 hari"
    elsewhere is a range."""
    found = [m for m in _SCORE.finditer(text) if not _days_span(text, m)]
    if not found or _match_cues().isdisjoint(w.lower() for w in _WORD_TOKEN.findall(text)):
        return MatchScores()
    results = frozenset(f"{max(int(a), int(b))}-{min(int(a), int(b))}" for a, b in (m.groups() for m in found))
    return MatchScores(results, tuple(m.span() for m in found))


def _days_span(text: str, score: re.Match[str]) -> bool:
    """The two figures of ``score`` are a span of days, a month's name after them ("pada 20-22 Juni 2025"), no score:
    a first day and a later one. A weekday after a score dates the match ("imbang 1-1 Minggu malam"); a nil or the
    larger count first is a score before a month ("kalah 0-3 Maret lalu", "menang 3-1 Juni lalu")."""
    after = _WORD_TOKEN.search(text, score.end())
    if after is None or text[score.end() : after.start()].strip() or after.group().lower() not in month_numbers():
        return False
    first, last = (int(n) for n in score.groups())
    return 0 < first < last


def match_scores(text: str) -> frozenset[str]:
    """The results of the match scores a sentence gives (``read_scores``)."""
    return read_scores(text).results


def other_scores(scores: frozenset[str], told: frozenset[str]) -> bool:
    """Both sentences give a score and none in common: two moments of a match ("unggul 1-0 di babak pertama" / "menang
    3-1"), not one result told twice."""
    return bool(scores and told) and not scores & told


def same_goal(goals: Iterable[Goal], told: Iterable[Goal]) -> bool:
    """A goal of one sentence is one of the other's: the same scorer, at a close minute, or with no minute on either
    side (``match_facts.untimed_goal``: "sundulan Kolo Muani menembus gawang" and "ditanduk oleh Kolo Muani" are one
    goal; so is either beside a list of his goals' minutes, which tells it already)."""
    told = list(told)
    return any(same_player(g.scorer, t.scorer) and _close_or_untimed(g.minute, t.minute) for g in goals for t in told)


def _close_or_untimed(minute: str, told: str) -> bool:
    """Two minutes that may tell one goal, or a goal told with no minute (``""``) on either side."""
    return not minute or not told or close_minutes(minute, told)


@dataclass(frozen=True)
class SentenceEvents:
    """The events the article's analysis found in one sentence, read in one walk over them: their types (named
    parties or not: the kinds the events' rules, a word's sense or a denial, let the sentence tell), the events that
    name a party (type and the roots of its named parties' words but the words common in news, "Presiden", "Kota"),
    and the events of the role types (arrests, charges, verdicts), named or not ("pelaku", "tersangka")."""

    kinds: frozenset[str] = frozenset()
    named: tuple[KindParties, ...] = ()
    roles: tuple[KindParties, ...] = ()


def read_sentence_events(article: StoryArticle, text: str, root: Callable[[str], str], common: frozenset[str]) -> SentenceEvents:
    """What the article's events tell of its sentence ``text`` (the event's sentence holds it: the first sentence lost
    its dateline): one walk over them gives the kinds, the named events and the role events (``SentenceEvents``). A
    party is one the article names ("Wanda", "Israel"), not one it only describes ("pelaku", "warga"): two events of
    one type whose doers are both "pelaku" may be two happenings."""
    kinds: set[str] = set()
    named: list[KindParties] = []
    roles: list[KindParties] = []
    for event in events_in_sentence(article, text):
        kind = fact_field(event, "type")
        if not kind:
            continue
        who = fact_field(event, "who")
        names = [n for n in (who if isinstance(who, list) else []) if isinstance(n, str) and n[:1].isupper()]
        parties = frozenset(root(w) for name in names for w in words(name) if w not in common)
        kinds.add(str(kind))
        if parties:
            named.append((str(kind), parties))
        if kind in role_events():
            roles.append((str(kind), parties))
    return SentenceEvents(frozenset(kinds), tuple(named), tuple(roles))


def role_event_again(
    kinds: frozenset[str], events: Iterable[KindParties], told_kinds: frozenset[str], told_events: Iterable[KindParties]
) -> bool:
    """Both sentences report a happening of a role type (``kinds``: the types their words report), the analysis found
    it in one of them at least, and they name no two different parties for it."""
    events, told_events = list(events), list(told_events)
    for kind in kinds & told_kinds & role_events():
        found = [parties for k, parties in events if k == kind]
        told = [parties for k, parties in told_events if k == kind]
        if not found and not told:
            continue
        named, told_named = frozenset().union(*found), frozenset().union(*told)
        if not (named and told_named) or named & told_named:
            return True
    return False


def quote_retells(
    kinds: frozenset[str], parties: frozenset[str], keys: Iterable[str], told_kinds: frozenset[str], told: Iterable[str], said_alike: bool
) -> bool:
    """A quote (or the paraphrase of one) reports only kinds of happening another sentence reports (``kinds``: one at
    least, frames left out), of parties that sentence names too (``parties``, all among ``told``: that sentence's
    facts), and gives no figure or day it does not: a spokesman's words telling what the lead told ('"... kami mengonfirmasi
    bahwa pengemudi telah diblokir dari platform kami ...," tambahnya' after "Lalamove menegaskan, driver yang diduga
    menodongkan pistol ... sudah diblokir sejak bulan lalu"). A kind a party has many of in a story (a gift, a
    sanction: not ``summary_single_events.txt``) is one only when the two say alike of it too (``said_alike``): Putin
    gives a coin, then a book. The caller says which of the two is the quote."""
    told = set(told)
    if not kinds or not kinds <= told_kinds or not parties or not parties <= told:
        return False
    if not (said_alike or kinds <= single_kinds()):
        return False
    return all(k in told for k in keys if k[:1] in ("#", "@"))


# --- one fact told by two sentences: the same main predicate of the same party ---------------------------------
#
# Readers counted a summary sentence that restates an earlier pick in other words as its commonest fault: "Militer AS
# akan mengerahkan 700 personel Korps Marinir" then "Pemerintahan Trump akan mengerahkan pasukan Marinir ... ke Los
# Angeles"; "Iwan diperiksa Jampidsus, Selasa" then "Dia pun diperiksa berkaitan pelibatannya". What repeats is the
# fact: its verb (or the verb's noun form, "pendaratan" of "mendarat") and its party, not the words around them.

# a verb's affixes as a predicate shows them: me-, ber-, di-, ter- before three letters or more, or -kan after them
_VERB_SHAPE = re.compile(r"(?:me|be|di|ter)[a-z]{3,}|[a-z]{3,}kan")
# a word, or a mark that ends a clause (a comma, a bracket, a quotation mark)
_PIECE = re.compile(r"[^\W_][\w'\u2019-]*|[,;:()\"\u201c\u201d]")
_BREAKS = frozenset(',;:()"\u201c\u201d')
_CLAUSE_MARKS = frozenset(',;:"\u201c\u201d')  # (a bracket holds an aside inside a subject: "Amerika Serikat (AS) akan ...")
_SUBJECT_SPAN = 6  # the words before the predicate read as its subject
_OBJECT_SPAN = 5  # the words after it read as its object


@cache
def _predicate_words() -> dict[str, frozenset[str]]:
    """Role -> the words of ``summary_predicate_words.tsv`` in it (modifier, negation, light, not, pronoun, stop)."""
    roles: dict[str, set[str]] = {}
    for row in table("id", "summary_predicate_words.tsv"):
        if len(row) > 1 and row[0]:
            roles.setdefault(row[1], set()).add(row[0].lower())
    return {role: frozenset(found) for role, found in roles.items()}


def _role(word: str, role: str) -> bool:
    return word in _predicate_words().get(role, frozenset())


@cache
def _predicate_kinds() -> dict[str, tuple[str, bool]]:
    """A predicate word -> its kind and whether the kind says where (``summary_predicate_classes.tsv``):
    "dibawa", "dikawal", "menuju" are one movement; "menetap", "tinggal" one stay."""
    kinds: dict[str, tuple[str, bool]] = {}
    for row in table("id", "summary_predicate_classes.tsv"):
        if len(row) > 1 and row[0] and row[1]:
            kinds[row[0].lower()] = (row[1], row[2:3] == ("place",))
    return kinds


def _kind(word: str) -> tuple[str, bool] | None:
    """The kind of a predicate word as written: one form, not its stem ("dibawa ke pelabuhan" is a ship's movement,
    "membawa dokumen" no movement of the one who carries them)."""
    return _predicate_kinds().get(word)


@cache
def _place_words() -> frozenset[str]:
    """The words that open a place after a predicate of a kind that says where ("dibawa ke Ashdod", "menetap di
    Mesir"): the prepositions that make any name after them a place (``place_prepositions.tsv``'s "any" rows). Not
    "dari": where a party sets out from is no place it goes or stays ("berangkat dari Jakarta" / "tiba di Jakarta")."""
    return frozenset(row[0].lower() for row in table("id", "place_prepositions.tsv") if row[1:2] == ("any",))


_PLACE_SPAN = 6  # the words after the predicate where its place is read
_PLACE_OPENS = 2  # a kind that says where is read only with its place word among the words right after the verb


def _kind_at(pieces: list[str], k: int) -> tuple[str, bool] | None:
    """The kind of the predicate at ``k``; one that says where only when a place word follows it at once ("tinggal
    di Mesir", "berangkat pulang ke tanah air"), not "tinggal membutuhkan satu kemenangan" (only needs one)."""
    kind = _kind(pieces[k])
    if kind is None or not kind[1] or pieces[k] in _place_words():
        return kind
    return kind if any(p in _place_words() for p in pieces[k + 1 : k + 1 + _PLACE_OPENS]) else None


def _place_names(pieces: list[str], cased: list[str], after: int) -> frozenset[str]:
    """The words written with a capital after a place word within ``_PLACE_SPAN`` words of the predicate: where it
    goes or stays ("ke pelabuhan Ashdod": "ashdod"; "ke pelabuhan": none)."""
    found: set[str] = set()
    opened = False
    for k in range(after, min(len(pieces), after + _PLACE_SPAN)):
        if pieces[k] in _CLAUSE_MARKS or (opened and _role(pieces[k], "stop") and pieces[k] not in _place_words()):
            break  # (past the place: "dibawa ke pelabuhan oleh militer Israel" names the doer, not where)
        opened = opened or pieces[k] in _place_words()
        if opened and cased[k][:1].isupper():
            found.add(pieces[k])
    return frozenset(found)


@cache
def _pronouns() -> frozenset[str]:
    """The subjects that name no one (``summary_pronouns.txt``: "ia", "mereka", "ketiganya"): the party is the one
    the sentence before names."""
    return lower_word_list("id", "summary_pronouns.txt")


@cache
def _speech_roots() -> frozenset[str]:
    """The stems of the verbs of saying (``speech_verbs.tsv``): "mengatakan", "menegaskan", "mengungkapkan" say who
    speaks; the fact is in what follows them."""
    kinds = ("after", "reported", "bahwa")  # (not "mengajak warga untuk ...": a directive's act is the verb's own)
    return frozenset(stem(row[0]) for row in table("id", "speech_verbs.tsv") if len(row) > 1 and " " not in row[0] and row[1] in kinds)


@cache
def _bare_verbs() -> frozenset[str]:
    """The bare words that are a clause's predicate (``summary_bare_predicates.txt``: "tewas", "tiba", "tangkap")
    but the modifiers and negations that only come before one."""
    bare = lower_word_list("id", "summary_bare_predicates.txt")
    return bare - _predicate_words().get("modifier", frozenset()) - _predicate_words().get("negation", frozenset())


@dataclass(frozen=True)
class Predication:
    """What a sentence's main clause says happened and to whom: its predicate's roots (the verb's, or the noun a
    light verb carries), whether it is denied, and its subject's and object's names (roots) and head words."""

    predicate: frozenset[str]
    negated: bool = False
    subject_names: frozenset[str] = frozenset()
    object_names: frozenset[str] = frozenset()
    subject_head: str = ""
    object_head: str = ""
    pronoun: bool = False  # the subject is "ia", "mereka": the party of the sentence before
    passive: bool = False  # the verb is passive ("ditangkap"): its subject is done to, the names after it do
    places: frozenset[str] | None = None  # for a kind of predicate that says where, the places it names ("ashdod")

    def roles(self, subject: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
        """The names of who does it and of who it is done to, the subject given (a pronoun's party may stand in)."""
        return (self.object_names, subject) if self.passive else (subject, self.object_names)


def _is_verb(piece: str, written: str, bare: frozenset[str]) -> bool:
    """A word that can be the predicate: written in lower case, affixed as a verb or a bare predicate, and not a word
    of that shape that is none ("beberapa", "terhadap", "terbaru")."""
    if not written[:1].islower() or _role(piece, "not") or _role(piece, "modifier") or _role(piece, "stop"):
        return False
    if piece in lower_word_list("id", "summary_ter_adjectives.txt"):
        return False
    # (the shape alone takes nouns and adjectives: "medis", "dinas", "besar", "bekas"; a verb's affix is one the
    # stemmer strips)
    return piece in bare or (bool(_VERB_SHAPE.fullmatch(piece.split("-")[0])) and stem(piece) != piece)


def _find_predicate(pieces: list[str], cased: list[str], start: int, bare: frozenset[str]) -> tuple[int, int] | None:
    """The index of the first predicate word from ``start`` on (not the clause's first word: that is its subject),
    past a verb of saying that has a clause after it ("Tito mengatakan metode ... akan melibatkan masyarakat"), and the
    index its clause starts at."""
    k = start + 1
    while k < len(pieces):
        piece = pieces[k]
        if piece in _BREAKS or not _is_verb(piece, cased[k], bare) or _subordinate(pieces, k):
            k += 1
            continue
        if stem(piece) in _speech_roots() and len(pieces) - k > 3:
            start = k + 1 + (pieces[k + 1 : k + 2] == ["bahwa"]) + (pieces[k + 1 : k + 2] == [","])
            k = start + 1
            continue
        return k, start
    return None


def _subordinate(pieces: list[str], k: int) -> bool:
    """The verb at ``k`` opens a clause of purpose, time or relation ("untuk mengerahkan", "yang menangkap"), an
    auxiliary or a negation between allowed: it is not the main predicate."""
    j = k - 1
    while j >= 0 and (_role(pieces[j], "modifier") or _role(pieces[j], "negation")):
        j -= 1
    return j >= 0 and _role(pieces[j], "subordinate")


def _slot(
    pieces: list[str], cased: list[str], span: range, names: frozenset[str], root: Callable[[str], str]
) -> tuple[frozenset[str], str]:
    """The names (roots of the words written with a capital that the story names, or of two capitals) and the head
    word (the first word of the slot that is neither a modifier nor a stop word) of a subject or an object."""
    found, head = set(), ""
    for k in span:
        word, written = pieces[k], cased[k]
        if word in _BREAKS or word[:1].isdigit():
            continue
        key = root(word)
        if written[:1].isupper() and (key in names or (len(written) == 2 and written.isupper())):
            found.add(key if key in names else word)
        elif not head and not any(_role(word, role) for role in ("modifier", "negation", "stop", "not")):
            head = key
    return frozenset(found), head


# a verb's noun form: pe(N)-...-an, per-...-an, ke-...-an ("penangkapan", "pertemuan", "kebakaran")
_NOMINAL = re.compile(r"(?:pe|ke)[a-z]{3,}an")


def _light_noun(pieces: list[str], cased: list[str], k: int) -> int | None:
    """The noun a light verb at ``k`` carries: the first word after it that is no quantifier ("melakukan
    penangkapan", "memberikan klarifikasi"), before any stop word, clause mark or name ("dilakukan Kemendagri": the
    doer, the act is the subject's)."""
    for j in range(k + 1, min(len(pieces), k + 4)):
        if pieces[j] in _BREAKS or _role(pieces[j], "stop") or not cased[j][:1].islower():
            return None
        if _carried_noun(pieces[j]):
            return j
    return None


def _carried_noun(piece: str) -> bool:
    """A word after a light verb that can be the noun it carries ("melakukan penangkapan"): no mark, stop word or
    quantifier."""
    return piece not in _BREAKS and not any(_role(piece, role) for role in ("stop", "modifier", "negation"))


def _object_span(pieces: list[str], after: int) -> range:
    """The words after the predicate up to the first stop word or clause mark, ``_OBJECT_SPAN`` at most."""
    end = after
    while end < len(pieces) and end - after < _OBJECT_SPAN and pieces[end] not in _BREAKS and not _role(pieces[end], "stop"):
        end += 1
    return range(after, end)


@cache
def _stance_opener() -> re.Pattern[str]:
    """An opening phrase that says how the writer sees what follows (``summary_stance_openers.txt``: "Tak terasa",
    "Siapa sangka"), with its comma: no predicate of the sentence."""
    phrases = alternation(lower_word_list("id", "summary_stance_openers.txt"))
    if not phrases:
        return re.compile(r"(?!)")  # (an empty list: no opening to strip, not every sentence's first marks)
    # (not past an opening quotation mark: '"Tak terasa sudah setahun," kata Oki' is Oki's words, whole as said)
    return re.compile(rf"^[^\w\"'\u201c\u201d\u2018\u2019]*(?:{phrases})(?![\w-])\s*,?", re.IGNORECASE)


def _found_predicate(text: str, bare: frozenset[str]) -> tuple[list[str], list[str], tuple[int, int]] | None:
    """The sentence's words as written and in lower case, and where its predicate is (``_find_predicate``): past a
    stance opener when the words after it have one ("Tak terasa setahun sudah Laras merantau ke Kairo": "merantau"),
    else the opener's own, denied ("Tidak terasa guncangan gempa di Kota Malang": no quake felt)."""
    stripped = _stance_opener().sub("", text, count=1)
    for told in dict.fromkeys((stripped, text)):
        cased = _PIECE.findall(told)
        pieces = [p.lower() for p in cased]
        if (found := _find_predicate(pieces, cased, 0, bare)) is not None:
            return cased, pieces, found
    return None


def predication(text: str, names: frozenset[str], root: Callable[[str], str]) -> Predication | None:
    """The main predicate of a sentence's clause (``text`` from its subject on), with its subject and object: the
    first verb past the subject; past a verb of saying, the verb of what is said; a light verb's noun ("melakukan
    penangkapan": "tangkap"). ``names`` are the roots of the story's names. None when no predicate is found."""
    bare = _bare_verbs()
    if (read := _found_predicate(text, bare)) is None:
        return None
    cased, pieces, (k, clause_start) = read
    before = [w for w in pieces[max(0, k - 3) : k] if w not in _BREAKS]
    negated = any(_role(w, "negation") for w in before)
    subject_start = k - 1
    while subject_start > clause_start and k - subject_start < _SUBJECT_SPAN and pieces[subject_start - 1] not in _CLAUSE_MARKS:
        subject_start -= 1
    subject = range(subject_start, k)
    subject_names, subject_head = _slot(pieces, cased, subject, names, root)
    predicate, after = {root(pieces[k])}, k + 1
    kind = _kind_at(pieces, k)
    places = None
    if kind is not None:
        # "dikawal menuju Ashdod" is "dibawa ke pelabuhan" of the same ship: one kind of predicate is one fact
        predicate.add(_KIND + kind[0])
        places = _place_names(pieces, cased, after) if kind[1] else None
    if _role(pieces[k], "light") and (noun := _light_noun(pieces, cased, k)) is not None:
        predicate, after = {root(pieces[noun])}, noun + 1
    elif _role(pieces[k], "light") or _role(pieces[k], "support"):
        # "Penangkapan dilakukan di rumahnya", "Kebakaran terjadi pukul 02.00": the subject's noun form says what
        # (without one it says only that something took place: "Lokasi siraman akan berlangsung di ...")
        nominal = next((pieces[j] for j in subject if _NOMINAL.fullmatch(pieces[j])), None)
        if nominal is None:
            return None
        predicate = {root(nominal)}
    object_names, object_head = _slot(pieces, cased, _object_span(pieces, after), names, root)
    pronoun = any(pieces[j] in _pronouns() for j in subject)
    passive = pieces[k].startswith("di") and not _role(pieces[k], "light")
    return Predication(frozenset(predicate), negated, subject_names, object_names, subject_head, object_head, pronoun, passive, places)


def _disjoint_names(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both slots name parties, and no party of one is in the other: two parties' acts."""
    return bool(a and b) and not a & b


def _patient(p: Predication, subject: frozenset[str]) -> tuple[frozenset[str], str]:
    """The names and the head word of whom the act is done to: the object, or a passive's subject."""
    return (subject, p.subject_head) if p.passive else (p.object_names, p.object_head)


def _other_patients(a: Predication, a_subject: frozenset[str], b: Predication) -> bool:
    """Both sentences say whom the act is done to, one by a name at least, and they share nothing of it ("menemui
    korban banjir" / "menemui Presiden Macron"). (A head word alone is a weak reading, "pukul" or "darurat" after
    the verb: two heads alone never part two sentences.)"""
    (a_names, a_head), (b_names, b_head) = _patient(a, a_subject), _patient(b, b.subject_names)
    if not a_names and not b_names:
        return False
    mine, theirs = a_names or frozenset({a_head} - {""}), b_names or frozenset({b_head} - {""})
    return _disjoint_names(mine, theirs)


def _literal(predicate: frozenset[str]) -> frozenset[str]:
    """The predicate's roots without its kind ("kind:movement")."""
    return frozenset(p for p in predicate if not p.startswith(_KIND))


_KIND = "kind:"


def same_predication(a: Predication, b: Predication, inherit: bool = False) -> bool:
    """Two sentences state one fact: the same predicate, both told or both denied, and the same party in their subject
    or object (a name in both, or the same head word of each slot), naming no two different parties in a slot
    ("Polisi menangkap Budi" / "Polisi menangkap Andi" are two arrests). With ``inherit``, sentence a's pronoun subject
    ("Dia pun diperiksa ...") is sentence b's subject: a goes on from b, the sentence before it."""
    if not a.predicate & b.predicate or a.negated != b.negated:
        return False
    if a.places and b.places and not a.places & b.places:
        return False  # (one party's movements to two places: "tiba di Moskow" / "bertolak ke Minsk")
    if (a.pronoun and not inherit) or b.pronoun:
        return False  # (whom a pronoun stands for is not known here: "Ia ingin mengenal Giorgio" may be anyone's words)
    a_subject = b.subject_names if inherit and a.pronoun and not a.subject_names else a.subject_names
    (doers, done_to), (told_doers, told_done_to) = a.roles(a_subject), b.roles(b.subject_names)
    # (a passive's doer comes after its verb: "Rudi ditangkap tim Resmob" / "Polisi menangkap Rudi")
    if _disjoint_names(doers, told_doers) or _disjoint_names(done_to, told_done_to):
        return False
    # one party's one act on two others: "menemui korban" / "menemui Macron" (two verbs of one kind are read by who
    # acts alone: "memimpin skuad" / "berperan besar" have no one done to in common to part them)
    if _literal(a.predicate & b.predicate) and _other_patients(a, a_subject, b):
        return False
    if (doers | done_to) & (told_doers | told_done_to):
        return True
    if inherit and a.pronoun:
        return True
    heads = (a.subject_head, a.object_head)
    return all(heads) and heads == (b.subject_head, b.object_head)


def told_within(a: Predication, told: Collection[str], told_predication: Predication | None = None) -> bool:
    """Another sentence (``told``: its facts, the roots of its words and its names) tells sentence a's fact inside a
    longer one: a's main predicate (the verb's root, or the noun a light verb carries: "ditemukan" / "sudah
    ditemukan", "terdaftar" / "telah didaftarkan") is among its words, and so are a's named parties and whom a's act
    is done to (its object's head word too: "meluncurkan sedan hybrid" / "meluncurkan Fulwin A8, sedan plug-in
    hybrid"). Outlets write one landing, one launch, one registration around another verb than the other's
    main one ("Kabar ini muncul setelah model baru VinFast terpantau telah didaftarkan"). Not a denied predicate, nor
    one the other sentence denies, nor a pronoun's: whom "ia" stands for is not known here."""
    literal = _literal(a.predicate)
    if not any(p in told for p in literal):
        return False
    if a.negated or a.pronoun or (told_predication is not None and told_predication.negated and literal & told_predication.predicate):
        return False
    names = a.subject_names | a.object_names
    if not names or not all(n in told for n in names):
        return False  # (no party, or one the other does not name: "menangkap Budi" / "menangkap Andi")
    # (its names are told: whom it is done to must be, as a word, too: "menunjukkan ekspor China" is not "menunjukkan
    # tanda-tanda pelemahan" of China)
    _, head = _patient(a, a.subject_names)
    return not head or head in told


def told_as_a_plan(text: str, predicate: frozenset[str], root: Callable[[str], str]) -> bool:
    """Whether every word of ``text`` that carries one of the predicate's roots stands after a word of plan or aim (role
    plan of ``summary_predicate_words.tsv``, modifiers between allowed: "akan segera meluncurkan", "untuk
    meluncurkan"): the act told as ahead, not done. False when no word carries it."""
    return _all_after(text, predicate, root, "plan")


def told_aside(text: str, predicate: frozenset[str], root: Callable[[str], str]) -> bool:
    """Whether every word of ``text`` that carries one of the predicate's roots stands after a relative or an "as well
    as" (role aside of ``summary_predicate_words.tsv``, modifiers between allowed): a party's standing told on the way
    to another main act ("Gunung Raung yang berada di perbatasan ... kembali erupsi", "Selain dikenal di dunia
    keagamaan, Gus Fahrur juga menjabat sebagai Komisaris ..."), not that fact told again. False when no word carries it."""
    return _all_after(text, predicate, root, "aside")


def _all_after(text: str, predicate: frozenset[str], root: Callable[[str], str], role: str) -> bool:
    """Every word of ``text`` carrying one of the predicate's roots follows a word of ``role``; some word carries one."""
    literal = _literal(predicate)
    pieces = [p.lower() for p in _PIECE.findall(text)]
    at = [k for k, piece in enumerate(pieces) if root(piece) in literal]
    return bool(at) and all(_after(pieces, k, role) for k in at)


def _after(pieces: list[str], k: int, role: str) -> bool:
    """The word at ``k`` follows a word of ``role``, past any modifiers ("akan segera", "untuk kembali", "yang sempat")."""
    j = k - 1
    while j >= 0 and _role(pieces[j], "modifier") and not _role(pieces[j], role):
        j -= 1
    return j >= 0 and _role(pieces[j], role)
