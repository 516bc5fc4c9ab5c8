"""A story's own happenings apart from its context: a happening told only as another's backdrop goes to the
background, a death toll up to a cut-off day is a figure and not a death of the day, tallies at different cut-offs
do not disagree, and one place under two names the articles give it is one place; on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Sequence

from story_articles import article as story_article
from telisik.stories.cutoffs import cutoff_day
from telisik.stories.event_conflicts import named_as_one
from telisik.stories.figures import figures_and_conflicts
from telisik.stories.timeline import story_events


def article(aid: str, published: str, title: str, sentences: list[str], events: list[dict], timexes: Sequence[tuple[str, str]] = ()) -> dict:
    """An article with a headline of its own (``story_articles.article``)."""
    return story_article(aid, published, sentences, events, timexes, title)


def attack(trigger: str, in_sentence: int, when: str | None = "2025-06-13") -> dict:
    return {"type": "ATTACK", "who": ["Israel", "Iran"], "when": when, "trigger": trigger, "in_sentence": in_sentence}


def test_a_happening_told_only_as_a_backdrop_is_background_of_a_markets_story():
    a = article("a", "2025-06-18", "Harga Bitcoin Turun, Investor Beralih ke Emas",
                ["Harga Bitcoin turun 3 persen akibat serangan udara Israel ke Iran.", "Investor kini memilih emas."],
                [attack("serangan", 0)])
    b = article("b", "2025-06-18", "Kripto Tertekan Tensi Geopolitik",
                ["Pasar kripto lesu pasca serangan Israel ke Iran pekan lalu.", "Analis menyarankan investor berhati-hati."],
                [attack("serangan", 0)])
    events = story_events([a, b], {"a": 0, "b": 1})
    assert [e.type for e in events.timeline] == []
    assert [e.type for e in events.background] == ["ATTACK"]


def test_a_happening_the_story_tells_itself_stays_in_its_timeline():
    # one report tells the attack in its own clause: the attack is the story's, not its backdrop
    a = article("a", "2025-06-18", "Harga Bitcoin Turun, Investor Beralih ke Emas",
                ["Harga Bitcoin turun 3 persen akibat serangan udara Israel ke Iran."], [attack("serangan", 0)])
    b = article("b", "2025-06-18", "Ketegangan Timur Tengah Memuncak",
                ["Israel melancarkan serangan udara ke Iran pada Jumat (13/6/2025)."], [attack("serangan", 0)])
    assert [e.type for e in story_events([a, b], {"a": 0, "b": 1}).timeline] == ["ATTACK"]
    # a title naming the happening by its trigger makes it the story's, however its reports tell it
    c = article("c", "2025-06-18", "Dunia Mengecam Serangan Israel ke Iran",
                ["Sejumlah negara bersuara setelah serangan Israel ke Iran."], [attack("serangan", 0)])
    assert [e.type for e in story_events([c], {"c": 0}).timeline] == ["ATTACK"]
    # in another voice too: a story titled "Israel Gempur Iran" tells "gempuran" as its own
    d = article("d", "2025-06-18", "Israel Gempur Iran Lagi",
                ["Harga minyak naik setelah gempuran Israel ke Iran."], [{**attack("gempuran", 0)}])
    assert [e.type for e in story_events([d], {"d": 0}).timeline] == ["ATTACK"]


def test_a_toll_up_to_a_cut_off_day_is_no_death_of_the_day():
    sentences = ["Konflik kedua negara belum mereda.", "Hingga Senin (16/6), serangan itu telah menyebabkan 120 orang tewas."]
    toll = {"type": "DIE", "who": ["orang"], "when": "2025-06-18", "trigger": "tewas", "count": 120, "in_sentence": 1}
    a = article("a", "2025-06-18", "Korban Perang Terus Bertambah", sentences, [toll], [("(16/6)", "2025-06-16")])
    assert story_events([a], {"a": 0}).timeline == []
    # a death told on its day, with no cut-off, is a happening of the timeline
    sentences = ["Sebuah bus terguling di Tol Cipularang pada Senin (16/6).", "Sebanyak 12 orang tewas dalam kecelakaan itu."]
    die = {"type": "DIE", "who": ["orang"], "when": "2025-06-16", "trigger": "tewas", "count": 12, "in_sentence": 1}
    b = article("b", "2025-06-16", "Bus Terguling di Cipularang", sentences, [die], [("Senin (16/6)", "2025-06-16")])
    assert [e.type for e in story_events([b], {"b": 0}).timeline] == ["DIE"]


def test_the_cut_off_of_a_tally_told_over_two_sentences():
    sentences = ["Hingga Rabu (18/6), korban tewas telah mencapai 500 orang.", "Sementara 1.200 orang lainnya mengalami luka."]
    a = article("a", "2025-06-19", "t", sentences, [], [("(18/6)", "2025-06-18")])
    body = a["body"]
    from telisik.stories.article import StoryArticle

    story_article = StoryArticle.of(a)
    assert cutoff_day(story_article, body.index("1.200")) == "2025-06-18"
    # a sentence that does not go on with the tally has no cut-off of the sentence before
    sentences = ["Hingga Rabu (18/6), korban tewas telah mencapai 500 orang.", "Rumah sakit merawat 1.200 orang luka."]
    b = StoryArticle.of(article("b", "2025-06-19", "t", sentences, [], [("(18/6)", "2025-06-18")]))
    assert cutoff_day(b, b.body.index("1.200")) is None


def injured(aid: str, published: str, sentence: str, count: int, timexes: list[tuple[str, str]]) -> dict:
    event = {"type": "INJURE", "who": ["orang"], "when": None, "trigger": "luka", "count": count, "counted": "orang", "in_sentence": 0}
    return article(aid, published, "Korban Luka Bertambah", [sentence], [event], timexes)


def test_tallies_at_different_cut_offs_are_no_disagreement():
    a = injured("a", "2025-06-19T01:00:00+07:00", "Hingga Senin (16/6), sebanyak 1.400 orang luka.", 1400, [("(16/6)", "2025-06-16")])
    b = injured("b", "2025-06-19T02:00:00+07:00", "Hingga Rabu (18/6), sebanyak 1.300 orang luka.", 1300, [("(18/6)", "2025-06-18")])
    updates, conflicts = figures_and_conflicts([a, b])
    assert conflicts == []
    # the same moment's counts with no cut-off do disagree
    c = injured("c", "2025-06-19T01:00:00+07:00", "Sebanyak 1.400 orang luka dalam serangan itu.", 1400, [])
    d = injured("d", "2025-06-19T02:00:00+07:00", "Sebanyak 1.300 orang luka dalam serangan itu.", 1300, [])
    assert [c.kind for c in figures_and_conflicts([c, d])[1]] == ["number"]


def test_a_tally_is_dated_by_its_cut_off_in_the_updates():
    a = injured("a", "2025-06-19T01:00:00+07:00", "Hingga Senin (16/6), sebanyak 1.300 orang luka.", 1300, [("(16/6)", "2025-06-16")])
    b = injured("b", "2025-06-20T09:00:00+07:00", "Hingga Kamis (19/6), sebanyak 1.500 orang luka.", 1500, [("(19/6)", "2025-06-19")])
    (update,) = figures_and_conflicts([a, b])[0]
    assert [(p.value, p.as_of) for p in update.series] == [(1300, "2025-06-16"), (1500, "2025-06-19")]


def meeting(aid: str, where: str, body: str) -> dict:
    sentence = body.split(". ")[0]
    event = {"type": "MEET", "who": ["Gubernur Dedi", "Menteri Budi"], "when": "2025-06-17", "where": where, "trigger": "bertemu"}
    return article(aid, "2025-06-17", "Gubernur Bertemu Menteri", [sentence], [{**event, "in_sentence": 0}])


def test_one_place_under_two_names_the_articles_give_is_no_place_conflict():
    a = meeting("a", "Gedung Sate", "Gubernur Dedi bertemu Menteri Budi di Gedung Sate atau Gedung Gubernuran, Bandung")
    b = meeting("b", "Gedung Gubernuran", "Gubernur Dedi bertemu Menteri Budi di Gedung Gubernuran")
    assert [c.kind for c in story_events([a, b], {"a": 0, "b": 1}).conflicts] == []
    # two buildings no article gives as one disagree
    c = meeting("c", "Gedung Sate", "Gubernur Dedi bertemu Menteri Budi di Gedung Sate")
    d = meeting("d", "Hotel Savoy", "Gubernur Dedi bertemu Menteri Budi di Hotel Savoy")
    assert [c.kind for c in story_events([c, d], {"c": 0, "d": 1}).conflicts] == ["place"]


def test_names_joined_as_one():
    texts = ["presiden tiba di istana konstantinovsky (constantine) di strelna."]
    assert named_as_one("Istana Konstantinovsky", "Istana Constantine", texts)
    assert not named_as_one("Istana Konstantinovsky", "Istana Peterhof", texts)
    assert not named_as_one("Istana Konstantinovsky", "Istana Konstantinovsky", texts)  # no words tell them apart


def evacuation(who: list[str]) -> dict:
    return {"type": "EVACUATE", "who": who, "when": "2025-06-18", "where": "Iran", "status": "occurred", "trigger": "dievakuasi",
            "sentence": "Warga dievakuasi dari Iran."}


def test_a_report_naming_no_one_does_not_bridge_two_countries_evacuations():
    articles = [
        {"id": "a", "published": "2025-06-18", "events": [evacuation([])]},
        {"id": "b", "published": "2025-06-18", "events": [evacuation(["Pemerintah China"])]},
        {"id": "c", "published": "2025-06-18", "events": [evacuation(["Kementerian Luar Negeri RI"])]},
    ]
    timeline = story_events(articles, {"a": 0, "b": 1, "c": 2}).timeline
    assert sorted(tuple(t.articles) for t in timeline) == [("a", "b"), ("c",)]
    # two reports of one country's evacuation, one naming no one, are one entry
    articles = articles[:2] + [{"id": "d", "published": "2025-06-18", "events": [evacuation(["China"])]}]
    assert [t.articles for t in story_events(articles, {"a": 0, "b": 1, "d": 2}).timeline] == [["a", "b", "d"]]


def test_a_place_and_one_an_article_places_inside_it_are_no_place_conflict():
    a = meeting("a", "Pulau Kelor", "Gubernur Dedi bertemu Menteri Budi di Pulau Kelor, Taman Nasional Komodo")
    b = meeting("b", "Taman Nasional Komodo", "Gubernur Dedi bertemu Menteri Budi di Taman Nasional Komodo")
    assert story_events([a, b], {"a": 0, "b": 1}).conflicts == []
    # two islands no article places one inside the other disagree
    c = meeting("c", "Pulau Kelor", "Gubernur Dedi bertemu Menteri Budi di Pulau Kelor")
    d = meeting("d", "Pulau Rinca", "Gubernur Dedi bertemu Menteri Budi di Pulau Rinca")
    assert [c.kind for c in story_events([c, d], {"c": 0, "d": 1}).conflicts] == ["place"]


def dated_meeting(aid: str, sentence: str, when: str, date_text: str, published: str = "2025-06-20") -> dict:
    event = {"type": "MEET", "who": ["Presiden Prabowo", "Presiden Putin"], "when": when, "trigger": "bertemu", "in_sentence": 0}
    a = article(aid, published, "Prabowo Bertemu Putin", [sentence], [event])
    at = a["body"].index(date_text)
    a["events"][0]["when_span"] = [at, at + len(date_text)]
    return a


def test_a_speakers_besok_in_a_quotation_is_no_date_in_dispute():
    a = dated_meeting("a", "Presiden Prabowo bertemu Presiden Putin pada Kamis (19/6/2025).", "2025-06-19", "Kamis (19/6/2025)")
    b = dated_meeting("b", '"Besok Presiden Prabowo bertemu Presiden Putin," kata Menteri Luar Negeri.', "2025-06-20", "Besok", "2025-06-19")
    b["events"][0]["status"] = "planned"
    assert story_events([a, b], {"a": 0, "b": 1}).conflicts == []
    # a date the report gives itself does disagree
    c = dated_meeting("c", "Presiden Prabowo bertemu Presiden Putin pada Jumat (20/6/2025).", "2025-06-20", "Jumat (20/6/2025)")
    assert [x.kind for x in story_events([a, c], {"a": 0, "c": 1}).conflicts] == ["date"]


def test_a_happening_before_the_story_of_a_kind_no_lead_tells_is_its_backdrop():
    trip = {"type": "VISIT", "who": ["Rina"], "when": "2025-06-18", "trigger": "tiba", "in_sentence": 0}
    strikes = {"type": "ATTACK", "who": ["Israel", "Iran"], "when": "2025-06-12", "trigger": "serangan", "in_sentence": 2}
    sentences = ["Pendaki Rina tiba di perbatasan Armenia pada Rabu (18/6).", "Ia tertahan dua hari di sana.",
                 "Pada 12 Juni, Israel melancarkan serangan udara ke Iran."]
    a = article("a", "2025-06-19", "Pendaki Tertahan di Perbatasan", sentences, [trip, strikes])
    events = story_events([a], {"a": 0})
    assert [e.type for e in events.timeline] == ["VISIT"] and [e.type for e in events.background] == ["ATTACK"]
    # the same strikes in a story that leads with them are its own
    sentences = ["Israel melancarkan serangan udara ke Iran pada 12 Juni.", "Iran membalas dua hari kemudian.", "Warga panik."]
    b = article("b", "2025-06-19", "Israel Gempur Iran", sentences, [{**strikes, "in_sentence": 0}])
    assert [e.type for e in story_events([b], {"b": 0}).timeline] == ["ATTACK"]


def test_a_habits_clock_time_is_not_the_happenings():
    from telisik.stories.article import StoryArticle
    from telisik.stories.timeline import clause_clock

    sentence = "Penutupan jalan pada Minggu nanti, yang biasanya pukul 06.00, dimajukan demi lomba lari."
    event = {"type": "CLOSE", "who": ["ruas jalan"], "when": "2025-06-22", "trigger": "Penutupan", "in_sentence": 0}
    a = StoryArticle.of(article("a", "2025-06-18", "t", [sentence], [event], [("pukul 06.00", "2025-06-22T06:00")]))
    assert clause_clock(a, a.events[0]) is None
    sentence = "Penutupan jalan pada Minggu nanti dimulai pukul 05.30 demi lomba lari."
    event = {"type": "CLOSE", "who": ["ruas jalan"], "when": "2025-06-22", "trigger": "Penutupan", "in_sentence": 0}
    b = StoryArticle.of(article("b", "2025-06-18", "t", [sentence], [event], [("pukul 05.30", "2025-06-22T05:30")]))
    assert clause_clock(b, b.events[0]) == "2025-06-22T05:30"


def test_a_closure_the_title_names_in_another_voice_is_the_storys_own():
    closure = {"type": "CLOSE", "who": ["Dinas Pendidikan"], "when": "2025-06-08", "trigger": "penutupan", "in_sentence": 0}
    a = article("a", "2025-06-10", "Pendaftaran Sekolah Ditutup, Ratusan Siswa Belum Tertampung",
                 ["Orang tua siswa mengeluh usai penutupan pendaftaran oleh Dinas Pendidikan pada 8 Juni 2025."], [{**closure}])
    assert [e.type for e in story_events([a], {"a": 0}).timeline] == ["CLOSE"]
    b = article("b", "2025-06-10", "Ratusan Siswa Belum Tertampung",
                ["Orang tua siswa mengeluh usai penutupan pendaftaran oleh Dinas Pendidikan pada 8 Juni 2025."], [{**closure, "in_sentence": 0}])
    assert [e.type for e in story_events([b], {"b": 0}).background] == ["CLOSE"]


def test_a_story_that_leads_with_a_happening_tells_its_chain_not_a_backdrop():
    capsized = {"type": "ACCIDENT", "who": ["speed boat"], "when": "2025-06-09", "trigger": "terbalik", "in_sentence": 0}
    evacuated = {"type": "EVACUATE", "who": ["korban"], "when": "2025-06-09", "trigger": "dievakuasi", "in_sentence": 1}
    sentences = ["Sebuah speed boat terbalik di perairan Bintan pada Senin (9/6/2025).",
                 "Pasca dievakuasi, semua korban dibawa ke RSUD Bintan."]
    a = article("a", "2025-06-10", "Lima Penumpang Selamat", sentences, [capsized, evacuated])
    assert sorted(e.type for e in story_events([a], {"a": 0}).timeline) == ["ACCIDENT", "EVACUATE"]


def test_a_place_named_two_ways_still_outweighs_places_named_once():
    a = meeting("a", "Gedung Sate", "Gubernur Dedi bertemu Menteri Budi di Gedung Sate atau Gedung Gubernuran, Bandung")
    b = meeting("b", "Gedung Gubernuran", "Gubernur Dedi bertemu Menteri Budi di Gedung Gubernuran")
    c = meeting("c", "Bandung", "Gubernur Dedi bertemu Menteri Budi di Bandung")
    d = meeting("d", "Cimahi", "Gubernur Dedi bertemu Menteri Budi di Cimahi")
    assert story_events([a, b, c, d], {"a": 0, "b": 1, "c": 2, "d": 3}).conflicts == []


def test_a_day_that_dates_the_clause_a_happening_is_the_backdrop_of_is_not_the_happenings():
    def eruption(trigger: str, in_sentence: int, when: str) -> dict:
        return {"type": "DISASTER", "who": [], "where": "Gunung Lewotobi", "when": when, "trigger": trigger, "in_sentence": in_sentence}

    sentences = ["Batik Air membatalkan penerbangan ke Labuan Bajo pada Rabu (18/6/2025) akibat erupsi Gunung Lewotobi."]
    cancelled = article("a", "2025-06-18", "Batik Air Batalkan Penerbangan", sentences,
                        [{"type": "CLOSE", "who": ["Batik Air"], "when": "2025-06-18", "trigger": "membatalkan", "in_sentence": 0},
                         eruption("erupsi", 0, "2025-06-18")], [("Rabu (18/6/2025)", "2025-06-18")])
    cancelled["events"][1]["when_span"] = cancelled["timexes"][0]["start"], cancelled["timexes"][0]["end"]
    erupted = article("b", "2025-06-18", "Gunung Lewotobi Erupsi Lagi", ["Gunung Lewotobi erupsi pada Selasa (17/6/2025) malam."],
                      [eruption("erupsi", 0, "2025-06-17")], [("Selasa (17/6/2025)", "2025-06-17")])
    timeline = story_events([cancelled, erupted], {"a": 0, "b": 1}).timeline
    # the Wednesday is the cancellation's: no eruption of Wednesday, only Tuesday's, which the eruption's own report dates
    assert sorted((e.type, e.when) for e in timeline) == [("CLOSE", "2025-06-18"), ("DISASTER", "2025-06-17")]
