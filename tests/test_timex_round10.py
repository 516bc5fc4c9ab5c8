"""Time expressions and cited media, round 10: classes of error found by judging real pages of June 2025 and older.

Every sentence here is invented, in the outlets' style.
"""

from __future__ import annotations

import spacy

from telisik.nlp.citations import CitationFinder, find_citations
from telisik.nlp.timex import tag

_CITATIONS = CitationFinder(spacy.blank("id")).lexicon


def found(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)[0]]


def sources(text: str) -> list[tuple[str, str]]:
    return [(c.source, text[c.start : c.end]) for c in find_citations(text, _CITATIONS)]


# ---------------------------------------------------------------- words that look like time and are not


def test_sehari_hari_is_everyday_not_a_day_long():
    text = "Warga memakai air sungai untuk kebutuhan sehari-hari. Ia berjaga sehari penuh di posko."
    assert found(text, "2025-06-09") == [("sehari", "DURATION", "P1D")]


def test_a_future_in_a_name_or_a_title_is_no_time():
    text = "Direktur Pusat Kajian Masa Depan ITS mengatakan anak muda harus memikirkan masa depan."
    assert found(text, "2025-06-09") == [("masa depan", "DATE", "FUTURE_REF")]
    # opening a sentence the words are still the future
    assert found("Masa Depan desa ini ada di tangan pemuda.", "2025-06-09") == [("Masa Depan", "DATE", "FUTURE_REF")]


# ---------------------------------------------------------------- spans


def test_a_span_ends_at_its_last_word_not_at_a_space_or_a_full_stop():
    text = '"Hari ini Senin 9 Juni 2025 jam 05:06 aku pamit," tulisnya. Laporan itu dirilis pada 5 Juni.'
    assert found(text, "2025-06-09") == [
        ("Hari ini", "DATE", "2025-06-09"),
        ("Senin 9 Juni 2025 jam 05:06", "TIME", "2025-06-09T05:06"),
        ("5 Juni", "DATE", "2025-06-05"),
    ]
    # an abbreviated month keeps its dot
    assert found("Gedung itu diresmikan 3 Sep. 2024 lalu.", "2025-06-09")[0][0] == "3 Sep. 2024"


def test_a_calendar_lists_a_weekday_after_its_date():
    text = "Libur bulan ini:\n\n1 Juni (Minggu): Hari Lahir Pancasila\n\n27 Juni (Jumat): Tahun Baru Islam"
    assert found(text, "2025-06-09")[1:] == [
        ("1 Juni (Minggu)", "DATE", "2025-06-01"),
        ("27 Juni (Jumat)", "DATE", "2025-06-27"),
    ]
    # a weekday that is not the date's is noted, the date wins
    slip = tag("Cuti bersama jatuh pada 28 Juni (Jumat).", "2025-06-09")[0][0]
    assert (slip.value, slip.weekday_mismatch, slip.weekday) == ("2025-06-28", True, "Jumat")


def test_a_clock_ending_a_line_is_not_on_the_date_heading_the_next():
    text = "Senin, 16 Juni 2025\n\nBabak pertama | 18:00 WIB\n\nSelasa, 17 Juni 2025\n\nBabak kedua | 16:30 WIB"
    assert found(text, "2025-06-16") == [
        ("Senin, 16 Juni 2025", "DATE", "2025-06-16"),
        ("18:00 WIB", "TIME", "2025-06-16T18:00"),
        ("Selasa, 17 Juni 2025", "DATE", "2025-06-17"),
        ("16:30 WIB", "TIME", "2025-06-17T16:30"),
    ]


# ---------------------------------------------------------------- weekdays


def test_every_weekday_of_a_recurring_list_is_a_set():
    text = "Kapal cepat itu berlayar tiga kali seminggu, yakni setiap Senin, Rabu, dan Jumat."
    assert found(text, "2025-06-09")[1:] == [
        ("setiap Senin", "SET", "XXXX-WXX-1"),
        ("Rabu", "SET", "XXXX-WXX-3"),
        ("Jumat", "SET", "XXXX-WXX-5"),
    ]
    # a weekday after the list's sentence goes on is a day again
    assert found("Pasar buka setiap Senin, lalu pada Kamis pedagang libur.", "2025-06-09")[1] == ("Kamis", "DATE", "2025-06-05")


def test_a_relative_day_with_its_weekday_is_one_expression():
    assert found("Layanan itu dibuka besok Selasa di kantor kecamatan.", "2025-06-16") == [("besok Selasa", "DATE", "2025-06-17")]
    assert found("Kami berangkat besok Selasa pagi.", "2025-06-16") == [("besok Selasa pagi", "TIME", "2025-06-17T08")]
    # the relative word counts from the publication date; a weekday that disagrees is noted
    wrong = tag("Rapat digelar hari ini Rabu di balai desa.", "2025-06-16")[0][0]
    assert (wrong.text, wrong.value, wrong.weekday_mismatch) == ("hari ini Rabu", "2025-06-16", True)
    # a date after the weekday is the date's own expression
    assert found("Ramalan zodiak besok Selasa 17 Juni 2025.", "2025-06-16") == [
        ("besok", "DATE", "2025-06-17"),
        ("Selasa 17 Juni 2025", "DATE", "2025-06-17"),
    ]


def test_a_bare_weekday_guess_does_not_date_the_account_after_it():
    # a Monday preview: Saturday's match is past, the next match "pada Selasa dini hari" is tomorrow
    text = "Tim tamu kalah 0-3 dalam laga pembuka pada hari Sabtu. Mereka masih harus bekerja keras pada Selasa dini hari WIB."
    assert found(text, "2025-06-09") == [("hari Sabtu", "DATE", "2025-06-07"), ("Selasa dini hari", "TIME", "2025-06-10T02")]
    # a clock time after the guessed Saturday is still on that Saturday
    assert found("Bocah itu hilang pada Sabtu. Ia bermain sekitar jam 8 malam.", "2025-06-09")[1] == (
        "jam 8 malam",
        "TIME",
        "2025-06-07T20:00",
    )
    # an account of yesterday still places the weekdays it tells of in the week before
    text = "Kemarin Presiden memimpin rapat terbatas. Rabu malam kami berkoordinasi, lalu pada Kamis izin itu dicabut."
    assert found(text, "2025-06-10")[1:] == [("Rabu malam", "TIME", "2025-06-04T19"), ("Kamis", "DATE", "2025-06-05")]


def test_sunday_closing_an_attribution():
    text = "Ia sempat mengeluh pusing, kata ibunya kepada wartawan di Bekasi, Minggu. Jenazah dimakamkan siang itu."
    assert found(text, "2025-06-16")[0] == ("Minggu", "DATE", "2025-06-15")
    # a lower-case "minggu" there is a week
    assert found("Ia dirawat selama dua minggu, minggu.", "2025-06-16") == [("dua minggu", "DURATION", "P2W")]


def test_an_old_page_counts_from_its_own_publication_date():
    text = (
        "Kegagalan di Piala Dunia dua tahun lalu jadi pelajaran, ujar sang legenda, Minggu (10/6/2012). "
        "Awal pekan ini Maradona juga menjagokan Jerman."
    )
    assert found(text, "2012-06-10") == [
        ("dua tahun lalu", "DATE", "2010"),
        ("Minggu (10/6/2012)", "DATE", "2012-06-10"),
        ("Awal pekan ini", "DATE", "2012-W23"),
    ]


def test_a_year_written_wrong_is_kept_as_written():
    # 9 June 2026 is a Tuesday: the page means 2025, but an explicit year is normalised at face value (GOLD)
    slip = tag("Kecelakaan terjadi Senin (9/6/2026) dini hari.", "2025-06-09")[0][0]
    assert (slip.value, slip.weekday_mismatch) == ("2026-06-09T02", True)


# ---------------------------------------------------------------- cited media


def test_diwartakan_cites_the_medium_after_it():
    assert sources("Pasukan itu mundur dari kota, demikian diwartakan Gadgets 360.") == [("Gadgets 360", "demikian diwartakan Gadgets 360")]
    assert sources("Gelandang itu menolak tawaran klub, seperti diwartakan Goal, Selasa (12/7/2016).") == [
        ("Goal", "seperti diwartakan Goal")
    ]
    # "Diwartakan sebelumnya" names no one
    assert sources("Diwartakan sebelumnya, polisi menangkap dua orang di Medan.") == []


def test_an_unknown_name_stops_before_the_date_of_the_quoting():
    assert sources("Hal itu dilansir dari Warta Pesisir Senin (16/6/2025).") == [("Warta Pesisir", "dilansir dari Warta Pesisir")]


def test_a_clock_time_is_on_the_day_named_after_pada():
    text = "Jam malam berlaku mulai pukul 8 malam pada hari Selasa (10/6/2025) hingga pukul 6 pagi pada hari Rabu."
    assert found(text, "2025-06-11") == [
        ("pukul 8 malam pada hari Selasa (10/6/2025)", "TIME", "2025-06-10T20:00"),
        ("pukul 6 pagi pada hari Rabu", "TIME", "2025-06-11T06:00"),
    ]
    # both ends of a range of hours are on that day
    assert found("Listrik padam pukul 02.00-05.00 pada 28 Mei lalu.", "2025-06-09") == [
        ("pukul 02.00-05.00 pada 28 Mei", "TIME", "2025-05-28T02:00/2025-05-28T05:00")
    ]


def test_the_second_half_of_a_doubled_time_noun_is_no_time():
    text = "Hari-hari pertama kabinet baru diwarnai demo. Tahun-tahun pertama ia bekerja di Surabaya."
    assert found(text, "2025-02-27") == []
    # "hari-hari ini" is these days, not today
    assert found("Hari-hari ini harga cabai terus naik.", "2025-02-27") == [("Hari-hari ini", "DATE", "PRESENT_REF")]
    assert found("Harga cabai naik hari ini.", "2025-02-27") == [("hari ini", "DATE", "2025-02-27")]


def test_a_clock_range_past_midnight_joined_to_its_day_ends_the_next_day():
    text = "Jalan itu ditutup pukul 22.00-02.00 WIB pada 28 Mei 2025 untuk perbaikan jembatan."
    values = [value for _, kind, value in found(text, "2025-05-20") if kind == "TIME"]
    assert values == ["2025-05-28T22:00/2025-05-29T02:00"]


def test_a_clock_range_within_one_day_keeps_its_day():
    text = "Pemadaman berlangsung pukul 09.00-12.00 WIB pada Selasa (10/6/2025) di dua kecamatan."
    values = [value for _, kind, value in found(text, "2025-06-09") if kind == "TIME"]
    assert values == ["2025-06-10T09:00/2025-06-10T12:00"]
