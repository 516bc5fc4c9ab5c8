"""Two outlets telling one fact, one of them with a figure or a day more: the summary keeps the fuller telling, not
both and not the vaguer one; and words news writes for one thing in other words (``summary_synonyms.txt``) are one fact."""

from __future__ import annotations

from typing import Any

from summary_selection import rated_selection, restates
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import _fact_root, fact_text, summarise


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


_VAGUE = "Pebalap Dimas Arya resmi didakwa melanggar aturan doping oleh Federasi Balap Motor Indonesia."
_FULLER = "Pebalap Dimas Arya didakwa melanggar aturan doping oleh Federasi Balap Motor Indonesia dan terancam larangan tampil empat tahun."


def _texts(articles: list[dict[str, Any]], size: int) -> list[str]:
    return [s.text for s in summarise(articles, DocumentFrequencies(), size=size)]


def test_the_fuller_twin_takes_the_place_of_the_vaguer_pick():
    texts = _texts(
        [
            _article("a", "Detik", [_VAGUE, "Sidang etik akan digelar di Jakarta pekan depan."]),
            _article("b", "Kompas", ["Manajer tim menyebut Dimas siap membuktikan dirinya bersih.", _FULLER]),
        ],
        size=3,
    )
    assert _FULLER in texts
    assert _VAGUE not in texts


def test_a_twin_giving_only_a_name_more_leaves_the_pick_in_place():
    # (another outlet's fuller style, "Federasi ... (FBMI)", is no fact more)
    fuller_name = "Pebalap Dimas Arya resmi didakwa melanggar aturan doping oleh Federasi Balap Motor Indonesia (FBMI) Jakarta."
    texts = _texts(
        [
            _article("a", "Detik", [_VAGUE, "Sidang etik akan digelar di Jakarta pekan depan."]),
            _article("b", "Kompas", ["Manajer tim menyebut Dimas siap membuktikan dirinya bersih.", fuller_name]),
        ],
        size=3,
    )
    assert _VAGUE in texts
    assert fuller_name not in texts


def test_a_twin_leaving_out_what_the_pick_says_leaves_the_pick_in_place():
    said_more = (
        "Pebalap Dimas Arya resmi didakwa melanggar aturan doping oleh Federasi Balap Motor Indonesia setelah sampel urinnya positif."
    )
    twin = "Dimas Arya didakwa oleh Federasi Balap Motor Indonesia dan terancam larangan tampil empat tahun."
    texts = _texts(
        [
            _article("a", "Detik", [said_more, "Sidang etik akan digelar di Jakarta pekan depan."]),
            _article("b", "Kompas", ["Manajer tim menyebut Dimas siap membuktikan dirinya bersih.", twin]),
        ],
        size=3,
    )
    assert said_more in texts


def test_a_twin_leaving_out_the_picks_condition_leaves_the_pick_in_place():
    # the day more does not make up for the condition the twin drops ("asal tidak ..."): it is part of the fact
    allowed = "Pemerintah Kota Bogor mengizinkan warga menggelar takbir keliling pada malam Idul Adha asal tidak mengganggu lalu lintas."
    twin = "Pemerintah Kota Bogor mengizinkan warga menggelar takbir keliling pada malam Idul Adha, Kamis (5/6/2025)."
    texts = _texts(
        [
            _article("a", "Detik", [allowed, "Sidang etik akan digelar di Jakarta pekan depan."]),
            _article("b", "Kompas", ["Manajer tim menyebut Dimas siap membuktikan dirinya bersih.", twin]),
        ],
        size=3,
    )
    assert allowed in texts
    assert twin not in texts


def test_a_glued_list_is_no_fuller_twin_of_a_one_line_pick():
    closed = "Dinas Perhubungan menutup Jalan Sudirman selama pawai budaya berlangsung."
    streets = ", ".join(f"Jalan {name}" for name in ("Thamrin", "Gatot Subroto", "Rasuna Said", "Kuningan", "Casablanca", "Fatmawati"))
    glued = (
        "Dinas Perhubungan menutup Jalan Sudirman selama pawai budaya berlangsung pada Minggu (8/6/2025) mulai pukul 06.00 WIB, "
        f"disusul {streets}, Jalan Antasari, Jalan Kemang Raya, Jalan Senopati dan Jalan Suryopranoto bagi kendaraan pribadi, "
        "angkutan umum, ojek daring serta truk barang."
    )
    texts = _texts(
        [
            _article("a", "Detik", [closed, "Sidang etik akan digelar di Jakarta pekan depan."]),
            _article("b", "Kompas", ["Manajer tim menyebut Dimas siap membuktikan dirinya bersih.", glued]),
        ],
        size=3,
    )
    assert closed in texts
    assert glued not in texts


def test_words_of_one_thing_in_other_words_are_one_fact():
    assert _fact_root("fashion") == _fact_root("fesyen")
    assert "terbakar" in fact_text("Gudang mebel dilalap si jago merah.", {})
    assert "meninggal" in fact_text("Perancang busana itu tutup usia pagi tadi.", {})
    assert "wamil" in fact_text("Dua penyanyi itu selesai menjalani wajib militer.", {})
    # "berpulang" is left out: its root is that of "pemulangan", a journey home
    assert _fact_root("pemulangan") != _fact_root("meninggal")


def test_a_fire_told_in_the_idiom_of_fire_reports_restates_the_fire():
    selection = rated_selection(
        [
            _article("a", "Detik", ["Sebuah gudang mebel di Cikarang terbakar hebat pada Senin malam."]),
            _article("b", "Kompas", ["Gudang mebel itu dilalap si jago merah hingga rata dengan tanah."]),
        ]
    )
    assert restates(selection, "dilalap si jago merah", "terbakar hebat")
