"""Headlines that count a round's teams or matches, or name its matchday, tell several matches, not one.

A matchday's schedule of nine teams, a tally of one country's clubs over six matches, a matchday's table: each may
name the day's big match, but none reports it, so it stays out of that match's story. One team's streak and a
match report that counts something in passing are still reports. Headlines are invented for these tests.
"""

from __future__ import annotations

from telisik.stories.cluster import ClusterInput
from telisik.stories.match_facts import headline_roundup


def test_a_count_of_a_rounds_teams_is_a_roundup():
    assert headline_roundup("Jadwal Bola 8 Tim Asia Tenggara Malam Ini, Live Thailand vs Filipina")
    assert headline_roundup("Jadwal Lengkap Liga Voli: 12 Klub Berebut Tiket Final Four")
    # two teams counted is one match's two sides, not a round
    assert not headline_roundup("Prediksi Kamboja vs Laos: Duel 2 Tim Juru Kunci Grup B")


def test_a_count_of_matches_of_a_group_of_teams_is_a_roundup():
    assert headline_roundup("Klub Argentina Tak Terkalahkan dalam 5 Laga di Piala Dunia Antarklub")
    assert headline_roundup("Wakil Asia Baru Menang 1 Kali dari 7 Pertandingan Piala Dunia Antarklub")
    assert headline_roundup("Tim Amerika Latin Kumpulkan 10 Poin dari 4 Laga Pembuka")


def test_one_teams_or_one_players_count_of_matches_is_no_roundup():
    # a streak or a career tally is told on the latest match: it may join that match's story
    assert not headline_roundup("Timnas Indonesia Belum Terkalahkan dalam 5 Laga Terakhir")
    assert not headline_roundup("Tim Indonesia Belum Terkalahkan dalam 5 Laga Terakhir")  # one national team
    assert not headline_roundup("Baru 40 Laga, Striker Andalan Sudah Cetak 30 Gol untuk Klubnya")
    # a report of one match's result, whatever else it counts
    assert not headline_roundup("Hasil Klub Argentina vs Klub Meksiko 2-1: Rekor 5 Laga Tak Terkalahkan Berlanjut")


def test_a_matchday_named_with_no_one_match_is_a_roundup():
    assert headline_roundup("Klasemen dan Jadwal Liga Futsal Nasional Pekan 12")
    assert headline_roundup("Update Klasemen Kualifikasi Zona Afrika Usai Matchday 6")
    # one match of the matchday, its result reported
    assert not headline_roundup("Hasil Liga Futsal Pekan 12: Bintang Timur vs Kancil 4-2")


def test_a_counted_round_names_no_one_match():
    record = {"id": "r", "title": "Jadwal Bola 8 Tim Asia Tenggara Malam Ini, Live Thailand vs Filipina", "body": ""}
    read = ClusterInput.of(record)
    assert read.roundup and read.match == frozenset()


def test_a_count_in_words_is_read_as_digits_are():
    assert headline_roundup("Empat Tim Amerika Latin Melaju ke Babak Gugur Piala Dunia Antarklub")
    assert headline_roundup("Jadwal Bola Dua Belas Klub Liga Voli Malam Ini")
    assert headline_roundup("Klub Argentina Tak Terkalahkan dalam Lima Laga di Piala Dunia Antarklub")
    # one team's streak, counted in words, is still told on its latest match
    assert not headline_roundup("Timnas Indonesia Belum Terkalahkan dalam Lima Laga Terakhir")
    assert not headline_roundup("Prediksi Kamboja vs Laos: Duel Dua Tim Juru Kunci Grup B")


def test_a_schedule_or_results_counting_its_matches_is_a_roundup():
    # the competition is named, no group of teams: the schedule's label before the count says it lists that many
    assert headline_roundup("Jadwal Enam Laga Piala Dunia Antarklub Malam Ini, Ada Juventus")
    assert headline_roundup("Hasil 4 Laga Piala Dunia Antarklub Tadi Malam")
    # one team's last matches before its next one: its form, told on that match
    assert not headline_roundup("Hasil Lima Laga Terakhir Juventus Jelang Lawan Al Ain di Piala Dunia Antarklub")
    # a count with no schedule's label before it is one team's tally
    assert not headline_roundup("Juventus Cetak 10 Gol dalam Enam Laga di Piala Dunia Antarklub")
