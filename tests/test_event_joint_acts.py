"""A cooperation that only names who did something together is no deal made, and talks by telephone are a call (issue
16, read on early, 7-9 and 16-17 June 2025: Posmetro, Liputan6, Okezone, Tribunnews, Detik): "diselenggarakan oleh PJI
bekerja sama dengan UMJ" names the co-organiser of an exam, "Pemkot bekerja sama dengan ADGI meluncurkan ..." tells a
launch, not an AGREE; a partnership made ("resmi bekerja sama dengan X untuk ...") stays one. "pembicaraan lewat
telepon" is a COMMUNICATE, never a MEET. On sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-09")


def test_a_co_organiser_after_oleh_is_no_deal(nlp):
    text = (
        "Bupati Garut membuka Pelatihan Jurnalistik yang diselenggarakan oleh Ikatan Wartawan Garut bekerja sama "
        "dengan Universitas Garut, Jumat (6/6/2025)."
    )
    assert not of_type(nlp, text, "AGREE")


def test_a_joint_act_after_the_partner_is_no_deal(nlp):
    text = "Dinas Pariwisata Garut bekerja sama dengan Asosiasi Perajin Garut menggelar pameran kerajinan pada Sabtu."
    assert not of_type(nlp, text, "AGREE")
    text = "Bekerja sama dengan Bank Jabar, Pemkab Garut memberikan bantuan modal kepada pedagang pada Sabtu."
    assert not of_type(nlp, text, "AGREE")


def test_a_partnership_made_stays_a_deal(nlp):
    ev = of_type(nlp, "PT Garut Sejahtera resmi bekerja sama dengan Bank Jabar untuk membiayai petani pada Senin.", "AGREE")
    assert ev and "Bank Jabar" in ev[0].who


def test_talks_by_telephone_are_a_call_not_a_meeting(nlp):
    text = "Presiden Xi Jinping dan Presiden Lee Jae-myung melakukan pembicaraan lewat telepon pada Selasa (10/6/2025)."
    assert not of_type(nlp, text, "MEET")
    assert of_type(nlp, text, "COMMUNICATE")
    text = "Menteri Luar Negeri Sugiono berbincang via telepon dengan Menteri Luar Negeri Wang Yi pada Senin (9/6/2025)."
    ev = of_type(nlp, text, "COMMUNICATE")
    assert ev and "Wang Yi" in ev[0].who
