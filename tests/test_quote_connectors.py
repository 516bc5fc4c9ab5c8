"""A contrast or a consequence set off before "menurut X," ("Tapi, menurut X, ...", "Sebab itu, menurut X, ..."):
the statement is what follows the aside, as after "Namun, menurut X, ..."."""

from __future__ import annotations

import pytest

from quote_runs import QuoteRun

PERSON = [("PER", ["Rudi Hartono", "Rudi"])]


@pytest.mark.parametrize("lead", ["Tapi", "Tetapi", "Sebab itu", "Karena itu", "Meski begitu", "Maka"])
def test_statement_after_a_contrast_and_according_to(quote_run: QuoteRun, lead: str):
    text = f"Kepala desa Rudi Hartono meninjau lokasi banjir. {lead}, menurut Rudi, warga sudah menyiapkan tanggul darurat sejak pagi."
    assert [(q.text, q.speaker) for q in quote_run(text, PERSON)] == [("warga sudah menyiapkan tanggul darurat sejak pagi", "Rudi Hartono")]


def test_connector_alone_is_never_the_speaker(quote_run: QuoteRun):
    # a guard: "Namun," was already a connector, and the statement after the aside is found as before
    text = "Kepala desa Rudi Hartono meninjau lokasi banjir. Namun, menurut Rudi, warga sudah menyiapkan tanggul darurat sejak pagi."
    assert [(q.text, q.speaker) for q in quote_run(text, PERSON)] == [("warga sudah menyiapkan tanggul darurat sejak pagi", "Rudi Hartono")]


@pytest.mark.parametrize("lead", ["Namun", "Tapi"])
def test_according_to_you_asks_and_no_one_speaks(quote_run: QuoteRun, lead: str):
    text = f"Tim itu sudah menang tiga kali. {lead}, menurut Anda, apa rintangan terbesar tim itu di turnamen tahun ini?"
    assert quote_run(text, []) == []
