"""The language of a page (py3langid, restricted, Indonesian unless clearly not), and what a non-Indonesian page is given."""

from __future__ import annotations

import gzip
import itertools
import json
from collections import Counter
from pathlib import Path

import pytest

from telisik.nlp.pipeline import PIPELINE_LANGUAGES
from telisik.pages.metadata import _classify, detect_language
from telisik.records import Article, RawDocument

NEWS_ID = (
    "JAKARTA, KOMPAS.com - Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Istana "
    "Merdeka, Jakarta, Senin (16/6/2025). Keduanya membahas kerja sama perdagangan dan penyelesaian batas laut "
    "di Laut Sulawesi.\n\n"
    '"Kita sepakat mempercepat perundingan batas wilayah," kata Prabowo kepada wartawan usai pertemuan.'
)
# scraped copy with its words glued where the markup had tags, as the corpus has it
GLUED = (
    "Liputan6.com, Jakarta-Harga cabai rawit di Pasar Induk Kramat Jati naik menjadiRp80.000 per kilogram "
    "sejakpekan lalu.Pedagang mengaku pasokan dariJawa Tengah berkurang akibat hujan deras."
)
# Indonesian copy in the formal register ("beliau berkata"), which the classifier alone takes for Malay
FORMAL_ID = (
    "Pemerintah akan memberikan bantuan tambahan bagi usaha kecil karena biaya hidup terus meningkat, kata "
    "Menteri Keuangan Sri Mulyani. Beliau berkata demikian selepas sidang kabinet hari ini, sambil menambah "
    "bahwa kendaraan umum juga akan diberi subsidi."
)
# an Indonesian lede before English lyrics: an Indonesian page
LYRICS = (
    "TRIBUNMANADO.CO.ID - Simak berikut lirik lagu rohani berjudul Amazing Grace yang banyak dinyanyikan "
    "dalam ibadah.\n\n"
    "Amazing grace, how sweet the sound, that saved a wretch like me. I once was lost, but now am found, "
    "was blind but now I see. 'Twas grace that taught my heart to fear, and grace my fears relieved. "
    "How precious did that grace appear the hour I first believed."
)
NEWS_EN = (
    "JAKARTA, Indonesia (AP) — Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim "
    "at the Merdeka Palace in Jakarta on Monday. Therefore, the two leaders agreed to speed up talks on their "
    "maritime border in the Sulawesi Sea, officials said.\n\n"
    '"We agreed to move faster," Prabowo told reporters after the meeting, according to Reuters.'
)
NEWS_MS = (
    "KUALA LUMPUR: Kerajaan akan memperkenalkan bajet tambahan bagi membantu syarikat kecil kerana kos sara "
    "hidup terus meningkat, kata Perdana Menteri Datuk Seri Anwar Ibrahim. Beliau berkata demikian selepas "
    "mesyuarat Kabinet hari ini, sambil menambah bahawa kenderaan awam juga akan diberi subsidi."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (NEWS_ID, "id"),
        (GLUED, "id"),
        ("Banjir rendam Kemang.", "id"),  # a short headline
        ("Presiden Jokowi meresmikan jalan tol baru di Semarang.", "id"),
        (FORMAL_ID, "id"),
        (LYRICS, "id"),
        # a quoted English statement inside Indonesian copy
        (NEWS_ID + '\n\nDalam pernyataannya, Gedung Putih menulis: "We welcome the agreement between Indonesia and Malaysia."', "id"),
        (NEWS_EN, "en"),
        ("The government said that it will raise fuel prices, which have not kept pace with the market.", "en"),
        (NEWS_MS, "ms"),
        ("12345 !!!", "und"),
        ("", "und"),
    ],
)
def test_language(text, language):
    assert detect_language(text) == language


def test_malay_is_told_by_spelling_where_the_classifier_cannot():
    # the classifier's own choice for the Indonesian copy is Malay: its spellings overrule it
    assert _classify(FORMAL_ID)[0] == "ms"
    assert detect_language(FORMAL_ID) == "id"
    assert detect_language(NEWS_MS) == "ms"


def test_a_list_of_names_is_no_evidence_of_another_language():
    lineup = "Juventus: Buffon; Barzagli, Bonucci, Chiellini; Cuadrado, Khedira, Pjanic, Alex Sandro; Higuain, Dybala"
    assert _classify(lineup)[0] != "id"
    assert detect_language(lineup) == "id"


def test_the_corpus_reads_as_indonesian(shared: Path):
    """A spread of the shared corpus (raw scraped text): Indonesian, never Malay."""
    counts: Counter[str] = Counter()
    for name in ("indonews_jun2025.jsonl.gz", "indosum_dev_union.jsonl.gz"):
        path = shared / "data" / "corpus" / name
        if not path.is_file():
            pytest.skip(f"{path} is absent")
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in itertools.islice(lines, 0, None, 10):
                counts[detect_language(json.loads(line).get("text") or "")] += 1
    assert counts["ms"] == 0
    assert counts["id"] >= 0.995 * sum(counts.values()), counts


# ---------------------------------------------------------------------------- what each language is given


def analysed(analyzer, name: str, text: str, **given: str) -> Article:
    article = analyzer.process(RawDocument(name, "text", text, given=given))
    assert isinstance(article, Article)
    return article


def test_an_english_page_gets_its_sentences_and_no_indonesian_rules(analyzer):
    article = analysed(analyzer, "ap.txt", NEWS_EN, published="2025-06-16")
    assert article.language == "en" and article.language not in PIPELINE_LANGUAGES
    assert (article.entities, article.timexes, article.quotes, article.citations, article.events) == ([], [], [], [], [])
    assert article.stats["sentences"] == len(article.sentences) == 3
    assert [article.body[s:e] for s, e in article.sentences][0].startswith("JAKARTA, Indonesia (AP)")


def test_a_malay_page_gets_no_indonesian_rules_either(analyzer):
    article = analysed(analyzer, "bh.txt", NEWS_MS, published="2025-06-16")
    assert article.language == "ms"
    assert article.entities == [] and article.events == [] and article.sentences


def test_an_indonesian_page_gets_the_rules(analyzer):
    article = analysed(analyzer, "kompas.txt", NEWS_ID, published="2025-06-16")
    assert article.language == "id"
    assert {e.name for e in article.entities} >= {"Prabowo Subianto", "Anwar Ibrahim"}
    assert {e.type for e in article.events} == {"MEET", "AGREE"} and article.quotes


def test_an_english_page_in_a_collection_stands_apart_from_the_indonesian_story(analyzer, tmp_path):
    records = [
        {"id": "kompas-1", "title": "Prabowo dan Anwar bahas batas laut", "published": "2025-06-16", "text": NEWS_ID},
        {
            "id": "detik-1",
            "title": "Prabowo terima Anwar di Istana Merdeka",
            "published": "2025-06-16",
            "text": NEWS_ID.replace("JAKARTA, KOMPAS.com", "Jakarta, detikNews").replace("usai pertemuan", "seusai bertemu"),
        },
        {"id": "ap-1", "title": "Indonesia and Malaysia agree to speed up border talks", "published": "2025-06-16", "text": NEWS_EN},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    document = analyzer.analyze([path])
    by_id = {a["id"]: a for a in document["articles"]}
    assert document["rejected"] == [] and set(by_id) == {"kompas-1", "detik-1", "ap-1"}
    assert by_id["ap-1"]["language"] == "en" and by_id["ap-1"]["entities"] == []
    assert by_id["kompas-1"]["story"] is not None and by_id["kompas-1"]["story"] == by_id["detik-1"]["story"]
    assert by_id["ap-1"]["story"] != by_id["kompas-1"]["story"]
    assert not any("therefore" in e["name"].lower() for e in document["entities"])
