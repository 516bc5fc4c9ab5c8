"""Cues read around an event in its article's text: the clock time its clause gives, whether it is told as another
happening's backdrop ("akibat serangan ..."), whether its date is its telling's ("disampaikan ... kepada wartawan,
Senin"), whether a trip is told only as where a statement was made ("dikatakan Tito saat menghadiri ..."), and which
numbered part of a roundup it is told in ("Kecelakaan kedua ..."). Split from ``timeline`` so that it holds the
grouping of a story's events."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from telisik.lang import lower_word_list, mapping, table, words_by_role
from telisik.pages.dates import alternation
from telisik.stories.article import StoryArticle, fact_field
from telisik.stories.cutoffs import is_running_total
from telisik.stories.event_names import CLOCK, HAPPENINGS, day_value


@cache
def _clause_breaks() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, lower_word_list("id", "clause_breaks.txt")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b|[;!?]", re.IGNORECASE)


@cache
def _cue_ending(file: str) -> re.Pattern[str]:
    """A word of a ``lang/id`` list ending a text, with at most one word after it ("yang biasanya pukul", "akibat adanya")."""
    cues = alternation(lower_word_list("id", file))
    return re.compile(rf"(?<!\w)(?:{cues})\s+(?:\w+\s+)?$" if cues else r"(?!)")


# the hour and minute a time expression read as the minute and second of a clock written with seconds leave before it
# ("pukul 04:17:32" read as 17:32): the digits and the separator just before the expression
_HOUR_BEFORE = re.compile(r"(?<![\d.:])(\d{1,2})[.:]$")


def _with_seconds(body: str, start: int, value: str) -> str:
    """A clock value read where the text writes it with seconds ("04:17:32 WIB", "06.15.07 WIB"): a time expression of
    "17:32" that two digits and a colon precede is the minute and second of 04:17, which the value is made; other values
    are kept."""
    hour = _HOUR_BEFORE.search(body[max(0, start - 3) : start])
    if not hour or int(hour[1]) > 23:
        return value
    day, _, clock = value.partition("T")
    return f"{day}T{int(hour[1]):02d}:{clock[:2]}"


def _habitual(before: str) -> bool:
    """Whether the text before a clock time makes it a habit ("yang biasanya pukul 06.00"), not this happening's time."""
    return bool(_cue_ending("habitual_words.txt").search(before.lower()))


def clause_clock(article: StoryArticle, event: Any, reach: int = 160) -> str | None:
    """The clock time told with an event: a time expression of the day's hour and minute in the
    trigger's sentence, at most ``reach`` characters away, with no clause of another moment between
    and no word of a habit before it (``habitual_words.txt``); a clock written with seconds is its hour and minute
    (``_with_seconds``)."""
    start = fact_field(event, "start")
    if not isinstance(start, int) or fact_field(event, "in") == "caption":
        return None
    low, high, sentence_end = max(0, start - reach), start + reach, len(article.body)
    if (span := sentence_span(article, start)) is not None:
        low, high, sentence_end = max(low, span[0]), min(high, span[1]), span[1]
    best: tuple[int, str] | None = None
    for t in article.timexes:
        t_start, t_end, value = fact_field(t, "start"), fact_field(t, "end"), fact_field(t, "value")
        if not (isinstance(t_start, int) and isinstance(t_end, int) and isinstance(value, str) and CLOCK.fullmatch(value)):
            continue
        if not low <= t_start <= high or t_end > sentence_end or _habitual(article.body[max(low, t_start - 20) : t_start]):
            continue
        between = article.body[min(t_end, start) : max(t_start, start)]
        distance = abs(t_start - start)
        if not _clause_breaks().search(between) and (best is None or distance < best[0]):
            best = (distance, _with_seconds(article.body, t_start, value))
    return best[1] if best else None


def is_backdrop(article: StoryArticle, event: Any, reach: int = 40) -> bool:
    """Whether an event is told as another happening's backdrop: its trigger right after a cue of ``backdrop_cues.txt``
    ("turun akibat serangan mendadak Israel", "pasca serangan udara Israel ke Iran")."""
    start = fact_field(event, "start")
    if not isinstance(start, int) or fact_field(event, "in") == "caption" or fact_field(event, "type") not in HAPPENINGS:
        return False
    trigger = str(fact_field(event, "trigger") or "").lower()
    if trigger.startswith("pasca"):
        return True  # "pascaserangan": the cue glued to the trigger
    return bool(_cue_ending("backdrop_cues.txt").search(article.body[max(0, start - reach) : start].lower()))


@cache
def _telling_verb() -> re.Pattern[str]:
    """A verb of telling (``speech_verbs.tsv``: "kata", "disampaikan", "menjelaskan") or a telling's addressee ("kepada
    wartawan"). A short verb that follows what it tells ("kata", "lanjut", "jelas") counts only where it tags it, right
    after a comma or a closing quote ("..., kata Kapolsek"): elsewhere it is a noun or an adverb ("pemeriksaan lebih
    lanjut", "dengan kata lain")."""
    rows = table("id", "speech_verbs.tsv")
    after = alternation(row[0] for row in rows if row[1:2] == ("after",))
    others = alternation(row[0] for row in rows if row[1:2] in (("passive",), ("reported",)))
    return re.compile(
        rf"(?i:[,\"”]\s*(?:{after})(?:nya)?(?![\w-])|(?<![\w-])(?:{others})(?:nya)?(?![\w-])"
        rf"|(?<![\w-])kepada\s+(?:wartawan|awak\s+media|media)(?![\w-]))"
    )


def dated_by_its_telling(article: StoryArticle, event: Any) -> bool:
    """Whether an act's or a happening's date follows, in its sentence, a verb that tells it ("Penangkapan terhadap
    Dimas disampaikan oleh Kapolrestabes ... kepada wartawan, Senin (9/6)"): the day is the telling's, and the arrest's
    is not given (a statement's day is its telling's: the caller asks this of acts and happenings only)."""
    end, span = fact_field(event, "end"), fact_field(event, "when_span")
    if not isinstance(end, int):
        return False
    if not (isinstance(span, list | tuple) and len(span) == 2 and isinstance(span[0], int)) or span[0] <= end:
        return False
    between = article.body[end : span[0]]
    return not re.search(r"[.!?]\s", between) and bool(_telling_verb().search(between))


@cache
def viewing_dated() -> re.Pattern[str]:
    """A viewing cue, a medium that holds what was posted or aired (``viewing_media.txt``), at most two words after the
    cue, and a comma ending a text ("Dilihat dari FYP Trans7, Senin (", "Dilihat dari unggahan akun Instagram ..., Senin
    (", ``viewing_cues.txt``): the date that follows is the day the writer saw it. What is watched live ("Disaksikan
    dari lokasi, Senin", "Dipantau dari Pos Pengamatan Gunung Api Semeru, Senin") names no such medium: its day is the
    happening's."""
    cues = alternation(lower_word_list("id", "viewing_cues.txt"))
    media = alternation(lower_word_list("id", "viewing_media.txt"))
    return re.compile(rf"(?<![\w-])(?i:{cues})\s+(?:\w+\s+){{0,2}}?(?i:{media})(?![\w-])[^,.;\n]{{0,50}},\s*(?:[A-Za-z]+,?\s*)?\(?$")


# how far before a date its viewing cue and the medium may stand
_VIEWING_REACH = 90


def dated_by_its_viewing(article: StoryArticle, event: Any) -> bool:
    """Whether an event is dated by the day the writer saw it told ("Dilihat dari FYP Trans7, Senin (9/6/2025), Mama Ida
    membenarkan Raffi Ahmad memborong 50 ekor kambing", ``viewing_cues.txt``): the day is the viewing's, and the
    confirmation's (aired before) or the purchase's is not given. Better no day than the viewer's."""
    span = fact_field(event, "when_span")
    if not (isinstance(span, list | tuple) and len(span) == 2 and isinstance(span[0], int)):
        return False
    return bool(viewing_dated().search(article.body, max(0, span[0] - _VIEWING_REACH), span[0]))


@cache
def _setting_cue() -> re.Pattern[str]:
    """A cue of a statement's setting ending a text, one word at most after it ("saat", "di sela-sela", ``statement_setting_cues.txt``)."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'statement_setting_cues.txt'))})\s+(?:\w+\s+)?$")


def told_as_statement_setting(event: Any) -> bool:
    """Whether a visit is told only as where a statement was made ("Hal tersebut dikatakan Tito saat menghadiri acara
    Musrenbang", "kata Wabup Rizal saat meninjau"): a verb of telling before a setting's cue right before the trigger.
    The trip is the statement's backdrop; the story's timeline is what was said, or what the trip's own reports tell."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    if fact_field(event, "type") != "VISIT" or not trigger:
        return False
    at = sentence.find(trigger)
    if at <= 0 or not _setting_cue().search(sentence[max(0, at - 40) : at]):
        return False
    return bool(_telling_verb().search(sentence[:at]))


@cache
def _roundup_cue() -> re.Pattern[str]:
    """A happening's noun and its number, opening a roundup's part ("Kecelakaan pertama", "Peristiwa kedua",
    ``roundup_nouns.txt``, ``ordinals.tsv``)."""
    nouns = alternation(lower_word_list("id", "roundup_nouns.txt"))
    ordinals = alternation(w for w, v in mapping("id", "ordinals.tsv").items() if w.isalpha() and len(w) > 3 and v.isdigit())
    return re.compile(rf"(?<![\w-])(?i:{nouns})\s+(?:(?i:{ordinals})|ke-?\d)(?![\w-])")


def roundup_parts(body: str) -> list[int]:
    """Where a roundup's numbered parts open ("Kecelakaan pertama dilaporkan ...", "Peristiwa kedua ..."): none unless
    the article numbers two or more happenings, and only where each opens a sentence."""
    starts = [m.start() for m in _roundup_cue().finditer(body) if _OPENS.search(body[max(0, m.start() - 3) : m.start()])]
    return starts if len(starts) >= 2 else []


@cache
def _counted_happenings() -> re.Pattern[str]:
    """A count of happenings or of the places they happened at ("Tiga kecelakaan", "dua puluh kejadian", "sejumlah
    insiden", "di tiga lokasi"): a number of ``numbers.tsv`` (its digits, whole words and vague quantities, a multiplier
    after allowed) or digits, then a noun of ``roundup_nouns.txt`` or ``roundup_count_nouns.txt``."""
    numbers = table("id", "numbers.tsv")
    counts = alternation(row[0] for row in numbers if row[1:2] in (("digit",), ("word",), ("fuzzy",)) and row[0].isalpha())
    scales = alternation(row[0] for row in numbers if row[1:2] in (("teen",), ("mult",)))
    nouns = alternation(lower_word_list("id", "roundup_nouns.txt") | lower_word_list("id", "roundup_count_nouns.txt"))
    return re.compile(rf"(?<![\w-])(?i:(?:{counts})(?:\s+(?:{scales}))?|\d+)\s+(?i:{nouns})(?![\w-])")


def roundup_lead_counts(body: str, parts: Sequence[int]) -> bool:
    """Whether a roundup's lead, the text before its first numbered part, counts the happenings it numbers ("Tiga
    kecelakaan terjadi di Jakarta"): then the lead tells them all and is none of them. A lead that counts none tells a
    happening of its own, the numbered parts a recap of others ("Kebakaran hebat melanda pasar itu, Senin. Kebakaran
    pertama terjadi pada 2019 ...")."""
    return bool(parts) and bool(_counted_happenings().search(body[: parts[0]]))


# what stands right before a sentence's first word: the text's start, a stop, a line break
_OPENS = re.compile(r"(?:^|[.!?\n\"“]\s*)$")


def part_of(parts: Sequence[int], event: Any) -> int:
    """The numbered part of a roundup an event is told in (1 for the first), 0 before the first part: its lead."""
    start = fact_field(event, "start")
    return sum(at <= start for at in parts) if parts and isinstance(start, int) else 0


@cache
def _another_incident_opener() -> re.Pattern[str]:
    """A sentence's opening that makes it another happening's (``other_incident_openers.tsv``): "Dalam insiden
    sebelumnya", "Pada kejadian serupa", "Kasus terpisah", after at most a quotation mark."""
    roles = words_by_role("id", "other_incident_openers.tsv")
    lead, head, other, numbered, closer = (alternation(roles.get(r, frozenset())) for r in ("lead", "head", "other", "numbered", "closer"))
    # "Dalam insiden sebelumnya", "Kasus terpisah": a noun of a happening and a word that makes it another
    another = rf"(?:(?i:{lead})\s+)?(?i:{head})\s+(?i:{other})(?![\w-])"
    # "Dalam insiden kedua itu,": the ordinal must close the phrase (a demonstrative at most, then the comma), since
    # "kedua" before a noun is "both" ("Dalam kecelakaan kedua bus itu," is the story's own crash)
    numbered_aside = rf"(?i:{lead})\s+(?i:{head})\s+(?i:{numbered})(?:\s+(?i:{closer}))?\s*,"
    return re.compile(rf"^\W*(?:{another}|{numbered_aside})")


def told_as_another_incident(event: Any) -> bool:
    """Whether a sentence opens by telling another happening than the story's ("Dalam insiden sebelumnya pada Mei, turis
    asing mabuk lainnya ditangkap di Phang Nga setelah menabrakkan BMW"): its crash is not the story's crash, nor dated
    by its report, and an editor signs no entry of it in this story's timeline."""
    return bool(_another_incident_opener().match(str(fact_field(event, "sentence") or "")))


@cache
def _earlier_also_opener() -> re.Pattern[str]:
    """A sentence's opening of an earlier happening of the kind (``other_incident_openers.tsv``, roles earlier and
    also): "Sebelumnya, Ruangsuak Loychusak juga", a word of before, a comma, then "juga" in the same clause."""
    roles = words_by_role("id", "other_incident_openers.tsv")
    earlier, also = (alternation(roles.get(r, frozenset())) for r in ("earlier", "also"))
    return re.compile(rf"^\W*(?i:{earlier})\s*,[^,;:]*?(?<![\w-])(?i:{also})(?![\w-])" if earlier and also else r"(?!)")


# the happenings an earlier one of the kind is told of: a crash, a death, an injury, a strike, a disaster
_TOLD_AGAIN = frozenset({"ACCIDENT", "DISASTER", "ATTACK", "DIE", "INJURE"})
# the happenings a telling may restate as the story's own toll
_TOLLS = frozenset({"DIE", "INJURE"})


def told_as_an_earlier_one(event: Any) -> bool:
    """Whether an undated crash, death or injury is told as an earlier one of its kind, another than the story's: its
    sentence opens "Sebelumnya," and says "juga" before the trigger ("Sebelumnya, Ruangsuak Loychusak juga selamat
    dari kecelakaan pesawat berkat kursi bernomor sama", of a crash of 1998 in a story of the crash of 12 June). Joined
    to the story's dated crash it made one entry of two crashes. A date carried from another sentence (the next
    paragraph's "Kamis (12/6)") is none of its own; one dated in its own sentence keeps that date and is weighed by it."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    if fact_field(event, "type") not in _TOLD_AGAIN or (fact_field(event, "when") and _dated_in_its_words(event, trigger, sentence)):
        return False
    opener = _earlier_also_opener().match(sentence)
    at = sentence.find(trigger, opener.end()) if opener is not None and trigger else -1
    if opener is None or at < 0:
        return False
    # "Sebelumnya, polisi juga menyebut korban tewas berjumlah lima orang": a telling restates the story's own toll (a
    # strike told after one, "juga mengaku bertanggung jawab atas serangan siber terhadap Bank Sepah", is still an
    # earlier one)
    return fact_field(event, "type") not in _TOLLS or not _telling_verb().search(sentence, opener.end(), at)


def _dated_in_its_words(event: Any, trigger: str, sentence: str) -> bool:
    """Whether the date an event carries is written in its own sentence (its trigger's offset less the trigger's place in
    the sentence is where the sentence starts); a date carried from a later sentence ("Sebelumnya, Ruangsuak Loychusak
    juga selamat dari kecelakaan pesawat", dated by the next paragraph's "Kamis (12/6)") is not. With no offsets to tell,
    the date is taken as its own."""
    start, when_span, at = fact_field(event, "start"), fact_field(event, "when_span"), sentence.find(trigger) if trigger else -1
    if not (isinstance(start, int) and isinstance(when_span, list | tuple) and when_span and isinstance(when_span[0], int)) or at < 0:
        return True  # nothing tells where its date was written: it is taken as its own
    first = start - at
    return first <= when_span[0] < first + len(sentence)


def sentence_span(article: StoryArticle, at: int) -> tuple[int, int] | None:
    """The start and end of the body's sentence holding offset ``at``; None when the sentences do not hold it."""
    return next(((a, b) for a, b in article.sentence_spans if a <= at < b), None)


def dated_in_its_sentence(article: StoryArticle, event: Any) -> bool:
    """Whether the date an event carries is written in its own sentence, not carried from another one."""
    start, when_span = fact_field(event, "start"), fact_field(event, "when_span")
    if not (isinstance(start, int) and isinstance(when_span, list | tuple) and len(when_span) == 2 and isinstance(when_span[0], int)):
        return False
    span = sentence_span(article, start)
    return span is not None and span[0] <= when_span[0] < span[1]


def _around_trigger(event: Any) -> tuple[str, str]:
    """An event's sentence before its trigger, and from its trigger to the next comma (its own clause); two empty texts
    when the trigger is not found in the sentence."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    at = sentence.find(trigger) if trigger.strip() else -1
    if at < 0:
        return "", ""
    comma = sentence.find(",", at + len(trigger))
    return sentence[:at], sentence[at : comma if comma >= 0 else len(sentence)]


@cache
def _habit_cue(blocked: bool) -> re.Pattern[str]:
    """A word of a general statement (``generic_statement_cues.txt``); when ``blocked``, one that no word of
    ``habit_cue_blockers.txt`` ("yang": a relative clause describing a party) stands right before."""
    cues, blockers = alternation(lower_word_list("id", "generic_statement_cues.txt")), lower_word_list("id", "habit_cue_blockers.txt")
    if not cues:
        return re.compile(r"(?!)")
    behind = "".join(rf"(?<!\b(?i:{re.escape(b)})\s)" for b in sorted(blockers)) if blocked else ""
    return re.compile(rf"{behind}(?<![\w-])(?i:{cues})(?![\w-])")


def told_as_habit(article: StoryArticle, event: Any) -> bool:
    """Whether an event is told in a general statement, not as one happening ("Tak sedikit pengidapnya memilih
    membatalkan penerbangan", "tawuran ... sudah kerap terjadi", ``generic_statement_cues.txt``), with no date of its
    own: the date it carries from another sentence is not its, and no reader signs an entry of it. The word counts
    before the trigger unless "yang" opens it there (a relative clause of a party: "Pelaku yang kerap mencuri sepeda
    motor itu ditangkap polisi" is one arrest), and after it only in its own clause, up to the next comma ("banjir
    yang kerap berulang"; not "menghantam tujuh mobil, ... kerugian yang tak sedikit")."""
    before, own = _around_trigger(event)
    told = _habit_cue(True).search(before) or _habit_cue(False).search(own)
    return bool(told) and not dated_in_its_sentence(article, event)


@cache
def _era_told() -> re.Pattern[str]:
    """A past era (``history_eras.txt``) told as a sentence's setting: after a lead word, at most a word of a period
    between (``history_era_leads.tsv``: "dalam Perang Dunia II", "pada masa Orde Baru")."""
    eras, roles = alternation(lower_word_list("id", "history_eras.txt")), words_by_role("id", "history_era_leads.tsv")
    lead, period = (alternation(roles.get(r, frozenset())) for r in ("lead", "period"))
    if not (eras and lead):
        return re.compile(r"(?!)")
    between = rf"(?:(?i:{period})\s+)?" if period else ""
    return re.compile(rf"(?<![\w-])(?i:{lead})\s+{between}(?i:{eras})(?![\w-])")


def told_in_history(article: StoryArticle, event: Any) -> bool:
    """Whether an event is told in a sentence set in a past era ("dalam Perang Dunia II ... serangan Sekutu",
    ``history_eras.txt``) with no date of its own: history an explainer recalls, not the story's day's happening. An
    era named as a thing's or a person's ("Bom sisa Perang Dunia II", "Eks pejabat Orde Baru") sets no sentence in it."""
    sentence = str(fact_field(event, "sentence") or "")
    return bool(_era_told().search(sentence)) and not dated_in_its_sentence(article, event)


@cache
def _journey_cue() -> re.Pattern[str]:
    """A cue of a clause that tells a journey as a circumstance ending a text, one word at most after it ("yang",
    "sedang dalam", ``journey_cues.tsv``)."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(words_by_role('id', 'journey_cues.tsv').get('cue', frozenset()))})\s+(?:\w+\s+)?$")


def told_as_journey(event: Any) -> bool:
    """Whether a trip is told as where a traveller was going or came from when something befell it ("sedang dalam
    perjalanan dari Jertih ke Tanjung Malim", "Helikopter yang berangkat dari Dehradun itu kehilangan kontak",
    ``journey_cues.tsv``), not as a visit made: in a crash's story, the crash's circumstance."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    trips = words_by_role("id", "journey_cues.tsv").get("trip", frozenset())
    words = trigger.split()
    if fact_field(event, "type") != "VISIT" or not words or words[0].lower() not in trips:
        return False
    at = sentence.find(trigger)
    return at > 0 and bool(_journey_cue().search(sentence[max(0, at - 30) : at]))


def dated_past_its_clause(article: StoryArticle, event: Any) -> bool:
    """Whether an act told in a clause of what came after ("sebelum menangkap YS, tepatnya 3 Juni mereka sudah
    menetapkan status tersangka", ``before_clause_words.txt``) is dated by a date past the clause's comma: that date is
    the main act's (the naming of the suspect), and the arrest's is not given."""
    start, end, span = fact_field(event, "start"), fact_field(event, "end"), fact_field(event, "when_span")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(span, list | tuple) and len(span) == 2):
        return False
    if not isinstance(span[0], int) or span[0] <= end:
        return False
    if not _cue_ending("before_clause_words.txt").search(article.body[max(0, start - 20) : start].lower()):
        return False
    between = article.body[end : span[0]]
    return "," in between and not re.search(r"[.!?]\s", between)


@cache
def _after_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'after_clause_words.txt'))})(?![\w-])")


# how far past an act's trigger the date of the clause of what it came after may stand: a date further off is in
# another sentence, and the text between is never copied whole
_AFTER_CLAUSE_REACH = 300
# a comma closing the after-clause right before the date ("... usai rapat di Balai Kota, Senin (9/6/2025)"): the date
# is the sentence's dateline, the main clause's, as it is at the end of most news sentences. Not past "pada": in
# "... menyusul pemakzulan presiden sebelumnya, Yoon Suk-yeol, pada April 2025" the comma closes a name set off
_DATELINE_COMMA = re.compile(r",\s*$")


def dated_in_an_earlier_clause(article: StoryArticle, event: Any) -> bool:
    """Whether an event's date stands past its trigger in a clause of what came before it (``after_clause_words.txt``:
    "Serangan ini terjadi setelah serangan Rusia menargetkan ibu kota regional itu pada hari Sabtu"): the date is the
    earlier happening's, and the event's own is not given. A date set off by a comma after the clause ("Prabowo bertemu
    Anwar usai menghadiri KTT ASEAN, Senin (9/6/2025)") is the main clause's dateline, and dates the event. The caller
    asks it of events that need not fall on the day of what they follow (an attack, a dismissal, a statement), not of a
    death after a crash."""
    end, span = fact_field(event, "end"), fact_field(event, "when_span")
    if not (isinstance(end, int) and isinstance(span, list | tuple) and len(span) == 2 and isinstance(span[0], int)):
        return False
    if not end < span[0] <= end + _AFTER_CLAUSE_REACH:
        return False
    between = article.body[end : span[0]]
    after = _after_word().search(between)
    return not re.search(r"[.!?]\s", between) and after is not None and not _DATELINE_COMMA.search(between, after.end())


# acts a party may hope for or forecast: a deal or talks hoped for are not made ("optimistis dengan kesepakatan")
HOPED_ACTS = frozenset({"AGREE", "MEET"})
# how far before an act's trigger a word of hope may stand in its sentence
_HOPE_REACH = 60


def told_as_hope(event: Any) -> bool:
    """Whether a deal or talks are told as hoped for ("Hassett mengatakan ia sangat optimistis dengan kesepakatan
    perdagangan antara AS dan China", ``hope_cues.txt``): a word of hope before the trigger in its sentence. The deal
    is not made; the report of it, when it is, is the entry."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    at = sentence.find(trigger) if trigger else -1
    if fact_field(event, "type") not in HOPED_ACTS or at <= 0:
        return False
    return bool(_hope_governing().search(sentence[max(0, at - _HOPE_REACH) : at]))


@cache
def _hope_governing() -> re.Pattern[str]:
    """A word of hope (``hope_cues.txt``) governing the text's end, the act's trigger: at most three words and no
    comma or stop between ("optimistis dengan kesepakatan", "berharap kedua pemimpin bertemu")."""
    hopes = alternation(lower_word_list("id", "hope_cues.txt"))
    return re.compile(rf"(?<![\w-])(?i:{hopes})\s+(?:[^\s,.;:]+\s+){{0,3}}$" if hopes else r"(?!)")


@cache
def _loose_day_words() -> frozenset[str]:
    return lower_word_list("id", "loose_day_words.txt")


def dated_loosely(article: StoryArticle, event: Any) -> bool:
    """Whether an act told as a noun with its possessive "-nya" is dated only by a day word right after it
    ("dari perjalanannya kemarin menuju Global March to Gaza", ``loose_day_words.txt``): "her trip the other day", which
    may have left a week before, not the day before the report."""
    trigger, end, span = str(fact_field(event, "trigger") or ""), fact_field(event, "end"), fact_field(event, "when_span")
    if not (trigger.lower().endswith("nya") and isinstance(end, int) and isinstance(span, list | tuple) and len(span) == 2):
        return False
    if not all(isinstance(x, int) for x in span) or article.body[end : span[0]].strip():
        return False
    return article.body[span[0] : span[1]].strip().lower() in _loose_day_words()


@cache
def _threat_words() -> dict[str, frozenset[str]]:
    return words_by_role("id", "threat_words.tsv")


# how far after a threat's trigger what it threatens may be told ("ancaman \"meledakkan\" penerbangan")
_THREAT_REACH = 30


def told_as_threat(event: Any) -> bool:
    """Whether a warning is told as a threat of harm ("ancaman bom", "teror bom", "berisi ancaman 'meledakkan'
    penerbangan", ``threat_words.tsv``), a happening of its day rather than a party's statement."""
    trigger, sentence = str(fact_field(event, "trigger") or "").lower(), str(fact_field(event, "sentence") or "").lower()
    words, first = _threat_words(), trigger.split()[:1]
    pointed = bool(first) and first[0] in words.get("point", frozenset())
    if not first or not (pointed or first[0] in words.get("head", frozenset())):
        return False
    at = sentence.find(trigger)
    after = sentence[at : at + len(trigger) + _THREAT_REACH] if at >= 0 else trigger
    objects = words.get("object", frozenset()) | (words.get("weapon", frozenset()) if pointed else frozenset())
    return any(w in objects for w in re.findall(r"\w+", after))


# the happenings a general truth may tell of whoever meets its condition ("yang jatuh dan mengalami patah tulang")
_BEFALLING = frozenset({"ACCIDENT", "DIE", "INJURE"})


@cache
def _condition_opener() -> re.Pattern[str]:
    """A condition word opening a sentence (``condition_openers.txt``), after any quotation mark or bracket."""
    words = alternation(lower_word_list("id", "condition_openers.txt"))
    return re.compile(rf"^[\s\"'“‘(]*(?i:{words})(?![\w-])" if words else r"(?!)")


@cache
def _pointing_back() -> re.Pattern[str]:
    """The words that point a clause back to a happening the article told ("kecelakaan itu", "korban tersebut",
    ``demonstratives.txt``)."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'demonstratives.txt'))})(?![\w-])")


def told_as_condition(article: StoryArticle, event: Any) -> bool:
    """Whether a crash, a death or an injury is told in a sentence that opens with a condition ("Bagi orang dewasa yang
    jatuh dan mengalami patah tulang, cedera tersebut sering kali ...", ``condition_openers.txt``), in that clause (no
    comma between), pointing back to nothing told ("itu", "tersebut") and with no date in its sentence: it befalls
    whoever meets the condition, no one on a day. The caller holds it to parties named by common nouns only."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    at = sentence.find(trigger) if trigger else -1
    if fact_field(event, "type") not in _BEFALLING or at <= 0 or not _condition_opener().search(sentence):
        return False
    clause_end = sentence.find(",", at)
    clause = sentence[: clause_end if clause_end >= 0 else len(sentence)]
    return "," not in sentence[:at] and not _pointing_back().search(clause) and not dated_in_its_sentence(article, event)


@cache
def _confirmed_incident() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What a confirmation confirms when it points back at the story itself (``confirmed_incident_words.tsv``): a head
    noun, at most one word, and a demonstrative, told after an active verb (fillers allowed between, "mengonfirmasi
    adanya insiden ini") or opening the sentence of a passive one ("Kejadian ini dibenarkan oleh ...")."""
    words = words_by_role("id", "confirmed_incident_words.tsv")
    heads, pointers = alternation(words.get("head", ())), alternation(words.get("pointer", ()))
    fillers, followers = alternation(words.get("filler", ())), alternation(words.get("follower", ()))
    adverbs = alternation(words.get("adverb", ()))
    told = rf"(?:{heads})(?:\s+[\w-]+)?\s+(?:{pointers})(?![\w-])"
    after = re.compile(rf"^\s*(?:(?:{fillers})\s+)*{told}\s*(?:[.,;:!?\"”]|$|(?:{followers})\b)", re.IGNORECASE)
    # the pointing noun phrase is the passive verb's own subject: right before it, only an adverb between ("Insiden
    # ini menewaskan tiga orang, sebagaimana dikonfirmasi oleh ..." confirms the deaths, not the story)
    # or shares it with a predicate before, joined with no comma ("Insiden ini terjadi pada Selasa malam dan
    # dikonfirmasi oleh militer Israel")
    joined = rf"(?:[^,;]*\s(?:{alternation(words.get('joiner', ()))})\s+)?"
    opening = re.compile(rf"^\W*(?:[\w-]+\s+)?{told}{joined}\s*(?:(?:{adverbs})\s+)*$", re.IGNORECASE)
    return after, opening


def confirms_the_story(event: Any) -> bool:
    """Whether a confirmation confirms only the reported happening itself, pointing back at it ("Kejadian ini dibenarkan
    oleh Kasat Polairud Polres Bintan", "Kasi Humas membenarkan kejadian tersebut", "membenarkan kabar duka tersebut"):
    the reporting act of a spokesman, whose content is the story; the happening has its own entry. A confirmation
    with content of its own ("mengonfirmasi bahwa tembakan dilepaskan", "mengonfirmasi tidak ada pelajar Indonesia
    di bus itu") is kept, and so is one of a named subject ("berita mengenai kunjungan ini dikonfirmasi oleh KCNA")."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    if fact_field(event, "type") != "CONFIRM" or not trigger:
        return False
    at = sentence.find(trigger)
    if at < 0:
        return False
    after, opening = _confirmed_incident()
    if after.search(sentence[at + len(trigger) :]):
        return True
    return trigger.lower().startswith("di") and bool(opening.search(sentence[:at]))


@cache
def _phrases(file: str) -> re.Pattern[str]:
    """The phrases of a ``lang/id`` list as whole words, any case."""
    # "periode 2015-2021" is a term of office, no period of a count
    return re.compile(rf"(?<![\w-])(?:{alternation(lower_word_list('id', file))})(?![\w-])(?!\s+\d{{4}}\s*[-–]\s*\d{{4}})", re.IGNORECASE)


# what names the kinds of statement a closing appeal is
_APPEALS = frozenset({"WARN"})


@cache
def _closing_appeal_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A word of purpose, what a closing appeal is for, and a generic rule of the road (``closing_appeal_cues.tsv``)."""
    words = words_by_role("id", "closing_appeal_cues.tsv")

    def cue(role: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{alternation(words.get(role, ()))})(?![\w-])", re.IGNORECASE)

    return cue("purpose"), cue("aim"), cue("rule")


def told_as_closing_appeal(event: Any) -> bool:
    """Whether a warning is a closing appeal told after the happening ("Kapolsek mengimbau kepada seluruh pengguna
    jalan untuk tidak memarkirkan kendaraan sembarangan demi menghindari kecelakaan serupa", ``closing_appeal_cues.tsv``):
    advice against its happening again, no happening of the timeline. The aim must follow a word of purpose after the
    trigger: an appeal made as it happened ("mengimbau pengguna jalan menghindari kawasan DPR karena ada aksi") or a
    threat's condition ("memperingatkan akan membalas jika serangan serupa terjadi") is kept."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    if fact_field(event, "type") not in _APPEALS or not trigger:
        return False
    at = sentence.find(trigger)
    if at < 0:
        return False
    purpose, aim, rule = _closing_appeal_cues()
    end = at + len(trigger)
    if rule.search(sentence, end):
        return True
    said_for = purpose.search(sentence, end)
    return bool(said_for and aim.search(sentence, said_for.end()))


@cache
def _counts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A count in a sentence, and a number of times (``tally_count_words.tsv``): "38 kali", a figure written with a
    thousands point ("53.872 penumpang") or after a word of amount ("sebanyak 56", "mencapai 49"); no sum of money
    ("Rp 1.250.000.000")."""
    words = words_by_role("id", "tally_count_words.tsv", lower=False)
    times, amounts = alternation(words.get("times", ())), alternation(words.get("amount", ()))
    money = "".join(rf"(?<!{re.escape(w)}\s)(?<!{re.escape(w)})" for w in sorted(words.get("currency", ())))
    times_told = rf"\d+\s+(?i:{times})\b"
    count = re.compile(rf"(?<![\w.,]){money}(?:{times_told}|\d{{1,3}}(?:\.\d{{3}})+(?![\d,])|(?i:{amounts})\s+\d)")
    return count, re.compile(rf"(?<![\w.,]){times_told}")


def told_as_tally(event: Any) -> bool:
    """Whether an event is told as a count over a period, a figure of the story rather than one happening: dated by a
    span of days ("mulai 5-9 Juni 2025 sebanyak 53.872 penumpang melakukan perjalanan", "18.936 jemaah yang tiba pada
    18 dan 19 Juni") or told over a period (``tally_period_cues.txt``: "selama periode bulan April-Mei 2025 menangkap
    56 orang tersangka"; for an event of one day, a period of that day, ``tally_day_cues.txt``: "pada periode
    pengamatan selama 24 jam ... tercatat 38 kali gempa letusan"), with a count in its sentence. One day's count of one
    happening ("erupsi sebanyak enam kali pada Kamis", "selama masa gencatan senjata, Israel menyerang Gaza sebanyak 5
    kali pada Selasa") is that day's happening and is kept."""
    sentence, when = str(fact_field(event, "sentence") or ""), str(fact_field(event, "when") or "")
    count, times = _counts()
    if not count.search(sentence):
        return False
    if _phrases("tally_day_cues.txt").search(sentence) or (day_value(when) is None and _phrases("tally_period_cues.txt").search(sentence)):
        return True
    # a happening that lasts days (a two-day protest of 2.000 workers, a flood over 1.200 houses) is one happening
    # with a figure; over a span it is a tally only when counted in times ("erupsi hingga 49 kali selama 10 hari")
    return "/" in when and (fact_field(event, "type") not in HAPPENINGS or bool(times.search(sentence)))


@cache
def _interview_cue() -> re.Pattern[str]:
    """A word of the moment and a passive verb of a reporter's interview ("saat diwawancarai", ``interview_cues.tsv``)."""
    words = words_by_role("id", "interview_cues.tsv")
    moments, verbs = alternation(words.get("when", ())), alternation(words.get("verb", ()))
    return re.compile(rf"(?<![\w-])(?:{moments})\s+(?:{verbs})(?![\w-])", re.IGNORECASE)


# the statements a speaker may make to a reporter
# (an accusation is the conflict's happening whoever heard it: "saat ditemui, menuding penyidik menghilangkan bukti")
_TOLD_TO_A_REPORTER = frozenset({"WARN", "CONFIRM", "COMMUNICATE"})


def told_in_an_interview(event: Any) -> bool:
    """Whether a statement is told as what its speaker said when this report's writer interviewed them ("Kepala SMPK
    St. Yoseph, Otniel Taek, saat diwawancarai POS-KUPANG.COM, Senin (9/6/2025), mengungkapkan kekhawatirannya"): an
    interview cue before the trigger, in its sentence. The interview is the reporting act; what the story's timeline
    holds is what happened, and a statement made to the public ("Gedung Putih pada Senin menyatakan keprihatinannya")
    is kept."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    if fact_field(event, "type") not in _TOLD_TO_A_REPORTER or not trigger:
        return False
    at = sentence.find(trigger)
    if at <= 0 or not _interview_cue().search(sentence, 0, at):
        return False
    # an urgent call (to flee, to keep away) is the happening's own, whoever heard it
    return fact_field(event, "type") != "WARN" or not _urgent_call().search(sentence, at + len(trigger))


@cache
def _urgent_call() -> re.Pattern[str]:
    """A word of an urgent call ("segera mengungsi", "menjauhi lokasi", ``interview_cues.tsv``)."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words_by_role('id', 'interview_cues.tsv').get('urgent', ()))})(?![\w-])", re.IGNORECASE)


@cache
def _hurt_carried() -> re.Pattern[str]:
    """A phrase of the injury (``hurt_carried_cues.tsv``), then at most four words of its clause (no comma or stop),
    then a linking word and a modal or two, ending the text: the clause before a trip's trigger in "3 orang mengalami
    luka yang harus", "masinis KRL pun mengalami luka dan harus". A word of negation up to three words before the phrase
    is caught in the group ``neg``: the leftmost match then starts at it, so a shorter phrase inside the denied one
    ("luka-luka" of "tidak mengalami luka-luka", "terluka" of "Tidak ada penumpang yang terluka") is not found alone."""
    words = words_by_role("id", "hurt_carried_cues.tsv")
    hurt, link, neg = (alternation(words.get(role, ())) for role in ("hurt", "link", "negation"))
    denied = rf"(?P<neg>(?i:{neg})\s+(?:[\w-]+\s+){{0,3}}?)?" if neg else ""
    return re.compile(rf"(?<![\w-]){denied}(?i:{hurt})(?![\w-])(?:\s+[^\s,.;:!?\"“”]+){{0,4}}?\s+(?i:{link})(?:\s+[\w-]+){{0,2}}\s*$")


def told_as_hurt_carried(event: Any) -> bool:
    """Whether a trip is told in its sentence as the consequence of an injury just told ("3 orang mengalami luka yang
    harus dilarikan ke rumah sakit", "masinis KRL pun mengalami luka dan harus dilarikan ke rumah sakit"): the injured
    taken for care, which is the injury's news. A trip told with its reason after it ("banyak orang dilarikan ke rumah
    sakit karena mengalami luka-luka"), of people told only as victims ("Beberapa korban kecelakaan dilarikan ke RS
    Gerik") or of people told as not hurt ("tidak mengalami luka-luka dan dibawa ke rumah sakit untuk diperiksa") is
    not caught."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    at = sentence.find(trigger) if trigger else -1
    hit = _hurt_carried().search(sentence[max(0, at - 160) : at]) if at > 0 else None
    return hit is not None and not hit.groupdict().get("neg")


@cache
def _reaction_after_date() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may follow a date right before a reaction's verb (``reaction_verbs.tsv``): a bracket's close, a comma, at
    most two words ("pada Kamis (19/6/2025), mengecam", "Minggu (15/6) resmi menyatakan"); one pattern for a verb of
    condemning, one for a plain verb of stating."""
    words = words_by_role("id", "reaction_verbs.tsv")

    def after(role: str) -> re.Pattern[str]:
        verbs = alternation(words.get(role, ()))
        return re.compile(rf"[\s),]*(?:[\w-]+\s+){{0,2}}?(?i:{verbs})(?![\w-])" if verbs else r"(?!)")

    return after("condemn"), after("statement")


def dated_by_a_reaction(article: StoryArticle, event: Any) -> bool:
    """Whether the date a happening carries is a reaction's told before the happening: the date stands right before the
    verb of a condemnation (``reaction_verbs.tsv``), and that verb before the happening's trigger ("Korea Utara ... pada
    Kamis (19/6/2025), mengecam serangan yang dilancarkan Israel"; a later quote of the same statement, "serangan
    militer Israel", carried that date). The day is the reaction's: the attack condemned may be of any day before, and
    a wrong day is worse than none. A plain verb of stating counts only for a count over days or a running total ("Iran
    pada Minggu (15/6) menyatakan ... sejak ..."): "Polisi pada Senin (16/6) mengatakan seorang pria tewas ditembak" is
    breaking news of the statement's day. A date right before the happening's own verb ("Israel pada Jumat (13/6)
    melancarkan serangan") is its own."""
    start, span = fact_field(event, "start"), fact_field(event, "when_span")
    if fact_field(event, "type") not in HAPPENINGS or not isinstance(start, int):
        return False
    if not (isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(x, int) for x in span)) or span[1] > start:
        return False
    condemned, stated = _reaction_after_date()
    end = min(start, span[1] + 40)
    if condemned.match(article.body, span[1], end):
        return True
    return stated.match(article.body, span[1], end) is not None and (told_as_tally(event) or is_running_total(event))


@cache
def _since_before() -> re.Pattern[str]:
    """A word of "since" and at most two words of "first" ending a text (``since_cues.tsv``): "sejak awal ", "semenjak "."""
    words = words_by_role("id", "since_cues.tsv")
    since, first = alternation(words.get("since", ())), alternation(words.get("first", ()))
    return re.compile(rf"(?<![\w-])(?i:{since})(?:\s+(?i:{first})){{0,2}}\s+$" if since and first else r"(?!)")


def told_as_since(event: Any) -> bool:
    """Whether a happening is told only as the point a state holds since ("Kesehatan Mbappe memang memburuk sejak awal
    tiba di Amerika Serikat"): the arrival is the state's start, of some day before, not the day the report's lead
    tells."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    at = sentence.find(trigger) if trigger else -1
    return at > 0 and bool(_since_before().search(sentence[max(0, at - 40) : at]))


@cache
def _period_count_before() -> re.Pattern[str]:
    """A count or an "until" ending a text before a day word (``period_count_words.tsv``: "dalam dua ", "hingga "), or a
    figure after a word of span ("dalam 3 ", "selama 10 "): a bare figure is a clock's minute ("pukul 10.15 hari ini")
    or a tally ("bertambah menjadi 20 hari ini")."""
    words = words_by_role("id", "period_count_words.tsv")
    count = alternation(words.get("count", frozenset()) | words.get("until", frozenset()))
    span = alternation(words.get("span", ()))
    # "dalam 3 hari ini", "dalam waktu 2–3 hari ini", "dalam masa waktu 7 hari ini": a word or two may stand between
    figure = rf"|(?i:{span})\s+(?:[\w-]+\s+){{0,2}}?\d+(?:\s*[–-]\s*\d+)?" if span else ""
    return re.compile(rf"(?<![\w-])(?:(?i:{count}){figure})\s+$")


def dated_by_a_period(article: StoryArticle, event: Any) -> bool:
    """Whether the date an event carries is a day word that a count or an "until" before it makes a period ("Dari
    perkembangan dua hari ini, ... serangan Israel semakin meningkat", "saling serang antara kedua pihak hingga hari
    ini"): the days up to the report, no day of one happening, and a wrong day is worse than none."""
    span = fact_field(event, "when_span")
    if not (isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return False
    if not article.body[span[0] : span[1]].lower().startswith("hari"):
        return False
    return bool(_period_count_before().search(article.body[max(0, span[0] - 24) : span[0]]))


@cache
def _later_clause_opener() -> re.Pattern[str]:
    """A comma, then a clause of others (``later_clause_openers.tsv``: "sementara", "tiga lainnya"), with no comma or
    stop after it to the end of the text. The word or two before "lainnya" are the others' count or noun: not a verb
    that goes on with the event's own subject ("menewaskan 20 orang, melukai 50 lainnya"), nor a list's joiner ("sabu,
    ganja dan lainnya")."""
    words = words_by_role("id", "later_clause_openers.tsv")
    parallel, other = alternation(words.get("parallel", ())), alternation(words.get("other", ()))
    if not (parallel and other):
        return re.compile(r"(?!)")
    joiners, prefixes = alternation(words.get("joiner", ())), alternation(words.get("verb_prefix", ()))
    barred = "|".join(p for p in (rf"(?:{joiners})(?![\w-])" if joiners else "", rf"(?:{prefixes})\w" if prefixes else "") if p)
    noun = rf"(?!(?i:{barred}))[\w-]+\s+" if barred else r"[\w-]+\s+"
    return re.compile(rf",\s*(?:(?i:{parallel})(?![\w-])|(?:{noun}){{0,2}}(?i:{other})(?![\w-]))[^,.!?;]*$")


def dated_in_a_later_clause(article: StoryArticle, event: Any) -> bool:
    """Whether the date an event carries is told after it, in a later clause of others ("Tiga tersangka telah ditahan,
    tiga lainnya diperiksa hari ini": the day is the questioning's, and the detention's is not given)."""
    end, span = fact_field(event, "end"), fact_field(event, "when_span")
    if not (isinstance(end, int) and isinstance(span, list | tuple) and len(span) == 2 and isinstance(span[0], int)):
        return False
    if span[0] <= end:
        return False
    between = article.body[end : span[0]]
    return not re.search(r"[.!?]\s", between) and bool(_later_clause_opener().search(between))
