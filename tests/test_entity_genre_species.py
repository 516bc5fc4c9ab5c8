"""A place's name after a work's or an animal's noun is no place mention.

"drama Korea" (a Korean drama, the genre) or "serial India" name a kind of show (``show_genre_nouns.txt``), "film
Gaza" a film's title and "film Korea" a genre (``work_nouns.txt``): no LOC mention, so never linked to the country or
to the Gaza Strip. "elang Jawa" (the Javan hawk-eagle) or "jalak Bali" name a species: never linked to the island
(``species_nouns.txt``). The place stays where the text names it as one ("di Jawa", "ke Korea Selatan"), and a
country's name after a film's, music's or animal's noun stays the country ("industri musik Indonesia", "sapi
Australia", cattle shipped from Australia).

The sentences are invented, in the outlets' style.
"""


def _mentions(nlp, text: str, name: str) -> list[str]:
    """The mentions written ``name`` of every entity of the text."""
    doc = nlp(text)
    return [m.text for e in doc._.entities for m in e.mentions if m.text == name]


def test_a_genre_after_a_show_noun_is_no_country(nlp):
    assert not _mentions(nlp, "Penggemar drama Korea menunggu episode terakhir serial itu pekan depan.", "Korea")
    assert not _mentions(nlp, "Rekomendasi drama China bertema kerajaan ini bisa ditonton akhir pekan.", "China")
    assert not _mentions(nlp, "Serial India tentang keluarga pedagang itu tayang setiap malam di televisi.", "India")
    assert not _mentions(nlp, "Sutradara muda itu mengaku banyak belajar dari film Korea tahun dua ribuan.", "Korea")


def test_a_films_title_is_no_place(nlp):
    assert not _mentions(nlp, "Para pemeran hadir dalam pemutaran perdana film Gaza di sebuah bioskop Jakarta.", "Gaza")


def test_a_species_is_no_island(nlp):
    text = "Petugas taman nasional mencatat kelahiran anak elang Jawa di hutan Gunung Salak pada Mei."
    assert not _mentions(nlp, text, "Jawa")
    assert not _mentions(nlp, "Relawan melepas sepuluh ekor jalak Bali ke kawasan hutan desa itu.", "Bali")


def test_the_place_stays_where_the_text_names_it(nlp):
    # the species' name goes, the island named on its own stays
    text = "Populasi elang Jawa terus menurun. Burung itu kini hanya tersisa di beberapa hutan di Jawa."
    assert _mentions(nlp, text, "Jawa") == ["Jawa"]
    assert _mentions(nlp, "Rombongan artis itu terbang ke Korea Selatan untuk syuting drama terbaru.", "Korea Selatan")
    doc = nlp("Kapal itu mengangkut ribuan ekor sapi Australia ke Pelabuhan Tanjung Priok.")
    assert any(e.name == "Australia" and e.type == "LOC" for e in doc._.entities)
    # a country's music or cinema is the country's
    assert _mentions(nlp, "Penyanyi itu sudah dua puluh tahun berkarier di industri musik Indonesia.", "Indonesia")


def test_the_noun_read_into_the_name_goes_with_it(nlp):
    # at a sentence's start the recogniser may take the capitalised noun into the name: no place either way
    text = "Anak elang Jawa menetas di hutan Gunung Salak. Elang Jawa bersarang di pohon tinggi."
    doc = nlp(text)
    assert not [e for e in doc._.entities if "Jawa" in e.name]
    doc = nlp("Drama Korea terbaru itu tayang setiap Jumat di layanan streaming.")
    assert not [e for e in doc._.entities if "Korea" in e.name]
