"""Classes of quote and speaker errors seen on whole corpus days, each on sentences written in the style of news copy:
media chains, reported speech inside long sentences, speakers given by role, passive attributions, statements' wording."""

from __future__ import annotations

import pytest

from quote_runs import QuoteRun


@pytest.fixture
def said(quote_run: QuoteRun):
    """The (text, speaker) pairs the quote component finds in a text with no entities."""
    return lambda text: [(q.text, q.speaker) for q in quote_run(text)]


# ------------------------------------------------------------------ a medium hands a statement on: its source speaks


def test_report_quoting_the_police_is_the_police_speaking(said):
    text = "Laporan televisi lokal ORF yang mengutip kepolisian setempat, seperti dilansir Reuters, menyebut bahwa dua orang terluka parah."
    assert said(text) == [("dua orang terluka parah", "kepolisian setempat")]


def test_chain_of_agencies_ends_at_the_official(said):
    text = "Sedikitnya lima orang tewas, menurut laporan Reuters, yang mengutip kantor berita Jerman yang mengutip Wali Kota Anna Becker."
    assert said(text) == [("Sedikitnya lima orang tewas", "Anna Becker")]


def test_a_person_quoting_someone_still_speaks(said):
    text = "Gubernur Andi Saputra, mengutip pepatah lama, mengatakan bahwa warga harus saling menjaga."
    assert said(text) == [("warga harus saling menjaga", "Andi Saputra")]


def test_relative_aside_after_menurut_is_not_the_content(said):
    [(content, speaker)] = said("Menurut Reuters, yang mengutip dua pejabat senior, pasukan itu sudah mundur dari perbatasan.")
    assert content == "pasukan itu sudah mundur dari perbatasan" and speaker == "Reuters"


def test_medium_in_a_citation_aside_is_not_the_subject(said):
    text = "Laporan media-media lokal Jerman, seperti dikutip BBC, menyebut suara ledakan terdengar dari pabrik tersebut."
    assert said(text) == [("suara ledakan terdengar dari pabrik tersebut", "media-media lokal Jerman")]


# ------------------------------------------------------------------ reported speech inside long sentences


def test_seraya_menambahkan_is_a_second_quote_of_the_same_speaker(said):
    text = (
        "Kepala Kantor SAR Rudi Hartono mengatakan kepada wartawan bahwa tim sudah menemukan dua korban, "
        "seraya menambahkan bahwa pencarian akan dilanjutkan besok pagi."
    )
    assert said(text) == [
        ("tim sudah menemukan dua korban", "Rudi Hartono"),
        ("pencarian akan dilanjutkan besok pagi", "Rudi Hartono"),
    ]


def test_dengan_clause_has_a_speaker_of_its_own(said):
    text = (
        "Warga menyebut asap tebal terlihat dari gudang itu sejak pagi, "
        "dengan petugas pemadam kebakaran mengatakan bahwa api sudah dipadamkan pukul 10.00."
    )
    assert said(text) == [
        ("asap tebal terlihat dari gudang itu sejak pagi", "Warga"),
        ("api sudah dipadamkan pukul 10.00", "petugas pemadam kebakaran"),
    ]


def test_an_order_reported_inside_speech_stays_in_it(said):
    text = "Bahlil mengatakan Presiden menginstruksikan jajarannya agar mengawasi tambang itu."
    assert said(text) == [("Presiden menginstruksikan jajarannya agar mengawasi tambang itu", "Bahlil")]


def test_authorities_described_by_a_verb_like_word_urge(said):
    text = "Pihak berwenang telah mengimbau masyarakat untuk menjauhi lokasi kebakaran."
    assert said(text) == [("masyarakat untuk menjauhi lokasi kebakaran", "Pihak berwenang")]


# ------------------------------------------------------------------ a passive speech verb opening its sentence


def test_disebutkan_oleh_medium_bahwa(said):
    text = "Disebutkan juga oleh Kyodo dalam laporannya bahwa pelaku sudah menyerahkan diri."
    assert said(text) == [("pelaku sudah menyerahkan diri", "Kyodo")]


def test_dikatakan_speaker_then_comma_opens_content(said):
    text = "Dikatakan Kapolres Bogor AKBP Rio Wahyu, tiga orang telah diamankan sejak semalam."
    assert said(text) == [("tiga orang telah diamankan sejak semalam", "Rio Wahyu")]


def test_setting_between_speaker_and_bahwa_is_skipped(said):
    text = "Ditegaskan Abbas, dalam suratnya, bahwa dirinya siap menerima pasukan penjaga perdamaian."
    assert said(text) == [("dirinya siap menerima pasukan penjaga perdamaian", "Abbas")]


def test_passive_verb_without_speaker_is_no_quote(said):
    assert said("Dijelaskan, pihaknya sudah menyiapkan tiga posko pengungsian di desa itu.") == []


# ------------------------------------------------------------------ a statement's wording


def test_demikian_pernyataan_names_the_speaker_and_tersebut_points_back(said):
    text = (
        '"Para penumpang sudah tiba di bandara untuk pulang ke negara asal mereka," demikian pernyataan Kementerian Luar Negeri Jepang. '
        '"Yang menolak akan dibawa ke pengadilan," imbuh pernyataan tersebut.'
    )
    assert said(text) == [
        ("Para penumpang sudah tiba di bandara untuk pulang ke negara asal mereka", "Kementerian Luar Negeri Jepang"),
        ("Yang menolak akan dibawa ke pengadilan", "Kementerian Luar Negeri Jepang"),
    ]


def test_bunyi_of_a_statement_is_a_quote_but_not_of_a_law(said):
    assert said('"Pemain itu cedera saat latihan terakhir," bunyi pernyataan resmi PSSI.') == [
        ("Pemain itu cedera saat latihan terakhir", "PSSI")
    ]
    assert said('"Setiap orang dilarang membuang sampah di sungai," bunyi Pasal 4 Perda itu.') == []


def test_a_report_referred_back_to_is_not_the_last_speaker(said):
    text = '"Kami siap bertanding," kata pelatih Budi Santoso. Menurut laporan tersebut, klub itu tertarik merekrut kiper baru.'
    assert said(text) == [("Kami siap bertanding", "Budi Santoso")]


# ------------------------------------------------------------------ speakers given by a role towards someone else


def test_lawyer_of_a_defendant_is_not_the_defendant(said):
    assert said("Kuasa hukum Hendra Wijaya mengatakan kliennya akan mengajukan banding.") == [
        ("kliennya akan mengajukan banding", "Kuasa hukum Hendra Wijaya")
    ]


def test_lawyer_named_in_apposition_speaks(said):
    text = "“Klien kami tidak pernah menerima uang itu,” kata kuasa hukum Hendra, Maqdir Ismail, kepada wartawan."
    assert said(text) == [("Klien kami tidak pernah menerima uang itu", "Maqdir Ismail")]


def test_court_questions_and_answers(said):
    text = (
        "“Apakah saudara pernah menerima uang dari terdakwa?” tanya jaksa kepada saksi.\n"
        "“Tidak pernah, saya hanya bertemu dia sekali,” jawab saksi."
    )
    assert said(text) == [
        ("Apakah saudara pernah menerima uang dari terdakwa?", "jaksa"),
        ("Tidak pernah, saya hanya bertemu dia sekali", "saksi"),
    ]


def test_relation_pointing_back_is_the_person_named_before(said):
    text = (
        'Ahmad Dhani mengaku sudah menyiapkan busana khusus. "Semua anggota band pakai busana adat Jawa," ungkap suami Mulan Jameela itu.'
    )
    assert said(text) == [("sudah menyiapkan busana khusus", "Ahmad Dhani"), ("Semua anggota band pakai busana adat Jawa", "Ahmad Dhani")]


def test_statement_of_a_named_party_is_that_party(said):
    assert said('"Kami tidak menyimpan data lokasi pengguna," tambah pernyataan pihak WhatsApp.') == [
        ("Kami tidak menyimpan data lokasi pengguna", "WhatsApp")
    ]


def test_statement_of_a_group_written_in_lower_case(said):
    text = "Polisi menutup jalan itu. Kerusuhan pecah setelah aksi protes pada Senin malam, menurut pernyataan polisi, yang juga menambahkan bahwa dua petugas terluka."
    assert said(text)[0] == ("Kerusuhan pecah setelah aksi protes pada Senin malam", "polisi")


def test_berdasarkan_keterangan_of_a_named_body(said):
    assert said("Berdasarkan penelusuran KJRI Osaka, kapal itu membawa dua puluh awak dari Indonesia.") == [
        ("kapal itu membawa dua puluh awak dari Indonesia", "KJRI Osaka")
    ]
    assert said("Berdasarkan keterangan video yang diunggah akun itu, lahar mengalir ke arah barat.") == []


def test_a_bodys_account_between_a_persons_quotes_keeps_katanya_with_the_person(quote_run: QuoteRun):
    text = (
        '"Tidak ada WNI yang menjadi korban," kata Direktur Perlindungan WNI Judha Nugraha.\n'
        "Berdasarkan penelusuran KBRI Kuala Lumpur, bus itu membawa mahasiswa pulang ke kampus.\n"
        '"Program tersebut tidak melibatkan mahasiswa asing," katanya.'
    )
    speakers = [q.speaker for q in quote_run(text, [("PER", ["Judha Nugraha"]), ("ORG", ["KBRI Kuala Lumpur"])])]
    assert speakers == ["Judha Nugraha", "KBRI Kuala Lumpur", "Judha Nugraha"]


def test_a_news_outlets_own_research_is_no_statement(said):
    assert said("Berdasarkan penelusuran Reuters, Rabu (18/6/2025), dua pulau itu masih dijual secara daring.") == []


def test_statement_noun_alone_names_no_speaker(said):
    assert said('"Kami siap menghadapi laga berikutnya," kata pernyataan resmi.') == []


def test_the_day_a_citation_was_made_is_not_part_of_the_statement(said):
    text = (
        "Harga minyak naik tajam pekan ini.\n\n"
        "Mengutip Reuters, Kamis (19/6/2025), harga minyak mentah Brent naik 2 persen menjadi 78 dolar AS per barel."
    )
    assert said(text) == [("harga minyak mentah Brent naik 2 persen menjadi 78 dolar AS per barel", "Reuters")]


# ------------------------------------------------------------------ written statements read from an account or a release


def test_demikian_dikutip_dari_an_account_is_the_accounts_owner_not_a_laws(said):
    text = (
        '"Layanan perpanjangan SIM tutup selama libur panjang akhir pekan ini," demikian dikutip dari akun Instagram '
        'resmi Satlantas Polres Sleman. "Mohon warga datang kembali pada hari kerja," demikian dikutip dari akun X '
        '(Twitter) Dishub Kota Medan. "Setiap pengendara wajib membawa SIM yang masih berlaku," demikian dikutip dari '
        "Pasal 12 Ayat 3."
    )
    assert said(text) == [
        ("Layanan perpanjangan SIM tutup selama libur panjang akhir pekan ini", "Satlantas Polres Sleman"),
        ("Mohon warga datang kembali pada hari kerja", "Dishub Kota Medan"),
    ]


# ------------------------------------------------------------------ a kin or standing word, then the name after a comma


def test_kin_or_owner_named_after_the_comma_speaks(said):
    text = (
        '"Kami akan membuka tiga cabang baru tahun ini," kata putra sulung pengusaha itu, Bagus Wirawan, kepada wartawan. '
        '"Kalau ramai, warung buka sampai malam," ujar pemilik warung, Sri Lestari.'
    )
    assert said(text) == [
        ("Kami akan membuka tiga cabang baru tahun ini", "Bagus Wirawan"),
        ("Kalau ramai, warung buka sampai malam", "Sri Lestari"),
    ]


def test_title_opening_the_apposed_name_is_no_part_of_it(said):
    text = '"Anak yang pucat perlu segera diperiksa," kata dokter spesialis anak, Profesor Rina Handayani, dalam seminar.'
    assert said(text) == [("Anak yang pucat perlu segera diperiksa", "Rina Handayani")]


def test_capitalised_putra_is_a_name_and_manner_ends_the_speaker(said):
    text = (
        '"Saya belum bisa bicara banyak soal itu," ujar Putra Siregar singkat. '
        '"Semua sudah kami serahkan ke polisi," jelas Putra dilihat dari kanal YouTube miliknya. '
        '"Kami akan tetap kooperatif sampai kasus ini selesai," kata Putra menambahkan.'
    )
    assert said(text) == [
        ("Saya belum bisa bicara banyak soal itu", "Putra Siregar"),
        ("Semua sudah kami serahkan ke polisi", "Putra Siregar"),
        ("Kami akan tetap kooperatif sampai kasus ini selesai", "Putra Siregar"),
    ]


def test_account_known_by_its_handle_is_the_speaker_as_written(said):
    text = '"Tempatnya bersih dan pelayannya ramah sekali," tulis akun @rina_lestari. "Harganya juga murah," kata akun budi***.'
    assert said(text) == [
        ("Tempatnya bersih dan pelayannya ramah sekali", "akun @rina_lestari"),
        ("Harganya juga murah", "akun budi***"),
    ]


def test_selanjutnya_opening_the_subject_is_no_part_of_the_name(said):
    text = (
        '"Kami siap bekerja sama," ucap CEO PT Maju Jaya, Andi Saputra. '
        "Selanjutnya Andi juga mengatakan bahwa perusahaan akan membuka pabrik baru tahun depan."
    )
    assert said(text) == [("Kami siap bekerja sama", "Andi Saputra"), ("perusahaan akan membuka pabrik baru tahun depan", "Andi Saputra")]


def test_sang_points_back_or_names_after_the_comma_but_not_a_place(quote_run: QuoteRun):
    text = (
        "Penyanyi Dewi Lestari tampil di Jakarta. "
        '"Kami berdua jarang sekali bertengkar di rumah," ungkap sang penyanyi saat ditemui di kawasan Senayan, Jakarta Pusat. '
        '"Semua lagu baru sudah siap kami bawakan," ujar sang gitaris, Rudi Hartono.'
    )
    quotes = quote_run(text, [("PER", ["Dewi Lestari"]), ("LOC", ["Jakarta Pusat", "Jakarta"]), ("PER", ["Rudi Hartono"])])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Kami berdua jarang sekali bertengkar di rumah", "Dewi Lestari"),
        ("Semua lagu baru sudah siap kami bawakan", "Rudi Hartono"),
    ]


def test_a_doctor_pointed_at_is_the_doctor_named_before(quote_run: QuoteRun):
    text = (
        "Menurut Rina Handayani, gejala awal penyakit itu sering tidak disadari. "
        '"Penyakit ini juga bisa menyerang orang muda," jelas dokter spesialis saraf ini.'
    )
    quotes = quote_run(text, [("PER", ["Rina Handayani"])])
    assert [(q.text, q.speaker) for q in quotes][-1] == ("Penyakit ini juga bisa menyerang orang muda", "Rina Handayani")


def test_a_statement_read_from_a_news_sites_page_cites_the_medium_who_is_no_speaker(said):
    text = (
        '"Warga diminta menjauhi pantai selama tiga hari ke depan," demikian dikutip dari laman Antara. '
        '"Gelombang setinggi empat meter diperkirakan terjadi," demikian dikutip dari kantor berita Reuters.'
    )
    assert said(text) == []


def test_an_account_on_a_platform_known_by_its_handle_is_the_handle_not_the_platform(said):
    text = (
        '"Jalur busway ditutup sementara karena ada genangan," demikian dikutip dari akun Instagram @info_transjakarta. '
        "Akun X @rina_lestari dalam cuitannya menilai, penutupan itu sangat merepotkan warga."
    )
    assert said(text) == [
        ("Jalur busway ditutup sementara karena ada genangan", "Instagram @info_transjakarta"),
        ("penutupan itu sangat merepotkan warga", "X @rina_lestari"),
    ]


def test_sang_with_an_elder_is_someone_else_and_an_elder_is_named_after_the_comma(quote_run: QuoteRun):
    text = (
        "Budi Santoso duduk di ruang sidang ditemani neneknya. "
        '"Cucu saya orang baik, dia tidak mungkin mencuri," kata sang nenek. '
        '"Kami akan terus mendampingi Budi," kata ibu terdakwa, Siti Aminah.'
    )
    quotes = quote_run(text, [("PER", ["Budi Santoso", "Budi"]), ("PER", ["Siti Aminah"])])
    assert [(q.text, q.speaker) for q in quotes] == [("Kami akan terus mendampingi Budi", "Siti Aminah")]
