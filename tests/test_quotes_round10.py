"""Speaker and quote classes seen on unseen corpus days (round 10), each on sentences written in the style of the
outlets: dates read into a speaker's name, a parent taken for the child, a first name left alone after its rank,
a statement given "melalui" an officer, a role whose holder is named after its region, a plain object that opens a
clause, a medium after the speaker's name, people named by what they do, and the one office-stripping pass."""

from __future__ import annotations

import pytest

from quote_runs import QuoteRun


@pytest.fixture
def said(quote_run: QuoteRun):
    """The (text, speaker) pairs the quote component finds in a text, with the entities given as (type, forms)."""
    return lambda text, entities=None: [(q.text, q.speaker) for q in quote_run(text, entities)]


# ------------------------------------------------------------------ a date is no word of the speaker's name


def test_weekday_after_the_name_dates_the_quote(said):
    text = '"Pasar masih menunggu kepastian tarif," kata Rudi Senin (9/6/2025).'
    assert said(text, [("PER", ["Rudi"])]) == [("Pasar masih menunggu kepastian tarif", "Rudi")]


def test_weekday_after_a_rank_and_first_name_leaves_the_full_name(said):
    text = (
        "Kasi Humas Polres Lubuk, Iptu Danu Prasetyo Wibowo, membenarkan kejadian itu. "
        '"Pelaku sudah kami amankan," kata Iptu Danu Senin (9/6/2025).'
    )
    assert said(text, [("PER", ["Danu Prasetyo Wibowo", "Danu"])])[-1] == ("Pelaku sudah kami amankan", "Danu Prasetyo Wibowo")


def test_month_and_year_before_a_report_leave_its_source(said):
    text = "Sebelumnya, Februari 2025 laporan CNBC mengungkapkan bahwa perusahaan itu merugi besar."
    assert said(text, [("ORG", ["CNBC"])]) == [("perusahaan itu merugi besar", "CNBC")]


def test_month_and_year_before_a_company_are_no_part_of_it(said):
    text = "Sementara itu, pada April 2025 Garuda Indonesia mengatakan bahwa armadanya bertambah tiga pesawat."
    assert said(text, [("ORG", ["Garuda Indonesia"])]) == [("armadanya bertambah tiga pesawat", "Garuda Indonesia")]


def test_a_month_alone_is_still_a_first_name(said):
    text = "Juni Rahmawati mengatakan bahwa harga beras di pasar sudah turun."
    assert said(text, [("PER", ["Juni Rahmawati"])]) == [("harga beras di pasar sudah turun", "Juni Rahmawati")]


# ------------------------------------------------------------------ a relative is not the person named after it


def test_parent_of_a_student_does_not_become_the_student(said):
    text = (
        'Siswa asal Padang, Rafi Al Hakim, lulus ke ITB. "Saya belajar sejak SD," kata Rafi. '
        "Berdasarkan keterangan Orang Tua Rafi, anaknya rajin belajar setiap malam. "
        '"Saya ikut olimpiade dua kali," ujar Rafi.'
    )
    speakers = [speaker for _, speaker in said(text)]
    assert speakers[0] == speakers[-1] == "Rafi Al Hakim"
    assert speakers[1] == "Orang Tua Rafi"  # the parent speaks, named by the child


# ------------------------------------------------------------------ a first name after its rank is the full name


def test_rank_and_first_name_before_ditemui_is_the_person_named_in_full(said):
    text = (
        "Menurut Kanit Reskrim Polsek Batu, Iptu Fajar Adi Nugroho, pelaku kabur ke Riau. "
        '"Kami kejar pelaku sampai dapat," kata Iptu Fajar ditemui, Senin (9/6).'
    )
    assert [s for _, s in said(text, [("PER", ["Fajar Adi Nugroho"])])] == ["Fajar Adi Nugroho", "Fajar Adi Nugroho"]


def test_office_closing_with_the_name_and_how_it_was_said(said):
    text = (
        '"Dokumen mereka sudah kami periksa," kata Kepala Seksi Intelijen dan Penindakan Keimigrasian Kanim '
        "Kotamobagu Keneth Rompas via telepon."
    )
    assert said(text, [("ORG", ["Kanim Kotamobagu"])]) == [("Dokumen mereka sudah kami periksa", "Keneth Rompas")]


# ------------------------------------------------------------------ "X melalui Y": who speaks


def test_statement_given_through_an_officer_is_the_officers(said):
    text = "Kapolres Bantul AKBP Andi Saputra melalui Kasi Humas AKP Rina Marlina menyampaikan bahwa pelaku sudah ditahan."
    entities = [("PER", ["Andi Saputra"]), ("PER", ["Rina Marlina"])]
    assert said(text, entities) == [("pelaku sudah ditahan", "Rina Marlina")]


def test_statement_given_through_an_account_is_the_bodys(said):
    text = "Dinas Sosial melalui akun Instagram resminya menyampaikan bahwa bantuan sudah disalurkan ke warga."
    assert said(text, [("ORG", ["Dinas Sosial"])]) == [("bantuan sudah disalurkan ke warga", "Dinas Sosial")]


# ------------------------------------------------------------------ roles and their holders


def test_role_named_before_with_its_region_is_its_holder(said):
    text = (
        "Rapat dipimpin Wakil Ketua DPRD Kabupaten Indramayu, Amroni, pada Senin pagi. "
        "Dalam sambutannya, Wakil Ketua DPRD menyampaikan bahwa nota penjelasan sudah dibahas fraksi."
    )
    assert said(text, [("PER", ["Amroni"])]) == [("nota penjelasan sudah dibahas fraksi", "Amroni")]


def test_short_deputy_title_is_no_part_of_the_name(said):
    text = "Wabup Syaefudin mengatakan bahwa lomba itu membentuk karakter para pelajar."
    assert said(text) == [("lomba itu membentuk karakter para pelajar", "Syaefudin")]


def test_visitor_speaks_as_written(said):
    assert said('"Lumayan jauh memutarnya," ujar seorang pengunjung.') == [("Lumayan jauh memutarnya", "pengunjung")]


def test_trade_before_a_name_opening_the_sentence_is_dropped(said):
    text = "Pedagang pasar Rudi Hartono mengatakan, harga cabai naik dua kali lipat."
    assert said(text, [("PER", ["Rudi Hartono"])]) == [("harga cabai naik dua kali lipat", "Rudi Hartono")]


# ------------------------------------------------------------------ plain objects and clauses


def test_object_noun_after_bahwa_opens_a_clause(said):
    text = "Pelatih Budi Santoso mengatakan bahwa kemenangan ini dipersembahkan untuk suporter."
    assert said(text, [("PER", ["Budi Santoso"])]) == [("kemenangan ini dipersembahkan untuk suporter", "Budi Santoso")]


def test_object_noun_pointed_at_before_a_verb_opens_a_clause(said):
    text = "Pelatih Budi Santoso mengatakan kemenangan ini dipersembahkan untuk suporter."
    assert said(text, [("PER", ["Budi Santoso"])]) == [("kemenangan ini dipersembahkan untuk suporter", "Budi Santoso")]


def test_securing_qualification_says_nothing(said):
    assert said("Sementara itu, Skuad Garuda sudah memastikan lolos ke putaran keempat kualifikasi.") == []


def test_securing_a_place_still_says_nothing(said):
    assert said("Budi Santoso memastikan tempat di final setelah menang dua gim.", [("PER", ["Budi Santoso"])]) == []


# ------------------------------------------------------------------ a medium after the speaker's name


def test_medium_after_the_name_ends_the_speaker(said):
    text = '"Mobilnya sudah diderek pemiliknya," kata Andi dilansir detikNews.'
    assert said(text, [("PER", ["Andi"])]) == [("Mobilnya sudah diderek pemiliknya", "Andi")]


# ------------------------------------------------------------------ a pointer to the source and a ruling


def test_ruling_speaks_for_its_court(said):
    text = "Putusan MK menyatakan bahwa pulau kecil harus dilindungi dari tambang."
    assert said(text, [("ORG", ["Mahkamah Konstitusi", "MK"])]) == [("pulau kecil harus dilindungi dari tambang", "Mahkamah Konstitusi")]


def test_pointer_to_a_ruling_is_no_part_of_the_speaker(said):
    text = "Merujuk Putusan Mahkamah Konstitusi (MK) Nomor 35 Tahun 2023 secara tegas menyatakan bahwa pulau kecil harus dilindungi."
    assert said(text, [("ORG", ["Mahkamah Konstitusi", "MK"])]) == [("pulau kecil harus dilindungi", "Mahkamah Konstitusi")]


def test_number_of_a_ruling_is_no_owner(said):
    text = "Pulau itu kecil. Putusan Mahkamah Konstitusi (MK) No. 35/PUU-XXI/2023 menyatakan bahwa tambang merusak pulau kecil."
    assert said(text, [("ORG", ["Mahkamah Konstitusi", "MK"])]) == [("tambang merusak pulau kecil", "Mahkamah Konstitusi")]


def test_police_unit_between_title_and_rank_is_no_part_of_the_name(said):
    text = "Kapolres Aceh Barat AKBP Yoghi Hadisetiawan melalui Kasat Lantas Iptu Yusrizal mengonfirmasi bahwa tidak ada korban jiwa selama arus balik."
    entities = [("PER", ["Yoghi Hadisetiawan"]), ("PER", ["Yusrizal"])]
    assert said(text, entities) == [("tidak ada korban jiwa selama arus balik", "Yusrizal")]


def test_the_one_a_group_spoke_to_is_not_the_speaker(said):
    text = 'Gibran Rakabuming Raka datang ke posko. "Kami mau dibawa ke mana?" celetuk warga ke Gibran.'
    assert said(text, [("PER", ["Gibran Rakabuming Raka", "Gibran"])]) == [("Kami mau dibawa ke mana?", "warga")]


def test_first_name_after_a_short_title_takes_the_persons_full_name(said):
    text = (
        'Hal itu diungkapkan Menteri Kesehatan RI Budi Gunadi Sadikin di Jakarta. "Gigi anak harus dirawat sejak dini," ujar Menkes Budi.'
    )
    assert said(text, [("PER", ["Budi Gunadi Sadikin", "Budi"])])[-1] == ("Gigi anak harus dirawat sejak dini", "Budi Gunadi Sadikin")


def test_a_police_officers_degree_is_no_part_of_his_name(said):
    text = '"Kasus ini masih kami dalami," ujar Kapolres AKBP Hendra Siregar SIK MH kepada wartawan.'
    assert said(text, [("PER", ["Hendra Siregar SIK MH"])]) == [("Kasus ini masih kami dalami", "Hendra Siregar")]


def test_an_office_relaying_the_statement_after_the_verb_gives_its_officer(said):
    text = '"Kami siap mengamankan arus mudik," kata Kapolres Bantul AKBP Andi Saputra melalui Kasi Humas AKP Rina Marlina.'
    assert said(text, [("PER", ["Andi Saputra"]), ("PER", ["Rina Marlina"])]) == [("Kami siap mengamankan arus mudik", "Rina Marlina")]


def test_a_channel_after_the_verb_leaves_the_speaker(said):
    text = '"Terima kasih atas dukungannya," tulis Raisa melalui akun Instagram pribadinya.'
    assert said(text, [("PER", ["Raisa"])]) == [("Terima kasih atas dukungannya", "Raisa")]
