"""Article metadata from what a page shows: outlet, authors, editors, language."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from telisik.lang import table, word_list

# --------------------------------------------------------------------------- outlets


@cache
def outlet_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(host, common name, other names) of each outlet in ``data/outlets.tsv``."""
    text = resources.files("telisik.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        aliases = tuple(a.strip() for a in cols[2].split(",")) if len(cols) > 2 else ()
        rows.append((cols[0].strip(), cols[1].strip(), aliases))
    return tuple(rows)


@cache
def _outlet_by_host() -> dict[str, str]:
    return {host: name for host, name, _ in outlet_rows()}


@cache
def _outlet_by_alias() -> dict[str, str]:
    out: dict[str, str] = {}
    for host, name, aliases in outlet_rows():
        for alias in (name, host, *aliases):
            out[alias.lower()] = name
    return out


def outlet_aliases(name: str) -> set[str]:
    """Every lower-case name the outlet table gives the outlet ``name`` (its host and aliases too)."""
    return {alias for alias, outlet in _outlet_by_alias().items() if outlet == name}


# Two-part public suffixes used by Indonesian sites.
_SECOND_LEVEL = {"co.id", "or.id", "go.id", "ac.id", "web.id", "my.id", "co.uk", "com.au"}
_TRIBUN_REGIONAL = re.compile(r"^tribun([a-z]+)\.com$")


def registrable_host(host: str) -> str:
    host = host.lower().strip().strip(".")
    host = host.split(":")[0]
    parts = host.split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in _SECOND_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def outlet_from_host(host: str) -> str | None:
    """The common name of the outlet that runs ``host`` ("p.dw.com" -> "DW Indonesia")."""
    if not host:
        return None
    reg = registrable_host(host)
    known = _outlet_by_host().get(reg)
    if known:
        return known
    tribun = _TRIBUN_REGIONAL.match(reg)
    if tribun:  # Tribun's regional network: tribuntoraja.com -> TribunToraja
        return "Tribun" + tribun[1].capitalize()
    return None


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return outlet_from_host(host or "")


# Labels of at most 63 characters, at most 9 of them, as DNS allows: unbounded, the pattern
# backtracked quadratically on a chain like "1.1.1.1..." (40,000 characters took 28 s)
_DOMAIN = re.compile(r"\b([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|co\.id|id|net|org|co))\b", re.IGNORECASE)


# A domain name in running text ("TRIBUNNEWS.COM", "Liputan6.com"): a sign that a dateline or credit names an outlet.
_DOMAINISH = re.compile(r"\.(?:com|co\.id|id)\b", re.IGNORECASE)


def mentions_domain(text: str) -> bool:
    """Whether ``text`` holds a domain name of the kinds news outlets use (".com", ".co.id", ".id")."""
    return bool(_DOMAINISH.search(text))


def outlet_from_mention(text: str) -> str | None:
    """An outlet named in a dateline, credit or footer ("TRIBUNNEWS.COM", "(ANTARA)")."""
    for m in _DOMAIN.finditer(text):
        name = outlet_from_host(m[1])
        if name:
            return name
    aliases = _outlet_by_alias()
    low = text.lower()
    best = None
    for alias, name in aliases.items():
        longer = best is None or len(alias) > len(best[0])
        if len(alias) >= 3 and longer and re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", low):
            best = (alias, name)
    return best[1] if best else None


def normalise_outlet(name: str | None) -> str | None:
    """A given outlet ("detik.com", "KOMPAS.com") as its common name; unknown names pass through."""
    if not name or not name.strip():
        return None
    name = name.strip()
    return outlet_from_mention(name) or outlet_from_host(name) or name


# --------------------------------------------------------------------------- bylines


@cache
def _byline_labels() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in table("id", "byline_labels.tsv"))


@cache
def byline_label_regex() -> re.Pattern[str]:
    labels = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label, _ in _byline_labels())
    # "Penulis: X", and Tribun's "Laporan Wartawan Tribunnews.com, X"
    return re.compile(rf"(?<!\w)(?P<label>{labels})(?:\s+[\w.-]+\.(?:com|co\.id|id)\s*[:,]|\s*:)\s*", re.IGNORECASE)


def _role_of(label: str) -> str:
    label = re.sub(r"\s+", " ", label.lower())
    for name, role in _byline_labels():
        if name == label:
            return role
    return "author"


_NAME_TRAIL = re.compile(r"[\s|/·•,;:–—-]+$")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _alternatives(entries: frozenset[str]) -> str:
    """Entries of a word list as a regex alternation, longest first (a space: any blanks)."""
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in sorted(entries, key=lambda e: (-len(e), e)))


@cache
def _name_split() -> re.Pattern[str]:
    """Where a byline value splits into names: punctuation and conjunctions ("dan", "and")."""
    words = _alternatives(word_list("id", "name_conjunctions.txt") | word_list("en", "name_conjunctions.txt"))
    return re.compile(rf"\s*(?:,|;|&|\b(?:{words})\b)\s*")


@cache
def _outlet_suffix() -> re.Pattern[str]:
    """An outlet run after a name ("Rizky Ananda - detikSport")."""
    return re.compile(rf"\s*[-–—]\s*(?:{_alternatives(word_list('id', 'byline_outlets.txt'))})\w*$", re.IGNORECASE)


def clean_names(raw: str) -> list[str]:
    """Person names from a byline value, without desks ("Redaksi") or outlets."""
    names = []
    generic = word_list("id", "generic_authors.txt")
    for part in _name_split().split(raw):
        part = _NAME_TRAIL.sub("", part.strip(" \t|/()"))
        part = _outlet_suffix().sub("", part)
        if not part or part.lower() in generic or len(part) > 60:
            continue
        if not _HAS_LETTER.search(part):
            continue
        names.append(part)
    return names


def merge_names(*groups: list[str]) -> list[str]:
    """Names from several sources, first spelling kept, repeats dropped whatever their case or punctuation."""
    out: list[str] = []
    seen: set[str] = set()
    for group in groups:
        for name in group:
            key = re.sub(r"\W+", " ", name.lower()).strip()
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out


def parse_byline(text: str) -> dict[str, list[str]] | None:
    """Authors and editors of a byline block ("Penulis: X | Editor: Y"), or None.

    Returns None when the block holds no byline label.
    """
    matches = list(byline_label_regex().finditer(text))
    if not matches:
        return None
    found: dict[str, list[str]] = {"author": [], "editor": []}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        found[_role_of(m["label"])] += clean_names(text[m.end() : end])
    return found


# "(Tribunnews.com/Andari Wulan Nugrahani)", "(Kompas.com/Nama)"
_CREDIT_LINE = re.compile(r"^\(\s*(?P<outlet>[\w.-]+\.(?:com|co\.id|id))\s*/\s*(?P<names>[^()]{2,80})\)$", re.IGNORECASE)
# DW's initials line: "kp/rs (AP, AFP, Reuters)" -> writer kp, editor rs
# Detik's "(fyk/ash)" likewise.
_INITIALS_LINE = re.compile(r"^\(?(?P<initials>[a-z]{2,4}(?:/[a-z]{2,4})+)\)?\s*(?:\((?P<agencies>[^()]{1,80})\))?$")


@cache
def _name_outlet() -> re.Pattern[str]:
    """A header byline without a label: "Maya Lestari, CNBC Indonesia", "Rizky Ananda - detikSport"."""
    name = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}"
    joins = _alternatives(word_list("id", "name_conjunctions.txt"))
    return re.compile(
        rf"^(?P<names>{name}(?:\s*(?:,|&|{joins})\s*{name})*)"
        r"\s*(?:,|-|–|—|\|)\s*(?P<outlet>[\w.]+(?:\s+[\w.]+){0,2})$"
    )


def parse_name_outlet(text: str) -> tuple[list[str], str] | None:
    """(authors, outlet) of a header line "Name, Outlet" whose outlet is a known one, or None."""
    m = _name_outlet().match(text.strip())
    if not m:
        return None
    outlet = outlet_from_mention(m["outlet"])
    if not outlet or outlet_from_mention(m["names"]):
        return None
    names = clean_names(m["names"])
    # one word before the outlet is more often a dateline's place ("Jakarta, CNBC Indonesia") than a name
    if not names or all(len(n.split()) < 2 for n in names):
        return None
    return names, outlet


def parse_author_credit(text: str) -> tuple[list[str], list[str], str | None, bool] | None:
    """(authors, editors, outlet, initials only) of a closing credit line, or None."""
    m = _CREDIT_LINE.match(text.strip())
    if m:
        return clean_names(m["names"]), [], outlet_from_mention(m["outlet"]), False
    m = _INITIALS_LINE.match(text.strip())
    if m:
        initials = m["initials"].split("/")
        return initials[:1], initials[1:], None, True
    return None


# --------------------------------------------------------------------------- language


_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """'id', 'en' or 'und', from how often each language's function words occur."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 5:
        return "und"
    id_hits = sum(w in word_list("id", "stopwords.txt") for w in words)
    en_hits = sum(w in word_list("en", "stopwords.txt") for w in words)
    if max(id_hits, en_hits) < 0.05 * len(words):
        return "und"
    return "id" if id_hits >= en_hits else "en"
