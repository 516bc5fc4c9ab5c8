"""``telisik analyze --engine dask``: the analysis on a Dask distributed cluster.

The result is the single-process one (``Analyzer.analyze``): the same
articles in input order, the same rejections, entities and stories. The steps:

0. **Start-up.** A local cluster's workers are forked from a forkserver that
   has built the article pipeline and loaded what a first page loads
   (``engine.preload``): once for every worker, where each worker built its
   own (some 9 CPU s a worker: 300 corpus records on 2 workers, the process
   tree's CPU 43.5 -> 30.3 s; one process, 31.0 s). Every worker gets a task (``warm_analyzer``,
   ahead of any other) that builds its ``Analyzer`` (and its spaCy pipeline,
   on a cluster the driver did not start) while the driver plans; the driver
   loads the entity linker's lexicon in a thread of its own while the workers
   analyse.
1. **Tasks.** The inputs are walked as ``Reader.read`` walks them; a JSON
   Lines or WARC file of many records is cut into ranges of records
   (``Reader.scan``, ``Reader.read_records``), and small files are grouped,
   so a task is a list of units and reading the tasks in order reads the
   inputs in order. A worker reads its task's units and analyses each page
   with an ``Analyzer`` built once per worker process (``_analyzer``). An
   item's order key is (task, position in the task).
2. **Duplicates.** As each partition is analysed, the driver gets its
   ``StreamView``: per article (position, id, where, ...), its compact entity
   lists and its cluster record. It takes the views in task order (those that
   finish early wait, ``_Stream``) and drops a second occurrence of an id as
   ``Analyzer.analyze`` does; stages 4 and 5 go on from there, while later
   partitions are still being analysed, as the local engine's
   ``CollectionStream`` does in one process.
3. **Undated articles.** The days of the dated articles are a reduction over
   the partitions; the set goes to every worker, and each partition
   re-anchors its undated articles (``reanchor_undated`` with ``days``). The
   driver then reads the undated articles' entity lists and cluster records
   again (``reanchored_view``, ``_Stream.settle``): what re-anchoring changed
   undoes what was streamed of them (below).
4. **Entities.** ``link_across`` runs on the driver over compact entity lists
   (name, type, mention texts) in article order, so its numbering is the
   single-process one; each partition gets its articles' global ids back. The
   lists are linked as the partitions' views are taken (stage 2); each
   distinct string in them is held once (``sys.intern``). When re-anchoring
   changes an undated article's entity lists, or linking fails on one, they
   are linked again after stage 3, one partition at a time (the next two on
   their way).
5. **Stories.** The views' cluster records (``stories.cluster_record``: id,
   title, the counted words of the body, entity names, types and mention
   counts, day) of dated articles go to one ``StoryClusterer`` as they are
   taken, those of no day last, which is the single pass of ``build_stories``
   as long as the input is in day order. When it is not (a dated article after
   one of a later day), or re-anchoring gives an undated article a day, the
   records are made again from the re-anchored partitions, a shuffle groups
   them by day, and the driver feeds the days in date order (undated last) to
   a new clusterer, pulling a run of whole days of about a task's records at
   a time (``day_runs``; the next ``RUNS_AHEAD`` on their way).
   The clusterer then says which story each article is in; a second shuffle
   brings each story's full articles together (stories grouped into blocks in
   their final order, the largest first, the blocks smaller towards the end:
   ``story_blocks``), and a worker writes each story (``describe_story``)
   with a snapshot of the clusterer's document frequencies.
6. **Output.** ``analysis.json`` is written from the partitions one at a time,
   articles in input order, as text the workers encode (``article_texts``: the
   driver neither unpickles an article nor encodes it); the partitions' texts
   are asked for ahead of the stories' descriptions, which the workers run
   meanwhile, once a thread of the driver has had the articles shuffled by
   block. ``report.html`` too
   when the run is small enough to hold (``html_limit`` articles), rendered on
   a worker from the partitions' articles and the described blocks
   (``render_described``) as soon as the stories' threads are known, while the
   driver writes the stories to ``analysis.json``. ``parts=True`` writes JSON Lines files
   instead (``DIR/parts/``), also encoded on the workers.

What the driver holds: the task list; per article its id, where it came from,
outlet and two flags (for the duplicates and the summary; the id and source
only until the duplicates are dropped); the views of the
partitions that finished ahead of an earlier one; per undated article its
entity lists and cluster record until re-anchored; every rejection; per article entity
a linker node (its name, type and mention texts as shared strings) for
``link_across``, and the resulting ``entities`` list; the clusterer (the open
stories' centroids, every story's member ids, the document frequencies) and
one day of cluster records; one partition's text or one block of stories
while writing (and the stories, when the run is small enough for report.html). Full articles stay on the workers. What still grows with the
run (``bench/dask_driver.py`` measures it): the linker's nodes, the
clusterer's closed stories and member lists, each article's placement and
global ids, and the ``entities`` list.

Each record is analysed on its own (``Analyzer.process_all``): a record that
fails, or is too long or too slow, is rejected alone. A task that fails as a
whole (a worker dies, say) costs only its records: each of its units is
rejected with the reason, and the rest of the run goes on. The per-page time
budget holds on the workers too, which run tasks in other threads, where no
signal arrives: a timer thread interrupts the task's thread there
(``engine.budget``).
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import sys
import tempfile
import threading
import time
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, Generic, TypeVar

from telisik import __version__
from telisik.collection.linking import EntityLinker
from telisik.collection.steps import Deduplicator, anchor_days, reanchor_undated, story_stage_failed
from telisik.engine.local import Analyzer
from telisik.engine.tasks import CHUNK_RECORDS, MIN_CHUNK_RECORDS, Unit, plan
from telisik.extras import require
from telisik.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_PAGE_SECONDS
from telisik.output.render import write_jsonl, write_text_atomic
from telisik.output.streamed import HTML_LIMIT, StreamedRun, set_thread, story_blocks, thread_member
from telisik.output.writers import json_item, json_items, write_json_items
from telisik.pages.read import Reader
from telisik.records import Article, Rejection
from telisik.stories.cluster import ClusterConfig, Features, StoryClusterer, prepare
from telisik.stories.shingles import Shingles
from telisik.stories.similarity import DocumentFrequencies

log = logging.getLogger(__name__)

# a cluster with no worker this long while tasks wait will not finish the run (workers come back within seconds
# when a nanny restarts them)
WORKERLESS_SECONDS = 120.0

UNDATED = "~"  # the blocking key of undated articles: sorts after every ISO day

# a story id -> its thread and why (``threads.thread_assignment``)
Threading = Mapping[str, tuple[str, list[str]]]

# an article entity as the driver's linker reads it: name, type, mention texts, ``reads_as`` (``partition_entities``)
CompactEntity = tuple[str, str, list[str], str | None]

# the entity lists the driver links, ahead of the cluster records the workers shuffle meanwhile
ENTITIES_PRIORITY = 1
# a partition's view (``stream_view``) ahead of the next task's analysis: made on the worker as soon as its partition
# is, so that the driver links and clusters each partition on arrival, where the views waited for the analysis tasks
# submitted before them (a worker ran the next task first) and reached the driver in bursts, the last ones after the
# analysis had ended
VIEW_PRIORITY = 1
# the output stage's tasks: the partitions' articles, which the driver is writing, ahead of the stories' descriptions
ARTICLES_PRIORITY = 1
STORIES_PRIORITY = -1
# story blocks started beyond one a worker thread (``_Writer._feed_blocks``, ``_threads``): the next one waits on a worker, not a round trip
DESCRIBING_AHEAD = 1
# partitions of articles on their way to the driver while it writes one (streamed output)
ARTICLES_AHEAD = 4
# runs of days (``day_runs``: a task's worth of records each) on their way to the driver while its clusterer reads one.
# A round trip a day cost most of the story stage over many days: 1,838 s of 10,000 synthetic articles over some
# thousand days (``bench/dask_driver.py``), each compute's graph and round trip costing more as the run grows
RUNS_AHEAD = 2


# ---------------------------------------------------------------------------- on the workers

_ANALYZERS: dict[tuple[int, int, float | None, tuple[tuple[str, str], ...]], Analyzer] = {}
_BUILDING = threading.Lock()


def _analyzer(
    max_bytes: int,
    max_chars: int = DEFAULT_MAX_CHARS,
    page_seconds: float | None = DEFAULT_PAGE_SECONDS,
    fields: Mapping[str, str] | None = None,
) -> Analyzer:
    """The worker process's ``Analyzer`` for these limits and --field mapping (its spaCy pipeline is built once per process)."""
    key = (max_bytes, max_chars, page_seconds, tuple(sorted((fields or {}).items())))
    with _BUILDING:  # a worker of several threads: one Analyzer for them all
        analyzer = _ANALYZERS.get(key)
        if analyzer is None:
            analyzer = _ANALYZERS[key] = Analyzer(max_bytes=max_bytes, max_chars=max_chars, page_seconds=page_seconds, fields=fields)
    return analyzer


def warm_analyzer(
    max_bytes: int,
    max_chars: int = DEFAULT_MAX_CHARS,
    page_seconds: float | None = DEFAULT_PAGE_SECONDS,
    fields: Mapping[str, str] | None = None,
) -> float:
    """Build the worker's ``Analyzer`` and its spaCy pipeline now, before its first task; the seconds it took."""
    start = time.monotonic()
    _analyzer(max_bytes, max_chars, page_seconds, fields).nlp  # noqa: B018 - a cached property: built here, once
    return time.monotonic() - start


@dataclass
class Partition:
    """A task's results: (position, item) in reading order."""

    task: int
    articles: list[tuple[int, Article]] = field(default_factory=list)
    rejected: list[tuple[int, Rejection]] = field(default_factory=list)


def analyse_task(
    task: int,
    units: Sequence[Unit],
    max_bytes: int,
    max_chars: int = DEFAULT_MAX_CHARS,
    page_seconds: float | None = DEFAULT_PAGE_SECONDS,
    fields: Mapping[str, str] | None = None,
) -> Partition:
    """Read and analyse one task's units (never raises for bad input).

    A record's failure is its own rejection (``Analyzer.process_all`` raises for none);
    only an error reading a unit costs what is left of that unit.
    """
    analyzer = _analyzer(max_bytes, max_chars, page_seconds, fields)
    out = Partition(task)
    position = 0
    for unit in units:
        try:
            if unit.rejection:
                items: Iterable[Any] = [Rejection(*unit.rejection)]
            elif unit.whole:
                items = analyzer.reader.read_file(Path(str(unit.path)))
            else:
                items = analyzer.reader.read_records(Path(str(unit.path)), unit.lo, unit.hi, unit.offset)
            for result in analyzer.process_all(items):
                if isinstance(result, Article):
                    out.articles.append((position, result))
                else:
                    out.rejected.append((position, result))
                position += 1
        except Exception as err:  # noqa: BLE001 - the unit could not be read on: the rest of it is rejected, the task goes on
            log.debug("internal error reading %s", unit.label, exc_info=True)
            out.rejected.append((position, Rejection(unit.label, f"not read: internal error ({type(err).__name__}: {err})")))
            position += 1
    return out


def failed_partition(task: int, units: Sequence[Unit], reason: str) -> Partition:
    """A task that could not run at all: each of its units rejected with the reason."""
    out = Partition(task)
    for position, unit in enumerate(units):
        if unit.rejection:
            out.rejected.append((position, Rejection(*unit.rejection)))
        else:
            out.rejected.append((position, Rejection(unit.label, f"not analysed: the task failed ({reason})")))
    return out


@dataclass
class Index:
    """What the driver learns of a partition: per article (position, id, where, outlet, dated, with authors); the rejections."""

    task: int
    articles: list[tuple[int, str, str, str | None, bool, bool]]
    rejected: list[tuple[int, Rejection]]


def index_of(part: Partition) -> Index:
    return Index(
        part.task,
        [(pos, a.id, a.where, a.outlet, bool(a.published), bool(a.authors)) for pos, a in part.articles],
        part.rejected,
    )


@dataclass
class StreamView:
    """What the driver reads of a partition as soon as it is analysed (``stream_view``): its index, and per article its
    compact entity lists (stage 4), its cluster record (stage 5) and whether it has an anchor of its own (one without may
    change once re-anchored, stage 3)."""

    index: Index
    entities: list[list[CompactEntity]]
    records: list[dict[str, Any]]
    anchored: list[bool]
    # per record, its clustering features worked out on the worker (``prepared_features``); None where that failed
    features: list[Features | None] = field(default_factory=list)


def stream_view(part: Partition, body_words: int) -> StreamView:
    records = partition_cluster_records(part, body_words)
    return StreamView(
        index_of(part),
        [ents for _, ents in partition_entities(part)],
        records,
        [bool(a.published or a.timex_anchor) for _, a in part.articles],
        prepared_features(records),
    )


# what ``prepare`` reads besides a record, made once per worker: the default clustering's (the driver's ``_Stream``)
_PREPARER: tuple[ClusterConfig, DocumentFrequencies, Shingles] | None = None


def prepared_features(records: Sequence[dict[str, Any]]) -> list[Features | None]:
    """Each cluster record's features and signature (``stories.cluster.prepare``), worked out on the worker.

    ``StoryClusterer.add`` of a record first prepares it, which reads only the record, the configuration, the
    background's common words and the MinHash permutations (fixed seeds): none of the stream's state. Prepared
    here, the driver's clusterer adds the features as it would have made them (as ``ArticleReader``'s helper
    process does for the local engine), and the driver, which shares the cores with the workers while they analyse,
    no longer spends some 0.8 CPU s per 300 records on it. A record whose preparing fails gets None: the driver
    adds the record itself, and fails (and falls back) as it did."""
    global _PREPARER
    if _PREPARER is None:
        config = ClusterConfig()
        _PREPARER = (config, DocumentFrequencies(), Shingles(config.duplicate_threshold, config.num_perm))
    config, df, shingles = _PREPARER
    out: list[Features | None] = []
    for record in records:
        try:
            out.append(prepare(record, config, df, shingles))
        except Exception:  # noqa: BLE001 - the driver prepares it, and handles its failure as before
            log.debug("preparing %s failed on the worker", record.get("id"), exc_info=True)
            out.append(None)
    return out


def reanchored_view(part: Partition, positions: Sequence[int], body_words: int) -> list[tuple[int, list[CompactEntity], dict[str, Any]]]:
    """(position, compact entity lists, cluster record) of the articles at ``positions`` of a re-anchored partition:
    what the driver compares with what it linked and clustered of them before (``_Stream.settle``)."""
    wanted = set(positions)
    only = Partition(part.task, [(pos, a) for pos, a in part.articles if pos in wanted])
    lists = partition_entities(only)
    records = partition_cluster_records(only, body_words)
    return [(pos, ents, record) for (pos, _), (_, ents), record in zip(only.articles, lists, records, strict=True)]


def partition_days(part: Partition, drop: Sequence[int]) -> set[date]:
    dropped = set(drop)
    return anchor_days(a for pos, a in part.articles if pos not in dropped)


def union(sets: Iterable[set[date]]) -> set[date]:
    out: set[date] = set()
    for s in sets:
        out |= s
    return out


def reanchor_partition(
    part: Partition,
    drop: Sequence[int],
    days: set[date],
    max_bytes: int,
    max_chars: int = DEFAULT_MAX_CHARS,
    page_seconds: float | None = DEFAULT_PAGE_SECONDS,
    fields: Mapping[str, str] | None = None,
) -> Partition:
    """The partition less its duplicates, its undated articles re-anchored against the run's days (``reanchor_undated``)."""
    dropped = set(drop)
    kept = Partition(part.task, [(pos, a) for pos, a in part.articles if pos not in dropped])
    analyzer = _analyzer(max_bytes, max_chars, page_seconds, fields)  # the one analyse_task built on this worker
    reanchor_undated([a for _, a in kept.articles], analyzer.reanchor, days)
    return kept


def partition_entities(part: Partition) -> list[tuple[str, list[CompactEntity]]]:
    """Per article: (id, [(name, type, mention texts, reads_as)]): what the driver's ``EntityLinker`` reads of its
    entities (``reads_as``: how a bare country's sentences read it, side or country, which decides its link)."""
    return [(a.id, [(e.name, e.type, [m.text for m in e.mentions], e.reads_as) for e in a.entities]) for _, a in part.articles]


def partition_cluster_records(part: Partition, body_words: int) -> list[dict[str, Any]]:
    """The compact records the story clustering reads, with their order key and blocking key (the day)."""
    from telisik.stories.describe import cluster_record

    out = []
    for pos, a in part.articles:
        record = cluster_record(a.to_dict(), body_words)
        day = record["day"]
        record["day"] = day.isoformat() if day else None
        record["key"] = record["day"] or UNDATED
        record["order"] = (part.task, pos)
        out.append(record)
    return out


def _block_key(record: dict[str, Any]) -> Any:
    return record["key"]


def group_keys(grouped: list[tuple[Any, list[Any]]]) -> list[Any]:
    return [key for key, _ in grouped]


def group_sizes(grouped: list[tuple[Any, list[Any]]]) -> list[tuple[Any, int]]:
    return [(key, len(records)) for key, records in grouped]


def pick_days(keys: Sequence[str], *pieces: list[tuple[Any, list[Any]]]) -> list[dict[str, Any]]:
    """The cluster records of a run of days (``keys``, in date order) from the pieces of the shuffle that hold them:
    day after day, each day's in input order."""
    wanted = set(keys)
    found: dict[str, list[dict[str, Any]]] = {}
    for piece in pieces:
        for key, records in piece:
            if key in wanted:
                found[key] = records
    return [record for key in keys for record in sorted(found.get(key, ()), key=lambda r: r["order"])]


def day_runs(sizes: Mapping[str, int], records: int) -> list[list[str]]:
    """The days (keys of ``sizes``, day -> its records), in date order, cut into runs of at least ``records`` records
    (the last run shorter), each run whole days: what the driver asks the shuffle for in one round trip."""
    runs: list[list[str]] = []
    held = records
    for key in sorted(sizes):
        if held >= records:
            runs.append([])
            held = 0
        runs[-1].append(key)
        held += sizes[key]
    return runs


@dataclass(frozen=True)
class Placement:
    """Where an article's story goes: its story, the story's block and rank, the article's rank in the story, its original."""

    story: str
    block: int
    rank: int
    member: int
    duplicate_of: tuple[str, float] | None = None


def finalise_partition(
    part: Partition, gids: Iterable[Sequence[str | None]], placements: Sequence[Placement | None]
) -> list[tuple[int, dict[str, Any], Placement | None]]:
    """The partition's articles as the document's dicts: global entity ids and story set."""
    out = []
    for (pos, article), ids, place in zip(part.articles, gids, placements, strict=True):
        for ent, gid in zip(article.entities, ids, strict=True):
            ent.global_id = gid
        d = article.to_dict()
        d["story"] = place.story if place else None
        out.append((pos, d, place))
    return out


def article_dicts(final: list[tuple[int, dict[str, Any], Placement | None]]) -> list[dict[str, Any]]:
    return [d for _, d, _ in final]


def article_texts(final: list[tuple[int, dict[str, Any], Placement | None]]) -> str:
    """The partition's articles as analysis.json's items (``writers.json_items``), encoded here on the worker: the
    driver writes the text as it comes, without unpickling a dict or encoding it, which the local engine's one process
    does for every article (about half the driver's CPU in the output stage, 300 corpus records)."""
    return json_items(d for _, d, _ in final)


def article_lines(final: list[tuple[int, dict[str, Any], Placement | None]]) -> str:
    """The partition's articles as ``write_jsonl`` writes them (``--parts``), encoded on the worker."""
    return "".join(json.dumps(d, ensure_ascii=False, default=str) + "\n" for _, d, _ in final)


def render_document(
    head: dict[str, Any],
    rejected: list[Any],
    finals: list[list[tuple[int, dict[str, Any], Placement | None]]],
    rest: dict[str, Any],
) -> str:
    """report.html of the document held whole, rendered on a worker from the partitions' articles, which the driver
    never holds (``rest``: the entities, stories, threads and the tail, in the document's order)."""
    from telisik.output.render import render_report

    document = {**head, "rejected": rejected, "articles": [d for final in finals for _, d, _ in final], **rest}
    return render_report(document)


def render_described(
    head: dict[str, Any],
    rejected: list[Any],
    finals: list[list[tuple[int, dict[str, Any], Placement | None]]],
    entities: list[Any],
    blocks: list[DescribedBlock],
    assigned: Threading,
    tail: dict[str, Any],
) -> str:
    """``render_document`` of the described blocks (in their order), each story with its thread, and the threads made
    of them, as the driver writes them (``_Writer.described``, ``_Writer.threads``): the report rendered on a worker
    as soon as the threading is known, while the driver writes the stories."""
    from telisik.stories.threads import threads_of

    threaded: list[dict[str, Any]] = []
    # copies: the block's own dicts are what the driver fetches, left as they are
    stories = [with_thread(dict(story), assigned, threaded) for block in blocks for story in block.stories]
    threads = [thread.to_dict() for thread in threads_of(threaded)]
    return render_document(head, rejected, finals, {"entities": entities, "stories": stories, "threads": threads, **tail})


def with_thread(story: dict[str, Any], assigned: Threading, threaded: list[dict[str, Any]]) -> dict[str, Any]:
    """The described story with its thread set (``set_thread``); what the threads are made of is added to ``threaded``."""
    if set_thread(story, *assigned.get(story["id"], (None, []))):
        threaded.append(thread_member(story))
    return story


def story_payload(final: list[tuple[int, dict[str, Any], Placement | None]]) -> list[tuple[int, Placement, dict[str, Any]]]:
    return [(place.block, place, d) for _, d, place in final if place is not None]


def _payload_block(item: tuple[int, Placement, dict[str, Any]]) -> int:
    return item[0]


def describe_block(grouped: list[tuple[Any, list[Any]]], block: int, df_snapshot: tuple[int, Counter[str]]) -> DescribedBlock:
    """The stories of one block, in their final order (``describe_story`` on each), and their profiles
    for the threading (``threads.story_profile``), which the driver runs over every block's."""
    from telisik.stories.describe import describe_jobs

    df = DocumentFrequencies()
    df.n_seen, df.seen = df_snapshot[0], df_snapshot[1]
    items = next((v for k, v in grouped if k == block), [])
    stories: dict[str, list[tuple[Placement, dict[str, Any]]]] = defaultdict(list)
    for _, place, article in items:
        stories[place.story].append((place, article))
    jobs = []
    for sid, members in sorted(stories.items(), key=lambda kv: kv[1][0][0].rank):
        members.sort(key=lambda m: m[0].member)
        duplicates = {str(a["id"]): p.duplicate_of for p, a in members if p.duplicate_of}
        jobs.append((sid, [a for _, a in members], duplicates))
    out = DescribedBlock()
    for story, profile in describe_jobs((jobs, df)):
        out.stories.append(story.to_dict())
        out.profiles.append(profile.to_tuple())
    return out


@dataclass
class DescribedBlock:
    """A block's described stories (dicts, their ``thread`` not yet set) and the stories' profiles (plain tuples)."""

    stories: list[dict[str, Any]] = field(default_factory=list)
    profiles: list[tuple[Any, ...]] = field(default_factory=list)


def block_profiles(block: DescribedBlock) -> list[tuple[Any, ...]]:
    return block.profiles


# ---------------------------------------------------------------------------- writing


# ---------------------------------------------------------------------------- the run


# what a run did, for the command's summary: the streamed local run's record
RunResult = StreamedRun


# how often a local cluster's servers check that their event loop is not blocked (distributed's default: 20 ms)
TICK_INTERVAL = "500ms"
# a local cluster's scheduler hands a worker one analysis task per thread, not one more besides (distributed's default
# saturation, 1.1, sends a one-thread worker two): a worker whose task ends takes the partition's view next
# (``VIEW_PRIORITY``), which the scheduler sends it then, where it went on with the task it already held and the view
# waited for that one to end. The worker waits a round trip between tasks (milliseconds; a task takes seconds)
SCHEDULING = {"distributed.scheduler.worker-saturation": 1.0}


def open_client(scheduler: str | None = None, workers: int = 2) -> tuple[Any, Any]:
    """A client of the cluster at ``scheduler``, else of a new local cluster of ``workers`` processes of one thread."""
    require("the Dask engine", "dask", "distributed")
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    # no dashboard; the scheduler's HTTP endpoints on a free port, not on 8787 (another cluster's, perhaps). The
    # workers' sampling profiler (a thread that walks the task thread's stack every 10 ms, for the dashboard we do not
    # serve) is off: it cost about a tenth of the workers' CPU time on 300 corpus records with 2 workers; the nannies
    # hand the workers this configuration when they start them. Their event-loop health check (a callback every 20 ms
    # that only measures how late it runs, for the "event loop unresponsive" warning) every half second instead: an
    # idle cluster of 2 workers burnt 0.34 CPU s per worker and 0.75 in the driver every 20 s at 20 ms, 0.15 and 0.37
    # at 500 ms; a cost per second of wall, which a run pays throughout, and more the slower it goes.
    # The workers are forked from a forkserver that has built the article pipeline (``engine.preload``): each worker
    # built its own (imports ~2 CPU s, the pipeline ~3.5 s, the lazy loads of its first pages ~3.5 s), every one alike.
    # The method is set only while the cluster is built: a worker a nanny restarts later is spawned (the default) and
    # builds its own pipeline, as before: slower, and the same analysis.
    forkserver = "forkserver" in multiprocessing.get_all_start_methods()
    method = "forkserver" if forkserver else "spawn"
    with dask.config.set(
        {
            "distributed.worker.profile.enabled": False,
            "distributed.worker.multiprocessing-method": method,
            "distributed.admin.tick.interval": TICK_INTERVAL,
            **SCHEDULING,
        }
    ):
        if forkserver:
            _preload_forkserver()
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        )
    return Client(cluster), cluster


def _preload_forkserver() -> None:
    """The modules the local cluster's forkserver imports before it forks a worker: distributed's and the article
    pipeline's (``engine.pool.PRELOAD``). Set after distributed sets its own (once a process, on its first call), which
    would replace them; no effect once the forkserver runs (another cluster's, a worker pool's: theirs are the same)."""
    from distributed.utils import get_mp_context

    from telisik.engine.pool import CLUSTER_PRELOAD

    get_mp_context().set_forkserver_preload(CLUSTER_PRELOAD)


def _warm(client: Any, limits: Mapping[str, Any]) -> list[Any]:
    """A task on every worker that builds its ``Analyzer`` (``warm_analyzer``) ahead of the analysis tasks; the futures
    (hold them until the analysis is under way: a future let go before its task ran cancels it)."""
    try:
        workers = list(client.scheduler_info().get("workers", {}))
    except Exception:  # noqa: BLE001 - only a head start: each worker builds its pipeline on its first task anyway
        return []
    return [
        client.submit(warm_analyzer, **limits, workers=[w], allow_other_workers=False, priority=10, pure=False) for w in workers
    ]


T = TypeVar("T")
H = TypeVar("H", bound=Hashable)


class _Background(Generic[T]):
    """``make()`` run in a thread of the driver, started now; ``result()`` waits for it (and raises what it raised)."""

    def __init__(self, make: Callable[[], T]):
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(make,), name="telisik-driver-prepare", daemon=True)
        self._thread.start()

    def _run(self, make: Callable[[], T]) -> None:
        try:
            self._value = make()
        except BaseException as err:  # noqa: BLE001 - raised again in the thread that asks for the result
            self._error = err

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value


def folding_linker() -> EntityLinker:
    """The run's linker: it folds an entity's members past a few (``EntityLinker(fold=True)``), so the driver holds
    per entity what names it and lists its articles, not every article entity; the engine reads ``global_id`` and
    ``entities`` alone, which give what they give unfolded."""
    return EntityLinker(fold=True)


def _threads(client: Any) -> int:
    """How many tasks the cluster runs at once: its workers' threads, summed (``nthreads``). The task and story block
    sizes and the blocks started ahead are cut by this, not by the workers: a cluster of 2 workers of 4 threads runs 8
    tasks at a time, and planned for 2 it got too few tasks, each too large, and no tail of small ones."""
    try:
        workers = client.scheduler_info(n_workers=-1).get("workers", {})
        return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))
    except Exception:  # noqa: BLE001 - only a hint for the task size
        return 2


@dataclass
class _Driver:
    """What the stages of one run share on the driver: the cluster, the tasks, the limits, and the result so far."""

    client: Any
    tasks: list[list[Unit]]
    limits: dict[str, Any]
    chunk: int
    on_rejection: Callable[[Rejection], None] | None
    on_progress: Callable[[int, str], None] | None
    linker: _Background[EntityLinker] | None = None
    spill: Path | None = None  # the run's temporary folder, where the clusterers spill their closed stories (else /tmp's)
    result: RunResult = field(default_factory=RunResult)
    clock: list[float] = field(default_factory=lambda: [time.monotonic(), time.process_time()])

    def reject(self, rejection: Rejection) -> None:
        if self.on_rejection:
            self.on_rejection(rejection)

    def lap(self, what: str) -> None:
        _lap(self.clock, what)

    def new_linker(self) -> EntityLinker:
        """The linker whose lexicon was loaded in the background while the workers started, else a new one."""
        return self.linker.result() if self.linker else folding_linker()


@dataclass
class _Kept:
    """Stage 2's result: per task, the positions of its duplicates and the ids of the articles kept."""

    drops: list[list[int]]
    ids: list[list[str]]


@dataclass
class _Stories:
    """Stage 5's result: the partitions' final articles, the story blocks, the document frequencies' snapshot."""

    final: list[Any]
    blocks: list[int]
    df_future: Any
    warnings: list[str]


class _Stream:
    """Stages 2, 4 and 5 taken on the driver while the workers still analyse (as ``collection.steps.CollectionStream``
    does in one process): each partition's ``StreamView`` in task order (``arrive``; those that finish early wait), its
    duplicates dropped, its articles' entities linked and its dated articles fed to the clusterer.

    What the order does not allow is left to the end and done as before: the clustering (the shuffle by day) when a dated
    article comes after one of a later day, or when re-anchoring gives an undated article a day; the linking when
    re-anchoring changes an undated article's entities, or when it fails (``settle``). Held per article: the linker's
    nodes, as before; per undated article, its entity lists and cluster record until it is re-anchored.
    """

    def __init__(self, driver: _Driver):
        self.driver = driver
        tasks = len(driver.tasks)
        self.seen = Deduplicator()
        self.kept = _Kept([[] for _ in range(tasks)], [[] for _ in range(tasks)])
        self.rows: dict[tuple[str | None, bool, bool], tuple[str | None, bool, bool]] = {}  # each distinct row held once
        self.rejected: list[tuple[tuple[int, int], Rejection]] = []
        self.waiting: dict[int, StreamView] = {}  # partitions that finished before an earlier one
        self.next = 0
        self.linker: EntityLinker | None = None
        self.linking = True  # False once linking failed on an article: linked at the end (``_link``)
        self.nodes: list[_Nodes] = [_Nodes() for _ in range(tasks)]
        # (task, position) -> (entity lists, cluster record) of the kept articles with no anchor of their own
        self.undated: dict[tuple[int, int], tuple[list[CompactEntity], dict[str, Any]]] = {}
        self.clusterer: StoryClusterer | None = StoryClusterer(ClusterConfig())
        self.clusterer.spill_closed(driver.spill)  # its closed stories on disk, read back at the end (``_place``)
        # the workers prepare the records with the default clustering (``prepared_features``): this clusterer's
        self.prepared = self.clusterer.config == ClusterConfig() and self.clusterer.use_background
        self.last_day: str | None = None
        self.tail: dict[tuple[int, int], dict[str, Any]] = {}  # the records of no day, clustered last (in input order)

    def arrive(self, view: StreamView) -> None:
        """A partition analysed; it and those after it that are in are taken, in task order."""
        self.waiting[view.index.task] = view
        while self.next in self.waiting:
            self.take(self.waiting.pop(self.next))
            self.next += 1

    def take(self, view: StreamView) -> None:
        idx = view.index
        self.rejected += [((idx.task, pos), r) for pos, r in idx.rejected]
        features = view.features if self.prepared and len(view.features) == len(view.records) else [None] * len(view.records)
        rows = zip(idx.articles, view.entities, view.records, view.anchored, features, strict=True)
        for (pos, aid, where, outlet, dated, authored), entities, record, anchored, prepared in rows:
            dup = self.seen.check(aid, where)
            if dup is not None:
                self.kept.drops[idx.task].append(pos)
                self.rejected.append(((idx.task, pos), dup))
                self.driver.reject(dup)
                continue
            self.kept.ids[idx.task].append(aid)
            _share_id(aid, record, prepared)
            self.driver.result.rows.append(_once(self.rows, (outlet, dated, authored)))
            self._link(idx.task, aid, entities)
            if not anchored:
                self.undated[(idx.task, pos)] = (entities, record)
            self._cluster((idx.task, pos), record, prepared)

    def _link(self, task: int, aid: str, entities: list[CompactEntity]) -> None:
        if not self.linking:
            return
        if self.linker is None:
            self.linker = self.driver.new_linker()
        try:
            self.nodes[task].append(self.linker.add_nodes(aid, _compact_entities(entities)))
        except Exception:  # noqa: BLE001 - linked again at the end, where what it raises is raised
            log.debug("linking failed on %s; linking at the end", aid, exc_info=True)
            self._unlink()

    def _unlink(self) -> None:
        self.linking, self.nodes = False, []

    def _cluster(self, key: tuple[int, int], record: dict[str, Any], prepared: Features | None = None) -> None:
        """The record added to the streamed clusterer (its ``prepared`` features where the worker made them), or kept
        for the end: one of no day, clustered last; any, once the day order breaks or the clusterer fails."""
        if self.clusterer is None:
            return
        day = record["day"]
        if day is None:
            self.tail[key] = record
            return
        if self.last_day is not None and day < self.last_day:  # not in day order: the shuffle by day at the end
            self._unstream()
            return
        self.last_day = day
        try:
            self.clusterer.add(prepared if prepared is not None else record)
        except Exception:  # noqa: BLE001 - clustered again at the end, inside the story stage, which says how it failed
            log.debug("clustering failed; clustering at the end", exc_info=True)
            self._unstream()

    def _unstream(self) -> None:
        self.clusterer, self.tail = None, {}

    def close(self) -> _Kept:
        """Stage 2's result, once every partition is taken."""
        self.rejected.sort(key=lambda kr: kr[0])
        self.driver.result.rejected = [r for _, r in self.rejected]
        self.driver.result.articles = sum(len(x) for x in self.kept.ids)
        self.rejected, self.rows, self.seen = [], {}, Deduplicator()  # every article's id and source: no longer read
        return self.kept

    def settle(self, reanchored: list[Any]) -> None:
        """After stage 3: the undated articles' entity lists and cluster records as re-anchored. Changed entities undo the
        streamed linking; a record given a day undoes the streamed clustering; a changed record of no day replaces the old."""
        client, body_words = self.driver.client, ClusterConfig().body_words
        by_task: dict[int, list[int]] = defaultdict(list)
        for task, pos in self.undated:
            by_task[task].append(pos)
        order = sorted(by_task)
        starts = [_submitting(client, reanchored_view, reanchored[t], by_task[t], body_words) for t in order]
        for task, items in zip(order, _pipelined(starts, ahead=2), strict=True):
            for pos, entities, record in items:
                old_entities, old_record = self.undated[(task, pos)]
                if entities != old_entities:
                    self._unlink()
                if record == old_record or self.clusterer is None:
                    continue
                if record["day"] is not None:
                    self._unstream()
                else:
                    self.tail[(task, pos)] = record
        self.undated = {}

    def linked(self) -> tuple[list[Any], list[_GlobalIds]] | None:
        """The streamed linking's entities and each article's global ids (as ``_link``); None when it was undone."""
        if not self.linking:
            return None
        if self.linker is None:  # no article was kept
            self.linker = self.driver.new_linker()
        nodes: list[Iterable[Iterable[int | None]]] = list(self.nodes)  # emptied as read (``_linked``): held here only
        self.nodes = []
        linker, self.linker = self.linker, None
        return _linked(linker, nodes)

    def clustered(self) -> StoryClusterer | None:
        """The streamed clusterer with the records of no day added last; None when the streaming was undone."""
        clusterer = self.clusterer
        if clusterer is None:
            return None
        for _, record in sorted(self.tail.items(), key=lambda kv: kv[0]):
            clusterer.add(record)
        self._unstream()
        return clusterer


def run(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    client: Any,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    page_seconds: float | None = DEFAULT_PAGE_SECONDS,
    follow_links: bool = False,
    parts: bool = False,
    html_limit: int = HTML_LIMIT,
    chunk: int = CHUNK_RECORDS,
    min_chunk: int = MIN_CHUNK_RECORDS,
    on_rejection: Callable[[Rejection], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    fields: Mapping[str, str] | None = None,
) -> RunResult:
    """Analyse ``inputs`` on the cluster of ``client`` and write the outputs to ``out_dir``: the six stages in turn.

    ``fields``: telisik field -> the column of tables and JSON records it is read from (--field)."""
    limits = {"max_bytes": max_bytes, "max_chars": max_chars, "page_seconds": page_seconds, "fields": dict(fields or {})}
    warming = _warm(client, limits)  # the workers build their pipelines while the driver plans
    linker = _Background(folding_linker)  # and the driver loads the linker's lexicon while the workers analyse
    reader = Reader(max_bytes=max_bytes, follow_links=follow_links, fields=fields)
    tasks = plan(inputs, reader, workers=_threads(client), chunk=chunk, min_chunk=min_chunk)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # the run's temporary folder, in the output folder as the local engine's (``write_streamed``): the clusterer's
    # closed stories are spilled in it, so a run killed before its end leaves this one folder behind, not another in /tmp
    with tempfile.TemporaryDirectory(prefix=".telisik-spill-", dir=out) as spill:
        driver = _Driver(client, tasks, limits, chunk, on_rejection, on_progress, linker=linker, spill=Path(spill))
        del linker  # the driver's reference only: let go once linked (``linked``), with its per-article members
        stream = _Stream(driver)
        analysed = _analyse(driver, stream)  # stages 2, 4 and 5 streamed meanwhile
        del warming
        driver.lap("stage 1")
        kept = stream.close()
        driver.lap("stage 2")
        reanchored = _reanchor(driver, analysed, kept)
        del analysed
        stream.settle(reanchored)
        log.debug("streamed: linking %s, clustering %s", stream.linking, stream.clusterer is not None)
        driver.lap("stage 3")
        # the shuffle by day only when the streamed clustering was undone: the workers make the records while the driver links
        by_day = _shuffle_by_day(client, reanchored) if stream.clusterer is None else None
        linked = stream.linked()
        if linked is None:
            driver.linker = None  # the streamed linker read what re-anchoring changed: a new one
        entities, gids = linked if linked is not None else _link(driver, reanchored)
        linked, driver.linker = None, None  # the linker's per-article members and the gids are no longer read here
        driver.lap("stage 4")
        stories = _cluster_stories(driver, reanchored, gids, kept, stream, by_day)
        del reanchored, gids, kept, by_day, stream
        driver.lap("stage 5")
        _Writer(driver, stories, entities, out).write(parts, html_limit)
        driver.lap("output")
    return driver.result


class ClusterStalled(RuntimeError):
    """The cluster has had no worker for too long while the run's tasks wait."""


def completed(
    client: Any,
    futures: list[Any],
    workerless_seconds: float = WORKERLESS_SECONDS,
    poll_seconds: float = 0.2,
    check_seconds: float = 2.0,
) -> Iterator[Any]:
    """The futures as they complete (``distributed.as_completed``), or ``ClusterStalled`` once the cluster
    has had no worker for ``workerless_seconds`` while some still wait: workers that a task brought down,
    or that never came, would leave the run waiting for ever. Whether a worker is left is asked every
    ``check_seconds``, of one worker (a round trip to the scheduler, which described every worker when it was
    asked every ``poll_seconds``: some 300 times in a run of 300 records, for a limit of 120 s)."""
    from distributed import as_completed

    pending = as_completed(futures)
    workerless_since: float | None = None
    checked = -check_seconds
    while not pending.is_empty():
        if pending.has_ready():
            yield from pending.next_batch(block=False)
            continue
        now = time.monotonic()
        if now - checked >= check_seconds:
            checked = now
            if client.scheduler_info(n_workers=1).get("workers"):  # one worker's description is enough
                workerless_since = None
            elif workerless_since is None:
                workerless_since = now
            elif now - workerless_since > workerless_seconds:
                raise ClusterStalled(f"the cluster has had no worker for {workerless_seconds:.0f} s while {pending.count()} task(s) wait")
        time.sleep(poll_seconds)


def _analyse(driver: _Driver, stream: _Stream) -> list[Any]:
    """Stage 1: every task read and analysed on the workers; the driver takes each partition's ``StreamView`` as it
    comes (``_Stream.arrive``)."""
    client, tasks = driver.client, driver.tasks
    analysed = client.map(analyse_task, range(len(tasks)), tasks, **driver.limits, pure=False)
    body_words = ClusterConfig().body_words
    view_futures = {client.submit(stream_view, f, body_words, priority=VIEW_PRIORITY, pure=False): i for i, f in enumerate(analysed)}
    for fut in completed(client, list(view_futures)):
        i = view_futures[fut]
        if fut.status == "error":
            reason = _reason(fut)
            log.warning("task %d failed: %s", i, reason)
            analysed[i] = client.scatter([failed_partition(i, tasks[i], reason)])[0]
            view = stream_view(failed_partition(i, tasks[i], reason), body_words)
        else:
            view = fut.result()
        for _, rejection in view.index.rejected:
            driver.reject(rejection)
        if driver.on_progress:
            label = tasks[i][-1].label if tasks[i] else ""
            driver.on_progress(len(view.index.articles) + len(view.index.rejected), label)
        stream.arrive(view)
    return analysed


def _reanchor(driver: _Driver, analysed: list[Any], kept: _Kept) -> list[Any]:
    """Stage 3: the days of the dated articles (a reduction), then each partition's undated articles re-anchored."""
    client = driver.client
    days = client.submit(union, client.map(partition_days, analysed, kept.drops, pure=False), pure=False).result()
    [days_future] = client.scatter([days], broadcast=True)
    reanchored: list[Any] = client.map(reanchor_partition, analysed, kept.drops, days=days_future, **driver.limits, pure=False)
    return reanchored


def _link(driver: _Driver, partitions: list[Any]) -> tuple[list[Any], list[_GlobalIds]]:
    """Stage 4: entities linked across the run on the driver, in article order; per partition, its articles' global ids."""
    client = driver.client
    linker = driver.new_linker()
    # one partition's entity lists at a time (the next ones on their way), not the whole run's at once
    # above the cluster records' shuffle, which the workers run meanwhile (``_shuffle_by_day``): the driver waits for these
    starts = [_submitting(client, partition_entities, p, priority=ENTITIES_PRIORITY) for p in partitions]
    entity_lists = _pipelined(starts, ahead=2)
    nodes: list[Iterable[Iterable[int | None]]] = [
        [linker.add_nodes(aid, _compact_entities(e)) for aid, e in part] for part in entity_lists
    ]
    return _linked(linker, nodes)


_WIDER = {"B": "H", "H": "I"}  # an array's type -> the next wider one (unsigned: a node's offset + 1 is positive)


class _Nodes:
    """A partition's articles' linker nodes, as numbers in typed arrays, where a list of int objects an article held some
    450 bytes an article from stage 1 to the end of linking. Iterated: per article, its nodes as ``add_nodes`` gave them
    (None for an entity linked to nothing). An article's nodes are numbered together (``add_nodes`` adds its entities
    one after another), so each is held as its distance from the article's lowest node, plus one (0: None): one byte
    a node where four held the node itself (some 30 bytes an article saved at ten entities), two or four from an
    article that spans more nodes on (the array widened for the rest of the partition)."""

    __slots__ = ("bases", "ends", "flat")

    def __init__(self) -> None:
        self.flat = array("B")  # per article entity: its node - its article's base + 1; 0 for None
        self.bases = array("i")  # per article: its lowest node (0 where it has none)
        self.ends = array("i")  # where each article's nodes end in ``flat``

    def append(self, nodes: Sequence[int | None]) -> None:
        base = min((n for n in nodes if n is not None), default=0)
        offsets = [0 if n is None else n - base + 1 for n in nodes]
        widest = max(offsets, default=0)
        while widest >= 1 << (8 * self.flat.itemsize):
            self.flat = array(_WIDER[self.flat.typecode], self.flat)  # (nodes are 4-byte ints: never past 4 bytes)
        self.flat.extend(offsets)
        self.bases.append(base)
        self.ends.append(len(self.flat))

    def __iter__(self) -> Iterator[list[int | None]]:
        start = 0
        for base, end in zip(self.bases, self.ends, strict=True):
            yield [None if n == 0 else base + n - 1 for n in self.flat[start:end]]
            start = end


def _narrowest(values: Sequence[int]) -> str:
    """The smallest unsigned array type that holds every one of ``values`` (all >= 0)."""
    top = max(values, default=0)
    return "B" if top < 1 << 8 else "H" if top < 1 << 16 else "I"


class _GlobalIds:
    """A partition's articles' entities' global ids, as ``finalise_partition`` reads them: iterated (or indexed), per
    article the list of its entities' ids, None for an entity linked to nothing. They are made at the end of linking and
    held to the end of the story stage, beside everything else the driver holds then (the run's peak): a list an article
    held some 175 bytes an article at ten entities. Here each article entity is its id's number plus one (0: None) in
    ``labels``, the run's ids, shared by every partition's: a byte or two in a typed array (four past 65,535 ids), with
    where each article ends. Pickled (a partition scattered to the workers), it carries only its own ids."""

    __slots__ = ("ends", "flat", "labels")

    def __init__(self, labels: list[str], flat: array[int], ends: array[int]):
        self.labels, self.flat, self.ends = labels, flat, ends

    @classmethod
    def of(cls, articles: Iterable[Iterable[str | None]], numbers: dict[str, int], labels: list[str]) -> _GlobalIds:
        """The articles' ids numbered in ``numbers`` (id -> place in ``labels`` + 1), where a new id is added."""
        flat: list[int] = []
        ends: list[int] = []
        for ids in articles:
            for gid in ids:
                number = 0 if gid is None else numbers.setdefault(gid, len(numbers) + 1)
                if gid is not None and number > len(labels):  # a new id
                    labels.append(gid)
                flat.append(number)
            ends.append(len(flat))
        return cls(labels, array(_narrowest(flat), flat), array(_narrowest(ends), ends))

    def __reduce__(self) -> tuple[Any, ...]:
        return _GlobalIds.of, (list(self), {}, [])  # numbered again on the worker, among the partition's own ids

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, article: int) -> list[str | None]:
        start = self.ends[article - 1] if article > 0 else 0
        return self._ids(start, self.ends[article])

    def __iter__(self) -> Iterator[list[str | None]]:
        start = 0
        for end in self.ends:
            yield self._ids(start, end)
            start = end

    def _ids(self, start: int, end: int) -> list[str | None]:
        labels = self.labels
        return [labels[k - 1] if k else None for k in self.flat[start:end]]


def _linked(linker: EntityLinker, nodes: list[Iterable[Iterable[int | None]]]) -> tuple[list[Any], list[_GlobalIds]]:
    """The run's entities and, per partition, its articles' global ids: known only once every article is added (a
    later one can join two entities). ``nodes`` is emptied as it is read: each partition's nodes let go once its ids
    are made."""
    numbers: dict[str, int] = {}  # each id's number (``_GlobalIds``): one string object per id, not one per article entity
    labels: list[str] = []
    gids = []
    for i, part in enumerate(nodes):
        nodes[i] = ()
        # an entity linked to nothing (a bare country in a report of other sides) has no global id, as in the local engine
        gids.append(_GlobalIds.of(([linker.global_id(n) if n is not None else None for n in article] for article in part), numbers, labels))
    del numbers
    # each entity let go as its dict is made, not the linker's and the list's copies of all of them at once
    return [e.to_dict() for e in linker.drained()], gids


def _share_id(aid: str, record: dict[str, Any], prepared: Features | None) -> None:
    """The article's cluster record and prepared features given the id string the driver keeps (``_Kept.ids``): each
    came in its own unpickled copy, and the clusterer keeps the id of every article of the run to its end (its story's
    members, ``story_of``), so one string an article, not two."""
    if record.get("id") == aid:
        record["id"] = aid
    if prepared is not None and prepared.id == aid:
        prepared.id = aid


def _once(seen: dict[H, H], value: H) -> H:
    """The first value equal to ``value`` in ``seen``: equal values (ids, summary rows) held once however often they recur."""
    return seen.setdefault(value, value)


def _compact_entities(entities: list[CompactEntity]) -> list[dict[str, Any]]:
    """An article's compact entities as the linker reads an article entity: its local id (its place), name, type, the
    mentions' texts and, where it has one, how a bare country reads (``reads_as``: the local engine's linker reads it
    off the record, so leaving it out would link such a country otherwise). The linker keeps every article entity's
    strings to the end of the run: each distinct name, type, text and id is held once (``sys.intern``), not once per
    article as the workers' pickles deliver them."""
    out = []
    for i, (name, kind, texts, reads_as) in enumerate(entities):
        ent: dict[str, Any] = {
            "id": sys.intern(str(i + 1)),
            "name": sys.intern(name),
            "type": sys.intern(kind),
            "mentions": [{"text": sys.intern(t)} for t in texts],
        }
        if reads_as is not None:
            ent["reads_as"] = sys.intern(reads_as)
        out.append(ent)
    return out


def _cluster_stories(
    driver: _Driver, partitions: list[Any], gids: list[_GlobalIds], kept: _Kept, stream: _Stream, by_day: _ByDay | None
) -> _Stories:
    """Stage 5: the streamed clusterer, else the cluster records shuffled by day and merged in date order by one
    clusterer; each article placed."""
    from dask import delayed

    client = driver.client
    warnings: list[str] = []
    placements: list[list[Placement | None]] = [[None] * len(x) for x in kept.ids]
    df_future = None
    blocks: list[int] = []
    try:
        streamed = stream.clustered() if by_day is None else None
        clusterer = (
            streamed
            if streamed is not None
            else _cluster(client, by_day or _shuffle_by_day(client, partitions), delayed, driver.chunk, driver.spill)
        )
        df_future, blocks, by_id = _place(client, clusterer, driver.chunk)
        clusterer.close()  # its spilled closed stories are read
        for t, part_ids in enumerate(kept.ids):
            placements[t] = [by_id.get(aid) for aid in part_ids]
    except Exception as err:  # noqa: BLE001 - the analysed articles are kept whatever the story stage does
        warnings.append(story_stage_failed(err))
        blocks = []
    final = client.map(finalise_partition, partitions, client.scatter(gids), client.scatter(placements), pure=False)
    return _Stories(final, blocks, df_future, warnings)


class _Writer:
    """Stage 6: the outputs, the stories described after a second shuffle of the articles by story block."""

    def __init__(self, driver: _Driver, stories: _Stories, entities: list[Any], out: Path):
        self.driver, self.stories, self.entities, self.out = driver, stories, entities, out
        out.mkdir(parents=True, exist_ok=True)
        self.head = {"telisik_version": __version__}
        self.rejected = [r.to_dict() for r in driver.result.rejected]
        self.tail = {"warnings": stories.warnings} if stories.warnings else {}
        self.threaded: list[dict[str, Any]] = []  # the stories in a thread, as written: what the threads are read from
        # what ``described`` hands the blocks' futures and the threading to, once known (report.html, ``whole``)
        self.on_assigned: Callable[[list[Any], Threading], None] | None = None

    def start_stories(self) -> _Background[list[Any]]:
        """Every block's description, started in a thread of the driver (``_describe_blocks``): the shuffle of the
        articles by block and the round trip that finds the blocks' pieces no longer hold up the driver, which writes
        the articles meanwhile, and the workers describe stories while it does."""
        return _Background(self._describe_blocks)

    def _describe_blocks(self) -> list[Any]:
        """Every block's description (a future; None for a block with no piece), once the articles are shuffled."""
        if not self.stories.blocks:
            return []
        from dask import bag as db
        from dask import delayed
        from distributed import wait

        client = self.driver.client
        payload = client.map(story_payload, self.stories.final, pure=False)
        grouped = client.persist(db.from_delayed(payload).groupby(_payload_block, shuffle="tasks"))
        wait(grouped)  # the bag refers to the payload's futures by key only: hold them until the shuffle is done
        del payload
        pieces = grouped.to_delayed()
        where = {}
        for p, keys in enumerate(client.gather(client.compute([delayed(group_keys)(piece) for piece in pieces]))):
            for key in keys:
                where[key] = p
        return self._feed_blocks(
            [
                (i, delayed(describe_block)(pieces[where[b]], b, self.stories.df_future))
                for i, b in enumerate(self.stories.blocks)
                if b in where
            ]
        )

    def _feed_blocks(self, work: list[tuple[int, Any]]) -> list[Any]:
        """Each block's description (``work``: block, its delayed description) started in the blocks' order, at most
        ``DESCRIBING_AHEAD`` more than the workers running at once: a worker that is done takes the next block, the
        largest left (``story_blocks``). All started at once, the scheduler handed them out evenly by their number and
        ran them in no set order: one 1,000-record run ended on a block of 25 s on one worker, beside 10 s idle on the
        other. The futures by block (None for a block with no piece), returned once the last is started."""
        from distributed import as_completed

        client = self.driver.client
        futures: list[Any] = [None] * len(self.stories.blocks)
        running = as_completed()
        ahead = _threads(client) + DESCRIBING_AHEAD
        for n, (i, describing) in enumerate(work):
            if n >= ahead:
                next(running)  # one is done: the next takes its place
            # below the articles' priority, so that the partitions the driver is writing come first; in block order
            futures[i] = client.compute(describing, priority=STORIES_PRIORITY - n)
            running.add(futures[i])
        return futures

    def described(self, started: _Background[list[Any]]) -> Iterator[dict[str, Any]]:
        """The described stories, each with its thread: the threading reads every block's profiles first
        (small; the stories stay on the workers until written), then the stories are written one block at a time.
        ``on_assigned`` is called with the blocks' futures and the threading once it is known, before any is written."""
        from telisik.stories.threads import StoryProfile, thread_assignment

        client, futures = self.driver.client, started.result()
        profiles = [client.submit(block_profiles, f, pure=False) for f in futures if f is not None]
        assigned = thread_assignment(StoryProfile.of_tuple(t) for block in _results(profiles) for t in block)
        if self.on_assigned is not None:
            self.on_assigned([f for f in futures if f is not None], assigned)
        for i, fut in enumerate(futures):
            if fut is not None:
                for story in fut.result().stories:
                    yield with_thread(story, assigned, self.threaded)
                futures[i] = None  # its result is written: let the cluster forget it

    def threads(self) -> Iterator[dict[str, Any]]:
        """The threads of the stories ``described`` has yielded (run after it)."""
        from telisik.stories.threads import threads_of

        for thread in threads_of(self.threaded):
            yield thread.to_dict()

    def articles(self, encode: Callable[..., str] = article_texts) -> Iterator[str]:
        """The articles in input order, a partition's text at a time (``encode``, run on the workers), the next
        ``ARTICLES_AHEAD`` on their way. They run above the stories' descriptions (``start_stories``), but a worker
        finishes the block it is describing first: one partition asked for at a time would wait for a block's
        description each time while the workers have the articles ready."""
        client = self.driver.client
        starts = [_submitting(client, encode, f, priority=ARTICLES_PRIORITY) for f in self.stories.final]
        yield from _pipelined(starts, ahead=ARTICLES_AHEAD)

    def parts(self) -> None:
        """``DIR/parts/``: JSON Lines of articles by task, stories, entities and rejections, and meta.json."""
        result = self.driver.result
        folder = self.out / "parts"
        folder.mkdir(exist_ok=True)
        started = self.start_stories()
        for t, text in enumerate(self.articles(article_lines)):
            path = folder / f"articles-{t:05d}.jsonl"
            write_text_atomic(path, text or "")
            result.written.append(path)
        lists = (
            ("stories", self.described(started)),
            ("threads", self.threads()),
            ("entities", self.entities),
            ("rejected", self.rejected),
        )
        for name, items in lists:
            write_jsonl(folder / f"{name}.jsonl", items)
            result.written.append(folder / f"{name}.jsonl")
        meta = {
            **self.head,
            "tasks": len(self.driver.tasks),
            "articles": result.articles,
            "rejected": len(self.rejected),
            "entities": len(self.entities),
            **self.tail,
        }
        write_text_atomic(folder / "meta.json", json.dumps(meta, ensure_ascii=False, indent=1))
        result.written.append(folder / "meta.json")

    def whole(self) -> None:
        """analysis.json and report.html of a run small enough to hold: analysis.json written as ``streamed`` writes it
        (the same bytes as the document held whole), report.html rendered on a worker from the partitions' articles
        and the described blocks (``render_described``) while the driver writes the stories."""
        client, path = self.driver.client, self.out / "analysis.json"
        started = self.start_stories()
        stories: list[dict[str, Any]] = []
        threads: list[dict[str, Any]] = []
        rendering: list[Any] = []

        def render_early(blocks: list[Any], assigned: Threading) -> None:
            # what the report needs is known once the last block is described and the threading assigned: rendered
            # on a worker from the blocks there, while the driver writes the stories, where it waited for the driver
            # to fetch, write and send back every story
            finals, tail = self.stories.final, self.tail
            rendering.append(
                client.submit(render_described, self.head, self.rejected, finals, self.entities, blocks, assigned, tail, pure=False)
            )

        def described() -> Iterator[str]:  # the stories kept for the report (rendered here if the worker fails)
            self.on_assigned = render_early
            for story in self.described(started):
                stories.append(story)
                yield json_item(story)
            threads.extend(self.threads())
            if not rendering:  # no block described (no stories): started now, with what the driver holds
                rest = {"entities": self.entities, "stories": stories, "threads": threads, **self.tail}
                rendering.append(client.submit(render_document, self.head, self.rejected, self.stories.final, rest, pure=False))

        lists = [
            ("rejected", map(json_item, self.rejected)),
            ("articles", self.articles()),
            ("entities", map(json_item, self.entities)),
            ("stories", described()),
            ("threads", (json_item(thread) for thread in threads)),  # filled once the stories are described
        ]
        write_json_items(path, self.head, lists, self.tail)
        rest = {"entities": self.entities, "stories": stories, "threads": threads, **self.tail}
        self.driver.result.written += [path, self._report(rendering[0], rest)]

    def _report(self, rendering: Any, rest: dict[str, Any]) -> Path:
        """report.html as the worker rendered it; rendered here when the worker failed (the page renders here as there)."""
        path = self.out / "report.html"
        try:
            html = rendering.result()
        except Exception:  # noqa: BLE001 - the worker went away
            log.debug("report.html not rendered on a worker; rendering it here", exc_info=True)
            client = self.driver.client
            finals = client.gather([client.submit(article_dicts, f, pure=False) for f in self.stories.final])
            html = render_document(self.head, self.rejected, [[(0, a, None) for a in part] for part in finals], rest)
        write_text_atomic(path, html, errors="backslashreplace")
        return path

    def write(self, parts: bool, html_limit: int) -> None:
        """The outputs: a partition's files each (``parts``), else analysis.json and, for a run small enough, report.html."""
        if parts:
            self.parts()
        elif self.driver.result.articles <= html_limit:
            self.whole()
        else:
            self.streamed(html_limit)

    def streamed(self, html_limit: int) -> None:
        """analysis.json written a partition at a time, no report.html (a stale one removed)."""
        result = self.driver.result
        path = self.out / "analysis.json"
        started = self.start_stories()
        lists = [
            ("rejected", map(json_item, self.rejected)),
            ("articles", self.articles()),
            ("entities", map(json_item, self.entities)),
            ("stories", map(json_item, self.described(started))),
            ("threads", map(json_item, self.threads())),
        ]
        write_json_items(path, self.head, lists, self.tail)
        result.written.append(path)
        stale = self.out / "report.html"
        note = f"{result.articles} articles: report.html not written (over {html_limit}); analysis.json written streamed"
        if stale.exists():
            stale.unlink()
            note += f"; removed the old {stale}"
        result.notes.append(note)


def _lap(clock: list[float], what: str) -> None:
    """Log the stage's wall seconds and the driver's CPU seconds in it (every thread of this process: the client's
    event loop, which unpickles what the workers send, included). On a shared machine the wall time says little;
    the CPU seconds say what the driver itself spent."""
    now, cpu = time.monotonic(), time.process_time()
    if len(clock) < 2:
        clock.append(cpu)
    log.debug("%s: %.2f s (driver CPU %.2f s)", what, now - clock[0], cpu - clock[1])
    clock[0], clock[1] = now, cpu


def _reason(fut: Any) -> str:
    try:
        err = fut.exception()
    except Exception as exc:  # noqa: BLE001
        err = exc
    return f"{type(err).__name__}: {err}"


def _computing(client: Any, value: Any) -> Callable[[], Any]:
    return lambda: client.compute(value)


def _submitting(client: Any, fn: Callable[..., Any], *args: Any, priority: int = 0) -> Callable[[], Any]:
    return lambda: client.submit(fn, *args, priority=priority, pure=False)


def _results(futures: list[Any]) -> Iterator[Any]:
    """The futures' results in order, each future let go once its result is read (the cluster may forget it)."""
    for i, fut in enumerate(futures):
        futures[i] = None
        yield fut.result()


def _pipelined(starts: Sequence[Callable[[], Any] | None], ahead: int = 1) -> Iterator[Any]:
    """The results of computations (each started by calling its ``starts`` entry), in order, one at a time,
    the next ``ahead`` already running; [] for a None entry."""
    futures: dict[int, Any] = {}
    for i in range(len(starts)):
        for j in range(i, min(len(starts), i + ahead + 1)):
            start = starts[j]
            if j not in futures and start is not None:
                futures[j] = start()
        fut = futures.pop(i, None)
        yield fut.result() if fut is not None else []


@dataclass
class _ByDay:
    """The cluster records, being made on the workers and shuffled by day (``_shuffle_by_day``)."""

    records: list[Any]
    grouped: Any


def _shuffle_by_day(client: Any, parts: list[Any]) -> _ByDay:
    """The cluster records made and shuffled by day on the workers, started now: they need no global entity id, so
    the workers make them while the driver links the entities (``_link``). Only submitted here: what the tasks
    raise is raised where ``_cluster`` waits for them, inside the story stage."""
    from dask import bag as db

    records = client.map(partition_cluster_records, parts, body_words=ClusterConfig().body_words, pure=False)
    return _ByDay(records, client.persist(db.from_delayed(records).groupby(_block_key, shuffle="tasks")))


def _cluster(client: Any, by_day: _ByDay, delayed: Any, chunk: int = CHUNK_RECORDS, spill: Path | None = None) -> StoryClusterer:
    """The single pass of ``build_stories`` over the run, fed from the shuffle by day a run of days at a time (days in
    date order, about ``chunk`` records a run); its closed stories spilled in ``spill`` (the run's temporary folder)."""
    from distributed import wait

    config = ClusterConfig()
    grouped = by_day.grouped
    wait(grouped)  # the bag refers to the records' futures by key only: hold them until the shuffle is done
    by_day.records = []
    pieces = grouped.to_delayed()
    where: dict[str, int] = {}
    sizes: dict[str, int] = {}
    for p, keyed in enumerate(client.gather(client.compute([delayed(group_sizes)(piece) for piece in pieces]))):
        for key, size in keyed:
            where[key], sizes[key] = p, size
    clusterer = StoryClusterer(config)
    clusterer.spill_closed(spill)
    # ISO days in date order, then UNDATED, in runs of whole days of about a task's records: a round trip a run
    runs = [
        _computing(client, delayed(pick_days)(keys, *[pieces[p] for p in sorted({where[key] for key in keys})]))
        for keys in day_runs(sizes, chunk)
    ]
    for run_records in _pipelined(runs, ahead=RUNS_AHEAD):
        for record in run_records:
            clusterer.add(record)
    del grouped
    by_day.grouped = None  # the shuffle is read: let the cluster forget it
    return clusterer


def _place(client: Any, clusterer: StoryClusterer, chunk: int) -> tuple[Any, list[int], dict[str, Placement]]:
    """Each article's placement: stories in their final order (``story_sort_key``, the largest first), cut into
    blocks of at most about ``chunk`` articles, fewer on a small run, and smaller towards the end (``story_blocks``:
    described in their order, the largest stories first and the last blocks small, so that the workers finish
    describing together, where one worker described the last full block alone)."""
    stories = clusterer.stories
    # the stories' sort keys sorted, not the stories: the closed ones are read back from disk one at a time
    # (``StoryClusterer.spill_closed``); a story of no day first among its size, as "" sorts before an ISO day
    keyed = sorted((-len(s.members), s.first.toordinal() if s.first else 0, s.id) for s in stories.values())
    cuts = story_blocks([-size for size, _, _ in keyed], _threads(client), chunk)
    by_id: dict[str, Placement] = {}
    ranks = iter(enumerate(keyed))
    for block, count in enumerate(cuts):
        for rank, (_, _, sid) in islice(ranks, count):
            for member, aid in enumerate(stories[sid].members):
                by_id[aid] = Placement(sid, block, rank, member, clusterer.duplicate_of.get(aid))
    blocks = list(range(len(cuts)))
    df = clusterer.df
    [df_future] = client.scatter([(df.n_seen, df.seen)], broadcast=True)
    return df_future, blocks, by_id


def analyse(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    scheduler: str | None = None,
    workers: int = 2,
    **kwargs: Any,
) -> RunResult:
    """``run`` on the cluster at ``scheduler``, or on a local cluster of ``workers`` processes made for the run."""
    client, cluster = open_client(scheduler, workers)
    try:
        return run(inputs, out_dir, client, **kwargs)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
