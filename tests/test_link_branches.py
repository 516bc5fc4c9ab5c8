"""A region's branch of a body links to no other region's through the body's name without its place
("Badan Penanggulangan Bencana Daerah" of the Aceh Besar and the Jombang BPBD)."""

from __future__ import annotations

from telisik.collection.linking import link_across


def _ents(*rows: tuple[str, str, list[str]]) -> list[dict]:
    return [
        {"id": f"e{i}", "global_id": None, "name": n, "type": t, "mentions": [{"text": m, "start": 0, "end": len(m)} for m in ms]}
        for i, (n, t, ms) in enumerate(rows, start=1)
    ]


class Art:
    def __init__(self, aid: str, *rows: tuple[str, str, list[str]]):
        self.id, self.entities = aid, _ents(*rows)


def _ids(articles: list[Art]) -> list[str]:
    link_across(articles)
    return [a.entities[0]["global_id"] for a in articles]


def test_two_regions_branches_are_not_linked_by_the_bodys_name_alone():
    bpbd = "Badan Penanggulangan Bencana Daerah"
    articles = [
        Art("a1", (f"{bpbd} Aceh Besar", "ORG", [bpbd, "BPBD"])),
        Art("a2", (f"{bpbd} Kabupaten Jombang", "ORG", [bpbd, "BPBD", "BPBD Jombang"])),
        Art("a3", (f"{bpbd} Siak", "ORG", [bpbd, "BPBD"])),
    ]
    assert len(set(_ids(articles))) == 3


def test_one_regions_branch_still_links_by_its_own_name():
    articles = [
        Art("a1", ("Badan Penanggulangan Bencana Daerah Kabupaten Jombang", "ORG", ["Badan Penanggulangan Bencana Daerah", "BPBD Jombang"])),
        Art("a2", ("BPBD Jombang", "ORG", ["BPBD Jombang"])),
    ]
    assert len(set(_ids(articles))) == 1


def test_a_bodys_name_ending_in_no_place_still_links():
    # (a bare "Kementerian Luar Negeri" is any state's, a generic name that links nothing: test_links_round10)
    articles = [
        Art("a1", ("Kementerian Agama Direktorat Jenderal Bimas Islam", "ORG", ["Kementerian Agama"])),
        Art("a2", ("Kementerian Agama", "ORG", ["Kementerian Agama"])),
    ]
    assert len(set(_ids(articles))) == 1

