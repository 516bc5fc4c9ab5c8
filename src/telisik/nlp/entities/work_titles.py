"""Names that are no person, organisation or place of the article: a work's title after the word naming the work,
and the reporter's sign-off closing the article.

- "membawakan lagu Pica Pica", "bintang film Imperfect", "mengisi soundtrack film City of Angels", "novel Suluk
  Abdul Jalil", 'berjudul "The Intern"': the name right after a word naming a work (``work_title_cues.txt``), with
  or without an opening quotation mark, is the work's title, when the article writes it nowhere else but after such a
  word ("video musik Bernadya ... kata Bernadya" names the singer). The recogniser reads such titles as people
  ("Pica Pica") or bodies ("Seoul City"). A name the gazetteer knows stays ("film Indonesia", "lagu Disney"), and
  so does one after an occupation's cue ("penulis lagu Klio Mathew", ``work_title_cue_holders.txt``) or before a
  quoted title ('lagu Peggy Lee "It's a Good Day"': the singer).
- "... ke babak perdelapan final. (Fitra Iskandar)": a person named only in brackets that close the article is the
  reporter signing it off (older Okezone pages), no person of the story.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from telisik.nlp.entities.lexicon import EntityLexicon

_OPENING_QUOTES = frozenset({'"', "“", "'", "‘", "«"})
# the most words of a work's cue ("mini album", "video musik")
_MAX_CUE_WORDS = 2


def without_work_titles(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans less the works' titles (see the module's docstring) and the reporter's sign-off."""
    if not ents:
        return ents
    after_cues = {ent.text for ent in ents if _work_title(lex, doc, ent)}
    titles = after_cues - {ent.text for ent in ents if ent.text in after_cues and not _work_title(lex, doc, ent)}
    return [ent for ent in ents if ent.text not in titles and not _signoff(doc, ent, ents)]


def _work_title(lex: EntityLexicon, doc: Doc, ent: Span) -> bool:
    if lex.known(ent.text) is not None:
        return False
    k = ent.start
    if k > 0 and doc[k - 1].text in _OPENING_QUOTES:
        k -= 1
    elif ent.end < len(doc) and doc[ent.end].text in _OPENING_QUOTES:
        # a quoted title right after the name makes the name the work's author ('lagu Peggy Lee "It's a Good Day"')
        return False
    for size in range(_MAX_CUE_WORDS, 0, -1):
        if k - size < 0:
            continue
        cue = " ".join(t.lower_ for t in doc[k - size : k])
        if cue in lex.work_cues:
            return not (k - size > 0 and doc[k - size - 1].lower_ in lex.work_cue_holders)
    return False


def _signoff(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """A person's name alone in brackets after the article's last sentence, named nowhere else in it."""
    if ent.label_ != "PER" or len(ent) < 2 or ent.start == 0 or ent.end >= len(doc):
        return False
    if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")" or any(not t.is_space for t in doc[ent.end + 1 :]):
        return False
    return sum(1 for other in ents if other.text == ent.text) == 1
