"""Disagreements a strict fact-checker flags and those it does not (round 31): a flight's number or a car's plate
written differently by two sources, a half's end written bare for its added time, a part of the day between two
others, a place told of an old happening; on reports written for these tests."""

from __future__ import annotations

from datetime import date

from telisik.stories.article import StoryArticle
from telisik.stories.conflicts import counted_facts, edit_distance, identifier_conflicts, identifiers
from telisik.stories.figures import figures_and_conflicts
from telisik.stories.match_facts import close_minutes, half_end_shorthand, match_conflicts
from telisik.stories.timeline import timeline_and_conflicts

# ---- identifiers ---------------------------------------------------------------------------------------------


def _reports(*bodies: str) -> list[dict]:
    return [{"id": f"a{i}", "outlet": f"outlet{i}", "published": "2025-06-17T15:00+07:00", "body": b} for i, b in enumerate(bodies)]


def test_a_flight_number_and_a_plate_are_read_after_their_cue_words_and_a_model_is_none():
    body = (
        "Pesawat Garuda Indonesia dengan nomor penerbangan GA-880 rute Jakarta-Tokyo kembali ke Soekarno-Hatta. "
        "Pesawat Airbus A330 itu membawa 301 penumpang. Sebuah mobil berpelat B 1742 KZT terparkir di depan terminal."
    )
    assert identifiers(body, "flight") == ["GA-880"]
    assert identifiers(body, "plate") == ["B 1742 KZT"]
    # the same codes without their cue words identify nothing: "GA 880" could be a room, "B 1742 KZT" a form
    assert identifiers("Ruang GA 880 dan formulir B 1742 KZT.", "flight") == []
    assert identifiers("Ruang GA 880 dan formulir B 1742 KZT.", "plate") == []


def test_a_swap_of_two_digits_is_one_edit():
    assert edit_distance("SV5276", "SV5726") == 1
    assert edit_distance("SI576", "SV5276") == 2
    assert edit_distance("GA716", "JT353") == 5


def test_one_flight_numbered_differently_by_two_sources_is_a_conflict():
    reports = _reports(
        "Pesawat Saudia Airlines dengan nomor penerbangan SV-5381 rute Jeddah-Surabaya mendarat darurat di Kualanamu.",
        "Pesawat Saudia SV 5831 yang membawa 380 jemaah haji dialihkan ke Bandara Kualanamu, Deli Serdang.",
    )
    [conflict] = identifier_conflicts(reports, {})
    assert conflict.kind == "identifier"
    assert conflict.values == {"SV-5381": ["a0"], "SV-5831": ["a1"]}
    # the story's figures carry it: an identifier is a number its sources give differently
    assert [c.values for c in figures_and_conflicts(reports)[1]] == [conflict.values]
    # a near-duplicate copy is its original's source: it does not disagree with it
    assert identifier_conflicts(reports, {"a1": "a0"}) == []


def test_flights_an_article_tells_apart_and_codes_far_apart_are_no_conflict():
    both = _reports(
        "Garuda Indonesia membatalkan penerbangan GA 716 rute Jakarta-Melbourne dan penerbangan GA 717 rute sebaliknya.",
        "Penumpang penerbangan GA 716 diinapkan di hotel dekat bandara.",
    )
    assert identifier_conflicts(both, {}) == []
    far = _reports("Penerbangan GA 716 ditunda dua jam.", "Penerbangan JT 353 ditunda tiga jam.")
    assert identifier_conflicts(far, {}) == []


def test_a_plate_written_differently_by_two_sources_is_a_conflict_but_not_inside_one_article():
    reports = _reports(
        "Mobil Toyota Avanza hitam bernopol D 1457 ABK menerobos palang pintu tol Pasteur.",
        "Polisi memburu pengemudi mobil dengan pelat nomor D 1475 ABK yang kabur dari gerbang tol.",
    )
    [conflict] = identifier_conflicts(reports, {})
    assert conflict.values == {"D 1457 ABK": ["a0"], "D 1475 ABK": ["a1"]}
    slip = _reports(
        "Mobil bernopol D 1457 ABK menerobos gerbang tol. Mobil berpelat D 1475 ABK itu lalu kabur ke arah Cimahi.",
        "Polisi memburu mobil berpelat D 1475 ABK.",
    )
    assert identifier_conflicts(slip, {}) == []


# ---- match facts ---------------------------------------------------------------------------------------------

LEAD = "Persib menang 3-1 atas Persija dalam laga pekan ke-20 Liga 1 di Stadion Si Jalak Harupat."


def _article(aid: str, body: str, timexes: list[dict] | None = None) -> StoryArticle:
    return StoryArticle(
        id=aid,
        title="Hasil Persib vs Persija: Maung Bandung Menang 3-1",
        body=body,
        outlet=aid.split("-")[0],
        published="",
        day=date(2025, 3, 2),
        dateline="",
        sentences=[],
        events=[],
        timexes=timexes or [],
    )


def _timex(body: str, text: str, value: str) -> dict:
    start = body.index(text)
    return {"text": text, "start": start, "end": start + len(text), "value": value, "type": "TIME"}


def test_a_halfs_end_written_bare_is_the_shorthand_of_its_added_time():
    bare = _article("sindo-1", f"{LEAD} Gol Persib dicetak Ciro Alves (12' dan 45').")
    added = _article("kompas-1", f"{LEAD} Ciro Alves membuka skor pada menit ke-12. Ciro Alves kembali mencetak gol pada menit ke-45+3.")
    assert match_conflicts([bare, added], {}) == []
    # a source giving another minute still disagrees, and the bare "45" stays out of the values
    late = _article("detik-1", f"{LEAD} Ciro Alves membuka skor pada menit ke-12. Ciro Alves kembali mencetak gol pada menit ke-49.")
    [conflict] = match_conflicts([bare, added, late], {})
    assert conflict.values == {"45+3": ["kompas-1"], "49": ["detik-1"]}


def test_a_part_of_the_day_that_fits_both_others_is_left_out_of_the_kick_off_conflict():
    bodies = {
        "detik-1": ("sore", "2025-03-02T15"),
        "kompas-1": ("petang", "2025-03-02T18"),
        "okezone-1": ("malam", "2025-03-02T19"),
    }
    articles = []
    for aid, (part, value) in bodies.items():
        body = f"{LEAD} Laga berlangsung pada Minggu (2/3/2025) {part} WIB."
        articles.append(_article(aid, body, [_timex(body, f"Minggu (2/3/2025) {part}", value)]))
    [conflict] = match_conflicts(articles, {})
    assert conflict.values == {"2025-03-02T15": ["detik-1"], "2025-03-02T19": ["okezone-1"]}


def test_previews_naming_both_teams_date_the_match_and_a_zone_inside_the_time_counts():
    lead = "Persib akan menjamu Persija di Stadion Si Jalak Harupat."
    a_body = f"{lead} Laga Persib vs Persija akan digelar pada Minggu (2/3/2025) pukul 19.00 WIB."
    b_body = f"{lead} Laga Persib vs Persija akan digelar pada Minggu (2/3/2025) pukul 20.30 WIB."
    a = _article("detik-1", a_body, [_timex(a_body, "Minggu (2/3/2025) pukul 19.00 WIB", "2025-03-02T19:00")])
    b = _article("kompas-1", b_body, [_timex(b_body, "Minggu (2/3/2025) pukul 20.30", "2025-03-02T20:30")])
    [conflict] = match_conflicts([a, b], {})
    assert conflict.about == "kick-off clock time of persib vs persija (WIB)"
    assert conflict.values == {"2025-03-02T19:00": ["detik-1"], "2025-03-02T20:30": ["kompas-1"]}
    # a plan that names one team only may be its next match: it dates nothing here
    c_body = f"{lead} Persib akan menghadapi Bali United pada Minggu (2/3/2025) pukul 20.30 WIB."
    c = _article("kompas-1", c_body, [_timex(c_body, "Minggu (2/3/2025) pukul 20.30", "2025-03-02T20:30")])
    assert match_conflicts([a, c], {}) == []


# ---- places of old happenings --------------------------------------------------------------------------------


def _visit(where: str, sentence: str) -> dict:
    return {
        "type": "VISIT",
        "who": ["Garda Nasional"],
        "when": None,
        "where": where,
        "status": "planned",
        "trigger": "tiba",
        "sentence": sentence,
    }


def _place_conflicts(*events: dict) -> list[dict]:
    articles = [{"id": f"a{i}", "outlet": f"o{i}", "published": "2025-06-10", "events": [ev]} for i, ev in enumerate(events)]
    _, conflicts = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return [c.to_dict() for c in conflicts if c.kind == "place"]


def test_a_place_told_in_a_sentence_of_history_is_no_alternative_to_the_storys():
    now = _visit("Los Angeles", "Pasukan Garda Nasional tambahan dijadwalkan tiba di Los Angeles untuk menjaga gedung federal.")
    history = _visit("Boston", "Garda Nasional bermula pada tahun 1636 ketika milisi warga tiba di Boston untuk berjaga.")
    assert _place_conflicts(now, history) == []
    # the same two places told of this week's deployment disagree
    today = _visit("San Diego", "Pasukan Garda Nasional tambahan dijadwalkan tiba di San Diego untuk menjaga gedung federal.")
    assert [sorted(c["values"]) for c in _place_conflicts(now, today)] == [["Los Angeles", "San Diego"]]


# ---- figures -------------------------------------------------------------------------------------------------


def _injured(aid: str, when: str, sentence: str, count: int) -> dict:
    event = {"type": "INJURE", "who": ["orang"], "count": count, "counted": "orang", "status": "occurred", "sentence": sentence}
    return {"id": aid, "outlet": aid, "published": when, "body": sentence, "events": [event]}


def test_a_count_the_sentence_gives_the_dead_is_no_count_of_the_injured():
    dead = _injured("a", "2025-06-19T02:00+07:00", "Sejak Jumat, sedikitnya 24 orang tewas di Israel dan ratusan lainnya luka-luka.", 24)
    hurt = _injured("b", "2025-06-19T15:00+07:00", "Rudal itu menghantam rumah sakit dan melukai 40 orang, kata petugas medis.", 40)
    updates, _ = figures_and_conflicts([dead, hurt])
    assert [u.about for u in updates] == []
    # the same count told of the injured is the figure that rose from one report to the next
    fewer = _injured("a", "2025-06-19T02:00+07:00", "Rudal itu menghantam rumah sakit dan melukai 24 orang, kata petugas medis.", 24)
    updates, _ = figures_and_conflicts([fewer, hurt])
    assert [[p.value for p in u.series] for u in updates] == [[24, 40]]


def test_the_loads_of_two_vehicles_are_no_developing_figure():
    reports = [
        {"id": "a", "outlet": "a", "published": "2025-06-19T03:00+07:00", "body": "Pesawat carteran itu membawa 200 penumpang ke Amman."},
        {"id": "b", "outlet": "b", "published": "2025-06-19T13:00+07:00", "body": "Kapal pesiar itu mengangkut 1.500 penumpang ke Siprus."},
    ]
    assert figures_and_conflicts(reports) == ([], [])


# ---- mends after review sc ----------------------------------------------------------------------------------


def test_two_flights_of_one_airline_in_two_reports_are_no_conflict():
    # an old crash recalled by one report: two flights, not one written differently
    recalled = _reports(
        "Pencarian pesawat Malaysia Airlines MH370 kembali dibahas setelah puing baru ditemukan di Madagaskar.",
        "Keluarga korban Malaysia Airlines MH17 yang jatuh di Ukraina menuntut pengadilan baru.",
    )
    assert identifier_conflicts(recalled, {}) == []
    # the next flight of the day, or a return leg, each report naming one: two flights
    delayed = _reports(
        "Penerbangan GA 402 tujuan Denpasar ditunda tiga jam karena cuaca buruk.",
        "Penumpang penerbangan GA 404 tujuan Denpasar menunggu di ruang tunggu hingga malam.",
    )
    assert identifier_conflicts(delayed, {}) == []
    legs = _reports("Penerbangan GA 716 ke Melbourne dibatalkan.", "Penerbangan GA 717 dari Melbourne dibatalkan.")
    assert identifier_conflicts(legs, {}) == []


def test_a_teams_nickname_and_an_aircraft_model_are_no_flight_number():
    assert identifiers("Timnas Garuda Muda U23 menang 2-0, sementara Garuda U22 kalah di Bangkok.", "flight") == []
    assert identifiers("Pesawat Lion Air B737 MAX itu mendarat mulus di Kualanamu.", "flight") == []
    # the airline's full name still cues its flight
    assert identifiers("Pesawat Garuda Indonesia GA 880 kembali ke Soekarno-Hatta.", "flight") == ["GA-880"]


def test_a_count_of_four_digits_is_no_year_of_history():
    now = _visit("Los Angeles", "Sebanyak 2000 pasukan Garda Nasional dijadwalkan tiba di Los Angeles pekan ini.")
    other = _visit("San Diego", "Sebanyak 1500 personel Garda Nasional dijadwalkan tiba di San Diego pekan ini.")
    assert [sorted(c["values"]) for c in _place_conflicts(now, other)] == [["Los Angeles", "San Diego"]]
    # a year after a month is still history: "11 September 2001"
    history = _visit("New York", "Garda Nasional dikerahkan ke New York setelah serangan 11 September 2001.")
    assert _place_conflicts(now, history) == []


def test_the_dead_and_the_injured_told_with_one_number_keep_the_injured_count():
    both = _injured("a", "2025-06-19T02:00+07:00", "Kecelakaan itu menewaskan dua orang tewas dan dua lainnya luka-luka.", 2)
    later = _injured("b", "2025-06-19T15:00+07:00", "Polisi menyebut lima orang luka-luka dalam kecelakaan di tol Cipali itu.", 5)
    updates, _ = figures_and_conflicts([both, later])
    assert [[p.value for p in u.series] for u in updates] == [[2, 5]]


def test_a_count_is_not_read_across_a_negation():
    assert counted_facts("Api menghanguskan 3 rumah warga tanpa korban jiwa.") == []
    assert counted_facts("Banjir merendam 120 rumah, tidak ada korban jiwa dalam kejadian itu.") == []
    # "24 korban jiwa" and "12 orang tewas" still count the dead
    assert [(k, v) for k, v, _ in counted_facts("Longsor itu menelan 24 korban jiwa.")] == [("orang tewas", 24.0)]
    assert [(k, v) for k, v, _ in counted_facts("Sebanyak 12 orang tewas dan 3 rumah rusak.")] == [
        ("orang tewas", 12.0),
        ("rumah rusak", 3.0),
    ]


def test_a_halfs_end_shorthand_is_one_test_for_grouping_and_for_dropping():
    assert half_end_shorthand("45", "45+3") and half_end_shorthand("90", "90+6")
    assert not half_end_shorthand("51", "45+6") and not half_end_shorthand("30", "30+1")
    # the shorthand makes "45" and "45+6" one goal's minutes however far apart their values
    assert close_minutes("45", "45+6") and not close_minutes("38", "45+6")
