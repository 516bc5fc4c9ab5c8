"""Three articles as news-watch exports them (``newswatch -k ... -of csv|json``): its columns, its values.

Two outlets report one flood in Bekasi (one story); a third article, on tax revenue,
cites Antara. ``publish_date`` is news-watch's "YYYY-MM-DD HH:MM:SS", the outlet's own
clock (WIB); ``source`` is the scraper's name of the outlet.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

COLUMNS = ["title", "publish_date", "author", "content", "keyword", "category", "source", "link"]

ROWS = [
    {
        "title": "Banjir Rendam Ribuan Rumah di Bekasi, Warga Mengungsi",
        "publish_date": "2025-03-04 10:15:00",
        "author": "Rizky Adha Mahendra",
        "content": (
            "Bekasi - Banjir merendam ribuan rumah di sejumlah perumahan di Kota Bekasi, Jawa Barat, pada Selasa (4/3/2025). "
            "Ketinggian air mencapai dua meter di Perumahan Pondok Gede Permai.\n\n"
            "Wali Kota Bekasi Tri Adhianto mengatakan pemerintah kota telah membuka 20 posko pengungsian. "
            '"Kami minta warga segera mengungsi ke tempat yang lebih aman," kata Tri kepada wartawan di Bekasi, Selasa.\n\n'
            "Kepala Pelaksana BPBD Kota Bekasi, Idham Kholik, menyebut luapan Kali Bekasi menjadi penyebab utama banjir. "
            "Menurut dia, hujan deras sejak Senin malam membuat debit air naik drastis.\n\n"
            "Sebanyak 1.500 warga dievakuasi oleh tim SAR gabungan hingga Selasa siang."
        ),
        "keyword": "banjir",
        "category": "Berita",
        "source": "detik",
        "link": "https://news.detik.com/berita/d-7810001/banjir-rendam-ribuan-rumah-di-bekasi-warga-mengungsi",
    },
    {
        "title": 'Idham Kholik: "Debit Kali Bekasi Naik", 1.500 Warga Dievakuasi; Dapur Umum Disiapkan',
        "publish_date": "2025-03-04 14:30:00",
        "author": "Firda Janati",
        "content": (
            "BEKASI, KOMPAS.com - Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi mencatat 1.500 warga dievakuasi "
            "akibat banjir yang melanda sejumlah wilayah pada Selasa (4/3/2025).\n\n"
            "Kepala Pelaksana BPBD Kota Bekasi Idham Kholik mengatakan luapan Kali Bekasi merendam tujuh kecamatan. "
            '"Debit Kali Bekasi naik hingga delapan meter sejak dini hari," ujar Idham saat dikonfirmasi, Selasa.\n\n'
            "Wali Kota Bekasi Tri Adhianto meninjau lokasi pengungsian di Perumahan Pondok Gede Permai. "
            "Tri mengatakan pemerintah kota menyiapkan dapur umum bagi warga yang mengungsi.\n\n"
            "Menurut Tri, bantuan logistik dari Pemerintah Provinsi Jawa Barat tiba pada Selasa sore."
        ),
        "keyword": "banjir",
        "category": "Megapolitan",
        "source": "kompas",
        "link": "https://megapolitan.kompas.com/read/2025/03/04/14300001/bpbd-1500-warga-bekasi-dievakuasi",
    },
    {
        "title": "Sri Mulyani Sebut Penerimaan Pajak Februari Turun karena Restitusi",
        "publish_date": "2025-03-05 09:00:00",
        "author": "Ilona Estherina",
        "content": (
            "Jakarta - Menteri Keuangan Sri Mulyani Indrawati mengatakan penerimaan pajak pada Februari 2025 turun dibandingkan "
            "periode yang sama tahun lalu. Hal itu disampaikan Sri Mulyani dalam konferensi pers APBN Kita di Jakarta, "
            "Rabu (5/3/2025).\n\n"
            '"Penurunan ini terutama karena restitusi pajak yang meningkat," kata Sri Mulyani.\n\n'
            "Direktur Jenderal Pajak Suryo Utomo menyatakan pemerintah akan memperkuat pengawasan terhadap wajib pajak besar. "
            "Ia menambahkan, sistem Coretax akan terus diperbaiki, seperti dikutip dari Antara."
        ),
        "keyword": "pajak",
        "category": "Ekonomi",
        "source": "tempo",
        "link": "https://www.tempo.co/ekonomi/sri-mulyani-sebut-penerimaan-pajak-februari-turun-1190001",
    },
]


def write_csv(path: Path, rows: list[dict[str, str]] = ROWS) -> Path:
    """The rows as news-watch's ``-of csv`` writes them (pandas ``to_csv``: a header, RFC 4180 quoting)."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_native_jsonl(path: Path, rows: list[dict[str, str]] = ROWS) -> Path:
    """The same articles in telisik's own JSON Lines fields (text, title, published, authors, outlet, url)."""
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            record = {
                "title": row["title"],
                "text": row["content"],
                "published": row["publish_date"].replace(" ", "T") + "+07:00",
                "authors": [row["author"]],
                "outlet": row["source"],
                "url": row["link"],
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
