"""Two things of one kind told with the same words: two volcanoes, two national teams, one team's two matches.

One outlet reports each volcano's eruptions in one template ("Gunung ... Erupsi, Tinggi Letusan Capai ...") over a
week: Semeru's and Raung's are two stories, while Semeru's eruption of the next day follows its first. A qualifying
round's pieces share the competition's words: another national team's elimination is not Indonesia's heavy loss, and
the match Indonesia just won ("Usai Kalahkan China") is not the next one it prepares for ("Jelang Lawan Jepang"). The
articles are short Indonesian texts written for these tests.
"""

from __future__ import annotations

from telisik.stories.cluster import ClusterConfig, ClusterInput, cluster_articles, headline_key
from telisik.stories.event_names import country_keys
from telisik.stories.kinds import headline_landforms, headline_pairing

# ---------------------------------------------------------------- a landform's name in a headline


def test_a_landform_is_read_by_its_word_and_the_name_after_it():
    assert headline_landforms("Gunung Semeru Erupsi Empat Kali, Tinggi Letusan Capai 1 Kilometer") == {"gunung semeru"}
    # the longer form is read first, and a short form is written as a body writes it
    assert headline_landforms("Gunung Api Raung Kembali Erupsi") == {"gunung raung"}
    assert headline_landforms("Status Gn. Merapi Masih Siaga") == {"gunung merapi"}
    assert headline_landforms("Wisatawan Tenggelam di Pantai Parangtritis") == {"pantai parangtritis"}


def test_a_landform_word_without_a_name_is_no_place():
    assert headline_landforms("Tips Aman Naik Gunung bersama Anak") == frozenset()
    assert headline_landforms("Banjir Bandang Terjang Desa, Sungai meluap") == frozenset()


ERUPTION = (
    "Gunung {name} yang berada di perbatasan Kabupaten {regency} kembali erupsi pada {day} pagi. Tinggi letusan abu "
    "vulkanik mencapai {height} meter di atas puncak. Menurut petugas Pos Pengamatan Gunung Api {name}, kolom abu teramati "
    "berwarna kelabu dengan intensitas tebal condong ke arah barat daya. Erupsi terekam di seismogram dengan amplitudo "
    "maksimum 22 milimeter. Status gunung masih Level II atau Waspada, dan warga diimbau tidak beraktivitas di radius "
    "tiga kilometer dari kawah."
)


def eruption(id_: str, name: str, regency: str, day: str, height: str, published: str) -> dict:
    return {
        "id": id_,
        "outlet": "Kabar Jatim",
        "title": f"Gunung {name} Erupsi Lagi, Tinggi Letusan Capai {height} Meter",
        "body": ERUPTION.format(name=name, regency=regency, day=day, height=height),
        "published": published,
        "entities": [{"name": f"Gunung {name}", "type": "LOC", "mentions": 3}, {"name": regency, "type": "LOC", "mentions": 1}],
    }


def test_two_volcanoes_eruptions_told_in_one_template_are_two_stories():
    a = eruption("a", "Semeru", "Lumajang", "Selasa", "1.000", "2025-06-03T08:00:00+07:00")
    b = eruption("b", "Semeru", "Lumajang", "Rabu", "800", "2025-06-04T08:00:00+07:00")
    c = eruption("c", "Raung", "Banyuwangi", "Kamis", "600", "2025-06-05T08:00:00+07:00")
    d = eruption("d", "Raung", "Banyuwangi", "Sabtu", "400", "2025-06-07T08:00:00+07:00")
    found = cluster_articles([a, b, c, d])
    assert found["a"] == found["b"]
    assert found["c"] == found["d"]
    assert found["a"] != found["c"]
    # (without the places tests, the template's words make the four one story: one outlet's template of two volcanoes
    # is parted by ``part_outlet_places`` too)
    joined = cluster_articles([a, b, c, d], ClusterConfig(part_places=False, part_outlet_places=False))
    assert joined["a"] == joined["c"]
    parted = cluster_articles([a, b, c, d], ClusterConfig(part_places=False))
    assert parted["a"] != parted["c"]


def test_the_landform_is_where_the_happening_is():
    read = ClusterInput.of(eruption("a", "Semeru", "Lumajang", "Selasa", "1.000", "2025-06-03T08:00:00+07:00"))
    assert "gunung semeru" in read.localities and read.happenings == {"eruption"}


# ---------------------------------------------------------------- a national team and the nation it plays


def pairing(title: str) -> tuple[frozenset[str], bool]:
    return headline_pairing(headline_key(title), "timnas", country_keys())


def test_a_result_and_a_fixture_are_read_after_their_cues():
    assert pairing("Janji Gelandang Timnas Indonesia Usai Kalahkan China di Kualifikasi") == ({"timnas indonesia", "china"}, True)
    assert pairing("Kapten Bicara Kondisi Timnas Indonesia Jelang Lawan Jepang") == ({"timnas indonesia", "jepang"}, False)
    # a two-word nation is read whole
    assert pairing("Timnas Indonesia Hadapi Arab Saudi di Babak Keempat") == ({"timnas indonesia", "arab saudi"}, False)


def test_no_pairing_without_a_team_a_nation_after_a_cue_or_with_two_nations():
    assert pairing("Timnas Indonesia Berjuang Jadi Tuan Rumah Babak Keempat") == (frozenset(), False)
    assert pairing("Pelatih Kagumi Lawan Tangguh di Grup C") == (frozenset(), False)
    assert pairing("Timnas Indonesia Usai Kalahkan China, Kini Lawan Jepang") == (frozenset(), False)


# each piece told in its own words (one template's copies would be near-duplicates, joined as copies)
WON = (
    "Gelandang Timnas Indonesia berjanji tampil lebih baik di babak keempat Kualifikasi Piala Dunia 2026 usai Skuad "
    "Garuda mengalahkan China 1-0 di Stadion Utama Gelora Bung Karno. Gol tunggal lahir dari titik penalti pada babak "
    "pertama. Ia menyebut kemenangan atas China itu milik suporter yang memadati tribun sejak sore."
)
PRAISE = (
    "Nama gelandang itu ramai dicari setelah tampil menonjol saat Timnas Indonesia menang tipis atas China di "
    "Kualifikasi Piala Dunia 2026. Pelatih Patrick Kluivert memujinya karena rajin menutup ruang di lini tengah. Ia lulus "
    "dari sekolah sepak bola di Papua sebelum bermain di Liga 1."
)
PREVIEW = (
    "Kapten Timnas Indonesia memastikan seluruh pemain dalam kondisi baik jelang laga melawan Jepang di Osaka, partai "
    "pamungkas babak ketiga Kualifikasi Piala Dunia 2026. Skuad Garuda berangkat ke Jepang dengan persiapan yang mepet. "
    "Menurut dia, Patrick Kluivert sudah menyiapkan strategi untuk meredam serangan tuan rumah."
)


def football(id_: str, outlet: str, title: str, body: str, published: str, names: tuple[str, ...]) -> dict:
    entities = [{"name": "Timnas Indonesia", "type": "ORG", "mentions": 3}, {"name": "Patrick Kluivert", "type": "PER", "mentions": 1}]
    entities += [{"name": name, "type": "LOC", "mentions": 2} for name in names]
    return {"id": id_, "outlet": outlet, "title": title, "body": body, "published": published, "entities": entities}


def test_the_match_just_won_and_the_next_ones_preview_are_two_stories():
    won = football(
        "won",
        "Warta Bola",
        "Janji Gelandang Timnas Indonesia Usai Kalahkan China di Kualifikasi Piala Dunia 2026",
        WON,
        "2025-06-06T00:05:00+07:00",
        ("China",),
    )
    praise = football(
        "praise",
        "Sport Harian",
        "Gelandang Timnas Indonesia Bersinar Lawan China, Ini Riwayatnya",
        PRAISE,
        "2025-06-06T08:00:00+07:00",
        ("China",),
    )
    preview = football(
        "preview",
        "Warta Bola",
        "Kapten Bicara soal Kondisi Timnas Indonesia Jelang Lawan Jepang",
        PREVIEW,
        "2025-06-06T09:00:00+07:00",
        ("China", "Jepang"),
    )
    found = cluster_articles([won, praise, preview])
    assert found["won"] == found["praise"]
    assert found["preview"] != found["won"]
    # (without the results test, the round's words make the three one story)
    joined = cluster_articles([won, praise, preview], ClusterConfig(part_results=False))
    assert joined["preview"] == joined["won"]


def test_another_national_teams_elimination_does_not_join_the_teams_loss():
    loss = (
        "Timnas Indonesia kalah telak 0-6 dari Jepang di Osaka pada laga terakhir babak ketiga Kualifikasi Piala Dunia "
        "2026. Pelatih Patrick Kluivert mengakui Jepang bermain di level yang berbeda. "
    )
    a = football(
        "a",
        "Warta Bola",
        "Timnas Indonesia Dicukur Jepang, Kluivert Akui Kalah Kelas",
        loss + "Ia tetap bangga pada perjuangan pemainnya.",
        "2025-06-11T00:05:00+07:00",
        ("Jepang",),
    )
    b = football(
        "b",
        "Sport Harian",
        "Cedera Dua Bek Timnas Indonesia Usai Dihajar Jepang",
        loss + "Dua bek ditarik keluar karena cedera di babak pertama.",
        "2025-06-11T03:00:00+07:00",
        ("Jepang",),
    )
    c = football(
        "c",
        "Warta Bola",
        "Timnas Indonesia Babak Belur, Kluivert Evaluasi Lini Belakang",
        loss + "Lini belakang akan dievaluasi sebelum babak keempat.",
        "2025-06-11T04:00:00+07:00",
        ("Jepang",),
    )
    tragic = (
        "Timnas Palestina gagal melaju ke babak keempat Kualifikasi Piala Dunia 2026 setelah ditahan Oman pada menit "
        "terakhir. Gol penyeimbang lahir di masa tambahan waktu. Pada malam yang sama Indonesia kalah dari Jepang dan tetap lolos."
    )
    other = football(
        "other",
        "Sport Harian",
        "Kisah Tragis Timnas Palestina, Mimpi ke Piala Dunia 2026 Kandas di Menit Terakhir",
        tragic,
        "2025-06-11T05:00:00+07:00",
        ("Palestina", "Oman"),
    )
    other["entities"].append({"name": "Timnas Palestina", "type": "ORG", "mentions": 2})
    found = cluster_articles([a, b, c, other])
    assert found["a"] == found["b"] == found["c"]
    assert found["other"] != found["a"]


def test_pieces_of_the_competitions_round_do_not_join_the_teams_match():
    loss = (
        "Timnas Indonesia kalah telak 0-6 dari Jepang di Osaka pada laga terakhir babak ketiga Kualifikasi Piala Dunia "
        "2026. Pelatih Patrick Kluivert mengakui Jepang bermain di level yang berbeda. "
    )
    a = football(
        "a",
        "Warta Bola",
        "Timnas Indonesia Dicukur Jepang, Kluivert: Jepang Level Piala Dunia",
        loss + "Ia tetap bangga.",
        "2025-06-11T00:05:00+07:00",
        ("Jepang",),
    )
    b = football(
        "b",
        "Sport Harian",
        "Cedera Dua Bek Timnas Indonesia Usai Dihajar Jepang di Kualifikasi Piala Dunia 2026",
        loss + "Dua bek ditarik keluar.",
        "2025-06-11T03:00:00+07:00",
        ("Jepang",),
    )
    qualified = (
        "Enam tim Asia memastikan tiket ke putaran final Piala Dunia 2026 setelah laga terakhir babak ketiga Kualifikasi "
        "Piala Dunia 2026 zona Asia. Jepang, Iran, Uzbekistan, Korea Selatan, Yordania dan Australia lolos langsung. "
        "Timnas Indonesia kalah telak dari Jepang, tetapi tetap melaju ke babak keempat. Pelatih Patrick Kluivert "
        "menyebut timnya akan bersiap untuk babak keempat."
    )
    round_piece = football(
        "round", "Sport Harian", "Ini 6 Tim Asia yang Lolos Piala Dunia 2026", qualified, "2025-06-11T07:00:00+07:00", ("Jepang", "Iran")
    )
    found = cluster_articles([a, b, round_piece])
    assert found["a"] == found["b"]
    assert found["round"] != found["a"]
