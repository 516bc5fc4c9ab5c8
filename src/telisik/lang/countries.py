"""The names of the world's countries and of Indonesia's provinces, one reader for every stage that asks whether a name
is a country's (the entities' gazetteer, the quote finder's origins: "maskapai Arab Saudi" is no airline's name).

Countries come from pycountry's Indonesian names ("Iran, Republik Islam" -> "Iran"), with their English names as
aliases, overridden and extended by ``lang/<lang>/countries.tsv`` (code, name, aliases joined by "|"); the provinces
from pycountry's subdivisions of Indonesia ("Jawa Barat"). Without pycountry only the file's countries are read.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from functools import cache

from telisik.lang import table

# a country or a province: its name and its other names
Forms = tuple[str, tuple[str, ...]]


def file_aliases(row: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases of a row of ``countries.tsv`` (or of the gazetteer): its third column split at "|"."""
    return tuple(a.strip() for a in row[2].split("|")) if len(row) > 2 else ()


def _pycountry_countries(overrides: Mapping[str, tuple[str, ...]]) -> tuple[list[Forms], set[str]]:
    """pycountry's countries under their Indonesian names (or the override file's), and their codes."""
    try:
        import pycountry

        translation: gettext.NullTranslations = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
        countries = list(pycountry.countries)
    except (ImportError, OSError):  # pragma: no cover - pycountry is a dependency; the override file still works
        translation, countries = gettext.NullTranslations(), []
    out: list[Forms] = []
    seen: set[str] = set()
    for country in countries:
        seen.add(country.alpha_2)
        # "Iran, Republik Islam" -> "Iran"; "Taiwan, Provinsi China" -> "Taiwan"
        indonesian = translation.gettext(country.name).split(",")[0].strip()
        forms = [indonesian]
        for attr in ("common_name", "name"):
            english = getattr(country, attr, None)
            if english and "," not in english:
                forms.append(english)
        row = overrides.get(country.alpha_2)
        name = row[1] if row else indonesian
        forms += [a.strip() for a in row[2].split("|")] if row and len(row) > 2 else []
        out.append((name, tuple(dict.fromkeys(f for f in forms if f and f != name))))
    return out, seen


@cache
def province_names() -> tuple[str, ...]:
    """Indonesia's provinces, in their Indonesian names, in code order (pycountry gives them as a set: so the lexicon,
    and what it serialises, is the same in every run)."""
    try:
        import pycountry

        subdivisions = sorted(pycountry.subdivisions.get(country_code="ID") or [], key=lambda sub: sub.code)
        return tuple(sub.name for sub in subdivisions if sub.type == "Province")
    except (ImportError, LookupError):  # pragma: no cover
        return ()


@cache
def country_forms(lang: str = "id", countries: str = "countries.tsv", pycountry: bool = True) -> tuple[Forms, ...]:
    """The countries (pycountry's, overridden and extended by the ``countries`` file) and, with pycountry, Indonesia's
    provinces, each as its name and aliases, in that order."""
    overrides = {row[0]: row for row in table(lang, countries)}
    out, seen = _pycountry_countries(overrides) if pycountry else ([], set())
    out += [(row[1], file_aliases(row)) for code, row in overrides.items() if code not in seen]
    return tuple(out) + (tuple((name, ()) for name in province_names()) if pycountry else ())


@cache
def country_names(lang: str = "id") -> frozenset[str]:
    """Every name and alias of a country (and of Indonesia's provinces), as written."""
    return frozenset(n for name, aliases in country_forms(lang) for n in (name, *aliases))
