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
    die = of_type(nlp, "Densus 88 menembak mati seorang terduga teroris di Poso, Sulawesi Tengah.", "DIE")
    assert die and "teroris" in die[0].who
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
    # a phrase of postponement of two words
    text = "Sidang vonis terdakwa Rudi Hartono di Pengadilan Negeri Medan dijadwalkan ulang oleh majelis hakim."
    ev = of_type(nlp, text, "SENTENCE")
    assert ev and all(e.status == "planned" for e in ev)


def test_what_a_disaster_put_off_is_not_the_disaster(nlp):
    """The flood and the crash happened; what they made wait is the flights and the buses."""
    text = "Banjir yang melanda Kota Semarang membuat sejumlah penerbangan ditunda."
    ev = of_type(nlp, text, "DISASTER")
    assert ev and ev[0].status == "occurred"
    text = "Kecelakaan beruntun di Tol Cipularang membuat keberangkatan bus diundur."
    ev = of_type(nlp, text, "ACCIDENT")
    assert ev and ev[0].status == "occurred"
    # a verb of a relative clause about the hearing ("yang menjerat ...") is no other predicate: the hearing is put off
    text = "Sidang putusan kasus korupsi yang menjerat Bupati Sukamaju ditunda hingga Senin depan."
    ev = of_type(nlp, text, "SENTENCE")
    assert ev and all(e.status == "planned" for e in ev)
    text = "Kebakaran yang menghanguskan Pasar Kliwon membuat pembukaan kios ditunda."
    ev = of_type(nlp, text, "ACCIDENT")
    assert ev and ev[0].status == "occurred"


def test_an_animal_shot_dead_or_a_figure_of_mati_is_no_death(nlp):
    assert not of_type(nlp, "Seekor harimau sumatera ditembak mati petugas di Kabupaten Agam.", "DIE")
    assert not of_type(nlp, "Anjing liar itu akhirnya ditembak mati oleh warga.", "DIE")
    assert not of_type(nlp, "Pemain Persib dihajar hingga mati kutu oleh lini tengah Persija.", "DIE")
    assert not of_type(nlp, "Korban dianiaya hingga mati rasa di bagian kaki.", "DIE")
    # a threat or an order to shoot dead: nobody has died
    assert not of_type(nlp, "Pelaku diancam ditembak mati jika melawan petugas.", "DIE")
    assert not of_type(nlp, "Presiden memerintahkan aparat menembak mati pengedar narkoba.", "DIE")


def test_a_risk_or_a_non_physical_violence_is_no_attack(nlp):
    assert "ATTACK" not in types(nlp, "Anak-anak rentan menjadi korban kekerasan di lingkungan rumah.")
    text = "Seorang siswi menjadi korban kekerasan seksual oleh gurunya di Kabupaten Garut."
    assert "ATTACK" not in types(nlp, text)
    assert "ATTACK" not in types(nlp, "Banyak remaja menjadi korban kekerasan verbal di media sosial.")


def test_what_else_breaks_out_is_no_eruption(nlp):
    text = "Bentrokan antara warga dan aparat keamanan kembali meletus di Wamena."
    assert "DISASTER" not in types(nlp, text)
    assert "DISASTER" not in types(nlp, "Perang antara Israel dan Hamas kembali meletus pada Sabtu.")
    assert "DISASTER" not in types(nlp, "Ban mobil yang ditumpangi rombongan meletus di Tol Cipali.")
    # a volcano erupts, whatever else its clause tells
    text = "Gunung Semeru yang sempat memicu protes warga kembali meletus pada Senin (16/6/2025)."
    assert of_type(nlp, text, "DISASTER")


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


def test_a_weapon_pointed_is_a_happening_of_its_day(nlp):
    """The holdup (WARN) is told as a threat of harm (``threat_words.tsv``): the timeline keeps its reports one happening
    of its day, not statements of each outlet's parties."""
    from telisik.stories.clause_cues import told_as_threat

    text = "Seorang sopir mobil boks diduga menodongkan pistol ke pemobil lain di Tol Cipularang, Sabtu (7/6/2025)."
    warn = of_type(nlp, text, "WARN")
    assert warn and told_as_threat(warn[0])
    text = "Pelapor yang ditodong senjata tajam oleh dua pria itu langsung melapor ke Polsek Cibiru."
    warn = of_type(nlp, text, "WARN")
    assert warn and told_as_threat(warn[0])
    # a threat in words stays a statement
    assert not told_as_threat({"type": "WARN", "trigger": "mengancam", "sentence": "Iran mengancam menutup Selat Hormuz."})
    # a weapon named in a threat in words is no holdup: weapons count only after a pointing verb
    sentence = "Iran mengancam akan menggunakan senjata nuklir jika diserang."
    assert not told_as_threat({"type": "WARN", "trigger": "mengancam", "sentence": sentence})


def test_a_hearing_put_off_with_its_agenda_told_stays_planned(nlp):
    text = "Sidang lanjutan dengan agenda mendengarkan keterangan saksi ditunda hingga pekan depan."
    ev = [e for e in sentence_events(nlp, text, published=DAY) if e.type in {"TRIAL", "SENTENCE"}]
    assert ev and all(e.status == "planned" for e in ev)


def test_a_death_by_a_beating_after_a_match_or_of_one_who_threatened_is_a_death(nlp):
    assert of_type(nlp, "Seorang suporter Persija dianiaya hingga mati usai laga melawan Persib di Bandung.", "DIE")
    assert of_type(nlp, "Teroris yang mengancam polisi ditembak mati di Poso, Sulawesi Tengah.", "DIE")
    assert not of_type(nlp, "Pelaku diancam akan ditembak mati jika melawan petugas.", "DIE")


def test_a_volcano_named_without_gunung_still_erupts_beside_a_crowd_word(nlp):
    assert of_type(nlp, "Warga panik dan ricuh berebut kendaraan saat Marapi meletus, Minggu (15/6/2025).", "DISASTER")
