"""The story stage: clustering, near-duplicates, timelines, conflicts, summaries.

The articles are short Indonesian news texts written for these tests.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from telisik.records.stories import Conflict, Story, SummarySentence, TimelineEntry
from telisik.stories.cluster import ClusterConfig, ClusterInput, StoryClusterer, cluster_articles
from telisik.stories.describe import (
    Mention,
    build_stories,
    cluster_record,
    count_conflicts,
    counted_facts,
    group_events,
    interval,
    same_name,
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
        {"id": "b", "published": "2023-09-11", "events": [ev("MEET", ["Kim", "Putin"], "2023-09-12", None, "planned")]},
        {"id": "c", "published": "2023-09-12", "events": [
            ev("MEET", ["Putin", "Kim Jong Un"], "2023-09-13", "Vostochny", "planned"),
            ev("MEET", ["Kim Jong Un", "Vladimir Putin"], "2019", "Vladivostok"),  # the first summit: another event
        ]},
    ]
    timeline, conflicts = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    whens = [t.when for t in timeline]
    assert whens[0] == "2019"
    summit = [t for t in timeline if t.when.startswith("2023")]
    assert len(summit) == 1 and set(summit[0].articles) == {"a", "b", "c"}
    assert summit[0].who[:2] == ["Kim Jong Un", "Vladimir Putin"]
    date_conflicts = [c for c in conflicts if c.kind == "date"]
    assert [c.to_dict() for c in date_conflicts] == [{"about": "date of MEET Kim Jong Un / Vladimir Putin", "kind": "date",
                               "values": {"2023-09-12": ["b"], "2023-09-13": ["c"]}}]
    place = [c for c in conflicts if c.kind == "place"]
    assert place and set(place[0].values) == {"Vladivostok", "Vostochny"}


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
    # "dua orang dilaporkan hilang": a number written as a word is not read as a count
    assert counted_facts(BANJIR_B) == [("orang mengungsi", 3100.0, "3.100 warga")]
    conflicts = count_conflicts([{"id": "a", "body": BANJIR_A}, {"id": "b", "body": BANJIR_B}])
    assert {"about": "number of orang mengungsi", "kind": "number", "values": {"3.412": ["a"], "3.100": ["b"]}} in [c.to_dict() for c in conflicts]
    assert count_conflicts([{"id": "a", "body": BANJIR_A}, {"id": "b", "body": BANJIR_A}]) == []


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
                          "values": {"2023-09-13": ["a"], "2023-09-14": ["a"]}}]


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

    def broken(_articles, _config=None):
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
    evacuated = next(c for c in flood.conflicts if c.about == "number of orang mengungsi")
    assert evacuated.values == {"3.412": ["a", "c"], "3.100": ["b"]}
    assert evacuated.copies == {"c": "a"}


def _flood_articles() -> list[dict]:
    return [
        article("a", "Kompas", "Banjir Bandang Rendam 12 Desa di Muara Teluk", BANJIR_A, "2024-03-04", ["Muara Teluk", "Lembah Hijau"]),
        article("b", "Detik", "Ribuan Warga Muara Teluk Mengungsi", BANJIR_B, "2024-03-05", ["Muara Teluk", "Lembah Hijau"]),
    ]


def test_a_story_record_writes_the_contract_keys_in_order_and_reads_back():
    (flood,) = build_stories(_flood_articles())
    data = flood.to_dict()
    assert list(data) == ["id", "title", "articles", "outlets", "first", "last", "summary", "timeline", "conflicts", "duplicates"]
    assert list(data["summary"][0]) == ["text", "sources", "outlet"]
    number = next(c for c in data["conflicts"] if c["kind"] == "number")
    assert list(number) == ["about", "kind", "values"]  # no calendar, no copies: the keys are left out
    again = Story.from_dict(data)
    assert again == flood and isinstance(again.summary[0], SummarySentence) and isinstance(again.conflicts[0], Conflict)


def test_a_timeline_entry_and_a_weekday_conflict_as_the_document_writes_them():
    articles = [{"id": "a", "published": "2023-09-14", "timexes": [
        {"text": "Senin (12/9/2023)", "value": "2023-09-12", "weekday_mismatch": True}],
        "events": [ev("MEET", ["Kim Jong Un", "Vladimir Putin"], "2023-09-13", "Vostochny")]}]
    (entry,), _ = timeline_and_conflicts(articles, {"a": 0})
    assert entry == TimelineEntry(when="2023-09-13", type="MEET", who=["Kim Jong Un", "Vladimir Putin"], where="Vostochny",
                                  status="occurred", description="x", articles=["a"])
    assert list(entry.to_dict()) == ["when", "type", "who", "where", "status", "description", "articles"]
    (weekday,) = weekday_conflicts(articles)
    assert list(weekday.to_dict()) == ["about", "kind", "values", "calendar"]


def test_a_story_whose_description_fails_keeps_its_articles_and_says_why(monkeypatch):
    from telisik.stories import describe

    def broken(_articles):
        raise ValueError("odd count")

    monkeypatch.setattr(describe, "count_conflicts", broken)
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
