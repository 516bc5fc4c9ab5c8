"""A story's first word is capitalised only because it opens the text: after a dateline ("JAKARTA - Kebakaran ...")
and in the capitals some outlets style it in ("JADWAL Piala ..."), an ordinary word there is no name. Religious
titles and honorifics around a person's name are no part of it ("Ustaz Abdul Somad", "Nabi Muhammad SAW")."""

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_an_ordinary_word_after_a_dateline_is_no_name(nlp):
    ents = entities(
        nlp,
        "Liputan6.com, Jakarta - Kanker tulang dapat memicu nyeri hebat dan patah tulang pada pasien lanjut usia. "
        "Dokter di Jakarta menyarankan pemeriksaan sejak dini.",
    )
    assert "Kanker" not in ents
    assert ents["Jakarta"][0] == "LOC"
    ents = entities(
        nlp,
        "SURABAYA - Kebakaran melanda deretan toko di Jalan Kembang Jepun, Surabaya, pada Sabtu malam. Petugas "
        "memadamkan api dalam dua jam.",
    )
    assert "Kebakaran" not in ents


def test_a_common_noun_after_a_dateline_is_no_part_of_the_name_after_it(nlp):
    ents = entities(
        nlp,
        "LONDON - Fisikawan Stephen Hawking pernah memperingatkan bahaya kecerdasan buatan bagi manusia. Hawking "
        "menulis peringatan itu dalam bukunya.",
    )
    assert "Fisikawan Stephen Hawking" not in ents
    assert ents["Stephen Hawking"][0] == "PER"


def test_a_story_opening_word_in_capitals_is_no_name(nlp):
    ents = entities(
        nlp,
        "DELAPAN tersangka ditangkap polisi di sebuah rumah kontrakan di Bekasi. Mereka kini ditahan di Polres Bekasi.",
    )
    assert "DELAPAN" not in ents
    ents = entities(nlp, "JADWAL laga Persib melawan Persija sudah diumumkan panitia di Bandung pekan ini.")
    assert "JADWAL" not in ents
    assert ents["Persib"][0] == "ORG"


def test_an_acronym_or_a_name_opening_the_story_in_capitals_stays(nlp):
    ents = entities(nlp, "KPK menetapkan dua tersangka baru dalam kasus suap proyek jalan di Bekasi.")
    assert ents["KPK"][0] == "ORG"
    ents = entities(nlp, "SWEDIA menjadi salah satu tim yang lolos ke babak berikutnya di Piala Eropa.")
    assert any(name.lower() == "swedia" for name in ents)


def test_a_teacher_of_islams_title_is_no_part_of_the_name(nlp):
    ents = entities(
        nlp,
        "Dalam kajian di masjid itu, Ustaz Fikri Haikal menjelaskan tata cara kurban. Menurut Kiai Ahmad Subkhi, hewan kurban harus sehat.",
    )
    assert ents["Fikri Haikal"][0] == "PER"
    assert ents["Ahmad Subkhi"][0] == "PER"
    assert not any(name.startswith(("Ustaz", "Kiai")) for name in ents)


def test_an_honorific_after_a_name_is_no_part_of_it(nlp):
    ents = entities(
        nlp,
        "Dalam sebuah hadits, Umar Radhiyallahu Anhu meriwayatkan bahwa Nabi Muhammad SAW selalu berdoa sebelum "
        "makan. Allah SWT menyukai hamba yang bersyukur.",
    )
    assert "Umar" in ents
    assert "Nabi Muhammad" in ents
    assert not any("SAW" in name or "SWT" in name or "Radhiyallahu" in name for name in ents)
    assert not any(name.startswith("Allah") for name in ents)


def test_the_department_an_english_post_names_is_no_person(nlp):
    ents = entities(
        nlp,
        "Penjualan naik tahun ini, kata Vice President Corporate Relations Sinar Niaga Dewi Kartikasari. Menurut "
        "Head of Marketing Sinar Niaga, Bagus Pratomo, pemesanan dibuka bulan depan.",
    )
    assert "Corporate Relations" not in ents
    assert "Marketing" not in ents
    assert not any(name.startswith(("Marketing", "Corporate")) for name in ents)
    assert ents["Dewi Kartikasari"][0] == "PER"
    assert ents["Bagus Pratomo"][0] == "PER"
