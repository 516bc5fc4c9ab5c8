"""Short Indonesian news articles written for the store tests: three stories across outlets and days.

- a flood in a (fictional) regency, reported by three outlets over two days;
- a regent arrested by the KPK, reported by three outlets;
- a football match, one outlet;
- a hostile page whose title and body carry markup, SQL and a path.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import sqlalchemy as sa

from telisik.store.repository import database_url

FLOOD = [
    {
        "id": "banjir-kompas-1",
        "url": "https://regional.kompas.com/read/2024/03/04/banjir-lembah-hijau",
        "outlet": "Kompas",
        "title": "Banjir Bandang Terjang Lembah Hijau, 3.412 Warga Mengungsi",
        "published": "2024-03-04T09:15:00+07:00",
        "author": "Dian Pratiwi",
        "text": (
            "LEMBAH HIJAU, KOMPAS.com - Banjir bandang melanda Kecamatan Muara Teluk, Kabupaten Lembah Hijau, "
            "pada Senin (4/3/2024) dini hari.\n\n"
            "Sebanyak 3.412 warga mengungsi ke balai desa dan masjid setelah Sungai Cikarang meluap.\n\n"
            '"Ada 12 desa yang terendam, ketinggian air mencapai dua meter," kata Kepala BPBD Lembah Hijau, Suryani, '
            "di posko pengungsian.\n\n"
            "Petugas gabungan mendirikan dapur umum dan posko kesehatan di lokasi pengungsian."
        ),
    },
    {
        "id": "banjir-detik-1",
        "url": "https://news.detik.com/berita/d-7230001/ribuan-warga-lembah-hijau-mengungsi",
        "outlet": "Detik",
        "title": "Ribuan Warga Lembah Hijau Mengungsi karena Banjir Bandang",
        "published": "2024-03-04T13:40:00+07:00",
        "text": (
            "Ribuan warga Muara Teluk di Kabupaten Lembah Hijau mengungsi akibat banjir bandang yang merendam 12 desa "
            "sejak Senin (4/3) dini hari.\n\n"
            "BPBD Lembah Hijau mencatat 3.100 warga mengungsi, sementara dua orang dilaporkan hilang terseret arus "
            "Sungai Cikarang.\n\n"
            '"Kami minta warga di bantaran sungai tetap waspada karena hujan deras diperkirakan berlanjut," ujar Suryani.'
        ),
    },
    {
        "id": "banjir-tribun-2",
        "url": "https://www.tribunnews.com/regional/2024/03/05/banjir-lembah-hijau-surut",
        "outlet": "Tribunnews",
        "title": "Banjir di Lembah Hijau Mulai Surut, Dua Warga Masih Dicari",
        "published": "2024-03-05T08:00:00+07:00",
        "text": (
            "Banjir yang merendam 12 desa di Kecamatan Muara Teluk, Kabupaten Lembah Hijau, mulai surut pada Selasa (5/3/2024).\n\n"
            "Tim SAR gabungan masih mencari dua warga yang hilang terseret arus Sungai Cikarang.\n\n"
            "Bupati Lembah Hijau, Hendra Wijaya, mengunjungi posko pengungsian di Muara Teluk dan menyalurkan bantuan logistik.\n\n"
            "Menurut Suryani, sebanyak 3.412 warga masih bertahan di pengungsian."
        ),
    },
]

ARREST = [
    {
        "id": "kpk-antara-1",
        "url": "https://www.antaranews.com/berita/4000001/kpk-tangkap-bupati-sungai-rawa",
        "outlet": "Antara",
        "title": "KPK Tangkap Bupati Sungai Rawa dalam Operasi Tangkap Tangan",
        "published": "2024-03-06T10:00:00+07:00",
        "text": (
            "Komisi Pemberantasan Korupsi (KPK) menangkap Bupati Sungai Rawa, Darmawan Saputra, dalam operasi tangkap tangan "
            "pada Rabu (6/3/2024) pagi.\n\n"
            "Juru bicara KPK, Ali Fikri, mengatakan penyidik menyita uang tunai Rp 1,2 miliar yang diduga suap proyek jalan.\n\n"
            '"Ada tujuh orang yang diamankan, termasuk bupati dan kepala dinas PUPR," kata Ali Fikri di Gedung Merah Putih KPK, Jakarta.'
        ),
    },
    {
        "id": "kpk-cnn-1",
        "url": "https://www.cnnindonesia.com/nasional/20240306/kpk-ott-bupati-sungai-rawa",
        "outlet": "CNN Indonesia",
        "title": "OTT KPK di Sungai Rawa, Bupati Darmawan Saputra Ikut Diamankan",
        "published": "2024-03-06T14:20:00+07:00",
        "text": (
            "Bupati Sungai Rawa Darmawan Saputra terjaring operasi tangkap tangan KPK, Rabu (6/3).\n\n"
            "KPK menyita uang Rp 1,5 miliar yang diduga berkaitan dengan suap proyek jalan di Kabupaten Sungai Rawa.\n\n"
            "Ali Fikri menyebut tujuh orang dibawa ke Gedung Merah Putih KPK di Jakarta untuk diperiksa."
        ),
    },
    {
        "id": "kpk-kompas-2",
        "url": "https://nasional.kompas.com/read/2024/03/07/kpk-tetapkan-bupati-sungai-rawa-tersangka",
        "outlet": "Kompas",
        "title": "KPK Tetapkan Bupati Sungai Rawa Darmawan Saputra Tersangka Suap",
        "published": "2024-03-07T11:00:00+07:00",
        "text": (
            "KPK menetapkan Bupati Sungai Rawa, Darmawan Saputra, sebagai tersangka kasus suap proyek jalan pada Kamis (7/3/2024).\n\n"
            "Darmawan ditahan selama 20 hari pertama di Rumah Tahanan KPK.\n\n"
            '"Tersangka diduga menerima suap dari kontraktor proyek jalan," kata Ali Fikri.'
        ),
    },
]

MATCH = [
    {
        "id": "bola-detik-1",
        "url": "https://sport.detik.com/sepakbola/liga-indonesia/d-7230555/persib-kalahkan-persebaya",
        "outlet": "Detik",
        "title": "Persib Kalahkan Persebaya 2-1 di Bandung",
        "published": "2024-03-05T21:30:00+07:00",
        "text": (
            "Persib Bandung menang 2-1 atas Persebaya Surabaya dalam lanjutan Liga 1 di Stadion Gelora Bandung Lautan Api, "
            "Selasa (5/3/2024) malam.\n\n"
            "Gol kemenangan Persib dicetak David da Silva pada menit ke-88 lewat sundulan kepala.\n\n"
            "Pelatih Persib Bojan Hodak memuji mental pemainnya yang terus menekan hingga akhir laga."
        ),
    },
]

HOSTILE = {
    "id": "hostile-1",
    "url": "javascript:alert(1)",
    "outlet": "Kabar <b>Palsu</b>",
    "title": "<script>alert('judul')</script> Warga \"onmouseover=\"alert(1) Protes '; DROP TABLE articles; --",
    "published": "2024-03-06T08:00:00+07:00",
    "text": (
        "Warga Desa Sukamaju menggelar protes di depan kantor desa pada Rabu (6/3/2024) terkait ../../etc/passwd "
        "dan <script>alert('isi')</script> yang tertulis di spanduk.\n\n"
        "Kepala desa, Budi Santoso, mengatakan tuntutan warga '; DROP TABLE stories; -- akan dibahas pekan depan.\n\n"
        '<img src=x onerror="alert(2)"> Protes berlangsung damai hingga sore hari.'
    ),
}

ALL = FLOOD + ARREST + MATCH


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


PG_URL = os.environ.get("TELISIK_TEST_PG_URL")


def pg_database() -> tuple[str, callable]:
    """A new empty PostgreSQL database on the test server, and a function that drops it."""
    admin = sa.create_engine(database_url(PG_URL), isolation_level="AUTOCOMMIT")
    name = "telisik_" + uuid.uuid4().hex[:12]
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + "/" + name

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop
