"""The co-mention network page and an entity's co-occurring entities, in a real browser against ``telisik serve``.

The server and browser are those of tests/test_browser.py (its store of the
fixture articles: a flood, an arrest by the KPK, a football match, a hostile
page and a ministers' meeting). The reader opens the network from the menu,
follows a node to its entity page, and from there an entity named with it.
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect  # noqa: E402

from test_browser import browser, page, server, shots, snap  # noqa: E402

# the reader's journey's fixtures, used here as they are: one server and browser per module
SHARED_FIXTURES = (browser, page, server, shots)


def test_the_network_page_draws_the_graph_and_each_node_leads_to_its_entity(page, shots):
    page.goto("/")
    page.locator("header nav a", has_text="Network").click()
    page.wait_for_url("**/network")
    expect(page.locator("header nav a[aria-current=page]")).to_have_text("Network")
    plot = page.locator("svg.network-plot")
    expect(plot).to_be_visible()
    assert plot.bounding_box()["width"] > 600
    nodes = plot.locator("a.node")
    count = nodes.count()
    assert count >= 10
    expect(page.locator("table.network-nodes tbody tr")).to_have_count(count)
    # every label inside the picture
    outside = plot.evaluate(
        """svg => {
            const width = svg.viewBox.baseVal.width, height = svg.viewBox.baseVal.height;
            return [...svg.querySelectorAll("text")].map(t => { const b = t.getBBox(); return [t.textContent, b.x, b.x + b.width, b.y, b.y + b.height]; })
                .filter(([, l, r, t, b]) => l < 0 || r > width || t < 0 || b > height);
        }"""
    )
    assert outside == [], outside
    snap(page, shots, "09-network")

    # a node is a link to its entity page
    plot.locator("a.node", has_text="Darmawan Saputra").locator("circle").click()
    page.wait_for_url(re.compile(r"/entities/E"))
    expect(page.locator("h1")).to_have_text("Darmawan Saputra")

    # the entities named with it, most shared articles first, each a link
    named_with = page.locator("#co-occurring ol.co-occurring > li")
    expect(named_with.first).to_be_visible()
    expect(page.locator("#co-occurring")).to_contain_text("Ali Fikri")
    expect(named_with.filter(has_text="Ali Fikri")).to_contain_text("3 articles together")
    expect(page.locator("#timeline svg")).not_to_have_count(0)
    snap(page, shots, "10-entity-network")
    named_with.filter(has_text="Ali Fikri").locator("a").click()
    page.wait_for_url(re.compile(r"/entities/E"))
    expect(page.locator("h1")).to_have_text("Ali Fikri")
    expect(page.locator("#co-occurring")).to_contain_text("Darmawan Saputra")
    page.watch.assert_clean()


def test_the_network_filters_keep_their_values(page):
    page.goto("/network")
    form = page.locator("form.filters")
    form.locator("select[name=type]").select_option("PER")
    form.locator("input[name=top]").fill("5")
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/network\?.*type=PER"))
    expect(form.locator("select[name=type]")).to_have_value("PER")
    expect(form.locator("input[name=top]")).to_have_value("5")
    badges = page.locator("table.network-nodes tbody .badge")
    assert 1 <= badges.count() <= 5
    assert set(badges.all_inner_texts()) == {"PER"}
    expect(page.locator("svg.network-plot a.node")).to_have_count(badges.count())
    page.watch.assert_clean()
