"""Draw the story-clustering evaluation sample from the June 2025 news corpus.

    .venv/bin/python scripts/story_sample.py [CORPUS] [--out /tmp/story_sample.txt] [--chars 400]

The rule never looks at titles or text, so unrelated articles (singletons)
occur at their natural rate:

* day: articles whose ``published`` (UTC+07:00) falls on 2025-06-18;
* every such article from kompas.com, tempo.co, republika.co.id and okezone.com;
* from detik.com and liputan6.com, those whose corpus ``id`` (the first 16 hex
  digits of sha1(url)) read as a hexadecimal number is divisible by 6.

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
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpus" / "indonews_jun2025.jsonl.gz"

DAY = "2025-06-18"
FULL_OUTLETS = ("kompas.com", "tempo.co", "republika.co.id", "okezone.com")
SUBSAMPLED_OUTLETS = ("detik.com", "liputan6.com")
MODULUS = 6


def read_corpus(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def in_sample(row: dict[str, Any], day: str = DAY, modulus: int = MODULUS) -> bool:
    """The sampling rule: day, outlet and a hash of the URL only (never the content)."""
    if not (row.get("published") or "").startswith(day):
        return False
    outlet = row.get("outlet")
    if outlet in FULL_OUTLETS:
        return True
    return outlet in SUBSAMPLED_OUTLETS and int(row["id"], 16) % modulus == 0


def draw(path: Path, day: str = DAY, modulus: int = MODULUS) -> list[dict[str, Any]]:
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
    ap.add_argument("--day", default=DAY)
    ap.add_argument("--modulus", type=int, default=MODULUS)
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
