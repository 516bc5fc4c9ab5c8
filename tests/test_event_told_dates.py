"""A date another sentence gives an event is no later than the date the event's own sentence states (issue 16: "a date
never precedes what it dates"): a happening told on a day, or in a sentence set in a month, came no later than that;
on sentences written for these tests in the style of Indonesian news."""

from __future__ import annotations

from event_sentences import sentence_events


def test_a_happening_told_on_a_day_is_not_dated_after_it(nlp):
    text = (
        "Israel melancarkan serangan udara ke Teheran pada Kamis (19/6/2025). Iran pada Minggu (15/6) menyatakan bahwa "
        "serangan Israel telah menewaskan sedikitnya 224 orang."
    )
    found = sentence_events(nlp, text, "2025-06-19")
    lead = [e for e in found if e.type == "ATTACK" and "Kamis" in e.sentence]
    assert lead and lead[0].when == "2025-06-19"
    told = [e for e in found if e.type in ("ATTACK", "DIE") and "Minggu" in e.sentence]
    assert told and all(e.when != "2025-06-19" for e in told)


def test_a_statement_after_the_happening_keeps_its_date(nlp):
    # told a day later: the happening's own day, from the sentence before, stays
    text = "Kecelakaan bus terjadi di Tol Cipali pada Selasa (17/6/2025).\n\nDua penumpang tewas, kata Kapolres kepada wartawan, Rabu (18/6/2025)."
    deaths = [e for e in sentence_events(nlp, text, "2025-06-18") if e.type == "DIE"]
    assert deaths and deaths[0].when == "2025-06-17"
    # nor does a lead's later day go to a sentence set in an earlier month
    text = (
        "Seorang turis mabuk menyerang warga dengan tongkat di Phuket pada Selasa (17/6/2025). Dalam insiden sebelumnya "
        "pada Mei, turis asing lainnya ditangkap di Phang Nga setelah menabrakkan mobil ke kendaraan proyek."
    )
    crashes = [e for e in sentence_events(nlp, text, "2025-06-17") if e.type == "ACCIDENT"]
    assert crashes and all(e.when != "2025-06-17" for e in crashes)
