"""Facts of a sports match that sources give differently: a goal's minute, the player a substitute
replaced, a chance's minute, the kick-off time.

A story's articles are read as reports of one match only when their headlines and leads name the same
two teams ("Jepang vs Indonesia"); a story naming several pairings (a matchday round-up, last week's
game) gives no match conflict. Each report's body is read for its goals (scorer and minute as written:
"51", "45+6"), its substitutions (who came on, who went off) and the hour it dates the match at. The
same fact told differently by two sources is a conflict of kind "match"; one source never conflicts
with itself, and a near-duplicate copy is its original's source. A headline that reports a played match's
result ("Indonesia Pukul Thailand 3-2", "Hasil PSG vs Botafogo") names that match only (``headline_result``):
the clustering keeps it apart from another pairing of the same team. Words and phrases come from
lang/id/match_facts.tsv.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from telisik.lang import lower_word_list, table
from telisik.pages.dates import alternation
from telisik.records.stories import Conflict
from telisik.stories.article import StoryArticle, fact_field
from telisik.stories.cutoffs import sentence_start
from telisik.text import fold_name

# bounded work per article: match facts sit in a report's first pages of text
_MAX_BODY = 20_000
_MAX_SENTENCE = 600
_MAX_FACTS = 60  # substitutions told in prose a page is read for: a match has a dozen
# two minutes of one scorer's goal further apart than this are two goals, not one goal told differently
_SAME_GOAL_MINUTES = 5
# the minutes a half ends at, after which added time is written "45+6", "90+2"
_HALF_ENDS = frozenset({"45", "90", "105", "120"})
# two minutes of one player's chance further apart than this are two chances
_SAME_CHANCE_MINUTES = 2
# reports of one match appear within these days of the first one
_MATCH_DAYS = 2

_NAME_WORD = r"[A-Z][\w'’-]*"
_NAME = rf"(?<![\w'’-]){_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?:van|de|der|da|dos|bin)(?=\s+[A-Z]))){{0,3}}"
_NAMES = rf"{_NAME}(?:\s*,\s*{_NAME}){{0,4}}(?:\s*,?\s+dan\s+{_NAME})?"
_MINUTE = r"\d{1,3}(?:\s*['’′]?\s*\+\s*\d{1,2})?"
_MINUTE_PATTERN = re.compile(rf"\bmenit\s+(?:ke\s*-?\s*)?({_MINUTE})(?![\d.,]\d)|(?<![\w.,])({_MINUTE})\s*['’′]", re.IGNORECASE)
_LIST_ITEM = rf"{_MINUTE}\s*['’′]?(?:\s*(?:pen|p|og|bd)\.?)?"
_GOAL_LIST = re.compile(rf"(?P<name>{_NAME})\s*\((?P<minutes>{_LIST_ITEM}(?:(?:\s*,\s*|\s+dan\s+){_LIST_ITEM}){{0,5}})\)")
_LINEUP_SUB = re.compile(rf"(?P<out>{_NAME})\s*\((?P<in>{_NAME})\s+{_MINUTE}\s*['’′]")
_RUNNING_SCORE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")
_CLOCK = re.compile(r"\d[.:]\d\d|\b(?:pukul|jam)\b", re.IGNORECASE)
_ZONE = re.compile(r"\s*(WIB|WITA|WIT|waktu setempat)\b")
_ZONE_AT_END = re.compile(r"\s(WIB|WITA|WIT|waktu setempat)\s*$")
_HOUR = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d)(?::(\d\d))?")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


@dataclass(frozen=True)
class Goal:
    """One goal as a source tells it: the scorer's name as written and the minute ("45+6")."""

    scorer: str
    minute: str
    article: str


@dataclass(frozen=True)
class Chance:
    """A chance, a save or a miss as a source tells it: the players its sentence names and the minute."""

    players: tuple[str, ...]
    minute: str
    article: str


@dataclass(frozen=True)
class Substitution:
    """Who came on and who went off, as a source tells it (a double change names two of each)."""

    came_on: tuple[str, ...]
    went_off: tuple[str, ...]
    article: str


@dataclass(frozen=True)
class KickOff:
    """The hour a source dates the match at, with its zone and whether it is a clock or a part of the day."""

    day: str
    zone: str
    clock: bool
    value: str
    article: str


# ---- language data -------------------------------------------------------------------------------


@cache
def _words(kind: str) -> tuple[str, ...]:
    """The phrases of one kind in match_facts.tsv, longest first (so "mencetak gol" wins over "mencetak")."""
    return tuple(sorted((row[1] for row in table("id", "match_facts.tsv") if row[0] == kind and len(row) > 1), key=len, reverse=True))


def _alternation(kind: str) -> str:
    return alternation(_words(kind))


@cache
def _cue(kind: str) -> re.Pattern[str]:
    """Any phrase of one kind, as whole words."""
    return re.compile(rf"(?<!\w)(?:{_alternation(kind)})(?!\w)", re.IGNORECASE)


@cache
def _scorer_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The scorer before a goal verb ("Kamada kembali mencetak gol"), the scorer after a goal lead ("gol dari Kamada")."""
    before = re.compile(rf"(?P<name>{_NAME})\s+(?:(?i:{_alternation('scorer_adverb')})\s+)?(?i:{_alternation('goal_verb')})(?!\w)")
    after = re.compile(rf"(?<!\w)(?i:{_alternation('goal_lead')})\s+(?P<name>{_NAME})")
    return before, after


@cache
def _substitution_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Who came on and who went off: "X masuk menggantikan Y", "Y digantikan oleh X", "mengganti Y dan memasukkan X"."""
    in_out = re.compile(rf"(?P<ins>{_NAMES})\s+(?i:{_alternation('sub_in_out')})\s+(?P<outs>{_NAMES})")
    out_in = re.compile(rf"(?P<outs>{_NAMES})\s+(?i:{_alternation('sub_out_in')})\s+(?P<ins>{_NAMES})")
    take_off = re.compile(
        rf"(?<!\w)(?i:{_alternation('sub_take_off')})\s+(?P<outs>{_NAMES})\s+(?i:{_alternation('sub_bring_on')})\s+(?P<ins>{_NAMES})"
    )
    return in_out, out_in, take_off


@cache
def _nicknames() -> dict[str, str]:
    """A national team's nickname (lower case) -> its country (lower case), from team_nicknames.tsv."""
    return {row[0].lower(): row[2].lower() for row in table("id", "team_nicknames.tsv") if len(row) > 2}


@cache
def _not_name_words() -> frozenset[str]:
    """Words that start no player's name: this file's, and the words news writes in lower case ("Sebuah")."""
    return (
        frozenset(w.lower() for w in _words("not_name"))
        | lower_word_list("id", "common_words.txt")
        | lower_word_list("id", "stopwords.txt")
    )


# ---- the match a story reports ----------------------------------------------------------------------


def team_key(name: str, *, left: bool = False) -> str | None:
    """The team a name beside "vs" stands for, by the word next to "vs" (a headline capitalises the words
    before a team's name too): "Timnas Indonesia" -> "indonesia", "Samurai Biru" -> "jepang", "Persib Bandung"
    -> "persib" on the right of "vs", "bandung" on its left, "Indonesia U-23" -> "indonesia u-23"."""
    text = " ".join(re.sub(r"[^\w\s'’-]", " ", name.lower()).split())
    if text in _nicknames():
        return _nicknames()[text]
    for prefix in _words("team_prefix"):
        if text.startswith(prefix.lower() + " "):
            text = text[len(prefix) + 1 :]
            break
    words = [w for w in text.split() if not re.fullmatch(r"u-?\d\d", w)]
    age = next((w if "-" in w else f"u-{w[1:]}" for w in text.split() if re.fullmatch(r"u-?\d\d", w)), None)
    particles = {w.lower() for w in _words("team_particle")}
    if not left and len(words) > 1 and words[0] in particles:
        words = [f"{words[0]} {words[1]}"]  # "Al Hilal", "Real Betis": the particle alone names no team
    word = (words[-1] if left else words[0]) if words else ""
    if not word[:1].isalpha():
        return None
    return f"{word} {age}" if age else word


def _side(words: list[str], *, left: bool) -> str | None:
    """A team's name beside "vs" in a headline: up to three capitalised words, headline words left out."""
    heads = {w.lower() for w in _words("title_head")}
    stops = {w.lower() for w in _words("title_stop")}
    picked: list[str] = []
    for word in reversed(words) if left else words:
        clean = word.strip("\"'“”‘’()")
        if not clean[:1].isupper() or clean.lower() in stops or (left and clean.lower() in heads) or len(picked) == 3:
            break
        picked.append(clean)
    if left:
        picked.reverse()
    return " ".join(picked) or None


def _versus(text: str) -> Iterator[tuple[str | None, str | None]]:
    """The two sides of each "A vs B" in a headline or lead, as written (up to three capitalised words each)."""
    for m in re.finditer(r"([^:;,|()\[\]]{1,80}?)\s+(?:vs\.?|versus|kontra)\s+([^:;,|()\[\]]{1,80})", text[:400], re.IGNORECASE):
        yield _side(m[1].split(), left=True), _side(m[2].split(), left=False)


def match_pairs(text: str) -> set[frozenset[str]]:
    """The pairs of teams of "A vs B" in a headline or lead ("Hasil Jepang Vs Indonesia: ..." -> {{jepang, indonesia}})."""
    out = set()
    for left, right in _versus(text):
        a, b = team_key(left or "", left=True), team_key(right or "")
        if a and b and a != b:
            out.add(frozenset((a, b)))
    return out


def match_sides(text: str) -> set[frozenset[str]]:
    """The two sides of each "A vs B" in a headline, as written, in lower case: "Seattle Sounders Vs Atletico Madrid"
    -> {{"seattle sounders", "atletico madrid"}} (each side whole: "Rayen Pono" and "Ahmad Dhani" keep both words, where a
    team's key, ``team_key``, keeps one word, picked by the side of "vs" it stands on)."""
    return {frozenset((left.lower(), right.lower())) for left, right in _versus(text) if left and right and left.lower() != right.lower()}


def headline_match(title: str) -> frozenset[str]:
    """The two sides of the one match a sports headline names ("Hasil PSG Vs Botafogo 0-1"): one with a sport cue or a
    score; empty for a headline naming none, several, or a "vs" of another kind ("Ekonomi Iran vs Israel")."""
    sides = match_sides(title)
    if len(sides) != 1 or not (_cue("sport_cue").search(title) or _RUNNING_SCORE.search(title)):
        return frozenset()
    return next(iter(sides))


# a round's roundup names this many countries in one list of its headline: a match report names two
_ROUNDUP_TEAMS = 3


def headline_roundup(title: str) -> bool:
    """Whether a sports headline tells a round, not one match: it names two pairings of no team in common ("Jepang vs
    Indonesia, Arab vs Australia"), or lists three countries or more ("Skor Italia - Kroasia - Belgia - Norwegia"), or
    two as the ends of a list ("Italia hingga Belanda Beraksi"), or tells the next stage's draw ("Drawing Putaran 4
    Kualifikasi": a ``draw_cue`` and no pairing), with a sport cue or a score. A roundup, a matchday's schedule or a
    draw is no report of any one of its matches."""
    head = title[:400]
    if not (_cue("sport_cue").search(head) or _RUNNING_SCORE.search(head)):
        return False
    pairs = [{word for side in pair for word in side.split()} for pair in match_sides(head)]
    if not pairs and headline_draw(head):
        return True  # the next stage's draw or opponents: a round, not the match just played
    if any(a.isdisjoint(b) for a, b in itertools.combinations(pairs, 2)):
        return True
    from telisik.stories.event_names import country_keys  # (the entity stage's countries, loaded once)

    listed, ranged = _longest_country_list(fold_name(head).split(), country_keys())
    return listed >= _ROUNDUP_TEAMS or ranged or _counts_a_round(head, country_keys())


def _counts_a_round(head: str, countries: frozenset[str]) -> bool:
    """Whether a sports headline counts a round's teams ("Jadwal Bola 9 Tim ASEAN Hari Ini"), counts the matches of a
    group of teams ("Dominasi Klub Brasil: Belum Terkalahkan dalam 6 Laga"), or names a matchday and no one match
    ("Klasemen-Jadwal Zona Asia di Matchday 10"); a headline reporting one match's result is that match's report,
    whatever else it counts; a count of matches a schedule or results headline lists ("Jadwal Enam Laga Piala Dunia
    Antarklub") is a round's too. Counts are digits or number words. Words come from match_facts.tsv
    (``team_count_noun``, ``match_count_noun``, ``group_noun``, ``region_group_noun``, ``team_region``, ``round_label``,
    ``round_list_cue``, ``form_count_cue``)."""
    if headline_result(head):
        return False
    if any(_count_value(m[1]) >= _ROUNDUP_TEAMS for m in _counted("team_count_noun").finditer(head)):
        return True
    matches = [m for m in _counted("match_count_noun").finditer(head) if _count_value(m[1]) >= 2]
    if matches and (_names_a_group(head, countries) or any(_listed_count(head, m) for m in matches)):
        return True
    return bool(_round_label().search(head)) and not match_sides(head)


@cache
def _count_words() -> dict[str, int]:
    """The number words a headline counts teams or matches in ("enam laga", "sembilan tim", "dua belas klub"), by value
    (``numbers.tsv``: its digits and whole words, and a digit before "belas")."""
    rows = [row for row in table("id", "numbers.tsv") if len(row) > 2]
    whole = {word: int(value) for word, kind, value, *_ in rows if kind in ("digit", "word") and value.isdigit()}
    tens = [(word, int(value)) for word, kind, value, *_ in rows if kind == "teen"]  # "belas": ten more
    teens = {f"{word} {teen}": whole[word] + value for word, kind, *_ in rows if kind == "digit" for teen, value in tens}
    return {**whole, **teens}


def _count_value(count: str) -> int:
    """A count as written in a headline, digits or words ("6", "enam", "Dua Belas"); 0 for none read."""
    return int(count) if count.isdigit() else _count_words().get(" ".join(count.lower().split()), 0)


@cache
def _counted(kind: str) -> re.Pattern[str]:
    """A number, in digits or in words, right before a noun of one kind ("9 Tim", "6 Laga", "Enam Laga"), the number
    as group 1."""
    number = rf"\d{{1,3}}|{alternation(_count_words())}"
    return re.compile(rf"(?<![\w.,])({number})\s+(?:{_alternation(kind)})(?!\w)", re.IGNORECASE)


def _listed_count(head: str, count: re.Match[str]) -> bool:
    """Whether a count of matches is what a schedule or results headline lists ("Jadwal 6 Laga ...", "Hasil Enam Laga
    ..."): a ``round_list_cue`` right before it, and no ``form_count_cue`` after it (one team's "5 Laga Terakhir" is its
    form before its next match)."""
    before, after = head[: count.start()], head[count.end() :]
    return bool(_list_cue_before().search(before)) and not _form_after().match(after)


@cache
def _list_cue_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation('round_list_cue')})\s*:?\s*$", re.IGNORECASE)


@cache
def _form_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alternation('form_count_cue')})(?!\w)", re.IGNORECASE)


@cache
def _round_label() -> re.Pattern[str]:
    """A matchday's label and its number ("Matchday 10", "Pekan 15")."""
    return re.compile(rf"(?<!\w)(?:{_alternation('round_label')})\s+\d{{1,2}}(?!\w)", re.IGNORECASE)


def _names_a_group(head: str, countries: frozenset[str]) -> bool:
    """Whether a headline names several teams by where they come from: a ``group_noun`` before a country or a region
    ("Klub Brasil", "Wakil Eropa"), or a ``region_group_noun`` before a region ("Tim Amerika Latin")."""
    words = fold_name(head).split()
    regions = frozenset(_words("team_region"))
    group = frozenset(fold_name(w) for w in _words("group_noun"))
    region_group = frozenset(fold_name(w) for w in _words("region_group_noun"))
    for at, word in enumerate(words):
        after = [" ".join(words[at + 1 : at + 1 + size]) for size in (3, 2, 1)]
        if word in group and any(name in countries or name in regions for name in after):
            return True
        if word in region_group and any(name in regions for name in after):
            return True
    return False


def headline_draw(title: str) -> bool:
    """Whether a headline tells the next stage's draw or its likely opponents (a ``draw_cue``: "Drawing Putaran 4",
    "Calon Lawan Timnas"), not a matchday's results or schedule (a roundup of another kind: ``headline_roundup``)."""
    head = title[:400]
    return bool(_cue("draw_cue").search(head)) and not match_sides(head)


def _longest_country_list(words: Sequence[str], countries: frozenset[str]) -> tuple[int, bool]:
    """How many countries the longest list in a headline's folded words names, and whether two countries stand as the
    ends of a list ("italia hingga belanda": a ``range_joiner`` between them). Names are read left to right, the longest
    first at each word ("korea selatan", not "korea"); a list goes on while no word but one ``list_joiner`` stands
    between two ("italia kroasia belgia", "jepang vs indonesia"; a next opponent named later, "... lawan pakistan", is
    no part of it)."""
    joiners, range_joiners = frozenset(_words("list_joiner")), frozenset(_words("range_joiner"))
    longest = run = 0
    joined = ranged = False  # whether the word before is a country, or a joiner right after one: the list goes on
    at = 0
    while at < len(words):
        name = next((" ".join(words[at : at + size]) for size in (3, 2, 1) if " ".join(words[at : at + size]) in countries), None)
        if name:
            ranged = ranged or (run > 0 and joined and words[at - 1] in range_joiners)
            run = run + 1 if joined else 1
            longest, joined = max(longest, run), True
            at += len(name.split())
            continue
        joined = joined and words[at] in joiners | range_joiners and words[at - 1] not in joiners | range_joiners
        at += 1
    return longest, ranged


@cache
def _beat_pattern() -> re.Pattern[str]:
    """A winner, a beat verb and a loser in a headline: "Timnas Voli Putra Indonesia Pukul Thailand 3-2"."""
    return re.compile(rf"([^:;,|()\[\]]{{1,80}}?)\s+(?:{_alternation('beat_verb')})\s+([^:;,|()\[\]]{{1,80}})", re.IGNORECASE)


def headline_result(title: str) -> frozenset[str]:
    """The two sides of the match whose result a sports headline reports, as ``headline_match`` writes them: its one
    "A vs B" with a result word or a score ("Hasil Indonesia vs Bahrain: Kalah 0-3"), or a winner, a beat verb, a
    loser and a score ("Indonesia Pukul Thailand 3-2"); empty for a preview, a schedule or a live page ("Jadwal ...")."""
    if _cue("not_report").search(title):
        return frozenset()
    scored = _RUNNING_SCORE.search(title)
    sides = headline_match(title)
    if sides:
        return sides if scored or _cue("result_cue").search(title) else frozenset()
    if not scored:
        return frozenset()
    for m in _beat_pattern().finditer(title[:400]):
        left, right = _side(m[1].split(), left=True), _side(m[2].split(), left=False)
        if left and right and left.lower() != right.lower():
            return frozenset((left.lower(), right.lower()))
    return frozenset()


def _lead(article: StoryArticle) -> str:
    return f"{article.title or ''}. {article.body[:400]}"


def _names_team(text: str, key: str) -> bool:
    """Whether a headline or lead names a team, by its own name or its nickname."""
    lowered = text.lower()
    if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", lowered):
        return True
    return any(country == key and nick in lowered for nick, country in _nicknames().items())


def _is_report(article: StoryArticle, pair: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    """Whether an article reports the match of ``pair``: its headline or lead names both teams and no other
    pairing, with a sport cue or a score; previews, schedules and tables are no reports."""
    lead = _lead(article)
    own = match_pairs(article.title or "") | match_pairs(article.body[:400])
    sporting = _cue("sport_cue").search(lead) or _RUNNING_SCORE.search(lead)
    if own - {pair} or _cue("not_report").search(article.title or "") or not sporting:
        return False
    if not own and any(all(_names_team(lead, key) for key in other) for other in others if other != pair):
        return False  # names the teams of two pairings: which match it tells is not known
    return all(_names_team(lead, key) for key in pair)


def _reports(articles: Sequence[StoryArticle], pair: frozenset[str], others: Iterable[frozenset[str]]) -> list[StoryArticle]:
    """The articles that report one match (``_is_report``), within a few days of the first report."""
    others = list(others)
    reports = [a for a in articles if _is_report(a, pair, others)]
    days = [a.day for a in reports if a.day]
    first = min(days) if days else None
    return [a for a in reports if a.day is None or first is None or a.day - first <= timedelta(days=_MATCH_DAYS)]


def match_reports(articles: Sequence[StoryArticle]) -> list[tuple[frozenset[str], list[StoryArticle]]]:
    """Each match a story's articles report ("A vs B" in a headline or lead) and the articles that report
    it. An article naming several pairings (a round-up, a schedule) reports none of them."""
    pairs = [p for a in articles if len(p := match_pairs(a.title or "") | match_pairs(a.body[:400])) == 1]
    distinct = {next(iter(p)) for p in pairs}
    return [(pair, _reports(articles, pair, distinct)) for pair in sorted(distinct, key=sorted)]


# ---- reading one report --------------------------------------------------------------------------


def _sentences(article: StoryArticle) -> list[str]:
    body = article.body[:_MAX_BODY]
    parts = [body[start:end] for start, end in article.sentence_spans if 0 <= start < end <= len(body)] or _SENTENCE_END.split(body)
    return [p[:_MAX_SENTENCE] for part in parts for p in part.split("\n") if p.strip()]


def player_name(text: str, teams: frozenset[str]) -> str | None:
    """A player's name as written, its leading non-name words left out ("Namun Kamada" -> "Kamada");
    None for a team, a nickname or a word that starts no name."""
    words = text.split()
    while words and words[0].lower().strip(".") in _not_name_words():
        words.pop(0)
    name = " ".join(words).strip(".")
    team_words = {w for key in teams for w in key.split()}
    if not name or name.lower() in _nicknames() or team_words & set(name.lower().split()):
        return None
    return name


def _minute(text: str) -> str:
    """A minute as written, without spaces or a quote before the added time ("45'+4" -> "45+4")."""
    return re.sub(r"[\s'’′]+", "", text)


def minute_value(minute: str) -> int:
    """The minute of play a minute as written stands for: "45+6" -> 51."""
    base, _, added = minute.partition("+")
    return int(base) + (int(added) if added else 0)


def _tells_a_goal(sentence: str) -> bool:
    """A goal cue or a running score, and no chance, card or other match."""
    if _cue("not_goal").search(sentence) or _another_time(sentence, frozenset()) or "kartu" in sentence.lower():
        return False
    return bool(_cue("goal_cue").search(sentence) or _RUNNING_SCORE.search(sentence))


def _prose_goal(sentence: str, teams: frozenset[str]) -> list[tuple[str, str]]:
    """(scorer, minute) of a goal told in prose: one minute, and one scorer in its clause."""
    minutes = {_minute(m[1] or m[2]) for m in _MINUTE_PATTERN.finditer(sentence)}
    if len(minutes) != 1:
        return []
    clause = next(c for c in _cue("clause_break").split(sentence) if _MINUTE_PATTERN.search(c))
    before, after = _scorer_patterns()
    scorers = {name for p in (before, after) for m in p.finditer(clause) if (name := player_name(m["name"], teams))}
    return [(scorers.pop(), minutes.pop())] if len(scorers) == 1 else []


def _goal_in_sentence(sentence: str, teams: frozenset[str]) -> list[tuple[str, str]]:
    """(scorer, minute) of the goals one sentence tells: a name's list of minutes, else one goal in prose."""
    if not _tells_a_goal(sentence):
        return []
    # "(15', 45+6)" after a name lists its goals; "(2)" counts them and gives no minute
    lists = [(m["name"], m["minutes"]) for m in _GOAL_LIST.finditer(sentence) if re.search(r"['’′+]", m["minutes"])]
    if lists:
        return [(name, _minute(mm)) for raw, minutes in lists if (name := player_name(raw, teams)) for mm in re.findall(_MINUTE, minutes)]
    return _prose_goal(sentence, teams)


@cache
def _finisher() -> re.Pattern[str]:
    """The scorer after a finish: "sundulan Kolo Muani", "ditanduk oleh Kolo Muani"."""
    return re.compile(rf"(?<!\w)(?i:{alternation(_words('finish_noun') + _words('finish_passive'))})\s+(?:(?i:oleh)\s+)?(?P<name>{_NAME})")


def untimed_goal(sentence: str, teams: frozenset[str]) -> tuple[Goal, ...]:
    """The goal a sentence tells in prose with no minute, by its one scorer (minute and article left empty): a finish
    and its scorer ("Tandukan Kolo Muani menembus gawang", "ditanduk oleh Kolo Muani ke pojok gawang"), the ball going
    in (``finish_mouth``), no minute (such a goal ``goals_of`` reads), no miss or save, no other match. Read for a
    story's summary, where two outlets tell one goal each in its own words."""
    if _MINUTE_PATTERN.search(sentence) or not _cue("finish_mouth").search(sentence):
        return ()
    if _cue("not_goal").search(sentence) or _cue("finish_miss").search(sentence) or _another_time(sentence, frozenset()):
        return ()
    names = dict.fromkeys(player_name(m["name"], teams) for m in _finisher().finditer(sentence))
    return (Goal(name, "", ""),) if len(names) == 1 and (name := next(iter(names))) else ()


def goals_of(article: StoryArticle, teams: frozenset[str]) -> list[Goal]:
    """The goals a report tells with their scorer and minute."""
    return [Goal(scorer, minute, article.id) for s in _sentences(article) for scorer, minute in _goal_in_sentence(s, teams)]


def chances_of(article: StoryArticle, teams: frozenset[str]) -> list[Chance]:
    """The chances a report tells with a minute: a sentence of a miss or a save ("nyaris", "melambung"),
    one minute, the players it names."""
    out = []
    for sentence in _sentences(article):
        if not _cue("not_goal").search(sentence) or _another_time(sentence, frozenset()):
            continue
        minutes = {_minute(m[1] or m[2]) for m in _MINUTE_PATTERN.finditer(sentence)}
        players = tuple(dict.fromkeys(n for m in re.finditer(_NAME, sentence) if (n := player_name(m[0], teams))))
        if len(minutes) == 1 and players:
            out.append(Chance(players, minutes.pop(), article.id))
    return out


def _split_names(text: str, teams: frozenset[str]) -> tuple[str, ...] | None:
    names = [player_name(n, teams) for n in re.split(r"\s*,\s*|\s+dan\s+", text.strip())]
    return tuple(n for n in names if n) if all(names) else None


def _during_match(body: str, start: int, end: int) -> bool:
    """Whether the sentences of a substitution told in prose tell a change during the match, not a
    preview's change of the line-up ("akan menggantikan")."""
    first = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
    stop = body.find(".", end)
    text = body[first : stop if stop >= 0 else len(body)]
    return bool(_cue("sub_cue").search(text)) and not _another_time(text, frozenset())


def substitutions_of(article: StoryArticle, teams: frozenset[str]) -> list[Substitution]:
    """The substitutions a report tells: in its prose ("X masuk menggantikan Y") and in its line-ups
    ("Daichi Kamada (Keito Nakamura 46')")."""
    body = article.body[:_MAX_BODY]
    out: list[Substitution] = []
    for pattern in _substitution_patterns():
        for m in itertools.islice(pattern.finditer(body), _MAX_FACTS):
            ins, outs = _split_names(m["ins"], teams), _split_names(m["outs"], teams)
            if ins and outs and len(ins) == len(outs) and _during_match(body, m.start(), m.end()):
                out.append(Substitution(ins, outs, article.id))
    for line in body.split("\n"):
        if ":" not in line:
            continue  # a line-up names its team first ("Jepang: Keisuke Osako, ...")
        for m in _LINEUP_SUB.finditer(line[:_MAX_BODY]):
            came_on, went_off = player_name(m["in"], teams), player_name(m["out"].split(",")[-1], teams)
            if came_on and went_off:
                out.append(Substitution((came_on,), (went_off,), article.id))
    return out


def _another_time(sentence: str, pair: frozenset[str]) -> bool:
    """Whether a sentence may date another match than ``pair``'s: a word of another time ("pekan lalu", ``other_time``),
    or a word of a plan ("akan", ``plan_time``) unless the sentence names both teams of the pair (a preview's "Timnas
    Indonesia akan menghadapi Jepang ... pukul 17.45 WIB" dates this match; "akan menghadapi Arab Saudi" the next)."""
    if _cue("other_time").search(sentence):
        return True
    return bool(_cue("plan_time").search(sentence)) and not (pair and all(_names_team(sentence, key) for key in pair))


def _sentence_from(article: StoryArticle, at: int) -> int:
    """Where the sentence holding ``body[at]`` starts: after the last ". " or new line before it, or later where the
    page's own sentences end one there (a quote closing '."', an exclamation: 'pekan lalu." Laga ...')."""
    body = article.body
    start = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at)) + 1
    return max(start, sentence_start(article, at)[0]) if article.sentence_spans else start


def kick_offs_of(article: StoryArticle, pair: frozenset[str] = frozenset()) -> list[KickOff]:
    """The hours a report dates the match at: a time in a sentence about the match, with the zone after it (or at the
    end of the time's own text: "Selasa 10 Juni 2025 pukul 17.35 WIB")."""
    body = article.body[:_MAX_BODY]
    out = []
    for t in article.timexes:
        value, start, end = fact_field(t, "value"), fact_field(t, "start"), fact_field(t, "end")
        hour = _HOUR.match(str(value or ""))
        if not hour or not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(body):
            continue
        sentence = body[_sentence_from(article, start) : body.find(".", end) if "." in body[end:] else len(body)]
        zone = _ZONE.match(body, end) or _ZONE_AT_END.search(body, start, end)
        if not zone or not _cue("match_cue").search(sentence) or _another_time(sentence, pair):
            continue
        if _cue("in_play").search(sentence):
            continue  # the hour the score stood at, told while the match ran: no kick-off
        clock = bool(_CLOCK.search(str(fact_field(t, "text") or "")))
        out.append(KickOff(hour[1], zone[1].upper(), clock, str(value), article.id))
    return out


# ---- conflicts ------------------------------------------------------------------------------------


def same_player(a: str, b: str) -> bool:
    """One name's words all within the other's ("Kamada" ~ "Daichi Kamada"; "Yakob Sayuri" !~ "Yance Sayuri")."""
    x, y = set(a.lower().split()), set(b.lower().split())
    return x <= y or y <= x


def _players(names: Iterable[str]) -> dict[str, str]:
    """Each name -> the fullest name of its player; a name that fits two players ("Sayuri") is left out."""
    distinct = set(names)
    fullest: list[str] = []
    for name in sorted(distinct, key=lambda n: (-len(n.split()), n)):
        if not any(same_player(name, f) for f in fullest):
            fullest.append(name)
    out = {}
    for name in distinct:
        fits = [f for f in fullest if same_player(name, f)]
        if len(fits) == 1:
            out[name] = fits[0]
    return out


def close_minutes(a: str, b: str) -> bool:
    """Whether two minutes may tell one goal: a few minutes apart ("45+6" is the 51st minute), or the end of
    a half and a minute of its added time ("45" for "45+6")."""
    if abs(minute_value(a) - minute_value(b)) <= _SAME_GOAL_MINUTES:
        return True
    bare, added = sorted((a, b), key=lambda m: "+" in m)
    return half_end_shorthand(bare, added)


def half_end_shorthand(bare: str, added: str) -> bool:
    """Whether a minute is a half's end written bare for a minute of that half's added time: "45" for "45+6"."""
    return "+" not in bare and "+" in added and added.partition("+")[0] == bare and bare in _HALF_ENDS


def _without_half_end(minutes: Sequence[str]) -> list[str]:
    """One goal's minutes without a half's end written bare when another source gives that half's added time: "45" in a
    list of scorers ("Kamada (15' dan 45')") is the shorthand of "45+6", the same minute told less exactly, no
    disagreement; "51" against "45+6" still is one."""
    return [m for m in minutes if not any(half_end_shorthand(m, o) for o in minutes)]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _told_apart(minutes: dict[str, set[str]], close: Callable[[str, str], bool] = close_minutes) -> list[list[str]]:
    """One scorer's minutes (-> the sources giving each) grouped into goals: close minutes that no source
    gives both of are one goal told differently ("51" and "45+6"); a source giving two minutes told two goals."""
    goals: list[list[str]] = []
    for minute in sorted(minutes, key=lambda m: (minute_value(m), m)):
        last = goals[-1] if goals else None
        if last and close(last[-1], minute) and not any(minutes[minute] & minutes[m] for m in last):
            last.append(minute)
        else:
            goals.append([minute])
    return goals


def goal_conflicts(goals: Sequence[Goal], source: Mapping[str, str]) -> list[Conflict]:
    """The same scorer's goal given with different minutes by different sources."""
    fullest = _players(g.scorer for g in goals)
    by_player: dict[str, dict[str, set[str]]] = {}
    articles: dict[tuple[str, str], list[str]] = {}
    for g in goals:
        if g.scorer in fullest:
            by_player.setdefault(fullest[g.scorer], {}).setdefault(g.minute, set()).add(source[g.article])
            ids = articles.setdefault((fullest[g.scorer], g.minute), [])
            if g.article not in ids:
                ids.append(g.article)
    out = []
    for player, minutes in by_player.items():
        told = _told_apart(minutes)
        for n, goal in enumerate(told, 1):
            goal = _without_half_end(goal)
            if len(goal) > 1:
                which = f"{player}'s {_ordinal(n)} goal" if len(told) > 1 else f"{player}'s goal"
                out.append(Conflict(about=f"minute of {which}", kind="match", values={m: articles[(player, m)] for m in goal}))
    return out


def _comparable(chances: Sequence[Chance]) -> bool:
    """Whether the sentences of chances may tell one chance: each names players all named by the other, or
    the reverse ("Nakamura" and "Audero ... Nakamura"), never two different shooters."""

    def within(a: Chance, b: Chance) -> bool:
        return all(any(same_player(p, q) for q in b.players) for p in a.players)

    return all(within(a, b) or within(b, a) for i, a in enumerate(chances) for b in chances[i + 1 :])


def chance_conflicts(chances: Sequence[Chance], source: Mapping[str, str]) -> list[Conflict]:
    """The same player's chance told at a different minute (a minute or two apart) by different sources."""
    fullest = _players(p for c in chances for p in c.players)
    out: dict[str, Conflict] = {}
    for player in dict.fromkeys(fullest.values()):
        naming = [c for c in chances if any(fullest.get(p) == player for p in c.players)]
        minutes: dict[str, set[str]] = {}
        for c in naming:
            minutes.setdefault(c.minute, set()).add(source[c.article])
        for told in _told_apart(minutes, lambda a, b: abs(minute_value(a) - minute_value(b)) <= _SAME_CHANCE_MINUTES):
            group = [c for c in naming if c.minute in told]
            if len(told) < 2 or not _comparable(group):
                continue
            values = {m: list(dict.fromkeys(c.article for c in group if c.minute == m)) for m in told}
            out.setdefault(str(sorted(values.items())), Conflict(about=f"minute of {player}'s chance", kind="match", values=values))
    return list(out.values())


def _all_among(names: Sequence[str], others: Sequence[str]) -> bool:
    return all(any(same_player(a, b) for b in others) for a in names)


def _not_among(names: Sequence[str], others: Sequence[str]) -> list[str]:
    return [n for n in names if not any(same_player(n, m) for m in others)]


def _went_off_instead(ours: Substitution, theirs: Sequence[Substitution]) -> tuple[str, str] | None:
    """(the player our source has going off, the one their source has instead) where both sources tell
    the same players coming on and differ in one player going off."""
    matched = [s for s in theirs if any(same_player(a, b) for a in s.came_on for b in ours.came_on)]
    their_on = [n for s in matched for n in s.came_on]
    if not matched or not (_all_among(ours.came_on, their_on) and _all_among(their_on, ours.came_on)):
        return None
    their_off = [n for s in matched for n in s.went_off]
    only_ours, only_theirs = _not_among(ours.went_off, their_off), _not_among(their_off, ours.went_off)
    return (only_ours[0], only_theirs[0]) if len(only_ours) == 1 and len(only_theirs) == 1 else None


def substitution_conflicts(subs: Sequence[Substitution], source: Mapping[str, str]) -> list[Conflict]:
    """The same players coming on told with a different player going off by different sources."""
    by_source: dict[str, list[Substitution]] = {}
    for s in subs:
        by_source.setdefault(source[s.article], []).append(s)
    found: dict[str, dict[str, list[str]]] = {}
    for ours_source, ours in by_source.items():
        for theirs_source, theirs in by_source.items():
            if ours_source == theirs_source:
                continue
            for sub in ours:
                pair = _went_off_instead(sub, theirs)
                if not pair:
                    continue
                on = " and ".join(sub.came_on)
                about = f"player replaced by {on}" if len(sub.came_on) == 1 else f"player taken off when {on} came on"
                values = found.setdefault(about, {})
                givers = {pair[0]: [sub.article], pair[1]: [t.article for t in theirs if pair[1] in t.went_off]}
                for name, ids in givers.items():
                    key = next((k for k in values if same_player(k, name)), name)
                    values.setdefault(key, []).extend(i for i in ids if i not in values.get(key, []))
    return [Conflict(about=about, kind="match", values=values) for about, values in found.items() if _distinct_players(values)]


def _distinct_players(values: Mapping[str, list[str]]) -> bool:
    names = list(values)
    return len(names) >= 2 and all(not same_player(a, b) for i, a in enumerate(names) for b in names[i + 1 :])


def kick_off_conflicts(kick_offs: Sequence[KickOff], source: Mapping[str, str], teams: str) -> list[Conflict]:
    """The match dated at different hours by different sources, in the same zone and the same way
    (clock against clock, part of the day against part of the day, far enough apart)."""
    per_source: dict[tuple[str, str, bool, str], set[str]] = {}
    for k in kick_offs:
        per_source.setdefault((k.day, k.zone, k.clock, source[k.article]), set()).add(k.value)
    values: dict[tuple[str, str, bool], dict[str, list[str]]] = {}
    for k in kick_offs:
        if len(per_source[(k.day, k.zone, k.clock, source[k.article])]) == 1:  # a source giving two hours is no witness
            ids = values.setdefault((k.day, k.zone, k.clock), {}).setdefault(k.value, [])
            if k.article not in ids:
                ids.append(k.article)
    out = []
    for (_, zone, clock), given in values.items():
        if not clock:
            given = _far_parts_of_day(given)
        if len(given) > 1:
            # a story can give both (clocks in previews, parts of the day in reports): each conflict is named apart
            about = f"kick-off clock time of {teams} ({zone})" if clock else f"kick-off time of {teams} ({zone})"
            if not clock:
                about += f": parts of the day {_parts_named(given)}"
            out.append(Conflict(about=about, kind="match", values=dict(sorted(given.items()))))
    return out


@cache
def _part_of_day_spans() -> dict[int, tuple[str, int, int]]:
    """The TIMEX hour of a part of the day -> its word and the first and last clock hours it covers: "02" -> ("dini hari",
    0, 4). The hour is the one ``parts_of_day.tsv`` gives the word (the table the timexes are read by), the span
    ``part_of_day_spans.tsv``'s."""
    hours = {r[0]: int(r[1]) for r in table("id", "parts_of_day.tsv") if len(r) > 1}
    spans = (r for r in table("id", "part_of_day_spans.tsv") if len(r) > 2 and r[0] in hours)
    return {hours[r[0]]: (r[0], int(r[1]), int(r[2])) for r in spans}


def _parts_overlap(a: int, b: int) -> bool:
    """Whether two parts of the day (by their TIMEX hours) can be one moment: their spans meet ("subuh" and "pagi" at
    five; "sore" and "petang"). A part the table does not know is taken as its hour alone."""
    spans = _part_of_day_spans()
    first_a, last_a = spans[a][1:] if a in spans else (a, a)
    first_b, last_b = spans[b][1:] if b in spans else (b, b)
    return first_a <= last_b and first_b <= last_a


def _far_parts_of_day(given: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """The parts of the day (values "2025-06-10T15") that disagree with another one: they cannot overlap
    (``_parts_overlap``). "petang" fits both "sore" and "malam", so it is in no disagreement; "sore" against "malam"
    is one, and so is "dini hari" against "pagi"."""
    hour = {v: int(v[11:13]) for v in given}  # values matched _HOUR: "2025-06-10T19"
    return {v: ids for v, ids in given.items() if any(not _parts_overlap(hour[v], hour[o]) for o in given)}


def _parts_named(values: Iterable[str]) -> str:
    """The words of the parts of the day the values stand for ("dini hari, pagi"): a value's hour is the convention
    of TIMEX for the word, not a time any report gave."""
    spans = _part_of_day_spans()
    return ", ".join(spans[h][0] if h in spans else f"{h:02d}" for h in sorted({int(v[11:13]) for v in values}))


def match_conflicts(articles: Sequence[StoryArticle], sources: Mapping[str, str]) -> list[Conflict]:
    """The match facts (goal and chance minutes, substitutions, kick-off) different sources give differently."""
    out = []
    for pair, reports in match_reports(articles):
        source = {a.id: sources.get(a.id, a.id) for a in reports}
        if len(set(source.values())) < 2:
            continue
        teams = " vs ".join(sorted(pair))
        goals = [g for a in reports for g in goals_of(a, pair)]
        subs = [s for a in reports for s in substitutions_of(a, pair)]
        kick_offs = [k for a in reports for k in kick_offs_of(a, pair)]
        chances = [c for a in reports for c in chances_of(a, pair)]
        out += kick_off_conflicts(kick_offs, source, teams) + goal_conflicts(goals, source) + substitution_conflicts(subs, source)
        out += chance_conflicts(chances, source)
    return out
