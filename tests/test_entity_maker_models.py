"""A maker's or an organisation's bare name is no short name of a longer name whose other words are a model
("Huawei Nova 13 Pro") or a figure glued on ("Denza 3.965"); a figure glued on does not name the entity."""

from telisik.nlp.entities import SpanMention, canonical_name, cluster_mentions
from telisik.nlp.entities.lexicon import default_lexicon


def _names(mentions: list[SpanMention]) -> list[set[str]]:
    return [{m.text for m in c.mentions} for c in cluster_mentions(mentions, lex=default_lexicon())]


def test_a_maker_is_not_folded_into_its_phone():
    groups = _names([SpanMention("Huawei", 0, 6, "ORG"), SpanMention("Huawei Nova 13 Pro", 30, 48, "ORG")])
    assert {"Huawei"} in groups and {"Huawei Nova 13 Pro"} in groups


def test_a_name_is_not_folded_into_a_figure_glued_to_it():
    groups = _names([SpanMention("Denza", 0, 5, "ORG"), SpanMention("Denza 3.965", 30, 41, "ORG")])
    assert {"Denza"} in groups
    groups = _names([SpanMention("Sinarmas", 0, 8, "ORG"), SpanMention("Sinarmas 1.250", 30, 44, "ORG")])
    assert {"Sinarmas"} in groups


def test_a_makers_own_body_and_a_clubs_short_name_still_fold():
    # guards: no model or figure after the first word
    assert _names([SpanMention("Jaecoo", 0, 6, "ORG"), SpanMention("Jaecoo Indonesia", 30, 46, "ORG")]) == [{"Jaecoo", "Jaecoo Indonesia"}]
    assert _names([SpanMention("Persib Bandung", 0, 14, "ORG"), SpanMention("Persib", 30, 36, "ORG")]) == [{"Persib Bandung", "Persib"}]


def test_a_figure_glued_to_a_name_does_not_name_it():
    assert canonical_name(["Denza 3.965", "Denza", "Denza"]) == "Denza"
    assert canonical_name(["Liga 1", "Liga"]) == "Liga 1"  # a bare number may be part of a name


def test_a_maker_beside_a_bare_series_and_a_model_stays_alone():
    # "Nova" alone is no known model (a given name); the numbered model beside it keeps the maker apart all the same
    groups = _names(
        [SpanMention("Huawei", 0, 6, "ORG"), SpanMention("Huawei Nova", 20, 31, "ORG"), SpanMention("Huawei Nova 14", 40, 54, "ORG")]
    )
    assert {"Huawei"} in groups
