"""Timeline entries an editor would sign (issue 16, round 36): one happening, one entry. A flood told over two districts
in one sentence, a mountain's name glued to its "di", an evacuation told of "warga" by one report and of "korban" by
another at one place spelled two ways, and a named driver's trip to hospital told at the station and at the city are
each one entry; two quakes of a roundup told with two clock times, two floods in two regencies, and evacuations at two
places stay two. On reports written for these tests."""

from __future__ import annotations

from story_articles import article, timeline_entries
from telisik.stories.timeline import _spelled_alike

MONDAY = [("Senin (16/6/2025)", "2025-06-16")]


def flood(place: str, trigger: str = "banjir", in_sentence: int = 0, when: str | None = "2025-06-16") -> dict:
    return {"type": "DISASTER", "who": [], "when": when, "where": place, "trigger": trigger, "in_sentence": in_sentence}


def rows(*articles: dict) -> list[tuple[str, str, str | None]]:
    return sorted((when, kind, where) for when, kind, _, where in timeline_entries(*articles))


def test_a_flood_told_over_two_districts_is_one_entry():
    lead = "Hujan deras semalaman membuat ratusan rumah terendam banjir di Kecamatan Sooko dan Kecamatan Puri, Senin (16/6/2025)."
    other = "Luapan banjir di Puri merendam sawah warga, kata Camat Puri saat meninjau lokasi, Senin (16/6/2025)."
    report = article("a", "2025-06-16T15:00+07:00", [lead, other], [flood("Kecamatan Sooko"), flood("Puri", in_sentence=1)], MONDAY)
    entries = rows(report)
    assert [(when, kind) for when, kind, _ in entries] == [("2025-06-16", "DISASTER")]


def test_floods_in_two_regencies_told_apart_stay_two():
    first = "Air banjir merendam 200 rumah di Kecamatan Sooko, Senin (16/6/2025)."
    second = "Di tempat lain, banjir juga melanda Kecamatan Tembelang, Jombang, Senin (16/6/2025)."
    report = article(
        "a", "2025-06-16T15:00+07:00", [first, second], [flood("Kecamatan Sooko"), flood("Kecamatan Tembelang", in_sentence=1)], MONDAY
    )
    assert len(rows(report)) == 2


def test_a_mountain_glued_to_its_di_is_the_mountains_eruption():
    one = "Gunung Ijen kembali erupsi pada Senin (16/6/2025) pukul 04.10 WIB."
    two = "Gunung Ijendi Jawa Timur kembali erupsi pada Senin (16/6/2025) pukul 04.10 WIB."
    first = article("a", "2025-06-16T08:00+07:00", [one], [flood("Gunung Ijen", "erupsi")], MONDAY)
    second = article("b", "2025-06-16T09:00+07:00", [two], [flood("Gunung Ijendi Jawa Timur", "erupsi")], MONDAY)
    assert [(when, kind) for when, kind, _ in rows(first, second)] == [("2025-06-16", "DISASTER")]


def test_two_quakes_of_a_roundup_with_two_clock_times_stay_two():
    lead = "Gempa mengguncang Provinsi Maluku hingga Provinsi Bengkulu sepanjang pukul 10.15 WIB hingga 11.40 WIB, Senin (16/6/2025)."
    first = "Pukul 10.15 WIB, gempa bermagnitudo 3,1 mengguncang Provinsi Maluku."
    second = "Pukul 11.40 WIB, gempa bermagnitudo 2,9 mengguncang Provinsi Bengkulu."
    events = [
        flood("Provinsi Maluku", "gempa", 1, "2025-06-16T10:15"),
        flood("Provinsi Bengkulu", "gempa", 2, "2025-06-16T11:40"),
        flood("Provinsi Maluku", "Gempa", 0),
    ]
    report = article("a", "2025-06-16T15:00+07:00", [lead, first, second], events, MONDAY)
    assert len(rows(report)) == 2


def evacuation(who: str, place: str, trigger: str) -> dict:
    return {"type": "EVACUATE", "who": [who], "when": None, "where": place, "trigger": trigger, "in_sentence": 1}


FIRE = "Kebakaran melanda permukiman padat di Jalan Kenari, Senen, Senin (16/6/2025) dini hari."


def fire_report(aid: str, hour: str, sentence: str, who: str, place: str, trigger: str) -> dict:
    fire = {"type": "ACCIDENT", "who": [], "when": "2025-06-16", "where": "Jalan Kenari", "trigger": "Kebakaran", "in_sentence": 0}
    return article(aid, f"2025-06-16T{hour}:00+07:00", [FIRE, sentence], [fire, evacuation(who, place, trigger)], MONDAY)


def evacuations(*reports: dict) -> list[str | None]:
    return sorted(str(where) for _, kind, where in rows(*reports) if kind == "EVACUATE")


def test_residents_and_victims_sheltered_at_one_place_spelled_two_ways_are_one_evacuation():
    first = fire_report(
        "a", "07", "Akibat kebakaran ini, 40 warga mengungsi di aula Mushola Al Ikhlas.", "warga", "Mushola Al Ikhlas", "mengungsi"
    )
    second = fire_report(
        "b", "09", "Kini semua korban diungsikan ke aula Mushalla Al Ikhlas.", "korban", "Mushalla Al Ikhlas", "diungsikan"
    )
    assert len(evacuations(first, second)) == 1


def test_evacuations_at_two_places_stay_two():
    first = fire_report(
        "a", "07", "Akibat kebakaran ini, 40 warga mengungsi di aula Masjid Al Ikhlas.", "warga", "Masjid Al Ikhlas", "mengungsi"
    )
    second = fire_report(
        "b", "09", "Kini semua korban diungsikan ke Gedung Serbaguna Senen.", "korban", "Gedung Serbaguna Senen", "diungsikan"
    )
    assert len(evacuations(first, second)) == 2


def test_a_named_driver_taken_to_hospital_told_at_two_places_is_one_trip():
    crash = "Kereta Commuter Line tertemper truk di perlintasan dekat Stasiun Rawa Buaya, Senin (16/6/2025) pagi."
    trip = "Saat ini, masinis Commuter Line Duri nomor 1903 sudah dilarikan ke rumah sakit, kata juru bicara KAI, Senin (16/6/2025)."
    first = article(
        "a",
        "2025-06-16T10:00+07:00",
        [crash, trip],
        [
            {
                "type": "EVACUATE",
                "who": ["masinis Commuter Line Duri"],
                "when": "2025-06-16",
                "where": "Stasiun Rawa Buaya",
                "trigger": "dilarikan ke",
                "in_sentence": 1,
            }
        ],
        MONDAY,
    )
    second = article(
        "b",
        "2025-06-16T11:00+07:00",
        [crash, trip],
        [
            {
                "type": "EVACUATE",
                "who": ["masinis Commuter Line Duri"],
                "when": "2025-06-16",
                "where": "Jakarta Barat",
                "trigger": "dilarikan ke",
                "in_sentence": 1,
            }
        ],
        MONDAY,
    )
    assert [kind for _, kind, _ in rows(first, second)] == ["EVACUATE"]
    # residents of one country evacuated at two places are two evacuations: "warga Israel" names no one in particular
    for report, place in ((first, "Haifa"), (second, "Eilat")):
        report["events"][0].update(who=["warga Israel"], where=place)
    assert [kind for _, kind, _ in rows(first, second)] == ["EVACUATE", "EVACUATE"]


def test_names_spelled_alike():
    assert _spelled_alike("Mushola Mujahidin", "Mushalla Mujahidin")
    assert _spelled_alike("Polsek Lubuk Baja", "Polsek Lubukbaja")
    assert not _spelled_alike("Jalan Sudirman", "Jalan Sudarmin")
    assert not _spelled_alike("Kota Tangerang", "Kota Tegal")


def test_a_school_evacuated_and_the_wounded_rushed_to_hospital_in_one_city_stay_two():
    shooting = "Penembakan terjadi di sebuah sekolah menengah di Kota Linz, Austria, Senin (16/6/2025) pagi."
    first = article(
        "a",
        "2025-06-16T18:00+07:00",
        [shooting, "Wali kota menambahkan bahwa banyak orang lainnya dilarikan ke rumah sakit, Senin (16/6/2025)."],
        [{"type": "EVACUATE", "who": ["orang"], "when": "2025-06-16", "where": "Kota Linz", "trigger": "dilarikan ke", "in_sentence": 1}],
        MONDAY,
    )
    second = article(
        "b",
        "2025-06-16T19:00+07:00",
        [shooting, "Polisi mengatakan telah mengevakuasi semua siswa dan guru dari gedung itu di Linz, Senin (16/6/2025)."],
        [
            {
                "type": "EVACUATE",
                "who": ["polisi", "siswa", "guru"],
                "when": "2025-06-16",
                "where": "Linz",
                "trigger": "mengevakuasi",
                "in_sentence": 1,
            }
        ],
        MONDAY,
    )
    assert len(evacuations(first, second)) == 2


def test_rescuers_moving_a_body_are_no_entry_beside_the_death():
    death = "Seorang pria ditemukan tewas tertemper kereta api di perlintasan Desa Karanganom, Klaten, Senin (16/6/2025)."
    rescue = "Anggota Polsek Karanganom, PMI, dan relawan membantu mengamankan evakuasi."
    events = [
        {"type": "DIE", "who": ["pria"], "when": "2025-06-16", "where": "Desa Karanganom", "trigger": "tewas", "in_sentence": 0},
        {"type": "EVACUATE", "who": ["Polsek Karanganom", "PMI"], "when": None, "trigger": "evakuasi", "in_sentence": 1},
    ]
    report = article("a", "2025-06-16T12:00+07:00", [death, rescue], events, MONDAY)
    assert [kind for _, kind, _ in rows(report)] == ["DIE"]
    # in a flood's story the rescuers' evacuation moves the living: it stays
    flood_lead = "Banjir merendam Desa Karanganom, Klaten, dan menewaskan seorang warga, Senin (16/6/2025)."
    events = [
        {"type": "DISASTER", "who": [], "when": "2025-06-16", "where": "Desa Karanganom", "trigger": "Banjir", "in_sentence": 0},
        {"type": "DIE", "who": ["warga"], "when": "2025-06-16", "where": "Desa Karanganom", "trigger": "menewaskan", "in_sentence": 0},
        {"type": "EVACUATE", "who": ["Polsek Karanganom", "PMI"], "when": None, "trigger": "evakuasi", "in_sentence": 1},
    ]
    report = article("b", "2025-06-16T12:00+07:00", [flood_lead, rescue], events, MONDAY)
    assert "EVACUATE" in [kind for _, kind, _ in rows(report)]
