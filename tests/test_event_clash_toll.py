"""A clash's other side after "dengan" (``_other_side``) is no victim's noun: "bentrok dengan korban meninggal satu
orang" tells the clash's toll, not whom the crowd fought; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events


def test_a_clash_with_casualties_has_no_victim_as_its_other_side(nlp):
    for text in (
        "Warga bentrok dengan korban meninggal satu orang di Papua pada Sabtu (7/6).",
        "Massa bentrok dengan korban luka belasan orang di Papua pada Sabtu (7/6).",
    ):
        (ev,) = events(nlp, text, "ATTACK")
        assert not any(n.lower().startswith("korban") for n in ev.who), (text, ev)


def test_a_side_after_dengan_stays(nlp):
    # a guard: the rule's own case is kept
    (ev,) = events(nlp, "Massa bentrok dengan petugas di Makassar pada Sabtu (7/6).", "ATTACK")
    assert ev.who == ["Massa", "petugas"]
