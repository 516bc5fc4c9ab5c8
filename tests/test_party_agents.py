"""Who the parties of an event are (issue 16, round 35): a list of people introduced by one noun fills one role whole,
a name the recogniser typed a place among them too ("Dua nelayan, Ijang (45) dan Saepul (38)"); initials acting in a
role ("Saudari R selaku pelapor") stand for its noun; a counted noun with words of its own before the comma ("Dua
tersangka kasus pencurian, Budi (30) dan Andi (28)") names them; a language's or a descent's place ("berbahasa
Persia") and a common word in brackets after a rank ("Sersan Mayor (Cadangan)") are fragments, no parties; the police
after "oleh" of a passive arrest are its agent ("dibekuk oleh polisi"); on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event
from telisik.stories.parties import fragment_in


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-12")


def parties(events: list[Event]) -> list[list[str]]:
    return [e.who for e in events]


def test_both_of_two_listed_fishermen_died(nlp):
    # the recogniser types "Ijang" a place; the age after it and the list make him a person
    text = (
        "Dua nelayan, Ijang (45) dan Saepul (38), harus kehilangan nyawa setelah perahu mereka terbalik di perairan "
        "Tasikmalaya, Rabu (11/6/2025)."
    )
    ev = of_type(nlp, text, "DIE")
    assert ev and all({"Ijang", "Saepul"} <= set(e.who) for e in ev), parties(ev)


def test_a_name_typed_a_place_inside_a_list_of_the_dead_is_one_of_them(nlp):
    text = (
        "Penembakan terjadi di Distrik Ilaga pada Rabu (11/6/2025). "
        "Adapun korban tewas masing-masing bernama Yonas Wenda, Ijang Tabuni, dan Markus Kogoya."
    )
    ev = of_type(nlp, text, "DIE")
    assert ev and all(e.who == ["Yonas Wenda", "Ijang Tabuni", "Markus Kogoya"] for e in ev), parties(ev)


def test_a_known_place_inside_a_list_stays_a_place(nlp):
    # a guard: a city the gazetteer knows, however it is listed, is no one who died
    text = (
        "Kecelakaan terjadi di Jalan Raya Puncak, Rabu (11/6/2025). "
        "Korban tewas masing-masing bernama Rudi Hartono, Jakarta Selatan, dan Andi Wijaya."
    )
    ev = of_type(nlp, text, "DIE")
    assert ev and all("Jakarta Selatan" not in e.who and "Rudi Hartono" in e.who for e in ev), parties(ev)


def test_a_listed_man_told_apart_later_in_the_sentence_keeps_his_own_fate(nlp):
    # a guard: the list fills one role only where the sentence tells no one of it apart
    text = (
        "Dua pendaki, Budi Hartono (30) dan Joko Susilo (28), terseret arus sungai di Bogor, Rabu (11/6/2025); "
        "Budi Hartono tewas, sementara Joko Susilo selamat."
    )
    ev = of_type(nlp, text, "DIE")
    assert ev and all("Budi Hartono" in e.who and "Joko Susilo" not in e.who for e in ev), parties(ev)


def test_initials_acting_as_the_reporter_are_the_reporter(nlp):
    text = "Penganiayaan terjadi di Cipayung, Senin (9/6/2025). Saudari R selaku pelapor mengalami luka robek di tangan kirinya."
    ev = of_type(nlp, text, "INJURE")
    assert ev and all(e.who == ["R"] for e in ev), parties(ev)


def test_the_counted_suspects_named_after_their_case_are_both_detained(nlp):
    text = (
        "Dua tersangka kasus pencurian, Budi Santoso (30) dan Andi Wijaya (28), diringkus polisi di Depok, Senin "
        "(9/6/2025). Kedua tersangka kini ditahan di Mapolres Depok."
    )
    ev = [e for e in of_type(nlp, text, "ARREST") if e.trigger == "ditahan"]
    assert ev and all({"Budi Santoso", "Andi Wijaya"} <= set(e.who) for e in ev), parties(ev)


def test_an_uncounted_noun_further_back_does_not_name_the_man_after_the_comma(nlp):
    # a guard: "soal korban kecelakaan itu, Budi (30) menjawab" names Budi as who answers, not as the victim
    text = "Wartawan bertanya soal korban kecelakaan itu, Budi Hartono (30) menjawab singkat. Korban mengalami luka ringan di kepala."
    ev = of_type(nlp, text, "INJURE")
    assert ev and all("Budi Hartono" not in e.who for e in ev), parties(ev)


def test_the_language_a_spokesman_speaks_and_his_rank_s_bracket_are_no_parties():
    body = (
        "Juru bicara militer Israel (IDF) berbahasa Persia Sersan Mayor (Cadangan) Daniel Avraham pada Jumat "
        "mengeluarkan peringatan evakuasi. Kapal tanker melintas di Teluk Persia."
    )
    assert fragment_in("Persia", body)
    assert fragment_in("Cadangan", body)
    assert not fragment_in("IDF", body)
    assert not fragment_in("Daniel Avraham", body)


def test_a_country_standing_alone_and_a_short_form_in_brackets_stay_parties():
    # guards: "Persia" told alone once is a party; "(Bapanas)" is a body's short form, no common word
    body = (
        "Pria berkebangsaan Persia itu ditangkap. Persia menolak tuduhan tersebut. "
        "Kepala Badan Pangan Nasional (Bapanas) Arief Prasetyo meninjau pasar."
    )
    assert not fragment_in("Persia", body)
    assert not fragment_in("Bapanas", body)


def test_the_police_after_oleh_are_the_agent_of_the_arrest(nlp):
    text = "Kedua pelaku, Budi Santoso (30) dan Andi Wijaya (28), telah dibekuk oleh polisi di Depok, Senin (9/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and all(e.who[:1] == ["polisi"] and "Budi Santoso" in e.who for e in ev), parties(ev)


def test_a_linguist_named_after_his_field_stays_a_party():
    # a guard: "ahli bahasa" is a person's field, and the name after it his own
    body = "Kata 'ok sip' diterjemahkan oleh ahli bahasa Yohanes Baptista Sareng pada sidang sebelumnya."
    assert not fragment_in("Yohanes Baptista Sareng", body)


def test_one_of_many_pilgrims_named_after_a_comma_is_not_every_pilgrim(nlp):
    # a guard: "Salah satu jemaah haji tertua, Sutinah (98)" names one of many; "jemaah" later stands for the others
    text = (
        "Salah satu jemaah haji tertua, Sutinah Kartowiryo (98), telah pulang ke Tanah Air. "
        "Rombongan jemaah tiba di Bandara Adi Soemarmo, Boyolali, Selasa (17/6/2025)."
    )
    ev = of_type(nlp, text, "VISIT")
    assert ev and all("Sutinah Kartowiryo" not in e.who for e in ev), parties(ev)


def test_the_attackers_stay_the_doers_when_their_victim_is_named_after_a_comma(nlp):
    # a guard: "pelaku" counts the attackers; the name after "penjaga toko itu," is whom they beat, two words or more
    # past the counted noun, so it names no doer
    text = (
        "Dua pelaku sempat menganiaya penjaga toko itu, Budi Santoso (30), sebelum kabur membawa uang tunai dari "
        "laci kasir, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "ATTACK")
    assert ev and all(e.who[:1] == ["pelaku"] for e in ev), parties(ev)


def test_a_body_s_short_form_before_a_role_is_no_initials_of_a_person(nlp):
    # a guard: "BPKN" is a body; whom the injury befell is its lawyer, not initials standing for the reporter
    text = "Penganiayaan terjadi di Cipayung, Senin (9/6/2025). Kuasa hukum BPKN selaku pelapor mengalami luka robek di tangan kirinya."
    ev = of_type(nlp, text, "INJURE")
    assert ev and all("BPKN" not in e.who for e in ev), parties(ev)


def test_initials_after_a_form_of_address_acting_as_the_reporter_are_the_reporter(nlp):
    text = "Penganiayaan terjadi di Cipayung, Senin (9/6/2025). Saudara RN selaku pelapor mengalami luka memar di wajahnya."
    ev = of_type(nlp, text, "INJURE")
    assert ev and all(e.who == ["RN"] for e in ev), parties(ev)


def test_a_country_acting_after_a_connective_stays_a_party():
    # a guard: "Namun" opening a sentence is no part of a longer name; "Inggris" acts there
    body = "Video berbahasa Inggris itu beredar luas di media sosial. Namun Inggris menolak tuduhan tersebut."
    assert not fragment_in("Inggris", body)
    body = "Pria berkebangsaan Jepang itu tewas di lokasi. Bahkan Jepang mengirim tim penyidik ke Bali."
    assert not fragment_in("Jepang", body)


def test_a_man_told_as_someone_s_descendant_stays_a_party():
    # a guard: "keturunan Soeharto" names a descendant of a person, not a descent from a place
    body = "Tommy, keturunan Soeharto, hadir dalam sidang itu. Era Presiden Soeharto berakhir pada 1998."
    assert not fragment_in("Soeharto", body)


def test_a_list_joined_by_serta_keeps_a_name_typed_a_place(nlp):
    # "serta" joins a list as "dan" does (the joiners of event_grammar.tsv)
    text = (
        "Penembakan terjadi di Distrik Ilaga pada Rabu (11/6/2025). "
        "Adapun korban tewas masing-masing bernama Yonas Wenda, Ijang Tabuni, serta Markus Kogoya."
    )
    ev = of_type(nlp, text, "DIE")
    assert ev and all(e.who == ["Yonas Wenda", "Ijang Tabuni", "Markus Kogoya"] for e in ev), parties(ev)
