"""Story joins that would put a broad topic's several happenings in one story.

A day brings many pieces on one topic (school admissions, a matchday, the hajj) or from one speaker (the palace);
they share the topic's words but report different things: another province's admissions, a round's results
rather than one match, another matter the palace spoke of. The articles are short Indonesian texts written for
these tests.
"""

from __future__ import annotations

from telisik.stories.cluster import ClusterConfig, ClusterInput, StoryClusterer, _whole_regions, cluster_articles
from telisik.stories.kinds import headline_regions
from telisik.stories.match_facts import headline_draw, headline_roundup

# ---------------------------------------------------------------- places below a nation in a headline


def test_a_province_is_read_by_its_name_and_its_short_form():
    assert headline_regions("Link Pendaftaran SPMB Jabar 2025 Tahap 1 Dibuka Hari Ini") == {"jawa barat"}
    assert headline_regions("Jadwal Pendaftaran SPMB Jawa Barat 2025 untuk SMA dan SMK") == {"jawa barat"}
    assert headline_regions("DPRD Jatim Soroti Antrean PIN SPMB SMA") == {"jawa timur"}


def test_a_nation_is_no_region():
    assert headline_regions("Jepang vs Indonesia: Garuda Kalah 0-6") == frozenset()
    assert headline_regions("Harga Emas Hari Ini Naik Tipis") == frozenset()


def test_a_headline_in_capitals_still_names_its_city():
    assert headline_regions("BREAKING NEWS: BANJIR RENDAM SEMARANG") == {"semarang"}


def test_a_region_that_only_begins_a_longer_place_is_not_that_region():
    # "Labuan" (a Malaysian island in the gazetteer) begins "Labuan Bajo", a town of Flores
    assert _whole_regions(frozenset({"labuan", "bali"}), {"labuan bajo", "provinsi bali"}) == {"bali"}
    record = {
        "id": "x",
        "title": "Penumpang Batik Air dari Labuan Bajo Bisa Refund Tiket",
        "body": "Penumpang yang penerbangannya dibatalkan bisa meminta pengembalian dana.",
        "entities": [{"name": "Labuan Bajo", "type": "LOC", "mentions": 2}],
    }
    assert ClusterInput.of(record).regions == frozenset()


# ---------------------------------------------------------------- a round's roundup


def test_a_list_of_a_rounds_teams_is_a_roundup():
    assert headline_roundup("Daftar Hasil Kualifikasi Eropa: Skor Italia - Kroasia - Belgia - Norwegia Babak Pertama")
    assert headline_roundup("Jadwal Bola Malam Ini: Jepang vs Indonesia, Arab Saudi vs Australia")
    assert headline_roundup("Jadwal Siaran Langsung Kualifikasi Piala Dunia Zona Eropa, Ada Italia hingga Belanda")


def test_one_match_is_no_roundup():
    assert not headline_roundup("Timnas Italia Menang 2-0 atas Moldova di Laga Perpisahan Spalletti")
    assert not headline_roundup("Jepang vs Indonesia: Skor Akhir 6-0")
    # countries without a sport cue: news of a summit, not a round
    assert not headline_roundup("Italia, Prancis dan Jerman Sepakat Soal Tarif Baja")


def test_the_next_stages_draw_is_a_roundup():
    assert headline_roundup("Jadwal Drawing Putaran 4 Kualifikasi Piala Dunia 2026: Siapa Lawan Timnas Indonesia?")
    assert headline_roundup("Calon Lawan Timnas Indonesia di Round 4 Kualifikasi Piala Dunia, Garuda Jumpa Tim Kuat")
    # the match just played, though its headline looks ahead to the next round
    assert not headline_roundup("Hasil Kualifikasi Piala Dunia 2026: Jepang Vs Indonesia 6-0, Garuda Tetap ke Ronde 4")
    # a draw is told apart from a matchday's roundup: the two are different stories
    assert headline_draw("Drawing Putaran Keempat Kualifikasi Piala Dunia 2026: Timnas Indonesia di Pot 3")
    assert not headline_draw("Jadwal Bola Hari Ini: Jepang vs Indonesia, Arab Saudi vs Australia")
    # "undian" outside sport is no draw of a round (a headline with no sport cue; a roundup only parts it from matches)
    assert not headline_roundup("Undian Berhadiah Mobil Digelar Bank Daerah Bulan Ini")


def test_a_roundup_names_no_one_match():
    record = {"id": "r", "title": "Jadwal Bola Malam Ini: Jepang vs Indonesia, Arab Saudi vs Australia", "body": ""}
    read = ClusterInput.of(record)
    assert read.roundup and read.match == frozenset() and read.result == frozenset()


MATCH = (
    "Timnas Italia mengalahkan Moldova 2-0 pada laga kualifikasi Piala Dunia 2026 zona Eropa di Reggio Emilia. "
    "Laga itu menjadi pertandingan terakhir Luciano Spalletti sebagai pelatih Gli Azzurri. "
    "Gol Italia dicetak Giacomo Raspadori dan Andrea Cambiaso di babak kedua. "
    "Kemenangan ini belum mengangkat Italia dari posisi ketiga klasemen Grup I kualifikasi."
)
ROUNDUP = (
    "Hasil kualifikasi Piala Dunia 2026 zona Eropa tadi malam: Italia mengalahkan Moldova 2-0 di Reggio Emilia. "
    "Kroasia menang besar atas Ceko, Belgia menundukkan Wales, dan Norwegia diselamatkan gol Haaland. "
    "Klasemen Grup I kualifikasi masih dipimpin Norwegia, sementara Italia di posisi ketiga. "
    "Laga kualifikasi berikutnya digelar September."
)


def sport(id_: str, outlet: str, title: str, body: str) -> dict:
    names = ["Italia", "Moldova", "Kroasia", "Belgia", "Norwegia"] if id_ == "r" else ["Italia", "Moldova", "Luciano Spalletti"]
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": "2025-06-10T09:00:00+07:00",
        "entities": [{"name": n, "type": "LOC" if n != "Luciano Spalletti" else "PER", "mentions": 2} for n in names],
    }


def test_a_rounds_results_are_not_one_matchs_story():
    a = sport("a", "Kabar Bola", "Italia vs Moldova: Gli Azzurri Menang 2-0 di Laga Perpisahan Spalletti", MATCH)
    b = sport("b", "Warta Olahraga", "Hasil Italia vs Moldova 2-0, Kemenangan Terakhir Spalletti", MATCH)
    r = sport("r", "Tribun Bola", "Hasil Kualifikasi Piala Dunia: Skor Italia - Kroasia - Belgia - Norwegia", ROUNDUP)
    joined = cluster_articles([a, b, r], ClusterConfig(part_roundups=False))
    assert joined["r"] == joined["a"] == joined["b"]
    parted = cluster_articles([a, b, r])
    assert parted["a"] == parted["b"]
    assert parted["r"] != parted["a"]


# ---------------------------------------------------------------- another province's like happening

SPMB_BODY = (
    "Pendaftaran Sistem Penerimaan Murid Baru (SPMB) jenjang SMA dan SMK tahap pertama dibuka hari ini. "
    "Calon siswa mendaftar secara daring melalui laman resmi dinas pendidikan provinsi dengan memilih jalur domisili, "
    "afirmasi, mutasi, atau prestasi. Orang tua diminta menyiapkan kartu keluarga, akta kelahiran, dan rapor. "
    "Kuota jalur domisili ditetapkan paling sedikit separuh daya tampung sekolah. "
)
SPMB_EAST = (
    "Pengambilan PIN untuk SPMB di Jawa Timur memicu antrean panjang di kantor cabang dinas. "
    "Warga mengeluh harus datang sejak subuh dan menunggu berjam-jam di halaman gedung. "
    "Wakil rakyat meminta loket ditambah dan jam layanan diperpanjang hingga sore hari."
)


def admissions(id_: str, outlet: str, title: str, body: str, place: str, named: int = 3) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": "2025-06-10T08:00:00+07:00",
        "entities": [{"name": "SPMB", "type": "ORG", "mentions": named}, {"name": place, "type": "LOC", "mentions": 2}],
    }


WEST = [
    admissions(
        "w1", "Tribun Priangan", "Cara Daftar SPMB Jabar 2025 Tahap 1 untuk SMA dan SMK", SPMB_BODY + "Di Jawa Barat, ", "Jawa Barat"
    ),
    admissions("w2", "Kabar Bandung", "Jadwal Pendaftaran SPMB Jawa Barat 2025 Tahap 1 untuk SMA dan SMK", SPMB_BODY, "Jawa Barat"),
]
EAST = admissions("e", "Surya Timur", "DPRD Jatim Soroti Antrean Pendaftaran SPMB", SPMB_EAST, "Jawa Timur", named=1)


def test_another_provinces_admissions_are_another_story():
    clusterer = StoryClusterer()
    for record in WEST:
        clusterer.add(record)
    west = clusterer.stories[clusterer.story_of["w1"]]
    assert clusterer.story_of["w2"] == west.id  # "Jabar" and "Jawa Barat" are one province
    assert west.home_regions == {"jawa barat"}
    east = ClusterInput.of(EAST)
    assert east.regions == {"jawa timur"}
    assert clusterer.stories[clusterer.add(EAST)].id != west.id
    # the same three with no region test: the topic's words make one story of two provinces' admissions
    loose = cluster_articles([*WEST, EAST], ClusterConfig(other_region_threshold=None))
    assert loose["e"] == loose["w1"]


def test_the_region_test_raises_the_bar_only_for_another_place():
    clusterer = StoryClusterer()
    for record in WEST:
        clusterer.add(record)
    west = clusterer.stories[clusterer.story_of["w1"]]
    assert ClusterConfig().other_region_threshold is not None
    no_place = ClusterInput.of(admissions("n", "Koran Pagi", "Cara Daftar SPMB SMA 2025", SPMB_BODY, "Sekolah"))
    assert no_place.regions == frozenset()
    # a headline with no region of its own, or the story's own region, is not held to the higher bar
    from telisik.stories.cluster import _elsewhere

    assert not _elsewhere(no_place.regions, west)
    assert not _elsewhere(frozenset({"jawa barat"}), west)
    assert _elsewhere(frozenset({"jawa timur"}), west)


# ---------------------------------------------------------------- one word of a topic or a speaker in common

PALACE_GIFT = (
    "Menteri Sekretaris Negara Prasetyo Hadi menegaskan jam tangan yang dibagikan kepada para pemain timnas "
    "dibeli Presiden Prabowo dengan uang pribadi. Hadiah itu diberikan usai kemenangan atas China di Jakarta. "
    "Istana menyatakan tidak ada anggaran negara yang dipakai untuk membeli jam tangan tersebut."
)
PALACE_CARS = (
    "Pihak Istana menjelaskan anggaran mobil dinas pejabat eselon satu yang mendekati satu miliar rupiah per unit. "
    "Angka itu disebut standar biaya masukan yang ditetapkan Kementerian Keuangan untuk kendaraan operasional. "
    "Pengadaan kendaraan dilakukan bertahap sesuai aturan dan tidak berlebihan, kata Prasetyo."
)


GIFT_NAMES = ("Prasetyo Hadi", "Istana", "Prabowo")
CAR_NAMES = ("Istana", "Prasetyo", "Prabowo", "Kementerian Keuangan")


def palace(id_: str, outlet: str, title: str, body: str, names: tuple[str, ...]) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": "2025-06-10T13:00:00+07:00",
        "entities": [
            {"name": name, "type": "ORG" if name in ("Istana", "Kementerian Keuangan") else "PER", "mentions": 2} for name in names
        ],
    }


def test_a_headline_sharing_only_the_speaker_needs_a_closer_body():
    gift = palace("g", "Warta Istana", "Istana Pastikan Hadiah Jam Tangan Timnas Pakai Uang Pribadi Prabowo", PALACE_GIFT, GIFT_NAMES)
    cars = palace("c", "Kabar Negeri", "Anggaran Mobil Dinas Eselon I Nyaris Rp1 Miliar, Istana: Itu Standar", PALACE_CARS, CAR_NAMES)
    clusterer = StoryClusterer()
    clusterer.add(gift)
    story = clusterer.stories[clusterer.story_of["g"]]
    assert clusterer.add(cars) != story.id
    # the same pair with no such test: the speaker and his words make one story of two matters
    loose = cluster_articles([gift, cars], ClusterConfig(lone_headline_term_threshold=None))
    assert loose["g"] == loose["c"]


def test_a_region_the_headline_names_whole_is_kept():
    assert _whole_regions(frozenset({"semarang"}), {"semarang"}) == {"semarang"}


def test_a_local_story_and_a_placeless_one_are_told_apart_for_merges():
    from collections import Counter

    from telisik.stories.cluster import Story, _local_and_placeless, _regions_apart

    # a company's drive in one city (most headlines name it) and its drive nationwide (no headline names a place)
    city = Story("a", members=["a1", "a2"], regions=Counter({"semarang": 2}))
    nationwide = Story("b", members=["b1", "b2"])
    assert _local_and_placeless(city, nationwide)
    assert not _local_and_placeless(nationwide, city)
    # two provinces' admissions; one province's told twice
    other = Story("c", members=["c1"], regions=Counter({"jawa timur": 1}))
    assert _regions_apart(city, other)
    assert not _regions_apart(city, Story("d", members=["d1", "d2", "d3"], regions=Counter({"semarang": 1})))


def test_the_name_a_story_is_told_by_is_no_topic_word():
    # a story several outlets tell by "iOS 26": a headline sharing only "ios" with it is still its own
    ios = [
        {
            "id": f"i{n}",
            "outlet": outlet,
            "title": title,
            "body": "Apple memperkenalkan iOS 26 di WWDC25 dengan desain Liquid Glass untuk iPhone. " * 2,
            "published": "2025-06-10T15:00:00+07:00",
            "entities": [{"name": "iOS 26", "type": "ORG", "mentions": 3}, {"name": "Apple", "type": "ORG", "mentions": 2}],
        }
        for n, (outlet, title) in enumerate(
            [
                ("Tekno Satu", "Apple Resmi Umumkan iOS 26 di WWDC25"),
                ("Gawai Kita", "iOS 26 Resmi Dirilis dengan Desain Liquid Glass"),
                ("Tekno Satu", "Daftar iPhone yang Kebagian Update iOS 26"),
                ("Gawai Kita", "Fitur Liquid Glass pada iOS 26 Bikin Aplikasi Transparan"),
            ]
        )
    ]
    clusterer = StoryClusterer()
    for record in ios:
        clusterer.add(record)
    story = clusterer.stories[clusterer.story_of["i0"]]
    assert len(story.members) == 4 and "ios 26" in story.anchors
    # its own name shared: no topic word; another word one of its headlines gives ("Apple"), alone: a topic word
    assert not clusterer._topic_term_only({"t:ios": 1.0, "t:kecanggihannya": 1.0}, story)
    assert clusterer._topic_term_only({"t:apple": 1.0, "t:saham": 1.0}, story)
