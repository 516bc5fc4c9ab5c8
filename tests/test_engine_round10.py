"""Round 10 of the engine: the Dask driver writes analysis.json from the text the workers encode (``writers.json_item``,
``write_json_items``), which must be json.dumps' bytes for any document, and it asks the scheduler whether a worker is
left every few seconds, not on every poll."""

from __future__ import annotations

import json
import time

import pytest

from telisik.engine import batch
from telisik.output.render import write_jsonl
from telisik.output.writers import json_item, json_items, write_json_items

ARTICLES = [
    {
        "id": "longsor-garut-1",
        "title": "Longsor Timbun Dua Rumah di Garut, Warga Mengungsi",
        "published": "2025-03-02T21:15:00+07:00",
        "body": "Tebing setinggi 15 meter runtuh usai hujan deras.\nKepala BPBD menyebut tak ada korban jiwa.",
        "authors": [],
        "entities": [{"id": "1", "name": "Garut", "type": "LOC", "mentions": [{"text": "Garut", "start": 28}]}],
        "story": None,
    },
    {
        "id": "longsor-garut-2",
        "title": "BPBD: Warga Diminta Waspada \u201cLongsor Susulan\u201d",
        "published": None,
        "body": "Petugas memasang garis pembatas \u2014 jalan desa ditutup sementara. Harga cabai Rp45.000/kg.",
        "authors": ["Asep S\u00e9tiawan"],
        "entities": [],
        "story": "S1",
    },
]
DOCUMENT = {
    "telisik_version": "0.test",
    "rejected": [],
    "articles": ARTICLES,
    "entities": [{"id": "E1", "name": "Garut", "type": "LOC", "articles": ["longsor-garut-1"], "aliases": {}}],
    "stories": [{"id": "S1", "articles": ["longsor-garut-2"], "thread": None}],
    "threads": [],
    "warnings": ["the story stage failed: test"],
}
LISTS = ("rejected", "articles", "entities", "stories", "threads")


def _written(tmp_path, pieces: dict[str, list[str]]) -> bytes:
    path = tmp_path / "analysis.json"
    head = {"telisik_version": DOCUMENT["telisik_version"]}
    write_json_items(path, head, [(name, pieces[name]) for name in LISTS], {"warnings": DOCUMENT["warnings"]})
    return path.read_bytes()


def _expected(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def test_items_encoded_one_by_one_are_json_dumps_bytes(tmp_path):
    pieces = {name: [json_item(v) for v in DOCUMENT[name]] for name in LISTS}
    assert _written(tmp_path, pieces) == _expected(DOCUMENT)


def test_a_partition_encoded_whole_and_an_empty_one_are_json_dumps_bytes(tmp_path):
    # the articles come a partition at a time: two articles in one piece, a partition with none in between
    pieces = {name: [json_items(DOCUMENT[name])] for name in LISTS}
    pieces["articles"] = [json_items(ARTICLES[:1]), json_items([]), json_items(ARTICLES[1:]), ""]
    assert _written(tmp_path, pieces) == _expected(DOCUMENT)


def test_a_document_with_no_head_no_tail_and_empty_lists(tmp_path):
    path = tmp_path / "analysis.json"
    write_json_items(path, {}, [("articles", iter([])), ("stories", [""])])
    assert path.read_bytes() == _expected({"articles": [], "stories": []})
    write_json_items(path, {}, [])
    assert path.read_bytes() == _expected({})


def test_a_partitions_lines_are_write_jsonls(tmp_path):
    expected = tmp_path / "articles.jsonl"
    write_jsonl(expected, ARTICLES)
    final = [(i, a, None) for i, a in enumerate(ARTICLES)]
    assert batch.article_lines(final).encode("utf-8") == expected.read_bytes()
    assert batch.article_lines([]) == ""


def test_a_partitions_text_is_its_articles_items():
    final = [(i, a, None) for i, a in enumerate(ARTICLES)]
    assert batch.article_texts(final) == json_item(ARTICLES[0]) + ",\n" + json_item(ARTICLES[1])


def test_the_scheduler_is_asked_for_workers_every_few_seconds_not_every_poll():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    try:
        with distributed.Client(cluster) as client:
            asked = []
            ask = client.scheduler_info
            client.scheduler_info = lambda **kw: asked.append(kw) or ask(**kw)
            slow = client.submit(time.sleep, 1.5, pure=False)
            started = time.monotonic()
            assert list(batch.completed(client, [slow], poll_seconds=0.02, check_seconds=60.0)) == [slow]
            assert time.monotonic() - started >= 1.4
            # some 75 polls while the task ran: one question, and of one worker's description only
            assert asked == [{"n_workers": 1}]
    finally:
        cluster.close()

