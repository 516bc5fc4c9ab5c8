"""Glued words: how well telisik.pages.glue finds where the scrape glued words together.

    python bench/glue.py [--shared ../shared] [--labels eval/glue/dev.tsv eval/glue/test.tsv]
    python bench/glue.py --draw [--seed 15]     # draws an unlabelled sample (see eval/glue/README.md)
    python bench/glue.py --draw --days /tmp/days/1115.jsonl ...   # ... from day files nobody tuned on

Prints:

1. Precision and recall of the split points on each labelled sample: ``eval/glue/dev.tsv`` (tuned
   on: its false and missed splits are listed) and ``eval/glue/test.tsv`` (never tuned on: its
   errors are listed only with ``--list-test-errors``; quote its figures); ``--labels`` adds the later
   samples of other days (``eval/glue/fresh.tsv``, ``fresh2.tsv``, ``fresh4.tsv``, ``fresh5.tsv``, ``fresh6.tsv``:
   development samples since);
   ``--halves`` scores ``eval/glue/fresh3.tsv`` (9 June 2025) and ``eval/glue/fresh7.tsv`` (every day file) in two
   halves: their odd rows held out (errors listed only with ``--list-test-errors``), their even rows development halves.
2. False splits on clean text: IndoSum articles held out of the frequency build, as splits per
   1,000 tokens and the share of articles with any split.
3. Per outlet, on the whole June 2025 corpus: glued tokens in the raw text before and after the
   split, counted by an independent detector (a small letter then a capital inside a token, not a
   known camel-case name, not a URL, handle or hashtag), and the splits the segmenter makes.
4. Speed: tokens per second over the June 2025 corpus.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from telisik.pages.glue import glue_splitter, known_camel_names

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval/glue/dev.tsv"  # tuned on
TEST = ROOT / "eval/glue/test.tsv"  # drawn later, never tuned on: the figures quoted
FRESH = ROOT / "eval/glue/fresh.tsv"  # other days and years (round 3), tuned on since
FRESH2 = ROOT / "eval/glue/fresh2.tsv"  # 8 May - 15 June 2025 (round 5), tuned on since
FRESH3 = ROOT / "eval/glue/fresh3.tsv"  # 9 June 2025 (round 6): odd rows held out, even rows tuned on
FRESH4 = ROOT / "eval/glue/fresh4.tsv"  # 19-20 June 2025 (round 7): labelled before the segmenter ran, tuned on since
FRESH5 = ROOT / "eval/glue/fresh5.tsv"  # Jan - 10 June 2025, 2007-2016 (round 8): labelled before the segmenter ran, tuned on since
FRESH6 = ROOT / "eval/glue/fresh6.tsv"  # 7-8 June 2025, 2017-2024, undated (round 9): labelled before the segmenter ran, tuned on since
FRESH7 = ROOT / "eval/glue/fresh7.tsv"  # every day file (round 10): odd rows held out, even rows tuned on
SKIPPED = re.compile(r"://|www\.|@|^#|\.(?:com|co\.id|id|net|org)\b", re.IGNORECASE)
LETTER_RUN = re.compile(r"[^\W\d_]+")
INNER_CAPITAL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]{2}")


def _build_script():  # type: ignore[no-untyped-def]
    """scripts/build_word_frequencies.py, for the held-out rules it defines."""
    spec = importlib.util.spec_from_file_location("build_word_frequencies", ROOT / "scripts/build_word_frequencies.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> Iterator[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


# --- drawing the sample ------------------------------------------------------------------------


def indosum_vocabulary(shared: Path) -> set[str]:
    vocab: set[str] = set()
    for row in read_jsonl(shared / "data/corpus/indosum_dev_union.jsonl.gz"):
        vocab.update(m.group().lower() for m in LETTER_RUN.finditer(str(row["text"])))
    return vocab


def held_out_june(shared: Path) -> Iterator[dict[str, object]]:
    """The June 2025 articles the frequency table never counts (the first two samples' source)."""
    held_out = _build_script().june_held_out
    return (row for row in read_jsonl(shared / "data/corpus/indonews_jun2025.jsonl.gz") if held_out(str(row["id"])))


def day_records(paths: list[Path]) -> Iterator[dict[str, object]]:
    """Records of day files (one JSON record a line), the later samples' source: days and outlets
    nobody tuned on."""
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            yield from (json.loads(line) for line in handle if line.strip())


def draw(shared: Path, rows: Iterator[dict[str, object]], seed: int, inner: int, unknown: int, exclude: set[str]) -> None:
    """Tokens of articles nobody tuned on, in two strata drawn by rules that know nothing of
    the segmenter: (A) a capital after a small letter inside the token, (B) a letter run of eight
    or more letters, not all capitals, that IndoSum never has. Occurrences are shuffled and the
    first occurrence of each token form kept, so frequent forms are likelier to be drawn. Forms in
    ``exclude`` (an earlier sample) are never drawn again."""
    vocab = indosum_vocabulary(shared)
    strata: dict[str, list[tuple[str, str, str]]] = {"A": [], "B": []}
    for row in rows:
        for token in str(row["text"] or "").split():
            if SKIPPED.search(token):
                continue
            runs = [m.group() for m in LETTER_RUN.finditer(token)]
            if any(re.search(r"[a-z][A-Z]|[A-Z][A-Z][a-z]", run) for run in runs):
                strata["A"].append((token, str(row["outlet"]), str(row["id"])))
            elif any(len(run) >= 8 and not run.isupper() and run.lower() not in vocab for run in runs):
                strata["B"].append((token, str(row["outlet"]), str(row["id"])))
    rng = random.Random(seed)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for name, want in (("A", inner), ("B", unknown)):
        rng.shuffle(strata[name])
        seen: set[str] = set()
        for token, outlet, record in strata[name]:
            if token not in seen and token not in exclude and len(seen) < want:
                seen.add(token)
                writer.writerow([name, outlet, record, token])


# --- scoring -----------------------------------------------------------------------------------


def read_labels(path: Path) -> list[tuple[str, str, set[int]]]:
    """(stratum, token, gold split offsets) from the labelled TSV; ``labelled`` marks splits with ``|``."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"):
            token, labelled = row["token"], row["split"]
            offsets, position = set(), 0
            for char in labelled:
                if char == "|":
                    offsets.add(position)
                else:
                    position += 1
            if labelled.replace("|", "") != token:
                raise ValueError(f"label does not spell its token: {labelled!r} vs {token!r}")
            rows.append((row["stratum"], token, offsets))
    return rows


def score_labels(path: Path, list_errors: bool = True, half: str = "") -> None:
    """Scores a labelled sample; ``half`` "odd" or "even" scores only the odd or even data rows
    (counted from 1), the held-out and the development half of a sample split in two."""
    splitter = glue_splitter()
    tp = fp = fn = 0
    glued = kept = kept_split = glued_whole = 0
    errors: list[str] = []
    rows = read_labels(path)
    if half:
        rows = rows[0::2] if half == "odd" else rows[1::2]
    for _stratum, token, gold in rows:
        predicted = set(splitter.splits(token))
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
        if gold:
            glued += 1
            glued_whole += predicted == gold
        else:
            kept += 1
            kept_split += bool(predicted)
        if predicted != gold:
            errors.append(f"  {_marked(token, gold)!r:45} got {_marked(token, predicted)!r}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"1. labelled sample {name}{f' ({half} rows)' if half else ''}")
    print(f"   glued tokens {glued} (split exactly right {glued_whole}), tokens to keep whole {kept} (split wrongly {kept_split})")
    print(f"   split points: gold {tp + fn}, predicted {tp + fp}, correct {tp}")
    print(f"   precision {precision:.3f}  recall {recall:.3f}")
    print(f"   errors ({len(errors)}){':' if list_errors else ' (not listed: held out, never tuned on; --list-test-errors)'}")
    if list_errors:
        print("\n".join(errors))


def _marked(token: str, offsets: set[int]) -> str:
    return "".join(("|" if i in offsets else "") + ch for i, ch in enumerate(token))


def clean_text_rate(shared: Path) -> None:
    held_out = _build_script().indosum_held_out
    splitter = glue_splitter()
    tokens = splits = articles = split_articles = 0
    examples: Counter[str] = Counter()
    for row in read_jsonl(shared / "data/corpus/indosum_dev_union.jsonl.gz"):
        if not held_out(str(row["id"])):
            continue
        text = str(row["text"])
        offsets = splitter.splits(text)
        tokens += len(text.split())
        splits += len(offsets)
        articles += 1
        split_articles += bool(offsets)
        for offset in offsets:
            before = re.search(r"\S*$", text[:offset])
            after = re.match(r"\S*", text[offset:])
            examples[(before.group() if before else "") + "|" + (after.group() if after else "")] += 1
    print(f"\n2. clean text: {articles} held-out IndoSum articles, {tokens} tokens")
    rate, share = 1000 * splits / max(tokens, 1), split_articles / max(articles, 1)
    print(f"   splits {splits} = {rate:.3f} per 1,000 tokens; articles with any split {split_articles} ({share:.1%})")
    print("   " + ", ".join(f"{k} ({n})" for k, n in examples.most_common(40)))


def glued_count(text: str, names: frozenset[str]) -> int:
    """The independent detector: tokens with a small letter then a capital inside a letter run
    (or two capitals then two small letters: "ASDonald"), less known camel-case names and
    URLs, handles and hashtags."""
    count = 0
    for token in text.split():
        if SKIPPED.search(token):
            continue
        runs = [m.group() for m in LETTER_RUN.finditer(token)]
        count += any(INNER_CAPITAL.search(run) and run not in names for run in runs)
    return count


def per_outlet(shared: Path) -> None:
    splitter = glue_splitter()
    names = known_camel_names()
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    found: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    with_glue: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    total_tokens = 0
    elapsed = 0.0
    for row in read_jsonl(shared / "data/corpus/indonews_jun2025.jsonl.gz"):
        outlet, text = str(row["outlet"]), str(row["text"] or "")
        started = time.perf_counter()
        offsets = splitter.splits(text)
        elapsed += time.perf_counter() - started
        total_tokens += len(text.split())
        repaired = splitter.split(text)
        b, a = glued_count(text, names), glued_count(repaired, names)
        before[outlet] += b
        after[outlet] += a
        found[outlet] += len(offsets)
        articles[outlet] += 1
        with_glue[outlet][0] += b > 0
        with_glue[outlet][1] += a > 0
    print("\n3. June 2025 corpus, per outlet: tokens with a capital inside (detector), before and after the split")
    print(f"   {'outlet':18} {'articles':>8} {'glued before':>12} {'after':>6} {'articles with glue':>18} {'after':>6} {'splits':>7}")
    for outlet, n in articles.most_common():
        glued_articles = with_glue[outlet]
        print(f"   {outlet:18} {n:8} {before[outlet]:12} {after[outlet]:6} {glued_articles[0]:18} {glued_articles[1]:6} {found[outlet]:7}")
    print(f"   {'all':18} {sum(articles.values()):8} {sum(before.values()):12} {sum(after.values()):6}"
          f" {sum(v[0] for v in with_glue.values()):18} {sum(v[1] for v in with_glue.values()):6} {sum(found.values()):7}")
    print(f"\n4. speed: {total_tokens} tokens in {elapsed:.2f} s = {total_tokens / max(elapsed, 1e-9):,.0f} tokens/s (splits() only)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--labels", type=Path, nargs="+", default=[DEV, TEST], help="labelled samples to score")
    parser.add_argument("--halves", type=Path, nargs="*", default=[FRESH3, FRESH7],
                        help="samples scored in two halves: odd rows held out (errors not listed), even rows for development")
    parser.add_argument(
        "--exclude", type=Path, nargs="*", default=[DEV, TEST, FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7],
        help="labelled samples --draw skips",
    )
    parser.add_argument("--list-test-errors", action="store_true", help="also list the errors on the test sample")
    parser.add_argument("--draw", action="store_true", help="print a fresh unlabelled sample instead")
    parser.add_argument("--days", type=Path, nargs="*", default=[], help="draw from these day files (jsonl) instead of held-out June 2025")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--inner", type=int, default=450, help="tokens to draw with a capital inside")
    parser.add_argument("--unknown", type=int, default=250, help="tokens to draw with a long unknown letter run")
    args = parser.parse_args()
    if args.draw:
        exclude = {token for path in args.exclude if path.exists() for _s, token, _g in read_labels(path)}
        rows = day_records(args.days) if args.days else held_out_june(args.shared)
        draw(args.shared, rows, args.seed, args.inner, args.unknown, exclude)
        return
    for path in args.labels:
        if path.exists():
            score_labels(path, list_errors=path.resolve() != TEST or args.list_test_errors)
    for path in args.halves:
        if path.exists():
            score_labels(path, list_errors=args.list_test_errors, half="odd")
            score_labels(path, half="even")
    if (args.shared / "data/corpus").is_dir():
        clean_text_rate(args.shared)
        per_outlet(args.shared)


if __name__ == "__main__":
    main()
