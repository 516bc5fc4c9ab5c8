"""Quotation marks, paragraphs and sentences: where quotes may be, and offsets within them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from telisik.nlp.doc import doc_text

OPENERS = "“«„"
_CLOSERS = "”»"
_ALL_MARKS = OPENERS + _CLOSERS + '"'


@dataclass
class Marked:
    """A stretch of text in quotation marks: ``open`` is the opening mark, ``close`` the closing one
    (the paragraph end when the quote is not closed in its paragraph)."""

    open: int
    close: int
    para: int
    closed: bool
    chain: int = -1  # index of the next part when the quote runs on into the next paragraph
    tail: bool = False  # a part the next paragraph closes without opening it again (``_with_run_on_tails``)


def _looks_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([—–-:") and not nxt.isspace()


def _looks_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)]—–-" or i + 1 == len(text))


def paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _paragraph_marks(text: str, p_idx: int, ps: int, pe: int) -> list[Marked]:
    """The quotation-marked stretches of one paragraph; one left open ends with the paragraph."""
    spans: list[Marked] = []
    opened = -1
    depth = 0
    for i in range(ps, pe):
        c = text[i]
        if opened < 0:
            if c in OPENERS or (c == '"' and _looks_open(text, i)):
                opened, depth = i, 0
            continue
        if c in OPENERS:
            depth += 1
        elif c in _CLOSERS or c == '"':
            if c == '"' and depth == 0 and _looks_open(text, i) and not _looks_close(text, i):
                depth += 1  # an inner straight quote inside a curly one
            elif depth > 0:
                depth -= 1
            else:
                if text[opened + 1 : i].strip():
                    spans.append(Marked(opened, i, p_idx, True))
                opened = -1
    if opened >= 0 and text[opened + 1 : pe].strip():
        spans.append(Marked(opened, pe, p_idx, False))
    return spans


def marked_spans(text: str) -> list[Marked]:
    """Quotation-marked stretches, paragraph by paragraph.

    Curly and straight double quotes, mixed ("“...mendatang.\\""), with quotes
    inside quotes counted by depth. Single quotes are left alone: they mark
    quotes inside quotes and double as apostrophes. A quote not closed in its
    paragraph ends with the paragraph, so an unbalanced mark never swallows the
    rest of the article.
    """
    paras = paragraphs(text)
    spans = _with_run_on_tails(text, paras, [sp for p_idx, (ps, pe) in enumerate(paras) for sp in _paragraph_marks(text, p_idx, ps, pe)])
    # a quote left open at its paragraph's end runs on when the next paragraph opens with a quotation mark
    for i, sp in enumerate(spans[:-1]):
        nxt = spans[i + 1]
        if not sp.closed and nxt.para == sp.para + 1 and not text[paras[nxt.para][0] : nxt.open].strip():
            sp.chain = i + 1
    return spans


# what follows the closing mark of a quote's tail in the next paragraph: its attribution ('," ujar Vicky')
_TAIL_ATTRIBUTION = re.compile(r"\s*,?\s*[a-z]")


def _with_run_on_tails(text: str, paras: list[tuple[int, int]], spans: list[Marked]) -> list[Marked]:
    """The spans, with the tail of each quote left open at its paragraph's end that the next paragraph closes without
    opening it again ('"Kami aktif di lapangan.' then 'Sinergi ... efektif," ujar Vicky.', regional copy breaking a
    quote at each sentence): that paragraph up to the closing mark is a part of the quote, its opening mark taken
    to stand just before the paragraph, so that the open part chains to it and takes its attribution."""
    out: list[Marked] = []
    for k, sp in enumerate(spans):
        out.append(sp)
        nxt_para = sp.para + 1
        if sp.closed or nxt_para >= len(paras) or (k + 1 < len(spans) and spans[k + 1].para == sp.para):
            continue
        ps, pe = paras[nxt_para]
        close = _first_mark(text, ps, pe)
        if close is not None and _closes_a_tail(text, ps, close, pe):
            out.append(Marked(ps - 1, close, nxt_para, True, tail=True))
    return out


def _closes_a_tail(text: str, ps: int, close: int, pe: int) -> bool:
    """Whether the first mark of a paragraph closes what came before it, an attribution after it: 'Sinergi ...," ujar'."""
    closing = text[close] in _CLOSERS or (text[close] == '"' and not _looks_open(text, close))
    return closing and bool(text[ps:close].strip()) and bool(_TAIL_ATTRIBUTION.match(text, close + 1, pe))


def _first_mark(text: str, start: int, end: int) -> int | None:
    """Where the first double quotation mark in text[start:end] stands; None without one."""
    for i in range(start, end):
        if text[i] in _ALL_MARKS:
            return i
    return None


def content_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and the comma or stray marks at the edges of a quote's content."""
    while start < end and (text[start].isspace() or text[start] in _ALL_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:" + _ALL_MARKS):
        end -= 1
    return start, end


def strip_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
        end -= 1
    return end


def inside_mark(pos: int, spans: list[Marked]) -> int:
    for i, sp in enumerate(spans):
        if sp.open < pos < sp.close:
            return i
    return -1


def sentence_of(pos: int, sents: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i
    return len(sents) - 1


def para_of(pos: int, paras: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(paras):
        if s <= pos <= e:
            return i
    return -1


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """The doc's sentences (``telisik_sentences``), each also cut at its line breaks.

    The sentence splitter ends a sentence at a paragraph break, not at a single line
    break; for a speaker that is a boundary too: scraped text keeps "Baca juga:" and
    "Advertisement" lines glued to the next sentence, and a speaker never runs over a line.
    """
    text = doc_text(doc)
    try:
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    except ValueError:  # no sentence boundaries set (the component used without the splitter)
        spans = paragraphs(text)
    out = []
    for s, e in spans:
        pos = s
        for m in re.finditer(r"\n", text[s:e]):
            if text[pos : s + m.start()].strip():
                out.append((pos, s + m.start()))
            pos = s + m.end()
        if text[pos:e].strip():
            out.append((pos, e))
    return out


def standalone_start(text: str, sp: Marked, para_start: int) -> bool:
    """The quote opens a sentence: at the paragraph start, after a sentence end, or after a colon."""
    before = text[para_start : sp.open]
    before = before[before.rfind("\n") + 1 :].rstrip()
    return not before or before[-1] in ".!?:" + _CLOSERS + '"'
