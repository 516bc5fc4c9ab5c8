"""The head of a clause is the party, not a name inside what describes it: the relative a noun of kin names in an
apposition to a person ("Joko Santoso (45), ayah Rudi Hartono, ditangkap"), whichever the event's type and on either
side of the trigger; and a country is no traveller or protester where it only tells whose fans or whose flag, or the
area a group spans ("ojol se-Indonesia"); on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-12")


def test_a_relative_apposed_after_an_age_is_no_party(nlp):
    ev = of_type(nlp, "Joko Santoso (45), ayah Rudi Hartono, ditangkap Polresta Banyuwangi pada Selasa (10/6/2025).", "ARREST")
    assert ev and "Joko Santoso" in ev[0].who
    assert not any("Rudi Hartono" in n for n in ev[0].who)


def test_a_relative_apposed_after_the_trigger_is_no_party(nlp):
    ev = of_type(nlp, "Polresta Banyuwangi menangkap Joko Santoso, ayah dari Rudi Hartono, pada Selasa (10/6/2025).", "ARREST")
    assert ev and ev[0].who[:2] == ["Polresta Banyuwangi", "Joko Santoso"]
    assert not any("Rudi Hartono" in n for n in ev[0].who)


def test_a_relative_apposed_in_a_crash_is_no_party(nlp):
    text = "Siti Rahayu, istri Bambang Wijaya, tewas dalam kecelakaan di Jalan Raya Situbondo pada Selasa (10/6/2025)."
    ev = of_type(nlp, text, "ACCIDENT")
    assert ev and "Siti Rahayu" in ev[0].who
    assert not any("Bambang Wijaya" in n for n in ev[0].who)


def test_names_listed_or_kin_unapposed_stay_parties(nlp):
    # guards: a list of names is no apposition, and a relative named alone still stands for the one arrested
    ev = of_type(nlp, "Polisi menangkap Joko Santoso, Budi Raharjo, dan Andi Saputra di Banyuwangi pada Selasa (10/6/2025).", "ARREST")
    assert ev and {"Joko Santoso", "Budi Raharjo", "Andi Saputra"} <= set(ev[0].who)
    ev = of_type(nlp, "Ayah penyanyi cilik Rudi Hartono ditangkap polisi pada Selasa (10/6/2025).", "ARREST")
    assert ev and "ayah Rudi Hartono" in ev[0].who


def test_a_flag_state_does_not_sail(nlp):
    ev = of_type(nlp, "Kapal berbendera Panama itu berangkat dari Pelabuhan Tanjung Priok pada Senin (9/6/2025).", "VISIT")
    assert not any("Panama" in e.who for e in ev)


def test_fans_of_a_country_travel_not_the_country(nlp):
    ev = of_type(nlp, "Ratusan fans Portugal menyambangi sebuah restoran di Paris pada Senin (9/6/2025).", "VISIT")
    assert not any("Portugal" in e.who for e in ev)


def test_the_area_a_group_spans_does_not_protest(nlp):
    ev = of_type(nlp, "Ribuan buruh se-Indonesia menggelar demo di Jakarta pada Selasa (10/6/2025).", "PROTEST")
    assert ev and "Indonesia" not in ev[0].who and "buruh" in ev[0].who


def test_a_name_in_a_relative_clause_on_people_is_no_party(nlp):
    text = "Kementerian Perhubungan memberikan sanksi kepada pilot yang menerbangkan pesawat Lintas Nusa Air tersebut."
    ev = of_type(nlp, text, "SANCTION")
    assert ev and "Lintas Nusa Air" not in ev[0].who
    ev = of_type(nlp, "Polisi menangkap pria yang mencuri motor milik Budi Raharjo di Depok pada Selasa (10/6/2025).", "ARREST")
    assert ev and "Budi Raharjo" not in ev[0].who


def test_a_relative_clause_on_the_trigger_or_an_agent_keeps_its_names(nlp):
    # guards: the sanction's own clause names who is sanctioned; a clause on the police before an active trigger
    ev = of_type(nlp, "Uni Eropa menjatuhkan sanksi yang menyasar Rusia pada Selasa (10/6/2025).", "SANCTION")
    assert ev and "Rusia" in ev[0].who
    ev = of_type(nlp, "Polisi yang mengejar Budi Raharjo akhirnya menangkapnya di Depok pada Selasa (10/6/2025).", "ARREST")
    assert ev and "Budi Raharjo" in ev[0].who
    # the trigger inside the clause: the name right before it is its subject, she died
    ev = of_type(nlp, "Warga meminta polisi menindak para penjambret yang mengakibatkan Rina Wulandari akhirnya tewas.", "DIE")
    assert ev and ev[0].who == ["Rina Wulandari"]


def test_a_parent_firm_apposed_to_a_firm_is_no_party(nlp):
    text = "PT Sinar Tambang menandatangani kontrak kerja sama dengan PT Bumi Karya, anak usaha PT Mega Nusa Tbk, pada Rabu (28/5/2025)."
    ev = of_type(nlp, text, "AGREE")
    assert ev and "PT Bumi Karya" in ev[0].who and "PT Mega Nusa Tbk" not in ev[0].who


def test_kin_after_a_fronted_clause_is_the_party(nlp):
    # "Selain X, istri Y ...": the comma closes a fronted clause, not an apposition; the wife is the one arrested
    ev = of_type(nlp, "Selain Budi Santoso, istri Joko Santoso juga ditangkap polisi pada Selasa (10/6/2025).", "ARREST")
    assert ev and "istri Joko Santoso" in ev[0].who
    ev = of_type(nlp, "Menurut Kapolres AKBP Budi Santoso, ayah Rudi Hartono ditangkap di rumahnya pada Selasa (10/6/2025).", "ARREST")
    assert ev and "ayah Rudi Hartono" in ev[0].who
