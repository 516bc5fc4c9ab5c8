"""The quote finder's passes over one doc's search state (``QuoteSearch``), each adding the quotes of one form."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from telisik.lang import lower_word_list
from telisik.nlp.citations import CitedName
from telisik.nlp.quotes.lexicon import PUNCT, QuoteLexicon, QuoteSettings
from telisik.nlp.quotes.marks import OPENERS, Marked, content_bounds, inside_mark, para_of, sentence_of, standalone_start, strip_end
from telisik.nlp.quotes.speakers import (
    Speaker,
    Word,
    after_speaker,
    degree_after_name,
    is_cap,
    relayed_speaker,
    split_words,
    subject_speaker,
    title_or_abbreviation,
)
from telisik.pages.dates import alternation

_CLAUSE_END = re.compile(r"[,.;:!?\n]")
_SPACES_AND_COMMAS = re.compile(r"[\s,]*")
# a quotation-marked span of this many words is speech, not a title, a tag or a nickname ('film "Agak Laen"')
_TITLE_WORDS = 8
# matches nothing: no closing verb after a quotation-marked title
_NO_MATCH = re.compile(r"(?!)")
_RELATIVE_ASIDE = re.compile(r"yang [^,.;]{1,120},\s*")
# a dated day written after a citation: "Mengutip Euronews, Kamis (19/6/2025), ..."
_DATED_DAY = re.compile(r"([A-Z][a-z]+)\s*\(\d[\d/.-]{2,12}\)\s*,?\s*")


def _past_spaces(text: str, pos: int, end: int) -> int:
    """The first position at or after ``pos`` that is no space or comma."""
    m = _SPACES_AND_COMMAS.match(text, pos, end)
    return m.end() if m else pos


def _marked_start(lex: QuoteLexicon, text: str, words: list[Word], limit: int) -> tuple[bool, int | None]:
    """Whether "bahwa", a colon or an opening quote within the first words marks the content's start, and where."""
    for i, (w, s, e) in enumerate(words[:9]):
        if w[0] in OPENERS + '"' and (i == 0 or words[i - 1][0].endswith((",", ":"))):
            return True, s  # 'mengatakan: "..."' opens a direct quote; a mark later in the clause is a fragment
        if w.strip(PUNCT).lower() in lex.role("complement"):
            nxt = e
            while nxt < limit and text[nxt] in " ,":
                nxt += 1
            return True, nxt
        if w.endswith(":"):
            return True, (e + 1 if e < limit else None)
    return False, None


def _skip_to_content(lex: QuoteLexicon, text: str, pos: int, limit: int, needs_bahwa: bool) -> int | None:
    """Where the reported content starts after a speech verb, skipping "pekan lalu", "kepada wartawan,", "bahwa"."""
    words = split_words(text[pos:limit], pos)
    if not words:
        return None
    marked, start = _marked_start(lex, text, words, limit)
    if marked:
        return start
    if needs_bahwa and not _opens_clause(lex, words):
        return None
    first = words[0][0]
    if first.startswith(","):
        return words[1][1] if len(words) > 1 else None
    if lex.has("adjunct", first):
        # "mengatakan pada 30 Agustus, Negeri Paman Sam ...": skip the time before the comma
        for w, _s, e in words[:7]:
            if w.endswith(","):
                return e + 1 if e < limit else None
    return words[0][1]


def _opens_clause(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether the words after a verb that reports only before "bahwa" are a clause of their own:
    a predicate word among its first words ("mengonfirmasi tidak ada korban", "mengumumkan
    laga itu akan digelar tanpa penonton"), not a plain object ("mengonfirmasi kunjungan itu")."""
    if words and words[0][0] == ",":
        return True  # "Reuters melaporkan, ...": the comma opens the content
    for w, _s, _e in words[:5]:
        bare = w.strip(PUNCT).lower()
        if bare in lex.role("relative") or w.endswith((",", ".", ";")):
            return lex.has("aux", w)
        if bare in lex.role("aux"):
            return True
    return False


def _only_connector(lex: QuoteLexicon, before: str) -> bool:
    """``before`` is nothing but a sentence adverb: "Namun,", "Meski demikian,"."""
    words = before.rstrip(" ,").split()
    return bool(words) and lex.prefix("connector", words) == len(words)


@dataclass
class Found:
    start: int  # of the content
    end: int
    direct: bool
    cue: str
    speaker: Speaker | None
    sentence: int = -1
    mark: int = -1  # index of the quotation-marked span, for direct quotes
    continues: bool = False  # an unattributed quote taken as the previous speaker's
    says_nothing: bool = False  # a speech verb with a plain object: no quote, but its subject is the one spoken of


@dataclass
class QuoteSearch:
    """One doc's quote search: its text cut into sentences, paragraphs and quotation-marked
    stretches, the cited organisations, and what the passes have found so far."""

    doc: Doc
    text: str
    lex: QuoteLexicon
    settings: QuoteSettings
    cited: list[CitedName]
    sents: list[tuple[int, int]] = field(default_factory=list)
    paras: list[tuple[int, int]] = field(default_factory=list)
    marks: list[Marked] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    attributed: dict[int, Found] = field(default_factory=dict)  # by index of the quotation-marked span
    covered: set[int] = field(default_factory=set)  # sentences with a quote

    def words(self, start: int, end: int) -> int:
        return len(self.text[start:end].split())

    def add(self, found: Found, mark: int) -> None:
        """A quote of a quotation-marked span found after the first passes, kept in text order."""
        self.found.append(found)
        self.attributed[mark] = found
        self.found.sort(key=lambda f: f.start)


# 1. quotation-marked quotes with the attribution after them: '"...," kata X', '"...," tambahnya'


def marked_with_attribution_after(search: QuoteSearch) -> None:
    text, sents = search.text, search.sents
    for idx, sp in enumerate(search.marks):
        if not sp.closed:
            continue
        ps, pe = search.paras[sp.para]
        # '"...," tutup X' closes speech; 'film "Agak Laen", komentar X' closes a title: a closing verb only after
        # the quote's own punctuation, a quote that opens its sentence, or one longer than a title
        spoken = (
            text[: sp.close].rstrip()[-1:] in ",.!?…" or standalone_start(text, sp, ps) or search.words(sp.open, sp.close) >= _TITLE_WORDS
        )
        speaker, cue = _attribution_after(search, sp.close + 1, pe, search.lex.closing_verb_re if spoken else _NO_MATCH)
        if speaker is None:
            continue
        if not standalone_start(text, sp, ps):
            # 'X adalah "kesalahan besar", kata Y.': a fragment; the sentence is reported speech
            s_idx = sentence_of(sp.open, sents)
            cs, ce = content_bounds(text, sents[s_idx][0], sp.close)
            search.found.append(Found(cs, ce, False, cue, speaker, s_idx, idx))
        else:
            cs, ce = content_bounds(text, sp.open + 1, sp.close)
            search.found.append(Found(cs, ce, True, cue, speaker, sentence_of(sp.open, sents), idx))
        search.attributed[idx] = search.found[-1]


def _attribution_after(search: QuoteSearch, tail_start: int, pe: int, closing: re.Pattern[str]) -> tuple[Speaker | None, str]:
    """The speaker and cue after a closing quotation mark: ', kata X', ', tambahnya', ' Watson mengatakan.'."""
    lex, text = search.lex, search.text
    m = _SPACES_AND_COMMAS.match(text, tail_start, pe)
    pos = m.end() if m else tail_start
    opener = split_words(text[pos : min(pe, pos + 20)], pos)[:1]
    if opener and lex.has("tag_opener", opener[0][0]):
        pos = _past_spaces(text, opener[0][2], pe)  # '"...," demikian bunyi pesan itu.'
        pos = _past_statement_source(lex, text, pos, pe)
        if _names_statement(lex, text, pos, pe):
            # '"...," demikian pernyataan Kementerian Luar Negeri Israel.': no verb, the statement speaks
            return after_speaker(lex, text, pos, pe), opener[0][0]
    vm = lex.verb_re.match(text, pos, pe) or closing.match(text, pos, pe)
    if vm and lex.verbs.get(vm["verb"].lower()) == "wording" and not vm["enclitic"]:
        # '"...," bunyi pernyataan resmi PSSI.', not '"...," bunyi Pasal 4': the wording of a statement only
        return (after_speaker(lex, text, vm.end(), pe), vm.group(0)) if _names_statement(lex, text, vm.end(), pe) else (None, "")
    if vm and (lex.verbs.get(vm["verb"].lower()) in {"after", "menurut"} or lex.has("closing_verb", vm["verb"])):
        if vm["enclitic"]:
            return Speaker(None, vm.start("enclitic"), vm.end("enclitic"), "pronoun"), vm.group(0)
        return after_speaker(lex, text, vm.end(), pe), vm.group(0)
    # '"...," Watson mengatakan.': a short subject and a reported verb closing the sentence
    window = min(pe, pos + search.settings.attribution_chars)
    vm2 = next((c for c in lex.verb_re.finditer(text, pos, window) if lex.verbs.get(c["verb"].lower()) in {"reported", "bahwa"}), None)
    if vm2 is None:
        # '"...," ia melanjutkan.': a verb that tells speech only with nothing after it (``telling_verbs.txt``)
        vm2 = next(_telling_re().finditer(text, pos, window), None)
    if vm2 and lex.verb_closes.match(text[vm2.end() : pe]) and not re.search(r"[.!?\"“”]", text[pos : vm2.start()]):
        return subject_speaker(lex, text, pos, vm2.start()), vm2.group(0)
    return None, ""


def _past_statement_source(lex: QuoteLexicon, text: str, pos: int, end: int) -> int:
    """Past the words that say where a statement was read, when a statement noun follows them ('"...," demikian
    dikutip dari akun Instagram resmi Dishub DKI Jakarta', 'demikian terpampang dalam akun resmi Dispar Padang'):
    the statement's owner speaks; ``pos`` itself otherwise ("demikian dilansir RT" cites a medium, and so does
    "demikian dikutip dari laman Antara": the words are someone's in the medium's story, not the medium's)."""
    words = split_words(text[pos : min(end, pos + 40)], pos)
    n = lex.prefix("statement_source", [w[0] for w in words])
    if not (n and n < len(words) and _names_statement(lex, text, words[n][1], end)):
        return pos
    owner = after_speaker(lex, text, words[n][1], end)
    return pos if owner is not None and lex.media.canonical(owner.name or "") else words[n][1]


@cache
def _telling_re() -> re.Pattern[str]:
    """The verbs that tell speech only before a comma, "bahwa" or the sentence's end ("melanjutkan", "menimpali"):
    with an object they tell something else ("melanjutkan perjalanan")."""
    return re.compile(rf"(?<![\w-])(?:{alternation(lower_word_list('id', 'telling_verbs.txt'))})(?![\w-])", re.IGNORECASE)


# 2. speech verbs outside quotation marks, sentence by sentence


def _names_statement(lex: QuoteLexicon, text: str, pos: int, end: int) -> bool:
    """Whether a statement noun starts at ``pos``: "pernyataan resmi PSSI", "pesan tersebut"."""
    return bool(lex.prefix("statement", [w[0] for w in split_words(text[pos : min(end, pos + 60)], pos)]))


def speech_verb_quotes(search: QuoteSearch) -> None:
    lex = search.lex
    for s_idx, (ss, se) in enumerate(search.sents):
        reported: list[Found] = []
        for vm in lex.verb_re.finditer(search.text, ss, se):
            kind = lex.verbs.get(vm["verb"].lower())
            if inside_mark(vm.start(), search.marks) >= 0 or kind is None or _denied(lex, search.text, vm.start()):
                continue
            outer = next((f for f in reported if f.start <= vm.start() < f.end), None)
            # "Bahlil mengatakan Presiden ... menginstruksikan ... agar": the order is part of what Bahlil said,
            # unless a link opens a report of its own ("..., seraya menambahkan bahwa", "..., dengan polisi mengatakan")
            q = _inner_report(search, vm, kind, outer, se) if outer else _reported(search, vm, kind, ss, se)
            if q is None:
                continue
            reported.append(q)
            q.sentence = s_idx
            if any(f.mark >= 0 and f.mark == q.mark for f in search.found):
                continue
            if q.mark >= 0:
                search.attributed[q.mark] = q
            search.found.append(q)
            search.covered.add(s_idx)
    search.covered |= {f.sentence for f in search.found}


def _denied(lex: QuoteLexicon, text: str, verb_start: int) -> bool:
    """Whether a speech verb is denied ("Ferrari Indonesia enggan menyebutkan harganya", "tidak mau mengungkapkan",
    "tanpa merinci"): what follows is what was not said."""
    words = [w.lower().strip(PUNCT) for w in text[max(0, verb_start - 40) : verb_start].split()[-3:]]
    while words and lex.has("modal", words[-1]):
        words = words[:-1]
    return bool(words) and lex.has("negation", words[-1])


def _reported(search: QuoteSearch, vm: re.Match[str], kind: str, ss: int, se: int) -> Found | None:
    if kind in {"reported", "bahwa"}:
        return _reported_speech(search, vm, kind, ss, se) or _speech_tag_after_content(search, vm, ss, se)
    if kind == "directive":
        return _directive(search, vm, ss, se)
    if kind == "menurut":
        return _according_to(search, vm, ss, se)
    if kind == "after":
        return _attribution_after_clause(search, vm, ss, se)
    return None


def _inner_report(search: QuoteSearch, vm: re.Match[str], kind: str, outer: Found, se: int) -> Found | None:
    """A second report inside reported content: "X mengatakan ..., seraya menambahkan bahwa ..." (X again),
    "... terdengar, dengan kepolisian setempat mengatakan bahwa ..." (the police). The first report ends at the link."""
    lex, text = search.lex, search.text
    if kind not in {"reported", "bahwa"} or vm["enclitic"]:
        return None
    before = text[outer.start : vm.start()]
    same = lex.same_subject_end.search(before)
    speaker: Speaker | None
    if same:
        speaker, link = outer.speaker, outer.start + same.start()
    else:
        links = list(lex.new_subject_link.finditer(before))
        if not links:
            return None
        link = outer.start + links[-1].start()
        speaker = subject_speaker(lex, text, outer.start + links[-1].end(), vm.start())
    start = _skip_to_content(lex, text, vm.end(), se, kind == "bahwa")
    if speaker is None or start is None:
        return None
    cs, ce = content_bounds(text, start, strip_end(text, start, se))
    if search.words(cs, ce) < search.settings.min_reported_words or search.words(outer.start, link) < search.settings.min_reported_words:
        return None
    outer.end = content_bounds(text, outer.start, link)[1]
    return Found(cs, ce, False, vm.group(0), speaker)


def _reporting_subject(search: QuoteSearch, vm: re.Match[str], ss: int) -> Speaker | None:
    lex, text = search.lex, search.text
    coord = lex.coordination_end.search(text[ss : vm.start()])
    if coord and coord.start() > 0:
        # "Sebuah pernyataan ... mengonfirmasi kunjungan itu, dan mengatakan bahwa": the first verb's subject
        first = next(iter(lex.verb_re.finditer(text, ss, vm.start())), None)
        return subject_speaker(lex, text, ss, first.start()) if first else None
    return subject_speaker(lex, text, ss, vm.start())


def _reported_speech(search: QuoteSearch, vm: re.Match[str], kind: str, ss: int, se: int) -> Found | None:
    """ "X mengatakan (bahwa) ...", 'X mengatakan: "..."'."""
    lex, text, settings = search.lex, search.text, search.settings
    if vm["enclitic"]:
        return None  # "mengatakannya" takes an object, not content
    speaker = _reporting_subject(search, vm, ss)
    if speaker is None:
        return None
    start = _skip_to_content(lex, text, vm.end(), se, kind == "bahwa")
    if start is None:
        return None
    if not _after_complement(lex, text, vm.end(), start) and _plain_object(lex, text[start:se].split()[:6]):
        # "memastikan tempat di final", "menyampaikan rasa terima kasihnya": a plain object, not content; its
        # subject is still who "Ia mengaku ..." after it points back to
        cs, ce = content_bounds(text, start, strip_end(text, start, se))
        return Found(cs, ce, False, vm.group(0), speaker, says_nothing=True) if ce > cs else None
    mark = next((i for i, m in enumerate(search.marks) if m.open == start), -1)
    if mark >= 0:
        if mark in search.attributed:
            return None
        sp = search.marks[mark]
        cs, ce = content_bounds(text, sp.open + 1, sp.close)
        if search.words(cs, ce) >= settings.min_quote_words:
            return Found(cs, ce, True, vm.group(0), speaker, mark=mark)
    cs, ce = content_bounds(text, start, strip_end(text, start, se))
    if search.words(cs, ce) < settings.min_reported_words:
        return None
    return Found(cs, ce, False, vm.group(0), speaker)


def _after_complement(lex: QuoteLexicon, text: str, verb_end: int, start: int) -> bool:
    """Whether a complementiser stands between the verb and the content ("mengatakan bahwa kemenangan ini untuk
    suporter"): what follows it is a clause, never the verb's plain object."""
    return any(lex.has("complement", w) for w in text[verb_end:start].split())


def _subject_of_clause(lex: QuoteLexicon, words: list[str], noun: int) -> bool:
    """Whether an object noun pointed at opens a clause of its own ("mengatakan kemenangan ini dipersembahkan untuk
    suporter"): a demonstrative after it, then a verb; not "memastikan kemenangan itu di menit akhir"."""
    rest = [w.strip(PUNCT).lower() for w in words[noun : noun + 2]]
    return len(rest) == 2 and lex.has("anaphor", rest[0]) and bool(lex.verb_like.match(rest[1]))


def _plain_object(lex: QuoteLexicon, words: list[str]) -> bool:
    """The words after a speech verb are its plain object, not reported content: an object noun ("memastikan
    tempat di final", "memastikan langkahnya ke babak keempat"), or a word pointing back with nothing said of it
    ("mengatakan hal itu setelah laga", "menyampaikan pernyataan itu di Moskow"). Thanks, condolences and the
    like conveyed to someone ("menyampaikan belasungkawa kepada keluarga korban") are statements: the gold keeps them."""
    held = lex.prefix("object", words)
    if held:
        return not _subject_of_clause(lex, words, held)
    pointer = lex.prefix("attribution_subject", words)
    if not pointer:
        return False
    # nothing said of "hal itu": the content ends there or goes on with when or where it was said
    return len(words) == pointer or lex.has("object_setting", words[pointer])


def _directive(search: QuoteSearch, vm: re.Match[str], ss: int, se: int) -> Found | None:
    """ "X meminta (kepada) warga agar ...": a request or order; its content starts at the addressee."""
    lex, text = search.lex, search.text
    if vm["enclitic"]:
        return None
    m = _SPACES_AND_COMMAS.match(text, vm.end(), se)
    start = m.end() if m else vm.end()
    words = split_words(text[start:se], start)
    # the request must be spelled out: "meminta maaf", "mendesak masuk" ask for nothing reported
    link = next((i for i, w in enumerate(words[:8]) if lex.has("directive_link", w[0])), None)
    if link is None or any(w[0].endswith((",", ".", ";")) for w in words[:link]):
        return None
    speaker = _reporting_subject(search, vm, ss)
    if speaker is None:
        return None
    cs, ce = content_bounds(text, start, strip_end(text, start, se))
    if search.words(cs, ce) < search.settings.min_reported_words:
        return None
    return Found(cs, ce, False, vm.group(0), speaker)


def _speech_tag_after_content(search: QuoteSearch, vm: re.Match[str], ss: int, se: int) -> Found | None:
    """ "Alia ... pulang lebih awal, Berita Harian melaporkan.": a speech tag of subject and verb
    closing its sentence after the content, as translated copy writes it."""
    lex, text = search.lex, search.text
    if text[vm.end() : se].strip(" .!?") or vm["enclitic"]:
        return None
    comma = text.rfind(",", ss, vm.start())
    if comma < 0 or len(text[comma + 1 : vm.start()].split()) > 4:
        return None
    speaker = subject_speaker(lex, text, comma + 1, vm.start())
    cs, ce = content_bounds(text, ss, comma)
    if speaker is None or search.words(cs, ce) < search.settings.min_quote_words or inside_mark(cs, search.marks) >= 0:
        return None
    return Found(cs, ce, False, vm.group(0), speaker)


def _according_to(search: QuoteSearch, vm: re.Match[str], ss: int, se: int) -> Found | None:
    """ "Menurut X, ...", "..., menurut X", "menurutnya"."""
    lex, text = search.lex, search.text
    speaker: Speaker | None
    if vm["enclitic"]:
        speaker = Speaker(None, vm.start("enclitic"), vm.end("enclitic"), "pronoun")
        after = vm.end()
    else:
        comma = _CLAUSE_END.search(text, vm.end(), se)
        after = comma.start() if comma else se
        if lex.has("addressed", text[vm.end() : after].strip(PUNCT + " ").split(" ")[0]):
            return None  # "Tapi, menurut Anda, apa ...?": a question to the one interviewed
        # "Kantor Berita Pusat Korea Utara (KCNA), yang ...": the comma after the parenthesis
        speaker = after_speaker(lex, text, vm.end(), after) if after > vm.end() else None
        # "..., menurut laporan Reuters, yang mengutip Wali Kota X.": the mayor speaks
        speaker = relayed_speaker(lex, text, speaker, se)
        if speaker is not None and lex.has("account", vm["verb"].split()[0]) and lex.media.canonical(speaker.name or ""):
            return None  # "Berdasarkan penelusuran detikcom, ...": a news outlet's own reporting, no one's statement
    if speaker is None:
        return None
    before = text[ss : vm.start()].rstrip()
    if before.endswith(",") and len(before.split()) >= 3:
        # "..., menurut X"
        cs, ce = content_bounds(text, ss, vm.start())
        return Found(cs, strip_end(text, cs, ce), False, vm.group(0), speaker)
    if not before or _only_connector(lex, before):
        # "Menurut X, ..."
        m = _SPACES_AND_COMMAS.match(text, after, se)
        start = m.end() if m else after
        aside = _RELATIVE_ASIDE.match(text, start, se)
        if aside:
            start = aside.end()  # "Menurut Reuters, yang mengutip dua pejabat, ...": the aside is not the content
        apposed = _apposed_person(search, speaker, start, se) if m and "," in m.group() else None
        if apposed is not None:
            speaker, start = apposed
        cs, ce = content_bounds(text, start, strip_end(text, start, se))
        if search.words(cs, ce) >= search.settings.min_reported_words:
            return Found(cs, ce, False, vm.group(0), speaker)
    return None


def _apposed_person(search: QuoteSearch, speaker: Speaker, start: int, se: int) -> tuple[Speaker, int] | None:
    """The person set off by commas after the office or description "Menurut" gives, and where the content starts
    after the person's degrees ("Menurut Kepala Rutan Pondok Bambu, Nebi Viarleni, Nikita diwajibkan ...", "Menurut
    Dokter Spesialis Kulit dan Kelamin, dr. Dikky Prawiratama, M.Sc, Sp.DVE, kondisi ini ..."): a person's mention
    closed by a comma, only titles before it. None where the phrase itself names a person."""
    text = search.text
    persons = [m for e in search.doc._.entities or [] if e.type == "PER" for m in e.mentions]
    if speaker.kind == "pronoun" or any(m.start < speaker.end and m.end > speaker.start for m in persons):
        return None
    comma = text.find(",", start, min(se, start + 80))
    words = split_words(text[start:comma], start) if comma > start else []
    name = _titled_name(search.lex, words)
    starts = {w[1] for w in words}
    if not name or not any(m.start in starts and m.end == name[-1][2] for m in persons):
        return None
    content = _content_past_degrees(search, comma + 1, se)
    if content is None or search.words(content, se) < search.settings.min_reported_words:
        return None
    return Speaker(text[name[0][1] : name[-1][2]], name[0][1], name[-1][2], "name"), content


def _titled_name(lex: QuoteLexicon, words: list[Word]) -> list[Word]:
    """The one to four capitalised words of a name after the titles in front of it ("dr. Dikky Prawiratama"); none
    where the words are no such name."""
    lead = 0
    while lead < len(words) - 1 and title_or_abbreviation(lex, words[lead][0]):
        lead += 1
    name = words[lead:]
    return name if 1 <= len(name) <= 4 and all(is_cap(w[0], alpha=True) for w in name) else []


def _content_past_degrees(search: QuoteSearch, pos: int, se: int) -> int | None:
    """Where the content starts after a name's comma: past its degrees set off by commas ("M.Sc, Sp.DVE,") and past
    the name's own speech verb ("Berdasarkan keterangan Kalaksa BPBD, Rahmadinol, menyebut bahwa ...")."""
    text, lex = search.text, search.lex
    for _ in range(6):  # a name carries few degrees; bounded on hostile text
        nxt = text.find(",", pos, se)
        if nxt < 0 or not degree_after_name(lex, text[pos:nxt]):
            break
        pos = nxt + 1
    content = _past_spaces(text, pos, se)
    verb = lex.verb_re.match(text, content, se)
    return _skip_to_content(lex, text, verb.end(), se, False) if verb is not None else content


def _attribution_after_clause(search: QuoteSearch, vm: re.Match[str], ss: int, se: int) -> Found | None:
    """ "..., kata para pejabat kepada New York Times.": the clause before the comma is the content."""
    lex, text, least = search.lex, search.text, search.settings.min_quote_words
    before = text[ss : vm.start()]
    if not re.search(r",\s*$", before) or re.search(r"[\"”»]\s*,?\s*$", before):
        return None
    if vm["enclitic"]:
        speaker: Speaker | None = Speaker(None, vm.start("enclitic"), vm.end("enclitic"), "pronoun")
    else:
        speaker = after_speaker(lex, text, vm.end(), se)
        if speaker is None:
            return None
    cs, ce = content_bounds(text, ss, vm.start())
    rest = re.compile(r"[^,.;]*,\s*(?=\S)").match(text, vm.end(), se)
    if rest and search.words(rest.end(), se) >= least:
        # "Penambahan fasilitas itu, kata Ngatiyana, bertujuan ...": the content wraps around the
        # attribution; one span cannot skip it, so the whole sentence is the quote
        cs, ce = content_bounds(text, ss, strip_end(text, ss, se))
    if search.words(cs, ce) < least:
        return None
    return Found(cs, ce, False, vm.group(0), speaker)


# 3. statements credited to a news organisation: "..., lapor The New York Times."


def media_statements(search: QuoteSearch) -> None:
    for s_idx, (ss, se) in enumerate(search.sents):
        if s_idx in search.covered:
            continue
        q = _media_statement(search, ss, se, [c for c in search.cited if ss <= c.cue_start < se])
        if q and not _list_lead(search.lex, search.text[q.start : q.end]):
            q.sentence = s_idx
            search.found.append(q)


def _media_statement(search: QuoteSearch, ss: int, se: int, cits: list[CitedName]) -> Found | None:
    """A sentence credited to a news organisation with no speech verb of its own."""
    if not cits:
        return None
    text, least = search.text, search.settings.min_media_statement_words
    cue_start = min(c.cue_start for c in cits)
    chain = [c for c in cits if c.cue_start == cue_start and c.known]
    if not chain:
        return None
    # "melansir The National News dari The New York Times": the original source speaks
    source = chain[-1]
    speaker = Speaker(source.source, source.name_start, source.name_end, "name")
    cue = text[cue_start : chain[0].cue_end]
    before = text[ss:cue_start].rstrip()
    opener = before.split()[-1:] if before else []
    if opener and search.lex.has("tag_opener", opener[0]) and before[: -len(opener[0])].rstrip().endswith(","):
        before = before[: -len(opener[0])].rstrip()  # "..., demikian dilansir RT."
    if before.endswith(",") and len(before.split()) >= least:
        cs, ce = content_bounds(text, ss, ss + len(before) - 1)
        if inside_mark(cs, search.marks) < 0:
            return Found(cs, ce, False, cue, speaker)
    if not before or _only_connector(search.lex, before):
        # "Melansir Reuters, Kim tiba di Moskow pada Senin."
        m = re.compile(r"[^,]*,\s*").match(text, max(c.end for c in chain), se)
        if m:
            start = _past_citation_date(search.lex, text, m.end(), se)
            cs, ce = content_bounds(text, start, strip_end(text, start, se))
            if search.words(cs, ce) >= least:
                return Found(cs, ce, False, cue, speaker)
    return None


def _list_lead(lex: QuoteLexicon, content: str) -> bool:
    """Whether a sentence credited to a medium only announces the list after it ("Dikutip Forbes, berikut daftar
    orang terkaya ...", "Berikut horoskop hari ini, seperti dilansir dari ..."): no statement of the medium's."""
    return lex.prefix("list_lead", content.split()[:3]) > 0


def _past_citation_date(lex: QuoteLexicon, text: str, start: int, se: int) -> int:
    """Where the statement begins after the date its citation was made ("Mengutip Euronews, Kamis (19/6/2025),
    jutaan orang ..."): the day is when the outlet wrote it, not part of what it says."""
    m = _DATED_DAY.match(text, start, se)
    return m.end() if m and lex.has("adjunct", m.group(1).lower()) else start


# 3b. a sentence handed to its speaker by the next one: "Hal itu disampaikan Menteri X ..."


def passive_attributions(search: QuoteSearch) -> None:
    lex, text = search.lex, search.text
    for s_idx in range(1, len(search.sents)):
        ss, se = search.sents[s_idx]
        words = text[ss:se].split()
        n = lex.prefix("attribution_subject", words)
        if not n or len(words) <= n:
            continue
        vm = lex.verb_re.match(text, ss + len(" ".join(words[:n])) + 1, se)
        if vm is None or lex.verbs.get(vm["verb"].lower()) != "passive":
            continue
        prev = s_idx - 1
        ps, pe = search.sents[prev]
        if prev in search.covered or para_of(ps, search.paras) < para_of(ss, search.paras) - 1:
            continue
        pos = vm.end()
        after = split_words(text[pos:se], pos)
        if after and after[0][0].lower() == "oleh":
            pos = after[0][2]
        speaker = after_speaker(lex, text, pos, se)
        cs, ce = content_bounds(text, ps, strip_end(text, ps, pe))
        if speaker is None or search.words(cs, ce) < search.settings.min_quote_words or inside_mark(cs, search.marks) >= 0:
            continue
        search.found.append(Found(cs, ce, False, vm.group(0), speaker, prev))
        search.covered.add(prev)


def past_dateline(search: QuoteSearch) -> None:
    """Start a quote taken from the story's first sentence after its dateline: the sentencizer runs the dateline
    into that sentence, yet "Liputan6.com, Jakarta -" or "POS-KUPANG, KUPANG -" is the outlet's, not what the
    speaker said ("..., Jakarta - Pendidikan anak ... . Hal itu disampaikan oleh Menteri X")."""
    opener = search.doc._.get("dateline_opener") if Doc.has_extension("dateline_opener") else None
    if opener is None or opener >= len(search.doc):
        return
    body_start = search.doc[opener].idx
    for found in search.found:
        if found.start < body_start < found.end:
            found.start = body_start


# 3c. a passive speech verb opening its sentence: "Disebutkan juga oleh ORF dalam laporannya bahwa ..."


def passive_leads(search: QuoteSearch) -> None:
    for s_idx, (ss, se) in enumerate(search.sents):
        if s_idx in search.covered:
            continue
        q = _passive_lead(search, ss, se)
        if q is not None:
            q.sentence = s_idx
            search.found.append(q)
            search.covered.add(s_idx)


def _passive_lead(search: QuoteSearch, ss: int, se: int) -> Found | None:
    lex, text = search.lex, search.text
    words = split_words(text[ss : min(se, ss + 400)], ss)[:16]
    if not words or lex.prefix("attribution_subject", [w[0] for w in words]):
        return None  # "Hal itu disampaikan X": the sentence before is the content (passive_attributions)
    vm = _opening_passive(lex, text, words, se)
    if vm is None:
        return None
    rest = [w for w in words if w[1] >= vm.end()]
    while rest and lex.has("adverb", rest[0][0]):
        rest = rest[1:]
    if rest and rest[0][0].lower() == "oleh":
        rest = rest[1:]
    start = _passive_content_start(lex, rest)
    if not rest or start is None:
        return None
    speaker = after_speaker(lex, text, rest[0][1], start)
    start = _past_spaces(text, start, se)
    cs, ce = content_bounds(text, start, strip_end(text, start, se))
    if speaker is None or speaker.kind == "pronoun" or search.words(cs, ce) < search.settings.min_quote_words:
        return None
    return Found(cs, ce, False, vm.group(0), speaker)


def _opening_passive(lex: QuoteLexicon, text: str, words: list[Word], se: int) -> re.Match[str] | None:
    """The passive speech verb opening a sentence ("Dikatakan Bahlil, ..."), past its connectors; None when
    the sentence opens otherwise, or the verb carries an enclitic."""
    # "Dikatakan" is a verb here and a sentence adverb elsewhere ("Dikatakan, ..."): try it before skipping adverbs
    vm = lex.verb_re.match(text, words[0][1], se)
    i = lex.prefix("connector", [w[0] for w in words])
    if (vm is None or lex.verbs.get(vm["verb"].lower()) != "passive") and i < len(words):
        vm = lex.verb_re.match(text, words[i][1], se)
    if vm is None or lex.verbs.get(vm["verb"].lower()) != "passive" or vm["enclitic"]:
        return None
    return vm


def _passive_content_start(lex: QuoteLexicon, rest: list[Word]) -> int | None:
    """Where the content starts after a passive verb's speaker: after "bahwa" ("Disebutkan oleh ORF
    dalam laporannya bahwa ..."), or after the comma closing the speaker ("Dikatakan Bahlil, investasi
    ini ..."), unless the comma opens a setting ("Ditegaskan Abbas, dalam suratnya, bahwa ...")."""
    for i, (w, _s, e) in enumerate(rest):
        if w.strip(PUNCT).lower() in lex.role("complement"):
            return e if i > 0 else None
        if w.endswith(","):
            nxt = rest[i + 1][0] if i + 1 < len(rest) else ""
            # a capital after the comma is more often a name in apposition ("oleh Dokter Spesialis, dr. X")
            if nxt[:1].islower() and not any(lex.has(role, nxt) for role in ("stop", "adjunct", "complement")):
                return e
    return None


# 4. unattributed quotes that continue the speaker before them


def continuations(search: QuoteSearch) -> None:
    for idx, sp in enumerate(search.marks):
        if idx in search.attributed:
            continue
        q = _split_by_attribution(search, idx, sp) or _continuing(search, idx, sp)
        if q is not None:
            search.add(q, idx)


def _split_by_attribution(search: QuoteSearch, idx: int, sp: Marked) -> Found | None:
    """'"Ruang itu masih terbuka," lanjut Ratna, "tetapi ..."': a quote split by its attribution
    goes on with the same speaker."""
    text, marks = search.text, search.marks
    prev_mark = search.attributed.get(idx - 1)
    if prev_mark is None or not prev_mark.direct or marks[idx - 1].para != sp.para or not prev_mark.cue:
        return None
    between = text[marks[idx - 1].close + 1 : sp.open]
    if re.search(r"[.!?]", between) or not between.rstrip().endswith(","):
        return None
    cs, ce = content_bounds(text, sp.open + 1, sp.close)
    if search.words(cs, ce) < search.settings.min_quote_words:
        return None
    return Found(cs, ce, True, prev_mark.cue, prev_mark.speaker, sentence_of(sp.open, search.sents), idx)


def _continuing(search: QuoteSearch, idx: int, sp: Marked) -> Found | None:
    """A quote standing as its own sentence in the paragraph of the last quote, or the next one."""
    text, paras = search.text, search.paras
    if not standalone_start(text, sp, paras[sp.para][0]):
        return None
    cs, ce = content_bounds(text, sp.open + 1, sp.close)
    if search.words(cs, ce) < search.settings.min_quote_words:
        return None
    after = text[sp.close + 1 : paras[sp.para][1]].lstrip(" ,")
    if sp.closed and after and not (after[0] in OPENERS + '"' or after[0].isupper()):
        return None  # the sentence goes on after the marks: a title or term, not a quote
    prev = [f for f in search.found if f.end <= sp.open]
    last_para = para_of(prev[-1].end, paras) if prev else -2
    chained_from = any(m.chain == idx for m in search.marks)
    if last_para == sp.para or last_para == sp.para - 1 or chained_from:
        speaker = Speaker(None, sp.open, sp.open, "pronoun")
        return Found(cs, ce, True, "", speaker, sentence_of(sp.open, search.sents), idx, continues=True)
    return _continued_by_next(search, idx, sp, cs, ce)


def _continued_by_next(search: QuoteSearch, idx: int, sp: Marked, cs: int, ce: int) -> Found | None:
    """A whole paragraph in quotation marks with no attribution, followed by a paragraph that opens
    with a quote attributed to someone: '"A."' then '"B," tambahnya.' are both that speaker's."""
    text, paras = search.text, search.paras
    ps, pe = paras[sp.para]
    if not sp.closed or text[sp.close + 1 : pe].strip(" .") or text[ps : sp.open].strip():
        return None
    nxt = search.attributed.get(idx + 1)
    if nxt is None or not nxt.direct or search.marks[idx + 1].para != sp.para + 1:
        return None
    if text[paras[sp.para + 1][0] : search.marks[idx + 1].open].strip():
        return None
    # "tambahnya": the speaker the next quote points back to, that is the last one
    pointing_back = nxt.speaker is None or nxt.speaker.kind == "pronoun"
    speaker = Speaker(None, sp.open, sp.open, "pronoun") if pointing_back or nxt.speaker is None else nxt.speaker
    return Found(cs, ce, True, nxt.cue, speaker, sentence_of(sp.open, search.sents), idx, continues=pointing_back)


# 5. a quote running over paragraphs whose attribution comes in a later paragraph


def paragraph_runs(search: QuoteSearch) -> None:
    for idx, sp in enumerate(search.marks):
        if sp.chain < 0 or sp.chain not in search.attributed:
            continue
        later = search.attributed[sp.chain]
        tail = search.marks[sp.chain].tail
        if idx not in search.attributed:
            cs, ce = content_bounds(search.text, sp.open + 1, sp.close)
            first = Found(cs, ce, True, later.cue, later.speaker, sentence_of(sp.open, search.sents), idx)
            search.found.append(first)
        elif tail and search.attributed[idx].continues:
            # taken as the last speaker's for want of an attribution: the one after its tail is its own
            first = search.attributed[idx]
            first.cue, first.speaker, first.continues = later.cue, later.speaker, False
        else:
            continue
        if tail and later in search.found:
            # the tail a paragraph closed without opening it again is the same quote, not a second one: its words
            # close the first part's
            first.end = max(first.end, later.end)
            search.found.remove(later)
