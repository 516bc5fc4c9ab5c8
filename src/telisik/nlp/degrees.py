"""Degrees written after a person's name ("dr. Citra Amelinda, Sp.A, M.Kes"; ``lang/id/degrees.txt``), in one
place for the entities (no name inside a run of them) and the quotes (no speaker that is one). A degree's dots,
and the space after them, are optional ("S.H." = "SH" = "S. H"), and a subspecialty or consultant mark may follow
it ("Sp.PD-KGEH", "Sp.JP(K)")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

_MARK = r"(?:-[A-Z]{1,6}|\([A-Z]{1,3}\))"


def folded_degree(text: str) -> str:
    """A degree without its dots and spaces, in lower case: "S.H." and "SH" are one."""
    return re.sub(r"[.\s]+", "", text).lower()


def folded_degrees(degrees: Iterable[str]) -> frozenset[str]:
    return frozenset(folded_degree(d) for d in degrees)


def is_degree(words: list[str], folded: frozenset[str]) -> bool:
    """The words are one degree ("Sp.A", "M. Kes", "ASEAN Eng"), with or without its mark; ``folded`` from
    ``folded_degrees``."""
    written = re.sub(_MARK + "$", "", " ".join(words).rstrip(" ,."))
    return bool(words) and folded_degree(written) in folded


@cache
def degree_run(degrees: frozenset[str]) -> re.Pattern[str]:
    """A run of degrees after a name and its comma: ", Sp.A, M.Kes", ", S.H., LL.M., Ph.D."."""

    def form(degree: str) -> str:
        parts = [re.escape(p) for p in re.split(r"[.\s]+", degree) if p]
        return r"\.?\s?".join(parts) + r"\.?"

    one = "(?:" + "|".join(form(d) for d in sorted(degrees, key=len, reverse=True)) + rf"){_MARK}?"
    return re.compile(rf"(?<=[a-z]),\s*{one}(?:\s*,?\s*{one})*(?![\w-])")
