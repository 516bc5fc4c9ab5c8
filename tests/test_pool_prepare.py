"""The pages stage alone (extract, repair, clean; no NLP): ``Analyzer.prepare_all``, in one process and in the
engine's worker pool (what ``bench/pipeline.py`` times as the engine's extract + clean)."""

from __future__ import annotations

from telisik.engine.local import NLP_BATCH, Analyzer
from telisik.records import Article, RawDocument, Rejection

BODY = (
    "Banjir merendam ratusan rumah warga di Kecamatan Sukamaju, Kabupaten Lembah Hijau, Senin (9/6/2025).\n\n"
    "Kepala BPBD Lembah Hijau, Suryani, mengatakan air mulai surut pada sore hari.\n\n"
    '"Kami sudah mendirikan dapur umum untuk warga," kata Suryani.'
)
PAGE = (
    "<html><head><title>Banjir Rendam Sukamaju</title></head><body><article>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in BODY.split("\n\n"))
    + "</article></body></html>"
)


def _items() -> list[RawDocument | Rejection]:
    """Pages for several of the pool's chunks: text and HTML, a page with no text, a rejection read already."""
    items: list[RawDocument | Rejection] = []
    for n in range(2 * NLP_BATCH + 5):
        if n % 3 == 0:
            items.append(RawDocument(source=f"halaman-{n}.html", kind="html", content=PAGE))
        else:
            items.append(RawDocument(source="berita.jsonl", kind="text", content=BODY, record=f"L{n}", given={"title": f"Banjir {n}"}))
    items[7] = RawDocument(source="berita.jsonl", kind="text", content="   ", record="L7", given={"title": "Kosong"})
    items[40] = Rejection("berita.jsonl#L40", "not JSON")
    return items


def _view(result: Article | Rejection) -> tuple[object, ...]:
    if isinstance(result, Rejection):
        return ("rejected", result.source, result.reason)
    return (result.where, result.title, result.body, result.entities, result.sentences)


def test_prepare_all_cleans_pages_without_the_nlp():
    alone = list(Analyzer().prepare_all(_items()))
    assert len(alone) == 2 * NLP_BATCH + 5
    article = alone[1]
    assert isinstance(article, Article)
    assert article.body.startswith("Banjir merendam") and article.title == "Banjir 1"
    assert article.entities == [] and article.sentences == [], "no NLP ran"
    html = alone[3]
    assert isinstance(html, Article) and "dapur umum" in html.body
    assert isinstance(alone[7], Rejection) and alone[40] == Rejection("berita.jsonl#L40", "not JSON")


def test_the_pool_prepares_what_one_process_prepares_in_order():
    alone = [_view(r) for r in Analyzer().prepare_all(_items())]
    with Analyzer(workers=2) as pooled:
        assert pooled.pool is not None
        together = [_view(r) for r in pooled.prepare_all(_items())]
    assert together == alone
