"""The analysis document (``analysis.json``) as a typed record, and its JSON Schema.

The schema is generated from the records (``AnalysisDocument.json_schema()``)
and shipped with the package as ``analysis.schema.json``, which ``telisik
schema`` prints; a test checks that the shipped file is the generated one. The
contract in prose is ``shared/spec/output.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from telisik.records.base import Record, omit_when
from telisik.records.entities import CollectionEntity
from telisik.records.pages import Article, Rejection
from telisik.records.stories import Story, Thread

SCHEMA_FILE = "analysis.schema.json"


@dataclass
class DocumentArticle(Article):
    """An article as the document holds it: with the id of the story it is in (None when in none)."""

    story: str | None = None


@dataclass
class AnalysisDocument(Record):
    """Everything one run found: its rejections, articles, the entities linked across them, stories and threads."""

    telisik_version: str
    rejected: list[Rejection] = field(default_factory=list)
    articles: list[DocumentArticle] = field(default_factory=list)
    entities: list[CollectionEntity] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    threads: list[Thread] = field(default_factory=list)  # stories of one developing situation
    warnings: list[str] = omit_when([])  # a stage that failed as a whole (the articles are kept)


def generated_schema() -> dict[str, Any]:
    schema = AnalysisDocument.json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "telisik analysis document"
    return schema


def schema_text() -> str:
    """The generated schema as the shipped file holds it."""
    return json.dumps(generated_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def shipped_schema() -> str:
    return resources.files("telisik.records").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


if __name__ == "__main__":  # python -m telisik.records.document > src/telisik/records/analysis.schema.json
    print(schema_text(), end="")
