import pytest

from telisik.pages.extract import _strip_site_name
from telisik.pages.metadata import (
    clean_names,
    detect_language,
    mentions_domain,
    normalise_outlet,
    outlet_from_mention,
    outlet_from_url,
    parse_author_credit,
    parse_byline,
    parse_closing_credit,
    parse_name_outlet,
)


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("detik.com", "Detik"),
        ("KOMPAS.com", "Kompas"),
        ("tribunnews.com", "Tribunnews"),
        ("TRIBUNTORAJA.COM", "TribunToraja"),
        ("CNN Indonesia", "CNN Indonesia"),
        ("Harian Lokal Baru", "Harian Lokal Baru"),  # unknown names pass through
    ],
)
def test_outlet_names(given, name):
    assert normalise_outlet(given) == name


def test_outlets_from_urls_and_mentions():
    assert outlet_from_url("https://aceh.tribunnews.com/2025/06/18/x") == "Tribunnews"
    assert outlet_from_url("https://p.dw.com/p/4WDgl") == "DW Indonesia"
    assert outlet_from_url("https://nasional.republika.co.id/berita/x") == "Republika"
    assert outlet_from_url("not a url") is None
    assert outlet_from_mention("Mataram, NTB (ANTARA News)") == "Antara"
    assert outlet_from_mention("© 2024 TRIBUNnews.com,a subsidiary of KG Media.") == "Tribunnews"


def test_bylines():
    assert parse_byline("Penulis: Redaksi | Editor: Donny Yosua") == {"author": [], "editor": ["Donny Yosua"]}
    assert parse_byline("Nama Penulis: Adi Nugroho Nama Penyunting: Putri Reta") == {"author": ["Adi Nugroho"], "editor": ["Putri Reta"]}
    assert parse_byline("Reporter: Rina Wijaya, Bagus Prasetyo") == {"author": ["Rina Wijaya", "Bagus Prasetyo"], "editor": []}
    assert parse_byline("Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda") == {"author": ["Fransiskus Adhiyuda"], "editor": []}
    assert parse_byline("Harga cabai naik tajam pekan ini.") is None


def test_closing_credits():
    assert parse_author_credit("(Tribunnews.com/Andari Wulan Nugrahani)") == (["Andari Wulan Nugrahani"], [], "Tribunnews", False)
    assert parse_author_credit("kp/rs (AP, AFP, Reuters)") == (["kp"], ["rs"], None, True)
    assert parse_author_credit("(fyk/ash)") == (["fyk"], ["ash"], None, True)
    assert parse_author_credit("(Reuters)") is None


def test_clean_names_drops_desk_and_outlet_suffix():
    assert clean_names("Retno Ayuningrum -detikFinance") == ["Retno Ayuningrum"]
    assert clean_names("Tim Redaksi") == []
    assert clean_names("Andi dan Budi") == ["Andi", "Budi"]


def test_name_conjunctions_come_from_the_language_files():
    # "dan" (lang/id) and "and" (lang/en) split a byline value; only "dan" joins names in an unlabelled header byline
    assert clean_names("Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert clean_names("Rizky Ananda - Tribunnews") == ["Rizky Ananda"]  # byline_outlets.txt
    assert parse_name_outlet("Maya Lestari dan Dewi Kartika, CNBC Indonesia") == (["Maya Lestari", "Dewi Kartika"], "CNBC Indonesia")
    assert parse_name_outlet("Maya Lestari and Dewi Kartika, CNBC Indonesia") is None
    assert mentions_domain("REPUBLIKA.CO.ID, SEMARANG") and not mentions_domain("Semarang, Jawa Tengah")


def test_language():
    assert detect_language("Pemerintah akan menaikkan harga bahan bakar minyak yang dinilai sudah tidak sesuai dengan kondisi pasar.") == "id"
    assert detect_language("The government said that it will raise fuel prices, which have not kept pace with the market.") == "en"
    assert detect_language("12345 !!!") == "und"


def test_unlabelled_header_bylines_name_the_author_and_the_outlet():
    assert parse_name_outlet("Maya Lestari, CNBC Indonesia") == (["Maya Lestari"], "CNBC Indonesia")
    assert parse_name_outlet("Rizky Ananda - detikSport") == (["Rizky Ananda"], "Detik")
    assert parse_name_outlet("Jakarta, CNBC Indonesia") is None  # a dateline names a place, and the outlet is its own
    assert parse_name_outlet("Persib Bandung - Persebaya Surabaya") is None  # no outlet


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Lucas Aditya -Sepakbola", ["Lucas Aditya"]),  # a desk after the dash
        ("Rifqi Ardita Widianto - Sport", ["Rifqi Ardita Widianto"]),
        ("Liputan6.com", []),  # the outlet is no author
        ("Kompas Cyber Media", []),  # nor its publisher
        ("Tim Kompas.com, Sem Bagaskara", ["Sem Bagaskara"]),  # a desk team beside the writer
        ("Tim Otomotif", []),
        ("Deutsche Welle (DW) -detikNews", []),
        ("Sem Bagaskara, Penulis", ["Sem Bagaskara"]),  # a role label scraped after the name
        ("Anwar Siswadi (Kontributor)", ["Anwar Siswadi"]),
        ("Kontributor Lhokseumawe, Masriadi", ["Masriadi"]),  # a role and its post, then the name
        ("Kim Jong-un", ["Kim Jong-un"]),  # a hyphen inside a name stays
        ("prih febriani -detikHot", ["prih febriani"]),
    ],
)
def test_byline_values_give_person_names_only(raw, names):
    assert clean_names(raw) == names


def test_slashed_and_bracketed_closing_credits():
    assert parse_author_credit("Danang Triatmojo/Tribunnews") == (["Danang Triatmojo"], [], "Tribunnews", False)
    assert parse_author_credit("(cr30/tribun-medan.com)") == ([], [], "TribunMedan", False)  # a reporter's code names nobody
    assert parse_author_credit("(Cas/Isk)") == (["Cas"], ["Isk"], None, True)
    assert parse_author_credit("Arab Saudi/Australia") is None  # a pair of names, no outlet
    assert parse_author_credit("ANTARA FOTO/Hafidz Mubarak A") is None  # a photo credit
    assert parse_closing_credit("(Rahman Asmardika)") == (["Rahman Asmardika"], [])
    assert parse_closing_credit("(kha)") == ([], ["kha"])
    assert parse_closing_credit("(AFP)") is None and parse_closing_credit("(TribunJabar)") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Warga Sleman Gotong Royong Bersihkan Sungai - News :: Okezone Nasional", "Warga Sleman Gotong Royong Bersihkan Sungai"),
        ("Harga Beras Naik Lagi - Ekonomi - Kompas.com", "Harga Beras Naik Lagi"),
        ("Prabowo: Siap Hadapi Tantangan! - Kompas.com", "Prabowo: Siap Hadapi Tantangan!"),  # a colon inside the headline stays
    ],
)
def test_site_name_and_section_stripped_from_page_titles(title, expected):
    assert _strip_site_name(title, ["Okezone", "Kompas.com"]) == expected
