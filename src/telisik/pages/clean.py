"""Page chrome out, article in: title, body paragraphs, captions, bylines.

The cleaner reads a page as a list of blocks (a line of scraped text, or a
paragraph of extracted HTML) and decides for each one whether it is the
article's own text, a photo caption or credit, a byline, or chrome (menus,
"Baca juga:" lines, promos, footers). Nothing is thrown away: chrome goes to
``removed`` and captions to ``captions``.

The page is read in regions, the way news pages are laid out:
    [chrome before the headline] headline [header: standfirst, byline, date,
    photo + credit] dateline/lead ... body ... [closing credit] [footer chrome]

Each block goes where the first of the named ``RULES`` that claims it sends
it, the rules reading and updating a small ``CleaningState`` (in the header?
past the closing credit?); ``CleanPage.removed_by`` names the rule that
removed each block of ``removed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from telisik.lang import patterns, word_list
from telisik.pages import dates, metadata
from telisik.pages.dateline import dateline_of, find_dateline
from telisik.pages.glue_lexicon import known_camel_names
from telisik.text import fold, medium_key, normalise

# --------------------------------------------------------------------------- block shapes

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_NO_LETTERS = re.compile(r"^[^\w]*+\d*+[^\w]*+$")  # possessive: greedy backtracking was quadratic on "(((...x"
_LIST_BULLET = re.compile(r"^(?:[-•·*▪►]\s*|\d{1,2}[.)]\s+)")


def words(text: str) -> int:
    """How many words (runs of non-space): ``str.split`` parts at the same spaces as ``\\S+``, without a regex."""
    return len(text.split())


def is_paragraph(block: str) -> bool:
    """Running text: a few words ending like a sentence."""
    return words(block) >= 8 and bool(_SENTENCE_END.search(block))


def is_headline_like(block: str) -> bool:
    """Short and unpunctuated at the end: a headline, a heading, a menu item."""
    n = words(block)
    return 1 <= n <= 25 and not _SENTENCE_END.search(block.rstrip("?!")) and not block.endswith((",", ";", ":"))


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
    """A copyright line, an advertisement's place or boilerplate (``boilerplate.txt``), short as chrome is."""
    return words(block) <= _CHROME_MAX_WORDS and _any_pattern("copyright.txt", "ad_markers.txt", "boilerplate.txt")(block)


def is_ad_marker(block: str) -> bool:
    """Where an advertisement stood ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT")."""
    return words(block) <= _CHROME_MAX_WORDS and _any_pattern("ad_markers.txt")(block)


def is_copyright(block: str) -> bool:
    return words(block) <= _CHROME_MAX_WORDS and _any_pattern("copyright.txt")(block)


def _top_level_branch(pattern: str) -> bool:
    """Whether a pattern has a "|" outside its groups and classes ("^a|b" is not anchored as a whole)."""
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return True
    return False


# a back-reference ("\\1", "(?P=name)"): the groups of an alternation are numbered anew
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@cache
def _any_pattern(*names: str) -> Callable[[str], bool]:
    """Whether any pattern of the ``lang/id`` files ``names`` is found in a text: two searches, not one a pattern.

    The patterns anchored at the start ("^baca juga") are tried together at the start only (a match of
    "a|b", which is what "^a" finds without MULTILINE), the others as one alternation: a line is read twice
    where a search a pattern read it a hundred times. A pattern with a back-reference or flags of its own
    keeps its own search."""
    anchored: list[str] = []
    floating: list[str] = []
    alone: list[re.Pattern[str]] = []
    for p in (p for name in names for p in patterns("id", name)):
        if _BACKREFERENCE.search(p.pattern) or p.flags & ~(re.IGNORECASE | re.UNICODE):
            alone.append(p)
        elif p.pattern.startswith("^") and not _top_level_branch(p.pattern):
            anchored.append(f"(?:{p.pattern[1:]})")
        else:
            floating.append(f"(?:{p.pattern})")
    searches = [p.search for p in alone]
    try:
        if anchored:
            searches.append(re.compile("|".join(anchored), re.IGNORECASE).match)
        if floating:
            searches.append(re.compile("|".join(floating), re.IGNORECASE).search)
    except re.error:  # a pattern that cannot stand in an alternation (a global flag inside): one search each
        searches = [p.search for name in names for p in patterns("id", name)]
    return lambda text: any(search(text) for search in searches)


@cache
def _credit_label() -> re.Pattern[str]:
    labels = "|".join(p.pattern for p in patterns("id", "photo_credit_labels.txt"))
    return re.compile(rf"(?:{labels})\s*:\s*", re.IGNORECASE)


@cache
def _trailing_credit() -> re.Pattern[str]:
    """An agency credit closing a caption: "... Vladivostok. KCNA VIA KNS/AFP", "(ANTARA FOTO/Hafidz Mubarak A)".

    The credit stands after the caption's last sentence, a photographer's name after its
    agency ("ANTARA FOTO/Didik Suhartono"): a pair of abbreviations closing a
    sentence ("... termasuk TNI/Polri.", "... dari kelurahan atau RT/RW.") is article text."""
    sources = word_list("id", "caption_sources.txt")
    labels = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(sources, key=lambda s: (-len(s), s)))
    return re.compile(
        r"(?:^|[.!?”\")]\s+)[A-Z][A-Z0-9.&]+(?:\s+[A-Z][A-Z0-9.&]+)*\s*/\s*[A-Z][\w.&]+(?:\s+[A-Z][\w.&'-]*){0,3}(?:\s*/\s*[A-Z][\w.&]+)*"
        r"(?:\s*\([^()]*\))?\s*$"
        rf"|\((?:{labels})\s*[:/][^()]*\)\s*$"
    )


_ALLCAPS = re.compile(r"\b[A-Z]{2,}\b")


@cache
def _slash_credit() -> re.Pattern[str]:
    """A credit written with a slash after its label: "Foto/dok SindoNews", "Foto/Instagram @afgan_"."""
    labels = "|".join(p.pattern for p in patterns("id", "photo_credit_labels.txt"))
    return re.compile(rf"^(?=[A-Z])(?i:{labels})\s*/\s*\S")


# A slashed credit is its source's name, a handle or a few words.
_SLASH_CREDIT_MAX_WORDS = 6


def is_credit_line(block: str) -> bool:
    """A photo credit standing alone: "IST", "Alexey NIKOLSKY / SPUTNIK / AFP", "Foto: Dok. Humas"."""
    low = block.lower().strip(" .()")
    credits = word_list("id", "photo_credits.txt")
    if low in credits:
        return True
    n = words(block)
    if n > 12:
        return False
    if _credit_label().match(block) or (block.startswith("(") and block.endswith(")") and _credit_label().match(block[1:])):
        return True  # "Foto: Dok. Humas", and KapanLagi's "(Image: netflix.com)"
    if n <= _SLASH_CREDIT_MAX_WORDS and _slash_credit().match(block):
        return True
    if "/" in block and not _SENTENCE_END.search(block) and (_ALLCAPS.search(block) or metadata.mentions_domain(block)):
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
    return (bool(_trailing_credit().search(block)) and words(block) >= 3) or _photographer_credit(block)


# "... heritage-nya. (Muhammad Lugas Pribady/detikcom)": the photographer, then the outlet.
_PHOTOGRAPHER_CREDIT = re.compile(
    r"(?<=[.!?\"”’)])\s*\((?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*/\s*(?P<outlet>[\w.-]+)\)\s*\.?\s*$"
)
# A photo's caption is a sentence or two.
_CAPTION_MAX_WORDS = 30


def _photographer_credit(block: str) -> bool:
    """Whether ``block`` is a caption closed by its photographer's credit, the name before the
    outlet ("(Sudrajat/detikcom)"); a writer's credit names the outlet first ("(Tribunnews.com/Nama)")."""
    m = _PHOTOGRAPHER_CREDIT.search(block)
    if not m or words(block) > _CAPTION_MAX_WORDS:
        return False
    return metadata.is_outlet_name(m["outlet"]) and not metadata.is_outlet_name(m["name"])


# A topic tag: a few lower-case words, no sentence punctuation ("izin tambang", "liga spanyol 2024/2025").
_TAG = re.compile(r"^[^\W\d_][^\W_]*(?:[ ./&'’-]+[^\W_]+)*$")
_TAG_MAX_WORDS = 6
# Past the closing credit a tag may be a whole search phrase ("cara perpanjang sim mati tanpa bikin baru").
_FOOTER_TAG_MAX_WORDS = 10
# Tags close a page as a run: one lower-case line alone may be the end of a broken sentence.
_TAG_RUN = 2
# The tail of a chrome line broken at a link is a word or two ("detikNews.", "sini.").
_TAIL_MAX_WORDS = 2


def is_tag(block: str, max_words: int = _TAG_MAX_WORDS) -> bool:
    """A topic tag: at most a few words, all lower case, no sentence punctuation."""
    return words(block) <= max_words and block == block.lower() and bool(_TAG.match(block))


# --------------------------------------------------------------------------- result


@dataclass
class CleanPage:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    removed_by: list[str] = field(default_factory=list)  # the rule that removed each block of ``removed``
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

    def remove(self, block: str, rule: str) -> None:
        self.removed.append(block)
        self.removed_by.append(rule)

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
    if re.search(r"[\"“”]", block) or re.search(r"\.\s+[A-Z]", block):
        return False  # quoted speech, or two sentences: article text
    return is_headline_like(block) and _title_case_ratio(block) >= 0.5 and not _lower_text_words(block)


def _lower_text_words(block: str) -> list[str]:
    """The words after the first that a headline would capitalise but ``block`` writes in lower case.

    A headline capitalises every word but a few function words
    (``headline_words.txt``, English stopwords); a lower-case "pukul", "jabatan" or "dimainkan"
    marks a line of article text (a list item, a question, a data row).
    """
    # English function words too: outlets run English headlines ("Ask the Expert")
    allowed = word_list("id", "headline_words.txt") | word_list("en", "stopwords.txt")
    cores = (w.strip("“”\"'‘’()[],.:;!?") for w in block.split()[1:])
    # a brand written "iPhone" or "eKTP" is a name, not a lower-case word
    return [w for w in cores if w and w == w.lower() and w[0].isalpha() and w not in allowed and not any(ch.isdigit() for ch in w)]


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
    if _lowers_title_words(block[:cut], title):
        return [("text", block)]
    if words(rest) <= 3:
        return [("removed", block)]
    if _sentence_goes_on(rest):
        return [("text", block)]
    return [("removed", block[:cut].strip()), ("text", rest)]


_BRACKETED_ASIDE = re.compile(r"^\([^()]{0,40}\)\s*")


def _sentence_goes_on(rest: str) -> bool:
    """Whether ``rest`` carries on the sentence the headline's words opened.

    When the headline's words are the subject of the lead's own sentence ("Johan Budi
    adalah alumnus ...", "... Hashim (62) adalah ...", "... sore ini? Menarik ..."), a
    lower-case word or the sentence's own punctuation follows them, never a new
    capitalised sentence.
    """
    rest = _BRACKETED_ASIDE.sub("", rest)
    return bool(rest) and (rest[0].islower() or rest[0] in ".,;:?!")


def _lowers_title_words(head: str, title: str) -> bool:
    """Whether ``head`` writes in lower case a word the headline capitalises.

    A headline repeated by the page keeps its capitals; a lead that opens with the
    headline's words writes them as a sentence ("Kylian Mbappe dilarikan ke rumah
    sakit." under "Kylian Mbappe Dilarikan ke Rumah Sakit!").
    """
    pairs = list(zip(title.split(), head.split(), strict=False))[1:]
    return any(t[:1].isupper() and h[:1].islower() and fold(t) == fold(h) for t, h in pairs)


def _split_byline_tail(block: str) -> list[str]:
    """Running text with its byline appended: "... kesalahan besar". Nama Penulis: X"."""
    byline_start = next((m.start() for m in metadata.byline_label_regex().finditer(block) if m.start() > 0), None)
    if byline_start is None:
        return [block]
    head, tail = block[:byline_start].rstrip(), block[byline_start:]
    if words(tail) > 25 or not _SENTENCE_END.search(head):
        return [block]
    return [head, tail]


# A bracketed group closing a block, after the end of its last sentence: "... tambahnya. (Tribunpadang.com/Nama)".
_CLOSING_BRACKETS = re.compile(r"(?<=[.!?\"”’')])\s*(?P<credit>\([^()]{2,100}\))\s*\.?\s*$")


# The paragraph a credit closes is a sentence or more.
_CREDITED_TEXT_MIN_WORDS = 3


def _split_credit_tail(block: str) -> list[str]:
    """The writer's credit run onto the last paragraph: "... penyebabnya," tambahnya. (Tribunpadang.com/Muhammad
    Iqbal)" -> the paragraph, the credit. Only a credit naming the outlet first, then its writers
    (or their codes: "(kompas/msr)") is cut off: a bracket of the text ("(UKT/SPP).", "(Jawa/Bali)")
    names no outlet, and Detik credits a photo with the photographer first ("(Sudrajat/detikcom)")."""
    m = _CLOSING_BRACKETS.search(block)
    if not m or words(block[: m.start()]) < _CREDITED_TEXT_MIN_WORDS:
        return [block]  # "(Lampura).(Tribunlampung.co.id/Nama)": the writer's post and credit, no text
    credit = metadata.parse_author_credit(m["credit"])
    if credit is None or credit[3] or not (credit[2] or metadata.mentions_domain(m["credit"])):
        return [block]
    first = m["credit"][1:].split("/", 1)[0].strip()
    if credit[0] and not (metadata.mentions_domain(first) or metadata.is_outlet_name(first)):
        return [block]  # "(Sudrajat/detikcom)": a photographer's name before the outlet closes a caption
    return [block[: m.start()].rstrip(), m["credit"]]


# Sentences glued by scrapers: "(LMK).Langkah tersebut" -> "(LMK). Langkah tersebut".
_GLUED_SENTENCES = re.compile(r"(?<=[a-z0-9)\]”\"'])([.!?])(?=[A-Z][a-z])")


@cache
def _inline_link() -> re.Pattern[str]:
    markers = "|".join(p.pattern for p in patterns("id", "inline_links.txt"))
    return re.compile(rf"(?<![\w])(?:{markers})\s*", re.IGNORECASE)


_TOKEN = re.compile(r"\S+")
# The body glued to a headline after a symbol the glue repair leaves alone: "Vision+Panitia".
_GLUED_AFTER_SYMBOL = re.compile(r"(?<=[+])(?=[A-Z][a-z])")
_SENTENCE_END_INSIDE = re.compile(r"[.!?]\s")
# A link's headline is short: a glue point further on belongs to the text.
_LINK_MAX_CHARS = 200
# A numbered item of the story's own list after a link's headline: "1.", "12.".
_LIST_NUMBER = re.compile(r"\d{1,2}\.")


def _headline_end(text: str, start: int) -> int:
    """Where a headline run into body text ends, reading from ``start``.

    Headlines are Title Case; the body resumes at the capitalised word just
    before the first lower-case word a headline would not hold, or at an
    opening quote.
    """
    glued = _GLUED_AFTER_SYMBOL.search(text, start, start + _LINK_MAX_CHARS)
    if glued and not _SENTENCE_END_INSIDE.search(text, start, glued.start()):
        return glued.start()  # "... Kolombia di Kualifikasi zona CONMEBOL, Saksikan di Vision+Panitia juga": the text glued on
    lower_ok = word_list("id", "headline_words.txt")
    tokens = list(_TOKEN.finditer(text, start))
    for i, tok in enumerate(tokens):
        word = tok[0]
        if i > 0:
            quote = next((j for j, ch in enumerate(word) if ch in '“"‘'), None)
            if quote is not None:
                return tok.start() + quote  # a quotation opens the next sentence
        if i >= 2 and _LIST_NUMBER.fullmatch(word):
            return tok.start()  # "... Tidak Terbit 1. Surya Insomnia": the story's list goes on
        core = word.strip("“”\"'‘’()[],.:;!?")
        if core and core[0].islower() and core.lower() not in lower_ok:
            if i < 2:
                return tok.start()
            return _body_opening(tokens, i, lower_ok)
        if word.endswith(("?", "!")) and i >= 2:
            return tok.end()
    return len(text)


# A headline's last word with the body's first glued on: "Terburuk'Meski", "TersangkaPolisi" (small
# letters or a closing quote before the capital, so "McLaren" stays whole; the known names written
# with a capital inside, "WhatsApp", too).
_GLUED_OPENING = re.compile(r"(?:(?<=[a-z]{3})|(?<=[a-z][\"'”’]))(?=[A-Z][a-z])")


def _body_opening(tokens: list[re.Match[str]], i: int, lower_ok: frozenset[str] | set[str]) -> int:
    """Where the body opens before ``tokens[i]``, the first small word no headline holds: at the
    capitalised word before the small words headlines hold too ("... di Pasaran Comet akan
    diperkenalkan": "Comet"), or at the capital glued onto the headline's last word."""
    back = i - 1
    while back > 1 and tokens[back][0][:1].islower() and tokens[back][0].strip(",.:;").lower() in lower_ok:
        back -= 1
    # "... Rp334 Juta Michael Mente, seorang miliarder": a name in apposition
    if back == i - 1 and tokens[back][0].endswith(",") and back >= 2 and tokens[back - 1][0][:1].isupper():
        back -= 1
    tok = tokens[back]
    glued = _GLUED_OPENING.search(tok[0], 1)
    if not glued or back == 0 or tok[0].strip("“”\"'‘’()[],.:;!?") in known_camel_names():
        return tok.start()  # "WhatsApp kini menguji": a name written with a capital inside
    return tok.start() + glued.start()


# The text after a promo alone on its line is the body's when it reads as a sentence: a sentence's end,
# or this many words in small letters that no headline holds (a headline's unit, "45 ton", has one).
_GLUED_BODY_MIN_SMALL_WORDS = 3


def _glued_body(rest: str) -> bool:
    """Whether the text after a promo's headline, on the promo's own line, is the body's text run on."""
    if rest[:1] in '“"‘':
        return words(rest) >= _GLUED_BODY_MIN_SMALL_WORDS  # a quotation opening, not the headline's closing mark
    lower_ok = word_list("id", "headline_words.txt")
    small = [w for w in rest.split() if w[:1].islower() and w.strip(",.:;!?").lower() not in lower_ok]
    return bool(small) and (bool(_SENTENCE_END.search(rest)) or len(small) >= _GLUED_BODY_MIN_SMALL_WORDS)


def _split_promo_line(block: str, page: str = "") -> list[tuple[str, str]]:
    """A promo's line ("Baca Juga: <headline>") with the body's next sentence glued on: the promo
    cut off, the sentence kept; a headline alone stays whole, for the chrome rule to drop, and so
    does a line whose text the page gives again further on (``page``, the page's lines: Okezone repeats
    the quote or the teaser it glued to a promo in the story's paragraphs)."""
    m = _inline_link().match(block)
    if not m or m.end() >= len(block):
        return [("text", block)]
    end = _headline_end(block, m.end())
    rest = block[end:].strip()
    if not rest or page.count(rest) > 1 or words(block[m.end() : end]) < 2 or not _glued_body(rest):
        return [("text", block)]
    return [("removed", block[:end].strip()), ("text", rest)]


def _split_inline_links(block: str, page: str = "") -> list[tuple[str, str]]:
    """Running text with "Baca juga: <headline>" links inside: the links cut out (``page``: the page's lines)."""
    if words(block) <= _CHROME_MAX_WORDS:
        return _split_promo_line(block, page)
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

# Where a rule sends the block it claims.
Verdict = Literal["removed", "caption", "paragraph"]


@dataclass
class _Piece:
    kind: str  # "text" (to be sorted by the rules), "removed" or "caption" (settled while splitting)
    text: str
    rule: str = ""  # the rule that settled a piece that is not "text"


@dataclass
class CleaningState:
    """What the cleaner knows while it reads a page's pieces in order."""

    page: CleanPage
    pieces: list[_Piece]
    title_fold: str
    body_start: int | None  # the piece that opens with the dateline, when one is near the top
    in_header: bool = False  # above the dateline: standfirst, byline, date, photo and credit
    after_credit: bool = False  # a photo credit just read in the header: its description follows
    after_heading: bool = False  # a "Berita Terkait" heading: headlines follow
    ended: bool = False  # past the closing credit: what follows is footer
    cut_short: bool = False  # the chrome line just read ends on a function word: its tail is the next line
    header_paragraphs: list[int] = field(default_factory=list)  # paragraphs read in the header
    at_lead: bool = False  # the piece being read is the one that opens with the dateline
    story_paragraphs: int = 0  # paragraphs of running text read into the body so far
    next_text: str = ""  # the piece after the one being read

    def __post_init__(self) -> None:
        self.in_header = self.body_start is not None


RuleAction = Callable[[CleaningState, str], Verdict | None]


@dataclass(frozen=True)
class Rule:
    """A named cleaning rule: ``apply`` returns where the block goes, or None when the block is not its own."""

    name: str
    apply: RuleAction


# Names of the removals made outside the rule table, while the page is split and settled.
CLOSING_CREDIT = "closing_credit"  # "(Rahman Asmardika)", "(kha)": the editor's name or initials closing the page
TAG_LIST = "tag_list"  # topic tags closing the page
ABOVE_HEADLINE = "above_headline"  # menus, promos and breadcrumbs above the headline
HEADLINE_IN_BLOCK = "headline_in_block"  # a block opening with the headline again
INLINE_LINK = "inline_link"  # "Baca juga: <headline>" run into running text
NAME_REPEAT = "name_repeat"  # a lone line repeating an author's name
MEDIA_TITLE = "media_title"  # an embedded video's title, which the page shows twice, closing the page
CLOSING_HEADLINE = "closing_headline"  # another story's headline, unrelated to this one, closing the page
SETTLING_REMOVALS = frozenset(
    {CLOSING_CREDIT, TAG_LIST, ABOVE_HEADLINE, HEADLINE_IN_BLOCK, INLINE_LINK, NAME_REPEAT, MEDIA_TITLE, CLOSING_HEADLINE}
)


def _headline_repeat(c: CleaningState, block: str) -> Verdict | None:
    """The headline repeated (zoom widget, sticky header)."""
    title = c.page.title or ""
    repeats_title = c.title_fold and fold(block).endswith(" " + c.title_fold) and words(block) - words(title) <= 2
    if repeats_title and _lead_restating_title(block, title):
        return None
    return "removed" if fold(block) == c.title_fold or repeats_title else None


def _lead_restating_title(block: str, title: str) -> bool:
    """Whether ``block`` is the lead, its dateline before the headline's words written as a sentence
    ("TRIBUNKALTIM.CO - Ketua PBNU selaku Komisaris PT GAG Nikel bantah lokasi tambang ...."
    under "Ketua PBNU Selaku Komisaris PT GAG Nikel Bantah Lokasi Tambang ..."): the story's
    first paragraph, not the headline shown again."""
    found = find_dateline(block)
    if found is None or not _SENTENCE_END.search(block):
        return False
    return _lowers_title_words(block[found.body_start :], title)


def _byline(c: CleaningState, block: str) -> Verdict | None:
    byline = metadata.parse_byline(block)
    if byline is None and c.in_header and dateline_of(c.next_text):
        names = metadata.parse_report_byline(block, above_dateline=True)
        byline = {"author": names, "editor": []} if names else None
    if byline is None or words(block) > 30:
        return None
    c.page.add_names(byline["author"], byline["editor"])
    c.ended = c.ended or (bool(c.page.paragraphs) and not c.in_header)
    return "removed"


def _name_and_outlet(c: CleaningState, block: str) -> Verdict | None:
    """A header byline without a label ("Dewi Kartika - detikSport")."""
    name_outlet = metadata.parse_name_outlet(block) if c.in_header else None
    if not name_outlet:
        return None
    c.page.add_names(name_outlet[0], [])
    c.page.outlet_hints.append(name_outlet[1])
    return "removed"


def _outlet_label(c: CleaningState, block: str) -> Verdict | None:
    """The outlet's name or section as a header label ("detikSport")."""
    label = metadata.outlet_from_mention(block) if c.in_header and words(block) <= 2 else None
    if not label or fold(block) not in metadata.outlet_aliases(label):
        return None
    c.page.outlet_hints.append(label)
    return "removed"


def _author_credit(c: CleaningState, block: str) -> Verdict | None:
    """The closing credit ("(Tribunnews.com/Nama)", "kp/rs"): the article ends here."""
    credit = metadata.parse_author_credit(block)
    if not credit:
        return None
    if credit[3]:
        c.page.initials = (credit[0], credit[1])
    else:
        c.page.add_names(credit[0], credit[1])
    if credit[2]:
        c.page.outlet_hints.append(credit[2])
    c.ended = True
    return "removed"


def _date_line(c: CleaningState, block: str) -> Verdict | None:
    """The page's date stamp ("Senin, 9 Juni 2025 18:19 WIB"), where a page shows it: above the
    dateline, before the story's running text, or past the closing credit. A date line inside
    the story is its own text: a timetable's row ("Tanggal: Selasa, 10 Juni 2025"), a quiz's
    answer ("b. 26 Oktober 1928"), a subheading of a chronology ("Minggu, 8 Juni 2025")."""
    stamp = dates.parse_date_line(block)
    if not stamp or words(block) > 14 or not _where_stamps_stand(c):
        return None
    c.page.published = c.page.published or stamp
    return "removed"


def _where_stamps_stand(c: CleaningState) -> bool:
    """Whether the piece being read stands where pages put their stamps, links and labels: in the
    header, before the story's first paragraph, past its closing credit, or under a links heading."""
    return c.in_header or c.ended or c.after_heading or not c.page.paragraphs


def _url_line(c: CleaningState, block: str) -> Verdict | None:
    if not _URL_LINE.match(block):
        return None
    c.page.url = c.page.url or (block if block.startswith("http") else "https://" + block)
    hint = metadata.outlet_from_url(c.page.url)
    if hint:
        c.page.outlet_hints.append(hint)
    return "removed"


def _chrome(c: CleaningState, block: str) -> Verdict | None:
    if not is_chrome(block):
        return None
    if is_copyright(block):
        hint = metadata.outlet_from_mention(block)
        if hint:
            c.page.outlet_hints.append(hint)
    c.after_heading = words(block) <= 4 and not is_ad_marker(block)  # "Baca juga", "Berita Terkait": links follow
    last = block.split()[-1].lower()
    c.cut_short = last in word_list("id", "stopwords.txt") and not _SENTENCE_END.search(block)
    return "removed"


def _chrome_tail(c: CleaningState, block: str) -> Verdict | None:
    """The end of a chrome line that the scrape broke at a link: "Artikel sudah lebih dulu tayang di" + "detikNews."."""
    cut_short, c.cut_short = c.cut_short, False
    # the tail closes the chrome sentence ("detikNews.", "sini."); a quote or a list item opens text
    tail = words(block) <= _TAIL_MAX_WORDS and block.endswith(".") and block[0].isalpha()
    return "removed" if cut_short and tail else None


def _related_media(c: CleaningState, block: str) -> Verdict | None:
    """A link to a related video ("Video Timnas Terbang ke Jepang Besok, Kluivert: ..."): its headline after "Video"."""
    first = block.split(maxsplit=1)[0].lower().rstrip(":")
    return "removed" if first in word_list("id", "related_media.txt") and _is_link_title(block) and words(block) >= 3 else None


def _footer_tag(c: CleaningState, block: str) -> Verdict | None:
    """A topic tag past the closing credit ("izin tambang", "raja ampat")."""
    if not (c.ended and is_tag(block, _FOOTER_TAG_MAX_WORDS)):
        return None
    named = fold(block) in {fold(n) for n in c.page.authors + c.page.editors}
    return None if named else "removed"  # a lone author's name is a name repeat (settled after the rules)


def _credit_line(c: CleaningState, block: str) -> Verdict | None:
    if not is_credit_line(block):
        return None
    c.after_credit = c.in_header
    return "caption"


def _inline_caption(c: CleaningState, block: str) -> Verdict | None:
    """A caption with its credit run in; the paragraph opening with the dateline is the lead, never one."""
    return "caption" if not c.at_lead and inline_caption(block) else None


def _photo_description(c: CleaningState, block: str) -> Verdict | None:
    """The photo's description under its credit, in the header."""
    if not (c.in_header and c.after_credit):
        return None
    c.after_credit = False
    return "caption"


def _teaser(c: CleaningState, block: str) -> Verdict | None:
    """A teaser for another article, cut short."""
    return "removed" if c.in_header and block.rstrip().endswith(("...", "…")) else None


def _no_letters(c: CleaningState, block: str) -> Verdict | None:
    """List bullets and numbers standing alone."""
    return "removed" if _NO_LETTERS.match(block) else None


def _dated_link(c: CleaningState, block: str) -> Verdict | None:
    """A dated link to another article ("- Kamis, 05/11/2015 09:25 WIB Judul ..."): its stamp opens it.

    Inside the story, a dated Title Case line whose date comes later is the story's own list
    ("-Desa Sitail, Kecamatan Jatinegara, pada Rabu (11/6/2025)", "1. Harga Kopra di Manado
    Senin 9 Juni 2025, Segini Harganya")."""
    bare = _LIST_BULLET.sub("", block)
    if not _is_link_title(bare):
        return None
    found = dates.find_dates(bare)
    if not found:
        return None
    # at most a word before the stamp (the weekday it left out, run into the link's rank: "02Kamis,"),
    # a headline after it; a date alone or before a few words is a row of the story's own list
    # ("b. 26 Oktober 1928", "- 04.11.2025, 23:00 WIB, Indonesia U17 Vs Zambia U17")
    start, end, _ = found[0]
    headline_words = [w for w in bare[end:].split() if _HAS_LETTER.search(w)]
    link = words(bare[:start]) <= 1 and len(headline_words) >= _LINK_HEADLINE_MIN_WORDS
    return "removed" if link or _where_stamps_stand(c) else None


_HAS_LETTER = re.compile(r"[^\W\d_]")
# The headline of a dated link: a headline's length.
_LINK_HEADLINE_MIN_WORDS = 6


_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s")


def _image_title(c: CleaningState, block: str) -> Verdict | None:
    """An image's title above its caption. A numbered heading over its photo's credit ("1. Rhoma
    Irama" over "Foto/dok SindoNews") is an item of the story's own list, and a block holding a
    whole sentence before such a heading ("... Berikut daftarnya. 1. Rhoma Irama") is running text."""
    nxt = c.next_text
    if not (nxt and is_headline_like(block)) or _NUMBERED_ITEM.match(block) or _SENTENCE_END_INSIDE.search(block):
        return None
    if c.after_heading:
        return None  # under "Baca juga:", a link's headline, whatever follows it
    return "caption" if inline_caption(nxt) or is_credit_line(nxt) else None


def _footer_link(c: CleaningState, block: str) -> Verdict | None:
    """Footer links and lists of other headlines."""
    return "removed" if (c.ended or c.after_heading) and _is_link_title(block) else None


# A related article's headline behind a bullet is a headline's length; a list item of the story is shorter.
_BULLET_LINK_MIN_WORDS = 8
_BULLET = re.compile(r"^[•▪►]\s*")


def _bullet_link(c: CleaningState, block: str) -> Verdict | None:
    """A related article's headline behind a bullet, between the story's paragraphs (Tribun's
    "• Siapa Giorgio Antonio? Sosok Pria yang Diisukan Dekat dengan Sarwendah ..."). The story's
    own bulleted items are short ("• SKK Migas") or read as text ("• 183 kasus monopoli ... ditindak,")."""
    bare = _BULLET.sub("", block)
    if bare == block or words(bare) < _BULLET_LINK_MIN_WORDS:
        return None
    _, colon, value = bare.rpartition(":")
    if colon and words(value) <= _LABELLED_VALUE_MAX_WORDS:
        return None  # "• Direktur dan Chief People Officer: Monica Lynn Mulyanto": a labelled item of the story's list
    return "removed" if _is_link_title(bare) else None


# The value of a labelled list item: a name or a figure, a few words.
_LABELLED_VALUE_MAX_WORDS = 4


def _body(c: CleaningState, block: str) -> Verdict | None:
    """What no other rule claims is the article's text.

    The page's dateline is the one opening the lead: the piece found near the top, or, on a
    page with none there, the first dateline before the story's running text begins. One
    further down opens a list item or a timetable row ("4. Tiket.com - diskon ...",
    "Maumere - Kupang PP").
    """
    c.after_heading = False  # the links under a heading run until the first block of text
    near_start = c.at_lead or (c.body_start is None and c.story_paragraphs == 0)
    c.story_paragraphs += is_paragraph(block) and not c.in_header
    dl = dateline_of(block) if near_start else None
    if dl and c.page.dateline is None:
        c.page.dateline = dl
        hint = metadata.outlet_from_mention(dl)
        if hint:
            c.page.outlet_hints.insert(0, hint)
    return "paragraph"


# The rules in the order they are tried; the first that claims a block decides where it goes.
RULES: tuple[Rule, ...] = (
    Rule("chrome_tail", _chrome_tail),
    Rule("headline_repeat", _headline_repeat),
    Rule("byline", _byline),
    Rule("name_and_outlet", _name_and_outlet),
    Rule("outlet_label", _outlet_label),
    Rule("author_credit", _author_credit),
    Rule("date_line", _date_line),
    Rule("url", _url_line),
    Rule("chrome", _chrome),
    Rule("related_media", _related_media),
    Rule("footer_tag", _footer_tag),
    Rule("credit_line", _credit_line),
    Rule("inline_caption", _inline_caption),
    Rule("photo_description", _photo_description),
    Rule("teaser", _teaser),
    Rule("no_letters", _no_letters),
    Rule("dated_link", _dated_link),
    Rule("image_title", _image_title),
    Rule("footer_link", _footer_link),
    Rule("bullet_link", _bullet_link),
    Rule("body", _body),
)


def _take_title(page: CleanPage, blocks: list[str], title: str | None) -> int:
    """Set the page's title (the given one, or the headline found); the index of the first block after it."""
    if title:
        page.title = normalise(title)
        return 0
    t = find_title(blocks)
    if t is None:
        return 0
    page.title = blocks[t]
    for block in blocks[:t]:
        page.remove(block, ABOVE_HEADLINE)
    return t + 1


def _split_pieces(blocks: list[str], title: str) -> list[_Piece]:
    """The blocks cut where they run several things together: the headline, inline links, a byline tail."""
    pieces: list[_Piece] = []
    page = "\n".join(blocks)
    for block in blocks:
        for kind, text in _split_title_repeat(block, title):
            if kind != "text":
                pieces.append(_Piece(kind, text, HEADLINE_IN_BLOCK))
                continue
            for sub_kind, sub_text in _split_inline_links(text, page):
                if sub_kind == "text":
                    pieces += [_Piece("text", b) for t in _split_byline_tail(sub_text) for b in _split_credit_tail(t)]
                else:
                    pieces.append(_Piece(sub_kind, sub_text, INLINE_LINK))
    return pieces


# The dateline opens the story: above it stand at most a standfirst and a teaser, never
# the story's own paragraphs (a dateline-like line below those opens a list item).
_HEADER_MAX_PIECES = 25
_HEADER_MAX_PARAGRAPHS = 2


def _body_start(pieces: list[_Piece]) -> int | None:
    """Where the body starts: the dateline, when the page has one near the top."""
    paragraphs = 0
    for i, piece in enumerate(pieces[:_HEADER_MAX_PIECES]):
        if dateline_of(piece.text):
            return i
        if piece.kind == "text" and is_paragraph(piece.text) and not inline_caption(piece.text):
            paragraphs += 1
            if paragraphs > _HEADER_MAX_PARAGRAPHS:
                return None
    return None


def _sort_piece(c: CleaningState, i: int) -> None:
    """Send piece ``i`` where the first rule that claims it says."""
    c.at_lead = i == c.body_start
    if c.in_header and c.at_lead:
        c.in_header = False
    piece = c.pieces[i]
    if piece.kind != "text":
        _place(c, piece.text, "caption" if piece.kind == "caption" else "removed", piece.rule)
        return
    c.next_text = c.pieces[i + 1].text if i + 1 < len(c.pieces) else ""
    for rule in RULES:
        verdict = rule.apply(c, piece.text)
        if verdict is not None:
            _place(c, piece.text, verdict, rule.name)
            return


def _place(c: CleaningState, block: str, verdict: Verdict, rule: str) -> None:
    if verdict == "removed":
        c.page.remove(block, rule)
    elif verdict == "caption":
        c.page.captions.append(block)
    else:
        if c.in_header:
            c.header_paragraphs.append(len(c.page.paragraphs))
        c.page.paragraphs.append(block)


def clean_blocks(blocks: list[str], title: str | None = None) -> CleanPage:
    """Sort a page's blocks into title, body, captions and removed chrome (``RULES``, in order)."""
    page = CleanPage()
    blocks = [n for b in blocks if (n := normalise(b))]
    start = _take_title(page, blocks, title)
    pieces = _split_pieces(blocks[start:], page.title or "")
    cleaning = CleaningState(page, pieces, fold(page.title or ""), _body_start(pieces))
    for i in range(len(pieces)):
        _sort_piece(cleaning, i)
    _settle_standfirst(page, cleaning.header_paragraphs)
    _drop_name_repeats(page)
    _drop_closing_chrome(page)
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
            page.remove(para, NAME_REPEAT)
        else:
            kept.append(para)
    page.paragraphs = kept


def _drop_closing_chrome(page: CleanPage) -> None:
    """What closes a page after its last paragraph: a bracketed credit, a run of topic tags.

    Read from the end, so that tags after a credit and a credit after tags both go.
    """
    while page.paragraphs:
        last = page.paragraphs[-1]
        if _is_media_title(page.paragraphs):
            for _ in range(2):
                page.remove(page.paragraphs.pop(), MEDIA_TITLE)
            continue
        if len(page.paragraphs) > 1 and _names_own_outlet(last, page.dateline):
            page.remove(page.paragraphs.pop(), CLOSING_CREDIT)
            continue
        if _cut_run_on_initials(page):
            continue
        credit = metadata.parse_closing_credit(last)
        if credit is not None and len(page.paragraphs) > 1:
            page.remove(page.paragraphs.pop(), CLOSING_CREDIT)
            page.add_names([], credit[0])
            if credit[1] and not any(page.initials):
                page.initials = ([], credit[1])
            continue
        run = 0
        while run < len(page.paragraphs) - 1 and is_tag(page.paragraphs[-1 - run]):
            run += 1
        if run < _TAG_RUN:
            _drop_closing_headline(page)
            return
        tags = page.paragraphs[-run:]
        del page.paragraphs[-run:]
        for tag in tags:
            page.remove(tag, TAG_LIST)


# Staff initials in brackets run onto the last sentence: "... sekali lagi. (wbs)", "... katanya. (hal/rrd)".
# Codes are lower case, or one capital and lower case ("(Fri)"); capitals alone ("(PKS)") and capitalised
# pairs ("(Jawa/Bali)") are the text's own abbreviations and places.
_RUN_ON_INITIALS = re.compile(r"(?<=[.!?\"”’])\s*(?P<credit>\((?:[a-z]{2,4}\d?(?:/[a-z]{2,4}\d?)*|[A-Z][a-z]{2,3})\))\s*$")


def _cut_run_on_initials(page: CleanPage) -> bool:
    """Cut the staff's initials off the end of the last paragraph (SINDOnews' "(wbs)", Tribun's
    "(dra)", Posmetro's "(Fri)", Detik's "(hal/rrd)"); whether it did. They are chrome, but not taken
    for names: run into the text they are a reporter's code as often as an editor's, and the page
    that names nobody else is credited to no one. A source in brackets ("... di Jakarta. (AFP)")
    is no one's initials and stays."""
    last = page.paragraphs[-1]
    m = _RUN_ON_INITIALS.search(last)
    if not m or words(last[: m.start()]) < _CREDITED_TEXT_MIN_WORDS:
        return False
    bracket = m["credit"]
    credit = metadata.parse_author_credit(bracket)
    initials = credit is not None and credit[3] if "/" in bracket else metadata.parse_closing_credit(bracket) is not None
    if not initials:
        return False
    page.paragraphs[-1] = last[: m.start()].rstrip()
    page.remove(bracket, CLOSING_CREDIT)
    return True


def _names_own_outlet(line: str, dateline: str | None) -> bool:
    """Whether ``line`` is the page's own outlet in brackets closing it ("(TribunJakarta)" under a
    "TRIBUNJAKARTA.COM, KEBAYORAN BARU -" dateline): a credit, where another outlet in brackets
    ("(Kompas.com)", "(ANTARA)") names the story's source and stays with the text."""
    if not dateline or not (line.startswith("(") and line.endswith(")")) or not metadata.is_outlet_name(line):
        return False
    own = re.split(r"[,|]", dateline)[0]
    return bool(medium_key(own)) and medium_key(line[1:-1]) == medium_key(own)


# An embedded video's title is a headline's length.
_MEDIA_TITLE_MIN_WORDS = 3
_MEDIA_TITLE_MAX_WORDS = 25


def _is_media_title(paragraphs: list[str]) -> bool:
    """Whether the page closes on an embedded video's title: a headline shown twice in a row
    ("Detik-detik Penumpang Histeris ..." twice before Detik's closing initials)."""
    if len(paragraphs) < 3 or paragraphs[-1] != paragraphs[-2]:
        return False
    # a title may run on ("Review Chery J6: Ganteng, Canggih, tapi Sayang..."); a lyric's
    # repeated line ("Kau tak akan terganti") is not Title Case
    title = paragraphs[-1]
    return _MEDIA_TITLE_MIN_WORDS <= words(title) <= _MEDIA_TITLE_MAX_WORDS and _title_case_ratio(title) >= 0.5


# Another story's headline is a full one; a shorter closing line may be a name or a label.
_CLOSING_HEADLINE_MIN_WORDS = 5
_LABEL_OPENING = re.compile(r"^[^\W\d_]+\s*:")


def _drop_closing_headline(page: CleanPage) -> None:
    """A headline closing the page after its running text, sharing no word with the page's own
    headline, is another story's (Liputan6's regional pages close on a video's title: "Evakuasi
    Dramatis Kapolda Jambi, ..." under a story on a Banyuwangi angklung show). A closing line
    on the story's own subject ("Top 3 Berita Hari Ini" listing its own headlines) stays."""
    paras = page.paragraphs
    if len(paras) < 3 or not page.title or words(paras[-1]) < _CLOSING_HEADLINE_MIN_WORDS:
        return
    if not (_is_link_title(paras[-1]) and is_paragraph(paras[-2])) or _LABEL_OPENING.match(paras[-1]):
        return  # "Sumber: RAI Sport, Football Italia": a labelled line, the article's own
    if _content_words(paras[-1]) & _content_words(page.title):
        return
    page.remove(paras.pop(), CLOSING_HEADLINE)


def _content_words(text: str) -> set[str]:
    """The words of ``text`` that carry its subject: folded, no function words, no numbers."""
    function_words = word_list("id", "stopwords.txt") | word_list("id", "headline_words.txt")
    return {w for w in re.findall(r"[^\W\d_]{3,}", fold(text)) if w not in function_words}
