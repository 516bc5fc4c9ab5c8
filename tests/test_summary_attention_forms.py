""""Menarik perhatian publik" and "menjadi pusat perhatian" say only that people took notice, as "menyita perhatian"
does (the ATTENTION class of ``summary_fact_classes.tsv``): two sentences saying so of one party tell one fact."""

from __future__ import annotations

from typing import Any

from summary_selection import rated_selection, restates
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import summarise


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def _trip() -> list[dict[str, Any]]:
    return [
        _article(
            "d1",
            "Detik",
            [
                "Penyanyi Raka Pratama kembali menarik perhatian publik lewat unggahan foto liburannya di Bali.",
                "Raka mengaku memesan tiket pesawat ke Bali sejak bulan Maret.",
            ],
        ),
        _article(
            "t1",
            "Tribunnews",
            [
                "Kedekatan Raka Pratama dengan aktris Sinta Dewi menjadi pusat perhatian warganet sejak pekan lalu.",
                "Raka Pratama juga membintangi film horor terbaru yang tayang bulan depan di bioskop.",
            ],
        ),
    ]


def test_drawing_notice_told_in_two_wordings_is_one_fact():
    selection = rated_selection(_trip())
    assert restates(selection, "menjadi pusat perhatian", "menarik perhatian publik")
    assert restates(selection, "menarik perhatian publik", "menjadi pusat perhatian")
    assert not restates(selection, "membintangi film horor", "menarik perhatian publik")


def test_a_story_summary_tells_the_notice_once():
    summary = summarise(_trip(), DocumentFrequencies(), size=3)
    texts = [s.text for s in summary]
    assert sum("perhatian" in t for t in texts) == 1, texts
    assert {s.outlet for s in summary} == {"Detik", "Tribunnews"}
