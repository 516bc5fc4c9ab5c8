"""Build the word and name frequencies the glued-word splitter uses (``telisik.pages.glue``).

    python scripts/build_word_frequencies.py [--shared ../shared] [--out src/telisik/lang/id]

Writes two derived files into ``--out`` (counts, never text):

- ``word_frequencies.tsv``: one letter run a line, folded to lower case, with how often it was
  seen written in lower case, capitalised in the middle of a sentence, capitalised at a sentence
  start, and in capitals. The splitter asks "is this a word?" and "is this a name?" of it.
- ``camel_names.txt``: tokens with a capital inside ("WhatsApp", "NasDem") seen in clean text:
  names the splitter must never cut.

Sources (all under ``--shared/data``) and their licences are listed in the header each file gets.
Two parts of the corpora are left out so that ``bench/glue.py`` measures on text the data never
saw: IndoSum articles whose :func:`indosum_held_out` is true (for the false-split rate on clean
text), and June 2025 articles whose :func:`june_held_out` is true (the labelled samples in
``eval/glue`` are drawn from those).

The June 2025 corpus is scraped and glued, so only its tokens without an inner capital count, and
a token it alone attests (not IndoSum, not the NER sets, not wordfreq) counts only when at least
three articles of two outlets have it and, if it is a known word with a frequent function word stuck
on ("Israelyang", "Ghazalidan"), only when more articles write it solid than with the space
("Danantara").

The ``wordfreq`` package (Robyn Speer; word lists CC BY-SA 4.0, from Wikipedia, subtitles, news and
web text) gives the words news text seldom has but an article may: rare Indonesian words
("marinir", "spidol") and English ones ("habit", "anxiety", "fraud", "ticker", "hoodie": English
words at their full English figure, the English column at a fifth of it), and English compounds
rarer still that two words of the table spell ("tracksuit", "traceability", "stablecoin"), written with
counts of 1 so that the splitter keeps them whole. Its rarest words also vouch for June words fewer articles
have ("axolotl", "Voltron"), but not as half of a glued form. It is a build-time dependency only (``pip install
wordfreq``); the package ships the derived table.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

LETTERS = re.compile(r"[^\W\d_]+")
# A whitespace-separated token with a capital after a small letter inside it.
INNER_CAPITAL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
SENTENCE_END = frozenset(".!?:\"”“'")
MIN_JUNE_ONLY_ARTICLES = 3
MIN_JUNE_ONLY_OUTLETS = 2
GLUED_FORM_MIN_ARTICLES = 10  # a known word with a function word stuck on: a name only if this common
MIN_KEPT_COUNT = 2
# wordfreq frequencies are scaled to the news counts' total; English words are written in Indonesian
# news far less often than in English text, so the English column counts a share of their English
# frequency (the splitter's test of an English word, and of a name English seldom writes).
WORDFREQ_SHARES = (("id", 1.0), ("en", 0.2))
# The reference count of a word news seldom writes takes English at a larger share: an English
# word an article glues ("ticker", "purifier", "raglan") is a lifestyle, market or tech word, rare
# in English text as a whole; the splitter discounts every reference count (REFERENCE_PENALTY).
ENGLISH_REFERENCE_SHARE = 1.0
WORDFREQ_RARE = 20  # a word the news counts saw fewer times than this (in any casing: "Jabar" is a name) gets wordfreq's figure
# rarer wordfreq words are left out, at their reference share. The rare ones it keeps vouch for words the June
# corpus has in fewer articles than MIN_JUNE_ONLY_ARTICLES ("axolotl", "retinol", "kaftan", "Voltron"), which the
# table then counts; they are too rare for a reference count of their own
WORDFREQ_MIN = 3e-8
# ... but only words wordfreq knows at least this well count as half of a glued form ("israel" + "yang"): the rare
# ones hold syllables and typos that would make a name a glued form ("berr" + "ada" of "Berrada")
GLUED_PART_WORDFREQ_MIN = 5e-7
# The least English count written: the splitter takes a word of ENGLISH_MIN (5) for an English word
# and one of 1 that news seldom writes for a foreign word ("timed", "caps": telisik.pages.glue_lexicon.GlueLexicon._foreign)
ENGLISH_MIN = 1
WORDFREQ_WORD = re.compile(r"[a-z]{2,}")
# An English word rarer than the reference counts can hold that two words of the table spell
# ("tracksuit", "traceability", "prosthesis"): written with reference and English 1 so that the
# splitter keeps it whole (an English compound is written solid; glue joins it to another word), down to
# the new words of markets and tech that articles write solid and glue to Indonesian ones ("stablecoin",
# "deepfake", "greenwashing": "pasar|stablecoin|melonjak", not "stable|coin")
ENGLISH_COMPOUND_MIN = 3e-8
ENGLISH_COMPOUND_WORD = re.compile(r"[a-z]{6,}")
COMPOUND_PART_MIN = 5  # telisik.pages.glue_lexicon.PIECE_WORD_MIN: each part a word the splitter would cut out
COMPOUND_PART_LENGTH = 2
FREQUENT_LOWER = 50
FUNCTION_WORD_COUNT = 300  # the most frequent lower-case words: the ones scraping glues on


def indosum_held_out(article_id: str) -> bool:
    """One IndoSum article in ten, by a hash of its id: kept out of the counts for bench/glue.py."""
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 10 == 0


def june_held_out(article_id: str) -> bool:
    """One June 2025 article in five, by its id (a hex hash of the URL): the labelled samples."""
    return int(article_id[:8], 16) % 5 == 0


def read_jsonl(path: Path) -> Iterator[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


class Counts:
    """Per lower-cased letter run: [lower, capitalised mid-sentence, capitalised initial, capitals]."""

    def __init__(self) -> None:
        self.forms: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        self.camel: Counter[str] = Counter()
        self.wordfreq: defaultdict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])  # [Indonesian, English]
        self.rare_english: list[str] = []  # English words down to ENGLISH_COMPOUND_MIN (see english_compounds)

    def add_text(self, text: str, allow: set[str] | None = None) -> None:
        for token in text.split():
            if INNER_CAPITAL.search(token):
                continue  # glued or a camel-case name: neither is a plain word
            self._add_token(token, text, allow)

    def _add_token(self, token: str, text: str, allow: set[str] | None) -> None:
        for match in LETTERS.finditer(token):
            run = match.group()
            if allow is not None and run not in allow:
                continue
            self.add_run(run, initial=match.start() == 0 and self._follows_sentence_end)
        self._follows_sentence_end = bool(token) and token[-1] in SENTENCE_END

    _follows_sentence_end = True

    def add_run(self, run: str, initial: bool, weight: int = 1) -> None:
        slot = case_slot(run, initial)
        if slot is not None:
            self.forms[run.lower()][slot] += weight

    def add_tokens(self, tokens: Iterable[str]) -> None:
        """Tokens of a CoNLL file, a sentence at a time (the first is sentence-initial)."""
        initial = True
        for token in tokens:
            if INNER_CAPITAL.search(token) and LETTERS.fullmatch(token):
                self.camel[token] += 1
            elif LETTERS.fullmatch(token):
                self.add_run(token, initial)
            initial = token in {".", "!", "?", ":"}


def case_slot(run: str, initial: bool) -> int | None:
    if run.islower():
        return 0
    if run[0].isupper() and (len(run) == 1 or run[1:].islower()):
        return 2 if initial else 1
    if run.isupper() and len(run) > 1:
        return 3
    return None


def camel_tokens(text: str) -> Iterator[str]:
    for token in text.split():
        for match in LETTERS.finditer(token):
            if INNER_CAPITAL.search(match.group()):
                yield match.group()


def count_indosum(counts: Counts, shared: Path) -> None:
    for row in read_jsonl(shared / "data/corpus/indosum_dev_union.jsonl.gz"):
        if indosum_held_out(str(row["id"])):
            continue
        for paragraph in str(row["text"]).split("\n\n"):
            counts._follows_sentence_end = True
            counts.add_text(paragraph)
            counts.camel.update(camel_tokens(paragraph))


def conll_sentences(path: Path) -> Iterator[list[str]]:
    sentence: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        cols = line.replace("\t", " ").split()
        if not cols:
            if sentence:
                yield sentence
            sentence = []
        else:
            sentence.append(cols[0])
    if sentence:
        yield sentence


NER_FILES = ("nergrit/*.txt", "idner-news-2k/*.txt", "nerui/*.tsv", "nerugm/*.tsv", "luthfi-goldstandard/*.txt")


def count_ner(counts: Counts, shared: Path) -> None:
    seen: set[str] = set()  # the sets overlap and nerui/nerugm repeat each sentence over 5 folds
    for pattern in NER_FILES:
        for path in sorted((shared / "data/ner").glob(pattern)):
            for sentence in conll_sentences(path):
                key = " ".join(sentence)
                if key not in seen:
                    seen.add(key)
                    counts.add_tokens(sentence)


def count_name_lists(counts: Counts, shared: Path) -> None:
    """DBpedia name lists: each word of a name once, as a mid-sentence capitalised form."""
    for name in ("person.txt", "place.txt", "organization.txt"):
        path = shared / "data/ner/mdee-gazetteer" / name
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            for match in LETTERS.finditer(line):
                run = match.group()
                if INNER_CAPITAL.search(run):
                    counts.camel[run] += 1
                else:
                    counts.add_run(run, initial=False)


def count_wordfreq(counts: Counts) -> None:
    """wordfreq's Indonesian and English frequency of each word (the shares are applied in table_rows)."""
    try:
        import wordfreq  # a build-time dependency only
    except ImportError as error:
        raise SystemExit("the build needs wordfreq: pip install wordfreq") from error
    for slot, lang in enumerate(("id", "en")):
        reference_share = ENGLISH_REFERENCE_SHARE if lang == "en" else 1.0
        for word in wordfreq.iter_wordlist(lang):
            frequency = wordfreq.word_frequency(word, lang)  # unscaled: see table_rows
            if lang == "en" and frequency >= ENGLISH_COMPOUND_MIN and ENGLISH_COMPOUND_WORD.fullmatch(word):
                counts.rare_english.append(word)
            if frequency < ENGLISH_COMPOUND_MIN:
                break  # the list is sorted by frequency
            if frequency * reference_share >= WORDFREQ_MIN and WORDFREQ_WORD.fullmatch(word):
                counts.wordfreq[word][slot] = frequency


def glued_on_function_word(run: str, known: set[str], function_words: set[str]) -> tuple[str, str] | None:
    """The two words of a known word with a function word stuck on ("israel yang"), if it is one."""
    lower = run.lower()
    for word in function_words:
        if len(lower) > len(word) + 2 and lower.endswith(word) and lower[: -len(word)] in known:
            return lower[: -len(word)], word
        if len(lower) > len(word) + 2 and lower.startswith(word) and lower[len(word) :] in known:
            return word, lower[len(word) :]
    return None


def glued_form_parts(counts: Counts) -> set[str]:
    """The words that may be half of a glued form (see glued_on_function_word): the counted ones and those wordfreq
    knows at least GLUED_PART_WORDFREQ_MIN well."""
    return set(counts.forms) | {w for w, f in counts.wordfreq.items() if max(f) >= GLUED_PART_WORDFREQ_MIN}


def count_june(counts: Counts, shared: Path) -> None:
    """June 2025 tokens that IndoSum and the NER sets do not have, under the rules of the module doc."""
    known = set(counts.forms) | set(counts.wordfreq)
    glued_parts = glued_form_parts(counts)
    lower_counts = Counter({w: c[0] for w, c in counts.forms.items()})
    function_words = {w for w, _ in lower_counts.most_common(FUNCTION_WORD_COUNT) if len(w) >= 2}
    rows = [r for r in read_jsonl(shared / "data/corpus/indonews_jun2025.jsonl.gz") if not june_held_out(str(r["id"]))]
    articles: Counter[str] = Counter()
    outlets: defaultdict[str, set[str]] = defaultdict(set)
    for row in rows:
        runs = {m.group().lower() for tok in str(row["text"] or "").split() if not INNER_CAPITAL.search(tok) for m in LETTERS.finditer(tok)}
        articles.update(runs - known)
        for run in runs - known:
            outlets[run].add(str(row["outlet"]))
    allow_forms = known | _june_words(rows, articles, outlets, glued_parts, function_words)
    for row in rows:
        for paragraph in str(row["text"] or "").split("\n"):
            counts._follows_sentence_end = True
            counts.add_text(paragraph, allow=_any_case(allow_forms, paragraph))


def _june_words(
    rows: list[dict[str, object]],
    articles: Counter[str],
    outlets: dict[str, set[str]],
    known: set[str],
    function_words: set[str],
) -> set[str]:
    """The June-only letter runs that :func:`june_word` lets in."""
    glued = {w: pair for w in articles if (pair := glued_on_function_word(w, known, function_words))}
    spaced = _articles_with_pairs(rows, set(glued.values()))
    return {w for w, n in articles.items() if june_word(n, len(outlets[w]), spaced[glued[w]] if w in glued else None)}


def june_word(n_articles: int, n_outlets: int, n_spaced: int | None) -> bool:
    """A word only the scraped corpus has is a word when several outlets write it, and, if it is a
    known word with a function word glued on or before ("Ghazalidan", "Israelyang"), only when more
    articles write it solid than with the space (and ten at least): a scrape drops a space now and then, so a
    glued form is rarer than the two words ("Ghazali dan"), where a name is not ("Danantara")."""
    if n_articles < MIN_JUNE_ONLY_ARTICLES or n_outlets < MIN_JUNE_ONLY_OUTLETS:
        return False
    return n_spaced is None or n_articles >= GLUED_FORM_MIN_ARTICLES and n_articles > n_spaced


def _articles_with_pairs(rows: list[dict[str, object]], pairs: set[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """How many articles have each of ``pairs`` as two words in a row."""
    found: Counter[tuple[str, str]] = Counter()
    for row in rows:
        words = [m.group().lower() for m in LETTERS.finditer(str(row["text"] or ""))]
        found.update(set(zip(words, words[1:], strict=False)) & pairs)
    return found


def _any_case(lower_forms: set[str], paragraph: str) -> set[str]:
    """The letter runs of a paragraph whose lower-case form is allowed, as written."""
    return {m.group() for m in LETTERS.finditer(paragraph) if m.group().lower() in lower_forms}


HEADER = """# Derived statistic for telisik.pages.glue, written by scripts/build_word_frequencies.py: {what}
# Sources: IndoSum dev folds 1-5 (CC BY-SA 4.0; 9 of 10 articles, the rest held out for bench/glue.py);
# NERGrit, NER UI, NER UGM (CC BY 4.0 / MIT per SEACrowd), idner-news-2k (MIT), Luthfi gold standard and
# DBpedia name lists (free use with citation) in shared/data/ner; June 2025 scraped news corpus (4 of 5
# articles; tokens without an inner capital, see the script), as counts only. No text is copied.
"""
# Only word_frequencies.tsv has figures from wordfreq (its reference and English columns).
WORDFREQ_CREDIT = """# The reference and English columns are derived from wordfreq {wordfreq_version} (Robyn Speer, "rspeer/wordfreq",
# https://github.com/rspeer/wordfreq, doi:10.5281/zenodo.7199437), whose word lists are licensed
# CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file's wordfreq-derived figures
# are shared under the same licence. wordfreq's sources: Wikipedia; OPUS OpenSubtitles 2018
# (attribution to OpenSubtitles, opensubtitles.org) and SUBTLEX (Marc Brysbaert et al., freely available
# data); NewsCrawl 2014 and GlobalVoices; Google Books Ngrams (books.google.com/ngrams); OSCAR web text;
# ParaCrawl; the Leeds Internet Corpus; Twitter and Reddit word counts. Indonesian figures come from its
# Wikipedia, subtitles and Twitter lists, English ones from all of the above.
"""


def wordfreq_version() -> str:
    """The installed wordfreq's version, named in the credit (the figures change between versions)."""
    try:
        return version("wordfreq")
    except PackageNotFoundError:
        return "(version unknown)"


def write(counts: Counts, out: Path) -> None:
    what = (
        "word<TAB>lower<TAB>capitalised mid-sentence<TAB>capitalised initial<TAB>capitals"
        "[<TAB>reference[<TAB>English]]"
    )
    lines = [HEADER.format(what=what), WORDFREQ_CREDIT.format(wordfreq_version=wordfreq_version())]
    for word, row in sorted(table_rows(counts).items(), key=lambda kv: (-sum(kv[1][:5]), kv[0])):
        while row[-1] == 0 and len(row) > 4:
            row.pop()  # the wordfreq columns only where they say something: a smaller file
        lines.append("\t".join([word, *map(str, row)]) + "\n")
    (out / "word_frequencies.tsv").write_text("".join(lines), encoding="utf-8")
    names = [HEADER.format(what="names written with a capital inside, seen in clean text (IndoSum, NER sets)")]
    names += [f"{name}\n" for name in sorted(camel_names(counts))]
    (out / "camel_names.txt").write_text("".join(names), encoding="utf-8")


def table_rows(counts: Counts) -> dict[str, list[int]]:
    """Each word's news counts, its reference count (wordfreq's, Indonesian or English, for a word
    the news counts saw fewer than WORDFREQ_RARE times: "marinir", "habit") and its English count."""
    rows = {}
    total = sum(sum(c) for c in counts.forms.values())
    for word in set(counts.forms) | set(counts.wordfreq):
        news = list(counts.forms.get(word, (0, 0, 0, 0)))
        if sum(news) < MIN_KEPT_COUNT:
            news = [0, 0, 0, 0]  # a single sighting is noise, as for the words wordfreq does not know
        frequencies = counts.wordfreq.get(word, [0.0, 0.0])
        indonesian, english = (int(f * share * total) for f, (_lang, share) in zip(frequencies, WORDFREQ_SHARES, strict=True))
        english = english if english >= ENGLISH_MIN else 0  # the splitter ignores rarer ones (a smaller file)
        english_reference = int(frequencies[1] * ENGLISH_REFERENCE_SHARE * total)
        reference = max(indonesian, english_reference) if sum(news) < WORDFREQ_RARE else 0
        if sum(news) + reference >= MIN_KEPT_COUNT and len(word) > 1:
            rows[word] = [*news, reference, english]
    for word in english_compounds(counts.rare_english, rows):
        rows[word] = [0, 0, 0, 0, 1, 1]
    return rows


def english_compounds(words: list[str], rows: dict[str, list[int]]) -> list[str]:
    """The English words the table lacks that two of its words spell ("track" + "suit")."""

    def part(text: str) -> bool:
        row = rows.get(text)
        return len(text) >= COMPOUND_PART_LENGTH and row is not None and max(row[0], row[4]) >= COMPOUND_PART_MIN

    return [w for w in words if w not in rows and any(part(w[:k]) and part(w[k:]) for k in range(1, len(w)))]


def camel_names(counts: Counts) -> set[str]:
    """Inner-capital tokens seen twice, less the glued ones: a frequent lower-case word before the
    capital ("olehPemkot") is a word the scrape glued to a name, not the first part of one."""
    frequent = {w for w, c in counts.forms.items() if c[0] >= FREQUENT_LOWER and len(w) > 1}
    names = set()
    for name, n in counts.camel.items():
        heads = re.findall(r"^[a-z]+(?=[A-Z])", name)
        if n >= MIN_KEPT_COUNT and not any(head in frequent for head in heads):
            names.add(name)
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("src/telisik/lang/id"))
    args = parser.parse_args()
    counts = Counts()
    count_indosum(counts, args.shared)
    count_ner(counts, args.shared)
    count_name_lists(counts, args.shared)
    count_wordfreq(counts)
    count_june(counts, args.shared)
    write(counts, args.out)


if __name__ == "__main__":
    main()
