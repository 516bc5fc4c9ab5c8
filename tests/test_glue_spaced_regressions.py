""""di" + a noun cut off in a run glued to a function word as well ("dismartphoneitu"), and passive verbs whose root
news also writes apart after the preposition "di" kept whole ("disepak", "difollow"). Sentences written for the test."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        ("Merek yang tertera dismartphoneitu tidak terlihat.", "Merek yang tertera di smartphone itu tidak terlihat."),
        ("Rekor tertinggi karirnya diplayoffdan didukung rekan.", "Rekor tertinggi karirnya di playoff dan didukung rekan."),
    ],
)
def test_preposition_and_noun_before_a_function_word(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "Bola disepak pemain belakang itu keluar lapangan.",
        "Akun itu difollow ribuan orang dalam sehari.",
        "Program ini disupport penuh oleh pemerintah daerah.",
        "Voucher bisa diredeem di aplikasi.",
        "Hal itu tidak bisa didebat lagi.",
        "Warga didaftar sebagai pemilih baru.",
        "Naskah itu diemail ke redaksi.",
        "Aturan itu tidak bisa diotak-atik lagi.",
    ],
)
def test_passive_verbs_stay_whole(splitter: GlueSplitter, text: str) -> None:
    assert splitter.split(text) == text
