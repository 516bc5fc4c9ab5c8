"""The story modules read the event triggers' words without the event rules; the rows' not_next words still deny a
trigger there ("Pemukulan Gong" opens a festival, it is no assault), as they do in the article's events."""

from telisik.stories.summary import _happenings
from telisik.stories.thread_links import headline_types


def test_a_headline_striking_a_gong_reports_no_assault() -> None:
    assert "ATTACK" not in headline_types(["Pemukulan Gong Tandai Pembukaan Festival Gandrung Sewu"])


def test_a_headline_of_a_beating_still_reports_an_assault() -> None:
    assert "ATTACK" in headline_types(["Pemukulan Sopir Angkot di Terminal, Dua Pemuda Ditangkap"])


def test_a_summary_sentence_striking_a_drum_tells_no_assault() -> None:
    kinds, _ = _happenings("Acara dibuka dengan pemukulan beduk oleh Bupati Demak di alun-alun, Jumat (20/6/2025).")
    assert "ATTACK" not in kinds


def test_a_summary_sentence_of_a_beating_tells_an_assault() -> None:
    kinds, _ = _happenings("Pemukulan terhadap seorang juru parkir terjadi di Jalan Pemuda, Sabtu dini hari.")
    assert "ATTACK" in kinds
