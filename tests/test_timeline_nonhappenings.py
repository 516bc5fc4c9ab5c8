"""What a story's timeline leaves out and joins (issue 16): a spokesman's confirmation of the story itself, a reporter's
request for comment dated by its weekday, a closing appeal after a crash, a count over a period, and a date a cited
medium told the news on are no happenings of the timeline; one day's hearing of a trial is one entry whichever witness a
report names first. On reports written for these tests."""

from __future__ import annotations

from story_articles import article, timeline_entries
from telisik.stories.timeline import timeline_and_conflicts

CRASH = "Sebuah truk menabrak tiga sepeda motor di Jalan Raya Cibadak, Sukabumi, Selasa (10/6/2025) pagi."


def crash_event() -> dict:
    return {
        "type": "ACCIDENT",
        "who": ["truk"],
        "when": "2025-06-10",
        "where": "Jalan Raya Cibadak",
        "trigger": "menabrak",
        "in_sentence": 0,
    }


def crash_report(aid: str, sentence: str, event: dict) -> dict:
    return article(aid, "2025-06-10T15:00+07:00", [CRASH, sentence], [crash_event(), event], [("Selasa (10/6/2025)", "2025-06-10")])


def kinds(*articles: dict) -> list[str]:
    return sorted(row[1] for row in timeline_entries(*articles))


def test_a_spokesman_confirming_the_happening_itself_is_no_entry():
    passive = crash_report(
        "a",
        "Kejadian ini dibenarkan oleh Kasat Lantas Polres Sukabumi AKP Dedi Supriadi.",
        {"type": "CONFIRM", "who": ["Dedi Supriadi"], "when": None, "trigger": "dibenarkan", "in_sentence": 1},
    )
    assert kinds(passive) == ["ACCIDENT"]
    active = crash_report(
        "b",
        "Kapolsek Cibadak, AKP Rudi Hartono, membenarkan peristiwa nahas tersebut.",
        {"type": "CONFIRM", "who": ["Rudi Hartono"], "when": None, "trigger": "membenarkan", "in_sentence": 1},
    )
    assert kinds(active) == ["ACCIDENT"]


def test_a_confirmation_with_content_of_its_own_stays():
    told = crash_report(
        "a",
        "Polisi mengonfirmasi bahwa dua pengendara motor tewas di lokasi.",
        {"type": "CONFIRM", "who": ["Polisi"], "when": None, "trigger": "mengonfirmasi", "in_sentence": 1},
    )
    assert kinds(told) == ["ACCIDENT", "CONFIRM"]
    named = crash_report(
        "b",
        "Kabar penangkapan sopir truk itu dikonfirmasi Kapolres Sukabumi AKBP Samian.",
        {"type": "CONFIRM", "who": ["Samian"], "when": None, "trigger": "dikonfirmasi", "in_sentence": 1},
    )
    assert kinds(named) == ["ACCIDENT", "CONFIRM"]


def test_a_request_for_comment_dated_by_its_weekday_is_no_confirmation():
    sentences = [
        "Puluhan hektare sawah di Kabupaten Tabanan gagal panen akibat serangan hama wereng.",
        "Kepala Dinas Pertanian Tabanan, Made Sudarta yang dikonfirmasi Selasa (10/6/2025) menyatakan, luas sawah terdampak mencapai 40 hektare.",
    ]
    event = {"type": "CONFIRM", "who": ["Made Sudarta"], "when": "2025-06-10", "trigger": "dikonfirmasi", "in_sentence": 1}
    asked = article("a", "2025-06-10T16:00+08:00", sentences, [event], [("Selasa (10/6/2025)", "2025-06-10")])
    assert timeline_entries(asked) == []


def test_a_closing_appeal_after_a_crash_is_no_entry_but_an_appeal_as_it_happens_is():
    appeal = crash_report(
        "a",
        "Kasat Lantas mengimbau seluruh pengguna jalan agar tidak memacu kendaraan demi menghindari kecelakaan serupa.",
        {"type": "WARN", "who": ["Kasat Lantas"], "when": None, "trigger": "mengimbau", "in_sentence": 1},
    )
    assert kinds(appeal) == ["ACCIDENT"]
    fire = [
        "Kebakaran melanda gudang kimia di Cikarang, Bekasi, Selasa (10/6/2025) siang.",
        "BPBD Kabupaten Bekasi mengimbau warga untuk menjauhi lokasi karena asap beracun.",
    ]
    events = [
        {"type": "ACCIDENT", "who": [], "when": "2025-06-10", "where": "Cikarang", "trigger": "Kebakaran", "in_sentence": 0},
        {"type": "WARN", "who": ["BPBD Kabupaten Bekasi"], "when": None, "trigger": "mengimbau", "in_sentence": 1},
    ]
    as_it_happens = article("b", "2025-06-10T14:00+07:00", fire, events, [("Selasa (10/6/2025)", "2025-06-10")])
    assert kinds(as_it_happens) == ["ACCIDENT", "WARN"]


def test_a_count_over_a_period_is_a_figure_not_a_happening():
    sentences = [
        "Selama libur panjang, mulai 5-9 Juni 2025 sebanyak 41.250 penumpang berangkat dari stasiun di wilayah Daop 8.",
        "Gunung Lewotobi Laki-laki erupsi sebanyak 3 kali pada Senin (9/6/2025).",
    ]
    events = [
        {"type": "VISIT", "who": ["penumpang"], "when": "2025-06-05/2025-06-09", "trigger": "berangkat", "in_sentence": 0},
        {"type": "DISASTER", "who": [], "when": "2025-06-09", "where": "Gunung Lewotobi Laki-laki", "trigger": "erupsi", "in_sentence": 1},
    ]
    report = article(
        "a", "2025-06-09T19:00+07:00", sentences, events, [("5-9 Juni 2025", "2025-06-05/2025-06-09"), ("Senin (9/6/2025)", "2025-06-09")]
    )
    # one day's eruptions, counted, are that day's happening; the passengers of five days are a tally
    assert kinds(report) == ["DISASTER"]
    quakes = [
        "Pada periode pengamatan selama 24 jam, Senin (9/6/2025), tercatat 38 kali gempa letusan di Gunung Semeru.",
    ]
    tally = article(
        "b",
        "2025-06-10T08:00+07:00",
        quakes,
        [{"type": "DISASTER", "who": [], "when": "2025-06-09", "where": "Gunung Semeru", "trigger": "gempa letusan", "in_sentence": 0}],
        [("Senin (9/6/2025)", "2025-06-09")],
    )
    assert timeline_entries(tally) == []


def test_a_date_a_cited_medium_told_the_news_on_dates_no_death():
    sentences = [
        "Dilansir dari Bangkok Post, Selasa (10/6/2025), wisatawan asal Australia itu meninggal setelah terjatuh dari tebing di Krabi.",
    ]
    body = sentences[0]
    at = body.index("Selasa (10/6/2025)")
    event = {
        "type": "DIE",
        "who": ["wisatawan asal Australia"],
        "when": "2025-06-10",
        "where": "Krabi",
        "trigger": "meninggal",
        "in_sentence": 0,
        "when_span": [at, at + len("Selasa (10/6/2025)")],
    }
    cited = article("a", "2025-06-10T20:00+07:00", sentences, [event], [("Selasa (10/6/2025)", "2025-06-10")])
    # the medium's day is not the death's; told by no other report, the death has no day and no entry
    assert timeline_entries(cited) == []
    own = [
        "Seorang wisatawan asal Australia meninggal setelah terjatuh dari tebing di Krabi pada Selasa (10/6/2025).",
    ]
    at = own[0].index("Selasa (10/6/2025)")
    event = {**event, "in_sentence": 0, "when_span": [at, at + len("Selasa (10/6/2025)")]}
    dated = article("b", "2025-06-10T20:00+07:00", own, [event], [("Selasa (10/6/2025)", "2025-06-10")])
    assert [row[:2] for row in timeline_entries(dated)] == [("2025-06-10", "DIE")]


def hearing(aid: str, sentence: str, who: list[str], trigger: str) -> dict:
    event = {"type": "TRIAL", "who": who, "when": "2025-06-12", "trigger": trigger, "in_sentence": 0}
    return article(aid, "2025-06-12T17:00+07:00", [sentence], [event], [("Kamis (12/6/2025)", "2025-06-12")])


def test_one_days_hearing_of_a_trial_is_one_entry_whichever_witness_comes_first():
    witness = hearing(
        "a",
        "Ahli pidana Bambang Wijaya dihadirkan dalam sidang terdakwa Agus Salim di Pengadilan Tipikor Jakarta, Kamis (12/6/2025).",
        ["Bambang Wijaya", "Agus Salim"],
        "sidang",
    )
    defendant = hearing("b", "Sidang lanjutan Agus Salim kembali digelar pada Kamis (12/6/2025).", ["Agus Salim"], "Sidang")
    timeline, _ = timeline_and_conflicts([witness, defendant], {"a": 0, "b": 1})
    assert [sorted(t.articles) for t in timeline] == [["a", "b"]]
    # another defendant's trial of that day is another hearing
    other = hearing("c", "Sidang terdakwa Rudi Hermawan juga digelar pada Kamis (12/6/2025).", ["Rudi Hermawan"], "Sidang")
    timeline, _ = timeline_and_conflicts([witness, other], {"a": 0, "c": 1})
    assert sorted(t.articles for t in timeline) == [["a"], ["c"]]


def test_what_a_speaker_told_the_reporter_in_an_interview_is_no_entry():
    sentences = [
        "Kepala SMP Santo Yosef, Markus Lake, saat diwawancarai POS-KUPANG.COM, Senin (9/6/2025), mengungkapkan kekhawatirannya soal biaya sekolah.",
        "Gedung Putih pada Senin (9/6/2025) menyatakan keprihatinannya atas uji coba rudal itu.",
    ]
    events = [
        {"type": "WARN", "who": ["Markus Lake"], "when": "2025-06-09", "trigger": "kekhawatirannya", "in_sentence": 0},
        {"type": "WARN", "who": ["Gedung Putih"], "when": "2025-06-09", "trigger": "keprihatinannya", "in_sentence": 1},
    ]
    report = article("a", "2025-06-09T20:00+08:00", sentences, events, [("Senin (9/6/2025)", "2025-06-09")])
    # the principal's worry, told to the reporter, is the reporting act; the White House's statement to the public stays
    assert [row[2] for row in timeline_entries(report)] == [("Gedung Putih",)]


def test_the_trip_the_dead_were_on_days_before_the_crash_is_no_entry():
    sentences = [
        "Helikopter yang membawa tujuh orang jatuh di hutan dekat Gaurikund, Minggu (15/6/2025).",
        "Salah satu korban tewas adalah Rakesh Sharma.",
        "Keluarga Rakesh Sharma telah berangkat dari Nagpur pada 12 Juni untuk berziarah ke kuil Kedarnath.",
    ]
    events = [
        {"type": "ACCIDENT", "who": ["helikopter"], "when": "2025-06-15", "where": "Gaurikund", "trigger": "jatuh", "in_sentence": 0},
        {"type": "DIE", "who": ["Rakesh Sharma"], "when": "2025-06-15", "trigger": "tewas", "in_sentence": 1},
        {"type": "VISIT", "who": ["keluarga Rakesh Sharma"], "when": "2025-06-12", "trigger": "berangkat", "in_sentence": 2},
    ]
    timexes = [("Minggu (15/6/2025)", "2025-06-15"), ("12 Juni", "2025-06-12")]
    crash = article("a", "2025-06-16T10:00+07:00", sentences, events, timexes)
    assert sorted(row[1] for row in timeline_entries(crash)) == ["ACCIDENT", "DIE"]


def test_a_trip_of_someone_alive_before_a_crash_stays():
    sentences = [
        "Helikopter yang membawa tujuh orang jatuh di hutan dekat Gaurikund, Minggu (15/6/2025).",
        "Salah satu korban tewas adalah Rakesh Sharma.",
        "Menteri Penerbangan Sipil Ram Mohan Naidu berkunjung ke Dehradun pada 12 Juni untuk memeriksa layanan helikopter.",
    ]
    events = [
        {"type": "ACCIDENT", "who": ["helikopter"], "when": "2025-06-15", "where": "Gaurikund", "trigger": "jatuh", "in_sentence": 0},
        {"type": "DIE", "who": ["Rakesh Sharma"], "when": "2025-06-15", "trigger": "tewas", "in_sentence": 1},
        {"type": "VISIT", "who": ["Ram Mohan Naidu"], "when": "2025-06-12", "trigger": "berkunjung", "in_sentence": 2},
    ]
    timexes = [("Minggu (15/6/2025)", "2025-06-15"), ("12 Juni", "2025-06-12")]
    crash = article("a", "2025-06-16T10:00+07:00", sentences, events, timexes)
    assert sorted(row[1] for row in timeline_entries(crash)) == ["ACCIDENT", "DIE", "VISIT"]


def test_deaths_of_two_qualified_common_nouns_are_two_people():
    sentences = [
        "Pada 31 Mei, seorang turis Ukraina tewas setelah jatuh dari balkon hotel di Pattaya.",
        "Seorang turis Inggris meninggal setelah jatuh ke lereng curam di Patong.",
    ]
    events = [
        {"type": "DIE", "who": ["turis Ukraina"], "when": "2025-05-31", "trigger": "tewas", "in_sentence": 0},
        {"type": "DIE", "who": ["turis Inggris"], "when": None, "trigger": "meninggal", "in_sentence": 1},
    ]
    report = article("a", "2025-06-04T15:00+07:00", sentences, events, [("31 Mei", "2025-05-31")])
    timeline, _ = timeline_and_conflicts([report], {"a": 0})
    assert all(len(t.evidence) == 1 for t in timeline)
