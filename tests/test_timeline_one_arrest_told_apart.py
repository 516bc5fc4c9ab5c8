"""One arrest told apart is one entry: an undated report naming two suspects as arrested together bridges the arrests
each was dated alone on that day (``_arrests_told_as_one``), and a suspect named by the alias a report gives him is the
one named in full or by initials (``_suspects_by_alias``); two suspects of one day no report names together stay two.
On events written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import timeline_and_conflicts


def arrest(who: list[str], sentence: str, when: str | None = "2025-06-12", where: str | None = None) -> dict:
    return {
        "type": "ARREST",
        "who": who,
        "when": when,
        "where": where,
        "status": "occurred",
        "trigger": "ditangkap",
        "sentence": sentence,
    }


def _arrests(articles: list[dict]) -> list:
    timeline, _ = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return [t for t in timeline if t.type == "ARREST"]


def test_suspects_named_together_make_their_arrests_of_one_day_one():
    events = [
        arrest(["RDT"], "Tersangka RDT ditangkap pada Kamis (12/6/2025) pukul 10.00 WIB di rumahnya."),
        arrest(["MNS"], "Tersangka MNS juga ditangkap pada Kamis (12/6/2025) pukul 18.00 WIB di Jalan Melati.", where="Jalan Melati"),
        arrest(["Polres Sukamaju", "RDT", "MNS"], "Kedua pelaku, yakni RDT dan MNS, telah dibekuk oleh Polres Sukamaju.", when=None),
    ]
    arrests = _arrests([{"id": "a", "published": "2025-06-13", "events": events}])
    assert len(arrests) == 1
    assert {"RDT", "MNS"} <= set(arrests[0].who)


def test_suspects_of_one_day_no_report_names_together_stay_two_arrests():
    events = [
        arrest(["RDT"], "Tersangka RDT ditangkap pada Kamis (12/6/2025) pukul 10.00 WIB di rumahnya."),
        arrest(["MNS"], "Tersangka MNS ditangkap pada Kamis (12/6/2025) pukul 18.00 WIB di Jalan Melati.", where="Jalan Melati"),
        arrest(["Polres Sukamaju", "RDT"], "Pelaku RDT telah dibekuk oleh Polres Sukamaju.", when=None),
    ]
    arrests = _arrests([{"id": "a", "published": "2025-06-13", "events": events}])
    assert len(arrests) == 2


def _alias_story(alias_sentence: str) -> list[dict]:
    return [
        {
            "id": "a",
            "published": "2025-06-12",
            "events": [arrest(["Polres Sukamaju", "Joko"], "Joko ditangkap Polres Sukamaju pada Kamis (12/6/2025) dini hari.")],
        },
        {
            "id": "b",
            "published": "2025-06-14",
            "body": f"Polisi menangkap terduga pelaku pembunuhan itu. {alias_sentence} Ia mengaku kesal.",
            "events": [arrest(["BSP"], "Polisi menangkap terduga pelaku pembunuhan itu.", when=None)],
        },
    ]


def test_a_suspect_named_by_the_alias_a_report_gives_is_one_arrest():
    arrests = _arrests(_alias_story('"Dari pengakuan terduga pelaku (BSP alias Joko), motifnya utang," kata Kapolres.'))
    assert [(t.when, t.articles) for t in arrests] == [("2025-06-12", ["a", "b"])]


def test_initials_without_a_told_alias_stay_another_arrest():
    arrests = _arrests(_alias_story('"Dari pengakuan terduga pelaku BSP, motifnya utang," kata Kapolres.'))
    assert all(t.articles == ["a"] for t in arrests)
