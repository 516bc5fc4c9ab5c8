"""Threads: a story whose event names one party of a thread's happening, the other in its body, completes it.

Invented headlines (no corpus text): two stories of strikes between two countries, and a hack of an exchange in one
of them whose event the extractor gave one party (the exchange's country) while its body names the hackers' side.
"""

from __future__ import annotations

from telisik.stories.thread_links import Happening, completed_link
from thread_stories import article, event, story, threaded

DAY = "2025-06-19"
WAR = [("Iran", "LOC", 4), ("Israel", "LOC", 4), ("Teheran", "LOC", 2)]


def test_an_event_of_one_party_completes_a_thread_event_by_the_body_s_other_party():
    strike = Happening("ATTACK", ("iran", "israel", "teheran"), "teheran")
    hack = Happening("ATTACK", ("iran",), None)
    assert completed_link(hack, strike, {"iran", "bursa nobar"}, {"iran", "israel", "bursa nobar"}) == ["iran", "israel"]
    # the headline must give the shared party, and the body the other
    assert completed_link(hack, strike, {"bursa nobar"}, {"iran", "israel"}) == []
    assert completed_link(hack, strike, {"iran"}, {"iran", "bursa nobar"}) == []
    # another type of happening completes nothing, nor does an everyday kind
    assert completed_link(Happening("ARREST", ("iran",), None), strike, {"iran"}, {"iran", "israel"}) == []
    meeting = Happening("MEET", ("iran", "oman"), None)
    assert completed_link(Happening("MEET", ("iran",), None), meeting, {"iran"}, {"iran", "oman"}) == []


def test_a_hack_told_by_one_party_joins_the_war_thread():
    first = story(
        "S-strike",
        [article("w1", "Israel Gempur Teheran, Iran Balas dengan Rudal", WAR)],
        [event("ATTACK", ["Iran", "Israel"], "Teheran", DAY)],
        None,
        DAY,
    )
    second = story(
        "S-hospital",
        [article("w2", "Rumah Sakit di Teheran Rusak Dihantam Serangan Israel", WAR)],
        [event("ATTACK", ["Iran", "Israel"], "Teheran", DAY)],
        None,
        DAY,
    )
    hack = story(
        "S-hack",
        [
            article(
                "h1",
                "Peretas Bobol Rp 2 Triliun dari Bursa Nobar, Bursa Kripto Iran",
                [("Bursa Nobar", "ORG", 4), ("Iran", "LOC", 3), ("Israel", "LOC", 1), ("Kelompok Walet", "ORG", 2)],
            )
        ],
        [event("ATTACK", ["Iran"], None, DAY)],
        None,
        DAY,
    )
    stories = threaded([first, second, hack])
    assert stories["S-strike"].thread is not None
    assert stories["S-hack"].thread == stories["S-strike"].thread
    assert stories["S-hack"].thread_why[0] == "ATTACK Iran, Israel"
