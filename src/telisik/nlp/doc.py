"""What every component reads of a Doc besides its tokens: its text, once, its publication date and its headline.

A leaf module: the components import it, and it imports no component.
"""

from __future__ import annotations

from spacy.tokens import Doc

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
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text
