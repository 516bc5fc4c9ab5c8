"""Write an analysis: ``analysis.json`` (the contract) and ``report.html`` (for people).

Page text is untrusted: the report is rendered with autoescaping on, and only
http(s) URLs become links. Stories are read as ``Story`` records: those of the
story stage as they are, a dict (the document's JSON, the store) through
``Story.from_dict`` at this edge; ``story_view`` builds what the templates read.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from babel.numbers import format_decimal
from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import ValidationError

from telisik.records.stories import Conflict, Story, Thread, TimelineEntry
from telisik.version import __version__

log = logging.getLogger(__name__)

SNIPPET_SENTENCES = 2
SNIPPET_MAX_CHARS = 320


def safe_url(url: str) -> bool:
    try:
        return urlsplit(url).scheme in ("http", "https")
    except ValueError:
        return False


def _list(value: Any) -> list[Any]:
    """A list field that may be missing, None or a single value."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in _list(value) if isinstance(v, Mapping)]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def names(value: Any) -> str:
    """``who`` and the like: a list of names, one name, or nothing, as text."""
    return ", ".join(_text(v) for v in _list(value) if _text(v))


# --- dates -------------------------------------------------------------------

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
_YEAR = re.compile(r"^(\d{4})$")


def _when_start(value: Any) -> date | None:
    """The first day a TIMEX value covers ("2023-W37" -> its Monday), or None."""
    text = _text(value).strip().split("/", 1)[0]
    try:
        if m := _DAY.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _MONTH.match(text):
            return date(int(m[1]), int(m[2]), 1)
        if m := _WEEK.match(text):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _QUARTER.match(text):
            return date(int(m[1]), 3 * int(m[2]) - 2, 1)
        if m := _YEAR.match(text):
            return date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None


def when_key(value: Any) -> tuple[int, str, str]:
    """Sort key for TIMEX values: datable ones by their first day, the rest after."""
    start = _when_start(value)
    return (0, start.isoformat(), _text(value)) if start else (1, "", _text(value))


# --- article snippets ----------------------------------------------------------


def snippet(article: Mapping[str, Any], sentences: int = SNIPPET_SENTENCES, max_chars: int = SNIPPET_MAX_CHARS) -> str:
    """The first sentences of an article, for a card; cut at ``max_chars``.

    The sentences are the pipeline's (``article["sentences"]``: [start, end] in the body, from the
    one sentence splitter); an article stored without them gives the start of its body.
    """
    body = _text(article.get("body"))
    bounds = [b for b in _list(article.get("sentences")) if isinstance(b, list) and len(b) == 2][:sentences]
    parts = [body[start:end] for start, end in bounds] if bounds else [body]
    result = " ".join(" ".join(part.split()) for part in parts if part.strip())
    if len(result) > max_chars:
        result = result[:max_chars].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return result


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


# --- stories -------------------------------------------------------------------


@dataclass
class Link:
    """A link to an article, as the templates show it."""

    id: str
    label: str
    tip: str
    known: bool  # False: the id names no article of this analysis


class ArticleLinks:
    """Article ids -> links labelled by outlet, for the template."""

    def __init__(self, by_id: Mapping[str, Mapping[str, Any]]):
        self.by_id = by_id

    def link(self, key: str) -> Link:
        article = self.by_id.get(key)
        if article is None:
            return Link(key, key, "not in this analysis", False)
        title = _text(article.get("title"))
        # no outlet: the start of the headline says more than "unknown"
        label = _text(article.get("outlet")) or _shorten(title, 32) or key
        tip = " · ".join(t for t in (title, _text(article.get("published"))) if t)
        return Link(key, label, tip, True)

    def __call__(self, ids: Any) -> list[Link]:
        links = [self.link(key) for key in dict.fromkeys(_text(i) for i in _list(ids)) if key]
        # two articles of one outlet in one list: tell them apart by date
        labels = [link.label for link in links]
        for link in links:
            if link.known and labels.count(link.label) > 1:
                published = _text(self.by_id[link.id].get("published"))[:10]
                link.label = f"{link.label} {published}".strip()
        return links


def as_story(value: Any) -> Story | None:
    """A story of the document as a record: a dict read from JSON or the store is read back with ``Story.from_dict``.

    A dict that is no story (a hand-edited document, a stage's bug) is left out of the report, with a warning.
    """
    if isinstance(value, Story):
        return value
    if isinstance(value, Mapping):
        try:
            return Story.from_dict(dict(value))
        except ValidationError as err:
            log.warning("a story that is not in the shape of a story is left out of the report: %s", err.errors()[:1])
    return None


def _outlets(story: Story, known: Sequence[Mapping[str, Any]]) -> list[str]:
    """The story's outlets; should it name none, those of its articles."""
    if outlets := [o for o in story.outlets if o]:
        return outlets
    return list(dict.fromkeys(_text(a.get("outlet")) for a in known if _text(a.get("outlet"))))


def _summary(story: Story, by_id: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in story.summary:
        sources = [s for s in item.sources if s]
        outlet = item.outlet or ""
        if not outlet and sources and sources[0] in by_id:
            outlet = _text(by_id[sources[0]].get("outlet"))
        out.append({"text": item.text, "sources": sources, "outlet": outlet})
    return out


def _conflict(conflict: Conflict) -> dict[str, Any]:
    note = conflict.calendar or ""
    if conflict.copies:
        note = (note + "; " if note else "") + f"{len(conflict.copies)} of the reporting articles are near-duplicates of another"
    # each value's source sentences, in the order of the values: the reader checks which sentence gave which value
    evidence = [(value, list(conflict.evidence.get(value, []))) for value in conflict.values if conflict.evidence.get(value)]
    return {"about": conflict.about, "kind": conflict.kind, "values": list(conflict.values.items()), "note": note, "evidence": evidence}


def _disputed(conflicts: Sequence[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Each disputed value -> the articles that give it, to flag timeline rows."""
    disputed: dict[str, set[str]] = {}
    for c in conflicts:
        for value, articles in c["values"]:
            disputed.setdefault(value, set()).update(articles)
    return disputed


def _timeline(entries: Sequence[TimelineEntry], disputed: Mapping[str, set[str]]) -> list[dict[str, Any]]:
    """Timeline entries in date order, ``who`` as text, rows whose date or place is disputed flagged."""
    rows = []
    for entry in entries:
        reported = set(entry.articles)
        facts = [f for f in (entry.when, entry.where) if f]
        row = {**entry.to_dict(), "articles": list(entry.articles), "who": names(entry.who)}
        row["disputed"] = any(f in disputed and (not reported or reported & disputed[f]) for f in facts)
        rows.append(row)
    rows.sort(key=lambda row: when_key(row["when"]))
    return rows


def _updates(story: Story) -> list[dict[str, Any]]:
    """The developing figures: each with its values in report order, and the series as one line ("8 → 9 → 10")."""
    out = []
    for update in story.updates:
        points = [{"value": p.value, "as_of": p.as_of, "articles": list(p.articles)} for p in update.series]
        line = " → ".join(str(figure(p["value"])) for p in points)
        out.append({"about": update.about, "type": update.type, "counted": update.counted, "series": points, "line": line})
    return out


def _claims(conflicts: Sequence[Mapping[str, Any]]) -> dict[str, list[dict[str, str]]]:
    """What each article says on each disputed point, for its card.

    Labelled by kind ("date") when that names the point, else by what it is about.
    """
    kinds = [c["kind"] for c in conflicts]
    claims: dict[str, list[dict[str, str]]] = {}
    for c in conflicts:
        about = c["about"] or c["kind"] or "disputed"
        label = c["kind"] if c["kind"] and kinds.count(c["kind"]) == 1 else about
        for value, articles in c["values"]:
            for a in articles:
                claims.setdefault(a, []).append({"about": about, "label": label, "value": value})
    return claims


def _duplicates(story: Story) -> dict[str, dict[str, Any]]:
    """Article id -> the article it nearly duplicates, and how similar they are (in percent)."""
    return {d.article: {"of": d.of, "similarity": round(100 * d.similarity)} for d in story.duplicates if d.article and d.of}


def _groups(
    ids: Sequence[str], by_id: Mapping[str, Mapping[str, Any]], story: Story, conflicts: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The story's articles side by side: a column per outlet, a card per article."""
    duplicate_of = _duplicates(story)
    claims = _claims(conflicts)
    by_outlet: dict[str, dict[str, Any]] = {}
    for i in ids:
        article = by_id.get(i)
        outlet = (_text(article.get("outlet")) if article else "") or "(outlet unknown)"
        card = {
            "id": i,
            "article": article,
            "snippet": snippet(article) if article else "",
            "duplicate": duplicate_of.get(i),
            "claims": claims.get(i, []),
        }
        by_outlet.setdefault(outlet, {"outlet": outlet, "cards": []})["cards"].append(card)
    return list(by_outlet.values())


def story_view(story: Story, by_id: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """A story as the templates read it, with its articles (``by_id``, stored dicts) beside it."""
    ids = list(dict.fromkeys(i for i in story.articles if i))
    known = [by_id[i] for i in ids if i in by_id]
    days = sorted(_text(a.get("published"))[:10] for a in known if a.get("published"))
    conflicts = [_conflict(c) for c in story.conflicts]
    disputed = _disputed(conflicts)
    timeline = _timeline(story.timeline, disputed)
    return {
        "id": story.id,
        "title": story.title or "",
        "articles": ids,
        "outlets": _outlets(story, known),
        "first": story.first or (days[0] if days else ""),
        "last": story.last or (days[-1] if days else ""),
        "summary": _summary(story, by_id),
        "timeline": timeline,
        "background": _timeline(story.background, disputed),
        "updates": _updates(story),
        "conflicts": conflicts,
        "weekday_slips": [_conflict(c) for c in story.weekday_slips],
        "groups": _groups(ids, by_id, story, conflicts),
        # one article and at most one dated event: a line in a list is enough
        "compact": len(ids) <= 1 and len(timeline) <= 1,
        "kind": story.kind,
        "thread": story.thread,
        "thread_why": list(story.thread_why),
    }


def story_views(stories: Any, by_id: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Stories for the report: more articles first, then the newest."""
    records = [story for s in _list(stories) if (story := as_story(s)) is not None]
    views = [story_view(s, by_id) for s in records]
    for n, v in enumerate(views, 1):
        v["id"] = v["id"] or f"story-{n}"  # every block needs an anchor
    views.sort(key=lambda v: v["last"] or v["first"], reverse=True)
    views.sort(key=lambda v: len(v["articles"]), reverse=True)  # stable: newest first within a size
    return views


def thread_views(threads: Any, stories: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Threads for the report and the web pages: each with its stories' views (id, title, size) and why each is there.

    A document without ``threads`` (made before threads existed) shows none; a thread that is not in the
    shape of a thread is left out, with a warning."""
    by_id = {v["id"]: v for v in stories}
    views = []
    for item in _dicts(threads):
        try:
            thread = Thread.from_dict(dict(item))
        except (ValidationError, TypeError, ValueError) as err:
            log.warning("a thread that is not in the shape of a thread is left out: %s", err)
            continue
        members = [
            {
                "id": sid,
                "title": by_id[sid]["title"] if sid in by_id else "",
                "size": len(by_id[sid]["articles"]) if sid in by_id else 0,
                "why": thread.why.get(sid, []),
            }
            for sid in thread.stories
        ]
        views.append({**thread.to_dict(), "members": members})
    return views


def stories_by_article(views: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Article id -> the stories it belongs to (id, title, and what it nearly duplicates there)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for v in views:
        duplicates = {card["id"]: card["duplicate"] for group in v["groups"] for card in group["cards"]}
        for i in v["articles"]:
            out.setdefault(i, []).append({"id": v["id"], "title": v["title"], "duplicate": duplicates.get(i)})
    return out


# --- rendering -----------------------------------------------------------------


# A figure as a report states it, once counted: "1234", "2.5" (the contract's form of "1.234", "2,5")
_PLAIN_NUMBER = re.compile(r"\d{1,30}(?:\.\d{1,30})?")


def figure(value: Any) -> Any:
    """A figure read from Indonesian reports, written the Indonesian way a reader saw it there ("1234" -> "1.234",
    "2.5" -> "2,5"); any other value (a day, a name) as it is."""
    if not isinstance(value, str | int | float) or isinstance(value, bool) or not _PLAIN_NUMBER.fullmatch(str(value)):
        return value
    return format_decimal(Decimal(str(value)), locale="id_ID")


def number(value: int) -> str:
    """One of telisik's own counts in the pages' English text, grouped the English way ("12,345 articles")."""
    return format_decimal(value, locale="en")


def template_environment(folder: str = "templates", **options: Any) -> Environment:
    """Jinja2 over the package's templates in ``folder``: autoescaped, with what every page uses (the report, the web pages)."""
    autoescape = select_autoescape(default=True, default_for_string=True)
    env = Environment(loader=PackageLoader("telisik", folder), autoescape=autoescape, **options)
    env.globals["safe_url"] = safe_url
    env.filters["names"] = names
    env.filters["figure"] = figure
    env.filters["number"] = number
    return env


def render_report(analysis: dict[str, Any]) -> str:
    articles = _dicts(analysis.get("articles"))
    article_by_id = {_text(a.get("id")): a for a in articles if _text(a.get("id"))}
    stories = story_views(analysis.get("stories"), article_by_id)
    threads = thread_views(analysis.get("threads"), stories)
    template = template_environment().get_template("report.html.j2")
    return template.render(
        articles=articles,
        rejected=_dicts(analysis.get("rejected")),
        stories=stories,
        threads=threads,
        thread_by_id={t["id"]: t for t in threads},
        article_by_id=article_by_id,
        story_of=stories_by_article(stories),
        links=ArticleLinks(article_by_id),
        version=__version__,
    )


# Text from pages and file names can hold lone surrogates (a JSON "\\ud800", a file name
# that is not UTF-8, read with surrogate escapes), which UTF-8 cannot encode. In JSON
# they are written as the \\uXXXX escapes JSON allows, so a reader gets the same
# string back (and ``os.fsencode`` the file name's bytes); in HTML, as visible escapes.
JSON_ERRORS = "telisik.json_escape"


def _json_escape(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeEncodeError):
        raise err
    return "".join(f"\\u{ord(c):04x}" for c in err.object[err.start : err.end]), err.end


codecs.register_error(JSON_ERRORS, _json_escape)


def _umask() -> int:
    # read by setting it, the only way POSIX offers, and put straight back
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_writer(path: Path, errors: str = JSON_ERRORS) -> Iterator[IO[str]]:
    """A text file at ``path`` that a reader never sees half written, and that no failure leaves behind.

    Written to a temporary file beside ``path`` (unique, so two runs writing
    one folder never share it) and renamed over it at the end; when writing
    fails (a full disk, an interrupt) the temporary file is removed and the
    old ``path``, if any, is left as it was.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); the output gets the mode any new file gets
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", errors=errors) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str, errors: str = JSON_ERRORS) -> None:
    with atomic_writer(path, errors) as fh:
        fh.write(text)


def dump_document(
    fh: IO[str], head: Mapping[str, Any], lists: Sequence[tuple[str, Iterable[Any]]], tail: Mapping[str, Any] | None = None
) -> None:
    """``{**head, **lists, **tail}`` to ``fh`` byte for byte as ``json.dumps(..., ensure_ascii=False, indent=1)``
    writes it, each list streamed from its iterable: a document too large to hold is written a record at a time."""
    fh.write("{")
    first = True

    def key(name: str) -> None:
        nonlocal first
        fh.write(("\n" if first else ",\n") + " " + json.dumps(name, ensure_ascii=False) + ": ")
        first = False

    def value(v: Any, indent: str) -> str:
        return json.dumps(v, ensure_ascii=False, indent=1).replace("\n", "\n" + indent)

    for name, v in head.items():
        key(name)
        fh.write(value(v, " "))
    for name, items in lists:
        key(name)
        empty = True
        for item in items:
            fh.write(("[\n" if empty else ",\n") + "  " + value(item, "  "))
            empty = False
        fh.write("[]" if empty else "\n ]")
    for name, v in (tail or {}).items():
        key(name)
        fh.write(value(v, " "))
    fh.write("}" if first else "\n}")


def write_document(
    path: Path, head: Mapping[str, Any], lists: Sequence[tuple[str, Iterable[Any]]], tail: Mapping[str, Any] | None = None
) -> None:
    """``dump_document`` to ``path``, which a reader never sees half written."""
    with atomic_writer(path) as fh:
        dump_document(fh, head, lists, tail)


def write_jsonl(path: Path, items: Iterable[Any]) -> int:
    """One JSON record a line; returns how many."""
    n = 0
    with atomic_writer(path) as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def write_outputs(
    analysis: dict[str, Any], out_dir: str | os.PathLike[str], map_jobs: Callable[..., Iterable[Any]] = map
) -> tuple[Path, Path]:
    """analysis.json, then report.html, of the document, both written by this process. ``map_jobs``: an ordered map
    the report's rendering goes through (``render_report``); a process pool's renders it in a worker while this
    process writes analysis.json, where at the end of a run the workers are idle (the builtin ``map`` renders it here,
    after analysis.json). The worker writes nothing: a failed analysis.json leaves report.html as it was."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path, html_path = out / "analysis.json", out / "report.html"
    report: Iterator[str] | None = None  # none handed out: rendered here (``_rendered``), once
    if map_jobs is not map:
        try:
            report = iter(map_jobs(render_report, [analysis]))
        except Exception:  # noqa: BLE001 - a pool that cannot take it (broken, shut down): rendered here after all
            log.debug("report.html not handed to a worker", exc_info=True)
    write_text_atomic(json_path, json.dumps(analysis, ensure_ascii=False, indent=1))
    write_text_atomic(html_path, _rendered(report, analysis), errors="backslashreplace")
    return json_path, html_path


def _rendered(report: Iterator[str] | None, analysis: dict[str, Any]) -> str:
    """report.html's text: the one ``report`` gives, else (none handed out, a broken pool, a worker's error) rendered
    here, where a fault of the rendering itself shows as it would without workers."""
    if report is None:
        return render_report(analysis)
    try:
        return next(report)
    except Exception:  # noqa: BLE001
        log.debug("report.html not rendered by a worker", exc_info=True)
        return render_report(analysis)
