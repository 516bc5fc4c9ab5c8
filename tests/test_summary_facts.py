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
