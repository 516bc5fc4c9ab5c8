"""The events component's cost: an article's mentions are placed (dateline, title, preposition, ...) only once a rule
asks for them, so an article whose triggers are all turned down, or that has none, never pays for it."""

from __future__ import annotations

from telisik.nlp.events.rules import EventRules


def _doc(nlp, text: str, **kwargs):
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-14"
    return nlp(doc, **kwargs)


def _rules(nlp, text: str) -> EventRules:
    doc = _doc(nlp, text, disable=["telisik_events"])
    pipe = nlp.get_pipe("telisik_events")
    return EventRules(doc, pipe.lexicon, pipe.settings)


def test_no_trigger_places_no_mention(nlp):
    rules = _rules(nlp, "Budi Santoso tinggal di Bandung bersama keluarganya sejak tahun lalu.")
    assert rules.mention_starts  # the names are there
    assert rules.events() == []
    assert "mentions" not in vars(rules)  # and none of them was placed


def test_mentions_placed_when_a_trigger_needs_them(nlp):
    text = "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Jepang di Tokyo pada Senin (9/6)."
    rules = _rules(nlp, text)
    found = rules.events()
    assert "mentions" in vars(rules)
    assert [(e.type, e.who, e.where) for e in found] == [(e.type, e.who, e.where) for e in _doc(nlp, text)._.events]
    assert found and found[0].where == "Tokyo"
    tokyo = next(m for m in rules.mentions if m.name == "Tokyo")
    assert tokyo.prep == "place"  # placed by "di", as when placed at once


def test_facts_few_rules_read_are_read_when_asked(nlp):
    """The facts only some articles' rules read (the dates, the quotes, the clause boundaries, the sentences' first
    words, the entities' names by id) are read from the doc when a rule first asks, and then as they were at once."""
    text = 'JAKARTA - Budi Santoso tinggal di Bandung sejak 2020. "Saya senang," kata Budi kepada Ani.'
    rules = _rules(nlp, text)
    lazy = ("timexes", "timex_starts", "quotes", "_boundary_roles", "sent_start_set", "entity_names", "line_starts", "published", "ends")
    assert not set(lazy) & set(vars(rules))
    assert rules.ends == [rules.starts[k] + len(w) for k, w in enumerate(rules.raw)]
    assert rules.ends[rules.low.index("budi")] == text.index("Budi") + len("Budi")
    assert rules.line_starts == [0]
    assert rules.published == "2025-06-14"
    assert text.index("Budi") in rules.sent_start_set  # the lead opens after the dateline
    assert text.index("Saya") in rules.sent_start_set  # after the quote mark opening the sentence
    assert "Budi Santoso" in rules.entity_names.values()
    n = len(rules.low)
    assert len(rules.roles_in(0, n)) == n


def test_clause_boundaries_read_by_range_as_at_once(nlp):
    """The clause boundaries are read over the token ranges asked for (a trigger's scope), and are there what a
    reading of the whole article gives."""
    text = "Polisi menangkap Budi karena mencuri motor. Sejak 2020, ia tinggal di Bandung ketika banjir melanda, kata Ani."
    whole = _rules(nlp, text)
    n = len(whole.low)
    at_once = list(whole.roles_in(0, n))
    assert any(length for length, _ in at_once)  # "karena", "ketika", ... open clauses
    by_range = _rules(nlp, text)
    cut = by_range.low.index("sejak")
    by_range.roles_in(cut, n)
    assert by_range.roles_in(0, cut) == at_once
    assert by_range.clauses(0, cut) == whole.clauses(0, cut)


def test_cue_phrases_matched_as_before(nlp):
    """The shortcuts before the phrase scans (a naming word's last word, a noun of kin's, a cue's first word) let through
    every place a phrase matches."""
    from telisik.nlp.events.normative import told_by_a_rule

    rules = _rules(nlp, "Polisi menangkap pria berinisial AB di rumah adik Budi Santoso.")
    k = rules.raw.index("AB")
    assert rules._naming_before(k) == 1
    assert rules._naming_before(k - 1) == 0
    budi = rules.raw.index("Budi")
    assert rules._kin_before(budi) == rules.low.index("adik")
    low = ["menurut", "undang-undang", "setiap", "warga", "wajib", "membayar", "pajak"]
    assert told_by_a_rule(low, 0, low.index("membayar"))  # a law, then a word of duty, before the trigger
    assert not told_by_a_rule(low, 0, low.index("wajib"))  # no word of duty before it
    assert not told_by_a_rule(low, 2, low.index("membayar"))  # no law in the sentence


def test_gazetteer_asked_once(nlp, monkeypatch):
    """A place listed among people asks the entity stage's lexicon whether it knows the place: the lexicon is looked up
    once, not built again (its key hashed) for every mention."""
    from telisik.nlp.entities import lexicon as entity_lexicon

    text = "Dua nelayan, Ijang (45) dan Saepul (38), tewas tenggelam di perairan Cilacap pada Senin (9/6)."
    _doc(nlp, text)  # the pipeline's own components read their lexicon at their first doc
    lexicon = entity_lexicon.default_lexicon()

    def rebuilt():
        raise AssertionError("the lexicon's files asked again")

    monkeypatch.setattr(entity_lexicon, "LexiconFiles", rebuilt)
    assert entity_lexicon.default_lexicon() is lexicon
    assert _doc(nlp, text)._.events  # the rules ran through the lists of people


def test_tokens_as_the_pattern_finds_them(nlp):
    """The words are split off the text with their offsets exactly as ``TOKEN`` finds them, across runs of spaces and
    line breaks, joined words and punctuation glued to them; the possessive pattern finds what the plain one did."""
    import re

    from telisik.nlp.events.lexicon import TOKEN

    text = "JAKARTA  -  Warga\n\nKota-Batu “tiba\u2011tiba”  datang, kata Ani's (9/6).  \n"
    rules = _rules(nlp, text)
    found = list(TOKEN.finditer(text))
    assert rules.raw == [m.group() for m in found]
    assert rules.starts == [m.start() for m in found]
    assert rules.ends == [m.end() for m in found]
    assert rules.low == [m.group().lower() for m in found]
    plain = re.compile(r"\w+(?:[-\u2010\u2011'’]\w+)*|[^\w\s]")
    for sample in (text, "anti-tank--x 'a'b- -c 10.000,5 Rp10 ke-27 tiba‑tiba"):
        assert TOKEN.findall(sample) == plain.findall(sample)


def test_sentences_and_scene_sentences_as_before(nlp):
    """Sentences lose their trailing space and split at line breaks; a sentence placing the happening just told is still
    found where one is, and none where no such words stand."""
    from telisik.nlp.events.facts import sentence_spans

    doc = nlp.make_doc("Satu dua.  \nTiga empat.\n\n  ")
    assert sentence_spans(doc, doc.text) == [(0, 11), (12, 23)]  # a line keeps its own spaces before the break
    text = "Sebuah bus terguling di Tol Cipali. Peristiwa itu terjadi pada Senin (9/6) di Subang."
    rules = _rules(nlp, text)
    assert rules._scene_sentences() == [1]
    assert _rules(nlp, "Sebuah bus terguling di Tol Cipali pada Senin (9/6).")._scene_sentences() == []


def test_route_word_two_before_a_place(nlp):
    """A place after a plain word is still a route's end when a route's word stands right before that word ("rute
    seperti Cengkareng"), and said where a citing word stands before it ("menurut BMKG")."""
    rules = _rules(nlp, "Maskapai membuka rute seperti Cengkareng dan Labuan Bajo. Hujan turun, menurut BMKG Jakarta.")
    by_name = {m.name: m for m in rules.mentions}
    assert by_name["Cengkareng"].route and by_name["Cengkareng"].modifier


def test_no_trigger_reads_no_other_fact(nlp):
    """An article with no trigger needs only its words: its sentences, its sports words and its mentions are read when
    a rule first asks, and then as they were read at once."""
    from itertools import accumulate

    from telisik.nlp.events.facts import entity_mentions, sentence_spans

    text = "Budi Santoso tinggal di Bandung. Ia suka sepak bola dan menonton pertandingan liga setiap pekan."
    rules = _rules(nlp, text)
    assert rules.events() == []
    assert not {"sents", "sent_starts", "sport_at", "sporty", "_unplaced", "mention_starts"} & set(vars(rules))
    second = text.index("Ia")
    assert rules.sents == sentence_spans(rules._doc, text) == [(0, second - 1), (second, len(text))]
    assert rules.sent_starts == [0, second]
    assert rules.sport_at and rules.sport_at == sorted(rules.sport_at)
    assert rules.sporty == (len(rules.sport_at) >= rules.cfg.sport_words)
    assert [m.start for m in rules._unplaced] == [m.start for m in entity_mentions(rules._entities)] == rules.mention_starts
    assert rules.mention_reach == list(accumulate(rules.mention_ends, max))


def test_person_found_past_a_longer_name(nlp):
    """A word is in a person's name whatever names end before it: the furthest end of the mentions so far rules out most
    words at once, never one a name covers."""
    rules = _rules(nlp, "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang di Tokyo pada Senin (9/6).")
    prabowo, jepang = rules.low.index("prabowo"), rules.low.index("jepang")
    assert rules._person_at(prabowo) and rules._person_at(prabowo + 1)
    assert not rules._person_at(rules.low.index("bertemu"))
    assert not rules._person_at(jepang)  # a place, not a person
    assert not rules._person_at(0) or rules.mention_starts[0] == 0
    assert rules.mention_reach[-1] == max(rules.mention_ends)


def test_one_word_phrase_found_at_its_word():
    """A phrase of one word is found where its word stands; a longer one only where all its words follow."""
    from telisik.nlp.events.lexicon import _phrases

    phrases = _phrases([("yang", "clause"), ("di mana", "clause"), ("di", "place")])
    words = ["kota", "di", "mana", "yang", "di", "sana"]
    assert [phrases.at(words, i) for i in range(len(words))] == [(0, ""), (2, "clause"), (0, ""), (1, "clause"), (1, "place"), (0, "")]


def _every_trigger(rules: EventRules) -> list[tuple[int, int, str, bool]]:
    """The triggers the search finds when it tries every trigger its word opens (no index by the next word): what
    ``find_triggers`` must find."""
    low, openers, found, after = rules.low, rules.lex.trigger_openers, [], 0
    for i, word in enumerate(low):
        if i < after or word not in openers:
            continue
        hit = next((h for trig in openers[word] if (h := rules._trigger_at(trig, i)) is not None), None)
        named = hit and (rules._inside_name(hit[0]) or ("common" in hit[2].flags and not rules._common_word(hit[0])))
        if hit and not named and not rules.in_law_title(hit[0]):
            found.append((hit[0], hit[1], hit[2].type, hit[3]))
            after = hit[1]
    return found


def test_trigger_search_by_next_word_finds_every_trigger(nlp):
    """``find_triggers`` tries only the triggers that may stand before the next word (``Lexicon.trigger_follow``): it
    finds what trying all of them finds, a trigger of several words, one of one word after a common opener, a suffix on
    the second of two words and an opener as the last word included."""
    texts = [
        "Korban masih dalam kondisi kritis di rumah sakit. Polisi menetapkan tersangka pada Senin. Ia lalu ditetapkan sebagai tersangka.",
        "Kasus itu menjadi perhatian warga. Budi menjadi tersangka dalam kasus itu, dan ia tidak hadir dalam sidang kemarin.",
        "Kunjungan kerjanya ke Bandung berlangsung singkat, sebagai bagian dari kunjungan resmi. Rumah itu terbakar dalam",
    ]
    for text in texts:
        rules = _rules(nlp, text)
        got = [(i, j, t.type, nya) for i, j, t, nya in rules.find_triggers()]
        assert got == _every_trigger(rules)
    assert _every_trigger(_rules(nlp, texts[0]))  # the texts hold triggers
    lex = rules.lex
    for word, cands in lex.trigger_openers.items():
        singles, by_next = lex.trigger_follow[word]
        assert singles == tuple(t for t in cands if len(t.words) == 1)
        for trig in cands:
            if len(trig.words) > 1:
                assert trig in by_next[trig.words[1]]  # a longer trigger is tried before its second word
        for tried in by_next.values():
            assert list(tried) == [t for t in cands if t in tried]  # in the opener's order
            assert set(singles) <= set(tried)


def test_lexicon_sets_made_once_for_every_article(nlp):
    """The word sets the mentions' tests derive from the lists (the prepositions, the cues of a non-party, ...) are made
    once per lexicon, not once per article: two articles read the same sets, and they are the unions of their roles."""
    first, second = _rules(nlp, "Budi tinggal di Bandung."), _rules(nlp, "Ani pergi ke Jakarta dari Bogor.")
    roles = first.lex.roles
    for name in ("_prepositions", "_party_cues", "_describing_words", "_addressee_stops", "_citing_prefixes"):
        assert getattr(first, name) is getattr(second, name)
    assert first._prepositions == roles["place"] | roles["destination"] | roles["source"]
    assert first._party_cues == {"dari"} | roles["account"] | roles["medium"] | roles["addressee"]
    assert first._addressee_stops == roles["addressee"] | first._prepositions
    assert first._citing_prefixes == tuple(sorted(roles["citing"]))
