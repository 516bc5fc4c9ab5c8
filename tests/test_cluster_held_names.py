"""One outlet's pieces on one happening, vouched for by the names their headlines give and no other piece of it.

An outlet's pieces on its beat (a rider, a mayor) share names and are held apart unless their bodies or headlines
are alike beyond the names (``test_cluster_anchors``, ``test_cluster_joins``). Several pieces of one outlet on one
happening, each from another side (what the bupati did, then what he said of it), are alike in little but their
names: two names that their headlines give, and that none of the outlet's other open stories' headlines give,
tell the happening. The articles are short Indonesian texts written for these tests.
"""

from __future__ import annotations

from cluster_pieces import piece
from telisik.stories.cluster import ClusterConfig, cluster_articles, distinct_names

BAY = [("Haris Mahendra", "PER"), ("Teluk Cempaka", "LOC"), ("Kabupaten Seruni", "LOC")]
EVICTED = (
    "Bupati Seruni Haris Mahendra mengusir kapal pesiar berbendera asing yang berlabuh di Teluk Cempaka, Kamis siang. "
    "Video pengusiran itu beredar luas di media sosial dan memperlihatkan sang bupati berteriak dari perahu motor. "
    "Puluhan turis di geladak kapal tampak kebingungan, sementara awak kapal segera mengangkat jangkar."
)
EXPLAINS = (
    "Haris Mahendra akhirnya buka suara soal videonya yang viral. Ia menyebut izin sandar kapal itu belum diurus "
    "ke pemerintah daerah, sehingga retribusi wisata tidak pernah dibayarkan. Menurutnya, Teluk Cempaka adalah "
    "kawasan konservasi terumbu karang yang harus dilindungi dari jangkar kapal besar."
)
RIDER = [("Rafael Okta", "PER"), ("Piala Cakrawala", "ORG"), ("Tim Garuda Racing", "ORG")]
RETIRING = (
    "Pembalap Rafael Okta mengungkap rencananya setelah pensiun dari Piala Cakrawala. "
    "Ia ingin membuka sekolah balap untuk anak-anak di kampung halamannya dan menjadi pelatih muda. "
    "Kontraknya bersama Tim Garuda Racing habis musim depan, dan ia sudah mengoleksi empat gelar juara."
)
TRAINING = (
    "Pembalap Rafael Okta tetap rajin berlatih meski sudah mengoleksi empat gelar Piala Cakrawala. "
    "Setiap pagi ia bersepeda sejauh 80 kilometer lalu berlatih motocross bersama adiknya di perbukitan. "
    "Kebugaran, katanya, menjadi kunci menghadapi sirkuit yang panas bersama Tim Garuda Racing."
)
SPONSOR = (
    "Rafael Okta menjadi duta sebuah merek minuman isotonik selama dua tahun ke depan. "
    "Kontrak iklan itu diteken di Jakarta disaksikan manajer Tim Garuda Racing dan puluhan penggemar."
)


EVICTION = piece("e", "Viral Bupati Haris Mahendra Usir Kapal Pesiar Asing dari Teluk Cempaka", EVICTED, BAY)
EXPLANATION = piece("x", "Haris Mahendra Buka Suara Usai Videonya di Teluk Cempaka Viral", EXPLAINS, BAY)
# (these short pieces give little but their names: their whole similarity, which vouches for a piece very like its
# story, is left out, so only the names can vouch)
# (the controls switch off the burst vouch too: one day's two pieces sharing the matter's rare names are one burst,
# test_story_bursts.py)
NO_WHOLE_VOUCH = ClusterConfig(own_outlet_vouch_similarity=None, burst_similarity=None)
NO_NAMES_VOUCH = ClusterConfig(own_outlet_shared_names=None, own_outlet_vouch_similarity=None, burst_similarity=None)
NAMES_VOUCH_ONLY = ClusterConfig(names_only_headline_words=None)


def test_one_outlets_pieces_whose_headlines_share_two_names_of_their_own_are_one_story():
    apart = cluster_articles([EVICTION, EXPLANATION], NO_NAMES_VOUCH)
    assert apart["e"] != apart["x"]  # alike in little but the names: the beat test holds them apart
    stories = cluster_articles([EVICTION, EXPLANATION])
    assert stories["e"] == stories["x"]


def test_the_same_pieces_read_ahead_make_the_same_stories():
    assert cluster_articles([EVICTION, EXPLANATION], read_ahead=True) == cluster_articles([EVICTION, EXPLANATION], read_ahead=False)


def test_names_the_outlets_other_stories_give_are_its_beat():
    # the rider's name is in another open story of the outlet's (a sponsor deal): rider and championship are its
    # beat, not one happening, and the two pieces that give both stay apart
    sponsor = piece("s", "Rafael Okta Jadi Duta Minuman Isotonik", SPONSOR, RIDER)
    retiring = piece("r", "Rafael Okta Ungkap Rencana Usai Pensiun dari Piala Cakrawala", RETIRING, RIDER)
    training = piece("t", "Rafael Okta Tetap Rajin Berlatih demi Piala Cakrawala", TRAINING, RIDER)
    # with no other piece giving the names, the held names vouch for them (the names-only guard, which reads their
    # bodies for each other's headline words, is left out here: it parts these two as well)
    alone = cluster_articles([retiring, training], NAMES_VOUCH_ONLY)
    assert alone["r"] == alone["t"]
    stories = cluster_articles([sponsor, retiring, training])
    assert stories["r"] != stories["t"]
    assert stories["s"] not in (stories["r"], stories["t"])


def test_a_name_common_in_the_background_is_a_beat_from_the_first_piece():
    # a championship whose words many background documents give (a league, a country) is a beat even before the
    # outlet's other pieces show it
    names = [("Rafael Okta", "PER"), ("Kejuaraan Balap Nusantara", "ORG")]
    league = "Kejuaraan Balap Nusantara"
    retiring = piece("r", f"Rafael Okta Ungkap Rencana Usai Pensiun dari {league}", RETIRING.replace("Piala Cakrawala", league), names)
    training = piece("t", f"Rafael Okta Tetap Rajin Berlatih demi {league}", TRAINING.replace("Piala Cakrawala", league), names)
    stories = cluster_articles([retiring, training])
    assert stories["r"] != stories["t"]
    unguarded = cluster_articles([retiring, training], ClusterConfig(beat_name_share=1.0, names_only_headline_words=None))
    assert unguarded["r"] == unguarded["t"]


def test_one_shared_name_does_not_vouch():
    eviction = piece("e", "Viral Bupati Haris Mahendra Usir Kapal Pesiar Asing", EVICTED, BAY)
    stories = cluster_articles([eviction, EXPLANATION], NO_WHOLE_VOUCH)
    assert stories["e"] != stories["x"]


def test_a_name_within_another_counts_once():
    assert sorted(distinct_names({"riau", "polda riau", "kampar"})) == ["kampar", "polda riau"]
    assert sorted(distinct_names({"teluk cempaka", "haris mahendra"})) == ["haris mahendra", "teluk cempaka"]
