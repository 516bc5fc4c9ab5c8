"""One happening, one story: pieces of one happening that the clusterer's guards used to keep apart.

Readers found one happening split over several stories (a killing told by one outlet in ten pieces, a helicopter
crash and its pilot, four islands offered for sale online told by two outlets in the same words). Each test holds a
guard's class: the beat of one outlet, one outlet's template, stay apart. The articles are short Indonesian texts
written for these tests.
"""

from __future__ import annotations

import pytest

from cluster_pieces import piece
from telisik.stories.cluster import ClusterConfig, StoryClusterer, article_vectors, cluster_articles, prepare

# --- two outlets' headlines alike in nearly every word, their texts' names read differently

ISLANDS = (
    "Empat pulau kecil di Kepulauan Sarunai ditawarkan di sebuah situs jual beli properti asing. "
    "Kementerian Kelautan dan Perikanan menyatakan pulau-pulau itu tidak boleh dimiliki perorangan. "
    "Harga yang dipasang mencapai puluhan miliar rupiah untuk setiap pulau."
)
ISLANDS_TOO = (
    "KKP menjelaskan kondisi empat pulau Sarunai yang diiklankan secara daring. "
    "Menurut Dirjen Pengelolaan Ruang Laut, pulau kecil hanya dapat dimanfaatkan dengan izin pemerintah. "
    "Iklan penjualan itu sudah dilaporkan kepada platform agar segera diturunkan."
)
SALE = piece(
    "a",
    "Empat Pulau Kecil di Sarunai Dijual Online",
    ISLANDS,
    [("Kepulauan Sarunai", "LOC"), ("Kementerian Kelautan dan Perikanan", "ORG")],
    outlet="Warta Kota",
)
SALE_TOO = piece(
    "b",
    "KKP Jelaskan Kondisi Empat Pulau Kecil Sarunai yang Dijual Online",
    ISLANDS_TOO,
    [("KKP", "ORG"), ("Dirjen Pengelolaan Ruang Laut", "PER")],
    outlet="Kabar Pagi",
    hour=11,
)


def test_two_outlets_alike_headlines_are_one_story_whatever_names_their_texts_were_read_to_give():
    # their names share nothing ("Kepulauan Sarunai" and the ministry's full name; "KKP" and its director-general):
    # the names' penalty for two parties would halve their similarity, while the headlines tell one happening
    apart = cluster_articles([SALE, SALE_TOO], ClusterConfig(alike_headlines_similarity=None))
    assert apart["a"] != apart["b"]
    stories = cluster_articles([SALE, SALE_TOO])
    assert stories["a"] == stories["b"]


HOAX_LICENCE = (
    "Beredar unggahan berisi tautan pendaftaran pembuatan SIM gratis untuk seluruh warga. "
    "Korlantas Polri memastikan tautan itu palsu dan meminta warga tidak mengisi data pribadi."
)
HOAX_TOKEN = (
    "Beredar unggahan berisi tautan pendaftaran token listrik gratis untuk seluruh warga. "
    "PLN memastikan tautan itu palsu dan meminta warga tidak mengisi data pribadi."
)


def test_the_alike_headlines_waiver_is_for_another_outlets_story_not_one_outlets_template():
    # one outlet's fact checks share every headline word but what each debunks: their names tell them apart, so the
    # names' penalty holds for a story of the article's own outlet, and is waived for another outlet's
    clusterer = StoryClusterer()
    clusterer.add(
        piece("s", "Cek Fakta: Tidak Benar Link Pendaftaran SIM Gratis", HOAX_LICENCE, [("Korlantas Polri", "ORG")], outlet="Warta Kota")
    )
    story = clusterer.stories[clusterer.story_of["s"]]
    token = piece(
        "t", "Cek Fakta: Tidak Benar Link Pendaftaran SIM Listrik Gratis", HOAX_TOKEN, [("PLN", "ORG")], outlet="Warta Kota", hour=15
    )
    f = prepare(token, clusterer.config, clusterer.df, clusterer.shingles)
    vectors = article_vectors(f, clusterer.df, clusterer.config)
    own = clusterer.similarity(story, f.day, vectors, "Warta Kota")
    other = clusterer.similarity(story, f.day, vectors, "Kabar Pagi")
    assert other == pytest.approx(2 * own)  # (the penalty halves it: ``foreign_names_factor``)
    assert not clusterer._alike_headlines(story, "Warta Kota", 0.9)
    assert clusterer._alike_headlines(story, "Kabar Pagi", 0.9)
    assert not clusterer._alike_headlines(story, "Kabar Pagi", 0.3)  # headlines this unlike keep the penalty


# --- a name of the story's headlines, in the article's headline though its names missed it

VALLEY = [("Lembah Kerinci Raya", "LOC"), ("Basarnas", "ORG")]
CRASH = (
    "Sebuah helikopter wisata jatuh di Lembah Kerinci Raya pada Minggu pagi, menewaskan enam penumpang dan pilotnya. "
    "Tim Basarnas menemukan puing-puing di lereng yang curam setelah pencarian selama empat jam."
)
PILOT = (
    "Pilot helikopter yang jatuh itu baru sebulan menjadi ayah dari bayi kembar. "
    "Rekan-rekannya mengenang dia sebagai penerbang yang tenang dan berpengalaman di jalur pegunungan. "
    "Jenazahnya diterbangkan ke kampung halamannya setelah dievakuasi tim Basarnas."
)


def test_the_story_names_an_articles_headline_gives_count_where_its_names_missed_them():
    clusterer = StoryClusterer()
    clusterer.add(piece("c", "Helikopter Jatuh di Lembah Kerinci Raya, 7 Orang Tewas", CRASH, VALLEY, outlet="Warta Kota", hour=9))
    story = clusterer.stories[clusterer.story_of["c"]]
    # the pilot piece's names give only the rescue agency: its headline text still gives the story's valley
    pilot = piece(
        "p",
        "Pilot Helikopter yang Jatuh di Lembah Kerinci Raya Baru Punya Bayi Kembar",
        PILOT,
        [("Basarnas", "ORG")],
        outlet="Warta Kota",
        hour=12,
    )
    f = prepare(pilot, clusterer.config, clusterer.df, clusterer.shingles)
    assert "lembah kerinci raya" not in f.headline_names
    assert "lembah kerinci raya" in clusterer._told_names(story, f)
    # a headline that does not give it gains nothing
    other = piece("o", "Pilot Helikopter Baru Punya Bayi Kembar", PILOT, [("Basarnas", "ORG")], outlet="Warta Kota", hour=12)
    g = prepare(other, clusterer.config, clusterer.df, clusterer.shingles)
    assert "lembah kerinci raya" not in clusterer._told_names(story, g)


def test_one_outlets_crash_and_its_pilot_are_one_story_though_the_pilots_names_missed_the_place():
    crash = piece("c", "Helikopter Jatuh di Lembah Kerinci Raya, 7 Orang Tewas", CRASH, VALLEY, outlet="Warta Kota", hour=9)
    cause = piece(
        "w",
        "Helikopter Jatuh di Lembah Kerinci Raya Diduga Akibat Kabut",
        CRASH.replace("pagi", "pagi saat kabut tebal"),
        VALLEY,
        outlet="Warta Kota",
        hour=10,
    )
    pilot = piece(
        "p",
        "Pilot Helikopter yang Jatuh di Lembah Kerinci Raya Baru Punya Bayi Kembar",
        PILOT,
        [("Basarnas", "ORG")],
        outlet="Warta Kota",
        hour=12,
    )
    stories = cluster_articles([crash, cause, pilot])
    assert stories["c"] == stories["w"] == stories["p"]


# --- one outlet's burst of pieces on a rare name


WEDDING = [("Raka Mahesa", "PER"), ("Nadia Kirana", "PER")]
VOWS = (
    "Penyanyi Raka Mahesa resmi menikahi Nadia Kirana dalam akad nikah di sebuah hotel di Jakarta Selatan, Senin pagi. "
    "Raka Mahesa mengucapkan ijab kabul dengan lancar disaksikan keluarga dan kerabat dekat. "
    "Pasangan itu tampak semringah usai akad nikah dan menyapa para tamu undangan."
)
GUESTS = (
    "Sejumlah selebritas hadir dalam akad nikah Raka Mahesa dan Nadia Kirana di hotel di Jakarta Selatan. "
    "Para tamu mengenakan busana bernuansa putih sesuai permintaan keluarga pengantin. "
    "Akad nikah berlangsung khidmat dan ditutup dengan doa bersama."
)
RINGS = (
    "Usai akad nikah, Raka Mahesa dan Nadia Kirana memamerkan cincin dan buku nikah kepada awak media di hotel. "
    "Pasangan itu mengaku lega karena ijab kabul berjalan lancar dan keluarga besar hadir lengkap. "
    "Mereka berencana menggelar resepsi di kampung halaman Nadia bulan depan."
)


def test_a_rare_name_one_outlets_story_gives_in_several_headlines_vouches_for_a_like_piece():
    clusterer = StoryClusterer()
    clusterer.add(piece("v", "Sah! Raka Mahesa Resmi Menikahi Nadia Kirana", VOWS, WEDDING, outlet="Warta Kota", hour=9))
    clusterer.add(piece("g", "Deretan Selebritas Hadiri Akad Raka Mahesa", GUESTS, WEDDING, outlet="Warta Kota", hour=10))
    story = clusterer.stories[clusterer.story_of["v"]]
    assert clusterer.story_of["g"] == story.id
    told = frozenset({"raka mahesa"})
    assert clusterer._rare_name_vouches("Warta Kota", story, told, 0.4)
    assert not clusterer._rare_name_vouches("Warta Kota", story, told, 0.3)  # not alike enough in the whole
    assert not clusterer._rare_name_vouches("Warta Kota", story, frozenset({"nadia kirana"}), 0.4)  # given once only
    # the name in another open story's headline of the outlet is its beat (a rider's, a mayor's)
    clusterer.outlet_names["Warta Kota", "raka mahesa"] += 1
    assert not clusterer._rare_name_vouches("Warta Kota", story, told, 0.4)
    off = StoryClusterer(ClusterConfig(own_outlet_rare_name_similarity=None))
    assert not off._rare_name_vouches("Warta Kota", story, told, 0.9)
