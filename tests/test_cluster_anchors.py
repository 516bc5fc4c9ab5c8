"""Joins decided by what the headlines name, and by what one outlet's pieces share beyond its beat's names.

- A happening many outlets report is told by the names most of its headlines give (a war's two countries, a
  volcano): a piece whose headline gives them all joins it even when its body is about a side of it (prices,
  flights), at a lower similarity than other articles need (``anchored_join_threshold``).
- One outlet's pieces on a rider or a mayor share the names of the beat; their bodies or headlines must be alike
  beyond those names for one outlet's pieces alone to be one story.

The articles are short Indonesian texts written for these tests; the countries and people are invented.
"""

from __future__ import annotations

from collections import Counter
from functools import partial

import cluster_pieces
from telisik.stories.cluster import ClusterConfig, ClusterInput, Story, StoryClusterer, cluster_articles, headline_names

WAR_NAMES = [("Karvonia", "LOC"), ("Drelstad", "LOC"), ("Menteri Pertahanan Karvonia", "ORG")]
WAR_BODY = (
    "Militer Karvonia meluncurkan gelombang serangan rudal ke pangkalan udara Drelstad pada Senin malam. "
    "Drelstad membalas dengan serangan drone ke depot bahan bakar di perbatasan, menewaskan sedikitnya sembilan tentara. "
    "Menteri Pertahanan Karvonia menyebut operasi militer akan berlanjut sampai ancaman rudal Drelstad dihentikan. "
    "Ribuan warga sipil mengungsi dari kota perbatasan ke tempat penampungan di selatan."
)
WAR_HEADLINES = [
    ("w1", "Kabar Pesisir", "Karvonia Luncurkan Rudal ke Pangkalan Drelstad"),
    ("w2", "Warta Kota", "Drelstad Balas Serangan Karvonia dengan Drone"),
    ("w3", "Kabar Pesisir", "Perang Karvonia-Drelstad Memanas, Ribuan Warga Mengungsi"),
    ("w4", "Warta Kota", "Menhan Karvonia: Operasi Militer ke Drelstad Berlanjut"),
]
# the war's effect on a market: another body, the same two countries in the headline
COFFEE = (
    "Harga kopi robusta di pasar berjangka naik tajam pada perdagangan Selasa karena pasokan dari pelabuhan "
    "Drelstad terhenti setelah serangan rudal Karvonia. Eksportir kopi di Lampung mengaku mendapat pesanan tambahan "
    "dari pembeli Eropa. Analis komoditas memperkirakan harga kopi tetap tinggi selama jalur pelayaran belum dibuka. "
    "Serangan drone Drelstad ke perbatasan Karvonia juga menaikkan ongkos asuransi kapal kargo. "
    "Operasi militer Karvonia yang berlanjut membuat ribuan warga sipil mengungsi ke selatan dan pelabuhan ditutup. "
    "Militer Karvonia menyebut gelombang serangan ke Drelstad belum akan dihentikan. "
    "Asosiasi Eksportir Kopi meminta petani tidak menjual panen terlalu murah kepada tengkulak selama perang."
)


COFFEE_NAMES = [("Lampung", "LOC"), ("Eropa", "LOC"), ("Asosiasi Eksportir Kopi", "ORG")]


def war_article(id_: str, outlet: str, title: str, body: str = WAR_BODY, names: list[tuple[str, str]] = WAR_NAMES) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": "2025-06-18T09:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 2} for n, t in names],
    }


WAR = [
    war_article(i, outlet, title, WAR_BODY.replace("Senin", day))
    for (i, outlet, title), day in zip(WAR_HEADLINES, ("Senin", "Selasa", "Senin", "Rabu"), strict=True)
]


def test_a_headline_gives_the_names_found_in_it_as_whole_words():
    names = ["Karvonia", "Drelstad", "Menteri Pertahanan Karvonia", "Dre"]
    assert headline_names("Perang Karvonia-Drelstad Memanas", names) == {"karvonia", "drelstad"}
    assert headline_names("Harga Kopi Naik", names) == frozenset()


def test_a_story_is_anchored_by_the_names_most_of_its_headlines_give():
    story = Story("s", members=["a", "b", "c", "d"], headline_names=Counter({"karvonia": 4, "drelstad": 2, "kopi": 1}))
    assert sorted(story.anchors) == ["drelstad", "karvonia"]


def test_a_side_of_the_war_named_in_its_headline_joins_the_war():
    coffee = war_article("c", "Warta Kota", "Perang Karvonia-Drelstad Bikin Harga Kopi Melonjak", COFFEE, COFFEE_NAMES)
    unanchored = cluster_articles([*WAR, coffee], ClusterConfig(anchored_join_threshold=None))
    assert unanchored["c"] != unanchored["w1"]
    stories = cluster_articles([*WAR, coffee])
    assert stories["c"] == stories["w1"] == stories["w4"]


def test_a_headline_giving_only_one_of_the_names_is_not_anchored():
    coffee = war_article("c", "Warta Kota", "Pasokan dari Drelstad Terhenti, Harga Kopi Melonjak", COFFEE, COFFEE_NAMES)
    stories = cluster_articles([*WAR, coffee])
    assert stories["c"] != stories["w1"]


def test_one_outlets_war_is_no_anchor():
    # the same four pieces from one outlet: a beat of that outlet, which tells no happening by its names
    one_outlet = [dict(a, outlet="Kabar Pesisir") for a in WAR]
    coffee = war_article("c", "Kabar Pesisir", "Perang Karvonia-Drelstad Bikin Harga Kopi Melonjak", COFFEE, COFFEE_NAMES)
    clusterer = StoryClusterer()
    for record in one_outlet:
        clusterer.add(record)
    story = clusterer.stories[clusterer.story_of["w1"]]
    assert not clusterer.headline_anchor(story, clusterer_features(clusterer, coffee))


def clusterer_features(clusterer: StoryClusterer, record: dict):
    from telisik.stories.cluster import features

    return features(ClusterInput.of(record), clusterer.config, clusterer.df)


# one outlet's beat: a rider whose name fills both pieces
RIDER = [("Rafael Okta", "PER"), ("Kejuaraan Balap Nusantara", "ORG"), ("Tim Garuda Racing", "ORG")]
RETIRING = (
    "Pembalap Rafael Okta mengungkap rencananya setelah pensiun dari Kejuaraan Balap Nusantara. "
    "Rafael Okta ingin membuka sekolah balap untuk anak-anak di kampung halamannya dan menjadi pelatih muda. "
    "Rafael Okta mengaku belum menentukan tahun pensiun, tetapi kontraknya bersama Tim Garuda Racing habis musim depan. "
    "Pembalap berusia 31 tahun itu sudah mengoleksi empat gelar juara."
)
TRAINING = (
    "Pembalap Rafael Okta tetap rajin berlatih meski sudah mengoleksi empat gelar juara Kejuaraan Balap Nusantara. "
    "Rafael Okta bersepeda sejauh 80 kilometer setiap pagi dan berlatih motocross bersama adiknya. "
    "Menurut Rafael Okta, kebugaran menjadi kunci menghadapi sirkuit yang panas pada seri berikutnya bersama Tim Garuda Racing."
)
# one outlet's two pieces on one case, each on another side of it: their headlines tell the one case
GRANT = [("Kejati Jawa Barat", "ORG"), ("Kota Sukamaju", "LOC"), ("Kwartir Cabang Sukamaju", "ORG")]
DETAINED = (
    "Kejati Jawa Barat menahan empat tersangka dalam perkara penyelewengan dana hibah Kwartir Cabang Sukamaju. "
    "Keempatnya ditahan selama 20 hari di rumah tahanan setelah diperiksa penyidik sejak pagi. "
    "Kerugian negara ditaksir mencapai Rp 6 miliar dari anggaran tahun 2022 dan 2023."
)
RESPONDS = (
    "Pemerintah Kota Sukamaju menyatakan menghormati proses hukum yang berjalan di Kejati Jawa Barat. "
    "Sekretaris daerah meminta seluruh organisasi penerima bantuan menyusun laporan pertanggungjawaban tepat waktu. "
    "Inspektorat akan mengaudit ulang penyaluran bantuan organisasi kemasyarakatan mulai bulan depan."
)


# the beat tests' pieces: one outlet's (the default, Warta Kota), of 18 June
piece = partial(cluster_pieces.piece, day="2025-06-18")


def test_one_outlets_pieces_alike_only_in_their_riders_name_are_two_stories():
    retiring = piece("r", "Rafael Okta Ungkap Rencana Usai Pensiun", RETIRING, RIDER)
    training = piece("t", "Rafael Okta Tetap Rajin Berlatih", TRAINING, RIDER)
    # (the names-only guard parts them as well: their headlines meet on the rider's name alone)
    unguarded = cluster_articles([retiring, training], ClusterConfig(own_outlet_words_similarity=None, names_only_headline_words=None))
    assert unguarded["r"] == unguarded["t"]
    stories = cluster_articles([retiring, training])
    assert stories["r"] != stories["t"]


def test_one_outlets_pieces_whose_headlines_tell_one_case_are_one_story():
    detained = piece("d", "Kejati Tahan 4 Tersangka Korupsi Dana Hibah Pramuka Sukamaju", DETAINED, GRANT)
    responds = piece("p", "Pemkot Sukamaju Respons Kasus Korupsi Dana Hibah Pramuka", RESPONDS, GRANT)
    # (the control switches off the burst vouch too: one day's two pieces sharing the case's rare names are one burst)
    by_bodies_only = cluster_articles(
        [detained, responds], ClusterConfig(own_outlet_title_similarity=2.0, own_outlet_vouch_similarity=None, burst_similarity=None)
    )
    assert by_bodies_only["d"] != by_bodies_only["p"]
    stories = cluster_articles([detained, responds])
    assert stories["d"] == stories["p"]
