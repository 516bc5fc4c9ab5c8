"""Types and edges the article's own context gives names the model read wrongly (for ``telisik_entities``).

- ``split_known_prefixes``: a person's span opening with a place or body the
  article names elsewhere, split ("Wali Kota [Graz Elke Kahr]" where "kota Graz"
  is named before);
- ``split_glued_owners``: a place, club or body run on into the person named
  after it ("Swedia Freddie Ljungberg", "McLaren Piastri"), split where the
  article names that person elsewhere;
- ``without_portfolios``: a title's portfolio off the person's name after it
  ("Menteri [Perindustrian] Agus Gumiwang");
- ``with_tail_types``: a name ending in a word only a body's or a place's name
  ends in ("Erajaya Group", "Bosuil Stadium") has that type;
- ``bodies_of_holders``: a name read as a person between an office and its
  holder is the office's body ("CEO [Tesla] Elon Musk"), and so are the
  article's other mentions of it, and of a body a tail typed ("Maruti Suzuki");
- ``coordinated_types``: names listed together share a type (a line-up of
  players, "Keisuke Osako, Kota Takai, Ryoya Morishita"; a list of towns);
- ``place_contexts``: a name after a place preposition ("di Setiu", "dari
  Jertih, Terengganu") is a place, not a person;
- ``initials_with_ages``: capitals with an age in brackets ("AS (15)") are a
  person's initials, not the country or agency the same letters stand for;
- ``initials_after_cues``: capitals after "berinisial" ("AK dan YN") are
  people's initials;
- ``with_hyphenated_tails``: a Korean name keeps the hyphened tail of its given
  name ("Shin Tae-yong"), which the tokenizer splits off;
- ``without_degrees``: no name in the degrees after a person's name ("..., Sp.A, M.Kes");
- ``without_languages``: no place in "bahasa Jawa", a language, nor in "drama Korea" (a genre), "film Gaza" (a
  title) or "elang Jawa" (a species);
- ``without_codes``: capitals after a noun a code follows ("SIM BI") are the
  code, no name; nor is a term the article spells out as a common noun
  ("pembangkit listrik (PLTN)", "Dana Pihak Ketiga (DPK)": ``without_glossed_terms``);
- ``clubs_of_places``: a country's acronym before a city is a club ("AS Roma"); a
  side read as a person facing a club is a club ("Pachuca vs Red Bull Salzburg");
- ``split_at_ranks``: a rank ends the name of a region or unit ("Kapolsek
  [Sukmajaya AKP Rizky]": the district, then the officer), and a name between
  a regional office and a rank is the region ("Kapolres [Siak] AKBP Eka").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span

from telisik.lang import lower_word_list, word_list
from telisik.nlp.degrees import degree_run
from telisik.nlp.doc import doc_text, token_lowers, token_texts
from telisik.nlp.entities.lexicon import EntityLexicon, is_acronym, province_names
from telisik.text import name_key

# the words that join the last name of a list to the others
_CONJUNCTIONS = frozenset({"dan", "serta", "&"})


def _retyped(span: Span, label: str) -> Span:
    return Span(span.doc, span.start, span.end, label=label, kb_id=span.kb_id_)


def _known_places(lex: EntityLexicon, ents: list[Span]) -> dict[str, str]:
    """Folded names of the article's places and bodies (without a lower-case head: "kota Graz" -> "graz")."""
    known: dict[str, str] = {}
    for ent in ents:
        # only places: a word the model once read as a body may be a first name ("Sepyoni Nur Khalida")
        if ent.label_ != "LOC":
            continue
        words = name_key(ent.text).split()
        known[" ".join(words)] = ent.label_
        if len(words) > 1 and ent[0].is_lower and words[0] in lex.optional_heads:
            known[" ".join(words[1:])] = ent.label_
    return known


def _bracketed_bodies(ents: list[Span]) -> dict[str, str]:
    """Folded short names of bodies written in brackets after their long name: "PT Sri Rejeki Isman Tbk
    (Sritex)" makes "Sritex" an organisation however a later "Komut Sritex Iwan Setiawan" runs on."""
    known: dict[str, str] = {}
    for before, ent in zip(ents, ents[1:], strict=False):
        doc = ent.doc
        brackets = ent.start > 0 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")"
        # whatever the model read the short name as: "(Sritex)" after a company is the company
        if brackets and before.label_ == "ORG" and before.end == ent.start - 1 and len(ent) == 1:
            known[name_key(ent.text)] = "ORG"
    return known


def split_known_prefixes(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """People's spans of three or more words that open with a place or body the article names on its own
    (a body only where the article gives it in brackets after its long name)."""
    known = {**_bracketed_bodies(ents), **_known_places(lex, ents)}
    out: list[Span] = []
    for ent in ents:
        cut = 0
        if ent.label_ == "PER" and not ent.kb_id_ and len(ent) > 2:
            cut = next((k for k in range(len(ent) - 2, 0, -1) if name_key(ent[:k].text) in known), 0)
        if cut:
            place = Span(ent.doc, ent.start, ent.start + cut, label=known[name_key(ent[:cut].text)])
            out += [place, Span(ent.doc, place.end, ent.end, label="PER")]
        else:
            out.append(ent)
    return out


def split_glued_owners(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """Names of two words or more that run a place, club or body on into a person the article names elsewhere:
    "Swedia Freddie Ljungberg" (the team, then its player), "McLaren Piastri" where "Oscar Piastri" is named,
    "BPH Migas Erika" after a lost comma. The front is a name the gazetteer knows (not as a person's) or one the
    article writes alone as a place or body; the rest is a person's name, or a word of one, that another span of
    the article gives without the front's words ("Paris Hilton" twice, or "Chelsea Elizabeth Islan", is no such pair)."""
    owners = {name_key(e.text): e.label_ for e in ents if e.label_ != "PER"}
    persons = [e for e in ents if e.label_ == "PER" and len(e) > 1]
    out: list[Span] = []
    for ent in ents:
        cut = _owner_cut(lex, ent, owners, persons) if len(ent) > 1 and not ent.kb_id_ else None
        if cut is None:
            out.append(ent)
            continue
        length, label = cut
        out += [Span(ent.doc, ent.start, ent.start + length, label=label), Span(ent.doc, ent.start + length, ent.end, label="PER")]
    return out


def _owner_cut(lex: EntityLexicon, ent: Span, owners: dict[str, str], persons: list[Span]) -> tuple[int, str] | None:
    """(tokens of the owner, its type) where ``ent`` opens with an owner glued to a person named elsewhere."""
    # a headed name is one name whatever follows its head ("PT Suryaraya Rubberindo Industries")
    if lex.known(ent.text) is not None or lex.head_at(ent.doc, ent.start)[0]:
        return None
    for k in range(1, len(ent)):
        front, rest = ent[:k], ent[k:]
        entry = lex.known(front.text)
        label = entry.type if entry is not None else owners.get(name_key(front.text), "PER")
        if label == "PER" or not all(lex.person_word(t.text) for t in rest):
            continue
        if any(_names_rest(person, ent, front, rest) for person in persons):
            return k, label
    return None


def _names_rest(person: Span, ent: Span, front: Span, rest: Span) -> bool:
    """Whether ``person``, another span than ``ent``, names the person of ``rest`` (all its words) without ``front``."""
    if person.start < ent.end and ent.start < person.end:
        return False
    words = set(name_key(person.text).split())
    # a front word in the person's name is the person's own ("Chelsea Islan", "Pol Wahyu Hadiningrat")
    return not words & set(name_key(front.text).split()) and set(name_key(rest.text).split()) <= words


def with_tail_types(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """Names of two words or more ending in a word only a body's or a place's name ends in (``name_tails``) have
    its type, whatever the model read: "Erajaya Group" and "Aprilia Racing" are bodies, "Bosuil Stadium" and
    "Phillip Island" places; a tail written right after a name the model ended before it joins it ("Bandung [TV]"),
    but for an account's word ("Youtube Channel": ``unjoined_tails``). A gazetteer name keeps its own type, and so
    does a place inside a body's premises ("Studio Trans TV": ``venue_openers``)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        out.append(_tail_typed(lex, _with_tail_after(lex, ent, taken)))
    return out


def _tail_typed(lex: EntityLexicon, ent: Span) -> Span:
    """A name of two words or more with the type of the tail that ends it; a place inside a body's premises is a
    place ("Studio Trans TV": ``venue_openers``)."""
    if len(ent) < 2 or ent.kb_id_ or ent[-1].lower_ not in lex.name_tails:
        return ent
    if ent[0].lower_ in lex.venue_openers:
        return ent if ent.label_ == "LOC" else _retyped(ent, "LOC")
    label = lex.name_tails[ent[-1].lower_]
    return ent if label == ent.label_ else _retyped(ent, label)


def bodies_of_holders(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """A name read as a person between an office and the person who holds it names the body of the office: "CEO
    [Tesla] Elon Musk", "Direktur [Resource Mobilization Dompet Dhuafa], Etika Setiawanti". The holder's name of
    two words or more follows right after it or after a comma, and no word of the body's name is a given name
    (``given_names``: the model cut one person in two). Every other span read as a person that is the body's name
    or a run of its words ("Dompet Dhuafa", "Tesla") is the body too, also where the model read the body in the
    office's slot rightly, or a body's tail gave its type ("Maruti Suzuki" of "Maruti Suzuki India Limited"), and
    the article's other mentions as a person ("Saham Tesla", "Tesla"). One word ending the body's name is no run
    of it: "Kepala Divisi ... SKK Migas Hudi D. Surodipuro" names Hudi apart."""
    # a company's short name read as a person is the company's already ("Direktur Alita" of "PT Alita Praya Mitra")
    companies = [name_key(e[1:].text).split() for e in ents if e.label_ == "ORG" and len(e) > 1 and e[0].text in lex.whole_heads]
    bodies = [
        name_key(ent.text).split()
        for i, ent in enumerate(ents)
        if (_office_body(lex, doc, ents, i) or _tail_body(lex, ent))
        and not any(_word_run(name_key(ent.text).split(), c) for c in companies)
    ]
    if not bodies:
        return ents
    return [_retyped(e, "ORG") if _body_named(lex, e, bodies) else e for e in ents]


def _body_named(lex: EntityLexicon, ent: Span, bodies: list[list[str]]) -> bool:
    """Whether a span read as a person names one of the bodies; never one with a given name ("Melinda Gates" of the
    "Bill & Melinda Gates Foundation")."""
    if ent.label_ != "PER" or ent.kb_id_ or any(t.lower_ in lex.given_names for t in ent):
        return False
    words = name_key(ent.text).split()
    return any(_body_run(words, body) for body in bodies)


def _tail_body(lex: EntityLexicon, ent: Span) -> bool:
    """Whether a body's name of two words or more ends in a tail of a body's name that is no account's word."""
    last = ent[-1].lower_
    return ent.label_ == "ORG" and len(ent) > 1 and not ent.kb_id_ and lex.name_tails.get(last) == "ORG" and last not in lex.unjoined_tails


def _body_run(part: list[str], body: list[str]) -> bool:
    """Whether ``part`` names the body: a run of its words, not its last word alone where it has more."""
    return _word_run(part, body) and not (len(part) == 1 < len(body) and part[0] == body[-1])


def _office_body(lex: EntityLexicon, doc: Doc, ents: list[Span], i: int) -> bool:
    """Whether ``ents[i]``, read as a person or a body, stands between a title and the name of its holder; a
    company's name with its legal form ("PT ...") is left to the company's own reading (``_company_words``)."""
    ent = ents[i]
    if ent.label_ not in ("PER", "ORG") or i + 1 >= len(ents) or ent[0].text in lex.whole_heads:
        return False
    if any(t.lower_ in lex.given_names for t in ent) or ent.label_ == "PER" and ent.kb_id_:
        return False  # a person the gazetteer knows ("Juru bicara [Jokowi], Fadjroel Rachman") stays one
    holder = ents[i + 1]
    gap = doc[ent.end : holder.start].text.strip()
    if holder.label_ != "PER" or len(holder) < 2 or gap not in ("", ",") or _people_listed(lex, doc, ents, i + 1):
        return False
    # a form of address is no office of a body: "Ibu [Gustiwiw], Sri Yulianti" is his mother (``address_words``)
    return any(
        lex.title_at(doc, k) == ent.start - k and doc[k].lower_ not in lex.address_words for k in range(max(0, ent.start - 4), ent.start)
    )


def _people_listed(lex: EntityLexicon, doc: Doc, ents: list[Span], i: int) -> bool:
    """Whether the person ``ents[i]`` is followed by another, a list's joiners between (``list_joiners``): "Penyanyi
    Rossa, Afgan Syahreza, dan Raisa" lists people after one title, no body and its holder."""
    if i + 1 >= len(ents) or ents[i + 1].label_ != "PER":
        return False
    between = doc[ents[i].end : ents[i + 1].start]
    return len(between) > 0 and all(t.lower_ in lex.list_joiners for t in between)


def _word_run(part: list[str], whole: list[str]) -> bool:
    """Whether ``part`` is a run of consecutive words of ``whole``."""
    n = len(part)
    return 0 < n <= len(whole) and any(whole[k : k + n] == part for k in range(len(whole) - n + 1))


def _with_tail_after(lex: EntityLexicon, ent: Span, taken: set[int]) -> Span:
    """A place's or body's name with the capitalised tail word written right after it that no entity holds: the
    model reads the city in "Bandung TV" (a station, ``name_tails``), the name is the whole, "Bandung" no mention of
    the city. A person's name stays ("Rhoma Irama" before "Official" is the singer the text names)."""
    doc, k = ent.doc, ent.end
    if ent.label_ == "PER" or k >= len(doc) or k in taken or not doc[k - 1].whitespace_:
        return ent
    tail = doc[k]
    if tail.lower_ not in lex.name_tails or tail.lower_ in lex.unjoined_tails or not tail.text[:1].isupper() or tail.is_sent_start:
        return ent
    return Span(doc, ent.start, k + 1, label=ent.label_)


def without_portfolios(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """People's names without the portfolio a title's span ran into: "Menteri [Perindustrian Agus Gumiwang]",
    "Menteri Koordinator Bidang [Perekonomian Airlangga Hartarto]" name Agus Gumiwang and Airlangga Hartarto. The
    first word has a portfolio's shape (``EntityLexicon.portfolio_word``), a title ends right before it, and a
    person's words follow."""
    out = []
    for ent in ents:
        # the title ends right before the name, or takes in its portfolio when titles.txt lists the two together
        # ("menteri perindustrian")
        titled = any(lex.title_at(doc, k) in (ent.start - k, ent.start + 1 - k) for k in range(max(0, ent.start - 4), ent.start))
        if (
            ent.label_ == "PER"
            and len(ent) > 1
            and titled
            and lex.portfolio_word(ent[0].text)
            and all(lex.person_word(t.text) for t in ent[1:])
        ):
            out.append(Span(doc, ent.start + 1, ent.end, label="PER"))
        else:
            out.append(ent)
    return out


def without_unit_words(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """People's names without the unit a bare unit-head title runs into. The unit's short name is written right
    after the title, the holder only after a rank or a comma: "Kanit [Gakkum] Polres Sumedang, Ipda ..." or
    "Kakanwil [Kemenagsu] mengatakan" name no one (a name of one or two words, none of them a given name, goes),
    and "Kabid [Binpres Rina Marlina]" names Rina Marlina (a first word that is no given name before one that is)."""
    out = []
    for ent in ents:
        slot = -1 if ent.label_ != "PER" or ent.kb_id_ else _unit_slot(lex, doc, ent.start)
        given = [t.lower_ in lex.given_names for t in ent]
        if slot < 0 or given[0]:
            out.append(ent)
        elif len(ent) <= 2 and not any(given):
            continue
        elif slot == 0 and len(ent) >= 3 and given[1]:
            out.append(Span(doc, ent.start + 1, ent.end, label="PER"))
        else:
            out.append(ent)
    return out


def _unit_slot(lex: EntityLexicon, doc: Doc, start: int) -> int:
    """How many words of a unit's name stand between a bare unit-head title ("Kanit", "Kakanwil") and token
    ``start`` (0 or 1, capitalised, no rank); -1 where ``start`` is not in such a unit's slot."""
    for k in (start - 1, start - 2):
        # a short form the titles list only as a pair with its unit ("kasat reskrim") is read there; one it lists
        # alone, or not at all ("kakanwil": alone it cut a body's name), heads a unit's slot here
        if k < 0 or doc[k].lower_ not in lex.unit_head_titles or lex.title_at(doc, k) > 1:
            continue
        between = doc[k + 1 : start]
        if all(t.is_alpha and t.text[:1].isupper() and not lex.rank_at(doc, t.i) for t in between):
            return len(between)
    return -1


def _joined(doc: Doc, a: Span, b: Span, joiners: frozenset[str]) -> bool:
    """Whether only list punctuation, conjunctions and match minutes stand between two names."""
    between = doc[a.end : b.start]
    return (
        len(between) <= 6
        and not b[0].is_sent_start
        and all((t.is_space and "\n" not in t.text) or t.text.rstrip("'’").isdigit() or t.lower_ in joiners for t in between)
    )


def _lists(doc: Doc, ents: list[Span], joiners: frozenset[str]) -> list[list[int]]:
    """Runs of names (indices into ``ents``) joined as a list."""
    runs: list[list[int]] = [[0]] if ents else []
    for i in range(1, len(ents)):
        if _joined(doc, ents[i - 1], ents[i], joiners):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) >= 3]


def coordinated_types(lex: EntityLexicon, doc: Doc, ents: list[Span], joiners: frozenset[str], min_share: float = 0.5) -> list[Span]:
    """Names listed together take the list's type, where at least three and more than
    ``min_share`` of them have it (people or places), or two the gazetteer knows ("di Arafah,
    Muzdalifah, dan Mina": the hajj's sites); names the gazetteer knows keep theirs."""
    out = list(ents)
    retyped: set[int] = set()
    for run in _lists(doc, ents, joiners):
        label = _list_type([ents[i] for i in run], min_share)
        if not label:
            continue
        for i in run:
            ent = ents[i]
            # the last name of a list after a bare comma may open the next clause ("..., Jakarta Pusat, Al Ghazali cukup")
            # a bracketed last name is a substitute in a line-up ("Shuto Machino (Kota Tawaratsumida 78')")
            between = doc[ents[i - 1].end : ent.start]
            inside = i != run[-1] or any(t.lower_ in _CONJUNCTIONS for t in between) or between.text.strip().endswith("(")
            if inside and ent.label_ != label and not ent.kb_id_ and _name_shaped(lex, ent, label):
                out[i] = _retyped(ent, label)
                retyped.add(out[i].start)
    return _merge_cut_people(lex, out, retyped)


def _list_type(listed: list[Span], min_share: float) -> str:
    """The type a list gives its names: a person's or place's that at least three and more than ``min_share``
    of them have, or that two the gazetteer knows have and outvote every other reading ("di Arafah,
    Muzdalifah, dan Mina (Armuzna)"); "" if none."""
    votes = Counter(e.label_ for e in listed)
    label, count = votes.most_common(1)[0]
    known = sum(1 for e in listed if e.label_ == label and e.kb_id_)
    voted = count >= 3 and count > min_share * len(listed)
    vouched = known >= 2 and all(n < count for other, n in votes.items() if other != label)
    return label if label != "ORG" and (voted or vouched) else ""


def _merge_cut_people(lex: EntityLexicon, ents: list[Span], retyped: set[int]) -> list[Span]:
    """Two one-word people's names with nothing between them, one of them retyped by its list,
    are one name the model cut: "Wataru" (a place) "Endo" (a body) in a line-up."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.end == ent.start
            and len(last) == len(ent) == 1
            and last.label_ == ent.label_ == "PER"
            and (last.start in retyped or ent.start in retyped)
            and lex.person_word(last.text)
            and lex.person_word(ent.text)
        ):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PER")
        else:
            out.append(ent)
    return out


def _name_shaped(lex: EntityLexicon, ent: Span, label: str) -> bool:
    """A short name that can have the list's type: up to three person's words, a place's head
    allowed before a person's name ("Kota Takai" in a line-up)."""
    head, length = lex.head_at(ent.doc, ent.start)
    words = ent[length:] if head == "LOC" and label == "PER" else ent
    return head != "ORG" and 0 < len(words) <= 3 and all(lex.person_word(t.text) for t in words)


def place_contexts(lex: EntityLexicon, doc: Doc, ents: list[Span], prepositions: dict[str, str]) -> list[Span]:
    """A person's name the gazetteer does not know, right after a place preposition ("di Setiu",
    "ke Lend", "berangkat dari Dehradun"), is a place; so is any such name followed by a comma and a place ("dari
    Jertih, Terengganu").
    No place stays after a language or culture noun (``without_languages``), not even one found again where
    the article repeats a name ("busana adat Jawa" in a text that names "pengantin Jawa" too)."""
    starts = {e.start: e for e in ents}
    out: list[Span] = []
    for ent in ents:
        when = prepositions.get(doc[ent.start - 1].text, "") if ent.start > 0 else ""
        # where a journey starts: "berangkat dari Dehradun" (``departure_verbs``)
        if when and ent.start > 1 and doc[ent.start - 2].lower_ in lex.departure_verbs:
            when = "any"
        nxt = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else -1
        before_place = nxt in starts and starts[nxt].label_ == "LOC"
        if (
            when
            and ent.label_ != "LOC"
            and not ent.kb_id_
            and not lex.head_at(doc, ent.start)[0]
            and (before_place or (when == "any" and ent.label_ == "PER"))
        ):
            out.append(_retyped(ent, "LOC"))
        else:
            out.append(ent)
    return without_languages(lex, out)


def _common_phrase(lex: EntityLexicon, span: Span) -> bool:
    """A phrase of ordinary words and name heads only ("Kawasan Permukiman", "Pulau-pulau Kecil")."""
    words = [w for t in span for w in t.text.lower().split("-") if w]
    return bool(words) and all(lex.ordinary_word(w) or w in lex.lower_heads for w in words)


def coordinated_title_parts(lex: EntityLexicon, doc: Doc, ents: list[Span], conjunctions: frozenset[str]) -> list[Span]:
    """Without the places and bodies that are the second half of an untagged title or law's name: after a
    capitalised word no name holds and a conjunction, a phrase of ordinary words continues that title
    ("Menteri Perumahan dan Kawasan Permukiman", "Direktur Pesisir dan Pulau-Pulau Kecil"), no name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        k = ent.start
        title_part = (
            ent.label_ != "PER"
            and k >= 3
            and doc[k - 1].lower_ in conjunctions
            and doc[k - 2].is_title
            and k - 2 not in taken
            and not doc[k - 2].is_sent_start
            and _common_phrase(lex, ent)
        )
        if not title_part:
            out.append(ent)
    return out


def split_glued_pairs(lex: EntityLexicon, doc: Doc, ents: list[Span], conjunctions: frozenset[str]) -> list[Span]:
    """Two people a glued conjunction ran into one name split in two: "Syifa Hadjudan Tissa Biani" (scraped
    from "Syifa Hadju dan Tissa Biani") is "Syifa" and "Tissa Biani", where the article also names the
    second alone; the glued word itself, half a name, goes (no chain then joins the two across articles)."""
    alone = {e.text for e in ents}
    out = []
    for ent in ents:
        cut = _glued_conjunction(lex, ent, conjunctions, alone) if ent.label_ == "PER" else None
        if cut is None:
            out.append(ent)
            continue
        if cut > ent.start:
            out.append(Span(doc, ent.start, cut, label="PER"))
        out.append(Span(doc, cut + 1, ent.end, label="PER"))
    return out


def _glued_conjunction(lex: EntityLexicon, ent: Span, conjunctions: frozenset[str], alone: set[str]) -> int | None:
    """The token of a person's span, not its first, that ends in a glued conjunction, where two or more
    person's words follow that the article also writes as a name of their own."""
    for tok in ent[1:-2]:
        stem = next((tok.text[: -len(c)] for c in conjunctions if tok.lower_.endswith(c) and len(tok.text) > len(c) + 1), "")
        rest = ent.doc[tok.i + 1 : ent.end]
        if stem[:1].isupper() and rest.text in alone and all(lex.person_word(t.text) for t in rest):
            return tok.i
    return None


def clubs_of_places(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """A country's acronym written right before a city's name is a club named for the city ("AS Roma"), not
    the country the acronym stands for elsewhere ("Presiden AS Donald Trump", "pasukan AS Irak")."""
    out: list[Span] = []
    skip = -1
    for ent in ents:
        if ent.start <= skip:
            continue
        end = ent.end
        if _club_town(lex, ent):
            # "PSIM Jogja", "Persib Bandung": the club, not the city after its name
            if out and out[-1].end == ent.start:
                out.pop()
            out.append(Span(doc, ent.start - 1, ent.end, label="ORG"))
            continue
        entry = lex.known(ent.text) if len(ent) == 1 and ent.text.isupper() and len(ent.text) == 2 else None
        if entry is not None and entry.type == "LOC" and end < len(doc) and doc[end].is_title:
            city = lex.known(doc[end].text)
            if city is not None and city.type == "LOC" and city.name not in lex.country_names:
                out.append(Span(doc, ent.start, end + 1, label="ORG"))
                skip = end
                continue
        out.append(ent)
    return clubs_facing_clubs(lex, doc, out)


# the most words a club's name read as a person's has ("Al Hilal", "River Plate")
_SIDE_WORDS = 3


def clubs_facing_clubs(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """A side of a match read as a person where the other side is a club: "Pachuca vs Red Bull Salzburg", "Al Ain
    kontra Juventus" (``match_joiners.txt``); a club, wherever the article names it again. Two people facing each
    other ("Sinner vs Alcaraz") and a country's side (a place) are left as they are; so is a name the gazetteer knows."""
    joiners = lower_word_list("id", "match_joiners.txt")
    clubs: set[str] = set()
    for a, b in zip(ents, ents[1:], strict=False):
        between = doc[a.end : b.start]
        if len(between) != 1 or between[0].lower_ not in joiners or {a.label_, b.label_} != {"PER", "ORG"}:
            continue
        side, other = (a, b) if a.label_ == "PER" else (b, a)
        # a person facing a known body ("Hasto Kristiyanto kontra KPK") or a headed one ("PT Maju Jaya") is a person
        if other.kb_id_ or lex.known(other.text) or lex.head_at(doc, other.start)[0]:
            continue
        if not side.kb_id_ and len(side) <= _SIDE_WORDS and _a_match(lex, doc, a, b):
            clubs.add(side.text)
    if not clubs:
        return ents
    return [_retyped(e, "ORG") if e.label_ == "PER" and e.text in clubs and not e.kb_id_ else e for e in ents]


def _club_shaped(lex: EntityLexicon, ent: Span) -> bool:
    """Whether a name carries a club's word or prefix: "Bali United", "Arema FC", "Persib", "PSIM"."""
    first, last = ent[0].text, ent[-1].text
    prefixed = _club_prefixed(lex, first)
    return last in lex.club_words or first in lex.club_acronyms or (prefixed and not lex.ordinary_word(first))


def _club_prefixed(lex: EntityLexicon, word: str) -> bool:
    """Whether a word is a club's prefix and more, in letters only ("Persib", "PSIM")."""
    return any(word.startswith(p) and len(word) > len(p) and word.isalpha() for p in lex.club_prefixes)


def _a_match(lex: EntityLexicon, doc: Doc, a: Span, b: Span) -> bool:
    """Whether two names across a match joiner are the sides of a match: either carries a club's shape, or their
    sentence has a word of a sports report (``match_cues.txt``: "Laga", "skor", "Piala"). "Gugatan Budi Santoso
    kontra Sinar Abadi" has neither: a dispute, its person a person."""
    if _club_shaped(lex, a) or _club_shaped(lex, b):
        return True
    cues = lower_word_list("id", "match_cues.txt")
    if doc.has_annotation("SENT_START"):
        start, end = a.sent.start, a.sent.end
    else:  # no sentences: the words around the pair
        start, end = max(0, a.start - 12), min(len(doc), b.end + 12)
    return any(t.lower_ in cues for t in doc[start:end])


def _club_town(lex: EntityLexicon, ent: Span) -> bool:
    """Whether a place's name is written right after a word of a football club's shape (``club_prefixes``: "PSIM",
    "Persib"), whether or not the model read that word as a name: "PSIM Jogja" is the club of Yogyakarta, its
    "Jogja" no mention of the city."""
    doc = ent.doc
    if ent.label_ != "LOC" or len(ent) > 2 or ent.start == 0:
        return False
    word = doc[ent.start - 1]
    # "PS" opens everyday acronyms too ("PSN Merauke", "PSBB Jakarta", "PSI Surabaya"): those clubs are listed
    shaped = word.text in lex.club_acronyms or _club_prefixed(lex, word.text)
    # "Persiapan Jakarta", "Persoalan Bandung" open a sentence with an ordinary word
    return shaped and not lex.ordinary_word(word.text) and doc_text(doc)[word.idx + len(word.text) : ent.start_char] == " "


def without_glued_codes(ents: list[Span]) -> list[Span]:
    """Without the acronyms a hyphen glues to a code with a figure: the "PBB" of "PBB-P2" (a land and
    building tax) is not the "PBB" of the United Nations; "AS-China" (two countries) stays."""
    out = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        glued = (
            len(ent) == 1
            and ent.text.isupper()
            and end + 1 < len(doc)
            and doc[end].text == "-"
            and not ent[-1].whitespace_
            and not doc[end].whitespace_
            and any(c.isdigit() for c in doc[end + 1].text)
        )
        if not glued:
            out.append(ent)
    return out


def _hyphen_tail(doc: Doc, end: int) -> bool:
    """Tokens ``end`` and ``end + 1`` are "-" and a small-letter syllable written solid with the name before
    them and ending the word: "Shin Tae|-|yong", not "Tae-yongnya"."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    tail = doc[end + 1]
    if not (tail.is_alpha and tail.is_lower):
        return False
    return bool(tail.whitespace_) or end + 2 == len(doc) or doc[end + 2].is_punct


def with_hyphenated_tails(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """Korean people's names with their given name's hyphened tail, which the tokenizer splits off and the
    model leaves out: "Shin Tae-yong", "Lee Jae-myung", "Kim Sang-sik" (``korean_family_names``)."""
    starts = {ent.start for ent in ents}
    out = []
    for ent in ents:
        # a family name and the given name's first syllable: "Kim Jong Kook-style" is no such name
        korean = ent.label_ == "PER" and len(ent) == 2 and ent[0].text in lex.korean_family_names
        if korean and _hyphen_tail(doc, ent.end) and ent.end + 1 not in starts:
            ent = Span(doc, ent.start, ent.end + 2, label="PER", kb_id=ent.kb_id_)
        out.append(ent)
    return out


def without_degrees(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """Without the names the model finds in a run of degrees after a person's name ("dr. Citra Amelinda,
    Sp.A, M.Kes" gives no "M.Kes"; "..., IPU, ASEAN Eng" no "ASEAN Eng"): the person is the speaker, not
    the last degree. ``degrees.txt``."""
    text = doc_text(doc)
    if not lex.degrees or "," not in text:
        return ents
    runs = [(m.start(), m.end()) for m in degree_run(lex.degrees).finditer(text)]
    if not runs:
        return ents
    return [ent for ent in ents if not any(start <= ent.start_char and ent.end_char <= end for start, end in runs)]


def _age_after(doc: Doc, i: int, ages: Sequence[int]) -> bool:
    """An age in brackets at token i: "(15)", within ``ages`` (the youngest and the oldest)."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" or not doc[i + 1].text.isdigit():
        return False
    return ages[0] <= int(doc[i + 1].text) <= ages[1]


def initials_with_ages(doc: Doc, ents: list[Span], ages: Sequence[int]) -> list[Span]:
    """Capitals written with an age in brackets are a person's initials, the way crime and accident reports
    name suspects and victims ("membawa kabur remaja, AS (15)", "kurir narkoba AP (25)"), and so are the
    same capitals alone later in the report ("AS dibawa ke Riau"): a person, not the country or news agency
    the gazetteer knows by the same letters."""
    initials = {
        ent.text for ent in ents if len(ent) == 1 and ent.label_ != "PER" and is_acronym(ent.text) and _age_after(doc, ent.end, ages)
    }
    if not initials:
        return ents
    return [Span(doc, ent.start, ent.end, label="PER") if len(ent) == 1 and ent.text in initials else ent for ent in ents]


_INITIALS_JOINERS = frozenset({",", "dan", "serta", "&"})


def _initial_letters(text: str) -> bool:
    """One to five capitals, a person's initials as reports write them ("S", "YN", "AMA")."""
    return 1 <= len(text) <= 5 and text.isalpha() and text.isupper()


def _initials_listed_at(doc: Doc, i: int, ages: Sequence[int]) -> list[int]:
    """Token indices of the initials listed from token i on: "AK dan YN", "SM (15), RA (16) dan DP (15)"."""
    out: list[int] = []
    while i < len(doc):
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i >= len(doc) or not _initial_letters(doc[i].text):
            break
        out.append(i)
        i += 4 if _age_after(doc, i + 1, ages) else 1
        joiners = 0
        while i < len(doc) and (doc[i].is_space or doc[i].lower_ in _INITIALS_JOINERS) and joiners < 2:
            joiners += 0 if doc[i].is_space else 1
            i += 1
        if not joiners:
            break
    return out


def _initials_after_role(lex: EntityLexicon, doc: Doc, i: int, ages: Sequence[int]) -> list[int]:
    """The initials listed after a role noun (from token i), less the capitals that name something else: a common
    noun ("korban WNI", "korban TPPO": ``not_entities``) or a body the gazetteer knows ("tahanan KPK"); a place's
    short form stays ("tersangka RI": a suspect's initials far more often than the republic after a role noun). Nor
    are capitals that a capitalised word follows initials: a rank or a body opening a name ("tersangka AKBP Fajar")."""
    out = []
    for j in _initials_listed_at(doc, i, ages):
        entry = lex.known(doc[j].text)
        named = j + 1 < len(doc) and doc[j + 1].is_title
        if not named and name_key(doc[j].text) not in lex.not_entity_keys and (entry is None or entry.type == "LOC"):
            out.append(j)
    return out


def initials_after_cues(lex: EntityLexicon, doc: Doc, ents: list[Span], ages: Sequence[int]) -> list[Span]:
    """Capitals after a word that introduces initials (``initial_cues``: "pelaku berinisial AK dan YN",
    "tersangka inisial S") are people's initials, whatever the model read in them or missed; so are those after a
    role noun in such a report (``initial_role_nouns``: "tersangka RI ditangkap") and the same capitals (two
    letters or more) alone elsewhere in the report ("YN lalu dibawa ke Polsek")."""
    lowers, texts = token_lowers(doc), token_texts(doc)
    listed = [j for i, lower in enumerate(lowers) if lower in lex.initial_cues for j in _initials_listed_at(doc, i + 1, ages)]
    if not listed:
        return ents
    # a report that names people by initials writes them after a role noun too: "tersangka RI ditangkap" is no country
    role = [j for i, lower in enumerate(lowers) if lower in lex.initial_role_nouns for j in _initials_after_role(lex, doc, i + 1, ages)]
    # only the cue's capitals spread to the rest of the report: a role noun's may still be a body's ("tahanan KPK")
    initials = {texts[j] for j in listed if len(texts[j]) > 1}
    at = set(listed) | set(role) | {i for i, text in enumerate(texts) if text in initials}
    out = [Span(doc, e.start, e.end, label="PER") if len(e) == 1 and e.start in at else e for e in ents]
    taken = {i for e in ents for i in range(e.start, e.end)}
    out += [Span(doc, i, i + 1, label="PER") for i in sorted(at - taken)]
    return sorted(out, key=lambda s: s.start)


def _noun_before(doc: Doc, start: int, nouns: frozenset[str]) -> bool:
    """One of ``nouns`` right before token ``start``, and no word of a longer capitalised name there: "Taman
    Budaya Jawa Tengah" names a venue, where "dalam Bahasa Indonesia" names a language."""
    if start < 1 or doc[start - 1].lower_ not in nouns:
        return False
    noun = doc[start - 1]
    return not (noun.text[:1].isupper() and start > 1 and doc[start - 2].text[:1].isupper() and not doc[start - 2].is_sent_start)


def _language_or_culture(lex: EntityLexicon, ent: Span) -> bool:
    """A place's name read as a language ("bahasa Jawa", "Sarjana Terapan Bahasa Inggris") or as a people's culture
    ("konsep Jawa", "khas Jawa"); a country's culture is the country's ("tradisi Rusia", "budaya Indonesia")."""
    if ent.label_ != "LOC":
        return False
    if _language_named(lex, ent):
        return True
    if ent.text in _peoples() and _people_named(lex, ent):
        return True
    if _work_or_species_named(lex, ent):
        return True
    country = ent.text in lex.country_names or ent.kb_id_ in lex.country_names
    return not country and _noun_before(ent.doc, ent.start, lex.culture_nouns)


def _work_or_species_named(lex: EntityLexicon, ent: Span) -> bool:
    """Whether a place's name follows a noun that makes it a show's genre ("drama Korea", "serial India", a country's
    name included: ``show_genre_nouns.txt``), a work's title or a people's genre ("film Gaza", "lagu Karo":
    ``work_nouns.txt``) or an animal's species ("elang Jawa", "jalak Bali": ``species_nouns.txt``); after the last two
    a country's name stays the country ("industri musik Indonesia", "sapi Australia")."""
    doc = ent.doc
    if _noun_before(doc, ent.start, _show_genre_nouns()):
        return True
    if not _a_countrys_name(lex, ent.text) and _noun_before(doc, ent.start, _work_nouns() | _species_nouns()):
        return True
    return len(ent) > 1 and _headed_by_work_or_species(lex, ent)


def _headed_by_work_or_species(lex: EntityLexicon, ent: Span) -> bool:
    """Whether the recogniser read such a noun into the name, as at a sentence's start: "[Drama Korea] terbaru itu",
    "[Film Jalan Pulang] tayang", "[Elang Jawa] bersarang"; after an animal's noun only a place or a people the word
    lists know ("Gajah Mada" is a man's name)."""
    head, rest = ent[0].lower_, ent[1:].text
    if head in _show_genre_nouns():
        return True
    if _a_countrys_name(lex, rest):
        return False
    if head in _work_nouns():
        return True
    entry = lex.known(rest)
    return head in _species_nouns() and (rest in _peoples() or (entry is not None and entry.type == "LOC"))


def _language_named(lex: EntityLexicon, ent: Span) -> bool:
    """Whether a language noun stands right before a place's name ("bahasa Jawa"). A country's one-word name after
    it is the language inside a longer capitalised name too: a subject or a degree ("Latihan Soal Bahasa Indonesia",
    "Sarjana Terapan Bahasa Inggris"); a province's or a longer place there is a body's region ("Duta Bahasa Lampung",
    "Balai Bahasa Jawa Tengah")."""
    nouns = lex.language_nouns
    if len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ in nouns and _a_countrys_name(lex, ent.text):
        return True
    return _noun_before(ent.doc, ent.start, nouns)


def _a_countrys_name(lex: EntityLexicon, text: str) -> bool:
    """A country's name, not one of Indonesia's provinces (``country_names`` holds both)."""
    return text in lex.country_names and text not in province_names()


def _people_named(lex: EntityLexicon, ent: Span) -> bool:
    """Whether a people's name follows a word that makes it the people or its culture: "khas Jawa" always
    (``people_cues.txt``), and so one of the people's things or persons ("baju Jawa", "huruf Jawa", "perempuan
    Jawa", ``people_thing_nouns.txt``); "orang Sunda" or "masyarakat Jawa" unless the name is a regency's or a
    city's, whose residents they name ("masyarakat Nias", ``people_resident_cues.txt``)."""
    doc = ent.doc
    if _noun_before(doc, ent.start, _people_cues()) or _noun_before(doc, ent.start, _people_thing_nouns()):
        return True
    return _noun_before(doc, ent.start, _people_resident_cues()) and name_key(ent.text) not in lex.regency_keys


@cache
def _peoples() -> frozenset[str]:
    """Names of a people that are also its land's (``peoples.txt``: "Jawa", "Sunda"), as written."""
    return word_list("id", "peoples.txt")


@cache
def _people_cues() -> frozenset[str]:
    """The words before a people's name that make it the people's culture (``people_cues.txt``: "khas")."""
    return lower_word_list("id", "people_cues.txt")


@cache
def _people_thing_nouns() -> frozenset[str]:
    """The nouns of a people's dress, script, food, arts or persons a people's name follows as an adjective
    (``people_thing_nouns.txt``: "baju", "huruf", "masakan", "perempuan")."""
    return lower_word_list("id", "people_thing_nouns.txt")


@cache
def _show_genre_nouns() -> frozenset[str]:
    """The nouns of a kind of show a place's or a country's name follows as its genre (``show_genre_nouns.txt``:
    "drama", "serial")."""
    return lower_word_list("id", "show_genre_nouns.txt")


@cache
def _work_nouns() -> frozenset[str]:
    """The nouns of a film, a song or music a place's name follows as the work's title or a people's genre
    (``work_nouns.txt``: "film", "lagu")."""
    return lower_word_list("id", "work_nouns.txt")


@cache
def _species_nouns() -> frozenset[str]:
    """The nouns of an animal a place's name follows as its species' name (``species_nouns.txt``: "elang", "jalak")."""
    return lower_word_list("id", "species_nouns.txt")


@cache
def _people_resident_cues() -> frozenset[str]:
    """The words before a people's name that name the people or a place's residents (``people_resident_cues.txt``:
    "orang", "masyarakat")."""
    return lower_word_list("id", "people_resident_cues.txt")


def without_languages(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """Without the places a language or culture noun puts before them (``language_nouns``, ``culture_nouns``):
    "bahasa Jawa" is Javanese, not the island of Java, "berbahasa Inggris" English, not England, and "konsep
    Jawa" (a wedding's theme) or "adat Minang" a people's culture, not the island or the region; nor those a work's
    or an animal's noun puts before them: "drama Korea" is a genre, "film Gaza" a film, "elang Jawa" a species."""
    return [ent for ent in ents if not _language_or_culture(lex, ent)]


def without_codes(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """Without the capitals a code-taking noun puts before them (``code_nouns``): "SIM BI" is a driving
    licence's class, not Bank Indonesia; nor the letters ending a vehicle's number plate ("bernopol W 8715 UK"
    is a truck, not the United Kingdom); nor a term the article spells out as a common noun (``without_glossed_terms``)."""
    out = []
    for ent in ents:
        doc = ent.doc
        coded = len(ent) == 1 and ent.text.isupper() and ent.start > 0 and _after_code_noun(lex, doc, ent.start)
        if not coded and not _plate_letters(ent) and not _plate_region(lex, ent):
            out.append(ent)
    return without_glossed_terms(lex, out)


# the longest acronym a term's gloss is checked for
_GLOSSED_MAX = 6


def without_glossed_terms(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """Without the acronyms the article itself spells out as a common noun, and without their spelled-out form:
    "pembangkit listrik (PLTN)", "tanggung jawab sosial perusahaan (CSR)" (a gloss in lower case), "Dana Pihak
    Ketiga (DPK)", "Rencana Anggaran Biaya (RAB)" (capitalised words, each an ordinary word and no name's head,
    whose initials are the acronym's). A plant, a budget line or a ratio is no organisation, however often it is
    named after; an acronym the gazetteer knows ("KPK") keeps its entity."""
    if not ents:
        return ents
    doc = ents[0].doc
    terms: set[str] = set()
    glosses: set[tuple[int, int]] = set()
    for i in range(2, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not (2 <= len(acronym) <= _GLOSSED_MAX and acronym.isalpha() and acronym.isupper()) or name_key(acronym) in lex.alias_index:
            continue
        if _lower_gloss(lex, doc, i):
            terms.add(acronym)
        elif _ordinary_capitalised_gloss(lex, doc, i, acronym):
            terms.add(acronym)
            glosses.add((i - len(acronym), i))
    if not terms:
        return ents
    return [e for e in ents if not ((e.text in terms and not e.kb_id_) or (e.start, e.end) in glosses)]


def _lower_gloss(lex: EntityLexicon, doc: Doc, paren: int) -> bool:
    """Two words in lower case right before the bracket: "energi nuklir untuk pembangkit listrik (PLTN)"; not a
    body described by its kind ("lembaga survei (SMRC)", "bank pelat merah (BRI)", "koalisi partai (KIM)")."""
    if not all(doc[j].is_alpha and doc[j].text.islower() for j in (paren - 2, paren - 1)):
        return False
    bodies = lower_word_list("id", "gloss_bodies.txt")
    return not any(doc[j].lower_ in lex.lower_heads or doc[j].lower_ in bodies for j in (paren - 3, paren - 2) if j >= 0)


def _ordinary_capitalised_gloss(lex: EntityLexicon, doc: Doc, paren: int, acronym: str) -> bool:
    """Capitalised ordinary words right before the bracket whose initials spell the acronym: "Dana Pihak Ketiga
    (DPK)"; not a body's name ("Badan Pengawas Obat dan Makanan", a head) nor one holding a place or a name
    ("Tentara Nasional Indonesia")."""
    start = paren - len(acronym)
    if start < 0:
        return False
    words = doc[start:paren]
    bodies = lower_word_list("id", "gloss_bodies.txt")
    # the words go on a longer capitalised name ("Kementerian Pekerjaan Umum (PU)"): the acronym is its part
    before = doc[start - 1] if start > 0 else None
    longer = before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start
    return (
        not longer
        and all(t.is_alpha and t.text[:1].isupper() for t in words)
        and "".join(t.text[0] for t in words).upper() == acronym
        and all(lex.ordinary_word(t.text) and t.lower_ not in lex.lower_heads and t.lower_ not in lex.org_place_words for t in words)
        and words[0].lower_ not in bodies
        and not lex.head_at(doc, start)[0]
    )


# how many codes of a list may stand between a code-taking noun and the code: "SIM A, BI, dan BII"
_CODE_LIST_TOKENS = 8


def _after_code_noun(lex: EntityLexicon, doc: Doc, start: int) -> bool:
    """Whether a code-taking noun (``code_nouns``) comes right before token ``start``, or before a list of codes
    that ends there: "SIM BI", "SIM A, BI, dan BII" (the licence's classes, never Bank Indonesia)."""
    for j in range(start - 1, max(-1, start - 1 - _CODE_LIST_TOKENS), -1):
        word = doc[j]
        if word.lower_ in lex.code_nouns:
            return True
        listed = word.text in {",", "/"} or word.lower_ in lex.list_joiners or _code_word(word.text)
        if not listed or j == start - 1 and word.text not in {",", "/"} and word.lower_ not in lex.list_joiners:
            return False
    return False


def _code_word(text: str) -> bool:
    """A letter code of a list of codes: up to four capitals and figures ("A", "BII", "B1")."""
    return 0 < len(text) <= 4 and text.isalnum() and text.upper() == text and text[:1].isalpha()


def _plate_region(lex: EntityLexicon, ent: Span) -> bool:
    """Whether a span is the region's capitals opening a number plate: one or two capitals before a number of one to
    four figures (a dot may part them: "RI 28.8", an official's car), after a plate's noun one or two words before
    ("pelat nomor RI 28", ``code_nouns``) or, a listed region (``plate_regions``), before the plate's last capitals
    ("B 2829 UIL"): not the country "RI" nor the place "B" stands for; "AS 36 T" is a country before an amount."""
    doc, i = ent.doc, ent.start
    text = ent.text
    if len(ent) != 1 or not (text.isalpha() and text.isupper() and len(text) <= 2) or i + 1 >= len(doc):
        return False
    number = doc[i + 1].text
    if not (number.replace(".", "").isdigit() and len(number.replace(".", "")) <= 4 and number[:1].isdigit()):
        return False
    after = doc[i + 2].text if i + 2 < len(doc) else ""
    if after.isalpha() and after.isupper() and len(after) <= 3 and text in lex.plate_regions:
        # a listed region only: "AS 36 T" is a country before an amount and its unit
        return True
    return any(doc[j].lower_ in lex.code_nouns for j in range(max(0, i - 2), i))


def _plate_letters(ent: Span) -> bool:
    """Whether a span is the last letters of an Indonesian number plate: one to three capitals after a number of one
    to four figures after the region's one or two capitals ("B 2829 UIL", "DK 1623 FO")."""
    doc, i = ent.doc, ent.start
    text = ent.text
    if len(ent) != 1 or not (text.isalpha() and text.isupper() and len(text) <= 3) or i < 2:
        return False
    number, region = doc[i - 1].text, doc[i - 2].text
    return number.isdigit() and len(number) <= 4 and region.isalpha() and region.isupper() and len(region) <= 2


def _after_rank(lex: EntityLexicon, ent: Span) -> tuple[int, int] | None:
    """The first rank inside a name, past its first word, as token offsets (start, end) into the span;
    none where only a place's head stands before it: "Jalan Brigjen Katamso" honours the general."""
    doc = ent.doc
    for k in range(1, len(ent)):
        n = lex.rank_at(doc, ent.start + k)
        if n:
            head_only = k == lex.head_at(doc, ent.start)[1]
            return None if head_only else (k, min(k + n, len(ent)))
    return None


def _region_label(lex: EntityLexicon, doc: Doc, start: int, label: str, units_only: bool = False) -> str:
    """A person's label after a regional office ("Kapolsek Sukmajaya") or unit ("Polres Rohil") is the region's."""
    return "LOC" if label == "PER" and lex.region_title_before(doc, start, units_only) else label


def _ranked_next(lex: EntityLexicon, doc: Doc, end: int) -> bool:
    """Whether a rank follows a name, right after it or after a comma ("Ciputat Timur, Kompol Bambang")."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    return k < len(doc) and bool(lex.rank_at(doc, k))


def _ranked_person(lex: EntityLexicon, doc: Doc, ent: Span) -> Span | None:
    """The officer a place's or body's name that opens with a rank names: "[Kompol Jama Purba]", "[AKP Ramses]",
    "[Inspektur Dua Ika Cakra Mustika]" typed LOC or ORG are the person after the rank; none where a place's head
    stands before the rank ("jalan Brigjen Katamso" honours the general) or other than person's words follow it."""
    n = lex.rank_at(doc, ent.start)
    if ent.label_ == "PER" or ent.kb_id_ or not n or n >= len(ent):
        return None
    if ent.start > 0 and lex.head_at(doc, ent.start - 1, lower=True)[1]:
        return None
    person = Span(doc, ent.start + n, ent.end, label="PER")
    # a name's inner word may be a common one ("Jama Kita Purba"); its first and last are a person's
    named = lex.person_word(person[0].text) and lex.person_word(person[-1].text)
    return person if named and all(t.is_alpha and t.text[:1].isupper() for t in person) else None


def split_at_ranks(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """Names cut where a rank stands inside them: the part before is the unit or region (none where it is
    titles only, "Kasat Samapta"), the part after the rank the officer; and a person's name after a unit,
    or between a regional office and a rank, retyped as the region."""
    out: list[Span] = []
    for ent in ents:
        cut = None if ent.kb_id_ else _after_rank(lex, ent)
        if cut is None:
            label = ent.label_ if ent.kb_id_ else _region_label(lex, doc, ent.start, ent.label_, not _ranked_next(lex, doc, ent.end))
            out.append(_ranked_person(lex, doc, ent) or (ent if label == ent.label_ else _retyped(ent, label)))
            continue
        rank_start, rank_end = ent.start + cut[0], ent.start + cut[1]
        # an office before the region ("Wakapolres Dumai Kompol ...") is no part of its name
        region_start = ent.start + lex.title_at(doc, ent.start)
        if region_start < rank_start:
            out.append(Span(doc, region_start, rank_start, label=_region_label(lex, doc, region_start, ent.label_)))
        if rank_end < ent.end:
            out.append(Span(doc, rank_end, ent.end, label="PER"))
    return out


def first_names_misread(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word place the model read right before a person's name, after a comma, is the person's first name:
    "Kepala Kantor Imigrasi Batam, Jefrico Daud Marturia" names one person, not "Jefrico" and "Daud Marturia". A
    place the gazetteer knows stays one ("..., Jakarta Budi Santoso" is rare; a known place there is a dateline)."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == "LOC"
            and len(ent) == 1
            and not ent.kb_id_
            and nxt.label_ == "PER"
            and nxt.start == ent.end
            and ent.start > 0
            and doc[ent.start - 1].text == ","
            and lex.person_word(ent.text)
        ):
            out.append(Span(doc, ent.start, nxt.end, label="PER"))
            i += 2
            continue
        out.append(ent)
        i += 1
    return out
