"""The report's story view: timeline, conflicts, summary and articles side by side."""

from __future__ import annotations

import re
from typing import Any

import pytest

from telisik.output.render import render_report, snippet, when_key

TRIBUN = "a1b2c3d4e5f6"
DW = "f6e5d4c3b2a1"
KOMPAS = "0a0b0c0d0e0f"
STORY = "S1a2b3c4d5e6"

XSS = "<script>alert(1)</script>"


def _article(id_: str, outlet: str, published: str, title: str, body: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": id_,
        "source": f"pages/{id_}.txt",
        "outlet": outlet,
        "url": f"https://example.org/{id_}",
        "title": title,
        "authors": [],
        "editors": [],
        "published": published,
        "language": "id",
        "body": body,
        "captions": [],
        "removed": [],
        "timexes": [],
        "entities": [],
        "quotes": [],
        "citations": [],
        "events": events,
        "sentences": _sentences(body),
    }


def _sentences(body: str) -> list[list[int]]:
    """[start, end] of each sentence, as the pipeline's splitter cuts them (what an analysed article holds)."""
    import spacy

    from telisik.nlp import sentences  # noqa: F401 - registers telisik_sentences

    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_sentences")
    return [[s.start_char, s.end_char] for s in nlp(body).sents]


def analysis(*, hostile: bool = False, extra: bool = False) -> dict[str, Any]:
    """Two articles of one story that disagree on the day of a meeting (plus, with extra, a near-duplicate and a one-article story)."""
    who = ["Kim Jong Un", "Vladimir Putin"]
    articles = [
        _article(
            TRIBUN,
            "Tribunnews",
            "2023-09-11",
            "Kim Jong Un Naik Kereta Lapis Baja ke Rusia untuk Bertemu Putin",
            "Pemimpin Korea Utara Kim Jong Un berangkat ke Rusia dengan kereta lapis baja pada Minggu (10/9) malam. "
            "Kim dijadwalkan bertemu Presiden Rusia Vladimir Putin di Vladivostok pada Selasa (12/9). "
            "Pertemuan itu disebut akan membahas kerja sama militer kedua negara.\n\n"
            "Kantor berita KCNA menyebut Kim didampingi sejumlah pejabat tinggi militer.",
            [
                {"type": "VISIT", "trigger": "berangkat", "who": ["Kim Jong Un"], "where": "Rusia", "when": "2023-09-10", "status": "occurred"},
                {"type": "MEET", "trigger": "bertemu", "who": who, "where": "Vladivostok", "when": "2023-09-12", "status": "planned"},
            ],
        ),
        _article(
            DW,
            "DW",
            "2023-09-12",
            "Putin dan Kim Jong Un Akan Bertemu di Kosmodrom Vostochny",
            "Presiden Rusia Vladimir Putin akan menerima pemimpin Korea Utara Kim Jong Un di kosmodrom Vostochny pada Rabu (13/9). "
            "Juru bicara Kremlin Dmitry Peskov mengatakan kedua pemimpin akan makan siang bersama. "
            "Amerika Serikat memperingatkan Pyongyang agar tidak memasok senjata ke Rusia.",
            [
                {"type": "MEET", "trigger": "menerima", "who": who, "where": "Vostochny", "when": "2023-09-13", "status": "planned"},
                {"type": "WARN", "trigger": "memperingatkan", "who": ["Amerika Serikat"], "where": None, "when": "2023-09-12", "status": "occurred"},
            ],
        ),
    ]
    story: dict[str, Any] = {
        "id": STORY,
        "title": "Kim Jong Un ke Rusia untuk bertemu Putin",
        "articles": [TRIBUN, DW],
        "outlets": ["Tribunnews", "DW"],
        "first": "2023-09-11",
        "last": "2023-09-12",
        "summary": [
            {"text": "Kim Jong Un berangkat ke Rusia dengan kereta lapis baja pada Minggu (10/9) malam.", "sources": [TRIBUN], "outlet": "Tribunnews"},
            {"text": "Juru bicara Kremlin Dmitry Peskov mengatakan kedua pemimpin akan makan siang bersama.", "sources": [DW], "outlet": "DW"},
        ],
        # out of order on purpose: the report sorts by date
        "timeline": [
            {"when": "2023-09-13", "type": "MEET", "who": who, "where": "Vostochny", "status": "planned",
             "description": "Putin akan menerima Kim Jong Un di kosmodrom Vostochny.", "articles": [DW]},
            {"when": "2023-09-10", "type": "VISIT", "who": ["Kim Jong Un"], "where": "Rusia", "status": "occurred",
             "description": "Kim Jong Un berangkat ke Rusia dengan kereta lapis baja.", "articles": [TRIBUN]},
            {"when": "2023-09-12", "type": "MEET", "who": who, "where": "Vladivostok", "status": "planned",
             "description": "Kim dijadwalkan bertemu Putin di Vladivostok.", "articles": [TRIBUN]},
        ],
        "conflicts": [
            {"about": "date of MEET Kim Jong Un / Vladimir Putin", "kind": "date", "values": {"2023-09-12": [TRIBUN], "2023-09-13": [DW]}},
            {"about": "place of MEET Kim Jong Un / Vladimir Putin", "kind": "place", "values": {"Vladivostok": [TRIBUN], "Vostochny": [DW]}},
        ],
        "duplicates": [],
    }
    stories = [story]
    if extra:
        articles.append(
            _article(
                KOMPAS,
                "Kompas",
                "2023-09-12",
                "Kim Jong Un ke Rusia Naik Kereta Lapis Baja, Akan Bertemu Putin",
                "Pemimpin Korea Utara Kim Jong Un berangkat ke Rusia dengan kereta lapis baja pada Minggu (10/9) malam. "
                "Kim dijadwalkan bertemu Presiden Rusia Vladimir Putin di Vladivostok pada Selasa (12/9).",
                [{"type": "MEET", "trigger": "bertemu", "who": who, "where": "Vladivostok", "when": "2023-09-12", "status": "planned"}],
            )
        )
        story["articles"].append(KOMPAS)
        story["outlets"].append("Kompas")
        story["conflicts"][0]["values"]["2023-09-12"].append(KOMPAS)
        story["timeline"][2]["articles"].append(KOMPAS)
        story["duplicates"] = [{"article": KOMPAS, "of": TRIBUN, "similarity": 0.93}]
        articles.append(
            _article(
                "9f9f9f9f9f9f",
                "Detik",
                "2023-09-14",
                "Banjir Rob Genangi Pesisir Jakarta Utara",
                "Banjir rob menggenangi permukiman di Muara Angke, Jakarta Utara, pada Kamis (14/9) pagi. "
                "BPBD DKI Jakarta mencatat ketinggian air mencapai 40 sentimeter.",
                [],
            )
        )
        stories.append(
            {"id": "S999999999999", "title": "Banjir rob di Jakarta Utara", "articles": ["9f9f9f9f9f9f"], "outlets": ["Detik"],
             "first": "2023-09-14", "last": "2023-09-14", "summary": [], "timeline": [], "conflicts": [], "duplicates": []}
        )
    if hostile:
        story["title"] = f"Kim Jong Un {XSS}"
        story["summary"][0]["text"] += f" {XSS}"
        story["conflicts"][0]["values"][XSS] = [DW]
        articles[0]["events"][1]["who"] = ["Kim Jong Un", XSS]
        story["timeline"][0]["who"] = [XSS]
    return {"rejected": [], "articles": articles, "entities": [], "stories": stories}


def _story_block(html: str) -> str:
    start = html.index(f'id="s-{STORY}"')
    return html[start : html.index("</section>", start)]


def _article_section(html: str, id_: str) -> str:
    start = html.index(f'<article id="a-{id_}">')
    return html[start : html.index("</article>", start)]


def test_story_title_span_and_outlets():
    html = render_report(analysis())
    block = _story_block(html)
    assert "Kim Jong Un ke Rusia untuk bertemu Putin" in block
    assert "Tribunnews, DW" in block and "2023-09-11 – 2023-09-12" in block


def test_conflict_values_link_the_articles_that_report_them():
    block = _story_block(render_report(analysis()))
    conflicts = block[block.index('class="conflicts"') :]
    assert "date of MEET Kim Jong Un / Vladimir Putin" in conflicts
    assert re.search(rf'<code>2023-09-12</code> <span class="src"><a href="#a-{TRIBUN}"[^>]*>Tribunnews</a>', conflicts)
    assert re.search(rf'<code>2023-09-13</code> <span class="src"><a href="#a-{DW}"[^>]*>DW</a>', conflicts)
    assert "<code>Vladivostok</code>" in conflicts and "<code>Vostochny</code>" in conflicts


def test_summary_sentences_link_their_source_article():
    block = _story_block(render_report(analysis()))
    summary = block[block.index('<ol class="summary">') : block.index("</ol>", block.index('<ol class="summary">'))]
    assert re.search(rf"Juru bicara Kremlin Dmitry Peskov mengatakan.*?<a href=\"#a-{DW}\"[^>]*>DW</a>", summary)
    assert re.search(rf"kereta lapis baja pada Minggu \(10/9\) malam\..*?<a href=\"#a-{TRIBUN}\"[^>]*>Tribunnews</a>", summary)


def test_timeline_rows_are_in_date_order_and_disputed_rows_marked():
    block = _story_block(render_report(analysis()))
    table = block[block.index('<table class="timeline">') :]
    table = table[: table.index("</table>")]
    whens = re.findall(r'<td class="when">(?:<span[^>]*>⚠</span> )?([^<]+)</td>', table)
    assert whens == ["2023-09-10", "2023-09-12", "2023-09-13"]
    rows = table.split("<tr")[2:]
    assert 'class="disputed"' not in rows[0] and 'class="disputed"' in rows[1] and 'class="disputed"' in rows[2]
    assert f'href="#a-{TRIBUN}"' in rows[1] and f'href="#a-{DW}"' in rows[2]


def test_articles_side_by_side_grouped_by_outlet_with_near_duplicates():
    html = render_report(analysis(extra=True))
    block = _story_block(html)
    cards = block[block.index('class="outlets"') :]
    assert [m for m in re.findall(r"<h4>([^<]+)</h4>", cards)] == ["Tribunnews", "DW", "Kompas"]
    assert f'<a class="title" href="#a-{DW}">Putin dan Kim Jong Un Akan Bertemu di Kosmodrom Vostochny</a>' in cards
    assert "Juru bicara Kremlin Dmitry Peskov mengatakan" in cards  # the second sentence of the body
    assert "Amerika Serikat memperingatkan" not in cards  # the third is left out
    assert re.search(rf'near-duplicate of <a href="#a-{TRIBUN}"[^>]*>Tribunnews</a> \(93% similar\)', cards)
    # the one-article story is a line in a list, still with its anchor
    assert '<li id="s-S999999999999"><strong>Banjir rob di Jakarta Utara</strong>' in html


def test_article_sections_show_events_and_their_story():
    html = render_report(analysis())
    section = _article_section(html, DW)
    assert f'<a href="#s-{STORY}">Kim Jong Un ke Rusia untuk bertemu Putin</a>' in section
    events = section[section.index('<table class="events">') :]
    assert "<th>type</th><th>trigger</th><th>who</th><th>where</th><th>when</th><th>status</th>" in events
    assert "<td>menerima</td><td>Kim Jong Un, Vladimir Putin</td><td>Vostochny</td><td><code>2023-09-13</code></td><td>planned</td>" in events


def test_story_text_is_escaped():
    html = render_report(analysis(hostile=True, extra=True))
    assert "<script>" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 5  # title (twice), summary, conflict value, who (event and timeline)


def test_odd_ids_are_escaped_in_links():
    doc = analysis()
    odd = 'x"><b>y'
    doc["articles"][1]["id"] = odd
    story = doc["stories"][0]
    story["articles"][1] = odd
    story["conflicts"][0]["values"]["2023-09-13"] = [odd]
    html = render_report(doc)
    assert '"><b>' not in html and 'href="#a-x&#34;&gt;&lt;b&gt;y"' in html


@pytest.mark.parametrize(
    "doc",
    [
        {"articles": [], "rejected": []},
        {"articles": [], "rejected": [], "stories": []},
        {"stories": [{}]},
        {"stories": [{"id": "S1", "articles": ["missing"], "summary": ["a bare sentence"], "timeline": [{}], "conflicts": [{"values": None}],
                      "duplicates": [{"article": "missing"}]}, "not a story"]},
        {"articles": [{"id": "x", "body": "Satu kalimat saja.", "events": [{"who": "Jokowi"}]}], "stories": [{"id": "S2", "articles": "x"}]},
    ],
)
def test_missing_or_empty_stories_render(doc):
    html = render_report(doc)
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")


def test_no_stories_means_no_story_section():
    doc = analysis()
    del doc["stories"]
    html = render_report(doc)
    assert 'id="stories"' not in html and "Kim Jong Un Naik Kereta Lapis Baja" in html


def test_when_key_orders_timex_values_by_first_day():
    values = ["2023-09-13", "PAST_REF", "2023-W37", "2023-09", "2023-09-10/2023-09-13", None, "2023-Q3"]
    assert sorted(values, key=when_key) == ["2023-Q3", "2023-09", "2023-09-10/2023-09-13", "2023-W37", "2023-09-13", None, "PAST_REF"]


def test_snippet_is_the_first_two_sentences_of_the_pipelines_splitter():
    import spacy

    from telisik.nlp import sentences  # noqa: F401 - registers telisik_sentences

    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_sentences")
    body = "Warga di Jl. Thamrin berkumpul sejak pagi. Polisi menutup\njalan. Lalu lintas dialihkan."
    bounds = [[s.start_char, s.end_char] for s in nlp(body).sents]
    # the abbreviation does not end a sentence (the splitter's word list), line breaks fold to spaces
    assert snippet({"body": body, "sentences": bounds}) == "Warga di Jl. Thamrin berkumpul sejak pagi. Polisi menutup jalan."
    assert snippet({"body": "x " * 400, "sentences": [[0, 800]]}).endswith(" …")
    assert snippet({"body": "Teks tanpa kalimat tersimpan."}) == "Teks tanpa kalimat tersimpan."


def test_an_article_without_outlet_is_linked_by_its_headline():
    doc = analysis()
    doc["articles"][1]["outlet"] = None
    block = _story_block(render_report(doc))
    assert re.search(rf'<a href="#a-{DW}"[^>]*>Putin dan Kim Jong Un Akan …</a>', block)
    assert "<h4>(outlet unknown)</h4>" in block


def _with_background_and_updates(about: str = "orang tewas (DIE)", description: str = "Kim dan Putin pertama bertemu di Vladivostok.") -> dict:
    doc = analysis()
    story = doc["stories"][0]
    story["background"] = [{"when": "2019-04-25", "type": "MEET", "who": ["Kim Jong Un", "Vladimir Putin"], "where": "Vladivostok",
                            "status": "occurred", "description": description, "articles": [TRIBUN]}]
    story["updates"] = [{"about": about, "type": "DIE", "counted": "orang tewas", "series": [
        {"value": 24, "as_of": "2023-09-11T09:10+07:00", "articles": [TRIBUN]},
        {"value": 224, "as_of": "2023-09-12T08:00+07:00", "articles": [DW]}]}]
    story["timeline"][1]["date_inferred"] = True
    return doc


def test_background_updates_and_timeline_are_shown_apart():
    block = _story_block(render_report(_with_background_and_updates()))
    timeline = block[block.index("<h3>Timeline</h3>") : block.index('<details class="background">')]
    assert "2019-04-25" not in timeline and "2023-09-10" in timeline
    assert "(lead's day)" in timeline  # an entry dated by its reports' leads says so
    background = block[block.index('<details class="background">') : block.index("</details>")]
    assert "Background (1)" in background and "2019-04-25" in background and "Kim dan Putin pertama bertemu" in background
    updates = block[block.index('class="updates"') : block.index("<h3>Timeline</h3>")]
    assert "Developing figures (1)" in updates and "orang tewas (DIE)</strong>: 24 → 224" in updates
    assert re.search(rf'<code>24</code> as of 2023-09-11T09:10\+07:00 <span class="src"><a href="#a-{TRIBUN}"', updates)
    assert re.search(rf'<code>224</code> as of 2023-09-12T08:00\+07:00 <span class="src"><a href="#a-{DW}"', updates)
    # a developing figure is not a disagreement: the conflicts box lists the conflicts only
    conflicts = block[block.index('class="conflicts"') : block.index("</div>", block.index('class="conflicts"'))]
    assert "224" not in conflicts


def test_background_and_updates_text_is_escaped():
    html = render_report(_with_background_and_updates(about=f"orang {XSS}", description=f"Pertemuan {XSS}"))
    assert "<script>" not in html
    assert "orang &lt;script&gt;alert(1)&lt;/script&gt;" in html and "Pertemuan &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_weekday_slips_are_shown_apart_from_the_conflicts_and_escaped():
    doc = analysis()
    doc["stories"][0]["weekday_slips"] = [{"about": "weekday of 2023-09-12", "kind": "weekday",
                                           "values": {f"Senin (12/9/2023) {XSS}": [DW]}, "calendar": "2023-09-12 is a Selasa"}]
    block = _story_block(render_report(doc))
    conflicts = block[block.index('class="conflicts"') : block.index("</div>", block.index('class="conflicts"'))]
    assert "Sources disagree (2)" in conflicts and "Senin (12/9/2023)" not in conflicts
    slips = block[block.index('<details class="slips">') : block.index("</details>", block.index('<details class="slips">'))]
    assert "Dates whose weekday does not fit (1)" in slips and "2023-09-12 is a Selasa" in slips
    assert "Senin (12/9/2023) &lt;script&gt;" in slips and "<script>" not in block
    assert re.search(rf'<span class="src"><a href="#a-{DW}"', slips)
