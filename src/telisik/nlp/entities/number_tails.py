"""Names the recogniser runs into the number or year of a document written after them.

- "Peraturan Daerah Kabupaten Kepulauan Anambas Nomor 3 Tahun 2003", "Putusan Mahkamah Konstitusi Nomor
  35/PUU-XXI/2023", "Perda DKI Jakarta No. 8 Tahun 2007": the recogniser reads "Kabupaten Kepulauan Anambas Nomor",
  "Mahkamah Konstitusi Nomor", "DKI Jakarta No. 8"; the name is the issuer's, and it ends before the number's word
  (``document_number_words.tsv``: number), when a figure follows that word (or "anggaran": "Tahun Anggaran 2025").
  So does a name run into a year ("nasabah Bank BCA Tahun 2025", "APBD Kota Cimahi Tahun 2025").
- "Peraturan Gubernur Aceh No. 37", "World Amateur Golf Ranking (WAGR) No.103": a span that is the number's word
  alone, or with its number, is no name at all.
- "Marc Marquez No.93": a person's name ends before the number as any other name does (a rider's or a player's
  number is no part of it).
- "Jalan Juanda Nomor 6", "Jl. Sultan Agung No.18", "Blok A No 69": a house number after a street's or a housing's
  name (opened by, or written after, a word of ``document_number_words.tsv``: street) is an address's, left as read.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from telisik.lang import table

# a number's word glued to its figure ("No.46", "No.103")
_GLUED_NUMBER = re.compile(r"(?i)no\.\d")
_TITLE_TOKENS = 4  # tokens at most of a person's titles between a street's word and the name ("Prof. Dr.")
_TITLE_LEN = 4  # characters at most of such a title or initial ("TB", "KH", "Jend")


@cache
def _words(kind: str) -> frozenset[str]:
    """The lower-case words of one kind of ``document_number_words.tsv``."""
    return frozenset(row[0].lower() for row in table("id", "document_number_words.tsv") if len(row) > 1 and row[1] == kind)


def without_number_tails(doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans, each ending before a document's number or year run into it, less those that are the number alone
    (see the module's docstring)."""
    out = []
    for ent in ents:
        cut = _number_start(doc, ent)
        if cut is None:
            out.append(ent)
        elif cut > ent.start:
            out.append(Span(doc, ent.start, cut, label=ent.label_, kb_id=ent.kb_id_))
    return out


def _number_start(doc: Doc, ent: Span) -> int | None:
    """The token where a document's number opens inside the span; None where none does or the span is an address."""
    if _after_street_word(doc, ent):
        return None
    numbers = _words("number")
    for k in range(ent.start, ent.end):
        word = doc[k]
        if _GLUED_NUMBER.match(word.text) or (word.text[:1].isupper() and word.lower_ in numbers and _figure_after(doc, k)):
            return k
    return None


def _after_street_word(doc: Doc, ent: Span) -> bool:
    """Whether the span opens with a street's word or follows one ("Jalan Juanda", "Jl. Sultan Agung": the point of
    "Jl." may be a token of its own), a person's titles or initials between at most ("Jalan TB. Simatupang", "Jl. KH
    Wahid Hasyim", "Jalan Prof. Dr. Satrio": short capitalised words and their points)."""
    streets = _words("street")
    if ent[0].lower_ in streets:
        return True
    k = ent.start - 1
    for _ in range(_TITLE_TOKENS + 1):
        if k < 0:
            return False
        if doc[k].lower_ in streets or (doc[k].text == "." and k > 0 and not doc[k - 1].whitespace_ and f"{doc[k - 1].lower_}." in streets):
            return True
        if not (doc[k].text == "." or (doc[k].text[:1].isupper() and len(doc[k]) <= _TITLE_LEN)):
            return False
        k -= 1
    return False


def _figure_after(doc: Doc, k: int) -> bool:
    """Whether a figure follows the number's word at ``k`` (past the point of "No ."), or "anggaran" ("Tahun Anggaran")."""
    k += 1
    if k < len(doc) and doc[k].text == "." and doc[k - 1].lower_ == "no":
        k += 1
    return k < len(doc) and (doc[k].text[:1].isdigit() or doc[k].lower_ == "anggaran")
