"""Threads above stories (telisik.stories.threads), and how the document, store, API and pages carry them.

The fixture articles are short Indonesian news texts written for these tests:
Kompas and Tempo report Israel's strike on Natanz (13 June); Detik and CNN
Indonesia report the evacuation of Indonesians from Teheran (16 June), a story
of its own in the same war; Detik reports a flood in Bekasi, in no thread.
The unit tests build stories, their articles' entities and their timelines' events by hand.
"""

from __future__ import annotations

import json
import warnings
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note that its TestClient will move to httpx2
    from fastapi.testclient import TestClient

from telisik.engine.ingest import ingest
from telisik.records.document import AnalysisDocument
from telisik.records.stories import Story, TimelineEntry
from telisik.store import schema
from telisik.store.export import export
from telisik.store.repository import Store
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.threads import (
    StoryProfile,
    ThreadConfig,
    assign_threads,
    distinct_names,
    story_profile,
    thread_id,
    threads_of,
)
from telisik.web.app import create_app

# ---------------------------------------------------------------------------- stories made by hand


def _article(aid: str, title: str, names: list[tuple[str, str, int]]) -> dict:
    return {"id": aid, "title": title, "entities": [{"name": n, "type": t, "mentions": [{"text": n}] * k} for n, t, k in names]}


def _event(kind: str, who: list[str], where: str | None, day: str = "2025-06-13") -> TimelineEntry:
    return TimelineEntry(when=day, type=kind, who=who, where=where, status="occurred", description=kind.lower(), articles=[])


def _story(sid: str, day: str, articles: list[dict], timeline: list[TimelineEntry] | None = None) -> tuple[Story, list[dict]]:
    story = Story(id=sid, title=articles[0]["title"], articles=[a["id"] for a in articles], outlets=["Kompas"], first=day, last=day)
    story.timeline = timeline or []
    return story, articles


def _df(stories: list[tuple[Story, list[dict]]]) -> DocumentFrequencies:
    """Document frequencies as the clusterer would hold them after these articles, plus a day of other news
    in which "Indonesia" and "Jakarta" are everywhere."""
    from telisik.text import fold_name

    df = DocumentFrequencies()
    for _, articles in stories:
        for a in articles:
            df.add(["e:" + fold_name(e["name"]) for e in a["entities"]])
    for _ in range(200):
        df.add(["e:indonesia", "e:jakarta", "e:presiden"])
    return df


# the pairing rules are seen on two or three stories: threads of two count here (the default asks three)
PAIRS = ThreadConfig(min_stories=2)


def _threaded(stories: list[tuple[Story, list[dict]]], config: ThreadConfig | None = PAIRS) -> dict[str, Story]:
    df = _df(stories)
    records = [s for s, _ in stories]
    assign_threads(records, [story_profile(s, arts, df, config) for s, arts in stories], config)
    return {s.id: s for s in records}


STRIKE = [
    _article(
        "a1",
        "Israel Serang Fasilitas Nuklir Iran di Natanz",
        [("Israel", "LOC", 4), ("Iran", "LOC", 5), ("Natanz", "LOC", 2), ("Benjamin Netanyahu", "PER", 2), ("Teheran", "LOC", 1)],
    ),
    _article("a2", "Israel Gempur Natanz", [("Israel", "LOC", 3), ("Iran", "LOC", 3), ("Natanz", "LOC", 2), ("Ali Khamenei", "PER", 1)]),
]
EVACUATION = [
    _article(
        "b1",
        "Kemlu Evakuasi 97 WNI dari Teheran",
        [
            ("Teheran", "LOC", 3),
            ("Iran", "LOC", 2),
            ("Israel", "LOC", 1),
            ("Indonesia", "LOC", 2),
            ("Baku", "LOC", 2),
            ("Judha Nugraha", "PER", 2),
        ],
    ),
]
WEALTH = [_article("c1", "Adu Kekayaan Israel dengan Iran", [("Israel", "LOC", 6), ("Iran", "LOC", 6), ("Teheran", "LOC", 1)])]
FLOOD = [_article("d1", "Banjir Rendam Bekasi", [("Kabupaten Bekasi", "LOC", 3), ("Jawa Barat", "LOC", 1), ("Indonesia", "LOC", 1)])]


# the strike on Teheran, then the evacuation from it: an attack and an evacuation sharing two names
STRIKE_EVENTS = [_event("ATTACK", ["Israel", "Iran"], "Teheran"), _event("DIE", ["Garda Revolusi"], "Natanz")]
EVACUATION_EVENTS = [_event("EVACUATE", ["Judha Nugraha", "Iran"], "Teheran", "2025-06-16")]


def test_stories_of_one_situation_share_a_thread_and_each_says_why():
    stories = _threaded(
        [
            _story("S-strike", "2025-06-13", STRIKE, STRIKE_EVENTS),
            _story("S-evac", "2025-06-16", EVACUATION, EVACUATION_EVENTS),
            # an evergreen piece riding on the war: its names are the war's, no happening of it is
            _story("S-wealth", "2025-06-17", WEALTH),
            _story("S-flood", "2025-06-16", FLOOD, [_event("DISASTER", [], "Kabupaten Bekasi", "2025-06-16")]),
        ]
    )
    war = stories["S-strike"].thread
    assert war == thread_id("S-strike")  # named after its first story
    assert stories["S-evac"].thread == war
    assert stories["S-wealth"].thread is None and stories["S-wealth"].thread_why == []
    assert stories["S-flood"].thread is None and stories["S-flood"].thread_why == []  # a thread of one is none
    # why: the happening that links it first (the thread's attack, by the names the two events share), then the names
    assert stories["S-evac"].thread_why[0] == "ATTACK Teheran, Iran" and "Judha Nugraha" not in stories["S-evac"].thread_why
    assert stories["S-strike"].thread_why[0] == "ATTACK Teheran, Iran"  # the first story: what linked the others to it
    [thread] = threads_of(stories.values())
    assert thread.stories == ["S-strike", "S-evac"]  # by first day
    assert thread.articles == 3 and (thread.first, thread.last) == ("2025-06-13", "2025-06-16")
    assert thread.title.startswith("ATTACK Teheran, Iran") and thread.why["S-evac"] == stories["S-evac"].thread_why


def test_names_alone_make_no_thread_of_one_officials_or_one_clubs_matters():
    """A governor at a demo and at a charity; a club's two signings: the names are shared, each happening is another."""
    demo = _article(
        "m1", "Dedi Mulyadi Temui Pedagang Pasar", [("Dedi Mulyadi", "PER", 3), ("Pemprov Jawa Barat", "ORG", 2), ("Subang", "LOC", 1)]
    )
    charity = _article(
        "m2", "Dedi Mulyadi Bagikan Beras di Bekasi", [("Dedi Mulyadi", "PER", 3), ("Pemprov Jawa Barat", "ORG", 1), ("Bekasi", "LOC", 2)]
    )
    meetings = [
        _story("S-demo", "2025-06-18", [demo], [_event("MEET", ["Dedi Mulyadi", "Pemprov Jawa Barat"], "Subang", "2025-06-18")]),
        _story("S-charity", "2025-06-19", [charity], [_event("SUPPLY", ["Dedi Mulyadi", "Pemprov Jawa Barat"], "Bekasi", "2025-06-19")]),
    ]
    assert _threaded(meetings)["S-charity"].thread is None  # two everyday events sharing the official and his office
    signing_a = _article(
        "n1", "MU Rekrut Cunha", [("Manchester United", "ORG", 3), ("Ruben Amorim", "PER", 2), ("Matheus Cunha", "PER", 2)]
    )
    signing_b = _article("n2", "MU Incar Mbeumo", [("Manchester United", "ORG", 3), ("Ruben Amorim", "PER", 2), ("Bryan Mbeumo", "PER", 2)])
    window = [
        _story("S-cunha", "2025-06-18", [signing_a], [_event("AGREE", ["Manchester United", "Matheus Cunha"], None)]),
        _story("S-mbeumo", "2025-06-19", [signing_b], [_event("AGREE", ["Manchester United", "Bryan Mbeumo"], None)]),
    ]
    assert _threaded(window)["S-mbeumo"].thread is None
    # the same two parties' talks at one venue are one situation (a state visit, then the deals signed there)
    talks = _article(
        "p1", "Prabowo Bertemu Putin", [("Prabowo Subianto", "PER", 3), ("Vladimir Putin", "PER", 3), ("Istana Konstantinovsky", "LOC", 1)]
    )
    oil = _article(
        "p2",
        "Putin Pastikan Rosneft Garap Kilang Tuban",
        [("Vladimir Putin", "PER", 2), ("Prabowo Subianto", "PER", 1), ("Rosneft", "ORG", 3)],
    )
    venue = "Istana Konstantinovsky"
    visit = [
        _story("S-cunha", "2025-06-19", [talks], [_event("MEET", ["Prabowo Subianto", "Vladimir Putin"], venue, "2025-06-19")]),
        _story("S-mbeumo", "2025-06-20", [oil], [_event("MEET", ["Prabowo Subianto"], venue, "2025-06-19")]),
    ]
    assert _threaded(visit)["S-mbeumo"].thread is not None


ERUPTION = [
    _article(
        "v1",
        "Erupsi Gunung Lewotobi, Bandara Labuan Bajo Ditutup",
        [("Gunung Lewotobi", "LOC", 3), ("Labuan Bajo", "LOC", 2), ("Nusa Tenggara Timur", "LOC", 1), ("Wings Air", "ORG", 2)],
    )
]
ASH = [
    _article(
        "v2",
        "Letusan Gunung Lewotobi Laki-laki Kembali Terjadi, Status Awas",
        [("Gunung Lewotobi Laki-laki", "LOC", 3), ("Nusa Tenggara Timur", "LOC", 1), ("Badan Geologi", "ORG", 2)],
    )
]


def test_a_situation_both_headlines_name_links_their_stories():
    stories = _threaded([_story("S-flights", "2025-06-18", ERUPTION), _story("S-ash", "2025-06-19", ASH)])
    assert stories["S-ash"].thread == stories["S-flights"].thread is not None  # "Gunung Lewotobi" in "Gunung Lewotobi Laki-laki"
    assert stories["S-ash"].thread_why[0] == "Erupsi Gunung Lewotobi"
    # a war is named by its two parties: "Serangan Israel" on Gaza is not "Konflik Iran-Israel"
    iran = _article("w1", "Konflik Iran-Israel Memanas", [("Iran", "PER", 3), ("Israel", "PER", 3), ("Teheran", "LOC", 1)])
    gaza = _article("w2", "Serangan Israel Tewaskan 40 Warga Gaza", [("Israel", "PER", 3), ("Gaza", "LOC", 3), ("Iran", "PER", 1)])
    war = _article("w3", "Perang Israel dan Iran Masuki Hari Kelima", [("Iran", "PER", 2), ("Israel", "PER", 2), ("Teheran", "LOC", 1)])
    stories = _threaded(
        [_story("S-iran", "2025-06-17", [iran]), _story("S-gaza", "2025-06-18", [gaza]), _story("S-war", "2025-06-18", [war])]
    )
    assert stories["S-gaza"].thread is None and stories["S-war"].thread == stories["S-iran"].thread is not None
    assert stories["S-war"].thread_why[0] == "Konflik Iran, Israel"
    # a headline that names one party of a war: the other is the place its story names most
    envoy = _article(
        "u1", "Dubes Thailand Kecam Serangan Kamboja", [("Thailand", "LOC", 4), ("Kamboja", "LOC", 3), ("Preah Vihear", "LOC", 1)]
    )
    premier = _article(
        "u2", "Hun Manet Tolak Perang Melawan Thailand", [("Kamboja", "LOC", 3), ("Thailand", "LOC", 3), ("Hun Manet", "PER", 2)]
    )
    stories = _threaded([_story("S-envoy", "2025-06-10", [envoy]), _story("S-premier", "2025-06-10", [premier])])
    assert stories["S-premier"].thread == stories["S-envoy"].thread is not None
    assert stories["S-premier"].thread_why[0] == "Serangan Kamboja, Thailand"
    # a standing war's two parties (``thread_backdrop_names.txt``) name no one situation: an embassy's words on the
    # invasion and a senator's on the president are two matters of a war in its fourth year (round 32)
    envoy = _article("u3", "Dubes Ukraina Kecam Invasi Rusia", [("Ukraina", "LOC", 4), ("Rusia", "LOC", 3), ("Moskow", "LOC", 1)])
    senator = _article("u4", "Zelensky Kalah Perang Melawan Rusia", [("Ukraina", "LOC", 3), ("Rusia", "LOC", 3), ("Zelensky", "PER", 2)])
    stories = _threaded([_story("S-envoy", "2025-06-10", [envoy]), _story("S-senator", "2025-06-10", [senator])])
    assert stories["S-senator"].thread is None


def test_an_event_a_long_story_tells_a_few_times_only_links_nothing():
    """A long story of the war on Iran tells of the strikes on Gaza too, now and then: Gaza's stories are another war's."""
    iran_war = [
        _article(f"y{i}", "Israel Gempur Teheran", [("Israel", "LOC", 3), ("Iran", "LOC", 3), ("Gaza", "LOC", 1)]) for i in range(8)
    ]
    told = [_event("ATTACK", ["Israel", "Iran"], "Teheran", "2025-06-18")] * 8 + [
        _event("ATTACK", ["Israel", "Gaza"], "Gaza", "2025-06-18")
    ]
    gaza = _article("y9", "Israel Gempur Rafah", [("Israel", "LOC", 3), ("Gaza", "LOC", 3), ("Rafah", "LOC", 2)])
    struck = [_event("ATTACK", ["Israel", "Gaza"], "Rafah", "2025-06-19")]
    stories = _threaded([_story("S-iran", "2025-06-18", iran_war, told), _story("S-gaza", "2025-06-19", [gaza], struck)])
    assert stories["S-gaza"].thread is None
    # told as often as a quarter of the war's own, at the city struck (the war's parties alone link nothing: round 32)
    told[-1:] = [_event("ATTACK", ["Israel", "Gaza"], "Rafah", "2025-06-18")] * 3
    stories = _threaded([_story("S-iran", "2025-06-18", iran_war, told), _story("S-gaza", "2025-06-19", [gaza], struck)])
    assert stories["S-gaza"].thread == stories["S-iran"].thread is not None


def test_a_happening_a_story_tells_as_a_backdrop_links_nothing():
    """A tourist drowned near the airport the eruption closed: its articles tell of the eruption, its headline of a drowning."""
    eruption = [_event("DISASTER", [], "Gunung Lewotobi", "2025-06-18"), _event("CLOSE", ["Wings Air", "Labuan Bajo"], None, "2025-06-18")]
    drowning = _article(
        "x1",
        "Wisatawan Tewas Tenggelam di Labuan Bajo",
        [("Labuan Bajo", "LOC", 3), ("Gunung Lewotobi", "LOC", 1), ("Wings Air", "ORG", 1)],
    )
    told = [_event("DISASTER", [], "Gunung Lewotobi", "2025-06-18"), _event("DIE", ["Qiu Yan"], "Labuan Bajo", "2025-06-18")]
    flights = _article(
        "x0", "Penerbangan ke Labuan Bajo Dibatalkan", [("Gunung Lewotobi", "LOC", 3), ("Labuan Bajo", "LOC", 2), ("Wings Air", "ORG", 2)]
    )
    stories = _threaded([_story("S-flights", "2025-06-18", [flights], eruption), _story("S-drown", "2025-06-19", [drowning], told)])
    assert stories["S-drown"].thread is None
    # a headline that reports no kind of happening, and names the eruption's place
    drowning["title"] = "Wisatawan Terjebak Abu Gunung Lewotobi di Labuan Bajo"
    stories = _threaded([_story("S-flights", "2025-06-18", [flights], eruption), _story("S-drown", "2025-06-19", [drowning], told)])
    assert stories["S-drown"].thread == stories["S-flights"].thread is not None
    assert stories["S-drown"].thread_why[0] == "DISASTER Gunung Lewotobi"
    # one that names none of it tells it as a backdrop too (as the articles of the Fed's rate decision tell the war)
    drowning["title"] = "Pemkab Manggarai Barat Promosikan Wisata Labuan Bajo"
    stories = _threaded([_story("S-flights", "2025-06-18", [flights], eruption), _story("S-drown", "2025-06-19", [drowning], told)])
    assert stories["S-drown"].thread is None


def test_a_routine_report_or_a_listicle_series_is_in_no_thread():
    # (a routine report whose headline names the war is its effect: ``test_threads_round32``)
    gold = _article("k1", "Harga Emas Hari Ini Naik Rp 10.000 per Gram", [("Israel", "LOC", 2), ("Iran", "LOC", 2), ("Teheran", "LOC", 1)])
    report = _story("S-gold", "2025-06-16", [gold])
    report[0].kind = "routine"
    report[0].timeline = [_event("ATTACK", ["Israel", "Iran"], "Teheran", "2025-06-16")]
    strike, evacuation = (
        _story("S-strike", "2025-06-13", STRIKE, STRIKE_EVENTS),
        _story("S-evac", "2025-06-16", EVACUATION, EVACUATION_EVENTS),
    )
    stories = _threaded([strike, report, evacuation])
    assert stories["S-gold"].thread is None and stories["S-evac"].thread == stories["S-strike"].thread is not None


def test_everyday_names_alone_never_make_a_thread():
    tax = _article(
        "e1",
        "Diskon Pajak Hotel di Jakarta",
        [("Jakarta", "LOC", 3), ("Indonesia", "LOC", 2), ("Presiden", "PER", 1), ("Pemprov DKI Jakarta", "ORG", 2)],
    )
    bus = _article(
        "e2",
        "Transjakarta Tambah Rute",
        [("Jakarta", "LOC", 4), ("Indonesia", "LOC", 1), ("Presiden", "PER", 1), ("Pemprov DKI Jakarta", "ORG", 1)],
    )
    stories = _threaded([_story("S-tax", "2025-06-18", [tax]), _story("S-bus", "2025-06-18", [bus])])
    assert stories["S-tax"].thread is None and stories["S-bus"].thread is None


def test_one_shared_salient_name_is_not_enough_nor_one_name_written_two_ways():
    match = _article("f1", "Timnas Iran Kalahkan Korea Utara", [("Iran", "LOC", 3), ("Korea Utara", "LOC", 2), ("Seoul", "LOC", 1)])
    stories = _threaded([_story("S-strike", "2025-06-13", STRIKE, STRIKE_EVENTS), _story("S-match", "2025-06-13", [match])])
    assert stories["S-match"].thread is None  # "Iran" alone
    governor_a = _article("g1", "Pramono Tinjau Banjir Rob", [("Pramono Anung", "PER", 3), ("Muara Angke", "LOC", 2)])
    governor_b = _article(
        "g2",
        "Pramono Anung Wibowo Resmikan Taman",
        [("Pramono Anung Wibowo", "PER", 3), ("Pramono Anung", "PER", 1), ("Lapangan Banteng", "LOC", 2)],
    )
    stories = _threaded([_story("S-rob", "2025-06-18", [governor_a]), _story("S-park", "2025-06-18", [governor_b])])
    assert stories["S-park"].thread is None  # "Pramono Anung" in "Pramono Anung Wibowo": one name, not two
    assert distinct_names(["pramono anung", "pramono anung wibowo", "muara angke"]) == ["pramono anung wibowo", "muara angke"]


def test_two_shared_places_alone_are_where_things_happen_not_a_situation():
    fair = _article(
        "h1", "Disnaker Cimahi Gelar Bursa Kerja", [("Kota Cimahi", "LOC", 3), ("Bandung", "LOC", 1), ("Disnaker Cimahi", "ORG", 2)]
    )
    test = _article(
        "h2", "DLH Kota Cimahi Gelar Uji Emisi", [("Kota Cimahi", "LOC", 2), ("Bandung", "LOC", 1), ("DLH Kota Cimahi", "ORG", 2)]
    )
    stories = _threaded([_story("S-fair", "2025-06-18", [fair]), _story("S-test", "2025-06-18", [test])])
    assert stories["S-test"].thread is None
    # nor do they with the mayor who opened both: one official's two matters
    fair["entities"].append({"name": "Ngatiyana", "type": "PER", "mentions": [{"text": "Ngatiyana"}] * 2})
    test["entities"].append({"name": "Ngatiyana", "type": "PER", "mentions": [{"text": "Ngatiyana"}] * 2})
    stories = _threaded([_story("S-fair", "2025-06-18", [fair]), _story("S-test", "2025-06-18", [test])])
    assert stories["S-test"].thread is None
    # two events of one happening there are: a fire in the city, then its dead
    fire = [_event("DISASTER", ["Ngatiyana"], "Kota Cimahi", "2025-06-18")]
    dead = [_event("DIE", ["Ngatiyana"], "Kota Cimahi", "2025-06-18")]
    stories = _threaded([_story("S-fair", "2025-06-18", [fair], fire), _story("S-test", "2025-06-18", [test], dead)])
    assert stories["S-test"].thread == stories["S-fair"].thread is not None


def test_a_thread_closes_once_its_window_has_passed():
    later = (date(2025, 6, 13) + timedelta(days=40)).isoformat()
    pair = [_story("S-strike", "2025-06-13", STRIKE, STRIKE_EVENTS), _story("S-evac", later, EVACUATION, EVACUATION_EVENTS)]
    assert _threaded(pair)["S-evac"].thread is None
    stories = _threaded(pair, ThreadConfig(window_days=60, min_stories=2))
    assert stories["S-evac"].thread == stories["S-strike"].thread is not None


def test_a_timelines_participants_and_places_count_in_the_profile():
    event = TimelineEntry(
        when="2025-06-16", type="EVACUATE", who=["Judha Nugraha"], where="Baku", status="occurred", description="evakuasi", articles=["b1"]
    )
    story, articles = _story("S-evac", "2025-06-16", [_article("b9", "Evakuasi WNI", [("Teheran", "LOC", 1)])], [event])
    profile = story_profile(story, articles, _df([(story, articles)]))
    assert {"baku", "judha nugraha", "teheran"} <= set(profile.names)
    assert profile.shown["baku"] == "Baku"
    assert StoryProfile.of_tuple(json.loads(json.dumps(profile.to_tuple()))) == profile  # sent between processes as plain data


# ---------------------------------------------------------------------------- the run, the store, the API and the pages

ARTICLES = [
    {
        "id": "kompas-serangan-1",
        "outlet": "Kompas",
        "published": "2025-06-13",
        "url": "https://www.kompas.com/global/read/2025/06/13/israel-serang-natanz",
        "title": "Israel Serang Fasilitas Nuklir Iran di Natanz",
        "text": "TEHERAN, KOMPAS.com - Israel menyerang fasilitas nuklir Iran di Natanz pada Jumat (13/6/2025) dini hari. "
        "Serangan udara itu menewaskan sejumlah komandan Garda Revolusi Iran.\n\n"
        "Perdana Menteri Israel Benjamin Netanyahu mengatakan operasi itu akan berlangsung selama diperlukan. "
        "Pemimpin Tertinggi Iran Ali Khamenei berjanji membalas serangan tersebut.\n\n"
        "Ledakan terdengar di Teheran dan Natanz sepanjang malam, menurut warga.",
    },
    {
        "id": "tempo-serangan-2",
        "outlet": "Tempo",
        "published": "2025-06-13",
        "url": "https://www.tempo.co/internasional/israel-gempur-natanz",
        "title": "Israel Gempur Natanz, Komandan Garda Revolusi Iran Tewas",
        "text": "Israel menggempur fasilitas nuklir Iran di Natanz pada Jumat, 13 Juni 2025. Sejumlah komandan Garda Revolusi Iran tewas dalam serangan itu.\n\n"
        "Benjamin Netanyahu menyebut serangan itu sebagai awal operasi panjang. Ali Khamenei mengatakan Israel akan menerima hukuman berat.\n\n"
        "Warga Teheran melaporkan ledakan di beberapa titik kota.",
    },
    {
        "id": "detik-evakuasi-3",
        "outlet": "Detik",
        "published": "2025-06-16",
        "url": "https://news.detik.com/berita/d-1/wni-dievakuasi-dari-teheran",
        "title": "Kemlu Evakuasi 97 WNI dari Teheran Lewat Azerbaijan",
        "text": "Kementerian Luar Negeri mengevakuasi 97 warga negara Indonesia dari Teheran, Iran, melalui jalur darat ke Baku, Azerbaijan, "
        "pada Senin (16/6/2025).\n\nDirektur Pelindungan WNI Judha Nugraha mengatakan evakuasi dilakukan karena serangan Israel ke Iran "
        'terus meningkat. Para WNI diberangkatkan dari KBRI Teheran dengan bus.\n\n"Seluruh WNI dalam kondisi sehat," kata Judha Nugraha.',
    },
    {
        "id": "cnn-evakuasi-4",
        "outlet": "CNN Indonesia",
        "published": "2025-06-16",
        "url": "https://www.cnnindonesia.com/internasional/wni-teheran-baku",
        "title": "97 WNI di Iran Dievakuasi ke Baku",
        "text": "Sebanyak 97 WNI di Iran dievakuasi dari Teheran menuju Baku, Azerbaijan, Senin (16/6/2025), di tengah perang Israel dan Iran.\n\n"
        "Judha Nugraha dari Kementerian Luar Negeri menyebut rombongan berangkat dari KBRI Teheran. "
        "Mereka akan dipulangkan ke Jakarta setelah tiba di Baku.\n\nSerangan Israel ke Teheran masih berlanjut hingga Senin.",
    },
    {
        "id": "tempo-minyak-6",
        "outlet": "Tempo",
        "published": "2025-06-17",
        "url": "https://bisnis.tempo.co/read/1/harga-minyak-perang-israel-iran",
        "title": "Perang Israel dan Iran Bikin Harga Minyak Dunia Melonjak",
        "text": "Harga minyak mentah Brent naik 4 persen menjadi 78 dolar AS per barel di bursa berjangka London pada Selasa (17/6/2025). "
        "Pedagang khawatir pasokan dari Teluk terganggu oleh perang Israel dan Iran setelah rudal kembali jatuh di Teheran.\n\nAnalis Bank Mandiri Andry Asmoro mengatakan "
        "harga bensin dan avtur di Asia ikut naik, dan rupiah melemah ke Rp 16.400 per dolar AS.\n\n"
        '"Pasar minyak sangat sensitif terhadap risiko di Selat Hormuz," kata Andry Asmoro.',
    },
    {
        "id": "detik-banjir-5",
        "outlet": "Detik",
        "published": "2025-06-16",
        "url": "https://news.detik.com/berita/d-2/banjir-bekasi",
        "title": "Banjir Rendam Tiga Kecamatan di Bekasi",
        "text": "Banjir merendam tiga kecamatan di Kabupaten Bekasi, Jawa Barat, pada Senin (16/6/2025) setelah hujan deras semalaman.\n\n"
        "Kepala BPBD Kabupaten Bekasi Muhammad Said mengatakan 1.200 warga mengungsi ke balai desa.\n\n"
        '"Air mulai surut sore ini," kata Muhammad Said.',
    },
]


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    path = tmp_path_factory.mktemp("threads") / "articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def document(source, analyzer):
    return analyzer.analyze([str(source)])


@pytest.fixture(scope="module")
def store(tmp_path_factory, source, analyzer):
    store = Store(str(tmp_path_factory.mktemp("threads-store") / "t.db"))
    assert ingest(store, [str(source)], analyzer).added == len(ARTICLES)
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store)) as c:
        yield c


def _story_of(document: dict, article: str) -> dict:
    return next(s for s in document["stories"] if article in s["articles"])


def _war(document: dict) -> list[str]:
    """The war's stories, by first day: the strike, the evacuation (which the clustering may tell with the strike) and the oil price."""
    return list(dict.fromkeys(_story_of(document, a)["id"] for a in ("kompas-serangan-1", "detik-evakuasi-3", "tempo-minyak-6")))


def test_the_document_lists_threads_and_each_story_names_its_thread(document):
    strike, evacuation, oil, flood = (
        _story_of(document, a) for a in ("kompas-serangan-1", "detik-evakuasi-3", "tempo-minyak-6", "detik-banjir-5")
    )
    assert oil["id"] not in (strike["id"], evacuation["id"])  # the price is a happening of its own ...
    assert strike["thread"] == evacuation["thread"] == oil["thread"] is not None  # ... in the war's situation
    assert "thread" not in flood and "thread_why" not in flood
    [thread] = document["threads"]
    assert thread["id"] == strike["thread"] and thread["stories"] == _war(document)
    # linked by the strikes its articles tell of, between the two parties
    assert {"Israel", "Iran"} <= set(thread["why"][oil["id"]][0].replace(",", " ").split()) and "Israel" in thread["title"]
    assert AnalysisDocument.from_dict(document).to_dict()["threads"] == document["threads"]  # in the shape the schema says


def test_the_store_keeps_threads_and_gives_them_back(store, document, tmp_path):
    threads, total = store.threads()
    assert total == 1 and [t["stories"] for t in threads] == [t["stories"] for t in document["threads"]]
    thread = store.thread(threads[0]["id"])
    assert [r["id"] for r in thread["story_rows"]] == thread["stories"] and all(r["thread"] == thread["id"] for r in thread["story_rows"])
    assert store.thread("T000000000000") is None
    assert store.document()["threads"] == threads
    rows, n = store.stories(thread=thread["id"], sort="size")
    assert n == len(_war(document)) and {r["id"] for r in rows} == set(thread["stories"])
    written = export(store, "jsonl", str(tmp_path / "out"))
    assert any(p.endswith("threads.jsonl") for p in written)
    assert [json.loads(line)["id"] for line in (tmp_path / "out" / "threads.jsonl").read_text().splitlines()] == [thread["id"]]


def test_sorting_and_filtering_stories_by_size_outlets_and_kind(store, document):
    by_size, _ = store.stories(sort="size")
    assert [r["size"] for r in by_size] == sorted((r["size"] for r in by_size), reverse=True)
    two, n = store.stories(min_outlets=2)
    assert n == sum(len(s["outlets"]) >= 2 for s in document["stories"]) >= 1 and all(len(r["outlets"]) >= 2 for r in two)
    recent, _ = store.stories()
    assert [r["last"] for r in recent] == sorted((r["last"] for r in recent), reverse=True)
    flood = next(r["id"] for r in recent if r["title"].startswith("Banjir"))
    with store.engine.begin() as conn:  # the story stage marks a listicle series so; here it is set by hand
        conn.execute(sa.update(schema.stories).where(schema.stories.c.id == flood).values(kind="series"))
    try:
        assert flood not in {r["id"] for r in store.stories()[0]}  # out of the default list
        assert [r["id"] for r in store.stories(kind="series")[0]] == [flood]
        assert flood in {r["id"] for r in store.stories(kind="all")[0]} and store.stories(kind="all")[1] == len(document["stories"])
        with pytest.raises(ValueError, match="unknown story order"):
            store.stories(sort="alphabet")
    finally:
        with store.engine.begin() as conn:
            conn.execute(sa.update(schema.stories).where(schema.stories.c.id == flood).values(kind=None))


def test_the_api_answers_threads_and_sorted_filtered_stories(client, store, document):
    war = len(_war(document))
    listed = client.get("/api/threads").json()
    assert listed["total"] == 1
    tid = listed["items"][0]["id"]
    one = client.get(f"/api/threads/{tid}").json()
    assert one["stories"] == listed["items"][0]["stories"] and len(one["story_rows"]) == war and one["why"]
    assert client.get("/api/threads/T000000000000").status_code == 404
    story = client.get(f"/api/stories/{one['stories'][1]}").json()
    assert story["thread"] == tid and story["thread_why"]
    items = client.get("/api/stories", params={"sort": "outlets", "min_outlets": 2}).json()["items"]
    assert len(items) == sum(len(s["outlets"]) >= 2 for s in document["stories"]) and all(i["thread"] == tid for i in items)
    assert client.get("/api/stories", params={"thread": tid}).json()["total"] == war
    assert client.get("/api/stories", params={"kind": "all"}).json()["total"] == len(document["stories"])
    for bad in ({"sort": "alphabet"}, {"min_outlets": 0}, {"kind": "listicle"}):
        assert client.get("/api/stories", params=bad).status_code == 422


def test_the_pages_show_threads_with_why_and_a_story_shows_its_thread(client, store):
    [thread], _ = store.threads()
    page = client.get("/threads").text
    assert f'href="/threads/{thread["id"]}"' in page and thread["title"] in page
    page = client.get(f"/threads/{thread['id']}").text
    assert "Why it is here: " in page and page.count('href="/stories/') == len(thread["stories"])
    page = client.get(f"/stories/{thread['stories'][0]}").text
    assert "Part of the thread" in page and f'href="/threads/{thread["id"]}"' in page
    page = client.get("/", params={"sort": "size", "min_outlets": "2"}).text
    assert "most articles first" in page and "Banjir" not in page
    assert client.get("/threads/T000000000000").status_code == 404


def test_a_store_made_before_threads_gets_them_from_its_stories(tmp_path, source, analyzer):
    from alembic import command
    from alembic.config import Config

    import telisik.store

    db = str(tmp_path / "old.db")
    with Store(db) as store:
        ingest(store, [str(source)], analyzer)
        before = store.threads()
        config = Config()
        config.set_main_option("script_location", str(Path(telisik.store.__file__).with_name("migrations")))
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0002")
            assert "thread" not in {c["name"] for c in sa.inspect(conn).get_columns("stories")}
    with Store(db) as store:  # migrated again: the columns are filled from the stored stories
        assert store.threads() == before
        assert {r["id"] for r in store.stories(thread=before[0][0]["id"])[0]} == set(before[0][0]["stories"])


def test_the_report_shows_threads_and_each_storys_thread(document):
    from telisik.output.render import render_report

    html = render_report(document)
    [thread] = document["threads"]
    assert f'id="t-{thread["id"]}"' in html and html.count(f'href="#t-{thread["id"]}"') == len(thread["stories"])
    assert thread["why"][thread["stories"][-1]][0] in html  # the happening that links the story


def test_the_dask_engine_gives_the_same_threads_whole_streamed_and_in_parts(source, document, tmp_path):
    distributed = pytest.importorskip("distributed")
    from telisik.engine import batch

    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    try:
        with distributed.Client(cluster) as client:
            batch.run([str(source)], tmp_path / "whole", client)
            batch.run([str(source)], tmp_path / "streamed", client, html_limit=1)
            batch.run([str(source)], tmp_path / "parts", client, parts=True, chunk=2, min_chunk=1)
    finally:
        cluster.close()
    for out in ("whole", "streamed"):
        made = json.loads((tmp_path / out / "analysis.json").read_text(encoding="utf-8"))
        assert made["threads"] == document["threads"]
        assert [(s["id"], s.get("thread"), s.get("thread_why")) for s in made["stories"]] == [
            (s["id"], s.get("thread"), s.get("thread_why")) for s in document["stories"]
        ]
    lines = (tmp_path / "parts" / "parts" / "threads.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == document["threads"]
