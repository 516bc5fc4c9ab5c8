"""Threads need the situation shared, not one name or one side headline (issue 17, round 36): a large story's one
headline naming a war does not put a state visit in the war's thread; one place written two ways ("Kabupaten X",
"Pemkab X") is one name, not the two a story left alone needs; two photo pieces of one celebrity share her name
and the photo words, not a happening. Stories are invented, in the outlets' style."""

from __future__ import annotations

from telisik.records.stories import Story
from telisik.stories import thread_links
from telisik.stories.threads import ThreadConfig, assign_threads, distinct_names, often_named, one_name_each, place_core, story_profile
from thread_stories import article, doc_frequencies, event, story

PAIRS = ThreadConfig(min_stories=2)


def _threaded(stories: list[tuple[Story, list[dict]]], config: ThreadConfig = PAIRS) -> dict[str, Story]:
    df = doc_frequencies(stories)
    records = [s for s, _ in stories]
    assign_threads(records, [story_profile(s, arts, df, config) for s, arts in stories], config)
    return {s.id: s for s in records}


DAY = "2025-06-19"
WAR_NAMES = [("Iran", "LOC", 4), ("Israel", "LOC", 4), ("Teheran", "LOC", 2), ("Rusia", "LOC", 1), ("Vladimir Putin", "PER", 1)]
WAR = [
    article("w1", "Iran vs Israel Memanas, Rudal Hantam Rumah Sakit di Beersheba", WAR_NAMES),
    article("w2", "Israel vs Iran: Serangan Balasan ke Teheran Berlanjut", WAR_NAMES),
    article("w3", "Putin Tawarkan Diri Jadi Penengah Iran vs Israel", WAR_NAMES),
]
VISIT_NAMES = [("Prabowo Subianto", "PER", 4), ("Vladimir Putin", "PER", 4), ("Rusia", "LOC", 3), ("St Petersburg", "LOC", 2)]
VISIT_HEADS = [
    "Prabowo Tiba di St Petersburg, Disambut Karpet Merah",
    "Prabowo dan Putin Teken Kerja Sama Energi",
    "Putin Hadiahkan Buku untuk Prabowo",
    "Prabowo Bicara di Forum Ekonomi St Petersburg",
    "Pertemuan Prabowo-Putin Bahas Pangan dan Energi",
]


def _visit(heads: int) -> list[dict]:
    """A state visit told by ``heads`` headlines, one of which names the war the talks touched."""
    titles = [VISIT_HEADS[i % len(VISIT_HEADS)] + ("" if i < len(VISIT_HEADS) else f" ({i})") for i in range(heads - 1)]
    titles.append("Legislator: Kunjungan Prabowo ke Rusia Bisa Redakan Iran vs Israel")
    return [article(f"v{i}", t, VISIT_NAMES + [("Iran", "LOC", 1), ("Israel", "LOC", 1)]) for i, t in enumerate(titles)]


def _visit_and_war(config: ThreadConfig = PAIRS) -> dict[str, Story]:
    meet = [event("MEET", ["Prabowo Subianto", "Vladimir Putin"], "St Petersburg", DAY)]
    strike = [event("ATTACK", ["Iran", "Israel"], "Teheran", DAY)]
    return _threaded([story("S-war", WAR, strike, None, DAY), story("S-visit", _visit(30), meet, None, DAY)], config)


def test_one_headline_of_a_large_storys_thirty_names_no_situation_of_it():
    stories = _visit_and_war()
    assert stories["S-visit"].thread is None or stories["S-visit"].thread != stories["S-war"].thread
    # control: every headline counts, and the one headline's "Iran vs Israel" pairs the visit with the war
    control = _visit_and_war(ThreadConfig(min_stories=2, side_matter_share=0.0))
    assert control["S-visit"].thread == control["S-war"].thread is not None


def test_a_small_storys_one_headline_still_names_its_situation():
    # a story of three headlines: the one naming the match is a third of them (``side_matter_share`` reads large
    # stories only), so the preview and the venue piece share the match's thread
    preview = [
        article("p1", "Prediksi Persija vs Persib: Macan Kemayoran Siap Tempur", [("Persija", "ORG", 3), ("Persib", "ORG", 3)]),
        article("p2", "Thomas Doll Puji Lini Tengah Persija", [("Persija", "ORG", 3), ("Thomas Doll", "PER", 2), ("Persib", "ORG", 1)]),
        article("p3", "Persija Latihan Tertutup di Sawangan", [("Persija", "ORG", 3), ("Sawangan", "LOC", 1), ("Persib", "ORG", 1)]),
    ]
    venue = [
        article(
            "q1", "Persija vs Persib Digelar di GBK Tanpa Suporter Tamu", [("Persija", "ORG", 2), ("Persib", "ORG", 2), ("GBK", "LOC", 2)]
        )
    ]
    stories = _threaded([story("S-preview", preview, [], None, DAY), story("S-venue", venue, [], None, DAY)])
    assert stories["S-venue"].thread == stories["S-preview"].thread is not None


def test_one_place_written_two_ways_is_one_name():
    core = place_core
    assert distinct_names(["kabupaten tulungagung", "pemkab tulungagung"], core) == ["kabupaten tulungagung"]
    assert distinct_names(["pemerintah provinsi kaltim", "pemprov kaltim"], core) == ["pemerintah provinsi kaltim"]
    assert distinct_names(["kabupaten tulungagung", "kabupaten trenggalek"], core) == ["kabupaten tulungagung", "kabupaten trenggalek"]
    # two provinces, two clubs of one city, two offices of one province: two names each, not one
    assert distinct_names(["nusa tenggara barat", "nusa tenggara timur"], core) == ["nusa tenggara barat", "nusa tenggara timur"]
    assert distinct_names(["sumatera utara", "sumatera selatan"], core) == ["sumatera utara", "sumatera selatan"]
    assert distinct_names(["manchester united", "manchester city"], core) == ["manchester united", "manchester city"]
    assert distinct_names(["kejati bali", "gubernur bali"], core) == ["kejati bali", "gubernur bali"]


def test_of_one_place_written_two_ways_the_place_is_kept():
    # the body ("Pemkab X", named most) and the place ("Kabupaten X"): the one-name test reads the place
    assert one_name_each(["pemkab tulungagung", "kabupaten tulungagung"], {"kabupaten tulungagung"}) == ["kabupaten tulungagung"]
    assert one_name_each(["pemkab tulungagung", "kabupaten tulungagung", "pulau anak tiga"], set()) == [
        "pemkab tulungagung",
        "pulau anak tiga",
    ]


def test_a_place_within_the_name_of_its_regency_leaves_one_name_not_none():
    # "Flores Timur" is part of "Kabupaten Flores Timur" and of its core: one of the two stays, beside the island
    assert one_name_each(["flores timur", "kabupaten flores timur", "pulau flores"], {"flores timur"}) == [
        "kabupaten flores timur",
        "pulau flores",
    ]


def _war_heads(n: int) -> list[str]:
    return [f"Iran vs Israel Hari ke-{i}: Rudal Hantam Teheran" for i in range(n)]


def test_a_very_large_storys_side_matter_told_by_a_few_headlines_stays_its_own():
    # 84 headlines of a war, 4 of the strait it closed: a side matter is one headline, however large the story
    titles = [*_war_heads(80), *(f"Iran Ancam Tutup Selat Hormuz, Harga Minyak Naik {i} Persen" for i in range(4))]
    assert "selat hormuz" in often_named(titles, {"iran", "israel", "selat hormuz"}, ThreadConfig())
    # ... while one headline of the 84 is a side matter
    titles = [*_war_heads(83), "Iran Ancam Tutup Selat Hormuz"]
    assert "selat hormuz" not in often_named(titles, {"iran", "israel", "selat hormuz"}, ThreadConfig())


def test_at_the_gate_two_headlines_of_twenty_one_name_a_situation_and_one_of_twenty_does():
    share = ThreadConfig()
    keys = {"iran", "israel", "selat hormuz"}
    assert "selat hormuz" in often_named([*_war_heads(19), *["Iran Ancam Tutup Selat Hormuz"] * 2], keys, share)
    assert "selat hormuz" not in often_named([*_war_heads(20), "Iran Ancam Tutup Selat Hormuz"], keys, share)
    assert "selat hormuz" in often_named([*_war_heads(19), "Iran Ancam Tutup Selat Hormuz"], keys, share)


REGENCY = [("Kabupaten Tulungagung", "LOC", 3), ("Pemkab Tulungagung", "ORG", 2)]
DISPUTE = [
    ("Kabupaten Trenggalek", "LOC", 3),
    ("Pulau Anak Tiga", "LOC", 2),
    ("Kemendagri", "ORG", 2),
    ("Mochamad Nur Arifin", "PER", 2),
    ("Maryoto Birowo", "PER", 2),
]


def _islands_and(school_names: list[tuple[str, str, int]]) -> dict[str, Story]:
    """The islands dispute of two regencies (two stories), and a school's viral clip in one of them, left alone."""
    dispute = [
        article("i1", "Trenggalek dan Tulungagung Rebutan 13 Pulau", [*DISPUTE, *REGENCY]),
        article("i2", "Sengketa 13 Pulau Trenggalek-Tulungagung, Kemendagri Turun Tangan", [*DISPUTE, *REGENCY]),
    ]
    claim = [article("j1", "Rebutan 13 Pulau Trenggalek-Tulungagung, Kemendagri Siapkan Mediasi", [*DISPUTE, *REGENCY])]
    clip = article("k1", "Heboh Siswa SD di Tulungagung Nyawer Biduan di Kelas, Pemkab Tulungagung Buka Suara", school_names)
    clip["body"] = "TULUNGAGUNG - Video siswa SD di Kabupaten Tulungagung menyawer biduan beredar. Pemkab Tulungagung menegur sekolah."
    return _threaded(
        [story("S-dispute", dispute, [], None, DAY), story("S-claim", claim, [], None, DAY), story("S-clip", [clip], [], None, DAY)]
    )


def test_a_story_left_alone_sharing_only_its_place_written_two_ways_stays_alone():
    own = [("SDN 2 Ngunut", "ORG", 3), ("Dinas Pendidikan", "ORG", 2), ("Suwarni", "PER", 3), ("Nanik Ayu", "PER", 2)]
    stories = _islands_and([("Kabupaten Tulungagung", "LOC", 1), ("Pemkab Tulungagung", "ORG", 1), *own])
    assert stories["S-claim"].thread == stories["S-dispute"].thread is not None
    assert stories["S-clip"].thread is None


def _photo(aid: str, title: str) -> dict:
    return article(aid, title, [("Dinda Kirana", "PER", 4), ("Raka Pratama", "PER", 2), ("Jakarta Convention Center", "LOC", 1)])


PHOTOS = ["Potret Dinda Kirana di Makan Malam Pernikahan Raka, Tampil Mewah", "5 Potret Dinda Kirana Pakai Kalung Zamrud, Tampil Mewah"]


def test_two_photo_pieces_of_one_celebrity_share_no_happening(monkeypatch):
    stories = _threaded([story(f"S-{i}", [_photo(f"f{i}", t)], [], None, DAY) for i, t in enumerate(PHOTOS)])
    assert stories["S-0"].thread is None and stories["S-1"].thread is None
    # control: without the photo words among the beat's, "potret", "tampil" and "mewah" tell one subject
    photo = {"potret", "tampil", "mewah"}
    monkeypatch.setattr(thread_links, "beat_words", lambda: frozenset(thread_links.lower_word_list("id", "thread_beat_words.txt")) - photo)
    stories = _threaded([story(f"S-{i}", [_photo(f"f{i}", t)], [], None, DAY) for i, t in enumerate(PHOTOS)])
    assert stories["S-0"].thread == stories["S-1"].thread is not None


def test_two_headlines_of_one_happening_of_a_celebrity_still_share_a_thread():
    heads = ["Dinda Kirana Gugat Cerai Raka Pratama di PA Jakarta Selatan", "Gugat Cerai Raka Pratama, Dinda Kirana Hadiri Sidang Mediasi"]
    stories = _threaded([story(f"S-{i}", [_photo(f"g{i}", t)], [], None, DAY) for i, t in enumerate(heads)])
    assert stories["S-0"].thread == stories["S-1"].thread is not None
