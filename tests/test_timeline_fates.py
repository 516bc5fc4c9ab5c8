"""Whom a death, an injury or an attack befell, read off a story's reports (``stories.timeline``): a death told only of
a common noun is the one named death of its day its reports tell, not a second entry; "Korban" opening a sentence
names no one; the police force that hunts the snatchers is no party of the death; an attack lists the one written
as its victim ("terhadap korban ...") after its doer; a death dated by the day its body was found, when the story
dates the drowning days before, has no date of its own; a road's name cut before its last word is made whole. On
articles written for these tests."""

from __future__ import annotations

from typing import Any

from story_articles import timeline_entries
from telisik.stories.parties import fate_of, is_police_body
from telisik.stories.timeline import _whole_road

# one event of a test article: its type, its trigger, its parties, its date (or None), the date's words in the
# sentence (or None), its place, and the sentence
Told = tuple[str, str, list[str], str | None, str | None, str | None, str]


def article(ident: str, told: list[Told], title: str = "Kabar Duka dari Medan", day: str = "2025-06-09") -> dict[str, Any]:
    sentences = list(dict.fromkeys(t[6] for t in told))
    body = " ".join(sentences)
    spans, at = [], 0
    for s in sentences:
        spans.append([at, at + len(s)])
        at += len(s) + 1
    events = []
    for kind, trigger, who, when, date_words, where, sentence in told:
        start = body.index(sentence)
        date_at = body.index(date_words, start) if date_words else None
        events.append(
            {
                "type": kind,
                "trigger": trigger,
                "who": who,
                "when": when,
                "when_span": [date_at, date_at + len(date_words)] if date_words and date_at is not None else None,
                "where": where,
                "status": "occurred",
                "sentence": sentence,
                "start": start + sentence.index(trigger),
            }
        )
    return {"id": ident, "published": f"{day}T20:00+07:00", "title": title, "body": body, "sentences": spans, "events": events}


entries = timeline_entries


NAMED = "Desainer Rudi Hartono meninggal dunia pada Senin (9/6/2025)."
UNNAMED = "Belum diketahui penyebab pria yang pernah tampil di Paris itu meninggal dunia."


def test_a_death_told_of_a_common_noun_is_the_named_death_of_its_day():
    a = article(
        "a",
        [
            ("DIE", "meninggal dunia", ["Rudi Hartono"], "2025-06-09", "Senin (9/6/2025)", None, NAMED),
            ("DIE", "meninggal dunia", ["pria"], "2025-06-09", None, "Paris", UNNAMED),
        ],
    )
    # the place the common noun's sentence gives is another's (where he once showed his work), not where he died
    assert entries(a) == [("2025-06-09", "DIE", ("Rudi Hartono",), None)]


def test_a_death_of_a_common_noun_stays_apart_where_two_named_deaths_share_its_day():
    other = "Rekannya Budi Santoso juga meninggal dunia pada Senin (9/6/2025)."
    a = article(
        "a",
        [
            ("DIE", "meninggal dunia", ["Rudi Hartono"], "2025-06-09", "Senin (9/6/2025)", None, NAMED),
            ("DIE", "meninggal dunia", ["Budi Santoso"], "2025-06-09", "Senin (9/6/2025)", None, other),
            ("DIE", "meninggal dunia", ["pria"], "2025-06-09", None, None, UNNAMED),
        ],
    )
    assert sorted(e[2] for e in entries(a)) == [("Budi Santoso",), ("Rudi Hartono",), ("pria",)]


def test_a_capitalised_common_noun_names_no_one_whose_fate_it_is():
    assert fate_of(["Korban"]) == "victims"
    assert fate_of(["Korban", "Rudi Hartono"]) == "rudi hartono"


def test_an_injury_told_of_korban_is_the_injury_its_report_counts():
    counted = "Dua orang mengalami luka-luka pada Senin (9/6/2025)."
    treated = "Korban luka ringan sudah dibawa ke Klinik Sehat Medika."
    a = article(
        "a",
        [
            ("INJURE", "luka-luka", ["orang"], "2025-06-09", "Senin (9/6/2025)", "Jalan Raya Lintas", counted),
            ("INJURE", "luka ringan", ["Korban"], None, None, "Klinik Sehat Medika", treated),
        ],
    )
    assert [e[1] for e in entries(a)] == ["INJURE"]


def test_the_police_force_that_hunts_the_snatchers_is_no_party_of_the_death():
    hunt = "Polres Pematangsiantar menangkap jambret yang membuat Rindy Liviani tewas pada Senin (9/6/2025)."
    a = article("a", [("DIE", "tewas", ["Polres Pematangsiantar", "Rindy Liviani"], "2025-06-09", "Senin (9/6/2025)", None, hunt)])
    assert entries(a) == [("2025-06-09", "DIE", ("Rindy Liviani",), None)]


def test_a_member_of_the_police_force_may_die():
    member = "Seorang anggota Polsek Medan Baru tewas ditabrak truk pada Senin (9/6/2025)."
    a = article("a", [("DIE", "tewas", ["Polsek Medan Baru"], "2025-06-09", "Senin (9/6/2025)", None, member)])
    assert [e[2] for e in entries(a)] == [("Polsek Medan Baru",)]
    assert is_police_body("jajaran Polsek Cimenyan") and not is_police_body("polisi") and not is_police_body("Rindy Liviani")


def test_an_attack_lists_whom_it_befell_after_its_doer():
    first = "Penganiayaan terhadap korban Arkadius Nahak terjadi pada Minggu (8/6/2025)."
    second = "Akibat penganiayaan itu, korban Arkadius Nahak mengalami luka serius."
    third = "RF diduga terlibat dalam penganiayaan terhadap korban Arkadius Nahak."
    a = article(
        "a",
        [
            ("ATTACK", "Penganiayaan", ["Arkadius Nahak"], "2025-06-08", "Minggu (8/6/2025)", None, first),
            ("ATTACK", "penganiayaan", ["Arkadius Nahak"], None, None, None, second),
            ("ATTACK", "penganiayaan", ["RF", "Arkadius Nahak"], None, None, None, third),
        ],
    )
    assert [e[2] for e in entries(a)] == [("RF", "Arkadius Nahak")]


DROWNED = "Korban tenggelam di Kali Angke pada Sabtu (7/6/2025) lalu."
FOUND = "Korban akhirnya ditemukan tim SAR pada Senin (9/6/2025) dalam kondisi meninggal dunia."


def test_a_death_dated_by_the_finding_of_the_body_has_no_date_of_its_own():
    a = article(
        "a",
        [
            ("ACCIDENT", "tenggelam", ["Abi Albaini"], "2025-06-07", "Sabtu (7/6/2025)", "Kali Angke", DROWNED),
            ("DIE", "meninggal dunia", ["Abi Albaini"], "2025-06-09", "Senin (9/6/2025)", None, FOUND),
        ],
    )
    assert [(e[0], e[1]) for e in entries(a)] == [("2025-06-07", "ACCIDENT")]


def test_a_body_found_is_dated_by_its_finding_when_nothing_dates_the_death_before():
    found = "Seorang pria ditemukan meninggal dunia di trotoar pada Senin (9/6/2025)."
    a = article("a", [("DIE", "meninggal dunia", ["Rian Arafat"], "2025-06-09", "Senin (9/6/2025)", None, found)])
    assert [(e[0], e[1]) for e in entries(a)] == [("2025-06-09", "DIE")]


def test_a_drowning_dated_before_its_finding_keeps_its_date():
    told = "Korban tenggelam pada Sabtu (7/6/2025) hingga akhirnya ditemukan pada Senin pagi."
    a = article("a", [("ACCIDENT", "tenggelam", ["Abi Albaini"], "2025-06-07", "Sabtu (7/6/2025)", None, told)])
    assert [(e[0], e[1]) for e in entries(a)] == [("2025-06-07", "ACCIDENT")]


def test_a_road_cut_before_its_last_word_is_made_whole():
    sentence = "Bocah itu ditemukan di Gang Cempaka Jalan Sedap Malam, Kebon Kori, Denpasar."
    assert _whole_road("Gang Cempaka Jalan Sedap", sentence, sentence.index("Sedap") + 5) == "Gang Cempaka Jalan Sedap Malam"
    dashed = "Ia tergeletak di trotoar Jalan Banda Aceh - Medan, Gampong Meunasah."
    assert _whole_road("Jalan Banda Aceh", dashed, dashed.index("Aceh") + 4) == "Jalan Banda Aceh - Medan"
    cut = "Truk terguling di Jalur Arteri Jl. Gatot Subroto, Tangerang."
    assert _whole_road("Jalur Arteri Jl", cut, cut.index("Jl") + 2) == "Jalur Arteri Jl. Gatot Subroto"


def test_a_weekday_after_a_road_is_the_date_not_the_road():
    sentence = "Kecelakaan terjadi di Jalan Sudirman Senin, sekitar pukul 10.00."
    assert _whole_road("Jalan Sudirman", sentence, sentence.index("Sudirman") + 8) == "Jalan Sudirman"
    river = "Ia tenggelam di Kali Angke Jakarta, kemarin."
    assert _whole_road("Kali Angke", river, river.index("Angke") + 5) == "Kali Angke"


def test_a_city_named_bare_is_where_a_meeting_was_not_who_met():
    met = "Pertemuan di Lamban Gunung pada Senin (9/6/2025) dihadiri Wendy Melfa dan Kherlani dari Bandar Lampung."
    a = article("a", [("MEET", "Pertemuan", ["Wendy Melfa", "Kherlani", "Bandar Lampung"], "2025-06-09", "Senin (9/6/2025)", None, met)])
    assert [e[2] for e in entries(a)] == [("Wendy Melfa", "Kherlani")]


def test_a_province_inside_a_police_body_s_name_still_counts_for_the_body():
    lead = "Polda Sumatera Utara menangkap DUL pada Rabu (4/6/2025)."
    again = "Tim dari Sumatera Utara menangkap DUL di perairan itu pada Rabu (4/6/2025)."
    a = article(
        "a",
        [
            ("ARREST", "menangkap", ["Polda Sumatera Utara", "DUL"], "2025-06-04", "Rabu (4/6/2025)", None, lead),
            ("ARREST", "menangkap", ["Sumatera Utara", "DUL"], "2025-06-04", "Rabu (4/6/2025)", None, again),
        ],
    )
    assert [e[2] for e in entries(a)] == [("Polda Sumatera Utara", "DUL")]


def test_the_rest_of_a_hospital_s_name_is_no_one_evacuated():
    taken = "Korban kemudian dievakuasi ke Rumah Sakit Umum Daerah (RSUD) Meuraxa pada Senin (9/6/2025)."
    a = article("a", [("EVACUATE", "dievakuasi", ["Meuraxa"], "2025-06-09", "Senin (9/6/2025)", None, taken)])
    assert [e[2] for e in entries(a)] == [()]
    named = "Tim SAR mengevakuasi Rian Arafat ke RS Harapan pada Senin (9/6/2025)."
    b = article("b", [("EVACUATE", "mengevakuasi", ["Rian Arafat", "Harapan"], "2025-06-09", "Senin (9/6/2025)", None, named)])
    assert [e[2] for e in entries(b)] == [("Rian Arafat",)]


def test_the_player_who_came_on_is_no_party_of_the_injury():
    hurt = "Ia mengalami cedera pada Minggu (8/6/2025) dan mesti digantikan Goncalo Ramos."
    a = article(
        "a", [("INJURE", "mengalami cedera", ["Cristiano Ronaldo", "Goncalo Ramos"], "2025-06-08", "Minggu (8/6/2025)", None, hurt)]
    )
    assert [e[2] for e in entries(a)] == [("Cristiano Ronaldo",)]
    alone = "Dia cedera pada Minggu (8/6/2025) lalu digantikan oleh Marselino Ferdinan."
    b = article("b", [("INJURE", "cedera", ["Marselino Ferdinan"], "2025-06-08", "Minggu (8/6/2025)", None, alone)])
    assert [e[2] for e in entries(b)] == [("Marselino Ferdinan",)]


def test_a_fire_told_only_as_whom_it_left_behind_is_no_report_of_the_fire():
    fire = "Kebakaran melanda Kampung Rawa Indah, Kapuk Muara, pada Jumat (6/6/2025)."
    visit = "Wapres Gibran meninjau posko pengungsian penyintas kebakaran di Kampung Rawa Indah, Senin (9/6/2025)."
    a = article(
        "a",
        [
            ("ACCIDENT", "Kebakaran", [], "2025-06-06", "Jumat (6/6/2025)", "Kampung Rawa Indah", fire),
            ("ACCIDENT", "kebakaran", ["Gibran"], "2025-06-09", "Senin (9/6/2025)", "Kampung Rawa Indah", visit),
        ],
    )
    assert entries(a) == [("2025-06-06", "ACCIDENT", (), "Kampung Rawa Indah")]


def test_a_victim_hit_is_the_crash_itself():
    hit = "Tubuh korban tertabrak mobil boks di Jalan LA Sucipto pada Senin (9/6/2025)."
    a = article("a", [("ACCIDENT", "tertabrak", ["Mahmudah"], "2025-06-09", "Senin (9/6/2025)", "Jalan LA Sucipto", hit)])
    assert entries(a) == [("2025-06-09", "ACCIDENT", ("Mahmudah",), "Jalan LA Sucipto")]
