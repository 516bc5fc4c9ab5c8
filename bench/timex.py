"""Time expressions: telisik's tagger against dateparser, on the same texts.

    python bench/timex.py [--shared ../shared] [--articles 300] [--repeat 3]

Prints, for both systems side by side:

1. ``bench/timex_cases.tsv``: written sentences (77), one expected expression
   each, every pattern family. Found = a predicted span overlapping the
   expected one; correct = found with the right value.
2. The dev gold set (``shared/eval/dev``, the seed articles), when present,
   and the held-out pages the team wrote (``tests/heldout``): the same counts
   over every gold expression, the articles' text taken from a telisik
   analysis of the pages (the same text for both systems).
3. Speed on real article bodies (``shared/data/corpus``, when present):
   articles and expressions per second, both systems alternately in this
   process, best of ``--repeat``.

dateparser runs as its users call it: ``search_dates(text, languages=["id"],
settings={"RELATIVE_BASE": publication datetime})``. Its datetimes are
compared at the precision of the expected value: a day for ``2023-09-11``, the
month for ``2023-09``, the ISO week for ``2023-W35``, the year for ``2019``.
It has no notion of ranges, durations, sets or vague references, so those
count as misses for it; the "dates only" column leaves them out to show the
comparison where dateparser can compete.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import dateparser
from dateparser.search import search_dates

from telisik.nlp.timex import tag

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"
HELDOUT = HERE.parent / "tests" / "heldout"
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?$")


@dataclass
class Case:
    text: str
    published: str
    expression: str
    value: str


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u201c", '"').replace("\u201d", '"')).strip().lower()


def overlaps(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def dateparser_value_matches(found: datetime, gold: str) -> bool:
    """Whether a dateparser datetime agrees with a TIMEX value at the value's precision."""
    gold = gold.split("T")[0]
    if not _DATE_VALUE.match(gold):
        return False  # ranges, durations, sets, PAST_REF: dateparser has no such value
    if "-W" in gold:
        year, week, _ = found.isocalendar()
        return f"{year}-W{week:02d}" == gold
    return found.date().isoformat()[: len(gold)] == gold


def telisik_predictions(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, published)[0]]


def dateparser_predictions(text: str, published: str | None) -> list[tuple[str, datetime]]:
    settings = {"RELATIVE_BASE": datetime.fromisoformat(published[:10])} if published else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return search_dates(text, languages=["id"], settings=settings) or []


def score(golds: list[tuple[str, str]], telisik: list, parser: list) -> dict[str, int]:
    """Greedy one-to-one matching of gold (expression, value) pairs for both systems."""
    out = {"gold": len(golds), "gold_dates": 0, "tl_found": 0, "tl_ok": 0, "tl_ok_dates": 0, "dp_found": 0, "dp_ok": 0,
           "dp_ok_dates": 0, "tl_pred": len(telisik), "dp_pred": len(parser)}
    tl_used: set[int] = set()
    dp_used: set[int] = set()
    for expression, value in golds:
        is_date = bool(_DATE_VALUE.match(value.split("T")[0]))
        out["gold_dates"] += is_date
        for i, (text, predicted) in enumerate(telisik):
            if i not in tl_used and overlaps(expression, text):
                tl_used.add(i)
                out["tl_found"] += 1
                ok = norm(predicted or "") == norm(value)
                out["tl_ok"] += ok
                out["tl_ok_dates"] += ok and is_date
                break
        for i, (text, found) in enumerate(parser):
            if i not in dp_used and overlaps(expression, text):
                dp_used.add(i)
                out["dp_found"] += 1
                ok = dateparser_value_matches(found, value)
                out["dp_ok"] += ok
                out["dp_ok_dates"] += ok and is_date
                break
    return out


def add(total: dict[str, int], part: dict[str, int]) -> None:
    for k, v in part.items():
        total[k] = total.get(k, 0) + v


def read_cases() -> list[Case]:
    cases = []
    for line in (HERE / "timex_cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, published, expression, value = line.split("\t")
            cases.append(Case(text, published, expression, value))
    return cases


def gold_articles(pages: Path, gold_dir: Path) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    """(body, anchor, gold expressions) for each gold article, bodies from a telisik analysis of the pages."""
    if not gold_dir.is_dir() or not pages.is_dir():
        return []
    seeds = pages
    from telisik.engine.local import Analyzer

    analysis = Analyzer().analyze([seeds])
    bodies = {Path(a["source"]).name: a for a in analysis["articles"]}
    out = []
    for f in sorted(gold_dir.glob("*.json")):
        if f.name == "stories.json":
            continue
        gold = json.loads(f.read_text(encoding="utf-8"))
        article = bodies.get(gold["doc"])
        if article:
            # dateparser gets the anchor telisik used (the publication date or the inferred one), so
            # both systems resolve against the same day
            anchor = (article.get("timex_anchor") or {}).get("date") or article.get("published")
            out.append((article["body"], anchor, [(t["text"], t["value"]) for t in gold["timex"]]))
    return out


def corpus_bodies(shared: Path, limit: int) -> list[tuple[str, str | None]]:
    corpus = shared / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
    if not corpus.exists():
        return []
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 25:  # spread over outlets and days
                continue
            rec = json.loads(line)
            published = (rec.get("published") or "")[:10] or None
            if rec.get("text"):
                out.append((rec["text"], published))
            if len(out) >= limit:
                break
    return out


def print_table(title: str, t: dict[str, int]) -> None:
    def pct(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "-"

    print(f"\n## {title}: {t['gold']} expressions ({t['gold_dates']} plain dates)")
    print(f"{'system':<12} {'found':>7} {'correct':>8} {'accuracy':>9} {'dates only':>11} {'predicted':>10}")
    for name, key in (("telisik", "tl"), ("dateparser", "dp")):
        print(f"{name:<12} {t[key + '_found']:>7} {t[key + '_ok']:>8} {pct(t[key + '_ok'], t['gold']):>9} "
              f"{pct(t[key + '_ok_dates'], t['gold_dates']):>11} {t[key + '_pred']:>10}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--articles", type=int, default=300, help="corpus articles for the speed run")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    print(f"dateparser {dateparser.__version__}")

    total: dict[str, int] = {}
    for case in read_cases():
        add(total, score([(case.expression, case.value)], telisik_predictions(case.text, case.published),
                         dateparser_predictions(case.text, case.published)))
    print_table("written sentences (bench/timex_cases.tsv)", total)

    sets = [
        ("dev gold articles (shared/eval/dev, the seeds)", args.shared / "seeds", args.shared / "eval" / "dev"),
        ("held-out articles the team wrote (tests/heldout)", HELDOUT / "pages", HELDOUT / "gold"),
    ]
    for title, pages, gold_dir in sets:
        articles = gold_articles(pages, gold_dir)
        if not articles:
            print(f"\n({pages} or {gold_dir} absent: skipped)")
            continue
        total = {}
        for body, anchor, golds in articles:
            add(total, score(golds, telisik_predictions(body, anchor), dateparser_predictions(body, anchor)))
        print_table(title, total)

    bodies = corpus_bodies(args.shared, args.articles)
    if not bodies:
        print("\n(shared/data/corpus absent: speed run skipped)")
        return 0
    tag("warm-up Senin (11/9)", "2023-09-12")
    dateparser_predictions("warm-up Senin 11 September 2023", "2023-09-12")
    best = {"telisik": float("inf"), "dateparser": float("inf")}
    found = {"telisik": 0, "dateparser": 0}
    for _ in range(args.repeat):
        for name, run in (("telisik", telisik_predictions), ("dateparser", dateparser_predictions)):
            start = time.perf_counter()
            n = sum(len(run(body, published)) for body, published in bodies)
            best[name] = min(best[name], time.perf_counter() - start)
            found[name] = n
    words = sum(len(b.split()) for b, _ in bodies)
    print(f"\n## speed: {len(bodies)} corpus articles ({words:,} words), best of {args.repeat}")
    print(f"{'system':<12} {'seconds':>8} {'articles/s':>11} {'expressions':>12} {'expressions/s':>14}")
    for name in ("telisik", "dateparser"):
        secs = best[name]
        print(f"{name:<12} {secs:>8.2f} {len(bodies) / secs:>11.1f} {found[name]:>12} {found[name] / secs:>14.1f}")
    print(f"telisik is {best['dateparser'] / best['telisik']:.1f}x faster per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
