"""Quotes closed by a verb that attributes only after a quotation mark ('"...," tutup Budi'), and speakers written
after an entertainment or design trade ("Desainer sekaligus presenter X", "Bintang film ... itu")."""

from __future__ import annotations

import pytest

from quote_runs import QuoteRun

RANI = ("PER", ["Rani Kusumawati"])


@pytest.fixture
def said(quote_run: QuoteRun):
    """The (text, speaker, cue) triples the quote component finds, given the text's entities."""
    return lambda text, ents=(): [(q.text, q.speaker, q.cue) for q in quote_run(text, list(ents))]


@pytest.mark.parametrize("verb", ["tutup", "tukas", "harap", "sesal", "ceplos"])
def test_a_closing_verb_after_the_quote_names_its_speaker(said, verb):
    text = f'"Kami akan terus berlatih sampai hari pertandingan tiba," {verb} Rani Kusumawati.'
    assert said(text, [RANI]) == [("Kami akan terus berlatih sampai hari pertandingan tiba", "Rani Kusumawati", verb)]


def test_a_closing_verb_with_nya_is_the_last_speaker(said):
    text = (
        '"Persiapan tim sudah hampir selesai minggu ini," kata Rani Kusumawati.\n\n'
        '"Semoga penonton datang memenuhi gedung olahraga," harapnya.'
    )
    speakers = [(q[1], q[2]) for q in said(text, [RANI])]
    assert speakers == [("Rani Kusumawati", "kata"), ("Rani Kusumawati", "harapnya")]


def test_a_closing_verb_without_a_quotation_mark_attributes_nothing(said):
    # "buka ..., tutupnya pukul 21.00": opening hours, not speech
    text = "Rani Kusumawati mengelola warung itu. Warung tersebut buka pukul 09.00, tutupnya pukul 21.00 setiap hari."
    assert said(text, [RANI]) == []


def test_a_trade_before_the_name_is_no_speaker(said):
    text = "Desainer sekaligus presenter Rani Kusumawati mengungkapkan keinginannya untuk membuka butik baru."
    assert said(text, [RANI]) == [("keinginannya untuk membuka butik baru", "Rani Kusumawati", "mengungkapkan")]


def test_a_film_star_description_points_back_to_the_person_named(said):
    text = (
        "Artis Rani Kusumawati hadir di acara itu bersama keluarganya. Bintang film Senja Merah itu mengaku belum siap menikah tahun ini."
    )
    assert said(text, [RANI]) == [("belum siap menikah tahun ini", "Rani Kusumawati", "mengaku")]


# ------------------------------------------------------------------ a speaker's name misspelt once


def test_a_name_misspelt_once_is_the_person_named_in_full(said):
    text = (
        "Kepala Balai Besar Wilayah III Dwikorita Sasmitawati meninjau lokasi banjir pada Senin pagi.\n\n"
        '"Kami sudah menyiapkan pompa air di tiga titik rawan banjir," ujar Dwikorta dalam keterangannya.'
    )
    ents = [("PER", ["Dwikorita Sasmitawati"]), ("PER", ["Dwikorta"])]
    assert [q[1] for q in said(text, ents)] == ["Dwikorita Sasmitawati"]


def test_a_name_near_two_people_stays_as_written(said):
    text = (
        "Pertemuan itu dihadiri Heri Wijaya dan Joko Heri Purwono dari dinas terkait.\n\n"
        '"Kami akan mengecek semua kendaraan yang masuk ke kota," kata Herri kepada wartawan.'
    )
    ents = [("PER", ["Heri Wijaya"]), ("PER", ["Joko Heri Purwono"]), ("PER", ["Herri"])]
    assert [q[1] for q in said(text, ents)] == ["Herri"]


def test_a_description_points_to_the_only_person_named_before(said):
    text = (
        "Ada kabar gembira dari artis Rani Kusumawati pekan ini.\n\n"
        "Bintang sinetron Senja Merah itu mengungkapkan sudah menerima lamaran kekasihnya."
    )
    assert said(text, [RANI]) == [("sudah menerima lamaran kekasihnya", "Rani Kusumawati", "mengungkapkan")]


def test_a_bare_pronoun_does_not_fall_to_the_only_person_named(said):
    # the one named is the suspect; "katanya" here is the police's, who are not named
    text = 'Polisi menangkap Rani Kusumawati di rumahnya pada Senin malam.\n\n"Barang bukti sudah kami amankan semua," katanya.'
    assert said(text, [RANI]) == []
