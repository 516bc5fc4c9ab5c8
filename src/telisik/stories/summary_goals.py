"""Goals a summary sentence tells in prose with no minute, by the scorer it names: "Tandukan Kolo Muani menembus
gawang Rui Patricio", "Umpan silang Alberto Costa ditanduk oleh Kolo Muani ke pojok kanan gawang". ``match_facts``
reads a goal only with its minute; outlets telling one match often give the same goal without one, each in its own
words (a header "menembus gawang" / "ditanduk ... ke gawang"), and a summary drawing on both tells the goal twice. A
miss ("nyaris", "membentur mistar": ``match_facts.tsv``'s "not_goal" cues) tells no goal."""

from __future__ import annotations

import re
from functools import cache

from telisik.lang import table
from telisik.pages.dates import alternation
from telisik.stories.match_facts import Goal

# a player's name as written: one to three capitalised words ("Kolo Muani", "Randal Kolo Muani", "Tjoe-A-On")
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|(?:van|de|der|da|dos)(?=\s+[A-Z]))){0,3}"
# the minute a goal is scored in, as ``match_facts`` writes it ("menit ke-11", "11'"): such a goal it reads itself
_MINUTE = re.compile(r"\bmenit\s+(?:ke\s*-?\s*)?\d|\d\s*['’′]", re.IGNORECASE)


@cache
def _phrases(kind: str, source: str = "summary_goal_finishes.tsv") -> tuple[str, ...]:
    return tuple(row[1] for row in table("id", source) if row[0] == kind and len(row) > 1)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The scorer after a finish ("sundulan X", "ditanduk oleh X"), a goal-mouth word, and a miss."""
    finish = alternation(_phrases("noun") + _phrases("passive"))
    scorer = re.compile(rf"(?<!\w)(?i:{finish})\s+(?:(?i:oleh)\s+)?(?P<name>{_NAME})")
    mouth = re.compile(rf"(?<!\w)(?:{alternation(_phrases('mouth'))})(?!\w)", re.IGNORECASE)
    missed = _phrases("not_goal", "match_facts.tsv") + _phrases("miss")
    miss = re.compile(rf"(?<!\w)(?:{alternation(missed)})(?!\w)", re.IGNORECASE)
    return scorer, mouth, miss


def prose_goals(text: str) -> tuple[Goal, ...]:
    """The goals a sentence tells in prose with no minute, each by its one scorer (the minute left empty): a finish
    and its scorer ("sundulan Kolo Muani"), a goal-mouth word ("gawang", "gol"), no miss and no minute."""
    scorer, mouth, miss = _patterns()
    if _MINUTE.search(text) or not mouth.search(text) or miss.search(text):
        return ()
    names = dict.fromkeys(m["name"] for m in scorer.finditer(text))
    return tuple(Goal(name, "", "") for name in names) if len(names) == 1 else ()
