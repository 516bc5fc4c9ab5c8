"""Trigger words read in another sense on whole corpus days (issue 16): "rapat" as "tight" and a company's
shareholders' meeting, "visa kunjungan" and counted tourist visits, a shooting club, a central bank holding
back a rate cut, and the grant a corruption case is about,
a war breaking out read as an eruption, penalties lifted read as a sanction,
hurt feelings read as an injury. Each has a real event of the same word beside it,
so the rule cannot just have dropped the word. Sentences written for these tests in the style of the reports."""

from __future__ import annotations

import pytest

from event_sentences import events as events_of_type
from event_sentences import sentence_events


def of_type(nlp, text: str, typ: str) -> list:
    return events_of_type(nlp, text, typ, published="2025-06-20")


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("Barisan pertahanan Persija begitu rapat sehingga Persib kesulitan mencetak gol.", "MEET"),
        ("Kalung itu memiliki rantai rapat dan elegan, kata desainer Rina Wulandari.", "MEET"),
        ("Hal itu diputuskan dalam Rapat Umum Pemegang Saham Tahunan PT Sinar Jaya Makmur Tbk di Jakarta.", "MEET"),
        ("Warga negara Suriah itu masuk ke Bali dengan visa kunjungan yang berlaku 60 hari.", "VISIT"),
        ("Pemprov DKI Jakarta berharap kunjungan wisatawan ke Jakarta naik selama libur sekolah.", "VISIT"),
        ("Senjata itu hanya berizin dari klub menembak, kata Kapolres Depok Kombes Budi Santoso.", "ATTACK"),
        ("Bank Indonesia masih menahan penurunan suku bunga di tengah ketidakpastian global.", "ARREST"),
        ("Total korban tewas sejak konflik meletus pada Oktober 2023 mencapai 55.000 jiwa di Gaza.", "DISASTER"),
        ("Pemprov DKI Jakarta memberikan penghapusan sanksi administrasi pajak kendaraan bermotor.", "SANCTION"),
        ("Semoga kebaikanmu menjadi catatan amal untuk bertemu dengan Sang Pencipta, tulis Syahrini.", "MEET"),
        ("Amerika Serikat belum menutup kemungkinan untuk ikut dalam serangan Israel terhadap Iran.", "ATTACK"),
        ("Trump mempertimbangkan untuk bergabung dengan serangan Israel terhadap Iran.", "ATTACK"),
        ("Aksi itu sangat melukai hati para guru, ujar Khoir, salah seorang demonstran.", "INJURE"),
        ("KPK memeriksa Gubernur Jawa Timur Khofifah dalam kasus korupsi dana hibah kelompok masyarakat.", "FUND"),
        # talked about is no talks held; covering a need closes nothing; holding an advance back holds no one
        ("Bupati Sleman Harda Kiswaya dan Wakil Bupati Danang Maharsa ramai jadi pembicaraan publik.", "MEET"),
        ("Pria kelahiran Jember, Jawa Timur, ini tengah menjadi pembicaraan setelah namanya diajukan Presiden.", "MEET"),
        ("Budi Santoso bekerja sebagai buruh harian untuk menutup kebutuhan sekolah anaknya di Bantul.", "CLOSE"),
        ("Tujuan bantuan Jerman itu adalah menahan ekspansi Rusia di wilayah Ukraina timur.", "ARREST"),
    ],
)
def test_a_trigger_word_in_another_sense_is_no_event(nlp, text, typ):
    assert of_type(nlp, text, typ) == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Depot bahan bakar diserang dan kilang minyak di ibu kota Teheran terbakar, Jumat (20/6/2025).", "ibu"),
        ("Kebakaran di permukiman padat penduduk di Tebet tidak bisa dihindarkan, kata Pramono.", "penduduk"),
    ],
)
def test_a_noun_inside_a_phrase_naming_no_people_is_no_participant(nlp, text, noun):
    assert all(noun not in e.who for e in sentence_events(nlp, text, published="2025-06-20"))


@pytest.mark.parametrize(
    ("text", "typ", "who"),
    [
        ("Komisi III DPR menggelar rapat dengan Kejaksaan Agung di Jakarta, Jumat (20/6/2025).", "MEET", "Kejaksaan Agung"),
        ("Menteri Sosial Saifullah Yusuf melakukan kunjungan ke Yogyakarta, Jumat (20/6/2025).", "VISIT", "Saifullah Yusuf"),
        ("Anggota KKB Klenak Murib menembak dua warga di Puncak, Jumat (20/6/2025).", "ATTACK", "warga"),
        ("Polres Bogor menahan Andi Saputra, tersangka pencurian, pada Jumat (20/6/2025).", "ARREST", "Andi Saputra"),
        ("Gunung Lewotobi Laki-laki meletus pada Jumat (20/6/2025) pukul 17.35 WITA.", "DISASTER", "Gunung Lewotobi Laki-laki"),
        ("Amerika Serikat menjatuhkan sanksi kepada Iran, Jumat (20/6/2025).", "SANCTION", "Iran"),
        ("Ledakan di Pasar Cimanggis melukai lima orang, Jumat (20/6/2025).", "INJURE", "orang"),
        ("Bank Dunia menyalurkan dana hibah kepada Pusat Energi ASEAN, Jumat (20/6/2025).", "FUND", "Bank Dunia"),
    ],
)
def test_the_same_words_in_their_event_sense_still_count(nlp, text, typ, who):
    found = of_type(nlp, text, typ)
    assert found and (who in found[0].who or found[0].where == who)  # a volcano is where, not who
