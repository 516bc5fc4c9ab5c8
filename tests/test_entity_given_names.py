"""Given names (``lang/id/given_names.txt``, built by ``scripts/build_given_names.py``) tell where a person's
name starts: a body run into the name after it splits off, a given name before a place's name is no person of
that place; a short form written before two places names two bodies; a results table's country column is
no part of a rider's name (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from entity_runs import article_entities as entities
from script_loader import load_script
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.pipeline import build_pipeline

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()



def test_the_list_holds_given_names_not_places_or_clubs():
    given = default_lexicon().given_names
    assert {"michael", "brian", "joan", "muhammad", "jordan"} <= given
    assert not {"liverpool", "jakarta", "indonesia", "presiden", "washington"} & given


def test_a_given_name_before_a_countrys_name_is_one_persons_name(nlp):
    found = entities(nlp, "Ia ingin mengikuti jejak para legenda basket dunia seperti Michael Jordan dan Magic Johnson.")
    assert found["Michael Jordan"][0] == "PER"
    assert "Yordania" not in found


def test_a_country_that_is_a_given_name_too_opens_a_persons_name(nlp):
    found = entities(nlp, "Untuk menghindari kesalahan, Jordan Carter, direktur penjualan perkebunan itu, membeberkan triknya.")
    assert found["Jordan Carter"][0] == "PER"
    assert "Yordania" not in found


def test_a_company_the_article_names_splits_off_its_chiefs_name(nlp):
    found = entities(
        nlp,
        "CEO Coinbase Brian Armstrong mengatakan pasar kripto sedang tumbuh. Coinbase adalah bursa kripto terbesar di AS.",
    )
    assert found["Brian Armstrong"] == ("PER", ["Brian Armstrong"])
    assert found["Coinbase"][0] == "ORG"


def test_a_team_acronym_splits_off_its_riders_name(nlp):
    found = entities(nlp, "Hasil ini diikuti oleh pembalap HRC Joan Mir dan Franco Morbidelli dari tim VR46.")
    assert found["Joan Mir"][0] == "PER"
    assert "HRC Joan Mir" not in found


def test_a_name_without_a_body_before_it_stays_whole(nlp):
    # "Rivan" opens no person's name in the NER sets, but nothing says it is a body either
    found = entities(nlp, "Direktur Utama Rivan Achmad Purwantono meninjau lokasi banjir di Bekasi.")
    assert "Rivan Achmad Purwantono" in found
    assert "Rivan" not in found


def test_a_short_form_before_two_places_names_two_teams(nlp):
    found = entities(
        nlp,
        "Tiga pemain dijagokan jadi starter di laga Tim Nasional (Timnas) Indonesia vs Jepang. Timnas Indonesia "
        "menang atas China. Ia akan menjadi starter saat melawan Samurai Biru, julukan Timnas Jepang.",
    )
    assert "Timnas Indonesia" in found and "Timnas Jepang" in found
    assert "Timnas Indonesia" not in found["Timnas Jepang"][1]


def test_the_build_script_keeps_names_that_open_persons_and_drops_those_of_places(tmp_path):
    build = load_script("build_given_names", REPO / "scripts" / "build_given_names.py")
    bio = tmp_path / "x.txt"
    bio.write_text("Michael\tB-PERSON\nJordan\tI-PERSON\nke\tO\nJordan\tB-PLACE\n\nLiverpool\tB-ORGANISATION\n", encoding="utf-8")
    spans = list(build._spans(bio, "\t", 1))
    assert spans == [("PERSON", ["Michael", "Jordan"]), ("PLACE", ["Jordan"]), ("ORGANISATION", ["Liverpool"])]
    first = build.Counter({"michael": 5, "jordan": 4, "agus": 3, "yang": 9})
    other = build.Counter({"jordan": 3, "michael": 1})
    assert build.given_names(first, other, {"yang"}, 3, 0.25) == ["agus", "michael"]


def test_the_hajj_sites_are_places_and_two_known_ones_carry_their_list(nlp):
    found = entities(
        nlp,
        "Seluruh jemaah telah menyelesaikan puncak haji di Arafah, Muzdalifah, dan Mina. "
        "Jemaah yang berangkat terpisah dari Madinah bisa disatukan lagi di Makkah.",
    )
    assert {found[n][0] for n in ("Arafah", "Muzdalifah", "Mina", "Madinah", "Makkah")} == {"LOC"}


def test_a_person_called_mina_stays_a_person(nlp):
    # "Mina" is a given name too: the gazetteer leaves it out, and no list of places surrounds her here
    found = entities(nlp, "Dalam drama itu, Mina dan Jae-won akhirnya berbaikan setelah bertengkar hebat.")
    assert found.get("Mina", ("PER",))[0] == "PER"


def test_a_results_tables_country_column_is_cut_off_the_riders_names(nlp):
    found = entities(
        nlp,
        "Hasil FP1 MotoGP Aragon:\n\n1. Marc Marquez SPA Ducati Lenovo Team\n\n2. Alex Marquez SPA Gresini Racing\n\n"
        "3. Johann Zarco FRA Castrol Honda LCR\n\n4. Fabio Quartararo FRA Monster Yamaha\n",
    )
    assert {"Marc Marquez", "Alex Marquez", "Johann Zarco", "Fabio Quartararo"} <= set(found)
    assert not [name for name in found if name.startswith(("Johann Zarco ", "Fabio Quartararo "))]


def test_an_honorific_after_one_persons_name_keeps_the_name_whole(nlp):
    # no country code is cut here: the honorific goes as a title does (``honorific_suffixes``), the name stays whole
    found = entities(nlp, "Nabi Muhammad SAW bersabda tentang keutamaan puasa di bulan Syawal.")
    assert "Nabi Muhammad" in found or "Muhammad" in found
    assert not any("SAW" in name for name in found)
