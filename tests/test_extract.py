"""HTML pages: headline, metadata, captions and bylines from the markup."""

import pytest

from telisik.pages.extract import HtmlError, _strip_site_name, parse_html

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Pemkot Surabaya Tambah 40 Bus Listrik untuk Rute Sekolah | Radar Kota</title>
<meta property="og:site_name" content="Radar Kota">
<link rel="canonical" href="https://www.radarkota.example/surabaya/2025/07/01/bus-listrik">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Pemkot Surabaya Tambah 40 Bus Listrik untuk Rute Sekolah", "datePublished": "2025-07-01T08:30:00+07:00"}</script>
</head><body>
<nav><a href="/">Beranda</a><a href="/surabaya">Surabaya</a></nav>
<article>
<h1>Pemkot Surabaya Tambah 40 Bus Listrik untuk Rute Sekolah</h1>
<div class="author-box">Reporter: Dimas Prasetyo | Editor: Nur Aini</div>
<figure><img src="bus.jpg"><figcaption>Bus listrik baru diparkir di Terminal Joyoboyo, Surabaya, Senin (30/6/2025). RADAR KOTA/DIMAS</figcaption></figure>
<p>SURABAYA - Pemerintah Kota Surabaya menambah 40 bus listrik untuk melayani rute antar-jemput sekolah mulai tahun ajaran baru.</p>
<p>Kepala Dinas Perhubungan Surabaya, Ikhsan Wibowo, mengatakan bus itu akan melayani 12 rute yang menghubungkan permukiman padat dengan sekolah negeri.</p>
<p>"Siswa tidak dipungut biaya. Cukup menunjukkan kartu pelajar," kata Ikhsan di Balai Kota Surabaya.</p>
<p>Baca juga: Tarif Suroboyo Bus Tetap Gratis bagi Pelajar</p>
<p>Pemkot menargetkan seluruh armada beroperasi penuh pada pertengahan Juli setelah uji coba selama dua pekan.</p>
</article>
<footer>Copyright 2025 Radar Kota. All rights reserved.</footer>
</body></html>"""


def test_article_page():
    page = parse_html(PAGE)
    assert page.title == "Pemkot Surabaya Tambah 40 Bus Listrik untuk Rute Sekolah"
    assert page.published == "2025-07-01T08:30+07:00"
    assert page.url == "https://www.radarkota.example/surabaya/2025/07/01/bus-listrik"
    assert page.outlet == "Radar Kota"
    assert page.authors == ["Dimas Prasetyo"] and page.editors == ["Nur Aini"]
    assert page.captions == ["Bus listrik baru diparkir di Terminal Joyoboyo, Surabaya, Senin (30/6/2025). RADAR KOTA/DIMAS"]
    assert "Pemerintah Kota Surabaya menambah 40 bus listrik" in page.text
    assert "Beranda" not in page.text


def test_byline_box_found_by_an_indonesian_class_name():
    # byline_classes.txt: "penulis" marks a byline box; a box of another class is not read for names
    box = '<div class="author-box">Reporter: Dimas Prasetyo | Editor: Nur Aini</div>'
    page = parse_html(PAGE.replace(box, '<span class="nama-penulis">Penulis: Rina Marlina | Editor: Nur Aini</span>'))
    assert page.authors == ["Rina Marlina"] and page.editors == ["Nur Aini"]
    page = parse_html(PAGE.replace(box, '<span class="info-artikel">Penulis: Rina Marlina | Editor: Nur Aini</span>'))
    assert page.editors == []

def test_full_analysis_of_html_page(analyzer):
    from telisik.records import Article, RawDocument

    article = analyzer.process(RawDocument(source="bus.html", kind="html", content=PAGE))
    assert isinstance(article, Article)
    assert article.body.startswith("SURABAYA - Pemerintah Kota Surabaya")
    assert article.body.endswith("uji coba selama dua pekan.")
    assert "Baca juga" not in article.body and any(r.startswith("Baca juga") for r in article.removed)
    assert article.dateline == "SURABAYA"
    assert article.captions and "RADAR KOTA/DIMAS" in article.captions[0]


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Samsul Arif Tak Beban Lawan Arema - Kompas.com", ["Kompas"], "Samsul Arif Tak Beban Lawan Arema"),
        ("KapanLagi.com: Brandon Salim Makin Dekat", ["KapanLagi"], "Brandon Salim Makin Dekat"),
        ("Ini 7 Alasan Mengapa Orang Malas Bergerak | Tempo Gaya", ["Tempo"], "Ini 7 Alasan Mengapa Orang Malas Bergerak"),
        ("Tri Indonesia: Broadband Dorong Ekosistem Digital", ["Liputan6"], "Tri Indonesia: Broadband Dorong Ekosistem Digital"),
    ],
)
def test_site_names_stripped_from_titles(title, sites, expected):
    assert _strip_site_name(title, sites) == expected


def test_page_without_article_text_is_rejected(analyzer):
    from telisik.records import RawDocument, Rejection

    with pytest.raises(HtmlError):
        parse_html("")
    for html in ("<html><body><nav><a href='/'>Beranda</a></nav></body></html>", "<html><body><p>Beranda</p><div>Menu"):
        result = analyzer.process(RawDocument(source="menu.html", kind="html", content=html))
        assert isinstance(result, Rejection) and "no article text" in result.reason


LOOSE_LEAD = """<html><head><title>Harga Beras Medium Naik di Pasar Cipinang - Berita Kota</title></head><body>
<div class="read">
<b>Berita Kota</b> - Harga beras medium di <a href="/t/cipinang">Pasar Induk Beras Cipinang</a> naik menjadi
<a href="/t/beras">Rp 13.500</a> per kilogram pada <a href="/t/pekan">pekan</a> ini, tertinggi sejak <a href="/t/awal">awal</a> tahun.
<p>Ketua Koperasi Pedagang Pasar Induk Cipinang, Zulkifli Rasyid, mengatakan pasokan dari Jawa Timur berkurang karena panen mundur.</p>
<p>"Stok di gudang pedagang tinggal cukup untuk dua minggu," kata Zulkifli saat ditemui di Jakarta Timur.</p>
<p>Bulog menyatakan akan menggelontorkan beras cadangan pemerintah ke pasar mulai Senin depan.</p>
</div></body></html>"""


def test_lead_written_as_loose_linked_text_is_kept(analyzer):
    from telisik.records import RawDocument

    article = analyzer.process(RawDocument(source="beras.html", kind="html", content=LOOSE_LEAD))
    first = article.body.split("\n\n")[0]
    assert first.startswith("Berita Kota - Harga beras medium di Pasar Induk Beras Cipinang naik")
    assert article.body.count("Harga beras medium") == 1
    assert article.body.endswith("mulai Senin depan.")


FORM_PAGE = PAGE.replace(
    "<footer>", '<form action="/cari"><label>Cari</label><input name="q"><select name="s"><option>Semua</option></select>'
    "<textarea>Komentar</textarea></form><!-- iklan --><footer>"
)


@pytest.mark.parametrize("page", [PAGE, FORM_PAGE, "<p>Sebaris teks tanpa dokumen HTML.</p>", '<?xml version="1.0" encoding="utf-8"?><html><body><p>Isi</p></body></html>'])
def test_page_parsed_as_trafilatura_parses_it(page):
    """``_load``'s own parser (its element classes chosen inside lxml, for speed) gives trafilatura's tree: the same
    markup, and every element of the same class (a form a ``FormElement``)."""
    from lxml import etree
    from trafilatura.utils import load_html

    from telisik.pages.extract import _parse

    ours, theirs = _parse(page), load_html(page)
    assert (ours is None) == (theirs is None)
    if ours is None:
        return
    assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")
    assert [type(e).__name__ for e in ours.iter()] == [type(e).__name__ for e in theirs.iter()]
    assert "FormElement" in {type(e).__name__ for e in ours.iter()} or page is not FORM_PAGE
