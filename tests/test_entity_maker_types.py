"""A maker of cars or goods named alone is an organisation, even in a list of brands the recogniser reads as people
or places; a person whose surname is a maker's keeps the name alone."""

from entity_runs import article_entities as entities


def test_makers_listed_alone_are_organisations(nlp):
    ents = entities(
        nlp,
        "Pameran otomotif itu diikuti banyak merek. Kendaraan niaga: Hino, Isuzu, Subaru dan Mazda. Volkswagen "
        "juga membuka gerai di Surabaya.",
    )
    for maker in ("Isuzu", "Subaru", "Mazda", "Volkswagen"):
        assert ents[maker][0] == "ORG", maker


def test_a_player_named_by_a_makers_name_stays_a_person(nlp):
    ents = entities(nlp, "Gelandang Keisuke Honda mencetak gol kedua. Honda lalu berlari ke arah penonton di Osaka.")
    assert ents["Keisuke Honda"][0] == "PER"
    assert "ORG" not in {kind for name, (kind, _) in ents.items() if "Honda" in name}
