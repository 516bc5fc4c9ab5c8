"""Main text, title and date of real news pages: telisik against trafilatura alone.

    python bench/extract.py [--data ../shared/data/html] [--repeat 3]

Reads the pages and gold of ``shared/data/html`` (``gold.jsonl``: gold main
text, title, date) and prints, for both systems side by side: body
bag-of-words precision / recall / F1 against the gold text (mean over pages),
title accuracy, date accuracy and pages per second. Both run in this process
on the same bytes, alternately, so machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

from telisik.engine.local import Analyzer
from telisik.pages.read import decode
from telisik.records import Article, RawDocument

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "html"


def bag(text: str | None) -> Counter[str]:
    return Counter(re.findall(r"\w+", (text or "").lower()))


def prf(pred: str | None, gold: str) -> tuple[float, float, float]:
    p, g = bag(pred), bag(gold)
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def norm_title(t: str | None) -> str:
    return re.sub(r"\s+", " ", (t or "").replace("\u00a0", " ")).strip().lower()


def run_trafilatura(html: bytes, url: str | None) -> dict:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {"body": "", "title": None, "date": None}
    return {"body": doc.text or "", "title": doc.title, "date": doc.date}


def run_telisik(analyzer: Analyzer, name: str, html: bytes) -> dict:
    text, _, _ = decode(html)
    result = analyzer.process(RawDocument(source=name, kind="html", content=text or ""))
    if not isinstance(result, Article):
        return {"body": "", "title": None, "date": None}
    return {"body": result.body, "title": result.title, "date": result.published}


def outlet_of(file: str) -> str:
    """The outlet of a page from its file name ("anpandu/kompas__kompas-singlepage2.html" -> kompas)."""
    name = file.rsplit("/", 1)[-1]
    return name.split("__", 1)[0] if "__" in name else name.split("_", 1)[0].lower()


def print_outlets(golds: list[dict], results: dict[str, list[dict]]) -> None:
    """Body F1, title and date accuracy per outlet, both systems side by side: a loss on one outlet shows."""
    groups: dict[str, list[int]] = {}
    for i, g in enumerate(golds):
        groups.setdefault(outlet_of(g["file"]), []).append(i)
    names = list(results)
    print(f"{'outlet':14s} {'pages':>5s} " + " ".join(f"{n[:9] + ' F1':>12s} {'title':>5s} {'date':>5s}" for n in names))
    for outlet, idx in sorted(groups.items()):
        cells = []
        for name in names:
            f1 = sum(prf(results[name][i]["body"], golds[i]["content"])[2] for i in idx) / len(idx)
            title = sum(norm_title(results[name][i]["title"]) == norm_title(golds[i]["title"]) for i in idx)
            date = sum(str(results[name][i]["date"] or "")[:10] == golds[i]["date_iso_wib"][:10] for i in idx)
            cells.append(f"{f1:12.3f} {title:>5d} {date:>5d}")
        print(f"{outlet:14s} {len(idx):5d} " + " ".join(cells))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--repeat", type=int, default=3, help="timing rounds (best round counts)")
    ap.add_argument("--pages", action="store_true", help="print per-page figures")
    args = ap.parse_args(argv)
    gold_file = args.data / "gold.jsonl"
    if not gold_file.exists():
        print(f"no gold at {gold_file}; nothing to measure", file=sys.stderr)
        return 0
    golds = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = [(g, (args.data / g["file"]).read_bytes()) for g in golds]
    analyzer = Analyzer()

    systems = {
        "trafilatura": lambda g, html: run_trafilatura(html, None),
        "telisik": lambda g, html: run_telisik(analyzer, g["file"], html),
    }
    results: dict[str, list[dict]] = {}
    best_time = {name: float("inf") for name in systems}
    for _ in range(max(1, args.repeat)):
        for name, fn in systems.items():  # alternate, so drift hits both
            started = time.perf_counter()
            results[name] = [fn(g, html) for g, html in pages]
            best_time[name] = min(best_time[name], time.perf_counter() - started)

    print(f"{len(pages)} pages from {args.data}")
    print(f"{'system':12s} {'body P':>7s} {'body R':>7s} {'body F1':>8s} {'title':>6s} {'date':>6s} {'pages/s':>8s}")
    summary = {}
    for name in systems:
        scores = [prf(r["body"], g["content"]) for g, r in zip(golds, results[name], strict=True)]
        title_ok = [norm_title(r["title"]) == norm_title(g["title"]) for g, r in zip(golds, results[name], strict=True)]
        date_ok = [str(r["date"] or "")[:10] == g["date_iso_wib"][:10] for g, r in zip(golds, results[name], strict=True)]
        n = len(scores)
        row = {
            "P": sum(s[0] for s in scores) / n,
            "R": sum(s[1] for s in scores) / n,
            "F1": sum(s[2] for s in scores) / n,
            "title": sum(title_ok) / n,
            "date": sum(date_ok) / n,
            "pps": n / best_time[name],
        }
        summary[name] = row
        print(f"{name:12s} {row['P']:7.3f} {row['R']:7.3f} {row['F1']:8.3f} {row['title']:6.3f} {row['date']:6.3f} {row['pps']:8.1f}")
        if args.pages:
            for g, s, t, d in zip(golds, scores, title_ok, date_ok, strict=True):
                marks = f"title={'ok' if t else 'NO'} date={'ok' if d else 'NO'}"
                print(f"    {g['file'][:48]:48s} P={s[0]:.2f} R={s[1]:.2f} F={s[2]:.2f} {marks}")
    print_outlets(golds, results)
    ratio = summary["telisik"]["pps"] / summary["trafilatura"]["pps"]
    print(f"telisik speed / trafilatura speed: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
