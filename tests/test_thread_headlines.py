"""What a story's headlines say links it to a thread, or keeps it out (telisik.stories.threads, thread_links).

The fixture articles are short Indonesian headlines and entity lists written for these tests, in the style of
the news of 19-20 June 2025: the strikes of Israel and Iran, an oil company's fears for the Strait of Hormuz, the
Fed's rate decision told against the war, islands of Anambas offered for sale online, a numbered headline that
reports a strike, and a celebrity's two unrelated interviews.
"""

from __future__ import annotations

from telisik.records.stories import Story, TimelineEntry
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.thread_links import headline_subject
from telisik.stories.threads import StoryProfile, headline_names, story_profile
from thread_stories import article as _article
from thread_stories import event, story
from thread_stories import threaded as _threaded

DAY = "2025-06-19"


def _event(kind: str, who: list[str], where: str | None, day: str = DAY) -> TimelineEntry:
    return event(kind, who, where, day)


def _story(
    sid: str, articles: list[dict], timeline: list[TimelineEntry] | None = None, kind: str | None = None, day: str = DAY
) -> tuple[Story, list[dict]]:
    return story(sid, articles, timeline, kind, day)


WAR = [
    _article(
        f"w{i}",
        title,
        [("Israel", "LOC", 4), ("Iran", "LOC", 4), ("Teheran", "LOC", 2), ("Benjamin Netanyahu", "PER", 1), ("Selat Hormuz", "LOC", 1)],
    )
    for i, title in enumerate(["Israel Gempur Teheran, Iran Balas dengan Rudal", "Konflik Iran-Israel: KBRI Teheran Siaga Satu"])
]
STRIKES = [_event("ATTACK", ["Israel", "Iran"], "Teheran"), _event("ATTACK", ["Iran", "Israel"], None)] * 3


def _war() -> tuple[Story, list[dict]]:
    return _story("S-war", WAR, list(STRIKES), day="2025-06-18")


def test_a_headline_naming_two_parties_of_the_threads_happening_links_a_story_of_its_own_happening():
    """ "Iran-Israel Memanas, Perusahaan Migas Was-Was": the oil company's fears are its own event (no strike), its
    headline names both parties of the war's strikes."""
    shell = _article(
        "o1",
        "Iran-Israel Memanas, Perusahaan Migas Was-Was Kirim Minyak Lewat Selat Hormuz",
        [("Shell", "ORG", 4), ("Wael Sawan", "PER", 2), ("Iran", "LOC", 2), ("Israel", "LOC", 2), ("Selat Hormuz", "LOC", 2)],
    )
    stories = _threaded([_war(), _story("S-shell", [shell], [_event("SUPPLY", ["Shell"], None)])])
    assert stories["S-shell"].thread == stories["S-war"].thread is not None
    assert stories["S-shell"].thread_why[0] in ("ATTACK Iran, Israel", "ATTACK Israel, Iran")
    # without a happening of its own the headline names the parties as an evergreen piece does ("Adu Kekayaan")
    stories = _threaded([_war(), _story("S-shell", [shell])])
    assert stories["S-shell"].thread is None


def test_the_war_an_unrelated_storys_articles_tell_links_it_to_nothing_when_its_headlines_name_none_of_it():
    """The Fed held its rate "amid the Iran-Israel conflict": its articles tell the strikes, its headlines the Fed."""
    fed = [
        _article(
            f"f{i}",
            title,
            [("The Fed", "ORG", 4), ("Jerome Powell", "PER", 2), ("Donald Trump", "PER", 1), ("Iran", "LOC", 2), ("Israel", "LOC", 2)],
        )
        for i, title in enumerate(
            ["The Fed Tahan Suku Bunga Acuan, Rupiah Kena Dampaknya", "Wall Street Bervariasi Usai Keputusan The Fed"]
        )
    ]
    told = [_event("ATTACK", ["Israel", "Iran"], None)] * 3 + [_event("WARN", ["Donald Trump", "Jerome Powell"], None)]
    stories = _threaded([_war(), _story("S-fed", fed, told)])
    assert stories["S-fed"].thread is None
    # a headline that names the war's parties tells the strike as its news
    fed[1]["title"] = "Wall Street Melemah, Investor Cemaskan Serangan Israel ke Iran"
    stories = _threaded([_war(), _story("S-fed", fed, told)])
    assert stories["S-fed"].thread == stories["S-war"].thread is not None


def test_a_numbered_headline_that_reports_a_happening_is_news_in_a_thread_not_a_listicle():
    hospitals = _article(
        "h1",
        "5 Rumah Sakit di Iran Rusak Dihantam Serangan Israel dalam Sepekan",
        [("Iran", "LOC", 3), ("Israel", "LOC", 3), ("Teheran", "LOC", 1), ("WHO", "ORG", 1)],
    )
    struck = [_event("ATTACK", ["Israel", "Iran"], "Teheran")]
    stories = _threaded([_war(), _story("S-hospitals", [hospitals], struck, kind="series")])
    assert stories["S-hospitals"].thread == stories["S-war"].thread is not None
    # a listicle of the war's countries reports no happening: a series piece, in no thread
    richest = _article("r1", "5 Orang Terkaya di Israel dan Iran", [("Israel", "LOC", 3), ("Iran", "LOC", 3), ("Teheran", "LOC", 1)])
    stories = _threaded([_war(), _story("S-richest", [richest], struck, kind="series")])
    assert stories["S-richest"].thread is None and stories["S-richest"].thread_why == []


def test_headlines_that_tell_one_local_happening_alike_link_stories_whose_events_share_no_party():
    sale = _article(
        "a1", "Empat Pulau di Anambas Dijual Online Lewat Situs Asing", [("Kabupaten Anambas", "LOC", 3), ("Kepulauan Riau", "LOC", 1)]
    )
    ministry = _article(
        "a2",
        "KKP Jelaskan Kondisi 4 Pulau Kecil Anambas yang Dijual Online",
        [("Kabupaten Anambas", "LOC", 2), ("Kementerian Kelautan dan Perikanan", "ORG", 3)],
    )
    stories = _threaded([_story("S-sale", [sale]), _story("S-kkp", [ministry], day="2025-06-20")])
    assert stories["S-kkp"].thread == stories["S-sale"].thread is not None
    why = stories["S-kkp"].thread_why[0]
    assert why.startswith("Kabupaten Anambas: ") and {"dijual", "online", "pulau"} <= set(why.split(": ")[1].split(", "))
    # one person's two interviews share her name and the words of any headline's frame ("Gak", "soal"), not a happening
    squad = _article("j1", "Girls Squad Gak Kumpul, Jessica Iskandar Bicara soal Perempuan Dewasa", [("Jessica Iskandar", "PER", 3)])
    talk = _article("j2", "Jessica Iskandar Gak Ada Komunikasi dengan Ludwig soal El Barack", [("Jessica Iskandar", "PER", 3)])
    stories = _threaded([_story("S-squad", [squad]), _story("S-talk", [talk])])
    assert stories["S-talk"].thread is None


def test_headline_subject_needs_a_shared_name_no_country_and_shared_words_beyond_a_beats():
    shown = {"kabupaten anambas": "Kabupaten Anambas"}
    words_a = {"pulau": 0.5, "anambas": 0.5, "dijual": 0.5, "online": 0.5}
    words_b = {"pulau": 0.5, "anambas": 0.5, "dijual": 0.5, "kkp": 0.5}
    found = headline_subject((words_a, ["kabupaten anambas"]), (words_b, ["kabupaten anambas"]), shown, (0.4, 0.15), 2)
    assert found == "Kabupaten Anambas: dijual, pulau"
    assert headline_subject((words_a, ["kabupaten anambas"]), (words_b, []), shown, (0.4, 0.15), 2) is None  # no name shared
    assert headline_subject((words_a, ["iran"]), (words_b, ["iran"]), shown, (0.4, 0.15), 2) is None  # a country names no case
    # "HUT" and "Bhayangkara" of two police units' anniversary services: one word besides the beat's
    hut_a, hut_b = {"hut": 0.6, "bhayangkara": 0.6, "religi": 0.5}, {"hut": 0.6, "bhayangkara": 0.6, "dumai": 0.5}
    assert headline_subject((hut_a, ["bakti religi"]), (hut_b, ["bakti religi"]), shown, (0.4, 0.15), 2) is None


def test_the_names_a_headline_gives():
    keys = ["donald trump", "selat hormuz", "kota bandung", "kepolisian daerah jawa barat"]
    # a surname or a strait's own word names the name; "Kota" or "Barat" alone name no city or police
    assert headline_names(["Trump Tekan The Fed, Kapal Tanker Hindari Hormuz"], keys) == ["donald trump", "selat hormuz"]
    assert headline_names(["Kota Tua Ramai, Jawa Barat Siaga Banjir"], keys) == []
    assert headline_names(["Banjir di Kota Bandung"], keys) == ["kota bandung"]


def test_a_profile_keeps_its_headline_names_between_processes():
    story, articles = _story("S-shell", [_article("o1", "Shell Waswas, Selat Hormuz Tambah Rawan", [("Selat Hormuz", "LOC", 2)])])
    df = DocumentFrequencies()
    df.add(["e:selat hormuz"])
    for _ in range(50):
        df.add(["e:indonesia"])
    profile = story_profile(story, articles, df)
    assert profile.headline_names == ["selat hormuz"]
    assert StoryProfile.of_tuple(profile.to_tuple()) == profile
    # a profile sent before headline names were kept reads back with none
    assert StoryProfile.of_tuple(profile.to_tuple()[:11]).headline_names == []
