"""One outlet's burst of pieces on one happening is one story; its beat, recurring across days, is not.

Readers found a killing told by one outlet in ten pieces within hours split over four stories: the victim's name is
in some headlines only ("SOSOK <victim> ..."), the others say "Jasad Wanita ... di RS" and name her further on in the
body. The outlet's own pieces need a vouch to join (its beat's pieces share its names); a burst is vouched for by the
names its bodies share that the background seldom gives (the victim, her hotel, the hospital's ward, the officer who
spoke), within the story's one day. The articles are short Indonesian texts written for these tests.
"""

from __future__ import annotations

from functools import partial

import cluster_pieces
from telisik.records.stories import Story, TimelineEntry
from telisik.stories.cluster import ClusterConfig, cluster_articles
from telisik.stories.threads import ThreadConfig, place_unit
from telisik.text import fold_name
from thread_stories import threaded

# this file's pieces are of the evening of 9 June
piece = partial(cluster_pieces.piece, day="2025-06-09", hour=19)


VICTIM = (
    "Sekar Ayu Lestari dikenal tetangganya di Kelurahan Sumber Rejo sebagai ibu muda yang ramah dan rajin berjualan "
    "kue. Perempuan berusia 27 tahun itu pamit kepada keluarganya untuk bekerja, lalu menginap di Hotel Permata Senja. "
    "Kabar duka datang dari RSUD Mawar Lindung. Kompol Bagas Wiratmaja membenarkan identitasnya."
)
HOSPITAL = (
    "Dua pria tak dikenal mengantar jasad seorang perempuan ke UGD RSUD Mawar Lindung, Senin malam, lalu kabur. "
    "Petugas jaga curiga karena tubuh korban penuh luka memar. Kompol Bagas Wiratmaja menyebut perempuan itu "
    "Sekar Ayu Lestari, warga Kelurahan Sumber Rejo, yang sebelumnya terlihat di Hotel Permata Senja."
)
NAMES = [
    ("Sekar Ayu Lestari", "PER"),
    ("Hotel Permata Senja", "LOC"),
    ("RSUD Mawar Lindung", "ORG"),
    ("Bagas Wiratmaja", "PER"),
    ("Kelurahan Sumber Rejo", "LOC"),
    ("Semarang", "LOC"),
]
SOSOK = piece("a", "SOSOK Sekar Ayu Lestari, Ibu Muda Tewas di Hotel Semarang", VICTIM, NAMES, hour=19)
JASAD = piece("b", "Jasad Wanita Ditinggal Dua Pria di RS Semarang, Diduga Tewas di Hotel", HOSPITAL, NAMES, hour=21)


def test_one_outlets_burst_on_a_killing_is_one_story_though_its_headlines_name_it_in_turn():
    # the second headline names no one: only the bodies' rare names (the victim, her hotel, the ward, the officer)
    # tell that both pieces are the same killing; without the burst vouch the outlet's two pieces stay apart
    apart = cluster_articles([SOSOK, JASAD], ClusterConfig(burst_similarity=None))
    assert apart["a"] != apart["b"]
    together = cluster_articles([SOSOK, JASAD])
    assert together["a"] == together["b"]


def test_the_same_pieces_a_day_apart_are_no_burst():
    # a beat recurs across days; the burst vouch holds for a story of the article's own day only
    later = dict(JASAD, published="2025-06-10T21:00:00+07:00")
    stories = cluster_articles([SOSOK, later])
    assert stories["a"] != stories["b"]


MAYOR = (
    "Wali Kota Lindung Raka Pramudya meresmikan pasar tradisional baru di Kelurahan Sumber Rejo pada Senin pagi. "
    "Pasar itu dibangun dengan anggaran daerah dan menampung tiga ratus pedagang. Kepala Dinas Perdagangan Lindung "
    "Wulan Sasmita menyebut los pedagang dibagikan lewat undian."
)
MAYOR_TOO = (
    "Wali Kota Lindung Raka Pramudya melantik dua ratus pejabat administrator di Balai Kota Lindung pada Senin siang. "
    "Ia meminta para pejabat bekerja cepat melayani warga. Sekretaris Daerah Lindung Hendra Kusuma membacakan surat "
    "keputusan pelantikan di hadapan para undangan."
)


def test_one_outlets_two_matters_of_one_official_on_one_day_stay_apart():
    # the mayor's market and his swearing-in are alike in the whole and their headlines meet on "pedagang", but their
    # bodies share only his name and his city, not the people and places of one happening: opened to a single shared
    # name, the burst vouch joins them; at its defaults (three rare names) it does not
    a = piece(
        "m1",
        "Raka Pramudya Resmikan Pasar Baru, Pedagang Diundi",
        MAYOR,
        [("Raka Pramudya", "PER"), ("Kelurahan Sumber Rejo", "LOC"), ("Wulan Sasmita", "PER"), ("Kota Lindung", "LOC")],
    )
    b = piece(
        "m2",
        "Raka Pramudya Lantik 200 Pejabat, Minta Layani Pedagang",
        MAYOR_TOO,
        [("Raka Pramudya", "PER"), ("Balai Kota Lindung", "LOC"), ("Hendra Kusuma", "PER"), ("Kota Lindung", "LOC")],
        hour=21,
    )
    opened = cluster_articles([a, b], ClusterConfig(burst_similarity=0.0, burst_names=1, burst_names_similarity=0.0))
    assert opened["m1"] == opened["m2"]
    stories = cluster_articles([a, b])
    assert stories["m1"] != stories["m2"]


# ---------------------------------------------------------------------------- threads: where things happened is no situation


def _article(aid: str, title: str, names: list[tuple[str, str, int]], body: str = "") -> dict:
    entities = [{"name": n, "type": t, "mentions": [{"text": n}] * k} for n, t, k in names]
    return {"id": aid, "title": title, "body": body, "entities": entities}


def _event(kind: str, who: list[str], where: str | None, day: str = "2025-06-09") -> TimelineEntry:
    return TimelineEntry(when=day, type=kind, who=who, where=where, status="occurred", description=kind.lower(), articles=[])


def _story(sid: str, articles: list[dict], timeline: list[TimelineEntry] | None = None) -> tuple[Story, list[dict]]:
    story = Story(
        id=sid, title=articles[0]["title"], articles=[a["id"] for a in articles], outlets=["Kompas"], first="2025-06-09", last="2025-06-09"
    )
    story.timeline = timeline or []
    return story, articles


def _threaded(stories: list[tuple[Story, list[dict]]]) -> dict[str, Story]:
    config = ThreadConfig(min_stories=2)
    return threaded(stories, config)


DROWNED = [
    _article(
        "d1",
        "Bocah 4 Tahun Ditemukan Mengapung di Sungai Tukad Ayu",
        [("Kesiman Kangin", "LOC", 3), ("Polresta Tirtapura", "ORG", 2), ("Made Santika", "PER", 2)],
        "Seorang bocah ditemukan mengapung di Sungai Tukad Ayu, Kesiman Kangin. Polresta Tirtapura menyelidiki kejadian itu.",
    )
]
SEARCH = [
    _article(
        "d2",
        "Kronologi Bocah Hanyut di Tukad Ayu, Sempat Bermain di Tepi Sungai",
        [("Kesiman Kangin", "LOC", 2), ("Polresta Tirtapura", "ORG", 2), ("Made Santika", "PER", 1)],
        "Bocah yang hanyut di Kesiman Kangin sempat bermain di tepi sungai. Polresta Tirtapura memeriksa saksi.",
    )
]
DROWNED_EVENTS = [_event("DIE", ["Made Santika"], "Kesiman Kangin")]


def test_a_district_and_its_police_named_in_a_lead_link_no_other_matter_of_the_city():
    # a theft in the same district: its lead names the district and the city's police, as every crime there does;
    # its headline names neither, so the names say where it happened, not that it is the drowning's situation
    theft = _article(
        "d3",
        "Motor Warga Raib Saat Ditinggal Salat Subuh",
        [("Kesiman Kangin", "LOC", 2), ("Polresta Tirtapura", "ORG", 2), ("Komang Arya", "PER", 1)],
        "Polresta Tirtapura menerima laporan warga Kesiman Kangin yang kehilangan sepeda motor saat salat subuh.",
    )
    stories = _threaded(
        [_story("S-drowned", DROWNED, DROWNED_EVENTS), _story("S-search", SEARCH, DROWNED_EVENTS), _story("S-theft", [theft])]
    )
    assert stories["S-drowned"].thread is not None and stories["S-search"].thread == stories["S-drowned"].thread
    assert stories["S-theft"].thread is None


def test_place_units_are_bodies_named_after_a_place():
    assert place_unit("polresta denpasar") and place_unit("pemkab tulungagung") and place_unit("satlantas polres cianjur")
    assert not place_unit("polresta") and not place_unit("kesiman kangin") and not place_unit("made santika")


# ---------------------------------------------------------------------------- a standing war's parties tell no one happening

BODY_FOUND = (
    "Militer Israel mengumumkan jenazah komandan Hamas Yahya Darwish telah diidentifikasi melalui tes DNA. "
    "Jenazah ditemukan di sebuah terowongan di bawah rumah sakit di Khan Younis, Gaza. "
    "Hamas belum mengonfirmasi kematian Yahya Darwish."
)
BODY_FOUND_TOO = (
    "Israel memastikan jenazah yang ditemukan di terowongan Khan Younis adalah komandan Hamas Yahya Darwish. "
    "Identifikasi dilakukan setelah tes DNA selesai. Militer Israel menyebut terowongan itu dipakai sebagai pusat komando Hamas di Gaza."
)
GENERAL = (
    "Pensiunan jenderal Israel Avner Shalev melontarkan kritik keras terhadap militer Israel. "
    "Menurut dia, militer Israel telah dikalahkan Hamas di Gaza dan pemerintah gagal memimpin perang. "
    "Shalev menuduh para komandan menutupi kegagalan di medan perang dari publik Israel."
)
WAR = [("Israel", "LOC"), ("Hamas", "ORG"), ("Gaza", "LOC")]


def test_headlines_meeting_on_a_wars_parties_alone_join_no_other_matter_of_the_war():
    # a retired general's word on the army shares the war's names and words with the commander's body found: its
    # opening gives the war's territory, not the commander; only the war's parties link it, so it stays apart
    found = piece(
        "w1",
        "Israel Identifikasi Jenazah Komandan Hamas Yahya Darwish",
        BODY_FOUND,
        [*WAR, ("Yahya Darwish", "PER"), ("Khan Younis", "LOC")],
        outlet="Kabar Pagi",
        hour=11,
    )
    found_too = piece(
        "w2",
        "Jenazah Komandan Hamas Yahya Darwish Ditemukan di Terowongan",
        BODY_FOUND_TOO,
        [*WAR, ("Yahya Darwish", "PER"), ("Khan Younis", "LOC")],
        outlet="Warta Kota",
        hour=14,
    )
    general = piece(
        "w3", "Eks Jenderal Israel: Militer Telah Dikalahkan Hamas", GENERAL, [*WAR, ("Avner Shalev", "PER")], outlet="Suara Timur", hour=20
    )
    unguarded = cluster_articles([found, found_too, general], ClusterConfig(backdrop_meets=False))
    assert unguarded["w1"] == unguarded["w2"] == unguarded["w3"]
    stories = cluster_articles([found, found_too, general])
    assert stories["w1"] == stories["w2"] != stories["w3"]


# ---------------------------------------------------------------------------- a list of names is no burst

SPONSORS = (
    "Perayaan Hari Jadi Kota Lindung berkolaborasi dengan Warta Kota yang didukung oleh PT Bank Lindung, "
    "PT Trans Lindung, Perumda Tirta Lindung, Perumda Pasar Lindung, PT Jaya Lindung Properti, "
    "PT Lindung Wisata, Perumda Sarana Lindung."
)
SPONSOR_NAMES = [
    ("PT Bank Lindung", "ORG"),
    ("PT Trans Lindung", "ORG"),
    ("Perumda Tirta Lindung", "ORG"),
    ("Perumda Pasar Lindung", "ORG"),
    ("PT Jaya Lindung Properti", "ORG"),
    ("PT Lindung Wisata", "ORG"),
    ("Perumda Sarana Lindung", "ORG"),
]


def test_listed_names_are_a_run_of_names_not_names_told_in_a_sentence():
    from telisik.stories.cluster import listed_names

    assert listed_names(SPONSORS, [n for n, _ in SPONSOR_NAMES]) == frozenset(fold_name(n) for n, _ in SPONSOR_NAMES)
    lineup = "Susunan pemain: Keisuke Osako, Kota Takai, Ryoya Morishita (Mao Hosoya 69'), Ayumu Seko dan Daichi Kamada."
    players = ["Keisuke Osako", "Kota Takai", "Ryoya Morishita", "Mao Hosoya", "Ayumu Seko", "Daichi Kamada"]
    assert listed_names(lineup, players) == frozenset(fold_name(n) for n in players)
    assert listed_names(HOSPITAL + " " + VICTIM, [n for n, _ in NAMES]) == frozenset()


# ---------------------------------------------------------------------------- a war's standing places tell no one happening

AID_SHOT = (
    "Tentara Israel menembaki warga yang mengantre bantuan di dekat titik distribusi di Khan Younis, Gaza, Selasa pagi. "
    "Petugas medis Rumah Sakit Nasser menyebut sedikitnya dua puluh orang tewas. Hamas mengecam penembakan itu."
)
HOSTAGE_TALK = (
    "Hamas menyatakan siap membahas usulan gencatan senjata baru yang dibawa mediator Qatar. Juru runding Hamas, "
    "Basim Naim, menyebut pembebasan sandera bergantung pada penarikan pasukan Israel dari Khan Younis dan Gaza selatan."
)


def test_a_wars_standing_place_in_both_bodies_vouches_for_no_meet_on_its_parties():
    # the shooting at an aid queue and the truce talks both name Khan Younis, where the war is fought every day: it
    # says where, not which matter, so headlines meeting on "Israel" and "Hamas" alone still keep them apart
    shot = piece(
        "k1",
        "Israel Tembaki Antrean Bantuan, Hamas Mengecam",
        AID_SHOT,
        [*WAR, ("Khan Younis", "LOC"), ("Rumah Sakit Nasser", "ORG")],
        outlet="Kabar Pagi",
        hour=9,
    )
    talk = piece(
        "k2",
        "Hamas Siap Bahas Usulan Gencatan Senjata dengan Israel",
        HOSTAGE_TALK,
        [*WAR, ("Khan Younis", "LOC"), ("Basim Naim", "PER"), ("Qatar", "LOC")],
        outlet="Suara Timur",
        hour=13,
    )
    unguarded = cluster_articles([shot, talk], ClusterConfig(backdrop_meets=False))
    assert unguarded["k1"] == unguarded["k2"]
    stories = cluster_articles([shot, talk])
    assert stories["k1"] != stories["k2"]


FORUM = (
    "Presiden Prabowo Subianto tiba di Sankt Peterburg untuk menghadiri Forum Ekonomi Internasional Sankt Peterburg. "
    "Kedatangan Prabowo disambut pejabat Kremlin di bandara Pulkovo. Ia dijadwalkan bertemu Presiden Vladimir Putin."
)
FORUM_TOO = (
    "Indonesia dan Rusia meneken kerja sama di sela Forum Ekonomi Internasional Sankt Peterburg. Prabowo Subianto dan "
    "Vladimir Putin menyaksikan penandatanganan di Pulkovo, lalu menggelar pertemuan tertutup di Kremlin."
)
VISIT = [("Rusia", "LOC"), ("Kremlin", "ORG"), ("Forum Ekonomi Internasional Sankt Peterburg", "EVENT"), ("Pulkovo", "LOC")]


def test_headlines_meeting_on_rusia_alone_join_a_visit_whose_bodies_share_its_forum():
    # "Rusia" is a standing war's party, so headlines meeting on it alone need more: the forum and the airport both
    # bodies give (rare, no party) tell one visit, as a shared name tells one matter of the war
    arrive = piece("r1", "Prabowo Tiba di Rusia", FORUM, [*VISIT, ("Prabowo Subianto", "PER")], outlet="Kabar Pagi", hour=8)
    deal = piece(
        "r2", "Indonesia-Rusia Teken Kerja Sama Energi", FORUM_TOO, [*VISIT, ("Vladimir Putin", "PER")], outlet="Suara Timur", hour=15
    )
    stories = cluster_articles([arrive, deal])
    assert stories["r1"] == stories["r2"]


# ---------------------------------------------------------------------------- an assembly's own acts are a situation

INTERPELLATION = [
    _article(
        "p1",
        "DPRD Tirtapura Setujui Hak Interpelasi soal Proyek Pasar Induk Cempaka",
        [("DPRD Tirtapura", "ORG", 3), ("Pasar Induk Cempaka", "LOC", 2), ("Gede Wirawan", "PER", 2)],
        "Rapat paripurna DPRD Tirtapura menyetujui hak interpelasi atas proyek Pasar Induk Cempaka yang mangkrak.",
    )
]
SUMMONS = [
    _article(
        "p2",
        "Interpelasi Pasar Induk Cempaka, DPRD Tirtapura Panggil Wali Kota",
        [("DPRD Tirtapura", "ORG", 2), ("Pasar Induk Cempaka", "LOC", 2), ("Gede Wirawan", "PER", 1)],
        "DPRD Tirtapura menjadwalkan pemanggilan wali kota untuk menjawab interpelasi proyek Pasar Induk Cempaka.",
    )
]


def test_a_walkout_sharing_only_the_assembly_and_its_site_joins_the_assemblys_thread():
    # a DPRD is no body that handles every happening of its place, as its police is: its interpellation is the
    # thread's situation, so the walkout from its plenary belongs to it though its headline names neither
    events = [_event("MEETING", ["Gede Wirawan"], "Pasar Induk Cempaka")]
    walkout = _article(
        "p3",
        "Dua Fraksi Walk Out dari Rapat Paripurna, Wali Kota Absen",
        [("DPRD Tirtapura", "ORG", 2), ("Pasar Induk Cempaka", "LOC", 2), ("Putu Sandiyasa", "PER", 1)],
        "Dua fraksi DPRD Tirtapura meninggalkan rapat paripurna interpelasi proyek Pasar Induk Cempaka karena wali kota absen.",
    )
    stories = _threaded([_story("S-asked", INTERPELLATION, events), _story("S-summons", SUMMONS, events), _story("S-walkout", [walkout])])
    assert stories["S-asked"].thread is not None and stories["S-summons"].thread == stories["S-asked"].thread
    assert stories["S-walkout"].thread == stories["S-asked"].thread
    assert not place_unit("dprd tirtapura")
