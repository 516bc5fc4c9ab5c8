"""Two matters one speaker raised at one interview are two stories; one matter told by several outlets is one.

At a celebrity's doorstop interview she speaks of her daughter's past illness and of her children's new schools; the
outlets write each matter up apart. Their headlines meet on her name alone, and their bodies share the interview's
words (the studio, her family), so the names-only tests let them join. What tells the two matters apart is what she
is quoted saying at the start of each text: two pieces of one matter quote her same words, two matters none alike
(``lead_quotes``, ``_quotes_apart``). Only a speaker the headlines name counts (a club's statement and its coach's
word on a player are two speakers, not two matters), and a match's story is left alone (its previews quote its
players on many matters, all the match's).

The articles are short Indonesian texts written for these tests; the people, outlets and places are invented.
"""

from __future__ import annotations

from collections import Counter

from telisik.stories.cluster import ClusterInput, Story, StoryClusterer, _quotes_apart, _speaker_mark, cluster_articles, lead_quotes
from telisik.stories.describe import cluster_record
from telisik.stories.similarity import norm

RANI = frozenset({"rani pertiwi"})


def test_a_quote_counts_when_a_speaker_the_headline_names_is_credited_with_it():
    lead = 'Jakarta - Rani Pertiwi bercerita. "Waktu berlalu sangat cepat, anak-anak sudah besar semua," ujar Rani saat ditemui.'
    assert len(lead_quotes(lead, RANI)) == 6  # nine words, six 4-word shingles
    # another speaker's words, a speaker told by "-nya" only, a quote past the text's start: none count
    assert not lead_quotes(lead.replace("ujar Rani", "kata Budi"), RANI)
    assert not lead_quotes(lead.replace("ujar Rani", "ujarnya"), RANI)
    assert not lead_quotes("Kabar. " * 120 + lead, RANI)


def test_a_compact_record_quotes_as_its_article_does():
    article = {
        "id": "a",
        "title": "Rani Pertiwi Terharu Anak-anaknya Beranjak Dewasa",
        "body": '"Waktu berlalu sangat cepat, anak-anak sudah besar semua," ujar Rani Pertiwi.\n\nIa bersyukur. ' * 3,
        "entities": [{"name": "Rani Pertiwi", "type": "PER", "mentions": [{"text": "Rani Pertiwi"}]}],
        "published": "2025-06-09T10:00:00+07:00",
    }
    full, compact = ClusterInput.of(article), ClusterInput.of(cluster_record(article, body_words=40))
    assert full.quoted and compact.quoted == full.quoted


def said(name: str, *shingles: int) -> set[int]:
    """Shingles of words quoted of a speaker, marked as ``lead_quotes`` marks them."""
    return {_speaker_mark(name) | shingle for shingle in shingles}


def test_quotes_of_one_speaker_in_no_words_alike_are_apart():
    illness, schools, schools_again = said("rani pertiwi", 1, 2, 3), said("rani pertiwi", 7, 8, 9), said("rani pertiwi", 8, 9, 10)
    assert _quotes_apart(illness, schools, RANI)
    assert not _quotes_apart(schools_again, schools, RANI)
    # a side that quotes her not at all, or quotes only someone the other headline does not name, tells nothing
    assert not _quotes_apart(set(), schools, RANI)
    assert not _quotes_apart(said("dodi", 1, 2), schools, RANI | {"dodi"})
    assert not _quotes_apart(illness, schools, frozenset({"dodi"}))


def story(sid: str, headline: dict[str, float], quoted: set[int], matches: set[frozenset[str]] | None = None) -> Story:
    title = {f"t:{word}": weight for word, weight in headline.items()}
    return Story(
        sid,
        members=[f"{sid}1", f"{sid}2"],
        centroid={"title": title},
        norm={"title": norm(title)},
        headline_names=Counter({"rani pertiwi": 2}),
        quoted=quoted,
        matches=matches or set(),
    )


ILLNESS = {"rani": 1.0, "pertiwi": 1.0, "bingung": 1.5, "putri": 1.5, "sakit": 1.5}
SCHOOLS = {"rani": 1.0, "pertiwi": 1.0, "terharu": 1.5, "anak": 1.5, "kuliah": 1.5}


def test_two_stories_meeting_on_one_speakers_name_and_quoting_her_apart_are_not_merged():
    clusterer = StoryClusterer()
    assert clusterer._quoted_apart(story("a", ILLNESS, said("rani pertiwi", 1, 2)), story("b", SCHOOLS, said("rani pertiwi", 7, 8)))
    # her same words quoted: one matter
    assert not clusterer._quoted_apart(story("a", ILLNESS, said("rani pertiwi", 1, 2)), story("b", SCHOOLS, said("rani pertiwi", 2, 8)))
    # headlines meeting beyond her name ("anak") tell one matter whatever the quotes
    assert not clusterer._quoted_apart(
        story("a", dict(ILLNESS, anak=1.0), said("rani pertiwi", 1)), story("b", SCHOOLS, said("rani pertiwi", 7))
    )
    # a match's pieces quote its players on many matters
    match = {frozenset({"garuda", "samurai"})}
    assert not clusterer._quoted_apart(story("a", ILLNESS, said("rani pertiwi", 1), match), story("b", SCHOOLS, said("rani pertiwi", 7)))


STUDIO = "Rani Pertiwi ditemui di Studio Cempaka, Kebayoran, Jakarta Selatan, kemarin, bersama keluarga."
NAMES = [{"name": "Rani Pertiwi", "type": "PER", "mentions": 4}, {"name": "Studio Cempaka", "type": "LOC", "mentions": 1}]


def interview(id_: str, outlet: str, title: str, quote: str, more: str) -> dict:
    body = f'{STUDIO}\n\n"{quote}," ujar Rani saat ditemui.\n\n{more}'
    return {"id": id_, "outlet": outlet, "title": title, "body": body, "entities": NAMES, "published": f"2025-06-09T1{id_}:00:00+07:00"}


ILLNESS_QUOTE = "Dulu putriku sempat sakit karena tekanan soal bentuk badan, aku bingung harus bagaimana"
SCHOOLS_QUOTE = "Waktu berlalu cepat sekali, yang sulung mau menikah dan adiknya mulai kuliah tahun ini"
FAMILY = (
    "Rani mengaku keluarga kecilnya selalu saling mendukung. Anak-anak Rani kini tumbuh dewasa, dan Rani bersyukur "
    "keluarga tetap kompak. Rani juga bercerita soal kesibukan keluarga di rumah setiap akhir pekan."
)


def test_one_speakers_two_matters_at_one_interview_are_two_stories():
    pieces = [
        interview("1", "Kabar Pagi", "Rani Pertiwi Terharu Anak Sulung Menikah, Adik Mulai Kuliah", SCHOOLS_QUOTE, FAMILY),
        interview("2", "Warta Kota", "Rani Pertiwi: Anak Sulung Segera Menikah, Si Adik Kuliah", SCHOOLS_QUOTE, FAMILY),
        interview("3", "Kabar Pagi", "Rani Pertiwi Sempat Bingung Saat Putrinya Sakit", ILLNESS_QUOTE, FAMILY),
    ]
    got = cluster_articles(pieces, read_ahead=False)
    assert got["1"] == got["2"]
    assert got["3"] != got["1"]


def test_a_closed_story_keeps_its_quotes():
    from telisik.stories.cluster import ClosedStory

    # (as the window closes it: its centroid and index are let go first)
    quoting = Story("a", members=["a1", "a2"], headline_names=Counter({"rani pertiwi": 2}), quoted=said("rani pertiwi", 7, 8))
    assert ClosedStory(quoting, {}).reopen().quoted == quoting.quoted
