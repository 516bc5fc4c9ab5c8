"""Time expressions, round h44: classes of error found by reading the days of 7-8 June 2025 and early 2025.

A relative day named by the date after it, a month of the year before or after, days of the Hijri calendar.
Every sentence here is invented, in the outlets' style.
"""

from __future__ import annotations

from telisik.nlp.timex import tag


def found(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, published)[0]]


# ---------------------------------------------------------------- "hari ini, Sabtu (7/6/2025)"


def test_today_named_by_the_date_after_it_is_that_date():
    # written on Saturday, put out on Sunday: "hari ini" is the Saturday the text names
    text = "Daging kurban dibagikan di halaman masjid hari ini, Sabtu 7 Juni 2025, kepada warga sekitar."
    assert found(text, "2025-06-08T23:37+07:00") == [("hari ini", "2025-06-07"), ("Sabtu 7 Juni 2025", "2025-06-07")]


def test_today_named_by_a_bracketed_date_without_a_year():
    text = "Lagu baru itu dirilis hari ini, Selasa (20/5), di semua layanan musik."
    assert found(text, "2025-05-21") == [("hari ini", "2025-05-20"), ("Selasa (20/5)", "2025-05-20")]


def test_a_relative_day_joined_by_yakni_and_keeping_its_part_of_day():
    assert found("Ia tiba kemarin yakni Kamis (5/6/2025).", "2025-06-07")[0] == ("kemarin", "2025-06-05")
    assert found("Rombongan berangkat besok pagi, Senin (9/6/2025).", "2025-06-07")[0] == ("besok pagi", "2025-06-09T08")


def test_today_not_followed_by_a_date_counts_from_the_publication_date():
    # the date of another sentence, or one on the next line, does not name it
    assert found("Hari ini, warga kembali bekerja. Senin (2/6) lalu jalan ditutup.", "2025-06-07")[0] == ("Hari ini", "2025-06-07")
    assert found("Hari ini,\nSabtu (31/5/2025) hujan turun.", "2025-06-07")[0] == ("Hari ini", "2025-06-07")


# ---------------------------------------------------------------- "September tahun lalu"


def test_a_month_of_last_year_is_in_the_year_before_the_publication():
    text = "Ponsel lipat itu diluncurkan pada September tahun lalu di China."
    assert found(text, "2025-06-08") == [("September tahun lalu", "2024-09")]
    assert found("Ia diwawancarai majalah itu edisi Desember tahun lalu.", "2025-06-08") == [("Desember tahun lalu", "2024-12")]


def test_a_month_of_next_year_and_of_this_year():
    assert found("Pameran itu digelar bulan Maret tahun depan.", "2025-06-08") == [("bulan Maret tahun depan", "2026-03")]
    assert found("Rapat dijadwalkan pada Januari tahun ini.", "2025-06-08") == [("Januari tahun ini", "2025-01")]


# ---------------------------------------------------------------- days of the Hijri calendar


def test_a_day_of_a_hijri_month_is_no_day_of_a_gregorian_month():
    # no "tanggal 10" of June: the whole Hijri date is read, as its Gregorian day (tests/test_timex_hijri.py)
    text = "Hewan kurban boleh disembelih pada tanggal 10 Dzulhijjah sampai tanggal 13 Dzulhijjah."
    assert [t for t, _ in found(text, "2025-06-07")] == ["tanggal 10 Dzulhijjah", "tanggal 13 Dzulhijjah"]
    tasyrik = "Pada hari Tasyrik (tanggal 11, 12 dan 13 Dzulhijjah), umat dilarang berpuasa."
    assert [t for t, _ in found(tasyrik, "2025-06-08")] == ["tanggal 11, 12 dan 13 Dzulhijjah"]
    # a day of a Javanese month has no value here, and no Gregorian one either
    assert found("Kirab pusaka digelar pada tanggal 1 Suro di keraton.", "2025-06-08") == []


def test_a_bare_day_of_the_month_is_still_read():
    # the word after the day is no month of another calendar; "kemarin" after it says the day is past, no yesterday
    assert found("Gaji pegawai sudah cair tanggal 5 kemarin.", "2025-06-08") == [("tanggal 5 kemarin", "2025-06-05")]
