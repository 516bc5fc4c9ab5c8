"""The body's opening word as the NER should read it where an outlet writes it in capitals.

Some outlets (Okezone) print an article's first word in capitals, whatever it is: "ROBERT Gabriel Mugabe,
resmi ...", "MARC Marquez menjalani ...", "PELATIH Timnas Indonesia, ...". The NER reads a word in capitals
as an acronym: it joins it to the name ("ROBERT Gabriel Mugabe" for the name, "MARC Marquez") or leaves it
out ("BARACK Hussein Obama" gave "Hussein Obama"). ``opening_word_cased`` writes that word with a capital
and small letters ("Robert"), one character for one, so offsets hold, where it is a word and no acronym: news
writes it far more often with small letters than in capitals (``word_frequencies.tsv``: "marc", "pelatih";
not "kpk", "byd", "nu"), or, a word the table lacks, the body writes it so elsewhere ("Egy" for "EGY"). A dateline
("JAKARTA - ...", "LOS ANGELES – ...") is left as it is: the word after it is no word of a sentence.
"""

from __future__ import annotations

import re
from functools import cache

from telisik.lang import table

# the opening word in capitals (letters, an apostrophe at most inside), then a space and a word opening
# with a capital and a small letter or with a small letter: "ROBERT Gabriel", "DUA negara", not "LOS ANGELES"
_OPENING = re.compile(r"([A-Z][A-Z]+(?:['’][A-Z]+)?)(?= +[A-Za-z]?[a-z])")
# a dateline of more than one word: its last word in capitals, then a dash ("VILLENEUVE d’ASCQ– ...")
_DATELINE = re.compile(r"[^\n.,;:!?]{0,40}?[A-Z]{2,}\s?[-–—]")


# news writes the word with small letters at least this many times as often as in capitals: an acronym that is
# also a rarer word ("NU", "MA", "IDI": "nu", "ma" and "Idi" a little more often than in capitals) stays one
_SMALL_RATIO = 3


@cache
def _written_small() -> dict[str, bool]:
    """Lower-case words of ``word_frequencies.tsv`` -> whether news writes them far more often with small letters
    (in lower case, or with a capital and small letters) than in capitals (``_SMALL_RATIO``)."""
    out: dict[str, bool] = {}
    for row in table("id", "word_frequencies.tsv"):
        if len(row) < 5 or not all(n.isdigit() for n in row[1:5]):
            continue
        small = int(row[1]) + int(row[2]) + int(row[3])
        out[row[0].lower()] = small >= _SMALL_RATIO * int(row[4]) and small > 0
    return out


def _a_word(word: str, text: str) -> bool:
    """Whether ``word``, in capitals, is a word news writes with small letters (see the module)."""
    known = _written_small().get(word.lower())
    if known is not None:
        return known
    cased = word.capitalize()
    return re.search(rf"(?<![\w]){re.escape(cased)}(?![\w])", text) is not None


def opening_word_cased(text: str) -> str:
    """``text`` with its opening word in capitals written with a capital and small letters where it is a word
    (see the module), every other character as it was."""
    found = _OPENING.match(text)
    if found is None or _DATELINE.match(text) or not _a_word(found[1], text):
        return text
    word = found[1]
    return word[0] + word[1:].lower() + text[found.end() :]
