"""Facts of a match that sources give differently (telisik.stories.match_facts), on invented reports."""

from datetime import date

from telisik.stories.article import StoryArticle
from telisik.stories.match_facts import (
    chances_of,
    close_minutes,
    goals_of,
    headline_result,
    kick_offs_of,
    match_conflicts,
    match_pairs,
    match_reports,
    minute_value,
    substitutions_of,
    team_key,
)

TEAMS = frozenset({"persib", "persija"})


def article(aid, body, title="Hasil Persib vs Persija: Maung Bandung Menang 3-1", day=date(2025, 3, 2), timexes=()):
    return StoryArticle(
        id=aid,
        title=title,
        body=body,
        outlet=aid.split("-")[0],
        published="",
        day=day,
        dateline="",
        sentences=[],
        events=[],
        timexes=list(timexes),
    )


LEAD = "Persib menang 3-1 atas Persija dalam laga pekan ke-20 Liga 1 di Stadion Si Jalak Harupat."


def timex(body, text, value):
    start = body.index(text)
    return {"text": text, "start": start, "end": start + len(text), "value": value, "type": "TIME"}


# ---- which match -------------------------------------------------------------------------------------


def test_team_key_reads_a_national_team_a_nickname_and_an_age_group():
    assert team_key("Timnas Indonesia") == "indonesia"
    assert team_key("Samurai Biru") == "jepang"
    assert team_key("Timnas Indonesia U-23") == "indonesia u-23"
    assert team_key("Al Nassr") == "al nassr"


def test_match_pairs_reads_the_teams_beside_vs_without_headline_words():
    assert match_pairs("Hasil Persib vs Persija: Maung Bandung Menang") == {frozenset({"persib", "persija"})}
    assert match_pairs("Hasil Liga 1: Persib Menang, Persija Tumbang") == set()


def test_a_story_of_reports_of_one_match_is_one_match():
    a = article("detik-1", LEAD)
    b = article("kompas-1", LEAD, title="Persija Takluk 1-3 dari Persib di Bandung")
    [(pair, reports)] = match_reports([a, b])
    assert pair == TEAMS and [r.id for r in reports] == ["detik-1", "kompas-1"]


def test_a_preview_and_a_round_up_are_no_report_of_the_match():
    preview = article("okezone-1", LEAD, title="Prediksi Persib vs Persija: Duel Panas di Bandung")
    round_up = article("tribun-1", LEAD, title="Hasil Liga 1: Persib vs Persija 3-1, Arema vs Bali United 0-0")
    report = article("detik-1", LEAD)
    [(_, reports)] = match_reports([preview, round_up, report])
    assert [r.id for r in reports] == ["detik-1"]


def test_a_headline_reports_a_result_by_a_score_or_a_result_word_beside_its_one_match():
    assert headline_result("Hasil Piala Nusantara: Persib vs Persija 3-1") == {"persib", "persija"}
    assert headline_result("Persib vs Persija Berakhir Imbang, Bojan Kecewa") == {"persib", "persija"}
    # a winner, a beat verb and a loser, with the score: no "vs" needed
    assert headline_result("Comeback, Timnas Voli Putra Indonesia Pukul Thailand 3-2") == {"voli putra indonesia", "thailand"}
    assert headline_result("Hasil Akhir: Persija Ditahan Persib 1-1 di Jakarta") == {"persija", "persib"}


def test_a_preview_a_schedule_a_round_up_or_an_adjective_reports_no_result():
    assert headline_result("Jadwal Siaran Langsung Persib vs Persija di Liga Nusantara") == frozenset()
    assert headline_result("Live Malam Ini! Persib vs Persija Berebut Puncak Klasemen") == frozenset()
    assert headline_result("Persib vs Persija: Bojan Yakin Timnya Siap Tempur") == frozenset()  # no score, no result word
    assert headline_result("Piala Nusantara Persib vs Persija: Menang Harga Mati") == frozenset()  # a preview's "menang"
    assert headline_result("Hasil Liga: Persib vs Persija 3-1, Arema vs Bali United 0-0") == frozenset()
    # "babak belur" (battered) is no team
    assert headline_result("Respons Ketum Lihat Timnas Indonesia Babak Belur Dihajar Jepang 0-6") == frozenset()
    # a beat verb without a score is a word of another kind of news
    assert headline_result("Gubernur Pukul Mundur Rencana Tambang Pasir") == frozenset()


# ---- reading a report ----------------------------------------------------------------------------------


def test_goals_are_read_with_their_minute_as_written():
    body = (
        f"{LEAD} Ciro Alves membuka keunggulan pada menit ke-12. "
        "Gol dari David da Silva di menit 45+2 membuat Persib unggul 2-0. "
        "Persija membalas lewat gol Rizky Dwi (67')."
    )
    goals = [(g.scorer, g.minute) for g in goals_of(article("detik-1", body), TEAMS)]
    assert goals == [("Ciro Alves", "12"), ("David da Silva", "45+2"), ("Rizky Dwi", "67")]


def test_a_list_of_a_scorers_goals_gives_each_minute():
    body = f"{LEAD} Gol Persib dicetak oleh Ciro Alves (12', 45+2') dan Tyronne (80'), sedangkan Persija lewat Maciej (70')."
    goals = [(g.scorer, g.minute) for g in goals_of(article("detik-1", body), TEAMS)]
    assert ("Ciro Alves", "12") in goals and ("Ciro Alves", "45+2") in goals and ("Tyronne", "80") in goals


def test_a_goal_count_in_brackets_is_no_minute():
    body = f"{LEAD} Gol kemenangan Persib dicetak Ciro Alves (2) dan Tyronne."
    assert goals_of(article("detik-1", body), TEAMS) == []


def test_a_chance_a_season_tally_and_a_team_are_no_scorer():
    body = (
        f"{LEAD} Ciro Alves nyaris mencetak gol pada menit ke-30, namun sepakannya melebar. "
        "Tyronne mencetak gol ke-10 musim ini pada menit ke-55. "
        "Persib menambah keunggulan pada menit ke-60."
    )
    assert goals_of(article("detik-1", body), TEAMS) == []


def test_a_minute_in_another_clause_is_not_the_scorers():
    body = f"{LEAD} Gol cepat tercipta di menit ke-3, sebelum Tyronne menggandakan keunggulan jelang turun minum."
    assert goals_of(article("detik-1", body), TEAMS) == []


def test_substitutions_are_read_from_prose_and_from_a_line_up():
    body = (
        f"{LEAD} Memasuki babak kedua, Bojan Hodak memasukkan Beckham Putra untuk menggantikan Marc Klok.\n"
        "Rezaldi Hehanusa ditarik keluar dan digantikan oleh Kakang Rudianto pada menit ke-70.\n"
        "Persib: Kevin Ray; Nick Kuipers, Ciro Alves (Adam Alis 81'), Tyronne"
    )
    subs = {(s.came_on, s.went_off) for s in substitutions_of(article("detik-1", body), TEAMS)}
    assert subs == {(("Beckham Putra",), ("Marc Klok",)), (("Kakang Rudianto",), ("Rezaldi Hehanusa",)), (("Adam Alis",), ("Ciro Alves",))}


def test_a_double_change_keeps_both_players_of_each_side():
    body = f"{LEAD} Adam Alis dan Beckham Putra masuk. Mereka menggantikan Marc Klok dan Tyronne."
    [sub] = substitutions_of(article("detik-1", body), TEAMS)
    assert sub.came_on == ("Adam Alis", "Beckham Putra") and sub.went_off == ("Marc Klok", "Tyronne")


def test_a_preview_line_up_change_is_no_substitution():
    body = f"{LEAD} Di lini tengah, Beckham Putra menggantikan posisi Marc Klok yang cedera. Adam Alis akan masuk menggantikan Tyronne."
    assert substitutions_of(article("detik-1", body), TEAMS) == []


def test_the_kick_off_hour_is_read_with_its_zone():
    body = f"{LEAD} Laga Persib vs Persija berlangsung pada Minggu (2/3/2025) malam WIB."
    a = article("detik-1", body, timexes=[timex(body, "Minggu (2/3/2025) malam", "2025-03-02T19")])
    [kick_off] = kick_offs_of(a)
    assert (kick_off.value, kick_off.zone, kick_off.clock) == ("2025-03-02T19", "WIB", False)


def test_a_quote_ending_the_sentence_before_leaves_the_kick_off_its_own_sentence():
    # the page's sentences end the coach's quote at '."': its "pekan lalu" tells of another match, not of this kick-off
    quote = 'Pelatih Persib berkata, "Kami belajar dari kekalahan pekan lalu."'
    body = f"{LEAD} {quote} Laga Persib vs Persija berlangsung pada Minggu (2/3/2025) malam WIB."
    here = body.index("Laga Persib")
    a = article("detik-1", body, timexes=[timex(body, "Minggu (2/3/2025) malam", "2025-03-02T19")])
    a.sentences = [[0, len(LEAD)], [len(LEAD) + 1, here - 1], [here, len(body)]]
    [kick_off] = kick_offs_of(a)
    assert kick_off.value == "2025-03-02T19"


def test_minutes_of_added_time():
    assert minute_value("45+6") == 51
    assert close_minutes("45+6", "51") and close_minutes("45", "45+4") and close_minutes("58", "59")
    assert not close_minutes("30", "51") and not close_minutes("90", "45+2")


# ---- conflicts -------------------------------------------------------------------------------------------


def test_a_goal_told_at_another_minute_by_another_source_is_a_conflict():
    a = article("detik-1", f"{LEAD} Ciro Alves membuka skor pada menit ke-12. Ciro Alves kembali mencetak gol pada menit ke-51.")
    b = article("kompas-1", f"{LEAD} Gol Persib dicetak Ciro Alves (12', 45+6').")
    [conflict] = match_conflicts([a, b], {})
    assert conflict.kind == "match"
    assert conflict.about == "minute of Ciro Alves's 2nd goal"
    assert conflict.values == {"45+6": ["kompas-1"], "51": ["detik-1"]}


def test_a_substitute_told_replacing_another_player_is_a_conflict():
    a = article("detik-1", f"{LEAD} Memasuki babak kedua, Beckham Putra masuk menggantikan Marc Klok.")
    b = article("kompas-1", f"{LEAD}\nPersib: Kevin Ray, Nick Kuipers, Tyronne (Beckham Putra 46'), Ciro Alves")
    [conflict] = match_conflicts([a, b], {})
    assert conflict.about == "player replaced by Beckham Putra"
    assert conflict.values == {"Marc Klok": ["detik-1"], "Tyronne": ["kompas-1"]}


def test_a_double_change_told_with_another_player_off_is_a_conflict():
    a = article("detik-1", f"{LEAD} Adam Alis dan Beckham Putra masuk. Mereka menggantikan Marc Klok dan Tyronne.")
    b = article("kompas-1", f"{LEAD}\nPersib: Kevin Ray, Marc Klok (Adam Alis 60'), Dimas Drajad (Beckham Putra 60'), Ciro Alves")
    [conflict] = match_conflicts([a, b], {})
    assert conflict.about == "player taken off when Adam Alis and Beckham Putra came on"
    assert set(conflict.values) == {"Tyronne", "Dimas Drajad"}


def test_the_kick_off_told_in_parts_of_the_day_far_apart_is_a_conflict():
    body_a = f"{LEAD} Laga berlangsung pada Minggu (2/3/2025) sore WIB."
    body_b = f"{LEAD} Laga berlangsung pada Minggu (2/3/2025) malam WIB."
    a = article("detik-1", body_a, timexes=[timex(body_a, "Minggu (2/3/2025) sore", "2025-03-02T15")])
    b = article("kompas-1", body_b, timexes=[timex(body_b, "Minggu (2/3/2025) malam", "2025-03-02T19")])
    [conflict] = match_conflicts([a, b], {})
    assert conflict.about == "kick-off time of persib vs persija (WIB): parts of the day sore, malam"
    assert conflict.values == {"2025-03-02T15": ["detik-1"], "2025-03-02T19": ["kompas-1"]}


def test_neighbouring_parts_of_the_day_and_other_zones_are_no_conflict():
    body_a = f"{LEAD} Laga berlangsung pada Minggu (2/3/2025) petang WIB."
    body_b = f"{LEAD} Laga berlangsung pada Minggu (2/3/2025) malam WIB."
    body_c = f"{LEAD} Laga berlangsung pada Minggu (2/3/2025) sore waktu setempat."
    a = article("detik-1", body_a, timexes=[timex(body_a, "Minggu (2/3/2025) petang", "2025-03-02T18")])
    b = article("kompas-1", body_b, timexes=[timex(body_b, "Minggu (2/3/2025) malam", "2025-03-02T19")])
    c = article("okezone-1", body_c, timexes=[timex(body_c, "Minggu (2/3/2025) sore", "2025-03-02T15")])
    assert match_conflicts([a, b, c], {}) == []


def test_one_source_and_its_copy_never_conflict():
    a = article("detik-1", f"{LEAD} Ciro Alves membuka skor pada menit ke-12.")
    copy = article("detik-2", f"{LEAD} Ciro Alves membuka skor pada menit ke-13.")
    assert match_conflicts([a, copy], {"detik-2": "detik-1"}) == []


def test_two_goals_of_one_scorer_told_by_one_source_are_two_goals():
    a = article("detik-1", f"{LEAD} Gol Persib dicetak oleh Ciro Alves (12', 15').")
    b = article("kompas-1", f"{LEAD} Ciro Alves membuka skor pada menit ke-12. Ciro Alves kembali mencetak gol pada menit ke-15.")
    assert match_conflicts([a, b], {}) == []


def test_goals_far_apart_are_different_goals_not_a_conflict():
    a = article("detik-1", f"{LEAD} Ciro Alves membuka skor pada menit ke-12.")
    b = article("kompas-1", f"{LEAD} Ciro Alves mencetak gol pada menit ke-70.")
    assert match_conflicts([a, b], {}) == []


def test_a_story_of_two_matches_compares_each_match_apart():
    a = article("detik-1", f"{LEAD} Ciro Alves membuka skor pada menit ke-12.")
    other_lead = "Persib menang 2-0 atas Arema dalam laga pekan ke-21 Liga 1."
    b = article(
        "kompas-1", f"{other_lead} Ciro Alves membuka skor pada menit ke-15.", title="Hasil Persib vs Arema: Maung Bandung Menang 2-0"
    )
    assert match_conflicts([a, b], {}) == []


def test_a_past_match_mentioned_in_passing_is_no_conflict():
    a = article("detik-1", f"{LEAD} Ciro Alves membuka skor pada menit ke-12.")
    b = article("kompas-1", f"{LEAD} Pada pertemuan pertama musim lalu, Ciro Alves mencetak gol pada menit ke-14.")
    assert match_conflicts([a, b], {}) == []


def test_a_preview_never_conflicts_with_a_report():
    a = article("detik-1", f"{LEAD} Beckham Putra masuk menggantikan Marc Klok pada menit ke-60.")
    b = article(
        "kompas-1",
        f"{LEAD} Beckham Putra akan masuk menggantikan Tyronne.",
        title="Prediksi Susunan Pemain Persib vs Persija",
    )
    assert match_conflicts([a, b], {}) == []


def test_an_own_goal_and_a_penalty_are_read_with_their_player():
    body = (
        f"{LEAD} Persija unggul lewat gol bunuh diri Nick Kuipers pada menit ke-9. "
        "Persib menyamakan kedudukan lewat eksekusi penalti Tyronne di menit ke-40."
    )
    goals = [(g.scorer, g.minute) for g in goals_of(article("detik-1", body), TEAMS)]
    assert goals == [("Nick Kuipers", "9"), ("Tyronne", "40")]


def test_a_sentence_giving_a_goal_two_minutes_gives_none():
    body = f"{LEAD} Ciro Alves memperlebar skor jadi 2-0 pada menit ke-51 (menit keenam tambahan waktu alias 45+6')."
    assert goals_of(article("detik-1", body), TEAMS) == []


def test_the_opening_goal_is_read():
    body = f"{LEAD} Ciro Alves membuka skor pada menit ke-12."
    assert [(g.scorer, g.minute) for g in goals_of(article("detik-1", body), TEAMS)] == [("Ciro Alves", "12")]


def test_a_chance_is_read_with_the_players_its_sentence_names():
    body = f"{LEAD} Kiper Kevin Ray nyaris blunder pada menit ke-54, namun sepakan Ciro Alves melambung. Sebuah peluang didapat Tyronne."
    [chance] = chances_of(article("detik-1", body), TEAMS)
    assert (chance.players, chance.minute) == (("Kevin Ray", "Ciro Alves"), "54")


def test_a_chance_told_a_minute_apart_is_a_conflict():
    a = article("detik-1", f"{LEAD} Persija nyaris kebobolan saat membiarkan Ciro Alves lolos pada menit ke-53.")
    b = article("kompas-1", f"{LEAD} Andritany nyaris blunder pada menit ke-54, dan sepakan Ciro Alves melambung.")
    [conflict] = match_conflicts([a, b], {})
    assert conflict.about == "minute of Ciro Alves's chance"
    assert conflict.values == {"53": ["detik-1"], "54": ["kompas-1"]}


def test_chances_of_different_shooters_or_far_apart_are_no_conflict():
    a = article("detik-1", f"{LEAD} Andritany melakukan penyelamatan dari sepakan Ciro Alves pada menit ke-30.")
    b = article("kompas-1", f"{LEAD} Andritany melakukan penyelamatan dari sepakan Tyronne pada menit ke-31.")
    c = article("okezone-1", f"{LEAD} Sepakan Tyronne melebar pada menit ke-70.")
    assert match_conflicts([a, b, c], {}) == []


def test_the_part_of_the_day_of_a_running_score_is_no_kick_off():
    # "malam" here is when the writer saw the half-time score, not when the match began
    body_a = f"{LEAD} Laga berlangsung pada Minggu (2/3/2025) sore WIB."
    body_b = f"{LEAD} Skor laga Persib vs Persija pada Minggu (2/3/2025) malam WIB itu untuk sementara 2-0."
    body_c = f"{LEAD} Persib unggul 2-0 usai menyudahi babak pertama laga pada Minggu (2/3/2025) malam WIB."
    a = article("detik-1", body_a, timexes=[timex(body_a, "Minggu (2/3/2025) sore", "2025-03-02T15")])
    b = article("okezone-1", body_b, timexes=[timex(body_b, "Minggu (2/3/2025) malam", "2025-03-02T19")])
    c = article("kompas-1", body_c, timexes=[timex(body_c, "Minggu (2/3/2025) malam", "2025-03-02T19")])
    assert kick_offs_of(b) == [] and kick_offs_of(c) == []
    assert match_conflicts([a, b, c], {}) == []
