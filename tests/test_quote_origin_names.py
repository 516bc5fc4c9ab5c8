"""A trade or a person's plain noun with where its holder is from, after the speech verb and with no pointer, points
back to the one named before ("ujar pembalap asal Spanyol", "kata pria asal Pasuruan"), but not when a name is written
after the country ("ujar pembalap asal Italia Bagnaia": another rider, as "asal Brasil Ciro Alves" already is).
Invented sentences in the outlets' style."""

from __future__ import annotations

RACE = "Pembalap Gresini Alex Marquez finis kedua di Sirkuit Mugello, Minggu. "
RIDERS = [("PER", ["Alex Marquez", "Marquez"]), ("PER", ["Bagnaia"])]


def test_a_one_word_name_written_after_the_country_is_not_the_rider_named_before(speakers):
    text = RACE + '"Saya senang sekali dengan hasil ini," ujar pembalap asal Italia Bagnaia.'
    assert "Alex Marquez" not in speakers(text, RIDERS)


def test_a_one_word_name_written_after_a_country_of_two_words_is_not_the_rider_named_before(speakers):
    # guard: three capitalised words were already too many for a description
    text = RACE + '"Saya senang sekali dengan hasil ini," ujar pembalap asal Amerika Serikat Hayden.'
    assert "Alex Marquez" not in speakers(text, [*RIDERS, ("PER", ["Hayden"])])


def test_a_rider_from_a_country_of_two_words_is_still_the_one_named_before(speakers):
    text = RACE + '"Strategi kami berjalan sangat baik," ujar pembalap asal Amerika Serikat.'
    assert speakers(text, RIDERS[:1]) == ["Alex Marquez"]


def test_a_man_from_a_town_is_still_the_one_named_before(speakers):
    text = 'Mas Nul bersiap sebelum dinas. "Saya pamit dulu ke orang tua," kata pria asal Pasuruan itu.'
    assert speakers(text, [("PER", ["Mas Nul"])]) == ["Mas Nul"]
    text = 'Mas Nul bersiap sebelum dinas. "Saya pamit dulu ke orang tua," kata pria asal Pasuruan.'
    assert speakers(text, [("PER", ["Mas Nul"])]) == ["Mas Nul"]
