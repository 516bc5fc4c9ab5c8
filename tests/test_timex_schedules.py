"""Time expressions, round h45: schedules, blank lines and numbers with a scale word.

A schedule's date line is that day and each line's "13:40-14:10 WIB" a range of times on it; no expression runs
across a blank line; "3 ribu tahun lalu" is no count of a thousand years. Every text here is invented, in the
outlets' style.
"""

from __future__ import annotations

from telisik.nlp.timex import tag


def found(text: str, published: str = "2025-06-07") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)[0]]


def test_a_schedules_date_line_is_its_day_and_each_line_a_range_of_times():
    text = "Jadwal Balapan\n\nSabtu, 7 Juni 2025\n\n13:40-14:10 WIB: Latihan Bebas 2\n\n20:00 WIB: Sprint Race"
    assert found(text) == [
        ("Sabtu, 7 Juni 2025", "DATE", "2025-06-07"),
        ("13:40-14:10 WIB", "TIME", "2025-06-07T13:40/2025-06-07T14:10"),
        ("20:00 WIB", "TIME", "2025-06-07T20:00"),
    ]


def test_a_range_of_bare_clock_times_with_a_zone_is_one_time():
    text = "Museum itu buka Sabtu (7/6/2025). Jam operasional: 08.00-16.00 WIB."
    assert found(text)[-1] == ("08.00-16.00 WIB", "TIME", "2025-06-07T08:00/2025-06-07T16:00")


def test_no_expression_runs_across_a_blank_line():
    text = "1. Servis rutin tiap 6-12 Bulan\n\nIni patokan paling ideal buat servis ringan."
    assert all("\n" not in t for t, _, _ in found(text))
    assert ("Bulan\n\nIni", "DATE", "2025-06") not in found(text)


def test_a_scale_word_after_digits_is_no_count_of_its_own():
    assert found("Kota itu diyakini berasal dari 3 ribu tahun lalu.") == []
    assert found("Kawah itu muncul 4,1 hingga 3,7 miliar tahun lalu.") == []
    # a number written in words with its scale is still read
    assert found("Candi itu dibangun seribu tahun lalu.") == [("seribu tahun lalu", "DATE", "1025")]
    assert found("Perjanjian itu diteken dua puluh tahun lalu.") == [("dua puluh tahun lalu", "DATE", "2005")]
