"""Adversarial cases of an entry's parties and place (``_misspelt_part``, ``_inner_place``), on events written for these
tests: a name with a vowel that makes another name ("Septian", "Septiana Dewi"; "Ahmad", "Ahmadi Yusuf") is another
person, not a slip; a place a report lists beside the most told one ("Bekasi, Jakarta, dan Tangerang") lies not in it."""

from __future__ import annotations

from telisik.stories.timeline import _misspelt_part, timeline_and_conflicts
from timeline_events import event_record


def test_a_name_ending_in_a_vowel_more_is_another_person():
    assert not _misspelt_part("Septian", "Septiana Dewi")
    assert not _misspelt_part("Septiana", "Septian Pratama")
    assert not _misspelt_part("Ahmadi", "Ahmad Yusuf")
    assert not _misspelt_part("Adrian", "Adriana Putri")


def test_a_dropped_last_consonant_or_inner_letter_is_still_a_slip():
    # guards: the slips the rule was made for
    assert _misspelt_part("Volkano", "Dimitri Volkanov")
    assert _misspelt_part("Rinadya", "Rinadiya Putri")


def _floods(third: str) -> list:
    told = "Banjir melanda Jakarta pada Senin (9/6/2025)."
    articles = [
        {"id": f"a{i}", "published": "2025-06-09", "events": [event_record("DISASTER", told, [], "2025-06-09", "Jakarta", "melanda")]}
        for i in range(2)
    ]
    record = event_record("DISASTER", third, [], "2025-06-09", "Bekasi", "melanda")
    articles.append({"id": "b", "published": "2025-06-09", "events": [record]})
    timeline, _ = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return [t for t in timeline if t.type == "DISASTER" and "a0" in t.articles]


def test_a_place_listed_beside_the_most_told_is_not_inside_it():
    floods = _floods("Banjir melanda Bekasi, Jakarta, dan Tangerang pada Senin (9/6/2025).")
    assert [t.where for t in floods] == ["Jakarta"]
    floods = _floods("Banjir melanda Bogor, Bekasi, Jakarta serta Tangerang pada Senin (9/6/2025).")
    assert [t.where for t in floods] == ["Jakarta"]
