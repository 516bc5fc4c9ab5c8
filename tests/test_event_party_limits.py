"""Where the rules of a name left out, a cited medium and a medium's country stop: a state's own statement keeps its
speaker though a later sentence names it as a medium's owner, "di luar" before a body that is where keeps it as the
place, a leading citation's country does not take the next name with it, and "berita" alone describes no country;
on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-19")


def test_a_state_named_later_as_a_mediums_owner_keeps_its_own_statement(nlp):
    text = (
        "Korea Utara menyatakan kekhawatiran serius atas serangan militer Israel dan dengan tegas mengecamnya, kata juru "
        "bicara itu. Pernyataan itu diterbitkan oleh kantor berita milik pemerintah Korut, KCNA."
    )
    evs = of_type(nlp, text, "WARN") + of_type(nlp, text, "ACCUSE")
    assert any("Korea Utara" in ev.who for ev in evs)


def test_a_body_cited_from_its_own_page_keeps_its_act(nlp):
    (ev,) = of_type(nlp, "KPK menyatakan telah menahan tersangka korupsi itu, dilansir dari laman KPK, Kamis (19/6).", "ARREST")
    assert "KPK" in ev.who


def test_a_body_after_di_luar_is_where(nlp):
    (ev,) = of_type(nlp, "Puluhan orang berunjuk rasa di luar Mahkamah Konstitusi, Jakarta, Rabu (18/6).", "PROTEST")
    assert ev.where == "Jakarta"
    (ev,) = of_type(nlp, "Ratusan warga berunjuk rasa di luar KPK, Senin (16/6).", "PROTEST")
    assert ev.where == "KPK"


def test_a_name_left_out_does_not_take_the_next_across_a_comma(nlp):
    (ev,) = of_type(nlp, "Di luar KPK, Kejaksaan Agung juga menahan dua tersangka kasus korupsi pada Kamis (19/6).", "ARREST")
    assert "Kejaksaan Agung" in ev.who


def test_a_leading_citations_country_does_not_take_the_next_name(nlp):
    text = "Seperti dilaporkan kantor berita Rusia, Ukraina menyerang Moskow dengan drone pada Kamis (19/6)."
    assert any("Ukraina" in ev.who for ev in of_type(nlp, text, "ATTACK"))
    text = "Dikutip dari media Iran, Israel menyerang fasilitas nuklir Natanz pada Kamis (19/6)."
    assert any("Israel" in ev.who for ev in of_type(nlp, text, "ATTACK"))


def test_news_alone_describes_no_country(nlp):
    text = "Setelah berita Israel menyerang Iran, harga minyak dunia melonjak, Kamis (19/6)."
    assert any("Israel" in ev.who for ev in of_type(nlp, text, "ATTACK"))
