"""Timeline entries an editor would sign (issue 16, round 35): the injured's trip to hospital told as part of their
injury is the injury's entry, not an evacuation of its own; and a date told right before a reaction's verb ("pada
Kamis (19/6/2025), mengecam serangan ...") is the reaction's day, not the day of the happening it names. On reports
written for these tests."""

from __future__ import annotations

from story_articles import article, timeline_entries
from telisik.stories.article import StoryArticle
from telisik.stories.clause_cues import dated_by_a_period, dated_in_a_later_clause, told_as_an_earlier_one

CRASH = "Truk tangki menabrak sebuah minibus dan dua sepeda motor di Jalan Raya Babat, Lamongan, Senin (16/6/2025) sore."
DAY = [("Senin (16/6/2025)", "2025-06-16")]


def crash_event() -> dict:
    return {"type": "ACCIDENT", "who": ["truk"], "when": "2025-06-16", "where": "Jalan Raya Babat", "trigger": "menabrak", "in_sentence": 0}


def kinds(*articles: dict) -> list[str]:
    return sorted(row[1] for row in timeline_entries(*articles))


def test_the_injured_taken_to_hospital_in_their_injurys_clause_are_the_injurys_entry():
    sentence = "Dalam kecelakaan itu, tiga orang mengalami luka yang harus dilarikan ke rumah sakit."
    events = [
        crash_event(),
        {"type": "INJURE", "who": ["orang"], "when": "2025-06-16", "trigger": "mengalami luka", "in_sentence": 1},
        {"type": "EVACUATE", "who": ["orang"], "when": "2025-06-16", "trigger": "dilarikan ke", "in_sentence": 1},
    ]
    report = article("a", "2025-06-16T20:00+07:00", [CRASH, sentence], events, DAY)
    assert kinds(report) == ["ACCIDENT", "INJURE"]
    driver = "Sopir minibus pun mengalami luka dan harus dilarikan ke RSUD Dr Soegiri."
    events = [
        crash_event(),
        {"type": "INJURE", "who": ["sopir"], "when": "2025-06-16", "trigger": "mengalami luka", "in_sentence": 1},
        {"type": "EVACUATE", "who": ["sopir"], "when": "2025-06-16", "trigger": "dilarikan ke", "in_sentence": 1},
    ]
    assert kinds(article("b", "2025-06-16T20:00+07:00", [CRASH, driver], events, DAY)) == ["ACCIDENT", "INJURE"]


def test_named_injured_taken_to_hospital_are_their_injurys_entry():
    sentences = [
        CRASH,
        "Dua pengendara motor, RN dan AS, mengalami luka-luka.",
        "Untuk motor, RN sama AS dibawa ke rumah sakit Muhammadiyah.",
    ]
    events = [
        crash_event(),
        {"type": "INJURE", "who": ["RN", "AS"], "when": "2025-06-16", "trigger": "mengalami luka-luka", "in_sentence": 1},
        {"type": "EVACUATE", "who": ["RN"], "when": None, "trigger": "dibawa ke rumah sakit", "in_sentence": 2},
    ]
    assert kinds(article("a", "2025-06-16T20:00+07:00", sentences, events, DAY)) == ["ACCIDENT", "INJURE"]
    # initials that read as no person's name ("MY") are the injured's all the same
    sentences = [
        CRASH,
        "Pengendara motor berinisial MY mengalami patah tulang kaki.",
        "Untuk motor, itu MY dibawa ke rumah sakit Sari Asih.",
    ]
    events = [
        crash_event(),
        {"type": "INJURE", "who": ["MY"], "when": "2025-06-16", "trigger": "mengalami patah tulang", "in_sentence": 1},
        {"type": "EVACUATE", "who": ["MY"], "when": None, "trigger": "dibawa ke rumah sakit", "in_sentence": 2},
    ]
    assert kinds(article("b", "2025-06-16T20:00+07:00", sentences, events, DAY)) == ["ACCIDENT", "INJURE"]


def casualties_report(trip: str, who: str) -> dict:
    """A crash, an injury of two, and one trip to hospital told in its own sentence."""
    sentences = [CRASH, "Dua orang mengalami luka-luka dalam kecelakaan itu.", trip]
    events = [
        crash_event(),
        {"type": "INJURE", "who": ["orang"], "when": "2025-06-16", "trigger": "mengalami luka-luka", "in_sentence": 1},
        {"type": "EVACUATE", "who": [who], "when": "2025-06-16", "trigger": "dilarikan ke", "in_sentence": 2},
    ]
    return article("a", "2025-06-16T20:00+07:00", sentences, events, DAY)


def test_casualties_taken_away_with_the_reason_after_the_trip_stay_an_evacuation():
    trip = "Sejumlah penumpang minibus dilarikan ke rumah sakit karena mengalami luka-luka."
    assert kinds(casualties_report(trip, "penumpang")) == ["ACCIDENT", "EVACUATE", "INJURE"]


def test_victims_taken_away_as_a_group_stay_an_evacuation():
    trip = "Beberapa korban kecelakaan telah dilarikan ke RSUD Dr Soegiri untuk mendapatkan perawatan."
    assert kinds(casualties_report(trip, "korban")) == ["ACCIDENT", "EVACUATE", "INJURE"]


def checked_report(sentence: str) -> dict:
    """A crash, an injury of a rider, and a trip of others told as not hurt."""
    events = [
        crash_event(),
        {"type": "INJURE", "who": ["pengendara"], "when": "2025-06-16", "trigger": "menabrak", "in_sentence": 0},
        {"type": "EVACUATE", "who": ["penumpang"], "when": "2025-06-16", "trigger": "dibawa ke rumah sakit", "in_sentence": 1},
    ]
    return article("a", "2025-06-16T20:00+07:00", [CRASH, sentence], events, DAY)


def test_nobody_hurt_yet_taken_for_a_check_stays_an_evacuation():
    # the negation may stand words before the hurt phrase, and a shorter hurt phrase ("luka-luka", "cedera") inside the
    # denied one is denied with it
    for sentence in [
        "Penumpang tidak terluka dan dibawa ke rumah sakit untuk diperiksa.",
        "Penumpang minibus tidak mengalami luka-luka dan dibawa ke rumah sakit untuk diperiksa.",
        "Penumpang minibus tidak mengalami cedera dan dibawa ke rumah sakit untuk diperiksa.",
        "Tidak ada penumpang yang terluka dan seluruhnya dibawa ke rumah sakit untuk diperiksa.",
    ]:
        assert kinds(checked_report(sentence)) == ["ACCIDENT", "EVACUATE", "INJURE"], sentence


def test_a_negation_told_before_another_clause_does_not_shield_the_hurt():
    sentence = "Tidak ada korban jiwa, namun penumpang mengalami luka-luka dan dibawa ke rumah sakit untuk diperiksa."
    assert kinds(checked_report(sentence)) == ["ACCIDENT", "INJURE"]


def reaction_report(lead: str, date_text: str, trigger: str, kind: str, reaction: dict | None) -> dict:
    at = lead.index(date_text)
    event = {
        "type": kind,
        "who": ["Israel"],
        "when": "2025-06-19",
        "trigger": trigger,
        "when_span": [at, at + len(date_text)],
        "in_sentence": 0,
    }
    events = [event] + ([reaction] if reaction else [])
    return article("a", "2025-06-19T15:00+07:00", [lead], events, [(date_text, "2025-06-19")])


def test_a_date_told_before_a_condemnations_verb_is_not_the_attacks():
    lead = "Korea Utara melalui juru bicara kementerian luar negerinya pada Kamis (19/6/2025), mengecam serangan yang dilancarkan Israel."
    condemned = {"type": "ACCUSE", "who": ["Korea Utara", "Israel"], "when": "2025-06-19", "trigger": "mengecam", "in_sentence": 0}
    rows = timeline_entries(reaction_report(lead, "Kamis (19/6/2025)", "serangan", "ATTACK", condemned))
    assert [(when, kind) for when, kind, _, _ in rows] == [("2025-06-19", "ACCUSE")]


def test_a_date_told_before_the_attacks_own_verb_is_its_own():
    lead = "Israel pada Kamis (19/6/2025) melancarkan serangan ke fasilitas nuklir Iran di Arak."
    rows = timeline_entries(reaction_report(lead, "Kamis (19/6/2025)", "serangan", "ATTACK", None))
    assert [(when, kind) for when, kind, _, _ in rows] == [("2025-06-19", "ATTACK")]


def test_an_earlier_crash_told_with_juga_is_not_joined_to_the_storys_crash():
    sentences = [
        "Pesawat Air India AI171 jatuh di Ahmedabad, India, pada Kamis (12/6/2025) siang.",
        "Sebelumnya, Ruangsuak Loychusak juga selamat dari kecelakaan pesawat berkat kursi bernomor sama.",
    ]
    events = [
        {"type": "ACCIDENT", "who": ["Air India"], "when": "2025-06-12", "where": "Ahmedabad", "trigger": "jatuh", "in_sentence": 0},
        {"type": "ACCIDENT", "who": ["Ruangsuak Loychusak"], "when": None, "trigger": "kecelakaan", "in_sentence": 1},
    ]
    rows = timeline_entries(article("a", "2025-06-16T10:00+07:00", sentences, events, [("Kamis (12/6/2025)", "2025-06-12")]))
    assert len(rows) == 1 and "Ruangsuak Loychusak" not in rows[0][2]


def test_a_crash_told_after_sebelumnya_without_juga_is_the_storys_own():
    sentences = [
        "Pesawat Air India AI171 jatuh di Ahmedabad, India, pada Kamis (12/6/2025) siang.",
        "Sebelumnya, pesawat itu jatuh menimpa asrama mahasiswa kedokteran.",
    ]
    events = [
        {"type": "ACCIDENT", "who": ["Air India"], "when": "2025-06-12", "where": "Ahmedabad", "trigger": "jatuh", "in_sentence": 0},
        {"type": "ACCIDENT", "who": ["asrama"], "when": None, "trigger": "jatuh menimpa", "in_sentence": 1},
    ]
    rows = timeline_entries(article("a", "2025-06-16T10:00+07:00", sentences, events, [("Kamis (12/6/2025)", "2025-06-12")]))
    assert len(rows) == 1 and rows[0][0] == "2025-06-12"


def test_an_arrival_told_as_the_start_of_a_state_takes_no_day_of_the_lead():
    sentences = [
        "Kylian Mbappe dilarikan ke rumah sakit di Miami, Kamis (19/6/2025).",
        "Kesehatan Mbappe memang memburuk sejak awal tiba di Amerika Serikat.",
    ]
    events = [
        {"type": "EVACUATE", "who": ["Kylian Mbappe"], "when": "2025-06-19", "trigger": "dilarikan ke", "in_sentence": 0},
        {"type": "VISIT", "who": ["Kylian Mbappe"], "when": None, "where": "Amerika Serikat", "trigger": "tiba", "in_sentence": 1},
    ]
    report = article("a", "2025-06-19T21:00+07:00", sentences, events, [("Kamis (19/6/2025)", "2025-06-19")])
    assert kinds(report) == ["EVACUATE"]
    arrived = [sentences[0], "Mbappe tiba di Amerika Serikat bersama skuad Real Madrid."]
    events[1]["in_sentence"] = 1
    events[0]["in_sentence"] = 0
    report = article("b", "2025-06-19T21:00+07:00", arrived, events, [("Kamis (19/6/2025)", "2025-06-19")])
    assert kinds(report) == ["EVACUATE", "VISIT"]


def test_a_day_word_counted_as_a_period_dates_no_attack():
    sentences = [
        "Menlu menaikkan status siaga KBRI Teheran menjadi Siaga I pada Kamis (19/6/2025).",
        "Dalam dua hari ini, serangan Israel ke Iran makin meningkat dan menyasar target sipil.",
    ]
    at = " ".join(sentences).index("hari ini")
    events = [
        {
            "type": "ATTACK",
            "who": ["Israel", "Iran"],
            "when": "2025-06-19",
            "when_span": [at, at + 8],
            "trigger": "serangan",
            "in_sentence": 1,
        },
    ]
    report = article("a", "2025-06-19T20:00+07:00", sentences, events, [("Kamis (19/6/2025)", "2025-06-19")])
    assert timeline_entries(report) == []
    struck = [sentences[0], "Israel kembali melancarkan serangan ke Teheran hari ini."]
    at = " ".join(struck).index("hari ini")
    events = [
        {"type": "ATTACK", "who": ["Israel"], "when": "2025-06-19", "when_span": [at, at + 8], "trigger": "serangan", "in_sentence": 1},
    ]
    report = article("b", "2025-06-19T20:00+07:00", struck, events, [("Kamis (19/6/2025)", "2025-06-19")])
    assert [row[:2] for row in timeline_entries(report)] == [("2025-06-19", "ATTACK")]


def test_a_state_up_to_today_dates_no_attack_of_today():
    sentences = [
        "Menlu menaikkan status siaga KBRI Teheran menjadi Siaga I pada Kamis (19/6/2025).",
        "Kedua negara terus saling serang hingga hari ini.",
    ]
    at = " ".join(sentences).index("hari ini")
    events = [
        {
            "type": "ATTACK",
            "who": ["Israel", "Iran"],
            "when": "2025-06-19",
            "when_span": [at, at + 8],
            "trigger": "saling serang",
            "in_sentence": 1,
        },
    ]
    report = article("a", "2025-06-19T20:00+07:00", sentences, events, [("Kamis (19/6/2025)", "2025-06-19")])
    assert timeline_entries(report) == []


def arrest_report(sentence: str, date_text: str) -> dict:
    at = sentence.index(date_text)
    event = {
        "type": "ARREST",
        "who": ["tersangka"],
        "when": "2025-06-19",
        "when_span": [at, at + len(date_text)],
        "trigger": "ditahan",
        "in_sentence": 0,
    }
    return article("a", "2025-06-19T09:00+07:00", [sentence], [event], [(date_text, "2025-06-19")])


def test_a_date_of_a_later_clause_of_others_is_not_the_arrests():
    report = arrest_report("Tiga tersangka telah ditahan, tiga lainnya diperiksa hari ini, dan satu masih menunggu konfirmasi.", "hari ini")
    assert timeline_entries(report) == []
    own = arrest_report("Tiga tersangka kasus mafia tanah itu ditahan di Polda DIY, hari ini.", "hari ini")
    assert [row[:2] for row in timeline_entries(own)] == [("2025-06-19", "ARREST")]


def lead_report(lead: str, date_text: str, trigger: str, kind: str, value: str, published: str) -> dict:
    """A one-article story whose lead tells one happening dated by ``date_text``."""
    at = lead.index(date_text)
    event = {"type": kind, "who": ["pria"], "when": value, "trigger": trigger, "when_span": [at, at + len(date_text)], "in_sentence": 0}
    return article("a", published, [lead, "Kasus ini masih diselidiki aparat setempat."], [event], [(date_text, value)])


def test_a_statement_verb_in_a_breaking_lead_keeps_the_happenings_day():
    # "X pada <hari> mengatakan ...": breaking news tells the happening on the statement's day
    lead = "Polisi pada Senin (16/6/2025) mengatakan seorang pria tewas ditembak di Medan."
    report = lead_report(lead, "Senin (16/6/2025)", "tewas", "DIE", "2025-06-16", "2025-06-16T20:00+07:00")
    assert [row[:2] for row in timeline_entries(report)] == [("2025-06-16", "DIE")]
    lead = "Pada Senin (16/6/2025), BMKG menyatakan gempa bermagnitudo 5,6 mengguncang Sukabumi."
    report = lead_report(lead, "Senin (16/6/2025)", "mengguncang", "DISASTER", "2025-06-16", "2025-06-16T20:00+07:00")
    assert [row[:2] for row in timeline_entries(report)] == [("2025-06-16", "DISASTER")]


def test_a_clock_time_before_today_is_no_count_of_days():
    lead = "Gempa bermagnitudo 5,6 mengguncang Sukabumi pukul 10.15 hari ini."
    report = lead_report(lead, "hari ini", "mengguncang", "DISASTER", "2025-06-16", "2025-06-16T12:00+07:00")
    assert [row[:2] for row in timeline_entries(report)] == [("2025-06-16", "DISASTER")]


def cue_of(sentence: str, date_text: str, trigger: str, kind: str, value: str) -> tuple[StoryArticle, dict]:
    """The article of one sentence and its one event, for asking a clause cue."""
    report = lead_report(sentence, date_text, trigger, kind, value, "2025-06-17T10:00+07:00")
    return StoryArticle.of(report), report["events"][0]


def test_a_figure_before_today_counts_days_only_after_a_word_of_span():
    assert not dated_by_a_period(*cue_of("Korban tewas bertambah menjadi 20 hari ini.", "hari ini", "tewas", "DIE", "2025-06-17"))
    assert not dated_by_a_period(
        *cue_of("Gempa mengguncang Sukabumi pukul 10.15 hari ini.", "hari ini", "mengguncang", "DISASTER", "2025-06-17")
    )
    assert dated_by_a_period(*cue_of("Serangan Israel meningkat dalam 3 hari ini.", "hari ini", "Serangan", "ATTACK", "2025-06-17"))
    assert dated_by_a_period(*cue_of("Serangan drone meningkat dalam waktu 2–3 hari ini.", "hari ini", "Serangan", "ATTACK", "2025-06-17"))
    assert not dated_by_a_period(*cue_of("Jadwal Piala Dunia Antarklub 2025 hari ini.", "hari ini", "Jadwal", "ATTACK", "2025-06-17"))


def test_others_counted_by_the_happenings_own_verb_or_listed_keep_its_date():
    gaza = "Serangan Israel di Gaza menewaskan 20 orang, melukai 50 lainnya pada Minggu (15/6/2025)."
    assert not dated_in_a_later_clause(*cue_of(gaza, "Minggu (15/6/2025)", "Serangan", "ATTACK", "2025-06-15"))
    listed = "Polisi menyita sabu, ganja dan lainnya dari rumah tersangka pada Senin (16/6/2025)."
    assert not dated_in_a_later_clause(*cue_of(listed, "Senin (16/6/2025)", "menyita", "SEIZE", "2025-06-16"))
    others = "Tiga tersangka telah ditahan, tiga lainnya diperiksa pada Senin (16/6/2025)."
    assert dated_in_a_later_clause(*cue_of(others, "Senin (16/6/2025)", "ditahan", "ARREST", "2025-06-16"))


def test_the_storys_toll_told_again_after_sebelumnya_juga_is_no_earlier_happening():
    def undated(sentence: str, trigger: str, kind: str) -> dict:
        return {"type": kind, "when": None, "trigger": trigger, "sentence": sentence}

    told = "Sebelumnya, Polda Jatim juga menyebut korban tewas berjumlah lima orang."
    assert not told_as_an_earlier_one(undated(told, "tewas", "DIE"))
    told = "Sebelumnya, polisi juga menyebut dua penumpang terluka dalam kecelakaan itu."
    assert not told_as_an_earlier_one(undated(told, "terluka", "INJURE"))
    earlier = "Sebelumnya, Ruangsuak Loychusak juga selamat dari kecelakaan pesawat berkat kursi bernomor sama."
    assert told_as_an_earlier_one(undated(earlier, "kecelakaan", "ACCIDENT"))
    claimed = "Sebelumnya, kelompok peretas yang sama juga mengaku bertanggung jawab atas serangan siber terhadap sebuah bank."
    assert told_as_an_earlier_one(undated(claimed, "serangan", "ATTACK"))
