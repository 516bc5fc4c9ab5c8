"""Article facts on copy from days, outlets and years nobody tuned on (issue 15): terms an article spells out as a
common noun are no entities, a speech verb's plain object says nothing, an ordinary word opening a sentence is no
word of a speaker's name, a pronoun with no one spoken yet points to the person last named, and "ia melanjutkan"
after a quote attributes it. Sentences written for the tests in the outlets' style."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from quote_runs import QuoteRun
from telisik.nlp.entities.context_types import clubs_facing_clubs, without_glossed_terms
from telisik.nlp.entities.lexicon import EntityLexicon, default_lexicon
from telisik.nlp.timex import tag


@pytest.fixture(scope="module")
def lex() -> EntityLexicon:
    return default_lexicon()


def _doc_with(text: str, names: list[str], labels: list[str] | None = None) -> tuple[Doc, list[Span]]:
    """A blank-pipeline doc of ``text`` (sentences split at full stops) with each of ``names`` as a span (ORG, or
    the label of ``labels`` at its index), at its first occurrence not taken yet."""
    doc = spacy.blank("id")(text)
    for i, tok in enumerate(doc):
        tok.is_sent_start = i == 0 or doc[i - 1].text == "."
    spans: list[Span] = []
    taken: set[int] = set()
    for k, name in enumerate(names):
        words = name.split()
        start = next(i for i in range(len(doc)) if i not in taken and [t.text for t in doc[i : i + len(words)]] == words)
        taken.add(start)
        spans.append(Span(doc, start, start + len(words), label=labels[k] if labels else "ORG"))
    return doc, sorted(spans, key=lambda s: s.start)


def _kept(lex: EntityLexicon, text: str, names: list[str]) -> list[str]:
    _, spans = _doc_with(text, names)
    return [s.text for s in without_glossed_terms(lex, spans)]


# ------------------------------------------------------------------ a term spelled out is no entity


def test_an_acronym_glossed_in_lower_case_is_no_entity_anywhere(lex: EntityLexicon) -> None:
    text = "Pemerintah menyiapkan pembangkit listrik tenaga nuklir (PLTN) di Kalimantan Barat. PLTN itu ditargetkan beroperasi pada 2032."
    assert _kept(lex, text, ["PLTN", "PLTN", "Kalimantan Barat"]) == ["Kalimantan Barat"]


def test_an_acronym_of_ordinary_capitalised_words_goes_with_its_gloss(lex: EntityLexicon) -> None:
    text = "Penghimpunan Dana Pihak Ketiga (DPK) bank daerah itu naik 8 persen. DPK ditopang tabungan warga."
    assert _kept(lex, text, ["Dana Pihak Ketiga", "DPK", "DPK"]) == []


def test_a_body_spelled_out_keeps_its_acronym(lex: EntityLexicon) -> None:
    text = "Petugas Badan Pengawas Obat dan Makanan (BPOM) menyita jajanan itu dari sebuah gudang."
    assert _kept(lex, text, ["Badan Pengawas Obat dan Makanan", "BPOM"]) == ["Badan Pengawas Obat dan Makanan", "BPOM"]


def test_a_committee_spelled_out_keeps_its_acronym(lex: EntityLexicon) -> None:
    # "panitia" heads no name in the heads table; the data of bodies a gloss may open keeps it a body
    text = "Jemaah dilayani Panitia Penyelenggara Ibadah Haji (PPIH) di Makkah."
    assert _kept(lex, text, ["Panitia Penyelenggara Ibadah Haji", "PPIH"]) == ["Panitia Penyelenggara Ibadah Haji", "PPIH"]


def test_the_end_of_a_longer_name_keeps_its_acronym(lex: EntityLexicon) -> None:
    # "Pekerjaan Umum" spells out "PU" but goes on "Kementerian": the ministry's short form, no term
    text = "Rapat itu dihadiri pejabat Kementerian Pekerjaan Umum (PU) dan pemerintah daerah."
    assert _kept(lex, text, ["Kementerian Pekerjaan Umum", "PU"]) == ["Kementerian Pekerjaan Umum", "PU"]


def test_an_acronym_the_gazetteer_knows_stays_whatever_its_gloss(lex: EntityLexicon) -> None:
    text = "Kasus itu kini ditangani lembaga antirasuah (KPK) sejak pekan lalu."
    assert _kept(lex, text, ["KPK"]) == ["KPK"]


def test_the_pipeline_keeps_no_entity_for_a_glossed_term(nlp) -> None:
    text = (
        "Liputan6.com, Jakarta - Kementerian Keuangan menyalurkan dana untuk usaha mikro, kecil, dan menengah (UMKM) "
        "di Jawa Tengah. Penyaluran kepada UMKM dimulai Senin (9/6/2025)."
    )
    names = {e.name for e in nlp(text)._.entities}
    assert "UMKM" not in names
    assert "Jawa Tengah" in names


# ------------------------------------------------------------------ a plain object says nothing


@pytest.mark.parametrize(
    "text",
    [
        "Dhani Saputra menjelaskan alasan harga mobil rakitan lokal itu bisa turun drastis.",
        "Kapolsek Rudi Hartono membeberkan kronologi pencurian kotak amal di masjid itu.",
        "Direktur Utama Bank Sumsel, Rudi Hartono, memaparkan capaian kinerja perseroan selama 2024.",
        "Pelatih Rudi Hartono menegaskan identitas klub yang ingin tampil menyerang.",
    ],
)
def test_a_speech_verb_with_an_object_noun_reports_nothing(quote_run: QuoteRun, text: str) -> None:
    entities = [("PER", ["Dhani Saputra"]), ("PER", ["Rudi Hartono"])]
    assert [(q.text, q.speaker) for q in quote_run(text, entities)] == []


def test_the_same_noun_after_bahwa_is_reported_content(quote_run: QuoteRun) -> None:
    text = "Kapolsek Rudi Hartono menjelaskan bahwa alasan pelaku mencuri adalah utang judi daring."
    quotes = quote_run(text, [("PER", ["Rudi Hartono"])])
    assert [(q.text, q.speaker) for q in quotes] == [("alasan pelaku mencuri adalah utang judi daring", "Rudi Hartono")]


# ------------------------------------------------------------------ an ordinary word opening a sentence


@pytest.mark.parametrize(
    ("opener", "name"),
    [("Kehadiran", "Komeng"), ("Kedatangan", "Komeng"), ("Kepergian", "Komeng")],
)
def test_a_derived_word_opening_a_sentence_is_no_part_of_the_speakers_name(quote_run: QuoteRun, opener: str, name: str) -> None:
    text = f'{opener} {name} langsung disambut sorakan para tamu.\n\n"Semoga kalian selalu rukun sampai tua," ucap {name} sambil tersenyum.'
    assert [q.speaker for q in quote_run(text, [("PER", [name])])] == [name]


def test_a_sentence_opened_by_a_verb_gives_no_fuller_name(quote_run: QuoteRun) -> None:
    text = 'Dilakukan Wulan saat jeda syuting, video itu viral.\n\n"Saya tidak menyangka videonya ramai," ujar Wulan.'
    assert [q.speaker for q in quote_run(text, [("PER", ["Wulan"])])] == ["Wulan"]


def test_a_full_name_after_its_title_still_completes_a_first_name(quote_run: QuoteRun) -> None:
    text = 'Bupati Lucky Hakim meninjau rumah itu.\n\n"Kami tempatkan keluarga ini di rumah yang layak," kata Lucky.'
    assert [q.speaker for q in quote_run(text, [("PER", ["Lucky Hakim", "Lucky"])])] == ["Lucky Hakim"]


# ------------------------------------------------------------------ a pronoun with no one spoken yet


def test_a_pronoun_before_anyone_spoke_is_the_person_last_named(quote_run: QuoteRun) -> None:
    text = (
        "Hal serupa dikisahkan Ahmad Suherdi, pria berusia 25 tahun asal Tangerang. Ia kini diterima bekerja sebagai kasir.\n\n"
        '“Perusahaan itu benar-benar menerima kami para difabel. Kini saya sudah berpenghasilan," ujarnya.'
    )
    quotes = quote_run(text, [("PER", ["Ahmad Suherdi"])])
    assert [(q.speaker, q.direct) for q in quotes] == [("Ahmad Suherdi", True)]


def test_a_pronoun_after_a_speaker_stays_with_that_speaker(quote_run: QuoteRun) -> None:
    text = (
        '"Kami sudah menyiapkan posko di tiga titik," kata Camat Indra Mulyana.\n\n'
        "Bantuan itu diserahkan kepada Sopiah dan adik-adiknya.\n\n"
        '"Posko dibuka sampai akhir pekan," ujarnya.'
    )
    quotes = quote_run(text, [("PER", ["Indra Mulyana"]), ("PER", ["Sopiah"])])
    assert [q.speaker for q in quotes] == ["Indra Mulyana", "Indra Mulyana"]


def test_no_one_named_still_gives_no_speaker(quote_run: QuoteRun) -> None:
    text = 'Hujan deras mengguyur kawasan itu sejak pagi.\n\n"Airnya naik cepat sekali," ujarnya.'
    assert quote_run(text, []) == []


# ------------------------------------------------------------------ going on speaking


def test_ia_melanjutkan_after_a_quote_attributes_it(quote_run: QuoteRun) -> None:
    text = (
        "Pelatih Gennaro Gattuso bertekad mengikuti jejak seniornya.\n\n"
        '"Saya ingin membangun kembali rasa kebersamaan di ruang ganti," ia melanjutkan.'
    )
    assert [q.speaker for q in quote_run(text, [("PER", ["Gennaro Gattuso"])])] == ["Gennaro Gattuso"]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Rudi Hartono melanjutkan pembangunan jalan desa yang sempat terhenti.",
        "Rudi Hartono melanjutkan perjalanan ke Bandung setelah rapat selesai.",
    ],
)
def test_going_on_with_a_thing_reports_nothing(quote_run: QuoteRun, text: str) -> None:
    assert quote_run(text, [("PER", ["Rudi Hartono"])]) == []


# ------------------------------------------------------------------ the sides of a match


def _sides(lex: EntityLexicon, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc, ents = _doc_with(text, [n for n, _ in spans], [label for _, label in spans])
    return [(e.text, e.label_) for e in clubs_facing_clubs(lex, doc, ents)]


def test_a_side_read_as_a_person_facing_a_club_is_a_club_throughout(lex: EntityLexicon) -> None:
    text = "Laga Pachuca vs Red Bull Salzburg digelar di Cincinnati. Pachuca kalah tipis."
    spans = [("Pachuca", "PER"), ("Red Bull Salzburg", "ORG"), ("Cincinnati", "LOC"), ("Pachuca", "PER")]
    assert _sides(lex, text, spans) == [("Pachuca", "ORG"), ("Red Bull Salzburg", "ORG"), ("Cincinnati", "LOC"), ("Pachuca", "ORG")]


def test_two_players_facing_each_other_stay_people(lex: EntityLexicon) -> None:
    text = "Final Jannik Sinner kontra Carlos Alcaraz berlangsung lima set."
    spans = [("Jannik Sinner", "PER"), ("Carlos Alcaraz", "PER")]
    assert _sides(lex, text, spans) == spans


def test_a_coach_against_a_country_stays_a_person(lex: EntityLexicon) -> None:
    text = "Duel Patrick Kluivert vs Jepang jadi sorotan media Belanda."
    spans = [("Patrick Kluivert", "PER"), ("Jepang", "LOC"), ("Belanda", "LOC")]
    assert _sides(lex, text, spans) == spans


# ------------------------------------------------------------------ an age is no time


@pytest.mark.parametrize(
    "text",
    [
        "Pria 47 tahun itu resmi diperkenalkan sebagai pelatih baru tim nasional.",
        "Semuanya kini berada di tangan pemain 23 tahun itu.",
        "Salah satu pelamar, Sofian (27 tahun), kini bekerja di sebuah pabrik.",
        "Bayi 3 bulan itu selamat setelah dievakuasi warga.",
    ],
)
def test_a_persons_count_of_years_is_an_age_not_a_duration(text: str) -> None:
    assert [t.value for t in tag(text, "2025-06-20")[0] if t.type == "DURATION"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kontraknya berdurasi 3 tahun dengan opsi perpanjangan.", [("3 tahun", "P3Y")]),
        ("Terdakwa dituntut hukuman penjara 5 tahun oleh jaksa.", [("5 tahun", "P5Y")]),
        ("Pemain itu bergabung dengan klub 2 tahun lalu.", [("2 tahun lalu", "2023")]),
    ],
)
def test_a_span_of_time_after_a_thing_stays_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, "2025-06-20")[0]] == expected


# ------------------------------------------------------------------ a quote broken at each sentence


def test_a_quote_closed_in_the_next_paragraph_takes_that_paragraphs_attribution(quote_run: QuoteRun) -> None:
    text = (
        "Seorang tersangka berinisial S diamankan petugas gabungan.\n\n"
        "“Kami aktif dalam proses pelacakan informasi di lapangan.\n\n"
        "Kerja sama antarlembaga inilah yang membuat kasus ini cepat terungkap,” ujar Vicky Fadian."
    )
    quotes = quote_run(text, [("PER", ["Vicky Fadian"])])
    # one quote over both paragraphs: its tail is no second quote (its words close the first part's)
    assert [(q.text.split("\n")[0], q.speaker) for q in quotes] == [
        ("Kami aktif dalam proses pelacakan informasi di lapangan.", "Vicky Fadian")
    ]


def test_a_broken_quote_after_another_takes_its_own_attribution(quote_run: QuoteRun) -> None:
    text = (
        "“Tim mendeteksi pengangkutan sabu melalui jalur darat,” ungkap Vicky Fadian.\n\n"
        "“Peredaran narkoba semakin terorganisir dan memakai berbagai modus.\n\n"
        "Karena itu, kami akan memperkuat koordinasi lintas lembaga,” tegas Rudi Hartono."
    )
    quotes = quote_run(text, [("PER", ["Vicky Fadian"]), ("PER", ["Rudi Hartono"])])
    assert [q.speaker for q in quotes] == ["Vicky Fadian", "Rudi Hartono"]


def test_a_closing_mark_without_attribution_opens_no_tail(quote_run: QuoteRun) -> None:
    # the next paragraph's mark closes nothing said: no speaker is named after it
    text = "“Kami aktif dalam proses pelacakan informasi di lapangan.\n\nKerja sama itu disebut ”luar biasa”. Petugas lalu pulang."
    assert quote_run(text, [("PER", ["Vicky Fadian"])]) == []


# ------------------------------------------------------------------ a name with a joiner set off after an office


def test_a_name_with_a_joiner_after_an_office_is_the_speaker(quote_run: QuoteRun) -> None:
    # the model read "Boxing" of the federation's name as a person: the name after the comma still speaks
    text = (
        "Keputusan itu dikukuhkan Dewan Eksekutif World Boxing.\n\n"
        "“Kami senang menyambut lima federasi baru ke dalam keanggotaan kami,” ujar Presiden World Boxing, Boris van der Vorst, "
        "dalam rilis yang diterima redaksi, Jumat (20/6/2025)."
    )
    entities = [("ORG", ["Dewan Eksekutif World Boxing"]), ("PER", ["Boxing"]), ("PER", ["Boris van der Vorst"])]
    assert [q.speaker for q in quote_run(text, entities)] == ["Boris van der Vorst"]


# ------------------------------------------------------------------ guards (review_fa): the rules' reach on ordinary news


def test_a_person_facing_a_known_body_stays_a_person(lex: EntityLexicon) -> None:
    text = "Sidang praperadilan Hasto Kristiyanto kontra KPK digelar hari ini. Hasto Kristiyanto hadir."
    spans = [("Hasto Kristiyanto", "PER"), ("KPK", "ORG"), ("Hasto Kristiyanto", "PER")]
    assert _sides(lex, text, spans) == spans


def test_a_person_facing_a_headed_body_stays_a_person(lex: EntityLexicon) -> None:
    text = "Gugatan Budi Santoso versus PT Maju Jaya ditolak. Budi Santoso kecewa."
    spans = [("Budi Santoso", "PER"), ("PT Maju Jaya", "ORG"), ("Budi Santoso", "PER")]
    assert _sides(lex, text, spans) == spans


@pytest.mark.parametrize(
    "text",
    [
        "Menurut lembaga survei (SMRC) elektabilitas naik. SMRC merilis data.",
        "Ia bekerja di bank swasta (BCA) sejak 2010. BCA untung.",
        "Ia bekerja di bank pelat merah (BRI) sejak 2010. BRI untung.",
        "Hal itu disampaikan koalisi partai (KIM) kemarin. KIM solid.",
    ],
)
def test_a_body_described_by_its_kind_keeps_its_acronym(lex: EntityLexicon, text: str) -> None:
    acronym = text.split("(")[1].split(")")[0]
    assert _kept(lex, text, [acronym, acronym]) == [acronym, acronym]


@pytest.mark.parametrize(
    "text",
    [
        'Korban bernama Siti Aminah ditemukan tewas di rumahnya. "Kami masih menyelidiki penyebabnya," ujarnya.',
        'Polisi menangkap pelaku Joko Susilo di Bandung. "Pelaku sudah lama kami incar," katanya.',
        'Jenazah almarhum Budi Harjo dimakamkan siang tadi. "Kami sangat kehilangan," ucapnya.',
    ],
)
def test_a_pronoun_is_not_the_victim_or_suspect_last_named(quote_run: QuoteRun, text: str) -> None:
    name = next(n for n in ("Siti Aminah", "Joko Susilo", "Budi Harjo") if n in text)
    assert [q.speaker for q in quote_run(text, [("PER", [name])])] != [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ia dihukum penjara sesuai KUHP (5 tahun).",
        "Masa tahanan Budi (20 hari) diperpanjang.",
    ],
)
def test_a_span_in_brackets_after_a_name_or_acronym_stays_a_duration(text: str) -> None:
    assert [t.type for t in tag(text, "2025-06-20")[0]] == ["DURATION"]


# ------------------------------------------------------------------ mends (mendfa): the rules' reach, second pass


def test_a_person_facing_an_unknown_body_outside_sport_stays_a_person(lex: EntityLexicon) -> None:
    text = "Gugatan Budi Santoso kontra Sinar Abadi Lestari ditolak hakim. Budi Santoso kecewa."
    spans = [("Budi Santoso", "PER"), ("Sinar Abadi Lestari", "ORG"), ("Budi Santoso", "PER")]
    assert _sides(lex, text, spans) == spans


def test_a_side_named_bare_in_a_match_is_a_club(lex: EntityLexicon) -> None:
    text = "Pertandingan Monterrey kontra Inter Milan berakhir imbang. Monterrey bertahan rapat."
    spans = [("Monterrey", "PER"), ("Inter Milan", "ORG"), ("Monterrey", "PER")]
    assert _sides(lex, text, spans) == [("Monterrey", "ORG"), ("Inter Milan", "ORG"), ("Monterrey", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ia menjadi pelatih 5 tahun di klub itu sebelum pensiun.", "P5Y"),
        ("Rudi sempat jadi pemain 3 tahun di Persib.", "P3Y"),
        ("Ia bekerja sebagai model 4 tahun sebelum berakting.", "P4Y"),
        ("Perawat itu merawat pasien 2 bulan tanpa libur.", "P2M"),
    ],
)
def test_a_role_held_for_a_span_is_a_duration_not_an_age(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, "2025-06-20")[0] if t.type == "DURATION"] == [expected]


def test_a_quote_closed_in_the_next_paragraph_keeps_its_tail_words(quote_run: QuoteRun) -> None:
    text = (
        "Seorang tersangka berinisial S diamankan petugas gabungan.\n\n"
        "“Kami aktif dalam proses pelacakan informasi di lapangan.\n\n"
        "Kerja sama antarlembaga inilah yang membuat kasus ini cepat terungkap,” ujar Vicky Fadian."
    )
    quotes = quote_run(text, [("PER", ["Vicky Fadian"])])
    assert len(quotes) == 1 and "cepat terungkap" in quotes[0].text and quotes[0].speaker == "Vicky Fadian"


def test_a_reported_paragraph_with_its_own_attribution_is_no_tail(quote_run: QuoteRun) -> None:
    # a guard (it passes at HEAD too): the open part has its own speaker, the closed paragraph keeps its own
    text = 'Budi Santoso berkata, "Kami siap bertanding.\n\nPelatih lawan menyebut laga itu sulit," kata Rudi Hartono.'
    quotes = quote_run(text, [("PER", ["Budi Santoso"]), ("PER", ["Rudi Hartono"])])
    assert ("Budi Santoso" in [q.speaker for q in quotes]) and all(
        q.speaker != "Budi Santoso" for q in quotes if "laga itu sulit" in q.text
    )
