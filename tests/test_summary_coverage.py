"""Round 34: a story's summary leaves out the sentences about someone beside its happening (a party none of its
headlines and leads name), and tells its happening once when another outlet tells it again in words that name no one
("Erupsi dilaporkan masih terjadi hingga Kamis") or tells how a match stood at the final whistle."""

from __future__ import annotations

from typing import Any

from telisik.stories.article import StoryArticle
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import (
    SummaryConfig,
    _about_others,
    _Candidate,
    _happenings,
    _main_predication,
    _root,
    _Selection,
    _summary_candidates,
    _title_roots,
    summarise,
)


def _article(aid: str, outlet: str, paragraphs: list[str], title: str) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "title": title, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def _texts(articles: list[dict[str, Any]], size: int = 6) -> list[str]:
    return [s.text for s in summarise(articles, DocumentFrequencies(), size=size)]


# a wedding told by six outlets; one article of a celebrity site goes on to the mother's husband's wealth
_WEDDING = [
    _article(
        "w1",
        "Detik",
        [
            "Pasangan Raka Pratama dan Sinta Maharani resmi menikah di Bandung, Sabtu (21/6/2025).",
            "Akad nikah Raka Pratama dan Sinta Maharani berlangsung khidmat di sebuah gedung di Jalan Asia Afrika.",
        ],
        "Raka Pratama dan Sinta Maharani Resmi Menikah di Bandung",
    ),
    _article(
        "w2",
        "Kompas",
        [
            "Penyanyi Raka Pratama menikahi Sinta Maharani dengan mahar seperangkat alat salat dan emas 20 gram.",
            "Raka Pratama mengaku lega setelah ijab kabul berjalan lancar dalam satu tarikan napas.",
        ],
        "Mahar Raka Pratama untuk Sinta Maharani",
    ),
    _article(
        "w3",
        "Okezone",
        [
            "Harta kekayaan pengusaha Hendra Wijaya menjadi perbincangan publik.",
            "Hendra Wijaya diketahui memiliki belasan perusahaan tambang dan perkebunan di Kalimantan.",
            "Resepsi pernikahan Raka Pratama dan Sinta Maharani digelar malam harinya dengan adat Sunda.",
        ],
        "Resepsi Raka Pratama dan Sinta Maharani Pakai Adat Sunda",
    ),
    _article(
        "w4",
        "Liputan6",
        [
            "Sinta Maharani tampil anggun dengan kebaya putih saat akad nikah bersama Raka Pratama.",
            "Kebaya Sinta Maharani dirancang khusus oleh desainer asal Bandung selama tiga bulan.",
        ],
        "Kebaya Putih Sinta Maharani di Hari Pernikahan dengan Raka Pratama",
    ),
    _article(
        "w5",
        "Tempo",
        [
            "Raka Pratama dan Sinta Maharani berencana berbulan madu ke Jepang pekan depan.",
            "Raka Pratama menyebut bulan madu itu sudah direncanakan sejak tahun lalu.",
        ],
        "Raka Pratama dan Sinta Maharani Bulan Madu ke Jepang",
    ),
]


def test_a_sentence_naming_only_someone_no_headline_or_lead_names_is_weighed_as_an_aside():
    story = [StoryArticle.of(a) for a in _WEDDING]
    config = SummaryConfig()
    selection = _Selection(_summary_candidates(story, DocumentFrequencies(), config), config)
    selection.headline_roots = {a.id: _title_roots(a.title or "") for a in story}
    selection.headline_kinds = {a.id: _happenings(a.title or "")[0] for a in story}
    off = {selection.candidates[i].text for i in selection._off_centre()}
    assert off == {
        "Harta kekayaan pengusaha Hendra Wijaya menjadi perbincangan publik.",
        "Hendra Wijaya diketahui memiliki belasan perusahaan tambang dan perkebunan di Kalimantan.",
    }


def test_the_wealth_of_someone_beside_the_wedding_weighs_as_an_aside_and_never_opens_the_summary():
    story = [StoryArticle.of(a) for a in _WEDDING]
    rated = {}
    for config in (SummaryConfig(), SummaryConfig(central_articles=len(story) + 1)):
        selection = _Selection(
            _summary_candidates(story, DocumentFrequencies(), config), config, headlines={a.id: {"x": 1.0} for a in story}
        )
        selection.headline_roots = {a.id: _title_roots(a.title or "") for a in story}
        selection.rate()
        rated[config.central_articles] = {c.text: r for c, r in zip(selection.candidates, selection.relevance, strict=True)}
    wealth = "Harta kekayaan pengusaha Hendra Wijaya menjadi perbincangan publik."
    on, off = rated[SummaryConfig().central_articles], rated[len(story) + 1]
    assert on[wealth] == off[wealth] * SummaryConfig().aside_weight
    lead = "Pasangan Raka Pratama dan Sinta Maharani resmi menikah di Bandung, Sabtu (21/6/2025)."
    assert on[lead] == off[lead]
    assert not any("Hendra" in t for t in _texts(_WEDDING))


def test_a_story_of_fewer_titled_articles_than_central_articles_has_no_central_parties_to_weigh_against():
    # (in a small story one headline is a quarter of them: a party only one article names is as often the story's)
    story = [StoryArticle.of(a) for a in _WEDDING]
    config = SummaryConfig(central_articles=len(story) + 1)
    selection = _Selection(_summary_candidates(story, DocumentFrequencies(), config), config)
    selection.headline_roots = {a.id: _title_roots(a.title or "") for a in story}
    assert selection._off_centre() == set()


def _named(text: str, *names: str) -> _Candidate:
    return _Candidate("a", "Republika", 3, text, {"x": 1.0}, {"x": 1.0}, False, parties=frozenset(_root(n.lower()) for n in names))


def test_a_short_form_spelled_out_before_it_names_a_thing_not_someone_beside_the_story():
    central = frozenset({_root("pltn"), _root("esdm")})
    thing = _named("Pemerintah akan menimbang teknologi small modular reactor (SMR) untuk pembangkit baru.", "SMR")
    assert not _about_others(thing, central)
    company = _named("Harga saham HYBE mencapai titik tertinggi dalam tiga tahun pada perdagangan Selasa.", "HYBE")
    assert _about_others(company, central)
    assert not _about_others(_named("Menteri ESDM menyiapkan regulasi PLTN.", "ESDM", "PLTN"), central)


_ERUPTION = [
    _article(
        "e1",
        "Liputan6",
        [
            "Erupsi Gunung Semeru yang masih berlangsung di Kabupaten Lumajang, Jawa Timur, berdampak pada jalur pendakian.",
            "Jalur pendakian menuju Ranu Kumbolo ditutup sementara hingga waktu yang belum ditentukan.",
        ],
        "Erupsi Gunung Semeru, Jalur Pendakian Ditutup",
    ),
    _article(
        "e2",
        "Detik",
        [
            "Erupsi dilaporkan masih terjadi hingga Rabu, 18 Juni 2025.",
            "Kolom abu setinggi 800 meter teramati condong ke arah barat daya.",
        ],
        "Semeru Kembali Erupsi, Tinggi Kolom Abu 800 Meter",
    ),
    _article(
        "e3",
        "Kompas",
        [
            "Pos Pengamatan Gunung Semeru mencatat tiga kali letusan sejak pagi di Lumajang.",
            "Warga diimbau tidak beraktivitas dalam radius 5 kilometer dari puncak Semeru.",
        ],
        "Semeru Meletus Tiga Kali Sejak Pagi",
    ),
]


def test_an_unnamed_sentence_saying_only_that_the_happening_goes_on_is_told_once():
    texts = _texts(_ERUPTION)
    assert any(t.startswith("Erupsi Gunung Semeru") for t in texts)
    assert "Erupsi dilaporkan masih terjadi hingga Rabu, 18 Juni 2025." not in texts
    # (a figure of its own is a fact of its own)
    assert any(t.startswith("Kolom abu setinggi 800 meter") for t in texts)


def test_an_unnamed_sentence_with_a_detail_of_its_own_still_tells_something():
    articles = [dict(a) for a in _ERUPTION]
    articles[1] = _article(
        "e2",
        "Detik",
        ["Erupsi dilaporkan terjadi lagi pukul 05.12 WIB.", "Status gunung tetap Level III."],
        "Semeru Kembali Erupsi Pagi Ini",
    )
    texts = _texts(articles)
    assert "Erupsi dilaporkan terjadi lagi pukul 05.12 WIB." in texts


_MATCH = [
    _article(
        "m1",
        "Detik",
        [
            "Persib Bandung berpesta gol saat menjamu Persija Jakarta di Stadion Gelora Bandung Lautan Api, Minggu (22/6/2025).",
            "Gol pembuka dicetak David da Silva pada menit ke-12 lewat sundulan.",
        ],
        "Hasil Persib vs Persija 4-0: Maung Bandung Pesta Gol",
    ),
    _article(
        "m2",
        "Liputan6",
        [
            "Persib Bandung tampil dominan sejak menit awal hingga peluit panjang berbunyi.",
            "Pelatih Bojan Hodak memuji disiplin para pemainnya setelah laga.",
        ],
        "Persib Hajar Persija 4-0 di GBLA",
    ),
    _article(
        "m3",
        "Kompas",
        [
            "Empat gol Persib disumbangkan David da Silva (12', 55'), Tyronne del Pino (30') dan Beckham Putra (80').",
            "Persija kini tertahan di papan tengah klasemen sementara.",
        ],
        "Persib Bantai Persija, David da Silva Dua Gol",
    ),
]


def test_how_a_side_stood_at_the_final_whistle_tells_the_result_again():
    kinds, _ = _happenings("Persib Bandung tampil dominan sejak menit awal hingga peluit panjang berbunyi.")
    assert "RESULT" in kinds
    kinds, _ = _happenings("Upaya Persija membalas sia-sia karena hingga akhir laga, skor 1-0 untuk Persib bertahan.")
    assert "RESULT" in kinds
    texts = _texts(_MATCH)
    assert texts[0].startswith("Persib Bandung berpesta gol")
    assert "Persib Bandung tampil dominan sejak menit awal hingga peluit panjang berbunyi." not in texts


def test_a_goal_with_its_minute_is_the_matchs_whoever_scores_it():
    titles = [
        "Persib Juara Piala Presiden 2025",
        "Persib Angkat Trofi Piala Presiden",
        "Persib Kampiun Lewat Adu Penalti",
        "Pesta Juara Persib di Bandung",
        "Bojan Hodak Bawa Persib Juara",
    ]
    leads = [
        "Persib Bandung menjuarai Piala Presiden 2025 setelah menang adu penalti di final, Minggu (22/6/2025).",
        "Persib Bandung mengangkat trofi Piala Presiden 2025 di Stadion Si Jalak Harupat.",
        "Persib Bandung memastikan gelar juara lewat adu penalti dengan skor 4-3.",
        "Ribuan bobotoh merayakan gelar juara Persib Bandung di jalanan Kota Bandung.",
        "Pelatih Bojan Hodak membawa Persib Bandung meraih gelar Piala Presiden 2025.",
    ]
    detail = "Dewa United sempat unggul lebih dulu berkat gol Alex Martins (21') dan Egy Maulana (45')."
    articles = [
        _article(f"p{k}", f"outlet{k}", [lead, "Laga final itu disaksikan puluhan ribu penonton di stadion."], title)
        for k, (lead, title) in enumerate(zip(leads, titles, strict=True))
    ]
    articles[2]["body"] += "\n\n" + detail
    story = [StoryArticle.of(a) for a in articles]
    config = SummaryConfig()
    selection = _Selection(_summary_candidates(story, DocumentFrequencies(), config), config)
    selection.headline_roots = {a.id: _title_roots(a.title or "") for a in story}
    detail_index = next(i for i, c in enumerate(selection.candidates) if c.text == detail)
    assert selection.candidates[detail_index].goals
    assert detail_index not in selection._off_centre()


def test_memang_is_an_adverb_before_the_verb_not_the_predicate():
    # ("memang" has a verb's shape, me- + "mang": read as the predicate it hid "menetap", a stay in Egypt)
    found = _main_predication(
        "Selama satu tahun terakhir, Rina memang lebih banyak menetap di Kairo untuk kuliah.", frozenset({_root("rina"), _root("kairo")})
    )
    assert found is not None and "kind:stay" in found.predicate


def test_the_final_whistle_alone_says_when_not_how_the_match_ended():
    # (review: "bertahan hingga akhir pertandingan" read as the result made the score sentence its repeat)
    assert "RESULT" not in _happenings("Jonatan Christie bertahan hingga akhir pertandingan meski mengalami kram.")[0]
    assert "RESULT" not in _happenings("Ribuan suporter terus bernyanyi hingga laga berakhir.")[0]
    articles = [
        _article(
            "b1",
            "Detik",
            [
                "Jonatan Christie kalah dari Shi Yu Qi pada babak perempat final Indonesia Open 2025 di Istora Senayan, Jumat (6/6/2025).",
                "Jonatan Christie bertahan hingga akhir pertandingan meski mengalami kram pada gim ketiga.",
            ],
            "Jonatan Christie Tersingkir di Perempat Final Indonesia Open",
        ),
        _article(
            "b2",
            "Kompas",
            [
                "Tunggal putra Indonesia Jonatan Christie gagal melaju ke semifinal Indonesia Open 2025.",
                "Jonatan menyerah 21-19, 18-21, 15-21 dalam laga berdurasi 78 menit.",
            ],
            "Jonatan Gagal ke Semifinal Indonesia Open 2025",
        ),
    ]
    assert "Jonatan menyerah 21-19, 18-21, 15-21 dalam laga berdurasi 78 menit." in _texts(articles)


def test_an_unnamed_happening_on_another_day_is_another_happening():
    articles = [
        _article(
            "f1",
            "Liputan6",
            ["Banjir di Kabupaten Lumajang, Jawa Timur, terjadi pada Selasa (17/6/2025) pagi.", "Ketinggian air mencapai 80 sentimeter."],
            "Banjir Rendam Lumajang",
        ),
        _article("f2", "Detik", ["Banjir kembali terjadi pada Kamis (19/6/2025).", "Warga mengungsi ke masjid."], "Lumajang Banjir Lagi"),
    ]
    story = [StoryArticle.of(a) for a in articles]
    config = SummaryConfig()
    selection = _Selection(_summary_candidates(story, DocumentFrequencies(), config), config)
    by_text = {c.text: c for c in selection.candidates}
    again, first = by_text["Banjir kembali terjadi pada Kamis (19/6/2025)."], by_text[articles[0]["body"].split("\n\n")[0]]
    assert not selection._unnamed_again(again, first)


_MUTILATION_TITLES = [
    "Pelaku Mutilasi di Padang Pariaman Ditangkap",
    "Polisi Tangkap Pembunuh Wanita di Padang Pariaman",
    "Terungkap, Pelaku Mutilasi Padang Pariaman Kenal Korban",
    "Pembunuh Wanita di Padang Pariaman Dibekuk",
    "Kasus Mutilasi Padang Pariaman, Pelaku Ditangkap",
]
_MUTILATION_LEADS = [
    "Polisi menangkap pelaku mutilasi seorang wanita di Padang Pariaman, Sumatera Barat, Kamis (19/6/2025).",
    "Pelaku pembunuhan wanita di Padang Pariaman ditangkap di rumahnya.",
    "Pelaku mutilasi di Padang Pariaman ternyata mengenal korban.",
    "Tim gabungan membekuk pembunuh wanita di Padang Pariaman.",
    "Polisi akhirnya menangkap pelaku mutilasi di Padang Pariaman.",
]


def _off_centre_texts(extra: str) -> set[str]:
    """The off-centre sentences of a 5-article story on an arrest, its third article ending with ``extra``."""
    articles = [
        _article(f"k{k}", f"outlet{k}", [lead, "Jasad korban ditemukan warga di kebun."], title)
        for k, (lead, title) in enumerate(zip(_MUTILATION_LEADS, _MUTILATION_TITLES, strict=True))
    ]
    articles[2]["body"] += "\n\n" + extra
    story = [StoryArticle.of(a) for a in articles]
    config = SummaryConfig()
    selection = _Selection(_summary_candidates(story, DocumentFrequencies(), config), config)
    selection.headline_roots = {a.id: _title_roots(a.title or "") for a in story}
    selection.headline_kinds = {a.id: _happenings(a.title or "")[0] for a in story}
    return {selection.candidates[i].text for i in selection._off_centre()}


def test_a_spokesman_no_headline_names_telling_of_the_headlines_suspect_is_on_the_story():
    # (review: the motive and the charge told by a police spokesman were weighed as remarks)
    for said in (
        "Kabid Humas Polda Sumbar Kombes Susmelawati Rosya mengatakan motif pelaku adalah sakit hati karena utang.",
        "Pelaku terancam hukuman penjara seumur hidup, kata Kasat Reskrim AKP Rudi Yulianto.",
    ):
        assert said not in _off_centre_texts(said)


def test_a_remark_naming_someone_else_is_beside_the_story_though_it_shares_a_headline_word():
    # (a headline word alone does not put a sentence on the story: only a speaker telling of it is spared)
    remark = "Nama Rudi Hartono sempat ramai di media sosial setelah videonya membela pelaku beredar luas."
    assert remark in _off_centre_texts(remark)
