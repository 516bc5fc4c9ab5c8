"""A body's short and long forms are one name to the story clustering.

One outlet writes "Basarnas", another "Badan SAR Nasional"; one "KPK", another "Komisi Pemberantasan Korupsi".
Their reports of one happening share that name all the same (``similarity.name_term``). The articles are short
Indonesian texts written for these tests.
"""

from __future__ import annotations

import pytest

from telisik.stories import cluster
from telisik.stories.cluster import cluster_articles
from telisik.stories.similarity import name_term
from telisik.text import fold_name


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("KPK", "Komisi Pemberantasan Korupsi"),  # initials of a body's long name (body_head_words.txt)
        ("BPOM", "Badan Pengawas Obat dan Makanan"),  # the little words left out
        ("Kemenkes", "Kementerian Kesehatan RI"),  # a ministry's syllables (body_short_forms.tsv), its nation left out
        ("Basarnas", "Badan SAR Nasional"),
        ("Basarnas", "Badan Nasional Pencarian dan Pertolongan"),  # the gazetteer's long form
        ("Polda Sumut", "Polda Sumatera Utara"),  # a body of a place named by the place's short form (the gazetteer's)
        ("Gag Nikel", "PT Gag Nikel Tbk"),  # a company's legal form
    ],
)
def test_short_and_long_forms_are_one_term(short, long):
    assert name_term(short) == name_term(long)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Mahkamah Konstitusi", "Majelis Kehormatan"),  # two initials ("MK") name too many things to stand for a body
        ("Komisi Pemberantasan Korupsi", "Komisi Pemilihan Umum"),
        ("Polda Sumut", "Polda Sumbar"),
        ("Prabowo Subianto", "Prabowo"),  # people are not bodies: the names stage reads their short forms
    ],
)
def test_other_names_stay_apart(one, other):
    assert name_term(one) != name_term(other)


def test_a_name_with_no_short_form_is_its_folded_self():
    assert name_term("Kapal Motor Sinar Bahari") == fold_name("Kapal Motor Sinar Bahari")


SEARCH = (
    "Tim gabungan Basarnas masih mencari dua nelayan yang hilang setelah perahu mereka terbalik dihantam ombak "
    "di perairan Tanjung Kelor, Minggu. Pencarian hari kedua menyisir sepuluh mil laut dengan perahu karet. "
    "Keluarga nelayan menunggu kabar di dermaga sejak pagi."
)
SEARCH_TOLD_AGAIN = (
    "Dua nelayan Tanjung Kelor belum ditemukan. Badan SAR Nasional mengerahkan kapal cepat dan perahu karet "
    "untuk menyisir lokasi perahu terbalik. Cuaca buruk dan gelombang tinggi menghambat pencarian, kata petugas."
)


def _report(id_: str, outlet: str, title: str, body: str, body_name: str) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": "2025-06-10T09:00:00+07:00",
        "entities": [{"name": body_name, "type": "ORG", "mentions": 2}],
    }


SHORT = _report("a", "Kabar Pesisir", "Basarnas Cari Dua Nelayan Hilang", SEARCH, "Basarnas")
LONG = _report("b", "Warta Bahari", "Pencarian Nelayan Hilang Hari Kedua", SEARCH_TOLD_AGAIN, "Badan SAR Nasional")


def test_two_outlets_naming_one_body_by_its_two_forms_tell_one_story():
    stories = cluster_articles([SHORT, LONG])
    assert stories["a"] == stories["b"]


def test_without_the_shared_term_they_are_foreign_names(monkeypatch):
    # the control: read as written, the two forms are two parties, and the pair falls apart
    monkeypatch.setattr(cluster, "name_term", fold_name)
    stories = cluster_articles([SHORT, LONG])
    assert stories["a"] != stories["b"]
