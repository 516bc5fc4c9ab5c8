"""The report reads typed story records: a ``Story`` from the story stage, or its dict read back at the edge."""

from __future__ import annotations

import logging
from typing import Any

from telisik.output.render import ArticleLinks, as_story, render_report, story_view
from telisik.records.stories import Conflict, Duplicate, Story, SummarySentence, TimelineEntry

KOMPAS, TEMPO = "kompas-banjir-1", "tempo-banjir-2"


def _articles() -> list[dict[str, Any]]:
    return [
        {"id": KOMPAS, "outlet": "Kompas", "title": "Banjir Rendam Bekasi", "published": "2025-03-04",
         "body": "Banjir merendam ribuan rumah di Bekasi pada Selasa (4/3/2025). Warga mengungsi ke masjid.", "events": []},
        {"id": TEMPO, "outlet": "Kompas", "title": "Ribuan Rumah di Bekasi Terendam", "published": "2025-03-05",
         "body": "Ribuan rumah di Bekasi terendam banjir pada Rabu (5/3/2025). BPBD mendirikan posko.", "events": []},
    ]


def _story() -> Story:
    return Story(
        id="S0a1b2c3d4e5",
        title="Banjir rendam Bekasi",
        articles=[KOMPAS, TEMPO],
        outlets=["Kompas"],
        first="2025-03-04",
        last="2025-03-05",
        summary=[SummarySentence("Banjir merendam ribuan rumah di Bekasi pada Selasa (4/3/2025).", [KOMPAS], "Kompas")],
        timeline=[
            TimelineEntry("2025-03-05", "FLOOD", [], "Bekasi", "occurred", "Ribuan rumah terendam banjir.", [TEMPO]),
            TimelineEntry("2025-03-04", "FLOOD", [], "Bekasi", "occurred", "Banjir merendam ribuan rumah.", [KOMPAS]),
        ],
        conflicts=[Conflict("date of FLOOD Bekasi", "date", {"2025-03-04": [KOMPAS], "2025-03-05": [TEMPO]})],
        duplicates=[Duplicate(TEMPO, KOMPAS, 0.874)],
    )


def test_a_story_record_and_its_dict_render_the_same_report():
    from_record = render_report({"articles": _articles(), "stories": [_story()]})
    from_dict = render_report({"articles": _articles(), "stories": [_story().to_dict()]})
    assert from_record == from_dict
    assert "Banjir rendam Bekasi" in from_record and "(87% similar)" in from_record


def test_the_view_reads_the_record_timeline_in_date_order_disputed_rows_marked():
    view = story_view(_story(), {a["id"]: a for a in _articles()})
    assert [row["when"] for row in view["timeline"]] == ["2025-03-04", "2025-03-05"]
    assert all(row["disputed"] for row in view["timeline"])
    assert view["conflicts"][0]["values"] == [("2025-03-04", [KOMPAS]), ("2025-03-05", [TEMPO])]
    card = view["groups"][0]["cards"][1]
    assert card["duplicate"] == {"of": KOMPAS, "similarity": 87}
    assert card["claims"] == [{"about": "date of FLOOD Bekasi", "label": "date", "value": "2025-03-05"}]


def test_a_dict_that_is_no_story_is_left_out_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="telisik.output.render"):
        assert as_story({"id": "S1", "articles": "x"}) is None
        html = render_report({"articles": _articles(), "stories": [{"id": "S1", "articles": "x"}, _story().to_dict()]})
    assert "left out of the report" in caplog.text
    assert 'id="s-S1"' not in html and 'id="s-S0a1b2c3d4e5"' in html


def test_links_to_two_articles_of_one_outlet_carry_their_dates():
    links = ArticleLinks({a["id"]: a for a in _articles()})([KOMPAS, TEMPO, KOMPAS, "hilang"])
    assert [(link.label, link.known) for link in links] == [("Kompas 2025-03-04", True), ("Kompas 2025-03-05", True), ("hilang", False)]
