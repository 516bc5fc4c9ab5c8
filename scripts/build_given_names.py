"""Build the given-name list (``src/telisik/lang/id/given_names.txt``) from the person names of the NER sets.

    python scripts/build_given_names.py [--shared ../shared] [--out src/telisik/lang/id/given_names.txt]

A word is a given name when the NER sets in ``--shared/data/ner`` open a person's name of two or more
words with it often (``--min-first`` times or more: "Michael" of "Michael Jordan", "Stan" of "Stan
Collymore") and it stands much less often in places' and organisations' names (at most a share
``--max-other`` of its person-first count, counted in the tagged corpora and the DBpedia place and
organisation lists): "Jordan", "Washington", "Liverpool" are not given names. Words news writes in lower
case (``word_frequencies.tsv``: lower-case count above the capitalised count) and words of two letters or
fewer are left out. The list says which word of a name a person's name starts at ("Liverpool Stan
Collymore": the club, then the player) and which one-word rest of a person span is no place's owner
("Michael Jordan" is a person, not "Michael" of Jordan). Counts only; no text is copied.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

# tagged corpora: (path under data/ner, column separator or None for whitespace, tag column, person tags, other tags)
_TAGGED = [
    ("nergrit/train.txt", "\t", 1, "PERSON", ("PLACE", "ORGANISATION")),
    ("nergrit/valid.txt", "\t", 1, "PERSON", ("PLACE", "ORGANISATION")),
    ("idner-news-2k/train.txt", None, 2, "PER", ("LOC", "ORG")),
    ("idner-news-2k/dev.txt", None, 2, "PER", ("LOC", "ORG")),
    ("nerui/train.01.tsv", "\t", 1, "PERSON", ("LOCATION", "ORGANIZATION")),
    ("nerui/dev.01.tsv", "\t", 1, "PERSON", ("LOCATION", "ORGANIZATION")),
    ("nerugm/train.01.tsv", "\t", 1, "PERSON", ("LOCATION", "ORGANIZATION")),
    ("nerugm/dev.01.tsv", "\t", 1, "PERSON", ("LOCATION", "ORGANIZATION")),
]
_LISTS = {"person": "mdee-gazetteer/person.txt", "place": "mdee-gazetteer/place.txt", "org": "mdee-gazetteer/organization.txt"}

HEADER = """# Given names: words that open a person's name of two or more words in the NER sets far more often than
# they stand in a place's or organisation's name. Written by scripts/build_given_names.py (counts only, no
# text copied) from shared/data/ner: NERGrit (train, valid; IndoNLU, Apache-2.0 / MIT), idner-news-2k
# (train, dev; MIT), NER UI (CC BY 4.0 per NusaCrowd), NER UGM (CC BY 4.0 per NusaCrowd) and the MDEE
# DBpedia person/place/organisation lists (Alfina, Savitri & Fanany 2017; free use with citation).
# Test splits are left out (NER UI and NER UGM: fold 1's train and dev). Lower case, one a line. Rebuild, don't edit.
"""


def _spans(path: Path, sep: str | None, col: int) -> Iterator[tuple[str, list[str]]]:
    """(type, words) of each tagged span of a BIO file."""
    kind, words = "", list[str]()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        cells = raw.split(sep) if sep else raw.split()
        tag = cells[col].strip() if len(cells) > col else "O"
        if tag.startswith("I-") and words and tag[2:] == kind:
            words.append(cells[0])
            continue
        if words:
            yield kind, words
        kind, words = (tag[2:], [cells[0]]) if tag.startswith(("B-", "I-")) else ("", [])
    if words:
        yield kind, words


def _lines(path: Path) -> Iterator[list[str]]:
    for raw in path.read_bytes().decode("cp1252", errors="replace").splitlines():
        words = raw.strip().split()
        if words:
            yield words


def _lower_words(freq_path: Path) -> set[str]:
    """Words news writes in lower case more often than capitalised (mid-sentence and initial)."""
    out: set[str] = set()
    for raw in freq_path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) >= 4 and int(cells[1]) > int(cells[2]) + int(cells[3]):
            out.add(cells[0])
    return out


def count(ner: Path) -> tuple[Counter[str], Counter[str]]:
    """How often each folded word opens a person's name of two or more words, and stands in any other name."""
    first: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for rel, sep, col, person, others in _TAGGED:
        for kind, words in _spans(ner / rel, sep, col):
            if kind == person and len(words) > 1 and words[0][:1].isupper():
                first[words[0].lower()] += 1
            elif kind in others:
                other.update(w.lower() for w in words)
    for words in _lines(ner / _LISTS["person"]):
        if len(words) > 1 and words[0][:1].isupper():
            first[words[0].lower()] += 1
    for key in ("place", "org"):
        for words in _lines(ner / _LISTS[key]):
            other.update(w.lower() for w in words)
    return first, other


def given_names(first: Counter[str], other: Counter[str], lower: set[str], min_first: int, max_other: float) -> list[str]:
    return sorted(
        w for w, n in first.items() if n >= min_first and other[w] <= max_other * n and len(w) > 2 and w.isalpha() and w not in lower
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("src/telisik/lang/id/given_names.txt"))
    ap.add_argument("--frequencies", type=Path, default=Path("src/telisik/lang/id/word_frequencies.tsv"))
    ap.add_argument("--min-first", type=int, default=3)
    ap.add_argument("--max-other", type=float, default=0.35)
    args = ap.parse_args()
    first, other = count(args.shared / "data" / "ner")
    lower = _lower_words(args.frequencies)
    names = given_names(first, other, lower, args.min_first, args.max_other)
    args.out.write_text(HEADER + "".join(w + "\n" for w in names), encoding="utf-8")
    print(f"{len(names)} given names -> {args.out}")


if __name__ == "__main__":
    main()
