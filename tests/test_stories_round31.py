"""Round 31 of the stories (issue 17): one outlet alone telling one happening in several pieces.

An outlet covering a far-off crash alone writes the crash, the cause suspected, the family it killed: pieces alike in
little but the one place their headlines name. Its beat's pieces (a rider's weekend, his training) share names too,
so one outlet's pieces are joined only when vouched for (``test_cluster_held_names``). A kind of happening both
headlines name (an accident, a killing: ``kinds.headline_happenings``) and one name of their own now vouch, as two
names do elsewhere (``own_outlet_kind_similarity``); a helicopter's fall is an accident as a plane's is. The articles
are short Indonesian texts written for these tests.
"""

from __future__ import annotations

from functools import partial

import cluster_pieces
from telisik.stories.cluster import ClusterConfig, cluster_articles
from telisik.stories.kinds import headline_happenings
from telisik.stories.kinds import headline_tallies_places as tallies

CRASH_NAMES = [("Lembah Kerinci Raya", "LOC"), ("Basarnas", "ORG")]
CRASH = (
    "Sebuah helikopter wisata jatuh di Lembah Kerinci Raya pada Minggu pagi, menewaskan enam penumpang dan pilotnya. "
    "Helikopter itu lepas landas dari landasan darurat dan hilang kontak sepuluh menit kemudian. "
    "Tim Basarnas menemukan puing-puing di lereng yang curam setelah pencarian selama empat jam."
)
FAMILY = (
    "Duka menyelimuti sebuah keluarga asal Kudus yang kehilangan empat anggotanya di Lembah Kerinci Raya. "
    "Mereka sedang berlibur merayakan ulang tahun pernikahan sang kakek ketika musibah itu terjadi. "
    "Kerabat korban berkumpul di rumah duka sambil menunggu kepastian pemulangan jenazah."
)
CAUSE = (
    "Penyebab jatuhnya helikopter di Lembah Kerinci Raya masih diselidiki oleh otoritas penerbangan. "
    "Dugaan awal menyebut kabut tebal menutupi jalur terbang ketika pilot mencoba berputar arah. "
    "Operator helikopter itu kini dilarang terbang sampai penyelidikan selesai."
)
RIDER_NAMES = [("Rafael Okta", "PER"), ("Sirkuit Mandalika", "LOC")]
RIDER_TEST = (
    "Pembalap Rafael Okta menjajal motor barunya dalam sesi uji coba di Sirkuit Mandalika. "
    "Ia mencatat waktu tercepat ketiga dan mengaku masih menyesuaikan diri dengan ban baru. "
    "Timnya akan menganalisis data untuk memperbaiki pengaturan mesin."
)
RIDER_FAN = (
    "Ratusan penggemar memadati area paddock untuk berfoto bersama Rafael Okta. "
    "Sang pembalap menyempatkan diri membagikan tanda tangan dan topi kepada anak-anak. "
    "Ia berharap dukungan itu berlanjut hingga seri terakhir musim ini."
)


# this file's pieces are one outlet's of 22 June
piece = partial(cluster_pieces.piece, outlet="Kabar Harian", day="2025-06-22")


CRASH_PIECE = piece("c", "Helikopter Jatuh di Lembah Kerinci Raya, 7 Orang Tewas", CRASH, CRASH_NAMES, hour=9)
FAMILY_PIECE = piece("f", "Kesedihan Keluarga Korban Kecelakaan Helikopter Lembah Kerinci Raya", FAMILY, CRASH_NAMES, hour=12)
NO_KIND_VOUCH = ClusterConfig(own_outlet_kind_similarity=None)


def test_a_helicopters_fall_is_an_accident_as_a_planes_is():
    assert headline_happenings("Helikopter Jatuh di Lembah Kerinci Raya, Diduga Akibat Kabut Tebal") == {"accident"}
    assert "accident" in headline_happenings("Heli Jatuh di Perbukitan, Dua Awak Selamat")
    # a fall that is no aircraft's (a price, a rider) is no accident of this list
    assert headline_happenings("Harga Cabai Jatuh di Pasar Induk") == frozenset()


def test_one_outlets_crash_and_its_victims_family_are_one_story():
    # the family piece shares the crash's place and its kind of happening, little else: without the kind's vouch the
    # beat guard holds it apart
    apart = cluster_articles([CRASH_PIECE, FAMILY_PIECE], NO_KIND_VOUCH)
    assert apart["c"] != apart["f"]
    stories = cluster_articles([CRASH_PIECE, FAMILY_PIECE])
    assert stories["c"] == stories["f"]


def test_the_cause_told_as_weather_stays_with_the_crash():
    cause = piece("w", "Helikopter Jatuh di Lembah Kerinci Raya, Diduga Akibat Cuaca Buruk", CAUSE, CRASH_NAMES, hour=11)
    stories = cluster_articles([CRASH_PIECE, cause, FAMILY_PIECE])
    assert stories["c"] == stories["w"] == stories["f"]


def test_a_beats_pieces_naming_no_kind_of_happening_stay_apart():
    # a rider's test and his fans share his name, as the crash pieces share their place, but their headlines name no
    # kind of happening: one name does not vouch for one happening
    # (their headlines share "motor baru" beyond his name, so only the vouch tells them apart)
    test = piece("t", "Rafael Okta Jajal Motor Baru, Catat Waktu Tercepat Ketiga", RIDER_TEST, RIDER_NAMES, hour=9)
    fans = piece("p", "Rafael Okta Pamerkan Motor Baru kepada Ratusan Penggemar", RIDER_FAN, RIDER_NAMES[:1], hour=12)
    stories = cluster_articles([test, fans])
    assert stories["t"] != stories["p"]


def test_two_kinds_of_happening_in_one_place_stay_apart():
    # one outlet's fire and its crash in the same valley name two kinds: no vouch, and the kind guard parts them
    fire = piece(
        "b",
        "Kebakaran Hutan di Lembah Kerinci Raya Meluas",
        "Kebakaran hutan di Lembah Kerinci Raya meluas hingga dua ratus hektare. Petugas pemadam kewalahan karena angin "
        "kencang, dan warga di tepi hutan diminta bersiaga untuk mengungsi.",
        CRASH_NAMES,
        hour=12,
    )
    stories = cluster_articles([CRASH_PIECE, fire])
    assert stories["c"] != stories["b"]


# A roundup across places ("14 Provinsi Gelar Pemutihan ...") beside one place's happening (Jakarta's amnesty): the
# roundup counts places in its headline and names none of them (``kinds.headline_tallies_places``, ``part_tallies``).
AMNESTY = (
    "Badan Pendapatan Daerah DKI Jakarta kembali menggelar pemutihan denda pajak kendaraan bermotor mulai pekan ini. "
    "Wajib pajak cukup membawa KTP dan STNK asli ke kantor Samsat terdekat untuk menikmati penghapusan denda. "
    "Program pemutihan pajak kendaraan itu berlaku hingga akhir Agustus 2025."
)
AMNESTY_PLACES = (
    "Bapenda DKI Jakarta menyebut pemutihan denda pajak kendaraan bisa diurus di seluruh kantor Samsat wilayah. "
    "Namun gerai Samsat keliling tidak melayani penghapusan denda, sehingga wajib pajak diminta datang ke kantor induk."
)
ROUNDUP = (
    "Jumlah daerah yang menggelar pemutihan pajak kendaraan bertambah pada Juni 2025. Selain DKI Jakarta, program "
    "penghapusan denda pajak kendaraan kini berlaku di Jawa Barat, Banten, Jawa Tengah, Bali, hingga Sulawesi Selatan. "
    "Masa berlaku pemutihan berbeda di tiap provinsi, dan syarat yang dibawa wajib pajak umumnya KTP serta STNK."
)


def amnesty_piece(id_: str, title: str, body: str, hour: int) -> dict:
    return {
        "id": id_,
        "outlet": "Kabar Harian",
        "title": title,
        "body": body,
        "published": f"2025-06-16T{hour:02d}:00:00+07:00",
        "entities": [{"name": "Jakarta", "type": "LOC", "mentions": 2}, {"name": "Samsat", "type": "ORG", "mentions": 2}],
    }


def test_a_headline_counting_places_is_a_roundup():
    assert tallies("Bertambah Lagi! 14 Provinsi Gelar Pemutihan Pajak Kendaraan Juni 2025")
    assert tallies("Daftar Daerah yang Gelar Pemutihan Pajak Kendaraan Bulan Ini")
    # a count of people, or a headline with no count of places, is no roundup
    assert not tallies("7 Orang Tewas dalam Kecelakaan Helikopter di Himalaya")
    assert not tallies("Syarat Pemutihan Denda Pajak Kendaraan di Jakarta")


def test_a_roundup_across_provinces_does_not_join_one_provinces_amnesty():
    pieces = [
        amnesty_piece("j", "Syarat Pemutihan Denda Pajak Kendaraan di Jakarta", AMNESTY, 8),
        amnesty_piece("l", "Lokasi Pemutihan Pajak Kendaraan di Jakarta, Samsat Keliling Tak Melayani", AMNESTY_PLACES, 10),
        amnesty_piece("r", "Bertambah Lagi! 14 Provinsi Gelar Pemutihan Pajak Kendaraan Juni 2025", ROUNDUP, 12),
    ]
    joined = cluster_articles(pieces, ClusterConfig(part_tallies=False))
    assert joined["r"] == joined["j"]  # alike in words: only the roundup test parts them
    stories = cluster_articles(pieces)
    assert stories["j"] == stories["l"]
    assert stories["r"] != stories["j"]


# Round 31's mends (review ``sc``): the guards and vouches above hold in whichever order the pieces arrive, a count of
# the places one happening reaches is no roundup, and a tournament's words are a sports desk's beat only where both
# headlines name a tournament.


def test_a_roundup_and_one_provinces_amnesty_stay_apart_in_any_order():
    titles = {
        "j": ("Syarat Pemutihan Denda Pajak Kendaraan di Jakarta", AMNESTY),
        "l": ("Lokasi Pemutihan Pajak Kendaraan di Jakarta, Samsat Keliling Tak Melayani", AMNESTY_PLACES),
        "r": ("Bertambah Lagi! 14 Provinsi Gelar Pemutihan Pajak Kendaraan Juni 2025", ROUNDUP),
    }
    # the roundup between the two Jakarta pieces, and first of all (a story of one roundup that Jakarta's pieces meet)
    for order in ("jrl", "rjl", "rlj", "ljr"):
        pieces = [amnesty_piece(id_, *titles[id_], 8 + 2 * hour) for hour, id_ in enumerate(order)]
        stories = cluster_articles(pieces)
        assert stories["j"] == stories["l"], order
        assert stories["r"] != stories["j"], order


def test_a_count_of_places_one_happening_reaches_or_a_year_is_no_roundup():
    # a flood's, a quake's, a fire's reach: one happening in several places
    assert not tallies("Banjir Bandang Terjang 4 Kecamatan, 2.000 Warga Mengungsi")
    assert not tallies("Gempa M 5,6 Guncang 3 Kabupaten, Puluhan Rumah Rusak")
    assert not tallies("Kebakaran Hanguskan 12 Rumah di 2 Desa")
    # a year before a place noun is no count of places
    assert not tallies("APBD 2026 Pemprov Disahkan DPRD")
    # a list of places is a roundup, though it names rain; a count of places with no happening still is one
    assert tallies("Daftar Wilayah Berpotensi Diguyur Hujan Lebat Hari Ini")
    assert tallies("12 Kabupaten Gelar Pemutihan Pajak Bumi dan Bangunan")


FLOOD_NAMES = [("Bima", "LOC"), ("BPBD", "ORG")]


def test_a_floods_reach_told_without_its_place_joins_the_flood():
    # another outlet's follow-up counts the districts the flood reached and names no place in its headline: it is the
    # flood's story, no roundup across places
    flood = {
        "id": "b1",
        "outlet": "Warta Timur",
        "title": "Banjir Bandang Terjang Bima, Ribuan Warga Mengungsi",
        "body": "Banjir bandang menerjang Kabupaten Bima pada Senin dini hari setelah hujan deras mengguyur sejak sore. "
        "BPBD Bima mencatat ribuan warga mengungsi ke masjid dan sekolah. Air setinggi satu meter merendam "
        "permukiman di empat kecamatan.",
        "published": "2025-06-23T08:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 3} for n, t in FLOOD_NAMES],
    }
    reach = {
        "id": "b2",
        "outlet": "Kabar Harian",
        "title": "Banjir Bandang Terjang 4 Kecamatan, Ribuan Warga Mengungsi",
        "body": "Banjir bandang menerjang empat kecamatan di Kabupaten Bima pada Senin dini hari. BPBD Bima menyebut "
        "ribuan warga mengungsi ke masjid dan sekolah karena air setinggi satu meter merendam permukiman.",
        "published": "2025-06-23T11:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 3} for n, t in FLOOD_NAMES],
    }
    stories = cluster_articles([flood, reach])
    assert stories["b1"] == stories["b2"]


def test_the_kind_vouch_holds_in_either_order_and_without_the_close_vouch():
    # the crash and its family, whichever came first; and ``own_outlet_vouch_similarity=None`` switches off that vouch
    # only, not the kind's
    family_first = piece("f", FAMILY_PIECE["title"], FAMILY, CRASH_NAMES, hour=8)
    assert len(set(cluster_articles([CRASH_PIECE, family_first]).values())) == 1
    no_close = ClusterConfig(own_outlet_vouch_similarity=None)
    assert len(set(cluster_articles([CRASH_PIECE, FAMILY_PIECE], no_close).values())) == 1
    cause = piece("w", "Helikopter Jatuh di Lembah Kerinci Raya, Diduga Akibat Cuaca Buruk", CAUSE, CRASH_NAMES, hour=8)
    late_crash = piece("c", CRASH_PIECE["title"], CRASH, CRASH_NAMES, hour=13)
    stories = cluster_articles([family_first, cause, late_crash])
    assert stories["c"] == stories["w"] == stories["f"]


def _sides(title: set[str], body: str) -> tuple[dict, dict]:
    words = {f"w:{body}{n}": 1.0 for n in range(5)}  # bodies that share no word
    return {"title": {"t:" + word: 1.0 for word in title}, "words": words}, {"title": len(title) ** 0.5, "words": len(words) ** 0.5}


def test_competition_words_are_a_beat_only_where_both_headlines_name_a_tournament():
    from telisik.stories.cluster import StoryClusterer

    clusterer = StoryClusterer()
    # "Tim SAR ..." twice: "tim" is the rescue team's word, not a sports desk's beat (their bodies share nothing)
    (a, a_norm), (b, b_norm) = (
        _sides({"tim", "sar", "cari", "nelayan", "hilang"}, "a"),
        _sides({"tim", "sar", "susuri", "pantai", "selatan"}, "b"),
    )
    assert clusterer._sides_vouch({"Kabar Harian"}, {"Kabar Harian"}, a, a_norm, b, b_norm)
    # two pieces under one tournament's name are alike only in the desk's beat
    (a, a_norm), (b, b_norm) = (
        _sides({"piala", "dunia", "cedera", "bek", "kiri"}, "a"),
        _sides({"piala", "dunia", "tiket", "laga", "final"}, "b"),
    )
    assert not clusterer._sides_vouch({"Kabar Harian"}, {"Kabar Harian"}, a, a_norm, b, b_norm)


def test_a_headlines_verb_tells_its_kind_and_a_cause_is_no_kind_of_its_own():
    # an accident or a flood told by its verb, as by its noun
    assert headline_happenings("Minibus Tabrak Truk Tangki di Jalan Lintas Sumatera") == {"accident"}
    assert headline_happenings("Pemotor Terjatuh di Tanjakan Licin, Dibawa ke Puskesmas") == {"accident"}
    assert headline_happenings("Banjir Rendam Ratusan Rumah di Pesisir Demak") == {"flood"}
    # the weather a crash is blamed on is the crash's cause, not a forecast of its own
    assert headline_happenings("Helikopter Jatuh di Lembah Kerinci Raya, Diduga Akibat Cuaca Buruk") == {"accident"}
    # a cause alone still tells the headline's kind: the houses the quake broke are the quake's
    assert headline_happenings("Ratusan Rumah Rusak Akibat Gempa di Pesisir Selatan") == {"quake"}
    assert headline_happenings("Prakiraan Cuaca Kota Malang Hari Ini") == {"weather"}
