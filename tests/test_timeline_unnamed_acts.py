"""An act told only of common nouns ("Para pelaku berhasil diamankan", "penerbangan domestik yang dibatalkan") is the one
act of its kind and day its articles name someone of (``fold_unnamed_acts``), and stays apart where they name two or
tell it at another place; an undated crash, attack or disaster told only as the backdrop of its report's lead ("87
penerbangan dibatalkan akibat erupsi Gunung Lewotobi") takes no day from that lead; on sentences written for these
tests."""

from __future__ import annotations

from story_articles import article as story_article
from telisik.stories.timeline import story_events


def act(kind: str, who: list[str], when: str | None, trigger: str, in_sentence: int, where: str | None = None) -> dict:
    return {"type": kind, "who": who, "when": when, "where": where, "trigger": trigger, "in_sentence": in_sentence}


def _entries(sentences: list[str], events: list[dict], timexes: list[tuple[str, str]], title: str = "Polisi Tangkap Jambret") -> list:
    a = story_article("a", "2025-06-19", sentences, events, timexes, title)
    return story_events([a], {"a": 0}).timeline


def test_an_arrest_of_the_suspects_told_by_a_common_noun_is_the_named_arrest_of_its_day():
    sentences = [
        "FR dan DFN kini telah diringkus oleh Satreskrim Polres Metro Jakarta Pusat pada Selasa (17/6/2025).",
        "Para pelaku baru kemudian berhasil diamankan di dua lokasi yang berbeda pada 17 Juni.",
    ]
    events = [
        act("ARREST", ["Satreskrim Polres Metro Jakarta Pusat", "FR", "DFN"], "2025-06-17", "diringkus", 0),
        act("ARREST", ["pelaku"], "2025-06-17", "diamankan", 1),
    ]
    timeline = _entries(sentences, events, [("Selasa (17/6/2025)", "2025-06-17"), ("17 Juni", "2025-06-17")])
    assert [(t.type, t.when, t.who) for t in timeline] == [("ARREST", "2025-06-17", ["Satreskrim Polres Metro Jakarta Pusat", "FR", "DFN"])]


def test_a_cancellation_told_by_its_flights_is_the_airports_cancellation_of_its_day():
    sentences = [
        "Bandara I Gusti Ngurah Rai mencatat 87 penerbangan dibatalkan pada Rabu (18/6/2025).",
        "Sementara itu, penerbangan domestik yang dibatalkan mencakup 11 kedatangan pada Rabu (18/6/2025).",
    ]
    events = [
        act("CLOSE", ["Bandara I Gusti Ngurah Rai"], "2025-06-18", "dibatalkan", 0),
        act("CLOSE", ["penerbangan"], "2025-06-18", "dibatalkan", 1),
    ]
    timeline = _entries(sentences, events, [("Rabu (18/6/2025)", "2025-06-18")] * 2, "Penerbangan di Bali Dibatalkan")
    assert [(t.type, t.who) for t in timeline] == [("CLOSE", ["Bandara I Gusti Ngurah Rai"])]


def test_a_common_noun_arrest_stays_apart_where_two_named_arrests_share_its_day():
    sentences = [
        "Polsek Cibeber menangkap Rahmat pada Selasa (17/6/2025).",
        "Polsek Cikupa menangkap Dedi Kurnia pada Selasa (17/6/2025).",
        "Dua orang lainnya juga ditangkap pada Selasa (17/6/2025).",
    ]
    events = [
        act("ARREST", ["Polsek Cibeber", "Rahmat"], "2025-06-17", "menangkap", 0),
        act("ARREST", ["Polsek Cikupa", "Dedi Kurnia"], "2025-06-17", "menangkap", 1),
        act("ARREST", ["orang"], "2025-06-17", "ditangkap", 2),
    ]
    timeline = _entries(sentences, events, [("Selasa (17/6/2025)", "2025-06-17")] * 3)
    assert ["orang"] in [t.who for t in timeline]


def test_a_common_noun_arrest_at_another_place_stays_apart():
    sentences = [
        "Polsek Cibeber menangkap Rahmat di Cibeber pada Selasa (17/6/2025).",
        "Dua orang ditangkap di Pandeglang pada Selasa (17/6/2025).",
    ]
    events = [
        act("ARREST", ["Polsek Cibeber", "Rahmat"], "2025-06-17", "menangkap", 0, "Cibeber"),
        act("ARREST", ["orang"], "2025-06-17", "ditangkap", 1, "Pandeglang"),
    ]
    timeline = _entries(sentences, events, [("Selasa (17/6/2025)", "2025-06-17")] * 2)
    assert len([t for t in timeline if t.type == "ARREST"]) == 2


def test_an_undated_eruption_told_as_the_backdrop_of_its_lead_takes_no_day_from_it():
    sentences = [
        "Bandara I Gusti Ngurah Rai mencatat 87 penerbangan dibatalkan pada Rabu (18/6/2025) akibat erupsi Gunung Lewotobi.",
        "Sebanyak 66 penerbangan merupakan rute internasional.",
    ]
    events = [
        act("CLOSE", ["Bandara I Gusti Ngurah Rai"], "2025-06-18", "dibatalkan", 0),
        act("DISASTER", [], None, "erupsi", 0, "Gunung Lewotobi"),
    ]
    # the title names the eruption: it is the story's own, not its background, but its lead's Wednesday is no day of it
    timeline = _entries(sentences, events, [("Rabu (18/6/2025)", "2025-06-18")], "Erupsi Gunung Lewotobi Bikin 87 Penerbangan Batal")
    assert [(t.type, t.when) for t in timeline] == [("CLOSE", "2025-06-18")]
    # an eruption its report tells in its own clause, undated, is dated by the lead that reports it
    sentences = ["Gunung Lewotobi meletus pada Rabu (18/6/2025) pagi.", "Erupsi itu memuntahkan abu setinggi 1.000 meter."]
    events = [act("DISASTER", [], "2025-06-18", "meletus", 0, "Gunung Lewotobi"), act("DISASTER", [], None, "Erupsi", 1, "Gunung Lewotobi")]
    timeline = _entries(sentences, events, [("Rabu (18/6/2025)", "2025-06-18")], "Gunung Lewotobi Meletus")
    assert [(t.type, t.when) for t in timeline] == [("DISASTER", "2025-06-18")]


def test_an_arrest_of_others_than_the_named_stays_apart():
    # "Dua orang lainnya": others than Rahmat, whose arrest the article names; the timeline keeps both arrests
    sentences = [
        "Polsek Cibeber menangkap Rahmat pada Selasa (17/6/2025).",
        "Dua orang lainnya juga ditangkap pada Selasa (17/6/2025).",
    ]
    events = [
        act("ARREST", ["Polsek Cibeber", "Rahmat"], "2025-06-17", "menangkap", 0),
        act("ARREST", ["orang"], "2025-06-17", "ditangkap", 1),
    ]
    timeline = _entries(sentences, events, [("Selasa (17/6/2025)", "2025-06-17")] * 2)
    assert [t.who for t in timeline] == [["Polsek Cibeber", "Rahmat"], ["orang"]]


def test_detentions_of_other_suspects_stay_apart_from_the_named_one():
    sentences = ["KPK menahan Hasto Kristiyanto pada Selasa (17/6/2025).", "Dua tersangka lain ditahan pada Selasa (17/6/2025)."]
    events = [
        act("ARREST", ["KPK", "Hasto Kristiyanto"], "2025-06-17", "menahan", 0),
        act("ARREST", ["tersangka"], "2025-06-17", "ditahan", 1),
    ]
    timeline = _entries(sentences, events, [("Selasa (17/6/2025)", "2025-06-17")] * 2, "KPK Tahan Hasto")
    assert ["tersangka"] in [t.who for t in timeline]
