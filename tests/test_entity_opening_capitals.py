"""An outlet that prints an article's first word in capitals ("ROBERT Gabriel Mugabe, resmi ...") has the NER
read that word as a word, not an acronym: the name is whole and written as a name, the mention as the body
writes it. Acronyms ("KPK", "BYD") and datelines ("VILLENEUVE d’ASCQ– ...") opening a text stay as written."""

from __future__ import annotations

from telisik.nlp.entities.opening_case import opening_word_cased
from telisik.records import Article, RawDocument


def _article(analyzer, body: str) -> Article:
    (article,) = analyzer.process_all([RawDocument(source="t.jsonl", kind="text", content=body, record="L1", given={})])
    assert isinstance(article, Article)
    return article


def test_a_name_opening_in_capitals_is_read_as_a_name():
    text = "ROBERT Gabriel Mugabe resmi mundur dari jabatan presiden."
    assert opening_word_cased(text) == "Robert Gabriel Mugabe resmi mundur dari jabatan presiden."
    assert opening_word_cased("DUA pemain baru tiba di Bandung.") == "Dua pemain baru tiba di Bandung."


def test_an_unknown_word_in_capitals_is_cased_only_where_the_body_writes_it_so():
    assert opening_word_cased("ZORVEK Maluntu tiba di Ambon. Zorvek datang pagi.").startswith("Zorvek Maluntu")
    assert opening_word_cased("ZORVEK Maluntu tiba di Ambon pagi itu.").startswith("ZORVEK Maluntu")


def test_an_acronym_or_a_dateline_opening_the_text_stays():
    for text in (
        "KPK menetapkan dua tersangka baru di Bekasi.",
        "BYD Seagull sudah menjalani tes di Indonesia.",
        "JAKARTA - Samsung merilis ponsel baru.",
        "VILLENEUVE d’ASCQ– Pertandingan ketiga Grup A berakhir imbang.",
        "LOS ANGELES – Presiden Amerika Serikat tiba.",
    ):
        assert opening_word_cased(text) == text


def test_the_article_names_the_person_whole_and_keeps_the_bodys_text(analyzer):
    body = (
        "BARACK Hussein Obama lahir di Hawaii pada 4 Agustus 1961. Ia kemudian pindah ke Jakarta bersama ibunya.\n\n"
        "Obama kembali ke Honolulu pada 1971 dan tinggal bersama kakek-neneknya."
    )
    article = _article(analyzer, body)
    names = {e.name: e for e in article.entities}
    assert "Barack Hussein Obama" in names
    assert names["Barack Hussein Obama"].type == "PER"
    assert "Hussein Obama" not in names
    for e in article.entities:
        for m in e.mentions:
            assert body[m.start : m.end] == m.text
    assert any(m.text.startswith("BARACK") for m in names["Barack Hussein Obama"].mentions)
    for ev in article.events:
        assert ev.sentence in body
