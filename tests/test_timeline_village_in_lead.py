"""A disaster one report tells in its lead at a regency (or a province) and further down at a village of it, without a
run of places that ties the two: one happening at two levels, one entry. A report that names a second regency, or
writes the village with another regency, keeps them apart. Sentences written for these tests."""

from __future__ import annotations

from story_articles import article, timeline_entries
from telisik.stories.timeline import timeline_and_conflicts

D = "2025-06-09"


def _ev(kind: str, where: str | None, trigger: str, i: int, when: str | None = D) -> dict[str, object]:
    return {"type": kind, "who": [], "where": where, "when": when, "trigger": trigger, "in_sentence": i}


def _disasters(*articles: dict[str, object]) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    return [row for row in timeline_entries(*articles) if row[1] == "DISASTER"]


def test_a_fire_told_at_the_regency_and_at_its_village_is_one():
    a = article(
        "a",
        D,
        [
            "Kebakaran lahan kembali terjadi di Kabupaten Sumbawa, Provinsi Nusa Tenggara Barat, Senin (9/6/2025) sore.",
            "Api melalap kebun warga di Desa Lamenta, Kecamatan Empang.",
            "Petugas menerima laporan kebakaran lahan di Desa Lamenta pada pukul 14.10 WITA, Senin (9/6/2025).",
        ],
        [_ev("DISASTER", "Kabupaten Sumbawa", "Kebakaran lahan", 0), _ev("DISASTER", "Desa Lamenta", "kebakaran lahan", 2)],
    )
    assert len(_disasters(a)) == 1


def test_a_flood_told_at_the_province_and_at_a_kelurahan_is_one():
    a = article(
        "a",
        D,
        [
            "Dua kelurahan di Kecamatan Sampang, Kabupaten Sampang, Jawa Timur, terendam banjir rob, Senin (9/6/2025).",
            "Banjir itu merendam puluhan rumah di Kelurahan Dalpenang dan Kelurahan Banyuanyar, Senin (9/6/2025).",
        ],
        [_ev("DISASTER", "Jawa Timur", "banjir", 0), _ev("DISASTER", "Kelurahan Dalpenang", "Banjir", 1)],
    )
    assert len(_disasters(a)) == 1


def test_a_village_of_another_regency_stays_apart():
    a = article(
        "a",
        D,
        [
            "Banjir melanda Kabupaten Bekasi, Senin (9/6/2025).",
            "Banjir juga merendam Desa Karangligar, Kecamatan Telukjambe Barat, Kabupaten Karawang, Senin (9/6/2025).",
        ],
        [_ev("DISASTER", "Kabupaten Bekasi", "Banjir", 0), _ev("DISASTER", "Desa Karangligar", "Banjir", 1)],
    )
    assert len(_disasters(a)) == 2


def test_a_report_naming_two_regencies_keeps_its_village_apart():
    a = article(
        "a",
        D,
        [
            "Banjir melanda Kabupaten Bekasi dan Kabupaten Karawang, Senin (9/6/2025).",
            "Di Desa Karangligar, air setinggi satu meter merendam rumah warga, Senin (9/6/2025).",
        ],
        [_ev("DISASTER", "Kabupaten Bekasi", "Banjir", 0), _ev("DISASTER", "Desa Karangligar", "merendam", 1)],
    )
    assert len(_disasters(a)) == 2


def test_a_village_in_another_report_is_not_joined_by_its_lead():
    a = article(
        "a",
        D,
        ["Kebakaran lahan terjadi di Kabupaten Sumbawa, Senin (9/6/2025)."],
        [_ev("DISASTER", "Kabupaten Sumbawa", "Kebakaran lahan", 0)],
    )
    b = article(
        "b", D, ["Kebakaran lahan terjadi di Desa Lamenta, Senin (9/6/2025)."], [_ev("DISASTER", "Desa Lamenta", "Kebakaran lahan", 0)]
    )
    assert len(_disasters(a, b)) == 2


def test_a_village_of_a_regency_the_bare_region_is_not_told_of_stays_apart():
    a = article(
        "a",
        D,
        [
            "Hujan deras semalaman membawa banjir di Jombang, Senin (9/6/2025).",
            "Di Kabupaten Mojokerto, banjir merendam 66 rumah di Dusun Sepat, Senin (9/6/2025).",
        ],
        [_ev("DISASTER", "Jombang", "banjir", 0), _ev("DISASTER", "Dusun Sepat", "banjir", 1)],
    )
    assert len(_disasters(a)) == 2


def test_an_undated_district_stays_with_the_storm_its_lead_dates():
    a = article(
        "a",
        "2025-06-09",
        [
            "Angin kencang melanda Kabupaten Pidie, Sabtu (7/6/2025) sore.",
            "Di Kecamatan Batee, dua rumah rusak diterjang angin kencang.",
            "Ia menyebutkan angin kencang yang melanda Pidie datang tiba-tiba, Senin (9/6/2025).",
        ],
        [
            _ev("DISASTER", "Kabupaten Pidie", "Angin kencang", 0, "2025-06-07"),
            _ev("DISASTER", "Kecamatan Batee", "diterjang", 1, None),
            _ev("DISASTER", "Kabupaten Pidie", "angin kencang", 2),
        ],
    )
    timeline, _ = timeline_and_conflicts([a], {"a": 0})
    told = {t.when: [e.event for e in t.evidence] for t in timeline if t.type == "DISASTER"}
    assert 1 in told.get("2025-06-07", [])
