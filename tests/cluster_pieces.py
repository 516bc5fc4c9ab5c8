"""Pieces written by hand for the story clustering tests: the record ``cluster_articles`` reads of one outlet's
article (its headline, text, time and the names found in it). A test file whose pieces are all of one outlet or one
day binds those once: ``piece = partial(cluster_pieces.piece, outlet=..., day=...)``."""

from __future__ import annotations

from collections.abc import Sequence


def piece(
    id_: str,
    title: str,
    body: str,
    names: Sequence[tuple[str, str]] = (),
    *,
    outlet: str = "Warta Kota",
    day: str = "2025-06-19",
    hour: int = 10,
    mentions: int = 3,
) -> dict:
    """A piece of ``outlet`` published on ``day`` (YYYY-MM-DD) at ``hour`` o'clock WIB; each of its ``names`` is a
    (name, type) entity mentioned ``mentions`` times."""
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": f"{day}T{hour:02d}:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": mentions} for n, t in names],
    }
