"""The story stage: clustering, near-duplicates, timelines, conflicts, summaries.

The articles are short Indonesian news texts written for these tests.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from telisik.records.stories import Conflict, EventSource, Story, SummarySentence, TimelineEntry
from telisik.stories.cluster import ClusterConfig, ClusterInput, StoryClusterer, cluster_articles
from telisik.stories.describe import (
    Mention,
    build_stories,
    cluster_record,
    counted_facts,
    figures_and_conflicts,
    group_events,
    interval,
    same_name,
    story_events,
    summarise,
    timeline_and_conflicts,
    weekday_conflicts,
)
from telisik.stories.similarity import DocumentFrequencies

BANJIR_A = (
    "Banjir bandang melanda Kecamatan Muara Teluk, Kabupaten Lembah Hijau, pada Senin (4/3/2024) dini hari. "
    "Sebanyak 3.412 warga mengungsi ke balai desa dan masjid setelah Sungai Cikarang meluap. "
    "Kepala BPBD Lembah Hijau, Suryani, mengatakan 12 desa terendam dengan ketinggian air mencapai dua meter. "
    "Petugas gabungan mendirikan dapur umum dan posko kesehatan di lokasi pengungsian."
)
BANJIR_B = (
    "Ribuan warga Muara Teluk di Lembah Hijau mengungsi akibat banjir bandang yang merendam 12 desa sejak Senin. "
    "BPBD Lembah Hijau mencatat 3.100 warga mengungsi, sementara dua orang dilaporkan hilang terseret arus Sungai Cikarang. "
    "Suryani dari BPBD meminta warga di bantaran sungai tetap waspada karena hujan deras diperkirakan berlanjut."
)
SEPAK_BOLA = (
    "Persib Bandung menang 2-1 atas Persebaya Surabaya dalam lanjutan Liga 1 di Stadion Gelora Bandung Lautan Api. "
    "Gol kemenangan Persib dicetak David da Silva pada menit ke-88 lewat sundulan kepala. "
    "Pelatih Persib Bojan Hodak memuji mental pemainnya yang terus menekan hingga akhir laga."
)
INFLASI = (
    "Badan Pusat Statistik mencatat inflasi tahunan Juli 2024 sebesar 2,13 persen, turun dari bulan sebelumnya. "
    "Deputi BPS Amalia Adininggar mengatakan harga cabai merah dan bawang merah turun tajam. "
    "Bank Indonesia menilai inflasi tetap terkendali dalam sasaran 2,5 plus minus satu persen."
)


def record(id_: str, title: str, body: str, published: str | None, entities: list[str] = ()) -> dict:
    return {
        "id": id_,
        "title": title,
        "body": body,
        "published": published,
        "entities": [{"name": n, "type": "LOC" if n in ("Muara Teluk", "Lembah Hijau") else "ORG"} for n in entities],
    }


def test_same_event_from_two_outlets_is_one_story_and_other_news_is_not():
    records = [
        record("a", "Banjir Bandang Rendam 12 Desa di Muara Teluk, 3.412 Warga Mengungsi", BANJIR_A, "2024-03-04",
               ["Muara Teluk", "Lembah Hijau", "BPBD Lembah Hijau"]),
        record("b", "Ribuan Warga Muara Teluk Mengungsi, Dua Orang Hilang Terseret Banjir", BANJIR_B, "2024-03-05",
               ["Muara Teluk", "Lembah Hijau", "BPBD Lembah Hijau"]),
        record("c", "Persib Tekuk Persebaya 2-1 Lewat Gol Menit Akhir", SEPAK_BOLA, "2024-03-05", ["Persib Bandung", "Persebaya Surabaya"]),
        record("d", "Inflasi Juli 2024 Turun ke 2,13 Persen", INFLASI, "2024-03-05", ["Badan Pusat Statistik", "Bank Indonesia"]),
    ]
    stories = cluster_articles(records)
    assert stories["a"] == stories["b"]
    assert len({stories["a"], stories["c"], stories["d"]}) == 3


def test_the_same_topic_months_apart_is_two_stories():
    records = [
        record("a", "Banjir Bandang Rendam 12 Desa di Muara Teluk", BANJIR_A, "2024-03-04", ["Muara Teluk", "Lembah Hijau"]),
        record("b", "Ribuan Warga Muara Teluk Mengungsi Akibat Banjir", BANJIR_B, "2024-07-20", ["Muara Teluk", "Lembah Hijau"]),
    ]
    stories = cluster_articles(records)
    assert stories["a"] != stories["b"]


def test_story_ids_are_stable_and_named_after_the_first_article():
    records = [
        record("b", "Ribuan Warga Muara Teluk Mengungsi", BANJIR_B, "2024-03-05", ["Muara Teluk"]),
        record("a", "Banjir Bandang Rendam 12 Desa di Muara Teluk", BANJIR_A, "2024-03-04", ["Muara Teluk"]),
    ]
    first = cluster_articles(records)
    again = cluster_articles(list(reversed(records)))
    assert first == again  # taken in date order whatever the input order


def test_a_syndicated_copy_is_a_near_duplicate_in_the_same_story():
    copy = BANJIR_A.replace("Senin (4/3/2024) dini hari", "Senin dini hari") + " Baca juga: Harga Cabai Naik."
    clusterer = StoryClusterer()
    s1 = clusterer.add(record("a", "Banjir Bandang Rendam 12 Desa di Muara Teluk", BANJIR_A, "2024-03-04"))
    s2 = clusterer.add(record("b", "Banjir di Muara Teluk, Ribuan Mengungsi", copy, "2024-03-04"))
    s3 = clusterer.add(record("c", "Persib Tekuk Persebaya", SEPAK_BOLA, "2024-03-04"))
    assert s1 == s2 != s3
    original, similarity = clusterer.duplicate_of["b"]
    assert original == "a" and similarity >= 0.6
    assert "c" not in clusterer.duplicate_of


def test_closed_stories_leave_the_index_so_it_stays_small():
    clusterer = StoryClusterer(ClusterConfig(window_days=3))
    bodies = [BANJIR_A, SEPAK_BOLA, INFLASI]
    for i in range(30):
        day = date(2024, 1, 1).toordinal() + i * 5  # a new story every five days
        clusterer.add(record(f"x{i}", f"Berita {i}", bodies[i % 3] + f" Nomor {i}.", date.fromordinal(day).isoformat()))
    assert len(clusterer.stories) == 30
    assert len(clusterer.open) <= 1
    assert len(clusterer.signatures) <= 1


def test_undated_articles_are_clustered_last_without_failing():
    records = [
        record("a", "Banjir Bandang Rendam 12 Desa di Muara Teluk", BANJIR_A, "2024-03-04", ["Muara Teluk", "Lembah Hijau"]),
        record("u", "Ribuan Warga Muara Teluk Mengungsi", BANJIR_B, None, ["Muara Teluk", "Lembah Hijau"]),
    ]
    stories = cluster_articles(records)
    assert stories["a"] == stories["u"]


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2023-09-11", "2023-09-11", "2023-09-11"),
        ("2023-09-11T19", "2023-09-11", "2023-09-11"),
        ("2023-09", "2023-09-01", "2023-09-30"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023", "2023-01-01", "2023-12-31"),
        ("2023-W35", "2023-08-28", "2023-09-03"),
        ("2023-09-10/2023-09-13", "2023-09-10", "2023-09-13"),
    ],
)
def test_interval_of_timex_values(value, first, last):
    assert interval(value) == (date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize("value", [None, "P4Y", "PAST_REF", "2023-13", "XXXX-WXX-1"])
def test_values_that_are_not_dates_have_no_interval(value):
    assert interval(value) is None


def test_same_name():
    assert same_name("Putin", "Vladimir Putin")
    assert same_name("Kim Jong-un", "Kim Jong Un")
    assert not same_name("Kim Jong Un", "Kim Yo Jong")


def ev(kind: str, who: list[str], when: str | None = None, where: str | None = None, status: str = "occurred") -> dict:
    return {"type": kind, "who": who, "when": when, "where": where, "status": status, "trigger": "x", "sentence": "x"}


def test_reports_of_one_summit_merge_and_their_dates_conflict():
    articles = [
        {"id": "a", "published": "2023-09-05", "events": [ev("MEET", ["Kim Jong Un", "Vladimir Putin"], None, "Vladivostok", "planned")]},
        {"id": "b", "published": "2023-09-13", "events": [ev("MEET", ["Kim", "Putin"], "2023-09-12", None)]},
        {"id": "c", "published": "2023-09-14", "events": [
            ev("MEET", ["Putin", "Kim Jong Un"], "2023-09-13", "Vostochny"),
            ev("MEET", ["Kim Jong Un", "Vladimir Putin"], "2019", "Vladivostok"),  # the first summit: another event
        ]},
    ]
    events = story_events(articles, {"a": 0, "b": 1, "c": 2})
    timeline, conflicts = events.timeline, events.conflicts
    # the first summit, four years before the story's first article, is its history
    assert [t.when for t in events.background] == ["2019"] and all(t.when.startswith("2023") for t in timeline)
    summit = [t for t in timeline if t.when.startswith("2023")]
    assert len(summit) == 1 and set(summit[0].articles) == {"a", "b", "c"}
    assert summit[0].who[:2] == ["Kim Jong Un", "Vladimir Putin"]
    date_conflicts = [c for c in conflicts if c.kind == "date"]
    assert [c.to_dict() for c in date_conflicts] == [{"about": "date of MEET Kim Jong Un / Vladimir Putin", "kind": "date",
                               "values": {"2023-09-12": ["b"], "2023-09-13": ["c"]},
                               "evidence": {"2023-09-12": [{"article": "b", "sentence": "x"}],
                                            "2023-09-13": [{"article": "c", "sentence": "x"}]}}]
    place = [c for c in conflicts if c.kind == "place"]
    assert place and set(place[0].values) == {"Vladivostok", "Vostochny"}


def test_a_plan_is_no_happening_of_the_timeline():
    # every report tells the summit as to come ("akan bertemu"): a plan, not yet a happening; the summit reported as held
    # two weeks later is one
    articles = [
        {"id": "a", "published": "2023-09-05", "events": [ev("MEET", ["Kim Jong Un", "Vladimir Putin"], "2023-09-12", "Vladivostok", "planned")]},
        {"id": "b", "published": "2023-09-11", "events": [ev("MEET", ["Kim", "Putin"], "2023-09-12", None, "planned")]},
    ]
    assert story_events(articles, {"a": 0, "b": 1}).timeline == []
    held = {"id": "c", "published": "2023-09-13", "events": [ev("MEET", ["Putin", "Kim Jong Un"], "2023-09-12", "Vladivostok")]}
    timeline = story_events([*articles, held], {"a": 0, "b": 1, "c": 2}).timeline
    assert [(t.when, t.status, sorted(t.articles)) for t in timeline] == [("2023-09-12", "occurred", ["a", "b", "c"])]


def test_a_country_and_a_city_in_it_are_not_a_place_conflict():
    mentions = [
        Mention("a", ev("VISIT", ["Kim Jong Un"], "2023-09-12", "Rusia"), date(2023, 9, 12), 0),
        Mention("b", ev("VISIT", ["Kim"], "2023-09-12", "Vladivostok"), date(2023, 9, 12), 1),
    ]
    groups = group_events(mentions)
    assert len(groups) == 1
    _, conflicts = timeline_and_conflicts(
        [{"id": "a", "events": [mentions[0].event]}, {"id": "b", "events": [mentions[1].event]}], {"a": 0, "b": 1}
    )
    assert conflicts == []


def test_different_agents_are_different_events():
    mentions = [
        Mention("a", ev("WARN", ["John Kirby", "Amerika Serikat"], "2023-08-30"), date(2023, 9, 5), 0),
        Mention("a", ev("WARN", ["Adrienne Watson"], "2023-09-04"), date(2023, 9, 5), 1),
    ]
    assert len(group_events(mentions)) == 2


def test_counts_and_count_conflicts_between_articles():
    assert counted_facts(BANJIR_A) == [("orang mengungsi", 3412.0, "3.412 warga"), ("desa terendam", 12.0, "12 desa")]
    # "dua orang dilaporkan hilang": a number in words is a count too
    assert counted_facts(BANJIR_B) == [("orang mengungsi", 3100.0, "3.100 warga"), ("orang hilang", 2.0, "dua orang")]
    # two reports of one morning: the same figure, two values
    same_morning = [{"id": "a", "body": BANJIR_A, "published": "2024-03-04T08:00+07:00"},
                    {"id": "b", "body": BANJIR_B, "published": "2024-03-04T09:30+07:00"}]
    updates, conflicts = figures_and_conflicts(same_morning)
    assert updates == []
    assert {"about": "number of orang mengungsi (EVACUATE)", "kind": "number", "values": {"3100": ["b"], "3412": ["a"]}} in [
        {k: v for k, v in c.to_dict().items() if k != "evidence"} for c in conflicts]
    same = [{**same_morning[0], "id": "b"}, same_morning[0]]
    assert figures_and_conflicts(same) == ([], [])


def article(id_: str, outlet: str, title: str, body: str, published: str, entities: list[str]) -> dict:
    sentences, start = [], 0
    for part in body.split(". "):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        sentences.append([start, min(end, len(body))])
        start = end + 1
    return {
        "id": id_, "outlet": outlet, "title": title, "body": body, "published": published, "dateline": None,
        "sentences": sentences,
        "entities": [{"name": n, "type": "LOC"} for n in entities],
        "events": [], "timexes": [],
    }


def test_build_stories_gives_the_contract_fields():
    articles = [
        article("a", "Kompas", "Banjir Bandang Rendam 12 Desa di Muara Teluk", BANJIR_A, "2024-03-04", ["Muara Teluk", "Lembah Hijau"]),
        article("b", "Detik", "Ribuan Warga Muara Teluk Mengungsi", BANJIR_B, "2024-03-05", ["Muara Teluk", "Lembah Hijau"]),
        article("c", "Tribunnews", "Persib Tekuk Persebaya 2-1", SEPAK_BOLA, "2024-03-05", ["Bandung"]),
    ]
    stories = build_stories(articles)
    assert len(stories) == 2
    flood = stories[0]
    assert flood.articles == ["a", "b"]  # earliest first
    assert flood.outlets == ["Kompas", "Detik"]
    assert (flood.first, flood.last) == ("2024-03-04", "2024-03-05")
    assert flood.title in {"Banjir Bandang Rendam 12 Desa di Muara Teluk", "Ribuan Warga Muara Teluk Mengungsi"}
    assert 3 <= len(flood.summary) <= 6
    for item in flood.summary:
        assert item.sources and set(item.sources) <= {"a", "b"}
        assert any(item.text in a["body"] for a in articles if a["id"] == item.sources[0])
    texts = [s.text for s in flood.summary]
    assert len(set(texts)) == len(texts)
    assert not any(t.startswith(("Mereka", "Namun", "Sementara")) for t in texts)
    assert any(c.kind == "number" for c in flood.conflicts)
    assert stories[1].articles == ["c"]


def test_pipeline_fills_stories_and_each_article_names_its_story(analyzer, tmp_path):
    pages = {
        "kompas.txt": "Banjir Bandang Rendam 12 Desa di Muara Teluk\n\nKOMPAS.com - " + BANJIR_A,
        "detik.txt": "Ribuan Warga Muara Teluk Mengungsi\n\nJakarta - " + BANJIR_B,
        "bola.txt": "Persib Tekuk Persebaya 2-1 Lewat Gol Menit Akhir\n\nBANDUNG - " + SEPAK_BOLA,
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    analysis = analyzer.analyze([tmp_path])
    by_source = {a["source"].rsplit("/", 1)[-1]: a for a in analysis["articles"]}
    assert by_source["kompas.txt"]["story"] == by_source["detik.txt"]["story"] != by_source["bola.txt"]["story"]
    ids = {s["id"] for s in analysis["stories"]}
    assert {a["story"] for a in analysis["articles"]} <= ids
    assert sorted(a for s in analysis["stories"] for a in s["articles"]) == sorted(a["id"] for a in analysis["articles"])


def test_a_weekday_that_does_not_fit_its_date_is_shown_with_the_calendar():
    from telisik.stories.describe import weekday_conflicts

    articles = [{"id": "a", "timexes": [
        {"text": "Senin (12/9/2023)", "value": "2023-09-12", "weekday_mismatch": True},
        {"text": "Rabu (13/9/2023)", "value": "2023-09-13"},
    ]}]
    assert [c.to_dict() for c in weekday_conflicts(articles)] == [{
        "about": "weekday of 2023-09-12", "kind": "weekday",
        "values": {"Senin (12/9/2023)": ["a"]}, "calendar": "2023-09-12 is a Selasa",
    }]


def test_a_plan_dated_on_or_before_its_article_is_dated_by_the_report_not_the_plan():
    # "5 September: NYT melaporkan Kim akan ke Rusia": 5 September is the report's day
    planned = Mention("a", ev("VISIT", ["Kim Jong Un"], "2023-09-05", "Rusia", "planned"), date(2023, 9, 5), 0)
    assert planned.span is None
    ahead = Mention("a", ev("VISIT", ["Kim Jong Un"], "2023-09-12", "Rusia", "planned"), date(2023, 9, 5), 1)
    assert ahead.span == (date(2023, 9, 12), date(2023, 9, 12))
    done = Mention("a", ev("VISIT", ["Kim Jong Un"], "2023-09-05", "Rusia", "occurred"), date(2023, 9, 5), 2)
    assert done.span is not None


def test_leaving_and_arriving_are_two_timeline_entries_without_a_date_conflict():
    depart = {**ev("VISIT", ["Kim Jong Un"], "2023-09-10", "Pyongyang"), "phase": "depart"}
    arrive = ev("VISIT", ["Kim Jong Un"], "2023-09-12", "Rusia")
    timeline, conflicts = timeline_and_conflicts([{"id": "a", "published": "2023-09-12", "events": [depart, arrive]}], {"a": 0})
    assert [(t.when, t.where) for t in timeline] == [("2023-09-10", "Pyongyang"), ("2023-09-12", "Rusia")]
    assert conflicts == []


def test_the_timeline_status_is_the_newest_articles():
    articles = [
        {"id": "a", "published": "2023-09-05", "events": [ev("MEET", ["Kim Jong Un", "Vladimir Putin"], "2023-09-13", None, "planned")]},
        {"id": "b", "published": "2023-09-14", "events": [
            ev("MEET", ["Kim", "Putin"], "2023-09-13", "Vostochny", "planned"),
            ev("MEET", ["Putin", "Kim Jong Un"], "2023-09-13", None, "occurred"),
        ]},
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1})
    assert len(timeline) == 1 and timeline[0].status == "occurred" and timeline[0].articles == ["a", "b"]


def test_a_caption_dated_against_the_text_is_a_caption_date_conflict():
    text_event = ev("MEET", ["Kim Jong Un", "Vladimir Putin"], "2023-09-13", "Vostochny")
    caption_event = {**ev("MEET", ["Kim Jong Un", "Vladimir Putin"], "2023-09-14", None), "in": "caption", "caption": 0}
    articles = [{"id": "a", "published": "2023-09-15", "events": [text_event], "caption_events": [caption_event]}]
    timeline, conflicts = timeline_and_conflicts(articles, {"a": 0})
    assert [t.when for t in timeline] == ["2023-09-13"]  # the text's date, not the caption's
    assert [c.to_dict() for c in conflicts] == [{"about": "caption date of MEET Kim Jong Un / Vladimir Putin", "kind": "caption_date",
                          "values": {"2023-09-13": ["a"], "2023-09-14": ["a"]},
                          "evidence": {"2023-09-13": [{"article": "a", "sentence": "x"}],
                                       "2023-09-14": [{"article": "a", "sentence": "x"}]}}]


def test_summary_sentences_stand_alone():
    body = (
        "Liputan6.com, Washington D.C - Presiden Donald Trump meminta Iran menyerah tanpa syarat dalam pernyataan di Gedung Putih. "
        "Dan Iran tidak akan pernah menyerah kepada siapa pun,\" kata Khamenei dalam pidato televisi pada Rabu malam. "
        "Syarat Gencatan Senjata Menurut Washington\n\n"
        "Pemimpin Tertinggi Iran Ayatollah Ali Khamenei menolak seruan Trump itu dalam pidato yang disiarkan televisi pemerintah."
    )
    # sentence spans as the pipeline's splitter gives them: at ". ", '" ' after a stop, and line breaks
    spans = [[m.start(), m.end()] for m in re.finditer(r"[^\n]+?(?:[.!?]\"?(?= |$)|(?=\n)|$)", body) if m.group().strip()]
    article = {"id": "a", "outlet": "Liputan6", "body": body, "dateline": None, "sentences": spans}
    texts = [item.text for item in summarise([article], DocumentFrequencies(), size=6)]
    assert texts[0].startswith("Presiden Donald Trump meminta Iran")  # the outlet's dateline is not part of it
    assert not any(t.startswith("Dan Iran") for t in texts)  # half a quote, opening on "Dan"
    assert not any(t.startswith("Syarat Gencatan") for t in texts)  # a subheading
    assert any(t.startswith("Pemimpin Tertinggi Iran") for t in texts)


def test_articles_with_odd_fields_still_get_stories():
    odd = [
        {"id": "a", "title": None, "body": BANJIR_A, "published": "not a date", "entities": "Muara Teluk",
         "events": [{"type": "VISIT", "who": "Suryani", "when": 20240304}, "not an event", {"type": None}],
         "caption_events": None, "timexes": [{"weekday_mismatch": True, "value": "2024-02-30"}], "sentences": []},
        {"id": "b", "title": 12, "body": "", "published": None, "entities": [None, {"name": 3, "type": "PER"}],
         "events": None, "timexes": None},
    ]
    stories = build_stories(odd)
    assert sorted(a for s in stories for a in s.articles) == ["a", "b"]
    assert all(not s.warnings and "warnings" not in s.to_dict() for s in stories)


def test_a_failing_story_stage_keeps_the_articles(monkeypatch):
    from telisik.collection import steps
    from telisik.records import Article

    def broken(_articles, _config=None, _map_stories=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(steps, "build_stories", broken)
    article = Article(id="a", source="a.txt", outlet=None, url=None, title="Banjir", authors=[], editors=[],
                      published="2024-03-04", language="id", body=BANJIR_A, captions=[], removed=[])
    document = steps.collect([article], []).document()
    assert [a["id"] for a in document["articles"]] == ["a"] and document["stories"] == []
    assert document["warnings"] == ["stories not made: internal error in the story stage (RuntimeError: boom)"]


def test_two_stories_of_one_event_merge_once_articles_join_them_up():
    volcano = ("Gunung Lewotobi Laki-laki di Flores Timur kembali erupsi pada Selasa malam dengan kolom abu setinggi sepuluh ribu "
               "meter. PVMBG menaikkan status gunung ke level awas dan warga diminta menjauh dari kawah.")
    airport = ("Bandara Frans Seda di Maumere ditutup karena abu vulkanik. Maskapai Wings Air membatalkan penerbangan ke "
               "Maumere dan Labuan Bajo, sementara penumpang dialihkan.")
    both = ("Erupsi Gunung Lewotobi Laki-laki membuat abu vulkanik menyebar sehingga Bandara Frans Seda Maumere ditutup dan "
            "Wings Air membatalkan penerbangan. PVMBG menetapkan status awas bagi gunung di Flores Timur itu.")
    records = [
        record("a", "Gunung Lewotobi Erupsi Lagi, Status Awas", volcano, "2025-06-17"),
        record("b", "Bandara Frans Seda Maumere Ditutup", airport, "2025-06-17"),
        record("c", "Erupsi Lewotobi, Bandara Maumere Ditutup", both, "2025-06-18"),
        record("d", "Abu Lewotobi Tutup Bandara Maumere, Penerbangan Wings Air Batal", volcano + " " + airport, "2025-06-18"),
    ]
    apart = cluster_articles(records, ClusterConfig(merge_threshold=None))
    assert apart["a"] != apart["b"] == apart["c"] == apart["d"]  # the volcano story and the airport story
    merged = cluster_articles(records)
    assert len(set(merged.values())) == 1
    assert merged["a"] == apart["a"]  # the older story keeps its id


def test_a_conflict_says_which_of_its_sources_are_copies():
    copy = BANJIR_A.replace("Senin (4/3/2024) dini hari", "Senin dini hari") + " Warga berharap bantuan segera datang."
    articles = [
        article("a", "Kompas", "Banjir Bandang Rendam 12 Desa di Muara Teluk", BANJIR_A, "2024-03-04", ["Muara Teluk"]),
        article("c", "Tribunnews", "Banjir Bandang di Muara Teluk", copy, "2024-03-04", ["Muara Teluk"]),
        article("b", "Detik", "Ribuan Warga Muara Teluk Mengungsi", BANJIR_B, "2024-03-05", ["Muara Teluk"]),
    ]
    (flood,) = build_stories(articles)
    assert [d.to_dict() for d in flood.duplicates] == [{"article": "c", "of": "a", "similarity": flood.duplicates[0].similarity}]
    # the next day's report gives fewer evacuated: a toll does not fall, the sources disagree
    evacuated = next(c for c in flood.conflicts if c.about == "number of orang mengungsi (EVACUATE)")
    assert evacuated.values == {"3100": ["b"], "3412": ["a", "c"]}
    assert evacuated.copies == {"c": "a"}
    assert flood.updates == []


def _flood_articles() -> list[dict]:
    return [
        article("a", "Kompas", "Banjir Bandang Rendam 12 Desa di Muara Teluk", BANJIR_A, "2024-03-04", ["Muara Teluk", "Lembah Hijau"]),
        article("b", "Detik", "Ribuan Warga Muara Teluk Mengungsi", BANJIR_B, "2024-03-05", ["Muara Teluk", "Lembah Hijau"]),
    ]


def test_a_story_record_writes_the_contract_keys_in_order_and_reads_back():
    (flood,) = build_stories(_flood_articles())
    data = flood.to_dict()
    assert list(data) == ["id", "title", "articles", "outlets", "first", "last", "summary", "timeline", "background", "updates",
                          "conflicts", "duplicates"]
    assert list(data["summary"][0]) == ["text", "sources", "outlet"]
    number = next(c for c in data["conflicts"] if c["kind"] == "number")
    # each value with its sentence; no calendar, no copies: the keys are left out
    assert list(number) == ["about", "kind", "values", "evidence"]
    again = Story.from_dict(data)
    assert again == flood and isinstance(again.summary[0], SummarySentence) and isinstance(again.conflicts[0], Conflict)


def test_a_timeline_entry_and_a_weekday_conflict_as_the_document_writes_them():
    articles = [{"id": "a", "published": "2023-09-14", "timexes": [
        {"text": "Senin (12/9/2023)", "value": "2023-09-12", "weekday_mismatch": True}],
        "events": [ev("MEET", ["Kim Jong Un", "Vladimir Putin"], "2023-09-13", "Vostochny")]}]
    (entry,), _ = timeline_and_conflicts(articles, {"a": 0})
    assert entry == TimelineEntry(when="2023-09-13", type="MEET", who=["Kim Jong Un", "Vladimir Putin"], where="Vostochny",
                                  status="occurred", description="x", articles=["a"], evidence=[EventSource("a", 0)])
    assert list(entry.to_dict()) == ["when", "type", "who", "where", "status", "description", "articles", "evidence"]
    (weekday,) = weekday_conflicts(articles)
    assert list(weekday.to_dict()) == ["about", "kind", "values", "calendar"]


def test_a_story_whose_description_fails_keeps_its_articles_and_says_why(monkeypatch):
    from telisik.stories import describe

    def broken(*_args):
        raise ValueError("odd count")

    monkeypatch.setattr(describe, "figures_and_conflicts", broken)
    (flood,) = build_stories(_flood_articles())
    assert flood.articles == ["a", "b"] and flood.title is None and flood.summary == [] and flood.timeline == []
    assert flood.warnings == ["timeline, conflicts and summary not made (ValueError: odd count)"]
    assert flood.to_dict()["warnings"] == flood.warnings


def test_article_records_and_their_dicts_make_the_same_stories():
    from telisik.records import Article

    records = [
        Article(id=d["id"], source=f"{d['id']}.txt", outlet=d["outlet"], url=None, title=d["title"], authors=[], editors=[],
                published=d["published"], language="id", body=d["body"], captions=[], removed=[], sentences=d["sentences"],
                entities=d["entities"])
        for d in _flood_articles()
    ]
    assert [s.to_dict() for s in build_stories(records)] == [s.to_dict() for s in build_stories([r.to_dict() for r in records])]


def test_compact_cluster_records_count_mentions_as_the_full_articles_list_them():
    full = {**_flood_articles()[0], "entities": [
        {"name": "Muara Teluk", "type": "LOC", "mentions": [{"text": "Muara Teluk"}, {"text": "Muara Teluk"}]},
        {"name": "Suryani", "type": "PER", "mentions": [{"text": "Suryani"}]},
        {"name": "Senin", "type": "DATE", "mentions": [{"text": "Senin"}]},  # not a name the clustering counts
    ]}
    compact = cluster_record(full, body_words=400)
    assert compact["entities"][0] == {"name": "Muara Teluk", "type": "LOC", "mentions": 2}
    assert ClusterInput.of(compact).names == ClusterInput.of(full).names == (("Muara Teluk", 2), ("Suryani", 1))


def test_an_outlet_dateline_on_an_indonesian_domain_is_not_part_of_the_summary():
    body = ("Detik.co.id, Lembah Hijau - Banjir bandang merendam 12 desa di Kecamatan Muara Teluk sejak Senin dini hari. "
            "Sebanyak 3.412 warga mengungsi ke balai desa dan masjid setelah Sungai Cikarang meluap.")
    cut = body.index(" Sebanyak")
    article = {"id": "a", "outlet": "Detik", "body": body, "dateline": None, "sentences": [[0, cut], [cut + 1, len(body)]]}
    texts = [item.text for item in summarise([article], DocumentFrequencies(), size=3)]
    assert texts[0].startswith("Banjir bandang merendam 12 desa")


def test_event_records_make_the_timeline_and_conflicts_their_dicts_make():
    from telisik.records.events import Event

    def event(when: str, where: str | None, **more) -> dict:
        return {**ev("MEET", ["Kim Jong Un", "Vladimir Putin"], when, where), "when_span": None, "start": 0, "end": 1, **more}

    dicts = [{"id": "a", "published": "2023-09-15", "events": [event("2023-09-13", "Vostochny")],
              "caption_events": [event("2023-09-14", None, **{"in": "caption", "caption": 0})]}]
    records = [{**d, "events": [Event.from_dict(e) for e in d["events"]],
                "caption_events": [Event.from_dict(e) for e in d["caption_events"]]} for d in dicts]
    assert records[0]["caption_events"][0].in_ == "caption"
    from_dicts, from_records = timeline_and_conflicts(dicts, {"a": 0}), timeline_and_conflicts(records, {"a": 0})
    assert from_records == from_dicts
    assert [c.kind for c in from_records[1]] == ["caption_date"]  # the caption's date is read as the caption's


def test_the_summary_reads_its_knobs_from_its_config():
    from telisik.stories.summary import SummaryConfig

    body = (
        "Banjir merendam tiga kecamatan di Kabupaten Bekasi sejak Senin pagi setelah hujan deras semalaman.\n\n"
        "Warga mengungsi ke masjid.\n\n"
        "Badan Penanggulangan Bencana Daerah mencatat lebih dari dua ribu rumah terendam air setinggi satu meter."
    )
    article = {"id": "a1", "title": "Banjir Bekasi", "body": body, "published": "2025-06-10", "outlet": "Kompas", "sentences": []}
    default = [item.text for item in summarise([article], DocumentFrequencies(), size=3)]
    assert "Warga mengungsi ke masjid." not in default  # four words: too short to stand alone
    short_ok = [item.text for item in summarise([article], DocumentFrequencies(), size=3, config=SummaryConfig(min_words=4))]
    assert "Warga mengungsi ke masjid." in short_ok


# ---------------------------------------------------------------------------- developing figures, background, real conflicts

GEMPA = {
    "a": ("2024-11-02T09:10+07:00", "Gempa magnitudo 6,1 mengguncang Kabupaten Lembah Hijau pada Sabtu (2/11/2024) pagi. Sebanyak 24 orang tewas."),
    "b": ("2024-11-03T08:00+07:00", "Korban gempa Lembah Hijau bertambah. BPBD mencatat 224 orang tewas dan ribuan warga mengungsi."),
    "c": ("2024-11-04T10:30+07:00", "Hingga Senin pagi, 639 orang tewas akibat gempa di Lembah Hijau, kata Kepala BNPB Suharyanto."),
}


def _reports(reports: dict[str, tuple[str, str]]) -> list[dict]:
    return [{"id": i, "published": when, "body": body} for i, (when, body) in reports.items()]


def test_a_toll_rising_over_days_is_a_developing_figure_not_a_conflict():
    updates, conflicts = figures_and_conflicts(_reports(GEMPA))
    assert conflicts == []
    assert [u.to_dict() for u in updates] == [{
        "about": "orang tewas (DIE)", "type": "DIE", "counted": "orang tewas",
        "series": [{"value": 24, "as_of": "2024-11-02T09:10+07:00", "articles": ["a"]},
                   {"value": 224, "as_of": "2024-11-03T08:00+07:00", "articles": ["b"]},
                   {"value": 639, "as_of": "2024-11-04T10:30+07:00", "articles": ["c"]}],
    }]


def test_reports_of_one_evening_giving_different_tolls_disagree():
    # the Graz shooting: 8, 9, then 10 dead in reports 17:10 to 20:36 of one evening, each value with its sentence
    reports = {
        "a": ("2025-06-10T17:10+07:00", "Delapan orang tewas dalam penembakan di sebuah sekolah di Graz, Austria."),
        "b": ("2025-06-10T18:27+07:00", "Setidaknya sembilan orang tewas dalam penembakan di sekolah di kota Graz."),
        "c": ("2025-06-10T20:36+07:00", "Sebanyak 10 orang tewas dalam penembakan yang terjadi di sekolah di Graz, Austria."),
    }
    updates, conflicts = figures_and_conflicts(_reports(reports))
    assert [(c.about, c.kind, c.values) for c in conflicts] == [
        ("number of orang tewas (DIE)", "number", {"8": ["a"], "9": ["b"], "10": ["c"]})]
    assert conflicts[0].evidence["10"] == [{"article": "c", "sentence": reports["c"][1]}]
    assert updates == []  # one round of reports: nothing developed between rounds


def test_one_source_never_disagrees_with_itself():
    # one article counting two things (deaths at the scene, the total); and a copy of it
    body = "Sebanyak 13 orang tewas di lokasi kejadian. Dua korban lain meninggal di rumah sakit, sehingga 15 orang tewas."
    one = [{"id": "a", "published": "2025-06-09T20:08+07:00", "body": body}]
    assert figures_and_conflicts(one) == ([], [])
    copy = {"id": "b", "published": "2025-06-09T20:30+07:00", "body": body.replace("15 orang", "14 orang")}
    assert figures_and_conflicts([*one, copy], {"b": ("a", 0.95)}) == ([], [])
    _, conflicts = figures_and_conflicts([*one, copy])
    assert [c.values for c in conflicts] == [{"14": ["b"], "15": ["a"]}]  # not a copy: two sources


def test_event_counts_and_body_counts_are_one_figure():
    events = [{"type": "DIE", "who": ["mahasiswa"], "when": "2025-06-09", "status": "occurred", "count": 16, "counted": "orang"}]
    reports = [
        {"id": "a", "published": "2025-06-09T19:57+07:00", "body": "Musibah kecelakaan maut mengakibatkan 15 orang tewas di Perak."},
        {"id": "b", "published": "2025-06-09T20:15+07:00", "body": "Kecelakaan bus di Perak.", "events": events},
        # a planned count counts nothing yet
        {"id": "c", "published": "2025-06-09T20:20+07:00", "body": "", "events": [{**events[0], "count": 40, "status": "planned"}]},
    ]
    _, conflicts = figures_and_conflicts(reports)
    assert [c.values for c in conflicts] == [{"15": ["a"], "16": ["b"]}]


def test_history_goes_to_the_background_and_the_story_keeps_its_own_events():
    articles = [
        {"id": "a", "published": "2025-06-13", "events": [
            ev("ATTACK", ["Israel"], "2025-06-13", "Teheran"),
            ev("ATTACK", ["Israel"], "1981", "Irak"),  # decades before: history
            {**ev("AGREE", ["Iran", "Amerika Serikat"], "2025-05"), "sentence": "Sebagai informasi, Iran dan AS sepakat berunding pada Mei."},
        ]},
    ]
    events = story_events(articles, {"a": 0})
    assert [(t.when, t.type) for t in events.timeline] == [("2025-06-13", "ATTACK")]
    assert [(t.when, t.type) for t in events.background] == [("1981", "ATTACK"), ("2025-05", "AGREE")]


def test_a_happening_dated_after_its_report_loses_the_wrong_date():
    # an attack dated 13 June in articles of 10 June: the date cannot be right
    articles = [{"id": "a", "published": "2025-06-10", "events": [ev("ATTACK", ["Israel"], "2025-06-13", "Teheran")]}]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0})
    assert all(t.when != "2025-06-13" for t in timeline)
    planned = Mention("a", ev("VISIT", ["Prabowo Subianto"], "2025-06-13", "Paris", "planned"), date(2025, 6, 10), 0)
    assert planned.span == (date(2025, 6, 13), date(2025, 6, 13))  # a plan may lie ahead


def test_one_crash_reported_many_ways_is_one_entry_with_every_reporting_article():
    articles = [
        {"id": "a", "published": "2025-06-09", "events": [ev("ACCIDENT", ["bus"], "2025-06-09", "Jalan Raya Timur-Barat")]},
        {"id": "b", "published": "2025-06-09", "events": [ev("ACCIDENT", ["mahasiswa"], "2025-06-09", "Perak"),
                                                        ev("ACCIDENT", [], "2025-06-09", None)]},
        {"id": "c", "published": "2025-06-09", "events": [ev("ACCIDENT", ["Universitas Pendidikan Sultan Idris"], "2025-06-09", "Gerik")]},
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    assert [(t.type, t.articles) for t in timeline] == [("ACCIDENT", ["a", "b", "c"])]
    # two named people injured are two injuries
    injured = [{"id": "a", "published": "2025-06-10", "events": [ev("INJURE", ["Kevin Diks"], "2025-06-10"), ev("INJURE", ["Yakob Sayuri"], "2025-06-10")]}]
    assert len(timeline_and_conflicts(injured, {"a": 0})[0]) == 2


def test_participants_are_names_not_pronouns_glued_text_or_headlines():
    headline = "Israel Mulai Kehabisan Stok Pencegat Rudal"
    articles = [{"id": "a", "published": "2025-06-13", "title": "5 Berita Terpopuler Hari Ini",
                 "body": f"Berikut berita terpopuler hari ini.\n{headline}\nIran menembakkan rudal ke Tel Aviv.",
                 "events": [ev("ATTACK", ["Iran", "Mereka", headline, "pihak berwenangMalaysia", "tempat"], "2025-06-13", "Tel Aviv")]}]
    (entry,), _ = timeline_and_conflicts(articles, {"a": 0})
    assert entry.who == ["Iran"]


def test_an_undated_happening_of_breaking_news_takes_its_leads_day():
    body = "Delapan orang tewas dalam penembakan di sekolah di Graz pada Selasa (10/6/2025). Polisi mengevakuasi para siswa."
    article = {"id": "a", "published": "2025-06-10T17:45+07:00", "body": body,
               "timexes": [{"text": "Selasa (10/6/2025)", "start": 54, "end": 72, "value": "2025-06-10"}],
               "events": [ev("ATTACK", ["pelaku"], "2025-06-10", "Graz"), ev("EVACUATE", ["Polisi", "siswa"]),
                          ev("MEET", ["Elke Kahr", "Karl Nehammer"])]}
    timeline, _ = timeline_and_conflicts([article], {"a": 0})
    rows = {t.type: t for t in timeline}
    assert rows["EVACUATE"].when == "2025-06-10" and rows["EVACUATE"].date_inferred
    assert rows["MEET"].when == "2025-06-10"  # breaking news of a happening: its undated events are the day's
    assert not rows["ATTACK"].date_inferred and "date_inferred" not in rows["ATTACK"].to_dict()
    quiet = {**article, "events": [ev("MEET", ["Elke Kahr", "Karl Nehammer"])]}  # no happening on the lead's day
    assert timeline_and_conflicts([quiet], {"a": 0})[0] == []


def test_legs_of_a_trip_and_places_at_two_levels_are_not_place_conflicts():
    trip = [
        {"id": "a", "published": "2025-06-14", "events": [ev("VISIT", ["Prabowo Subianto"], "2025-06-13", "Kualanamu")]},
        {"id": "b", "published": "2025-06-14", "events": [ev("VISIT", ["Prabowo Subianto"], "2025-06-14", "Depok")]},
    ]
    assert [c for c in timeline_and_conflicts(trip, {"a": 0, "b": 1})[1] if c.kind == "place"] == []
    levels = [
        {"id": "a", "published": "2025-06-09", "events": [ev("DIE", ["korban"], "2025-06-09", "Distrik Gerik")]},
        {"id": "b", "published": "2025-06-09", "events": [ev("DIE", ["orang"], "2025-06-09", "Perak")]},
    ]
    assert timeline_and_conflicts(levels, {"a": 0, "b": 1})[1] == []
    venues = [
        {"id": "a", "published": "2025-06-10", "events": [ev("SANCTION", ["Prabowo Subianto"], "2025-06-10", "Kantor Presiden")]},
        {"id": "b", "published": "2025-06-10", "events": [ev("SANCTION", ["Prabowo"], "2025-06-10", "Istana Negara")]},
        {"id": "c", "published": "2025-06-10", "events": [ev("SANCTION", ["Prabowo"], "2025-06-10", "Istana Negara")]},
    ]
    (place,) = timeline_and_conflicts(venues, {"a": 0, "b": 1, "c": 2})[1]
    assert place.kind == "place" and place.values == {"Kantor Presiden": ["a"], "Istana Negara": ["b", "c"]}
    # an article naming two places of one event tells its parts, not alternatives (the strait, the owner's city)
    ship = [
        {"id": "a", "published": "2025-06-17", "events": [ev("ACCIDENT", ["kapal"], "2025-06-17", "Selat Hormuz")]},
        {"id": "b", "published": "2025-06-17", "events": [ev("ACCIDENT", ["kapal"], "2025-06-17", "Selat Hormuz"),
                                                        ev("ACCIDENT", ["Frontline"], "2025-06-17", "Oslo")]},
    ]
    assert timeline_and_conflicts(ship, {"a": 0, "b": 1})[1] == []
    # the same disagreement from an article and its copy is one source
    assert story_events(venues[:2], {"a": 0, "b": 1}, sources={"b": "a"}).conflicts == []


def test_clock_times_of_one_crash_from_two_sources_disagree():
    def crash(id_: str, body: str, clock_text: str, clock: str) -> dict:
        start = body.index(clock_text)
        return {"id": id_, "published": "2025-06-09T20:15+07:00", "body": body, "sentences": [[0, len(body)]],
                "timexes": [{"text": clock_text, "start": start, "end": start + len(clock_text), "value": clock}],
                "events": [{**ev("ACCIDENT", ["bus"], "2025-06-09", "Perak"), "start": body.index("kecelakaan")}]}

    a = crash("a", "Menurut Bernama, kecelakaan maut ini terjadi di Jalan Raya Timur-Barat pada pukul 01.04 dini hari.",
              "pukul 01.04 dini hari", "2025-06-09T01:04")
    b = crash("b", "Dia terkejut, namanya tercantum di antara penumpang bus dalam kecelakaan pukul 1 dini hari di Perak.",
              "pukul 1 dini hari", "2025-06-09T01:00")
    # the hour she heard the news is not the hour of the crash
    c = crash("c", "Sekitar pukul 3 pagi, saya terkejut mendengar bahwa bus itu terlibat dalam kecelakaan.", "pukul 3 pagi", "2025-06-09T03:00")
    conflicts = timeline_and_conflicts([a, b, c], {"a": 0, "b": 1, "c": 2})[1]
    assert [(x.kind, x.values) for x in conflicts] == [("time", {"2025-06-09T01:00": ["b"], "2025-06-09T01:04": ["a"]})]
    # hours apart, two times of a kind are two happenings (two quakes of one day), not a disagreement
    d = crash("d", "Gempa kedua, kecelakaan lain terjadi pukul 15.24 WIB di Perak.", "pukul 15.24 WIB", "2025-06-09T15:24")
    assert timeline_and_conflicts([a, d], {"a": 0, "d": 1})[1] == []


def test_a_weekday_that_fits_another_year_the_story_states_is_a_date_conflict():
    crash = {"type": "ACCIDENT", "who": ["bus"], "when": "2026-06-09", "trigger": "Kecelakaan"}
    articles = [
        {"id": "a", "outlet": "Liputan6", "events": [crash],
         "timexes": [{"text": "Senin (9/6/2026) dini hari", "value": "2026-06-09", "weekday_mismatch": True},
                     {"text": "Senin (9/6/2025)", "value": "2025-06-09"}]},
        {"id": "b", "outlet": "Detik", "timexes": [{"text": "Senin pagi (9/6/2025)", "value": "2025-06-09T08"}]},
    ]
    # the page that slipped is no source of the day it slipped from: the conflict is between the two outlets
    assert [c.to_dict() for c in weekday_conflicts(articles)] == [{
        "about": "date: Senin (9/6/2026) dini hari against 2025-06-09", "kind": "date",
        "values": {"2026-06-09": ["a"], "2025-06-09": ["b"]}, "calendar": "2026-06-09 is a Selasa"}]
    # only the page itself gives the other year: the page against the calendar
    assert [c.kind for c in weekday_conflicts(articles[:1])] == ["weekday"]
    # another page of the same outlet is the same source: no disagreement between sources
    assert [c.kind for c in weekday_conflicts([articles[0], {**articles[1], "outlet": "Liputan6"}])] == ["weekday"]


def test_a_year_slip_on_the_day_someone_spoke_is_no_date_conflict():
    # "ujar Purnomo di Jakarta, Jumat (20/6/2026)": the slip dates a remark, no happening another source dates otherwise
    body = "Penumpang LRT naik 12 persen. Kebijakan itu efektif, ujar Purnomo di Jakarta, Jumat (20/6/2026)."
    slip = {"text": "Jumat (20/6/2026)", "value": "2026-06-20", "weekday_mismatch": True,
            "start": body.index("Jumat"), "end": body.index("Jumat") + 17}
    remark = {"type": "CONFIRM", "who": ["Purnomo"], "when": "2026-06-20", "trigger": "ujar",
              "when_span": [slip["start"], slip["end"]]}
    detik = {"id": "b", "outlet": "Detik", "timexes": [{"text": "Jumat (20/6/2025)", "value": "2025-06-20"}]}
    okezone = {"id": "a", "outlet": "Okezone", "body": body, "events": [remark], "timexes": [slip]}
    assert [c.kind for c in weekday_conflicts([okezone, detik])] == ["weekday"]
    # the same slip dating a fire the page reports is the fire's date against another outlet's
    fire = {**remark, "type": "ACCIDENT", "trigger": "kebakaran"}
    assert [c.kind for c in weekday_conflicts([{**okezone, "events": [fire]}, detik])] == ["date"]


def test_attacks_of_different_days_stay_apart_whatever_a_coarse_date_says():
    articles = [
        {"id": "a", "published": "2025-06-18", "events": [ev("ATTACK", ["Israel"], "2025-06", "Iran")]},
        {"id": "b", "published": "2025-06-13", "events": [ev("ATTACK", ["Israel"], "2025-06-13", "Teheran")]},
        {"id": "c", "published": "2025-06-18", "events": [ev("ATTACK", ["Iran"], "2025-06-18", "Tel Aviv"),
                                                        ev("ATTACK", ["Iran"], "2025-06-18", "Haifa")]},
    ]
    timeline, conflicts = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    # "June" joins the first attack it fits; the 18th's attacks (one wave, on two cities) are another entry
    assert [(t.when, t.articles) for t in timeline] == [("2025-06-13", ["a", "b"]), ("2025-06-18", ["c"])]
    # an attack strikes many places at once, and its days are days of a war: no conflict
    assert conflicts == []


def test_counts_far_apart_are_different_figures_not_one_figure_told_differently():
    reports = [
        {"id": "a", "published": "2025-06-18T10:00+07:00", "body": "Serangan rudal Iran menewaskan 3 orang tewas di Israel."},
        {"id": "b", "published": "2025-06-18T11:00+07:00", "body": "Kementerian Kesehatan Iran menyebut 224 orang tewas sejak Jumat."},
    ]
    assert figures_and_conflicts(reports) == ([], [])


def test_how_many_a_bus_carried_is_a_figure_reports_of_one_evening_give_differently():
    reports = [
        {"id": "a", "published": "2025-06-09T19:57+07:00", "body": "Bus itu terlibat kecelakaan saat mengangkut sekitar 40 pelajar dari UPSI."},
        {"id": "b", "published": "2025-06-09T20:15+07:00", "body": "Bus yang membawa 42 mahasiswa tersebut sedang dalam perjalanan ke Tanjung Malim."},
        {"id": "c", "published": "2025-06-09T20:58+07:00", "body": "Kecelakaan sebuah bus yang mengangkut 40 lebih pelajar Universitas Pendidikan Sultan Idris."},
    ]
    _, conflicts = figures_and_conflicts(reports)
    assert [(c.about, c.kind, c.values) for c in conflicts] == [("number of pelajar diangkut", "number", {"40": ["a", "c"], "42": ["b"]})]
    assert conflicts[0].evidence["42"] == [{"article": "b", "sentence": reports[1]["body"]}]


def test_an_article_telling_two_days_of_an_event_tells_its_days_not_a_disagreement():
    talks = [
        {"id": "a", "published": "2025-06-11", "events": [ev("MEET", ["Amerika Serikat", "China"], "2025-06-09", "London"),
                                                        {**ev("MEET", ["China", "Amerika Serikat"], "2025-06-10", "London"),
                                                         "sentence": "Perundingan berlanjut ke hari kedua."}]},
        {"id": "b", "published": "2025-06-11", "events": [ev("MEET", ["China", "Amerika Serikat"], "2025-06-10", "London")]},
    ]
    assert timeline_and_conflicts(talks, {"a": 0, "b": 1})[1] == []
    # two sources, each its own day of one meeting: they disagree
    (conflict,) = timeline_and_conflicts([talks[1], {**talks[1], "id": "c", "events": [talks[0]["events"][0]]}], {"b": 0, "c": 1})[1]
    assert conflict.kind == "date" and conflict.values == {"2025-06-09": ["c"], "2025-06-10": ["b"]}


def test_a_term_of_office_is_not_the_date_of_an_appointment_and_datelines_are_not_parties():
    articles = [{"id": "a", "published": "2025-06-10", "events": [
        ev("APPOINT", ["Rahmat Mirzani Djausal", "Ayu Asalasiyah"], "2025/2030", "Way Kanan"),
        ev("ACCIDENT", ["SUMEDANG - Dua", "sepeda motor", "H/2025 M"], "2025-06-10", "Sumedang")]}]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0})
    assert [(t.type, t.who) for t in timeline] == [("ACCIDENT", ["sepeda motor"])]


def test_flights_cancelled_at_each_airport_develop_but_never_disagree():
    reports = [
        {"id": "a", "published": "2025-06-18T09:21+07:00", "body": "", "events": [
            {"type": "CLOSE", "who": ["Wings Air"], "status": "occurred", "count": 4, "counted": "penerbangan"}]},
        {"id": "b", "published": "2025-06-18T10:30+07:00", "body": "", "events": [
            {"type": "CLOSE", "who": ["Jetstar"], "status": "occurred", "count": 5, "counted": "penerbangan"}]},
        {"id": "c", "published": "2025-06-18T19:30+07:00", "body": "", "events": [
            {"type": "CLOSE", "who": ["Jetstar"], "status": "occurred", "count": 12, "counted": "penerbangan"}]},
    ]
    updates, conflicts = figures_and_conflicts(reports)
    assert conflicts == []
    assert [(p.value, p.articles) for p in updates[0].series] == [(5, ["b"]), (12, ["c"])]
    assert updates[0].about == "penerbangan dibatalkan (CLOSE)"


def test_eruptions_of_two_volcanoes_on_one_day_are_two_entries():
    articles = [
        {"id": "a", "published": "2025-06-19", "events": [ev("DISASTER", [], "2025-06-18", "Gunung Semeru")]},
        {"id": "b", "published": "2025-06-19", "events": [ev("DISASTER", [], "2025-06-18", "Gunung Marapi")]},
        {"id": "c", "published": "2025-06-19", "events": [ev("DISASTER", [], "2025-06-18", "Semeru")]},
    ]
    timeline, conflicts = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    assert sorted(t.articles for t in timeline) == [["a", "c"], ["b"]]
    assert not [c for c in conflicts if c.kind == "place"]


def test_closures_of_different_things_on_one_day_are_two_entries():
    articles = [
        {"id": "a", "published": "2025-06-20", "events": [ev("CLOSE", ["Iran"], "2025-06-20")]},
        {"id": "b", "published": "2025-06-20", "events": [ev("CLOSE", ["Australia", "kedutaan besar"], "2025-06-20", "Teheran")]},
        {"id": "c", "published": "2025-06-20", "events": [ev("CLOSE", ["Iran", "wilayah udara"], "2025-06-20")]},
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    assert sorted(t.articles for t in timeline) == [["a", "c"], ["b"]]


HARGA_MINYAK = (
    "Harga minyak mentah dunia naik 4 persen ke level 78 dolar AS per barel pada perdagangan Kamis. "
    "Analis menilai pasokan minyak dari Timur Tengah terancam setelah Iran mengancam menutup Selat Hormuz. "
    "Kenaikan harga minyak juga mendorong harga saham perusahaan energi dan menekan rupiah."
)
SERANGAN = (
    "Israel melancarkan serangan udara ke fasilitas nuklir Iran di Natanz dan Teheran pada Jumat dini hari. "
    "Iran membalas dengan menembakkan ratusan rudal balistik ke Tel Aviv dan Haifa, menurut militer Israel. "
    "Pemimpin Tertinggi Iran Ayatollah Ali Khamenei menyebut serangan Israel sebagai deklarasi perang."
)


def test_a_later_days_article_on_a_side_topic_starts_a_story_of_its_own():
    """A story whose new articles no longer share its first day's happening closes to them (topic drift)."""
    war = ["Iran", "Israel", "Ali Khamenei", "Teheran"]
    records = [
        record("s1", "Israel Serang Fasilitas Nuklir Iran, Teheran Balas dengan Rudal", SERANGAN, "2025-06-13", war),
        record("s2", "Iran Balas Serangan Israel, Rudal Hantam Tel Aviv dan Haifa", SERANGAN.replace("Jumat", "Sabtu"), "2025-06-13", war),
        # a follow-up the next day, half the war and half its price of oil: it joins, and the story's words drift
        record("b", "Serangan Israel ke Iran Berlanjut, Harga Minyak Melonjak", SERANGAN + " " + HARGA_MINYAK, "2025-06-14",
               war + ["Selat Hormuz"]),
        record("m1", "Selat Hormuz Terancam, Harga Minyak Dunia Naik 4 Persen", HARGA_MINYAK, "2025-06-16", ["Iran", "Selat Hormuz"]),
    ]
    drifting = cluster_articles(records, ClusterConfig(core_threshold=None))
    held = cluster_articles(records, ClusterConfig())
    assert drifting["m1"] == drifting["s1"]  # without the core, the drifted words carry it in
    assert held["s1"] == held["s2"] == held["b"] and held["m1"] != held["s1"]


def test_articles_naming_different_parties_need_more_than_the_topics_words():
    aces = (
        "PT Aspirasi Hidup Indonesia Tbk (ACES) akan membagikan dividen tunai senilai Rp 579,87 miliar kepada pemegang saham. "
        "Keputusan pembagian dividen tunai itu disetujui dalam Rapat Umum Pemegang Saham Tahunan yang digelar di Jakarta. "
        "Jadwal cum dividen di pasar reguler Bursa Efek Indonesia jatuh pada 26 Juni 2025, dan dividen dibayarkan pada Juli."
    )
    harita = (
        "Harita Nickel (NCKL) menebar dividen tunai Rp 30,35 per saham dari laba bersih tahun buku 2024. "
        "Menurut keterbukaan informasi di Bursa Efek Indonesia, total dividen tunai yang dibagikan mencapai Rp 1,9 triliun. "
        "Pemegang saham yang tercatat pada recording date berhak atas dividen, yang akan dibayarkan pada Juli 2025."
    )
    records = [
        record("a", "Emiten ACES Bagikan Dividen Rp 579 Miliar", aces, "2025-06-18", ["Aspirasi Hidup Indonesia", "ACES"]),
        record("b", "Harita Nickel Bagikan Dividen Tunai Rp 30 per Saham", harita, "2025-06-18", ["Harita Nickel", "NCKL"]),
    ]
    assert len(set(cluster_articles(records).values())) == 2
    lenient = ClusterConfig(foreign_names_factor=1.0, routine_names_similarity=0.0, join_threshold=0.15)
    assert len(set(cluster_articles(records, lenient).values())) == 1  # the words alone would join them


def test_a_weekday_slip_on_one_page_is_kept_apart_from_what_sources_disagree_on():
    from telisik.stories.describe import DocumentFrequencies, describe_story

    def article(aid: str, timexes: list) -> dict:
        flood = {"type": "DISASTER", "who": [], "when": "2026-06-10", "trigger": "Banjir", "start": 0, "end": 6,
                 "sentence": "Banjir merendam ratusan rumah di Kota Bima."}
        return {"id": aid, "title": "Banjir rendam Kota Bima", "published": "2025-06-10T10:00:00+07:00", "outlet": aid,
                "body": "Banjir merendam ratusan rumah di Kota Bima.", "timexes": timexes, "events": [flood]}

    slip = {"text": "Senin (10/6/2025)", "value": "2025-06-10", "weekday_mismatch": True}
    year = {"text": "Selasa (10/6/2026)", "value": "2026-06-10", "weekday_mismatch": True}
    year_again = {"text": "Selasa (10/6/2026) sore", "value": "2026-06-10", "weekday_mismatch": True}
    stated = {"text": "Selasa (10/6/2025)", "value": "2025-06-10"}
    story = describe_story("s", [article("a", [slip]), article("b", [year, year_again]), article("c", [stated])], {}, DocumentFrequencies())
    # the Monday that is a Tuesday: one page against the calendar, not a conflict of sources
    assert [(c.kind, c.values) for c in story.weekday_slips] == [("weekday", {"Senin (10/6/2025)": ["a"]})]
    # the year slip, written twice on one page, is one date conflict with the page that states the day (a
    # page whose weekday misses its date states none)
    assert [(c.kind, c.values) for c in story.conflicts] == [("date", {"2026-06-10": ["b"], "2025-06-10": ["c"]})]
    assert "weekday_slips" in story.to_dict() and "weekday_slips" not in Story("t", None, [], [], None, None).to_dict()


def test_pages_slipping_on_one_year_are_one_conflict_and_a_slipped_year_states_no_day():
    def article(aid: str, *timexes: dict) -> dict:
        # each page dates the flood it reports by the day it gives (the slipped one too)
        floods = [{"type": "DISASTER", "who": [], "when": t["value"], "trigger": "banjir"} for t in timexes]
        return {"id": aid, "outlet": aid, "timexes": list(timexes), "events": floods}

    slipped = {"text": "Selasa (10/6/2026)", "value": "2026-06-10", "weekday_mismatch": True}
    stated = {"text": "Selasa (10/6/2025)", "value": "2025-06-10"}
    # "Selasa 9 Juni 2025": 9 June 2025 is a Monday; 9 June 2026 is a Tuesday, but only a slipped page gives 2026
    chained = {"text": "Selasa 9 Juni 2025", "value": "2025-06-09", "weekday_mismatch": True}
    other_slip = {"text": "Selasa (9/6/2026)", "value": "2026-06-09", "weekday_mismatch": True}
    conflicts = weekday_conflicts([article("a", slipped), article("b", {**slipped, "text": "Selasa (10/6/2026) sore"}),
                                   article("c", stated), article("d", chained), article("e", other_slip)])
    assert [(c.kind, c.values) for c in conflicts if c.kind == "date"] == [("date", {"2026-06-10": ["a", "b"], "2025-06-10": ["c"]})]
    assert sorted(c.about for c in conflicts if c.kind == "weekday") == ["weekday of 2025-06-09", "weekday of 2026-06-09"]


def test_a_trials_hearings_on_two_days_are_sessions_not_a_date_conflict():
    # one outlet reports Thursday's hearing, another Friday's: the trial sits on both days
    articles = [
        {"id": "a", "published": "2025-06-19", "outlet": "Detik", "events": [ev("TRIAL", ["Hasto Kristiyanto"], "2025-06-19", "Jakarta")]},
        {"id": "b", "published": "2025-06-20", "outlet": "Tempo", "events": [ev("TRIAL", ["Hasto Kristiyanto"], "2025-06-20", "Jakarta")]},
    ]
    assert story_events(articles, {"a": 0, "b": 1}).conflicts == []
    # a meeting told on two days by two sources still is one date told differently
    meetings = [{**a, "events": [ev("MEET", ["Prabowo Subianto", "Vladimir Putin"], a["published"], "Sankt Peterburg")]} for a in articles]
    assert [c.kind for c in story_events(meetings, {"a": 0, "b": 1}).conflicts] == ["date"]
