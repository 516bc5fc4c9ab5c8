"""Who the parties of an event are (issue 16, round 36): a page that names a victim in full and then by the initials the
police give out ("Rina Sari Dewi" ... "korban RSD") names one person, so a bare "korban" stands for her; a name told only
inside a relative clause of a time to come after the trigger ("yang kelak akan dipindahkan Pemkot Bogor") takes no part
in the act the trigger tells; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event

_MURDER = (
    "TRIBUNNEWS.COM, SEMARANG - Kasus pembunuhan Rina Sari Dewi (29) kini ditangani polisi. Korban diduga dibunuh di "
    "sebuah kamar hotel di Semarang, Senin (9/6/2025). Polisi memeriksa dua pria yang mengantarkan korban Rina Sari Dewi "
    "(29) ke rumah sakit. "
)


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-09")


def parties(events: list[Event]) -> list[list[str]]:
    return [e.who for e in events]


def test_a_victim_named_in_full_and_by_her_initials_is_the_one_victim(nlp):
    ev = of_type(nlp, _MURDER + "Keduanya membawa korban RSD dari hotel tersebut.", "DIE")
    assert ev and all(e.who == ["Rina Sari Dewi"] for e in ev), parties(ev)


def test_initials_of_another_name_are_another_victim(nlp):
    # "RD (31)" spells no word of "Rina Sari Dewi" each: two victims, whom one "Korban" cannot stand for
    ev = of_type(nlp, _MURDER + "Keduanya juga membawa korban RD (31) dari hotel tersebut.", "DIE")
    killed = [e for e in ev if e.who and e.who != ["Rina Sari Dewi"]]
    assert killed and all(e.who == ["Korban"] for e in killed), parties(ev)


def test_who_is_named_only_in_a_clause_of_a_time_to_come_takes_no_part(nlp):
    text = (
        "Wali Kota Bogor Dedie Rachim menemui pedagang di Pasar Bogor yang kelak akan dipindahkan Pemkot Bogor ke gedung "
        "baru, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "MEET")
    assert ev and all(e.who == ["Dedie Rachim"] for e in ev), parties(ev)


def test_who_is_named_after_the_clause_of_a_time_to_come_has_closed_takes_part(nlp):
    text = (
        "Wali Kota Bogor Dedie Rachim menemui pedagang di Pasar Bogor yang kelak akan dipindahkan, bersama Kepala Dinas "
        "Perdagangan Kota Bogor Budi Santoso, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "MEET")
    assert ev and all("Budi Santoso" in e.who for e in ev), parties(ev)


def test_a_death_told_by_the_victim_s_initials_is_told_of_her_name(nlp):
    text = _MURDER + "Keduanya kabur meninggalkan korban RSD yang sudah tak bernyawa."
    ev = of_type(nlp, text, "DIE")
    assert ev and all(e.who == ["Rina Sari Dewi"] for e in ev), parties(ev)


def test_initials_two_named_people_share_stay_initials(nlp):
    # "RS" spells both "Rudi Santoso" and "Rina Sari", both introduced as suspects: the page does not tell which one it is
    text = (
        "Polisi menangkap tersangka Rudi Santoso (35) di Bekasi, Senin (9/6/2025). Tersangka Rina Sari (30), istrinya, "
        "ikut ditangkap. Tersangka RS ditangkap di rumahnya."
    )
    ev = of_type(nlp, text, "ARREST")
    assert any("RS" in e.who for e in ev), parties(ev)


def test_an_officer_whose_name_the_suspect_s_initials_spell_is_not_the_suspect(nlp):
    # "ES" spells "Edi Suhendra", but he is the police chief, whom no noun of a suspect introduces
    text = (
        "Seorang pria berinisial ES diringkus polisi di rumahnya di Lampung Tengah, Sabtu (7/6/2025). Kapolsek Padang "
        "Ratu AKP Edi Suhendra mengatakan penangkapan ES bermula dari laporan warga."
    )
    ev = of_type(nlp, text, "ARREST")
    assert ev and all("Edi Suhendra" not in e.who for e in ev) and any("ES" in e.who for e in ev), parties(ev)


def test_a_man_named_by_initials_is_not_the_man_he_beat_whose_name_they_spell(nlp):
    # "pria" introduces both the attacker "DS" and his victim "Dodi Saputra": a noun of anyone, no role the two share
    text = (
        "Seorang pria berinisial DS (31) diamankan polisi di Palembang, Senin (9/6/2025). Ia memukuli seorang pria "
        "bernama Dodi Saputra (52) hingga tewas. Pria DS kini ditahan di Polsek Ilir Barat."
    )
    ev = of_type(nlp, text, "ARREST")
    assert ev and all("Dodi Saputra" not in e.who for e in ev) and any("DS" in e.who for e in ev), parties(ev)


def test_initials_of_a_second_victim_are_not_the_first_victim_s_name(nlp):
    # "Korban kedua, WP" is another victim than "Korban pertama ... Wahyu Prasetyo", though the same noun introduces both
    text = (
        "Kebakaran rumah di Cimahi menewaskan dua orang, Senin (9/6/2025). Korban pertama bernama Wahyu Prasetyo (41). "
        "Korban kedua, WP (10), merupakan anak Wahyu. Korban WP meninggal di rumah sakit."
    )
    ev = of_type(nlp, text, "DIE")
    assert any("WP" in e.who for e in ev), parties(ev)


def test_initials_of_another_suspect_are_not_the_first_suspect_s_name(nlp):
    text = (
        "Polisi menangkap dua pengedar sabu di Binjai, Senin (9/6/2025). Tersangka Bayu Santoso (44) ditangkap di "
        "rumahnya. Tersangka lain BS (19) ditangkap di terminal. Tersangka BS merupakan keponakan Bayu."
    )
    ev = of_type(nlp, text, "ARREST")
    assert any("BS" in e.who for e in ev), parties(ev)


def test_who_is_met_after_a_clause_of_a_time_to_come_closed_by_dengan_takes_part(nlp):
    text = (
        "Wali Kota Depok Supian Suri bertemu pedagang yang akan direlokasi dengan Ketua DPRD Kota Depok Ade Supriyatna "
        "di Balai Kota, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "MEET")
    assert ev and all("Ade Supriyatna" in e.who for e in ev), parties(ev)


def test_who_is_met_after_a_clause_of_a_time_to_come_and_dan_takes_part(nlp):
    text = (
        "Menteri Luar Negeri Sugiono bertemu delegasi Korea yang akan berkunjung ke Lombok pada bulan depan dan Duta Besar "
        "Korea Park Soo Duk di Jakarta, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "MEET")
    assert ev and all("Park Soo Duk" in e.who for e in ev), parties(ev)


def test_who_is_met_in_the_week_to_come_takes_part(nlp):
    # "pekan yang akan datang" is "next week", no relative clause
    text = (
        "Menteri ESDM Bahlil Lahadalia akan bertemu pada pekan yang akan datang dengan Dirut PLN Darmawan Prasodjo, kata "
        "juru bicaranya, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "MEET")
    assert ev and all("Darmawan Prasodjo" in e.who for e in ev), parties(ev)
    text = text.replace("yang akan datang dengan", "yang akan datang")  # no passive verb of a clause: "datang" is none
    ev = of_type(nlp, text, "MEET")
    assert ev and all("Darmawan Prasodjo" in e.who for e in ev), parties(ev)


def test_who_goes_with_the_arrested_after_a_clause_of_intent_takes_part(nlp):
    text = (
        "Polisi menangkap pria yang hendak menyelundupkan sabu ke Malaysia bersama rekannya Hendra Gunawan di Pelabuhan "
        "Dumai, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "ARREST")
    assert ev and all("Hendra Gunawan" in e.who for e in ev), parties(ev)


def test_who_visits_the_place_a_clause_of_a_time_to_come_tells_of_is_no_party_of_the_review(nlp):
    # the clause's passive verb, a title and the name: the one who will visit later
    text = (
        "Menteri Perdagangan Budi Santoso meninjau Pasar Cibubur yang nantinya akan diresmikan Presiden Prabowo Subianto, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "VISIT")
    assert ev and all("Prabowo Subianto" not in e.who for e in ev), parties(ev)


def test_a_full_name_and_its_initials_are_one_person_in_either_order():
    from telisik.nlp.events.parties import _all_of

    assert _all_of([["Rina Sari Dewi"], ["RSD"]]) == ["Rina Sari Dewi"]
    assert _all_of([["RSD"], ["Rina Sari Dewi"]]) == ["Rina Sari Dewi"]
    assert _all_of([["Maruddin"], ["Maruddin Siregar"]]) == ["Maruddin Siregar"]


def test_two_victims_one_list_introduces_stay_two_whatever_their_initials(nlp):
    text = (
        "Dua korban, Sutrisno Hadi (58) dan cucunya SH (9), tewas dalam kebakaran rumah di Klaten, Senin (9/6/2025). "
        "Korban SH sempat dilarikan ke RSUD Klaten namun meninggal dunia."
    )
    ev = of_type(nlp, text, "EVACUATE")
    assert ev and all("SH" in e.who for e in ev), parties(ev)


def test_initials_glossed_with_atau_or_alias_are_the_name_they_follow(nlp):
    text = (
        "Polisi menangkap tersangka Suryadi Gunawan atau SG (35) di rumahnya di Kecamatan Medan Johor, Selasa (17/6/2025). "
        "Tersangka SG ditangkap tanpa perlawanan."
    )
    ev = of_type(nlp, text, "ARREST")
    assert ev and all("SG" not in e.who for e in ev), parties(ev)
