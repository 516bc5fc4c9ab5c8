"""Story joins that would put two happenings in one story: one outlet's beat.

An outlet writes many pieces about one mayor, one rider or one club; they share its names and the words of
its beat but each reports something else. Another outlet's report of the same thing is what vouches for one
happening. The articles are short Indonesian texts written for these tests.
"""

from __future__ import annotations

from telisik.stories.cluster import ClusterConfig, ClusterInput, StoryClusterer, cluster_articles
from telisik.stories.kinds import headline_happenings

MAYOR = [("Hendra Wijaya", "PER"), ("Sukamaju", "LOC"), ("Pemkot Sukamaju", "ORG")]

PRAMUKA = (
    "Wali Kota Sukamaju Hendra Wijaya melantik pengurus Kwartir Cabang Pramuka di aula balai kota, Selasa. "
    "Pengurus baru diminta menggelar perkemahan bagi pelajar sekolah dasar dan menengah setiap semester. "
    "Ketua kwartir yang baru dilantik berjanji menambah jumlah gugus depan di tiap kelurahan tahun ini. "
    "Ratusan anggota penggalang dan penegak mengikuti upacara dengan seragam cokelat lengkap. "
    "Kwartir juga menyiapkan kontingen untuk jambore nasional yang digelar akhir tahun."
)
PASAR_IKAN = (
    "Wali Kota Sukamaju Hendra Wijaya meresmikan pasar ikan higienis di pelabuhan lama, Selasa. "
    "Pasar dengan 120 lapak itu dilengkapi ruang pendingin sehingga nelayan tidak lagi menjual tangkapan dengan harga murah. "
    "Pedagang diminta menjaga kebersihan los dan membuang limbah ke saluran yang disediakan. "
    "Koperasi nelayan menyambut baik pasar baru karena tengkulak tak lagi menentukan harga cakalang dan tongkol. "
    "Retribusi harian ditetapkan lima ribu rupiah per lapak selama tiga bulan pertama."
)
PASAR_IKAN_LAGI = (
    "Pasar ikan higienis di pelabuhan lama Sukamaju resmi dibuka Wali Kota Hendra Wijaya, Selasa. "
    "Sebanyak 120 lapak dan ruang pendingin disiapkan agar nelayan tidak menjual tangkapan dengan harga murah. "
    "Pemkot Sukamaju menjanjikan retribusi yang adil, sementara pedagang diminta menjaga kebersihan los pasar."
)


def article(id_: str, outlet: str | None, title: str, body: str) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": "2025-06-10T09:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 2} for n, t in MAYOR],
    }


SCOUTS = article("a", "Warta Kota", "Wali Kota Sukamaju Lantik Pengurus Pramuka", PRAMUKA)
MARKET = article("b", "Warta Kota", "Wali Kota Sukamaju Resmikan Pasar Ikan Higienis", PASAR_IKAN)
NO_BEAT_TEST = ClusterConfig(own_outlet_words_similarity=None)


def test_two_pieces_of_one_outlets_beat_are_two_stories():
    assert cluster_articles([SCOUTS, MARKET], NO_BEAT_TEST)["a"] == cluster_articles([SCOUTS, MARKET], NO_BEAT_TEST)["b"]
    stories = cluster_articles([SCOUTS, MARKET])
    assert stories["a"] != stories["b"]


def test_another_outlets_report_of_the_same_two_pieces_is_not_held_back():
    # the same pair from two outlets: nothing vouches against the join the similarity asks for
    other = dict(MARKET, outlet="Kabar Pesisir")
    stories = cluster_articles([SCOUTS, other])
    assert stories["a"] == stories["b"]


def test_one_outlets_two_reports_of_one_happening_are_one_story():
    again = article("c", "Warta Kota", "Pasar Ikan Higienis Sukamaju Resmi Dibuka", PASAR_IKAN_LAGI)
    stories = cluster_articles([MARKET, again])
    assert stories["b"] == stories["c"]


def test_articles_of_no_known_outlet_are_not_held_back():
    stories = cluster_articles([dict(SCOUTS, outlet=None), dict(MARKET, outlet=None)])
    assert stories["a"] == stories["b"]


def test_the_outlet_is_read_from_the_record():
    assert ClusterInput.of(MARKET).outlet == "Warta Kota"
    assert ClusterInput.of(dict(MARKET, outlet="")).outlet is None


def test_two_stories_of_one_outlets_beat_do_not_merge():
    # two pieces each, of one outlet, on the mayor's two days out: alike in names, not in what happened
    clusterer = StoryClusterer()
    scouts_again = article("c", "Warta Kota", "Hendra Wijaya Minta Pramuka Sukamaju Rutin Berkemah", PRAMUKA.replace("Selasa", "kemarin"))
    market_again = article("d", "Warta Kota", "Pasar Ikan Sukamaju Diresmikan", PASAR_IKAN_LAGI)
    for record in (SCOUTS, MARKET, scouts_again, market_again):
        clusterer.add(record)
    stories = clusterer.assignments()
    assert stories["a"] == stories["c"]
    assert stories["b"] == stories["d"]
    assert stories["a"] != stories["b"]


# two happenings of one town on one day, told by two outlets with the same officials and places
TOWN = [("Lembah Hijau", "LOC"), ("Polres Lembah Hijau", "ORG"), ("Agus Salim", "PER"), ("RSUD Lembah Hijau", "ORG")]
BUS_CRASH = (
    "Sebuah bus pariwisata terguling di jalan menurun Kabupaten Lembah Hijau, Rabu siang. "
    "Kapolres Lembah Hijau AKBP Agus Salim mengatakan 14 penumpang luka dan dibawa ke RSUD Lembah Hijau. "
    "Polisi menduga rem bus blong saat melintasi tikungan tajam di kawasan perkebunan teh. "
    "Warga sekitar membantu mengevakuasi penumpang sebelum petugas gabungan tiba di lokasi."
)
STABBING = (
    "Seorang siswa terluka ditikam orang tak dikenal di depan sekolah menengah di Kabupaten Lembah Hijau, Rabu siang. "
    "Kapolres Lembah Hijau AKBP Agus Salim mengatakan korban dibawa ke RSUD Lembah Hijau dan kini dirawat intensif. "
    "Polisi memeriksa rekaman kamera pengawas dan meminta keterangan tiga saksi yang melihat pelaku kabur. "
    "Warga sekitar membantu menolong korban sebelum petugas tiba di lokasi."
)
CRASH_AGAIN = (
    "Jumlah korban bus pariwisata yang terguling di Kabupaten Lembah Hijau bertambah menjadi 17 orang. "
    "Kapolres Lembah Hijau AKBP Agus Salim menyebut sopir bus kini diperiksa sebagai saksi. "
    "RSUD Lembah Hijau masih merawat lima penumpang yang mengalami patah tulang."
)


def town_article(id_: str, outlet: str, title: str, body: str) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": "2025-06-11T15:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 2} for n, t in TOWN],
    }


CRASH = town_article("k", "Kabar Pesisir", "Bus Pariwisata Terguling di Lembah Hijau, 14 Penumpang Luka", BUS_CRASH)
ATTACK = town_article("t", "Warta Kota", "Siswa Ditikam di Depan Sekolah di Lembah Hijau", STABBING)


def test_a_headline_says_what_kind_of_happening_it_reports():
    assert headline_happenings("Muncul Asap di Kokpit, Pesawat Mendarat Darurat di Medan") == {"accident"}
    assert headline_happenings("Penembakan di Sekolah, Tiga Orang Tewas") == {"violence"}
    assert headline_happenings("Rudal Hantam Kota Pelabuhan, Picu Kebakaran Gudang") == {"violence", "fire"}
    # an everyday sense of a word is no happening
    assert headline_happenings("Timnas Banjir Pujian Usai Menang") == frozenset()
    assert headline_happenings(None) == frozenset()


def test_two_happenings_of_one_town_and_day_are_two_stories():
    unparted = ClusterConfig(part_happening_kinds=False, names_only_headline_words=None)
    joined = cluster_articles([CRASH, ATTACK], unparted)
    assert joined["k"] == joined["t"]
    stories = cluster_articles([CRASH, ATTACK])
    assert stories["k"] != stories["t"]


def test_a_follow_up_of_the_same_kind_of_happening_still_joins():
    later = town_article("k2", "Warta Kota", "Korban Bus Terguling di Lembah Hijau Bertambah Jadi 17 Orang", CRASH_AGAIN)
    stories = cluster_articles([CRASH, ATTACK, later])
    assert stories["k2"] == stories["k"] != stories["t"]


def test_a_headline_naming_no_happening_joins_either_kind():
    plain = town_article("p", "Kabar Pesisir", "Kapolres Lembah Hijau Minta Warga Tenang", BUS_CRASH.replace("Rabu", "Kamis"))
    stories = cluster_articles([CRASH, plain])
    assert stories["p"] == stories["k"]
