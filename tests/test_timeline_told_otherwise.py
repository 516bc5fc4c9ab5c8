"""Happenings told otherwise than as done on their day (issue 16, session h45): a call someone "menjadwalkan" is set,
not made; a count "hingga bulan Mei" is a tally, not an arrest of that month; a fire a party mourns "atas musibah
kebakaran" has none of the mourners among its parties; an earlier crash told "Sebelumnya, ... juga" is not the story's
crash though the lead's date was carried to it; the hoaxes a headline says a group "diserang" by tell no happening.
On sentences and articles written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from story_articles import article, timeline_entries
from telisik.stories.clause_cues import told_as_an_earlier_one, told_as_tally


def test_a_call_someone_schedules_is_planned(nlp):
    text = "Menurut laporan Politico, Presiden Budi Santoso telah menjadwalkan panggilan telepon pada Jumat dengan Rudi Hartono."
    calls = events_of_type(nlp, text, "COMMUNICATE", published="2025-06-08")
    assert calls and all(e.status == "planned" for e in calls), [(e.status, e.when) for e in calls]


def test_a_call_made_stays_done(nlp):
    text = "Presiden Budi Santoso melakukan panggilan telepon dengan Rudi Hartono pada Jumat (6/6/2025)."
    calls = events_of_type(nlp, text, "COMMUNICATE", published="2025-06-08")
    assert calls and all(e.status == "occurred" for e in calls), [(e.status, e.when) for e in calls]


def test_mourners_of_a_fire_are_no_parties_of_it(nlp):
    text = (
        "Kebakaran hebat melanda Kampung Melayu, Jakarta Timur, pada Jumat (6/6/2025). \"Kami dari DPD Partai Maju Jaya "
        "turut berduka atas musibah kebakaran yang melanda warga Kampung Melayu,\" kata Andi Wijaya."
    )
    fires = events_of_type(nlp, text, "ACCIDENT", published="2025-06-08")
    assert fires and all("Partai Maju Jaya" not in e.who and "DPD Partai Maju Jaya" not in e.who for e in fires), [e.who for e in fires]


def _arrest(sentence: str, when: str) -> dict:
    return {"type": "ARREST", "trigger": "diamankan", "sentence": sentence, "when": when, "who": ["pengedar narkoba"]}


def test_a_count_up_to_a_month_is_a_tally():
    told = "Hingga bulan Mei 2025, tercatat 80 pengedar narkoba berhasil diamankan dari berbagai wilayah."
    assert told_as_tally(_arrest(told, "2025-05"))


def test_a_count_recorded_on_one_day_is_that_days():
    told = "Pada Senin (2/6/2025), tercatat 8 pengedar narkoba berhasil diamankan di Pelabuhan Ketapang."
    assert not told_as_tally(_arrest(told, "2025-06-02"))


def test_a_monthly_tally_is_no_entry_of_the_timeline():
    sentences = [
        "Polisi menangkap pengedar narkoba berinisial AB di Banyuwangi pada Sabtu (7/6/2025).",
        "Hingga bulan Mei 2025, tercatat 80 pengedar narkoba berhasil diamankan dari berbagai wilayah.",
    ]
    events = [
        {"type": "ARREST", "who": ["Polisi", "AB"], "when": "2025-06-07", "trigger": "menangkap", "in_sentence": 0},
        {"type": "ARREST", "who": ["pengedar narkoba"], "when": "2025-05", "trigger": "diamankan", "in_sentence": 1},
    ]
    rows = timeline_entries(article("a", "2025-06-08T10:00+07:00", sentences, events, [("Sabtu (7/6/2025)", "2025-06-07")]))
    assert [r[0] for r in rows] == ["2025-06-07"], rows


def test_an_earlier_crash_dated_by_the_next_paragraph_is_not_the_storys():
    sentences = [
        "Viswashkumar Ramesh selamat dari kecelakaan pesawat Air India karena duduk di kursi 11A.",
        "Sebelumnya, Ruangsuak Loychusak juga selamat dari kecelakaan pesawat berkat kursi bernomor sama.",
        "Ramesh menjadi satu-satunya penumpang selamat dalam kecelakaan pesawat Air India di Ahmedabad pada Kamis (12/6).",
    ]
    lead_date = [" ".join(sentences).index("Kamis (12/6)"), " ".join(sentences).index("Kamis (12/6)") + 12]
    events = [
        {"type": "ACCIDENT", "who": ["Air India", "Ramesh"], "when": "2025-06-12", "when_span": lead_date, "trigger": "kecelakaan", "in_sentence": 0},
        {"type": "ACCIDENT", "who": ["Ruangsuak Loychusak"], "when": "2025-06-12", "when_span": lead_date, "trigger": "kecelakaan", "in_sentence": 1},
        {"type": "ACCIDENT", "who": ["Ramesh", "Air India"], "when": "2025-06-12", "where": "Ahmedabad", "when_span": lead_date, "trigger": "kecelakaan", "in_sentence": 2},
    ]
    report = article("a", "2025-06-16T10:00+07:00", sentences, events, [("Kamis (12/6)", "2025-06-12")])
    assert told_as_an_earlier_one(report["events"][1])
    rows = timeline_entries(report)
    assert len(rows) == 1 and "Ruangsuak Loychusak" not in rows[0][2], rows


def test_an_earlier_crash_dated_in_its_own_words_keeps_its_date():
    told = "Sebelumnya, Ruangsuak Loychusak juga selamat dari kecelakaan pesawat pada 11 Desember 1998."
    start = 200 + told.index("kecelakaan")
    at = 200 + told.index("11 Desember 1998")
    event = {"type": "ACCIDENT", "trigger": "kecelakaan", "sentence": told, "when": "1998-12-11", "start": start, "when_span": [at, at + 16]}
    assert not told_as_an_earlier_one(event)


def _titled_events(nlp, title: str, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-08"
    doc._.title = title
    return nlp(doc)._.events


def test_the_hoaxes_a_group_is_beset_by_tell_no_happening(nlp):
    text = (
        "Liputan6.com, Jakarta - Sebuah video yang diklaim detik-detik pesawat pengangkut jemaah haji jatuh di Laut Merah "
        "beredar di media sosial. Kabar tentang puluhan jemaah haji meninggal dunia akibat terowongan Mina mati lampu juga beredar."
    )
    assert not _titled_events(nlp, "Jemaah Haji Diserang Hoaks, Cek Daftarnya", text)
    # a report of a real happening that warns of hoaxes keeps it
    real = "Gunung Marapi di Sumatera Barat kembali erupsi pada Kamis (5/6/2025)."
    assert [e.type for e in _titled_events(nlp, "Gunung Marapi Erupsi, Warga Diminta Tak Termakan Hoaks", real)] == ["DISASTER"]
