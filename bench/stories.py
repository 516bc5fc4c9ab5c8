"""Story clustering at scale: time and memory of telisik.stories.describe against corpus size.

    python bench/stories.py [--sizes 1000,10000,100000] [--quick] [--seed 1] [--source PATH]
                            [--repeat 3] [--stream] [--no-warmup] [--timeout 1200] [--impl MODULE:FUNCTION]
                            [--serial]

For each size, a fresh Python process builds that many records with
``bench/corpus.py``'s ``expand`` (the June 2025 corpus, then perturbed copies
shifted 30 days an epoch, so that stories multiply with N as in a real archive)
and runs ``cluster_articles`` on them. A fresh process per size, so each peak
RSS (``ru_maxrss``) belongs to one size alone. Prints a table:

* gen s: building the records (not part of the clustering time);
* cluster s, articles/s, µs/article: the ``cluster_articles`` call alone, the
  best of ``runs`` calls (up to ``--repeat``, 3, while they take under 15 s in
  all: small sizes are noisy on a shared machine and are every ratio's base);
* RSS before: the process (interpreter, imports, records) when clustering starts;
* peak: the process' peak RSS, all of the run;
* +MB: the peak during clustering above RSS before, which is the clustering's own
  memory (the peak is reset before clustering where Linux allows, otherwise
  this is the run's peak minus RSS before, an upper bound);
* stories, largest: number of stories and the largest story's articles;
* growth: µs per article against the smallest size. Near-linear clustering keeps
  it near x1; the closing line says how it grows and projects the time to 1M.

From 5,000 articles on, ``cluster_articles`` has a helper process read the
articles ahead (tokens, shingles, signatures, TF-IDF vectors) while the main
process places them (``StoryClusterer.add_all``), where there is a second core;
``--serial`` keeps it all in one process. Under each size's row a line gives the
CPU seconds of the main process and of its helpers (the best run's call, where
one run was made; all runs' otherwise) and the helpers' peak RSS (pages shared with the main process included), which the
table's peak (the main process') does not count.

The children run with PYTHONHASHSEED=0 unless it is set: a clusterer whose
result follows set iteration order then gives the same stories run after run
(run with other seeds to see whether it does).

The records carry ``id``, ``url``, ``outlet``, ``title``, ``published`` and
``body`` (the corpus ``text``), and no ``entities``: running NER over a million
articles is a different benchmark. Before timing, ``cluster_articles`` runs once
on 200 records of another seed, so that lazy set-up (tables, models) is not counted
as the smallest size's per-article cost (``--no-warmup`` counts it).

By default the records are built in full before the clock starts, so the time
is the clustering's alone and RSS before includes the records. ``--stream``
passes them as a lazy iterator instead (the clusterer's memory is then measured
with the records it keeps, and the generation time measured inside the iterator
is subtracted from the call's time).

``--quick`` runs 1k and 10k (under a minute). The default (1k, 10k, 100k)
takes a few minutes on two cores, mostly generating and clustering 100k; 1M
(``--sizes 1000,10000,100000,1000000``) needs a few GB of memory and tens of
minutes.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import importlib.util
import json
import math
import os
import platform
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parent.parent / "shared" / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
DEFAULT_IMPL = "telisik.stories.describe:cluster_articles"
DEFAULT_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
WARMUP_RECORDS = 200
REPEAT_BUDGET_S = 15.0  # no further run of a size once its runs took this long
RESULT_MARK = "STORIES-BENCH-RESULT "  # the child's result line, apart from anything the clusterer prints


def parse_size(text: str) -> int:
    """"100000", "100_000", "100k", "1M" -> the number."""
    text = text.strip().replace("_", "").replace(",", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:].lower(), 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def label(n: int) -> str:
    """1000 -> "1k", 1000000 -> "1M"."""
    for unit, suffix in ((1_000_000, "M"), (1_000, "k")):
        if n >= unit and n % unit == 0:
            return f"{n // unit}{suffix}"
    return f"{n:,}"


# ---------------------------------------------------------------------------- memory


def peak_rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()  # no /proc: the peak so far is the best bound there is


def reset_peak_rss() -> bool:
    """Reset the peak RSS to the current RSS (Linux >= 4.0), so the next peak is clustering's own."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


# ---------------------------------------------------------------------------- the child: one size


def load_impl(spec: str) -> Callable[[Iterable[dict[str, Any]]], dict[str, str]]:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "cluster_articles")


def as_record(row: dict[str, Any]) -> dict[str, Any]:
    """A corpus row as cluster_articles takes it (``text`` is ``body`` there)."""
    return {
        "id": row["id"],
        "url": row["url"],
        "outlet": row["outlet"],
        "title": row["title"],
        "published": row["published"],
        "body": row["text"],
    }


class TimedStream:
    """Records yielded lazily, with the time spent making them kept apart."""

    def __init__(self, rows: Iterator[dict[str, Any]]):
        self.rows = rows
        self.spent = 0.0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        clock = time.perf_counter
        while True:
            started = clock()
            row = next(self.rows, None)
            record = as_record(row) if row is not None else None
            self.spent += clock() - started
            if record is None:
                return
            yield record


def children_usage() -> tuple[float, float]:
    """(CPU seconds, peak RSS MB) of the child processes ended so far (a clusterer's helpers)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 1024)


def run_child(
    size: int, seed: int, source: Path, impl: str, stream: bool, warmup: bool, repeat: int, serial: bool = False
) -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    from corpus import expand  # bench/corpus.py

    started = time.perf_counter()
    loaded = load_impl(impl)
    cluster = functools.partial(loaded, read_ahead=False) if serial else loaded
    import_s = time.perf_counter() - started

    warm_s = None
    if warmup:
        warm = [as_record(r) for r in expand(min(WARMUP_RECORDS, size), seed + 1000, source)]
        started = time.perf_counter()
        cluster(warm)
        warm_s = time.perf_counter() - started
        del warm

    # expand() reads the source corpus at the call: that is not generation time in either mode.
    rows = expand(size, seed, source)
    built: list[dict[str, Any]] | None = None
    started = time.perf_counter()
    if not stream:
        built = [as_record(r) for r in rows]
    gen_s = time.perf_counter() - started
    del rows  # the list (or, streaming, each run's own generator) holds the records

    gc.collect()
    rss_before = current_rss_mb()
    peak_before = peak_rss_mb()
    reset = reset_peak_rss()
    # Best of a few runs while they are short: on a shared two-core machine one
    # run of a second is noise, and the smallest size is every growth ratio's base.
    times: list[float] = []
    first: dict[str, str] | None = None
    cpu_started, (helpers_started, _) = time.process_time(), children_usage()
    while len(times) < max(1, repeat) and sum(times) < REPEAT_BUDGET_S:
        timed = TimedStream(expand(size, seed, source)) if built is None else None
        started = time.perf_counter()
        assignments = cluster(built if timed is None else timed)
        elapsed = time.perf_counter() - started
        if timed is not None:
            gen_s = timed.spent
            elapsed -= timed.spent  # the iterator's own time is generation, not clustering
        times.append(elapsed)
        first = first if first is not None else assignments
        del assignments
    peak_after = peak_rss_mb()
    helpers_cpu, helpers_peak = children_usage()

    assert first is not None
    sizes = Counter(first.values())
    return {
        "size": size,
        "import_s": import_s,
        "warmup_s": warm_s,
        "gen_s": gen_s,
        "cluster_s": min(times),
        "runs": len(times),
        "rss_before_mb": rss_before,
        "peak_mb": max(peak_before, peak_after),
        "cluster_peak_mb": peak_after if reset else max(peak_before, peak_after),
        "peak_reset": reset,
        "assigned": len(first),
        "stories": len(sizes),
        "largest": max(sizes.values(), default=0),
        "cpu_s": (time.process_time() - cpu_started) / len(times),
        "helpers_cpu_s": (helpers_cpu - helpers_started) / len(times),
        "helpers_peak_mb": helpers_peak,
    }


# ---------------------------------------------------------------------------- the parent: all sizes


def child_env() -> dict[str, str]:
    """The children's environment: a fixed hash seed unless one is set, so that runs
    repeat exactly even where the clusterer's result follows set iteration order."""
    env = dict(os.environ)
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def measure(size: int, args: argparse.Namespace) -> tuple[dict[str, Any] | None, str | None]:
    """One size in a fresh interpreter: (result, None) or (None, why it failed)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(size), "--seed", str(args.seed)]
    command += ["--source", str(args.source), "--impl", args.impl, "--repeat", str(args.repeat)]
    command += ["--stream"] * args.stream + ["--no-warmup"] * (not args.warmup) + ["--serial"] * args.serial
    try:
        # stderr goes straight to the terminal: the clusterer's warnings and tracebacks show as they come.
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, timeout=args.timeout, check=False, env=child_env())
    except subprocess.TimeoutExpired:
        return None, f"over --timeout {args.timeout} s"
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK) :]), None
    return None, f"the child exited with {done.returncode} and no result"


def verdict(rows: list[dict[str, Any]]) -> str:
    first, last = rows[0], rows[-1]
    growth = per_article(last) / per_article(first)
    span = f"from {label(first['size'])} to {label(last['size'])}"
    # time ~ N^b between the two ends: b = 1 + log(growth) / log(size ratio)
    exponent = 1 + math.log(growth) / math.log(last["size"] / first["size"])
    # Judged on the exponent, not the ratio: x1.5 over 100 times the articles is
    # a log factor (near-linear), x1.5 over twice the articles is not.
    if exponent <= 1.10:
        kind = "near-linear"
    elif exponent <= 1.30:
        kind = "mildly super-linear"
    elif exponent < 1.8:
        kind = "super-linear: per-article time grows with the corpus"
    else:
        kind = "close to quadratic"
    line = f"time per article grows x{growth:.2f} {span} ({kind}; time ~ N^{exponent:.2f})"
    # each step on its own: the smallest run starts from an empty index and a
    # stream that has not yet reached its steady number of open stories
    for small, big in zip(rows, rows[1:], strict=False):
        step = per_article(big) / per_article(small)
        step_exponent = 1 + math.log(step) / math.log(big["size"] / small["size"])
        line += f"\n  step {label(small['size'])} -> {label(big['size'])}: x{step:.2f} per article (time ~ N^{step_exponent:.2f})"
    if last["size"] < 1_000_000:
        projected = last["cluster_s"] * (1_000_000 / last["size"]) ** exponent
        line += f"\nat that rate 1M articles would take about {projected:,.0f} s"
    return line


def per_article(row: dict[str, Any]) -> float:
    return row["cluster_s"] / row["size"] * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="comma-separated sizes, 1000 or 1k (default %(default)s)")
    ap.add_argument("--quick", action="store_true", help=f"sizes {','.join(map(str, QUICK_SIZES))} (CI-sized)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="source corpus for bench/corpus.py")
    ap.add_argument("--impl", default=DEFAULT_IMPL, help="the clustering function, MODULE:FUNCTION (default %(default)s)")
    ap.add_argument("--stream", action="store_true", help="feed a lazy iterator instead of a built list")
    ap.add_argument("--no-warmup", dest="warmup", action="store_false", help="count the first call's set-up in the timing")
    ap.add_argument("--repeat", type=int, default=3, help=f"best of up to this many runs, while under {REPEAT_BUDGET_S:.0f} s in all")
    ap.add_argument("--timeout", type=float, default=1200, help="seconds allowed per size (default %(default)s)")
    ap.add_argument("--serial", action="store_true", help="no helper process reads the articles ahead (read_ahead=False)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)  # one size, in the fresh process
    args = ap.parse_args(argv)

    if args.child is not None:
        result = run_child(args.child, args.seed, args.source, args.impl, args.stream, args.warmup, args.repeat, args.serial)
        print(RESULT_MARK + json.dumps(result), flush=True)
        return 0

    try:
        sizes = sorted({parse_size(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        ap.error(f"--sizes takes comma-separated sizes (1000,10k,1M), not {args.sizes!r}")
    if args.quick:
        sizes = list(QUICK_SIZES)
    if not sizes or min(sizes) <= 0:
        ap.error("--sizes must be positive")
    module = args.impl.partition(":")[0]
    # find_spec, not import: the parent stays small, and a child's ru_maxrss
    # starts from its parent's size (the peak survives fork and exec on Linux).
    try:
        found = importlib.util.find_spec(module)
    except ModuleNotFoundError:
        found = None
    if found is None:
        print(
            f"stories.py: {module} is not importable (is telisik.stories.describe written yet, and telisik installed in this "
            f"interpreter, {sys.executable}?); nothing to measure",
            file=sys.stderr,
        )
        return 2
    if not args.source.is_file():
        print(f"stories.py: source corpus not found: {args.source} (pass --source)", file=sys.stderr)
        return 2

    mode = "streamed records" if args.stream else "records built before timing"
    print(f"{args.impl} on {', '.join(label(s) for s in sizes)} articles from {args.source.name} (seed {args.seed}), {mode}")
    hash_seed = child_env()["PYTHONHASHSEED"]
    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, one fresh process per size (PYTHONHASHSEED={hash_seed})")
    header = (
        f"{'size':>6s} {'gen s':>7s} {'cluster s':>10s} {'runs':>4s} {'articles/s':>11s} {'µs/article':>11s} "
        f"{'RSS before':>11s} {'peak MB':>8s} {'+MB':>7s} {'stories':>8s} {'largest':>8s} {'growth':>7s}"
    )
    print(header)
    rows: list[dict[str, Any]] = []
    for size in sizes:
        row, failure = measure(size, args)
        if row is None:
            print(f"{label(size):>6s} failed: {failure}; larger sizes skipped")
            break
        rows.append(row)
        growth = per_article(row) / per_article(rows[0])
        extra = row["cluster_peak_mb"] - row["rss_before_mb"]
        print(
            f"{label(size):>6s} {row['gen_s']:7.2f} {row['cluster_s']:10.2f} {row['runs']:4d} {size / row['cluster_s']:11,.0f} "
            f"{per_article(row):11.1f} {row['rss_before_mb']:11.0f} {row['peak_mb']:8.0f} "
            f"{extra:7.0f}{'' if row['peak_reset'] else '*'} {row['stories']:8,d} {row['largest']:8,d} {'x' + format(growth, '.2f'):>7s}",
            flush=True,
        )
        if "cpu_s" in row:
            print(
                f"       CPU s per run: main {row['cpu_s']:.2f}, helpers {row['helpers_cpu_s']:.2f}; "
                f"helpers' peak RSS {row['helpers_peak_mb']:.0f} MB"
            )
        if row["assigned"] != size:
            print(f"       warning: {row['assigned']:,} of {size:,} articles have a story")
    if not rows:
        return 1
    first = rows[0]
    print(f"import {first['import_s']:.2f} s; first call (warm-up, {WARMUP_RECORDS} articles)", end=" ")
    print(f"{first['warmup_s']:.2f} s, not counted" if first["warmup_s"] is not None else "not made (--no-warmup)")
    if not all(r["peak_reset"] for r in rows):
        print("* the peak could not be reset before clustering: +MB is the run's peak above RSS before (an upper bound)")
    if len(rows) > 1:
        print(verdict(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
