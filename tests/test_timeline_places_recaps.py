"""Where a story's entry happened, read in the sentence that tells it: a country told as whose (tourists, a body's
name) is no place, a name cut before its bracketed short form or after a hospital's lower-case head is made whole;
and a recap's "hari ini" pasted from an older report is that report's day, so the happening is background. On
sentences written for these tests."""

from __future__ import annotations

from story_articles import article as story_article
from telisik.stories.timeline import story_events


def one_event(aid: str, published: str, sentences: list[str], event: dict, timexes: list[tuple[str, str]] | None = None) -> dict:
    return story_article(aid, published, sentences, [event], timexes or [])


TRIGGERS = {"ACCIDENT": "terluka", "DISASTER": "gempa", "TRIAL": "sidang", "INJURE": "luka", "EVACUATE": "dirujuk", "MEET": "rapat"}


def entry_place(sentence: str, where: str, kind: str = "ACCIDENT", who: list[str] | None = None) -> str | None:
    trigger = TRIGGERS[kind]
    ev = {"type": kind, "who": who or [], "when": "2025-06-09", "trigger": trigger, "in_sentence": 0, "where": where}
    a = one_event("a", "2025-06-10", [sentence], ev)
    events = story_events([a], {"a": 0})
    assert len(events.timeline) == 1
    return events.timeline[0].where


def test_a_nationality_is_no_place():
    assert entry_place("Dua wanita Jerman terluka terkena ledakan jet di bandara, Senin (9/6/2025).", "Jerman") is None
    assert entry_place("Seorang wisatawan asal Belanda terluka saat mendaki, Senin (9/6/2025).", "Belanda") is None


def test_a_country_ending_a_bodys_name_is_no_place():
    sentence = "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) RI melaporkan gempa mengguncang Kabupaten Garut, Senin (9/6/2025)."
    assert entry_place(sentence, "RI", "DISASTER") is None


def test_a_country_the_sentence_places_the_happening_in_stays():
    assert entry_place("Seorang turis terluka di Jerman saat bermain ski, Senin (9/6/2025).", "Jerman") == "Jerman"
    # written once as where and once as whose: it is a place still
    sentence = "Turis Jerman itu terluka di Jerman bagian selatan, Senin (9/6/2025)."
    assert entry_place(sentence, "Jerman") == "Jerman"


def test_a_court_cut_before_its_short_form_is_made_whole():
    sentence = "Ketiga terdakwa menjalani sidang di Pengadilan Negeri (PN) Kediri, Senin (9/6/2025)."
    assert entry_place(sentence, "Pengadilan Negeri", "TRIAL", ["Budi"]) == "Pengadilan Negeri Kediri"
    # brackets that abbreviate a longer name ("Pengamat Gunung Api") add nothing to the place
    sentence = "Pengamat Gunung Api (PGA) Gunung Kelud mencatat gempa vulkanik, Senin (9/6/2025)."
    assert entry_place(sentence, "Gunung Api", "DISASTER") == "Gunung Api"


def test_a_hospital_cut_after_its_lower_case_head_is_where_the_hurt_went_not_where_they_were_hurt():
    sentence = "Dua korban luka berat dan dirujuk ke rumah Sakit Harapan Kita, Senin (9/6/2025)."
    assert entry_place(sentence, "Sakit Harapan Kita", "INJURE", ["korban"]) is None
    assert entry_place(sentence, "Sakit Harapan Kita", "EVACUATE", ["korban"]) == "Rumah Sakit Harapan Kita"


def recap_article(opener: str, old_date: str, old_value: str) -> dict:
    first = "Pemerintah kota menyiapkan tanggul di pesisir utara, Jumat (20/6/2025)."
    recap = f"{opener} Menteri Budi Santoso hari ini melakukan rapat koordinasi membahas tanggul laut."
    later = f"Budi menyampaikan hal itu usai rapat di kantornya, {old_date}."
    a = story_article(
        "a",
        "2025-06-20",
        [first, recap, later],
        [{"type": "MEET", "who": ["Budi Santoso"], "when": "2025-06-20", "trigger": "rapat", "in_sentence": 1}],
        [("Jumat (20/6/2025)", "2025-06-20"), ("hari ini", "2025-06-20"), (old_date, old_value)],
    )
    a["body"] = "\n\n".join([first, recap, later])  # a paragraph each, as outlets write them
    for t, (text, _) in zip(a["timexes"], [("Jumat (20/6/2025)", ""), ("hari ini", ""), (old_date, "")], strict=True):
        t.update(start=a["body"].index(text), end=a["body"].index(text) + len(text), text=text)
    hari_ini = a["timexes"][1]
    a["events"][0]["when_span"] = [hari_ini["start"], hari_ini["end"]]
    return a


def test_a_recaps_hari_ini_is_the_older_reports_day_and_background():
    a = recap_article("Sebelumnya,", "Rabu (19/3/2025)", "2025-03-19")
    events = story_events([a], {"a": 0})
    assert [e.type for e in events.timeline] == []
    assert [(e.type, e.when) for e in events.background] == [("MEET", "2025-03-19")]


def test_a_hari_ini_outside_a_recap_or_before_a_recent_date_is_the_articles_day():
    for a in (
        recap_article("Selain itu,", "Rabu (19/3/2025)", "2025-03-19"),
        recap_article("Sebelumnya,", "Kamis (19/6/2025)", "2025-06-19"),
    ):
        events = story_events([a], {"a": 0})
        assert [(e.type, e.when) for e in events.timeline] == [("MEET", "2025-06-20")]


def test_the_place_a_meeting_talks_about_is_not_its_venue():
    sentence = "Kemarin Presiden memimpin rapat terbatas yang membahas izin tambang di Raja Ampat, Senin (9/6/2025)."
    assert entry_place(sentence, "Raja Ampat", "MEET", ["Presiden"]) is None
    sentence = "Presiden memimpin rapat terbatas di Istana Merdeka membahas izin tambang, Senin (9/6/2025)."
    assert entry_place(sentence, "Istana Merdeka", "MEET", ["Presiden"]) == "Istana Merdeka"
