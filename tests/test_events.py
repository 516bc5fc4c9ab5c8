"""Event extraction (telisik_events): types, participants, place, date and status, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from telisik.nlp.events import refresh_when
from telisik.records.events import Event


def events(nlp, text: str, published: str | None = "2025-06-14") -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.events


def only(nlp, text: str, typ: str, published: str | None = "2025-06-14") -> Event:
    found = [e for e in events(nlp, text, published) if e.type == typ]
    assert len(found) == 1, found
    return found[0]


def test_meet_with_place_and_date(nlp):
    ev = only(nlp, "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo pada Senin (9/6).", "MEET")
    # the agent first; "Jepang" belongs to the title of Ishiba, "Tokyo" is the setting
    assert ev.who == ["Prabowo Subianto", "Shigeru Ishiba"]
    assert (ev.where, ev.when, ev.status) == ("Tokyo", "2025-06-09", "occurred")
    assert ev.trigger == "bertemu"
    text = "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo pada Senin (9/6)."
    assert text[ev.start : ev.end] == "bertemu" and ev.sentence == text


def test_visit_planned_with_destination(nlp):
    ev = only(nlp, "Menteri Luar Negeri Sugiono dijadwalkan mengunjungi Beijing pada 20 Juni 2025.", "VISIT")
    assert (ev.who, ev.where, ev.when, ev.status) == (["Sugiono"], "Beijing", "2025-06-20", "planned")


def test_visit_from_affixed_noun_with_nya(nlp):
    ev = only(nlp, "Dalam kunjungannya ke Jepang, Menteri Perdagangan Budi Santoso menandatangani perjanjian dagang baru.", "VISIT")
    assert ev.trigger == "kunjungannya" and ev.who == ["Budi Santoso"] and ev.where == "Jepang"


def test_supply_names_supplier_and_recipient(nlp):
    ev = only(nlp, "Korea Selatan telah memasok amunisi ke Polandia tahun lalu.", "SUPPLY")
    assert ev.who[0] == "Korea Selatan" and "Polandia" in ev.who
    assert (ev.where, ev.when, ev.status) == (None, "2024", "occurred")


def test_agree_and_ongoing_talks(nlp):
    ev = only(nlp, "Indonesia dan Vietnam sepakat memperkuat kerja sama perikanan.", "AGREE")
    assert ev.who == ["Indonesia", "Vietnam"]
    ev = only(nlp, "Delegasi Rusia dan Ukraina masih melakukan perundingan di Istanbul.", "MEET")
    assert (ev.who, ev.where, ev.status) == (["Rusia", "Ukraina"], "Istanbul", "ongoing")


def test_warn_inside_a_quote_takes_the_speaker(nlp):
    ev = only(
        nlp, '"Kami khawatir konflik ini meluas ke kawasan lain," kata Menteri Pertahanan Sjafrie Sjamsoeddin kepada wartawan.', "WARN"
    )
    assert ev.who == ["Sjafrie Sjamsoeddin"] and ev.trigger == "khawatir"


def test_negated_trigger_is_no_event(nlp):
    assert events(nlp, '"Kami tidak khawatir dengan rencana itu," kata juru bicara Kementerian Luar Negeri Roy Soemirat.') == []


def test_accuse_confirm_sanction_communicate(nlp):
    assert only(nlp, "Pemerintah Iran menuduh Israel melanggar gencatan senjata di perbatasan.", "ACCUSE").who == ["Iran", "Israel"]
    assert only(nlp, "Kementerian Luar Negeri membantah kabar penutupan kedutaan di Teheran.", "CONFIRM").who == ["Kementerian Luar Negeri"]
    ev = only(nlp, "Uni Eropa menjatuhkan sanksi baru terhadap Rusia pekan lalu.", "SANCTION")
    # a week before publication has occurred ("2025-W23" is not a date after 2025-06-14)
    assert (ev.who, ev.when, ev.status) == (["Uni Eropa", "Rusia"], "2025-W23", "occurred")
    ev = only(nlp, "Presiden Prabowo Subianto menelepon Presiden Prancis Emmanuel Macron pada Selasa (10/6).", "COMMUNICATE")
    assert (ev.who, ev.when) == (["Prabowo Subianto", "Emmanuel Macron"], "2025-06-10")


def test_attack_and_war_as_a_setting(nlp):
    ev = only(nlp, "Israel menyerang Iran pada Jumat (13/6) dini hari.", "ATTACK")
    assert (ev.who, ev.where, ev.when) == (["Israel", "Iran"], "Iran", "2025-06-13")
    ev = only(nlp, "Sejak invasi Rusia ke Ukraina pada Februari 2022, harga gandum melonjak.", "ATTACK")
    assert (ev.who, ev.where, ev.when) == (["Rusia", "Ukraina"], "Ukraina", "2022-02")
    # "perang di Ukraina" only says which war: no attack, and not the place of the supply
    found = events(nlp, "Jerman mengirim bantuan pangan untuk korban perang di Ukraina.")
    assert [e.type for e in found] == ["SUPPLY"] and found[0].where is None


def test_trigger_without_named_participant_gives_no_event(nlp):
    assert events(nlp, "Warga khawatir harga beras naik. Pertemuan itu berlangsung tertutup.") == []


def test_pronoun_takes_the_person_named_before(nlp):
    found = events(
        nlp,
        "Gubernur Jawa Tengah Ahmad Luthfi tiba di Semarang pada Minggu (8/6). Ia kemudian bertemu Wali Kota Semarang Agustina Wilujeng.",
    )
    assert [(e.type, e.who) for e in found] == [
        ("VISIT", ["Ahmad Luthfi"]),
        ("MEET", ["Ahmad Luthfi", "Agustina Wilujeng"]),
    ]
    # "Tengah" of a name is not the status word "tengah"
    assert found[0].status == "occurred" and found[0].where == "Semarang"


def test_remention_counts_only_with_its_place(nlp):
    text = (
        "Menteri Luar Negeri Sugiono akan bertemu Menteri Luar Negeri Singapura Vivian Balakrishnan pekan depan. "
        "Pertemuan itu akan berlangsung di Jakarta. Pertemuan itu dinilai penting."
    )
    meets = [e for e in events(nlp, text) if e.type == "MEET"]
    assert [(e.who, e.where, e.status) for e in meets] == [
        (["Sugiono", "Vivian Balakrishnan"], None, "planned"),
        (["Sugiono", "Vivian Balakrishnan"], "Jakarta", "planned"),
    ]


def test_sports_match_is_no_meeting(nlp):
    assert events(nlp, "Timnas Indonesia akan bertemu Jepang dalam laga kualifikasi Piala Dunia di Osaka.") == []


def test_refresh_when_follows_dates_resolved_later(nlp):
    # an undated article: "30 Mei" has no year until the collection's dates give one
    found = events(nlp, "Presiden Prabowo Subianto bertemu Presiden Prancis Emmanuel Macron pada 30 Mei.", published=None)
    assert found[0].when is None and found[0].when_span
    start, end = found[0].when_span
    refresh_when(found, [{"start": start, "end": end, "type": "DATE", "value": "2025-05-30"}])
    assert found[0].when == "2025-05-30"


def test_word_lists_come_from_the_data_files(nlp):
    lex = nlp.get_pipe("telisik_events").lexicon
    assert {t.type for ts in lex.triggers.values() for t in ts} == {
        "MEET", "VISIT", "SUPPLY", "AGREE", "WARN", "ACCUSE", "CONFIRM", "ATTACK", "SANCTION", "COMMUNICATE",
        "DIE", "INJURE", "ACCIDENT", "DISASTER", "EVACUATE", "ARREST", "CHARGE", "TRIAL", "SENTENCE", "APPOINT",
        "RESIGN", "ELECT", "PROTEST", "FUND", "CLOSE",
    }  # the 25 types of GOLD.md  # fmt: skip
    assert lex.status.at(["dijadwalkan"], 0) == (1, "planned")


def test_departure_is_a_phase_of_a_trip(nlp):
    ev = only(nlp, "Presiden Ferdinand Marcos bertolak dari Manila menuju Jakarta pada Minggu (8/6).", "VISIT")
    assert ev.who == ["Ferdinand Marcos"] and ev.phase == "depart" and ev.when == "2025-06-08"
    arrival = only(nlp, "Presiden Ferdinand Marcos tiba di Jakarta pada Senin (9/6).", "VISIT")
    assert "phase" not in arrival.to_dict() and arrival.where == "Jakarta"


def test_a_reported_event_takes_no_date_from_the_report(nlp):
    # "pekan lalu" is when the ministry spoke; the shipment itself is undated
    text = "Pekan lalu, Kementerian Pertahanan mengatakan bahwa Korea Selatan telah mengirim amunisi ke Polandia."
    supply = only(nlp, text, "SUPPLY")
    assert supply.when is None
    text = "Kementerian Pertahanan mengatakan bahwa Korea Selatan mengirim amunisi ke Polandia pada Senin (9/6)."
    assert only(nlp, text, "SUPPLY").when == "2025-06-09"


def test_a_named_re_mention_with_tersebut_is_not_a_new_visit(nlp):
    text = (
        "Perdana Menteri Anthony Albanese mengunjungi Jakarta pada Kamis (12/6). "
        "Juru bicara Istana pada Jumat (13/6) mengonfirmasi kunjungan Albanese tersebut."
    )
    visits = [e for e in events(nlp, text) if e.type == "VISIT"]
    assert [(v.who[0], v.when) for v in visits] == [("Anthony Albanese", "2025-06-12")]


def test_a_country_with_its_bracketed_short_form_is_part_of_a_title(nlp):
    ev = only(nlp, "Pemimpin Korea Utara (Korut) Kim Jong Un telah tiba di Vladivostok pada Selasa (10/6).", "VISIT")
    assert ev.who == ["Kim Jong Un"]


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("Presiden Donald Trump berulang kali mengkritisi rantai pasokan Apple yang bergantung pada pabrik di Tiongkok.", "SUPPLY"),
        ("Film garapan Joko Anwar itu dilengkapi unsur kritik sosial yang dikemas dengan jenaka.", "ACCUSE"),
        ("Iran akan membalas setiap serangan yang dianggap mengancam kedaulatan negaranya.", "WARN"),
        ("Aktivis Greenpeace menilai tambang nikel bisa kembali mengancam kelestarian hutan Raja Ampat.", "WARN"),
        ("Penerima BSU tidak boleh anggota TNI atau Polri yang sedang menjadi penerima bantuan sosial lainnya.", "SUPPLY"),
        ("Kursus Mandarin itu disiapkan untuk negosiasi bisnis para karyawan PT Maju Jaya.", "MEET"),
    ],
)
def test_generic_uses_of_trigger_words_are_no_events(nlp, text, typ):
    assert [e for e in events(nlp, text) if e.type == typ] == []


# --------------------------------------------------------------------------- the record, the component


MEETING = "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo pada Senin (9/6)."


def test_event_dict_has_the_keys_of_analysis_json_in_order(nlp):
    ev = only(nlp, MEETING, "MEET")
    assert list(ev.to_dict()) == ["type", "trigger", "who", "where", "when", "status", "when_span", "start", "end", "sentence"]
    caption = ev.in_caption(2).to_dict()
    assert list(caption)[-2:] == ["in", "caption"] and (caption["in"], caption["caption"]) == ("caption", 2)
    assert Event.from_dict(caption) == ev.in_caption(2) and Event.from_dict(ev.to_dict()) == ev
    assert "in" in Event.json_schema()["properties"]


def test_triggers_are_spans_labelled_with_their_type(nlp):
    doc = nlp.make_doc(MEETING)
    doc._.published = "2025-06-14"
    doc = nlp(doc)
    assert [(s.text, s.label_) for s in doc.spans["events"]] == [("bertemu", "MEET")]


def test_pipeline_order_is_checked_by_spacy(nlp):
    problems = nlp.analyze_pipes()["problems"]
    assert problems["telisik_events"] == []


def test_a_config_value_changes_what_is_found():
    from telisik.nlp.pipeline import build_pipeline

    nlp = build_pipeline()
    text = "Menteri Luar Negeri Sugiono bertemu Vivian Balakrishnan dan Wang Yi di Jakarta."
    assert only(nlp, text, "MEET").who == ["Sugiono", "Vivian Balakrishnan", "Wang Yi"]
    nlp.replace_pipe("telisik_events", "telisik_events", config={"max_who": 2})
    assert only(nlp, text, "MEET").who == ["Sugiono", "Vivian Balakrishnan"]


def test_saved_component_keeps_its_word_lists(tmp_path):
    from telisik.nlp.events import EventFinder, read_tables
    from telisik.nlp.pipeline import build_pipeline

    nlp = build_pipeline()
    text = "Presiden Prabowo Subianto bersua Presiden Prancis Emmanuel Macron di Paris."
    assert [e for e in events(nlp, text) if e.type == "MEET"] == []
    finder = nlp.get_pipe("telisik_events")
    # a trigger added to the component's own rows, not to the package's file
    finder._restore({"tables": {**read_tables(), "triggers": [*finder.tables["triggers"], ["bersua", "MEET"]]}})
    assert only(nlp, text, "MEET").who == ["Prabowo Subianto", "Emmanuel Macron"]
    finder.to_disk(tmp_path / "events")
    restored = EventFinder(nlp, lang="xx", triggers="no_such_file.tsv").from_disk(tmp_path / "events")
    assert restored.lang == "id" and restored.files["triggers"] == "event_triggers.tsv"
    nlp.replace_pipe("telisik_events", "telisik_events")  # a fresh one, from the package's files
    assert [e for e in events(nlp, text) if e.type == "MEET"] == []
    nlp.remove_pipe("telisik_events")
    nlp.add_pipe("telisik_events")
    nlp.get_pipe("telisik_events").from_disk(tmp_path / "events")
    assert only(nlp, text, "MEET").who == ["Prabowo Subianto", "Emmanuel Macron"]
    assert EventFinder(nlp).from_bytes(restored.to_bytes()).tables == restored.tables


def test_running_again_on_re_resolved_dates_gives_what_refresh_when_gives(nlp):
    """Re-anchoring an undated article: running the time expressions and events again on the doc,
    its dates now anchored near the collection's days, gives the events ``refresh_when`` gave."""
    from datetime import date

    text = (
        "Presiden Prabowo Subianto bertemu Presiden Prancis Emmanuel Macron pada 28 Mei. "
        "Dua hari kemudian, Macron mengunjungi Akademi Militer di Magelang. "
        "Prabowo dijadwalkan mengunjungi Paris pada 14 Juli."
    )
    doc = nlp.make_doc(text)
    doc._.published = None
    doc = nlp(doc)
    refreshed = [Event.from_dict(e.to_dict()) for e in doc._.events]
    assert [e.when for e in refreshed] == [None, None, None]
    doc._.anchor_hints = [date(2025, 6, 2)]
    nlp.get_pipe("telisik_timexes")(doc)
    refresh_when(refreshed, doc._.timexes)
    assert [e.when for e in refreshed] == ["2025-05-28", "2025-05-30", "2025-07-14"]
    nlp.get_pipe("telisik_events")(doc)
    assert [e.to_dict() for e in doc._.events] == [e.to_dict() for e in refreshed]
    # the anchor is 28 May: with plan_by_collection_anchor, the visit two days later is judged planned
    finder = nlp.get_pipe("telisik_events")
    judging = type(finder)(nlp, **{**finder.cfg, "plan_by_collection_anchor": True})
    assert [e.status for e in judging(doc)._.events] == ["occurred", "planned", "planned"]
    assert [e.status for e in refreshed] == ["occurred", "occurred", "planned"]


def test_lexicon_indexes_its_own_rows():
    """The word lists' index, built from rows given here, not from the package's files."""
    from telisik.nlp.events.lexicon import Lexicon

    lex = Lexicon.of(
        {
            "triggers": [["bertemu|bertatap muka", "MEET", "sport,not_next=wartawan/media"], ["kunjungan", "VISIT", "noun"]],
            "status": [["akan", "planned"], ["telah", "occurred"]],
            "words": [["bahwa", "break"], ["di", "place"], ["kedua negara", "pair_loc"], ["tidak", "negation"]],
            "grammar": [["dan", "coordination"], ["dan", "list"], ["nya", "suffix"]],
        }
    )
    words = ["kedua", "negara", "akan", "bertatap", "muka", "di", "Jakarta"]
    assert lex.words.at(words, 0) == (2, "pair_loc") and lex.words.ending_at(words, 1) == (2, "pair_loc")
    assert lex.status.at(words, 2) == (1, "planned") and lex.words.at(words, 2) == (0, "")
    meet = lex.triggers["bertatap"][0]
    assert (meet.words, meet.type, meet.flags, meet.not_next) == (("bertatap", "muka"), "MEET", frozenset({"sport"}), {"wartawan", "media"})
    assert lex.triggers["kunjungan"][0].flags == {"noun"} and lex.suffix == "nya"
    # only the clause words are boundaries; single words by role for quick membership tests
    assert lex.boundaries.at(["bahwa"], 0) == (1, "break") and lex.boundaries.at(["di"], 0) == (0, "")
    assert lex.roles["negation"] == {"tidak"} and "kedua" not in lex.roles.get("pair_loc", set())
    assert lex.coordination.match(" dan ") and not lex.coordination.match(" bertemu ")


# --------------------------------------------------------------------------- everyday news


def test_deaths_with_the_articles_own_noun_and_count(nlp):
    found = events(nlp, "Sedikitnya delapan orang tewas dan beberapa orang lainnya mengalami luka-luka.", "2025-06-10")
    die = next(e for e in found if e.type == "DIE")
    assert (die.who, die.count, die.counted) == (["orang"], 8, "orang")
    injure = next(e for e in found if e.type == "INJURE")
    assert injure.who == ["orang"] and injure.count is None  # "beberapa" is no number


def test_a_happening_gives_its_date_and_place_to_its_dead_in_the_same_paragraph(nlp):
    text = (
        "Penembakan massal terjadi di sebuah sekolah menengah di kota Graz, Austria, pada Selasa (10/6) waktu setempat. "
        "Sedikitnya sembilan orang tewas."
    )
    found = {e.type: e for e in events(nlp, text, "2025-06-10")}
    assert found["ATTACK"].where == "Graz" and found["ATTACK"].when == "2025-06-10"
    assert (found["DIE"].where, found["DIE"].when, found["DIE"].count) == ("Graz", "2025-06-10", 9)


def test_the_owner_of_the_participant_noun_names_them(nlp):
    text = "Sebanyak 15 mahasiswa Universitas Pendidikan Sultan Idris meninggal dunia dalam kecelakaan di Gerik, Perak."
    found = {e.type: e for e in events(nlp, text, "2025-06-09")}
    assert found["DIE"].count == 15 and found["DIE"].who[0].startswith("mahasiswa Universitas Pendidikan Sultan Idris")
    assert found["DIE"].where == "Gerik" and "Gerik" not in found["DIE"].who  # a place is where, not who
    assert found["ACCIDENT"].where == "Gerik"


def test_cancelled_flights_are_a_closure_with_their_count(nlp):
    ev = only(nlp, "Akibat erupsi tersebut, 40 penerbangan dibatalkan pada Rabu (11/6).", "CLOSE", "2025-06-11")
    assert (ev.who, ev.count, ev.when) == (["penerbangan"], 40, "2025-06-11")


def test_an_active_verb_takes_its_agent_and_its_object(nlp):
    ev = only(nlp, "Pemadam kebakaran mengevakuasi 12 penumpang dari bus itu.", "EVACUATE", "2025-06-09")
    assert ev.who == ["Pemadam kebakaran", "penumpang"] and ev.count == 12


@pytest.mark.parametrize(
    "text, typ",
    [
        ("Asisten Direktur Jabatan Pemadam Kebakaran dan Penyelamatan Perak menerima laporan pukul 01.04.", "ACCIDENT"),
        ("IHSG ditutup melemah 0,5 persen pada perdagangan sore ini.", "CLOSE"),
        ("Unggahan artis itu langsung banjir pujian dari warganet.", "DISASTER"),
        ("Tim Garuda menahan imbang Bahrain di Stadion Utama Gelora Bung Karno.", "ARREST"),
        ("Ia menyebut tingkat penembakan massal di Austria lebih rendah dibanding negara tetangga.", "ATTACK"),
        ("Teheran dan Yerusalem secara tiba\u2011tiba melancarkan serangan rudal pada pagi hari.", "VISIT"),
        ("Apakah Presiden Prabowo Subianto akan bertemu Vladimir Putin di Moskow?", "MEET"),
    ],
)
def test_trigger_words_that_are_names_markets_or_idioms_are_no_events(nlp, text, typ):
    assert [e for e in events(nlp, text) if e.type == typ] == []


def test_court_and_personnel_types(nlp):
    assert only(nlp, "KPK menetapkan Bupati Lampung Tengah Ardito Wijaya sebagai tersangka kasus suap.", "CHARGE").who
    sentence = only(nlp, "Majelis hakim memvonis terdakwa Harvey Moeis dengan hukuman 20 tahun penjara.", "SENTENCE")
    assert any("Harvey Moeis" in name for name in sentence.who)
    assert only(nlp, "Presiden Prabowo Subianto melantik Sjafrie Sjamsoeddin sebagai Menteri Pertahanan.", "APPOINT").who[0] == "Prabowo Subianto"
    assert only(nlp, "Ribuan buruh menggelar unjuk rasa di depan Gedung DPR, Jakarta.", "PROTEST").who == ["buruh"]


def test_counts_read_scaled_numbers_and_never_a_year(nlp):
    assert only(nlp, "Sebanyak 2,5 juta warga mengungsi akibat banjir.", "EVACUATE").count == 2_500_000
    arrival = only(nlp, "Laga pamungkas BRI Liga 1 musim 2024/2025 akhirnya tiba di Stadion Gelora Bung Tomo.", "VISIT")
    assert arrival.count is None


def test_an_attack_with_no_named_agent_has_the_articles_doer_first(nlp):
    text = (
        "Penembakan massal terjadi di sebuah sekolah di kota Graz, Austria, pada Selasa (10/6). "
        "Pelaku penembakan diduga tewas bunuh diri di kamar mandi sekolah."
    )
    attack = next(e for e in events(nlp, text, "2025-06-10") if e.type == "ATTACK")
    assert attack.who[0].lower() == "pelaku penembakan" and attack.where == "Graz"


def test_authorities_confirm_and_warn_without_a_name(nlp):
    assert only(nlp, "Polisi mengonfirmasi bahwa tembakan dilepaskan di dalam gedung.", "CONFIRM").who == ["Polisi"]
    assert only(nlp, "Pihak berwenang telah mengimbau masyarakat untuk menghindari area tersebut.", "WARN").who[0] == "Pihak berwenang"


def test_the_outlet_and_the_dateline_are_no_parties(nlp):
    found = events(nlp, "JAKARTA, KOMPAS.com - Pantauan detikcom di lokasi, tiga rumah terbakar di Tebet pada Kamis (19/6).", "2025-06-19")
    fire = next(e for e in found if e.type == "ACCIDENT")
    assert "Jakarta" not in fire.who and "Detik" not in fire.who and "detikcom" not in fire.who


def test_an_office_visited_is_where_the_visit_goes_not_who_visits(nlp):
    ev = only(nlp, "Menteri Sosial Saifullah Yusuf mengunjungi Kantor Kementerian Ketenagakerjaan pada Jumat (20/6).", "VISIT", "2025-06-20")
    assert ev.who == ["Saifullah Yusuf"] and ev.where and "Ketenagakerjaan" in ev.where


@pytest.mark.parametrize(
    "text, typ",
    [
        ("Rusia dan China menyerukan dialog untuk mengakhiri perang Iran dan Israel.", "MEET"),
        ("Hal itu disampaikan Sony Santoso saat dihubungi via sambungan telepon, Minggu (15/6/2025).", "COMMUNICATE"),
        ("Puluhan sandera masih ditahan oleh Hamas di Gaza.", "ARREST"),
    ],
)
def test_calls_for_talks_reporters_calls_and_ongoing_captivity_are_no_events(nlp, text, typ):
    assert [e for e in events(nlp, text) if e.type == typ] == []


def test_a_call_between_leaders_is_still_communication(nlp):
    ev = only(nlp, "Presiden Prabowo Subianto berbicara melalui sambungan telepon dengan Presiden Rusia Vladimir Putin.", "COMMUNICATE")
    assert ev.who[:2] == ["Prabowo Subianto", "Vladimir Putin"]


def test_a_running_total_since_a_day_is_not_dated_by_that_day(nlp):
    ev = only(nlp, "Sejak Jumat (13/6), sedikitnya 24 orang tewas di Israel, menurut kantor Netanyahu.", "DIE", "2025-06-19")
    assert ev.when is None and ev.count == 24


def test_where_words_were_said_is_not_where_the_event_happens(nlp):
    ev = only(nlp, "Kylian Mbappe sudah tiba di Amerika Serikat untuk bergabung dengan Real Madrid, seperti dikutip di Jakarta, Jumat.", "VISIT")
    assert ev.where == "Amerika Serikat"


def test_a_weather_forecast_is_no_disaster(nlp):
    text = "BMKG memprakirakan wilayah Jakarta berpotensi hujan lebat disertai angin kencang pada Sabtu (21/6)."
    assert [e for e in events(nlp, text, "2025-06-20") if e.type == "DISASTER"] == []
