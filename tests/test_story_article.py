"""The story stage's view of an article: its sentence spans read once, malformed entries left out."""

from __future__ import annotations

from telisik.stories.article import StoryArticle
from telisik.stories.clause_cues import sentence_span
from telisik.stories.cutoffs import sentence_start
from telisik.stories.story_context import lead_end
from telisik.stories.summary import sentences

BODY = "Banjir merendam Desa Sukamaju. Warga mengungsi ke balai desa. Bantuan tiba sore hari."


def _article(sentences: list) -> StoryArticle:
    return StoryArticle.of({"id": "a1", "published": "2025-06-09T10:00+07:00", "body": BODY, "sentences": sentences})


def test_spans_keep_only_pairs_of_whole_numbers() -> None:
    # a stored article may carry anything: a triple, strings, a float, a bool are not spans
    article = _article([[0, 30], [31, 61, 2], ["31", "61"], [31.0, 61], [True, 61], [62, 86]])
    assert article.sentence_spans == [(0, 30), (62, 86)]


def test_readers_share_the_spans() -> None:
    article = _article([[0, 30], "rusak", [31, 61], [62, 86]])
    at = BODY.index("balai")
    assert sentence_span(article, at) == (31, 61)
    assert BODY[slice(*sentence_span(article, at) or (0, 0))] == "Warga mengungsi ke balai desa."
    assert sentence_start(article, at) == (31, 0)
    assert lead_end(article, 2) == 61


def test_the_summary_reads_the_same_spans() -> None:
    # a malformed entry (a string, a triple) neither raises nor shifts the summary's sentence positions
    article = _article([[0, 30], "rusak", [31, 61, 2], [31, 61], [62, 86]])
    assert sentences(article) == [(0, "Banjir merendam Desa Sukamaju."), (1, "Warga mengungsi ke balai desa."), (2, "Bantuan tiba sore hari.")]


def test_no_spans_when_the_page_gave_none() -> None:
    article = _article([])
    assert article.sentence_spans == []
    assert sentence_span(article, 5) is None
    assert lead_end(article) == 0
