"""Round 33: a story's summary opens on the sentence that tells its happening (who did what, and when), names a
party by a short name only after a sentence gives the name in full, and tells one movement, stay or lead of one party
once, whatever verb each outlet uses for it."""

from __future__ import annotations

from typing import Any

import pytest

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


# one party's two acts that a table of verb kinds once read as one: an arrival and a departure (on two days, or one
# naming no place), "tinggal" that means "only needs", two things prepared, two roles, two condemnations
_TWO_FACTS = [
    (
        ("Presiden Prabowo tiba kembali di Jakarta, Minggu.", "Prabowo", "Jakarta"),
        ("Presiden Prabowo berangkat dari Jakarta, Rabu.", "Prabowo", "Jakarta"),
    ),
    (
        ("Prabowo tiba di Jakarta usai lawatan ke Rusia.", "Prabowo", "Jakarta", "Rusia"),
        ("Prabowo berangkat dari Jakarta menuju Moskow.", "Prabowo", "Jakarta", "Moskow"),
    ),
    (
        ("Jemaah haji Indonesia tiba di Madinah pada Senin.", "Indonesia", "Madinah"),
        ("Jemaah haji Indonesia berangkat pulang ke tanah air.", "Indonesia"),
    ),
    (
        ("Timnas Indonesia menetap di Riyadh selama sepekan.", "Indonesia", "Riyadh"),
        ("Timnas Indonesia tinggal membutuhkan satu kemenangan untuk lolos.", "Indonesia"),
    ),
    (("Kementerian ESDM menyiapkan regulasi tambang nikel.", "ESDM"), ("Kementerian ESDM menyusun anggaran subsidi listrik 2026.", "ESDM")),
    (
        ("Prabowo memimpin rapat terbatas soal pangan di Istana.", "Prabowo", "Istana"),
        ("Prabowo berperan sebagai juru damai dalam konflik itu.", "Prabowo"),
    ),
    (("Ronaldo memimpin lini serang Portugal.", "Ronaldo", "Portugal"), ("Ronaldo berperan dalam gol kedua.", "Ronaldo")),
    (("Pemerintah mengecam serangan itu.", "Pemerintah"), ("Pemerintah mengutuk penahanan para aktivis.", "Pemerintah")),
]


@pytest.mark.parametrize(("first", "second"), _TWO_FACTS)
def test_one_partys_two_acts_of_near_kinds_are_two_facts(first, second):
    a, b = _said(*first), _said(*second)
    assert not same_predication(b, a) and not same_predication(a, b)


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
    from telisik.stories.summary import _Selection, _summary_candidates, _unit, summarise

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
    asides = {selection.candidates[i].text: i for i in selection.asides}
    remark = "Fenomena cuaca ekstrem memang lagi sering banget terjadi belakangan."
    assert remark in asides
    # weighed below the flood's details, and never the opening
    assert selection.relevance[asides[remark]] < min(r for i, r in enumerate(selection.relevance) if i not in selection.asides)
    assert summarise(raw, df, 3)[0].text != remark
    # a detail of the flood names no one either, but tells the headlines' happening
    assert "Rumah warga terendam air sejak dini hari tadi." not in asides


def _fire_story() -> list[dict[str, Any]]:
    return [
        _article(
            "a",
            "Detik",
            [
                "Gudang mebel di Cikarang, Bekasi, terbakar hebat pada Kamis (19/6/2025) dini hari.",
                "Api baru bisa dipadamkan setelah petugas bekerja hingga pagi.",
                "Petugas masih melakukan pendinginan di lokasi.",
            ],
            "Gudang Mebel di Cikarang Terbakar Hebat",
        ),
        _article(
            "b",
            "Kompas",
            ["Kebakaran melanda gudang mebel di Cikarang, Bekasi, Kamis dini hari.", "Penyebab kebakaran diduga korsleting listrik."],
            "Kebakaran Gudang Mebel di Cikarang Tewaskan Dua Orang",
        ),
        _article(
            "c",
            "Okezone",
            ["Dua orang tewas dalam kebakaran gudang di Cikarang.", "Jenazah korban dibawa ke rumah sakit untuk diidentifikasi."],
            "Dua Tewas dalam Kebakaran Gudang Cikarang",
        ),
    ]


def test_a_fires_details_naming_no_one_still_fill_a_summary_with_room_but_never_open_it():
    from telisik.stories.similarity import DocumentFrequencies
    from telisik.stories.summary import summarise

    told = [s.text for s in summarise(_fire_story(), DocumentFrequencies(), 5)]
    # the story has room for five: the details of putting the fire out and of the dead are what happened next
    assert len(told) >= 3 and "Jenazah korban dibawa ke rumah sakit untuk diidentifikasi." in told
    assert told[0] not in (
        "Api baru bisa dipadamkan setelah petugas bekerja hingga pagi.",
        "Petugas masih melakukan pendinginan di lokasi.",
    )


def test_a_sentence_pointing_back_stays_next_to_its_antecedent_once_one_full_name_is_placed():
    picks = [
        _candidate("a", 0, "Polisi menangkap pelaku pembakaran gudang di Cikarang, Kamis (19/6/2025).", keys=frozenset({"@19/6"})),
        _candidate("a", 1, "Kapolres Metro Bekasi Kombes Mustofa menyebut pelaku berinisial RN ditangkap di rumahnya."),
        _candidate("a", 2, "Mustofa menyebut hal itu dilakukan RN karena dendam kepada pemilik gudang.", leans=True, stands_alone=False),
        _candidate("b", 0, "Pelaku pembakaran gudang di Cikarang ditangkap polisi kurang dari 24 jam."),
        _candidate("b", 3, "Kombes Mustofa memastikan RN dijerat pasal pembakaran dengan ancaman 12 tahun penjara."),
    ]
    spots = {0: (0, 0), 1: (0, 1), 2: (0, 2), 3: (1, 0), 4: (1, 3)}
    order = _reading_order([0, 1, 2, 3, 4], picks, {0: 2.0, 1: 1.5, 2: 1.0, 3: 1.8, 4: 1.0}, SummaryConfig(), spots)
    # "hal itu" is what sentence 1 told: the later "Kombes Mustofa" must not come between them
    assert order.index(2) == order.index(1) + 1


def test_a_common_noun_or_title_opening_a_sentence_is_no_short_name():
    others = {
        1: "Pelatih Timnas Indonesia Patrick Kluivert puas dengan permainan anak asuhnya.",
        2: "Wakil Presiden Gibran hadir di lokasi.",
    }
    assert _introduced_by("Timnas menang 1-0 atas China di SUGBK, Kamis (5/6/2025).", others) == set()
    assert _introduced_by("Presiden menegaskan Indonesia tetap netral.", others) == set()
    assert _introduced_by("Polisi menyebut Polisi Resor Metro Bekasi bergerak cepat.", {3: "Kepala Polisi Resor Bekasi hadir."}) == set()
    # a person's short name still needs the full one
    assert _introduced_by("Kluivert menilai anak asuhnya tampil disiplin.", others) == {1}


def test_the_lead_opening_on_a_common_noun_keeps_the_opening():
    picks = [
        _candidate(
            "a", 0, "Timnas menang 1-0 atas China di SUGBK, Kamis (5/6/2025).", parties=frozenset({"china"}), keys=frozenset({"@5/6"})
        ),
        _candidate("b", 0, "Kemenangan itu membawa skuad Garuda ke peringkat keempat Grup C.", stands_alone=False),
        _candidate(
            "c", 1, "Pelatih Timnas Indonesia Patrick Kluivert puas dengan permainan anak asuhnya.", parties=frozenset({"kluivert"})
        ),
    ]
    order = _reading_order([0, 1, 2], picks, {0: 2.0, 1: 1.0, 2: 1.2}, SummaryConfig(), {0: (0, 0), 1: (1, 0), 2: (2, 1)})
    assert order[0] == 0


def test_an_opening_phrase_whose_owner_the_clause_names_is_the_clauses_own():
    from telisik.stories.summary import _owner_told_before

    assert not _owner_told_before("Usai kemenangannya atas China, skuad Garuda naik ke peringkat empat.")
    assert not _owner_told_before("Sejak peluncurannya pada 2020, aplikasi PeduliLindungi diunduh 50 juta kali.")
    assert not _owner_told_before("Atas prestasinya, atlet asal Bandung Rizki Juniansyah menerima bonus.")
    # a party answering for someone else's doing ("pihak ...") is not the owner
    assert _owner_told_before("Pasca videonya ramai dibicarakan, pihak Lion Air memberikan klarifikasi.")


def test_the_opening_is_the_dated_happening_like_the_headlines_over_a_more_relevant_sentence():
    from collections import Counter

    from telisik.stories.similarity import DocumentFrequencies, weigh, words
    from telisik.stories.summary import _Selection, _unit

    df = DocumentFrequencies()

    def vec(text: str) -> dict[str, float]:
        return _unit(weigh(Counter(words(text)), df))

    texts = [
        "Warga Kampung Pulo sempat berjaga di depan rumah masing-masing sejak sore.",
        "Banjir merendam ratusan rumah di Cibeber, Cianjur, Senin (9/6/2025).",
    ]
    picks = [
        _Candidate("a", "Detik", 1, texts[0], vec(texts[0]), vec(texts[0]), False, keys=frozenset({"pulo"}), parties=frozenset({"pulo"})),
        _Candidate(
            "b",
            "Kompas",
            1,
            texts[1],
            vec(texts[1]),
            vec(texts[1]),
            False,
            keys=frozenset({"@9/6", "cibeber"}),
            parties=frozenset({"cibeber"}),
            happenings=frozenset({"DISASTER"}),
        ),
    ]
    headlines = {"a": vec("Banjir Rendam Ratusan Rumah di Cianjur"), "b": vec("Ratusan Rumah di Cibeber Terendam Banjir")}
    selection = _Selection(picks, SummaryConfig(), relevance=[1.5, 1.2], chosen=[0, 1], several=True, headlines=headlines)
    worth = selection._opening_worth([0, 1])
    assert worth[1] > worth[0]
    assert _reading_order([0, 1], picks, worth, SummaryConfig(), {0: (0, 1), 1: (1, 1)})[0] == 1
    # each lift counts alone: the day (x 1.3), the happening (x 1.15), and the headlines (more than none)
    for knobs, lifted in (({"opening_day": 0.3}, 1.2 * 1.3), ({"opening_happening": 0.15}, 1.2 * 1.15)):
        config = SummaryConfig(**{"opening_headlines": 0.0, "opening_day": 0.0, "opening_happening": 0.0, **knobs})
        assert abs(_Selection(picks, config, relevance=[1.5, 1.2], headlines=headlines)._opening_worth([0, 1])[1] - lifted) < 1e-9
    like = SummaryConfig(opening_day=0.0, opening_happening=0.0)
    assert _Selection(picks, like, relevance=[1.5, 1.2], headlines=headlines)._opening_worth([0, 1])[1] > 1.2


def test_an_aside_never_opens_the_summary_even_when_no_pick_names_anyone():
    picks = [
        _candidate("a", 0, "Fenomena cuaca ekstrem memang lagi sering terjadi belakangan ini."),
        _candidate("b", 0, "Ratusan rumah warga terendam banjir setinggi satu meter sejak dini hari."),
    ]
    # the remark is the worthier and the first: only its being an aside keeps it from the opening
    assert _reading_order([0, 1], picks, {0: 2.0, 1: 1.0}, SummaryConfig(), None, frozenset({0}))[0] == 1
