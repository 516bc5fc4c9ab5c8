"""Where the closing verbs, the misspelt-name match and the one-person fallback of the quote component must not reach:
a title or a tag in quotation marks, a second person whose name is one letter from the first, a suspect or a victim
who is the only person named."""

from __future__ import annotations

import pytest

from quote_runs import QuoteRun


@pytest.fixture
def said(quote_run: QuoteRun):
    """The (text, speaker, cue) triples the quote component finds, given the text's entities."""
    return lambda text, ents=(): [(q.text, q.speaker, q.cue) for q in quote_run(text, list(ents))]


# ------------------------------------------------------------------ a closing verb after a title


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Usai menonton film "Cahaya Senja", komentar Bima Prakoso viral di media sosial.', "Bima Prakoso"),
        ('Menanggapi tagar "Kota Sepi", komentar Lestari Wulandari menuai kritik warganet.', "Lestari Wulandari"),
        ('Lagu "Pulang Kampung" kisah Nadia Permata tentang ibunya kembali ramai dibicarakan.', "Nadia Permata"),
        ('Konser bertajuk "Satu Windu", buka Sari Melati di Gedung Kesenian, Sabtu malam.', "Sari Melati"),
    ],
)
def test_a_closing_verb_after_a_title_in_quotation_marks_attributes_nothing(said, text, person):
    assert said(text, [("PER", [person])]) == []


def test_a_capitalised_closing_verb_opens_the_next_sentence(said):
    text = '"Saya tidak pernah menyerah." Kisah Bima Prakoso bermula dari sebuah warung kecil di pinggir kota.'
    assert all(cue != "Kisah" for _, _, cue in said(text, [("PER", ["Bima Prakoso"])]))


def test_a_closing_verb_after_the_quotes_own_comma_still_attributes(said):
    text = '"Kami harus bekerja lebih keras lagi," tutup Bima Prakoso.'
    assert said(text, [("PER", ["Bima Prakoso"])]) == [("Kami harus bekerja lebih keras lagi", "Bima Prakoso", "tutup")]


# ------------------------------------------------------------------ a near name that is another person


@pytest.mark.parametrize(
    ("full", "short", "tail"),
    [
        ("Rini Susanti", "Rina", "tetangganya"),
        ("Andri Saputra", "Andi", "korban pencurian itu"),
        ("Hendri Kurniawan", "Hendra", "pedagang sayur"),
        ("Maria Gunawan", "Mario", "warga setempat"),
        ("Agus Salim", "Bagus", "warga setempat"),
    ],
)
def test_a_name_one_letter_from_another_is_another_person(said, full, short, tail):
    text = (
        f"Polisi memeriksa {full} di kantor desa pada Senin pagi.\n\n"
        f'"Air naik cepat sekali dan kami tidak sempat menyelamatkan barang," kata {short}, {tail}.'
    )
    speakers = [q[1] for q in said(text, [("PER", [full]), ("PER", [short])])]
    assert speakers == [short]


@pytest.mark.parametrize(("full", "short"), [("Tony Wibisono", "Toni"), ("Yunni Astuti", "Yuni"), ("Benyamin Sitompul", "Banyamin")])
def test_a_spelling_variant_of_a_name_is_the_same_person(said, full, short):
    text = (
        f"Kepala Dinas Pertanian {full} meninjau sawah yang terendam banjir.\n\n"
        f'"Kami sudah menyiapkan bantuan benih untuk para petani," ujar {short} dalam keterangannya.'
    )
    speakers = [q[1] for q in said(text, [("PER", [full]), ("PER", [short])])]
    assert speakers == [full]


# ------------------------------------------------------------------ the only person named is a suspect


def test_a_lawyer_is_not_the_suspect_named_before(said):
    text = (
        "Polisi menahan Andi Saputra atas dugaan penipuan investasi.\n\n"
        "Pengacara itu mengatakan kliennya siap bekerja sama dengan penyidik."
    )
    assert all(speaker != "Andi Saputra" for _, speaker, _ in said(text, [("PER", ["Andi Saputra"])]))


def test_a_police_chief_is_not_the_suspect_named_before(said):
    text = (
        "Polisi menangkap Joko Susilo, tersangka pencurian ternak, di rumahnya.\n\n"
        "Kapolsek setempat itu mengatakan pelaku sudah lama diincar."
    )
    assert all(speaker != "Joko Susilo" for _, speaker, _ in said(text, [("PER", ["Joko Susilo"])]))


def test_a_trade_description_is_not_the_only_full_name_when_another_person_was_named(said):
    text = (
        "Festival musik itu menghadirkan Surya Pratama pada malam pertama.\n\n"
        "Pada malam kedua, giliran penyanyi bersuara emas, Afandi, yang tampil.\n\n"
        "Pelantun lagu Senja Kelabu itu menyampaikan rasa syukur atas sambutan penonton."
    )
    ents = [("PER", ["Surya Pratama"]), ("PER", ["Afandi"])]
    assert all(speaker != "Surya Pratama" for _, speaker, _ in said(text, ents))


# ------------------------------------------------------------------ "-nya" never says it of a place


def test_nya_after_an_office_and_its_holder_is_the_holder_not_the_place(said):
    text = (
        '"Jalan desa itu akan kami perbaiki tahun ini," kata Walikota Sukamakmur H Darman.\n\n'
        '"Anggarannya sudah kami siapkan sejak awal tahun," tambahnya.'
    )
    ents = [("LOC", ["Sukamakmur"]), ("PER", ["H Darman"])]
    assert [(q[1], q[2]) for q in said(text, ents)] == [("H Darman", "kata"), ("H Darman", "tambahnya")]


def test_nya_after_a_place_taken_for_a_speaker_is_left_unattributed(said):
    text = (
        '"Patroli malam akan kami tambah mulai pekan ini," ujar Kapolres Sukamaju AKBP Budi Hartono melalui '
        "Kapolsek Sukadamai, Kompol Herman.\n\n"
        '"Warga diminta segera melapor bila melihat hal mencurigakan," harapnya.'
    )
    ents = [("PER", ["Budi Hartono"]), ("LOC", ["Sukadamai"]), ("LOC", ["Kompol Herman"])]
    assert all(cue != "harapnya" or speaker not in ("Sukadamai", "Kompol Herman") for _, speaker, cue in said(text, ents))
