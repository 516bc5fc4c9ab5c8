"""A name with the next word glued to it ("Rara Sekarwangidi Bali") is the name the article writes alone elsewhere;
a longer name whose rest is no word ("Noviyanti" beside "Novi") and a known place stay whole."""

from entity_runs import article_entities as entities


def test_a_name_glued_to_a_small_word_is_the_name_written_alone(nlp):
    ents = entities(
        nlp,
        "Penyanyi Rara Sekarwangi merayakan ulang tahunnya bersama keluarga. Momen sederhana Rara Sekarwangidan "
        "keluarganya dibagikan lewat unggahan di media sosial. Rara Sekarwangi mengaku bahagia.",
    )
    assert not [name for name in ents if name.startswith("Rara Sekarwangi") and name != "Rara Sekarwangi"]
    assert ents["Rara Sekarwangi"][0] == "PER"
    assert "Rara Sekarwangi" in ents["Rara Sekarwangi"][1]
    assert len(ents["Rara Sekarwangi"][1]) == 3


def test_a_verb_glued_after_a_surname_is_cut_off(nlp):
    ents = entities(
        nlp,
        "Kreator konten Dimas Prawirojadi sorotan setelah videonya viral. Sebelumnya Dimas Prawiro dikenal lewat video lucu di Surabaya.",
    )
    assert "Dimas Prawirojadi" not in ents
    assert ents["Dimas Prawiro"][0] == "PER"


def test_a_longer_name_whose_rest_is_no_word_stays(nlp):
    ents = entities(
        nlp,
        "Novi Anggraini datang bersama Noviyanti ke Bandung. Noviyanti mengatakan Novi adalah sepupunya.",
    )
    mentions = [m for _, ms in ents.values() for m in ms]
    assert mentions.count("Noviyanti") == 2


def test_a_known_place_stays_whole(nlp):
    ents = entities(nlp, "Timnas Poland tiba di Warsawa. Warga Polandia menyambut timnya di bandara.")
    mentions = [m for _, ms in ents.values() for m in ms]
    assert "Polandia" in mentions


def test_a_suffix_written_solid_is_no_glue(nlp):
    ents = entities(
        nlp,
        "Kementerian Kesehatan meminta warga divaksin, kata Budi Santoso. Di Singapura, Kementerian Kesehatannya "
        "menganjurkan hal yang sama.",
    )
    assert ents["Kementerian Kesehatan"][1] == ["Kementerian Kesehatan"]


def test_a_given_name_ending_like_a_word_is_another_person(nlp):
    # "Wahyudi" is a name of its own, not "Wahyu" with "di" glued on
    ents = entities(nlp, "Wahyu mengatakan tetangganya, Wahyudi, melihat kejadian itu. Wahyu lalu melapor ke polisi.")
    mentions = [m for _, ms in ents.values() for m in ms]
    assert "Wahyudi" in mentions


def test_a_name_ending_in_dari_beside_its_short_form_stays(nlp):
    ents = entities(nlp, "Wulan dan kakaknya Wulandari menghadiri acara itu. Wulan tersenyum.")
    mentions = [m for _, ms in ents.values() for m in ms]
    assert "Wulandari" in mentions
