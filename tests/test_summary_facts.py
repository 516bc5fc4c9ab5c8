"""The facts a story summary reads in a sentence: one fact however an outlet writes it (a day with slashes or in
words, a term of years and months or with a fraction, a decimal point or comma, a name of two capitals)."""

from __future__ import annotations

from summary_selection import candidate_index, rated_selection
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import _facts, short_names, summarise


def _sentence_facts(text: str) -> set[str]:
    return set(_facts(text, DocumentFrequencies(), frozenset()))


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, object]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": []}


def test_a_day_written_with_slashes_is_the_day_written_in_words():
    slashed = _sentence_facts("Dua balon udara jatuh di dekat Aksaray, Turki, pada Minggu (15/6/2025).")
    spelled = _sentence_facts("Dua balon udara jatuh di dekat Aksaray, Turki, pada Minggu, 15 Juni 2025.")
    assert "@15/6" in slashed and "@15/6" in spelled
    # the day is not a count: neither gives the figure 15, and the month of the day is the day's
    assert "#15" not in slashed | spelled
    assert slashed == spelled
    # a day and a month without the year, too; a number over a year is no day ("Perpres No. 4/2025")
    assert "@20/6" in _sentence_facts("Pameran ditutup pada Jumat (20/6) malam di Kemayoran.")
    assert not any(f.startswith("@") for f in _sentence_facts("Aturan itu tertuang dalam Perpres No. 4/2025 tentang pangan."))


def test_a_term_of_years_and_months_is_the_figure_with_a_fraction():
    demand = _sentence_facts("Jaksa menuntut terdakwa Yusuf Hartono dengan hukuman 7,5 tahun penjara.")
    quoted = _sentence_facts("Jaksa meminta hakim menjatuhkan pidana penjara selama 7 tahun dan 6 bulan kepada Yusuf Hartono.")
    assert "#7.5" in demand and "#7.5" in quoted
    # (two months are no clean fraction of a year: the term stays its two figures)
    assert not any(f.startswith("#4.") for f in _sentence_facts("Ia divonis 4 tahun 2 bulan penjara."))


def test_a_decimal_point_is_the_decimal_comma_and_a_thousands_point_is_none():
    assert "#4.5" in _sentence_facts("Gempa bermagnitudo 4,5 mengguncang Tuban pagi ini.")
    assert "#4.5" in _sentence_facts('"Gempa Mag:4.5, kedalaman 10 km," tulis BMKG di akunnya.')
    assert "#1500" in _sentence_facts("Layarnya punya kecerahan hingga 1.500 nits.")


def test_a_name_of_two_capitals_is_a_name_unless_every_story_writes_it():
    assert short_names("RM dan V BTS resmi menyelesaikan wajib militer, kata PT Big Hit di Korea.") == {"rm"}
    assert short_names("Sopir berinisial DI dan penumpang AA tewas di tol RI.") == {"di", "aa"}
    assert "rm" in _sentence_facts("Agensi menyebut RM akan segera menyapa penggemar.")


def test_a_term_given_in_years_and_months_by_another_outlet_is_not_told_again():
    okezone = [
        "Mantan Kepala Dinas Perumahan Kota Serang, Yusuf Hartono, terancam mendekam 7,5 tahun di balik jeruji.",
        "Jaksa juga menuntut Yusuf membayar uang pengganti Rp2,1 miliar.",
    ]
    kompas = [
        "Hukuman 7 tahun dan 6 bulan dinilai jaksa setimpal dengan kerugian negara dalam proyek rumah susun Serang.",
        "Sidang pembacaan pleidoi dijadwalkan pekan depan di ruang sidang yang sama.",
    ]
    detik = ["Kasus korupsi pengadaan lahan rumah susun di pinggiran Kota Serang bermula pada 2021."]
    articles = [_article("a", "Okezone", okezone), _article("b", "Kompas", kompas), _article("c", "Detik", detik)]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    assert sum("7,5 tahun" in t or "7 tahun dan 6 bulan" in t for t in texts) == 1
    assert any("pleidoi" in t for t in texts)


def test_two_outlets_telling_one_apology_state_one_fact():
    okezone = [
        "Maskapai Nusa Air meminta maaf usai koper seorang penumpang hilang dalam penerbangan NA 218 rute Surabaya-Makassar.",
        "Perusahaan berjanji mengganti seluruh barang penumpang yang hilang sesuai ketentuan.",
    ]
    liputan6 = [
        "Direktur Layanan Nusa Air, Bambang Wiryo, menyampaikan permohonan maaf atas kejadian yang dialami penumpangnya.",
        "Menurut Bambang, petugas bandara kini menelusuri rekaman kamera pengawas di area bagasi.",
    ]
    detik = ["Kasus kehilangan bagasi di bandara-bandara Indonesia naik dua kali lipat sepanjang tahun ini."]
    articles = [_article("a", "Okezone", okezone), _article("b", "Liputan6", liputan6), _article("c", "Detik", detik)]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    assert sum("maaf" in t for t in texts) == 1
    assert any("mengganti seluruh barang" in t for t in texts)


def test_an_outlet_with_no_pick_tells_in_one_sentence_what_another_outlet_gave_two_picks():
    okezone = [
        "Penyidik Kejaksaan Agung memanggil mantan Menteri Perhubungan Arief Santoso sebagai saksi kasus pengadaan bus "
        "listrik pada Senin, 23 Juni 2025.",
        "Pemanggilan bertujuan mendalami pengawasan Arief atas pengadaan bus listrik senilai Rp 2,3 triliun.",
        "Kejagung telah memeriksa 12 saksi dari perusahaan pemenang tender.",
    ]
    liputan6 = [
        "Kejaksaan Agung menjadwalkan pemeriksaan Arief Santoso pada Senin, 23 Juni 2025 untuk mendalami pengawasannya "
        "atas pengadaan bus listrik senilai Rp 2,3 triliun."
    ]
    detik = ["Kuasa hukum Arief memastikan kliennya akan hadir memenuhi panggilan penyidik."]
    selection = rated_selection([_article("a", "Okezone", okezone), _article("b", "Liputan6", liputan6), _article("c", "Detik", detik)])
    summons, purpose, witnesses, lawyer = (
        candidate_index(selection, part) for part in ("Penyidik Kejaksaan", "Pemanggilan bertujuan", "Kejagung telah", "Kuasa hukum")
    )
    selection.chosen = [summons, purpose, witnesses, lawyer]
    selection._swap_for_outlets()
    # Liputan6's sentence tells the summons and its purpose: it takes both places, Okezone keeps its other pick
    assert set(selection.chosen) == {witnesses, lawyer, candidate_index(selection, "Kejaksaan Agung menjadwalkan")}


def test_two_words_for_one_thing_are_one_fact():
    paid = _sentence_facts("Mensesneg memastikan jam tangan untuk para pemain dibeli dengan dana pribadi Presiden.")
    money = _sentence_facts("Hadiah jam tangan itu dibayar memakai uang pribadi Presiden, bukan anggaran negara.")
    assert "uang" in paid and "uang" in money  # "dana" is "uang" (``summary_synonyms.txt``)
    # (a word outside the groups stays itself: "anggaran" is not "dana")
    assert "anggar" in money and "anggar" not in paid


# --- round 35: a sentence with no main clause tells nothing; a stance opener hides no predicate ---

from telisik.stories.summary import _fact_root, _no_main_clause  # noqa: E402
from telisik.stories.summary_repeats import predication  # noqa: E402


def _titled(aid: str, outlet: str, paragraphs: list[str], title: str) -> dict[str, object]:
    return {"id": aid, "outlet": outlet, "title": title, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def test_a_clause_of_time_or_source_alone_is_no_sentence():
    # a clause run on as a paragraph: its verb is its own, with no subject, and no main clause follows
    assert _no_main_clause("Setelah ditunjuk sebagai pelatih kepala Macan Kemayoran.")
    assert _no_main_clause("Usai menjalani pemeriksaan di Gedung Merah Putih KPK.")
    # a source and a day, and after the comma no predicate
    assert _no_main_clause("Berdasarkan informasi yang dihimpun dari berbagai sumber, Senin (9/6/2025).")
    # a main clause after the comma, a subject of its own, a second verb, or an adverb of time: sentences
    assert not _no_main_clause("Setelah ditunjuk sebagai pelatih kepala, Carlos Pena langsung memanggil 30 pemain.")
    assert not _no_main_clause("Dilansir dari Reuters, Senin (9/6/2025), Trump menandatangani perintah eksekutif.")
    assert not _no_main_clause("Sejak 2020 ia bermain untuk Persib Bandung.")
    assert not _no_main_clause("Usai menjalani pemeriksaan Hasto langsung ditahan penyidik.")
    assert not _no_main_clause("Setelah itu polisi menangkap kedua pelaku.")
    assert not _no_main_clause("Saat ini tim SAR masih mencari dua korban.")
    # a main clause after the comma whose predicate no list holds, a quote opening on the word, "Meski begitu"
    assert not _no_main_clause("Selama dua jam, warga sekampung gotong royong membersihkan saluran air.")
    assert not _no_main_clause("Meskipun kalah, Persib tetap kokoh di puncak klasemen.")
    assert not _no_main_clause('"Karena datanya belum valid," tulis akun resmi BPJS Ketenagakerjaan.')
    assert not _no_main_clause("Meski begitu, secara tahunan masih minus 0,61 persen.")
    # (a decimal comma ends no clause, and a ke-...-an noun is no verb)
    assert not _no_main_clause("Akibat kerugian Rp1,5 miliar perusahaan itu bangkrut.")
    assert not _no_main_clause("Polisi menangkap pelaku setelah ditunjuk saksi.")


def test_a_story_summary_leaves_out_a_clause_with_no_main_clause():
    articles = [
        _titled(
            "p1",
            "Tribunnews",
            [
                "Pelatih Persija Jakarta Carlos Pena mulai menyusun skuad untuk Liga 1 musim 2025/2026.",
                "Setelah ditunjuk sebagai pelatih kepala Macan Kemayoran.",
                "Carlos Pena ingin mempertahankan sebagian besar pemain musim lalu.",
            ],
            "Carlos Pena Mulai Susun Skuad Persija",
        ),
        _titled(
            "p2",
            "Detik",
            [
                "Manajemen Persija menggelar latihan perdana di Stadion Jakarta International Stadium, Senin (9/6/2025).",
                "Sebanyak 28 pemain mengikuti sesi latihan tersebut.",
            ],
            "Persija Gelar Latihan Perdana",
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=5)]
    assert not any(t.startswith("Setelah ditunjuk") for t in texts)
    # (the room it would have taken stays empty: nothing else was left to tell)
    assert len(texts) == 3 and any("latihan perdana" in t for t in texts)


def test_a_stance_opener_is_no_predicate_of_the_sentence():
    names = frozenset({_fact_root("laras"), _fact_root("kairo")})
    found = predication("Tak terasa setahun sudah penyanyi Laras Widyaningrum merantau ke Kairo.", names, _fact_root)
    # the stay in Cairo, told, not "terasa" denied
    assert found is not None and "kind:stay" in found.predicate and not found.negated
    assert _fact_root("laras") in found.subject_names
    # "tidak terasa" that is the predicate stays one, denied: a quake nobody felt
    quake = predication("Guncangan gempa itu tidak terasa di Kota Malang.", frozenset(), _fact_root)
    assert quake is not None and quake.negated


def test_a_stay_told_after_a_stance_opener_is_not_told_again():
    articles = [
        _titled(
            "o1",
            "Tribunnews",
            [
                "Tak terasa setahun sudah penyanyi Laras Widyaningrum merantau ke Kairo, Mesir.",
                "Laras kini tercatat sebagai mahasiswi program magister di Universitas Al-Azhar.",
            ],
            "Setahun di Kairo, Laras Widyaningrum Kuliah di Al-Azhar",
        ),
        _titled(
            "o2",
            "KapanLagi",
            [
                "Laras Widyaningrum mengaku masih sering rindu masakan ibunya di Bandung.",
                "Selama satu tahun terakhir, Laras memang lebih banyak menetap di Kairo untuk urusan pendidikan.",
            ],
            "Laras Widyaningrum Rindu Masakan Ibu",
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    # one stay in Cairo, told once ("merantau ke Kairo" / "menetap di Kairo"), and the other outlet still drawn on
    assert sum("merantau ke Kairo" in t or "menetap di Kairo" in t for t in texts) == 1
    assert any("rindu masakan" in t for t in texts)


def _rina() -> list[dict[str, object]]:
    return [
        _titled(
            "r1",
            "Detik",
            [
                "Presenter Rina Amelia tengah diliputi rasa haru menjelang pernikahan putri sulungnya, Dinda.",
                "Dinda sempat mengalami kondisi gangguan makan saat duduk di bangku SMA.",
                "Menurut Rina, tekanan sosial dan persepsi terhadap tubuh menjadi pemicu utama kondisi tersebut.",
                "Rina mengaku bangga melihat Dinda kini tumbuh menjadi perempuan yang percaya diri.",
            ],
            "Rina Amelia Haru Jelang Pernikahan Putrinya",
        ),
        _titled(
            "r2",
            "KapanLagi",
            [
                "Putri sulung Rina Amelia, Dinda, akan menikah dengan kekasihnya pada Juli mendatang.",
                "Acara akad nikah rencananya digelar secara sederhana di Bandung.",
            ],
            "Putri Rina Amelia Segera Menikah",
        ),
    ]


def test_a_noun_pointed_at_is_one_its_article_told_before_and_no_name_nor_the_happening():
    from telisik.stories.summary_pointing import pointed_nouns

    told = ({_fact_root("kondisi"): 1, _fact_root("pasukan"): 0, _fact_root("malaya"): 0}, 2)
    assert pointed_nouns("Menurut Rina, tekanan sosial menjadi pemicu utama kondisi tersebut.", told, frozenset(), _fact_root)
    # the sentence tells it itself, or the article never told it before: nothing to point back at
    assert not pointed_nouns("Pasukan Rusia maju dan pasukan tersebut mengembangkan serangan.", told, frozenset(), _fact_root)
    assert not pointed_nouns("Ia menyesali perbuatan tersebut.", told, frozenset(), _fact_root)
    # a name, the story's happening, a quote's tag: no noun a pick must tell
    assert not pointed_nouns("Tim berjuluk Harimau Malaya itu menang telak.", told, frozenset(), _fact_root)
    assert not pointed_nouns("Tidak ada korban jiwa dalam kondisi kejadian ini.", told, frozenset(), _fact_root)
    assert not pointed_nouns("\u201cKami sedih,\u201d tulis Rina dalam kondisi tersebut.", told, frozenset(), _fact_root)


def test_a_pick_pointing_at_a_noun_no_pick_tells_leaves_the_summary():
    selection = rated_selection(_rina())
    selection.several = True
    lead, cause = candidate_index(selection, "akan menikah"), candidate_index(selection, "kondisi tersebut")
    selection.chosen = [lead, cause]
    selection._drop_dangling(2)
    # "pemicu utama kondisi tersebut": which condition? no pick tells it; its place goes to a sentence that dangles not
    assert cause not in selection.chosen and len(selection.chosen) == 2
    # with the sentence telling the condition picked, it stays
    told = candidate_index(selection, "gangguan makan")
    selection.chosen, selection.dropped, selection.ruled_out = [lead, told, cause], set(), set()
    selection._drop_dangling(3)
    assert cause in selection.chosen


def test_a_pick_pointing_at_a_noun_with_a_figure_of_its_own_stays():
    articles = _rina()
    articles[0]["body"] = str(articles[0]["body"]).replace(
        "menjadi pemicu utama kondisi tersebut.", "menjadi pemicu utama kondisi tersebut selama 3 tahun."
    )
    selection = rated_selection(articles)
    selection.several = True
    lead, cause = candidate_index(selection, "akan menikah"), candidate_index(selection, "kondisi tersebut")
    selection.chosen = [lead, cause]
    selection._drop_dangling(2)
    assert cause in selection.chosen


# --- round 35 mend (review su): the reading order keeps both needs, the pointed noun is the noun, a clause with an
# adjective predicate is a sentence, a stance opener before a noun phrase is the predicate, a drop that strands another

from telisik.stories.summary import SummaryConfig, _Candidate, _only_a_day, _reading_order  # noqa: E402
from telisik.stories.summary_pointing import pointed_nouns  # noqa: E402


def test_a_pointing_pick_opening_on_a_short_name_reads_after_the_full_name_and_the_noun_both():
    kondisi = _fact_root("kondisi")
    picks = [
        _Candidate(
            "c",
            "KapanLagi",
            0,
            "Dinda sempat mengalami kondisi gangguan makan saat duduk di bangku SMA.",
            {"x": 1.0},
            {kondisi: 1.0},
            False,
        ),
        _Candidate(
            "a",
            "Detik",
            2,
            "Alya menilai tekanan sosial menjadi pemicu utama kondisi tersebut.",
            {"x": 1.0},
            {"tekan": 1.0},
            False,
            stands_alone=False,
            pointed=(frozenset({kondisi}),),
        ),
        _Candidate(
            "b",
            "Kompas",
            0,
            "Psikolog Alya Putri kerap menangani remaja dengan gangguan makan di Bandung.",
            {"x": 1.0},
            {"psikolo": 1.0},
            False,
        ),
    ]
    order = _reading_order([0, 1, 2], picks, {0: 1.9, 1: 1.0, 2: 1.2}, SummaryConfig(), {0: (0, 0), 1: (1, 2), 2: (2, 0)})
    # "Alya" needs "Psikolog Alya Putri" before it, and "kondisi tersebut" the pick that tells the condition: both
    assert order.index(0) < order.index(1) and order.index(2) < order.index(1)


def test_the_noun_pointed_at_is_read_without_a_verb_or_preposition_before_it():
    def told(*words: str) -> tuple[dict[str, int], int]:
        return {_fact_root(w): 0 for w in words}, 3

    # the article told the denial ("membantah"), never the accusation: "tuduhan tersebut" points at nothing it told
    assert not pointed_nouns("Kuasa hukum Bima kemudian membantah tuduhan tersebut.", told("membantah"), frozenset(), _fact_root)
    # told the accusation: the noun is the accusation alone, and a pick telling only the denial does not answer it
    assert pointed_nouns("Kuasa hukum Bima kemudian membantah tuduhan tersebut.", told("tuduhan"), frozenset(), _fact_root) == (
        frozenset({_fact_root("tuduhan")}),
    )
    assert pointed_nouns(
        "Warga diminta waspada terhadap kemungkinan tersebut.", told("terhadap", "kemungkinan"), frozenset(), _fact_root
    ) == (frozenset({_fact_root("kemungkinan")}),)
    # a noun and its adjective are read together, either told before: "harga resmi ini" (a pick telling "harga"
    # tells it), "daftar bergengsi tersebut"
    assert pointed_nouns("James Wu menyebut peluncuran harga resmi ini penting.", told("harga"), frozenset(), _fact_root) == (
        frozenset({_fact_root("harga"), _fact_root("resmi")}),
    )
    assert pointed_nouns("BNI berhasil menembus daftar bergengsi tersebut.", told("daftar"), frozenset(), _fact_root)
    # the story's happening, whatever the article told: "operasi" is one (``summary_story_nouns.txt``)
    assert not pointed_nouns("Ada dua WNI yang ditahan dalam operasi tersebut.", told("operasi"), frozenset(), _fact_root)


def test_a_clause_opener_before_a_subject_and_its_adjective_is_a_whole_sentence():
    assert not _no_main_clause("Akibat hujan deras jalanan di Cibubur licin.")
    assert not _no_main_clause("Selama libur Lebaran kawasan Puncak sepi.")
    # a bare weekday after the comma is the day too
    assert _no_main_clause("Saat dihubungi wartawan, Senin.")
    assert _only_a_day("Minggu, 15 Juni 2025.") and _only_a_day("Senin.") and not _only_a_day("Senin malam.")
    # the clause's own verb and no main clause: still a fragment
    assert _no_main_clause("Setelah ditunjuk sebagai pelatih kepala Macan Kemayoran.")


def test_a_stance_phrase_before_a_noun_phrase_only_is_the_denied_predicate():
    quake = predication("Tidak terasa guncangan gempa di Kota Malang.", frozenset(), _fact_root)
    assert quake is not None and quake.negated
    # a quote opening on the phrase is someone's words: its predicate is not the tag's "kata"
    said = predication("\u201cTak terasa sudah setahun,\u201d kata Oki.", frozenset(), _fact_root)
    assert said is None or "kata" not in said.predicate
    # past the phrase, a clause with a verb of its own: that verb
    stay = predication("Tak terasa setahun sudah penyanyi Laras merantau ke Kairo.", frozenset({_fact_root("laras")}), _fact_root)
    assert stay is not None and "kind:stay" in stay.predicate and not stay.negated


def test_a_pick_stranded_by_a_dangling_pick_dropped_leaves_too():
    articles = _rina()
    articles[0]["body"] = "\n\n".join(
        [
            "Presenter Rina Amelia tengah diliputi rasa haru menjelang pernikahan putri sulungnya, Dinda.",
            "Dinda pernah menjalani terapi rutin di sebuah klinik di Bandung.",
            "Dinda sempat mengalami kondisi gangguan makan selama dirawat di klinik tersebut.",
            "Rina mengaku bangga melihat Dinda kini tumbuh menjadi perempuan yang percaya diri.",
            "Menurut Rina, tekanan sosial menjadi pemicu utama kondisi tersebut.",
        ]
    )
    selection = rated_selection(articles)
    selection.several = True
    lead, clinic, cause = (candidate_index(selection, t) for t in ("akan menikah", "klinik tersebut", "kondisi tersebut"))
    selection.chosen = [lead, clinic, cause]
    selection._drop_dangling(3)
    # "klinik tersebut" dangles and goes; then nothing tells "kondisi tersebut" either, and it goes too
    assert clinic not in selection.chosen and cause not in selection.chosen


def test_a_dangling_pick_stays_when_its_going_would_draw_on_fewer_outlets():
    articles = _rina()
    articles[0]["body"] = "\n\n".join(
        [
            "Dinda sempat mengalami kondisi gangguan makan saat duduk di bangku SMA.",
            "Menurut Rina, tekanan sosial menjadi pemicu utama kondisi tersebut.",
        ]
    )
    selection = rated_selection(articles)
    selection.several = True
    lead, told, cause = (candidate_index(selection, t) for t in ("akan menikah", "gangguan makan", "kondisi tersebut"))
    # (the sentence telling the condition is out already: only the other outlet's sentences could take the place)
    selection.chosen, selection.ruled_out = [lead, cause], {told}
    selection._drop_dangling(2)
    assert cause in selection.chosen and lead in selection.chosen


def test_a_clause_with_only_a_day_in_words_after_its_comma_is_no_sentence():
    assert _no_main_clause("Berdasarkan keterangan yang dihimpun dari kepolisian, Minggu, 15 Juni 2025.")
    assert not _no_main_clause("Berdasarkan keterangan kepolisian, Minggu, 15 Juni 2025, dua pelaku sudah ditahan.")
