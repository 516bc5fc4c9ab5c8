"""Entities and cross-article links without wrong merges (issue 17): a province is not its capital city, a
country's acronym that is also an Aceh council follows the article's province, another state's "Kemlu" or "DPR" is
no Indonesian body, names run together in one person's mention are split, ordinary words are no names, and the
linker joins no two entities one article kept apart, nor links through a name that is no key."""



from entity_runs import article_entities as entities
from entity_runs import linked
from telisik.collection.linking import EntityLinker
from telisik.nlp.entities import entity_keys

# -- a province is not its capital


def test_the_special_region_is_not_the_city_of_yogyakarta(nlp):
    ents = entities(nlp, "Hujan lebat diperkirakan turun di Jawa Tengah, DI Yogyakarta, dan Jawa Timur pada sore hari.")
    assert "DI Yogyakarta" in ents and "Yogyakarta" not in ents
    links = linked(
        nlp,
        "Hujan lebat diperkirakan turun di Jawa Tengah, DI Yogyakarta, dan Jawa Timur pada sore hari.",
        "TRIBUNJOGJA.COM, YOGYA - Wisatawan memadati kawasan Malioboro di Jogja selama libur panjang.",
    )
    assert links[(0, "DI Yogyakarta")] != links[(1, "Jogja")]


def test_in_yogyakarta_written_small_is_the_city_not_the_province(nlp):
    ents = entities(nlp, "Warung sate itu kini punya cabang di Yogyakarta dan Solo. Cuaca di DI Yogyakarta cerah sepanjang hari.")
    assert ents["Yogyakarta"] == ("LOC", ["Yogyakarta"])
    assert ents["DI Yogyakarta"] == ("LOC", ["DI Yogyakarta"])
    ents = entities(nlp, "Sidang dewan keamanan PBB digelar di New York pada Senin malam.")
    assert ents["Dewan Keamanan PBB"][0] == "ORG"


# -- DPRK: North Korea, or an Aceh council


def test_dprk_in_an_aceh_report_is_the_regency_council(nlp):
    ents = entities(
        nlp,
        "Ketua DPRK Aceh Besar, Zulfikar, meminta Pemkab segera memperbaiki jalan desa. Menurut Ketua DPRK itu, "
        "warga Aceh Besar sudah lama menunggu.",
    )
    council = [name for name, (kind, mentions) in ents.items() if "DPRK" in mentions]
    assert council == ["DPRK Aceh Besar"]
    assert ents["DPRK Aceh Besar"][0] == "ORG"
    assert "Korea Utara" not in ents


def test_dprk_in_a_korea_report_stays_north_korea(nlp):
    ents = entities(nlp, "Korea Utara kembali meluncurkan rudal balistik. DPRK menyebut uji coba itu untuk pertahanan diri.")
    assert ents["Korea Utara"] == ("LOC", ["Korea Utara", "DPRK"])


def test_a_bare_aceh_council_links_to_no_other_council_nor_to_korea(nlp):
    links = linked(
        nlp,
        "Anggota DPRK menggelar rapat dengar pendapat di Lhokseumawe, Aceh, pada Senin pagi.",
        "Sidang paripurna DPRK membahas anggaran daerah di Langsa, Aceh, pekan ini.",
        "Rudal yang diluncurkan Korea Utara jatuh di laut. DPRK menyebut peluncuran itu latihan rutin.",
    )
    assert links[(0, "DPRK")] != links[(1, "DPRK")]
    assert links[(2, "Korea Utara")] not in {links[(0, "DPRK")], links[(1, "DPRK")]}


def test_dpr_korea_is_north_korea(nlp):
    ents = entities(nlp, "Dalam laga lain, DPR Korea bermain imbang 2-2 dengan Kirgistan di Pyongyang.")
    korea = [(name, kind) for name, (kind, mentions) in ents.items() if "DPR Korea" in mentions]
    assert korea in ([("DPR Korea", "LOC")], [("Korea Utara", "LOC")])
    assert "DPR" not in ents


# -- another state's body


def test_another_states_foreign_ministry_is_not_indonesias(nlp):
    ents = entities(nlp, "Kemlu Israel merilis video para aktivis di atas kapal. Sementara itu Kemlu RI memantau dua WNI di kapal itu.")
    assert ents["Kemlu Israel"] == ("ORG", ["Kemlu"])
    assert "Kemlu RI" in ents
    links = linked(
        nlp,
        "Kemlu Israel merilis video para aktivis di atas kapal bantuan itu.",
        "Kemlu RI memastikan dua WNI di kapal bantuan itu dalam keadaan selamat.",
    )
    assert links[(0, "Kemlu Israel")] != links[(1, "Kemlu RI")]


def test_a_bare_dpr_in_a_report_from_washington_is_the_us_house(nlp):
    text = (
        "WASHINGTON - RUU anggaran yang diajukan Partai Republik di DPR akan menambah utang AS hingga triliunan dolar. "
        "Gedung Putih menyebut AS tetap mampu membayar."
    )
    ents = entities(nlp, text)
    assert ents["DPR AS"] == ("ORG", ["DPR"])
    links = linked(nlp, text, "Anggota DPR RI meminta pemerintah meninjau ulang izin tambang di Raja Ampat.")
    assert links[(0, "DPR AS")] != links[(1, "DPR RI")]


def test_a_bare_dpr_in_an_indonesian_report_stays_indonesias(nlp):
    ents = entities(nlp, "Liputan6.com, Jakarta - Anggota DPR meminta izin tambang di Raja Ampat dicabut demi Indonesia.")
    assert ents["DPR"][0] == "ORG"
    assert "DPR AS" not in ents


# -- words and fragments that are no names


def test_a_reduplicated_ordinary_word_is_no_name(nlp):
    ents = entities(nlp, "BINTAN, TRIBUNBATAM.id - Detik-detik kapal cepat terbalik di dekat Pelabuhan Tanjung Uban terekam kamera warga.")
    assert not any("detik" in name.lower() for name in ents)
    assert ents["Pelabuhan Tanjung Uban"][0] == "LOC"


def test_the_advocates_title_after_degrees_is_no_name(nlp):
    ents = entities(nlp, "Hadir pula Dr. Hendra Wijaya, S.H., M.H., Adv., selaku direktur lembaga riset itu.")
    assert "Hendra Wijaya" in ents
    assert not any(name.lower().startswith("adv") for name in ents)


def test_a_province_short_form_ending_a_persons_name_is_no_province(nlp):
    ents = entities(nlp, "Jemaah berziarah ke makam Wan Abdul Jabar, tokoh yang dihormati warga kampung itu.")
    assert "Jawa Barat" not in ents and "Jabar" not in ents
    ents = entities(nlp, "Kepala Dinas Pendidikan Jabar meninjau sekolah. Gubernur Jabar Dedi Mulyadi ikut hadir.")
    assert ents["Jabar"][0] == "LOC"


def test_a_company_ending_in_a_given_name_keeps_it_from_its_chief(nlp):
    ents = entities(nlp, "CEO Lockheed Martin Jim Taiclet mengatakan produksi jet tempur naik. Taiclet optimistis pesanan bertambah.")
    assert ents["Lockheed Martin"][0] == "ORG"
    assert ents["Jim Taiclet"][0] == "PER"
    assert not any(name.startswith("Martin") for name in ents)


def test_a_village_and_its_head_are_two_names(nlp):
    ents = entities(nlp, "Kepala Desa Sukamaju Ahmad Rifai mengatakan warga sudah dievakuasi. Ahmad menambahkan bantuan tiba sore hari.")
    assert ents["Sukamaju"][0] == "LOC"
    assert ents["Ahmad Rifai"][0] == "PER"
    ents = entities(nlp, "Kepala Desa Budi Santoso Wijaya hadir dalam rapat itu.")
    assert ents["Budi Santoso Wijaya"][0] == "PER"


def test_a_village_heads_name_is_not_split_on_a_first_word_the_name_list_lacks(nlp):
    ents = entities(nlp, "Kades Wahyudi Agus Santoso mengatakan jembatan itu rusak sejak pekan lalu.")
    assert ents["Wahyudi Agus Santoso"][0] == "PER"
    assert "Agus Santoso" not in ents


def test_an_indonesian_body_stays_indonesias_in_a_report_naming_countries_abroad(nlp):
    ents = entities(nlp, "JAKARTA, KOMPAS.com - BPS mencatat ekspor ke China naik. Anggota DPR menyoroti konflik Israel dan Iran.")
    assert "BPS" in ents and "BPS China" not in ents
    assert "DPR" in ents and not any(name.startswith("DPR ") for name in ents)


# -- names run together in one mention


def test_a_related_headline_running_two_people_together_is_split(nlp):
    ents = entities(
        nlp,
        "Selain Ridwan Kamil, Lisa Mariana mengaku pernah dekat dengan pejabat lain. Baca juga: Lisa Mariana Tuntut "
        "Ridwan Kamil Biayai Anak. Lisa mengaku kerap diberi uang.",
    )
    assert ents["Ridwan Kamil"][0] == "PER"
    assert ents["Lisa Mariana"][0] == "PER"
    assert "Ridwan Kamil" not in ents["Lisa Mariana"][1]
    assert not any("Tuntut" in name for name in ents)


def test_a_stadiums_namesake_and_its_city_are_split(nlp):
    ents = entities(
        nlp,
        "TRIBUNPADANG.COM, PADANG - Stadion GOR Haji Agus Salim akan direnovasi tahun ini. Renovasi GOR Haji Agus "
        "Salim Padang dimulai Juli.",
    )
    person = [name for name, (kind, _) in ents.items() if kind == "PER"]
    assert all("Padang" not in name for name in person)
    assert any(kind == "LOC" and "PADANG" in mentions for kind, mentions in ents.values())


def test_ordinary_words_wrapping_a_name_are_cut_off(nlp):
    ents = entities(
        nlp,
        "Kabar soal kedekatan Ria Ricis dengan pemain saksofon itu ramai. Baca juga: Ria Ricis Buka Suara Soal "
        "Kedekatan dengan Evan.",
    )
    assert ents["Ria Ricis"] == ("PER", ["Ria Ricis", "Ria Ricis"])
    assert not any("Suara" in name for name in ents)
    assert ents["Evan"][0] == "PER"


def test_a_given_name_and_surname_written_alone_keep_the_full_name(nlp):
    ents = entities(nlp, "Lionel Andres Messi mencetak dua gol. Lionel tersenyum, dan Messi merayakan gol bersama rekannya.")
    assert ents["Lionel Andres Messi"][0] == "PER"


# -- the linker


def _ent(name: str, kind: str, *mentions: str, local: str = "e1") -> dict:
    return {"id": local, "name": name, "type": kind, "mentions": [{"text": m} for m in (mentions or (name,))]}


def test_a_name_that_is_no_key_links_nothing_through_the_name():
    linker = EntityLinker()
    first = linker.add("a", [_ent("Man", "PER")])
    second = linker.add("b", [_ent("MAN", "PER")])
    assert linker.keys(_ent("MAN", "PER")) == set()
    assert first["e1"] != second["e1"]


def test_an_article_entity_joins_no_entity_holding_another_of_its_article():
    linker = EntityLinker()
    # one article runs the rider and his team together: the team's name becomes a key of the rider's entity
    linker.add("a", [_ent("Alex Marquez", "PER", "Alex Marquez", "Gresini Ducati")])
    # another article keeps them apart: the team joins nothing the rider of its own article joined
    ids = linker.add("b", [_ent("Alex Marquez", "PER", local="e1"), _ent("Gresini Ducati", "PER", local="e2")])
    assert ids["e1"] != ids["e2"]


def test_the_red_and_white_squad_links_no_two_teams():
    keys = entity_keys(_ent("Skuad Merah Putih", "ORG"), across=True)
    assert not any("merah" in k for k in keys)


def test_a_ministry_named_by_its_portfolio_alone_links_no_two_states():
    assert entity_keys(_ent("Kementerian Luar Negeri", "ORG"), across=True) == set()
    assert "kb:Kementerian Luar Negeri Republik Indonesia" in entity_keys(_ent("Kemlu RI", "ORG"), across=True)
