"""Time expressions, round h45: an ordinal after a unit is a duration only where a count has come that far.

"Perang memasuki hari ke-559" tells how long the war has gone on; "pada hari pertama pengujian", "mahasiswa tahun
pertama" and "hari Minggu ketiga di bulan Juni" name one day or year of a series, no duration and no date to read.
Every sentence here is invented, in the outlets' style.
"""

from __future__ import annotations

from telisik.nlp.timex import tag


def found(text: str, published: str = "2025-06-16") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)[0]]


def test_a_count_that_has_come_that_far_is_a_duration():
    assert found("Operasi pencarian memasuki hari ketiga.") == [("hari ketiga", "DURATION", "P3D")]
    assert found("Hingga hari ke-44 pelaksanaan haji, 72 jemaah dirawat.") == [("hari ke-44", "DURATION", "P44D")]
    assert found("Menginjak tahun kedua, komunitas itu menggelar touring.") == [("tahun kedua", "DURATION", "P2Y")]


def test_one_day_or_year_of_a_series_is_no_duration():
    assert found("Pada hari pertama pengujian, kami mencoba varian tertinggi.") == []
    assert found("Rina, seorang mahasiswa tahun pertama, pulang ke kampungnya.") == []
    assert found("Harga mobil bekas turun 20 persen pada tahun ketiga kepemilikan.") == []


def test_a_count_before_an_ordinal_is_the_duration():
    assert found("Penjualan naik selama lima bulan pertama tahun ini.")[0] == ("lima bulan", "DURATION", "P5M")
    assert found("Mobil itu dipesan 1.500 unit setelah dua hari pertama.") == [("dua hari", "DURATION", "P2D")]


def test_a_weekday_with_an_ordinal_is_one_of_a_month_not_the_last_one():
    # "hari Minggu ketiga di bulan Juni" is the third Sunday of any June, not last Sunday nor three weeks
    values = found("Negara itu merayakan Hari Ayah pada hari Minggu ketiga di bulan Juni.", "2025-06-17")
    assert all(kind != "DURATION" for _, kind, _ in values)
    assert ("hari Minggu", "DATE", "2025-06-15") not in values
    assert found("Rapat digelar pada hari Minggu pagi.", "2025-06-17") == [("hari Minggu pagi", "TIME", "2025-06-15T08")]
