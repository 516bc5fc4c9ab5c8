"""One outlet's evergreen explainers of one topic are no story (``cluster._evergreen_pair``, ``kinds.lead_dated``,
``kinds.headline_explains``).

An outlet writes explainers in runs ("Penyebab ...", "Apa itu ...?", "Kenapa ...?"): their bodies share the topic's
words (stroke, a number plate), so the same-outlet body test vouches for them, yet none tells a happening: no text
start of theirs names a day. A report says when its happening was ("Senin (2/6/2025)", "kemarin"), and a piece that
shares the report's headline name (the company, the person doing something) stays its follow-up. The articles are
short Indonesian texts written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

import cluster_pieces
from telisik.stories.cluster import ClusterConfig, ClusterInput, cluster_articles
from telisik.stories.describe import cluster_record
from telisik.stories.kinds import headline_explains, lead_dated


@pytest.mark.parametrize(
    ("lead", "dated"),
    [
        ("Jakarta - Sebuah truk menabrak tiga mobil di Jalan Raya Sukamaju, Senin (2/6/2025) sore.", True),
        ("Kecelakaan itu terjadi sekitar pukul 15.30 WIB, kemarin, di pintu keluar tol.", True),
        ("SIM yang mati bisa diperpanjang pada 30 Mei 2025 tanpa perlu membuat baru.", True),
        ("Dikutip dari detikJatim, kecelakaan itu terjadi di jalur menurun, kemarin.", True),  # a day, whoever told it
        ("Stroke merupakan penyakit katastropik dengan pembiayaan tertinggi ketiga pada tahun 2023.", False),
        ("Pada hari Tasyrik umat Islam dilarang berpuasa, baik puasa Senin-Kamis maupun puasa Daud.", False),
        # the day a source was read is not a happening's
        ("Garam berlebih memicu hipertensi, seperti dikutip dari laman EMC, Senin (19/5/2025).", False),
        ("Menurut dokter gizi, melansir laman kesehatan pada Jumat (16/5/2025), garam memicu stroke.", False),
        ("", False),
    ],
)
def test_a_text_start_names_a_day_when_it_tells_a_happening(lead, dated):
    assert lead_dated(lead) is dated


@pytest.mark.parametrize(
    ("title", "explains"),
    [
        ("Apa itu BPKB Elektronik dan Kapan Penerapannya?", True),
        ("4 Penyebab Bus dan Truk Kerap Jadi Sumber Kecelakaan Maut", True),
        ("Kenapa Harus Ada Pelat Nomor Warna Hijau?", True),
        ("Sering Lihat Pelat Nomor Putih Tulisan Merah? Ternyata Ini Artinya", True),
        ("Waspada Penipuan Arisan Bodong, Begini Cara Menghindarinya", True),
        ("Bolehkah Daging Kurban Disimpan Lebih dari Tiga Hari", True),
        ("Truk dan Bus Sering Jadi Penyebab Kecelakaan Maut: Peringatan buat Sopir!", True),  # a habit, not a day's deed
        ("Truk Tronton Tabrak Tiga Mobil di Jalan Raya Sukamaju, Dua Orang Tewas", False),
        ("Gunung Semeru Erupsi Lagi, Tinggi Letusan Capai 800 Meter", False),
        ("Misteri Kapal Pengangkut Nikel di Teluk Seruni, Siapa Pemiliknya?", False),  # a report's teasing question
        ("Rambut Pendek Apakah Bisa Dipotong Layer? Ini 7 Inspirasi Modelnya", True),
        ("", False),
    ],
)
def test_a_headline_says_whether_it_explains(title, explains):
    assert headline_explains(title) is explains


STROKE_DOCTOR = (
    "Stroke kini tidak lagi hanya menyerang usia lanjut, tetapi juga usia muda dan usia produktif. "
    "Menurut dokter saraf, risiko stroke naik karena tekanan darah tinggi, kurang gerak dan pola makan buruk. "
    "Dokter menyarankan cek tekanan darah rutin, olahraga teratur dan membatasi garam untuk mencegah stroke."
)
STROKE_SALT = (
    "Garam yang berlebih menaikkan tekanan darah dan risiko stroke pada usia muda maupun usia lanjut. "
    "Dokter gizi menyarankan asupan garam tidak lebih dari lima gram sehari untuk mencegah stroke. "
    "Pola makan buruk dan kurang gerak juga menaikkan risiko stroke serta tekanan darah tinggi."
)
STROKE_COFFEE = (
    "Kopi disebut punya manfaat menurunkan risiko stroke bila diminum tanpa gula berlebih. "
    "Dokter mengingatkan tekanan darah tinggi dan pola makan buruk tetap memicu stroke pada usia muda. "
    "Cek tekanan darah rutin dan olahraga teratur membantu mencegah stroke sejak dini."
)


# this file's pieces are one health outlet's, by default of 16 May
piece = partial(cluster_pieces.piece, outlet="Warta Sehat", day="2025-05-16")


EXPLAINERS = [
    piece("d", "Tak Pandang Usia, Begini Cara Dokter Cegah Stroke sejak Dini", STROKE_DOCTOR),
    piece("s", "Pengaruh Garam terhadap Risiko Stroke, Jangan Lebih 5 Gram Sehari", STROKE_SALT, day="2025-05-17"),
    piece("k", "Kopi Kurangi Risiko Stroke, Bagaimana dengan Kopi Kekinian?", STROKE_COFFEE, day="2025-05-17"),
]


def test_one_outlets_explainers_of_one_topic_are_stories_of_their_own():
    joined = cluster_articles(EXPLAINERS, ClusterConfig(undated_apart=False))
    assert joined["d"] == joined["s"] == joined["k"]  # alike in the topic's words: the body test vouches for them
    stories = cluster_articles(EXPLAINERS)
    assert len({stories["d"], stories["s"], stories["k"]}) == 3


def test_an_article_says_whether_it_is_dated_and_explains():
    report = ClusterInput.of(piece("r", "Truk Tronton Tabrak Tiga Mobil di Sukamaju", "Kecelakaan terjadi Senin (2/6/2025) pagi."))
    explainer = ClusterInput.of(EXPLAINERS[0])
    assert (report.dated, report.explains) == (True, False)
    assert (explainer.dated, explainer.explains) == (False, True)
    # a headline may name the day itself, and a record without a text is not known to be undated
    assert ClusterInput.of(piece("h", "IHSG Hari Ini 19 Juni 2025 Tersungkur, Ini Penyebabnya", STROKE_SALT)).dated
    assert ClusterInput.of(piece("e", "Apa itu Stroke?", "")).dated


SHELL = [("Shell", "ORG")]
SELLS = (
    "Shell Indonesia menjual seluruh jaringan SPBU miliknya kepada perusahaan patungan dua investor asing. "
    "Penjualan itu mencakup ratusan SPBU di Jawa dan Sumatera beserta bisnis distribusi bahan bakarnya. "
    "Manajemen menyebut karyawan dan operasional SPBU tetap berjalan seperti biasa selama masa transisi."
)
FATE = (
    "Seluruh SPBU Shell di Indonesia kini berpindah tangan kepada perusahaan patungan dua investor asing. "
    "Konsumen bertanya-tanya soal nasib operasional SPBU, karyawan dan kartu loyalitas setelah penjualan itu. "
    "Manajemen memastikan operasional SPBU tetap berjalan dan bahan bakar tetap dijual seperti biasa."
)


def test_a_question_on_a_named_companys_deed_stays_with_its_report():
    # neither text start names a day, and one headline asks: yet both headlines give the company doing something
    sale = piece("a", "Shell Jual Seluruh SPBU di Indonesia, Ini Pembelinya", SELLS, SHELL, day="2025-05-23")
    fate = piece("b", "Shell Jual Seluruh SPBU, Bagaimana Nasib Operasionalnya?", FATE, SHELL, day="2025-05-24")
    stories = cluster_articles([sale, fate])
    assert stories["a"] == stories["b"]


def test_a_compact_record_is_as_dated_as_its_article():
    # the batch engine sends compact records (the body cut to its counted words, without digits, and its lead as
    # written): the lead keeps the day the words lose ("Senin (2/6/2025)")
    report = piece("r", "Truk Tronton Tabrak Tiga Mobil di Sukamaju", "Truk menabrak tiga mobil, Senin (2/6/2025) pagi. " + STROKE_SALT)
    for article in (report, EXPLAINERS[0]):
        compact = cluster_record(article, body_words=40)
        assert ClusterInput.of(compact).dated == ClusterInput.of(article).dated
    assert ClusterInput.of(cluster_record(report, body_words=40)).dated
