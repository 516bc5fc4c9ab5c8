"""Single-article summaries: ROUGE of telisik's summary and of LEAD-3 against IndoSum's gold summaries.

    python bench/summary.py [--shared ../shared] [--split all|tune|held-out] [--limit N] [--size 3] [--worst 0]

Reads IndoSum's dev folds (``data/corpus/indosum_dev_union.jsonl.gz``: one
article, its gold abstractive summary). Each text goes through what a run does
to it before the story stage: telisik's sentence splitter (``telisik_sentences``
on ``spacy.blank("id")``) and the cleaner's dateline detector on its first
paragraph. Then, on the same texts and the same sentences:

* telisik: ``summarise([article], df, size=3)``, the call ``describe.py`` makes for
  a one-article story; ``df`` holds the background table plus every bench text,
  as a run's would;
* LEAD-3: the article's first three sentences (the first without its dateline,
  as telisik's are).

ROUGE is Google's ``rouge-score`` package (``pip install -e .[bench]``): F1 of
ROUGE-1, ROUGE-2 and ROUGE-L (longest common subsequence over the whole summary),
averaged over texts. Its tokeniser lower-cases and keeps runs of ``[a-z0-9]``,
which suits Indonesian; no stemmer (Porter's is English). Both summaries are
three sentences at most; their mean length in words is printed next to the scores,
so that a win is not bought with longer summaries.

``--split``: ``tune`` is the nine tenths of IndoSum the background document
frequencies' sibling build uses (``scripts/build_word_frequencies.py``'s
``indosum_held_out`` false), ``held-out`` the other tenth; tune knobs on the
first and quote the second too.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import statistics
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = "data/corpus/indosum_dev_union.jsonl.gz"
MEASURES = ("rouge1", "rouge2", "rougeL")


def held_out(article_id: str) -> bool:
    """One IndoSum article in ten, by a hash of its id (the rule of ``scripts/build_word_frequencies.py``)."""
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 10 == 0


def read_rows(path: Path, split: str, limit: int | None) -> Iterator[dict[str, Any]]:
    n = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if not row.get("text") or not row.get("summary"):
                continue
            if split != "all" and held_out(str(row["id"])) != (split == "held-out"):
                continue
            yield row
            n += 1
            if limit is not None and n >= limit:
                return


def as_articles(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows as a run's analysed articles: body, sentence offsets, dateline."""
    import spacy

    import telisik.nlp.sentences  # noqa: F401 - registers the telisik_sentences factory
    from telisik.pages.dateline import dateline_of

    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_sentences")
    out = []
    for row, doc in zip(rows, nlp.pipe(str(r["text"]) for r in rows), strict=True):
        body = str(row["text"])
        out.append(
            {
                "id": str(row["id"]),
                "title": None,
                "outlet": row.get("outlet"),
                "body": body,
                "dateline": dateline_of(body.split("\n\n", 1)[0]) or "",
                "sentences": [[s.start_char, s.end_char] for s in doc.sents if s.text.strip()],
            }
        )
    return out


@dataclass
class Scores:
    """Per system: the F1 of each measure per text, and the summary's length in words."""

    name: str
    f1: dict[str, list[float]]
    words: list[int]

    def line(self) -> str:
        means = "  ".join(f"{m} {statistics.fmean(self.f1[m]):.3f}" for m in MEASURES)
        return f"{self.name:<8} {means}  words {statistics.fmean(self.words):.1f}"


def score_all(articles: list[dict[str, Any]], golds: list[str], size: int, worst: int) -> list[Scores]:
    from rouge_score import rouge_scorer  # type: ignore[import-untyped]

    from telisik.stories.article import StoryArticle
    from telisik.stories.similarity import DocumentFrequencies, words
    from telisik.stories.summary import sentences, summarise

    df = DocumentFrequencies()
    for a in articles:
        df.add(words(a["body"]))
    scorer = rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=False)
    systems = {name: Scores(name, {m: [] for m in MEASURES}, []) for name in ("telisik", "LEAD-3")}
    gaps = []
    for article, gold in zip(articles, golds, strict=True):
        picked = " ".join(s.text for s in summarise([article], df, size=size))
        lead = " ".join(text for _, text in sentences(StoryArticle.of(article))[:size])
        for name, text in (("telisik", picked), ("LEAD-3", lead)):
            result = scorer.score(gold, text)
            for m in MEASURES:
                systems[name].f1[m].append(result[m].fmeasure)
            systems[name].words.append(len(text.split()))
        gaps.append((systems["LEAD-3"].f1["rouge2"][-1] - systems["telisik"].f1["rouge2"][-1], article["id"], picked, lead))
    for gap, aid, picked, lead in sorted(gaps, reverse=True)[:worst]:
        print(f"\n-- {aid}: LEAD-3 ROUGE-2 higher by {gap:.3f}\n   telisik: {picked}\n   LEAD-3:  {lead}")
    return list(systems.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--split", choices=("all", "tune", "held-out"), default="all")
    ap.add_argument("--limit", type=int, default=None, help="the first N texts of the split")
    ap.add_argument("--size", type=int, default=3, help="sentences per summary (describe.py's one-article size)")
    ap.add_argument("--worst", type=int, default=0, help="list the N texts where LEAD-3 beats telisik most")
    args = ap.parse_args(argv)
    path = args.shared / CORPUS
    if not path.is_file():
        print(f"corpus not found: {path}", file=sys.stderr)
        return 2
    try:
        import rouge_score  # noqa: F401
    except ImportError:
        print("rouge-score is not installed: pip install -e .[bench]", file=sys.stderr)
        return 2
    rows = list(read_rows(path, args.split, args.limit))
    systems = score_all(as_articles(rows), [str(r["summary"]) for r in rows], args.size, args.worst)
    print(f"\nIndoSum {args.split}: {len(rows)} texts, {args.size} sentences, ROUGE F1 (rouge-score, no stemmer)")
    for s in systems:
        print(s.line())
    telisik, lead = systems
    wins = sum(t > ld for t, ld in zip(telisik.f1["rouge2"], lead.f1["rouge2"], strict=True))
    ties = sum(t == ld for t, ld in zip(telisik.f1["rouge2"], lead.f1["rouge2"], strict=True))
    print(f"ROUGE-2 per text: telisik higher on {wins}, equal on {ties}, LEAD-3 higher on {len(rows) - wins - ties}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
