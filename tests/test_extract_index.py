"""A home or index page (headline lists, no article declared) is rejected after the first, fast extraction."""

import pytest

from telisik.engine.local import Analyzer
from telisik.pages.extract import HtmlError, parse_html
from telisik.records import Article, RawDocument, Rejection

_HEADLINES = [
    "Banjir Rob Genangi Pesisir Semarang, Ratusan Warga Mengungsi",
    "Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat",
    "Pemprov Jatim Siapkan Seribu Beasiswa untuk Mahasiswa Desa",
    "Kereta Cepat Tambah Jadwal Perjalanan Selama Libur Sekolah",
    "Timnas U-23 Tundukkan Vietnam Lewat Adu Penalti",
]


def _teasers(count: int) -> str:
    items = []
    for n in range(count):
        title = _HEADLINES[n % len(_HEADLINES)]
        items.append(
            f'<li><a href="/berita/{n}">{title} ({n})</a>'
            f"<span>{n % 24:02d}:15 WIB</span>"
            f"<div>Ringkasan singkat tentang {title.lower()} yang ditulis untuk halaman depan.</div></li>"
        )
    return "\n".join(items)


def home_page(links: int = 60, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kabar Nusa - Berita Terkini Hari Ini</title>
<meta property="og:site_name" content="Kabar Nusa">{head}
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a></nav>
<h2>Berita Terkini</h2>
<ul class="list-berita">
{_teasers(links)}
</ul>
<footer>Hak cipta Kabar Nusa 2025</footer>
</body></html>"""


def test_home_page_is_rejected():
    with pytest.raises(HtmlError, match="home or index page"):
        parse_html(home_page(head='<meta property="og:type" content="website">'))


def test_home_page_rejection_through_the_pages_stage():
    result = Analyzer().prepare(RawDocument(source="beranda.html", kind="html", content=home_page()))
    assert isinstance(result, Rejection)
    assert "home or index page" in result.reason


def test_dated_site_root_is_a_home_page():
    head = '<meta property="og:url" content="https://www.kabarnusa.example/">' '<meta name="pubdate" content="2025-07-01T08:00:00+07:00">'
    with pytest.raises(HtmlError, match="home or index page"):
        parse_html(home_page(head=head))


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:type" content="article">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Banjir Rob"}</script>',
        '<meta property="og:url" content="https://www.kabarnusa.example/foto/2025/07/01/banjir-rob">'
        '<meta property="article:published_time" content="2025-07-01T08:00:00+07:00">',
    ],
)
def test_a_declared_article_keeps_the_slow_extractions(head):
    """The same lists on a page that calls itself an article (a photo page, say) are read as before."""
    page = parse_html(home_page(head=head))
    assert "Banjir Rob Genangi Pesisir Semarang" in page.text


def test_a_page_of_few_links_keeps_the_slow_extractions():
    page = parse_html(home_page(links=8))
    assert "Pemprov Jatim Siapkan Seribu Beasiswa" in page.text


def test_an_article_without_metadata_is_read_at_the_first_pass():
    paragraphs = "".join(
        f"<p>Pemerintah Kota Semarang membuka {n + 2} posko pengungsian bagi warga pesisir yang rumahnya tergenang banjir rob "
        "sejak Senin pagi, kata Kepala BPBD setempat kepada wartawan.</p>"
        for n in range(4)
    )
    html = home_page().replace('<h2>Berita Terkini</h2>', f"<article><h1>Banjir Rob di Semarang</h1>{paragraphs}</article>")
    result = Analyzer().prepare(RawDocument(source="banjir.html", kind="html", content=html))
    assert isinstance(result, Article)
    assert "membuka 2 posko pengungsian" in result.body
