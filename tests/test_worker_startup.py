"""The 2-worker command's start-up and story hand-out: the forkserver started before the heavy imports
(``cli._start_forkserver``), the stories described in blocks sized by the run and the workers
(``output.streamed.story_block_articles``), the output the same whatever the blocks."""

from __future__ import annotations

import ast
import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from telisik.output.streamed import BLOCK_ARTICLES, BLOCKS_PER_WORKER, story_block_articles, write_streamed
from telisik.records import Article, RawDocument, Rejection

BANJIR = [
    "DEPOK - Banjir setinggi satu meter merendam puluhan rumah di Kelurahan Pancoran Mas, Kota Depok, pada Senin (2/6/2025) malam.",
    "Kepala Pelaksana BPBD Kota Depok Denny Pratama mengatakan air mulai naik setelah hujan deras mengguyur sejak sore.",
    '"Kami sudah mengevakuasi 85 warga ke balai kelurahan," kata Denny kepada wartawan.',
]
BANJIR_SURUT = [
    "DEPOK - Banjir yang merendam Kelurahan Pancoran Mas, Kota Depok, mulai surut pada Selasa (3/6/2025) siang.",
    "BPBD Kota Depok mencatat 85 warga sempat mengungsi ke balai kelurahan akibat banjir sejak Senin malam.",
    'Denny Pratama mengatakan petugas membersihkan lumpur di jalan lingkungan. "Warga sudah mulai pulang," ujarnya.',
]
LIGA = [
    "BANDUNG - Persib Bandung menang 2-1 atas Dewa United di Stadion Gelora Bandung Lautan Api pada Minggu (1/6/2025).",
    "Dua gol Persib dicetak David da Silva pada babak kedua, sedangkan Dewa United membalas lewat sundulan Egy Maulana.",
    '"Anak-anak bermain disiplin sampai akhir," kata pelatih Persib Bojan Hodak seusai laga.',
]
KEBAKARAN = [
    "SURABAYA - Kebakaran melanda gudang plastik di Jalan Kenjeran, Surabaya, pada Sabtu (31/5/2025) dini hari.",
    "Kepala Dinas Pemadam Kebakaran Kota Surabaya Dedik Irianto mengatakan 12 unit mobil pemadam dikerahkan ke lokasi.",
    "Api berhasil dipadamkan sekitar tiga jam kemudian dan tidak ada korban jiwa dalam peristiwa itu.",
]


def _page(n: int, paragraphs: list[str], title: str, published: str) -> RawDocument:
    return RawDocument(source="berita.jsonl", kind="text", content="\n\n".join(paragraphs), record=f"L{n}",
                       given={"title": title, "published": published, "url": f"https://berita.example.id/{n}"})


@pytest.fixture(scope="module")
def results(analyzer) -> list[Article | Rejection]:
    pages = [
        _page(1, BANJIR, "Banjir rendam puluhan rumah di Depok", "2025-06-02T21:00:00+07:00"),
        _page(2, LIGA, "Persib tundukkan Dewa United", "2025-06-01T20:30:00+07:00"),
        _page(3, BANJIR_SURUT, "Banjir di Depok mulai surut", "2025-06-03T13:00:00+07:00"),
        _page(4, KEBAKARAN, "Gudang plastik di Surabaya terbakar", "2025-05-31T06:00:00+07:00"),
    ]
    out = list(analyzer.process_all(pages))
    assert all(isinstance(r, Article) for r in out)
    return out


def test_a_small_run_is_cut_into_a_few_blocks_a_worker():
    assert story_block_articles(300, 2) == 38  # 300 / (4 * 2), rounded up: eight blocks or so, four a worker
    assert story_block_articles(20, 4) == 2
    assert story_block_articles(3, 8) == 1  # never an empty block size


def test_a_large_run_or_one_process_keeps_the_full_blocks():
    assert story_block_articles(1_000_000, 2) == BLOCK_ARTICLES
    assert story_block_articles(300, 1) == BLOCK_ARTICLES  # one process: nothing to share out
    assert story_block_articles(300, 0) == BLOCK_ARTICLES
    assert story_block_articles(10_000, 2, most=200) == 200  # the Dask engine's ceiling (a task's records)
    assert story_block_articles(BLOCK_ARTICLES * BLOCKS_PER_WORKER * 2, 2) == BLOCK_ARTICLES


def _counting_map(calls: list[int]):
    def ordered(fn, blocks):
        for block in blocks:
            calls.append(len(block.stories))
            yield fn(block)

    return ordered


def test_the_stories_are_the_same_whatever_the_blocks(results, tmp_path):
    one, many = [], []
    write_streamed(iter(copy.deepcopy(results)), tmp_path / "one", map_stories=_counting_map(one), html_limit=0, workers=1)
    write_streamed(iter(copy.deepcopy(results)), tmp_path / "many", map_stories=_counting_map(many), html_limit=0, workers=4)

    assert len(one) == 1  # one process: every story in one block
    assert len(many) > 1 and sum(many) == sum(one)  # four workers: the stories shared out, none lost
    written = (tmp_path / "many" / "analysis.json").read_bytes()
    assert written == (tmp_path / "one" / "analysis.json").read_bytes()
    stories = json.loads(written)["stories"]
    assert any(len(s["articles"]) == 2 for s in stories)  # the two Depok flood reports, one story


# run in a fresh interpreter, since which modules are loaded when the forkserver starts is the point; the command
# stops where the forkserver would start, or where the analysis would begin
_PROBE = """
import sys
from telisik import cli

seen = []

def probe(modules):
    seen.append((list(modules), "spacy" in sys.modules, "telisik.engine.local" in sys.modules))
    stop()

def stop(*_):
    print(repr(seen))
    raise SystemExit(0)

cli._start_forkserver = probe
cli._analyze_streamed = stop
cli.main(sys.argv[1:])
"""


def _probe(tmp_path: Path, *options: str) -> list[tuple[list[str], bool, bool]]:
    page = tmp_path / "berita.txt"
    page.write_text("\n\n".join(BANJIR), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _PROBE, "analyze", str(page), "--out", str(tmp_path / "out"), "-q", *options],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return ast.literal_eval(done.stdout.strip())


def test_the_pool_forkserver_starts_before_the_engine_is_imported(tmp_path):
    from telisik.engine.pool import PRELOAD

    [(modules, spacy_loaded, engine_loaded)] = _probe(tmp_path, "--workers", "2")
    assert modules == PRELOAD  # the preload the pool sets itself: the same workers
    assert not spacy_loaded and not engine_loaded


def test_the_dask_cluster_forkserver_gets_distributed_and_the_pipeline(tmp_path):
    pytest.importorskip("distributed")
    from telisik.engine.pool import PRELOAD

    [(modules, spacy_loaded, _)] = _probe(tmp_path, "--workers", "2", "--engine", "dask")
    assert modules == ["distributed", *PRELOAD]
    assert not spacy_loaded


def test_one_worker_starts_no_forkserver(tmp_path):
    # one worker: no pool, the analysis in the command's process
    assert _probe(tmp_path, "--workers", "1") == []


def test_the_forkserver_is_running_with_the_preload_after_the_head_start(tmp_path):
    code = (
        "from telisik import cli; from multiprocessing import forkserver as f; cli._start_forkserver(['json']);"
        "print(f._forkserver._forkserver_pid is not None, f._forkserver._preload_modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "['json']"]
