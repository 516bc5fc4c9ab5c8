"""A famous name's topic is no happening; one outlet's burst told in two stories is one.

Readers found a club's transfer talk in one story (its coach cutting three players, its hunt for an academy's
wonderkid): the headlines met on the club, its coach and "transfer", a word many background documents give, so the
names-only test read "transfer" as the happening's own word. And one outlet's pieces on a killing made two stories of one
day (the victim's pieces, the arrest of the two men who left her at the hospital) because story-to-story merges lacked
the same-day burst evidence an article's join has. The articles are short Indonesian texts written for these tests.
"""

from __future__ import annotations

from telisik.stories.cluster import ClusterConfig, StoryClusterer, cluster_articles

CLUB = [("Bintang Timur", "ORG"), ("Hendra Wijaya", "PER")]


def piece(id_: str, outlet: str, title: str, body: str, names: list[tuple[str, str]], hour: int = 9) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": f"2025-06-09T{hour:02d}:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 3} for n, t in names],
    }


CUTS = piece(
    "cuts",
    "Warta Bola",
    "Bursa Transfer Bintang Timur, Hendra Wijaya Coret Tiga Pemain Senior",
    "Pelatih Hendra Wijaya memastikan Bintang Timur mencoret tiga pemain senior jelang musim baru. "
    "Bintang Timur menilai ketiga pemain itu tidak masuk rencana Hendra Wijaya di bursa transfer musim panas. "
    "Manajemen Bintang Timur akan melepas mereka dengan status bebas transfer. Hendra Wijaya ingin skuad lebih muda.",
    CLUB,
)
WONDERKID = piece(
    "kid",
    "Kabar Sport",
    "Ambisi Hendra Wijaya, Bintang Timur Menangkan Perburuan Wonderkid, Calon Transfer Kelima",
    "Bintang Timur memenangkan perburuan seorang wonderkid berusia 18 tahun dari akademi tetangga. "
    "Hendra Wijaya disebut meminta manajemen Bintang Timur segera menuntaskan transfer sang wonderkid. "
    "Jika rampung, ia menjadi calon transfer kelima Bintang Timur pada musim panas ini.",
    CLUB,
    hour=11,
)
CUTS_AGAIN = piece(
    "cuts2",
    "Kabar Sport",
    "Hendra Wijaya Coret Tiga Pemain Senior, Bintang Timur Siap Lepas dengan Status Bebas Transfer",
    "Tiga pemain senior dicoret pelatih Hendra Wijaya dari rencana Bintang Timur musim depan. "
    "Bintang Timur akan melepas ketiganya dengan status bebas transfer di bursa transfer musim panas. "
    "Hendra Wijaya menyebut ketiga pemain senior itu tidak lagi masuk rencananya.",
    CLUB,
    hour=12,
)


def test_a_clubs_two_transfer_matters_meeting_on_its_names_and_topic_are_two_stories():
    # with the topic words read as the happening's own ("transfer"), the club's two matters join
    joined = cluster_articles([CUTS, WONDERKID], ClusterConfig(names_only_topic_share=None))
    assert joined["cuts"] == joined["kid"]
    apart = cluster_articles([CUTS, WONDERKID])
    assert apart["cuts"] != apart["kid"]


def test_two_outlets_telling_the_clubs_one_matter_still_join():
    stories = cluster_articles([CUTS, CUTS_AGAIN])
    assert stories["cuts"] == stories["cuts2"]


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
    "Warta Kota",
    "SOSOK Sekar Ayu Lestari, Ibu Muda yang Jasadnya Diantar Dua Pria ke Rumah Sakit",
    "Sekar Ayu Lestari dikenal tetangganya di Kelurahan Sumber Rejo sebagai ibu muda yang ramah dan rajin berjualan kue. "
    "Perempuan berusia 27 tahun itu pamit kepada keluarganya untuk bekerja, lalu menginap di Hotel Permata Senja. "
    "Kabar duka datang dari RSUD Mawar Lindung. Kompol Bagas Wiratmaja membenarkan identitasnya.",
    KILLING,
    hour=19,
)
ARREST = piece(
    "b",
    "Warta Kota",
    "Polisi Amankan Dua Pria yang Antar Jasad Perempuan ke RSUD Mawar Lindung",
    "Polisi mengamankan dua pria yang mengantar jasad Sekar Ayu Lestari ke RSUD Mawar Lindung, Senin malam. "
    "Kompol Bagas Wiratmaja menyebut keduanya sempat kabur dari UGD sebelum ditangkap di dekat Hotel Permata Senja. "
    "Korban adalah warga Kelurahan Sumber Rejo yang menginap di hotel itu sejak Minggu.",
    KILLING,
    hour=20,
)
ARREST_AGAIN = piece(
    "c",
    "Warta Kota",
    "Dua Pria Pengantar Jasad ke RSUD Mawar Lindung Diamankan, Ini Kata Polisi",
    "Dua pria yang mengantar jasad Sekar Ayu Lestari ke RSUD Mawar Lindung akhirnya diamankan polisi. "
    "Kompol Bagas Wiratmaja mengatakan keduanya diperiksa soal kematian korban di Hotel Permata Senja. "
    "Korban tinggal di Kelurahan Sumber Rejo dan dikenal ramah oleh tetangganya.",
    KILLING,
    hour=21,
)


def test_one_outlets_two_stories_of_one_days_killing_merge_on_its_rare_names():
    # the article vouch off (no article's body can give 99 rare names), the pieces meet as two stories
    articles_apart = dict(burst_names=99)
    apart = cluster_articles([SOSOK, ARREST, ARREST_AGAIN], ClusterConfig(**articles_apart, burst_story_names=99))
    assert apart["b"] == apart["c"] != apart["a"]
    merged = cluster_articles([SOSOK, ARREST, ARREST_AGAIN], ClusterConfig(**articles_apart))
    assert merged["a"] == merged["b"] == merged["c"]
