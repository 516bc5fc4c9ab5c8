"""Tribun's regional pages and the classes they showed on a fresh day (9 June 2025): date lines and
dated rows of the story's own lists, leads restating the headline, writers' credits run onto the
last paragraph, report lines, bulleted links, datelines with a bar. Fixtures are invented in the
outlets' styles."""

from __future__ import annotations

from telisik.pages.clean import clean_blocks, is_chrome, is_credit_line
from telisik.pages.dateline import dateline_of
from telisik.pages.metadata import clean_names, parse_byline, parse_report_byline

LEAD = "TRIBUNJATENG.COM, TEGAL - Pemerintah Kabupaten Tegal kembali menggelar program kunjungan ke desa pada bulan ini."
SECOND = "Program itu membuka layanan administrasi kependudukan dan konsultasi warga di balai desa setempat."


def test_date_lines_inside_the_story_are_its_own_rows() -> None:
    blocks = [
        "Senin, 9 Juni 2025 18:19 WIB",
        LEAD,
        SECOND,
        "Berikut jadwal lengkapnya:",
        "Rabu, 11 Juni 2025",
        "Kunjungan pertama digelar di balai desa dengan layanan kependudukan bagi warga setempat.",
        "Tanggal: Selasa, 17 Juni 2025",
        "b. 26 Oktober 1928",
        "Serta baru berakhir pada 23 Mei 2035.",
    ]
    page = clean_blocks(blocks, title="Jadwal Kunjungan Bupati ke Desa")
    assert page.removed == ["Senin, 9 Juni 2025 18:19 WIB"]  # the page's own stamp, above the dateline
    assert page.published is not None and page.published.iso().startswith("2025-06-09")
    assert page.paragraphs == blocks[1:]


def test_dated_rows_of_a_list_stay_and_dated_links_go() -> None:
    rows = ["-Desa Sitail, Kecamatan Jatinegara, pada Rabu (11/6/2025)", "-Desa Sindang, Kecamatan Dukuhwaru, pada Rabu (25/6/2025)"]
    fixture = "- 04.11.2025, 23:00 WIB, Indonesia U17 Vs Zambia U17"
    link = "- Kamis, 05/11/2025 09:25 WIB Warga Serbu Pasar Murah di Alun-alun, Stok Beras Ludes Sebelum Siang"
    blocks = [LEAD, SECOND, *rows, fixture, "Warga diminta membawa kartu keluarga dan KTP saat datang ke balai desa.", link]
    page = clean_blocks(blocks, title="Jadwal Kunjungan Bupati ke Desa")
    assert rows[0] in page.paragraphs and rows[1] in page.paragraphs and fixture in page.paragraphs
    assert page.removed == [link]


def test_a_lead_written_as_the_headline_keeps_its_place() -> None:
    title = "Wakil Menteri Bantah Sekolah Swasta Gratis Batal Tahun Ini"
    lead = "TRIBUNKALTIM.CO - Wakil Menteri bantah sekolah swasta gratis batal tahun ini."
    page = clean_blocks([lead, SECOND, "TRIBUNKALTIM.CO - " + title], title=title)
    assert page.paragraphs == [lead, SECOND]
    assert page.dateline == "TRIBUNKALTIM.CO"
    assert page.removed == ["TRIBUNKALTIM.CO - " + title]  # the headline itself, shown again under a label


def test_a_writer_credit_run_onto_the_last_paragraph_is_cut_off() -> None:
    last = '"Api sudah padam dan polisi sudah datang ke lokasi," tambahnya. (Tribunpadang.com/Rahmat Santoso)'
    page = clean_blocks([LEAD, SECOND, last], title="Lahan Terbakar di Harau")
    assert page.paragraphs[-1] == '"Api sudah padam dan polisi sudah datang ke lokasi," tambahnya.'
    assert page.authors == ["Rahmat Santoso"]
    assert "(Tribunpadang.com/Rahmat Santoso)" in page.removed


def test_brackets_of_the_text_and_photo_credits_are_not_writer_credits() -> None:
    fees = "Penerima beasiswa akan dibebaskan dari biaya kuliah (UKT/SPP)."
    caption = "Peserta napak tilas singgah di hotel tua yang pernah diinapi tokoh pergerakan. (Sudrajat/detikcom)"
    page = clean_blocks([LEAD, SECOND, fees, caption], title="Napak Tilas Tokoh Pergerakan")
    assert fees in page.paragraphs
    assert page.authors == []
    assert all("Sudrajat" not in r for r in page.removed)
    assert page.captions == [caption]  # Detik's photo credit names the photographer first


def test_report_line_with_the_name_alone_above_the_dateline() -> None:
    lead = "SURYAMALANG.COM, KEDIRI - Diskusi kebangsaan digelar di pendopo kabupaten pada Senin malam."
    page = clean_blocks(["Laporan Isya Anshori", lead, SECOND], title="Diskusi Kebangsaan di Kediri")
    assert page.authors == ["Isya Anshori"]
    assert page.paragraphs == [lead, SECOND]
    # further down, or naming no person, the opener is the story's own word
    assert parse_report_byline("Laporan Keuangan Tahunan", above_dateline=True) == []
    assert parse_report_byline("Laporan Isya Anshori") == []
    kept = clean_blocks([LEAD, "Laporan Isya Anshori", SECOND], title="Diskusi Kebangsaan di Kediri")
    assert "Laporan Isya Anshori" in kept.paragraphs and kept.authors == []


def test_report_lines_with_a_manner_a_bar_or_a_closing_stop() -> None:
    assert parse_report_byline("Laporan Langsung Reporter Tribunnews.com Abdul Hamid dari Osaka Jepang") == ["Abdul Hamid"]
    assert parse_byline("Penulis: Dedi Rosandi I Aceh Singkil") == {"author": ["Dedi Rosandi"], "editor": []}
    assert parse_byline("Laporan Kontributor Tribunjabar Kabupaten Cianjur, Fauzan Noviadi.") == {
        "author": ["Fauzan Noviadi"],
        "editor": [],
    }
    assert clean_names("Andi S.") == ["Andi S."]  # an initial keeps its stop
    assert clean_names("Rilis/Rizky Irianda") == ["Rizky Irianda"]  # a press release is nobody


def test_datelines_set_off_with_a_bar_or_a_comma_before_the_dash() -> None:
    assert (
        dateline_of("SURYA.co.id | SIDOARJO - Banjir merendam permukiman warga di tiga kecamatan, Senin (9/6/2025).")
        == "SURYA.co.id | SIDOARJO"
    )
    assert (
        dateline_of("BANJARMASINPOST.CO.ID, MARTAPURA, - Seorang pelajar warga Jalan Karya ditemukan tenggelam di sungai.")
        == "BANJARMASINPOST.CO.ID, MARTAPURA"
    )
    assert dateline_of("Senin | 10.00 - 12.00 WIB acara dimulai di aula utama kantor bupati") is None


def test_bulleted_links_go_and_the_story_bullets_stay() -> None:
    link = "• Siapa Rendra Wijaya? Sosok Pria yang Diisukan Dekat dengan Artis dan Punya Karier Cemerlang"
    items = ["• Direktur dan Chief People Officer: Maya Lestari Putri", "• SKK Migas"]
    page = clean_blocks(
        [LEAD, SECOND, link, *items, "Warga berharap program serupa kembali digelar pada tahun depan."], title="Kunjungan Bupati"
    )
    assert page.removed == [link]
    assert all(item in page.paragraphs for item in items)


def test_closing_chrome_of_tribun_and_kapanlagi() -> None:
    lead = "TRIBUNJAKARTA.COM, KEBAYORAN BARU - Satpol PP mengamankan tiga warga yang berjualan di trotoar."
    page = clean_blocks([lead, SECOND, "(TribunJakarta)"], title="Satpol PP Amankan Pedagang")
    assert page.paragraphs == [lead, SECOND] and page.removed == ["(TribunJakarta)"]
    cited = clean_blocks([lead, SECOND, "(Kompas.com)"], title="Satpol PP Amankan Pedagang")
    assert cited.paragraphs[-1] == "(Kompas.com)"  # another outlet named as the source stays
    assert is_credit_line("(Image: netflix.com)")
    assert is_chrome("Berita viral lainnya di Tribun Medan")
    assert not is_chrome("Berita duka lainnya datang dari keluarga korban yang ditinggalkan di kampung.")


def test_staff_codes_run_onto_the_last_sentence_are_cut_and_credit_nobody() -> None:
    for code in ("(wbs)", "(hal/rrd)", "(Fri)"):
        page = clean_blocks([LEAD, SECOND + " " + code], title="Kunjungan Bupati")
        assert page.paragraphs == [LEAD, SECOND] and page.removed == [code]
        assert page.editors == [] and page.initials == ([], [])
    for source in ("(AFP)", "(PKS)", "(Jawa/Bali)", "(Bali)"):
        page = clean_blocks([LEAD, SECOND + " " + source], title="Kunjungan Bupati")
        assert page.paragraphs[-1] == SECOND + " " + source
