"""``telisik analyze --format json|jsonl|csv|parquet``: one file a table, read back and checked against analysis.json."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newswatch_rows import write_csv
from telisik.cli import main
from telisik.engine.local import Analyzer
from telisik.output.tables import COLUMNS, LIST_SEPARATOR, TABLES, published_at, tables
from telisik.output.writers import write_analysis

TABLE_FORMATS = ("jsonl", "csv", "parquet")


@pytest.fixture(scope="module")
def runs(analyzer, tmp_path_factory) -> dict[str, Path]:
    """A news-watch CSV analysed once in each format, with the session's model."""
    root = tmp_path_factory.mktemp("formats")
    berita = write_csv(root / "berita.csv")
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Analyzer, "nlp", analyzer.nlp)
        for fmt in ("json", *TABLE_FORMATS):
            out[fmt] = root / fmt
            assert main(["analyze", str(berita), "--out", str(out[fmt]), "--format", fmt, "-q"]) == 0
    return out


@pytest.fixture(scope="module")
def document(runs) -> dict:
    return json.loads((runs["json"] / "analysis.json").read_text(encoding="utf-8"))


def csv_rows(folder: Path, table: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def test_json_writes_the_document_and_report_as_before(runs, document):
    assert sorted(p.name for p in runs["json"].iterdir()) == ["analysis.json", "report.html"]
    assert len(document["articles"]) == 3 and any(len(s["articles"]) == 2 for s in document["stories"])


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_each_table_format_writes_every_table_and_the_report(runs, fmt):
    assert sorted(p.name for p in runs[fmt].iterdir()) == sorted([*(f"{t}.{fmt}" for t in TABLES), "report.html"])
    assert "Banjir Rendam Ribuan Rumah di Bekasi" in (runs[fmt] / "report.html").read_text(encoding="utf-8")


def test_csv_tables_hold_what_analysis_json_holds(runs, document):
    header, articles = csv_rows(runs["csv"], "articles")
    assert header == [c.name for c in COLUMNS["articles"]]
    for row, article in zip(articles, document["articles"], strict=True):
        assert row["id"] == article["id"] and row["title"] == article["title"] and row["body"] == article["body"]
        assert row["published_text"] == article["published"]
        assert dt.datetime.fromisoformat(row["published"]) == dt.datetime.fromisoformat(article["published"])
        assert row["authors"].split(LIST_SEPARATOR) == article["authors"] and row["story"] == article["story"]
    # a title with quotes, a comma and a semicolon comes back exactly (RFC 4180 quoting)
    assert any(r["title"].startswith('Idham Kholik: "Debit Kali Bekasi Naik",') for r in articles)

    _, quotes = csv_rows(runs["csv"], "quotes")
    expected = [(a["id"], q["text"], q["speaker"]) for a in document["articles"] for q in a["quotes"]]
    assert [(q["article_id"], q["text"], q["speaker"]) for q in quotes] == expected
    _, mentions = csv_rows(runs["csv"], "mentions")
    assert len(mentions) == sum(len(e["mentions"]) for a in document["articles"] for e in a["entities"])
    _, stories = csv_rows(runs["csv"], "stories")
    assert {s["id"]: s["articles"].split(LIST_SEPARATOR) for s in stories} == {s["id"]: s["articles"] for s in document["stories"]}
    raw = (runs["csv"] / "articles.csv").read_bytes()
    assert raw.startswith(b"id,story,outlet,") and b"\r\n" in raw


def test_parquet_tables_have_real_types_and_the_same_values(runs, document):
    articles = pq.read_table(runs["parquet"] / "articles.parquet")
    schema = articles.schema
    assert schema.names == [c.name for c in COLUMNS["articles"]]
    assert schema.field("published").type == pa.timestamp("us", tz="+07:00")
    assert schema.field("published_date").type == pa.date32() and schema.field("authors").type == pa.list_(pa.string())
    assert schema.field("sentences").type == pa.int64() and schema.field("anchor_inferred").type == pa.bool_()
    rows = articles.to_pylist()
    assert [r["id"] for r in rows] == [a["id"] for a in document["articles"]]
    assert [r["published"] for r in rows] == [dt.datetime.fromisoformat(a["published"]) for a in document["articles"]]
    assert [r["authors"] for r in rows] == [a["authors"] for a in document["articles"]]

    stories = pq.read_table(runs["parquet"] / "stories.parquet").to_pylist()
    assert {s["id"]: s["articles"] for s in stories} == {s["id"]: s["articles"] for s in document["stories"]}
    assert all(isinstance(s["first"], dt.date) for s in stories)
    events = pq.read_table(runs["parquet"] / "events.parquet")
    assert events.num_rows == sum(len(a["events"]) + len(a["caption_events"]) for a in document["articles"])


def test_jsonl_tables_keep_lists_and_write_times_as_iso(runs, document):
    lines = (runs["jsonl"] / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    stories = [json.loads(line) for line in lines]
    assert [s["articles"] for s in stories] == [s["articles"] for s in document["stories"]]
    articles = [json.loads(line) for line in (runs["jsonl"] / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [a["published"] for a in articles] == [published_at(a["published"]).isoformat() for a in document["articles"]]
    assert articles[0]["published"] == "2025-03-04T10:15:00+07:00" and articles[0]["published_date"] == "2025-03-04"


def test_parquet_without_pyarrow_is_a_usage_error_before_the_model_loads(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setattr(Analyzer, "nlp", property(lambda self: pytest.fail("the model loaded")))
    berita = write_csv(tmp_path / "berita.csv")
    assert main(["analyze", str(berita), "--out", str(tmp_path / "out"), "--format", "parquet", "-q"]) == 2
    assert "pip install 'telisik[parquet]'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_dask_engine_takes_json_only(tmp_path, capsys):
    berita = write_csv(tmp_path / "berita.csv")
    assert main(["analyze", str(berita), "--out", str(tmp_path / "out"), "--engine", "dask", "--format", "csv", "-q"]) == 2
    assert "--format csv needs --engine local" in capsys.readouterr().err


# The tables of a document written by hand: the cases the three articles above do not meet.
EDGE_DOCUMENT = {
    "telisik_version": "0.1.0",
    "rejected": [{"source": "ekspor.csv#row9", "reason": "row has no text (its 'content' is empty or not text)"}],
    "articles": [
        {"id": "wita", "title": "=HYPERLINK(\"http://contoh.test\"); Gempa di Mamuju", "authors": ["Nurdin, S.Sos"],
         "published": "2025-01-15T08:30+08:00", "body": "Baris satu.\n\n\"Kutipan\", katanya.", "outlet": "Antara",
         "timex_anchor": {"date": "2025-01-15", "inferred": False, "evidence": "publication date"},
         "citations": [{"source": "AFP", "text": "(AFP)", "start": None, "end": None, "in": "removed"}],
         "events": [{"type": "DISASTER", "trigger": "gempa", "who": [], "where": "Mamuju", "when": "2025-W03", "status": "occurred",
                     "start": 0, "end": 5}]},
        {"id": "day-only", "title": "Harga Cabai Naik", "authors": [], "published": "2025-01-16", "body": "Harga cabai naik."},
        {"id": "no-zone", "title": "Rapat Paripurna", "authors": [], "published": "2025-01-17T13:05", "body": "Rapat dimulai."},
    ],
    "stories": [{"id": "S1", "title": "Gempa", "articles": ["wita"], "outlets": ["Antara"], "first": "2025-01-15", "last": "2025-01-15"}],
}


def test_edge_values_are_typed_and_written_exactly(tmp_path):
    articles = {r["id"]: r for r in tables(EDGE_DOCUMENT)["articles"].rows}
    wib = dt.timezone(dt.timedelta(hours=7))
    # a WITA time: the same instant, in WIB; a day alone: a date and no time; no zone: the outlets' own (WIB)
    assert articles["wita"]["published"] == dt.datetime(2025, 1, 15, 7, 30, tzinfo=wib)
    assert articles["wita"]["published_date"] == dt.date(2025, 1, 15) and articles["wita"]["anchor_inferred"] is False
    assert articles["day-only"]["published"] is None and articles["day-only"]["published_date"] == dt.date(2025, 1, 16)
    assert articles["no-zone"]["published"] == dt.datetime(2025, 1, 17, 13, 5, tzinfo=wib)
    event = tables(EDGE_DOCUMENT)["events"].rows[0]
    assert event["when"] == "2025-W03" and event["when_date"] is None and event["found_in"] == "body"
    assert tables(EDGE_DOCUMENT)["citations"].rows[0]["found_in"] == "removed"

    write_analysis(EDGE_DOCUMENT, tmp_path, "csv")
    _, rows = csv_rows(tmp_path, "articles")
    wita = rows[0]
    # no formula guard: the cell is the page's text exactly
    assert wita["title"] == EDGE_DOCUMENT["articles"][0]["title"] and wita["body"] == EDGE_DOCUMENT["articles"][0]["body"]
    assert wita["published"] == "2025-01-15T07:30:00+07:00" and wita["published_text"] == "2025-01-15T08:30+08:00"
    assert wita["authors"] == "Nurdin, S.Sos" and wita["anchor_inferred"] == "false"
    assert rows[1]["published"] == "" and rows[1]["published_date"] == "2025-01-16"
    _, citations = csv_rows(tmp_path, "citations")
    assert citations == [{"article_id": "wita", "source": "AFP", "text": "(AFP)", "found_in": "removed", "start": "", "end": ""}]
