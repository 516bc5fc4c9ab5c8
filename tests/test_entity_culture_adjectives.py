"""A people's name written as an adjective of its things is no place mention.

"baju Jawa" (Javanese clothes), "huruf Jawa" (Javanese script), "perempuan Jawa" (a Javanese woman) or "pesona Jawa
klasik" name the Javanese people and their culture, not the island: no LOC mention, so never linked to Pulau Jawa
(``people_thing_nouns.txt``). The same holds when the article names the island elsewhere and the name's later
occurrences are gathered again (``adat Jawa`` after "di Jawa"). The place stays where a preposition or a longer
name makes it one ("ke Jawa", "Jawa Tengah").

The sentences are invented, in the outlets' style.
"""


def _jawa_mentions(nlp, text: str) -> list[str]:
    """The mentions of every entity named (or spelled) "Jawa", as written."""
    doc = nlp(text)
    return [m.text for e in doc._.entities for m in e.mentions if m.text == "Jawa"]


def test_a_peoples_dress_and_script_are_no_island(nlp):
    assert not _jawa_mentions(nlp, "Para pemain band itu kompak mengenakan baju Jawa saat tampil di pesta pernikahan.")
    assert not _jawa_mentions(nlp, "Cincin kawin pasangan itu diukir dengan huruf Jawa berwarna emas.")
    assert not _jawa_mentions(nlp, "Sang pengantin tampil dengan riasan perempuan Jawa dan sanggul besar.")
    assert not _jawa_mentions(nlp, "Ruang resepsi ditata dengan pesona Jawa klasik yang serba cokelat.")


def test_a_culture_word_drops_a_name_found_elsewhere_in_the_article(nlp):
    # the island is named once; the costume's "Jawa" must not come back as another of its mentions
    text = (
        "Harga beras di Jawa naik dua persen pekan ini. "
        "Sementara itu, panitia festival meminta peserta memakai busana Jawa dan mengikuti adat Jawa selama acara."
    )
    assert _jawa_mentions(nlp, text) == ["Jawa"]


def test_the_island_and_its_provinces_stay_places(nlp):
    assert _jawa_mentions(nlp, "Rombongan itu berangkat ke Jawa pada Senin pagi dengan kapal feri.") == ["Jawa"]
    doc = nlp("Pameran busana Jawa Tengah digelar di Semarang pada Sabtu.")
    assert any(e.name == "Jawa Tengah" and e.type == "LOC" for e in doc._.entities)


def test_a_theme_and_a_peoples_kings_are_no_island(nlp):
    # a wedding's theme in the people's style, and the people's kings: neither is the island
    assert not _jawa_mentions(nlp, "Dekorasi pelaminan itu dibuat selaras dengan tema Jawa klasik yang serba emas.")
    assert not _jawa_mentions(nlp, "Di dinding rumah itu terpajang foto-foto raja Jawa dari masa lalu.")
    # a trip to the island stays a place, with "tema" elsewhere in the sentence
    assert _jawa_mentions(nlp, "Rombongan tema wisata itu berangkat ke Jawa pada Senin pagi.") == ["Jawa"]


def test_a_themes_title_keeps_its_place(nlp):
    # only a people's name after "tema" is the people's style: a title naming a fair keeps the fair, and a place that
    # is no people's name stays the place
    text = "Tahun ini panitia memilih tema Jakarta Fair Ceria untuk Semua. Jakarta Fair dibuka Kamis malam."
    doc = nlp(text)
    starts = [m.start for e in doc._.entities for m in e.mentions if e.type == "LOC" and m.text.startswith("Jakarta Fair")]
    assert text.index("Jakarta Fair Ceria") in starts
    doc = nlp("Acara itu mengusung tema Bali tempo dulu. Tamu datang dari Bali dan Lombok.")
    assert [m.text for e in doc._.entities for m in e.mentions if e.name == "Bali"] == ["Bali"] * 2
