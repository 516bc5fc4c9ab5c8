"""Articles that report no happening: evergreen series pieces and routine reports (``telisik.stories.kinds``)."""

from __future__ import annotations

from datetime import date

import pytest

from telisik.stories.cluster import ClusterInput, cluster_articles
from telisik.stories.describe import build_stories
from telisik.stories.kinds import ROUTINE, SERIES, article_kind, story_kind

GELANG = (
    "Gelang emas menjadi perhiasan yang banyak diminati wanita dewasa karena tampil elegan dan bernilai investasi. "
    "Model gelang emas rantai, gelang emas tali serut dan gelang emas bangle kini hadir dengan desain modern. "
    "Gelang emas 24 karat cocok dipakai untuk kondangan maupun aktivitas harian, dan nilainya terus naik."
)
IHSG = (
    "Indeks Harga Saham Gabungan (IHSG) ditutup melemah ke level {level} pada perdagangan sore ini. "
    "Sebanyak 280 saham melemah, 310 saham menguat dan 200 saham stagnan di Bursa Efek Indonesia. "
    "Nilai transaksi perdagangan saham mencapai Rp 11 triliun dengan investor asing mencatat jual bersih."
)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("7 Model Gelang Emas Tali Serut Islami, Simbol Elegan yang Sarat Makna", SERIES),
        ("Potongan Rambut Apa yang Cocok untuk Dahi Lebar? Ini 7 Rekomendasinya", SERIES),
        ("Resep Pangsit Ayam Kuah, Hangat dan Gurih Cocok di Musim Hujan", SERIES),
        ("Sinopsis Tebaran Hati Eps 31: Strategi Ariana dan Dito", SERIES),
        ("IHSG Hari Ini Berakhir Melemah ke Level 7.107", ROUTINE),
        ("Jadwal Lengkap Liga Inggris 2025/2026, Langsung MU Vs Arsenal", ROUTINE),
        ("Prakiraan Cuaca di Kota Batam Hari Ini, 18 Juni 2025", ROUTINE),
        # a ranking or a look back opening with a count: an evergreen list the day's happening is only the hook of
        ("5 Orang Terkaya di Negeri Itu, Nomor Satu Punya Harta Rp 400 Triliun", SERIES),
        ("3 Pembalap Top yang Pernah Celaka di Sirkuit Sentul, Ada Juara Dunia", SERIES),
        ("Asal-usul Nama Pasar Baru dan Ramainya Pameran Tahun Ini", SERIES),
        ("Asal Usul Nama Gunung Lewotobi yang Kembali Erupsi", SERIES),
        # a day's roundup of an outlet's popular stories or of hoaxes, and an opinion column, report no one happening
        ("Berita Populer Sukamaju Pagi Ini: Pencurian Kabel Tower hingga Relokasi Pedagang Pasar", SERIES),
        ("Populer Sukamaju: Banjir Rob di Pesisir, Wali Kota Lantik Pejabat Baru", SERIES),
        ("Deretan Hoaks Sepekan, dari Bansos Palsu hingga Lowongan Kerja BUMN", SERIES),
        ("OPINI: Tarif Impor dan Ketidakpastian Dagang Asia Tenggara", SERIES),
        # a school's answer keys and practice questions, a game's level answers
        ("Kunci Jawaban Teka-Teki Kata Level 31, 32, 33, 34, 35", SERIES),
        ("5 Kunci Jawaban IPA Kelas 7 Halaman 88 Kurikulum Merdeka", SERIES),
        ("Apa Fungsi Akar Tumbuhan? Kunci Jawaban Kelas 4 SD Halaman 12", SERIES),
        ("40 Soal Pilihan Ganda Bahasa Indonesia Kelas 6 Semester 1", SERIES),
        # news reports, though some open with a number or a schedule word
        ("3 Bandara di Flores NTT Ditutup, Terdampak Letusan Gunung Lewotobi", None),
        ("4 Izin Tambang Nikel di Raja Ampat Dicabut", None),
        ("3 Mantan Stafnya Diperiksa, Menteri: Saya Tak Pernah Tolerir Korupsi", None),  # a denial, not a look back
        ("Orang Terkaya Kedua di Asia Borong Saham Bank", None),  # no count: a report
        ("Jadwal Terbang Batal karena Erupsi Lewotobi, AirAsia Imbau Hal Ini ke Penumpang", None),
        ("Potret Suvenir Pernikahan Al Ghazali dan Alyssa Daguise", None),
        ("3 Soal Krusial dalam Revisi UU Penyiaran yang Dikritik Jurnalis", None),
        ("Jawaban Istana soal Isu Perombakan Kabinet", None),
        ("", None),
    ],
)
def test_the_headline_says_what_kind_of_piece_an_article_is(title, kind):
    assert article_kind(title) == kind


def test_a_story_has_a_kind_only_when_all_its_articles_share_it():
    assert story_kind([SERIES, SERIES]) == SERIES
    assert story_kind([ROUTINE, None]) is None
    assert story_kind([None]) is None


def _record(id_: str, title: str, body: str, day: str) -> dict:
    return {"id": id_, "title": title, "body": body, "published": day, "entities": [{"name": "Emas", "type": "ORG"}]}


def test_an_outlets_listicles_on_one_topic_do_not_pile_into_one_story():
    records = [
        _record("a", "7 Model Gelang Emas Tali Serut Islami, Simbol Elegan", GELANG, "2025-06-18"),
        _record("b", "10 Model Gelang Emas Dewasa 24 Karat Terbaru 2025", GELANG.replace("modern", "kekinian"), "2025-06-18"),
        _record("c", "7 Model Gelang Emas 2 Gram Dewasa Terbaru 2025", GELANG.replace("harian", "sehari-hari"), "2025-06-18"),
    ]
    stories = cluster_articles(records)
    # each a story of its own, unless it is a copy of another: these two are copies of "a"
    assert len(set(stories.values())) <= 3
    by_story = build_stories(records)
    assert all(s.kind == SERIES for s in by_story)


def test_a_listicle_never_joins_a_news_story_by_its_words():
    news = _record(
        "n",
        "Harga Emas Antam Melonjak Rp 20.000 per Gram Hari Ini",
        "Harga emas batangan Antam naik Rp 20.000 menjadi Rp 1.950.000 per gram pada perdagangan hari ini. "
        "Kenaikan harga emas dipicu ketegangan global, sehingga permintaan emas untuk investasi dan perhiasan "
        "seperti gelang emas dan kalung emas ikut naik di toko emas.",
        "2025-06-18",
    )
    piece = _record("l", "8 Model Gelang Kaki Emas Dewasa Terbaru", GELANG + " Harga emas untuk investasi terus naik.", "2025-06-18")
    stories = cluster_articles([news, piece])
    assert stories["n"] != stories["l"]


def test_routine_reports_group_within_their_day_but_not_across_days():
    records = [
        _record("d1a", "IHSG Tertekan ke Level 7.112 pada Jeda Makan Siang", IHSG.format(level="7.112"), "2025-06-18"),
        _record("d1b", "IHSG Hari Ini Berakhir Melemah ke Level 7.107", IHSG.format(level="7.107"), "2025-06-18"),
        _record("d2", "IHSG Hari Ini Ditutup Menguat ke Level 7.150", IHSG.format(level="7.150").replace("melemah", "menguat"), "2025-06-19"),
    ]
    stories = cluster_articles(records)
    assert stories["d1a"] == stories["d1b"]
    assert stories["d2"] != stories["d1a"]
    kinds = {s.id: s.kind for s in build_stories(records)}
    assert kinds[stories["d1a"]] == ROUTINE


def test_a_look_back_is_a_series_piece_only_when_its_lead_tells_a_year_long_past():
    day = date(2025, 6, 19)
    history = "Sirkuit Mugello menyimpan kenangan buruk. Pada musim 2013, sang juara terjatuh di tikungan pertama dengan kecepatan tinggi."
    today = "Seorang jemaah asal Pacitan wafat di Makkah, Kamis (19/6/2025), setelah menuntaskan seluruh rukun haji."
    assert article_kind("Kisah Pembalap yang Nyaris Meninggal di Sirkuit Mugello", lead=history, day=day) == SERIES
    assert article_kind("Kisah Haru Jemaah Haji yang Wafat di Makkah", lead=today, day=day) is None
    assert article_kind("Pembalap Nyaris Meninggal di Sirkuit Mugello", lead=history, day=day) is None  # no look-back opener
    assert article_kind("Kisah Pembalap yang Nyaris Meninggal di Sirkuit Mugello") is None  # nothing to read the years in


def test_the_clustering_reads_a_look_back_in_the_lead_a_compact_record_gives():
    history = "Sirkuit Mugello menyimpan kenangan buruk. Pada musim 2013, sang juara terjatuh di tikungan pertama."
    record = {"id": "a", "title": "Kisah Pembalap yang Nyaris Meninggal di Sirkuit Mugello", "body": history, "published": "2025-06-19"}
    assert ClusterInput.of(record).kind == SERIES
    compact = dict(record, body="sirkuit mugello menyimpan kenangan buruk pada musim sang juara terjatuh", lead=history)
    assert ClusterInput.of(compact).kind == SERIES
    assert ClusterInput.of(dict(compact, lead=None)).kind is None  # a body without digits names no year


def test_a_compact_record_keeps_the_lead_a_look_back_is_read_in():
    from telisik.stories.describe import cluster_record

    history = "Sirkuit Mugello menyimpan kenangan buruk. Pada musim 2013, sang juara terjatuh di tikungan pertama."
    full = {"id": "a", "title": "Kisah Pembalap yang Nyaris Meninggal di Sirkuit Mugello", "body": history,
            "published": "2025-06-19T10:00:00+07:00", "entities": []}
    compact = cluster_record(full, body_words=400)
    assert "2013" not in compact["body"] and "2013" in compact["lead"]
    assert ClusterInput.of(compact).kind == ClusterInput.of(cluster_record(full)).kind == SERIES
