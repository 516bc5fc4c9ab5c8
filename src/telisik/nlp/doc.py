"""What every component reads of a Doc besides its tokens: its text, once, its publication date and its headline.

A leaf module: the components import it, and it imports no component.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc
from spacy.util import normalize_slice

# The publication date (ISO) that relative dates are resolved against; None
# makes the time-expression component infer an anchor from the text.
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
# The article's headline, where the caller has one: it says what kind of text the body is (a synopsis).
if not Doc.has_extension("title"):
    Doc.set_extension("title", default=None)

_TEXT_KEY = "telisik.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc.

    ``Doc.text`` joins every token's text on each call, and the components read
    it many times (per sentence, per quote). A doc's characters never change (a
    retokenizer merges or splits tokens, not characters), so the text is kept in
    the doc's own ``user_data``: no state outside the doc.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        # ``Doc.text`` is each token's text and its whitespace, joined: the same from the plain lists
        arrays = token_arrays(doc)
        text = "".join([t + s for t, s in zip(arrays.texts, arrays.spaces, strict=True)])
        doc.user_data[_TEXT_KEY] = text
    return text


_TOKENS_KEY = "telisik.tokens"


class TokenArrays(NamedTuple):
    """Per-token plain lists of a doc, read once: each token's text, lower form (spaCy's own ``lower_``), trailing
    whitespace and whether it is whitespace, index for index with the doc's tokens."""

    texts: list[str]
    lowers: list[str]
    spaces: list[str]
    blank: list[bool]


def token_arrays(doc: Doc) -> TokenArrays:
    """The doc's ``TokenArrays``, made once per doc and kept in its ``user_data``.

    ``doc[i]`` and ``for tok in doc`` make a new ``Token`` object on every visit, and the rule components visit
    each token some thirty times: reading plain lists costs a list index instead. No telisik component
    retokenizes, so the lists stay in step with the tokens; a doc whose token count changed gets new lists. A pipe
    of the caller's own that merges and splits tokens to the same count must drop ``doc.user_data["telisik.tokens"]``.
    A doc serialised with its ``user_data`` (``to_bytes``, ``DocBin``, ``nlp.pipe(n_process=...)``) comes back
    with a plain list there: it gets new lists too.
    """
    cached = doc.user_data.get(_TOKENS_KEY)
    if isinstance(cached, TokenArrays) and len(cached.texts) == len(doc):
        return cached
    texts: list[str] = []
    lowers: list[str] = []
    spaces: list[str] = []
    blank: list[bool] = []
    for tok in doc:
        texts.append(tok.text)
        lowers.append(tok.lower_)
        spaces.append(tok.whitespace_)
        blank.append(tok.is_space)
    arrays = TokenArrays(texts, lowers, spaces, blank)
    doc.user_data[_TOKENS_KEY] = arrays
    return arrays


def token_texts(doc: Doc) -> list[str]:
    """Each token's text (``token_arrays``): ``token_texts(doc)[i] == doc[i].text``."""
    return token_arrays(doc).texts


def token_lowers(doc: Doc) -> list[str]:
    """Each token's lower form (``token_arrays``): ``token_lowers(doc)[i] == doc[i].lower_``."""
    return token_arrays(doc).lowers


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` from the plain lists (``token_arrays``), no token made: each token's text with the
    whitespace after it, but for the last token's."""
    arrays = token_arrays(doc)
    start, end = normalize_slice(len(arrays.texts), start, end)  # clipped as doc[start:end] clips them
    if start >= end:
        return ""
    texts, spaces = arrays.texts, arrays.spaces
    return "".join([texts[i] + spaces[i] for i in range(start, end - 1)]) + texts[end - 1]
