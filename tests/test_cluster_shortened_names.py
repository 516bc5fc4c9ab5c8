"""A name the headlines shorten is a name: two matters of one athlete meeting on it are two stories.

A federation's session yields two matters of one player: her mixed-doubles partner's search for a new partner after
the two split, and her own evaluation before three tournaments. The headlines give her name shortened ("Dewi Anggun"
of "Dewi Anggun Lestari"), so ``headline_names`` finds it in neither, and the names-only test read her two name words
as words of what happened. Read as a name (``_shortened_names``), the pieces meet on her alone; the words of her beat
both sides give ("pasangan", "turnamen", which many background documents give) then tell no one matter of hers, while
a word of the story's own ("pisah") still does.

The articles are short Indonesian texts written for these tests; the people, clubs and places are invented.
"""

from __future__ import annotations

from cluster_pieces import piece
from telisik.stories.cluster import _shortened_names, cluster_articles

DEWI = "Dewi Anggun Lestari"

SPLIT_NAMES = [("Raka Satria", "PER"), (DEWI, "PER"), ("PB Rajawali", "ORG"), ("Cibubur", "LOC")]
SEARCH = piece(
    "search",
    "PB Rajawali Cari Pasangan Baru Raka Satria Usai Pisah dengan Dewi Anggun",
    "PB Rajawali belum memutuskan pasangan baru Raka Satria. Raka resmi pisah dengan Dewi Anggun Lestari, yang kini "
    "fokus di ganda putri. Pelatih PB Rajawali di Cibubur menyebut pasangan baru Raka datang dari skuad muda. "
    "Turnamen pertama Raka dengan pasangan barunya menunggu keputusan pelatih. Dewi Anggun Lestari tak lagi main "
    "rangkap, sehingga Raka Satria harus menunggu pasangan baru sebelum turnamen berikutnya.",
    SPLIT_NAMES,
    outlet="Warta Bola",
    hour=8,
)
RESIGNED = piece(
    "resigned",
    "Raka Satria Pasrah Soal Pasangan Barunya",
    "Raka Satria pasrah soal pasangan barunya setelah pisah dengan Dewi Anggun Lestari. Raka ditemui di Cibubur. "
    "Menurut Raka, PB Rajawali akan memilih pasangan dari skuad muda. Raka siap main di turnamen mana pun bersama "
    "pasangan barunya. Dewi Anggun Lestari kini fokus di ganda putri, dan Raka menunggu keputusan pelatih soal turnamen.",
    SPLIT_NAMES,
    outlet="Kabar Sport",
    hour=9,
)
EVALUATION = piece(
    "evaluation",
    "Evaluasi Dewi Anggun Jelang Tiga Turnamen Besar",
    "Dewi Anggun Lestari mengungkapkan evaluasi bersama Sinta Maharani jelang tiga turnamen besar. Menurut Dewi, "
    "mental di gim penentu harus dikuatkan. Dewi Anggun Lestari ditemui di Cibubur. Sinta Maharani, pasangan Dewi di "
    "ganda putri, sepakat. PB Rajawali menargetkan Dewi dan Sinta tampil di tiga turnamen besar itu. Pelatih PB "
    "Rajawali meminta Dewi dan pasangannya lebih tenang di setiap turnamen.",
    [(DEWI, "PER"), ("Sinta Maharani", "PER"), ("PB Rajawali", "ORG"), ("Cibubur", "LOC")],
    outlet="Kabar Sport",
    hour=10,
)
RELIEVED = piece(
    "relieved",
    "Dewi Anggun Akui Lega",
    "Dewi Anggun Lestari mengaku lega setelah resmi pisah dengan Raka Satria di ganda campuran. Dewi ditemui di "
    "Cibubur. Menurut Dewi, pisah dari Raka membuatnya lebih fokus. PB Rajawali masih mencari pasangan baru Raka, "
    "dan Dewi berharap Raka segera mendapat pasangan baru sebelum turnamen berikutnya.",
    SPLIT_NAMES,
    outlet="Kabar Sport",
    hour=11,
)


def test_a_name_the_headlines_shorten_is_found_by_the_names_both_bodies_give():
    mine = {"e:dewi anggun lestari": 1.0, "e:pb rajawali": 1.0, "e:cibubur": 1.0}
    theirs = {"e:dewi anggun lestari": 1.0, "e:raka satria": 1.0}
    assert _shortened_names({"dewi", "anggun"}, mine, theirs, frozenset()) == {"dewi anggun lestari"}
    # one word of it is no shortened name; all its words, or a name the headlines give whole, is no shortened one
    assert not _shortened_names({"dewi", "jelang"}, mine, theirs, frozenset())
    assert not _shortened_names({"dewi", "anggun", "lestari"}, mine, theirs, frozenset())
    assert not _shortened_names({"dewi", "anggun"}, mine, theirs, frozenset({"dewi anggun lestari"}))
    # a name only one side's body gives
    assert not _shortened_names({"pb", "rajawali"}, mine, theirs, frozenset())


def test_an_athletes_evaluation_is_not_her_former_partners_search_for_a_new_one():
    got = cluster_articles([SEARCH, RESIGNED, EVALUATION], read_ahead=False)
    assert got["search"] == got["resigned"]
    assert got["evaluation"] != got["search"]


def test_a_piece_meeting_on_her_shortened_name_that_tells_the_split_still_joins():
    got = cluster_articles([SEARCH, RESIGNED, RELIEVED], read_ahead=False)
    assert got["relieved"] == got["search"] == got["resigned"]
