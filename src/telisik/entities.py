"""Entities (placeholder: replaced by the NER / gazetteer / alias work of issue 3)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


class EntityLinker:
    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        return doc


@Language.factory("telisik_entities", default_config={})
def make_entity_linker(nlp: Language, name: str) -> EntityLinker:
    return EntityLinker()


def add_entity_pipes(nlp: Language) -> None:
    nlp.add_pipe("telisik_entities")


def link_across(articles: list[Any]) -> list[dict[str, Any]]:
    """The document-level ``entities`` list; sets each article entity's ``global_id``."""
    return []
