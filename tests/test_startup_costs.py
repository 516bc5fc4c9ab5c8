"""What a process pays before its first article, cut without changing what it computes (issue 19).

Each rewritten function is held to the one it replaced on invented Indonesian input: the tokenizer whose
special cases load once, the outlet aliases found in one scan, the language model read from its plain cache.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import spacy

from telisik.nlp import pipeline
from telisik.pages import metadata

SENTENCES = [
    "JAKARTA, KOMPAS.com - Presiden meninjau anak-anak korban banjir di Bekasi, Senin (9/6/2025).",
    '"Kami sudah siapkan 1.200 paket bantuan," kata Kepala BPBD, Rudi Hartono, kepada wartawan.',
    "Harga cabai naik-turun sejak awal Juni; di Pasar Induk Kramat Jati (PIKJ) mencapai Rp80.000/kg.",
    "Ia berkata:'Kita lihat nanti.' Lalu pergi ke (https://contoh.co.id/berita?id=12) dan ke-3 kalinya...",
    "Sekitar 3x lipat!!! Warga RT 05/RW 02 berbondong-bondong ke lokasi--tanpa masker.",
]


def _two_loads() -> Any:
    """The tokenizer as it was made before: spaCy's, then the anchored prefix search swapped in (a second load)."""
    nlp = spacy.blank("id")
    pipeline._anchor_prefix_search(nlp)
    return nlp


def _tokens(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.whitespace_, t.norm_) for t in nlp(text)]


def test_tokenizer_loaded_once_is_the_tokenizer_loaded_twice() -> None:
    new, old = pipeline.blank_anchored(), _two_loads()
    assert new.tokenizer.rules == old.tokenizer.rules
    assert len(new.tokenizer.rules) > 10_000  # spaCy's Indonesian special cases are all there
    assert new.tokenizer.prefix_search.__self__.pattern == old.tokenizer.prefix_search.__self__.pattern
    assert new.tokenizer.prefix_search.__self__.pattern.startswith(r"\A(?:")
    for text in SENTENCES:
        assert _tokens(new, text) == _tokens(old, text)
    # a reduplicated word is one token, as spaCy's special cases make it
    assert "anak-anak" in [t.text for t in new(SENTENCES[0])]


def test_blank_anchored_leaves_spacys_defaults_as_they_were() -> None:
    defaults = spacy.util.get_lang_class("id").Defaults
    before = defaults.tokenizer_exceptions
    pipeline.blank_anchored()
    assert defaults.tokenizer_exceptions is before
    assert len(spacy.blank("id").tokenizer.rules) == len(before)


def _outlet_by_search(text: str) -> str | None:
    """``outlet_from_mention`` as it was: a search per alias, the longest found, the first of the table among them."""
    for m in metadata._DOMAIN.finditer(text):
        name = metadata.outlet_from_host(m[1])
        if name:
            return name
    low = text.lower()
    best = None
    for alias, name in metadata._outlet_by_alias().items():
        longer = best is None or len(alias) > len(best[0])
        if len(alias) >= 3 and longer and re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", low):
            best = (alias, name)
    return best[1] if best else None


MENTIONS = [
    "JAKARTA, KOMPAS.com - Banjir merendam tiga kecamatan.",
    "Laporan wartawan Tribunnews, Rina Ayu",
    "(ANTARA) - Pemerintah menyiapkan dana darurat.",
    "Baca juga: berita detiknews dan Harian Kompas hari ini",
    "Harian Kompas",  # the longer alias wins over "kompas"
    "kompasiana bukan kompas tv",  # "kompas" inside a longer word is no alias
    "Sumber: CNN Indonesia / Reuters",
    "detik detikfinance detik",
    "tanpa nama media sama sekali",
    "",
    "DW Indonesia (dw)",
]


@pytest.mark.parametrize("text", MENTIONS)
def test_outlet_from_mention_is_the_search_per_alias(text: str) -> None:
    assert metadata.outlet_from_mention(text) == _outlet_by_search(text)


def test_outlet_aliases_one_scan_agree_on_mixed_aliases() -> None:
    aliases = list(metadata._outlet_by_alias())
    joiners = ["kata", "(", ")", " - ", "Jakarta,", "menurut", ".", "x"]
    # every alias next to every joiner, and pairs of aliases: overlaps, ties and prefixes of one another
    texts = [f"{a} {j} {b}" for a in aliases for j in joiners[:3] for b in aliases[:: max(1, len(aliases) // 15)]]
    for text in texts:
        assert metadata.outlet_from_mention(text) == _outlet_by_search(text), text


def test_language_model_read_back_from_the_cache(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    monkeypatch.setenv("TELISIK_CACHE_DIR", str(tmp_path))
    built = metadata._language_model()
    assert (tmp_path / "language_model.marshal").exists()

    def unread(*_: Any) -> Any:
        raise AssertionError("the model file was decompressed again")

    monkeypatch.setattr(modelio, "load_model", unread)
    cached = metadata._language_model()
    monkeypatch.undo()
    fresh = modelio.load_model(MODEL_DIR / MODEL_FILE)
    for got in (built, cached):
        for a, b in zip(got, fresh, strict=True):
            assert type(a) is type(b)
            if hasattr(b, "dtype"):
                assert a.dtype == b.dtype and a.shape == b.shape and (a == b).all()
            else:
                assert a == b
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = cached
    identifier = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    for text in [*SENTENCES, "The minister said the talks would resume next week in Geneva.", "Kerajaan Malaysia akan mengumumkan bajet"]:
        assert identifier.classify(text) == reference.classify(text)


def test_language_model_cache_rebuilt_when_broken(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELISIK_CACHE_DIR", str(tmp_path))
    (tmp_path / "language_model.marshal").write_bytes(b"not a model")
    first = metadata._language_model()
    assert (tmp_path / "language_model.marshal").stat().st_size > 1_000_000
    assert first[2] == metadata._language_model()[2]


def test_language_identifier_without_a_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELISIK_CACHE_DIR", "")
    ptc, pc, classes, nextmove, row, output = metadata._language_model()
    assert "id" in classes and ptc.shape[1] == len(classes) == pc.shape[0]


def _story_articles() -> list[dict[str, Any]]:
    """Invented articles of three days: two reports of one flood (one a near copy of the other), a match, a fire."""
    flood = (
        "Banjir merendam ratusan rumah di Kecamatan Cibeunying, Bandung, Senin pagi. Warga mengungsi ke masjid dan "
        "balai desa setelah air setinggi satu meter masuk ke permukiman. Badan Penanggulangan Bencana Daerah "
        "mengerahkan perahu karet untuk mengevakuasi lansia dan anak-anak dari rumah mereka."
    )
    return [
        {"id": "a1", "title": "Banjir Rendam Ratusan Rumah di Bandung", "body": flood, "published": "2025-06-09T08:00:00+07:00",
         "outlet": "Kompas", "entities": [{"name": "Bandung", "type": "GPE", "mentions": [{"text": "Bandung"}]}]},
        {"id": "a2", "title": "Ratusan Rumah di Bandung Terendam Banjir", "body": flood + " Hujan turun sejak Minggu malam.",
         "published": "2025-06-09T09:30:00+07:00", "outlet": "Detik",
         "entities": [{"name": "Bandung", "type": "GPE", "mentions": [{"text": "Bandung"}]}]},
        {"id": "a3", "title": "Persib Tundukkan Persija 2-1 di Stadion GBLA", "published": "2025-06-10T21:00:00+07:00",
         "body": "Persib Bandung mengalahkan Persija Jakarta dengan skor 2-1 dalam laga pekan ke-30 Liga 1 di Stadion "
                 "Gelora Bandung Lautan Api. Gol kemenangan dicetak pada menit ke-88 lewat sundulan kepala.",
         "outlet": "Tempo", "entities": [{"name": "Persib Bandung", "type": "ORG", "mentions": [{"text": "Persib"}]}]},
        {"id": "a4", "title": "Kebakaran Gudang Plastik di Tangerang", "published": "2025-06-11T14:00:00+07:00",
         "body": "Sebuah gudang plastik di Kecamatan Cikupa, Tangerang, terbakar pada Rabu siang. Petugas pemadam "
                 "kebakaran mengerahkan dua belas unit mobil pemadam dan api padam setelah tiga jam.",
         "outlet": "Antara", "entities": []},
    ]  # fmt: skip


def test_features_prepared_on_a_worker_cluster_as_the_records() -> None:
    """The Dask engine's workers prepare the cluster records (``batch.prepared_features``); the driver's clusterer adds
    the features and makes the stories it makes of the records (ids, members, near-copies)."""
    from telisik.engine import batch
    from telisik.stories.cluster import ClusterConfig, StoryClusterer
    from telisik.stories.describe import cluster_record

    body_words = ClusterConfig().body_words
    records = []
    for article in _story_articles():
        record = cluster_record(article, body_words)
        record["day"] = record["day"].isoformat()
        records.append(record)
    prepared = batch.prepared_features(records)
    assert all(f is not None and f.signed for f in prepared)
    by_records, by_features = StoryClusterer(ClusterConfig()), StoryClusterer(ClusterConfig())
    for record, f in zip(records, prepared, strict=True):
        assert by_features.add(f) == by_records.add(record)
    assert {k: v.members for k, v in by_features.stories.items()} == {k: v.members for k, v in by_records.stories.items()}
    assert by_features.duplicate_of == by_records.duplicate_of
    assert by_features.df.seen == by_records.df.seen
    assert len(by_records.stories) < len(records)  # the two flood reports are one story: the test has something to hold


def test_a_record_that_cannot_be_prepared_is_left_to_the_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    from telisik.engine import batch

    def broken(record: dict[str, Any], *_: Any) -> Any:
        if record["id"] == "bad":
            raise ValueError("a record the clustering cannot read")
        return record["id"]

    monkeypatch.setattr(batch, "prepare", broken)
    assert batch.prepared_features([{"id": "ok"}, {"id": "bad"}, {"id": "ok2"}]) == ["ok", None, "ok2"]
