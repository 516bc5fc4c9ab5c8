"""An article that tells its crash or stabbing undated and dates it in a sentence of its own ("Peristiwa itu terjadi pada
Sabtu (7/6/2025)") gives the happening that day; a follow-up's arrest, another happening ("Peristiwa serupa ...") and
a day long past are left as they were. Sentences and events written for these tests."""

from __future__ import annotations

from story_articles import article, timeline_entries


def stabbing(occurrence: str, day: tuple[str, str], *more: str, extra: list[dict] | None = None) -> dict:
    sentences = [
        "Seorang pedagang sayur bernama Joko (45) menjadi korban pembacokan di Kota Jambi.",
        occurrence,
        "Pelaku datang dengan sebilah parang lalu membacok lengan Joko.",
        *more,
    ]
    events = [
        {"type": "ATTACK", "trigger": "pembacokan", "who": ["Joko"], "when": None, "in_sentence": 0},
        {"type": "ATTACK", "trigger": "membacok", "who": ["Joko"], "when": None, "in_sentence": 2},
        *(extra or []),
    ]
    return article("a", "2025-06-10T16:00+07:00", sentences, events, [day], title="Pedagang Sayur Dibacok di Jambi")


def test_a_stabbing_takes_the_day_its_occurrence_sentence_gives() -> None:
    a = stabbing(
        "Peristiwa tersebut menimpa Joko di depan Pasar Angso Duo pada Sabtu (7/6/2025) malam.", ("Sabtu (7/6/2025)", "2025-06-07")
    )
    assert [(when, kind) for when, kind, _, _ in timeline_entries(a)] == [("2025-06-07", "ATTACK")]


def test_a_crash_whose_lead_day_tells_no_dated_happening_takes_its_occurrence_day() -> None:
    sentences = [
        "Sebuah truk pengangkut pasir menabrak tiga mobil di Jalan Raya Ciranjang, Cianjur.",
        "Dua penumpang mobil tewas di lokasi.",
        "Kecelakaan maut itu terjadi pada Senin (9/6/2025) sore.",
    ]
    events = [
        {"type": "ACCIDENT", "trigger": "menabrak", "who": ["truk", "mobil"], "when": None, "in_sentence": 0},
        {"type": "DIE", "trigger": "tewas", "who": ["penumpang"], "when": None, "in_sentence": 1},
    ]
    a = article("a", "2025-06-10T08:00+07:00", sentences, events, [("Senin (9/6/2025)", "2025-06-09")], title="Truk Tabrak Tiga Mobil")
    assert {(when, kind) for when, kind, _, _ in timeline_entries(a)} == {("2025-06-09", "ACCIDENT"), ("2025-06-09", "DIE")}


def test_a_follow_ups_arrest_is_not_dated_by_the_stabbings_day() -> None:
    # guard: the arrest came after the stabbing, on a day the article does not tell
    arrest = {"type": "ARREST", "trigger": "menangkap", "who": ["Polresta Jambi", "pelaku"], "when": None, "in_sentence": 3}
    a = stabbing(
        "Peristiwa itu terjadi pada Sabtu (7/6/2025) malam.",
        ("Sabtu (7/6/2025)", "2025-06-07"),
        "Polresta Jambi telah menangkap pelaku.",
        extra=[arrest],
    )
    assert [(when, kind) for when, kind, _, _ in timeline_entries(a)] == [("2025-06-07", "ATTACK")]


def test_another_happening_or_a_day_long_past_dates_nothing() -> None:
    # guards: "serupa" tells an earlier stabbing, and a month-old day is history, not the undated stabbing's
    similar = stabbing("Peristiwa serupa pernah terjadi pada Sabtu (7/6/2025) malam.", ("Sabtu (7/6/2025)", "2025-06-07"))
    past = stabbing("Peristiwa itu terjadi pada Sabtu (10/5/2025) malam.", ("Sabtu (10/5/2025)", "2025-05-10"))
    assert timeline_entries(similar) == []
    assert timeline_entries(past) == []


def test_a_bare_clock_or_a_speakers_quote_is_not_dated_by_it() -> None:
    # guards: a clock carries its article's day, no day of its own; a quoted word of the dead is the speaker's telling
    clock = stabbing("Peristiwa itu terjadi sekitar pukul 15.30 WIB.", ("pukul 15.30 WIB", "2025-06-10T15:30"))
    assert timeline_entries(clock) == []
    quoted = {"type": "DIE", "trigger": "meninggal", "who": ["Kapolsek Budi"], "when": None, "in_sentence": 3}
    told = stabbing(
        "Peristiwa itu terjadi pada Sabtu (7/6/2025) malam.",
        ("Sabtu (7/6/2025)", "2025-06-07"),
        "\u201cKami masih mendata korban luka maupun yang meninggal,\u201d kata Kapolsek Budi.",
        extra=[quoted],
    )
    assert [(when, kind) for when, kind, _, _ in timeline_entries(told)] == [("2025-06-07", "ATTACK")]
