"""One arrest of a day is one entry, whether a report names the suspect by initials or in full, or names no one
(``merge_acts``: ``_suspects_by_initials``, ``_told_of_no_one``), while two arrests of two suspects stay two; an undated
report naming two suspects as arrested together bridges the arrests each was dated alone on that day
(``_arrests_told_as_one``), and a suspect named by the alias a report gives him is the one named in full or by
initials (``_suspects_by_alias``); on events written for these tests."""

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


def test_a_suspect_by_initials_and_in_full_is_one_arrest():
    arrests = _arrests(
        [
            {"id": "a", "published": "2025-06-12", "events": [arrest(["R"], "Pelaku R ditangkap pada Kamis (12/6/2025) dini hari.")]},
            {
                "id": "b",
                "published": "2025-06-12",
                "events": [arrest(["Polres Sukamaju", "Rahmat"], "Rahmat ditangkap Polres Sukamaju pada Kamis (12/6/2025).")],
            },
        ]
    )
    assert [(t.who, t.articles) for t in arrests] == [(["Polres Sukamaju", "Rahmat"], ["a", "b"])]


def test_initials_of_another_name_stay_another_arrest():
    arrests = _arrests(
        [
            {"id": "a", "published": "2025-06-12", "events": [arrest(["D"], "Pelaku D ditangkap pada Kamis (12/6/2025).")]},
            {"id": "b", "published": "2025-06-12", "events": [arrest(["Rahmat"], "Rahmat ditangkap pada Kamis (12/6/2025).")]},
        ]
    )
    assert len(arrests) == 2


def test_an_arrest_told_of_no_one_joins_the_named_arrest_its_article_tells_that_day():
    events = [
        arrest([], "Hari Kamis kami sudah melakukan penangkapan atas pelaku pencurian itu."),
        arrest(["AS", "BT"], "Kedua pelaku, AS dan BT, ditangkap pada Kamis (12/6/2025)."),
        arrest(["polisi", "AS", "BT"], "Polisi menangkap dua pelaku pencurian di Cibeber.", when=None, where="Cibeber"),
    ]
    arrests = _arrests([{"id": "a", "published": "2025-06-12", "events": events}])
    assert [t.who for t in arrests] == [["AS", "BT"]]


def test_an_initial_and_a_name_of_its_letter_arrested_at_two_places_are_two_arrests():
    arrests = _arrests(
        [
            {
                "id": "a",
                "published": "2025-06-12",
                "events": [arrest(["R"], "Tersangka R ditangkap pada Kamis (12/6/2025) di Bekasi.", where="Bekasi")],
            },
            {
                "id": "b",
                "published": "2025-06-12",
                "events": [arrest(["Rudi Hartono"], "Rudi Hartono ditangkap pada Kamis (12/6/2025) di Bogor.", where="Bogor")],
            },
        ]
    )
    assert len(arrests) == 2


def test_one_suspect_by_initials_is_not_an_arrest_of_two_named_in_full():
    arrests = _arrests(
        [
            {"id": "a", "published": "2025-06-12", "events": [arrest(["A"], "Tersangka A ditangkap pada Kamis (12/6/2025).")]},
            {
                "id": "b",
                "published": "2025-06-12",
                "events": [arrest(["Andi", "Budi Hartono"], "Andi dan Budi Hartono ditangkap pada Kamis (12/6/2025).")],
            },
        ]
    )
    assert len(arrests) == 2


def test_a_single_letter_two_suspects_may_stand_for_joins_neither():
    arrests = _arrests(
        [
            {"id": "a", "published": "2025-06-12", "events": [arrest(["A", "AB"], "Tersangka A dan AB ditangkap pada Kamis (12/6/2025).")]},
            {
                "id": "b",
                "published": "2025-06-12",
                "events": [arrest(["Andi", "Agus Budiman"], "Andi dan Agus Budiman ditangkap pada Kamis (12/6/2025).")],
            },
        ]
    )
    assert len(arrests) == 2


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
