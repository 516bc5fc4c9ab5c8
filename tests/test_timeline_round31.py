"""Timeline entries an editor would sign (issue 16, round 31), on articles written for these tests: a date the events
carry to a sentence from another one gives way to an older date told between them (last year's climber, a 1998
crash) or, when it is a cited medium's day, to the happening's own; a bare clock on a cited medium's day dates
nothing; a general statement ("tak sedikit penumpang ...") and history told by its era ("Perang Dunia II") are no
happenings of the story; one bomb threat's reports, whoever each names, are one entry; the crashed bus's journey is no
visit; an act told in a clause of "sebelum" is not dated by the main clause's date; a numbered incident told after a
preposition ("Dalam insiden kedua itu") is told aside; a deal only hoped for is no entry; and "kemarin" right after a
possessive noun ("perjalanannya kemarin") dates nothing."""

from __future__ import annotations

from typing import Any

from telisik.stories.article import StoryArticle
from telisik.stories.clause_cues import (
    dated_loosely,
    dated_past_its_clause,
    told_as_another_incident,
    told_as_habit,
    told_as_hope,
    told_as_journey,
    told_in_history,
)
from telisik.stories.timeline import story_events

# a timex of a test article: its text in the body, its type and its value
Timex = tuple[str, str, str]
# an event of a test article: its type, its trigger, its parties, its sentence, its date and the timex text it is
# read from (None for an undated event)
Event = tuple[str, str, list[str], str, str | None, str | None]


def article(ident: str, paragraphs: list[list[str]], timexes: list[Timex], events: list[Event], day: str) -> dict[str, Any]:
    """An analysed article of paragraphs of sentences, the dates it writes and the events it tells."""
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    spans, at = [], 0
    for sentence in (s for p in paragraphs for s in p):
        start = body.index(sentence, at)
        spans.append([start, start + len(sentence)])
        at = start + len(sentence)
    found = [{"text": t, "start": body.index(t), "end": body.index(t) + len(t), "type": k, "value": v} for t, k, v in timexes]
    facts = []
    for kind, trigger, who, sentence, when, when_text in events:
        start = body.index(sentence) + sentence.index(trigger)
        when_span = [body.index(when_text), body.index(when_text) + len(when_text)] if when_text else None
        facts.append(
            {
                "type": kind,
                "trigger": trigger,
                "who": who,
                "when": when,
                "when_span": when_span,
                "where": None,
                "status": "occurred",
                "sentence": sentence,
                "start": start,
                "end": start + len(trigger),
            }
        )
    return {
        "id": ident,
        "published": f"{day}T20:00+07:00",
        "title": "Kabar dari lapangan",
        "body": body,
        "sentences": spans,
        "events": facts,
        "timexes": found,
    }


def rows(*articles: dict[str, Any]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The (when, type) of a story's timeline entries and of its background."""
    told = story_events(list(articles), {a["id"]: i for i, a in enumerate(articles)})
    return [(t.when, t.type) for t in told.timeline], [(t.when, t.type) for t in told.background]


# ---------------------------------------------------------------------------- a date carried past an older one


FELL = "Seorang pendaki asal Bandung terjatuh ke jurang di Gunung Papandayan pada Sabtu (14/6/2025)."
SEARCH = "Tim SAR gabungan langsung menyisir lereng gunung itu."
LAST_YEAR = "Tahun lalu, seorang pendaki lain juga tersesat di gunung yang sama."
HURT = "Namun, ia terperosok ke sungai dan hanya mengalami luka di kepala."


def climbers(between: str, timexes: list[Timex]) -> dict[str, Any]:
    return article(
        "a",
        [[FELL, SEARCH], [between], [HURT]],
        [("Sabtu (14/6/2025)", "DATE", "2025-06-14"), *timexes],
        [
            ("ACCIDENT", "terjatuh", ["pendaki"], FELL, "2025-06-14", "Sabtu (14/6/2025)"),
            # the events step carries the lead's date to the later paragraph, past "Tahun lalu"
            ("INJURE", "mengalami luka", ["pendaki"], HURT, "2025-06-14", "Sabtu (14/6/2025)"),
        ],
        "2025-06-16",
    )


def test_injury_told_after_last_years_happening_is_that_ones_background() -> None:
    timeline, background = rows(climbers(LAST_YEAR, [("Tahun lalu", "DATE", "2024")]))
    assert ("2025-06-14", "ACCIDENT") in timeline
    assert [t for t in timeline if t[1] == "INJURE"] == []
    assert ("2024", "INJURE") in background


def test_injury_with_no_older_date_between_keeps_the_carried_day() -> None:
    timeline, _ = rows(climbers("Di lokasi itu, petugas memasang garis pengaman.", []))
    assert ("2025-06-14", "INJURE") in timeline


def test_a_recent_date_between_does_not_take_the_carried_ones_place() -> None:
    # a date told between that is not long before the carried one ("Kamis (12/6)") is no other happening's
    timeline, _ = rows(climbers("Jalur itu sempat ditutup pada Kamis (12/6/2025).", [("Kamis (12/6/2025)", "DATE", "2025-06-12")]))
    assert ("2025-06-14", "INJURE") in timeline


CRASH_1998 = "Peristiwa yang dialami penyanyi itu terjadi pada Desember 1998, ketika pesawatnya gagal mendarat."
THEN = "Pesawat itu kemudian jatuh ke rawa, menewaskan 101 orang di dalamnya."
TODAY = "Kecelakaan pesawat itu terjadi di Ahmedabad pada Kamis (12/6/2025)."


def test_paragraph_going_on_with_an_old_crash_is_dated_by_it() -> None:
    a = article(
        "a",
        [[TODAY], [CRASH_1998], [THEN]],
        [("Kamis (12/6/2025)", "DATE", "2025-06-12"), ("Desember 1998", "DATE", "1998-12")],
        [
            ("ACCIDENT", "Kecelakaan", ["pesawat"], TODAY, "2025-06-12", "Kamis (12/6/2025)"),
            ("DIE", "menewaskan", ["orang"], THEN, "2025-06-12", "Kamis (12/6/2025)"),
        ],
        "2025-06-16",
    )
    timeline, background = rows(a)
    assert timeline == [("2025-06-12", "ACCIDENT")]
    assert ("1998-12", "DIE") in background


def test_old_date_two_paragraphs_before_a_fresh_paragraph_dates_nothing() -> None:
    # a paragraph that does not go on with the one before (no "kemudian", no "ia", no "itu") keeps the carried date
    fresh = "Sebanyak 241 orang tewas dalam kecelakaan di Ahmedabad."
    a = article(
        "a",
        [[TODAY], [CRASH_1998], ["Kursi yang sama kembali menjadi sorotan warganet."], [fresh]],
        [("Kamis (12/6/2025)", "DATE", "2025-06-12"), ("Desember 1998", "DATE", "1998-12")],
        [
            ("ACCIDENT", "Kecelakaan", ["pesawat"], TODAY, "2025-06-12", "Kamis (12/6/2025)"),
            ("DIE", "tewas", ["orang"], fresh, "2025-06-12", "Kamis (12/6/2025)"),
        ],
        "2025-06-16",
    )
    timeline, _ = rows(a)
    assert ("2025-06-12", "DIE") in timeline


# ---------------------------------------------------------------------------- a cited medium's day


CITED = "Dilansir Bangkok Post, Selasa (17/6/2025), pada 15 Juni polisi menangkap seorang turis mabuk di Pattaya."
RAMMED = "Berdasarkan laporan warga, pria itu menabrak sebuah mobil yang terparkir."


def test_cited_medium_day_carried_gives_way_to_the_happenings_own() -> None:
    a = article(
        "a",
        [[CITED, RAMMED]],
        [("Selasa (17/6/2025)", "DATE", "2025-06-17"), ("15 Juni", "DATE", "2025-06-15")],
        [
            ("ARREST", "menangkap", ["polisi"], CITED, "2025-06-15", "15 Juni"),
            ("ACCIDENT", "menabrak", ["mobil"], RAMMED, "2025-06-17", "Selasa (17/6/2025)"),
        ],
        "2025-06-17",
    )
    timeline, _ = rows(a)
    assert ("2025-06-15", "ACCIDENT") in timeline
    assert ("2025-06-17", "ACCIDENT") not in timeline


FELL_HELI = "Helikopter yang membawa peziarah jatuh di dekat Gaurikund pada Minggu (15/6) pagi."
LOST = (
    "Dikutip dari Hindustan Times, Senin (16/6/2025), helikopter hilang kontak sekitar pukul 05.20 waktu setempat dan ditemukan terbakar."
)


def test_bare_clock_on_a_cited_day_dates_nothing() -> None:
    a = article(
        "a",
        [[FELL_HELI, LOST]],
        [
            ("Minggu (15/6) pagi", "TIME", "2025-06-15TMO"),
            ("Senin (16/6/2025)", "DATE", "2025-06-16"),
            ("pukul 05.20 waktu setempat", "TIME", "2025-06-16T05:20"),
        ],
        [
            ("ACCIDENT", "jatuh", ["Helikopter"], FELL_HELI, "2025-06-15", "Minggu (15/6) pagi"),
            ("ACCIDENT", "terbakar", ["helikopter"], LOST, "2025-06-16T05:20", "pukul 05.20 waktu setempat"),
        ],
        "2025-06-16",
    )
    timeline, _ = rows(a)
    assert [t for t in timeline if t[1] == "ACCIDENT"] == [("2025-06-15", "ACCIDENT")]


# ---------------------------------------------------------------------------- general statements and history


CRASHED = "Pesawat itu jatuh di Ahmedabad pada Kamis (12/6/2025)."
MANY = "Tak sedikit penumpang memilih membatalkan penerbangan setelah kecelakaan itu."
CANCELLED = "Tak sedikit jadwal terganggu: Garuda Indonesia membatalkan 12 penerbangan pada Jumat (13/6/2025)."


def test_general_statement_is_no_happening() -> None:
    a = article(
        "a",
        [[CRASHED, MANY, CANCELLED]],
        [("Kamis (12/6/2025)", "DATE", "2025-06-12"), ("Jumat (13/6/2025)", "DATE", "2025-06-13")],
        [
            ("ACCIDENT", "jatuh", ["Pesawat"], CRASHED, "2025-06-12", "Kamis (12/6/2025)"),
            ("CLOSE", "membatalkan", ["penumpang"], MANY, "2025-06-12", "Kamis (12/6/2025)"),
            ("CLOSE", "membatalkan", ["Garuda Indonesia"], CANCELLED, "2025-06-13", "Jumat (13/6/2025)"),
        ],
        "2025-06-16",
    )
    read = StoryArticle.of(a)
    assert told_as_habit(read, a["events"][1])
    # a sentence that dates its own cancellation is a report, whatever word of habit a writer puts in
    assert not told_as_habit(read, a["events"][2])
    timeline, _ = rows(a)
    assert [t for t in timeline if t[1] == "CLOSE"] == [("2025-06-13", "CLOSE")]


BLAST = "Ledakan terjadi di Pangkalan Udara Kadena, Okinawa, pada Senin (9/6/2025)."
WAR = "Pulau itu menjadi garis pertahanan terakhir Jepang terhadap serangan Sekutu dalam Perang Dunia II."


def test_history_told_by_its_era_is_no_happening_of_the_day() -> None:
    a = article(
        "a",
        [[BLAST], [WAR]],
        [("Senin (9/6/2025)", "DATE", "2025-06-09")],
        [
            ("ACCIDENT", "Ledakan", ["Pangkalan Udara Kadena"], BLAST, "2025-06-09", "Senin (9/6/2025)"),
            ("ATTACK", "serangan", ["Sekutu", "Jepang"], WAR, "2025-06-09", "Senin (9/6/2025)"),
        ],
        "2025-06-09",
    )
    assert told_in_history(StoryArticle.of(a), a["events"][1])
    assert not told_in_history(StoryArticle.of(a), a["events"][0])
    timeline, _ = rows(a)
    assert [t[1] for t in timeline] == ["ACCIDENT"]


# ---------------------------------------------------------------------------- one bomb threat


EMAIL = 'Surel pada Selasa (17/6/2025) pagi itu berisi ancaman "meledakkan" pesawat Garuda Indonesia GA 123.'
LANDED = "Pesawat Garuda Indonesia GA 123 mendarat darurat di Bandara Kualanamu pada Selasa (17/6/2025) siang."
PILOT = "Di tengah penerbangan, pilot menerima informasi adanya teror bom di dalam kabin."
PLANE = "Pesawat Garuda yang menerima ancaman bom itu membawa 300 penumpang."


def test_one_bomb_threat_is_one_entry_whoever_each_report_names() -> None:
    # the first report tells the threat undated, of the pilot and the plane; a later one dates it, of the flight
    first = article(
        "a",
        [[LANDED], [PILOT, PLANE]],
        [("Selasa (17/6/2025) siang", "DATE", "2025-06-17")],
        [
            ("VISIT", "mendarat", ["Garuda Indonesia GA 123"], LANDED, "2025-06-17", "Selasa (17/6/2025) siang"),
            ("WARN", "teror bom", ["pilot"], PILOT, None, None),
            ("WARN", "ancaman bom", ["Pesawat Garuda"], PLANE, None, None),
        ],
        "2025-06-17",
    )
    later = article(
        "b",
        [[EMAIL]],
        [("Selasa (17/6/2025) pagi", "DATE", "2025-06-17")],
        [("WARN", "ancaman", ["Garuda Indonesia GA 123"], EMAIL, "2025-06-17", "Selasa (17/6/2025) pagi")],
        "2025-06-17",
    )
    told = story_events([first, later], {"a": 0, "b": 1})
    warnings = [(t.when, sorted((s.article, s.event) for s in t.evidence)) for t in told.timeline if t.type == "WARN"]
    assert warnings == [("2025-06-17", [("a", 1), ("a", 2), ("b", 0)])]


def test_two_parties_warnings_stay_two() -> None:
    # warnings that are no threat of harm are their parties': the regent's and the transport office's are two
    regent = "Bupati Gunungkidul Endah Subekti memperingatkan warga pesisir akan gelombang tinggi pada Selasa (17/6/2025)."
    office = "Dinas Perhubungan Kabupaten Bantul mengimbau pengendara menghindari jalur pantai pada Selasa (17/6/2025) sore."
    a = article(
        "a",
        [[regent, office]],
        [("Selasa (17/6/2025)", "DATE", "2025-06-17"), ("Selasa (17/6/2025) sore", "DATE", "2025-06-17")],
        [
            ("WARN", "memperingatkan", ["Endah Subekti"], regent, "2025-06-17", "Selasa (17/6/2025)"),
            ("WARN", "mengimbau", ["Dinas Perhubungan Kabupaten Bantul"], office, "2025-06-17", "Selasa (17/6/2025) sore"),
        ],
        "2025-06-17",
    )
    timeline, _ = rows(a)
    assert len([t for t in timeline if t[1] == "WARN"]) == 2


# ---------------------------------------------------------------------------- a crash's journey


BUS_CRASH = "Bus rombongan mahasiswa terguling di Jalan Raya Cikidang, Sukabumi, pada Senin (9/6/2025) dini hari."
ON_ITS_WAY = "Bus yang membawa 40 mahasiswa tersebut sedang dalam perjalanan dari Bogor ke Pelabuhan Ratu."
LEFT_FROM = "Bus yang berangkat dari Bogor itu sempat berhenti di rumah makan."
WENT_ON = "Rektor Universitas Pakuan berangkat ke Sukabumi untuk menjenguk para korban."


def crash_story(*told: tuple[str, str, list[str]]) -> dict[str, Any]:
    sentences = [BUS_CRASH, *(sentence for sentence, _, _ in told)]
    events: list[Event] = [("ACCIDENT", "terguling", ["Bus"], BUS_CRASH, "2025-06-09", "Senin (9/6/2025)")]
    events += [("VISIT", trigger, who, sentence, None, None) for sentence, trigger, who in told]
    return article("a", [sentences], [("Senin (9/6/2025)", "DATE", "2025-06-09")], events, "2025-06-09")


def test_the_crashed_bus_journey_is_no_visit() -> None:
    a = crash_story((ON_ITS_WAY, "perjalanan", ["Bus"]), (LEFT_FROM, "berangkat", ["Bus"]))
    assert told_as_journey(a["events"][1]) and told_as_journey(a["events"][2])
    timeline, _ = rows(a)
    assert [t[1] for t in timeline] == ["ACCIDENT"]


def test_a_trip_made_after_the_crash_stays() -> None:
    a = crash_story((WENT_ON, "berangkat", ["Rektor Universitas Pakuan"]))
    assert not told_as_journey(a["events"][1])
    timeline, _ = rows(a)
    assert ("2025-06-09", "VISIT") in timeline


# ---------------------------------------------------------------------------- an act told in a clause of "before"


NAMED_SUSPECT = "Sebelum menangkap DS, tepatnya 3 Juni penyidik sudah menetapkan statusnya sebagai tersangka."
ARRESTED_ON = "Penyidik Polres Lamongan menangkap DS di rumahnya pada Rabu (4/6/2025)."


def test_act_in_a_before_clause_is_not_dated_by_the_main_clause() -> None:
    a = article(
        "a",
        [[ARRESTED_ON, NAMED_SUSPECT]],
        [("Rabu (4/6/2025)", "DATE", "2025-06-04"), ("3 Juni", "DATE", "2025-06-03")],
        [
            ("ARREST", "menangkap", ["Polres Lamongan", "DS"], ARRESTED_ON, "2025-06-04", "Rabu (4/6/2025)"),
            ("ARREST", "menangkap", ["DS"], NAMED_SUSPECT, "2025-06-03", "3 Juni"),
        ],
        "2025-06-09",
    )
    read = StoryArticle.of(a)
    assert dated_past_its_clause(read, a["events"][1])
    assert not dated_past_its_clause(read, a["events"][0])
    timeline, _ = rows(a)
    assert [t for t in timeline if t[1] == "ARREST"] == [("2025-06-04", "ARREST")]


def test_date_inside_the_before_clause_is_its_own() -> None:
    # "Sebelum ditangkap pada Rabu (4/6/2025), DS sempat kabur": the date is the arrest's own
    sentence = "Sebelum ditangkap pada Rabu (4/6/2025), DS sempat kabur ke Tuban."
    a = article(
        "a",
        [[sentence]],
        [("Rabu (4/6/2025)", "DATE", "2025-06-04")],
        [("ARREST", "ditangkap", ["DS"], sentence, "2025-06-04", "Rabu (4/6/2025)")],
        "2025-06-09",
    )
    assert not dated_past_its_clause(StoryArticle.of(a), a["events"][0])


# ---------------------------------------------------------------------------- a second incident told aside


def test_numbered_incident_after_a_preposition_is_told_aside() -> None:
    assert told_as_another_incident({"sentence": "Dalam insiden kedua itu, sebanyak 12 turis asal Korea juga mengalami luka ringan."})
    # a roundup's numbered part opens its sentence with no preposition: a part of the roundup, kept
    assert not told_as_another_incident({"sentence": "Kecelakaan kedua terjadi di Jalan Ahmad Yani, Surabaya."})
    assert not told_as_another_incident({"sentence": "Pada hari kedua, tim SAR menemukan korban di hilir sungai."})


# ---------------------------------------------------------------------------- a deal only hoped for


HOPED = "Menteri Perdagangan mengatakan ia sangat optimistis dengan kesepakatan dagang antara Indonesia dan Jepang."
SIGNED = "Indonesia dan Jepang menandatangani kesepakatan dagang di Tokyo pada Senin (9/6/2025)."


def test_deal_only_hoped_for_is_no_entry() -> None:
    hoped = {"type": "AGREE", "trigger": "kesepakatan", "sentence": HOPED}
    assert told_as_hope(hoped)
    assert not told_as_hope({"type": "AGREE", "trigger": "menandatangani kesepakatan", "sentence": SIGNED})
    talks = "Perundingan dagang kedua negara digelar di Tokyo pada Senin (9/6/2025)."
    a = article(
        "a",
        [[talks, HOPED]],
        [("Senin (9/6/2025)", "DATE", "2025-06-09")],
        [("AGREE", "kesepakatan", ["Indonesia", "Jepang"], HOPED, "2025-06-09", "Senin (9/6/2025)")],
        "2025-06-09",
    )
    b = article(
        "b",
        [[SIGNED]],
        [("Senin (9/6/2025)", "DATE", "2025-06-09")],
        [("AGREE", "menandatangani kesepakatan", ["Indonesia", "Jepang"], SIGNED, "2025-06-09", "Senin (9/6/2025)")],
        "2025-06-09",
    )
    assert rows(a)[0] == []
    assert rows(b)[0] == [("2025-06-09", "AGREE")]


# ---------------------------------------------------------------------------- "perjalanannya kemarin"


TRIP = "Relawan itu menuliskan hikmah dari perjalanannya kemarin menuju perbatasan Rafah."
SET_OFF = "Relawan itu berangkat kemarin menuju perbatasan Rafah."


def test_loose_kemarin_after_a_possessive_noun_dates_nothing() -> None:
    a = article(
        "a",
        [[TRIP, SET_OFF]],
        [("kemarin", "DATE", "2025-06-16")],
        [
            ("VISIT", "perjalanannya", ["Relawan"], TRIP, "2025-06-16", "kemarin"),
            ("VISIT", "berangkat", ["Relawan"], SET_OFF, "2025-06-16", "kemarin"),
        ],
        "2025-06-17",
    )
    read = StoryArticle.of(a)
    assert dated_loosely(read, a["events"][0])
    # the verb's "kemarin" is the day before the report
    assert not dated_loosely(read, a["events"][1])


# ---------------------------------------------------------------------------- mends after review (round 31)


def test_kedua_meaning_both_is_the_storys_own_happening() -> None:
    # "kedua" before a noun is "both": the crash of both vehicles is the story's own crash, not a second one told aside
    assert not told_as_another_incident({"sentence": "Dalam kecelakaan kedua bus itu, 12 penumpang tewas."})
    assert not told_as_another_incident({"sentence": "Pada kecelakaan kedua kendaraan tersebut, sopir truk melarikan diri."})
    assert not told_as_another_incident({"sentence": "Dalam kasus kedua tersangka, polisi menyita sabu seberat 2 kilogram."})
    assert told_as_another_incident({"sentence": "Pada insiden kedua, seorang turis asal Korea terluka."})


def test_whitespace_trigger_is_no_journey() -> None:
    assert not told_as_journey({"type": "VISIT", "trigger": " ", "sentence": "Bus itu berangkat dari Bogor."})


STOLE = "Pelaku yang kerap mencuri sepeda motor itu ditangkap polisi."
ORDNANCE = "Bom sisa Perang Dunia II ditemukan warga dan diledakkan tim Gegana."
FORMER = "Eks pejabat Orde Baru itu ditangkap KPK."


def test_habit_or_era_outside_the_events_clause_does_not_drop_it() -> None:
    lead = "Polisi meringkus seorang pencuri di Depok pada Senin (9/6/2025)."
    a = article(
        "a",
        [[lead], [STOLE, ORDNANCE, FORMER]],
        [("Senin (9/6/2025)", "DATE", "2025-06-09")],
        [
            ("ARREST", "ditangkap", ["Pelaku"], STOLE, "2025-06-09", "Senin (9/6/2025)"),
            ("FIND", "ditemukan", ["warga"], ORDNANCE, "2025-06-09", "Senin (9/6/2025)"),
            ("ARREST", "ditangkap", ["KPK"], FORMER, "2025-06-09", "Senin (9/6/2025)"),
        ],
        "2025-06-09",
    )
    read = StoryArticle.of(a)
    assert not told_as_habit(read, a["events"][0])
    assert not told_in_history(read, a["events"][1])
    assert not told_in_history(read, a["events"][2])


def test_a_hope_that_does_not_govern_the_act_drops_nothing() -> None:
    agreed = "Setelah lama berharap, kedua negara akhirnya menyepakati gencatan senjata."
    met = "Sesuai harapan publik, Prabowo dan Putin bertemu di Kremlin."
    assert not told_as_hope({"type": "AGREE", "trigger": "menyepakati", "sentence": agreed})
    assert not told_as_hope({"type": "MEET", "trigger": "bertemu", "sentence": met})
    assert told_as_hope({"type": "MEET", "trigger": "bertemu", "sentence": "Warga berharap kedua pemimpin bertemu di Jakarta."})


def test_a_background_state_since_a_year_does_not_redate_the_next_act() -> None:
    from telisik.stories.timeline import _nearer_date

    lead = "Polisi menangkap Kepala Desa Sukamaju, Budi Santoso, Senin (9/6/2025)."
    since = "Budi menjabat kepala desa sejak 2019."
    taken = "Ia kemudian dibawa ke Mapolres Garut untuk diperiksa."
    a = article(
        "a",
        [[lead], [since, taken]],
        [("Senin (9/6/2025)", "DATE", "2025-06-09"), ("sejak 2019", "DATE", "2019")],
        [
            ("ARREST", "menangkap", ["Polisi", "Budi Santoso"], lead, "2025-06-09", "Senin (9/6/2025)"),
            ("TRANSFER", "dibawa", ["Budi Santoso"], taken, "2025-06-09", "Senin (9/6/2025)"),
        ],
        "2025-06-09",
    )
    assert _nearer_date(StoryArticle.of(a), a["events"][1]) is None
    # an older year told as a happening still dates what goes on with it: test_paragraph_going_on_with_an_old_crash


def test_two_threats_against_two_flights_stay_two() -> None:
    # days apart, and on one day: each flight's threat is its own happening
    first = "Pesawat Lion Air JT 610 menerima ancaman bom saat terbang menuju Batam pada Senin (9/6/2025)."
    second = "Pesawat Saudia SV 5276 juga menerima ancaman bom sebelum mendarat di Kualanamu pada Kamis (12/6/2025)."
    a = article(
        "a",
        [[first]],
        [("Senin (9/6/2025)", "DATE", "2025-06-09")],
        [("WARN", "ancaman bom", ["Lion Air JT 610"], first, "2025-06-09", "Senin (9/6/2025)")],
        "2025-06-09",
    )
    b = article(
        "b",
        [[second]],
        [("Kamis (12/6/2025)", "DATE", "2025-06-12")],
        [("WARN", "ancaman bom", ["Saudia SV 5276"], second, "2025-06-12", "Kamis (12/6/2025)")],
        "2025-06-12",
    )
    timeline, _ = rows(a, b)
    assert [t for t in timeline if t[1] == "WARN"] == [("2025-06-09", "WARN"), ("2025-06-12", "WARN")]
    same_day = "Pesawat Saudia SV 5276 juga menerima ancaman bom sebelum mendarat di Kualanamu pada Senin (9/6/2025)."
    c = article(
        "c",
        [[same_day]],
        [("Senin (9/6/2025)", "DATE", "2025-06-09")],
        [("WARN", "ancaman bom", ["Saudia SV 5276"], same_day, "2025-06-09", "Senin (9/6/2025)")],
        "2025-06-09",
    )
    timeline, _ = rows(a, c)
    assert [t for t in timeline if t[1] == "WARN"] == [("2025-06-09", "WARN"), ("2025-06-09", "WARN")]


def test_a_demonstrative_deep_in_a_paragraphs_opening_does_not_reach_back() -> None:
    from telisik.stories.timeline import _date_reach

    before = "Tahun lalu, jembatan gantung itu juga putus diterjang banjir."
    for opening, reaches in [
        ("Dalam kesempatan itu, Bupati Lebak meninjau lokasi.", False),
        ("Pada rapat tersebut, camat menyampaikan data korban.", False),
        ("Jembatan itu kemudian ditutup untuk umum.", True),
        ("Jembatan tersebut ditutup untuk umum.", True),
    ]:
        body = f"{before}\n\n{opening}"
        assert (_date_reach(body, len(before) + 5)[0] == 0) is reaches, opening


def test_habit_told_of_the_act_itself_or_after_its_clause() -> None:
    told = "Warga mengatakan tawuran antarkelompok pemuda di jalan itu sudah kerap terjadi."
    piled = "Truk yang remnya blong itu menabrak lima mobil sekaligus, menyisakan kerugian yang tak sedikit."
    a = article(
        "a",
        [[told, piled]],
        [],
        [("ATTACK", "tawuran", ["pemuda"], told, None, None), ("ACCIDENT", "menabrak", ["Truk"], piled, None, None)],
        "2025-06-09",
    )
    read = StoryArticle.of(a)
    # the habit's word in the act's own clause makes it a habit; one past the comma describes the loss, not the crash
    assert told_as_habit(read, a["events"][0])
    assert not told_as_habit(read, a["events"][1])


def test_a_blank_trigger_is_no_threat() -> None:
    from telisik.stories.clause_cues import told_as_threat

    assert not told_as_threat({"type": "WARN", "trigger": " ", "sentence": "Pesawat itu menerima ancaman bom."})
    assert told_as_threat({"type": "WARN", "trigger": "ancaman bom", "sentence": "Pesawat itu menerima ancaman bom."})
