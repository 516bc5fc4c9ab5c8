"""Events that are real happenings, of the right type and status (issue 16, round 33; classes read in a gold of 11-15
June, May 2025 and 2008 pages, and in the judged timelines of 9 and 16-17 June): a licence suspended is a sanction, a
fate told with "harus" befell someone, a risk to be watched is no happening, a happening told again bare is not a new
one, a guide for travel is no trip, a fear given as a reason voices no concern. On sentences written for these tests in
the outlets' style."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.records.events import Event

DAY = "2025-06-12"


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published=DAY)


def test_a_licence_suspended_is_a_sanction_not_a_closure(nlp):
    text = "Lisensi kedua pilot yang menerbangkan helikopter itu telah ditangguhkan oleh Direktorat Jenderal Perhubungan Udara."
    assert of_type(nlp, text, "SANCTION")
    assert not of_type(nlp, text, "CLOSE")
    text = "Kementerian Perhubungan menangguhkan izin operasional PT Angkasa Nusantara selama tiga bulan."
    ev = of_type(nlp, text, "SANCTION")
    assert ev and "PT Angkasa Nusantara" in ev[0].who
    # a service suspended is still a closure
    text = "Kementerian Perhubungan menangguhkan penerbangan Garuda Indonesia ke Tel Aviv mulai Rabu (11/6/2025)."
    assert of_type(nlp, text, "CLOSE")
    assert not of_type(nlp, text, "SANCTION")
    # a licence in another clause does not make the flights' cancellation a sanction
    text = "Maskapai itu sudah mengantongi izin terbang, tetapi penerbangan ke Bali dibatalkan akibat erupsi Gunung Lewotobi."
    assert not of_type(nlp, text, "SANCTION")


def test_a_fate_told_with_harus_befell_someone(nlp):
    ev = of_type(nlp, "Seorang pengendara ojol, Dedi Kurniawan, harus meregang nyawa setelah ditabrak truk di Jalan Daan Mogot.", "DIE")
    assert ev and ev[0].who == ["Dedi Kurniawan"] and ev[0].status == "occurred"
    ev = of_type(nlp, "Akibatnya, masinis kereta itu mengalami luka dan harus dilarikan ke rumah sakit terdekat.", "EVACUATE")
    assert ev and ev[0].status == "occurred"
    # the hurried spelling with "ke" glued to "rumah" is the same trip to hospital
    assert of_type(nlp, "Puluhan suporter harus dilarikan kerumah sakit usai bentrokan di luar stadion.", "EVACUATE")
    # a duty is still no happening: nobody is evacuated yet
    assert not of_type(nlp, "Gubernur mengatakan warga di bantaran sungai harus mengungsi sebelum malam.", "EVACUATE")
    # a rule for every victim, or a wish that no one should die, befell nobody
    text = "Dinas Kesehatan menegaskan setiap korban gigitan ular harus dilarikan ke puskesmas terdekat."
    assert not of_type(nlp, text, "EVACUATE")
    text = "Menurut protokol, pasien dengan gejala berat harus dibawa ke rumah sakit rujukan."
    assert not of_type(nlp, text, "EVACUATE")
    assert not of_type(nlp, "Tidak boleh ada lagi anak yang harus meninggal karena gizi buruk, kata Menteri.", "DIE")
    assert not of_type(nlp, "Jangan sampai ada lagi pekerja tambang yang harus kehilangan nyawa karena lalai.", "DIE")
    # the injured who had to be rushed to hospital, told in a relative clause, were
    text = "Pengendara motor tewas di lokasi, sementara dua penumpang angkot mengalami luka berat yang harus dilarikan ke rumah sakit terdekat."
    assert of_type(nlp, text, "EVACUATE")


def test_a_risk_to_be_watched_is_no_happening(nlp):
    text = "Faktor yang perlu dipantau antara lain serangan lanjutan Israel ke fasilitas nuklir Iran dan penutupan Selat Hormuz oleh Iran."
    assert not of_type(nlp, text, "ATTACK")
    # an attack told as done stays one
    text = "Israel melancarkan serangan ke fasilitas nuklir Iran di Natanz pada Jumat (13/6/2025)."
    assert of_type(nlp, text, "ATTACK")


def test_a_happening_told_again_bare_is_not_a_new_one(nlp):
    text = (
        "Sebanyak 12 bus bekas terbakar di Pool Terminal Kampung Rambutan, Jakarta Timur, Rabu (11/6/2025). Kepala dinas "
        "belum dapat memperkirakan kerugian yang ditimbulkan dari kebakaran. Kebakaran pertama kali diketahui oleh petugas "
        "keamanan terminal."
    )
    ev = of_type(nlp, text, "ACCIDENT")
    assert [(e.where, e.when) for e in ev] == [("Pool Terminal Kampung Rambutan", "2025-06-11")]
    # one told again with a place of its own is listed again
    text = (
        "Sebanyak 12 bus bekas terbakar di Pool Terminal Kampung Rambutan, Jakarta Timur, Rabu (11/6/2025). Sebelumnya, "
        "kebakaran juga melanda gudang di Jalan Raya Bogor, Cimanggis."
    )
    assert len(of_type(nlp, text, "ACCIDENT")) == 2
    # the noun made the predicate of its clause tells the happening itself
    text = (
        "Sedikitnya 15 mahasiswa tewas dalam kecelakaan di Jalan Raya Timur-Barat, Perak, Senin (9/6/2025). Bus itu "
        "terlibat kecelakaan saat mengangkut pelajar pulang ke kampus."
    )
    assert len(of_type(nlp, text, "ACCIDENT")) == 2


def test_gunfire_heard_is_the_shooting(nlp):
    text = (
        "Penembakan terjadi di sebuah sekolah menengah di Graz, Austria, Selasa (10/6/2025). Pelaku penembakan ditemukan "
        "tewas di kamar mandi. Warga menyebut rentetan suara tembakan terdengar dari dalam gedung sekolah itu."
    )
    ev = of_type(nlp, text, "ATTACK")
    assert [e.trigger for e in ev] == ["Penembakan", "rentetan suara tembakan"]


def test_a_guide_for_travel_is_no_trip(nlp):
    text = "Pemerintah Inggris telah memberikan peringatan dalam panduan perjalanannya ke Peru terkait ramuan ayahuasca."
    assert not of_type(nlp, text, "VISIT")
    assert of_type(nlp, text, "WARN")
    ev = of_type(nlp, "Menlu Sugiono melakukan perjalanan ke Tokyo, Rabu (11/6/2025).", "VISIT")
    assert ev and ev[0].where == "Tokyo"


def test_a_fear_given_as_a_reason_voices_no_concern(nlp):
    text = "Rini menolak tawaran staf penginapan karena khawatir jenazah ibunya tidak diautopsi."
    assert not of_type(nlp, text, "WARN")
    ev = of_type(nlp, "Ketua RT Budi Santoso mengaku khawatir banjir kembali merendam rumah warga.", "WARN")
    assert ev and "Budi Santoso" in ev[0].who


def test_events_of_a_short_fire_report(nlp):
    text = (
        "JAKARTA - Sebanyak 20 bus bekas terbakar di Terminal Pulo Gebang, Jakarta Timur, Selasa (10/6/2025). Kebakaran "
        "pertama kali dilaporkan warga. Petugas belum dapat memperkirakan kerugian dari kebakaran itu."
    )
    ev = [e for e in sentence_events(nlp, text, DAY) if e.type == "ACCIDENT"]
    assert [(e.where, e.when) for e in ev] == [("Terminal Pulo Gebang", "2025-06-10")]


def test_a_schedule_lies_ahead(nlp):
    text = "Kepala Biro Pemerintahan Pemprov Lampung Binarti Bintang membenarkan jadwal pelantikan Ayu Asalasiyah."
    ev = of_type(nlp, text, "APPOINT")
    assert ev and ev[0].status == "planned"
    # run as scheduled: it happened
    text = "Pelantikan Bupati Way Kanan Ayu Asalasiyah berlangsung sesuai jadwal di Gedung Balai Keratun, Rabu (11/6/2025)."
    ev = of_type(nlp, text, "APPOINT")
    assert ev and ev[0].status == "occurred"


def test_a_coloured_noun_with_an_anaphor_is_a_re_mention(nlp):
    # the police investigate the crash told before: no second crash, and the police are no party of it
    text = (
        "Sebuah truk menabrak angkot di Jalan Raya Gekbrong, Cianjur, Senin (9/6/2025). Satlantas Polres Cianjur masih "
        "menyelidiki kecelakaan maut itu."
    )
    ev = of_type(nlp, text, "ACCIDENT")
    assert [e.who for e in ev] == [["truk", "angkot"]]
    # told again with its own place and time it is listed, as the annotation lists a re-mention that adds a place
    text = "Sebuah bus menabrak truk di Tol Cipali, Senin (9/6/2025). Kecelakaan maut itu terjadi di KM 102 pada pukul 03.00 WIB."
    assert len(of_type(nlp, text, "ACCIDENT")) == 2


def test_a_thing_watched_can_still_happen(nlp):
    # being watched by its observers does not make an eruption told with its day a risk named
    text = "Gunung Semeru yang terus dipantau PVMBG erupsi pada Selasa (10/6/2025) pukul 06.00 WIB."
    assert of_type(nlp, text, "DISASTER")
    text = "Gunung Lewotobi Laki-laki yang terus dipantau kembali erupsi pada Selasa (10/6/2025)."
    assert of_type(nlp, text, "DISASTER")
    assert of_type(nlp, "Kapal induk itu terus dipantau dalam perjalanan menuju Timur Tengah.", "VISIT")
    # what must be watched is still a risk named
    assert not of_type(nlp, "Menurut BPBD, hal yang harus diwaspadai warga pesisir adalah banjir rob.", "DISASTER")


def test_a_schedule_upset_by_a_happening_leaves_it_occurred(nlp):
    ev = of_type(nlp, "Kebakaran di Pasar Senen membuat jadwal operasional pasar berubah.", "ACCIDENT")
    assert ev and ev[0].status == "occurred"
    ev = of_type(nlp, "Akibat erupsi Gunung Lewotobi, jadwal penerbangan di Bandara Komodo terganggu.", "DISASTER")
    assert ev and ev[0].status == "occurred"


def test_a_service_closed_or_a_licence_held_is_no_sanction(nlp):
    text = "Kantor Imigrasi Jakarta Selatan menutup layanan paspor selama libur Idul Adha."
    assert of_type(nlp, text, "CLOSE")
    assert not of_type(nlp, text, "SANCTION")
    # a licence the concert holds, in the subject's relative clause, is not what is cancelled
    text = "Konser yang sudah mengantongi izin dari Polda Metro Jaya itu dibatalkan mendadak."
    assert not of_type(nlp, text, "SANCTION")
    text = "Layanan pembuatan paspor di Kantor Imigrasi Bogor ditutup sementara karena banjir."
    assert not of_type(nlp, text, "SANCTION")
    # a licence that is the subject, past a word of time, or counted after the trigger, is suspended
    text = "Saat ini izin operasional PT Sinar Tambang Abadi dihentikan sementara oleh Kementerian ESDM."
    assert of_type(nlp, text, "SANCTION")
    assert of_type(nlp, "Warga menyambut penutupan 4 IUP tambang nikel di Pulau Kawe oleh pemerintah.", "SANCTION")
    assert not of_type(nlp, "Kantor pelayanan perizinan Kota Bekasi diliburkan selama cuti bersama.", "SANCTION")


def test_another_happening_of_the_kind_is_a_new_one(nlp):
    text = (
        "Sebanyak 12 bus bekas terbakar di Terminal Kampung Rambutan, Jakarta Timur, Rabu (11/6/2025). Dua jam kemudian, "
        "kebakaran lain menghanguskan tiga rumah warga."
    )
    assert len(of_type(nlp, text, "ACCIDENT")) == 2
    text = (
        "Gempa magnitudo 5,2 mengguncang Sumbawa, Nusa Tenggara Barat, Selasa (10/6/2025). Menurut BMKG, gempa susulan "
        "terjadi sebanyak 12 kali."
    )
    assert len(of_type(nlp, text, "DISASTER")) == 2


def test_shots_of_honour_or_of_a_drill_are_no_attack(nlp):
    text = "Prosesi pemakaman ditandai rentetan tembakan salvo oleh anggota TNI di TMP Kalibata, Rabu (11/6/2025)."
    assert not of_type(nlp, text, "ATTACK")
    text = "Warga Cibubur sempat panik mendengar suara tembakan dari latihan menembak TNI, Rabu (11/6/2025)."
    assert not of_type(nlp, text, "ATTACK")
