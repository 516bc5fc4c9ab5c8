"""A story's summary leaves out a definition or profile line ("BMAD merupakan pungutan ...", "Al Ghazali adalah anak
sulung ...") that says of its party nothing the headlines are about: background, which readers counted as an intruder.
A line whose words are what the headlines are about ("Cecep merupakan teman kuliah Hasto" under "Teman Kuliah ...")
stays a candidate."""

from __future__ import annotations

from typing import Any

from telisik.stories.article import StoryArticle
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import SummaryConfig, _definition, _rated_selection, summarise


def _article(aid: str, outlet: str, paragraphs: list[str], title: str) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "title": title, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def _texts(articles: list[dict[str, Any]], size: int = 6) -> list[str]:
    return [s.text for s in summarise(articles, DocumentFrequencies(), size=size)]


def _defined(articles: list[dict[str, Any]]) -> list[str]:
    """The candidates the selection reads as definitions to leave out, as ``summarise`` builds it."""
    selection = _rated_selection([StoryArticle.of(a) for a in articles], DocumentFrequencies(), SummaryConfig())
    return [selection.candidates[i].text for i in sorted(selection._definitions()[0])]


def _defined_as(text: str) -> str | None:
    return told[1] if (told := _definition(text)) else None


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


def _story(leads: list[tuple[str, str, str]], extra: dict[int, list[str]]) -> list[dict[str, Any]]:
    """Articles of outlets (outlet, lead, headline), the n-th with the sentences ``extra`` gives it after its lead."""
    return [_article(f"s{n}", outlet, [lead, *extra.get(n, [])], title) for n, (outlet, lead, title) in enumerate(leads, 1)]


_DEFENDANT_HEADS = [
    ("Detik", "Doni Saputra menjadi saksi meringankan dalam sidang terdakwa Bambang Irawan, Kamis (19/6/2025).", "Teman Kuliah Bambang Jadi Saksi"),
    ("Kompas", "Saksi Doni Saputra menyebut Bambang Irawan pernah menolak jabatan menteri.", "Teman Kuliah Sebut Bambang Tolak Jabatan"),
    ("Tempo", "Doni Saputra bersaksi bahwa Bambang Irawan memakai nomor ponsel luar negeri.", "Teman Kuliah Ungkap Nomor Ponsel Bambang"),
]


def test_a_story_of_few_articles_has_no_central_words_and_keeps_its_profile_lines():
    # three articles: no headline word is central, and nothing is read as background
    story = _story(_DEFENDANT_HEADS, {1: ["Doni merupakan sahabat lama Bambang di Universitas Padjadjaran."]})
    assert _defined(story) == []


# a dredging firm fined, told by five outlets; the lines after the leads vary by test
_FINE = [
    ("Detik", "Kementerian Lingkungan Hidup mendenda PT Karya Pasir Rp 2 miliar, Senin (16/6/2025).", "KLH Denda PT Karya Pasir"),
    ("Kompas", "PT Karya Pasir didenda karena mengeruk pasir laut tanpa izin di Lampung.", "Karya Pasir Didenda Rp 2 Miliar"),
    ("Tempo", "KLH menjatuhkan denda kepada PT Karya Pasir atas pengerukan pasir laut.", "KLH Jatuhkan Denda ke Karya Pasir"),
    ("Okezone", "Pengerukan pasir laut oleh PT Karya Pasir dihentikan KLH.", "Karya Pasir Didenda, Pengerukan Dihentikan"),
    ("Liputan6", "Nelayan Lampung menyambut denda untuk PT Karya Pasir.", "Nelayan Sambut Denda Karya Pasir"),
]


def test_only_a_line_opening_on_a_name_of_the_story_is_background():
    story = _story(
        _FINE,
        {
            1: ["Karya Pasir merupakan perusahaan tambang yang berdiri sejak tahun lalu di Bandar Lampung."],
            2: ["Pelaku merupakan pemilik kapal keruk yang tinggal di Teluk Betung."],
            3: ["Modusnya adalah mengeruk pasir pada malam hari tanpa lampu."],
        },
    )
    assert _defined(story) == ["Karya Pasir merupakan perusahaan tambang yang berdiri sejak tahun lalu di Bandar Lampung."]


def test_a_line_the_next_sentence_points_back_to_is_only_an_aside():
    background = "Karya Pasir merupakan perusahaan tambang yang berdiri di Bandar Lampung."
    story = _story(_FINE, {1: [background, "Perusahaan itu pernah didenda pemerintah daerah karena merusak terumbu karang."]})
    selection = _rated_selection([StoryArticle.of(a) for a in story], DocumentFrequencies(), SummaryConfig())
    defined, aside = selection._definitions()
    assert defined == set()
    assert [selection.candidates[i].text for i in aside] == [background]
    assert any(selection.candidates[i].text == background for i in selection.asides)


def test_a_central_partys_role_and_a_tie_to_a_central_party_stay_but_kin_between_central_parties_goes():
    story = _story(
        _FINE,
        {
            1: ["Karya Pasir merupakan terdakwa perkara pengerukan ilegal di Pengadilan Negeri Tanjung Karang."],
            2: ["Rahmat merupakan mitra usaha Karya Pasir sejak tahun lalu."],
            3: ["Karya Pasir adalah anak perusahaan Kementerian Lingkungan Hidup dari masa lalu."],
        },
    )
    # (the last is invented kin between two central parties, as "Al Ghazali adalah anak sulung Maia Estianty")
    assert _defined(story) == ["Karya Pasir adalah anak perusahaan Kementerian Lingkungan Hidup dari masa lalu."]


def test_a_ranked_party_a_quote_and_a_listing_are_no_background():
    story = _story(
        _FINE,
        {
            1: ["Karya Pasir merupakan pengeruk pasir terbesar kedua di Sumatera."],
            2: ['"Karya Pasir adalah contoh buruk bagi industri tambang," kata Rudi.'],
            3: ["Berikut adalah daftar perusahaan tambang yang didenda pemerintah."],
        },
    )
    assert _defined(story) == []


def test_becoming_one_of_is_a_happening_not_a_definition():
    assert _defined_as("Timnas Indonesia menjadi salah satu tim yang lolos ke babak keempat.") is None
