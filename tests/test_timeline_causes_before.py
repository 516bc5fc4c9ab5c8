"""A crash, a strike or a disaster of days before a story, that each of its reports introduces as the cause of its news,
is the story's background, and so is the toll told in its sentences; on sentences written for these tests."""

from __future__ import annotations

from story_articles import article as story_article
from telisik.stories.timeline import story_events


def article(aid: str, published: str, title: str, sentences: list[str], events: list[dict]) -> dict:
    return story_article(aid, published, sentences, events, (), title)


def crash(trigger: str, in_sentence: int, when: str | None = "2025-06-12") -> dict:
    return {"type": "ACCIDENT", "who": ["Air India"], "when": when, "trigger": trigger, "in_sentence": in_sentence}


def cuts(aid: str, published: str, title: str, opening: str, more: tuple[str, ...] = (), events: tuple[dict, ...] = ()) -> dict:
    """A report of an airline's cuts that opens on the crash of a week before as their cause, then recalls its toll."""
    sentences = [opening, "Kecelakaan pesawat di Ahmedabad itu menewaskan 270 orang pada 12 Juni 2025.", *more]
    toll = {"type": "DIE", "who": ["orang"], "when": "2025-06-12", "trigger": "menewaskan", "count": 270, "in_sentence": 1}
    return article(aid, published, title, sentences, [crash("kecelakaan", 0, None), crash("Kecelakaan", 1), toll, *events])


def test_a_crash_told_as_the_cause_of_a_later_story_is_its_background():
    a = cuts("a", "2025-06-19", "Maskapai Pangkas Operasi Pesawat Berbadan Lebar",
             "Usai kecelakaan mematikan itu, Air India memutuskan mengurangi penerbangan berbadan lebar.")
    b = cuts("b", "2025-06-20", "Air India Batalkan 83 Penerbangan",
             "Setelah kecelakaan tragis yang mengguncang dunia penerbangan, Air India kini membatalkan 83 penerbangan.")
    events = story_events([a, b], {"a": 0, "b": 1})
    assert [e.type for e in events.timeline] == []
    assert sorted(e.type for e in events.background) == ["ACCIDENT", "DIE"]


def test_a_title_telling_a_fire_as_a_cause_makes_it_background():
    sentences = ["Kebakaran hebat melanda Kapuk Muara pada Jumat, 6 Juni 2025.", "Relawan mendirikan dapur umum di pengungsian."]
    fire = {"type": "ACCIDENT", "who": [], "when": "2025-06-06", "trigger": "Kebakaran", "in_sentence": 0}
    a = article("a", "2025-06-11", "Ribuan Jiwa Terdampak Kebakaran Kapuk Muara, Relawan Dirikan Dapur Umum", sentences, [fire])
    events = story_events([a], {"a": 0})
    assert [e.type for e in events.timeline] == []
    assert [e.type for e in events.background] == ["ACCIDENT"]


def test_a_cause_stays_in_the_timeline_when_recent_or_told_as_news():
    # two days before the story: the cause is still the story's own time
    a = cuts("a", "2025-06-14", "Maskapai Pangkas Operasi Pesawat Berbadan Lebar",
             "Usai kecelakaan mematikan itu, Air India memutuskan mengurangi penerbangan berbadan lebar.")
    assert sorted(e.type for e in story_events([a], {"a": 0}).timeline) == ["ACCIDENT", "DIE"]
    # a report that opens on the crash as its news, and a title naming it as such: the crash is the story's
    b = cuts("b", "2025-06-17", "Pesawat Air India Jatuh di Ahmedabad",
             "Penyelidikan kecelakaan pesawat Air India di Ahmedabad berlanjut, dan Air India mengurangi penerbangan.")
    assert sorted(e.type for e in story_events([b], {"b": 0}).timeline) == ["ACCIDENT", "DIE"]
    # one report telling it as a cause and another as its own news: the story tells it, and it stays
    c = cuts("c", "2025-06-17", "Maskapai Pangkas Operasi Pesawat Berbadan Lebar",
             "Usai kecelakaan mematikan itu, Air India memutuskan mengurangi penerbangan berbadan lebar.")
    assert sorted(e.type for e in story_events([b, c], {"b": 0, "c": 1}).timeline) == ["ACCIDENT", "DIE"]


def test_a_death_told_apart_from_the_cause_stays():
    # a death the report tells in a sentence of its own is no toll told with the cause: it stays
    death = {"type": "DIE", "who": ["Meera Patel"], "when": "2025-06-12", "trigger": "meninggal", "in_sentence": 2}
    a = cuts("a", "2025-06-19", "Maskapai Pangkas Operasi Pesawat Berbadan Lebar",
             "Usai kecelakaan mematikan itu, Air India memutuskan mengurangi penerbangan berbadan lebar.",
             ("Pramugari Meera Patel meninggal dunia di rumah sakit pada Kamis (12/6/2025).",), (death,))
    events = story_events([a], {"a": 0})
    assert [e.type for e in events.background] == ["ACCIDENT"]
    assert [(e.type, e.who[:1]) for e in events.timeline] == [("DIE", ["Meera Patel"])]


def test_a_toll_a_title_names_as_its_news_stays():
    # the quake of days before is the cause, but the titles tell its rising toll as their news: the toll stays
    def report(aid: str, published: str, title: str, lead: str, count: int) -> dict:
        quake = {"type": "DISASTER", "who": ["Myanmar"], "when": "2025-03-28", "trigger": "gempa", "in_sentence": 0}
        toll = {"type": "DIE", "who": ["orang"], "when": "2025-03-28", "trigger": "tewas", "count": count, "in_sentence": 0}
        return article(aid, published, title, [lead, "Tim SAR masih mencari korban di reruntuhan."], [quake, toll])

    a = report("a", "2025-04-02", "Korban Tewas Usai Gempa Myanmar Bertambah Jadi 3.000 Orang",
               "Usai gempa yang mengguncang Myanmar pada 28 Maret 2025, jumlah korban tewas bertambah menjadi 3.000 orang.", 3000)
    b = report("b", "2025-04-03", "Korban Jiwa Usai Gempa Myanmar Tembus 3.100",
               "Usai gempa dahsyat yang melanda Myanmar pada 28 Maret 2025, korban tewas kini mencapai 3.100 orang.", 3100)
    events = story_events([a, b], {"a": 0, "b": 1})
    assert [e.type for e in events.timeline] == ["DIE"]
    assert [e.type for e in events.background] == ["DISASTER"]
