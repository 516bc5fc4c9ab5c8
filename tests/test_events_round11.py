"""Event classes a reading of fresh days found misread: a fire set on purpose taken for a mishap, a crash under
inquiry taken for a planned one, a shot man in critical condition not hurt, testimony to reporters taken for a trial,
an animal caught taken for an arrest, cross-sector cooperation taken for a deal, a share of the market's supply taken
for a delivery, a plane landing with nobody aboard named taken for a visit; on sentences written for these tests in
the style of Indonesian news."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-17")


def test_a_fire_set_on_purpose_is_no_accident(nlp):
    arson = (
        "Seorang pria di Bekasi nekat membakar rumahnya sendiri setelah bertengkar dengan adiknya. "
        "Kebakaran melanda rumah di Jalan Melati, Bekasi Timur, pada Senin (16/6/2025) malam. "
        "Akibatnya, satu rumah hangus terbakar."
    )
    assert of_type(nlp, arson, "ACCIDENT") == []
    # the same fire with no doer: a mishap ("api membakar" is the fire burning, no arson)
    mishap = (
        "Kebakaran melanda rumah di Jalan Melati, Bekasi Timur, pada Senin (16/6/2025) malam. "
        "Api dengan cepat membakar rumah itu. Kebakaran diduga dipicu korsleting listrik."
    )
    assert of_type(nlp, mishap, "ACCIDENT")


def test_a_crash_under_inquiry_has_occurred(nlp):
    inquiry = of_type(nlp, "Komite Nasional Keselamatan Transportasi akan menyelidiki kecelakaan bus di Subang itu.", "ACCIDENT")
    assert inquiry and all(e.status == "occurred" for e in inquiry)
    # a crash still ahead stays planned where nothing inquires into it
    drill = of_type(nlp, "Simulasi kecelakaan pesawat akan digelar di Bandara Kualanamu pada 20 Juni 2025.", "ACCIDENT")
    assert all(e.status == "planned" for e in drill)


def test_a_man_in_critical_condition_is_hurt(nlp):
    hurt = of_type(nlp, "Calon wali kota Andi Pratama masih dalam kondisi kritis setelah ditembak di dada saat berkampanye.", "INJURE")
    assert len(hurt) == 1 and "Andi Pratama" in hurt[0].who
    # an economy, a people's livelihood or a dyke in a critical state hurts nobody
    assert of_type(nlp, "Ekonom Budi Hartono menilai kondisi kritis perekonomian belum berakhir.", "INJURE") == []
    assert of_type(nlp, "Perekonomian warga dalam kondisi kritis akibat banjir, kata Bupati Ahmad Yani.", "INJURE") == []


def test_thieves_of_cattle_are_arrested(nlp):
    assert len(of_type(nlp, "Polisi menangkap dua pencuri sapi di Lamongan pada Senin malam.", "ARREST")) == 1
    assert len(of_type(nlp, "Pelaku pencurian kambing berhasil ditangkap warga saat hendak kabur.", "ARREST")) == 1
    assert of_type(nlp, "Ular sanca sepanjang empat meter itu berhasil ditangkap petugas damkar.", "ARREST") == []


def test_testimony_to_reporters_is_no_trial(nlp):
    assert of_type(nlp, "Rina (40), salah satu korban selamat, memberikan kesaksian mengenai detik-detik kapal tenggelam.", "TRIAL") == []
    court = of_type(nlp, "Saksi Dedi Kurniawan memberikan kesaksian di persidangan Pengadilan Negeri Surabaya, Senin (16/6/2025).", "TRIAL")
    assert len(court) == 1 and "Dedi Kurniawan" in court[0].who
    # the testimony's own sentence may name no court when the article does
    hearing = (
        "Sidang lanjutan kasus narkoba dengan terdakwa Rio Saputra digelar di Pengadilan Negeri Jakarta Barat, Senin (16/6/2025). "
        "Dua anggota polisi memberikan kesaksian terkait barang bukti yang disita."
    )
    assert len(of_type(nlp, hearing, "TRIAL")) >= 2
    # a witness examined by investigators is no hearing in court
    assert of_type(nlp, "Direktur PT Maju Jaya Hendra Wijaya bersaksi di Gedung Kejaksaan Agung soal kredit macet.", "TRIAL") == []


def test_an_animal_caught_is_no_arrest(nlp):
    assert of_type(nlp, "Buaya sepanjang tiga meter itu akhirnya berhasil ditangkap warga di Sungai Barito.", "ARREST") == []
    assert of_type(nlp, "Petugas Damkar Depok menangkap ular kobra di dapur rumah warga.", "ARREST") == []
    # a man arrested over a video of an animal is arrested
    arrest = of_type(nlp, "Polisi menangkap pria berinisial RT (35), pengunggah video penyiksaan kucing.", "ARREST")
    assert len(arrest) == 1 and "RT" in arrest[0].who


def test_cross_sector_cooperation_is_no_agreement(nlp):
    assert of_type(nlp, "Bupati Sleman Harda Kiswaya menekankan kerja sama lintas sektor untuk menekan angka stunting.", "AGREE") == []
    deal = of_type(nlp, "Pemkab Sleman menjalin kerja sama dengan PT Tirta Makmur dalam pengelolaan air bersih.", "AGREE")
    assert len(deal) == 1 and "PT Tirta Makmur" in deal[0].who


def test_a_share_of_supply_is_no_delivery(nlp):
    assert of_type(nlp, "Arab Saudi menyumbang sekitar 12 persen dari total pasokan minyak dunia.", "SUPPLY") == []
    supply = of_type(nlp, "Korea Utara memasok peluru artileri kepada Rusia sejak tahun lalu.", "SUPPLY")
    assert len(supply) == 1 and supply[0].who[0] == "Korea Utara"


def test_a_plane_landing_with_nobody_named_is_no_visit(nlp):
    assert (
        of_type(nlp, "Pesawat Boeing 787 milik Garuda Indonesia mendarat kembali di Bandara Soekarno-Hatta pada Senin (16/6).", "VISIT")
        == []
    )
    visit = of_type(nlp, "Presiden Prabowo Subianto mendarat di Bandara Internasional Changi, Singapura, pada Senin (16/6/2025).", "VISIT")
    assert len(visit) == 1 and "Prabowo Subianto" in visit[0].who


def test_those_killed_told_by_mereka_are_the_people_before(nlp):
    text = (
        "Keluarga Bambang Sutrisno berangkat dari Solo menuju Dieng pada Sabtu (14/6/2025). "
        "Namun, kecelakaan di tanjakan Sikunang merenggut nyawa mereka."
    )
    deaths = of_type(nlp, text, "DIE")
    assert len(deaths) == 1 and "Bambang Sutrisno" in deaths[0].who
    # "mereka" after a verb of no fate is no victim
    assert of_type(nlp, "Polisi menangkap dua pemuda di Bekasi. Petugas kemudian memeriksa mereka.", "DIE") == []
