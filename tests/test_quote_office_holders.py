"""Speakers given by an office whose holder the article names, found wrong on the fresh days of 10 and 19-20 June
2025: a unit head's short form read with its body's acronyms as a person ("Kapusdatin BPBD DKI, M Yohan"), an office
used alone after the article named its holder with the body and a rank between ("Kapolres Bogor AKBP ...", the short
form in brackets "(Dirreskrimum) Polda Jabar Kombes Pol ..."), an office pointed back at with only its body's acronym
("Ketum PAN tersebut"), a profession set off before the name ("terapis, Kamila Lewis") and "puji" closing a quote.
Sentences written for the tests in the style of Indonesian news copy."""

from __future__ import annotations

import pytest

from quote_runs import QuoteRun


@pytest.fixture
def said(quote_run: QuoteRun):
    """(speaker, first words) of each quote the component gives for a text whose entities are (type, forms)."""
    return lambda text, entities: [(q.speaker, " ".join(q.text.split()[:3])) for q in quote_run(text, entities)]


def test_unit_head_with_acronyms_read_as_a_person_gives_the_name_after_the_comma(said):
    text = (
        '"Api diduga berasal dari korsleting listrik di dapur," ucap Kapusdatin BPBD DKI, Rudi Hartono saat '
        "dikonfirmasi, Kamis (19/6/2025)."
    )
    got = said(text, [("PER", ["Kapusdatin BPBD DKI"]), ("PER", ["Rudi Hartono"])])
    assert got == [("Rudi Hartono", "Api diduga berasal")]


def test_office_alone_is_its_holder_named_with_body_and_rank(said):
    text = (
        "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan pelaku sudah ditangkap.\n\n"
        '"Pelaku kami amankan di rumahnya bersama barang bukti," kata Kapolres, Senin (2/6/2025).'
    )
    got = said(text, [("LOC", ["Bogor"]), ("PER", ["Rio Wahyu Anggoro"]), ("PER", ["Senin"])])
    assert got == [("Rio Wahyu Anggoro", "pelaku sudah ditangkap"), ("Rio Wahyu Anggoro", "Pelaku kami amankan")]


def test_short_form_in_brackets_is_the_holder_named_after_the_body(said):
    text = (
        "Direktur Reserse Kriminal Umum (Dirreskrimum) Polda Jateng Kombes Pol Darmawan Saleh mengatakan, "
        "pelaku sudah ditangkap di rumahnya.\n\n"
        '"Berkas perkaranya segera kami limpahkan ke kejaksaan," kata Dirreskrimum, Senin (2/6/2025).'
    )
    got = said(text, [("ORG", ["Polda Jateng"]), ("PER", ["Darmawan Saleh"])])
    assert [speaker for speaker, _ in got] == ["Darmawan Saleh", "Darmawan Saleh"]


def test_office_alone_whose_holder_is_never_named_gives_no_speaker(said):
    text = '"Pelaku kami amankan di rumahnya bersama barang bukti," kata Kapolres, Senin (2/6/2025).'
    assert said(text, []) == []


def test_office_with_its_body_acronym_and_a_pointer_is_the_person_named_before(said):
    text = (
        "Menteri Koordinator Bidang Pangan Zulkifli Hasan mengatakan, harga beras masih stabil.\n\n"
        '"Stok kami aman sampai akhir tahun," ujar Ketum PAN tersebut.'
    )
    got = said(text, [("PER", ["Zulkifli Hasan"]), ("ORG", ["PAN"])])
    assert [speaker for speaker, _ in got] == ["Zulkifli Hasan", "Zulkifli Hasan"]


def test_profession_set_off_before_the_name_gives_the_name(said):
    text = (
        "“Banyak orang memilih menghindar daripada menghadapi percakapan yang sulit,” kata terapis dan pakar "
        "hubungan, Kamila Lewis, dilansir dari Cosmopolitan."
    )
    got = said(text, [("PER", ["Kamila Lewis"]), ("ORG", ["Cosmopolitan"])])
    assert got == [("Kamila Lewis", "Banyak orang memilih")]


def test_puji_closing_a_quote_attributes_it(said):
    text = '"Anak saya sangat menikmati jadi seorang ibu," puji Angelina Wulandari di studio, Selasa (17/6/2025).'
    got = said(text, [("PER", ["Angelina Wulandari"])])
    assert got == [("Angelina Wulandari", "Anak saya sangat")]


def test_puji_away_from_a_quote_attributes_nothing(said):
    text = "Warga memanjatkan doa bersama di masjid desa. Puji syukur panen tahun ini melimpah, kata mereka."
    assert [speaker for speaker, _ in said(text, [])] != ["Puji"]
