"""Who tells a happening is no party of it, and an act's agent comes first (``stories.speakers``, ``stories.timeline``);
a number plate, a sum of money or the place in a court's name is no party (``stories.parties``); a regency named in the
clause that tells where a volcano lies is not where it erupted. On sentences and articles written for these tests."""

from __future__ import annotations

from telisik.stories.parties import is_participant, told_as_name_tail
from telisik.stories.speakers import passive_agent, told_as_citation, told_as_speaker
from telisik.stories.timeline import timeline_and_conflicts

# ---------------------------------------------------------------------------- sentences


def test_a_name_after_a_speech_verb_is_the_teller():
    assert told_as_speaker("Rahma", '"Iya benar, beliau sudah meninggal dunia," ujar Rahma singkat, Minggu (15/6/2025).')
    assert told_as_speaker("Rahma", "Menurut penuturan Rahma, sebelum meninggal dunia, Bayu sempat terjatuh.")


def test_a_name_before_a_verb_of_reported_speech_is_the_teller():
    sentence = "Menteri Pertahanan Peru Jorge Salas mengatakan seorang tersangka telah ditangkap di lokasi."
    assert told_as_speaker("Jorge Salas", sentence)


def test_a_speaker_named_by_one_word_of_his_name_is_the_teller():
    sentence = "Dari hasil penyelidikan, kata AKBP Wiryawan, kecelakaan diduga terjadi akibat sopir mengantuk."
    assert told_as_speaker("Wiryawan Adi Nugroho", sentence)


def test_the_one_a_happening_befalls_is_no_teller():
    assert not told_as_speaker("Bayu", "Menurut keterangan manajernya, Rahma, Bayu meninggal dunia setelah terjatuh.")
    assert told_as_speaker("Rahma", "Menurut keterangan manajernya, Rahma, Bayu meninggal dunia setelah terjatuh.")
    assert not told_as_speaker("Bayu", "Bayu meninggal dunia di rumah sakit, Minggu (15/6/2025).")


def test_a_name_past_a_function_word_is_what_the_speaker_tells():
    assert not told_as_speaker("Dodi", "Kapolsek Ciwaru, kata dia bahwa polisi menangkap Dodi di rumahnya.")


def test_a_cited_medium_is_no_party():
    assert told_as_citation("Reuters", "Dua orang tewas dalam ledakan itu, sebagaimana melansir Reuters.")
    assert told_as_citation("CNA", "Dilaporkan oleh CNA pada Minggu (8/6/2025), keduanya dituduh mencuri.")
    assert not told_as_citation("Reuters", "Reuters melaporkan dua orang tewas dalam ledakan itu.")


def test_a_passive_verbs_agent_is_named_after_it():
    sentence = "Kabar duka ini dibenarkan oleh manajer Bayu, Rahma, saat dihubungi wartawan."
    assert passive_agent(["Bayu", "Rahma"], sentence, "dibenarkan") == "Rahma"
    sentence = "Kabar tewasnya Sarno dibenarkan Ketua DPC Gerindra Sragen Tri Wahyono."
    assert passive_agent(["Sarno", "Tri Wahyono"], sentence, "dibenarkan") == "Tri Wahyono"
    assert passive_agent(["Sarno"], "Sarno ditangkap di rumahnya di Desa Ngrampal.", "ditangkap") is None


def test_plates_and_sums_are_no_parties():
    assert not is_participant("AD 8528 EC")
    assert not is_participant("SGD 169")
    assert not is_participant("Rp 2")
    assert is_participant("Densus 88")
    assert is_participant("Kodim 0501")


def test_the_place_in_a_courts_name_is_no_party():
    sentence = "Tuntutan dibacakan jaksa di Pengadilan Negeri (PN) Bandung, Selasa (10/6/2025)."
    assert told_as_name_tail("Bandung", sentence)
    assert not is_participant("Bandung", frozenset(), sentence)
    # a person's or a body's name after a ministry's short form is theirs
    assert not told_as_name_tail("Harniati", "Staf Ahli Kementerian Hak Asasi Manusia (HAM) Harniati meninjau lokasi.")


# ---------------------------------------------------------------------------- a story's entries


def _article(ident: str, body: str, events: list[dict], published: str = "2025-06-15T12:00+07:00") -> dict:
    for ev in events:
        ev.setdefault("status", "occurred")
        ev.setdefault("start", body.index(ev["trigger"]))
    return {"id": ident, "published": published, "title": "Musisi Bayu Meninggal Dunia", "body": body, "events": events}


def test_the_manager_who_confirms_a_death_is_not_the_dead():
    body = (
        "Musisi Bayu Pratama meninggal dunia pada Minggu (15/6/2025). "
        '"Iya benar kak (meninggal dunia)," ujar Rahma saat dihubungi pada Minggu (15/6/2025). '
        "Kabar meninggalnya Bayu dibenarkan oleh manajer Bayu, Rahma, saat dihubungi wartawan."
    )
    sentences = body.split(". ")
    events = [
        {"type": "DIE", "trigger": "meninggal dunia", "who": ["Bayu Pratama"], "when": "2025-06-15", "sentence": sentences[0] + "."},
        {"type": "DIE", "trigger": "(meninggal dunia)", "who": ["Rahma"], "when": "2025-06-15", "sentence": sentences[1] + "."},
        {"type": "CONFIRM", "trigger": "dibenarkan", "who": ["Bayu", "Rahma"], "when": "2025-06-15", "sentence": sentences[2]},
    ]
    timeline, _ = timeline_and_conflicts([_article("a", body, events)], {"a": 0})
    entries = {(t.type, tuple(t.who)) for t in timeline}
    assert ("DIE", ("Bayu Pratama",)) in entries
    assert not any(t.type == "DIE" and "Rahma" in t.who for t in timeline)
    assert [t.who[0] for t in timeline if t.type == "CONFIRM"] == ["Rahma"]


def test_the_police_come_before_whom_they_arrested():
    body = (
        "Satresnarkoba Polres Kolaka Utara menangkap seorang ibu berinisial IM (32) pada Selasa (10/6/2025). "
        "IM ditangkap di rumahnya di Desa Lambai."
    )
    first, second = body.split(". ")
    events = [
        {"type": "ARREST", "trigger": "menangkap", "who": ["IM", "Satresnarkoba Polres Kolaka Utara"], "when": "2025-06-10", "sentence": first + "."},
        {"type": "ARREST", "trigger": "ditangkap", "who": ["IM"], "when": None, "sentence": second},
    ]
    timeline, _ = timeline_and_conflicts([_article("a", body, events, "2025-06-11T08:00+07:00")], {"a": 0})
    assert [(t.type, t.who) for t in timeline] == [("ARREST", ["Satresnarkoba Polres Kolaka Utara", "IM"])]


def test_the_regency_a_volcano_borders_is_not_a_second_eruption():
    body = (
        "Gunung Semeru kembali erupsi pada Jumat (13/6/2025) pukul 08.48 WIB. "
        "Gunung yang berada di perbatasan Kabupaten Lumajang dan Kabupaten Malang itu juga erupsi pada pukul 10.20 WIB."
    )
    first, second = body.split(". ")
    events = [
        {"type": "DISASTER", "trigger": "erupsi", "who": [], "where": "Gunung Semeru", "when": "2025-06-13", "sentence": first + "."},
        {"type": "DISASTER", "trigger": "erupsi", "who": [], "where": "Kabupaten Malang", "when": "2025-06-13", "sentence": second},
    ]
    events[1]["start"] = body.index("erupsi", len(first))
    timeline, _ = timeline_and_conflicts([_article("a", body, events, "2025-06-13T13:00+07:00")], {"a": 0})
    assert [(t.type, t.when, t.where) for t in timeline] == [("DISASTER", "2025-06-13", "Gunung Semeru")]


def test_whose_relative_is_told_of_is_no_party():
    from telisik.stories.parties import told_as_kin

    assert told_as_kin("Dimas Aditya", "Malang - Ayah penyanyi cilik Dimas Aditya ditangkap polisi di rumahnya.")
    assert told_as_kin("Budi", "Polisi memeriksa istri Kapolsek Budi di rumahnya.")
    # the relative's own name after "sang" or after a pronoun of whose relative it is
    assert not told_as_kin("Agus", "Ia datang bersama sang suami Agus ke pesta itu.")
    assert not told_as_kin("Almira", "Ani datang bersama putri mereka Almira ke pesta itu.")
    assert not told_as_kin("Kementerian Sosial", "Ia menyapa keluarga korban dan meminta Kementerian Sosial membantu.")


def test_a_quoted_today_is_the_day_the_speaker_said_it():
    body = (
        "Gunung Raung kembali erupsi. "
        '"Terjadi erupsi Gunung Raung hari ini pada pukul 07.19 WIB," ujarnya Sabtu (7/6/2025).'
    )
    sentence = body.split(". ", 1)[1]
    today, said = body.index("hari ini"), body.index("Sabtu (7/6/2025)")
    event = {
        "type": "DISASTER", "trigger": "erupsi", "who": [], "where": "Gunung Raung", "when": "2025-06-08",
        "when_span": [today, today + len("hari ini")], "sentence": sentence, "start": body.index("erupsi", today - 30),
    }
    article = {
        "id": "a", "published": "2025-06-08T00:22+07:00", "title": "Gunung Raung Erupsi", "body": body, "events": [event],
        "timexes": [
            {"text": "hari ini", "value": "2025-06-08", "start": today, "end": today + 8},
            {"text": "Sabtu (7/6/2025)", "value": "2025-06-07", "start": said, "end": said + 16},
        ],
    }
    timeline, _ = timeline_and_conflicts([article], {"a": 0})
    assert [(t.type, t.when) for t in timeline] == [("DISASTER", "2025-06-07")]


def test_the_judge_comes_before_whom_the_court_sentenced():
    body = (
        "Ketua majelis hakim Rosmala Dewi membacakan vonis terhadap Rina Marlina di Pengadilan Tipikor Jakarta Pusat, "
        "Rabu (18/6/2025). Rina Marlina divonis lima tahun penjara."
    )
    first, second = body.split(". ", 1)
    events = [
        {"type": "SENTENCE", "trigger": "vonis", "who": ["Rina Marlina", "Rosmala Dewi"], "when": "2025-06-18", "sentence": first + "."},
        {"type": "SENTENCE", "trigger": "divonis", "who": ["Rina Marlina"], "when": "2025-06-18", "sentence": second},
    ]
    timeline, _ = timeline_and_conflicts([_article("a", body, events, "2025-06-18T15:00+07:00")], {"a": 0})
    assert [(t.type, t.who) for t in timeline] == [("SENTENCE", ["Rosmala Dewi", "Rina Marlina"])]


def test_a_trigger_inside_a_rooms_name_is_no_happening():
    body = "Bupati Indramayu menghadiri Rapat Paripurna DPRD yang digelar di Ruang Sidang Utama DPRD, Senin (2/6/2025)."
    events = [{"type": "TRIAL", "trigger": "Sidang", "who": ["Lucky Hakim"], "when": "2025-06-02", "sentence": body}]
    timeline, _ = timeline_and_conflicts([_article("a", body, events, "2025-06-03T10:00+07:00")], {"a": 0})
    assert timeline == []
    summit = "Dalam Konferensi Tingkat Tinggi Malaria di Bali, Selasa (17/6/2025), Peter Sands menyerukan kerja sama."
    events = [{"type": "MEET", "trigger": "Konferensi Tingkat Tinggi", "who": ["Peter Sands"], "when": "2025-06-17", "sentence": summit}]
    timeline, _ = timeline_and_conflicts([_article("b", summit, events, "2025-06-17T15:00+07:00")], {"b": 0})
    assert [t.type for t in timeline] == ["MEET"]


def test_rescuers_and_attackers_come_before_whom_they_acted_on():
    body = (
        "Tim SAR gabungan mengevakuasi Mei Lan ke RSUD Komodo, Rabu (18/6/2025). Mei Lan dievakuasi dalam kondisi lemas. "
        "Adik Habib Rizal dianiaya pelaku di Gang Sate, Senin (16/6/2025)."
    )
    first, second, third = body.split(". ")
    events = [
        {"type": "EVACUATE", "trigger": "mengevakuasi", "who": ["Mei Lan", "Tim SAR"], "when": "2025-06-18", "sentence": first + "."},
        {"type": "EVACUATE", "trigger": "dievakuasi", "who": ["Mei Lan"], "when": "2025-06-18", "sentence": second + "."},
        {"type": "ATTACK", "trigger": "dianiaya", "who": ["korban", "pelaku"], "when": "2025-06-16", "sentence": third},
    ]
    timeline, _ = timeline_and_conflicts([_article("a", body, events, "2025-06-18T15:00+07:00")], {"a": 0})
    assert [(t.type, t.who[0]) for t in timeline] == [("ATTACK", "pelaku"), ("EVACUATE", "Tim SAR")]


def test_a_request_for_comment_is_no_confirmation():
    asked = 'Jadi ya seperti itu kejadiannya," kata Darto dikonfirmasi wartawan, Kamis (12/6/2025).'
    told = "Informasi kerusakan jembatan dikonfirmasi langsung oleh Kepala Desa Sumber, Darto, Kamis (12/6/2025)."
    timeline, _ = timeline_and_conflicts(
        [
            _article("a", asked, [{"type": "CONFIRM", "trigger": "dikonfirmasi", "who": ["Darto"], "when": "2025-06-12", "sentence": asked}]),
            _article("b", told, [{"type": "CONFIRM", "trigger": "dikonfirmasi", "who": ["Darto"], "when": "2025-06-12", "sentence": told}]),
        ],
        {"a": 0, "b": 1},
    )
    assert [(t.type, t.articles) for t in timeline] == [("CONFIRM", ["b"])]


def test_who_tells_that_the_injured_were_rushed_to_hospital_is_no_party():
    body = (
        "Dua pengendara motor terluka dalam kecelakaan di Jalan Raya Cikampek, Senin (9/6/2025). "
        "Dijelaskan Mulyadi, kedua korban kemudian dilarikan ke RSUD Karawang untuk mendapat perawatan."
    )
    sentences = body.split(". ")
    events = [
        {"type": "EVACUATE", "trigger": "dilarikan", "who": ["Mulyadi"], "when": "2025-06-09", "sentence": sentences[1]},
    ]
    timeline, _ = timeline_and_conflicts([_article("a", body, events, "2025-06-09T18:00+07:00")], {"a": 0})
    assert not any("Mulyadi" in t.who for t in timeline)
