"""The serial part of ``telisik analyze --workers N``: the collection steps the main process takes as the articles
arrive from the workers (``output.streamed._Arrival``), and report.html rendered in a worker while this process writes
analysis.json (``render.write_outputs``). The output stays what the in-memory collection writes, byte for byte."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from telisik.collection.steps import Deduplicator, collect
from telisik.output import streamed
from telisik.output.render import write_outputs
from telisik.output.streamed import SpilledCollection, write_streamed
from telisik.records import Article, RawDocument, Rejection

BANJIR = [
    "BEKASI - Banjir merendam ratusan rumah di Kecamatan Bekasi Timur, Kota Bekasi, Jawa Barat, pada Selasa (4/3/2025) pagi.",
    "Kepala BPBD Kota Bekasi Widayat Subroto mengatakan ketinggian air mencapai 1,5 meter di Perumahan Pondok Gede Permai.",
    '"Sebanyak 1.200 warga sudah kami evakuasi ke masjid dan sekolah terdekat," kata Widayat kepada wartawan.',
]
BANJIR_LAGI = [
    "BEKASI - Jumlah pengungsi akibat banjir di Kota Bekasi bertambah menjadi 2.500 orang pada Rabu (5/3/2025).",
    "BPBD Kota Bekasi mencatat banjir melanda delapan kecamatan setelah Kali Bekasi meluap sejak Selasa dini hari.",
    'Wali Kota Bekasi Tri Adhianto mengatakan pemerintah kota menyiapkan dapur umum. "Bantuan logistik terus kami kirim," ujarnya.',
]
CABAI = [
    "JAKARTA - Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 90.000 per kilogram pada Rabu (5/3/2025).",
    'Pedagang bernama Slamet mengatakan pasokan dari Jawa Tengah berkurang. "Petani banyak yang gagal panen," katanya.',
]
# no publication date and no date in the text: re-anchoring finds it no anchor, and leaves it as it came
LUMPUR = "Warga Kampung Melayu membersihkan lumpur sisa banjir dan memperbaiki perabot rumah yang rusak."
# no publication date, a day without a year: re-anchored on the collection's days (its facts change)
RETNO = "Menteri Luar Negeri Retno Marsudi tiba di Tokyo pada 5 Maret untuk kunjungan kerja selama tiga hari."


def _page(n: int, paragraphs: list[str] | str, **given: str) -> RawDocument:
    body = paragraphs if isinstance(paragraphs, str) else "\n\n".join(paragraphs)
    return RawDocument(source="berita.jsonl", kind="text", content=body, record=f"L{n}", given=given)


DATED = [
    _page(1, BANJIR, title="Banjir rendam ratusan rumah di Bekasi", published="2025-03-04T09:15:00+07:00",
          url="https://megapolitan.kompas.com/read/2025/03/04/banjir-bekasi", outlet="Kompas"),
    _page(2, LUMPUR, title="Warga bersihkan lumpur", url="https://example.id/lumpur"),
    _page(3, BANJIR_LAGI, title="Pengungsi banjir Bekasi bertambah", published="2025-03-05T10:30:00+07:00",
          url="https://www.detik.com/jabar/berita/banjir-bekasi-pengungsi", outlet="detikcom"),
    _page(4, CABAI, title="Harga cabai rawit naik", published="2025-03-05T13:00:00+07:00",
          url="https://www.antaranews.com/berita/cabai-rawit", outlet="Antara"),
]


def _analysed(analyzer, pages: list[RawDocument]) -> list[Article | Rejection]:
    seen = Deduplicator()
    return [seen.check(r.id, r.where) or r if isinstance(r, Article) else r for r in analyzer.process_all(pages)]


@pytest.fixture(scope="module")
def in_order(analyzer) -> list[Article | Rejection]:
    """Days in order (as a corpus day or a feed arrives), one undated page that stays undated."""
    return _analysed(analyzer, DATED)


def _in_memory(results: list[Article | Rejection], out: Path, reanchor) -> bytes:
    items = copy.deepcopy(results)
    articles = [r for r in items if isinstance(r, Article)]
    write_outputs(collect(articles, [r for r in items if not isinstance(r, Article)], reanchor).document(), out)
    return (out / "analysis.json").read_bytes()


def _through_pickle(fn, items):
    """An ordered map whose function, arguments and results go through pickle, as a process pool's do."""
    call = pickle.loads(pickle.dumps(fn))
    for item in items:
        yield pickle.loads(pickle.dumps(call(pickle.loads(pickle.dumps(item)))))


@pytest.fixture
def spied(monkeypatch) -> list[str]:
    """The end-of-run steps ``write_streamed`` took: the clustering of every article read back, the linking again."""
    calls: list[str] = []
    cluster_all, link = SpilledCollection._cluster_all, SpilledCollection._link

    def cluster_spy(self):
        calls.append("cluster at the end")
        return cluster_all(self)

    def link_spy(self, articles):
        calls.append("link at the end")
        return link(self, articles)

    monkeypatch.setattr(SpilledCollection, "_cluster_all", cluster_spy)
    monkeypatch.setattr(SpilledCollection, "_link", link_spy)
    return calls


@pytest.mark.parametrize("html_limit", [100, 2])
def test_articles_in_day_order_are_linked_and_placed_on_arrival_with_the_same_output(analyzer, in_order, tmp_path, spied, html_limit):
    expected = _in_memory(in_order, tmp_path / "memory", analyzer.reanchor)
    out = tmp_path / "streamed"
    write_streamed(iter(copy.deepcopy(in_order)), out, analyzer.reanchor, map_stories=_through_pickle, html_limit=html_limit)
    assert (out / "analysis.json").read_bytes() == expected
    assert spied == []  # nothing left for the end: the undated page placed last, as stream_order places it
    if html_limit >= 4:
        assert (out / "report.html").read_bytes() == (tmp_path / "memory" / "report.html").read_bytes()


def test_an_article_of_an_earlier_day_after_a_later_one_leaves_the_clustering_to_the_end(analyzer, in_order, tmp_path, spied):
    # the cabai report (5 March) before the first flood report (4 March): stream_order places it after
    shuffled = [in_order[3], in_order[0], in_order[1], in_order[2]]
    expected = _in_memory(shuffled, tmp_path / "memory", analyzer.reanchor)
    write_streamed(iter(copy.deepcopy(shuffled)), tmp_path / "streamed", analyzer.reanchor, map_stories=_through_pickle)
    assert (tmp_path / "streamed" / "analysis.json").read_bytes() == expected
    assert spied == ["cluster at the end"]  # linked on arrival still: the linking is in input order


def test_an_undated_article_changed_by_re_anchoring_leaves_linking_and_clustering_to_the_end(analyzer, in_order, tmp_path, spied):
    run = [*in_order, *_analysed(analyzer, [_page(5, RETNO, title="Retno tiba di Tokyo", url="https://example.id/retno-tiba")])]
    expected = _in_memory(run, tmp_path / "memory", analyzer.reanchor)
    write_streamed(iter(copy.deepcopy(run)), tmp_path / "streamed", analyzer.reanchor, map_stories=_through_pickle)
    assert (tmp_path / "streamed" / "analysis.json").read_bytes() == expected
    assert spied == ["link at the end", "cluster at the end"]


def test_articles_past_the_held_number_are_read_back_from_the_spill(analyzer, in_order, tmp_path, monkeypatch):
    held: list[int | None] = []
    write = SpilledCollection.write

    def spy(self, out, html_limit, map_jobs=map):
        held.append(None if self.arrival.dicts is None else len(self.arrival.dicts))
        return write(self, out, html_limit, map_jobs)

    monkeypatch.setattr(SpilledCollection, "write", spy)
    expected = _in_memory(in_order, tmp_path / "memory", analyzer.reanchor)
    for limit in (4, 3):
        write_streamed(iter(copy.deepcopy(in_order)), tmp_path / f"out{limit}", analyzer.reanchor, html_limit=limit)
        assert (tmp_path / f"out{limit}" / "analysis.json").read_bytes() == expected
    assert held == [4, None]  # four held for a document of four; none once a fifth would be needed


def test_a_failed_clustering_on_arrival_is_taken_again_at_the_end(analyzer, in_order, tmp_path, spied, monkeypatch):
    real = streamed.SpilledCollection._place
    failed = []

    def failing(self, i, record):
        if not failed:
            failed.append(i)
            self.arrival.clusterer = None  # as a clustering error drops it
            return None
        return real(self, i, record)

    monkeypatch.setattr(streamed.SpilledCollection, "_place", failing)
    expected = _in_memory(in_order, tmp_path / "memory", analyzer.reanchor)
    write_streamed(iter(copy.deepcopy(in_order)), tmp_path / "streamed", analyzer.reanchor)
    assert (tmp_path / "streamed" / "analysis.json").read_bytes() == expected
    assert spied == ["cluster at the end"]


def test_the_report_rendered_through_another_process_is_the_same(in_order, analyzer, tmp_path):
    items = copy.deepcopy(in_order)
    articles = [r for r in items if isinstance(r, Article)]
    document = collect(articles, [], analyzer.reanchor).document()
    here = write_outputs(document, tmp_path / "here")
    there = write_outputs(document, tmp_path / "there", _through_pickle)
    assert [p.read_bytes() for p in here] == [p.read_bytes() for p in there]
    assert b"Banjir rendam ratusan rumah di Bekasi" in there[1].read_bytes()


def test_a_pool_that_cannot_render_the_report_leaves_it_rendered_here(in_order, analyzer, tmp_path):
    from concurrent.futures.process import BrokenProcessPool

    def broken_at_once(fn, items):
        raise BrokenProcessPool("a worker died")

    def broken_later(fn, items):
        yield from ()
        raise BrokenProcessPool("a worker died")

    items = copy.deepcopy(in_order)
    document = collect([r for r in items if isinstance(r, Article)], [], analyzer.reanchor).document()
    here = write_outputs(document, tmp_path / "here")
    for n, broken in enumerate([broken_at_once, broken_later]):
        there = write_outputs(document, tmp_path / f"broken{n}", broken)
        assert [p.read_bytes() for p in here] == [p.read_bytes() for p in there]
