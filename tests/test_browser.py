"""The web UI in a real browser, against a real ``telisik serve`` process.

A store is built from the fixture articles (tests/store_fixtures.py: a flood,
an arrest, a football match and a hostile page, plus the two reports of one
ministers' meeting from tests/test_web.py, whose timeline has a dated event
and whose Kompas page carries a line of removed chrome). ``telisik serve``
runs over it on a free port, and headless Chromium (tests/browser.py) walks
the pages as a reader would: stories -> filter -> a story -> an article -> an
entity. Every page must load nothing from any other host, raise no dialog and
log no error (a blocked style or a script error shows there).

A full-page screenshot of each page goes to $TELISIK_SCREENSHOTS, or a
temporary directory when that is not set.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from browser import launch_chromium, serving
from store_fixtures import ALL, HOSTILE, write_jsonl
from telisik.engine.ingest import ingest
from telisik.store.repository import Store
from test_web import ARTICLES as MEETING_AND_MORE

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect, sync_playwright  # noqa: E402

MEETING = [a for a in MEETING_AND_MORE if a["id"] in ("kompas-menlu-1", "tempo-menlu-2")]
ARTICLES = [*ALL, HOSTILE, *MEETING]
TIMEOUT_MS = 15_000

MEETING_TITLE = "Menlu Sugiono Bertemu Menlu Malaysia Bahas Blok Ambalat"
FLOOD_TITLE = "Banjir Bandang Terjang Lembah Hijau, 3.412 Warga Mengungsi"


# ---------------------------------------------------------------------------- the server


@dataclass
class Server:
    url: str
    db: Path
    ids: dict[str, str]


@pytest.fixture(scope="module")
def server(tmp_path_factory, analyzer):
    tmp = tmp_path_factory.mktemp("browser")
    db = tmp / "browser.db"
    with Store(str(db)) as store:
        report = ingest(store, [str(write_jsonl(tmp / "articles.jsonl", ARTICLES))], analyzer)
        assert report.added == len(ARTICLES)
        meeting = store.article("kompas-menlu-1")
        ids = {
            "meeting_story": meeting["story"],
            "flood_story": store.article("banjir-kompas-1")["story"],
            "hostile_story": store.article(HOSTILE["id"])["story"],
            "sugiono": next(e["global_id"] for e in meeting["entities"] if e["name"] == "Sugiono"),
        }

    with serving(db, tmp) as url:
        yield Server(url=url, db=db, ids=ids)


# ---------------------------------------------------------------------------- the browser


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = launch_chromium(p)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    where = os.environ.get("TELISIK_SCREENSHOTS")
    path = Path(where) if where else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class Watch:
    """What a page did besides render: requests made, dialogs raised, errors logged."""

    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.requests, "no request was seen: the watch is not attached"
        elsewhere = [u for u in self.requests if urlsplit(u).scheme not in ("data", "about") and urlsplit(u).hostname != "127.0.0.1"]
        assert elsewhere == [], f"requests to other hosts: {elsewhere}"
        assert self.dialogs == [], f"dialogs fired: {self.dialogs}"
        assert self.errors == [], f"errors logged: {self.errors}"


def _open(browser, server: Server, **options: Any):
    context = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900}, **options)
    context.set_default_timeout(TIMEOUT_MS)
    watch = Watch()
    context.on("request", lambda r: watch.requests.append(r.url))
    page = context.new_page()

    def on_dialog(dialog) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda m: watch.errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: watch.errors.append(f"page error: {e}"))
    return context, page, watch


@pytest.fixture
def page(browser, server):
    context, page, watch = _open(browser, server)
    page.watch = watch
    yield page
    context.close()


def snap(page, shots: Path, name: str) -> None:
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)


def last_day(span: str) -> str:
    """The last day of a story row's span ("2024-03-04 – 2024-03-05", or one day)."""
    return span.split("–")[-1].strip()


def background(locator) -> str:
    return locator.evaluate("e => getComputedStyle(e).backgroundColor")


# ---------------------------------------------------------------------------- the reader's journey


def test_journey_from_the_stories_list_to_a_story_an_article_and_an_entity(page, server, shots):
    # the stories list: every story, newest first
    response = page.goto("/")
    assert response.status == 200
    expect(page).to_have_title(re.compile("Stories"))
    titles = page.locator("ol.stories > li > a.title")
    expect(titles).to_have_count(5)
    expect(titles.first).to_have_text(MEETING_TITLE)
    days = [last_day(t) for t in page.locator("ol.stories > li .when").all_inner_texts()]
    assert days == sorted(days, reverse=True) and days[0] == "2025-06-10", days
    expect(page.locator("p.count")).to_contain_text("1–5 of 5 stories, newest first")
    snap(page, shots, "01-stories")

    # a word in the filters narrows the list
    page.locator("form.filters input[name=q]").fill("Ambalat")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"/\?q=Ambalat"))
    expect(titles).to_have_count(1)
    expect(titles.first).to_have_text(MEETING_TITLE)
    expect(page.locator("p.count")).to_contain_text("1 story matching")
    expect(page.locator("form.filters input[name=q]")).to_have_value("Ambalat")
    snap(page, shots, "02-stories-filtered")

    # the story
    titles.first.click()
    page.wait_for_url(f"**/stories/{server.ids['meeting_story']}")
    expect(page.locator("h1")).to_have_text(MEETING_TITLE)
    expect(page.locator("#summary ol.summary > li").first).to_be_visible()
    # the timeline plot, an inline SVG with the meeting marked disputed
    plot = page.locator("svg.timeline-plot")
    expect(plot).to_be_visible()
    assert plot.bounding_box()["width"] > 300
    expect(plot.locator("g.event.disputed")).to_have_count(1)
    expect(plot.locator("g.event.disputed circle.mark")).to_be_visible()
    expect(plot.locator("text.label")).to_contain_text(["MEET · Sugiono"])
    # the conflict stands out: a warning box, and the disputed row of the table too
    conflicts = page.locator("section.conflicts")
    expect(conflicts).to_be_visible()
    expect(conflicts).to_contain_text("Sources disagree")
    expect(conflicts.locator(".values code")).to_have_text(["2025-06-09", "2025-06-10"])
    page_bg = background(page.locator("body"))
    assert background(conflicts) not in (page_bg, "rgba(0, 0, 0, 0)")
    disputed_row = page.locator("table.timeline tr.disputed td").first
    expect(disputed_row).to_be_visible()
    assert background(disputed_row) not in (page_bg, "rgba(0, 0, 0, 0)")
    # the articles side by side: one column an outlet, on one line
    columns = page.locator("#articles .outlet-col")
    expect(columns.locator("h3")).to_have_text(["Kompas", "Tempo"])
    left, right = (columns.nth(i).bounding_box() for i in (0, 1))
    assert abs(left["y"] - right["y"]) < 1 and left["x"] + left["width"] <= right["x"], (left, right)
    expect(page.locator("#quotes")).to_contain_text("Kami sepakat menyelesaikan persoalan perbatasan")
    snap(page, shots, "03-story")

    # an article of the story
    columns.nth(0).locator("a.title").click()
    page.wait_for_url("**/articles/kompas-menlu-1")
    expect(page.locator("h1")).to_have_text(MEETING_TITLE)
    body = page.locator("div.body")
    entity = body.locator("a.ent.ent-PER", has_text="Sugiono").first
    date = body.locator("span.timex", has_text="Senin (9/6/2025)")
    quote = body.locator("span.quote.direct", has_text="Kami sepakat")
    for marked in (entity, date, quote):
        expect(marked).to_be_visible()
        assert background(marked) != background(body), marked
    expect(date).to_have_attribute("title", "DATE 2025-06-09")
    # removed chrome is behind a click
    chrome = page.locator("details.extra", has_text="page chrome removed")
    removed = chrome.locator("ul.removed li", has_text="Baca juga: Harga Cabai Naik Jelang Idul Adha")
    expect(chrome).to_be_visible()
    expect(chrome).not_to_have_attribute("open", "")
    expect(removed).to_be_hidden()
    expect(body).not_to_contain_text("Baca juga")
    chrome.locator("summary").click()
    expect(chrome).to_have_attribute("open", "")
    expect(removed).to_be_visible()
    snap(page, shots, "04-article")

    # an entity named in the article
    entity.click()
    page.wait_for_url(f"**/entities/{server.ids['sugiono']}")
    expect(page.locator("h1")).to_have_text("Sugiono")
    expect(page.locator(".kicker .badge")).to_have_text("PER")
    expect(page.locator("#stories a.title")).to_have_text([MEETING_TITLE])
    quotes = page.locator("#quotes blockquote")
    expect(quotes).to_have_count(2)  # the one quote, as each outlet carries it
    expect(quotes.first).to_contain_text("Kami sepakat menyelesaikan persoalan perbatasan")
    expect(page.locator("#quotes .src a")).to_have_count(2)
    snap(page, shots, "05-entity")

    # back through the entity's story link to the story
    page.locator("#stories a.title").first.click()
    page.wait_for_url(f"**/stories/{server.ids['meeting_story']}")
    page.watch.assert_clean()


def test_a_story_with_a_disputed_number_shows_it_beside_each_outlet(page, server, shots):
    page.goto("/")
    page.locator("ol.stories a.title", has_text=FLOOD_TITLE).click()
    page.wait_for_url(f"**/stories/{server.ids['flood_story']}")
    expect(page.locator("h1")).to_have_text(FLOOD_TITLE)
    conflicts = page.locator("section.conflicts")
    expect(conflicts).to_be_visible()
    # values as plain integers, as the gold writes them; ordered by value
    expect(conflicts.locator(".values code")).to_have_text(["3.100", "3.412"])
    expect(page.locator("#articles .outlet-col h3")).to_have_text(["Kompas", "Detik", "Tribunnews"])
    boxes = [page.locator("#articles .outlet-col").nth(i).bounding_box() for i in range(3)]
    assert len({round(b["y"]) for b in boxes}) == 1 and boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"], boxes
    # each card with a disputed value says which value its outlet gave
    expect(page.locator("#articles .claim")).to_contain_text(["3412", "3100", "3412"])
    expect(page.locator("#summary ol.summary > li").first).to_be_visible()
    snap(page, shots, "06-story-flood")
    page.watch.assert_clean()


# ---------------------------------------------------------------------------- hostile text


@pytest.mark.parametrize("csp", ["with-csp", "without-csp"])
def test_hostile_text_is_shown_as_text_and_runs_nothing(browser, server, shots, csp):
    # without its Content-Security-Policy the page must still run nothing: the escaping is what is under test
    context, page, watch = _open(browser, server, bypass_csp=csp == "without-csp")
    try:
        page.goto("/")
        row = page.locator("ol.stories a.title", has_text="DROP TABLE articles")
        expect(row).to_contain_text("<script>alert('judul')</script>")
        row.click()
        page.wait_for_url(f"**/stories/{server.ids['hostile_story']}")
        expect(page.locator("h1")).to_contain_text("<script>alert('judul')</script>")
        expect(page.locator("p.meta a.tag")).to_have_text(["Kabar <b>Palsu</b>"])
        if csp == "with-csp":
            snap(page, shots, "07-story-hostile")

        page.goto(f"/articles/{HOSTILE['id']}")
        expect(page.locator("h1")).to_have_text(HOSTILE["title"])
        body = page.locator("div.body")
        expect(body).to_contain_text("<script>alert('isi')</script>")
        expect(body).to_contain_text('<img src=x onerror="alert(2)">')
        expect(page.get_by_text("<script>alert('isi')</script>", exact=False).first).to_be_visible()
        expect(page.locator(".meta dd", has_text="javascript:alert(1)")).to_be_visible()
        # nothing of the text became an element or an attribute
        assert page.locator("main script, main img, main b, [onmouseover], [onerror], a[href^='javascript']").count() == 0
        # hovering the title, where the attribute break-out was aimed, fires nothing
        page.locator("h1").hover()
        page.locator("div.body p").last.hover()
        page.wait_for_timeout(300)
        if csp == "with-csp":
            snap(page, shots, "08-article-hostile")
        watch.assert_clean()
    finally:
        context.close()


# ---------------------------------------------------------------------------- layout


def test_timeline_labels_fit_inside_the_plot(page, server):
    page.goto(f"/stories/{server.ids['meeting_story']}")
    outside = page.locator("svg.timeline-plot").evaluate(
        """svg => {
            const width = svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll("text")]
                .map(t => { const b = t.getBBox(); return [t.textContent, Math.round(b.x), Math.round(b.x + b.width)]; })
                .filter(([, left, right]) => left < 0 || right > width);
        }"""
    )
    assert outside == [], f"labels cut off at the plot's edges (text, left, right): {outside}"
    page.watch.assert_clean()
