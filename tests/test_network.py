"""The entity co-mention network: from rows, from an analysis document, from a store; GraphML and GEXF; the web views.

The hand-written rows are a week of Indonesian political news: five articles
from three outlets naming Prabowo Subianto, Gibran Rakabuming Raka, Sri
Mulyani, the KPK and Jakarta. The store is the fixture store of
tests/store_fixtures.py (a flood, an arrest by the KPK, a football match, a
hostile page), so its names are those the analyzer finds there.
"""

from __future__ import annotations

import io
import re
import sqlite3
import warnings
import xml.etree.ElementTree as ET
from contextlib import closing
from datetime import date

import networkx as nx
import pytest
import sqlalchemy as sa

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note that its TestClient will move to httpx2
    from fastapi.testclient import TestClient

from store_fixtures import ALL, HOSTILE, write_jsonl
from telisik.analyses.network import (
    EntityInfo,
    Mention,
    NetworkFilter,
    build_graph,
    clean_text,
    layout,
    mentions_from_document,
    write_graph,
)
from telisik.cli import main
from telisik.engine.ingest import ingest
from telisik.store import schema
from telisik.store.network import co_occurring, entity_days, events_naming, network
from telisik.store.repository import Store
from telisik.web.app import create_app
from telisik.web.network import DrawnNetworks, network_svg

SCRIPT = "<script>alert(1)</script>"

ENTITIES = {
    "E1": EntityInfo("E1", "Prabowo Subianto", "PER"),
    "E2": EntityInfo("E2", "Gibran Rakabuming Raka", "PER"),
    "E3": EntityInfo("E3", "Sri Mulyani", "PER"),
    "E4": EntityInfo("E4", "Komisi Pemberantasan Korupsi", "ORG"),
    "E5": EntityInfo("E5", "Jakarta", "LOC"),
}
# article: (outlet, day, entities named); "a1" names Prabowo twice (two article-local entities)
ARTICLES = {
    "a1": ("Kompas", date(2024, 10, 20), ["E1", "E2", "E5", "E1"]),
    "a2": ("Detik", date(2024, 10, 20), ["E1", "E2"]),
    "a3": ("Kompas", date(2024, 10, 21), ["E1", "E3", "E5"]),
    "a4": ("Tempo", date(2024, 10, 23), ["E4", "E5"]),
    "a5": ("Detik", date(2024, 10, 24), ["E1", "E2", "E3"]),
}


def mentions() -> list[Mention]:
    return [Mention(a, e, outlet, day) for a, (outlet, day, named) in ARTICLES.items() for e in named]


def weights(graph: nx.Graph) -> dict[frozenset[str], int]:
    return {frozenset((a, b)): d["weight"] for a, b, d in graph.edges(data=True)}


# ---------------------------------------------------------------------------- from rows


def test_an_edge_weighs_the_articles_naming_both_and_a_node_counts_its_articles():
    graph = build_graph(mentions(), ENTITIES)
    assert weights(graph) == {
        frozenset({"E1", "E2"}): 3,  # a1 (Prabowo twice, counted once), a2, a5
        frozenset({"E1", "E5"}): 2,
        frozenset({"E2", "E5"}): 1,
        frozenset({"E1", "E3"}): 2,
        frozenset({"E3", "E5"}): 1,
        frozenset({"E4", "E5"}): 1,
        frozenset({"E2", "E3"}): 1,
    }
    assert dict(graph.nodes(data="articles")) == {"E1": 4, "E2": 3, "E3": 2, "E4": 1, "E5": 3}
    assert graph.nodes["E4"] == {
        "label": "Komisi Pemberantasan Korupsi",
        "name": "Komisi Pemberantasan Korupsi",
        "type": "ORG",
        "articles": 1,
    }
    # most articles first, ties by id: the order a seeded layout draws from
    assert list(graph.nodes) == ["E1", "E2", "E5", "E3", "E4"]


def test_filters_by_type_outlet_days_and_weight():
    people = build_graph(mentions(), ENTITIES, NetworkFilter(types=frozenset({"PER"})))
    assert set(people.nodes) == {"E1", "E2", "E3"}
    assert weights(people)[frozenset({"E1", "E2"})] == 3

    kompas = build_graph(mentions(), ENTITIES, NetworkFilter(outlet="Kompas"))
    assert dict(kompas.nodes(data="articles")) == {"E1": 2, "E5": 2, "E2": 1, "E3": 1}
    assert weights(kompas)[frozenset({"E1", "E5"})] == 2

    days = build_graph(mentions(), ENTITIES, NetworkFilter(since=date(2024, 10, 21), until=date(2024, 10, 23)))
    assert set(days.nodes) == {"E1", "E3", "E4", "E5"}
    assert frozenset({"E1", "E2"}) not in weights(days)

    strong = build_graph(mentions(), ENTITIES, NetworkFilter(min_weight=2))
    assert weights(strong) == {frozenset({"E1", "E2"}): 3, frozenset({"E1", "E5"}): 2, frozenset({"E1", "E3"}): 2}
    assert "E4" in strong  # a node stays, its weak edges go


def test_top_n_by_articles_or_by_degree():
    by_articles = build_graph(mentions(), ENTITIES, NetworkFilter(top=2))
    assert set(by_articles.nodes) == {"E1", "E2"}
    assert weights(by_articles) == {frozenset({"E1", "E2"}): 3}
    # Jakarta (3 articles, linked to all four others) outranks Gibran (3 articles, three links) by degree
    by_degree = build_graph(mentions(), ENTITIES, NetworkFilter(top=2, rank="degree"))
    assert set(by_degree.nodes) == {"E1", "E5"}


def test_a_filter_refuses_nonsense():
    with pytest.raises(ValueError, match="rank"):
        NetworkFilter(rank="pagerank")
    with pytest.raises(ValueError):
        NetworkFilter(min_weight=0)
    with pytest.raises(ValueError):
        NetworkFilter(top=0)


def test_unknown_entities_are_left_out():
    graph = build_graph([*mentions(), Mention("a1", "E404"), Mention("a9", "E404")], ENTITIES)
    assert "E404" not in graph


# ---------------------------------------------------------------------------- from an analysis document


def document() -> dict:
    """The same week as an analysis document: articles with their entities' global ids, and the collection's entities."""
    articles = []
    for aid, (outlet, day, named) in ARTICLES.items():
        local = [
            {"id": f"{aid}-{i}", "global_id": e, "name": ENTITIES[e].name, "type": ENTITIES[e].type, "mentions": []}
            for i, e in enumerate(named)
        ]
        articles.append(
            {
                "id": aid,
                "outlet": outlet,
                "published": f"{day.isoformat()}T09:00:00+07:00",
                "title": "...",
                "body": "...",
                "entities": local,
            }
        )
    entities = [
        {"id": e.id, "name": e.name, "type": e.type, "aliases": [], "articles": [a for a, (_, _, n) in ARTICLES.items() if e.id in n]}
        for e in ENTITIES.values()
    ]
    return {"rejected": [], "articles": articles, "entities": entities, "stories": []}


def test_the_document_gives_the_graph_the_rows_give():
    found, entities = mentions_from_document(document())
    assert entities == ENTITIES
    for spec in (
        NetworkFilter(),
        NetworkFilter(outlet="Detik"),
        NetworkFilter(since=date(2024, 10, 21)),
        NetworkFilter(top=3, min_weight=2),
    ):
        from_document = build_graph(found, entities, spec)
        from_rows = build_graph(mentions(), ENTITIES, spec)
        assert dict(from_document.nodes(data=True)) == dict(from_rows.nodes(data=True))
        assert weights(from_document) == weights(from_rows)


def test_a_document_of_odd_records_gives_what_it_can():
    doc = document()
    doc["articles"] += ["not an article", {"id": 7}, {"id": "a6", "published": "kemarin", "entities": [{"global_id": "E5"}, None]}]
    doc["entities"] += [{"name": "no id"}, {"id": "E6", "name": "Bandung", "type": "LOC", "articles": "a6"}]
    found, entities = mentions_from_document(doc)
    assert "E6" in entities
    assert Mention("a6", "E5", None, None) in found  # an undated article: no day, kept
    assert not any(m.entity_id == "E6" for m in found)  # "articles" must be a list
    assert build_graph(found, entities).nodes["E5"]["articles"] == 4


# ---------------------------------------------------------------------------- GraphML and GEXF


HOSTILE_NAME = "Budi\x00 \x07Santoso\x1b[31m " + SCRIPT + " \ud800\ufffe"


def hostile_graph() -> nx.Graph:
    entities = {**ENTITIES, "E2": EntityInfo("E2", HOSTILE_NAME, "PER\x0b")}
    return build_graph(mentions(), entities)


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_files_read_back_with_networkx(tmp_path, fmt, read):
    graph = build_graph(mentions(), ENTITIES)
    path = write_graph(graph, tmp_path / f"pekan.{fmt}", fmt)
    back = read(path)
    assert set(back.nodes) == set(graph.nodes)
    assert {frozenset((a, b)): int(d["weight"]) for a, b, d in back.edges(data=True)} == weights(graph)
    assert back.nodes["E1"]["name"] == "Prabowo Subianto"
    assert back.nodes["E1"]["type"] == "PER"
    assert int(back.nodes["E1"]["articles"]) == 4
    assert back.nodes["E1"]["label"] == "Prabowo Subianto"


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_hostile_names_are_written_as_plain_text(tmp_path, fmt, read):
    path = write_graph(hostile_graph(), tmp_path / f"hostile.{fmt}", fmt)
    ET.parse(path)  # well-formed XML: no control character, surrogate or markup got through
    back = read(path)
    assert back.nodes["E2"]["name"] == "Budi Santoso [31m " + SCRIPT
    assert back.nodes["E2"]["type"] == "PER"
    assert "<script>" not in path.read_text(encoding="utf-8")


def test_clean_text():
    assert clean_text("Gibran\tRakabuming\n\nRaka\x85") == "Gibran Rakabuming Raka"
    assert clean_text(None) == ""
    assert clean_text("Rp 1,2 miliar — “suap”") == "Rp 1,2 miliar — “suap”"


def test_an_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="graphml"):
        write_graph(nx.Graph(), tmp_path / "x.dot", "dot")


def test_the_layout_is_the_same_each_time_and_inside_the_frame():
    graph = build_graph(mentions(), ENTITIES)
    first, second = layout(graph), layout(build_graph(mentions(), ENTITIES))
    assert first == second
    assert set(first) == set(graph.nodes)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in first.values())
    assert len(set(first.values())) == len(first)
    assert layout(nx.Graph()) == {}


def test_the_svg_escapes_names_and_links_each_node():
    svg = str(network_svg(hostile_graph()))
    assert SCRIPT not in svg
    assert "&lt;script&gt;" in svg
    assert "\x07" not in svg and "\x00" not in svg
    assert set(re.findall(r'href="/entities/([^"]+)"', svg)) == set(ENTITIES)
    assert svg.count("<circle") == len(ENTITIES)
    assert svg.count("<line") == 7
    ET.fromstring(svg)  # well-formed XML
    assert str(network_svg(nx.Graph())) == ""


# ---------------------------------------------------------------------------- a store


@pytest.fixture(scope="module")
def store(tmp_path_factory, analyzer):
    tmp = tmp_path_factory.mktemp("network")
    with Store(str(tmp / "network.db")) as store:
        report = ingest(store, [str(write_jsonl(tmp / "articles.jsonl", [*ALL, HOSTILE]))], analyzer)
        assert report.added == len(ALL) + 1
        yield store


def entity_named(store: Store, name: str) -> str:
    e = schema.entities
    with store.engine.connect() as conn:
        found = conn.execute(sa.select(e.c.id).where(e.c.name == name)).scalars().all()
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def test_the_store_gives_the_graph_its_export_document_gives(store):
    found, entities = mentions_from_document(store.document())
    specs = [
        NetworkFilter(),
        NetworkFilter(top=8),
        NetworkFilter(top=5, rank="degree", min_weight=2),
        NetworkFilter(types=frozenset({"PER", "ORG"})),
        NetworkFilter(outlet="Kompas"),
        NetworkFilter(since=date(2024, 3, 6), until=date(2024, 3, 6)),
    ]
    for spec in specs:
        from_store, from_document = network(store, spec), build_graph(found, entities, spec)
        assert dict(from_store.nodes(data=True)) == dict(from_document.nodes(data=True)), spec
        assert weights(from_store) == weights(from_document), spec


def test_the_arrest_links_the_regent_the_spokesman_and_the_kpk(store):
    regent, spokesman = entity_named(store, "Darmawan Saputra"), entity_named(store, "Ali Fikri")
    graph = network(store)
    # three outlets report the arrest, each naming both
    assert graph.edges[regent, spokesman]["weight"] == 3
    assert graph.nodes[regent]["articles"] == 3
    assert not graph.has_edge(regent, entity_named(store, "Suryani"))  # the flood is another story
    only_march_7 = network(store, NetworkFilter(since=date(2024, 3, 7), until=date(2024, 3, 7)))
    assert only_march_7.edges[regent, spokesman]["weight"] == 1


def test_an_entity_s_neighbours_and_days(store):
    regent, spokesman = entity_named(store, "Darmawan Saputra"), entity_named(store, "Ali Fikri")
    neighbours = co_occurring(store, regent)
    counts = {n.name: n.articles for n in neighbours}
    assert counts["Ali Fikri"] == 3
    assert "Darmawan Saputra" not in counts
    assert [n.articles for n in neighbours] == sorted((n.articles for n in neighbours), reverse=True)
    assert len(co_occurring(store, regent, limit=2)) == 2
    assert entity_days(store, spokesman) == [(date(2024, 3, 6), 2), (date(2024, 3, 7), 1)]
    assert entity_days(store, spokesman, limit=1) == [(date(2024, 3, 7), 1)]
    assert co_occurring(store, "E-nobody") == [] and entity_days(store, "E-nobody") == []


def test_the_events_naming_an_entity(store):
    story = store.article("kpk-kompas-2")["story"]
    events = events_naming(store, [story], ["Darmawan Saputra"])
    assert events and all("Darmawan Saputra" in e["who"] for e in events)
    assert {e["story"] for e in events} == {story}
    assert events_naming(store, [story], ["Suryani"]) == []


def test_export_writes_the_network_to_standard_output(store, capfdbinary):
    assert main(["export", "--db", store.url.removeprefix("sqlite:///"), "--format", "graphml", "--out", "-"]) == 0
    back = nx.read_graphml(io.BytesIO(capfdbinary.readouterr().out))
    assert weights(back) == weights(network(store))


def test_export_writes_the_network_for_gephi(store, tmp_path):
    db = store.url.removeprefix("sqlite:///")
    assert main(["export", "--db", db, "--format", "graphml", "--out", str(tmp_path / "jaringan.graphml")]) == 0
    assert main(["export", "--db", db, "--format", "gexf", "--out", str(tmp_path)]) == 0  # a directory: network.gexf in it
    expected = network(store)
    for back in (nx.read_graphml(tmp_path / "jaringan.graphml"), nx.read_gexf(tmp_path / "network.gexf")):
        assert set(back.nodes) == set(expected.nodes)
        assert {frozenset((a, b)): int(d["weight"]) for a, b, d in back.edges(data=True)} == weights(expected)


def test_export_writes_the_part_of_the_network_its_filters_name(store, tmp_path, capsys):
    db = store.url.removeprefix("sqlite:///")
    out = tmp_path / "tokoh.graphml"
    assert main(["export", "--db", db, "--format", "graphml", "--out", str(out), "--type", "PER", "--min-weight", "2"]) == 0
    back = nx.read_graphml(out)
    expected = network(store, NetworkFilter(types=frozenset({"PER"}), min_weight=2))
    assert back.number_of_nodes() and {d["type"] for _, d in back.nodes(data=True)} == {"PER"}
    assert {frozenset((a, b)): int(d["weight"]) for a, b, d in back.edges(data=True)} == weights(expected)
    assert all(int(d["weight"]) >= 2 for *_, d in back.edges(data=True))
    # filters that only a network takes, or days the wrong way round: one line, exit 2, nothing written
    assert main(["export", "--db", db, "--format", "json", "--out", str(tmp_path / "a.json"), "--top", "5"]) == 2
    assert main(["export", "--db", db, "--format", "gexf", "--out", str(tmp_path / "b.gexf"), "--since", "2025-06-11", "--until", "2025-06-10"]) == 2
    err = capsys.readouterr().err
    assert "--top filter the network" in err and "is after --until" in err
    assert not (tmp_path / "a.json").exists() and not (tmp_path / "b.gexf").exists()


# ---------------------------------------------------------------------------- the web


@pytest.fixture
def client(store, tmp_path):
    """The app over a copy of the store in which one entity of the arrest is renamed with markup and control characters."""
    copy = tmp_path / "copy.db"
    # SQLite's backup, not a file copy: the store's last writes may still be in its write-ahead log
    with closing(sqlite3.connect(store.url.removeprefix("sqlite:///"))) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    with Store(str(copy)) as renamed:
        with renamed.engine.begin() as conn:
            conn.execute(schema.entities.update().where(schema.entities.c.name == "Ali Fikri").values(name=f"Ali {SCRIPT} Fikri\x07"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield TestClient(create_app(renamed))


def test_a_network_counted_once_is_counted_again_only_when_the_store_changes(client):
    store = client.app.state.store
    drawn, spec = DrawnNetworks(size=2), NetworkFilter(top=10)
    first = drawn.get(store, spec)
    assert drawn.get(store, spec) is first
    regent, spokesman = entity_named(store, "Darmawan Saputra"), entity_named(store, f"Ali {SCRIPT} Fikri\x07")
    ae = schema.article_entities
    with store.engine.begin() as conn:  # the spokesman is no longer linked in one article
        conn.execute(ae.delete().where((ae.c.entity_id == spokesman) & (ae.c.article_id == "kpk-antara-1")))
    again = drawn.get(store, spec)
    assert again is not first
    assert (first.edges[regent, spokesman]["weight"], again.edges[regent, spokesman]["weight"]) == (3, 2)
    drawn.get(store, NetworkFilter(top=3))
    drawn.get(store, NetworkFilter(top=4))
    assert drawn.get(store, spec) is not again  # only the last two are kept


def test_the_network_page_draws_the_graph_with_escaped_names_and_entity_links(client, store):
    page = client.get("/network")
    assert page.status_code == 200
    html = page.text
    assert '<svg class="network-plot"' in html
    assert SCRIPT not in html
    assert "Ali &lt;script&gt;alert(1)&lt;/script&gt; Fikri" in html
    regent = entity_named(store, "Darmawan Saputra")
    assert f'href="/entities/{regent}"' in html
    linked = set(re.findall(r'<a href="/entities/([^"]+)" class="node">', html))
    assert linked == {n["id"] for n in client.get("/api/network").json()["nodes"]}


def test_the_network_page_and_api_filter(client, store):
    people = client.get("/api/network", params={"type": "PER", "min_weight": 2, "top": 5}).json()
    assert people["nodes"] and all(n["type"] == "PER" for n in people["nodes"])
    assert all(e["weight"] >= 2 for e in people["edges"])
    assert len(people["nodes"]) <= 5
    kompas = client.get("/api/network", params={"outlet": "Kompas", "since": "2024-03-07"}).json()
    names = {n["name"] for n in kompas["nodes"]}
    assert "Darmawan Saputra" in names and "Suryani" not in names  # Kompas' flood report is of 4 March
    # a blank form field is no filter; a bad number is a 422, never a 500
    assert client.get("/network?type=&outlet=&since=&until=&min_weight=&top=&rank=articles").status_code == 200
    assert client.get("/network?top=0").status_code == 422
    assert client.get("/api/network?top=5000").status_code == 422
    assert client.get("/api/network?type=%3Cscript%3E").status_code == 422
    empty = client.get("/network", params={"since": "2030-01-01"})
    assert empty.status_code == 200 and 'id="no-network"' in empty.text


def test_the_entity_page_lists_who_is_named_with_it_and_its_days(client, store):
    regent = entity_named(store, "Darmawan Saputra")
    html = client.get(f"/entities/{regent}").text
    section = html[html.index('id="co-occurring"') : html.index('id="timeline"')]
    spokesman = entity_named(store, "Ali Fikri")
    assert f'<a href="/entities/{spokesman}">Ali &lt;script&gt;alert(1)&lt;/script&gt; Fikri' in section
    assert "3 articles together" in section
    assert SCRIPT not in html
    assert "2024-03-06" in html and "Events naming Darmawan Saputra" in html
    answer = client.get(f"/api/entities/{regent}").json()
    assert {"id": spokesman, "name": f"Ali {SCRIPT} Fikri\x07", "type": "PER", "articles": 3} in answer["co_occurring"]
    assert answer["days"] == [{"day": "2024-03-06", "articles": 2}, {"day": "2024-03-07", "articles": 1}]


def test_the_queries_on_each_database(db_url, analyzer, tmp_path):
    # the same fixture store on SQLite and, with TELISIK_TEST_PG_URL, PostgreSQL (conftest's ``db_url``)
    with Store(db_url) as store:
        ingest(store, [str(write_jsonl(tmp_path / "articles.jsonl", ALL))], analyzer)
        found, entities = mentions_from_document(store.document())
        for spec in (NetworkFilter(), NetworkFilter(top=4, rank="degree", min_weight=2, types=frozenset({"PER", "ORG"}))):
            graph = network(store, spec)
            assert weights(graph) == weights(build_graph(found, entities, spec)) and len(graph) > 0
        regent = entity_named(store, "Darmawan Saputra")
        assert {n.name: n.articles for n in co_occurring(store, regent)}["Ali Fikri"] == 3
        assert entity_days(store, regent) == [(date(2024, 3, 6), 2), (date(2024, 3, 7), 1)]
