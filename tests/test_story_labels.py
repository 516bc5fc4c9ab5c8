"""The hand-labelled story sets are well-formed and keep no article text.

* eval/stories/jun2025: 18 June 2025, the TEST set;
* eval/stories/jun2025-10: 10 June 2025, the DEVELOPMENT set (clustering knobs are chosen on it).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
STORIES = REPO / "eval" / "stories"
LABEL = re.compile(r"^(single-[1-9][0-9]*|[a-z0-9]+(-[a-z0-9]+)*)$")

# label directory -> the day its sample was drawn for (scripts/story_sample.py --day)
SETS = {
    "jun2025": "2025-06-18",
    "jun2025-10": "2025-06-10",
}
LABEL_SETS = pytest.mark.parametrize("name", sorted(SETS))


def rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (STORIES / name / "labels.tsv").read_text(encoding="utf-8").splitlines()]


def corpus_urls(shared: Path) -> set[str]:
    corpus = shared / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
    if not corpus.exists():
        pytest.skip("no June 2025 corpus")
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        return {json.loads(line)["url"] for line in fh if line.strip()}


@LABEL_SETS
def test_header_and_two_columns_only(name):
    table = rows(name)
    assert table[0] == ["url", "story"]
    assert len(table) > 300
    bad = [n for n, row in enumerate(table, 1) if len(row) != 2]
    assert not bad, f"lines without exactly url and story: {bad[:5]}"


@LABEL_SETS
def test_urls_are_unique_http_urls(name):
    urls = [row[0] for row in rows(name)[1:]]
    assert all(u.startswith(("https://", "http://")) and " " not in u for u in urls)
    dupes = [u for u, n in Counter(urls).items() if n > 1]
    assert not dupes


@LABEL_SETS
def test_labels_are_short_kebab_case_and_singletons_are_single(name):
    labels = Counter(row[1] for row in rows(name)[1:])
    assert all(LABEL.match(label) and len(label) <= 60 for label in labels), [x for x in labels if not LABEL.match(x)]
    # a single-<n> label names one article; a story label names at least two
    assert all(n == 1 for label, n in labels.items() if label.startswith("single-"))
    assert all(n >= 2 for label, n in labels.items() if not label.startswith("single-"))
    assert sum(1 for label in labels if not label.startswith("single-")) >= 20


@LABEL_SETS
def test_singletons_are_numbered_in_sample_order(name):
    singles = [int(row[1].removeprefix("single-")) for row in rows(name)[1:] if row[1].startswith("single-")]
    assert singles == list(range(1, len(singles) + 1))


def test_the_development_and_test_sets_share_no_article():
    dev = {row[0] for row in rows("jun2025-10")[1:]}
    test = {row[0] for row in rows("jun2025")[1:]}
    assert not dev & test


@LABEL_SETS
def test_every_url_is_in_the_corpus(name, shared):
    known = corpus_urls(shared)
    missing = [row[0] for row in rows(name)[1:] if row[0] not in known]
    assert not missing, missing[:5]


@LABEL_SETS
def test_the_sampling_rule_draws_exactly_the_labelled_urls(name, shared):
    corpus = shared / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
    if not corpus.exists():
        pytest.skip("no June 2025 corpus")
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from story_sample import DAY, draw
    finally:
        sys.path.pop(0)
    drawn = draw(corpus) if SETS[name] == DAY else draw(corpus, SETS[name])
    assert [r["url"] for r in drawn] == [row[0] for row in rows(name)[1:]]
