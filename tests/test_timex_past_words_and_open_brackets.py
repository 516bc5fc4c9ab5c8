"""Time expressions, round h50: "kemarin" right after a stated date is its "lalu", and a dateline's bracket left open.

"1 Juni kemarin", "Rabu (28/5) kemarin", "musim 2024/2025 kemarin" name a past date or season: the word says it is
past, as "lalu" does, and is no yesterday of its own. "musim kemarin" is the last season. "Selasa (3/6/2025." is a
weekday's date whose closing bracket was never typed: the written year ends it. Every sentence here is invented, in
the outlets' style.
"""

from __future__ import annotations

import pytest

from telisik.nlp.timex import tag


def found(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, published)[0]]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Rapat itu digelar pada 1 Juni kemarin di balai desa.", "1 Juni kemarin", "2025-06-01"),
        ("Warga melapor ke polisi pada Rabu (28/5) kemarin.", "Rabu (28/5) kemarin", "2025-05-28"),
        ("Banjir merendam kampung itu pada Minggu (8/6/2025) kemarin.", "Minggu (8/6/2025) kemarin", "2025-06-08"),
        ("Harga cabai naik sejak April 2025 kemarin.", "April 2025 kemarin", "2025-04"),
        ("Penjualan turun pada tahun 2023 kemarin.", "tahun 2023 kemarin", "2023"),
        ("Klub itu finis kelima pada musim 2024/2025 kemarin.", "2024/2025 kemarin", "2024/2025"),
        ("Truk terguling sekitar pukul 13.20 WIB, Senin (9/6) kemarin.", "pukul 13.20 WIB, Senin (9/6) kemarin", "2025-06-09T13:20"),
    ],
)
def test_kemarin_after_a_stated_date_is_that_date_not_yesterday(sentence, text, value):
    assert found(sentence, "2025-06-12") == [(text, value)]


def test_kemarin_after_a_stated_date_in_an_old_article_keeps_the_article_year():
    # "Minggu (15/6)" of a page of Tuesday 17 June 2008 is 15 June 2008; "kemarin" is not 16 June
    assert found("Laga itu digelar di Basel, Minggu (15/6) kemarin.", "2008-06-17") == [("Minggu (15/6) kemarin", "2008-06-15")]


def test_last_season_is_not_yesterday():
    assert found("Pemain itu mencetak 20 gol pada musim kemarin.", "2025-06-12") == []


def test_kemarin_on_its_own_or_after_a_comma_or_a_line_is_still_yesterday():
    # guards: a comma or a line break between them makes the two separate expressions
    assert found("Pencuri itu ditangkap di Jakarta Selatan, kemarin.", "2025-06-12") == [("kemarin", "2025-06-11")]
    assert found("Rapat digelar 1 Juni, kemarin warga kembali berkumpul.", "2025-06-12") == [
        ("1 Juni", "2025-06-01"),
        ("kemarin", "2025-06-11"),
    ]
    assert found("Harga naik pada Juni 2025\nkemarin pedagang mengeluh.", "2025-06-12") == [
        ("Juni 2025", "2025-06"),
        ("kemarin", "2025-06-11"),
    ]
    assert found("Pada perdagangan kemarin saham itu naik.", "2025-06-12") == [("kemarin", "2025-06-11")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("JAKARTA - Polisi menangkap pria itu pada Selasa (3/6/2025. Ia kini ditahan.", "Selasa (3/6/2025", "2025-06-03"),
        ("Kebakaran terjadi Kamis (5/6/2025 sekitar pukul 10.00 WIB.", "Kamis (5/6/2025", "2025-06-05"),
        ("Dikutip Kamis (5/6/2025Lebih lanjut, polisi memeriksa saksi.", "Kamis (5/6/2025", "2025-06-05"),
    ],
)
def test_a_weekday_date_whose_bracket_is_left_open_is_read_to_its_year(sentence, text, value):
    assert found(sentence, "2025-06-09")[0] == (text, value)


def test_an_open_bracket_without_a_year_or_before_a_range_is_not_read_as_one_date():
    # guards: "(3/6" may go on; "(3/6/2025-4/6/2025)" is a range of two written dates
    assert ("Selasa (3/6", "2025-06-03") not in found("Ia datang Selasa (3/6 dan pulang.", "2025-06-09")
    texts = [t for t, _ in found("Pameran digelar Selasa (3/6/2025-4/6/2025) di Bandung.", "2025-06-09")]
    assert "3/6/2025" in texts and "4/6/2025" in texts


def test_a_count_later_than_no_stated_time_is_not_counted_ahead_of_the_publication():
    # the year before "kemudian" is part of a name no rule reads ("Piala Dunia 1998"): no value, never 2034
    text = "Timnya kalah di final Piala Dunia 1998. Namun, 18 tahun kemudian, ia mengangkat trofi."
    assert found(text, "2016-07-11") == [("18 tahun kemudian", None)]
    assert found("Ia dirawat di rumah sakit. Tiga hari kemudian ia meninggal.", "2025-06-10") == [("Tiga hari kemudian", None)]


def test_a_count_later_than_a_stated_time_still_counts_from_it():
    # guards: the account's last stated date is what "kemudian" counts from
    assert found("Ia lulus kuliah pada 1974. Setahun kemudian ia menikah.", "2016-09-29") == [
        ("1974", "1974"),
        ("Setahun kemudian", "1975"),
    ]
    assert found("Korban dirawat sejak Senin (4/7). Dua hari kemudian ia meninggal.", "2016-07-11") == [
        ("Senin (4/7)", "2016-07-04"),
        ("Dua hari kemudian", "2016-07-06"),
    ]
    # "lalu" counts back from the publication date, as before
    assert found("Rumah itu dibangun tiga tahun lalu.", "2016-07-11") == [("tiga tahun lalu", "2013")]


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        # the day before the publication: "kemarin sore" alone said the same afternoon
        ("Hujan deras turun di kota itu pada Minggu (8/6/2025) kemarin sore.", "2025-06-09", "Minggu (8/6/2025) kemarin sore", "2025-06-08T15"),
        # an earlier day: the afternoon is that day's, not yesterday's
        ("Gudang itu terbakar pada Kamis (5/6) kemarin malam.", "2025-06-10", "Kamis (5/6) kemarin malam", "2025-06-05T19"),
    ],
)
def test_kemarin_with_a_part_of_day_after_a_date_keeps_the_part_of_day(sentence, published, text, value):
    timexes = tag(sentence, published)[0]
    assert [(t.text, t.value, t.type) for t in timexes] == [(text, value, "TIME")]


def test_kemarin_after_a_month_keeps_the_month():
    # a month has no part of a day: the word of yesterday only says it is past
    assert found("Harga cabai naik sejak Mei 2025 kemarin sore.", "2025-06-10") == [("Mei 2025 kemarin sore", "2025-05")]
