"""Events of everyday news found on fresh corpus days (16-17 June 2025, older Okezone and Tempo pages): a vehicle that
falls or rams, an assault on people, strikes traded, a bomb threat, a lawsuit filed, the dead named by nouns of
supporters and inmates, a possessive pronoun in a quote, and words in other senses ("jatuh tempo", "sangat
mengguncang", "menangkap konsep"); on sentences written for these tests in the style of Indonesian news."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-17")


def test_a_vehicle_that_falls_is_an_accident(nlp):
    crash = of_type(nlp, "Helikopter milik Garuda Aviasi itu jatuh pada Minggu (15/6/2025) pagi di lereng Gunung Lawu.", "ACCIDENT")
    assert [(e.who, e.when) for e in crash] == [(["Garuda Aviasi"], "2025-06-15")]
    balloon = of_type(nlp, "Balon udara kedua dilaporkan jatuh di dekat Desa Sumberjo.", "ACCIDENT")
    assert len(balloon) == 1 and balloon[0].who == ["Balon udara"]


def test_falling_without_a_vehicle_is_no_accident(nlp):
    # a price, a due date, a holiday: no vehicle stands in the clause
    assert of_type(nlp, "Harga minyak mentah jatuh ke level terendah pada Senin (16/6/2025), kata analis Bank Mandiri.", "ACCIDENT") == []
    assert of_type(nlp, "Cicilan kredit nasabah Bank BRI jatuh tempo pada Senin (16/6/2025).", "ACCIDENT") == []
    assert of_type(nlp, "Hari Raya Idul Adha di Indonesia jatuh pada Jumat (6/6/2025).", "ACCIDENT") == []


def test_a_vehicle_ramming_another_is_an_accident_and_a_policy_hitting_firms_is_not(nlp):
    ram = of_type(nlp, "Truk tangki itu kemudian menghantam sepeda motor yang dikendarai Budi Santoso di Jalan Raya Gresik.", "ACCIDENT")
    assert len(ram) == 1 and "Budi Santoso" in ram[0].who
    assert of_type(nlp, "Para pengusaha hotel di Bali dihantam telak kebijakan efisiensi anggaran pemerintah.", "ACCIDENT") == []


def test_an_assault_on_people_needs_no_place(nlp):
    assault = of_type(nlp, "Seorang pria mabuk mengamuk dan menyerang warga dengan sebilah parang di pasar.", "ATTACK")
    assert len(assault) == 1 and "warga" in assault[0].who
    # a side attacking in a match is no assault
    assert of_type(nlp, "Timnas Indonesia menyerang pertahanan Jepang sejak menit awal di Stadion Suita.", "ATTACK") == []


def test_strikes_traded_and_an_air_campaign_are_attacks(nlp):
    traded = of_type(nlp, "Kedutaan Besar China meminta warganya pergi setelah Israel dan Iran saling serang.", "ATTACK")
    assert [e.who for e in traded] == [["Israel", "Iran"]]
    campaign = of_type(nlp, "Israel meluncurkan kampanye udara mendadak terhadap target-target di seluruh Iran.", "ATTACK")
    assert len(campaign) == 1 and campaign[0].who[0] == "Israel"


def test_a_crowd_flocking_to_a_city_is_no_attack(nlp):
    assert of_type(nlp, "Ribuan suporter Belanda siap menyerbu kota Bern menjelang laga melawan Italia.", "ATTACK") == []


def test_a_bomb_threat_is_a_warning_to_the_one_threatened(nlp):
    threat = of_type(nlp, "Pesawat Saudia Airlines yang diancam bom terpaksa mendarat darurat di Bandara Kualanamu.", "WARN")
    assert len(threat) == 1 and "Saudia Airlines" in threat[0].who[0]


def test_a_lawsuit_registered_is_a_charge(nlp):
    suit = of_type(nlp, "Pengacara Hotman Sitompul mendaftarkan gugatan terhadap PT Lion Air ke Pengadilan Negeri Jakarta Pusat.", "CHARGE")
    assert len(suit) == 1 and suit[0].who[:2] == ["Hotman Sitompul", "PT Lion Air"]


def test_the_dead_named_by_a_noun_of_supporters(nlp):
    dead = of_type(nlp, "Seorang suporter Inggris ditemukan tewas di Lviv.", "DIE")
    assert len(dead) == 1 and dead[0].who[0].startswith("suporter")
    hurt = of_type(nlp, "Dua narapidana mengalami luka bakar dalam kericuhan di Lapas Kerobokan.", "INJURE")
    assert len(hurt) == 1 and hurt[0].count == 2


def test_a_pronoun_owning_a_noun_in_a_quote_is_not_the_speaker_acting(nlp):
    text = '"Sayangnya, pilot kami meninggal dunia karena tertimpa keranjang," ujar Gubernur Nevsehir Ahmet Yilmaz.'
    dead = of_type(nlp, text, "DIE")
    assert len(dead) == 1 and dead[0].who == ["pilot"]


def test_words_in_other_senses_are_no_events(nlp):
    assert of_type(nlp, "Kabar itu menjadi kejadian yang sangat mengguncang bagi keluarga korban di Bandung.", "DISASTER") == []
    assert of_type(nlp, "Inflasi sekecil apa pun bisa mengguncang ketahanan pangan rumah tangga di Jawa Barat.", "DISASTER") == []
    assert of_type(nlp, "Model AI buatan OpenAI itu gagal menangkap konsep manusia secara meyakinkan.", "ARREST") == []
    assert of_type(nlp, "Dengan Xiaomi, Toyota memasuki kemitraan strategis di Jepang.", "VISIT") == []
    assert of_type(nlp, "HPN menjadi hari peringatan nasional yang selalu dihadiri Presiden Prabowo.", "WARN") == []


def test_a_closure_since_a_day_is_dated_that_day_and_a_running_total_is_not(nlp):
    closed = of_type(nlp, "Jalur pendakian Gunung Semeru ditutup sejak tanggal 14 Juni 2025 menyusul hujan abu vulkanik.", "CLOSE")
    assert [(e.who, e.when) for e in closed] == [(["Jalur pendakian Gunung Semeru"], "2025-06-14")]
    dead = of_type(nlp, "Sejak Jumat (13/6/2025), sedikitnya 24 orang tewas di Haifa.", "DIE")
    assert len(dead) == 1 and dead[0].when is None


def test_a_short_while_after_a_negation_does_not_negate(nlp):
    caught = of_type(nlp, "Tidak lama kemudian, polisi menangkap Andi Saputra di rumahnya di Bekasi.", "ARREST")
    assert len(caught) == 1 and "Andi Saputra" in caught[0].who
    assert of_type(nlp, "Polisi tidak menangkap Andi Saputra di rumahnya di Bekasi.", "ARREST") == []


def test_whose_weapon_it_was_is_not_where_the_dead_fell(nlp):
    dead = of_type(nlp, "Otoritas setempat mengatakan 24 orang tewas dalam serangan rudal Iran sejak Jumat.", "DIE")
    assert len(dead) == 1 and dead[0].where is None
    placed = of_type(nlp, "Dua warga tewas di Kharkiv akibat serangan drone Rusia pada Senin (16/6/2025).", "DIE")
    assert [e.where for e in placed] == ["Kharkiv"]


def test_who_judges_an_attack_takes_no_part_in_it(nlp):
    text = "Ekonom Bank Permata Josua Pardede menilai, gejolak pasar dipicu operasi militer Israel terhadap Iran pada Jumat (13/6/2025)."
    attack = of_type(nlp, text, "ATTACK")
    assert len(attack) == 1 and "Josua Pardede" not in attack[0].who and "Israel" in attack[0].who


def test_counted_victims_named_by_the_trigger_itself_died(nlp):
    dead = of_type(nlp, "Tiga korban tewas dalam kecelakaan beruntun di Jalan Raya Gresik.", "DIE")
    assert len(dead) == 1 and dead[0].count == 3 and dead[0].where == "Jalan Raya Gresik"
    # uncounted, the noun talks of the victims told before, and a total is no death of its own
    assert of_type(nlp, "Baik korban meninggal dunia maupun yang luka-luka dibawa ke Gresik.", "DIE") == []
    assert of_type(nlp, "Jumlah korban tewas di Gresik mencapai 15 orang.", "DIE") == []


def test_a_verb_joined_to_the_first_predicate_shares_its_subject_however_far(nlp):
    text = "Dalam insiden itu, sebanyak 12 turis asal Malaysia juga mengalami luka ringan dan telah dilarikan ke rumah sakit terdekat."
    taken = of_type(nlp, text, "EVACUATE")
    assert len(taken) == 1 and taken[0].who == ["turis"] and taken[0].count == 12


def test_fans_assaulting_the_police_in_a_match_report_is_an_attack(nlp):
    text = "Usai laga di stadion, suporter tim tamu menyerang polisi dengan petasan dan botol di alun-alun kota."
    assault = of_type(nlp, text, "ATTACK")
    assert len(assault) == 1 and "polisi" in assault[0].who


def test_a_noun_of_people_with_the_possessive_suffix_names_them(nlp):
    hurt = of_type(nlp, "Pilotnya terluka tetapi kelima penumpang di dalamnya selamat.", "INJURE")
    assert [e.who for e in hurt] == [["Pilotnya"]]
    dead = of_type(nlp, "Dua anaknya tewas dalam kebakaran rumah di Depok.", "DIE")
    assert len(dead) == 1 and dead[0].count == 2 and dead[0].where == "Depok"
