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


# -- a people's culture, a language


def test_a_javanese_custom_is_not_the_island(nlp):
    names = _names(nlp, "Weton adalah perpaduan hari dalam kalender Masehi dengan lima hari pasaran khas Jawa.")
    assert not any("Jawa" in name for name in names)
    assert "Sunda" not in _names(nlp, "Pria itu mengaku orang Sunda yang sudah lama merantau ke Medan.")


def test_a_citys_speciality_keeps_the_city(nlp):
    assert _names(nlp, "Oleh-oleh khas Bandung laris manis diburu pemudik.").get("Bandung") == "LOC"
    # the island named as a place, not a culture, stays
    assert _names(nlp, "Ia lahir di Jawa dan besar di Sumatera.").get("Jawa") == "LOC"


def test_a_language_inside_a_degrees_name_is_the_language(nlp):
    names = _names(nlp, "Program Sarjana Terapan Bahasa Inggris membuka 60 kursi pada jalur mandiri tahun ini.")
    assert "Inggris" not in names
    # a longer place after the noun is a body's region: the language office of the province
    assert _names(nlp, "Kepala Balai Bahasa Jawa Tengah hadir dalam acara itu.").get("Jawa Tengah") == "LOC"


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
