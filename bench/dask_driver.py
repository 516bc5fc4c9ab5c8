"""Peak memory of the Dask engine's driver as a run grows, measured by simulation (no NLP at scale).

    python bench/dask_driver.py [--sizes 10000 100000] [--base 300] [--workers 2] [--chunk 200]

The NLP of 100k articles takes some 40 minutes on two cores; the driver never
runs it. So the first ``--base`` dated records of the corpus are analysed once
(``Analyzer.process_all``, in this process), and each size runs in a fresh child
process that drives ``engine.batch.run`` on a LocalCluster of ``--workers``
with two stand-ins: ``plan`` cuts the N articles into tasks of ``--chunk``, and
``analyse_task`` returns, instead of analysing pages, the base articles
replicated as ``bench/corpus.py`` replicates records: epoch k holds a copy of
every base article with a new id and url, its dates (publication, the dates'
anchor, the timexes' and events' values) shifted by k * 30 days, entity names
kept. Every other step is the engine's own: duplicates, days, re-anchoring,
entity linking, the story shuffle and clustering, the descriptions, the
streamed analysis.json (written to a temporary folder and removed).

Each child prints its driver's peak RSS (VmHWM of the child alone: the
workers are other processes), its RSS once the cluster is up, the wall time
and the stage times (wall, and the driver's CPU seconds); the table compares the sizes with the first. With a small
``--chunk`` the same run has many partitions: what the driver holds per
partition and how many tasks are in flight, as on a cluster of many workers.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

CORPUS = REPO.parent / "shared" / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
EPOCH_DAYS = 30  # as bench/corpus.py
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
DATED_FIELDS = ("published", "timex_anchor", "timexes", "events", "caption_events")


def _status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status (VmRSS now, VmHWM its peak since exec:
    ``ru_maxrss`` would carry the parent's peak over fork and exec)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _rss_mb() -> float:
    return _status_mb("VmRSS")


# ---------------------------------------------------------------------------- the base articles (parent)


def analyse_base(n: int, out: Path, since: str = "") -> int:
    """The first ``n`` dated corpus records (published on ``since`` or later, an ISO day), analysed, as article dicts in
    JSON lines at ``out``; how many articles."""
    from telisik.engine.local import Analyzer

    records = out.with_name("records.jsonl")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh, records.open("w", encoding="utf-8") as sample:
        sample.writelines(itertools.islice((x for x in fh if (json.loads(x).get("published") or "") >= max(since, "0")), n))
    analyzer = Analyzer()
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for item in analyzer.process_all(analyzer.reader.read([records])):
            if hasattr(item, "entities") and item.published:
                fh.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                count += 1
    records.unlink()
    return count


# ---------------------------------------------------------------------------- the stand-ins (on the workers)


def _shift(value: Any, days: int) -> Any:
    """Every ISO date at the start of a string in ``value`` moved by ``days``."""
    if isinstance(value, str):
        m = ISO_DAY.match(value)
        if not m:
            return value
        try:
            moved = date(int(m[1]), int(m[2]), int(m[3])) + timedelta(days=days)
        except ValueError:
            return value
        return moved.isoformat() + value[10:]
    if isinstance(value, list):
        return [_shift(v, days) for v in value]
    if isinstance(value, dict):
        return {k: _shift(v, days) for k, v in value.items()}
    return value


def replica(article: dict[str, Any], epoch: int, base_size: int = 0) -> dict[str, Any]:
    """Epoch ``epoch``'s copy of a base article: a new id and url, its dates shifted, its entities' names kept. Its
    record is its line in the replicated corpus as one JSONL file of ``base_size`` lines an epoch (``L`` and the line
    number, as the reader names a JSONL line: the driver keeps that place per article)."""
    if epoch == 0:
        return article
    copy = dict(article)
    copy["id"] = f"{article['id']}-e{epoch}"
    copy["url"] = f"{article.get('url') or ''}?e={epoch}"
    record = str(article.get("record") or "")
    line = record[1:]
    copy["record"] = f"L{epoch * base_size + int(line)}" if record.startswith("L") and line.isdigit() and base_size else f"{record}e{epoch}"
    for key in DATED_FIELDS:
        if key in copy:
            copy[key] = _shift(copy[key], epoch * EPOCH_DAYS)
    return copy


def _base(path: str) -> list[dict[str, Any]]:
    """The base article dicts, read once per worker process (kept in a module of their own in ``sys.modules``)."""
    holder = sys.modules.setdefault("_dask_driver_base", types.ModuleType("_dask_driver_base"))
    if getattr(holder, "path", None) != path:
        with open(path, encoding="utf-8") as fh:
            holder.articles = [json.loads(line) for line in fh]  # type: ignore[attr-defined]
        holder.path = path  # type: ignore[attr-defined]
    return holder.articles  # type: ignore[attr-defined, no-any-return]


def synthetic_task(task: int, units: list[Any], max_bytes: int, **limits: Any) -> Any:
    """``analyse_task``'s stand-in: the articles numbered ``unit.lo`` <= i < ``unit.hi`` of the replicated sequence."""
    from telisik.engine.batch import Partition
    from telisik.records import Article

    out = Partition(task)
    position = 0
    for unit in units:
        base = _base(unit.path)
        for i in range(unit.lo, unit.hi):
            epoch, k = divmod(i, len(base))
            out.articles.append((position, Article.from_dict(replica(base[k], epoch, len(base)))))
            position += 1
    return out


# ---------------------------------------------------------------------------- one size (child)


def synthetic_plan(size: int, base_path: Path, chunk: int) -> Callable[..., list[list[Any]]]:
    """``plan``'s stand-in: tasks of ``chunk`` articles of the ``size`` replicated ones (``synthetic_task`` reads them)."""
    from telisik.engine.tasks import Unit

    def tasks(inputs: Any, reader: Any, **_: Any) -> list[list[Unit]]:
        ranges = [(lo, min(size, lo + chunk)) for lo in range(0, size, chunk)]
        return [[Unit(str(base_path), lo=lo, hi=hi, last=hi - 1, records=hi - lo)] for lo, hi in ranges]

    return tasks


class Spent:
    """The calls of a driver method counted and timed: wall seconds and the calling thread's CPU seconds
    (``time.thread_time``), summed over its calls; the workers are other processes and never reach it."""

    def __init__(self) -> None:
        self.calls, self.wall, self.cpu = 0, 0.0, 0.0

    def wrap(self, owner: Any, name: str) -> None:
        real = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            w, c = time.perf_counter(), time.thread_time()
            try:
                return real(*args, **kwargs)
            finally:
                self.calls += 1
                self.wall += time.perf_counter() - w
                self.cpu += time.thread_time() - c

        setattr(owner, name, timed)

    def per_1k(self, articles: int) -> dict[str, float]:
        """Seconds (wall, CPU) per 1,000 articles of the run."""
        k = max(articles, 1) / 1000
        return {
            "calls": self.calls,
            "wall_s": round(self.wall, 2),
            "cpu_s": round(self.cpu, 2),
            "wall_s_per_1k": round(self.wall / k, 3),
            "cpu_s_per_1k": round(self.cpu / k, 3),
        }


def timed_driver(batch: Any) -> tuple[Spent, Spent, dict[str, Any]]:
    """The driver's clustering (``StoryClusterer.add``: streamed as the partitions arrive, or after the shuffle by day)
    and entity linking (``EntityLinker.add_nodes``) timed, and what the story stage made (stories, the largest, whether
    the clustering and the linking streamed) noted from ``story_blocks`` and the engine's debug line."""
    from telisik.collection.linking import EntityLinker
    from telisik.stories.cluster import StoryClusterer

    clustering, linking = Spent(), Spent()
    stories: dict[str, Any] = {}
    clustering.wrap(StoryClusterer, "add")
    linking.wrap(EntityLinker, "add_nodes")
    cut = batch.story_blocks

    def blocks(sizes: list[int], *args: Any) -> list[int]:
        stories.update(stories=len(sizes), largest=max(sizes, default=0))
        return cut(sizes, *args)  # type: ignore[no-any-return]

    batch.story_blocks = blocks
    return clustering, linking, stories


def child(size: int, base_path: Path, workers: int, chunk: int, keep: Path | None = None) -> dict[str, Any]:
    from telisik.engine import batch

    laps: dict[str, float] = {}
    cpu: dict[str, float] = {}  # the driver's CPU seconds in each stage (all its threads; the local cluster's scheduler too)
    rss: dict[str, float] = {}  # the driver's RSS at the end of each stage

    class Laps(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            what, _, seconds = record.getMessage().partition(": ")
            if what.startswith(("stage", "output")):
                laps[what] = float(seconds.split()[0])
                if "driver CPU" in seconds:
                    cpu[what] = float(seconds.rsplit("driver CPU", 1)[1].split()[0])
                rss[what] = round(_rss_mb(), 1)
            elif what.startswith("streamed"):
                stories["streamed"] = record.getMessage()
            elif record.levelno >= logging.WARNING:
                print(record.getMessage(), file=sys.stderr)

    log = logging.getLogger("telisik.engine.batch")
    log.setLevel(logging.DEBUG)
    log.addHandler(Laps())

    clustering, linking, stories = timed_driver(batch)
    batch.plan = synthetic_plan(size, base_path, chunk)  # type: ignore[assignment]
    batch.analyse_task = synthetic_task  # type: ignore[assignment]
    client, cluster = batch.open_client(None, workers)
    try:
        client.wait_for_workers(workers)
        started_mb = _status_mb("VmHWM")
        t0 = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="dask-driver-") as out:
            result = batch.run([str(base_path)], out, client, chunk=chunk)
            written = sum(p.stat().st_size for p in Path(out).rglob("*") if p.is_file())
            if keep is not None:  # the output kept, to compare runs (``cmp``)
                shutil.copytree(out, keep, dirs_exist_ok=True)
        wall = time.monotonic() - t0
    finally:
        client.close()
        cluster.close()
    return {
        "size": size,
        "articles": result.articles,
        "tasks": (size + chunk - 1) // chunk,
        "wall_s": round(wall, 1),
        "cluster_up_mb": round(started_mb, 1),
        "peak_mb": round(_status_mb("VmHWM"), 1),
        "output_mb": round(written / 2**20, 1),
        "stages": laps,
        "driver_cpu_s": cpu,
        "rss_mb": rss,
        "clustering": clustering.per_1k(result.articles),
        "linking": linking.per_1k(result.articles),
        **stories,
    }


def driver_only(size: int, base_path: Path, chunk: int) -> dict[str, Any]:
    """The driver's streamed stages alone, in this process and with no cluster: each task's partition made here
    (``synthetic_task``), its ``StreamView`` made as a worker makes it, pickled and unpickled as it would arrive, the
    partition let go, and the view taken by the engine's ``_Stream`` (duplicates, entity linking, clustering in day
    order), then the linked entities (``_Stream.linked``) and the stories (``_Stream.clustered``). What the workers
    would do besides (re-anchoring, the descriptions, analysis.json) is not run: the driver's memory and its linking
    and clustering seconds are measured, for 100k articles in minutes where the whole run takes hours on 2 cores.
    Input out of day order undoes the streamed clustering (the engine then clusters after a shuffle by day): the
    clusterer is then None and the row says so."""
    import pickle

    from telisik.engine import batch
    from telisik.stories.cluster import ClusterConfig

    clustering, linking, _ = timed_driver(batch)
    tasks = synthetic_plan(size, base_path, chunk)(None, None)
    driver = batch._Driver(None, tasks, {}, chunk, None, None, linker=batch._Background(batch.folding_linker))
    stream = batch._Stream(driver)
    body_words = ClusterConfig().body_words
    started_mb = _status_mb("VmHWM")
    t0, c0 = time.monotonic(), time.process_time()
    every = max(1, 10_000 // chunk)  # a progress line on standard error every 10,000 articles: a trend if it is stopped
    for i, units in enumerate(tasks):
        view = pickle.dumps(batch.stream_view(synthetic_task(i, units, 0), body_words), protocol=pickle.HIGHEST_PROTOCOL)
        stream.arrive(pickle.loads(view))
        if (i + 1) % every == 0:
            done = sum(len(ids) for ids in stream.kept.ids)
            line = {"articles": done, "rss_mb": round(_rss_mb(), 1), "peak_mb": round(_status_mb("VmHWM"), 1)}
            line |= {"clustering_cpu_s": round(clustering.cpu, 2), "linking_cpu_s": round(linking.cpu, 2)}
            print(json.dumps(line | {"process_cpu_s": round(time.process_time() - c0, 1)}), file=sys.stderr, flush=True)
    stream.close()
    linked = stream.linked()
    clusterer = stream.clustered()
    return {
        "size": size,
        "mode": "driver-only",
        "articles": driver.result.articles,
        "tasks": len(tasks),
        "wall_s": round(time.monotonic() - t0, 1),
        "process_cpu_s": round(time.process_time() - c0, 1),  # the views' making included (the workers' part)
        "cluster_up_mb": round(started_mb, 1),
        "peak_mb": round(_status_mb("VmHWM"), 1),
        "entities": len(linked[0]) if linked else None,
        "stories": len(clusterer.stories) if clusterer else "unstreamed",
        "largest": max((len(story.members) for story in clusterer.stories.values()), default=0) if clusterer else None,
        "clustering": clustering.per_1k(driver.result.articles),
        "linking": linking.per_1k(driver.result.articles),
    }


# ---------------------------------------------------------------------------- the table (parent)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--base", type=int, default=300, help="dated corpus records analysed once")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunk", type=int, default=200, help="articles a task")
    ap.add_argument("--base-file", type=Path, help="reuse (or write) the analysed base articles here")
    ap.add_argument("--keep", type=Path, help="copy each size's output to KEEP/SIZE (one size's analysis.json to compare)")
    ap.add_argument("--since", default="", help="the base from the corpus records published on this ISO day or later")
    ap.add_argument("--driver-only", action="store_true", help="no cluster: the driver's streamed stages alone (driver_only)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        keep = args.keep / str(args.child) if args.keep else None
        if args.driver_only:
            print(json.dumps(driver_only(args.child, args.base_file, args.chunk)))
        else:
            print(json.dumps(child(args.child, args.base_file, args.workers, args.chunk, keep)))
        return 0
    base_file = args.base_file or Path(tempfile.mkdtemp(prefix="dask-driver-base-")) / "articles.jsonl"
    if not base_file.exists():
        if not CORPUS.exists():
            print(f"no corpus at {CORPUS}", file=sys.stderr)
            return 2
        t0 = time.monotonic()
        n = analyse_base(args.base, base_file, args.since)
        print(f"base: {n} dated articles analysed in {time.monotonic() - t0:.0f} s -> {base_file}", file=sys.stderr)
    rows = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--child", str(size), "--base-file", str(base_file)]
        command += ["--workers", str(args.workers), "--chunk", str(args.chunk)]
        command += ["--keep", str(args.keep)] if args.keep else []
        command += ["--driver-only"] if args.driver_only else []
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=None if args.driver_only else subprocess.PIPE, text=True)
        if done.returncode:
            print((done.stderr or "")[-3000:], file=sys.stderr)
            return done.returncode
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), file=sys.stderr)
    first = rows[0]["peak_mb"]
    first_cluster = rows[0]["clustering"]["cpu_s_per_1k"] or 1.0
    print(
        f"| articles | tasks | wall s | driver RSS, cluster up (MB) | driver peak (MB) | peak / {rows[0]['size']:,}'s "
        f"| stories | clustering CPU s / 1k articles | / {rows[0]['size']:,}'s | linking CPU s / 1k |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        c = row["clustering"]["cpu_s_per_1k"]
        print(
            f"| {row['size']:,} | {row['tasks']} | {row['wall_s']} | {row['cluster_up_mb']} | {row['peak_mb']} "
            f"| {row['peak_mb'] / first:.2f} | {row.get('stories', '-')} | {c} | {c / first_cluster:.2f} "
            f"| {row['linking']['cpu_s_per_1k']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
