"""Speakers the rule layers missed or misread on unseen news days, on invented sentences in the style of Indonesian
news copy: a manner clause after the name ("sembari ...", "sebagai ..."), a body written after its kind in lower case
("maskapai Delta"), an account on a platform that -nya points back to ("akun Instagram pribadinya"), a title that is
also a given name ("Raja Juli Antoni"), "Selain" before a name, a name set off after a lower-case description of a
person ("kata perajin ..., Widie Nurmahmudy") and an office the model read as a person ("Board Advisor CryptoUK")."""

from __future__ import annotations

import pytest

# ------------------------------------------------------------------ what follows the name is no part of it


@pytest.mark.parametrize(
    "tail",
    ["sembari menggendong seorang anak kecil", "sebagai keterangan video yang diunggahnya"],
)
def test_a_manner_clause_after_the_name_ends_it(speakers, tail):
    text = f'Omar Faruq datang bersama keluarganya. "Ini hari yang sangat indah bagi keluarga kami," ucap Omar {tail}.'
    assert speakers(text, [("PER", ["Omar Faruq", "Omar"])]) == ["Omar Faruq"]


def test_sebagai_after_a_subject_that_names_no_one_makes_no_speaker(speakers):
    text = "Islam sebagai agama rahmatan lil alamin telah menegaskan kepada umatnya untuk senantiasa menjaga lingkungan."
    assert speakers(text, []) == []


# ------------------------------------------------------------------ a body written after its kind


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("maskapai Delta", "Delta"), ("balai lelang Rouillac", "Rouillac"), ("tim riset Stockbit Sekuritas", "Stockbit Sekuritas")],
)
def test_a_body_after_its_kind_in_lower_case_is_the_speaker(speakers, phrase, name):
    text = f'Pesawat itu mendarat darurat di bandara. "Semua penumpang dalam keadaan selamat dan sudah dijemput," kata {phrase}.'
    assert speakers(text, [("ORG", [name])]) == [name]


def test_a_kind_with_no_name_after_it_names_no_body(speakers):
    text = 'Pesawat itu mendarat darurat di bandara. "Semua penumpang dalam keadaan selamat dan sudah dijemput," kata maskapai asal Jepang itu.'
    assert "Jepang" not in speakers(text, [("LOC", ["Jepang"])])


@pytest.mark.parametrize(
    ("phrase", "place"),
    [("perusahaan Jepang", "Jepang"), ("maskapai Arab Saudi", "Arab Saudi"), ("perusahaan BUMN", "BUMN")],
)
def test_where_a_body_is_from_or_its_class_after_its_kind_is_no_speaker(speakers, phrase, place):
    # the words after the kind say where the body is from or what class it is in, not its name
    text = f'Harga saham perusahaan itu turun tajam. "Kami tetap optimistis menghadapi tahun ini," kata {phrase}.'
    assert place not in speakers(text, [("LOC" if place != "BUMN" else "ORG", [place])])


# ------------------------------------------------------------------ an account that -nya points back to


def test_an_own_account_on_a_platform_is_its_owners(speakers):
    text = (
        "Penyanyi Rina Nose membagikan kabar bahagia kepada penggemarnya. "
        '"Terima kasih atas semua doa dan dukungan kalian selama ini," tulis akun Instagram pribadinya.'
    )
    assert speakers(text, [("PER", ["Rina Nose"])]) == ["Rina Nose"]


# ------------------------------------------------------------------ a title that is also a given name


def test_a_title_that_is_a_given_name_stays_in_the_name(speakers):
    text = "Menteri Kehutanan Raja Juli Antoni mengatakan pemerintah akan menindak tegas pembalakan liar di kawasan itu."
    assert speakers(text, [("PER", ["Raja Juli Antoni"])]) == ["Raja Juli Antoni"]


# ------------------------------------------------------------------ "Selain" opens no name


def test_selain_before_a_name_is_no_first_name(speakers):
    text = (
        "Salah satunya adalah Omar, pria asal Senegal.\n\n"
        '"Ini hari yang sangat indah bagi kami semua di sini," ucap Omar sambil menggendong anaknya.\n\n'
        "Selain Omar bersama kedua sahabatnya, ada pula Saba yang baru tiba."
    )
    assert speakers(text, [("PER", ["Omar"])]) == ["Omar"]


# ------------------------------------------------------------------ a person described in lower case, then named


@pytest.mark.parametrize("description", ["perajin bambu Lingkungan Papring", "pendidik dan pelatih Enneagram", "seorang perempuan"])
def test_a_name_set_off_after_a_lower_case_description_is_the_speaker(speakers, description):
    text = (
        "Permintaan anyaman bambu meningkat sejak awal tahun. "
        f'"Pesanan kami naik hampir dua kali lipat bulan ini," kata {description}, Widie Nurmahmudy, Rabu (4/6/2025).'
    )
    assert speakers(text, [("PER", ["Widie Nurmahmudy"])]) == ["Widie Nurmahmudy"]


def test_a_place_after_a_setting_is_no_name(speakers):
    text = '"Pesanan kami naik hampir dua kali lipat bulan ini," kata perajin saat ditemui di kawasan Senayan, Jakarta Pusat.'
    assert "Jakarta Pusat" not in speakers(text, [("LOC", ["Jakarta Pusat"])])


# ------------------------------------------------------------------ an office the model read as a person


def test_an_office_read_as_a_person_before_a_body_names_its_holder_after_the_comma(speakers):
    text = (
        "Regulator menyusun peta jalan kripto.\n\n"
        "“Sampai saat ini, Inggris merupakan negara yang berbeda dalam hal regulasi,” ujar Board Advisor CryptoUK, Ian Taylor."
    )
    got = speakers(text, [("ORG", ["CryptoUK"]), ("PER", ["Ian Taylor"]), ("PER", ["Board Advisor"])])
    assert got == ["Ian Taylor"]


def test_a_person_with_an_office_after_the_comma_stays_the_speaker(speakers):
    text = (
        "Regulator menyusun peta jalan kripto.\n\n"
        "“Sampai saat ini, Inggris merupakan negara yang berbeda dalam hal regulasi,” kata Budi Santoso, Direktur Utama Bank Mandiri."
    )
    assert speakers(text, [("ORG", ["Bank Mandiri"]), ("PER", ["Budi Santoso"])]) == ["Budi Santoso"]


def test_sembari_before_a_letter_and_a_body_makes_no_speaker_of_the_letter(speakers):
    text = "Ia harus menjalani skors sementara sembari menunggu hasil sampel B dan kini FA memastikan pemain itu didakwa atas kasus doping."
    assert "B" not in speakers(text, [("ORG", ["FA"])])
