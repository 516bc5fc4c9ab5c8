"""Whose date a date is, and whether a trigger tells a happening at all (issue 16's timeline readings): what a
statement tells is not dated by the telling, a clause of "sejak" or a relative clause of another noun dates its own
happening, a regulation's title, a debunked claim, and words in other senses tell none; on sentences written for these
tests in the style of Indonesian news."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-13")


def titled_events(nlp, title: str, text: str) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-13"
    doc._.title = title
    return nlp(doc)._.events


def test_a_confirmation_is_not_dated_by_what_it_confirms(nlp):
    told = of_type(nlp, "Kepala Bawas Suharto membenarkan jika pada 11 Juni pihaknya menerima aduan dari Koalisi Advokat.", "CONFIRM")
    assert told and all(e.when is None for e in told)
    told = of_type(nlp, "Kapolres Budi Santoso membenarkan bahwa pada Rabu (11/6/2025) dua pelaku ditangkap di Depok.", "CONFIRM")
    assert told and all(e.when != "2025-06-11" for e in told)
    # the date of the telling itself, before what it tells, stays
    own = of_type(nlp, "Kapolres Budi Santoso, Kamis (12/6/2025), membenarkan bahwa aduan itu masuk sejak pekan lalu.", "CONFIRM")
    assert own and own[0].when == "2025-06-12"


def test_a_clause_of_since_dates_its_own_happening(nlp):
    text = "Peringatan Korea Utara terus meningkat sejak Washington dan Seoul memulai latihan militer pada bulan Maret."
    warnings = of_type(nlp, text, "WARN")
    assert warnings and all(e.when != "2025-03" for e in warnings)
    # a named occasion after "sejak", no clause of its own, dates the start of what the trigger tells
    injuries = of_type(nlp, "Anthony Ginting mengalami cedera bahu sejak Malaysia Open Januari lalu.", "INJURE")
    assert injuries and injuries[0].when == "2025-01"


def test_a_relative_clause_of_another_noun_dates_that_noun(nlp):
    text = "Kelompok peretas Predatory Sparrow menyerang Bank Sepah di tengah konflik antara Iran dan Israel, yang kembali pecah pada Jumat lalu."
    attacks = [e for e in of_type(nlp, text, "ATTACK") if "Predatory Sparrow" in e.who]
    assert attacks and all(e.when is None for e in attacks)
    # a clause of what happens tells of the happening, whatever noun it follows
    fires = of_type(nlp, "Kebakaran hebat melanda Pasar Kramat Jati, yang terjadi pada Senin (9/6/2025) dini hari.", "ACCIDENT")
    assert fires and fires[0].when == "2025-06-09"


def test_a_word_of_a_regulation_title_tells_no_happening(nlp):
    text = (
        "Mutasi itu berdasarkan Surat Keputusan Panglima TNI Nomor Kep/500/V/2025 tentang Pemberhentian dari dan "
        "Pengangkatan dalam Jabatan di Lingkungan TNI."
    )
    assert not [e for e in sentence_events(nlp, text, "2025-06-13") if e.type in ("RESIGN", "APPOINT")]
    # the same word outside a title tells one
    assert of_type(nlp, "Panglima TNI Jenderal Agus Subiyanto memberhentikan Mayjen Kunto Arief dari jabatannya.", "RESIGN")


def test_a_claim_a_fact_check_finds_false_tells_no_happening(nlp):
    text = "Liputan6.com, Jakarta - Unggahan itu menyebut Najwa Shihab ditangkap polisi di Jakarta pada Minggu (8/6/2025)."
    assert not titled_events(nlp, "Cek Fakta: Tidak Benar Foto Ini Najwa Shihab Ditangkap Polisi", text)
    assert [e.type for e in titled_events(nlp, "Najwa Shihab Ditangkap Polisi di Jakarta", text)] == ["ARREST"]


def test_words_in_other_senses_tell_no_happening(nlp):
    assert not of_type(nlp, "Performa Bagnaia berbanding terbalik dengan rekan setimnya, Marc Marquez.", "ACCIDENT")
    assert not of_type(nlp, "PT Pupuk Indonesia menghentikan kerja sama dengan Kios Berkah Abadi di Lumajang.", "AGREE")
    assert not of_type(nlp, "Tekanan global, termasuk banjir impor murah dari China, memangkas pekerjaan di Jawa Barat.", "DISASTER")
    assert not of_type(nlp, "Kecelakaan mobil itu nyaris merenggut nyawa pesinetron Dylan Carr.", "DIE")
    assert not of_type(nlp, "Sekitar pukul 19.15 Wita kapal evakuasi Basarnas tiba di perairan Pulau Bokori.", "EVACUATE")
    assert not of_type(nlp, "Indiana Pacers menutup kuarter ketiga dengan keunggulan atas Oklahoma City Thunder.", "CLOSE")
    assert not of_type(nlp, "Gol bunuh diri Wessam Abou Ali membawa Palmeiras menang atas Al Ahly.", "DIE")
    assert not of_type(nlp, "Sederet badai cedera yang dialami pemain kunci mengganggu performa Manchester City.", "DISASTER")


def test_a_list_of_happenings_after_a_word_of_kinds_is_general(nlp):
    text = "Bank BTN mengembangkan manajemen risiko seiring meningkatnya risiko iklim seperti banjir dan kebakaran di Jakarta."
    assert not [e for e in sentence_events(nlp, text, "2025-06-13") if e.type in ("ACCIDENT", "DISASTER")]
    # two verbs of one speaker are no list of kinds
    text = '"Saya harus membantah atau menyangkal bahwa larangan itu berlaku untuk gula putih," kata Tom Lembong, Selasa (10/6/2025).'
    assert of_type(nlp, text, "CONFIRM")
    text = "Kebakaran melanda Pasar Cibinong dan banjir merendam rumah warga di Bogor pada Senin (9/6/2025)."
    assert {e.type for e in sentence_events(nlp, text, "2025-06-13")} >= {"ACCIDENT", "DISASTER"}


def test_who_prepares_in_a_relative_clause_gives_no_status(nlp):
    arrests = of_type(nlp, "Aria Bima menyebut Sekjen PDIP Hasto Kristiyanto yang menyiapkan kongres ditahan KPK.", "ARREST")
    assert arrests and all(e.status == "occurred" for e in arrests)
    # a word of planning the trigger completes still plans it
    meetings = of_type(nlp, "Prabowo Subianto dijadwalkan bertemu Vladimir Putin di St. Petersburg.", "MEET")
    assert meetings and all(e.status == "planned" for e in meetings)


def test_a_pretended_meeting_is_none(nlp):
    text = "Pelaku CNA menelpon korban dengan berpura-pura bertemu di Jalan DC Barito, Medan, Jumat (6/6/2025)."
    assert not of_type(nlp, text, "MEET")


def test_a_day_after_an_arrival_in_its_clause_is_its_own_over_the_day_the_schedule_was_got(nlp):
    text = (
        "Sesuai jadwal yang diterima Tribun-Biak.com, Senin, (9/6/2025) pukul 10.15 WIT, KM Sinar Laut tiba di Pelabuhan Biak "
        "pada, Rabu, 18 Juni 2025, pukul 07.00 WIT."
    )
    (visit,) = events_of_type(nlp, text, "VISIT", published="2025-06-09")
    assert (visit.when, visit.status) == ("2025-06-18", "planned")


def test_a_day_before_an_arrival_that_no_verb_claims_stays_the_arrivals(nlp):
    text = "Pada Senin (9/6/2025), Menteri Budi tiba di Pelabuhan Biak untuk meninjau kapal pada pukul 10.00 WIT."
    (visit,) = events_of_type(nlp, text, "VISIT", published="2025-06-10")
    assert (visit.when, visit.status) == ("2025-06-09", "occurred")


def test_a_day_after_an_arrival_past_another_verb_is_not_its_own(nlp):
    text = "Menurut jadwal yang diterima wartawan Senin (9/6/2025), Menteri Budi tiba di Biak untuk meresmikan pasar pada Rabu (11/6/2025)."
    (visit,) = events_of_type(nlp, text, "VISIT", published="2025-06-12")
    assert visit.when == "2025-06-09"


def test_a_happening_the_lead_tells_undated_takes_the_day_the_body_gives(nlp):
    text = (
        "Kecelakaan maut terjadi di Tol Semarang-Batang, Kabupaten Kendal. Dua orang meninggal dunia di lokasi.\n"
        "Menurut polisi, kecelakaan itu terjadi pada Kamis (12/6/2025) sekitar pukul 03.00 WIB ketika sebuah minibus menabrak truk."
    )
    crashes = of_type(nlp, text, "ACCIDENT")
    assert crashes and crashes[0].when == "2025-06-12"
    # the deaths of the lead are of that crash, though no later death is told
    deaths = of_type(nlp, text, "DIE")
    assert deaths and deaths[0].when == "2025-06-12"
    # a crash of years ago the body goes on to tell dates nothing of the lead's
    text = (
        "Kecelakaan bus terjadi di Jalan Raya Puncak, Kabupaten Bogor.\n"
        "Jalur itu pernah menjadi lokasi kecelakaan yang menewaskan 27 orang pada 10 Februari 2018."
    )
    crashes = of_type(nlp, text, "ACCIDENT")
    assert crashes and crashes[0].when is None
    # nor by an arrest of another person the body tells
    text = (
        "Seorang pengedar sabu bernama Rudi Hartono ditangkap polisi di Kecamatan Medan Johor.\n"
        "Sebelumnya, polisi juga menangkap Agus Salim pada Senin (9/6/2025) di Deli Serdang."
    )
    arrests = of_type(nlp, text, "ARREST")
    assert arrests and arrests[0].when is None
