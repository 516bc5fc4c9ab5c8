"""An act done is not told again inside another sentence that tells it only as ahead or as an aim ("akan meluncurkan",
"untuk meluncurkan"): a launch held on Monday and a launch announced are two facts of a story's summary."""

from __future__ import annotations

from typing import Any

from summary_selection import candidate_index, rated_selection
from telisik.stories.summary import _fact_root, _main_predication, _told_within
from telisik.stories.summary_repeats import told_as_a_plan, told_aside


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


DONE = "Layanan seluler ini diluncurkan anak-anak Trump pada Senin di Trump Tower, Manhattan."
ANNOUNCED = "Donald Trump dan keluarganya mengumumkan akan meluncurkan layanan seluler bernama Trump Mobile."
AIMED = "Donald Trump melisensikan namanya untuk meluncurkan layanan seluler baru di Amerika Serikat."
AGAIN = "Anak-anak Trump resmi meluncurkan layanan seluler Trump Mobile di New York."


def _launch() -> frozenset[str]:
    read = _main_predication(DONE, frozenset({"trump"}))
    assert read is not None
    return read.predicate


def test_a_verb_after_a_word_of_plan_or_aim_is_told_as_a_plan():
    assert told_as_a_plan(ANNOUNCED, _launch(), _fact_root)
    assert told_as_a_plan(AIMED, _launch(), _fact_root)
    assert told_as_a_plan("Trump akan segera meluncurkan layanan seluler.", _launch(), _fact_root)
    assert not told_as_a_plan(DONE, _launch(), _fact_root)
    assert not told_as_a_plan(AGAIN, _launch(), _fact_root)
    assert not told_as_a_plan("Trump bertemu Musk.", _launch(), _fact_root)  # (no word carries it)


def test_a_launch_done_is_not_told_within_a_sentence_that_announces_it_or_aims_at_it():
    selection = rated_selection(
        [
            _article("o1", "Okezone", [DONE]),
            _article("l1", "Liputan6", [ANNOUNCED]),
            _article("k1", "Kompas", [AIMED]),
            _article("d1", "Detik", [AGAIN]),
        ]
    )
    done, announced, aimed, again = (selection.candidates[candidate_index(selection, part)] for part in (DONE, ANNOUNCED, AIMED, AGAIN))
    assert not _told_within(done, announced) and not _told_within(announced, done)
    assert not _told_within(done, aimed) and not _told_within(aimed, done)
    # a launch told done in both, around another verb, is still one fact
    assert _told_within(done, again) or _told_within(again, done)


RAUNG_STATUS = "Saat ini Gunung Raung berada pada status Level II (Waspada) dengan rekomendasi warga tidak mendekati kawah."
RAUNG_ERUPTS = "Gunung Raung yang berada di perbatasan Banyuwangi, Jember dan Bondowoso kembali erupsi pada Jumat malam."
ROLE_KNOWN = "Dr. KH Ahmad Fahrur Rozi, atau Gus Fahrur, dikenal sebagai tokoh agama di Malang."
ROLE_HELD = "Selain dikenal di dunia keagamaan, Gus Fahrur juga menjabat sebagai Komisaris PT Gag Nikel di Raja Ampat."


def test_a_fact_told_only_of_a_party_on_the_way_to_another_act_is_no_repeat():
    state = _main_predication(RAUNG_STATUS, frozenset({"gunung", "raung"}))
    assert state is not None
    assert told_aside(RAUNG_ERUPTS, state.predicate, _fact_root)
    assert not told_aside(RAUNG_STATUS, state.predicate, _fact_root)
    selection = rated_selection(
        [
            _article("l1", "Liputan6", [RAUNG_ERUPTS, RAUNG_STATUS]),
            _article("t1", "Tribunnews", [ROLE_KNOWN, ROLE_HELD]),
            _article("d1", "Detik", ["Gunung Raung berada pada status Level II sejak pekan lalu."]),
        ]
    )
    status, erupts, known, held = (
        selection.candidates[candidate_index(selection, p)] for p in (RAUNG_STATUS, RAUNG_ERUPTS, ROLE_KNOWN, ROLE_HELD)
    )
    assert not _told_within(status, erupts)  # (the eruption sentence names where Raung stands, not its alert level)
    assert not _told_within(known, held)  # (the commissioner's seat is the news: not a repeat of his renown)
    # the state told as the main act of both is still one fact
    assert _told_within(selection.candidates[candidate_index(selection, "sejak pekan lalu")], status) or _told_within(
        status, selection.candidates[candidate_index(selection, "sejak pekan lalu")]
    )
