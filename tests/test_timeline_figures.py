"""A toll told as a floor ("sedikitnya", "lebih dari"), and a disaster's parties, on reports written for these tests."""

from __future__ import annotations

from telisik.stories.figures import count_bound, figures_and_conflicts
from telisik.stories.timeline import timeline_and_conflicts


def _reports(reports: dict[str, tuple[str, str]]) -> list[dict]:
    return [{"id": i, "published": when, "body": body} for i, (when, body) in reports.items()]


def _bound(text: str, number: str) -> str | None:
    at = text.index(number)
    return count_bound(text, at, at + len(number))


def test_floor_words_before_or_after_a_number_make_it_a_floor_and_an_estimate_is_none():
    assert _bound("Sedikitnya 639 orang tewas di Iran.", "639") == "floor"
    assert _bound("Lembaga itu mencatat lebih dari 657 orang tewas.", "657") == "floor"
    assert _bound("Bus yang mengangkut 40 lebih mahasiswa terguling.", "40") == "floor"
    assert _bound("Bus itu membawa kurang lebih 40 mahasiswa.", "40") is None  # about 40: an estimate, not a floor
    assert _bound("Bus itu membawa sekitar 40 mahasiswa.", "40") is None
    assert _bound("Sebanyak 639 orang tewas di Iran.", "639") is None


def test_a_floor_repeated_after_a_larger_count_is_a_stale_figure_not_a_falling_toll():
    reports = {
        "a": ("2025-06-20T12:56+07:00", "Lembaga hak asasi manusia di Washington mencatat lebih dari 657 orang tewas di Iran."),
        "b": ("2025-06-20T13:44+07:00", "Menurut lembaga itu, sedikitnya 639 orang tewas di Iran akibat serangan udara."),
    }
    assert figures_and_conflicts(_reports(reports))[1] == []
    # the same later value given as an exact count is a toll that fell: the reports disagree
    exact = {**reports, "b": ("2025-06-20T13:44+07:00", "Menurut lembaga itu, 639 orang tewas di Iran akibat serangan udara.")}
    _, conflicts = figures_and_conflicts(_reports(exact))
    assert [c.values for c in conflicts] == [{"639": ["b"], "657": ["a"]}]


def test_a_floor_below_a_later_count_agrees_with_it_but_an_exact_count_below_it_does_not():
    # "lebih dari 40" arrested, then "44" arrested: the floor is true of the later count, no disagreement
    reports = {
        "a": ("2025-06-10T07:04+07:00", "Protes dimulai setelah penangkapan lebih dari 40 orang oleh petugas imigrasi."),
        "b": ("2025-06-10T11:40+07:00", "Protes pecah menyusul penangkapan 44 orang oleh petugas imigrasi di kota itu."),
    }
    assert figures_and_conflicts(_reports(reports))[1] == []
    # a third report of the same evening giving an exact 8 dead against a later 10: the reports differ on the toll,
    # and the floor of 8 is listed with the exact 8 it stands beside
    toll = {
        "a": ("2025-06-10T17:10+07:00", "Sedikitnya delapan orang tewas dalam penembakan di sebuah sekolah di Linz."),
        "b": ("2025-06-10T17:45+07:00", "Delapan orang tewas dalam penembakan massal di sekolah di Linz."),
        "c": ("2025-06-10T19:40+07:00", "Polisi menyebut 10 orang tewas dalam penembakan di sekolah itu."),
    }
    _, conflicts = figures_and_conflicts(_reports(toll))
    assert [c.values for c in conflicts] == [{"8": ["a", "b"], "10": ["c"]}]
    del toll["b"]
    assert figures_and_conflicts(_reports(toll))[1] == []


def _eruption(sentence: str, who: list[str]) -> dict:
    return {
        "type": "DISASTER",
        "who": who,
        "when": "2025-06-19",
        "where": "Gunung Lewotobi",
        "status": "occurred",
        "trigger": "erupsi",
        "sentence": sentence,
    }


def test_a_disaster_has_no_parties_only_the_place_it_strikes():
    articles = [
        {
            "id": "a",
            "published": "2025-06-19",
            "events": [_eruption("Erupsi Gunung Lewotobi membuat maskapai Wings Air membatalkan penerbangan.", ["Wings Air"])],
        },
        {
            "id": "b",
            "published": "2025-06-19",
            "events": [_eruption("Kantor Imigrasi Labuan Bajo sibuk sejak erupsi Gunung Lewotobi.", ["Kantor Imigrasi Labuan Bajo"])],
        },
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1})
    assert [(t.type, t.who, t.where, t.articles) for t in timeline] == [("DISASTER", [], "Gunung Lewotobi", ["a", "b"])]


def _attack(sentence: str, status: str, when: str | None) -> dict:
    return {
        "type": "ATTACK",
        "who": ["Israel", "Iran"],
        "when": when,
        "where": "Iran",
        "status": status,
        "trigger": "serangan",
        "sentence": sentence,
    }


def test_a_threatened_attack_is_no_happening_of_the_timeline():
    articles = [
        {
            "id": "a",
            "published": "2025-06-19",
            "events": [
                _attack("Israel melancarkan serangan udara ke Iran pada Kamis (19/6/2025).", "occurred", "2025-06-19"),
                # what a minister says may come: neither its own entry nor a report of the attack that did come
                _attack("Iran akan melancarkan serangan balasan jika Israel terus menyerang.", "planned", None),
            ],
        },
        {
            "id": "b",
            "published": "2025-06-19",
            "events": [_attack("Israel bisa saja melakukan serangan lagi pekan depan.", "planned", "2025-06-19")],
        },
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1})
    assert [(t.when, t.status, t.articles, t.description[:21]) for t in timeline] == [
        ("2025-06-19", "occurred", ["a"], "Israel melancarkan se")
    ]


def test_an_undated_unplaced_crash_of_another_article_does_not_join_the_storys_blast():
    blast = {
        "type": "ACCIDENT",
        "who": [],
        "when": "2025-06-19",
        "where": "Iran",
        "status": "occurred",
        "trigger": "ledakan",
        "sentence": "Suara ledakan terdengar di beberapa kota Iran pada Kamis (19/6/2025).",
    }
    drone = {**blast, "when": None, "where": None, "trigger": "jatuh", "sentence": "Pesawat nirawak itu jatuh di wilayah musuh."}
    articles = [
        {"id": "a", "published": "2025-06-19", "events": [blast]},
        {"id": "b", "published": "2025-06-19", "events": [drone]},
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1})
    assert [(t.when, t.articles) for t in timeline] == [("2025-06-19", ["a"])]
    # the article's own blast takes it: one report telling the blast and then, undated, what fell
    articles = [{"id": "a", "published": "2025-06-19", "events": [blast, drone]}]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0})
    assert [(t.when, t.articles) for t in timeline] == [("2025-06-19", ["a"])]


def _warning(who: list[str], sentence: str) -> dict:
    return {
        "type": "WARN",
        "who": who,
        "when": "2025-06-18",
        "where": None,
        "status": "occurred",
        "trigger": "memperingatkan",
        "sentence": sentence,
    }


def test_one_speakers_warnings_of_a_day_to_different_addressees_are_two_entries():
    articles = [
        {"id": "a", "published": "2025-06-18", "events": [_warning(["Iran", "Haifa"], "Iran memperingatkan warga Haifa agar mengungsi.")]},
        {
            "id": "b",
            "published": "2025-06-18",
            "events": [_warning(["Iran", "Donald Trump"], "Iran memperingatkan Donald Trump agar tidak ikut campur.")],
        },
        {
            "id": "c",
            "published": "2025-06-18",
            "events": [_warning(["Iran", "Trump"], "Teheran juga memperingatkan Trump soal kerugian besar.")],
        },
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    assert sorted(t.articles for t in timeline) == [["a"], ["b", "c"]]


def test_an_undated_disaster_elsewhere_is_the_one_its_article_dates_not_a_second_one():
    eruption = {
        "type": "DISASTER",
        "who": [],
        "when": "2025-06-18",
        "where": "Gunung Semeru",
        "status": "occurred",
        "trigger": "erupsi",
        "sentence": "Gunung Semeru kembali erupsi pada Rabu malam (18/6/2025).",
    }
    flank = {
        **eruption,
        "when": None,
        "where": "Besuk Kobokan",
        "sentence": "Warga diminta menjauhi sektor Besuk Kobokan selama erupsi berlangsung.",
    }
    body = "Gunung Semeru kembali erupsi pada Rabu malam (18/6/2025)."
    lead = {"start": 35, "end": 57, "value": "2025-06-18", "text": "Rabu malam (18/6/2025)"}
    # the lead dates the eruption: without its own dated eruption to join, the flank's report would be dated by it
    articles = [{"id": "a", "published": "2025-06-19", "body": body, "timexes": [lead], "events": [eruption, flank]}]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0})
    assert [(t.when, t.where, t.date_inferred) for t in timeline] == [("2025-06-18", "Gunung Semeru", False)]
