"""Leads that open with the headline's words, promos and bylines that are not the page's: what stays text.

Fixtures are invented in the style of the outlets' pages (Okezone profiles and ledes, Detik
explainers, Tempo's closing links, Liputan6's broadcast promos).
"""

import pytest

from telisik.pages.clean import HEADLINE_IN_BLOCK, clean_blocks, is_chrome, split_blocks
from telisik.pages.metadata import clean_names, parse_byline


def _clean(title: str, text: str):
    return clean_blocks(split_blocks(text), title=title)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        # a profile titled with the person's name: every paragraph opens with it
        ("Rudi Hartono", "Rudi Hartono lahir di Surabaya pada 1949 dan mulai bermain bulu tangkis sejak kecil."),
        ("Rudi Hartono", "Rudi Hartono (75) adalah legenda bulu tangkis yang delapan kali menjuarai All England."),
        # the lead's first sentence is the headline in sentence case
        (
            "Syarat Pemutihan Pajak Kendaraan di Bandung",
            "Syarat pemutihan pajak kendaraan di Bandung tidak rumit. Warga cukup membawa KTP dan STNK ke kantor Samsat.",
        ),
        (
            "Persib Resmi Perpanjang Kontrak Bek Asal Brasil!",
            "PERSIB resmi perpanjang kontrak bek asal Brasil. Pemain berusia 29 tahun itu meneken kontrak dua musim.",
        ),
        # the headline's words, then the sentence's own question mark
        (
            "Timnas Indonesia Menang atas Bahrain Malam Ini",
            "Timnas Indonesia menang atas Bahrain malam ini? Menarik melihat peluang skuad Garuda di laga terakhir grup.",
        ),
    ],
)
def test_a_lead_opening_with_the_headline_stays_whole(title, lead):
    page = _clean(title, lead + "\nPertandingan itu digelar di Stadion Gelora Bung Karno dan disaksikan puluhan ribu penonton.")
    assert page.paragraphs[0] == lead
    assert HEADLINE_IN_BLOCK not in page.removed_by


def test_a_repeated_headline_before_the_lead_still_goes():
    title = "Pemkot Bogor Tutup Jalan Suryakencana Selama Festival"
    page = _clean(title, f"{title} BOGOR - Pemerintah Kota Bogor menutup Jalan Suryakencana selama tiga hari festival budaya.")
    assert page.paragraphs == ["BOGOR - Pemerintah Kota Bogor menutup Jalan Suryakencana selama tiga hari festival budaya."]
    assert page.removed_by == [HEADLINE_IN_BLOCK]


@pytest.mark.parametrize(
    "line",
    [
        "Saksikan terus sinetron Cinta di Ujung Senja di SCTV.",
        "Tonton setiap hari mulai pukul 15.00 WIB dan rasakan serunya kisah nyata secara eksklusif di Indosiar.",
        "Saksikan Jakarta E-Prix 2025, Kualifikasi, Sabtu 21 Juni pukul 10.20 WIB, hanya di iNews Sports",
        "Saksikan pembahasan lengkap hanya di program detikPagi edisi Selasa (10/06/2025).",
        "Pilihan editor: Mengapa Harga Beras Naik Menjelang Panen Raya",
        "Ikuti dan bergabung disaluran WhatsApp Tribunjateng.",
        "Simak lengkapnya disini.",
    ],
)
def test_broadcast_promos_and_editor_picks_are_chrome(line):
    assert is_chrome(line)


def test_a_lead_inviting_readers_to_watch_is_text():
    assert not is_chrome("Saksikan dan dukung timnas voli putra Indonesia di ajang turnamen Asia musim ini.")


def test_an_editor_pick_is_no_byline_and_names_no_editor():
    page = _clean(
        "Menkeu Jamin APBN Tetap Disiplin",
        "Menteri Keuangan menyatakan pemerintah akan memakai APBN secara efisien hingga akhir tahun.\n"
        "Pilihan editor: Apa Dampak Perang Dagang terhadap Ekonomi Indonesia",
    )
    assert page.editors == [] and page.authors == []
    assert page.removed == ["Pilihan editor: Apa Dampak Perang Dagang terhadap Ekonomi Indonesia"]


def test_a_reviewed_books_facts_are_no_byline():
    assert parse_byline("Judul Buku: Jejak Rempah Nusantara; Penulis: Dr. Sari Wulandari; Halaman: 210; Penerbit: Pustaka Timur.") is None
    assert parse_byline("Penulis: Sari Wulandari | Editor: Bambang Hartono") == {
        "author": ["Sari Wulandari"],
        "editor": ["Bambang Hartono"],
    }


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Tim Cek Fakta", []),  # a desk of three words
        ("Ahmad Fauzi/Madrasah Aliyah Negeri 2 Garut", ["Ahmad Fauzi"]),  # the writer's school after the name
        ("Yohanes Bria, tinggal di Asrama Santo Yosef", ["Yohanes Bria"]),  # the writer's note after the name
        ("Ketua BEM Undana periode 2024", []),
        ("Muhammad bin Salman", ["Muhammad bin Salman"]),  # a connector inside a name
        ("prih febriani", ["prih febriani"]),  # a name written in lower case
        ("Dimas akbar", ["Dimas akbar"]),  # a surname typed in lower case
    ],
)
def test_byline_values_keep_persons_only(value, names):
    assert clean_names(value) == names


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Oleh Sulistyo", ["Sulistyo"]),
        ("Oleh Emerson Wibisono", ["Emerson Wibisono"]),
        ("Penulis Rina S. Hapsari: Peneliti di Pusat Kajian Energi. Tulisan ini adalah pendapat pribadi.", ["Rina S. Hapsari"]),
    ],
)
def test_a_label_without_its_colon_still_names_the_writer(line, authors):
    assert parse_byline(line) == {"author": authors, "editor": []}


@pytest.mark.parametrize("line", ["Oleh Karena Itu", "Oleh karena itu, warga diminta waspada.", "Penulis muda itu meraih penghargaan."])
def test_sentences_opening_with_a_label_word_are_no_byline(line):
    assert parse_byline(line) is None


def test_an_opinion_pieces_closing_note_leaves_the_body():
    page = _clean(
        "Opini: Menakar Ketahanan Pangan",
        "Ketahanan pangan menuntut kebijakan yang konsisten dari hulu hingga hilir, bukan sekadar impor.\n"
        "Penulis Rina S. Hapsari: Peneliti di Pusat Kajian Energi. Tulisan ini adalah pendapat pribadi.",
    )
    assert page.paragraphs == ["Ketahanan pangan menuntut kebijakan yang konsisten dari hulu hingga hilir, bukan sekadar impor."]
    assert page.authors == ["Rina S. Hapsari"]


def test_a_link_glued_to_the_text_after_a_plus_sign_ends_there():
    page = _clean(
        "Suporter Padati Lokasi Nobar",
        "Panitia memperkirakan 100 ribu suporter Belanda akan memadati lokasi nonton bareng di sekujur Basel malam itu. "
        "Baca Juga: Link Live Streaming Persija vs Persib di Liga 1 zona Jawa, Saksikan di Vision+Panitia juga "
        "telah menyiapkan layar besar di empat lokasi nonton bareng.",
    )
    assert page.paragraphs[-1] == "Panitia juga telah menyiapkan layar besar di empat lokasi nonton bareng."
    assert page.removed == ["Baca Juga: Link Live Streaming Persija vs Persib di Liga 1 zona Jawa, Saksikan di Vision+"]


def test_a_link_before_the_storys_numbered_list_ends_at_the_number():
    page = _clean(
        "Deretan Artis yang Berhaji Tahun Ini",
        "Sederet artis menunaikan ibadah haji tahun ini dan membagikan momen itu kepada penggemarnya di media sosial. "
        "Sebagian berangkat dengan visa haji reguler, sebagian lain lewat jalur khusus yang antreannya lebih pendek. "
        "Baca Juga: 5 Artis Batal Naik Haji karena Visa Tak Terbit 1. Rina Nose menunaikan haji bersama suaminya.",
    )
    assert page.paragraphs[-1] == "1. Rina Nose menunaikan haji bersama suaminya."


def test_a_bare_link_marker_does_not_take_the_next_paragraphs_first_word():
    from telisik.pages.repair import repair

    text = (
        "Kota itu menjadi pusat industri dengan pelabuhan, galangan kapal, hingga pabrik yang mempekerjakan ribuan orang,\n"
        "Baca Juga\n"
        "Oleh sebab itu, prakiraan cuaca menjadi acuan penting bagi warga yang bekerja di laut.\n"
    )
    page = _clean("Prakiraan Cuaca Hari Ini", repair(text).text)
    assert page.paragraphs[-1] == "Oleh sebab itu, prakiraan cuaca menjadi acuan penting bagi warga yang bekerja di laut."
    assert page.removed == ["Baca Juga"]
