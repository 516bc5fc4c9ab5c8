"""One list of citing words (``lang/id/citing_words.tsv``) read by the events and the time expressions.

"dilansir AFP, Kamis (19/6)": the events read the date as the citing's, the timexes keep it from being the day
later relative days count from; both from the same words. Every sentence here is invented, in the outlets' style.
"""

from __future__ import annotations

from telisik.lang import table
from telisik.lang.citing import CITING_FILE, citing_words
from telisik.nlp.events.lexicon import Lexicon as EventLexicon
from telisik.nlp.events.lexicon import read_tables
from telisik.nlp.timex import TimexGrammar
from telisik.nlp.timex.lexicon import Lexicon as TimexLexicon
from telisik.nlp.timex.lexicon import lexicon_folder, read_lexicon

TEXT = "Kapal itu tenggelam pada Rabu (18/6), disadur dari Reuters, Kamis (19/6). Sehari kemudian bangkainya ditemukan."


def timex_grammar(*rows: tuple[str, ...]) -> TimexGrammar:
    """The package's timex grammar with its citing words replaced by ``rows``, when any are given."""
    lexicon = read_lexicon(lexicon_folder(None))
    return TimexGrammar(TimexLexicon.from_rows({**lexicon, "citing": rows} if rows else lexicon))


def test_the_list_reads_each_kind_of_word():
    words = citing_words([("Menurut", "source"), ("dilaporkan  oleh", "outlet"), ("sebelumnya", "when"), ("pada", "day_lead")])
    assert words.sources == ("menurut",)
    assert words.outlets == ("dilaporkan oleh",)
    assert words.citing == ("menurut", "dilaporkan oleh")
    assert words.when == ("sebelumnya",)
    assert words.day_leads == ("pada",)


def test_the_events_read_their_citing_roles_from_the_shared_list():
    shared = citing_words(table("id", CITING_FILE))
    roles = EventLexicon.of(read_tables()).roles
    assert {w for w in shared.citing if " " not in w} <= roles["citing"]
    assert set(shared.when) <= roles["citing_when"]
    assert "menurut" in roles["citing"] and "pula" in roles["citing_when"]
    # the time words no longer keep a list of their own
    assert not any(row[0].startswith("citing") for row in table("id", "time_words.tsv"))


def test_a_new_citing_word_in_the_shared_list_reaches_both_stages():
    tables = {**read_tables(), "citing": [["disadur", "outlet"], ["pada", "day_lead"]]}
    assert "disadur" in EventLexicon.of(tables).roles["citing"]
    with_it = [(t.text, t.value) for t in timex_grammar(("disadur", "outlet"), ("pada", "day_lead")).tag(TEXT, "2025-06-20")[0]]
    without = [(t.text, t.value) for t in timex_grammar().tag(TEXT, "2025-06-20")[0]]
    # the cited outlet's day is no reference once "disadur" is a word of citing: a day later is counted from Rabu
    assert with_it[-1] == ("Sehari kemudian", "2025-06-19")
    assert without[-1] == ("Sehari kemudian", "2025-06-20")


def test_the_word_between_an_outlet_and_its_day_comes_from_the_list():
    text = "Jasad turis itu ditemukan pada Kamis (5/6), dilaporkan oleh CNA tanggal Minggu (8/6). Dua hari kemudian keluarganya tiba."
    plain = timex_grammar(("dilaporkan oleh", "outlet"), ("pada", "day_lead")).tag(text, "2025-06-08")[0]
    led = timex_grammar(("dilaporkan oleh", "outlet"), ("tanggal", "day_lead")).tag(text, "2025-06-08")[0]
    assert (plain[-1].text, plain[-1].value) == ("Dua hari kemudian", "2025-06-10")
    assert (led[-1].text, led[-1].value) == ("Dua hari kemudian", "2025-06-07")
