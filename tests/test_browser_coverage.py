"""Coverage, a story's outlets side by side and search facets in a real browser, against a real ``telisik serve``.

The store holds tests/test_coverage.py's articles (the store tests' flood,
arrest, match and hostile page, Tempo's flood report that names neither the
river nor Suryani, an undated opinion piece). Headless Chromium (tests/browser.py;
under CI=true a missing Chromium fails) reads the story page's "Outlets side by
side" and coverage chart, narrows a search by clicking a facet, and filters the
coverage page with its form. Every page must load nothing from another host,
raise no dialog and log no error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store_fixtures import HOSTILE, write_jsonl
from telisik.engine.ingest import ingest
from telisik.store.repository import Store
from test_browser import Server, _open
from test_coverage import ARTICLES

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from browser import launch_chromium, serving  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def server(tmp_path_factory, analyzer):
    tmp = tmp_path_factory.mktemp("browser-coverage")
    db = tmp / "coverage.db"
    with Store(str(db)) as store:
        assert ingest(store, [str(write_jsonl(tmp / "articles.jsonl", ARTICLES))], analyzer).added == len(ARTICLES)
        ids = {"flood_story": store.article("banjir-kompas-1")["story"]}
    with serving(db, tmp) as url:
        yield Server(url=url, db=db, ids=ids)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = launch_chromium(p)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context, page, watch = _open(browser, server)
    page.watch = watch
    yield page
    context.close()


def test_the_story_page_shows_its_coverage_and_its_outlets_side_by_side(page, server):
    page.goto(f"/stories/{server.ids['flood_story']}")
    chart = page.locator("#coverage svg.stacked-chart")
    expect(chart).to_be_visible()
    # a bar per outlet and day, each with its tooltip; the legend names the four outlets
    expect(chart.locator("rect.segment")).to_have_count(4)
    assert chart.locator("rect.segment title").all_text_contents() == [
        "Detik · 4 Mar 2024: 1 article",
        "Kompas · 4 Mar 2024: 1 article",
        "Tempo · 5 Mar 2024: 1 article",
        "Tribunnews · 5 Mar 2024: 1 article",
    ]
    box = chart.bounding_box()
    assert box and box["width"] <= page.viewport_size["width"]

    section = page.locator("#outlets-compared")
    expect(section.get_by_role("heading", name="Outlets side by side")).to_be_visible()
    expect(section).to_contain_text("at least 2 other outlets of the story report it")
    columns = section.locator(".outlet-side")
    expect(columns).to_have_count(4)
    tempo = columns.filter(has=page.get_by_role("heading", name="Tempo"))
    expect(tempo.locator(".side-speakers")).to_contain_text("Rahmawati")
    left_out = tempo.locator(".side-left-out")
    expect(left_out).to_contain_text("Sungai Cikarang (LOC)")
    expect(left_out).to_contain_text("Suryani (PER)")
    # a left-out entity is a link to its entity page
    left_out.get_by_role("link", name="Suryani (PER)").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Suryani")
    assert "/entities/E" in page.url
    page.watch.assert_clean()


def test_a_search_facet_click_narrows_the_results_and_keeps_the_query(page, server):
    page.goto("/search?q=warga")
    hits = page.locator("ol.hits > li")
    expect(hits).to_have_count(5)
    outlet_facet = page.locator("#facet-outlet")
    expect(outlet_facet.locator("li", has_text="Kompas")).to_contain_text("1")
    outlet_facet.get_by_role("link", name="Kompas", exact=True).click()
    expect(hits).to_have_count(1)
    expect(hits.first.locator(".meta")).to_contain_text("Kompas")
    assert "q=warga" in page.url and "outlet=Kompas" in page.url
    expect(page.locator("main form.filters input[name=q]")).to_have_value("warga")
    expect(page.locator("p.count")).to_contain_text("within the filters")
    # the day facet narrows within the outlet; dropping the outlet keeps the day
    page.locator("#facet-day").get_by_role("link", name="4 Mar 2024").click()
    expect(hits).to_have_count(1)
    page.get_by_role("link", name="× any outlet").click()
    expect(hits).to_have_count(2)
    assert "since=2024-03-04" in page.url and "outlet" not in page.url
    # the hostile outlet is a facet value shown as text
    page.goto("/search?q=warga")
    expect(outlet_facet.get_by_role("link", name=HOSTILE["outlet"], exact=True)).to_be_visible()
    page.watch.assert_clean()


def test_the_coverage_page_filters_by_outlet_with_its_form(page, server):
    page.goto("/coverage")
    expect(page.locator("#coverage-count")).to_contain_text("10 articles, 1 of them without a day")
    legend = page.locator("svg.stacked-chart g.legend text")
    assert HOSTILE["outlet"] in legend.all_text_contents()
    page.locator("main form.filters select[name=outlet]").select_option("Kompas")
    page.locator("main form.filters").get_by_role("button", name="Show").click()
    expect(page.locator("#coverage-count")).to_contain_text("2 articles.")
    bars = page.locator("svg.counts-chart rect.bar title")
    assert bars.all_text_contents() == ["4 Mar 2024: 1 article", "7 Mar 2024: 1 article"]
    page.watch.assert_clean()
    # the page's JSON link answers the same filter (fetched, not opened: a JSON tab asks for a favicon)
    answer = page.request.get(page.locator("#coverage-count a").get_attribute("href")).json()
    assert answer["outlet"] == "Kompas" and answer["articles"] == 2
