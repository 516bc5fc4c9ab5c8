"""Classes of glue the splitter (telisik.pages.glue) learnt in round 9 from the sample of 7-8 June 2025 and the undated
and 2017-2024 pages (eval/glue/fresh6.tsv), on sentences written for the test: a link written without its scheme is
never cut inside, an Arabic formula written solid with "Allah" stays whole (glue_solid_formulas.txt), a brand's small
"i" that ends a frequent word ("dari") starts no brand there, the particle "pun" a writer glued to a name is cut off
(glue_name_particles.txt); and what the rules must leave whole."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a link without "https://": its path is the page's address, not words glued
        ("Daftar lewat bit.ly/DaftarAgenPenjualanTiket sekarang.", "Daftar lewat bit.ly/DaftarAgenPenjualanTiket sekarang."),
        ("Lowongan ada di loker.kerjabaru.id/LowonganMigasBaru situs lain.", "Lowongan ada di loker.kerjabaru.id/LowonganMigasBaru situs lain."),
        # ... while a small-letter word glued after its path is cut off
        ("Cek di loker.kerjabaru.id/migasdan kanal resmi.", "Cek di loker.kerjabaru.id/migas dan kanal resmi."),
        # an outlet's photo credit, its domain capitalised, is no link: the caption glued to its name is cut off
        ("KOMPAS.com/ADITYOHarley-Davidson Nightster Special", "KOMPAS.com/ADITYO Harley-Davidson Nightster Special"),
        ("KOMPAS.com/GilangChery Tiggo 7 PHEV", "KOMPAS.com/Gilang Chery Tiggo 7 PHEV"),
        # ... but a word glued before the link's bracket is still cut off
        ("Warga berkumpul di alun-alun.(Tribunsumsel.com/Rudi Hartono)", "Warga berkumpul di alun-alun. (Tribunsumsel.com/Rudi Hartono)"),
        # an Arabic formula written solid, in any spelling, is one word
        ("Ia berkata, insyaAllah tahun depan berangkat.", "Ia berkata, insyaAllah tahun depan berangkat."),
        ('"MasyaaAllah," ujarnya.', '"MasyaaAllah," ujarnya.'),
        # ... a word glued before "Allah" is not a formula
        ("Ia mengajak umatAllah berdoa.", "Ia mengajak umat Allah berdoa."),
        # the "i" that ends "dari" is no brand's first letter
        ("Kabar itu dikutip dariPhoneArena, Senin.", "Kabar itu dikutip dari PhoneArena, Senin."),
        ("Foto itu diambil keiPhone miliknya.", "Foto itu diambil ke iPhone miliknya."),
        # a brand of 2025 written solid, as its maker writes it
        ("Jaringan XLSmart meluas ke Papua.", "Jaringan XLSmart meluas ke Papua."),
        ("Rute baru TransJ: Blok M - Kota.", "Rute baru TransJ: Blok M - Kota."),
        # "pun" a writer glued to a name
        ("Saat itu Komdigipun belum menjawab.", "Saat itu Komdigi pun belum menjawab."),
        ("Penyanyi Bernadyapun hadir di panggung.", "Penyanyi Bernadya pun hadir di panggung."),
        # ... the conjunctions written solid stay whole
        ("Meskipun hujan, Walaupun lelah, Adapun jadwalnya tetap.", "Meskipun hujan, Walaupun lelah, Adapun jadwalnya tetap."),
        ("Kendatipun hujan, laga tetap digelar.", "Kendatipun hujan, laga tetap digelar."),
        # ... and a name glued to "maupun" loses no "mau" to the name
        ("Lawan terberat adalah Rojamaupun Jerman.", "Lawan terberat adalah Roja maupun Jerman."),
    ],
)
def test_round9_classes(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired
