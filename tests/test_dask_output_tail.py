"""The Dask engine's output stage ends together on the workers: story blocks smaller towards the end, the largest
stories first (``streamed.story_blocks``), and report.html rendered on a worker from the described blocks as soon as
the threading is known (``batch.render_described``), byte for byte the page the document renders."""

from __future__ import annotations

import json

import pytest

from dask_clusters import local_client
from telisik.engine import batch
from telisik.output.render import write_outputs
from telisik.output.streamed import TAIL_FRACTION, story_block_articles, story_blocks

distributed = pytest.importorskip("distributed")

# stories in their final order: two large ones, a few of some articles, then many of one
SIZES = [60, 40, 12, 9, 7, 5, 4, 3, 3, 2, 2, 2] + [1] * 150


def _articles(blocks: list[int], sizes: list[int]) -> list[int]:
    out, start = [], 0
    for count in blocks:
        out.append(sum(sizes[start : start + count]))
        start += count
    return out


def test_story_blocks_keep_every_story_whole_and_in_order():
    blocks = story_blocks(SIZES, workers=2, most=200)
    assert sum(blocks) == len(SIZES) and all(count > 0 for count in blocks)
    assert _articles(blocks, SIZES)[0] == 60  # the largest story first, alone: more than a block's share with the next


def test_the_last_story_blocks_are_small():
    full = story_block_articles(sum(SIZES), 2, 200)
    articles = _articles(story_blocks(SIZES, workers=2, most=200), SIZES)
    assert full == 38  # 302 articles / (4 blocks x 2 workers): equal blocks of 38 ended the run before
    # the two large stories alone, then full blocks, then each at most a quarter of what is left (half a worker's
    # share), down to an eighth of a full block: what one worker may describe alone at the end
    assert articles == [60, 40, 37, 38, 31, 24, 18, 13, 10, 7, 6, 5, 5, 5]
    assert all(n <= -(-full // TAIL_FRACTION) for n in articles[-3:])


def test_one_worker_keeps_full_blocks():
    assert story_blocks([1] * 300, workers=1, most=200) == [200, 100]
    assert story_blocks([], workers=2) == []


ARTICLES = [
    {
        "id": f"banjir-{n}",
        "title": title,
        "outlet": outlet,
        "published": f"2025-04-1{n}T08:00:00+07:00",
        "body": body,
        "entities": [],
        "story": story,
    }
    for n, (title, outlet, body, story) in enumerate(
        [
            ("Banjir Rendam Ratusan Rumah di Lebak", "kompas.com", "Banjir merendam ratusan rumah warga di Lebak, Banten.", "S1"),
            ("Warga Lebak Mengungsi Akibat Banjir", "detik.com", "Ratusan warga Lebak mengungsi ke balai desa karena banjir.", "S1"),
            ("Harga Cabai Naik di Pasar Serang", "tempo.co", "Harga cabai rawit di Pasar Serang naik menjadi Rp80.000.", "S2"),
        ]
    )
]


@pytest.fixture(scope="module")
def client():
    yield from local_client(1, processes=False)


def _described(client):
    """The stories of ``ARTICLES`` described in two blocks on the cluster (``describe_block``), as the writer starts them."""
    from telisik.stories.similarity import DocumentFrequencies

    df = DocumentFrequencies()
    snapshot = (df.n_seen, df.seen)
    placed = [batch.Placement(a["story"], 0 if a["story"] == "S1" else 1, int(a["story"][1]), n % 2) for n, a in enumerate(ARTICLES)]
    payload = [(p.block, p, a) for p, a in zip(placed, ARTICLES, strict=True)]
    return [client.submit(batch.describe_block, [(b, [x for x in payload if x[0] == b])], b, snapshot, pure=False) for b in (0, 1)]


def _writer(client, out):
    finals = [client.scatter([[(i, a, None) for i, a in enumerate(ARTICLES)]])[0]]
    driver = batch._Driver(client, [], {}, 200, None, None)
    writer = batch._Writer(driver, batch._Stories(finals, [0, 1], None, []), [], out)
    writer.head, writer.rejected = {"telisik_version": "test"}, [{"source": "kosong.html", "reason": "no article text"}]
    writer.start_stories = lambda: batch._Background(lambda: _described(client))
    return writer


def test_report_is_rendered_from_the_described_blocks_as_the_document_renders_it(client, tmp_path, monkeypatch):
    submitted = []
    submit = client.submit
    monkeypatch.setattr(client, "submit", lambda fn, *a, **k: submitted.append(fn) or submit(fn, *a, **k))
    out = tmp_path / "dask"
    _writer(client, out).whole()
    assert batch.render_described in submitted and batch.render_document not in submitted
    document = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in document["stories"]] == ["S1", "S2"]
    write_outputs(document, tmp_path / "local")
    assert (out / "report.html").read_bytes() == (tmp_path / "local" / "report.html").read_bytes()
    assert "Banjir Rendam Ratusan Rumah" in (out / "report.html").read_text(encoding="utf-8")
