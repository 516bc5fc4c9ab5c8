"""Developing figures as a series, and the counts that are no value of it: another happening's toll told beside the
story's, two counts one figure's key does not tell apart, a stray smaller count in a round of reports; the parts of
the day a kick-off is given in. Reports written for these tests."""

from __future__ import annotations

from datetime import date

from telisik.stories import match_facts
from telisik.stories.article import StoryArticle
from telisik.stories.conflicts import counted_facts_at
from telisik.stories.figures import figures_and_conflicts, of_another_happening
from telisik.stories.match_facts import match_conflicts

LEAD = "Persib Bandung menjamu Persija Jakarta di Stadion Gelora Bandung Lautan Api."


def _reports(reports: dict[str, tuple[str, str]]) -> list[dict]:
    return [{"id": i, "published": when, "body": body} for i, (when, body) in reports.items()]


def _series(reports: dict[str, tuple[str, str]]) -> list[list[tuple[int, str, list[str]]]]:
    updates, _ = figures_and_conflicts(_reports(reports))
    return [[(p.value, p.as_of, p.articles) for p in u.series] for u in updates]


def test_a_rising_toll_is_a_series_in_report_order_each_value_with_its_articles_and_time():
    reports = {
        "kompas-2": ("2025-07-03T09:15+07:00", "Tim SAR gabungan mencatat 9 orang tewas dalam longsor di Desa Sukamaju."),
        "detik-1": ("2025-07-02T08:30+07:00", "Longsor menimbun rumah warga di Desa Sukamaju. Sebanyak 4 orang tewas."),
        "okezone-1": ("2025-07-02T09:10+07:00", "BPBD menyebut 4 orang tewas akibat longsor di Desa Sukamaju."),
    }
    assert _series(reports) == [[(4, "2025-07-02T08:30+07:00", ["detik-1", "okezone-1"]), (9, "2025-07-03T09:15+07:00", ["kompas-2"])]]


def test_an_earlier_happenings_toll_told_beside_the_storys_is_no_value_of_its_series():
    reports = {
        "detik-1": ("2025-07-02T10:00+07:00", "Helikopter jatuh di lereng gunung. Sebanyak 5 orang tewas dalam kecelakaan itu."),
        "detik-2": ("2025-07-02T11:00+07:00", "Polisi menyebut 5 orang tewas setelah helikopter jatuh di lereng gunung."),
        "kompas-1": (
            "2025-07-02T19:00+07:00",
            "Sebanyak 5 orang tewas. Kecelakaan helikopter itu terjadi beberapa hari setelah sebuah pesawat jatuh di Surabaya"
            " dan 150 orang tewas.",
        ),
    }
    assert _series(reports) == []
    # a like happening's toll told before is no value even where the article gives none of its own
    alike = {**reports, "kompas-1": ("2025-07-02T19:00+07:00", "Kecelakaan serupa pernah terjadi pada 2019 dan 150 orang tewas.")}
    assert _series(alike) == []
    # the earlier value of the story's own toll, told "sebelumnya", stays a value of it
    # (9 is far above 5: the earlier value is no second count mixed in, ``mixes_counts``)
    later = {**reports, "kompas-1": ("2025-07-03T19:00+07:00", "Korban bertambah. Sebelumnya, 5 orang tewas; kini 9 orang tewas.")}
    assert [[p[0] for p in s] for s in _series(later)] == [[5, 9]]


def _page(body: str, sentences: list[list[int]] | None = None) -> StoryArticle:
    return StoryArticle.of({"id": "detik-1", "published": "2025-07-02T10:00+07:00", "body": body, "sentences": sentences or []})


def _precedent(body: str, count: str, sentences: list[list[int]] | None = None) -> bool:
    return of_another_happening(_page(body, sentences), body.index(count))


def test_precedent_words_before_a_count_in_its_sentence_make_it_another_happenings():
    body = "Kecelakaan ini terjadi sepekan setelah bus terguling di Subang, menewaskan 12 orang. Sebanyak 3 orang tewas."
    assert _precedent(body, "12")
    assert not _precedent(body, "3 orang")  # the sentence ended: the next count is the story's
    assert _precedent("Kecelakaan serupa pernah terjadi pada 2019 dan menewaskan 8 orang.", "8")
    # without a gap of time, "terjadi setelah" gives the cause of the story's own happening, and its count is the story's
    assert not _precedent("Kecelakaan itu terjadi setelah sopir bus mengantuk dan menabrak truk, menewaskan 3 orang.", "3 orang")


def test_a_happening_never_seen_before_is_the_storys_own_and_keeps_its_count():
    # "belum/tidak/tak pernah terjadi" says the story's happening is unprecedented, not that another came before it
    assert not _precedent("Banjir bandang yang belum pernah terjadi sebelumnya itu menewaskan 20 orang.", "20")
    assert not _precedent("Warga menyebut longsor sebesar itu tak pernah terjadi di desa mereka. Kini 6 orang tewas.", "6")
    assert not _precedent("Kebakaran yang tidak pernah terjadi di pasar itu menewaskan 4 orang.", "4")


def test_a_sentence_ends_at_a_quote_or_an_exclamation_before_the_count():
    body = '"Kejadian serupa pernah terjadi di tikungan ini." Hingga Senin, 5 orang tewas.'
    assert not _precedent(body, "5 orang", [[0, 49], [50, len(body)]])  # the page's own sentences
    assert not _precedent(body, "5 orang")  # no sentences known: the quote's end still ends the sentence
    shout = '"Kecelakaan serupa pernah terjadi di sini tahun lalu," katanya! Hingga kini 5 orang tewas.'
    assert not _precedent(shout, "5 orang")


def test_a_story_whose_only_toll_sits_after_a_holiday_or_rain_keeps_it():
    # "terjadi dua hari setelah Idul Adha": the gap is to a day or the weather, no happening with a toll of its own
    assert not _precedent("Kebakaran terjadi dua hari setelah Idul Adha dan menewaskan 3 orang.", "3 orang")
    assert not _precedent("Longsor terjadi sehari setelah hujan deras mengguyur kawasan itu dan menewaskan 5 orang.", "5 orang")
    assert _precedent("Longsor itu terjadi dua hari setelah gempa mengguncang Cianjur dan menewaskan 300 orang.", "300")
    reports = {
        "detik-1": ("2025-07-02T10:00+07:00", "Kebakaran terjadi dua hari setelah Idul Adha dan 3 orang tewas."),
        "kompas-1": ("2025-07-03T10:00+07:00", "Kebakaran itu terjadi sehari setelah hujan deras mengguyur, dan kini 5 orang tewas."),
    }
    assert [[p[0] for p in s] for s in _series(reports)] == [[3, 5]]


def test_an_earlier_value_of_the_toll_told_in_a_later_report_keeps_the_series():
    base = {
        "detik-1": ("2025-07-02T08:30+07:00", "Longsor menimbun rumah warga di Desa Sukamaju. Sebanyak 4 orang tewas."),
        "okezone-1": ("2025-07-02T09:10+07:00", "BPBD menyebut 4 orang tewas akibat longsor di Desa Sukamaju."),
    }
    told_before = "Korban longsor di Desa Sukamaju bertambah. Kini 9 orang tewas. Sebelumnya, 4 orang tewas."
    rose = "Jumlah korban bertambah dari 4 orang tewas menjadi 9 orang tewas."
    for later in (told_before, rose):
        reports = {**base, "kompas-2": ("2025-07-03T09:15+07:00", later)}
        assert [[p[0] for p in s] for s in _series(reports)] == [[4, 9]]


def test_a_figure_one_report_gives_far_apart_values_of_makes_no_series():
    # two countries' dead under one key ("orang tewas"): a series 24 -> 230 would mix them
    reports = {
        "detik-1": (
            "2025-07-02T08:00+07:00",
            "Sejak Jumat, sedikitnya 24 orang tewas di negara A. Otoritas negara B menyebut 230 orang tewas di wilayahnya.",
        ),
        "kompas-1": ("2025-07-02T09:00+07:00", "Serangan balasan itu membuat 24 orang tewas di negara A."),
        "tempo-1": ("2025-07-03T20:00+07:00", "Otoritas negara B kini mencatat 410 orang tewas sejak serangan pertama."),
    }
    assert _series(reports) == []
    # a count and its total, close together ("13 tewas di lokasi", "15 tewas"), are one figure: the series stays
    close = {
        "detik-1": ("2025-07-02T08:00+07:00", "Sebanyak 13 orang tewas di lokasi. Total 15 orang tewas dalam kecelakaan itu."),
        "kompas-1": ("2025-07-02T09:00+07:00", "Polisi menyebut 15 orang tewas dalam kecelakaan bus itu."),
        "tempo-1": ("2025-07-03T20:00+07:00", "Korban bertambah menjadi 17 orang tewas setelah dua korban meninggal di rumah sakit."),
    }
    assert [[p[0] for p in s] for s in _series(close)] == [[15, 17]]


def test_a_round_of_reports_stands_at_its_largest_value_not_a_stray_smaller_one_reported_last():
    reports = {
        "detik-1": ("2025-07-02T08:00+07:00", "Banjir bandang melanda tiga desa. Sebanyak 6 orang tewas."),
        "kompas-1": ("2025-07-03T09:00+07:00", "BPBD mencatat 11 orang tewas akibat banjir bandang."),
        "tempo-1": ("2025-07-03T10:00+07:00", "Di salah satu desa, 9 orang tewas tertimbun lumpur."),
    }
    assert [[p[0] for p in s] for s in _series(reports)] == [[6, 11]]


def test_a_count_told_twice_is_read_at_each_place_it_stands():
    # the same words of a precedent's toll and of the story's: the second is the story's, and it stays
    reports = {
        "detik-1": ("2025-07-02T08:00+07:00", "Bus masuk jurang di Subang. Sebanyak 3 orang tewas."),
        "kompas-1": (
            "2025-07-02T09:00+07:00",
            "Kecelakaan serupa pernah terjadi pada 2019 dan 3 orang tewas. Kali ini 3 orang tewas.",
        ),
        "tempo-1": ("2025-07-03T20:00+07:00", "Korban kecelakaan bus di Subang bertambah, kini 4 orang tewas."),
    }
    assert [[(p[0], p[2]) for p in s] for s in _series(reports)] == [[(3, ["detik-1", "kompas-1"]), (4, ["tempo-1"])]]


def test_a_count_is_read_at_its_own_place_not_inside_a_larger_number_nor_at_a_skipped_one():
    body = "Sebanyak 224 orang tewas di kota itu. Di kota lain, 24 orang tewas."
    assert [(text, at) for _, _, text, at in counted_facts_at(body)] == [
        ("224 orang", body.index("224")),
        ("24 orang", body.index("Di kota lain") + len("Di kota lain, ")),
    ]
    # "4 orang penumpang" of the precedent has no predicate: the injured 4 is still read at its own sentence
    told = (
        "Sebanyak 4 orang tewas dalam kecelakaan itu. Kecelakaan serupa pernah terjadi pada 2019 dengan 4 orang "
        "penumpang. Selain itu, 4 orang luka-luka."
    )
    assert [at for _, _, _, at in counted_facts_at(told)] == [told.index("4 orang"), told.rindex("4 orang")]
    assert not _precedent(told, "4 orang luka")


def test_a_like_happening_denied_or_a_season_after_the_gap_leaves_the_count_the_storys():
    assert not _precedent("Kecelakaan serupa belum pernah terjadi di jalur ini, namun kali ini 4 orang tewas.", "4 orang")
    assert not _precedent("Bencana serupa tidak  pernah terjadi, dan 4 orang tewas.", "4 orang")
    assert not _precedent("Banjir itu belum  pernah terjadi sebelumnya dan 4 orang tewas.", "4 orang")
    assert _precedent("Banjir pernah terjadi pada 2019 dan 4 orang tewas.", "4 orang")
    assert not _precedent("Kebakaran terjadi dua hari setelah malam Natal dan menewaskan 7 orang.", "7 orang")
    assert not _precedent("Longsor terjadi sepekan setelah musim hujan tiba dan menewaskan 7 orang.", "7 orang")
    assert not _precedent("Kecelakaan terjadi sehari setelah (Idul Adha) dan menewaskan 7 orang.", "7 orang")
    assert not _precedent("Kecelakaan terjadi dua hari setelah Ramadhan berakhir dan menewaskan 7 orang.", "7 orang")


def _kick_off(ident: str, part: str, hour: str) -> StoryArticle:
    body = f"{LEAD} Laga berlangsung pada Minggu (2/3/2025) {part} WIB."
    text = f"Minggu (2/3/2025) {part}"
    start = body.index(text)
    timex = {"text": text, "start": start, "end": start + len(text), "type": "TIME", "value": f"2025-03-02T{hour}"}
    title = "Hasil Persib vs Persija: Maung Bandung Menang 2-1"
    outlet = ident.split("-")[0]
    return StoryArticle(
        id=ident,
        title=title,
        body=body,
        outlet=outlet,
        published="",
        day=date(2025, 3, 2),
        dateline="",
        sentences=[],
        events=[],
        timexes=[timex],
    )


def test_parts_of_the_day_that_cannot_overlap_disagree_and_the_conflict_names_the_words():
    [conflict] = match_conflicts([_kick_off("detik-1", "dini hari", "02"), _kick_off("kompas-1", "pagi", "08")], {})
    assert conflict.values == {"2025-03-02T02": ["detik-1"], "2025-03-02T08": ["kompas-1"]}
    assert conflict.about.endswith("parts of the day dini hari, pagi")


def test_the_hours_of_the_parts_of_the_day_come_from_the_timex_table(monkeypatch):
    # one table gives each word its TIMEX hour: were "pagi" written T09 there, its span is still "pagi"'s
    read = match_facts.table

    def table(lang: str, name: str) -> list[list[str]]:
        rows = read(lang, name)
        return [["pagi", "09"] if r and r[0] == "pagi" else list(r) for r in rows] if name == "parts_of_day.tsv" else rows

    monkeypatch.setattr(match_facts, "table", table)
    match_facts._part_of_day_spans.cache_clear()
    try:
        assert match_conflicts([_kick_off("detik-1", "subuh", "04"), _kick_off("kompas-1", "pagi", "09")], {}) == []
        [conflict] = match_conflicts([_kick_off("detik-1", "dini hari", "02"), _kick_off("kompas-1", "pagi", "09")], {})
        assert conflict.about.endswith("parts of the day dini hari, pagi")
    finally:
        match_facts._part_of_day_spans.cache_clear()


def test_parts_of_the_day_that_meet_are_no_disagreement():
    assert match_conflicts([_kick_off("detik-1", "subuh", "04"), _kick_off("kompas-1", "pagi", "08")], {}) == []
    assert match_conflicts([_kick_off("detik-1", "pagi", "08"), _kick_off("kompas-1", "siang", "12")], {}) == []
