"""Timeline entries an editor would sign (issue 16, round 11), on articles written for these tests: a trip's origin is
no place of its VISIT entry; a common noun that points back ("pria tersebut") is the person its paragraph has just
named with an age; an undated death told of such a noun is the named death of its article, once; and the injuries of
others are not folded into the wound of the one who died."""

from __future__ import annotations

from datetime import date
from typing import Any

from story_articles import timeline_entries
from telisik.stories.article import StoryArticle
from telisik.stories.parties import antecedent
from telisik.stories.timeline import lead_day, timeline_and_conflicts, told_as_trip_origin

# one event of a test article: its type, its trigger, its parties, its date (or None), its place, and the sentence
Told = tuple[str, str, list[str], str | None, str | None, str]


def article(ident: str, paragraphs: list[str], told: list[Told], day: str = "2025-06-16") -> dict[str, Any]:
    """An article of the given paragraphs (each of one or more sentences) and its events."""
    body = "\n\n".join(paragraphs)
    spans, at = [], 0
    for p in paragraphs:
        for s in p.split(". "):
            s = s if s.endswith(".") else s + "."
            start = body.index(s, at)
            spans.append([start, start + len(s)])
            at = start + len(s)
    events = []
    for kind, trigger, who, when, where, sentence in told:
        trigger_at = body.index(sentence) + sentence.index(trigger)
        events.append(
            {
                "type": kind,
                "trigger": trigger,
                "who": who,
                "when": when,
                "when_span": None,
                "where": where,
                "status": "occurred",
                "sentence": sentence,
                "start": trigger_at,
                "end": trigger_at + len(trigger),
            }
        )
    # the dates the body writes, as the timex step gives them: what an article's lead day is read from
    timexes = [{"start": body.index(ev["sentence"]), "value": ev["when"]} for ev in events if ev["when"]]
    return {
        "id": ident,
        "published": f"{day}T20:00+07:00",
        "title": "Kabar dari Tuban",
        "body": body,
        "sentences": spans,
        "events": events,
        "timexes": timexes,
    }


entries = timeline_entries


# ---------------------------------------------------------------------------- a trip's origin


LEFT = "Bus rombongan peziarah yang berangkat dari Kota Blitar itu dilaporkan mogok di tanjakan, Minggu (15/6/2025)."
WENT = "Rombongan peziarah berangkat ke Kota Blitar pada Minggu (15/6/2025) untuk berziarah."


def test_origin_after_dari_is_no_place_of_the_trip() -> None:
    assert told_as_trip_origin("Kota Blitar", LEFT)
    assert told_as_trip_origin("Kota Wonosari", "Keluarga itu berangkat dari Ngawen di Wonosari pada 12 Juni untuk berziarah.")
    assert told_as_trip_origin("Makassar", "Jemaah pindah dari Makassar ke Pare-Pare.")


def test_destination_and_arrival_stay_places() -> None:
    assert not told_as_trip_origin("Kota Blitar", WENT)
    assert not told_as_trip_origin("Pare-Pare", "Jemaah pindah dari Makassar ke Pare-Pare.")
    assert not told_as_trip_origin("Surabaya", "Rombongan tiba di Surabaya dari Madiun.")
    # "dari berbagai daerah" names no origin: the shrine visited later in the sentence is the place
    assert not told_as_trip_origin("Makam Sunan Bonang", "Peziarah dari berbagai daerah mengunjungi Makam Sunan Bonang.")


def test_visit_entry_drops_its_origin_keeps_its_destination() -> None:
    a = article("a", [LEFT], [("VISIT", "berangkat", ["Bus"], "2025-06-15", "Kota Blitar", LEFT)])
    b = article("b", [WENT], [("VISIT", "berangkat", ["Rombongan peziarah"], "2025-06-15", "Kota Blitar", WENT)])
    assert [e[3] for e in entries(a) if e[1] == "VISIT"] == [None]
    assert [e[3] for e in entries(b) if e[1] == "VISIT"] == ["Kota Blitar"]


# ---------------------------------------------------------------------------- a noun that points back to a name


HIT = "Truk itu lalu menghantam sepeda motor yang dikemudikan Dimas Ardiansyah (31), warga Desa Jenu."
DIED = "Akibatnya, pria tersebut meninggal dunia di lokasi kejadian."
HURT = "Dua orang lainnya mengalami luka ringan dan dibawa ke puskesmas."


def test_noun_with_demonstrative_points_back_to_the_aged_name_of_its_paragraph() -> None:
    body = f"{HIT} {DIED}"
    assert antecedent("pria", DIED, body) == "Dimas Ardiansyah"
    # in another paragraph the name may be anyone's (the owner of a stolen motorbike): no guess
    assert antecedent("pria", DIED, f"{HIT}\n\n{DIED}") is None
    # no demonstrative: "pria" counts someone not named
    assert antecedent("pria", "Seorang pria meninggal dunia.", f"{HIT} Seorang pria meninggal dunia.") is None
    # several people: never the last one named
    several = "Kedua pria tersebut ditahan di Mapolsek Jenu."
    assert antecedent("pria", several, f"Polisi menangkap Dimas (31) dan Rio (25). {several}") is None


def test_death_entry_names_whom_the_noun_points_back_to_and_others_injuries_stay() -> None:
    a = article(
        "a",
        [f"{HIT} {DIED}", HURT],
        [
            ("DIE", "meninggal dunia", ["pria"], "2025-06-16", None, DIED),
            ("INJURE", "meninggal dunia", ["pria"], "2025-06-16", None, DIED),
            ("INJURE", "luka ringan", ["orang"], "2025-06-16", None, HURT),
        ],
    )
    got = entries(a)
    assert ("2025-06-16", "DIE", ("Dimas Ardiansyah",), None) in got
    # the dead man's wound is his death; the two others' injuries are an entry of their own
    assert [e[2] for e in got if e[1] == "INJURE"] == [("orang",)]


# ---------------------------------------------------------------------------- an undated death told again


NAMED = "Penyanyi Raka Pradipta meninggal dunia pada Minggu (15/6/2025)."
FOUND = "Pria berusia 30 tahun itu ditemukan sudah tak bernyawa di kamar hotelnya."
OTHER = "Tiga orang tewas dalam kebakaran di kawasan yang sama."


def deaths(a: dict[str, Any]) -> list[tuple[str, tuple[str, ...], list[int]]]:
    """The DIE entries of an article: date, parties, and the indexes of the events each rests on."""
    timeline, _ = timeline_and_conflicts([a], {a["id"]: 0})
    return [(t.when, tuple(t.who), [s.event for s in t.evidence]) for t in timeline if t.type == "DIE"]


def test_undated_death_of_a_noun_pointing_back_is_the_named_death() -> None:
    a = article(
        "a",
        [NAMED, FOUND],
        [("DIE", "meninggal dunia", ["Raka Pradipta"], "2025-06-15", None, NAMED), ("DIE", "tak bernyawa", ["Pria"], None, None, FOUND)],
    )
    # one death, resting on both sentences: no second entry of "Pria"
    assert deaths(a) == [("2025-06-15", ("Raka Pradipta",), [0, 1])]


def test_undated_count_of_the_dead_is_not_folded_into_the_named_death() -> None:
    a = article(
        "a",
        [NAMED, OTHER],
        [("DIE", "meninggal dunia", ["Raka Pradipta"], "2025-06-15", None, NAMED), ("DIE", "tewas", ["orang"], None, None, OTHER)],
    )
    # "tiga orang tewas" points back to no one: the named death does not rest on it
    assert [d[2] for d in deaths(a) if d[1] == ("Raka Pradipta",)] == [[0]]


# ---------------------------------------------------------------------------- another happening told aside


CRASH = "Seorang turis asing menabrak pagar rumah warga di Kuta, Senin (16/6/2025)."
EARLIER = "Dalam insiden sebelumnya pada Mei, turis lain menabrakkan mobil sewaan ke tiang listrik."
SAME = "Dalam kejadian tersebut, turis itu menabrak pagar dengan sepeda motornya."


def test_sentence_opening_on_another_incident_makes_no_entry_of_the_story() -> None:
    a = article(
        "a",
        [CRASH, EARLIER],
        [
            ("ACCIDENT", "menabrak", ["turis"], "2025-06-16", "Kuta", CRASH),
            ("ACCIDENT", "menabrakkan", ["turis"], "2025-06-16", None, EARLIER),
        ],
    )
    timeline, _ = timeline_and_conflicts([a], {"a": 0})
    assert [[s.event for s in t.evidence] for t in timeline if t.type == "ACCIDENT"] == [[0]]


def test_sentence_on_the_same_incident_still_joins_it() -> None:
    a = article(
        "a",
        [CRASH, SAME],
        [
            ("ACCIDENT", "menabrak", ["turis"], "2025-06-16", "Kuta", CRASH),
            ("ACCIDENT", "menabrak", ["turis"], "2025-06-16", None, SAME),
        ],
    )
    timeline, _ = timeline_and_conflicts([a], {"a": 0})
    assert [[s.event for s in t.evidence] for t in timeline if t.type == "ACCIDENT"] == [[0, 1]]


# ---------------------------------------------------------------------------- a cited medium's date is no lead's day


def test_lead_day_skips_the_date_a_cited_medium_told_it_on() -> None:
    body = "Dikutip dari Hindustan Times, Selasa (17/6/2025), pada Minggu (15/6) polisi menangkap seorang turis mabuk di Goa."
    cited = body.index("Selasa")
    own = body.index("Minggu")
    a = StoryArticle.of(
        {
            "id": "a",
            "published": "2025-06-17T11:00+07:00",
            "title": "Turis Mabuk Ditangkap",
            "body": body,
            "timexes": [{"start": cited, "value": "2025-06-17"}, {"start": own, "value": "2025-06-15"}],
        }
    )
    # the lead's own day is two days back: beyond one day's reach, so no lead day, and never the citation's 17 June
    assert lead_day(a, 1) is None
    assert lead_day(a, 2) == date(2025, 6, 15)


def test_lead_day_keeps_a_date_told_without_a_citation() -> None:
    body = "Polisi menangkap seorang turis mabuk di Goa, Selasa (17/6/2025), kata Kapolres Budi, dikutip dari Antara."
    a = StoryArticle.of(
        {
            "id": "a",
            "published": "2025-06-17T11:00+07:00",
            "title": "T",
            "body": body,
            "timexes": [{"start": body.index("Selasa"), "value": "2025-06-17"}],
        }
    )
    assert lead_day(a, 1) == date(2025, 6, 17)
