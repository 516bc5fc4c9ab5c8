"""A timex lexicon with no words of citing (one saved before ``citing_words.tsv``, whose rows lack "citing") takes no
date for an outlet's day: an empty list of outlets must match nothing, not every word before a comma and a day.
Invented sentences in the outlets' style."""

from __future__ import annotations

from telisik.nlp.timex import TimexGrammar
from telisik.nlp.timex.lexicon import Lexicon, lexicon_folder, read_lexicon

TEXT = "Gempa mengguncang Cianjur, Senin (2/6/2025). Sehari sebelumnya, warga merasakan getaran kecil."


def found(rows: dict) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in TimexGrammar(Lexicon.from_rows(rows)).tag(TEXT, "2025-06-09")[0]]


def test_a_lexicon_without_citing_words_counts_a_relative_day_from_the_stated_day():
    rows = {key: value for key, value in read_lexicon(lexicon_folder(None)).items() if key != "citing"}
    assert ("Sehari sebelumnya", "2025-06-01") in found(rows)


def test_the_packages_lexicon_counts_it_from_the_stated_day_too():
    assert ("Sehari sebelumnya", "2025-06-01") in found(read_lexicon(lexicon_folder(None)))
