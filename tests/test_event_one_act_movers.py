"""Events read on sentences written for these tests: a speech act telling what a message says is the message's act, not a
second one; the state that moves people is the evacuation's agent, not its place; the area a common noun's people come
from is no party."""

from __future__ import annotations

from telisik.records.events import Event


def events(nlp, text: str, published: str | None = "2025-06-20") -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.events


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return [e for e in events(nlp, text) if e.type == typ]


def test_letter_calling_for_something_is_one_act(nlp):
    text = (
        "Asosiasi Sepakbola Nusantara mengirimkan surat resmi kepada FIFA dan AFC, yang menyerukan transparansi penuh "
        "dalam pemilihan tuan rumah turnamen."
    )
    found = events(nlp, text)
    assert [e.type for e in found] == ["COMMUNICATE"]
    assert found[0].who[0] == "Asosiasi Sepakbola Nusantara"


def test_protest_note_condemning_is_one_act(nlp):
    text = "Kementerian Luar Negeri melayangkan nota protes kepada Kedutaan Besar Malaysia, yang mengecam penangkapan nelayan."
    assert of_type(nlp, text, "COMMUNICATE")
    assert not of_type(nlp, text, "ACCUSE")


def test_a_call_then_an_appeal_in_the_next_sentence_are_two(nlp):
    text = "Presiden Joko Widodo menelepon Perdana Menteri Anwar Ibrahim pada Kamis. Ia juga mendesak Malaysia membebaskan nelayan."
    assert of_type(nlp, text, "COMMUNICATE") and of_type(nlp, text, "WARN")


def test_states_repatriating_their_citizens_are_no_place(nlp):
    (ev,) = of_type(nlp, "Negara-negara Eropa memulangkan ratusan warga negara mereka dari Israel saat perang berkecamuk.", "EVACUATE")
    assert ev.where == "Israel"


def test_government_evacuating_is_the_agent(nlp):
    (ev,) = of_type(nlp, "Pemerintah Jepang mengevakuasi warganya dari Iran melalui Azerbaijan.", "EVACUATE")
    assert ev.who[0] == "Jepang" and ev.where == "Iran"


def test_citizens_evacuated_from_a_country_are_moved_from_there(nlp):
    (ev,) = of_type(nlp, "Sebanyak 791 warga China sudah berhasil dievakuasi dari Iran.", "EVACUATE")
    assert ev.where == "Iran"


def test_a_site_evacuating_stays_the_place(nlp):
    (ev,) = of_type(nlp, "Bandar Udara Kualanamu telah melakukan evakuasi terhadap penumpang haji.", "EVACUATE")
    assert ev.where == "Bandar Udara Kualanamu"


def test_area_of_officers_is_no_party(nlp):
    text = (
        "Kerusuhan di Los Angeles terus berlangsung. Para sheriff daerah Los Angeles melepaskan tembakan gas air mata untuk "
        "mengusir pengunjuk rasa."
    )
    assert all("Los Angeles" not in e.who for e in events(nlp, text))


def test_english_words_of_a_quoted_post_are_no_party(nlp):
    text = '"After Jamarat tadi subuh alhamdulillah langsung ada golf cart siap nganter pulang ke Mina Tower," tulis Ryana Dea.'
    assert all("After Jamarat" not in e.who for e in events(nlp, text))


def test_subject_of_a_verb_taking_the_evacuation_noun_is_no_place(nlp):
    (ev,) = of_type(nlp, "Negara-negara Eropa, termasuk Jerman dan Prancis, telah memulai evakuasi warganya dari Israel.", "EVACUATE")
    assert ev.where == "Israel"


def test_people_moved_from_the_leads_place_keep_the_leads_day(nlp):
    text = (
        "Evakuasi WNI di Iran tahap pertama dimulai pada Jumat (20/6/2025).\n\n"
        "Kemenko Polkam menggelar rapat koordinasi untuk memastikan kesiapan pemulangan 386 WNI dari Iran."
    )
    moved = of_type(nlp, text, "EVACUATE")
    assert moved[-1].where == "Iran" and moved[-1].when == "2025-06-20"


def test_a_person_called_who_warns_is_a_second_act(nlp):
    # "yang" after the called person's name tells what that person did, not what the call said
    text = (
        "Menteri Luar Negeri Sugiono menelepon Menteri Luar Negeri Iran Abbas Araghchi, yang memperingatkan bahwa Iran "
        "akan membalas serangan Israel."
    )
    assert of_type(nlp, text, "COMMUNICATE") and of_type(nlp, text, "WARN")


def test_a_person_reported_to_who_warns_is_a_second_act(nlp):
    text = "Kepala BNPB Suharyanto melapor kepada Presiden Prabowo, yang memperingatkan agar warga segera dievakuasi."
    assert of_type(nlp, text, "COMMUNICATE") and of_type(nlp, text, "WARN")


def test_where_the_helpers_come_from_is_no_place_of_the_evacuation(nlp):
    # "dari Yogyakarta" before the trigger tells where the volunteers come from, not where people were moved from
    (ev,) = of_type(nlp, "Relawan dari Yogyakarta mengevakuasi warga yang terjebak banjir.", "EVACUATE")
    assert ev.where is None


def test_where_the_evacuees_come_from_is_not_where_they_are_moved_from(nlp):
    text = "Wisatawan dari Malaysia dievakuasi dari Gunung Rinjani oleh tim SAR gabungan."
    (ev,) = of_type(nlp, text, "EVACUATE")
    assert ev.where == "Gunung Rinjani"


def test_a_state_moving_people_within_its_land_stays_the_place(nlp):
    # no other place told: the state that moves them is where it happens, and still the agent
    (ev,) = of_type(nlp, "Israel mengevakuasi warganya dari kota-kota di utara.", "EVACUATE")
    assert ev.where == "Israel" and ev.who[0] == "Israel"
    (ev,) = of_type(nlp, "Jakarta mengungsikan ribuan warga dari bantaran kali.", "EVACUATE")
    assert ev.where == "Jakarta"
