"""A unit-head title's unit is no person and no part of one ("Kanit Gakkum", "Kabid Binpres Rina Marlina"), and an
officer whose name the model typed as a place or body after a rank ("AKP Ramses", "Inspektur Dua ...") is a person."""

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _persons(ents: dict[str, tuple[str, list[str]]]) -> set[str]:
    return {name for name, (kind, _) in ents.items() if kind == "PER"}


def test_a_unit_alone_after_a_unit_head_is_no_person(nlp):
    ents = entities(nlp, "Kakanwil Kemenagsu mengatakan, seluruh jemaah haji tiba dengan selamat di Medan.")
    assert "Kemenagsu" not in _persons(ents)


def test_a_unit_before_the_body_and_officer_is_no_person(nlp):
    ents = entities(nlp, "Kanit Gakkum Polres Sumedang, Ipda Budi Hartono, mengatakan kedua korban masih pelajar.")
    persons = _persons(ents)
    assert "Gakkum" not in persons
    assert "Budi Hartono" in persons


def test_the_holder_named_after_the_unit_keeps_only_the_name(nlp):
    ents = entities(nlp, "Kabid Binpres Rina Marlina mengatakan pelayanan paspor berjalan lancar sepekan ini.")
    persons = _persons(ents)
    assert "Rina Marlina" in persons
    assert not any("Binpres" in name for name in persons)


def test_a_name_with_no_unit_before_it_is_kept_whole(nlp):
    ents = entities(nlp, "Kabag Persidangan Andres Willy Simanjuntak membuka rapat paripurna itu.")
    assert "Andres Willy Simanjuntak" in _persons(ents)


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        ("Kasat Narkoba Polres Batu Bara, AKP Ramses, membenarkan penangkapan itu.", "Ramses"),
        ("Kanit Gakkum Satlantas Polres Cianjur, Inspektur Dua Dewi Lestari Nasution, mengatakan korban tewas.", "Dewi Lestari Nasution"),
    ],
)
def test_an_officer_after_a_rank_is_a_person(nlp, text, officer):
    ents = entities(nlp, text)
    assert ents[officer][0] == "PER"
    assert not any(name.startswith(("AKP", "Inspektur")) for name in ents)


def test_a_street_named_for_a_general_stays_a_place(nlp):
    ents = entities(nlp, "Warga berkumpul di jalan Brigjen Katamso sejak pagi.")
    assert not _persons(ents) & {"Katamso", "Brigjen Katamso"}
