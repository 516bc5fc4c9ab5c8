"""Persons the model read as places where a speech verb makes them a speaker (for ``telisik_entities``).

The model often types a plain name as a place when no title or rank stands before it: "Ketua PHRI
Gunungkidul, Sunyoto, mengatakan ...", '"...," kata Murnilawati'. A place does not say things, so a
name standing as a speech verb's speaker (``speech_verbs.tsv``: before a reported-speech verb, after
"kata", "ujar" or "menurut") whose words are all person-shaped words the gazetteer does not know as a
place is a person. Where a known place runs on into such a name ("Buleleng Gede Suyasa mengatakan"),
the place and the person split.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from telisik.lang import table
from telisik.nlp.entities.lexicon import EntityLexicon

# the kinds of speech verb whose speaker follows the verb ("kata X", "menurut X") or stands before it ("X mengatakan");
# a "bahwa" verb reports speech only before "bahwa", a colon, a comma or a quotation mark ("mengumumkan bahwa ..."
# is speech, "mengumumkan pembangunan" is not)
_SPEAKER_AFTER_KINDS = frozenset({"after", "menurut"})
_SPEAKER_BEFORE_KINDS = frozenset({"reported"})
# a speaker the model read as a person ("kata Subhan") tells that its place-typed namesakes are the person too
_PERSON_OR_PLACE = frozenset({"PER", "LOC"})
_CLOSING_BRACKETS = frozenset({")", "]"})
_SPEECH_BEFORE_CONTENT = frozenset({"bahwa", ":", ",", '"', "“"})


@cache
def _speech_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(verbs the speaker follows, verbs the speaker stands before, verbs that report only before ``bahwa``)."""
    rows = [row for row in table("id", "speech_verbs.tsv") if len(row) > 1 and " " not in row[0]]
    after = frozenset(row[0].lower() for row in rows if row[1] in _SPEAKER_AFTER_KINDS)
    before = frozenset(row[0].lower() for row in rows if row[1] in _SPEAKER_BEFORE_KINDS)
    bahwa = frozenset(row[0].lower() for row in rows if row[1] == "bahwa")
    return after, before, bahwa


def _speaker_slot(doc: Doc, start: int, end: int) -> bool:
    """Whether the words start..end stand as a speech verb's speaker: right after a lower-case "kata" or after
    "menurut" ("Arti Kata Tenung" is a heading), or opening a clause right before "mengatakan" (a comma between
    allowed: ", Sunyoto, mengatakan"). A name after a word is no subject of its own ("pembangunan Bendungan X
    menegaskan komitmen"), nor is one after a bracket the region of the office before it ("Kepala Dusun (Kadus)
    Blang Gadeng, membenarkan ...")."""
    after, before, bahwa = _speech_verbs()
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in after and (prev.text.islower() or prev.lower_ == "menurut"):
        return True
    if prev is not None and not prev.is_space and (not prev.is_punct or prev.text in _CLOSING_BRACKETS):
        return False
    nxt = end + 1 if end < len(doc) and doc[end].text == "," else end
    if nxt >= len(doc):
        return False
    verb = doc[nxt].lower_
    return verb in before or (verb in bahwa and nxt + 1 < len(doc) and doc[nxt + 1].text in _SPEECH_BEFORE_CONTENT)


def _person_words(lex: EntityLexicon, span: Span) -> bool:
    """Capitalised name words only, none a place or body the gazetteer knows nor a name head ("Kota", "Jalan");
    a single capital is an initial ("L Sipayung")."""
    if lex.head_at(span.doc, span.start, lower=True)[1]:
        return False
    for i, tok in enumerate(span):
        initial = len(tok.text) == 1 and tok.text.isupper() and i < len(span) - 1
        if not initial and (not lex.person_word(tok.text) or lex.ordinary_word(tok.text) or lex.known(tok.text) is not None):
            return False
    return True


def _place_before_person(lex: EntityLexicon, span: Span) -> int:
    """The length of a known place opening the span when person words follow it ("Buleleng | Gede Suyasa"), else 0;
    not a two-letter short form ("Ri Rahayu" is a name, not "RI")."""
    doc = span.doc
    for k in range(len(span) - 1, 0, -1):
        if (
            len(doc[span.start : span.start + k].text) > 2
            and lex.known_place(doc[span.start : span.start + k].text)
            and _person_words(lex, doc[span.start + k : span.end])
        ):
            return k
    return 0


def speakers_as_persons(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """A place-typed name standing as a speech verb's speaker is a person (see the module's docstring), and so is
    every other place-typed mention the article writes the same way as a speaker ("Sukarna menegaskan bahwa ...",
    then "..., ujar warga setempat, Sukarna,"; '"...," kata Subhan' read as a person, then ", Subhan mengapresiasi"
    read as a place), so that the name's mentions agree."""
    speakers = {
        ent.text
        for ent in ents
        if ent.label_ in _PERSON_OR_PLACE
        and _speaker_slot(doc, ent.start, ent.end)
        and lex.known(ent.text) is None
        and _person_words(lex, ent)
    }
    out: list[Span] = []
    for ent in ents:
        if ent.label_ != "LOC" or lex.known(ent.text) is not None:
            out.append(ent)
        elif ent.text in speakers:
            out.append(Span(doc, ent.start, ent.end, label="PER"))
        elif _speaker_slot(doc, ent.start, ent.end) and (cut := _place_before_person(lex, ent)):
            out.append(Span(doc, ent.start, ent.start + cut, label="LOC"))
            out.append(Span(doc, ent.start + cut, ent.end, label="PER"))
        else:
            out.append(ent)
    return out
