"""A vessel seized at sea told by one outlet with "membajak" and by another as "dinaiki pasukan": one fact
(``summary_synonyms.txt``), while a bus boarded by its passengers stays a boarding."""

from __future__ import annotations

from typing import Any

from summary_selection import rated_selection, restates
from telisik.stories.summary import fact_text


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


_SEIZED = "Pasukan Israel telah membajak dan mengambil alih kapal bantuan yang mencoba menembus blokade laut di Jalur Gaza."
_BOARDED = "Namun, panitia pelayaran mengatakan melalui akun Instagramnya, kapal itu dinaiki pasukan Israel pada malam hari sebelum mencapai pantai."


def test_a_vessel_boarded_by_troops_is_the_vessel_seized():
    selection = rated_selection([_article("a", "Okezone", [_SEIZED]), _article("b", "Detik", [_BOARDED])])
    assert restates(selection, "dinaiki pasukan Israel", "membajak dan mengambil alih")


def test_a_bus_boarded_by_its_passengers_is_no_seizure():
    told = fact_text("Bus itu dinaiki puluhan penumpang dari Terminal Pulogebang pada Senin pagi.", {})
    assert "dinaiki" in told and "bajak" not in told
    assert "bajak" in fact_text("Kapal itu dinaiki pasukan Israel pada malam hari.", {})
