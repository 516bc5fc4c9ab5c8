"""Names of an event's ``who`` that the article writes only as pieces of a longer text are no parties
(``stories.parties.fragment_in``); the whole names they are cut from, and names told the same way that are whole, are."""

from __future__ import annotations

import pytest

from telisik.stories.parties import fragment_in

CUT = [
    # a piece of a longer name, run on into its next word wherever written
    ("Animal Defenders", "Pelapor dari Animal Defenders Indonesia hadir. Ketua Animal Defenders Indonesia menjawab."),
    # an office's name cut before its compass word
    ("Polres Metro Jakarta", "Petugas Polres Metro Jakarta Selatan tiba di lokasi. Jenazah dibawa ke RS Polri."),
    # a common word opening the article, glued to the name it runs into
    ("Laju Indeks", "Liputan6.com, Jakarta - Laju Indeks Harga Saham Gabungan (IHSG) melemah pada Selasa."),
    # a floor's number glued to a building
    ("III Gedung Sate", "Pertemuan digelar di ruang rapat lantai III Gedung Sate, Bandung."),
    # a street named after a person, and the corridor it names with another street
    ("Sudirman", "Warga berolahraga di Jalan Jenderal Sudirman. Jalur Sudirman–Thamrin ditutup sampai siang."),
    # a road's short form in brackets, and the same short form in a title's road name
    ("Cipali", "Tabrakan di Tol Cipali\nKecelakaan terjadi di Jalan Tol Cikopo-Palimanan (Cipali) Km 120."),
    # a vehicle's make and model, also told as whose driver and riders
    ("Toyota Avanza", "Minibus Toyota Avanza menabrak truk. Pengemudi Toyota Avanza luka, mobil Toyota Avanza ringsek."),
]

WHOLE = [
    # a name that runs on into a date, or into a title and the person holding it
    ("Budi Santoso", "Hal itu disampaikan Budi Santoso Selasa (10/6/2025) di Bandung."),
    ("Polres Metro Jakarta Selatan", "Petugas Polres Metro Jakarta Selatan tiba di lokasi."),
    ("Polda Metro Jaya", "Kabid Humas Polda Metro Jaya Kombes Ade Ary membenarkan penangkapan itu."),
    # a common word and a name that end where the name ends
    ("Tim SAR", "Tim SAR gabungan menemukan korban. Tim SAR kemudian membawanya ke puskesmas."),
    ("PT Vale Indonesia Tbk", "Jakarta - PT Vale Indonesia Tbk (INCO) mengumumkan pengunduran diri direkturnya."),
    # a short form in brackets after a body, not a place
    ("KPK", "Komisi Pemberantasan Korupsi (KPK) memeriksa saksi."),
    # a person named also apart from the street called after him
    ("Sudirman", "Jalan Sudirman ditutup. Sudirman, warga setempat, mengaku kesal."),
    # countries joined by a dash are not a street's name
    ("Iran", "Konflik Israel-Iran memanas. Iran membalas serangan itu."),
    # a driver named after the vehicle word's rider, never after a vehicle noun
    ("Budi", "Sopir Budi selamat. Sopir Budi mengaku mengantuk."),
    # a name the body does not write as it stands is left to other checks
    ("Rano Karno", "Rano hadir di acara itu."),
]


@pytest.mark.parametrize(("name", "body"), CUT)
def test_a_name_written_only_inside_a_longer_text_is_a_fragment(name: str, body: str) -> None:
    assert fragment_in(name, body)


@pytest.mark.parametrize(("name", "body"), WHOLE)
def test_whole_names_and_names_told_apart_are_parties(name: str, body: str) -> None:
    assert not fragment_in(name, body)
