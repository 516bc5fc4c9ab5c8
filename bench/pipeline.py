"""Throughput of the whole article pipeline on the real corpus, next to its parts' reference tools.

    python bench/pipeline.py [--limit 1000] [--rounds 2] [--dateparser-limit N] [--workers N] [--html-copies N] [--no-dask]
                             [--no-wall]

Takes the first ``--limit`` records of ``shared/data/corpus/indonews_jun2025.jsonl.gz``
(JSON lines: text and metadata, no HTML) and measures, in this process:

(a) telisik end to end: ``Analyzer.analyze`` over the records (ingest, clean,
    the spaCy article NLP, stories), articles per second, in one process
    (``workers=1``) and with ``--workers`` processes (``engine.pool``; default:
    every core); the pipelines are built before the clock starts (the workers'
    too: ``WorkerPool.warm``), afresh for every round, so no round profits from
    another's tokenizer cache. The two runs' analysis documents are compared
    (they must be equal). Peak RSS of this process (``resource.getrusage``)
    after the first one-process round.
(a') the same two as the user runs them: ``telisik analyze --workers 1`` and
    ``--workers N`` as subprocesses, wall time with start-up (``--no-wall`` skips).
(b) extraction alone, on the HTML pages of ``shared/data/html`` (the corpus has
    no HTML), each page ``--html-copies`` times over: ``trafilatura.extract``
    (one process: it has no parallel mode) against telisik's pages stage
    (``Analyzer.prepare_all``: extract, repair, clean, no NLP) in one process and
    with ``--workers`` processes, the engine's own worker pool (``engine.pool``,
    started before the clock) in the chunks it gives them (``NLP_BATCH`` pages:
    on 39 pages, two chunks; hence the copies), pages per second.
(c) dates alone: ``dateparser.search.search_dates(body, languages=["id"])``
    over each record's text with ``RELATIVE_BASE`` = its publication date,
    articles per second (the first ``--dateparser-limit`` records; all by
    default). dateparser is in the ``bench`` extra.
(d) when ``telisik analyze --help`` offers ``--engine``: ``telisik analyze
    --engine dask --workers W`` as a subprocess on the same records: wall time
    (start-up and cluster included), articles per second and peak memory of
    the process tree (parent + workers; psutil polling, the sum of RSS, else
    ``/usr/bin/time -v``'s maximum of one process).

(a), (b) and (c) run alternately, ``--rounds`` times with the order rotated, so
that machine noise hits all alike; the best round counts. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import json
import math
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from telisik.engine.local import NLP_BATCH, Analyzer  # noqa: E402
from telisik.engine.pool import default_workers  # noqa: E402
from telisik.pages.read import decode  # noqa: E402
from telisik.records import RawDocument  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
CORPUS = SHARED / "corpus" / "indonews_jun2025.jsonl.gz"
HTML = SHARED / "html"
# (b): the pool's chunks (``NLP_BATCH`` pages) a worker gets, the pages copied as often as that takes: a worker's last
# chunk, when the others have none left, is then a small part of its share
CHUNKS_A_WORKER = 5


def children_cpu() -> float:
    """CPU seconds (user + system) of this process's children that have ended and been waited for, and of theirs.
    The delta around a subprocess is its tree's CPU whatever else the machine runs meanwhile (which wall time is not),
    but only of processes waited for up the tree: Dask's workers are (their nannies join them), the local engine's
    pool workers are not (a forkserver's children, and the forkserver is not waited for): ``TreeCpu`` polls them."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class TreeCpu:
    """A subprocess's CPU seconds and memory, polled (psutil) every ``every`` s while it runs: per process of its tree
    the last user + system seen (what a process spends after the last poll is lost: ``every`` at most), the top
    process's alone, and the peak of the tree's summed RSS."""

    def __init__(self, pid: int, every: float = 0.05):
        try:
            import psutil
        except ImportError:  # nothing polled: the figures are children_cpu's alone
            psutil = None
        self.psutil, self.pid, self.every = psutil, pid, every
        self.seen: dict[int, float] = {}
        self.peak = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)
        if psutil is not None:
            self.thread.start()

    def _poll(self) -> None:
        psutil = self.psutil
        with contextlib.suppress(psutil.Error):
            top = psutil.Process(self.pid)
            while not self.done.is_set():
                rss = 0
                for p in [top, *top.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        times = p.cpu_times()
                        self.seen[p.pid] = times.user + times.system
                        rss += p.memory_info().rss
                self.peak = max(self.peak, rss)
                self.done.wait(self.every)

    def stop(self) -> tuple[float, float]:
        """(the tree's CPU seconds, the top process's), once the subprocess has ended."""
        self.done.set()
        if self.thread.is_alive():
            self.thread.join()
        return sum(self.seen.values()), self.seen.get(self.pid, 0.0)


CPU: dict[str, float] = {}  # per system run as a subprocess: the least CPU seconds of its process tree over the rounds


def rss_mb() -> float:
    """Peak resident memory of this process so far, MB (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sample(limit: int, out: Path) -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src:
        lines = list(itertools.islice(src, limit))
    out.write_text("".join(lines), encoding="utf-8")
    return [json.loads(line) for line in lines]


def html_pages() -> list[tuple[str, str]]:
    pages = []
    for path in sorted(HTML.rglob("*.htm*")):
        text, _, _ = decode(path.read_bytes())
        if text:
            pages.append((path.name, text))
    return pages


# ---------------------------------------------------------------- the systems


def run_telisik(path: Path, workers: int, documents: dict[int, dict]) -> tuple[float, int]:
    analyzer = Analyzer(workers=workers)
    if analyzer.pool is not None:
        analyzer.pool.warm()  # the workers' pipelines, built before the clock starts
    else:
        analyzer.nlp  # noqa: B018 - built before the clock starts
    try:
        started = time.perf_counter()
        document = analyzer.analyze([str(path)])
        seconds = time.perf_counter() - started
    finally:
        analyzer.close()
    documents.setdefault(workers, document)
    return seconds, len(document["articles"])


def run_cli(telisik: str, path: Path, workers: int, out: Path) -> tuple[float, int]:
    started, cpu = time.perf_counter(), children_cpu()
    proc = subprocess.Popen([telisik, "analyze", str(path), "--out", str(out), "--workers", str(workers), "-q"],
                            env={**os.environ, "TELISIK_WORKERS": ""})
    polled = TreeCpu(proc.pid)
    if proc.wait():
        raise subprocess.CalledProcessError(proc.returncode, proc.args)
    seconds = time.perf_counter() - started
    name = "cli" if workers == 1 else "cli_workers"
    CPU[name] = min(CPU.get(name, float("inf")), max(children_cpu() - cpu, polled.stop()[0]))
    return seconds, len(json.loads((out / "analysis.json").read_text(encoding="utf-8"))["articles"])


def run_trafilatura(pages: list[tuple[str, str]]) -> tuple[float, int]:
    import trafilatura

    started, cpu = time.perf_counter(), time.process_time()
    for _, html in pages:
        trafilatura.extract(html)
    _least("trafilatura", time.process_time() - cpu)
    return time.perf_counter() - started, len(pages)


def html_documents(pages: list[tuple[str, str]], copies: int) -> list[RawDocument]:
    """The pages as the engine reads them (HTML documents), ``copies`` times over."""
    return [RawDocument(source=f"{n}/{name}", kind="html", content=html) for n in range(copies) for name, html in pages]


def warm_extract(pages: list[tuple[str, str]], one: Analyzer, pool: Analyzer, workers: int) -> None:
    """(b)'s systems before the clock: the pool's processes started, and every page once through trafilatura and
    telisik's pages stage here and in each worker (``NLP_BATCH`` pages a worker): what a page loads lazily (trafilatura's
    and telisik's word lists and patterns) loaded, as the pipelines of (a) are built before its clock. A worker of a
    real run pays this once, on its first pages; a round of (b) takes a few seconds of one process."""
    import trafilatura

    if pool.pool is not None:
        pool.pool.warm()
    for _, html in pages:
        trafilatura.extract(html)
    docs = html_documents(pages, 1)
    for _ in one.prepare_all(docs):
        pass
    for _ in pool.prepare_all(html_documents(pages, math.ceil(workers * NLP_BATCH / max(1, len(pages))))):
        pass


def children_cpu_by_pid() -> dict[int, float]:
    """CPU seconds (user + system) so far of each live process under this one (the pools' workers), by pid."""
    try:
        import psutil
    except ImportError:
        return {}
    seen = {}
    for p in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            times = p.cpu_times()
            seen[p.pid] = times.user + times.system
    return seen


# (b)'s CPU seconds, the least over the rounds: "trafilatura" and "telisik_extract" this process's, "busiest" the
# busiest worker's of the pool's run, "pool" the pool's workers' and this process's together
EXTRACT_CPU: dict[str, float] = {}


def _least(name: str, seconds: float) -> None:
    EXTRACT_CPU[name] = min(EXTRACT_CPU.get(name, float("inf")), seconds)


def run_telisik_extract(docs: list[RawDocument], analyzer: Analyzer) -> tuple[float, int]:
    before, cpu = children_cpu_by_pid(), time.process_time()
    started = time.perf_counter()
    done = sum(1 for _ in analyzer.prepare_all(docs))
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    if analyzer.pool is None:
        _least("telisik_extract", cpu)
    else:
        spent = [after - before.get(pid, 0.0) for pid, after in children_cpu_by_pid().items()]
        if spent:
            _least("busiest", max(spent))
            _least("pool", sum(spent) + cpu)
    return seconds, done


def run_dateparser(records: list[dict]) -> tuple[float, int]:
    from dateparser.search import search_dates

    def base(record: dict) -> datetime | None:
        try:
            return datetime.fromisoformat(str(record.get("published") or "")).replace(tzinfo=None)
        except ValueError:
            return None

    jobs = [(r.get("text") or "", base(r)) for r in records]
    search_dates("Senin, 12 Juni 2023", languages=["id"])  # loads its language data outside the clock
    started = time.perf_counter()
    for text, relative_base in jobs:
        settings = {"RELATIVE_BASE": relative_base} if relative_base else {}
        search_dates(text, languages=["id"], settings=settings)
    return time.perf_counter() - started, len(jobs)


# ---------------------------------------------------------------- the Dask engine, as a subprocess


def has_engine(telisik: str) -> bool:
    try:
        shown = subprocess.run([telisik, "analyze", "--help"], capture_output=True, text=True, timeout=120).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "--engine" in shown


def run_dask(telisik: str, path: Path, workers: int, out: Path) -> dict:
    command = [telisik, "analyze", str(path), "--out", str(out), "--engine", "dask", "--workers", str(workers), "--quiet"]
    try:
        import psutil
    except ImportError:
        psutil = None
    peak = 0
    polled_cpu = driver_cpu = 0.0  # the driver alone: with the local cluster's scheduler and nannies
    how = "psutil: sum of RSS over the process tree"
    started, cpu = time.perf_counter(), children_cpu()
    if psutil is not None:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        polled = TreeCpu(proc.pid)
        _, err = proc.communicate()
        polled_cpu, driver_cpu = polled.stop()
        code, peak = proc.returncode, polled.peak
    else:
        how = "/usr/bin/time -v: the largest single process"
        res = subprocess.run(["/usr/bin/time", "-v", *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        code, err = res.returncode, res.stderr
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
        peak = int(m.group(1)) * 1024 if m else 0
    seconds = time.perf_counter() - started
    tree_cpu = max(children_cpu() - cpu, polled_cpu)
    articles = 0
    analysis = out / "analysis.json"
    if analysis.exists():
        articles = len(json.loads(analysis.read_text(encoding="utf-8"))["articles"])
    return {"seconds": seconds, "articles": articles, "peak_mb": peak / 2**20, "how": how, "code": code, "stderr": err[-500:],
            "cpu": tree_cpu, "driver_cpu": driver_cpu}


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=1000, help="corpus records (default 1000)")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best counts (default 2)")
    ap.add_argument("--dateparser-limit", type=int, default=None, help="records for dateparser (default: all)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="processes of the parallel runs and Dask workers "
                    "for (d) (default: the cores here)")
    ap.add_argument("--html-copies", type=int, default=None, help="times each HTML page is taken in (b) (default: enough "
                    f"for {CHUNKS_A_WORKER} of the pool's chunks a worker)")
    ap.add_argument("--no-dask", action="store_true", help="skip (d)")
    ap.add_argument("--no-wall", action="store_true", help="skip (a'): the CLI runs as subprocesses")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"no corpus at {CORPUS}; nothing to measure", file=sys.stderr)
        return 0
    workers = args.workers
    telisik_cmd = str(Path(sys.executable).with_name("telisik"))

    with tempfile.TemporaryDirectory(prefix="telisik-bench-") as tmp, Analyzer() as extract_one, Analyzer(workers=workers) as extract_pool:
        work = Path(tmp)
        path = work / "sample.jsonl"
        records = sample(args.limit, path)
        pages = html_pages()
        copies = args.html_copies or math.ceil(CHUNKS_A_WORKER * workers * NLP_BATCH / max(1, len(pages)))
        docs = html_documents(pages, max(1, copies))
        html = [(doc.source, doc.content) for doc in docs]
        dated = records[: args.dateparser_limit] if args.dateparser_limit else records
        warm_extract(pages, extract_one, extract_pool, workers)
        documents: dict[int, dict] = {}

        systems: dict[str, Callable[[], tuple[float, int]]] = {
            "telisik": lambda: run_telisik(path, 1, documents),
            "telisik_workers": lambda: run_telisik(path, workers, documents),
            "trafilatura": lambda: run_trafilatura(html),
            "telisik_extract": lambda: run_telisik_extract(docs, extract_one),
            "telisik_extract_workers": lambda: run_telisik_extract(docs, extract_pool),
            "dateparser": lambda: run_dateparser(dated),
        }
        if not args.no_wall:
            systems["cli"] = lambda: run_cli(telisik_cmd, path, 1, work / "cli1")
            systems["cli_workers"] = lambda: run_cli(telisik_cmd, path, workers, work / f"cli{workers}")
        best: dict[str, tuple[float, int]] = {}
        telisik_rss = 0.0
        names = list(systems)
        for r in range(max(1, args.rounds)):
            order = names[r % len(names) :] + names[: r % len(names)]
            for name in order:
                seconds, n = systems[name]()
                if name not in best or seconds < best[name][0]:
                    best[name] = (seconds, n)
                if name == "telisik" and not telisik_rss:
                    telisik_rss = rss_mb()  # round 1 runs telisik first: nothing else has run yet
                print(f"  round {r + 1}: {name:24s} {n:5d} in {seconds:7.2f} s", file=sys.stderr)
        same = documents.get(1) == documents.get(workers)
        if not args.no_wall:
            same_cli = (work / "cli1" / "analysis.json").read_bytes() == (work / f"cli{workers}" / "analysis.json").read_bytes()

        dask = None
        if not args.no_dask and has_engine(telisik_cmd):
            dask = run_dask(telisik_cmd, path, workers, work / "dask")

    def rate(name: str) -> float:
        seconds, n = best[name]
        return n / seconds if seconds else 0.0

    def row(what: str, name: str, unit: str, rss: str = "") -> None:
        s, n = best[name]
        print(f"| {what} | {n} {unit} | {s:.2f} | {rate(name):.1f} | {rss} |")

    cores = os.cpu_count()
    print(f"\n{len(records)} corpus records ({CORPUS.name}), {len(pages)} HTML pages ({HTML}) x {copies},")
    print(f"{cores} cores, {workers} workers, best of {args.rounds} rounds\n")
    print("| what | items | seconds | items/s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    row("(a) telisik, one process, `Analyzer.analyze` end to end", "telisik", "articles", f"{telisik_rss:.0f} (this process)")
    row(f"(a) telisik, {workers} workers, `Analyzer(workers={workers}).analyze` end to end", "telisik_workers", "articles")
    if not args.no_wall:
        row("(a') `telisik analyze --workers 1`, subprocess, wall with start-up", "cli", "articles")
        row(f"(a') `telisik analyze --workers {workers}`, subprocess, wall with start-up", "cli_workers", "articles")
    row("(b) `trafilatura.extract` alone (HTML pages), one process", "trafilatura", "pages")
    row("(b) telisik extract + clean alone (same pages, `Analyzer.prepare_all`), one process", "telisik_extract", "pages")
    row(f"(b) telisik extract + clean alone (same pages), the engine's pool of {workers}", "telisik_extract_workers", "pages")
    row("(c) dateparser `search_dates` alone (record texts)", "dateparser", "articles")
    if dask is not None:
        ok = "" if dask["code"] == 0 else f" (exit {dask['code']})"
        aps = dask["articles"] / dask["seconds"] if dask["seconds"] else 0.0
        print(
            f"| (d) `telisik analyze --engine dask --workers {workers}`, subprocess, wall{ok} | {dask['articles']} articles "
            f"| {dask['seconds']:.2f} | {aps:.1f} | {dask['peak_mb']:.0f} (parent + workers) |"
        )
        if dask["code"]:
            print(f"\ndask run failed: {dask['stderr']}", file=sys.stderr)
    elif not args.no_dask:
        print("| (d) Dask engine | not available (`telisik analyze --help` shows no `--engine`) | | | |")
    print(f"\n(a) {workers} workers: {rate('telisik_workers') / rate('telisik'):.2f}x one process "
          f"({rate('telisik'):.1f} -> {rate('telisik_workers'):.1f} articles/s); the two analysis documents are "
          f"{'equal' if same else 'DIFFERENT'}")
    if not args.no_wall:
        print(f"(a') with start-up: {rate('cli_workers') / rate('cli'):.2f}x; analysis.json "
              f"{'identical byte for byte' if same_cli else 'DIFFERENT'}")
    print(f"(b) telisik extract+clean is {rate('telisik_extract') / rate('trafilatura'):.2f}x trafilatura's speed in one process, "
          f"{rate('telisik_extract_workers') / rate('trafilatura'):.2f}x with {workers} processes")
    print_extract_cpu(workers)
    if dask is not None and dask["seconds"]:
        dask_rate = dask["articles"] / dask["seconds"]
        against_cli = "" if args.no_wall else f"{dask_rate / rate('cli'):.2f}x `telisik analyze --workers 1` (a'), "
        print(f"(d) Dask, {workers} workers, wall with start-up: {against_cli}{dask_rate / rate('telisik'):.2f}x (a) one process")
        print(f"memory of (d) measured by {dask['how']}")
    print_cpu(workers, dask)
    return 0


def print_extract_cpu(workers: int) -> None:
    """(b) in CPU seconds, which another's load on the machine does not change as it changes the wall: the pool's run
    on ``workers`` free cores takes at least its busiest worker's CPU seconds, so one process's CPU over that is the
    best the pool can give (its balance and its overhead, not the machine's load)."""
    cpu = EXTRACT_CPU
    if not {"trafilatura", "telisik_extract", "busiest", "pool"} <= set(cpu):
        return
    print(f"(b) CPU seconds: trafilatura {cpu['trafilatura']:.2f}, telisik one process {cpu['telisik_extract']:.2f} "
          f"({cpu['trafilatura'] / cpu['telisik_extract']:.2f}x trafilatura); the pool of {workers}: {cpu['pool']:.2f} in all, "
          f"the busiest worker {cpu['busiest']:.2f}: on {workers} free cores at best "
          f"{cpu['telisik_extract'] / cpu['busiest']:.2f}x one process, {cpu['trafilatura'] / cpu['busiest']:.2f}x trafilatura")


def print_cpu(workers: int, dask: dict | None) -> None:
    """CPU seconds of the subprocess runs' process trees: what a run costs whatever else shares the machine. On W cores
    a run of C_W CPU seconds is at best W * C_1 / C_W times one process's speed (C_1): the ceiling that no scheduling
    can pass, and the figure to compare when the wall time is another's load."""
    runs = [(f"(a') `telisik analyze --workers {n}`", CPU[key]) for n, key in ((1, "cli"), (workers, "cli_workers")) if key in CPU]
    if dask is not None and dask.get("cpu"):
        runs.append((f"(d) `--engine dask --workers {workers}` (driver alone: {dask['driver_cpu']:.1f} s)", dask["cpu"]))
    if not runs or "cli" not in CPU:
        return
    print("\n| run | CPU s (process tree) | ceiling on the cores here |")
    print("|---|---:|---:|")
    for what, cpu in runs:
        cores = 1 if what.startswith("(a') `telisik analyze --workers 1`") else workers
        print(f"| {what} | {cpu:.1f} | {cores * CPU['cli'] / cpu:.2f}x |")


if __name__ == "__main__":
    sys.exit(main())
