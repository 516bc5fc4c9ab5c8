"""Where a speech act was voiced, told right after its object with no word of a venue between (issue 16): a building
("membantah isu itu di Istana Kepresidenan"), a place past "kepada wartawan", and for a warning the place of the people
it addresses ("mengingatkan warga di Kota Bogor") stay its place, while a place inside what is criticised stays none.
Sentences written for these tests in the style of the reports."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-12")


def test_a_building_after_the_object_is_where_the_denial_was_made(nlp):
    text = "Menteri Bahlil Lahadalia membantah isu tersebut di Istana Kepresidenan, Jakarta, Senin (9/6/2025)."
    assert [e.where for e in of_type(nlp, text, "CONFIRM")] == ["Istana Kepresidenan"]


def test_a_place_past_the_reporters_or_a_statement_is_where_the_denial_was_made(nlp):
    text = "Ketua DPR Puan Maharani membantah hal itu kepada wartawan di Kompleks Parlemen, Senayan, Selasa (10/6/2025)."
    assert [e.where for e in of_type(nlp, text, "CONFIRM")] == ["Kompleks Parlemen"]
    text = "Menteri Kesehatan Budi Gunadi Sadikin membantah kabar itu dalam keterangan tertulis di Jakarta, Senin (9/6/2025)."
    assert [e.where for e in of_type(nlp, text, "CONFIRM")] == ["Jakarta"]


def test_a_warning_is_placed_where_the_people_it_addresses_are(nlp):
    text = "Wali Kota Bogor Dedie A Rachim mengingatkan warga di Kota Bogor untuk waspada terhadap cuaca ekstrem."
    assert [e.where for e in of_type(nlp, text, "WARN")] == ["Kota Bogor"]
    text = "Gubernur Pramono Anung meminta warga di bantaran Kali Ciliwung mewaspadai banjir kiriman."
    assert [e.where for e in of_type(nlp, text, "WARN")] == ["Kali Ciliwung"]
    text = "Menteri Bahlil Lahadalia mengingatkan bahwa warga di Raja Ampat bergantung pada pariwisata, Senin (9/6/2025)."
    assert [e.where for e in of_type(nlp, text, "WARN")] in ([], [None])


def test_a_place_in_what_is_criticised_stays_no_place_of_the_criticism(nlp):
    text = "Anggota DPR Fadli Zon menyampaikan kritik penambangan nikel di Raja Ampat kepada pemerintah."
    assert [e.where for e in of_type(nlp, text, "ACCUSE")] == [None]
