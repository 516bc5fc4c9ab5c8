"""A trigger's count is the one its own predicate writes (issue 16, session h46; class read on 9, 10 and 19-20 June in
Tribunnews, Liputan6, Detik and Kompas): in "dua orang meninggal dunia dan enam lainnya luka-luka" the injury shares the
dead's noun but counts its own six; "ratusan lainnya" counts no number; "Satu korban meninggal dunia, dan 3 orang ..."
counts one dead. On sentences written for these tests in the outlets' style."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.nlp.events.own_count import own_count

DAY = "2025-06-10"


def count(nlp, text: str, typ: str):
    evs = events_of_type(nlp, text, typ, published=DAY)
    assert evs, typ
    return evs[0].count


def test_others_after_a_separator_are_counted_by_their_own_number(nlp):
    text = "Dalam kecelakaan itu dua orang meninggal dunia dan enam lainnya luka-luka."
    assert count(nlp, text, "DIE") == 2 and count(nlp, text, "INJURE") == 6
    # digits, a floor before them, and the outlet's "lainya"
    text = "Kementerian Kesehatan menyebut sedikitnya 224 orang tewas dan lebih dari 1.000 lainya terluka sejak Jumat."
    assert count(nlp, text, "DIE") == 224 and count(nlp, text, "INJURE") == 1000
    # a comma as the separator
    text = "Tiga warga dinyatakan meninggal dunia, empat lainnya luka-luka akibat serangan itu."
    assert count(nlp, text, "DIE") == 3 and count(nlp, text, "INJURE") == 4


def test_a_vague_quantity_counts_no_number(nlp):
    text = "Sejak Jumat, sedikitnya 24 orang tewas di Israel dan ratusan lainnya luka-luka."
    assert count(nlp, text, "DIE") == 24 and count(nlp, text, "INJURE") is None
    text = "Sebanyak lima orang meninggal dunia dan belasan luka-luka dalam kecelakaan itu."
    assert count(nlp, text, "INJURE") is None
    # the noun of the dead is a trigger itself
    text = "Serangan rudal itu menyebabkan sedikitnya 24 korban jiwa dan ratusan luka-luka di Israel."
    assert count(nlp, text, "DIE") == 24 and count(nlp, text, "INJURE") is None


def test_an_active_verb_counts_its_own_object(nlp):
    text = "Serangan drone itu menewaskan dua orang dan melukai satu orang di desa Shebaa."
    assert count(nlp, text, "DIE") == 2 and count(nlp, text, "INJURE") == 1
    text = "Serangan itu menewaskan enam orang dan melukai puluhan lainnya di Khan Younis."
    assert count(nlp, text, "DIE") == 6 and count(nlp, text, "INJURE") is None


def test_the_noun_of_the_next_predicate_is_not_the_counted_trigger_s(nlp):
    text = "Kebakaran melanda pasar itu. Satu korban meninggal dunia, dan 3 orang mengalami luka bakar."
    assert count(nlp, text, "DIE") == 1 and count(nlp, text, "INJURE") == 3


def test_a_shared_noun_without_a_count_of_its_own_keeps_its_count(nlp):
    # no quantity after the separator: the same people
    text = "Tiga orang ditembak dan terluka dalam bentrokan itu."
    assert count(nlp, text, "INJURE") == 3
    # each predicate with its own noun
    text = "Sepuluh orang tewas dan 12 orang terluka dalam peristiwa itu."
    assert count(nlp, text, "DIE") == 10 and count(nlp, text, "INJURE") == 12


def test_people_after_a_comma_are_the_trigger_s_own_when_it_counts_none_before_it(nlp):
    text = "Akibat tawuran, satu orang warga yang juga pelaku tawuran tewas di tempat kejadian perkara."
    assert [e.count for e in sentence_events(nlp, text, published=DAY) if e.type == "ATTACK"] == [1]


def test_a_name_after_the_noun_is_no_predicate_of_its_own(nlp):
    # one list of the dead, its first member's noun named by a country or a school: the two are no others' count (the
    # whole list, five, would be right too)
    text = "Tiga warga Indonesia dan dua lainnya dari Malaysia tewas dalam kecelakaan itu."
    assert count(nlp, text, "DIE") != 2
    text = "Tiga siswa SMA dan dua lainnya tewas dalam kecelakaan itu."
    assert count(nlp, text, "DIE") != 2
    # a predicate after the name: the others are counted by their own number
    text = "Tiga warga Indonesia tewas dan dua lainnya terluka dalam kecelakaan itu."
    assert count(nlp, text, "DIE") == 3 and count(nlp, text, "INJURE") == 2


def test_a_title_capitalises_its_predicates_too():
    numbers = {1: 2, 5: 5}  # the number before a token: "2" before "Orang", "5" before "Lainnya"
    raw = ["2", "Orang", "Tewas", "dan", "5", "Lainnya", "Luka-luka"]
    assert own_count([w.lower() for w in raw], raw, (1, 2), (6, 7), None, numbers.get) == (5,)
    # a name after the noun in a sentence's case: one list
    raw = ["2", "warga", "Indonesia", "dan", "5", "lainnya", "tewas"]
    assert own_count([w.lower() for w in raw], raw, (1, 2), (6, 7), None, numbers.get) is None


def test_some_of_those_counted_before_are_counted_by_their_own_number(nlp):
    # "dua di antaranya": two of the three arrested died, not three (class seen on 9, 10, 16-17 and 19-20 June)
    text = "Polisi menangkap tiga pelaku pencurian, dua di antaranya tewas dalam baku tembak di Medan."
    assert count(nlp, text, "DIE") == 2
    text = "Sebanyak 40 pekerja tertimbun longsor di Cianjur, 13 diantaranya ditemukan tewas pada Senin (9/6/2025)."
    assert count(nlp, text, "DIE") == 13
