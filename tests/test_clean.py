"""The chrome cleaner on pages written in the style of real scraped news text."""

from telisik.pages.clean import (
    ABOVE_HEADLINE,
    HEADLINE_IN_BLOCK,
    INLINE_LINK,
    NAME_REPEAT,
    RULES,
    clean_blocks,
    inline_caption,
    is_credit_line,
    split_blocks,
)
from telisik.pages.dateline import dateline_of, find_dateline

TRIBUN_STYLE = """\
Nikmati berita interaktif dan LIVE report 24 jam hanya di TribunX
Tribun

Harga Cabai Rawit di Pasar Induk Kramat Jati Tembus Rp 90 Ribu per Kilogram

Harga cabai rawit di Pasar Induk Kramat Jati melonjak hingga Rp 90 ribu per kilogram menjelang Lebaran.

Penulis: Siti Rahmawati
Editor: Agus Salimudin
zoom-in Harga Cabai Rawit di Pasar Induk Kramat Jati Tembus Rp 90 Ribu per Kilogram
Tribunnews.com/Irwan Rismawan
Pedagang menata cabai rawit di Pasar Induk Kramat Jati, Jakarta Timur, Senin (3/3/2025).

TRIBUNNEWS.COM - Harga cabai rawit di Pasar Induk Kramat Jati melonjak hingga Rp 90 ribu per kilogram menjelang Lebaran, naik dua kali lipat dari bulan lalu.

Kepala Pasar Induk Kramat Jati, Budi Santoso, mengatakan pasokan dari sentra produksi di Jawa Tengah turun karena hujan deras.

Baca juga: Pemerintah Siapkan Operasi Pasar Jelang Lebaran

"Pasokan yang masuk hanya separuh dari biasanya," kata Budi.

Berita Rekomendasi

Pedagang berharap harga kembali normal setelah panen raya pada akhir bulan.

Suasana pasar saat pedagang membongkar muatan cabai dari truk. ANTARA FOTO/Aditya Pradana

(Tribunnews.com/Siti Rahmawati)

Dapatkan Berita Pilihan
di WhatsApp Anda
Ikuti kami di
© 2025 TRIBUNnews.com,a subsidiary of KG Media. All Right Reserved
Atas
"""


def test_tribun_style_page_sorted_into_regions():
    page = clean_blocks(split_blocks(TRIBUN_STYLE))
    assert page.title == "Harga Cabai Rawit di Pasar Induk Kramat Jati Tembus Rp 90 Ribu per Kilogram"
    assert page.authors == ["Siti Rahmawati"]
    assert page.editors == ["Agus Salimudin"]
    assert page.dateline == "TRIBUNNEWS.COM"
    assert page.outlet_hints[0] == "Tribunnews"
    assert page.published is None  # the copyright year is not a publication date
    body = page.body
    assert body.startswith("TRIBUNNEWS.COM - Harga cabai rawit")
    assert "Pedagang berharap harga kembali normal" in body
    assert '"Pasokan yang masuk hanya separuh dari biasanya," kata Budi.' in body
    for chrome in ("Baca juga", "Berita Rekomendasi", "WhatsApp", "Ikuti kami", "©", "Penulis:", "zoom-in", "Nikmati"):
        assert chrome not in body
    assert page.captions == [
        "Tribunnews.com/Irwan Rismawan",
        "Pedagang menata cabai rawit di Pasar Induk Kramat Jati, Jakarta Timur, Senin (3/3/2025).",
        "Suasana pasar saat pedagang membongkar muatan cabai dari truk. ANTARA FOTO/Aditya Pradana",
    ]
    assert "Atas" in page.removed and "(Tribunnews.com/Siti Rahmawati)" in page.removed
    # the summary above the dateline repeats the lead: a standfirst, not body
    assert page.standfirst and page.standfirst.startswith("Harga cabai rawit di Pasar Induk")
    assert body.count("Harga cabai rawit di Pasar Induk Kramat Jati melonjak") == 1


DW_STYLE = """\
1. Buka konten
  2. Buka menu utama
  3. Buka situs DW lainnya
EkonomiIndonesia

Bank Indonesia Tahan Suku Bunga di Tengah Gejolak Rupiah

21 Mei 2025

Bank sentral memilih menunggu dampak kebijakan tarif Amerika Serikat sebelum mengubah arah kebijakan moneter.

https://p.dw.com/p/4XyZa
Gedung Bank Indonesia di Jakarta
Gedung Bank Indonesia di JakartaFoto: Dita Alangkara/AP/picture alliance

Bank Indonesia (BI) mempertahankan suku bunga acuan di level 5,75 persen pada Rabu (21/05), kata Gubernur BI Perry Warjiyo.

"Stabilitas nilai tukar tetap menjadi prioritas kami," ujar Perry di Jakarta.

Apa dampaknya bagi kredit?

Para ekonom menilai keputusan itu akan menahan laju penyaluran kredit hingga akhir tahun.

ae/hp (Reuters, AFP)
"""


def test_dw_style_page():
    page = clean_blocks(split_blocks(DW_STYLE))
    assert page.title == "Bank Indonesia Tahan Suku Bunga di Tengah Gejolak Rupiah"
    assert page.published is not None and page.published.iso() == "2025-05-21"
    assert page.url == "https://p.dw.com/p/4XyZa"
    assert page.outlet_hints == ["DW Indonesia"]
    assert page.initials == (["ae"], ["hp"])
    assert page.captions == ["Gedung Bank Indonesia di Jakarta", "Gedung Bank Indonesia di JakartaFoto: Dita Alangkara/AP/picture alliance"]
    assert page.paragraphs[0].startswith("Bank sentral memilih menunggu")  # DW's teaser is the article's own intro
    assert "Apa dampaknya bagi kredit?" in page.paragraphs  # a subheading stays
    assert not any(line in page.body for line in ("Buka konten", "EkonomiIndonesia", "21 Mei 2025", "p.dw.com", "ae/hp"))


def test_one_line_blog_page_with_title_repeat_and_byline_tail():
    text = (
        "Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai Citarum\n"
        "Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai Citarum Sumber Foto: Istimewa "
        "Ratusan warga Desa Sukamaju, Kabupaten Bandung, membersihkan sampah di bantaran Sungai Citarum pada hari Minggu (8/6). "
        "Kepala desa menyebut kegiatan itu akan digelar setiap bulan. Nama Penulis: Dewi Lestari Nama Penyunting: Andi Pratama\n"
        "dewi lestari\n"
        "6/9/20252 min read\n\n\n"
        "My post content\n"
    )
    page = clean_blocks(split_blocks(text))
    assert page.title == "Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai Citarum"
    assert page.captions == ["Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai Citarum Sumber Foto: Istimewa"]
    assert page.paragraphs == [
        "Ratusan warga Desa Sukamaju, Kabupaten Bandung, membersihkan sampah di bantaran Sungai Citarum pada hari Minggu (8/6). "
        "Kepala desa menyebut kegiatan itu akan digelar setiap bulan."
    ]
    assert page.authors == ["Dewi Lestari"] and page.editors == ["Andi Pratama"]
    assert "dewi lestari" in page.removed and "My post content" in page.removed
    assert page.published is not None and page.published.ambiguous  # 6/9 or 9/6, settled against the text later


def test_truncated_teaser_and_generic_desk_in_header():
    text = """\
Gempa Magnitudo 5,2 Guncang Kabupaten Cianjur, Warga Berhamburan

Kepala BPBD Jawa Barat, dalam keterangan tertulis, menyebut tim masih mendata kerusakan di sejumlah...

Penulis: Redaksi | Editor: Yohanes Sitorus
IST
Warga berkumpul di lapangan desa setelah gempa mengguncang Cianjur, Kamis (10/7/2025).

CIANJUR, KOMPAS.com - Gempa bermagnitudo 5,2 mengguncang Kabupaten Cianjur, Jawa Barat, pada Kamis pagi.

Badan Meteorologi, Klimatologi, dan Geofisika mencatat pusat gempa berada di darat pada kedalaman 10 kilometer.

Halaman 1/2
Berita Terkait
Gempa Susulan Terjadi Dua Kali di Sukabumi
BMKG Minta Warga Tidak Percaya Isu Gempa Besar
"""
    page = clean_blocks(split_blocks(text))
    assert page.authors == []  # "Redaksi" is a desk, not a person
    assert page.editors == ["Yohanes Sitorus"]
    assert page.captions == ["IST", "Warga berkumpul di lapangan desa setelah gempa mengguncang Cianjur, Kamis (10/7/2025)."]
    assert page.dateline == "CIANJUR, KOMPAS.com"
    assert page.outlet_hints[0] == "Kompas"
    assert len(page.paragraphs) == 2
    assert "Gempa Susulan Terjadi Dua Kali di Sukabumi" in page.removed  # headline list under "Berita Terkait"
    assert any(r.endswith("sejumlah...") for r in page.removed)


def test_given_title_and_dated_link_lists_from_extracted_html():
    blocks = [
        "- Kamis, 05/11/2015 09:25 WIB Ini Dia Tempat Terbasah di Dunia, Hujan Bisa 24 Jam",
        "Google Umbar Kelemahan Galaxy S6 Edge",
        "Jakarta - Google menyatakan Galaxy S6 Edge memiliki 11 celah keamanan yang bisa dimanfaatkan peretas.",
        "Samsung menyatakan celah itu akan ditutup lewat pembaruan perangkat lunak bulan ini.",
        "02Kamis, 05/11/2015 09:32 WIB Rogoh Rp 1,2 Juta, Memori Internal iPhone Disulap Jadi 128 GB",
        "01",
    ]
    page = clean_blocks(blocks, title="Google Umbar Kelemahan Galaxy S6 Edge")
    assert page.paragraphs == blocks[2:4]
    assert set(page.removed) == {blocks[0], blocks[1], blocks[4], blocks[5]}


def test_table_bylines_from_html_text():
    page = clean_blocks(split_blocks("Isi berita yang cukup panjang untuk menjadi paragraf pertama artikel ini.\n| Penulis | : Aditya Maulana |\n| Editor | : Agung Kurniawan |"), title="Judul")
    assert page.authors == ["Aditya Maulana"] and page.editors == ["Agung Kurniawan"]


def test_credit_lines_and_datelines():
    assert is_credit_line("Alexey NIKOLSKY / SPUTNIK / AFP")
    assert is_credit_line("IST")
    assert is_credit_line("Foto: Dok. Humas Pemkot")
    assert not is_credit_line("Menurut dia, harga naik 10 persen / tahun.")
    assert dateline_of("JAKARTA - Pemerintah menaikkan harga BBM mulai pekan depan.") == "JAKARTA"
    assert dateline_of("Liputan6.com, Jakarta - Pemerintah menaikkan harga BBM mulai pekan depan.") == "Liputan6.com, Jakarta"
    assert dateline_of("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan hari ini.") == "Mataram, NTB (ANTARA News)"
    assert dateline_of("Kim Jong Un - yang jarang bepergian - akhirnya tiba di Rusia.") is None
    assert dateline_of("Harga naik - kata pedagang di pasar pagi ini.") is None


def test_long_running_text_mentioning_chrome_words_is_kept():
    # scraped bodies often arrive as one line; "hak cipta" (copyright) here is the story's subject
    body = (
        "JAKARTA - Ahmad Santoso angkat bicara soal gugatan pelanggaran hak cipta lagu yang dilayangkan kepada seorang penyanyi. "
        "Menurut dia, nilai tuntutan tersebut memiliki dasar hukum yang jelas berdasarkan undang-undang hak cipta. "
        "Ia meminta semua pihak membaca aturan itu sebelum berkomentar di media sosial."
    )
    page = clean_blocks(split_blocks(body), title="Ahmad Santoso Bicara soal Gugatan Hak Cipta")
    assert page.paragraphs == [body] and page.removed == []


def test_headline_lists_after_baca_juga_but_not_article_lines():
    text = """\
Liputan6.com, Jakarta - Memilih gamis untuk Lebaran perlu memperhatikan bahan, ukuran dan warna yang sesuai dengan acara.

Baca Juga
Deretan Gamis Terbaru yang Laris Jelang Lebaran
Tren Warna Busana Muslim Tahun Ini

1. Pilih Gamis yang Tidak Terlalu Besar

Gamis yang terlalu besar membuat tubuh terlihat tenggelam, sehingga pilih ukuran yang pas di bahu.

Baca Juga
“Ukuran bahu adalah patokan utama saat mencoba gamis,” tambahnya
"""
    page = clean_blocks(split_blocks(text), title="9 Tips Memilih Gamis untuk Lebaran")
    assert "Deretan Gamis Terbaru yang Laris Jelang Lebaran" in page.removed
    assert "Tren Warna Busana Muslim Tahun Ini" in page.removed
    assert "1. Pilih Gamis yang Tidak Terlalu Besar" in page.paragraphs
    assert "“Ukuran bahu adalah patokan utama saat mencoba gamis,” tambahnya" in page.paragraphs


def test_content_that_looks_like_chrome_at_a_glance_is_kept():
    text = """\
JAKARTA- Harga emas Antam hari ini, Rabu (11/6/2025), cuma naik tipis setelah sebelumnya stagnan di Rp1.909.000 per gram

Setelah kematiannya, Rodin mewariskan karya-karyanya ke MusÃ©e Rodin di Paris.

Berita Terkait
- 1 aset tanah dan bangunan di Pasar Minggu, Jakarta Selatan. Harga limit Rp 1.500.000.000
© 2025 Okezone.com
"""
    page = clean_blocks(split_blocks(text), title="Harga Emas Antam Hari Ini Cuma Naik Seribu")
    assert page.paragraphs == split_blocks(text)[:2] + ["- 1 aset tanah dan bangunan di Pasar Minggu, Jakarta Selatan. Harga limit Rp 1.500.000.000"]
    assert page.removed == ["Berita Terkait", "© 2025 Okezone.com"]


def test_inline_read_also_links_cut_out_of_running_text():
    text = (
        "Nama itu telah digadang-gadang akan menjadi calon presiden 2028 oleh banyak pengamat politik di Amerika Serikat "
        "dan juga di luar negeri menurut laporan media setempat.Baca Juga: Presiden Trump Perintahkan Pasukan Garda Nasional "
        "Bebaskan Los Angeles dari Kerusuhan Kerusuhan pecah di kota tersebut setelah puluhan ribu demonstran turun ke jalan. "
        "Polisi menangkap puluhan orang.Baca juga: Wali Kota Minta Warga Tetap di Rumah “Kami tidak akan mundur,” kata seorang "
        "demonstran kepada wartawan."
    )
    page = clean_blocks([text], title="Kerusuhan Los Angeles Meluas")
    assert page.removed == [
        "Baca Juga: Presiden Trump Perintahkan Pasukan Garda Nasional Bebaskan Los Angeles dari Kerusuhan",
        "Baca juga: Wali Kota Minta Warga Tetap di Rumah",
    ]
    assert page.paragraphs == [
        "Nama itu telah digadang-gadang akan menjadi calon presiden 2028 oleh banyak pengamat politik di Amerika Serikat "
        "dan juga di luar negeri menurut laporan media setempat.",
        "Kerusuhan pecah di kota tersebut setelah puluhan ribu demonstran turun ke jalan. Polisi menangkap puluhan orang.",
        "“Kami tidak akan mundur,” kata seorang demonstran kepada wartawan.",
    ]


def test_detik_style_header_label_byline_and_title_case_dateline():
    page = clean_blocks(
        split_blocks(
            "Persikota Tekuk Persiraja 3-1 di Kandang\n\n"
            "detikSport\n\n"
            "Sabtu, 16 Nov 2024 19:05 WIB\n\n"
            "Dewi Kartika - detikSport\n\n"
            "Tangerang - Persikota Tangerang menang 3-1 atas Persiraja Banda Aceh dalam lanjutan Liga 2 di Stadion Benteng, "
            "Sabtu (16/11/2024) sore, berkat dua gol di babak kedua dari penyerang muda mereka.\n\n"
            "Pelatih Persikota memuji disiplin pemainnya setelah laga yang berlangsung di bawah guyuran hujan deras.\n"
        ),
        title=None,
    )
    assert page.dateline == "Tangerang"
    assert page.authors == ["Dewi Kartika"]
    assert page.outlet_hints[:1] == ["Detik"]
    assert "detikSport" in page.removed and "Dewi Kartika - detikSport" in page.removed
    assert page.paragraphs[0].startswith("Tangerang - Persikota")


def test_ad_slot_marker_between_paragraphs_is_removed():
    page = clean_blocks(
        split_blocks(
            "Bus Listrik Baru Mulai Melayani Rute Bandara\n\n"
            "Jakarta - Bus listrik generasi baru mulai melayani rute Blok M menuju bandara sejak pekan lalu dengan tarif "
            "yang sama seperti bus biasa, menurut operator layanan tersebut.\n\n"
            "SCROLL TO CONTINUE WITH CONTENT\n\n"
            "Operator menyebut armada baru itu mampu menempuh 250 kilometer sekali pengisian daya baterai penuh.\n"
        ),
        title=None,
    )
    assert "SCROLL TO CONTINUE WITH CONTENT" in page.removed
    assert all("SCROLL" not in p for p in page.paragraphs) and len(page.paragraphs) == 2


def test_each_removed_block_names_the_rule_that_removed_it():
    page = clean_blocks(split_blocks(TRIBUN_STYLE))
    assert len(page.removed_by) == len(page.removed)
    by_rule = dict(zip(page.removed, page.removed_by, strict=True))
    assert by_rule["Nikmati berita interaktif dan LIVE report 24 jam hanya di TribunX"] == ABOVE_HEADLINE
    assert by_rule["Penulis: Siti Rahmawati"] == "byline"
    assert by_rule["zoom-in Harga Cabai Rawit di Pasar Induk Kramat Jati Tembus Rp 90 Ribu per Kilogram"] == "headline_repeat"
    assert by_rule["Baca juga: Pemerintah Siapkan Operasi Pasar Jelang Lebaran"] == "chrome"
    assert by_rule["(Tribunnews.com/Siti Rahmawati)"] == "author_credit"
    assert by_rule["© 2025 TRIBUNnews.com,a subsidiary of KG Media. All Right Reserved"] == "chrome"


def test_removals_made_while_splitting_and_settling_are_named_too():
    text = (
        "Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai Citarum\n"
        "Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai Citarum Lihat Foto lainnya di galeri kami\n"
        "Ratusan warga Desa Sukamaju, Kabupaten Bandung, membersihkan sampah di bantaran Sungai Citarum pada hari Minggu (8/6) pagi.\n"
        "Penulis: Dewi Lestari\n"
        "dewi lestari\n"
    )
    page = clean_blocks(split_blocks(text))
    assert list(zip(page.removed_by, page.removed, strict=True)) == [
        (HEADLINE_IN_BLOCK, "Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Sungai Citarum"),
        ("chrome", "Lihat Foto lainnya di galeri kami"),
        ("byline", "Penulis: Dewi Lestari"),
        (NAME_REPEAT, "dewi lestari"),
    ]
    inline = clean_blocks(
        [
            "Kerusuhan pecah di kota tersebut setelah puluhan ribu demonstran turun ke jalan dan membakar sejumlah kendaraan "
            "di pusat kota pada Sabtu malam.Baca juga: Wali Kota Minta Warga Tetap di Rumah “Kami tidak akan mundur,” kata "
            "seorang demonstran kepada wartawan yang meliput di lokasi."
        ],
        title="Kerusuhan Los Angeles Meluas",
    )
    assert inline.removed == ["Baca juga: Wali Kota Minta Warga Tetap di Rumah"] and inline.removed_by == [INLINE_LINK]


def test_rule_table_names_are_unique_and_the_body_comes_last():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert names[-1] == "body"
    assert not {ABOVE_HEADLINE, HEADLINE_IN_BLOCK, INLINE_LINK, NAME_REPEAT} & set(names)


def test_dateline_position_in_the_block():
    block = "CIANJUR, KOMPAS.com - Gempa bermagnitudo 5,2 mengguncang Kabupaten Cianjur, Jawa Barat, pada Kamis pagi."
    found = find_dateline(block)
    assert found is not None and found.text == "CIANJUR, KOMPAS.com"
    assert block[: found.end] == "CIANJUR, KOMPAS.com"
    assert block[found.body_start :].startswith("Gempa bermagnitudo")
    # a Title Case place counts only before a long paragraph
    assert dateline_of("Bandung - Persib menang tipis atas tamunya.") is None
    assert find_dateline("Harga naik - kata pedagang di pasar pagi ini.") is None


def test_caption_source_labels_are_read_as_written():
    # caption_sources.txt: "(Sumber/...)" closing a caption is its credit; a lower-case "sumber" is not a label
    assert inline_caption("Kapolri meninjau pos pengamanan mudik di Cikampek (Sumber/Humas Polri)")
    assert not inline_caption("Kapolri meninjau pos pengamanan mudik di Cikampek (sumber/Humas Polri)")
    assert not inline_caption("Kapolri meninjau pos pengamanan mudik di Cikampek (Kata/Humas Polri)")


# A page as the June 2025 scrapes give Detik's: the article, a related video, an embed
# placeholder, the closing initials, then the topic tags and a promo cut at its link.
DETIK_CLOSING = """\
Pemerintah Kabupaten Sleman menutup sementara Jalan Kaliurang untuk perbaikan jembatan selama dua pekan.
Kepala Dinas Pekerjaan Umum Sleman, Budi Santosa, mengatakan pengendara dialihkan lewat Jalan Palagan.
"Kami mohon maaf atas ketidaknyamanannya, perbaikan ini demi keselamatan bersama," kata Budi, Senin (16/6/2025).
ADVERTISEMENT
Jembatan itu dibangun pada 1998 dan sudah retak di beberapa bagian sejak musim hujan lalu.
Video Warga Sleman Gotong Royong Bersihkan Sungai Usai Banjir
[Gambas:Video 20detik]
Artikel ini sudah lebih dulu tayang di
detikJogja.
(dpw/rns)
jalan kaliurang
sleman
perbaikan jembatan
"""


def test_detik_closing_chrome_goes_and_each_removal_is_named():
    page = clean_blocks(split_blocks(DETIK_CLOSING), title="Jalan Kaliurang Ditutup Dua Pekan")
    assert page.paragraphs[-1].startswith("Jembatan itu dibangun pada 1998")
    assert len(page.paragraphs) == 4
    removed = dict(zip(page.removed, page.removed_by, strict=True))
    assert removed["Video Warga Sleman Gotong Royong Bersihkan Sungai Usai Banjir"] == "related_media"
    assert removed["[Gambas:Video 20detik]"] == "chrome"
    assert removed["Artikel ini sudah lebih dulu tayang di"] == "chrome"
    assert removed["detikJogja."] == "chrome_tail"
    assert removed["(dpw/rns)"] == "author_credit"
    assert [b for b, by in removed.items() if by == "footer_tag"] == ["jalan kaliurang", "sleman", "perbaikan jembatan"]
    assert page.initials == (["dpw"], ["rns"])


def test_a_desks_contact_and_widget_labels_under_the_article_go():
    blocks = [
        "PT PLN hari ini resmi mengoperasikan gardu induk baru di Balaraja, Tangerang, beserta jaringannya.",
        "Gardu itu menambah pasokan listrik bagi kawasan industri di sekitarnya.",
        "Redaksi: redaksi[at]detikfinance.com",
        "Informasi pemasangan iklan",
        "MustRead",
        "close",
    ]
    page = clean_blocks(blocks, title="PLN Operasikan Gardu Induk Baru")
    assert len(page.paragraphs) == 2
    assert dict(zip(page.removed, page.removed_by, strict=True)) == {b: "chrome" for b in blocks[2:]}
    # a sentence of the article naming the desk's address is no contact line
    kept = clean_blocks([blocks[0], "Redaksi menerima tanggapan pembaca lewat surel redaksi@contoh.id setiap hari kerja."], title="PLN")
    assert len(kept.paragraphs) == 2


def test_an_advertisement_marker_opens_no_list_of_links():
    # after "Baca juga" a Title Case line is a link; after an advertisement it is the text going on
    blocks = [
        "Timnas Indonesia kalah 0-3 dari Jepang pada laga terakhir kualifikasi di Osaka, Selasa malam.",
        "Advertisement",
        "Indonesia: Emil Audero, Jay Idzes, Rizky Ridho, Kevin Diks, Thom Haye, Ole Romeny",
        "Baca Juga",
        "Apakah pelatih akan merotasi pemain pada laga berikutnya?",
    ]
    page = clean_blocks(blocks, title="Timnas Kalah dari Jepang")
    assert page.paragraphs == [blocks[0], blocks[2], blocks[4]]


def test_link_titles_read_like_headlines_and_data_rows_do_not():
    blocks = [
        "Jadwal kapal Pelni KM Sinabung pekan ini diumumkan oleh kantor cabang Ambon, Senin (16/6/2025).",
        "Baca juga:",
        "Pelni Tambah Kapal buat Angkutan Lebaran di Maluku",
        "- Berangkat dari Ambon Selasa (17/6/2025) pukul 19.00",
        "- Tiba di Namlea Rabu (18/6/2025) pukul 02.00",
    ]
    page = clean_blocks(blocks, title="Jadwal Kapal Pelni Pekan Ini")
    assert page.paragraphs == [blocks[0], blocks[3], blocks[4]]  # "pukul": a line of the text, not a link
    assert dict(zip(page.removed, page.removed_by, strict=True))[blocks[2]] == "footer_link"


def test_closing_editor_name_and_trailing_tags_without_a_credit():
    okezone = clean_blocks(
        [
            "Polisi menangkap dua pelaku pencurian kabel listrik di Kecamatan Kutalimbaru pada Minggu dini hari.",
            "Keduanya kini ditahan di Polsek Kutalimbaru untuk pemeriksaan lebih lanjut oleh penyidik.",
            "(Rahman Asmardika)",
        ],
        title="Pencuri Kabel Ditangkap",
    )
    assert okezone.editors == ["Rahman Asmardika"] and len(okezone.paragraphs) == 2
    assert okezone.removed_by == ["closing_credit"]
    tagged = clean_blocks(
        [
            "Harga beras medium di Pasar Johar naik menjadi Rp 14.000 per kilogram sejak awal pekan ini.",
            "harga beras",
            "pasar johar",
        ],
        title="Harga Beras Naik",
    )
    assert tagged.paragraphs == ["Harga beras medium di Pasar Johar naik menjadi Rp 14.000 per kilogram sejak awal pekan ini."]
    assert tagged.removed_by == ["tag_list", "tag_list"]
    # a source in brackets closing the text is no editor
    sourced = clean_blocks(
        ["Bursa saham Asia dibuka melemah pada perdagangan Senin pagi di tengah konflik.", "(Reuters)"], title="Bursa Asia"
    )
    assert sourced.editors == [] and "closing_credit" not in sourced.removed_by


def test_a_bare_name_and_outlet_credit_names_the_author():
    page = clean_blocks(
        [
            "Kementerian Luar Negeri memastikan tidak ada warga negara Indonesia di dalam bus yang kecelakaan itu.(*)",
            "Danang Triatmojo/Tribunnews",
        ],
        title="Tak Ada WNI dalam Bus",
    )
    assert page.authors == ["Danang Triatmojo"] and page.outlet_hints == ["Tribunnews"]
    assert page.removed_by == ["author_credit"]


# --------------------------------------------------------------------------- round 2: leads, datelines, promos

SPLIT_LEAD_PAGE = """\
Tunjangan Hari Raya Pegawai Negeri Cair Pekan Ini
Surabaya - Pemerintah Kota Surabaya mencairkan tunjangan hari raya untuk pegawai negeri termasuk PNS/PPPK.
Pencairan dilakukan bertahap mulai Senin dan ditargetkan rampung sebelum akhir pekan.
Warga antre di depan kantor kas daerah, Senin (3/3/2025). ANTARA FOTO/Didik Suhartono
"""


def test_a_lead_closing_on_a_pair_of_abbreviations_is_the_lead_not_a_caption():
    page = clean_blocks(split_blocks(SPLIT_LEAD_PAGE))
    assert page.dateline == "Surabaya"
    assert page.paragraphs[0].startswith("Surabaya - Pemerintah Kota Surabaya")
    assert page.captions == ["Warga antre di depan kantor kas daerah, Senin (3/3/2025). ANTARA FOTO/Didik Suhartono"]
    assert not inline_caption("Syaratnya memiliki surat keterangan usaha dari kelurahan atau RT/RW.")
    assert not inline_caption("Peserta wajib melampirkan izin atasan bagi anggota TNI/Polri")
    assert inline_caption("Petugas memeriksa kendaraan di gerbang tol, Jumat (7/3/2025). ANTARA/Aprillio Akbar")


LIST_PAGE = """\
Promo Libur Sekolah dari Bank Nusantara untuk Perjalanan Keluarga
Bank Nusantara menggelar promo libur sekolah untuk nasabah kartu debit dan kartu kredit selama bulan Juli.
Promo berlaku di sejumlah mitra perjalanan, mulai dari taksi hingga hotel, dengan potongan yang berbeda.
Nasabah cukup membayar dengan kartu yang terdaftar untuk mendapatkan potongan harga tersebut.
Berikut daftar mitranya.
1. Taksi Kota - diskon 20% dengan kartu kredit.
2. Tiket.com - diskon hingga Rp 350 ribu dengan kartu debit.
"""


def test_a_list_item_below_the_story_gives_no_dateline():
    page = clean_blocks(split_blocks(LIST_PAGE))
    assert page.dateline is None
    assert page.standfirst is None  # the story's opening paragraphs are not a header above a dateline
    assert page.paragraphs[0].startswith("Bank Nusantara menggelar promo")
    assert "2. Tiket.com - diskon hingga Rp 350 ribu dengan kartu debit." in page.paragraphs


PROMO_TAIL_PAGE = """\
Pemkot Medan Tutup Sementara Jalan Sudirman untuk Perbaikan Drainase
MEDAN, KOMPAS.com - Pemerintah Kota Medan menutup sementara Jalan Sudirman selama dua pekan untuk perbaikan saluran drainase.
Pengendara diminta melintas melalui Jalan Diponegoro selama pekerjaan berlangsung.
Disclaimer: berita ini telah diperbarui karena ada kesalahan penulisan nama jalan pengalihan.
Simak berita pilihan kami langsung di ponselmu. Akses berita Kompas.com WhatsApp Channel :
https://www.whatsapp.com/channel/0000AbCdEf
. Pastikan kamu sudah install aplikasi WhatsApp ya.
Ingin lebih cepat mendapat jawaban? Hubungi Chatbot WhatsApp Cek Fakta kami atau klik tautan berikut ini.
Disclaimer: Setiap keputusan investasi ada di tangan pembaca.
A post shared by Pemkot Medan (@pemkotmedan)
[Cek Berita dan informasi seputar Medan KLIK DISINI]
Ikuti juga informasi lainnya di Facebook, Instagram dan WA Channel
"""


def test_app_and_channel_promos_disclaimers_and_embeds_leave_the_body():
    page = clean_blocks(split_blocks(PROMO_TAIL_PAGE))
    assert page.paragraphs[:2] == [
        "MEDAN, KOMPAS.com - Pemerintah Kota Medan menutup sementara Jalan Sudirman selama dua pekan untuk perbaikan saluran drainase.",
        "Pengendara diminta melintas melalui Jalan Diponegoro selama pekerjaan berlangsung.",
    ]
    # a correction notice is the newsroom's word on the article, not chrome
    assert page.paragraphs[2].startswith("Disclaimer: berita ini telah diperbarui")
    assert len(page.paragraphs) == 3
    for chrome in ("Pastikan kamu", "Chatbot", "keputusan investasi", "A post shared by", "KLIK DISINI", "WA Channel"):
        assert any(chrome in r for r in page.removed)


LINKS_THEN_DATA_PAGE = """\
Harga BBM Nonsubsidi Turun Mulai Hari Ini
Jakarta - Pertamina menurunkan harga bahan bakar nonsubsidi mulai Selasa (1/7/2025) di seluruh SPBU.
Baca juga:
Awas Salah Isi! Ini Bedanya Pertamax dan Pertamax Turbo
Harga Minyak Dunia Naik? Ini Kata Pengamat Energi
Berikut daftar harga terbarunya.
Pertamax Green: Rp 13.150/liter
Pertamax Turbo: Rp 13.300/liter
Dexlite Nasional: Rp 13.350/liter
"""


def test_links_under_a_heading_run_until_the_first_line_of_text():
    page = clean_blocks(split_blocks(LINKS_THEN_DATA_PAGE))
    assert "Awas Salah Isi! Ini Bedanya Pertamax dan Pertamax Turbo" in page.removed
    assert "Harga Minyak Dunia Naik? Ini Kata Pengamat Energi" in page.removed
    # the price rows after the text are the article's data, not more links
    assert page.paragraphs[-3:] == ["Pertamax Green: Rp 13.150/liter", "Pertamax Turbo: Rp 13.300/liter", "Dexlite Nasional: Rp 13.350/liter"]
