"""A headline says what happened: an article whose headline shares no word and no name with a story's headlines
reports another happening, however alike its body and names are (a player's illness is not the match he missed).
The articles are short Indonesian texts written for these tests."""

from __future__ import annotations

from telisik.stories.cluster import ClusterConfig, StoryClusterer, cluster_articles

NAMES = [
    ("Bintang Timur", "ORG"),
    ("Rajawali Selatan", "ORG"),
    ("Andika Pratama", "PER"),
    ("Budi Santoso", "PER"),
    ("Stadion Pakansari", "LOC"),
]

REPORT = (
    "Bintang Timur ditahan imbang Rajawali Selatan 1-1 di Stadion Pakansari, Rabu malam. "
    "Gol Bintang Timur dicetak Rizki Maulana pada menit ke-30, sebelum Rajawali Selatan menyamakan skor lewat penalti. "
    "Pelatih Budi Santoso menurunkan skuad tanpa striker andalan Andika Pratama yang absen karena sakit. "
    "Hasil imbang ini membuat Bintang Timur tertahan di posisi kedua klasemen sementara. "
    "Laga berikutnya Bintang Timur akan menjamu tim tamu dari ibu kota pekan depan."
)
REPORT_AGAIN = (
    "Laga Bintang Timur melawan Rajawali Selatan di Stadion Pakansari berakhir imbang 1-1, Rabu malam. "
    "Rizki Maulana membuka skor pada menit ke-30, lalu Rajawali Selatan membalas lewat penalti di babak kedua. "
    "Pelatih Budi Santoso mengaku kehilangan Andika Pratama yang tak bisa bermain karena sakit. "
    "Bintang Timur tertahan di posisi kedua klasemen sementara usai hasil imbang itu."
)
ILLNESS = (
    "Striker Bintang Timur Andika Pratama dilarikan ke rumah sakit karena terserang virus, Kamis. "
    "Pelatih Budi Santoso mengatakan Andika absen saat Bintang Timur ditahan imbang Rajawali Selatan 1-1 di Stadion Pakansari. "
    "Andika mengalami demam tinggi sejak sebelum laga dan harus menjalani perawatan intensif. "
    "Budi Santoso belum tahu kapan sang striker bisa kembali memperkuat Bintang Timur di klasemen."
)


def article(id_: str, outlet: str, title: str, body: str, day: str = "2025-06-19") -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": f"{day}T09:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 2} for n, t in NAMES],
    }


MATCH = [
    article("a", "Warta Bola", "Hasil Liga: Bintang Timur Ditahan Imbang Rajawali Selatan 1-1", REPORT),
    article("b", "Kabar Sport", "Bintang Timur Gagal Menang atas Rajawali Selatan", REPORT_AGAIN),
]
SICK = article("c", "Berita Kota", "Andika Pratama Dilarikan ke RS karena Virus", ILLNESS)


def test_an_illness_headline_sharing_nothing_with_the_match_headlines_starts_its_own_story():
    joined = cluster_articles([*MATCH, SICK], ClusterConfig(headlines_meet=False))
    assert joined["c"] == joined["a"] == joined["b"]  # its body and names alone would join it to the match
    stories = cluster_articles([*MATCH, SICK])
    assert stories["a"] == stories["b"]
    assert stories["c"] != stories["a"]


def test_a_follow_up_whose_headline_gives_a_name_of_the_story_still_joins():
    coach = article("d", "Berita Kota", "Budi Santoso Kecewa Bintang Timur Ditahan Rajawali Selatan", ILLNESS)
    stories = cluster_articles([*MATCH, coach])
    assert stories["d"] == stories["a"]


def test_an_article_without_a_headline_is_not_held_back():
    stories = cluster_articles([*MATCH, dict(SICK, title="")])
    assert stories["c"] == stories["a"]


def test_two_stories_whose_headlines_share_nothing_are_not_merged():
    clusterer = StoryClusterer()
    clusterer.add_all([*MATCH, SICK, article("e", "Warta Bola", "Andika Pratama Dilarikan ke RS karena Virus", ILLNESS)], False)
    sick, match = clusterer.stories[clusterer.story_of["c"]], clusterer.stories[clusterer.story_of["a"]]
    assert sick is not match
    assert not clusterer._headlines_meet(sick.centroid, match.centroid)
    assert clusterer._headlines_meet(match.centroid, match.centroid)
