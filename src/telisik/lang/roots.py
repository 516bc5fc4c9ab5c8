"""Rough Indonesian word roots from one affix table (``lang/<lang>/affixes.tsv``).

Two readings of the same table: :func:`root_candidates` gives every root a word
may have (to test whether two words share one), :func:`stem` one key per word
(to count words of one root together). Neither is a morphological analyser: a
prefix or suffix goes only when at least :data:`ROOT_LETTERS` letters stay.
"""

from __future__ import annotations

import re
from functools import cache

from telisik.lang import table

# the fewest letters a root keeps once its affixes are stripped
ROOT_LETTERS = 4
# the first letter of a root that a nasal prefix swallows ("periksa" -> "memeriksa", "tuntut" -> "menuntut")
_SWALLOWED = re.compile(r"^[ptks](?=[aiueo])")


@cache
def affixes(lang: str = "id") -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The prefixes (each with the letter it swallows, or "") and the suffixes of ``affixes.tsv``, longest first."""
    rows = table(lang, "affixes.tsv")
    prefixes = sorted(((r[1], r[2] if len(r) > 2 else "") for r in rows if r[0] == "prefix" and len(r) > 1), key=lambda p: -len(p[0]))
    suffixes = sorted((r[1] for r in rows if r[0] == "suffix" and len(r) > 1), key=len, reverse=True)
    return tuple(prefixes), tuple(suffixes)


def root_candidates(word: str, lang: str = "id") -> set[str]:
    """The roots a word may have: itself, without a suffix, without a prefix, and with the letter a nasal prefix swallowed
    ("penutupan" -> "tutup", "ditutup" -> "tutup", "gempuran" -> "gempur")."""
    prefixes, suffixes = affixes(lang)
    bases = {word} | {word[: -len(s)] for s in suffixes if word.endswith(s) and len(word) - len(s) >= ROOT_LETTERS}
    roots = set(bases)
    for base in bases:
        for prefix, swallowed in prefixes:
            rest = base[len(prefix) :]
            if base.startswith(prefix) and len(rest) >= ROOT_LETTERS:
                roots.add(rest)
                if swallowed and rest[:1] in "aiueo":
                    roots.add(swallowed + rest)
    return roots


def stem(word: str, lang: str = "id") -> str:
    """One key per word: the word without its longest suffix and prefix, and without a first p, t, k or s before a vowel,
    which a nasal prefix swallows: "diperiksa", "memeriksa" and "pemeriksaan" all give "eriksa"."""
    prefixes, suffixes = affixes(lang)
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= ROOT_LETTERS:
            word = word[: -len(suffix)]
            break
    for prefix, _swallowed in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= ROOT_LETTERS:
            word = word[len(prefix) :]
            break
    return _SWALLOWED.sub("", word)
