"""Cited media on sentences written in the style of Indonesian news copy."""

from __future__ import annotations

import pytest
import spacy

from telisik.nlp.citations import CitationFinder, CitationLexicon, find_citations, source_line_records
from telisik.records.quotes import Citation

LEXICON = CitationFinder(spacy.blank("id")).lexicon


def sources(text: str) -> list[str]:
    found = find_citations(text, LEXICON)
    for c in found:
        d = c.record(text)
        assert text[d.start : d.end] == d.text  # offsets are into the body
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
    found = find_citations(text, LEXICON)
    assert [c.source for c in found] == ["The National News", "The New York Times"]
    assert found[1].record(text).text == "melansir The National News dari The New York Times"


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
    assert [c.source for c in source_line_records(["12 September 2023", "kp/rs (AP, AFP, Reuters)"])] == ["AP", "AFP", "Reuters"]
    assert source_line_records(["Baca juga: Reuters (AP) rilis data"]) == []


def test_component_sets_doc_citations():
    from telisik.nlp import citations  # noqa: F401 - registers the factory

    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_citations")
    doc = nlp("Gempa mengguncang Taiwan timur, lapor Kyodo. Foto: Reuters/Ann Wang")
    assert doc._.citations == [Citation(source="Kyodo", text="lapor Kyodo", start=32, end=43)]


def test_component_marks_the_citations_as_spans_labelled_with_the_source():
    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_citations")
    doc = nlp("Harga minyak naik dua persen pada Senin, melansir Reuters dan CNN.")
    assert [(s.text, s.label_) for s in doc.spans["citations"]] == [("melansir Reuters", "Reuters"), ("melansir Reuters dan CNN", "CNN")]
    assert [(c.name_start, c.cue_start, c.known) for c in doc._.cited_names] == [(50, 41, True), (62, 41, True)]


def test_source_line_lists_joined_by_dan():
    assert [c.source for c in source_line_records(["ae/hp (AP dan AFP)"])] == ["AP", "AFP"]


def test_strong_gap_is_a_setting():
    # a name the list does not know, two spaces after the cue
    text = "Kapal itu tenggelam di lepas pantai Kreta, melansir  Proto Thema."
    assert sources(text) == []
    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_citations", config={"strong_gap_chars": 2})
    assert [c.source for c in nlp(text)._.citations] == ["Proto Thema"]


def test_saved_finder_keeps_its_lexicon_and_settings(tmp_path):
    nlp = spacy.blank("id")
    saved = nlp.add_pipe("telisik_citations", config={"strong_gap_chars": 2})
    saved.to_disk(tmp_path / "citations")
    # files that do not exist: what the restored finder knows comes from the saved data alone
    restored = CitationFinder(nlp, media="tidak-ada.tsv", cues="tidak-ada.tsv").from_disk(tmp_path / "citations")
    assert isinstance(restored.lexicon, CitationLexicon) and restored.strong_gap_chars == 2
    doc = restored(nlp.make_doc("Gempa mengguncang Taiwan timur, lapor Kyodo. Kapal tenggelam, melansir  Kathimerini."))
    assert [c.source for c in doc._.citations] == ["Kyodo", "Kathimerini"]


def test_finder_round_trips_through_bytes():
    nlp = spacy.blank("id")
    data = CitationFinder(nlp, strong_gap_chars=2).to_bytes()
    restored = CitationFinder(nlp, media="tidak-ada.tsv").from_bytes(data)
    assert [c.source for c in restored(nlp.make_doc("Kapal tenggelam, melansir  Kathimerini."))._.citations] == ["Kathimerini"]


def test_a_removed_source_line_citation_reads_back_with_its_place():
    written = source_line_records(["kp/rs (AP, AFP)"])[0].to_dict()
    cit = Citation.from_dict(written)
    assert (cit.source, cit.start, cit.in_) == ("AP", None, "removed")
    assert cit.to_dict() == written and list(cit.to_dict()) == ["source", "text", "start", "end", "in"]
    assert "in" not in Citation("Kyodo", "lapor Kyodo", 32, 43).to_dict()


def test_source_line_records_say_where_they_were_read():
    [ap, afp] = source_line_records(["", "kp/rs (AP, AFP)"])
    assert (ap.source, afp.source, ap.in_, ap.start) == ("AP", "AFP", "removed", None)
    assert source_line_records(["Baca juga: Reuters (AP) rilis data"]) == []


# ------------------------------------------------------------------ the world list of news organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency given by its acronym after a description the list does not hold
        ('"Tragedi yang mengerikan," ujar Wali Kota Graz, seperti dikutip Kantor Berita Austria (APA).', ["APA"]),
        ("Direktur polisi itu mengatakan kepada penyiar negara ORF bahwa pelaku bertindak sendiri.", ["ORF"]),
        ("Laporan Malay Mail menyebut bus itu membawa mahasiswa dari Terengganu.", ["Malay Mail"]),
        ("Mahasiswi itu selamat karena pulang lebih awal, Berita Harian melaporkan.", ["Berita Harian"]),
        ("Laporan surat kabar terkemuka Austria, Kronen Zeitung, menyebut pelaku ditemukan tewas.", ["Kronen Zeitung"]),
        ("Menurut laporan Bernama, dua korban meninggal di rumah sakit.", ["Bernama"]),
        ("Harga bitcoin naik tajam pekan ini, melansir Cointelegraph.", ["Cointelegraph"]),
    ],
)
def test_news_organisations_of_the_world_list(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"Kami siap bekerja," kata Presiden, dikutip dari YouTube Sekretariat Presiden, Senin (9/6/2025).',
        '"Terima kasih atas doanya," tulis artis itu dikutip dari Instagram @penyanyi_kita, Selasa (10/6/2025).',
        "Tersangka itu tidak ditahan namun Wajib Lapor Usai Operasi di rumah sakit.",
        "Kontrak pemain itu diperpanjang, menurut Athletic Bilbao dalam rilisnya.",
    ],
)
def test_platforms_press_offices_and_lookalikes_are_not_news_organisations(text):
    assert sources(text) == []


def test_a_form_written_with_its_article_needs_it():
    assert sources("Klub itu sepakat menjual sang pemain, melansir The Athletic.") == ["The Athletic"]
    assert sources("Harga tiket naik, menurut Athletic Bilbao.") == []


def test_an_outlet_citing_itself_is_its_own_reporting_not_a_source(analyzer):
    from telisik.records import RawDocument

    body = (
        "JAKARTA, KOMPAS.com - Banjir merendam ratusan rumah di Bekasi pada Senin (9/6/2025).\n\n"
        "\"Air mulai naik sejak subuh,\" kata Lurah Bekasi Jaya, Andi Saputra, kepada Kompas.com.\n\n"
        "Seperti dilansir Reuters, hujan deras masih akan turun hingga akhir pekan."
    )
    doc = RawDocument(source="banjir.txt", kind="text", content=body, given={"outlet": "Kompas", "title": "Banjir Bekasi"})
    article = analyzer.process(doc)
    assert [c.source for c in article.citations] == ["Reuters"]


def test_media_names_match_the_longest_form_that_ends_at_a_word_end():
    from telisik.nlp.citations import MediaNames

    media = MediaNames({"Kompas": "Kompas", "Kompas TV": "Kompas TV", "The Athletic": "The Athletic", "Guardian": "The Guardian"})
    text = "Siaran Kompas TV, lalu Kompas TVRI-nya, kata the Guardian; The Athletic dan Athletic Bilbao; Guardians."
    found = [(m["name"], text[m.start() : m.end()]) for m in media.regex.finditer(text)]
    assert found == [
        ("Kompas TV", "Kompas TV"),
        ("Kompas", "Kompas"),  # "Kompas TVRI" is not Kompas TV: the shorter form is the one that ends at a word end
        ("the Guardian", "the Guardian"),
        ("The Athletic", "The Athletic"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # older sports copy cites with "disadur"
        ("Kota itu akan menambah armada bus selama turnamen, seperti disadur Kyiv Post, Jumat (3/2/2012).", ["Kyiv Post"]),
        ("Sebagaimana disadur dari Marca, sang pelatih menolak tawaran itu.", ["Marca"]),
        ("Disitat dari Carscoops, Senin (16/6), pemilik mobil itu kecewa.", ["Carscoops"]),
        ("Pelatih itu tetap optimistis, seperti dinukil dari Sportsmole.", ["Sports Mole"]),
        # sports and technology titles the lists now know, behind weak cues
        ("Dia tidak menyesal pindah klub, ujarnya kepada majalah FourFourTwo.", ["FourFourTwo"]),
        ("Mengutip FoneArena, Senin (16/6/2025), ponsel itu akan dijual bulan depan.", ["FoneArena"]),
        # a magazine named as a model's employer is not cited
        ("Sepanjang kariernya, dia pernah tampil di sampul majalah Vogue dan Elle.", []),
        # a market-data site is no news organisation
        ("Melansir Coinmarketcap, harga Bitcoin turun dua persen pagi ini.", []),
        # a sports federation's own site is no news organisation
        ("Seperti dilansir UEFA, ribuan suporter memadati alun-alun kota.", []),
        ("Jadwal itu sudah final, seperti disadur UEFA.com, Selasa (27/3/2012).", []),
    ],
)
def test_older_copy_cues_and_federations(text: str, expected: list[str]) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an institution, an authority or a firm after a strong cue is no news organisation
        ("Dilansir dari National Institute of Dental Research, Senin (9/6/2025), gigi perlu diperiksa rutin.", []),
        ("Dikutip dari Harvard University, tidur cukup menjaga daya ingat.", []),
        ("Dilansir dari Toyota Motors, mobil itu dirakit di Karawang.", []),
        ("Pajak kendaraan bisa dibayar di gerai, kata petugas dikutip Bapenda Jawa Tengah.", []),
        # a known agency's acronym in brackets after a university is the university's short form
        ("Melansir laman Universitas Pendidikan Indonesia (UPI), jurusan itu banyak peminat.", []),
        # ...but a news agency's own long name before its acronym is still the agency
        ("Rombongan tiba Senin, menurut Kantor Berita Pusat Korea Utara (KCNA), di perbatasan.", ["KCNA"]),
        # a known name that only looks like an institution word stays a source
        ("Melansir Motorsport, pebalap itu akan absen pekan depan.", ["Motorsport"]),
    ],
)
def test_institutions_and_firms_after_a_cue_are_not_news_organisations(text: str, expected: list[str]) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dilaporkan" without "oleh", right before a known name
        ("Pabrik itu menambah ekspor ke India, dilaporkan Reuters, Senin (9/6/2025).", ["Reuters"]),
        ("Seorang remaja dilaporkan BBC telah sembuh dari penyakit langka itu.", ["BBC"]),
        ("Pedagang itu dilaporkan ke Polsek Sukajadi oleh tetangganya.", []),
        # "media sosial" is no cue: CCTV here is a camera
        ('"Media sosial sekarang seperti CCTV yang ada di mana-mana," ujarnya.', []),
        # an initial's full stop ends no sentence: "U. Today" is one name
        ("Dikutip dari U. Today, Sabtu (14/6/2025), penipuan kripto makin marak.", ["U.Today"]),
        # sites written as their hosts or in lower case
        ("Mengutip News.bitcoin.com, Jumat (13/6/2025), harga Bitcoin kembali naik.", ["Bitcoin.com News"]),
        ("Dikutip dari crypto potato, Kamis (12/6/2025), bursa itu diretas.", ["CryptoPotato"]),
        ("Melansir laman Pagesix, pada 5 Juni lalu, pasangan itu berpisah.", ["Page Six"]),
        ("Mengutip Gizchina, Minggu (8/6/2025), celah keamanan itu sudah ditambal.", ["Gizchina"]),
        # a media name that is an ordinary word ends a longer name written before it
        ("Menurut laporan Xiaomi Time, ponsel itu akan berganti nama.", ["Xiaomi Time"]),
        ("Menurut laporan Time, presiden itu jatuh sakit.", ["Time"]),
    ],
)
def test_passive_reports_initials_and_site_names(text: str, expected: list[str]) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tribun's regional editions, in the forms their copy writes them, are news organisations of their own
        ("Mengutip TribunJakarta.com, ponsel itu sempat terlacak di sebuah hotel.", ["Tribun Jakarta"]),
        ("Sosok itu lahir di Ayamaru, dikutip dari Tribun Jambi, Senin (9/6/2025).", ["Tribun Jambi"]),
        ("Warga berkerumun di depan rumah itu, mengutip TribunnewsBogor.com, Senin (9/6/2025).", ["Tribunnews Bogor"]),
        # "Tribun" alone is still Tribunnews
        ("Seperti diberitakan Tribun sebelumnya, jalan itu ditutup.", ["Tribunnews"]),
    ],
)
def test_tribun_regional_editions(text: str, expected: list[str]) -> None:
    assert sources(text) == expected


def test_the_medium_of_the_dateline_is_the_page_itself_not_a_source() -> None:
    # "kepada Tribunpekanbaru.com" under the page's own dateline is its reporter, not a cited medium
    text = ("TRIBUNPEKANBARU.COM, PEKANBARU - Sampah menumpuk di pasar, ujar Lurah kepada Tribunpekanbaru.com, Senin. "
            "Mengutip Kompas.com, pengangkutan dijadwalkan ulang.")
    assert sources(text) == ["Kompas"]
    assert sources("POS-KUPANG.COM, KUPANG - Ia membantah, kata Petrus kepada POS-KUPANG.COM, Senin.") == []
    # another medium's page cites the same edition
    assert sources("TRIBUNNEWS.COM - Ia membantah, kata Petrus kepada POS-KUPANG.COM, Senin.") == ["Pos Kupang"]
