"""Peak memory of ``telisik analyze``'s collection stage: streamed (``output.streamed``) against in memory.

    python bench/analyze_memory.py [--sizes 10000,100000] [--memory-sizes 10000] [--results /tmp/res1000.pkl]
                                   [--workers 0] [--no-pipeline] [--timeout 3600]

What an analyze run holds after its articles are analysed: the collection
steps (re-anchoring, entity linking, stories) and the writing of analysis.json.
The articles are not analysed again here: ``--results`` is a pickled list of
``Article | Rejection`` (the analysed first 1,000 records of the June 2025
corpus), or a ``.jsonl`` of article dicts (``bench/dask_driver.py --base-file``),
replicated to each size, each copy a new id and its publication date shifted
30 days an epoch (so that stories multiply with N, as in an archive;
the facts' own dates are not shifted).

Each (mode, size) runs in a fresh process, so that its peak RSS (``ru_maxrss``)
is its own. The process first loads the spaCy pipeline (``build_pipeline``), as
an analyze parent has it; ``--no-pipeline`` leaves it out. The replicas are made
one at a time from pickled bytes (a few MB), so the input holds no article:

* streamed: ``write_streamed`` fed the replicas as a generator (report.html
  only up to ``HTML_LIMIT`` articles, as in a real run);
* memory: the replicas in a list, ``collect(...).document()`` and ``write_outputs``:
  what ``telisik analyze`` did before.

Columns: RSS before (pipeline and input bytes loaded), peak RSS, +MB (peak less
before: the collection's own), seconds, articles, stories, MB written (analysis.json,
and report.html where written), and whether analysis.json is byte-identical to the
in-memory run's of the same size (its SHA-256; "-" where that size ran one way only). ``--workers N``
describes the stories in a pool of N processes (their memory is theirs, not in
the figure). Ratios between rows are what to read on a shared machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

EPOCH_DAYS = 30


def peak_mb() -> float:
    """Peak resident memory of this process so far, MB (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shifted(published: str | None, days: int) -> str | None:
    if not published or not days:
        return published
    try:
        return (datetime.fromisoformat(published) + timedelta(days=days)).isoformat()
    except ValueError:
        return published


def replicas(blobs: list[bytes], size: int) -> Iterator[Any]:
    """``size`` articles (and the rejections met on the way), copies of the pickled results an epoch at a time."""
    from telisik.records import Article

    made, epoch = 0, 0
    while made < size:
        for blob in blobs:
            item = pickle.loads(blob)
            if isinstance(item, Article):
                if made >= size:
                    return
                item.id = f"{item.id}-e{epoch}" if epoch else item.id
                item.published = shifted(item.published, epoch * EPOCH_DAYS)
                made += 1
            yield item
        epoch += 1


def analysed(results: Path) -> list[Any]:
    """The analysed results: a pickled list of ``Article | Rejection``, or (``.jsonl``) article dicts a line, as
    ``bench/dask_driver.py --base-file`` writes them (``Article.to_dict``), so that both benches replicate one base."""
    from telisik.records import Article

    if results.suffix == ".jsonl":
        with results.open(encoding="utf-8") as fh:
            return [Article.from_dict(json.loads(line)) for line in fh if line.strip()]
    return pickle.loads(results.read_bytes())  # type: ignore[no-any-return]


def child(mode: str, size: int, results: Path, workers: int, pipeline: bool, html_limit: int | None) -> dict[str, Any]:
    from telisik.collection.steps import collect
    from telisik.output.render import write_outputs
    from telisik.output.streamed import HTML_LIMIT, write_streamed
    from telisik.records import Article

    if pipeline:
        from telisik.nlp.pipeline import build_pipeline

        build_pipeline()
    blobs = [pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL) for item in analysed(results)]
    limit = HTML_LIMIT if html_limit is None else html_limit
    before = peak_mb()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="analyze-memory-") as tmp:
        out = Path(tmp) / "out"
        if mode == "memory":
            items = list(replicas(blobs, size))
            collection = collect([a for a in items if isinstance(a, Article)], [r for r in items if not isinstance(r, Article)])
            del items
            document = collection.document()
            write_outputs(document, out)
            articles, stories = len(document["articles"]), len(document["stories"])
        elif workers:
            from multiprocessing import get_context

            with get_context("spawn").Pool(workers) as pool:
                run = write_streamed(replicas(blobs, size), out, map_stories=lambda f, it: pool.imap(f, it), html_limit=limit)
            articles, stories = run.articles, _stories(out)
        else:
            run = write_streamed(replicas(blobs, size), out, html_limit=limit)
            articles, stories = run.articles, _stories(out)
        written = sum(p.stat().st_size for p in out.iterdir()) / 1e6
        digest = _sha256(out / "analysis.json")
    return {
        "mode": mode,
        "size": size,
        "before_mb": round(before, 1),
        "peak_mb": round(peak_mb(), 1),
        "seconds": round(time.monotonic() - started, 1),
        "articles": articles,
        "stories": stories,
        "written_mb": round(written, 1),
        "sha256": digest,
    }


def _sha256(path: Path) -> str:
    """The file's digest, read a megabyte at a time (a 1 GB analysis.json read whole would be the run's peak)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _stories(out: Path) -> int:
    """The number of stories in analysis.json, counted without loading it (each story's id line in the stories list)."""
    count, inside = 0, False
    with open(out / "analysis.json", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(' "stories": '):
                inside = not line.rstrip().endswith("[]")
            elif inside and line.startswith(' "'):
                break
            elif inside and line.startswith('   "id": '):
                count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="articles, streamed (comma-separated)")
    parser.add_argument("--memory-sizes", default="10000", help="articles, in memory, for comparison ('' for none)")
    parser.add_argument(
        "--results",
        type=Path,
        default=Path("/tmp/res1000.pkl"),
        help="pickled list of Article | Rejection, or a .jsonl of article dicts (bench/dask_driver.py --base-file)",
    )
    parser.add_argument("--workers", type=int, default=0, help="processes describing the stories (0: in this one)")
    parser.add_argument("--html-limit", type=int, default=None, help="streamed: report.html up to this many articles (default HTML_LIMIT)")
    parser.add_argument("--no-pipeline", action="store_true", help="do not load the spaCy pipeline first")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, size = args.child
        print(json.dumps(child(mode, int(size), args.results, args.workers, not args.no_pipeline, args.html_limit)))
        return 0
    if not args.results.exists():
        print(f"no results at {args.results}: pickle a list of analysed Article | Rejection there", file=sys.stderr)
        return 2
    runs = [("memory", int(n)) for n in args.memory_sizes.split(",") if n] + [("streamed", int(n)) for n in args.sizes.split(",") if n]
    header = f"{'mode':9} {'articles':>8} {'before MB':>9} {'peak MB':>8} {'+MB':>7} {'s':>7} {'stories':>7} {'out MB':>7} {'same':>5}"
    print(header, flush=True)
    digests: dict[int, str] = {}
    for mode, size in runs:
        command = [sys.executable, __file__, "--child", mode, str(size), "--results", str(args.results), "--workers", str(args.workers)]
        command += ["--no-pipeline"] if args.no_pipeline else []
        command += [] if args.html_limit is None else ["--html-limit", str(args.html_limit)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"{mode:9} {size:>8} timed out after {args.timeout:g} s", flush=True)
            continue
        if done.returncode:
            print(f"{mode:9} {size:>8} failed: {done.stderr.strip().splitlines()[-1:] or done.returncode}", flush=True)
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        grown = r["peak_mb"] - r["before_mb"]
        same = "-" if size not in digests else "yes" if digests[size] == r["sha256"] else "NO"
        digests.setdefault(size, r["sha256"])
        print(
            f"{mode:9} {r['articles']:>8} {r['before_mb']:>9.0f} {r['peak_mb']:>8.0f} {grown:>7.0f} {r['seconds']:>7.1f} "
            f"{r['stories']:>7} {r['written_mb']:>7.0f} {same:>5}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
