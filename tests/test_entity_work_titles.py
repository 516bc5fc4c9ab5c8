import pytest

from entity_runs import article_entities as entities
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_a_song_or_film_title_after_its_word_is_no_entity(nlp):
    ents = entities(
        nlp,
        "Penyanyi Dewi Lestari membawakan lagu Pica Pica dalam sebuah konser di Surabaya. "
        "Sebelumnya ia juga bermain dalam film Materialists bersama Budi Santoso.",
    )
    assert "Pica Pica" not in ents and "Materialists" not in ents
    assert ents["Surabaya"][0] == "LOC"
    assert ents["Budi Santoso"][0] == "PER"


def test_a_quoted_title_and_its_other_mentions_after_cues_go_too(nlp):
    ents = entities(
        nlp,
        'Grup itu merilis video musik untuk lagu "Seoul City" di Jakarta. Video musik Seoul City ditonton jutaan kali.',
    )
    assert "Seoul City" not in ents
    assert ents["Jakarta"][0] == "LOC"


def test_a_singer_named_elsewhere_or_before_a_quoted_title_stays(nlp):
    ents = entities(
        nlp,
        'Video musik Rania Putri tayang di Jakarta. "Ini pengalaman baru," kata Rania Putri. '
        'Lagu Sinta Maharani "Hari Baik" diputar di latar belakang.',
    )
    assert ents["Rania Putri"][0] == "PER"
    assert ents["Sinta Maharani"][0] == "PER"


def test_a_name_after_an_occupation_or_a_known_place_stays(nlp):
    ents = entities(
        nlp,
        "Lagu itu ditulis oleh penulis lagu Klio Mathew di Bandung. Ia juga penggemar film Indonesia sejak kecil.",
    )
    assert ents["Klio Mathew"][0] == "PER"
    assert ents["Indonesia"][0] == "LOC"


def test_the_reporters_sign_off_closing_the_article_is_no_person(nlp):
    ents = entities(
        nlp,
        "Spanyol lolos ke babak perdelapan final setelah menang atas Turki di Nice. "
        "Pelatih Vicente del Bosque memuji para pemainnya. (Fitra Iskandar)",
    )
    assert "Fitra Iskandar" not in ents
    assert ents["Vicente del Bosque"][0] == "PER"


def test_a_person_named_in_the_story_keeps_a_closing_bracket(nlp):
    ents = entities(
        nlp,
        "Gol tunggal dicetak Andi Pratama pada menit ke-80. Pemain terbaik laga itu adalah sang kapten (Andi Pratama)",
    )
    assert ents["Andi Pratama"][0] == "PER"

