"""Round 32, mended after review: a match's sides are the clubs' whole names; one fact is one act on one party; a
count is no year; two quakes in one war's country are one disaster's.

Invented headlines and sentences in the outlets' style (no corpus text).
"""

from __future__ import annotations

from datetime import date

from telisik.records.stories import Story
from telisik.stories.summary import _main_predication, _root, _tells_past
from telisik.stories.summary_repeats import same_predication
from telisik.stories.thread_links import Happening, events_link, pairings_of
from telisik.stories.threads import ThreadConfig
from thread_stories import threaded

PAIRS = ThreadConfig(min_stories=2)
DAY = date(2025, 6, 10)


def _article(aid: str, title: str, names: list[tuple[str, str, int]]) -> dict:
    entities = [{"name": n, "type": t, "mentions": [{"text": n}] * k} for n, t, k in names]
    return {"id": aid, "title": title, "body": "", "entities": entities}


def _story(sid: str, day: str, article: dict) -> tuple[Story, list[dict]]:
    story = Story(id=sid, title=article["title"], articles=[article["id"]], outlets=["Kompas"], first=day, last=day)
    story.timeline = []
    return story, [article]


def _threaded(stories: list[tuple[Story, list[dict]]]) -> dict[str, Story]:
    return threaded(stories, PAIRS)


def _said(text: str, *names: str):
    found = _main_predication(text, frozenset(_root(n.lower()) for n in names))
    assert found is not None, text
    return found


# ---------------------------------------------------------------------------- 1, 6: a match by its sides' whole names


def test_a_side_is_the_clubs_whole_name_the_headline_writes():
    [bali] = pairings_of(["Prediksi Bali United vs Persib, Laga Pekan Ini"], ["Bali United", "Persib"])
    [madura] = pairings_of(["Hasil Madura United vs Persib Bandung"], ["Madura United", "Persib Bandung"])
    assert bali.name == "bali united|persib" and not bali.names_same(madura)
    [ahead] = pairings_of(["Prediksi Real Madrid vs Al Hilal di Piala Dunia Antarklub"], ["Real Madrid", "Al Hilal"])
    [after] = pairings_of(["Hasil Al Hilal vs Real Madrid: Skor Imbang"], ["Al Hilal", "Real Madrid"])
    assert ahead.name == after.name == "al hilal|real madrid"


def test_an_age_group_is_one_however_written_and_both_sides_have_it():
    [dash] = pairings_of(["Timnas Indonesia U-17 vs Korea Utara, Garuda Muda Siap Tempur"])
    [bare] = pairings_of(["Jadwal Indonesia U17 vs Korea Utara U17 Malam Ini"], ["Korea Utara"])
    assert dash.names_same(bare)
    [senior] = pairings_of(["Indonesia vs Korea Utara"], ["Korea Utara"])
    assert not senior.names_same(bare)


def test_a_garbage_headline_pairs_no_one():
    # a 20,000-letter word before "vs" is no side's name (its cost is bench/'s to measure, not a test's)
    assert pairings_of(["A" + "b" * 20000 + " vs Persib", "X" * 20000]) == []


def test_two_clubs_of_one_town_word_playing_one_side_are_two_threads():
    bali = _article("m1", "Prediksi Bali United vs Persib, Teco Turunkan Tim Terbaik", [("Bali United", "ORG", 3), ("Persib", "ORG", 3)])
    madura = _article(
        "m2", "Hasil Madura United vs Persib: Maung Bandung Menang Tipis", [("Madura United", "ORG", 3), ("Persib", "ORG", 3)]
    )
    stories = _threaded([_story("S-bali", "2025-06-10", bali), _story("S-madura", "2025-06-14", madura)])
    assert stories["S-bali"].thread is None and stories["S-madura"].thread is None


def test_a_match_told_with_its_sides_either_way_round_is_one_thread():
    ahead = _article(
        "r1",
        "Prediksi Real Madrid vs Al Hilal, Xabi Alonso Debut di Miami",
        [("Real Madrid", "ORG", 3), ("Al Hilal", "ORG", 3), ("Xabi Alonso", "PER", 2), ("Miami", "LOC", 1)],
    )
    after = _article(
        "r2",
        "Hasil Al Hilal vs Real Madrid: Los Blancos Ditahan Imbang di Miami",
        [("Al Hilal", "ORG", 3), ("Real Madrid", "ORG", 3), ("Xabi Alonso", "PER", 1), ("Miami", "LOC", 2)],
    )
    stories = _threaded([_story("S-ahead", "2025-06-18", ahead), _story("S-after", "2025-06-19", after)])
    assert stories["S-ahead"].thread == stories["S-after"].thread is not None


# ---------------------------------------------------------------------------- 2, 3, 7: the main predicate and its party


def test_a_noun_or_adjective_shaped_like_a_verb_is_no_predicate():
    cases = [
        ("Tim medis menangani korban luka di RSUD Cibinong.", "Dokter menangani pasien.", "Cibinong"),
        ("Sebuah rumah besar terbakar di Kebayoran Baru.", "Gudang terbakar.", "Kebayoran"),
        ("Para menteri menghadiri rapat terbatas di Istana.", "Warga menghadiri pengajian.", "Istana"),
        ("Dua direktur perusahaan ditahan jaksa di Surabaya.", "Bupati ditahan jaksa.", "Surabaya"),
        ("Mobil bekas itu dijual pemiliknya ke Bandung.", "Rumah dijual.", "Bandung"),
    ]
    for sentence, plain, place in cases:
        assert _said(sentence, place).predicate == _said(plain).predicate, sentence


def test_one_partys_one_act_on_two_others_is_two_facts():
    flood = _said("Prabowo menemui korban banjir di Bekasi.", "Prabowo", "Bekasi")
    paris = _said("Prabowo menemui Presiden Macron di Paris.", "Prabowo", "Macron", "Paris")
    assert not same_predication(paris, flood)
    # the same act on the same party stays one fact
    again = _said("Presiden Prabowo menemui Macron di Istana Elysee, Selasa.", "Prabowo", "Macron", "Elysee")
    assert same_predication(again, paris)


def test_three_people_named_before_are_a_pronouns_party():
    assert _said("Ketiganya ditangkap di sebuah rumah kos di Depok.", "Depok").pronoun


# ---------------------------------------------------------------------------- 4: a count is no year


def test_a_count_of_personnel_is_no_past_year():
    assert not _tells_past("Sebanyak 2000 personel gabungan dikerahkan ke lokasi banjir.", DAY)
    assert not _tells_past("Api menghanguskan 1500 rumah warga di bantaran kali.", DAY)
    assert _tells_past("Gempa serupa pernah melanda Palu pada 2018 silam.", DAY)
    assert _tells_past("Marinir juga dikerahkan setelah serangan 11 September 2001.", DAY)
    assert _tells_past("Ia menjabat bupati sejak 2019.", DAY)


# ---------------------------------------------------------------------------- 5: two quakes in one war's country


def test_two_quakes_one_place_link_though_the_place_is_a_wars_party():
    quake = Happening("DISASTER", ("kamchatka", "rusia"), "rusia")
    aftershock = Happening("DISASTER", ("rusia", "petropavlovsk"), "rusia")
    assert events_link(quake, aftershock) == ["rusia"]
    # a war's strikes still need a name beside its parties
    assert events_link(Happening("ATTACK", ("rusia", "ukraina"), "ukraina"), Happening("ATTACK", ("rusia", "ukraina"), "ukraina")) == []
