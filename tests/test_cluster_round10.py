"""Issue 17, round 10: what keeps a day's largest stories pure. A press occasion's other matter (a ministry's word on
a killing abroad after its briefing on arrests elsewhere) does not ride into the briefing's story on the speaker's
words; the two words of one person's name vouch for one thing, not two (her plans to marry, her youth); a war's
territory ("Gaza") is where many happenings of a day are told, not the sign of one. The articles are short
Indonesian texts written for these tests."""

from __future__ import annotations

from functools import partial

import cluster_pieces
from telisik.stories.cluster import ClusterConfig, StoryClusterer, _told_units, cluster_articles

BRIEFING = [("Kementerian Luar Negeri", "ORG"), ("Los Angeles", "LOC"), ("Amerika Serikat", "LOC"), ("Judha Nugraha", "PER")]
ABROAD = [("Lombok Timur", "LOC"), ("Johor", "LOC"), ("Malaysia", "LOC"), ("Judha Nugraha", "PER")]

RAID = (
    "Kementerian Luar Negeri menyampaikan dua warga negara Indonesia ditangkap otoritas imigrasi di Los Angeles, Amerika Serikat. "
    "Direktur Pelindungan WNI Judha Nugraha mengatakan keduanya ditahan dalam operasi penggerebekan imigran tanpa dokumen. "
    "Konsulat Jenderal RI di Los Angeles sudah meminta akses kekonsuleran untuk menemui kedua WNI tersebut. "
    "Judha Nugraha mengimbau WNI di Amerika Serikat membawa dokumen diri dan menghindari lokasi unjuk rasa, kata dia dalam jumpa pers di Jakarta."
)
RAID_AGAIN = (
    "Dua WNI ditangkap petugas imigrasi Amerika Serikat dalam penggerebekan di Los Angeles, kata Kementerian Luar Negeri. "
    "Judha Nugraha menyebut KJRI Los Angeles terus memantau proses hukum kedua WNI yang ditahan tersebut. "
    "Kemlu juga mengimbau WNI di Amerika Serikat menjauhi lokasi demonstrasi menentang kebijakan imigrasi. "
    "Judha Nugraha menyampaikan keterangan itu dalam jumpa pers di Jakarta, Senin."
)
KILLING = (
    "Seorang pekerja asal Lombok ditemukan tewas bersimbah darah di sebuah perkebunan sawit di Johor, Malaysia. "
    "Polisi Johor menahan lima rekan kerjanya yang diduga menganiaya korban setelah cekcok soal upah. "
    "Jenazah korban akan dipulangkan ke kampung halamannya di Nusa Tenggara Barat pekan depan dengan biaya perusahaan. "
    "Keluarga korban di Lombok Timur berharap para pelaku dihukum berat. "
    "Kemlu menyebut kasus itu terus dipantau, kata Judha Nugraha dalam jumpa pers di Jakarta."
)

FOUND = (
    "Pekerja sawit asal Lombok Timur ditemukan tak bernyawa di perkebunan sawit di Johor, Malaysia, Minggu pagi. "
    "Rekan kerja korban menemukan tubuhnya bersimbah darah di dekat barak pekerja. "
    "Polisi Johor memeriksa lima pekerja asal Indonesia yang terakhir terlihat cekcok dengan korban soal upah. "
    "Keluarga di Lombok Timur meminta jenazah korban segera dipulangkan ke Nusa Tenggara Barat."
)


# this file's pieces are of 9 June
piece = partial(cluster_pieces.piece, day="2025-06-09")


ARRESTS = [
    piece("a", "2 WNI di Los Angeles Ditangkap Otoritas Imigrasi AS, Ini Kata Kemlu", RAID, BRIEFING, outlet="Kabar Satu"),
    piece("b", "KJRI Los Angeles: Dua WNI Ditahan dalam Penggerebekan Imigran", RAID_AGAIN, BRIEFING, outlet="Warta Dua"),
]
OTHER_MATTER = piece("c", "Kemlu: Ada Kasus Pembunuhan WNI di Malaysia, 5 Terduga Pelaku Ditahan", KILLING, ABROAD, outlet="Kabar Satu")


def test_a_killing_told_at_the_briefing_does_not_join_the_briefings_story_of_arrests():
    unguarded = cluster_articles([*ARRESTS, OTHER_MATTER], ClusterConfig(unkinded_story_threshold=None))
    assert unguarded["c"] == unguarded["a"]  # the speaker, his ministry and the citizens carry it in
    stories = cluster_articles([*ARRESTS, OTHER_MATTER])
    assert stories["a"] == stories["b"]
    assert stories["c"] != stories["a"]


def test_a_killing_joins_the_story_of_the_body_found_though_that_headline_names_no_kind():
    found = piece("d", "Pekerja Asal Lombok Ditemukan Tak Bernyawa di Kebun Sawit Johor Malaysia", FOUND, ABROAD, outlet="Warta Dua")
    raised = cluster_articles([found, OTHER_MATTER], ClusterConfig(unkinded_story_threshold=0.99))
    assert raised["c"] != raised["d"]  # (no copy: it joins on its similarity alone)
    stories = cluster_articles([found, OTHER_MATTER])
    assert stories["c"] == stories["d"]  # alike in its own words, not the speaker's: the follow-up of that body found


def test_the_words_of_one_name_count_once():
    names = {"natasha wilona", "verrell bramasta"}
    assert _told_units({"natasha", "wilona"}, names) == 1
    assert _told_units({"natasha", "wilona", "verrell", "bramasta"}, names) == 2
    assert _told_units({"natasha", "wilona", "menikah"}, names) == 2
    assert _told_units({"lewotobi", "erupsi"}, set()) == 2


def test_a_wars_territory_is_no_rare_place_while_a_volcano_is():
    clusterer = StoryClusterer(use_background=True)
    assert "lewotobi" in clusterer._rare_words({"lewotobi", "gaza"})
    assert "gaza" not in clusterer._rare_words({"lewotobi", "gaza"})
