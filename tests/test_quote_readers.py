"""Speakers and quotes a strict reader rejects, by class, on sentences written in the style of Indonesian news copy:
a relative named after "suami"/"kuasa hukum" is not the subject a later "ujarnya" points to; an office that lists its
portfolios with commas before the name; a name set off before an English job title; a description pointing back whose
stop word or comma would end it early; the person's name at the end of a long office the article later shortens; a
speech verb denied ("enggan menyebutkan"); a sentence opener that is no one ("Untuk", "Profilnya", "Mitologi")."""

from __future__ import annotations

import pytest

from quote_runs import QuoteRun


@pytest.fixture
def quoted(quote_run: QuoteRun):
    """The (text, speaker) pairs the quote component gives for a text whose entities are given as (type, forms)."""
    return lambda text, entities=None: [(q.text, q.speaker) for q in quote_run(text, entities)]


def speakers_of(pairs: list[tuple[str, str | None]]) -> list[str | None]:
    return [speaker for _, speaker in pairs]


# ------------------------------------------------------------------ a relative is not the subject "ujarnya" points to


def test_the_wife_named_after_suami_is_not_who_speaks_next(quoted):
    text = (
        "Suami Ratna Sari itu digugat membayar ganti rugi. Satu dari lima kuasa hukum Budi Hartono, Yoga Pratama, "
        "tidak menampik gugatan itu bisa berdampak pada kesehatan kliennya.\n\n"
        '"Kami semua mendoakan kondisinya tetap baik," ujarnya.'
    )
    got = quoted(text, [("PER", ["Ratna Sari"]), ("PER", ["Budi Hartono"]), ("PER", ["Yoga Pratama"])])
    assert speakers_of(got) == ["Yoga Pratama"]


def test_a_name_after_kuasa_hukum_in_a_plain_sentence_is_still_not_the_subject(quoted):
    text = (
        '"Kami akan hadir di sidang berikutnya," kata Dewi Lestari.\n\n'
        "Istri Andi Wijaya itu kemudian menjelaskan kronologi kejadian kepada wartawan.\n\n"
        '"Semua bukti sudah kami serahkan," tuturnya.'
    )
    got = quoted(text, [("PER", ["Dewi Lestari"]), ("PER", ["Andi Wijaya"])])
    assert speakers_of(got) == ["Dewi Lestari", "Dewi Lestari"]


# ------------------------------------------------------------------ an office listing its portfolios with commas


def test_a_ministry_listing_portfolios_with_commas_gives_the_minister(quoted):
    text = (
        '"Program ini menyiapkan mahasiswa menjadi agen perubahan," kata Menteri Pendidikan Tinggi, Sains, dan '
        "Teknologi, Rahmat Hidayat, di Jakarta."
    )
    assert speakers_of(quoted(text)) == ["Rahmat Hidayat"]


def test_a_title_with_a_plain_apposition_still_gives_the_name(quoted):
    text = '"Penerbangan kembali normal sore ini," kata Direktur Niaga Garuda Indonesia, Ade Kurniawan, kepada wartawan.'
    assert speakers_of(quoted(text)) == ["Ade Kurniawan"]


# ------------------------------------------------------------------ a name set off before an English job title


def test_name_before_an_english_job_title_speaks(quoted):
    text = "Hendra Wijaya, Managing Director Sinar Taksi Indonesia, menyatakan kerja sama ini mendukung target emisi nol."
    assert quoted(text, [("PER", ["Hendra Wijaya"]), ("ORG", ["Sinar Taksi Indonesia"])]) == [
        ("kerja sama ini mendukung target emisi nol", "Hendra Wijaya")
    ]


# ------------------------------------------------------------------ a description pointing back, cut early before


def test_description_with_an_age_points_back_to_the_subject(quoted):
    text = (
        "Suporter Belanda datang dengan kostum oranye.\n\n"
        "Rina Kusuma mengatakan bahwa suasana di Basel sangat meriah. "
        '"Penduduk kota menyambut kami dengan ramah," ujar sekretaris berusia 49 tahun itu.'
    )
    got = speakers_of(quoted(text, [("PER", ["Rina Kusuma"])]))
    assert got == ["Rina Kusuma", "Rina Kusuma"]


def test_description_with_its_club_set_off_points_back(quoted):
    text = (
        "Diego Santos memberi nasihat kepada pelatih tim nasional.\n\n"
        '"Dia harus memaksimalkan gelandang terbaiknya di laga berikutnya," ungkap pelatih klub Uni Emirat Arab, '
        "Al Wasl tersebut."
    )
    assert speakers_of(quoted(text, [("PER", ["Diego Santos"]), ("LOC", ["Uni Emirat Arab"])])) == ["Diego Santos"]


# ------------------------------------------------------------------ the name at the end of a long office


def test_long_office_in_front_of_a_name_the_article_shortens_later(quoted):
    text = (
        "Kepala Unit PJR Cikampek Korlantas Polri AKP Budi Santoso mengatakan mobil itu sudah diderek pemiliknya. "
        "Namun Budi tak merinci kronologi kecelakaan tersebut."
    )
    got = quoted(text, [("PER", ["Kepala Unit PJR Cikampek Korlantas Polri AKP Budi Santoso", "Budi"])])
    assert speakers_of(got) == ["Budi Santoso"]


def test_english_office_and_company_in_front_of_a_name(quoted):
    text = (
        "Chief Executive Officer PT Rimba Event Yosua Tambunan mengatakan pameran itu dikunjungi 59 ribu orang. "
        "Yosua berharap pameran tahun depan lebih besar."
    )
    got = quoted(text, [("ORG", ["Rimba Event Yosua Tambunan"]), ("PER", ["Yosua"])])
    assert speakers_of(got) == ["Yosua Tambunan"]


def test_a_long_own_name_stays_whole_when_a_middle_name_is_used(quoted):
    text = (
        "Muhammad Rizal Fadillah mengatakan bahwa gugatan itu akan segera didaftarkan. "
        "Rizal juga menyebut sidang pertama digelar bulan depan."
    )
    got = quoted(text, [("PER", ["Muhammad Rizal Fadillah", "Rizal"])])
    assert speakers_of(got)[0] == "Muhammad Rizal Fadillah"


def test_a_place_in_the_office_is_not_the_start_of_the_name(quoted):
    text = (
        '"Semua jenazah sudah dievakuasi," kata Inspektur Jenderal Hukum dan Ketertiban Uttarakhand Nilesh Bharne.\n\n'
        "Pemerintah Uttarakhand menghentikan sementara layanan helikopter."
    )
    got = quoted(text, [("PER", ["Inspektur Jenderal Hukum dan Ketertiban Uttarakhand Nilesh Bharne"]), ("LOC", ["Uttarakhand"])])
    assert all("Uttarakhand Nilesh" not in (s or "")[:22] for s in speakers_of(got))


# ------------------------------------------------------------------ a denied speech verb says nothing


def test_enggan_menyebutkan_is_no_statement(quoted):
    text = "Mobil itu dijual sejak 2023. Sayang, Ferrari Indonesia enggan menyebutkan harga mobil tersebut karena dibuat sesuai pesanan."
    assert quoted(text) == []


def test_belum_bisa_mengungkapkan_is_no_statement_but_the_first_report_stands(quoted):
    text = (
        "Kapolres Badung AKBP Arif Wibowo mengatakan pihaknya sudah memeriksa enam saksi. "
        "Namun, ia belum bisa mengungkapkan identitas para pelaku kepada wartawan."
    )
    got = quoted(text, [("PER", ["Arif Wibowo"])])
    assert got == [("pihaknya sudah memeriksa enam saksi", "Arif Wibowo")]


# ------------------------------------------------------------------ a sentence opener that is no one


@pytest.mark.parametrize(
    "text",
    [
        "Pilot itu dikenal berprestasi. Profilnya juga mengungkap keahlian yang kuat dalam perencanaan misi udara.",
        "Mobil ini punya suspensi adaptif. Untuk memastikan keselamatan, mobil ini dilengkapi enam kantong udara.",
        "Pura itu dibangun di tepi danau. Mitologi Bali menyebutkan danau tersebut adalah tempat bersemayam para dewa.",
    ],
)
def test_a_sentence_opener_is_no_speaker(quoted, text):
    assert quoted(text) == []


def test_a_one_word_name_at_the_sentence_start_still_speaks(quoted):
    text = "Kirby mengatakan bahwa pertemuan kedua negara akan digelar pekan depan."
    assert speakers_of(quoted(text)) == ["Kirby"]


def test_a_name_written_in_capitals_at_the_lead_is_no_acronym_of_an_office(quoted):
    text = "JAKARTA - REZA Arya Pratama mengaku banyak belajar dari pelatih kiper tim nasional. Reza kini kembali ke klubnya."
    got = quoted(text, [("PER", ["REZA Arya Pratama", "Reza"])])
    assert speakers_of(got) == ["REZA Arya Pratama"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selama ini Gigih Santoso menilai kegiatan itu sudah dirusak oleh oknum yang tidak bertanggung jawab.", "Gigih Santoso"),
        ("Bahkan pelatih tim bulu tangkis Ricky Subagja mengaku selalu menjagokan tim Jerman.", "Ricky Subagja"),
    ],
)
def test_a_sentence_adverb_before_the_subject_is_not_its_name(quoted, text, speaker):
    assert speakers_of(quoted(text, [("PER", [speaker])])) == [speaker]


def test_a_team_named_alone_is_not_the_first_name_of_its_director(quoted):
    text = (
        "Garuda Muda menuntaskan musim reguler di posisi ketujuh. Garuda Muda tidak gentar menghadapi lawan kuat.\n\n"
        '"Kami berterima kasih atas dukungan sponsor musim ini," timpal Managing Director Garuda Muda Rian Saputra.'
    )
    got = quoted(text, [("ORG", ["Garuda Muda"]), ("PER", ["Managing Director Garuda Muda Rian Saputra", "Muda"])])
    [speaker] = speakers_of(got)
    assert speaker is not None and not speaker.startswith("Muda")  # "Muda" is the team's word, not a first name


def test_an_honorific_after_a_body_is_the_name_not_an_office(quoted):
    text = "Pengasuh Pondok Al Hikmah, KH Yahya Zainul Arifin dalam kajiannya menjelaskan syarat wajib zakat emas."
    got = quoted(text, [("PER", ["Yahya Zainul Arifin"]), ("ORG", ["Pondok Al Hikmah"])])
    assert speakers_of(got) == ["Yahya Zainul Arifin"]


def test_a_pointer_after_a_named_speakers_setting_is_the_places(quoted):
    text = '"Korban sudah dievakuasi ke rumah sakit," kata Kapolres Badung AKBP Arif Wibowo di lokasi itu.'
    assert speakers_of(quoted(text, [("PER", ["Arif Wibowo"])])) == ["Arif Wibowo"]


def test_a_long_office_ends_at_its_last_body_before_the_name(quoted):
    text = (
        '"Penerbangan dialihkan ke bandara terdekat," kata PGS Corporate Secretary Group Head Nusantara Airports '
        "Made Wirawan Putra.\n\nPesawat itu mendarat dengan selamat."
    )
    got = quoted(text, [("ORG", ["Nusantara Airports"])])
    assert speakers_of(got) == ["Made Wirawan Putra"]


def test_a_one_word_minister_after_his_title_is_the_subject_nya_points_to(quoted):
    text = (
        '"Semua titik sudah siap," kata Menteri Sosial Saifullah Yusuf.\n\n'
        "Sementara itu, Menteri Ketenagakerjaan Yassierli menyambut baik kolaborasi ini. "
        '"Kami siap mendukung dengan seluruh balai pelatihan yang kami miliki," ujarnya.'
    )
    got = quoted(text, [("PER", ["Saifullah Yusuf"]), ("PER", ["Yassierli"])])
    assert speakers_of(got) == ["Saifullah Yusuf", "Yassierli"]
