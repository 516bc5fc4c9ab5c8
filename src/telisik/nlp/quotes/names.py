"""A speaker's name as a reader expects it: the person's own name, without the title, dateline, body or place
written in front of it, nor the words after it; the person a role stands for; the full name for a nickname."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from telisik.lang import lower_word_list
from telisik.nlp.doc import doc_text
from telisik.nlp.quotes.lexicon import PUNCT, QuoteLexicon
from telisik.nlp.quotes.speakers import ACRONYM, before_degrees
from telisik.records.entities import Entity
from telisik.records.quotes import Quote

# a dateline glued in front of a name: "JAKARTA- Penyanyi Denada", "JAKARTA, KOMPAS.com - ..."
_DATELINE = re.compile(r"^[A-Z][A-Z.]{2,}(?:\s+[A-Z][A-Z.]+)*\s*[-–—,]+\s*")
_CAPITALISED = re.compile(r"^[A-Z][\w'’.-]*$")
_ASIDE = re.compile(r"\([^()]{0,60}\)")
# how far before a person's mention a role naming them is looked for
_ROLE_REACH = 200
# how far before a nickname's cue its person's full name is looked for ("Muzakir Manaf ... Pria yang akrab disapa Mualem")
_NICKNAME_REACH = 250


def _persons(doc: Doc) -> list[Entity]:
    return [e for e in doc._.entities or [] if e.type == "PER"]


def _person_named(doc: Doc, name: str) -> Entity | None:
    """The person whose name or one of whose mentions is written ``name``."""
    for ent in _persons(doc):
        if ent.name == name or any(m.text == name for m in ent.mentions):
            return ent
    return None


def _cut_tail(lex: QuoteLexicon, words: list[str]) -> list[str]:
    """The words up to a lower-case stop, citation or setting word ("Suharini Eliawati dikutip", "Muzakir Manaf lah",
    "Kombes Ihsan dilansir detikJogja") or a nickname's joiner ("Ustaz Soleh Mahmud atau"): what follows is the
    sentence, not the name."""
    for i, w in enumerate(words[1:], 1):
        bare = w.strip(PUNCT)
        if bare.islower() and any(lex.has(role, bare) for role in ("stop", "cue", "adjunct", "nickname_joiner")):
            # not inside a long title: "Anggota Komisi III DPR RI dari Fraksi PKB Hasbiallah Ilyas"
            return words if any(_CAPITALISED.match(x) for x in words[i + 1 :]) else words[:i]
    return words


def _without_degree_tail(lex: QuoteLexicon, words: list[str]) -> list[str]:
    """The words without the degrees written after the name ("Susiana Tabrani MPd", an entity's name with its degree)."""
    return words[: before_degrees(lex, words)]


def _untitled(lex: QuoteLexicon, doc: Doc, words: list[str]) -> list[str]:
    """The name after the titles written in front of it ("Menaker Yassierli", "Penyanyi Denada", "Kabid Humas
    Polda DIY Kombes Ihsan", "Kepala Badan Geologi Kementerian ESDM Muhammad Wafid"): the longest rest that is a
    person the article names, of two words at least or right after a title."""
    if not lex.prefix("name_title", words):
        return words
    for j in range(1, len(words)):
        # a one-word name right after a title, or after titles and a body's acronym ("Dirjen AHU Widodo")
        ends_title = any(lex.has("name_title", " ".join(words[max(0, j - n) : j])) for n in (1, 2, 3))
        titles_only = all(lex.has("name_title", w) or ACRONYM.match(w) for w in words[:j])
        rest = words[j:]
        if len(rest) == 1 and ACRONYM.match(rest[0]):
            break  # "Juru bicara ICE": a body the model took for a person
        person = _person_named(doc, " ".join(rest))
        if (ends_title or titles_only or len(rest) >= 2) and person is not None:
            return _own_mention(person, rest)
    return words


def _without_common_front(doc: Doc, words: list[str]) -> list[str]:
    """The name of a person the article names after ordinary words written in front of it, which a sentence's
    start capitalised ("Artis Fanny Ghassani mengaku", "Komedian Ananta Rispo"): words no name is made of."""
    common = lower_word_list("id", "common_words.txt")
    for k in range(1, len(words) - 1):
        if words[k - 1].lower().strip(PUNCT) not in common:
            return words
        # the rest opens with a word of a name, not with more ordinary words the model took for one ("Spesialis
        # Anak Konsultan Neurologi")
        if words[k].lower().strip(PUNCT) not in common and _person_named(doc, " ".join(words[k:])) is not None:
            return words[k:]
    return words


def _office_word(lex: QuoteLexicon, word: str, acronym: bool = True) -> bool:
    """A word of an office or body, never of a person's name: a title, an institution word, an acronym ("PJR", "AKP")
    unless ``acronym`` is false (a name written in capitals opens a lead: "REZA Arya Pratama")."""
    bare = word.strip(PUNCT)
    return (acronym and bool(ACRONYM.match(bare))) or any(lex.has(role, bare) for role in ("name_title", "title", "institution", "group"))


def _office_in_front(lex: QuoteLexicon, front: list[str]) -> bool:
    """Whether words before a name hold an office word; an acronym counts past the first word only."""
    return any(_office_word(lex, w, acronym=i > 0) for i, w in enumerate(front))


def _name_after_office(lex: QuoteLexicon, doc: Doc, words: list[str]) -> list[str]:
    """The person's name at the end of an office written in front of it that no title list holds whole ("Founder
    dan CEO Realme Sky Li", "Kainduk PJR Bitung Korlantas Polri AKP Andy Pradana"): the longest
    tail of two to four capitalised words, none an office word, that starts with the word the article calls the
    person by elsewhere ("kata Andy", the shortest such tail first); or the two or three words after
    nothing but office words ("Perekonomian Airlangga Hartarto", what a title list left of "Menteri Koordinator
    Perekonomian"). Only after an office word, so a person's own long name ("Muhammad Rizal Fadillah", later
    "Rizal") stays whole."""
    if len(words) < 3:
        return words
    common = lower_word_list("id", "common_words.txt")
    lead = next((i for i, w in enumerate(words) if not _office_word(lex, w, acronym=i > 0)), len(words))
    rest = words[lead:]
    # "Perekonomian Airlangga Hartarto": only a title's portfolio in front of the name (not "Agung" of "WIKA Agung
    # Budi Waskito", a name as often), or a front the article drops when it shortens the name
    plain = lead and 2 <= len(rest) <= 3 and all(_CAPITALISED.match(w) and not _office_word(lex, w) for w in rest)
    if plain and (_portfolio(lex, doc, words, lead) or _called_alone(lex, doc, words[lead - 1], rest)):
        return rest
    for k in range(len(words) - 2, max(0, len(words) - 5), -1):
        rest = words[k:]
        if not _office_in_front(lex, words[:k]) or any(_office_word(lex, w) for w in rest):
            continue
        if not all(_CAPITALISED.match(w) for w in rest):
            continue
        if rest[0].lower() not in common and _called_alone(lex, doc, words[k - 1], rest):
            return rest
    return _tail_after_last_body(lex, doc, words, common) if len(words) >= 5 else words


def name_after_office(lex: QuoteLexicon, doc: Doc, words: list[str], person: bool, known: bool) -> list[str]:
    """The person's name at the end of a speaker written with the office it holds, the one pass that strips an
    office for every speaker: for a person or a speaker no entity covers, the name the article calls the person
    by ("Founder dan CEO Realme Sky Li"); failing that, for any speaker but a person the NER found, the
    capitalised words closing an office opened by a title ("Asisten Camat Johar Baru Bahrullazi", "Kepala Seksi
    ... Kanim Kotamobagu Keneth Rompas"), where no person the model found stands in the phrase."""
    if person or not known:
        named = _name_after_office(lex, doc, words)
        if named != words or person:
            return named
    if len(words) < 3 or not lex.has("name_title", words[0]):
        return words
    bodies = {w for e in doc._.entities or [] if e.type != "PER" for m in e.mentions for w in m.text.split()}
    name = _name_closing_office(lex, words, bodies)
    return name.split() if name else words


def _tail_after_last_body(lex: QuoteLexicon, doc: Doc, words: list[str], common: frozenset[str]) -> list[str]:
    """In a phrase too long for a name ("Petugas Penanggulangan Bencana Distrik Rudraprayag Nandan Singh Rajwar"),
    the two to four capitalised words after its last office word or word of a body or place the article names (a
    body that runs on into the name, "COS Event Disyon Toba", does not count), ordinary words dropped from its front
    ("Event"); none when a body or place is named inside them ("Corporate Secretary Pelita Air", "Daker Makkah")."""
    last = words[-1]
    bodies = [m.text.split() for e in doc._.entities or [] if e.type != "PER" for m in e.mentions]
    body_words = {w for body in bodies if last not in body for w in body}
    cut = max((i for i, w in enumerate(words) if _office_word(lex, w) or w in body_words), default=-1)
    tail = words[cut + 1 :]
    while tail and tail[0].lower() in common:
        tail = tail[1:]
    # one word after a rank is a name too where the article names that person ("... Korlantas Polri Kombes Pol Sumardji")
    ranked_one = len(tail) == 1 and lex.has("name_title", words[cut]) and _person_named(doc, tail[0]) is not None
    if cut < 0 or not (_name_shaped(tail) or ranked_one) or _names_a_body(tail, bodies):
        return words
    return tail


def _name_shaped(words: list[str]) -> bool:
    """Two to four capitalised words, none an acronym: the shape of a person's name."""
    return 2 <= len(words) <= 4 and all(_CAPITALISED.match(w) and not ACRONYM.match(w) for w in words)


def _names_a_body(words: list[str], bodies: list[list[str]]) -> bool:
    """Whether one of ``bodies`` (a body's or place's words) is written inside ``words``."""
    return any(body == words[k : k + len(body)] for body in bodies for k in range(len(words) - len(body) + 1))


def _portfolio(lex: QuoteLexicon, doc: Doc, words: list[str], lead: int) -> bool:
    """Whether the first ``lead`` words are ordinary words, or follow a title where the text writes them ("Menteri
    Perindustrian Faisol Riza"): a portfolio the title list left, not the first name of a person."""
    if all(w.lower() in lower_word_list("id", "common_words.txt") for w in words[:lead]):
        return True
    for m in re.finditer(re.escape(" ".join(words)), doc_text(doc)):
        before = doc_text(doc)[max(0, m.start() - 40) : m.start()].split()
        if before and lex.has("name_title", before[-1]):
            return True
    return False


def _called_alone(lex: QuoteLexicon, doc: Doc, before: str, name: list[str]) -> bool:
    """Whether the name's first word is written alone somewhere, not right after ``before``, as a person: a person's
    mention, or next to a speech verb ("kata Andy", "Menurut Sky"); not a word of a body's name the article writes
    without the rest of ours ("Hangtuah" of "Hangtuah Jakarta", "Realme" of "Realme P3"): the short name the article
    calls the person by."""
    word, text = name[0], doc_text(doc)
    for e in doc._.entities or []:
        if e.type != "PER" and any(word in m.text.split() and name[-1] not in m.text.split() for m in e.mentions):
            return False
    persons = {m.start for e in _persons(doc) for m in e.mentions if m.text == word}
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        prev = text[max(0, m.start() - 30) : m.start()].split()[-1:]
        if prev and prev[0] == before:
            continue
        if m.start() in persons or (prev and prev[0].lower() in lex.verbs and text[m.end() : m.end() + 1] in ",. "):
            return True
    return False


def _own_mention(person: Entity, words: list[str]) -> list[str]:
    """The shortest tail of ``words``, of two words at least, that the person is written as somewhere: "Budi
    Gunawan" of "Polkam Budi Gunawan", a name the model ran on from the portfolio in "Menko Polkam Budi Gunawan"."""
    written = {m.text for m in person.mentions}
    for k in range(len(words) - 2, 0, -1):
        if " ".join(words[k:]) in written:
            return words[k:]
    return words


def _body_ends(doc: Doc, kinds: tuple[str, ...]) -> Counter[str]:
    """The texts of the mentions of the article's entities of ``kinds``, with how often each is written."""
    return Counter(m.text for e in doc._.entities or [] if e.type in kinds for m in e.mentions)


def _without_body(doc: Doc, words: list[str], after_office: bool, person: bool) -> list[str]:
    """The name of a person the article names, after a body or place it names too, glued in front of it ("Shell
    Wael Sawan", "Gaikindo Yohannes Nangoi"); a one-word name only after a region's office ("Bupati Sidoarjo
    Subandi", "Wali Kota Cimahi Ngatiyana"), as "Menhan Israel Katz" is a person's whole name. Where the speaker
    is a person whose name the model ran on from the body ("Wilmar Erlina Panitri"), the rest need be named
    nowhere else."""
    bodies, organisations = _body_ends(doc, ("LOC", "ORG")), _body_ends(doc, ("ORG",))
    for k in range(1, len(words)):
        rest = words[k:]
        if len(rest) < 2 and not after_office:
            continue
        front = words[:k]
        run_on = person and len(rest) >= 2 and any(organisations[" ".join(words[j:k])] >= 2 for j in range(k))
        # the model ran a person's name on from the body written before it: "Habitat Park Rizki Maharani" gives
        # the person "Park Rizki Maharani"
        run_on = run_on or (person and len(rest) >= 2 and _ends_a_body_before(doc, bodies, front, rest))
        if not run_on and _person_named(doc, " ".join(rest)) is None:
            continue
        # one capitalised word before a name may be its first name misread as a place ("Jefrico" of "Jefrico Daud
        # Marturia", later "kata Jefrico"); only an organisation named elsewhere too is glued on ("Shell Wael Sawan")
        if after_office or len(front) >= 2:
            glued = any(bodies[" ".join(front[j:])] for j in range(len(front)))
        else:
            glued = organisations[front[0]] >= 2 or _ends_a_body_before(doc, bodies, front, rest)
        if glued:
            return rest
    return words


def _ends_a_body_before(doc: Doc, bodies: Counter[str], front: list[str], rest: list[str]) -> bool:
    """Whether ``front`` ends with the last word of a body or place written right before the rest in the text
    ("Park" of "Habitat Park" in "Habitat Park Rizki Maharani")."""
    last, tail = front[-1], " ".join(rest)
    return any(body.split()[-1] == last and len(body.split()) >= 2 and f"{body} {tail}" in doc_text(doc) for body in bodies)


def _several_persons(lex: QuoteLexicon, doc: Doc, name: str) -> bool:
    """Whether ``name`` lists persons of the article joined by a conjunction ("Pelatih Patrick Kluivert dan
    gelandang Joey Pelupessy"; not "Thomas Trikasih Lembong alias Tom Lembong")."""
    joint = lex.conjunction.search(name)
    if joint is None:
        return False
    # persons introduced by a full name somewhere; a one-word "person" ("Riset" of "Riset dan Teknologi") is a misread word
    full = [ent for ent in _persons(doc) if any(len(m.text.split()) >= 2 for m in ent.mentions)]
    texts = {text for ent in full for text in {ent.name, *(m.text for m in ent.mentions)} if text}
    head, tail = name[: joint.start()], name[joint.end() :]
    return any(t in head for t in texts) and any(t in tail for t in texts)


def _after_region_office(lex: QuoteLexicon, text: str, name: str, start: int, end: int) -> bool:
    """Whether ``name``, written within text[start:end], follows a region's office ("Bupati", "Wali Kota")."""
    at = text.find(name, start, end + len(name))
    if at < 0:
        return False
    before = text[max(0, at - 30) : at].split()
    return any(lex.has("region_office", " ".join(before[-k:])) for k in (1, 2, 3) if len(before) >= k)


Named = tuple[str | None, str | None]  # a speaker's name and entity id


def tidy_speaker(lex: QuoteLexicon, doc: Doc, speaker: Named, span: tuple[int, int] | None) -> Named:
    """The speaker's name (and entity) as a reader expects it; ``span`` is where the text names the speaker."""
    name, entity_id = speaker
    # a group phrase ("korban bernama Hasan", "Pedagang pasar Rudi Hartono" opening a sentence), not a lower-case
    # title before a name ("dr Farida")
    if name and (not name[:1].isupper() or lex.has("group", name.split()[0])) and not lex.has("name_title", name.split()[0]):
        named = _named_in_group(lex, doc, speaker)
        if named != speaker or not name[:1].isupper():
            return named
    if not name:
        return speaker
    words = _without_degree_tail(lex, _cut_tail(lex, _DATELINE.sub("", name).split()))
    lead = lex.prefix("connector", words)
    if 0 < lead < len(words) and _CAPITALISED.match(words[lead]):
        words = words[lead:]  # "Padahal Denada", "Bagi Rizky": a sentence opener the model ran into the name
    if not words:
        return speaker
    whole = _kept_whole(lex, doc, speaker, words)
    if whole is not None:
        return whole
    office = span is not None and _after_region_office(lex, doc_text(doc), " ".join(words), span[0], span[1])
    types = {e.id: e.type for e in doc._.entities or []}
    speaks_as_person = types.get(entity_id or "") == "PER"
    words = _untitled(lex, doc, _without_common_front(doc, _without_body(doc, words, office, speaks_as_person)))
    words = _person_closing_office(lex, doc, name_after_office(lex, doc, words, speaks_as_person, bool(entity_id)))
    tidy = " ".join(_as_written_elsewhere(doc, words))
    if tidy == name:
        return speaker
    person = _person_named(doc, tidy)
    if person is not None:
        return tidy, person.id
    return tidy, entity_id if speaks_as_person else None


def _kept_whole(lex: QuoteLexicon, doc: Doc, speaker: Named, words: list[str]) -> Named | None:
    """The speaker as written, where no one person's name is to be cut out of it: a role towards someone named
    after it ("Kuasa Hukum Hasto Kristiyanto", "Istri Wali Kota Bogor Dedie Rachim": the name closing the phrase is
    the other person's, and so is that person's entity), or several speakers ("Pelatih Patrick Kluivert dan
    gelandang Joey Pelupessy"); None for any other speaker."""
    name, entity_id = speaker
    if opens_with_relation(lex, words):
        kept = (" ".join(words), None if _entity_type(doc, entity_id) == "PER" else entity_id)
        return speaker if kept == speaker else kept
    if _several_persons(lex, doc, name or ""):
        tidy = " ".join(words)
        return speaker if tidy == name else (tidy, entity_id)
    return None


def _entity_type(doc: Doc, entity_id: str | None) -> str | None:
    return next((e.type for e in doc._.entities or [] if e.id == entity_id), None) if entity_id else None


def opens_with_relation(lex: QuoteLexicon, words: list[str]) -> bool:
    """Whether words open with a role towards someone named after it, a former one too ("Kuasa Hukum Hasto
    Kristiyanto", "Istri Wali Kota Bogor Dedie Rachim", "mantan ajudan Presiden X"), the one it is held towards
    written with a capital: not towards a common noun ("Kuasa Hukum korban Ichwan Tuankotta", the name after it the
    holder's), nor a body's name holding such a word ("Menteri Kependudukan dan Pembangunan Keluarga Wihaji")."""
    lead = 1 if words and words[0].lower() == "mantan" else 0
    n = lex.prefix("relation", words[lead:])
    return n > 0 and lead + n < len(words) and words[lead + n][:1].isupper()


def _person_closing_office(lex: QuoteLexicon, doc: Doc, words: list[str]) -> list[str]:
    """The person the article's NER names, written at the end of an office phrase that the passes before left
    whole ("Direktur Gempa dan Tsunami BMKG Daryono", "Kasie Humas Polres Metro Tangerang Kota AKP Prapto", "Ketua
    Panitia Pelaksana Muhammad Iqbal" cut to "Pelaksana Muhammad Iqbal"): the longest tail of one to four
    capitalised words, the first no ordinary word, that is a person's name or mention, after words holding an office
    or only ordinary capitalised words."""
    if _person_named(doc, " ".join(words)) is not None:
        return words  # already a person's name as the article writes it ("Israel Katz")
    common = lower_word_list("id", "common_words.txt")
    bodies = {w for e in doc._.entities or [] if e.type != "PER" for m in e.mentions for w in m.text.split()}
    for k in range(max(1, len(words) - 4), len(words)):
        front, rest = words[:k], words[k:]
        if not all(_CAPITALISED.match(w) and not _office_word(lex, w) for w in rest):
            continue
        person = _person_named(doc, " ".join(rest))
        if person is None or (len(rest) == 1 and len(person.mentions) < 2):
            continue  # a one-word "person" named once may be a misread place ("Kelas IIA Pangkalpinanh")
        if not (_office_in_front(lex, front) or all(w.lower().strip(PUNCT) in common for w in front)):
            return words
        if rest[0].lower() in common or (len(rest) == 1 and not _one_word_name_after(lex, front[-1], rest[0], bodies)):
            return words
        return rest
    return words


def _one_word_name_after(lex: QuoteLexicon, before: str, word: str, bodies: set[str]) -> bool:
    """Whether a one-word name closes an office right after ``before``: after a title or rank or a body's acronym
    ("BMKG Daryono", "AKP Prapto"), never after a place or body word, which may be the person's first name or the
    body's own name the model read as a person ("Israel Katz", "Renee Rhoades", "Polres Siak"), nor a word of a
    body or place the article names ("Kementerian Ketenagakerjaan")."""
    return (lex.has("name_title", before) or bool(ACRONYM.match(before))) and word not in bodies


def _as_written_elsewhere(doc: Doc, words: list[str]) -> list[str]:
    """A name with a word in capitals that a lead wrote so ("PATRICK Kluivert", "OSAKA- ..."), as the article
    writes it elsewhere ("Patrick Kluivert")."""
    cased = [w.capitalize() if len(w) >= 4 and w.isupper() else w for w in words]
    return cased if cased != words and " ".join(cased) in doc_text(doc) else words


def _named_in_group(lex: QuoteLexicon, doc: Doc, speaker: Named) -> Named:
    """The person a group phrase names: "korban bernama Hasan", "warga Gaza bernama Mohammad Abu Amr", "tersangka
    Suryadi Gunawan" (not "kakak Ria Ricis": a role towards someone else)."""
    name = speaker[0] or ""
    words = name.split()
    if not words or lex.prefix("relation", words):
        return speaker
    for i, w in enumerate(words):
        if lex.has("naming", w) and i + 1 < len(words):
            rest = words[i + 1 :]
            break
    else:
        if not lex.has("group", words[0]):
            return speaker
        rest = words[1:]
    # the person may follow the group's own words ("pedagang pasar Rudi Hartono", "sopir angkot Rudi"), not a
    # preposition's ("warga ke Gibran": the one the group spoke to, no word of the speaker)
    cut = next((k for k, w in enumerate(rest) if lex.has("stop", w) or lex.has("addressee", w)), len(rest))
    person = next((p for k in range(cut) if _CAPITALISED.match(rest[k]) for p in [_person_named(doc, " ".join(rest[k:cut]))] if p), None)
    if person is not None:
        return person.name, person.id
    return (" ".join(words[: len(words) - len(rest) + cut]), speaker[1]) if cut < len(rest) else speaker


def person_in_role(lex: QuoteLexicon, doc: Doc, phrase: str | None) -> Entity | None:
    """The one person the article names right after the role a speaker is given by ("tanya jaksa" after "Jaksa
    KPK, Wawan Yunarwanto"; "kata Ibunda Alyssa" after "Ibunda Alyssa, Risa Dewi"): between role and name only
    titles, and after a group word alone ("jaksa") a body's name ("KPK"). A name set off by a comma or an aside
    counts only where no name follows the role directly ("ketua majelis hakim Rios Rahmanto" before "mantan hakim
    Mahkamah Konstitusi (MK), Maruarar Siahaan")."""
    words = (phrase or "").split()
    if not words or lex.has("anaphor", words[-1]):
        return None  # "sumber dekat pasangan ini" points back, it names no one new
    group = len(words) == 1 and lex.has("group", words[0])
    low = doc_text(doc).lower()
    key = " ".join(words).lower()
    direct: dict[str, Entity] = {}
    apart: dict[str, Entity] = {}
    for ent in _persons(doc):
        if not _names_someone(lex, ent):
            continue
        for m in ent.mentions:
            if _role_follows(low, m.end, key):
                apart[ent.id] = ent  # "..., ungkap Rudi Santoso, kuasa hukum Fariz, saat ditemui"
                continue
            window = low[max(0, m.start - _ROLE_REACH) : m.start]
            at = window.rfind(key)
            if at < 0 or (at > 0 and window[at - 1].isalnum()) or _qualified(low, m.start - len(window) + at):
                continue
            between = doc_text(doc)[m.start - len(window) + at + len(key) : m.start]
            if not _only_titles_between(lex, between, group):
                continue
            if "," not in between and "(" not in between:
                direct[ent.id] = ent
            elif _apposition_ends(lex, doc_text(doc), m.end):
                apart[ent.id] = ent
    for found in (direct, apart):
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _qualified(low: str, at: int) -> bool:
    """Whether the office written at ``at`` is held by someone else than the one named with it: a deputy, a former or a
    would-be holder ("Wakil Kapolres Bogor Kompol Andi", "mantan Bupati": ``office_qualifiers.txt``)."""
    before = low[max(0, at - 20) : at].split()
    return bool(before) and before[-1].strip(PUNCT) in lower_word_list("id", "office_qualifiers.txt")


# how far before a person's mention the office he is named with may stand ("Gubernur Kalimantan Tengah (Kalteng)
# Agustiar", "Bupati Luwu Timur (Lutim), H. Irwan")
_OFFICE_REACH = 70


def named_with_office(doc: Doc, ent: Entity, office: str) -> bool:
    """Whether the article names a person with an office before one of his mentions, in the same sentence and as its
    holder ("Kapolres Bogor AKBP Andi Saputra" for "kapolres"; not "Wakil Kapolres ..." or "mantan Kapolres ...")."""
    low = doc_text(doc).lower()
    for m in ent.mentions:
        window = re.split(r"[.!?\n]\s", low[max(0, m.start - _OFFICE_REACH) : m.start])[-1]
        for found in re.finditer(rf"(?<![\w-]){re.escape(office)}(?![\w-])", window):
            if not _qualified(low, m.start - len(window) + found.start()):
                return True
    return False


def _role_follows(low: str, end: int, key: str) -> bool:
    """Whether the role ``key`` is set off by a comma right after a name ending at ``end`` and closes there
    ("Rudi Santoso, kuasa hukum Fariz, ..."; not "Rudi Santoso, kuasa hukum Fariz dan Dewi, ...")."""
    after = low[end : end + len(key) + 4]
    if not after.startswith(", ") or not after[2:].startswith(key):
        return False
    close = after[2 + len(key) : 3 + len(key)]
    return close in ("", ",", ".", " ") and not low[end + 2 + len(key) :].lstrip().startswith(("dan ", "serta "))


def _names_someone(lex: QuoteLexicon, ent: Entity) -> bool:
    """Whether a person entity can be a role's holder: not a day the model took for a name ("Selasa"), nor a bare
    abbreviation ("Rd")."""
    name = ent.name or ""
    return len(name) > 2 and not any(lex.has(role, name) for role in ("adjunct", "stop", "connector"))


def _only_titles_between(lex: QuoteLexicon, between: str, group: bool) -> bool:
    """Whether text between a role and a name holds nothing but titles, an aside and one comma (a group word's
    body too: up to three capitalised words)."""
    if not between or between[0].isalnum() or between.count(",") > 1:
        return False
    words = _ASIDE.sub(" ", between).replace(",", " ").split()
    if group:
        return len(words) <= 3 and all(_CAPITALISED.match(w) for w in words)
    words = _past_region(lex, words)
    return all(lex.has("name_title", w) for w in words) or _body_then_rank(lex, between, words)


def _body_then_rank(lex: QuoteLexicon, between: str, words: list[str]) -> bool:
    """Whether the body the office is held in, then the holder's rank, stand between the role and the name
    ("Kapolres Bogor AKBP Rio Wahyu" for "kata Kapolres"; "Direktur Reserse Kriminal Umum (Dirreskrimum) Polda Jabar
    Kombes Pol Surawan" for "kata Dirreskrimum", the role the short form in brackets): one to three capitalised words
    after the role (or its closing bracket), then titles or ranks only, at least one, which mark where the body ends."""
    rest = words[1:] if between.startswith(")") and words[:1] == [")"] else words
    body = 0
    while body < min(3, len(rest)) and _CAPITALISED.match(rest[body]) and not lex.has("name_title", rest[body]):
        body += 1
    ranks = rest[body:]
    return body > 0 and bool(ranks) and all(lex.has("name_title", w) for w in ranks)


def _past_region(lex: QuoteLexicon, words: list[str]) -> list[str]:
    """The words after the region an office is held in, written first ("Kabupaten Indramayu" of "Wakil Ketua DPRD
    Kabupaten Indramayu, Amroni": the role "Wakil Ketua DPRD" holds in it): a region word and one or two
    capitalised words; the titles after it stay ("Kota Batu, AKP")."""
    if not words or words[0].lower() not in lex.role("region_unit"):
        return words
    k = 1
    while k < min(3, len(words)) and _CAPITALISED.match(words[k]) and not lex.has("name_title", words[k]):
        k += 1
    return words[k:] if k > 1 else words


def _apposition_ends(lex: QuoteLexicon, text: str, end: int) -> bool:
    """Whether a name set off after a role ends there, as an apposition does: punctuation, a verb or a stop word
    follows ("..., Andy Bernard Desman saat membacakan"), not a list ("Perry dan Bloom") or the name's own clause
    ("Menurut pihak berwenang, Niki akan ...")."""
    rest = text[end : end + 30].split()
    if not rest or not rest[0][:1].isalnum():
        return True
    word = rest[0].strip(PUNCT)
    closes = ("stop", "cue", "adjunct", "addressee")
    return word.lower() in lex.verbs or bool(lex.verb_like.match(word)) or any(lex.has(role, word) for role in closes)


def nicknames(lex: QuoteLexicon, doc: Doc) -> dict[str, Entity]:
    """Nickname -> the person it names, where the article says so: "Muzakir Manaf atau Mualem", "pria yang akrab
    disapa Zulhas" (a full name before the cue: ``_nicknamed``)."""
    out: dict[str, Entity] = {}
    for _, nick, person in _nickname_matches(lex, doc):
        out.setdefault(nick, person)
    return out


# the noun a sentence opens a nickname's cue with: "Pria yang akrab disapa Gus Ipul ini menegaskan" (the person's,
# which the quote component would otherwise take for the speaker's name)
_DESCRIBED = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+yang\s+$")


def _described_by_nickname(lex: QuoteLexicon, doc: Doc) -> list[tuple[int, str, Entity]]:
    """(where, noun, person) for each "<Noun> yang akrab disapa <nickname>" whose nickname names a person of the
    article: "Wanita yang akrab disapa Angie itu menyebut" speaks for Angelina Sondakh, not for "Wanita"."""
    out = []
    for match, _, person in _nickname_matches(lex, doc):
        described = _DESCRIBED.search(doc_text(doc)[max(0, match.start() - 30) : match.start()])
        if described:
            out.append((match.start(), described.group(1), person))
    return out


def _nickname_matches(lex: QuoteLexicon, doc: Doc) -> Iterator[tuple[re.Match[str], str, Entity]]:
    """(the cue's match, nickname, person) for each nickname the article gives a person of its own."""
    cues, joiners = lex.role("nickname_cue"), lex.role("nickname_joiner")
    if not cues | joiners:
        return
    words = "|".join(re.escape(c) for c in sorted(cues | joiners, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])({words})\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?![\w'’-])")
    persons = [(m.start, m.end, ent) for ent in _persons(doc) for m in ent.mentions if len(m.text.split()) >= 2]
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    for match in pattern.finditer(doc_text(doc)):
        nick = match.group(2)
        # "Saifullah Yusuf atau Gus Ipul": a joiner follows the name itself; "pria yang akrab disapa Mualem" reaches back
        joined = match.group(1).lower() not in cues
        if joined and len(nick.split()) > 1 and not lex.has("honorific", nick.split()[0]):
            continue  # "Budi Santoso atau Agus Wijaya": two people; "Saifullah Yusuf atau Gus Ipul": one
        person = _nicknamed(nick, match.start(), joined, persons, starts)
        if person is None:
            continue
        other = _person_named(doc, nick)
        someone_else = other is not None and other is not person and len((other.name or "").split()) > len(nick.split())
        if nick in (person.name or "").split() or someone_else:
            continue  # a part of its own name, or someone else's full name ("Prabowo atau Gibran Rakabuming")
        yield match, nick, person


def _nicknamed(nick: str, cue_at: int, joined: bool, persons: list[tuple[int, int, Entity]], starts: list[int]) -> Entity | None:
    """The person a nickname's cue at ``cue_at`` is about: the full name right before a joiner; before a cue, one
    whose name holds the nickname's letters ("Thobahul Aftoni ... akrab disapa Toni"), else the first person named
    since the previous sentence began, its subject ("Thobahul Aftoni menanggapi pernyataan Joko Widodo. Pria yang
    akrab disapa Toni ini ...")."""
    reach = 2 if joined else _NICKNAME_REACH
    before = [(start, end, ent) for start, end, ent in persons if cue_at - reach <= end <= cue_at]
    if not before:
        return None
    if joined:
        return max(before, key=lambda item: item[1])[2]
    key = nick.lower().replace(" ", "")
    spelled = [ent for _, _, ent in before if key in (ent.name or "").lower().replace(" ", "")]
    if spelled:
        return spelled[-1]
    sentence = max((i for i, s in enumerate(starts) if s <= cue_at), default=0)
    since = starts[max(0, sentence - 1)]
    subjects = [item for item in before if item[0] >= since]
    return min(subjects, key=lambda item: item[0])[2] if subjects else max(before, key=lambda item: item[1])[2]


def full_names_for_nicknames(lex: QuoteLexicon, doc: Doc, quotes: Iterable[Quote]) -> None:
    """The quotes whose speaker is a nickname the article gives take the person's full name; so do those whose
    speaker is the noun that introduces the nickname near the quote ("Pria yang akrab disapa Gus Ipul ini menegaskan,
    ...")."""
    known = nicknames(lex, doc)
    if not known:
        return
    described = _described_by_nickname(lex, doc)
    for q in quotes:
        person = known.get(q.speaker or "") or _described_person(described, q)
        if person is not None and person.name:
            q.speaker, q.speaker_entity = person.name, person.id


# how far from a quote a "<Noun> yang akrab disapa ..." naming its speaker may stand: the quote's own sentence
_DESCRIBED_REACH = 200


def _described_person(described: list[tuple[int, str, Entity]], q: Quote) -> Entity | None:
    """The person whom the quote's speaker noun introduces with a nickname nearest the quote, if near enough."""
    near = [(abs(at - q.start), person) for at, noun, person in described if noun == q.speaker]
    near = [item for item in near if item[0] <= _DESCRIBED_REACH]
    return min(near, key=lambda item: item[0])[1] if near else None


def _name_closing_office(lex: QuoteLexicon, words: list[str], bodies: set[str]) -> str | None:
    """The name at the end of an office phrase opened by a title, or None."""
    ends = ("stop", "relation", "appositive")
    cut = next((i for i, w in enumerate(words) if i and any(lex.has(role, w) for role in ends)), len(words))
    kept = words[:cut]
    while kept and kept[-1][:1].islower():
        kept = kept[:-1]  # "... Keneth Rompas via telepon"
    run = 0
    while run < min(3, len(kept) - 1) and _name_word(lex, kept[-1 - run], bodies):
        run += 1
    office = kept[: len(kept) - run]
    if not run or not office:
        return None
    if run == 1 and (cut < len(words) or not lex.has("name_title", office[-1])):
        # one word is a name only right after a rank or title ("Iptu Noval"), not after a body's name that may
        # have taken the first name ("... Restoran Sleman Andhu Pakerti") or before one ("Direktur Pelaksana dari ...")
        return None
    if office[-1] in bodies or lex.has("name_title", office[-1]) or lex.has("institution", office[-1]):
        return " ".join(kept[len(kept) - run :])
    return None


def _name_word(lex: QuoteLexicon, word: str, bodies: set[str]) -> bool:
    """A word of a person's name: capitalised letters, no acronym, title, institution word or body's name."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or ACRONYM.match(word) or word in bodies:
        return False
    if word.lower() in lower_word_list("id", "common_words.txt"):
        return False  # "Direktur Pelaksana": an office's own word, capitalised
    return not any(lex.has(role, word) for role in ("name_title", "institution", "title"))
