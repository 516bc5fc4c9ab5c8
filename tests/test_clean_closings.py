"""How pages of Detik, Liputan6, SINDOnews, Okezone and Tribun's regional editions close and open:
embedded video titles, staff codes, long footer tags, other stories' headlines, glued photo
credits and streaming promos, and Tribun's report line. Fixtures are invented in the outlets' style."""

from telisik.pages.assemble import prepare_article
from telisik.pages.clean import CLOSING_HEADLINE, MEDIA_TITLE, clean_blocks, is_credit_line, split_blocks
from telisik.pages.metadata import merge_names, parse_author_credit, parse_byline, parse_report_byline
from telisik.pages.repair import repair
from telisik.records import Article, RawDocument

DETIK_VIDEO_CLOSING = """\
Bandung - Pemerintah Provinsi Jawa Barat membuka program pemutihan pajak kendaraan mulai pekan depan.
"Warga cukup membawa STNK dan KTP ke kantor Samsat terdekat," kata Kepala Bapenda, Senin (2/6/2025).
Program ini berlaku hingga akhir Agustus dan tidak memungut denda keterlambatan.
Antrean Mengular di Samsat Jelang Akhir Pemutihan Pajak
Antrean Mengular di Samsat Jelang Akhir Pemutihan Pajak
(rgr/nu2)
pemutihan pajak
samsat
cara ikut pemutihan pajak kendaraan tanpa bayar denda
"""


def test_detik_closing_video_title_staff_codes_and_long_tags_leave_the_body():
    page = clean_blocks(split_blocks(DETIK_VIDEO_CLOSING), title="Pemutihan Pajak Kendaraan di Jabar Dimulai Pekan Depan")
    assert page.paragraphs[-1] == "Program ini berlaku hingga akhir Agustus dan tidak memungut denda keterlambatan."
    assert page.removed_by.count(MEDIA_TITLE) == 2
    # a staff code may end in a digit: the codes stand for the names when the page names nobody
    assert page.initials == (["rgr"], ["nu2"])
    assert "cara ikut pemutihan pajak kendaraan tanpa bayar denda" in page.removed


def test_a_repeated_lyric_line_is_not_a_video_title():
    text = (
        "Jakarta - Penyanyi itu merilis lagu baru yang bercerita tentang kehilangan seorang sahabat.\n"
        "Berikut potongan liriknya.\n"
        "Kau tak akan terganti\n"
        "Kau tak akan terganti\n"
    )
    page = clean_blocks(split_blocks(text), title="Lagu Baru tentang Sahabat")
    assert page.paragraphs[-2:] == ["Kau tak akan terganti", "Kau tak akan terganti"]


def test_staff_codes_with_a_digit_are_a_closing_credit_but_a_pair_of_names_is_not():
    assert parse_author_credit("(mau/nu2)") == (["mau"], ["nu2"], None, True)
    assert parse_author_credit("(nu2/ass)") == (["nu2"], ["ass"], None, True)
    assert parse_author_credit("TNI/Polri") is None
    assert parse_author_credit("(12/30)") is None


LIPUTAN6_REGIONAL = """\
Liputan6.com, Banyuwangi - Ratusan warga memadati lapangan desa untuk menyaksikan pagelaran angklung paglak pada Sabtu malam.
Kesenian itu dimainkan di atas panggung bambu setinggi lima meter oleh para pemuda desa.
"Kami ingin anak-anak muda tetap mengenal kesenian leluhurnya," ujar ketua sanggar.
Banjir Rob Rendam Ratusan Rumah Warga Pesisir Semarang
Advertisement
"""


def test_another_storys_headline_closing_the_page_leaves_the_body():
    page = clean_blocks(split_blocks(LIPUTAN6_REGIONAL), title="Angklung Paglak Kembali Menggema di Banyuwangi")
    assert page.paragraphs[-1] == '"Kami ingin anak-anak muda tetap mengenal kesenian leluhurnya," ujar ketua sanggar.'
    assert "Banjir Rob Rendam Ratusan Rumah Warga Pesisir Semarang" in page.removed
    assert CLOSING_HEADLINE in page.removed_by


def test_a_labelled_source_line_closing_the_page_stays():
    text = LIPUTAN6_REGIONAL.replace(
        "Banjir Rob Rendam Ratusan Rumah Warga Pesisir Semarang", "Sumber: Radio Suara Rakyat, Kantor Berita Lokal"
    )
    page = clean_blocks(split_blocks(text), title="Angklung Paglak Kembali Menggema di Banyuwangi")
    assert page.paragraphs[-1] == "Sumber: Radio Suara Rakyat, Kantor Berita Lokal"


def test_a_closing_headline_on_the_storys_own_subject_stays():
    # a round-up lists its own headlines: the last one shares the page's words
    text = (
        "Liputan6.com, Jakarta - Berikut tiga berita terpopuler kanal Citizen6 sepanjang hari ini.\n"
        "Artikel tentang manfaat tidur siang menjadi yang paling banyak dibaca pembaca.\n"
        "Manfaat Tidur Siang bagi Pekerja Kantoran yang Jarang Olahraga\n"
    )
    page = clean_blocks(split_blocks(text), title="Top 3 Berita Hari Ini: Manfaat Tidur Siang Paling Dicari")
    assert page.paragraphs[-1] == "Manfaat Tidur Siang bagi Pekerja Kantoran yang Jarang Olahraga"


def _article(text: str, title: str) -> Article:
    article = prepare_article(RawDocument("x.jsonl", "text", text, given={"title": title}), max_chars=100_000)
    assert isinstance(article, Article)
    return article


SINDO_LIST = (
    "JAKARTA - Sejumlah penyanyi mengizinkan lagu-lagunya dibawakan siapa saja tanpa membayar royalti, Rabu (11/6/2025)."
    "Berikut daftarnya.1. Ari LassoFoto/dok SindoNewsMelalui akun media sosialnya, Ari Lasso mempersilakan penyanyi kafe"
    " membawakan lagunya.2. Once MekelFoto/Instagram @once_mekel.Once menyebut karyanya milik semua orang."
)


def test_sindonews_photo_credits_glued_into_a_list_go_to_the_captions():
    article = _article(SINDO_LIST, "Dua Penyanyi Izinkan Lagunya Dibawakan Tanpa Royalti")
    assert "Foto/" not in article.body
    assert "Foto/dok SindoNews" in article.captions
    assert any(c.startswith("Foto/Instagram @once_mekel") for c in article.captions)
    # the numbered heading over the photo is an item of the story's list, not the photo's title
    assert "Berikut daftarnya. 1. Ari Lasso" in article.body
    assert "Melalui akun media sosialnya, Ari Lasso mempersilakan penyanyi kafe membawakan lagunya." in article.body
    assert not any("Ari Lasso" in c for c in article.captions)


def test_a_numbered_heading_over_its_photo_credit_is_text():
    text = "JAKARTA - Berikut tiga penyanyi yang paling sering tampil di panggung festival musim ini.\n2. Once Mekel\nFoto/Instagram @once_mekel\nOnce menyebut karyanya milik semua orang."
    page = clean_blocks(split_blocks(text), title="Tiga Penyanyi Festival")
    assert "2. Once Mekel" in page.paragraphs
    assert page.captions == ["Foto/Instagram @once_mekel"]


def test_a_lower_case_word_pair_with_a_slash_is_no_credit():
    assert is_credit_line("Foto/dok SindoNews")
    assert not is_credit_line("foto/video kejadian itu")


MNC_PROMO = (
    "JAKARTA - Timnas Argentina akan menjamu Kolombia di Estadio Monumental pada laga kualifikasi Piala Dunia."
    " Jangan lewatkan laga ini yang disiarkan di VISION+ dengan klikdi sini.\n"
    "Argentina kini memimpin klasemen dengan selisih sembilan poin dari peringkat kedua."
    " Download aplikasi VISION+ sekarang juga! Streaming Ini Itu di VISION+ #visionplus(abc)\n"
)


def test_mnc_streaming_promos_run_into_paragraphs_leave_the_body():
    article = _article(MNC_PROMO, "Argentina Jamu Kolombia di Estadio Monumental")
    assert "VISION+" not in article.body
    assert article.body.split("\n\n") == [
        "JAKARTA - Timnas Argentina akan menjamu Kolombia di Estadio Monumental pada laga kualifikasi Piala Dunia.",
        "Argentina kini memimpin klasemen dengan selisih sembilan poin dari peringkat kedua.",
    ]
    assert article.editors == ["abc"]  # the closing code, once cut from the slogan, is read as one


def test_a_sentence_naming_the_streaming_service_stays():
    text = "JAKARTA - Laga itu juga dapat ditonton melalui layanan streaming VISION+ dan siaran langsung RCTI malam ini."
    assert repair(text).text == text


def test_tribun_report_lines_name_the_writer():
    assert parse_report_byline("Laporan Dani Prasetya l Aceh Tamiang") == ["Dani Prasetya"]
    assert parse_report_byline("Laporan Rina Oktaviani | Banda Aceh") == ["Rina Oktaviani"]
    assert parse_report_byline("Laporan Wartawan TribunSolo, Bayu Ardiansyah") == ["Bayu Ardiansyah"]
    assert parse_report_byline("Laporan Reporter Tribun Jogja Sekar Ayu Pramesti") == ["Sekar Ayu Pramesti"]
    assert parse_report_byline("Laporan Kontributor TribunJabar.id Hendra Gunawan dari Garut") == ["Hendra Gunawan"]
    assert parse_byline("Laporan Dani Prasetya l Aceh Tamiang") == {"author": ["Dani Prasetya"], "editor": []}


def test_lines_opening_with_laporan_that_name_no_writer_are_not_report_lines():
    for line in (
        "Laporan Keuangan Tahunan",
        "Laporan Keuangan | Triwulan I",
        "Laporan media lokal menyebut kapal itu tenggelam",
        "Laporan The Guardian menyebutkan, kedua negara sepakat",
    ):
        assert parse_report_byline(line) == [], line


def test_a_handle_and_the_spaced_name_are_one_writer_spelt_as_words():
    assert merge_names(["dianpratiwi"], ["Dian Pratiwi"]) == ["Dian Pratiwi"]
    assert merge_names(["Dian Pratiwi"], ["dianpratiwi"]) == ["Dian Pratiwi"]
    assert merge_names(["Dian Pratiwi"], ["Dian Pratama"]) == ["Dian Pratiwi", "Dian Pratama"]


def test_okezone_capital_place_glued_to_the_lead_is_a_dateline():
    article = _article(
        "JAKARTA-Penyanyi itu akhirnya buka suara soal kabar kedekatannya dengan seorang aktor muda di media sosial.\n"
        "Ia mengaku tidak ingin menanggapi gosip yang beredar.",
        "Penyanyi Buka Suara soal Kabar Kedekatan",
    )
    assert article.dateline == "JAKARTA"
    assert article.body.startswith("JAKARTA - Penyanyi itu akhirnya")


def test_a_hyphenated_pair_opening_a_lead_is_no_dateline():
    for lead in (
        "KRL-MRT kini terhubung langsung di Stasiun Dukuh Atas sejak pekan lalu, kata pengelola stasiun.",
        "JAKARTA-BANDUNG kini dapat ditempuh dalam waktu satu jam dengan kereta cepat.",
        "Jakarta-Bandung kini dapat ditempuh dalam waktu satu jam dengan kereta cepat.",
    ):
        assert _article(lead, "Kereta").dateline is None, lead


def test_liputan6_streaming_link_lines_leave_the_body():
    text = (
        "Liputan6.com, Jakarta - Laga Persib melawan Persis akan digelar di Stadion Si Jalak Harupat pada Sabtu sore.\n"
        "Jadwal dan Link Persib vs Persis BRI Liga 1 dengan klik tautan di sini.\n"
        "Nonton juga series seru lainnya dengan klik link berikut ini Vidio Mini Drama.\n"
    )
    page = clean_blocks(split_blocks(text), title="Link Streaming Persib vs Persis")
    assert page.paragraphs == [
        "Liputan6.com, Jakarta - Laga Persib melawan Persis akan digelar di Stadion Si Jalak Harupat pada Sabtu sore."
    ]
