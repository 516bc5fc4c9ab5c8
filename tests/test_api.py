"""``telisik.analyze``: paths, records and a news-watch DataFrame in; an Analysis with typed records and flat tables out."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import telisik
from newswatch_rows import ROWS, write_csv, write_native_jsonl
from telisik.api import Analysis
from telisik.engine.local import Analyzer
from telisik.extras import MissingExtra
from telisik.output.tables import COLUMNS, TABLES
from telisik.records import Rejection
from telisik.records.document import DocumentArticle
from telisik.records.stories import Story

DOC = Path(__file__).resolve().parent.parent / "docs" / "python-api.md"
WIB = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="module")
def from_records(analyzer) -> Analysis:
    return telisik.analyze(ROWS, analyzer=analyzer)


def by_outlet(analysis: Analysis) -> dict[str | None, DocumentArticle]:
    return {a.outlet: a for a in analysis.articles}


def test_records_give_typed_articles_and_a_story_of_the_flood(from_records):
    articles = by_outlet(from_records)
    assert set(articles) == {"Detik", "Kompas", "Tempo"}
    assert all(isinstance(a, DocumentArticle) for a in from_records.articles)
    assert all(isinstance(s, Story) for s in from_records.stories)
    detik, kompas, tempo = articles["Detik"], articles["Kompas"], articles["Tempo"]
    assert detik.published == "2025-03-04T10:15+07:00" and detik.authors == ["Rizky Adha Mahendra"]
    assert detik.source == "records" and detik.record == "row1"
    flood = next(s for s in from_records.stories if detik.id in s.articles)
    assert sorted(flood.articles) == sorted([detik.id, kompas.id]) and tempo.id not in flood.articles
    assert any(q.speaker == "Idham Kholik" and q.direct for q in kompas.quotes)
    assert [c.source for c in tempo.citations] == ["Antara"]
    assert from_records.rejected == []
    assert re.fullmatch(r"<Analysis: 3 articles, \d+ stories, \d+ threads, 0 rejected>", repr(from_records))


def test_a_news_watch_dataframe_gives_every_table_typed(analyzer, from_records):
    rows = [dict(row) for row in ROWS]
    rows[2]["author"] = None  # news-watch leaves a byline it could not read empty
    rows.append({**ROWS[0], "title": "Video: Banjir Bekasi", "content": None, "link": "https://news.detik.com/d-7810002/video"})
    analysis = telisik.analyze(pd.DataFrame(rows), analyzer=analyzer)
    assert [a.id for a in analysis.articles] == [a.id for a in from_records.articles]  # same pages, same ids
    assert [(type(r), r.source, "no text" in r.reason) for r in analysis.rejected] == [(Rejection, "DataFrame#row4", True)]

    tables = analysis.to_pandas()
    assert list(tables) == list(TABLES)
    for name, frame in tables.items():
        assert list(frame.columns) == [c.name for c in COLUMNS[name]], name
    for name in ("articles", "mentions", "quotes", "citations", "events", "stories", "entities", "rejected"):
        assert len(tables[name]) > 0, name

    articles = tables["articles"].set_index("outlet")
    published = articles["published"]
    assert isinstance(published.dtype, pd.DatetimeTZDtype) and published.iloc[0].utcoffset() == dt.timedelta(hours=7)
    assert published["Detik"] == pd.Timestamp(dt.datetime(2025, 3, 4, 10, 15, tzinfo=WIB))
    assert articles.loc["Kompas", "published_date"] == dt.date(2025, 3, 4)
    assert articles.loc["Kompas", "published_text"] == "2025-03-04T14:30+07:00"
    assert articles.loc["Detik", "authors"] == ["Rizky Adha Mahendra"] and articles.loc["Tempo", "authors"] == []
    assert str(articles["sentences"].dtype) == "Int64" and (articles["sentences"] >= 3).all()

    quotes = tables["quotes"]
    idham = quotes[quotes["text"].str.startswith("Debit Kali Bekasi naik")].iloc[0]
    assert idham["speaker"] == "Idham Kholik" and bool(idham["direct"]) and idham["cue"] == "ujar"
    entities = tables["entities"].set_index("id")
    assert entities.loc[idham["speaker_entity_id"], "name"] == "Idham Kholik"
    mentions = tables["mentions"]
    assert set(mentions[mentions["name"] == "Idham Kholik"]["article_id"]) == {articles.loc["Detik", "id"], articles.loc["Kompas", "id"]}
    assert tables["citations"]["source"].tolist() == ["Antara"]
    events = tables["events"]
    assert dt.date(2025, 3, 4) in set(events["when_date"]) and all(isinstance(who, list) for who in events["who"])
    stories = tables["stories"].set_index("article_count")
    assert sorted(stories.loc[2, "articles"]) == sorted([articles.loc["Detik", "id"], articles.loc["Kompas", "id"]])
    assert isinstance(stories.loc[2, "first"], dt.date)


def test_paths_a_file_or_a_list_read_as_the_command_line_does(analyzer, from_records, tmp_path):
    csv_file = write_csv(tmp_path / "berita.csv")
    from_file = telisik.analyze(csv_file, analyzer=analyzer)
    assert sorted(a.id for a in from_file.articles) == sorted(a.id for a in from_records.articles)
    assert {a.record for a in from_file.articles} == {"row1", "row2", "row3"}
    jsonl = write_native_jsonl(tmp_path / "berita.jsonl")
    from_list = telisik.analyze([str(jsonl)], analyzer=analyzer)
    assert by_outlet(from_list)["Kompas"].published == "2025-03-04T14:30+07:00"


def test_fields_name_other_columns_for_records_and_for_files(analyzer, tmp_path, monkeypatch):
    monkeypatch.setattr(Analyzer, "nlp", analyzer.nlp)  # the Analyzer made for the file's fields loads no model again
    row = {"naskah_lengkap": ROWS[2]["content"], "waktu_tayang": "2025-03-05 09:00:00", "judul": ROWS[2]["title"]}
    fields = {"text": "naskah_lengkap", "published": "waktu_tayang"}
    from_records = telisik.analyze([row], fields=fields, analyzer=analyzer)
    assert [(a.title, a.published) for a in from_records.articles] == [(ROWS[2]["title"], "2025-03-05T09:00+07:00")]
    table = tmp_path / "ekspor.csv"
    pd.DataFrame([row]).to_csv(table, index=False)
    from_file = telisik.analyze(table, fields=fields, max_chars=50_000)
    assert [a.published for a in from_file.articles] == ["2025-03-05T09:00+07:00"]


def test_nothing_to_analyse_gives_empty_tables_with_their_columns(analyzer):
    empty = telisik.analyze([], analyzer=analyzer)
    assert empty.articles == [] and empty.stories == []
    articles = empty.to_pandas("articles")
    assert len(articles) == 0 and list(articles.columns) == [c.name for c in COLUMNS["articles"]]
    assert isinstance(articles["published"].dtype, pd.DatetimeTZDtype)


def test_wrong_data_is_a_type_error_before_any_model_loads(analyzer, monkeypatch):
    monkeypatch.setattr(Analyzer, "nlp", property(lambda self: pytest.fail("the model loaded")))
    with pytest.raises(TypeError, match="not int"):
        telisik.analyze(42)
    with pytest.raises(TypeError, match="paths or records, not both"):
        telisik.analyze(["berita.csv", ROWS[0]])
    with pytest.raises(TypeError, match="analyzer or its limits"):
        telisik.analyze(ROWS, analyzer=analyzer, max_chars=1000)
    with pytest.raises(TypeError, match="not a Series"):
        telisik.analyze(pd.DataFrame(ROWS)["content"])
    with pytest.raises(FileNotFoundError, match="berita.cvs"):
        telisik.analyze("berita.cvs")


def test_to_pandas_without_pandas_names_the_extra(from_records, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtra, match=re.escape("pip install 'telisik[pandas]'")):
        from_records.to_pandas()
    # the plain rows need no pandas
    assert {row["speaker"] for row in from_records.table("quotes").rows} >= {"Idham Kholik", "Tri Adhianto", "Sri Mulyani Indrawati"}


def test_write_json_then_load_gives_the_same_document(from_records, tmp_path):
    written = from_records.write(tmp_path, format="json")
    assert [p.name for p in written] == ["analysis.json", "report.html"]
    assert Analysis.load(tmp_path / "analysis.json").to_dict() == from_records.to_dict()


def test_import_telisik_loads_neither_the_nlp_nor_pandas():
    code = "import sys, telisik; telisik.analyze; print(sorted(m for m in ('spacy', 'pandas', 'pyarrow', 'telisik.api') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_worked_example_in_the_docs_runs(analyzer, tmp_path, monkeypatch, capsys):
    """Every ``python`` block of docs/python-api.md, in order, in one namespace, on a news-watch CSV."""
    monkeypatch.setattr(Analyzer, "nlp", analyzer.nlp)  # the session's model: the example's calls load none
    monkeypatch.chdir(tmp_path)
    write_csv(tmp_path / "berita.csv")
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 6
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, str(DOC), "exec"), namespace)
    assert namespace["per_day"].to_numpy().sum() == 3
    top_names = namespace["names"][namespace["top"].sort_values(ascending=False).index[:2]]
    assert set(top_names) == {"Idham Kholik", "Tri Adhianto"}
    assert len(namespace["story_articles"]) == 3
    assert (tmp_path / "hasil" / "articles.parquet").is_file() and (tmp_path / "hasil" / "report.html").is_file()
    assert "<Analysis: 3 articles" in capsys.readouterr().out
