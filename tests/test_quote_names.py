"""A speaker's name as a strict reader accepts it, on sentences written in the style of Indonesian news copy: the
person a role stands for where the article names them, the full name for a nickname the article explains, and the
person's own name without the title, dateline, body or place glued in front of it or the words after it."""

from __future__ import annotations

# ------------------------------------------------------------------ a role where the article names its holder


def test_prosecutor_named_once_with_a_comma_speaks_for_every_later_tanya_jaksa(speakers):
    text = (
        '"Saudara menyimpan nomor itu di ponsel pribadi?" tanya Jaksa KPK, Rudi Hartono.\n\n'
        '"Iya, semuanya nomor dalam negeri," jawab Dimas Prasetyo.\n\n'
        '"Sejak kapan nomor luar negeri itu tidak aktif?" tanya jaksa.'
    )
    got = speakers(text, [("PER", ["Rudi Hartono"]), ("PER", ["Dimas Prasetyo"]), ("ORG", ["KPK"])])
    assert got == ["Rudi Hartono", "Dimas Prasetyo", "Rudi Hartono"]


def test_two_prosecutors_named_leave_the_role_as_written(speakers):
    text = (
        "Sidang dipimpin hakim. Jaksa KPK, Rudi Hartono, dan jaksa KPK, Sinta Dewi, hadir sejak pagi.\n\n"
        '"Sejak kapan nomor luar negeri itu tidak aktif?" tanya jaksa.'
    )
    got = speakers(text, [("PER", ["Rudi Hartono"]), ("PER", ["Sinta Dewi"]), ("ORG", ["KPK"])])
    assert got == ["jaksa"]


def test_a_name_right_after_the_role_wins_over_one_set_off_by_a_comma(speakers):
    text = (
        "Terdakwa menghadirkan mantan hakim Mahkamah Konstitusi (MK), Maruli Siregar, sebagai ahli.\n\n"
        '"Ahli keahliannya di bidang apa?" tanya ketua majelis hakim Bonar Tambunan.\n\n'
        '"Apakah Saudara kenal dengan terdakwa?" tanya hakim.'
    )
    got = speakers(text, [("PER", ["Maruli Siregar"]), ("PER", ["Bonar Tambunan"]), ("ORG", ["Mahkamah Konstitusi", "MK"])])
    assert got[-1] == "Bonar Tambunan"


def test_a_mother_given_by_her_child_is_the_person_named_after_the_role(speakers):
    text = (
        "Ibunda Nadia Putri, Ratna Sari, ikut mendampingi di lokasi acara.\n\n"
        '"Saya bangga dengan perjuangan anak saya selama ini," kata Ibunda Nadia Putri.'
    )
    got = speakers(text, [("PER", ["Nadia Putri"]), ("PER", ["Ratna Sari"])])
    assert got == ["Ratna Sari"]


def test_a_source_pointing_back_names_no_one_after_it(speakers):
    text = (
        "Menurut sumber dekat pasangan ini, Rina Amelia dan Doni Saputra sepakat berpisah.\n\n"
        '"Mereka sudah tidak bersama sejak awal tahun," kata sumber dekat pasangan ini.'
    )
    got = speakers(text, [("PER", ["Rina Amelia"]), ("PER", ["Doni Saputra"])])
    assert got[-1] == "sumber dekat pasangan ini"


# ------------------------------------------------------------------ nicknames the article explains


def test_nickname_after_atau_is_the_full_name(speakers):
    text = (
        "Menteri Sosial Saifullah Yusuf atau Gus Ipul meninjau posko banjir di Demak.\n\n"
        '"Bantuan logistik akan tiba besok pagi," kata Gus Ipul.'
    )
    assert speakers(text, [("PER", ["Saifullah Yusuf"]), ("PER", ["Gus Ipul"]), ("LOC", ["Demak"])]) == ["Saifullah Yusuf"]


def test_nickname_given_by_akrab_disapa_reaches_back_to_the_person(speakers):
    text = (
        "Gubernur Aceh Muzakir Manaf hadir di pelantikan itu. Pria yang akrab disapa Mualem itu menyinggung "
        'potensi migas.\n\n"Pulau-pulau itu hak kita semua," kata Mualem.'
    )
    assert speakers(text, [("PER", ["Muzakir Manaf"]), ("PER", ["Mualem"]), ("LOC", ["Aceh"])])[-1] == "Muzakir Manaf"


def test_another_person_after_atau_is_no_nickname(speakers):
    text = (
        "Warga menunggu kedatangan Budi Santoso atau Agus Wijaya di balai desa.\n\n"
        '"Kami akan datang setelah rapat selesai," kata Agus Wijaya.'
    )
    assert speakers(text, [("PER", ["Budi Santoso"]), ("PER", ["Agus Wijaya"])]) == ["Agus Wijaya"]


# ------------------------------------------------------------------ the person's own name only


def test_a_title_glued_in_front_is_taken_off_where_the_rest_is_the_person(speakers):
    text = '"Balai latihan kerja siap menampung siswa Sekolah Rakyat," ujar Menaker Yassierli dalam keterangan tertulis.'
    assert speakers(text, [("PER", ["Yassierli"])]) == ["Yassierli"]


def test_a_singer_is_named_without_her_occupation_and_dateline(speakers):
    text = (
        "JAKARTA- Penyanyi Denada mengaku puas dengan hasil operasi hidungnya. Denada menjalani operasi itu "
        'selama tujuh jam.\n\n"Sesuai harapan aku," tuturnya.'
    )
    assert speakers(text, [("PER", ["JAKARTA- Penyanyi Denada", "Denada"])]) == ["Denada", "Denada"]


def test_place_after_a_regents_office_is_not_part_of_his_name(speakers):
    text = (
        "Pemkab Sidoarjo menormalisasi sungai di Kecamatan Candi. Bupati Sidoarjo Subandi mengatakan, pengerukan "
        'akan selesai bulan depan.\n\n"Kami lihat banyak pendangkalan," kata Subandi.'
    )
    got = speakers(text, [("LOC", ["Sidoarjo Subandi"]), ("LOC", ["Sidoarjo"]), ("PER", ["Subandi"]), ("LOC", ["Candi"])])
    assert got[0] == "Subandi"


def test_a_country_before_a_ministers_one_word_surname_stays_his_name(speakers):
    text = (
        "Israel kembali menyerang. Menhan Israel Katz mengatakan, operasi akan berlanjut.\n\n"
        '"Kami tidak akan berhenti," kata Katz.'
    )
    got = speakers(text, [("PER", ["Israel Katz", "Katz"]), ("LOC", ["Israel"])])
    assert got[0] == "Israel Katz"


def test_a_company_named_elsewhere_is_taken_off_its_chiefs_name(speakers):
    text = (
        "Shell mencatat laba turun. Bos Shell Wael Sawan mengatakan permintaan gas masih kuat, sementara Shell "
        "menahan investasi baru."
    )
    got = speakers(text, [("ORG", ["Shell"]), ("PER", ["Wael Sawan"])])
    assert got == ["Wael Sawan"]


def test_words_after_the_name_end_it(speakers):
    text = (
        '"Korban ditemukan sekitar dua ratus meter dari bibir pantai," kata Koordinator Pos SAR Manggarai Barat '
        "Edy Suryono seusai mengevakuasi korban."
    )
    assert speakers(text, [("PER", ["Edy Suryono"]), ("LOC", ["Manggarai Barat"])]) == ["Edy Suryono"]


def test_a_long_office_with_dari_keeps_the_name_after_it(speakers):
    text = (
        "Anggota Komisi III DPR RI dari Fraksi Partai Kebangkitan Bangsa Hasbiallah Ilyas mengatakan penyitaan "
        "itu patut diapresiasi."
    )
    got = speakers(text, [("PER", ["Hasbiallah Ilyas"]), ("ORG", ["Komisi III DPR RI", "Partai Kebangkitan Bangsa"])])
    assert got == ["Hasbiallah Ilyas"]


def test_a_lawyers_client_is_not_the_speaker(speakers):
    text = '"Klien kami bukan pengedar narkoba," kata kuasa hukum Fariz Hamdani di pengadilan.'
    assert speakers(text, [("PER", ["Fariz Hamdani"])]) != ["Fariz Hamdani"]


def test_a_group_phrase_naming_its_person_is_that_person(speakers):
    text = (
        '"Bantuan belum tiba sejak pekan lalu," kata warga Gaza bernama Yusuf Hamdan.\n\n'
        '"Anak-anak kami kelaparan," kata tersangka Rudi Salim di tempat lain.'
    )
    got = speakers(text, [("PER", ["Yusuf Hamdan"]), ("PER", ["Rudi Salim"]), ("LOC", ["Gaza"])])
    assert got == ["Yusuf Hamdan", "Rudi Salim"]


def test_a_one_word_name_after_a_title_and_a_bodys_acronym(speakers):
    text = '"Layanan pendaftaran badan hukum tetap buka," kata Dirjen AHU Widodo. Widodo meminta warga tidak panik.'
    assert speakers(text, [("PER", ["Widodo"]), ("ORG", ["AHU"])]) == ["Widodo"]


def test_a_nickname_after_a_sentence_names_its_subject_not_the_person_it_talks_about(speakers):
    text = (
        "Ketua DPP PPP Thobahul Aftoni menanggapi pernyataan Mantan Presiden Joko Widodo soal pilihan partainya. "
        "Pria yang akrab disapa Toni ini menilai hal itu hak politik.\n\n"
        '"Itu hak politik beliau sepenuhnya," kata Toni.'
    )
    got = speakers(text, [("PER", ["Thobahul Aftoni"]), ("PER", ["Joko Widodo"]), ("PER", ["Toni"]), ("ORG", ["PPP", "DPP PPP"])])
    assert got[-1] == "Thobahul Aftoni"


def test_a_nickname_unlike_the_name_goes_to_the_previous_sentences_subject(speakers):
    text = (
        "Gubernur Aceh Muzakir Manaf bertemu Menteri Dalam Negeri Tito Karnavian di Jakarta. Pria yang akrab "
        'disapa Mualem itu membahas batas wilayah.\n\n"Pulau-pulau itu hak kita semua," kata Mualem.'
    )
    got = speakers(text, [("PER", ["Muzakir Manaf"]), ("PER", ["Tito Karnavian"]), ("PER", ["Mualem"]), ("LOC", ["Aceh", "Jakarta"])])
    assert got[-1] == "Muzakir Manaf"


def test_a_company_the_model_ran_into_a_persons_name_is_taken_off(speakers):
    text = (
        "Wilmar menyalurkan hewan kurban ke seluruh unit operasional Wilmar. Human Capital Head Wilmar Erlina "
        'Panitri mengatakan, penyaluran itu bagian dari komitmen perusahaan.\n\n"Kami ingin dekat dengan warga," '
        "kata Erlina."
    )
    got = speakers(text, [("PER", ["Wilmar Erlina Panitri", "Erlina"]), ("ORG", ["Wilmar"])])
    assert got[0] == "Erlina Panitri"


def test_a_portfolio_the_model_ran_into_a_ministers_name_is_taken_off(speakers):
    text = (
        '"Bus pertama berangkat dari Teheran pagi ini," kata Menko Polkam Budi Gunawan. Budi Gunawan menyebut '
        "evakuasi berjalan lancar."
    )
    assert speakers(text, [("PER", ["Polkam Budi Gunawan", "Budi Gunawan"]), ("LOC", ["Teheran"])])[0] == "Budi Gunawan"


# ------------------------------------------------------------------ round 2: a role pointed back at, a name cut in two


def test_a_role_with_ini_or_itu_is_the_person_just_written_about(speakers):
    text = (
        '"Kami akan umumkan siapa yang menitipkan siswa," kata Dadang Suherman dalam unggahannya, Kamis.\n\n'
        "Dadang lantas mewanti-wanti panitia seleksi. Mantan Bupati Subang ini memastikan, pihaknya akan "
        "tetap konsisten pada aturan yang berlaku.\n\n"
        '"Makan itu melibatkan banyak enzim," kata Rina Wulandari kepada wartawan.\n\n'
        '"Jangan memarahi orang yang sedang makan," kata pakar gizi masyarakat itu.'
    )
    got = speakers(text, [("PER", ["Dadang Suherman", "Dadang"]), ("PER", ["Rina Wulandari", "Rina"])])
    assert got == ["Dadang Suherman", "Dadang Suherman", "Rina Wulandari", "Rina Wulandari"]


def test_a_time_phrase_after_a_speakers_name_is_not_a_pointer_back(speakers):
    text = (
        "Beberapa pengguna mengeluhkan fitur pada mobil itu.\n\n"
        '"Belum ada masalah yang berarti, hanya soal perangkat lunak," ungkap Ketua Umum Komunitas Pemilik '
        "Andi Saputra belum lama ini."
    )
    assert speakers(text, [("PER", ["Andi Saputra"])]) == ["Andi Saputra"]


def test_a_first_name_takes_the_full_name_the_model_cut_in_two(speakers):
    text = (
        "Head of Corporate Secretary Division Sheila Indah Permata menjelaskan, tarif khusus berlaku sepanjang "
        "hari operasi kereta.\n\n"
        '"Kami mendukung penuh program pemerintah provinsi," ujar Sheila kepada wartawan, Kamis.'
    )
    got = speakers(text, [("ORG", ["Corporate Secretary Division Sheila"]), ("PER", ["Indah Permata"]), ("PER", ["Sheila"])])
    assert got == ["Sheila Indah Permata", "Sheila Indah Permata"]


def test_a_word_of_the_body_before_a_name_is_taken_off_the_person(speakers):
    text = (
        '"Kafe ini menyajikan menu khas Jepang," kata Head Sales Marketing Taman Park Rina Maharani.\n\n'
        "Rina menegaskan bahwa seluruh area Taman Park bebas asap rokok."
    )
    got = speakers(text, [("LOC", ["Taman Park"]), ("PER", ["Park Rina Maharani", "Rina"])])
    assert got == ["Rina Maharani", "Rina Maharani"]


def test_a_one_word_name_after_an_office_does_not_take_the_office_as_its_first_name(speakers):
    text = (
        "Kepala Kantor Bea Cukai Kuala Sulaiman menyatakan pihaknya menggagalkan dua penyelundupan.\n\n"
        '"Kami mengimbau masyarakat aktif melapor," papar Sulaiman dalam keterangannya.'
    )
    assert speakers(text, [("ORG", ["Kantor Bea Cukai Kuala"]), ("PER", ["Sulaiman"])]) == ["Sulaiman", "Sulaiman"]


def test_a_lawyer_named_with_the_role_after_the_name_speaks_for_the_role(speakers):
    text = (
        '"Agenda hari ini pembuktian saksi dari jaksa," ungkap Rudi Santoso, kuasa hukum Dimas AR, saat ditemui '
        "di Pengadilan Negeri Jakarta Selatan.\n\n"
        "Namun, kuasa hukum Dimas AR menyampaikan keberatan terhadap keterangan saksi yang dihadirkan."
    )
    got = speakers(text, [("PER", ["Rudi Santoso"]), ("PER", ["Dimas AR", "Dimas"])])
    assert got == ["Rudi Santoso", "Rudi Santoso"]


def test_a_bodys_record_between_a_persons_words_does_not_take_his_next_ia(speakers):
    text = (
        "Menurut Petugas Pos Pengamatan Gunung Merapi Ahmad Fauzi, kolom abu teramati berwarna putih.\n\n"
        '"Terjadi erupsi pada pukul 20.20 WIB," ujarnya Kamis (19/6/2025).\n\n'
        "Berdasarkan catatan petugas, gunung itu tercatat sudah erupsi sembilan kali sejak pagi.\n\n"
        "Ia menjelaskan gunung itu masih berstatus waspada, sehingga warga dilarang beraktivitas di sektor tenggara."
    )
    got = speakers(text, [("PER", ["Ahmad Fauzi", "Ahmad"]), ("LOC", ["Gunung Merapi"])])
    assert got[-1] == "Ahmad Fauzi"


def test_a_surname_alone_takes_the_full_name_another_quote_of_the_person_gives(speakers):
    text = (
        '"Ini momen yang membanggakan bagi saya," kata Trent Alexander-Arnold seusai laga.\n\n'
        '"Fondasinya sudah terbentuk untuk menang," ujar Alexander-Arnold kepada wartawan.\n\n'
        '"Kami akan mengurasi semua proyek," kata Menko AHY di Jakarta.\n\n'
        '"Proyek ini bukan proyek kecil," ujar AHY.'
    )
    got = speakers(text, [("PER", ["Trent Alexander-Arnold", "Alexander-Arnold"]), ("PER", ["AHY"])])
    assert got[:2] == ["Trent Alexander-Arnold", "Trent Alexander-Arnold"]
    assert got[3] == "AHY"  # a title written before a name is no part of it


def test_a_description_points_to_the_person_introduced_after_an_adverb_and_an_aside(speakers):
    text = (
        '"Lebih dari satu miliar ton makanan terbuang setiap tahun," kata Nita Sari dalam peringatan itu, Rabu.\n\n'
        "Dalam kesempatan yang sama, Sekjen Komunitas Gastronomi Indonesia (KGI), dr. Rama Wijaya Putra, banyaknya "
        "sampah makanan adalah ironi.\n\n"
        '"Piring kita penyumbang terbesar sisa makanan," ucap pakar kedokteran komunitas itu.'
    )
    got = speakers(text, [("PER", ["Nita Sari", "Nita"]), ("PER", ["Rama Wijaya Putra"])])
    assert got[-1] == "Rama Wijaya Putra"


def test_a_share_of_people_is_no_speaker_named_by_its_number(speakers):
    text = (
        "Piknik makin digemari di Amerika Serikat. Pada 2018, 55 persen anak muda Amerika mengatakan bahwa piknik "
        "adalah cara paling murah untuk bersantai bersama teman."
    )
    got = speakers(text, [("LOC", ["Amerika Serikat"]), ("LOC", ["Amerika"])])
    assert "55" not in got
    assert not [s for s in got if s and not any(c.isalpha() for c in s)]


def test_the_noun_that_introduces_a_nickname_speaks_for_the_person_not_as_a_name(speakers):
    text = (
        '"Sisanya masih dalam proses perbaikan," ujar Menteri Sosial Saifullah Yusuf, Jumat (20/6/2025).\n\n'
        "Pria yang akrab disapa Gus Ipul ini menegaskan, pembuatan rekening kolektif menjadi salah satu upaya percepatan."
    )
    assert speakers(text, [("PER", ["Saifullah Yusuf"]), ("PER", ["Gus Ipul"])]) == ["Saifullah Yusuf", "Saifullah Yusuf"]
    text = (
        "Mantan anggota DPR Angelina Sondakh hadir dalam acara itu pada Kamis (19/6/2025).\n\n"
        "Wanita yang akrab disapa Angie itu menyebut, dirinya kini fokus mengurus anak."
    )
    assert speakers(text, [("PER", ["Angelina Sondakh"]), ("PER", ["Angie"]), ("ORG", ["DPR"])]) == ["Angelina Sondakh"]
