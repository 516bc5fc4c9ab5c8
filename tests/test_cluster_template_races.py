"""Pieces alike in their words that tell two happenings: an outlet's template told of two places
(``ClusterConfig.part_outlet_places``), two rounds of one racing series (``part_races``, ``kinds.headline_races``), and a
matter told under a name whose opening does not tell the story's happening (``names_only_lead_words``). The articles are
short Indonesian texts written for these tests."""

from __future__ import annotations

import pytest

from telisik.stories.cluster import ClusterConfig, ClusterInput, cluster_articles
from telisik.stories.describe import cluster_record
from telisik.stories.kinds import headline_races


def article(id_: str, outlet: str, title: str, body: str, names: list[tuple[str, str]], hour: int = 9) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": f"2025-06-09T{hour:02d}:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": [[0, 3]] * 3} for n, t in names],
    }


def budget(regency: str, spent: str) -> str:
    return (
        f"Pemerintah Kabupaten {regency} telah membelanjakan Rp {spent} triliun dari APBD 2025 hingga awal Juni. "
        "Belanja pegawai menjadi pos terbesar, disusul belanja barang dan jasa serta belanja modal. "
        "Data realisasi anggaran itu tercatat dalam portal keuangan daerah Kementerian Dalam Negeri. "
        "Pendapatan asli daerah baru terkumpul sebagian dari target tahun ini."
    )


TEMPLATES = [
    article(
        "garut",
        "Warta Daerah",
        "Posisi APBD Kab Garut Juni 2025: Sudah Habiskan Rp 1,3 Triliun",
        budget("Garut", "1,3"),
        [("Garut", "LOC"), ("Kementerian Dalam Negeri", "ORG")],
    ),
    article(
        "cianjur",
        "Warta Daerah",
        "Posisi APBD Kab Cianjur Juni 2025: Sudah Habiskan Rp 1,4 Triliun",
        budget("Cianjur", "1,4"),
        [("Cianjur", "LOC"), ("Kementerian Dalam Negeri", "ORG")],
        hour=10,
    ),
]


def test_an_outlets_template_told_of_two_regencies_is_two_stories():
    joined = cluster_articles(TEMPLATES, ClusterConfig(part_outlet_places=False))
    assert joined["garut"] == joined["cianjur"]  # every word alike but the regency and the figures
    stories = cluster_articles(TEMPLATES)
    assert stories["garut"] != stories["cianjur"]


@pytest.mark.parametrize(
    ("title", "races"),
    [
        ("Marc Marquez Sempurna di MotoGP Aragon 2025, Menang Sprint dan Balapan Utama", {"aragon"}),
        ("Jadwal MotoGP Italia 2025: Bisakah Marquez Menang di Mugello?", {"italia"}),
        ("Hasil F1 GP Kanada 2025: Russell Menang dari Pole", {"kanada"}),
        ("Marc Marquez Sebut Rival Terberatnya di MotoGP 2025", set()),  # the season, no round
        ("Legenda MotoGP Kenang Masa Jayanya", set()),  # a headline capitalises every word: "Kenang" is no place
        ("Klasemen MotoGP Terbaru Usai Seri Aragon", set()),
    ],
)
def test_a_headline_names_a_round_of_a_racing_series_by_its_place(title, races):
    assert headline_races(title, {"aragon", "sirkuit mugello"}) == races


RIDERS = [("Marc Marquez", "PER"), ("Ducati", "ORG"), ("MotoGP", "ORG"), ("Aragon", "LOC")]
ARAGON = (
    "Marc Marquez menyapu bersih kemenangan di MotoGP Aragon 2025 pada Minggu (8/6/2025). Pembalap Ducati itu menang "
    "di sprint dan balapan utama, lalu memperlebar jarak di puncak klasemen. Marquez menyebut akhir pekan itu sempurna."
)
ARAGON_AGAIN = (
    "Marc Marquez tampil dominan di MotoGP Aragon 2025 dan menang di sprint serta balapan utama. Pembalap Ducati itu "
    "memperlebar jarak di puncak klasemen dan menyebut akhir pekan di Aragon sebagai pekan yang sempurna baginya."
)
MUGELLO = (
    "MotoGP Italia 2025 digelar di Mugello pada akhir pekan ini. Marc Marquez datang sebagai pemimpin klasemen setelah "
    "menyapu bersih kemenangan di Aragon. Pembalap Ducati itu ingin menang lagi di kandang pabrikannya."
)
RACES = [
    article("aragon", "Kabar Balap", "Marc Marquez Sempurna di MotoGP Aragon 2025", ARAGON, RIDERS),
    article("aragon2", "Sport Harian", "Marquez Sapu Bersih Kemenangan di MotoGP Aragon 2025", ARAGON_AGAIN, RIDERS, hour=10),
    article("mugello", "Kabar Balap", "Jadwal MotoGP Italia 2025: Marc Marquez Bidik Kemenangan di Mugello", MUGELLO, RIDERS, hour=11),
]


def test_the_next_rounds_schedule_is_no_report_of_the_last_race():
    joined = cluster_articles(RACES, ClusterConfig(part_races=False))
    assert joined["aragon"] == joined["aragon2"] == joined["mugello"]  # the rider, the series, the weekend's words
    stories = cluster_articles(RACES)
    assert stories["aragon"] == stories["aragon2"]
    assert stories["mugello"] != stories["aragon"]


PLAYERS = [("Mykola Rudenko", "PER"), ("Chelsea", "ORG"), ("FA", "ORG"), ("Cole Parker", "PER")]
CHARGE = (
    "Asosiasi Sepak Bola Inggris (FA) resmi mendakwa winger Chelsea Mykola Rudenko atas pelanggaran doping. "
    "Rudenko terancam skors empat tahun setelah sampel urinnya positif zat terlarang. Chelsea menyatakan "
    "menghormati proses hukum yang berjalan."
)
CHARGE_AGAIN = (
    "Mykola Rudenko didakwa FA melanggar aturan doping dan terancam skors empat tahun. Sampel urin winger Chelsea "
    "itu positif zat terlarang dalam tes rutin. Rudenko membantah sengaja memakai zat tersebut."
)
SHIRT = (
    "Cole Parker akan memakai nomor punggung 10 di Chelsea musim depan. Nomor itu sebelumnya dipakai Mykola Rudenko, "
    "dan Parker mengaku belum meminta izin kepadanya. Parker menyebut nomor 10 sudah ia pakai sejak kecil dan menjadi "
    "impiannya. Pemilik nomor itu musim lalu harus absen karena tersandung kasus doping dan terancam skors panjang. "
    "Chelsea mengumumkan perpindahan nomor itu setelah musim berakhir."
)
PLAYERS_DAY = [
    article("charge", "Kabar Bola", "FA Dakwa Mykola Rudenko atas Pelanggaran Doping", CHARGE, PLAYERS),
    article("charge2", "Sport Harian", "Rudenko Didakwa Doping, Terancam Skors 4 Tahun", CHARGE_AGAIN, PLAYERS, hour=10),
    article("shirt", "Sport Harian", "Cole Parker Belum Minta Izin Pakai Nomor 10 Rudenko", SHIRT, PLAYERS, hour=11),
]


def test_a_matter_told_under_a_name_whose_opening_recalls_no_happening_starts_its_own_story():
    joined = cluster_articles(PLAYERS_DAY, ClusterConfig(names_only_lead_words=None))
    assert joined["shirt"] == joined["charge"]  # its body recalls the charge in a sentence of context
    stories = cluster_articles(PLAYERS_DAY)
    assert stories["charge"] == stories["charge2"]
    assert stories["shirt"] != stories["charge"]


def test_a_compact_record_opens_as_its_article_does():
    full = ClusterInput.of(PLAYERS_DAY[2])
    compact = ClusterInput.of(cluster_record(PLAYERS_DAY[2], body_words=400))
    assert full.opening == compact.opening
    assert full.opening.endswith("belum meminta izin kepadanya.")  # two sentences: the shirt, not the doping case
    assert full.races == frozenset() and ClusterInput.of(RACES[2]).races == {"italia"}
