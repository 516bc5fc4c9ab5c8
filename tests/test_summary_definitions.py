"""A story's summary leaves out a definition or profile line ("BMAD merupakan pungutan ...", "Al Ghazali adalah anak
sulung ...") that says of its party nothing the headlines are about: background, which readers counted as an intruder.
A line whose words are what the headlines are about ("Cecep merupakan teman kuliah Hasto" under "Teman Kuliah ...")
stays a candidate."""

from __future__ import annotations

from collections import Counter
from typing import Any

from telisik.stories.article import StoryArticle
from telisik.stories.similarity import DocumentFrequencies, weigh, words
from telisik.stories.summary import SummaryConfig, _defined_as, _Selection, _summary_candidates, _title_roots, _unit, summarise


def _article(aid: str, outlet: str, paragraphs: list[str], title: str) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "title": title, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def _texts(articles: list[dict[str, Any]], size: int = 6) -> list[str]:
    return [s.text for s in summarise(articles, DocumentFrequencies(), size=size)]


def _defined(articles: list[dict[str, Any]]) -> list[str]:
    """The candidates the selection reads as definitions to leave out, as ``summarise`` builds it."""
    members = [StoryArticle.of(a) for a in articles]
    df, config = DocumentFrequencies(), SummaryConfig()
    heads = {a.id: _unit(weigh(Counter(words(a.title)), df)) for a in members if a.title}
    selection = _Selection(_summary_candidates(members, df, config), config, headlines=heads)
    selection.headline_roots = {a.id: _title_roots(a.title or "") for a in members}
    return [selection.candidates[i].text for i in sorted(selection._definitions())]


def test_a_definition_opening_is_read_past_its_subject_and_word_of_being():
    assert (
        _defined_as("Bea Keluar (BK) merupakan pungutan negara atas barang ekspor tertentu.")
        == "pungutan negara atas barang ekspor tertentu."
    )
    assert (
        _defined_as("Pekan Kriya Nusantara (PKN) adalah pameran kerajinan tahunan di Surabaya.") == "pameran kerajinan tahunan di Surabaya."
    )
    # a quote, a relative clause, a clause before the subject: no definition
    assert _defined_as('"Ini adalah langkah yang tepat," kata Rudi.') is None
    assert _defined_as("Polisi menahan Joko yang merupakan residivis pencurian.") is None
    assert _defined_as("Menurut Rudi, kebijakan itu adalah langkah yang tepat.") is None
    # a subject that is no name tells the story's fact; a name after the word of being names the news
    assert _defined_as("Salah satu praktik yang dikritik adalah kebiasaan direksi membawa ajudan.") is None
    assert _defined_as("Terbaru adalah Jepang yang membebaskan visa bagi WNI.") is None
    assert _defined_as("Lumbung Pangan Desa (LPD) adalah program desa.") == "program desa."


# a ministry's decision told by five outlets; one article ends on what an export levy is
_LEVY = [
    _article(
        "l1",
        "Detik",
        [
            "Menteri Perdagangan Rudi Hartono memutuskan menunda bea keluar kopra mulai Senin (23/6/2025).",
            "Rudi menyebut penundaan bea keluar kopra diambil setelah harga kopra di tingkat petani anjlok.",
            "BK merupakan pungutan negara atas barang ekspor tertentu yang dijual ke luar negeri.",
        ],
        "Mendag Tunda Bea Keluar Kopra",
    ),
    _article(
        "l2",
        "Kompas",
        [
            "Pemerintah menunda bea keluar kopra untuk menolong petani kelapa di Sulawesi Utara.",
            "Asosiasi petani kelapa menyambut baik keputusan penundaan itu.",
        ],
        "Pemerintah Tunda Bea Keluar Kopra",
    ),
    _article(
        "l3",
        "Okezone",
        [
            "Penundaan bea keluar kopra berlaku sampai akhir tahun, kata Rudi Hartono.",
            "Eksportir kopra di Bitung mulai menambah pengiriman ke Filipina.",
        ],
        "Bea Keluar Kopra Ditunda sampai Akhir Tahun",
    ),
    _article(
        "l4",
        "Tempo",
        [
            "Kementerian Perdagangan menunda bea keluar kopra demi petani kelapa.",
            "Harga kopra di Manado turun menjadi Rp 6.000 per kilogram pekan lalu.",
        ],
        "Kemendag Tunda Bea Keluar Kopra",
    ),
    _article(
        "l5",
        "Liputan6",
        [
            "Petani kelapa di Minahasa lega bea keluar kopra ditunda.",
            "Koperasi petani di Minahasa berencana menjual kopra lebih banyak bulan depan.",
        ],
        "Petani Lega Bea Keluar Kopra Ditunda",
    ),
]


def test_a_definition_line_saying_nothing_the_headlines_say_is_left_out():
    assert _defined(_LEVY) == ["BK merupakan pungutan negara atas barang ekspor tertentu yang dijual ke luar negeri."]
    assert not any(t.startswith("BK merupakan") for t in _texts(_LEVY, size=6))


def test_a_profile_line_whose_words_are_the_headlines_stays_a_candidate():
    # every headline calls the witness the defendant's classmate: that he is one is the story's fact
    story = [
        _article(
            f"h{n}",
            outlet,
            [lead, "Doni merupakan teman kuliah Bambang di Universitas Padjadjaran."] if n == 1 else [lead],
            title,
        )
        for n, (outlet, lead, title) in enumerate(
            [
                (
                    "Detik",
                    "Doni Saputra menjadi saksi meringankan dalam sidang terdakwa Bambang Irawan, Kamis (19/6/2025).",
                    "Teman Kuliah Bambang Jadi Saksi",
                ),
                (
                    "Kompas",
                    "Saksi Doni Saputra menyebut Bambang Irawan pernah menolak jabatan menteri.",
                    "Teman Kuliah Sebut Bambang Tolak Jabatan",
                ),
                (
                    "Tempo",
                    "Doni Saputra bersaksi bahwa Bambang Irawan memakai nomor ponsel luar negeri.",
                    "Teman Kuliah Ungkap Nomor Ponsel Bambang",
                ),
                ("Okezone", "Hakim mencecar Doni Saputra soal nomor ponsel Bambang Irawan.", "Hakim Cecar Teman Kuliah Bambang"),
                ("Liputan6", "Jaksa menanyakan hubungan Doni Saputra dengan Bambang Irawan.", "Jaksa Tanya Teman Kuliah Bambang"),
            ],
            1,
        )
    ]
    assert _defined(story) == []
