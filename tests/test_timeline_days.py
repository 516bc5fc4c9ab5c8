"""Timelines that hold up among a whole day's news: reactions are not the act, one day's act on the same objects is
one entry, regions are not parties, a closure of nothing named is no entry, and an injury told as a player's past is
no injury of the story; on sentences and events written for these tests."""

from __future__ import annotations

from event_sentences import events
from telisik.stories.timeline import is_participant, story_events, timeline_and_conflicts


def ev(kind: str, who: list[str], when: str | None, where: str | None = None) -> dict:
    return {"type": kind, "who": who, "when": when, "where": where, "status": "occurred", "trigger": "x", "sentence": "x"}


def test_who_supports_an_act_is_not_its_agent(nlp):
    text = "Ketua Fraksi PKS Jazuli Juwaini mendukung langkah pemerintah mencabut izin tiga perusahaan tambang di Kabupaten Bima."
    for e in events(nlp, text, "SANCTION"):
        assert "Jazuli Juwaini" not in e.who
    # the act itself, told without the reaction, keeps its agent
    text = "Menteri Kehutanan Raja Juli Antoni mencabut izin tiga perusahaan tambang di Kabupaten Bima."
    (e,) = events(nlp, text, "SANCTION")
    assert e.who[0] == "Raja Juli Antoni"


def test_who_praises_an_act_after_it_is_not_its_party(nlp):
    text = "Penutupan tambang emas ilegal di Kabupaten Bima itu diapresiasi anggota DPR Rudi Hartono."
    for e in events(nlp, text, "CLOSE"):
        assert "Rudi Hartono" not in e.who


def test_an_organisation_reacting_to_an_act_is_not_its_agent(nlp):
    text = "Himpunan Pengusaha Muda Indonesia menyoroti pencabutan izin usaha dua perusahaan nikel oleh Kementerian Investasi."
    for e in events(nlp, text, "SANCTION"):
        assert "Himpunan Pengusaha Muda Indonesia" not in e.who


def test_one_days_act_on_the_same_objects_is_one_entry_whoever_its_reports_name_as_agent():
    articles = [
        {"id": "a", "published": "2025-06-10", "events": [ev("SANCTION", ["Bahlil Lahadalia", "PT Sinar Abadi"], "2025-06-10", "Bima")]},
        {"id": "b", "published": "2025-06-10", "events": [ev("SANCTION", ["Kementerian Investasi", "PT Sinar Abadi"], "2025-06-10")]},
        {"id": "c", "published": "2025-06-11", "events": [ev("SANCTION", ["Prabowo Subianto"], "2025-06-10", "Kabupaten Bima")]},
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0, "b": 1, "c": 2})
    assert [(t.when, t.type, t.articles) for t in timeline] == [("2025-06-10", "SANCTION", ["a", "b", "c"])]


def test_acts_of_different_days_or_on_different_objects_stay_apart():
    articles = [
        {"id": "a", "published": "2025-06-12", "events": [
            ev("ARREST", ["Polres Bima", "Andi"], "2025-06-10", "Kota Bima"),
            ev("ARREST", ["Polda Bali", "Wayan"], "2025-06-10", "Denpasar"),
            ev("ARREST", ["Polres Dompu", "Budi"], "2025-06-11", "Kota Bima"),
        ]},
    ]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0})
    assert sorted((t.when, t.who[0]) for t in timeline) == [
        ("2025-06-10", "Polda Bali"), ("2025-06-10", "Polres Bima"), ("2025-06-11", "Polres Dompu"),
    ]


def test_a_region_is_never_a_party():
    assert not is_participant("Kabupaten Raja Ampat")
    assert not is_participant("Kota Graz")
    assert is_participant("Kantor Staf Presiden") and is_participant("Bahlil Lahadalia")
    articles = [{"id": "a", "published": "2025-06-10", "events": [ev("SANCTION", ["Kabupaten Bima"], "2025-06-10")]}]
    assert timeline_and_conflicts(articles, {"a": 0})[0] == []


def test_a_closure_of_nothing_named_is_no_entry_and_a_named_one_is():
    articles = [{"id": "a", "published": "2025-06-10", "events": [ev("CLOSE", [], "2025-06-10", "Kota Bima"),
                                                                    ev("CLOSE", ["Bandara Sultan Salahuddin"], "2025-06-10")]}]
    timeline, _ = timeline_and_conflicts(articles, {"a": 0})
    assert [t.who for t in timeline] == [["Bandara Sultan Salahuddin"]]


def test_recovering_from_an_injury_is_no_injury(nlp):
    text = "Gelandang Persib Marc Klok baru pulih dari cedera dan siap tampil melawan Persija pada Sabtu (14/6/2025)."
    assert events(nlp, text, "INJURE") == []
    text = "Bek Persib Nick Kuipers ditandu keluar lapangan setelah mengalami cedera pada babak kedua."
    assert events(nlp, text, "INJURE") != []


def test_history_told_weeks_later_before_the_story_began_is_background():
    articles = [
        {"id": "a", "published": "2025-06-05", "events": [ev("INJURE", ["Rizky Ridho"], "2025-06-05", "Jakarta")]},
        # a player's old club saying goodbye, told only in a match report weeks later
        {"id": "b", "published": "2025-06-10", "events": [ev("COMMUNICATE", ["Almere City FC"], "2025-05-20")]},
        # told by an article a few days after it: the story's own lead-up
        {"id": "c", "published": "2025-06-06", "events": [ev("MEET", ["Erick Thohir", "Patrick Kluivert"], "2025-06-01")]},
    ]
    told = story_events(articles, {"a": 0, "b": 1, "c": 2})
    assert [t.type for t in told.background] == ["COMMUNICATE"]
    assert [t.type for t in told.timeline] == ["MEET", "INJURE"]


def test_an_undated_list_of_the_objects_joins_the_act_its_article_dates():
    articles = [
        {"id": "a", "published": "2025-06-10", "events": [
            ev("SANCTION", ["Prabowo Subianto"], "2025-06-10", "Kabupaten Bima"),
            ev("SANCTION", ["PT Sinar Abadi", "PT Bumi Jaya"], None),
        ]},
        {"id": "b", "published": "2025-06-11", "events": [ev("SANCTION", ["PT Bumi Jaya", "PT Sinar Abadi"], None)]},
        # a permit revoked years before in the same regency: another act
        {"id": "c", "published": "2025-06-11", "events": [ev("SANCTION", ["Bupati Bima", "PT Tambang Lama"], "2014", "Kabupaten Bima")]},
    ]
    told = story_events(articles, {"a": 0, "b": 1, "c": 2})
    entries = [(t.when, t.articles) for t in told.timeline + told.background]
    assert sorted(entries) == [("2014", ["c"]), ("2025-06-10", ["a", "b"])]


def test_an_injury_told_as_why_a_player_is_missing_is_no_injury(nlp):
    text = "Bek Persija Rizky Ramadhan absen karena cedera saat timnya menjamu Persib pada Sabtu (14/6/2025)."
    assert events(nlp, text, "INJURE") == []
    text = "Gelandang Persib Marc Klok tak bisa memperkuat timnya karena mengalami cedera lutut."
    assert events(nlp, text, "INJURE") == []
    text = "Gelandang Persib Marc Klok mengalami cedera pada menit ke-30 dan ditarik keluar."
    assert events(nlp, text, "INJURE") != []


def test_an_entry_dated_only_by_the_storys_year_is_left_out_and_an_older_year_is_background():
    articles = [{"id": "a", "published": "2025-06-19", "events": [
        ev("FUND", ["Otoritas Jasa Keuangan"], "2025"),
        ev("AGREE", ["PT Gag Nikel", "Kementerian Pertambangan"], "1998"),
        ev("MEET", ["Kementerian Perdagangan", "Kadin Indonesia"], "2025-06-18"),
    ]}]
    told = story_events(articles, {"a": 0})
    assert [t.when for t in told.timeline] == ["2025-06-18"] and [t.when for t in told.background] == ["1998"]


def test_closing_a_gathering_and_reminding_of_a_duty_are_no_events(nlp):
    text = "Wakil Menteri Sosial Agus Jabo Priyono resmi menutup retret kepala sekolah di Bogor pada Jumat (13/6/2025)."
    assert events(nlp, text, "CLOSE") == []
    text = "Kepala Dinas Pendidikan Budi Santoso mengingatkan tugas utama guru adalah mendampingi murid."
    assert events(nlp, text, "WARN") == []
    # a road closed and a warning of danger stay events
    text = "Polisi menutup jalan menuju Pantai Lawata pada Jumat (13/6/2025) karena banjir."
    assert events(nlp, text, "CLOSE") != []
    text = "Kepala BPBD Bima Budi Santoso mengingatkan warga agar menjauhi bantaran sungai."
    assert events(nlp, text, "WARN") != []
