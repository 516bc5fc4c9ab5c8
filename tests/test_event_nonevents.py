"""Events the timeline reader found that tell no happening of the story (issue 16): an evacuation that moves a thing
(towing a wreck, disposing of an explosive: GOLD's EVACUATE moves people out of danger), a country named as a doer
after "oleh" taken for the place, the operator named in a relative clause describing a ship taken for its traveller.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_sentences import sentence_events


def of_type(nlp, text: str, typ: str):
    return [e for e in sentence_events(nlp, text) if e.type == typ]


@pytest.mark.parametrize(
    "text",
    [
        "Polisi mendatangkan truk derek untuk mengevakuasi truk tangki yang terguling di Jalan Raya Ciranjang, Senin (9/6/2025).",
        "Petugas pemadam kebakaran datang ke lokasi guna mengevakuasi kendaraan pengangkut uang tersebut.",
        "Tim Gegana Polda Jambi kemudian melakukan evakuasi dan pemusnahan mortir peninggalan perang itu.",
        "Benda diduga granat yang ditemukan warga di tepi Sungai Batanghari akhirnya dievakuasi ke tempat aman.",
        "Petugas BPBD juga sudah melakukan evakuasi dan memotong pohon tumbang di Jalan Merdeka.",
        "Saat ini petugas jalan tol sedang melakukan proses evakuasi, imbas dari kejadian tersebut arus lalu lintas padat.",
    ],
)
def test_moving_a_thing_is_no_evacuation(nlp, text):
    assert of_type(nlp, text, "EVACUATE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Polisi telah melakukan evakuasi seluruh korban dan kendaraan yang terlibat kecelakaan di Tol Cipali.",
        "Tim SAR gabungan mengevakuasi para penumpang dengan perahu karet ke Dermaga Pelabuhan Ratu.",
        "Sebanyak 40 warga dievakuasi dengan mobil ambulans ke RSUD Cianjur.",
        "Petugas melakukan evakuasi korban ke rumah sakit sehingga arus lalu lintas sempat tersendat.",
        # a way or a place right after it, no object: people moved all the same, the traffic jam beside it
        "Petugas melakukan evakuasi ke rumah sakit terdekat, sementara arus lalu lintas tersendat.",
        "Tim SAR melakukan evakuasi dengan perahu karet karena banjir membuat arus lalu lintas lumpuh.",
    ],
)
def test_moving_people_stays_an_evacuation(nlp, text):
    assert of_type(nlp, text, "EVACUATE")


def test_the_doer_after_oleh_is_no_place(nlp):
    text = "Juru bicara itu menyebut pembunuhan warga sipil oleh Israel sebagai kejahatan yang tak termaafkan."
    assert all(e.where != "Israel" for e in of_type(nlp, text, "DIE"))


def test_the_operator_of_a_ship_is_no_traveller(nlp):
    text = "Sea Star, kapal pesiar yang dioperasikan oleh Ocean Voyages Ltd, tiba di Siprus pada Selasa (17/6/2025)."
    visits = of_type(nlp, text, "VISIT")
    assert all("Ocean Voyages Ltd" not in e.who for e in visits)


def test_a_driver_of_a_truck_taken_to_hospital_stays(nlp):
    text = "Pengemudi mobil truk yang berinisial AS itu hanya luka ringan dan dibawa ke RSUD Tangerang."
    assert of_type(nlp, text, "EVACUATE")


def test_the_doer_of_an_act_told_in_a_relative_stays(nlp):
    text = "Pengawasan yang dilakukan oleh Otoritas Jasa Keuangan, termasuk pencabutan izin usaha PT Maju Terus, berjalan tegas."
    sanctions = of_type(nlp, text, "SANCTION")
    assert sanctions and "Otoritas Jasa Keuangan" in sanctions[0].who
