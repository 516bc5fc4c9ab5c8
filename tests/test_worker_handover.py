"""The local engine's start-up and per-page costs: ``telisik ingest`` starts its workers' forkserver before its heavy
imports (as ``analyze`` does), and the page reading's cheaper forms give what the slower ones gave (one walk for the
<meta> tags, one search for the chrome patterns, words counted without a regex)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from telisik.lang import patterns
from telisik.pages import clean
from telisik.pages.extract import _meta, _meta_tags, parse_html

BERITA = (
    "JAKARTA, KOMPAS.com - Banjir rob merendam puluhan rumah warga di pesisir Muara Angke, Jakarta Utara, pada Senin pagi.",
    "Kepala Pelaksana BPBD DKI Jakarta mengatakan petugas telah menyiagakan pompa air di sejumlah titik.",
)

# run in a fresh interpreter, since which modules are loaded when the forkserver starts is the point; the command
# stops where the forkserver would start, or where the store would be opened
_PROBE = """
import sys
from telisik import cli

seen = []

def probe(modules):
    seen.append((list(modules), "spacy" in sys.modules, "telisik.engine.local" in sys.modules,
                 "telisik.store.repository" in sys.modules))
    stop()

def stop(*_):
    print(repr(seen))
    raise SystemExit(0)

cli._start_forkserver = probe
cli._open_store = stop
cli.main(sys.argv[1:])
"""


def _probe_ingest(tmp_path: Path, *options: str) -> list[tuple[list[str], bool, bool, bool]]:
    page = tmp_path / "berita.txt"
    page.write_text("\n\n".join(BERITA), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "ingest", str(page), "--db", str(tmp_path / "t.db"), "-q", *options],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return ast.literal_eval(done.stdout.strip())


def test_ingest_starts_the_forkserver_before_the_engine_and_the_store(tmp_path):
    from telisik.engine.pool import PRELOAD

    [(modules, spacy_loaded, engine_loaded, store_loaded)] = _probe_ingest(tmp_path, "--workers", "2")
    assert modules == PRELOAD  # the preload the pool sets itself: the same workers
    assert not spacy_loaded and not engine_loaded and not store_loaded


def test_ingest_with_one_worker_starts_no_forkserver(tmp_path):
    assert _probe_ingest(tmp_path, "--workers", "1") == []


# ------------------------------------------------------------------ <meta> tags read in one walk

PAGE = """<html><head>
<meta property="og:title" content="  ">
<meta name="twitter:title" content="Banjir Rob Rendam Muara Angke">
<meta property="og:title" content="Banjir Rob Rendam Puluhan Rumah di Muara Angke">
<meta itemprop="datePublished" content="2025-06-09T07:15:00+07:00">
<meta name="description" property="description" content="Puluhan rumah terendam rob.">
<meta name="author">
</head><body><p>{}</p></body></html>"""


def _meta_by_xpath(tree: lxml_html.HtmlElement, *names: str) -> str | None:
    """The XPath a name that ``_meta`` replaced: what it must still give."""
    for name in names:
        for el in tree.xpath(f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]'):
            value = (el.get("content") or "").strip()
            if value:
                return value
    return None


@pytest.mark.parametrize(
    "names",
    [
        ("og:title", "twitter:title"),  # the first og:title is blank: the second one, not the twitter title
        ("twitter:title", "og:title"),
        ("datePublished",),
        ("description",),  # one tag named twice counts once
        ("author", "og:description"),  # a tag without content, then none at all
        ("og:url",),
    ],
)
def test_meta_tags_give_what_the_xpath_a_name_gave(names):
    tree = lxml_html.fromstring(PAGE.format(" ".join(BERITA)))
    assert _meta(_meta_tags(tree), *names) == _meta_by_xpath(tree, *names)


def test_meta_tags_feed_the_page_fields():
    page = parse_html(PAGE.format(" ".join(BERITA)))
    assert page.title == "Banjir Rob Rendam Puluhan Rumah di Muara Angke"
    assert page.description == "Puluhan rumah terendam rob."
    assert page.published is not None and page.published.startswith("2025-06-09")


# ------------------------------------------------------------------ chrome patterns in two searches

LINES = [
    "Baca juga: Pompa Air Disiagakan di Muara Angke",
    "BACA JUGA: Rob Rendam Pesisir Utara Jakarta",
    "Petugas meminta warga membaca juga imbauan BPBD sebelum mengungsi.",  # "baca juga" not at the start
    "Copyright © 2025 Kompas.com, All rights reserved",
    "Hak cipta dilindungi undang-undang.",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Gabung saluran WhatsApp kami untuk kabar terbaru banjir Jakarta",
    "Simak berita lainnya di Google News",
    "Artikel ini telah tayang di Tribunnews.com",
    "Halaman 2 dari 3",
    "Warga Muara Angke mengungsi ke masjid terdekat karena air terus naik hingga sore hari.",
    "Pesan berantai di grup WhatsApp warga menyebut air akan naik lagi malam ini.",
    " ".join(["Banjir rob merendam rumah warga"] * 10) + " baca juga",  # long: running text, never chrome
]


def _any_search(block: str, *names: str) -> bool:
    return len(re.findall(r"\S+", block)) <= 40 and any(p.search(block) for name in names for p in patterns("id", name))


@pytest.mark.parametrize("line", LINES)
def test_chrome_in_two_searches_is_the_search_a_pattern(line):
    assert clean.is_chrome(line) == _any_search(line, "copyright.txt", "ad_markers.txt", "boilerplate.txt")
    assert clean.is_ad_marker(line) == _any_search(line, "ad_markers.txt")
    assert clean.is_copyright(line) == _any_search(line, "copyright.txt")


def test_the_chrome_lines_are_found_and_the_text_kept():
    assert clean.is_chrome(LINES[0]) and clean.is_chrome(LINES[3]) and clean.is_chrome(LINES[5])
    assert not clean.is_chrome(LINES[2]) and not clean.is_chrome(LINES[11]) and not clean.is_chrome(LINES[-1])


def test_a_pattern_branching_at_the_top_is_not_taken_as_anchored():
    assert clean._top_level_branch("^baca|juga")  # noqa: SLF001
    assert not clean._top_level_branch("^(baca|lihat)\\s+juga")  # noqa: SLF001
    assert not clean._top_level_branch("^[|]+\\s*$")  # noqa: SLF001 - a "|" in a class
    assert not clean._top_level_branch("^a\\|b")  # noqa: SLF001 - an escaped "|"


@pytest.mark.parametrize("text", ["Banjir\u00a0rob di\tMuara  Angke\n", "", "   ", "a\u2003b\u3000c", "x\x1cy"])
def test_words_count_the_runs_of_non_space(text):
    assert clean.words(text) == len(re.findall(r"\S+", text))
