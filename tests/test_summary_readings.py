"""Two outlets telling one reading of a happening without a common word (an act done more than once, a side turning a
match round) tell one fact, unless the later sentence adds a name, a figure or a detail of its own."""

from __future__ import annotations

from typing import Any

from summary_selection import rated_selection, restates
from telisik.stories.summary import _fact_root
from telisik.stories.summary_readings import happening_readings


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def _kinds(text: str) -> list[str]:
    return [r.kind for r in happening_readings(text, _fact_root)]


def test_readings_are_read_at_their_words_and_a_size_is_no_count_of_acts():
    assert _kinds("Sopir truk itu berkali-kali menerobos palang pintu perlintasan di Bekasi.") == ["AGAIN"]
    assert _kinds("Persib sempat tertinggal sebelum berbalik unggul di babak kedua.") == ["COMEBACK"]
    assert _kinds("Harga cabai naik dua kali lipat di Pasar Kramat Jati.") == []
    # a count with no act near it reads nothing
    assert _kinds("Dalam setahun, dua kali dalam sebulan pun tak cukup.") == []


def test_a_count_written_as_a_negation_restates_the_count_told_with_its_verb():
    selection = rated_selection(
        [
            _article("a", "Detik", ["Polisi menyelidiki sebuah minibus merah yang dua kali menerobos gerbang tol Cibubur tanpa membayar."]),
            _article("b", "Kompas", ["Tak hanya sekali pengemudi kendaraan berwarna putih itu nyelonong."]),
        ]
    )
    assert restates(selection, "Tak hanya sekali", "dua kali menerobos")
    # the other way round, the count and the police's inquiry are new
    told, again = selection.candidates
    assert not selection._same_reading(told, again)


def test_a_count_of_another_act_or_with_a_new_place_is_a_fact_of_its_own():
    selection = rated_selection(
        [
            _article("a", "Detik", ["Polisi menyelidiki sebuah minibus merah yang dua kali menerobos gerbang tol Cibubur tanpa membayar."]),
            _article("b", "Kompas", ["Tak hanya sekali pengemudi kendaraan itu ditegur petugas jalan tol."]),
            _article("c", "Tempo", ["Tak hanya sekali pengemudi kendaraan itu nyelonong masuk tol Jagorawi di Bogor."]),
        ]
    )
    assert not restates(selection, "ditegur petugas", "dua kali menerobos")
    assert not restates(selection, "tol Jagorawi", "dua kali menerobos")


def test_a_comeback_told_again_restates_but_one_giving_a_goal_stays():
    selection = rated_selection(
        [
            _article(
                "a", "Detik", ["Pasukan Bojan Hodak, Persib, berbalik selepas jeda lewat gol David da Silva di menit ke-52 dan ke-70."]
            ),
            _article("b", "Kompas", ["Persib bisa comeback pada babak kedua."]),
            _article("c", "Tempo", ["Persib harus bangkit dari ketertinggalan setelah Ramadhan Sananta membobol gawang di menit ke-9."]),
        ]
    )
    assert restates(selection, "bisa comeback", "berbalik selepas jeda")
    assert not restates(selection, "bangkit dari ketertinggalan", "berbalik selepas jeda")
