"""Who is no party of an event though its sentence names them (issue 16, helper tlparty, round 39): the official who
announces a charge in a quote is not charged; the namesake of a case is not who confirms news of it. On sentences
written for these tests; a name after a summit's "on" is its topic, not who meets."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-20")


def test_the_official_announcing_a_charge_is_not_charged(nlp):
    text = (
        "Kepala Seksi Pidana Khusus Kejari Sleman, Bambang Wirawan, memberi keterangan di Sleman, Jumat (20/6/2025). "
        "\u201cSudah kita panggil kemarin, dan sudah dimintai keterangan sebagai tersangka tiga orang tersebut,\u201d "
        "jelas Bambang."
    )
    charges = of_type(nlp, text, "CHARGE")
    assert charges and all("Bambang Wirawan" not in e.who for e in charges), [e.who for e in charges]


def test_a_speaker_charged_in_his_own_words_stays(nlp):
    text = "Kejari Sleman menetapkan Rudi Santoso sebagai tersangka korupsi dana desa, Jumat (20/6/2025)."
    charges = of_type(nlp, text, "CHARGE")
    assert any("Rudi Santoso" in e.who for e in charges), [e.who for e in charges]


def test_the_namesake_of_a_case_does_not_confirm(nlp):
    text = (
        "Jumat (20/6/2025), Ratna Dewi membenarkan pihaknya sudah menerima surat penetapan tersangka dalam kasus "
        "jual beli tanah Mbah Karto dari Polres Bantul."
    )
    confirms = of_type(nlp, text, "CONFIRM")
    assert confirms and not any("Karto" in n for e in confirms for n in e.who), [e.who for e in confirms]
    assert any("Ratna Dewi" in e.who for e in confirms)


def test_the_topic_in_a_summits_name_does_not_meet(nlp):
    text = (
        "Dalam Konferensi Tingkat Tinggi Asia Pacific Leaders’ Summit on Tuberculosis Elimination ke-5 yang digelar di Bali, Selasa, "
        "17 Juni 2025, Direktur Eksekutif Global Health, Anna Berg, menegaskan pentingnya kolaborasi lintas negara."
    )
    meetings = of_type(nlp, text, "MEET")
    assert meetings and not any("Tuberculosis" in n for e in meetings for n in e.who), [e.who for e in meetings]


def test_a_speaker_telling_his_own_charge_stays(nlp):
    text = "\u201cSaya ditetapkan sebagai tersangka oleh Polres Bantul,\u201d kata Joko Susilo, Jumat (20/6/2025)."
    charges = of_type(nlp, text, "CHARGE")
    assert any("Joko Susilo" in e.who for e in charges), [e.who for e in charges]
