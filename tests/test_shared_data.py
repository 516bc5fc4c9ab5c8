"""Figures on the shared seeds and real pages; skipped when ../shared is absent."""

import json
import subprocess
import sys

import pytest

from telisik.cli import main

# The floors issue 4 sets for the spine on the seeds' gold set.
SEED_FLOORS = {
    "clean.keep_recall": 0.97,
    "clean.drop_rate": 0.95,
    "clean.caption_rate": 0.9,
    "meta.title_acc": 0.8,
    "meta.outlet_acc": 0.8,
    "meta.published_acc": 0.8,
    "meta.authors_f1": 0.8,
    "meta.editors_f1": 0.8,
}


def test_seeds_meet_the_spine_floors(shared, tmp_path):
    seeds = shared / "seeds"
    if not seeds.is_dir():
        pytest.skip("no seeds")
    assert main(["analyze", str(seeds), "--out", str(tmp_path), "-q"]) == 0
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "eval" / "dev"),
         "--analysis", str(tmp_path / "analysis.json"), "--json"],
        capture_output=True, text=True, check=True,
    )
    figures = json.loads(proc.stdout)
    assert figures["articles.missing"] == 0
    short = {k: round(figures[k], 3) for k, floor in SEED_FLOORS.items() if figures[k] < floor}
    assert not short


def test_real_html_pages_titles_and_dates(shared, analyzer):
    from telisik.pages.read import decode
    from telisik.records import Article, RawDocument

    gold_file = shared / "data" / "html" / "gold.jsonl"
    if not gold_file.exists():
        pytest.skip("no real pages")
    golds = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    dates_ok = titles_ok = 0
    for g in golds:
        text, _, _ = decode((gold_file.parent / g["file"]).read_bytes())
        article = analyzer.process(RawDocument(source=g["file"], kind="html", content=text))
        assert isinstance(article, Article), g["file"]
        dates_ok += (article.published or "")[:10] == g["date_iso_wib"][:10]
        titles_ok += (article.title or "").strip().lower() == g["title"].strip().lower()
    assert dates_ok == len(golds)
    assert titles_ok / len(golds) >= 0.9
