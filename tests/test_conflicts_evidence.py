"""Counts that only look like disagreements (a floor, a toll rising over a day), and each conflict value with the
sentence that gives it: invented reports of a stabbing at a school in Bogor and a flood."""

from __future__ import annotations

import re

from telisik.output.render import render_report
from telisik.records.stories import Conflict
from telisik.stories.article import StoryArticle
from telisik.stories.conflicts import fill_evidence, value_sentence
from telisik.stories.figures import figures_and_conflicts
from telisik.stories.relations import breakdown_conflicts


def _reports(reports: dict[str, tuple[str, str]]) -> list[dict]:
    return [{"id": i, "published": when, "body": body} for i, (when, body) in reports.items()]


def _sentences(body: str) -> list[list[int]]:
    return [[m.start(), m.end()] for m in re.finditer(r"[^.]+\.", body)]


def test_a_breakdown_conflict_gives_each_value_with_its_sentence():
    a = "Korban tewas terdiri dari tiga siswa dan satu guru."
    c = "Wali kota mengonfirmasi lima orang tewas: satu guru dan empat siswa."
    articles = [
        StoryArticle.of({"id": "a", "published": "2025-03-04T10:00+07:00", "body": a, "sentences": _sentences(a)}),
        StoryArticle.of({"id": "b", "published": "2025-03-04T10:30+07:00", "body": c, "sentences": _sentences(c)}),
    ]
    (conflict,) = breakdown_conflicts(articles, {})
    assert conflict.values == {"3": ["a"], "4": ["b"]}
    assert conflict.evidence == {"3": [{"article": "a", "sentence": a}], "4": [{"article": "b", "sentence": c}]}


def test_injured_counted_again_hours_later_develop_and_a_floor_is_true_of_a_higher_count():
    reports = {
        "a": ("2025-03-04T08:00+07:00", "Sebanyak 12 orang luka-luka akibat banjir bandang di Cisarua."),
        "b": ("2025-03-04T08:20+07:00", "Sedikitnya 10 orang luka-luka akibat banjir bandang itu."),
        "c": ("2025-03-04T15:00+07:00", "Jumlah korban bertambah, 15 orang luka-luka akibat banjir bandang di Cisarua."),
    }
    updates, conflicts = figures_and_conflicts(_reports(reports))
    assert conflicts == []
    assert [[p.value for p in u.series] for u in updates] == [[12, 15]]


def test_each_value_of_a_conflict_gets_the_sentence_that_gives_it():
    a = "Pelaku, yang disebut seorang mantan siswa, ditangkap. Sekolah itu meliburkan seluruh siswa."
    articles = [StoryArticle.of({"id": "a", "published": "", "body": a, "sentences": _sentences(a)})]
    # "siswa" is read where it is not part of the other value, "mantan siswa"
    assert value_sentence(articles[0], "siswa", "the doer's relation", ["siswa", "mantan siswa"]) == "Sekolah itu meliburkan seluruh siswa."
    # the sentence naming what the conflict is about wins over an earlier one writing the value
    c = "Skor 45 detik terakhir. Gol Andi Saputra lahir pada menit ke-45+2 lewat sundulan."
    match = StoryArticle.of({"id": "c", "published": "", "body": c, "sentences": _sentences(c)})
    conflict = Conflict(about="minute of Andi Saputra's goal", kind="match", values={"45+2": ["c"]})
    fill_evidence([conflict], [match])
    assert conflict.evidence == {"45+2": [{"article": "c", "sentence": "Gol Andi Saputra lahir pada menit ke-45+2 lewat sundulan."}]}


def test_the_report_shows_each_value_with_its_sentence_escaped():
    body = "Empat orang <b>tewas</b> di Bogor."
    analysis = {
        "rejected": [],
        "entities": [],
        "articles": [{"id": "a1", "outlet": "Kompas", "published": "2025-03-04", "title": "Penusukan di Bogor", "body": body}],
        "stories": [
            {
                "id": "S1",
                "title": "Penusukan di Bogor",
                "articles": ["a1"],
                "outlets": ["Kompas"],
                "first": "2025-03-04",
                "last": "2025-03-04",
                "summary": [],
                "timeline": [],
                "duplicates": [],
                "conflicts": [
                    {
                        "about": "number of orang tewas (DIE)",
                        "kind": "number",
                        "values": {"4": ["a1"], "6": ["a1"]},
                        "evidence": {"4": [{"article": "a1", "sentence": body}]},
                    }
                ],
            }
        ],
    }
    html = render_report(analysis)
    assert "Source sentences" in html
    assert "Empat orang &lt;b&gt;tewas&lt;/b&gt; di Bogor." in html
    assert "<b>tewas</b>" not in html


def _one(body: str) -> StoryArticle:
    # (no page sentences: the body is cut at the ends of sentences, not at the stop of a clock, "1.10")
    return StoryArticle.of({"id": "a", "published": "", "body": body, "sentences": []})


def test_a_clock_or_a_day_is_found_as_written_with_or_without_its_zero_and_not_inside_a_longer_figure():
    # "01:10" written "1.10"; "01.10.2025" is a day, no clock
    clock = _one("Rapat ditetapkan pada 01.10.2025 lalu. Ledakan terdengar pukul 1.10 WIB di Cilandak.")
    assert value_sentence(clock, "2025-06-09T01:10", "time of ATTACK") == "Ledakan terdengar pukul 1.10 WIB di Cilandak."
    assert value_sentence(_one("Rapat ditetapkan pada 01.10.2025 lalu."), "2025-06-09T01:10", "time") == ""
    # "9/6" written "09/06"; "19/6" is another day
    day = _one("Sidang pertama digelar Kamis (19/6/2025). Sidang kedua digelar Senin (09/06/2025) di Depok.")
    assert value_sentence(day, "2025-06-09", "date of TRIAL") == "Sidang kedua digelar Senin (09/06/2025) di Depok."


def test_a_huge_sentence_is_cut_around_its_value_with_an_ellipsis():
    # a page with no sentence ends: one "sentence" of thousands of characters
    body = "Daftar korban banjir " + "dan warga desa " * 300 + "berjumlah 17 orang " + "serta ternak " * 300
    conflict = Conflict(about="number of orang tewas (DIE)", kind="number", values={"17": ["a"]})
    fill_evidence([conflict], [StoryArticle.of({"id": "a", "published": "", "body": body, "sentences": []})])
    (said,) = conflict.evidence["17"]
    assert len(said["sentence"]) <= 410
    assert said["sentence"].startswith("… ") and said["sentence"].endswith(" …")
    assert "berjumlah 17 orang" in said["sentence"]
