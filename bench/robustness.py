"""Robustness: thousands of hostile inputs through `telisik analyze` and `telisik ingest`; nothing may crash.

    .venv/bin/python bench/robustness.py                  # 10,000 inputs (tens of minutes on 2 cores)
    .venv/bin/python bench/robustness.py --quick          # ~600 inputs at test-suite sizes, heavy classes once: ~10 minutes
    .venv/bin/python bench/robustness.py --count 3000 --seed 7 --keep /tmp/hostile
    TELISIK_TEST_PG_URL=postgresql://user@host/db .venv/bin/python bench/robustness.py   # ingest into PostgreSQL too
    PYTHONPATH=/other/checkout/src .venv/bin/python bench/robustness.py --quick          # run another checkout's telisik

The inputs are the hostile classes of ``tests/hostile.py`` (empty, random and
binary files, truncated containers, hostile JSON lines, encodings, HTML,
decompression bombs, odd names and links, escape sequences, mutated good
pages, random JSON), each written many times over with its own seed, into
batch folders of ``--batch-files`` files, each with a few good pages. Then:

1. each class alone (one instance and one good page), timed: the slowest
   class and its seconds (the CLI has no per-page timing); a class whose run
   crashes is run again file by file, to name each crash;
2. `telisik analyze` on each batch folder, then once on all of them;
3. `telisik ingest` of each batch into one SQLite store (and a new PostgreSQL
   database when ``TELISIK_TEST_PG_URL`` is set).

Printed: inputs, crashes (a non-zero exit other than 1 for "no article", a
traceback on standard error, or a run killed past ``--timeout`` or
``--mem-limit-mb``; must be 0), files neither analysed nor rejected, verdicts
against the expected ones by class, rejections by reason (numbers, paths and
ids stripped), the slowest class, and the peak memory of the children
(``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import sys
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import hostile  # noqa: E402
from hostile import BENCH_SIZES, CLASSES, Case, Ctx, GoodPage, Run, Sizes, run_cli, telisik, token_of  # noqa: E402

GOOD_PER_BATCH = 10
MEMORY_BUDGET_MB = 1024  # what a run may take (tests/test_fuzz.py holds it to this)
HEAVY_INSTANCES = 2  # instances of each heavy class (long text, big HTML, bombs) in the batches
QUICK_SIZES = Sizes(truncations=12)  # test-suite sizes otherwise (20k attributes, not 200k)

# --------------------------------------------------------------------------- writing the inputs


@dataclass
class Batch:
    folder: Path
    good: list[GoodPage] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)


@dataclass
class Plan:
    root: Path
    seed: int
    sizes: Sizes
    count: int
    batch_files: int
    counter: Any = field(default_factory=lambda: hostile.Numbering())
    batches: list[Batch] = field(default_factory=list)
    next_good: int = 1

    @property
    def outside(self) -> Path:
        return self.root / "outside"

    def new_batch(self) -> Batch:
        folder = self.root / "batches" / f"b{len(self.batches):02d}"
        batch = Batch(folder, hostile.good_pages(folder / "good", GOOD_PER_BATCH, self.next_good))
        self.next_good += GOOD_PER_BATCH
        self.batches.append(batch)
        return batch

    def write(self, name: str, instance: int) -> list[Case]:
        batch = self.batches[-1] if self.batches and len(self.batches[-1].cases) < self.batch_files else self.new_batch()
        ctx = Ctx(batch.folder / "hostile" / name, random.Random(f"{self.seed}-{name}-{instance}"), self.outside, self.sizes,
                  batch.good, self.counter)
        cases = hostile.write_class(name, ctx)
        batch.cases += cases
        return cases


def write_inputs(plan: Plan, heavy_instances: int) -> int:
    """At least ``plan.count`` hostile files: the heavy classes a few times, the light ones evenly by files."""
    files: Counter[str] = Counter()
    instances: Counter[str] = Counter()
    for name, cls in CLASSES.items():
        for _ in range(heavy_instances if cls.heavy else 1):
            files[name] += len(plan.write(name, instances[name]))
            instances[name] += 1
    light = [name for name, cls in CLASSES.items() if not cls.heavy]
    while sum(files.values()) < plan.count:
        name = min(light, key=lambda n: (files[n], n))
        files[name] += len(plan.write(name, instances[name]))
        instances[name] += 1
    return sum(files.values())


# --------------------------------------------------------------------------- reading the results


def is_crash(run: Run, out: Path | None = None) -> bool:
    """Killed, a traceback, an exit other than 0 and 1, or exit 0 without its analysis."""
    if run.killed or run.traceback or run.rc not in (0, 1):
        return True
    return out is not None and run.rc == 0 and not (out / "analysis.json").is_file()


def load_analysis(out: Path) -> dict[str, Any] | None:
    try:
        return json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def verdicts(analysis: dict[str, Any]) -> dict[str, str]:
    """Token -> "analysed" or "rejected"."""
    found = {t: "rejected" for r in analysis["rejected"] if (t := token_of(str(r.get("source", ""))))}
    found.update({t: "analysed" for a in analysis["articles"] if (t := token_of(str(a.get("source", ""))))})
    return found


_PATH = re.compile(r"\S*[/\\]\S*")
_HEX = re.compile(r"\b[0-9a-f]{8,}\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def reason_pattern(reason: str) -> str:
    """A rejection reason with paths, ids and numbers stripped, cut to its first words."""
    text = _NUMBER.sub("N", _HEX.sub("<id>", _PATH.sub("<path>", reason)))
    words = text.split()
    return " ".join(words[:10]) + (" ..." if len(words) > 10 else "")


@dataclass
class Tally:
    """What the runs found, added up."""

    runs: list[tuple[str, Run]] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    mismatches: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (class, expected, got)
    unaccounted: list[str] = field(default_factory=list)
    checked: int = 0  # analyses whose verdicts were checked

    def add(self, label: str, run: Run, out: Path | None = None) -> bool:
        self.runs.append((label, run))
        crashed = is_crash(run, out)
        if crashed:
            self.crashes.append(f"{label}: exit {run.rc}: {run.last_error_line()}")
        return crashed

    def check(self, cases: list[Case], good: list[GoodPage], analysis: dict[str, Any], count_reasons: bool) -> None:
        self.checked += 1
        if count_reasons:
            self.reasons.update(reason_pattern(r.get("reason", "")) for r in analysis["rejected"])
        found = verdicts(analysis)
        for case in cases:
            got = found.get(token_of(str(case.path)) or "", "missing")
            if got == "missing":
                self.unaccounted.append(f"{case.cls}: {case.path.name!r}")
            if got == "missing" or case.expected not in ("either", got):
                self.mismatches[(case.cls, case.expected, got)] += 1
        for page in good:
            if found.get(page.token) != "analysed":
                self.mismatches[("good_pages", "analysed", found.get(page.token, "missing"))] += 1

    @property
    def peak_mb(self) -> float:
        return max((run.max_rss_mb for _, run in self.runs), default=0.0)


# --------------------------------------------------------------------------- the runs


def analyze(tally: Tally, label: str, inputs: list[Path], out: Path, args: argparse.Namespace) -> tuple[Run, dict[str, Any] | None]:
    run = run_cli(telisik("analyze", *map(str, inputs), "--out", str(out), "-q"), args.timeout, args.mem_limit_mb)
    tally.add(label, run, out)
    return run, load_analysis(out)


@dataclass
class ClassTiming:
    name: str
    files: int
    run: Run
    crashes: list[str]
    findings: str  # verdicts other than expected, pages lost to internal errors


def time_classes(plan: Plan, tally: Tally, args: argparse.Namespace) -> tuple[Run, list[ClassTiming]]:
    """Each class alone with one good page; a crashing class again file by file."""
    root = plan.root / "classes"
    good = hostile.good_pages(root / "good", 1, first=900_000)
    base_out = root / "out-baseline"
    baseline, _ = analyze(tally, "baseline (one good page)", [good[0].path], base_out, args)
    timings = []
    for n, name in enumerate(CLASSES):
        ctx = Ctx(root / name, random.Random(f"{args.seed}-alone-{name}"), root / "outside", plan.sizes, good, plan.counter)
        cases = hostile.write_class(name, ctx)
        run, analysis = analyze(tally, f"class {name}", [good[0].path, root / name], root / f"out-{name}", args)
        alone = Tally()
        if analysis is not None:
            alone.check(cases, [], analysis, count_reasons=True)
        crashes = per_file_crashes(cases, good[0], root / f"out-{name}-files", args) if is_crash(run) else []
        timings.append(ClassTiming(name, len(cases), run, crashes, findings(alone)))
        print(f"  [{n + 1}/{len(CLASSES)}] {name}: {run.seconds:.1f} s, {run.max_rss_mb:.0f} MB"
              + (f"  CRASH {run.last_error_line()}" if is_crash(run) else ""), flush=True)
    return baseline, timings


def findings(tally: Tally) -> str:
    """What a class's run got wrong short of crashing: "expected -> got xN" and internal errors."""
    wrong = [f"{expected} -> {got} x{n}" for (_cls, expected, got), n in sorted(tally.mismatches.items())]
    internal = sum(n for pattern, n in tally.reasons.items() if "internal error" in pattern)
    wrong += [f"{internal} internal errors"] if internal else []
    return "; ".join(wrong) or "as expected"


def per_file_crashes(cases: list[Case], good: GoodPage, out: Path, args: argparse.Namespace) -> list[str]:
    """Each file of a crashing class on its own: which ones crash, and how."""
    found = []
    for i, case in enumerate(cases):
        run = run_cli(telisik("analyze", str(good.path), str(case.path), "--out", str(out / str(i)), "-q"), args.timeout, args.mem_limit_mb)
        if is_crash(run):
            found.append(f"{ascii(case.path.name)}: {run.last_error_line()}")
    return found


def _brief(run: Run) -> str:
    crash = f", CRASH {run.last_error_line()}" if is_crash(run) else ""
    return f"{run.seconds:.0f} s, {run.max_rss_mb:.0f} MB, exit {run.rc}{crash}"


def run_batches(plan: Plan, tally: Tally, args: argparse.Namespace) -> None:
    for batch in plan.batches:
        out = plan.root / "out" / batch.folder.name
        run, analysis = analyze(tally, f"analyze {batch.folder.name} ({len(batch.cases)} files)", [batch.folder], out, args)
        if analysis is not None:
            tally.check(batch.cases, batch.good, analysis, count_reasons=True)
        print(f"  analyze {batch.folder.name}: {len(batch.cases)} files, {_brief(run)}", flush=True)
    out = plan.root / "out" / "all"
    run, _ = analyze(tally, "analyze all batches at once", [b.folder for b in plan.batches], out, args)
    print(f"  analyze all: {sum(len(b.cases) for b in plan.batches)} files, {_brief(run)}", flush=True)


def ingest(plan: Plan, tally: Tally, db: str, label: str, args: argparse.Namespace) -> None:
    for batch in plan.batches:
        run = run_cli(telisik("ingest", str(batch.folder), "--db", db, "-q"), args.timeout, args.mem_limit_mb)
        tally.add(f"ingest {label} {batch.folder.name}", run)
        print(f"  ingest {label} {batch.folder.name}: {_brief(run)}", flush=True)


def sqlite_counts(db: Path, plan: Plan) -> str:
    try:
        with sqlite3.connect(db) as conn:
            sources = [s for (s,) in conn.execute("select source from articles")]
            rejected = conn.execute("select count(*) from rejections").fetchone()[0]
    except sqlite3.Error as err:
        return f"cannot read the store: {err}"
    tokens = {token_of(s) for s in sources}
    good = [p for b in plan.batches for p in b.good]
    stored_good = sum(p.token in tokens for p in good)
    return f"{len(sources)} articles ({stored_good}/{len(good)} good pages), {rejected} rejections"


@contextmanager
def pg_database(url: str) -> Iterator[str]:
    """A new PostgreSQL database on the server of ``url``, dropped afterwards."""
    import sqlalchemy as sa

    admin = sa.create_engine(re.sub(r"^postgres(?:ql)?://", "postgresql+psycopg://", url), isolation_level="AUTOCOMMIT")
    name = "telisik_robust_" + uuid.uuid4().hex[:8]
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# --------------------------------------------------------------------------- the report


def print_classes(baseline: Run, timings: list[ClassTiming]) -> None:
    print(f"\nclasses alone (one instance + one good page; baseline {baseline.seconds:.1f} s, {baseline.max_rss_mb:.0f} MB):")
    for t in sorted(timings, key=lambda t: -t.run.seconds):
        status = f"CRASH {t.run.last_error_line()}" if is_crash(t.run) else f"exit {t.run.rc}, {t.findings}"
        print(f"  {t.name:<24} {t.files:>4} files {t.run.seconds:7.1f} s {t.run.max_rss_mb:7.0f} MB  {status}")
        for line in t.crashes:
            print(f"      {line}")
    slowest = max(timings, key=lambda t: t.run.seconds)
    print(f"slowest class: {slowest.name}, {slowest.run.seconds:.1f} s ({slowest.run.seconds - baseline.seconds:.1f} s over the baseline)")


def print_report(n_inputs: int, tally: Tally) -> None:
    print(f"\ninputs: {n_inputs} hostile files")
    print(f"runs: {len(tally.runs)}; crashes: {len(tally.crashes)}")
    for line in tally.crashes:
        print(f"  CRASH {line}")
    example = f" (e.g. {tally.unaccounted[:5]})" if tally.unaccounted else ""
    print(f"files neither analysed nor rejected: {len(tally.unaccounted)}{example}")
    print(f"verdicts other than expected (class: expected -> got, files), from the {tally.checked} batch analyses written:")
    for (cls, expected, got), n in sorted(tally.mismatches.items()):
        print(f"  {cls}: {expected} -> {got}: {n}")
    if not tally.mismatches:
        print("  none")
    print("rejections by reason (batch runs):")
    for pattern, n in tally.reasons.most_common(30):
        print(f"  {n:6d}  {ascii(pattern)[1:-1]}")
    internal = sum(n for pattern, n in tally.reasons.items() if "internal error" in pattern)
    print(f"pages lost to an internal error (caught, but a bug): {internal}")
    over = [f"{label} ({run.max_rss_mb:.0f} MB)" for label, run in tally.runs if run.max_rss_mb > MEMORY_BUDGET_MB]
    print(f"peak memory of a child: {tally.peak_mb:.0f} MB; runs over {MEMORY_BUDGET_MB} MB: {len(over)}")
    for line in over:
        print(f"  {line}")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=None, help="hostile inputs to write (default 10000; 600 with --quick)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, default=None, help="write the inputs and outputs here and keep them")
    ap.add_argument("--quick", action="store_true", help="600 inputs, test-suite sizes, each heavy class once")
    ap.add_argument("--batch-files", type=int, default=None, help="hostile files per analyze run (default 3000; 300 with --quick)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a run is killed (default 1800)")
    ap.add_argument("--mem-limit-mb", type=float, default=3000, help="memory past which a run is killed (default 3000)")
    ap.add_argument("--no-classes", action="store_true", help="skip the class-by-class runs")
    ap.add_argument("--write-only", action="store_true", help="write the inputs (into --keep) and stop")
    args = ap.parse_args(argv)
    if args.count is None:
        args.count = 600 if args.quick else 10_000
    if args.batch_files is None:
        args.batch_files = 300 if args.quick else 3000
    return args


@contextmanager
def work_dir(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        if keep.exists():
            shutil.rmtree(keep)
        keep.mkdir(parents=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="telisik-robust-") as tmp:
        yield Path(tmp)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with work_dir(args.keep) as root:
        plan = Plan(root, args.seed, QUICK_SIZES if args.quick else BENCH_SIZES, args.count, args.batch_files)
        n_inputs = write_inputs(plan, heavy_instances=1 if args.quick else HEAVY_INSTANCES)
        print(f"wrote {n_inputs} hostile files in {len(plan.batches)} batches under {root}", flush=True)
        if args.write_only:
            return 0
        tally = Tally()
        if not args.no_classes:
            print("each class alone:", flush=True)
            baseline, timings = time_classes(plan, tally, args)
        print("batches:", flush=True)
        run_batches(plan, tally, args)
        ingest(plan, tally, str(root / "store.db"), "sqlite", args)
        print(f"  sqlite store: {sqlite_counts(root / 'store.db', plan)}")
        if os.environ.get("TELISIK_TEST_PG_URL"):
            with pg_database(os.environ["TELISIK_TEST_PG_URL"]) as url:
                ingest(plan, tally, url, "postgresql", args)
        else:
            print("  postgresql: skipped (TELISIK_TEST_PG_URL is not set)")
        if not args.no_classes:
            print_classes(baseline, timings)
        print_report(n_inputs, tally)
        return 1 if tally.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
