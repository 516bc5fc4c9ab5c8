"""Like happenings in different places, and one meeting's several announcements.

A day brings several quakes, fires and forecasts told with the same words (an outlet's template: "Gempa Magnitudo
... Guncang ..., Info BMKG"); one in Nabire and one in Pangandaran are two stories, while a report from a
neighbouring town on the same quake is a follow-up. A central bank's board meeting gives several announcements,
each headline naming only the bank: they are one story. The articles are short Indonesian texts written for these tests.
"""

from __future__ import annotations

from datetime import date

from telisik.stories.cluster import (
    ClusterConfig,
    ClusterInput,
    Story,
    StoryClusterer,
    _one_day_one_place,
    _one_stage,
    article_vectors,
    cluster_articles,
    prepare,
)
from telisik.stories.kinds import decision_meetings, headline_localities

# ---------------------------------------------------------------- regencies and cities in a headline


def test_a_regency_a_city_and_a_province_are_read():
    assert headline_localities("Gempa M5,0 Guncang Pangandaran, Terasa hingga Garut") == {"pangandaran", "garut"}
    assert headline_localities("Info Cuaca Kota Manado Hari Ini") == {"manado"}
    assert headline_localities("Gempa Bumi Pagi Ini di Maluku") == {"maluku"}


def test_a_common_word_and_a_nation_are_no_place():
    # "Batu" and "Serang" are cities, but news writes them as words ("lempar batu", "Israel Serang Iran")
    assert headline_localities("Israel Serang Iran, Warga Lempar Batu") == frozenset()
    assert headline_localities("Jepang vs Indonesia: Garuda Kalah") == frozenset()


QUAKE = (
    "Gempa bumi tektonik mengguncang wilayah {place} pada Selasa pagi. Badan Meteorologi, Klimatologi, dan Geofisika "
    "(BMKG) mencatat gempa berkekuatan magnitudo {mag} dengan kedalaman 10 kilometer. Hingga kini belum ada laporan "
    "kerusakan bangunan maupun korban jiwa akibat gempa tersebut. BMKG mengimbau warga tetap tenang dan menghindari "
    "bangunan yang retak. Gempa ini tidak berpotensi tsunami, kata Kepala Pusat Gempa Bumi dan Tsunami BMKG."
)


def quake(id_: str, outlet: str, title: str, place: str, mag: str = "5,0", body: str | None = None) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body or QUAKE.format(place=place, mag=mag),
        "published": "2025-06-10T08:00:00+07:00",
        "entities": [{"name": "BMKG", "type": "ORG", "mentions": 3}, {"name": place, "type": "LOC", "mentions": 2}],
    }


def test_a_quake_elsewhere_is_another_story():
    a = quake("a", "Warta Jabar", "Gempa Magnitudo 5,0 Guncang Pangandaran, Info BMKG", "Pangandaran")
    b = quake("b", "Kabar Priangan", "Gempa Bumi M5,0 Guncang Kabupaten Pangandaran", "Pangandaran")
    c = quake("c", "Warta Jabar", "Gempa Magnitudo 3,8 Guncang Nabire, Info BMKG", "Nabire", mag="3,8")
    parted = cluster_articles([a, b, c])
    assert parted["a"] == parted["b"]
    assert parted["c"] != parted["a"]
    joined = cluster_articles([a, b, c], ClusterConfig(part_places=False))
    assert joined["c"] == joined["a"]


def test_a_report_from_a_neighbouring_town_of_the_same_quake_is_a_follow_up():
    a = quake("a", "Warta Jabar", "Gempa Magnitudo 5,0 Guncang Pangandaran, Info BMKG", "Pangandaran")
    b = quake("b", "Kabar Priangan", "Gempa Bumi M5,0 Guncang Kabupaten Pangandaran", "Pangandaran")
    felt = QUAKE.format(place="Pangandaran", mag="5,0").replace("Hingga kini", "Getaran gempa Pangandaran terasa di Garut. Hingga kini")
    c = quake("c", "Warta Jabar", "Gempa Magnitudo 5,0 Terasa hingga Garut, Info BMKG", "Garut", body=felt)
    found = cluster_articles([a, b, c])
    assert found["c"] == found["a"] == found["b"]


def test_the_place_is_read_only_for_a_headline_that_reports_a_happening():
    record = quake("a", "Warta Jabar", "Bupati Pangandaran Resmikan Pasar Baru", "Pangandaran")
    read = ClusterInput.of(record)
    assert read.localities == {"pangandaran"} and read.happenings == frozenset()


# ---------------------------------------------------------------- one meeting whose decisions are the news


def test_a_central_bank_board_meeting_is_read_by_its_name_and_its_short_form():
    assert decision_meetings("Hasil Rapat Dewan Gubernur (RDG) BI 17-18 Juni 2025") == {"central bank board"}
    assert decision_meetings("RUPST PLN menyetujui laporan keuangan 2024") == {"shareholders"}
    assert decision_meetings("Sidang kabinet paripurna membahas sampah dan tanggul laut") == frozenset()


MEETING = "Rapat Umum Pemegang Saham Tahunan (RUPST) PT PLN (Persero) digelar di Jakarta pada Selasa. "
NO_MEETING = ""  # the same news, told with no word of the meeting it came from
BOARD = (
    "Pemegang saham merombak susunan direksi dan komisaris perseroan. Sejumlah nama baru masuk jajaran komisaris, "
    "termasuk seorang mantan perwira tinggi TNI, sementara Darmawan Prasodjo tetap menjabat direktur utama."
)
PROFIT = (
    "Perseroan membukukan laba bersih Rp 17,76 triliun sepanjang 2024, naik dibanding tahun sebelumnya. Pendapatan "
    "tercatat Rp 545 triliun, ditopang penjualan listrik ke pelanggan industri yang tumbuh tujuh persen."
)


def utility(id_: str, outlet: str, title: str, news: str, meeting: bool) -> dict:
    names = [("PLN", "ORG"), ("Darmawan Prasodjo", "PER"), ("TNI", "ORG")] if news == BOARD else [("PLN", "ORG")]
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": (MEETING if meeting else NO_MEETING) + news,
        "published": "2025-06-18T15:00:00+07:00",
        "entities": [{"name": name, "type": kind, "mentions": 1} for name, kind in names],
    }


def agm_day(meeting: bool) -> dict[str, str]:
    return cluster_articles(
        [
            utility("a", "Warta Ekonomi", "PLN Rombak Direksi dan Komisaris, Ini Susunannya", BOARD, meeting),
            utility("b", "Kabar Pasar", "Direksi dan Komisaris PLN Dirombak, Ini Daftarnya", BOARD, meeting),
            utility("c", "Warta Ekonomi", "PLN Raup Laba Bersih Rp 17,76 Triliun Sepanjang 2024", PROFIT, meeting),
        ]
    )


def test_one_shareholders_meetings_announcements_are_one_story():
    # the headlines share one word, the company's name: the body's meeting tells one occasion whose decisions are the news
    found = agm_day(meeting=True)
    assert found["c"] == found["a"] == found["b"]
    apart = agm_day(meeting=False)
    assert apart["a"] == apart["b"]
    assert apart["c"] != apart["a"]


def test_only_the_named_meeting_lifts_the_bar_of_a_lone_shared_headline_word():
    bars = {}
    for meeting in (True, False):
        clusterer = StoryClusterer()
        clusterer.add(utility("a", "Warta Ekonomi", "PLN Rombak Direksi dan Komisaris, Ini Susunannya", BOARD, meeting))
        clusterer.add(utility("b", "Kabar Pasar", "Direksi dan Komisaris PLN Dirombak, Ini Daftarnya", BOARD, meeting))
        (story,) = clusterer.stories.values()
        profit = prepare(
            utility("c", "Warta Ekonomi", "PLN Raup Laba Bersih Rp 17,76 Triliun", PROFIT, meeting),
            clusterer.config,
            clusterer.df,
            clusterer.shingles,
        )
        bars[meeting] = clusterer._join_threshold(story, profit, article_vectors(profit, clusterer.df, clusterer.config))
    config = ClusterConfig()
    assert bars[False] == config.lone_headline_term_threshold
    assert bars[True] < bars[False]


def quake_story(id_: str, places: dict[str, int], day: date, kinds: frozenset[str] = frozenset({"quake"})) -> Story:
    story = Story(id_)
    story.happenings |= kinds
    story.localities.update(places)
    story.first = story.last = day
    return story


def test_routine_reports_of_one_quake_in_one_place_may_merge_but_not_of_another_place_or_day():
    # quake headlines ("Gempa ... Guncang ...") are routine reports: their stories merge only when both tell one
    # day's quake in a place both name
    day = date(2025, 6, 10)
    pangandaran = quake_story("a", {"pangandaran": 2}, day)
    assert _one_day_one_place(pangandaran, quake_story("b", {"pangandaran": 3, "banyumas": 1}, day))
    assert not _one_day_one_place(pangandaran, quake_story("c", {"nabire": 1}, day))
    assert not _one_day_one_place(pangandaran, quake_story("d", {"pangandaran": 1}, date(2025, 6, 11)))
    assert not _one_day_one_place(pangandaran, quake_story("e", {"pangandaran": 1}, day, frozenset({"weather"})))
    assert not _one_day_one_place(pangandaran, quake_story("f", {}, day))


def test_the_next_stages_draw_and_a_matchdays_roundup_are_two_stories():
    matchday = Story("m")
    matchday.roundups = 2  # "Jadwal Bola Hari Ini: Jepang vs Indonesia, Arab vs Australia", "Klasemen Matchday 10"
    assert not _one_stage(matchday, roundup=True, draw=True)
    assert _one_stage(matchday, roundup=True, draw=False)
    draw = Story("d")
    draw.roundups = draw.draws = 3  # "Drawing Putaran 4 ...", "Calon Lawan Timnas di Round 4"
    assert _one_stage(draw, roundup=True, draw=True)
    assert not _one_stage(draw, roundup=True, draw=False)
    assert _one_stage(draw, roundup=False, draw=False)  # a report of one match is judged by the other guards
