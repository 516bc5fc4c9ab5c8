"""The setting of events a strict reader rejected on whole corpus days (issue 16): the type a trigger word has in its
sentence (a condolence with no one addressed, an appeal with no caution, a record figure, a commemoration), the place
(where a suspect is held, a boat, a happening's name, the destination of a suspended route) and the date (the day of
what a cause caused, the week a lead's background gives). Sentences written for these tests in the style of the
reports."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.records.events import Event


def events(nlp, text: str) -> list[Event]:
    return sentence_events(nlp, text, published="2025-06-20")


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-20")


def test_a_condolence_is_a_message_only_when_addressed(nlp):
    post = "Penyanyi Rossa menyampaikan belasungkawa atas meninggalnya perancang busana Anne Avantie."
    assert of_type(nlp, post, "COMMUNICATE") == []
    addressed = "Gubernur Khofifah Indar Parawansa menyampaikan belasungkawa kepada keluarga korban kecelakaan bus."
    assert [e.who[0] for e in of_type(nlp, addressed, "COMMUNICATE")] == ["Khofifah Indar Parawansa"]


def test_a_welcome_is_no_message(nlp):
    text = "Presiden Vladimir Putin lalu mengucapkan selamat datang kepada Presiden Prabowo Subianto di Moskow."
    assert of_type(nlp, text, "COMMUNICATE") == []


def test_an_appeal_is_a_warning_only_with_a_word_of_caution(nlp):
    request = "Kasatlantas Adi Nugroho juga mengimbau pengunjung agar memarkirkan kendaraan di kantong parkir yang disediakan."
    assert of_type(nlp, request, "WARN") == []
    caution = "Kepala BPBD Joko Santoso mengimbau warga di lereng gunung agar waspada terhadap guguran lava."
    assert [e.who[0] for e in of_type(nlp, caution, "WARN")] == ["Joko Santoso"]


def test_a_warning_system_or_a_lesson_is_no_warning(nlp):
    system = "Kepala BMKG Dwikorita Karnawati menekankan pentingnya sistem peringatan dini di kawasan pesisir."
    assert of_type(nlp, system, "WARN") == []
    lesson = "Kisah Situ Bagendit menjadi peringatan bagi warga agar tidak serakah."
    assert of_type(nlp, lesson, "WARN") == []
    issued = "BMKG mengeluarkan peringatan dini cuaca ekstrem untuk wilayah Sulawesi Utara pada Jumat (20/6/2025)."
    assert of_type(nlp, issued, "WARN")


def test_a_record_figure_of_displaced_people_is_no_evacuation(nlp):
    text = "Guterres menyoroti bahwa jumlah orang yang mengungsi demi keselamatan terus mencapai rekor tertinggi."
    assert of_type(nlp, text, "EVACUATE") == []
    one = "Sebanyak 120 warga Desa Sukamaju mengungsi ke balai desa setelah banjir bandang pada Kamis (19/6/2025)."
    assert of_type(nlp, one, "EVACUATE")


def test_the_dead_arriving_at_a_clinic_make_no_visit(nlp):
    text = "Korban bernama Li Wei dinyatakan sudah meninggal dunia saat tiba di Puskesmas Labuan Bajo."
    assert of_type(nlp, text, "VISIT") == []
    assert of_type(nlp, text, "DIE")


def test_an_emergency_landing_is_no_accident_nor_visit(nlp):
    text = "Pesawat Lion Air itu mendarat darurat di Bandara Sultan Hasanuddin setelah ancaman bom, Kamis (19/6/2025)."
    assert of_type(nlp, text, "ACCIDENT") == [] and of_type(nlp, text, "VISIT") == []


def test_a_place_of_custody_is_not_where_an_arrest_took_place(nlp):
    held = "Saat ini tersangka diamankan di Polresta Pekanbaru."
    assert [e.where for e in of_type(nlp, held, "ARREST")] == [None]
    raid = "Polisi menangkap dua pelaku pencurian di Ciwandan, Cilegon, Banten, pada Kamis (19/6/2025)."
    assert [e.where for e in of_type(nlp, raid, "ARREST")] == ["Ciwandan"]
    # a police body named for the area it covers is where
    area = "Selanjutnya tersangka RI ditangkap di wilayah Polda Sumut pada Senin (16/6/2025)."
    assert [e.where for e in of_type(nlp, area, "ARREST")] == ["Polda Sumut"]


def test_a_vehicle_is_not_where_a_mishap_took_place(nlp):
    boat = "Perahu KM Sinar Bahari terbalik dihantam gelombang tinggi pada Selasa (17/6/2025)."
    assert [e.where for e in of_type(nlp, boat, "ACCIDENT")] == [None]
    crossing = "Kecelakaan terjadi di perlintasan Kereta Commuter Line Pasar Baru, Kecamatan Karawaci, Jumat (20/6/2025)."
    assert [e.where for e in of_type(nlp, crossing, "ACCIDENT")] == ["Kecamatan Karawaci"]


def test_a_happening_named_is_not_its_place(nlp):
    text = "Kebakaran Pasar Kramat Jati menghanguskan ratusan kios pada Kamis (19/6/2025)."
    assert [e.where for e in of_type(nlp, text, "ACCIDENT")] == ["Pasar Kramat Jati"]
    # a common word left of the name is no place: the place after "di" is
    forest = "Petugas berupaya memadamkan Kebakaran Hutan yang meluas di Kubu Raya pada Senin (9/6/2025)."
    assert [e.where for e in of_type(nlp, forest, "DISASTER")] == ["Kubu Raya"]


def test_ash_is_no_eruption_where_it_falls(nlp):
    text = "Hingga pagi ini, abu vulkanik juga masih menyelimuti wilayah Kabupaten Sikka."
    assert of_type(nlp, text, "DISASTER") == []


def test_a_suspended_route_is_closed_where_it_goes(nlp):
    text = "Maskapai Delta Air Lines telah menangguhkan penerbangan ke Tel Aviv hingga akhir bulan."
    assert [e.where for e in of_type(nlp, text, "CLOSE")] == ["Tel Aviv"]


def test_a_cause_does_not_take_the_date_of_what_it_caused(nlp):
    text = "Wings Air membatalkan sejumlah penerbangan dari dan menuju Maumere pada Rabu, 18 Juni 2025 akibat erupsi Gunung Lewotobi."
    assert [e.when for e in of_type(nlp, text, "CLOSE")] == ["2025-06-18"]
    assert [e.when for e in of_type(nlp, text, "DISASTER")] == [None]


def test_a_week_of_background_does_not_date_what_follows(nlp):
    text = (
        "Israel mulai menyerang Iran pada pekan lalu.\n"
        "Pemerintah Kanada telah memerintahkan para diplomatnya meninggalkan negara itu.\n"
        "Menteri Luar Negeri Kanada Anita Anand mengumumkan penutupan sementara Kedutaan Besar Kanada."
    )
    assert [e.when for e in of_type(nlp, text, "CLOSE")] == [None]
    # a lead dated to a day still dates the happening's later reports
    day = "Penembakan terjadi di sebuah sekolah di Kota Graz pada Selasa (10/6/2025).\nSedikitnya sembilan orang tewas."
    assert [e.when for e in of_type(nlp, day, "DIE")] == ["2025-06-10"]


def test_a_route_ends_where_a_service_goes_only(nlp):
    deed = "Pengadilan bisa membatalkan peralihan hak atas tanah itu sehingga dikembalikan ke Kampung Melayu."
    assert all(e.where is None for e in of_type(nlp, deed, "CLOSE"))


def test_explosions_and_fires_in_a_report_of_strikes_are_no_mishap(nlp):
    war = (
        "Iran kembali meluncurkan rudal balistik dan drone ke arah Israel pada Kamis (19/6/2025).\n"
        "Sirene meraung setelah rudal menembus pertahanan udara di kota Haifa.\n"
        "Bunyi ledakan juga terdengar di beberapa kota lain dan sebuah gedung terbakar."
    )
    assert of_type(nlp, war, "ACCIDENT") == []
    gas = "Ledakan tabung gas di sebuah rumah makan di Bekasi melukai tiga orang pada Kamis (19/6/2025)."
    assert [e.where for e in of_type(nlp, gas, "ACCIDENT")] == ["Bekasi"]


def test_a_world_shaken_is_no_disaster(nlp):
    text = "Kecelakaan tragis itu mengguncang dunia penerbangan, dan maskapai menghadapi tantangan besar."
    assert of_type(nlp, text, "DISASTER") == []
    quake = "Gempa magnitudo 5,2 mengguncang Kabupaten Garut pada Kamis (19/6/2025)."
    assert [e.where for e in of_type(nlp, quake, "DISASTER")] == ["Kabupaten Garut"]


def test_a_body_under_which_someone_acts_is_no_place(nlp):
    under = "Kedua pria itu telah ditahan dalam operasi ICE, badan di bawah Departemen Keamanan Dalam Negeri (DHS) Amerika Serikat."
    assert [e.where for e in of_type(nlp, under, "ARREST")] == [None]
    bridge = "Tersangka ditangkap di bawah Jembatan Semanggi pada Kamis (19/6/2025)."
    assert [e.where for e in of_type(nlp, bridge, "ARREST")] == ["Jembatan Semanggi"]


def test_a_land_fire_is_a_disaster_and_a_danger_to_security_no_warning(nlp):
    fire = "Petugas menerima laporan kebakaran lahan di Desa Setengar, Natuna, pada Senin (9/6/2025)."
    assert of_type(nlp, fire, "DISASTER") and of_type(nlp, fire, "ACCIDENT") == []
    danger = "Jaksa Agus Santoso menyatakan bahwa penyelundupan itu mengancam keamanan pangan nasional."
    assert of_type(nlp, danger, "WARN") == []


def test_advice_to_the_reader_tells_no_happening(nlp):
    assert of_type(nlp, "Selain kereta, kamu juga bisa datang ke Ancol menggunakan bus Transjakarta.", "VISIT") == []
    assert of_type(nlp, "Berikut langkah yang perlu Anda lakukan saat terjadi gempa di dalam gedung.", "DISASTER") == []
    # a reader addressed inside a quote is the speaker's listener: the happening told is one
    quoted = '"Kami sudah bertemu Anda di Jakarta kemarin," kata Menteri Sugiono kepada Duta Besar Masaki Yasushi.'
    assert of_type(nlp, quoted, "MEET")


def test_a_count_of_visitors_is_no_visit(nlp):
    assert of_type(nlp, "Pada kuartal pertama 2025, Thailand dikunjungi 9,5 juta wisatawan asing.", "VISIT") == []
    assert of_type(nlp, "Museum itu dikunjungi Presiden Prabowo Subianto pada Senin (9/6/2025).", "VISIT")


def test_a_near_miss_and_retained_earnings_are_no_happenings(nlp):
    near = "Truk itu sempat menyerempet mobil saya hingga nyaris terguling, ungkap Dadang."
    assert of_type(nlp, near, "ACCIDENT") == []
    earnings = "Pemegang saham menyetujui penggunaan laba bersih, dengan rincian disisihkan sebagai dana cadangan dan laba ditahan."
    assert of_type(nlp, earnings, "ARREST") == []
    assert of_type(nlp, "Bus itu terguling di Tol Cipularang pada Senin (9/6/2025).", "ACCIDENT")
