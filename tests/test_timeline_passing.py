"""What a story's timeline leaves out or names less: an undated happening mentioned only in passing in a large story,
and a generic noun beside a named party; on sentences written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import story_events
from test_timeline_context import article


def _strike_report(aid: str) -> dict:
    """A war story's report that leads with the day's strike."""
    sentences = ["Israel kembali menyerang fasilitas militer di Teheran pada Kamis (19/6/2025).", "Ledakan terdengar di pusat kota."]
    strike = {"type": "ATTACK", "who": ["Israel"], "where": "Teheran", "when": "2025-06-19", "trigger": "menyerang", "in_sentence": 0}
    return article(aid, "2025-06-19", "Israel Serang Teheran Lagi", sentences, [strike], [("Kamis (19/6/2025)", "2025-06-19")])


def _explainer(aid: str) -> dict:
    """A report that leads with the day's strike and, deep down, tells an undated aside: a rival's accusation."""
    sentences = [
        "Israel kembali menyerang fasilitas militer di Teheran pada Kamis (19/6/2025).",
        "Warga Israel terbelah menyikapi perang.",
        "Sebagian mendukung pemerintah.",
        "Rival domestik menuduh Netanyahu memperpanjang perang demi kepentingan politiknya.",
    ]
    strike = {"type": "ATTACK", "who": ["Israel"], "where": "Teheran", "when": "2025-06-19", "trigger": "menyerang", "in_sentence": 0}
    aside = {"type": "ACCUSE", "who": ["Benjamin Netanyahu"], "when": None, "trigger": "menuduh", "in_sentence": 3}
    return article(
        aid, "2025-06-19", "Bagaimana Warga Israel Melihat Perang", sentences, [strike, aside], [("Kamis (19/6/2025)", "2025-06-19")]
    )


def test_an_undated_aside_deep_in_one_report_of_a_large_story_is_no_entry():
    reports = [_strike_report(f"r{i}") for i in range(9)] + [_explainer("x")]
    order = {r["id"]: i for i, r in enumerate(reports)}
    assert [e.type for e in story_events(reports, order).timeline] == ["ATTACK"]
    # in a story of a few reports, the same aside is dated by its report's lead: what else the story tells is little
    few = [_strike_report("r0"), _explainer("x")]
    timeline = story_events(few, {"r0": 0, "x": 1}).timeline
    assert sorted((e.type, e.when, e.date_inferred) for e in timeline) == [("ACCUSE", "2025-06-19", True), ("ATTACK", "2025-06-19", False)]


def test_an_undated_statement_a_large_storys_report_leads_with_stays():
    reports = [_strike_report(f"r{i}") for i in range(9)]
    sentences = [
        "Putin dan Xi Jinping menyerukan de-eskalasi setelah keduanya berbicara melalui telepon.",
        "Keduanya mengecam serangan Israel.",
    ]
    call = {"type": "COMMUNICATE", "who": ["Vladimir Putin", "Xi Jinping"], "when": None, "trigger": "berbicara", "in_sentence": 0}
    strike = {"type": "ATTACK", "who": ["Israel"], "when": "2025-06-19", "trigger": "serangan", "in_sentence": 1}
    call_report = article("c", "2025-06-19", "Putin dan Xi Serukan De-eskalasi", sentences, [call, strike], [])
    call_report["body"] += " Kamis (19/6/2025)."
    call_report["timexes"] = [{"start": call_report["body"].index("Kamis"), "end": len(call_report["body"]) - 1, "value": "2025-06-19"}]
    stories = [*reports, call_report]
    timeline = story_events(stories, {r["id"]: i for i, r in enumerate(stories)}).timeline
    assert ("COMMUNICATE", "2025-06-19") in [(e.type, e.when) for e in timeline]


def _rescue(who: list[str]) -> dict:
    sentences = ["Tim SAR gabungan mengevakuasi korban ke RSUD Komodo pada Rabu (18/6/2025)."]
    event = {"type": "EVACUATE", "who": who, "when": "2025-06-18", "trigger": "mengevakuasi", "in_sentence": 0}
    return article("a", "2025-06-19", "Turis Tenggelam di Labuan Bajo", sentences, [event], [("Rabu (18/6/2025)", "2025-06-18")])


def test_a_generic_noun_beside_a_named_party_is_left_out_and_alone_it_stays():
    assert [e.who for e in story_events([_rescue(["Tim SAR", "korban"])], {"a": 0}).timeline] == [["Tim SAR"]]
    assert [e.who for e in story_events([_rescue(["Edy Suryono", "Korban"])], {"a": 0}).timeline] == [["Edy Suryono"]]
    # no one named: the noun tells whom it befell
    assert [e.who for e in story_events([_rescue(["korban"])], {"a": 0}).timeline] == [["korban"]]


def _suspension(aid: str, who: list[str]) -> dict:
    sentence = f"{who[0]} menangguhkan penerbangan ke Timur Tengah pada Kamis (19/6/2025) imbas konflik Iran dan Israel."
    event = {
        "type": "CLOSE",
        "who": [*who, "penerbangan", "Iran", "Israel"],
        "when": "2025-06-19",
        "trigger": "menangguhkan",
        "in_sentence": 0,
    }
    return article(aid, "2025-06-20", "Maskapai Batalkan Penerbangan", [sentence], [event], [("Kamis (19/6/2025)", "2025-06-19")])


def test_two_airlines_suspensions_of_a_day_sharing_only_the_war_are_two_entries():
    reports = [_suspension("a", ["United Airlines"]), _suspension("b", ["American Airlines"]), _suspension("c", ["United Airlines"])]
    timeline = story_events(reports, {"a": 0, "b": 1, "c": 2}).timeline
    assert sorted((e.who[0], sorted(e.articles)) for e in timeline) == [("American Airlines", ["b"]), ("United Airlines", ["a", "c"])]


def _report_with_aside(aid: str, title: str) -> dict:
    """A war story's report that leads with the day's strike and, in its fourth sentence, tells a hospital's evacuation."""
    sentences = [
        "Israel kembali menyerang fasilitas militer di Teheran pada Kamis (19/6/2025).",
        "Ledakan terdengar di pusat kota.",
        "Warga berlindung di stasiun bawah tanah.",
        "Di Beersheba, petugas mengevakuasi pasien dari rumah sakit yang rusak.",
    ]
    strike = {"type": "ATTACK", "who": ["Israel"], "where": "Teheran", "when": "2025-06-19", "trigger": "menyerang", "in_sentence": 0}
    aside = {"type": "EVACUATE", "who": ["pasien"], "where": "Beersheba", "when": "2025-06-19", "trigger": "mengevakuasi", "in_sentence": 3}
    return article(aid, "2025-06-19", title, sentences, [strike, aside], [("Kamis (19/6/2025)", "2025-06-19")])


def _evacuation_lead(aid: str) -> dict:
    sentences = ["Pemerintah mengevakuasi 97 WNI dari Teheran pada Kamis (19/6/2025).", "Mereka diberangkatkan lewat jalur darat."]
    event = {"type": "EVACUATE", "who": ["WNI"], "where": "Teheran", "when": "2025-06-19", "trigger": "mengevakuasi", "in_sentence": 0}
    return article(aid, "2025-06-19", "WNI Dievakuasi dari Iran", sentences, [event], [("Kamis (19/6/2025)", "2025-06-19")])


def test_a_dated_aside_one_report_of_a_large_story_tells_in_passing_is_no_entry_even_of_a_kind_it_leads_with():
    reports = [_strike_report(f"r{i}") for i in range(8)] + [_evacuation_lead("e"), _report_with_aside("x", "Israel Serang Teheran")]
    timeline = story_events(reports, {r["id"]: i for i, r in enumerate(reports)}).timeline
    # the evacuation of the Indonesians, which a report leads with, stays; the patients' one in a fourth sentence does not
    assert sorted((e.type, e.where) for e in timeline) == [("ATTACK", "Teheran"), ("EVACUATE", "Teheran")]
    # a title naming it makes it what its report is about, wherever in it it is told
    reports[-1] = _report_with_aside("x", "Rumah Sakit Beersheba Rusak, Pasien Dievakuasi")
    timeline = story_events(reports, {r["id"]: i for i, r in enumerate(reports)}).timeline
    assert ("EVACUATE", "Beersheba") in [(e.type, e.where) for e in timeline]


def _drowning(aid: str, second: str, cause: dict) -> dict:
    sentences = ["Wisatawan asal China tewas tenggelam di Pink Beach pada Rabu (18/6/2025).", second]
    death = {"type": "DIE", "who": ["Qiu Yan"], "where": "Pink Beach", "when": "2025-06-18", "trigger": "tewas", "in_sentence": 0}
    return article(aid, "2025-06-19", "Turis China Tewas Tenggelam", sentences, [death, cause], [("Rabu (18/6/2025)", "2025-06-18")])


def test_an_eruption_a_small_storys_report_tells_only_as_a_cause_is_no_entry():
    eruption = {"type": "DISASTER", "who": [], "where": "Gunung Lewotobi", "when": "2025-06-18", "trigger": "erupsi", "in_sentence": 1}
    told = _drowning("a", "Pemulangan jenazahnya terhambat penerbangan yang terdampak erupsi Gunung Lewotobi.", dict(eruption))
    assert [e.type for e in story_events([told], {"a": 0}).timeline] == ["DIE"]
    # told in its own clause, the eruption is a happening of the story's reports
    own = _drowning("a", "Gunung Lewotobi erupsi pada hari yang sama.", dict(eruption))
    assert sorted(e.type for e in story_events([own], {"a": 0}).timeline) == ["DIE", "DISASTER"]
