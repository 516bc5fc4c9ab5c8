"""Events only named, not told (issue 16, precision): a cooperation named as the means or the frame of something else,
a supplier named by its role or a coin's stock, a career told as a road, a time that arrives. Sentences written for
these tests; each pairs the false reading with the event it must keep."""

from __future__ import annotations

from telisik.records.events import Event


def events(nlp, text: str, published: str = "2025-06-14") -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.events


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return [e for e in events(nlp, text) if e.type == typ]


def test_a_cooperation_named_as_a_means_is_no_agreement(nlp):
    means = "PT Sinar Rel mendukung pembangunan jalur kereta di Sulawesi melalui kerja sama dengan PT Baja Nusantara."
    assert of_type(nlp, means, "AGREE") == []
    assert of_type(nlp, "Mobil listrik itu dikembangkan lewat kemitraan dengan PT Daya Cipta.", "AGREE") == []
    hosted = "Seminar itu diselenggarakan atas kerja sama Universitas Andalas dan Bank Nagari di Padang."
    assert of_type(nlp, hosted, "AGREE") == []
    # the same cooperation made is one
    made = of_type(nlp, "PT Sinar Rel menjalin kerja sama dengan PT Baja Nusantara pada Senin (9/6/2025).", "AGREE")
    assert len(made) == 1 and "PT Baja Nusantara" in made[0].who


def test_a_cooperation_only_opened_to_or_rumoured_is_no_agreement(nlp):
    text = "Duta besar itu menekankan pentingnya membuka ruang kerja sama yang lebih luas antara Indonesia dan Peru."
    assert of_type(nlp, text, "AGREE") == []
    assert of_type(nlp, "Beredar rumor kerja sama antara Garuda Indonesia dan Qatar Airways.", "AGREE") == []


def test_a_supplier_named_by_role_is_no_supply(nlp):
    assert of_type(nlp, "PT Andalas Baterai bertindak sebagai pemasok komponen inti bagi pabrik itu.", "SUPPLY") == []
    # supplying told by the verb is one
    found = of_type(nlp, "PT Andalas Baterai memasok baterai kepada PT Mobil Nusantara sejak Januari.", "SUPPLY")
    assert len(found) == 1 and found[0].who[0] == "PT Andalas Baterai"


def test_a_coins_stock_in_circulation_is_no_supply(nlp):
    assert of_type(nlp, "Pasokan Bitcoin dipatok maksimal 21 juta, kata analis Indodax.", "SUPPLY") == []
    assert of_type(nlp, "Jumlah koin itu mendekati batas maksimum suplai yang ditetapkan Tether.", "SUPPLY") == []


def test_a_road_towards_a_rank_is_no_trip(nlp):
    career = "Dukungan keluarga membuat perjalanan Rina Kartika menuju dunia akademik terasa istimewa."
    assert of_type(nlp, career, "VISIT") == []
    # a way towards a named place is one, under way
    (trip,) = of_type(nlp, "Kapal induk itu meninggalkan Filipina dan dalam perjalanan menuju Timur Tengah.", "VISIT")
    assert trip.where == "Timur Tengah"


def test_a_time_that_comes_is_no_arrival(nlp):
    assert of_type(nlp, "Umat Islam diajak bermuhasabah ketika tahun baru Hijriah tiba.", "VISIT") == []
    assert of_type(nlp, "Tim akan berlatih di Cipayung sebelum waktu turnamen tiba.", "VISIT") == []
    arrived = of_type(nlp, "Presiden Joko Widodo tiba di Tokyo pada Senin (9/6/2025) malam.", "VISIT")
    assert len(arrived) == 1 and arrived[0].who[0] == "Joko Widodo"
