"""Ingest throughput into SQLite and PostgreSQL on the real corpus (``../shared/data/corpus``, ~11k articles).

    python bench/store.py [--limit N] [--pg postgresql://...] [--workers N]

What `telisik ingest` spends is analysis (the same for every database) plus
writing and remaking stories (the database's part). The corpus is analysed
once, timed; then the same analysed articles are written to each database in
batches of 50, as `telisik ingest` writes them, and the stories are remade.
Printed per database: write rate, story time, the end-to-end ingest rate
(analysis + write + stories), and the time of a second ingest of the same
input, which must store nothing. Then ``ingest`` itself runs end to end on a
fresh database with ``--workers`` processes (``engine.pool``: the NLP in the
workers, this process the one writer; default every core), their pipelines
built before the clock, and its rate is printed beside the one-process rate.

PostgreSQL comes from ``--pg`` or ``TELISIK_TEST_PG_URL``
(``scripts/pg_test_server.sh start`` gives one); without it only SQLite runs.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from telisik.engine.ingest import ingest  # noqa: E402
from telisik.engine.local import Analyzer  # noqa: E402
from telisik.engine.pool import default_workers  # noqa: E402
from telisik.records import Article, RawDocument  # noqa: E402
from telisik.store.repository import Store, database_url  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "corpus"
FILES = ["indonews_jun2025.jsonl.gz", "indosum_dev_union.jsonl.gz"]
BATCH = 50


def corpus_inputs(limit: int | None, workdir: Path) -> list[str]:
    paths = [CORPUS / f for f in FILES]
    if limit is None:
        return [str(p) for p in paths]
    # the first N records, spread over both files
    out = workdir / "sample.jsonl"
    per_file = [limit - limit // 2, limit // 2]
    with out.open("w", encoding="utf-8") as fh:
        for path, n in zip(paths, per_file, strict=True):
            with gzip.open(path, "rt", encoding="utf-8") as src:
                fh.writelines(itertools.islice(src, n))
    return [str(out)]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pg_database(url: str) -> tuple[str, sa.Engine, str]:
    admin = sa.create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    name = "telisik_bench_" + uuid.uuid4().hex[:8]
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    return url.rsplit("/", 1)[0] + "/" + name, admin, name


def parallel_ingest(label: str, args: argparse.Namespace, inputs: list[str], workdir: Path, one_rate: float) -> tuple[float, int, float]:
    """``ingest`` end to end into a fresh database of ``label`` with ``args.workers`` processes:
    (seconds, articles added, its rate against ``one_rate``)."""
    cleanup = None
    if label == "sqlite":
        url = str(workdir / "parallel.db")
    else:
        url, admin, name = pg_database(args.pg)
        cleanup = (admin, name)
    store = Store(url)
    with Analyzer(workers=args.workers) as analyzer:
        assert analyzer.pool is not None or args.workers == 1
        if analyzer.pool is not None:
            analyzer.pool.warm()
        started = time.perf_counter()
        report = ingest(store, inputs, analyzer)
        seconds = time.perf_counter() - started
    store.close()
    if cleanup:
        admin, name = cleanup
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return seconds, report.added, report.added / seconds / one_rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N corpus records only")
    ap.add_argument("--pg", default=os.environ.get("TELISIK_TEST_PG_URL"), help="PostgreSQL server URL")
    ap.add_argument("--workers", type=int, default=default_workers(), help="processes of the parallel ingest (default: the cores)")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    workdir = Path(tempfile.mkdtemp(prefix="telisik-bench-store-"))
    inputs = corpus_inputs(args.limit, workdir)

    analyzer = Analyzer()
    analyzer.nlp  # noqa: B018 - load the pipeline before the clock starts
    started = time.perf_counter()
    articles: list[Article] = []
    rejected = 0
    seen: set[str] = set()
    for item in analyzer.reader.read(inputs):
        result = analyzer.process(item) if isinstance(item, RawDocument) else item
        if isinstance(result, Article) and result.id not in seen:
            seen.add(result.id)
            articles.append(result)
        else:
            rejected += 1
    analysis_s = time.perf_counter() - started
    n = len(articles)
    print(f"corpus: {n} articles analysed, {rejected} rejected or repeated, in {analysis_s:.1f} s ({n / analysis_s:.1f} articles/s)")
    print(f"peak RSS after analysis: {peak_mb():.0f} MB")

    targets = [("sqlite", str(workdir / "bench.db"), None)]
    if args.pg:
        url, admin, name = pg_database(args.pg)
        targets.append(("postgresql", url, (admin, name)))
    else:
        print("postgresql: skipped (no --pg or TELISIK_TEST_PG_URL)")

    parallel: list[tuple[str, float, int, float]] = []
    print()
    print("| database | write s | write art/s | stories s | ingest art/s (analysis + write + stories) | second ingest s | stored |")
    print("|---|---|---|---|---|---|---|")
    for label, url, cleanup in targets:
        store = Store(url)
        t0 = time.perf_counter()
        for i in range(0, n, BATCH):
            store.add(articles[i : i + BATCH])
        t1 = time.perf_counter()
        made, reclustered = store.remake_stories(reanchor=analyzer.reanchor)
        t2 = time.perf_counter()
        again = ingest(store, inputs, analyzer)
        t3 = time.perf_counter()
        counts = store.counts()
        assert again.added == 0, "a second ingest of the same input must store nothing"
        write_s, story_s = t1 - t0, t2 - t1
        print(
            f"| {label} | {write_s:.1f} | {n / write_s:.0f} | {story_s:.1f} ({made} stories of {reclustered} articles) | "
            f"{n / (analysis_s + write_s + story_s):.1f} | {t3 - t2:.1f} | {counts['articles']} articles, {counts['entities']} entities |"
        )
        store.close()
        if cleanup:
            admin, name = cleanup
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        parallel.append((label, *parallel_ingest(label, args, inputs, workdir, n / (analysis_s + write_s + story_s))))
    print(f"\n| database | `ingest`, {args.workers} workers, end to end s | articles/s | x one process (the rate above) |")
    print("|---|---|---|---|")
    for label, seconds, added, ratio in parallel:
        print(f"| {label} | {seconds:.1f} | {added / seconds:.1f} | {ratio:.2f}x |")
    db_mb = (workdir / "bench.db").stat().st_size / 1e6
    print(f"\nSQLite file: {db_mb:.0f} MB for {n} articles; peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
