"""Speaker resolution: the name and entity each found quote's speaker stands for."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from telisik.lang import calendar_words, lower_word_list, mapping, table, words_by_role
from telisik.nlp.quotes.lexicon import PUNCT, QuoteLexicon
from telisik.nlp.quotes.marks import inside_mark, sentence_of
from telisik.nlp.quotes.names import full_names_for_nicknames, named_with_office, opens_with_relation, person_in_role, tidy_speaker
from telisik.nlp.quotes.passes import QuoteSearch
from telisik.nlp.quotes.speakers import ACRONYM, BODY_ACRONYM, Speaker, before_degrees, is_cap, title_or_abbreviation, undated
from telisik.pages.dates import alternation
from telisik.records.entities import Entity, Mention
from telisik.records.quotes import Quote
from telisik.text import edit_distance

_ASIDE = re.compile(r"\([^()]{0,40}\)")
_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
_AFTER_TITLE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")  # a capitalised word (a title the full name was cut from) right before


def _full_names(lex: QuoteLexicon, text: str) -> list[tuple[int, str]]:
    """Person-like names in the article ("Menteri Pertahanan Sergei Shoigu" -> "Sergei Shoigu"), by position."""
    out = []
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        i = 0
        while i < len(words):
            n = _not_name_length(lex, words, i)
            if not n:
                break
            i += n
        # multi-word titles: "Juru" alone is not in the list but "juru bicara" is
        rest = words[i:]
        if rest and _derived_common_noun(rest[0]):
            rest = rest[1:]
        rest = rest[: before_degrees(lex, rest)]  # "Efran Santiaji ST MM": the degrees end no name
        rest = rest[slice(*undated(lex, rest))]  # "kata Imam Senin (9/6)": the weekday dates the words, it is no name
        if 2 <= len(rest) <= 4:
            out.append((m.start() + m.group(0).index(rest[0]), " ".join(rest)))
    return out


@cache
def _affixed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The shapes of derived words (``derived_affixes.tsv``): an ordinary word of a derived shape, a noun with
    ke-/pe-/per-...-an ("Kehadiran", "Penangkapan"), a verb with di-/me-/ber-/ter-...-kan/-i ("Dilakukan"), a word with
    -nya ("Namanya"); and a passive verb whose agent follows it ("dikisahkan Ahmad Suherdi", "diungkapkan Budi")."""
    a = {role: alternation(words) for role, words in words_by_role("id", "derived_affixes.tsv").items()}
    stem = "[a-z]{3,}"
    noun = rf"(?:{a['noun_prefix']}){stem}(?:{a['noun_suffix']})"
    verb = rf"(?:{a['verb_prefix']}){stem}(?:{a['verb_suffix']})"
    derived = rf"^(?:{noun}|{verb}|{stem}(?:{a['suffix']}))$"
    passive = rf"^(?:{a['passive_prefix']}){stem}(?:{a['verb_suffix']})$"
    return re.compile(derived), re.compile(passive)


def _derived_common_noun(word: str) -> bool:
    """Whether a capitalised word is an ordinary word of a derived shape ("Kehadiran", "Dilakukan"; not "Kurniawan"):
    at a sentence's start before a name it is what the sentence says of the person ("Penangkapan Jupri dilakukan ..."),
    never a word of the name."""
    low = word.lower().strip(PUNCT)
    return bool(_affixed()[0].match(low)) and low in lower_word_list("id", "common_words.txt")


def _without_bodies(doc: Doc, text: str, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The full names cut after the organisations and places named in front of them: "Manajer Manchester City
    Pep Guardiola" gives "Pep Guardiola" for a later "kata Guardiola", "BPS Danang Mandala Prihantoro" gives
    "Danang Mandala Prihantoro"."""
    # the ends of the bodies' mentions, sorted: the last one inside a name is found by bisection, not a scan of all
    ends = sorted(m.end for e in doc._.entities or [] if e.type != "PER" for m in e.mentions)
    persons = {m.text for e in doc._.entities or [] if e.type == "PER" for m in e.mentions}
    run_on = _run_on_past_person(doc, text, persons)
    out = []
    for pos, name in names:
        if run_on(pos, name):
            continue  # the person's own mention stands; the run is no fuller name of it
        if not _AFTER_TITLE.search(text, max(0, pos - 40), pos):
            # no title before it: a bare name, whose first word the NER may have misread as a place
            # ("Jefrico" of "Jefrico Daud Marturia")
            out.append((pos, name))
            continue
        end = pos + len(name)
        # a body in front of the name, not the name itself read as one ("Danang Mandala Prihantoro" as LOC)
        # the bodies ending within the name, wherever they start ("Kantor Bea Cukai Langsa" of "Kepala Kantor Bea
        # Cukai Langsa Sulaiman", whose run begins after the titles)
        last = bisect_left(ends, end) - 1  # the last body ending before the name's end (it starts before, too)
        cut = ends[last] if last >= 0 and ends[last] > pos else pos
        rest = text[cut:end].strip()
        # a person's name left after the body; else the run as it was (the body may have swallowed a name:
        # "Kemenko IPK Nazib" read as one ORG before "Faizal", "Nazib" a person elsewhere); a body ending in a
        # word no person is called leaves a one-word name, no full one ("Kantor Bea Cukai Langsa Sulaiman")
        if cut > pos and len(rest.split()) >= 2:
            out.append((end - len(rest), rest))
        elif cut == pos or text[:cut].split()[-1] in persons:
            out.append((pos, name))
    return out


def _run_on_past_person(doc: Doc, text: str, persons: set[str]) -> Callable[[int, str], bool]:
    """Whether a run at ``pos`` is a person's mention with a place or body written more than once after it: the
    sentence went on past the name ("menurut Sumardji Indonesia sudah mengajukan diri", a comma left out)."""
    repeated = {(m.start, m.end) for e in doc._.entities or [] if e.type != "PER" and len(e.mentions) >= 2 for m in e.mentions}
    starts_by_end: dict[int, list[int]] = {}  # in the set's order, so the first match is the one a scan of it finds
    for start, end in repeated:
        starts_by_end.setdefault(end, []).append(start)

    def run_on(pos: int, name: str) -> bool:
        tail = next((s for s in starts_by_end.get(pos + len(name), ()) if pos < s), None)
        return tail is not None and text[pos:tail].strip() in persons

    return run_on


def _split_names(doc: Doc, text: str) -> list[tuple[int, str]]:
    """Full names the NER cut in two: a person's mention right after a word that is a one-word person elsewhere in
    the article ("... Division Sheila Indira Maharshi", later "ujar Sheila"; "Kemenko IPK Nazib Faiza", later
    "kata Nazib"): the first name and the rest are one name, by position."""
    persons = [e for e in doc._.entities or [] if e.type == "PER"]
    one_word = {m.text for e in persons for m in e.mentions if len(m.text.split()) == 1}
    out = []
    for e in persons:
        for m in e.mentions:
            before = text[max(0, m.start - 40) : m.start]
            if not before.endswith(" ") or before.endswith("  "):
                continue
            first = before.split()[-1] if before.split() else ""
            if first in one_word and first != m.text.split()[0]:
                out.append((m.start - len(first) - 1, f"{first} {m.text}"))
    return out


def _not_name_length(lex: QuoteLexicon, words: list[str], i: int) -> int:
    """How many words at ``words[i]`` start no name: the longest entry of a not-a-name role, a cue, an acronym, a verb."""
    low = [w.lower().strip(PUNCT) for w in words[i : i + 4]]
    n = 0
    for k in range(1, len(low) + 1):
        if " ".join(low[:k]) in lex.not_name:
            n = k
    if not n and (words[i].lower() in lex.role("cue") or ACRONYM.match(words[i]) or words[i].lower() in lex.verbs):
        n = 1
    # a role towards the person named after it ("Orang Tua Nauli", "Kuasa Hukum Hasto"): no word of that name
    return n or lex.prefix("relation", words[i : i + 3])


def _expand_acronym(lex: QuoteLexicon, text: str, acronym: str) -> str | None:
    """The spelled-out name written before "(ACRONYM)": the shortest run of its last capitalised words, lower-case
    joiners inside ("Perhimpunan Hotel dan Restoran Indonesia"), whose initials are the acronym's; else the run as
    written ("Organisasi Kesehatan Dunia (WHO)"), except one with a joiner ("Institute for Demographic and Poverty
    Studies (IDEAS)"): then the acronym stands."""
    joiners = alternation(lex.role("acronym_joiner")) or "(?!)"
    word = rf"[A-Z][\w-]*\s+(?:(?:{joiners})\s+)?"
    m = re.search(rf"((?:{word}){{1,8}})\(\s*{re.escape(acronym)}\s*\)", text)
    if not m:
        return None
    words = m.group(1).split()
    for k in range(len(words) - 1, -1, -1):
        tail = words[k:]
        # "Perserikatan Bangsa-Bangsa (PBB)": each part of a hyphenated word gives its initial
        initials = "".join(part[0] for w in tail for part in w.split("-") if part[:1].isupper())
        if tail[0][:1].isupper() and initials == acronym:
            return " ".join(tail)
    # a name translated from the acronym's language ("Organisasi Kesehatan Dunia (WHO)") stands whole; one with a
    # joiner whose initials do not fit is cut from a longer name the run missed
    return None if any(w in lex.role("acronym_joiner") for w in words) else " ".join(words)


def _collective(lex: QuoteLexicon, name: str) -> bool:
    return "," in name or bool(lex.conjunction.search(name))


def _covering_entity(entities: list[Entity], speaker: Speaker, whole_only: bool) -> Entity | None:
    """The entity with the mention that overlaps the speaker's span most, covering it when ``whole_only``."""
    length = max(1, speaker.end - speaker.start)
    best, best_overlap = None, 0
    for ent in entities:
        for mention in ent.mentions:
            ms, me = mention.start, mention.end
            overlap = min(me, speaker.end) - max(ms, speaker.start)
            if overlap <= 0:
                continue
            covers = ms <= speaker.start and me >= speaker.end
            if not covers and whole_only:
                continue
            if (covers or overlap * 2 >= length) and overlap > best_overlap:
                best, best_overlap = ent, overlap
    return best


def _entity_named(entities: list[Entity], name: str) -> Entity | None:
    """The entity named (or mentioned) as ``name``, else the first person with its surname."""
    low = name.lower()
    last = low.split()[-1]
    by_surname = None
    for ent in entities:
        names = [ent.name] + [m.text for m in ent.mentions]
        if any(n.lower() == low for n in names):
            return ent
        if ent.type == "PER" and ent.name.lower().split()[-1:] == [last] and by_surname is None:
            by_surname = ent
    return by_surname


def _entity_for(lex: QuoteLexicon, doc: Doc, speaker: Speaker) -> Entity | None:
    entities: list[Entity] = doc._.entities or []
    if not entities or speaker.name is None:
        return None
    # a phrase or a list ("pejabat Amerika Serikat", "AS, Inggris dan Jepang") is one only as a whole;
    # a name may be most of a mention ("Dmitry Peskov" in "Juru bicara Kremlin Dmitry Peskov")
    not_a_name = speaker.kind != "name" or _collective(lex, speaker.name)
    best = _covering_entity(entities, speaker, not_a_name)
    if best is not None or not_a_name:
        return best
    return _entity_named(entities, speaker.name)


def _other_entity_inside(doc: Doc, sp: Speaker, ent: Entity) -> bool:
    """Whether a place or organisation other than ``ent`` is named in the speaker's span
    ("Kota Surabaya" in "Wali Kota Surabaya Eri Cahyadi", whose title took "Wali Kota")."""
    for other in doc._.entities or []:
        if other is ent or other.type == "PER":
            continue
        for mention in other.mentions:
            if mention.start < sp.end and mention.end > sp.start:
                return True
    return False


def _swallowed_title(lex: QuoteLexicon, doc: Doc, name: str | None, ent: Entity) -> bool:
    """Whether the entity's name is our two-or-more-word name with a title or a place in front
    ("Sleman AKBP Yuswanto Ardi" for "Yuswanto Ardi"), or with the end of a body's name the article writes
    ("Gag Nikel Arya Aditya" after "Plt Presiden Direktur PT Gag Nikel"): then ours is the person's name."""
    ent_name = ent.name or ""
    if not name or len(name.split()) < 2 or not ent_name.endswith(" " + name):
        return False
    extra = ent_name[: -len(name)].split()
    if ent.type == "PER" and len(extra) == 1 and extra[0].lower() in lower_word_list("id", "title_names.txt"):
        return False  # a title that is also a given name opens the person's name: "Raja Juli Antoni"
    # a relation in front names someone else, whom the model merged with ours ("Ibunda Ayu Ting Ting" for "sahut Ayu
    # Ting Ting")
    if ent.type != "PER" or any(lex.has("title", w) or lex.has("relation", w) or ACRONYM.match(w) for w in extra):
        return True
    front = " ".join(extra)
    bodies = {m.text for e in doc._.entities or [] if e.type in ("ORG", "LOC") for m in e.mentions}
    return any(body == front or body.endswith(" " + front) for body in bodies)


def _fuller_name(name: str, at: int, names: list[tuple[int, str]]) -> str:
    """The nearest fuller name before ``at`` that ends with ``name``, else the first one after;
    Indonesian reporters also shorten to the first name ("Bupati Bekasi Ade Kuswara" ... "kata Ade")."""
    for match in (lambda n: n.split()[-1] == name, lambda n: n.split()[0] == name):
        earlier = [n for pos, n in names if match(n) and pos < at]
        later = [n for pos, n in names if match(n) and pos >= at]
        if earlier or later:
            return earlier[-1] if earlier else later[0]
    # the short form inside a longer run: "Bekasi Ade Kuswara" -> "Ade Kuswara"
    for pos, n in names:
        words = n.split()
        if name in words[1:-1] and pos < at:
            return " ".join(words[words.index(name) :])
    return name


def _own_resolution(lex: QuoteLexicon, text: str, sp: Speaker, names: list[tuple[int, str]]) -> str | None:
    """An acronym spelled out ("AS" -> "Amerika Serikat"), a surname completed ("Peskov" -> "Dmitry Peskov")."""
    name = sp.name
    if name and ACRONYM.match(name):
        return _expand_acronym(lex, text, name) or name
    if name and sp.kind == "name" and len(name.split()) == 1 and not lex.media.canonical(name):
        return _fuller_name(name, sp.start, names)
    return name


def _subject_position(lex: QuoteLexicon, text: str, start: int, mention_start: int, mention_end: int) -> bool:
    """Whether a name at ``mention_start`` is its sentence's subject: only a connector, a title, an
    institution or capitalised words before it ("Sementara itu, Hendra ...", "Kapten Persib, Fajar ...")."""
    prefix = text[start:mention_start].strip()
    # an aside ("(IGC)") and the sentence adverb ("Dalam kesempatan yang sama,") add no words to the description
    # a dateline's dash ("MAKKAH – Menteri ...") is no word of the description either
    words = [w.strip(PUNCT + "-–—") for w in _ASIDE.sub(" ", prefix).split()]
    words = [w for w in words if w]
    if _relation_before(lex, prefix):
        return False  # "Suami Sheila Dara itu ...", "kuasa hukum Vidi ...": the subject is the relative, not the name
    lead = words[lex.prefix("connector", words) :]
    if len(lead) > 8:
        return False
    if prefix.endswith(",") and lead and any(lex.prefix(role, lead) for role in ("title", "group", "determiner")):
        return True  # a description in apposition: "Kapten tuan rumah, Arif Budiman, ...", "Sementara itu, Camat X 1, Y"
    if prefix.endswith(",") and any(lex.prefix("relation", lead[i:]) for i in range(len(lead))):
        return True  # "Satu dari 15 kuasa hukum Vidi Aldiano, Yakup Hasibuan, ...": the one in that role
    if words and lex.has("naming", words[-1]):
        return _introduced_by_naming(lex, words, text[mention_end:])
    return _description_only(lex, words)


def _introduced_by_naming(lex: QuoteLexicon, words: list[str], after: str) -> bool:
    """Whether the name after "bernama" (the last of ``words``) is its sentence's subject: "Seorang warga Desa Kiuola
    bernama Frits Satban mengaku ..." introduces him, unless someone acts on him first ("Polisi menangkap pria
    bernama Joko"), he is a victim or a suspect ("Korban bernama Siti"), or something befalls him after
    (``_acts_after``): then he is told about, not telling."""
    acted_on = any(_ACTIVE_VERB.match(w.lower()) and w.lower() not in lex.verbs for w in words[:-1])
    told_about = any(lex.prefix("told_about", words[i:]) for i in range(len(words) - 1))
    return not acted_on and not told_about and _acts_after(lex, after)


def _description_only(lex: QuoteLexicon, words: list[str]) -> bool:
    """Whether the words before a name are only connectors, titles, institutions, determiners, groups, trades and
    capitalised words: the description of the name after them."""
    i = 0
    after_trade = False
    while i < len(words):
        n = max(lex.prefix(role, words[i:]) for role in ("connector", "title", "institution", "determiner", "group", "trade"))
        if not n and after_trade and lex.has("list_and", words[i]) and lex.prefix("trade", words[i + 1 :]):
            n = 1  # trades joined describe the name that follows ("Solois dan penulis lagu Klio Mathew ..."); after a
            # name "dan" joins a second subject ("Gelandang X dan penyerang Y"), which is not the sentence's one subject
        after_trade = bool(n) and lex.prefix("trade", words[i:]) == n
        if n:
            i += n
        elif is_cap(words[i], alpha=True):
            i += 1
        else:
            return False
    return True


def _acts_after(lex: QuoteLexicon, after: str) -> bool:
    """Whether the name a text follows is the one acting in its sentence: the first word after it (an age in
    brackets, "itu" and adverbs skipped) is an active verb, not what befell him ("bernama Yanto tewas",
    "bernama Anton itu ditangkap", "bernama Rafi meninggal")."""
    for raw in _ASIDE.sub(" ", after).split()[:6]:
        word = raw.strip(PUNCT).lower()
        if not word or word in ("itu", "tersebut") or lex.has("adverb", word):
            continue
        if lex.has("befallen", word):
            return False
        return word in lex.verbs or bool(_ACTIVE_VERB.match(word) or _INTRANSITIVE_VERB.match(word))
    return False


def _relation_before(lex: QuoteLexicon, prefix: str) -> bool:
    """Whether text ending right before a name ends with a role held towards that name ("Suami", "kuasa hukum"),
    with no comma between: the name is someone the subject is related to."""
    words = prefix.split()
    return any(lex.has("relation", " ".join(words[-k:])) for k in (1, 2, 3) if len(words) >= k)


def _not_a_person(text: str, mention: Mention) -> bool:
    """A mention typed as a person that cannot be one: an acronym ("ODOL", "ODOl") or a numbered
    district ("Camat Ilir Barat 1")."""
    words = mention.text.split()
    if len(words) == 1 and sum(c.isupper() for c in words[0]) >= 3:
        return True
    return bool(re.match(r"\s+\d", text[mention.end :]))


@dataclass
class _Resolution:
    """The speakers resolved so far: the quotes made, the last speaker and where the last quote ended."""

    search: QuoteSearch
    names: list[tuple[int, str]]
    out: list[Quote] = field(default_factory=list)
    # per quote of ``out``, the (start, end) of the phrase that attributes it ("Prabowo" of "kata
    # Prabowo", "-nya" of "tambahnya"); None for a quote that continues the last speaker's unattributed
    phrases: list[tuple[int, int] | None] = field(default_factory=list)
    last: tuple[str | None, str | None] = (None, None)
    last_end: int = 0
    # the person each role word alone stands for in this article (``_person_in_role``), found once a word
    roles: dict[str, Entity | None] = field(default_factory=dict)
    # the (start, end) of the quote whose speaker is being resolved: a name inside it is what the quote says
    # ("Melansir kanal Showbiz Liputan6.com, Raffi Ahmad juga datang ..."), not who says it
    quote: tuple[int, int] = (0, 0)


def _subject_person(res: _Resolution, start: int, end: int, one_word: bool = False) -> Entity | None:
    """The person last named as a sentence's subject in text[start:end], outside quotation marks.

    A pronoun ("ia", "dia", "-nya") or a description ("pelatih asal Italia itu") points to the
    person the text was last about; that is the last speaker only when no one else has become
    the subject since: '"...," tutur Dimas. Sementara itu, Hendra ... . Seusai sidang, ia mengatakan'.
    """
    search = res.search
    best: tuple[int, Entity] | None = None
    for ent in search.doc._.entities or []:
        # a person is introduced by a full name somewhere; a one-word "person" ("Nikel") is more
        # often a mistyped thing, and an acronym ("ODOL") is not a person at all
        if ent.type != "PER" or not (one_word or any(_full_or_titled(search.lex, search.text, m) for m in ent.mentions)):
            continue
        if (ent.name or "").lower() in calendar_words():
            continue  # a weekday the model typed a person ("kata Bupati, Rabu (18/6/2025)") is the statement's date
        for mention in ent.mentions:
            ms = mention.start
            if not (start <= ms < end) or inside_mark(ms, search.marks) >= 0 or _not_a_person(search.text, mention):
                continue
            sentence_start = search.sents[sentence_of(ms, search.sents)][0]
            if _subject_position(search.lex, search.text, max(start, sentence_start), ms, mention.end) and (best is None or ms > best[0]):
                best = (ms, ent)
    return best[1] if best else None


def _last_person_named(res: _Resolution, start: int, end: int) -> Entity | None:
    """The person last named in text[start:end] outside quotation marks, in a sentence no one else (a capitalised
    name before it) is the subject of: "Hal serupa dikisahkan Ahmad Suherdi" names him, "Cesen heran ... bilang
    Marsel memakai pelet" names Marsel as what Cesen talks about."""
    search = res.search
    common = lower_word_list("id", "common_words.txt")
    best: tuple[int, Entity] | None = None
    for ent in search.doc._.entities or []:
        if ent.type != "PER":
            continue
        for mention in ent.mentions:
            ms = mention.start
            if not (start <= ms < end) or inside_mark(ms, search.marks) >= 0 or _not_a_person(search.text, mention):
                continue
            before = search.text[search.sents[sentence_of(ms, search.sents)][0] : ms].split()
            if any(is_cap(w, alpha=True) and w.strip(PUNCT).lower() not in common for w in before):
                continue
            # named as the one telling it ("dikisahkan Ahmad", "kata Ahmad"), not as a victim or a suspect ("Korban
            # bernama Siti", "menangkap pelaku Joko")
            if not before or not _affixed()[1].match(before[-1].lower()) and before[-1].lower() not in search.lex.verbs:
                continue
            if best is None or ms > best[0]:
                best = (ms, ent)
    return best[1] if best else None


def _only_person_before(res: _Resolution, end: int) -> Entity | None:
    """The one person the text has named before ``end``, outside quotation marks, when it names one only, in full
    and not as what a verb acts on: "Ada kabar dari artis Rani Kusumawati. ... Bintang sinetron itu mengungkapkan
    ..." points to her though she was no sentence's subject; "Polisi menahan Andi Saputra" names a suspect, and a
    one-word "Afgan" beside him is a second person."""
    search = res.search
    named: dict[str, list[Mention]] = {}
    for ent in search.doc._.entities or []:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            if m.start < end and inside_mark(m.start, search.marks) < 0 and not _not_a_person(search.text, m):
                named.setdefault(ent.id, []).append(m)
    if len(named) != 1:
        return None
    ((ent_id, mentions),) = named.items()
    if not any(len(m.text.split()) >= 2 for m in mentions) or any(_acted_on(search, m) for m in mentions):
        return None
    return next(e for e in search.doc._.entities or [] if e.id == ent_id)


# an active verb right before a name makes the name its object: "menahan Andi", "menangkap Joko"
_ACTIVE_VERB = re.compile(r"^me[a-z]{3,}$")
_INTRANSITIVE_VERB = re.compile(r"^ber[a-z]{3,}$")


def _acted_on(search: QuoteSearch, mention: Mention) -> bool:
    """Whether a person is named right after an active verb other than a speech verb ("Polisi menahan Andi Saputra"),
    as who is acted on, not who acts or speaks ("mengutip Budi" and "menurut Budi" aside)."""
    before = search.text[search.sents[sentence_of(mention.start, search.sents)][0] : mention.start].split()
    word = before[-1].lower().strip(PUNCT) if before else ""
    return bool(_ACTIVE_VERB.match(word)) and word not in search.lex.verbs


def _a_trade(lex: QuoteLexicon, text: str) -> bool:
    """Whether a description opens with a trade ("Bintang sinetron itu", "Desainer kondang itu"), not an office or a
    relation ("Pengacara itu", "Kapolsek setempat", "Ayah korban"), which is someone other than the person named."""
    words = text.split()
    return lex.prefix("trade", words) > 0 and lex.prefix("relation", words) == 0


def _full_or_titled(lex: QuoteLexicon, text: str, mention: Mention) -> bool:
    """Whether a person's mention is a full name, or a one-word name right after a title or a title's portfolio
    ("Menteri Ketenagakerjaan Yassierli"): a person introduced as such, not a word the model took for one."""
    if len(mention.text.split()) >= 2:
        return True
    if len(mention.text) < 3:
        return False  # an initial ("korban Z", kept anonymous) introduces no one who speaks
    # the title, or the title and its portfolio ("Menteri Ketenagakerjaan"), in the same sentence
    before = re.split(r"[.!?\n]", text[max(0, mention.start - 40) : mention.start])[-1].split()
    return any(lex.has("name_title", w) for w in before[-2:])


def _referred_speaker(res: _Resolution, sp: Speaker) -> None:
    """The person a pronoun or description refers to, when someone became a sentence's subject
    since the last quote: made the last speaker."""
    search = res.search
    holder = _pointed_office_holder(res, sp)
    if holder is not None:
        res.last = (holder.name, holder.id)
        return
    # reported speech often runs on into the next sentences of its paragraph ("Bahlil menjelaskan,
    # ... . Terlebih, Shell merupakan ..."), whose subjects are what the speaker talks about: look
    # only past that paragraph
    start = res.last_end
    if res.out and not res.out[-1].direct:
        start = max(start, next((e for s_, e in search.paras if s_ <= res.last_end <= e), res.last_end))
    after_media = bool(res.out and res.last[0] and search.lex.media.canonical(res.last[0]))
    if after_media:
        # a news organisation reports, it does not say "katanya": the pronoun is the person its report is
        # about, a first name too ("Alia, seorang mahasiswa, telah kembali ..., Berita Harian melaporkan.
        # '...,' katanya")
        start = min(start, search.sents[sentence_of(res.out[-1].start, search.sents)][0])
    # up to the description's end: a person named as its subject inside it is the one it describes ("Direktur Bank X
    # Budi Santoso yang baru dilantik itu mengatakan")
    subject = _subject_person(res, start, sp.end, one_word=after_media)
    if subject is None and res.last[0] is None:
        # no one has spoken yet and no one was a sentence's subject: the pronoun or description is the person the
        # text last named ("Hal serupa dikisahkan Ahmad Suherdi. Ia diterima kerja ... '...,' ujarnya")
        subject = _last_person_named(res, start, sp.end)
    if subject is None and res.last[0] is None and _a_trade(search.lex, search.text[sp.start : sp.end]):
        # a trade's description ("Bintang sinetron itu"), not a bare "ia" or "-nya", fits the one person named so far
        subject = _only_person_before(res, sp.start)
    if subject is None:
        return
    name: str | None = subject.name
    if name and len(name.split()) == 1:
        # an entity known by its surname only ("Brik") takes the full name the text gives
        name = _own_resolution(search.lex, search.text, Speaker(name, sp.start, sp.end, "name"), res.names)
    res.last = (name, subject.id)


def _pointed_office_holder(res: _Resolution, sp: Speaker) -> Entity | None:
    """The holder the article named with the office a pointer gives with its body's acronym ("ujar Ketum Golkar
    tersebut" after "Ketua Umum Golkar Bahlil Lahadalia", whoever spoke between), by the office's short or long form
    and the body as written
    (``office_short_forms.tsv``); None where it names no one so (the pointer then refers back as any other)."""
    lex = res.search.lex
    words = res.search.text[sp.start : sp.end].split()
    if not 3 <= len(words) <= 5 or not lex.has("name_title", words[0]) or not lex.has("anaphor", words[-1]):
        return None
    body = [w.strip(PUNCT) for w in words[1:-1]]
    long_form = mapping("id", "office_short_forms.tsv").get(words[0].lower())
    for office in (words[0], long_form):
        holder = person_in_role(lex, res.search.doc, " ".join([office, *body])) if office else None
        if holder is not None:
            return holder
    return None


def _role_like(lex: QuoteLexicon, sp: Speaker) -> bool:
    """Whether a speaker is given by a role ("jaksa", "Ibunda Alyssa", "Head of Communication Tokopedia") rather
    than by a name, which the article may give elsewhere."""
    words = (sp.name or "").split()
    return bool(words) and (sp.kind == "phrase" or lex.prefix("name_title", words) > 0)


# a comma after an office (and its acronym in brackets) and the titles, ranks and abbreviations before the name set
# off after it: ", Brigjen Nunung", ", Kombes Pol Jules", ", Prof. Dr. Ir. H. Muhamad", " (ADM), Sri Agung"
_APPOSITION_OPEN = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,\s+((?:[A-Za-z][\w-]*\.?\s+){0,5})")
_WORD_AT = re.compile(r"\S+\s+")
# a name right after a rank, where the model found no person: "Kompol Wito", "AKBP Andi Saputra"
# one more part of an office's own name after a comma, up to the comma before its holder: ", Inklusi Keuangan",
# ", dan Komunikasi OJK", ", Pelayanan Perlindungan Orang (Dir PPA-PPO) Bareskrim Polri"
_OFFICE_LIST_PART = re.compile(r"\s*,\s+(?:(?:dan|serta)\s+)?[A-Z][\w-]*(?:\s+(?:dan|serta|[A-Z][\w-]*|\([^()]{1,30}\))){0,8}(?=\s*,)")
# a second office after a role, the holder's name closing it: "Dokter yang juga epidemiolog Dicky Budiman"
_ALSO_OFFICE = re.compile(r"\s*,?\s+yang\s+juga\s+((?:[\w().-]+,?\s+){1,10})")
_RANKED_NAME = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}")


def _past_office_setting(lex: QuoteLexicon, text: str, end: int) -> int:
    """Where an office ends when a short setting follows it before the comma ("Penjabat Duta Besar AS untuk PBB,
    Dorothy Shea"): past a link word and up to three capitalised words, else ``end``."""
    m = re.match(r"\s+(\w+)((?:\s+[A-Z][\w-]*){1,3})(?=\s*,)", text[end : end + 60])
    return end + m.end() if m and lex.has("office_link", m.group(1)) else end


def _person_in_apposition(res: _Resolution, sp: Speaker) -> tuple[str, str | None] | None:
    """The person named in apposition right after an office that is no person's name ('"...," ujar Dirtipidter
    Bareskrim Polri, Brigjen Nunung Syaifuddin, Rabu', "kata Kapolsek Purworejo, Iptu Topo Utomo."): a person's
    mention after the comma, behind nothing but titles and abbreviations, and closed there (punctuation, a stop or a
    setting word, a verb); with no person's mention, a name right after a rank. Not a person's own apposition
    ("kata Martin, CEO Otoproject"): the office comes first."""
    search, lex = res.search, res.search.lex
    m = _APPOSITION_OPEN.match(search.text, _past_office_setting(lex, search.text, sp.end))
    if m is None:
        return None
    # where the name may start: after the comma, or after any of the titles that follow it (the model may keep
    # some in the mention: "Ir. H. Muhamad ...")
    starts = {m.start(1): False}
    for w in _WORD_AT.finditer(m.group(1)):
        if not title_or_abbreviation(lex, w.group().strip()):
            break
        starts[m.start(1) + w.end()] = True
    person = _person_starting(res, starts) or _person_after_office_list(res, sp)
    if person is not None:
        return person
    last = max(starts)
    # only after an office (a title in the phrase: "Kapolsek Babelan, Kompol Wito"), not after a person the model
    # missed ("kata Wahyu Suparyono, Direktur Utama Perum Bulog": the portfolio follows the title)
    office = any(lex.has("name_title", w) for w in (sp.name or "").split())
    ranked = _RANKED_NAME.match(search.text, last) if starts[last] and office else None
    if ranked is None or not _apposition_closes(lex, search.text, ranked.end()) or _inside_quote(res, *ranked.span()):
        return None
    first = ranked.group().split()[0]
    if title_or_abbreviation(lex, first) or first.lower() in lower_word_list("id", "common_words.txt"):
        return None
    return ranked.group(), None


def _person_after_office_list(res: _Resolution, sp: Speaker) -> tuple[str, str | None] | None:
    """The person set off by a comma after an office whose own name runs on past commas, a list of its portfolios
    or units ("kata Pelaksana Tugas Kepala Departemen Literasi, Inklusi Keuangan, dan Komunikasi OJK, M Ismail
    Riyadi"; "Direktur Pelayanan Perempuan dan Anak, Pelayanan Perlindungan Orang (Dir PPA-PPO) Bareskrim Polri,
    Brigjen Nurul Azizah"): past up to two such capitalised parts, a person's mention closed as an apposition. Only
    a person the model found counts here, never a name guessed after a rank."""
    if not any(res.search.lex.has("name_title", w) for w in (sp.name or "").split()):
        return None
    end = sp.end
    for _ in range(2):
        part = _OFFICE_LIST_PART.match(res.search.text, end)
        if part is None:
            return None
        end = part.end()
        m = _APPOSITION_OPEN.match(res.search.text, end)
        if m is None:
            continue
        starts = {m.start(1): False}
        for w in _WORD_AT.finditer(m.group(1)):
            if not title_or_abbreviation(res.search.lex, w.group().strip()):
                break
            starts[m.start(1) + w.end()] = True
        person = _person_starting(res, starts)
        if person is not None:
            return person
    return None


def _person_also_in_office(res: _Resolution, sp: Speaker) -> tuple[str, str | None] | None:
    """The person named after a role and a second office joined by "yang juga" ("Dokter yang juga epidemiolog
    Dicky Budiman menekankan", "kata Wakil Ketua Pansus Pendidikan yang juga Anggota Komisi E DPRD DKI Jakarta,
    Elva Farhi"): the role's holder is the person whose mention of two words at least closes the second office.
    Not for a person's own name ("Jefri yang juga alumni ..."): the speaker is an office here."""
    m = _ALSO_OFFICE.match(res.search.text, sp.end)
    if m is None or opens_with_relation(res.search.lex, m.group(1).split()):
        return None  # "Pengacara yang juga sahabat Presiden X": X is the one the role is held towards
    starts = {m.start(1) + w.start(): False for w in re.finditer(r"\S+", m.group(1))}
    return _person_starting(res, starts)


def _person_starting(res: _Resolution, starts: dict[int, bool]) -> tuple[str, str | None] | None:
    """The person whose mention starts at one of ``starts`` (a one-word mention only after a title: the value)
    and closes as an apposition does."""
    search = res.search
    for ent in search.doc._.entities or []:
        if ent.type != "PER" or not ent.name:
            continue
        for mention in ent.mentions:
            if mention.start not in starts or (len(mention.text.split()) < 2 and not starts[mention.start]):
                continue
            if _apposition_closes(search.lex, search.text, mention.end) and not _inside_quote(res, mention.start, mention.end):
                return ent.name, ent.id
    return None


def _inside_quote(res: _Resolution, start: int, end: int) -> bool:
    """Whether text[start:end] overlaps the quote being attributed."""
    return start < res.quote[1] and end > res.quote[0]


def _apposition_closes(lex: QuoteLexicon, text: str, end: int) -> bool:
    """Whether a name set off by a comma ends at ``end``: punctuation, a stop, setting or addressee word, a verb."""
    rest = text[end : end + 30].split()
    if not rest or not rest[0][:1].isalnum() or rest[0][-1:] in ",.;":
        return True
    word = rest[0].strip(PUNCT)
    return not word or word.lower() in lex.verbs or any(lex.has(role, word) for role in ("stop", "adjunct", "addressee"))


def _role_holder(res: _Resolution, sp: Speaker) -> tuple[str | None, str | None] | None:
    """The name and entity of the person a role alone stands for in this article ("jaksa", "Kapolres"), found once a
    role; for a bare office whose holder is not found that way, the last speaker, as a pointer would ("Bupati yang
    akrab disapa Tika menuturkan" after the regent spoke; none at all with no one before: the quote is dropped);
    None where the role stays the speaker ("jaksa", a group word, as written)."""
    search = res.search
    word = (sp.name or "").lower()
    if word not in res.roles:
        res.roles[word] = person_in_role(search.lex, search.doc, sp.name)
    ent = res.roles[word]
    if ent is not None:
        return ent.name, ent.id
    if sp.kind == "phrase" and search.lex.has("name_title", word) and not search.lex.has("group", word):
        # the last speaker only when the article named him with this office: a witness, another official or a
        # deputy who spoke last is not who "kata Kapolres" means; with none such the quote is dropped
        return res.last if _holds_office(res, word) else (None, None)
    return None


def _holds_office(res: _Resolution, office: str) -> bool:
    """Whether the last speaker is a person the article named with ``office`` before his name (``named_with_office``)."""
    ent = next((e for e in res.search.doc._.entities or [] if e.id == res.last[1]), None) if res.last[1] else None
    return ent is not None and ent.type == "PER" and named_with_office(res.search.doc, ent, office)


def _named_speaker(res: _Resolution, sp: Speaker) -> tuple[str | None, str | None]:
    """The name and entity of a speaker named in the text."""
    search = res.search
    ent = _entity_for(search.lex, search.doc, sp)
    office = _office_speaker(search.lex, sp, ent) or _role_before_body(search.doc, sp, ent)
    apposed = (_person_in_apposition(res, sp) or _person_also_in_office(res, sp)) if office else None
    if apposed is not None:
        return apposed
    if (ent is None or ent.type != "PER") and _role_like(search.lex, sp):
        holder = _role_holder(res, sp)
        if holder is not None:
            return holder
        ent = None
    if sp.description and ent is not None and ent.type != "PER":
        return sp.description, None  # "pejabat senior Amerika Serikat" is no country speaking
    described = _described_by_place(search, sp, ent)
    if described is not None:
        return described
    name = _own_resolution(search.lex, search.text, sp, res.names) if not _named_as_company(sp, ent) else sp.name
    if ent is None:
        return name, None
    ent_name = ent.name or name
    # keep our name only when it is the fuller form of the entity's ("Adrienne Watson" for
    # "Watson"), not when the extra words are a place or an organisation named in front of it
    # ("Bupati Bekasi Ade Kuswara", "CEO Microsoft Satya Nadella")
    fuller = _fuller_than_entity(search.doc, name, ent)
    # a name read after a description is already the person's alone, whatever the NER cut off it ("Christian" +
    # "Wagner" as ORG in "juru bicara kementerian luar negerinya Christian Wagner")
    other_inside = _other_entity_inside(search.doc, sp, ent) and not sp.description
    if (not fuller or other_inside) and not _ours_is_the_name(search, name, ent):
        name = ent_name
    return name, ent.id


def _described_by_place(search: QuoteSearch, sp: Speaker, ent: Entity | None) -> tuple[str | None, str | None] | None:
    """For a place read as the speaker's name inside a description (``_place_in_description``): the person the article
    names with that description, else the description ("Kapolsek Darussalam"); None where the place is no such part."""
    described = _place_in_description(search, sp, ent)
    if described is None:
        return None
    person = person_in_role(search.lex, search.doc, described)
    return (person.name, person.id) if person is not None else (described, None)


def _place_in_description(search: QuoteSearch, sp: Speaker, ent: Entity | None) -> str | None:
    """The description a place read as the speaker's name belongs to: the place where a title or group noun ("kata
    Kapolsek Kampung Rakyat", "warga Jalan Sudirman"), a noun and "di"/"dari" ("kata petani di Desa Sukamaju, Kecamatan
    Cibatu", ``office_link``) or, before a region's unit ("Kota Pekanbaru"), an office ("Kepala DLH") stand in front of
    it, past the places a comma lists before it, is where the speaker works or lives, not who speaks; then the whole
    description speaks. A place alone after the verb ("kata Israel") is left as the country speaking."""
    if ent is None or ent.type != "LOC" or sp.kind != "name":
        return None
    text, lex = search.text, search.lex
    # the place's mention, with the unit our name left off ("Kota" of "Kota Pekanbaru"); none where the place is only
    # part of the name the model found ("Jawa Timur Kusnadi")
    place = next((m for m in ent.mentions if m.end == sp.end and m.start <= sp.start), None)
    if place is None or not all(lex.has("region_unit", w) for w in text[place.start : sp.start].split()):
        return None
    if _ends_with_person(search.doc, place.text):
        return None  # a person's name the model ran into the place ("Kota Pangkalpinang Firmantasi")
    start = _past_listed_places(search.doc, text, place.start)
    base = max(0, start - 80)
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[base:start])]
    unit = lex.has("region_unit", place.text.split()[0])
    k = _description_opening(lex, [w for _, w in words], unit)
    if k is None or words[k][1].startswith("("):
        return None
    return text[base + words[k][0] : sp.end]


def _ends_with_person(doc: Doc, place: str) -> bool:
    """Whether the place's last word ends a person's mention too ("Firmantasi" of "Kota Pangkalpinang Firmantasi")."""
    last = place.split()[-1]
    return any(m.text.split()[-1:] == [last] for e in doc._.entities or [] if e.type == "PER" for m in e.mentions)


def _description_opening(lex: QuoteLexicon, words: list[str], unit: bool) -> int | None:
    """Where the description that ends with a place opens among the ``words`` before it (see
    ``_place_in_description``), None where none does."""
    k = len(words)
    while k and _describes_holder(lex, words[k - 1]):
        k -= 1
    if k == len(words) and k and lex.has("office_link", words[k - 1]):
        noun = k = k - 1
        # the noun described: group words or trades only ("petani di"), not a clause ("saat ditemui di")
        while k and (_describes_holder(lex, words[k - 1]) or lex.has("trade", words[k - 1])):
            k -= 1
        return k if 0 < noun - k <= 3 else None
    if k == len(words) and unit:
        # an office before a region's unit: a run of capitalised words or acronyms, no verb ("Kepala DLH")
        while k > len(words) - 4 and k and words[k - 1][:1].isupper() and words[k - 1][-1:].isalnum():
            if words[k - 1].lower() in lex.verbs:
                break
            k -= 1
    return None if k == len(words) else k


def _describes_holder(lex: QuoteLexicon, word: str) -> bool:
    """Whether ``word`` is a title or a group noun a place may follow in a description ("Kapolsek", "warga"), with
    nothing closing it."""
    return word[-1:] not in ",.;:\"'”“" and (lex.has("name_title", word) or lex.has("group", word))


def _past_listed_places(doc: Doc, text: str, start: int) -> int:
    """The start of the first of the places a comma lists right before ``start`` ("Desa Sukamaju, " before
    "Kecamatan Cibatu"), else ``start``."""
    places = {m.end: m.start for e in doc._.entities or [] if e.type == "LOC" for m in e.mentions}
    while text[:start].endswith(", ") and start - 2 in places:
        start = places[start - 2]
    return start


def _named_as_company(sp: Speaker, ent: Entity | None) -> bool:
    """Whether the speaker is written as a company's own name ("Gigabyte"), which no fuller run completes as it
    completes a person's surname ("Gigabyte Seri RTX-50")."""
    return ent is not None and ent.type == "ORG" and bool(sp.name) and ent.name == sp.name and not ACRONYM.match(sp.name or "")


def _fuller_than_entity(doc: Doc, name: str | None, ent: Entity) -> bool:
    """Whether our name is a fuller form of the entity's ("Adrienne Watson" for "Watson"), not the person's name with
    a place or body in front of it ("Papua Yan Mandenas")."""
    ent_name = ent.name or name or ""
    fuller = bool(name and ent_name and set(ent_name.lower().split()) < set(name.lower().split()))
    return fuller and not (ent.type == "PER" and _body_in_front(doc, name or "", ent_name))


def _body_in_front(doc: Doc, name: str, person: str) -> bool:
    """Whether ``name`` is the person's name with a place or body the article names written in front of it ("Papua
    Yan Mandenas" of "Dapil Papua Yan Mandenas", "Kota Pangkalpinang Firmantasi" of "Kepala Kemenag Kota
    Pangkalpinang Firmantasi"): the front's last word ends a place's or body's mention."""
    if not name.endswith(" " + person):
        return False
    front = name[: -len(person)].split()
    ends = {m.text.split()[-1] for e in doc._.entities or [] if e.type in ("LOC", "ORG") for m in e.mentions if m.text.split()}
    return bool(front) and front[-1] in ends


def _office_speaker(lex: QuoteLexicon, sp: Speaker, ent: Entity | None) -> bool:
    """Whether a speaker phrase is an office that may name its holder after a comma: no person, or a title past its
    first word that the model read as one ("Group" of "Group CEO AirAsia Aviation Group, Bo Lingam"), or a title
    followed by nothing but the acronyms of the body and region it is held in, which the model may read as a person
    ("Kapusdatin BPBD DKI, M Yohan", "Kasubdit Jatanras, Kompol Andi"; not "Presiden Prabowo", whose words after the
    title name him)."""
    words = (sp.name or "").split()
    if ent is None or ent.type != "PER" or any(lex.has("name_title", w) for w in words[1:]):
        return True
    if len(words) < 2 or not lex.has("name_title", words[0]):
        return False
    # a unit head's title takes in its unit ("Kasubdit Jatanras", "Kabag Prokopim": titles.txt), then the acronyms
    k = lex.prefix("name_title", words)
    return all(BODY_ACRONYM.match(w) for w in words[k:])


def _role_before_body(doc: Doc, sp: Speaker, ent: Entity | None) -> bool:
    """Whether a "person" the model found opens a speaker phrase that a body's name closes: an office written in
    English the model read as a name ("Board Advisor CryptoUK, Ian Taylor", "Partner and CIO Running Point Capital
    Advisors, Michael Ashley Schulman"), whose holder the comma sets off; a person is not written before a body."""
    if ent is None or ent.type != "PER":
        return False
    inside = [m for m in ent.mentions if sp.start <= m.start and m.end <= sp.end]
    if not inside:
        return False
    after = max(m.end for m in inside)
    bodies = (m for e in doc._.entities or [] if e.type == "ORG" for m in e.mentions)
    return any(after < m.start and m.end == sp.end for m in bodies)


def _ours_is_the_name(search: QuoteSearch, name: str | None, ent: Entity) -> bool:
    """Whether our name stands against the entity's: the entity's carries a title, a body or a headline in front of
    or after ours."""
    return _swallowed_title(search.lex, search.doc, name, ent) or _headline_name(search, name, ent)


def _headline_name(search: QuoteSearch, name: str | None, ent: Entity) -> bool:
    """Whether the entity's name is a person's name run on into a headline left in the body ("Dewi Perssik Berkurban
    Nih" of a video's title, "Jessica Mila-Yakup Hasibuan Dikaruniai Anak Pertama"), ours a mention of two words or
    more written more often: the entity's name holds a word no name has (a word written in lower case, a verb)."""
    ent_name = ent.name or ""
    if not name or len(name.split()) < 2 or ent.type != "PER" or name not in {m.text for m in ent.mentions}:
        return False
    if name == ent_name or search.text.count(ent_name) >= search.text.count(name):
        return False
    common = lower_word_list("id", "common_words.txt")
    extra = [w.strip(PUNCT).lower() for w in ent_name.split() if w not in name.split()]
    return any(w in common or search.lex.verb_like.match(w) for w in extra)


def _shortened_own_names(lex: QuoteLexicon, quotes: list[Quote]) -> None:
    """ "Bupati Bekasi Ade Kuswara" and, later, "kata Ade" -> "Ade Kuswara": where one speaker's
    name ends another's, the longer one carried a place or office in front of the name."""
    own = {q.speaker for q in quotes if q.speaker and q.speaker_entity is None}
    for q in quotes:
        sp_name = q.speaker
        if not sp_name or q.speaker_entity is not None:
            continue
        for other in own:
            if other != sp_name and len(other.split()) >= 2 and sp_name.endswith(" " + other) and not _collective(lex, sp_name):
                q.speaker = other
                break


def _whole_split_names(quotes: list[Quote], split: set[str]) -> None:
    """A speaker written as one half of a name the NER cut in two ("Indira Maharshi" of "Sheila Indira
    Maharshi"), or as that name after its titles ("Deputi Bidang ... Kemenko IPK Nazib Faiza"): the whole name."""
    for q in quotes:
        name = q.speaker or ""
        whole = [s for s in split if s.endswith(" " + name) or (name.endswith(" " + s) and len(s.split()) >= 2)]
        if len(whole) == 1 and name != whole[0]:
            q.speaker = whole[0]


def _titles_only(lex: QuoteLexicon, words: list[str], places: set[str]) -> bool:
    """Whether ``words`` are nothing but titles, forms of address and the place of an office: "Pastor",
    "Lurah Sempur", "Wali Kota Surabaya", "Cak"."""
    i = 0
    while i < len(words):
        step = max(lex.prefix(role, words[i:]) for role in ("name_title", "honorific", "address"))
        if not step and words[i] not in places:
            return False
        i += step or 1
    return bool(words)


def _first_names_in_full(lex: QuoteLexicon, doc: Doc, quotes: list[Quote]) -> None:
    """ "kata Pastor Jhon", "ujar Lurah Sempur Andri", "kata Cak Eri" about a person named in full before ("Pastor
    Jhon Jonga", "Andri Junizar", "Eri Cahyadi"): a title or address and a first name is that full name, when the
    article names one person only whose name starts with it; so is a first name left alone once its rank went
    ("kata Iptu Noval ditemui" -> "Noval", of "Iptu Noval Adimas Ardianto") where no person is named by it."""
    entities = doc._.entities or []
    persons = {e.name: e.id for e in entities if e.type == "PER"}
    places = {w for e in entities if e.type == "LOC" for m in e.mentions for w in m.text.split()}
    for q in quotes:
        words = (q.speaker or "").split()
        if not _first_name_shaped(lex, q, persons, places):
            continue
        full = {n for n in persons if len(n.split()) >= 2 and n.split()[0] == words[-1] and not set(n.split()) & set(words[:-1])}
        if len(full) == 1:
            q.speaker = full.pop()
            q.speaker_entity = persons[q.speaker]


def _first_name_shaped(lex: QuoteLexicon, q: Quote, persons: dict[str, str], places: set[str]) -> bool:
    """Whether a quote's speaker is a capitalised first name after nothing but titles, or alone where no entity
    covers it and no person is named by that word alone."""
    words = (q.speaker or "").split()
    if not words or not words[-1][:1].isupper():
        return False
    alone = len(words) == 1 and q.speaker_entity is None and words[0] not in persons
    return alone or _titles_only(lex, words[:-1], places)


def _one_slip_apart(a: str, b: str) -> bool:
    """Whether two words differ by one slip of typing: a letter changed, dropped or added, or two side by side
    swapped ("Dwikorta" of "Dwikorita", "Banyamin" of "Benyamin", "Ammar" of "Ammer"; also "Rina" of "Rini")."""
    return edit_distance(a.lower(), b.lower()) == 1


@cache
def _spelling_variants() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in table("id", "name_spelling_variants.tsv"))


def _undoubled(word: str) -> str:
    return "".join(c for i, c in enumerate(word) if i == 0 or word[i - 1] != c)


def _same_name_misspelt(word: str, name_word: str, next_initial: str = "") -> bool:
    """Whether ``word`` is ``name_word`` written with one slip, not another name one letter away: a known spelling
    variant ("Toni" of "Tony"), a letter doubled ("Yuni" of "Yunni"), the next word's initial glued on ("Indram" of
    "Indra M."), or a slip inside a name of five letters or more ("Dwikorta" of "Dwikorita"). A change at the first
    or last letter, or in a short name, makes another name ("Rina" and "Rini", "Bagus" and "Agus", "Andi" and "Andri")."""
    a, b = word.lower(), name_word.lower()
    if not _one_slip_apart(a, b):
        return False
    if next_initial and a == b + next_initial.lower():
        return True
    if any(a.replace(x, y) == b.replace(x, y) for x, y in _spelling_variants()) or _undoubled(a) == _undoubled(b):
        return True
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and a[-1] == b[-1]


def _misspelt_names(lex: QuoteLexicon, doc: Doc, quotes: list[Quote]) -> None:
    """ "ujar Dwikorta" where the article named "Dwikorita Sasmitawati" before: a one-word speaker the NER took
    for a person of its own, one slip of typing away from the first or last word of one full name written
    before it, is that person; not when another person's name has a word as near ("Iptu Herri" beside "Heri
    Santoso" and "Budi Heri Purnomo": more likely a third person), nor for a word under four letters, nor for a near
    name that is another name ("Rina" of "Rini Susanti", "Andi" of "Andri Saputra": ``_same_name_misspelt``)."""
    entities = [e for e in doc._.entities or [] if e.type == "PER" and e.name]
    bodies = {m.text for e in doc._.entities or [] if e.type != "PER" for m in e.mentions}
    ids = {e.name: e.id for e in entities}
    for q in quotes:
        name = q.speaker or ""
        if " " in name or len(name) < 4 or q.speaker_entity is None or ids.get(name) != q.speaker_entity:
            continue
        person = _only_near_person(name, entities)
        if person is not None and _a_full_name(lex, bodies, person.name) and _named_before(person, q.start):
            q.speaker, q.speaker_entity = person.name, person.id


def _only_near_person(word: str, persons: list[Entity]) -> Entity | None:
    """The one person whose name has a word one slip of typing from ``word``, when that word opens or closes
    the name; None when there are none or several."""
    near = [e for e in persons if e.name != word and any(_one_slip_apart(word, w) for w in e.name.split())]
    if len(near) != 1:
        return None
    words = near[0].name.split()
    first = _same_name_misspelt(word, words[0], words[1][:1] if len(words) > 1 else "")
    return near[0] if first or _same_name_misspelt(word, words[-1]) else None


def _named_before(person: Entity, pos: int) -> bool:
    return any(m.start < pos for m in person.mentions)


def _a_full_name(lex: QuoteLexicon, bodies: set[str], name: str) -> bool:
    """Whether ``name`` is two or three capitalised words, none a title, an acronym or a body's name."""
    words = name.split()
    if not 2 <= len(words) <= 3 or name in bodies:
        return False
    return all(w[:1].isupper() and not lex.has("name_title", w) and not ACRONYM.match(w) and w not in bodies for w in words)


def _fullest_of_one_person(lex: QuoteLexicon, doc: Doc, quotes: list[Quote]) -> None:
    """A one-word speaker ("kata Alexander-Arnold") that another quote of the same person gives in full ("Trent
    Alexander-Arnold"), or failing one the person's entity ("Menteri Kesehatan RI Budi Gunadi Sadikin", later "ujar
    Menkes Budi" only): the full name, of two or three capitalised words with no title ("Menko AHY") and no place or
    body the article names ("Sidoarjo Subandi"), the word first or last."""
    full = _full_names_of_persons(lex, doc, quotes)
    for q in quotes:
        name = q.speaker or ""
        if not q.speaker_entity or " " in name:
            continue
        longer = {n for n in full.get(q.speaker_entity, set()) if name in (n.split()[0], n.split()[-1])}
        if len(longer) == 1:
            q.speaker = longer.pop()


def _full_names_of_persons(lex: QuoteLexicon, doc: Doc, quotes: list[Quote]) -> dict[str, set[str]]:
    """The full names each speaking entity is given by its quotes, else by its own name."""
    bodies = {m.text for e in doc._.entities or [] if e.type != "PER" for m in e.mentions}
    full: dict[str, set[str]] = {}
    for q in quotes:
        if q.speaker_entity and _a_full_name(lex, bodies, q.speaker or ""):
            full.setdefault(q.speaker_entity, set()).add(" ".join((q.speaker or "").split()))
    for e in doc._.entities or []:
        if e.type == "PER" and e.id not in full and e.name and _a_full_name(lex, bodies, e.name):
            full[e.id] = {e.name}
    return full


def _account_of_a_body(res: _Resolution, cue: str, before_id: str | None) -> bool:
    """Whether a quote is a body's account ("Berdasarkan penelusuran KBRI, ...", "Berdasarkan catatan petugas,
    ...") given after a person's quote (``before_id``, the person as the quote was tidied: "Petugas Pos
    Pengamatan ... Ahmad Fauzi" is Ahmad Fauzi): the person's next "katanya" is still the person's."""
    words = cue.lower().split()
    if not words or words[0] not in res.search.lex.role("account") or before_id is None:
        return False
    types = {e.id: e.type for e in res.search.doc._.entities or []}
    return types.get(before_id) == "PER" and types.get(res.last[1] or "") != "PER"


def _no_place_for_a_pronoun(res: _Resolution, name: str | None, entity_id: str | None) -> tuple[str | None, str | None]:
    """The speaker of a pronoun or "-nya" ("harapnya", "tambahnya"), never a place: a place says nothing. A place
    left from the speaker phrase ("Prabumulih" of "Walikota Prabumulih H Arlan") gives way to the person who spoke
    the quote before; with no such person the quote is left without a speaker."""
    types = {e.id: e.type for e in res.search.doc._.entities or []}
    if types.get(entity_id or "") != "LOC":
        return name, entity_id
    last = res.out[-1] if res.out else None
    if last is not None and types.get(last.speaker_entity or "") == "PER":
        return last.speaker, last.speaker_entity
    return None, None


def _nickname_or_pointer(res: _Resolution, sp: Speaker | None) -> Speaker | None:
    """A nickname the description gives ("kata pria yang akrab disapa Andre") is the speaker when it is a word of a
    name the article gives, or no one was named before; else the description points back like a pronoun to the one
    named before ("Juru Bicara Kemenkes, drg. Widyawati, ... kata perempuan yang akrab disapa Bu Wid")."""
    if sp is None or not sp.nickname or not sp.name:
        return sp
    persons = [e for e in res.search.doc._.entities or [] if e.type == "PER"]
    elsewhere = [m for e in persons for m in e.mentions if not sp.start <= m.start < sp.end]
    known = {w for m in elsewhere for w in m.text.split()}
    if sp.name.split()[-1] in known or not any(m.start < sp.start for m in elsewhere):
        return sp
    return Speaker(None, sp.start, sp.end, "pronoun")


def resolve_speaker_phrases(search: QuoteSearch) -> list[tuple[Quote, tuple[int, int] | None]]:
    """Each quote with the (start, end) of the phrase in the text that attributes it, None for an unattributed continuation."""
    names = _without_bodies(search.doc, search.text, _full_names(search.lex, search.text))
    split = _split_names(search.doc, search.text)
    res = _Resolution(search, sorted({*names, *split}))
    seen: set[tuple[int, int]] = set()
    for f in search.found:
        if (f.start, f.end) in seen or f.end <= f.start:
            continue
        seen.add((f.start, f.end))
        sp = _nickname_or_pointer(res, f.speaker)
        before = res.last
        before_id = res.out[-1].speaker_entity if res.out else None
        res.quote = (f.start, f.end)
        if sp is not None and sp.kind != "pronoun":
            res.last = _named_speaker(res, sp)
        elif sp is not None and not f.continues:
            _referred_speaker(res, sp)
        name, entity_id = tidy_speaker(search.lex, search.doc, res.last, (sp.start, sp.end) if sp is not None else None)
        if sp is not None and sp.kind == "pronoun":
            name, entity_id = _no_place_for_a_pronoun(res, name, entity_id)
        if name is None:
            continue  # "ia mengatakan" with no one named before: a quote without a speaker says nothing
        res.last_end = max(res.last_end, f.end, sp.end if sp is not None else 0)
        if f.says_nothing:
            continue  # "Alan menyampaikan rasa terima kasihnya. Ia mengaku ...": Alan is the "Ia", nothing is quoted
        res.out.append(Quote(search.text[f.start : f.end], f.start, f.end, f.direct, name, entity_id, f.cue or None))
        res.phrases.append((sp.start, sp.end) if sp is not None and sp.end > sp.start else None)
        if _account_of_a_body(res, f.cue, before_id):
            res.last = before
    _shortened_own_names(search.lex, res.out)
    _whole_split_names(res.out, {name for _, name in split})
    _fullest_of_one_person(search.lex, search.doc, res.out)
    _first_names_in_full(search.lex, search.doc, res.out)
    _misspelt_names(search.lex, search.doc, res.out)
    full_names_for_nicknames(search.lex, search.doc, res.out)
    return list(zip(res.out, res.phrases, strict=True))
