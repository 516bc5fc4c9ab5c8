"""The JSON API against its own OpenAPI schema, with Schemathesis generating the requests.

The app is the in-process ASGI app (no server) over a small store of the
fixture articles: three stories across outlets, a football match and a hostile
page (tests/store_fixtures.py). Every operation of ``/api/openapi.json`` gets
generated requests, valid and not; none may be answered with a 5xx, and what
an answer says must fit the schema.

Hypothesis draws ``MAX_EXAMPLES`` requests an operation (seven operations, about
1-2 s each here), so the module stays well under a minute on two cores. In
process, an unhandled exception in a handler is raised into the test (with its
traceback) rather than answered as a 500: either way the test fails.

``schemathesis.pytest.from_fixture`` would let a fixture build the app, but in
schemathesis 4.32 under pytest 9 it fails (``'Function' object has no attribute
'_nodeid'``), so the app is built at import over a stand-in that the module's
fixture fills with the real store.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

from store_fixtures import ALL, HOSTILE, write_jsonl
from telisik.engine.ingest import ingest
from telisik.store.repository import Store
from telisik.web.app import create_app

MAX_EXAMPLES = 100


class _StoreOfTheModule:
    """Stands in for the store while the module is collected: ``from_asgi`` needs the app then, the store needs the analyzer fixture."""

    store: Store | None = None

    def __getattr__(self, name: str) -> Any:
        if self.store is None:
            raise RuntimeError("the store is built by the `api_store` fixture")
        return getattr(self.store, name)


STORE = _StoreOfTheModule()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note that its TestClient will move to httpx2
    # loading the schema asks the app for /api/openapi.json, which reads nothing from the store
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(STORE))  # type: ignore[arg-type]


@pytest.fixture(scope="module", autouse=True)
def api_store(tmp_path_factory, analyzer):
    tmp = tmp_path_factory.mktemp("api-schema")
    source = write_jsonl(tmp / "articles.jsonl", [*ALL, HOSTILE])
    store = Store(str(tmp / "api.db"))
    report = ingest(store, [str(source)], analyzer)
    assert report.added == len(ALL) + 1
    STORE.store = store
    yield store
    STORE.store = None
    store.close()


def test_the_schema_has_the_api_operations():
    paths = {result.ok().path for result in schema.get_all_operations()}
    assert {
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/threads",
        "/api/threads/{thread_id}",
        "/api/articles/{article_id}",
        "/api/entities/{entity_id}",
        "/api/outlets",
        "/api/search",
        "/healthz",
    } <= paths


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_answers_every_generated_request_without_a_server_error(case):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])


@pytest.mark.parametrize(
    ("path", "param", "value"),
    [
        ("/api/stories/{story_id}", "story_id", lambda s: s.article("banjir-kompas-1")["story"]),
        ("/api/articles/{article_id}", "article_id", lambda s: "hostile-1"),
        ("/api/articles/{article_id}", "article_id", lambda s: "kpk-antara-1"),
        ("/api/entities/{entity_id}", "entity_id", lambda s: s.article("hostile-1")["entities"][-1]["global_id"]),
    ],
)
def test_stored_ids_answer_200_in_the_documented_shape(api_store, path, param, value):
    # generated ids are never in the store: these are, so the 200 answers are checked against the schema too
    case = schema[path]["GET"].Case(path_parameters={param: value(api_store)})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        response = case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
    assert response.status_code == 200
