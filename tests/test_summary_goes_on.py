"""A story's summary sets sentences of several outlets side by side: none may need a sentence left out to be
understood, none may be someone's words or a scrape's fragment, and an outlet's sentence telling a pick's fact takes the
pick's place even when the pick's next sentence goes on from it."""

from __future__ import annotations

from typing import Any

from summary_selection import candidate_index, rated_selection
from telisik.stories.article import StoryArticle
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import SummaryConfig, _leans, _root, _says_something, _whole_sentence, summarise


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


GOING_ON = [
    "Salah satunya datang dari anggota Komisi VII DPR dari Fraksi Partai Golkar Heru Santoso.",
    "Kali ini bukan soal harga, melainkan soal layanan purnajual di daerah.",
    "Pertama, pelanggaran aturan lingkungan berdasarkan laporan kementerian.",
    '"Kami menghadirkan pilihan baru untuk keluarga muda," tuturnya.',
    "Lewat kebijakan ini, Pemprov Jakarta ingin meringankan beban warga.",
    "Menurut Juru Bicara KPK Budi Santoso, tim penyidik menggali pengetahuan mereka soal aliran dana.",
    "Mengutip People, Minggu (8/6/2025), momen itu membawa kembali kenangan lama keluarga kerajaan.",
    "Syafrin juga akan berkoordinasi dengan pemenang lelang soal taksiran kerugian.",
    "Kekasih almarhum, Dhea, juga terpukul atas kepergiannya.",
    "Rudi sendiri merupakan teman kuliah terdakwa selama menempuh studi di sana.",
    "Sedangkan interior mobil listrik itu dirancang minimalis dengan layar 15,6 inci.",
]


def test_a_sentence_going_on_from_the_one_before_leans_in_a_story_of_several_outlets():
    for text in GOING_ON:
        assert _leans(text, story=True), text


def test_a_sentence_that_tells_its_fact_alone_does_not_lean():
    for text in [
        "Gubernur Jawa Barat meresmikan pabrik baterai di Karawang, Selasa (10/6/2025).",
        "Apa pun hasilnya, Timnas Indonesia akan tetap berjuang di laga terakhir Grup C.",
        "Pertama kali digelar pada 1968, pameran dagang itu kini diikuti 2.000 peserta.",
        "Mengutip Reuters, harga minyak mentah dunia naik 4 persen pada Jumat (13/6/2025).",
    ]:
        assert not _leans(text, story=True), text


def test_a_one_article_summary_keeps_the_older_reading_of_going_on():
    # IndoSum's summaries take an article's sentences in their order: "juga" and "-nya" do not bar them there
    assert not _leans("Syafrin juga akan berkoordinasi dengan pemenang lelang soal taksiran kerugian.")
    assert not _leans('"Kami menghadirkan pilihan baru untuk keluarga muda," tuturnya.')


def test_a_sentence_cut_at_an_abbreviation_before_a_name_is_no_sentence():
    config = SummaryConfig()
    assert not _whole_sentence("Hasil pendataan menunjukkan tiga perusahaan menambang di kawasan hutan, yaitu PT.", config)
    assert _whole_sentence("Tambang itu milik anak usaha PT Aneka Tambang Tbk.", config)


def test_unquoted_words_of_a_speaker_or_to_a_reader_and_an_english_statement_say_nothing_in_a_story():
    config = SummaryConfig()
    assert not _says_something("Ramai-ramai kok, sama tim dan adik aku juga.", None, config, several=True)
    assert not _says_something("Kalau kamu punya sahabat setia seperti dia, kamu beruntung!", None, config, several=True)
    assert not _says_something(
        "Swansea City can confirm the player has left the club following a mutual termination.", None, config, several=True
    )
    # someone's words in quotation marks, and a name in English inside an Indonesian sentence, are told
    assert _says_something('"Sampai sekarang prioritas aku masih anak-anak," tegas Sarwendah.', None, config, several=True)
    assert _says_something("Klub menyebut kontrak pemain itu diakhiri dengan mutual termination.", None, config, several=True)


DAIMLER = [
    _article(
        "a",
        "Liputan6",
        [
            "Daimler Truck resmi membuka pabrik baru di Kawasan Industri Cikarang, Jawa Barat.",
            "Ini merupakan bagian dari pemindahan fasilitas perakitan lama di Wanaherang, Bogor.",
            "Pabrik baru mampu merakit lima ribu truk setiap tahun untuk pasar domestik.",
        ],
    ),
    _article("b", "SINDOnews", ["Daimler Truck secara resmi membuka pabrik barunya di Kawasan Industri Cikarang, Jawa Barat."]),
]


def test_an_outlets_sentence_takes_the_place_of_a_pick_the_next_pick_goes_on_from():
    selection = rated_selection(DAIMLER)
    liputan6_lead, going_on, capacity = (candidate_index(selection, part) for part in ("Daimler Truck resmi", "Ini merupakan", "lima ribu"))
    sindonews = candidate_index(selection, "secara resmi")
    selection.chosen = [liputan6_lead, going_on, capacity]
    selection._swap_for_outlets()
    assert sorted(selection.chosen) == sorted([sindonews, going_on, capacity])
    # it stands where the lead stood: "Ini merupakan ..." still follows the opening of the factory
    texts = [s.text for s in selection.sentences([StoryArticle.of(a) for a in DAIMLER])]
    assert texts.index(selection.candidates[going_on].text) == texts.index(selection.candidates[sindonews].text) + 1


def test_the_summary_of_two_outlets_draws_on_both_though_one_tells_only_the_others_lead():
    summary = summarise(DAIMLER, DocumentFrequencies(), size=3)
    assert {s.outlet for s in summary} == {"Liputan6", "SINDOnews"}
    assert sum("membuka pabrik" in s.text for s in summary) == 1


def test_a_sentence_ruled_out_for_restating_a_pick_stays_out_once_that_pick_goes():
    selection = rated_selection(DAIMLER)
    liputan6_lead, sindonews = candidate_index(selection, "Daimler Truck resmi"), candidate_index(selection, "secara resmi")
    selection.chosen = [liputan6_lead]
    assert sindonews not in selection._admissible()
    selection.chosen = []
    selection._give_up([liputan6_lead])
    admissible = selection._admissible()
    assert sindonews not in admissible and liputan6_lead not in admissible


def test_a_name_with_diacritics_and_without_is_one_fact():
    assert _root("Güzelyurt") == _root("Guzelyurt")
    assert _root("Belisırma") == _root("Belisirma")


def test_one_fire_on_one_day_in_one_place_told_by_two_outlets_is_one_happening_whatever_each_adds():
    selection = rated_selection(
        [
            _article(
                "a",
                "Okezone",
                [
                    "Kebakaran melanda lapak milik pemenang lelang di Jalan Raya Ring Road, Kecamatan Cengkareng, pada Selasa (10/6/2025) sore."
                ],
            ),
            _article(
                "b",
                "SINDOnews",
                ["Sebanyak 20 bus bekas Transjakarta terbakar di Pool Terminal Rawa Buaya, Cengkareng, Selasa (10/6/2025)."],
            ),
            _article(
                "c", "Detik", ["Sebanyak 20 bus bekas Transjakarta terbakar di Pool Terminal Rawa Buaya, Kalideres, Selasa (10/6/2025)."]
            ),
            _article(
                "d", "Kompas", ["Sebanyak 20 bus bekas Transjakarta terbakar di Pool Terminal Rawa Buaya, Cengkareng, Rabu (11/6/2025)."]
            ),
        ]
    )
    okezone = candidate_index(selection, "Kebakaran melanda")
    same, elsewhere, next_day = (candidate_index(selection, part) for part in ("Cengkareng, Selasa", "Kalideres", "Rabu"))
    assert selection._same_happening(selection.candidates[same], selection.candidates[okezone])
    # a fire elsewhere, or on another day at the same place, is another happening
    assert not selection._same_happening(selection.candidates[elsewhere], selection.candidates[okezone])
    assert not selection._same_happening(selection.candidates[next_day], selection.candidates[okezone])


def test_a_sentence_going_on_to_tell_the_result_before_it_again_restates_it():
    selection = rated_selection(
        [
            _article(
                "a",
                "Okezone",
                [
                    "Timnas voli putra Indonesia secara mengejutkan kalah dari Bahrain di laga kedua Grup B, Kamis (12/6/2025).",
                    "Bermain di GOR Isa Town, Manama, tim asuhan Jeff Jiang itu tumbang dengan skor 0-3 dari tuan rumah tersebut.",
                    "Usai laga, pelatih tim tersebut menyebut para pemainnya kurang fokus dan banyak membuat kesalahan servis.",
                ],
            ),
            _article("b", "Detik", ["Kekalahan membuat peluang Indonesia lolos ke semifinal AVC Nations Cup menipis."]),
        ]
    )
    result, again, reaction = (candidate_index(selection, part) for part in ("kalah dari Bahrain", "tumbang", "kurang fokus"))
    assert selection.restates(again, result, selection._likeness(again, result))
    # a sentence going on with another kind of fact (what the coach said) tells something new
    assert not selection.restates(reaction, again, selection._likeness(reaction, again))
