"""People's names without the words no name holds (``name_breaks.tsv``): a greeting that opens the span ("Hatur
nuhun Ryan Kurnia" names Ryan Kurnia), a kin noun between two names ("Diarra Anak Alya Rohali" names Diarra and
Alya Rohali, two people) or opening one ("Istri Anang Hermansyah" names Anang Hermansyah), a pious formula's word
opening any name ("Innalillahi ...", no name) or ending one ("Ahmad Arash Omara Thariq Alhamdulillah").

A wrong span does harm beyond its article: its name becomes a key, and across articles the entity takes every
other article's "Alya Rohali" under the name of her child, or links a thank-you word to a player's name.
"""

from __future__ import annotations

from spacy.tokens import Span

from telisik.nlp.entities.lexicon import EntityLexicon


def persons_apart(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """The entities, each person's span without an opening greeting or kin word, and split at a kin word between two
    names; a span that is a greeting and nothing else is dropped, and so is one a pious formula opens, unless a
    person's name of two words or more follows the formula's words; a pious word ending a person's name comes off."""
    out: list[Span] = []
    for ent in ents:
        if ent[0].lower_ in lex.name_pious_words:
            named = _pious_start_off(lex, ent)
            if named is None:
                continue  # "Innalillahi wa inna ilaihi raji'un", "Alhamdulillah", "Insya Allah" read as names
            ent = named
        if ent.label_ != "PER":
            out.append(ent)  # a body or place may be named with one ("Pondok Pesantren Bismillah")
            continue
        ent = _pious_end_off(lex, ent)
        if " ".join(t.lower_ for t in ent) in lex.name_greetings:
            continue  # a thanks alone names nobody ("Matur Suwun" read as a person)
        out.extend(_split_at_kin(lex, _greeting_off(lex, ent)))
    return out


def _pious_start_off(lex: EntityLexicon, span: Span) -> Span | None:
    """A person's name written right after the pious words that open its span ("Alhamdulillah [Budi Santoso]
    sudah pulang", no comma between), where two capitalised person's words or more follow them; else None: the
    span is the formula's ("Innalillahi wa inna ...", "Insya Allah")."""
    k = span.start
    while k < span.end and span.doc[k].lower_ in lex.name_pious_words:
        k += 1
    rest = span.doc[k : span.end]
    if span.label_ != "PER" or len(rest) < 2 or not all(lex.person_word(t.text) for t in rest):
        return None
    return Span(span.doc, k, span.end, label="PER")


def _pious_end_off(lex: EntityLexicon, span: Span) -> Span:
    """A span without the pious words that end it: the model runs a quote's "Alhamdulillah" after a newborn's name
    into it ("Ahmad Arash Omara Thariq Alhamdulillah"). The first word stays (``persons_apart`` drops a span it opens)."""
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].lower_ in lex.name_pious_words:
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_, kb_id=span.kb_id_)


def _greeting_off(lex: EntityLexicon, span: Span) -> Span:
    """A person's span without the greeting or thanks that opens it ("Nuhun Ryan Kurnia"), where a name follows."""
    doc = span.doc
    for n in range(min(len(span) - 1, 2), 0, -1):
        words = " ".join(t.lower_ for t in doc[span.start : span.start + n])
        if words in lex.name_greetings and _named(span, span.start + n, span.end):
            return Span(doc, span.start + n, span.end, label="PER")
    return span


def _split_at_kin(lex: EntityLexicon, span: Span) -> list[Span]:
    """A person's span in two at a kin noun between two names ("Diarra Anak Alya Rohali"); an opening kin noun
    off ("Istri Anang Hermansyah"). A kin word before a word that keeps it ("Anak Agung") stays."""
    doc = span.doc
    for k in range(span.start, span.end - 1):
        word = doc[k].lower_
        if word not in lex.name_kin_words or f"{word} {doc[k + 1].lower_}" in lex.name_kin_keeps:
            continue
        if not _named(span, k + 1, span.end):
            continue
        after = Span(doc, k + 1, span.end, label="PER")
        if k == span.start:
            return _split_at_kin(lex, after)
        if _named(span, span.start, k):
            return [Span(doc, span.start, k, label="PER"), *_split_at_kin(lex, after)]
    return [span]


def _named(span: Span, start: int, end: int) -> bool:
    """Whether tokens [start, end) of the span's doc hold a name: they open with a capitalised word."""
    return start < end and span.doc[start].text[:1].isupper()
