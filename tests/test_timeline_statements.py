"""One statement, one entry (issue 16): one speaker's warnings or demands addressed to two different addressees are two
entries (``_addressed_apart``), read right after the verb; one appeal told to "masyarakat" and to "warga", or once with no
addressee read, stays one. Also: two evacuations whose groups differ only by a number are two (``_evacuees_told``). Events
written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import timeline_and_conflicts
from timeline_events import event_record


def _article(id_: str, day: str, *events: dict) -> dict:
    return {"id": id_, "published": day, "body": " ".join(dict.fromkeys(e["sentence"] for e in events)), "events": list(events)}


def _entries(articles: list[dict], kind: str) -> list[list[str]]:
    timeline, _ = timeline_and_conflicts(articles, {a["id"]: i for i, a in enumerate(articles)})
    return sorted(t.articles for t in timeline if t.type == kind)


def _warn(sentence: str, who: list[str], trigger: str, when: str | None = None) -> dict:
    return event_record("WARN", sentence, who, when, None, trigger)


def test_one_speakers_demands_of_the_president_and_of_the_police_are_two():
    president = "Kuasa hukum Wawan mendesak agar Presiden Prabowo segera membalas surat itu, Selasa (10/6/2025)."
    police = "Wawan juga mendesak pihak kepolisian untuk segera memeriksa Budi Santoso, Selasa (10/6/2025)."
    articles = [
        _article("a", "2025-06-10", _warn(president, ["Wawan", "Prabowo Subianto"], "mendesak", "2025-06-10")),
        _article("b", "2025-06-10", _warn(police, ["Wawan"], "mendesak", "2025-06-10")),
    ]
    assert _entries(articles, "WARN") == [["a"], ["b"]]


def test_a_governors_demand_of_the_president_is_not_the_presidents_call_for_his_arrest():
    # the events stage gave the president's call the governor as its only party
    governor = "Gubernur Gavin Newsom mendesak Trump untuk menarik pasukan pada Minggu (8/6/2025)."
    president = "Presiden Donald Trump menyerukan agar Gubernur California Gavin Newsom ditangkap pada Minggu (8/6/2025)."
    articles = [
        _article("a", "2025-06-09", _warn(governor, ["Gavin Newsom", "Donald Trump"], "mendesak", "2025-06-08")),
        _article("b", "2025-06-09", _warn(president, ["Gavin Newsom"], "menyerukan", "2025-06-08")),
    ]
    assert _entries(articles, "WARN") == [["a"], ["b"]]


def test_a_call_to_other_nations_stays_apart_from_a_warning_to_a_country_some_report_tells_without_addressee():
    to_us = "Khamenei memperingatkan Amerika Serikat tentang kerusakan besar pada Rabu (18/6/2025)."
    to_us_short = "Khamenei memperingatkan AS tentang kerusakan besar pada Rabu (18/6/2025)."
    no_addressee = "Khamenei memperingatkan bahwa keterlibatan AS akan membawa kerusakan, Rabu (18/6/2025)."
    unity = "Khamenei menyerukan kepada negara-negara lain untuk bersatu pada Rabu (18/6/2025)."
    articles = [
        _article("a", "2025-06-18", _warn(to_us, ["Ali Khamenei", "Amerika Serikat"], "memperingatkan", "2025-06-18")),
        _article("b", "2025-06-18", _warn(no_addressee, ["Ali Khamenei"], "memperingatkan", "2025-06-18")),
        _article("c", "2025-06-18", _warn(unity, ["Ali Khamenei"], "menyerukan", "2025-06-18")),
        _article("d", "2025-06-18", _warn(to_us_short, ["Ali Khamenei", "Amerika Serikat"], "memperingatkan", "2025-06-18")),
    ]
    assert _entries(articles, "WARN") == [["a", "b", "d"], ["c"]]


def test_one_appeal_told_to_the_public_and_to_residents_stays_one():
    public = "Kapolres Sukamaju Andi Wijaya mengimbau masyarakat agar waspada banjir, Senin (9/6/2025)."
    residents = "Andi Wijaya mengimbau warga agar waspada banjir pada Senin (9/6/2025)."
    articles = [
        _article("a", "2025-06-09", _warn(public, ["Andi Wijaya"], "mengimbau", "2025-06-09")),
        _article("b", "2025-06-09", _warn(residents, ["Andi Wijaya"], "mengimbau", "2025-06-09")),
    ]
    assert _entries(articles, "WARN") == [["a", "b"]]


def test_a_call_for_what_is_wanted_is_one_with_the_call_naming_whom_it_asks():
    # "penyerahan diri" is what is called for, no addressee: the two reports tell one call
    content = "Presiden Donald Trump menyerukan penyerahan diri tanpa syarat Iran pada Selasa (17/6/2025)."
    addressed = "Donald Trump mendesak Iran menyerah tanpa syarat pada Selasa (17/6/2025)."
    articles = [
        _article("a", "2025-06-17", _warn(content, ["Donald Trump", "Iran"], "menyerukan", "2025-06-17")),
        _article("b", "2025-06-17", _warn(addressed, ["Donald Trump", "Iran"], "mendesak", "2025-06-17")),
    ]
    assert _entries(articles, "WARN") == [["a", "b"]]


def _evacuation(sentence: str, who: list[str]) -> dict:
    return event_record("EVACUATE", sentence, who, "2025-06-10", None, "pemulangan")


def test_two_numbered_groups_of_pilgrims_sent_home_one_day_are_two_evacuations():
    first = "Kemenag memulai pemulangan jemaah haji Indonesia kloter 1 pada Selasa (10/6/2025)."
    twelfth = "Garuda melayani pemulangan jemaah haji Indonesia kloter 12 pada Selasa (10/6/2025)."
    articles = [
        _article("a", "2025-06-10", _evacuation(first, ["Kemenag"])),
        _article("b", "2025-06-10", _evacuation(twelfth, ["Garuda"])),
    ]
    assert _entries(articles, "EVACUATE") == [["a"], ["b"]]


def test_one_numbered_group_written_with_and_without_a_leading_zero_is_one_evacuation():
    padded = "Kemenag memulai pemulangan jemaah haji Indonesia kloter 01 pada Selasa (10/6/2025)."
    bare = "Garuda melayani pemulangan jemaah haji Indonesia kloter 1 pada Selasa (10/6/2025)."
    articles = [
        _article("a", "2025-06-10", _evacuation(padded, ["Kemenag"])),
        _article("b", "2025-06-10", _evacuation(bare, ["Garuda"])),
    ]
    assert _entries(articles, "EVACUATE") == [["a", "b"]]


def test_a_warning_told_to_the_reporters_has_no_addressee_and_joins_the_warning_to_a_country():
    to_iran = "Trump memperingatkan Iran agar segera menyerah tanpa syarat, Selasa (10/6/2025)."
    to_press = "Trump memperingatkan kepada awak media di Gedung Putih, Iran harus segera menyerah, Selasa (10/6/2025)."
    articles = [
        _article("a", "2025-06-10", _warn(to_iran, ["Donald Trump", "Iran"], "memperingatkan", "2025-06-10")),
        _article("b", "2025-06-10", _warn(to_press, ["Donald Trump", "Iran"], "memperingatkan", "2025-06-10")),
    ]
    assert _entries(articles, "WARN") == [["a", "b"]]


def test_a_government_named_and_the_government_are_one_addressee():
    named = "Walhi mendesak Pemerintah Indonesia mencabut izin tambang nikel di Raja Ampat, Selasa (10/6/2025)."
    common = "Walhi mendesak pemerintah mencabut izin tambang nikel di Raja Ampat, Selasa (10/6/2025)."
    articles = [
        _article("a", "2025-06-10", _warn(named, ["Walhi", "Indonesia"], "mendesak", "2025-06-10")),
        _article("b", "2025-06-10", _warn(common, ["Walhi"], "mendesak", "2025-06-10")),
    ]
    assert _entries(articles, "WARN") == [["a", "b"]]


def test_a_party_named_inside_what_is_warned_of_is_no_addressee():
    # "kerusakan besar bagi Israel": what is warned of, not whom; the two reports tell one warning to the US
    to_us = "Khamenei memperingatkan AS tentang kerusakan besar jika ikut menyerang, Rabu (18/6/2025)."
    of_damage = "Khamenei memperingatkan kerusakan besar bagi Israel dan AS jika ikut menyerang, Rabu (18/6/2025)."
    who = ["Ali Khamenei", "Amerika Serikat", "Israel"]
    articles = [
        _article("a", "2025-06-18", _warn(to_us, who, "memperingatkan", "2025-06-18")),
        _article("b", "2025-06-18", _warn(of_damage, who, "memperingatkan", "2025-06-18")),
    ]
    assert _entries(articles, "WARN") == [["a", "b"]]
