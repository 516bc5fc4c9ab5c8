"""An article page that declares nothing and lists many links is no home page: its text sits in a <div> between
<br> (the precise extraction misses it), or it calls itself an article in a JSON-LD @type list."""

import json

from telisik.pages.extract import parse_html

_MENU = "\n".join(f'<li><a href="/kanal/{n}">Kanal {n}</a></li>' for n in range(80))
_PARAGRAPHS = [
    "Bandung (Kabar Nusa) - Pemerintah Kota Bandung menutup sementara Jalan Asia Afrika mulai Senin pagi untuk "
    "perbaikan saluran air yang rusak akibat hujan deras sepekan terakhir.",
    "Kepala Dinas Pekerjaan Umum Kota Bandung, Rina Susanti, mengatakan penutupan berlangsung lima hari dan "
    "kendaraan dialihkan ke Jalan Naripan serta Jalan Braga.",
    "Menurut dia, anggaran perbaikan mencapai Rp2,5 miliar. Petugas Dinas Perhubungan disiagakan di sejumlah "
    "persimpangan untuk mengatur lalu lintas.",
]


def article_page(head: str = "", body: str = "<br><br>".join(_PARAGRAPHS)) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Jalan Asia Afrika Ditutup Lima Hari - Kabar Nusa</title>{head}</head>
<body><nav><ul>{_MENU}</ul></nav>
<div class="konten"><h1>Jalan Asia Afrika Ditutup Lima Hari</h1><div class="isi">{body}</div></div>
</body></html>"""


def test_article_in_a_div_with_breaks_is_read():
    text = parse_html(article_page()).text
    assert "Rina Susanti" in text and "Rp2,5 miliar" in text


def test_json_ld_type_list_declares_an_article():
    ld = {"@context": "https://schema.org", "@type": ["NewsArticle"], "headline": "Jalan Asia Afrika Ditutup",
          "datePublished": "2025-06-09T08:00:00+07:00"}
    # a short news item in a <p>: only its declaration tells it from a home page
    short = "<p>Bandung (Kabar Nusa) - Jalan Asia Afrika ditutup lima hari mulai Senin untuk perbaikan saluran air.</p>"
    page = parse_html(article_page(f'<script type="application/ld+json">{json.dumps(ld)}</script>', short))
    assert "ditutup lima hari" in page.text
    assert page.published is not None and page.published.startswith("2025-06-09")
