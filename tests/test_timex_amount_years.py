""""tahun ini" after a sum of money ("USD 145 miliar tahun ini") is this year: the scale word is the amount's, the
count rule leaves it ("3 ribu tahun lalu" is no count of a thousand years), and a number before "tahun" counts years
only when it is no amount. Invented sentences in the outlets' style."""

from __future__ import annotations

from telisik.nlp.timex import tag


def found(text: str, published: str = "2025-06-09") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)[0]]


def test_this_year_after_a_sum_in_billions_is_this_year():
    assert found("Pendapatan tambahan maskapai diperkirakan mencapai USD 145 miliar tahun ini.") == [("tahun ini", "DATE", "2025")]
    assert found("Pemkot mengalokasikan anggaran hampir Rp 25 miliar tahun ini.") == [("tahun ini", "DATE", "2025")]


def test_last_year_after_a_fee_in_millions_is_last_year():
    assert found("Ia direkrut dengan harga £16,8 juta tahun lalu dari Genk.") == [("tahun lalu", "DATE", "2024")]


def test_years_counted_in_thousands_stay_unread():
    assert found("Prasasti itu diyakini berasal dari 3 ribu tahun lalu.") == []
    assert found("Bumi terbentuk sekira 4,5 miliar tahun lalu.") == []


def test_an_age_before_this_is_still_a_count_of_years():
    assert found("Pria berusia 28 tahun ini ditangkap polisi.") == []
