"""The event's first party and its missing parties (telisik_events): who acted, not who reacts, answers or tells of it;
whom a pronoun of a passive arrest or charge stands for; the unnamed victim of a named killer; no person's name as
where. Sentences written for these tests."""

from __future__ import annotations

from telisik.records.events import Event


def events(nlp, text: str) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-14"
    return nlp(doc)._.events


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return [e for e in events(nlp, text) if e.type == typ]


def test_pronoun_of_a_passive_charge_is_whom_the_police_took_not_the_officer_who_spoke(nlp):
    text = (
        "Kasat Reskrim Polres Bogor AKP Teguh Kumara mengatakan, Kepolisian Resor Bogor menangkap seorang pemuda "
        "berinisial AS di Cibinong. Ia dijerat Pasal 351 KUHP tentang penganiayaan."
    )
    (charge,) = of_type(nlp, text, "CHARGE")
    assert "Teguh Kumara" not in charge.who
    assert charge.who == ["AS"]


def test_pronoun_of_a_passive_charge_is_the_person_named_after_the_last_arrest(nlp):
    text = (
        "Polisi menangkap dua pengedar di Bogor. Kasus itu menyeret nama Rudi Hartono, warga Cibinong. "
        "Ia telah didakwa dan dinyatakan bersalah."
    )
    (charge,) = of_type(nlp, text, "CHARGE")
    assert charge.who[0] == "Rudi Hartono"


def test_pronoun_of_a_passive_arrest_with_no_arrest_before_is_the_person_told_of(nlp):
    text = "Rudi Hartono, warga Cibinong, sempat kabur selama dua pekan. Ia ditangkap di rumah kerabatnya di Depok."
    (arrest,) = of_type(nlp, text, "ARREST")
    assert arrest.who[0] == "Rudi Hartono"


def test_unnamed_victim_kept_beside_the_named_killer(nlp):
    text = "Seorang guru tewas dibacok oleh Joko Susilo di Kabupaten Puncak."
    (death,) = of_type(nlp, text, "DIE")
    # the killer first, then the dead the article names by a noun (before: the killer alone, as if he had died)
    assert death.who == ["Joko Susilo", "guru"]
    (attack,) = of_type(nlp, text, "ATTACK")
    assert attack.who == ["Joko Susilo", "guru"]


def test_named_victim_is_not_doubled_by_its_noun(nlp):
    text = "Seorang petani bernama Yohanes tewas ditembak orang tak dikenal di Kabupaten Puncak."
    (death,) = of_type(nlp, text, "DIE")
    assert death.who == ["Yohanes"]


def test_who_supports_an_attack_told_by_a_pronoun_is_no_attacker(nlp):
    text = "Presiden Donald Trump berbicara di Gedung Putih. Sejak itu, dia mendukung serangan Israel terhadap fasilitas nuklir Iran."
    (attack,) = of_type(nlp, text, "ATTACK")
    assert attack.who[0] == "Israel"
    assert "Donald Trump" not in attack.who


def test_who_answers_an_attack_is_no_party_of_it(nlp):
    text = "Sebagai balasan terhadap serangan Israel, Iran menutup wilayah udaranya."
    (attack,) = of_type(nlp, text, "ATTACK")
    assert attack.who == ["Israel"]
    (closure,) = of_type(nlp, text, "CLOSE")
    assert closure.who == ["Iran"]


def test_a_person_named_after_bernama_is_no_place(nlp):
    text = "Kepala desa dan seorang warga bernama Karsim menjadi korban pengeroyokan pada Minggu (8/6/2025)."
    (attack,) = of_type(nlp, text, "ATTACK")
    assert attack.where != "Karsim"


def test_a_person_after_di_tengah_is_no_place(nlp):
    text = "Warga berdemonstrasi di tengah sikap Trump yang mempertimbangkan serangan ke Iran."
    (protest,) = of_type(nlp, text, "PROTEST")
    assert protest.where is None


def test_a_place_after_di_tengah_stays_a_place(nlp):
    text = "Ratusan buruh berunjuk rasa di tengah Kota Bandung pada Senin (9/6/2025)."
    (protest,) = of_type(nlp, text, "PROTEST")
    assert protest.where == "Kota Bandung"


def test_tengah_as_currently_keeps_a_body_as_the_place(nlp):
    text = "Ratusan mahasiswa tengah berunjuk rasa di Universitas Hasanuddin pada Senin (9/6/2025)."
    (protest,) = of_type(nlp, text, "PROTEST")
    assert protest.where == "Universitas Hasanuddin"


def test_a_body_after_di_tengah_and_a_noun_stays_the_place(nlp):
    text = "Massa berunjuk rasa di tengah kampus Universitas Hasanuddin pada Senin (9/6/2025)."
    (protest,) = of_type(nlp, text, "PROTEST")
    assert protest.where == "Universitas Hasanuddin"


def test_a_reaction_verb_before_a_second_predicate_leaves_the_attacker(nlp):
    text = "Menteri Pertahanan Israel Katz berbicara kepada wartawan. Dia mendukung pasukan darat dan memimpin serangan ke Gaza."
    (attack,) = of_type(nlp, text, "ATTACK")
    assert attack.who[0] == "Katz"


def test_who_responds_with_an_attack_is_its_attacker(nlp):
    text = "Khamenei berbicara di Teheran. Dia merespons dengan melancarkan serangan rudal ke Israel."
    (attack,) = of_type(nlp, text, "ATTACK")
    assert attack.who[0] == "Khamenei"


def test_who_answers_with_respons_or_tanggapan_is_no_party_of_what_is_answered(nlp):
    text = "Sebagai respons terhadap serangan Israel, Iran melakukan penangkapan terhadap puluhan warga."
    assert [e.who for e in of_type(nlp, text, "ATTACK")] == [["Israel"]]
    assert [e.who[0] for e in of_type(nlp, text, "ARREST")] == ["Iran"]
    text = "Sebagai tanggapan terhadap penangkapan Rudi Hartono, ratusan mahasiswa berunjuk rasa di Makassar."
    (arrest,) = of_type(nlp, text, "ARREST")
    assert arrest.who == ["Rudi Hartono"]


def test_a_victim_named_after_yaitu_or_diketahui_bernama_is_not_doubled_by_its_noun(nlp):
    (death,) = of_type(nlp, "Seorang pengendara tewas di tempat, yaitu Budi Santoso (45).", "DIE")
    assert death.who == ["Budi Santoso"]
    text = "Seorang bocah tewas diterkam buaya di Sungai Mahakam, diketahui bernama Andi."
    (death,) = of_type(nlp, text, "DIE")
    assert death.who == ["Andi"]


def test_a_doer_named_after_bernama_gets_no_noun_with_the_trigger_in_it(nlp):
    text = "Korban tewas ditembak oleh polisi bernama Brigadir Andi Saputra di Medan."
    (attack,) = of_type(nlp, text, "ATTACK")
    assert "Korban tewas" not in attack.who


def test_pronoun_of_a_passive_arrest_after_an_arrest_of_unnamed_people_is_the_person_told_of(nlp):
    text = "Rudi Hartono buron sejak 2020. Polisi menangkap dua rekannya di Medan pekan lalu. Ia ditangkap di Bali pada Senin."
    arrests = [e for e in of_type(nlp, text, "ARREST") if e.where == "Bali"]
    assert [e.who for e in arrests] == [["Rudi Hartono"]]


def test_singular_pronoun_of_a_passive_charge_is_one_person_not_the_officer(nlp):
    text = "Kapolres AKBP Budi Santoso memimpin penangkapan Andi Saputra. Ia dijerat Pasal 114 UU Narkotika."
    (charge,) = of_type(nlp, text, "CHARGE")
    assert charge.who == ["Andi Saputra"]


def test_a_person_named_after_a_villager_and_bernama_is_no_place(nlp):
    (death,) = of_type(nlp, "Warga Desa Sukamaju bernama Kasdi tewas tenggelam.", "DIE")
    assert death.where != "Kasdi"
