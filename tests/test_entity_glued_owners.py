"""Owners glued to people, names typed by their last word or their head, and number plates (issues 15 and 17)."""

import pytest
import spacy
from spacy.tokens import Span

from telisik.nlp.entities.context_types import (
    place_contexts,
    split_glued_owners,
    with_tail_types,
    without_codes,
    without_portfolios,
)
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _spans(text: str, labelled: list[tuple[str, str]]):
    """The doc of ``text`` and a span for each (words, label), found by its words, each after the one before."""
    doc = spacy.blank("id")(text)
    words = [t.text for t in doc]
    spans, at = [], 0
    for phrase, label in labelled:
        parts = phrase.split()
        start = next(i for i in range(at, len(words)) if words[i : i + len(parts)] == parts)
        spans.append(Span(doc, start, start + len(parts), label=label))
        at = start + len(parts)
    return doc, spans


def _typed(spans):
    return [(s.text, s.label_) for s in spans]


def test_a_country_run_into_its_player_is_split_where_the_player_is_named_alone(lex):
    doc, spans = _spans(
        "Gelandang Swedia Kim Kallstrom mencetak gol. Kim Kallstrom kini bermain di Lyon.",
        [("Swedia Kim Kallstrom", "LOC"), ("Kim Kallstrom", "PER"), ("Lyon", "LOC")],
    )
    assert _typed(split_glued_owners(lex, spans)) == [
        ("Swedia", "LOC"),
        ("Kim Kallstrom", "PER"),
        ("Kim Kallstrom", "PER"),
        ("Lyon", "LOC"),
    ]


def test_a_club_the_article_names_alone_is_cut_off_a_players_surname(lex):
    doc, spans = _spans(
        "Striker Botafogo Jesus mencetak gol. Botafogo menang, dan Igor Jesus jadi pahlawan.",
        [("Botafogo Jesus", "PER"), ("Botafogo", "ORG"), ("Igor Jesus", "PER")],
    )
    assert _typed(split_glued_owners(lex, spans))[:2] == [("Botafogo", "ORG"), ("Jesus", "PER")]


def test_a_person_whose_first_name_is_a_place_stays_whole(lex):
    # the other span repeats the name, or holds the place's word as the person's own
    doc, spans = _spans(
        "Paris Hilton tiba. Paris Hilton tersenyum. Georgia Mayang datang bersama Georgia Putri Mayang.",
        [("Paris Hilton", "PER"), ("Paris Hilton", "PER"), ("Georgia Mayang", "PER"), ("Georgia Putri Mayang", "PER")],
    )
    assert _typed(split_glued_owners(lex, spans)) == _typed(spans)


def test_a_place_before_a_name_nobody_else_carries_stays_one_name(lex):
    doc, spans = _spans("Warga Wina Seibersdorf berkumpul di Austria.", [("Wina Seibersdorf", "LOC"), ("Austria", "LOC")])
    assert _typed(split_glued_owners(lex, spans)) == _typed(spans)


def test_a_body_or_place_word_at_the_end_gives_the_type(lex):
    doc, spans = _spans(
        "Saham Erajaya Group naik, kata analis Mirae Asset Sekuritas Nafan Aji usai laga di Bosuil Stadium.",
        [("Erajaya Group", "PER"), ("Mirae Asset Sekuritas", "PER"), ("Nafan Aji", "PER"), ("Bosuil Stadium", "PER")],
    )
    assert _typed(with_tail_types(lex, spans)) == [
        ("Erajaya Group", "ORG"),
        ("Mirae Asset Sekuritas", "ORG"),
        ("Nafan Aji", "PER"),
        ("Bosuil Stadium", "LOC"),
    ]


def test_a_number_plates_letters_are_no_country(lex):
    doc, spans = _spans(
        "Truk bernopol W 8715 UK menabrak motor, kata Duta Besar UK untuk Indonesia.",
        [("UK", "LOC"), ("UK", "LOC"), ("Indonesia", "LOC")],
    )
    assert [(s.text, s.start) for s in without_codes(lex, spans)] == [("UK", spans[1].start), ("Indonesia", spans[2].start)]


def test_a_hospital_named_after_a_person_a_court_and_the_red_cross_are_bodies(nlp):
    doc = nlp(
        "Korban dirawat di RS Cipto Mangunkusumo, Jakarta. Ia pernah bertugas di PN Jakata Selatan sebelum dipindah. "
        "Relawan dari Palang Merah Amerika tiba di lokasi."
    )
    types = {e.name: e.type for e in doc._.entities}
    assert types.get("RS Cipto Mangunkusumo") == "ORG"
    assert types.get("PN Jakata Selatan") == "ORG"
    assert types.get("Palang Merah Amerika") == "ORG"
    assert "Cipto Mangunkusumo" not in types


def test_a_cathedral_is_a_place_where_the_model_reads_a_person(nlp):
    doc = nlp(
        "Nikolai mengatakan Katedral St Sophia adalah tempat suci. "
        "Kepala museum Maria Lenko menyebut Katedral Santo Mikhail rusak parah akibat ledakan."
    )
    types = {e.name: e.type for e in doc._.entities}
    assert types.get("Katedral St Sophia") == "LOC"
    assert types.get("Katedral Santo Mikhail") == "LOC"


def test_head_flags_combine_and_survive_the_saved_lexicon(lex):
    # "Sirkuit" is both a head a place may drop ("sirkuit Mugello" is Mugello) and a firm one
    assert lex.optional_heads.get("sirkuit") == "optional"
    assert "Sirkuit" in lex.firm_heads and "Kota" not in lex.firm_heads
    saved = type(lex).from_json(lex.to_json())
    assert saved.firm_heads == lex.firm_heads and saved.name_tails == lex.name_tails
    assert saved.name_tails["stadium"] == "LOC"


def test_a_hospital_name_running_into_a_place_is_not_cut_before_it(nlp):
    doc = nlp("Dokter spesialis penyakit dalam di RS EMC Alam Sutera, Tangerang, menjelaskan gejalanya.")
    types = {e.name: e.type for e in doc._.entities}
    assert types.get("RS EMC Alam Sutera") == "ORG"
    assert "Alam Sutera" not in types


def test_where_a_journey_starts_is_a_place_but_a_statements_source_is_not(lex):
    doc, spans = _spans(
        "Helikopter itu berangkat dari Dehradun pagi tadi, sedangkan kritik datang dari Rahmat Hidayat.",
        [("Dehradun", "PER"), ("Rahmat Hidayat", "PER")],
    )
    out = place_contexts(lex, doc, spans, lex.place_prepositions)
    assert _typed(out) == [("Dehradun", "LOC"), ("Rahmat Hidayat", "PER")]


def test_a_titles_portfolio_is_no_part_of_the_ministers_name(lex):
    doc, spans = _spans(
        "Menteri Perindustrian Agus Gumiwang hadir bersama Menteri Ketenagakerjaan Yassierli dan pengacara Keenan Nasution.",
        [("Perindustrian Agus Gumiwang", "PER"), ("Ketenagakerjaan Yassierli", "PER"), ("Keenan Nasution", "PER")],
    )
    assert _typed(without_portfolios(lex, doc, spans)) == [
        ("Agus Gumiwang", "PER"),
        ("Yassierli", "PER"),
        ("Keenan Nasution", "PER"),
    ]


def test_a_portfolio_shaped_word_opens_a_name_where_no_title_stands_before_it(lex):
    doc, spans = _spans("Kata Perwiraan Santoso kepada wartawan.", [("Perwiraan Santoso", "PER")])
    assert _typed(without_portfolios(lex, doc, spans)) == [("Perwiraan Santoso", "PER")]
