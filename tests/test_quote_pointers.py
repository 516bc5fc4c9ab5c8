"""Speakers written as pointers on whole news days of other outlets and weeks, on invented sentences: a pronoun with a
second speech verb after it, a person introduced by a trade or by "bernama" and then quoted with "-nya", and a speaker
given only by the nickname a description gives, a trade or a company's management as speaker, and a verb of stressing
written after a quote ("Reza mempertegas")."""

from __future__ import annotations


def test_a_pronoun_followed_by_a_second_speech_verb_is_the_last_speaker(speakers):
    text = (
        '"Kedua penyerang kami bermain bagus dan masing-masing mencetak gol," kata Budi Santoso di Bandung. '
        '"Untuk Andi, dia masuk dari bangku cadangan dan langsung memberi dampak bagi tim," kata dia menambahkan.'
    )
    assert speakers(text, [("PER", ["Budi Santoso"]), ("PER", ["Andi"])]) == ["Budi Santoso", "Budi Santoso"]


def test_a_pronoun_and_again_is_the_last_speaker(speakers):
    text = (
        '"Kami akan terus memperbaiki layanan bagi para penumpang kereta," ujar Rina Marlina kepada wartawan. '
        '"Keluhan penumpang selalu kami catat dan kami tindak lanjuti setiap pekan," ujar dia lagi.'
    )
    assert speakers(text, [("PER", ["Rina Marlina"])]) == ["Rina Marlina", "Rina Marlina"]


def test_a_person_introduced_by_trades_is_who_the_pronoun_points_to(speakers):
    text = (
        "Solois dan penulis lagu Dewi Anggraini kembali merilis lagu baru tentang perpisahan. "
        '"Lagu ini saya tulis saat sedang berada di titik terendah dalam hidup saya," ujarnya dalam keterangan resmi.'
    )
    assert speakers(text, [("PER", ["Dewi Anggraini"])]) == ["Dewi Anggraini"]


def test_a_person_introduced_by_bernama_is_who_the_pronoun_points_to(speakers):
    text = (
        "Longsor kembali menggerus tebing sungai di desa itu. Seorang warga Desa Sukamaju bernama Hendra Wijaya mengaku "
        'cemas. "Dapur rumah kami sudah retak dan sebagian lantainya jatuh ke sungai," ujarnya saat ditemui.'
    )
    assert speakers(text, [("PER", ["Hendra Wijaya"]), ("LOC", ["Desa Sukamaju"])]) == ["Hendra Wijaya"]


def test_a_person_named_after_bernama_as_the_one_acted_on_is_no_speaker(speakers):
    text = (
        "Polisi menangkap seorang pria bernama Joko Susilo di Bekasi. "
        '"Kami masih mendalami motif pelaku dalam kasus pencurian ini," ujarnya kepada wartawan.'
    )
    assert "Joko Susilo" not in speakers(text, [("PER", ["Joko Susilo"]), ("LOC", ["Bekasi"])])


def test_a_speaker_given_by_the_nickname_a_description_gives(speakers):
    text = (
        "Anemia defisiensi besi sering tidak disadari oleh orang tua. "
        '"Gejala khas lainnya bisa dilihat di lidah dan kuku anak yang tampak pucat," jelas dokter yang akrab disapa Parlin.'
    )
    assert speakers(text, [("PER", ["Parlin"])]) == ["Parlin"]


def test_a_victim_named_after_bernama_takes_no_later_pronoun_from_the_last_speaker(speakers):
    text = (
        '"Pelaku menggunakan mobil berwarna putih," ujar Kabid Humas Polda Jabar Kombes Hendra Gunawan kepada wartawan. '
        "Korban bernama Dimas Pratama sudah melaporkan kejadian tersebut ke Polres Purwakarta. "
        '"Kami masih melakukan pencarian terhadap terduga pelaku," tegasnya.'
    )
    got = speakers(text, [("PER", ["Hendra Gunawan"]), ("PER", ["Dimas Pratama"]), ("ORG", ["Polres Purwakarta"])])
    assert got == ["Hendra Gunawan", "Hendra Gunawan"]


def test_names_joined_by_dan_are_not_a_trade_describing_the_second(speakers):
    text = (
        "Pengusaha kuliner Jody Santosa memberikan apresiasi kepada Sabar dan Reza Pratama. "
        "Sabar dan Reza Pratama masing-masing mendapatkan Rp 50 juta. "
        '"Jangan dilihat dari besarannya, tapi apresiasi pasti kami berikan," ujarnya di Jakarta.'
    )
    got = speakers(text, [("PER", ["Jody Santosa"]), ("PER", ["Sabar"]), ("PER", ["Reza Pratama"])])
    assert "Reza Pratama" not in got


def test_a_trade_described_with_a_birthplace_and_a_pointer_is_the_person_named_before(speakers):
    text = (
        "Kiper Persib Bandung Rizki Ramadhan kembali dipanggil ke tim nasional. "
        '"Saya banyak belajar dari para senior di tim nasional selama pemusatan latihan," sambung kiper kelahiran Bandung tersebut.'
    )
    got = speakers(text, [("ORG", ["Persib Bandung"]), ("PER", ["Rizki Ramadhan"]), ("LOC", ["Bandung"])])
    assert got == ["Rizki Ramadhan"]


def test_a_companys_management_names_its_speaker_after_the_comma(speakers):
    text = (
        "Tarif parkir di pelabuhan itu dikeluhkan wisatawan. "
        '"Kami sudah memberikan penjelasan kepada pemilik kendaraan soal tarif parkir menginap," ungkap manajemen '
        "PT Duta Samudra, Eko Sugiarto, dalam keterangan tertulis."
    )
    got = speakers(text, [("ORG", ["PT Duta Samudra"]), ("PER", ["Eko Sugiarto"])])
    assert got == ["Eko Sugiarto"]


def test_a_representative_with_no_name_is_kept_as_written_with_the_body(speakers):
    text = (
        "Gim skateboard baru itu dirilis pekan ini. "
        '"Kami ingin pengalaman bermain skateboard terasa autentik namun tetap mudah diakses," kata perwakilan Snowman.'
    )
    # a group phrase is kept as written (GOLD's "the organisation when no person is named" is inside it)
    assert speakers(text, [("ORG", ["Snowman"])]) == ["perwakilan Snowman"]


def test_a_name_and_a_verb_of_stressing_after_a_quote_attribute_it(speakers):
    text = (
        "Reza Ardiansyah kalah di semifinal turnamen itu. "
        '"Tapi walau begitu sekarang sudah ada perlawanan dari kami di setiap gim," Reza mempertegas.'
    )
    assert speakers(text, [("PER", ["Reza Ardiansyah", "Reza"])]) == ["Reza Ardiansyah"]


def test_a_verb_of_stressing_with_a_plain_object_reports_nothing(speakers):
    text = "Pemerintah mempertegas komitmennya untuk memperbaiki layanan transportasi umum di seluruh kota besar."
    assert speakers(text, [("ORG", ["Pemerintah"])]) == []


def test_a_person_named_after_bernama_whom_something_befell_is_no_speaker(speakers):
    # the one "bernama" introduces speaks only when he acts in his sentence: drowned, arrested or dead he is told about
    for text in (
        'Seorang bocah bernama Rafi Ahmad hanyut terbawa arus sungai. "Pencarian kami lanjutkan besok pagi," katanya.',
        'Pria bernama Anton Wijaya itu ditangkap di rumahnya. "Barang bukti sudah kami amankan," katanya.',
        'Seorang pengemudi bernama Yanto Saputra meninggal di lokasi. "Truk melaju kencang," ujarnya.',
    ):
        name = text.split("bernama ")[1].split(" ")[:2]
        assert " ".join(name) not in speakers(text, [("PER", [" ".join(name)])])


def test_a_second_subject_joined_by_dan_before_a_trade_is_not_the_one_subject(speakers):
    text = (
        'Gelandang Persija Rizky Ridho dan penyerang Marko Simic mencetak gol pada laga itu. "Kami bermain sangat baik malam ini," ujarnya.'
    )
    assert "Marko Simic" not in speakers(text, [("PER", ["Rizky Ridho"]), ("PER", ["Marko Simic"])])


def test_a_nickname_given_to_someone_the_speaker_is_related_to_is_not_the_speaker(speakers):
    text = '"Anak saya memang sejak kecil suka menggambar," kata ayah dari bocah yang akrab disapa Ucok itu.'
    assert "Ucok" not in speakers(text, [("PER", ["Ucok"])])
    text = '"Tidak ada yang dirugikan," jelas pengacara terdakwa yang akrab disapa Babe.'
    assert "Babe" not in speakers(text, [("PER", ["Babe"])])


def test_a_nickname_no_name_of_the_article_gives_points_back_to_the_one_named_before(speakers):
    text = (
        '"Remaja perlu tahu cara menjaga diri," kata Juru Bicara Kementerian Kesehatan, drg. Widyawati. '
        '"Edukasi kami lakukan bersama sekolah dan orang tua," kata perempuan yang akrab disapa Bu Wid kepada wartawan.'
    )
    assert speakers(text, [("PER", ["Widyawati"]), ("PER", ["Wid"])]) == ["Widyawati", "Widyawati"]


def test_a_body_written_by_its_common_noun_alone_or_with_a_pointer_is_the_body_named_before(speakers):
    text = (
        "Kementerian Luar Negeri Brasil membantah laporan soal penjualan senjata itu. "
        '"Brasil tidak pernah menjual sistem pertahanan udara kepada negara mana pun," ungkap kementerian Brasil '
        'tersebut. "Kami menghormati semua perjanjian internasional yang sudah kami tandatangani," kata kementerian itu. '
        'Kementerian Luar Negeri juga memanggil duta besar negara itu. "Semua kontrak lama sudah berakhir," tambah kementerian.'
    )
    bodies = [("ORG", ["Kementerian Luar Negeri Brasil"]), ("LOC", ["Brasil"])]
    assert speakers(text, bodies) == ["Kementerian Luar Negeri Brasil"] * 3
    # with no such body named before, the pointer names no one
    text = 'Partai Hijau Raya bertemu di Bandung. "Kami akan mengajukan calon sendiri," kata kementerian tersebut.'
    assert speakers(text, [("ORG", ["Partai Hijau Raya"])]) == []

