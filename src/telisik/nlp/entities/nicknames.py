"""National teams' nicknames (``lang/id/team_nicknames.tsv``) as the team's names (for ``telisik_entities``).

Sports news names a team by its nickname as often as by its name ("Samurai Biru
menghabisi skuad Garuda"). A nickname is an organisation where the article
names the team or its country, and one entity with the team where the article
names the team ("Timnas Indonesia" = "Garuda"); elsewhere it may be another
body's name ("Garuda" of Garuda Indonesia) and is left to the model.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from telisik.nlp.doc import token_texts
from telisik.nlp.entities.lexicon import EntityLexicon, TeamNickname, capitalised
from telisik.text import name_key


def _team_keys(nick: TeamNickname) -> set[str]:
    return {name_key(n) for n in (nick.team, *nick.team_names)}


def article_nicknames(lex: EntityLexicon, ents: Iterable[Span]) -> dict[str, TeamNickname]:
    """Folded nickname -> its team, for the teams whose country or name the article's names include."""
    named = {name_key(e.text) for e in ents}
    return {name_key(nick.nickname): nick for nick in lex.team_nicknames if name_key(nick.country) in named or _team_keys(nick) & named}


def nickname_spans(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """The article's names retyped as organisations where they are a named team's nickname, and the
    bare nicknames the model missed added ("Samurai Biru" where the article names Jepang)."""
    nicknames = article_nicknames(lex, ents)
    if not nicknames:
        return ents
    out = [Span(doc, e.start, e.end, label="ORG", kb_id=e.kb_id_) if name_key(e.text) in nicknames else e for e in ents]
    taken = {i for e in ents for i in range(e.start, e.end)}
    by_first: dict[str, list[list[str]]] = {}
    for nick in nicknames.values():
        words = nick.nickname.split()
        by_first.setdefault(words[0], []).append(words)
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        for words in sorted(by_first.get(text, ()), key=len, reverse=True):
            end = i + len(words)
            # "Garuda Indonesia" is an airline: a nickname inside a longer capitalised name is not the team
            if texts[i:end] == words and not taken.intersection(range(i, end)) and not (end < len(texts) and capitalised(texts[end])):
                out.append(Span(doc, i, end, label="ORG"))
                taken.update(range(i, end))
                break
    return sorted(out, key=lambda s: s.start)


def team_of_nickname(lex: EntityLexicon, keys: Iterable[str]) -> dict[str, set[str]]:
    """For the article's folded mention texts, nickname -> the folded names of its team the article uses."""
    present = set(keys)
    out: dict[str, set[str]] = {}
    for nick in lex.team_nicknames:
        key = name_key(nick.nickname)
        if key in present:
            teams = _team_keys(nick) & present
            if teams:
                out.setdefault(key, set()).update(teams)
    return out
