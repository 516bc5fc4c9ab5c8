"""The article-level NLP: a spaCy pipeline of telisik's registered components.

``build_pipeline()`` gives ``spacy.blank("id")`` plus the components; it can be
saved with ``nlp.to_disk(path)`` and loaded back with ``spacy.load(path)``,
since the factories are registered through the ``spacy_factories`` entry
point. Each component declares what it ``requires`` and ``assigns``, so
``nlp.analyze_pipes()`` checks the order.

Pipeline order and what each component writes (offsets are character offsets
into ``doc.text``):

- ``telisik_sentences`` (``sentences.py``): sentence starts, read by every later component as ``doc.sents``.
- ``telisik_timexes`` (``timex/``): ``doc._.timexes`` and ``doc.spans["timexes"]`` (``span._.timex``
  is the record, with its normalised ``value``), normalised against ``doc._.published`` (set it
  before calling ``nlp(doc)``); without it, ``doc._.timex_warnings`` and an ``UndatedTextWarning``
  say what relative expressions were left unresolved or resolved against an inferred date.
- entity pipes (``entities/``: the trained ``ner``, the gazetteer (``entities/gazetteer.py``) and the
  alias linker): ``doc.ents`` and ``doc._.entities``.
- ``telisik_citations`` (``citations.py``) and ``telisik_quotes`` (``quotes/``):
  ``doc._.citations`` and ``doc.spans["citations"]`` (labelled with the source), ``doc._.quotes``,
  ``doc.spans["quotes"]`` (labelled with the speaker; ``span._.quote``, ``span._.quote_speaker``) and
  ``doc.spans["quote_speakers"]`` (the phrases naming the speakers).
- ``telisik_events`` (``events/``): ``doc._.events`` and ``doc.spans["events"]`` (triggers labelled
  with the event type), from the sentences, entities, quotes, time expressions and citations above.

Every span group shows in displaCy: ``displacy.render(doc, style="span", options={"spans_key": "quotes"})``.

To analyse text with a known publication date::

    doc = nlp.make_doc(text)
    doc._.published = "2023-09-05"
    doc = nlp(doc)

``facts.Facts.of(doc)`` is what the article stage keeps of a doc; a text longer than
``windows.WINDOW_CHARS`` goes through ``windows.analyse_windows``.
"""

from __future__ import annotations

import re
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from telisik.nlp import citations, entities, events, quotes, sentences, timex  # noqa: F401 - registers the factories


def _top_level_alternatives(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|``; None when it cannot be read plainly."""
    parts, depth, in_class, i, begin = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
        i += 1
    if depth or in_class:
        return None
    parts.append(pattern[begin:])
    return parts


def _anchor_prefix_search(nlp: Language) -> None:
    """The tokenizer's prefix regex, tried at the start of a word only.

    spaCy's prefix pattern is a couple of hundred alternatives that nearly all
    start with ``^``, and ``search`` tries every one at every position of every
    new word, where those can only fail. Runs of ``^`` alternatives are put
    behind one ``\\A``, which fails at once past the start; the alternatives
    keep their order, so the same prefix is found and the tokenization is
    unchanged (an alternative without ``^``, like Indonesian's ``<a([^>]+)>``,
    is still tried everywhere).
    """
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    search = tokenizer.prefix_search
    rx = getattr(search, "__self__", None)
    if not isinstance(rx, re.Pattern) or not isinstance(rx.pattern, str) or rx.flags & re.MULTILINE:
        return
    parts = _top_level_alternatives(rx.pattern)
    if not parts or any(not p for p in parts):
        return
    runs: list[tuple[bool, list[str]]] = []
    for part in parts:
        anchored = part.startswith("^")
        if runs and runs[-1][0] == anchored:
            runs[-1][1].append(part)
        else:
            runs.append((anchored, [part]))
    pattern = "|".join(rf"\A(?:{'|'.join(alts)})" if anchored else "|".join(alts) for anchored, alts in runs)
    try:
        fast = re.compile(pattern, rx.flags)
    except re.error:
        return
    if fast.groups != rx.groups:
        return
    tokenizer.prefix_search = fast.search


# The page languages (``Article.language``) the components are written for: Indonesian, and a text
# with too few words to tell (``pages.metadata.detect_language``). A page in another language gets
# its sentences alone (``engine.local.Analyzer``): the other components read Indonesian words.
PIPELINE_LANGUAGES = frozenset({"id", "und"})


def build_pipeline() -> Language:
    """``spacy.blank("id")`` with telisik's components, in pipeline order."""
    nlp = spacy.blank("id")
    _anchor_prefix_search(nlp)
    nlp.add_pipe("telisik_sentences")
    nlp.add_pipe("telisik_timexes")
    entities.add_entity_pipes(nlp)
    nlp.add_pipe("telisik_citations")
    nlp.add_pipe("telisik_quotes")
    nlp.add_pipe("telisik_events")
    return nlp
