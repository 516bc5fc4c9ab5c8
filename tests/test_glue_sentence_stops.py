"""A sentence's full stop glued to the next sentence (telisik.pages.glue, round 10 of issue 15): before capitals
after a capitalised word, a list's number, a year, a bracket or a long small-letter word ("Utara.|BBC", "1.|PT",
"2025.|BLT"), and before a capitalised word after any capitalised word ("Pusat.|Onyo"); and the dotted forms that
stay whole: titles' abbreviations, sites' and files' endings, codes."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # capitals after a capitalised word: a heading's "BACA JUGA", an acronym starting the next sentence
        ("Warga mengungsi ke Sulawesi Utara.BBC melaporkan banjir.", "Warga mengungsi ke Sulawesi Utara. BBC melaporkan banjir."),
        ("Peramban itu diberi nama Kometa.BACA JUGA berita lain.", "Peramban itu diberi nama Kometa. BACA JUGA berita lain."),
        # ... after a list's number or a year
        ("Saham terlaris:\n1.PT Bank Sejahtera Tbk\n2.PT Tambang Raya Tbk", "Saham terlaris:\n1. PT Bank Sejahtera Tbk\n2. PT Tambang Raya Tbk"),
        ("Bantuan cair Juni 2025.BLT diberikan bertahap.", "Bantuan cair Juni 2025. BLT diberikan bertahap."),
        # ... after a bracket, and after a long small-letter word however rare
        ("Ia hadir di forum (Amerika Serikat).BRICS menolak.", "Ia hadir di forum (Amerika Serikat). BRICS menolak."),
        ("Wahana itu meneliti magnetosfer.NASA belum berkomentar.", "Wahana itu meneliti magnetosfer. NASA belum berkomentar."),
        # a capitalised word after any capitalised word, known or not
        ("Ia tiba di Jakarta Pusat.Onyo lalu menyapa warga.", "Ia tiba di Jakarta Pusat. Onyo lalu menyapa warga."),
        ("Rombongan berangkat dari Warsawa.Menyusuri sungai, mereka tiba.", "Rombongan berangkat dari Warsawa. Menyusuri sungai, mereka tiba."),
    ],
)
def test_sentence_stop_glue_is_split(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "clean",
    [
        "Dokter itu bergelar Sp.PD dan M.Kes, lulusan kampus negeri.",  # a title's short abbreviations
        "Ia dokter Sp.OT.Subsp.PL(K) di rumah sakit daerah.",  # a chain of abbreviations with a grade
        "Kabar itu dikutip dari Katalis.AI dan dibagikan ulang.",  # a site's ending
        "Unduh berkas laporan.PDF di laman resmi.",  # a file's ending
        "Putar rekaman Wawancara.MP4 dari tautan itu.",  # a file's ending with a number in it
        "Unduh berkas lagu.MP3 di laman resmi.",  # ... after a small-letter word too
        "Nomor surat IMI-568.GR.01.01 tertera di atas.",  # a code that goes on after another full stop
        "Ia menonton siaran Kompas.TV semalam.",  # an outlet's site
        "Berita itu dari U.Today, situs kripto.",  # an initial before a site's word
    ],
)
def test_dotted_forms_stay_whole(splitter: GlueSplitter, clean: str) -> None:
    assert splitter.split(clean) == clean
