"""Cross-article links a researcher can trust (issue 17, round 32): a news network ("Tribun") or a site's channel
("detikNews") is not the site; a bare country name a sports report makes a national side links to the side the
article names, or to nothing, never to the country; and a person's span holds no thanks word ("Hatur nuhun Ryan
Kurnia") and no kin noun between two people ("Diarra Anak Alya Rohali")."""

from entity_runs import LinkedArticle, linked
from entity_runs import article_entities as entities
from telisik.collection.linking import EntityLinker, link_across
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.entities.team_readings import TeamReading, team_readings


def _ent(name: str, kind: str, *mentions: str) -> dict:
    return {"name": name, "type": kind, "mentions": [{"text": t} for t in (mentions or (name,))]}


# -- a network or a channel is not the site


def test_the_tribun_network_is_not_tribunnews(nlp):
    links = linked(
        nlp,
        "Laporan wartawan Tribun, Rina Ayu, dari Cibinong, Kabupaten Bogor.",
        "Dilansir Tribunnews, banjir juga merendam puluhan rumah di Depok, Senin.",
    )
    assert links[(0, "Tribun")] != links[(1, "Tribunnews")]


def test_a_sites_channel_is_not_the_portal_but_its_address_is():
    linker = EntityLinker()
    linker.add("a", [_ent("detikcom", "ORG")])
    linker.add("b", [_ent("detikNews", "ORG")])
    linker.add("c", [_ent("detik.com", "ORG")])
    ids = linker.global_ids()
    assert ids["a"]["1"] != ids["b"]["1"]
    assert ids["a"]["1"] == ids["c"]["1"]


def test_a_network_alias_is_its_own_gazetteer_name_and_the_site_keeps_its_address():
    lex = default_lexicon()
    assert lex.known("Tribun").name == "Tribun"
    assert lex.known("TRIBUNNEWS.COM").name == "Tribunnews"
    assert lex.known("detikNews").name == "detikNews"


# -- a country's name in a sports report


def test_the_side_the_article_names_takes_its_bare_country_name():
    readings = team_readings(
        default_lexicon(),
        [_ent("Timnas Indonesia", "ORG"), _ent("China", "LOC"), _ent("Timnas China", "ORG"), _ent("Jakarta", "LOC")],
    )
    assert readings == {1: TeamReading(2, "China")}


def test_a_sports_report_naming_another_side_leaves_the_country_unread():
    readings = team_readings(default_lexicon(), [_ent("Timnas Indonesia", "ORG"), _ent("Jepang", "LOC"), _ent("Bali", "LOC")])
    assert readings == {1: TeamReading(-1, "Jepang")}  # a province is no side


def test_a_report_without_a_side_reads_no_country_as_one():
    readings = team_readings(default_lexicon(), [_ent("Kementerian Perdagangan", "ORG"), _ent("China", "LOC"), _ent("Tim Hukum", "ORG")])
    assert readings == {}


def test_a_match_reports_china_joins_timnas_china_not_tiongkok():
    arts = [
        LinkedArticle("trade", [_ent("Tiongkok", "LOC"), _ent("Amerika Serikat", "LOC")]),
        LinkedArticle("match", [_ent("Timnas Indonesia", "ORG"), _ent("China", "LOC"), _ent("Timnas China", "ORG")]),
        LinkedArticle("coach", [_ent("Timnas China", "ORG"), _ent("Branko Ivankovic", "PER")]),
        LinkedArticle("talks", [_ent("China", "LOC", "China", "China")]),
    ]
    found = {e.name: e for e in link_across(arts)}
    match = {e["name"]: e["global_id"] for e in arts[1].entities}
    assert match["China"] == match["Timnas China"] == arts[2].entities[0]["global_id"]
    assert arts[0].entities[0]["global_id"] == arts[3].entities[0]["global_id"] != match["China"]
    # the side keeps its own name; the country's name is an alias of it
    assert "China" in found["Timnas China"].aliases and found["Timnas China"].type == "ORG"


def test_an_opponent_named_by_its_country_alone_links_to_no_country(nlp):
    links = linked(
        nlp,
        "Timnas Indonesia menang 1-0 atas Bahrain di Stadion Utama Gelora Bung Karno, Jakarta.",
        "Menteri Luar Negeri Bahrain bertemu Presiden Prabowo Subianto di Istana Merdeka, Jakarta.",
        "Skuad Timnas Indonesia mengalahkan Bahrain dalam laga kualifikasi Piala Dunia 2026.",
    )
    assert links[(0, "Bahrain")] != links[(1, "Bahrain")]
    # a side or a World Cup's host, as the sentence has it: no link at all
    assert links[(0, "Bahrain")] is None and links[(2, "Bahrain")] is None


def test_a_country_named_as_a_state_in_a_sports_report_stays_the_country():
    arts = [
        LinkedArticle("rights", [_ent("Indonesia", "LOC", "Republik Indonesia", "Indonesia")]),
        LinkedArticle("athletes", [_ent("Indonesia", "LOC", "Republik Indonesia", "Indonesia"), _ent("Timnas Indonesia", "ORG")]),
    ]
    link_across(arts)
    assert arts[0].entities[0]["global_id"] == arts[1].entities[0]["global_id"] != arts[1].entities[1]["global_id"]


# -- a person's span


def test_a_thanks_word_opens_no_name(nlp):
    ents = entities(nlp, '"Hatur Nuhun Ryan Kurnia. Dua musim berjuang bersama," tulis akun resmi Persib Bandung, Senin.')
    assert "Ryan Kurnia" in ents
    assert not any("uhun" in name for name in ents)


def test_a_thanks_alone_is_nobody(nlp):
    ents = entities(nlp, 'Klub mengunggah foto para pemain dengan tulisan besar "Matur Suwun", yang berarti terima kasih.')
    assert not any(kind == "PER" and "Suwun" in name for name, (kind, _) in ents.items())


def test_a_kin_noun_between_two_names_makes_two_people(nlp):
    ents = entities(nlp, "Momen Haru Diarra Anak Alya Rohali Diterima di Universitas Indonesia")
    assert ents.get("Alya Rohali", ("", []))[0] == "PER"
    assert not any("Anak" in name for name in ents)


def test_a_kin_noun_between_two_names_in_a_headline_splits_them(nlp):
    ents = entities(nlp, "Kabar Gembira Ashanty Istri Anang Hermansyah Jelang Lebaran")
    assert ents["Anang Hermansyah"][0] == "PER"
    assert not any("Istri" in name for name in ents)


def test_a_balinese_title_opening_with_a_kin_word_stays(nlp):
    ents = entities(nlp, "Upacara adat dipimpin Anak Agung Gde Agung di Puri Ubud, Gianyar, Minggu pagi.")
    assert any(name.startswith("Anak Agung") for name in ents)


def test_a_channel_named_after_its_owner_is_not_the_person(nlp):
    ents = entities(nlp, "Lagu itu diunggah kanal YouTube Ayu Lestari Official, Senin. Ayu Lestari mengaku senang lagunya diputar.")
    assert ents["Ayu Lestari Official"][0] == "ORG"
    assert ents["Ayu Lestari"][0] == "PER"


def test_the_state_investment_agency_is_no_part_of_its_chiefs_name(nlp):
    ents = entities(nlp, "CEO Danantara Rosan Roeslani hadir dalam rapat terbatas di Istana Kepresidenan, Selasa.")
    assert ents["Danantara"][0] == "ORG"
    assert "Rosan Roeslani" in ents and "Danantara Rosan Roeslani" not in ents


def test_a_broadcasters_national_channel_is_not_the_country(nlp):
    links = linked(
        nlp,
        "Dilansir Sky Sports Germany, Liverpool sudah menemukan pengganti striker asal Uruguay itu.",
        "Kanselir Jerman Friedrich Merz bertemu Presiden Prancis di Berlin.",
    )
    assert (0, "Germany") not in links
    assert (0, "Sky Sports Germany") in links


def test_a_federal_state_named_by_its_class_links_nowhere(nlp):
    links = linked(
        nlp,
        "Garda Nasional dikerahkan ke Negara Bagian California, Amerika Serikat.",
        "Gubernur Negara Bagian Texas menandatangani undang-undang baru.",
    )
    kept = [gid for (i, name), gid in links.items() if name == "Negara Bagian"]
    assert len(kept) == len(set(kept))


def test_initials_after_a_role_noun_in_a_report_of_initials_are_no_country(nlp):
    ents = entities(
        nlp,
        "Polisi menangkap pelaku berinisial SG di Denpasar. Kemudian tersangka RI ditangkap di wilayah Polda Sumut, Selasa.",
    )
    assert ents["RI"][0] == "PER"
    assert "Indonesia" not in ents and "Republik Indonesia" not in ents


def test_the_republics_short_form_stays_the_country_in_a_report_without_initials(nlp):
    ents = entities(nlp, "Tersangka korupsi itu menjabat di Kejaksaan Agung RI sejak 2019.")
    assert not any(kind == "PER" and "RI" in forms for kind, forms in ents.values())
