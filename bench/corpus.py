"""Expand the June 2025 news corpus to any size with perturbed, date-shifted copies.

    python bench/corpus.py --n 100000 --out /tmp/corpus_100k.jsonl.gz [--seed 1] [--source PATH]

    sys.path.insert(0, "bench"); from corpus import expand
    for record in expand(100_000, seed=1): ...   # id, url, outlet, title, published, text

Scaling benchmarks (``bench/stories.py``) need corpora far larger than the
7,518 real articles of ``shared/data/corpus/indonews_jun2025.jsonl.gz``, and
they need them to *look* like more news, not like the same news repeated: a
story clusterer fed 100 identical copies of one fortnight would see clusters
100 times too large, all on the same days. So the expansion is made of epochs:

* epoch 0 is the real corpus, records unchanged;
* epoch k >= 1 holds one syndicated-looking copy of each article whose dates
  (``published``, and the full or day-month dates in the title and text) are
  shifted by k * 30 days, so the copies form the news of a later month and the
  number of stories grows with N, as it would in a real archive.

A copy is perturbed the way a syndicated or re-scraped page differs from the
original: the outlet is another outlet of the corpus (weighted by its share),
the dateline takes that outlet's form ("JAKARTA, KOMPAS.com -" against
"Liputan6.com, Jakarta -"), 10-20 % of the body sentences are dropped, a few
neighbouring sentences swap places (the lead stays first nine times in ten),
most of the original's page chrome goes and new chrome comes ("Baca juga:"
with another article's title, "Ikuti kami di Google News", share lines). Dates
more than 400 days from the article's own date (history: "1 Juni 1945") are not
shifted. Undated articles stay undated.

Every epoch visits the articles in its own seeded order, so any prefix of the
expansion (n = 1,000) is a sample of the whole corpus, not its first lines.
The output is deterministic for a seed: each copy draws from its own random
generator seeded by (seed, epoch, article), independent of n.

The source corpus is held once (about 19 MB of text plus its parsed sentences);
copies are made one at a time as the iterator is consumed, so 1M records never
sit in memory. The CLI prints the generation speed, and the share of the time
spent generating against JSON encoding and gzip in the same run.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from telisik.lang import patterns, table, word_list

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parent.parent / "shared" / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
FIELDS = ("id", "url", "outlet", "title", "published", "text")
EPOCH_DAYS = 30
# Dates further than this from the article's own date are history or far plans
# ("Piala Dunia 1998", "pada 17 Agustus 1945"): a later copy still cites them as is.
SHIFT_WINDOW_DAYS = 400
# The anchor for year-less dates of an undated article that states no full date:
# the middle of the corpus' dense fortnight.
FALLBACK_ANCHOR = date(2025, 6, 15)

# Dateline forms of the corpus' outlets: (with a place, without one). {PLACE} is
# the place in capitals, {Place} in title case. An empty form means the outlet
# prints no dateline then.
DATELINES: dict[str, tuple[str, str]] = {
    "kompas.com": ("{PLACE}, KOMPAS.com -", "KOMPAS.com -"),
    "liputan6.com": ("Liputan6.com, {Place} -", "Liputan6.com, Jakarta -"),
    "detik.com": ("{Place} -", ""),
    "okezone.com": ("{PLACE} -", ""),
    "tribunnews.com": ("{PLACE}, TRIBUNNEWS.COM -", "TRIBUNNEWS.COM -"),
    "sindonews.com": ("{PLACE} -", ""),
    "tempo.co": ("TEMPO.CO, {Place} -", "TEMPO.CO -"),
    "kapanlagi.com": ("Kapanlagi.com -", "Kapanlagi.com -"),
    "republika.co.id": ("REPUBLIKA.CO.ID, {PLACE} --", "REPUBLIKA.CO.ID --"),
    "posmetromedan.com": ("{PLACE}, POSMETRO MEDAN -", "POSMETRO MEDAN -"),
    "posmetro.co.id": ("Posmetro.co.id, {PLACE} -", "Posmetro.co.id -"),
    "posmetro.co": ("{PLACE}, POSMETRO.CO -", "POSMETRO.CO -"),
}
BRANDS = {
    "kompas.com": "Kompas.com",
    "liputan6.com": "Liputan6.com",
    "detik.com": "detikcom",
    "okezone.com": "Okezone",
    "tribunnews.com": "Tribunnews.com",
    "sindonews.com": "SINDOnews",
    "tempo.co": "Tempo.co",
    "kapanlagi.com": "KapanLagi.com",
    "republika.co.id": "Republika",
}
# Chrome a copy gains: the kinds the cleaner's boilerplate.txt lists, worded here
# (never taken from the corpus text). {title} is another article's title.
CHROME_LINES = (
    "Baca juga: {title}",
    "Baca Juga: {title}",
    "Baca juga:{title}",
    "Simak juga: {title}",
    "Lihat juga: {title}",
    "Ikuti kami di Google News",
    "Ikuti berita terkini dari {brand} di Google News, klik di sini",
    "Dapatkan update berita pilihan dan breaking news setiap hari dari {brand}.",
    "Bagikan artikel ini: Facebook | X | WhatsApp | Telegram",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Scroll untuk melanjutkan membaca",
)

_SPACE = " \t\xa0"
_WORD = r"[A-Za-z][\w.’'\-]*"
# A dateline at the start of a line: up to three comma- or bar-separated chunks
# of up to four words (place, outlet), then a dash or colon, maybe across line
# breaks ("Jakarta\n-\n", "TANGERANG SELATAN\n, KOMPAS.com -").
_DATELINE = re.compile(
    rf"[{_SPACE}]*(?P<dl>{_WORD}(?:[{_SPACE}]+{_WORD}){{0,3}}(?:\s*[,|]\s*{_WORD}(?:[{_SPACE}]+{_WORD}){{0,3}}){{0,2}})"
    rf"(?P<nl>\s*?\n)?\s*,?\s*(?P<sep>-{{2,}}|[-–—:])[{_SPACE}]*\n?"
)
# "Liputan6.com, JakartaPresiden ..." (the scraper glued the dateline to the lead).
_GLUED_DATELINE = re.compile(r"[ \t\xa0]*(?P<dl>Liputan6\.com,\s*(?P<place>[A-Z][a-z]+))(?=[A-Z][a-z])")
_OUTLET_TOKEN = re.compile(
    r"\.(?:com|co|id)\b|liputan6|posmetro|tempo|kompas|okezone|detik|sindonews|republika|kapanlagi|tribun|pos\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')]*")
_WORD_BEFORE = re.compile(r"(\S+)$")
_ENDS_SENTENCE = re.compile(r"[.!?:;…\"”’')]\s*$")


def _month_tables() -> tuple[dict[str, tuple[int, bool]], dict[int, str], dict[int, str]]:
    """Month names from telisik's months.tsv: name -> (number, is abbreviation);
    number -> the first full name; number -> the first abbreviation (or the name)."""
    names: dict[str, tuple[int, bool]] = {}
    full: dict[int, str] = {}
    short: dict[int, str] = {}
    for row in table("id", "months.tsv"):
        num, is_abbr = int(row[1]), len(row) > 2 and row[2] == "abbr"
        names[row[0]] = (num, is_abbr)
        (short if is_abbr else full).setdefault(num, row[0])
    for num, name in full.items():
        short.setdefault(num, name)  # "Mei" has no shorter form
    return names, full, short


MONTHS, MONTH_FULL, MONTH_SHORT = _month_tables()
WEEKDAYS: dict[str, int] = {row[0]: int(row[1]) for row in table("id", "weekdays.tsv")}
WEEKDAY_NAME: dict[int, str] = {}
for _name, _num in WEEKDAYS.items():
    WEEKDAY_NAME.setdefault(_num, _name)
PARTS_OF_DAY = [row[0] for row in table("id", "parts_of_day.tsv")]
ABBREVIATIONS = word_list("id", "abbreviations.txt")
CHROME = patterns("id", "boilerplate.txt")


def _alternation(words: list[str] | set[str] | dict[str, Any]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_YEAR = r"(?:19|20)\d\d(?!\d)"
# Dates the copies shift: "18 Juni 2025", "18 Jun", "18/06/2025", "(9/6)", "Juni 2025".
_DATE = re.compile(
    rf"(?<![\w/.,-])(?P<d>[0-3]?\d)[{_SPACE}]+(?P<mon>{_alternation(MONTHS)})\b\.?(?:,?[{_SPACE}]+(?P<y>{_YEAR}))?"
    rf"|(?<![\w/.,-])(?P<d2>[0-3]?\d)(?P<sep>[/-])(?P<m2>[01]?\d)(?P=sep)(?P<y2>{_YEAR})"
    rf"|\((?P<d3>[0-3]?\d)/(?P<m3>[01]?\d)\)"
    rf"|\b(?P<mon4>{_alternation({n for n, (_, abbr) in MONTHS.items() if not abbr})})[{_SPACE}]+(?P<y4>{_YEAR})",
    re.IGNORECASE,
)
# The weekday a date is written with: "Senin, 9 Juni", "Selasa malam (18/6/2024)".
_WEEKDAY_BEFORE = re.compile(
    rf"\b(?P<wd>{_alternation(WEEKDAYS)})(?:[{_SPACE}]+(?:{_alternation(PARTS_OF_DAY)}))?[{_SPACE}]*,?[{_SPACE}]*\(?$",
    re.IGNORECASE,
)


def _same_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


def _padded(value: int, like: str) -> str:
    """``value`` zero-padded when the original was ("09/06/2025"), not when it just had two digits."""
    return f"{value:02d}" if like.startswith("0") else str(value)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(m: int, d: int, anchor: date) -> date | None:
    """A year-less day and month in the year that puts it nearest the anchor."""
    days = [x for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (x := _safe_date(y, m, d))]
    return min(days, key=lambda x: abs((x - anchor).days)) if days else None


def _full_dates(text: str) -> list[date]:
    """The dates with day, month and year a text states (for an undated article's anchor)."""
    found = []
    for m in _DATE.finditer(text):
        if m["y"]:
            day = _safe_date(int(m["y"]), MONTHS[m["mon"].lower()][0], int(m["d"]))
        elif m["y2"]:
            day = _safe_date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        else:
            day = None
        if day:
            found.append(day)
    return found


def shift_dates(text: str, days: int, anchor: date) -> str:
    """``text`` with its dates moved ``days`` later, each written as before.

    ``anchor`` is the article's own date: it gives year-less dates their year,
    and dates more than SHIFT_WINDOW_DAYS from it stay as they are. A weekday
    written with a date ("Senin (9/6)") follows the date when it named it right.
    """
    if not days:
        return text
    delta = timedelta(days=days)
    out: list[str] = []
    last = 0
    for m in _DATE.finditer(text):
        old, new, rendered = _shift_one(m, delta, anchor)
        if rendered is None:
            continue
        head = text[last : m.start()]
        # Rename the weekday only when it fitted the old date: a page's own
        # mismatch stays a mismatch (telisik flags those).
        wd = _WEEKDAY_BEFORE.search(head[-32:]) if head and old and new else None
        if wd and old and new and WEEKDAYS.get(wd["wd"].lower()) == old.weekday():
            cut = len(head) - len(head[-32:]) + wd.start("wd")
            name = _same_case(WEEKDAY_NAME[new.weekday()], wd["wd"])
            head = head[:cut] + name + head[cut + len(wd["wd"]) :]
        out.append(head)
        out.append(rendered)
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _shift_one(m: re.Match[str], delta: timedelta, anchor: date) -> tuple[date | None, date | None, str | None]:
    """(old date, new date, the match rewritten) for one date match; the text is None when it stays."""
    whole, s = m.group(0), m.start()
    if m["mon"]:
        token = m["mon"]
        num, is_abbr = MONTHS[token.lower()]
        old = _safe_date(int(m["y"]), num, int(m["d"])) if m["y"] else _nearest_year(num, int(m["d"]), anchor)
        if old is None or abs((old - anchor).days) > SHIFT_WINDOW_DAYS:
            return None, None, None
        new = old + delta
        month = _same_case((MONTH_SHORT if is_abbr else MONTH_FULL)[new.month], token)
        # Keep the day's zero padding, the spacing and punctuation between the parts.
        rendered = _padded(new.day, m["d"]) + whole[m.end("d") - s : m.start("mon") - s] + month
        if m["y"]:
            rendered += whole[m.end("mon") - s : m.start("y") - s] + str(new.year)
        else:
            rendered += whole[m.end("mon") - s :]
        return old, new, rendered
    if m["d2"]:
        old = _safe_date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        if old is None or abs((old - anchor).days) > SHIFT_WINDOW_DAYS:
            return None, None, None
        new = old + delta
        return old, new, f"{_padded(new.day, m['d2'])}{m['sep']}{_padded(new.month, m['m2'])}{m['sep']}{new.year}"
    if m["d3"]:
        old = _nearest_year(int(m["m3"]), int(m["d3"]), anchor)
        if old is None:
            return None, None, None
        new = old + delta
        return old, new, f"({_padded(new.day, m['d3'])}/{_padded(new.month, m['m3'])})"
    # "Juni 2025": move the middle of the month, so that the month follows its days.
    token = m["mon4"]
    mid = date(int(m["y4"]), MONTHS[token.lower()][0], 15)
    if abs((mid - anchor).days) > SHIFT_WINDOW_DAYS:
        return None, None, None
    new = mid + delta
    return None, None, _same_case(MONTH_FULL[new.month], token) + whole[m.end("mon4") - s : m.start("y4") - s] + str(new.year)


@dataclass(slots=True)
class Parsed:
    """What a copy is built from, worked out once per source article."""

    place: str | None  # the dateline's place, if the text has a dateline
    has_dateline: bool
    blocks: list[tuple[bool, list[str]]]  # (is chrome, its sentences; a chrome block is one line)
    dated: set[str]  # the sentences (and title) with a date to shift: scanning only those is 10x faster
    separator: str  # between paragraphs, as in the original
    anchor: date  # the article's date, for year-less dates and the shift window


def _is_chrome(line: str) -> bool:
    return any(p.search(line) for p in CHROME)


def _find_dateline(text: str) -> tuple[int, int, str | None] | None:
    """(start, end, place) of a dateline at the start of one of the first lines."""
    pos = 0
    for _ in range(3):
        glued = _GLUED_DATELINE.match(text, pos)
        if glued:
            return glued.start("dl"), glued.end(), glued["place"]
        m = _DATELINE.match(text, pos)
        if m and len(m["dl"]) <= 50:
            chunks = [re.sub(r"\s+", " ", c).strip() for c in re.split(r"[,|]", m["dl"])]
            outlet = [bool(_OUTLET_TOKEN.search(c)) for c in chunks]
            words = re.findall(_WORD, m["dl"])
            capitalised = all(w[0].isupper() or _OUTLET_TOKEN.search(w) for w in words)
            # A colon ends a dateline only after an outlet ("BATAM, POSMETRO:"), else
            # it is a headline ("Film GOWOK: ..."); a lone title-case word counts
            # when the dash sits on its own line (detik's "Jakarta\n-\n").
            plausible = (
                any(outlet)
                or (m["sep"] != ":" and any(w.isupper() and len(w) >= 3 for w in words))
                or (m["nl"] is not None and m["sep"] != ":" and len(words) <= 3)
            )
            if capitalised and plausible:
                places = [c for c, is_outlet in zip(chunks, outlet, strict=True) if not is_outlet and c]
                place = places[0] if places and len(places[0]) <= 30 else None
                return m.start("dl"), m.end(), place
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        pos = nl + 1
    return None


def split_sentences(block: str) -> list[str]:
    """Sentences of one paragraph, also where the scraper glued them ("tersebut.Pantas")."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(block):
        end = m.end()
        if end >= len(block):
            break
        nxt = block[end]
        if nxt in _SPACE:
            rest = block[end:].lstrip(_SPACE)
            if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘("):
                continue
        elif not (nxt.isupper() and end + 1 < len(block) and block[end + 1].islower()):
            continue
        if m.group(0)[0] == ".":
            before = _WORD_BEFORE.search(block, start, m.start())
            word = before.group(1) if before else ""
            if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue  # "Dr. Budi", "H. Iman": not an end
        sentence = block[start:end].strip(_SPACE)
        if sentence:
            out.append(sentence)
        start = end
    tail = block[start:].strip(_SPACE)
    if tail:
        out.append(tail)
    return out


def parse(record: dict[str, Any]) -> Parsed:
    text = record.get("text") or ""
    found = _find_dateline(text)
    chrome_head, place = "", None
    if found:
        start, end, place = found
        chrome_head, text = text[:start], text[end:]
    blocks: list[tuple[bool, list[str]]] = [(True, [ln.strip(_SPACE)]) for ln in chrome_head.split("\n") if ln.strip(_SPACE)]
    # Lines of text; detik and republika break lines at every link ("pesawat
    # jenis\nAirbus\nyang"), so a line without a final stop runs on into the next.
    lines: list[tuple[bool, str]] = []
    for line in text.split("\n"):
        line = line.strip(_SPACE)
        if not line:
            continue
        chrome = _is_chrome(line)
        if not chrome and lines and not lines[-1][0] and not _ENDS_SENTENCE.search(lines[-1][1]):
            lines[-1] = (False, f"{lines[-1][1]} {line}")
        else:
            lines.append((chrome, line))
    blocks.extend((True, [line]) if chrome else (False, split_sentences(line)) for chrome, line in lines)
    published = _published(record.get("published"))
    if published:
        anchor = published.date()
    else:
        # An undated page: the latest full date it states, as telisik's timex anchor does.
        stated = _full_dates(record.get("text") or "")
        anchor = max(stated) if stated else FALLBACK_ANCHOR
    pieces = [record.get("title") or ""] + [part for _, parts in blocks for part in parts]
    dated = {piece for piece in pieces if _DATE.search(piece)}
    return Parsed(place, found is not None, blocks, dated, "\n\n" if "\n\n" in text else "\n", anchor)


def _published(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def dateline(outlet: str, place: str | None) -> str:
    with_place, without = DATELINES.get(outlet, ("{PLACE} -", ""))
    if not place:
        return without
    return with_place.format(PLACE=place.upper(), Place=" ".join(w.capitalize() for w in place.split()))


def _round(rng: random.Random, x: float) -> int:
    """Stochastic rounding: 1.3 sentences to drop is 1 seven times in ten, 2 three times."""
    whole = int(x)
    return whole + (rng.random() < x - whole)


class Expansion:
    """The source corpus held once, and the copies made from it on demand."""

    def __init__(self, records: list[dict[str, Any]], seed: int):
        if not records:
            raise ValueError("the source corpus has no records")
        self.records = records
        self.seed = seed
        self.parsed: dict[int, Parsed] = {}  # filled lazily: n = 1,000 parses 1,000 articles
        self.titles = [r["title"] for r in records if r.get("title")]
        counts = Counter(r["outlet"] for r in records if r.get("outlet"))
        self.outlets = sorted(counts)
        self.weights = [counts[o] for o in self.outlets]

    def order(self, epoch: int) -> list[int]:
        order = list(range(len(self.records)))
        random.Random(f"{self.seed}:order:{epoch}").shuffle(order)
        return order

    def original(self, j: int) -> dict[str, Any]:
        return {key: self.records[j].get(key) for key in FIELDS}

    def copy(self, j: int, epoch: int) -> dict[str, Any]:
        src = self.records[j]
        parsed = self.parsed.get(j)
        if parsed is None:
            parsed = self.parsed[j] = parse(src)
        # Its own generator: the copy is the same whatever n or order asks for it.
        rng = random.Random(f"{self.seed}:{epoch}:{src['url']}")
        outlet = self._other_outlet(src.get("outlet"), rng)
        days = epoch * EPOCH_DAYS
        text = self._text(parsed, outlet, days, rng)
        if text == (src.get("text") or ""):
            text += parsed.separator + self._chrome_line(outlet, rng)  # a copy is never the original
        published = _published(src.get("published"))
        url = f"{src['url']}#copy-{epoch}"
        return {
            "id": hashlib.sha1(url.encode("utf-8")).hexdigest()[:16],  # as the corpus' ids: sha1(url)[:16]
            "url": url,
            "outlet": outlet,
            "title": shift_dates(src["title"], days, parsed.anchor) if src.get("title") in parsed.dated else src.get("title"),
            "published": (published + timedelta(days=days)).isoformat() if published else None,
            "text": text,
        }

    def _other_outlet(self, outlet: str | None, rng: random.Random) -> str | None:
        if len(self.outlets) < 2:
            return outlet
        while True:  # weighted by the outlets' shares, never the original's own outlet
            other = rng.choices(self.outlets, self.weights)[0]
            if other != outlet:
                return other

    def _chrome_line(self, outlet: str | None, rng: random.Random) -> str:
        line = rng.choice(CHROME_LINES)
        return line.format(title=rng.choice(self.titles) if self.titles else "Berita Terkini", brand=BRANDS.get(outlet or "", outlet))

    def _text(self, parsed: Parsed, outlet: str | None, days: int, rng: random.Random) -> str:
        # Units [paragraph id, text, is chrome]: a sentence keeps the id of its
        # paragraph, so the copy keeps the original's paragraphs.
        units: list[list[Any]] = []
        for pid, (is_chrome, parts) in enumerate(parsed.blocks):
            if is_chrome:
                if rng.random() < 0.4:  # most of the other site's chrome goes
                    units.append([pid, shift_dates(parts[0], days, parsed.anchor) if parts[0] in parsed.dated else parts[0], True])
            else:
                units.extend([pid, shift_dates(part, days, parsed.anchor) if part in parsed.dated else part, False] for part in parts)
        sentences = [i for i, u in enumerate(units) if not u[2]]
        if not sentences:  # a page of chrome only ("SCROLL TO CONTINUE WITH CONTENT"): it stays one
            units.append([len(parsed.blocks), self._chrome_line(outlet, rng), True])
            return parsed.separator.join(u[1] for u in units)

        # Drop 10-20 % of the sentences after the lead, keeping at least one.
        lead, body = sentences[0], sentences[1:]
        if len(body) > 1:
            drop = set(rng.sample(body, min(len(body) - 1, _round(rng, rng.uniform(0.10, 0.20) * len(body)))))
            units = [u for i, u in enumerate(units) if i not in drop]

        # A few swaps of neighbouring sentences (their texts: the paragraphs stay
        # as they were). One copy in ten puts the second sentence first.
        if rng.random() < 0.1 and lead + 1 < len(units) and not units[lead + 1][2]:
            units[lead][1], units[lead + 1][1] = units[lead + 1][1], units[lead][1]
        for _ in range(1 + len(units) // 10):
            if len(units) - 1 > lead + 1:
                i = rng.randrange(lead + 1, len(units) - 1)
                if not units[i][2] and not units[i + 1][2]:
                    units[i][1], units[i + 1][1] = units[i + 1][1], units[i][1]

        # The copy's own dateline before whatever sentence now leads.
        line = dateline(outlet or "", parsed.place) if (parsed.has_dateline or rng.random() < 0.5) else ""
        if line:
            units[lead][1] = f"{line} {units[lead][1]}"

        next_pid = len(parsed.blocks)
        for _ in range(rng.randint(1, 3)):
            units.insert(rng.randint(lead + 1, len(units)), [next_pid, self._chrome_line(outlet, rng), True])
            next_pid += 1

        paragraphs: list[str] = []
        previous = None
        for pid, text, _ in units:
            if pid == previous:
                paragraphs[-1] += " " + text
            else:
                paragraphs.append(text)
            previous = pid
        return parsed.separator.join(paragraphs)


def load(source: Path) -> list[dict[str, Any]]:
    if not source.is_file():
        raise FileNotFoundError(f"source corpus not found: {source} (the corpus is ../shared/data/corpus; pass --source)")
    records = []
    with gzip.open(source, "rt", encoding="utf-8") if source.suffix == ".gz" else source.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                # Only the fields a copy has: published_raw, author, ... are not carried (nor held).
                records.append({key: row.get(key) for key in FIELDS})
    return records


def expand(n: int, seed: int = 1, source: Path | None = None) -> Iterator[dict[str, Any]]:
    """``n`` records: the source corpus first (in a seeded order), then its copies, epoch by epoch.

    Raises FileNotFoundError at the call (not at the first ``next``) when the source is missing.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, not {n}")
    expansion = Expansion(load(Path(source) if source else DEFAULT_SOURCE), seed)
    return _generate(expansion, n)


def _generate(expansion: Expansion, n: int) -> Iterator[dict[str, Any]]:
    size = len(expansion.records)
    made = 0
    epoch = 0
    while made < n:
        for j in expansion.order(epoch)[: n - made]:
            yield expansion.original(j) if epoch == 0 else expansion.copy(j, epoch)
        made += min(size, n - made)
        epoch += 1


def _open_out(out: str) -> TextIO:
    if out == "-":
        return sys.stdout
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".gz":
        # Level 1: a 1M-article file is written in a fraction of level 6's time,
        # and these files are scratch data.
        return gzip.open(path, "wt", encoding="utf-8", compresslevel=1)
    return path.open("w", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, required=True, help="number of records to write")
    ap.add_argument("--out", required=True, help="output JSONL file (.gz compresses; - for standard output)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help=f"source corpus (default {DEFAULT_SOURCE})")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("--n must be >= 0")
    report = sys.stderr if args.out == "-" else sys.stdout

    started = time.perf_counter()
    try:
        expansion = Expansion(load(args.source), args.seed)
    except (FileNotFoundError, ValueError) as exc:
        print(f"corpus.py: {exc}", file=sys.stderr)
        return 2
    loaded = time.perf_counter() - started
    size = len(expansion.records)

    # Time spent inside the generator, apart from JSON encoding and writing.
    gen_time = {"original": 0.0, "copy": 0.0}
    written = 0
    records = _generate(expansion, args.n)
    fh = _open_out(args.out)
    t0 = time.perf_counter()
    try:
        while True:
            a = time.perf_counter()
            record = next(records, None)
            b = time.perf_counter()
            if record is None:
                break
            gen_time["original" if written < size else "copy"] += b - a
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    finally:
        if fh is not sys.stdout:
            fh.close()
    total = time.perf_counter() - t0

    copies = max(0, written - size)
    epochs = -(-written // size) if size else 0
    generating = gen_time["original"] + gen_time["copy"]
    print(f"source: {size:,} articles from {args.source}, loaded in {loaded:.1f} s", file=report)
    print(
        f"wrote {written:,} records ({min(written, size):,} originals, {copies:,} copies; {epochs} epochs, "
        f"dates shifted up to +{max(0, epochs - 1) * EPOCH_DAYS} days) to {args.out} in {total:.1f} s",
        file=report,
    )
    if written:
        print(f"generation: {written / generating:,.0f} records/s overall", file=report, end="")
        if copies:
            print(f", {copies / gen_time['copy']:,.0f} copies/s", file=report, end="")
        print(f"; JSON + output: {written / max(total - generating, 1e-9):,.0f} records/s", file=report)
        print(f"generation share of the run: {generating / total:.0%}", file=report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
