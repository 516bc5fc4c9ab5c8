"""England's side is no United Kingdom (issue 17, round 34).

Indonesian news writes "Inggris" for England and for the whole kingdom, and ``countries.tsv`` gives both one row; but
the kingdom fields no football side: England, Scotland, Wales and Northern Ireland field theirs. A bare "Inggris" its
own sentences read as a side ("Manajer Inggris", "Inggris menang 3-0 atas Latvia") links to England's side, never to
"Britania Raya"; one read as the state ("Pemerintah Inggris", "Perdana Menteri Inggris") stays the country.

The sentences are invented, in the outlets' style."""

from types import SimpleNamespace

from telisik.collection.linking import link_across
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.entities.side_reading import COUNTRY, SIDE
from telisik.nlp.entities.team_readings import country_reading, home_nation_sides, nation_side, team_readings


def _ent(text: str, name: str, kind: str, *forms: str) -> dict:
    """An article entity of ``text`` with a mention at each place one of its forms occurs, its reading set as the
    clusterer sets it."""
    mentions = []
    for form in forms or (name,):
        start = text.find(form)
        while start >= 0:
            mentions.append({"text": form, "start": start, "end": start + len(form)})
            start = text.find(form, start + 1)
    ent = {"name": name, "type": kind, "mentions": sorted(mentions, key=lambda m: m["start"])}
    reading = country_reading(default_lexicon(), text, ent)
    if reading:
        ent["reads_as"] = reading
    return ent


def _article(aid: str, text: str, *ents: tuple[str, ...]) -> SimpleNamespace:
    return SimpleNamespace(id=aid, entities=[_ent(text, name, kind, *forms) for name, kind, *forms in ents])


def _gid(article: SimpleNamespace, name: str) -> str | None:
    return next(e.get("global_id") for e in article.entities if e["name"] == name)


STATE = "Pemerintah Inggris menyepakati kerja sama dagang baru, kata Perdana Menteri Inggris Keir Starmer."
KINGDOM = "Indonesia dan Britania Raya menandatangani nota kesepahaman di London."
MANAGER = "Manajer Inggris Thomas Tuchel memanggil 26 pemain untuk laga kualifikasi Piala Dunia."
SCORE = "Inggris menang 3-0 atas Latvia di Stadion Wembley, London, Rabu malam."
CLUB = "Dua gol di babak pertama membawa wakil Inggris mengemas tiga poin perdana di Piala Dunia Antarklub."


def test_the_kingdom_fields_no_side_of_its_own():
    assert home_nation_sides()["Inggris"] == "Timnas Inggris"


def test_the_sentences_read_the_side_and_the_state():
    lex = default_lexicon()
    assert country_reading(lex, MANAGER, _ent(MANAGER, "Inggris", "LOC")) == SIDE
    assert country_reading(lex, CLUB, _ent(CLUB, "Inggris", "LOC")) == SIDE
    assert country_reading(lex, STATE, _ent(STATE, "Inggris", "LOC")) == COUNTRY


def test_a_lone_side_reading_of_inggris_is_englands_side():
    # a report naming no side's name and no other country: a side reading of any other country would be a stray cue
    ent = _ent(MANAGER, "Inggris", "LOC")
    reading = team_readings(default_lexicon(), [ent])[0]
    assert nation_side(ent, reading) == "Timnas Inggris"


def test_a_lone_side_reading_of_another_country_is_no_side():
    text = "Manajer Jepang memanggil 26 pemain untuk laga kualifikasi Piala Dunia."
    assert team_readings(default_lexicon(), [_ent(text, "Jepang", "LOC")]) == {}


def test_englands_football_joins_englands_side_never_the_kingdom():
    state = _article("a1", STATE, ("Inggris", "LOC"), ("Keir Starmer", "PER"))
    kingdom_named = _article("a0", KINGDOM, ("Britania Raya", "LOC"), ("Indonesia", "LOC"))
    manager = _article("a2", MANAGER, ("Inggris", "LOC"), ("Thomas Tuchel", "PER"))
    club = _article("a3", CLUB, ("Inggris", "LOC"))
    nickname = _article("a4", "The Three Lions menjamu Andorra akhir pekan ini.", ("The Three Lions", "ORG"))
    ents = link_across([kingdom_named, state, manager, club, nickname])
    kingdom = _gid(state, "Inggris")
    assert kingdom and _gid(kingdom_named, "Britania Raya") == kingdom
    side = _gid(manager, "Inggris")
    assert side and side != kingdom
    assert _gid(club, "Inggris") == side == _gid(nickname, "The Three Lions")
    assert next(e for e in ents if e.id == side).type == "ORG"


def test_a_match_with_an_opponent_links_inggris_to_englands_side():
    match = _article("b1", SCORE, ("Inggris", "LOC"), ("Latvia", "LOC"), ("London", "LOC"))
    state = _article("b2", STATE, ("Inggris", "LOC"))
    link_across([match, state])
    assert _gid(match, "Inggris") is not None
    assert _gid(match, "Inggris") != _gid(state, "Inggris")
    # Latvia fields its own side: no side is made up for it, it links to nothing
    assert _gid(match, "Latvia") is None


def test_inggris_as_a_place_stays_the_country():
    text = "Pertemuan itu berlangsung di Windsor, Inggris, pada Rabu."
    state = _article("c1", STATE, ("Inggris", "LOC"))
    place = _article("c2", text, ("Inggris", "LOC"), ("Windsor", "LOC"))
    link_across([state, place])
    assert _gid(place, "Inggris") == _gid(state, "Inggris") is not None
