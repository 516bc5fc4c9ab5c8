"""bench/corpus.py: the expanded corpus for scaling benchmarks.

The corpus tests run on a small source (130 real articles of the June 2025
corpus, written to a temporary file) so that a few hundred records span
several epochs; they skip when ../shared is absent.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent
SMALL = 130  # articles in the small source: 100 dated, 30 undated when the corpus has them
N = 4 * SMALL  # epochs 0-3


def _load(name: str) -> ModuleType:
    return load_script(f"bench_{name}", REPO / "bench" / f"{name}.py")


corpus = _load("corpus")


def words(text: str | None) -> Counter[str]:
    # Words without digits: the copies' dates (and so their numbers) move.
    return Counter(w for w in re.findall(r"\w+", (text or "").lower()) if not any(c.isdigit() for c in w))


def original_url(record: dict[str, Any]) -> str:
    return record["url"].split("#copy-")[0]


def epoch(record: dict[str, Any]) -> int:
    return int(record["url"].split("#copy-")[1]) if "#copy-" in record["url"] else 0


@pytest.fixture
def source(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dated articles of the dense fortnight and undated ones, in a temporary file (never in the repository)."""
    path = tmp_path_factory.getbasetemp() / "small_corpus.jsonl.gz"
    if path.exists():
        return path
    full = shared / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
    if not full.is_file():
        pytest.skip(f"{full} is absent")
    dated, undated = [], []
    with gzip.open(full, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["published"] is None:
                undated.append(row)
            elif row["published"].startswith("2025-06-1") and len(row["text"]) > 800:
                dated.append(row)
    # Every 7th article keeps several outlets and days in the sample.
    rows = dated[::7][: SMALL - min(30, len(undated))] + undated[:30]
    assert len(rows) == SMALL
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def originals(source: Path) -> dict[str, dict[str, Any]]:
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        return {row["url"]: row for row in map(json.loads, fh)}


@pytest.fixture
def expanded(source: Path) -> list[dict[str, Any]]:
    return list(corpus.expand(N, seed=1, source=source))


def test_n_records_with_unique_ids_and_urls(expanded: list[dict[str, Any]]) -> None:
    assert len(expanded) == N
    assert len({r["id"] for r in expanded}) == N
    assert len({r["url"] for r in expanded}) == N
    assert all(set(r) == {"id", "url", "outlet", "title", "published", "text"} for r in expanded)
    assert all(re.fullmatch(r"[0-9a-f]{16}", r["id"]) for r in expanded)


def test_deterministic_for_a_seed(source: Path, expanded: list[dict[str, Any]]) -> None:
    assert list(corpus.expand(N, seed=1, source=source)) == expanded
    # A shorter run is a prefix of a longer one: a copy does not depend on n.
    assert list(corpus.expand(SMALL + 17, seed=1, source=source)) == expanded[: SMALL + 17]
    other = list(corpus.expand(N, seed=2, source=source))
    assert other != expanded
    assert {r["id"] for r in other} == {r["id"] for r in expanded}  # the same articles and epochs, made otherwise


def test_first_pass_is_the_originals(expanded: list[dict[str, Any]], originals: dict[str, dict[str, Any]]) -> None:
    first = expanded[:SMALL]
    assert {r["url"] for r in first} == set(originals)
    for record in first:
        assert record == {key: originals[record["url"]][key] for key in record}
    assert [r["url"] for r in first] != list(originals)  # a seeded order: any prefix samples the whole source


def test_copies_differ_but_keep_most_words(expanded: list[dict[str, Any]], originals: dict[str, dict[str, Any]]) -> None:
    copies = expanded[SMALL:]
    assert [epoch(r) for r in copies] == [1] * SMALL + [2] * SMALL + [3] * SMALL
    kept = []
    for copy in copies:
        orig = originals[original_url(copy)]
        assert copy["text"] != orig["text"]
        assert copy["outlet"] != orig["outlet"]  # a syndicated copy
        assert copy["title"] == corpus.shift_dates(orig["title"], 30 * epoch(copy), corpus.parse(orig).anchor)  # only its dates move
        mine, theirs = words(copy["text"]), words(orig["text"])
        kept.append(sum((mine & theirs).values()) / max(1, sum(theirs.values())))
    kept.sort()
    assert kept[len(kept) // 2] >= 0.8, "most words of an article stay in its copies"
    assert kept[len(kept) // 10] >= 0.6
    assert kept[len(kept) // 2] < 1  # but sentences are dropped


def test_copies_change_chrome_and_order(expanded: list[dict[str, Any]], originals: dict[str, dict[str, Any]]) -> None:
    copies = expanded[SMALL:]
    chrome = re.compile(r"^(Baca juga|Baca Juga|Simak juga|Lihat juga|Ikuti|Dapatkan|Bagikan|ADVERTISEMENT|SCROLL|Scroll)", re.M)
    assert sum(bool(chrome.search(c["text"])) for c in copies) == len(copies)
    # New "Baca juga" lines name other articles of the source (beside the original's own, some kept).
    titles = {o["title"] for o in originals.values()}
    read_also = [
        m.group(1)
        for c in copies
        for m in re.finditer(r"^Baca [jJ]uga: ?(.+)$", c["text"], re.M)
        if m.group(1) in titles and m.group(0) not in originals[original_url(c)]["text"]
    ]
    assert len(read_also) >= len(copies) // 10
    # The dateline takes the copy's outlet's form ("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -").
    placed = [(c, p) for c in copies if (p := corpus.parse(originals[original_url(c)]).place)]
    assert len(placed) >= len(copies) // 4
    assert sum(corpus.dateline(c["outlet"], p) in c["text"] for c, p in placed) >= 0.9 * len(placed)
    assert len({corpus.dateline(c["outlet"], "Jakarta") for c, _ in placed}) >= 5
    # Sentences move: some copy keeps a sentence pair in the other order.
    moved = 0
    for copy in copies:
        sentences = [s for line in originals[original_url(copy)]["text"].split("\n") for s in corpus.split_sentences(line.strip())]
        positions = [copy["text"].find(s) for s in sentences if len(s) > 40 and not re.search(r"\d", s)]
        found = [p for p in positions if p >= 0]
        moved += any(a > b for a, b in pairwise(found))
    assert moved >= len(copies) // 10


def test_dates_of_epoch_k_shift_by_k_times_30_days(expanded: list[dict[str, Any]], originals: dict[str, dict[str, Any]]) -> None:
    shifted_in_text = checked = 0
    for copy in expanded[SMALL:]:
        orig = originals[original_url(copy)]
        k = epoch(copy)
        if orig["published"] is None:
            assert copy["published"] is None  # undated stays undated
            continue
        published = datetime.fromisoformat(orig["published"])
        assert datetime.fromisoformat(copy["published"]) == published + timedelta(days=30 * k)
        assert copy["published"].endswith("+07:00")
        # "(18/6/2025)"-style dates of the text move with it, when the sentence survived.
        near = [d for d in corpus._full_dates(orig["text"]) if abs((d - published.date()).days) < 60]
        if near:
            checked += 1
            moved = {(d + timedelta(days=30 * k)) for d in near}
            shifted_in_text += bool(moved & set(corpus._full_dates(copy["text"])))
    assert checked >= 20
    assert shifted_in_text >= 0.8 * checked


def test_undated_originals_are_undated_in_every_epoch(expanded: list[dict[str, Any]], originals: dict[str, dict[str, Any]]) -> None:
    undated = {url for url, o in originals.items() if o["published"] is None}
    assert undated, "the small source holds undated articles"
    copies = [r for r in expanded[SMALL:] if original_url(r) in undated]
    assert len(copies) == 3 * len(undated)
    assert all(r["published"] is None for r in copies)


def test_shift_dates_keeps_the_form_and_fixes_the_weekday() -> None:
    anchor = date(2025, 6, 18)
    text = "Rapat digelar Senin (9/6/2025) dan Rabu (11/6), lalu 18 Juni 2025, 19 Jun 2025, 05/06/2025 dan Juni 2025."
    assert corpus.shift_dates(text, 30, anchor) == (
        "Rapat digelar Rabu (9/7/2025) dan Jumat (11/7), lalu 18 Juli 2025, 19 Jul 2025, 05/07/2025 dan Juli 2025."
    )
    # History stays history; a weekday that did not fit its date is left alone.
    assert corpus.shift_dates("Proklamasi 17 Agustus 1945.", 30, anchor) == "Proklamasi 17 Agustus 1945."
    assert corpus.shift_dates("Selasa (9/6/2025)", 30, anchor) == "Selasa (9/7/2025)"
    assert corpus.shift_dates("SENIN, 9 JUNI 2025", 360, anchor) == "KAMIS, 4 JUNI 2026"


def test_missing_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.jsonl.gz"
    with pytest.raises(FileNotFoundError, match="nope.jsonl.gz"):
        corpus.expand(10, source=missing)
    assert corpus.main(["--n", "10", "--out", str(tmp_path / "out.jsonl.gz"), "--source", str(missing)]) == 2
    assert "source corpus not found" in capsys.readouterr().err


def test_cli_writes_n_records(source: Path, tmp_path: Path, expanded: list[dict[str, Any]]) -> None:
    out = tmp_path / "expanded.jsonl.gz"
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "corpus.py"), "--n", "300", "--out", str(out), "--source", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "records/s" in done.stdout
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        assert [json.loads(line) for line in fh] == expanded[:300]


def test_stories_harness_with_a_stand_in(source: Path, tmp_path: Path) -> None:
    """bench/stories.py end to end, on a stand-in clusterer (one story a title word) written here."""
    (tmp_path / "standin_clusterer.py").write_text(
        "def cluster_articles(records):\n"
        "    return {r['id']: (r['title'] or r['body'] or '-').split()[0].lower() for r in records}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    command = [sys.executable, str(REPO / "bench" / "stories.py"), "--sizes", "100,400", "--source", str(source)]
    done = subprocess.run(command + ["--impl", "standin_clusterer:cluster_articles"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if re.match(r"\s*(100|400)\s", line)]
    assert [r[0] for r in rows] == ["100", "400"]
    assert "time per article grows" in done.stdout
    missing = subprocess.run(command + ["--impl", "no_such_module:cluster_articles"], capture_output=True, text=True, check=False)
    assert missing.returncode == 2 and "not importable" in missing.stderr
