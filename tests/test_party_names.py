"""Who the parties of an event are (issue 16, round 36): a page that names a victim in full and then by the initials the
police give out ("Rina Sari Dewi" ... "korban RSD") names one person, so a bare "korban" stands for her; a name told only
inside a relative clause of a time to come after the trigger ("yang kelak akan dipindahkan Pemkot Bogor") takes no part
in the act the trigger tells; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event

_MURDER = (
    "TRIBUNNEWS.COM, SEMARANG - Kasus pembunuhan Rina Sari Dewi (29) kini ditangani polisi. Korban diduga dibunuh di "
    "sebuah kamar hotel di Semarang, Senin (9/6/2025). Polisi memeriksa dua pria yang mengantarkan korban Rina Sari Dewi "
    "(29) ke rumah sakit. "
)


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-09")


def parties(events: list[Event]) -> list[list[str]]:
    return [e.who for e in events]


def test_a_victim_named_in_full_and_by_her_initials_is_the_one_victim(nlp):
    ev = of_type(nlp, _MURDER + "Keduanya membawa korban RSD dari hotel tersebut.", "DIE")
    assert ev and all(e.who == ["Rina Sari Dewi"] for e in ev), parties(ev)


def test_initials_of_another_name_are_another_victim(nlp):
    # "RD (31)" spells no word of "Rina Sari Dewi" each: two victims, whom one "Korban" cannot stand for
    ev = of_type(nlp, _MURDER + "Keduanya juga membawa korban RD (31) dari hotel tersebut.", "DIE")
    killed = [e for e in ev if e.who and e.who != ["Rina Sari Dewi"]]
    assert killed and all(e.who == ["Korban"] for e in killed), parties(ev)


def test_who_is_named_only_in_a_clause_of_a_time_to_come_takes_no_part(nlp):
    text = (
        "Wali Kota Bogor Dedie Rachim menemui pedagang di Pasar Bogor yang kelak akan dipindahkan Pemkot Bogor ke gedung "
        "baru, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "MEET")
    assert ev and all(e.who == ["Dedie Rachim"] for e in ev), parties(ev)


def test_who_is_named_after_the_clause_of_a_time_to_come_has_closed_takes_part(nlp):
    text = (
        "Wali Kota Bogor Dedie Rachim menemui pedagang di Pasar Bogor yang kelak akan dipindahkan, bersama Kepala Dinas "
        "Perdagangan Kota Bogor Budi Santoso, Senin (9/6/2025)."
    )
    ev = of_type(nlp, text, "MEET")
    assert ev and all("Budi Santoso" in e.who for e in ev), parties(ev)


def test_a_death_told_by_the_victim_s_initials_is_told_of_her_name(nlp):
    text = _MURDER + "Keduanya kabur meninggalkan korban RSD yang sudah tak bernyawa."
    ev = of_type(nlp, text, "DIE")
    assert ev and all(e.who == ["Rina Sari Dewi"] for e in ev), parties(ev)


def test_initials_two_named_people_share_stay_initials(nlp):
    # "RS" spells both "Rudi Santoso" and "Rina Sari": the page does not tell which one it is
    text = (
        "Polisi menangkap Rudi Santoso (35) di Bekasi, Senin (9/6/2025). Rina Sari (30), istrinya, ikut diperiksa. "
        "Tersangka RS ditangkap di rumahnya."
    )
    ev = of_type(nlp, text, "ARREST")
    assert any("RS" in e.who for e in ev), parties(ev)


def test_an_officer_whose_name_the_suspect_s_initials_spell_is_not_the_suspect(nlp):
    # "ES" spells "Edi Suhendra", but he is the police chief, whom no noun of a suspect introduces
    text = (
        "Seorang pria berinisial ES diringkus polisi di rumahnya di Lampung Tengah, Sabtu (7/6/2025). Kapolsek Padang "
        "Ratu AKP Edi Suhendra mengatakan penangkapan ES bermula dari laporan warga."
    )
    ev = of_type(nlp, text, "ARREST")
    assert ev and all("Edi Suhendra" not in e.who for e in ev) and any("ES" in e.who for e in ev), parties(ev)
