"""Event classes a second reading of fresh days found missed or mistyped: a diagnosis told with "divonis", a news
agency showing footage, a letter of apology, where a journey went taken for a crash's place, a single-vehicle crash
taken for a place, the accused of a charge a police speaker announces, a crime or a sacking told on a sports page,
players cut from a squad, and the names of an apposition to the subject; on sentences written
for these tests in the style of Indonesian news."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-17")


def test_a_diagnosis_is_no_sentence(nlp):
    assert of_type(nlp, "Penyanyi Rina Maharani divonis menderita kanker payudara stadium tiga pada awal 2024.", "SENTENCE") == []
    assert of_type(nlp, "Budi Santoso mengaku terpukul setelah divonis dokter mengidap gagal ginjal.", "SENTENCE") == []
    verdict = of_type(
        nlp, "Majelis hakim Pengadilan Negeri Medan memvonis Andi Saputra 12 tahun penjara pada Senin (16/6/2025).", "SENTENCE"
    )
    assert len(verdict) == 1 and "Andi Saputra" in verdict[0].who


def test_a_news_agency_showing_footage_is_no_party(nlp):
    text = "Rekaman dari Demiroren News Agency menunjukkan sebuah bus terguling di jalan tol dekat Konya."
    crashes = of_type(nlp, text, "ACCIDENT")
    assert crashes and all("Demiroren News Agency" not in e.who for e in crashes)


def test_a_letter_of_apology_is_a_communication(nlp):
    letter = of_type(
        nlp, "PT Lion Air sudah membuat surat permohonan maaf kepada keluarga penumpang, kata pengacara Hendra Wijaya.", "COMMUNICATE"
    )
    assert len(letter) == 1 and letter[0].who[0] == "PT Lion Air"
    # a template is no letter sent
    assert of_type(nlp, "Berikut contoh surat permohonan maaf yang baik dan benar untuk guru.", "COMMUNICATE") == []


def test_where_a_journey_went_is_not_where_a_crash_happened(nlp):
    text = "Bus yang membawa rombongan peziarah dari Surabaya ke Yogyakarta terguling dan menewaskan tujuh penumpang."
    happenings = sentence_events(nlp, text, "2025-06-17")
    assert {e.type for e in happenings} == {"ACCIDENT", "DIE"}
    assert all(e.where not in ("Surabaya", "Yogyakarta") for e in happenings)
    flight = of_type(nlp, "Kecelakaan pesawat Lion Air penerbangan menuju Makassar terjadi saat lepas landas di Balikpapan.", "ACCIDENT")
    assert flight and flight[0].where != "Makassar"
    # an attack's target stays the place of its dead
    dead = of_type(nlp, "Serangan Rusia ke Kharkiv menewaskan sedikitnya 12 orang.", "DIE")
    assert len(dead) == 1 and dead[0].where == "Kharkiv"


def test_a_single_vehicle_crash_is_no_place(nlp):
    text = "Proses Evakuasi Kecelakaan lalu lintas Tunggal Sebuah Kendaraan Truk Hilang Kendali, Minggu (15/6/2025)."
    crashes = of_type(nlp, text, "ACCIDENT")
    assert crashes and all(not (e.where or "").startswith("Tunggal") for e in crashes)


def test_a_trip_in_progress_is_a_visit_under_way(nlp):
    # the project's gold annotates a trip in progress as a visit, ongoing (real-dev: a bus of students on its way)
    trip = of_type(nlp, "Menteri Luar Negeri Retno Marsudi sedang dalam perjalanan ke Jenewa untuk menghadiri sidang PBB.", "VISIT")
    assert [(e.where, e.status) for e in trip] == [("Jenewa", "ongoing")]


def test_the_accused_of_a_charge_a_police_speaker_announces(nlp):
    text = (
        "\u201cSudah kita panggil kemarin dan sudah ditetapkan sebagai tersangka dua orang tersebut,\u201d jelas Kapolsek Darmawan Saputra."
    )
    charged = of_type(nlp, text, "CHARGE")
    assert len(charged) == 1 and "orang" in charged[0].who


def test_a_crime_told_on_a_sports_page_stays_an_event(nlp):
    text = (
        "Persija menang 2-1 atas Persib dalam laga Liga 1 di Stadion Gelora Bung Karno. Gol Persija dicetak striker Rizky. "
        "Usai pertandingan, dua suporter ditangkap polisi karena menganiaya seorang pedagang di luar stadion."
    )
    assert len(of_type(nlp, text, "ARREST")) == 1
    # a keeper catching the ball is no arrest
    keeper = "Kiper Persib menangkap bola sundulan striker Persija di babak kedua laga Liga 1."
    assert of_type(nlp, keeper, "ARREST") == []


def test_a_coach_sacked_on_a_sports_page_is_a_dismissal(nlp):
    text = (
        "Persebaya kalah 0-3 dari Bali United di laga pekan ke-30 Liga 1 di Stadion Dipta. Gol Bali United dicetak striker Ilija. "
        "Manajemen Persebaya kemudian memecat pelatih Paul Munster usai pertandingan tersebut."
    )
    sacked = of_type(nlp, text, "RESIGN")
    assert len(sacked) == 1 and "Paul Munster" in sacked[0].who
    # a team withdrawing from a tournament is a sports sense
    withdraw = "Timnas Korea Utara mengundurkan diri dari turnamen Piala Asia U-23 setelah dua laga di babak grup."
    assert of_type(nlp, withdraw, "RESIGN") == []


def test_players_cut_from_a_squad_are_dismissed(nlp):
    cut = of_type(nlp, "Pelatih Shin Tae-yong mencoret lima pemain dari skuad Timnas Indonesia jelang Piala AFF 2025.", "RESIGN")
    assert len(cut) == 1 and cut[0].who[0] == "Shin Tae-yong"
    assert of_type(nlp, "Nama Budi Hartono dicoret dari daftar pemilih tetap oleh KPU Surabaya.", "RESIGN") == []


def test_the_names_of_an_apposition_are_no_parties(nlp):
    text = "Leonard Hartono, putra sulung pendiri perusahaan rokok Djarum dan mantan pimpinan grup usaha tersebut, meninggal pada Sabtu, 14 Juni 2025."
    died = of_type(nlp, text, "DIE")
    assert [(e.who, e.when) for e in died] == [(["Leonard Hartono"], "2025-06-14")]
    held = of_type(nlp, "Andi Saputra, kuasa hukum keluarga korban Budi Santoso, ditangkap polisi di Bandung.", "ARREST")
    assert len(held) == 1 and "Andi Saputra" in held[0].who and "Budi Santoso" not in held[0].who
    # a meeting keeps who accompanies the subject
    met = of_type(nlp, "Presiden Prabowo, didampingi Menteri Luar Negeri Sugiono, bertemu Presiden Putin di Moskow.", "MEET")
    assert len(met) == 1 and "Sugiono" in met[0].who


def test_a_list_of_postings_line_by_line_keeps_each_subject(nlp):
    text = (
        "Lima jabatan kapolsek yang diserahterimakan adalah sebagai berikut:\n"
        "AKP Robby Hartanto, sebelumnya menjabat sebagai Kanit Reskrim Polsek Tandun\n"
        "Kompol Yusuf Pardede, sebelumnya menjabat sebagai Kasubbag Itwasda Polda Riau, diangkat sebagai Kapolsek Ujung Batu"
    )
    appointed = of_type(nlp, text, "APPOINT")
    assert len(appointed) == 1 and appointed[0].who[0] == "Yusuf Pardede"
