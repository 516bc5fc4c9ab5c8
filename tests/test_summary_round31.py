"""Round 31: a story's summary takes no scrape's cut piece that has lost its verb ("III MMI di Pangandaran (...)",
"RS e:HEV, model hybrid pertama Honda ..., pada Selasa"), and no clause that narrows one left out ("Terutama yang ...")."""

from __future__ import annotations

from typing import Any

from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import SummaryConfig, _leans, _says_something, has_predicate, summarise


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


CUT_PIECES = [
    "IV MMI di Kabupaten Garut (getaran dirasakan oleh orang banyak di dalam rumah).",
    "SX e:Drive, model listrik pertama produsen itu di segmen sedan kompak, pada Rabu, 11 Juni 2025 di Surabaya.",
    "Skor hasil akhir Spanyol vs Georgia di Kualifikasi Piala Dunia 2026 Zona Eropa terbaru.",
    "Jadwal lengkap kapal cepat rute Batam - Tanjung Pinang untuk pekan depan.",
]

WHOLE = [
    "Gempa magnitudo 4,8 mengguncang Kabupaten Garut, Rabu (11/6/2025) dini hari.",
    "Polisi menahan dua pemuda yang terlibat tawuran di Kampung Melayu.",
    "Banjir setinggi satu meter terjadi di tiga kecamatan sejak Selasa malam.",
    "Timnas Indonesia kalah 1-4 dari Australia di Sydney.",
    "Jepang tampil dominan sepanjang babak pertama.",
    "Korban tewas di lokasi kejadian setelah tertimpa pohon tumbang.",
    "Harga cabai rawit di Pasar Kramat Jati sangat mahal pekan ini.",
    "Persija kedatangan dua pemain asing baru jelang musim depan.",
    "Biaya perbaikan jembatan itu sekitar Rp 4 miliar.",
    "Ia adalah Ketua DPRD Kabupaten Sleman periode 2024-2029.",
    "Skuad Garuda finis di posisi keempat dengan 12 poin.",
    "Polemik muncul karena nama kapal itu sama dengan inisial seorang pejabat.",
    "Timnas voli putri takluk dari Vietnam di laga terakhir.",
]


def test_a_cut_piece_without_a_verb_has_no_predicate():
    for text in CUT_PIECES:
        assert not has_predicate(text), text


def test_a_whole_sentence_has_a_predicate_affixed_bare_or_of_a_figure():
    for text in WHOLE:
        assert has_predicate(text), text


def test_a_verb_only_inside_brackets_or_a_name_is_no_predicate():
    # the aside's "dirasakan" and the names "Dirgantara", "Menara" are not the sentence's verb
    assert not has_predicate("III MMI di Tasikmalaya (getaran dirasakan nyata dalam rumah).")
    assert not has_predicate("Bandara Internasional Dirgantara di Menara Kota Baru, pada Senin pagi.")


def test_a_story_summary_says_nothing_with_a_cut_piece_but_a_one_article_summary_keeps_its_own_reading():
    config = SummaryConfig()
    text = CUT_PIECES[1]
    assert not _says_something(text, None, config, several=True)
    assert _says_something(text, None, config, several=False)


def test_a_story_summary_leaves_a_verbless_piece_out():
    articles = [
        _article(
            "a",
            "Detik",
            [
                "PT Mobil Nusantara resmi meluncurkan SUV listrik SX e:Drive di Surabaya, Rabu (11/6/2025).",
                "SX e:Drive, model listrik pertama produsen itu di segmen sedan kompak, pada Rabu, 11 Juni 2025 di Surabaya.",
                "Mobil itu dijual mulai Rp 480 juta untuk varian terendah.",
            ],
        ),
        _article("b", "Kompas", ["SUV listrik SX e:Drive diluncurkan PT Mobil Nusantara dengan jarak tempuh 450 kilometer."]),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    assert texts and not any(t.startswith("SX e:Drive, model") for t in texts)


def test_a_clause_narrowing_one_told_before_leans():
    assert _leans("Terutama yang dilakukan oleh pimpinan daerah dalam memperjuangkan batas wilayah.", story=True)


def test_a_state_of_harm_or_a_count_is_a_predicate():
    # a verbless clause of a state of harm ("luka-luka", "cedera") or a count told after "kini" is a whole sentence
    for text in [
        "Tiga warga luka-luka dalam insiden itu.",
        "Gelandang muda itu cedera lutut sejak pekan lalu.",
        "Jumlah korban kini 14 orang.",
        "Status Gunung Lewotobi siaga sejak Minggu.",
    ]:
        assert has_predicate(text), text
    # a bare figure with no word that tells a count is still no predicate
    assert not has_predicate("Kualifikasi Piala Dunia 2026 Grup C pekan ini.")
