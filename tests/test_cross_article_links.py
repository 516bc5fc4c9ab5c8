"""Cross-article links a researcher can trust (issue 17, round 33): a bare country name is the national side or the
country as its own sentences read it ("Indonesia kalah 0-6 dari Jepang" the side, "warga Indonesia", "klub
Indonesia", "Osaka, Jepang", a dateline, "Arthur Irawan (Indonesia)" the country); an airline that shares a side's
nickname ("Garuda") is no side; a nickname behind an English article ("The Three Lions") is a side."""

from telisik.collection.linking import EntityLinker
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.entities.side_reading import COUNTRY, MATCH, SIDE, mention_reading, reads_as
from telisik.nlp.entities.team_readings import TeamReading, team_readings


def _ent(name: str, kind: str, *mentions: str, reads: str = "") -> dict:
    ent: dict = {"name": name, "type": kind, "mentions": [{"text": t} for t in (mentions or (name,))]}
    if reads:
        ent["reads_as"] = reads
    return ent


def _reading(text: str, name: str, *places: str) -> str:
    start = text.index(name)
    return mention_reading(text, start, start + len(name), {text.index(p) + len(p) for p in places})


# -- one mention, its own sentence


def test_a_country_losing_a_match_is_the_side():
    assert _reading("Indonesia kalah 0-6 dari Jepang pada laga terakhir grup.", "Indonesia") == SIDE
    assert _reading("Inggris menang 3-0 atas Latvia di Stadion Wembley.", "Inggris") == SIDE


def test_a_word_right_before_the_name_makes_it_the_side():
    assert _reading("Bola sundulan Kamada bersarang di gawang Indonesia.", "Indonesia") == SIDE
    # a side's head the recogniser left out of the name, a gender word between
    assert _reading("Pemain diaspora itu siap memperkuat Timnas putri Indonesia di Piala Asia.", "Indonesia") == SIDE


def test_the_countrys_people_clubs_and_places_are_the_country_in_a_match_report():
    text = "Ribuan warga Indonesia memadati tribun saat laga melawan Jepang."
    assert _reading(text, "Indonesia") == COUNTRY
    assert _reading("Ia ingin kembali bermain untuk klub Indonesia musim depan.", "Indonesia") == COUNTRY
    assert _reading("Laga digelar di Stadion Suita, Osaka, Jepang, Selasa malam.", "Jepang", "Osaka") == COUNTRY


def test_a_comma_after_a_word_that_is_no_place_makes_no_place():
    # an adverb opening the sentence, a coach's name: "Kini, Jepang memuncaki klasemen", "asuhan Patrick Kluivert, Indonesia"
    assert _reading("Kini, Jepang memuncaki klasemen Grup C dengan 23 poin.", "Jepang") == SIDE
    text = "Di bawah asuhan Patrick Kluivert, Indonesia tampil lebih berani pada laga melawan Bahrain."
    assert _reading(text, "Indonesia") == SIDE


def test_a_word_before_a_list_reads_every_country_of_it():
    assert _reading("Sarah punya paras cantik khas Belanda dan Indonesia di foto itu.", "Indonesia") == COUNTRY
    assert _reading("Jelang laga, Honda sempat mengunjungi Indonesia pekan lalu.", "Indonesia") == COUNTRY


def test_a_dateline_and_a_nationality_in_brackets_are_the_country():
    assert _reading("OSAKA, JEPANG – Skuad Garuda menjalani latihan terakhir jelang laga.", "JEPANG") == COUNTRY
    assert _reading("Laga amal itu diikuti Stefano Lilipaly (Indonesia) dan Keisuke Honda (Jepang).", "Indonesia") == COUNTRY


def test_a_list_of_sides_is_no_place():
    text = "Grup C diisi Jepang, Australia, Arab Saudi, dan Indonesia yang bersaing di klasemen."
    assert _reading(text, "Australia") == SIDE


def test_a_range_of_figures_is_no_score():
    assert _reading("Harga cabai naik 5-10 persen sehingga Indonesia perlu impor.", "Indonesia") == ""
    assert _reading("Promo berlaku 10-11 Juni, sementara Indonesia libur panjang.", "Indonesia") == ""


def test_news_words_that_only_look_like_a_match_give_no_side():
    # "menang" (an election), "poin" (an index), "menghadapi" (a crisis): no side
    assert _reading("Partai itu menang pemilu dan Indonesia menghadapi krisis pangan.", "Indonesia") == MATCH
    assert _reading("IHSG naik 40 poin, rupiah menguat terhadap dolar AS.", "AS") == MATCH
    # a war's words: the states at war are no sides
    assert _reading("Tentara Israel kini berperang melawan Iran dan dikalahkan di Teheran.", "Iran") == MATCH


def test_an_entity_reads_as_most_of_its_mentions():
    text = "Timnas Indonesia kalah 0-6 dari Jepang. Indonesia tertinggal sejak menit ke-15, skor 0-1. Warga Indonesia kecewa."
    spans = [(i, i + 9) for i in (text.index("Indonesia kalah") - 0, text.index("Indonesia tertinggal"), text.index("Indonesia kecewa"))]
    assert reads_as(text, spans[1:]) == ""  # one side, one country: no reading
    assert reads_as(text, spans) == SIDE
    assert reads_as(text, spans[2:]) == COUNTRY


def test_a_match_report_naming_its_stadiums_town_keeps_its_side():
    # "melawan Jepang" (a word wars share: no reading) and "Osaka, Jepang" (the place): not the country
    text = "Timnas Indonesia bersiap melawan Jepang. Laga digelar di Stadion Suita, Osaka, Jepang, Selasa malam."
    spans = [(m, m + 6) for m in (text.index("Jepang."), text.index("Jepang,"))]
    places = {text.index("Osaka") + 5}
    assert reads_as(text, spans, places) == ""
    assert reads_as(text, spans[1:], places) == COUNTRY


# -- what the linker does with it


def test_a_country_read_as_the_country_in_a_match_report_links_to_the_country():
    linker = EntityLinker()
    linker.add("a", [_ent("Indonesia", "LOC"), _ent("Jakarta", "LOC")])
    linker.add("b", [_ent("Timnas Indonesia", "ORG"), _ent("Indonesia", "LOC", reads=COUNTRY), _ent("Jepang", "LOC")])
    ids = linker.global_ids()
    assert ids["b"]["2"] == ids["a"]["1"]
    assert ids["b"]["2"] != ids["b"]["1"]


def test_a_country_read_as_the_side_joins_the_side_and_never_the_country():
    linker = EntityLinker()
    linker.add("a", [_ent("Indonesia", "LOC")])
    linker.add("b", [_ent("Timnas Indonesia", "ORG"), _ent("Indonesia", "LOC", reads=SIDE), _ent("Jepang", "LOC")])
    ids = linker.global_ids()
    assert ids["b"]["2"] == ids["b"]["1"]
    assert ids["b"]["2"] != ids["a"]["1"]


def test_a_country_read_as_a_side_in_a_report_naming_no_side_is_not_the_state():
    # "Inggris menang 3-0 atas Latvia": England's side, which the UK ("Inggris Raya") is not
    linker = EntityLinker()
    linker.add("a", [_ent("Inggris Raya", "LOC"), _ent("London", "LOC")])
    linker.add("b", [_ent("Inggris", "LOC", reads=SIDE), _ent("Latvia", "LOC", reads=SIDE), _ent("Wembley", "LOC")])
    ids = linker.global_ids()
    assert ids["b"].get("1") != ids["a"]["1"]
    lex = default_lexicon()
    assert team_readings(lex, [_ent("Inggris", "LOC", reads=SIDE), _ent("Latvia", "LOC", reads=SIDE)]) == {
        0: TeamReading(-1, "Inggris"),
        1: TeamReading(-1, "Latvia"),
    }


def test_one_country_read_as_a_side_in_a_report_naming_no_side_is_a_stray_cue():
    # "Perang Arab-Israel ... Dataran Tinggi Golan": a match has two sides
    ents = [_ent("Israel", "LOC", reads=SIDE), _ent("Mesir", "LOC"), _ent("Suriah", "LOC", reads=COUNTRY)]
    assert team_readings(default_lexicon(), ents) == {}


def test_without_a_reading_a_match_report_keeps_joining_its_sides():
    readings = team_readings(default_lexicon(), [_ent("Timnas Indonesia", "ORG"), _ent("Indonesia", "LOC"), _ent("Jepang", "LOC")])
    assert readings == {1: TeamReading(0, "Indonesia"), 2: TeamReading(-1, "Jepang")}


def test_an_airline_sharing_a_sides_nickname_is_no_side():
    ents = [
        _ent("Garuda Indonesia", "ORG", "Garuda Indonesia", "Garuda"),
        _ent("Indonesia", "LOC"),
        _ent("Korea Selatan", "LOC"),
        _ent("Qatar", "LOC"),
    ]
    assert team_readings(default_lexicon(), ents) == {}
    linker = EntityLinker()
    linker.add("a", [_ent("Indonesia", "LOC")])
    linker.add("b", ents)
    ids = linker.global_ids()
    assert ids["b"]["2"] == ids["a"]["1"]
    assert ids["b"]["2"] != ids["b"]["1"]


def test_a_nickname_behind_an_english_article_is_the_side():
    ents = [_ent("Inggris", "LOC"), _ent("The Three Lions", "ORG"), _ent("Andorra", "LOC")]
    assert team_readings(default_lexicon(), ents) == {0: TeamReading(1, "Inggris"), 2: TeamReading(-1, "Andorra")}


def test_the_republics_short_form_read_as_the_side_is_the_side_its_long_form_never():
    lex = default_lexicon()
    side = [_ent("Timnas Indonesia", "ORG"), _ent("Indonesia", "LOC", "Indonesia", "RI", reads=SIDE), _ent("Jepang", "LOC")]
    assert team_readings(lex, side)[1] == TeamReading(0, "Indonesia")
    state = [
        _ent("Timnas Indonesia", "ORG"),
        _ent("Indonesia", "LOC", "Indonesia", "Republik Indonesia", reads=SIDE),
        _ent("Jepang", "LOC"),
    ]
    assert 1 not in team_readings(lex, state)
    assert 1 not in team_readings(lex, [*side[:1], _ent("Indonesia", "LOC", "Indonesia", "RI"), side[2]])
