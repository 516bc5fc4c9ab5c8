"""Timeline entries an editor would sign (issue 16, round 33), on articles written for these tests: one person's death
told by a full and a short name in two reports is one entry, but two people's injuries stay two; a common noun closed by
a relative clause and a demonstrative ("pria yang pernah tampil di Paris ini") is the person the article named; a
charge told undated in a report of the day after its lead's crash gets no day ("Kini" is no date); the day a writer
viewed what is told ("Dilihat dari kanal YouTube ..., Senin") dates nothing; a date told in a clause of what an act
came after ("dipecat setelah Italia kalah ... pada Jumat") is not the act's; and carrying someone the story tells dead
is no evacuation of its own."""

from __future__ import annotations

from typing import Any

from telisik.stories.article import StoryArticle
from telisik.stories.clause_cues import dated_by_its_viewing, dated_in_an_earlier_clause
from telisik.stories.timeline import _relative_points_back
from test_timeline_round31 import Event, article, rows

FRIDAY = ("Jumat (20/6/2025)", "DATE", "2025-06-20")
SUNDAY = ("Minggu (15/6/2025)", "DATE", "2025-06-15")
MONDAY = ("Senin (9/6/2025)", "DATE", "2025-06-09")

# ---------------------------------------------------------------------------- one person's death, full and short name

SHORT = "Perancang busana Andika Pramudya meninggal dunia pada Jumat (20/6/2025)."
FULL = "Desainer Andika Bayu Pramudya dikabarkan meninggal dunia hari ini, Jumat (20/6/2025)."


def test_one_death_told_by_a_full_and_a_short_name_is_one_entry() -> None:
    a = article("a", [[SHORT]], [FRIDAY], [("DIE", "meninggal dunia", ["Andika Pramudya"], SHORT, "2025-06-20", FRIDAY[0])], "2025-06-20")
    b = article(
        "b", [[FULL]], [FRIDAY], [("DIE", "meninggal dunia", ["Andika Bayu Pramudya"], FULL, "2025-06-20", FRIDAY[0])], "2025-06-20"
    )
    timeline, _ = rows(a, b)
    assert timeline == [("2025-06-20", "DIE")]


BOTH_HURT = "Bek Rizky Ananda dan gelandang Yosua Mandala mengalami cedera dalam laga Selasa (10/6/2025)."
ONE_HURT = "Yosua Mandala mengalami cedera engkel pada laga Selasa (10/6/2025) itu."


def test_two_named_injured_stay_apart_from_one_of_them() -> None:
    tuesday = ("Selasa (10/6/2025)", "DATE", "2025-06-10")
    a = article(
        "a",
        [[BOTH_HURT]],
        [tuesday],
        [("INJURE", "mengalami cedera", ["Rizky Ananda", "Yosua Mandala"], BOTH_HURT, "2025-06-10", tuesday[0])],
        "2025-06-11",
    )
    b = article(
        "b", [[ONE_HURT]], [tuesday], [("INJURE", "mengalami cedera", ["Yosua Mandala"], ONE_HURT, "2025-06-10", tuesday[0])], "2025-06-11"
    )
    timeline, _ = rows(a, b)
    # each person's fate is an entry of its own (the gold's Kevin Diks and Yakob Sayuri): "both" is not one with "one"
    assert timeline.count(("2025-06-10", "INJURE")) == 2


# ---------------------------------------------------------------------------- a common noun closed by a relative clause

CAUSE = "Namun belum diketahui penyebab pasti pria yang pernah tampil di Paris Fashion Week ini meninggal dunia."


def test_unnamed_death_pointing_back_through_a_relative_clause_is_the_named_one() -> None:
    a = article(
        "a",
        [[SHORT], [CAUSE]],
        [FRIDAY],
        [
            ("DIE", "meninggal dunia", ["Andika Pramudya"], SHORT, "2025-06-20", FRIDAY[0]),
            ("DIE", "meninggal dunia", ["pria"], CAUSE, None, None),
        ],
        "2025-06-20",
    )
    timeline, _ = rows(a)
    assert timeline == [("2025-06-20", "DIE")]


def test_relative_clause_of_several_points_back_to_no_one() -> None:
    assert _relative_points_back("pria", CAUSE, "meninggal dunia")
    several = "Sementara itu, tiga pria yang bekerja di pabrik tersebut meninggal dunia."
    assert not _relative_points_back("pria", several, "meninggal dunia")
    # a comma ends the relative clause: the demonstrative after it is none of the noun's
    apart = "Seorang pria yang tinggal di desa, itu pun meninggal dunia."
    assert not _relative_points_back("pria", apart, "meninggal dunia")


# ---------------------------------------------------------------------------- a charge told undated the day after

CRASH = "Helikopter pengangkut peziarah jatuh di dekat Kedarnath pada Minggu (15/6/2025), menewaskan tujuh orang."
CHARGED = "Kini, polisi telah mendakwa para manajer operator helikopter itu atas kelalaian."


def crash_report(day: str) -> dict[str, Any]:
    return article(
        "a",
        [[CRASH], [CHARGED]],
        [SUNDAY],
        [
            ("ACCIDENT", "jatuh", ["Helikopter"], CRASH, "2025-06-15", SUNDAY[0]),
            ("CHARGE", "mendakwa", ["polisi", "manajer"], CHARGED, None, None),
        ],
        day,
    )


def test_charge_told_undated_the_day_after_the_crash_gets_no_day() -> None:
    timeline, background = rows(crash_report("2025-06-16"))
    assert ("2025-06-15", "ACCIDENT") in timeline
    assert "CHARGE" not in [t[1] for t in timeline + background]


ACCUSED = "Keduanya telah dituduh lalai atas hilangnya tujuh nyawa."
CRITICISED = "Duta Besar Inggris mengkritik keputusan operator itu untuk tetap terbang dalam cuaca buruk."


def test_an_accusation_as_a_case_step_gets_no_day_but_a_criticism_keeps_the_leads() -> None:
    def report(sentence: str, trigger: str, who: list[str]) -> dict[str, Any]:
        return article(
            "a",
            [[CRASH], [sentence]],
            [SUNDAY],
            [("ACCIDENT", "jatuh", ["Helikopter"], CRASH, "2025-06-15", SUNDAY[0]), ("ACCUSE", trigger, who, sentence, None, None)],
            "2025-06-16",
        )

    accused, _ = rows(report(ACCUSED, "dituduh", ["Vikas Tomar", "Kaushal Pathak"]))
    criticised, _ = rows(report(CRITICISED, "mengkritik", ["Duta Besar Inggris", "operator"]))
    assert "ACCUSE" not in [t[1] for t in accused]
    assert ("2025-06-15", "ACCUSE") in criticised


def test_charge_told_undated_on_the_crash_day_keeps_it() -> None:
    timeline, _ = rows(crash_report("2025-06-15"))
    assert ("2025-06-15", "CHARGE") in timeline


# ---------------------------------------------------------------------------- the day a writer viewed it

VIEWED = "Dilihat dari kanal YouTube Trans7, Senin (9/6/2025), Bu Sari membenarkan Raffi membeli 50 ekor kambing darinya."
SEEN = "Korban terakhir kali dilihat warga di pasar pada Senin (9/6/2025) pagi."


def test_the_viewing_day_dates_no_confirmation() -> None:
    a = article(
        "a", [[VIEWED]], [MONDAY], [("CONFIRM", "membenarkan", ["Bu Sari", "Raffi"], VIEWED, "2025-06-09", MONDAY[0])], "2025-06-09"
    )
    timeline, background = rows(a)
    assert "CONFIRM" not in [t[1] for t in timeline + background]


def test_viewing_cue_needs_the_medium_and_its_comma() -> None:
    viewed = article("a", [[VIEWED]], [MONDAY], [("CONFIRM", "membenarkan", ["Bu Sari"], VIEWED, "2025-06-09", MONDAY[0])], "2025-06-09")
    seen = article("b", [[SEEN]], [MONDAY], [("VISIT", "dilihat", ["Korban"], SEEN, "2025-06-09", MONDAY[0])], "2025-06-09")
    assert dated_by_its_viewing(StoryArticle.of(viewed), viewed["events"][0])
    assert not dated_by_its_viewing(StoryArticle.of(seen), seen["events"][0])


# ---------------------------------------------------------------------------- a date in the clause of what came before

FRIDAY_6 = ("Jumat (6/6/2025)", "DATE", "2025-06-06")
SACKED = "Pelatih Luciano Rossi dipecat setelah Italia dipermalukan Norwegia 0-3 pada Jumat (6/6/2025)."
DIED_AFTER = "Pengendara itu tewas setelah terlibat kecelakaan di Jalan Sudirman, Senin (9/6/2025)."


def test_an_act_is_not_dated_by_the_clause_of_what_it_came_after() -> None:
    a = article("a", [[SACKED]], [FRIDAY_6], [("RESIGN", "dipecat", ["Luciano Rossi"], SACKED, "2025-06-06", FRIDAY_6[0])], "2025-06-09")
    timeline, background = rows(a)
    assert ("2025-06-06", "RESIGN") not in timeline + background
    assert dated_in_an_earlier_clause(StoryArticle.of(a), a["events"][0])


def test_a_death_after_a_crash_keeps_the_crash_day() -> None:
    a = article("a", [[DIED_AFTER]], [MONDAY], [("DIE", "tewas", ["Pengendara"], DIED_AFTER, "2025-06-09", MONDAY[0])], "2025-06-09")
    assert ("2025-06-09", "DIE") in rows(a)[0]


# ---------------------------------------------------------------------------- carrying the named dead

DROWNED = "Wisatawan asal Tiongkok Li Wen tewas tenggelam di Pantai Merah Muda pada Rabu (18/6/2025)."
CARRIED = "Tim SAR gabungan telah mengevakuasi Li Wen ke Pelabuhan Marina Labuan Bajo."
RESCUED = "Tim SAR gabungan juga mengevakuasi Chen Hua, rekannya yang selamat, ke Pelabuhan Marina."
WEDNESDAY = ("Rabu (18/6/2025)", "DATE", "2025-06-18")


def drowning(*more: tuple[Event, str]) -> dict[str, Any]:
    return article(
        "a",
        [[DROWNED], [s for _, s in more]],
        [WEDNESDAY],
        [("DIE", "tewas", ["Li Wen"], DROWNED, "2025-06-18", WEDNESDAY[0]), *(e for e, _ in more)],
        "2025-06-18",
    )


def test_carrying_the_named_dead_is_no_evacuation() -> None:
    a = drowning((("EVACUATE", "mengevakuasi", ["Tim SAR gabungan", "Li Wen"], CARRIED, None, None), CARRIED))
    timeline, _ = rows(a)
    assert timeline == [("2025-06-18", "DIE")]


def test_carrying_a_named_survivor_stays_an_evacuation() -> None:
    a = drowning((("EVACUATE", "mengevakuasi", ["Tim SAR gabungan", "Chen Hua"], RESCUED, None, None), RESCUED))
    assert ("2025-06-18", "EVACUATE") in rows(a)[0]


# ---------------------------------------------------------------------------- one crash's deaths told in two reports

HELI = "Helikopter pengangkut peziarah jatuh di dekat Gaurikund pada Minggu (15/6/2025), menewaskan tujuh orang."
FAMILY = "Pengusaha Rajesh Kumar dan keluarganya tewas dalam kecelakaan itu pada Minggu (15/6/2025)."
SLIDE = "Pada hari yang sama, longsor menimbun sebuah desa di Distrik Tehri, Minggu (15/6/2025)."


def crash_day(*more: Event) -> list[dict[str, Any]]:
    a = article(
        "a",
        [[HELI]],
        [SUNDAY],
        [
            ("ACCIDENT", "jatuh", ["Helikopter"], HELI, "2025-06-15", SUNDAY[0]),
            ("DIE", "menewaskan", ["orang"], HELI, "2025-06-15", SUNDAY[0]),
        ],
        "2025-06-16",
    )
    sentences = [FAMILY, *(e[3] for e in more)]
    # a report naming the crash's victim tells the crash ("tewas dalam kecelakaan itu"): that ties its dead to it
    b = article(
        "b",
        [sentences],
        [SUNDAY],
        [
            ("DIE", "tewas", ["Rajesh Kumar"], FAMILY, "2025-06-15", SUNDAY[0]),
            ("ACCIDENT", "kecelakaan", [], FAMILY, "2025-06-15", SUNDAY[0]),
            *more,
        ],
        "2025-06-16",
    )
    return [a, b]


def test_one_crashs_unnamed_and_named_dead_from_two_reports_are_one_entry() -> None:
    timeline, _ = rows(*crash_day())
    assert timeline.count(("2025-06-15", "DIE")) == 1


def test_deaths_of_a_day_of_a_crash_and_a_landslide_stay_apart() -> None:
    timeline, _ = rows(*crash_day(("DISASTER", "longsor", [], SLIDE, "2025-06-15", SUNDAY[0])))
    # the unnamed dead may be the crash's or the landslide's: nothing says they are Rajesh Kumar's crash's
    assert ("2025-06-15", "DISASTER") in timeline
    assert timeline.count(("2025-06-15", "DIE")) == 2


# ---------------------------------------------------------------------------- one arrest, the crew and the coalition

SEIZED = "Aktivis Freedom Flotilla Coalition ditangkap oleh Israel di perairan internasional pada Senin (9/6/2025) dini hari."
CREW = "Awak Freedom Flotilla ditahan pasukan Israel sekitar pukul 02.00 waktu setempat, Senin (9/6/2025)."
THIEF = "Polisi menangkap Budi Santoso, pencuri sepeda motor, di Desa Sukamaju pada Senin (9/6/2025)."


def arrests(second: str, who: list[str]) -> list[dict[str, Any]]:
    a = article(
        "a",
        [[SEIZED]],
        [MONDAY],
        [("ARREST", "ditangkap", ["Israel", "Freedom Flotilla Coalition"], SEIZED, "2025-06-09", MONDAY[0])],
        "2025-06-09",
    )
    trigger = "ditahan" if second == CREW else "menangkap"
    b = article("b", [[second]], [MONDAY], [("ARREST", trigger, who, second, "2025-06-09", MONDAY[0])], "2025-06-09")
    return [a, b]


def test_the_crews_arrest_and_the_coalitions_are_one() -> None:
    timeline, _ = rows(*arrests(CREW, ["pasukan Israel", "Awak Freedom Flotilla"]))
    assert timeline == [("2025-06-09", "ARREST")]


def test_arrests_of_different_people_stay_two() -> None:
    timeline, _ = rows(*arrests(THIEF, ["Polisi", "Budi Santoso"]))
    assert timeline.count(("2025-06-09", "ARREST")) == 2


# ---------------------------------------------------------------------------- review of round 33: over-reach guards

# the date past a comma closing the after-clause is the main clause's dateline: "... usai rapat di Balai Kota, Senin"
MET_AFTER = "Presiden Prabowo bertemu Perdana Menteri Anwar Ibrahim usai menghadiri KTT ASEAN di Kuala Lumpur, Senin (9/6/2025)."
VISITED_AFTER = "Gubernur Pramono Anung meninjau lokasi kebakaran usai rapat di Balai Kota, Senin (9/6/2025)."
STRUCK_AFTER = "Israel melancarkan serangan ke Teheran setelah perundingan nuklir gagal, Senin (9/6/2025)."


def test_a_date_past_the_comma_closing_an_after_clause_is_the_acts() -> None:
    for kind, trigger, who, sentence in [
        ("MEET", "bertemu", ["Prabowo", "Anwar Ibrahim"], MET_AFTER),
        ("VISIT", "meninjau", ["Pramono Anung"], VISITED_AFTER),
        ("ATTACK", "melancarkan serangan", ["Israel", "Teheran"], STRUCK_AFTER),
    ]:
        a = article("a", [[sentence]], [MONDAY], [(kind, trigger, who, sentence, "2025-06-09", MONDAY[0])], "2025-06-10")
        assert not dated_in_an_earlier_clause(StoryArticle.of(a), a["events"][0]), kind
        assert ("2025-06-09", kind) in rows(a)[0], kind


# one crash's unnamed dead do not fold into a named death of that day the crash's reports never tell
BUS = "Bus pariwisata terguling di Tanjakan Emen pada Minggu (15/6/2025), menewaskan empat orang."
STABBED = "Sementara itu, Agus Salim tewas ditikam orang tak dikenal di Terminal Subang, Minggu (15/6/2025)."


def test_a_crashs_unnamed_dead_stay_apart_from_an_unrelated_named_death() -> None:
    x = article(
        "x",
        [[BUS]],
        [SUNDAY],
        [("ACCIDENT", "terguling", ["Bus"], BUS, "2025-06-15", SUNDAY[0]), ("DIE", "menewaskan", ["orang"], BUS, "2025-06-15", SUNDAY[0])],
        "2025-06-16",
    )
    y = article("y", [[STABBED]], [SUNDAY], [("DIE", "tewas", ["Agus Salim"], STABBED, "2025-06-15", SUNDAY[0])], "2025-06-16")
    timeline, _ = rows(x, y)
    assert timeline.count(("2025-06-15", "DIE")) == 2


# a one-word short name does not chain two people's deaths into one, whichever report comes first
BUDI = "Budi tewas di tempat dalam kecelakaan itu, Senin (9/6/2025)."
BUDI_S = "Budi Santoso tewas tertabrak kereta di Bekasi, Senin (9/6/2025)."
BUDI_H = "Budi Hartono tewas tenggelam di Sungai Ciliwung, Senin (9/6/2025)."


def test_a_short_name_does_not_chain_two_peoples_deaths() -> None:
    def death(ident: str, who: str, sentence: str) -> dict[str, Any]:
        return article(ident, [[sentence]], [MONDAY], [("DIE", "tewas", [who], sentence, "2025-06-09", MONDAY[0])], "2025-06-09")

    short, santoso, hartono = death("c", "Budi", BUDI), death("a", "Budi Santoso", BUDI_S), death("b", "Budi Hartono", BUDI_H)
    assert rows(short, santoso, hartono)[0].count(("2025-06-09", "DIE")) == 2
    assert rows(santoso, hartono, short)[0].count(("2025-06-09", "DIE")) == 2


# live observation is no viewing of a post: "Dipantau dari Pos Pengamatan ..., Senin" dates the eruption
WATCHED = "Dipantau dari Pos Pengamatan Gunung Api Semeru, Senin (9/6/2025), gunung itu kembali erupsi pukul 06.15 WIB."
ON_SITE = "Disaksikan dari lokasi, Senin (9/6/2025), ribuan buruh berunjuk rasa di depan gedung DPR."
POSTED = "Dilihat dari unggahan akun Instagram @infobekasi, Senin (9/6/2025), banjir merendam puluhan rumah warga."


def test_live_observation_keeps_its_day_but_a_post_viewed_does_not() -> None:
    for kind, trigger, who, sentence in [("DISASTER", "erupsi", [], WATCHED), ("PROTEST", "berunjuk rasa", ["buruh"], ON_SITE)]:
        a = article("a", [[sentence]], [MONDAY], [(kind, trigger, who, sentence, "2025-06-09", MONDAY[0])], "2025-06-09")
        assert not dated_by_its_viewing(StoryArticle.of(a), a["events"][0]), kind
        assert ("2025-06-09", kind) in rows(a)[0], kind
    posted = article("p", [[POSTED]], [MONDAY], [("DISASTER", "banjir", [], POSTED, "2025-06-09", MONDAY[0])], "2025-06-09")
    assert dated_by_its_viewing(StoryArticle.of(posted), posted["events"][0])


# a person newly counted ("seorang", "satu") before a relative clause is someone new, whatever its demonstrative closes
def test_a_newly_counted_person_in_a_relative_clause_points_back_to_no_one() -> None:
    for noun, sentence in [
        ("pria", "Seorang pria yang tinggal di desa itu meninggal dunia tertimbun longsor."),
        ("bocah", "Seorang bocah yang bermain di sungai itu tewas tenggelam."),
        ("pemotor", "Polisi menyebut satu pemotor yang melintas di jalan itu tewas di lokasi."),
    ]:
        trigger = "meninggal dunia" if "meninggal" in sentence else "tewas"
        assert not _relative_points_back(noun, sentence, trigger), noun
    assert _relative_points_back("pria", CAUSE, "meninggal dunia")


# "dituntut mundur" is a demand made of someone, not a step of a case: it keeps the lead's day like a criticism
DEMANDED = "Kepala Dinas Perhubungan dituntut mundur oleh keluarga korban karena dinilai lalai mengawasi bus itu."


def test_a_demand_to_resign_is_no_case_step() -> None:
    a = article(
        "a",
        [[BUS], [DEMANDED]],
        [SUNDAY],
        [
            ("ACCIDENT", "terguling", ["Bus"], BUS, "2025-06-15", SUNDAY[0]),
            ("ACCUSE", "dituntut", ["keluarga korban", "Kepala Dinas Perhubungan"], DEMANDED, None, None),
        ],
        "2025-06-16",
    )
    assert ("2025-06-15", "ACCUSE") in rows(a)[0]
