"""The clustering's faster paths place every article as the plain ones do (issue 19: speed, identical output).

A helper process that reads the articles ahead (``StoryClusterer.add_all``), the near-duplicate index kept as
bytes (``Shingles``), the ranked terms a story keeps for the index and its merges, and the headline test that
looks for a happening's phrase only where one can begin: each is checked against what it replaced.
"""

from __future__ import annotations

import zlib
from datetime import date, timedelta

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from telisik.stories.cluster import ClusterConfig, StoryClusterer, heaviest_terms
from telisik.stories.kinds import happening_phrases, headline_happenings
from telisik.stories.shingles import Shingles
from telisik.stories.similarity import top, words

# invented reports in the style of the corpus: three happenings told by several outlets over a few days
HAPPENINGS = {
    "banjir": (
        "Banjir {n} Rumah di Bekasi",
        "Banjir merendam {n} rumah warga di Kecamatan Bekasi Utara setelah hujan deras mengguyur sejak sore. "
        "Warga mengungsi ke masjid dan balai desa, sementara petugas BPBD mengerahkan perahu karet untuk evakuasi. "
        "Ketinggian air mencapai satu meter di beberapa titik dan aliran listrik dipadamkan sementara.",
    ),
    "gempa": (
        "Gempa Guncang Cianjur, {n} Rumah Rusak",
        "Gempa bermagnitudo 5,2 mengguncang Kabupaten Cianjur pada Senin siang dan merusak {n} rumah warga. "
        "BMKG mencatat pusat gempa berada di darat pada kedalaman sepuluh kilometer. Warga berhamburan keluar "
        "rumah dan sebagian memilih bertahan di tenda darurat karena takut gempa susulan.",
    ),
    "pilkada": (
        "KPU Tetapkan {n} Pasangan Calon Wali Kota",
        "Komisi Pemilihan Umum menetapkan {n} pasangan calon wali kota dalam rapat pleno terbuka di Makassar. "
        "Para pendukung memadati halaman kantor KPU sejak pagi dan aparat kepolisian berjaga di sekitar lokasi. "
        "Pengundian nomor urut dijadwalkan berlangsung pekan depan.",
    ),
}
OUTLETS = ("detik.com", "kompas.com", "tempo.co", "antaranews.com")


def _records() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for day in range(4):
        published = (date(2025, 6, 10) + timedelta(days=day)).isoformat()
        for k, (name, (title, body)) in enumerate(HAPPENINGS.items()):
            for outlet in OUTLETS[: 2 + (day + k) % 3]:
                n = 10 * (day + 1) + len(records)
                records.append(
                    {
                        "id": f"{name}-{day}-{outlet}",
                        "outlet": outlet,
                        "title": title.format(n=n),
                        "body": body.format(n=n) + f" Laporan {outlet} hari ke-{day + 1}.",
                        "published": published,
                    }
                )
    records.append(dict(records[0]))  # the same article twice: placed once, counted once
    records.append({**records[1], "id": "undated-copy", "published": None})  # a copy with no date, taken last
    return records


def _clustered(read_ahead: bool) -> StoryClusterer:
    clusterer = StoryClusterer(ClusterConfig())
    clusterer.add_all(_records(), read_ahead=read_ahead)
    return clusterer


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="the helper process is forked")
def test_articles_read_ahead_in_a_helper_process_make_the_same_stories():
    here, ahead = _clustered(read_ahead=False), _clustered(read_ahead=True)
    assert len(set(here.story_of.values())) >= 3  # three happenings, not one pile
    assert ahead.story_of == here.story_of
    assert ahead.duplicate_of == here.duplicate_of and "undated-copy" in here.duplicate_of
    assert {sid: s.members for sid, s in ahead.stories.items()} == {sid: s.members for sid, s in here.stories.items()}
    # the helper's document frequencies come back: the summaries weigh words with them
    assert (ahead.df.n_seen, ahead.df.seen) == (here.df.n_seen, here.df.seen)
    assert here.df.n_seen == len(_records()) - 1


def _plain_minhash(text: str, num_perm: int) -> MinHash:
    encoded = [w.encode("utf-8") for w in words(text, 400)]
    m = MinHash(num_perm=num_perm, seed=1, hashfunc=zlib.crc32)
    m.update_batch({b" ".join(encoded[i : i + 3]) for i in range(len(encoded) - 2)})
    return m


def _shingles(text: str) -> set[bytes]:
    encoded = [w.encode("utf-8") for w in words(text, 400)]
    return {b" ".join(encoded[i : i + 3]) for i in range(len(encoded) - 2)}


def test_the_shingle_index_finds_what_datasketch_s_lsh_finds():
    config = ClusterConfig()
    texts = {str(r["id"]): str(r["body"]) for r in _records()[:-2]}
    texts["rewrite"] = texts["banjir-0-detik.com"].replace("sejak sore", "sejak Minggu sore")
    index, lsh = Shingles(config.duplicate_threshold, config.num_perm), MinHashLSH(config.duplicate_threshold, config.num_perm)
    plain = {key: _plain_minhash(text, config.num_perm) for key, text in texts.items()}
    for key, text in texts.items():
        signature = index.signature(_shingles(text))
        assert signature is not None
        assert np.array_equal(np.frombuffer(signature, dtype=plain[key].hashvalues.dtype), plain[key].hashvalues)
        assert index.query(signature) == set(lsh.query(plain[key]))
        for other in index.query(signature):
            assert index.jaccard(signature, index.signatures[other]) == plain[key].jaccard(plain[other])
        index.insert(key, signature)
        lsh.insert(key, plain[key])
    assert "banjir-0-detik.com" in index.query(index.signatures["rewrite"])
    for key in list(texts)[::2]:  # closed articles leave both indexes
        index.remove(key)
        lsh.remove(key)
    assert all(index.query(index.signatures[key]) == set(lsh.query(plain[key])) for key in index.signatures)
    assert index.signature({b"terlalu pendek"}) is None


def test_a_story_s_ranked_terms_are_top_s_terms_heaviest_first():
    vec = {"banjir": 0.5, "bekasi": 0.3, "warga": 0.5, "mengungsi": 0.3, "hujan": 0.1, "perahu": 0.05}
    for k in (1, 3, 4, 6, 10):
        assert heaviest_terms(vec, k) == sorted(top(vec, k), key=vec.__getitem__, reverse=True)
        assert set(heaviest_terms(vec, k)) == set(top(vec, k))
    assert heaviest_terms(vec, 3) == ["banjir", "warga", "bekasi"]  # equal weights keep their order


def _plain_happenings(title: str) -> frozenset[str]:
    phrases = happening_phrases()
    found = [w.rstrip("!").lower() for w in title.replace(",", " ").split()]
    return frozenset(
        kind for i in range(len(found)) for j in range(i + 1, len(found) + 1) if (kind := phrases.get(tuple(found[i:j])))
    )


@pytest.mark.parametrize(
    "title",
    [
        "Pesawat Latih Mendarat Darurat di Sawah Warga Subang",
        "Truk Jatuh ke Jurang, Sopir Selamat",
        "Polisi Tembak Mati Bandar Narkoba di Medan",
        "KPU Tetapkan Tiga Pasangan Calon Wali Kota",
        "Kebakaran Pasar dan Banjir Rob Landa Pesisir Semarang",
        "",
    ],
)
def test_a_headline_s_happenings_are_those_of_every_phrase_in_it(title):
    assert headline_happenings(title) == _plain_happenings(title)


def test_exactly_the_stories_whose_newest_day_left_the_window_are_closed():
    # a flood reported every other day stays open; a quake reported on two days closes three days after its last
    clusterer = StoryClusterer(ClusterConfig(window_days=3))
    (flood_title, flood), (quake_title, quake), _ = HAPPENINGS.values()
    for day in range(12):
        published = (date(2025, 6, 1) + timedelta(days=day)).isoformat()
        if day % 2 == 0:
            clusterer.add({"id": f"banjir-{day}", "title": flood_title.format(n=day), "body": flood.format(n=day), "published": published})
        if day in (1, 2):
            clusterer.add({"id": f"gempa-{day}", "title": quake_title.format(n=day), "body": quake.format(n=day), "published": published})
        clusterer.add({"id": f"lain-{day}", "title": f"Pengumuman {day}", "body": f"Pengumuman nomor {day} tentang lomba {day}.", "published": published})
        assert clusterer.now is not None
        horizon = clusterer.now.toordinal() - clusterer.config.window_days
        still_open = {sid for sid, story in clusterer.stories.items() if story.last and story.last.toordinal() >= horizon}
        assert clusterer.open == still_open
        assert all(not story.centroid for sid, story in clusterer.stories.items() if sid not in still_open)
    assert clusterer.story_of["gempa-1"] == clusterer.story_of["gempa-2"] not in clusterer.open
    assert clusterer.story_of["banjir-0"] == clusterer.story_of["banjir-10"] in clusterer.open


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="the helper process is forked")
def test_a_lazy_stream_read_ahead_makes_the_same_stories():
    here = _clustered(read_ahead=False)
    lazy = StoryClusterer(ClusterConfig())
    lazy.add_all(iter(_records()), read_ahead=True)  # no length: chunks are taken from the stream as it goes
    assert lazy.story_of == here.story_of and lazy.duplicate_of == here.duplicate_of
    assert (lazy.df.n_seen, lazy.df.seen) == (here.df.n_seen, here.df.seen)


def test_a_clusterer_that_already_holds_articles_reads_the_rest_itself():
    # a reader starts counting document frequencies at the first article it reads: it would miss those placed before
    records = _records()
    here = _clustered(read_ahead=False)
    split = StoryClusterer(ClusterConfig())
    split.add(records[0])
    split.add_all(records[1:], read_ahead=True)
    assert split.story_of == here.story_of
    assert (split.df.n_seen, split.df.seen) == (here.df.n_seen, here.df.seen)
