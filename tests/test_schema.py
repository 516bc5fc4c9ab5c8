"""The JSON Schema of analysis.json: generated from the typed records, shipped, and true to real output."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from telisik.records.document import AnalysisDocument, schema_text, shipped_schema

REPO = Path(__file__).resolve().parent.parent


def test_the_shipped_schema_is_the_one_the_records_generate():
    # regenerate with: python -m telisik.records.document > src/telisik/records/analysis.schema.json
    assert shipped_schema() == schema_text()


def test_the_schema_names_every_fact_of_an_article():
    schema = json.loads(shipped_schema())
    article = schema["$defs"]["DocumentArticle"]["properties"]
    for key in ("timexes", "timex_anchor", "entities", "quotes", "citations", "events", "caption_events", "story"):
        assert key in article
    assert article["quotes"]["items"] == {"$ref": "#/$defs/Quote"}
    event = schema["$defs"]["Event"]["properties"]
    assert {"type", "who", "where", "when", "status", "in"} <= set(event)
    story = schema["$defs"]["Story"]["properties"]
    assert story["timeline"]["items"] == {"$ref": "#/$defs/TimelineEntry"}


def test_telisik_schema_prints_the_shipped_schema(tmp_path):
    done = subprocess.run([sys.executable, "-m", "telisik", "schema"], capture_output=True, text=True, check=True)
    assert done.stdout == shipped_schema()
    out = tmp_path / "analysis.schema.json"
    subprocess.run([sys.executable, "-m", "telisik", "schema", "--out", str(out)], check=True)
    assert out.read_text(encoding="utf-8") == shipped_schema()


@pytest.fixture(scope="module")
def example_document(tmp_path_factory, analyzer):
    return analyzer.analyze([REPO / "examples"])


def test_an_analysis_document_reads_back_into_the_records_and_writes_the_same_json(example_document):
    # every key the stages write is a field of a record: nothing is lost on the way through them
    document = json.loads(json.dumps(example_document, ensure_ascii=False))
    assert document["articles"] and document["stories"]
    again = AnalysisDocument.from_dict(document)
    assert again.to_dict() == document
    assert again.articles[0].entities[0].mentions[0].text


def test_a_document_with_a_wrong_field_does_not_read_back(example_document):
    document = json.loads(json.dumps(example_document, ensure_ascii=False))
    document["articles"][0]["timexes"] = [{"text": "Senin", "start": "awal"}]
    with pytest.raises(ValueError):
        AnalysisDocument.from_dict(document)


def test_each_removed_line_names_the_cleaner_rule_that_removed_it(example_document):
    from telisik.pages.clean import ABOVE_HEADLINE, HEADLINE_IN_BLOCK, INLINE_LINK, NAME_REPEAT, RULES

    known = {rule.name for rule in RULES} | {ABOVE_HEADLINE, HEADLINE_IN_BLOCK, INLINE_LINK, NAME_REPEAT}
    articles = example_document["articles"]
    assert any(a["removed"] for a in articles)
    for article in articles:
        assert len(article["removed_by"]) == len(article["removed"])
        assert set(article["removed_by"]) <= known
