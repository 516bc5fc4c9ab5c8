"""Show, article by article, where an analysis differs from a gold set (GOLD.md).

    python scripts/gold_diff.py --gold ../shared/eval/real-dev --analysis /tmp/rdo/analysis.json \
        [--area drop|keep|timex|entity|quote|citation|event|meta] [--doc NAME]

The figures come from ``../shared/eval/score.py``; this lists the misses behind
them (using the scorer's own matching), so that error analysis reads classes of
error instead of a single number.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

AREAS = ("meta", "drop", "keep", "timex", "entity", "quote", "citation", "event")


def load_scorer(gold: Path) -> ModuleType:
    """The scorer beside the gold set, else the shared one (``../shared/eval/score.py``)."""
    path = gold.parent / "score.py"
    if not path.exists():
        path = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("gold_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unmatched(golds: list[Any], preds: list[Any], ok: Any, sc: ModuleType) -> tuple[list[Any], list[Any], list[tuple[Any, Any]]]:
    pairs = sc.greedy_match(golds, preds, ok)
    gi = {g for g, _ in pairs}
    pi = {p for _, p in pairs}
    return ([g for i, g in enumerate(golds) if i not in gi],
            [p for i, p in enumerate(preds) if i not in pi],
            [(golds[g], preds[p]) for g, p in pairs])


def diff_article(gold: dict[str, Any], pred: dict[str, Any], areas: set[str], sc: ModuleType) -> list[str]:
    lines: list[str] = []
    body = sc.flat(sc.norm(pred.get("body")))
    meta = gold.get("meta", {})
    if "meta" in areas:
        for field in ("title", "outlet", "published"):
            g, p = meta.get(field), pred.get(field)
            if g and sc.norm(str(g))[:len(sc.norm(str(g)))] != sc.norm(str(p or ""))[:len(sc.norm(str(g)))]:
                lines.append(f"  meta.{field}: gold {g!r} pred {p!r}")
        for field in ("authors", "editors"):
            if [sc.norm_name(x) for x in meta.get(field) or []] != [sc.norm_name(x) for x in pred.get(field) or []]:
                lines.append(f"  meta.{field}: gold {meta.get(field)} pred {pred.get(field)}")
    if "drop" in areas:
        for frag in gold.get("body_drop", []):
            if sc.flat(sc.norm(frag)) in body:
                lines.append(f"  drop left: {frag!r}")
    if "keep" in areas:
        for frag in gold.get("body_keep", []):
            if sc.flat(sc.norm(frag)) not in body:
                lines.append(f"  keep lost: {frag!r}")
    if "timex" in areas:
        def tx_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
            a, b = sc.flat(sc.norm(g.get("text"))), sc.flat(sc.norm(p.get("text")))
            return bool(a) and bool(b) and (a in b or b in a)
        missed, extra, pairs = unmatched(gold.get("timex", []), pred.get("timexes") or [], tx_ok, sc)
        lines += [f"  timex FN: {g['text']!r} = {g.get('value')}" for g in missed]
        lines += [f"  timex FP: {p['text']!r} = {p.get('value')}" for p in extra]
        lines += [f"  timex value: {g['text']!r} gold {g.get('value')} pred {p.get('value')} ({p['text']!r})"
                  for g, p in pairs if sc.norm(g.get("value")) != sc.norm(p.get("value"))]
    if "entity" in areas:
        def names(e: dict[str, Any], pred_side: bool) -> list[str]:
            out = [e.get("name", "")]
            out += [m.get("text", "") for m in e.get("mentions") or []] if pred_side else e.get("aliases") or []
            return [n for n in out if n]

        def ent_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
            return any(sc.flat(sc.norm_name(x)) == sc.flat(sc.norm_name(y))
                       for x in names(g, False) for y in names(p, True))
        missed, extra, pairs = unmatched(gold.get("entities", []), pred.get("entities") or [], ent_ok, sc)
        lines += [f"  entity FN: {g['name']!r} {g.get('type')}" for g in missed]
        lines += [f"  entity FP: {p['name']!r} {p.get('type')}" for p in extra]
        lines += [f"  entity type: {g['name']!r} gold {g.get('type')} pred {p.get('type')}"
                  for g, p in pairs if g.get("type") != p.get("type")]
    if "quote" in areas:
        def quote_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
            gw, pw = sc.norm(g.get("text")).split(), sc.norm(p.get("text"))
            if not gw or not pw:
                return False
            return bool(sc.flat(" ".join(gw[:5])) in sc.flat(pw))
        missed, extra, pairs = unmatched(gold.get("quotes", []), pred.get("quotes") or [], quote_ok, sc)
        lines += [f"  quote FN: [{g.get('speaker')}] {g['text']!r}" for g in missed]
        lines += [f"  quote FP: [{p.get('speaker')}] {str(p.get('text'))[:80]!r}" for p in extra]
        lines += [f"  quote speaker: gold {g.get('speaker')!r} pred {p.get('speaker')!r} ({g['text'][:50]!r})"
                  for g, p in pairs if not sc.names_match(g.get("speaker", ""), p.get("speaker") or "")]
    if "citation" in areas:
        pc = [c.get("source", "") if isinstance(c, dict) else str(c) for c in pred.get("citations") or []]
        gc = [sc.norm_name(x) for x in gold.get("citations", [])]
        pn = list(dict.fromkeys(sc.norm_name(x) for x in pc if x))
        lines += [f"  citation FN: {g!r}" for g in gc if g not in pn]
        lines += [f"  citation FP: {p!r}" for p in pn if p not in gc]
    if "event" in areas:
        lines += _event_lines(gold, pred, sc)
    return lines


def _event_lines(gold: dict[str, Any], pred: dict[str, Any], sc: ModuleType) -> list[str]:
    """Missed, extra and mis-dated/mis-placed events, with the scorer's matching (a named participant
    must match; an unnamed event matches one of its type whose date and place do not contradict it)."""
    known = [n for e in gold.get("entities", []) for n in [e.get("name", ""), *(e.get("aliases") or [])] if n]

    def ev_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
        if g.get("type") != p.get("type"):
            return False
        named = [w for w in g.get("who") or [] if sc.any_names_match([w], known)]
        if named:
            return bool(sc.any_names_match(named, p.get("who") or []))
        if g.get("when") and p.get("when") and sc.norm(g["when"]) != sc.norm(p["when"]):
            return False
        return not (g.get("where") and p.get("where") and not sc.names_match(g["where"], p["where"]))

    def show(e: dict[str, Any]) -> str:
        text = f"{e.get('type')} who={e.get('who')} where={e.get('where')} when={e.get('when')} {e.get('status')}"
        if e.get("count") is not None:
            text += f" count={e['count']} {e.get('counted')}"
        return text + (f" [{e.get('trigger')}] {str(e.get('sentence', ''))[:120]!r}" if "trigger" in e else "")

    missed, extra, pairs = unmatched(gold.get("events", []), pred.get("events") or [], ev_ok, sc)
    lines = [f"  event FN: {show(g)}" for g in missed]
    lines += [f"  event FP: {show(p)}" for p in extra]
    for g, p in pairs:
        if g.get("when") and sc.norm(g["when"]) != sc.norm(p.get("when")):
            lines.append(f"  event when: gold {g['when']} pred {p.get('when')}: {show(p)}")
        if g.get("where") and not sc.names_match(g["where"], p.get("where") or ""):
            lines.append(f"  event where: gold {g['where']} pred {p.get('where')}: {show(p)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--analysis", required=True, type=Path)
    ap.add_argument("--area", action="append", choices=AREAS)
    ap.add_argument("--doc", help="only the gold file whose name contains this")
    args = ap.parse_args(argv)
    sc = load_scorer(args.gold)
    analysis = json.loads(args.analysis.read_text(encoding="utf-8"))
    preds = {sc.doc_key(a.get("source", "")): a for a in analysis.get("articles") or []}
    areas = set(args.area or AREAS)
    for path in sorted(args.gold.glob("*.json")):
        if path.name == "stories.json" or (args.doc and args.doc not in path.name):
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        lines = diff_article(gold, preds.get(gold["doc"], {}), areas, sc)
        if lines:
            print(f"{path.name} ({gold['doc']}, {gold.get('meta', {}).get('outlet')})")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
