"""Events only named, not told (issue 16, precision): a cooperation named as the means or the frame of something else,
a supplier named by its role or a coin's stock, a career told as a road, a time that arrives. Sentences written for
these tests; each pairs the false reading with the event it must keep."""

from __future__ import annotations

from event_sentences import events


def test_a_cooperation_named_as_a_means_is_no_agreement(nlp):
    means = "PT Sinar Rel mendukung pembangunan jalur kereta di Sulawesi melalui kerja sama dengan PT Baja Nusantara."
    assert events(nlp, means, "AGREE") == []
    assert events(nlp, "Mobil listrik itu dikembangkan lewat kemitraan dengan PT Daya Cipta.", "AGREE") == []
    hosted = "Seminar itu diselenggarakan atas kerja sama Universitas Andalas dan Bank Nagari di Padang."
    assert events(nlp, hosted, "AGREE") == []
    # the same cooperation made is one
    made = events(nlp, "PT Sinar Rel menjalin kerja sama dengan PT Baja Nusantara pada Senin (9/6/2025).", "AGREE")
    assert len(made) == 1 and "PT Baja Nusantara" in made[0].who


def test_a_cooperation_only_opened_to_or_rumoured_is_no_agreement(nlp):
    text = "Duta besar itu menekankan pentingnya membuka ruang kerja sama yang lebih luas antara Indonesia dan Peru."
    assert events(nlp, text, "AGREE") == []
    assert events(nlp, "Beredar rumor kerja sama antara Garuda Indonesia dan Qatar Airways.", "AGREE") == []


def test_a_supplier_named_by_role_is_no_supply(nlp):
    assert events(nlp, "PT Andalas Baterai bertindak sebagai pemasok komponen inti bagi pabrik itu.", "SUPPLY") == []
    # supplying told by the verb is one
    found = events(nlp, "PT Andalas Baterai memasok baterai kepada PT Mobil Nusantara sejak Januari.", "SUPPLY")
    assert len(found) == 1 and found[0].who[0] == "PT Andalas Baterai"


def test_a_coins_stock_in_circulation_is_no_supply(nlp):
    assert events(nlp, "Pasokan Bitcoin dipatok maksimal 21 juta, kata analis Indodax.", "SUPPLY") == []
    assert events(nlp, "Jumlah koin itu mendekati batas maksimum suplai yang ditetapkan Tether.", "SUPPLY") == []


def test_a_road_towards_a_rank_is_no_trip(nlp):
    career = "Dukungan keluarga membuat perjalanan Rina Kartika menuju dunia akademik terasa istimewa."
    assert events(nlp, career, "VISIT") == []
    # a way towards a named place is one, under way
    (trip,) = events(nlp, "Kapal induk itu meninggalkan Filipina dan dalam perjalanan menuju Timur Tengah.", "VISIT")
    assert trip.where == "Timur Tengah"


def test_a_time_that_comes_is_no_arrival(nlp):
    assert events(nlp, "Umat Islam diajak bermuhasabah ketika tahun baru Hijriah tiba.", "VISIT") == []
    assert events(nlp, "Tim akan berlatih di Cipayung sebelum waktu turnamen tiba.", "VISIT") == []
    arrived = events(nlp, "Presiden Joko Widodo tiba di Tokyo pada Senin (9/6/2025) malam.", "VISIT")
    assert len(arrived) == 1 and arrived[0].who[0] == "Joko Widodo"
