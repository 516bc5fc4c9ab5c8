"""telisik: a news-intelligence engine for Indonesian-language news.

``telisik.analyze(data)`` analyses files, records or a pandas DataFrame and returns
an ``Analysis`` (``telisik.api``; docs/python-api.md). Importing telisik imports
neither the NLP nor pandas: ``analyze`` does, when called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from telisik.version import __version__

if TYPE_CHECKING:
    from telisik.api import Analysis
    from telisik.engine.local import Analyzer

__all__ = ["Analysis", "__version__", "analyze"]


def analyze(data: Any, *, fields: Mapping[str, str] | None = None, analyzer: Analyzer | None = None, **limits: Any) -> Analysis:
    """Analyse ``data`` (a path or paths, an iterable of records, a pandas DataFrame) into an ``Analysis``.

    ``fields`` maps telisik's fields to other column names ({"text": "isi"}); ``limits`` are the
    ``Analyzer``'s bounds (``max_chars``, ``page_seconds``, ...); ``analyzer`` reuses one already made,
    and its loaded NLP, across calls. See ``telisik.api.analyze``.
    """
    from telisik.api import analyze as run

    return run(data, fields=fields, analyzer=analyzer, **limits)


def __getattr__(name: str) -> Any:
    # ``telisik.Analysis`` without importing telisik.api (pydantic, the records) with telisik itself
    if name == "Analysis":
        from telisik.api import Analysis

        return Analysis
    raise AttributeError(f"module 'telisik' has no attribute {name!r}")
