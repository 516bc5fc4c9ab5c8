"""A match's result told by its score in one outlet and in words in another is one fact; two scores are two moments;
an arrest told as "tertangkap" is the arrest "menangkap" told."""

from __future__ import annotations

from typing import Any

from summary_selection import rated_selection, restates
from telisik.stories.summary_repeats import match_scores, other_scores


def _article(aid: str, outlet: str, paragraphs: list[str], events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": events or []}


def test_a_score_is_read_on_a_match_only_and_from_either_side_alike():
    assert match_scores("Persija menang 3-1 atas Persik pada laga pekan ketiga.") == {"3-1"}
    assert match_scores("Persik kalah 1-3 dari Persija di laga itu.") == {"3-1"}
    # a range outside a match, a season, a date: no score
    assert not match_scores("Anak usia 10-12 tahun wajib didampingi orang tua.")
    assert not match_scores("Ia juara musim 2023-2024 di Liga Champions Asia.")
    assert not match_scores("Laga digelar pada 19-06-2025 di Stadion Patriot.")
    assert other_scores(frozenset({"1-0"}), frozenset({"3-1"})) and not other_scores(frozenset({"3-1"}), frozenset())


def test_a_result_told_in_words_restates_the_score_another_outlet_gave():
    selection = rated_selection(
        [
            _article("a", "Kompas", ["Persija Jakarta membukukan keunggulan 4-0 atas Persik Kediri pada laga pekan ketiga Liga 1."]),
            _article("b", "Detik", ["Persija Jakarta berpesta gol saat menjamu Persik Kediri pada laga pekan ketiga Liga 1."]),
        ]
    )
    assert restates(selection, "berpesta gol", "keunggulan 4-0")


def test_a_half_time_score_and_the_final_score_are_two_moments_of_the_match():
    selection = rated_selection(
        [
            _article("a", "Kompas", ["Persija Jakarta unggul 1-0 atas Persik Kediri hingga turun minum berkat sundulan Rizky Ridho di laga Super League."]),
            _article("b", "Detik", ["Tim tamu akhirnya menang 3-1 atas Persik Kediri di Stadion Brawijaya pada laga Super League, Sabtu malam."]),
        ]
    )
    assert not restates(selection, "menang 3-1", "unggul 1-0")


def test_an_arrest_told_with_tertangkap_is_the_arrest_already_told():
    arrest = {"type": "ARREST", "sentence": "Polisi menangkap pelaku pembunuhan terhadap pedagang sayur di Pasar Cibinong.", "who": []}
    selection = rated_selection(
        [
            _article("a", "Okezone", ["Polisi menangkap pelaku pembunuhan terhadap pedagang sayur di Pasar Cibinong."], [arrest]),
            _article(
                "b",
                "Liputan6",
                ["Kapolsek mengatakan, pelaku pembunuhan itu tertangkap pada Senin dini hari di rumah kerabatnya di Citeureup."],
            ),
        ]
    )
    assert restates(selection, "tertangkap pada Senin", "Polisi menangkap pelaku")


def test_a_score_before_a_comma_is_read():
    assert match_scores("Usai laga melawan Persik yang tuntas 1-1, pelatih belum memastikan kondisi Riko.") == {"1-1"}
