"""Events: classes found reading the never-read days of 7-8 June 2025 (hoax roundups, appointments told by their noun,
titles of the elected, a date a span of time apart, a report's day, a place secured in a race)."""

from __future__ import annotations

from event_sentences import events, sentence_events
from telisik.records.events import Event


def titled_events(nlp, title: str, text: str) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-08"
    doc._.title = title
    return nlp(doc)._.events


def test_a_roundup_of_hoaxes_tells_no_happening(nlp):
    text = (
        "Liputan6.com, Jakarta - Sebuah video yang diklaim Kepolisian Thailand menggerebek tempat penyekapan WNI beredar "
        "di media sosial. Video itu dikaitkan dengan kabar jatuhnya pesawat pengangkut jemaah haji di Laut Merah."
    )
    assert not titled_events(nlp, "Video Hoaks Sepekan: Pesawat Jemaah Haji Jatuh di Laut Merah", text)
    assert not titled_events(nlp, "Kumpulan Hoaks Seputar Jemaah Haji, Simak Faktanya", text)
    # a headline that only warns of hoaxes about a real happening keeps it
    text = "Gunung Marapi di Sumatera Barat kembali erupsi pada Kamis (5/6/2025)."
    found = titled_events(nlp, "Gunung Marapi Kembali Erupsi, Masyarakat Diminta Waspadai Hoaks", text)
    assert [e.type for e in found] == ["DISASTER"]


def test_an_appointment_told_by_its_noun(nlp):
    text = (
        "AirAsia Aviation Group Limited mengumumkan penunjukan Captain Achmad Sadikin Abdurachman sebagai Pelaksana Tugas "
        "Direktur Utama."
    )
    assert any("Achmad Sadikin Abdurachman" in e.who for e in events(nlp, text, "APPOINT", "2025-06-08"))
    text = "Rapat umum pemegang saham PT Amman Mineral Internasional Tbk memutuskan pengangkatan Arief Sidarto sebagai Direktur Utama."
    assert any("Arief Sidarto" in e.who for e in events(nlp, text, "APPOINT", "2025-06-08"))
    # a place designated, a body lifted: nobody appointed
    assert not events(nlp, "Penunjukan lokasi itu sebagai kawasan konservasi dilakukan pada 2023.", "APPOINT")
    assert not events(nlp, "Pengangkatan jenazah dari dasar laut dilakukan Basarnas.", "APPOINT")


def test_an_office_elect_is_a_title(nlp):
    text = "Menkes Budi Gunadi Sadikin mengimbau warga memakai program yang digagas Presiden terpilih Prabowo Subianto."
    assert not events(nlp, text, "ELECT", "2025-06-08")
    assert events(nlp, "Pramono Anung terpilih sebagai Gubernur Jakarta dalam pemilihan itu.", "ELECT", "2025-06-08")


def test_a_date_a_span_of_time_apart_is_the_other_happenings(nlp):
    text = "Budi Santoso ditangkap polisi pada Selasa (10/6/2025), sehari setelah penembakan di Depok yang menewaskan Andi Wijaya."
    found = sentence_events(nlp, text, "2025-06-11")
    assert [e.when for e in found if e.type == "ARREST"] == ["2025-06-10"]
    assert [e.when for e in found if e.type == "ATTACK"] == [None]
    assert all(e.when != "2025-06-10" for e in found if e.type == "DIE")
    text = "Budi Santoso ditangkap polisi sehari setelah penembakan di Depok pada Senin (9/6/2025)."
    found = sentence_events(nlp, text, "2025-06-11")
    assert [e.when for e in found if e.type == "ATTACK"] == ["2025-06-09"]
    assert all(e.when != "2025-06-09" for e in found if e.type == "ARREST")
    # a span before a comma opens an aside: the date after it stays the act's
    text = "Pada Senin (9/6/2025), sehari setelah pelantikan, Kapolres Depok menangkap Budi Santoso di Depok."
    assert [e.when for e in events(nlp, text, "ARREST", "2025-06-11")] == ["2025-06-09"]


def test_the_day_an_outlet_reported_is_not_the_happenings(nlp):
    text = "Diberitakan thaiger, Senin (9/6/2025), turis asal Inggris bernama Bruce meninggal di rumah sakit."
    found = events(nlp, text, "DIE", "2025-06-09")
    assert found and all(e.when is None for e in found)


def test_a_place_secured_on_a_race_report_is_no_arrest(nlp):
    text = (
        "Jakarta - Sprint Race MotoGP Aragon 2025 telah selesai, Sabtu (7/6). Pebalap Ducati Marc Marquez keluar sebagai "
        "pemenang. Pebalap asal Afrika Selatan ini crash dan membuat posisi kelima diamankan oleh Franco Morbidelli."
    )
    assert not events(nlp, text, "ARREST", "2025-06-07")
    assert not events(nlp, "MSP FC pun cukup mudah menggelontorkan gol demi gol ke gawang lawan.", "FUND", "2025-06-08")
    # a supporter held by the police is arrested on a sports page too
    text = "Suporter Persija berinisial AB diamankan polisi usai kericuhan di Stadion Gelora Bung Karno."
    assert events(nlp, text, "ARREST", "2025-06-08")


def test_a_headline_of_one_hoax_video_is_no_roundup(nlp):
    text = "Polisi menangkap Budi Santoso, penyebar video hoaks penculikan anak, di Bekasi pada Senin (9/6/2025)."
    found = titled_events(nlp, "Polisi Tangkap Penyebar Video Hoaks Penculikan Anak di Bekasi", text)
    assert [e.type for e in found] == ["ARREST"]
    text = "Beredar video yang diklaim menara Burj Khalifa terbakar pada Senin (9/6/2025)."
    assert not titled_events(nlp, "Deretan Video Hoaks Menggunakan AI yang Sempat Viral: Menara Burj Khalifa Terbakar", text)


def test_an_appointment_refused_or_rumoured_is_none_made(nlp):
    assert not events(nlp, "Dia menolak pengangkatan Viktor Yanukovich sebagai presiden.", "APPOINT")
    text = "Isu penunjukan Andi Wijaya sebagai pelatih Timnas Indonesia mencuat di media sosial."
    assert not events(nlp, text, "APPOINT")


def test_a_report_of_before_names_no_source_and_keeps_the_date(nlp):
    text = "Diberitakan sebelumnya, pada Senin (9/6/2025), Budi Santoso ditangkap polisi di Depok."
    assert [e.when for e in events(nlp, text, "ARREST", "2025-06-11")] == ["2025-06-09"]


def test_a_span_of_hours_leaves_the_date_to_both(nlp):
    text = (
        "April lalu, beberapa jam sebelum melancarkan serangan rudal ke Israel, Korps Garda Revolusi Islam Iran menyita "
        "sebuah kapal kontainer di dekat Selat Hormuz."
    )
    assert [e.when for e in events(nlp, text, "ATTACK", "2025-06-16")] == ["2025-04"]
