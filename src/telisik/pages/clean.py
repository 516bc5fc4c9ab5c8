"""Page chrome out, article in: title, body paragraphs, captions, bylines.

The cleaner reads a page as a list of blocks (a line of scraped text, or a
paragraph of extracted HTML) and decides for each one whether it is the
article's own text, a photo caption or credit, a byline, or chrome (menus,
"Baca juga:" lines, promos, footers). Nothing is thrown away: chrome goes to
``removed`` and captions to ``captions``.

The page is read in regions, the way news pages are laid out:
    [chrome before the headline] headline [header: standfirst, byline, date,
    photo + credit] dateline/lead ... body ... [closing credit] [footer chrome]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from telisik.lang import patterns, word_list
from telisik.pages import dates, metadata

# --------------------------------------------------------------------------- block shapes

_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_NO_LETTERS = re.compile(r"^[^\w]*+\d*+[^\w]*+$")  # possessive: greedy backtracking was quadratic on "(((...x"
_LIST_BULLET = re.compile(r"^(?:[-•·*▪►]\s*|\d{1,2}[.)]\s+)")


def words(text: str) -> int:
    return len(_WORD.findall(text))


def is_paragraph(block: str) -> bool:
    """Running text: a few words ending like a sentence."""
    return words(block) >= 8 and bool(_SENTENCE_END.search(block))


def is_headline_like(block: str) -> bool:
    """Short and unpunctuated at the end: a headline, a heading, a menu item."""
    n = words(block)
    return 1 <= n <= 25 and not _SENTENCE_END.search(block.rstrip("?!")) and not block.endswith((",", ";", ":"))


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"[ \t\r\f\v]+", " ", text).strip()


def fold(text: str) -> str:
    """For comparing blocks: case, punctuation and spacing ignored."""
    return re.sub(r"\W+", " ", text.lower()).strip()


_TABLE_CELL = re.compile(r"^\|\s*|\s*\|$")
_TABLE_LABEL = re.compile(r"\s*\|\s*:\s*")


def split_blocks(text: str) -> list[str]:
    """Non-empty lines; table rows ("| Penulis | : Nama |") as plain "Penulis: Nama"."""
    blocks = []
    for line in text.splitlines():
        line = normalise(line)
        if line.startswith("|"):
            line = _TABLE_LABEL.sub(": ", _TABLE_CELL.sub("", line)).strip()
        if line:
            blocks.append(line)
    return blocks


# --------------------------------------------------------------------------- chrome and credits


# Chrome is short. A long block is running text even when it mentions
# "hak cipta" or "Google News": scraped bodies often come as one line.
_CHROME_MAX_WORDS = 40


def is_chrome(block: str) -> bool:
    return is_copyright(block) or (words(block) <= _CHROME_MAX_WORDS and any(p.search(block) for p in patterns("id", "boilerplate.txt")))


def is_copyright(block: str) -> bool:
    return words(block) <= _CHROME_MAX_WORDS and any(p.search(block) for p in patterns("id", "copyright.txt"))


@cache
def _credit_label() -> re.Pattern[str]:
    labels = "|".join(p.pattern for p in patterns("id", "photo_credit_labels.txt"))
    return re.compile(rf"(?:{labels})\s*:\s*", re.IGNORECASE)


# An agency credit closing a caption: "... Vladivostok. KCNA VIA KNS/AFP",
# "(ANTARA FOTO/Hafidz Mubarak A)".
_TRAILING_CREDIT = re.compile(
    r"(?:^|[.!?”\"]\s+|\s)[A-Z][A-Z0-9.&]+(?:\s+[A-Z][A-Z0-9.&]+)*\s*/\s*[A-Z][\w.&]+(?:\s*/\s*[A-Z][\w.&]+)*"
    r"(?:\s*\([^()]*\))?\s*$"
    r"|\((?:ANTARA\s+FOTO|FOTO|Foto|Dok\.?|Sumber)\s*[:/][^()]*\)\s*$"
)
_ALLCAPS = re.compile(r"\b[A-Z]{2,}\b")


def is_credit_line(block: str) -> bool:
    """A photo credit standing alone: "IST", "Alexey NIKOLSKY / SPUTNIK / AFP", "Foto: Dok. Humas"."""
    low = block.lower().strip(" .()")
    credits = word_list("id", "photo_credits.txt")
    if low in credits:
        return True
    n = words(block)
    if n > 12:
        return False
    if _credit_label().match(block):
        return True
    if "/" in block and not _SENTENCE_END.search(block) and (_ALLCAPS.search(block) or _DOMAINISH.search(block)):
        parts = [p.strip() for p in block.split("/")]
        return all(p and words(p) <= 4 for p in parts)
    return False


def inline_caption(block: str) -> bool:
    """A caption with its credit run in: "... dari PyongyangFoto: KCNA/AP/picture alliance"."""
    if words(block) > 80:
        return False
    m = _credit_label().search(block)
    if m and m.start() > 0:
        return True
    return bool(_TRAILING_CREDIT.search(block)) and words(block) >= 3


# --------------------------------------------------------------------------- datelines

# "TRIBUNNEWS.COM - ", "JAKARTA - ", "Liputan6.com, Jakarta - ", "REPUBLIKA.CO.ID, SEMARANG –",
# "Mataram, NTB (ANTARA News) - ", "Jakarta, CNN Indonesia -- ", "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -"
_DATELINE = re.compile(
    r"^(?P<dl>[A-Z0-9][\w.'’&/]*(?:[ ,]+[A-Za-z0-9][\w.'’&/]*){0,5}(?:\s*\([^()]{2,40}\))?)\s*(?:--?|–|—)\s+(?=\S)"
)
_DOMAINISH = re.compile(r"\.(?:com|co\.id|id)\b", re.IGNORECASE)
_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")


def dateline_of(block: str) -> str | None:
    m = _DATELINE.match(block)
    if not m:
        return None
    dl = m["dl"].strip(" ,")
    rest = block[m.end() :]
    if words(rest) < 4 or len(dl) > 70:
        return None
    tokens = [t for t in re.split(r"[ ,]+", re.sub(r"\([^)]*\)", " ", dl)) if t]
    # A dateline is a place or an outlet: capitalised words, at most one lower-case
    # word ("Jakarta, CNN Indonesia"); a sentence with a dash is not one.
    if sum(t[:1].islower() for t in tokens) > 0:
        return None
    if _DOMAINISH.search(dl) or "(" in dl or _CAPS_WORD.search(dl) or metadata.outlet_from_mention(dl):
        return dl
    # Detik's "Bandung - Persib menang ...": a Title Case place of one to three words before a
    # spaced dash, opening a long paragraph (a sentence rarely starts "Word Word - ")
    if len(tokens) <= 3 and all(t[:1].isupper() for t in tokens) and block[m.end("dl") :].startswith(" - ") and words(rest) >= 20:
        return dl
    return None


# --------------------------------------------------------------------------- result


@dataclass
class CleanPage:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    standfirst: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    published: dates.DateStamp | None = None
    dateline: str | None = None
    outlet_hints: list[str] = field(default_factory=list)  # strongest first
    # writer/editor initials ("kp/rs", "(fyk/ash)"): the names when no byline names them
    initials: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    url: str | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def add_names(self, authors: list[str], editors: list[str]) -> None:
        self.authors = metadata.merge_names(self.authors, authors)
        self.editors = metadata.merge_names(self.editors, editors)


# --------------------------------------------------------------------------- title


def _title_case_ratio(block: str) -> float:
    toks = [t for t in re.findall(r"[^\W\d_][\w'’-]*", block)]
    return sum(t[0].isupper() for t in toks) / len(toks) if toks else 0.0


def find_title(blocks: list[str], limit: int = 15) -> int | None:
    """Index of the headline among the first blocks, or None.

    A headline is short, unpunctuated at the end, mostly capitalised, and is
    often repeated further down (image zoom widget, repeated header).
    """
    best, best_score = None, 0.0
    folded = [fold(b) for b in blocks]
    for i, block in enumerate(blocks[:limit]):
        n = words(block)
        if n < 3 or n > 30 or block.endswith((".", ",", ":", ";")) or is_chrome(block):
            continue
        if dates.parse_date_line(block) or _URL_LINE.match(block) or metadata.parse_byline(block):
            continue
        score = 0.5 if 5 <= n <= 25 else 0.0
        score += 1.0 if _title_case_ratio(block) >= 0.5 else 0.0
        f = folded[i]
        if any(j != i and (other == f or other.startswith(f + " ") or other.endswith(" " + f)) for j, other in enumerate(folded)):
            score += 3.0
        if score > best_score:
            best, best_score = i, score
    return best


def _is_link_title(block: str) -> bool:
    """A headline of another article as a link shows it: short, unpunctuated, Title Case.

    A quote without its final stop ('"...," tambahnya') or a numbered
    subheading of a listicle ("1. Pilih Gamis ...") is not one.
    """
    if _LIST_BULLET.match(block) and not block.startswith(("-", "•", "·", "*", "▪", "►")):
        return False
    if re.search(r"[\"“”]", block) or re.search(r"[.!?]\s+[A-Z]", block):
        return False  # quoted speech, or two sentences: article text
    return is_headline_like(block) and _title_case_ratio(block) >= 0.5


# --------------------------------------------------------------------------- splitting


def _split_title_repeat(block: str, title: str) -> list[tuple[str, str]]:
    """A block opening with the headline again: drop the repeat, keep a credit apart.

    "Headline Sumber Foto: Sputnik Lead sentence ..." -> caption + body.
    Returns (kind, text) pieces, kind one of "caption", "removed", "text".
    """
    if not title or fold(block) == fold(title) or not fold(block).startswith(fold(title) + " "):
        return [("text", block)]
    cut = len(title)
    # the folded prefix matched; find where the title ends in the raw block
    while cut < len(block) and fold(block[:cut]) != fold(title):
        cut += 1
    cut += len(block[cut:]) - len(block[cut:].lstrip())
    rest = block[cut:].rstrip()
    m = _credit_label().match(rest)
    if m:
        credit = re.match(r"\S+(?:\s*/\s*\S+)*", rest[m.end() :])
        end = m.end() + (credit.end() if credit else 0)
        if words(rest[end:]) <= 3:
            return [("caption", block)]
        return [("caption", block[: cut + end].strip()), ("text", rest[end:].strip())]
    if words(rest) <= 3:
        return [("removed", block)]
    return [("removed", block[:cut].strip()), ("text", rest)]


def _split_byline_tail(block: str) -> list[str]:
    """Running text with its byline appended: "... kesalahan besar". Nama Penulis: X"."""
    byline_start = next((m.start() for m in metadata.byline_label_regex().finditer(block) if m.start() > 0), None)
    if byline_start is None:
        return [block]
    head, tail = block[:byline_start].rstrip(), block[byline_start:]
    if words(tail) > 25 or not _SENTENCE_END.search(head):
        return [block]
    return [head, tail]


# Sentences glued by scrapers: "(LMK).Langkah tersebut" -> "(LMK). Langkah tersebut".
_GLUED_SENTENCES = re.compile(r"(?<=[a-z0-9)\]”\"'])([.!?])(?=[A-Z][a-z])")


@cache
def _inline_link() -> re.Pattern[str]:
    markers = "|".join(p.pattern for p in patterns("id", "inline_links.txt"))
    return re.compile(rf"(?<![\w])(?:{markers})\s*", re.IGNORECASE)


_TOKEN = re.compile(r"\S+")


def _headline_end(text: str, start: int) -> int:
    """Where a headline run into body text ends, reading from ``start``.

    Headlines are Title Case; the body resumes at the capitalised word just
    before the first lower-case word a headline would not hold, or at an
    opening quote.
    """
    lower_ok = word_list("id", "headline_words.txt")
    tokens = list(_TOKEN.finditer(text, start))
    for i, tok in enumerate(tokens):
        word = tok[0]
        if i > 0:
            quote = next((j for j, ch in enumerate(word) if ch in "“\"‘"), None)
            if quote is not None:
                return tok.start() + quote  # a quotation opens the next sentence
        core = word.strip("“”\"'‘’()[],.:;!?")
        if core and core[0].islower() and core.lower() not in lower_ok:
            if i < 2:
                return tok.start()
            back = i - 1
            # "... Rp334 Juta Michael Mente, seorang miliarder": a name in apposition
            if tokens[back][0].endswith(",") and back >= 2 and tokens[back - 1][0][:1].isupper():
                back -= 1
            return tokens[back].start()
        if word.endswith(("?", "!")) and i >= 2:
            return tok.end()
    return len(text)


def _split_inline_links(block: str) -> list[tuple[str, str]]:
    """Running text with "Baca juga: <headline>" links inside: the links cut out."""
    if words(block) <= _CHROME_MAX_WORDS:
        return [("text", block)]
    block = _GLUED_SENTENCES.sub(r"\1 ", block)
    pieces: list[tuple[str, str]] = []
    pos = 0
    for m in _inline_link().finditer(block):
        if m.start() < pos:
            continue
        before = block[pos : m.start()].strip()
        if before:
            pieces.append(("text", before))
        end = _headline_end(block, m.end())
        pieces.append(("removed", block[m.start() : end].strip()))
        pos = end
    rest = block[pos:].strip()
    if rest:
        pieces.append(("text", rest))
    return pieces or [("text", block)]


# --------------------------------------------------------------------------- the cleaner


def clean_blocks(blocks: list[str], title: str | None = None) -> CleanPage:
    """Sort a page's blocks into title, body, captions and removed chrome."""
    page = CleanPage()
    blocks = [n for b in blocks if (n := normalise(b))]
    start = 0
    if title:
        page.title = normalise(title)
    else:
        t = find_title(blocks)
        if t is not None:
            page.title = blocks[t]
            page.removed += blocks[:t]  # menus, promos and breadcrumbs above the headline
            start = t + 1

    pieces: list[tuple[str, str]] = []
    for block in blocks[start:]:
        for kind, text in _split_title_repeat(block, page.title or ""):
            if kind != "text":
                pieces.append((kind, text))
                continue
            for sub_kind, sub_text in _split_inline_links(text):
                if sub_kind == "text":
                    pieces += [("text", b) for b in _split_byline_tail(sub_text)]
                else:
                    pieces.append((sub_kind, sub_text))

    # Where the body starts: the dateline, when the page has one near the top.
    texts = [t for k, t in pieces]
    body_start = next((i for i, t in enumerate(texts[:25]) if dateline_of(t)), None)
    in_header = body_start is not None
    after_credit = False
    after_heading = False  # a "Berita Terkait" heading: headlines follow
    ended = False  # past the closing credit: what follows is footer
    header_paragraphs: list[int] = []
    title_fold = fold(page.title or "")

    for i, (kind, block) in enumerate(pieces):
        if in_header and i == body_start:
            in_header = False
        if kind != "text":
            (page.captions if kind == "caption" else page.removed).append(block)
            continue
        nxt = pieces[i + 1][1] if i + 1 < len(pieces) else ""

        repeats_title = title_fold and fold(block).endswith(" " + title_fold) and words(block) - words(page.title or "") <= 2
        if fold(block) == title_fold or repeats_title:
            page.removed.append(block)  # the headline repeated (zoom widget, sticky header)
            continue
        byline = metadata.parse_byline(block)
        if byline is not None and words(block) <= 30:
            page.add_names(byline["author"], byline["editor"])
            page.removed.append(block)
            ended = ended or (bool(page.paragraphs) and not in_header)
            continue
        name_outlet = metadata.parse_name_outlet(block) if in_header else None
        if name_outlet:
            page.add_names(name_outlet[0], [])
            page.outlet_hints.append(name_outlet[1])
            page.removed.append(block)
            continue
        label = metadata.outlet_from_mention(block) if in_header and words(block) <= 2 else None
        if label and fold(block) in metadata.outlet_aliases(label):
            page.outlet_hints.append(label)  # the outlet's name or section as a header label ("detikSport")
            page.removed.append(block)
            continue
        credit = metadata.parse_author_credit(block)
        if credit:
            if credit[3]:
                page.initials = (credit[0], credit[1])
            else:
                page.add_names(credit[0], credit[1])
            if credit[2]:
                page.outlet_hints.append(credit[2])
            page.removed.append(block)
            ended = True
            continue
        stamp = dates.parse_date_line(block)
        if stamp and words(block) <= 14:
            page.published = page.published or stamp
            page.removed.append(block)
            continue
        if _URL_LINE.match(block):
            page.removed.append(block)
            page.url = page.url or (block if block.startswith("http") else "https://" + block)
            hint = metadata.outlet_from_url(page.url)
            if hint:
                page.outlet_hints.append(hint)
            continue
        if is_chrome(block):
            page.removed.append(block)
            if is_copyright(block):
                hint = metadata.outlet_from_mention(block)
                if hint:
                    page.outlet_hints.append(hint)
            after_heading = words(block) <= 4
            continue
        if is_credit_line(block):
            page.captions.append(block)
            after_credit = in_header
            continue
        if inline_caption(block):
            page.captions.append(block)
            continue
        if in_header and after_credit:
            page.captions.append(block)  # the photo's description under its credit
            after_credit = False
            continue
        if in_header and block.rstrip().endswith(("...", "…")):
            page.removed.append(block)  # a teaser for another article, cut short
            continue
        bare = _LIST_BULLET.sub("", block)
        if _NO_LETTERS.match(block) or (_is_link_title(bare) and dates.find_dates(bare)):
            page.removed.append(block)  # list bullets, numbers, dated links to other articles
            continue
        if is_headline_like(block) and nxt and (inline_caption(nxt) or is_credit_line(nxt)):
            page.captions.append(block)  # an image's title above its caption
            continue
        if (ended or after_heading) and _is_link_title(block):
            page.removed.append(block)  # footer links, lists of other headlines
            continue
        after_heading = after_heading and not is_paragraph(block)
        dl = dateline_of(block)
        if dl and page.dateline is None:
            page.dateline = dl
            hint = metadata.outlet_from_mention(dl)
            if hint:
                page.outlet_hints.insert(0, hint)
        if in_header:
            header_paragraphs.append(len(page.paragraphs))
        page.paragraphs.append(block)

    _settle_standfirst(page, header_paragraphs)
    _drop_name_repeats(page)
    return page


def _settle_standfirst(page: CleanPage, header_paragraphs: list[int]) -> None:
    """A summary above the dateline that restates the lead is a standfirst, not body.

    One that adds to the lead (DW's teaser) stays in the body.
    """
    if not header_paragraphs or len(page.paragraphs) <= len(header_paragraphs):
        return
    lead = page.paragraphs[len(header_paragraphs)]
    lead_words = set(fold(lead).split())
    for idx in reversed(header_paragraphs):
        para = page.paragraphs[idx]
        para_words = set(fold(para).split())
        if para_words and len(para_words & lead_words) / len(para_words) >= 0.6:
            page.standfirst = para if page.standfirst is None else para + "\n\n" + page.standfirst
            del page.paragraphs[idx]


def _drop_name_repeats(page: CleanPage) -> None:
    """A lone line that only repeats an author's name is byline chrome."""
    names = {fold(n) for n in page.authors + page.editors}
    kept = []
    for para in page.paragraphs:
        if fold(para) in names:
            page.removed.append(para)
        else:
            kept.append(para)
    page.paragraphs = kept
