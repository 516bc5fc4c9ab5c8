"""Round 33: a story's summary opens on the sentence that tells its happening (who did what, and when), names a
party by a short name only after a sentence gives the name in full, and tells one movement, stay or lead of one party
once, whatever verb each outlet uses for it."""

from __future__ import annotations

from typing import Any

from telisik.stories.summary import SummaryConfig, _Candidate, _introduced_by, _main_predication, _reading_order, _root
from telisik.stories.summary_repeats import same_predication


def _said(text: str, *names: str):
    found = _main_predication(text, frozenset(_root(n.lower()) for n in names))
    assert found is not None, text
    return found


def _candidate(article: str, position: int, text: str, **more: Any) -> _Candidate:
    return _Candidate(article, f"outlet-{article}", position, text, {"x": 1.0}, {"x": 1.0}, more.pop("leans", False), **more)


def test_a_summary_opens_on_the_dated_happening_not_on_the_first_articles_aside():
    picks = [
        _candidate("a", 0, "Maia Estianty membagikan momen sudah berada di pesawat semalam."),
        _candidate(
            "b",
            0,
            "Polisi menangkap pelaku pembakaran gudang di Cikarang, Kamis (19/6/2025).",
            happenings=frozenset({"ARREST"}),
            keys=frozenset({"@19/6"}),
        ),
        _candidate("c", 1, "Warga sekitar gudang sempat panik dan berhamburan keluar rumah."),
    ]
    # the aside is the more relevant sentence: the story's order and relevance alone would open on it
    order = _reading_order([0, 1, 2], picks, {0: 1.6, 1: 1.9, 2: 1.0}, SummaryConfig())
    assert order[0] == 1 and sorted(order) == [0, 1, 2]


def test_a_sentence_that_points_back_never_opens_the_summary():
    picks = [
        _candidate("a", 0, "Pertandingan yang menjadi debut sang pelatih ini berlangsung ketat hingga menit akhir.", stands_alone=False),
        _candidate("b", 0, "Real Madrid gagal menang pada laga pembuka Grup H Piala Dunia Antarklub 2025."),
    ]
    assert _reading_order([0, 1], picks, {0: 1.9, 1: 1.2}, SummaryConfig())[0] == 1


def test_a_short_name_comes_after_the_sentence_that_gives_it_in_full():
    picks = [
        _candidate("a", 0, "Harli berpendapat, keterangan saksi penting bagi perkara yang tengah diusut penyidik."),
        _candidate(
            "b", 0, "Kejaksaan Agung menjadwalkan pemeriksaan mantan menteri itu pada Senin (23/6/2025).", keys=frozenset({"@23/6"})
        ),
        _candidate("c", 1, "Kapuspenkum Kejagung Harli Siregar menyampaikan, surat panggilan sudah dikirim pekan lalu."),
    ]
    order = _reading_order([0, 1, 2], picks, {0: 1.5, 1: 1.4, 2: 1.0}, SummaryConfig())
    assert order.index(2) < order.index(0)


def test_a_short_name_needs_its_full_form_and_a_common_word_opening_a_sentence_is_no_name():
    others = {
        1: "Kapuspenkum Kejagung Harli Siregar menyampaikan, surat panggilan sudah dikirim.",
        2: "Erupsi Gunung Lewotobi berdampak pada penerbangan.",
    }
    assert _introduced_by("Harli berpendapat, keterangan saksi penting.", others) == {1}
    assert _introduced_by("Erupsi dilaporkan masih terjadi hingga Kamis, 19 Juni 2025.", others) == set()
    assert _introduced_by("Kapuspenkum Harli Siregar berpendapat, keterangan saksi penting.", others) == set()


def test_one_ship_taken_to_port_and_escorted_to_a_port_is_one_movement():
    a = _said("Kapal Madleen dibawa ke pelabuhan oleh militer Israel.", "Madleen", "Israel")
    b = _said("Madleen dikawal menuju pelabuhan Ashdod pada Senin malam.", "Madleen", "Ashdod")
    assert same_predication(b, a) and same_predication(a, b)


def test_one_party_moving_to_two_named_places_is_two_facts():
    a = _said("Presiden Prabowo tiba di Moskow, Rabu pagi.", "Prabowo", "Moskow")
    b = _said("Presiden Prabowo bertolak ke Minsk usai kunjungan itu.", "Prabowo", "Minsk")
    assert not same_predication(b, a)


def test_carrying_something_is_no_movement_of_the_one_who_carries_it():
    a = _said("Iwan tiba di gedung Kejagung sekitar pukul 09.30 WIB.", "Iwan", "Kejagung")
    b = _said("Iwan membawa sejumlah dokumen untuk mendukung keterangannya.", "Iwan")
    assert not same_predication(b, a)


def test_settling_in_a_country_and_living_there_is_one_stay():
    a = _said("Pendakwah Oki Setiana merantau ke Mesir bersama keluarganya.", "Oki", "Setiana", "Mesir")
    b = _said("Selama setahun terakhir, Oki menetap di Mesir untuk kuliah.", "Oki", "Mesir")
    assert same_predication(b, a)


def test_one_players_lead_and_role_is_one_fact_and_two_players_are_two():
    a = _said("Ronaldo memimpin skuad Portugal bangkit di babak kedua.", "Ronaldo", "Portugal")
    b = _said("Ronaldo berperan besar dalam kemenangan Portugal atas Spanyol.", "Ronaldo", "Portugal", "Spanyol")
    c = _said("Vitinha berperan besar dalam kemenangan itu.", "Vitinha")
    assert same_predication(b, a)
    assert not same_predication(c, a)


def test_an_opening_phrase_owning_what_someone_told_before_did_leans_on_that_sentence():
    from telisik.stories.summary import _owner_told_before

    assert _owner_told_before("Pasca curhatannya viral di media sosial, pihak maskapai memberikan klarifikasi lewat Instagram.")
    assert _owner_told_before("Akibat perbuatannya, pelaku dijerat pasal berlapis dengan ancaman 15 tahun penjara.")
    # the owner named right after the phrase, or a phrase of saying, is the sentence's own
    assert not _owner_told_before("Usai pemeriksaannya, Iwan mengaku bersikap kooperatif kepada penyidik.")
    assert not _owner_told_before("Dalam keterangannya, pihak kepolisian menyebut korban berjumlah dua orang.")


def test_a_name_after_an_abbreviation_in_brackets_is_given_in_full():
    others = {1: "Wakil Menteri Energi dan Sumber Daya Mineral (ESDM) Yuliot mengatakan regulasi sedang disiapkan."}
    assert _introduced_by("Yuliot menambahkan, pemerintah tengah menata perizinan tambang.", others) == {1}


def test_the_opening_sentence_names_what_it_is_about():
    picks = [
        _candidate("a", 1, "Erupsi dilaporkan masih terjadi hingga Kamis, 19 Juni 2025.", keys=frozenset({"@19/6"})),
        _candidate("b", 0, "Sejumlah penerbangan dari dan menuju Kabupaten Sikka terpaksa dibatalkan.", parties=frozenset({"sikka"})),
    ]
    # the unnamed eruption is worth more, and would open the summary on a happening of no one and nowhere
    assert _reading_order([0, 1], picks, {0: 2.0, 1: 1.5}, SummaryConfig())[0] == 1


def _article(aid: str, outlet: str, paragraphs: list[str], title: str) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "title": title, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def test_a_remark_naming_no_one_and_sharing_nothing_with_the_headlines_is_an_aside():
    from collections import Counter

    from telisik.stories.article import StoryArticle
    from telisik.stories.similarity import DocumentFrequencies, weigh, words
    from telisik.stories.summary import _Selection, _summary_candidates, _unit

    raw = [
        _article(
            "a",
            "Detik",
            [
                "Fenomena cuaca ekstrem memang lagi sering banget terjadi belakangan.",
                "Banjir merendam ratusan rumah di Cibeber, Cianjur, Senin (9/6/2025).",
            ],
            "Banjir Rendam Ratusan Rumah di Cibeber Cianjur",
        ),
        _article(
            "b",
            "Kompas",
            ["Ratusan rumah di Cibeber, Cianjur, terendam banjir setelah hujan deras.", "Rumah warga terendam air sejak dini hari tadi."],
            "Ratusan Rumah Terendam Banjir di Cianjur",
        ),
        _article(
            "c", "Okezone", ["BPBD Cianjur mencatat 320 rumah terdampak banjir di Cibeber."], "BPBD: 320 Rumah di Cianjur Terdampak Banjir"
        ),
    ]
    articles = [StoryArticle.of(a) for a in raw]
    df = DocumentFrequencies()
    config = SummaryConfig()
    heads = {a.id: _unit(weigh(Counter(words(a.title)), df)) for a in articles if a.title}
    selection = _Selection(_summary_candidates(articles, df, config), config, headlines=heads)
    selection.rate()
    ruled = {selection.candidates[i].text for i in selection.ruled_out}
    assert "Fenomena cuaca ekstrem memang lagi sering banget terjadi belakangan." in ruled
    # a detail of the flood names no one either, but tells the headlines' happening
    assert "Rumah warga terendam air sejak dini hari tadi." not in ruled
