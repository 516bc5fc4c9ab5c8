"""Threads: the side pieces of a wedding, a city's unrest and a mine's dispute join their situation's thread; a player
and his club named in two headlines are no thread.

Invented headlines and leads in the outlets' style (no corpus text): the wedding of a singer, Raka Pratama, and its
guests; riots in an invented city, Medanria; a nickel dispute on an invented island, Pulau Sarwa; two matters of one
footballer, Dimas Prakoso, and his club, Garuda United.
"""

from __future__ import annotations

from telisik.records.stories import Story
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.thread_links import situations_of
from telisik.stories.threads import ThreadConfig, assign_threads, story_profile
from telisik.text import fold_name

PAIRS = ThreadConfig(min_stories=2)


def _article(aid: str, title: str, names: list[tuple[str, str, int]], body: str = "") -> dict:
    entities = [{"name": n, "type": t, "mentions": [{"text": n}] * k} for n, t, k in names]
    return {"id": aid, "title": title, "body": body, "entities": entities}


def _story(sid: str, articles: list[dict], day: str = "2025-06-19") -> tuple[Story, list[dict]]:
    story = Story(id=sid, title=articles[0]["title"], articles=[a["id"] for a in articles], outlets=["Kompas"], first=day, last=day)
    return story, articles


def _threaded(stories: list[tuple[Story, list[dict]]], config: ThreadConfig = PAIRS) -> dict[str, Story]:
    df = DocumentFrequencies()
    for _, articles in stories:
        for a in articles:
            df.add(["e:" + fold_name(e["name"]) for e in a["entities"]])
    for _ in range(200):  # a day of other news in which "Indonesia" and "Jakarta" are everywhere
        df.add(["e:indonesia", "e:jakarta"])
    records = [s for s, _ in stories]
    assign_threads(records, [story_profile(s, arts, df, config) for s, arts in stories], config)
    return {s.id: s for s in records}


# ---------------------------------------------------------------------------- situations a headline names


def test_a_wedding_named_after_the_groom_is_a_situation():
    names = {"raka pratama": "Raka Pratama", "sinta dewi": "Sinta Dewi"}
    found = situations_of(["Deretan Tamu di Pernikahan Raka Pratama dan Sinta Dewi"], names)
    assert [(s.kind, s.name) for s in found] == [("wedding", "raka pratama")]
    found = situations_of(["Momen Ngunduh Mantu Raka Pratama Digelar Mewah"], names)
    assert [(s.kind, s.name) for s in found] == [("wedding", "raka pratama")]


def test_unrest_and_a_mine_are_named_by_the_place_after_di_but_a_case_is_not():
    names = {"medanria": "Medanria", "pulau sarwa": "Pulau Sarwa"}
    unrest = situations_of(["Kerusuhan Meluas di Medanria, Polisi Tembakkan Gas Air Mata"], names)
    assert [(s.kind, s.name) for s in unrest] == [("unrest", "medanria")]
    mine = situations_of(["Polemik Penambangan Nikel di Pulau Sarwa Memanas"], names)
    assert [(s.kind, s.name) for s in mine] == [("mining", "pulau sarwa")]
    # two crimes of one city are two matters: the city after "di" names no case
    case = situations_of(["Kasus Pencurian Motor di Medanria Terungkap"], names)
    assert all(s.name != "medanria" for s in case)


# ---------------------------------------------------------------------------- a wedding's side pieces


WEDDING = [("Raka Pratama", "PER", 5), ("Sinta Dewi", "PER", 4), ("Hendra Pratama", "PER", 2), ("Balai Kartini", "LOC", 1)]


def test_a_guests_dress_whose_lead_names_the_wedding_joins_its_thread():
    ceremony = _article("w1", "Resepsi Raka Pratama dan Sinta Dewi Digelar Mewah di Balai Kartini", WEDDING)
    vows = _article("w2", "Haru Akad Nikah Raka Pratama, Hendra Pratama Menangis", WEDDING)
    guest = _article(
        "w3",
        "Potret Anggun Laras Ayu Kenakan Kebaya Hijau Zamrud",
        [("Laras Ayu", "PER", 4), ("Raka Pratama", "PER", 1), ("Sinta Dewi", "PER", 1)],
        "Laras Ayu tampil memukau saat hadir di acara pernikahan Raka Pratama dan Sinta Dewi yang digelar semalam.",
    )
    stories = _threaded([_story("S-resepsi", [ceremony]), _story("S-akad", [vows]), _story("S-kebaya", [guest])])
    assert stories["S-resepsi"].thread is not None
    assert stories["S-akad"].thread == stories["S-resepsi"].thread
    assert stories["S-kebaya"].thread == stories["S-resepsi"].thread


# ---------------------------------------------------------------------------- a player and his club


def test_a_player_and_his_club_in_two_headlines_of_two_matters_are_no_thread():
    fee = _article(
        "f1",
        "Garuda United Ketahuan Belum Lunasi Bonus Transfer Dimas Prakoso",
        [("Garuda United", "ORG", 4), ("Dimas Prakoso", "PER", 3), ("Elang FC", "ORG", 1)],
    )
    pundit = _article(
        "f2",
        "Saran Bambang Sutejo untuk Garuda United: Lepas Semua Kecuali Dimas Prakoso",
        [("Bambang Sutejo", "PER", 4), ("Garuda United", "ORG", 3), ("Dimas Prakoso", "PER", 2)],
    )
    stories = _threaded([_story("S-fee", [fee]), _story("S-pundit", [pundit])])
    assert stories["S-fee"].thread is None and stories["S-pundit"].thread is None


def test_two_headlines_that_give_only_the_player_and_his_club_stay_one_thread():
    stay = _article(
        "r1",
        "Dimas Prakoso Akhiri Spekulasi, Isyaratkan Tetap di Garuda United",
        [("Dimas Prakoso", "PER", 4), ("Garuda United", "ORG", 3)],
    )
    stays = _article("r2", "Dimas Prakoso Pilih Bertahan di Garuda United", [("Dimas Prakoso", "PER", 3), ("Garuda United", "ORG", 3)])
    stories = _threaded([_story("S-stay", [stay]), _story("S-stays", [stays])])
    assert stories["S-stay"].thread is not None and stories["S-stay"].thread == stories["S-stays"].thread
