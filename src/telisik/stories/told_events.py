"""The happenings a summary sentence tells, as its article's analysis found them: each event's type and parties.

Two outlets' sentences that report an event of a type a party has once in a story about the same party ("Ara tiba
di gedung KPK" / "Ara menyambangi gedung KPK", "Wings Air membatalkan 25 penerbangan" / "Wings Air resmi mengumumkan
pembatalan") tell one happening, in whatever words and with whatever detail more: a summary that gives both repeats
it. The analysis's events have passed its checks (a named party, no forecast, no denial), unlike a word of happening
anywhere in a sentence ("terdampak erupsi" in a sentence on ferries), so they say what a sentence reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from telisik.lang import table, word_list

# an event is (its type, the roots of its parties' name words)
Told = tuple[str, frozenset[str]]


@cache
def _single_events() -> frozenset[str]:
    """The event types a party has one of in a story (``summary_single_events.txt``): a meeting, an arrest, a death."""
    return frozenset(word_list("id", "summary_single_events.txt"))


def told_again(events: Iterable[Told], told: Iterable[Told]) -> bool:
    """Every event of a sentence (one at least) is one already told: the same type, one a party has once in a story
    (not a claim, a deal, a strike: a party makes many), and a party in common."""
    single = _single_events()
    events, told = list(events), list(told)
    return bool(events) and all(kind in single and _of_one_told(kind, parties, told) for kind, parties in events)


def _of_one_told(kind: str, parties: frozenset[str], told: list[Told]) -> bool:
    """Whether a told event has this type and a party in common with these parties."""
    return any(kind == k and parties & p for k, p in told)


def same_claim(events: Iterable[Told], told: Iterable[Told]) -> bool:
    """An event of the sentence is one a party makes many of (a warning, a claim, a deal: not ``summary_single_events.txt``)
    whose type and a party a told sentence's event shares: the same claim when what the two say of it is shared too
    (the caller weighs that: "IRIB mendesak warga menghapus WhatsApp" / "Televisi Iran menyerukan publik menghapus
    WhatsApp", not "Iran memperingatkan AS" / "Iran memperingatkan warganya menjauhi pangkalan")."""
    single = _single_events()
    told = list(told)
    return any(kind not in single and _of_one_told(kind, parties, told) for kind, parties in events)


@cache
def _time_names(root: Callable[[str], str]) -> frozenset[str]:
    """The roots of the weekdays', months' and time zones' names: written with a capital, they name no party."""
    names = {row[0] for name in ("weekdays.tsv", "months.tsv", "timezones.tsv") for row in table("id", name) if row and row[0]}
    return frozenset(root(n.lower()) for n in names)


@cache
def flagged_classes(flag: str) -> frozenset[str]:
    """The kinds of happening ``summary_fact_classes.tsv`` gives a flag: "parties", those one party has only one of
    (a match's result); "empty", those whose words say only that people took notice."""
    return frozenset(row[1] for row in table("id", "summary_fact_classes.tsv") if len(row) > 2 and flag in row[2].split(","))


def party_names(keys: Iterable[str], root: Callable[[str], str]) -> frozenset[str]:
    """The names among a sentence's keys (names and figures, a figure "#"-marked) but the names of times ("Kamis", "WIB")."""
    times = _time_names(root)
    return frozenset(k for k in keys if not k.startswith("#") and k not in times)


def same_outcome(kinds: frozenset[str], names: frozenset[str], told_kinds: frozenset[str], told_names: frozenset[str]) -> bool:
    """A sentence reporting a happening of a one-per-party kind (a result) that a told sentence reports of a party both
    name: "Botafogo menang 1-0" after "PSG kalah dari Botafogo". It must report no other kind of happening (a reaction
    to the result is a fact of its own)."""
    outcome = kinds & flagged_classes("parties")
    return bool(outcome) and kinds <= told_kinds and bool(names & told_names)
