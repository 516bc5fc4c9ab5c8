from __future__ import annotations

import os
from pathlib import Path

import pytest

from quote_runs import QuoteRun
from store_fixtures import PG_URL, pg_database

# one process a run unless a test asks for workers: every analyze of the suite would otherwise start
# a pool of workers that each load the NLP (tests of the pool set workers themselves)
os.environ.setdefault("TELISIK_WORKERS", "1")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def analyzer():
    from telisik.engine.local import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def nlp(analyzer):
    """The analyzer's article pipeline, for tests that read what it finds in sentences written for them."""
    return analyzer.nlp


@pytest.fixture(scope="session")
def quote_run() -> QuoteRun:
    """The quote component alone on a blank pipeline, for tests that give a text's entities themselves."""
    return QuoteRun()


@pytest.fixture
def speakers(quote_run: QuoteRun):
    """The speakers the quote component gives, in order, for a text whose entities are given as (type, forms)."""
    return lambda text, entities: [q.speaker for q in quote_run(text, entities)]


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The --db of a new, empty store."""
    if request.param == "sqlite":
        yield str(tmp_path / "telisik.db")
        return
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the store tests on PostgreSQL: TELISIK_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set TELISIK_TEST_PG_URL, e.g. from scripts/pg_test_server.sh)")
    url, drop = pg_database()
    yield url
    drop()
