"""The article facts as spaCy span groups (displaCy's span view), and the warning of a text without a publication date."""

from __future__ import annotations

import warnings
from datetime import date

import pytest
import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

from telisik.nlp import timex
from telisik.nlp.pipeline import build_pipeline
from telisik.nlp.windows import analyse_windows
from telisik.records import RawDocument

MEETING = (
    "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka, Jakarta, "
    "Senin (16/6/2025) pukul 14.30 WIB. "
    '"Kita sepakat memperkuat kerja sama perdagangan kedua negara," kata Prabowo, seperti dilansir Antara.'
)
# an undated report: "Senin (16/6)" and "kemarin" are counted from a day the text does not give
UNDATED = (
    "Menteri Luar Negeri Sugiono tiba di Kuala Lumpur, Senin (16/6). "
    "Kemarin ia bertemu Menteri Luar Negeri Malaysia Mohamad Hasan untuk membahas sengketa perbatasan."
)
# the same report with one full date: the anchor is inferred from it
INFERRED = (
    "Menteri Luar Negeri Sugiono tiba di Kuala Lumpur, Senin (16/6/2025). "
    "Kemarin ia bertemu Menteri Luar Negeri Malaysia Mohamad Hasan untuk membahas sengketa perbatasan."
)
SPAN_KEYS = ("timexes", "quotes", "quote_speakers", "citations", "events")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def dated(nlp: Language, text: str, published: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", timex.UndatedTextWarning)
        return nlp(doc)


def groups(doc: Doc) -> dict[str, list[tuple[str, str]]]:
    return {key: [(s.text, s.label_) for s in doc.spans[key]] for key in SPAN_KEYS}


EXPECTED = {
    "timexes": [("Senin (16/6/2025)", "DATE"), ("pukul 14.30 WIB", "TIME")],
    "quotes": [("Kita sepakat memperkuat kerja sama perdagangan kedua negara", "Prabowo Subianto")],
    "quote_speakers": [("Prabowo", "Prabowo Subianto")],
    "citations": [("seperti dilansir Antara", "Antara")],
    # "Kita sepakat ...": the speaker's own agreement, told in his quote
    "events": [("bertemu", "MEET"), ("sepakat", "AGREE")],
}


def test_every_fact_is_a_span_group_with_its_record_on_the_span(nlp):
    doc = dated(nlp, MEETING, "2025-06-16")
    assert groups(doc) == EXPECTED
    date, clock = doc.spans["timexes"]
    assert (date._.timex.value, clock._.timex.value) == ("2025-06-16", "2025-06-16T14:30")
    (quote,) = doc.spans["quotes"]
    assert quote._.quote.speaker == "Prabowo Subianto" and quote._.quote.direct
    assert quote._.quote_speaker == doc.spans["quote_speakers"][0]
    meeting, agreed = doc.spans["events"]
    assert meeting._.event.who == ["Prabowo Subianto", "Anwar Ibrahim"] and meeting._.event.when == "2025-06-16"
    assert agreed._.event.who[0] == "Prabowo Subianto"
    # the doc._ extensions hold the same facts as before
    assert [t.text for t in doc._.timexes] == ["Senin (16/6/2025)", "pukul 14.30 WIB"]
    assert [(q.text, q.speaker) for q in doc._.quotes] == [
        ("Kita sepakat memperkuat kerja sama perdagangan kedua negara", "Prabowo Subianto")
    ]
    assert [c.source for c in doc._.citations] == ["Antara"]
    assert [(e.type, e.trigger) for e in doc._.events] == [("MEET", "bertemu"), ("AGREE", "sepakat")]


def test_components_declare_the_span_groups_they_assign(nlp):
    assigns = {name: set(meta.assigns) for name, meta in ((n, nlp.get_pipe_meta(n)) for n in nlp.pipe_names)}
    for name in ("telisik_timexes", "telisik_citations", "telisik_quotes", "telisik_events"):
        assert "doc.spans" in assigns[name]
    assert "doc._.timex_warnings" in assigns["telisik_timexes"]
    assert not any(nlp.analyze_pipes()["problems"].values())


@pytest.mark.parametrize("key", SPAN_KEYS)
def test_displacy_shows_each_span_group(nlp, key):
    doc = dated(nlp, MEETING, "2025-06-16")
    html = displacy.render(doc, style="span", options={"spans_key": key})
    for _, label in EXPECTED[key]:
        assert label in html
    # each span's words are in the markup, token by token
    for span in doc.spans[key]:
        assert all(token.text in html for token in span)


def test_a_saved_and_loaded_pipeline_gives_the_same_spans_and_warnings(nlp, tmp_path):
    nlp.to_disk(tmp_path / "telisik_id")
    loaded = spacy.load(tmp_path / "telisik_id")
    assert groups(dated(loaded, MEETING, "2025-06-16")) == EXPECTED
    with pytest.warns(timex.UndatedTextWarning, match="not resolved"):
        doc = loaded(UNDATED)
    assert doc._.timex_warnings == dated(nlp, UNDATED, None)._.timex_warnings


def test_a_loaded_pipeline_keeps_its_own_span_keys(tmp_path):
    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_sentences")
    nlp.add_pipe("telisik_citations")
    nlp.add_pipe("telisik_quotes", config={"quotes_key": "kutipan", "speakers_key": "penutur"})
    nlp.to_disk(tmp_path / "p")
    doc = spacy.load(tmp_path / "p")('"Harga beras akan turun pekan depan," kata Zulkifli Hasan.')
    assert [(s.text, s.label_) for s in doc.spans["kutipan"]] == [("Harga beras akan turun pekan depan", "Zulkifli Hasan")]
    assert [s.text for s in doc.spans["penutur"]] == ["Zulkifli Hasan"]
    assert "quotes" not in doc.spans


# ---------------------------------------------------------------------------- a text without a publication date


def test_undated_relative_expressions_are_warned_of_through_spacy(nlp):
    with pytest.warns(timex.UndatedTextWarning) as caught:
        doc = nlp(UNDATED)
    assert len(caught) == 1  # one warning a doc, however many expressions
    (message,) = doc._.timex_warnings
    assert message.startswith(timex.UNDATED)
    assert "2 relative time expressions not resolved" in message
    assert '"Senin (16/6)"' in message and '"Kemarin"' in message
    assert [t.value for t in doc._.timexes] == [None, None]


def test_an_anchor_inferred_from_the_text_is_warned_of_too(nlp):
    with pytest.warns(timex.UndatedTextWarning, match="resolved against 2025-06-16"):
        doc = nlp(INFERRED)
    assert [t.value for t in doc._.timexes] == ["2025-06-16", "2025-06-15"]
    assert doc._.timex_warnings == [
        "no publication date: 1 relative time expression resolved against 2025-06-16, the latest date stated in the text (2025-06-16)"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Luar Negeri Sugiono tiba di Kuala Lumpur untuk membahas sengketa perbatasan.",  # no time expression
        "Perjanjian itu ditandatangani pada 17 Agustus 1945 dan berlaku selama 5 tahun.",  # none relative
    ],
)
def test_an_undated_text_without_relative_expressions_is_not_warned_of(nlp, text):
    with warnings.catch_warnings():
        warnings.simplefilter("error", timex.UndatedTextWarning)
        doc = nlp(text)
    assert doc._.timex_warnings == []


def test_a_dated_text_is_not_warned_of(nlp):
    with warnings.catch_warnings():
        warnings.simplefilter("error", timex.UndatedTextWarning)
        doc = dated(nlp, UNDATED, "2025-06-17")
    assert doc._.timex_warnings == []
    assert [t.value for t in doc._.timexes] == ["2025-06-16", "2025-06-16"]


def test_a_long_text_read_in_windows_is_warned_of_as_a_whole(nlp):
    facts = analyse_windows(nlp, UNDATED, None, size=60)
    assert facts.timex_warnings == dated(nlp, UNDATED, None)._.timex_warnings != []


def test_the_analysed_article_carries_the_warning_and_python_warns_nothing(analyzer, recwarn):
    undated, dated_page = (
        analyzer.process(RawDocument("undated.txt", "text", UNDATED)),
        analyzer.process(RawDocument("dated.jsonl", "text", UNDATED, given={"published": "2025-06-17"})),
    )
    assert [w for w in undated.warnings if w.startswith(timex.UNDATED)] == [
        'no publication date: 2 relative time expressions not resolved, no date to count them from ("Senin (16/6)", "Kemarin")'
    ]
    assert not [w for w in dated_page.warnings if w.startswith(timex.UNDATED)]
    assert not [w for w in recwarn if issubclass(w.category, timex.UndatedTextWarning)]
    assert "warnings" in undated.to_dict()


def test_a_reanchored_article_says_what_it_was_resolved_against(analyzer):
    article = analyzer.process(RawDocument("undated.txt", "text", UNDATED))
    assert analyzer.reanchor(article, [date(2025, 6, 17)])
    notes = [w for w in article.warnings if w.startswith(timex.UNDATED)]
    assert len(notes) == 1 and "resolved against" in notes[0] and "not resolved" not in notes[0]
    assert article.timexes[0].value == "2025-06-16"
