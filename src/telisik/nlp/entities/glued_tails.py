"""A name with the next word glued to it, where the article writes the name alone elsewhere.

Scraped pages lose the space after a name where a link or a tag ended: "Khaby Lamejadi salah kreator konten ...",
"momen liburan Kim Yoo Jungdi Vietnam", "Hillarydidesak mundur". ``pages.glue`` cuts the runs it can read; one
whose first piece it does not know is left whole, and the entity step reads it as a second person. Where the
article also writes a mention that is exactly the run's beginning ("Khaby Lame", "Kim Yoo Jung") and the rest is a
word news writes in lower case (``EntityLexicon.ordinary_word``: "jadi", "di", "didesak"), the mention is cut to
that name. A run the gazetteer knows ("Polandia" beside "Poland"), a given name ("Budiman" beside "Budi"), a rest
that is no word ("Noviyanti" beside "Novi"), a one-word name's ending that names end in too ("Wahyudi" beside
"Wahyu", ``name_glue_endings.txt``) and a suffix Indonesian writes solid (``glue_affixes.tsv``: "-nya",
"-pun"; "Kementerian Kesehatannya" is another country's ministry) stay whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from telisik.lang import lower_word_list
from telisik.pages.glue_lexicon import affix_words

if TYPE_CHECKING:
    from telisik.nlp.entities.lexicon import EntityLexicon

# the glued rest: small letters only, two at least ("di", "dan", "jadi")
_GLUED_REST = re.compile(r"[a-z]{2,}")


# a mention record: a dataclass with text, start, end, label and kb
M = TypeVar("M", bound=Any)


def without_glued_tails(lex: EntityLexicon, mentions: list[M]) -> list[M]:
    """The mentions, each one that runs a name the article writes alone into a lower-case word cut to that name
    (see the module's docstring)."""
    texts = {m.text for m in mentions}
    out: list[M] = []
    for m in mentions:
        name = _glued_name(lex, m.text, texts)
        if not name:
            out.append(m)
            continue
        like = [x for x in mentions if x.text == name]
        label = Counter(x.label for x in like).most_common(1)[0][0]
        kb = next((x.kb for x in like if x.kb), "")
        out.append(replace(m, text=name, end=m.start + len(name), label=label, kb=kb))
    return out


def _glued_name(lex: EntityLexicon, text: str, texts: set[str]) -> str:
    """The longest other mention that ``text`` opens with, the rest being a lower-case word; empty if none."""
    if lex.known(text) is not None or text.split()[-1].lower() in lex.given_names:
        return ""
    for size in range(len(text) - 2, 1, -1):
        name, rest = text[:size], text[size:]
        if " " not in name and rest in lower_word_list("id", "name_glue_endings.txt"):
            continue  # "Wahyudi" beside "Wahyu": a name of its own
        if name in texts and name[-1].isalpha() and _GLUED_REST.fullmatch(rest) and _glued_word(lex, rest):
            return name
    return ""


def _glued_word(lex: EntityLexicon, rest: str) -> bool:
    """A word of its own news writes in lower case, no suffix written solid with the word before it."""
    return lex.ordinary_word(rest) and rest not in _solid_suffixes()


@cache
def _solid_suffixes() -> frozenset[str]:
    return affix_words("suffix")
