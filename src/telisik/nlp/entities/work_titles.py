"""Names that are no person, organisation or place of the article: a work's title after the word naming the work,
and the reporter's sign-off closing the article.

- "membawakan lagu Pica Pica", "bintang film Imperfect", "mengisi soundtrack film City of Angels", "novel Suluk
  Abdul Jalil", 'berjudul "The Intern"': the name right after a word naming a work (``work_title_cues.txt``), with
  or without an opening quotation mark, is the work's title, when the article writes it nowhere else but after such a
  word ("video musik Bernadya ... kata Bernadya" names the singer). The recogniser reads such titles as people
  ("Pica Pica") or bodies ("Seoul City"). A name the gazetteer knows stays ("film Indonesia", "lagu Disney"), and
  so does one after an occupation's cue ("penulis lagu Klio Mathew", ``work_title_cue_holders.txt``) or before a
  quoted title ('lagu Peggy Lee "It's a Good Day"': the singer).
- "UU Nomor 5 Tahun 1999 tentang Larangan Praktik Monopoli dan Persaingan Usaha Tidak Sehat", "Peraturan Menteri
  Perhubungan No 77 Tahun 2011 tentang Tanggung Jawab Pengangkutan Udara": the capitalised words after "tentang" that
  follows a law's or regulation's word (``regulation_words.txt``, written capitalised or with the law's number or
  year between) are the law's title, running on over the lower-case words a title holds
  (``regulation_title_joiners.txt``). The recogniser reads such titles as places or bodies. A name the gazetteer
  knows stays, and so do a body's name opened by its head word ("PT ..."), a region's name opened by its head word
  ("Provinsi Papua Barat Daya", ``region_place_heads.txt``), a person's name the article writes again in full or in
  part, and one the article also writes outside such a title. Only capitalised words, figures and
  ``regulation_gap_words.txt`` stand between the law's word and "tentang" (no comma: "soal RUU Polri, Hasan Basri
  bercerita tentang ..." is an ordinary "about"); the title ends before "di" and "ke".
- "RUU Penyiaran", "UU ITE", "Undang-Undang", "Peraturan Otoritas Jasa Keuangan (POJK)", "mengesahkan RKUHP": a law
  or a bill named by its word and a short title, by the word alone, by the acronym in brackets after its long name
  (which opens with a law's word, ``regulation_words.txt``, whose initial the acronym shares), or by "R" (rancangan,
  a bill) before the acronym of a law that is no name (``not_entities``: "KUHP") is no organisation or person, and
  neither is the short title right after a law's word ("Undang-Undang [Cipta Kerja]": ordinary words only, or the
  title the article writes after the acronym too); all the article's spans of that text go. A name the gazetteer
  knows stays, and so does a law's word before one ("PP Muhammadiyah", the body's board; "UU TNI": the army).
- "... ke babak perdelapan final. (Fitra Iskandar)": a person named only in brackets that close the article is the
  reporter signing it off (older Okezone pages), no person of the story.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from telisik.lang import lower_word_list
from telisik.nlp.doc import token_lowers, token_texts
from telisik.nlp.entities.lexicon import EntityLexicon
from telisik.text import name_key

_OPENING_QUOTES = frozenset({'"', "“", "'", "‘", "«"})
# the most words of a work's cue ("mini album", "video musik")
_MAX_CUE_WORDS = 2
# the most words between a law's word and the "tentang" before its title ("UU Nomor 5 Tahun 1999 tentang")
_MAX_REGULATION_GAP = 10
_TITLE_MARKS = frozenset({"-", "/", "(", ")", "'", '"', "“", "”"})
# the most words of a law's long name before its acronym's bracket ("Rancangan Kitab Undang-Undang Hukum Pidana")
_MAX_LAW_NAME_WORDS = 14


def without_work_titles(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans less the works' titles (see the module's docstring) and the reporter's sign-off."""
    if not ents:
        return ents
    in_law = _regulation_title_tokens(lex, doc)
    # the capitalised words written outside the laws' titles; read only where the doc has a title
    outside = {w for i, w in enumerate(token_texts(doc)) if i not in in_law and w[:1].isupper()} if in_law else set()

    def misread(ent: Span) -> bool:
        return _work_title(lex, doc, ent) or (bool(in_law) and _in_regulation_title(lex, ent, in_law, outside))

    # a name is dropped only where each of its spans is misread: written once outside a cue or a title, it stays
    readings = [(ent.text, misread(ent)) for ent in ents]
    titles = {text for text, title in readings if title} - {text for text, title in readings if not title}
    return [ent for ent in ents if ent.text not in titles and not _signoff(doc, ent, ents)]


def _work_title(lex: EntityLexicon, doc: Doc, ent: Span) -> bool:
    if lex.known(ent.text) is not None:
        return False
    k = ent.start
    if k > 0 and doc[k - 1].text in _OPENING_QUOTES:
        k -= 1
    elif ent.end < len(doc) and doc[ent.end].text in _OPENING_QUOTES:
        # a quoted title right after the name makes the name the work's author ('lagu Peggy Lee "It's a Good Day"')
        return False
    for size in range(_MAX_CUE_WORDS, 0, -1):
        if k - size < 0:
            continue
        cue = " ".join(t.lower_ for t in doc[k - size : k])
        if cue in lex.work_cues:
            return not (k - size > 0 and doc[k - size - 1].lower_ in lex.work_cue_holders)
    return False


def _in_regulation_title(lex: EntityLexicon, ent: Span, in_law: set[int], outside: set[str]) -> bool:
    """A name inside a law's title, neither known nor opened by a body's head word: a body the title names stays
    ("tentang Diskon Biaya Listrik untuk Konsumen PT Perusahaan Listrik Negara"), and so do a region's name
    ("tentang Pembentukan Provinsi Papua Barat Daya", ``region_place_heads.txt``) and a person the article names again
    in full or in part (``outside``: the capitalised words written outside the laws' titles)."""
    if ent.start not in in_law or ent.end - 1 not in in_law or lex.known(ent.text) is not None:
        return False
    if ent.label_ == "PER" and any(t.text in outside for t in ent):
        return False  # "tentang Pemberhentian Rudi Hartawan ... kata Rudi"
    rest = ent[1:]
    if ent[0].lower_ in lex.region_place_heads and len(rest) and not any(t.lower_ in lex.regulation_title_joiners for t in rest):
        return False  # a region's name; "Kabupaten Indramayu Tahun" (a title's words misread) stays dropped
    return lex.head_at(ent.doc, ent.start)[0] != "ORG"


def _regulation_title_tokens(lex: EntityLexicon, doc: Doc) -> set[int]:
    """The tokens of the laws' titles after "tentang" (see the module's docstring)."""
    covered: set[int] = set()
    if not lex.regulation_words:
        return covered
    for i, word in enumerate(token_lowers(doc)):
        if word == "tentang" and _after_regulation(lex, doc, i):
            covered.update(range(i + 1, _title_end(lex, doc, i + 1)))
    return covered


def _after_regulation(lex: EntityLexicon, doc: Doc, i: int) -> bool:
    """Whether a law's word stands shortly before "tentang" at ``i``, capitalised ("UU", "Peraturan Menteri") or with
    a number between ("peraturan Nomor 3 Tahun 2020"): a lower-case "keputusan pemerintah tentang" is no law."""
    numbered = False
    for k in range(i - 1, max(-1, i - 1 - _MAX_REGULATION_GAP), -1):
        word = doc[k].text
        if (word in {".", "!", "?"} and not (k > 0 and doc[k - 1].lower_ in lex.regulation_title_joiners)) or "\n" in word:
            # the point of "No." goes on
            return False
        numbered = numbered or any(c.isdigit() for c in word)
        if word.lower() in lex.regulation_words:
            return word[:1].isupper() or numbered
        if not _law_name_word(lex, word):
            return False  # "soal RUU Polri, Hasan Basri bercerita tentang ...": an ordinary "about"
    return False


def _law_name_word(lex: EntityLexicon, word: str) -> bool:
    """Whether a word may stand between a law's word and "tentang": a capitalised word, a figure, a word of
    ``regulation_gap_words.txt`` ("Nomor", "Tahun", "tersebut"), a point or a mark; no comma."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in lex.regulation_gap_words or word in _TITLE_MARKS or word == "."


def _title_end(lex: EntityLexicon, doc: Doc, start: int) -> int:
    """The end of a law's title opening at ``start`` with a capitalised word; ``start`` where none opens there."""
    k = start
    if k < len(doc) and doc[k].text in _OPENING_QUOTES:
        k += 1
    if k >= len(doc) or not doc[k].text[:1].isupper():
        return start
    while k < len(doc):
        word = doc[k].text
        if not (word[:1].isupper() or word[:1].isdigit() or word.lower() in lex.regulation_title_joiners or word in _TITLE_MARKS):
            break
        k += 1
    return k


def without_regulation_names(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans less the laws and bills named by their word or acronym (see the module's docstring)."""
    bodies = {ent.text for ent in ents if ent.label_ == "ORG"}
    laws = {e.text for e in ents if lex.known(e.text) is None and (_law_named(lex, e, bodies) or _law_acronym(lex, doc, e))}
    # a law's short title the article writes after its word too ("RUU Penyiaran", "Undang-Undang Penyiaran")
    titles = {ent[1:].text for ent in ents if ent.text in laws and len(ent) > 1}
    laws |= {ent.text for ent in ents if lex.known(ent.text) is None and _law_title_words(lex, ent, titles)}
    return [ent for ent in ents if ent.text not in laws] if laws else ents


def _law_named(lex: EntityLexicon, ent: Span, bodies: set[str]) -> bool:
    """A law's word alone ("Undang-Undang") or capitalised before a short title neither the gazetteer nor the article
    knows as a body ("RUU Penyiaran", "UU ITE"; "UU TNI" and "PP Muhammadiyah" beside "Muhammadiyah" stay)."""
    if ent.text.lower() in lex.regulation_words:
        return True
    first = ent[0]
    if len(ent) < 2 or first.lower_ not in lex.regulation_words or not first.text[:1].isupper():
        return False
    if first.lower_ in lower_word_list("id", "regulation_body_words.txt") and not _ordinary_words(lex, ent[1:]):
        return False  # "PP Muhammadiyah": the body's central board, not a government regulation
    rest = ent[1:].text
    return lex.known(rest) is None and rest not in bodies and lex.head_at(ent.doc, ent.start + 1)[0] != "ORG"


def _ordinary_words(lex: EntityLexicon, span: Span) -> bool:
    """Whether a span is ordinary words only ("Cipta Kerja", "Penyiaran")."""
    return all(t.is_alpha and lex.ordinary_word(t.text) for t in span)


def _law_title_words(lex: EntityLexicon, ent: Span, titles: set[str]) -> bool:
    """Right after a capitalised law's word, ordinary words only or a title the article writes after a law's
    acronym too: the law's short title ("UU [Cipta Kerja]", "Rancangan Undang-Undang [Penyiaran] (RUU Penyiaran)")."""
    doc, k = ent.doc, ent.start
    before = doc[k - 1].text if k > 0 else ""
    if k >= 3 and doc[k - 2].text == "-":
        before = doc[k - 3 : k].text  # "Undang-Undang" as three tokens
    if before.lower() not in lex.regulation_words or not before[:1].isupper():
        return False
    return ent.text in titles or _ordinary_words(lex, ent)


def _law_acronym(lex: EntityLexicon, doc: Doc, ent: Span) -> bool:
    """A bill's acronym, "R" before a law's that is no name ("RKUHP"), or an acronym in brackets after a law's long
    name whose first word shares its initial ("Peraturan Otoritas Jasa Keuangan (POJK)")."""
    text = ent.text
    if len(ent) != 1 or not text.isupper() or not text.isalpha():
        return False
    if text[0] == "R" and len(text) > 3 and name_key(text[1:]) in lex.not_entity_keys:
        return True
    if not (ent.start - 1 > 0 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")"):
        return False
    k = ent.start - 2
    while k >= max(0, ent.start - 2 - _MAX_LAW_NAME_WORDS):
        word = doc[k].text
        if word.lower() in lex.regulation_words and word[:1].isupper():
            return word[0].lower() == text[0].lower()
        if not (word[:1].isupper() or word == "-" or word.lower() in lex.regulation_title_joiners):
            return False
        k -= 1
    return False


def _signoff(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """A person's name alone in brackets after the article's last sentence, named nowhere else in it."""
    if ent.label_ != "PER" or len(ent) < 2 or ent.start == 0 or ent.end >= len(doc):
        return False
    if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")" or any(not t.is_space for t in doc[ent.end + 1 :]):
        return False
    return sum(1 for other in ents if other.text == ent.text) == 1
