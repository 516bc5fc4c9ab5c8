"""Classes of glue the splitter (telisik.pages.glue) learnt in round 26, on sentences written for the test:
a word glued after a brand's last syllable, a rare word or name before an Indonesian word, a heading's first
word before a small-letter word, a short English word after a long Indonesian one, a frequent word after a
known name, an acronym before "di", a word before an acronym, a name before "Ke", a closed-class word before
an unseen word, a group's "-P" before a word, a brand's "i"/"e" after a word, a name after "runner-up", a
long run of known words, and text glued after a hyphenated number; and text the new rules must leave whole."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a word glued after a brand's last syllable, the brand kept whole
        ("Ponsel baru dariXPengitu dijual murah.", "Ponsel baru dari XPeng itu dijual murah."),
        ("Situs NokiaMobmenyebutkan harga ponsel itu.", "Situs NokiaMob menyebutkan harga ponsel itu."),
        ("Transfer lewat BRImodan bank lain gratis.", "Transfer lewat BRImo dan bank lain gratis."),
        ("Taksi terbang AirCabmengusung dua kursi.", "Taksi terbang AirCab mengusung dua kursi."),
        # ... and a new name after a word: only a word that ends no name is cut off it
        ("Dalam laporanYnetmenyebut dua orang tewas.", "Dalam laporan Ynet menyebut dua orang tewas."),
        # a rare word or name, then a word only Indonesian has
        ("Sayur KatukDaun singkong direbus.", "Sayur Katuk Daun singkong direbus."),
        ("Lagu TigapuluhWahai kekasih dinyanyikan.", "Lagu Tigapuluh Wahai kekasih dinyanyikan."),
        # a heading's first word written small far more often, then small-letter words
        ("Penggunaanair tanah dibatasi.", "Penggunaan air tanah dibatasi."),
        ("Penambahanjam operasional disetujui.", "Penambahan jam operasional disetujui."),
        # a short English word after a long Indonesian word
        ("Ramuan untuk mengobatihot flash saat menopause.", "Ramuan untuk mengobati hot flash saat menopause."),
        # a frequent word after a known name
        ("Idul Adhatiba pekan depan.", "Idul Adha tiba pekan depan."),
        ("Pelatih Simeonelayaknya tenang.", "Pelatih Simeone layaknya tenang."),
        # an unseen name before a long word news writes very often, or before a verb news writes often
        ("Warga Widuranakhirnya pindah.", "Warga Widuran akhirnya pindah."),
        ("Pihak Seskomembantah kabar itu.", "Pihak Sesko membantah kabar itu."),
        # a long small-letter run of known words no stem derives
        ("Ibu membeli sayurbayamsegarsekali di pasar.", "Ibu membeli sayur bayam segar sekali di pasar."),
        # a new name glued after a listed camel-case name
        ("Kanal YouTubeYossie mengunggah video.", "Kanal YouTube Yossie mengunggah video."),
        # a short English word ending a hyphenated word, then a known name
        ("Status runner-upIndonesia di grup itu aman.", "Status runner-up Indonesia di grup itu aman."),
        # an English word before a closed-class word
        ("Sesi Coachingdan mentoring dibuka.", "Sesi Coaching dan mentoring dibuka."),
        # a known acronym before "di"
        ("Mahasiswi UPIdi Bandung menang lomba.", "Mahasiswi UPI di Bandung menang lomba."),
        ("Gaji TKIdi Malaysia naik.", "Gaji TKI di Malaysia naik."),
        # a word news writes small, then an acronym
        ("Jadwal FinalNBA sudah keluar.", "Jadwal Final NBA sudah keluar."),
        # a name, then a heading's "Ke"
        ("Jemaah MauritaniaKe Mekkah berangkat.", "Jemaah Mauritania Ke Mekkah berangkat."),
        # a closed-class word glued before an unseen word and a function word
        ("Pakai primer sertabronzeryang tipis.", "Pakai primer serta bronzer yang tipis."),
        # a group's short name ending in a hyphen and a capital, then a word
        ("Kader PDI-Pbernama Joko hadir.", "Kader PDI-P bernama Joko hadir."),
        # the "i" or "e" that starts a brand, glued after a word
        ("Ponsel itu yakniiQoo Neo terbaru.", "Ponsel itu yakni iQoo Neo terbaru."),
        ("Aktivasi menggunakaneSIM lebih cepat.", "Aktivasi menggunakan eSIM lebih cepat."),
        # text glued after a hyphenated number, cut at the case change after it
        ("Timnas U-23asuhanGerald Vanenburg menang.", "Timnas U-23 asuhan Gerald Vanenburg menang."),
    ],
)
def test_glue_classes_are_split(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "clean",
    [
        # brands and names the new rules must leave alone
        "Ia memakai WhatsApp, YouTube dan PlayStation.",
        "Promo ShopeeFood dan TransJakarta berlaku.",
        "Ramadan di Sudan, Kartini di Jepara.",
        "Kata Kasadanya tadi.",  # a short name with "-nya", not "Kas adanya"
        "Serangan DDoSsemakin sering terjadi.",  # "DDoS" then "semakin": never "DDoSse makin"
        "Keluarga Sarimuda datang.",  # a name made of words after a name that starts many
        "Kota Negarakertagama ramai.",  # a heading's first word before an unknown word is no cut
        "Sikap antagonisme dan minimalisme.",  # English-looking endings of one word
        "Kejaksaan memeriksa HokBen dan FoneArena.",  # brands of a syllable and an English word
        "Warga JAKARTA-Kasus baru muncul.",
        "Data e-KTPnya sudah lengkap.",  # a hyphen before capitals and a clitic  # a dateline's dash before a word is no group's letter
        "Pesan lewat Kompas dan iPhone.",
    ],
)
def test_new_rules_keep_words_whole(splitter: GlueSplitter, clean: str) -> None:
    assert splitter.split(clean) == clean


def test_brand_syllable_keeps_the_case_change_before_it(splitter: GlueSplitter) -> None:
    """The piece cut off a brand's end keeps the decision on the case change before it: "Nokia" and "Mob"
    stay one brand, while "Suami" and a name glued to it are cut as before."""
    assert splitter.split("dariNokiaMobmenyebutkan") == "dari NokiaMob menyebutkan"
    assert splitter.split("SuamiIndadari,") == "Suami Indadari,"
