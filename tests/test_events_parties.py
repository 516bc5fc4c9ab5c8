"""Who a party of an event is, round 2: a body of people the recogniser typed as a place still acts, buildings are
sites, onlookers and rescuers take no part in the happening they watch, a list left out is left out whole, and a
remark on what many say is no happening; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-19")


def test_a_body_typed_as_a_place_still_protests(nlp):
    ev = of_type(nlp, "Perkumpulan Pedagang Pasar Senen menggelar unjuk rasa di depan Balai Kota, Selasa (17/6).", "PROTEST")
    assert ev and ev[0].who and ev[0].who[0].startswith("Perkumpulan Pedagang")
    # a place that is no body stays where the protest is, not who protests
    ev = of_type(nlp, "Ratusan buruh menggelar unjuk rasa di Kota Bekasi, Selasa (17/6).", "PROTEST")
    assert all("Bekasi" not in name for e in ev for name in e.who)


def test_a_building_is_a_site_not_a_party(nlp):
    # "Puskesmas" opens the name of a body to the recogniser; the fire befalls the building
    ev = of_type(nlp, "Kebakaran melanda Puskesmas Cilandak pada Rabu (18/6) dan dua pasien terluka.", "ACCIDENT")
    assert ev and "Puskesmas Cilandak" not in ev[0].who
    # a government known by its building acts
    ev = of_type(nlp, "Gedung Putih pada Senin (16/6) memperingatkan Iran agar tidak menyerang pangkalan Amerika.", "WARN")
    assert ev and ev[0].who[0] == "Gedung Putih"


def test_onlookers_take_no_part_in_the_fire_they_watch(nlp):
    ev = of_type(nlp, "Warga menyaksikan kebakaran gudang di Cakung, Jakarta Timur, Rabu (18/6).", "ACCIDENT")
    assert ev and "Warga" not in ev[0].who
    # people right before the happening are its participants
    # (a person who drowns dies: GOLD's DIE, no mishap; round 35)
    ev = of_type(nlp, "Dua nelayan tenggelam di perairan Selat Sunda, Rabu (18/6).", "DIE")
    assert ev and ev[0].who == ["nelayan"]


def test_rescuers_are_no_victims(nlp):
    ev = of_type(nlp, "Tim SAR mencari dua nelayan yang tenggelam di perairan Selat Sunda, Rabu (18/6).", "DIE")
    assert ev and "Tim SAR" not in ev[0].who


def test_names_given_as_examples_of_the_subject_are_its_parties(nlp):
    text = "Sejumlah negara seperti India, Rusia dan Inggris mengeluarkan imbauan perjalanan bagi warganya, Rabu (18/6)."
    ev = of_type(nlp, text, "WARN")
    assert ev and {"India", "Rusia", "Inggris"} <= set(ev[0].who)


def test_a_list_left_out_is_left_out_whole(nlp):
    ev = of_type(
        nlp, "Polres Bogor menahan tiga direktur, kecuali Budi Santoso, Andi Wijaya dan Rudi Hartono, pada Senin (16/6).", "ARREST"
    )
    assert ev and ev[0].who == ["Polres Bogor"]


def test_a_remark_on_what_many_say_is_no_warning(nlp):
    text = "Ketua DPR Puan Maharani menilai tekanan internasional, termasuk seruan dari negara-negara seperti Indonesia, dapat menghentikan perang."
    assert of_type(nlp, text, "WARN") == []
    assert of_type(nlp, "Presiden Prabowo menilai kecaman dari berbagai negara atas serangan Israel belum cukup.", "ACCUSE") == []
    # a party named after the kind makes it that party's act
    ev = of_type(nlp, "Langkah itu menuai kecaman dari lawan-lawan politiknya, terutama dari Partai Demokrat.", "ACCUSE")
    assert ev and "Partai Demokrat" in ev[0].who
    # one named party calling is a happening
    assert of_type(nlp, "Kementerian Luar Negeri menyampaikan seruan agar perang dihentikan.", "WARN")



def test_a_platform_where_something_was_posted_is_no_party(nlp):
    # a social platform named as the medium ("grup Whatsapp", "di Media Sosial (Medsos) Facebook", "via Telegram") is
    # where something was posted or said, no party of the arrest, the warning or the crash told there
    text = "Polres Cilacap menangkap dua pemuda lain yang mengedarkan foto itu di grup Whatsapp (WA) Kabar Warga Kroya."
    ev = of_type(nlp, text, "ARREST")
    assert ev and "Polres Cilacap" in ev[0].who
    assert not {"Whatsapp", "WA", "Kabar Warga Kroya"} & set(ev[0].who)
    text = "Polda Jateng menahan RS (31), pengelola forum taruhan yang berada di Media Sosial (Medsos) Facebook."
    ev = of_type(nlp, text, "ARREST")
    assert ev and "Facebook" not in ev[0].who
    text = "Lewat laman Instagram resmi, Dinas Kesehatan Sleman mengimbau warga menjauhi jajanan berpewarna, Rabu (18/6)."
    ev = of_type(nlp, text, "WARN")
    assert ev and ev[0].who == ["Dinas Kesehatan Sleman"]
    text = "Tentara Israel mengirim pesan peringatan evakuasi via Telegram kepada warga Teheran pada Selasa (17/6)."
    assert not any("Telegram" in e.who for e in of_type(nlp, text, "WARN"))
    text = "Kabar kecelakaan yang menimpa helikopter Basarnas beredar di aplikasi percakapan Whatsapp, Minggu (15/6)."
    assert not any("Whatsapp" in e.who for e in of_type(nlp, text, "ACCIDENT"))
    # a platform acted on as the firm it is stays a party
    ev = of_type(nlp, "Komdigi menjatuhkan sanksi kepada TikTok pada Senin (16/6).", "SANCTION")
    assert ev and "TikTok" in ev[0].who
