"""Clock times of one happening a few minutes apart, one of them written approximately ("sekitar pukul 06.20"), are
one moment rounded by its writer, not sources in dispute (issue 16)."""

from __future__ import annotations

from telisik.stories.describe import timeline_and_conflicts


def _crash(id_: str, body: str, clock_text: str, clock: str) -> dict:
    start = body.index(clock_text)
    return {
        "id": id_,
        "published": "2025-07-02T12:00+07:00",
        "body": body,
        "sentences": [[0, len(body)]],
        "timexes": [{"text": clock_text, "start": start, "end": start + len(clock_text), "value": clock}],
        "events": [
            {
                "type": "ACCIDENT",
                "who": ["kereta"],
                "when": "2025-07-02",
                "where": "Cikarang",
                "status": "occurred",
                "trigger": "x",
                "sentence": "x",
                "start": body.lower().index("kecelakaan"),
            }
        ],
    }


def _time_conflicts(*articles: dict) -> list[dict[str, list[str]]]:
    conflicts = timeline_and_conflicts(list(articles), {a["id"]: i for i, a in enumerate(articles)})[1]
    return [c.values for c in conflicts if c.kind == "time"]


ROUNDED = _crash(
    "a", "Polisi menyebut kecelakaan kereta terjadi sekitar pukul 06.20 WIB di Cikarang.", "pukul 06.20 WIB", "2025-07-02T06:20"
)


def test_an_approximate_time_a_minute_from_another_is_one_moment():
    other = _crash(
        "b", "Menurut operator, kecelakaan kereta itu terjadi sekira pukul 06.21 WIB di Cikarang.", "pukul 06.21 WIB", "2025-07-02T06:21"
    )
    assert _time_conflicts(ROUNDED, other) == []
    # one written approximately is enough: the other source's exact minute lies within the rounding
    exact = _crash("c", "Kecelakaan kereta di Cikarang tercatat pada pukul 06.24 WIB.", "pukul 06.24 WIB", "2025-07-02T06:24")
    assert _time_conflicts(ROUNDED, exact) == []


def test_times_further_apart_than_the_rounding_or_both_exact_still_disagree():
    far = _crash("b", "Kecelakaan kereta di Cikarang tercatat pada pukul 06.40 WIB.", "pukul 06.40 WIB", "2025-07-02T06:40")
    assert _time_conflicts(ROUNDED, far) == [{"2025-07-02T06:20": ["a"], "2025-07-02T06:40": ["b"]}]
    exact = _crash(
        "a", "Polisi menyebut kecelakaan kereta terjadi pada pukul 06.20 WIB di Cikarang.", "pukul 06.20 WIB", "2025-07-02T06:20"
    )
    other = _crash("b", "Kecelakaan kereta di Cikarang tercatat pada pukul 06.22 WIB.", "pukul 06.22 WIB", "2025-07-02T06:22")
    assert _time_conflicts(exact, other) == [{"2025-07-02T06:20": ["a"], "2025-07-02T06:22": ["b"]}]
