"""HTML extraction read from an outlet's known article element (``data/containers.tsv``), with
trafilatura as the fallback, and trafilatura's metadata read only when the markup declares none."""

import pytest
from trafilatura.settings import Document

from telisik.pages import extract
from telisik.pages.extract import HtmlError, containers, parse_html, selector_xpath

PARAGRAPHS = [
    "Jakarta (Media Indonesia) - Pemerintah Provinsi DKI Jakarta menambah 25 titik pompa air di wilayah rawan banjir menjelang puncak musim hujan.",
    "Kepala Dinas Sumber Daya Air DKI Jakarta, Rahmat Hidayat, mengatakan pompa baru itu ditempatkan di Jakarta Utara dan Jakarta Barat.",
    '"Kami ingin genangan surut dalam hitungan jam, bukan hari," kata Rahmat di Balai Kota, Selasa (4/11).',
    "Pemprov juga menyiapkan 300 petugas yang bersiaga selama 24 jam di setiap rumah pompa hingga akhir Februari.",
]


def outlet_page(host: str, body: str, site_name: str | None = None, url: bool = True) -> str:
    """An invented article page: head with title and date, a sidebar of other headlines, ``body`` in the middle."""
    canonical = f'<link rel="canonical" href="https://{host}/megapolitan/1234/pompa-air">' if url else ""
    site = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>DKI Tambah 25 Pompa Air Jelang Musim Hujan</title>{canonical}{site}
<meta property="article:published_time" content="2025-11-04T09:15:00+07:00">
</head><body>
<nav><a href="/">Beranda</a> <a href="/megapolitan">Megapolitan</a></nav>
<div class="columns"><div class="column is-8"><h1>DKI Tambah 25 Pompa Air Jelang Musim Hujan</h1>
{body}
</div><div class="column is-4"><h3>Terpopuler</h3><ul>
<li><a href="/a">Harga Cabai di Pasar Induk Turun Dua Pekan Berturut-turut</a></li>
<li><a href="/b">Timnas U-23 Berangkat ke Qatar Tanpa Dua Pemain Inti</a></li></ul></div></div>
<footer>Hak cipta 2025. Seluruh hak dilindungi.</footer></body></html>"""


def article_div(paragraphs: list[str], extra: str = "") -> str:
    return '<div class="article">' + extra + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


@pytest.fixture
def no_trafilatura(monkeypatch):
    """Fails the test if the general extractor runs."""

    def refuse(*args, **kwargs):
        raise AssertionError("trafilatura's extraction ran on a page whose container is known")

    monkeypatch.setattr(extract, "_bare", refuse)


def test_known_outlet_read_from_its_container_without_trafilatura(no_trafilatura):
    page = parse_html(outlet_page("mediaindonesia.com", article_div(PARAGRAPHS)))
    assert page.text.split("\n") == PARAGRAPHS  # one line a paragraph, in order
    assert "Terpopuler" not in page.text and "Harga Cabai" not in page.text and "Beranda" not in page.text
    assert page.outlet == "Media Indonesia"
    assert page.title == "DKI Tambah 25 Pompa Air Jelang Musim Hujan"
    assert page.published == "2025-11-04T09:15+07:00"


def test_container_of_a_regional_subdomain_found_by_its_registrable_host(no_trafilatura):
    page = parse_html(outlet_page("regional.kompas.com", '<div class="kcm-read-text">' + "<br><br>".join(PARAGRAPHS) + "</div>"))
    assert page.text.split("\n") == PARAGRAPHS  # <br> breaks paragraphs as blocks do


def test_page_without_url_matched_through_its_declared_site_name(no_trafilatura):
    body = '<div id="content_news">' + "<br><br>".join(PARAGRAPHS) + "</div>"
    page = parse_html(outlet_page("antaranews.com", body, site_name="ANTARA News", url=False))
    assert page.outlet == "Antara"
    assert page.text.split("\n") == PARAGRAPHS


def test_elements_left_out_inside_the_container(no_trafilatura):
    # tempo.co's row leaves out the breadcrumb list and the photo box inside div.artikel
    body = (
        '<div class="artikel"><ul class="block-kanal-map"><li><a href="/">home</a></li><li><a href="/metro">metro</a></li></ul>'
        '<div class="single-img"><img src="pompa.jpg"><div>Petugas memeriksa pompa air di Pluit. TEMPO/Rina</div></div>'
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</div>"
    )
    page = parse_html(outlet_page("metro.tempo.co", body))
    assert page.text.split("\n") == PARAGRAPHS


def test_unknown_outlet_goes_to_the_general_extractor():
    page = parse_html(outlet_page("beritakota.example", "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"))
    assert "Pemerintah Provinsi DKI Jakarta menambah 25 titik pompa air" in page.text
    assert "seluruh hak dilindungi" not in page.text.lower()


def test_missing_or_short_container_goes_to_the_general_extractor(monkeypatch):
    calls = []
    real = extract._bare

    def counted(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(extract, "_bare", counted)
    # a photo page of a known outlet: the container holds one short caption, the story is elsewhere
    body = article_div(["Foto: pompa air di Pluit."]) + "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
    page = parse_html(outlet_page("mediaindonesia.com", body))
    assert calls and "Kepala Dinas Sumber Daya Air DKI Jakarta" in page.text
    calls.clear()
    page = parse_html(outlet_page("mediaindonesia.com", "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"))
    assert calls and "Kepala Dinas Sumber Daya Air DKI Jakarta" in page.text


def test_precise_extraction_asks_the_second_opinion_only_when_short(monkeypatch):
    tried = []

    def fake(source, url, favor_precision, fast):
        tried.append((favor_precision, fast))
        doc = Document()
        doc.text = "Singkat." if fast else " ".join(PARAGRAPHS)
        return doc

    monkeypatch.setattr(extract, "_bare", fake)
    page = parse_html(outlet_page("beritakota.example", "<article><p>x</p></article>"))
    assert tried == [(True, True), (True, False)]  # fast precise found too little: precise with the second opinion
    assert page.text.startswith("Jakarta (Media Indonesia)")


def test_no_text_anywhere_is_an_error():
    with pytest.raises(HtmlError):
        parse_html('<html><head><title>Beranda</title></head><body><div class="article"></div><script>var x = 1;</script></body></html>')


def test_date_from_the_page_when_the_markup_declares_none(no_trafilatura):
    page_html = outlet_page("mediaindonesia.com", article_div(PARAGRAPHS))
    page_html = page_html.replace('<meta property="article:published_time" content="2025-11-04T09:15:00+07:00">', "")
    page_html = page_html.replace("<h1>", '<span class="date">Selasa, 04 November 2025 09:15 WIB</span><h1>')
    page_html = page_html.replace("/megapolitan/1234/", "/megapolitan/2025/11/04/")
    page = parse_html(page_html)
    assert page.published is not None and page.published.startswith("2025-11-04")


def test_selector_forms():
    assert selector_xpath("div#content_news") == "//div[@id='content_news']"
    assert selector_xpath(".read__content") == "//*[contains(concat(' ', normalize-space(@class), ' '), ' read__content ')]"
    assert selector_xpath("ul.a.b", within=True).startswith(".//ul[contains(")
    for bad in ("div > p", "div[data-x]", "", "#"):
        with pytest.raises(ValueError):
            selector_xpath(bad)


def test_class_token_is_matched_whole(no_trafilatura, monkeypatch):
    # "article-list" is not the class "article": the related-articles box is not taken for the story
    body = (
        '<div class="article-list">'
        + "".join(f"<p>Judul lain nomor {i} yang cukup panjang untuk dihitung sebagai teks.</p>" for i in range(8))
        + "</div>"
    )
    body += article_div(PARAGRAPHS)
    page = parse_html(outlet_page("mediaindonesia.com", body))
    assert page.text.split("\n") == PARAGRAPHS


def test_every_row_of_the_data_file_parses():
    rows = containers()
    assert "mediaindonesia.com" in rows and "kompas.com" in rows
    assert all(host == host.lower() and "/" not in host for host in rows)
    assert sum(len(r) for r in rows.values()) >= 10
