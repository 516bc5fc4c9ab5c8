"""Event classes found on fresh corpus days (issue 16): aid handed out or received, a complaint filed with a named police
command, coordination with a named party, a request to be wary, a player who had to be carried off. Sentences written for
these tests."""

from __future__ import annotations

from event_sentences import events


def test_aid_handed_out_by_a_named_giver_is_a_supply(nlp):
    found = events(nlp, "Pemkab Bogor membagikan paket sembako kepada warga Desa Sukamaju pada Senin (9/6/2025).", "SUPPLY")
    assert [e.who[0] for e in found] == ["Pemkab Bogor"]
    assert found[0].when == "2025-06-09"


def test_aid_received_from_a_named_giver_is_a_supply(nlp):
    found = events(nlp, "Lima sekolah di Kota Kendari menerima bantuan berupa komputer dari PT Angkasa Jaya.", "SUPPLY")
    assert len(found) == 1 and "PT Angkasa Jaya" in found[0].who


def test_an_invitation_to_apply_for_aid_is_no_supply(nlp):
    text = "Kementerian Sosial membuka pendaftaran untuk mendapatkan bantuan modal usaha bagi warga."
    assert not events(nlp, text, "SUPPLY")


def test_a_complaint_with_a_named_police_command_accuses(nlp):
    found = events(nlp, "Penyanyi Rina Melati mempolisikan Dodi Saputra pada Selasa (10/6/2025).", "ACCUSE")
    assert len(found) == 1 and found[0].who[:2] == ["Rina Melati", "Dodi Saputra"]
    found = events(nlp, "Anggota DPRD Surya Pratama dilaporkan ke Polda Jawa Tengah atas dugaan penipuan.", "ACCUSE")
    assert len(found) == 1 and "Surya Pratama" in found[0].who


def test_a_wish_to_file_a_complaint_accuses_no_one(nlp):
    assert not events(nlp, "Rina Melati ingin melaporkan ke Polda Jawa Tengah soal unggahan itu.", "ACCUSE")


def test_coordination_with_a_named_party_is_a_meeting(nlp):
    found = events(nlp, "Menteri Agus Salim berkoordinasi dengan Gubernur Lukas Enembe pada Rabu (11/6/2025).", "MEET")
    assert len(found) == 1 and found[0].who == ["Agus Salim", "Lukas Enembe"]
    assert found[0].when == "2025-06-11"


def test_a_need_to_coordinate_is_no_meeting(nlp):
    assert not events(nlp, "Menteri Agus Salim perlu berkoordinasi dengan Gubernur Lukas Enembe.", "MEET")


def test_a_request_to_be_wary_is_a_warning(nlp):
    found = events(nlp, "Menteri Budi Harjono meminta masyarakat tetap waspada terhadap penipuan daring.", "WARN")
    assert [e.who for e in found] == [["Budi Harjono"]]
    found = events(nlp, "Budi Harjono pun meminta, kepada seluruh warga untuk berhati-hati dengan pesan berantai.", "WARN")
    assert [e.who for e in found] == [["Budi Harjono"]]


def test_a_request_without_a_word_of_wariness_is_no_warning(nlp):
    assert not events(nlp, "Gubernur Lukas Enembe meminta pemerintah pusat menambah anggaran pendidikan.", "WARN")


def test_a_player_who_had_to_be_carried_off_was_hurt(nlp):
    found = events(nlp, "Namun, Rudi Hartono juga harus ditandu keluar pada menit ke-38 setelah berbenturan.", "INJURE")
    assert [e.who for e in found] == [["Rudi Hartono"]]


def test_a_crowd_waiting_for_aid_or_a_figurative_contribution_is_no_supply(nlp):
    assert not events(nlp, "Warga Rafah yang tengah menunggu pembagian bantuan ditembaki pasukan Israel.", "SUPPLY")
    assert not events(nlp, "Putin berharap Indonesia dapat memberikan sumbangan besar bagi organisasi BRICS.", "SUPPLY")


def test_a_promise_or_an_order_to_coordinate_with_unnamed_parties_is_no_meeting(nlp):
    text = "Bank Indonesia akan terus berkoordinasi dengan pihak-pihak terkait agar proses ini berjalan baik."
    assert not events(nlp, text, "MEET")
    text = "Gubernur Pramono menginstruksikan direksi PT MRT Jakarta untuk terus berkoordinasi dengan Pemprov Banten."
    assert not events(nlp, text, "MEET")


def test_a_missing_person_reported_to_the_police_is_no_complaint(nlp):
    text = "Anak pengusaha Budi Santoso, Tono Saputra, melapor ke Polsek Tebet soal ayahnya yang hilang."
    assert not events(nlp, text, "ACCUSE")
    text = "Warga bernama Andi Saputra melapor ke Polsek Tebet karena kehilangan sepeda motor di parkiran."
    assert not events(nlp, text, "ACCUSE")


def test_a_coordination_asked_for_or_planned_is_no_meeting(nlp):
    text = "Bupati meminta Satpol PP turun ke lapangan dan berkoordinasi dengan Polres Garut untuk menertibkan pedagang."
    assert not events(nlp, text, "MEET")
    text = "Dinas Perhubungan berkoordinasi dengan Polres Bogor untuk mengatur arus lalu lintas di Puncak."
    assert len(events(nlp, text, "MEET")) == 1


def test_a_coordination_made_on_an_order_in_a_clause_before_is_a_meeting(nlp):
    text = "Kepala dinas memerintahkan kami bergerak sehingga kami langsung berkoordinasi dengan BPBD Kota Ambon."
    assert len(events(nlp, text, "MEET")) == 1
