"""Dates of the Hijri calendar as time expressions, with the Gregorian value of Indonesia's calendar: the Umm al-Qura
calendar, but for the months the government's isbat started on another day (hijri_month_starts.tsv).

"10 Dzulhijjah 1446 H" is 6 June 2025 (Idul Adha in Indonesia that year); a Hijri date without a year is the one
nearest the publication date, as "Senin (11/9)" is. Every sentence here is invented, in the outlets' style.
"""

from __future__ import annotations

from telisik.nlp.timex import tag


def found(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, published)[0]]


def test_a_hijri_day_with_its_year_is_its_gregorian_day():
    assert found("Iduladha jatuh pada 10 Dzulhijjah 1446 H.", "2025-06-01") == [("10 Dzulhijjah 1446 H", "2025-06-06")]
    assert found("Puasa dimulai 1 Ramadan 1446 H.", "2025-02-20") == [("1 Ramadan 1446 H", "2025-03-01")]


def test_a_month_the_isbat_started_a_day_after_the_umm_al_qura_calendar():
    # Indonesia kept Idul Fitri 1446 H on 31 March 2025 and 1 Muharram 1447 H on 27 June 2025, a day after Saudi Arabia
    assert found("Sidang isbat menetapkan 1 Syawal 1446 Hijriah.", "2025-03-29") == [("1 Syawal 1446 Hijriah", "2025-03-31")]
    assert found("Tahun baru Islam, 1 Muharram 1447 H, libur nasional.", "2025-06-20") == [("1 Muharram 1447 H", "2025-06-27")]
    # the month before it ends a day later: 30 Dzulhijjah 1446 H is the day before 1 Muharram 1447 H
    assert found("Malam 30 Dzulhijjah 1446 H warga berzikir.", "2025-06-20")[0] == ("30 Dzulhijjah 1446 H", "2025-06-26")
    assert found("Pawai obor digelar 10 Muharram 1447 H.", "2025-06-20") == [("10 Muharram 1447 H", "2025-07-06")]


def test_the_year_does_not_depend_on_the_publication_date():
    # an article of 2023 about Idul Adha 1446 H, and one with no publication date at all
    assert found("Kalender memuat 10 Zulhijah 1446 H.", "2023-01-10") == [("10 Zulhijah 1446 H", "2025-06-06")]
    assert found("Kalender memuat 10 Zulhijah 1446 H.", None) == [("10 Zulhijah 1446 H", "2025-06-06")]


def test_a_hijri_day_without_a_year_is_the_one_nearest_the_publication_date():
    text = "Salat Iduladha digelar tanggal 10 Dzulhijjah di lapangan kota."
    assert found(text, "2025-06-08") == [("tanggal 10 Dzulhijjah", "2025-06-06")]
    # the same sentence a year earlier: Idul Adha 1445 H, 17 June 2024 in Indonesia
    assert found(text, "2024-06-08") == [("tanggal 10 Dzulhijjah", "2024-06-17")]


def test_a_list_of_hijri_days_is_the_range_from_its_first_to_its_last():
    text = "Pada hari Tasyrik (tanggal 11, 12 dan 13 Dzulhijjah), umat dilarang berpuasa."
    assert found(text, "2025-06-08") == [("tanggal 11, 12 dan 13 Dzulhijjah", "2025-06-07/2025-06-09")]
    assert found("Penyembelihan berlangsung 10-13 Dzulhijjah.", "2025-06-08") == [("10-13 Dzulhijjah", "2025-06-06/2025-06-09")]


def test_a_hijri_month_with_its_year_is_the_range_of_its_days():
    assert found("Puasa Ramadan 1446 H berlangsung 30 hari.", "2025-04-02")[0] == ("Ramadan 1446 H", "2025-03-01/2025-03-30")
    assert found("Harga naik sepanjang bulan Ramadhan tahun 1445 Hijriah.", "2024-05-01") == [
        ("bulan Ramadhan tahun 1445 Hijriah", "2024-03-12/2024-04-09")
    ]


def test_a_gregorian_year_after_a_hijri_date_names_the_hijri_year_of_that_date():
    text = "Tanggal 13 Dzulhijjah 2025 bertepatan dengan hari Senin."
    assert found(text, "2025-06-09")[0] == ("Tanggal 13 Dzulhijjah 2025", "2025-06-09")


def test_a_year_the_calendar_does_not_hold_or_a_day_a_month_lacks_has_no_value():
    assert found("Naskah itu bertarikh 1 Ramadan 1600 H.", "2025-06-08") == [("1 Ramadan 1600 H", None)]
    assert found("Naskah itu bertarikh 1 Muharram 1300 H.", "2025-06-08") == [("1 Muharram 1300 H", None)]
    # Ramadan 1445 H had 29 days in Indonesia
    assert found("Tidak ada tanggal 30 Ramadan 1445 H.", "2025-06-08") == [("tanggal 30 Ramadan 1445 H", None)]
    # an anchor before the calendar's first year: no nearest date, no error
    assert found("Salat digelar tanggal 10 Dzulhijjah.", "1900-01-05") == [("tanggal 10 Dzulhijjah", None)]


def test_a_day_glued_to_the_word_before_or_to_its_month_is_read():
    assert found("Gamis untuk perayaan1 Muharram 2025 dipilih.", "2025-06-19") == [("1 Muharram 2025", "2025-06-27")]
    assert found("Kurban disembelih pada 10Dzulhijjah setelah salat.", "2025-06-08") == [("10Dzulhijjah", "2025-06-06")]
    # a number's end after a hyphen is no day: "COVID-19 Ramadan"
    # ("Ramadan lalu" is the last Ramadan, its whole month)
    assert found("Kasus COVID-19 Ramadan lalu turun.", "2025-06-08") == [("Ramadan lalu", "2025-03-01/2025-03-30")]
