"""Stories of one press occasion's several matters, and one outlet's several pieces on one matter.

- Two stories, each told in several pieces, whose headlines are unlike (``parted_headlines_similarity``) report two
  matters, however alike their bodies and names: a federation's new pairing and its ultimatum to athletes, raised at
  one press occasion, are not merged.
- An outlet that covers a happening alone writes several pieces on one matter, each in other words; an article very
  like such a story in the whole joins it though nothing else vouches for it (``own_outlet_vouch_similarity``).

The articles are short Indonesian texts written for these tests; the federation, players and places are invented.
"""

from __future__ import annotations

from collections import Counter
from functools import partial

import cluster_pieces
from telisik.stories.cluster import ClusterConfig, Story, StoryClusterer, _portfolios, cluster_articles, headline_key
from telisik.stories.similarity import norm

NO_PARTING = ClusterConfig(parted_headlines_similarity=None)


def story(sid: str, members: int, headline: dict[str, float]) -> Story:
    """A story of ``members`` pieces whose summed headline vector is ``headline`` (terms without the "t:" mark)."""
    title = {f"t:{word}": weight for word, weight in headline.items()}
    return Story(sid, members=[f"{sid}{n}" for n in range(members)], centroid={"title": title}, norm={"title": norm(title)})


PAIRING = {"pasangan": 2.0, "baru": 1.5, "dejan": 1.5, "rinaldi": 1.5, "pbsn": 0.4}
ULTIMATUM = {"ultimatum": 2.0, "atlet": 1.5, "pelatih": 1.5, "juara": 1.0, "pbsn": 0.4}


def test_two_stories_of_one_occasion_whose_headlines_are_unlike_are_parted():
    clusterer = StoryClusterer()
    assert clusterer._headlines_parted(story("a", 3, PAIRING), story("b", 4, ULTIMATUM))
    # the same matter told in other words is no parting: most of the headline words are shared
    retold = dict(PAIRING, resmi=1.0)
    assert not clusterer._headlines_parted(story("a", 3, PAIRING), story("b", 2, retold))


def test_a_story_and_a_lone_article_are_left_to_the_joins_tests():
    # a follow-up's headline is told in its own words: one piece alone is never parted from a story by its headline
    assert not StoryClusterer()._headlines_parted(story("a", 3, PAIRING), story("b", 1, ULTIMATUM))


def test_the_parting_can_be_turned_off():
    assert not StoryClusterer(NO_PARTING)._headlines_parted(story("a", 3, PAIRING), story("b", 4, ULTIMATUM))


# one outlet's pieces on a strait that a country threatens to close: told in other words each time, with the
# country's and the strait's names and few other words in common
NAMES = [("Varesh", "LOC"), ("Selat Karimun Barat", "LOC"), ("Teluk Oram", "LOC")]
CLOSURE = (
    "Pemerintah Varesh mengancam menutup Selat Karimun Barat bagi kapal tanker asing mulai pekan depan. "
    "Selat Karimun Barat dilalui seperlima pasokan minyak dunia dari Teluk Oram. "
    "Ancaman penutupan Selat Karimun Barat itu membuat harga minyak mentah melonjak dan pelayaran tertahan."
)
CLOSURE_AGAIN = (
    "Ancaman Varesh menutup Selat Karimun Barat bagi tanker asing membuat pasar minyak dunia gelisah. "
    "Seperlima pasokan minyak dari Teluk Oram melewati Selat Karimun Barat setiap hari. "
    "Harga minyak mentah melonjak setelah penutupan Selat Karimun Barat diumumkan dan pelayaran tertahan."
)


# this file's pieces are one outlet's of 17 June, all naming the same NAMES
piece = partial(cluster_pieces.piece, names=NAMES, outlet="Kabar Samudra", day="2025-06-17", mentions=2)


THREAT = piece("a", "Varesh Ancam Tutup Selat Karimun Barat", CLOSURE)
WHY = piece("b", "Diancam Ditutup Varesh, Selat Karimun Barat Milik Siapa?", CLOSURE_AGAIN)
# the outlet's other vouches made out of reach, so only the whole similarity can vouch
# (nor the burst vouch: one day's pieces sharing the matter's rare names, test_story_bursts.py)
ONLY_WHOLE = {
    "own_outlet_words_similarity": 2.0,
    "own_outlet_title_similarity": 2.0,
    "own_outlet_shared_names": None,
    "burst_similarity": None,
}


def test_one_outlets_piece_very_like_its_story_joins_it():
    stories = cluster_articles([THREAT, WHY], ClusterConfig(**ONLY_WHOLE))
    assert stories["a"] == stories["b"]


def test_without_the_whole_similarity_the_outlets_piece_stays_apart():
    stories = cluster_articles([THREAT, WHY], ClusterConfig(**ONLY_WHOLE, own_outlet_vouch_similarity=None))
    assert stories["a"] != stories["b"]


def test_a_piece_of_the_outlets_beat_is_not_vouched_by_its_names_alone():
    # the same country and strait, another matter (a ferry timetable): far from the whole similarity needed
    ferry = piece(
        "c",
        "Jadwal Kapal Feri Teluk Oram Berubah",
        "Jadwal kapal feri penumpang dari pelabuhan Teluk Oram berubah mulai bulan depan karena dermaga diperbaiki. "
        "Penumpang diminta membeli tiket secara daring dan datang dua jam sebelum keberangkatan ke Varesh.",
    )
    stories = cluster_articles([THREAT, ferry], ClusterConfig(**ONLY_WHOLE))
    assert stories["a"] != stories["c"]
    assert Counter(stories.values()).most_common(1)[0][1] == 1


def test_two_stories_of_one_outlet_very_alike_in_the_whole_may_merge_when_they_share_a_name_of_their_own():
    # their bodies share nothing beyond the names: only the whole similarity, with the strait's name that no other
    # story of the outlet gives, vouches
    def outlet_story(sid: str, words: dict[str, float]) -> Story:
        centroid = {"words": words, "names": {"e:varesh": 1.0}}
        norms = {space: norm(vector) for space, vector in centroid.items()}
        given = Counter({"selat karimun barat": 2})
        return Story(sid, members=[f"{sid}1", f"{sid}2"], outlets={"Kabar Samudra"}, centroid=centroid, norm=norms, headline_names=given)

    threat, why = outlet_story("a", {"varesh": 1.0, "ancam": 1.0}), outlet_story("b", {"varesh": 1.0, "milik": 1.0})
    clusterer = StoryClusterer()
    assert clusterer._stories_vouched(threat, why, 0.6)
    assert not clusterer._stories_vouched(threat, why, 0.3)
    assert not StoryClusterer(ClusterConfig(own_outlet_vouch_similarity=None))._stories_vouched(threat, why, 0.6)
    # the outlet's other open stories give the name too: it is the outlet's beat, and vouches for nothing
    clusterer.outlet_names["Kabar Samudra", "selat karimun barat"] = 5
    assert not clusterer._stories_vouched(threat, why, 0.6)


def test_the_office_after_a_title_stands_for_a_person_as_a_name_does():
    # "Kepala Dispar" and "Kepala Daerah", "Menteri UMKM": who speaks, not what happened
    assert _portfolios(headline_key("Mendagri Izinkan Pemda Rapat di Hotel, Kepala Dispar Sebut MICE Hidup")) == {"dispar"}
    assert _portfolios(headline_key("Retreat Gelombang II Diikuti 50 Kepala Daerah")) == {"daerah"}
    assert _portfolios(headline_key("Wakil Menteri UMKM Tinjau Pasar")) == {"umkm"}
    assert _portfolios(headline_key("Banjir Rendam Tiga Desa di Sukamaju")) == set()


def test_two_pieces_meeting_only_on_an_office_are_told_apart_by_their_bodies():
    # one minister's two matters of a day: a hotel-meeting rule and a retreat for regional heads; their headlines
    # meet on "Mendagri" and "Kepala" alone, and neither body gives the other's headline words
    hotels = {
        "id": "h",
        "outlet": "Warta Kota",
        "title": "Mendagri Izinkan Pemda Rapat di Hotel, Kepala Dispar Sebut Wisata Bangkit",
        "body": "Menteri Dalam Negeri mengizinkan pemerintah daerah kembali menggelar rapat di hotel dan restoran. "
        "Kepala Dinas Pariwisata Sukamaju menyebut okupansi hotel naik dan pelaku wisata menyambut kebijakan itu.",
        "published": "2025-06-10T09:00:00+07:00",
        "entities": [{"name": "Sukamaju", "type": "LOC", "mentions": 2}],
    }
    retreat = {
        "id": "r",
        "outlet": "Kabar Timur",
        "title": "Mendagri: Retreat Gelombang Kedua Diikuti 50 Kepala Daerah",
        "body": "Menteri Dalam Negeri menyebut retreat gelombang kedua digelar akhir bulan di kampus pamong praja. "
        "Sebanyak 50 kepala daerah yang belum ikut gelombang pertama diwajibkan hadir selama sepekan.",
        "published": "2025-06-10T11:00:00+07:00",
        "entities": [{"name": "Sukamaju", "type": "LOC", "mentions": 1}],
    }
    unguarded = cluster_articles([hotels, retreat], ClusterConfig(join_threshold=0.05, names_only_headline_words=None))
    assert unguarded["h"] == unguarded["r"]
    stories = cluster_articles([hotels, retreat], ClusterConfig(join_threshold=0.05))
    assert stories["h"] != stories["r"]
