"""The story stage's fast paths give exactly what the plain formulas give (issue 19: speed, identical output).

Each fast path (C-level sums, a prefix of the body, ASCII tokens, a substring test instead of difflib,
two stable sorts instead of one) is checked against the straightforward code it replaced, bit for bit.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date
from difflib import SequenceMatcher

import pytest

from telisik.stories.cluster import ClusterConfig, ClusterInput, Story, StoryClusterer, cluster_articles, features
from telisik.stories.similarity import DocumentFrequencies, add, dot, norm, top, weigh, words
from telisik.stories.summary import SummaryConfig, _headline_run_in, summarise

_PLAIN_WORD = re.compile(r"[^\W\d_]{3,}")

LEAD = (
    "JAKARTA, KOMPAS.com \u2013 Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa bermagnitudo 5,6 "
    "mengguncang Kabupaten Cianjur, Jawa Barat, Senin (21/11/2022) pukul 13.21 WIB. \u201cWarga diimbau tetap tenang "
    "dan menjauhi bangunan yang retak,\u201d kata Kepala BMKG Dwikorita Karnawati di Jakarta."
)
# a café, a naïve reader, a Turkish İ and a German ß: letters outside ASCII inside words
ACCENTED = "Pemilik café di Bandung yang naïve itu bertemu İbrahim dari İstanbul dan Straße lama; harga kopi Rp25.000."


def _plain_weigh(counts: Counter[str], df: DocumentFrequencies) -> dict[str, float]:
    vec = {t: (1.0 + math.log(c)) * df.idf(t) for t, c in counts.items() if c > 0}
    length = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / length for t, v in vec.items()} if length else {}


@pytest.mark.parametrize("text", [LEAD, ACCENTED, LEAD * 40, ACCENTED * 40, "", "Ya, 12 3 ok.", "\u00e9\u00e9\u00e9 ab cd"])
@pytest.mark.parametrize("limit", [None, 0, 1, 5, 400, -3])
def test_words_are_the_plain_pattern_s_words_cut_to_the_limit(text, limit):
    assert words(text, limit) == _PLAIN_WORD.findall(text.lower())[:limit]


def test_a_word_with_a_letter_outside_ascii_stays_whole():
    assert words(ACCENTED)[:3] == ["pemilik", "café", "bandung"]
    assert "straße" in words(ACCENTED) and "naïve" in words(ACCENTED)


def test_vector_arithmetic_gives_the_plain_loops_floats_bit_for_bit():
    df = DocumentFrequencies()
    a = weigh(Counter(words(LEAD * 3)), df)
    b = weigh(Counter(words(LEAD + " Gempa susulan terasa hingga Sukabumi dan Bogor menurut warga setempat.")), df)
    assert dot(a, b) == sum(v * b.get(t, 0.0) for t, v in (a if len(a) <= len(b) else b).items())
    assert norm(a) == math.sqrt(sum(v * v for v in a.values()))
    summed = add(a, b)
    plain = dict(a)
    for t, v in b.items():
        plain[t] = plain.get(t, 0.0) + v
    assert list(summed.items()) == list(plain.items())  # the same sums, the terms in the same order
    assert list(top(summed, 7).items()) == sorted(summed.items(), key=lambda kv: -kv[1])[:7]
    assert list(weigh(Counter(words(LEAD)), df).items()) == list(_plain_weigh(Counter(words(LEAD)), df).items())


def test_top_keeps_equal_weights_in_their_order():
    vec = {"banjir": 0.5, "bekasi": 0.3, "warga": 0.5, "mengungsi": 0.3, "hujan": 0.1}
    assert list(top(vec, 3)) == ["banjir", "warga", "bekasi"]


HEADLINE = "Jadwal Timnas Indonesia U-23 vs Filipina di Piala AFF U-23 2025"


@pytest.mark.parametrize(
    "text",
    [
        "JADWAL Timnas Indonesia U-23vs Filipina di Piala AFF U-23 2025.",  # the headline run into the lead
        "Timnas Indonesia U-23 akan menghadapi Filipina di Piala AFF U-23 2025 pada Jumat malam di Stadion GBK.",
        "Jadwal Timnas Indonesia U-23 vs Filipina.",  # a stretch of the headline, most of the sentence
        "Filipina di Piala AFF U-23 2025 menjadi lawan berat, kata pelatih.",
        "Hujan deras mengguyur Jakarta sejak pagi.",
        "!!!",  # nothing but punctuation: no letters to compare
    ],
)
def test_the_headline_run_in_test_agrees_with_difflib_s_longest_match(text):
    config = SummaryConfig()
    sentence, headline = (re.sub(r"[\W_]+", "", s.lower()) for s in (text, HEADLINE))
    longest = SequenceMatcher(None, sentence, headline, autojunk=False).find_longest_match(0, len(sentence), 0, len(headline))
    expected = bool(sentence) and longest.size >= config.headline_share * len(sentence)
    assert _headline_run_in(text, HEADLINE, config) is expected


def test_candidates_with_as_many_shared_terms_come_oldest_first():
    clusterer = StoryClusterer(ClusterConfig())
    vector = {"gempa": 0.6, "cianjur": 0.8}
    for number, sid in enumerate(["Sa", "Sb", "Sc", "Sd"]):
        clusterer.stories[sid] = Story(sid, number=number)
        clusterer._number[sid] = number
    # Sd and Sb share both terms, Sc and Sa one: the most shared first, then by age, whatever the set order
    for term, sids in {"gempa": ["Sd", "Sc", "Sb"], "cianjur": ["Sb", "Sa", "Sd"]}.items():
        clusterer.index[term] = set(sids)
    assert clusterer._candidates(list(vector), 3) == ["Sb", "Sd", "Sa"]
    assert clusterer._candidates(list(vector), 4, exclude="Sb") == ["Sd", "Sa", "Sc"]


def _report(aid: str, day: int, title: str, body: str) -> dict[str, object]:
    return {"id": aid, "title": title, "body": body, "published": date(2025, 6, day).isoformat()}


def test_reports_of_one_quake_from_several_days_cluster_as_before():
    # the clustering of realistic reports: the quake's reports (two days) together, the flood apart
    quake = "Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat. Warga berhamburan keluar rumah dan BMKG mencatat gempa susulan."
    flood = "Banjir merendam ratusan rumah di Bekasi setelah hujan deras semalaman. Warga mengungsi ke masjid dan balai desa terdekat."
    records = [
        _report("q1", 10, "Gempa 5,6 guncang Cianjur", quake),
        _report("f1", 10, "Banjir rendam ratusan rumah di Bekasi", flood),
        _report("q2", 10, "BMKG: gempa Cianjur bermagnitudo 5,6", quake + " Kepala BMKG meminta warga tetap tenang."),
        _report("q3", 11, "Korban gempa Cianjur mengungsi", "Korban gempa Cianjur mengungsi ke tenda darurat. " + quake),
    ]
    assignments = cluster_articles(records)
    assert assignments["q1"] == assignments["q2"] == assignments["q3"] != assignments["f1"]


def test_a_summary_is_the_same_made_twice_from_the_same_reports():
    articles = [
        {"id": "a", "outlet": "Detik", "title": "Gempa guncang Cianjur", "body": LEAD, "dateline": "JAKARTA", "sentences": []},
        {"id": "b", "outlet": "Kompas", "title": "BMKG catat gempa Cianjur", "body": LEAD.replace("Senin", "Senin siang"), "sentences": []},
    ]
    first = summarise(articles, DocumentFrequencies(), size=3)
    assert first and first == summarise(articles, DocumentFrequencies(), size=3)
    assert set(first[0].sources) == {"a", "b"}  # the same sentence in both names both


def test_weights_of_large_fractional_and_name_counts_are_the_plain_formula_s():
    df = DocumentFrequencies()
    df.add(["gempa", "e:dwikorita karnawati"])
    counts: Counter[str] = Counter({"gempa": 2.0, "cianjur": 600, "warga": 1, "e:dwikorita karnawati": 3, "t:bmkg": 2, "kosong": 0})
    assert list(weigh(counts, df).items()) == list(_plain_weigh(counts, df).items())
    assert "kosong" not in weigh(counts, df)


def _plain_dot(a: dict[str, float], b: dict[str, float]) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(v * large.get(t, 0.0) for t, v in small.items())


def test_dot_over_shared_terms_only_is_the_plain_loop_s_float():
    df = DocumentFrequencies()
    quake = weigh(Counter(words(LEAD)), df)
    cafe = weigh(Counter(words(ACCENTED)), df)
    rain = {"hujan": 0.7, "banjir": 0.2, "longsor": 0.1}
    assert dot(quake, rain) == _plain_dot(quake, rain) == 0.0  # nothing shared
    for a, b in ((quake, cafe), (cafe, quake), (quake, {**rain, "gempa": 0.4, "cianjur": 0.3}), (quake, quake)):
        assert dot(a, b) == _plain_dot(a, b)
    assert dot({}, quake) == 0.0


@pytest.mark.parametrize("body", [LEAD, ACCENTED, ACCENTED * 3, "Dua kata", "", "\ud800abc surat lama dikirim ulang"])
def test_body_shingles_are_the_words_utf8_joined_three_by_three(body):
    config = ClusterConfig()
    article = ClusterInput(id="a1", title="Gempa Cianjur", body=body, day=date(2025, 6, 10))
    got = features(article, config, DocumentFrequencies()).shingles
    encoded = [w.encode("utf-8", "surrogatepass") for w in words(body, config.body_words)]
    assert got == {b" ".join(encoded[i : i + 3]) for i in range(len(encoded) - 2)}


def test_the_index_points_each_term_to_exactly_the_open_stories_indexed_under_it():
    reports = [
        ("b1", "Banjir Rendam Ratusan Rumah di Bekasi", "Banjir merendam ratusan rumah warga di Bekasi setelah hujan deras semalam."),
        ("b2", "Warga Bekasi Mengungsi karena Banjir", "Ratusan warga Bekasi mengungsi karena banjir merendam rumah mereka sejak malam."),
        ("g1", "Gempa Guncang Cianjur", "Gempa bermagnitudo 5,6 mengguncang Cianjur dan merusak puluhan rumah warga."),
        ("b3", "Banjir Bekasi Mulai Surut", "Banjir yang merendam rumah warga Bekasi mulai surut, warga kembali membersihkan rumah."),
        ("g2", "Korban Gempa Cianjur Bertambah", "Korban gempa Cianjur bertambah, rumah warga yang rusak didata petugas."),
    ]
    clusterer = StoryClusterer()
    for article_id, title, body in reports:
        clusterer.add({"id": article_id, "title": title, "body": body, "published": "2025-06-10T08:00:00+07:00"})
        expected: dict[str, set[str]] = {}
        for sid in clusterer.open:
            for term in clusterer.stories[sid].indexed:
                expected.setdefault(term, set()).add(sid)
        assert {term: ids for term, ids in clusterer.index.items() if ids} == expected
    assert clusterer.story_of["b1"] == clusterer.story_of["b3"] != clusterer.story_of["g1"]
