"""Coverage over time, a story's outlets side by side, and search facets and filters.

The store holds the store tests' articles (tests/store_fixtures.py: a flood in
Lembah Hijau from Kompas, Detik and Tribunnews over two days, a regent's arrest
from Antara, CNN Indonesia and Kompas, a football match, a hostile page whose
outlet is "Kabar <b>Palsu</b>") and two written here: Tempo's flood report,
published at 18:30 UTC on 4 March (01:30 WIB on the 5th), which names neither
the river nor the BPBD's Suryani that the three others name, and an undated
opinion piece. The pure functions are tried on hand-made rows.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note that its TestClient will move to httpx2
    from fastapi.testclient import TestClient

from store_fixtures import ALL, HOSTILE, PG_URL, pg_database, write_jsonl
from telisik.analyses.compare import LEFT_OUT_RULE, side_by_side
from telisik.analyses.coverage import CoverageFilter, by_entity, by_outlet, by_story, counts_per_day, coverage, row_day, undated
from telisik.engine.ingest import ingest
from telisik.store.coverage import OTHER, daily_counts, store_coverage, top_outlets, undated_count
from telisik.store.repository import Store
from telisik.store.search import SearchFilter, facets
from telisik.web.app import create_app
from telisik.web.charts import bucketed, counts_svg, stacked_counts_svg, unit_for
from telisik.web.facets import periods

TEMPO_UTC = {
    "id": "banjir-tempo-utc",
    "url": "https://www.tempo.co/peristiwa/banjir-lembah-hijau-tempo",
    "outlet": "Tempo",
    "title": "Pengungsi Banjir Lembah Hijau Butuh Air Bersih",
    "published": "2024-03-04T18:30:00Z",
    "text": (
        "Pengungsi banjir bandang di Kecamatan Muara Teluk, Kabupaten Lembah Hijau, kekurangan air bersih.\n\n"
        "Relawan Palang Merah Indonesia mendirikan tandon air di posko pengungsian.\n\n"
        '"Kami butuh air bersih dan selimut untuk anak-anak," kata Rahmawati, seorang pengungsi.'
    ),
}
UNDATED = {
    "id": "opini-tanpa-tanggal",
    "url": "https://kabardesa.example/opini/gotong-royong",
    "outlet": "Kabar Desa",
    "title": "Gotong Royong Warga Membersihkan Saluran Air",
    "text": (
        "Warga kampung kami bergotong royong membersihkan saluran air setiap akhir pekan.\n\n"
        "Kegiatan ini menjaga lingkungan tetap bersih dan mencegah genangan."
    ),
}
ARTICLES = [*ALL, HOSTILE, TEMPO_UTC, UNDATED]
HOSTILE_OUTLET = HOSTILE["outlet"]


def _build(tmp, analyzer, db: str) -> Store:
    source = write_jsonl(tmp / "articles.jsonl", ARTICLES)
    store = Store(db)
    assert ingest(store, [str(source)], analyzer).added == len(ARTICLES)
    return store


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def any_store(request, tmp_path_factory, analyzer):
    """The store on SQLite, and on PostgreSQL where a test server is set (TELISIK_TEST_PG_URL)."""
    tmp = tmp_path_factory.mktemp("coverage-" + request.param)
    if request.param == "sqlite":
        store = _build(tmp, analyzer, str(tmp / "coverage.db"))
        yield store
        store.close()
        return
    if not PG_URL:
        pytest.skip("no PostgreSQL server (set TELISIK_TEST_PG_URL, e.g. from scripts/pg_test_server.sh)")
    url, drop = pg_database()
    store = _build(tmp, analyzer, url)
    yield store
    store.close()
    drop()


@pytest.fixture(scope="module")
def store(tmp_path_factory, analyzer):
    tmp = tmp_path_factory.mktemp("coverage-web")
    store = _build(tmp, analyzer, str(tmp / "coverage.db"))
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store)) as c:
        yield c


def story_of(store: Store, article_id: str) -> str:
    return store.article(article_id)["story"]


def entity_of(store: Store, article_id: str, name: str) -> str:
    return next(e["global_id"] for e in store.article(article_id)["entities"] if e["name"] == name)


# ---------------------------------------------------------------------------- pure functions


ROWS = [
    {"id": "a1", "outlet": "Kompas", "published": "2024-03-04T09:15+07:00", "story": "S1", "entity_ids": ["E-suryani", "E-lembah"]},
    {"id": "a2", "outlet": "Detik", "published": "2024-03-04T13:40+07:00", "story": "S1", "entity_ids": ["E-suryani"]},
    {"id": "a3", "outlet": "Kompas", "day": "2024-03-07", "story": "S2", "entity_ids": ["E-kpk"]},
    {"id": "a4", "outlet": None, "published": "2024-03-05", "story": None, "entity_ids": []},
    {"id": "a5", "outlet": "Detik", "published": None, "story": "S1"},
]


def test_counts_per_day_sum_the_rows_of_a_day_and_leave_undated_rows_apart():
    assert counts_per_day(ROWS) == [(date(2024, 3, 4), 2), (date(2024, 3, 5), 1), (date(2024, 3, 7), 1)]
    assert undated(ROWS) == 1
    assert row_day({"day": "2024-03-07", "published": "2024-03-01"}) == date(2024, 3, 7)  # the store's day comes first
    assert row_day({"timex_anchor": {"date": "2024-03-02"}}) == date(2024, 3, 2)


def test_counts_by_outlet_story_and_entity_put_the_largest_first():
    assert by_outlet(ROWS) == {
        "Kompas": [(date(2024, 3, 4), 1), (date(2024, 3, 7), 1)],
        "Detik": [(date(2024, 3, 4), 1)],
        "(outlet unknown)": [(date(2024, 3, 5), 1)],
    }
    assert list(by_outlet(ROWS)) == ["Kompas", "(outlet unknown)", "Detik"]  # most articles first, ties by name
    assert by_story(ROWS) == {"S1": [(date(2024, 3, 4), 2)], "S2": [(date(2024, 3, 7), 1)]}
    assert by_entity(ROWS)["E-suryani"] == [(date(2024, 3, 4), 2)]
    # an article dict's entities count by their store id
    assert by_entity([{"published": "2024-03-04", "entities": [{"global_id": "E1"}, {"global_id": "E1"}, {"global_id": None}]}]) == {
        "E1": [(date(2024, 3, 4), 1)]
    }


def test_a_coverage_filter_keeps_the_rows_of_an_outlet_entity_story_and_days():
    assert coverage(ROWS, CoverageFilter(outlet="Kompas")).total == [(date(2024, 3, 4), 1), (date(2024, 3, 7), 1)]
    assert coverage(ROWS, CoverageFilter(entity="E-suryani")).total == [(date(2024, 3, 4), 2)]
    only_s1 = coverage(ROWS, CoverageFilter(story="S1"))
    assert only_s1.total == [(date(2024, 3, 4), 2)] and only_s1.undated == 1 and only_s1.articles == 3
    # days from-to keep no undated row
    dated = coverage(ROWS, CoverageFilter(since=date(2024, 3, 5), until=date(2024, 3, 7)))
    assert dated.total == [(date(2024, 3, 5), 1), (date(2024, 3, 7), 1)] and dated.undated == 0


@pytest.mark.parametrize(
    ("days", "unit"),
    [(10, "day"), (92, "day"), (93, "week"), (400, "week"), (800, "month")],
)
def test_a_long_range_is_counted_per_week_or_month(days, unit):
    lo = date(2024, 1, 3)
    assert unit_for(lo, lo + timedelta(days=days)) == unit
    buckets, chosen = bucketed([(lo, 2), (lo + timedelta(days=days), 3)])
    assert chosen == unit
    assert sum(n for _, n in buckets) == 5
    # every bucket between is there, empty ones as 0
    assert buckets[0][1] == 2 and buckets[-1][1] == 3 and all(n == 0 for _, n in buckets[1:-1])
    if unit == "week":
        assert all(d.weekday() == 0 for d, _ in buckets)
    if unit == "month":
        assert all(d.day == 1 for d, _ in buckets)


def test_counts_svg_is_an_accessible_chart_with_a_tooltip_per_bar():
    svg = str(counts_svg([(date(2024, 3, 4), 2), (date(2024, 3, 6), 1), (date(2024, 3, 4), 1)], "Artikel banjir per hari"))
    assert svg.startswith("<svg") and 'role="img"' in svg and 'aria-label="Artikel banjir per hari"' in svg
    assert "<title>Artikel banjir per hari</title>" in svg
    assert "<desc>4 articles per day, 4 Mar 2024 to 6 Mar 2024</desc>" in svg
    # two bars (5 March is an empty slot), each with its tooltip
    assert re.findall(r"<rect [^>]*><title>([^<]*)</title></rect>", svg) == ["4 Mar 2024: 3 articles", "6 Mar 2024: 1 article"]
    assert "<script" not in svg
    assert counts_svg([], "nothing") == "" and counts_svg([(date(2024, 3, 4), 0)], "zero") == ""


def test_charts_escape_titles_and_names():
    hostile = "<script>alert(1)</script>"
    svg = str(counts_svg([(date(2024, 3, 4), 1)], hostile))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    stacked = str(stacked_counts_svg({HOSTILE_OUTLET: [(date(2024, 3, 6), 1)], "Kompas": [(date(2024, 3, 4), 2)]}, "per outlet"))
    assert "<b>" not in stacked and "Kabar &lt;b&gt;Palsu&lt;/b&gt;" in stacked
    assert "<title>Kabar &lt;b&gt;Palsu&lt;/b&gt; · 6 Mar 2024: 1 article</title>" in stacked


def test_the_stacked_chart_keeps_six_outlets_and_sums_the_rest_as_other():
    day = date(2024, 3, 4)
    outlets = {
        name: [(day, n)]
        for n, name in enumerate(["Kompas", "Detik", "Tempo", "Antara", "CNN Indonesia", "Tribunnews", "Okezone", "Suara"], 1)
    }
    svg = str(stacked_counts_svg(outlets, "per outlet"))
    legend = re.findall(r'<text x="[^"]*" y="[^"]*" fill="#1d1d1f">([^<]*)</text>', svg)
    # the six with most articles, then the rest (Kompas 1 and Detik 2) as other
    assert legend == ["Suara", "Okezone", "Tribunnews", "CNN Indonesia", "Antara", "Tempo", "other"]
    assert "<title>other · 4 Mar 2024: 3 articles</title>" in svg
    # one bar of all the segments: its tooltips add up to every article
    assert sum(int(n) for n in re.findall(r": (\d+) articles?</title>", svg)) == 36


def test_the_days_facet_lists_days_then_weeks_months_or_years_to_stay_short():
    few = [(date(2024, 3, 4), 2), (date(2024, 3, 6), 1)]
    assert periods(few) == ("day", [(date(2024, 3, 4), date(2024, 3, 4), 2), (date(2024, 3, 6), date(2024, 3, 6), 1)])
    many_days = [(date(2024, 3, 1) + timedelta(days=i), 1) for i in range(30)]
    unit, spans = periods(many_days)
    assert unit == "week" and spans[0][:2] == (date(2024, 2, 26), date(2024, 3, 3)) and sum(n for *_, n in spans) == 30
    # 24 days in 12 years: too many days, weeks and months, twelve years
    years = [(date(2010 + i, m, 1), 1) for i in range(12) for m in (3, 9)]
    unit, spans = periods(years)
    assert unit == "year" and len(spans) == 12 and spans[0] == (date(2010, 1, 1), date(2010, 12, 31), 2)


def _article(aid, outlet, entities=(), quotes=(), citations=(), events=()):
    ents = [{"id": f"e{i}", "global_id": gid, "name": name, "type": typ} for i, (gid, name, typ) in enumerate(entities, 1)]
    return {"id": aid, "outlet": outlet, "title": f"Judul {aid}", "published": "2024-03-06", "entities": ents,
            "quotes": list(quotes), "citations": list(citations), "events": list(events)}  # fmt: skip


KPK = ("E-kpk", "KPK", "ORG")
DARMAWAN = ("E-darmawan", "Darmawan Saputra", "PER")
ALI = ("E-ali", "Ali Fikri", "PER")
JAKARTA = ("E-jakarta", "Jakarta", "LOC")


def test_outlets_side_by_side_say_whom_each_quotes_and_cites_and_what_it_leaves_out():
    articles = [
        _article(
            "antara-1",
            "Antara",
            [KPK, DARMAWAN, ALI, JAKARTA],
            quotes=[{"text": "Ada tujuh orang yang diamankan", "speaker": "Ali Fikri", "speaker_entity": "e3"}],
            events=[{"type": "SEIZE", "count": 12, "counted": "miliar"}],
        ),
        _article("cnn-1", "CNN Indonesia", [KPK, DARMAWAN, JAKARTA], citations=[{"source": "Antara"}, {"source": "Antara"}]),
        _article("kompas-1", "Kompas", [KPK, DARMAWAN, ALI], quotes=[{"text": "Tersangka diduga menerima suap", "speaker": "Ali Fikri"}]),
        _article("kompas-2", "Kompas", [KPK], quotes=[{"text": "Kami akan kooperatif", "speaker": None}]),
    ]
    story = {
        "id": "S-kpk", "title": "OTT KPK", "articles": [a["id"] for a in articles], "outlets": ["Antara", "CNN Indonesia", "Kompas"],
        "first": "2024-03-06", "last": "2024-03-07",
        "timeline": [{"when": "2024-03-06", "type": "ARREST", "who": ["Darmawan Saputra"], "where": "Sungai Rawa", "status": "occurred",
                      "description": "KPK menangkap", "articles": ["antara-1", "cnn-1"]}],
        "updates": [{"about": "uang disita (SEIZE)", "type": "SEIZE", "counted": "miliar",
                     "series": [{"value": 1, "as_of": "2024-03-06", "articles": ["cnn-1"]}]}],
    }  # fmt: skip
    sides = {s.outlet: s for s in side_by_side(articles, story)}
    assert list(sides) == ["Kompas", "Antara", "CNN Indonesia"]  # most articles first
    kompas, antara, cnn = sides["Kompas"], sides["Antara"], sides["CNN Indonesia"]
    assert [a["id"] for a in kompas.articles] == ["kompas-1", "kompas-2"]
    assert [(s.name, s.count, s.entity) for s in antara.speakers] == [("Ali Fikri", 1, "E-ali")]
    # a quote without a speaker entity is grouped by name; one without a speaker is the unnamed speaker, listed last
    assert [(s.name, s.count) for s in kompas.speakers] == [("Ali Fikri", 1), ("(unnamed speaker)", 1)]
    assert [(c.name, c.count) for c in cnn.cited] == [("Antara", 2)] and antara.cited == []
    # Jakarta: Antara and CNN name it, Kompas not; the arrest on the timeline: Antara and CNN; the seized money: Antara's
    # own figure and CNN's point of the series
    assert [(f.kind, f.label, f.outlets) for f in kompas.left_out] == [
        ("entity", "Jakarta (LOC)", ["Antara", "CNN Indonesia"]),
        ("event", "2024-03-06 · ARREST · Darmawan Saputra · Sungai Rawa", ["Antara", "CNN Indonesia"]),
        ("figure", "uang disita (SEIZE)", ["Antara", "CNN Indonesia"]),
    ]
    assert kompas.left_out[0].entity == "E-jakarta"
    # Ali Fikri: named by Antara and Kompas, not CNN; a fact one other outlet reports is not enough
    assert [f.label for f in cnn.left_out] == ["Ali Fikri (PER)"]
    assert antara.left_out == []
    assert "at least 2 other outlets" in LEFT_OUT_RULE


def test_side_by_side_without_the_story_compares_entities_only_and_tells_entities_apart_by_name_without_an_id():
    articles = [
        _article("a", "Kompas", [(None, "Suryani", "PER")]),
        _article("b", "Detik", [(None, "suryani", "PER")]),
        _article("c", "Tempo", []),
    ]
    sides = {s.outlet: s for s in side_by_side(articles)}
    assert [(f.label, f.outlets) for f in sides["Tempo"].left_out] == [("Suryani (PER)", ["Detik", "Kompas"])]
    assert sides["Kompas"].left_out == []


# ---------------------------------------------------------------------------- the store


def test_store_counts_per_day_as_the_pure_functions_count_its_articles(any_store):
    document_articles = list(any_store.iter_articles())
    assert daily_counts(any_store) == counts_per_day(document_articles)
    assert undated_count(any_store) == undated(document_articles) == 1
    expected = by_outlet(document_articles)
    for outlet, series in store_coverage(any_store).outlets.items():
        if outlet != OTHER:
            assert series == expected[outlet]


def test_a_time_in_utc_counts_on_its_day_in_jakarta(any_store):
    # 18:30 UTC on 4 March is 01:30 WIB on the 5th
    assert store_coverage(any_store, CoverageFilter(outlet="Tempo")).total == [(date(2024, 3, 5), 1)]


def test_store_coverage_filters_by_outlet_entity_story_and_days(any_store):
    flood = story_of(any_store, "banjir-kompas-1")
    by_story_total = store_coverage(any_store, CoverageFilter(story=flood)).total
    assert by_story_total == [(date(2024, 3, 4), 2), (date(2024, 3, 5), 2)]
    kompas = store_coverage(any_store, CoverageFilter(outlet="Kompas"))
    assert kompas.total == [(date(2024, 3, 4), 1), (date(2024, 3, 7), 1)] and list(kompas.outlets) == ["Kompas"]
    ali = entity_of(any_store, "kpk-antara-1", "Ali Fikri")
    # Antara and CNN Indonesia name him on the 6th, Kompas on the 7th
    assert store_coverage(any_store, CoverageFilter(entity=ali)).total == [(date(2024, 3, 6), 2), (date(2024, 3, 7), 1)]
    days = store_coverage(any_store, CoverageFilter(since=date(2024, 3, 6), until=date(2024, 3, 6)))
    assert days.total == [(date(2024, 3, 6), 3)] and days.undated == 0
    assert store_coverage(any_store, CoverageFilter(outlet="'; DROP TABLE articles; --")).articles == 0
    assert any_store.counts()["articles"] == len(ARTICLES)


def test_the_outlets_charted_are_those_with_most_articles_the_rest_summed(any_store):
    top = top_outlets(any_store, limit=2)
    assert top == [("Detik", 2), ("Kompas", 2)]
    cov = store_coverage(any_store)
    assert len(cov.outlets) == 7 and list(cov.outlets)[-1] == OTHER  # six outlets, then the rest
    per_day: dict[date, int] = {}
    for series in cov.outlets.values():
        for d, n in series:
            per_day[d] = per_day.get(d, 0) + n
    assert sorted(per_day.items()) == cov.total


def test_search_filters_narrow_the_matches(any_store):
    flood_words = "Lembah Hijau"
    assert any_store.search(flood_words)[1] == 4
    assert [h["id"] for h in any_store.search(flood_words, where=SearchFilter(outlet="Kompas"))[0]] == ["banjir-kompas-1"]
    since = any_store.search(flood_words, where=SearchFilter(since=date(2024, 3, 5)))[0]
    assert sorted(h["id"] for h in since) == ["banjir-tempo-utc", "banjir-tribun-2"]
    until = any_store.search(flood_words, where=SearchFilter(until=date(2024, 3, 4)))[0]
    assert sorted(h["id"] for h in until) == ["banjir-detik-1", "banjir-kompas-1"]
    suryani = entity_of(any_store, "banjir-kompas-1", "Suryani")
    named = any_store.search(flood_words, where=SearchFilter(entity=suryani))
    assert named[1] == 3 and "banjir-tempo-utc" not in [h["id"] for h in named[0]]
    # the flood story has four outlets, the match story one
    assert any_store.search("Persib")[1] == 1 and any_store.search("Persib", where=SearchFilter(min_outlets=2))[1] == 0
    assert any_store.search(flood_words, where=SearchFilter(min_outlets=4))[1] == 4
    # filters page like the plain search
    page = any_store.search(flood_words, limit=1, offset=1, where=SearchFilter(until=date(2024, 3, 4)))
    assert page[1] == 2 and len(page[0]) == 1 and page[0][0]["id"] in ("banjir-detik-1", "banjir-kompas-1")


def test_search_facets_count_each_facet_with_the_other_filters(any_store):
    found = facets(any_store, "warga", SearchFilter())
    # "warga": the three first flood reports, the hostile page and the undated opinion (Tempo's says "pengungsi")
    assert sorted(found.outlets) == [("Detik", 1), (HOSTILE_OUTLET, 1), ("Kabar Desa", 1), ("Kompas", 1), ("Tribunnews", 1)]
    assert found.days == [(date(2024, 3, 4), 2), (date(2024, 3, 5), 1), (date(2024, 3, 6), 1)] and found.undated == 1
    assert dict(found.min_outlets) == {2: 3, 3: 3, 5: 0}
    suryani = next(e for e in found.entities if e["name"] == "Suryani")
    assert suryani["articles"] == 3 and suryani["type"] == "PER"
    narrowed = facets(any_store, "warga", SearchFilter(outlet="Kompas"))
    # the outlet facet still lists every outlet (its own filter left out); the others count Kompas's match only
    assert sorted(narrowed.outlets) == sorted(found.outlets)
    assert narrowed.days == [(date(2024, 3, 4), 1)] and narrowed.undated == 0 and dict(narrowed.min_outlets) == {2: 1, 3: 1, 5: 0}
    assert all(e["articles"] == 1 for e in narrowed.entities)


# ---------------------------------------------------------------------------- pages and API


def test_the_coverage_page_charts_articles_per_day_and_per_outlet(client):
    page = client.get("/coverage")
    assert page.status_code == 200
    text = page.text
    assert '<a href="/coverage" aria-current="page">Coverage</a>' in text
    assert "10 articles, 1 of them without a day" in text
    assert text.count('<svg class="counts-chart"') == 1 and text.count('<svg class="stacked-chart"') == 1
    assert "<title>6 Mar 2024: 3 articles</title>" in text
    assert re.search(r"<tr><td>5 Mar 2024</td><td>3</td>", text)


def test_coverage_filters_narrow_the_page_and_the_json(client, store):
    kompas = client.get("/coverage", params={"outlet": "Kompas"}).text
    assert "2 articles." in kompas and "<title>7 Mar 2024: 1 article</title>" in kompas and "<title>6 Mar 2024" not in kompas
    assert "<tr><td>6 Mar 2024</td><td>0</td>" in kompas  # a day between without articles is a row of 0
    flood = story_of(store, "banjir-kompas-1")
    answer = client.get("/api/coverage", params={"story": flood}).json()
    assert answer["story"] == flood and answer["articles"] == 4 and answer["undated"] == 0
    assert answer["days"] == [{"day": "2024-03-04", "articles": 2}, {"day": "2024-03-05", "articles": 2}]
    assert {o["outlet"] for o in answer["outlets"]} == {"Kompas", "Detik", "Tribunnews", "Tempo"}
    ali = entity_of(store, "kpk-antara-1", "Ali Fikri")
    page = client.get("/coverage", params={"entity": ali, "since": "2024-03-07"}).text
    assert "1 article." in page and f'<a href="/entities/{ali}">Ali Fikri</a>' in page
    empty = client.get("/api/coverage", params={"since": "2030-01-01"}).json()
    assert empty["articles"] == 0 and empty["days"] == [] and empty["outlets"] == []
    assert 'id="no-coverage"' in client.get("/coverage", params={"since": "2030-01-01"}).text


def test_hostile_outlet_and_entity_names_are_escaped_on_the_coverage_page(client):
    page = client.get("/coverage").text
    assert "<b>Palsu</b>" not in page and "Kabar &lt;b&gt;Palsu&lt;/b&gt;" in page
    hostile = client.get("/coverage", params={"entity": "<script>alert(1)</script>", "story": '"><img src=x onerror=alert(2)>'}).text
    assert "<script>alert(1)" not in hostile and "<img src=x" not in hostile
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</code> (no such entity)" in hostile
    answer = client.get("/api/coverage", params={"outlet": HOSTILE_OUTLET}).json()
    assert answer["outlet"] == HOSTILE_OUTLET and answer["articles"] == 1


@pytest.mark.parametrize(
    "params",
    [{"since": "2024-13-01"}, {"until": "kemarin"}, {"since": "2024-03-07", "until": "2024-03-04"}, {"outlet": "a\x00b"}],
)
def test_bad_dates_and_values_are_422(client, params):
    api = client.get("/api/coverage", params=params)
    assert api.status_code == 422 and api.headers["content-type"].startswith("application/json")
    assert client.get("/coverage", params=params).status_code == 422
    assert client.get("/api/search", params={"q": "banjir", **params}).status_code == 422
    assert client.get("/search", params={"q": "banjir", **params}).status_code == 422


def test_the_story_page_charts_its_coverage_and_sets_its_outlets_side_by_side(client, store):
    flood = story_of(store, "banjir-kompas-1")
    page = client.get(f"/stories/{flood}").text
    coverage = page[page.index('<section id="coverage">') : page.index('<section id="timeline">')]
    assert '<svg class="stacked-chart"' in coverage and "<title>Tempo · 5 Mar 2024: 1 article</title>" in coverage
    assert f'href="/coverage?story={flood}"' in coverage
    side = page[page.index('<section id="outlets-compared"') : page.index('<section id="quotes">')]
    assert "at least 2 other outlets of the story report it" in side
    columns = re.split(r'<div class="outlet-col outlet-side">', side)[1:]
    assert len(columns) == 4
    tempo = next(c for c in columns if c.startswith("\n<h3>Tempo "))
    left_out = tempo[tempo.index('<ul class="side-left-out">') :]
    # the three others name the river and the BPBD's Suryani; Tempo names neither
    assert "Sungai Cikarang (LOC)" in left_out and "Suryani (PER)" in left_out
    assert "Rahmawati" in tempo[: tempo.index("<h4>Cites")]  # whom Tempo quotes


def test_search_page_facets_show_counts_keep_the_query_and_narrow(client, store):
    page = client.get("/search", params={"q": "warga"}).text
    outlets = page[page.index('id="facet-outlet"') : page.index('id="facet-day"')]
    assert re.search(r'<a href="/search\?q=warga&amp;outlet=Kompas">Kompas</a> <span class="facet-count">1</span>', outlets)
    assert "Kabar &lt;b&gt;Palsu&lt;/b&gt;" in outlets and "<b>Palsu" not in outlets
    days = page[page.index('id="facet-day"') : page.index('id="facet-entity"')]
    assert '<a href="/search?q=warga&amp;since=2024-03-04&amp;until=2024-03-04">4 Mar 2024</a> <span class="facet-count">2</span>' in days
    wide = page[page.index('id="facet-min-outlets"') :]
    assert '<a href="/search?q=warga&amp;min_outlets=3">3 or more outlets</a> <span class="facet-count">3</span>' in wide
    narrowed = client.get("/search", params={"q": "warga", "since": "2024-03-04", "until": "2024-03-04"}).text
    assert "1–2 of 2 articles" in narrowed and "within the filters" in narrowed
    # the outlet facet keeps the days chosen, and a link drops them again
    assert '<a href="/search?q=warga&amp;outlet=Detik&amp;since=2024-03-04&amp;until=2024-03-04">Detik</a>' in narrowed
    assert '<a href="/search?q=warga">× any date</a>' in narrowed
    suryani = entity_of(store, "banjir-kompas-1", "Suryani")
    named = client.get("/search", params={"q": "warga", "entity": suryani}).text
    assert "1–3 of 3 articles" in named and f'<input type="hidden" name="entity" value="{suryani}">' in named


def test_api_search_takes_the_filters_and_answers_facets_on_request(client, store):
    plain = client.get("/api/search", params={"q": "Lembah Hijau"}).json()
    assert plain["total"] == 4 and "facets" not in plain or plain["facets"] is None
    answer = client.get("/api/search", params={"q": "Lembah Hijau", "outlet": "Tempo", "facets": "true"}).json()
    assert [h["id"] for h in answer["items"]] == ["banjir-tempo-utc"] and answer["total"] == 1
    assert {"outlet": "Kompas", "articles": 1} in answer["facets"]["outlets"]
    assert answer["facets"]["days"] == [{"day": "2024-03-05", "articles": 1}]
    suryani = entity_of(store, "banjir-kompas-1", "Suryani")
    ranged = client.get("/api/search", params={"q": "Lembah Hijau", "since": "2024-03-05", "entity": suryani, "min_outlets": 4}).json()
    assert [h["id"] for h in ranged["items"]] == ["banjir-tribun-2"]
    assert client.get("/api/search", params={"q": "Lembah Hijau", "min_outlets": 0}).status_code == 422
