"""Time expressions, round h45: a named month or feast with "kemarin"/"lalu" is the last such, not yesterday.

"pada bulan Ramadan kemarin" said in June 2025 is Ramadan 1446 H (1-30 March 2025); "libur Iduladha kemarin" is
the last Iduladha, not the day before the article. Every sentence here is invented, in the outlets' style.
"""

from __future__ import annotations

from telisik.nlp.timex import tag


def found(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, published)[0]]


def test_a_hijri_month_with_kemarin_is_the_last_such_month():
    text = "Rencana itu sudah terlihat dalam unggahannya pada bulan Ramadan kemarin."
    assert found(text, "2025-06-08T10:00+07:00") == [("bulan Ramadan kemarin", "2025-03-01/2025-03-30")]
    assert found("Ia menikah pada Syawal lalu.", "2025-06-08") == [("Syawal lalu", "2025-03-31/2025-04-28")]


def test_the_last_month_said_in_that_month_is_a_year_earlier():
    # said in Ramadan 1446 H (March 2025), "Ramadan lalu" is Ramadan 1445 H (March-April 2024)
    value = dict(found("Jumlah pemudik lebih banyak dari Ramadan lalu.", "2025-03-15"))["Ramadan lalu"]
    assert value is not None and value.startswith("2024-03")


def test_a_feast_with_kemarin_is_not_yesterday():
    assert found("SIM yang mati tepat pada hari libur Iduladha kemarin masih bisa diperpanjang.", "2025-06-11") == []
    assert found("Saat Lebaran kemarin, ia mudik ke Solo bersama keluarga.", "2025-06-08") == []


def test_kemarin_and_a_feast_today_keep_their_days():
    assert found("Ia tiba di Jakarta kemarin.", "2025-06-08") == [("kemarin", "2025-06-07")]
    assert found("Warga merayakan Lebaran hari ini di lapangan desa.", "2025-03-31") == [("hari ini", "2025-03-31")]
