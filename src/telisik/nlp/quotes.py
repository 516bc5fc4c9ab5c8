"""Quotes: direct quotes and reported speech, each with its speaker.

Forms found (speech verbs in ``lang/id/speech_verbs.tsv``, speaker-phrase words
in ``lang/id/quote_words.tsv``):

- direct, attribution after: '"...," kata Watson.', '"...," ujar pernyataan Kremlin.',
  '"...," tambahnya.' (-nya: the last speaker), '"...," Watson mengatakan.';
- direct, attribution before: 'X mengatakan: "..."', 'X juga melaporkan "bahwa ..."';
- an unattributed quote that stands as its own sentence right after another
  speaker's quote continues that speaker ('"A," kata X. "B."'), and so does the
  next paragraph of a quote that runs over paragraphs;
- reported: "X mengatakan (pekan lalu) (bahwa) ...", "menurut X, ...",
  "..., menurut X", "..., kata para pejabat kepada New York Times." (no
  quotation marks: the content is the clause before the attribution);
- statements credited to a news organisation: "..., lapor The New York Times",
  "..., melansir A dari B" (the speaker is B, the original source), "Melansir
  Reuters, ..." when nothing else in the sentence attributes it.

A quotation-marked fragment inside a sentence ('adalah "kesalahan besar"') is not
a quote of its own: it belongs to the reported speech around it (``direct:
false``). Unattributed statements ("dilaporkan", "diyakini", "ada yang
mengatakan") are not quotes.

The speaker phrase is resolved to an entity of ``doc._.entities`` when one of
its mentions covers the phrase (or has the same surname), except that a place or
company between a title and a name stays out of it ("Bupati Bekasi Ade
Kuswara", "CEO Microsoft Satya Nadella"); otherwise a surname is completed from
a fuller name earlier in the article ("Peskov" -> "Dmitry Peskov"), an acronym
from its spelled-out form ("AS" -> "Amerika Serikat"). A pronoun, -nya or a
description ("pelatih asal Italia itu") takes the person who became a
sentence's subject since the last quote ("Sementara itu, Hendra ... . Ia
mengatakan"), else the last speaker. A quote split by its verb ('"A," lanjut X,
"B."') is two quotes of X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from telisik.lang import table
from telisik.nlp.citations import Citation, canonical_media, find_citations
from telisik.nlp.doc import doc_text

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

_OPENERS = "“«„"
_CLOSERS = "”»"
_ALL_MARKS = _OPENERS + _CLOSERS + '"'
_WORD = re.compile(r"\S+")
_PUNCT = " \t\n,.;:!?\"'“”‘’«»()[]"
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_MIN_QUOTE_WORDS = 3
# lowercase words inside a name or a list of names


# --------------------------------------------------------------------------- language data


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    roles: dict[str, frozenset[str]]
    verb_re: re.Pattern[str]

    def has(self, role: str, word: str) -> bool:
        return word.lower().strip(_PUNCT) in self.roles.get(role, frozenset())

    def prefix(self, role: str, words: list[str]) -> int:
        """How many of ``words`` make the longest entry of ``role`` at their start (0 if none)."""
        best = 0
        low = [w.lower().strip(_PUNCT) for w in words[:4]]
        for n in range(1, len(low) + 1):
            if " ".join(low[:n]) in self.roles.get(role, frozenset()):
                best = n
        return best


@cache
def lexicon() -> Lexicon:
    verbs = {row[0].lower(): row[1] for row in table("id", "speech_verbs.tsv")}
    roles: dict[str, set[str]] = {}
    for row in table("id", "quote_words.tsv"):
        roles.setdefault(row[1], set()).add(row[0].lower())
    alternation = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    verb_re = re.compile(rf"(?<![\w-])(?P<verb>{alternation})(?P<nya>nya)?(?![\w-])", re.IGNORECASE)
    return Lexicon(verbs, {k: frozenset(v) for k, v in roles.items()}, verb_re)


# --------------------------------------------------------------------------- speakers


@dataclass
class Speaker:
    name: str | None  # None for a pronoun or -nya, resolved to the last speaker
    start: int
    end: int
    kind: str  # "name" (a person's or organisation's name), "phrase" (as written), "pronoun"
    entity: str | None = None


def _words(text: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), base + m.start(), base + m.end()) for m in _WORD.finditer(text)]


def _is_cap(word: str, alpha: bool = False) -> bool:
    w = word.lstrip("(\"'“‘[")
    return bool(w) and (w[0].isupper() or (not alpha and w[0].isdigit()))


def _drop_parentheses(text: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", text).strip()


def _span_text(doc_text: str, words: list[tuple[str, int, int]]) -> tuple[str, int, int]:
    start, end = words[0][1], words[-1][2]
    return doc_text[start:end], start, end


def _name_speaker(text: str, words: list[tuple[str, int, int]], kind: str) -> Speaker | None:
    while words and words[-1][0].strip(_PUNCT) == "":
        words = words[:-1]
    if not words:
        return None
    raw, start, end = _span_text(text, words)
    name = _drop_parentheses(raw).strip(_PUNCT.replace("(", "").replace(")", ""))
    name = name.strip(" ,.;:")
    return Speaker(name, start, end, kind) if name else None


def speaker_from_phrase(text: str, words: list[tuple[str, int, int]]) -> Speaker | None:
    """The speaker a phrase names: "juru bicara Kremlin Dmitry Peskov" -> Dmitry Peskov,
    "pernyataan Kremlin" -> Kremlin, "para pejabat" as written, "dia" a pronoun."""
    lex = lexicon()
    # drop parenthesised asides word by word: "Amerika Serikat (AS)", "Departemen Luar Negeri (Deplu) AS"
    words = _unbracketed(words)
    if not words:
        return None
    if len(words) == 1 and lex.has("pronoun", words[0][0]):
        return Speaker(None, words[0][1], words[0][2], "pronoun")
    n = lex.prefix("determiner", [w[0] for w in words])
    words = words[n:]
    n = lex.prefix("connector", [w[0] for w in words])
    if 0 < n < len(words):
        words = words[n:]  # "Diketahui Yosef Brandt", "Sementara itu Kirby": the sentence adverb is not the name
    # only a role ("pelatih", "menteri"); "sumber AS tersebut" is the unnamed source itself
    described = lex.prefix("title", [w[0] for w in words]) and not lex.has("group", words[0][0])
    if len(words) >= 2 and lex.has("anaphor", words[-1][0]) and described:
        # "Pelatih asal Italia itu", "pejabat tersebut": a description of someone named before, not a new speaker
        return Speaker(None, words[0][1], words[-1][2], "pronoun")
    while words and words[0][0].strip(_PUNCT).lower() in lex.verbs:
        words = words[1:]  # "Lanjut Yannes menambahkan": the speech verb is not part of the name
    if not words:
        return None
    if canonical_media(" ".join(w[0] for w in words).strip(_PUNCT)):
        return _name_speaker(text, words, "name")  # "Kantor Berita Pusat Korea Utara" is the agency's name
    n = lex.prefix("statement", [w[0] for w in words])
    if not n and words[0][0].islower():
        n = lex.prefix("data", [w[0] for w in words])
    if n:
        # "pernyataan singkat di situs resmi Kremlin": the statement's owner is the last name in it
        rest = words[n:]
        runs = _cap_runs(rest)
        if runs:
            run = runs[-1]
            # "kantor berita Rusia Interfax": the place before a news organisation is not its name
            for i in range(1, len(run)):
                if canonical_media(" ".join(w[0].strip(_PUNCT) for w in run[i:])):
                    run = run[i:]
                    break
            return _name_speaker(text, run, "name")
        return None
    first = words[0][0]
    title_len = 0
    while True:
        step = lex.prefix("title", [w[0] for w in words[title_len:]])
        if not step:
            break
        title_len += step
    if title_len:
        rest = words[title_len:]
        # strip the institution between title and name: "Dewan Keamanan Nasional AS", "Gedung Putih"
        i = 0
        while i < len(rest) and (
            lex.has("institution", rest[i][0])
            or lex.has("title", rest[i][0])
            or _ACRONYM.match(rest[i][0].strip(_PUNCT))
            or rest[i][0].strip(_PUNCT).isdigit()
        ):
            i += 1
        name = rest[i:]
        if name and all(_NAME_TOKEN.match(w[0].strip(",.;:")) for w in name):
            if len(name) > 3:
                # "Ketua Program Studi ... Universitas Indonesia Widodo": the name is the tail after
                # the last institution word, at most three words
                tail: list[tuple[str, int, int]] = []
                for w in reversed(name):
                    if lex.has("institution", w[0]) or lex.has("title", w[0]) or _ACRONYM.match(w[0].strip(_PUNCT)):
                        break
                    tail.insert(0, w)
                # with no institution word to split on ("Jawa Tengah Ahmad Luthfi") most names are two words
                name = tail if tail and len(tail) < len(name) and len(tail) <= 3 else name[-2:]
            return _name_speaker(text, name, "name")
        if not rest:
            return None
        # a title with no name after it ("Menteri Pertahanan Amerika Serikat", "para pejabat"): the phrase as written
        return _name_speaker(text, words, "phrase")
    if lex.has("group", first):
        # people named by what they are, kept as written: "para analis", "Para analis dan pejabat AS"
        return _name_speaker(text, words, "phrase")
    if not _is_cap(first):
        return None
    if len(words) > 1 and not any(_is_cap(w[0], alpha=True) for w in words[1:]):
        # a capital only at the start: "Legenda lokal", "Konsep minimalis" name no one
        return None
    # a name ends at its first lowercase word other than a joiner: "Alvian dilansir dari Antara" -> Alvian
    for i, w in enumerate(words):
        bare = w[0].strip(_PUNCT)
        if bare and not _is_cap(bare) and bare not in lexicon().roles["joiner"]:
            words = words[:i]
            break
    while words and words[-1][0].strip(_PUNCT) in lexicon().roles["joiner"]:
        words = words[:-1]
    return _name_speaker(text, words, "name")


def _cap_runs(words: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    for w in words:
        if _is_cap(w[0]):
            cur.append(w)
            if w[0][-1] in ",.;:":
                runs.append(cur)
                cur = []
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _cut_at_stop(words: list[tuple[str, int, int]], stops: frozenset[str]) -> list[tuple[str, int, int]]:
    """Words up to the first lowercase stop word ("Gedung Putih pada Senin" -> "Gedung Putih")."""
    for i, w in enumerate(words):
        token = w[0].strip(_PUNCT)
        if i > 0 and token and token.islower() and token in stops:
            return words[:i]
    return words


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated parts of text[start:end], commas inside parentheses ignored."""
    parts = []
    depth = 0
    seg = start
    for i in range(start, end):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            parts.append((seg, i))
            seg = i + 1
    parts.append((seg, end))
    return [(s, e) for s, e in parts if text[s:e].strip()]


def _clean_subject(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    lex = lexicon()
    words = _words(text[s:e], s)
    stops = lex.roles["stop"] - {"dari", "dengan"}
    statement = lex.prefix("statement", [w[0] for w in words[lex.prefix("determiner", [w[0] for w in words]) :]])
    if statement:
        # keep "di situs resmi Kremlin" in a statement phrase; cut only its time ("pada hari Senin")
        stops = lex.roles["time_stop"]
    if words and words[0][0].strip(_PUNCT).lower() == "yang":
        return []  # a relative clause: ", yang diliput melalui ... Reuters dan CNN,"
    if words and words[0][0].strip(_PUNCT).lower() in stops:
        # "usai pertemuan tersebut Presiden Rusia Vladimir Putin": the subject follows the adjunct
        caps = [i for i, w in enumerate(words) if _is_cap(w[0], alpha=True)]
        if not caps or lex.has("stop", words[caps[0]][0]) or lex.has("adjunct", words[caps[0]][0]):
            return []
        words = words[caps[0] :]
    words = _cut_at_stop(words, stops)
    while words and lex.has("adverb", words[-1][0]):
        words = words[:-1]
    return words


def _unbracketed(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words outside parentheses: "Rusmini (52 tahun)" -> "Rusmini"."""
    kept = []
    depth = 0
    for w in words:
        opens, closes = w[0].count("("), w[0].count(")")
        if depth == 0 and opens == 0:
            kept.append(w)
        depth = max(0, depth + opens - closes)
    return kept


def _subject_candidate(words: list[tuple[str, int, int]]) -> bool:
    lex = lexicon()
    # an age or acronym in brackets says nothing about the subject: "Rusmini (45)", "Badan ... (BMKG)"
    words = _unbracketed(words)
    if not words:
        return False
    first = words[0][0].strip(_PUNCT).lower()
    if _skippable(words):
        return False
    if any(_looks_verb(w[0]) for w in words):
        return False  # "Dedie Rachim juga meminta jajaran direksi ... meyakini": a clause, not a speaker
    if any(lex.has("group", w[0]) or lex.has("title", w[0]) for w in words):
        return True
    if any(_is_cap(w[0], alpha=True) for w in words[1:]):
        return True
    # one capitalised word is a name ("Kirby"); a capital only at the sentence start ("Legenda lokal") is not
    return (
        len(words) == 1
        and _is_cap(words[0][0], alpha=True)
        and not any(lex.has(role, first) for role in ("connector", "adjunct", "stop", "adverb", "clause"))
    )


_VERB_PREFIX = re.compile(r"^(?:me|ber|ter|di)[a-z]{4,}$")


def _skippable(words: list[tuple[str, int, int]]) -> bool:
    """A segment between subject and verb that is not the subject: a connector or a citation ("dikutip melalui Reuters")."""
    first = words[0][0].strip(_PUNCT).lower()
    return first in lexicon().roles["cue"] or lexicon().prefix("connector", [w[0] for w in words]) == len(words)


def _looks_verb(word: str) -> bool:
    """A lowercase word with a verb prefix ("meminta", "merupakan"), and not a speaker noun or title."""
    w = word.strip(_PUNCT)
    return bool(_VERB_PREFIX.match(w)) and not lexicon().has("group", w) and not lexicon().has("title", w)


def subject_speaker(text: str, start: int, end: int) -> Speaker | None:
    """The speaker of a speech verb from the text before it (text[start:end] is the sentence up to the verb)."""
    lex = lexicon()
    before = text[start:end]
    if re.search(r"(?<![\w-])yang\s*$", before, re.IGNORECASE):
        # "ada yang mengatakan", "kabar yang menyebutkan": a relative clause, not an attribution
        return None
    region = start
    for m in re.finditer(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in lex.roles["clause"]) + r")(?![\w-])", before, re.IGNORECASE):
        region = start + m.end()
    # a dateline or line start before the subject: "Jakarta- Ketua ...", "KOMPAS.com – Dewan ..."
    cut = region
    for m in re.finditer(r"[-–—]\s|[\n:;]", text[region:end]):
        # not the dash of a range ("2019- 2020")
        if m.group(0) in "\n:;" or m.start() == 0 or not text[region + m.start() - 1].isdigit():
            cut = region + m.end()
    region = cut
    segs = _segments(text, region, end)
    cleaned = [(s, e, _clean_subject(text, s, e)) for s, e in segs]
    chosen = None
    for idx in range(len(cleaned) - 1, -1, -1):
        words = cleaned[idx][2]
        if _subject_candidate(words):
            chosen = idx
            break
        if words and not _skippable(words):
            # the verb's own subject is not a speaker ("astrologi akan menyampaikan"): never look further left
            break
    if chosen is None:
        words = cleaned[-1][2] if cleaned else []
        if len(words) == 1 and lex.has("pronoun", words[0][0]):
            return Speaker(None, words[0][1], words[0][2], "pronoun")
        return None
    words = cleaned[chosen][2]
    if len(words) == 1 and lex.has("pronoun", words[0][0]):
        return Speaker(None, words[0][1], words[0][2], "pronoun")
    # a list of subjects: "AS, Inggris, Korea Selatan dan Jepang mengatakan"
    if any(w[0] == "dan" for w in words):
        first = chosen
        while first > 0 and 0 < len(cleaned[first - 1][2]) <= 3 and all(_is_cap(w[0]) for w in cleaned[first - 1][2]):
            first -= 1
        if first < chosen:
            s0 = cleaned[first][2][0][1]
            return Speaker(text[s0 : words[-1][2]].strip(" ,"), s0, words[-1][2], "phrase")
    speaker = speaker_from_phrase(text, words)
    # "Adrienne Watson, juru bicara Gedung Putih, mengatakan": the name before the title
    if chosen > 0 and lex.prefix("title", [w[0] for w in words]):
        prev = cleaned[chosen - 1][2]
        if prev and len(prev) <= 4 and all(_NAME_TOKEN.match(w[0].strip(",.;:")) for w in prev):
            if speaker is None or speaker.kind == "phrase":
                return _name_speaker(text, prev, "name")
            # "Timotius Thendean, Direktur Marketing PT Sentul City Tbk, mengatakan": a title that names
            # someone too yields to a person's name in front of it (two words at least, none a time
            # or a place word: "Pada Senin, ...", "Di Jakarta, ...")
            roles = ("stop", "adjunct", "connector", "clause", "title", "institution", "statement", "group")
            if len(prev) >= 2 and not any(lex.has(role, w[0]) for w in prev for role in roles):
                return _name_speaker(text, prev, "name")
    return speaker


def after_speaker(text: str, pos: int, limit: int) -> Speaker | None:
    """The speaker named after an attribution verb at ``pos``: "kata juru bicara ... AS, John Kirby, kepada wartawan"."""
    lex = lexicon()
    m = re.compile(r"[,.;:!?\"“”«»\n]").search(text, pos, limit)
    end = m.start() if m else limit
    words = _cut_at_stop(_words(text[pos:end], pos), lex.roles["stop"])
    if not words:
        return None
    speaker = speaker_from_phrase(text, words)
    low = [w[0] for w in words]
    head = low[lex.prefix("determiner", low) :]
    describes = lex.prefix("title", low) or (head and lex.has("group", head[0]))
    # a title with one capitalised word after it is often title + team or company: "pelatih Persikab, Gilbert Santana"
    weak = speaker is None or speaker.kind == "phrase" or (lex.prefix("title", low) and len((speaker.name or "").split()) == 1)
    if weak and describes and m and text[m.start()] == ",":
        # "juru bicara Dewan Keamanan Nasional AS, John Kirby", "seorang warga Davao, Maria Santos":
        # the name in the apposition
        m2 = re.compile(r"[,.;:!?\"“”«»\n]").search(text, m.end(), limit)
        nxt = _cut_at_stop(_words(text[m.end() : m2.start() if m2 else limit], m.end()), lex.roles["stop"])
        nxt = _unbracketed(nxt)  # "Maria Reyes (45)"
        # not a day or a sentence adverb: '"...," kata para pejabat, Senin.'
        if nxt and len(nxt) <= 4 and all(_NAME_TOKEN.match(w[0]) for w in nxt) and not any(
            lex.has(role, nxt[0][0]) for role in ("adjunct", "connector", "stop", "title")
        ):
            return _name_speaker(text, nxt, "name")
    return speaker


# --------------------------------------------------------------------------- quotation marks


@dataclass
class Marked:
    """A stretch of text in quotation marks: ``open`` is the opening mark, ``close`` the closing one
    (the paragraph end when the quote is not closed in its paragraph)."""

    open: int
    close: int
    para: int
    closed: bool
    chain: int = -1  # index of the next part when the quote runs on into the next paragraph


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


def marked_spans(text: str) -> list[Marked]:
    """Quotation-marked stretches, paragraph by paragraph.

    Curly and straight double quotes, mixed ("“...mendatang.\\""), with quotes
    inside quotes counted by depth. Single quotes are left alone: they mark
    quotes inside quotes and double as apostrophes. A quote not closed in its
    paragraph ends with the paragraph, so an unbalanced mark never swallows the
    rest of the article.
    """
    spans: list[Marked] = []
    for p_idx, (ps, pe) in enumerate(paragraphs(text)):
        opened = -1
        depth = 0
        for i in range(ps, pe):
            c = text[i]
            if opened < 0:
                if c in _OPENERS or (c == '"' and _looks_open(text, i)):
                    opened, depth = i, 0
                continue
            if c in _OPENERS:
                depth += 1
            elif c in _CLOSERS or c == '"':
                if c == '"' and depth == 0 and _looks_open(text, i) and not _looks_close(text, i):
                    depth += 1  # an inner straight quote inside a curly one
                elif depth > 0:
                    depth -= 1
                elif c == '"' or c in _CLOSERS:
                    if text[opened + 1 : i].strip():
                        spans.append(Marked(opened, i, p_idx, True))
                    opened = -1
        if opened >= 0 and text[opened + 1 : pe].strip():
            spans.append(Marked(opened, pe, p_idx, False))
    # a quote left open at its paragraph's end runs on when the next paragraph opens with a quotation mark
    for i, sp in enumerate(spans[:-1]):
        nxt = spans[i + 1]
        if not sp.closed and nxt.para == sp.para + 1 and not text[paragraphs(text)[nxt.para][0] : nxt.open].strip():
            sp.chain = i + 1
    return spans


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and the comma or stray marks at the edges of a quote's content."""
    while start < end and (text[start].isspace() or text[start] in _ALL_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:" + _ALL_MARKS):
        end -= 1
    return start, end


# --------------------------------------------------------------------------- finder


@dataclass
class Found:
    start: int  # of the content
    end: int
    direct: bool
    cue: str
    speaker: Speaker | None
    sentence: int = -1
    mark: int = -1  # index of the quotation-marked span, for direct quotes
    extra: dict[str, Any] = field(default_factory=dict)


class Finder:
    """Fills ``doc._.quotes``."""

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.quotes = find_quotes(doc)
        except RecursionError:  # pragma: no cover - never expected; a bad page must not end a batch
            doc._.quotes = []
        return doc


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    text = doc_text(doc)
    try:
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    except ValueError:  # no sentence boundaries set (the component used without the splitter)
        spans = paragraphs(text)
    # a line break inside a sentence is a boundary too: scraped text keeps "Baca juga:" and
    # "Advertisement" lines glued to the next sentence, and a speaker never runs over a line
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


def _inside(pos: int, spans: list[Marked]) -> int:
    for i, sp in enumerate(spans):
        if sp.open < pos < sp.close:
            return i
    return -1


def _sentence_of(pos: int, sents: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i
    return len(sents) - 1


def _standalone_start(text: str, sp: Marked, para_start: int) -> bool:
    """The quote opens a sentence: at the paragraph start, after a sentence end, or after a colon."""
    before = text[para_start : sp.open]
    before = before[before.rfind("\n") + 1 :].rstrip()
    return not before or before[-1] in ".!?:" + _CLOSERS + '"'


def _skip_to_content(text: str, pos: int, limit: int, needs_bahwa: bool) -> int | None:
    """Where the reported content starts after a speech verb, skipping "pekan lalu", "kepada wartawan,", "bahwa"."""
    lex = lexicon()
    rest = text[pos:limit]
    words = _words(rest, pos)
    if not words:
        return None
    # "bahwa" (or a colon or an opening quote) within the first words marks the content's start
    for i, (w, s, e) in enumerate(words[:9]):
        bare = w.strip(_PUNCT).lower()
        if w[0] in _OPENERS + '"' and (i == 0 or words[i - 1][0].endswith((",", ":"))):
            return s  # 'mengatakan: "..."' opens a direct quote; a mark later in the clause is a fragment
        if bare == "bahwa":
            nxt = e
            while nxt < limit and text[nxt] in " ,":
                nxt += 1
            return nxt
        if w.endswith(":"):
            return e + 1 if e < limit else None
        if i == 0 and w == ",":
            continue
    if needs_bahwa:
        return None
    first = words[0][0]
    if first.startswith(","):
        return words[1][1] if len(words) > 1 else None
    if lex.has("adjunct", first):
        # "mengatakan pada 30 Agustus, Negeri Paman Sam ...": skip the time before the comma
        for w, _s, e in words[:7]:
            if w.endswith(","):
                return e + 1 if e < limit else None
    return words[0][1]


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
        end -= 1
    return end


def find_quotes(doc: Doc) -> list[dict[str, Any]]:
    text = doc_text(doc)
    lex = lexicon()
    sents = _sentence_spans(doc)
    paras = paragraphs(text)
    marks = marked_spans(text)
    found: list[Found] = []
    attributed: dict[int, Found] = {}

    # 1. quotation-marked quotes with the attribution after them: '"...," kata X', '"...," tambahnya'
    for idx, sp in enumerate(marks):
        if not sp.closed:
            continue
        pe = paras[sp.para][1]
        tail_start = sp.close + 1
        m = re.compile(r"[\s,]*").match(text, tail_start, pe)
        pos = m.end() if m else tail_start
        vm = lex.verb_re.match(text, pos, pe)
        speaker: Speaker | None = None
        cue = ""
        if vm and lex.verbs.get(vm["verb"].lower()) in {"after", "menurut"}:
            cue = vm.group(0)
            if vm["nya"]:
                speaker = Speaker(None, vm.start("nya"), vm.end("nya"), "pronoun")
            else:
                speaker = after_speaker(text, vm.end(), pe)
        else:
            # '"...," Watson mengatakan.': a short subject and a reported verb closing the sentence
            vm2 = None
            for cand in lex.verb_re.finditer(text, pos, min(pe, pos + 80)):
                if lex.verbs.get(cand["verb"].lower()) in {"reported", "bahwa"}:
                    vm2 = cand
                    break
            if vm2 and re.match(r"\s*(?:[.,;]|kepada|$)", text[vm2.end() : pe]) and not re.search(r"[.!?\"“”]", text[pos : vm2.start()]):
                speaker = subject_speaker(text, pos, vm2.start())
                cue = vm2.group(0)
        if speaker is not None:
            if not _standalone_start(text, sp, paras[sp.para][0]):
                # 'X adalah "kesalahan besar", kata Y.': a fragment; the sentence is reported speech
                s_idx = _sentence_of(sp.open, sents)
                cs, ce = _content(text, sents[s_idx][0], sp.close)
                found.append(Found(cs, ce, False, cue, speaker, s_idx, idx))
                attributed[idx] = found[-1]
                continue
            cs, ce = _content(text, sp.open + 1, sp.close)
            found.append(Found(cs, ce, True, cue, speaker, _sentence_of(sp.open, sents), idx))
            attributed[idx] = found[-1]

    # 2. speech verbs outside quotation marks, sentence by sentence
    covered: set[int] = set()
    for s_idx, (ss, se) in enumerate(sents):
        for vm in lex.verb_re.finditer(text, ss, se):
            kind = lex.verbs.get(vm["verb"].lower())
            if _inside(vm.start(), marks) >= 0 or kind is None:
                continue
            q = _reported(doc, vm, kind, ss, se, marks, attributed)
            if q is None:
                continue
            q.sentence = s_idx
            if any(f.mark >= 0 and f.mark == q.mark for f in found):
                continue
            if q.mark >= 0:
                attributed[q.mark] = q
            found.append(q)
            covered.add(s_idx)
    covered |= {f.sentence for f in found}

    # 3. statements credited to a news organisation: "..., lapor The New York Times."
    citations = find_citations(text)
    for s_idx, (ss, se) in enumerate(sents):
        if s_idx in covered:
            continue
        q = _media_statement(text, ss, se, [c for c in citations if ss <= c.cue_start < se], marks)
        if q:
            q.sentence = s_idx
            found.append(q)

    # 4. unattributed quotes that continue the speaker before them
    found.sort(key=lambda f: f.start)
    for idx, sp in enumerate(marks):
        if idx in attributed:
            continue
        prev_mark = attributed.get(idx - 1)
        if prev_mark is not None and prev_mark.direct and marks[idx - 1].para == sp.para:
            between = text[marks[idx - 1].close + 1 : sp.open]
            if prev_mark.cue and not re.search(r"[.!?]", between) and between.rstrip().endswith(","):
                # '"Ruang itu masih terbuka," lanjut Ratna, "tetapi ..."': a quote split by its
                # attribution goes on with the same speaker
                cs, ce = _content(text, sp.open + 1, sp.close)
                if len(text[cs:ce].split()) >= _MIN_QUOTE_WORDS:
                    q = Found(cs, ce, True, prev_mark.cue, prev_mark.speaker, _sentence_of(sp.open, sents), idx)
                    found.append(q)
                    attributed[idx] = q
                    found.sort(key=lambda f: f.start)
                    continue
        if not _standalone_start(text, sp, paras[sp.para][0]):
            continue
        cs, ce = _content(text, sp.open + 1, sp.close)
        if len(text[cs:ce].split()) < _MIN_QUOTE_WORDS:
            continue
        after = text[sp.close + 1 : paras[sp.para][1]].lstrip(" ,")
        if sp.closed and after and not (after[0] in _OPENERS + '"' or after[0].isupper()):
            continue  # the sentence goes on after the marks: a title or term, not a quote
        prev = [f for f in found if f.end <= sp.open]
        if not prev:
            continue
        last = prev[-1]
        last_para = _para_of(last.end, paras)
        chained_from = any(m.chain == idx for m in marks)
        if last_para == sp.para or last_para == sp.para - 1 or chained_from:
            q = Found(cs, ce, True, "", Speaker(None, sp.open, sp.open, "pronoun"), _sentence_of(sp.open, sents), idx)
            q.extra["continues"] = True
            found.append(q)
            attributed[idx] = q
            found.sort(key=lambda f: f.start)
    # a quote running over paragraphs whose attribution comes in a later paragraph
    for idx, sp in enumerate(marks):
        if sp.chain >= 0 and idx not in attributed and sp.chain in attributed:
            later = attributed[sp.chain]
            cs, ce = _content(text, sp.open + 1, sp.close)
            found.append(Found(cs, ce, True, later.cue, later.speaker, _sentence_of(sp.open, sents), idx))
    found.sort(key=lambda f: f.start)

    return _resolve(doc, found)


def _para_of(pos: int, paras: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(paras):
        if s <= pos <= e:
            return i
    return -1


def _reported(doc: Doc, vm: re.Match[str], kind: str, ss: int, se: int, marks: list[Marked], attributed: dict[int, Found]) -> Found | None:
    text = doc_text(doc)
    verb = vm.group(0)
    if kind in {"reported", "bahwa"}:
        if vm["nya"]:
            return None  # "mengatakannya" takes an object, not content
        prefix = text[ss : vm.start()]
        coord = re.search(r",?\s*(?:dan|serta|lalu|kemudian)\s*$", prefix)
        if coord and coord.start() > 0:
            # "Sebuah pernyataan ... mengonfirmasi kunjungan itu, dan mengatakan bahwa": the first verb's subject
            first = next(iter(lexicon().verb_re.finditer(text, ss, vm.start())), None)
            speaker = subject_speaker(text, ss, first.start()) if first else None
        else:
            speaker = subject_speaker(text, ss, vm.start())
        if speaker is None:
            return None
        start = _skip_to_content(text, vm.end(), se, kind == "bahwa")
        if start is None:
            return None
        first_word = text[start:se].split()[:1]
        if first_word and lexicon().has("object", first_word[0]):
            return None  # "memastikan tempat di final", "mengakui keunggulan lawan": a plain object, not content
        mark = next((i for i, m in enumerate(marks) if m.open == start), -1)
        if mark >= 0:
            if mark in attributed:
                return None
            sp = marks[mark]
            cs, ce = _content(text, sp.open + 1, sp.close)
            if len(text[cs:ce].split()) >= _MIN_QUOTE_WORDS:
                return Found(cs, ce, True, verb, speaker, mark=mark)
        end = _strip_end(text, start, se)
        cs, ce = _content(text, start, end)
        if len(text[cs:ce].split()) < 2:
            return None
        return Found(cs, ce, False, verb, speaker)
    if kind == "menurut":
        if vm["nya"]:
            speaker: Speaker | None = Speaker(None, vm.start("nya"), vm.end("nya"), "pronoun")
            after = vm.end()
        else:
            comma = re.compile(r"[,.;:!?\n]").search(text, vm.end(), se)
            stop = comma.start() if comma else se
            # "Kantor Berita Pusat Korea Utara (KCNA), yang ...": the comma after the parenthesis
            speaker = after_speaker(text, vm.end(), stop) if stop > vm.end() else None
            after = stop
        if speaker is None:
            return None
        before = text[ss : vm.start()].rstrip()
        if before.endswith(",") and len(before.split()) >= 3:
            # "..., menurut X"
            cs, ce = _content(text, ss, vm.start())
            ce = _strip_end(text, cs, ce)
            return Found(cs, ce, False, verb, speaker)
        if not before or _only_connector(before):
            # "Menurut X, ..."
            m = re.compile(r"[\s,]*").match(text, after, se)
            start = m.end() if m else after
            end = _strip_end(text, start, se)
            cs, ce = _content(text, start, end)
            if len(text[cs:ce].split()) >= 2:
                return Found(cs, ce, False, verb, speaker)
        return None
    if kind == "after":
        # "..., kata para pejabat kepada New York Times.": the clause before the comma is the content
        before = text[ss : vm.start()]
        if not re.search(r",\s*$", before) or re.search(r"[\"”»]\s*,?\s*$", before):
            return None
        if vm["nya"]:
            speaker = Speaker(None, vm.start("nya"), vm.end("nya"), "pronoun")
        else:
            speaker = after_speaker(text, vm.end(), se)
            if speaker is None:
                return None
            # lowercase phrases must name people ("para pejabat"), not "..., jelas terlihat"
        cs, ce = _content(text, ss, vm.start())
        rest = re.compile(r"[^,.;]*,\s*(?=\S)").match(text, vm.end(), se)
        if rest and len(text[rest.end() : se].split()) >= _MIN_QUOTE_WORDS:
            # "Penambahan fasilitas itu, kata Ngatiyana, bertujuan ...": the content wraps around the
            # attribution; one span cannot skip it, so the whole sentence is the quote
            cs, ce = _content(text, ss, _strip_end(text, ss, se))
        if len(text[cs:ce].split()) < _MIN_QUOTE_WORDS:
            return None
        return Found(cs, ce, False, verb, speaker)
    return None


def _only_connector(before: str) -> bool:
    """``before`` is nothing but a sentence adverb: "Namun,", "Meski demikian,"."""
    words = before.rstrip(" ,").split()
    return bool(words) and lexicon().prefix("connector", words) == len(words)


def _media_statement(text: str, ss: int, se: int, cits: list[Citation], marks: list[Marked]) -> Found | None:
    """A sentence credited to a news organisation with no speech verb of its own."""
    if not cits:
        return None
    cue_start = min(c.cue_start for c in cits)
    chain = [c for c in cits if c.cue_start == cue_start and c.known]
    if not chain:
        return None
    # "melansir The National News dari The New York Times": the original source speaks
    source = chain[-1]
    speaker = Speaker(source.source, source.name_start, source.name_end, "name")
    cue = text[cue_start : chain[0].cue_end]
    before = text[ss:cue_start].rstrip()
    if before.endswith(",") and len(before.split()) >= 4:
        cs, ce = _content(text, ss, ss + len(before) - 1)
        if _inside(cs, marks) < 0:
            return Found(cs, ce, False, cue, speaker)
    if not before or _only_connector(before):
        # "Melansir Reuters, Kim tiba di Moskow pada Senin."
        m = re.compile(r"[^,]*,\s*").match(text, max(c.end for c in chain), se)
        if m:
            end = _strip_end(text, m.end(), se)
            cs, ce = _content(text, m.end(), end)
            if len(text[cs:ce].split()) >= 4:
                return Found(cs, ce, False, cue, speaker)
    return None


# --------------------------------------------------------------------------- resolution


# a capitalised word in one of these roles starts no person's name ("Menurut Ngatiyana", "Juru bicara X")
_NOT_NAME_ROLES = ("title", "institution", "statement", "determiner", "pronoun", "connector", "stop", "adjunct", "clause", "group")
_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


@cache
def _not_name_phrases() -> frozenset[str]:
    """The entries of all ``_NOT_NAME_ROLES``, in one set."""
    roles = lexicon().roles
    return frozenset(entry for role in _NOT_NAME_ROLES for entry in roles.get(role, frozenset()))


def _full_names(text: str) -> list[tuple[int, str]]:
    """Person-like names in the article ("Menteri Pertahanan Sergei Shoigu" -> "Sergei Shoigu"), by position."""
    lex = lexicon()
    not_name = _not_name_phrases()
    out = []
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        i = 0
        while i < len(words):
            # the longest entry of any of those roles at words[i:] (what Lexicon.prefix gives for each)
            low = [w.lower().strip(_PUNCT) for w in words[i : i + 4]]
            n = 0
            for k in range(1, len(low) + 1):
                if " ".join(low[:k]) in not_name:
                    n = k
            if not n and words[i].lower() in lex.roles["cue"]:
                n = 1
            if not n and (_ACRONYM.match(words[i]) or words[i].lower() in lex.verbs):
                n = 1
            if not n:
                break
            i += n
        # multi-word titles: "Juru" alone is not in the list but "juru bicara" is
        rest = words[i:]
        if 2 <= len(rest) <= 4:
            out.append((m.start() + m.group(0).index(rest[0]), " ".join(rest)))
    return out


def _expand_acronym(text: str, acronym: str) -> str | None:
    m = re.search(rf"((?:[A-Z][\w-]*\s+){{1,6}})\(\s*{re.escape(acronym)}\s*\)", text)
    if not m:
        return None
    words = m.group(1).split()
    n = len(acronym)
    if len(words) >= n and "".join(w[0] for w in words[-n:]).upper() == acronym:
        return " ".join(words[-n:])
    return " ".join(words)


def _collective(name: str) -> bool:
    return "," in name or bool(re.search(r"(?<![\w-])(?:dan|serta)(?![\w-])", name))


def _entity_for(doc: Doc, speaker: Speaker) -> dict[str, Any] | None:
    entities = doc._.entities or []
    if not entities or speaker.name is None:
        return None
    length = max(1, speaker.end - speaker.start)
    best, best_overlap = None, 0
    for ent in entities:
        for mention in ent.get("mentions") or []:
            ms, me = mention.get("start", -1), mention.get("end", -1)
            overlap = min(me, speaker.end) - max(ms, speaker.start)
            if overlap <= 0:
                continue
            covers = ms <= speaker.start and me >= speaker.end
            # a phrase or a list ("pejabat Amerika Serikat", "AS, Inggris dan Jepang") is one only as a whole;
            # a name may be most of a mention ("Dmitry Peskov" in "Juru bicara Kremlin Dmitry Peskov")
            if not covers and (speaker.kind != "name" or _collective(speaker.name)):
                continue
            if (covers or overlap * 2 >= length) and overlap > best_overlap:
                best, best_overlap = ent, overlap
    if best is not None:
        return best
    if speaker.kind != "name" or _collective(speaker.name):
        return None
    low = speaker.name.lower()
    last = low.split()[-1]
    by_surname = None
    for ent in entities:
        names = [ent.get("name", "")] + [m.get("text", "") for m in ent.get("mentions") or []]
        if any(n.lower() == low for n in names):
            return ent
        if ent.get("type") == "PER" and ent.get("name", "").lower().split()[-1:] == [last] and by_surname is None:
            by_surname = ent
    return by_surname


def _other_entity_inside(doc: Doc, sp: Speaker, ent: dict[str, Any]) -> bool:
    """Whether a place or organisation other than ``ent`` is named in the speaker's span
    ("Kota Surabaya" in "Wali Kota Surabaya Eri Cahyadi", whose title took "Wali Kota")."""
    for other in doc._.entities or []:
        if other is ent or other.get("type") == "PER":
            continue
        for mention in other.get("mentions") or []:
            if mention.get("start", 10**9) < sp.end and mention.get("end", -1) > sp.start:
                return True
    return False


def _swallowed_title(name: str | None, ent: dict[str, Any]) -> bool:
    """Whether the entity's name is our two-or-more-word name with a title or a place in front
    ("Sleman AKBP Yuswanto Ardi" for "Yuswanto Ardi"): then ours is the person's name."""
    ent_name = ent.get("name") or ""
    if not name or len(name.split()) < 2 or not ent_name.endswith(" " + name):
        return False
    extra = ent_name[: -len(name)].split()
    lex = lexicon()
    return ent.get("type") != "PER" or any(lex.has("title", w) or _ACRONYM.match(w) for w in extra)


def _own_resolution(text: str, sp: Speaker, names: list[tuple[int, str]]) -> str | None:
    """An acronym spelled out ("AS" -> "Amerika Serikat"), a surname completed ("Peskov" -> "Dmitry Peskov")."""
    name = sp.name
    if name and _ACRONYM.match(name):
        return _expand_acronym(text, name) or name
    if name and sp.kind == "name" and len(name.split()) == 1 and not canonical_media(name):
        # the nearest fuller name before the quote that ends with it, else the first one after
        # Indonesian reporters also shorten to the first name ("Bupati Bekasi Ade Kuswara" ... "kata Ade")
        for match in (lambda n: n.split()[-1] == name, lambda n: n.split()[0] == name):
            earlier = [n for pos, n in names if match(n) and pos < sp.start]
            later = [n for pos, n in names if match(n) and pos >= sp.start]
            if earlier or later:
                return earlier[-1] if earlier else later[0]
        # the short form inside a longer run: "Bekasi Ade Kuswara" -> "Ade Kuswara"
        for pos, n in names:
            words = n.split()
            if name in words[1:-1] and pos < sp.start:
                return " ".join(words[words.index(name) :])
        return name
    return name


def _subject_position(text: str, start: int, mention_start: int) -> bool:
    """Whether a name at ``mention_start`` is its sentence's subject: only a connector, a title, an
    institution or capitalised words before it ("Sementara itu, Hendra ...", "Kapten Persib, Fajar ...")."""
    lex = lexicon()
    prefix = text[start:mention_start].strip()
    words = [w.strip(_PUNCT) for w in prefix.split()]
    words = [w for w in words if w]
    if len(words) > 8:
        return False
    lead = words[lex.prefix("connector", words) :]
    if prefix.endswith(",") and lead and any(lex.prefix(role, lead) for role in ("title", "group", "determiner")):
        return True  # a description in apposition: "Kapten tuan rumah, Arif Budiman, ...", "Sementara itu, Camat X 1, Y"
    i = 0
    while i < len(words):
        n = max(lex.prefix(role, words[i:]) for role in ("connector", "title", "institution", "determiner", "group"))
        if n:
            i += n
        elif _is_cap(words[i], alpha=True):
            i += 1
        else:
            return False
    return True


def _not_a_person(text: str, mention: dict[str, Any]) -> bool:
    """A mention typed as a person that cannot be one: an acronym ("ODOL", "ODOl") or a numbered
    district ("Camat Ilir Barat 1")."""
    words = mention.get("text", "").split()
    if len(words) == 1 and sum(c.isupper() for c in words[0]) >= 3:
        return True
    return bool(re.match(r"\s+\d", text[mention.get("end", 0) :]))


def _subject_person(doc: Doc, start: int, end: int, sents: list[tuple[int, int]], marks: list[Marked]) -> dict[str, Any] | None:
    """The person last named as a sentence's subject in text[start:end], outside quotation marks.

    A pronoun ("ia", "dia", "-nya") or a description ("pelatih asal Italia itu") points to the
    person the text was last about; that is the last speaker only when no one else has become
    the subject since: '"...," tutur Dimas. Sementara itu, Hendra ... . Seusai sidang, ia mengatakan'.
    """
    best: tuple[int, dict[str, Any]] | None = None
    text = doc_text(doc)
    for ent in doc._.entities or []:
        # a person is introduced by a full name somewhere; a one-word "person" ("Nikel") is more
        # often a mistyped thing, and an acronym ("ODOL") is not a person at all
        if ent.get("type") != "PER" or not any(len(m.get("text", "").split()) >= 2 for m in ent.get("mentions") or []):
            continue
        for mention in ent.get("mentions") or []:
            ms = mention.get("start", -1)
            if not (start <= ms < end) or _inside(ms, marks) >= 0 or _not_a_person(text, mention):
                continue
            s_idx = _sentence_of(ms, sents)
            if _subject_position(text, max(start, sents[s_idx][0]), ms) and (best is None or ms > best[0]):
                best = (ms, ent)
    return best[1] if best else None


def _resolve(doc: Doc, found: list[Found]) -> list[dict[str, Any]]:
    text = doc_text(doc)
    names = _full_names(text)
    sents = _sentence_spans(doc)
    marks = marked_spans(text)
    paras = paragraphs(text)
    out: list[dict[str, Any]] = []
    last: tuple[str | None, str | None] = (None, None)
    last_end = 0
    seen: set[tuple[int, int]] = set()
    for f in found:
        if (f.start, f.end) in seen or f.end <= f.start:
            continue
        seen.add((f.start, f.end))
        sp = f.speaker
        name: str | None = None
        entity_id: str | None = None
        if sp is None or sp.kind == "pronoun":
            subject = None
            if sp is not None and not f.extra.get("continues"):
                # reported speech often runs on into the next sentences of its paragraph
                # ("Bahlil menjelaskan, ... . Terlebih, Shell merupakan ..."), whose subjects are
                # what the speaker talks about: look only past that paragraph
                start = last_end
                if out and not out[-1]["direct"]:
                    start = max(start, next((e for s_, e in paras if s_ <= last_end <= e), last_end))
                subject = _subject_person(doc, start, sp.start, sents, marks)
            if subject is not None:
                name, entity_id = subject.get("name"), subject.get("id")
                if name and len(name.split()) == 1:
                    # an entity known by its surname only ("Brik") takes the full name the text gives
                    name = _own_resolution(text, Speaker(name, sp.start, sp.end, "name"), names)
                last = (name, entity_id)
            else:
                name, entity_id = last
            if name is None:
                continue  # "ia mengatakan" with no one named before: a quote without a speaker says nothing
        else:
            ent = _entity_for(doc, sp)
            name = _own_resolution(text, sp, names)
            if ent is not None:
                entity_id = ent.get("id")
                ent_name = ent.get("name") or name
                # keep our name only when it is the fuller form of the entity's ("Adrienne Watson" for
                # "Watson"), not when the extra words are a place or an organisation named in front of it
                # ("Bupati Bekasi Ade Kuswara", "CEO Microsoft Satya Nadella")
                fuller = bool(name and ent_name and set(ent_name.lower().split()) < set(name.lower().split()))
                if (not fuller or _other_entity_inside(doc, sp, ent)) and not _swallowed_title(name, ent):
                    name = ent_name
            last = (name, entity_id)
        last_end = max(last_end, f.end, sp.end if sp is not None else 0)
        out.append(
            {
                "text": text[f.start : f.end],
                "start": f.start,
                "end": f.end,
                "direct": f.direct,
                "speaker": name,
                "speaker_entity": entity_id,
                "cue": f.cue or None,
            }
        )
    # "Bupati Bekasi Ade Kuswara" and, later, "kata Ade" -> "Ade Kuswara": where one speaker's
    # name ends another's, the longer one carried a place or office in front of the name
    own = {q["speaker"] for q in out if q["speaker"] and q["speaker_entity"] is None}
    for q in out:
        sp_name = q["speaker"]
        if not sp_name or q["speaker_entity"] is not None:
            continue
        for other in own:
            if other != sp_name and len(other.split()) >= 2 and sp_name.endswith(" " + other) and not _collective(sp_name):
                q["speaker"] = other
                break
    return out


@Language.factory("telisik_quotes", default_config={})
def make_finder(nlp: Language, name: str) -> Finder:
    return Finder()


__all__ = ["Finder", "find_quotes", "make_finder", "marked_spans"]
