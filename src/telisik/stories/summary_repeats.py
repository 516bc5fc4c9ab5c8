"""Two sentences of a story that tell one fact although they share few words: what a summary must not give twice.

- a scorer list and a sentence on one of its goals: "Lima gol Juventus disumbangkan oleh Randal Kolo Muani (11', 45+4'),
  ..." after "Randal Kolo Muani membuka skor ... pada menit ke-11" tells the first goal again (the goals as
  ``match_facts`` reads them: scorer and minute);
- an arrest, a charge or a verdict of the story's suspect, told by one sentence with "pelaku" and by another with
  "tersangka" ("Polisi menangkap pelaku pembunuhan" / "Tersangka tak berkutik saat ditangkap Satreskrim, Kamis"):
  the event types of ``summary_role_events.txt``, whose party a story names by a role word, are one happening in a
  story unless the two sentences name two different parties;
- a quote, or words tagged with their speaker, telling a happening another sentence told of the same parties: "\"...
  kami mengonfirmasi bahwa pengemudi telah diblokir ...,\" tambahnya" after "Lalamove menegaskan, driver ... sudah
  diblokir sejak bulan lalu" (a confirmation or an agreement around a happening frames it and is no happening of
  its own: ``summary_frame_events.txt``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from telisik.lang import word_list
from telisik.stories.article import StoryArticle, fact_field
from telisik.stories.match_facts import Goal, close_minutes, goals_of, same_player
from telisik.stories.similarity import words

# an event as a sentence tells it: its type and the roots of its named parties (none when it names none)
KindParties = tuple[str, frozenset[str]]


@cache
def frame_kinds() -> frozenset[str]:
    """The kinds of happening that only frame another the sentence tells ("membenarkan adanya kecelakaan":
    ``summary_frame_events.txt``)."""
    return frozenset(word_list("id", "summary_frame_events.txt"))


def without_frames(kinds: frozenset[str]) -> frozenset[str]:
    """The kinds a sentence reports but those that only frame another of them: "Polisi membenarkan adanya kecelakaan"
    reports the accident; "Polisi membenarkan kabar itu" stays a confirmation."""
    framed = kinds - frame_kinds()
    return framed or kinds


@cache
def single_kinds() -> frozenset[str]:
    """The event types a party has one of in a story (``summary_single_events.txt``): a meeting, an arrest, a death."""
    return frozenset(word_list("id", "summary_single_events.txt"))


@cache
def role_events() -> frozenset[str]:
    """The event types a story has one of for its suspect, whoever the sentence calls him (``summary_role_events.txt``)."""
    return frozenset(word_list("id", "summary_role_events.txt"))


def sentence_goals(text: str) -> tuple[Goal, ...]:
    """The goals a sentence tells (scorer and minute), read as ``match_facts`` reads a report's."""
    if not any(char.isdigit() for char in text):  # (a goal's minute is written in digits: most sentences have none)
        return ()
    alone = StoryArticle(
        id="", title=None, body=text, outlet=None, published="", day=None, dateline="", sentences=[], events=[], timexes=[]
    )
    return tuple(goals_of(alone, frozenset()))


def same_goal(goals: Iterable[Goal], told: Iterable[Goal]) -> bool:
    """A goal of one sentence is one of the other's: the same scorer, at a close minute."""
    told = list(told)
    return any(same_player(g.scorer, t.scorer) and close_minutes(g.minute, t.minute) for g in goals for t in told)


def sentence_role_events(article: StoryArticle, text: str, root: Callable[[str], str], common: frozenset[str]) -> tuple[KindParties, ...]:
    """The events of the role types that the article's analysis found in the sentence, each with its named parties'
    roots (none for "pelaku", "tersangka"): the analysis's checks (no forecast, no denial) have passed them."""
    out = []
    for event in article.events:
        kind, sentence, who = fact_field(event, "type"), fact_field(event, "sentence"), fact_field(event, "who")
        if kind not in role_events() or not isinstance(sentence, str) or text not in sentence:
            continue
        names = [n for n in (who if isinstance(who, list) else []) if isinstance(n, str) and n[:1].isupper()]
        out.append((str(kind), frozenset(root(w) for name in names for w in words(name) if w not in common)))
    return tuple(out)


def role_event_again(
    kinds: frozenset[str], events: Iterable[KindParties], told_kinds: frozenset[str], told_events: Iterable[KindParties]
) -> bool:
    """Both sentences report a happening of a role type (``kinds``: the types their words report), the analysis found
    it in one of them at least, and they name no two different parties for it."""
    events, told_events = list(events), list(told_events)
    for kind in kinds & told_kinds & role_events():
        found = [parties for k, parties in events if k == kind]
        told = [parties for k, parties in told_events if k == kind]
        if not found and not told:
            continue
        named, told_named = frozenset().union(*found), frozenset().union(*told)
        if not (named and told_named) or named & told_named:
            return True
    return False


def quote_retells(
    kinds: frozenset[str], parties: frozenset[str], keys: Iterable[str], told_kinds: frozenset[str], told: Iterable[str], said_alike: bool
) -> bool:
    """A quote (or the paraphrase of one) reports only kinds of happening another sentence reports (``kinds``: one at
    least, frames left out), of parties that sentence names too (``parties``, all among ``told``: that sentence's
    facts), and gives no figure or day it does not: a spokesman's words telling what the lead told ('"... kami mengonfirmasi
    bahwa pengemudi telah diblokir dari platform kami ...," tambahnya' after "Lalamove menegaskan, driver yang diduga
    menodongkan pistol ... sudah diblokir sejak bulan lalu"). A kind a party has many of in a story (a gift, a
    sanction: not ``summary_single_events.txt``) is one only when the two say alike of it too (``said_alike``): Putin
    gives a coin, then a book. The caller says which of the two is the quote."""
    told = set(told)
    if not kinds or not kinds <= told_kinds or not parties or not parties <= told:
        return False
    if not (said_alike or kinds <= single_kinds()):
        return False
    return all(k in told for k in keys if k[:1] in ("#", "@"))
