"""Names that are no party of the event their sentence tells: one left out by "di luar" or by its bracketed short form
after "kecuali", the country of a news medium cited ("menurut media berita Israel dan Rusia"), a medium reports are
taken from ("dikutip dari laman AP"), a title the recogniser read as a name set before its holder, and a trip's
origin after "ibu kota"; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event
from telisik.stories.timeline import told_as_trip_origin


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-19")


def test_the_short_form_of_a_company_left_out_is_left_out_too(nlp):
    text = "Kementerian ESDM mencabut izin empat perusahaan tambang di Raja Ampat, kecuali PT Sinar Laut (PT SL), pada Selasa (10/6)."
    for ev in of_type(nlp, text, "SANCTION"):
        assert not {"PT Sinar Laut", "PT SL"} & set(ev.who)


def test_a_company_outside_the_revoked_ones_takes_no_part(nlp):
    text = "Kementerian ESDM mencabut izin tiga perusahaan di luar PT Sinar Laut pada Senin (9/6)."
    (ev,) = of_type(nlp, text, "SANCTION")
    assert ev.who == ["Kementerian ESDM"] and ev.where is None
    (ev,) = of_type(nlp, "Polisi menahan semua tersangka di luar Budi Santoso pada Senin (9/6).", "ARREST")
    assert "Budi Santoso" not in ev.who and ev.where is None
    # a place or a building after "di luar" is still where it happened
    (ev,) = of_type(nlp, "Ratusan buruh menggelar unjuk rasa di luar Balai Kota Bandung, Selasa (17/6).", "PROTEST")
    assert ev.where and "Bandung" in ev.where
    (ev,) = of_type(nlp, "Ratusan buruh menggelar unjuk rasa di luar Gedung DPR, Selasa (17/6).", "PROTEST")
    assert ev.where == "Gedung DPR"


def test_the_country_of_a_news_medium_is_no_party(nlp):
    text = "Kementerian Luar Negeri Israel membantah klaim pengiriman sistem pertahanan ke Ukraina, menurut media berita Israel dan Rusia."
    (ev,) = of_type(nlp, text, "CONFIRM")
    assert ev.who == ["Kementerian Luar Negeri Israel"]
    text = "Kementerian Luar Negeri Israel membantah klaim itu, menurut warga Rusia."
    (ev,) = of_type(nlp, text, "CONFIRM")
    assert "Rusia" not in ev.who


def test_the_site_a_report_is_taken_from_is_no_party(nlp):
    text = (
        "Peringatan itu disampaikan melalui unggahan di media sosial, disertai citra satelit yang menunjukkan pola yang "
        "sebelumnya digunakan Israel sebelum melakukan serangan udara, dikutip dari laman AP, Kamis (19/6)."
    )
    for typ in ("ATTACK", "WARN"):
        for ev in of_type(nlp, text, typ):
            assert "AP" not in ev.who


def test_a_trip_from_a_capital_set_out_from_it():
    sentence = "Konvoi Sumoud berangkat dari ibu kota Tunisia menuju Mesir pada Senin (9/6)."
    assert told_as_trip_origin("Tunisia", sentence)
    assert not told_as_trip_origin("Mesir", sentence)


def test_a_title_set_before_its_holder_is_no_party_of_its_own(nlp):
    text = "Kasat Narkotika Polres Buleleng, AKP Putu Edy Sukaryawan saat dikonfirmasi membenarkan ihwal penangkapan SD."
    for typ in ("CONFIRM", "ARREST"):
        (ev,) = of_type(nlp, text, typ)
        assert "Kasat Narkotika Polres Buleleng" not in ev.who and "Putu Edy Sukaryawan" in ev.who
    # a body that acts beside the people it holds stays
    (ev,) = of_type(nlp, "Polres Bogor menangkap dua tersangka, Budi Santoso dan Andi Wijaya, pada Selasa (10/6).", "ARREST")
    assert ev.who[0] == "Polres Bogor"


def test_a_trip_from_a_capital_of_a_country_told_as_whose_set_out_from_it():
    sentence = (
        "Konvoi Sumoud yang dipimpin masyarakat sipil Tunisia serta peserta dari Aljazair berangkat dari ibu kota "
        "Tunisia pada Senin (9/6)."
    )
    assert told_as_trip_origin("Tunisia", sentence)
    # a country told as a place of its own as well is not only where the trip set out from
    assert not told_as_trip_origin("Tunisia", "Konvoi berangkat dari ibu kota Tunisia dan tiba lagi di Tunisia sepekan kemudian.")
