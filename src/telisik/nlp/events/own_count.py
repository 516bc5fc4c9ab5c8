"""The count a trigger's own predicate writes, when it shares the participant noun of the predicate before it.

"dua orang meninggal dunia dan enam lainnya luka-luka": the injury takes "orang" from the death's subject, but its count
is the six of its own predicate, not the two dead; "menewaskan enam orang dan melukai puluhan lainnya": the injured are
tens, no number; "Satu korban meninggal dunia, dan 3 orang mengalami luka": the three people after the comma are the
injury's, the death counts one. The words are in ``lang/id/own_count_words.tsv``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from telisik.lang import words_by_role

NumberBefore = Callable[[int], "int | None"]  # the number right before a token ("enam" of "enam lainnya"), else None
_AFTER_OTHER = 2  # words between "lainnya" and the trigger: "enam lainnya mengalami luka-luka"
_AFTER_TRIGGER = 4  # words from an active trigger to its own "lainnya": "melukai lebih dari 1.000 lainnya"


@cache
def _words() -> dict[str, frozenset[str]]:
    return words_by_role("id", "own_count_words.tsv")


def _role(word: str, role: str) -> bool:
    return word in _words().get(role, frozenset())


Span = tuple[int, int]  # (first token, end token)


def own_count(
    low: Sequence[str],
    raw: Sequence[str],
    noun: Span,
    trigger: Span,
    after: int | None,
    number: NumberBefore,
    predicate: bool = False,
) -> tuple[int | None] | None:
    """The count of the trigger at tokens ``trigger`` (first, end) whose participant noun is at tokens ``noun``, when its
    own predicate writes one after a separator ("dan enam lainnya luka-luka": (6,); "dan ratusan lainnya": (None,), a
    vague quantity), or when the noun after it is another predicate's ("Satu korban meninggal dunia, dan 3 orang ...":
    the number before the trigger, (1,)); None when the noun's own count is the trigger's. ``after``: for an active
    trigger, the first token of the participant noun after it ("melukai satu orang"), -1 when none; None for any other.
    ``predicate``: the noun is itself another trigger ("sedikitnya 24 korban jiwa dan ratusan luka-luka"). ``raw``: the
    tokens as written, ``low`` in lower case."""
    (k0, k1), (i, j) = noun, trigger
    active = after is not None
    if k1 <= i:
        # a word between the noun and the separator, its predicate ("dua orang tewas dan ..."), unless the trigger is an
        # active verb whose object it is not ("menewaskan dua orang dan melukai ...") or the noun is a predicate itself
        # ("24 korban jiwa dan ratusan luka-luka"): "Tiga siswa dan dua lainnya" is one list, and so is "Tiga warga
        # Indonesia dan dua lainnya": a name after the noun is no predicate
        shared = not (active or predicate)
        sep = _last_separator(low, k1 + 1 if shared else k1, i)
        if sep is None or (shared and _names_only(raw, k1, sep, i)):
            return None
        found = _quantity_before(low, sep, i, number)
        if found is None and active:
            found = _quantity_after(low, j, after, number)  # "menewaskan dua orang dan melukai satu orang"
        return found
    # "Satu korban meninggal dunia, dan 3 orang mengalami luka": the three are others, the trigger counts its own one
    # (not "Akibat tawuran, satu orang warga ... tewas": no count before it, the people after the comma are its own)
    sep = _last_separator(low, j, k0) if k0 >= j else None
    if sep is None or k0 - sep < 2 or not (_role(low[k0 - 1], "vague") or number(k0) is not None):
        return None
    own = number(i)
    return (own,) if own is not None else None


def _names_only(raw: Sequence[str], lo: int, hi: int, i: int) -> bool:
    """Whether tokens lo..hi are all names, written capitalised ("Indonesia", "SMA" of "tiga warga Indonesia dan ..."):
    words of the noun's phrase, no predicate of it; not in a title, which capitalises the trigger at token ``i`` too
    ("2 Orang Tewas dan 5 Lainnya Luka-luka")."""
    return raw[i][:1].islower() and all(raw[k][:1].isupper() for k in range(lo, hi))


def _last_separator(low: Sequence[str], lo: int, hi: int) -> int | None:
    """The last separator in tokens lo..hi, None if there is none."""
    return next((k for k in range(hi - 1, lo - 1, -1) if _role(low[k], "separator")), None)


def _quantity_before(low: Sequence[str], sep: int, i: int, number: NumberBefore) -> tuple[int | None] | None:
    """The quantity between the separator at ``sep`` and the trigger at ``i``, before "lainnya" ("dan lebih dari 1.000
    lainnya terluka", "dua di antaranya tewas") or right before the trigger ("dan belasan luka-luka"); None when none stands there."""
    other, width = next(((k, n) for k in range(sep + 2, i) for n in (1, 2) if _role(" ".join(low[k : k + n]), "other")), (None, 0))
    if other is not None and i - other - width > _AFTER_OTHER:
        return None
    anchor = other if other is not None else i
    if anchor - sep < 2:
        return None
    if _role(low[anchor - 1], "vague") or _role(" ".join(low[anchor - 2 : anchor]), "vague"):
        return (None,)
    value = number(anchor)
    return (value,) if value is not None else None


def _quantity_after(low: Sequence[str], j: int, after: int | None, number: NumberBefore) -> tuple[int | None] | None:
    """The quantity right after an active trigger ending at token ``j``, before "lainnya" or the participant noun at
    token ``after`` (-1: none): "melukai puluhan lainnya" (None,), "melukai 20 lainnya", "melukai 20 orang" (20,); None
    when neither follows near it."""
    near = range(j + 1, min(len(low), j + _AFTER_TRIGGER + 1))
    other = next((k for k in near if _role(low[k], "other") or k == after), None)
    if other is None or _last_separator(low, j, other) is not None:
        return None
    if _role(low[other - 1], "vague"):
        return (None,)
    value = number(other)
    return (value,) if value is not None else None
