"""A story summary never tells one fact twice in other words: word forms, goals, a suspect's arrest, facts spread over picks."""

from __future__ import annotations

from typing import Any

from summary_selection import candidate_index, rated_selection, restates
from telisik.stories.summary import _happenings, _root
from telisik.stories.summary_forms import key_merges
from telisik.stories.summary_repeats import read_scores, role_event_again, same_goal, sentence_goals


def _article(aid: str, outlet: str, paragraphs: list[str], events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": events or []}


def test_a_verb_and_its_noun_with_other_affixes_are_one_fact_key_but_a_short_shared_root_joins_nothing():
    story = ["memperpanjang", "perpanjangan", "pengawasannya", "pengawasan", "Rusia", "berusia"]
    merges = key_merges([w.lower() for w in story], _root)

    def key(word: str) -> str:
        return merges.get(_root(word), _root(word))

    assert key("memperpanjang") == key("perpanjangan") and key("pengawasannya") == key("pengawasan")
    # "rusia" is a root "berusia" may have ("be-"), but five letters are too few to tell one word
    assert key("rusia") != key("berusia")


def test_a_scorer_list_restates_the_goal_a_sentence_told_and_a_list_of_other_goals_does_not():
    assert same_goal(
        sentence_goals("Lima gol Persib dicetak oleh Ciro Alves (12', 45+2'), David da Silva (30'), dan Tyronne (77')."),
        sentence_goals("Ciro Alves membuka skor lewat sundulan dari sepak pojok pada menit ke-12."),
    )
    assert not same_goal(
        sentence_goals("Dua gol lain dicetak oleh David da Silva (30') dan Tyronne (77')."),
        sentence_goals("Ciro Alves membuka skor lewat sundulan dari sepak pojok pada menit ke-12."),
    )


def test_in_a_story_the_scorer_list_is_not_picked_after_the_goal_it_lists():
    selection = rated_selection(
        [
            _article(
                "a",
                "Kompas",
                ["Ciro Alves membuka skor lewat sundulan keras memanfaatkan umpan silang Marc Klok dari sisi kanan pada menit ke-12."],
            ),
            _article(
                "b",
                "Okezone",
                ["Lima gol Persib dicetak Ciro Alves (12', 45+2'), David da Silva (30'), Tyronne (61'), dan Beckham Putra (77')."],
            ),
        ]
    )
    assert restates(selection, "Lima gol", "membuka skor")


ARREST = {"type": "ARREST", "who": ["pelaku pembunuhan"]}


def test_the_suspects_arrest_told_with_pelaku_and_with_tersangka_is_one_happening():
    lead = "Polisi menangkap pelaku pembunuhan pria yang jasadnya ditemukan di Sungai Batang Anai, Sumatera Barat."
    selection = rated_selection(
        [
            _article("a", "Okezone", [lead], [{**ARREST, "sentence": lead}]),
            _article(
                "b", "Liputan6", ["Tersangka tak berkutik saat ditangkap anggota Satreskrim Polres Padang Pariaman pada Kamis dini hari."]
            ),
        ]
    )
    assert restates(selection, "Tersangka tak berkutik", "Polisi menangkap")


def test_two_arrests_of_two_named_people_are_two_happenings_and_a_word_without_the_analysis_event_is_none():
    kinds = frozenset({"ARREST"})
    assert not role_event_again(kinds, [("ARREST", frozenset({"sugiant"}))], kinds, [("ARREST", frozenset({"rahmat"}))])
    assert role_event_again(kinds, [("ARREST", frozenset({"sugiant"}))], kinds, [("ARREST", frozenset())])
    # the words say "menahan" ("menahan imbang"), the analysis found no arrest in either sentence: no happening to repeat
    assert not role_event_again(kinds, [], kinds, [])


LABUAN_BAJO = [
    _article("a", "Detik", ["Kantor Imigrasi Labuan Bajo mencatat lonjakan permohonan perpanjangan izin tinggal warga negara asing."]),
    _article(
        "b",
        "Detik",
        ["Gara-gara erupsi Gunung Lewotobi yang membuat penerbangan dibatalkan, turis asing di Labuan Bajo memperpanjang izin tinggal."],
    ),
    _article(
        "c",
        "Kompas",
        ["Erupsi Gunung Lewotobi Laki-laki membuat 24 penerbangan Wings Air dan Batik Air dari Bandara Komodo dibatalkan sejak Rabu."],
    ),
]


def test_a_pick_whose_facts_the_other_picks_tell_together_goes():
    selection = rated_selection(LABUAN_BAJO)
    picks = [candidate_index(selection, "Kantor Imigrasi"), candidate_index(selection, "Gara-gara"), candidate_index(selection, "Bandara Komodo")]
    selection.chosen = list(picks)
    selection._drop_subsumed(3, together=False)
    assert selection.chosen == picks  # no one pick tells the stay permits and the cancelled flights
    selection._drop_subsumed(3, together=True)
    assert [selection.candidates[k].text[:9] for k in selection.chosen] == ["Kantor Im", "Erupsi Gu"]


def test_an_outlets_only_pick_stays_though_the_others_tell_its_facts_together():
    articles = [LABUAN_BAJO[0], {**LABUAN_BAJO[1], "outlet": "Tempo"}, LABUAN_BAJO[2]]
    selection = rated_selection(articles)
    selection.chosen = [candidate_index(selection, "Kantor Imigrasi"), candidate_index(selection, "Gara-gara"), candidate_index(selection, "Bandara Komodo")]
    selection._drop_subsumed(3, together=True)
    assert len(selection.chosen) == 3


def test_an_outlet_with_no_pick_tells_a_fact_in_place_of_the_two_picks_it_restates():
    selection = rated_selection(
        [
            _article(
                "d",
                "Detik",
                [
                    "PSSI dianugerahi FIFA Forward Gold Award oleh Presiden FIFA Gianni Infantino di Miami, Amerika Serikat.",
                    "Infantino mengunggah foto bersama Erick Thohir melalui akun media sosial pribadinya.",
                ],
            ),
            _article(
                "r",
                "Republika",
                [
                    "Erick Thohir menyebut penetapan Jakarta sebagai pusat kegiatan regional FIFA sebagai pencapaian bersejarah.",
                    "Kantor regional FIFA di Jakarta akan melayani 21 federasi anggota di Asia Tenggara dan Asia Timur.",
                ],
            ),
            _article(
                "l",
                "Liputan6",
                [
                    "PSSI meraih penghargaan bergengsi dari FIFA, yang juga akan membuka kantor regional di Jakarta untuk 21 federasi anggota."
                ],
            ),
        ]
    )
    award, office = candidate_index(selection, "dianugerahi"), candidate_index(selection, "Kantor regional FIFA")
    selection.chosen = [award, candidate_index(selection, "penetapan Jakarta"), office]
    # the award told again in other words ("meraih penghargaan"), with the regional office of the other pick
    assert restates(selection, "meraih penghargaan", "dianugerahi") and restates(selection, "meraih penghargaan", "Kantor regional")
    selection._swap_for_outlets()
    assert award not in selection.chosen and office not in selection.chosen
    assert {selection.candidates[k].outlet for k in selection.chosen} == {"Detik", "Republika", "Liputan6"}


def test_a_death_told_in_a_family_notice_and_in_a_report_is_one_fact():
    selection = rated_selection(
        [
            _article(
                "a", "Okezone", ["“Telah berpulang keluarga kami Hendra Wijaya Kusuma bin Ahmad Kusuma,” bunyi kabar duka tersebut, Jumat."]
            ),
            _article("b", "Liputan6", ["Perancang busana Hendra Kusuma dikabarkan meninggal dunia pada Jumat pagi."]),
            _article("c", "Detik", ["Hendra Kusuma dikenal lewat kebaya modern yang dikenakan banyak penyanyi papan atas."]),
        ]
    )
    assert restates(selection, "meninggal dunia", "Telah berpulang")
    assert not restates(selection, "kebaya modern", "Telah berpulang")


def test_a_win_told_after_the_final_score_is_the_result_again():
    selection = rated_selection(
        [
            _article("a", "Tribunnews", ["Laga Timnas Italia melawan Moldova di Reggio Emilia berakhir dengan skor 2-0."]),
            _article("b", "Liputan6", ["Timnas Italia menang, tetapi para pemain tampak murung di akhir laga."]),
            _article("c", "Detik", ["Luciano Spalletti resmi dipecat dari kursi pelatih Timnas Italia seusai laga."]),
        ]
    )
    assert restates(selection, "Timnas Italia menang", "berakhir dengan skor")
    assert not restates(selection, "Spalletti resmi dipecat", "berakhir dengan skor")


def test_a_pick_telling_a_result_no_other_pick_tells_stays_though_its_words_are_told():
    selection = rated_selection(
        [
            _article("a", "Detik", ["Timnas voli putra Indonesia tertinggal 4-9 dari Bahrain pada set pertama di Manama."]),
            _article("b", "Detik", ["Indonesia akan menghadapi Pakistan pada perempat final di Stadion Isa Town, Sabtu malam."]),
            _article("c", "Liputan6", ["Timnas voli putra Indonesia takluk dari Bahrain di Manama pada laga terakhir AVC Nations Cup."]),
            _article("d", "Liputan6", ["Pelatih Jeff Jiang mengaku puas dengan permainan Rivan Nurmulki sepanjang AVC Nations Cup."]),
        ]
    )
    picks = [candidate_index(selection, s) for s in ("tertinggal 4-9", "menghadapi Pakistan", "takluk dari Bahrain", "Rivan Nurmulki")]
    selection.chosen = list(picks)
    selection._drop_subsumed(4, together=True)
    assert selection.chosen == picks


def test_a_sentence_a_pick_restates_waits_while_another_pick_leans_on_that_pick():
    selection = rated_selection(
        [
            _article(
                "a",
                "Liputan6",
                [
                    "Perancang busana Hendra Kusuma dikabarkan meninggal dunia pada Jumat pagi.",
                    "Ia mengembuskan napas terakhir pukul 10.16 WIB.",
                ],
            ),
            _article(
                "b", "Okezone", ["“Telah berpulang keluarga kami Hendra Wijaya Kusuma bin Ahmad Kusuma,” bunyi kabar duka tersebut, Jumat."]
            ),
        ]
    )
    report, notice = candidate_index(selection, "meninggal dunia"), candidate_index(selection, "Telah berpulang")
    selection.chosen = [report]
    assert notice in selection._admissible()  # the report may still give its place up to the notice
    selection.chosen = [report, candidate_index(selection, "napas terakhir")]
    assert notice not in selection._admissible()


def test_a_pick_the_next_picked_sentence_points_back_to_stays():
    selection = rated_selection(
        [
            _article(
                "a",
                "Detik",
                [
                    "Jay Idzes alami kenaikan nilai pasar.",
                    "Kini, sang bek tengah Timnas Indonesia itu bernilai Rp 140 miliar, tertinggi di Asia Tenggara.",
                ],
            ),
            _article("b", "Liputan6", ["Nilai pasar Jay Idzes mengalami kenaikan menurut situs Transfermarkt."]),
            _article("c", "Detik", ["Udinese dan Bologna dikabarkan meminati Jay Idzes setelah Venezia terdegradasi."]),
        ]
    )
    lead = candidate_index(selection, "alami kenaikan")
    selection.chosen = [lead, candidate_index(selection, "Kini, sang bek"), candidate_index(selection, "Transfermarkt"), candidate_index(selection, "Udinese")]
    selection._drop_subsumed(4, together=True)
    assert lead in selection.chosen


def test_a_draw_held_after_a_missed_penalty_restates_the_result_and_is_no_arrest():
    # "ditahan" beside a sports word is a draw (as the events read it), and a score at the sentence's stop is read
    selection = rated_selection(
        [
            _article("a", "Detik", ["Persib Bandung gagal meraih kemenangan pada laga pembuka Liga 1 di Stadion Si Jalak Harupat."]),
            _article("b", "Kompas", ["Kegagalan mengeksekusi penalti pada menit akhir membuat Persib Bandung ditahan Arema FC 2-2."]),
            _article("c", "Kompas", ["Polisi menahan pendukung Arema FC yang menyalakan suar di tribun selatan."]),
        ]
    )
    assert restates(selection, "ditahan Arema FC 2-2", "gagal meraih kemenangan")
    assert "ARREST" not in selection.candidates[candidate_index(selection, "ditahan Arema FC 2-2")].happenings
    # beside the police, an arrest stays one on a match day too: the events found it in the sentence
    held = "Polisi menahan tiga suporter usai laga Persib kontra Arema FC yang berakhir 2-2."
    assert "ARREST" in _happenings(held, analysed=frozenset({"ARREST"}))[0]
    # a score before a month's name is a span of days, no result: "pada 20-22 Juni"
    assert not read_scores("Laga uji coba itu akan digelar di Stadion Si Jalak Harupat pada 20-22 Juni 2025.").results
    assert read_scores("Pertandingan berakhir imbang 1-1.").results == frozenset({"1-1"})


def test_a_match_days_arrest_is_one_only_where_the_articles_events_found_it_in_the_sentence():
    # the summary takes the events' reading of a sports word's sense in a sentence giving a score, not its own: an
    # arrest the events found beside the police is one; one they did not find (denied, "tidak menahan") is none
    held = "Polisi menahan tiga suporter usai laga Persib kontra Arema FC yang berakhir 2-2."
    denied = "Polisi tidak menahan seorang pun suporter usai laga Persib kontra Arema FC yang berakhir 2-2."
    selection = rated_selection(
        [
            _article("a", "Detik", [held], [{"type": "ARREST", "who": ["suporter"], "sentence": held}]),
            _article("b", "Kompas", [denied]),
            _article("c", "Tempo", ["Kegagalan mengeksekusi penalti pada menit akhir membuat Persib Bandung ditahan Arema FC 2-2."]),
        ]
    )
    assert "ARREST" in selection.candidates[candidate_index(selection, "Polisi menahan")].happenings
    assert "ARREST" not in selection.candidates[candidate_index(selection, "Polisi tidak menahan")].happenings
    assert "ARREST" not in selection.candidates[candidate_index(selection, "ditahan Arema FC 2-2")].happenings
    # read alone, with no event the analysis found in it, the denied arrest is none either
    assert "ARREST" not in _happenings(denied, analysed=frozenset())[0]


def test_a_score_before_a_weekday_or_a_won_match_before_a_month_is_a_score():
    # only a first day and a later one before a month's name are a span of days: a weekday after a score dates the
    # match, and a nil or the larger count first is a result told with its month
    assert read_scores("Persib bermain imbang 1-1 Minggu malam di Stadion Si Jalak Harupat.").results == frozenset({"1-1"})
    assert read_scores("Timnas Indonesia menang 2-0 Selasa malam dalam laga kualifikasi.").results == frozenset({"2-0"})
    assert read_scores("Indonesia kalah 0-3 Maret lalu dalam laga tandang di Sydney.").results == frozenset({"3-0"})
    assert not read_scores("Turnamen itu digelar pada 12-15 Juli 2025 di lapangan milik klub.").results
