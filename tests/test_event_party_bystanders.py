"""Who is no party of an event though its sentence names them (issue 16, helper round 39): one still at large is not
arrested, nor in the courtroom of a trial named after the case ("perkara suap Budi Santoso" of a fugitive); who
receives a complaint is no accuser; a country in a senator's title, an aircraft
model is no party; a town in a road's name or a fragment of a police post's name is not
where. On sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.nlp.events.parties import a_model
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-12")


def test_an_accomplice_who_fled_is_not_arrested(nlp):
    text = "Saat diamankan oleh petugas, pelaku mengakui perbuatannya bersama temannya berinisial RK yang melarikan diri."
    assert all("RK" not in e.who for e in of_type(nlp, text, "ARREST"))


def test_one_who_fled_and_was_caught_is_still_arrested(nlp):
    text = "Polisi menangkap Andi Saputra yang melarikan diri dari Lapas Cipinang pada Senin (9/6/2025)."
    (arrest,) = of_type(nlp, text, "ARREST")
    assert "Andi Saputra" in arrest.who


def test_the_fugitive_a_case_is_named_after_is_no_party_of_the_trial(nlp):
    text = (
        "Dosen Universitas Gadjah Mada Rudi Hartono menjadi saksi dalam sidang kasus suap anggota DPRD Budi Santoso di "
        "Pengadilan Tipikor Jakarta, Kamis (12/6/2025). Budi Santoso masih menjadi buron sejak 2021."
    )
    trials = of_type(nlp, text, "TRIAL")
    assert trials and all("Budi Santoso" not in e.who for e in trials), [e.who for e in trials]


def test_who_receives_a_complaint_is_no_accuser(nlp):
    text = (
        '"Memang benar kemarin kami tanggal 11 menerima pengaduan dari Forum Advokat Muda tentang dugaan adanya '
        'pelanggaran kode etik dan pedoman perilaku hakim," ujar Sutrisno dalam konferensi pers di Jakarta.'
    )
    # the complaint's receiver speaks; without him no accuser is named here, and no accusation stands on him
    assert all("Sutrisno" not in e.who for e in of_type(nlp, text, "ACCUSE"))


def test_the_country_of_a_senators_title_is_no_party_of_the_shooting(nlp):
    text = "Senator Peru yang konservatif Carlos Mendoza ditembak saat berkampanye di ibu kota, Lima, Sabtu (7/6/2025)."
    attacks = of_type(nlp, text, "ATTACK")
    assert attacks and all("Peru" not in e.who for e in attacks), [e.who for e in attacks]


def test_an_aircraft_models_code_and_name_is_a_model():
    assert a_model("KC-135 Stratotanker") and a_model("KC-46A Pegasus")
    assert not a_model("Komisi III") and not a_model("KPK")


def test_a_town_in_a_roads_name_is_not_where_a_strike_is(nlp):
    text = "Aksi mogok juga dilakukan sopir truk di jalan raya Wonosobo-Purworejo, Prembun, Kebumen, Jawa Tengah, Kamis (19/6/2025)."
    protests = of_type(nlp, text, "PROTEST")
    assert protests and all(e.where not in ("Wonosobo", "Purworejo") for e in protests), [e.where for e in protests]


def test_a_fragment_of_a_police_posts_name_is_not_where(nlp):
    text = "Dua tersangka yang saat ini sudah mendekam di polsek lubuk Raya yakni Tran Thi Mai dan Ngo Thi Lan."
    assert all(e.where != "Raya" for e in of_type(nlp, text, "ARREST"))
