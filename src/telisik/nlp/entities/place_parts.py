"""Names of places that stand in the text for something else: a day or a fast named after the place, a part of a
larger name glued to it by a hyphen.

- "puasa Arafah", "puasa Tarwiyah dan Arafah", "hari Arafah": the fast or the Day of Arafah, not the plain of Arafah
  where the pilgrims stand (``place_named_days.txt``: the words before a name that make it a day's or a fast's;
  ``place_day_names.txt``: the days named after a place, "hari Arafah"). Linked across
  articles, such a mention joins the hajj's place to every article on the fasts.
- "komunitas BECAK-BABEL": a community's name, of which "BABEL" (the province Bangka Belitung, as the gazetteer knows
  it) is only a part; so is "LA" of "CAIR-LA" (a council's Los Angeles branch). A place glued by a hyphen to a word in
  capitals before it that the gazetteer does not know is a part of that larger name. Two names the gazetteer knows,
  or the recogniser reads as places, stay two ("ACEH-SUMUT", "Jeddah-Jakarta", "Israel-Iran").
- "50 United Nations Plaza": a street's name in an address, between a house number and a street's word
  (``street_words.txt``), is no body and no place of that name (any type: the recogniser reads "United Nations" as a body).
- "kuota jalur Afirmasi", "jalur Zonasi SMP": a school's admission track (``admission_tracks.txt``) is no place of that
  name, with its noun or without it; "Jalur Gaza" is Gaza.
- "MR DIY" (a chain of shops), "lip liner DIY" (do it yourself): a place's acronym after an English word is English,
  not the province (``word_frequencies.tsv``: a word English writes far more often than Indonesian does).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from telisik.lang import lower_word_list, table, word_list
from telisik.nlp.entities.lexicon import EntityLexicon
from telisik.text import name_key

# how many tokens back a list of names may reach to the word before it ("puasa Tarwiyah, Arafah, dan Asyura")
_LIST_REACH = 8
_HYPHENS = frozenset({"-", "–"})
# the most letters of a place's acronym read for an English word before it ("DIY", "NTT")
_MAX_ACRONYM_LETTERS = 4
# how many times more often English writes a word than Indonesian does (``word_frequencies.tsv``) to make it English
_ENGLISH_SHARE = 3
# the fewest letters of a word in capitals glued before a place that make it a name's part: "KAB-" and "KEC-" are heads
_MIN_GLUED_LETTERS = 4


@cache
def _day_words() -> frozenset[str]:
    return lower_word_list("id", "place_named_days.txt")


def without_place_parts(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans less those that name a day or a fast after a place ("puasa Arafah", and the article's other bare
    "Arafah" but one after a place's preposition), the places that are part of a larger name glued by a hyphen
    ("BECAK-BABEL") and the places' acronyms that are English ("MR DIY")."""
    if not ents:
        return ents
    places = frozenset(i for ent in ents if ent.label_ == "LOC" for i in range(ent.start, ent.end))
    days = frozenset(ent.text for ent in ents if _named_day(lex, doc, ent))
    return [
        ent
        for ent in ents
        if not (
            (ent.text in days and not _after_place_preposition(lex, doc, ent))
            or (ent.label_ == "LOC" and (_glued_part(lex, doc, ent, places) or _english_acronym(lex, doc, ent)))
            or _street_of_address(doc, ent)
            or (ent.label_ == "LOC" and _admission_track(doc, ent))
        )
    ]


@cache
def _tracks() -> frozenset[tuple[str, str]]:
    """The admission tracks (``admission_tracks.txt``), as (the noun, the track's first word), folded."""
    return frozenset((noun, name) for noun, _, name in (line.partition(" ") for line in lower_word_list("id", "admission_tracks.txt")))


def _admission_track(doc: Doc, ent: Span) -> bool:
    """Whether a place's name is a school's admission track: it opens with the track's noun and name ("jalur Zonasi
    SMP") or stands right after the noun ("jalur [Afirmasi]"). Only a place: an exam's acronym read as a body ("jalur
    UTBK") is the article's other mentions' too, and goes with them or not at all."""
    first = ent.start
    if len(ent) > 1 and (doc[first].lower_, doc[first + 1].lower_) in _tracks():
        return True
    return first > 0 and (doc[first - 1].lower_, doc[first].lower_) in _tracks()


@cache
def _street_words() -> frozenset[str]:
    return word_list("id", "street_words.txt")


def _street_of_address(doc: Doc, ent: Span) -> bool:
    """Whether a name is a street's in an English address: a house number right before it and a street's word right
    after it ("50 United Nations Plaza", "1600 Pennsylvania Avenue"), whatever the name honours."""
    if ent.start == 0 or ent.end >= len(doc):
        return False
    number = doc[ent.start - 1]
    return number.text.isdigit() and doc[ent.end].text in _street_words()


@cache
def _mostly_english_words() -> frozenset[str]:
    """Lower-case words English writes ``_ENGLISH_SHARE`` times as often as Indonesian news does, and Indonesian seldom
    (``word_frequencies.tsv``: its counts of a word in Indonesian text, then its English frequency last): "mr",
    "liner"; not "di", "per"."""
    out = set()
    for row in table("id", "word_frequencies.tsv"):
        if len(row) < 7 or not row[6].isdigit():
            continue
        indonesian = sum(int(n) for n in row[1:5] if n.isdigit())
        if int(row[6]) >= _ENGLISH_SHARE * max(indonesian, 1):
            out.add(row[0].lower())
    return frozenset(out)


def _english_acronym(lex: EntityLexicon, doc: Doc, ent: Span) -> bool:
    """Whether a place's acronym the gazetteer knows ("DIY") follows an English word: "MR DIY", "lip liner DIY"."""
    text = ent.text
    if len(ent) != 1 or not text.isupper() or len(text) > _MAX_ACRONYM_LETTERS or ent.start == 0 or lex.known(text) is None:
        return False
    before = doc[ent.start - 1]
    return before.is_alpha and before.lower_ in _mostly_english_words()


def _after_place_preposition(lex: EntityLexicon, doc: Doc, ent: Span) -> bool:
    """Whether a name stands right after a place's preposition ("wukuf di Arafah"): the place, in an article that names
    its fast too. Elsewhere a fast's name the article has read after "puasa" is the fast again ("tidak kalah dengan
    Tarwiyah dan Arafah")."""
    return ent.start > 0 and lex.place_prepositions.get(doc[ent.start - 1].lower_) == "any"


@cache
def _day_names() -> frozenset[tuple[str, str]]:
    """The days named after a place (``place_day_names.txt``), as (the day's noun folded, the name as written)."""
    return frozenset((noun.lower(), name) for noun, _, name in (line.partition(" ") for line in word_list("id", "place_day_names.txt")))


def _named_day(lex: EntityLexicon, doc: Doc, ent: Span) -> bool:
    """Whether a name follows a day's or a fast's word, alone or in a list after it ("puasa Tarwiyah dan Arafah"),
    or is a day named after a place with its noun ("hari Arafah": ``place_day_names.txt``; not any place after "hari":
    "Selama dua hari Bandung dilanda banjir" is about the city)."""
    if ent.start > 0 and (doc[ent.start - 1].lower_, ent.text) in _day_names():
        return True
    i = ent.start - 1
    stop = max(0, ent.start - _LIST_REACH)
    while i >= stop:
        tok = doc[i]
        if tok.lower_ in _day_words():
            # the list opens right after the word: "berbuka puasa, Jokowi menyapa warga" names no fast
            return doc[i + 1].text[:1].isupper()
        # a list's commas, joiners and the other names of it; anything else ends the search
        if not (tok.text == "," or tok.lower_ in lex.list_joiners or tok.text[:1].isupper()):
            return False
        i -= 1
    return False


def _glued_part(lex: EntityLexicon, doc: Doc, ent: Span, places: frozenset[int]) -> bool:
    """Whether a place's name ends a larger name it is glued to by a hyphen, no space either side: a word in capitals
    before it that the gazetteer does not know and no other place's name holds (``places``: their tokens), "BECAK-BABEL",
    "CAIR-LA". Only a word before it: after a place, a word glued on is a dateline's run-on ("JAKARTA-MNC Sekuritas
    ...") or the other party of a pact ("Indonesia-EAEU FTA"); nor two places ("ACEH-SUMUT", "HALMAHERATIMUR-MALUT" of
    a quake report) nor a head's short form ("KAB-PANGANDARAN")."""
    word, hyphen = ent.start - 2, ent.start - 1
    if word < 0 or word in places or doc[hyphen].text not in _HYPHENS or doc[word].whitespace_ or doc[hyphen].whitespace_:
        return False
    text = doc[word].text
    return text.isupper() and len(text) >= _MIN_GLUED_LETTERS and lex.known(text) is None and name_key(text) not in _glued_places(lex)


@cache
def _glued_places_of(regencies: frozenset[str]) -> frozenset[str]:
    return frozenset(key.replace(" ", "") for key in regencies)


def _glued_places(lex: EntityLexicon) -> frozenset[str]:
    """Indonesia's regencies and cities, folded, their spaces gone ("halmaheratimur"), as a quake report writes them."""
    return _glued_places_of(lex.regency_keys)
