"""One fact key for the forms of one word across a story's sentences, whatever affixes they carry.

The summary keys a sentence's facts by a word's stem (``summary._root``), which takes one prefix and one suffix off:
"memperpanjang" keeps "per-" ("erpanjang") where "perpanjangan" loses it ("anjang"), "pengawasannya" keeps "-an"
("awasan") where "pengawasan" loses it ("awas"). Two outlets telling one fact with the verb and its noun ("memperpanjang
izin tinggal" / "perpanjangan izin tinggal") then share less of their facts than they do, and the summary gives both.
Here two words are one when the roots they may have (``telisik.lang.roots.root_candidates``: the word, it without a
suffix, without a prefix) share a long one: "perpanjang" is a root of both, "pengawasan" of "pengawasannya".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from telisik.lang import table
from telisik.lang.roots import root_candidates

# a shared root this long at least makes two words one: a short one is too often two roots' ("rusia" of "Rusia"
# and of "berusia", "jamin" of "menjamin" and of "Benjamin")
MIN_SHARED_ROOT = 6


@cache
def listed_keys() -> dict[str, str]:
    """Word -> its fact key, for the words the stemmer would read as another word's forms (``summary_word_keys.tsv``):
    "perdana" is its own key, not "dana"'s; "bertemu" and "pertemuan" share "pertemuan", apart from "ditemukan"."""
    return {row[0]: (row[1] if len(row) > 1 and row[1] else row[0]) for row in table("id", "summary_word_keys.tsv") if row and row[0]}


class _Groups:
    """Union-find over strings."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        parent = self.parent.setdefault(item, item)
        if parent != item:
            parent = self.parent[item] = self.find(parent)
        return parent

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller string heads the group: the same key whatever order the words come in
            self.parent[max(ra, rb)] = min(ra, rb)


def key_merges(story_words: Iterable[str], key: Callable[[str], str]) -> dict[str, str]:
    """Fact key -> the key that stands for it: the keys (``key(word)``) of words that share a root of
    ``MIN_SHARED_ROOT`` letters or more become one, the smallest of them. Keys that stay alone are left out."""
    groups = _Groups()
    keys: set[str] = set()
    for word in set(story_words):
        own = "k:" + key(word)
        keys.add(own)
        if word in listed_keys():
            continue  # (its roots are another word's: "pertemuan" is no form of "temuan")
        for root in root_candidates(word):
            # a root with the letter a nasal prefix swallowed put back is left out: "pengawasan" would give "kawasan"
            if len(root) >= MIN_SHARED_ROOT and root in word:
                groups.union(own, "r:" + root)
    # the key each group of keys takes: its smallest key (a root node heads a group only when it sorts first)
    heads: dict[str, str] = {}
    for own in sorted(keys):
        heads.setdefault(groups.find(own), own)
    return {own[2:]: heads[groups.find(own)][2:] for own in keys if heads[groups.find(own)] != own}
