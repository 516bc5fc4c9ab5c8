"""Speakers: who a phrase before or after a speech verb names ("juru bicara Kremlin Dmitry Peskov", "dia", "para pejabat")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import takewhile

from telisik.lang import lower_word_list
from telisik.nlp.quotes.lexicon import PUNCT, QuoteLexicon

_WORD = re.compile(r"\S+")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_ATTRIBUTION_END = re.compile(r"[,.;:!?\"“”«»\n]")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_NAME_AFTER = re.compile(r" [A-Z]")
_INITIAL = re.compile(r"^[A-Z]\.?$")
# a social media handle: "@eza_hrsmann", a masked "dtres***", "kang.3ll" (lower case with a dot or underscore inside)
_HANDLE = re.compile(r"^(?:@\w.*|\w+\*{2,}|[a-z][a-z0-9]*[._][a-z0-9._]*[a-z0-9])$")
# the acronym of the body or region an office is held in ("PAN", "KPK", "BPBD", "DKI"; "DPRa" the model's cut)
BODY_ACRONYM = re.compile(r"^[A-Z]{2,}[a-z]?$")

# A word as the speaker rules read it: whitespace-separated, with its punctuation attached
# ("Watson,", "(AS)"), and its offsets. The rules read that punctuation (a comma ending a
# name, a bracket opening an aside), which the doc's tokens split off.
Word = tuple[str, int, int]
# a capitalised word set off by a comma after a description: the name it describes ("kata pemain asal Brasil, Ciro")
_NAME_SET_OFF = re.compile(r"\s*,\s*[A-Z]")


@dataclass
class Speaker:
    name: str | None  # None for a pronoun or -nya, resolved to the last speaker
    start: int
    end: int
    kind: str  # "name" (a person's or organisation's name), "phrase" (as written), "pronoun"
    # for a name read after a description ("pejabat senior Amerika Serikat"): the whole phrase, which
    # stands when the name turns out to be no person's
    description: str | None = None
    # a name the description before it gives as what the speaker is called ("dokter yang akrab disapa Parlin")
    nickname: bool = False


def _pronoun(lex: QuoteLexicon, words: list[Word]) -> Speaker | None:
    if len(words) == 1 and lex.has("pronoun", words[0][0]):
        return Speaker(None, words[0][1], words[0][2], "pronoun")
    return None


def degree_word(lex: QuoteLexicon, word: str) -> bool:
    """A degree written after a name without the comma ("Efran Santiaji ST MM", "Susiana Tabrani MPd", "Nazaruddin
    Yahya Lc"): one the degree list holds, in a form no name takes (two capitals, a full stop, no vowel; not "Dea")."""
    bare = word.strip(PUNCT)
    shaped = sum(c.isupper() for c in bare) >= 2 or "." in bare or not any(c in "aeiouAEIOU" for c in bare)
    return bool(bare) and shaped and lex.is_degree([bare])


def before_degrees(lex: QuoteLexicon, texts: list[str]) -> int:
    """How many of the words stay once the degrees written after the name at their end go, one kept at least
    ("Efran Santiaji ST MM": 2)."""
    n = len(texts)
    while n > 1 and degree_word(lex, texts[n - 1]):
        n -= 1
    return n


def without_degrees(lex: QuoteLexicon, words: list[Word]) -> list[Word]:
    """The words without the degrees written after the name at their end, one word kept at least."""
    return words[: before_degrees(lex, [w[0] for w in words])]


def split_words(text: str, base: int) -> list[Word]:
    return [(m.group(0), base + m.start(), base + m.end()) for m in _WORD.finditer(text)]


def is_cap(word: str, alpha: bool = False) -> bool:
    w = word.lstrip("(\"'“‘[")
    return bool(w) and (w[0].isupper() or (not alpha and w[0].isdigit()))


def _drop_parentheses(text: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", text).strip()


def _name_speaker(text: str, words: list[Word], kind: str) -> Speaker | None:
    while words and words[-1][0].strip(PUNCT) == "":
        words = words[:-1]
    if not words:
        return None
    start, end = words[0][1], words[-1][2]
    name = _drop_parentheses(text[start:end]).strip(PUNCT.replace("(", "").replace(")", ""))
    name = name.strip(" ,.;:")
    # a count or a clock time names no one: "55 persen anak muda Amerika mengatakan" is no speaker "55"
    return Speaker(name, start, end, kind) if any(c.isalpha() for c in name) else None


def speaker_from_phrase(lex: QuoteLexicon, text: str, words: list[Word]) -> Speaker | None:
    """The speaker a phrase names: "juru bicara Kremlin Dmitry Peskov" -> Dmitry Peskov,
    "pernyataan Kremlin" -> Kremlin, "para pejabat" as written, "dia" a pronoun."""
    # drop parenthesised asides word by word: "Amerika Serikat (AS)", "Departemen Luar Negeri (Deplu) AS"
    words = without_degrees(lex, _unbracketed(words))
    if not words:
        return None
    pronoun = _pronoun(lex, _without_closing_verbs(lex, words))
    if pronoun is not None:
        return pronoun
    if _definite_description(lex, words):
        return Speaker(None, words[0][1], words[-1][2], "pronoun")  # '"...," ujar sang aktris': the one written about
    words = words[lex.prefix("determiner", [w[0] for w in words]) :]
    n = lex.prefix("connector", [w[0] for w in words])
    if 0 < n < len(words):
        words = words[n:]  # "Diketahui Yosef Brandt", "Sementara itu Kirby": the sentence adverb is not the name
    words = _without_time_tail(lex, words)
    body = _body_pointed_back(lex, text, words) or _body_after_its_kind(lex, text, words)
    if body is not None:
        return body
    if len(words) >= 2 and lex.has("anaphor", words[-1][0]) and _describes(lex, words):
        # "Pelatih asal Italia itu", "pejabat tersebut", "pesan tersebut": a description of someone
        # (or of someone's statement) named before, not a new speaker
        return Speaker(None, words[0][1], words[-1][2], "pronoun")
    if _described_by_origin(lex, text, words):
        return Speaker(None, words[0][1], words[-1][2], "pronoun")  # '"...," ujar pembalap asal Spanyol'
    while words and words[0][0].strip(PUNCT).lower() in lex.verbs:
        words = words[1:]  # "Lanjut Yannes menambahkan": the speech verb is not part of the name
    return _named_by(lex, text, words) if words else None


def _body_pointed_back(lex: QuoteLexicon, text: str, words: list[Word]) -> Speaker | None:
    """A body written by the common noun its name opens with, alone or closed by a pointer ("ungkap kementerian
    Israel tersebut", "kata badan itu", "tambah kementerian"): the last body named before with that noun and the same
    name words ("Kementerian Luar Negeri Israel"), the speaker an organisation is when no person speaks for it; None
    when none was named."""
    n = lex.prefix("body_noun", [w[0] for w in words])
    if not n or not words[0][0].islower():
        return None
    pointed = len(words) > n and lex.has("anaphor", words[-1][0])
    inner = [w[0].strip(PUNCT) for w in words[n : len(words) - pointed]]
    if len(inner) > 3 or not all(is_cap(w, alpha=True) for w in inner) or (inner and not pointed):
        return None
    noun = " ".join(w[0].capitalize() for w in words[:n])
    named = re.compile(rf"(?<![\w-]){re.escape(noun)}(?:\s+(?:dan\s+)?[A-Z][\w'’-]*)+")
    before = [m for m in named.finditer(text, 0, words[0][1]) if all(w in m.group(0).split()[n:] for w in inner)]
    if not before:
        return None
    # the fullest form of that body: "Kementerian Luar Negeri" after "Kementerian Luar Negeri Israel" is the latter
    last = before[-1].group(0)
    fullest = max((m for m in before if m.group(0).startswith(last)), key=lambda m: len(m.group(0)))
    return Speaker(fullest.group(0), fullest.start(), fullest.end(), "name")


def _body_after_its_kind(lex: QuoteLexicon, text: str, words: list[Word]) -> Speaker | None:
    """The body's own name after its kind written in lower case ("kata maskapai Delta", "kata balai lelang Rouillac",
    "ujar tim riset Stockbit Sekuritas"): the name, up to four capitalised words; None when anything else follows
    the kind ("perusahaan asal Jepang itu") or the words after it say where the body is from ("perusahaan Jepang")."""
    n = lex.prefix("named_body", [w[0] for w in words])
    rest = words[n:]
    if not n or not words[0][0].islower() or not 1 <= len(rest) <= 4:
        return None
    if " ".join(w[0].strip(PUNCT) for w in rest).lower() in lex.role("origin"):
        return None  # where the body is from or its class, no name: "kata perusahaan Jepang", "maskapai Arab Saudi"
    return _name_speaker(text, rest, "name") if all(is_cap(w[0], alpha=True) for w in rest) else None


def _definite_description(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether "sang" opens a description with no name of the one written about ("sang aktris"); not of a relative of
    theirs ("sang ayah", "sang putra": someone else)."""
    rest = words[1:]
    if not rest or not lex.has("definite", words[0][0]) or _kin(lex, rest):
        return False
    return not any(is_cap(w[0], alpha=True) for w in rest)


def _nickname_in_phrase(lex: QuoteLexicon, text: str, words: list[Word]) -> Speaker | None:
    """The nickname a description gives its speaker ('"...," jelas dokter yang akrab disapa Parlin'): the speaker
    is the one so called, whose full name the article's nicknames give later; None with no such cue, or when a
    name is written before the cue."""
    texts = [w[0] for w in words]
    for i in range(1, len(words)):
        n = lex.prefix("nickname_cue", texts[i:])
        if not n:
            continue
        if any(is_cap(w, alpha=True) for w in texts[:i]):
            return None  # "kata Andi Saputra yang akrab disapa Andi": the name written before stands
        description = texts[: i - 1] if lex.has("relative", texts[i - 1]) else texts[:i]
        if any(_of_someone_else(lex, description[j:]) for j in range(len(description))):
            return None  # "kata ayah dari pemuda yang akrab disapa Ucok", "pengacara terdakwa yang ...": whose nickname
            # it is, is not sure; the speaker is the one in the role
        run = list(takewhile(lambda w: is_cap(w[0], alpha=True), words[i + n : i + n + 2]))
        speaker = _name_speaker(text, run, "name") if run else None
        return replace(speaker, nickname=True) if speaker is not None else None
    return None


def _of_someone_else(lex: QuoteLexicon, words: list[str]) -> bool:
    """Whether a description starts with a role held towards someone ("ayah", "pengacara"), a victim or suspect
    noun, or a word that ends a speaker phrase ("dari"): a nickname after it may be that other person's."""
    return any(lex.prefix(role, words) for role in ("relation", "told_about", "stop"))


def _without_closing_verbs(lex: QuoteLexicon, words: list[Word]) -> list[Word]:
    """The phrase without the speech verbs and adverbs closing it, one word kept at least: '"...," kata dia
    menambahkan' and '"...," ujar dia lagi' name the pronoun alone."""
    while len(words) > 1 and (words[-1][0].strip(PUNCT).lower() in lex.verbs or lex.has("adverb", words[-1][0])):
        words = words[:-1]
    return words


def _without_time_tail(lex: QuoteLexicon, words: list[Word]) -> list[Word]:
    """The phrase without a time phrase at its end ("Ketua Umum Beyond Community Eko Budi Harsono belum lama
    ini", "pihak agensi kala itu") or a date at either end ("kata Imam Senin (9/6/2025)", "Februari 2025 laporan
    CNBC"): when it was said, neither the speaker's name nor a pointer back."""
    for k in (3, 2):
        if len(words) > k and lex.has("time_tail", " ".join(w[0] for w in words[-k:])):
            return words[:-k]
    return _without_dates(lex, words)


def _date_word(lex: QuoteLexicon, word: str) -> bool:
    bare = word.strip(PUNCT)
    return bare.isdigit() or lex.has("weekday", bare) or lex.has("month", bare)


def _a_date(lex: QuoteLexicon, texts: list[str]) -> bool:
    """Whether ``texts`` (all weekdays, months and numbers) date something: a weekday, or a month with a number; a
    month alone may be a first name ("Juni Rahayu")."""
    bare = [t.strip(PUNCT) for t in texts]
    return any(lex.has("weekday", t) for t in bare) or (any(t.isdigit() for t in bare) and any(lex.has("month", t) for t in bare))


def undated(lex: QuoteLexicon, texts: list[str]) -> tuple[int, int]:
    """The (start, end) of ``texts`` without the run of weekdays, months and numbers at either end that dates
    them ("Imam Senin", "Februari 2025 laporan CNBC"), a word kept at least."""
    start, end = 0, len(texts)
    while end > 1 and _date_word(lex, texts[end - 1]):
        end -= 1
    if not _a_date(lex, texts[end:]):
        end = len(texts)
    while start < end - 1 and _date_word(lex, texts[start]):
        start += 1
    if not _a_date(lex, texts[:start]):
        start = 0
    return start, end


def _without_dates(lex: QuoteLexicon, words: list[Word]) -> list[Word]:
    start, end = undated(lex, [w[0] for w in words])
    return words[start:end]


def _describes(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a phrase describes a person by role or trade ("pelatih", "menteri", "kiper kelahiran Bandung itu",
    "pakar ... itu": a role that is also a group word is one person once pointed at; not a group alone, "petugas")
    or names a statement with no name in it ("pesan tersebut", "pernyataan resmi itu"; not "akun Instagram merek
    itu")."""
    statement = lex.prefix("statement", [w[0] for w in words])
    role = any(lex.prefix(kind, [w[0] for w in words]) for kind in ("title", "relation", "name_title", "trade", "person_noun"))
    if role or _described_by_noun(lex, words):
        return True
    return bool(statement) and not lex.has("report", words[0][0]) and not any(is_cap(w[0], alpha=True) for w in words[statement:])


def _described_by_origin(lex: QuoteLexicon, text: str, words: list[Word]) -> bool:
    """Whether a phrase after the verb is a trade or a person's noun in lower case and what says where its holder is
    from or which one he is ("ujar pembalap asal Spanyol", "tambah pembalap bernomor #73", "kata pria berusia 30
    tahun"): the one written about, with no pointer needed; not when a name is set off after it ("kata pemain asal
    Brasil, Ciro Alves") or written in it ("kata pemain asal Brasil Ciro Alves")."""
    texts = [w[0] for w in words]
    n = max(lex.prefix("trade", texts), lex.prefix("person_noun", texts))
    if not n or not texts[0][:1].islower() or len(words) <= n + 1 or not lex.has("origin_link", texts[n]):
        return False
    set_off = _NAME_SET_OFF.match(text, words[-1][2]) is not None
    caps = [w.strip(PUNCT).lower() for w in texts[n + 1 :] if is_cap(w, alpha=True)]
    return not set_off and len(caps) <= 2 and not _origin_then_name(lex, caps)


def _origin_then_name(lex: QuoteLexicon, caps: list[str]) -> bool:
    """Whether capitalised words (lower case) are a country's or province's name and then more: a name written after
    where its holder is from ("pembalap asal Italia Bagnaia"), not "asal Amerika Serikat" nor a town ("asal Pasuruan")."""
    origins = lex.role("origin")
    return " ".join(caps) not in origins and any(" ".join(caps[:k]) in origins for k in range(1, len(caps)))


def _described_by_noun(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a phrase opens with an ordinary noun for a person that no title list holds, capitalised at the
    sentence's start ("Vokalis band Ungu itu", "Psikolog klinis lulusan Universitas Indonesia itu", "Personel girl
    group Blink itu"): one person pointed at; not a group ("Petugas itu"), a statement or a report."""
    first = words[0][0].strip(PUNCT).lower()
    if not first or any(lex.has(role, first) for role in ("group", "statement", "report", "data")):
        return False
    return first in lower_word_list("id", "common_words.txt") and words[0][0][:1].isupper()


def _named_by(lex: QuoteLexicon, text: str, words: list[Word]) -> Speaker | None:
    """The speaker of a phrase that is no pronoun or description: an agency, a statement's owner, a titled or plain name."""
    if lex.media.canonical(" ".join(w[0] for w in words).strip(PUNCT)):
        return _name_speaker(text, words, "name")  # "Kantor Berita Pusat Korea Utara" is the agency's name
    n = lex.prefix("statement", [w[0] for w in words])
    if not n and words[0][0].islower():
        n = lex.prefix("data", [w[0] for w in words])
    if n and lex.prefix("account", [w[0] for w in words]) == n and len(words) > n and _HANDLE.match(words[n][0].rstrip(",.;:")):
        # '"...," tulis akun @ini***': a netizen known only by the account's handle, kept as written
        return _name_speaker(text, words[: n + 1], "phrase")
    if n:
        return _statement_owner(lex, text, words[n:])
    if lex.prefix("relation", [w[0] for w in words]) and len(words) > 1:
        # "kuasa hukum Hasto", "istri Budi": the name after the role is someone else, not the speaker
        return _name_speaker(text, words, "phrase")
    title_len = _title_length(lex, words)
    if title_len:
        return _titled_speaker(lex, text, words, title_len)
    return _plain_speaker(lex, text, words)


def _statement_owner(lex: QuoteLexicon, text: str, rest: list[Word]) -> Speaker | None:
    """ "pernyataan singkat di situs resmi Kremlin": the statement's owner is the last name in it."""
    runs = _cap_runs(rest)
    lowercase_group = len(rest) < 2 or not is_cap(rest[1][0], alpha=True)
    if (
        rest
        and _group_word(lex, rest[0][0])
        and lowercase_group
        and not any(lex.media.canonical(" ".join(w[0].strip(PUNCT) for w in r)) for r in runs)
    ):
        # "laporan media-media lokal Austria": a group, not the place it is of, made the report
        return _name_speaker(text, rest, "phrase")
    if not runs:
        return None
    run = runs[-1]
    if len(runs) > 1 and lex.has("number_label", runs[-2][-1][0]):
        run = runs[-2]  # "Putusan Mahkamah Konstitusi (MK) No. 35/PUU-XXI/2023": the number after its label is no one
    run = run[: next((i for i, w in enumerate(run) if i and lex.has("number_label", w[0])), len(run))]
    run, handle = _past_platform(lex, text, rest, run)
    if handle is not None:
        return handle
    # "kantor berita Rusia Interfax": the place before a news organisation is not its name
    for i in range(1, len(run)):
        if lex.media.canonical(" ".join(w[0].strip(PUNCT) for w in run[i:])):
            run = run[i:]
            break
    return _name_speaker(text, run, "name")


def _past_platform(lex: QuoteLexicon, text: str, rest: list[Word], run: list[Word]) -> tuple[list[Word], Speaker | None]:
    """The owner's run without the platform that opens it ("akun X (Twitter) TMC Polda Metro Jaya", "akun Instagram
    Humas Pajak Jakarta": the platform is no owner); with a run that is only the platform, the handle after it as
    written ("akun Instagram @byzareefa", "akun X @fr**it4**"), or the one -nya points back to ("akun Instagram
    pribadinya": the owner named before, as a pronoun), else the run as it is."""
    platform = len(list(takewhile(lambda w: lex.has("platform", w[0]), run)))
    if 0 < platform < len(run):
        return run[platform:], None
    if not platform or run[-1] is rest[-1]:
        return run, None
    at = _index(rest, run[-1]) + 1
    after = rest[at]
    if _HANDLE.match(after[0].rstrip(",.;:")):
        return run, _name_speaker(text, rest[_index(rest, run[0]) : at + 1], "phrase")
    bare = after[0].strip(PUNCT)
    if bare.islower() and bare.endswith("nya"):
        return run, Speaker(None, run[0][1], after[2], "pronoun")
    return run, None


def _index(words: list[Word], word: Word) -> int:
    """Where ``word`` itself (not an equal one) stands in ``words``."""
    return next(i for i, w in enumerate(words) if w is word)


def _group_word(lex: QuoteLexicon, word: str) -> bool:
    """A group noun, also reduplicated as plurals are written: "media", "media-media"."""
    bare = word.strip(PUNCT).lower()
    head, _, tail = bare.partition("-")
    return lex.has("group", bare) or (head == tail and lex.has("group", head))


def _title_length(lex: QuoteLexicon, words: list[Word]) -> int:
    """How many words at the start are titles, one after another ("Wakil Ketua Umum")."""
    title_len = 0
    while True:
        step = lex.prefix("title", [w[0] for w in words[title_len:]])
        if not step:
            return title_len
        title_len += step


def _between_title_and_name(lex: QuoteLexicon, word: str) -> bool:
    """An institution between title and name: "Dewan Keamanan Nasional AS", "Gedung Putih"."""
    bare = word.strip(PUNCT)
    return lex.has("institution", word) or lex.has("title", word) or bool(ACRONYM.match(bare)) or bare.isdigit()


def _titled_speaker(lex: QuoteLexicon, text: str, words: list[Word], title_len: int) -> Speaker | None:
    """The person a title names ("Juru bicara Kremlin Dmitry Peskov"), else the phrase as written."""
    rest = words[title_len:]
    i = 0
    while i < len(rest) and _between_title_and_name(lex, rest[i][0]):
        i += 1
    name = rest[i:]
    described = None
    if name and not all(_NAME_TOKEN.match(w[0].strip(",.;:")) for w in name):
        described = _described_name(lex, name)
        name = described or name
    if name and all(_NAME_TOKEN.match(w[0].strip(",.;:")) for w in name):
        # after a lower-case description, a third capitalised word in front is more often a body's ("the Fed
        # Jerome Powell"); a three-word name the NER found is given back by the speaker's entity
        if len(name) > 3 or (described and len(name) == 3):
            name = _name_tail(lex, name)
        speaker = _name_speaker(text, name, "name")
        if described and speaker is not None:
            phrase = _name_speaker(text, words, "phrase")
            speaker = replace(speaker, description=phrase.name if phrase else None)
        return speaker
    if not rest:
        # a bare office ("kata Kapolres"): the holder the article named with it stands for it, found when the
        # speakers are resolved; no one where the article names no holder
        return _name_speaker(text, words, "phrase") if lex.has("name_title", " ".join(w[0] for w in words)) else None
    # a title with no name after it ("Menteri Pertahanan Amerika Serikat", "para pejabat"): the phrase as written
    return _name_speaker(text, words, "phrase")


def _described_name(lex: QuoteLexicon, words: list[Word]) -> list[Word] | None:
    """The name after a field or kind written in lower case between a title and the name: "(pengamat)
    kebijakan publik Fernando Emas", "(pakar) transportasi Institut Teknologi Bandung Sony Sulaksono";
    none after a role towards someone else ("keluarga korban") or a verb."""
    j = len(words)
    while j > 0 and _NAME_TOKEN.match(words[j - 1][0].strip(",.;:")):
        j -= 1
    lead, name = words[:j], words[j:]
    if not lead or len(name) < 2:
        return None
    for w in lead:
        bare = w[0].strip(PUNCT)
        if not (bare.isalpha() and bare.islower()) or bare in lex.verbs or any(lex.has(role, bare) for role in ("relation", "stop", "cue")):
            return None
    return name


def _name_tail(lex: QuoteLexicon, name: list[Word]) -> list[Word]:
    """ "Ketua Program Studi ... Universitas Indonesia Widodo": the name is the tail after the
    last institution word, at most three words."""
    tail: list[Word] = []
    for w in reversed(name):
        if lex.has("institution", w[0]) or lex.has("title", w[0]) or ACRONYM.match(w[0].strip(PUNCT)):
            break
        tail.insert(0, w)
    if tail and len(tail) < len(name) and len(tail) <= 3:
        return tail
    # with no institution word to split on ("Jawa Tengah Ahmad Luthfi") most names are two words, three with
    # an initial inside ("Trans Entertainment Triya F Santi")
    initial = len(name) >= 3 and _INITIAL.match(name[-2][0]) is not None
    return name[-3:] if initial else name[-2:]


def _plain_speaker(lex: QuoteLexicon, text: str, words: list[Word]) -> Speaker | None:
    """A phrase with no title or statement noun in front: a group as written, or a capitalised name."""
    if lex.has("group", words[0][0]):
        # people named by what they are, kept as written: "para analis", "Para analis dan pejabat AS"
        return _name_speaker(text, words, "phrase")
    if not is_cap(words[0][0]) or _no_one(lex, words[0][0]):
        return None
    if len(words) > 1 and not any(is_cap(w[0], alpha=True) for w in words[1:]):
        # a capital only at the start: "Legenda lokal", "Konsep minimalis" name no one
        return None
    joiners = lex.role("joiner")
    # a name ends at its first lowercase word other than a joiner: "Alvian dilansir dari Antara" -> Alvian
    for i, w in enumerate(words):
        bare = w[0].strip(PUNCT)
        if bare and not is_cap(bare) and bare not in joiners:
            words = words[:i]
            break
    while words and words[-1][0].strip(PUNCT) in joiners:
        words = words[:-1]
    return _name_speaker(text, _after_inner_rank(lex, words), "name")


def _after_inner_rank(lex: QuoteLexicon, words: list[Word]) -> list[Word]:
    """The name after a rank inside a capitalised phrase that opens with a body ("Polres Labuhanbatu Selatan AKP Iman
    Azahari Ginting" -> "Iman Azahari Ginting"): two to four name words closing the phrase, after a rank written as
    an abbreviation ("AKP", "Brigjen"; not an office: "Pelaksana Harian Kapolsek Babelan")."""
    for i in range(len(words) - 3, 0, -1):
        rank = words[i][0].strip(PUNCT)
        if lex.has("name_title", rank) and (ACRONYM.match(rank) or rank in lex.role("abbreviation")):
            rest = words[i + 1 :]
            if len(rest) <= 4 and all(_NAME_TOKEN.match(w[0].strip(",.;:")) and not ACRONYM.match(w[0].strip(PUNCT)) for w in rest):
                return rest
            return words
    return words


def _no_one(lex: QuoteLexicon, word: str) -> bool:
    """A word that opens a sentence without naming anyone, also with -nya: "Untuk", "Profilnya", "Mitologi"."""
    bare = word.strip(PUNCT).lower()
    return lex.has("not_speaker", bare) or (bare.endswith("nya") and lex.has("not_speaker", bare[:-3]))


def _cap_runs(words: list[Word]) -> list[list[Word]]:
    runs: list[list[Word]] = []
    cur: list[Word] = []
    for w in words:
        if is_cap(w[0]):
            cur.append(w)
            if w[0][-1] in ",.;:":
                runs.append(cur)
                cur = []
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _cut_at_stop(words: list[Word], stops: frozenset[str]) -> list[Word]:
    """Words up to the first lowercase stop word ("Gedung Putih pada Senin" -> "Gedung Putih")."""
    for i, w in enumerate(words):
        token = w[0].strip(PUNCT)
        if i > 0 and token and token.islower() and token in stops:
            return words[:i]
    return words


def _cut_at_manner(lex: QuoteLexicon, words: list[Word]) -> list[Word]:
    """Words up to a manner word or a second speech verb right after a name: '"...," ujar Pinkan singkat' and
    '"...," kata Reijnders menambahkan' -> the name (after a noun a manner word describes a statement: "pernyataan
    singkat Kremlin")."""
    for i in range(1, len(words)):
        bare = words[i][0].strip(PUNCT)
        said = lex.has("manner", bare) or bare in lex.verbs
        if bare.islower() and said and is_cap(words[i - 1][0], alpha=True):
            return words[:i]
    return words


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated parts of text[start:end], commas inside parentheses ignored."""
    parts = []
    depth = 0
    seg = start
    for i in range(start, end):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            parts.append((seg, i))
            seg = i + 1
    parts.append((seg, end))
    return [(s, e) for s, e in parts if text[s:e].strip()]


def _clean_subject(lex: QuoteLexicon, text: str, s: int, e: int) -> list[Word]:
    words = split_words(text[s:e], s)
    stops = lex.role("stop") - lex.role("subject_word")
    statement = lex.prefix("statement", [w[0] for w in words[lex.prefix("determiner", [w[0] for w in words]) :]])
    if statement:
        # keep "di situs resmi Kremlin" in a statement phrase; cut only its time ("pada hari Senin")
        stops = lex.role("time_stop")
    if words and words[0][0].strip(PUNCT).lower() in lex.role("relative") | lex.role("cue"):
        # a relative clause (", yang diliput melalui ... Reuters dan CNN,") or a citation
        # (", seperti dikutip BBC,"): the medium that carried the words did not speak them
        return []
    if words and words[0][0].strip(PUNCT).lower() in stops:
        # "usai pertemuan tersebut Presiden Rusia Vladimir Putin": the subject follows the adjunct
        caps = [i for i, w in enumerate(words) if is_cap(w[0], alpha=True)]
        if not caps or lex.has("stop", words[caps[0]][0]) or lex.has("adjunct", words[caps[0]][0]):
            return []
        words = words[caps[0] :]
    words = _cut_at_stop(_past_relaying_office(lex, words), stops)
    while words and lex.has("adverb", words[-1][0]):
        words = words[:-1]
    return words


def _past_relaying_office(lex: QuoteLexicon, words: list[Word]) -> list[Word]:
    """The words after "melalui" or "lewat" where an office or rank follows it with no comma ("Kapolres Bantul AKBP
    Andi Saputra melalui Kasi Humas AKP Rina Marlina menyampaikan"): the head of the office handed the statement to
    the one named after it, who gave it. Not a channel ("melalui akun Instagram resminya", "melalui Pro Futsal
    League"): no title opens it, the subject before it speaks."""
    for i, w in enumerate(words[:-1]):
        if lex.has("through", w[0]) and lex.prefix("name_title", [x[0] for x in words[i + 1 :]]):
            return words[i + 1 :]
    return words


def _unbracketed(words: list[Word]) -> list[Word]:
    """The words outside parentheses: "Rusmini (52 tahun)" -> "Rusmini"."""
    kept = []
    depth = 0
    for w in words:
        opens, closes = w[0].count("("), w[0].count(")")
        if depth == 0 and opens == 0:
            kept.append(w)
        depth = max(0, depth + opens - closes)
    return kept


def _subject_candidate(lex: QuoteLexicon, words: list[Word]) -> bool:
    # an age or acronym in brackets says nothing about the subject: "Rusmini (45)", "Badan ... (BMKG)"
    words = _unbracketed(words)
    if not words:
        return False
    first = words[0][0].strip(PUNCT).lower()
    if _skippable(lex, words):
        return False
    if any(_looks_verb(lex, w[0]) for w in words):
        return False  # "Dedie Rachim juga meminta jajaran direksi ... meyakini": a clause, not a speaker
    if any(lex.has("group", w[0]) or lex.has("title", w[0]) for w in words):
        return True
    if any(is_cap(w[0], alpha=True) for w in words[1:]):
        return True
    # one capitalised word is a name ("Kirby"); a capital only at the sentence start ("Legenda lokal") is not
    return (
        len(words) == 1
        and is_cap(words[0][0], alpha=True)
        and not _no_one(lex, first)
        and not any(lex.has(role, first) for role in ("connector", "adjunct", "stop", "adverb", "clause"))
    )


def _skippable(lex: QuoteLexicon, words: list[Word]) -> bool:
    """A segment between subject and verb that is not the subject: a connector, a citation ("dikutip melalui
    Reuters"), or the degrees after the speaker's name ("dr. Citra, Sp.A, M.Kes mengatakan")."""
    first = words[0][0].strip(PUNCT).lower()
    texts = [w[0] for w in words]
    if len(texts) == 1 and _degree_shaped(texts[0].strip(",;")):
        return True
    return first in lex.role("cue") or lex.prefix("connector", texts) == len(words) or lex.is_degree(texts) or _date_like(texts)


def _degree_shaped(token: str) -> bool:
    """A degree or certificate no list holds, written after a name between commas ("AIFO-K", "M.Gizi"): parts joined
    by a dot or hyphen, one of them in capitals or an initial (not "Alexander-Arnold", "Jean-Pierre", "J-Hope")."""
    parts = [p for p in re.split(r"[.-]", token) if p]
    # an initial counts only with a dot ("M.Gizi"), not in a hyphenated name ("J-Hope")
    return len(parts) >= 2 and any(p.isupper() and p.isalpha() and (len(p) >= 2 or "." in token) for p in parts)


def title_or_abbreviation(lex: QuoteLexicon, word: str) -> bool:
    """A title, rank or abbreviation written before a name ("Brigjen", "Pol", "Prof.", "H.", "dr.", "Rd.")."""
    bare = word.rstrip(".")
    # a short capitalised word with a full stop abbreviates an honorific ("Rd." of "Ipda Rd. Arief Ardian", "Hj.")
    short = len(bare) <= 3 and word.endswith(".") and bare[:1].isupper()
    return lex.has("name_title", bare) or bare in lex.role("abbreviation") or (len(bare) == 1 and bare.isupper()) or short


def degree_after_name(lex: QuoteLexicon, segment: str) -> bool:
    """Whether a comma-separated segment after a name is one of its degrees or certificates ("Sp.DVE", "M.Sc",
    "dr.", "FINASIM", "Sp.A(K)."): a degree the list holds, one shaped like a degree, or one word in capitals."""
    words = segment.split()
    if not words or len(words) > 2:
        return False
    bare = segment.strip(" .")
    if len(words) == 1 and words[0].endswith(".") and title_or_abbreviation(lex, words[0]):
        return True  # "Budi Setiabudiawan, dr., Sp.A(K).": the medical degree written after the name
    return lex.is_degree(words) or _degree_shaped(bare) or (len(words) == 1 and bare.isupper() and bare.isalpha() and len(bare) >= 3)


def _date_like(texts: list[str]) -> bool:
    """A date set off by commas between a subject and its verb ("Bupati ... pada Sabtu, 31 Mei 2025 mengatakan"):
    a number first, then numbers and capitalised words only."""
    bare = [t.strip(PUNCT) for t in texts]
    return 2 <= len(bare) <= 4 and bare[0].isdigit() and all(t.isdigit() or t[:1].isupper() for t in bare[1:])


def _looks_verb(lex: QuoteLexicon, word: str) -> bool:
    """A lowercase word with a verb prefix ("meminta", "merupakan"), and not a speaker noun or title."""
    w = word.strip(PUNCT)
    return bool(lex.verb_like.match(w)) and not any(lex.has(role, w) for role in ("group", "title", "descriptor"))


def _subject_region(lex: QuoteLexicon, text: str, start: int, end: int) -> int:
    """Where the subject of a verb at ``end`` may start: after the last clause word, dateline or line start."""
    region = start
    for m in lex.clause_re.finditer(text[start:end]):
        region = start + m.end()
    # a dateline or line start before the subject: "Jakarta- Ketua ...", "KOMPAS.com – Dewan ..."
    cut = region
    for m in re.finditer(r"[-–—]\s|[\n:;]", text[region:end]):
        # not the dash of a range ("2019- 2020")
        if m.group(0) in "\n:;" or m.start() == 0 or not text[region + m.start() - 1].isdigit():
            cut = region + m.end()
    return cut


def _chosen_segment(lex: QuoteLexicon, cleaned: list[tuple[int, int, list[Word]]]) -> int | None:
    """The last comma-separated segment that can be a speaker, looking left past connectors and citations only."""
    for idx in range(len(cleaned) - 1, -1, -1):
        words = cleaned[idx][2]
        if _subject_candidate(lex, words):
            return idx
        if words and not _skippable(lex, words):
            # the verb's own subject is not a speaker ("astrologi akan menyampaikan"): never look further left
            return None
    return None


def _listed_subjects(lex: QuoteLexicon, text: str, cleaned: list[tuple[int, int, list[Word]]], chosen: int) -> Speaker | None:
    """A list of subjects: "AS, Inggris, Korea Selatan dan Jepang mengatakan"."""
    words = cleaned[chosen][2]
    if not any(w[0] in lex.role("list_and") for w in words):
        return None
    if not is_cap(words[0][0], alpha=True) and words[0][0] not in lex.role("list_and"):
        # a description of the one named before the comma, not a list: "Michael Shoebridge, pendiri dan direktur
        # lembaga ...", "Thanongsak Changin (44), seorang relawan dan penduduk lokal"
        return _described_before(lex, text, cleaned, chosen)
    first = chosen
    while first > 0 and 0 < len(cleaned[first - 1][2]) <= 3 and all(is_cap(w[0]) for w in cleaned[first - 1][2]):
        if not _list_item(lex, cleaned[first - 1][2]):
            break
        first -= 1
    if first == chosen:
        return None
    s0 = cleaned[first][2][0][1]
    return Speaker(text[s0 : words[-1][2]].strip(" ,"), s0, words[-1][2], "phrase")


def _list_item(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a comma-separated segment before a subject can be an item of a list of subjects: capitalised words,
    no date ("Senin (2/6/2025)"), sentence adverb ("Ironisnya", "Misalnya") or connector."""
    texts = [w[0] for w in words]
    if any(lex.has(role, texts[0]) for role in ("connector", "adjunct", "not_speaker")) or any(c.isdigit() for t in texts for c in t):
        return False
    return all(is_cap(w[0], alpha=True) and not w[0].strip(PUNCT).lower().endswith("nya") for w in _unbracketed(words))


def _described_before(lex: QuoteLexicon, text: str, cleaned: list[tuple[int, int, list[Word]]], chosen: int) -> Speaker | None:
    """The name right before a description set off by a comma ("Gallagher Re, perusahaan pialang dan penasihat
    reasuransi global, mengungkapkan"): its capitalised words, an age in brackets dropped; None where no name
    stands there."""
    if chosen == 0:
        return None
    named = _unbracketed(cleaned[chosen - 1][2])  # "Thanongsak Changin (44)": the age is no part of the name
    if not 1 <= len(named) <= 4 or not all(_NAME_TOKEN.match(w[0].strip(",")) for w in named) or not _list_item(lex, named):
        return None
    return _name_speaker(text, named, "name")


def _opens_with_title(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a phrase opens with a title, or with capitalised words of a title written in English around one it
    knows ("Managing Director Green SM", "Regional Division Business Head ASEAN TVS"): an office, whoever holds it."""
    if lex.prefix("title", [w[0] for w in words]):
        return True
    if not words or lex.has("name_title", words[0][0]):
        return False  # an honorific before a name ("KH Yahya Zainul"): the name itself, no office
    for i, w in enumerate(words[:4]):
        if not is_cap(w[0], alpha=True):
            return False
        if i and lex.prefix("name_title", [x[0] for x in words[i:]]):
            return True
    return False


def _name_before_title(lex: QuoteLexicon, prev: list[Word], speaker: Speaker | None) -> bool:
    """Whether the segment before a title is the person it names: "Adrienne Watson, juru bicara Gedung Putih, mengatakan"."""
    if not (prev and len(prev) <= 4 and all(_NAME_TOKEN.match(w[0].strip(",.;:")) for w in prev)):
        return False
    if speaker is None or speaker.kind == "phrase":
        return True
    # "Timotius Thendean, Direktur Marketing PT Sentul City Tbk, mengatakan": a title that names someone too
    # yields to a person's name in front of it (two words at least, none a time or a place word: "Pada Senin, ...")
    roles = ("stop", "adjunct", "connector", "clause", "title", "institution", "statement", "group")
    return len(prev) >= 2 and not any(lex.has(role, w[0]) for w in prev for role in roles)


def relayed_speaker(lex: QuoteLexicon, text: str, speaker: Speaker | None, limit: int) -> Speaker | None:
    """The original source of a statement a medium hands on: "Reuters, yang mengutip kantor berita
    Austria yang mengutip Wali Kota X" -> the mayor; ``speaker`` itself when nothing is quoted after it."""
    phrase_start = speaker.start if speaker else 0
    for _ in range(4):  # a chain is short; bounded on hostile text
        if speaker is None or speaker.kind == "pronoun":
            return speaker
        if not _medium(lex, split_words(text[phrase_start : speaker.end], phrase_start)):
            return speaker  # "Prabowo, mengutip Bung Karno, ...": a person quoting someone still speaks
        m = lex.relay_re.match(text, speaker.end, limit)
        source = after_speaker(lex, text, m.end(), limit) if m else None
        if m is None or source is None or source.kind == "pronoun":
            return speaker
        speaker, phrase_start = source, m.end()
    return speaker


def _medium(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a phrase names a medium or a report ("laporan media lokal ORF", "Reuters", "kantor
    berita Austria"), which hands a statement on, rather than a person quoting someone."""
    bare = [w[0].strip(PUNCT) for w in words]
    if lex.prefix("statement", bare) or (bare and _group_word(lex, bare[0]) and bare[0].lower().startswith("media")):
        return True
    return any(lex.media.canonical(" ".join(bare[i:j])) for i in range(len(bare)) for j in range(i + 1, min(len(bare), i + 5) + 1))


def _relayed_subject(lex: QuoteLexicon, text: str, start: int, end: int) -> Speaker | None:
    """ "Laporan media lokal ORF yang mengutip kepolisian setempat, seperti dilansir Reuters, menyebut":
    the source a subject quotes speaks. Not "Mengutip Reuters, X mengatakan": the relay must follow a subject."""
    region = _subject_region(lex, text, start, end)
    m = lex.relay_search_re.search(text, region, end)
    before = split_words(text[region : m.start()], region) if m else []
    if m is None or not _subject_candidate(lex, before) or not _medium(lex, before):
        return None
    source = relayed_speaker(lex, text, after_speaker(lex, text, m.end(), end), end)
    return source if source is not None and source.kind != "pronoun" else None


def subject_speaker(lex: QuoteLexicon, text: str, start: int, end: int) -> Speaker | None:
    """The speaker of a speech verb from the text before it (text[start:end] is the sentence up to the verb)."""
    relayed = _relayed_subject(lex, text, start, end)
    if relayed is not None:
        return relayed
    if lex.relative_end.search(text[start:end]):
        # "ada yang mengatakan", "kabar yang menyebutkan": a relative clause, not an attribution
        return None
    region = _subject_region(lex, text, start, end)
    cleaned = [(s, e, _clean_subject(lex, text, s, e)) for s, e in _segments(text, region, end)]
    chosen = _chosen_segment(lex, cleaned)
    if chosen and _place_after_body(lex, cleaned[chosen - 1][2], cleaned[chosen][2]):
        chosen -= 1  # "Pemkab Probolinggo, Jawa Timur mengimbau": the province says where the body is, the body speaks
    if chosen is None:
        # "Muhammad Akbar, seorang pemerhati transportasi, menegaskan": the description before the verb is no
        # speaker of its own, the name before it is
        named = _name_before_asides(lex, text, cleaned, len(cleaned) - 1) if cleaned else None
        return named or _pronoun(lex, cleaned[-1][2] if cleaned else [])
    named = _name_before_asides(lex, text, cleaned, chosen)
    if named is not None:
        return named
    words = cleaned[chosen][2]
    pronoun = _pronoun(lex, words) or _listed_subjects(lex, text, cleaned, chosen) or _described_with_clause(lex, text, cleaned[chosen])
    if pronoun is not None:
        return pronoun
    speaker = speaker_from_phrase(lex, text, words)
    if chosen > 0 and _opens_with_title(lex, words) and _name_before_title(lex, cleaned[chosen - 1][2], speaker):
        return _name_speaker(text, cleaned[chosen - 1][2], "name")
    return speaker


def _place_after_body(lex: QuoteLexicon, body: list[Word], place: list[Word]) -> bool:
    """Whether a segment is only a country's or province's name ("Jawa Timur", "Provinsi Papua") set off after a body
    of government named with its region ("Pemerintah Kabupaten (Pemkab) Probolinggo", "Pemkab Supiori"): where the
    body is, not who speaks."""
    texts = [w[0].strip(PUNCT).lower() for w in place]
    texts = texts[lex.prefix("region_unit", texts) :]
    if not texts or " ".join(texts) not in lex.role("origin"):
        return False
    words = _unbracketed(body)
    return bool(words) and all(is_cap(w[0], alpha=True) for w in words) and lex.has("institution", words[0][0])


def _name_before_asides(lex: QuoteLexicon, text: str, cleaned: list[tuple[int, int, list[Word]]], chosen: int) -> Speaker | None:
    """The person named first when everything from there to the verb is set off by commas as asides: a description
    in lower case and what its commas run on to ("Farkhan Jadid, oknum pengasuh di ... Kota Baturaja, Sumatera
    Selatan, mengakui"), a setting ("Ni Ketut Rai Purnami, dalam talkshow Tetap Lincah ..., menekankan"), degrees
    ("Hans Tandra, Sp.PD-KEMD, FACP menyatakan"), a year: the last capitalised words of the aside name no speaker."""
    for k in range(chosen):
        raw = split_words(text[cleaned[k][0] : cleaned[k][1]], cleaned[k][0])
        named = _person_segment(lex, text, raw) if raw and not _aside_lead(lex, raw) else None
        if named is None and raw and (_aside_lead(lex, raw) or (k == 0 and _opens_description(lex, raw))):
            continue  # "Pada hari Selasa, Jérôme Le Blay, ...", "Sementara itu, ...", "Ibunda almarhum, Sri Yulianti, ..."
        return named if named is not None and _only_asides(lex, text, cleaned[k + 1 :]) else None
    return None


def _aside_lead(lex: QuoteLexicon, raw: list[Word]) -> bool:
    """A segment that may stand before a sentence's subject: a connector, a time or setting opened by a stop word, a
    phrase naming no one ("Senada dengan itu", "Menanggapi hal tersebut": no capital past its first word)."""
    raw = _unbracketed(raw)
    first = raw[0][0].strip(PUNCT).lower() if raw else ""
    if not first or (len(raw) > 1 and all(w[0].strip(PUNCT)[:1].islower() for w in raw[1:])):
        return bool(first)
    return lex.prefix("connector", [w[0] for w in raw]) == len(raw) or lex.has("stop", first) or lex.has("adjunct", first)


def _opens_description(lex: QuoteLexicon, raw: list[Word]) -> bool:
    """A segment that opens with a role the name after its comma holds: "Ibunda almarhum", "Kepala Dinas Kesehatan"."""
    texts = [w[0] for w in raw]
    return any(lex.prefix(role, texts) for role in ("relation", "title", "group"))


def _person_segment(lex: QuoteLexicon, text: str, raw: list[Word]) -> Speaker | None:
    """The speaker of a segment that is a person's name, titles before it allowed ("AKBP Joko Triyono", "Dr. dr. Ni
    Ketut Rai Purnami"): capitalised words only, none an institution word or an acronym past the titles."""
    raw = without_degrees(lex, _unbracketed(raw))  # "Rosinawati (60)": the age is no part of the name
    while len(raw) > 1 and raw[0][0].strip(PUNCT).lower() in lex.verbs:
        raw = raw[1:]  # "Dijelaskan Yusak Billy, ...": the passive verb before the name is no part of it
    lead = 0
    while lead < len(raw) - 1 and title_or_abbreviation(lex, raw[lead][0]):
        lead += 1
    name = raw[lead:]
    if not 1 <= len(name) <= 4 or not all(_NAME_TOKEN.match(w[0].strip(",.;:")) for w in name):
        return None
    if any(ACRONYM.match(w[0].strip(PUNCT)) or _between_title_and_name(lex, w[0]) or lex.has("group", w[0]) for w in name):
        return None
    if len(name) == 1 and (not _subject_candidate(lex, name) or _after_abbreviation(text, name[0][1]) or _common_word(name[0][0])):
        return None  # "Pdt. Gerson Paluke, S.Si.Teol, ...": a sentence the split began inside the degrees; "Senada, ..."
    return _name_speaker(text, raw, "name")


def _common_word(word: str) -> bool:
    """An ordinary word a sentence's start capitalised ("Senada", "Sementara"), no one's name."""
    return word.strip(PUNCT).lower() in lower_word_list("id", "common_words.txt")


def _after_abbreviation(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows an abbreviation's full stop ("S.Si.Teol", "dr. Ani"), which a sentence
    split may have taken for a sentence's end."""
    before = text[max(0, start - 12) : start].rstrip(" ")
    last = before.split()[-1] if before.split() else ""
    return last.endswith(".") and (len(last.strip(".")) <= 3 or "." in last[:-1])


def _only_asides(lex: QuoteLexicon, text: str, segments: list[tuple[int, int, list[Word]]]) -> bool:
    """Whether the segments after a name up to the verb are all asides: one opened in lower case and the capitalised
    segments its commas run on to, degrees after the name, a year, an office, a citation; not a list ("..., dan Andi")."""
    opened = degrees = False
    for s, e, _ in segments:
        raw = split_words(text[s:e], s)
        first = raw[0][0] if raw else ""
        listed = first in lex.role("list_and") or first.strip(PUNCT) in lex.role("list_and")
        if not raw or listed or any(lex.has("through", w[0]) for w in raw):
            return False  # a list ("..., dan Andi"), or the one the statement was given through speaks
        if title_or_abbreviation(lex, first) and _person_segment(lex, text, raw) is not None:
            return False  # a ranked person after an office ("Kapolresta Banda Aceh, Kombes Pol Joko ..."): no aside
        # a degree no list holds after one it does: "Sp.PD, K-Ger"
        degree = degree_after_name(lex, text[s:e]) or (degrees and len(raw) == 1 and bool(re.search(r"[A-Z].*[-.]", first)))
        degrees = degrees or degree
        if first[:1].islower() or _office(lex, raw):
            opened = True  # "..., Director of Central Operations, Grab Indonesia, menyampaikan": the office's body
        elif not (opened or degree or _skippable(lex, raw) or first.strip(PUNCT).isdigit()):
            return False
    return bool(segments)


def _office(lex: QuoteLexicon, raw: list[Word]) -> bool:
    """Whether a capitalised segment is an office: a title in it ("Sales & Marketing and After Sales Director PT
    HPM"), or an office written in English with "of" ("VP of Operation Xpeng Indonesia")."""
    return any(lex.has("name_title", w[0]) or lex.has("title", w[0]) or w[0] == "of" for w in raw)


def _english_office(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a phrase is an office written in English, its capitalised words joined by "and", "&" or "of" around a
    title ("Partner and CIO Running Point Capital Advisors", "Head of Public Relation PT X"); not an Indonesian office
    whose portfolios run on past the comma ("Kepala Departemen Literasi, Inklusi Keuangan, dan ...")."""
    joined = [w for w in words if not is_cap(w[0], alpha=True)]
    return bool(joined) and all(lex.has("english_joiner", w[0]) for w in joined) and _office(lex, words)


def _described_with_clause(lex: QuoteLexicon, text: str, segment: tuple[int, int, list[Word]]) -> Speaker | None:
    """A description with a relative clause that points back ("Aktris Fifty Shades of Grey yang kini berusia 35 tahun
    itu baru saja mengungkap", "Pria yang juga aktif di bidang lingkungan ini menambahkan"): a pronoun for the person
    named before, not the words before "yang". The pointer ends the subject, a word or two of adverb at most after it."""
    start, end, words = segment
    if not words or not (_describes(lex, words) or lex.prefix("name_title", [w[0] for w in words])):
        return None
    # a name right before "yang" is the subject itself ("Direktur ... Berry Juliandi yang membuka acara tersebut"):
    # the pointer is the clause's object's
    run = 0
    for w in reversed(words):
        if not is_cap(w[0], alpha=True):
            break
        run += 1
    if 2 <= run < len(words):
        return None
    raw = split_words(text[start:end], start)
    after = [w for w in raw if w[1] >= words[-1][2]]
    if not after or not lex.has("relative", after[0][0]):
        return None
    at = max((i for i, w in enumerate(after) if lex.has("anaphor", w[0])), default=-1)
    tail = after[at + 1 :]
    if at < 1 or len(tail) > 2 or any(not w[0].islower() or w[0].strip(PUNCT) in lex.verbs for w in tail):
        return None
    return Speaker(None, words[0][1], after[at][2], "pronoun")


def _weak_description(lex: QuoteLexicon, words: list[Word], speaker: Speaker | None, adjacent: bool) -> bool:
    """A title or group with no (or a one-word) name: "juru bicara Dewan Keamanan Nasional AS", "pelatih Persikab";
    also, right before the comma (``adjacent``), a kin, a standing or "sang" ("sang vokalis, Ian Kasela"; not "sang
    aktris saat ditemui di kawasan Senayan, Jakarta Pusat", a place)."""
    low = [w[0] for w in words]
    head = low[lex.prefix("determiner", low) :]
    definite = bool(low) and lex.has("definite", low[0]) and adjacent
    describes = lex.prefix("title", low) or (head and lex.has("group", head[0])) or (adjacent and _kin_or_standing(lex, words)) or definite
    # a title with one capitalised word after it is often title + team or company: "pelatih Persikab, Gilbert Santana"
    one_word = lex.prefix("title", low) and len((speaker.name or "").split()) == 1 if speaker else False
    weak = speaker is None or speaker.kind == "phrase" or definite or one_word
    return bool(weak and describes)


def _kin_or_standing(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a phrase opens with a relation or a person's standing written in lower case, whose holder the name
    after a comma gives ("kata putra sulung presiden, Donald Trump Jr", "ujar pemilik toko, Ginting"); capitalised,
    "Putra" and "Putri" are names."""
    first = words[0][0].strip(PUNCT) if words else ""
    return first.islower() and (lex.has("apposed_head", first) or _kin(lex, words))


def _kin(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a phrase opens with a role held towards someone: "istri Budi", "putra sulung presiden"."""
    return bool(words) and (lex.has("kin", words[0][0]) or lex.prefix("relation", [w[0] for w in words]) > 0)


def _abbreviation_stop(lex: QuoteLexicon, text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial before a name: "Ny. Juliati",
    "Ade R. Susardi"."""
    word = _LAST_WORD.search(text, max(0, dot - 12), dot)
    if word is None or not _NAME_AFTER.match(text, dot + 1):
        return False
    return word.group() in lex.role("abbreviation") or (len(word.group()) == 1 and word.group().isupper())


def _attribution_end(lex: QuoteLexicon, text: str, start: int, limit: int) -> re.Match[str] | None:
    """Where an attribution phrase ends: the first punctuation that is no abbreviation's full stop inside the
    speaker's words (past a stop word, "kepada awak media di St. Petersburg", the phrase has ended anyway)."""
    for m in _ATTRIBUTION_END.finditer(text, start, limit):
        if m.group() != "." or not _abbreviation_stop(lex, text, m.start()):
            return m
        words = split_words(text[start : m.start()], start)
        if len(_cut_at_stop(words, lex.role("stop"))) < len(words):
            return m
    return None


def _apposition(lex: QuoteLexicon, text: str, start: int, limit: int) -> list[Word] | None:
    """The name in an apposition after a description: "..., John Kirby", "..., Maria Reyes (45)"."""
    m = _attribution_end(lex, text, start, limit)
    words = _cut_at_stop(split_words(text[start : m.start() if m else limit], start), lex.role("stop"))
    words = _unbracketed(words)
    if _title_before_bare_name(lex, words):
        words = words[1:]  # "kata dokter spesialis anak, Profesor Harapan Parlindungan": the title opens the name
    # not a day or a sentence adverb: '"...," kata para pejabat, Senin.'
    # a lower-case joiner inside the name stays in it ("Boris van der Vorst", "Muhammad bin Salman")
    inner = range(1, len(words) - 1)
    named = all(_NAME_TOKEN.match(w[0]) or (i in inner and lex.has("joiner", w[0])) for i, w in enumerate(words))
    if not words or len(words) > 4 or not named:
        return None
    return None if any(lex.has(role, words[0][0]) for role in ("adjunct", "connector", "stop", "title")) else words


def _titled_or_described(lex: QuoteLexicon, words: list[Word], speaker: Speaker | None) -> bool:
    """Whether a title opens the phrase, or, where the phrase names no one, a lower-case noun for a person does."""
    return bool(lex.prefix("title", [w[0] for w in words])) or (speaker is None and _person_noun_phrase(lex, words))


def _person_noun_phrase(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a short phrase that names no one opens, past a determiner, with a lower-case noun no title list holds,
    as a person is described before the comma that sets off the name ("kata perajin Lingkungan Papring, Widie
    Nurmahmudy", "kata pendidik dan pelatih Enneagram, Funlola Fagbohun", "kata seorang perempuan, Umm Mahmoud");
    not a verb, a pronoun, a setting or a statement."""
    low = [w[0].strip(PUNCT) for w in words]
    head = low[lex.prefix("determiner", low) :]
    if not head or len(words) > 6 or not (head[0].isalpha() and head[0].islower()):
        return False
    roles = ("stop", "adjunct", "connector", "clause", "pronoun", "cue", "statement", "relation", "anaphor")
    return not (head[0] in lex.verbs or _looks_verb(lex, head[0]) or any(lex.has(role, head[0]) for role in roles))


def _title_before_bare_name(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a capitalised title opens two or three words of a name with no office or body in them ("Profesor
    Harapan Parlindungan"; not "Menteri Luar Negeri Sergei Lavrov", an office with its holder)."""
    rest = [w[0] for w in words[1:]]
    if not (2 <= len(rest) <= 3 and is_cap(words[0][0], alpha=True) and lex.has("name_title", words[0][0])):
        return False
    return not any(lex.has(role, w) for w in rest for role in ("name_title", "institution"))


def _pointing_back(lex: QuoteLexicon, text: str, words: list[Word], m: re.Match[str] | None, limit: int) -> Speaker | None:
    """A description that points back to someone named before, whatever stop word or comma is inside it: "sekretaris
    berusia 49 tahun itu" ("tahun" would end the phrase), "pelatih klub Uni Emirat Arab, Al Wasl tersebut"."""
    words = _without_time_tail(lex, words)  # "... Andi Saputra belum lama ini": a time, no pointer
    while len(words) > 2 and words[-1][0].strip(PUNCT).lower() in lex.verbs:
        words = words[:-1]  # '"...," kata suami Mulan Jameela itu menambahkan': a second verb of the same speaker
    if len(words) < 2 or not _describes(lex, words):
        return None
    # no name inside ("kata Kapolres AKBP Budi di lokasi itu" names Budi, "itu" is the place's), or only the name of
    # the one the role is held towards ("suami Mulan Jameela itu": her husband, named before)
    relation = lex.prefix("relation", [w[0] for w in words]) > 0
    if lex.has("anaphor", words[-1][0]) and (relation or _names_no_one(lex, words)):
        return Speaker(None, words[0][1], words[-1][2], "pronoun")
    if m is not None and text[m.start()] == ",":
        # the body the role is held at, set off by a comma and closed by the pointer: "..., Al Wasl tersebut"
        close = _attribution_end(lex, text, m.end(), limit)
        aside = split_words(text[m.end() : close.start() if close else limit], m.end())
        if 2 <= len(aside) <= 5 and lex.has("anaphor", aside[-1][0]) and all(is_cap(w[0], alpha=True) for w in aside[:-1]):
            return Speaker(None, words[0][1], aside[-1][2], "pronoun")
    return None


def _names_no_one(lex: QuoteLexicon, words: list[Word]) -> bool:
    """Whether a description closed by a pointer holds no name: no capitalised word past its first, or an office
    with only its body's acronym ("Ketum PAN tersebut", "Ketua KPK itu": the office's holder named before)."""
    inner = [w[0] for w in words[1:-1]]
    if not any(is_cap(w, alpha=True) for w in inner):
        return True
    texts = [w[0] for w in words]
    n = max(lex.prefix(role, texts) for role in ("person_noun", "trade"))
    if n and texts[0][:1].islower() and len(texts) > n + 1 and any(lex.has(role, texts[n]) for role in ("relative", "office_link")):
        # "pria yang juga Menteri BUMN itu", "dokter dari Bethsaida Hospital ini": the clause or the place says what
        # the one pointed at is or where he works, and names no one
        return True
    return lex.has("name_title", words[0][0]) and all(BODY_ACRONYM.match(w.strip(PUNCT)) for w in inner)


def _past_listed_portfolios(lex: QuoteLexicon, text: str, pos: int, limit: int) -> re.Match[str] | None:
    """The comma before the name when an office lists its portfolios with commas from ``pos`` on ("Menteri Pendidikan
    Tinggi, Sains, dan Teknologi, Brian Yuliarto"): the one after the list's last item; None with no list."""
    listed = False
    for _ in range(4):  # an office lists few portfolios; bounded on hostile text
        m = _attribution_end(lex, text, pos, limit)
        if m is None or text[m.start()] != ",":
            return None
        nxt = text[m.end() : m.end() + 8].split()
        if not nxt or nxt[0] not in lex.role("list_and"):
            return m if listed else None
        listed, pos = True, m.end()
    return None


def after_speaker(lex: QuoteLexicon, text: str, pos: int, limit: int) -> Speaker | None:
    """The speaker named after an attribution verb at ``pos``: "kata juru bicara ... AS, John Kirby, kepada wartawan"."""
    m = _attribution_end(lex, text, pos, limit)
    end = m.start() if m else limit
    whole = split_words(text[pos:end], pos)
    # the medium that carried the words ends the speaker's ("kata Andy dilansir detikNews", "ujar Rossi dikutip
    # dari Mundo Deportivo"): it is a citation, not part of the name
    nickname = _nickname_in_phrase(lex, text, whole)
    if nickname is not None:
        return nickname
    words = _cut_at_manner(lex, _cut_at_stop(_past_relaying_office(lex, whole), lex.role("stop") | lex.role("cue")))
    if not words:
        return None
    pointer = _pointing_back(lex, text, whole, m, limit)
    if pointer is not None:
        return pointer
    speaker = speaker_from_phrase(lex, text, words)
    if m and text[m.start()] == "," and lex.prefix("title", [w[0] for w in words]):
        m = _past_listed_portfolios(lex, text, m.end(), limit) or m
    if m and text[m.start()] == ",":
        # a weak description names its person after the comma; so does a title whose "name" is an office or
        # a company ("Direktur Niaga Garuda Indonesia, Ade R. Susardi") when a full name follows right after
        # it, not after a setting the stop words cut off ("... Yuliot Tanjung di Kementerian ESDM, Jakarta Pusat")
        adjacent = text[words[-1][2] : m.start()].strip() == ""
        weak = _weak_description(lex, words, speaker, adjacent)
        # an office written in English around a title it knows ("Partner and CIO Running Point Capital Advisors,
        # Michael Ashley Schulman") is titled too
        titled = adjacent and (_titled_or_described(lex, words, speaker) or _english_office(lex, words))
        if weak or titled:
            named = _apposition(lex, text, m.end(), limit)
            if named is not None and (weak or len(named) >= 2):
                return _name_speaker(text, named, "name")
    return speaker
