"""Article metadata from what a page shows: outlet, authors, editors, language."""

from __future__ import annotations

import hashlib
import logging
import marshal
import re
import sys
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from courlan import extract_domain

from telisik.lang import lower_word_list, patterns, table, word_list, words_by_role
from telisik.pages.dates import alternation

log = logging.getLogger(__name__)

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


_TRIBUN_REGIONAL = re.compile(r"^tribun-?([a-z]+)\.(?:com|co\.id)$")
_TRIBUN_NAME = re.compile(r"tribun-?[a-z]+")


def registrable_host(host: str) -> str:
    """The domain a site registered ("regional.kompas.com" -> "kompas.com", "x.sch.id" stays), by the public
    suffix list courlan reads (shipped in the ``tld`` package, never fetched); a host it cannot place (an IP
    address, "localhost") as it is."""
    host = host.lower().strip().strip(".").split(":")[0]
    return (extract_domain("http://" + host) if host else None) or host


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
    return _outlet_alias_in(text.lower())


@cache
def _alias_finder() -> tuple[re.Pattern[str], dict[str, tuple[int, str]]] | None:
    """One pattern for every outlet alias of three letters or more standing as a word, and each alias's place in the
    outlet table with its outlet. The lookahead reports, at every place, the longest alias standing there: a shorter
    one there is never the longest of the text, and two aliases of one length cannot stand at the same place."""
    ranked = {alias: (i, name) for i, (alias, name) in enumerate(_outlet_by_alias().items()) if len(alias) >= 3}
    if not ranked:
        return None
    alternatives = "|".join(re.escape(alias) for alias in sorted(ranked, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?=({alternatives})(?!\w))"), ranked


def _outlet_alias_in(low: str) -> str | None:
    """The outlet of the longest alias standing as a word in ``low`` (the first in the table among the longest).

    One scan of the text: a search per alias (117 patterns, past what ``re`` keeps compiled with the rest) cost
    some 1.2 CPU s per 300 corpus records; the answer is the same (``tests/test_startup_costs.py``)."""
    finder = _alias_finder()
    if finder is None:
        return None
    pattern, ranked = finder
    best: tuple[int, int, str] | None = None
    for m in pattern.finditer(low):
        place, name = ranked[m[1]]
        key = (-len(m[1]), place, name)
        if best is None or key < best:
            best = key
    return best[2] if best else None


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


@cache
def _name_split() -> re.Pattern[str]:
    """Where a byline value splits into names: punctuation, "/" and conjunctions ("dan", "and")."""
    words = alternation(word_list("id", "name_conjunctions.txt") | word_list("en", "name_conjunctions.txt"))
    return re.compile(rf"\s*(?:,|;|&|/|\b(?:{words})\b)\s*")


@cache
def _outlet_suffix() -> re.Pattern[str]:
    """An outlet run after a name ("Rizky Ananda - detikSport", "Rizky Ananda-detikSport")."""
    return re.compile(rf"\s*[-–—]\s*(?:{alternation(word_list('id', 'byline_outlets.txt'))})\w*$", re.IGNORECASE)


# A desk or section after a dash that follows a blank: "Lucas Aditya -Sepakbola", "Nama - Sport".
# A name holds no " -": a hyphen inside a name has no blank before it ("Kim Jong-un").
_DESK_SUFFIX = re.compile(r"\s+[-–—]\s*[\w.]+$")
_TRAILING_PARENS = re.compile(r"\s*\(([^()]*)\)$")


@cache
def _role_words() -> frozenset[str]:
    """Byline role words ("penulis", "kontributor", from ``byline_labels.tsv``)."""
    return frozenset(label for label, _ in _byline_labels())


@cache
def _publisher_words() -> frozenset[str]:
    return lower_word_list("id", "publisher_words.txt")


def is_outlet_name(text: str) -> bool:
    """Whether ``text`` names a news outlet or its publisher, not a person.

    "Liputan6.com", "Tempo.co", "Antara", "CNN Indonesia", "Kompas Cyber Media":
    an outlet's name or domain, alone or followed by words of a publisher's
    name ("Cyber Media", "News").
    """
    low = re.sub(r"\s+", " ", text.lower().strip(" ."))
    short = _TRAILING_PARENS.search(low)
    if short and low[: short.start()].strip():
        # "Deutsche Welle (DW)": the name and its short form
        return is_outlet_name(low[: short.start()]) or is_outlet_name(short[1])
    low = low.strip("()")
    if not low:
        return False
    if _DOMAIN.fullmatch(low) and outlet_from_host(low) is not None:
        return True
    if _TRIBUN_NAME.fullmatch(low):
        return True  # Tribun's regional editions: "TribunJabar"
    aliases = _outlet_by_alias()
    if low in aliases:
        return True
    for alias in sorted(aliases, key=len, reverse=True):
        if len(alias) >= 3 and low.startswith(alias + " "):
            rest = low[len(alias) :].split()
            return all(w.strip("().,") in _publisher_words() for w in rest)
    return False


def _is_generic_name(part: str) -> bool:
    """A desk, a role or a publisher where a name would stand ("Tim Redaksi", "Tim Otomotif", "Kontributor Lhokseumawe")."""
    low = part.lower()
    words = low.split()
    if low in word_list("id", "generic_authors.txt") or not words:
        return True
    if words[0] in _desk_openers() and 2 <= len(words) <= _DESK_MAX_WORDS:
        return True  # "Tim Regional", "Tim detikcom", "Tim Cek Fakta": a desk team
    if not _name_shaped(part):
        return True  # "Madrasah Diniyah ... 1 Cingebul", "tinggal di Seminari Tinggi": an affiliation run on after a name
    if words[0] in _role_words() and len(words) == 2:
        return True  # "Kontributor Lhokseumawe": a role and its post (a role before a full name is a label)
    return is_outlet_name(part)


# A desk's name is its opener and a word or two ("Tim Cek Fakta"); a longer run is a sentence.
_DESK_MAX_WORDS = 3


def _name_shaped(part: str) -> bool:
    """Whether ``part`` can be a person's name: no digits, and no prose among capitalised words.

    A name capitalises its words ("Nugroho Purbo", "Muhammad bin Salman" with its connector) or,
    by some writers, none of them ("prih febriani"); capitalised words after a lower-case opener
    or beside a function word ("tinggal di Seminari Tinggi"), or with a number ("... periode
    2024"), are a phrase or a place.
    """
    if any(ch.isdigit() for ch in part):
        return False
    connectors = lower_word_list("id", "name_connectors.txt")
    tokens = [w for w in part.split() if w.lower() not in connectors]
    if not tokens or not any(w[:1].isupper() for w in tokens):
        return True
    # a lower-case surname is a typo ("Adrial akbar"); a lower-case opener or function word is prose
    return tokens[0][:1].isupper() and not any(w in word_list("id", "stopwords.txt") for w in tokens)


@cache
def _desk_openers() -> frozenset[str]:
    return lower_word_list("id", "desk_openers.txt")


def _name_part(part: str) -> str:
    """One name of a byline value, without the outlet, desk or role written after it."""
    part = _NAME_TRAIL.sub("", part.strip(" \t|/"))
    after = _TRAILING_PARENS.search(part)
    if after and part[: after.start()].strip() and not is_outlet_name(part):
        part = part[: after.start()]  # "Anwar Siswadi (Kontributor)", "Budi (Jakarta)": a name holds no brackets
    part = part.strip(" \t|/()")
    part = _outlet_suffix().sub("", part)
    if len(part.split()) > 1:
        part = _DESK_SUFFIX.sub("", part)
    words = part.split()
    if len(words) >= 3 and words[0].lower() in _role_words():
        part = " ".join(words[1:])  # "Reporter Budi Santoso": a label the byline parser did not see
    part = _REPORT_BAR.split(part, maxsplit=1)[0]  # "Dede Rosadi I Aceh Singkil": the place the writer reports from
    return _NAME_TRAIL.sub("", _SENTENCE_STOP.sub("", part))


# A full stop closing a byline's last name ("Fauzi Noviandi."); an initial keeps its own ("Andi S.").
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2})(?<![A-Z]{2})\.$")


def clean_names(raw: str) -> list[str]:
    """Person names from a byline value, without desks ("Redaksi", "Tim News"), roles or outlets ("Liputan6.com")."""
    names = []
    for part in _name_split().split(raw):
        part = _name_part(part)
        if not part or len(part) > 60 or not _HAS_LETTER.search(part) or _is_generic_name(part):
            continue
        names.append(part)
    return names


def merge_names(*groups: list[str]) -> list[str]:
    """Names from several sources, repeats dropped whatever their case, punctuation or spacing.

    The first spelling is kept, unless a later one writes the name as words where the first ran
    them together, as a handle does ("birrifikrudin" from a record, "Birri Fikrudin" from the page).
    """
    out: list[str] = []
    seen: dict[str, int] = {}
    for group in groups:
        for name in group:
            key = re.sub(r"\W+", "", name.lower())
            if key not in seen:
                seen[key] = len(out)
                out.append(name)
            elif len(name.split()) > len(out[seen[key]].split()):
                out[seen[key]] = name
    return out


@cache
def _bare_byline() -> re.Pattern[str]:
    """A label without its colon and a capitalised name of at most four words, alone or before the writer's
    note: "Oleh Sulardi", "Penulis Andi N.S. Wibowo: Analis Kebijakan Senior ..."."""
    labels = alternation(word_list("id", "byline_bare_labels.txt"))
    name = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    return re.compile(rf"^(?i:{labels})\s+(?P<name>{name})\s*(?::\s+\S.*)?$")


def parse_byline(text: str) -> dict[str, list[str]] | None:
    """Authors and editors of a byline block ("Penulis: X | Editor: Y"), or None.

    Returns None when the block holds no byline label.
    """
    if any(p.search(text) for p in patterns("id", "not_bylines.txt")):
        return None
    report = parse_report_byline(text)
    if report:
        return {"author": report, "editor": []}
    matches = list(byline_label_regex().finditer(text))
    if not matches:
        bare = _bare_byline().match(text.strip())
        if not bare or any(w.lower() in word_list("id", "stopwords.txt") for w in bare["name"].split()):
            return None  # "Oleh Karena Itu": a sentence's opening words, capitalised
        return {"author": clean_names(bare["name"]), "editor": []}
    found: dict[str, list[str]] = {"author": [], "editor": []}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        found[_role_of(m["label"])] += clean_names(text[m.end() : end])
    return found


@cache
def _report_words() -> dict[str, frozenset[str]]:
    """The words of Tribun's report line by role (``byline_reports.tsv``): opener, role, place."""
    return words_by_role("id", "byline_reports.tsv", lower=False)


# A report line is the opener, a role, an outlet, a name and a place: a dozen words at most.
_REPORT_MAX_WORDS = 14
# A name in a report line: one to four capitalised words.
_REPORT_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
# The place after the name, set off by a bar or its look-alikes ("Dede Rosadi l Aceh Singkil").
_REPORT_BAR = re.compile(r"\s+[|lI]\s+(?=[A-Z])")


def _report_outlet(tokens: list[str]) -> int:
    """How many of ``tokens`` name the outlet the writer reports for: one ("TribunSolo",
    "TribunJabar.id"), or two when the network's name stands apart ("Tribun Jogja"); 0 when
    they open with no outlet."""
    if len(tokens) > 1 and (is_outlet_name(tokens[0]) or mentions_domain(tokens[0])):
        return 1
    if len(tokens) > 2 and is_outlet_name(tokens[0] + tokens[1]):
        return 2
    return 0


def _plain_words(name: str) -> bool:
    """Whether every word of ``name`` is a word written in lower case away from a name ("Keuangan")."""
    common = lower_word_list("id", "common_words.txt")
    return all(w.lower() in common for w in name.split())


def _holds_plain_word(name: str) -> bool:
    """Whether a word of ``name`` is one written in lower case away from a name ("Tahunan")."""
    common = lower_word_list("id", "common_words.txt")
    return any(w.lower() in common for w in name.split())


def parse_report_byline(text: str, above_dateline: bool = False) -> list[str]:
    """The writer Tribun's report line names ("Laporan Wartawan TribunSolo, Erlangga Bima", "Laporan
    Dede Rosadi | Aceh Singkil"), or [] for any other line.

    A line opening with the opener but no role, no outlet and no place ("Laporan Keuangan Tahunan")
    is a heading, not a report line, unless it stands right above the story's dateline, where
    Surya writes its report line with the writer's name alone ("Laporan Isya Anshori").
    """
    tokens = text.strip().split()
    report = _report_words()
    if not tokens or tokens[0].lower() not in report.get("opener", ()) or len(tokens) > _REPORT_MAX_WORDS:
        return []
    # "Laporan Langsung Reporter ...": how the writer reports, before the role
    if len(tokens) > 2 and tokens[1].lower() in report.get("manner", ()):
        del tokens[1]
    has_role = len(tokens) > 1 and tokens[1].lower() in report.get("role", ())
    name, has_outlet, has_place = _report_name(" ".join(tokens[2 if has_role else 1 :]), has_role)
    if not (has_role or has_outlet or has_place or above_dateline) or not _REPORT_NAME.fullmatch(name):
        return []
    return [] if _names_a_heading(name, has_role or has_outlet, has_place) else clean_names(name)


def _names_a_heading(name: str, credited: bool, has_place: bool) -> bool:
    """Whether the words after a report line's opener are a heading's, not a writer's name, when the
    line names no role and no outlet (``credited`` False)."""
    if credited:
        return False
    if len(name.split()) < 2 or _plain_words(name):
        return True  # "Laporan Keuangan | Triwulan I": a heading, the bar its only sign
    # "Laporan Keuangan Tahunan" above a dateline: a heading, its place its only sign
    return not has_place and _holds_plain_word(name)


def _report_name(rest: str, has_role: bool) -> tuple[str, bool, bool]:
    """(name, names an outlet, names a place) of a report line's words after its opener and role."""
    rest, bar_text, _ = _REPORT_BAR.sub(" | ", rest).partition(" | ")
    has_place = bool(bar_text)
    words = rest.split()
    if "," in rest:
        outlet, _, name = rest.rpartition(",")
        has_outlet = len(outlet.split()) <= 3 and (has_role or _report_outlet([*outlet.split(), ""]) == len(outlet.split()))
    else:
        skip = _report_outlet(words)
        has_outlet, name = skip > 0, " ".join(words[skip:])
        for joiner in _report_words().get("place", ()):
            name = re.split(rf"\s+{re.escape(joiner)}\s+(?=[A-Z])", name)[0]
        has_place = has_place or name != " ".join(words[skip:])
    return name.strip(), has_outlet, has_place


# "(Tribunnews.com/Andari Wulan Nugrahani)", "(Kompas.com/Nama)"
_CREDIT_LINE = re.compile(r"^\(\s*(?P<outlet>[\w.-]+\.(?:com|co\.id|id))\s*/\s*(?P<names>[^()]{2,80})\)$", re.IGNORECASE)
# DW's initials line: "kp/rs (AP, AFP, Reuters)" -> writer kp, editor rs
# Detik's "(fyk/ash)" likewise, Liputan6's "(Cas/Isk)" capitalised; a code may end in a
# digit where two staff share initials ("(mau/nu2)", "(nu2/ass)").
_INITIALS_LINE = re.compile(r"^\(?(?P<initials>[a-zA-Z][a-z]{1,3}\d?(?:/[a-zA-Z][a-z]{1,3}\d?)+)\)?\s*(?:\((?P<agencies>[^()]{1,80})\))?$")
# A part of a slashed credit: a capitalised name ("Danang Triatmojo", "Sulis SM"), or a
# reporter's code ("cr30", "alj", "*") that names nobody.
_CREDIT_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}")
_CREDIT_CODE = re.compile(r"\*|[a-z]{1,4}\d{0,3}|[A-Z]{1,3}\d{1,3}", re.IGNORECASE)
# A closing credit in brackets on a line of its own: an editor's name ("(Rahman Asmardika)"),
# or initials ("(kha)", "(SIS)").
_CLOSING_NAME = re.compile(r"^\(\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\)$")
_CLOSING_INITIALS = re.compile(r"^\(\s*(?P<initials>[a-z]{2,4}|[A-Z]{2,4})\s*\)$")


def _is_credit_outlet(part: str) -> bool:
    return is_outlet_name(part) or bool(_DOMAIN.fullmatch(part.strip()))


def _credit_parts(text: str) -> tuple[bool, list[str]] | None:
    """(bracketed, parts) of a line of two to four short parts joined by "/", or None."""
    bracketed = text.startswith("(") and text.endswith(")")
    parts = [p.strip() for p in (text[1:-1] if bracketed else text).split("/")]
    if not 2 <= len(parts) <= 4 or any(not p or len(p.split()) > 5 for p in parts):
        return None
    return bracketed, parts


def _slashed_credit(text: str) -> tuple[list[str], list[str], str | None, bool] | None:
    """A writer's credit of names and outlets joined by "/": "(cr30/tribun-medan.com)",
    "( TRIBUNLAMPUNG.CO.ID / TRIBUNNEWS.COM )", and bare "Danang Triatmojo/Tribunnews"."""
    split = _credit_parts(text)
    if split is None:
        return None
    bracketed, parts = split
    outlets = [p for p in parts if _is_credit_outlet(p)]
    others = [p for p in parts if p not in outlets]
    codes = [p for p in others if _CREDIT_CODE.fullmatch(p)]
    names = [p for p in others if p not in codes and _CREDIT_NAME.fullmatch(p)]
    if not outlets or len(names) + len(codes) != len(others):
        return None
    # bare, only "Name/Outlet": a slash between two words is often a pair ("Arab Saudi/Australia")
    if not bracketed and (codes or len(names) != 1 or parts[-1] not in outlets):
        return None
    found = [n for name in names for n in clean_names(name)]
    return found, [], outlet_from_mention(outlets[0]) or normalise_outlet(outlets[0]), False


def parse_author_credit(text: str) -> tuple[list[str], list[str], str | None, bool] | None:
    """(authors, editors, outlet, initials only) of a closing credit line, or None."""
    text = text.strip()
    m = _CREDIT_LINE.match(text)
    if m:
        return clean_names(m["names"]), [], outlet_from_mention(m["outlet"]), False
    m = _INITIALS_LINE.match(text)
    if m:
        initials = m["initials"].split("/")
        return initials[:1], initials[1:], None, True
    return _slashed_credit(text) if "/" in text else None


@cache
def place_words() -> frozenset[str]:
    """Places the language files name (gazetteer places, countries), in lower case."""
    places = {row[0] for row in table("id", "gazetteer.tsv") if len(row) > 1 and row[1] == "LOC"}
    places |= {name for row in table("id", "countries.tsv") for name in (row[1:2] + tuple(row[2].split("|") if len(row) > 2 else ()))}
    return frozenset(p.lower() for p in places)


def _names_a_source(text: str) -> bool:
    """Whether bracketed closing words name a source (an agency, an outlet), not the article's editor."""
    agencies = word_list("id", "photo_credits.txt")
    return text.lower() in agencies or any(is_outlet_name(w) or w.lower() in agencies for w in [text, *text.split()])


def parse_closing_credit(text: str) -> tuple[list[str], list[str]] | None:
    """(editor names, initials) of a bracketed closing credit ("(Rahman Asmardika)", "(kha)"), or None.

    Okezone closes an article with its editor's name in brackets. A source in
    brackets ("(Reuters)", "(ANTARA)") is not a credit: it stays with the text.
    """
    text = text.strip()
    m = _CLOSING_INITIALS.match(text)
    if m:
        return None if _names_a_source(m["initials"]) else ([], [m["initials"]])
    m = _CLOSING_NAME.match(text)
    if not m or _names_a_source(m["name"]):
        return None
    if any(w.lower() in place_words() for w in m["name"].split()):
        return None  # "(Sky Sport Italia)": a source, not a person
    names = clean_names(m["name"])
    return (names, []) if names else None


@cache
def _name_outlet() -> re.Pattern[str]:
    """A header byline without a label: "Maya Lestari, CNBC Indonesia", "Rizky Ananda - detikSport"."""
    name = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}"
    joins = alternation(word_list("id", "name_conjunctions.txt"))
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


# --------------------------------------------------------------------------- language
#
# py3langid (a naive Bayes classifier over byte n-grams, offline and deterministic) restricted
# to the languages of ``lang/id/identified_languages.txt``. telisik reads Indonesian news, so a
# page is Indonesian unless it clearly reads as another language: the classifier is confident,
# the text is prose (a lineup or a results table is names and numbers, which tell no language),
# and its first paragraph is not Indonesian (an Indonesian lede before English lyrics or a
# quoted statement). Malay is told from Indonesian by spelling, which the classifier cannot do.

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# the characters classified: enough for any page's language, bounded for a huge one
LANGUAGE_SAMPLE_CHARS = 20_000
# the classifier's probability (over the identified languages) a language other than Indonesian needs
FOREIGN_CONFIDENCE = 0.9
# lower-case words a text needs to be prose in some language rather than a list of names
MIN_PROSE_WORDS = 8
# the words of a first paragraph read as the lede
LEDE_WORDS = 60
MIN_MALAY_SPELLINGS = 2


LANGUAGE_MODEL_FORMAT = b"telisik language model 1"


@cache
def _language_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        ptc, pc, classes, nextmove, row, output = _language_model()
        # as ``LanguageIdentifier.from_model_file`` makes it of the model file's arrays
        identifier = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    except Exception:  # noqa: BLE001 - the cache is only a shortcut: the model file read as py3langid reads it
        log.debug("the language model's cache was not used", exc_info=True)
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted(word_list("id", "identified_languages.txt")))
    return identifier


def _language_model() -> tuple[Any, ...]:
    """py3langid's model (``modelio.load_model``: its two numpy tables, the classes, the two state tables and the
    outputs), from the cache beside the glue lexicon's (``glue_lexicon.cached_tables``).

    The model ships LZMA-compressed: decompressing it cost every process, every worker, some 0.4 CPU s; the cache
    holds it plain (68 MB), keyed by the model file's bytes and py3langid's reader, so a new model or reader
    rebuilds it. The arrays come back as the reader gives them (same types, dtypes, shapes and values)."""
    from array import array

    import numpy
    from py3langid import langid, modelio

    from telisik.pages.glue_lexicon import cached_tables, source_bytes

    path = langid.MODEL_DIR / langid.MODEL_FILE
    key = hashlib.sha256(LANGUAGE_MODEL_FORMAT + f"{sys.version_info[:2]}{marshal.version}{numpy.__version__}".encode())
    key.update(path.read_bytes())
    key.update(source_bytes(modelio.__file__) + source_bytes(langid.__file__))

    def build() -> tuple[Any, ...]:
        ptc, pc, classes, nextmove, row, output = modelio.load_model(path)
        tables = [(a.dtype.str, a.shape, a.tobytes()) for a in (numpy.ascontiguousarray(ptc), numpy.ascontiguousarray(pc))]
        states = [(a.typecode, a.tobytes()) for a in (nextmove, row)]
        return (*tables, list(classes), *states, list(output))

    ptc, pc, classes, nextmove, row, output = cached_tables("language_model", key.digest(), build)
    ptc_a, pc_a = (numpy.frombuffer(data, dtype=numpy.dtype(kind)).reshape(shape) for kind, shape, data in (ptc, pc))
    nextmove_a, row_a = array(nextmove[0]), array(row[0])
    nextmove_a.frombytes(nextmove[1])
    row_a.frombytes(row[1])
    return ptc_a, pc_a, classes, nextmove_a, row_a, output


def _classify(text: str) -> tuple[str, float]:
    lang, probability = _language_identifier().classify(text)
    return str(lang), float(probability)


@cache
def _spellings() -> tuple[frozenset[str], frozenset[str]]:
    """(Malaysian spellings, their Indonesian counterparts) of ``lang/id/malay_spellings.tsv``."""
    rows = table("id", "malay_spellings.tsv")
    return frozenset(row[0] for row in rows), frozenset(row[1] for row in rows)


def _malay_spelled(words: list[str]) -> bool:
    malay, indonesian = _spellings()
    lower = [w.lower() for w in words]
    malay_hits = sum(w in malay for w in lower)
    return malay_hits >= MIN_MALAY_SPELLINGS and malay_hits > sum(w in indonesian for w in lower)


def _is_indonesian(lang: str, words: list[str]) -> bool:
    """The classifier's choice ``lang`` for ``words`` is Indonesian, or Malay in Indonesian spelling."""
    return lang == "id" or (lang == "ms" and not _malay_spelled(words))


def _reads_indonesian(text: str) -> bool:
    return _is_indonesian(_classify(text)[0], _WORD.findall(text))


def _lede(text: str) -> str:
    """The first paragraph, or the first ``LEDE_WORDS`` words when it runs longer."""
    first = text.strip().split("\n\n", 1)[0]
    return " ".join(first.split()[:LEDE_WORDS])


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language of ``text``: 'id' unless it clearly reads as another; 'und' without words."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if len(words) < 2:
        return "und"
    lang, probability = _classify(sample)
    if _is_indonesian(lang, words):
        return "id"
    prose = sum(w[0].islower() for w in words) >= MIN_PROSE_WORDS
    if probability < FOREIGN_CONFIDENCE or not prose or _reads_indonesian(_lede(sample)):
        return "id"
    return lang
