"""The repair stage on the corpus: repairs per article, by kind and outlet, and the broken lines left.

    python bench/repair.py [--corpus ../shared/data/corpus/indonews_jun2025.jsonl.gz]
                           [--limit N] [--outlet kompas] [--show-joins N] [--show-fragments]

For each outlet of the corpus, on the bodies telisik's pages stage makes of its
records (``prepare_article``, no NLP):

- repairs per article, by kind (``pages.repair``: mojibake, dateline, join,
  repeat, promo, split), and the share of articles with a dateline found;
- fragments: body paragraphs of one to four words that end with no sentence
  punctuation, made twice, with the repair stage's join pass and without it
  (``without`` is what the scrape's lines give). A fragment left is a
  sentence still broken at an inline link ("Timnas Indonesia" / "menelan ...")
  or a heading, a tag, a caption: the figure is an upper bound on broken
  sentences, to be read with ``--show-fragments``.

``--show-joins N`` prints N joins drawn evenly over the records read (the lines
joined, marked ``⏎`` where the break was), to read them for false joins.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus_records import article, records
from telisik.pages import repair as repair_module
from telisik.records import Article, Repair

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
KINDS = ("mojibake", "dateline", "join", "repeat", "promo", "split")
# A paragraph this short, with no sentence end, is a fragment: a sentence broken off, or a heading.
MAX_FRAGMENT_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")


@dataclass
class OutletCount:
    articles: int = 0
    rejected: int = 0
    datelines: int = 0
    repairs: Counter[str] = field(default_factory=Counter)
    fragments: int = 0
    fragments_without_join: int = 0


def fragments(body: str) -> list[str]:
    """The body's paragraphs of at most MAX_FRAGMENT_WORDS words that end no sentence."""
    paragraphs = [p.strip() for p in body.split("\n\n")]
    return [p for p in paragraphs if p and len(p.split()) <= MAX_FRAGMENT_WORDS and not _SENTENCE_END.search(p)]


def article_without_joins(rec: dict[str, Any]) -> Article | None:
    """The article made with the join pass turned off: the scrape's own lines."""
    passes = repair_module.PASSES
    repair_module.PASSES = tuple(p for p in passes if p[0] != "join")
    try:
        return article(rec)
    finally:
        repair_module.PASSES = passes


def join_text(original: str, replacement: str) -> str:
    return original.replace("\n", "⏎") + "  →  " + repr(replacement)


def count(args: argparse.Namespace) -> tuple[dict[str, OutletCount], list[tuple[str, str, Repair, str]]]:
    counts: dict[str, OutletCount] = defaultdict(OutletCount)
    joins: list[tuple[str, str, Repair, str]] = []
    for rec in records(args.corpus, args.limit, args.outlet):
        c = counts[str(rec.get("outlet") or "?")]
        c.articles += 1
        made = article(rec)
        if made is None:
            c.rejected += 1
            continue
        c.datelines += made.dateline is not None
        c.repairs.update(r.kind for r in made.repairs)
        left = fragments(made.body)
        c.fragments += len(left)
        plain = article_without_joins(rec)
        c.fragments_without_join += len(fragments(plain.body)) if plain else 0
        if args.show_fragments:
            for frag in left:
                print(f"FRAGMENT\t{rec.get('id')}\t{rec.get('outlet')}\t{frag}")
        joins += [(str(rec.get("id")), str(rec.get("outlet")), r, made.body) for r in made.repairs if r.kind == "join"]
    return counts, joins


def print_table(counts: dict[str, OutletCount]) -> None:
    head = " ".join(f"{k:>8}" for k in KINDS)
    print(f"{'outlet':<18} {'articles':>8} {'dateline':>8} {head} {'frag w/o join':>13} {'frag after':>10}")
    total = OutletCount()
    rows = [*sorted(counts, key=lambda n: -counts[n].articles), "all"]
    for name in rows:
        c = total if name == "all" else counts[name]
        if name != "all":
            total.articles += c.articles
            total.rejected += c.rejected
            total.datelines += c.datelines
            total.repairs.update(c.repairs)
            total.fragments += c.fragments
            total.fragments_without_join += c.fragments_without_join
        made = max(c.articles - c.rejected, 1)
        per = " ".join(f"{c.repairs[k] / made:>8.2f}" for k in KINDS)
        print(f"{name:<18} {c.articles:>8} {c.datelines / made:>8.1%} {per} {c.fragments_without_join:>13} {c.fragments:>10}")
    print("(repairs: per article made; fragments: body paragraphs of 1-4 words with no sentence end)")


def show_joins(joins: list[tuple[str, str, Repair, str]], n: int) -> None:
    if not joins or n <= 0:
        return
    step = max(len(joins) // n, 1)
    print(f"\n{min(n, len(joins))} of {len(joins)} joins:")
    for ident, outlet, rep, _ in joins[::step][:n]:
        print(f"{ident}\t{outlet}\t{join_text(rep.original, rep.replacement)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="at most this many records per outlet")
    ap.add_argument("--outlet", default=None, help="only outlets whose name holds this")
    ap.add_argument("--show-joins", type=int, default=0, metavar="N", help="print N joins to read")
    ap.add_argument("--show-fragments", action="store_true", help="print the fragments left in bodies")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    counts, joins = count(args)
    print_table(counts)
    show_joins(joins, args.show_joins)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
