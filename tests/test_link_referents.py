"""What a mention refers to in its own sentence decides what it links to (issue 17, round 35).

A name written inside something else names that other thing, not the body or the land it is named after:
- a lane or a track after "jalur" ("jalur Transjakarta", the busway lane; "jalur Afirmasi", a school's admission
  track) is no place and not the operator, where "Jalur Gaza" is Gaza and "jalur Pantura" the coast road;
- a people's name after "khas"/"orang" ("pasaran khas Jawa", "orang Sunda") is the people or its culture, not the
  island or the province; a city's ("khas Bandung") stays a place;
- a language inside a longer capitalised name ("Sarjana Terapan Bahasa Inggris") is the language, not the country;
- a country after a league's tier ("Liga 1 Indonesia") or in a descent ("berdarah Belanda-Indonesia") is the
  country, never its national side;
- a name between a house number and a street's word ("50 United Nations Plaza") is a street's;
- a place's name right after the day's noun ("hari Arafah") is the day, not the plain.

The sentences are invented, in the outlets' style.
"""

from types import SimpleNamespace

from telisik.collection.linking import link_across
from telisik.nlp.entities import entity_keys
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.entities.side_reading import COUNTRY, SIDE, mention_reading


def _names(nlp, text: str) -> dict[str, str]:
    return {e.name: e.type for e in nlp(text)._.entities}


def _reading(text: str, mention: str) -> str:
    start = text.index(mention)
    return mention_reading(text, start, start + len(mention))


# -- a lane or a track named after something else


def test_a_busway_lane_is_not_the_bus_operator(nlp):
    lane = nlp("Truk bermuatan pasir itu menabrak beton pembatas jalur Transjakarta di Jalan Gatot Subroto, Jakarta.")
    names = {e.name for e in lane._.entities}
    assert "Transjakarta" not in names
    assert "jalur Transjakarta" in names
    ent = next(e for e in lane._.entities if e.name == "jalur Transjakarta")
    assert "transjakarta" not in entity_keys(ent, default_lexicon(), across=True)


def test_a_busway_lane_never_links_to_the_operators_service(nlp):
    lane = nlp("Sebuah sedan terguling setelah menabrak pembatas jalur Transjakarta di kawasan Cawang.")
    service = nlp("Gubernur menyebut pihaknya akan membuka trayek baru Transjakarta menuju Pasar Baru.")
    articles = [SimpleNamespace(id=aid, entities=[e.to_dict() for e in doc._.entities]) for aid, doc in (("a1", service), ("a2", lane))]
    link_across(articles)
    operator = next(e["global_id"] for e in articles[0].entities if e["name"] == "Transjakarta")
    assert operator
    assert all(e.get("global_id") != operator for e in articles[1].entities)


def test_an_admission_track_is_no_place(nlp):
    names = _names(nlp, "Kuota jalur Afirmasi di SMA negeri mencapai 15 persen, sedangkan jalur Domisili 35 persen.")
    assert "Afirmasi" not in names and "Domisili" not in names
    # nor a place named with its noun: a track links to no other day's "Jalur Afirmasi"
    assert not [name for name in names if name.lower().startswith("jalur")]
    names = _names(nlp, "Pendaftaran jalur Zonasi SMP ditutup Jumat, lalu sekolah membuka jalur Prestasi.")
    assert not [name for name in names if name.lower().startswith("jalur") or name in ("Zonasi", "Prestasi")]


def test_a_known_acronym_after_jalur_joins_its_bare_name(nlp):
    # the head's test reads the place as written, whichever of the article's steps asks it
    ents = nlp("Jalur NTB kembali dibuka setelah longsor. Arus kendaraan menuju NTB berangsur normal.")._.entities
    assert [[m.text for m in e.mentions] for e in ents if "NTB" in e.name] == [["Jalur NTB", "NTB"]]


def test_a_strip_or_a_road_after_jalur_is_still_the_place(nlp):
    assert _names(nlp, "Antrean kendaraan di jalur Pantura mengular sejak pagi.").get("Pantura") == "LOC"
    assert _names(nlp, "Serangan udara kembali menghantam jalur Gaza pada Senin malam.").get("Gaza") == "LOC"


def test_the_day_of_arafah_is_not_the_plain(nlp):
    text = "Amalan itu dianjurkan pada 9 Dzulhijjah, tepat di hari Arafah. Jemaah haji sendiri wukuf di Arafah."
    doc = nlp(text)
    arafah = [m for e in doc._.entities for m in e.mentions if m.text == "Arafah"]
    # the day is no place; the plain the pilgrims stand on is
    assert [text[m.start - 3 : m.start].strip() for m in arafah] == ["di"]
    # a day named for a person keeps the person
    kartini = nlp("Murid SD itu memperingati hari Kartini. Kartini lahir di Jepara pada 1879.")._.entities
    assert [len(e.mentions) for e in kartini if e.name == "Kartini" and e.type == "PER"] == [2]


def _mentions_of(nlp, text: str, name: str) -> int:
    return sum(len(e.mentions) for e in nlp(text)._.entities if e.name == name)


def test_a_place_the_subject_after_hari_stays(nlp):
    # "hari" before a city names no day: a count, a set word or a clause of time opens a sentence about the city
    assert _mentions_of(nlp, "Selama dua hari Bandung dilanda banjir. Wali Kota Bandung meninjau lokasi.", "Bandung") == 2
    text = "Pada hari Surabaya merayakan ulang tahunnya, warga memadati Balai Kota. Surabaya kini berusia 732 tahun."
    assert _mentions_of(nlp, text, "Surabaya") == 2
    text = "Hampir setiap hari Jakarta diguyur hujan deras. BMKG memperkirakan Jakarta masih akan dilanda hujan."
    assert _mentions_of(nlp, text, "Jakarta") == 2


# -- a people's culture, a language


def test_a_javanese_custom_is_not_the_island(nlp):
    names = _names(nlp, "Weton adalah perpaduan hari dalam kalender Masehi dengan lima hari pasaran khas Jawa.")
    assert not any("Jawa" in name for name in names)
    assert "Sunda" not in _names(nlp, "Pria itu mengaku orang Sunda yang sudah lama merantau ke Medan.")


def test_the_residents_of_a_regency_keep_its_place(nlp):
    # "masyarakat Nias" are the regency's people: the regency's name stays, where "khas Banjar" is a people's dish
    text = "Bupati Nias mengimbau masyarakat Nias tetap tenang setelah gempa mengguncang Nias pada Senin."
    assert _mentions_of(nlp, text, "Nias") == 3
    text = "Wali Kota Banjar meminta masyarakat Banjar waspada. Banjar berada di perbatasan Jawa Barat dan Jawa Tengah."
    assert sum(_mentions_of(nlp, text, name) for name in ("Banjar", "Kota Banjar")) == 3
    assert "Banjar" not in _names(nlp, "Soto khas Banjar itu dijual di pasar terapung sejak subuh.")


def test_a_citys_speciality_keeps_the_city(nlp):
    assert _names(nlp, "Oleh-oleh khas Bandung laris manis diburu pemudik.").get("Bandung") == "LOC"
    # the island named as a place, not a culture, stays
    assert _names(nlp, "Ia lahir di Jawa dan besar di Sumatera.").get("Jawa") == "LOC"


def test_a_language_inside_a_degrees_name_is_the_language(nlp):
    names = _names(nlp, "Program Sarjana Terapan Bahasa Inggris membuka 60 kursi pada jalur mandiri tahun ini.")
    assert "Inggris" not in names
    # a longer place after the noun is a body's region: the language office of the province
    assert _names(nlp, "Kepala Balai Bahasa Jawa Tengah hadir dalam acara itu.").get("Jawa Tengah") == "LOC"
    assert "Indonesia" not in _names(nlp, "Siswa kelas XII mengikuti Tes Kemampuan Bahasa Indonesia di sekolah itu.")


def test_a_provinces_language_body_keeps_the_province(nlp):
    # one word after a capitalised "Bahasa" is the language only for a country's name: a province's language
    # ambassador or office is the province's
    text = "Pemilihan Duta Bahasa Lampung digelar di Bandar Lampung. Lampung mengirim dua wakil ke tingkat nasional."
    assert _mentions_of(nlp, text, "Lampung") == 2


# -- a country, not its national side


def test_a_countrys_league_is_the_country():
    text = "Mereka akan membuktikan kemampuan di Liga 1 Indonesia musim depan, kata pelatih usai laga."
    assert _reading(text, "Indonesia") == COUNTRY
    assert _reading("Kane kembali ke Liga Primer Inggris setelah dua musim di Jerman.", "Inggris") == COUNTRY


def test_a_players_descent_is_the_country():
    text = "Kemenangan 1-0 atas China jadi pelecut bagi pemain berdarah Belanda-Indonesia tersebut."
    assert _reading(text, "Indonesia") == COUNTRY


def test_a_match_still_reads_the_side():
    assert _reading("Indonesia menang 2-0 atas Jepang di Stadion Suita.", "Indonesia") == SIDE
    # a pair glued by a hyphen with no word before it gives no country reading of its own
    assert _reading("Laga Jepang-Indonesia berakhir imbang 1-1 di Osaka.", "Indonesia") == SIDE


# -- an address


def test_a_street_named_for_a_body_is_not_the_body(nlp):
    names = _names(nlp, "Portofolionya mencakup 15 Central Park West dan 50 United Nations Plaza di Manhattan.")
    assert "United Nations" not in names
    assert "Perserikatan Bangsa-Bangsa" not in names


def test_the_body_named_in_a_sentence_stays(nlp):
    names = _names(nlp, "Indonesia aktif mendorong perdamaian di forum United Nations dan OKI.")
    assert any(name in names for name in ("United Nations", "Perserikatan Bangsa-Bangsa"))
