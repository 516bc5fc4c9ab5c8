"""Events of government and everyday news (telisik_events): acts of "the government" by the official who acts
for it, a speaker's own acts in a quote, who reports a death, licences revoked with the place of the business,
findings, legal action, inspections, reminders and injuries, on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events


def test_the_government_acts_through_the_president_named_in_the_lead(nlp):
    text = (
        "Pemerintah mencabut izin usaha pertambangan tiga perusahaan nikel yang beroperasi di Maluku Utara. "
        "Keputusan itu diambil Presiden Prabowo Subianto setelah mendengar laporan para menteri."
    )
    (ev,) = events(nlp, text, "SANCTION")
    assert ev.who[0] == "Prabowo Subianto"
    # the place where the business holding the licence operates, past the clause of the verb
    assert ev.where == "Maluku Utara" and ev.status == "occurred"


def test_without_a_head_of_government_the_official_of_the_sentence_acts(nlp):
    text = "Menurut Menteri Kehutanan Raja Juli Antoni, pemerintah telah mencabut izin pelepasan kawasan hutan di Riau."
    (ev,) = events(nlp, text, "SANCTION")
    assert ev.who[0] == "Raja Juli Antoni"


def test_a_bare_title_stands_for_the_person_who_holds_it(nlp):
    text = "Presiden Prabowo Subianto tiba di Jakarta pada Senin (9/6). Presiden kemudian memimpin rapat terbatas bersama para menteri."
    (ev,) = events(nlp, text, "MEET")
    assert ev.who[0] == "Prabowo Subianto"


def test_another_countrys_government_and_a_former_president_are_not_the_official(nlp):
    text = "Mantan presiden Joko Widodo hadir di acara itu. Pemerintah Malaysia mencabut izin dua perusahaan sawit di Sabah."
    for ev in events(nlp, text, "SANCTION"):
        assert "Joko Widodo" not in ev.who


def test_a_company_left_out_takes_no_part(nlp):
    text = (
        "Presiden Prabowo Subianto memimpin rapat di Istana Negara. Pemerintah mencabut izin empat perusahaan tambang, "
        "kecuali PT Gag Nikel."
    )
    (ev,) = events(nlp, text, "SANCTION")
    assert ev.who[0] == "Prabowo Subianto" and "PT Gag Nikel" not in ev.who


def test_the_speakers_own_acts_in_a_quote(nlp):
    text = '"Kami sudah melakukan rapat dengan pemerintah daerah," kata Menteri Dalam Negeri Tito Karnavian di Jakarta.'
    (ev,) = events(nlp, text, "MEET")
    assert ev.who[0] == "Tito Karnavian"
    # a cooperation the speaker only talks of is no agreement of theirs
    text = '"Kami terbuka pada peluang kerja sama yang baru," ujar Direktur Utama PT Sinar Abadi Budi Hartono.'
    assert events(nlp, text, "AGREE") == []


def test_who_reports_a_death_is_not_among_the_dead(nlp):
    text = "Kapolres Bantul AKBP Michael Tamba mengonfirmasi tiga orang tewas dalam kecelakaan itu."
    (ev,) = events(nlp, text, "DIE")
    assert "Michael Tamba" not in ev.who and ev.count == 3


def test_findings_and_legal_action_against_a_company(nlp):
    text = "Menteri Lingkungan Hidup Hanif Faisol Nurofiq menemukan pelanggaran lingkungan oleh PT Sinar Abadi di Kalimantan Timur."
    (ev,) = events(nlp, text, "ACCUSE")
    assert ev.who[0] == "Hanif Faisol Nurofiq" and "PT Sinar Abadi" in ev.who
    text = "Menteri Lingkungan Hidup Hanif Faisol Nurofiq akan menempuh jalur hukum terhadap PT Sinar Abadi."
    (ev,) = events(nlp, text, "CHARGE")
    assert ev.who[0] == "Hanif Faisol Nurofiq" and ev.status == "planned"


def test_an_inspection_is_a_visit_and_a_review_is_not(nlp):
    text = "Pada Selasa (10/6), Gubernur Jawa Barat Dedi Mulyadi meninjau langsung lokasi banjir di Kabupaten Bekasi."
    (ev,) = events(nlp, text, "VISIT")
    assert (ev.who[0], ev.where, ev.when) == ("Dedi Mulyadi", "Kabupaten Bekasi", "2025-06-10")
    text = "Menteri Keuangan Sri Mulyani akan meninjau ulang aturan pajak di Jakarta."
    assert events(nlp, text, "VISIT") == []


def test_a_reminder_is_a_warning_and_a_reminder_of_what_matters_is_not(nlp):
    text = "Badan Meteorologi, Klimatologi, dan Geofisika mengingatkan warga pesisir agar menjauhi pantai."
    (ev,) = events(nlp, text, "WARN")
    assert ev.who[0] == "Badan Meteorologi, Klimatologi, dan Geofisika"
    text = "Menteri Kebudayaan Fadli Zon mengingatkan pentingnya budaya bagi ekonomi."
    assert events(nlp, text, "WARN") == []


def test_a_player_stretchered_off_is_injured_in_a_match_report(nlp):
    text = "Laga berakhir imbang. Bek Persib Nick Kuipers ditandu keluar lapangan pada babak kedua setelah berbenturan di kotak penalti."
    (ev,) = events(nlp, text, "INJURE")
    assert ev.who == ["Nick Kuipers"]


def test_reported_speech_opening_with_mereka_is_the_speakers_act_and_names_those_moved(nlp):
    text = "Polisi mengatakan mereka telah mengevakuasi semua siswa dan guru dari gedung sekolah itu."
    (ev,) = events(nlp, text, "EVACUATE")
    assert [w.lower() for w in ev.who] == ["polisi", "siswa", "guru"]
    # in quoted words "mereka" are others: no act of the speaker's
    text = '"Mereka ingin bernegosiasi," kata Presiden Amerika Serikat Donald Trump.'
    assert all("Donald Trump" not in ev.who for ev in events(nlp, text, "MEET"))


def test_the_dead_listed_after_the_noun_of_the_toll(nlp):
    text = "Menurut polisi, korban tewas terdiri dari enam siswa dan satu orang dewasa."
    (ev,) = events(nlp, text, "DIE")
    assert ev.who == ["siswa", "orang dewasa"]


def test_a_word_pointing_back_after_a_verb_points_to_its_object_not_to_an_event(nlp):
    text = "Tiga perusahaan yang dicabut izinnya tersebut adalah PT Bumi Jaya, PT Laut Biru dan PT Hutan Lestari."
    (ev,) = events(nlp, text, "SANCTION")
    assert ev.who == ["PT Bumi Jaya", "PT Laut Biru", "PT Hutan Lestari"]


def test_a_place_the_speaker_visited(nlp):
    text = '"Kondisi pesisir ini sudah parah, termasuk yang saya kunjungi di Kapuk Muara," kata Gubernur Jakarta Pramono Anung.'
    (ev,) = events(nlp, text, "VISIT")
    assert ev.who == ["Pramono Anung"] and ev.where == "Kapuk Muara"


def test_an_injury_in_a_match_report_happens_on_the_match_day(nlp):
    lead = "Timnas Indonesia kalah 0-6 dari Jepang dalam laga kualifikasi di Stadion Suita, Selasa (10/6/2025) malam. "
    body = "Gol demi gol tercipta di babak pertama. Bek Kevin Diks ditarik keluar pada menit ke-27 karena cedera."
    (ev,) = events(nlp, lead + body, "INJURE", published="2025-06-10")
    assert ev.who == ["Kevin Diks"] and ev.when == "2025-06-10"
    # a report a month after the day its lead names tells an old injury: no day is given to it
    (ev,) = events(nlp, lead + body, "INJURE", published="2025-07-12")
    assert ev.when is None


def test_a_speaker_reached_by_reporters_confirms_nothing(nlp):
    text = ('"Pelakunya masih kami cari, belum diketahui pasti," kata Kapolsek Klojen Wardi Waluyo, dikonfirmasi wartawan, '
            "Rabu (18/6/2025).")
    assert events(nlp, text, "CONFIRM") == []
    # a fact the police confirm is still a confirmation
    text = "Kematian dua pendaki di Gunung Rinjani dikonfirmasi Kapolres Lombok Timur AKBP Hariyanto pada Rabu (18/6/2025)."
    assert [e.trigger for e in events(nlp, text, "CONFIRM")] == ["dikonfirmasi"]
