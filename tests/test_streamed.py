"""The streamed collection (``output.streamed.write_streamed``) writes what the in-memory one writes, byte for byte."""

from __future__ import annotations

import copy
import json

import pytest

from collection_runs import analysed, in_memory, page, through_pickle
from telisik.output.streamed import write_streamed
from telisik.records import Article, Rejection
from telisik.records.entities import Entity
from telisik.stories.cluster import StoryClusterer

BANJIR = [
    "BEKASI - Banjir merendam ratusan rumah di Kecamatan Bekasi Timur, Kota Bekasi, Jawa Barat, pada Selasa (4/3/2025) pagi.",
    "Kepala BPBD Kota Bekasi Widayat Subroto mengatakan ketinggian air mencapai 1,5 meter di Perumahan Pondok Gede Permai.",
    '"Sebanyak 1.200 warga sudah kami evakuasi ke masjid dan sekolah terdekat," kata Widayat kepada wartawan.',
    "Wali Kota Bekasi Tri Adhianto meninjau lokasi pengungsian dan meminta warga tetap waspada karena hujan diperkirakan berlanjut.",
]
BANJIR_LAGI = [
    "BEKASI - Jumlah pengungsi akibat banjir di Kota Bekasi bertambah menjadi 2.500 orang pada Rabu (5/3/2025).",
    "BPBD Kota Bekasi mencatat banjir melanda delapan kecamatan setelah Kali Bekasi meluap sejak Selasa dini hari.",
    'Wali Kota Bekasi Tri Adhianto mengatakan pemerintah kota menyiapkan dapur umum. "Bantuan logistik terus kami kirim," ujarnya.',
]
RETNO = [
    "JAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo pada Kamis (7/9/2023).",
    "Keduanya membahas kerja sama maritim dan rencana investasi Jepang di Ibu Kota Nusantara.",
    '"Jepang adalah mitra strategis Indonesia," kata Retno seusai pertemuan.',
]
# no publication date, and a date without a year: re-anchored on the collection's days
RETNO_UNDATED = "Menteri Luar Negeri Retno Marsudi tiba di Tokyo pada 5 September untuk kunjungan kerja selama tiga hari."


@pytest.fixture(scope="module")
def results(analyzer) -> list[Article | Rejection]:
    """A small run as ``analyze_items`` gathers it: articles and rejections in input order, duplicates rejected."""
    pages = [
        page(1, BANJIR, title="Banjir rendam ratusan rumah di Bekasi", published="2025-03-04T09:15:00+07:00",
             url="https://megapolitan.kompas.com/read/2025/03/04/banjir-bekasi", outlet="Kompas"),
        page(2, RETNO, title="Retno bertemu Menlu Jepang di Tokyo", published="2023-09-07T14:00:00+07:00",
             url="https://www.antaranews.com/berita/retno-tokyo", outlet="Antara"),
        page(3, RETNO_UNDATED, title="Retno tiba di Tokyo", url="https://example.id/retno-tiba"),
        page(4, BANJIR_LAGI, title="Pengungsi banjir Bekasi bertambah", published="2025-03-05T10:30:00+07:00",
             url="https://www.detik.com/jabar/berita/banjir-bekasi-pengungsi", outlet="detikcom"),
        page(5, "", title="Halaman kosong", url="https://example.id/kosong"),
        page(6, BANJIR, title="Banjir rendam ratusan rumah di Bekasi", published="2025-03-04T09:15:00+07:00",
             url="https://megapolitan.kompas.com/read/2025/03/04/banjir-bekasi", outlet="Kompas"),
    ]
    out = analysed(analyzer, pages)
    assert [type(r).__name__ for r in out] == ["Article", "Article", "Article", "Article", "Rejection", "Rejection"]
    assert out[5].reason.startswith("duplicate of")
    return out


@pytest.mark.parametrize("html_limit", [100, 2])
def test_the_streamed_outputs_are_byte_identical_to_the_in_memory_ones(analyzer, results, tmp_path, html_limit):
    expected = in_memory(results, tmp_path / "memory", analyzer.reanchor)
    out = tmp_path / "streamed"
    out.mkdir()
    (out / "report.html").write_text("an old report")
    run = write_streamed(iter(copy.deepcopy(results)), out, analyzer.reanchor, map_stories=through_pickle, html_limit=html_limit)

    written = (out / "analysis.json").read_bytes()
    assert written == expected
    document = json.loads(written)
    undated = next(a for a in document["articles"] if a["title"] == "Retno tiba di Tokyo")
    assert undated["timex_anchor"]["date"].startswith("2023")  # re-anchored on the Retno article's year
    assert any(len(s["articles"]) == 2 for s in document["stories"])  # the two Bekasi flood reports
    assert any(e["global_id"] for a in document["articles"] for e in a["entities"])
    assert run.articles == 4 and [r.source for r in run.rejected] == [r.source for r in results if isinstance(r, Rejection)]
    assert run.rows == [("Kompas", True, False), ("Antara", True, False), (None, False, False), ("Detik", True, False)]
    if html_limit >= 4:
        assert (out / "report.html").read_bytes() == (tmp_path / "memory" / "report.html").read_bytes()
        assert run.document == document and not run.notes
    else:
        assert not (out / "report.html").exists()
        assert run.document is None
        assert run.notes == [f"4 articles: report.html not written (over 2); analysis.json written streamed; removed the old {out / 'report.html'}"]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in run.written)


def test_the_temporary_files_are_removed_also_when_the_run_fails(results, tmp_path):
    spill = tmp_path / "spill"
    spill.mkdir()
    write_streamed(iter(copy.deepcopy(results)), tmp_path / "out", spill_dir=spill, html_limit=0)
    assert list(spill.iterdir()) == []
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["analysis.json"]

    def broken_input():
        yield from copy.deepcopy(results)[:3]
        raise OSError("input went away")

    with pytest.raises(OSError, match="input went away"):
        write_streamed(broken_input(), tmp_path / "out2", spill_dir=spill)
    assert list(spill.iterdir()) == []
    assert list((tmp_path / "out2").iterdir()) == []


def test_a_failed_story_stage_is_a_warning_as_in_memory(analyzer, results, tmp_path, monkeypatch):
    def add(self, record):
        raise RuntimeError("clusterer broke")

    monkeypatch.setattr(StoryClusterer, "add", add)
    expected = in_memory(results, tmp_path / "memory", analyzer.reanchor)
    write_streamed(iter(copy.deepcopy(results)), tmp_path / "streamed", analyzer.reanchor, html_limit=0)

    written = (tmp_path / "streamed" / "analysis.json").read_bytes()
    assert written == expected
    document = json.loads(written)
    assert document["warnings"] == ["stories not made: internal error in the story stage (RuntimeError: clusterer broke)"]
    assert document["stories"] == [] and document["threads"] == []
    assert [a["story"] for a in document["articles"]] == [None] * 4


def test_an_article_the_linking_fails_on_is_rejected_as_in_memory(analyzer, results, tmp_path):
    broken = copy.deepcopy(results)
    broken[1].entities = [*broken[1].entities, Entity("e99", None, None, None, [])]  # no name, no type: a bug upstream
    expected = in_memory(broken, tmp_path / "memory", None)
    run = write_streamed(iter(broken), tmp_path / "streamed", html_limit=0)

    written = (tmp_path / "streamed" / "analysis.json").read_bytes()
    assert written == expected
    document = json.loads(written)
    assert broken[1].id not in [a["id"] for a in document["articles"]]
    assert document["rejected"][-1]["source"] == broken[1].where
    assert document["rejected"][-1]["reason"].startswith("internal error while analysing (TypeError")
    assert run.articles == 3 and len(run.rows) == 3


def test_a_duplicate_let_through_is_rejected_not_made_a_second_article(results, tmp_path):
    items = copy.deepcopy(results)
    items.append(copy.deepcopy(items[0]))
    items[-1].source, items[-1].record = "lagi.jsonl", "L9"
    run = write_streamed(iter(items), tmp_path / "out", html_limit=0)
    document = json.loads((tmp_path / "out" / "analysis.json").read_bytes())
    assert [a["id"] for a in document["articles"]].count(items[0].id) == 1
    assert document["rejected"][-1] == {
        "source": items[-1].where,
        "reason": f"duplicate of {items[0].where} (same page, article id {items[0].id})",
    }
    assert run.articles == 4


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="the clusterer's helper process is forked")
def test_stories_clustered_with_a_helper_reading_ahead_are_written_byte_identical(analyzer, results, tmp_path, monkeypatch):
    import telisik.stories.cluster as cluster

    expected = in_memory(results, tmp_path / "memory", analyzer.reanchor)  # four articles: placed in one process
    asked = []
    add_all = StoryClusterer.add_all

    def spying(self, records, read_ahead=None):
        asked.append(read_ahead)
        return add_all(self, records, read_ahead)

    # as over a long run: the streamed collection reads its articles back lazily and a helper process reads them ahead
    monkeypatch.setattr(cluster, "PARALLEL_RECORDS", 1)
    monkeypatch.setattr(cluster, "can_read_ahead", lambda: True)
    monkeypatch.setattr(StoryClusterer, "add_all", spying)
    out = tmp_path / "streamed"
    out.mkdir()
    write_streamed(iter(copy.deepcopy(results)), out, analyzer.reanchor, map_stories=through_pickle)
    assert asked == [True]
    assert (out / "analysis.json").read_bytes() == expected
