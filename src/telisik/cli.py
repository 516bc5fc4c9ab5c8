"""The ``telisik`` command line.

    telisik analyze INPUTS... --out DIR [--format json|jsonl|csv|parquet] [--field FIELD=COLUMN] [--workers N]
                    [--engine local|dask [--scheduler ADDRESS] [--parts]]
    telisik ingest INPUTS... [--db URL] [--field FIELD=COLUMN] [--workers N]
    telisik export [--db URL] --format json|jsonl|parquet|graphml|gexf --out PATH [--type T] [--top N] [--min-weight N] ...
    telisik check [--db URL] [--repair]
    telisik serve [--db URL] [--port N]

Exit codes: 0 when at least one article was analysed, 1 when none was, 2 for
usage errors.
"""

from __future__ import annotations

import argparse
import difflib
import logging
import math
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from telisik.engine.pool import CLUSTER_PRELOAD, PRELOAD, default_workers
from telisik.extras import MissingExtra
from telisik.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_PAGE_SECONDS
from telisik.records import Article, Rejection
from telisik.version import __version__

log = logging.getLogger(__name__)

# The progress bar appears only once a run has taken this long.
_PROGRESS_AFTER_S = 2.0
# Off a terminal, progress is a plain line this often.
_PLAIN_EVERY_S = 10.0

# What must not reach a terminal raw from file names and page fields: C0 and C1
# control characters (ESC starts a terminal escape sequence), DEL, bidirectional
# overrides that reorder what is shown, and lone surrogates (undecodable file names).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` as one terminal line: control characters and the like shown as escapes (``\\x1b``), never sent raw."""
    return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def _console(stderr: bool = False) -> Console:
    # soft_wrap: a long message stays one line (a terminal wraps it; a log keeps it whole)
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _say(console: Console, text: str) -> None:
    console.print(printable(text), markup=False)


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line and exit 2, before any model loads."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {printable(message)} (see {self.prog} --help)\n")

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        # argparse itself would first say "required: --out" for "--output DIR", or only "unrecognized arguments"
        argv = list(sys.argv[1:] if args is None else args)
        unknown = self._unknown_option(argv)
        if unknown:
            near = difflib.get_close_matches(unknown, self._long_options(), n=1, cutoff=0.6)
            self.error(f"unrecognized option {unknown}" + (f"; did you mean {near[0]}?" if near else ""))
        return super().parse_known_args(argv, namespace)

    def _long_options(self) -> list[str]:
        return [name for action in self._actions for name in action.option_strings if name.startswith("--")]

    def _unknown_option(self, argv: list[str]) -> str | None:
        """The first ``--name`` in ``argv`` that is no option of this command (nor an abbreviation of one), up to a subcommand."""
        known = self._long_options()
        commands = {name for action in self._actions if isinstance(action, argparse._SubParsersAction) for name in action.choices}
        for token in argv:
            if token == "--" or token in commands:
                return None
            name = token.split("=", 1)[0]
            if name.startswith("--") and not any(option.startswith(name) for option in known):
                return name
        return None


def _positive(kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not math.isfinite(value) or value <= 0:
            raise argparse.ArgumentTypeError(f"must be a positive number, not {text!r}")
        return value

    parse.__name__ = f"positive {kind.__name__}"
    return parse


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="telisik", description="News intelligence for Indonesian-language news.")
    ap.add_argument("--version", action="version", version=f"telisik {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse news pages into DIR/analysis.json and DIR/report.html")
    an.add_argument("inputs", nargs="+", help="files or directories: .txt, .html, .jsonl, .warc, .csv, .tsv, .xlsx, .json, .parquet, "
                    "any of them gzipped")
    an.add_argument("--out", required=True, help="output directory (analysis.json or the tables of --format, and report.html)")
    an.add_argument("--format", choices=("json", "jsonl", "csv", "parquet"), default="json",
                    help="json: analysis.json (default); jsonl, csv, parquet: flat tables, one file each (articles, mentions, "
                    "quotes, citations, events, stories, threads, entities, rejected); report.html with each")
    _add_limits(an)
    an.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary table")
    an.add_argument("-v", "--verbose", action="store_true", help="log tracebacks of internal errors")
    an.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: this process (default); dask: a Dask distributed cluster, the same analysis")
    an.add_argument("--scheduler", default=None, help="with --engine dask: the scheduler's address (default: a local cluster)")
    _add_workers(an, "; with --engine dask and no --scheduler, the Dask cluster's worker processes")
    an.add_argument("--parts", action="store_true",
                    help="with --engine dask: write DIR/parts/*.jsonl (articles by task, stories, entities, rejected) "
                    "instead of analysis.json and report.html")
    ing = sub.add_parser("ingest", help="add news pages to a store and update its stories")
    ing.add_argument("inputs", nargs="+", help="files or directories, as for analyze")
    ing.add_argument("--db", default=None, help="database: a SQLite file path or a postgresql:// URL (default ./telisik.db)")
    _add_limits(ing)
    _add_workers(ing, "")
    ing.add_argument("--batch", type=_positive(int), default=50, help="articles written per transaction (default 50)")
    ing.add_argument("--wait", type=_positive(float), default=None,
                     help="seconds to wait while another ingest holds the store (default: wait until it ends)")
    ing.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    ing.add_argument("-v", "--verbose", action="store_true", help="log tracebacks of internal errors")
    ex = sub.add_parser("export", help="write everything in a store out")
    ex.add_argument("--db", default=None, help="database (default ./telisik.db)")
    ex.add_argument("--format", choices=("json", "jsonl", "parquet", "graphml", "gexf"), default="json",
                    help="json: one analysis document; jsonl: one file per table, a record a line; parquet: one file per table; "
                    "graphml, gexf: the entity co-mention network, one file (for Gephi, networkx)")
    ex.add_argument("--out", required=True, help="output: a file for json (- for standard output), a directory for jsonl and parquet")
    net = ex.add_argument_group("network filters (graphml, gexf)")
    net.add_argument("--type", action="append", choices=("PER", "ORG", "LOC", "MISC"), dest="types",
                     help="only entities of this type (repeatable; default every type)")
    net.add_argument("--top", type=_positive(int), default=None, help="only the N entities in most articles")
    net.add_argument("--min-weight", type=_positive(int), default=1, help="only links of at least N shared articles (default 1)")
    net.add_argument("--outlet", default=None, help="only articles of this outlet")
    net.add_argument("--since", type=_day, default=None, help="only articles of this day (YYYY-MM-DD, WIB) or later")
    net.add_argument("--until", type=_day, default=None, help="only articles of this day or earlier")
    ck = sub.add_parser("check", help="check a store's invariants and repair what a crashed run left")
    ck.add_argument("--db", default=None, help="database (default ./telisik.db)")
    ck.add_argument("--repair", action="store_true", help="repair what is wrong (takes the store's write lock)")
    sc = sub.add_parser("schema", help="print the JSON Schema of analysis.json (generated from telisik's typed records)")
    sc.add_argument("--out", default="-", help="file to write it to (default - : standard output)")
    sv = sub.add_parser("serve", help="web pages and a JSON API over a store")
    sv.add_argument("--db", default=None, help="database (default ./telisik.db)")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sv.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    return ap


def _port(text: str) -> int:
    port = _positive(int)(text)
    if port > 65535:
        raise argparse.ArgumentTypeError(f"not a TCP port: {text!r}")
    return int(port)


def _add_limits(command: argparse.ArgumentParser) -> None:
    """The bounds on one page's cost, shared by analyze and ingest."""
    command.add_argument("--max-mb", type=_positive(float), default=DEFAULT_MAX_BYTES / 1024 / 1024,
                         help=f"largest single page to read, in MB, also once decompressed (default {DEFAULT_MAX_BYTES // 1024 // 1024})")
    command.add_argument("--max-chars", type=_positive(int), default=DEFAULT_MAX_CHARS,
                         help=f"longest article body analysed, in characters (default {DEFAULT_MAX_CHARS:,}); "
                         "longer ones are analysed in windows up to this, and rejected beyond it")
    command.add_argument("--page-seconds", type=_positive(float), default=DEFAULT_PAGE_SECONDS,
                         help=f"time budget of one page; a page over it is rejected and the run goes on (default {DEFAULT_PAGE_SECONDS:g})")
    command.add_argument("--follow-links", action="store_true",
                         help="read symbolic links in input folders that point outside them (default: list them as rejected)")
    command.add_argument("--field", action="append", type=_field_option, default=[], metavar="FIELD=COLUMN",
                         help="read a field of tables and JSON records from this column, e.g. text=isi,published=tanggal "
                         "(repeatable; fields: text, html, title, published, authors, editors, outlet, url, id; "
                         "by default news-watch's and the usual names are recognised)")


def _add_workers(command: argparse.ArgumentParser, more: str) -> None:
    command.add_argument("--workers", type=_positive(int), default=None,
                         help=f"processes that analyse the pages, each with its own copy of the NLP (~0.6 GB) (default: the "
                         f"{default_workers()} cores here; 1: this process alone); the result is the same whatever their number{more}")


def _field_option(text: str) -> dict[str, str]:
    """One --field value ("text=isi,published=tanggal") as {field: column}; a usage error when malformed."""
    from telisik.pages.tables import parse_fields

    try:
        return parse_fields(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err).removeprefix("--field: ")) from None


def count_pages(inputs: list[str], follow_links: bool = False, fields: dict[str, str] | None = None) -> int:
    """How many items (pages, records, rejections) a run over ``inputs`` will report, for the progress bar's total.

    The files the reader walks, each container's records counted by the scan
    the Dask engine plans its ranges with (a table's rows too); a file read whole
    counts one. ``fields``: the --field mapping, which can make a file a table.
    """
    from telisik.pages.read import Reader

    reader = Reader(follow_links=follow_links, fields=fields)
    total = 0
    for item in reader.walk(inputs):
        scanned = None if isinstance(item, Rejection) else reader.scan(item)
        total += len(scanned[0]) if scanned else 1
    return total


def _count_input(args: argparse.Namespace) -> int:
    """The pages and records of a command's input, for the progress bar's total."""
    return count_pages(args.inputs, args.follow_links, _limits(args)["fields"])


class _LazyProgress:
    """Progress that shows itself only on runs longer than a couple of seconds.

    On a terminal, a bar with the count, and once the input is counted (in a
    thread, while the run goes on) its total and the time left. Off a terminal
    (a log, a pipe), a plain line every ``_PLAIN_EVERY_S`` seconds.
    """

    def __init__(self, console: Console, enabled: bool, count: Callable[[], int] | None = None):
        self.console = console
        self.enabled = enabled
        self.started = time.monotonic()
        self.progress: Progress | None = None
        self.task: Any = None
        self.done = 0
        self.total: int | None = None
        self.first: tuple[float, int] | None = None  # when the first page came, and the count before it
        self.next_line = self.started + _PLAIN_EVERY_S  # a short run off a terminal prints no progress at all
        self.other_formats: Counter[str] = Counter()
        if enabled and count is not None:
            threading.Thread(target=self._count, args=(count,), daemon=True).start()

    def _count(self, count: Callable[[], int]) -> None:
        try:
            self.total = count()
        except Exception:  # noqa: BLE001 - a total is a nicety: without it the bar counts up
            log.debug("could not count the input", exc_info=True)

    def reject(self, item: Rejection) -> None:
        """Say why a page was rejected, above the bar when it shows; files of other formats
        (a README beside the pages) are counted, and said in one line at the end."""
        if item.other_format:
            self.other_formats[Path(item.source).suffix or "no suffix"] += 1
            return
        _say(self.progress.console if self.progress else self.console, f"telisik: rejected {item.source}: {item.reason}")

    def advance(self, label: str, n: int = 1) -> None:
        now = time.monotonic()
        if self.first is None:
            self.first = (now, self.done)
        self.done += n
        if not self.enabled:
            return
        if not self.console.is_terminal:
            if now >= self.next_line:
                self.next_line = now + _PLAIN_EVERY_S
                _say(self.console, f"telisik: {self._status(now)}")
            return
        if self.progress is None and now - self.started > _PROGRESS_AFTER_S:
            self.progress = Progress(
                TextColumn("analysing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[label]}", markup=False),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=self.console,
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("analyse", total=None, completed=self.done, label="")
        if self.progress is not None:
            total = max(self.total, self.done) if self.total is not None else None
            self.progress.update(self.task, total=total, completed=self.done, label=printable(label[-50:]))

    def _status(self, now: float) -> str:
        elapsed = _clock(now - self.started)
        if self.total is None or self.done >= self.total:
            return f"{self.done:,} pages read in {elapsed}"
        share = f"{self.done:,} of {self.total:,} pages read ({self.done / self.total:.0%}) in {elapsed}"
        # the pace since the first page, not since the start: loading the NLP is no page's cost
        if self.first is None or self.done - self.first[1] < 2 or now <= self.first[0]:
            return share
        first_at, first_done = self.first
        left = (now - first_at) / (self.done - first_done) * (self.total - self.done)
        return f"{share}; about {_clock(left)} left"

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
        if self.other_formats:
            n = sum(self.other_formats.values())
            kinds = ", ".join(f"{suffix} {count}" for suffix, count in sorted(self.other_formats.items()))
            _say(self.console, f"telisik: skipped {n} file{'s' if n > 1 else ''} of no format telisik reads ({kinds}); listed as rejected")


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}" if minutes >= 60 else f"{minutes}:{secs:02d}"


def _summary(console: Console, analysis: dict[str, Any], seconds: float, out: str, wrote: str | None = None) -> None:
    articles = analysis["articles"]
    table = Table(title=f"telisik analyze: {len(articles):,} articles, {len(analysis['rejected']):,} rejected, {seconds:.1f} s")
    table.add_column("outlet")
    table.add_column("articles", justify="right")
    table.add_column("dated", justify="right")
    table.add_column("with authors", justify="right")
    by_outlet = Counter(a["outlet"] or "(unknown)" for a in articles)
    for outlet, n in by_outlet.most_common():
        group = [a for a in articles if (a["outlet"] or "(unknown)") == outlet]
        table.add_row(Text(printable(outlet)), f"{n:,}", f"{sum(bool(a['published']) for a in group):,}",
                      f"{sum(bool(a['authors']) for a in group):,}")
    console.print(table)
    _say(console, wrote or f"wrote {Path(out) / 'analysis.json'} and {Path(out) / 'report.html'}")


def _usage_error(message: str) -> int:
    """A usage error found after parsing (a path, a database): one line, exit 2, before any model loads."""
    _say(_console(stderr=True), f"telisik: {message}")
    return 2


def _check_inputs(inputs: list[str]) -> str | None:
    """Why no input can be read at all, or None. One missing path among others is a rejection, not an error."""
    if not any(Path(p).exists() or Path(p).is_symlink() for p in inputs):
        return "no such file or directory: " + ", ".join(inputs) if len(inputs) == 1 else "none of the inputs exists: " + ", ".join(inputs)
    return None


def _check_out_dir(out: str) -> str | None:
    """Why ``--out`` cannot be the output folder, found before the run rather than after it."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        return f"--out {out} is a file; give a folder for the analysis and report.html"
    parent = next((p for p in [path, *path.parents] if p.exists()), Path("."))
    if not parent.is_dir():
        return f"--out {out}: {parent} is not a folder"
    return None


def _limits(args: argparse.Namespace) -> dict[str, Any]:
    """The Analyzer's bounds from the command line."""
    return {
        "max_bytes": int(args.max_mb * 1024 * 1024),
        "max_chars": args.max_chars,
        "page_seconds": args.page_seconds,
        "follow_links": args.follow_links,
        "fields": {k: v for mapping in getattr(args, "field", None) or [] for k, v in mapping.items()},
    }


def _analyze(args: argparse.Namespace) -> int:
    problem = _check_out_dir(args.out) or _check_inputs(args.inputs)
    if problem:
        return _usage_error(problem)
    if args.engine == "dask":
        if args.format != "json":
            return _usage_error(f"--format {args.format} needs --engine local; the Dask engine writes json")
        return _analyze_dask(args)
    if args.scheduler or args.parts:
        return _usage_error("--scheduler and --parts need --engine dask")
    missing = _missing_extra("--format parquet", "pyarrow") if args.format == "parquet" else None
    if missing:
        return _usage_error(missing)
    workers = args.workers or default_workers()
    if workers > 1:
        _start_forkserver(PRELOAD)
    from telisik.engine.local import Analyzer
    from telisik.output.writers import write_analysis

    err = _console(stderr=True)
    started = time.monotonic()
    analyzer = Analyzer(**_limits(args), workers=workers)
    progress = _LazyProgress(err, enabled=not args.quiet, count=lambda: _count_input(args))

    def on_item(item: Article | Rejection) -> None:
        if isinstance(item, Rejection):
            progress.reject(item)
        progress.advance(item.source)

    if args.format == "json":
        return _analyze_streamed(args, analyzer, progress, on_item, started)
    try:
        analysis = analyzer.analyze(args.inputs, on_item=on_item)
    finally:
        progress.stop()
        analyzer.close()
    try:
        written = write_analysis(analysis, args.out, args.format)
    except OSError as exc:
        _say(err, f"telisik: cannot write {args.out}: {exc.strerror or exc}")
        return 1
    if not args.quiet:
        tables = None if args.format == "json" else f"wrote {len(written) - 1} {args.format} tables and report.html to {args.out}"
        _summary(_console(), analysis, time.monotonic() - started, args.out, tables)
    if not analysis["articles"]:
        _say(err, "telisik: no article could be analysed")
        return 1
    return 0


def _start_forkserver(modules: list[str]) -> None:
    """Start the forkserver the workers are forked from, with ``modules`` as its preload, before this process's own
    heavy imports (spaCy, the engines: some 2-3 CPU s) and its reading.

    The preload (imports, the article pipeline, a first page's lazy loads: some 5 CPU s, ``engine.preload``) then runs
    on another core meanwhile, where it followed them when the pool or the cluster started it at their first task. The
    workers are the same: the pool and the local cluster set the same preload, which has no effect once the server
    runs. Only a head start: where it fails, or the system has no forkserver, they start it as before."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    from multiprocessing import forkserver

    try:
        multiprocessing.get_context("forkserver").set_forkserver_preload(modules)
        forkserver.ensure_running()
    except (OSError, ValueError):
        logging.getLogger(__name__).debug("the forkserver was not started ahead", exc_info=True)


def _analyze_streamed(
    args: argparse.Namespace, analyzer: Any, progress: _LazyProgress, on_item: Callable[[Article | Rejection], None], started: float
) -> int:
    """analysis.json written streamed: no analysed article is held in memory (``output.streamed``),
    the same file as the document held whole would give."""
    from telisik.output.streamed import write_streamed

    err = _console(stderr=True)
    try:
        results = analyzer.results(analyzer.reader.read(args.inputs), on_item)
        run = write_streamed(results, args.out, analyzer.reanchor, analyzer.story_map or map, workers=analyzer.workers)
    except OSError as exc:
        _say(err, f"telisik: cannot write {args.out}: {exc.strerror or exc}")
        return 1
    finally:
        progress.stop()
        analyzer.close()
    for note in run.notes:
        _say(err, f"telisik: {note}")
    if not args.quiet:
        rows = [{"outlet": outlet, "published": dated, "authors": authored} for outlet, dated, authored in run.rows]
        analysis = run.document or {"articles": rows, "rejected": [r.to_dict() for r in run.rejected]}
        wrote = None if run.document else "wrote " + " and ".join(str(p) for p in run.written)
        _summary(_console(), analysis, time.monotonic() - started, args.out, wrote)
    if not run.articles:
        _say(err, "telisik: no article could be analysed")
        return 1
    return 0


def _analyze_dask(args: argparse.Namespace) -> int:
    missing = _missing_extra("--engine dask", "dask", "distributed")
    if missing:
        return _usage_error(missing)
    if not args.scheduler:
        # the local cluster's forkserver, with the preload ``batch.open_client`` gives it
        _start_forkserver(CLUSTER_PRELOAD)
    from telisik.engine import batch

    err = _console(stderr=True)
    if not args.verbose:
        import distributed  # noqa: F401 - importing it sets its loggers' levels; quieten them after

        logging.getLogger("distributed").setLevel(logging.CRITICAL)
    workers = args.workers or default_workers()
    started = time.monotonic()
    progress = _LazyProgress(err, enabled=not args.quiet, count=lambda: _count_input(args))

    try:
        result = batch.analyse(
            args.inputs,
            args.out,
            scheduler=args.scheduler,
            workers=workers,
            parts=args.parts,
            on_rejection=progress.reject,
            on_progress=lambda n, label: progress.advance(label, n),
            **_limits(args),
        )
    except Exception as exc:  # noqa: BLE001 - the cluster or the output directory failed: say so, no traceback
        _say(err, f"telisik: the Dask run failed: {type(exc).__name__}: {exc}")
        return 1
    finally:
        progress.stop()
    for note in result.notes:
        _say(err, f"telisik: {note}")
    if not args.quiet:
        rows = [{"outlet": outlet, "published": dated, "authors": authored} for outlet, dated, authored in result.rows]
        wrote = "wrote " + (f"{Path(args.out) / 'parts'}/" if args.parts else " and ".join(str(p) for p in result.written))
        _summary(_console(), {"articles": rows, "rejected": result.rejected}, time.monotonic() - started, args.out, wrote)
    if not result.articles:
        _say(err, "telisik: no article could be analysed")
        return 1
    return 0


def _store_problem(db: str | None, must_exist: bool) -> str | None:
    """Why ``--db`` names no store telisik can open (a usage error), or None.

    ``export`` and ``serve`` read a store: a mistyped path must not quietly
    make an empty one.
    """
    given = (db or "./telisik.db").strip()
    scheme = given.split("://", 1)[0].lower() if "://" in given else None
    backend = scheme.split("+", 1)[0] if scheme else "sqlite"
    if backend not in ("postgresql", "postgres", "sqlite"):
        return f"--db {given}: telisik stores in SQLite (a file path) or PostgreSQL (postgresql://...), not {scheme}"
    if backend != "sqlite":
        # the URL may hold a password: not repeated
        return _missing_extra("a PostgreSQL store (--db postgresql://...)", "psycopg")
    if must_exist and not _sqlite_file(given, scheme).is_file():
        return f"no store at {given} (telisik ingest makes one)"
    return None


def _sqlite_file(given: str, scheme: str | None) -> Path:
    """The file of a SQLite ``--db``: a path, or a sqlite:/// URL's (an in-memory database is no file)."""
    if scheme is None:
        return Path(given).expanduser()
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        database = make_url(given).database
    except ArgumentError:
        database = None
    return Path(database).expanduser() if database and database != ":memory:" else Path("")


def _missing_extra(purpose: str, *modules: str) -> str | None:
    """The one-line ``pip install 'telisik[...]'`` message when an optional extra ``purpose`` needs is missing, or None."""
    from telisik.extras import MissingExtra, require

    try:
        require(purpose, *modules)
    except MissingExtra as missing:
        return str(missing)
    return None


def _open_store(db: str | None, err: Console) -> Any:
    from sqlalchemy.exc import SQLAlchemyError

    from telisik.store.repository import Store

    try:
        return Store(db)
    except (SQLAlchemyError, OSError, ValueError) as exc:
        _say(err, f"telisik: cannot open the store {db or './telisik.db'}: {exc}")
        return None


def _open_stored(db: str | None, err: Console) -> Any:
    """The store ``export``, ``check`` and ``serve`` read, or their exit code: 2 when there is none, 1 when it cannot be opened."""
    problem = _store_problem(db, must_exist=True)
    if problem:
        return _usage_error(problem)
    store = _open_store(db, err)
    return 1 if store is None else store


def _ingest(args: argparse.Namespace) -> int:
    problem = _store_problem(args.db, must_exist=False) or _check_inputs(args.inputs)
    if problem:
        return _usage_error(problem)
    workers = args.workers or default_workers()
    if workers > 1:
        # before the store's and the engine's imports (spaCy: some 2 CPU s) and the store's opening, as for analyze:
        # the workers' preload runs on another core meanwhile. A store that then cannot be opened wastes only that
        # background preload, and a busy one is waited for with the workers ready.
        _start_forkserver(PRELOAD)
    from sqlalchemy.exc import SQLAlchemyError

    from telisik.engine.ingest import ingest
    from telisik.engine.local import Analyzer
    from telisik.store.repository import StoreBusy

    err = _console(stderr=True)
    store = _open_store(args.db, err)
    if store is None:
        return 1
    started = time.monotonic()
    analyzer = Analyzer(**_limits(args), workers=workers)
    progress = _LazyProgress(err, enabled=not args.quiet, count=lambda: _count_input(args))

    def on_item(item: Article | Rejection | str) -> None:
        if isinstance(item, Rejection):
            progress.reject(item)
        progress.advance(item if isinstance(item, str) else item.source)

    try:
        report = ingest(store, args.inputs, analyzer, batch_size=args.batch, on_item=on_item, wait=args.wait)
    except StoreBusy:
        _say(err, f"telisik: another telisik ingest held the store for over {args.wait:g} s; nothing was added")
        store.close()
        return 1
    except SQLAlchemyError as exc:
        # the database itself failed (a full disk, a lost connection): each batch is one transaction,
        # so what was stored before stays, and the next run takes up from there
        _say(err, f"telisik: the store stopped taking writes ({type(exc).__name__}: {getattr(exc, 'orig', None) or exc}); "
                  "the batches written before stay stored; run ingest again to go on")
        store.close()
        return 1
    finally:
        progress.stop()
        analyzer.close()
    seconds = time.monotonic() - started
    if not args.quiet:
        counts = store.counts()
        _say(
            _console(),
            f"telisik ingest: {report.added} articles added, {report.already_stored} already stored, "
            f"{len(report.rejected)} rejected; {report.stories_remade} stories remade from {report.articles_reclustered} articles "
            f"in {seconds:.1f} s. The store holds {counts['articles']:,} articles in {counts['stories']:,} stories.",
        )
    store.close()
    return 0 if report.added or report.already_stored else 1


def _export(args: argparse.Namespace) -> int:
    from telisik.store.export import export

    missing = _missing_extra("export --format parquet", "pyarrow") if args.format == "parquet" else None
    if missing:
        return _usage_error(missing)
    network_filter = _network_filter(args)
    if isinstance(network_filter, str):
        return _usage_error(network_filter)
    err = _console(stderr=True)
    store = _open_stored(args.db, err)
    if isinstance(store, int):
        return store
    try:
        written = export(store, args.format, args.out, network_filter)
    except OSError as exc:
        _say(err, f"telisik: cannot write {args.out}: {exc.strerror or exc}")
        return 1
    finally:
        store.close()
    for path in written:
        _say(err, f"wrote {path}")
    return 0


def _network_filter(args: argparse.Namespace) -> Any:
    """The part of the network ``export`` writes, None for all of it, or why the options make no sense (a usage error)."""
    from telisik.analyses.network import FORMATS, NetworkFilter

    given = [f"--{name.replace('_', '-')}" for name in ("types", "top", "outlet", "since", "until") if getattr(args, name) is not None]
    given += ["--min-weight"] if args.min_weight != 1 else []
    if not given:
        return None
    if args.format not in FORMATS:
        return f"{', '.join(given)} filter the network: they need --format graphml or gexf"
    if args.since and args.until and args.since > args.until:
        return f"--since {args.since} is after --until {args.until}"
    return NetworkFilter(types=frozenset(args.types or ()), min_weight=args.min_weight, outlet=args.outlet,
                         since=args.since, until=args.until, top=args.top)


def _check(args: argparse.Namespace) -> int:
    """Exit 0 when the store holds its invariants (or was repaired to hold them), 1 when not."""
    store = _open_stored(args.db, _console(stderr=True))
    if isinstance(store, int):
        return store
    reanchor = None
    if args.repair:
        from telisik.engine.local import Analyzer

        # undated pages the stored dates re-anchor are analysed again before their stories are remade
        reanchor = Analyzer().reanchor
    try:
        report = store.check(repair=args.repair, reanchor=reanchor)
        after = store.check() if args.repair else report
    finally:
        store.close()
    out = _console()
    for line in report.problems:
        _say(out, f"problem: {line}")
    for line in report.repaired:
        _say(out, f"repaired: {line}")
    left = f"{len(after.problems)} problems left" + ("" if args.repair else " (telisik check --repair repairs them)")
    _say(out, "the store holds its invariants" if after.clean else left)
    return 0 if after.clean else 1


def _schema(args: argparse.Namespace) -> int:
    from telisik.output.render import write_text_atomic
    from telisik.records.document import shipped_schema

    text = shipped_schema()
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    try:
        write_text_atomic(Path(args.out), text)
    except OSError as exc:
        _say(_console(stderr=True), f"telisik: cannot write {args.out}: {exc.strerror or exc}")
        return 1
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from telisik.web.app import create_app

    err = _console(stderr=True)
    store = _open_stored(args.db, err)
    if isinstance(store, int):
        return store
    _say(err, f"telisik: serving {args.db or './telisik.db'} at http://{args.host}:{args.port}/ (Ctrl-C stops)")
    uvicorn.run(create_app(store), host=args.host, port=args.port, log_level="warning")
    return 0


class _PrintableFormatter(logging.Formatter):
    """Log records carry page text and file names too: escaped as every terminal line is."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(printable(line) for line in super().format(record).split("\n"))


class _OwnRecords(logging.Filter):
    """Lets through telisik's own log records only."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.name == "telisik" or record.name.startswith("telisik.")


# Libraries that log, in their words, what telisik reports itself (trafilatura's ERROR for a page without text
# is that page's rejection) or nothing a reader can act on; distributed logs through handlers of its own.
_FOREIGN_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer", "urllib3", "distributed")


def _configure_logging(verbose: bool) -> None:
    """telisik's warnings on standard error; with -v its debug lines too, and other libraries' from WARNING up."""
    handler = logging.StreamHandler()
    handler.setFormatter(_PrintableFormatter("%(levelname)s %(name)s: %(message)s"))
    if not verbose:
        handler.addFilter(_OwnRecords())
    for name in _FOREIGN_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if verbose else logging.CRITICAL)
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    logging.getLogger("telisik").setLevel(logging.DEBUG if verbose else logging.NOTSET)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _configure_logging(getattr(args, "verbose", False))
    commands = {"analyze": _analyze, "ingest": _ingest, "export": _export, "check": _check, "schema": _schema, "serve": _serve}
    try:
        return commands[args.command](args)
    except MissingExtra as missing:  # an optional extra found missing only once the command ran (the usual check is earlier)
        return _usage_error(str(missing))
    except KeyboardInterrupt:
        # outputs are written atomically and the store in transactions: nothing half-made is left
        _say(_console(stderr=True), "telisik: interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
