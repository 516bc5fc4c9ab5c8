""""di", "ke" glued to a noun the corpora write apart from them ("dismartphone", "kehalaman", "dilaut"), cut off;
a verb made with the passive prefix from a loan word ("diupdate", "direview", "dibooking", "mendownload") and
camel-case names stay whole. Sentences written for the test."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a loan noun after the preposition: news writes "di smartphone", "di website" apart
        ("Fitur baru tersedia dismartphone murah.", "Fitur baru tersedia di smartphone murah."),
        ("Formulir bisa diisi diwebsite resmi.", "Formulir bisa diisi di website resmi."),
        ("Kisahnya muncul diepisode terakhir.", "Kisahnya muncul di episode terakhir."),
        # ... and an Indonesian noun a writer or a scrape glued to it
        ("Pembaca diarahkan kehalaman berikutnya.", "Pembaca diarahkan ke halaman berikutnya."),
        ("Kapal itu tenggelam dilaut lepas.", "Kapal itu tenggelam di laut lepas."),
        ("Mereka datang keacara itu bersama.", "Mereka datang ke acara itu bersama."),
    ],
)
def test_preposition_glued_to_noun(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "text",
    [
        # verbs from loan words with the passive or active prefix: written solid
        "Aplikasi itu diupdate setiap pekan.",
        "Naskahnya direview dua editor.",
        "Sampul bukunya dicover ulang.",
        "Tiket sudah dibooking sejak Mei.",
        "Video itu diupload semalam.",
        "Warga mendownload aplikasi itu.",
        # camel-case names
        "Ia naik TransJakarta lalu membuka YouTube di iPhone.",
        "Partai NasDem dan KemenKomdigi bertemu.",
    ],
)
def test_loan_verbs_and_names_stay_whole(splitter: GlueSplitter, text: str) -> None:
    assert splitter.split(text) == text
