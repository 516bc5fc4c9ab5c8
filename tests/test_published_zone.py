"""A page dated in WITA or WIT keeps its own zone when the record's ``published`` was parsed as WIB."""

from __future__ import annotations

from telisik.pages.assemble import prepare_article
from telisik.pages.dates import in_stated_zone
from telisik.pages.tables import record_item
from telisik.records import Article, RawDocument

BODY = (
    "Gubernur Sulawesi Selatan meninjau lokasi banjir di Kabupaten Sidrap pada Senin malam. "
    "Ia meminta warga yang tinggal di bantaran sungai mengungsi ke posko yang disiapkan pemerintah daerah."
)


def test_a_wita_clock_read_as_wib_takes_the_page_zone() -> None:
    assert in_stated_zone("2025-06-10T00:08+07:00", "Tayang: Selasa, 10 Juni 2025 00:08 WITA") == "2025-06-10T00:08+08:00"
    assert in_stated_zone("2025-06-09T21:15+07:00", "Senin, 9 Juni 2025 21.15 WIT") == "2025-06-09T21:15+09:00"


def test_a_date_string_of_another_time_or_zone_changes_nothing() -> None:
    # the record's time is not the clock the string gives: someone converted it already
    assert in_stated_zone("2025-06-09T23:08+07:00", "Selasa, 10 Juni 2025 00:08 WITA") == "2025-06-09T23:08+07:00"
    assert in_stated_zone("2025-06-10T14:30+07:00", "Selasa, 10 Juni 2025 14:30 WIB") == "2025-06-10T14:30+07:00"
    assert in_stated_zone("2025-06-10", "Selasa, 10 Juni 2025 14:30 WITA") == "2025-06-10"
    assert in_stated_zone("2025-06-10T14:30+07:00", "Selasa, 10 Juni 2025") == "2025-06-10T14:30+07:00"


def test_a_record_with_its_raw_date_string_is_published_in_the_page_zone() -> None:
    row = {
        "url": "https://makassar.example.id/read/2025/06/10/banjir-sidrap",
        "title": "Gubernur Tinjau Banjir Sidrap",
        "published": "2025-06-10T00:08:00+07:00",
        "published_raw": "Tayang: Selasa, 10 Juni 2025 00:08 WITA",
        "text": BODY,
    }
    doc = record_item("day.jsonl", "L1", row, what="JSON line")
    assert isinstance(doc, RawDocument)
    article = prepare_article(doc, max_chars=100_000)
    assert isinstance(article, Article)
    assert article.published == "2025-06-10T00:08+08:00"
    without_raw = record_item("day.jsonl", "L2", {k: v for k, v in row.items() if k != "published_raw"}, what="JSON line")
    assert isinstance(without_raw, RawDocument)
    plain = prepare_article(without_raw, max_chars=100_000)
    assert isinstance(plain, Article) and plain.published == "2025-06-10T00:08+07:00"
