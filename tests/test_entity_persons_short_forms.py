"""A person named in full and later by one word of the name keeps that word, even where the gazetteer knows the
word as a place; where the article writes the word as a place ("di Washington"), it stays the place."""

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.entities import SpanMention, cluster_mentions
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_a_persons_surname_the_gazetteer_knows_as_a_place_is_the_person(nlp):
    ents = entities(
        nlp,
        "Mantan gelandang Jepang Shinji Kagawa resmi pensiun pada usia 36 tahun. "
        "Kagawa mengatakan keputusan itu sudah dipikirkan sejak musim lalu.",
    )
    person = next(name for name, (kind, _) in ents.items() if "Shinji Kagawa" in name)
    assert ents[person][0] == "PER"
    assert ents[person][1].count("Kagawa") == 1
    assert "Kagawa" not in ents


def test_the_word_written_as_a_place_stays_the_place(nlp):
    ents = entities(
        nlp,
        "Aktor Denzel Washington menerima penghargaan pada Senin malam. Upacara itu berlangsung di Washington "
        "dan dihadiri ratusan tamu undangan.",
    )
    assert ents["Washington"][0] == "LOC"


def _cluster_of(text: str, mentions: list[SpanMention]) -> list[list[str]]:
    return [[m.text for m in c.mentions] for c in cluster_mentions(mentions, text=text)]


def _mentions(text: str, spans: list[tuple[str, str]]) -> list[SpanMention]:
    out, at = [], 0
    for words, label in spans:
        start = text.index(words, at)
        out.append(SpanMention(words, start, start + len(words), label))
        at = start + len(words)
    return out


def test_clusters_join_the_surname_only_after_the_full_name_and_without_a_place_cue():
    text = "Kapolri Badrodin Haiti meninjau lokasi. Haiti menegaskan tidak ada korban."
    clusters = _cluster_of(text, _mentions(text, [("Badrodin Haiti", "PER"), ("Haiti", "LOC")]))
    assert clusters == [["Badrodin Haiti", "Haiti"]]
    # the place before the person: no person was named yet when the article wrote it
    text = "Gempa melanda Haiti pekan lalu. Kapolri Badrodin Haiti mengirim bantuan."
    clusters = _cluster_of(text, _mentions(text, [("Haiti", "LOC"), ("Badrodin Haiti", "PER")]))
    assert clusters == [["Haiti"], ["Badrodin Haiti"]]
    # one mention written as a place keeps every bare mention the place
    text = "Badrodin Haiti bertemu duta besar asal Haiti. Haiti menyambut baik kerja sama itu."
    clusters = _cluster_of(text, _mentions(text, [("Badrodin Haiti", "PER"), ("Haiti", "LOC"), ("Haiti", "LOC")]))
    assert clusters == [["Badrodin Haiti"], ["Haiti", "Haiti"]]
    # a phrase the model misread as a person is no full name: its last word stays the country
    text = "Pesawat jemaah haji Mauritania jatuh. Mauritania membantah kabar itu."
    clusters = _cluster_of(text, _mentions(text, [("Pesawat jemaah haji Mauritania", "PER"), ("Mauritania", "LOC")]))
    assert clusters == [["Pesawat jemaah haji Mauritania"], ["Mauritania"]]


def test_a_full_name_read_once_as_a_place_and_once_as_a_person_still_takes_its_surname():
    text = "Tembakan Khvicha Kvaratskhelia ditepis kiper. Tendangan bebas Kvaratskhelia melambung. Khvicha Kvaratskhelia diganti."
    mentions = _mentions(text, [("Khvicha Kvaratskhelia", "LOC"), ("Kvaratskhelia", "ORG"), ("Khvicha Kvaratskhelia", "PER")])
    assert _cluster_of(text, mentions) == [["Khvicha Kvaratskhelia", "Kvaratskhelia", "Khvicha Kvaratskhelia"]]
    # a name the model read as a place more often than as a person takes no bare word
    text = "Kota Malang Raya diguyur hujan. Malang Raya macet. Warga Malang Raya mengeluh. Malang sepi."
    mentions = _mentions(text, [("Malang Raya", "LOC"), ("Malang Raya", "LOC"), ("Malang Raya", "PER"), ("Malang", "ORG")])
    assert ["Malang"] in _cluster_of(text, mentions)


def test_a_museum_named_for_a_person_is_the_museum_and_the_bare_surname_the_person(nlp):
    ents = entities(
        nlp,
        "Patung marmer karya Auguste Rodin itu kini disimpan di Musée Rodin, Paris. "
        "Rodin memahatnya pada akhir abad ke-19, kata kurator Musée Rodin kepada wartawan.",
    )
    assert ents["Musée Rodin"][0] == "ORG"
    assert "Rodin" not in ents["Musée Rodin"][1]
