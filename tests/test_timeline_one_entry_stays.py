"""Timeline entries kept apart that one happening's folds must not join (issue 16, round 36, after review): two
volcanoes named in one roundup sentence erupt twice; a region named bare is not the common word spelled alike ("batu",
"malang"); residents of a place evacuated at two places are two evacuations; numbered shelters, and places that are
regions, not one building, are two places; survivors the rescue team moved in a sinking are an evacuation; a roundup
telling two hours without minutes tells two moments. On reports written for these tests."""

from __future__ import annotations

from story_articles import article, timeline_entries
from telisik.stories.timeline import _spelled_alike

MONDAY = [("Senin (16/6/2025)", "2025-06-16")]


def happening(kind: str, place: str | None, trigger: str, in_sentence: int = 0, who: tuple[str, ...] = (), when: str | None = "2025-06-16") -> dict:
    return {"type": kind, "who": list(who), "when": when, "where": place, "trigger": trigger, "in_sentence": in_sentence}


def kinds(*articles: dict) -> list[str]:
    return sorted(kind for _, kind, _, _ in timeline_entries(*articles))


def test_two_volcanoes_named_in_one_sentence_erupt_twice():
    lead = "Gunung Merapi dan Gunung Ile Lewotolok kembali erupsi pada Senin (16/6/2025), menurut laporan PVMBG."
    more = "Gunung Ile Lewotolok erupsi dengan tinggi kolom abu 800 meter di atas puncak."
    events = [happening("DISASTER", "Gunung Merapi", "erupsi"), happening("DISASTER", "Gunung Ile Lewotolok", "erupsi", 1)]
    report = article("a", "2025-06-16T15:00+07:00", [lead, more], events, MONDAY)
    assert kinds(report) == ["DISASTER", "DISASTER"]


def test_one_volcano_written_with_two_heads_is_one_eruption():
    one = "Gunung Api Lokon kembali erupsi pada Senin (16/6/2025) pagi."
    two = "Gunung Lokon di Tomohon kembali erupsi pada Senin (16/6/2025) pagi, dan Gunung Api Lokon masih berstatus Waspada."
    first = article("a", "2025-06-16T08:00+07:00", [one], [happening("DISASTER", "Gunung Api Lokon", "erupsi")], MONDAY)
    second = article("b", "2025-06-16T09:00+07:00", [two], [happening("DISASTER", "Gunung Lokon", "erupsi")], MONDAY)
    assert kinds(first, second) == ["DISASTER"]


def test_a_bare_region_is_not_the_common_word_spelled_alike():
    stones = "Banjir bandang di Kabupaten Sukabumi menyeret batu dan kayu ke permukiman, Senin (16/6/2025)."
    batu = "Banjir juga merendam puluhan rumah di Kota Batu, Jawa Timur, Senin (16/6/2025)."
    first = article("a", "2025-06-16T15:00+07:00", [stones], [happening("DISASTER", "Kabupaten Sukabumi", "Banjir")], MONDAY)
    second = article("b", "2025-06-16T16:00+07:00", [batu], [happening("DISASTER", "Kota Batu", "Banjir")], MONDAY)
    assert kinds(first, second) == ["DISASTER", "DISASTER"]
    luck = "Nasib malang menimpa warga Kabupaten Cianjur yang rumahnya diterjang banjir, Senin (16/6/2025)."
    malang = "Banjir juga merendam puluhan rumah di Kabupaten Malang, Senin (16/6/2025)."
    first = article("c", "2025-06-16T15:00+07:00", [luck], [happening("DISASTER", "Kabupaten Cianjur", "banjir")], MONDAY)
    second = article("d", "2025-06-16T16:00+07:00", [malang], [happening("DISASTER", "Kabupaten Malang", "Banjir")], MONDAY)
    assert kinds(first, second) == ["DISASTER", "DISASTER"]


def test_residents_of_a_place_evacuated_at_two_places_are_two_evacuations():
    one = "Ratusan warga Gaza dievakuasi dari Khan Younis, Senin (16/6/2025)."
    two = "Ratusan warga Gaza dievakuasi dari Jabalia, Senin (16/6/2025)."
    first = article("a", "2025-06-16T15:00+07:00", [one], [happening("EVACUATE", "Khan Younis", "dievakuasi", who=("warga Gaza",))], MONDAY)
    second = article("b", "2025-06-16T16:00+07:00", [two], [happening("EVACUATE", "Jabalia", "dievakuasi", who=("warga Gaza",))], MONDAY)
    assert kinds(first, second) == ["EVACUATE", "EVACUATE"]


FIRE = "Kebakaran melanda permukiman padat di Jalan Kenanga, Tambora, Senin (16/6/2025) dini hari."


def fire_report(aid: str, hour: str, sentence: str, who: str, place: str, trigger: str, lead: str = FIRE) -> dict:
    first = happening("ACCIDENT", "Jalan Kenanga", "Kebakaran") if lead == FIRE else happening("ATTACK", "Jalur Gaza", "menghantam", who=("Israel",))
    evacuation = happening("EVACUATE", place, trigger, 1, (who,), None)
    return article(aid, f"2025-06-16T{hour}:00+07:00", [lead, sentence], [first, evacuation], MONDAY)


def test_numbered_shelters_are_two_places():
    first = fire_report("a", "07", "Sebanyak 35 warga mengungsi di Posko Pengungsian 1.", "warga", "Posko Pengungsian 1", "mengungsi")
    second = fire_report("b", "09", "Korban lainnya diungsikan ke Posko Pengungsian 2.", "korban", "Posko Pengungsian 2", "diungsikan")
    assert kinds(first, second).count("EVACUATE") == 2
    assert not _spelled_alike("SDN Sukamaju 1", "SDN Sukamaju 2")


def test_villages_one_vowel_apart_are_two_places():
    first = fire_report("a", "07", "Sebanyak 35 warga mengungsi ke Desa Sidomulyo.", "warga", "Desa Sidomulyo", "mengungsi")
    second = fire_report("b", "09", "Sebagian warga lainnya diungsikan ke Desa Sidomulya.", "warga", "Desa Sidomulya", "diungsikan")
    assert kinds(first, second).count("EVACUATE") == 2


def test_evacuations_of_common_nouns_in_a_region_are_not_at_one_venue():
    strike = "Serangan udara Israel menghantam Jalur Gaza, Senin (16/6/2025)."
    first = fire_report("a", "07", "Ribuan warga mengungsi ke selatan Jalur Gaza.", "warga", "Jalur Gaza", "mengungsi", strike)
    second = fire_report("b", "09", "Korban luka dilarikan ke rumah sakit di Jalur Gaza.", "korban", "Jalur Gaza", "dilarikan ke", strike)
    assert kinds(first, second).count("EVACUATE") == 2


def test_survivors_the_rescuers_moved_in_a_sinking_stay_an_evacuation():
    lead = "Kapal motor penumpang tenggelam di perairan Selat Lombok dan menewaskan tiga penumpang, Senin (16/6/2025)."
    rescue = "Tim SAR gabungan berhasil mengevakuasi 27 penumpang selamat ke Pelabuhan Lembar."
    events = [
        happening("ACCIDENT", "Selat Lombok", "tenggelam", who=("kapal motor penumpang",)),
        happening("DIE", "Selat Lombok", "menewaskan", who=("penumpang",)),
        happening("EVACUATE", "Pelabuhan Lembar", "mengevakuasi", 1, ("Tim SAR gabungan",), None),
    ]
    report = article("a", "2025-06-16T15:00+07:00", [lead, rescue], events, MONDAY)
    assert "EVACUATE" in kinds(report)


def test_a_roundup_telling_two_hours_without_minutes_tells_two_floods():
    lead = "Banjir melanda Kecamatan Cikarang pukul 10 WIB dan Kecamatan Tambun pukul 14 WIB, Senin (16/6/2025)."
    events = [happening("DISASTER", "Kecamatan Cikarang", "Banjir"), happening("DISASTER", "Kecamatan Tambun", "banjir", 1)]
    more = "Di Kecamatan Tambun, banjir setinggi 50 sentimeter merendam jalan utama."
    report = article("a", "2025-06-16T18:00+07:00", [lead, more], events, MONDAY)
    assert kinds(report) == ["DISASTER", "DISASTER"]
