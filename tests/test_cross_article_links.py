"""Cross-article links a researcher can trust (issue 17, round 33): a bare country name is the national side or the
country as its own sentences read it ("Indonesia kalah 0-6 dari Jepang" the side, "warga Indonesia", "klub
Indonesia", "Osaka, Jepang", a dateline, "Arthur Irawan (Indonesia)" the country); an airline that shares a side's
nickname ("Garuda") is no side; a nickname behind an English article ("The Three Lions") is a side."""

from telisik.collection.linking import EntityLinker
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.entities.side_reading import COUNTRY, MATCH, SIDE, _scored, mention_reading, reads_as
from telisik.nlp.entities.team_readings import TeamReading, country_reading, place_ends, side_of, team_readings


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
    # one side, one country: a tie is the country's, as the country's link asks no reading
    assert reads_as(text, spans[1:]) == COUNTRY
    assert reads_as(text, spans) == SIDE
    assert reads_as(text, spans[2:]) == COUNTRY


def test_a_match_report_naming_its_stadiums_town_once_keeps_its_side():
    # "Jepang" with no cue in three sentences and "Osaka, Jepang" (the place) once: undecided, so the article's
    # side; the place alone is the country
    text = (
        "Jepang tampil dominan sejak awal. Jepang terus menekan. Jepang tak memberi ruang. "
        "Laga digelar di Stadion Suita, Osaka, Jepang, Selasa malam."
    )
    spans = [(m, m + 6) for m in (text.index("Jepang tampil"), text.index("Jepang terus"), text.index("Jepang tak"), text.index("Jepang,"))]
    places = {text.index("Osaka") + 5}
    assert reads_as(text, spans, places) == ""
    assert reads_as(text, spans[3:], places) == COUNTRY


def test_a_country_as_often_the_country_as_the_side_is_the_country():
    # the side's own name cut short, and the host country: a tie, the country's (the side's link would carry the host
    # country into the side)
    text = (
        "Jadwal Tim Nasional (Timnas) Indonesia U-23 di Piala AFF U-23 2025 sudah keluar. "
        "Turnamen itu digelar di Indonesia pada pertengahan Juli."
    )
    spans = [(m, m + 9) for m in (text.index("Indonesia U-23"), text.index("Indonesia pada"))]
    assert mention_reading(text, *spans[0]) == SIDE
    assert reads_as(text, spans) == COUNTRY
    # a place's country beside a match sentence that reads no side: the country's lead holds
    text = "Rekor Pertemuan Italia vs Moldova. Laga digelar di Stadion Mapei, Reggio, Emilia, Italia pada hari Senin."
    spans = [(m, m + 6) for m in (text.index("Italia vs"), text.index("Italia pada"))]
    assert reads_as(text, spans) == COUNTRY


def test_a_tied_country_in_a_match_report_joins_the_country_not_the_side():
    lex = default_lexicon()
    text = "Timnas Indonesia U-23 menang 2-0 atas Malaysia. Indonesia U-23 unggul cepat. Piala AFF digelar di Indonesia."
    starts = (text.index("Indonesia U-23 unggul"), text.index("Indonesia."))
    ent = {"name": "Indonesia", "type": "LOC", "mentions": [{"text": "Indonesia", "start": s, "end": s + 9} for s in starts]}
    ent["reads_as"] = country_reading(lex, text, ent)
    assert ent["reads_as"] == COUNTRY
    linker = EntityLinker()
    linker.add("a", [_ent("Indonesia", "LOC"), _ent("Jakarta", "LOC")])
    linker.add("b", [_ent("Timnas Indonesia U-23", "ORG"), ent, _ent("Malaysia", "LOC")])
    ids = linker.global_ids()
    assert ids["b"]["2"] == ids["a"]["1"]
    assert ids["b"]["2"] != ids["b"]["1"]


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


# -- review lk (round 33): words other news share, ranges, lists, heads, datelines, cost, names


def test_an_index_score_or_a_balanced_trade_is_no_match():
    # "skor" of an index (IPK, PISA) and "imbang" of a trade balance are everyday news words
    assert _reading("Skor IPK Indonesia turun menjadi 34.", "Indonesia") != SIDE
    assert _reading("Skor PISA Indonesia naik tipis, skor Vietnam tetap di atas.", "Vietnam") != SIDE
    assert _reading("Neraca dagang Indonesia dan Jepang imbang tahun ini.", "Jepang") != SIDE
    assert _reading("Jepang kalah dalam perang dagang.", "Jepang") == MATCH
    assert _reading("Indonesia unggul 2-1 dalam voting.", "Indonesia") == MATCH
    # a draw told as one ("ditahan imbang") and a score are still a match's
    assert _reading("Indonesia ditahan imbang Bahrain di Riyadh.", "Indonesia") == SIDE
    assert _reading("Indonesia menang skor 2-0 atas Filipina.", "Indonesia") == SIDE


def test_an_index_article_naming_two_countries_scores_links_them_to_the_countries():
    text = "Skor Indeks Persepsi Korupsi Indonesia turun menjadi 34. Skor itu jauh di bawah Malaysia yang mencatat skor 50."
    ents = []
    for name in ("Indonesia", "Malaysia"):
        start = text.index(name)
        ents.append({"name": name, "type": "LOC", "mentions": [{"text": name, "start": start, "end": start + len(name)}]})
    lex = default_lexicon()
    for ent in ents:
        reading = country_reading(lex, text, ent, place_ends(lex, ents))
        if reading:
            ent["reads_as"] = reading
    assert team_readings(lex, ents) == {}


def test_a_clock_or_a_numbered_range_is_no_score():
    assert not _scored("pukul 19:30-21:00 WIB", 0, 21)
    for text in ("pukul 19-21 WIB", "Pasal 1-3 UU ITE", "peringkat 1-3 ASEAN", "KM 10-12 Tol", "skala 1-10."):
        assert not _scored(text, 0, len(text)), text
    assert _reading("Latihan Jepang berlangsung pukul 19-21 WIB di lapangan.", "Jepang") == ""
    # a score is still a score
    assert _scored("Indonesia menang 3-0 atas Latvia", 0, 32)
    assert _scored("Laga berakhir 1-1. Indonesia", 0, 28)


def test_a_cue_word_opening_a_list_of_countries_reads_the_list():
    assert _reading("Warga Jepang dan Indonesia memadati bandara.", "Indonesia") == COUNTRY
    assert _reading("Presiden Jepang dan Indonesia bertemu di Bali.", "Indonesia") == COUNTRY
    assert _reading("Produk warga Jepang, Korea, atau China dilarang masuk.", "China") == COUNTRY
    # a place and a comma is no list: the subject that follows is read by its sentence
    text = "Saat menjamu Vietnam di Jakarta, Indonesia tampil dominan dan menang 3-0."
    assert _reading(text, "Indonesia") == SIDE


def test_a_sides_head_reads_only_across_sport_and_gender_words():
    assert _reading("Timnas tiba di Indonesia pekan lalu.", "Indonesia") == COUNTRY
    assert _reading("Pelatih timnas bertemu warga Indonesia di Doha.", "Indonesia") == COUNTRY
    assert _reading("Pemain itu siap memperkuat Timnas putri Indonesia.", "Indonesia") == SIDE
    assert _reading("Ia dipanggil Timnas U-23 Indonesia pekan ini.", "Indonesia") == SIDE
    # a two-word head and a two-word sport between: the side, not the country's football ("sepak bola Indonesia")
    assert _reading("Ia kembali dipanggil Tim Nasional sepak bola Indonesia.", "Indonesia") == SIDE
    assert _reading("Ia ingin memajukan sepak bola Indonesia.", "Indonesia") == COUNTRY


def test_a_headline_scoreline_in_capitals_is_no_dateline():
    assert _reading("PIALA ASIA: INDONESIA - JEPANG 0-6", "INDONESIA") != COUNTRY
    assert _reading("TOKYO, JEPANG - Hujan deras mengguyur kota itu.", "JEPANG") == COUNTRY


def test_an_entity_is_read_from_its_first_forty_mentions_at_most():
    text = "Warga Indonesia kecewa. " * 41

    def spans():
        for i in range(40):
            yield (i * 24 + 6, i * 24 + 15)
        raise AssertionError("read past forty mentions")

    assert reads_as(text, spans()) == COUNTRY


def test_an_airline_named_by_its_short_name_first_is_still_no_side():
    ents = [
        _ent("Garuda", "ORG", "Garuda", "Garuda Indonesia"),
        _ent("Indonesia", "LOC"),
        _ent("Korea Selatan", "LOC"),
        _ent("Qatar", "LOC"),
    ]
    assert team_readings(default_lexicon(), ents) == {}


def test_a_sport_word_without_a_sides_head_makes_no_side_name():
    lex = default_lexicon()
    nicknames = {t.nickname: t.country for t in lex.team_nicknames}
    for name in ("Garuda Air", "Air Garuda", "Bola Garuda", "The Oranje Air"):
        assert side_of(lex, name, nicknames) == (False, ""), name
    assert side_of(lex, "The Three Lions", nicknames) == (True, "Inggris")
    assert side_of(lex, "Timnas Putri Jepang", nicknames) == (True, "Jepang")
    assert side_of(lex, "Garuda Muda", nicknames)[0]


def test_a_long_list_after_a_cue_reads_every_country_of_it():
    text = "Penumpang lain termasuk warga negara Albania, Austria, Belgia, Prancis, dan Amerika Serikat."
    for name in ("Austria", "Belgia", "Prancis"):
        assert _reading(text, name) == COUNTRY, name
    assert _reading("Produk itu diekspor ke Rusia, Armenia dan Belarus tahun ini.", "Armenia") == COUNTRY


def test_a_score_after_skor_is_a_score_whatever_word_follows():
    assert _reading("Malaysia bisa kalahkan Vietnam dengan skor 4-0 di Kualifikasi Piala Asia.", "Vietnam") == SIDE
    assert _reading("Perusahaan itu mencatat skor 80 dalam indeks, di atas Vietnam.", "Vietnam") != SIDE


def test_a_countrys_match_beside_a_national_sides_head_is_the_side():
    assert _reading("Warga memadati nobar Timnas Indonesia vs Jepang di Balai Kota.", "Jepang") == SIDE
    assert _reading("Ia cedera saat membela Timnas Indonesia melawan Vietnam.", "Vietnam") == SIDE
    # a group's name opening the sentence is no cue of the list after it
    assert _reading("Di Grup A, Qatar dan Iran masih bersaing ketat di klasemen.", "Iran") == SIDE
