"""Draw a story-clustering evaluation sample from the June 2025 news corpus.

    .venv/bin/python scripts/story_sample.py [CORPUS] [--day 2025-06-18] [--out /tmp/story_sample.txt] [--chars 400]

The rule never looks at titles or text, so unrelated articles (singletons)
occur at their natural rate. For a day it keeps the articles whose ``published``
(UTC+07:00) falls on that day, every one from the day's smaller outlets, and
from its big outlets those whose corpus ``id`` (the first 16 hex digits of
sha1(url)) read as a hexadecimal number is divisible by the day's modulus:

* 2025-06-18 (the default; eval/stories/jun2025, the TEST set): every article
  from kompas.com, tempo.co, republika.co.id and okezone.com; from detik.com and
  liputan6.com, ``int(id, 16) % 6 == 0``;
* 2025-06-10 (eval/stories/jun2025-10, the DEVELOPMENT set): every article from
  kompas.com, republika.co.id, kapanlagi.com, posmetromedan.com, posmetro.co and
  posmetro.co.id; from detik.com, liputan6.com, okezone.com, tribunnews.com and
  sindonews.com, ``int(id, 16) % 8 == 0``.

Another ``--day`` uses the 2025-06-18 outlet split; ``--modulus`` overrides the
day's modulus.

Writes a working list for a human reader (url, outlet, published, title and the
first ``--chars`` characters of text) OUTSIDE the repository: the text belongs to
the outlets and must not be committed. Prints the per-outlet counts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpus" / "indonews_jun2025.jsonl.gz"

DAY = "2025-06-18"
FULL_OUTLETS = ("kompas.com", "tempo.co", "republika.co.id", "okezone.com")
SUBSAMPLED_OUTLETS = ("detik.com", "liputan6.com")
MODULUS = 6


@dataclass(frozen=True)
class Rule:
    """Every article of ``full`` outlets; of ``subsampled`` ones, those with ``int(id, 16) % modulus == 0``."""

    full: tuple[str, ...]
    subsampled: tuple[str, ...]
    modulus: int


# one rule per labelled day; the labels under eval/stories/ were drawn with these
RULES: dict[str, Rule] = {
    # eval/stories/jun2025: the test set
    DAY: Rule(FULL_OUTLETS, SUBSAMPLED_OUTLETS, MODULUS),
    # eval/stories/jun2025-10: the development set
    "2025-06-10": Rule(
        ("kompas.com", "republika.co.id", "kapanlagi.com", "posmetromedan.com", "posmetro.co", "posmetro.co.id"),
        ("detik.com", "liputan6.com", "okezone.com", "tribunnews.com", "sindonews.com"),
        8,
    ),
}


def rule_for(day: str, modulus: int | None = None) -> Rule:
    """The day's rule (the 2025-06-18 outlet split for a day without one); ``modulus`` overrides its modulus."""
    rule = RULES.get(day, RULES[DAY])
    return rule if modulus is None else Rule(rule.full, rule.subsampled, modulus)


def read_corpus(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def in_sample(row: dict[str, Any], day: str = DAY, modulus: int | None = None) -> bool:
    """The sampling rule: day, outlet and a hash of the URL only (never the content)."""
    if not (row.get("published") or "").startswith(day):
        return False
    rule = rule_for(day, modulus)
    outlet = row.get("outlet")
    if outlet in rule.full:
        return True
    return outlet in rule.subsampled and int(row["id"], 16) % rule.modulus == 0


def draw(path: Path, day: str = DAY, modulus: int | None = None) -> list[dict[str, Any]]:
    """The sampled rows, ordered by publication time, then URL."""
    rows = [row for row in read_corpus(path) if in_sample(row, day, modulus)]
    return sorted(rows, key=lambda r: (r.get("published") or "", r["url"]))


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=Path("/tmp/story_sample.txt"), help="working list (keep it outside the repo)")
    ap.add_argument("--chars", type=int, default=400, help="characters of text per article in the working list")
    ap.add_argument("--day", default=DAY, help=f"the day to draw (rules for: {', '.join(sorted(RULES))})")
    ap.add_argument("--modulus", type=int, default=None, help="override the day's modulus for the big outlets")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}; nothing to draw", file=sys.stderr)
        return 0
    out = args.out.resolve()
    if out.is_relative_to(REPO):
        print(f"refusing to write article text inside the repository ({out})", file=sys.stderr)
        return 2
    rows = draw(args.corpus, args.day, args.modulus)
    with out.open("w", encoding="utf-8") as fh:
        for n, row in enumerate(rows, 1):
            fh.write(f"[{n}] {row['url']}\n")
            fh.write(f"    {row['outlet']} | {row.get('published')}\n")
            fh.write(f"    T: {one_line(row.get('title'))}\n")
            fh.write(f"    X: {one_line(row.get('text'))[: args.chars]}\n\n")
    counts = Counter(row["outlet"] for row in rows)
    for outlet, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{outlet}\t{n}")
    print(f"total\t{len(rows)}\t-> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
