"""Two sentences with one main predicate of one party but other counts state two facts, not one: "Huawei menerima
1.600 pesanan" on the first day is not "Huawei menerima 3.600 pesanan" in a week (``_same_fact``'s count guard)."""

from __future__ import annotations

from typing import Any

from summary_selection import candidate_index, rated_selection
from telisik.stories.summary import _same_fact


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def _orders() -> list[dict[str, Any]]:
    return [
        _article("d1", "Detik", ["Huawei menerima 1.600 pesanan Maextro di Beijing."]),
        _article("k1", "Kompas", ["Huawei menerima 3.600 pesanan Maextro di Shanghai."]),
        _article("o1", "Okezone", ["Huawei menerima 1.600 pesanan Maextro dari konsumen di Beijing."]),
        _article("t1", "Tribunnews", ["Huawei menerima pesanan Maextro dari konsumen di Shanghai."]),
    ]


def test_one_act_of_one_party_with_other_counts_is_two_facts():
    selection = rated_selection(_orders())
    first, week = (selection.candidates[candidate_index(selection, part)] for part in ("1.600 pesanan Maextro di", "3.600 pesanan"))
    assert not _same_fact(first, week)
    assert not _same_fact(week, first)


def test_one_act_of_one_party_with_the_same_count_or_one_count_is_one_fact():
    selection = rated_selection(_orders())
    first, again, uncounted = (
        selection.candidates[candidate_index(selection, part)] for part in ("1.600 pesanan Maextro di", "dari konsumen di Beijing", "menerima pesanan")
    )
    assert _same_fact(first, again)
    assert _same_fact(uncounted, first)  # (one sentence gives no count: nothing tells two orders apart)
