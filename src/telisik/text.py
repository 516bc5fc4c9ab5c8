"""Text folding and name keys: the one place where strings are normalised for comparison.

A leaf module: it imports nothing of telisik but its language data. Each function folds for its own
purpose, and they differ on purpose (their outputs are stored or compared in
ways that must not change):

- ``normalise``: a block of page text tidied (NFC, no-break spaces, invisible marks, runs of blanks).
- ``fold``: a block of text for comparing blocks (case, punctuation, spacing ignored; no Unicode normalisation).
- ``fold_name``: a name for comparing names across articles in the stories (NFKC; hyphens and punctuation ignored).
- ``name_key``: a name as the entity linkers key it (``fold_name`` plus typographic dashes and
  quotes, "&" kept, a leading article from ``lang/en/name_articles.txt`` ("the") dropped).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from telisik.lang import lower_word_list

_BLANKS = re.compile(r"[ \t\r\f\v]+")
_NON_WORD = re.compile(r"\W+")
_WORD = re.compile(r"\w+")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'"})
_NOT_NAME = re.compile(r"[^\w\s&]")
_ARTICLES = "|".join(map(re.escape, sorted(lower_word_list("en", "name_articles.txt"))))
_LEADING_ARTICLE = re.compile(rf"^(?:{_ARTICLES})\s+")
_SPACES = re.compile(r"\s+")
# Invisible format marks scrapes carry (zero-width spaces and joiners, left-to-right and
# right-to-left marks, word joiner, byte-order mark): they show nothing, but glue onto the
# word they stand by, so the word a reader sees is not the one matched.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")


def normalise(text: str) -> str:
    """A block of text in NFC, without no-break spaces or invisible marks, its blanks collapsed (line breaks kept)."""
    text = without_invisible(unicodedata.normalize("NFC", text).replace("\u00a0", " "))
    return _BLANKS.sub(" ", text).strip()


def without_invisible(text: str) -> str:
    """``text`` without its invisible format marks (U+200B-U+200F, U+2060, U+FEFF)."""
    return _INVISIBLE.sub("", text)


def fold(text: str) -> str:
    """For comparing blocks: case, punctuation and spacing ignored."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def fold_name(name: str) -> str:
    """A name as a comparison key: "Kim Jong-un" and "Kim Jong Un" give the same.

    Unlike ``fold`` it applies NFKC first; unlike ``name_key`` it drops "&" and keeps a leading "the".
    """
    text = unicodedata.normalize("NFKC", name).lower().replace("-", " ")
    return " ".join(_WORD.findall(text))


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A name folded for comparison: case, hyphens, punctuation and a leading "the" ignored
    ("Kim Jong-un" and "Kim Jong Un" give "kim jong un").

    Memoised: the linkers ask for the same few names (mention keys) again and again.
    """
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).lower().replace("-", " ")
    text = _NOT_NAME.sub("", text)
    text = _LEADING_ARTICLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


# a web address's end after a medium's name ("TRIBUNPEKANBARU.COM", "Kompas.id")
_DOMAIN_END = re.compile(r"\.(?:co\.id|com|co|id|net)$", re.IGNORECASE)


def medium_key(name: str) -> str:
    """A medium's name reduced to compare its written forms: its letters and digits, lower case, without its web
    address's end ("TRIBUNPEKANBARU.COM", "Tribun Pekanbaru" -> "tribunpekanbaru")."""
    return re.sub(r"\W+", "", _DOMAIN_END.sub("", name.strip()).lower())


def edit_distance(a: str, b: str) -> int:
    """Edits from one string to the other, a swap of two neighbouring characters counting one ("5276" -> "5726",
    "Dwikorta" -> "Dwikorita")."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y)))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]
