"""Whether a trigger tells one happening, and whose place, date and parties it has: a supposition, a habit, a
possibility or need, a word in another sense, a closure caused far away, a date of a relative clause's own act, a
title's place before ranks, an origin; on sentences written for these tests in the style of Indonesian news."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-19")


def test_main_clause_of_a_fronted_condition_is_supposed(nlp):
    assert (
        of_type(nlp, "Jika terbukti bersalah, pemain asal Ukraina itu bisa dijatuhi sanksi larangan bermain oleh FIFA.", "SANCTION") == []
    )
    told = of_type(nlp, "Pemain asal Ukraina itu dijatuhi sanksi larangan bermain oleh FIFA.", "SANCTION")
    # told, the sanction is an event; the player's origin takes no part in it
    assert len(told) == 1 and "Ukraina" not in told[0].who


def test_a_condition_that_counts_or_an_appeal_on_a_condition_is_told(nlp):
    # "Jika dihitung sejak ...": a way of counting, the deaths are told
    assert of_type(nlp, "Jika dihitung sejak Jumat, serangan Israel telah menewaskan 200 orang di Iran.", "DIE")
    # the appeal is made; only what it asks for hangs on the condition
    appeal = of_type(nlp, "Seandainya ada persoalan, Bupati Mawardi mengimbau warga agar tidak main hakim sendiri.", "WARN")
    assert [e.who for e in appeal] == [["Mawardi"]]


def test_a_habit_is_no_happening(nlp):
    meeting = "Menteri Luar Negeri Sugiono {}mengadakan pertemuan dengan Duta Besar Jepang Masaki Yasushi."
    assert of_type(nlp, meeting.format("rutin "), "MEET") == []
    assert [e.who for e in of_type(nlp, meeting.format(""), "MEET")] == [["Sugiono", "Masaki Yasushi"]]
    assert of_type(nlp, "Israel masih sering membombardir dua tetangganya, Lebanon dan Suriah.", "ATTACK") == []


def test_a_cooperation_wished_for_or_needed_is_none_made(nlp):
    assert of_type(nlp, '"Kami terbuka untuk menjalin kemitraan dengan Rusia," kata Michael.', "AGREE") == []
    assert of_type(nlp, "Pemberantasan korupsi memerlukan kerja sama lintas institusi seperti KPK.", "AGREE") == []
    assert of_type(nlp, "Indonesia menjalin kemitraan dengan Rusia di bidang energi.", "AGREE")
    # a possibility word before a comma does not reach the noun after it
    text = "Seperti yang telah kami peringatkan secara terbuka, negosiasi senjata antara Rusia dan Korea Utara berjalan cepat."
    assert [e.who for e in of_type(nlp, text, "MEET")] == [["Rusia", "Korea Utara"]]


def test_words_in_another_sense(nlp):
    # entering a half of a match, soaking a phone, justifying a war, a word of an agency's name
    assert of_type(nlp, "Memasuki babak kedua, pelatih Amerika Serikat Mauricio Pochettino memasukkan Tyler Adams.", "VISIT") == []
    assert of_type(nlp, "Hasto disebut memerintahkan Harun Masiku merendam telepon genggam agar tak terlacak.", "DISASTER") == []
    assert of_type(nlp, "Banjir merendam ratusan rumah di Bekasi pada Selasa (17/6/2025).", "DISASTER")
    assert of_type(nlp, "Netanyahu memakai klaim itu untuk membenarkan aksi militer terhadap Iran.", "CONFIRM") == []
    text = "Wakil Menteri Investasi/Badan Koordinasi Penanaman Modal Todotua Pasaribu hadir dalam acara itu."
    assert of_type(nlp, text, "FUND") == []
    # agreeing with an opinion, a leader overthrown
    assert of_type(nlp, "Galih Kusumah pun sepakat perlu adanya imbauan terkait hal itu.", "AGREE") == []
    assert of_type(nlp, "Ia menjabat perdana menteri di bawah Presiden terguling Viktor Yanukovich.", "ACCIDENT") == []
    assert of_type(nlp, "Bus pariwisata itu terguling di Tol Cipali pada Senin (16/6/2025).", "ACCIDENT")


def test_a_closure_is_not_placed_where_its_distant_cause_is(nlp):
    text = "Sebanyak 87 penerbangan di Bandara Ngurah Rai dibatalkan akibat erupsi Gunung Lewotobi di Flores Timur."
    assert [e.where for e in of_type(nlp, text, "CLOSE")] == ["Bandara Ngurah Rai"]
    text = "Gunung Lewotobi di Flores Timur kembali erupsi pada Rabu (18/6/2025). Akibatnya, 40 penerbangan dibatalkan."
    # the closure shares the eruption's day, not its place
    assert [(e.where, e.when) for e in of_type(nlp, text, "CLOSE")] == [(None, "2025-06-18")]


def test_a_relative_clause_dates_its_own_act(nlp):
    text = (
        "Presiden Rusia Vladimir Putin, yang pada Januari lalu menandatangani perjanjian dengan Iran, telah menyerukan "
        "penghentian permusuhan."
    )
    assert [(e.who, e.when) for e in of_type(nlp, text, "WARN")] == [(["Vladimir Putin"], None)]
    assert [e.when for e in of_type(nlp, text, "AGREE")] == ["2025-01"]


def test_a_place_before_ranks_and_a_name_is_the_title(nlp):
    visit = of_type(nlp, "Kapolda Riau Irjen Herry Heryawan tiba di lokasi kebakaran hutan di Kampar.", "VISIT")
    assert [e.who for e in visit] == [["Herry Heryawan"]]


def test_preparing_a_step_plans_it(nlp):
    evacuation = of_type(nlp, "Kementerian Luar Negeri menyiapkan langkah evakuasi bagi WNI di Iran.", "EVACUATE")
    assert [e.status for e in evacuation] == ["planned"]


def test_a_country_of_citizenship_is_no_place(nlp):
    evacuated = of_type(nlp, "Beberapa warga negara China sudah dievakuasi dengan aman dari Israel.", "EVACUATE")
    assert len(evacuated) == 1 and evacuated[0].where != "China"


def test_whether_it_happens_is_open(nlp):
    assert of_type(nlp, "Trump akan memutuskan apakah akan menyerang Iran dalam dua pekan.", "ATTACK") == []


def test_an_english_name_of_a_deal_is_no_party(nlp):
    text = "Menko Airlangga Hartarto dan Andrey Slepnev mengumumkan penyelesaian Perundingan Indonesia-Eurasian Economic Union Free Trade Agreement."
    talks = of_type(nlp, text, "MEET")
    assert len(talks) == 1 and not any(name.endswith("Agreement") for name in talks[0].who)


def test_the_day_an_outlet_cites_its_source_on_is_not_the_day_of_what_it_tells(nlp):
    # "Dilansir AFP, Kamis (19/6/2025)": the day of the citing (the outlet's own), not of the strikes told after it
    cited = of_type(nlp, "Dilansir AFP, Kamis (19/6/2025), Israel melancarkan serangan udara ke Teheran.", "ATTACK")
    assert [e.when for e in cited] == [None]
    warned = of_type(
        nlp, "Wakil Menlu Rusia Sergei Ryabkov memperingatkan Amerika Serikat, dikutip dari Times of Israel, Jumat (20/6/2025).", "WARN"
    )
    assert [e.when for e in warned] == [None]
    # a date of its own in the sentence still dates the act; a date after a comma with no source before it too
    own = of_type(nlp, "Dilansir AFP, Kamis (19/6/2025), Israel melancarkan serangan udara ke Teheran pada Jumat (13/6).", "ATTACK")
    assert [e.when for e in own] == ["2025-06-13"]
    told = of_type(nlp, "Israel melancarkan serangan udara ke Teheran, Kamis (19/6/2025).", "ATTACK")
    assert [e.when for e in told] == ["2025-06-19"]


def test_where_a_post_was_put_out_is_not_where_what_it_tells_happened(nlp):
    died = of_type(nlp, "Dalam unggahan di Instagram Stories, Jumat (20/6/2025), dikabarkan desainer Hengki Kawilarang meninggal dunia.", "DIE")
    assert [e.where for e in died] == [None]
    # the place after "di" of the happening itself still is
    assert [e.where for e in of_type(nlp, "Desainer Hengki Kawilarang meninggal dunia di Jakarta.", "DIE")] == ["Jakarta"]
