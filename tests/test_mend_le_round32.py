"""Mends of review `le` (round 32) to the links of a59b0a8: the capitals after a role noun in a report of initials are
initials only where they can be a name (not "tahanan KPK", "korban TPPO", "tersangka WNA"); only a team named by its
country is a national side ("Tim Peneliti Universitas Indonesia" and "Timnas AMIN" are none); an article that names
its own country's side, and no other country, reads its bare country as the country ("Ekonomi Indonesia"); and a bare
country name that links to nothing gets no entity of its own across articles."""

from entity_runs import LinkedArticle
from entity_runs import article_entities as entities
from telisik.collection.linking import link_across
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.entities.team_readings import side_of, team_readings


def _ent(name: str, kind: str, *mentions: str) -> dict:
    return {"name": name, "type": kind, "mentions": [{"text": t} for t in (mentions or (name,))]}


def _kinds(ents: dict, text: str) -> set[str]:
    """The types of the entities that have a mention written ``text``."""
    return {kind for kind, forms in ents.values() if text in forms}


# -- 1. a role noun before an organisation's or a common noun's capitals


def test_the_anti_graft_body_after_a_role_noun_stays_an_organisation(nlp):
    ents = entities(
        nlp, "KPK menahan tersangka berinisial AS. Tersangka kini menjadi tahanan KPK selama 20 hari. Juru bicara KPK membenarkan."
    )
    assert _kinds(ents, "KPK") == {"ORG"}
    assert ents["AS"][0] == "PER"


def test_foreigners_and_citizens_after_a_role_noun_are_nobody(nlp):
    ents = entities(
        nlp,
        "Polisi menangkap pelaku berinisial RD di Kuta. Tersangka WNA asal Nigeria itu menipu korban WNI lewat aplikasi.",
    )
    assert "PER" not in _kinds(ents, "WNA") | _kinds(ents, "WNI")
    assert ents["RD"][0] == "PER"


def test_victims_of_trafficking_are_no_person(nlp):
    ents = entities(nlp, "Polda Jatim menangkap pelaku berinisial MS. Ia diduga menjual korban TPPO ke Malaysia.")
    assert "PER" not in _kinds(ents, "TPPO")


def test_the_common_short_forms_are_no_entities():
    lex = default_lexicon()
    for short in ("ODGJ", "TPPO", "KDRT", "WNA"):
        assert lex.non_person_acronym(short), short


# -- 2. only a team named by its country is a side


def test_a_team_that_names_a_country_inside_a_longer_name_is_no_side():
    lex = default_lexicon()
    nicknames = {t.nickname: t.country for t in lex.team_nicknames}
    assert side_of(lex, "Tim Peneliti Universitas Indonesia", nicknames) == (False, "")
    assert side_of(lex, "Tim Ekonomi Jepang", nicknames) == (False, "")
    assert side_of(lex, "Timnas AMIN", nicknames) == (False, "")
    assert side_of(lex, "Timnas Putri Jepang", nicknames) == (True, "Jepang")
    assert side_of(lex, "Timnas Indonesia U-23", nicknames) == (True, "Indonesia")
    assert side_of(lex, "Timnas Futsal U-17", nicknames) == (True, "")  # the article's own country's side


def test_a_campaign_team_makes_no_sports_report():
    arts = [
        LinkedArticle("pol", [_ent("Timnas AMIN", "ORG"), _ent("Anies Baswedan", "PER"), _ent("Amerika Serikat", "LOC")]),
        LinkedArticle("dagang", [_ent("Amerika Serikat", "LOC"), _ent("Kementerian Perdagangan", "ORG")]),
    ]
    link_across(arts)
    assert arts[0].entities[2].get("global_id") == arts[1].entities[0]["global_id"]


def test_a_research_team_does_not_take_the_country():
    readings = team_readings(default_lexicon(), [_ent("Tim Peneliti Universitas Indonesia", "ORG"), _ent("Indonesia", "LOC")])
    assert readings == {}


# -- 3. an article naming only its own country's side


def test_the_country_beside_its_own_side_alone_stays_the_country():
    # with another country named it is a match report, which still reads both sides (its test is in test_cross_article_links)
    readings = team_readings(default_lexicon(), [_ent("Erick Thohir", "PER"), _ent("Timnas Indonesia", "ORG"), _ent("Indonesia", "LOC")])
    assert readings == {}


# -- 4. a bare country name that links to nothing


def test_an_unread_country_gets_no_entity_of_its_own():
    arts = [LinkedArticle(f"laga{n}", [_ent("Timnas Indonesia", "ORG"), _ent("Jepang", "LOC")]) for n in range(3)] + [
        LinkedArticle("dagang", [_ent("Jepang", "LOC")])
    ]
    found = link_across(arts)
    assert [e.name for e in found].count("Jepang") == 1
    assert all(a.entities[1].get("global_id") is None for a in arts[:3])


# -- 5. a closed story looked at for a copy that does not join it stays closed


def test_a_copy_told_of_another_place_leaves_the_closed_story_slim():
    from telisik.stories.cluster import ClosedStory, ClusterConfig, StoryClusterer
    from test_scale_round32 import QUAKE, QUAKE_TITLE, _day, _filler

    clusterer = StoryClusterer(ClusterConfig(window_days=3))
    clusterer.add({"id": "garut-a", "outlet": "detik.com", "title": QUAKE_TITLE, "body": QUAKE, "published": _day(0)})
    _filler(clusterer, 2)
    # undated: its signature outlives the story, so a later copy finds the story closed
    clusterer.add({"id": "garut-salinan", "outlet": "jabar.example", "title": QUAKE_TITLE, "body": QUAKE + " Sumber: BMKG."})
    sid = clusterer.story_of["garut-a"]
    _filler(clusterer, 5)
    assert isinstance(clusterer.stories[sid], ClosedStory)
    elsewhere = QUAKE.replace("Garut", "Sukabumi").replace("Cisewu", "Cikembar")
    clusterer.add(
        {
            "id": "sukabumi",
            "outlet": "garut.example",
            "title": QUAKE_TITLE.replace("Garut", "Sukabumi"),
            "body": elsewhere + " Sumber: BMKG.",
            "published": _day(5),
        }
    )
    assert clusterer.story_of["sukabumi"] != sid
    assert isinstance(clusterer.stories[sid], ClosedStory)


def test_a_rank_after_a_role_noun_is_no_initials(nlp):
    ents = entities(
        nlp, "Polisi menangkap pelaku berinisial SG di Medan. Penyidik menyerahkan tersangka AKBP Fajar Lukman ke kejaksaan, Selasa."
    )
    assert "PER" not in _kinds(ents, "AKBP")
    assert ents["SG"][0] == "PER"
