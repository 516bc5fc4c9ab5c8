"""Parties and senses read on 11-15 June and 8 May-8 June 2025 (Sindonews, Posmetro, Tribunnews among them): the members a
counted subject stands for, named after "yakni"; the agent after a date opened by "sejak"; the body behind an arrest told
done with no agent ("penahanan dilakukan"); a cooperation with partners of every kind (a codeshare described, no deal
made); "Sidang" inside a venue's name; the ends of a network ("jaringan ... Aceh-Banten"). Each with a sentence where the
event or the party stands. On sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-11")


def test_the_members_named_after_yakni_are_the_party_not_their_body(nlp):
    ev = of_type(nlp, "Dua pemain Persib Bandung mengalami cedera saat latihan, yakni Ciro Alves dan David da Silva.", "INJURE")
    assert ev and set(ev[0].who) == {"Ciro Alves", "David da Silva"}
    # the count does not match the names: the body stays
    ev = of_type(nlp, "Tiga pemain Persib Bandung mengalami cedera saat latihan, yakni Ciro Alves dan David da Silva.", "INJURE")
    assert ev and "Persib Bandung" in ev[0].who
    # no count, no listing: the body is the party
    ev = of_type(nlp, "Polres Garut menangkap dua pengedar narkoba di Tarogong pada Senin.", "ARREST")
    assert ev and "Polres Garut" in ev[0].who


def test_a_date_after_sejak_opens_no_clause_and_keeps_the_agent(nlp):
    ev = of_type(nlp, "Ia telah ditetapkan sebagai tersangka sejak 28 Mei 2025 oleh tim penyidik Kejari Sumenep.", "CHARGE")
    assert ev and any("Kejari Sumenep" in n for n in ev[0].who)
    # "sejak" opening a clause of its own still ends the trigger's: its subject is not the charge's agent
    ev = of_type(nlp, "Andi ditetapkan sebagai tersangka sejak Kejari Sumenep membuka penyidikan kasus itu.", "CHARGE")
    assert not any("Kejari Sumenep" in n for e in ev for n in e.who)


def test_an_arrest_told_done_is_the_body_named_before(nlp):
    text = (
        "Kejari Sumenep menahan RS, tersangka kasus korupsi dana hibah. Kasi Pidsus Kejari Sumenep, Agus Salim "
        "mengatakan, penahanan dilakukan agar tersangka tidak menghilangkan barang bukti."
    )
    ev = of_type(nlp, text, "ARREST")
    assert len(ev) == 2 and ev[1].who[0] == "Kejari Sumenep"
    # a body named before that is no body of the law does not hold anyone
    text = "Dinas Sosial Sumenep menyalurkan bantuan sembako. Penahanan dilakukan agar tersangka tidak melarikan diri."
    assert not any("Dinas Sosial Sumenep" in e.who for e in of_type(nlp, text, "ARREST"))


def test_a_cooperation_with_partners_of_every_kind_is_no_deal(nlp):
    text = (
        "Selain itu, Lion Air menjalin kerjasama dengan berbagai maskapai asing melalui perjanjian codeshare, yang "
        "memudahkan penumpang terbang ke banyak kota."
    )
    assert not of_type(nlp, text, "AGREE")
    ev = of_type(nlp, "Lion Air menjalin kerja sama codeshare dengan Japan Airlines pada Senin.", "AGREE")
    assert ev and set(ev[0].who) == {"Lion Air", "Japan Airlines"}


def test_sidang_inside_a_venue_name_is_no_trial(nlp):
    assert not of_type(nlp, "Bupati Cirebon Imron Rosyadi menghadiri rapat di Ruang Sidang Utama DPRD pada Senin.", "TRIAL")
    ev = of_type(nlp, "Terdakwa Ahmad Fauzi menjalani sidang di Pengadilan Negeri Jakarta Selatan pada Senin.", "TRIAL")
    assert ev and "Ahmad Fauzi" in ev[0].who


def test_the_ends_of_a_network_are_no_party_to_an_arrest(nlp):
    text = "Petugas Bea Cukai menangkap seorang kurir jaringan narkotika Riau-Jambi di Pelabuhan Dumai pada Senin."
    ev = of_type(nlp, text, "ARREST")
    assert ev and not {"Riau", "Jambi"} & set(ev[0].who)
    # two regions named as the parties of a deal still are
    ev = of_type(nlp, "Pemerintah Riau dan Jambi menandatangani kerja sama perdagangan di Pekanbaru.", "AGREE")
    assert ev and {"Riau", "Jambi"} <= set(ev[0].who)
