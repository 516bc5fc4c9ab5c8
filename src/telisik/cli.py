"""The ``telisik`` command line.

    telisik analyze INPUTS... --out DIR [--engine local|dask [--scheduler ADDRESS] [--workers N] [--parts]]
    telisik ingest INPUTS... [--db URL]
    telisik export [--db URL] --format json|jsonl|parquet --out PATH
    telisik serve [--db URL] [--port N]

Exit codes: 0 when at least one article was analysed, 1 when none was, 2 for
usage errors.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from telisik import __version__
from telisik.records import Article, Rejection

# The progress bar appears only once a run has taken this long.
_PROGRESS_AFTER_S = 2.0


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="telisik", description="News intelligence for Indonesian-language news.")
    ap.add_argument("--version", action="version", version=f"telisik {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse news pages into DIR/analysis.json and DIR/report.html")
    an.add_argument("inputs", nargs="+", help="files or directories: .txt, .html, .jsonl(.gz), .warc(.gz), any of them gzipped")
    an.add_argument("--out", required=True, help="output directory")
    an.add_argument("--max-mb", type=float, default=20.0, help="largest single page to read, in MB (default 20)")
    an.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary table")
    an.add_argument("-v", "--verbose", action="store_true", help="log tracebacks of internal errors")
    an.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: this process (default); dask: a Dask distributed cluster, the same analysis")
    an.add_argument("--scheduler", default=None, help="with --engine dask: the scheduler's address (default: a local cluster)")
    an.add_argument("--workers", type=int, default=None, help="with --engine dask and no --scheduler: worker processes (default 2)")
    an.add_argument("--parts", action="store_true",
                    help="with --engine dask: write DIR/parts/*.jsonl (articles by task, stories, entities, rejected) "
                    "instead of analysis.json and report.html")
    ing = sub.add_parser("ingest", help="add news pages to a store and update its stories")
    ing.add_argument("inputs", nargs="+", help="files or directories, as for analyze")
    ing.add_argument("--db", default=None, help="database: a SQLite file path or a postgresql:// URL (default ./telisik.db)")
    ing.add_argument("--max-mb", type=float, default=20.0, help="largest single page to read, in MB (default 20)")
    ing.add_argument("--batch", type=int, default=50, help="articles written per transaction (default 50)")
    ing.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    ing.add_argument("-v", "--verbose", action="store_true", help="log tracebacks of internal errors")
    ex = sub.add_parser("export", help="write everything in a store out")
    ex.add_argument("--db", default=None, help="database (default ./telisik.db)")
    ex.add_argument("--format", choices=("json", "jsonl", "parquet"), default="json", help="json: one analysis document; "
                    "jsonl: one file per table, a record a line; parquet: one file per table")
    ex.add_argument("--out", required=True, help="output: a file for json (- for standard output), a directory for jsonl and parquet")
    sv = sub.add_parser("serve", help="web pages and a JSON API over a store")
    sv.add_argument("--db", default=None, help="database (default ./telisik.db)")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    return ap


class _LazyProgress:
    """A progress bar that shows itself only on runs longer than a couple of seconds."""

    def __init__(self, console: Console, enabled: bool):
        self.console = console
        self.enabled = enabled
        self.started = time.monotonic()
        self.progress: Progress | None = None
        self.task: Any = None
        self.done = 0

    def reject(self, item: Rejection) -> None:
        """Say why a page was rejected, above the bar when it shows."""
        (self.progress.console if self.progress else self.console).print(f"telisik: rejected {item.source}: {item.reason}", markup=False)

    def advance(self, label: str, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        if self.progress is None and time.monotonic() - self.started > _PROGRESS_AFTER_S:
            self.progress = Progress(
                TextColumn("analysing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[label]}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("analyse", total=None, completed=self.done, label="")
        if self.progress is not None:
            self.progress.update(self.task, completed=self.done, label=label[-50:])

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _summary(console: Console, analysis: dict[str, Any], seconds: float, out: str, wrote: str | None = None) -> None:
    articles = analysis["articles"]
    table = Table(title=f"telisik analyze: {len(articles)} articles, {len(analysis['rejected'])} rejected, {seconds:.1f} s")
    table.add_column("outlet")
    table.add_column("articles", justify="right")
    table.add_column("dated", justify="right")
    table.add_column("with authors", justify="right")
    by_outlet = Counter(a["outlet"] or "(unknown)" for a in articles)
    for outlet, n in by_outlet.most_common():
        group = [a for a in articles if (a["outlet"] or "(unknown)") == outlet]
        table.add_row(outlet, str(n), str(sum(bool(a["published"]) for a in group)), str(sum(bool(a["authors"]) for a in group)))
    console.print(table)
    console.print(wrote or f"wrote {Path(out) / 'analysis.json'} and {Path(out) / 'report.html'}")


def _analyze(args: argparse.Namespace) -> int:
    if args.engine == "dask":
        return _analyze_dask(args)
    if args.scheduler or args.workers is not None or args.parts:
        Console(stderr=True, highlight=False).print("telisik: --scheduler, --workers and --parts need --engine dask", markup=False)
        return 2
    from telisik.pipeline import Analyzer
    from telisik.render import write_outputs

    err = Console(stderr=True, highlight=False)
    started = time.monotonic()
    analyzer = Analyzer(max_bytes=int(args.max_mb * 1024 * 1024))
    progress = _LazyProgress(err, enabled=not args.quiet)

    def on_item(item: Article | Rejection) -> None:
        if isinstance(item, Rejection):
            progress.reject(item)
        progress.advance(item.source)

    try:
        analysis = analyzer.analyze(args.inputs, on_item=on_item)
    finally:
        progress.stop()
    write_outputs(analysis, args.out)
    if not args.quiet:
        _summary(Console(highlight=False), analysis, time.monotonic() - started, args.out)
    if not analysis["articles"]:
        err.print("telisik: no article could be analysed", markup=False)
        return 1
    return 0


def _analyze_dask(args: argparse.Namespace) -> int:
    from telisik import batch

    err = Console(stderr=True, highlight=False)
    if not args.verbose:
        import distributed  # noqa: F401 - importing it sets its loggers' levels; quieten them after

        logging.getLogger("distributed").setLevel(logging.WARNING)
    workers = 2 if args.workers is None else args.workers
    if workers < 1:
        err.print("telisik: --workers must be at least 1", markup=False)
        return 2
    started = time.monotonic()
    progress = _LazyProgress(err, enabled=not args.quiet)

    try:
        result = batch.analyse(
            args.inputs,
            args.out,
            scheduler=args.scheduler,
            workers=workers,
            max_bytes=int(args.max_mb * 1024 * 1024),
            parts=args.parts,
            on_rejection=progress.reject,
            on_progress=lambda n, label: progress.advance(label, n),
        )
    except Exception as exc:  # noqa: BLE001 - the cluster or the output directory failed: say so, no traceback
        err.print(f"telisik: the Dask run failed: {type(exc).__name__}: {exc}", markup=False)
        return 1
    finally:
        progress.stop()
    for note in result.notes:
        err.print(f"telisik: {note}", markup=False)
    if not args.quiet:
        rows = [{"outlet": outlet, "published": dated, "authors": authored} for outlet, dated, authored in result.rows]
        wrote = "wrote " + (f"{Path(args.out) / 'parts'}/" if args.parts else " and ".join(str(p) for p in result.written))
        _summary(Console(highlight=False), {"articles": rows, "rejected": result.rejected}, time.monotonic() - started, args.out, wrote)
    if not result.articles:
        err.print("telisik: no article could be analysed", markup=False)
        return 1
    return 0


def _open_store(db: str | None, err: Console) -> Any:
    from sqlalchemy.exc import SQLAlchemyError

    from telisik.store import Store

    try:
        return Store(db)
    except (SQLAlchemyError, OSError, ValueError) as exc:
        err.print(f"telisik: cannot open the store {db or './telisik.db'}: {exc}", markup=False)
        return None


def _ingest(args: argparse.Namespace) -> int:
    from telisik.pipeline import Analyzer
    from telisik.store import ingest

    err = Console(stderr=True, highlight=False)
    if args.batch < 1:
        err.print("telisik: --batch must be at least 1", markup=False)
        return 2
    store = _open_store(args.db, err)
    if store is None:
        return 1
    started = time.monotonic()
    analyzer = Analyzer(max_bytes=int(args.max_mb * 1024 * 1024))
    progress = _LazyProgress(err, enabled=not args.quiet)

    def on_item(item: Article | Rejection | str) -> None:
        if isinstance(item, Rejection):
            progress.reject(item)
        progress.advance(item if isinstance(item, str) else item.source)

    try:
        report = ingest(store, args.inputs, analyzer, batch_size=args.batch, on_item=on_item)
    finally:
        progress.stop()
    seconds = time.monotonic() - started
    if not args.quiet:
        counts = store.counts()
        Console(highlight=False).print(
            f"telisik ingest: {report.added} articles added, {report.already_stored} already stored, "
            f"{len(report.rejected)} rejected; {report.stories_remade} stories remade from {report.articles_reclustered} articles "
            f"in {seconds:.1f} s. The store holds {counts['articles']} articles in {counts['stories']} stories.",
            markup=False,
        )
    store.close()
    return 0 if report.added or report.already_stored else 1


def _export(args: argparse.Namespace) -> int:
    from telisik.export import export

    err = Console(stderr=True, highlight=False)
    store = _open_store(args.db, err)
    if store is None:
        return 1
    try:
        written = export(store, args.format, args.out)
    except OSError as exc:
        err.print(f"telisik: cannot write {args.out}: {exc}", markup=False)
        return 1
    finally:
        store.close()
    for path in written:
        err.print(f"wrote {path}", markup=False)
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from telisik.web import create_app

    err = Console(stderr=True, highlight=False)
    store = _open_store(args.db, err)
    if store is None:
        return 1
    uvicorn.run(create_app(store), host=args.host, port=args.port, log_level="warning")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = logging.DEBUG if getattr(args, "verbose", False) else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    commands = {"analyze": _analyze, "ingest": _ingest, "export": _export, "serve": _serve}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
