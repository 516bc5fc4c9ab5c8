"""Scraped text repaired before cleaning, each repair recorded for a user to audit.

Scrapers break a page's text in ways the cleaner cannot read past: mojibake
("MÃ¶nchengladbach"), words glued where a link or a break was removed
("dilansirAntara"), a dateline run into the first word ("Liputan6.com,
JakartaHarga") or spread over lines ("Jakarta\\n-\\nHarga"), a sentence broken
into lines at every inline link (Kompas, Detik: "Menteri\\nBahlil Lahadalia\\nyang
sigap"), passages repeated (Republika and Kapanlagi pages give each container's
text, then its children's), and promos glued onto a paragraph ("...
paragraf.Ikuti Whatsapp Channel Republika"). ``repair`` fixes them in that order
of passes, one pass reading the text the previous one left, and returns the
repaired text with a ``Repair`` for each change, ``at`` its offset in the
repaired text. The cleaner then reads the repaired text, so the body and every
offset into it are built from it.

Every pass is linear in the text (one look at each line, sets of hashed
sentences), so a page's cost stays bounded by its size, which the reader caps.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

import ftfy

from telisik.lang import lower_word_list, patterns
from telisik.pages import metadata
from telisik.pages.dateline import find_dateline, separated
from telisik.pages.glue import glue_splitter
from telisik.pages.glue_lexicon import read_counts
from telisik.records import Repair, RepairKind
from telisik.text import without_invisible


@dataclass(frozen=True)
class RepairedText:
    text: str
    repairs: list[Repair]


@dataclass(frozen=True)
class _Edit:
    """``text[start:end]`` becomes ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the line in the text
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for part in text.split("\n"):
        out.append(_Line(pos, part))
        pos += len(part) + 1
    return out


def _apply(text: str, kind: RepairKind, edits: list[_Edit], repairs: list[Repair]) -> str:
    """``text`` with ``edits`` (not overlapping) made; their repairs added, and the offsets of
    the earlier repairs moved to the new text."""
    if not edits:
        return text
    out: list[str] = []
    ends: list[int] = []
    shifts: list[int] = []
    pos = shift = 0
    made: list[Repair] = []
    for edit in sorted(edits, key=lambda e: e.start):
        out.append(text[pos : edit.start])
        made.append(Repair(kind, text[edit.start : edit.end], edit.replacement, edit.start + shift))
        out.append(edit.replacement)
        shift += len(edit.replacement) - (edit.end - edit.start)
        ends.append(edit.end)
        shifts.append(shift)
        pos = edit.end
    out.append(text[pos:])
    for earlier in repairs:
        i = bisect_right(ends, earlier.at)
        earlier.at += shifts[i - 1] if i else 0
    repairs.extend(made)
    return "".join(out)


# --------------------------------------------------------------------------- mojibake

_TOKEN_EDGE = re.compile(r"\s")


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown to the whitespace around it: the whole word a repair is in."""
    while start > 0 and not _TOKEN_EDGE.match(text[start - 1]):
        start -= 1
    while end < len(text) and not _TOKEN_EDGE.match(text[end]):
        end += 1
    return start, end


def _mojibake(text: str) -> list[_Edit]:
    """Text decoded in the wrong encoding, where ftfy is sure of it: ftfy's ``fix_encoding``
    changes a line only when its heuristics find mojibake, and leaves good text alone."""
    edits = []
    for line in _lines(text):
        if line.text.isascii():
            continue
        fixed = ftfy.fix_encoding(line.text)
        if fixed == line.text:
            continue
        matcher = difflib.SequenceMatcher(None, line.text, fixed, autojunk=False)
        spans: list[tuple[int, int, int, int]] = []
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            i1, i2 = _widen(line.text, i1, i2)
            j1, j2 = _widen(fixed, j1, j2)
            if spans and i1 <= spans[-1][1]:
                i1, j1 = spans[-1][0], spans[-1][2]
                spans.pop()
            spans.append((i1, i2, j1, j2))
        edits += [_Edit(line.start + i1, line.start + i2, fixed[j1:j2]) for i1, i2, j1, j2 in spans]
    return edits


# --------------------------------------------------------------------------- datelines

# Datelines are read in the first lines of a page (Detik puts a table of contents above).
DATELINE_LINES = 25
# A dateline line is short: "JAKARTA, KOMPAS.com", "Jakarta".
MAX_DATELINE_WORDS = 8
_DASHES = ("--", "-", "–", "—")
# Words of the lines after a dateline that are enough to tell a dateline from a heading.
_LOOKAHEAD_WORDS = 60


def _lookahead(lines: list[_Line], start: int) -> str:
    words: list[str] = []
    for line in lines[start:]:
        words += line.text.split()
        if len(words) >= _LOOKAHEAD_WORDS:
            break
    return " ".join(words)


def _dateline_over_lines(lines: list[_Line], i: int) -> _Edit | None:
    """A dateline spread over lines: "Jakarta\\n-\\nHarga", "JAKARTA, KOMPAS.com\\n- Ketua",
    "JAKARTA,KOMPAS.com -\\nKlaim". The edit joins them as "Jakarta - Harga"."""
    head = lines[i].text.rstrip()
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    if not head or not nxt or len(head.split()) > MAX_DATELINE_WORDS:
        return None
    dash_line = nxt in _DASHES and i + 2 < len(lines) and lines[i + 2].text.strip()
    dash_first = next((d for d in _DASHES if nxt.startswith(d) and nxt[len(d) :][:1] not in ("", "-")), None)
    dash_last = next((d for d in _DASHES if head.endswith(" " + d) or head.endswith("," + d)), None)
    if dash_line:
        dash, text_line = nxt, i + 2
        end = lines[i + 2].start + len(lines[i + 2].text) - len(lines[i + 2].text.lstrip())
    elif dash_first:
        dash, text_line = dash_first, i + 1
        rest = lines[i + 1].text.lstrip()[len(dash_first) :]
        end = lines[i + 1].end - len(rest.lstrip())
    elif dash_last:
        dash, text_line = dash_last, i + 1
        head = head[: -len(dash)].rstrip()
        end = lines[i + 1].start + len(lines[i + 1].text) - len(lines[i + 1].text.lstrip())
    else:
        return None
    joined = f"{head} {dash} {_lookahead(lines, text_line)}"
    found = find_dateline(joined)
    if found is None or found.text != head.strip(" ,"):
        return None
    return _Edit(lines[i].start + len(head), end, f" {dash} ")


def _datelines(text: str) -> list[_Edit]:
    """The page's dateline separated from the story's first word, on one line with it; the
    edit spans the dateline and that word, for a user to read ("JAKARTA -Tiga" -> "JAKARTA - Tiga")."""
    lines = [ln for ln in _lines(text) if ln.text.strip()][:DATELINE_LINES]
    for i, line in enumerate(lines):
        if find_dateline(line.text.strip()):
            return []  # the page's dateline is fine as it is
        lead = len(line.text) - len(line.text.lstrip())
        sep = separated(line.text[lead:])
        edit = _Edit(line.start + lead + sep.start, line.start + lead + sep.end, sep.replacement) if sep else None
        edit = edit or _dateline_over_lines(lines, i)
        if edit:
            word = re.compile(r"\S*").match(text, edit.end)
            end = word.end() if word else edit.end
            start = line.start + lead
            return [_Edit(start, end, text[start : edit.start] + edit.replacement + text[edit.end : end])]
    return []


# --------------------------------------------------------------------------- lines broken at links

# Kompas and Detik scrapes put every inline link on a line of its own:
# "Laporan surat kabar terkemuka Austria,\nKronen Zeitung\n, menyebut bahwa ...",
# "Timnas Indonesia\nmenelan kekalahan 0-6 dari\nJepang\n...\nZona Asia.".
_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"'”’)\]]*$")
# Punctuation that carries on the line before: ", Papua Barat Daya.", ") Akbar", "% dari".
_OPENS_WITH_PUNCT = re.compile(r"^[,.;:?!)\]%]")
# A quotation closed at the start of a line, the sentence running on: '" tulis keterangan video'.
_CLOSING_QUOTE = re.compile(r"^[\"”’]\s*[,.]?\s*[a-z]")
_QUOTE_MARKS = frozenset("\"“”'‘’")
_CLOSES_OPEN = re.compile(r"[(\[“‘]$")
_OPENS_LOWER = re.compile(r"^[a-z]")
# A word broken by the scrape at its last letter: "kasus\nRaja Ampa\nt ini menjadi pelajaran".
_LONE_LETTER = re.compile(r"^[a-z]\s")
# "a. kereta api", "1. Tetap tenang", "iv) ...", "- Libur nasional", "• Alamat": items of a list.
_LIST_ITEM = re.compile(r"^(?:(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})[.)]|[-–•*·])\s")
# "Baca juga:", "Berikut daftarnya:": a short lead-in before a link or a list, which stand alone.
_LEAD_IN = re.compile(r"^\S+(?: \S+){0,2}\s*:$")
# "[Gambas:Instagram]", "https://www.whatsapp.com/channel/...": an embed or an address stands alone.
_EMBED_OR_ADDRESS = re.compile(r"^\[[^\]]*\]$|^(?:https?://|www\.)\S", re.IGNORECASE)
# A word broken by the scrape at its first letter: "... di negara itu. K\nementerian Pariwisata".
_LONE_CAPITAL = re.compile(r"(?:^|[.!?…][\"”’)]*\s)[A-Z]$")
# A link's text is short: a name, a place, a term.
MAX_LINK_WORDS = 8
# A lower-case line this long is running text, not a tag of Detik's tag list ("raja ampat").
MIN_CONTINUATION_WORDS = 8
# A line whose words are mostly capitalised is a headline, not the rest of a sentence; one that
# opens in lower case must be nearly all capitals ("zoom-in Jarang Tinggalkan Pyongyang, Presiden
# ..."), as names crowd running text ("dan Menteri Energi Sumber Daya Mineral (ESDM) Bahlil ...").
MAX_CAPITALISED_SHARE = 0.5
MAX_CAPITALISED_SHARE_LOWER = 0.8
# "Editor: Nama", "Foto: Dok.": a labelled line stands alone.
_LABEL = re.compile(r"^[\w.]+(?: [\w.]+){0,2}\s*:\s")


def _headline_case(line: str, share: float = MAX_CAPITALISED_SHARE) -> bool:
    words = [w for w in line.split()[1:] if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > share


def _ad_marker(line: str) -> bool:
    """An advert's place ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"), which stands alone."""
    return any(p.search(line) for p in patterns("id", "ad_markers.txt"))


def _link_marker(line: str) -> bool:
    """A link's marker alone on its line, its links left out of the scrape (Liputan6's "Baca Juga"):
    it stands alone, the paragraph after it is the story's own."""
    return any(p.fullmatch(line) for p in patterns("id", "inline_links.txt"))


def _line_kind(line: str) -> str:
    """What a line can be in a sentence broken at its links:

    - "punct": it opens with punctuation or a closing quote, carrying on the line before;
    - "lower": running text in lower case ("menelan kekalahan 0-6 dari");
    - "quote": a quotation mark alone, opening the next line or closing the one before;
    - "link": a short piece that ends no sentence ("Timnas Indonesia", "Laga");
    - "end": a line ending a sentence, which may close a broken one ("Zona Asia.");
    - "stop": a line that stands alone: a label, a list item, a lead-in ("Baca juga:"),
      a headline-cased line in lower case;
    - "text": a long line ending no sentence, which may open a broken one but not carry one on;
    - "blank".
    """
    if not line:
        return "blank"
    if all(ch in _QUOTE_MARKS for ch in line):
        return "quote"
    if _OPENS_WITH_PUNCT.match(line) or _CLOSING_QUOTE.match(line):
        return "punct"
    if not any(ch.isalnum() for ch in line):
        return "stop"  # a rule ("--------"), a row of emoji
    if _LABEL.match(line) or _LIST_ITEM.match(line) or _LEAD_IN.match(line) or _EMBED_OR_ADDRESS.match(line):
        return "stop"
    if _ad_marker(line) or _link_marker(line):
        return "stop"
    ends = bool(_ENDS_SENTENCE.search(line))
    if _OPENS_LOWER.match(line):
        # "zoom-in Jarang Tinggalkan Pyongyang, Presiden ...": a headline; a link's text in
        # lower case is short ("kualifikasi Piala Dunia 2026 zona Asia")
        headline = not ends and len(line.split()) > MAX_LINK_WORDS and _headline_case(line, MAX_CAPITALISED_SHARE_LOWER)
        return "stop" if headline else "lower"
    if ends:
        return "end"
    return "link" if len(line.split()) <= MAX_LINK_WORDS else "text"


# Kinds of line that may carry on a sentence broken on the line before.
_CARRIES_ON = frozenset({"punct", "lower", "quote", "link", "end"})
# Kinds that show a sentence was broken: text does not start a line in lower case or with a comma.
_BROKEN_SIGN = frozenset({"punct", "lower"})


def _runs(lines: list[str], kinds: list[str], opening: int | None) -> Iterator[tuple[int, int]]:
    """Runs ``[start, end]`` of lines that may be one broken sentence: a line that ends no
    sentence, then lines that carry it on, up to one that ends a sentence or the line before
    one that cannot carry it on. The line ``opening`` the story (its dateline) opens a run."""
    i = 0
    while i < len(lines):
        if kinds[i] in ("blank", "stop", "end", "punct") and not (kinds[i] == "punct" and i == 0):
            i += 1
            continue
        end = i
        # the story's first line, with its dateline, is too short to stand alone: a long line
        # carries it on too ("Jakarta - Anggota\nKomisi VI DPR RI\nMufti Anam ... kasus\n...")
        carries = _CARRIES_ON | {"text"} if i == opening else _CARRIES_ON
        while end + 1 < len(lines) and kinds[end] != "end" and kinds[end + 1] in carries and end + 1 != opening:
            if _ENDS_SENTENCE.search(lines[end]) and kinds[end] != "quote":
                break
            end += 1
        yield i, end
        i = end + 1


def _opening_line(lines: list[str]) -> int | None:
    """The line the story opens on, with its dateline ("Jakarta - Empat pesepakbola putri resmi
    menjadi", the rest on the lines after), among the page's first lines."""
    for i in range(min(len(lines), DATELINE_LINES)):
        found = find_dateline(_words_from(lines, i)) if lines[i] else None
        if found and found.body_start <= len(lines[i]) + 1:  # the dateline's dash on this line
            return i
    return None


def _words_from(lines: list[str], start: int) -> str:
    """The words of the lines from ``start``, enough to tell a dateline from a heading."""
    words: list[str] = []
    for line in lines[start:]:
        words += line.split()
        if len(words) >= _LOOKAHEAD_WORDS:
            break
    return " ".join(words)


def _leaves_open(line: str) -> bool:
    """Whether a line ends on a word that leaves its sentence open ("dikutip dari", "kata")."""
    last = line.rsplit(None, 1)[-1] if line.strip() else ""
    return last in lower_word_list("id", "open_endings.txt")


def _left_open(prev: str, line: str) -> bool:
    """Whether a line leaves its sentence open for the next: it ends on an open bracket, a word
    that leaves a sentence open, or a comma where one of the two is short ("dikutip dari\nBBC,\n
    Senin (9/6/2025), ..."), as no heading or caption does; a long line ending on a comma
    before a long one is more often a paragraph that ends on a slip of the keyboard."""
    if prev.endswith(","):
        return min(len(prev.split()), len(line.split())) <= MAX_LINK_WORDS
    return bool(_CLOSES_OPEN.search(prev)) or _leaves_open(prev)


def _run_joins(lines: list[str], kinds: list[str], start: int, end: int, opening: int | None) -> list[bool]:
    """For each line of a run that reaches a sentence's end, whether it joins the line before
    (the first is False). A line joins what it cannot stand apart from: it opens in lower case
    or with punctuation; the line before leaves the sentence open, or was itself joined (the
    sentence goes on to its end: "Grup C\nKualifikasi Piala Dunia 2026\nZona Asia."), or opens
    the story with a dateline it is too short to hold ("Jakarta - Harga emas\nLogam Mulia ...");
    or it is a link between the run's first line and a line in lower case ("Laga\nJepang vs
    Indonesia\nberlangsung di ..."). Evidence stays near the join: a list of short lines (prices,
    a line-up) does not join because a line in lower case follows it."""
    joins = [False] * (end - start + 1)
    for i in range(start + 1, end + 1):
        joins[i - start] = (
            kinds[i] in _BROKEN_SIGN
            or _left_open(lines[i - 1], lines[i])
            or joins[i - 1 - start]
            or (i - 1 == start == opening and find_dateline(lines[start]) is None)
            or (i - 1 == start and kinds[i] == "link" and i < end and kinds[i + 1] in _BROKEN_SIGN)
        )
    return joins


def _separator(prev: str, line: str, prev_kind: str, kind: str) -> str:
    """What joins ``line`` to ``prev``: nothing before punctuation, after an open bracket or an
    opening quote, or inside a word broken at its first letter; a space otherwise."""
    if kind == "punct" or _CLOSES_OPEN.search(prev) or prev_kind == "quote":
        return ""
    if kind == "quote" or (_LONE_CAPITAL.search(prev) and kind == "lower"):
        return ""
    if _LONE_LETTER.match(line) and prev[-1:].isalpha():
        return ""
    return " "


def _local_join(prev: str, line: str, prev_kind: str, kind: str) -> bool:
    """Whether two lines of a run that is not one whole sentence still join: punctuation or a
    closing quote carries on the line before, a long lower-case line is running text."""
    if prev_kind == "stop" or _ENDS_SENTENCE.search(prev):
        return False
    if kind == "punct" or _CLOSES_OPEN.search(prev):
        return True
    return kind == "lower" and len(line.split()) >= MIN_CONTINUATION_WORDS


def _heading_opens(lines: list[str], kinds: list[str], start: int, end: int, opening: int | None) -> bool:
    """A run's first line is a heading, not a sentence's start, when it is in headline case and
    the next line opens a paragraph with a capital ("Jalannya Pertandingan\\nJepang\\nlangsung")."""
    first = lines[start]
    if start == end or first.endswith(",") or _CLOSES_OPEN.search(first):
        return False  # a heading ends on no comma and no open bracket
    if start == opening:
        return False  # "Jakarta - Artis\nFanny Ghassani\nmembuat ...": the story's first words
    return _headline_case(first) and kinds[start + 1] in ("link", "end", "text")


def _joined_pairs(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(i, separator) for each line ``i`` that joins the line before it."""
    kinds = [_line_kind(line) for line in lines]
    opening = _opening_line(lines)
    for start, end in _runs(lines, kinds, opening):
        if _heading_opens(lines, kinds, start, end, opening):
            start += 1
        # Detik's tag lists never reach a sentence's end: lines of a run that does not join
        # only where punctuation or long running text carries them on
        if start < end and _ENDS_SENTENCE.search(lines[end]):
            joins = _run_joins(lines, kinds, start, end, opening)
        else:
            joins = [i > start and _local_join(lines[i - 1], lines[i], kinds[i - 1], kinds[i]) for i in range(start, end + 1)]
        for i in range(start + 1, end + 1):
            if joins[i - start]:
                yield i, _separator(lines[i - 1], lines[i], kinds[i - 1], kinds[i])


def _broken_lines(text: str) -> list[_Edit]:
    """Lines broken at inline links joined again: a line break (and the spaces around it)
    becomes a space, or nothing before punctuation. A blank line is a paragraph break."""
    lines = _lines(text)
    stripped = [ln.text.strip() for ln in lines]
    edits = []
    for i, separator in _joined_pairs(stripped):
        prev = lines[i - 1]
        start = prev.start + len(prev.text.rstrip())
        end = lines[i].start + len(lines[i].text) - len(lines[i].text.lstrip())
        edits.append(_Edit(start, end, separator))
    return edits


# --------------------------------------------------------------------------- repeated passages

# Republika's and Kapanlagi's scrapes give the text of every container and then of its
# children: each passage comes again, once for every level above it. A line whose
# sentences come again later is such a container: its repeated sentences go, the rest
# (the promos and link lists only containers hold) stays on lines of its own.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s*[A-Z\"“'‘(\[])")
_GLUE_POINT = re.compile(r"(?<=[a-z0-9.,;:!?)\"”’])(?=[A-Z])")
_NOT_KEY = re.compile(r"[\s\"'“”‘’]+")
# A sentence shorter than this (without spaces) is too common to tell a repeat.
MIN_REPEAT_CHARS = 25
# A line said again word for word is a repeated passage when it is a paragraph this long:
# shorter lines repeat in their own right (a song's chorus, a caption, a heading).
MIN_REPEAT_WORDS = 12
# A container has at least this many repeated sentences, making at least this share of it.
MIN_REPEATED_SENTENCES = 2
MIN_REPEATED_SHARE = 0.5


def _key(text: str) -> str:
    # glued and spaced copies of a passage are the same passage ("dalammelindungi" = "dalam
    # melindungi"), and a straight quote may close one sentence or open the next
    return _NOT_KEY.sub("", text)


def _sentences(line: str) -> Iterator[tuple[int, int]]:
    """The line cut after each sentence's end: the pieces cover the whole line."""
    start = 0
    for m in _SENTENCE_END.finditer(line):
        yield start, m.end()
        start = m.end()
    if line[start:].strip():
        yield start, len(line)


def _pieces(line: str, seen: set[str]) -> list[tuple[int, int, bool]]:
    """The line cut into sentences, each marked when it comes again later; a sentence that
    does not is cut once more where its glued tail does ("... SugionoMenurut Elbit ...")."""
    out: list[tuple[int, int, bool]] = []
    for start, end in _sentences(line):
        if _key(line[start:end]) in seen:
            out.append((start, end, True))
            continue
        cut = next(
            (
                m.start()
                for m in _GLUE_POINT.finditer(line, start, end)
                if len(k := _key(line[m.start() : end])) >= MIN_REPEAT_CHARS and k in seen
            ),
            None,
        )
        if cut is None:
            out.append((start, end, False))
        else:
            out += [(start, cut, False), (cut, end, True)]
    return out


def _container_edit(line: _Line, pieces: list[tuple[int, int, bool]]) -> _Edit | None:
    sizes = [len(_key(line.text[s:e])) for s, e, _ in pieces]
    total = sum(sizes)
    repeated = sum(size for size, (_, _, again) in zip(sizes, pieces, strict=True) if again)
    # short sentences ("REPUBLIKA.CO.") go with the container, but do not make one
    long_repeats = sum(1 for size, (_, _, again) in zip(sizes, pieces, strict=True) if again and size >= MIN_REPEAT_CHARS)
    if long_repeats < MIN_REPEATED_SENTENCES or not total or repeated / total < MIN_REPEATED_SHARE:
        return None
    kept: list[str] = []
    run: list[str] = []
    for start, end, again in pieces:
        if again:
            if run:
                kept.append("".join(run).strip())
            run = []
        else:
            run.append(line.text[start:end])
    if run:
        kept.append("".join(run).strip())
    return _Edit(line.start, line.end, "\n".join(k for k in kept if k))


def _repeats(text: str) -> list[_Edit]:
    """Repeated passages kept once: a line said again word for word later is dropped there
    (the first copy stays), and a container line gives up the sentences its children repeat."""
    lines = _lines(text)
    first: set[str] = set()
    copies: set[int] = set()
    for i, line in enumerate(lines):
        key = _key(line.text)
        if len(line.text.split()) >= MIN_REPEAT_WORDS and key in first:
            copies.add(i)
        first.add(key)
    edits = [_Edit(lines[i].start, lines[i].end, "") for i in sorted(copies)]
    seen: set[str] = set()
    for i in range(len(lines) - 1, -1, -1):
        if i in copies:
            continue
        line = lines[i]
        pieces = _pieces(line.text, seen)
        edit = _container_edit(line, pieces)
        if edit:
            edits.append(edit)
        seen.update(key for s, e, _ in pieces if (key := _key(line.text[s:e])))
        seen.update(key for s, e in _sentences(line.text) if (key := _key(line.text[s:e])))
    return edits


# --------------------------------------------------------------------------- glued promos


@cache
def _promo() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns("id", "glued_promos.txt")), re.IGNORECASE | re.MULTILINE)


def _promos(text: str) -> list[_Edit]:
    """A promo glued to a paragraph put on a line of its own, the paragraph kept whole."""
    edits = []
    for line in _lines(text):
        for m in _promo().finditer(line.text):
            before, after = line.text[: m.start()], line.text[m.end() :]
            if not before.strip() and not after.strip():
                continue
            start = len(before.rstrip()) if before.strip() else m.start()
            end = m.end() + (len(after) - len(after.lstrip())) if after.strip() else m.end()
            lead = "\n" if before.strip() else ""
            tail = "\n" if after.strip() else ""
            edits.append(_Edit(line.start + start, line.start + end, lead + m.group(0) + tail))
    return edits


# --------------------------------------------------------------------------- glued words


# A byline this short is names only.
MAX_BYLINE_WORDS = 12


def _byline(line: str) -> bool:
    """A byline ("Editor: Suci BangunDS"): names as the outlet spells them, initials glued
    on, which are the names' spelling and not glued words."""
    return bool(metadata.byline_label_regex().match(line.strip())) and len(line.split()) <= MAX_BYLINE_WORDS


def _glued_words(text: str) -> list[_Edit]:
    """Words glued where a link or a break was removed, split by the glue splitter: one edit
    for each glued token ("berwenangMalaysiaseperti" -> "berwenang Malaysia seperti")."""
    splitter = glue_splitter()
    edits = []
    for line in _lines(text):
        if _byline(line.text):
            continue
        # a promo stays as the outlet writes it, for the cleaner's patterns to know it
        promos = [m.span() for m in _promo().finditer(line.text)]
        tokens: dict[tuple[int, int], list[int]] = {}
        for offset in splitter.splits(line.text):
            if any(a < offset < b for a, b in promos):
                continue
            if 0 < offset < len(line.text) and not line.text[offset - 1].isspace() and not line.text[offset].isspace():
                tokens.setdefault(_widen(line.text, offset, offset), []).append(offset)
        breaks = _heading_breaks(line.text, sorted(o for offsets in tokens.values() for o in offsets))
        for (start, end), offsets in tokens.items():
            cuts = sorted({o - start for o in offsets})
            token = line.text[start:end]
            parts = [token[a:b] for a, b in zip([0, *cuts], [*cuts, len(token)], strict=True)]
            seps = ["\n" if start + cut in breaks else " " for cut in cuts]
            edits.append(_Edit(line.start + start, line.start + end, "".join(p + s for p, s in zip(parts, [*seps, ""], strict=True))))
    return edits


# A subheading glued into its paragraph (Sindonews: "... nilai tersebut.4. Lulus Tepat Waktu: Maksimal
# 8 SemesterSalah satu kriteria ..."): at most this many words between a glued sentence end (or the
# line's start) and a capitalised word glued onto its last word.
MAX_HEADING_WORDS = 10
_GLUED_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_HEADING_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
# a heading holds no sentence's end nor a clause's comma
_NOT_HEADING = re.compile(r"[.!?,;]\s|\s-|-\s|[\"“”()]")
_CAMEL_GLUE = re.compile(r"[a-z0-9][A-Z]")


def _heading_breaks(text: str, cuts: list[int]) -> set[int]:
    """The cuts in a line around a subheading glued into its paragraph, which become line breaks:
    the span from a cut after a sentence's end (or the line's start) to a cut where a capitalised
    word is glued onto a word's small letters, that reads as a heading (a few words, most of
    them capitalised, no sentence's end inside) and is followed by a sentence's opening ("Salah
    satu", "Setiap mahasiswa"; not a name glued on, "MulyaniIndrawati", nor more capitalised words)."""
    breaks: set[int] = set()
    start: int | None = 0
    for cut in cuts:
        if _GLUED_SENTENCE_END.search(text, max(0, cut - 2), cut):  # (its two characters only, not the line again)
            start = cut
            continue
        if start is not None and _CAMEL_GLUE.match(text, cut - 1):
            heading = _HEADING_NUMBER.sub("", text[start:cut])
            if _subheading(heading) and _sentence_opens(text, cut):
                breaks.update({start, cut} - {0})
        start = None
    return breaks


def _subheading(text: str) -> bool:
    words = text.split()
    return 1 < len(words) <= MAX_HEADING_WORDS and words[0][:1].isupper() and not _NOT_HEADING.search(text + " ") and _headline_case(text)


# a sentence's first word, capitalised, and the words after it, one of them in small letters
_SENTENCE_OPENING = re.compile(r"([A-Z][a-z]+) (?:\S+ ){0,2}[a-z]")


def _sentence_opens(text: str, at: int) -> bool:
    """A sentence opens at ``at``: its first word one news writes in small letters more often than
    capitalised inside a sentence, a word in small letters among the next three."""
    opening = _SENTENCE_OPENING.match(text, at)
    if opening is None:
        return False
    counts = read_counts().get(opening.group(1).lower())
    return counts is not None and counts.lower > counts.title_mid


# --------------------------------------------------------------------------- the stage


# The passes in the order they run, each reading the text the one before left.
PASSES: tuple[tuple[RepairKind, Callable[[str], list[_Edit]]], ...] = (
    ("mojibake", _mojibake),
    ("dateline", _datelines),
    ("join", _broken_lines),
    ("repeat", _repeats),
    ("promo", _promos),
    ("split", _glued_words),
)


def repair(text: str) -> RepairedText:
    """The page's text repaired, and each repair made (``Repair.at`` an offset in the repaired
    text; each repair's texts capped, ``Repair.capped``)."""
    repairs: list[Repair] = []
    # Invisible marks (Posmetro's left-to-right mark opening each paragraph, Detik's word joiners
    # around a list's number: "1.\u2060 \u2060PT") go first, unrecorded, as the cleaner drops them
    # anyway: the passes then read the lines and list numbers a reader sees, and every offset is
    # one into the text the cleaner reads.
    text = without_invisible(text)
    for kind, find_edits in PASSES:
        text = _apply(text, kind, find_edits(text), repairs)
    repairs.sort(key=lambda r: r.at)
    return RepairedText(text, [r.capped() for r in repairs])


def repair_field(value: str, field: str) -> tuple[str, list[Repair]]:
    """A field the input gave (a title, an author's name) with its mojibake fixed, and the
    repairs made, ``Repair.at`` an offset in the fixed value ("Borussia MÃ¶nchengladbach" ->
    "Borussia Mönchengladbach"). Glued words and the rest are the page text's troubles."""
    repairs: list[Repair] = []
    fixed = _apply(value, "mojibake", _mojibake(value), repairs)
    for r in repairs:
        r.in_field = field
    return fixed, [r.capped() for r in repairs]


# --------------------------------------------------------------------------- repairs in the body

# Characters of the repaired text on each side of a repair that find it in the body.
_CONTEXT_CHARS = 24
# At most this much of a replacement is looked for: the cleaner may cut a long one.
_NEEDLE_CHARS = 40
_BODY_BLANKS = re.compile(r"[ \t\r\f\v\u00a0]+")


def _as_body(text: str) -> str:
    """``text`` spaced as the cleaner writes a body line (``telisik.text.normalise``), not stripped."""
    return _BODY_BLANKS.sub(" ", without_invisible(unicodedata.normalize("NFC", text)))


def _context(text: str, repair: Repair) -> tuple[str, int]:
    """The repair's replacement (its first line, at most _NEEDLE_CHARS) with the text on each
    side of it on its line, spaced as in the body, and where the replacement starts in it."""
    line_start = text.rfind("\n", 0, repair.at) + 1
    shown = text[repair.at : repair.at + (repair.replacement_chars or len(repair.replacement))]
    needle = shown.split("\n", 1)[0][:_NEEDLE_CHARS]
    end = repair.at + len(needle)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, repair.at - _CONTEXT_CHARS) : repair.at]
    right = text[end : min(line_end, end + _CONTEXT_CHARS)]
    # the body's lines are stripped, and its blanks collapsed
    left = left.lstrip() if repair.at - _CONTEXT_CHARS <= line_start else left
    right = right.rstrip() if end + _CONTEXT_CHARS >= line_end else right
    start = len(_as_body(left)) - (1 if left[-1:].isspace() and needle[:1].isspace() else 0)
    return _as_body(left + needle + right), start


def locate_in_body(text: str, repairs: list[Repair], body: str) -> None:
    """Set each repair's ``body_at``: where its replacement stands in ``body``, made by the cleaner
    from ``text`` (the repaired page text); None where nothing of it is there.

    The cleaner keeps a page's lines in order, normalises their spaces and drops some of them,
    so each repair is looked for, in order, as its replacement with the text around it on its
    line; a repair whose line was dropped is not found.
    """
    cursor = 0
    for rep in sorted(repairs, key=lambda r: r.at):
        rep.body_at = None
        if rep.in_field is not None:
            continue
        around, start = _context(text, rep)
        if not around.strip():
            continue  # a passage removed whole: nothing of it is in the body
        found = body.find(around, cursor)
        if found < 0:
            continue
        rep.body_at = found + start
        cursor = found
