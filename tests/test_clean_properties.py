"""Whatever the page, the cleaner loses no text and never fails."""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from telisik.pages.clean import RULES, SETTLING_REMOVALS, clean_blocks, split_blocks

RULE_NAMES = {rule.name for rule in RULES} | SETTLING_REMOVALS

# Lines of the kinds real pages mix: article text, chrome, bylines, credits, datelines.
LINES = [
    "TRIBUNNEWS.COM - Harga beras naik menjelang Lebaran di sejumlah pasar tradisional Jakarta.",
    "JAKARTA - Pemerintah menyiapkan operasi pasar untuk menekan harga bahan pokok pekan depan.",
    "Baca juga: Pemerintah Siapkan Operasi Pasar Jelang Lebaran",
    "Berita Rekomendasi",
    "Penulis: Siti Rahmawati",
    "Editor: Agus Salimudin | Penulis: Redaksi",
    "(Tribunnews.com/Siti Rahmawati)",
    "kp/rs (AP, AFP, Reuters)",
    "© 2025 TRIBUNnews.com,a subsidiary of KG Media. All Right Reserved",
    "Alexey NIKOLSKY / SPUTNIK / AFP",
    "IST",
    "12 September 2023",
    "9/11/20231 min read",
    "https://p.dw.com/p/4WDgl",
    "Harga Cabai Rawit Tembus Rp 90 Ribu per Kilogram",
    '"Pasokan yang masuk hanya separuh dari biasanya," kata Budi.',
    "“Ukuran bahu adalah patokan utama,” tambahnya",
    "1. Pilih Gamis yang Tidak Terlalu Besar",
    "Suasana pasar saat pedagang membongkar muatan. ANTARA FOTO/Aditya Pradana",
    "Kim melakukan perjalanan dari PyongyangFoto: KCNA/AP/picture alliance",
    "Menteri Pertahanan Korea Selatan, dalam wawancara, menyatakan bahwa Seoul telah mengidentifikasi setidaknya...",
    "Dapatkan Berita Pilihan",
    "Atas",
    "-",
    "Polisi menangkap puluhan orang.Baca Juga: Wali Kota Minta Warga Tetap di Rumah Kerusuhan pecah di kota tersebut setelah "
    "puluhan ribu demonstran turun ke jalan dan membakar sejumlah kendaraan di pusat kota pada Sabtu malam waktu setempat "
    "menurut laporan media lokal yang dikutip kantor berita.",
]

lines = st.one_of(st.sampled_from(LINES), st.text(min_size=0, max_size=80))


def tokens(texts: list[str]) -> Counter[str]:
    return Counter(t for text in texts for t in re.findall(r"\w+", text))


@settings(max_examples=300, deadline=None)
@given(st.lists(lines, min_size=0, max_size=25), st.one_of(st.none(), st.sampled_from(LINES[:1] + LINES[14:15])))
def test_every_word_lands_somewhere(page_lines, title):
    blocks = split_blocks("\n".join(page_lines))
    page = clean_blocks(blocks, title=title)
    out = page.paragraphs + page.captions + page.removed + ([page.standfirst] if page.standfirst else [])
    if title is None and page.title:
        out.append(page.title)
    assert tokens(out) == tokens(blocks)
    assert len(page.removed_by) == len(page.removed) and set(page.removed_by) <= RULE_NAMES
