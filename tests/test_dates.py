import re
from datetime import date

import pytest

from telisik.pages.dates import DIGIT, DateGrammar, find_dates, parse_date_line, parse_iso, resolve_ambiguous, starting_with


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("12 September 2023", "2023-09-12"),
        ("Senin, 11 September 2023 10:15 WIB", "2023-09-11T10:15+07:00"),
        ("Kompas.com - 18/06/2025, 21:35 WIB", "2025-06-18T21:35+07:00"),
        ("Diperbarui 18 Jun 2025, 14:05 WIB", "2025-06-18T14:05+07:00"),
        ("Tayang: Senin, 9 Juni 2025 21:18 WIB", "2025-06-09T21:18+07:00"),
        (", Jurnalis-Senin, 16 Juni 2025 |15:20 WIB", "2025-06-16T15:20+07:00"),
        ("18 Juni 2025 | 20.04 WIB", "2025-06-18T20:04+07:00"),
        ("Jumat, 4 Agustus 2017 08:00 WITA", "2017-08-04T08:00+08:00"),
        ("Rabu, 1 Nopember 2023", "2023-11-01"),
        ("2024-06-18T19:30", "2024-06-18T19:30"),
    ],
)
def test_byline_dates(line, iso):
    stamp = parse_date_line(line)
    assert stamp is not None
    assert stamp.iso() == iso


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 TRIBUNnews.com,a subsidiary of KG Media. All Right Reserved",  # a copyright year is no date
        "32/13/2023",
        "31 Februari 2024",
        "Senin (99/99)",
        # a sentence that holds a date is not a date line
        "Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara di Vladivostok pada 25 April 2019 lalu.",
    ],
)
def test_not_date_lines(line):
    assert parse_date_line(line) is None


def test_numeric_date_defaults_to_day_month():
    stamp = parse_date_line("09/11/2023")
    assert stamp.day == date(2023, 11, 9)
    assert stamp.ambiguous == (date(2023, 9, 11),)


def test_month_day_reading_chosen_when_the_text_dates_fit_it():
    # A blog template prints 9/11/2023 (M/D/Y); the text's "(11/9)" mentions are day/month.
    stamp = parse_date_line("9/11/20231 min read")
    body = "Kim tiba pada hari Senin (11/9) dan bertemu Putin paling cepat Selasa (12/9)."
    assert resolve_ambiguous(stamp, body).iso() == "2023-09-11"


def test_day_month_kept_without_evidence():
    stamp = parse_date_line("9/11/2023")
    assert resolve_ambiguous(stamp, "Tidak ada tanggal di sini.").iso() == "2023-11-09"


def test_find_dates_spans():
    text = "Rapat digelar 5 Maret 2024 dan dilanjutkan 07/03/2024 pukul 10.00 WIB."
    found = find_dates(text)
    assert [text[s:e] for s, e, _ in found] == ["5 Maret 2024", "07/03/2024 pukul 10.00 WIB"]
    assert found[1][2].iso() == "2024-03-07T10:00+07:00"


def test_parse_iso():
    assert parse_iso("2016-02-23T14:49:30+07:00") == "2016-02-23T14:49+07:00"
    assert parse_iso("2016-02-23") == "2016-02-23"
    assert parse_iso("Selasa, 23 Februari 2016") == "2016-02-23"
    assert parse_iso("bukan tanggal") is None


def test_gate_refuses_only_positions_where_no_match_starts():
    pattern = r"\b(?:(?:hari)\s+)?(?P<wd>senin|selasa)\b"
    gated = starting_with(pattern, re.IGNORECASE, ["hari", "senin", "selasa"])
    plain = re.compile(pattern, re.IGNORECASE)
    text = "Rapat digelar hari Senin, lalu SELASA pagi; Seninan bukan hari."
    assert [(m.span(), m["wd"]) for m in gated.finditer(text)] == [(m.span(), m["wd"]) for m in plain.finditer(text)]
    assert [m[0] for m in gated.finditer(text)] == ["hari Senin", "SELASA"]
    digits = starting_with(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})", 0, [DIGIT])
    assert [m[0] for m in digits.finditer("tanggal 18/6 dan ١٢/٩")] == ["18/6", "١٢/٩"]


def test_date_grammar_reads_the_words_it_is_given():
    # a grammar with one more clock word ("pkl", as some outlets abbreviate "pukul")
    grammar = DateGrammar({"juni": 6}, {"senin": 0}, {"WIB": "+07:00"}, ["pukul", "pkl"])
    text = "Senin, 9 Juni 2025 pkl 21.18 WIB"
    [(start, end, stamp)] = grammar.find(text)
    assert (start, end, stamp.iso(), stamp.weekday) == (0, len(text), "2025-06-09T21:18+07:00", 0)
    assert find_dates("9 Juni 2025 pkl 21.18 WIB")[0][2].iso() == "2025-06-09"  # the package's grammar has no "pkl"


def test_a_utc_timestamp_keeps_the_local_day_of_the_page():
    # Liputan6's metadata gives UTC; the page shows WIB. Late evening UTC is the next day in Jakarta.
    assert parse_iso("2016-02-16T02:10:56+00:00") == "2016-02-16T09:10+07:00"
    assert parse_iso("2025-06-09T20:30:00Z") == "2025-06-10T03:30+07:00"
    assert parse_iso("2025-06-10T11:01:00+08:00") == "2025-06-10T11:01+08:00"  # another offset (WITA) is kept
    assert parse_iso("2025-06-10T11:01:00") == "2025-06-10T11:01"  # no zone: nothing to convert
