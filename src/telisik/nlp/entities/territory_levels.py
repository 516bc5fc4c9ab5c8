"""Which bare forms of a place entity name another level of territory than the entity's own headed forms.

A province and its capital often share a name ("Jambi" is the province, "Kota Jambi" its capital city; "Kabupaten
Gorontalo" is a regency of the province Gorontalo). A report on the city writes "Kota Jambi" and a dateline
"JAMBI"; the clusterer rightly makes them one article entity, and names it by the gazetteer's "Jambi". Across
articles, though, the bare "Jambi" is the gazetteer's province: keyed by it, the city's entity would join every report
on the province, and the province's the city's. ``other_level_forms`` finds the bare forms of an entity whose
gazetteer level differs from the level its own headed forms give ("Kota", "Kabupaten", "Provinsi":
``place_levels.tsv``), so that the linker keys the entity by its headed forms only.
Jakarta, a province that is one city, is no province of pycountry's: its bare name keeps its link.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from telisik.lang import mapping
from telisik.nlp.entities.lexicon import EntityLexicon, province_names
from telisik.text import name_key

# the levels of government a head word gives a place; "district" and smaller ones are never the bare name's level
_ADMIN_LEVELS = frozenset({"province", "regency", "city"})


@cache
def _head_levels() -> dict[str, str]:
    """Head word (lower case) -> the administrative level it gives the name after it ("kota" -> "city")."""
    return {head.lower(): level for head, level in mapping("id", "place_levels.tsv").items() if level in _ADMIN_LEVELS}


def headed_level(form: str) -> tuple[str, str]:
    """A form's administrative level by its head word and the name after the head ("Kota Jambi": ("city", "Jambi")),
    ("", "") for a form with no such head."""
    words = form.split()
    for n in (2, 1):
        if len(words) > n and (level := _head_levels().get(" ".join(words[:n]).lower())):
            return level, " ".join(words[n:])
    return "", ""


def bare_level(lex: EntityLexicon, form: str) -> str:
    """The level the gazetteer gives a bare place's name: "province" for one of Indonesia's provinces ("Jambi"), ""
    for any other. A regency and a city of one name ("Bandung") are one row of ``regencies.tsv``, and the news
    writes the bare name for either: no level is told of them."""
    entry = lex.known(form)
    if entry is None or entry.type != "LOC":
        return ""
    return "province" if entry.name in province_names() else ""


def other_level_forms(lex: EntityLexicon, forms: Iterable[str]) -> frozenset[str]:
    """The folded bare forms of a place entity (its name and mentions: ``forms``) that name the place a head of its
    own forms names at another level ("jambi" beside "Kota Jambi" or "Kabupaten Gorontalo"); none where no form has a
    head, or the heads agree with the gazetteer ("Jambi" beside "Provinsi Jambi")."""
    forms = list(forms)
    levels: dict[str, set[str]] = {}
    for form in forms:
        level, rest = headed_level(form)
        if level:
            levels.setdefault(name_key(rest), set()).add(level)
    if not levels:
        return frozenset()
    out = set()
    for form in forms:
        key = name_key(form)
        heads = levels.get(key)
        if heads and not headed_level(form)[0] and (bare := bare_level(lex, form)) and heads != {bare}:
            out.add(key)
    return frozenset(out)
