"""Classes of glue the splitter (telisik.pages.glue) learnt in round 29 from a fresh day of Tribunnews, Okezone and
Liputan6 pages (9 June 2025), on sentences written for the test: a song's lines glued where the scrape dropped their
line breaks, a song's part named before its first line, "vs" glued after a name, a four-letter word after a frequent
name, a word glued after a model's code;
and text these rules and the new ones must leave whole: a place's name written solid, a regional site's ".co"
name, a specialist's grade in brackets, a given name ending in "-ini", brands with a small-letter syllable."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a verse's lines: a short or unknown small-letter word, then an English function word or an Indonesian word
        # a line starts with
        ("You are the God who saved meAll my days", "You are the God who saved me All my days"),
        ("He was deadHe rose again", "He was dead He rose again"),
        ("I will be glad in itI will sing", "I will be glad in it I will sing"),
        ("Ati so sakit tre joKita tau samua", "Ati so sakit tre jo Kita tau samua"),
        ("Ngana so pigi nowaBukan torang pe salah", "Ngana so pigi nowa Bukan torang pe salah"),
        # an English word ending a line, then a pronoun or conjunction starting the next
        ("Holy is Your NameMy soul will sing", "Holy is Your Name My soul will sing"),
        ("He brings us peaceHe gives us rest", "He brings us peace He gives us rest"),
        ("In the valley of PeaceHe leads me on", "In the valley of Peace He leads me on"),
        # a song's part named before its first line
        ("CHORUSSo we lift our hands", "CHORUS So we lift our hands"),
        ("BridgeMy whole life is yours", "Bridge My whole life is yours"),
        ("Pre-ChorusOh how we praise", "Pre-Chorus Oh how we praise"),
        ("ReffJangan kau pergi lagi", "Reff Jangan kau pergi lagi"),
        # "vs" glued after a name, and the name after it
        ("Jadwal siaran Timnas Indonesiavs Jepang malam ini.", "Jadwal siaran Timnas Indonesia vs Jepang malam ini."),
        ("Prediksi JepangvsTimnas Indonesia di Osaka.", "Prediksi Jepang vs Timnas Indonesia di Osaka."),
        # a four-letter word after a frequent name that starts almost no longer name
        ("Skuad Chelseacuci gudang pemain musim ini.", "Skuad Chelsea cuci gudang pemain musim ini."),
        # a model's code of digits and capitals, then a word
        ("Honda memperkuat posisi CBR150Rsebagai motor sport.", "Honda memperkuat posisi CBR150R sebagai motor sport."),
        ("Layanan 5Gdi kota itu diperluas.", "Layanan 5G di kota itu diperluas."),
    ],
)
def test_splits_new_classes(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "clean",
    [
        # a place's name written solid with a landform or settlement word
        "Warga Kualasimpang memadati alun-alun kota.",
        "Kabupaten Tanahbumbu menggelar lomba perahu.",
        "Polisi berjaga di Batumerah, Ambon.",
        # a regional site's ".co" name, and a specialist's grade in brackets
        "Seperti dikutip PosBelitung.co, warga menolak rencana itu.",
        "kata dokter Budi Santoso, SpJP(K), kepada wartawan.",
        "Hasil itu ditulis dr. Rina, Sp.OG(K) dalam jurnalnya.",
        # a given name and "-ini": an Italian rider's surname
        "Pembalap Enea Bastianini finis keempat.",
        # a word typed with a capital inside, and brands with a small-letter syllable
        "Warga diminta melapor seTiap pekan.",
        "Siaran langsung tvOne dan iNews malam ini.",
        "Pesawat easyJet mendarat darurat.",
        "Profil LinkedIn dan akun GoTo miliknya diretas.",
        "Fitur FaceTime di iPhone kini mendukung terjemahan.",
        # a year glued to a word: the capital starts the word ("2025D|alam" is wrong)
        "Laporan tahun 2025Dalam catatan itu tertulis.",
        # a name ending in "vs" that is no glue
        "Melania Knavs lahir di Slovenia.",
    ],
)
def test_keeps_names_and_brands(splitter: GlueSplitter, clean: str) -> None:
    offsets = splitter.splits(clean)
    assert not offsets, splitter.split(clean)


def test_still_cuts_closed_class_words_after_a_place_head(splitter: GlueSplitter) -> None:
    """The place-name rule keeps a landform word and a noun; a closed-class word or a verb glued on is still cut."""
    assert splitter.split("Warga Tanjungyang terdampak banjir.") == "Warga Tanjung yang terdampak banjir."
    assert splitter.split("Jalan di Kotamengalami kerusakan.") == "Jalan di Kota mengalami kerusakan."
    assert splitter.split("Penyanyi Sakuraitu tampil memukau.") == "Penyanyi Sakura itu tampil memukau."
