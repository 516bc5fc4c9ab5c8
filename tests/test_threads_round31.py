"""Threads of one developing situation (telisik.stories.threads, thread_links): the members a thread used to miss,
the joins on a brand, a league or a desk's routine, a war told only as the time of another happening, and the
happening a story's link names.

The fixture headlines and entity lists are short Indonesian texts written for these tests in the outlets' style:
two governors said to be matched by netizens, a helicopter crash in the Papuan highlands told by three desks, a
rider's season, a company buying bitcoin "amid" a war, a carrier sent to that war, dealers' promos, a league's
broadcast guide, a woman found dead in a hotel, and a nickel mine whose ships are in the news.
"""

from __future__ import annotations

from telisik.records.stories import Story, TimelineEntry
from telisik.stories.thread_links import (
    Happening,
    ThreadHappenings,
    headline_parties,
    headline_subject,
    headline_types,
    situations_of,
    told_apart,
)
from telisik.stories.threads import StoryProfile, Threader, story_profile
from thread_stories import PAIRS, event, story
from thread_stories import article as _article
from thread_stories import doc_frequencies as _df
from thread_stories import threaded as _threaded

DAY = "2025-06-12"


def _event(kind: str, who: list[str], where: str | None, day: str = DAY) -> TimelineEntry:
    return event(kind, who, where, day)


def _story(sid: str, articles: list[dict], timeline: list[TimelineEntry] | None = None, day: str = DAY) -> tuple[Story, list[dict]]:
    return story(sid, articles, timeline, None, day)


# ---------------------------------------------------------------------------- members a thread used to miss

GOVERNORS = [("Maya Pratiwi", "PER", 4), ("Bagus Santoso", "PER", 4), ("Maluku Utara", "LOC", 1), ("Lembur Pakuan", "LOC", 1)]


def _matchmaking() -> list[tuple[Story, list[dict]]]:
    first = _article("m1", "Warganet Jodohkan Gubernur Maya Pratiwi dengan Bagus Santoso, Putrinya Cemburu", GOVERNORS)
    second = _article("m2", "Bikin Bagus Santoso Terpesona, Maya Pratiwi Bagikan Rahasia Awet Muda", [*GOVERNORS, ("Nadia", "PER", 1)])
    # their events are meetings of the two: an everyday kind that links only by three names (thread_talk_types.txt)
    meet = [_event("MEET", ["Maya Pratiwi", "Bagus Santoso"], None)]
    return [_story("S-m1", [first], meet), _story("S-m2", [second], meet)]


def test_two_parties_both_headlines_give_link_stories_whose_events_link_nothing():
    stories = _threaded(_matchmaking())
    assert stories["S-m1"].thread == stories["S-m2"].thread is not None
    assert stories["S-m2"].thread_why[0] in ("Maya Pratiwi, Bagus Santoso", "Bagus Santoso, Maya Pratiwi")


def test_one_party_or_a_frame_of_many_matters_shared_by_the_headlines_links_nothing():
    """One rider's win and his wealth; a rider and "MotoGP": one person's or one season's matters."""
    rider = [("Dani Saputra", "PER", 4), ("MotoGP", "ORG", 2), ("Mandalika", "LOC", 1)]
    win = _article("r1", "Dani Saputra Juara MotoGP Mandalika, Tampil Sempurna Sejak Start", rider)
    wealth = _article("r2", "Adu Kekayaan Dani Saputra dengan Bintang MotoGP Lain, Bak Langit dan Bumi", rider)
    stories = _threaded([_story("S-r1", [win]), _story("S-r2", [wealth])])
    assert stories["S-r1"].thread is None and stories["S-r2"].thread is None
    assert headline_parties(["dani saputra", "motogp"], ["dani saputra", "motogp"], frozenset(), {}) is None
    assert headline_parties(["dani saputra", "timnas portugal"], ["dani saputra", "timnas portugal"], frozenset(), {}) is None
    # two people that share a word are one family's name, not two parties
    assert headline_parties(["marc marquez", "alex marquez"], ["marc marquez", "alex marquez"], frozenset(), {}) is None


def _crash(sid: str, title: str, names: list[tuple[str, str, int]], where: str) -> tuple[Story, list[dict]]:
    return _story(sid, [_article(sid.lower(), title, names)], [_event("ACCIDENT", [], where)] * 2)


def test_headlines_reporting_one_kind_of_happening_with_a_shared_name_link_a_crash_told_apart():
    """Three desks tell one helicopter crash: their bodies name the villages and the operator apart, their events
    share no two names, their headlines report a crash, name Jayawijaya and the helicopter."""
    base = [("Jayawijaya", "LOC", 3), ("Elang Air", "ORG", 2)]
    stories = _threaded(
        [
            _crash(
                "S-c1", "Kecelakaan Helikopter di Jayawijaya, Lima Penumpang Tewas", [*base, ("Distrik Kurulu", "LOC", 2)], "Distrik Kurulu"
            ),
            _crash(
                "S-c2",
                "Penerbangan Helikopter Dihentikan Usai Kecelakaan di Jayawijaya, Pilot Diduga Langgar Jam Terbang",
                [*base, ("Yusuf Tabuni", "PER", 2)],
                "Jayawijaya",
            ),
        ]
    )
    assert stories["S-c1"].thread == stories["S-c2"].thread is not None
    assert stories["S-c2"].thread_why[0].startswith(("ACCIDENT Jayawijaya", "Jayawijaya: helikopter"))
    # the kind and the place both headlines report and write link them, labelled with the event's type as the other
    # links are (a place alone would not: they share "helikopter" besides)
    crashes = [
        _crash("S-c1", "Kecelakaan Helikopter di Jayawijaya", base, "Jayawijaya"),
        _crash("S-c2", "Helikopter Kecelakaan Lagi di Jayawijaya", base, "Jayawijaya"),
    ]
    df = _df(crashes)
    threader = Threader(PAIRS)
    first, second = (story_profile(s, arts, df, PAIRS) for s, arts in crashes)
    threader.add(first)
    assert threader._headline_happening(second, threader.threads[threader.thread_of["S-c1"]]) == "ACCIDENT Jayawijaya"


def test_two_crashes_of_one_city_told_by_one_police_unit_are_two_matters():
    """A truck's crash and a bus's crash in one city, the same traffic police quoted: the headlines share a kind
    and the city only (the police unit's name holds the city's word, no headline writes it)."""
    police = [("Satlantas Polrestabes Medan", "ORG", 3), ("Kompol Andi Wijaya", "PER", 2), ("Medan", "LOC", 2)]
    stories = _threaded(
        [
            _crash(
                "S-t1",
                "Kecelakaan Truk di Medan, Pengendara Motor Tewas",
                [*police, ("Jalan Gatot Subroto", "LOC", 2)],
                "Jalan Gatot Subroto",
            ),
            _crash(
                "S-t2",
                "Kecelakaan Bus di Medan, Lima Penumpang Luka",
                [*police, ("Jalan Sisingamangaraja", "LOC", 2)],
                "Jalan Sisingamangaraja",
            ),
        ]
    )
    assert stories["S-t1"].thread is None and stories["S-t2"].thread is None


def test_two_towns_forecasts_are_no_happening_told_alike():
    """A forecast's "weather" is a routine's kind, not an event's (thread_event_kinds.tsv)."""
    names = [("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG", 2), ("Berawan", "ORG", 2)]
    one = _article("f1", "Info Cuaca Kota Tomohon Hari Ini, BMKG: Berawan", [*names, ("Tomohon", "LOC", 1)])
    other = _article("f2", "Info Cuaca Kota Bitung Hari Ini, BMKG: Berawan", [*names, ("Bitung", "LOC", 1)])
    stories = _threaded([_story("S-f1", [one]), _story("S-f2", [other])])
    assert stories["S-f1"].thread is None and stories["S-f2"].thread is None


def test_one_shared_name_both_headlines_give_links_events_of_one_kind_and_no_others():
    thread = ThreadHappenings()
    thread.absorb([Happening("ACCIDENT", ("ahmedabad", "air india"), "ahmedabad")] * 3, [])
    mine = [Happening("ACCIDENT", ("air india", "navin chaudhary"), None)]
    assert thread.named_event_link(mine, frozenset({"air india"}), {"air india": "Air India"}) == "ACCIDENT Air India"
    # the name the events share is not one the headlines both give: two matters of one airline
    assert thread.named_event_link(mine, frozenset(), {}) is None
    # an everyday kind (a meeting) is not enough on one name
    talks = ThreadHappenings()
    talks.absorb([Happening("MEET", ("ahmedabad", "air india"), None)], [])
    assert talks.named_event_link([Happening("MEET", ("air india",), None)], frozenset({"air india"}), {}) is None


def test_a_mine_named_in_both_headlines_is_one_situation():
    names = {"pulau obi": "Pulau Obi"}
    mine = situations_of(["Izin Tambang Nikel Pulau Obi Dicabut, Warga Lega"], names, ["pulau obi"])
    ships = situations_of(["Kapal Angkut Nikel dari Pulau Obi Disorot Warganet"], names, ["pulau obi"])
    assert [s.name for s in mine] == ["pulau obi"] and [s.name for s in ships] == ["pulau obi"]
    assert mine[0].names_same(ships[0])


def test_nickel_market_news_names_no_mine():
    """Exports and a smelter's blast in one province: nickel's market, no dispute of one mine."""
    names = {"sulawesi tengah": "Sulawesi Tengah", "morowali": "Morowali", "indonesia": "Indonesia"}
    assert situations_of(["Ekspor Nikel Sulawesi Tengah ke China Melonjak"], names, ["sulawesi tengah"]) == []
    assert situations_of(["Harga Nikel Indonesia Anjlok"], names, ["indonesia"]) == []
    province = [("Sulawesi Tengah", "LOC", 3), ("Kementerian ESDM", "ORG", 2)]
    export = _article("n1", "Ekspor Nikel Sulawesi Tengah ke China Melonjak", [*province, ("China", "LOC", 2)])
    blast = _article("n2", "Smelter Nikel Sulawesi Tengah di Morowali Meledak", [*province, ("Morowali", "LOC", 2)])
    stories = _threaded([_story("S-n1", [export]), _story("S-n2", [blast])])
    assert stories["S-n1"].thread is None and stories["S-n2"].thread is None


def test_the_middle_of_a_mine_is_where_a_happening_was_not_its_time():
    title = "Pekerja Tewas Tertimbun di Tengah Tambang Emas Ilegal"
    assert told_apart(title) == title
    assert told_apart("Harga Emas Naik di Tengah Konflik Iran-Israel").strip() == "Harga Emas Naik"


# ---------------------------------------------------------------------------- joins on a brand, a league, a desk


def test_two_dealers_promos_and_two_price_lists_share_a_sellers_words_only():
    shown = {"mitsubishi fuso": "Mitsubishi Fuso"}
    sleman = ({"promo": 1.0, "spesial": 1.0, "dealer": 0.5, "sleman": 0.8}, ["mitsubishi fuso"])
    kepri = ({"promo": 1.0, "spesial": 1.0, "golf": 0.6, "kepri": 0.8}, ["mitsubishi fuso"])
    assert headline_subject(sleman, kepri, shown, (0.4, 0.15), 2) is None
    # a league and a broadcaster name every match of a week: no subject of one situation
    one = ({"nonton": 1.0, "streaming": 1.0, "bri": 0.7, "vidio": 0.7, "persebaya": 1.0}, ["bri liga 1", "vidio"])
    two = ({"nonton": 1.0, "streaming": 1.0, "bri": 0.7, "vidio": 0.7, "persib": 1.0}, ["bri liga 1", "vidio"])
    assert headline_subject(one, two, {}, (0.4, 0.15), 2) is None


def test_three_provinces_ranking_lists_make_no_thread():
    names = [("Universitas Swasta", "ORG", 2), ("Pangkalan Data Perguruan Tinggi", "ORG", 2)]
    lists = [
        _story(f"S-p{i}", [_article(f"p{i}", f"Daftar Universitas Swasta Provinsi {p} Terbaik Akreditasi Baik Sekali 2025", names)])
        for i, p in enumerate(["Bali", "Riau", "Maluku"])
    ]
    stories = _threaded(lists)
    assert all(s.thread is None for s in stories.values())


# ---------------------------------------------------------------------------- a war told as a time

WAR_NAMES = [("Israel", "LOC", 4), ("Iran", "LOC", 4), ("Teheran", "LOC", 2), ("Benjamin Netanyahu", "PER", 1)]
STRIKES = [_event("ATTACK", ["Israel", "Iran"], "Teheran"), _event("ATTACK", ["Iran", "Israel"], None)] * 3


def _war() -> tuple[Story, list[dict]]:
    articles = [
        _article("w1", "Konflik Iran-Israel Memanas, Rudal Hantam Teheran", WAR_NAMES),
        _article("w2", "Perang Israel dan Iran Masuki Hari Kelima", WAR_NAMES),
    ]
    return _story("S-war", articles, list(STRIKES), day="2025-06-11")


def test_a_war_a_headline_gives_as_the_time_of_another_happening_does_not_link_it():
    buyer = _article(
        "b1",
        "Perusahaan Kripto Borong 10.000 Bitcoin di Tengah Ketegangan Israel-Iran",
        [("Sinar Digital", "ORG", 4), ("Bitcoin", "ORG", 3), ("Israel", "LOC", 1), ("Iran", "LOC", 1)],
    )
    stories = _threaded([_war(), _story("S-b", [buyer])])
    assert stories["S-b"].thread is None
    assert told_apart(buyer["title"]).strip() == "Perusahaan Kripto Borong 10.000 Bitcoin"
    # "di tengah" before no situation's word is a place: the headline keeps it
    assert told_apart("Ada Pohon Pisang di Tengah Jalan Ciampea") == "Ada Pohon Pisang di Tengah Jalan Ciampea"


def test_a_story_of_the_war_itself_told_amid_it_stays_in_its_thread():
    carrier = _article("k1", "Kapal Induk AS Menuju Timur Tengah di Tengah Konflik Israel dan Iran", [*WAR_NAMES, ("Pentagon", "ORG", 1)])
    stories = _threaded([_war(), _story("S-k", [carrier], list(STRIKES[:2]))])
    assert stories["S-k"].thread == stories["S-war"].thread is not None


# ---------------------------------------------------------------------------- the happening a link names


def test_the_link_names_a_happening_the_headlines_report_before_one_the_thread_reports_more():
    """The arrest's sentence named the victim ("mengamankan dua pria yang mengantar korban Rina"): her death is
    what "Rina Tewas di Kamar Hotel" reports, so the link says DIE, not ARREST."""
    thread = ThreadHappenings()
    thread.absorb([Happening("ARREST", ("hotel melati", "rina"), None)] * 3 + [Happening("DIE", ("hotel melati", "rina"), None)], [])
    mine = [Happening("DIE", ("hotel melati", "rina"), None), Happening("ARREST", ("hotel melati", "rina"), None)]
    shown = {"rina": "Rina", "hotel melati": "Hotel Melati"}
    reported = headline_types(["Rina Tewas di Kamar Hotel Melati, Jenazahnya Diantar ke Rumah Sakit"])
    assert "DIE" in reported
    assert thread.event_link(mine, shown, reported=reported).startswith("DIE")
    assert thread.event_link(mine, shown).startswith("ARREST")  # the headline reports nothing: the thread's most told
    # a headline naming the victim and the place links by the happening it reports too
    named = frozenset({"rina", "hotel melati"})
    assert thread.headline_link(named, shown, reported=reported).startswith("DIE")
    assert thread.headline_link(named, shown).startswith("ARREST")


def test_a_profile_keeps_its_amid_situations_and_reported_types_between_processes():
    df = _df([_war()])
    carrier = _article("k1", "Kapal Induk AS Menuju Timur Tengah di Tengah Konflik Israel dan Iran, Dua Tewas", WAR_NAMES)
    story, articles = _story("S-k", [carrier], list(STRIKES[:2]))
    profile = story_profile(story, articles, df, PAIRS)
    assert [s.kind for s in profile.amid] == ["conflict"] and "DIE" in profile.reported
    again = StoryProfile.of_tuple(profile.to_tuple())
    assert again.amid == profile.amid and again.reported == profile.reported


def test_a_headline_reports_no_event_it_denies():
    """ "Tidak Ada Korban Tewas": the fire is reported, no death."""
    reported = headline_types(["Polisi Pastikan Tidak Ada Korban Tewas dalam Kebakaran Gudang"])
    assert "DIE" not in reported and "ACCIDENT" in reported
    # a clause's negation does not reach the next clause
    assert "DIE" in headline_types(["Tak Terima Ditegur, Pria Tewas Usai Berkelahi"])


def test_a_headline_gives_a_person_by_a_word_but_no_unit_by_its_citys_word():
    """ "Firmansyah" gives the striker "Rizky Firmansyah"; "Medan" gives no "Satlantas Polrestabes Medan"."""
    names = [("Rizky Firmansyah", "PER", 3), ("Satlantas Polrestabes Medan", "ORG", 2), ("Medan", "LOC", 3)]
    one = _story("S-i1", [_article("i1", "Cedera Lutut, Firmansyah Menepi Lima Bulan dari Lapangan Medan", names)])
    df = _df([one])
    profile = story_profile(*one, df, PAIRS)
    assert "rizky firmansyah" in profile.written and "medan" in profile.written
    assert "satlantas polrestabes medan" not in profile.written
    assert StoryProfile.of_tuple(profile.to_tuple()).written == profile.written
