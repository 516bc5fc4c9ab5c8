"""What the Dask driver holds per article (issue 19), and that holding less changes no output.

The driver holds each partition's linker nodes flat (``_Nodes``). (The folding linker and the threading's profile
store come with ``linking.patch`` and ``threads.patch``, and their tests with ``driver_fold.patch``.)
"""

from __future__ import annotations

from telisik.engine.batch import _Nodes


def test_nodes_held_flat_give_each_articles_nodes_back():
    nodes = _Nodes()
    for article in ([0, 1, None], [], [2], [None, 70_000, 3]):
        nodes.append(article)
    assert list(nodes) == [[0, 1, None], [], [2], [None, 70_000, 3]]
    assert len(nodes.flat) == 7
