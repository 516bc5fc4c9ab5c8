import pytest

from telisik.pages.metadata import (
    clean_names,
    detect_language,
    mentions_domain,
    normalise_outlet,
    outlet_from_mention,
    outlet_from_url,
    parse_author_credit,
    parse_byline,
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
