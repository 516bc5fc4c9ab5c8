"""One timeline entry is one happening: quakes of one day at clock times hours apart, cancellations of two days on one
notice, arrests by one police force of different people and undated statements of two days are kept apart; on reports
written for these tests."""

from __future__ import annotations

from story_articles import article
from telisik.stories.article import StoryArticle
from telisik.stories.clause_cues import clause_clock
from telisik.stories.parties import is_police
from telisik.stories.timeline import story_events, timeline_and_conflicts


def quake(aid: str, sentence: str, clock_text: str, clock: str, where: str | None = None) -> dict:
    event = {"type": "DISASTER", "who": [], "when": "2025-06-10", "where": where, "trigger": "Gempa", "in_sentence": 0}
    return article(aid, "2025-06-10T09:00+07:00", [sentence], [event], [("Selasa (10/6/2025)", "2025-06-10"), (clock_text, clock)])


def test_a_clock_written_with_seconds_is_read_as_its_hour_and_minute():
    # the time expression of "04:17:32" may be read from its minute on ("17:32"): the clock is 04:17
    a = StoryArticle.of(quake("a", "Gempa M3,8 terjadi pada Selasa (10/6/2025) pukul 04:17:32 WIB di laut.", "17:32", "2025-06-10T17:32"))
    assert clause_clock(a, a.events[0]) == "2025-06-10T04:17"
    b = StoryArticle.of(quake("b", "Gempa M4,5 mengguncang Selasa (10/6/2025), pukul 06.15.07 WIB.", "15.07", "2025-06-10T15:07"))
    assert clause_clock(b, b.events[0]) == "2025-06-10T06:15"
    c = StoryArticle.of(quake("c", "Gempa terasa pada Selasa (10/6/2025) pukul 08.10 WIB.", "pukul 08.10", "2025-06-10T08:10"))
    assert clause_clock(c, c.events[0]) == "2025-06-10T08:10"


def test_quakes_of_one_day_hours_apart_are_two_entries_and_minutes_apart_one():
    a = quake("a", "Gempa M3,8 mengguncang laut pada Selasa (10/6/2025) pukul 04.17 WIB.", "pukul 04.17", "2025-06-10T04:17")
    b = quake("b", "Gempa M4,5 mengguncang laut pada Selasa (10/6/2025) pukul 06.15 WIB.", "pukul 06.15", "2025-06-10T06:15")
    timeline, _ = timeline_and_conflicts([a, b], {"a": 0, "b": 1})
    assert sorted(len(t.articles) for t in timeline) == [1, 1]
    # a third report of the 06:15 quake, four minutes off, is that quake told again (and a time in dispute)
    c = quake("c", "Gempa M4,5 mengguncang laut pada Selasa (10/6/2025) pukul 06.19 WIB.", "pukul 06.19", "2025-06-10T06:19")
    timeline, conflicts = timeline_and_conflicts([a, b, c], {"a": 0, "b": 1, "c": 2})
    assert sorted(t.articles for t in timeline) == [["a"], ["b", "c"]]
    assert [x.kind for x in conflicts] == ["time"]
    # round midnight: 23:55 and "00.20 tadi malam", dated on one day, are 25 minutes apart
    d = quake("d", "Gempa M5,0 mengguncang laut pada Selasa (10/6/2025) pukul 23.55 WIB.", "pukul 23.55", "2025-06-10T23:55")
    e = quake("e", "Gempa M5,0 mengguncang laut pada Selasa (10/6/2025) pukul 00.20 WIB.", "pukul 00.20", "2025-06-10T00:20")
    assert [t.articles for t in timeline_and_conflicts([d, e], {"d": 0, "e": 1})[0]] == [["d", "e"]]


def test_a_report_of_a_quake_joins_the_one_told_at_its_place():
    # the Tuban quake's lead gives a clock, and its aftershock another; a sentence between gives only the place, and
    # joins the quake told there, not the first quake of the day, whose report gave no place
    nabire = quake("a", "Gempa M3,8 mengguncang laut pada Selasa (10/6/2025) pukul 04.17 WIB.", "pukul 04.17", "2025-06-10T04:17")
    sentences = [
        "Gempa M4,5 mengguncang Tuban pada Selasa (10/6/2025) pukul 06.15 WIB.",
        "Gempa Tuban itu berpusat di laut.",
        "Gempa susulan tercatat pukul 06.40 WIB.",
    ]
    events = [
        {"type": "DISASTER", "who": [], "when": "2025-06-10", "where": "Tuban", "trigger": "Gempa", "in_sentence": 0},
        {"type": "DISASTER", "who": [], "when": "2025-06-10", "where": "Tuban", "trigger": "Gempa", "in_sentence": 1},
        {"type": "DISASTER", "who": [], "when": "2025-06-10", "where": None, "trigger": "Gempa", "in_sentence": 2},
    ]
    timexes = [("Selasa (10/6/2025)", "2025-06-10"), ("pukul 06.15", "2025-06-10T06:15"), ("pukul 06.40", "2025-06-10T06:40")]
    tuban = article("b", "2025-06-10T09:30+07:00", sentences, events, timexes)
    timeline, _ = timeline_and_conflicts([nabire, tuban], {"a": 0, "b": 1})
    told = sorted((str(t.where), [(e.article, e.event) for e in t.evidence]) for t in timeline)
    assert told == [("None", [("a", 0)]), ("Tuban", [("b", 0), ("b", 1), ("b", 2)])]


def test_cancellations_a_report_gives_for_a_later_day_are_not_those_of_another_day_on_the_same_notice():
    batik = article(
        "a", "2025-06-18T20:00+07:00",
        ["Batik Air membatalkan penerbangan ke Labuan Bajo pada Rabu (18/6/2025) berdasarkan NOTAM AirNav Indonesia."],
        [{"type": "CLOSE", "who": ["Batik Air", "AirNav Indonesia"], "when": "2025-06-18", "where": "Labuan Bajo",
          "trigger": "membatalkan", "in_sentence": 0}],
        [("Rabu (18/6/2025)", "2025-06-18")],
    )
    wings = article(
        "b", "2025-06-19T17:00+07:00",
        ["Berdasarkan NOTAM AirNav Indonesia, penerbangan Wings Air ke Maumere dibatalkan hingga Jumat (20/6/2025)."],
        [{"type": "CLOSE", "who": ["AirNav Indonesia"], "when": "2025-06-20", "status": "planned", "trigger": "dibatalkan", "in_sentence": 0}],
        [("Jumat (20/6/2025)", "2025-06-20")],
    )
    timeline, _ = timeline_and_conflicts([batik, wings], {"a": 0, "b": 1})
    assert [(t.when, t.articles) for t in timeline] == [("2025-06-18", ["a"])]
    # told undated, the same notice's cancellation joins the one of its day
    undated = {**wings, "events": [{**wings["events"][0], "when": None, "status": "occurred"}]}
    timeline, _ = timeline_and_conflicts([batik, undated], {"a": 0, "b": 1})
    assert [(t.when, t.articles) for t in timeline] == [("2025-06-18", ["a", "b"])]


def test_a_police_force_is_no_tie_between_arrests_of_different_people():
    assert is_police("Polresta Bogor Kota") and is_police("Tim Ditresnarkoba Polda Sumut") and is_police("polisi")
    assert not is_police("Kapolres Bogor Hendri") and not is_police("Politeknik Negeri Jakarta")
    raid = article(
        "a", "2025-06-10T21:00+07:00",
        ["Polresta Bogor Kota menggerebek markas gangster di Mulyaharja pada Minggu (8/6/2025)."],
        [{"type": "ARREST", "who": ["Polresta Bogor Kota"], "when": "2025-06-08", "trigger": "menggerebek", "in_sentence": 0}],
        [("Minggu (8/6/2025)", "2025-06-08")],
    )
    thief = article(
        "b", "2025-06-10T17:00+07:00",
        ["Polresta Bogor Kota menangkap Fahri, pencuri pakaian dalam di Bogor Timur."],
        [{"type": "ARREST", "who": ["Polresta Bogor Kota", "Fahri"], "when": None, "trigger": "menangkap", "in_sentence": 0}],
    )
    events = story_events([raid, thief], {"a": 0, "b": 1})
    assert [(t.when, t.articles) for t in events.timeline] == [("2025-06-08", ["a"])]
    # two reports of one suspect's arrest are one arrest, whichever force each names
    again = article(
        "c", "2025-06-10T18:00+07:00",
        ["Fahri ditangkap polisi pada Minggu (8/6/2025) di rumahnya."],
        [{"type": "ARREST", "who": ["Fahri"], "when": "2025-06-08", "trigger": "ditangkap", "in_sentence": 0}],
        [("Minggu (8/6/2025)", "2025-06-08")],
    )
    events = story_events([thief, again], {"b": 0, "c": 1})
    assert [sorted(t.articles) for t in events.timeline] == [["b", "c"]]


def test_undated_statements_of_reports_of_two_days_are_two_statements():
    def call(aid: str, published: str, sentence: str, who: list[str]) -> dict:
        event = {"type": "WARN", "who": who, "when": None, "trigger": "menyerukan", "in_sentence": 0}
        return article(aid, published, [sentence], [event])

    a = call("a", "2025-06-19T08:00+07:00", "Putin telah menyerukan penghentian permusuhan antara Israel dan Iran.", ["Vladimir Putin", "Israel", "Iran"])
    b = call("b", "2025-06-20T16:00+07:00", "Putin dan Xi Jinping menyerukan de-eskalasi Israel dan Iran.", ["Vladimir Putin", "Xi Jinping", "Israel", "Iran"])
    from telisik.stories.timeline import Mention, group_events

    mentions = [Mention(x["id"], StoryArticle.of(x).events[0], StoryArticle.of(x).day, i) for i, x in enumerate([a, b])]
    assert sorted(sorted(g.articles) for g in group_events(mentions)) == [["a"], ["b"]]
    # two reports of one day, both undated, tell one statement
    c = call("c", "2025-06-20T18:00+07:00", "Putin dan Xi Jinping menyerukan de-eskalasi Israel dan Iran.", ["Vladimir Putin", "Xi Jinping", "Israel", "Iran"])
    mentions = [Mention(x["id"], StoryArticle.of(x).events[0], StoryArticle.of(x).day, i) for i, x in enumerate([b, c])]
    assert [sorted(g.articles) for g in group_events(mentions)] == [["b", "c"]]


def test_an_articles_one_clock_for_a_fire_keeps_its_other_sentences_off_another_fire_of_the_day():
    # a fire at 02:40 (a), and b's shop fire, whose lead gives a place and no clock and whose next sentence gives 05:17
    ruko = article(
        "a", "2025-06-09T14:00+07:00", ["Kebakaran ruko itu terjadi pada Senin (9/6/2025) sekitar pukul 02.40 WIB menjelang subuh."],
        [{"type": "ACCIDENT", "who": [], "when": "2025-06-09", "trigger": "Kebakaran", "in_sentence": 0}],
        [("Senin (9/6/2025)", "2025-06-09"), ("pukul 02.40", "2025-06-09T02:40")],
    )
    sentences = ["Sebuah toko perabot di Krueng Barona Jaya hangus terbakar pada Senin (9/6/2025).", "Kebakaran itu terjadi pukul 05.17 WIB."]
    shop = article(
        "b", "2025-06-09T15:00+07:00", sentences,
        [{"type": "ACCIDENT", "who": [], "when": "2025-06-09", "where": "Krueng Barona Jaya", "trigger": "terbakar", "in_sentence": 0},
         {"type": "ACCIDENT", "who": [], "when": "2025-06-09", "trigger": "Kebakaran", "in_sentence": 1}],
        [("Senin (9/6/2025)", "2025-06-09"), ("pukul 05.17", "2025-06-09T05:17")],
    )
    timeline, _ = timeline_and_conflicts([ruko, shop], {"a": 0, "b": 1})
    assert sorted([(e.article, e.event) for e in t.evidence] for t in timeline) == [[("a", 0)], [("b", 0), ("b", 1)]]


def test_a_date_whose_weekday_does_not_fit_it_dates_no_entry():
    # "Minggu (4/6)" in 2025: 4 June is a Wednesday, and nothing tells whether the day or the date slipped
    sentence = "Korban ditemukan tewas di kebun warga pada Minggu (4/6) sekitar pukul 10.00 WIB."
    event = {"type": "DIE", "who": ["Korban"], "when": "2025-06-04", "trigger": "tewas", "in_sentence": 0}
    found = article("a", "2025-06-10T16:00+07:00", [sentence], [event], [("Minggu (4/6)", "2025-06-04")])
    at = found["body"].index("Minggu (4/6)")
    found["events"][0]["when_span"] = [at, at + len("Minggu (4/6)")]
    assert [t.when for t in timeline_and_conflicts([found], {"a": 0})[0]] == ["2025-06-04"]
    found["timexes"][0]["weekday_mismatch"] = True
    assert [t.when for t in timeline_and_conflicts([found], {"a": 0})[0]] == []


def test_an_undated_confirmation_reported_two_days_after_a_dated_one_is_another():
    from telisik.stories.timeline import Mention, group_events

    def confirm(aid: str, published: str, sentence: str, when: str | None) -> dict:
        event = {"type": "CONFIRM", "who": ["Militer Israel", "Iran"], "when": when, "trigger": "dikonfirmasi", "in_sentence": 0}
        return article(aid, published, [sentence], [event])

    drone = confirm("a", "2025-06-17T22:00+07:00", "Jatuhnya drone itu pada Selasa dikonfirmasi militer Israel dan Iran.", "2025-06-17")
    strikes = confirm("b", "2025-06-19T14:00+07:00", "Serangan udara ke Teheran hari itu dikonfirmasi militer Israel.", None)
    mentions = [Mention(x["id"], StoryArticle.of(x).events[0], StoryArticle.of(x).day, i) for i, x in enumerate([drone, strikes])]
    assert sorted(sorted(g.articles) for g in group_events(mentions)) == [["a"], ["b"]]
    # reported the next day, it is that confirmation told again
    next_day = confirm("c", "2025-06-18T09:00+07:00", "Jatuhnya drone itu dikonfirmasi militer Israel.", None)
    mentions = [Mention(x["id"], StoryArticle.of(x).events[0], StoryArticle.of(x).day, i) for i, x in enumerate([drone, next_day])]
    assert [sorted(g.articles) for g in group_events(mentions)] == [["a", "c"]]
