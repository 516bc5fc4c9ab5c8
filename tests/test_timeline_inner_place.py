"""An entry's place is the most specific one its reports agree on: a harbour a report writes inside the regency the
others give ("Pelabuhan Tanjung Batu, Kabupaten Sukamaju") says where the ship sank (``_inner_place``); a place no
report writes inside the most told one leaves it be; on events written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import timeline_and_conflicts
from timeline_events import event_record


def _sinkings(third: str, third_place: str) -> list:
    told = "Kapal Sinar Bahari tenggelam di Kabupaten Sukamaju pada Senin (9/6/2025)."
    articles = [
        {
            "id": f"a{i}",
            "published": "2025-06-09",
            "events": [event_record("ACCIDENT", told, ["Sinar Bahari"], "2025-06-09", "Kabupaten Sukamaju", "tenggelam")],
        }
        for i in range(2)
    ]
    record = event_record("ACCIDENT", third, ["Sinar Bahari"], "2025-06-09", third_place, "tenggelam")
    articles.append({"id": "b", "published": "2025-06-09", "events": [record]})
    timeline, _ = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return [t for t in timeline if t.type == "ACCIDENT"]


def test_a_harbour_written_inside_the_regency_is_the_place():
    third = "Kapal Sinar Bahari tenggelam di Pelabuhan Tanjung Batu, Kabupaten Sukamaju, pada Senin (9/6/2025)."
    sinkings = _sinkings(third, "Pelabuhan Tanjung Batu")
    assert [(t.where, sorted(t.articles)) for t in sinkings] == [("Pelabuhan Tanjung Batu", ["a0", "a1", "b"])]


def test_a_place_not_written_inside_leaves_the_most_told():
    third = "Kapal Sinar Bahari tenggelam di Pelabuhan Tanjung Batu pada Senin (9/6/2025)."
    sinkings = _sinkings(third, "Pelabuhan Tanjung Batu")
    assert all(t.where == "Kabupaten Sukamaju" for t in sinkings if "a0" in t.articles)
    assert any("a0" in t.articles for t in sinkings)
