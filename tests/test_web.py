"""The web pages and JSON API (telisik.web.app) over a real store.

The fixture articles are short Indonesian news texts written for these
tests: two outlets (Kompas, Tempo) report one meeting of foreign ministers,
on different days (a conflict); Detik reports inflation; and a hostile page
carries markup, an attribute break-out, SQL and a path in its title, body,
outlet, author and URL.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import fields
from datetime import date

import pytest
import sqlalchemy as sa

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note that its TestClient will move to httpx2
    from fastapi.testclient import TestClient

from telisik.engine.ingest import ingest
from telisik.records.stories import Story
from telisik.store import schema
from telisik.store.repository import Store
from telisik.web import pages as web
from telisik.web.app import create_app
from telisik.web.body import highlight_body
from telisik.web.deps import get_store
from telisik.web.plot import ticks, timeline_svg

SCRIPT = "<script>alert(1)</script>"
ATTR = '" onmouseover="x'
SQL = "'; DROP TABLE articles; --"
PATH = "../../etc/passwd"
IMG = "<img src=x onerror=alert(2)>"

ARTICLES = [
    {
        "id": "kompas-menlu-1",
        "url": "https://www.kompas.com/global/read/2025/06/10/menlu-sugiono-bertemu-menlu-malaysia",
        "outlet": "Kompas",
        "published": "2025-06-10",
        "title": "Menlu Sugiono Bertemu Menlu Malaysia Bahas Blok Ambalat",
        "text": (
            "JAKARTA, KOMPAS.com - Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Malaysia Mohamad Hasan di Kuala Lumpur pada Senin (9/6/2025). "
            "Pertemuan itu membahas sengketa perbatasan Blok Ambalat dan perlindungan pekerja migran Indonesia.\n\n"
            '"Kami sepakat menyelesaikan persoalan perbatasan lewat perundingan yang jujur dan terbuka," kata Sugiono kepada wartawan seusai pertemuan.\n\n'
            "Mohamad Hasan mengatakan bahwa Malaysia siap membentuk tim teknis bersama dalam waktu dekat untuk membahas Blok Ambalat.\n\n"
            "Seperti melansir Reuters, kedua menteri juga membahas kerja sama perdagangan minyak sawit dan keamanan di Selat Malaka.\n\n"
            "Baca juga: Harga Cabai Naik Jelang Idul Adha"
        ),
    },
    {
        "id": "tempo-menlu-2",
        "url": "https://www.tempo.co/internasional/sugiono-dan-mohamad-hasan-bahas-ambalat",
        "outlet": "Tempo",
        "published": "2025-06-10",
        "title": "Sugiono dan Mohamad Hasan Bahas Sengketa Blok Ambalat di Kuala Lumpur",
        "text": (
            "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Malaysia Mohamad Hasan di Kuala Lumpur pada Selasa (10/6/2025) "
            "untuk membahas sengketa perbatasan Blok Ambalat.\n\n"
            '"Kami sepakat menyelesaikan persoalan perbatasan lewat perundingan yang jujur dan terbuka," ujar Sugiono di Kuala Lumpur.\n\n'
            "Selain Blok Ambalat, kedua menteri membahas perlindungan pekerja migran Indonesia di Malaysia serta kerja sama perdagangan minyak sawit.\n\n"
            "Mohamad Hasan menyebut pertemuan berikutnya akan digelar di Jakarta pada Agustus 2025."
        ),
    },
    {
        "id": "detik-inflasi-3",
        "url": "https://finance.detik.com/berita-ekonomi-bisnis/inflasi-mei-2025",
        "outlet": "Detik",
        "published": "2025-06-02",
        "title": "BPS Catat Inflasi Mei 2025 Sebesar 1,6 Persen",
        "text": (
            "Badan Pusat Statistik (BPS) mencatat inflasi tahunan Mei 2025 sebesar 1,6 persen, turun dari bulan sebelumnya.\n\n"
            "Deputi BPS Amalia Adininggar Widyasanti mengatakan harga cabai merah dan bawang merah turun tajam pada Mei.\n\n"
            '"Penurunan harga pangan bergejolak menjadi penyumbang utama deflasi bulanan," kata Amalia di Jakarta, Senin (2/6/2025).'
        ),
    },
    {
        "id": "hostile-4",
        "url": "javascript:alert(1)",
        "outlet": f"Evil{ATTR}",
        "published": "2025-06-05",
        "authors": ["Rina <b>Wulandari"],
        "title": f"Banjir {SCRIPT} {ATTR} {SQL} {PATH}",
        "text": (
            f"Banjir merendam Kecamatan Sukamaju pada Kamis (5/6/2025) {SCRIPT} sehingga 300 warga mengungsi.\n\n"
            f"Kepala BPBD Sukamaju, Budi Santoso, mengatakan air mulai surut {ATTR} pada Jumat pagi. {SQL} {PATH}\n\n"
            f'"Kami terus memantau {IMG} ketinggian air," kata Budi Santoso.'
        ),
    },
]

MENLU, TEMPO, INFLASI, HOSTILE = (a["id"] for a in ARTICLES)


@pytest.fixture(scope="module")
def store(tmp_path_factory, analyzer):
    tmp = tmp_path_factory.mktemp("web")
    source = tmp / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    store = Store(str(tmp / "web.db"))
    report = ingest(store, [str(source)], analyzer)
    assert report.added == len(ARTICLES)
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store)) as c:
        yield c


@pytest.fixture(scope="module")
def ids(store):
    """Story and entity ids of the fixture, as the store made them."""
    story_of = {a["id"]: a["story"] for a in (store.article(i) for i in (MENLU, TEMPO, INFLASI, HOSTILE))}

    def entity(article_id: str, name: str) -> str:
        return next(e["global_id"] for e in store.article(article_id)["entities"] if e["name"] == name)

    return {
        "menlu_story": story_of[MENLU],
        "inflasi_story": story_of[INFLASI],
        "hostile_story": story_of[HOSTILE],
        "story_of": story_of,
        "sugiono": entity(MENLU, "Sugiono"),
        "budi": entity(HOSTILE, "Budi Santoso"),
    }


def html(response) -> str:
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def story_titles(page: str) -> list[str]:
    return re.findall(r'<a class="title" href="/stories/[^"]+">([^<]*)</a>', page)


# ---------------------------------------------------------------------------- the store behind the pages


def test_two_outlets_reporting_one_meeting_form_one_story(ids):
    assert ids["story_of"][MENLU] == ids["story_of"][TEMPO]
    assert len({ids["menlu_story"], ids["inflasi_story"], ids["hostile_story"]}) == 3


# ---------------------------------------------------------------------------- pages


def test_stories_page_lists_stories_newest_first_with_dates_sizes_and_outlets(client, ids):
    page = html(client.get("/"))
    assert story_titles(page)[0] == "Menlu Sugiono Bertemu Menlu Malaysia Bahas Blok Ambalat"
    assert story_titles(page)[-1] == "BPS Catat Inflasi Mei 2025 Sebesar 1,6 Persen"
    assert f'href="/stories/{ids["menlu_story"]}"' in page
    row = page[page.index(f"/stories/{ids['menlu_story']}") :].split("</li>", 1)[0]
    assert "2025-06-10" in row and "2 articles" in row
    assert '<span class="tag">Kompas</span>' in row and '<span class="tag">Tempo</span>' in row
    # the filters: a search box, the outlets to choose from, two date fields
    assert 'name="q"' in page and 'type="date" name="since"' in page and 'type="date" name="until"' in page
    assert '<option value="Kompas">Kompas (1)</option>' in page
    assert "4 articles in 3 stories" in page


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({"outlet": "Detik"}, ["BPS Catat Inflasi Mei 2025 Sebesar 1,6 Persen"]),
        ({"q": "Ambalat"}, ["Menlu Sugiono Bertemu Menlu Malaysia Bahas Blok Ambalat"]),
        ({"since": "2025-06-06"}, ["Menlu Sugiono Bertemu Menlu Malaysia Bahas Blok Ambalat"]),
        ({"until": "2025-06-03"}, ["BPS Catat Inflasi Mei 2025 Sebesar 1,6 Persen"]),
        ({"q": "inflasi", "outlet": "Kompas"}, []),
    ],
)
def test_filters_narrow_the_stories_list(client, params, titles):
    page = html(client.get("/", params=params))
    assert story_titles(page) == titles
    if not titles:
        assert "No stories match these filters" in page


def test_empty_form_fields_mean_no_filter(client):
    page = html(client.get("/", params={"q": "", "outlet": "", "since": "", "until": "", "min_outlets": "", "kind": ""}))
    assert len(story_titles(page)) == 3
    assert client.get("/api/stories", params={"min_outlets": "", "kind": ""}).json()["total"] == 3


def test_pagination_keeps_the_filters(client, monkeypatch):
    monkeypatch.setattr(web, "PAGE_SIZE", 2)
    first = html(client.get("/", params={"until": "2025-06-30"}))
    assert len(story_titles(first)) == 2
    assert "page 1 of 2" in first
    assert 'href="/?until=2025-06-30&amp;page=2"' in first
    second = html(client.get("/", params={"until": "2025-06-30", "page": 2}))
    assert story_titles(second) == ["BPS Catat Inflasi Mei 2025 Sebesar 1,6 Persen"]
    assert 'href="/?until=2025-06-30"' in second  # back to page 1


def test_story_page_shows_summary_sources_timeline_plot_outlets_quotes_media_and_conflicts(client, store, ids):
    story = store.story(ids["menlu_story"])
    page = html(client.get(f"/stories/{ids['menlu_story']}"))
    assert "<h1>Menlu Sugiono Bertemu Menlu Malaysia Bahas Blok Ambalat</h1>" in page
    assert "2025-06-10 · 2 articles from 2 outlets" in page

    summary = page[page.index('<section id="summary">') : page.index('<section id="timeline">')]
    assert len(re.findall(r"<li>", summary)) == len(story["summary"])
    for item in story["summary"]:
        for source in item["sources"]:
            assert f'href="/articles/{source}"' in summary

    # the plot: an inline SVG with one mark per dated event, on a date axis, disputed events marked
    svg = re.search(r'<svg class="timeline-plot".*?</svg>', page, re.S).group(0)
    dated = [t for t in story["timeline"] if t.get("when")]
    assert len(re.findall(r'<g class="event', svg)) == len(dated) >= 1
    assert "MEET · Sugiono" in svg
    assert "10 Jun" in svg  # a tick of the date axis
    assert 'class="event status-occurred disputed"' in svg and "⚠ MEET" in svg
    # the table beside it
    assert '<table class="timeline">' in page and "<code>MEET</code>" in page

    # conflicts: each value with the articles that give it
    conflicts = page[page.index('<section class="conflicts"') : page.index('<section id="summary">')]
    assert "date of MEET" in conflicts
    for value, articles in story["conflicts"][0]["values"].items():
        assert re.search(rf"<code>{value}</code> <span class=\"src\"><a href=\"/articles/{articles[0]}\"", conflicts)

    # the articles side by side, one column an outlet
    columns = re.findall(r'<div class="outlet-col">\s*<h3>([^<]+)</h3>', page)
    assert columns == ["Kompas", "Tempo"]
    # quotes by speaker: the quote both outlets carry is one quote with both as sources
    quotes = page[page.index('<section id="quotes">') : page.index('<section id="media">')]
    assert f'<a href="/entities/{ids["sugiono"]}">Sugiono</a>' in quotes
    assert quotes.count("Kami sepakat menyelesaikan persoalan perbatasan") == 1
    quote = quotes[quotes.index("Kami sepakat") :].split("</li>", 1)[0]
    assert f'href="/articles/{MENLU}"' in quote and f'href="/articles/{TEMPO}"' in quote
    # cited media, counted
    media = page[page.index('<section id="media">') :]
    assert "<td>Reuters</td><td>1 article</td><td>1</td>" in media


def test_near_duplicates_are_marked_on_the_story_page(client, store, ids, monkeypatch):
    story = dict(store.story(ids["menlu_story"]))
    story["duplicates"] = [{"article": TEMPO, "of": MENLU, "similarity": 0.91}]
    monkeypatch.setattr(store, "story", lambda sid: story if sid == story["id"] else None)
    page = html(client.get(f"/stories/{story['id']}"))
    assert "1 near-duplicate" in page
    card = page[page.index('<div class="card dup">') :].split('<div class="card', 2)[1]
    assert "near-duplicate of" in card and "(91% similar)" in card and f'href="/articles/{MENLU}"' in card
    article = html(client.get(f"/articles/{TEMPO}"))
    assert "near-duplicate of" in article and "(91% similar)" in article


def test_story_page_shows_developing_figures_and_background_apart_from_timeline_and_conflicts(client, store, ids, monkeypatch):
    story = dict(store.story(ids["menlu_story"]))
    hostile = "<script>alert(1)</script>"
    story["updates"] = [{"about": f"orang dievakuasi {hostile}", "type": "EVACUATE", "counted": "orang dievakuasi", "series": [
        {"value": 120, "as_of": "2025-06-10T09:00+07:00", "articles": [MENLU]},
        {"value": 340, "as_of": "2025-06-11T10:00+07:00", "articles": [TEMPO]}]}]
    story["background"] = [{"when": "2005-03", "type": "ACCUSE", "who": ["Indonesia", "Malaysia"], "where": "Ambalat", "status": "occurred",
                            "description": f"Ketegangan di laut Sulawesi memanas pada 2005. {hostile}", "articles": [TEMPO]}]
    story["weekday_slips"] = [{"about": "weekday of 2025-06-10", "kind": "weekday", "values": {f"Senin (10/6/2025) {hostile}": [TEMPO]},
                               "calendar": "2025-06-10 is a Selasa"}]
    monkeypatch.setattr(store, "story", lambda sid: story if sid == story["id"] else None)
    page = html(client.get(f"/stories/{story['id']}"))
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    # a page against the calendar: shown apart, after what the sources disagree on
    slips = page[page.index('<details class="slips"') : page.index("</details>", page.index('<details class="slips"'))]
    assert "Dates whose weekday does not fit (1)" in slips and "2025-06-10 is a Selasa" in slips
    assert re.search(rf'<code>Senin \(10/6/2025\) &lt;script&gt;.*?</code> <span class="src"><a href="/articles/{TEMPO}"', slips)
    updates = page[page.index('<section class="updates" id="updates"') : page.index('<section id="summary">')]
    assert "Developing figures (1)" in updates and ": 120 → 340" in updates
    assert re.search(rf'<code>120</code> as of 2025-06-10T09:00\+07:00 <span class="src"><a href="/articles/{MENLU}"', updates)
    assert re.search(rf'<code>340</code> as of 2025-06-11T10:00\+07:00 <span class="src"><a href="/articles/{TEMPO}"', updates)
    timeline = page[page.index('<section id="timeline">') : page.index('<section id="background">')]
    assert "2005-03" not in timeline and "Ketegangan di laut Sulawesi" not in timeline
    background = page[page.index('<section id="background">') : page.index('<section id="articles">')]
    assert "2005-03" in background and "<code>ACCUSE</code>" in background and f'href="/articles/{TEMPO}"' in background


def test_article_page_shows_metadata_and_the_body_with_entities_dates_and_quotes_marked(client, store, ids):
    article = store.article(MENLU)
    page = html(client.get(f"/articles/{MENLU}"))
    assert "<h1>Menlu Sugiono Bertemu Menlu Malaysia Bahas Blok Ambalat</h1>" in page
    assert f'<a href="{article["url"]}" rel="noopener noreferrer nofollow">' in page
    assert "<dt>published</dt><dd>2025-06-10" in page
    assert f'<a href="/stories/{ids["menlu_story"]}">' in page
    body = page[page.index('<div class="body">') : page.index("</div>", page.index('<div class="body">'))]
    # entities link to their page, with type and name in the title
    assert f'<a class="ent ent-PER" href="/entities/{ids["sugiono"]}" title="PER: Sugiono">Sugiono</a>' in body
    # a date carries its TIMEX value
    assert '<span class="timex" title="DATE 2025-06-09">Senin (9/6/2025)</span>' in body
    # a direct quote is marked and names its speaker; the entity inside a quote stays linked
    assert re.search(r'<span class="quote direct" title="Sugiono · kata">Kami sepakat menyelesaikan', body)
    assert re.search(r'<span class="quote" title="Reuters · Seperti melansir">.*?<a class="ent ent-LOC"[^>]*>Selat Malaka</a>', body)
    # the text itself is all there, paragraph by paragraph
    text = re.sub(r"<[^>]+>", "", body).replace("&#34;", '"')
    for paragraph in article["body"].split("\n\n"):
        assert paragraph in text
    # removed chrome is one click away
    details = page[page.index("<details") :]
    assert "line of page chrome removed</summary>" in details and "Baca juga: Harga Cabai Naik Jelang Idul Adha" in details
    assert "Baca juga" not in body


def test_entity_page_lists_its_stories_and_quotes(client, ids):
    page = html(client.get(f"/entities/{ids['sugiono']}"))
    assert "<h1>Sugiono</h1>" in page and '<span class="badge">PER</span>' in page
    stories = page[page.index('<section id="stories">') : page.index('<section id="quotes">')]
    assert story_titles(stories) == ["Menlu Sugiono Bertemu Menlu Malaysia Bahas Blok Ambalat"]
    quotes = page[page.index('<section id="quotes">') : page.index('<section id="articles">')]
    assert quotes.count("Kami sepakat menyelesaikan persoalan perbatasan") == 2  # as each outlet carries it
    assert f'href="/articles/{MENLU}"' in quotes and f'href="/articles/{TEMPO}"' in quotes


def test_search_finds_a_word_and_marks_it(client):
    page = html(client.get("/search", params={"q": "ambalat"}))
    assert "2 articles with every word of “ambalat”" in page
    hits = re.findall(r'<a class="title" href="/articles/([^"]+)">', page)
    assert sorted(hits) == sorted([MENLU, TEMPO])
    assert "<mark>Ambalat</mark>" in page


@pytest.mark.parametrize("q", ['"Ambalat', "Ambalat*", "(Ambalat)", "Ambalat:", "^Ambalat -", "'Ambalat'; --", "Ambalat\\"])
def test_search_with_query_syntax_characters_still_finds(client, q):
    page = html(client.get("/search", params={"q": q}))
    assert "<mark>Ambalat</mark>" in page
    assert client.get("/api/search", params={"q": q}).json()["total"] == 2


@pytest.mark.parametrize("q", ["NEAR(Ambalat", "title:Ambalat", "Ambalat)) OR (", "ambalat AND -x", "!!!", "*", '"', "%", "\u200b"])
def test_search_with_fts_operators_treats_them_as_words_never_fails(client, q):
    # every word must be in the article: "NEAR", "title", "OR" are words like the others
    assert client.get("/search", params={"q": q}).status_code == 200
    answer = client.get("/api/search", params={"q": q})
    assert answer.status_code == 200 and answer.json()["total"] == 0


def test_search_without_hits_says_so(client):
    page = html(client.get("/search", params={"q": "kriptografi"}))
    assert "No article has every word of “kriptografi”." in page
    assert html(client.get("/search")).count('<ol class="hits">') == 0  # no query: the form only


def test_pages_load_nothing_from_elsewhere_and_run_no_script(client, ids):
    for url in ("/", f"/stories/{ids['menlu_story']}", f"/articles/{MENLU}", f"/entities/{ids['sugiono']}", "/search?q=banjir"):
        response = client.get(url)
        assert response.status_code == 200
        page = html(response)
        assert "<script" not in page
        assert not re.search(r'<(link|img|iframe)[^>]+(src|href)="(https?:)?//', page)
        assert '<link rel="stylesheet" href="/static/style.css">' in page
        assert "default-src 'none'" in response.headers["content-security-policy"]
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]
    assert "url(" not in css.text and "@import" not in css.text


# ---------------------------------------------------------------------------- hostile page text


def test_hostile_text_is_escaped_on_every_page(client, ids):
    urls = [
        "/",
        f"/?outlet=Evil{ATTR}",
        f"/stories/{ids['hostile_story']}",
        f"/articles/{HOSTILE}",
        f"/entities/{ids['budi']}",
        "/search?q=banjir",
        f"/search?q={SCRIPT}",
    ]
    for url in urls:
        page = html(client.get(url))
        assert "alert(1)" in page, url  # the text is there ...
        for raw in (SCRIPT, 'onmouseover="x', "<img src=x", "<b>Wulandari"):
            assert raw not in page, (url, raw)  # ... as text, never as markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, url
        assert 'href="javascript:' not in page, url
    article = html(client.get(f"/articles/{HOSTILE}"))
    assert "<dt>url</dt><dd>javascript:alert(1)</dd>" in article  # shown, not linked
    assert "&lt;img src=x onerror=alert(2)&gt;" in article
    assert "Rina &lt;b&gt;Wulandari" in article
    assert "&#39;; DROP TABLE articles; --" in article and PATH in article


def test_hostile_text_is_stored_and_served_as_it_was(client, store, ids):
    article = client.get(f"/api/articles/{HOSTILE}").json()
    assert article["title"] == f"Banjir {SCRIPT} {ATTR} {SQL} {PATH}"
    assert article["outlet"] == f"Evil{ATTR}" and article["url"] == "javascript:alert(1)"
    assert SCRIPT in article["body"] and SQL in article["body"]
    assert store.counts()["articles"] == len(ARTICLES)  # the "DROP TABLE" was text
    rows = client.get("/api/stories", params={"outlet": f"Evil{ATTR}"}).json()["items"]
    assert [r["id"] for r in rows] == [ids["hostile_story"]]
    assert rows[0]["title"] == article["title"]


# ---------------------------------------------------------------------------- API


def test_api_stories_lists_filters_and_pages(client, ids):
    answer = client.get("/api/stories").json()
    assert answer["total"] == 3 and answer["limit"] == 50 and answer["offset"] == 0
    assert [r["id"] for r in answer["items"]] == [ids["menlu_story"], ids["hostile_story"], ids["inflasi_story"]]
    assert set(answer["items"][0]) == {"id", "title", "first", "last", "size", "outlets"}
    assert answer["items"][0]["outlets"] == ["Kompas", "Tempo"] and answer["items"][0]["size"] == 2
    page = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and [r["id"] for r in page["items"]] == [ids["hostile_story"]]
    assert client.get("/api/stories", params={"since": "2025-06-06"}).json()["total"] == 1
    assert client.get("/api/stories", params={"q": "Ambalat", "outlet": "Tempo"}).json()["total"] == 1
    entity = client.get("/api/stories", params={"entity": ids["sugiono"]}).json()
    assert [r["id"] for r in entity["items"]] == [ids["menlu_story"]]


def test_api_stories_sort_by_size_outlets_and_recency_and_keep_kinds_out_unless_asked(client, store, ids):
    by_size = client.get("/api/stories", params={"sort": "size"}).json()["items"]
    assert [r["id"] for r in by_size][0] == ids["menlu_story"] and [r["size"] for r in by_size] == [2, 1, 1]
    by_outlets = client.get("/api/stories", params={"sort": "outlets", "min_outlets": 2}).json()
    assert by_outlets["total"] == 1 and by_outlets["items"][0]["outlets"] == ["Kompas", "Tempo"]
    recent = [r["last"] for r in client.get("/api/stories", params={"sort": "recent"}).json()["items"]]
    assert recent == sorted(recent, reverse=True)
    s = schema.stories
    with store.engine.begin() as conn:  # the story stage marks a market report so; set by hand here
        conn.execute(sa.update(s).where(s.c.id == ids["inflasi_story"]).values(kind="routine"))
    try:
        default = client.get("/api/stories").json()
        assert default["total"] == 2 and ids["inflasi_story"] not in {r["id"] for r in default["items"]}
        routine = client.get("/api/stories", params={"kind": "routine"}).json()["items"]
        assert [(r["id"], r["kind"]) for r in routine] == [(ids["inflasi_story"], "routine")]
        assert client.get("/api/stories", params={"kind": "all"}).json()["total"] == 3
        page = html(client.get("/", params={"kind": "routine", "sort": "size"}))
        assert story_titles(page) == ["BPS Catat Inflasi Mei 2025 Sebesar 1,6 Persen"] and "routine" in page
        assert "series and routine stories left out" in html(client.get("/"))
    finally:
        with store.engine.begin() as conn:
            conn.execute(sa.update(s).where(s.c.id == ids["inflasi_story"]).values(kind=None))


def test_api_story_article_entity_and_search_shapes(client, store, ids):
    story = client.get(f"/api/stories/{ids['menlu_story']}").json()
    assert story == store.story(ids["menlu_story"])
    assert {"id", "title", "articles", "summary", "timeline", "conflicts"} <= set(story)
    assert story["articles"] == [MENLU, TEMPO]

    article = client.get(f"/api/articles/{MENLU}").json()
    assert {"id", "outlet", "url", "title", "published", "body", "timexes", "entities", "quotes", "citations", "events", "story"} <= set(
        article
    )
    assert article["story"] == ids["menlu_story"]
    assert any(e["global_id"] == ids["sugiono"] for e in article["entities"])

    entity = client.get(f"/api/entities/{ids['sugiono']}").json()
    assert entity["name"] == "Sugiono" and entity["type"] == "PER"
    assert sorted(entity["articles"]) == sorted([MENLU, TEMPO])
    assert {q["article_id"] for q in entity["quotes"]} == {MENLU, TEMPO}
    assert all(q["speaker"] == "Sugiono" and q["text"].startswith("Kami sepakat") for q in entity["quotes"])

    found = client.get("/api/search", params={"q": "Ambalat", "limit": 1}).json()
    assert found["q"] == "Ambalat" and found["total"] == 2 and found["limit"] == 1 and len(found["items"]) == 1
    hit = found["items"][0]
    assert hit["id"] in (MENLU, TEMPO) and hit["story"] == ids["menlu_story"]
    assert {"text": "Ambalat", "match": True} in hit["snippet"]
    assert all(set(s) == {"text", "match"} for s in hit["snippet"])

    assert client.get("/api/outlets").json()[0] == {"outlet": "Detik", "articles": 1}


def test_healthz(client):
    answer = client.get("/healthz")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok" and answer.json()["counts"]["articles"] == len(ARTICLES)


def test_openapi_schema_documents_the_api(client):
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles/{article_id}",
        "/api/entities/{entity_id}",
        "/api/search",
        "/healthz",
    ):
        assert path in paths, path
        assert paths[path]["get"]["summary"] and paths[path]["get"]["tags"]
    params = {p["name"]: p for p in paths["/api/stories"]["get"]["parameters"]}
    assert params["limit"]["schema"]["minimum"] == 1 and params["limit"]["schema"]["maximum"] == 200
    assert params["since"]["schema"]["anyOf"][0]["format"] == "date"
    assert "/" not in {p for p in paths}  # pages are not API


def test_openapi_schema_describes_every_field_of_the_records(client):
    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    story = client.get("/api/openapi.json").json()["paths"]["/api/stories/{story_id}"]["get"]["responses"]["200"]
    assert story["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Story"}
    # every key the story and the article answers carry is a described property, down to the facts
    assert list(schemas["Story"]["properties"]) == [f.name for f in fields(Story)]
    assert schemas["Conflict"]["properties"]["values"]["additionalProperties"]["items"]["type"] == "string"
    article = schemas["ArticleOut"]["properties"]
    assert list(article)[-1] == "story" and article["timexes"]["items"] == {"$ref": "#/components/schemas/Timex"}
    assert article["caption_events"]["items"] == {"$ref": "#/components/schemas/Event"}
    assert "in" in schemas["Event"]["properties"] and "weekday_mismatch" in schemas["Timex"]["properties"]
    assert schemas["Entity"]["properties"]["mentions"]["items"] == {"$ref": "#/components/schemas/Mention"}
    assert schemas["EntityOut"]["properties"]["quotes"]["items"] == {"$ref": "#/components/schemas/QuoteOut"}


def test_api_answers_leave_out_the_keys_a_record_leaves_out(client, store, ids):
    # a stored conflict without a weekday has no "calendar": the answer adds no null for it
    story = client.get(f"/api/stories/{ids['menlu_story']}").json()
    assert any("calendar" not in c for c in story["conflicts"])
    article = client.get(f"/api/articles/{MENLU}").json()
    assert article == store.article(MENLU) and list(article) == list(store.article(MENLU))


def test_the_routes_reach_the_store_through_a_dependency(store):
    class Gone:
        def counts(self):
            raise OSError("database is gone")

    app = create_app(store)
    app.dependency_overrides[get_store] = lambda: Gone()
    with TestClient(app) as c:
        answer = c.get("/healthz")
    assert answer.status_code == 503 and answer.json()["status"] == "unavailable"


# ---------------------------------------------------------------------------- errors


@pytest.mark.parametrize("url", ["/stories/S000000000000", "/articles/nope", "/entities/E000000000000", "/no/such/page"])
def test_unknown_ids_are_404_pages(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "<h1>Not found</h1>" in html(response)


@pytest.mark.parametrize("url", ["/api/stories/S000000000000", "/api/articles/nope", "/api/entities/E000000000000", "/api/nothing"])
def test_unknown_ids_are_404_json(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert "detail" in response.json()


@pytest.mark.parametrize(
    "url",
    [
        "/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/stories/..%2F..%2Fetc%2Fpasswd",
        "/entities/..%2F..%2Fpyproject.toml",
        "/static/..%2F..%2F..%2Fpyproject.toml",
        "/static/..%2Fweb.py",
        "/articles/%2E%2E/%2E%2E/etc/passwd",
    ],
)
def test_dot_dot_in_a_path_is_404_not_a_file(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "root:" not in response.text and "[project]" not in response.text and "def create_app" not in response.text


@pytest.mark.parametrize(
    ("url", "where"),
    [
        ("/api/stories?limit=0", "limit"),
        ("/api/stories?limit=201", "limit"),
        ("/api/stories?limit=abc", "limit"),
        ("/api/stories?offset=-1", "offset"),
        ("/api/stories?offset=99999999999999999999999", "offset"),
        ("/api/stories?since=notadate", "since"),
        ("/api/stories?until=2025-13-45", "until"),
        ("/api/stories?sort=alphabet", "sort"),
        ("/api/stories?min_outlets=0", "min_outlets"),
        ("/api/stories?min_outlets=abc", "min_outlets"),
        ("/api/stories?kind=listicle", "kind"),
        ("/api/search", "q"),
        ("/api/search?q=", "q"),
        ("/api/search?q=%20%20", "q"),
        ("/api/search?q=" + "a" * 501, "q"),
        ("/api/search?q=banjir&limit=0", "limit"),
        ("/api/stories/" + "S" * 201, "story_id"),
    ],
)
def test_bad_api_parameters_are_422_naming_the_parameter(client, url, where):
    response = client.get(url)
    assert response.status_code == 422
    errors = response.json()["detail"]
    assert any(e["loc"][-1] == where and e["msg"] for e in errors)


@pytest.mark.parametrize(
    ("url", "where"), [("/?since=notadate", "since"), ("/?page=0", "page"), ("/search?page=abc", "page"), ("/?page=99999999999", "page")]
)
def test_bad_page_parameters_are_422_pages(client, url, where):
    response = client.get(url)
    assert response.status_code == 422
    page = html(response)
    assert "<h1>Bad request</h1>" in page and f"<code>{where}:" in page


def test_a_page_past_the_last_is_empty_not_an_error(client):
    page = html(client.get("/", params={"page": 50}))
    assert story_titles(page) == []


# ---------------------------------------------------------------------------- the helpers


def test_highlight_body_escapes_each_piece_and_skips_bad_offsets():
    body = 'Kata <b>Budi</b>: "Senin ok" & Ani.\n\nDua'
    budi, senin, ani = body.index("Budi"), body.index("Senin"), body.index("Ani")
    article = {
        "body": body,
        "entities": [
            {"name": "Budi", "type": "PER", "global_id": "E1", "mentions": [{"start": budi, "end": budi + 4}]},
            {"name": "Ani", "type": "PER", "global_id": None, "mentions": [{"start": ani, "end": ani + 3}, {"start": 40, "end": 99}]},
        ],
        # a timex overlapping a mention loses to it; offsets that are not numbers are skipped
        "timexes": [
            {"start": senin, "end": senin + 5, "type": "DATE", "value": "2025-06-09"},
            {"start": "x", "end": 3},
            {"start": budi + 1, "end": budi + 3},
        ],
        "quotes": [{"start": senin, "end": senin + 8, "direct": True, "speaker": '<i>"Budi"</i>', "cue": "kata"}],
    }
    paragraphs = highlight_body(article, lambda gid: f"/entities/{gid}")
    assert len(paragraphs) == 2
    first = str(paragraphs[0])
    assert first == (
        'Kata &lt;b&gt;<a class="ent ent-PER" href="/entities/E1" title="PER: Budi">Budi</a>&lt;/b&gt;: &#34;'
        '<span class="quote direct" title="&lt;i&gt;&#34;Budi&#34;&lt;/i&gt; · kata"><span class="timex" title="DATE 2025-06-09">Senin</span> ok</span>'
        '&#34; &amp; <span class="ent ent-PER" title="PER: Ani">Ani</span>.'
    )
    assert str(paragraphs[1]) == "Dua"


def test_timeline_svg_escapes_labels_and_puts_far_events_at_the_edges():
    timeline = [
        {"when": "2019", "type": "MEET", "who": ["Kim"], "articles": ["a"]},
        {"when": "2025-06-09", "type": "MEET", "who": [SCRIPT], "disputed": True, "description": ATTR},
        {"when": "2025-06-12", "type": "VISIT", "who": "Ani", "status": "planned"},
        {"when": "PAST_REF", "type": "WARN", "who": ["X"]},
    ]
    plot = timeline_svg(timeline, focus=("2025-06-09", "2025-06-10"))
    svg = str(plot["svg"])
    assert plot["plotted"] == 3 and plot["undated"] == 1 and plot["outside"] == 1
    assert SCRIPT not in svg and "&lt;script&gt;" in svg and 'onmouseover="x' not in svg
    assert "2019 · MEET · Kim" in svg  # the far event, at the left edge, its date in the label
    assert 'class="event status-planned"' in svg and "disputed" in svg
    xs = [float(x) for x in re.findall(r'<circle class="mark" cx="([\d.]+)"', svg)]
    assert len(xs) == 2 and xs[0] < xs[1]  # 9 June left of 12 June
    assert timeline_svg([{"when": None}])["svg"] is None
    assert date(2025, 6, 9).isoformat() in svg  # the tooltip names the date


@pytest.mark.parametrize(
    ("lo", "hi", "first"),
    [
        (date(2025, 6, 9), date(2025, 6, 12), (date(2025, 6, 9), "9 Jun")),
        (date(2025, 6, 1), date(2025, 7, 15), (date(2025, 6, 2), "2 Jun")),  # weeks, from the first Monday
        (date(2025, 1, 10), date(2025, 9, 1), (date(2025, 2, 1), "Feb 2025")),
        (date(2019, 3, 1), date(2025, 6, 9), (date(2020, 1, 1), "2020")),
    ],
)
def test_plot_ticks_are_days_weeks_months_or_years_by_the_span(lo, hi, first):
    marks = ticks(lo, hi)
    assert marks[0] == first and all(lo <= d <= hi for d, _ in marks)
