"""An entry told only of common nouns ("turis", "sopir", "warga") takes the names the same happening's reports give that
role: its own sentence's "seorang warga bernama ...", or a sister report of its kind (or a crash's or an attack's death)
on its day; a noun no report names, another day's name and another role's name stay out. Sentences written for these
tests."""

from __future__ import annotations

from story_articles import article
from telisik.stories.parties import name_after_role, named_by_role
from telisik.stories.timeline import story_events


def test_a_role_noun_names_the_person_written_right_after_it():
    assert named_by_role("sopir", "RT", "Sopir truk berinisial RT mengalami luka di tangan.")
    assert named_by_role("turis", "Park Min Jun", "Wisatawan asal Korea, Park Min Jun, meninggal dunia.")  # one role
    assert named_by_role("tersangka", "Dodi", "Polisi menahan tersangka Dodi di Mapolsek.")
    # a verb, or another party's noun, between the noun and the name: the name is someone else
    assert not named_by_role("korban", "Dodi", "Korban menabrak Dodi yang sedang menyeberang.")
    assert not named_by_role("pelaku", "Sari", "Pelaku yang memukul korban bernama Sari kabur.")
    assert not named_by_role("sopir", "Sari", "Wisatawan bernama Sari tenggelam.")


def test_a_naming_word_after_the_noun_gives_its_name():
    assert name_after_role("warga", "Kepala desa dan seorang warga bernama Sardi menjadi korban pengeroyokan.") == "Sardi"
    assert name_after_role("warga", "Puluhan warga Desa Sukamaju mengungsi ke balai desa.") is None


SWIM = "Seorang turis tenggelam saat berenang di Pantai Merah, Rabu (18/6/2025)."
DEATH = "Wisatawan asal Korea bernama Lee Sung Min meninggal dunia di Pantai Merah, Rabu (18/6/2025)."


def _crash(day: str = "2025-06-18") -> list[dict]:
    return [
        article(
            "a",
            "2025-06-18",
            [SWIM],
            [{"type": "ACCIDENT", "who": ["turis"], "when": "2025-06-18", "trigger": "tenggelam", "in_sentence": 0}],
        ),
        article("b", day, [DEATH], [{"type": "DIE", "who": ["Lee Sung Min"], "when": day, "trigger": "meninggal dunia", "in_sentence": 0}]),
    ]


def test_a_crash_told_of_a_tourist_takes_the_name_its_death_gives_the_tourist():
    timeline = story_events(_crash(), {"a": 0, "b": 1}).timeline
    assert {(t.type, tuple(t.who)) for t in timeline} == {("ACCIDENT", ("Lee Sung Min",)), ("DIE", ("Lee Sung Min",))}


def test_a_death_of_another_day_names_no_one_of_the_crash():
    timeline = story_events(_crash("2025-06-19"), {"a": 0, "b": 1}).timeline
    assert ("ACCIDENT", ("turis",)) in {(t.type, tuple(t.who)) for t in timeline}


def test_an_injury_beside_a_named_death_keeps_its_noun():
    # "korban satu lagi" is hurt beside the one who died: a death never names an injury's victim
    sentences = [
        "Korban Dodi Saputra meninggal dunia di Jalan Melati, Senin (9/6/2025).",
        "Korban satu lagi mengalami luka-luka, Senin (9/6/2025).",
    ]
    events = [
        {"type": "DIE", "who": ["Dodi Saputra"], "when": "2025-06-09", "trigger": "meninggal dunia", "in_sentence": 0},
        {"type": "INJURE", "who": ["Korban"], "when": "2025-06-09", "trigger": "luka-luka", "in_sentence": 1},
    ]
    timeline = story_events([article("a", "2025-06-09", sentences, events)], {"a": 0}).timeline
    assert ("INJURE", ("korban",)) in {(t.type, tuple(t.who)) for t in timeline}


def test_a_resident_named_in_its_own_sentence_is_the_party():
    sentence = "Kepala desa dan seorang warga bernama Sardi menjadi korban pengeroyokan pada Minggu (8/6/2025)."
    event = {"type": "ATTACK", "who": ["warga"], "when": "2025-06-08", "trigger": "pengeroyokan", "in_sentence": 0}
    timeline = story_events([article("a", "2025-06-09", [sentence], [event])], {"a": 0}).timeline
    assert [(t.type, t.who) for t in timeline] == [("ATTACK", ["Sardi"])]


def _arrests(force: str) -> list[dict]:
    return [
        article(
            "a",
            "2025-06-09",
            ["Polisi menangkap dua pemuda di Jalan Mawar, Senin (9/6/2025)."],
            [{"type": "ARREST", "who": ["polisi", "pemuda"], "when": "2025-06-09", "trigger": "menangkap", "in_sentence": 0}],
        ),
        article(
            "b",
            "2025-06-09",
            [f"Satreskrim {force} menangkap Andi Saputra di Jalan Mawar, Senin (9/6/2025)."],
            [{"type": "ARREST", "who": [force, "Andi Saputra"], "when": "2025-06-09", "trigger": "menangkap", "in_sentence": 0}],
        ),
    ]


def test_the_police_of_an_arrest_are_the_one_force_its_day_names():
    timeline = story_events(_arrests("Polres Bogor"), {"a": 0, "b": 1}).timeline
    assert sorted(tuple(t.who) for t in timeline) == [("Polres Bogor", "Andi Saputra"), ("Polres Bogor", "pemuda")]


def test_two_forces_leave_the_police_unnamed():
    articles = _arrests("Polres Bogor")
    third = _arrests("Polsek Cibinong")[1]
    third["id"] = "c"
    timeline = story_events([*articles, third], {"a": 0, "b": 1, "c": 2}).timeline
    assert ("polisi", "pemuda") in {tuple(t.who) for t in timeline}


def test_a_quoted_pilgrim_is_not_the_pilgrims_whose_return_began():
    home = "Proses pemulangan jemaah haji ke Tanah Air dimulai hari ini, Selasa (10/6/2025)."
    quoted = [
        "Pelayanan tahun ini baik, ujar jemaah asal Makassar, Suwarno, Selasa (10/6/2025).",
        "Suwarno memulai proses pemulangan hari ini, Selasa (10/6/2025).",
    ]
    articles = [
        article(
            "a",
            "2025-06-10",
            [home],
            [{"type": "EVACUATE", "who": ["jemaah"], "when": "2025-06-10", "trigger": "pemulangan", "in_sentence": 0}],
        ),
        article(
            "b",
            "2025-06-10",
            quoted,
            [{"type": "EVACUATE", "who": ["Suwarno"], "when": "2025-06-10", "trigger": "pemulangan", "in_sentence": 1}],
        ),
    ]
    assert ("jemaah",) in {tuple(t.who) for t in story_events(articles, {"a": 0, "b": 1}).timeline}


def test_a_name_across_a_relative_clause_is_another_party():
    # the rider run over, the driver who ran the victim over, the officer who hurt the woman: none is the noun's person
    assert name_after_role("sopir", "Sopir yang menabrak pemotor bernama Budi Santoso mengalami luka ringan.") is None
    assert name_after_role("korban", "Korban yang ditabrak sopir bernama Budi Santoso tewas di lokasi.") is None
    assert name_after_role("wanita", "Polisi yang menganiaya wanita itu adalah Aipda Budi Hartono.") is None
    assert name_after_role("korban", "Korban yang tewas bernama Sardi Wijaya.") == "Sardi Wijaya"


def test_a_name_opening_the_next_clause_is_no_apposition():
    assert not named_by_role("tersangka", "Budi Hartono", "Usai menangkap tersangka, Budi Hartono menggelandangnya ke Mapolsek.")
    assert not named_by_role("pelaku", "Siti Aminah", "Setelah ditusuk pelaku, Siti Aminah meninggal dunia.")
    assert named_by_role("turis", "Qiu Yan", "Korban adalah wisatawan asal China, Qiu Yan.")


def test_a_relatives_role_names_the_relative():
    assert not named_by_role("pelaku", "Kulna", "Ayah pelaku Kulna (73) ikut terluka.")
    assert not named_by_role("korban", "Budi Wijaya", "Keluarga korban, Budi Wijaya, menangis di rumah duka.")


def test_a_counted_noun_takes_no_one_name_of_its_list():
    assert name_after_role("bocah", "Seorang pria mencabuli dua bocah berinisial SN (6) dan ZA (7) di rumahnya.") is None
    assert name_after_role("korban", "Kedua korban yakni Andi Saputra dan Budi Santoso tewas.") is None


def test_a_name_is_written_with_plain_spaces_and_ends_before_a_weekday():
    assert name_after_role("sopir", "Sopir bernama\xa0Budi\xa0Santoso tewas.") == "Budi Santoso"
    assert name_after_role("pelaku", "Polisi memburu pelaku berinisial AS Senin (9/6/2025).") == "AS"
    assert name_after_role("tersangka", "Polisi menahan tersangka berinisial RN Warga Kampung Sawah.") == "RN"


def _own(sentence: str, kind: str, noun: str) -> list[tuple[str, tuple[str, ...]]]:
    event = {"type": kind, "who": [noun], "when": "2025-06-08", "trigger": "pembacokan", "in_sentence": 0}
    return [(t.type, tuple(t.who)) for t in story_events([article("a", "2025-06-09", [sentence], [event])], {"a": 0}).timeline]


def test_a_class_of_people_names_no_party():
    sentence = "Pelaku pembacokan adalah OTK yang mengendarai sepeda motor pada Minggu (8/6/2025)."
    assert _own(sentence, "ATTACK", "pelaku") == [("ATTACK", ("pelaku",))]
    sentence = "Pelaku pembacokan adalah KKB yang bersenjata api pada Minggu (8/6/2025)."
    assert _own(sentence, "ATTACK", "pelaku") == [("ATTACK", ("pelaku",))]


def _swim_and_death(
    swim: str, death: str, name: str = "Lee Sung Min", where: tuple[str, str] = ("Pantai Merah", "Pantai Merah")
) -> set[tuple[str, tuple[str, ...]]]:
    articles = [
        article(
            "a",
            "2025-06-18",
            [swim],
            [{"type": "ACCIDENT", "who": ["turis"], "when": "2025-06-18", "where": where[0], "trigger": "tenggelam", "in_sentence": 0}],
        ),
        article(
            "b",
            "2025-06-18",
            [death],
            [{"type": "DIE", "who": [name], "when": "2025-06-18", "where": where[1], "trigger": "meninggal dunia", "in_sentence": 0}],
        ),
    ]
    return {(t.type, tuple(t.who)) for t in story_events(articles, {"a": 0, "b": 1}).timeline}


def test_tourists_counted_as_several_keep_their_noun():
    assert ("ACCIDENT", ("turis",)) in _swim_and_death("Kedua turis tenggelam saat berenang di Pantai Merah, Rabu (18/6/2025).", DEATH)


def test_a_death_at_another_beach_names_no_one_of_the_drowning():
    assert ("ACCIDENT", ("turis",)) in _swim_and_death(
        SWIM.replace("Pantai Merah", "Pantai Kuta"), DEATH, where=("Pantai Kuta", "Pantai Merah")
    )


def test_a_country_is_no_tourists_name():
    death = "Wisatawan asal Korea bernama Indonesia meninggal dunia di Pantai Merah, Rabu (18/6/2025)."
    assert ("ACCIDENT", ("turis",)) in _swim_and_death(SWIM, death, "Indonesia")


def test_an_attacks_death_names_its_victim_never_its_doer():
    attack = "Seorang pria ditusuk pelaku di Jalan Melati, Senin (9/6/2025)."
    death = "Korban penusukan oleh pelaku, Siti Aminah (25), meninggal dunia di Jalan Melati, Senin (9/6/2025)."
    articles = [
        article(
            "a",
            "2025-06-09",
            [attack],
            [{"type": "ATTACK", "who": ["pelaku"], "when": "2025-06-09", "trigger": "ditusuk", "in_sentence": 0}],
        ),
        article(
            "b",
            "2025-06-09",
            [death],
            [{"type": "DIE", "who": ["Siti Aminah"], "when": "2025-06-09", "trigger": "meninggal dunia", "in_sentence": 0}],
        ),
    ]
    assert ("ATTACK", ("pelaku",)) in {(t.type, tuple(t.who)) for t in story_events(articles, {"a": 0, "b": 1}).timeline}


def test_a_named_police_force_makes_no_second_row_of_its_arrest():
    articles = [
        article(
            "a",
            "2025-06-09",
            ["Polisi menangkap pengedar narkoba, Senin (9/6/2025)."],
            [{"type": "ARREST", "who": ["polisi"], "when": "2025-06-09", "trigger": "menangkap", "in_sentence": 0}],
        ),
        article(
            "b",
            "2025-06-09",
            ["Polres Bogor menggerebek sebuah rumah di Cibinong, Senin (9/6/2025)."],
            [{"type": "ARREST", "who": ["Polres Bogor"], "when": "2025-06-09", "trigger": "menggerebek", "in_sentence": 0}],
        ),
    ]
    rows = [(t.when, t.type, tuple(t.who)) for t in story_events(articles, {"a": 0, "b": 1}).timeline]
    assert len(rows) == len(set(rows))
