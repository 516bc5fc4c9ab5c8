"""A story summary tells each fact once and only the story's: a goal told in prose by two outlets, each in its own
words and with no minute, is one goal; a sentence about "yang bersangkutan" (the person concerned, named only in the
sentences before it) does not stand beside other outlets' sentences alone."""

from __future__ import annotations

from summary_selection import candidate_index, rated_selection
from telisik.stories.match_facts import Goal, untimed_goal
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import _introduced_by, _leans, summarise
from telisik.stories.summary_repeats import same_goal, sentence_goals


def prose_goals(text: str) -> tuple[Goal, ...]:
    """The goal a sentence tells in prose with no minute, read with no team known."""
    return untimed_goal(text, frozenset())


def _titled(aid: str, outlet: str, paragraphs: list[str], title: str) -> dict[str, object]:
    return {"id": aid, "outlet": outlet, "title": title, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def test_a_goal_told_in_prose_with_no_minute_is_read_by_its_scorer():
    header = prose_goals("Sundulan Ramadhan Sananta menembus gawang kiper Persib, Kevin Ray Mendoza.")
    assert [g.scorer for g in header] == ["Ramadhan Sananta"]
    assert [g.scorer for g in prose_goals("Umpan silang Yakob Sayuri dari sisi kiri disundul oleh Marselino ke pojok gawang.")] == [
        "Marselino"
    ]
    # a miss, a sentence with no goal mouth, and one with two finishers tell no goal of one scorer
    assert prose_goals("Sundulan Ramadhan Sananta membentur mistar gawang Persib.") == ()
    assert prose_goals("Dari umpan lambung Yakob Sayuri, tandukan Sananta menyambut bola tipis di atas gawang Persib.") == ()
    # a team after a finish's word is no scorer ("kotak penalti Persib"), nor is a list joiner a name's part
    assert prose_goals("Witan meliuk di kotak penalti Persib dan melepas tembakan keras ke pojok gawang.") == ()
    assert prose_goals("Tendangan Witan Sulaeman dari luar kotak penalti bikin penonton berdiri.") == ()
    assert prose_goals("Tendangan Witan dan sundulan Sananta sama-sama menembus gawang lawan.") == ()
    # a goal with its minute is read as ``match_facts`` reads it, not again here
    assert prose_goals("Sundulan Ramadhan Sananta pada menit ke-23 menembus gawang Persib.") == ()


def test_a_goal_in_prose_is_one_goal_with_another_in_prose_or_a_list_of_minutes():
    header = sentence_goals("Sundulan Ramadhan Sananta menembus gawang kiper Persib, Kevin Ray Mendoza.")
    passed = sentence_goals("Umpan silang Yakob Sayuri disundul oleh Ramadhan Sananta ke pojok kanan gawang Persib.")
    listed = sentence_goals("Tiga gol PSM dicetak oleh Ramadhan Sananta (23’, 70’) dan Yakob Sayuri (55’).")
    assert same_goal(header, passed)
    assert same_goal(header, listed) and same_goal(listed, passed)
    # another scorer's goal is another goal
    other = sentence_goals("Tandukan Yakob Sayuri menembus gawang kiper Persib, Kevin Ray Mendoza.")
    assert not same_goal(other, passed)
    assert same_goal(other, listed)


def _match() -> list[dict[str, object]]:
    return [
        _titled(
            "k1",
            "Kompas",
            [
                "PSM Makassar menang 3-0 atas Persib Bandung pada laga pekan ke-20 Liga 1 di Stadion Gelora BJ Habibie, Parepare.",
                "Tandukan Ramadhan Sananta menembus gawang kiper Persib, Kevin Ray Mendoza, saat laga baru berjalan.",
                "Persib mencoba membalas lewat serangan dari sayap kiri namun belum berbuah gol.",
            ],
            "Hasil PSM vs Persib 3-0, Juku Eja Pesta Gol di Parepare",
        ),
        _titled(
            "d1",
            "Detik",
            [
                "PSM Makassar tampil dominan sejak menit awal menghadapi Persib Bandung di Parepare.",
                "Umpan silang Yakob Sayuri dari sisi kanan bisa ditanduk oleh Ramadhan Sananta ke pojok kanan gawang tim tamu.",
                "Pelatih PSM Bernardo Tavares memuji disiplin anak asuhnya dalam menjaga lini belakang.",
            ],
            "PSM Hajar Persib di Parepare",
        ),
    ]


def test_a_story_summary_tells_one_header_goal_once_from_two_outlets():
    texts = [s.text for s in summarise(_match(), DocumentFrequencies(), size=4)]
    assert sum("Tandukan Ramadhan" in t or "ditanduk oleh Ramadhan" in t for t in texts) == 1
    # both outlets are still drawn on
    assert any("Tavares" in t or "tampil dominan" in t for t in texts)


def test_the_person_concerned_points_back_to_a_sentence_before():
    assert _leans("Polisi masih melakukan langkah persuasif agar yang bersangkutan mau memenuhi panggilan.", story=True)
    assert _leans("“Kami berharap saksi yang bersangkutan dapat hadir,” kata Budi.", story=True)
    assert not _leans("Polisi masih melakukan langkah persuasif agar Rudi mau memenuhi panggilan.", story=True)


def test_a_summons_of_the_person_concerned_stays_out_of_a_summary_on_another_person():
    articles = [
        _titled(
            "a1",
            "Liputan6",
            [
                "Kejaksaan Tinggi Jawa Timur menjadwalkan pemeriksaan mantan Bupati Sidoarjo Gus Muhdlor pada Senin, 23 Juni 2025.",
                "Pemeriksaan Gus Muhdlor berkaitan dengan dugaan korupsi pengadaan seragam sekolah.",
            ],
            "Kejati Jatim Periksa Gus Muhdlor Senin Depan",
        ),
        _titled(
            "a2",
            "Kompas",
            [
                "Kejati Jawa Timur juga memanggil bekas staf khusus bupati berinisial RA dalam perkara yang sama.",
                "RA sudah tiga kali mangkir dari panggilan penyidik.",
                "Penyidik juga menyita sejumlah dokumen pengadaan dari kantor dinas pendidikan.",
                "“Kami masih melakukan langkah persuasif kepada yang bersangkutan supaya mau hadir,” kata Kasi Penkum Kejati Jatim Windhu Sugiarto.",
            ],
            "Kejati Jatim Panggil Gus Muhdlor",
        ),
    ]
    # the quote comes in only right after the sentence before it in its article: at size 3 it has no room to (read
    # alone, it would say Gus Muhdlor is the one refusing), at size 4 it comes in with that sentence
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=3)]
    assert not any("yang bersangkutan" in t for t in texts)
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    quoted = [i for i, t in enumerate(texts) if "yang bersangkutan" in t]
    assert quoted and all(i > 0 and "menyita sejumlah dokumen" in texts[i - 1] for i in quoted)


_RUN_COSINE = 0.25


def _taspen() -> list[dict[str, object]]:
    return [
        _titled(
            "l1",
            "Liputan6",
            [
                "Kejaksaan Agung menjadwalkan pemeriksaan mantan Dirut PT Taspen Antonius Kosasih pada Senin, 23 Juni 2025.",
                "Kapuspenkum Kejagung Harli Siregar menyampaikan, surat panggilan pemeriksaan telah dikirim penyidik pada Selasa.",
            ],
            "Kejagung Periksa Antonius Kosasih Senin",
        ),
        _titled(
            "k1",
            "Kompas",
            [
                "Kejagung juga memanggil dua saksi lain dalam perkara investasi fiktif Taspen.",
                "Kapuspenkum Kejagung Harli Siregar mengatakan, tim jaksa masih menelusuri aset milik perusahaan itu di Bali dan Lombok.",
            ],
            "Kejagung Panggil Saksi Kasus Taspen",
        ),
    ]


def test_one_spokesmans_two_statements_are_two_facts():
    selection = rated_selection(_taspen())
    sent = candidate_index(selection, "surat panggilan pemeriksaan telah dikirim")
    trying = candidate_index(selection, "masih menelusuri aset")
    # his name and office are shared, what he says is not: neither restates the other (at the low cosine a run's
    # document frequencies give two such sentences; with none here, every word weighs alike)
    assert not selection.restates(trying, sent, _RUN_COSINE)
    assert not selection.restates(sent, trying, _RUN_COSINE)


def test_one_spokesman_saying_one_thing_twice_is_still_one_fact():
    articles = _taspen()
    articles[1]["body"] = "\n\n".join(
        [
            "Kejagung juga memanggil dua saksi lain dalam perkara investasi fiktif Taspen.",
            "Kapuspenkum Kejagung Harli Siregar mengatakan, surat panggilan pemeriksaan Antonius Kosasih sudah dikirim penyidik.",
        ]
    )
    selection = rated_selection(articles)
    sent = candidate_index(selection, "surat panggilan pemeriksaan telah dikirim")
    again = candidate_index(selection, "sudah dikirim penyidik")
    assert selection.restates(again, sent, _RUN_COSINE)


def test_a_common_word_opening_a_sentence_gives_no_name_in_full():
    others = {1: "Tekanan Juventus dari sisi kanan membuat pertahanan Al Ain panik.", 2: "Raksasa Italia Juventus menang besar."}
    # "Juventus menang ..." reads after the pick that names the club more fully, not after a sentence whose opening
    # common word ("Tekanan") only looks like a part of its name
    assert _introduced_by("Juventus memimpin 4-0 pada babak pertama.", others) == {2}
    # a title opening the sentence still gives the name in full
    assert _introduced_by("Prabowo menyebut kunjungan itu penting.", {3: "Presiden Prabowo tiba di Moskow."}) == {3}
