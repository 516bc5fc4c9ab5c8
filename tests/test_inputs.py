"""Tables and arrays in: news-watch's files (CSV, TSV, XLSX, JSON, JSON Lines, Parquet) read as they come.

The fixtures are written here the way news-watch (``newswatch -k ... -of csv|xlsx|json|jsonl``)
writes them: the columns title, publish_date, author, content, keyword, category, source, link,
publish_date as "YYYY-MM-DD HH:MM:SS" in Jakarta time.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
from datetime import UTC, datetime
from pathlib import Path

import pytest

from telisik.cli import count_pages, main
from telisik.pages.read import Reader
from telisik.pages.tables import parse_fields, raw_documents
from telisik.records import RawDocument, Rejection

COLUMNS = ["title", "publish_date", "author", "content", "keyword", "category", "source", "link"]

KOMPAS = {
    "title": "Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi ke Masjid",
    "publish_date": "2025-06-10 14:30:00",
    "author": "Firda Janati",
    "content": (
        "BEKASI, KOMPAS.com - Banjir merendam ratusan rumah di Perumahan Pondok Gede Permai, Kecamatan Jatiasih, "
        "Kota Bekasi, Jawa Barat, pada Selasa (10/6/2025) siang.\n\n"
        "Ketinggian air mencapai satu meter setelah Kali Bekasi meluap akibat hujan deras sejak Senin malam. "
        "Sebagian warga mengungsi ke Masjid Al-Ikhlas yang berada di dataran lebih tinggi.\n\n"
        "\"Air mulai masuk rumah sekitar pukul 04.00 WIB, cepat sekali naiknya,\" kata Suryani, warga RT 03, "
        "saat ditemui di lokasi.\n\n"
        "Kepala Badan Penanggulangan Bencana Daerah Kota Bekasi, Priadi Santoso, mengatakan petugas telah "
        "mengerahkan tiga perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak."
    ),
    "keyword": "banjir bekasi",
    "category": "Megapolitan",
    "source": "kompas",
    "link": "https://megapolitan.kompas.com/read/2025/06/10/14300001/banjir-rendam-ratusan-rumah-di-bekasi",
}

DETIK = {
    "title": "Harga Cabai Rawit di Pasar Induk Kramat Jati Naik Jadi Rp 80 Ribu per Kilogram",
    "publish_date": "2025-06-11 09:15:00",
    "author": "Aulia Damayanti",
    "content": (
        "Jakarta - Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, naik menjadi Rp 80.000 "
        "per kilogram pada Rabu (11/6/2025).\n\n"
        "Sepekan sebelumnya, harga cabai rawit masih berada di kisaran Rp 55.000 per kilogram. Pedagang menyebut "
        "pasokan dari Jawa Tengah berkurang karena hujan yang turun hampir setiap hari.\n\n"
        "\"Barangnya sedikit, yang datang juga banyak yang busuk,\" ujar Slamet, pedagang cabai di los B.\n\n"
        "Kementerian Perdagangan menyatakan akan memantau harga di sejumlah pasar induk dan menyiapkan operasi "
        "pasar bila kenaikan berlanjut hingga akhir bulan."
    ),
    "keyword": "harga cabai",
    "category": "Berita Ekonomi Bisnis",
    "source": "detik",
    "link": "https://finance.detik.com/berita-ekonomi-bisnis/d-7960123/harga-cabai-rawit-naik",
}

ROWS = [KOMPAS, DETIK]
WIB = {"2025-06-10 14:30:00": "2025-06-10T14:30:00+07:00", "2025-06-11 09:15:00": "2025-06-11T09:15:00+07:00"}


def write_csv(path: Path, rows: list[dict], delimiter: str = ",", columns: list[str] = COLUMNS, encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[dict]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    for row in rows:
        # news-watch's xlsx holds the date as a date cell, not text
        sheet.append([datetime.fromisoformat(row[c]) if c == "publish_date" else row[c] for c in COLUMNS])
    book.save(path)
    return path


def write_parquet(path: Path, rows: list[dict]) -> Path:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = pa.table({c: [r[c] for r in rows] for c in COLUMNS})
    pq.write_table(table, path)
    return path


WRITERS = {
    "news.csv": lambda p, rows: write_csv(p, rows),
    "news.tsv": lambda p, rows: write_csv(p, rows, "\t"),
    "news.xlsx": write_xlsx,
    "news.json": lambda p, rows: p.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8") and p,
    "news.jsonl": lambda p, rows: p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8") and p,
    "news.parquet": write_parquet,
}


def read(path: Path, **kwargs) -> list:
    return list(Reader(**kwargs).read([path]))


def assert_newswatch_docs(items: list) -> None:
    assert [type(i) for i in items] == [RawDocument, RawDocument], items
    for doc, row in zip(items, ROWS, strict=True):
        assert doc.kind == "text" and doc.content == row["content"]
        assert doc.given["title"] == row["title"]
        assert doc.given["outlet"] == row["source"]
        assert doc.given["url"] == row["link"]
        assert doc.given["authors"] == row["author"]
        assert doc.given["published"] == WIB[row["publish_date"]]
        assert doc.warnings == []


@pytest.mark.parametrize("name", list(WRITERS))
def test_each_newswatch_format_gives_one_document_a_row(tmp_path, name):
    path = WRITERS[name](tmp_path / name, ROWS)
    items = read(path)
    assert_newswatch_docs(items)
    assert items[0].record in ("row1", "L1") and items[1].record in ("row2", "L2")
    # the progress bar's total and the Dask plan count the rows, not the file
    scanned = Reader().scan(path)
    assert scanned is not None and scanned[0] == [1, 2]
    assert count_pages([str(path)]) == 2
    # a range of records reads just those
    (second,) = list(Reader().read_records(path, 2, None))
    assert isinstance(second, RawDocument) and second.given["title"] == DETIK["title"]


def test_gzipped_csv_and_a_json_wrapper_object(tmp_path):
    plain = write_csv(tmp_path / "plain.csv", ROWS)
    packed = tmp_path / "news.csv.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert_newswatch_docs(read(packed))
    wrapped = tmp_path / "export.json"
    wrapped.write_text(json.dumps({"status": "ok", "total": 2, "articles": ROWS}, ensure_ascii=False), encoding="utf-8")
    assert_newswatch_docs(read(wrapped))


def test_a_byte_order_mark_semicolons_and_cp1252_are_read(tmp_path):
    # Excel's "CSV UTF-8" starts with a BOM; European-locale Excel separates with ";"
    bom = write_csv(tmp_path / "excel.csv", ROWS, ";", encoding="utf-8-sig")
    assert_newswatch_docs(read(bom))
    row = {**KOMPAS, "author": "Andrés Pérez"}
    legacy = write_csv(tmp_path / "legacy.csv", [row], encoding="cp1252")
    (doc,) = read(legacy)
    assert isinstance(doc, RawDocument) and doc.given["authors"] == "Andrés Pérez"


INDONESIAN = ["judul", "tanggal", "penulis", "isi", "kategori", "sumber", "tautan"]


def _indonesian(row: dict) -> dict:
    return {"judul": row["title"], "tanggal": row["publish_date"], "penulis": row["author"], "isi": row["content"],
            "kategori": row["category"], "sumber": row["source"], "tautan": row["link"]}


def test_indonesian_column_names_are_known_without_a_mapping(tmp_path):
    path = write_csv(tmp_path / "berita.csv", [_indonesian(r) for r in ROWS], columns=INDONESIAN)
    assert_newswatch_docs(read(path))


def test_field_mapping_names_unusual_columns_and_wins_over_the_usual_names(tmp_path):
    columns = ["judul_artikel", "waktu_tayang", "naskah_lengkap", "ringkasan", "portal_berita"]
    rows = [{"judul_artikel": r["title"], "waktu_tayang": r["publish_date"], "naskah_lengkap": r["content"],
             "ringkasan": r["content"].split("\n\n")[0], "portal_berita": r["source"]} for r in ROWS]
    path = write_csv(tmp_path / "ekspor.csv", rows, columns=columns)
    # without the mapping the file has no text column, and is refused once, saying how to name it
    (refused,) = read(path)
    assert isinstance(refused, Rejection) and "--field text=COLUMN" in refused.reason and "naskah_lengkap" in refused.reason
    fields = parse_fields(["text=naskah_lengkap,published=waktu_tayang", "title=judul_artikel", "outlet=portal_berita"])
    docs = read(path, fields=fields)
    assert [d.content for d in docs] == [KOMPAS["content"], DETIK["content"]]
    assert [d.given["published"] for d in docs] == [WIB[KOMPAS["publish_date"]], WIB[DETIK["publish_date"]]]
    assert docs[1].given["outlet"] == "detik" and docs[1].given["title"] == DETIK["title"]
    # the user's column wins over a usual name: the summary column read as the text
    (first, _) = read(write_csv(tmp_path / "b.csv", [_indonesian(r) | {"ringkasan": "Ringkas."} for r in ROWS],
                                columns=[*INDONESIAN, "ringkasan"]), fields={"text": "ringkasan"})
    assert first.content == "Ringkas."
    # a mapped column the file does not have
    (missing,) = read(path, fields={"text": "isi_berita"})
    assert isinstance(missing, Rejection) and "no column 'isi_berita' (--field text=isi_berita)" in missing.reason


def test_parse_fields_refuses_unknown_fields_and_malformed_pairs():
    assert parse_fields("text=isi, published=tanggal") == {"text": "isi", "published": "tanggal"}
    assert parse_fields("author=penulis") == {"authors": "penulis"}
    with pytest.raises(ValueError, match="unknown field 'body'"):
        parse_fields("body=isi")
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_fields("text")


def test_an_unknown_field_is_a_one_line_usage_error_before_any_model_loads(tmp_path, capsys):
    path = write_csv(tmp_path / "news.csv", ROWS)
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", str(path), "--out", str(tmp_path / "out"), "--field", "isi=text", "-q"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "unknown field 'isi'" in err
    assert not (tmp_path / "out").exists()


def test_content_decides_the_format_not_the_suffix(tmp_path):
    as_txt = tmp_path / "unduhan.txt"
    as_txt.write_bytes(write_csv(tmp_path / "x.csv", ROWS).read_bytes())
    assert_newswatch_docs(read(as_txt))
    lines_as_json = tmp_path / "news.json"
    lines_as_json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    items = read(lines_as_json)
    assert_newswatch_docs(items)
    assert [i.record for i in items] == ["L1", "L2"]
    array_as_txt = tmp_path / "array.txt"
    array_as_txt.write_text(json.dumps(ROWS, ensure_ascii=False), encoding="utf-8")
    assert_newswatch_docs(read(array_as_txt))


def test_pages_with_commas_or_one_column_stay_pages(tmp_path):
    page = tmp_path / "berita.txt"
    page.write_text(KOMPAS["title"] + "\n\n" + KOMPAS["content"], encoding="utf-8")
    (doc,) = read(page)
    assert isinstance(doc, RawDocument) and doc.record is None and doc.content.startswith(KOMPAS["title"])
    one_column = tmp_path / "daftar.txt"
    one_column.write_text("content\nBanjir di Bekasi.\nHarga cabai naik.\n", encoding="utf-8")
    (doc,) = read(one_column)
    assert isinstance(doc, RawDocument) and doc.record is None and doc.content.startswith("content")


def test_bad_rows_are_rejected_with_reasons_and_the_good_ones_read(tmp_path):
    huge = "Banjir. " * 40_000  # 320 KB, over the reader's limit below
    path = tmp_path / "campur.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerow([KOMPAS[c] for c in COLUMNS])
        writer.writerow(["Tanpa isi", "2025-06-10 10:00:00", "Redaksi", "", "x", "News", "kompas", "https://kompas.com/x"])
        writer.writerow(["Kolom lebih", "2025-06-10 10:00:00", "Redaksi", "Isi.", "x", "News", "kompas", "https://kompas.com/y", "lebih"])
        writer.writerow(["Terlalu besar", "2025-06-10 10:00:00", "Redaksi", huge, "x", "News", "kompas", "https://kompas.com/z"])
        writer.writerow([DETIK[c] for c in COLUMNS])
    items = read(path, max_bytes=256 * 1024)
    kinds = [(type(i).__name__, i.record if isinstance(i, RawDocument) else i.source) for i in items]
    assert kinds == [("RawDocument", "row1"), ("Rejection", f"{path}#row2"), ("Rejection", f"{path}#row3"),
                     ("Rejection", f"{path}#row4"), ("RawDocument", "row5")]
    assert "no text (its 'content' is empty" in items[1].reason
    assert "row has 9 fields, the header 8" in items[2].reason
    assert "row too large" in items[3].reason
    assert items[4].given["title"] == DETIK["title"]


def test_bad_json_records_and_binary_tables_are_rejected(tmp_path):
    array = tmp_path / "news.json"
    array.write_text(json.dumps([KOMPAS, "bukan objek", {"title": "tanpa isi"}, DETIK], ensure_ascii=False), encoding="utf-8")
    items = read(array)
    assert [type(i) for i in items] == [RawDocument, Rejection, Rejection, RawDocument]
    assert "not an object" in items[1].reason and "no text column" in items[2].reason
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(ROWS, ensure_ascii=False)[:-200], encoding="utf-8")
    items = read(cut)
    assert isinstance(items[0], RawDocument) and isinstance(items[-1], Rejection)
    assert items[-1].reason.startswith("stopped after record 1:")
    garbage = tmp_path / "rusak.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    (rejected,) = read(garbage)
    assert isinstance(rejected, Rejection) and "not a readable XLSX workbook" in rejected.reason
    binary = tmp_path / "gambar.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    (rejected,) = read(binary)
    assert isinstance(rejected, Rejection)


def test_parquet_without_pyarrow_names_the_extra(tmp_path, monkeypatch):
    import builtins

    path = tmp_path / "news.parquet"
    path.write_bytes(b"PAR1" + b"\x00" * 64 + b"PAR1")
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    (rejected,) = read(path)
    assert isinstance(rejected, Rejection) and "pip install 'telisik[parquet]'" in rejected.reason


def test_raw_documents_from_in_memory_records():
    records = [
        {**KOMPAS, "publish_date": datetime(2025, 6, 10, 14, 30), "author": ["Firda Janati", "Ihsanuddin"],
         "category": math.nan},
        {**DETIK, "publish_date": datetime(2025, 6, 11, 2, 15, tzinfo=UTC)},
        {"title": "Tanpa isi", "content": None},
        "bukan rekaman",
    ]
    items = list(raw_documents(records, source="notebook"))
    first, second, empty, odd = items
    assert isinstance(first, RawDocument) and first.source == "notebook" and first.record == "row1"
    assert first.given["published"] == "2025-06-10T14:30:00+07:00"
    assert first.given["authors"] == ["Firda Janati", "Ihsanuddin"]
    assert isinstance(second, RawDocument) and second.given["published"] == "2025-06-11T02:15:00+00:00"
    assert isinstance(empty, Rejection) and empty.source == "notebook#row3"
    assert isinstance(odd, Rejection) and "not a mapping" in odd.reason
    mapped = list(raw_documents([{"isi_lengkap": "Teks berita.", "tgl": "2025-06-10"}], fields={"text": "isi_lengkap"}))
    assert isinstance(mapped[0], RawDocument) and mapped[0].given == {"published": "2025-06-10"}


def test_newswatch_records_analysed_with_a_mapping(tmp_path, analyzer):
    path = write_csv(tmp_path / "berita.csv", [_indonesian(r) for r in ROWS], columns=INDONESIAN)
    articles = list(analyzer.process_all(Reader(fields={"text": "isi"}).read([path])))
    assert [a.title for a in articles] == [KOMPAS["title"], DETIK["title"]]
    assert [a.published for a in articles] == ["2025-06-10T14:30+07:00", "2025-06-11T09:15+07:00"]
    assert articles[0].authors == ["Firda Janati"] and articles[0].url == KOMPAS["link"]


def test_analyze_a_newswatch_csv_end_to_end(tmp_path):
    path = write_csv(tmp_path / "news.csv", ROWS)
    out = tmp_path / "out"
    assert main(["analyze", str(path), "--out", str(out), "-q"]) == 0
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    articles = sorted(analysis["articles"], key=lambda a: a["published"])
    assert [a["title"] for a in articles] == [KOMPAS["title"], DETIK["title"]]
    assert [a["outlet"] for a in articles] == ["Kompas", "Detik"]
    assert [a["published"] for a in articles] == ["2025-06-10T14:30+07:00", "2025-06-11T09:15+07:00"]
    assert articles[0]["url"] == KOMPAS["link"] and articles[1]["authors"] == ["Aulia Damayanti"]
    assert analysis["rejected"] == []


def test_the_dask_plan_cuts_a_table_into_row_ranges_and_its_workers_read_with_the_mapping(tmp_path):
    from telisik.engine.batch import _analyzer
    from telisik.engine.tasks import plan

    rows = [{"naskah": r["content"], "judul_artikel": r["title"]} for r in ROWS * 3]
    path = write_csv(tmp_path / "ekspor.csv", rows, columns=["judul_artikel", "naskah"])
    fields = {"text": "naskah", "title": "judul_artikel"}
    tasks = plan([path], Reader(fields=fields), workers=2, chunk=2, min_chunk=1)
    units = [unit for task in tasks for unit in task]
    assert len(units) > 1 and units[0].lo == 1 and units[-1].hi is None
    assert all(a.hi == b.lo for a, b in zip(units, units[1:], strict=False))  # ranges of rows, one after another
    worker = _analyzer(Reader().max_bytes, fields=fields)  # what analyse_task reads with; its NLP is not built here
    docs = [doc for u in units for doc in worker.reader.read_records(path, u.lo, u.hi)]
    assert [d.record for d in docs] == [f"row{n}" for n in range(1, 7)]
    assert [d.given["title"] for d in docs] == [r["judul_artikel"] for r in rows]
