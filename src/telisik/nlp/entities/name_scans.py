"""Names the NER misses, found by scanning around head words and titles (for the gazetteer component).

``headed_names``: organisation and place names opened by a head word
(``lang/id/name_heads.tsv``); ``titled_persons``: people named right after a
title (``lang/id/titles.txt``); ``bodies_off_persons``: a company, team or place
the model ran into the person's name after it ("Tether Paolo Ardoino");
``codes_off_persons``: a results table's country code and team off the rider's
name before them ("Alex Marquez SPA", "Johann Zarco FRA Castrol").
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from telisik.nlp.doc import span_text
from telisik.nlp.entities.lexicon import EntityLexicon, capitalised, is_acronym
from telisik.text import name_key


@dataclass
class _HeadScan:
    """What the search for headed names reads: the Doc, the gazetteer's names by start, people's starts."""

    doc: Doc
    lex: EntityLexicon
    gaz_at: dict[int, Span]
    person_at: set[int]


def headed_names(lex: EntityLexicon, doc: Doc, model: list[Span], gaz: list[Span]) -> list[Span]:
    """Organisation and place names opened by a head word (``name_heads.tsv``):
    "Badan Intelijen Nasional Korea Selatan", "Dewan Keamanan Nasional AS".

    The name runs over capitalised words and inner connectors, takes in a known
    name it reaches and ends there, and stops before a person the model or the
    gazetteer found ("Dewan Keamanan Nasional Adrienne Watson").
    """
    scan = _head_scan(lex, doc, model, gaz)
    out: list[Span] = []
    i = 0
    while i < len(doc):
        label, length = lex.head_at(doc, i, lower=True)
        if not label or _head_in_title(scan, i, length) or _opening_common_head(scan, i, length):
            i += 1
            continue
        end = _headed_end(scan, i + length, label)
        if end and _lower_head_before_no_name(scan, i, length, end):
            end = 0
        if end:
            # a firm head's name may honour a person ("RS EMC Alam Sutera", "RS Cipto Mangunkusumo"): not cut
            if doc[i].text not in lex.whole_heads and doc[i : i + length].text not in lex.firm_heads:
                end = lex.before_person(doc, i + length, end)
            # "kawasan Pondok Aren": the lower-case area noun is no part of the name
            start = i + length if doc[i : i + length].text in lex.apart_heads else i
            out.append(Span(doc, start, end, label=label))
            i = end
        else:
            i += 1
    return out


def _opening_common_head(scan: _HeadScan, i: int, length: int) -> bool:
    """Whether a head that opens a name only capitalised (``capital_heads``: "Pasar") is capitalised only because it
    opens the sentence, before a place the gazetteer knows: "Pasar Eropa ditutup menguat" is the European market
    (a market report), no place named "Pasar Eropa"; "Pasar Agus Salim" inside a sentence is the market's name."""
    doc = scan.doc
    if doc[i : i + length].text not in scan.lex.capital_heads:
        return False
    opens = i == 0 or (doc.has_annotation("SENT_START") and doc[i].is_sent_start) or doc[i - 1].text in {"\n", "\n\n"}
    known = scan.gaz_at.get(i + length)
    return opens and known is not None and known.label_ == "LOC"


def _head_scan(lex: EntityLexicon, doc: Doc, model: list[Span], gaz: list[Span]) -> _HeadScan:
    """What the search for headed names reads, with the starts of the people a headed name stops before."""
    # people the model found where the gazetteer knows a place ("KBRI [Manila]") do not count
    known = {(g.start, g.end) for g in gaz if g.label_ != "PER"}
    person_at = {s.start for s in (*model, *gaz) if s.label_ == "PER" and (s.start, s.end) not in known}
    scan = _HeadScan(doc, lex, {g.start: g for g in gaz}, person_at)
    # a lower-case place noun introduces a place, whoever the model took the name for:
    # "kosmodrom Vostochny", "pelabuhan Tanjung Priok" (not in a title: "wali kota Elke Kahr")
    scan.person_at -= {
        s.start for s in model
        if s.start > 0 and doc[s.start - 1].is_lower and lex.lower_head_types.get(doc[s.start - 1].lower_) == "LOC"
        and not _head_in_title(scan, s.start - 1, 1)
    }
    # a firm head right before a person's reading names its place or body after that person: "RS Cipto
    # Mangunkusumo", "Stadion Santiago Bernabeu" (``name_heads.tsv``)
    scan.person_at -= {s.start for s in model if _in_firm_name(lex, doc, s.start)}
    return scan


# how many capitalised words a firm head's name may have before the person it honours: "Stadion GOR Haji
# [Agus Salim]", "Pasar Inpres [Agus Salim]"
_FIRM_NAME_WORDS = 3


def _in_firm_name(lex: EntityLexicon, doc: Doc, start: int) -> bool:
    """Whether token ``start`` goes on the name a firm head opens: the head right before it ("Stadion [Santiago
    Bernabeu]") or a few capitalised words before it, an honorific among them ("Stadion GOR Haji [Agus Salim]"):
    the stadium, market or hospital is named after the person, it is not the person."""
    j = start
    for _ in range(_FIRM_NAME_WORDS + 1):
        if _after_firm_head(lex, doc, j):
            return True
        if j == 0 or not capitalised(doc[j - 1].text) or doc[j - 1].is_sent_start:
            return False
        j -= 1
    return False


def _after_firm_head(lex: EntityLexicon, doc: Doc, start: int) -> bool:
    """Whether a capitalised ``firm`` head (one or two words) ends right before token ``start``."""
    for k in (2, 1):
        head = span_text(doc, start - k, start) if start >= k else ""
        if head in lex.firm_heads and lex.head_at(doc, start - k)[1] == k:
            return True
    return False


def _head_in_title(scan: _HeadScan, i: int, length: int) -> bool:
    """"Ibu Kota Korea Utara" is North Korea's capital, not a place named "Kota
    Korea Utara"; "Wali Kota Kupang" is Kupang's mayor."""
    doc = scan.doc
    return i > 0 and (name_key(doc[i - 1 : i + length].text) in scan.lex.not_entity_keys or scan.lex.title_at(doc, i - 1) > 1)


def _headed_end(scan: _HeadScan, j: int, label: str) -> int:
    """The end of a headed name whose head ends at token j; 0 when no name word follows."""
    doc, lex, n = scan.doc, scan.lex, len(scan.doc)
    end = 0
    while j < n and j not in scan.person_at and not lex.title_at(doc, j) and not _dated_day(scan, j):
        if j in scan.gaz_at:
            return scan.gaz_at[j].end
        if capitalised(doc[j].text):
            end = j = j + 1
            continue
        nxt = j + 1
        if end and _joining_hyphen(scan, j, label):
            j += 1
            continue
        # "Kementerian Luar Negeri dan Kementerian Unifikasi": two names, not one
        if (
            label == "ORG"
            and doc[j].text.lower() in lex.connectors
            and nxt < n
            and capitalised(doc[nxt].text)
            and not lex.head_at(doc, nxt)[0]
        ):
            j += 1
            continue
        break
    return end


def _dated_day(scan: _HeadScan, j: int) -> bool:
    """Token j is a day with its date in brackets after it ("BPBD Jember Sabtu (14/5/2025)"): the name ended before it."""
    doc = scan.doc
    return doc[j].lower_ in scan.lex.calendar_words and j + 2 < len(doc) and doc[j + 1].text == "(" and doc[j + 2].text[:1].isdigit()


def _joining_hyphen(scan: _HeadScan, j: int, label: str) -> bool:
    """Token j is a hyphen inside the name: written without spaces before a capitalised word
    ("Jalur Jiri-Gerik"), or, in a place's name, spaced between two places of a route before an
    uncommon name word ("Jalur Jiri - Gerik")."""
    doc = scan.doc
    if doc[j].text != "-" or j + 1 >= len(doc) or not capitalised(doc[j + 1].text):
        return False
    if not doc[j - 1].whitespace_ and not doc[j].whitespace_:
        return True
    return label == "LOC" and scan.lex.name_word(doc[j + 1].text) and not doc[j + 1].is_sent_start


def _lower_head_before_no_name(scan: _HeadScan, i: int, length: int, end: int) -> bool:
    """A lower-case head ("armada Pasifik Rusia", "kosmodrom Vostochny") opens a name only
    before a proper name, never before common words in capitals."""
    doc, lex = scan.doc, scan.lex
    if doc[i].text[:1].isupper():
        return False
    first = doc[i + length] if i + length < len(doc) else None
    return (
        first is None
        or end - length - i > 2
        or i + length in scan.gaz_at
        or not lex.name_word(first.text)
        or first.is_upper  # "stasiun RCTI", "tentara NICA": a noun before an acronym
        or first.lower_ in lex.calendar_words  # "gerakan Jumat bersih"
        or bool(lex.head_at(doc, i + length)[0])
    )


def split_headed(lex: EntityLexicon, spans: list[Span]) -> list[Span]:
    """A headed organisation or place name with a person's name run on after it, split."""
    out = []
    for span in spans:
        length = lex.head_at(span.doc, span.start)[1] if span.label_ != "PER" else 0
        if span[0].text in lex.whole_heads or span[:length].text in lex.firm_heads:
            length = 0
        cut = lex.before_person(span.doc, span.start + length, span.end) if length else span.end
        if cut < span.end:
            out += [Span(span.doc, span.start, cut, label=span.label_), Span(span.doc, cut, span.end, label="PER")]
        else:
            out.append(span)
    return out


@dataclass
class _TitleScan:
    """What the search for people after titles reads: the Doc, the tokens the entities take, the entities by start."""

    doc: Doc
    lex: EntityLexicon
    taken: set[int]
    at: dict[int, Span]
    max_words: int

    def person_like(self, span: Span) -> bool:
        # a surname may also name a place ("Austin"); the first word decides
        lex = self.lex
        return (
            span.label_ != "PER"
            and len(span) > 1
            and not span.kb_id_
            and all(lex.name_word(t.text) and not t.is_upper for t in span)
            and span[0].lower_ not in lex.org_place_words
            and span[0].lower_ not in lex.lower_heads
        )


def titled_persons(lex: EntityLexicon, doc: Doc, ents: list[Span], max_words: int = 4) -> list[Span]:
    """``ents`` with the people named right after a title: added where the model
    missed them ("Menteri Pertahanan Andrey Belousov", "Deputi Perdana Menteri
    Denis Manturov"), retyped where it gave a person's name another type
    ("Menteri Pertahanan Amerika Serikat, Lloyd Austin" read as a place), made
    whole where it found part of the name ("Menteri ESDM Bahlil [Lahadalia]")."""
    scan = _TitleScan(doc, lex, {i for e in ents for i in range(e.start, e.end)}, {e.start: e for e in ents}, max_words)
    out: list[Span] = []
    retyped: dict[int, Span] = {}
    taken_in: set[int] = set()  # starts of the entities a fuller name took in
    i = 0
    while i < len(doc):
        length = lex.title_at(doc, i)
        if not length or i in scan.taken:
            i += 1
            continue
        j = _title_chain_end(scan, i + length)
        person = _titled_person(scan, i, length, j)
        if person is None:
            i += 1
            continue
        inside = [s for s in scan.at if person.start <= s < person.end]
        if inside == [person.start] and scan.at[person.start].end == person.end:
            if scan.person_like(scan.at[person.start]):
                retyped[person.start] = person
        else:
            out.append(person)
            taken_in.update(inside)
        i = person.end
    kept = [retyped.get(e.start, e) for e in ents if e.start not in taken_in]
    return sorted(kept + out, key=lambda s: s.start)


def _title_chain_end(scan: _TitleScan, j: int) -> int:
    """Past chained titles and the country, body or portfolio they belong to, from token j
    ("Menteri ESDM, Bahlil Lahadalia", "Direktur Jenderal Keamanan Publik Franz Ruf")."""
    doc, n, lex = scan.doc, len(scan.doc), scan.lex
    while j < n:
        more = lex.title_at(doc, j)
        if doc[j].text == "," and j + 1 < n and capitalised(doc[j + 1].text) and capitalised(doc[j - 1].text):
            # "Menteri ESDM, Bahlil Lahadalia"; not "kepada wartawan, Senin"
            j += 1
        elif portfolio_end := _bracketed_portfolio_end(scan, j):
            # "Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia": the portfolio runs over its
            # connector to its acronym in brackets
            j = portfolio_end
        elif more and lex.given_name_at(doc, j):
            break
        elif more:
            j += more
        elif doc[j].lower_ in lex.title_departments and capitalised(doc[j].text):
            # the department an English post names: "Head of [Marketing] Jaecoo", "Vice President [Corporate Relations]"
            j += 1
        elif j in scan.at and scan.at[j].label_ != "PER" and not scan.person_like(scan.at[j]):
            j = scan.at[j].end
        elif j not in scan.taken and capitalised(doc[j].text) and not lex.person_word(doc[j].text) and doc[j].lower_ not in lex.title_names:
            j += 1
        else:
            break
    return j


# the most words of a portfolio written out before its acronym in brackets
_MAX_PORTFOLIO_WORDS = 8


def _bracketed_portfolio_end(scan: _TitleScan, j: int) -> int:
    """The end of a portfolio written out and then as an acronym in brackets, from token j after a title:
    "Energi dan Sumber Daya Mineral (ESDM)" -> after ")"; 0 if none (capitalised words and connectors only,
    no entity but the acronym's inside)."""
    doc, n = scan.doc, len(scan.doc)
    k = j
    while k < n and k - j <= _MAX_PORTFOLIO_WORDS and doc[k].text != "(":
        joining = k > 0 and doc[k].lower_ in scan.lex.connectors and capitalised(doc[k - 1].text)
        if k in scan.taken or not (capitalised(doc[k].text) or joining):
            return 0
        k += 1
    if k == j or k + 2 >= n or doc[k].text != "(" or doc[k + 2].text != ")" or not is_acronym(doc[k + 1].text):
        return 0
    return k + 3


def _titled_person(scan: _TitleScan, i: int, length: int, j: int) -> Span | None:
    """The person named from token j after the title at token i, if any: the capitalised
    run from j (over names the model found in part, "Bahlil [Lahadalia]") when it looks
    like a person's name, else its last two to four person words after a body's name
    ("Kehutanan [Raja Juli Antoni]")."""
    doc, lex = scan.doc, scan.lex
    k = _capitalised_run_end(scan, j)
    whole = scan.at.get(j)
    if whole is not None and whole.end == k and scan.person_like(whole):
        return Span(doc, j, k, label="PER")
    if _full_person_after(scan, j, k):
        return None
    t = k
    while t > j and lex.person_word(doc[t - 1].text):
        t -= 1
    if t > j:
        # an ordinary word goes on the body's name, not a person's: "Pengawasan Sumber Daya Kelautan dan Perikanan"
        while t < k and lex.ordinary_word(doc[t].text):
            t += 1
        if k - t < 2:
            return None
        if doc[t - 1].lower_ in lex.title_names:
            # a title word that is also a given name, after a body's name: "Menteri Kehutanan Raja Juli Antoni"
            t -= 1
    if k == t or k - t > scan.max_words or _no_holder(scan, i, length, t, k):
        return None
    return Span(doc, t, k, label="PER")


def _no_holder(scan: _TitleScan, i: int, length: int, t: int, k: int) -> bool:
    """Whether the words t..k after the title at token i name no holder of it: the rest of a name the model read, a
    letter ("Wilayah X"), the rest of a generic name ("Ibu Kota" is a capital city, not a Mrs Kota), a portfolio
    ("Menteri Kehakiman" names a ministry's head, not a Mr Kehakiman)."""
    doc, lex = scan.doc, scan.lex
    if any(s < t < e.end for s, e in scan.at.items()):
        return True  # the words start inside a name the model read: they are its rest, not a holder
    if _one_letter(doc[t:k]) or name_key(doc[i : t + 1].text) in lex.not_entity_keys:
        return True
    return k - t == 1 and t == i + length and doc[i : i + length].text.lower() in lex.portfolio_titles


def _full_person_after(scan: _TitleScan, j: int, k: int) -> bool:
    """Whether the model read a person's full name (two words or more) inside the run after a title but not at
    its start, and the run opens with no given name: the words before it are the title's body, not the person's
    ("CEO Lockheed [Martin] [Jim Taiclet]", "Direktur Utama [Inalum] [Melati Sarnita]"); a given name or a rank
    before it opens the person ("Sekretaris Kabinet Teddy [Indra Wijaya]"), and a one-word reading is part of a
    name ("Menteri ESDM Bahlil [Lahadalia]")."""
    if j >= k:  # nothing after the title (it ends the text)
        return False
    # a rank is followed by its holder, never a body: "Kombes Pol Gidion [Arif Setyawan]"
    before = scan.doc[j - 1].lower_ if j > 0 else ""
    if scan.doc[j].lower_ in scan.lex.given_names or before in scan.lex.ranks or before in scan.lex.rank_corps:
        return False
    return any(s in scan.at and scan.at[s].label_ == "PER" and len(scan.at[s]) > 1 for s in range(j + 1, k))


def _one_letter(span: Span) -> bool:
    """A letter alone names nobody: "Wilayah X"."""
    return len(span.text) == 1 and span.text.isalpha()


def _capitalised_run_end(scan: _TitleScan, j: int) -> int:
    """The end of the run of capitalised words from token j, taking in the names found there that a
    person's name may hold (no gazetteer name, every word a person's word), ending before a religious honorific
    ("Nabi Muhammad [Shallallahu Alaihi Wassalam]", ``honorific_suffixes``)."""
    doc, lex = scan.doc, scan.lex
    k = j
    while k < len(doc) and capitalised(doc[k].text) and not (k > j and _honorific_at(lex, doc, k)):
        if k not in scan.taken:
            k += 1
            continue
        ent = scan.at.get(k)
        if ent is None or ent.kb_id_ or not (scan.person_like(ent) or all(lex.person_word(t.text) for t in ent)):
            break
        k = ent.end
    return k


def _honorific_at(lex: EntityLexicon, doc: Doc, k: int) -> bool:
    """A religious honorific (``honorific_suffixes``, up to four words) starts at token k."""
    return any(lex.honorific(doc[k : k + n]) for n in range(1, min(4, len(doc) - k) + 1))


def bodies_off_persons(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """``ents`` with a body's or place's one-word name split off the person's name the model ran it into
    ("CEO Tether Paolo Ardoino", "rookie Gresini Fermin Aldeguer", "Pemain Liverpool Stan Collymore"),
    so that neither the person nor the body takes the other's name into its links. The person's name
    starts at a given name (``given_names``) and the word before it is none; that word names a body
    where the gazetteer knows it, the article names it on its own or in another body's or place's name
    ("Gresini Racing"), or it is written as an acronym ("HRC Joan Mir"). An organisation read whole by the
    model keeps its name unless the gazetteer knows its first word or the article also names the person
    alone by a word of it: "UIN Syarif Hidayatullah" is a university."""
    if not lex.given_names:
        return ents
    bodies: set[str] = set()
    person_words: dict[int, set[str]] = {}
    for e in ents:
        words = e.text.split()
        if e.label_ in ("ORG", "LOC"):
            bodies.update({e.text, words[0], words[-1]})
        elif e.label_ == "PER":
            person_words[e.start] = set(words)
    # the words of everyone else, built once: only an organisation's check reads them, and an organisation starts
    # where no person does (one set a span would make this quadratic in a long page's entities)
    everyone = {w for words in person_words.values() for w in words}
    out: list[Span] = []
    for e in ents:
        mine = e.label_ == "ORG" and e.start in person_words  # never, with spans that do not overlap; kept exact
        others = {w for s, ws in person_words.items() if s != e.start for w in ws} if mine else everyone
        # a span's own text never answers the checks (they read its first word of three or more), so the set is whole
        out.extend(_body_before_person(lex, e, bodies, others) or [e])
    return out


def _opens_with_a_body(lex: EntityLexicon, span: Span, bodies: AbstractSet[str] = frozenset()) -> bool:
    """Whether a span's first word is no given name and a person's name starts after it: at a given name,
    or, right after a title and where the article names a body by that first word, at any person's word
    ("Direktur [Cecabank] Aurora Cuadros" with "Bank Spanyol Cecabank" before; the list of given names
    misses many)."""
    first, rest = span[0], span[1:]
    person_starts = rest[0].lower_ in lex.given_names or (
        first.text in bodies and _after_title(lex, span) and all(lex.person_word(t.text) for t in rest)
    )
    return (
        person_starts
        and first.lower_ not in lex.given_names
        and first.is_alpha
        and all(capitalised(t.text) for t in rest if t.is_alpha)
        and first.text not in lex.name_heads
        and not lex.title_at(span.doc, span.start)
    )


def _after_title(lex: EntityLexicon, span: Span) -> bool:
    """Whether a title ends right before the span ("Direktur [Cecabank Aurora Cuadros]")."""
    return any(lex.title_at(span.doc, k) == span.start - k for k in range(max(0, span.start - 4), span.start))


def _body_before_person(lex: EntityLexicon, span: Span, bodies: set[str], person_words: set[str]) -> list[Span] | None:
    """A person's or organisation's span split into the body that opens it and the person after it, if it is one."""
    named_bodies = bodies if span.label_ == "PER" else frozenset()
    if span.label_ not in ("PER", "ORG") or len(span) < 3 or not _opens_with_a_body(lex, span, named_bodies):
        return None
    first = span[0]
    entry = lex.known(first.text)
    known = entry is not None and entry.type != "PER"
    acronym = is_acronym(first.text) and len(first.text) > 1
    if span.label_ == "PER" and not (known or first.text in bodies or acronym):
        return None
    if span.label_ == "ORG" and not (known or (first.text in bodies and person_words & {t.text for t in span[1:]})):
        return None
    body = Span(span.doc, span.start, span.start + 1, label=entry.type if known and entry is not None else "ORG")
    return [body, Span(span.doc, span.start + 1, span.end, label="PER")]


def _code_at(span: Span) -> int:
    """The offset in a person's span of a code of three capitals after two or more name words (0 if none)."""
    for k in range(2, len(span)):
        tok = span[k]
        if tok.is_alpha and tok.is_upper and len(tok.text) == 3:
            return k if all(capitalised(t.text) and not t.is_upper for t in span[:k]) else 0
    return 0


def codes_off_persons(ents: list[Span]) -> list[Span]:
    """``ents`` with each person's name cut before a code of three capitals that follows the names of two
    or more different people: a results table's country column ("Alex Marquez SPA", "Joan Mir SPA",
    "Johann Zarco FRA Castrol"), with the team after it left out. A code after one person's name only is
    kept ("Nabi Muhammad SAW")."""
    codes: dict[str, set[str]] = {}
    for e in ents:
        k = _code_at(e) if e.label_ == "PER" else 0
        if k:
            codes.setdefault(e[k].text, set()).add(e[:k].text)
    column = {code for code, names in codes.items() if len(names) > 1}
    if not column:
        return ents
    out: list[Span] = []
    for e in ents:
        k = _code_at(e) if e.label_ == "PER" else 0
        out.append(Span(e.doc, e.start, e.start + k, label="PER") if k and e[k].text in column else e)
    return out
