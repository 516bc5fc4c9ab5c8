"""Round 32: a story's summary tells a fact once, whatever words each outlet tells it in: two sentences whose main
predicate is one verb (or its noun form) of one party state one fact; so do two that only say people took notice of
one party. A sentence about someone only its own article names is another happening's, and stays out."""

from __future__ import annotations

from typing import Any

from telisik.stories.article import StoryArticle
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import SummaryConfig, _main_predication, _on_story, _root, _same_fact, _summary_candidates, summarise
from telisik.stories.summary_repeats import same_predication


def _article(aid: str, outlet: str, paragraphs: list[str], title: str | None = None) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "title": title, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def _said(text: str, *names: str):
    found = _main_predication(text, frozenset(_root(n.lower()) for n in names))
    assert found is not None, text
    return found


def test_an_arrest_told_actively_and_passively_is_one_fact():
    a = _said("Polisi menangkap Rudi Hartono di rumahnya di Cibinong, Senin malam.", "Rudi", "Hartono", "Cibinong")
    b = _said("Rudi Hartono ditangkap tim Resmob saat tidur di rumah kontrakannya.", "Rudi", "Hartono", "Resmob")
    assert same_predication(b, a) and same_predication(a, b)


def test_the_same_act_of_two_named_parties_is_two_facts():
    a = _said("Polisi menangkap Rudi Hartono di Cibinong.", "Rudi", "Hartono", "Cibinong")
    b = _said("Polisi menangkap Dedi Kurnia di Citeureup.", "Dedi", "Kurnia", "Citeureup")
    assert not same_predication(b, a)


def test_a_denied_act_is_another_fact_than_the_act():
    a = _said("Pemerintah mencabut izin usaha PT Tambang Raya di Halmahera.", "Tambang", "Raya", "Halmahera")
    b = _said("Menteri Bahlil menjelaskan alasan pemerintah tidak mencabut izin PT Tambang Raya.", "Bahlil", "Tambang", "Raya")
    assert b.negated and not a.negated
    assert not same_predication(b, a)


def test_a_noun_form_that_a_verb_of_taking_place_carries_is_the_predicate():
    # "pendaratan ... berlangsung" tells what "mendarat" tells
    a = _said("Pesawat Citilink mendarat darurat di Bandara Juanda, Rabu pagi.", "Citilink", "Juanda")
    b = _said("Pendaratan darurat pesawat Citilink berlangsung sekitar pukul 07.40 WIB.", "Citilink")
    assert a.predicate == b.predicate
    assert same_predication(b, a)


def test_past_a_verb_of_saying_the_predicate_is_what_is_said():
    said = _said("Kapolres Sleman mengatakan petugas akan mengerahkan 300 personel ke lokasi.", "Sleman")
    assert said.predicate == frozenset({_root("mengerahkan")})
    # a light verb carries its noun: "melakukan penyelidikan" is "menyelidiki"
    light = _said("Tim Labfor melakukan penyelidikan di gudang yang terbakar.", "Labfor")
    assert light.predicate == frozenset({_root("penyelidikan")})


def _story_summary(articles: list[dict[str, Any]], size: int = 6) -> list[str]:
    return [s.text for s in summarise(articles, DocumentFrequencies(), size=size)]


def test_troops_deployed_in_other_words_by_two_outlets_are_told_once():
    articles = [
        _article(
            "a",
            "SINDOnews",
            [
                "Pemerintah Filipina akan mengerahkan 500 personel Marinir ke Pulau Mindoro untuk meredam kerusuhan.",
                "Kerusuhan pecah setelah harga beras naik tajam pekan lalu.",
            ],
        ),
        _article(
            "b",
            "Okezone",
            [
                "Juru bicara istana mengatakan satu batalyon Marinir akan diterjunkan dari Manila menjelang akhir pekan.",
                "Warga membakar dua gudang beras milik pedagang besar di pusat kota.",
            ],
        ),
        _article("c", "Liputan6", ["Kedutaan Besar RI di Manila mengimbau WNI di Mindoro menghindari lokasi kerusuhan."]),
    ]
    texts = _story_summary(articles)
    told = [t for t in texts if "Marinir" in t]
    assert len(told) == 1, texts


def test_a_pronoun_going_on_from_the_lead_tells_its_act_again():
    articles = [
        _article(
            "a",
            "Okezone",
            [
                "Direktur PT Sinar Baja Andi Wirawan diperiksa penyidik Kejati Jatim dalam kasus kredit macet, Senin (9/6/2025).",
                "Dia pun diperiksa terkait perannya dalam pengajuan kredit ke bank daerah.",
            ],
        ),
        _article("b", "Kompas", ["Kuasa hukum Andi Wirawan menyebut kliennya membawa 12 dokumen ke Gedung Kejati Jatim."]),
        _article("c", "Detik", ["Kejati Jatim menyita dua bidang tanah milik PT Sinar Baja di Sidoarjo."]),
    ]
    texts = _story_summary(articles)
    assert not any(t.startswith("Dia pun diperiksa") for t in texts), texts


def _candidates(articles: list[dict[str, Any]]):
    story = [StoryArticle.of(a) for a in articles]
    return _summary_candidates(story, DocumentFrequencies(), SummaryConfig())


def test_one_act_on_two_different_days_is_two_facts():
    articles = [
        _article("a", "Okezone", ["Andi Wirawan diperiksa penyidik Kejati Jatim pada Senin (9/6/2025) selama delapan jam."]),
        _article("b", "Kompas", ["Andi Wirawan kembali diperiksa penyidik Kejati Jatim pada Kamis (12/6/2025) sore."]),
    ]
    first, again = _candidates(articles)
    assert first.predication is not None and again.predication is not None
    assert same_predication(again.predication, first.predication)
    assert not _same_fact(again, first)


def test_two_sentences_saying_one_party_drew_notice_are_one_fact():
    articles = [
        _article(
            "a", "Detik", ["Usai bercerai dari aktor Bima Aditya, kehidupan pribadi penyanyi Nadia Safira tak luput dari sorotan publik."]
        ),
        _article(
            "b",
            "Liputan6",
            [
                "Kabar kedekatan Nadia Safira dengan pengusaha Rendy Pratama tengah menjadi sorotan setelah keduanya tampil dalam siaran langsung."
            ],
        ),
        _article("c", "Okezone", ["Nadia Safira mengaku fokus mengurus dua anaknya dan bisnis kosmetiknya."]),
    ]
    texts = _story_summary(articles)
    assert sum("sorotan" in t for t in texts) == 1, texts


def test_a_sentence_on_someone_only_its_article_names_is_another_happening():
    articles = [
        _article("a", "Liputan6", ["Militer Israel mengidentifikasi jenazah komandan Hamas Yusuf Darwish di Khan Younis."]),
        _article("b", "Okezone", ["Jenazah Yusuf Darwish ditemukan di terowongan bawah rumah sakit di Khan Younis."]),
        _article("d", "Detik", ["Hamas belum mengonfirmasi kematian Yusuf Darwish di Khan Younis hingga Senin malam."]),
        _article(
            "c",
            "Tribunnews",
            [
                "Pensiunan jenderal Amos Gilead melontarkan kritik pedas kepada kabinet Benjamin Netanyahu.",
                "Menurut Gilead, jenazah Yusuf Darwish bukan kemenangan besar bagi Israel.",
            ],
        ),
    ]
    kept = [c.text for c in _on_story(_candidates(articles), SummaryConfig())]
    assert not any(t.startswith("Pensiunan jenderal Amos Gilead") for t in kept), kept
    # the same article's sentence about the story's party stays
    assert any(t.startswith("Menurut Gilead") for t in kept), kept


def test_a_story_of_three_articles_keeps_every_sentence_for_its_names():
    articles = [
        _article("a", "Liputan6", ["Militer Israel mengidentifikasi jenazah komandan Hamas Yusuf Darwish di Khan Younis."]),
        _article("b", "Okezone", ["Jenazah Yusuf Darwish ditemukan di terowongan bawah rumah sakit di Khan Younis."]),
        # (in a story this small, a party one article alone names is as often the story's: the second defendant)
        _article("c", "Tribunnews", ["Pensiunan jenderal Amos Gilead melontarkan kritik pedas kepada kabinet Benjamin Netanyahu."]),
    ]
    candidates = _candidates(articles)
    assert len(_on_story(candidates, SummaryConfig())) == len(candidates)


def test_an_ordinal_place_is_the_figure_of_that_place():
    articles = [
        _article("a", "Detik", ["Dengan 13 poin, Timnas Indonesia bertengger di posisi empat klasemen Grup C."]),
        _article("b", "Okezone", ["Timnas Indonesia memastikan finis di posisi keempat Grup C usai laga terakhir."]),
    ]
    first, second = _candidates(articles)
    assert "#4" in first.facts and "#4" in second.facts


def test_a_day_given_with_its_date_and_ini_points_at_no_sentence_before():
    articles = [
        _article("a", "Okezone", ["Kejaksaan Agung memeriksa mantan staf khusus menteri, Rina Kartika, pada Selasa (10/6/2025) ini."]),
        _article("b", "Kompas", ["Rina Kartika tiba di Gedung Bundar sekitar pukul 09.30 WIB."]),
    ]
    lead = _candidates(articles)[0]
    assert lead.stands_alone and not lead.leans


def test_a_verb_of_a_clause_of_purpose_is_not_the_main_predicate():
    said = _said("Keputusan Presiden untuk mengerahkan tentara ke Manila merupakan pelanggaran konstitusi.", "Manila")
    assert said.predicate == frozenset({_root("pelanggaran")})
    # "diketahui" only says the fact is known: the predicate is what follows it
    known = _said("Rudi Hartono diketahui menggunakan dana kredit untuk membeli rumah.", "Rudi", "Hartono")
    assert known.predicate == frozenset({_root("menggunakan")})


def test_a_sentence_naming_a_past_year_tells_the_past_and_restates_no_fact():
    articles = [
        _article("a", "Okezone", ["Pemerintah Filipina akan mengerahkan 500 Marinir ke Pulau Mindoro pekan ini."]),
        _article("b", "Kompas", ["Marinir Filipina pernah dikerahkan ke Pulau Mindoro saat topan besar pada 2013."]),
    ]
    articles[0]["published"] = articles[1]["published"] = "2025-06-10T10:00:00+07:00"
    now, then = _candidates(articles)
    assert now.predication is not None and then.predication is None
    assert not _same_fact(then, now)


def test_a_marriage_told_as_a_vow_and_as_a_wedding_is_told_once():
    articles = [
        _article(
            "a",
            "Detik",
            [
                "Raka Pradipta dan Sekar Ayu sudah menikah hari ini di Hotel Mulia, Jakarta Selatan.",
                "Acara dihadiri keluarga dan kerabat dekat.",
            ],
        ),
        _article(
            "b",
            "Liputan6",
            ["Pasangan Raka Pradipta dan Sekar Ayu resmi mengikat janji suci pernikahan pada Senin (16/6/2025) di Jakarta."],
        ),
        _article("c", "Okezone", ["Penampilan ibunda Sekar Ayu mencuri perhatian tamu undangan pada pernikahan itu."]),
    ]
    said = [_said(t, "Raka", "Pradipta", "Sekar", "Ayu") for t in ("Raka Pradipta dan Sekar Ayu sudah menikah hari ini.",)]
    [vow] = [c for c in _candidates(articles) if c.text.startswith("Pasangan")]
    assert vow.predication is not None and vow.predication.predicate == said[0].predicate
    texts = _story_summary(articles)
    assert sum("Raka Pradipta dan Sekar Ayu" in t for t in texts) == 1, texts
