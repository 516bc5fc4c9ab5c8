"""Language data shipped with telisik: word lists and patterns kept out of code.

Each file is UTF-8 text, one entry a line, ``#`` starting a comment line.
Tab-separated files map a key to one or more values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path


def _lines(lang: str, name: str) -> list[str]:
    text = resources.files(__package__).joinpath(lang, name).read_text(encoding="utf-8")
    return [ln.rstrip("\r\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def word_list(lang: str, name: str) -> frozenset[str]:
    """A set of entries (as written) from a one-entry-a-line file."""
    return frozenset(ln.strip() for ln in _lines(lang, name))


@cache
def lower_word_list(lang: str, name: str) -> frozenset[str]:
    """The entries of a one-entry-a-line file, folded to lower case."""
    return frozenset(w.lower() for w in word_list(lang, name))


@cache
def calendar_words(lang: str = "id") -> frozenset[str]:
    """Weekday and month names (``weekdays.tsv``, ``months.tsv``), lower case: they close a name a date runs into
    ("Istana Negara Selasa", "kata Budi Selasa", "jajaran Polres Bogor Senin")."""
    return frozenset(w.lower() for f in ("weekdays.tsv", "months.tsv") for w in mapping(lang, f))


@cache
def person_titles(lang: str = "id") -> frozenset[str]:
    """The titles, offices and ranks that stand before a person's name, lower case: ``titles.txt`` and the ranks
    of ``ranks.tsv`` (whose corps words go with a rank only)."""
    ranks = {row[0].lower() for row in table(lang, "ranks.tsv") if len(row) > 1 and row[1] == "rank"}
    return lower_word_list(lang, "titles.txt") | ranks


def written_small(rows: Iterable[Sequence[str]], min_small: int, ties: bool) -> frozenset[str]:
    """The words of a word-frequency table (``word_frequencies.tsv``: word, times written in lower case, times
    capitalised inside a sentence, ...) seen in lower case at least ``min_small`` times and more often than
    capitalised inside a sentence (as often too, with ``ties``): ordinary words, no names on their own."""
    out = set()
    for row in rows:
        if len(row) > 2 and row[1].isdigit() and row[2].isdigit():
            small, capitalised_inside = int(row[1]), int(row[2])
            if small >= min_small and (small > capitalised_inside or ties and small == capitalised_inside):
                out.add(row[0])
    return frozenset(out)


@cache
def table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, in file order."""
    return tuple(tuple(col.strip() for col in ln.split("\t")) for ln in _lines(lang, name))


@cache
def words_by_role(lang: str, name: str, lower: bool = True) -> dict[str, frozenset[str]]:
    """A two-column file of word <TAB> role as {role: its words}, the words in lower case unless ``lower`` is False."""
    roles: dict[str, set[str]] = {}
    for row in table(lang, name):
        if len(row) > 1:
            roles.setdefault(row[1], set()).add(row[0].lower() if lower else row[0])
    return {role: frozenset(words) for role, words in roles.items()}


@cache
def mapping(lang: str, name: str) -> dict[str, str]:
    """The first two columns of a tab-separated file as a dict."""
    return {row[0]: row[1] for row in table(lang, name)}


@cache
def patterns(lang: str, name: str) -> tuple[re.Pattern[str], ...]:
    """Compiled case-insensitive regular expressions, one a line."""
    return tuple(re.compile(ln.strip(), re.IGNORECASE) for ln in _lines(lang, name))


def data_lines(source: str, lang: str = "id") -> list[str]:
    """The entry lines of a language data file named in a component's config: a file of the
    package's ``lang/<lang>/`` folder, or a path to a user's own file in the same format."""
    path = Path(source)
    if path.is_absolute() or len(path.parts) > 1:
        text = path.read_text(encoding="utf-8")
        return [ln.rstrip("\r\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return _lines(lang, source)
