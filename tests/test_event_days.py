"""Article events of the right type and status on unseen news (issue 16, round 36; classes read in a gold of Okezone
pages of May and June 2025 and in the readers' verdicts on the timelines of 9 and 16-20 June): a person shot dead dies;
fighting that breaks out is no eruption; a weapon pointed at someone is a threat, no attack; a verdict hearing put off
lies ahead; someone who became the victim of a beating was attacked. On sentences written for these tests in the
outlets' style."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events

DAY = "2025-06-20"


def of_type(nlp, text: str, typ: str):
    return events_of_type(nlp, text, typ, published=DAY)


def types(nlp, text: str) -> set[str]:
    return {e.type for e in sentence_events(nlp, text, published=DAY)}


def test_a_person_shot_dead_dies(nlp):
    text = "Seorang pensiunan kolonel, Bima Hartono (64), ditembak mati di Medan pada Kamis (12/6/2025) malam."
    die = of_type(nlp, text, "DIE")
    assert die and "Bima Hartono" in die[0].who and die[0].when == "2025-06-12"
    assert of_type(nlp, text, "ATTACK")  # the shooting stays an attack beside the death
    # the active form: the one killed is the object
    assert of_type(nlp, "Densus 88 menembak mati seorang terduga teroris di Poso, Sulawesi Tengah.", "DIE")
    # "mati" without a blow before it is no death
    assert not of_type(nlp, "Listrik di kawasan Cempaka Putih mati selama tiga jam pada Senin (16/6/2025).", "DIE")


def test_one_hit_by_a_shot_was_attacked(nlp):
    text = "Seorang petani tertembak saat berada di ladangnya di Intan Jaya, Papua, Rabu (18/6/2025)."
    ev = of_type(nlp, text, "ATTACK")
    assert ev and ev[0].where == "Intan Jaya"


def test_fighting_that_breaks_out_is_no_eruption(nlp):
    text = "Pertempuran sengit telah meletus di pinggiran Kota Khartoum sejak Sabtu pagi."
    assert "DISASTER" not in types(nlp, text)
    text = "Kerusuhan antarwarga kembali meletus di Kecamatan Tanah Merah pada Minggu (15/6/2025)."
    assert "DISASTER" not in types(nlp, text)
    # a volcano still erupts
    text = "Gunung Lewotobi Laki-laki kembali meletus pada Selasa (17/6/2025) sore."
    assert of_type(nlp, text, "DISASTER")


def test_a_weapon_pointed_is_a_threat(nlp):
    text = "Seorang sopir menodongkan pistol ke arah pengendara motor di Jalan Gatot Subroto, Senin (16/6/2025)."
    warn = of_type(nlp, text, "WARN")
    assert warn and warn[0].when == "2025-06-16"
    assert "ATTACK" not in types(nlp, text)
    # a shot fired at a crowd stays an attack
    text = "Polisi menembakkan gas air mata ke arah massa di depan Gedung DPRD Makassar."
    assert of_type(nlp, text, "ATTACK")


def test_a_verdict_hearing_put_off_lies_ahead(nlp):
    text = "Sidang putusan terdakwa Hendra Gunawan di Pengadilan Negeri Surabaya ditunda hingga pekan depan."
    ev = of_type(nlp, text, "SENTENCE")
    assert ev and all(e.status == "planned" for e in ev)
    # held: the verdict was read
    text = "Sidang putusan terdakwa Hendra Gunawan digelar di Pengadilan Negeri Surabaya pada Kamis (19/6/2025)."
    ev = of_type(nlp, text, "SENTENCE")
    assert ev and ev[0].status == "occurred"
    # a delay that is over: the hearing was held after it
    text = "Sidang putusan terdakwa Hendra Gunawan yang sempat ditunda digelar di Pengadilan Negeri Surabaya kemarin."
    ev = of_type(nlp, text, "SENTENCE")
    assert ev and ev[0].status == "occurred"


def test_who_became_the_victim_of_a_beating_was_attacked(nlp):
    text = "Budi Santoso menjadi korban pengeroyokan oleh sekelompok pemuda di Pulogadung, Jakarta Timur."
    ev = of_type(nlp, text, "ATTACK")
    assert ev and "Budi Santoso" in ev[0].who and ev[0].where == "Pulogadung"
    text = "Bocah berinisial RA menjadi korban kekerasan ayah tirinya di Pasar Minggu, Jakarta Selatan."
    assert of_type(nlp, text, "ATTACK")
    # a kind of person, no happening
    text = "Pemerintah menyiapkan rumah aman bagi perempuan korban kekerasan di setiap provinsi."
    assert "ATTACK" not in types(nlp, text)
    # the casualties of a shooting named by their noun: their trip to hospital, no second attack
    text = "Dua korban penembakan dilarikan ke RSUD Wamena."
    assert "ATTACK" not in types(nlp, text)
