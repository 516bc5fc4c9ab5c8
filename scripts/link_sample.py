"""Draw cross-article entity merges from an analysis for a reader to judge right or wrong.

    .venv/bin/python scripts/link_sample.py ANALYSIS [--n 200] [--seed 1] [--out /tmp/links.md] [--same-names]

A merge is one linking decision of the collection's linker: an article entity
that joined a collection entity, paired with the entity's first article entity
in ANOTHER article (its earliest member, in the order the analysis lists the
articles). Only pairs whose names differ are drawn, unless ``--same-names``:
two article entities both called "Jakarta" are seldom worth a reader's time,
and the wrong merges hide among the differing names. Every such merge of the
document is equally likely, whatever the size of its entity.

Each pair is written with the sentence around each side's first mention, so a
reader can tell whether both name the same thing, and a blank label to fill
("right"/"wrong"). The text belongs to the outlets: write the sample OUTSIDE
the repository (the default is /tmp). Prints how many merges there were to draw
from.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Side:
    """One article entity of a merge, with the sentence around its first mention."""

    article: str
    outlet: str
    title: str
    name: str
    type: str
    mentions: tuple[str, ...]
    sentence: str


@dataclass(frozen=True)
class Merge:
    entity: str
    entity_name: str
    first: Side
    joined: Side


def sentence_around(article: Mapping[str, Any], start: int, end: int, limit: int = 400) -> str:
    """The sentence of the article holding [start, end), the mention marked with [[ ]]; cut at ``limit`` characters."""
    body = article.get("body") or ""
    lo, hi = max(0, start - limit // 2), min(len(body), end + limit // 2)
    for s, e in article.get("sentences") or []:
        if s <= start < e:
            lo, hi = s, max(e, end)
            break
    text = f"{body[lo:start]}[[{body[start:end]}]]{body[end:hi]}"
    return " ".join(text.split())[: limit + 4]


def _side(article: Mapping[str, Any], ent: Mapping[str, Any]) -> Side:
    mentions = ent.get("mentions") or []
    sentence = sentence_around(article, mentions[0]["start"], mentions[0]["end"]) if mentions else ""
    return Side(
        article=str(article["id"]),
        outlet=str(article.get("outlet") or ""),
        title=str(article.get("title") or ""),
        name=str(ent["name"]),
        type=str(ent["type"]),
        mentions=tuple(dict.fromkeys(m["text"] for m in mentions)),
        sentence=sentence,
    )


def merges(document: Mapping[str, Any], same_names: bool = False) -> list[Merge]:
    """Every linking decision of the document across articles: (entity's first member elsewhere, member that joined)."""
    names = {e["id"]: e["name"] for e in document.get("entities") or []}
    members: dict[str, list[tuple[Mapping[str, Any], Mapping[str, Any]]]] = {}
    for article in document.get("articles") or []:
        for ent in article.get("entities") or []:
            if ent.get("global_id"):
                members.setdefault(ent["global_id"], []).append((article, ent))
    out: list[Merge] = []
    for gid, linked in members.items():
        first_article, first_ent = linked[0]
        for article, ent in linked[1:]:
            if article["id"] == first_article["id"]:
                continue
            if not same_names and ent["name"] == first_ent["name"]:
                continue
            out.append(Merge(gid, names.get(gid, first_ent["name"]), _side(first_article, first_ent), _side(article, ent)))
    return out


def render(drawn: Sequence[Merge], source: str, total: int, seed: int) -> str:
    lines = [
        f"# Entity merges to judge: {len(drawn)} of {total} drawn from {source} (seed {seed})",
        "",
        "Label each: right (both sides name the same thing) or wrong.",
        "",
    ]
    for n, m in enumerate(drawn, start=1):
        lines += [f"## {n}. {m.entity} {m.entity_name} ({m.first.type})", "", "label: ", ""]
        for tag, side in (("A", m.first), ("B", m.joined)):
            lines.append(f"- {tag} `{side.name}` [{side.outlet}] {side.title} (mentions: {', '.join(side.mentions)})")
            lines.append(f"  > {side.sentence}")
        lines.append("")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("analysis", type=Path)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("/tmp/links.md"))
    parser.add_argument("--same-names", action="store_true", help="draw pairs with equal names too")
    args = parser.parse_args(argv)
    document = json.loads(args.analysis.read_text(encoding="utf-8"))
    found = merges(document, args.same_names)
    drawn = random.Random(args.seed).sample(found, min(args.n, len(found)))
    args.out.write_text(render(drawn, str(args.analysis), len(found), args.seed), encoding="utf-8")
    print(f"{len(found)} merges; {len(drawn)} drawn -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
