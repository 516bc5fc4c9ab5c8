"""The named party over the generic noun, and the clause's real target: a noun apposed to a person's name is that
person ("Argo, mahasiswa ... hingga tewas"), a noun of a standing is no party ("masih berstatus saksi"), the noun of
the accused before his name goes ("terdakwa Rahmat Hidayat"), a country qualifying another verb's object is no party
of the verb joined after it, and a killer is a death's agent, listed first (GOLD.md); on sentences written for these
tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-19")


def test_a_noun_apposed_to_a_name_is_that_person(nlp):
    text = "Truk yang menabrak Wawan, pelajar SMA Negeri 3 hingga tewas yang dikemudikan oleh Sutrisno, melaju kencang."
    ev = of_type(nlp, text, "DIE")
    # the driver is the death's agent, first; the dead is the student, named
    assert ev and ev[0].who == ["Sutrisno", "Wawan"]
    # an age between the name and the noun, no comma; "warga" only tells where she lives
    ev = of_type(nlp, "Sri Handayani (31) wanita warga Kelurahan Cempaka meninggal akibat mengalami luka parah.", "INJURE")
    assert ev and ev[0].who == ["Sri Handayani"]


def test_a_source_before_the_comma_is_not_apposed(nlp):
    ev = of_type(nlp, "Menurut Darsono, warga sekitar sempat mengungsi akibat banjir di Kampung Baru.", "EVACUATE")
    assert ev and "Darsono" not in ev[0].who


def test_a_noun_of_standing_is_no_party(nlp):
    text = "Sementara itu, tiga penagih utang yang kemarin turut ditangkap masih berstatus saksi."
    assert all("saksi" not in e.who for e in of_type(nlp, text, "ARREST"))


def test_the_noun_of_the_accused_before_his_name_goes(nlp):
    text = '"Menjatuhkan pidana terhadap terdakwa Rahmat Hidayat dengan pidana penjara selama 8 bulan," ujar jaksa.'
    ev = of_type(nlp, text, "SENTENCE")
    assert ev and ev[0].who == ["Rahmat Hidayat"]


def test_a_country_qualifying_another_verbs_object_is_no_party(nlp):
    text = (
        "Perdana Menteri Somchai menemui mantan pemimpin Laos itu di Vientiane dan mengkritik kebijakan pertahanan "
        "negaranya sendiri."
    )
    ev = of_type(nlp, text, "ACCUSE")
    assert ev and ev[0].who == ["Somchai"]
    # the country of the criticised government itself stays its target
    ev = of_type(nlp, "Jenderal purnawirawan Amos Levi mengkritik pemerintah Israel atas kegagalan perang.", "ACCUSE")
    assert ev and "Israel" in ev[0].who


def test_the_killer_is_the_deaths_agent_listed_first(nlp):
    ev = of_type(nlp, "Andi tewas dibunuh Bagus di rumahnya pada Selasa (17/6/2025).", "DIE")
    assert ev and ev[0].who == ["Bagus", "Andi"]


def test_a_vehicle_pointed_back_to_is_the_one_named_in_apposition(nlp):
    text = (
        "Dua nelayan, Udin (45) dan Jaja (38), tewas setelah perahu mereka, KM Sinar Laut, terguling dihantam ombak. "
        "Saat hendak memasuki muara, perahu tersebut dihantam gelombang yang sangat tinggi."
    )
    ev = of_type(nlp, text, "ACCIDENT")
    assert ev and all(e.who == ["KM Sinar Laut"] for e in ev)
    # no boat named: the noun stays
    ev = of_type(nlp, "Sebuah perahu terguling di Pantai Cidaun. Perahu tersebut dihantam gelombang tinggi.", "ACCIDENT")
    assert ev and all(e.who[0].lower() == "perahu" for e in ev)


def test_an_object_taken_back_by_nya_keeps_its_country(nlp):
    text = "Pemerintah Laos menyatakan keprihatinan atas serangan militer Vietnam dan mengecamnya dengan tegas."
    ev = of_type(nlp, text, "ACCUSE")
    assert ev and "Vietnam" in ev[0].who


def test_a_ship_is_a_party_of_its_accident_in_the_timeline():
    from telisik.stories.parties import is_participant

    assert is_participant("KM Sinar Laut", sentence="Perahu tersebut dihantam gelombang.")
    assert not is_participant("KM 53", sentence="Truk terguling di KM 53.")


def test_the_subject_after_di_mana_is_no_place(nlp):
    # "di mana" opens a relative clause: the initials after it are the suspect, no place the arrest is at
    text = (
        "Kakak tahanan berinisial DN (35) mengungkapkan sosok adiknya.\n"
        "Pihak keluarga masih belum percaya, di mana DN ditetapkan sebagai tersangka dan ditahan karena kasus pencurian."
    )
    ev = of_type(nlp, text, "ARREST")
    assert ev and ev[0].who == ["DN"]
