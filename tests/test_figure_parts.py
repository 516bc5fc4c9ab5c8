"""The points of a developing figure's series (issue 16, session h46; read in the judged updates of 19-20 June): a total
told with an earlier value as its part ("sedikitnya 270 orang, termasuk 241 penumpang dan awak") is another scope of the
count, no update of it. Reports written for these tests."""

from __future__ import annotations

from telisik.stories.figures import figures_and_conflicts


def _reports(reports: dict[str, tuple[str, str]]) -> list[dict]:
    return [{"id": i, "published": when, "body": body} for i, (when, body) in reports.items()]


def test_a_total_told_with_the_earlier_value_as_its_part_is_no_update():
    reports = {
        "detik-1": ("2025-06-19T09:40+07:00", "Dalam kecelakaan pesawat Air India itu, 241 orang tewas."),
        "liputan-1": (
            "2025-06-20T14:00+07:00",
            "Pesawat Air India jatuh di Ahmedabad. Sedikitnya 270 orang tewas, termasuk 241 penumpang dan awak.",
        ),
    }
    assert figures_and_conflicts(_reports(reports))[0] == []
    # a toll that rose, its earlier value no part of the later one: an update
    rose = {**reports, "liputan-1": ("2025-06-20T14:00+07:00", "Pesawat Air India jatuh di Ahmedabad. Sedikitnya 270 orang tewas.")}
    (update,) = figures_and_conflicts(_reports(rose))[0]
    assert [p.value for p in update.series] == [241, 270]
