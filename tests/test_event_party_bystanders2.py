"""Who is no party, and what is no place, of an event though its sentence names them (issue 16, helper round 39, second
pass): a person "di tangan" someone is no place; a reporter after a paper's name is a party; the namesake of a case is no
party of another defendant's hearing; a medium words were said to ("kata X kepada Y") is no party; a fragment of a
police post's name is not where, whatever its type; either town of a road's name is not where; an armed group named
by its kind is an attack's doer; a killer named after a passive verb comes first in a death's entry. On sentences and
articles written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from story_articles import timeline_entries
from telisik.records.events import Event
from telisik.stories.parties import fate_of
from test_timeline_fates import article


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-12")


def test_a_person_in_whose_hands_one_died_is_no_place(nlp):
    text = "Wartawan Rina Kartika tewas di tangan gembong narkoba Pedro Lima pada 1993 di Cali."
    deaths = of_type(nlp, text, "DIE")
    assert deaths and all(e.where != "Pedro Lima" for e in deaths), [e.where for e in deaths]


def test_a_reporter_named_after_a_papers_name_is_a_party(nlp):
    text = "Wartawan koran Pelita Andi Wijaya ditembak orang tak dikenal di Medan, Senin (9/6/2025)."
    attacks = of_type(nlp, text, "ATTACK")
    assert any("Andi Wijaya" in e.who for e in attacks), [e.who for e in attacks]


def test_the_namesake_of_a_case_is_no_party_of_another_defendants_hearing(nlp):
    text = (
        "Dosen Rudi Hartono menjadi saksi meringankan dalam sidang kasus suap anggota DPRD Budi Santoso dan perkara "
        "perintangan penyidikan dengan terdakwa Anton Wijaya di Pengadilan Tipikor Jakarta, Kamis (12/6/2025)."
    )
    trials = of_type(nlp, text, "TRIAL")
    assert trials and all("Budi Santoso" not in e.who for e in trials), [e.who for e in trials]
    assert any("Anton Wijaya" in e.who for e in trials)


def test_the_namesake_who_is_the_defendant_stays_a_party(nlp):
    text = (
        "Rudi Hartono bersaksi dalam sidang perkara korupsi Budi Santoso di Pengadilan Tipikor Jakarta, Kamis "
        "(12/6/2025). Jaksa menghadirkan lima saksi untuk terdakwa Budi Santoso."
    )
    assert any("Budi Santoso" in e.who for e in of_type(nlp, text, "TRIAL"))


def test_a_medium_the_words_were_said_to_is_no_accuser(nlp):
    text = "Kami sudah kalah, kata Yosef kepada Haboker, Minggu (8/6/2025), sambil menuding militer gagal."
    accusations = of_type(nlp, text, "ACCUSE")
    assert accusations and all("Haboker" not in e.who for e in accusations), [e.who for e in accusations]


def test_either_town_of_a_roads_name_is_not_where(nlp):
    text = "Kecelakaan beruntun terjadi di jalan tol Cirebon-Kanci, Senin (9/6/2025), melibatkan tiga mobil."
    accidents = of_type(nlp, text, "ACCIDENT")
    assert accidents and all(e.where not in ("Cirebon", "Kanci") for e in accidents), [e.where for e in accidents]


def test_an_armed_group_named_by_its_kind_is_the_attacks_doer(nlp):
    text = "KKB pimpinan Lekagak Telenggen kembali menyerang warga sipil di Kampung Wako, Rabu (18/6/2025)."
    (attack,) = of_type(nlp, text, "ATTACK")
    assert attack.who[:1] == ["KKB"], attack.who


def test_a_killer_named_after_a_passive_verb_comes_first_in_the_death():
    caught = "Terduga pelaku dalam peristiwa pembunuhan di Desa Sukamaju pada Senin (9/6/2025) langsung diringkus polisi."
    found = "Warga Desa Sukamaju digegerkan ditemukannya seorang pria berinisial AR yang diduga korban pembunuhan."
    told = '"Berkelahi, mati dibunuh Jaka infonya," bunyi pesan suara di grup warga.'
    a = article(
        "a",
        [
            ("DIE", "pembunuhan", ["pelaku"], "2025-06-09", "Senin (9/6/2025)", "Desa Sukamaju", caught),
            ("DIE", "pembunuhan", ["AR"], None, None, "Desa Sukamaju", found),
            ("DIE", "dibunuh", ["Jaka"], None, None, None, told),
        ],
    )
    deaths = [who for _, kind, who, _ in timeline_entries(a) if kind == "DIE" and "Jaka" in who]
    assert deaths and all(who[0] == "Jaka" for who in deaths), deaths


def test_a_person_a_police_post_arrests_is_no_fragment_of_its_name(nlp):
    # a lower-case police post's word before a name makes the name a fragment only where the article writes the
    # post's whole name ("Polsek Lubuk Baja"): here it names who was held
    text = "Tim polsek menangkap Budi Santoso di rumahnya di Batam, Senin (9/6/2025)."
    assert any("Budi Santoso" in e.who for e in of_type(nlp, text, "ARREST"))


def test_an_armed_group_named_in_full_is_the_doer_in_a_timeline():
    assert fate_of(["kelompok kriminal bersenjata"]) == "doer" and fate_of(["KKB"]) == "doer"
    assert fate_of(["kelompok tani"]) != "doer"
