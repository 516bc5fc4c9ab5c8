"""Guards on the non-happening rules of test_timeline_nonhappenings.py (review of dcf7a1d): each rule stays within its
intent on ordinary news: a confirmation of its own content, an appeal made as a happening unfolds, a threat, a happening
of many days with a figure, a term of office, an accusation told to a reporter, two defendants' trials of one day."""

from __future__ import annotations

from story_articles import article, timeline_entries
from telisik.stories.clause_cues import confirms_the_story, told_as_closing_appeal, told_as_tally, told_in_an_interview
from telisik.stories.timeline import _same_parties


def event(kind: str, trigger: str, sentence: str, when: str | None = None) -> dict:
    return {"type": kind, "trigger": trigger, "sentence": sentence, "when": when}


def test_a_passive_confirmation_of_other_content_in_a_sentence_opened_by_the_incident_stays():
    sentence = "Insiden ini menewaskan tiga orang, sebagaimana dikonfirmasi oleh Kementerian Kesehatan Iran."
    assert not confirms_the_story(event("CONFIRM", "dikonfirmasi", sentence))
    sentence = "Kejadian itu terjadi pukul 10.00 WIB, dan tewasnya dua penumpang dibenarkan oleh pihak rumah sakit."
    assert not confirms_the_story(event("CONFIRM", "dibenarkan", sentence))
    # the story itself, confirmed, is still no entry
    assert confirms_the_story(event("CONFIRM", "dibenarkan", "Kejadian ini telah dibenarkan oleh Kapolsek Cibadak."))


def test_an_appeal_as_it_happens_and_a_threat_are_no_closing_appeal():
    during = "Polda Metro Jaya mengimbau pengguna jalan menghindari kawasan Gedung DPR karena ada aksi unjuk rasa siang ini."
    assert not told_as_closing_appeal(event("WARN", "mengimbau", during))
    threat = "Iran memperingatkan Amerika Serikat akan membalas jika serangan serupa kembali terjadi."
    assert not told_as_closing_appeal(event("WARN", "memperingatkan", threat))
    closing = "Kapolsek mengimbau warga agar lebih berhati-hati supaya kejadian serupa tidak terulang."
    assert told_as_closing_appeal(event("WARN", "mengimbau", closing))


def test_a_happening_of_days_with_a_figure_and_a_term_of_office_are_no_tally():
    protest = "Sebanyak 2.000 buruh berunjuk rasa di depan Gedung DPR pada 10-11 Juni."
    assert not told_as_tally(event("PROTEST", "berunjuk rasa", protest, "2025-06-10/2025-06-11"))
    flood = "Banjir merendam 1.200 rumah di Kabupaten Bandung sejak Senin hingga Rabu."
    assert not told_as_tally(event("DISASTER", "merendam", flood, "2025-06-09/2025-06-11"))
    arrest = "Kejari Garut menahan mantan Kepala Desa Sukamaju periode 2015-2021 yang merugikan negara Rp 1.250.000.000."
    assert not told_as_tally(event("ARREST", "menahan", arrest, "2025-06-10"))
    # a count over days stays a tally
    eruptions = "Gunung Raung erupsi hingga 49 kali selama 10 hari terakhir."
    assert told_as_tally(event("DISASTER", "erupsi", eruptions, "2025-06-07/2025-06-16"))


def test_an_accusation_told_to_a_reporter_is_the_conflicts_happening():
    sentence = "Kuasa hukum korban, saat ditemui di Polda, menuding penyidik menghilangkan barang bukti."
    assert not told_in_an_interview(event("ACCUSE", "menuding", sentence))


def test_two_defendants_trials_of_one_day_prosecuted_by_one_agency_are_two_hearings():
    assert not _same_parties("TRIAL", ["Hasto Kristiyanto", "KPK"], ["Agus Salim", "KPK"])
    assert _same_parties("TRIAL", ["Bambang Wijaya", "Agus Salim"], ["Agus Salim"])
    assert not _same_parties("TRIAL", ["Rudi Hermawan", "Pengadilan Tipikor Jakarta"], ["Agus Salim", "Pengadilan Tipikor Jakarta"])


def test_one_days_hearing_of_a_case_against_companies_is_one_hearing():
    # the commission that hears the case sits in every hearing; the companies tried make it one
    assert _same_parties(
        "TRIAL", ["PT Shopee International", "Komisi Pengawas Persaingan Usaha"], ["PT Shopee International", "Budi Santoso"]
    )
    assert not _same_parties("TRIAL", ["PT Shopee International", "KPPU"], ["PT Lazada Indonesia", "KPPU"])


def test_whom_an_appeal_addresses_is_no_aim_but_a_rule_of_the_road_is_a_closing_appeal():
    # road users are whom the police address; the appeal is to keep away from a protest under way
    during = "Polres Bogor mengimbau agar pengguna jalan menghindari Jalan Pajajaran karena ada aksi buruh hari ini."
    assert not told_as_closing_appeal(event("WARN", "mengimbau", during))
    # a generic rule of the road needs no word of purpose to be the report's closing advice
    rule = "Dishub Kota Bandung mengimbau masyarakat pengguna jalan tetap mematuhi aturan lalu lintas."
    assert told_as_closing_appeal(event("WARN", "mengimbau", rule))


def test_a_count_over_a_period_told_of_one_day_is_that_days_happening():
    strikes = "Selama masa gencatan senjata, Israel menyerang Gaza sebanyak 5 kali pada Selasa (10/6/2025)."
    assert not told_as_tally(event("ATTACK", "menyerang", strikes, "2025-06-10"))
    # undated, the period makes it a tally; a count over the day itself is a tally of that day
    assert told_as_tally(event("ATTACK", "menyerang", strikes.replace(" pada Selasa (10/6/2025)", "")))
    quakes = "Dalam 24 jam terakhir, Senin (9/6/2025), tercatat 27 kali gempa embusan di Gunung Merapi."
    assert told_as_tally(event("DISASTER", "gempa embusan", quakes, "2025-06-09"))


def test_an_urgent_call_told_to_a_reporter_is_the_happenings_own():
    flee = "Kepala BPBD Kota Yogyakarta, saat dihubungi Senin (9/6/2025), mengimbau warga di bantaran Kali Code segera mengungsi."
    assert not told_in_an_interview(event("WARN", "mengimbau", flee))
    worry = "Kepala sekolah, saat diwawancarai wartawan, Senin (9/6/2025), mengungkapkan kekhawatirannya soal biaya sekolah."
    assert told_in_an_interview(event("WARN", "kekhawatirannya", worry))


def test_deaths_of_one_noun_qualified_by_a_unit_or_a_home_town_are_one_fate():
    assert _same_parties("DIE", ["prajurit TNI"], ["prajurit Kopassus"])
    assert _same_parties("DIE", ["jemaah haji Indonesia"], ["jemaah haji asal Lombok"])
    # two countries' tourists are two people
    assert not _same_parties("DIE", ["turis Ukraina"], ["turis Inggris"])


def test_a_trip_of_a_living_namesake_of_the_dead_stays():
    sentences = [
        "Helikopter yang membawa enam orang jatuh di perbukitan dekat Wamena, Minggu (15/6/2025).",
        "Salah satu korban tewas adalah pilot bernama Ahmad.",
        "Musisi Ahmad Dhani berangkat dari Jakarta ke Jayapura pada 12 Juni untuk menggelar konser amal.",
    ]
    events = [
        {"type": "ACCIDENT", "who": ["helikopter"], "when": "2025-06-15", "where": "Wamena", "trigger": "jatuh", "in_sentence": 0},
        {"type": "DIE", "who": ["Ahmad"], "when": "2025-06-15", "trigger": "tewas", "in_sentence": 1},
        {"type": "VISIT", "who": ["Ahmad Dhani"], "when": "2025-06-12", "trigger": "berangkat", "in_sentence": 2},
    ]
    crash = article("a", "2025-06-16T10:00+07:00", sentences, events, [("Minggu (15/6/2025)", "2025-06-15"), ("12 Juni", "2025-06-12")])
    assert sorted(row[1] for row in timeline_entries(crash)) == ["ACCIDENT", "DIE", "VISIT"]


def test_a_passive_confirmation_sharing_the_incidents_subject_past_a_joiner_is_no_entry():
    shared = "Insiden ini terjadi pada Selasa malam dan dikonfirmasi oleh otoritas bandara setempat."
    assert confirms_the_story(event("CONFIRM", "dikonfirmasi", shared))
    # with a subject of its own after the comma, the confirmation has content
    own = "Kejadian itu terjadi pukul 10.00 WIB, dan tewasnya dua penumpang dibenarkan oleh pihak rumah sakit."
    assert not confirms_the_story(event("CONFIRM", "dibenarkan", own))
