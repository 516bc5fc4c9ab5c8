"""The corpus records the bench scripts read, and the article telisik's pages stage makes of one (no NLP).

Imported by its siblings (``python bench/chrome.py`` puts ``bench/`` first on the path).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from telisik.pages.assemble import prepare_article
from telisik.pages.read import given_fields
from telisik.records import Article, RawDocument


def records(path: Path, limit: int | None, outlet: str | None) -> Iterator[dict[str, Any]]:
    """Corpus records with a text, in file order, at most ``limit`` per outlet (of the outlets whose name holds ``outlet``)."""
    seen: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            name = str(rec.get("outlet") or "?")
            if (outlet and outlet not in name) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
                continue
            if limit is not None and seen[name] >= limit:
                continue
            seen[name] += 1
            yield rec


def article(rec: dict[str, Any]) -> Article | None:
    """The article the pages stage makes of a record; None when it rejects it."""
    given, _ = given_fields(rec)
    result = prepare_article(RawDocument("corpus", "text", rec["text"], str(rec.get("id")), given), 10**8)
    return result if isinstance(result, Article) else None
