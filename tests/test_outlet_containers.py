"""HTML pages of known outlets read from their article element (``data/containers.tsv``), trafilatura the
fallback (fast precise first, the second opinion when the page holds more running text), and trafilatura's
metadata read only for the fields the markup leaves open, giving what it gave before."""

import pytest
from lxml import html as lxml_html
from trafilatura.settings import Document

from telisik.pages import extract, metadata
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
    assert all(host == metadata.registrable_host(host) for host in rows)


def test_a_row_written_with_a_subdomain_is_kept_under_its_registrable_host():
    host, _ = extract._container_row(["www.Kompas.com", "article", "div.read__content"])
    assert host == "kompas.com"


# --------------------------------------------------------------------------- the fast precise extraction

TAIL = [
    "Menurut Rahmat, anggaran pengadaan pompa tersebut berasal dari APBD perubahan yang disetujui DPRD DKI pada September lalu.",
    "Ia menambahkan, warga dapat melaporkan genangan melalui aplikasi JAKI agar petugas segera datang ke lokasi kejadian.",
    "Sementara itu, BMKG memperkirakan puncak musim hujan di Jakarta terjadi pada Januari hingga Februari tahun depan.",
    "Warga di bantaran Kali Ciliwung diminta tetap waspada dan memantau informasi tinggi muka air dari pintu air Manggarai.",
    "Dinas Sosial DKI juga menyiapkan tenda pengungsian, dapur umum, dan perahu karet di enam kelurahan yang paling rawan.",
    "Rahmat memastikan seluruh pompa baru akan diuji coba sebelum pertengahan Desember bersama petugas dari tiap kecamatan.",
]


def test_an_article_split_by_an_ad_box_keeps_its_tail():
    # two paragraphs in <article>, an ad box, then the rest of the story in another box: the fast
    # precise reading stops at the ad; the page holds more running text, so the second opinion is asked
    body = (
        "<article><p>" + "</p><p>".join(PARAGRAPHS[:2]) + '</p></article><div class="iklan">Iklan</div>'
        '<div class="lanjutan"><p>' + "</p><p>".join(TAIL) + "</p></div>"
    )
    page = parse_html(outlet_page("beritakota.example", body))
    assert all(line in page.text for line in PARAGRAPHS[:2] + TAIL)


def test_a_tail_in_span_lines_is_kept():
    body = '<div id="isi"><p>' + " ".join(PARAGRAPHS[:2]) + "</p>" + "".join(f'<span class="x">{s}</span><br/>' for s in TAIL) + "</div>"
    page = parse_html(outlet_page("beritakota.example", body))
    assert "Rahmat memastikan seluruh pompa baru" in page.text


def fake_extraction(monkeypatch, fast_text: str) -> list[tuple[bool, bool]]:
    """trafilatura replaced: the fast precise reading gives ``fast_text`` in <p>s, the full one all of the story."""
    tried: list[tuple[bool, bool]] = []

    def fake(source, url, favor_precision, fast):
        tried.append((favor_precision, fast))
        doc = Document()
        doc.text = fast_text if fast else "\n".join(PARAGRAPHS + TAIL)
        doc.body = lxml_html.fromstring("<div>" + "".join(f"<p>{line}</p>" for line in doc.text.split("\n")) + "</div>")
        return doc

    monkeypatch.setattr(extract, "_bare", fake)
    return tried


def test_a_whole_fast_result_stops_after_one_extraction(monkeypatch):
    tried = fake_extraction(monkeypatch, "\n".join(PARAGRAPHS + TAIL))
    page = parse_html(outlet_page("beritakota.example", "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS + TAIL) + "</article>"))
    assert tried == [(True, True)]  # the page holds no running text the fast reading lacks
    assert page.text.endswith(TAIL[-1])


def test_a_long_fast_result_lacking_much_of_the_page_asks_the_second_opinion(monkeypatch):
    tried = fake_extraction(monkeypatch, "\n".join(PARAGRAPHS))  # over 250 characters, but half the story
    body = "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article><div>" + "<br>".join(TAIL) + "</div>"
    page = parse_html(outlet_page("beritakota.example", body))
    assert tried == [(True, True), (True, False)]
    assert page.text.endswith(TAIL[-1])


# --------------------------------------------------------------------------- what the article element holds


def test_hidden_text_form_controls_and_widgets_inside_the_container_are_left_out(no_trafilatura):
    extra = (
        '<div style="display: none">Promo rahasia: klik tautan ini untuk hadiah jutaan rupiah sekarang juga.</div>'
        "<p hidden>Teks tersembunyi yang tidak terlihat pembaca di layar.</p>"
        "<select><option>Pilih kanal</option><option>Nasional</option></select>"
        "<video>Browser Anda tidak mendukung video.</video>"
        '<span class="caption">Petugas memeriksa pompa air di Pluit. (MI/Rina)</span>'
        '<div class="tags">Tag: banjir pompa DKI</div>'
    )
    page = parse_html(outlet_page("mediaindonesia.com", article_div(PARAGRAPHS, extra)))
    assert page.text.split("\n") == PARAGRAPHS


def test_table_head_cells_are_apart(no_trafilatura):
    table = "<table><tr><th>Wilayah</th><th>Pompa</th></tr><tr><td>Jakarta Utara</td><td>15</td></tr></table>"
    page = parse_html(outlet_page("mediaindonesia.com", article_div(PARAGRAPHS, table)))
    assert "WilayahPompa" not in page.text
    assert page.text.split("\n")[:2] == ["Wilayah", "Pompa"]


def test_an_outlet_of_two_hosts_found_through_its_declared_site_name(no_trafilatura):
    # Kompas runs kompas.com and kompas.id: a page with no URL naming "KOMPAS.com" tries the rows of both
    body = '<div class="kcm-read-text">' + "<br><br>".join(PARAGRAPHS) + "</div>"
    page = parse_html(outlet_page("kompas.com", body, site_name="KOMPAS.com", url=False))
    assert page.outlet == "Kompas"
    assert page.text.split("\n") == PARAGRAPHS


# --------------------------------------------------------------------------- metadata as extract_metadata gave it


def test_unknown_outlet_declaring_no_site_name_is_named_by_its_host():
    page = parse_html(outlet_page("www.beritakota.example", "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"))
    assert page.outlet == "beritakota.example"


def test_a_title_ending_in_the_host_name_is_stripped(no_trafilatura, monkeypatch):
    # the outlet's own hosts strip it: trafilatura's metadata (host, site name) is not read for it
    for name in ("hostname", "sitename"):
        monkeypatch.setattr(extract._Fallback, name, property(lambda self: pytest.fail("trafilatura's metadata read")))
    page_html = outlet_page("mediaindonesia.com", article_div(PARAGRAPHS), site_name="Media Indonesia")
    page_html = page_html.replace("Musim Hujan</title>", "Musim Hujan - mediaindonesia.com</title>")
    page_html = page_html.replace("<h1>DKI Tambah 25 Pompa Air Jelang Musim Hujan</h1>", "")
    assert parse_html(page_html).title == "DKI Tambah 25 Pompa Air Jelang Musim Hujan"


def test_a_title_ending_in_the_host_name_of_an_unknown_outlet_is_stripped():
    page_html = outlet_page(
        "beritakota.co.id", "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>", site_name="Berita Kota"
    )
    page_html = page_html.replace("Musim Hujan</title>", "Musim Hujan | beritakota.co.id</title>")
    page_html = page_html.replace("<h1>DKI Tambah 25 Pompa Air Jelang Musim Hujan</h1>", "")
    assert parse_html(page_html).title == "DKI Tambah 25 Pompa Air Jelang Musim Hujan"
