"""Draw timeline entries and conflicts of an analysis to judge by reading (issue 16's check on whole corpus days).

    .venv/bin/python scripts/judge_sample.py ANALYSIS_JSON [--timeline 50] [--conflicts 30] [--seed 16]
                                           [--largest 20] [--threads 30] [--out /tmp/judge.md]

Draws, with a fixed seed and without looking at their content, ``--timeline``
entries from the stories' timelines and ``--conflicts`` conflicts, and writes for
each what a reader needs to judge it: the story's title and size; for a timeline
entry its date, type, participants, place, status and the article events it
rests on (its ``evidence``), each with its sentence (with each article's outlet,
publication time and title); for a conflict what it is about, each value with
its articles, and the sentence of each article that gives the value (the conflict's
``evidence``; where it has none, the first sentence that writes the value, marked so).

``--summaries N`` lists the summaries of the N largest stories from three or
more outlets, each sentence with its outlet, to judge repeats and coverage.
``--largest N`` (issue 17) also lists the N largest stories, and ``--threads N``
the N largest threads: for a story, each article's outlet, day, title and lead,
so a reader can count the articles that do not belong to the story's happening;
for a thread, each story's title, size and why it is in the thread.

The working list goes OUTSIDE the repository (default /tmp/judge.md): the
sentences belong to their outlets. The reader marks each item right or wrong and
counts; the counts go in the issue's note.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Any


def _sentences_with(body: str, needle: str, limit: int = 2) -> list[str]:
    """Up to ``limit`` sentences of ``body`` containing ``needle`` (a value as the text may write it)."""
    if not needle:
        return []
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", body):
        if needle.lower() in sentence.lower():
            out.append(sentence.strip()[:300])
        if len(out) >= limit:
            break
    return out


def _value_needles(value: str) -> list[str]:
    """How a conflict's value may stand in the text: "2025-06-09" as "9/6", a time "T01:10" as "01.10"."""
    if m := re.fullmatch(r"\d{4}-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?)?", value):
        needles = [f"{int(m[2])}/{int(m[1])}"]
        if m[3]:
            needles.insert(0, f"{m[3]}.{m[4] or '00'}")
        return needles
    return [value]


def describe_entry(entry: dict[str, Any], story: dict[str, Any], articles: dict[str, dict[str, Any]], shown: int = 5) -> list[str]:
    """A timeline entry and the article events it rests on (its ``evidence``), each with its sentence."""
    lines = [
        f"story: {story.get('title')!r} ({len(story.get('articles') or [])} articles)",
        f"entry: {entry.get('when')} {entry.get('type')} who={entry.get('who')} where={entry.get('where')} status={entry.get('status')}",
    ]
    evidence = entry.get("evidence") or []
    for source in evidence[:shown]:
        art = articles.get(source.get("article"), {})
        events = art.get("events") or []
        index = source.get("event")
        ev = events[index] if isinstance(index, int) and 0 <= index < len(events) else {}
        lines.append(f"  - [{art.get('outlet')}] {art.get('published')} {art.get('title')!r}")
        lines.append(f"      {ev.get('when')} <{ev.get('trigger')}> who={ev.get('who')} {str(ev.get('sentence'))[:260]}")
    if len(evidence) > shown:
        lines.append(f"  (+{len(evidence) - shown} more reports of it)")
    return lines


def describe_conflict(conflict: dict[str, Any], story: dict[str, Any], articles: dict[str, dict[str, Any]]) -> list[str]:
    lines = [
        f"story: {story.get('title')!r} ({len(story.get('articles') or [])} articles)",
        f"conflict ({conflict.get('kind')}): {conflict.get('about')}",
    ]
    evidence = conflict.get("evidence") or {}
    for value, aids in (conflict.get("values") or {}).items():
        lines.append(f"  value {value!r}:")
        # the sentence the analysis gives the value by (its ``evidence``); else the first sentence writing the value
        said = {e.get("article"): str(e.get("sentence") or "") for e in evidence.get(value) or []}
        for aid in aids[:3]:
            art = articles.get(aid, {})
            lines.append(f"    - [{art.get('outlet')}] {art.get('published')} {art.get('title')!r}")
            if said.get(aid):
                lines.append(f"        {said[aid][:300]}")
                continue
            lines.append("        (no evidence sentence; the first sentence writing the value:)")
            for needle in _value_needles(str(value)):
                found = _sentences_with(str(art.get("body") or ""), needle, 1)
                if found:
                    lines.append(f"        {found[0]}")
                    break
    return lines


def _lead(body: str, limit: int = 240) -> str:
    text = " ".join((body or "").split())
    return text[:limit] + ("..." if len(text) > limit else "")


def describe_story_members(story: dict[str, Any], articles: dict[str, dict[str, Any]]) -> list[str]:
    """A story's title and kind, then each article: outlet, day, title and lead."""
    lines = [
        f"**{story.get('title')}** ({len(story.get('articles') or [])} articles, {story.get('first')}..{story.get('last')}, "
        f"kind {story.get('kind') or 'news'}, thread {story.get('thread') or '-'})"
    ]
    for n, aid in enumerate(story.get("articles") or [], 1):
        a = articles.get(aid) or {}
        lines.append(f"{n}. [{a.get('outlet')} {str(a.get('published') or '')[:10]}] {a.get('title')} -- {_lead(a.get('body') or '')}")
    return lines


def describe_thread(thread: dict[str, Any], stories: dict[str, dict[str, Any]]) -> list[str]:
    """A thread's title and names, then each story with its size and why it is in the thread."""
    why = thread.get("why") or {}
    lines = [f"**{thread.get('title')}** (names: {', '.join(thread.get('names') or [])}; {len(thread.get('stories') or [])} stories)"]
    for n, sid in enumerate(thread.get("stories") or [], 1):
        story = stories.get(sid) or {}
        lines.append(
            f"{n}. {story.get('title')} ({len(story.get('articles') or [])} articles, {story.get('first')}) "
            f"why: {', '.join(why.get(sid) or story.get('thread_why') or [])}"
        )
    return lines


def describe_summary(story: dict[str, Any]) -> list[str]:
    """A story's outlets, then each summary sentence with the outlet and articles it names."""
    lines = [f"**{story.get('title')}** ({len(story.get('articles') or [])} articles; outlets: {', '.join(story.get('outlets') or [])})"]
    for n, sentence in enumerate(story.get("summary") or [], 1):
        lines.append(f"{n}. [{sentence.get('outlet')}] {sentence.get('text')} (sources: {', '.join(sentence.get('sources') or [])})")
    return lines


def summary_list(analysis: dict[str, Any], count: int, min_outlets: int = 3) -> list[str]:
    """The summaries of the largest stories told by at least ``min_outlets`` outlets."""
    stories = [s for s in analysis.get("stories") or [] if len(s.get("outlets") or []) >= min_outlets]
    ranked = sorted(stories, key=lambda s: -len(s.get("articles") or []))[:count]
    out = [f"# Summaries of the {len(ranked)} largest stories from {min_outlets}+ outlets", ""]
    for n, story in enumerate(ranked, 1):
        out += [f"## M{n}", *describe_summary(story), ""]
    return out


def largest_lists(analysis: dict[str, Any], largest: int, threads: int) -> list[str]:
    """The membership lists of the largest stories and threads."""
    articles = {a.get("id"): a for a in analysis.get("articles") or []}
    stories = analysis.get("stories") or []
    out: list[str] = []
    if largest:
        ranked = sorted(stories, key=lambda s: -len(s.get("articles") or []))[:largest]
        out += [f"# The {len(ranked)} largest stories of {len(stories)}", ""]
        for n, story in enumerate(ranked, 1):
            out += [f"## S{n}", *describe_story_members(story, articles), ""]
    all_threads = analysis.get("threads") or []
    if threads and all_threads:
        by_id = {s.get("id"): s for s in stories}
        ranked_threads = sorted(all_threads, key=lambda t: -len(t.get("stories") or []))[:threads]
        out += [f"# The {len(ranked_threads)} largest threads of {len(all_threads)}", ""]
        for n, thread in enumerate(ranked_threads, 1):
            out += [f"## H{n}", *describe_thread(thread, by_id), ""]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("analysis", type=Path)
    ap.add_argument("--timeline", type=int, default=50)
    ap.add_argument("--conflicts", type=int, default=30)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--largest", type=int, default=0, help="also list the N largest stories, article by article")
    ap.add_argument("--threads", type=int, default=0, help="also list the N largest threads, story by story")
    ap.add_argument("--summaries", type=int, default=0, help="also list the summaries of the N largest stories from 3+ outlets")
    ap.add_argument("--out", type=Path, default=Path("/tmp/judge.md"))
    args = ap.parse_args(argv)
    analysis = json.loads(args.analysis.read_text(encoding="utf-8"))
    articles = {a.get("id"): a for a in analysis.get("articles") or []}
    stories = analysis.get("stories") or []
    entries = [(e, s) for s in stories for e in s.get("timeline") or []]
    conflicts = [(c, s) for s in stories for c in s.get("conflicts") or []]
    rng = random.Random(args.seed)
    picked_entries = rng.sample(entries, min(args.timeline, len(entries)))
    picked_conflicts = rng.sample(conflicts, min(args.conflicts, len(conflicts)))
    out: list[str] = [f"# {len(picked_entries)} of {len(entries)} timeline entries", ""]
    for n, (entry, story) in enumerate(picked_entries, 1):
        out += [f"## T{n}", *describe_entry(entry, story, articles), ""]
    out += [f"# {len(picked_conflicts)} of {len(conflicts)} conflicts", ""]
    for n, (conflict, story) in enumerate(picked_conflicts, 1):
        out += [f"## C{n}", *describe_conflict(conflict, story, articles), ""]
    out += largest_lists(analysis, args.largest, args.threads)
    if args.summaries:
        out += summary_list(analysis, args.summaries)
    args.out.write_text("\n".join(out), encoding="utf-8")
    drawn = f"timeline entries {len(entries)} (drew {len(picked_entries)}), conflicts {len(conflicts)} (drew {len(picked_conflicts)})"
    print(f"{drawn} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
