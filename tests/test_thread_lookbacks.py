"""Threads need a happening of the days: look-back features alone make no thread.

Invented headlines in the outlets' style (no corpus text): two features retelling old crashes at one circuit, the
same two beside a report of the days' practice crash there, and a "Kisah" of a pilgrim whose death is dated in the
run's days.
"""

from __future__ import annotations

from datetime import date

from telisik.stories.threads import StoryProfile, ThreadConfig, is_lookback, story_profile
from thread_stories import article, doc_frequencies, event, story, threaded

DAY = "2025-06-19"
CIRCUIT = [("Sirkuit Sentul Raya", "LOC", 3), ("Rafael Moreno", "PER", 2), ("Grand Prix Nusantara", "ORG", 1)]


def _retold(sid: str, title: str) -> tuple:
    return story(sid, [article(sid.lower(), title, CIRCUIT)], [], None, DAY)


def test_a_lookback_is_a_cued_headline_with_no_event_of_the_days():
    cfg = ThreadConfig()
    first = date(2025, 6, 19)
    assert is_lookback(["3 Pembalap yang Pernah Kecelakaan Parah di Sirkuit Sentul Raya"], [], first, cfg)
    assert is_lookback(["Kisah Rafael Moreno Nyaris Tewas di Sirkuit Sentul Raya"], [date(2014, 5, 1)], first, cfg)
    # an event dated in the days: the "kisah" is of the days
    assert not is_lookback(["Kisah Jemaah Haji Wafat Usai Tuntaskan Rukun Haji"], [date(2025, 6, 16)], first, cfg)
    # no cue: a report of the days, dated or not
    assert not is_lookback(["Rafael Moreno Kecelakaan di Sesi Latihan Sentul"], [], first, cfg)
    # (a word that holds a cue is no cue: "pernahkah" is asked of now)
    assert not is_lookback(["Pernahkah Anda ke Sirkuit Sentul Raya?"], [], first, cfg)
    # one cued headline of a story's three is a side remark
    titles = ["Rafael Moreno Juara di Sentul", "Moreno Rebut Podium Pertama", "Moreno Pernah Jatuh di Sini"]
    assert not is_lookback(titles, [], first, cfg)


def test_two_lookbacks_on_one_circuit_are_no_thread():
    stories = threaded(
        [
            _retold("S-three", "3 Pembalap Top yang Pernah Kecelakaan Parah di Sirkuit Sentul Raya, Rafael Moreno Salah Satunya"),
            _retold("S-tale", "Kisah Rafael Moreno yang Nyaris Meninggal Usai Kecelakaan Parah di Sirkuit Sentul Raya"),
        ]
    )
    assert stories["S-three"].thread is None and stories["S-tale"].thread is None


def test_lookbacks_beside_a_crash_of_the_days_are_its_thread():
    crash = story(
        "S-crash",
        [article("c1", "Rafael Moreno Kecelakaan Parah di Sirkuit Sentul Raya Saat Latihan Bebas", CIRCUIT)],
        [event("ACCIDENT", ["Rafael Moreno"], "Sirkuit Sentul Raya", DAY)],
        None,
        DAY,
    )
    stories = threaded(
        [
            crash,
            _retold("S-three", "3 Pembalap Top yang Pernah Kecelakaan Parah di Sirkuit Sentul Raya, Rafael Moreno Salah Satunya"),
        ]
    )
    assert stories["S-crash"].thread is not None and stories["S-crash"].thread == stories["S-three"].thread


def test_a_lookback_survives_the_plain_form_sent_between_processes():
    told = [_retold("S-tale", "Kisah Rafael Moreno yang Nyaris Meninggal Usai Kecelakaan Parah di Sirkuit Sentul Raya")]
    record, articles = told[0]
    profile = story_profile(record, articles, doc_frequencies(told))
    assert profile.lookback
    assert StoryProfile.of_tuple(profile.to_tuple()).lookback
