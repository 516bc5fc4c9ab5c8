"""Events: a date that ends a relative clause ("yang ...") of another noun dates that clause's act, not the trigger."""

from __future__ import annotations

from event_sentences import sentence_events


def _when(nlp, text: str, typ: str) -> list[str | None]:
    return [e.when for e in sentence_events(nlp, text, "2025-06-09") if e.type == typ]


def test_a_relative_clause_of_another_noun_keeps_its_date(nlp):
    # the birth's day, the rumour's day: not the killing's, not the appeal's
    text = "Seorang pria di Bekasi membunuh istrinya yang baru selesai melahirkan pada Jumat (30/5/2025)."
    assert "2025-05-30" not in _when(nlp, text, "DIE")
    # nor the killing told after a comma
    text = "Budi membunuh istrinya yang baru selesai melahirkan pada Jumat (30/5/2025), istrinya dibunuh dengan sebilah parang."
    assert "2025-05-30" not in _when(nlp, text, "DIE")
    text = "Polisi: Budi membunuh istrinya yang baru melahirkan sekitar 10 hari yang lalu, istrinya dibunuh dengan parang."
    assert "2025-05-30" not in _when(nlp, text, "DIE")
    text = (
        "Kapolres Jayawijaya mengimbau masyarakat agar tidak terpengaruh isu yang beredar mengenai pemeriksaan "
        "rumah warga pada 10 Mei 2025."
    )
    assert "2025-05-10" not in _when(nlp, text, "WARN")


def test_a_relative_clause_of_the_trigger_or_the_main_clause_leaves_the_date(nlp):
    # the clause tells of the trigger's own phrase
    text = "Pengeroyokan DJ First Club Batam yang sempat menggemparkan Kota Batam pada Jumat (6/6/2025) masih diselidiki."
    assert _when(nlp, text, "ATTACK") == ["2025-06-06"]
    text = "Pencabutan izin itu hasil rapat terbatas yang dipimpin Presiden Prabowo Subianto pada Senin (9/6/2025)."
    assert _when(nlp, text, "MEET") == ["2025-06-09"]
    # what the arrested are suspected of: the date is the arrest's
    text = "Polisi mengamankan tiga pemuda yang diduga melakukan pemerasan dengan senjata tajam pada Minggu (8/6/2025)."
    assert _when(nlp, text, "ARREST") == ["2025-06-08"]
    # a place after the clause's verb: the lead's date is the main clause's
    text = "Dua wanita mengeroyok seorang perempuan yang berprofesi sebagai DJ di First Club Batam pada Minggu (8/6/2025)."
    assert _when(nlp, text, "ATTACK") == ["2025-06-08"]
    # a passive verb after the clause's own verb takes the main clause up again
    text = "Lima orang tewas ketika sebuah bus yang mengangkut mahasiswa ditabrak truk pada Senin (9/6/2025) pagi."
    assert "2025-06-09" in _when(nlp, text, "DIE")


def test_a_relative_clause_of_another_noun_does_not_lend_its_date_by_a_merge(nlp):
    text = (
        "Data itu menimbulkan pertanyaan tentang dampak negosiasi tarif multi-front dan langkah selanjutnya bagi "
        "Federal Reserve, yang selanjutnya bertemu untuk menetapkan kebijakan suku bunga pada 17-18 Juni."
    )
    found = [(e.trigger, e.when, e.status) for e in sentence_events(nlp, text, "2025-06-08") if e.type == "MEET"]
    assert all(when != "2025-06-17/2025-06-18" for trigger, when, _ in found if trigger == "negosiasi")
    assert ("bertemu", "2025-06-17/2025-06-18", "planned") in found


def test_a_relative_clause_on_the_triggers_own_object_leaves_the_date(nlp):
    # who or what is arrested, evacuated, where: the date ending the clause is the act's
    text = "Polisi menangkap tiga pemuda yang membawa senjata tajam pada Sabtu (7/6/2025) dini hari."
    assert _when(nlp, text, "ARREST") == ["2025-06-07"]
    text = "Para pelaku diamankan di dua lokasi yang berbeda pada Selasa (3/6/2025)."
    assert _when(nlp, text, "ARREST") == ["2025-06-03"]
    text = "KPK menahan dua tersangka yang diperiksa selama delapan jam pada Selasa (3/6/2025)."
    assert _when(nlp, text, "ARREST") == ["2025-06-03"]
    text = "Basarnas mengevakuasi 20 penumpang kapal yang terbalik pada Minggu (1/6/2025)."
    assert _when(nlp, text, "EVACUATE") == ["2025-06-01"]
    # the talks themselves go on in the clause after their place
    text = "Sentimen terbesar datang dari pertemuan Amerika Serikat dan China di London yang masih berjalan hingga Selasa (10/6/2025)."
    assert _when(nlp, text, "MEET") == ["2025-06-10"]
