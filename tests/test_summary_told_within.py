"""A story summary does not tell one fact twice when one outlet tells it inside a longer sentence around another main
verb (after a relative clause, in a "Kabar ini muncul setelah ..." sentence); and a sentence's events are read in one
walk over its article's events."""

from __future__ import annotations

from typing import Any

from summary_selection import candidate_index, rated_selection, restates
from telisik.stories.article import StoryArticle
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import _fact_root, _main_predication, _told_within, summarise
from telisik.stories.summary_repeats import read_sentence_events, told_within


def _article(aid: str, outlet: str, paragraphs: list[str], events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": events or []}


NAMES = frozenset({"usnad", "andi", "chery", "china", "vinfast"})


def _within(text: str, told: str) -> bool:
    """Whether ``told`` tells the main fact of ``text`` among its words (their roots as facts)."""
    read = _main_predication(text, NAMES)
    assert read is not None
    roots = {_fact_root(w.strip(".,()").lower()) for w in told.split()}
    return told_within(read, frozenset(roots), _main_predication(told, NAMES))


def test_a_fact_told_after_a_relative_clause_or_around_another_verb_is_told_within_that_sentence():
    lead = "Mantan Ketua DPRD Jatim Kusnadi yang dilaporkan hilang, kini sudah ditemukan."
    assert _within("Kusnadi ditemukan berjalan sendirian di Tanah Merah, Bangkalan, Senin (9/6/2025).", lead)
    launch = "Chery secara resmi meluncurkan Fulwin A8, sedan hybrid terbaru dengan lima varian."
    assert _within("Produsen asal China, Chery resmi meluncurkan sedan hybrid murah.", launch)
    # another party's act, another thing done to, a denied act: other facts
    assert not _within("Andi ditemukan berjalan sendirian di Tanah Merah, Bangkalan.", lead)
    assert not _within("Chery resmi meluncurkan truk listrik untuk pasar ekspor.", launch)
    assert not _within("Kusnadi ditemukan berjalan sendirian di Tanah Merah.", "Kusnadi yang dilaporkan hilang belum ditemukan.")


def _found() -> list[dict[str, Any]]:
    return [
        _article(
            "a1",
            "Liputan6",
            [
                "Mantan Ketua DPRD Jatim Kusnadi yang dilaporkan hilang, kini sudah ditemukan.",
                "Anak Kusnadi, Tonny, sebelumnya melapor ke Polsek Balongbendo bahwa ayahnya tidak pulang.",
            ],
        ),
        _article(
            "t1",
            "Tribunnews",
            [
                "Kusnadi ditemukan berjalan sendirian di Tanah Merah, Bangkalan, Senin (9/6/2025) dini hari.",
                "Kusnadi mengaku berada di Madura untuk mencari obat dan ketenangan.",
            ],
        ),
    ]


def test_in_a_story_one_outlets_finding_restates_the_others_and_the_reverse_but_not_another_fact():
    selection = rated_selection(_found())
    assert restates(selection, "Kusnadi ditemukan berjalan", "kini sudah ditemukan")
    assert restates(selection, "kini sudah ditemukan", "Kusnadi ditemukan berjalan")
    assert not restates(selection, "Kusnadi mengaku berada di Madura", "kini sudah ditemukan")


def test_a_story_summary_tells_the_finding_once():
    summary = summarise(_found(), DocumentFrequencies(), size=4)
    found = [s.text for s in summary if "ditemukan" in s.text]
    assert len(found) == 1, found
    assert {s.outlet for s in summary} == {"Liputan6", "Tribunnews"}


def test_one_walk_over_a_sentences_events_gives_its_kinds_its_named_events_and_its_role_events():
    text = "Polisi menangkap Budi Santoso di Depok, sementara pelaku lain kabur."
    events = [
        {"type": "ARREST", "who": ["Budi Santoso", "polisi"], "sentence": text},
        {"type": "ARREST", "who": ["pelaku"], "sentence": text},
        {"type": "MEETING", "who": ["Wali Kota Depok"], "sentence": "Wali Kota Depok bertemu warga."},
        {"type": "ESCAPE", "who": ["pelaku"], "sentence": text},
    ]
    article = StoryArticle.of(_article("p1", "Detik", [text, "Wali Kota Depok bertemu warga."], events))
    read = read_sentence_events(article, text, _fact_root, frozenset())
    assert read.kinds == frozenset({"ARREST", "ESCAPE"})
    assert [kind for kind, _ in read.named] == ["ARREST"]  # (only Budi Santoso is a named party)
    assert sorted(kind for kind, _ in read.roles) == ["ARREST", "ARREST"]  # named or not


def test_the_same_act_told_within_another_sentence_with_other_counts_is_another_fact():
    articles = [
        _article("d1", "Detik", ["Huawei menerima 1.600 pesanan Maextro hanya sehari setelah pemesanan dibuka di Beijing."]),
        _article("k1", "Kompas", ["Kabar ini muncul setelah Huawei menerima 3.600 pesanan Maextro selama sepekan, menurut laporan media otomotif."]),
        _article("o1", "Okezone", ["Kabar ini beredar setelah Huawei menerima pesanan Maextro dari konsumen di Shanghai."]),
    ]
    selection = rated_selection(articles)
    assert restates(selection, "1.600 pesanan", "Kabar ini beredar")
    sold, counted = (selection.candidates[candidate_index(selection, part)] for part in ("1.600 pesanan", "3.600 pesanan"))
    assert _told_within(sold, selection.candidates[candidate_index(selection, "Kabar ini beredar")])
    assert not _told_within(sold, counted) and not _told_within(counted, sold)
