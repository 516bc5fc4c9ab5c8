"""How a story's reports of a happening make its entries: a trial's hearings of two days are two, a date the text states
outweighs a speaker's quoted "kemarin", a war's strikes told up to a cut-off day are no strike, two articles' common
nouns ("warga") tie no two evacuations, a war's strikes on two countries of one day are two, history a large story
recounts in passing is its background, and a name keeps no word glued onto it; on sentences written for these tests."""

from __future__ import annotations

from telisik.stories.timeline import is_participant, story_events, unglue
from test_timeline_context import article


def test_a_trials_hearings_on_two_days_are_two_entries():
    a = article(
        "a",
        "2025-06-19",
        "Saksi Meringankan di Sidang Hasan",
        ["Sidang Hasan Basri kembali digelar hari ini, Kamis (19/6/2025).", "Jaksa menghadirkan satu saksi."],
        [{"type": "TRIAL", "who": ["Hasan Basri", "Rudi Hartono"], "when": "2025-06-19", "trigger": "Sidang", "in_sentence": 0}],
        [("Kamis (19/6/2025)", "2025-06-19")],
    )
    b = article(
        "b",
        "2025-06-20",
        "Teman Kuliah Bersaksi untuk Hasan",
        ["Sidang Hasan Basri berlanjut pada Jumat (20/6/2025).", "Teman kuliahnya dihadirkan sebagai saksi."],
        [{"type": "TRIAL", "who": ["Hasan Basri"], "when": "2025-06-20", "trigger": "Sidang", "in_sentence": 0}],
        [("Jumat (20/6/2025)", "2025-06-20")],
    )
    timeline = story_events([a, b], {"a": 0, "b": 1}).timeline
    assert [(e.when, e.articles) for e in timeline] == [("2025-06-19", ["a"]), ("2025-06-20", ["b"])]


def test_a_stated_date_outweighs_a_quoted_kemarin():
    sentences = [
        '"Bahkan kemarin Pak Menko bertemu dengan Dubes Rusia," kata juru bicara.',
        "Pertemuan tersebut berlangsung pada Senin (16/6/2025) di kantor Menko.",
    ]
    meet = {"type": "MEET", "who": ["Agus Yudhoyono", "Sergei Tolchenov"], "trigger": "bertemu"}
    a = article(
        "a",
        "2025-06-20",
        "Menko Bahas Nuklir dengan Rusia",
        sentences,
        [{**meet, "when": "2025-06-19", "in_sentence": 0}, {**meet, "when": "2025-06-16", "trigger": "Pertemuan", "in_sentence": 1}],
        [("kemarin", "2025-06-19"), ("Senin (16/6/2025)", "2025-06-16")],
    )
    at = a["body"].index("kemarin")
    a["events"][0]["when_span"] = [at, at + len("kemarin")]  # the day the event is dated by, as the text gives it
    assert [e.when for e in story_events([a], {"a": 0}).timeline] == ["2025-06-16"]
    # told only by the quoted day, the meeting keeps it
    alone = article(
        "b",
        "2025-06-20",
        "Menko Bahas Nuklir dengan Rusia",
        sentences[:1],
        [{**meet, "when": "2025-06-19", "in_sentence": 0}],
        [("kemarin", "2025-06-19")],
    )
    assert [e.when for e in story_events([alone], {"b": 0}).timeline] == ["2025-06-19"]


def test_a_wars_strikes_told_up_to_a_cut_off_day_are_no_strike_of_that_day():
    sentences = ["Hingga Senin (16/6/2025), serangan Israel ke Iran telah menewaskan 224 orang.", "Warga mengungsi ke utara."]
    tally = {"type": "ATTACK", "who": ["Israel", "Iran"], "when": "2025-06-16", "where": "Iran", "trigger": "serangan"}
    a = article(
        "a",
        "2025-06-19",
        "Perang Israel-Iran Memasuki Hari Ketujuh",
        sentences,
        [{**tally, "in_sentence": 0}],
        [("Senin (16/6/2025)", "2025-06-16")],
    )
    assert story_events([a], {"a": 0}).timeline == []
    # the strike of a day, told as such, stays
    strike = article(
        "b",
        "2025-06-19",
        "Israel Serang Teheran",
        ["Israel menyerang Teheran pada Senin (16/6/2025)."],
        [{**tally, "trigger": "menyerang", "in_sentence": 0}],
        [("Senin (16/6/2025)", "2025-06-16")],
    )
    assert [e.type for e in story_events([strike], {"b": 0}).timeline] == ["ATTACK"]


def _evacuation(aid: str, sentence: str, where: str | None) -> dict:
    flee = {"type": "EVACUATE", "who": ["warga"], "where": where, "when": "2025-06-19", "trigger": "mengungsi", "in_sentence": 0}
    return article(aid, "2025-06-19", "Warga Mengungsi", [sentence], [flee], [("Kamis (19/6/2025)", "2025-06-19")])


def test_two_articles_common_nouns_tie_no_two_evacuations_unless_their_place_does():
    arak = _evacuation("a", "Warga sekitar Arak diminta mengungsi pada Kamis (19/6/2025).", "Arak")
    jakarta = _evacuation("b", "Warga negara Indonesia mulai mengungsi dari Teheran pada Kamis (19/6/2025).", "Teheran")
    timeline = story_events([arak, jakarta], {"a": 0, "b": 1}).timeline
    assert sorted(e.articles[0] for e in timeline) == ["a", "b"] and len(timeline) == 2
    # two reports of the residents of one place are one evacuation
    again = _evacuation("c", "Warga di Arak mulai mengungsi pada Kamis (19/6/2025).", "Arak")
    assert [e.articles for e in story_events([arak, again], {"a": 0, "c": 1}).timeline] == [["a", "c"]]


def test_a_wars_strikes_on_two_countries_of_one_day_are_two():
    def strike(aid: str, sentence: str, who: list[str], where: str) -> dict:
        ev = {"type": "ATTACK", "who": who, "where": where, "when": "2025-06-13", "trigger": "menyerang", "in_sentence": 0}
        return article(aid, "2025-06-14", "Perang Israel-Iran", [sentence], [ev], [("Jumat (13/6/2025)", "2025-06-13")])

    a = strike("a", "Israel menyerang fasilitas nuklir Iran pada Jumat (13/6/2025).", ["Israel", "Iran"], "Iran")
    b = strike("b", "Iran menyerang wilayah Israel pada Jumat (13/6/2025) malam.", ["Iran", "Israel"], "Israel")
    c = strike("c", "Israel menyerang Iran lagi pada Jumat (13/6/2025) sore.", ["Israel", "Iran"], "Iran")
    timeline = story_events([a, b, c], {"a": 0, "b": 1, "c": 2}).timeline
    assert sorted((e.where, e.articles) for e in timeline) == [("Iran", ["a", "c"]), ("Israel", ["b"])]


def test_history_a_large_story_recounts_in_passing_is_its_background():
    def report(aid: str, aside: bool) -> dict:
        sentences = ["Israel kembali menyerang Teheran pada Kamis (19/6/2025).", "Warga berlindung.", "Situasi kian genting."]
        events = [{"type": "ATTACK", "who": ["Israel"], "where": "Teheran", "when": "2025-06-19", "trigger": "menyerang", "in_sentence": 0}]
        timexes = [("Kamis (19/6/2025)", "2025-06-19")]
        if aside:
            sentences.append("Sebelumnya, penerbangan dari Karachi dibatalkan pada Sabtu (7/6/2025).")
            events.append(
                {
                    "type": "CLOSE",
                    "who": ["Pakistan International Airlines"],
                    "when": "2025-06-07",
                    "trigger": "dibatalkan",
                    "in_sentence": 3,
                }
            )
            timexes.append(("Sabtu (7/6/2025)", "2025-06-07"))
        return article(aid, "2025-06-19", "Israel Serang Teheran", sentences, events, timexes)

    reports = [report(f"r{i}", i < 2) for i in range(10)]  # two reports recount it
    events = story_events(reports, {r["id"]: i for i, r in enumerate(reports)})
    assert [e.type for e in events.timeline] == ["ATTACK"]
    assert [(e.type, e.when) for e in events.background] == [("CLOSE", "2025-06-07")]
    # so does a story of a few reports: a week and more before it, told in no lead, it is what the story recounts
    few = story_events(reports[:2], {"r0": 0, "r1": 1})
    assert [e.type for e in few.timeline] == ["ATTACK"] and [e.type for e in few.background] == ["CLOSE"]
    # a few days before, it is still the story's own time
    recent = [{**r, "body": r["body"].replace("Sabtu (7/6/2025)", "Senin (16/6/2025)"),
               "events": [e if e["type"] != "CLOSE" else {**e, "when": "2025-06-16"} for e in r["events"]]} for r in reports[:2]]
    assert sorted(e.type for e in story_events(recent, {"r0": 0, "r1": 1}).timeline) == ["ATTACK", "CLOSE"]


def test_a_word_glued_onto_a_name_is_cut_off_where_the_name_stands_alone_in_the_text():
    body = "Dua adik Habib Bahar bin Smithdicabuli di Pamulang. Habib Bahar bin Smith marah."
    assert unglue("Habib Bahar bin Smithdicabuli", body) == "Habib Bahar bin Smith"
    # a name that only ends like a word stays whole: its first part stands nowhere alone
    assert unglue("Megamendung", "Banjir melanda Megamendung, Bogor.") == "Megamendung"
    assert unglue("Bahar", body) == "Bahar"


def test_a_name_cut_open_at_a_bracket_is_no_party():
    assert not is_participant("Irwansyah(51")
    assert is_participant("Irwansyah") and is_participant("Partai Keadilan Sejahtera (PKS)")


def test_a_party_is_named_by_its_name_not_by_a_common_nouns_phrase_around_it():
    def strike(aid: str, sentence: str, who: list[str]) -> dict:
        ev = {"type": "ATTACK", "who": who, "where": "Gaza", "when": "2025-06-20", "trigger": "serangan", "in_sentence": 0}
        return article(aid, "2025-06-20", "Serangan di Gaza", [sentence], [ev], [("Jumat (20/6/2025)", "2025-06-20")])

    a = strike("a", "Sedikitnya 40 warga tewas dalam serangan Israel di Gaza pada Jumat (20/6/2025).", ["Israel", "Gaza"])
    b = strike("b", "Saksi melihat serangan pasukan Israel ke kerumunan pada Jumat (20/6/2025).", ["pasukan Israel", "Gaza"])
    (entry,) = story_events([a, b], {"a": 0, "b": 1}).timeline
    assert entry.who[0] == "Israel"


def test_a_name_written_in_camel_case_is_a_party_and_two_glued_words_are_not():
    assert is_participant("AirNav Indonesia") and is_participant("YouTube")
    assert not is_participant("pihak berwenangMalaysia") and not is_participant("Ngunduh MantuAl Ghazali")


def test_the_doer_of_a_killing_is_no_one_the_death_befell():
    def death(aid: str, sentence: str, trigger: str) -> dict:
        ev = {"type": "DIE", "who": ["pelaku"], "where": "Padang Pariaman", "when": "2025-06-15", "trigger": trigger, "in_sentence": 0}
        return article(aid, "2025-06-19", "Kasus Pembunuhan di Padang Pariaman", [sentence], [ev], [("Minggu (15/6/2025)", "2025-06-15")])

    killing = death("a", "Polisi mendalami motif pelaku membunuh korban pada Minggu (15/6/2025).", "membunuh")
    assert [e.who for e in story_events([killing], {"a": 0}).timeline] == [[]]
    # the doer's own death is his
    shot = death("b", "Pelaku tewas ditembak petugas pada Minggu (15/6/2025).", "tewas")
    assert [e.who for e in story_events([shot], {"b": 0}).timeline] == [["pelaku"]]


def test_an_undated_strike_on_another_country_joins_no_strike_on_this_one():
    a = article(
        "a",
        "2025-06-19",
        "Israel Serang Iran",
        ["Israel menyerang fasilitas nuklir Iran pada Kamis (19/6/2025)."],
        [{"type": "ATTACK", "who": ["Israel", "Iran"], "where": "Iran", "when": "2025-06-19", "trigger": "menyerang", "in_sentence": 0}],
        [("Kamis (19/6/2025)", "2025-06-19")],
    )
    b = article(
        "b",
        "2025-06-19",
        "Rudal Iran Hantam Israel",
        ["Sirene meraung di Tel Aviv pada Kamis (19/6/2025).", "Rudal Iran menyerang wilayah Israel selatan."],
        [{"type": "ATTACK", "who": ["Iran", "Israel"], "where": "Israel", "when": None, "trigger": "menyerang", "in_sentence": 1}],
        [("Kamis (19/6/2025)", "2025-06-19")],
    )
    timeline = story_events([a, b], {"a": 0, "b": 1}).timeline
    assert ["a"] in [e.articles for e in timeline] and ["a", "b"] not in [e.articles for e in timeline]


def test_a_happening_of_days_before_a_large_story_told_in_passing_stays_its_own():
    def report(aid: str, aside: bool) -> dict:
        sentences = ["Israel kembali menyerang Teheran pada Kamis (19/6/2025).", "Warga berlindung.", "Situasi kian genting."]
        events = [{"type": "ATTACK", "who": ["Israel"], "where": "Teheran", "when": "2025-06-19", "trigger": "menyerang", "in_sentence": 0}]
        timexes = [("Kamis (19/6/2025)", "2025-06-19")]
        if aside:
            sentences.append("Trump menyerukan Iran menyerah pada Selasa (17/6/2025).")
            events.append(
                {"type": "WARN", "who": ["Donald Trump", "Iran"], "when": "2025-06-17", "trigger": "menyerukan", "in_sentence": 3}
            )
            timexes.append(("Selasa (17/6/2025)", "2025-06-17"))
        return article(aid, "2025-06-19", "Israel Serang Teheran", sentences, events, timexes)

    reports = [report(f"r{i}", i < 2) for i in range(10)]  # two reports recount it
    events = story_events(reports, {r["id"]: i for i, r in enumerate(reports)})
    assert sorted(e.type for e in events.timeline) == ["ATTACK", "WARN"] and events.background == []


def test_a_happening_dated_only_by_the_storys_own_month_is_no_entry():
    def strike(aid: str, when: str, text: str, timex: str) -> dict:
        ev = {"type": "ATTACK", "who": ["Israel", "Iran"], "where": "Iran", "when": when, "trigger": "Serangan", "in_sentence": 0}
        return article(aid, "2025-06-19", "Investor Lirik Kripto", [text], [ev], [(timex, when)])

    month = strike("a", "2025-06", "Serangan udara Israel ke Iran pada Juni 2025 memicu kepanikan investor.", "Juni 2025")
    assert story_events([month], {"a": 0}).timeline == []
    # a day of it, or an earlier month, is a date the timeline can hold
    day = strike("b", "2025-06-13", "Serangan udara Israel ke Iran pada Jumat (13/6/2025) memicu kepanikan.", "Jumat (13/6/2025)")
    assert [e.when for e in story_events([day], {"b": 0}).timeline] == ["2025-06-13"]


def test_a_happening_of_another_kind_one_report_of_a_large_story_tells_in_passing_is_no_entry():
    def report(aid: str, aside: bool) -> dict:
        sentences = ["Presiden Prabowo bertemu Presiden Putin di St Petersburg pada Kamis (19/6/2025).", "Keduanya membahas energi."]
        events = [
            {"type": "MEET", "who": ["Prabowo Subianto", "Vladimir Putin"], "when": "2025-06-19", "trigger": "bertemu", "in_sentence": 0}
        ]
        timexes = [("Kamis (19/6/2025)", "2025-06-19")]
        if aside:
            sentences += ["Berita lain hari ini.", "Roket Starship meledak di Texas pada Kamis (19/6/2025) malam."]
            events.append({"type": "ACCIDENT", "who": [], "where": "Texas", "when": "2025-06-19", "trigger": "meledak", "in_sentence": 3})
            timexes.append(("Kamis (19/6/2025) malam", "2025-06-19"))
        return article(aid, "2025-06-20", "Prabowo Bertemu Putin", sentences, events, timexes)

    reports = [report(f"r{i}", i == 0) for i in range(10)]
    assert [e.type for e in story_events(reports, {r["id"]: i for i, r in enumerate(reports)}).timeline] == ["MEET"]
    # a story of a few reports keeps it
    assert sorted(e.type for e in story_events(reports[:2], {"r0": 0, "r1": 1}).timeline) == ["ACCIDENT", "MEET"]


def test_strikes_of_one_day_by_two_countries_are_two_though_no_report_says_where():
    def strike(aid: str, sentence: str, who: list[str]) -> dict:
        ev = {"type": "ATTACK", "who": who, "where": None, "when": "2025-06-13", "trigger": "serangan", "in_sentence": 0}
        return article(aid, "2025-06-14", "Perang Israel-Iran", [sentence], [ev], [("Jumat (13/6/2025)", "2025-06-13")])

    a = strike("a", "Israel melancarkan serangan udara besar-besaran pada Jumat (13/6/2025).", ["Israel", "Iran"])
    b = strike("b", "Iran membalas dengan serangan rudal dan drone pada Jumat (13/6/2025).", ["Iran", "Israel"])
    c = strike("c", "Gelombang serangan Israel berlanjut pada Jumat (13/6/2025) malam.", ["Israel"])
    timeline = story_events([a, b, c], {"a": 0, "b": 1, "c": 2}).timeline
    assert sorted(e.articles for e in timeline) == [["a", "c"], ["b"]]


def test_the_strikes_that_began_a_war_recalled_in_the_leads_of_its_second_week_are_its_background():
    def report(aid: str, began: str, day: str) -> dict:
        sentences = [f"Israel melancarkan serangan ke Iran pada {began}, memicu perang yang kini memasuki pekan kedua.",
                     "Israel kembali menyerang Teheran pada Kamis (19/6/2025)."]
        events = [{"type": "ATTACK", "who": ["Israel", "Iran"], "where": "Iran", "when": day, "trigger": "melancarkan", "in_sentence": 0},
                  {"type": "ATTACK", "who": ["Israel"], "where": "Teheran", "when": "2025-06-19", "trigger": "menyerang", "in_sentence": 1}]
        return article(aid, "2025-06-19", "Israel Serang Teheran", sentences, events, [(began, day), ("Kamis (19/6/2025)", "2025-06-19")])

    reports = [report(f"r{i}", "Jumat (13/6/2025)", "2025-06-13") for i in range(10)]
    events = story_events(reports, {r["id"]: i for i, r in enumerate(reports)})
    assert [e.when for e in events.timeline] == ["2025-06-19"] and [e.when for e in events.background] == ["2025-06-13"]
    # five days before its first report, told in its leads, a happening is the story's lead-up (a mine halted before its
    # permit is revoked), and a story of a few reports keeps what its leads tell
    lead_up = [report(f"r{i}", "Sabtu (14/6/2025)", "2025-06-14") for i in range(10)]
    assert [e.when for e in story_events(lead_up, {r["id"]: i for i, r in enumerate(lead_up)}).timeline] == ["2025-06-14", "2025-06-19"]
    assert [e.when for e in story_events(reports[:2], {"r0": 0, "r1": 1}).timeline] == ["2025-06-13", "2025-06-19"]
