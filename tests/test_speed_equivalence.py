"""The speed rewrites give what the code they replace gave (issue 19).

- the media names as a trie regex (``citations.trie_alternation``) match what ``regex``'s named lists matched;
- the memoising floret table (``pipeline.MemoFloretVectors``) gives the same bits as the plain one;
- the glue tables read back from the user's cache folder (``glue_lexicon.cached_tables``) are the ones built,
  and a stale or broken cache file is rebuilt.
"""

from __future__ import annotations

import dataclasses
import marshal

import numpy
import pytest
import regex
import spacy
from spacy.strings import StringStore
from spacy.vectors import Vectors

from telisik.nlp import pipeline
from telisik.nlp.citations import _ARTICLE, CitationFinder, MediaNames, _strip_the, find_citations, trie_alternation
from telisik.pages import glue_lexicon, glue_segment
from telisik.pages.glue import GlueSplitter, glue_splitter
from telisik.pages.glue_lexicon import WordCounts, cached_tables, package_tables, table_facts

# ---------------------------------------------------------------------------------------------- media names

NAMES = {
    "Kompas": "Kompas",
    "Kompas TV": "Kompas TV",
    "Kompas.com": "Kompas",
    "Antara": "Antara",
    "AP": "Associated Press",
    "The Guardian": "The Guardian",
    "The Jakarta Post": "The Jakarta Post",
    "Reuters": "Reuters",
    "CNN": "CNN",
    "CNN Indonesia": "CNN Indonesia",
    "Tempo": "Tempo",
}

SENTENCES = [
    "Seperti dilansir Kompas TV, banjir merendam tiga desa di Kabupaten Bandung, Sabtu (14/6/2025).",
    "Dikutip dari Kompas.com, Kapolres menyebut pelaku sudah ditangkap.",
    "Menurut laporan the Guardian, kapal itu tenggelam di perairan Selat Bali.",
    "Menurut The  Jakarta Post dan Reuters, harga beras naik lagi.",
    "Kantor berita AP melaporkan hal serupa; CNN Indonesia menyiarkannya pukul 19.00 WIB.",
    "Kompas TVRI bukan nama media; Kompas-Gramedia juga bukan; KompasTV ditulis rapat.",
    "Warga Antarakan paket ke rumah, bukan kantor berita Antara.",
    "Tempo dulu, CNNx dan APBN bukan nama media, tapi (AP) dan 'Reuters' ya.",
]


def _named_list_regex(names: dict[str, str]) -> regex.Pattern[str]:
    """The media regex as it was written before the trie: ``regex`` named lists."""
    with_article = [_strip_the(f) for f in names if _ARTICLE.match(f)]
    bare = [f for f in names if not _ARTICLE.match(f)]
    return regex.compile(
        r"(?<![\w-])(?P<name>[Tt]he\s+\L<with_article>|(?:[Tt]he\s+)?\L<bare>)(?![\w-])", with_article=with_article, bare=bare
    )


def _matches(rx: regex.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m["name"]) for m in rx.finditer(text, start, len(text) if end is None else end)]


@pytest.mark.parametrize("text", SENTENCES)
def test_media_trie_matches_what_the_named_lists_matched(text):
    media = MediaNames(dict(NAMES))
    old, new = _named_list_regex(media.names), media.regex
    assert _matches(new, text) == _matches(old, text)
    # ... also on the stretches the finder searches (``_Search.media_at``)
    for start in range(0, len(text), 7):
        assert _matches(new, text, start, min(len(text), start + 40)) == _matches(old, text, start, min(len(text), start + 40))


def test_media_trie_prefers_the_longer_name_and_backs_off_to_the_shorter():
    rx = MediaNames(dict(NAMES)).regex
    assert _matches(rx, "dilansir Kompas TV kemarin") == [((9, 18), "Kompas TV")]
    # "Kompas TVRI" is no "Kompas TV": the shorter name that ends at a word's end is taken
    assert _matches(rx, "dilansir Kompas TVRI kemarin") == [((9, 15), "Kompas")]
    assert _matches(rx, "CNNx dan APBN") == []


def test_trie_alternation_reads_forms_literally():
    rx = regex.compile(trie_alternation(["a.b", "a+", "(x)"]) + r"\Z")
    assert rx.match("a.b") and rx.match("a+") and rx.match("(x)")
    assert not rx.match("axb") and not rx.match("aa") and not rx.match("x")
    assert not regex.compile(trie_alternation([])).search("apa saja")


def test_package_media_names_cite_the_same_sources():
    media = MediaNames.read()
    old = _named_list_regex(media.names)
    text = " ".join(SENTENCES)
    assert _matches(media.regex, text) == _matches(old, text)
    # the finder over the named-list regex and over the trie cites the same names at the same places
    lexicon = CitationFinder(spacy.blank("id")).lexicon
    before = MediaNames(dict(lexicon.media.names))
    before.__dict__["regex"] = _named_list_regex(before.names)
    old_lexicon = dataclasses.replace(lexicon, media=before)
    found = [find_citations(s, lexicon) for s in SENTENCES]
    assert found == [find_citations(s, old_lexicon) for s in SENTENCES]
    assert found[0] and found[0][0].name_start == SENTENCES[0].index("Kompas TV")


# ---------------------------------------------------------------------------------------------- floret


def _floret(memo: bool) -> Vectors:
    strings = StringStore()
    data = numpy.random.default_rng(7).standard_normal((64, 6)).astype("float32")
    kind = pipeline.MemoFloretVectors if memo else Vectors
    return kind(strings=strings, data=data, mode="floret", minn=3, maxn=5, hash_count=2, hash_seed=2166136261)


def _keys(strings: StringStore, words: list[str]) -> numpy.ndarray:
    return numpy.asarray([strings.add(w) for w in words], dtype="uint64")


BATCHES = [
    ["Polisi", "menangkap", "dua", "pelaku", "pencurian", "di", "Jalan", "Sudirman"],
    ["Dua", "pelaku", "itu", "ditangkap", "polisi", "Sabtu", "malam", ",", "kata", "Kapolsek"],
    ["Kapolsek", "Sudirman", "menyebut", "pelaku", "pencurian", "sudah", "ditahan"],
]


def test_memo_floret_gives_the_same_bits_batch_after_batch():
    plain, memo = _floret(False), _floret(True)
    for words in BATCHES * 2:
        want = plain.get_batch(_keys(plain.strings, words))
        got = memo.get_batch(_keys(memo.strings, words))
        assert got.dtype == want.dtype and got.shape == want.shape
        assert got.tobytes() == want.tobytes()
    assert len(memo._memo_rows) == len({w for b in BATCHES for w in b})


def test_memo_floret_starts_again_past_its_size(monkeypatch):
    monkeypatch.setattr(pipeline, "FLORET_MEMO_WORDS", 12)
    plain, memo = _floret(False), _floret(True)
    for words in BATCHES * 2:
        assert memo.get_batch(_keys(memo.strings, words)).tobytes() == plain.get_batch(_keys(plain.strings, words)).tobytes()
        assert len(memo._memo_rows) <= 12


def test_memo_floret_reads_strings_the_tables_way():
    plain, memo = _floret(False), _floret(True)
    words = ["banjir", "rob", "banjir"]
    assert memo.get_batch(words).tobytes() == plain.get_batch(words).tobytes()
    assert not memo._memo_rows  # strings are no word hashes: not kept


def test_pipeline_swaps_in_the_memo_only_for_a_floret_table():
    nlp = spacy.blank("id")
    nlp.vocab.vectors = _floret(False)
    pipeline._memoise_floret(nlp)
    assert isinstance(nlp.vocab.vectors, pipeline.MemoFloretVectors)
    assert nlp.vocab.vectors.to_bytes(exclude=["strings"]) == _floret(False).to_bytes(exclude=["strings"])
    plain = spacy.blank("id")
    pipeline._memoise_floret(plain)
    assert not isinstance(plain.vocab.vectors, pipeline.MemoFloretVectors)


# ---------------------------------------------------------------------------------------------- glue tables

GLUED = [
    "Pemerintahyang baru diumumkanIsraelmengklaim serangan itu.",
    "Harga hasildaging sapi naik jelang Iduladha, kataKapolres Bogor.",
    "Kebijakan itu dinilai memperlebar ketidaksetaraan di desa.",
]


def test_cached_tables_builds_once_then_reads_back(tmp_path, monkeypatch):
    monkeypatch.setenv(glue_lexicon.CACHE_VARIABLE, str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"kata": (1, 2, 3, 4, 0, 0)}, frozenset({"yang"}), 7

    first = cached_tables("uji", b"key-1", build)
    again = cached_tables("uji", b"key-1", build)
    assert first == again and len(calls) == 1
    assert (tmp_path / "uji.marshal").read_bytes().startswith(b"key-1")


def test_stale_or_broken_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(glue_lexicon.CACHE_VARIABLE, str(tmp_path))
    cached_tables("uji", b"key-1", lambda: {"lama": 1})
    # a changed table or rule changes the key: the old file is not read
    assert cached_tables("uji", b"key-2", lambda: {"baru": 2}) == {"baru": 2}
    assert (tmp_path / "uji.marshal").read_bytes().startswith(b"key-2")
    (tmp_path / "uji.marshal").write_bytes(b"key-2" + b"\x00\x01rusak")
    assert cached_tables("uji", b"key-2", lambda: {"baru": 3}) == {"baru": 3}
    assert marshal.loads((tmp_path / "uji.marshal").read_bytes()[len(b"key-2") :]) == {"baru": 3}


def test_unwritable_or_turned_off_cache_only_costs_the_build(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("bukan folder")
    monkeypatch.setenv(glue_lexicon.CACHE_VARIABLE, str(blocked / "cache"))
    assert cached_tables("uji", b"k", lambda: [1, 2]) == [1, 2]
    monkeypatch.setenv(glue_lexicon.CACHE_VARIABLE, "")
    assert glue_lexicon.cache_dir() is None
    assert cached_tables("uji", b"k", lambda: [3]) == [3]
    assert not any(p.name.endswith(".tmp") for p in tmp_path.rglob("*"))


def test_default_cache_folder_is_the_users(monkeypatch, tmp_path):
    monkeypatch.delenv(glue_lexicon.CACHE_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert glue_lexicon.cache_dir() == tmp_path / "telisik"


def _forget_tables() -> None:
    for fn in (package_tables, glue_segment.segment_tables, glue_splitter, glue_lexicon.read_counts):
        fn.cache_clear()


def _fresh_splitter() -> GlueSplitter:
    _forget_tables()
    return glue_splitter()


def test_splitter_from_the_cache_splits_as_one_built_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv(glue_lexicon.CACHE_VARIABLE, "")
    fresh = _fresh_splitter()
    monkeypatch.setenv(glue_lexicon.CACHE_VARIABLE, str(tmp_path))
    _fresh_splitter()  # writes the cache
    assert {p.name for p in tmp_path.iterdir()} == {"glue_lexicon.marshal", "glue_segment.marshal"}
    cached = _fresh_splitter()  # reads it back
    try:
        assert cached._counts == fresh._counts
        assert cached._attested == fresh._attested and cached._function_words == fresh._function_words
        assert (cached._starting, cached._ending, cached._total) == (fresh._starting, fresh._ending, fresh._total)
        assert cached._rare_endings() == glue_segment.rare_endings(fresh._counts)
        assert cached._name_endings() == glue_segment.name_endings(fresh._counts, fresh._function_words)
        for text in GLUED:
            assert cached.split(text) == fresh.split(text)
        assert cached.split(GLUED[0]) == "Pemerintah yang baru diumumkan Israel mengklaim serangan itu."
    finally:
        _forget_tables()  # later tests build their own, from the cache folder they run with


def test_table_facts_of_a_small_table():
    counts = {
        "yang": WordCounts(lower=900),
        "dan": WordCounts(lower=800),
        "pemerintah": WordCounts(lower=50, title_initial=40),
        "pemerintahan": WordCounts(lower=9),
        "israel": WordCounts(title_mid=300),
    }
    facts = table_facts(counts)
    assert facts.total == 900 + 800 + 90 + 9 + 300
    assert "yang" in facts.function_words and "israel" not in facts.function_words
    assert facts.starting["pemerintah"] == 9  # "pemerintahan" starts with it
    assert "pemerintahan" not in facts.attested and "pemerintah" in facts.attested
