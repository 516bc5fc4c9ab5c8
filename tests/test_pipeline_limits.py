"""Every page's cost bounded and every record isolated: long bodies in windows, the
body ceiling, the per-page time budget, hostile markup, failures kept to their page."""

from __future__ import annotations

import inspect
import json
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from hostile import peak_mb
from telisik.collection.steps import collect, reanchor_undated
from telisik.engine import batch, budget, tasks
from telisik.engine.budget import PageTimeout, time_budget
from telisik.engine.local import Analyzer
from telisik.nlp.facts import Facts, nlp_text
from telisik.nlp.windows import text_windows
from telisik.pages import assemble
from telisik.pages.extract import MAX_ATTRIBUTES, HtmlError, check_markup
from telisik.records import Article, RawDocument, Rejection
from telisik.records.entities import Entity

PARAGRAPHS = [
    "JAKARTA - Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Istana Bogor, Jawa Barat, pada Senin (5/6/2023).",
    '"Kami sepakat memperkuat kerja sama ekonomi kedua negara," kata Jokowi kepada wartawan seusai pertemuan.',
    "Menurut Reuters, kedua negara juga menandatangani perjanjian energi senilai 2 miliar dolar AS.",
    "Kishida mengatakan Jepang akan memasok peralatan pembangkit listrik untuk proyek itu pada Januari 2024.",
]


def _long_body(rounds: int) -> str:
    """The paragraphs ``rounds`` times, each round's copies told apart: the repair stage keeps
    one copy of a paragraph repeated word for word, as a scrape's repeated passages are."""
    return "\n\n".join(f"{p} Laporan ke-{i}." for i in range(1, rounds + 1) for p in PARAGRAPHS)


LONG_LINE = "Presiden Joko Widodo berkunjung ke Bandung. " * 25000  # 1,100,000 characters


def _analyzer_like(shared: Analyzer, **limits) -> Analyzer:
    """An Analyzer with other limits that shares the session's loaded pipeline."""
    fresh = Analyzer(**limits)
    fresh.__dict__["nlp"] = shared.nlp
    return fresh


def _text(i: int, body: str, **given) -> RawDocument:
    return RawDocument(source="t.jsonl", kind="text", content=body, record=f"L{i}", given=given)


def _offsets_hold(article: Article) -> None:
    """Every offset of the article's facts points at its text in the body."""
    body = article.body
    for t in article.timexes:
        assert body[t.start : t.end] == t.text
    for e in article.entities:
        for m in e.mentions:
            assert body[m.start : m.end] == m.text
    for q in article.quotes:
        assert body[q.start : q.end] == q.text
    for c in article.citations:
        if c.in_ != "removed":
            assert c.start is not None and c.end is not None and body[c.start : c.end] == c.text
    for ev in article.events:
        assert body[ev.start : ev.end] == ev.trigger
        if ev.when_span:
            s, e = ev.when_span
            assert any(t.start == s and t.end == e for t in article.timexes)
    starts = [s for s, _ in article.sentences]
    assert starts == sorted(starts)


# ---------------------------------------------------------------------------- long bodies


def test_windows_cover_the_text_cut_at_paragraphs_then_sentences():
    body = "\n\n".join(PARAGRAPHS * 10)
    windows = text_windows(body, 1000)
    assert windows[0][0] == 0 and windows[-1][1] == len(body)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:], strict=False))
    assert all(0 < e - s <= 1000 for s, e in windows)
    assert all(body[:e].endswith("\n\n") for _, e in windows[:-1])
    # one paragraph longer than a window: cut after its sentences, then at spaces, then anywhere
    one = "Kalimat pendek di sini. " * 100
    assert all(one[:e].endswith(". ") for _, e in text_windows(one, 500)[:-1])
    assert all(e - s <= 50 for s, e in text_windows("kata " * 100, 50))
    assert text_windows("x" * 250, 100) == [(0, 100), (100, 200), (200, 250)]
    assert text_windows("pendek", 100) == [(0, 6)]


def test_a_long_body_in_windows_has_the_facts_of_its_parts(analyzer):
    """Windows of 2,000 characters: the article's facts are those of each window analysed
    alone, moved to the body's offsets; entities met in several windows are one."""
    body = _long_body(12)
    long = _analyzer_like(analyzer, window_chars=2000)
    article = long.process(_text(1, body, published="2023-06-06", title="Jokowi bertemu Kishida"))
    assert isinstance(article, Article) and len(article.body) > 2 * 2000
    _offsets_hold(article)

    body = article.body  # the clean text: the dateline "JAKARTA -" is taken off
    windows = text_windows(body, 2000)
    assert len(windows) >= 3
    parts = []
    for start, end in windows:
        doc = analyzer.nlp.make_doc(body[start:end])
        doc._.published = "2023-06-06"
        parts.append((start, Facts.of(analyzer.nlp(doc))))

    def moved(items, start, *keys):
        return [tuple(getattr(x, k) + start if k in ("start", "end") else getattr(x, k) for k in keys) for x in items]

    keys = {
        "timexes": ("start", "end", "text", "value"),
        "quotes": ("start", "end", "text", "speaker", "direct"),
        "citations": ("start", "end", "source"),
        "events": ("start", "end", "type", "trigger", "when", "status"),
    }
    for name, fields in keys.items():
        mine = [tuple(getattr(x, k) for k in fields) for x in getattr(article, name) if getattr(x, "in_", None) != "removed"]
        theirs = [t for start, facts in parts for t in moved(getattr(facts, name), start, *fields)]
        assert mine == theirs, name
    assert article.sentences == [[s + start, e + start] for start, facts in parts for s, e in facts.sentences]
    assert article.stats["tokens"] == sum(facts.tokens for _, facts in parts)
    # one entity per name, with the mentions of every window
    assert sorted((e.type, e.name) for e in article.entities) == sorted({(e.type, e.name) for _, f in parts for e in f.entities})
    mentions = sorted((m.start, m.end) for e in article.entities for m in e.mentions)
    assert mentions == sorted((m.start + s, m.end + s) for s, f in parts for e in f.entities for m in e.mentions)
    assert len(article.entities) < sum(len(f.entities) for _, f in parts)  # merged across windows
    assert [e.id for e in article.entities] == [f"e{i}" for i in range(1, len(article.entities) + 1)]
    ids = {e.id for e in article.entities}
    assert all(q.speaker_entity in ids for q in article.quotes if q.speaker_entity)
    assert any(q.speaker == "Joko Widodo" for q in article.quotes)


def test_a_body_over_the_ceiling_is_rejected(analyzer):
    small = _analyzer_like(analyzer, max_chars=1000)
    result = small.process(_text(1, _long_body(4)))
    assert isinstance(result, Rejection)
    assert re.fullmatch(r"body too long: 1\d\d\d characters \(limit 1000; --max-chars\)", result.reason), result.reason


def test_a_line_of_over_a_million_characters_is_analysed_in_bounded_memory(tmp_path):
    """The E088 line, read and analysed among others, in a process of its own to read its peak RSS.

    (``Analyzer.process_all``: the story stage, which this line's 25,000 events make slow, is not at issue here.)
    """
    path = tmp_path / "long.jsonl"
    good = {"title": "Kunjungan", "text": "\n\n".join(PARAGRAPHS), "published": "2023-06-06"}
    path.write_text(
        "\n".join(json.dumps(r) for r in [good, {"id": "long", "text": LONG_LINE, "published": "2024-05-01"}, {**good, "id": "g2"}]) + "\n"
    )
    script = textwrap.dedent(
        f"""
        import json
        from telisik.engine.local import Analyzer
        {{PEAK_MB}}
        analyzer = Analyzer(page_seconds=None)
        results = list(analyzer.process_all(analyzer.reader.read([{str(path)!r}])))
        long = results[1]
        ok = all(long.body[m.start:m.end] == m.text for e in long.entities for m in e.mentions)
        print(json.dumps({{"kinds": [type(r).__name__ for r in results], "body": len(long.body), "offsets": ok,
                          "sentences": len(long.sentences), "events": len(long.events),
                          "rss_mb": peak_mb()}}))
        """
    ).replace("{PEAK_MB}", inspect.getsource(peak_mb))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-2000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["kinds"] == ["Article", "Article", "Article"]
    assert out["body"] > 1_000_000 and out["offsets"]
    assert out["sentences"] == 25000 and out["events"] == 25000
    assert out["rss_mb"] < 1024, out
    print(out)


# ---------------------------------------------------------------------------- hostile markup


def test_a_tag_with_absurdly_many_attributes_is_refused_before_parsing(analyzer):
    page = (
        "<html><body><div "
        + " ".join(f'a{i}="x"' for i in range(200000))
        + ">Teks berita.</div><p>"
        + " ".join(PARAGRAPHS)
        + "</p></body></html>"
    )
    result = analyzer.process(RawDocument(source="attrs.html", kind="html", content=page))
    assert isinstance(result, Rejection)
    assert result.reason.startswith(f"HTML tag with over {MAX_ATTRIBUTES} attributes (<div>")
    # hidden behind a ">" in a quoted value, or without values: still counted
    with pytest.raises(HtmlError):
        check_markup('<div title="a>b" ' + " ".join(f"a{i}=x" for i in range(1200)) + ">t</div>")
    with pytest.raises(HtmlError):
        check_markup("<div " + " ".join(f"a{i}" for i in range(1200)) + ">t</div>")
    # a long value with spaces is one attribute, and a tag of many (but not absurdly many) attributes passes
    check_markup("<div data-x='" + '{"k": 1, ' * 3000 + '\' class="c">t</div>')
    check_markup("<div " + " ".join(f'a{i}="x"' for i in range(MAX_ATTRIBUTES)) + ">t</div>")


# ---------------------------------------------------------------------------- the time budget


def test_a_page_over_its_time_budget_is_rejected_and_the_run_goes_on(analyzer, monkeypatch):
    real_clean = assemble.clean_blocks

    def slow_clean(blocks, title=None):
        if title == "lambat":
            time.sleep(3)
        return real_clean(blocks, title=title)

    monkeypatch.setattr(assemble, "clean_blocks", slow_clean)
    budgeted = _analyzer_like(analyzer, page_seconds=1)
    before = signal.getsignal(signal.SIGALRM)
    body = "\n\n".join(PARAGRAPHS)
    results = list(budgeted.process_all([_text(1, body, title="lambat"), _text(2, body, title="cepat")]))
    assert isinstance(results[0], Rejection) and results[0].reason == "took over 1 s to analyse; skipped"
    assert isinstance(results[1], Article) and results[1].entities
    assert signal.getsignal(signal.SIGALRM) is before and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_page_slow_in_its_nlp_is_rejected_alone(analyzer, monkeypatch):
    """A page whose NLP runs over breaks the batch's stream: it is rejected, the pages after it analysed."""
    real_fill = Analyzer._fill

    def slow_fill(self, article, facts):
        if article.title == "lambat":
            time.sleep(3)
        return real_fill(self, article, facts)

    monkeypatch.setattr(Analyzer, "_fill", slow_fill)
    budgeted = _analyzer_like(analyzer, page_seconds=1)
    body = "\n\n".join(PARAGRAPHS)
    titles = ["Satu", "lambat", "Tiga", "Empat"]
    results = list(budgeted.process_all([_text(i, body, title=t) for i, t in enumerate(titles)]))
    assert [type(r).__name__ for r in results] == ["Article", "Rejection", "Article", "Article"]
    assert results[1].reason == "took over 1 s to analyse; skipped"
    assert all(r.entities for r in results if isinstance(r, Article))


def _busy(seconds: float) -> None:
    """Python code running for ``seconds`` (an interrupt lands between bytecodes, not inside a C call)."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        pass


def _in_thread(work) -> list[BaseException]:
    caught: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as err:  # noqa: BLE001 - what the thread raised is the finding
            caught.append(err)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return caught


def test_the_budget_holds_off_the_main_thread_too():
    """A Dask worker runs tasks off the main thread, where no signal reaches: the budget still stops a page."""

    def over() -> None:
        with time_budget(0.05):
            _busy(5)

    started = time.monotonic()
    caught = _in_thread(over)
    assert [type(e) for e in caught] == [PageTimeout] and time.monotonic() - started < 4

    def near_the_deadline() -> None:
        # blocks ending around their deadline may time out inside; none may leave a timeout to land after it
        for _ in range(300):
            try:
                with time_budget(0.002):
                    _busy(0.0018)
            except PageTimeout:
                pass
            _busy(0.004)

    assert _in_thread(near_the_deadline) == []


def test_a_timeout_ringing_as_the_block_ends_does_not_land_after_it(monkeypatch):
    """The timer rings while the block is being left (a slow cancel makes that window wide): nothing may follow."""

    class SlowCancel(threading.Timer):
        def cancel(self) -> None:
            time.sleep(0.6)  # the deadline passes while the timer is still live
            super().cancel()

    monkeypatch.setattr(budget.threading, "Timer", SlowCancel)

    def ends_just_in_time() -> None:
        # the block's work takes a hundredth of its budget: on a loaded machine the thread may wait its turn for a
        # while, and the timeout must not ring inside the block for that
        with time_budget(0.5):
            _busy(0.005)
        _busy(0.3)  # a stray timeout would land here

    assert _in_thread(ends_just_in_time) == []
    with pytest.raises(PageTimeout), time_budget(0.05):
        time.sleep(1)


# ---------------------------------------------------------------------------- failures kept to their article


def test_lone_surrogates_are_analysed(analyzer):
    body = "\n\n".join(PARAGRAPHS) + "\n\nTeks rusak \ud800 di sini, kata Kishida."
    article = analyzer.process(_text(1, body, title="Judul \udcff", url="https://contoh.id/\ud800", id="a\ud800"))
    assert isinstance(article, Article) and "\ud800" in article.body and article.entities
    _offsets_hold(article)
    document = collect([article], []).document()
    assert document["articles"] and document["stories"] and "warnings" not in document


@pytest.fixture
def fill_fails_on_rusak(monkeypatch):
    """``Analyzer._fill`` raising for an article titled "rusak": a bug in one article's facts."""
    real_fill = Analyzer._fill

    def fill(self, article, facts):
        if article.title == "rusak":
            raise RuntimeError("boom")
        return real_fill(self, article, facts)

    monkeypatch.setattr(Analyzer, "_fill", fill)


def test_a_failing_article_does_not_stop_the_batch(analyzer, fill_fails_on_rusak):
    body = "\n\n".join(PARAGRAPHS)
    results = list(analyzer.process_all([_text(1, body, title="Satu"), _text(2, body, title="rusak"), _text(3, body, title="Tiga")]))
    assert [type(r).__name__ for r in results] == ["Article", "Rejection", "Article"]
    assert results[1].reason == "internal error while analysing (RuntimeError: boom)"


def test_a_failed_reanchoring_keeps_the_article_as_it_was(analyzer):
    dated = analyzer.process(_text(1, "\n\n".join(PARAGRAPHS), published="2023-09-07"))
    undated = [
        analyzer.process(_text(i, f"Menteri Luar Negeri Retno Marsudi tiba di Tokyo pada 5 September untuk kunjungan kerja {i}."))
        for i in (2, 3)
    ]
    undated[0].captions = ["rusak"]

    real_caption_events = analyzer.caption_events

    def caption_events(captions, anchor):
        if captions == ["rusak"]:
            raise RuntimeError("boom")
        return real_caption_events(captions, anchor)

    analyzer.caption_events = caption_events
    before = (undated[0].timexes, undated[0].timex_anchor, undated[0].events)
    try:
        changed = reanchor_undated([dated, *undated], analyzer.reanchor)
    finally:
        del analyzer.caption_events
    assert changed == [undated[1]] and undated[1].timex_anchor.date.startswith("2023")
    assert (undated[0].timexes, undated[0].timex_anchor, undated[0].events) == before
    assert undated[0].warnings[-1] == "dates not re-anchored on the collection's: internal error (RuntimeError: boom)"


def test_an_article_the_entity_linking_fails_on_is_rejected(analyzer):
    good = analyzer.process(_text(1, "\n\n".join(PARAGRAPHS), published="2023-06-06"))
    bad = analyzer.process(_text(2, "\n\n".join(PARAGRAPHS[:2]), published="2023-06-06", id="bad"))
    bad.entities = [Entity("e1", None, None, None, [])]  # no name, no type: a bug upstream
    document = collect([good, bad], []).document()
    assert [a["id"] for a in document["articles"]] == [good.id]
    assert document["rejected"] == [{"source": bad.where, "reason": "internal error while analysing (TypeError: normalize() argument 2 must be str, not None)"}]


def test_the_dask_task_rejects_only_the_bad_records(analyzer, monkeypatch, tmp_path, fill_fails_on_rusak):
    """``batch.analyse_task`` on a range of records with hostile ones among them (no cluster needed)."""
    good = [{"title": f"Berita {i}", "text": "\n\n".join(PARAGRAPHS), "published": "2023-06-06", "id": f"g{i}"} for i in range(30)]
    records = [
        *good[:10],
        {"id": "long", "text": LONG_LINE},
        *good[10:20],
        {"id": "broken", "title": "rusak", "text": "\n\n".join(PARAGRAPHS)},
        *good[20:],
    ]
    path = tmp_path / "range.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    limits = {"max_bytes": 20 * 1024 * 1024, "max_chars": 500_000, "page_seconds": 60.0}
    monkeypatch.setitem(batch._ANALYZERS, tuple(limits.values()), _analyzer_like(analyzer, **limits))
    part = batch.analyse_task(0, [tasks.Unit(str(path), lo=1, hi=None, last=len(records), records=len(records))], **limits)
    assert [pos for pos, _ in part.rejected] == [10, 21]
    assert re.fullmatch(r"body too long: \d{7} characters \(limit 500000; --max-chars\)", part.rejected[0][1].reason)
    assert part.rejected[1][1].reason == "internal error while analysing (RuntimeError: boom)"
    assert [a.id for _, a in part.articles] == [r["id"] for r in good]


def test_a_run_too_long_to_be_a_word_is_read_as_letters_by_the_nlp(analyzer):
    """20,000 brackets around a name took the tokenizer 35 s in one call; the NLP now reads the run masked."""
    run = "(" * 10000 + "Jakarta" + ")" * 10000
    body = "\n\n".join([PARAGRAPHS[0], f"Tautan: {run}", PARAGRAPHS[1]])
    masked = nlp_text(body)
    assert len(masked) == len(body) and run not in masked and masked.replace("x" * len(run), run) == body
    (article,) = analyzer.process_all([_text(0, body)])
    assert isinstance(article, Article) and run in article.body
    assert article.entities and not any("xxx" in m.text for e in article.entities for m in e.mentions)
    _offsets_hold(article)
