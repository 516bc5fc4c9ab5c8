"""Triggers that tell no happening but a rule, a generic cause or an occasion (``normative_cues.tsv``): what a
quoted law says of anyone ("Pasal itu menyatakan, 'Setiap orang yang ... melanggar larangan'"), a list of bare kinds
of cause ("mengungsi akibat perang, penganiayaan, dan bencana") and what an event is the setting for ("menjadi ajang
pertemuan"). The readers of the timelines found such entries among the day's happenings."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from telisik.lang import table

_MIN_KINDS = 3  # "perang, penganiayaan, dan bencana": two ("banjir dan longsor") often are the story's own


@cache
def _cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cue phrases of ``normative_cues.tsv`` by kind, as word tuples."""
    kinds: dict[str, list[tuple[str, ...]]] = {}
    for row in table("id", "normative_cues.tsv"):
        if len(row) > 1:
            kinds.setdefault(row[1], []).append(tuple(row[0].lower().split()))
    return {kind: tuple(phrases) for kind, phrases in kinds.items()}


def _phrase_at(low: Sequence[str], k: int, kind: str) -> bool:
    firsts = _first_words(kind)
    if firsts is not None and k >= 0 and (k >= len(low) or low[k] not in firsts):
        return False  # most words open no cue phrase: one set lookup instead of a slice per phrase
    return any(tuple(low[k : k + len(p)]) == p for p in _cues().get(kind, ()))


@cache
def _first_words(kind: str) -> frozenset[str] | None:
    """The first words of the cue phrases of one kind; None where a phrase has no words (it would match anywhere)."""
    phrases = _cues().get(kind, ())
    return None if any(not p for p in phrases) else frozenset(p[0] for p in phrases)


def told_by_a_rule(low: Sequence[str], s0: int, i: int) -> bool:
    """Whether, in the sentence opening at token ``s0``, a law or its part (kind rule_head) and after it a word of duty
    (kind duty) stand before the trigger at token ``i``: what the rule says of anyone, no happening."""
    head = next((k for k in range(s0, i) if _phrase_at(low, k, "rule_head")), None)
    return head is not None and any(_phrase_at(low, k, "duty") for k in range(head + 1, i))


@cache
def _list_separators() -> frozenset[str]:
    """A comma and the words joining the items of a list (kind list_joiner: "dan", "atau")."""
    return frozenset({",", *(p[0] for p in _cues().get("list_joiner", ()) if len(p) == 1)})


def _bare_kind(low: Sequence[str], raw: Sequence[str], k: int) -> bool:
    return 0 <= k < len(low) and raw[k].isalpha() and raw[k].islower() and low[k] not in _list_separators()


def in_list_of_causes(low: Sequence[str], raw: Sequence[str], i: int, j: int) -> bool:
    """Whether the one-word trigger at token ``i`` (ending before ``j``) is an item of a list of at least three bare
    one-word kinds right after a word of cause (kind cause): "akibat perang, penganiayaan, dan bencana"."""
    if j != i + 1 or not _bare_kind(low, raw, i):
        return False
    first, items = i, 1
    while True:  # back over ", kind", "dan kind", ", dan kind"
        k = first - 1
        while k >= 0 and low[k] in _list_separators():
            k -= 1
        if k == first - 1 or not _bare_kind(low, raw, k):
            break
        first, items = k, items + 1
    if not (first > 0 and _phrase_at(low, first - 1, "cause")):
        return False
    last = i
    while True:
        k = last + 1
        while k < len(low) and low[k] in _list_separators():
            k += 1
        if k == last + 1 or not _bare_kind(low, raw, k):
            break
        last, items = k, items + 1
    # the list must end there: "akibat perang, penganiayaan, dan bencana." but not "... dan serangan Israel"
    closed = last + 1 >= len(low) or not low[last + 1].isalnum()
    return items >= _MIN_KINDS and closed


def an_occasion_for(low: Sequence[str], i: int) -> bool:
    """Whether a word naming a setting (kind occasion) stands right before the nominal trigger at token ``i``: "menjadi
    ajang pertemuan tokoh" tells what a party was the setting for, not a meeting."""
    return i > 0 and _phrase_at(low, i - 1, "occasion")
