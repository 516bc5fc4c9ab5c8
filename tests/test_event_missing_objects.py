"""The object of the act an event's parties leave out, on sentences written for these tests: a volcano written after a
lower-case "gunung" ("erupsi gunung Lewotobi", "letusan gunung berapi Marapi") is the mountain that erupts, a party as
"Gunung Semeru erupsi" makes its mountain one; the noun after "dengan" right after a clash ("bentrok dengan polisi") is
its other side. A town named after "gunung" that a flood strikes stays only where."""

from __future__ import annotations

from event_sentences import events


def test_a_volcano_after_lower_case_gunung_is_what_erupts(nlp):
    for text, name in (
        ("Penerbangan ke Maumere dibatalkan akibat erupsi gunung Lewotobi pada Selasa (10/6).", "Lewotobi"),
        ("Warga mengungsi setelah gunung Lewotobi kembali erupsi pada Selasa (10/6).", "Lewotobi"),
        ("Letusan gunung berapi Kilauea di Hawaii terjadi pada Selasa (10/6).", "Kilauea"),
        ("Gunung api Kilauea di Hawaii kembali erupsi pada Selasa (10/6).", "Kilauea"),
    ):
        (ev,) = events(nlp, text, "DISASTER")
        assert ev.who[:1] == [name] and ev.where == name, (text, ev)


def test_a_capitalised_mountain_stays_what_erupts(nlp):
    # a guard: the mountain whose name holds "Gunung" was a party before, and stays one
    (ev,) = events(nlp, "Gunung Semeru kembali erupsi pada Selasa (10/6).", "DISASTER")
    assert ev.who == ["Gunung Semeru"]


def test_a_flood_in_a_town_named_after_a_mountain_keeps_it_where(nlp):
    # a guard: a flood or a quake strikes a town, it does not erupt
    (ev,) = events(nlp, "Banjir melanda kawasan gunung Sindur pada Selasa (10/6).", "DISASTER")
    assert "Sindur" not in ev.who


def test_the_noun_after_dengan_is_a_clashs_other_side(nlp):
    for text, sides in (
        ("Demonstran bentrok dengan polisi di Los Angeles pada Sabtu (7/6).", ["Demonstran", "polisi"]),
        ("Para suporter bentrok dengan ratusan polisi di luar stadion pada Sabtu (7/6).", ["suporter", "polisi"]),
        ("Sejumlah pemuda terlibat tawuran dengan pelajar di Bekasi pada Sabtu (7/6).", ["pemuda", "pelajar"]),
    ):
        (ev,) = events(nlp, text, "ATTACK")
        assert ev.who == sides, (text, ev)


def test_a_clash_told_with_one_side_keeps_it_alone(nlp):
    # guards: a word after "saat" is no side; one side named twice is one party
    (ev,) = events(nlp, "Warga bentrok saat polisi datang ke lokasi pada Sabtu (7/6).", "ATTACK")
    assert ev.who == ["Warga"]
    (ev,) = events(nlp, "Warga bentrok dengan sesama warga di Jayapura pada Sabtu (7/6).", "ATTACK")
    assert ev.who == ["Warga"]
