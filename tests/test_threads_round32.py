"""Threads, round 32: a story told by a situation's own names joins its thread; a standing war's parties link nothing.

Invented headlines and leads in the outlets' style (no corpus text): a forest cleared in a village of Kabupaten
Rokan Hulu, a Kapolda planting trees at its site; a nickel dispute on an island; a national team's match told by its
venue, its odds and its broadcast; two matters of one war, of one governor, of one couple; two leaks of one phone.
"""

from __future__ import annotations

from telisik.records.stories import Story, TimelineEntry
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.thread_links import Happening, events_link, pairings_of
from telisik.stories.threads import StoryProfile, ThreadConfig, story_profile
from thread_stories import threaded

PAIRS = ThreadConfig(min_stories=2)


def _article(aid: str, title: str, names: list[tuple[str, str, int]], body: str = "") -> dict:
    entities = [{"name": n, "type": t, "mentions": [{"text": n}] * k} for n, t, k in names]
    return {"id": aid, "title": title, "body": body, "entities": entities}


def _event(kind: str, who: list[str], where: str | None, day: str = "2025-06-09") -> TimelineEntry:
    return TimelineEntry(when=day, type=kind, who=who, where=where, status="occurred", description=kind.lower(), articles=[])


def _story(sid: str, day: str, articles: list[dict], timeline: list[TimelineEntry] | None = None) -> tuple[Story, list[dict]]:
    story = Story(id=sid, title=articles[0]["title"], articles=[a["id"] for a in articles], outlets=["Kompas"], first=day, last=day)
    story.timeline = timeline or []
    return story, articles


def _threaded(stories: list[tuple[Story, list[dict]]], config: ThreadConfig = PAIRS) -> dict[str, Story]:
    return threaded(stories, config)


# ---------------------------------------------------------------------------- a standing war's parties


def test_a_standing_wars_parties_alone_link_no_two_events():
    # (one type on both sides: unrelated types link nothing whatever their names)
    strike = Happening("ATTACK", ("gaza", "hamas", "israel"), "gaza")
    body_found = Happening("ATTACK", ("gaza", "hamas", "israel"), "gaza")
    assert events_link(strike, body_found) == []
    # a name beside them (the city struck) makes the two strikes one situation's
    rafah = Happening("ATTACK", ("israel", "gaza", "rafah"), "rafah")
    assert events_link(Happening("ATTACK", ("israel", "gaza", "rafah"), "rafah"), rafah) == ["gaza", "israel", "rafah"]
    # a war that breaks out has a party that is no standing war's: its strikes link by its two parties
    assert events_link(Happening("ATTACK", ("iran", "israel"), None), Happening("ATTACK", ("iran", "israel"), None)) == ["iran", "israel"]


def test_an_aid_ship_seized_and_a_commanders_body_found_are_no_thread():
    ship = _article(
        "g1",
        "Militer Israel Cegat Kapal Bantuan Menuju Gaza, Aktivis Ditahan",
        [("Israel", "LOC", 4), ("Gaza", "LOC", 3), ("Hamas", "ORG", 1), ("IDF", "ORG", 2), ("Ashdod", "LOC", 1)],
    )
    commander = _article(
        "g2",
        "Israel Klaim Temukan Jasad Komandan Hamas di Terowongan Gaza",
        [("Israel", "LOC", 3), ("Gaza", "LOC", 3), ("Hamas", "ORG", 3), ("IDF", "ORG", 2), ("Khan Younis", "LOC", 1)],
    )
    stories = _threaded(
        [
            _story("S-ship", "2025-06-09", [ship], [_event("ARREST", ["Israel", "Gaza", "Hamas"], "Gaza")]),
            _story("S-body", "2025-06-09", [commander], [_event("ATTACK", ["Israel", "Gaza", "Hamas"], "Gaza")]),
        ]
    )
    assert stories["S-ship"].thread is None and stories["S-body"].thread is None


# ---------------------------------------------------------------------------- one match, by its two sides


def test_pairings_read_the_two_sides_of_one_match():
    [odds] = pairings_of(["Prediksi Skor Indonesia Vs Jepang di Kualifikasi Piala Dunia"])
    [venue] = pairings_of(["Megahnya Stadion Venue Jepang vs Timnas Indonesia"])
    assert odds.name == venue.name == "indonesia|jepang" and odds.names_same(venue)
    [youth] = pairings_of(["Timnas Indonesia U-17 vs Jepang U-17 Malam Ini"])
    assert not youth.names_same(odds)  # an age group is another team
    assert pairings_of(["Jadwal Malam Ini: Jepang vs Indonesia, Arab Saudi vs Australia"]) == []  # a matchday's roundup
    assert pairings_of(["Persib Bandung Siap Jamu Tamunya"]) == []


def test_the_stories_of_one_match_share_a_thread_by_its_two_sides():
    coach = _article(
        "j1",
        "Jelang Timnas Indonesia vs Jepang, Pelatih Minta Dukungan Suporter",
        [("Timnas Indonesia", "ORG", 3), ("Patrick Kluivert", "PER", 3), ("Stadion Suita", "LOC", 1), ("Osaka", "LOC", 1)],
    )
    venue = _article(
        "j2", "Fakta Stadion Tuan Rumah Jepang vs Indonesia, Dibangun dari Donasi", [("Osaka", "LOC", 2), ("Panasonic Stadium", "LOC", 2)]
    )
    odds = _article(
        "j3", "Head to Head Jepang vs Indonesia, Kick-off 17.35 WIB", [("Hajime Moriyasu", "PER", 2), ("Wataru Endo", "PER", 1)]
    )
    stories = _threaded(
        [_story("S-coach", "2025-06-09", [coach]), _story("S-venue", "2025-06-09", [venue]), _story("S-odds", "2025-06-09", [odds])]
    )
    assert stories["S-coach"].thread == stories["S-venue"].thread == stories["S-odds"].thread is not None
    assert stories["S-venue"].thread_why[0] == "Indonesia vs Jepang"
    other = _article("j4", "Head to Head Arab Saudi vs Australia, Kick-off 01.00 WIB", [("Hervé Renard", "PER", 2), ("Jeddah", "LOC", 1)])
    stories = _threaded([_story("S-odds", "2025-06-09", [odds]), _story("S-other", "2025-06-09", [other])])
    assert stories["S-other"].thread is None  # another match of the same matchday


# ---------------------------------------------------------------------------- a story told by the situation's own names

CLEARING = [
    _article(
        "k1",
        "Hutan Lindung di Rokan Hulu Dibabat untuk Kebun Sawit, Empat Orang Ditangkap",
        [("Desa Sungai Lampur", "LOC", 3), ("Kabupaten Rokan Hulu", "LOC", 2), ("Polda Riau", "ORG", 2), ("Bambang Suryo", "PER", 1)],
        "Polisi menangkap empat orang yang membabat hutan lindung di Desa Sungai Lampur, Kabupaten Rokan Hulu.",
    )
]
CUSTOM_LAND = [
    _article(
        "k2",
        "Tokoh Adat Rokan Hulu Klaim Lahan Hutan Lindung Itu Tanah Ulayat",
        [("Desa Sungai Lampur", "LOC", 2), ("Kabupaten Rokan Hulu", "LOC", 2), ("Polda Riau", "ORG", 1), ("Datuk Rajo", "PER", 2)],
        "Seorang tokoh adat di Desa Sungai Lampur mengklaim hutan lindung yang dibabat adalah tanah ulayat.",
    )
]
CLEARING_EVENTS = [_event("ARREST", ["Polda Riau", "Bambang Suryo"], "Desa Sungai Lampur")]
CUSTOM_EVENTS = [_event("ARREST", ["Polda Riau", "Datuk Rajo"], "Desa Sungai Lampur")]


def test_a_side_story_joins_the_thread_whose_site_its_headline_and_lead_give():
    # the Kapolda's visit reports no arrest: it tells the clearing by its village and its regency
    visit = _article(
        "k3",
        "Kapolda Riau Tanam Seribu Pohon di Rokan Hulu: Kita Reboisasi",
        [("Desa Sungai Lampur", "LOC", 2), ("Kabupaten Rokan Hulu", "LOC", 1), ("Polda Riau", "ORG", 3), ("Pekanbaru", "LOC", 1)],
        "Kapolda Riau menanam pohon di bekas hutan lindung yang dibabat di Desa Sungai Lampur, Rokan Hulu.",
    )
    stories = _threaded(
        [
            _story("S-clearing", "2025-06-09", CLEARING, CLEARING_EVENTS),
            _story("S-custom", "2025-06-09", CUSTOM_LAND, CUSTOM_EVENTS),
            _story("S-visit", "2025-06-09", [visit]),
        ]
    )
    thread = stories["S-clearing"].thread
    assert thread is not None and stories["S-custom"].thread == thread
    assert stories["S-visit"].thread == thread
    why = stories["S-visit"].thread_why[0]
    assert "Desa Sungai Lampur" in why and "Rokan Hulu" in why  # the distinctive names it gives up front


def test_a_district_a_lead_names_is_where_another_matter_happened():
    # a festival in the same regency: its lead names the regency, its headline none of the clearing's names
    festival = _article(
        "k4",
        "Ribuan Warga Padati Festival Durian Tahunan",
        [("Kabupaten Rokan Hulu", "LOC", 2), ("Dinas Pariwisata", "ORG", 1), ("Andi Saputra", "PER", 1)],
        "Festival durian di Kabupaten Rokan Hulu kembali digelar dan dipadati ribuan warga.",
    )
    stories = _threaded(
        [
            _story("S-clearing", "2025-06-09", CLEARING, CLEARING_EVENTS),
            _story("S-custom", "2025-06-09", CUSTOM_LAND, CUSTOM_EVENTS),
            _story("S-festival", "2025-06-09", [festival]),
        ]
    )
    assert stories["S-clearing"].thread is not None and stories["S-festival"].thread is None


def test_a_site_a_headline_names_is_enough_where_the_story_is_close():
    dispute = [
        _article(
            "n1",
            "Warga Pulau Waigama Tolak Tambang Nikel, Greenpeace Desak Izin Dicabut",
            [("Pulau Waigama", "LOC", 4), ("Greenpeace", "ORG", 2), ("PT Waigama Nikel", "ORG", 2)],
        )
    ]
    revoked = [
        _article(
            "n2",
            "Izin Tambang Nikel Pulau Waigama Dicabut, Greenpeace Apresiasi",
            [("Pulau Waigama", "LOC", 3), ("Greenpeace", "ORG", 2), ("PT Waigama Nikel", "ORG", 1)],
        )
    ]
    events = [_event("PROTEST", ["Greenpeace", "PT Waigama Nikel"], "Pulau Waigama")]
    listing = _article(
        "n3", "Ini Daftar Pulau Waigama yang Masuk Konsesi Tambang", [("Pulau Waigama", "LOC", 3), ("Papua Barat", "LOC", 1)]
    )
    stories = _threaded(
        [
            _story("S-dispute", "2025-06-09", dispute, events),
            _story(
                "S-revoked", "2025-06-10", revoked, [_event("PROTEST", ["Greenpeace", "PT Waigama Nikel"], "Pulau Waigama", "2025-06-10")]
            ),
            _story("S-listing", "2025-06-10", [listing]),
        ]
    )
    assert stories["S-dispute"].thread is not None and stories["S-revoked"].thread == stories["S-dispute"].thread
    assert stories["S-listing"].thread == stories["S-dispute"].thread
    assert stories["S-listing"].thread_why[0] == "Pulau Waigama"


def test_one_person_or_two_are_many_matters_and_link_no_side_story():
    couple = [
        _article(
            "p1",
            "Rina Kartika Tanggapi Kedekatan Bima Pradana dan Sinta",
            [("Rina Kartika", "PER", 3), ("Bima Pradana", "PER", 3), ("Sinta Maharani", "PER", 1)],
        ),
        _article(
            "p2",
            "Rina Kartika Doakan Bima Pradana dan Sinta",
            [("Rina Kartika", "PER", 2), ("Bima Pradana", "PER", 2), ("Sinta Maharani", "PER", 1)],
        ),
    ]
    fans = _article(
        "p3",
        "Biodata Bima Pradana, Artis yang Diserbu Penggemar di Konser",
        [("Bima Pradana", "PER", 3), ("Sinta Maharani", "PER", 1), ("Istora Senayan", "LOC", 1)],
        "Bima Pradana, yang disebut dekat dengan Sinta Maharani, diserbu penggemar saat tampil di konser.",
    )
    stories = _threaded(
        [_story("S-a", "2025-06-10", couple[:1]), _story("S-b", "2025-06-10", couple[1:]), _story("S-fans", "2025-06-10", [fans])]
    )
    assert stories["S-a"].thread == stories["S-b"].thread is not None
    assert stories["S-fans"].thread is None


# ---------------------------------------------------------------------------- kinds and words


def test_a_routine_report_naming_a_war_tells_its_effect_and_joins_it():
    war = [
        _article(
            "w1", "Konflik Iran-Israel Memanas, Teheran Kembali Digempur", [("Iran", "LOC", 3), ("Israel", "LOC", 3), ("Teheran", "LOC", 2)]
        ),
        _article("w2", "Perang Iran-Israel Masuki Hari Keempat", [("Iran", "LOC", 3), ("Israel", "LOC", 3), ("Teheran", "LOC", 1)]),
    ]
    market = _article("w3", "Begini Dampak Perang Iran Israel terhadap IHSG", [("Iran", "LOC", 2), ("Israel", "LOC", 2), ("BEI", "ORG", 2)])
    report = _story("S-market", "2025-06-16", [market])
    report[0].kind = "routine"
    plain = _article("w4", "IHSG Ditutup Menguat 0,5 Persen Sore Ini", [("Iran", "LOC", 1), ("Israel", "LOC", 1), ("BEI", "ORG", 2)])
    routine = _story("S-plain", "2025-06-16", [plain])
    routine[0].kind = "routine"
    stories = _threaded([_story("S-w1", "2025-06-15", war[:1]), _story("S-w2", "2025-06-16", war[1:]), report, routine])
    assert stories["S-w1"].thread == stories["S-w2"].thread == stories["S-market"].thread is not None
    assert stories["S-plain"].thread is None


def test_two_leaks_of_one_phone_are_a_rumour_beat_not_a_situation():
    price = _article("r1", "Bocoran Harga Samsung Galaxy Z Flip 8 FE", [("Samsung", "ORG", 2), ("Flip 8", "PER", 2)])
    charger = _article("r2", "Bocoran Sebut Samsung Galaxy Z Flip 8 Pakai Pengisian Baru", [("Samsung", "ORG", 2), ("Flip 8", "PER", 2)])
    stories = _threaded([_story("S-price", "2025-06-09", [price]), _story("S-charger", "2025-06-09", [charger])])
    assert stories["S-price"].thread is None and stories["S-charger"].thread is None


def test_a_profile_keeps_its_front_and_kinds_of_name_between_processes():
    df = DocumentFrequencies()
    story, articles = _story("S-clearing", "2025-06-09", CLEARING, CLEARING_EVENTS)
    profile = story_profile(story, articles, df, PAIRS)
    assert "desa sungai lampur" in profile.front and " || " in profile.front  # its headline, then its lead
    assert "bambang suryo" in profile.persons and "desa sungai lampur" not in profile.persons
    back = StoryProfile.of_tuple(profile.to_tuple())
    assert (back.front, back.persons, back.widely) == (profile.front, profile.persons, profile.widely)


def test_one_teams_two_games_are_two_matters_however_alike_their_guides():
    names = [("Garuda Muda", "ORG", 3), ("Gerald Vanenburg", "PER", 1), ("Stadion Gelora Delta", "LOC", 1)]
    first = _article("m1", "Link Nonton Garuda Muda vs Vietnam Semifinal Piala AFF U-23 Gratis", names)
    second = _article("m2", "Link Nonton Garuda Muda vs Thailand Semifinal Piala AFF U-23 Gratis", names)
    again = _article("m3", "Siaran Langsung Garuda Muda vs Vietnam Malam Ini", names[:2])
    guides = [_story(sid, "2025-06-09", [a]) for sid, a in (("S-semi", first), ("S-other", second), ("S-again", again))]
    for story, _ in guides:
        story.kind = "series"  # a broadcast guide: a match's, by the two sides its headline names
    stories = _threaded(guides)
    assert stories["S-semi"].thread == stories["S-again"].thread is not None
    assert stories["S-other"].thread is None
