"""Subheadings glued into their paragraph, and invisible marks, in the repair stage (pages.repair)
and text normalisation (telisik.text): a heading goes to its own line, a sentence opening on a
name stays whole, and no invisible mark reaches the body, its title or a repair's offset."""

from __future__ import annotations

import pytest

from telisik.pages.assemble import prepare_article
from telisik.pages.repair import repair
from telisik.records import Article, RawDocument
from telisik.text import normalise, without_invisible

LEAD = (
    "JAKARTA - Pemerintah kota menyiapkan sejumlah langkah untuk menekan kemacetan di pusat kota menjelang libur panjang akhir pekan ini."
)


@pytest.mark.parametrize(
    ("scraped", "lines"),
    [
        (
            "Jalan protokol akan ditutup sejak pagi.Rekayasa Lalu Lintas di Pusat KotaPetugas akan mengalihkan kendaraan ke jalan lingkar.",
            [
                "Jalan protokol akan ditutup sejak pagi.",
                "Rekayasa Lalu Lintas di Pusat Kota",
                "Petugas akan mengalihkan kendaraan ke jalan lingkar.",
            ],
        ),
        (
            "Nilai itu harus dijaga sejak awal.3. Hadir di Setiap KelasSetiap dosen mencatat kehadiran mahasiswanya.",
            ["Nilai itu harus dijaga sejak awal.", "3. Hadir di Setiap Kelas", "Setiap dosen mencatat kehadiran mahasiswanya."],
        ),
    ],
)
def test_a_subheading_glued_into_its_paragraph_goes_to_its_own_line(scraped, lines):
    repaired = repair(scraped)
    assert repaired.text.split("\n") == lines
    for r in repaired.repairs:
        assert repaired.text[r.at : r.at + len(r.replacement)] == r.replacement, r


@pytest.mark.parametrize(
    "scraped",
    [
        # a sentence opening on a name, a name's parts glued: no heading
        "Rapat itu selesai sore hari.Menteri Keuangan Sri MulyaniIndrawati menyampaikan hasilnya kepada wartawan.",
        # a capitalised run glued onto more capitalised words: a name, not a sentence's opening
        "Kawasan itu dilindungi.Taman Nasional Gunung LeuserKawasan Konservasi Aceh Selatan.",
        # a clause with a comma is running text
        "Hujan turun deras.Di Jakarta, Bogor dan DepokBanjir merendam ratusan rumah warga.",
    ],
)
def test_running_text_and_names_glued_together_are_no_heading(scraped):
    assert "\n" not in repair(scraped).text


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff"])
def test_invisible_marks_are_dropped_by_normalisation(mark):
    assert normalise(f"{mark}Kegiatan  ini{mark} berlangsung") == "Kegiatan ini berlangsung"
    assert without_invisible(f"1.{mark} {mark}PT Aneka") == "1. PT Aneka"


def test_a_page_with_left_to_right_marks_gives_a_clean_body_title_and_repairs():
    text = (
        f"{LEAD}\n\u200e\n\u200eWali kota meninjau\nsimpang lima bersama petugas pada Senin (2/6/2025).\n"
        "\u200e\n\u200e“Kami ingin warga tetap nyaman berlibur,” ujarnya."
    )
    given = {"title": "Pemkot Siapkan Rekayasa Lalu Lintas \u200e"}
    article = prepare_article(RawDocument("x.txt", "text", text, given=given), max_chars=100_000)
    assert isinstance(article, Article)
    assert without_invisible(article.body) == article.body and article.title == "Pemkot Siapkan Rekayasa Lalu Lintas"
    assert "\nWali kota meninjau simpang lima" in article.body and "\n“Kami ingin" in article.body
    placed = [r for r in article.repairs if r.body_at is not None]
    assert placed
    for r in placed:
        assert article.body[r.body_at : r.body_at + len(r.replacement)] == r.replacement
