"""The person whose relative takes part is no party of the event, also when the noun of kin opens the sentence
capitalised ("Ayah Rudi Hartono ditangkap") or a description of the owner stands between them ("ayah penyanyi cilik
Rudi Hartono"); a name a capitalised "Putri" opens stays the party; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-12")


def test_a_description_of_the_owner_between_kin_and_name(nlp):
    text = "Ayah penyanyi cilik Rudi Hartono ditangkap polisi karena diduga terlibat judi online, Selasa (10/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and "Rudi Hartono" not in ev[0].who
    text = "Polisi menangkap ayah penyanyi cilik Rudi Hartono di rumahnya di Banyuwangi pada Selasa (10/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and "Rudi Hartono" not in ev[0].who and any("ayah" in n for n in ev[0].who)


def test_a_capitalised_noun_of_kin_opening_the_sentence(nlp):
    ev = of_type(nlp, "Banyuwangi - Ayah Rudi Hartono ditangkap polisi pada Selasa (10/6/2025).", "ARREST")
    assert ev and "Rudi Hartono" not in ev[0].who and "ayah Rudi Hartono" in ev[0].who


def test_every_report_of_the_relative_names_one_party(nlp):
    # written capitalised, past a description, or plain: the same "ayah Rudi Hartono", so one happening groups them
    for text in (
        "Ayah penyanyi cilik Rudi Hartono ditangkap polisi pada Selasa (10/6/2025).",
        "Sebagai informasi, Joko Santoso ayah Rudi Hartono, ditangkap Satreskrim Polresta Banyuwangi pada Selasa (10/6/2025).",
    ):
        ev = of_type(nlp, text, "ARREST")
        assert ev and "ayah Rudi Hartono" in ev[0].who, text


def test_a_name_after_a_comma_or_opened_by_putri_stays_the_party(nlp):
    ev = of_type(nlp, "Ayahnya, Joko Santoso, ditangkap polisi pada Selasa (10/6/2025).", "ARREST")
    assert ev and "Joko Santoso" in ev[0].who
    ev = of_type(nlp, "Putri Maya Rumanti ditangkap polisi di Jakarta pada Selasa (10/6/2025).", "ARREST")
    assert ev and any("Maya Rumanti" in n for n in ev[0].who)
