"""Choose the clustering's knobs on the development set, and show how flat the choice is.

    python bench/story_tune.py [--labels eval/stories/jun2025-10/labels.tsv] [--analyze]

Clusters the labelled articles of the development day (10 June 2025) under a
grid of settings (join threshold, the weights of headline, body and names,
the window) and prints B-cubed per setting, best first. The test day
(18 June, ``eval/stories/jun2025``) is not read here: its figure is taken
once, with ``bench/story_eval.py``, after the defaults are fixed.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from story_eval import DEFAULT_CORPUS, REPO, SHARED_DATA, analysed_records, bcubed, load_articles, raw_record, read_labels  # noqa: E402
from telisik.stories.cluster import ClusterConfig, cluster_articles  # noqa: E402

DEV_LABELS = REPO / "eval" / "stories" / "jun2025-10" / "labels.tsv"
THRESHOLDS = (0.18, 0.22, 0.26, 0.30, 0.34)
WEIGHTS = ((0.0, 0.55, 0.45), (0.2, 0.5, 0.3), (0.35, 0.35, 0.30), (0.5, 0.3, 0.2))
WINDOWS = (7.0,)
MERGES = (None, 0.3, 0.35, 0.4, 0.5, 0.6)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, default=DEV_LABELS)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--analyze", action="store_true", help="cluster telisik's analysed articles (cleaned body, entities)")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args(argv)
    if not SHARED_DATA.is_dir() or not args.corpus.is_file():
        print(f"corpus not found ({args.corpus}); nothing to tune")
        return 0
    labels = read_labels(args.labels)
    rows = load_articles(args.corpus, set(labels))
    ordered = [rows[u] for u in labels if u in rows]
    records = analysed_records(ordered)[0] if args.analyze else [raw_record(r) for r in ordered]
    gold = {r["id"]: labels[r["url"]] for r in records}
    results = []
    for threshold, (wt, ww, wn), window, merge in itertools.product(THRESHOLDS, WEIGHTS, WINDOWS, MERGES):
        config = ClusterConfig(
            join_threshold=threshold, title_weight=wt, words_weight=ww, names_weight=wn, window_days=window, merge_threshold=merge
        )
        p, r, f = bcubed(gold, cluster_articles(records, config))
        results.append((f, p, r, threshold, (wt, ww, wn), window, merge))
    results.sort(key=lambda x: -x[0])
    default = ClusterConfig()
    p, r, f = bcubed(gold, cluster_articles(records, default))
    print(f"{len(records)} articles, {len(set(gold.values()))} gold stories ({'analysed' if args.analyze else 'raw'})")
    print(f"defaults: threshold {default.join_threshold}, weights {default.title_weight}/{default.words_weight}/"
          f"{default.names_weight}, window {default.window_days}, merge {default.merge_threshold}: P {p:.4f} R {r:.4f} F1 {f:.4f}")
    print("F1      P       R       threshold  title/body/names  window  merge")
    for f, p, r, threshold, weights, window, merge in results[: args.top]:
        print(f"{f:.4f}  {p:.4f}  {r:.4f}  {threshold:<9}  {'/'.join(map(str, weights)):<16}  {window:<6}  {merge}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
