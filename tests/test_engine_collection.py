"""The collection steps taken as the articles arrive (``steps.CollectionStream``, what ``Analyzer.analyze_items``
runs while its workers analyse the next pages) give ``collect``'s document byte for byte, whatever the order
the articles come in: in day order (linked and clustered on arrival), out of it, undated, re-anchored."""

from __future__ import annotations

import json
import pickle

import pytest

from collection_runs import page
from telisik.collection import linking
from telisik.collection.steps import CollectionStream, Deduplicator, collect
from telisik.records import Article, Rejection

GEMPA = [
    "CIANJUR - Gempa bermagnitudo 5,2 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin (12/5/2025) siang.",
    "Kepala BPBD Cianjur Asep Sudrajat mengatakan sedikitnya 40 rumah rusak di Kecamatan Cugenang.",
    '"Warga kami minta menjauhi bangunan yang retak," kata Asep kepada wartawan.',
]
GEMPA_LAGI = [
    "CIANJUR - Jumlah rumah rusak akibat gempa di Kabupaten Cianjur bertambah menjadi 120 unit pada Selasa (13/5/2025).",
    "BPBD Cianjur mendirikan tenda pengungsian di lapangan Desa Benjot, Kecamatan Cugenang.",
    'Bupati Cianjur Mohammad Wahyu Ferdian meninjau lokasi. "Bantuan kami salurkan hari ini juga," ujarnya.',
]
PELABUHAN = [
    "MAKASSAR - Menteri Perhubungan Budi Karya Sumadi meresmikan dermaga baru Pelabuhan Makassar pada Rabu (3/4/2024).",
    "Dermaga itu mampu melayani kapal peti kemas berkapasitas 3.000 TEU, kata Direktur Utama Pelindo Arif Suhartono.",
]
# no publication date and a date without a year: the collection's days give it one
PELABUHAN_UNDATED = "Menteri Perhubungan Budi Karya Sumadi tiba di Makassar pada 2 April untuk meninjau Pelabuhan Makassar."
# no publication date and no date at all: it stays undated, clustered after the dated articles
WARUNG_UNDATED = "Pedagang di Pasar Terong, Makassar, mengeluhkan harga cabai rawit yang naik dua kali lipat."


GEMPA_PAGE = page(1, GEMPA, title="Gempa guncang Cianjur, 40 rumah rusak", published="2025-05-12T13:05:00+07:00",
                  url="https://regional.kompas.com/read/2025/05/12/gempa-cianjur", outlet="Kompas")
GEMPA_LAGI_PAGE = page(2, GEMPA_LAGI, title="Rumah rusak akibat gempa Cianjur jadi 120", published="2025-05-13T08:40:00+07:00",
                       url="https://www.detik.com/jabar/berita/gempa-cianjur-120-rumah", outlet="detikcom")
PELABUHAN_PAGE = page(3, PELABUHAN, title="Menhub resmikan dermaga baru Pelabuhan Makassar", published="2024-04-03T10:00:00+08:00",
                      url="https://www.antaranews.com/berita/dermaga-makassar", outlet="Antara")
PELABUHAN_UNDATED_PAGE = page(4, PELABUHAN_UNDATED, title="Menhub tiba di Makassar", url="https://example.id/menhub-makassar")
WARUNG_PAGE = page(5, WARUNG_UNDATED, title="Harga cabai rawit naik", url="https://example.id/cabai")
EMPTY_PAGE = page(6, "", title="Halaman kosong", url="https://example.id/kosong")


@pytest.fixture(scope="module")
def analysed(analyzer) -> dict[str, Article | Rejection]:
    """Each page analysed once, by its record number."""
    pages = [GEMPA_PAGE, GEMPA_LAGI_PAGE, PELABUHAN_PAGE, PELABUHAN_UNDATED_PAGE, WARUNG_PAGE, EMPTY_PAGE]
    return {page.record: result for page, result in zip(pages, analyzer.process_all(pages), strict=True)}


def _run(analysed: dict[str, Article | Rejection], order: list[str]) -> list[Article | Rejection]:
    """The results of a run of the pages in ``order`` (a fresh copy: the collection steps change the articles)."""
    results: list[Article | Rejection] = pickle.loads(pickle.dumps([analysed[record] for record in order]))
    seen = Deduplicator()
    return [(seen.check(r.id, r.where) or r) if isinstance(r, Article) else r for r in results]


def _both(analyzer, results: list[Article | Rejection]) -> tuple[str, str, CollectionStream]:
    """The document of ``collect`` and that of a ``CollectionStream`` fed the same results, as JSON."""
    batch = pickle.loads(pickle.dumps(results))
    expected = collect([r for r in batch if isinstance(r, Article)], [r for r in batch if isinstance(r, Rejection)], analyzer.reanchor)
    stream = CollectionStream()
    rejected = []
    for result in results:
        if isinstance(result, Article):
            stream.add(result)
        else:
            rejected.append(result)
    got = stream.finish(rejected, analyzer.reanchor)
    return json.dumps(expected.document(), ensure_ascii=False), json.dumps(got.document(), ensure_ascii=False), stream


def test_articles_in_day_order_are_linked_and_clustered_as_they_come(analyzer, analysed):
    expected, got, stream = _both(analyzer, _run(analysed, ["L3", "L1", "L6", "L2", "L5", "L1"]))
    assert got == expected
    assert stream.linker is not None and stream.clusterer is not None, "nothing was left to the end"
    assert [r["id"] for r in stream.undated_records] == [a.id for a in stream.articles if a.where.endswith("L5")]
    document = json.loads(got)
    assert any(r["reason"].startswith("duplicate of") for r in document["rejected"])
    assert all(a["story"] for a in document["articles"]) and document["stories"], "every article in a story"
    assert all(e["global_id"] for a in document["articles"] for e in a["entities"]), "every entity linked in the dicts too"
    assert all(e.global_id for a in stream.articles for e in a.entities), "and in the articles"


def test_an_older_day_after_a_later_one_leaves_the_clustering_to_the_end(analyzer, analysed):
    expected, got, stream = _both(analyzer, _run(analysed, ["L1", "L2", "L3", "L5"]))
    assert got == expected
    assert stream.clusterer is None and stream.linker is not None


def test_a_re_anchored_article_is_collected_as_collect_does(analyzer, analysed):
    expected, got, _ = _both(analyzer, _run(analysed, ["L3", "L4", "L1", "L2"]))
    assert got == expected
    undated = next(a for a in json.loads(got)["articles"] if a["title"] == "Menhub tiba di Makassar")
    assert undated["timex_anchor"] and undated["timex_anchor"]["inferred"], "re-anchored on the run's days"


def test_linking_that_fails_on_an_article_rejects_it_as_collect_does(analyzer, analysed, monkeypatch):
    results = _run(analysed, ["L1", "L2", "L3"])
    broken = next(r.id for r in results if isinstance(r, Article) and r.where.endswith("L2"))
    add_nodes = linking.EntityLinker.add_nodes

    def failing(self, article_id, entities):
        if article_id == broken:
            raise RuntimeError("a broken entity")
        return add_nodes(self, article_id, entities)

    monkeypatch.setattr(linking.EntityLinker, "add_nodes", failing)
    expected, got, stream = _both(analyzer, results)
    assert got == expected
    assert stream.linker is None
    assert any("a broken entity" in r["reason"] for r in json.loads(got)["rejected"])


def test_analyze_items_gives_the_collections_document(analyzer, analysed):
    """The engine's own path: ``analyze_items`` over the pages is ``collect`` over their results."""
    pages = [PELABUHAN_PAGE, GEMPA_PAGE, WARUNG_PAGE, GEMPA_LAGI_PAGE]
    document = analyzer.analyze_items(pickle.loads(pickle.dumps(pages)))
    expected, _, _ = _both(analyzer, _run(analysed, ["L3", "L1", "L5", "L2"]))
    assert json.dumps(document, ensure_ascii=False) == expected
