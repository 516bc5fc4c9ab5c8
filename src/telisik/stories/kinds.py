"""What kind of story an article can be part of, read from its headline (``lang/id/story_kinds.tsv``).

Most articles report a happening and may join any story about it. Two kinds
report none, and grouping them by their words gives the piles an editor does
not want at the top of a story list:

- ``series``: evergreen pieces an outlet writes in runs ("7 Model Gelang Emas",
  "Resep Pangsit Ayam", "Sinopsis ... Episode 12"). Each is a story of its own
  (a copy of one joins it); many of one outlet on one topic are a series, not
  a story. So are rankings and look backs that take the day's happening only
  as their hook ("5 Orang Terkaya di ...", "3 Pembalap yang Pernah Kecelakaan
  di ...", a "Kisah ..." whose lead tells a year long past).
- ``routine``: the reports every day brings (schedules, standings, market
  closes, prices, forecasts). Those of one day may be one story ("IHSG"
  at noon and at the close); those of different days never are.

A story's kind is its articles' kind when they all share it (``story_kind``);
a story with one news report among them is news.

An explainer tells what a thing is, why or how ("Penyebab ...", "Apa itu
...", "Bolehkah ...": ``headline_explains``, ``lang/id/story_explainer_cues.tsv``);
a report says on what day its happening was, in its headline or its text's
start ("Senin (2/6/2025)", "kemarin", "30 Mei": ``lead_dated``,
``lang/id/story_day_words.tsv``), where an evergreen piece names none (the day
it read a source, "melansir laman ... pada Jumat (16/5/2025)", is not a
happening's). The clustering keeps one outlet's evergreen explainers of one
topic apart (``cluster._evergreen_pair``).

A news report's headline may also say what kind of happening it reports
(``headline_happenings``, ``lang/id/story_happenings.tsv``): a shooting, an
accident, a fire, a flood. Two happenings of different kinds are two stories,
however many names and words they share (a plane's emergency landing and a
school shooting in one city on one day).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import chain

from telisik.lang import lower_word_list, mapping, table
from telisik.pages.dates import alternation, find_dates, role_words, weekday_numbers

SERIES = "series"
ROUTINE = "routine"

_NUMBER = re.compile(r"\d+")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
LOOK_BACK_YEARS = 5  # a year a lead names this long before the article's day is history, not the day's news
LEAD_CHARS = 600  # the lead a look back is read in: its first sentences
_WORD = re.compile(r"[\w'-]+!?")


@dataclass(frozen=True)
class HeadlineKinds:
    """The headline words that make an article a series piece or a routine report."""

    counted: dict[str, str]  # word after an opening number -> kind
    openers: dict[tuple[str, ...], str]  # opening words -> kind
    contained: dict[str, str]  # a word anywhere in the headline -> kind
    # a word (or two) anywhere in a headline that opens with a count -> kind: a ranking or a look back ("5 Orang
    # Terkaya di ...", "3 Pembalap yang Pernah ..."), whatever the counted word is
    listed: dict[tuple[str, ...], str]
    # opening words of a piece that looks back ("Kisah ..."), which makes it of a kind when its lead names a year long
    # before the article's day: "Kisah Marc Marquez yang Nyaris Meninggal di Mugello" telling a crash of 2013
    look_back: dict[tuple[str, ...], str]

    @classmethod
    def of(cls, rows: Iterable[tuple[str, ...]]) -> HeadlineKinds:
        counted: dict[str, str] = {}
        openers: dict[tuple[str, ...], str] = {}
        contained: dict[str, str] = {}
        listed: dict[tuple[str, ...], str] = {}
        look_back: dict[tuple[str, ...], str] = {}
        by_word = {"counted": counted, "contains": contained}
        by_phrase = {"listed": listed, "look_back": look_back}
        for kind, where, words in rows:
            if where in by_word:
                by_word[where][words.lower()] = kind
            else:
                by_phrase.get(where, openers)[tuple(words.lower().split())] = kind
        return cls(counted, openers, contained, listed, look_back)

    def kind(self, title: str) -> str | None:
        """``series``, ``routine`` or None (a news report) for a headline."""
        head, colon, rest = (title or "").partition(":")
        # a rubric before a colon ("Top 3 Islami: 7 Model Kalung Emas") does not say what the piece is
        if colon and len(head.split()) <= 3 and (found := self._kind(rest)):
            return found
        return self._kind(title or "")

    def looking_back(self, title: str, lead: str, day: date) -> str | None:
        """The kind of a piece whose headline opens as a look back ("Kisah ...") and whose lead names a year at least
        ``LOOK_BACK_YEARS`` before its day (a history told with the day's happening as its hook); None otherwise."""
        words = [w.lower() for w in _WORD.findall(title[:80])[:2]]  # (its opening words: the start of it is enough)
        found = next((kind for size in (2, 1) if (kind := self.look_back.get(tuple(words[:size])))), None)
        if found is None:
            return None
        latest = day.year - LOOK_BACK_YEARS
        return found if any(int(year) <= latest for year in _YEAR.findall(lead[:LEAD_CHARS])) else None

    def _kind(self, title: str) -> str | None:
        words = [w.rstrip("!").lower() for w in _WORD.findall(title)]
        if not words:
            return None
        for size in (2, 1):
            found = self.openers.get(tuple(words[:size]))
            if found:
                return found
        # a contained word, or two ("kunci jawaban": "Bagaimana Daur Hidup Hewan? Kunci Jawaban Kelas 5 SD ...")
        contained = chain(words, map(" ".join, zip(words, words[1:], strict=False)))
        return self._counted(words) or self._listed(words) or next((self.contained[w] for w in contained if w in self.contained), None)

    def _listed(self, words: list[str]) -> str | None:
        # (a phrase of one or two words: "yang pernah" is a look back, "tak pernah" a denial in a news report)
        if not _NUMBER.fullmatch(words[0]):
            return None
        pairs = zip(words[1:], words[2:], strict=False)
        return next((self.listed[key] for key in chain(((w,) for w in words[1:]), pairs) if key in self.listed), None)

    def _counted(self, words: list[str]) -> str | None:
        # "7 Model Gelang Emas ...", or a question answered by a count: "... Dahi Lebar? Ini 7 Rekomendasinya"
        for at in (0, len(words) - 2):
            if 0 <= at < len(words) - 1 and _NUMBER.fullmatch(words[at]):
                found = self.counted.get(words[at + 1])
                if found:
                    return found
        return None


@cache
def headline_kinds(lang: str = "id") -> HeadlineKinds:
    return HeadlineKinds.of(row for row in table(lang, "story_kinds.tsv") if len(row) == 3)


def article_kind(title: str | None, lang: str = "id", lead: str | None = None, day: date | None = None) -> str | None:
    """The kind of story an article's headline makes it part of; None for a news report. With its ``lead`` (the body's
    start) and its ``day``, a headline that opens as a look back makes it of a kind when the lead tells a year long past."""
    kinds = headline_kinds(lang)
    found = kinds.kind(title or "")
    if found is None and lead and day is not None:
        return kinds.looking_back(title or "", lead, day)
    return found


CITED_CHARS = 45  # how far before a date a citation cue is looked for, within its sentence: "melansir laman EMC pada"


def _day_words(lang: str, role: str) -> list[str]:
    """The lower-cased words of one role ("day", "citation", "session") in ``story_day_words.tsv``."""
    rows = (row for row in table(lang, "story_day_words.tsv") if len(row) >= 2)
    return [w.lower() for w in role_words(rows, role)]


@cache
def _day_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A pattern of what names a day in a text's start: a weekday's name as written ("Senin", not "puasa
    Senin-Kamis"), a day and month ("2/6", "30 Mei") or a day word of ``story_day_words.tsv`` ("kemarin"); and a
    pattern of the citation cues there, that make a date the day a source was read."""
    weekdays = alternation(w.capitalize() for w in mapping(lang, "weekdays.tsv"))
    months = alternation(mapping(lang, "months.tsv"))
    relative = alternation(_day_words(lang, "day"))
    cited = alternation(_day_words(lang, "citation"))
    day = re.compile(
        rf"(?<![\w'-])(?:{weekdays})(?![\w'-])"  # a weekday as a dateline writes it: "Senin (2/6/2025)"
        r"|(?<![\d/.,])\d{1,2}/\d{1,2}(?![\d.,])"  # "(2/6)", "(2/6/2025)"
        rf"|(?<![\d.,])\d{{1,2}}\s+(?i:{months})(?!\w)"  # "30 Mei"
        rf"|(?P<relative>(?i:(?<![\w-])(?:{relative})(?![\w-])))"
    )
    return day, re.compile(rf"(?i:(?<![\w-])(?:{cited})(?![\w-]))")


def lead_dated(lead: str | None, lang: str = "id") -> bool:
    """Whether a text's start (its first ``LEAD_CHARS``) names a day: a report of a happening says when it was
    ("Senin (2/6/2025)", "kemarin", "30 Mei"); an evergreen explainer, a service guide or a feature does not, though
    it may give the day it read its source ("melansir laman EMC pada Jumat (16/5/2025)")."""
    if not lead:
        return False
    day, cited = _day_patterns(lang)
    text = lead[:LEAD_CHARS]
    for m in day.finditer(text):
        if m["relative"]:  # "kemarin" is the happening's day, whoever told it ("Dikutip detikJatim, ... kemarin")
            return True
        before = text[max(0, m.start() - CITED_CHARS) : m.start()]
        sentence = re.split(r"[.!?]\s|\n", before)[-1]
        if not cited.search(sentence):
            return True
    return False


SESSION_DAYS = 4  # a market report tells a session at most this many days before it is out (a weekend between)
SESSION_CHARS = 45  # how far before a date a session cue is looked for, within its sentence: "pada sesi perdagangan"
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]+)\W{0,3}$")


@cache
def _session_cue(lang: str) -> re.Pattern[str] | None:
    """A pattern of the words shortly before a date that make it a market session's day (``story_day_words.tsv``)."""
    cues = _day_words(lang, "session")
    return re.compile(rf"(?i:(?<![\w-])(?:{alternation(cues)})(?![\w-]))") if cues else None


def session_day(lead: str | None, day: date | None, lang: str = "id") -> date | None:
    """The earlier day whose trading session a routine report's text starts by telling ("IHSG ... berakhir di zona
    merah pada sesi perdagangan Rabu, 18 Juni 2025", out the next morning): the previous day's close is that day's
    report, not one of the day it is out; None when its first session date is its own day or none is given, or when
    the weekday written with the date is another day's (an outlet's slip: "hari ini, Kamis (18/6/2025)")."""
    cue = _session_cue(lang)
    if not lead or day is None or cue is None:
        return None
    text = lead[:LEAD_CHARS]
    for start, _end, stamp in find_dates(text):
        sentence = re.split(r"[.!?]\s|\n", text[max(0, start - SESSION_CHARS) : start])[-1]
        if not cue.search(sentence):
            continue
        told = stamp.day
        written = _WEEKDAY_BEFORE.search(sentence)
        weekday = stamp.weekday if stamp.weekday is not None else weekday_numbers().get(written[1].lower()) if written else None
        if weekday is not None and weekday != told.weekday():
            return None
        return told if 0 < (day - told).days <= SESSION_DAYS else None
    return None


@cache
def _race_pattern(lang: str) -> re.Pattern[str] | None:
    """A pattern of a racing series' name before a capitalised word (``story_race_heads.tsv``), that word caught."""
    rows = [row for row in table(lang, "story_race_heads.tsv") if len(row) >= 2]
    heads = [row[1] for row in rows if row[0] == "head"]
    if not heads:
        return None
    barred = alternation(row[1] for row in rows if row[0] == "not")
    skip = rf"(?!(?i:{barred})(?![\w-]))" if barred else ""
    return re.compile(rf"(?<![\w-])(?i:{alternation(heads)})\s+{skip}(?P<place>[A-Z][^\W\d_]{{2,}})(?![\w-])")


def headline_races(title: str | None, places: Iterable[str] = (), lang: str = "id") -> frozenset[str]:
    """The places (lower case) a headline names one round of a racing series by ("MotoGP Aragon 2025" -> "aragon",
    "Jadwal MotoGP Italia 2025" -> "italia"): a country, or the first word of one of ``places`` (the article's places,
    folded); none for the series alone ("MotoGP 2025", "Legenda MotoGP Kenang ...": a headline capitalises every word)."""
    pattern = _race_pattern(lang)
    if not title or pattern is None:
        return frozenset()
    from telisik.stories.event_names import country_keys  # (as ``_region_forms`` does: loaded once, when first asked)

    known = country_keys() | {place.split(" ", 1)[0] for place in places}
    return frozenset(word for m in pattern.finditer(title) if (word := m["place"].lower()) in known)


def _words_pattern(words: list[str]) -> re.Pattern[str] | None:
    """A pattern of any of ``words`` as whole words; None for none."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])") if words else None


@cache
def _explainer_cues(lang: str) -> tuple[frozenset[tuple[str, ...]], re.Pattern[str] | None, re.Pattern[str] | None]:
    """The opening words of an explainer's headline (``story_explainer_cues.tsv``), a pattern of the words it may
    hold anywhere, and one of the words of a habit it may hold in its first clause."""
    rows = [row for row in table(lang, "story_explainer_cues.tsv") if len(row) >= 2]
    openers = frozenset(tuple(row[1].lower().split()) for row in rows if row[0] == "opener")
    words = {where: [row[1].lower() for row in rows if row[0] == where] for where in ("contains", "habit")}
    return openers, _words_pattern(words["contains"]), _words_pattern(words["habit"])


@cache
def _counted_openers(lang: str) -> frozenset[tuple[str, ...]]:
    """Opening words of an explainer only after a count ("5 Tanda Ginjal Bermasalah"; "Tanda Tangan Kontrak" is news)."""
    rows = table(lang, "story_explainer_cues.tsv")
    return frozenset(tuple(row[1].lower().split()) for row in rows if len(row) >= 2 and row[0] == "counted")


def headline_explains(title: str | None, lang: str = "id") -> bool:
    """Whether a headline is an explainer's: it opens with an explainer's words ("Penyebab ...", "Apa itu ...",
    "Bolehkah ...") or holds them ("..., Ternyata Ini Artinya"). A question mark alone does not make one: a report
    teases with questions too ("Misteri Kapal ..., Siapa Pemiliknya?", "IHSG Tersungkur, Investor Harus Bagaimana?")."""
    if not title:
        return False
    lowered = title.lower()
    openers, contained, habits = _explainer_cues(lang)
    words = [w.rstrip("!") for w in _WORD.findall(lowered[:80])[:3]]
    counted = bool(words) and _NUMBER.fullmatch(words[0]) is not None
    if counted:  # a count before them: "4 Penyebab Bus-Truk Kerap Jadi ..."
        words = words[1:]
    if any(tuple(words[:size]) in openers or (counted and tuple(words[:size]) in _counted_openers(lang)) for size in (2, 1)):
        return True
    if contained is not None and contained.search(lowered) is not None:
        return True
    # a habit the headline tells ("Truk dan Bus Sering Jadi Penyebab ...") explains; one told after its first clause is
    # a detail of a piece on a deed ("Anak Pedagang ... Masuk ITB, Sering Belajar Pukul 03.00")
    return habits is not None and habits.search(re.split(r",(?!\d)", lowered, maxsplit=1)[0]) is not None  # "Rp1,9 Juta" goes on


HEADLINE_WORDS = 64  # a headline is short; a longer one is read this far, so the work per article stays bounded


@cache
def happening_phrases(lang: str = "id") -> dict[tuple[str, ...], str]:
    """Words (one or a phrase) of a headline -> the kind of happening they report."""
    return {tuple(words.lower().split()): kind for kind, words in (row[:2] for row in table(lang, "story_happenings.tsv") if len(row) >= 2)}


@cache
def _longest_phrase(lang: str) -> int:
    return max((len(p) for p in happening_phrases(lang)), default=0)


@cache
def _first_words(lang: str) -> frozenset[str]:
    """The words a happening's phrase begins with: a phrase is looked for only where a headline word is one."""
    return frozenset(p[0] for p in happening_phrases(lang) if p)


def headline_happenings(title: str | None, lang: str = "id") -> frozenset[str]:
    """The kinds of happening a headline reports ("violence", "accident", "fire" ...); empty when it names none."""
    phrases, longest, firsts = happening_phrases(lang), _longest_phrase(lang), _first_words(lang)
    words = [w.rstrip("!").lower() for w in _WORD.findall(title or "")[:HEADLINE_WORDS]]
    found = [
        (kind, start)
        for start, word in enumerate(words)
        if word in firsts
        for size in range(1, min(longest, len(words) - start) + 1)
        if (kind := phrases.get(tuple(words[start : start + size])))
    ]
    # a kind told as the cause ("... Diduga Akibat Cuaca Buruk") is none of its own beside a kind the headline reports
    causes = _cause_words(lang)
    told = {kind for kind, start in found if causes.isdisjoint(words[max(0, start - CAUSE_REACH) : start])}
    return frozenset(told or (kind for kind, _ in found))


CAUSE_REACH = 2  # how many words before a kind of happening a cause word may stand ("diduga akibat cuaca")


@cache
def _cause_words(lang: str) -> frozenset[str]:
    """The words after which a kind of happening is the cause of a headline's happening (``story_happening_causes.txt``)."""
    return lower_word_list(lang, "story_happening_causes.txt")


def story_kind(kinds: Iterable[str | None]) -> str | None:
    """A story's kind: the one its articles all share; None (news) when any reports a happening."""
    found = set(kinds)
    return found.pop() if len(found) == 1 else None


@cache
def _region_forms() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of every name and alias of the gazetteer's places below a nation (a province, a city, a region:
    "Jabar", "Jawa Barat", "Denpasar", "Gaza"), as written, and each form -> its place's name in lower case."""
    from telisik.stories.event_names import country_keys  # (the entity stage's countries and provinces, loaded once)

    nations = country_keys() - province_keys()
    forms: dict[str, str] = {}
    for row in table("id", "gazetteer.tsv"):
        if len(row) < 2 or row[1] != "LOC" or row[0].lower() in nations:
            continue
        for form in (row[0], *(row[2].split("|") if len(row) > 2 else ())):
            if form and form.lower() not in nations:
                forms.setdefault(form, row[0].lower())
                forms.setdefault(form.upper(), row[0].lower())  # a headline written in capitals
    if not forms:
        return None, forms
    alternation = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), forms


@cache
def province_keys() -> frozenset[str]:
    """Indonesia's provinces (pycountry's names, lower case): places below a nation, though the entity stage's
    country list holds them."""
    try:
        import pycountry

        return frozenset(sub.name.lower() for sub in pycountry.subdivisions.get(country_code="ID") or [])
    except (ImportError, LookupError):  # pragma: no cover - pycountry is a dependency
        return frozenset()


@cache
def _place_tally(cues_file: str, numbers: bool) -> re.Pattern[str] | None:
    """A word of ``cues_file`` (or, with ``numbers``, a number) before a noun of places (``story_place_tallies.txt``)."""
    nouns, cues = lower_word_list("id", "story_place_tallies.txt"), lower_word_list("id", cues_file)
    if not nouns:
        return None
    # Indonesia has 514 regencies and cities: a count of places never needs four digits, a year ("APBD 2026 Pemprov")
    # has them
    counts = "|".join([*([r"\d{1,3}"] if numbers else []), *map(re.escape, sorted(cues, key=len, reverse=True))])
    if not counts:
        return None
    return re.compile(rf"(?<![\w-])(?:{counts})\s+(?:{'|'.join(map(re.escape, sorted(nouns, key=len, reverse=True)))})(?![\w-])")


def headline_tallies_places(title: str | None) -> bool:
    """Whether a headline counts or lists places ("Bertambah Lagi! 14 Provinsi Gelar Pemutihan ...", "Daftar Daerah
    yang ..."): a roundup across places, no report of one place's happening. A count of places in a headline that names
    a kind of happening (``headline_happenings``) is that happening's reach ("Banjir Bandang Terjang 4 Kecamatan"), while
    a listing word (``story_place_listings.txt``: "Daftar Wilayah Berpotensi Diguyur Hujan") lists places whatever."""
    if not title:
        return False
    text = title[:400].lower()
    listing, counting = _place_tally("story_place_listings.txt", False), _place_tally("story_tally_words.txt", True)
    if listing is not None and listing.search(text):
        return True
    return counting is not None and bool(counting.search(text)) and not headline_happenings(title)


def headline_regions(title: str | None) -> frozenset[str]:
    """The places below a nation (the gazetteer's) that a headline names, each by its name in lower case: "SPMB Jabar"
    and "SPMB Jawa Barat" both give "jawa barat"; "Jatim" gives "jawa timur"; a nation ("Jepang") gives none."""
    pattern, forms = _region_forms()
    if not title or pattern is None:
        return frozenset()
    return frozenset(forms[m[0]] for m in pattern.finditer(title[:400]))


@cache
def _meeting_forms(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of the words and phrases of ``decision_meetings.tsv``, and each (lower case) -> its meeting."""
    forms = {row[1].lower(): row[0] for row in table(lang, "decision_meetings.tsv") if len(row) >= 2 and row[1]}
    if not forms:
        return None, forms
    alternation = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), forms


def decision_meetings(text: str | None, lang: str = "id") -> frozenset[str]:
    """The meetings whose decisions are the news ("central bank board", "shareholders") that a text (a headline and its
    body's start) names: "RDG BI" and "Rapat Dewan Gubernur" both give "central bank board"."""
    pattern, forms = _meeting_forms(lang)
    if not text or pattern is None:
        return frozenset()
    return frozenset(forms[m[0]] for m in pattern.finditer(text.lower()))


@cache
def _locality_pattern(lang: str) -> re.Pattern[str] | None:
    """A pattern of the names of ``regencies.tsv`` (a regency, a city) and of the provinces, longest first, as a
    headline writes them."""
    names = [row[0] for row in table(lang, "regencies.tsv") if row and row[0]]
    names += [province.title() for province in province_keys()]
    if not names:
        return None
    forms = {form for name in names for form in (name, name.upper())}  # a headline written in capitals
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(form) for form in sorted(forms, key=len, reverse=True))})(?![\w-])")


def headline_localities(title: str | None, lang: str = "id") -> frozenset[str]:
    """The regencies, cities and provinces a headline names, each in lower case ("Gempa M5,0 Guncang Pangandaran" gives
    "pangandaran", "Gempa di Maluku" "maluku"); a province's short form ("Jatim": ``headline_regions`` reads those) or a
    nation gives none."""
    pattern = _locality_pattern(lang)
    if not title or pattern is None:
        return frozenset()
    return frozenset(m[0].lower() for m in pattern.finditer(title[:400]))


@cache
def _landform_pattern(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of a landform word of ``landform_words.tsv`` (any case) and the capitalised name after it, and each
    form (lower case) -> the word a body writes it with."""
    forms = {row[0].lower(): row[1].lower() for row in table(lang, "landform_words.tsv") if len(row) >= 2 and row[0]}
    if not forms:
        return None, forms
    alternation = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:({alternation}))\s+([A-Z][\w'-]*)"), forms


@cache
def _landform_stops(lang: str) -> frozenset[str]:
    """Words that cannot be a landform's own name: a street, a settlement, a unit, a little word."""
    return lower_word_list(lang, "landform_name_stops.txt") | lower_word_list(lang, "stopwords.txt")


def headline_landforms(title: str | None, lang: str = "id") -> frozenset[str]:
    """The landforms a headline names by their own names ("Gunung Semeru Erupsi Lagi" gives "gunung semeru", "Gunung
    Api Raung" "gunung raung"), each in lower case as a body names it: like a regency (``headline_localities``), where a
    happening is."""
    pattern, forms = _landform_pattern(lang)
    if not title or pattern is None:
        return frozenset()
    # (a street or a village after the word says where the river runs, not its name: ``landform_name_stops.txt``)
    stops = _landform_stops(lang)
    return frozenset(
        f"{forms[' '.join(m[1].lower().split())]} {m[2].lower()}" for m in pattern.finditer(title[:400]) if m[2].lower() not in stops
    )


@cache
def _pairing_cues(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of the cues of ``team_pairing_cues.tsv`` (folded headline words, longest first) with the word after
    them, and each cue -> its kind ("result", "fixture")."""
    cues = {row[1].lower(): row[0] for row in table(lang, "team_pairing_cues.tsv") if len(row) >= 2 and row[1]}
    if not cues:
        return None, cues
    alternation = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf" ({alternation}) (\S+(?: \S+)?)"), cues


def headline_pairing(headline: str, team_head: str, nations: frozenset[str], lang: str = "id") -> tuple[frozenset[str], bool]:
    """The two sides of the one match a headline tells by a national team and a cue before the nation it plays
    (``team_pairing_cues.tsv``: "Timnas Indonesia Usai Kalahkan China", "Timnas Indonesia Jelang Lawan Jepang"), as
    ``match_facts.headline_match`` writes them ({"timnas indonesia", "china"}), and whether it tells the result; empty
    when it names no such team (``team_head`` and a nation: "timnas indonesia"), no nation after a cue, or two.
    ``headline`` is folded (``cluster.headline_key``); ``nations`` are the countries' names, folded."""
    pattern, cues = _pairing_cues(lang)
    words = headline.split()
    teams = {f"{team_head} {nation}" for first, nation in zip(words, words[1:], strict=False) if first == team_head and nation in nations}
    if pattern is None or len(teams) != 1:
        return frozenset(), False
    team = next(iter(teams))
    own = team.split(" ", 1)[1]
    found: dict[str, bool] = {}
    for m in pattern.finditer(headline):
        after = m[2].split()
        # a two-word nation ("arab saudi") is read before its first word
        nation = next((n for n in (" ".join(after), after[0]) if n in nations and n != own), None)
        if nation is not None:
            found[nation] = found.get(nation, False) or cues[m[1]] == "result"
    if len(found) != 1:
        return frozenset(), False
    nation, told = next(iter(found.items()))
    return frozenset((team, nation)), told


def names_locality(text: str, localities: Iterable[str]) -> bool:
    """Whether a text (an article's body) names one of some regencies or cities (lower case, as
    ``headline_localities`` gives them)."""
    lowered = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", lowered) for place in localities)
