"""Cross-article links decided on the evidence of the mention's own sentence (issue 17, round 34).

- a country after "nama" or "media" is the country, in a match report too ("mengharumkan nama Indonesia", "media
  Vietnam"); the last name of a place told with its larger places is the country the place is in ("di Stadion Mapei,
  Reggio, Emilia, Italia pada Senin"), whatever the recogniser made of the names before it;
- a bare province's name beside its capital's headed name ("JAMBI" dateline, "Kota Jambi") keys the city only: the
  city's entity joins no report on the province;
- a name after a fast's word is no place ("puasa Tarwiyah dan Arafah"); a place glued by a hyphen to a word the
  gazetteer does not know is part of a larger name ("komunitas BECAK-BABEL").

The sentences are invented, in the outlets' style."""

from entity_runs import article_entities, linked
from telisik.collection.linking import EntityLinker
from telisik.nlp.entities import entity_keys
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.entities.side_reading import COUNTRY, SIDE, mention_reading
from telisik.nlp.entities.territory_levels import bare_level, headed_level, other_level_forms


def _reading(text: str, name: str, occurrence: int = 0) -> str:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return mention_reading(text, start, start + len(name))


def _ent(name: str, kind: str, *mentions: str, reads: str = "") -> dict:
    ent: dict = {"name": name, "type": kind, "mentions": [{"text": t} for t in (mentions or (name,))]}
    if reads:
        ent["reads_as"] = reads
    return ent


# -- the country in a match report, by the word right before it


def test_the_nations_name_is_the_country_in_a_match_report():
    text = "Skuad Garuda bertekad mengharumkan nama Indonesia di kancah dunia saat menghadapi Jepang."
    assert _reading(text, "Indonesia") == COUNTRY


def test_a_countrys_press_is_the_country():
    text = "Media Vietnam menyebut Timnas Indonesia U-23 sebagai favorit juara Piala AFF U-23 2025."
    assert _reading(text, "Vietnam") == COUNTRY


# -- a place told with its larger places, the country last


def test_the_country_ending_a_place_chain_is_the_country():
    text = "Laga Italia vs Moldova digelar di Stadion Mapei – Citta del Tricolore, Reggio, Emilia, Italia pada Senin."
    # the town is read as a person's name, so no place the article names ends before the comma
    assert _reading(text, "Italia", 1) == COUNTRY
    # the first "Italia" is the side
    assert _reading(text, "Italia") == SIDE


def test_a_chains_last_name_closed_by_a_bracket_or_a_full_stop():
    assert _reading("Pertandingan berlangsung di Stadion Khalifa, Al Rayyan, Qatar (15/1/2024).", "Qatar") == COUNTRY
    assert _reading("Timnas Jepang menjalani latihan di Suita, Osaka, Jepang.", "Jepang", 1) == COUNTRY


def test_a_country_after_a_place_that_goes_on_as_a_sentence_is_not_the_chains():
    # "Indonesia" opens the clause after the place: the side that played there
    assert _reading("Usai bertanding di Jakarta, Indonesia menang 2-1 atas Bahrain.", "Indonesia") == SIDE
    # no place opener before the names: a coach's name then the side
    assert _reading("Di bawah asuhan Patrick Kluivert, Indonesia tampil menekan sejak menit awal laga.", "Indonesia") == SIDE


# -- levels of territory: a province and its capital of one name


def test_a_heads_level_and_a_bare_provinces():
    lex = default_lexicon()
    assert headed_level("Kota Jambi") == ("city", "Jambi")
    assert headed_level("Kabupaten Gorontalo") == ("regency", "Gorontalo")
    assert headed_level("Jambi") == ("", "")
    assert bare_level(lex, "Jambi") == "province"
    # a city the gazetteer knows has no level of its own: "Bandung" is the city's and the regency's name
    assert bare_level(lex, "Bandung") == ""


def test_a_bare_province_beside_its_capital_keys_the_city_only():
    lex = default_lexicon()
    city = _ent("Jambi", "LOC", "JAMBI", "Kota Jambi", "Kota Jambi")
    assert other_level_forms(lex, ["Jambi", "JAMBI", "Kota Jambi"]) == {"jambi"}
    assert entity_keys(city, lex, across=True) == {"kota jambi", "kotajambi"}
    # the province's own head agrees with the gazetteer: its bare name keeps its link
    province = _ent("Jambi", "LOC", "Jambi", "Provinsi Jambi")
    assert "kb:Jambi" in entity_keys(province, lex, across=True)
    # a city's head beside a city's bare name: nothing to tell apart
    assert "kb:Bandung" in entity_keys(_ent("Bandung", "LOC", "Bandung", "Kota Bandung"), lex, across=True)


def test_the_capitals_report_joins_no_report_on_the_province():
    linker = EntityLinker()
    province = linker.add("a1", [_ent("Jambi", "LOC")])
    city = linker.add("a2", [_ent("Jambi", "LOC", "JAMBI", "Kota Jambi")])
    city_again = linker.add("a3", [_ent("Kota Jambi", "LOC")])
    assert province["1"] != city["1"]
    assert city["1"] == city_again["1"]
    # the city's entity is called by its head, not by the province's name its first member was given
    assert {e.id: e.name for e in linker.entities()} == {province["1"]: "Jambi", city["1"]: "Kota Jambi"}


# -- names that stand for something else than the place


def test_a_fast_named_after_a_place_is_no_place(nlp):
    text = (
        "JAKARTA - Umat Islam dianjurkan menjalankan puasa Tarwiyah dan Arafah menjelang Idul Adha. "
        "Sementara itu, jemaah haji melaksanakan wukuf di Padang Arafah pada 9 Zulhijah."
    )
    ents = article_entities(nlp, text)
    mentions = [m for _, ms in ents.values() for m in ms]
    assert "Padang Arafah" in mentions
    assert "Arafah" not in mentions and "Tarwiyah" not in mentions


def test_a_fasts_name_again_is_the_fast_but_after_a_place_preposition(nlp):
    text = (
        "Umat Islam dianjurkan menjalankan puasa Tarwiyah dan Arafah. Keutamaan puasa Ayyamul Bidh tidak kalah "
        "dengan Tarwiyah dan Arafah. Sementara itu, jutaan jemaah haji melaksanakan wukuf di Arafah pada Kamis."
    )
    mentions = [m for _, ms in article_entities(nlp, text).values() for m in ms]
    # only the place the pilgrims stand on stays: one "Arafah", after "di"
    assert mentions.count("Arafah") == 1 and "Tarwiyah" not in mentions


def test_a_name_after_a_fast_and_a_comma_stays(nlp):
    text = "Usai berbuka puasa, Presiden Prabowo Subianto menyapa warga di Istana Merdeka, Jakarta."
    names = article_entities(nlp, text)
    assert any("Prabowo" in name for name in names)


def test_a_fast_and_the_place_link_no_more(nlp):
    ids = linked(
        nlp,
        "Jemaah haji Indonesia mulai bergerak menuju Padang Arafah untuk wukuf pada Kamis (5/6/2025).",
        "JAKARTA - Umat Islam dianjurkan menjalankan puasa Tarwiyah dan Arafah menjelang Idul Adha pekan ini.",
    )
    assert ids.get((0, "Padang Arafah")) is not None
    assert not any(article == 1 and gid == ids[(0, "Padang Arafah")] for (article, _), gid in ids.items())


def test_a_place_glued_to_an_unknown_word_is_part_of_a_name(nlp):
    text = (
        "BANGKA - Relawan dari komunitas BECAK-BABEL membagikan kantong daun kepada warga Desa Sempan, "
        "Kabupaten Bangka, Provinsi Bangka Belitung, Sabtu (7/6/2025)."
    )
    mentions = [m for _, ms in article_entities(nlp, text).values() for m in ms]
    assert "BABEL" not in mentions
    assert any("Bangka Belitung" in m for m in mentions)


def test_two_places_joined_by_a_hyphen_stay_places(nlp):
    text = "Sengketa empat pulau ACEH-SUMUT akhirnya selesai setelah Presiden memutuskan pulau itu milik Aceh."
    mentions = [m for _, ms in article_entities(nlp, text).values() for m in ms]
    assert "SUMUT" in mentions


def test_a_dateline_glued_to_the_lede_stays_a_place(nlp):
    # the word glued after the dateline opens the lede: the town is the dateline's
    text = "MAKASSAR-PSM Makassar bakal mempersiapkan tim untuk musim depan, kata pelatih di Makassar, Sulawesi Selatan."
    mentions = [m for _, ms in article_entities(nlp, text).values() for m in ms]
    assert "MAKASSAR" in mentions


def test_a_places_acronym_after_an_english_word_is_english(nlp):
    shop = "JAKARTA - Jaringan toko ritel MR DIY Indonesia membuka 50 gerai baru sepanjang semester pertama 2025."
    assert "DIY" not in [m for _, ms in article_entities(nlp, shop).values() for m in ms]
    tip = "Pengguna TikTok kini memakai spidol sebagai lip liner DIY, tren yang memicu perdebatan di media sosial."
    assert "DIY" not in [m for _, ms in article_entities(nlp, tip).values() for m in ms]


def test_the_provinces_acronym_after_a_body_stays(nlp):
    text = "Kapolda DIY Brigjen Anggoro Sukartono mengatakan tujuh orang ditetapkan tersangka kasus mafia tanah di Bantul."
    assert "DIY" in [m for _, ms in article_entities(nlp, text).values() for m in ms]
