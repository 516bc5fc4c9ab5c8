"""Timeline entries an editor would sign (issue 16, round 32), on articles written for these tests: carrying the dead or
the dying to a hospital is no evacuation of its own; a crash, a death or an injury told under a condition of whoever
meets it ("Bagi lansia yang terjatuh ...") is advice, no happening; a ramming told in the sentence of an attack is a
blow of the attack, no accident; an unnamed death a lead tells is the one named death of its day; and a happening a
report recalls dated only to the week before the story ("pekan lalu"), in no lead, is the story's background; and an
official's confirmation told undated the day after its lead's happening is dated by neither day."""

from __future__ import annotations

from typing import Any

from telisik.stories.article import StoryArticle
from telisik.stories.clause_cues import told_as_condition
from test_timeline_round31 import Event, article, rows

MONDAY = ("Senin (9/6/2025)", "DATE", "2025-06-09")

# ---------------------------------------------------------------------------- the dead carried to a hospital

DROWNED = "Seorang bocah tewas tenggelam di kolam renang Tirta Sari, Banjarbaru, Senin (9/6/2025)."
RUSHED_DYING = "Korban sempat dilarikan ke RS Ulin Banjarbaru, namun meninggal dunia dalam perjalanan."
RUSHED = "Petugas kolam segera melarikan korban ke Rumah Sakit Ulin."
CRASH = "Truk tangki menabrak lima sepeda motor di Jalan Raya Ciranjang, Senin (9/6/2025)."
ONE_DIED = "Seorang pengendara tewas di lokasi kejadian."
HURT = "Empat pengendara lain mengalami luka-luka."
TAKEN = "Para korban luka dibawa ke RSUD Cianjur untuk mendapat perawatan."


def story(events: list[Event], *sentences: str) -> dict[str, Any]:
    return article("a", [list(sentences)], [MONDAY], events, "2025-06-09")


def test_the_dying_rushed_to_hospital_is_no_evacuation() -> None:
    a = story(
        [
            ("DIE", "tewas", ["bocah"], DROWNED, "2025-06-09", "Senin (9/6/2025)"),
            ("EVACUATE", "dilarikan ke", ["Korban"], RUSHED_DYING, "2025-06-09", "Senin (9/6/2025)"),
            ("DIE", "meninggal dunia", ["Korban"], RUSHED_DYING, "2025-06-09", "Senin (9/6/2025)"),
        ],
        DROWNED,
        RUSHED_DYING,
    )
    timeline, _ = rows(a)
    assert [t[1] for t in timeline] == ["DIE"]


def test_a_rush_to_hospital_in_a_story_whose_hurt_all_died_is_no_evacuation() -> None:
    a = story(
        [
            ("DIE", "tewas", ["bocah"], DROWNED, "2025-06-09", "Senin (9/6/2025)"),
            ("EVACUATE", "melarikan", ["Petugas kolam", "korban"], RUSHED, None, None),
        ],
        DROWNED,
        RUSHED,
    )
    timeline, _ = rows(a)
    assert "EVACUATE" not in [t[1] for t in timeline]


def test_all_the_victims_taken_to_hospital_are_more_than_the_dead() -> None:
    several = "Saat ini, seluruh korban sudah dibawa ke RSUD Sragen."
    a = story(
        [
            ("DIE", "tewas", ["bocah"], DROWNED, "2025-06-09", "Senin (9/6/2025)"),
            ("EVACUATE", "dibawa ke", ["korban"], several, None, None),
        ],
        DROWNED,
        several,
    )
    assert ("2025-06-09", "EVACUATE") in rows(a)[0]


def test_the_injured_taken_to_hospital_stay_an_evacuation() -> None:
    a = story(
        [
            ("ACCIDENT", "menabrak", ["Truk tangki"], CRASH, "2025-06-09", "Senin (9/6/2025)"),
            ("DIE", "tewas", ["pengendara"], ONE_DIED, "2025-06-09", "Senin (9/6/2025)"),
            ("INJURE", "mengalami luka-luka", ["pengendara"], HURT, "2025-06-09", "Senin (9/6/2025)"),
            ("EVACUATE", "dibawa ke", ["korban luka"], TAKEN, "2025-06-09", "Senin (9/6/2025)"),
        ],
        CRASH,
        ONE_DIED,
        HURT,
        TAKEN,
    )
    timeline, _ = rows(a)
    assert ("2025-06-09", "EVACUATE") in timeline


NOBODY_DIED = "Tidak ada yang tewas, tetapi tiga penumpang terluka dan dibawa ke rumah sakit."
BODY = "Jasad korban kemudian dibawa ke RSUD Marabahan untuk divisum."


def test_the_body_carried_to_hospital_is_no_evacuation_but_the_hurt_are() -> None:
    a = story(
        [
            ("ACCIDENT", "menabrak", ["Truk tangki"], CRASH, "2025-06-09", "Senin (9/6/2025)"),
            ("EVACUATE", "dibawa ke", ["penumpang"], NOBODY_DIED, "2025-06-09", "Senin (9/6/2025)"),
        ],
        CRASH,
        NOBODY_DIED,
    )
    assert ("2025-06-09", "EVACUATE") in rows(a)[0]
    b = story([("EVACUATE", "dibawa ke", ["Jasad korban"], BODY, "2025-06-09", "Senin (9/6/2025)")], CRASH, BODY)
    assert "EVACUATE" not in [t[1] for t in rows(b)[0]]


# ---------------------------------------------------------------------------- a general truth under a condition

FELL = "Seorang nenek terjatuh dan mengalami patah tulang di kamar mandi rumahnya pada Minggu (15/6/2025)."
ADVICE = "Bagi lansia yang terjatuh dan mengalami patah tulang, pemulihannya bisa memakan waktu berbulan-bulan."
IF_SO = "Jika seseorang tersengat listrik dan tewas, keluarga wajib melapor ke polisi."
OF_THAT = "Bagi korban yang terluka dalam kecelakaan itu, pemerintah menanggung biaya rumah sakit."


def test_a_fate_under_a_condition_is_advice_not_a_happening() -> None:
    sunday = ("Minggu (15/6/2025)", "DATE", "2025-06-15")
    a = article(
        "a",
        [[FELL], [ADVICE, IF_SO]],
        [sunday],
        [
            ("INJURE", "mengalami patah tulang", ["nenek"], FELL, "2025-06-15", "Minggu (15/6/2025)"),
            ("INJURE", "mengalami patah tulang", ["lansia"], ADVICE, "2025-06-15", "Minggu (15/6/2025)"),
            ("DIE", "tewas", ["seseorang"], IF_SO, "2025-06-15", "Minggu (15/6/2025)"),
        ],
        "2025-06-16",
    )
    read = StoryArticle.of(a)
    assert told_as_condition(read, a["events"][1]) and told_as_condition(read, a["events"][2])
    assert not told_as_condition(read, a["events"][0])
    timeline, _ = rows(a)
    assert timeline == [("2025-06-15", "INJURE")]


def test_a_condition_pointing_back_to_the_crash_is_no_general_truth() -> None:
    a = story([("INJURE", "terluka", ["korban"], OF_THAT, None, None)], CRASH, OF_THAT)
    assert not told_as_condition(StoryArticle.of(a), a["events"][0])


def test_a_named_party_under_a_condition_keeps_the_event() -> None:
    # a named person's real injury after "Bagi" is told of him, no advice to whoever meets it
    named = "Bagi Andi Saputra yang terluka parah saat menolong bocah, pemulihannya bisa memakan waktu berbulan-bulan."
    a = story(
        [
            ("DIE", "tewas", ["bocah"], DROWNED, "2025-06-09", "Senin (9/6/2025)"),
            ("INJURE", "terluka", ["Andi Saputra"], named, "2025-06-09", "Senin (9/6/2025)"),
        ],
        DROWNED,
        named,
    )
    timeline, _ = rows(a)
    assert ("2025-06-09", "INJURE") in timeline


# ---------------------------------------------------------------------------- a ramming told with an attack

RAMPAGE = "Turis mabuk itu menyerang warga dengan tongkat dan menabrak dua mobil yang terparkir di Jalan Pattaya, Minggu (15/6/2025)."
OWN_CRASH = "Setelah itu, sepeda motornya menabrak tiang listrik di ujung jalan pada Minggu (15/6) malam."


def test_a_ramming_told_with_an_attack_is_no_accident() -> None:
    sunday = ("Minggu (15/6/2025)", "DATE", "2025-06-15")
    events: list[Event] = [
        ("ATTACK", "menyerang", ["Turis", "warga"], RAMPAGE, "2025-06-15", "Minggu (15/6/2025)"),
        ("ACCIDENT", "menabrak", ["mobil"], RAMPAGE, "2025-06-15", "Minggu (15/6/2025)"),
    ]
    timeline, _ = rows(article("a", [[RAMPAGE]], [sunday], events, "2025-06-16"))
    assert [t[1] for t in timeline] == ["ATTACK"]
    own: list[Event] = [*events, ("ACCIDENT", "menabrak", ["sepeda motor"], OWN_CRASH, "2025-06-15", "Minggu (15/6)")]
    timeline, _ = rows(article("a", [[RAMPAGE, OWN_CRASH]], [sunday, ("Minggu (15/6)", "DATE", "2025-06-15")], own, "2025-06-16"))
    assert sorted(t[1] for t in timeline) == ["ACCIDENT", "ATTACK"]


# ---------------------------------------------------------------------------- an unnamed death in the lead

CAUGHT = "Polisi menangkap dua penjambret yang membuat seorang gadis meninggal di Pematang Siantar."
NAMED_DEATH = "Korban, Sinta Marlina (21), tewas di Jalan Sisingamangaraja pada Senin (9/6/2025) dini hari."


def test_an_unnamed_death_the_lead_tells_is_the_named_one() -> None:
    a = story(
        [
            ("DIE", "meninggal", ["gadis"], CAUGHT, None, None),
            ("DIE", "tewas", ["Sinta Marlina"], NAMED_DEATH, "2025-06-09", "Senin (9/6/2025)"),
        ],
        CAUGHT,
        NAMED_DEATH,
    )
    told = rows(a)[0]
    assert told == [("2025-06-09", "DIE")]


# ---------------------------------------------------------------------------- a happening recalled to the week

CALL = "Kedutaan Besar China di Israel mendesak warganya meninggalkan negara itu pada Selasa (17/6/2025)."
ROUTE = "Warga diminta menyeberang lewat perbatasan darat menuju Yordania."
RECALLED = "Israel melancarkan serangan udara mendadak ke Iran pekan lalu."


def test_a_happening_recalled_to_last_week_is_background() -> None:
    tuesday = ("Selasa (17/6/2025)", "DATE", "2025-06-17")
    week = ("pekan lalu", "DATE", "2025-W24")
    recalled: Event = ("ATTACK", "serangan udara", ["Israel", "Iran"], RECALLED, "2025-W24", "pekan lalu")
    call: Event = ("WARN", "mendesak", ["Kedutaan Besar China"], CALL, "2025-06-17", "Selasa (17/6/2025)")
    a = article("a", [[CALL, ROUTE], [RECALLED]], [tuesday, week], [call, recalled], "2025-06-17")
    timeline, background = rows(a)
    assert ("2025-W24", "ATTACK") in background and ("2025-W24", "ATTACK") not in timeline
    # a lead that dates its own news to the week keeps it
    led = article("a", [[RECALLED, CALL]], [tuesday, week], [call, recalled], "2025-06-17")
    timeline, _ = rows(led)
    assert ("2025-W24", "ATTACK") in timeline


# ---------------------------------------------------------------------------- a statement told the day after

SLID = "Tanah longsor melanda permukiman warga di Kota Ambon pada Minggu (8/6/2025)."
# a confirmation with content of its own: one that confirms only "peristiwa longsor tersebut" is the reporting act, and
# no entry on any day (test_timeline_nonhappenings.py)
CONFIRMED = "Kapolsek Nusaniwe membenarkan bahwa dua rumah warga tertimbun longsor."
TEAM = "Tim SAR gabungan juga dikerahkan ke lokasi bencana."


def landslide(day: str) -> dict[str, Any]:
    events: list[Event] = [
        ("DISASTER", "longsor", [], SLID, "2025-06-08", "Minggu (8/6/2025)"),
        ("CONFIRM", "membenarkan", ["Kapolsek Nusaniwe"], CONFIRMED, None, None),
        ("VISIT", "dikerahkan", ["Tim SAR gabungan"], TEAM, None, None),
    ]
    return article("a", [[SLID, CONFIRMED, TEAM]], [("Minggu (8/6/2025)", "DATE", "2025-06-08")], events, day)


def test_a_statement_told_the_day_after_is_not_dated_by_the_lead() -> None:
    timeline, _ = rows(landslide("2025-06-09"))
    assert "CONFIRM" not in [t[1] for t in timeline]
    # the rescuers sent came with the landslide, and keep its day
    assert ("2025-06-08", "VISIT") in timeline


def test_a_statement_told_on_the_leads_day_takes_it() -> None:
    timeline, _ = rows(landslide("2025-06-08"))
    assert ("2025-06-08", "CONFIRM") in timeline


def test_a_period_the_report_writes_out_is_no_loose_recall() -> None:
    tuesday = ("Selasa (17/6/2025)", "DATE", "2025-06-17")
    erupted = "Gunung Raung kembali erupsi pada Selasa (17/6/2025) pukul 09.10 WIB."
    column = "Tinggi kolom abu teramati sekitar 800 meter di atas puncak."
    period = "Data dari 9 hingga 13 Juni 2025 menunjukkan gempa hembusan Gunung Raung meningkat tajam."
    span = ("9 hingga 13 Juni 2025", "DATE", "2025-06-09/2025-06-13")
    events: list[Event] = [
        ("DISASTER", "erupsi", ["Gunung Raung"], erupted, "2025-06-17", "Selasa (17/6/2025)"),
        ("DISASTER", "gempa", [], period, "2025-06-09/2025-06-13", "9 hingga 13 Juni 2025"),
    ]
    a = article("a", [[erupted, column], [period]], [tuesday, span], events, "2025-06-17")
    assert ("2025-06-09/2025-06-13", "DISASTER") in rows(a)[0]
