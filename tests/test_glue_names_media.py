"""Classes of glue the splitter (telisik.pages.glue) learnt in round 8 from the samples of 8 May - 20 June 2025 and the
Okezone pages of 2007-2016, on sentences written for the test: a news organisation's own spelling with a capital
inside (news_organisations.tsv) stays whole, a word written twice without its hyphen stays whole, an unseen name is
cut off an English word news writes small very often or a frequent name English text lacks, a capitalised run that
starts with a word news writes small (even a rare one) is read as a sentence's first words, a frequent word with a
letter too many is a typo, not glue; and what the rules must leave whole."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter
from telisik.pages.glue_lexicon import known_camel_names, media_camel_names

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a news organisation as it writes its own name: glue before it is cut, the name is not
        ("Kabar itu dikutip dariTenAsia, Senin.", "Kabar itu dikutip dari TenAsia, Senin."),
        ("Menurut SINDOnews, harga cabai naik.", "Menurut SINDOnews, harga cabai naik."),
        # a word written twice is a plural whose hyphen was left out
        ("Para siswasiswa dan pemainpemain muda hadir.", "Para siswasiswa dan pemainpemain muda hadir."),
        # an unseen name, then an English word news writes small very often (an award list's lines run together)
        ("Penyanyi terbaik: ZeluthiVideo of the Year", "Penyanyi terbaik: Zeluthi Video of the Year"),
        # a short unseen name, then a frequent name English text lacks
        ("Lukisan itu (VreksBelanda): pemandangan sawah.", "Lukisan itu (Vreks Belanda): pemandangan sawah."),
        # a sentence's first word, rare but written small far more often than capitalised, then words news knows
        ("Plafongypsum merupakan bahan ringan.", "Plafon gypsum merupakan bahan ringan."),
        ("Bacaandoa sebelum tidur dibaca pelan.", "Bacaan doa sebelum tidur dibaca pelan."),
        ("Tambahkanheelsdanhandbag berwarna cerah.", "Tambahkan heels dan handbag berwarna cerah."),
        # ... words names sometimes capitalise, but not twice as often as small ("Air", "Payet"), still follow an opener
        ("Kebayafullpayet itu berkilau di pelaminan.", "Kebaya full payet itu berkilau di pelaminan."),
    ],
)
def test_splits(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "text",
    [
        # a place's name made of words the table counts: "Kedung" starts many names
        "Warga Kedungbungkus berkumpul di balai desa.",
        # a regional site's name that holds an organisation's name starting small ("iNews")
        "Berita itu dimuat laman SerambiNews.com kemarin.",
        # brands that put a short syllable before a word or name
        "Ulasan FoneArena dan promo HokBen ramai dibaca.",
        # a frequent word with one letter typed too many is that word mistyped, no glue
        "Ia memutusakan pulang, dan panitia memepertimbangkan usul warga.",
        # a village's name made of words
        "Warga Bojongnegara berkumpul di lapangan.",
        # an app's name that starts with a word news writes small, then a word names capitalise ("Hub")
        "Kader posyandu mencatat data lewat aplikasi Stuntinghub setiap bulan.",
        "Konsultasi daring tersedia di Psikologhub, kata pengelolanya.",
    ],
)
def test_keeps_whole(splitter: GlueSplitter, text: str) -> None:
    assert splitter.split(text) == text


def test_media_names_are_camel_names() -> None:
    """The organisations' spellings with a capital inside join the names never cut; a site's domain is left off and
    names starting small are left out."""
    names = media_camel_names()
    assert {"SINDOnews", "TenAsia"} <= names <= known_camel_names()
    assert "iNews" not in names
    assert not any("." in name for name in names)


def _labelled(name: str) -> list[list[str]]:
    lines = [ln for ln in (ROOT / "eval/glue" / name).read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert lines[0].split("\t") == ["stratum", "outlet", "record", "token", "split"]
    return list(csv.reader(lines[1:], delimiter="\t"))


def test_fifth_fresh_sample_is_labelled_and_new() -> None:
    """fresh5.tsv spells each token in its label and draws no form of the earlier samples."""
    rows = _labelled("fresh5.tsv")
    assert all(row[4].replace("|", "") == row[3] for row in rows)
    glued = sum("|" in row[4] for row in rows)
    assert glued >= 100 and len(rows) - glued >= 100
    earlier = {row[3] for name in ("dev.tsv", "test.tsv", "fresh.tsv", "fresh2.tsv", "fresh3.tsv", "fresh4.tsv") for row in _labelled(name)}
    assert not earlier & {row[3] for row in rows}
