"""Timeline entries an editor would sign (issue 16, round 10), on articles written for these tests: an injury of someone
whose death the story tells is no entry apart; a vehicle's model, an abbreviation's word ("Kel"), a country ending an
office's name, a holiday's namesake, a nickname, the owner of stolen goods and an accomplice still at large are no
parties; a date written after the verb that tells an arrest is the telling's; a visit told only as where a statement
was made is no happening; a roundup's numbered crashes are apart, and its lead is none of them; a planned confirmation
dated after its report has no date."""

from __future__ import annotations

from typing import Any

from story_articles import timeline_entries
from telisik.stories.clause_cues import roundup_parts
from telisik.stories.parties import fragment_in, is_participant, whole_body_name

# one event of a test article: its type, its trigger, its parties, its date (or None), the date's words in the
# sentence (or None), its place, and the sentence
Told = tuple[str, str, list[str], str | None, str | None, str | None, str]


def article(
    ident: str, told: list[Told], title: str = "Kabar dari Medan", day: str = "2025-06-09", status: str = "occurred"
) -> dict[str, Any]:
    sentences = list(dict.fromkeys(t[6] for t in told))
    body = "\n\n".join(sentences)
    spans, at = [], 0
    for s in sentences:
        spans.append([at, at + len(s)])
        at += len(s) + 2
    events = []
    for kind, trigger, who, when, date_words, where, sentence in told:
        start = body.index(sentence)
        date_at = body.index(date_words, start) if date_words else None
        trigger_at = start + sentence.index(trigger)
        events.append(
            {
                "type": kind,
                "trigger": trigger,
                "who": who,
                "when": when,
                "when_span": [date_at, date_at + len(date_words)] if date_words and date_at is not None else None,
                "where": where,
                "status": status,
                "sentence": sentence,
                "start": trigger_at,
                "end": trigger_at + len(trigger),
            }
        )
    return {"id": ident, "published": f"{day}T20:00+07:00", "title": title, "body": body, "sentences": spans, "events": events}


entries = timeline_entries


# ---------------------------------------------------------------------------- an injury of the dead


DIED = "Pengendara motor Bagus Pratama meninggal dunia di Jalan Ahmad Yani, Senin (9/6/2025)."
HURT = "Bagus Pratama mengalami luka berat di bagian kepala dan sempat tak sadarkan diri."
SURVIVED = "Sementara itu, pemboncengnya Dewi Lestari mengalami luka ringan dan masih dirawat."


def crash_report() -> dict[str, Any]:
    return article(
        "a",
        [
            ("DIE", "meninggal dunia", ["Bagus Pratama"], "2025-06-09", "Senin (9/6/2025)", "Jalan Ahmad Yani", DIED),
            ("INJURE", "mengalami luka", ["Bagus Pratama"], "2025-06-09", None, None, HURT),
            ("INJURE", "mengalami luka", ["Dewi Lestari"], "2025-06-09", None, None, SURVIVED),
        ],
    )


def test_the_wound_of_one_who_died_is_no_second_entry():
    told = entries(crash_report())
    assert ("2025-06-09", "DIE", ("Bagus Pratama",), "Jalan Ahmad Yani") in told
    assert not any(e[1] == "INJURE" and e[2] == ("Bagus Pratama",) for e in told)


def test_the_injury_of_one_who_survived_stays():
    assert ("2025-06-09", "INJURE", ("Dewi Lestari",), None) in entries(crash_report())


def test_an_injury_days_before_a_death_stays():
    hurt = "Bagus Pratama mengalami luka berat saat ditabrak mobil, Senin (2/6/2025)."
    a = article(
        "a",
        [
            ("DIE", "meninggal dunia", ["Bagus Pratama"], "2025-06-09", "Senin (9/6/2025)", None, DIED),
            ("INJURE", "mengalami luka", ["Bagus Pratama"], "2025-06-02", "Senin (2/6/2025)", None, hurt),
        ],
    )
    assert ("2025-06-02", "INJURE", ("Bagus Pratama",), None) in entries(a)


# ---------------------------------------------------------------------------- words that are no parties


def test_a_motorbike_model_written_in_another_case_is_no_party():
    body = "Akibatnya pengendara sepeda motor Yamaha Rx King meninggal dunia di lokasi kejadian."
    assert fragment_in("RX King", body)
    assert fragment_in("Gran Max", "Tak lama kemudian sopir Gran Max itu turun dari mobilnya.")


def test_a_person_after_a_drivers_word_stays_a_party():
    assert not fragment_in("Budi Santoso", "Tak lama kemudian sopir Budi Santoso turun dari mobilnya.")


def test_an_abbreviations_word_is_no_party_but_initials_are():
    sentence = "Dua pelaku ditangkap di sebuah hotel kompleks Sakura Indah blok A1, Kel. Tanjung Sengkuang, Minggu (8/6/2025)."
    assert not is_participant("Kel", frozenset(), sentence)
    assert is_participant("LT", frozenset(), "Pelaku berinisial LT ditangkap di hotel.")


def test_a_country_ending_a_ministers_office_is_no_party():
    sentence = "Menteri Luar Negeri Republik Indonesia Sugiono mengunjungi Kairo, Senin (9/6/2025)."
    assert not is_participant("Indonesia", frozenset(), sentence)
    assert is_participant("Indonesia", frozenset(), "Indonesia mengirim bantuan ke Gaza.")


def test_a_holidays_namesake_is_no_party():
    sentence = "Layanan SIM keliling diliburkan bertepatan dengan libur nasional Kenaikan Isa Almasih."
    assert not is_participant("Isa Almasih", frozenset(), sentence)


def test_a_nickname_is_no_second_party():
    first = "Menteri Sosial Saifullah Yusuf mengunjungi RSUD dr Soebandi Jember, Sabtu (31/5/2025)."
    second = "Dalam kunjungannya, Saifullah Yusuf yang karib disapa Gus Ipul menyapa para lansia."
    a = article(
        "a",
        [
            ("VISIT", "mengunjungi", ["Saifullah Yusuf"], "2025-05-31", "Sabtu (31/5/2025)", None, first),
            ("VISIT", "kunjungannya", ["Saifullah Yusuf", "Gus Ipul"], None, None, None, second),
        ],
        day="2025-06-01",
    )
    assert entries(a) == [("2025-05-31", "VISIT", ("Saifullah Yusuf",), None)]


def test_the_owner_of_stolen_goods_and_an_accomplice_at_large_are_not_arrested():
    lead = "Pencuri kabel tower milik PT Sinar Telekomunikasi ditangkap Polsek Sunggal, Minggu (8/6/2025)."
    fled = "Pelaku mengaku beraksi bersama temannya berinisial RK yang masih buron."
    caught = "Pelaku berinisial AS (45) dibekuk petugas di rumahnya."
    a = article(
        "a",
        [
            ("ARREST", "ditangkap", ["PT Sinar Telekomunikasi", "Polsek Sunggal"], "2025-06-08", "Minggu (8/6/2025)", None, lead),
            ("ARREST", "dibekuk", ["AS"], None, None, None, caught),
            ("ARREST", "beraksi", ["RK"], None, None, None, fled),
        ],
    )
    arrests = [e for e in entries(a) if e[1] == "ARREST"]
    assert arrests and all("PT Sinar Telekomunikasi" not in e[2] and "RK" not in e[2] for e in arrests)
    assert any("Polsek Sunggal" in e[2] for e in arrests)


def test_a_person_owning_the_drugs_stays_arrested():
    lead = "Polisi menyita sabu milik Rahmat Hidayat yang ditangkap di Medan, Senin (9/6/2025)."
    a = article("a", [("ARREST", "ditangkap", ["Rahmat Hidayat"], "2025-06-09", "Senin (9/6/2025)", "Medan", lead)])
    assert entries(a) == [("2025-06-09", "ARREST", ("Rahmat Hidayat",), "Medan")]


# ---------------------------------------------------------------------------- dates and happenings


def test_an_arrest_dated_only_by_its_telling_has_no_date():
    told = "Penangkapan terhadap Rahmat disampaikan Kasat Narkoba AKBP Joko Susilo kepada wartawan, Senin (9/6/2025)."
    a = article("a", [("ARREST", "Penangkapan", ["Rahmat"], "2025-06-09", "Senin (9/6/2025)", None, told)])
    assert entries(a) == []


def test_an_arrest_dated_before_its_telling_keeps_its_date():
    told = "Rahmat ditangkap di rumahnya pada Minggu (8/6/2025), kata Kasat Narkoba AKBP Joko Susilo."
    a = article("a", [("ARREST", "ditangkap", ["Rahmat"], "2025-06-08", "Minggu (8/6/2025)", None, told)])
    assert entries(a) == [("2025-06-08", "ARREST", ("Rahmat",), None)]


def test_a_visit_told_only_as_where_a_statement_was_made_is_no_entry():
    said = "Hal tersebut dikatakan Tito saat menghadiri Musrenbang di Kota Mataram, Rabu (4/6/2025)."
    a = article("a", [("VISIT", "menghadiri", ["Tito Karnavian"], "2025-06-04", "Rabu (4/6/2025)", "Kota Mataram", said)])
    assert entries(a) == []


def test_a_visit_told_as_news_stays():
    visit = "Mendagri Tito Karnavian menghadiri Musrenbang di Kota Mataram, Rabu (4/6/2025)."
    a = article("a", [("VISIT", "menghadiri", ["Tito Karnavian"], "2025-06-04", "Rabu (4/6/2025)", "Kota Mataram", visit)])
    assert entries(a) == [("2025-06-04", "VISIT", ("Tito Karnavian",), "Kota Mataram")]


LEAD = "Tiga kecelakaan terjadi di Jakarta pada Senin (9/6/2025)."
FIRST = "Kecelakaan pertama terjadi pukul 12.18 WIB, sebuah mobil menabrak motor di Jalan Rasuna Said, Senin (9/6/2025)."
SECOND = "Kecelakaan kedua terjadi pukul 12.32 WIB, truk terguling di Jalan Pemuda, Senin (9/6/2025)."


def test_a_roundups_numbered_crashes_are_two_and_its_lead_is_none():
    a = article(
        "a",
        [
            ("ACCIDENT", "kecelakaan", [], "2025-06-09", "Senin (9/6/2025)", "Jakarta", LEAD),
            ("ACCIDENT", "menabrak", ["mobil"], "2025-06-09", "Senin (9/6/2025)", "Jalan Rasuna Said", FIRST),
            ("ACCIDENT", "terguling", ["truk"], "2025-06-09", "Senin (9/6/2025)", "Jalan Pemuda", SECOND),
        ],
        title="Kecelakaan Hari Ini di Jakarta",
    )
    assert sorted(e[3] or "" for e in entries(a)) == ["Jalan Pemuda", "Jalan Rasuna Said"]


def test_one_numbered_crash_is_no_roundup():
    body = "Kecelakaan pertama di ruas tol itu tahun ini menewaskan dua orang."
    assert roundup_parts(body) == []


def test_a_planned_confirmation_dated_after_its_report_has_no_date():
    # the events step read "pada Selasa" forward, a day after the report, and called the confirmation planned; another
    # report tells it undated, as done: the day after the reports is no date of it
    said = "Kementerian Luar Negeri Israel mengonfirmasi kapal itu ditarik ke Ashdod pada Selasa."
    done = "Kementerian Luar Negeri Israel kemudian mengonfirmasi bahwa kapal itu berada di bawah kendali Israel."
    a = article(
        "a",
        [("CONFIRM", "mengonfirmasi", ["Kementerian Luar Negeri Israel"], "2025-06-10", "Selasa", None, said)],
        status="planned",
    )
    b = article("b", [("CONFIRM", "mengonfirmasi", ["Kementerian Luar Negeri Israel"], None, None, None, done)])
    assert not any(e[0] == "2025-06-10" for e in entries(a, b))


def test_a_number_plates_letters_are_no_party_but_a_suspects_initials_are():
    assert fragment_in("AK", "Pengendara motor bernomor polisi DH-6849-AK tewas di lokasi kejadian.")
    assert not fragment_in("AK", "Pelaku berinisial AK ditangkap. Motornya bernomor polisi DH-6849-AK disita.")


def test_a_road_cut_at_its_abbreviations_full_stop_is_made_whole():
    said = "Sebuah mobil hilang kendali dan menabrak motor di Jl. Rasuna Said Jakarta Selatan."
    a = article("a", [("ACCIDENT", "menabrak", ["mobil"], "2025-06-09", None, "Jl", said)])
    assert entries(a) == [("2025-06-09", "ACCIDENT", ("mobil",), "Jl. Rasuna Said Jakarta Selatan")]


def test_a_police_force_cut_before_its_short_form_gets_its_region_back():
    body = "CALANG - Kepolisian Resor (Polres) Aceh Jaya menangkap lima narapidana di Lapas Calang."
    assert whole_body_name("Kepolisian Resor", body) == "Kepolisian Resor Aceh Jaya"
    # a person after the short form is no part of the body's name
    said = "Ketua Komisi Pemberantasan Korupsi (KPK) Setyo Budiyanto menyampaikan hal itu."
    assert whole_body_name("Komisi Pemberantasan Korupsi", said) == "Komisi Pemberantasan Korupsi"


# ---------------------------------------------------------------------------- round 10 review: over-firing guarded


def test_a_fires_lead_before_a_numbered_recap_of_earlier_fires_keeps_its_entry():
    # the lead counts no fires: the numbered ones are a recap of other years, and the day's fire is the lead's own
    lead = "Kebakaran hebat melanda Pasar Sentral Makassar, Senin (9/6/2025) dini hari."
    first = "Kebakaran pertama terjadi pada Maret 2019 dan menghanguskan puluhan kios."
    second = "Kebakaran kedua terjadi pada Agustus 2021 di blok yang sama."
    a = article(
        "a",
        [
            ("DISASTER", "Kebakaran", [], "2025-06-09", "Senin (9/6/2025)", "Pasar Sentral Makassar", lead),
            ("DISASTER", "Kebakaran", [], None, None, None, first),
            ("DISASTER", "Kebakaran", [], None, None, None, second),
        ],
        title="Pasar Sentral Makassar Terbakar Lagi",
    )
    assert entries(a) == [("2025-06-09", "DISASTER", (), "Pasar Sentral Makassar")]


def test_an_arrests_date_after_lebih_lanjut_is_its_own():
    # "lanjut" and "kata" tag a quote only after a comma or a quote: "pemeriksaan lebih lanjut" tells nothing
    told = "Pelaku ditangkap lalu digiring ke Mapolsek Tampan untuk pemeriksaan lebih lanjut, Senin (9/6/2025)."
    a = article("a", [("ARREST", "ditangkap", ["Pelaku"], "2025-06-09", "Senin (9/6/2025)", None, told)])
    assert [e[0] for e in entries(a)] == ["2025-06-09"]


def test_a_chief_after_a_car_makers_name_stays_a_party():
    # a maker is a vehicle's only after a vehicle's or a rider's word; else it is a firm, and a person may follow it
    assert not fragment_in("Elon Musk", "Bos Tesla Elon Musk mengumumkan pabrik baru di Batang.")
    assert not fragment_in("Akio Toyoda", "CEO Toyota Akio Toyoda bertemu Presiden di Istana Merdeka.")
    assert not fragment_in("Tim Cook", "CEO Apple Tim Cook tiba di Jakarta, Selasa (10/6/2025).")
    assert fragment_in("Avanza Veloz", "Sebuah mobil Toyota Avanza Veloz terguling di tol Cipali.")


def test_a_fugitive_caught_stays_a_party_of_his_arrest():
    fled = "Tim gabungan menangkap Andi Saputra yang melarikan diri dari Lapas Calang sejak Januari, Senin (9/6/2025)."
    a = article("a", [("ARREST", "menangkap", ["Andi Saputra"], "2025-06-09", "Senin (9/6/2025)", None, fled)])
    assert entries(a) == [("2025-06-09", "ARREST", ("Andi Saputra",), None)]
    ran = "Budi Hartono yang kabur dari Rutan Sialang Bungkuk akhirnya ditangkap di Medan, Minggu (8/6/2025)."
    b = article("b", [("ARREST", "ditangkap", ["Budi Hartono"], "2025-06-08", "Minggu (8/6/2025)", "Medan", ran)])
    assert entries(b) == [("2025-06-08", "ARREST", ("Budi Hartono",), "Medan")]


def test_a_lead_counting_the_places_of_a_roundup_is_none_of_its_crashes():
    lead = "Dua kendaraan hilang kendali pada Senin (9/6/2025). Peristiwa itu terjadi di dua lokasi di Jakarta."
    a = article(
        "a",
        [
            ("ACCIDENT", "hilang kendali", [], "2025-06-09", "Senin (9/6/2025)", "Jakarta", lead),
            ("ACCIDENT", "menabrak", ["mobil"], "2025-06-09", "Senin (9/6/2025)", "Jalan Rasuna Said", FIRST),
            ("ACCIDENT", "terguling", ["truk"], "2025-06-09", "Senin (9/6/2025)", "Jalan Pemuda", SECOND),
        ],
        title="Dua Kendaraan Hilang Kendali di Jakarta",
    )
    assert sorted(e[3] or "" for e in entries(a)) == ["Jalan Pemuda", "Jalan Rasuna Said"]
