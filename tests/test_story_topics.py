"""A famous name's topic is no happening; one outlet's burst told in two stories is one.

Readers found a club's transfer talk in one story (its coach cutting three players, its hunt for an academy's
wonderkid): the headlines met on the club, its coach and "transfer", a word many background documents give, so the
names-only test read "transfer" as the happening's own word. And one outlet's pieces on a killing made two stories of one
day (the victim's pieces, the arrest of the two men who left her at the hospital) because story-to-story merges lacked
the same-day burst evidence an article's join has. The articles are short Indonesian texts written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

import cluster_pieces
from telisik.stories.cluster import ClusterConfig, StoryClusterer, cluster_articles

CLUB = [("Bintang Timur", "ORG"), ("Hendra Wijaya", "PER")]


# this file's pieces are of 9 June, by default at nine
piece = partial(cluster_pieces.piece, day="2025-06-09", hour=9)


CUTS = piece(
    "cuts",
    "Bursa Transfer Bintang Timur, Hendra Wijaya Coret Tiga Pemain Senior",
    "Pelatih Hendra Wijaya memastikan Bintang Timur mencoret tiga pemain senior jelang musim baru. "
    "Bintang Timur menilai ketiga pemain itu tidak masuk rencana Hendra Wijaya di bursa transfer musim panas. "
    "Manajemen Bintang Timur akan melepas mereka dengan status bebas transfer. Hendra Wijaya ingin skuad lebih muda.",
    CLUB,
    outlet="Warta Bola",
)
WONDERKID = piece(
    "kid",
    "Ambisi Hendra Wijaya, Bintang Timur Menangkan Perburuan Wonderkid, Calon Transfer Kelima",
    "Bintang Timur memenangkan perburuan seorang wonderkid berusia 18 tahun dari akademi tetangga. "
    "Hendra Wijaya disebut meminta manajemen Bintang Timur segera menuntaskan transfer sang wonderkid. "
    "Jika rampung, ia menjadi calon transfer kelima Bintang Timur pada musim panas ini.",
    CLUB,
    outlet="Kabar Sport",
    hour=11,
)
CUTS_AGAIN = piece(
    "cuts2",
    "Hendra Wijaya Coret Tiga Pemain Senior, Bintang Timur Siap Lepas dengan Status Bebas Transfer",
    "Tiga pemain senior dicoret pelatih Hendra Wijaya dari rencana Bintang Timur musim depan. "
    "Bintang Timur akan melepas ketiganya dengan status bebas transfer di bursa transfer musim panas. "
    "Hendra Wijaya menyebut ketiga pemain senior itu tidak lagi masuk rencananya.",
    CLUB,
    outlet="Kabar Sport",
    hour=12,
)


def test_a_clubs_two_transfer_matters_meeting_on_its_names_and_topic_are_two_stories():
    # the rule fires because every word of the club's name is common in the background ("bintang", "timur"), not
    # because the club is famous: the background measures words
    assert StoryClusterer()._famous_meet({"bintang timur"})
    # with the topic words read as the happening's own ("transfer"), the club's two matters join
    joined = cluster_articles([CUTS, WONDERKID], ClusterConfig(names_only_topic_share=None))
    assert joined["cuts"] == joined["kid"]
    apart = cluster_articles([CUTS, WONDERKID])
    assert apart["cuts"] != apart["kid"]


def test_two_outlets_telling_the_clubs_one_matter_still_join():
    stories = cluster_articles([CUTS, CUTS_AGAIN])
    assert stories["cuts"] == stories["cuts2"]


# a coach's resignation told by two outlets: the headlines meet on the club and "pelatih" (a name of common words and its
# topic word), the second piece's body says "meninggalkan" where the first's headline says "mundur", and the story's
# headlines name no party beyond the club; what the two share is the coach and the club's president, named in the
# opening sentences and in neither headline
COACH = [("Bintang Timur", "ORG"), ("Yosafat Lumbantobing", "PER"), ("Darius Kaligis", "PER"), ("Stadion Pancawarna", "LOC")]
QUITS = piece(
    "quits",
    "Pelatih Bintang Timur Resmi Mundur dari Jabatannya",
    "Yosafat Lumbantobing resmi mundur dari kursi pelatih Bintang Timur setelah dua musim. "
    "Presiden klub Darius Kaligis berterima kasih atas kerja Yosafat Lumbantobing di Stadion Pancawarna. "
    "Yosafat Lumbantobing menyebut keputusan itu diambil bersama keluarganya.",
    COACH,
    outlet="Warta Bola",
)
HUNT = piece(
    "hunt",
    "Bintang Timur Cari Pelatih Baru",
    "Yosafat Lumbantobing meninggalkan Bintang Timur setelah dua musim. "
    "Darius Kaligis kini menimbang sejumlah nama untuk mengisi kursi yang ditinggalkan Yosafat Lumbantobing. "
    "Manajemen berharap pengganti sudah tiba di Stadion Pancawarna sebelum latihan perdana.",
    COACH,
    outlet="Kabar Sport",
    hour=11,
)


def test_the_topic_rule_costs_two_outlets_telling_one_coachs_exit():
    # the trade-off the topic rule makes, pinned: the two pieces share the coach and the club's president in their
    # openings, yet neither is a name of the story's headlines, and the second body says "meninggalkan" where the
    # story's headline says "mundur", so nothing beyond the club and its topic word vouches and the exit is told as two
    # stories. Letting an opening's rare body name vouch (the story's and the piece's heaviest alike) joined these, but
    # on 16-17 and 19-20 June it also joined a brand's monthly sales with a feature on its car (the maker's director
    # quoted in both) and a phone maker's launch-date leak with its headset's release (the headset named in both),
    # and no right pair: a mend must tell those apart from this one. Change this test when one does.
    apart = cluster_articles([QUITS, HUNT])
    assert apart["quits"] != apart["hunt"]
    joined = cluster_articles([QUITS, HUNT], ClusterConfig(names_only_topic_share=None))
    assert joined["quits"] == joined["hunt"]


def test_topic_words_are_the_common_ones_only():
    clusterer = StoryClusterer()
    assert "transfer" in clusterer._topic_words({"transfer", "wonderkid"})
    assert "wonderkid" not in clusterer._topic_words({"transfer", "wonderkid"})
    off = StoryClusterer(ClusterConfig(names_only_topic_share=None))
    assert off._topic_words({"transfer", "pemain"}) == set()


KILLING = [
    ("Sekar Ayu Lestari", "PER"),
    ("Hotel Permata Senja", "LOC"),
    ("RSUD Mawar Lindung", "ORG"),
    ("Bagas Wiratmaja", "PER"),
    ("Kelurahan Sumber Rejo", "LOC"),
    ("Tirtapura", "LOC"),
]
SOSOK = piece(
    "a",
    "SOSOK Sekar Ayu Lestari, Ibu Muda yang Jasadnya Diantar Dua Pria ke Rumah Sakit",
    "Sekar Ayu Lestari dikenal tetangganya di Kelurahan Sumber Rejo sebagai ibu muda yang ramah dan rajin berjualan kue. "
    "Perempuan berusia 27 tahun itu pamit kepada keluarganya untuk bekerja, lalu menginap di Hotel Permata Senja. "
    "Kabar duka datang dari RSUD Mawar Lindung. Kompol Bagas Wiratmaja membenarkan identitasnya.",
    KILLING,
    outlet="Warta Kota",
    hour=19,
)
ARREST = piece(
    "b",
    "Polisi Amankan Dua Pria yang Antar Jasad Perempuan ke RSUD Mawar Lindung",
    "Polisi mengamankan dua pria yang mengantar jasad Sekar Ayu Lestari ke RSUD Mawar Lindung, Senin malam. "
    "Kompol Bagas Wiratmaja menyebut keduanya sempat kabur dari UGD sebelum ditangkap di dekat Hotel Permata Senja. "
    "Korban adalah warga Kelurahan Sumber Rejo yang menginap di hotel itu sejak Minggu.",
    KILLING,
    outlet="Warta Kota",
    hour=20,
)
ARREST_AGAIN = piece(
    "c",
    "Dua Pria Pengantar Jasad ke RSUD Mawar Lindung Diamankan, Ini Kata Polisi",
    "Dua pria yang mengantar jasad Sekar Ayu Lestari ke RSUD Mawar Lindung akhirnya diamankan polisi. "
    "Kompol Bagas Wiratmaja mengatakan keduanya diperiksa soal kematian korban di Hotel Permata Senja. "
    "Korban tinggal di Kelurahan Sumber Rejo dan dikenal ramah oleh tetangganya.",
    KILLING,
    outlet="Warta Kota",
    hour=21,
)


def test_one_outlets_two_stories_of_one_days_killing_merge_on_its_rare_names():
    # the article vouch off (no article's body can give 99 rare names), the pieces meet as two stories
    articles_apart = dict(burst_names=99)
    apart = cluster_articles([SOSOK, ARREST, ARREST_AGAIN], ClusterConfig(**articles_apart, burst_story_names=99))
    assert apart["b"] == apart["c"] != apart["a"]
    merged = cluster_articles([SOSOK, ARREST, ARREST_AGAIN], ClusterConfig(**articles_apart))
    assert merged["a"] == merged["b"] == merged["c"]


SPONSORS = [
    ("PT Sinar Kencana", "ORG"),
    ("Bank Pelita Raya", "ORG"),
    ("Toko Mas Lestari", "ORG"),
    ("CV Anugerah Tani", "ORG"),
    ("Koperasi Sumber Makmur", "ORG"),
]


def test_a_closed_story_keeps_none_of_its_listed_names():
    # the names a story's bodies give in lists serve the open stories' burst test only: once the window has passed the
    # story, the closed record (``ClosedStory``) keeps its members, not a sponsor roll per story of a long run
    fair = piece(
        "fair",
        "Bazar UMKM Tirtapura Dibuka, Ratusan Pengunjung Padati Alun-alun",
        "Bazar UMKM Tirtapura resmi dibuka di alun-alun kota pada Sabtu pagi. "
        "Acara itu didukung PT Sinar Kencana, Bank Pelita Raya, Toko Mas Lestari, CV Anugerah Tani dan Koperasi Sumber "
        "Makmur. "
        "Panitia menyebut ratusan pengunjung datang pada hari pertama.",
        SPONSORS,
        outlet="Warta Kota",
    )
    later = piece("later", "Timnas Putri Gelar Latihan Perdana", "Timnas putri menggelar latihan perdana.", [], outlet="Kabar Sport")
    later["published"] = "2025-06-30T09:00:00+07:00"
    clusterer = StoryClusterer()
    clusterer.add(fair)
    story = clusterer.stories[clusterer.story_of["fair"]]
    assert story.listed  # the control: the open story holds the roll
    clusterer.add(later)
    closed = clusterer.stories[clusterer.story_of["fair"]]
    assert closed is not story  # closed by the window
    assert "listed" not in dict(closed.kept)


# one outlet's day on a regent's tour: the outlet's boilerplate names him, his secretary, the village and the district
# in every piece, so a market's opening and a bridge's collapse meet on four rare names and alike bodies
TOUR = [
    ("Sindangsari", "LOC"),
    ("Darmawan Sulistyo", "PER"),
    ("Kecamatan Wanareja", "LOC"),
    ("Desa Cikadu", "LOC"),
    ("Yuyun Rahmawati", "PER"),
    ("Sekda Sindangsari", "ORG"),
]
TOUR_LEAD = (
    "Bupati Sindangsari Darmawan Sulistyo didampingi Sekda Sindangsari Yuyun Rahmawati datang ke Desa Cikadu, Kecamatan Wanareja, Senin. "
)
MARKET = piece(
    "market",
    "Bupati Darmawan Resmikan Pasar Desa Cikadu",
    TOUR_LEAD + "Darmawan Sulistyo meresmikan pasar desa yang dibangun dengan dana desa. "
    "Pasar itu menampung 80 pedagang kata Yuyun Rahmawati.",
    TOUR,
    outlet="Warta Daerah",
)
BRIDGE = piece(
    "bridge",
    "Darmawan Tinjau Jembatan Putus di Wanareja",
    TOUR_LEAD + "Darmawan Sulistyo meninjau jembatan gantung yang putus diterjang banjir di Wanareja. "
    "Yuyun Rahmawati menyebut perbaikan jembatan butuh dana desa.",
    TOUR,
    outlet="Warta Daerah",
    hour=14,
)
CUT_OFF = piece(
    "cutoff",
    "Jembatan Gantung Wanareja Putus, Warga Cikadu Terisolasi",
    TOUR_LEAD + "Jembatan gantung yang putus diterjang banjir membuat warga Desa Cikadu terisolasi. "
    "Darmawan Sulistyo dan Yuyun Rahmawati meninjau lokasi.",
    TOUR,
    outlet="Warta Daerah",
    hour=15,
)


def test_one_outlets_two_happenings_of_an_officials_tour_are_no_story_burst():
    # the article vouch off, the bridge's two pieces make a story, which the market's piece meets as a story: their
    # headlines share the regent's and the village's names only, no word of what happened
    articles_apart = dict(burst_names=99)
    stories = cluster_articles([MARKET, BRIDGE, CUT_OFF], ClusterConfig(**articles_apart))
    assert stories["bridge"] == stories["cutoff"] != stories["market"]


@pytest.mark.xfail(strict=True, reason="the article burst (burst_names) vouches on the tour's boilerplate names alone")
def test_one_outlets_two_happenings_of_an_officials_tour_stay_apart_at_the_defaults():
    stories = cluster_articles([MARKET, BRIDGE, CUT_OFF])
    assert stories["bridge"] == stories["cutoff"] != stories["market"]
