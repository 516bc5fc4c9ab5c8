"""The held-out gold set (tests/heldout, pages the team wrote): figures must not fall below the floors.

The pages were annotated before telisik was run on them and the rules are not
tuned to them, so these figures are the honest measure of how the article NLP
generalises. Scored with ../shared/eval/score.py; skipped when ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from script_loader import load_script

HELDOUT = Path(__file__).resolve().parent / "heldout"

# A little below what the analyser reaches, so that a regression fails the test.
FLOORS = {
    "clean.keep_recall": 0.95,
    "clean.drop_rate": 0.9,
    "clean.caption_rate": 0.95,
    "meta.title_acc": 0.95,
    "meta.published_acc": 0.95,
    "meta.editors_f1": 0.9,
    "meta.authors_f1": 0.9,
    "meta.outlet_acc": 0.9,
    "timex_f1": 0.95,
    "timex.value_f1": 0.93,
    "entity.typed_f1": 0.93,
    "entity.untyped_f1": 0.93,
    "quote_f1": 0.92,
    "quote.speaker_f1": 0.9,
    "citation_f1": 0.95,
}


def _scorer(shared: Path) -> ModuleType:
    path = shared / "eval" / "score.py"
    if not path.exists():
        pytest.skip("no scorer in ../shared/eval")
    return load_script("telisik_shared_score", path)


_FIGURES: dict[str, float] = {}


@pytest.fixture
def figures(shared: Path, analyzer) -> dict[str, float]:
    # ``shared`` is function-scoped, so the figures are cached here: the pages are analysed once
    if not _FIGURES:
        score = _scorer(shared)
        _FIGURES.update(score.score(HELDOUT / "gold", analyzer.analyze([HELDOUT / "pages"])))
    return _FIGURES


def test_every_heldout_page_is_analysed(figures: dict[str, float]) -> None:
    assert figures["articles.gold"] == len(list((HELDOUT / "pages").glob("*.txt")))
    assert figures["articles.missing"] == 0


def test_heldout_figures_meet_the_floors(figures: dict[str, float]) -> None:
    short = {name: round(figures[name], 3) for name, floor in FLOORS.items() if figures[name] < floor}
    assert not short, f"below the floors {FLOORS}: {short}"
