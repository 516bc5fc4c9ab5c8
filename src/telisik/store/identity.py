"""Which id a page read is stored under.

An article is known by its id and by its content (``content_key``): a page is
stored already when its id holds the same content, and a page whose id holds
another page is stored beside it under an id made from both, so that a forged
id never hides the page it names. An id no database can hold is replaced by
the page's content key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from telisik.pages.assemble import article_id
from telisik.records import RawDocument

# articles.id
ID_LENGTH = 64
# what no id holds: any control character, a lone surrogate
BAD_IN_ID = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def content_key(doc: RawDocument) -> str:
    """The digest of a page as read (its URL and content): the id ``article_id`` gives a page whose input names none."""
    return article_id(replace(doc, given={k: v for k, v in doc.given.items() if k != "id"}))


@dataclass
class Page:
    """A page read, with the id it is to be stored under, its content key, and what its id needs said."""

    doc: RawDocument
    id: str
    key: str
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, doc: RawDocument) -> Page:
        """The page under its input's id, or under its content key when no database can hold that id."""
        key, given = content_key(doc), article_id(doc)
        fault = id_fault(given)
        if fault is None:
            return cls(doc, given, key)
        return cls(doc, key, key, [f"id {shown(given)} cannot be stored: {fault}; stored as {key}"])

    def document(self) -> RawDocument:
        """The page for the analyzer, with its id and warnings."""
        if not self.warnings:
            return self.doc
        return replace(self.doc, given={**self.doc.given, "id": self.id}, warnings=[*self.doc.warnings, *self.warnings])

    def wanted(self) -> list[str]:
        """The ids to look up for the page: its own and those it would take if another page held it."""
        return [self.id, *derived_ids(self.id, self.key)]


def id_fault(aid: str) -> str | None:
    """Why no database can hold an id (None: one can)."""
    if BAD_IN_ID.search(aid):
        return "it holds control characters or lone surrogates"
    if len(aid) > ID_LENGTH:
        return f"it is longer than {ID_LENGTH} characters"
    return None


def shown(aid: str) -> str:
    """An id as a warning quotes it: escaped, and cut short."""
    return ascii(aid[:80]) + ("…" if len(aid) > 80 else "")


def derived_ids(aid: str, key: str) -> tuple[str, str]:
    """Ids for a page whose input's id names another page: that id with its content key, short, then whole."""
    return f"{aid[: ID_LENGTH - 9]}~{key[:8]}", f"{aid[: ID_LENGTH - 17]}~{key}"


def place(page: Page, stored: Mapping[str, str | None]) -> str | Page | None:
    """Where a page goes, given the content key of each stored id: the id that holds it already (its own,
    or one made from it, with its content key), or the page under the first of those ids that is free
    (None: each holds another page)."""
    for n, aid in enumerate(page.wanted()):
        if aid not in stored:
            if n == 0:
                return page
            return replace(page, id=aid, warnings=[*page.warnings, f"id {page.id} already names another page; stored as {aid}"])
        # an article stored before content keys were kept is known by its id alone
        if stored[aid] in (page.key, None):
            return aid
    return None
