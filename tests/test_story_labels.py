"""The hand-labelled story set (eval/stories/jun2025) is well-formed and keeps no article text."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "eval" / "stories" / "jun2025" / "labels.tsv"
LABEL = re.compile(r"^(single-[1-9][0-9]*|[a-z0-9]+(-[a-z0-9]+)*)$")


def rows() -> list[list[str]]:
    return [line.split("\t") for line in LABELS.read_text(encoding="utf-8").splitlines()]


def test_header_and_two_columns_only():
    table = rows()
    assert table[0] == ["url", "story"]
    assert len(table) > 300
    bad = [n for n, row in enumerate(table, 1) if len(row) != 2]
    assert not bad, f"lines without exactly url and story: {bad[:5]}"


def test_urls_are_unique_http_urls():
    urls = [row[0] for row in rows()[1:]]
    assert all(u.startswith(("https://", "http://")) and " " not in u for u in urls)
    dupes = [u for u, n in Counter(urls).items() if n > 1]
    assert not dupes


def test_labels_are_short_kebab_case_and_singletons_are_single():
    labels = Counter(row[1] for row in rows()[1:])
    assert all(LABEL.match(label) and len(label) <= 60 for label in labels), [x for x in labels if not LABEL.match(x)]
    # a single-<n> label names one article; a story label names at least two
    assert all(n == 1 for label, n in labels.items() if label.startswith("single-"))
    assert all(n >= 2 for label, n in labels.items() if not label.startswith("single-"))
    assert sum(1 for label in labels if not label.startswith("single-")) >= 20


def test_every_url_is_in_the_corpus(shared):
    corpus = shared / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
    if not corpus.exists():
        pytest.skip("no June 2025 corpus")
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        known = {json.loads(line)["url"] for line in fh if line.strip()}
    missing = [row[0] for row in rows()[1:] if row[0] not in known]
    assert not missing, missing[:5]


def test_the_sampling_rule_draws_exactly_the_labelled_urls(shared):
    corpus = shared / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
    if not corpus.exists():
        pytest.skip("no June 2025 corpus")
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from story_sample import draw
    finally:
        sys.path.pop(0)
    assert [r["url"] for r in draw(corpus)] == [row[0] for row in rows()[1:]]
