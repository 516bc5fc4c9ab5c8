"""Happenings kept apart and acts joined once: accidents of one day in two countries are two entries, a city's accident
joins its country's, and one day's act reported by agent in one article and by its objects in another is one entry
(joined by the one group-level pass, ``merge_acts``); on events written for these tests."""

from __future__ import annotations

from datetime import date

from telisik.stories.timeline import Mention, group_events, timeline_and_conflicts
from timeline_events import event_record


def happening(kind: str, where: str | None, sentence: str, when: str | None = "2025-06-19", who: list[str] | None = None) -> dict:
    return event_record(kind, sentence, who or [], when, where)


def test_accidents_of_one_day_in_two_countries_are_two_entries():
    articles = [
        {"id": "a", "published": "2025-06-19", "events": [happening("ACCIDENT", "Iran", "Suara ledakan terdengar di sejumlah kota Iran.")]},
        {"id": "b", "published": "2025-06-19", "events": [happening("ACCIDENT", "Israel", "Sebuah gedung terbakar di selatan Israel.")]},
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1})
    assert sorted((t.where, t.articles) for t in timeline) == [("Iran", ["a"]), ("Israel", ["b"])]


def test_a_citys_accident_joins_its_countrys_and_an_unplaced_report_joins_either():
    articles = [
        {
            "id": "a",
            "published": "2025-06-19",
            "events": [happening("ACCIDENT", "Iran", "Sebuah ledakan mengguncang pabrik kimia di Iran.")],
        },
        {"id": "b", "published": "2025-06-19", "events": [happening("ACCIDENT", "Isfahan", "Pabrik kimia di Isfahan meledak.")]},
        {"id": "c", "published": "2025-06-19", "events": [happening("ACCIDENT", None, "Ledakan pabrik itu melukai pekerja.")]},
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    assert [(t.type, t.articles) for t in timeline] == [("ACCIDENT", ["a", "b", "c"])]


def test_crashes_of_one_day_in_two_countries_named_by_no_one_stay_two_entries_whoever_reports_them():
    # the same day, the same outlet, nobody named: only where they happened tells them apart
    events = [
        happening("ACCIDENT", "Malaysia", "Sebuah bus terguling di jalan tol Malaysia."),
        happening("ACCIDENT", "Thailand", "Sebuah kereta anjlok di utara Thailand."),
    ]
    timeline, _ = timeline_and_conflicts([{"id": "a", "published": "2025-06-19", "events": events}], {"a": 0})
    assert sorted(t.where for t in timeline) == ["Malaysia", "Thailand"]


def act(who: list[str], when: str, where: str | None = None) -> dict:
    return {
        "type": "SANCTION",
        "who": who,
        "when": when,
        "where": where,
        "status": "occurred",
        "trigger": "mencabut",
        "sentence": "Pemerintah mencabut izin usaha tambang nikel.",
    }


def test_one_days_act_by_agent_and_by_objects_is_grouped_once():
    articles = [
        ("a", act(["Kementerian Kehutanan", "PT Hijau Lestari"], "2025-06-12")),
        ("b", act(["Menteri Kehutanan"], "2025-06-12", "Kabupaten Halmahera Timur")),
        ("c", act(["PT Hijau Lestari"], "2025-06-12", "Kabupaten Halmahera Timur")),
    ]
    mentions = [Mention(aid, ev, None, i) for i, (aid, ev) in enumerate(articles)]
    groups = group_events(mentions)
    assert [sorted(g.articles) for g in groups] == [["a", "b", "c"]]
    # a week later, or on other objects in another place, it is another act
    other = Mention("d", act(["Dinas Lingkungan Hidup", "PT Batu Biru"], "2025-06-12", "Kota Kendari"), None, 9)
    later = Mention("e", act(["PT Hijau Lestari"], "2025-06-19"), None, 10)
    assert sorted(sorted(g.articles) for g in group_events([*mentions, other, later])) == [["a", "b", "c"], ["d"], ["e"]]


def test_an_undated_accident_placed_in_another_country_still_joins_the_one_crash_of_its_story():
    # the place of a bystander ("yang berada di Siprus") is the likelier slip: with no accident there to join, the
    # undated report joins the crash of its day
    events = [
        happening("ACCIDENT", "India", "Sebuah helikopter jatuh di India pada Minggu (15/6/2025).", "2025-06-15"),
        happening("ACCIDENT", "India", "Helikopter itu terbakar di hutan India.", "2025-06-15"),
        happening("ACCIDENT", "Siprus", "Perdana menteri, yang berada di Siprus, menerima kabar kecelakaan helikopter.", None),
    ]
    timeline, _ = timeline_and_conflicts([{"id": "a", "published": "2025-06-15", "events": events}], {"a": 0})
    assert [(t.where, t.when) for t in timeline] == [("India", "2025-06-15")]


def test_an_entry_names_the_article_events_it_rests_on_and_no_other():
    # a reader checks an entry against its own reports: the Isfahan blast of article b is merged into the entry,
    # b's earlier meeting and its crash in Thailand are not
    meeting = {**happening("MEET", "Teheran", "Menlu Iran bertemu Menlu Oman di Teheran.", who=["Abbas Araghchi", "Badr Albusaidi"])}
    articles = [
        {"id": "a", "published": "2025-06-19", "events": [happening("ACCIDENT", "Iran", "Sebuah ledakan mengguncang pabrik kimia di Iran.")]},
        {
            "id": "b",
            "published": "2025-06-19",
            "events": [
                meeting,
                happening("ACCIDENT", "Thailand", "Sebuah kereta anjlok di utara Thailand."),
                happening("ACCIDENT", "Isfahan", "Pabrik kimia di Isfahan meledak."),
            ],
        },
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1})
    blast = next(t for t in timeline if t.where in ("Iran", "Isfahan"))
    assert [(e.article, e.event) for e in blast.evidence] == [("a", 0), ("b", 2)]
    assert blast.to_dict()["evidence"] == [{"article": "a", "event": 0}, {"article": "b", "event": 2}]
    crash = next(t for t in timeline if t.where == "Thailand")
    assert [(e.article, e.event) for e in crash.evidence] == [("b", 1)]


def _strike(who: list[str], when: str | None, sentence: str, where: str | None = "Iran") -> dict:
    return {**happening("ATTACK", where, sentence, when, who), "trigger": "serangan"}


def test_an_undated_report_of_one_of_a_wars_strikes_joins_none_of_them_unless_it_names_what_one_names():
    d13, d19 = date(2025, 6, 13), date(2025, 6, 19)
    dated = [
        Mention("a", _strike(["Israel", "Iran"], "2025-06-13", "Israel melancarkan serangan besar-besaran ke Iran pada Jumat (13/6)."), d13, 0),
        Mention(
            "b",
            _strike(["Israel", "Garda Revolusi Iran"], "2025-06-19", "Israel menyerang markas Garda Revolusi Iran pada Kamis (19/6).", "Arak"),
            d19,
            1,
        ),
    ]
    # another outlet's article of the 19th, its lead dated that day: "serangan Israel ke Iran" may be any of the strikes
    vague = Mention("c", _strike(["Israel", "Iran"], None, "Korea Utara mengecam serangan Israel ke Iran."), d19, 2, lead_day=d19)
    named = Mention("d", _strike(["Garda Revolusi Iran"], None, "Serangan itu menewaskan komandan Garda Revolusi Iran."), d19, 3, lead_day=d19)
    groups = group_events([*dated, vague, named])
    assert sorted(sorted(g.articles) for g in groups) == [["a"], ["b", "d"]]
    # with one strike in the story, the undated report is of that one
    assert sorted(sorted(g.articles) for g in group_events([dated[1], vague])) == [["b", "c"]]


def test_an_undated_statement_of_a_named_speaker_is_an_entry_of_its_own_in_a_story_of_many():
    d18, d19 = date(2025, 6, 18), date(2025, 6, 19)

    def warn(who: list[str], when: str | None, aid: str, order: int, day: date) -> Mention:
        return Mention(aid, {**happening("WARN", None, "Pemimpin itu memperingatkan pihak lain.", when, who), "trigger": "memperingatkan"}, day, order)

    mentions = [
        warn(["Ali Khamenei", "Amerika Serikat"], "2025-06-18", "a", 0, d18),
        warn(["Militer Israel"], "2025-06-19", "b", 1, d19),
        warn(["Vladimir Putin", "Xi Jinping"], None, "c", 2, d19),  # Putin and Xi's call: theirs, undated
        warn(["Israel", "Iran"], None, "d", 3, d19),  # "kedua negara": no one in particular, any of the warnings
    ]
    groups = group_events(mentions)
    assert sorted(sorted(g.articles) for g in groups) == [["a"], ["b"], ["c"]]


def test_a_wars_strikes_of_one_day_by_two_attackers_stay_two_whatever_places_their_reports_give():
    # Israel strikes Tehran (a city: no country to tell it from Beersheba by), the Guard's missiles strike Beersheba
    israel = happening("ATTACK", "Teheran", "Israel menyerang puluhan target militer di Teheran pada Jumat (20/6).", who=["Israel", "Teheran"])
    guard = happening("ATTACK", "Beersheba", "IRGC menembakkan rudal ke Beersheba pada Jumat (20/6).", who=["Korps Garda Revolusi Islam Iran"])
    unnamed = happening("ATTACK", None, "Sirene meraung setelah serangan pada Jumat (20/6).")
    articles = [
        {"id": "a", "published": "2025-06-20", "events": [israel]},
        {"id": "b", "published": "2025-06-20", "events": [unnamed]},
        {"id": "c", "published": "2025-06-20", "events": [guard]},
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    # the report naming no attacker joins the first; the Guard's strike, by Iran, is not Israel's
    assert sorted((t.who[0], t.articles) for t in timeline) == [("Israel", ["a", "b"]), ("Korps Garda Revolusi Islam Iran", ["c"])]


def test_an_attack_is_not_placed_in_its_attackers_country_by_a_report_naming_the_attacker_there():
    strike = happening("ATTACK", "Teheran", "Israel menyerang target militer di Teheran pada Kamis (19/6).", who=["Israel", "Iran"])
    # "serangan Israel" read as in Israel, twice: where the attacker was named, not where it struck
    named = happening("ATTACK", "Israel", "Intensitas serangan Israel terus meningkat pada Kamis (19/6).", who=["Israel"])
    articles = [{"id": "a", "published": "2025-06-19", "events": [strike]},
                {"id": "b", "published": "2025-06-19", "events": [named]}, {"id": "c", "published": "2025-06-19", "events": [named]}]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    assert [(t.who[0], t.where, t.articles) for t in timeline] == [("Israel", "Teheran", ["a", "b", "c"])]
