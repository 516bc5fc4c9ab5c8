"""What a strict reader rejects in timelines and figures, on sentences written for these tests: a body's name split at
the "dan" joining its two fields, a name glued to the trigger or the word after it, places told after "di" given as
parties, the person an earlier ruling freed named as the label of another's case, a statement's date given to a
happening told as vague past, the hospital as where the hurt were hurt, a plan or a weekday read after its article,
and a precedent's toll compared with the story's."""

from __future__ import annotations

import pytest

from story_articles import article
from telisik.stories.figures import figures_and_conflicts
from telisik.stories.parties import fragment_in, is_participant, labels_a_case, told_as_case_label, told_as_place, unglue, whole_body_name
from telisik.stories.timeline import story_events

HAJI = "Kementerian Urusan Haji dan Umrah memulangkan jemaah asal Iran. Kementerian Urusan Haji dan Umrah juga menyiapkan bus."


def test_a_body_cut_at_the_dan_of_its_two_fields_is_made_whole_and_its_half_is_no_party():
    assert whole_body_name("Kementerian Urusan Haji", HAJI) == "Kementerian Urusan Haji dan Umrah"
    assert fragment_in("Umrah", HAJI) and fragment_in("Kementerian Urusan Haji", HAJI)
    assert not fragment_in("Kementerian Urusan Haji dan Umrah", HAJI)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        # two bodies joined by "dan": a body's head word or a name follows it
        ("Kementerian Luar Negeri", "Kementerian Luar Negeri dan Kementerian Pertahanan menggelar rapat bersama."),
        ("Badan Pusat Statistik", "Badan Pusat Statistik dan Bappenas merilis data kemiskinan terbaru."),
        # a body named once alone is whole whatever follows it elsewhere
        ("Badan Gizi Nasional", "Badan Gizi Nasional meninjau dapur. Rapat Badan Gizi Nasional dan Pembangunan digelar."),
    ],
)
def test_two_bodies_joined_by_dan_stay_two_parties(name: str, body: str) -> None:
    assert whole_body_name(name, body) == name
    assert not fragment_in(name, body)


def test_a_name_glued_to_the_trigger_after_it_loses_the_trigger():
    body = "Seorang turis asal China bernama Qiu Yantewas tenggelam usai berenang di pantai."
    assert unglue("Qiu Yantewas", body) == "Qiu Yan"
    # a verb's prefix written as a word's start is no name ("Dievakuasi"), and a name ending like no trigger stays
    assert unglue("Dievakuasi", "Dievakuasi ke rumah sakit, korban selamat.") == "Dievakuasi"
    assert unglue("Budi Hartawan", "Budi Hartawan tiba di lokasi.") == "Budi Hartawan"


def test_a_place_told_after_di_is_where_not_who():
    sentence = "Penandatanganan nota kesepahaman itu berlangsung di Menara Citra, Kemayoran, Jakarta, Rabu (4/6/2025)."
    assert all(told_as_place(n, sentence) for n in ("Menara Citra", "Kemayoran", "Jakarta"))
    assert not is_participant("Kemayoran", sentence=sentence)
    # a name also told outside the place phrase, and a country, stay parties
    assert not told_as_place("Polda Jabar", "Budi diperiksa di Polda Jabar setelah Polda Jabar menangkapnya.")
    assert not told_as_place("Iran", "Israel menyerang fasilitas nuklir di Iran.")
    assert is_participant("Budi Santoso", sentence="Budi Santoso ditangkap di rumahnya.")


def test_the_subject_after_a_place_opening_the_sentence_stays_a_party():
    sentence = "Di Jakarta, Budi Santoso bertemu Menteri Sari Dewi pada Selasa (10/6/2025)."
    assert not told_as_place("Budi Santoso", sentence)
    assert told_as_place("Jakarta", sentence)
    # a common noun after a place is no place either
    assert not told_as_place("polisi", "Dalam unggahan di X, polisi mengatakan semua siswa dievakuasi.")
    # an origin and a departure are places too
    assert told_as_place("Wonosari", "Keluarga itu berangkat dari Wonosari pada Kamis untuk berziarah.")
    assert told_as_place("Kutorejo", "Truk dikemudikan Andi (27), pria asal Kutorejo, Kota Tuban.")


HEARING = "Saksi Dewi Lestari dihadirkan dalam kasus suap vonis bebas Andika dengan terdakwa eks hakim Bambang Sutrisno."


def test_the_person_an_earlier_ruling_freed_labels_the_case_and_is_no_party():
    assert told_as_case_label("Andika Pratama", HEARING)
    assert not told_as_case_label("Bambang Sutrisno", HEARING)
    # the ruling told as it happens, or a name told elsewhere in the sentence, is no label
    assert not told_as_case_label("Andika Pratama", "Hakim menjatuhkan vonis bebas kepada Andika Pratama.")
    assert not told_as_case_label("Andika", "Andika hadir di sidang kasus vonis bebas Andika.")
    assert labels_a_case("vonis bebas", HEARING)
    assert not labels_a_case("vonis bebas", "Hakim menjatuhkan vonis bebas kepada Andika Pratama.")
    assert not labels_a_case("divonis", "Bambang divonis enam tahun penjara.")


def test_a_hearing_is_the_defendants_not_the_person_whose_acquittal_the_case_is_about():
    sentences = [HEARING, "Bambang Sutrisno didakwa menerima suap terkait vonis bebas Andika Pratama."]
    events = [
        {
            "type": "TRIAL",
            "who": ["Dewi Lestari", "Andika Pratama", "Bambang Sutrisno"],
            "when": "2025-06-20",
            "trigger": "dihadirkan",
            "in_sentence": 0,
        },
        {"type": "SENTENCE", "who": ["Andika Pratama"], "when": "2025-06-20", "trigger": "vonis bebas", "in_sentence": 0},
        {"type": "TRIAL", "who": ["Bambang Sutrisno", "Andika Pratama"], "when": "2025-06-20", "trigger": "didakwa", "in_sentence": 1},
    ]
    timeline = story_events([article("a", "2025-06-20", sentences, events)], {"a": 0}).timeline
    assert {t.type for t in timeline} == {"TRIAL"}  # the acquittal the case is about is no verdict of the day
    assert all("Bambang Sutrisno" in t.who and "Andika Pratama" not in t.who for t in timeline)


def test_a_vague_past_before_the_statements_date_leaves_the_happening_undated():
    sentence = "Saya sudah dikonfirmasi beberapa bulan yang lalu oleh tim produksi untuk peran itu, ujarnya, Kamis (19/6/2025)."
    date_at = sentence.index("Kamis (19/6/2025)")
    event = {
        "type": "CONFIRM",
        "who": ["Rina Marlina"],
        "when": "2025-06-19",
        "trigger": "dikonfirmasi",
        "in_sentence": 0,
        "when_span": [date_at, date_at + len("Kamis (19/6/2025)")],
    }
    timexes = [("beberapa bulan yang lalu", "PAST_REF"), ("Kamis (19/6/2025)", "2025-06-19")]
    assert story_events([article("a", "2025-06-19", [sentence], [event], timexes)], {"a": 0}).timeline == []
    # without the vague past the statement's date is the confirmation's
    plain = sentence.replace(" beberapa bulan yang lalu", "")
    date_at = plain.index("Kamis (19/6/2025)")
    event = {**event, "when_span": [date_at, date_at + len("Kamis (19/6/2025)")], "in_sentence": 0}
    timeline = story_events([article("b", "2025-06-19", [plain], [event], timexes[1:])], {"b": 0}).timeline
    assert [(t.when, t.who) for t in timeline] == [("2025-06-19", ["Rina Marlina"])]


def test_an_acronym_glued_to_the_word_after_it_is_the_acronym():
    assert unglue("KPKtelah", "Penyidik KPKtelah memeriksa saksi.") == "KPK"
    assert not is_participant("UUperkawinan")
    # an acronym with a short ending of its own stays whole
    assert unglue("BUMDes", "BUMDes Maju Jaya menerima bantuan.") == "BUMDes"


def _hurt(kind: str, where: str, trigger: str) -> dict:
    return {"type": kind, "who": ["Budi Santoso"], "when": "2025-06-20", "where": where, "trigger": trigger, "in_sentence": 0}


def test_the_hospital_the_hurt_were_taken_to_is_not_where_they_were_hurt():
    injured = "Budi Santoso mengalami luka di kaki dan dirawat di rumah sakit Harapan Kita."
    on_road = "Budi Santoso mengalami luka saat truk terguling di Jalan Merdeka."
    story = [
        article("a", "2025-06-20", [injured], [_hurt("INJURE", "rumah sakit Harapan Kita", "mengalami luka")]),
        article("b", "2025-06-20", [on_road], [_hurt("INJURE", "Jalan Merdeka", "mengalami luka")]),
    ]
    assert [t.where for t in story_events(story, {"a": 0, "b": 1}).timeline] == ["Jalan Merdeka"]
    # a death may happen at the hospital
    died = "Budi Santoso meninggal dunia di RSUD Cibinong setelah dirawat dua hari."
    story = [article("c", "2025-06-20", [died], [_hurt("DIE", "RSUD Cibinong", "meninggal dunia")])]
    assert [t.where for t in story_events(story, {"c": 0}).timeline] == ["RSUD Cibinong"]


def test_a_visit_dated_after_every_report_of_it_is_no_happening_of_the_timeline():
    sentences = ["Aktor Chen Wei dipastikan akan datang ke Jakarta pada 30 Juni 2025.", "Kedatangan Chen Wei disambut antusias penggemar."]
    events = [
        {"type": "VISIT", "who": ["Chen Wei"], "when": "2025-06-30", "status": "planned", "trigger": "datang", "in_sentence": 0},
        {"type": "VISIT", "who": ["Chen Wei"], "when": None, "status": "occurred", "trigger": "Kedatangan", "in_sentence": 1},
    ]
    timeline = story_events([article("a", "2025-06-10", sentences, events)], {"a": 0}).timeline
    assert [(t.when, t.status) for t in timeline if t.status == "occurred"] == []


def test_something_under_way_dated_after_its_article_loses_the_date():
    sentence = "Protes dimulai pada hari Jumat setelah petugas imigrasi menangkap puluhan warga di Los Angeles."
    event = {
        "type": "ARREST",
        "who": ["Dinas Imigrasi"],
        "when": "2025-06-13",
        "status": "ongoing",
        "trigger": "menangkap",
        "in_sentence": 0,
    }
    assert story_events([article("a", "2025-06-10", [sentence], [event])], {"a": 0}).timeline == []


def _crash_report(aid: str, sentences: list[str], events: list[dict]) -> dict:
    return article(aid, "2025-06-16", sentences, events)


def test_a_precedents_toll_is_no_figure_of_the_storys_crash():
    ours = "Helikopter jatuh dan tujuh orang tewas pada Minggu (15/6/2025)."
    before = "Pada 8 Mei, sebuah helikopter jatuh di distrik lain, menewaskan enam orang."
    die = {"type": "DIE", "who": ["orang"], "counted": "orang tewas"}
    a = _crash_report(
        "a",
        [ours, before],
        [
            {**die, "when": "2025-06-15", "trigger": "tewas", "in_sentence": 0},
            {**die, "when": "2025-05-08", "trigger": "menewaskan", "count": 6, "in_sentence": 1},
        ],
    )
    b = _crash_report("b", [ours], [{**die, "when": "2025-06-15", "trigger": "tewas", "count": 7, "in_sentence": 0}])
    assert figures_and_conflicts([a, b])[1] == []
    # told as the story's own toll, six and seven disagree
    c = _crash_report("c", [ours], [{**die, "when": "2025-06-15", "trigger": "tewas", "count": 6, "in_sentence": 0}])
    assert [sorted(x.values) for x in figures_and_conflicts([c, b])[1]] == [["6", "7"]]
