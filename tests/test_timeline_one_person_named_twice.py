"""One person is one party of a timeline entry however its reports write him: a one-word name that is a word of a
fuller name with a letter more or less ("Volkano" of "Dimitri Volkanov", ``_misspelt_part``) or a name a report gives
as his alias ("Bambang Sutrisno Hadi alias Bams Hadi", ``_alias_told``); while a changed letter ("Putri", "Putra"),
short names and two names told side by side stay two parties; on events written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import _misspelt_part, timeline_and_conflicts
from timeline_events import event_record


def _entries(kind: str, articles: list[dict]) -> list:
    timeline, _ = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return [t for t in timeline if t.type == kind]


def _charge(who: list[str], sentence: str) -> dict:
    return event_record("CHARGE", sentence, who, "2025-06-09", "Brooklyn", "didakwa")


def _charged(second: str) -> list:
    first = "Jaksa Federal di Brooklyn menyebut Dimitri Volkanov didakwa pada Senin (9/6/2025)."
    other = f"Jaksa Federal di Brooklyn menyebut {second} didakwa atas 22 tuduhan pada Senin (9/6/2025)."
    return _entries(
        "CHARGE",
        [
            {"id": "a", "published": "2025-06-10", "events": [_charge(["Jaksa Federal", "Dimitri Volkanov"], first)]},
            {"id": "b", "published": "2025-06-10", "events": [_charge(["Jaksa Federal", second], other)]},
        ],
    )


def test_a_name_misspelt_by_one_letter_is_the_same_party():
    charges = _charged("Volkano")
    assert len(charges) == 1
    assert "Volkano" not in charges[0].who
    assert "Dimitri Volkanov" in charges[0].who


def test_a_misspelt_word_of_a_fuller_name():
    assert _misspelt_part("Volkano", "Dimitri Volkanov")
    assert _misspelt_part("Rinadya", "Rinadiya Putri")


def test_a_changed_letter_or_a_short_name_is_another_person():
    assert not _misspelt_part("Putri", "Putra Wijaya")
    assert not _misspelt_part("Andi", "Andri Saputra")
    assert not _misspelt_part("Volkanov", "Dimitri Volkanov")
    assert not _misspelt_part("pelaku", "Dimitri Volkanov")


def test_two_names_one_report_tells_side_by_side_stay_two():
    sentence = "Dimitri Volkanov dan Volkano didakwa Jaksa Federal di Brooklyn pada Senin (9/6/2025)."
    charges = _entries("CHARGE", [{"id": "a", "published": "2025-06-10", "events": [_charge(["Dimitri Volkanov", "Volkano"], sentence)]}])
    assert [sorted(t.who) for t in charges] == [["Dimitri Volkanov", "Volkano"]]


def _tried(joined: str) -> list:
    told = f"Pengadilan Negeri Sukamaju menggelar sidang Bambang Sutrisno Hadi {joined} Bams Hadi pada Selasa (10/6/2025)."
    who = ["Pengadilan Negeri Sukamaju", "Bambang Sutrisno Hadi", "Bams Hadi"]
    record = event_record("TRIAL", told, who, "2025-06-10", "Sukamaju", "sidang")
    return _entries("TRIAL", [{"id": "a", "published": "2025-06-10", "body": told, "events": [record]}])


def test_a_name_a_report_gives_as_an_alias_is_the_same_party():
    trials = _tried("alias")
    assert [sorted(t.who) for t in trials] == [["Bambang Sutrisno Hadi", "Pengadilan Negeri Sukamaju"]]


def test_two_names_joined_by_and_stay_two_parties():
    trials = _tried("dan")
    assert [sorted(t.who) for t in trials] == [["Bambang Sutrisno Hadi", "Bams Hadi", "Pengadilan Negeri Sukamaju"]]
