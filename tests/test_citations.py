"""Cited media on sentences written in the style of Indonesian news copy."""

from __future__ import annotations

import pytest
import spacy

from telisik.nlp.citations import find_citations, source_line_citations


def sources(text: str) -> list[str]:
    found = find_citations(text)
    for c in found:
        d = c.to_dict(text)
        assert text[d["start"] : d["end"]] == d["text"]  # offsets are into the body
    return [c.source for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim kemungkinan akan naik kereta lapis baja ke Vladivostok, lapor The New York Times.", ["The New York Times"]),
        ("Harga minyak mentah naik dua persen pada Senin, melansir Reuters.", ["Reuters"]),
        ("Namun, dikutip melalui Reuters, Kementerian Unifikasi mengaku tidak memiliki informasi.", ["Reuters"]),
        ("Seperti dikutip dari Al Jazeera, serangan itu menewaskan sedikitnya 20 orang.", ["Al Jazeera"]),
        ("Pemerintah Jepang, seperti mengutip laporan Kyodo, akan menambah anggaran pertahanan.", ["Kyodo"]),
        ("Kremlin akan membalasnya dengan teknologi satelit, kata para pejabat kepada New York Times.", ["The New York Times"]),
        ("Menurut YTN, rombongan itu menaiki kereta khusus ke perbatasan.", ["YTN"]),
        ("Kabar itu dikonfirmasi oleh kantor berita Korea Utara, KCNA, pada Senin.", ["KCNA"]),
        ("Kim berangkat dari Pyongyang, menurut Kantor Berita Pusat Korea Utara (KCNA), yang dikelola pemerintah.", ["KCNA"]),
        ("Melansir dari kantor berita Rusia, Interfax, rombongan itu sudah tiba.", ["Interfax"]),
        (
            "Para pengamat, yang diliput melalui badan-badan berita internasional seperti Reuters dan CNN, menilai kunjungan itu penting.",
            ["Reuters", "CNN"],
        ),
        ("Sejumlah warga dilaporkan mengungsi, sebagaimana dilansir Associated Press.", ["AP"]),
        ("Bank sentral menahan suku bunga, seperti diberitakan Bloomberg News.", ["Bloomberg"]),
        ("Interfax juga melaporkan bahwa pesawat itu mendarat di Moskow.", ["Interfax"]),
    ],
)
def test_citation_forms(text, expected):
    assert sources(text) == expected


def test_chain_names_both_organisations():
    text = (
        "Pertemuan itu akan digelar di Vladivostok, melansir The National News dari The New York Times "
        "seperti mengutip sumber-sumber Amerika Serikat dan sekutu."
    )
    found = find_citations(text)
    assert [c.source for c in found] == ["The National News", "The New York Times"]
    assert found[1].to_dict(text)["text"] == "melansir The National News dari The New York Times"


def test_unknown_organisation_after_a_strong_cue():
    assert sources("Kapal itu tenggelam di lepas pantai Kreta, melansir Kathimerini.") == ["Kathimerini"]


@pytest.mark.parametrize(
    "text",
    [
        "Foto: AFP/Ed Jones",  # a photo credit left in the body
        "Presiden Joko Widodo berfoto bersama para menteri. (ANTARA FOTO/Sigid Kurniawan)",
        "CNN dilarang meliput konferensi pers di Gedung Putih.",  # a media organisation in the news, not a source
        "Menurut data BPS, inflasi Juni mencapai 2,5 persen.",
        "Korea Utara dapat memberikan lebih banyak senjata kepada Rusia.",
        "Harga emas naik, dikutip Jumat (20/6/2025).",  # a date, not a source
        "Dikutip dari Kementerian Luar Negeri, 12 WNI sudah dievakuasi.",  # a ministry, not media
        "Ia mengutip pernyataan Presiden Prabowo Subianto dalam sidang kabinet.",
    ],
)
def test_not_citations(text):
    assert sources(text) == []


def test_case_matters_for_short_agency_names():
    # "ap" and "afp" in running text are not the agencies
    assert sources("Menurut ap yang beredar, dana itu cair pekan depan.") == []


def test_source_line_removed_by_the_cleaner():
    assert [c["source"] for c in source_line_citations(["12 September 2023", "kp/rs (AP, AFP, Reuters)"])] == ["AP", "AFP", "Reuters"]
    assert source_line_citations(["Baca juga: Reuters (AP) rilis data"]) == []


def test_component_sets_doc_citations():
    from telisik.nlp import citations  # noqa: F401 - registers the factory

    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_citations")
    doc = nlp("Gempa mengguncang Taiwan timur, lapor Kyodo. Foto: Reuters/Ann Wang")
    assert doc._.citations == [{"source": "Kyodo", "text": "lapor Kyodo", "start": 32, "end": 43}]
