"""A maker of cars, motorcycles, phones or goods named alone is an organisation.

The recogniser reads a maker's bare name in a list of brands or at a sentence's start as a person or a place
("Hino, Isuzu, Mitsubishi Fuso", "Merek seperti Mitsubishi, Mazda, Honda", "Volkswagen (VW) berencana ..."). A span
that is only a maker's name (``product_makers.txt``) is the firm, an organisation, unless the article names a
person whose last word it is ("Keisuke Honda", "Nikola Tesla"): there the name alone may be that person's. Where two
or more longer names of the article hold the maker's ("PT Isuzu Astra Motor Indonesia", "Isuzu Skill Competition"),
the span is left as it is: typed an organisation, the linker would take it for the wrong one's short name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from spacy.tokens import Span

from telisik.nlp.entities.lexicon import EntityLexicon


def makers_as_bodies(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """The spans, each maker's bare name read as a person or a place typed an organisation (see the docstring)."""
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PER" and len(e) > 1}
    holders: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        if e.label_ != "PER" and len(e) > 1:
            for t in e:
                holders[t.lower_].add(e.text)
    return [_as_body(e) if _maker_misread(lex, e, surnames, holders) else e for e in ents]


def _maker_misread(lex: EntityLexicon, ent: Span, surnames: set[str], holders: Mapping[str, set[str]]) -> bool:
    """A maker's bare name typed a person or a place, no surname of the article's people, and held by one of its
    longer names at most (two, "PT Isuzu Astra Motor Indonesia" and "Isuzu Skill Competition", are the linker's to
    choose between)."""
    word = ent.text.lower()
    if ent.label_ not in ("PER", "LOC") or word not in lex.product_makers or word in surnames:
        return False
    return len(holders.get(word, ())) < 2


def _as_body(ent: Span) -> Span:
    return Span(ent.doc, ent.start, ent.end, label="ORG", kb_id=ent.kb_id_)
