"""The review of the summary's goal and order rules (round 36): a goal told in prose is read by ``match_facts``'s own
pieces (a save, a team, a president or a ministry is no scorer); a role word before a one-word name introduces it;
a goal with no minute keeps no sentence about others in the story's centre; a statement framed by "Menurut X," is one."""

from __future__ import annotations

from summary_selection import candidate_index, rated_selection
from telisik.stories.match_facts import untimed_goal
from telisik.stories.summary import _frames_a_statement, _introduced_by, _title_roots
from telisik.stories.summary_repeats import sentence_goals


def _titled(aid: str, outlet: str, paragraphs: list[str], title: str) -> dict[str, object]:
    return {"id": aid, "outlet": outlet, "title": title, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def test_a_role_word_before_a_one_word_name_introduces_it():
    # (item 1) "Kiper", "Penyanyi", "Pelatih" are common words, and also the title the short name is read after
    assert _introduced_by("Ernando melakukan tiga penyelamatan penting.", {1: "Kiper Ernando tampil gemilang di bawah mistar."}) == {1}
    assert _introduced_by("Rossa mengaku terharu dengan sambutan penonton.", {1: "Penyanyi Rossa menggelar konser di Jakarta."}) == {1}
    assert _introduced_by("Shin menilai anak asuhnya bermain disiplin.", {1: "Pelatih Shin menyebut laga itu berat."}) == {1}
    # a common word that is no role still gives no name in full
    assert _introduced_by("Persib memimpin 2-0.", {1: "Tekanan Persib dari sisi kanan membuat Persija panik."}) == set()


def test_a_save_is_no_goal():
    # (item 2) the keeper's "penjaga gawang" is no goal mouth, and a save verb tells a chance
    assert sentence_goals("Tendangan Witan Sulaeman mampu diamankan penjaga gawang Jepang.") == ()
    assert sentence_goals("Tembakan Ragnar Oratmangoen masih bisa ditahan penjaga gawang Bahrain.") == ()
    assert sentence_goals("Sepakan Marselino ditepis kiper lawan ke luar lapangan, skor tetap imbang.") == ()
    assert sentence_goals("Tendangan Dimas Drajad masih bisa ditangkap kiper dan gawang Persib tetap aman.") == ()
    # a goal still reads
    assert [g.scorer for g in sentence_goals("Sepakan keras Marselino menembus gawang kiper Bahrain.")] == ["Marselino"]


def test_a_team_or_someone_off_the_pitch_is_no_scorer():
    # (item 3) the scorer is a player's name as ``match_facts`` reads one
    assert sentence_goals("Tembakan Brimob membuat skor sementara tak berubah.") == ()
    assert sentence_goals("Kedatangan skuad Garuda disambut Presiden Prabowo yang memuji gol indah Marselino.") == ()
    assert sentence_goals("Laporan itu diteruskan Kementerian Keuangan untuk menaikkan skor kredit nasabah.") == ()
    teams = frozenset({"persija", "persib"})
    assert untimed_goal("Sundulan Persija menembus gawang Persib di menit-menit akhir.", teams) == ()
    assert [g.scorer for g in untimed_goal("Sundulan Ramadhan Sananta menembus gawang Persib.", teams)] == ["Ramadhan Sananta"]


def _juventus() -> list[dict[str, object]]:
    return [
        _titled(
            "k1",
            "Kompas",
            [
                "Juventus menang 5-0 atas Al Ain pada laga Piala Dunia Antarklub di Washington.",
                "Di laga lain, sundulan Erling Haaland menembus gawang Wydad Casablanca.",
            ],
            "Hasil Juventus vs Al Ain 5-0",
        ),
        _titled("d1", "Detik", ["Juventus menghajar Al Ain lima gol tanpa balas di Washington."], "Juventus Hajar Al Ain 5-0"),
        _titled("t1", "Tribunnews", ["Juventus membungkam Al Ain dengan skor telak di Washington."], "Juventus Bungkam Al Ain"),
        _titled("c1", "CNN Indonesia", ["Juventus mengalahkan Al Ain tanpa kesulitan berarti."], "Juventus Kalahkan Al Ain"),
        _titled("o1", "Okezone", ["Juventus menundukkan Al Ain pada laga perdana grup."], "Juventus Tundukkan Al Ain"),
    ]


def test_a_goal_with_no_minute_of_others_stays_off_the_story_centre():
    # (item 4) only a goal with its minute is the match's whoever scores it; an untimed goal may be another match's
    articles = _juventus()
    selection = rated_selection(articles)
    selection.headline_roots = {str(a["id"]): _title_roots(str(a["title"])) for a in articles}  # (as ``summarise`` sets them)
    assert candidate_index(selection, "Erling Haaland") in selection._off_centre()


def test_a_statement_framed_by_menurut_or_a_long_speaker_is_one():
    # (item 5)
    assert _frames_a_statement("Menurut Harli, penyidik masih menelusuri aset perusahaan itu.")
    assert _frames_a_statement("Menurutnya, penyidik masih menelusuri aset perusahaan itu.")
    assert _frames_a_statement("Menurut Kapuspenkum Kejagung Harli Siregar, penyidik masih menelusuri aset perusahaan itu.")
    assert _frames_a_statement("Kapuspenkum Kejagung Harli Siregar mengatakan bahwa penyidik masih menelusuri aset.")
    assert not _frames_a_statement("Lisa meminta dibebaskan dari seluruh tuntutan jaksa.")


def test_a_name_inside_an_opening_quote_after_a_common_word_is_not_given_in_full():
    # (item 6) an opening quote mark does not hide the common word that opens the sentence
    assert _introduced_by("Juventus menang besar.", {1: "“Tekanan Juventus besar,” kata pelatih Al Ain."}) == set()
    assert _introduced_by("Juventus menang besar.", {1: "(Raksasa Italia Juventus tampil dominan.)"}) == {1}
