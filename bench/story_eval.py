"""Story clustering against the hand-labelled June 2025 set: per-item B-cubed.

    python bench/story_eval.py [--labels eval/stories/jun2025/labels.tsv]
                               [--corpus ../shared/data/corpus/indonews_jun2025.jsonl.gz]
                               [--analyze] [--baseline] [--json] [--errors N]

Two label sets exist: eval/stories/jun2025 (18 June 2025, the default) is the
TEST set; eval/stories/jun2025-10 (10 June 2025) is the DEVELOPMENT set, on which
the clustering's knobs are chosen:

    python bench/story_eval.py --labels eval/stories/jun2025-10/labels.tsv --baseline

Reads the gold labels (``url<TAB>story``, see eval/stories/*/README.md),
loads the labelled articles from the corpus file by URL, clusters them with
``telisik.stories.describe.cluster_articles`` and prints B-cubed precision, recall and
F1 (per item, as ``bcubed`` in shared/eval/score.py) with the counts.

Without ``--analyze`` the clusterer gets the corpus title and raw text as
``body`` and no entities. With ``--analyze`` every article first goes through
``telisik.engine.local.Analyzer`` and the clusterer gets the cleaned body, the
resolved publication date and the entities. ``--baseline`` also scores the
trivial clustering (every article its own story), the floor to beat.
``--errors N`` lists the N predicted stories that cost the most precision
(joins of articles the labels keep apart) and the N gold stories that cost the
most recall (splits), each with its articles' outlets and titles, read from the
corpus at run time.

Exit status: 0 after scoring, or when ../shared/data is absent (nothing to
score); 1 when a labelled URL is missing from the corpus; 2 when
``telisik.stories.describe`` cannot be imported.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_LABELS = REPO / "eval" / "stories" / "jun2025" / "labels.tsv"
SHARED_DATA = REPO.parent / "shared" / "data"
DEFAULT_CORPUS = SHARED_DATA / "corpus" / "indonews_jun2025.jsonl.gz"

Record = dict[str, Any]
Clusterer = Callable[[list[Record]], Mapping[str, str]]


def read_labels(path: Path) -> dict[str, str]:
    """URL -> gold story label, in file order."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != ["url", "story"]:
            raise ValueError(f"{path}: header must be 'url<TAB>story', got {header!r}")
        labels: dict[str, str] = {}
        for n, row in enumerate(reader, 2):
            if len(row) != 2 or not all(row):
                raise ValueError(f"{path}:{n}: expected two non-empty columns")
            if row[0] in labels:
                raise ValueError(f"{path}:{n}: duplicate URL {row[0]}")
            labels[row[0]] = row[1]
    return labels


def load_articles(corpus: Path, urls: set[str]) -> dict[str, dict[str, Any]]:
    """URL -> corpus row, for the wanted URLs."""
    found: dict[str, dict[str, Any]] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("url") in urls and row["url"] not in found:
                found[row["url"]] = row
    return found


def raw_record(row: Mapping[str, Any]) -> Record:
    """The corpus title and text as scraped; no entities."""
    return {
        "id": row["id"],
        "url": row["url"],
        "outlet": row.get("outlet"),
        "title": row.get("title") or "",
        "published": row.get("published"),
        "body": row.get("text") or "",
    }


def analysed_records(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Record], int]:
    """Records from telisik's analysis; a rejected article falls back to its raw record."""
    from telisik.engine.local import Analyzer
    from telisik.records import Article, RawDocument
    from telisik.stories.describe import cluster_record

    analyzer = Analyzer()
    records: list[Record] = []
    rejected = 0
    for row in rows:
        given = {k: row[k] for k in ("id", "url", "title", "outlet", "published", "author") if row.get(k)}
        result = analyzer.process(RawDocument(source=row["url"], kind="text", content=row.get("text") or "", given=given))
        if not isinstance(result, Article):
            rejected += 1
            records.append(raw_record(row))
            continue
        # what the clustering reads of an analysed article (entities as records, the day), as the engine gives it
        record = cluster_record(result)
        record.update(id=row["id"], url=row["url"], outlet=result.outlet or row.get("outlet"), title=result.title or row.get("title") or "")
        records.append(record)
    return records, rejected


def bcubed(gold_of: Mapping[str, str], pred_of: Mapping[str, str]) -> tuple[float, float, float]:
    """Per-item B-cubed precision, recall, F1 (shared/eval/score.py's ``bcubed``, in linear time)."""
    items = list(gold_of)
    if not items:
        return 0.0, 0.0, 0.0
    pred_size = Counter(pred_of[d] for d in items)
    gold_size = Counter(gold_of[d] for d in items)
    both = Counter((pred_of[d], gold_of[d]) for d in items)
    p = sum(both[pred_of[d], gold_of[d]] / pred_size[pred_of[d]] for d in items) / len(items)
    r = sum(both[pred_of[d], gold_of[d]] / gold_size[gold_of[d]] for d in items) / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cluster_counts(label_of: Mapping[str, str]) -> dict[str, int]:
    sizes = Counter(label_of.values())
    return {
        "clusters": len(sizes),
        "multi": sum(1 for n in sizes.values() if n > 1),
        "singletons": sum(1 for n in sizes.values() if n == 1),
        "largest": max(sizes.values(), default=0),
    }


def score(name: str, gold_of: Mapping[str, str], assignments: Mapping[str, str], seconds: float | None = None) -> dict[str, Any]:
    # an article the clusterer leaves out is a story of its own
    pred_of = {d: str(assignments[d]) if d in assignments else f"__alone__{d}" for d in gold_of}
    p, r, f = bcubed(gold_of, pred_of)
    figures: dict[str, Any] = {"system": name, "bcubed_p": p, "bcubed_r": r, "bcubed_f1": f}
    figures.update({f"pred_{k}": v for k, v in cluster_counts(pred_of).items()})
    figures["unassigned"] = sum(1 for d in gold_of if d not in assignments)
    if seconds is not None:
        figures["seconds"] = seconds
    return figures


Losses = list[tuple[float, str]]


def worst_errors(gold_of: Mapping[str, str], pred_of: Mapping[str, str], limit: int) -> tuple[Losses, Losses]:
    """The predicted stories that cost the most B-cubed precision and the gold stories that cost the most recall:
    (share of the items' score lost, story), worst first, ``limit`` of each."""
    pred_size = Counter(pred_of[d] for d in gold_of)
    gold_size = Counter(gold_of.values())
    both = Counter((pred_of[d], gold_of[d]) for d in gold_of)
    joins: defaultdict[str, float] = defaultdict(float)
    splits: defaultdict[str, float] = defaultdict(float)
    for d, gold in gold_of.items():
        pred = pred_of[d]
        joins[pred] += (1 - both[pred, gold] / pred_size[pred]) / len(gold_of)
        splits[gold] += (1 - both[pred, gold] / gold_size[gold]) / len(gold_of)
    worst = lambda lost: sorted(((loss, story) for story, loss in lost.items() if loss > 0), reverse=True)[:limit]  # noqa: E731
    return worst(joins), worst(splits)


def print_errors(gold_of: Mapping[str, str], pred_of: Mapping[str, str], rows: Mapping[str, Mapping[str, Any]], limit: int) -> None:
    """The worst joins and splits, with each article's gold label (for joins) or predicted story (for splits), outlet and title."""
    joins, splits = worst_errors(gold_of, pred_of, limit)
    line = lambda d, key: f"    {key[:28]:28} {str(rows[d].get('outlet') or '')[:12]:12} {str(rows[d].get('title') or '')[:90]}"  # noqa: E731
    print("worst joins (B-cubed precision lost; articles by gold label):")
    for loss, story in joins:
        print(f"  {loss:.4f} {story}")
        for d in sorted((d for d in gold_of if pred_of[d] == story), key=gold_of.__getitem__):
            print(line(d, gold_of[d]))
    print("worst splits (B-cubed recall lost; articles by predicted story):")
    for loss, story in splits:
        print(f"  {loss:.4f} {story}")
        for d in sorted((d for d in gold_of if gold_of[d] == story), key=pred_of.__getitem__):
            print(line(d, pred_of[d]))


def print_figures(figures: dict[str, Any]) -> None:
    name = figures["system"]
    print(f"{name}.bcubed_p {figures['bcubed_p']:.4f}")
    print(f"{name}.bcubed_r {figures['bcubed_r']:.4f}")
    print(f"{name}.bcubed_f1 {figures['bcubed_f1']:.4f}")
    for key in ("pred_clusters", "pred_multi", "pred_singletons", "pred_largest", "unassigned"):
        print(f"{name}.{key} {figures[key]}")
    if "seconds" in figures:
        print(f"{name}.seconds {figures['seconds']:.2f}")


def import_clusterer() -> Clusterer | None:
    try:
        from telisik.stories.describe import cluster_articles
    except ImportError as err:
        print(f"telisik.stories.describe.cluster_articles is not available ({err}); nothing to score", file=sys.stderr)
        return None
    return cluster_articles


def assignments_of_run(analysis: Path, id_of_url: Mapping[str, str]) -> dict[str, str]:
    """Labelled article id -> story id, from the stories of a run over more articles than the sample
    (the labelled articles are found by URL; the run's other articles only shape its stories)."""
    document = json.loads(analysis.read_text(encoding="utf-8"))
    story_of = {a: s["id"] for s in document.get("stories", []) for a in s.get("articles", [])}
    assignments: dict[str, str] = {}
    for article in document.get("articles", []):
        labelled = id_of_url.get(str(article.get("url") or ""))
        if labelled is not None:
            assignments[labelled] = story_of.get(article["id"], article["id"])
    return assignments


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--analyze", action="store_true", help="run telisik's Analyzer first (cleaned bodies, entities)")
    ap.add_argument("--baseline", action="store_true", help="also score every-article-its-own-story")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of lines")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list the N worst joins and N worst splits of the last clustering")
    ap.add_argument(
        "--analysis",
        type=Path,
        help="score the stories of this analysis.json (a run over the whole day) instead of clustering the sample alone",
    )
    args = ap.parse_args(argv)

    if not args.corpus.exists():
        where = "../shared/data is absent" if not SHARED_DATA.is_dir() else f"no corpus at {args.corpus}"
        print(f"{where}; skipping the story evaluation", file=sys.stderr)
        return 0
    gold_by_url = read_labels(args.labels)
    found = load_articles(args.corpus, set(gold_by_url))
    missing = [u for u in gold_by_url if u not in found]
    if missing:
        print(f"{len(missing)} labelled URLs are not in {args.corpus}, e.g. {missing[0]}", file=sys.stderr)
        return 1
    rows = [found[u] for u in gold_by_url]
    gold_of = {found[u]["id"]: story for u, story in gold_by_url.items()}

    counts: dict[str, Any] = {"articles": len(rows), "outlets": len({r["outlet"] for r in rows})}
    counts.update({f"gold_{k}": v for k, v in cluster_counts(gold_of).items()})
    results: list[dict[str, Any]] = []
    last: Mapping[str, str] | None = None  # the assignments whose errors --errors lists
    if args.baseline:
        results.append(score("baseline_singletons", gold_of, {d: d for d in gold_of}))

    if args.analysis is not None:
        assignments: Mapping[str, str] = assignments_of_run(args.analysis, {found[u]["url"]: found[u]["id"] for u in gold_by_url})
        lost = [i for i in gold_of if i not in assignments]
        if lost:
            print(f"{len(lost)} labelled articles are not in {args.analysis}, e.g. {lost[0]}", file=sys.stderr)
            return 1
        results.append(score("telisik_whole_run", gold_of, assignments))
        cluster_articles = None
        last = assignments
    else:
        cluster_articles = import_clusterer()
    if cluster_articles is not None:
        if args.analyze:
            started = time.perf_counter()
            records, rejected = analysed_records(rows)
            counts["analyze_seconds"] = time.perf_counter() - started
            counts["analyze_rejected"] = rejected
        else:
            records = [raw_record(r) for r in rows]
        started = time.perf_counter()
        assignments = cluster_articles(records)
        name = "telisik_analyzed" if args.analyze else "telisik_raw"
        results.append(score(name, gold_of, assignments, time.perf_counter() - started))
        last = assignments

    if args.json:
        print(json.dumps({"counts": counts, "results": results}, indent=2))
    else:
        for key, value in counts.items():
            print(f"{key} {value:.2f}" if isinstance(value, float) else f"{key} {value}")
        for figures in results:
            print_figures(figures)
    if args.errors and last is not None:
        pred_of = {d: str(last[d]) if d in last else f"__alone__{d}" for d in gold_of}
        print_errors(gold_of, pred_of, {found[u]["id"]: found[u] for u in gold_by_url}, args.errors)
    return 0 if cluster_articles is not None or args.analysis is not None else 2


if __name__ == "__main__":
    raise SystemExit(main())
