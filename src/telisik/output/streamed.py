"""The collection steps with the articles on disk: ``telisik analyze`` of a run too large to hold.

``collect`` holds every analysed article, and the document made of them, in
memory: some 140 KB an article in all, 14 GB for 100,000 (``bench/analyze_memory.py``).
``write_streamed`` takes the same articles as they come out of the analysis
and writes the same ``analysis.json``, byte for byte, holding only compact data:

1. **Spill.** Each article is pickled to a temporary file (``spill.Spill``) as
   it arrives; what stays in memory is its offset, its day (the clustering's
   sort key), its id, the summary's row, and the publication days seen so far.
   **On arrival** (``_Arrival``, with several workers, whose idle cores hide it):
   each article's entities are also linked in input order and, while the days do
   not go back, it is placed in its story in ``stream_order``; a run of at most
   ``HOLD_ARTICLES`` keeps each article's dict from then on. Steps 3 and 4 below
   run at the end only for what the arrival dropped (a day going back, a failure,
   re-anchoring that changed an article), and give what the arrival would.
2. **Undated articles** (``steps.reanchor_undated``): once every article is in,
   each undated one is read back, re-anchored on those days and spilled again.
3. **Entities** (``steps.link_entities``): linked on arrival or, when the
   arrival dropped it, the articles read back in input order into one
   ``EntityLinker``; each keeps the numbers of its entities' nodes,
   whose global ids are patched into the article whenever it is read back.
4. **Stories** (``steps.make_stories``): one ``StoryClusterer`` fed in
   ``stream_order`` (dated oldest first, then the undated): on arrival or, when
   the arrival dropped it, each article read back as its dict (the undated ones
   are placed at the end either way). Its stories are described in blocks through ``map_stories``
   (a process pool's ordered map, say): ``describe_block`` reads a block's
   members from the spill by offset and the document frequencies from a file.
   Each described story goes to a second spill, its profile and sort key stay;
   the threads are assigned from the profiles.
5. **Output.** ``analysis.json`` written a record at a time
   (``output.render.write_document``): articles in input order, each read back,
   stories in their final order, each read back with its thread; ``report.html``
   too when the run has ``html_limit`` articles or fewer (the document is then
   held whole, as the in-memory path holds it), rendered in an idle worker
   through ``map_stories`` while analysis.json is written, and written here after it.

The Dask engine (``engine.batch``) solves the same problem over partitions.
"""

from __future__ import annotations

import logging
import math
import pickle
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from telisik import __version__
from telisik.collection.linking import ArticleEntity, EntityLinker, link_across, set_global_id
from telisik.collection.steps import Reanchor, duplicate, internal_error, publication_days, reanchor_undated, story_stage_failed
from telisik.output.render import write_document, write_outputs
from telisik.records import Article, Rejection
from telisik.records.entities import CollectionEntity
from telisik.spill import Spill, read_records
from telisik.stories.article import article_day
from telisik.stories.similarity import DocumentFrequencies

log = logging.getLogger(__name__)

T = TypeVar("T")
# an ordered map: the builtin ``map``, or a process pool's (the function and its arguments are picklable)
MapStories = Callable[[Callable[..., T], Iterable[Any]], Iterable[T]]

HTML_LIMIT = 5000  # runs with more articles get analysis.json alone, written streamed (as the Dask engine's)
# most article dicts held from their arrival to the output: a larger run reads them back from the spill, so that the
# main process holds no thousands of articles (bodies and all) while the workers analyse the rest
HOLD_ARTICLES = 1000
BLOCK_ARTICLES = 500  # most articles of the stories described in one ``describe_block`` call
# blocks a worker gets at least, when a run has fewer articles than that many full blocks: on a small run one block
# held every story, and one worker described them all while the others idled (``story_block_articles``)
BLOCKS_PER_WORKER = 4
MAP_BLOCKS = 16  # blocks given to one ``map_stories`` call
# near the end of the stories a block holds at most 1/TAIL_SHARE of a worker's share of the work still to cut ...
TAIL_SHARE = 2
# ... and at least 1/TAIL_FRACTION of a full block: what one worker may still be describing when the others are done
TAIL_FRACTION = 8
NO_NODE = -1  # an article entity the linker did not link (``EntityLinker.add_nodes`` gives None)
NO_STORY = -1


@dataclass
class StreamedRun:
    """What ``write_streamed`` did, for the command's summary."""

    articles: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    rows: list[tuple[str | None, bool, bool]] = field(default_factory=list)  # per article: outlet, dated, with authors
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    document: dict[str, Any] | None = None  # the whole document, when the run was small enough to hold it (html_limit)


def story_block_articles(articles: int, workers: int, most: int = BLOCK_ARTICLES) -> int:
    """Articles of the stories a block holds, of a run of ``articles`` whose stories ``workers`` processes describe:
    ``most``, fewer on a small run, so that every worker gets ``BLOCKS_PER_WORKER`` blocks or so. The stories are
    described each on its own, in order: the blocks only group them, the output is the same whatever their size."""
    if workers <= 1:
        return most
    return max(1, min(most, math.ceil(articles / (BLOCKS_PER_WORKER * workers))))


def story_blocks(sizes: Sequence[int], workers: int, most: int = BLOCK_ARTICLES) -> list[int]:
    """How many stories each block holds, of stories of ``sizes`` articles in their final order (the largest first),
    cut in that order: blocks of ``story_block_articles`` articles, but near the end never more than 1/``TAIL_SHARE``
    of a worker's share of the articles left, nor fewer than 1/``TAIL_FRACTION`` of a full block. The blocks are
    described in their order: the largest stories first, the last blocks small, so that the workers finish together,
    where equal blocks left one worker describing the last full one, or a large story, alone. A story is never cut:
    one larger than a block is a block of its own. Articles are the measure of the work: describing a story
    (``describe_story``) costs about the same per article whatever its size (one process, 2025-06-10's 1,035
    stories: 0.018-0.025 CPU s an article from 2 to 146 articles, 0.012 s for a story of one)."""
    left = sum(sizes)
    full = story_block_articles(left, workers, most)
    floor = max(1, math.ceil(full / TAIL_FRACTION))
    share = max(1, workers) * TAIL_SHARE
    blocks: list[int] = []
    held = target = 0
    for size in sizes:
        if not blocks or held + size > target:  # a new block, its size set by what is left to describe
            blocks.append(0)
            held, target = 0, full if workers <= 1 else max(floor, min(full, math.ceil(left / share)))
        blocks[-1] += 1
        held += size
        left -= size
    return blocks


def write_streamed(
    results: Iterable[Article | Rejection],
    out: str | Path,
    reanchor: Reanchor | None = None,
    map_stories: MapStories[list[tuple[dict[str, Any], tuple[Any, ...]]]] = map,
    html_limit: int = HTML_LIMIT,
    spill_dir: str | Path | None = None,
    workers: int = 1,
) -> StreamedRun:
    """``write_outputs(collect(articles, rejected, reanchor).document(), out)`` for the articles and
    rejections of ``results`` (input order, duplicates already dropped), holding no article longer than
    it takes to spill it; report.html only for a run of ``html_limit`` articles or fewer.

    ``map_stories``: how the stories are described (an ordered map); ``spill_dir``: where the temporary
    folder goes (default: inside ``out``, where there is room for the output anyway)."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".telisik-spill-", dir=spill_dir or folder) as tmp:
        # one worker: the arrival would run on the same core as the analysis, and a day going back would cost a
        # second clustering pass; the article dicts are held all the same (read back from the spill otherwise)
        collection = SpilledCollection(Path(tmp), hold=min(html_limit, HOLD_ARTICLES), on_arrival=workers > 1)
        try:
            for item in results:
                collection.add(item)
            if reanchor is not None:
                collection.reanchor_undated(reanchor)
            collection.link_entities()
            collection.make_stories(map_stories, workers)
            return collection.write(folder, html_limit, map_stories)
        finally:
            collection.close()
            _FREQUENCIES.clear()


# ---------------------------------------------------------------------------- the collection on disk


@dataclass
class _Arrival:
    """The collection steps taken as the articles arrive (``SpilledCollection.add``), while the workers analyse the
    next pages, where the end of the run would have taken them alone on one core: each article's entities linked in
    input order, its dict made (and held, for a run small enough to hold whole at the end anyway) and the article
    placed in its story in ``stream_order``. Each step gives what the end would give; a step the arrival does not allow
    is dropped and taken at the end as before: the clustering once a dated article comes after one of a later day,
    the linking and the clustering when one fails, or when re-anchoring changes an undated article (its facts,
    entities and day)."""

    clusterer: Any = None  # the ``StoryClusterer`` fed as the articles come; None once dropped (or never taken)
    linked: bool = True  # whether ``SpilledCollection.linker`` holds every article's entities so far
    last_day: int = 0  # the ordinal of the latest day placed
    undated: list[int] = field(default_factory=list)  # articles with no day: placed after the dated ones, in input order
    dicts: list[dict[str, Any]] | None = field(default_factory=list)  # per article its dict; None past ``hold``

    def drop(self) -> None:
        """The linking and the clustering left to the end."""
        self.linked = False
        self.clusterer = None


@dataclass
class _Stories:
    """The described stories: each one's sort key and offset in the story spill, their threads, the threaded ones as written."""

    keyed: list[tuple[tuple[int, str, str], int]] = field(default_factory=list)
    threads: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    threaded: list[dict[str, Any]] = field(default_factory=list)


class SpilledCollection:
    """A run's articles on disk, and what the collection steps keep of them in memory."""

    def __init__(self, folder: Path, hold: int = 0, on_arrival: bool = True):
        """``hold``: the most articles whose dicts stay in memory between their arrival and the output (a run
        written as one document, ``html_limit``, holds them all at the output anyway, but a large one should not
        hold them while the rest arrive: ``HOLD_ARTICLES``); ``on_arrival``: whether the linking
        and the clustering are taken as the articles arrive (``_Arrival``), else at the end."""
        from telisik.stories.describe import StoryClusterer

        self.folder = folder
        self.hold = hold
        self.spill = Spill(folder / "articles.pickle")
        self.story_spill = Spill(folder / "stories.pickle")
        self.offsets = array("q")  # per article: where it is in the spill
        self.days = array("l")  # per article: the ordinal of its day (``article_day``), 0 when it has none
        self.kept = bytearray()  # per article: 1 unless the entity linking rejected it
        self.ids: list[str] = []
        self.index: dict[str, int] = {}  # article id -> its number
        self.undated: list[int] = []
        self.published_days: set[date] = set()
        self.rows: list[tuple[str | None, bool, bool]] = []
        self.rejected: list[Rejection] = []
        self.warnings: list[str] = []
        self.linker = EntityLinker()
        self.node_start = array("q")  # per article: where its entities' nodes start in ``nodes``
        self.node_count = array("l")  # per article: how many entities it has
        self.nodes = array("q")
        self.story_of = array("l")  # per article: its story's number in ``story_ids``, NO_STORY for none
        self.story_ids: list[str] = []
        self.stories = _Stories()
        self.arrival = _Arrival(StoryClusterer() if on_arrival else None, linked=on_arrival, dicts=[] if hold > 0 else None)
        self.held_entities: list[CollectionEntity] | None = None  # the linker's entities, made once (``link_entities``)

    def close(self) -> None:
        self.spill.close()
        self.story_spill.close()

    # -- 1. in

    def add(self, item: Article | Rejection) -> None:
        if not isinstance(item, Article):
            self.rejected.append(item)
            return
        first = self.index.get(item.id)
        if first is not None:  # the caller drops them (``Deduplicator``); one let through must not make two stories of an id
            self.rejected.append(duplicate(item.where, self.article(first).where, item.id))
            return
        try:
            offset = self.spill.append(item)
        except Exception as err:  # noqa: BLE001 - an article that cannot be spilled is rejected alone
            self.rejected.append(internal_error(item.where, err))
            return
        self.index[item.id] = len(self.offsets)
        self.ids.append(item.id)
        if not item.published and not item.timex_anchor:
            self.undated.append(len(self.offsets))
        self.offsets.append(offset)
        self.days.append(_day_ordinal(item))
        self.kept.append(1)
        self.rows.append((item.outlet, bool(item.published), bool(item.authors)))
        self.published_days |= publication_days([item.published])
        self._arrive(len(self.offsets) - 1, item)

    def _arrive(self, i: int, article: Article) -> None:
        """Article ``i``'s collection steps taken now (``_Arrival``), as far as its arrival allows."""
        arrival = self.arrival
        if arrival.linked:
            try:
                added = self.linker.add_nodes(article.id, article.entities or [])
            except Exception:  # noqa: BLE001 - left to ``link_entities``, which finds the article it fails on
                log.debug("linking failed on %s; linking at the end", article.where, exc_info=True)
                arrival.drop()
            else:
                self.node_start.append(len(self.nodes))
                self.node_count.append(len(added))
                self.nodes.extend(NO_NODE if n is None else n for n in added)
        if arrival.dicts is not None and len(arrival.dicts) >= self.hold:
            arrival.dicts = None  # too many to hold: read back from the spill at the end
        if arrival.clusterer is None and arrival.dicts is None:
            return
        # made before its global ids are known: they are set in it at the end (``article_dict``)
        record = article.to_dict()
        if arrival.dicts is not None:
            arrival.dicts.append(record)
        self._place(i, record)

    def _place(self, i: int, record: dict[str, Any]) -> None:
        """Article ``i`` placed in its story, where ``stream_order`` (by day, then input order) places it now."""
        from telisik.stories.describe import cluster_record

        arrival = self.arrival
        day = self.days[i]
        if arrival.clusterer is None:
            return
        if day == 0:
            arrival.undated.append(i)
            return
        if day < arrival.last_day:
            log.debug("article %s comes after a later day's; clustering at the end", record.get("id"))
            arrival.clusterer = None
            return
        try:
            arrival.clusterer.add(cluster_record(record))
        except Exception:  # noqa: BLE001 - left to ``make_stories``, which says how the story stage failed
            log.debug("clustering failed; clustering at the end", exc_info=True)
            arrival.clusterer = None
            return
        arrival.last_day = day

    def article(self, i: int) -> Article:
        article: Article = self.spill.read(self.offsets[i])
        return article

    def kept_articles(self) -> Iterator[int]:
        return (i for i, kept in enumerate(self.kept) if kept)

    # -- 2. undated articles

    def reanchor_undated(self, reanchor: Reanchor) -> None:
        """``steps.reanchor_undated`` on each undated article, against the days of every dated one."""
        if not self.published_days:
            return
        for i in self.undated:
            article = self.article(i)
            entities, warned = article.entities, len(article.warnings)
            # a ``Reanchor`` leaves the article as it was when it finds no anchor: it changed when it got one (it had
            # none) or when the re-anchoring failed (a warning more), and only then is it made a dict again
            if reanchor_undated([article], reanchor, self.published_days) or len(article.warnings) != warned:
                self.arrival.clusterer = None  # no longer what was placed on arrival: its day moves it in stream_order
                if article.entities != entities:  # nor what was linked: its nodes would change
                    self.arrival.linked = False
                if self.arrival.dicts is not None:
                    self.arrival.dicts[i] = article.to_dict()
            # spilled again whatever happened: a failure leaves its warning in the article
            self.offsets[i] = self.spill.append(article)
            self.days[i] = _day_ordinal(article)

    # -- 3. entities

    def link_entities(self) -> None:
        """``steps.link_entities``: linked in input order; when that fails, the articles it fails on alone are rejected."""
        if self.arrival.linked:
            try:
                entities = self.linker.entities()  # where link_across would fail, fail here
            except Exception:  # noqa: BLE001 - linked again at the end, which finds the article it fails on
                log.debug("linking on arrival failed; linking at the end", exc_info=True)
            else:
                # a document held whole holds them at the end anyway: made once, not again there
                self.held_entities = entities if self.arrival.dicts is not None else None
                return
        # what the arrival placed may hold an article the linking rejects
        self.arrival.drop()
        try:
            self._link(list(self.kept_articles()))
            return
        except Exception:  # noqa: BLE001 - find the article it fails on
            log.debug("linking entities failed; trying each article", exc_info=True)
        for i in list(self.kept_articles()):
            article = self.article(i)
            try:
                link_across([article])
            except Exception as err:  # noqa: BLE001
                self.rejected.append(internal_error(article.where, err))
                self.kept[i] = 0
        self._link(list(self.kept_articles()))

    def _link(self, articles: list[int]) -> None:
        """``link_across`` of the articles, keeping each one's node numbers rather than setting its global ids."""
        linker = EntityLinker()
        starts, counts, nodes = array("q", [0] * len(self.offsets)), array("l", [0] * len(self.offsets)), array("q")
        for i in articles:
            article = self.article(i)
            added = linker.add_nodes(article.id, article.entities or [])
            starts[i], counts[i] = len(nodes), len(added)
            nodes.extend(NO_NODE if n is None else n for n in added)
        linker.entities()  # where link_across would fail, fail here
        self.linker, self.node_start, self.node_count, self.nodes = linker, starts, counts, nodes

    def global_ids(self, i: int) -> list[str | None]:
        """The global ids of an article's entities (None for one not linked)."""
        start = self.node_start[i]
        return [None if node == NO_NODE else self.linker.global_id(node) for node in self.nodes[start : start + self.node_count[i]]]

    def article_dict(self, i: int) -> dict[str, Any]:
        """An article as the document has it (its ``story`` not yet set): held since its arrival, else read back
        from the spill."""
        held = self.arrival.dicts
        if held is not None:
            record = held[i]
            _set_global_ids(record.get("entities") or [], self.global_ids(i))
            return record
        article = self.article(i)
        _set_global_ids(article.entities or [], self.global_ids(i))
        return article.to_dict()

    # -- 4. stories

    def make_stories(self, map_stories: MapStories[list[tuple[dict[str, Any], tuple[Any, ...]]]], workers: int = 1) -> None:
        """``steps.make_stories``: a failure of the story stage as a whole leaves no stories and its warning."""
        self.story_of = array("l", [NO_STORY] * len(self.offsets))
        try:
            members, duplicates, frequencies = self._cluster()
            size = story_block_articles(sum(len(story) for story in members), workers)
            self._describe(self._blocks(members, duplicates, frequencies, size), map_stories)
        except Exception as err:  # noqa: BLE001 - the analysed articles are kept whatever the story stage does
            self.warnings.append(story_stage_failed(err))
            self.story_of = array("l", [NO_STORY] * len(self.offsets))
            self.story_ids, self.stories = [], _Stories()

    def _cluster(self) -> tuple[list[list[int]], dict[str, tuple[str, float]], Path]:
        """``build_stories``'s single pass in ``stream_order`` (the dated articles placed on arrival, or all read back
        when the arrival dropped it); each story's members, the near-duplicates, and the document frequencies saved
        for ``describe_block``."""
        from telisik.stories.describe import cluster_record

        clusterer = self.arrival.clusterer
        if clusterer is not None:  # the dated articles placed on arrival, in stream_order; the undated ones last
            clusterer.add_all(cluster_record(self.article_dict(i)) for i in self.arrival.undated)
        else:
            clusterer = self._cluster_all()
        members = []
        for number, (sid, story) in enumerate(clusterer.stories.items()):
            self.story_ids.append(sid)
            members.append([self.index[aid] for aid in story.members])
            for i in members[-1]:
                self.story_of[i] = number
        path = self.folder / "frequencies.pickle"
        with open(path, "wb") as fh:
            pickle.dump((clusterer.df.n_seen, clusterer.df.seen), fh, protocol=pickle.HIGHEST_PROTOCOL)
        return members, clusterer.duplicate_of, path

    def _cluster_all(self) -> Any:
        """The ``StoryClusterer`` of every kept article, read back in ``stream_order``."""
        from telisik.stories.cluster import PARALLEL_RECORDS, can_read_ahead
        from telisik.stories.describe import StoryClusterer, cluster_record

        # stream_order: dated articles oldest first, then the undated ones, each group in input order
        order = sorted(self.kept_articles(), key=lambda i: (self.days[i] == 0, self.days[i], i))
        clusterer = StoryClusterer()
        # read back one at a time; over a long run a helper process reads them ahead while this one places them
        # (``StoryClusterer.add_all``): the same stories
        read_ahead = len(order) >= PARALLEL_RECORDS and can_read_ahead()
        clusterer.add_all((cluster_record(self.article_dict(i)) for i in order), read_ahead)
        return clusterer

    def _describe(self, blocks: Iterator[StoryBlock], map_stories: MapStories[list[tuple[dict[str, Any], tuple[Any, ...]]]]) -> None:
        """Every story of ``blocks`` described (``describe_story``) through ``map_stories`` a block at a time, spilled;
        their threads assigned from their profiles (``assign_threads``)."""
        from telisik.stories.threads import thread_assignment

        self.spill.flush()
        # each profile handed to the threading as its story is described, not every story's held first
        self.stories.threads = thread_assignment(self._described_profiles(blocks, map_stories))
        self.stories.keyed.sort()

    def _described_profiles(
        self, blocks: Iterator[StoryBlock], map_stories: MapStories[list[tuple[dict[str, Any], tuple[Any, ...]]]]
    ) -> Iterator[Any]:
        """The stories of ``blocks`` described and spilled, their profiles given as they come."""
        from telisik.stories.threads import StoryProfile

        # a few blocks a call: a process pool's map takes in all its arguments at once
        while some := list(islice(blocks, MAP_BLOCKS)):
            for described in map_stories(describe_block, some):
                for story, profile in described:
                    key = (-len(story["articles"]), story["first"] or "", story["id"])
                    self.stories.keyed.append((key, self.story_spill.append(story)))
                    yield StoryProfile.of_tuple(profile)

    def _blocks(
        self, members: list[list[int]], duplicates: dict[str, tuple[str, float]], frequencies: Path, size_limit: int
    ) -> Iterator[StoryBlock]:
        """The stories cut into blocks of about ``size_limit`` articles, each member by its offset and global ids."""
        block = StoryBlock(self.spill.path, frequencies)
        size = 0
        for sid, story in zip(self.story_ids, members, strict=True):
            if size >= size_limit:
                yield block
                block, size = StoryBlock(self.spill.path, frequencies), 0
            copies = {self.ids[i]: duplicates[self.ids[i]] for i in story if self.ids[i] in duplicates}
            block.stories.append(StoryTask(sid, [(self.offsets[i], self.global_ids(i)) for i in story], copies))
            size += len(story)
        if block.stories:
            yield block

    # -- 5. out

    def write(self, out: Path, html_limit: int, map_jobs: Callable[..., Iterable[Any]] = map) -> StreamedRun:
        """The output: the document whole (``write_outputs``, report.html through ``map_jobs``) for a run of ``html_limit``
        articles or fewer, else analysis.json written streamed."""
        kept = list(self.kept_articles())
        result = StreamedRun(len(kept), self.rejected, [self.rows[i] for i in kept])
        head = {"telisik_version": __version__}
        rejected = [r.to_dict() for r in self.rejected]
        tail = {"warnings": self.warnings} if self.warnings else {}
        if len(kept) <= html_limit:
            document = {
                **head,
                "rejected": rejected,
                "articles": list(self.articles_out(kept)),
                "entities": [e.to_dict() for e in self.held_entities or self.linker.entities()],
                "stories": list(self.stories_out()),
                "threads": list(self.threads_out()),
                **tail,
            }
            result.written += write_outputs(document, out, map_jobs)
            result.document = document
            return result
        lists = [
            ("rejected", rejected),
            ("articles", self.articles_out(kept)),
            ("entities", (e.to_dict() for e in self.linker.entities())),
            ("stories", self.stories_out()),
            ("threads", self.threads_out()),
        ]
        path = out / "analysis.json"
        write_document(path, head, lists, tail)
        result.written.append(path)
        note = f"{len(kept)} articles: report.html not written (over {html_limit}); analysis.json written streamed"
        stale = out / "report.html"
        if stale.exists():
            stale.unlink()
            note += f"; removed the old {stale}"
        result.notes.append(note)
        return result

    def articles_out(self, kept: list[int]) -> Iterator[dict[str, Any]]:
        for i in kept:
            article = self.article_dict(i)
            story = self.story_of[i]
            article["story"] = self.story_ids[story] if story != NO_STORY else None
            yield article

    def stories_out(self) -> Iterator[dict[str, Any]]:
        """The stories in their final order (``story_sort_key``), each with its thread (``assign_threads``)."""
        self.stories.threaded = []
        for _, offset in self.stories.keyed:
            story: dict[str, Any] = self.story_spill.read(offset)
            thread, why = self.stories.threads.get(story["id"], (None, []))
            if set_thread(story, thread, why):
                self.stories.threaded.append(thread_member(story))
            yield story

    def threads_out(self) -> Iterator[dict[str, Any]]:
        """The threads of the stories ``stories_out`` has yielded (run after it)."""
        from telisik.stories.threads import threads_of

        for thread in threads_of(self.stories.threaded):
            yield thread.to_dict()


def _day_ordinal(article: Article) -> int:
    """The article's day as the story stage reads it from its dict (``article_day``), as an ordinal; 0 for none."""
    anchor = article.timex_anchor
    day = article_day({"published": article.published, "timex_anchor": anchor.to_dict() if anchor else None})
    return day.toordinal() if day else 0


def _set_global_ids(entities: Sequence[ArticleEntity], ids: list[str | None]) -> None:
    """An article's entities (records, or the dicts of its held dict) given their global ids (None: not linked)."""
    for entity, gid in zip(entities, ids, strict=True):
        if gid is not None:
            set_global_id(entity, gid)


def set_thread(story: dict[str, Any], thread: str | None, why: Sequence[str]) -> bool:
    """A story dict's thread and why it is there, as ``Story.to_dict`` writes them: the last two fields of a
    Story, each left out when empty (``omit_when``). Whether the story is in a thread."""
    if thread is not None:
        story["thread"] = thread
    if why:
        story["thread_why"] = list(why)
    return thread is not None


def thread_member(story: dict[str, Any]) -> dict[str, Any]:
    """What ``threads_of`` reads of a story in a thread (not its summary and timeline, which may be large)."""
    keys = ("id", "title", "articles", "outlets", "first", "last", "thread", "thread_why")
    return {k: story[k] for k in keys if k in story}


# ---------------------------------------------------------------------------- describing stories, in any process


@dataclass
class StoryTask:
    """One story to describe: its id, its members in the order they joined it (offset in the spill,
    their entities' global ids), and the near-duplicates among them."""

    id: str
    members: list[tuple[int, list[str | None]]]
    duplicates: dict[str, tuple[str, float]]


@dataclass
class StoryBlock:
    """Stories described in one call: where the articles are spilled and the document frequencies saved."""

    spill: Path
    frequencies: Path
    stories: list[StoryTask] = field(default_factory=list)


_FREQUENCIES: dict[Path, DocumentFrequencies] = {}  # the run's document frequencies, read once per process


def _frequencies(path: Path) -> DocumentFrequencies:
    df = _FREQUENCIES.get(path)
    if df is None:
        with open(path, "rb") as fh:
            n_seen, seen = pickle.load(fh)
        df = DocumentFrequencies()
        df.n_seen, df.seen = n_seen, seen
        _FREQUENCIES.clear()  # a process describes one run's stories at a time
        _FREQUENCIES[path] = df
    return df


def describe_block(block: StoryBlock) -> list[tuple[dict[str, Any], tuple[Any, ...]]]:
    """Each story of the block described (``describe_story``): its dict, its thread not yet set, and its
    profile for the threading (``story_profile``, as a tuple)."""
    from telisik.stories.describe import describe_jobs

    jobs = [(task.id, _members(block.spill, task), task.duplicates) for task in block.stories]
    return [(story.to_dict(), profile.to_tuple()) for story, profile in describe_jobs((jobs, _frequencies(block.frequencies)))]


def _members(spill: Path, task: StoryTask) -> list[dict[str, Any]]:
    """A story's members read back from the spill, with the run's global entity ids."""
    members = []
    for article, ids in zip(read_records(spill, [offset for offset, _ in task.members]), task.members, strict=True):
        _set_global_ids(article.entities or [], ids[1])
        members.append(article.to_dict())
    return members
