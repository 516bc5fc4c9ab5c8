"""Group articles into stories, incrementally, across outlets and days.

Each article joins the best existing story or starts one (the single-pass
scheme of Event Registry and Miranda et al. 2018, "Multilingual clustering of
streaming news"):

- An article is three TF-IDF vectors, as in Miranda et al.: its headline's
  words (the densest statement of what happened), its body's words (the lead
  first), and the names of its people, organisations and places.
- A story keeps the sum of its members' vectors, cut to its strongest terms.
- The similarity of an article to a story is a weighted mean of the three
  cosines (a space the article or the story lacks drops out of the mean).
- Candidate stories come from an inverted index from a story's strongest terms
  to the story, looked up with the article's strongest terms; so an article is
  compared with a handful of stories, never with all of them.
- A story leaves the index once its newest article is more than ``window_days``
  older than the stream, so the index holds only the stories still open and
  the cost per article stays flat as the corpus grows.
- The article joins the best candidate when the similarity (words and names
  mixed, lowered a little with the days between them) reaches
  ``join_threshold``; otherwise it starts a story. Names with hardly anyone in
  common halve it (two companies' dividends), unless another outlet's headlines
  are nearly the article's own (``alike_headlines_similarity``).
- Near-duplicates (a syndicated copy, a rewrite of the same wire) are found
  with MinHash LSH (datasketch) over word 3-shingles (``stories.shingles``);
  a near-duplicate joins the story of the article it copies and is marked as
  its copy.
- Articles that report no happening (``stories.kinds``) are kept from piling
  up by topic: an evergreen "series" piece (a listicle, a recipe, a synopsis)
  is a story of its own that only its copies join; a "routine" report (a
  schedule, a market close) groups only with the stories of its own day, and
  one out in the morning that tells the day before's close ("... pada sesi
  perdagangan Rabu, 18 Juni 2025": ``kinds.session_day``) is no report of the
  day's own close (``part_sessions``).
- Two guards keep two happenings apart when they share names and words. One
  outlet's pieces on its beat (a rider, a mayor) share its names but report
  different things: an article joins a story only its own outlet has reported
  when their bodies are alike too (``own_outlet_words_similarity``). And a
  headline that names a kind of happening (a shooting, an accident, a fire:
  ``kinds.headline_happenings``) does not join a story whose headlines name
  only other kinds, as an emergency landing and a school shooting in one city
  on one day would (``part_happening_kinds``). Both guards also hold for merges.
  The bodies (or headlines) of one outlet's pieces are compared without the
  words of their names: a rider's name in both is the beat, not one happening.
  Yet two names both headlines give, that no other open story of the outlet's
  headlines gives and that few background documents give (a bupati and the bay
  he sent a boat away from), tell one happening told in several pieces
  (``own_outlet_shared_names``); and so does one such name, given an article
  very like the story in the whole, as an outlet covering a happening alone
  writes several pieces on one matter (``own_outlet_vouch_similarity``), or
  one such name, given headlines that name one kind of happening (a crash and
  the family it killed: ``own_outlet_kind_similarity``). A headline alike in a
  tournament's name alone ("Piala Dunia Antarklub 2025: ...") vouches for
  nothing: the tournament is the sports desk's beat. A name few background
  documents give, that the story's own headlines give twice or more and no
  other open story of the outlet gives, vouches for an article like the story
  (an outlet's burst of pieces on one killing, one crash: ``own_outlet_rare_name_similarity``).
  Neither vouches for an outlet's evergreen explainers of one topic: a piece
  whose headline explains ("Penyebab ...", "Apa itu ...?": ``kinds.headline_explains``)
  and whose headline and text start name no day (``kinds.lead_dated``) tells no
  happening, and joins, or is joined by, another piece of its outlet only
  when their headlines share a name (``undated_apart``): "Pengaruh Garam
  terhadap Risiko Stroke" is not "Kopi Kurangi Risiko Stroke", while "Shell
  Jual Seluruh SPBU, Bagaimana Nasib ...?" stays with the sale.
- How every outlet tells a happening is by the names most of its headlines
  give (a war's two countries, a couple, a volcano). An article whose headline
  gives all of them joins such a story, once several outlets report it, at a
  lower similarity than other articles need (``anchored_join_threshold``): the
  war's oil prices and a wedding guest's words are still the war and the wedding.
- Two stories, reported by more than one outlet, whose headlines give one rare
  place (a volcano, a village road) or share rare headline words ("ASN ... WFA")
  are one happening told from two angles (the eruption, the flights it
  cancelled): they merge at a lower similarity (``headline_merge_threshold``).
- Headlines that each name one match ("PSG vs Botafogo") with no team of the
  other's report two matches of one round: neither joins the other's story
  (``part_matches``); one team's matches of a tournament stay joinable. A
  headline reporting a match's result ("Indonesia Pukul Thailand 3-2") tells
  that match only: the result and a headline naming another pairing of the
  team ("Indonesia vs Bahrain", the next day's match) are two stories. A
  national team's pairing told by a cue before the nation it plays ("Timnas
  Indonesia Usai Kalahkan China", "... Jelang Lawan Jepang":
  ``kinds.headline_pairing``) counts as such a match or result.
- A story told by a name that opens with a word many things of one kind share
  ("Timnas Indonesia", "Gunung Semeru": ``sibling_heads.tsv``) is not joined by
  a headline naming another of that kind and not the story's own ("Timnas
  Palestina": another team's elimination in one qualifying round), nor by one
  that names neither the team nor its nation and meets the story's headlines on
  the competition's words alone ("Ini 6 Tim Asia yang Lolos Piala Dunia 2026":
  the round, ``competition_words.txt``); and a named landform in a headline
  ("Gunung Raung") is where its happening is, as a regency is
  (``kinds.headline_landforms``; ``part_places``).
- A headline says what happened; one that shares no word and no name with the
  headlines of a story (its summed headline terms) tells another happening,
  however alike the bodies and names are: a player's illness is not the match
  he missed, another matter an official raised is not the one the story
  reports (``headlines_meet``). Two stories whose headlines share nothing are
  not merged either; nor are two stories, each of several pieces, whose
  headlines are far apart: the matters raised at one press occasion, or two
  incidents of one place, alike in their bodies and names
  (``parted_headlines_similarity``).
- A day brings many matters on one topic ("haji") or from one speaker ("Istana"):
  a headline that shares a single term with a story's headlines, and not a word
  of the name the story is told by, joins only at a higher similarity
  (``lone_headline_term_threshold``). A headline naming a province or a city the
  story's headlines do not, while most of those name their own, tells a like
  happening elsewhere (another province's school admissions): it too needs a
  higher similarity (``other_region_threshold``). A round's roundup or schedule
  ("Skor Italia - Kroasia - Belgia") is no report of one of its matches
  (``part_roundups``).
- A headline that meets a story's headlines on a person's or a club's name (or
  a title standing for one: "Mendagri") alone tells, under that name, whatever
  else its words say (a singer's remarriage talk beside her surgery, a club's
  transfer reply beside its match): it joins only when its body gives the
  story's own headline words (``names_only_headline_words``), in its opening
  sentences when one name alone is met (a player taking another's shirt number
  recalls that one's doping charge only further on: ``names_only_lead_words``),
  or its opening names another party of the story's headlines (the match's
  other side).
- One outlet's template told of many places ("Posisi APBD Kab Cianjur ...",
  "... Kab Bandung ...") is a report per place: an article naming places none
  of which such a story's headlines name neither joins it nor is its copy
  (``part_outlet_places``); and two rounds of a racing series ("MotoGP Aragon",
  "Jadwal MotoGP Italia": ``kinds.headline_races``) are two races (``part_races``).
  A headline counting places and naming none ("14 Provinsi Gelar Pemutihan
  ...": ``kinds.headline_tallies_places``) is a roundup, not one place's
  happening: it does not join a story whose headlines name their place
  (``part_tallies``).

Articles are taken in date order. An article with no date (no publication date
and no anchor inferred from its text) is taken last, against the stories still
open at the end of the stream.

What an article is to the stream (its words, shingles and signature, and its
vectors, weighed by the document frequencies of the articles before it) does
not depend on the stories: over a long stream (``StoryClusterer.add_all``) a
helper process reads the articles ahead, in the stream's order, while this
one places them, and the stories are the same as when one process does both.
"""

from __future__ import annotations

import gc
import hashlib
import heapq
import multiprocessing
import os
import re
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Sized
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache
from itertools import chain, filterfalse, islice
from typing import Any, TypeVar

from telisik.lang import lower_word_list, person_titles, table
from telisik.pages.dates import alternation, iso_day
from telisik.spill import SpilledValues
from telisik.stories.event_names import country_keys
from telisik.stories.kinds import (
    LEAD_CHARS,
    ROUTINE,
    SERIES,
    article_kind,
    decision_meetings,
    headline_explains,
    headline_happenings,
    headline_landforms,
    headline_localities,
    headline_pairing,
    headline_races,
    headline_regions,
    headline_tallies_places,
    lead_dated,
    names_locality,
    province_keys,
    session_day,
)
from telisik.stories.match_facts import headline_draw, headline_match, headline_result, headline_roundup
from telisik.stories.shingles import Shingles, Signature
from telisik.stories.similarity import DocumentFrequencies, Vector, add, dot, norm, top, weigh, words
from telisik.stories.thread_links import backdrop_names
from telisik.stories.told_happenings import one_told, told_happenings
from telisik.text import fold_name

ENTITY_TYPES = ("PER", "ORG", "LOC")
HEADLINE_CHARS = 400  # a headline is short; a longer one is read this far, so the work per article stays bounded
MEETING_CHARS = 1500  # a body is read this far for the meeting it reports (its first paragraphs name it)


@dataclass(frozen=True)
class ClusterConfig:
    """The clustering's knobs.

    The threshold and the weights were chosen on the development day (10 June
    2025, ``bench/story_tune.py``); the test day (18 June) was scored once
    with them. The window is a prior: a story with no new article for a week
    has ended (the labelled days cannot tell 3 from 7).
    """

    window_days: float = 7.0  # a story stays open this long after its newest article
    join_threshold: float = 0.22  # similarity needed to join a story
    title_weight: float = 0.2  # weights of the headline's, the body's and the names' cosines
    words_weight: float = 0.5
    names_weight: float = 0.3
    decay_days: float = 10.0  # similarity is divided by (1 + gap / decay_days)
    centroid_terms: int = 120  # terms kept in a story's centroid, per space
    article_terms: int = 60  # terms kept of an article's vector, per space
    index_terms: int = 25  # a story's terms that point to it in the index
    query_terms: int = 15  # an article's terms looked up in the index
    candidates: int = 12  # stories scored in full per article
    max_postings: int = 5000  # a term pointing to more open stories than this is too common to look up
    body_words: int = 400  # words of the body that count (the lead carries the story)
    # two open stories whose centroids grow this alike become one (a story that
    # started twice, from two angles, before an article joined them up); None: never
    merge_threshold: float | None = 0.35
    merge_candidates: int = 4
    min_names_similarity: float = 0.1  # names cosine under which article and story are about different parties
    foreign_names_factor: float = 0.5  # what the similarity keeps then
    # ... unless their headlines are this alike (the headline cosine): two outlets' headlines that share most of their
    # words ("KKP Jelaskan Kondisi 4 Pulau Kecil Anambas yang Dijual Online", "Fakta-fakta Empat Pulau di Anambas Dijual
    # Online") tell one happening, and their names differ in how each text's names were read ("Kepulauan Anambas",
    # "KKP" for the ministry), not in whom they are about; None: always
    alike_headlines_similarity: float | None = 0.5
    routine_names_similarity: float = 0.3  # names cosine a routine report needs with a story of its day
    # a later day's article joins a story only this like the story's first day (its core): a story whose
    # new articles no longer share what happened closes, and they start a story of their own; None: never
    core_threshold: float | None = 0.15
    # an outlet writes many pieces on one beat (a rider, a mayor, a club) that share its names and words but report
    # different happenings; another outlet's report of the same thing is what vouches for one happening. So an
    # article joins a story that only its own outlet has reported when their bodies are this alike beyond the
    # names (the words' cosine, counting no word of either side's names: a rider's name in both is the beat, not
    # what happened; 0.25 keeps the development day's B-cubed, 0.3 loses precision there); None: no such test
    own_outlet_words_similarity: float | None = 0.25
    # ... or when their headlines are this alike beyond the names ("... Korupsi Dana Hibah Pramuka" in both)
    own_outlet_title_similarity: float = 0.3
    # ... or when the article is this like the story in the whole (``similarity``: headline, body and names) and their
    # headlines share one name of their own (``own_outlet_shared_names``' test, for one name): an outlet that covers a
    # happening alone writes its several pieces around one matter, told in other words each time ("Iran Ancam Tutup
    # Selat Hormuz", "Dampak jika Iran Tutup Selat Hormuz", "Selat Hormuz Milik Siapa?"), while its beat's pieces (a
    # rider's weekend, his test, a pundit on him) give the beat's names, that its other stories give too (0.5 leaves
    # both labelled days' B-cubed as it was); two stories of the outlet this alike (``_story_similarity``) may merge
    # alike; None: never
    own_outlet_vouch_similarity: float | None = 0.5
    # ... or when their headlines give this many names in common (a name within another counting once) that the
    # outlet's other open stories' headlines do not give: a rider and his championship, given in many of the
    # outlet's pieces, are its beat; a bupati and the bay where he sent a boat away, given in these two sides'
    # headlines alone, are one happening told in several pieces; None: never
    own_outlet_shared_names: int | None = 2
    # ... or, one name of their own is enough when their headlines name one kind of happening (``kinds.headline_happenings``:
    # a helicopter crash and the family it killed, told by one outlet alone) and the article is this like the story in
    # the whole; a beat's pieces name no kind of happening; None: never
    own_outlet_kind_similarity: float | None = 0.25
    # ... or, one name of their own is enough when few background documents give it (this share at most: a bride's, a
    # dead singer's, a remote archipelago's name; a rider's or a club's is in many), the story's own headlines give it
    # this many times (the outlet telling one matter in a burst of pieces: a wedding's vows, guests and rings) and the
    # article is this like the story in the whole; a beat's two pieces on a newcomer's name stay apart; None: never
    own_outlet_rare_name_similarity: float | None = 0.35
    rare_name_share: float = 0.002
    rare_name_told: int = 2
    # ... or, with no name of their headlines to go by, when the story is of the article's day alone and their bodies
    # share this many names rare in the background (``rare_name_share``), which weigh this much of their names'
    # cosine: an outlet's burst of pieces on one happening within hours (a killing: the victim, her hotel, the
    # hospital, the officer who spoke) names its people and places in every piece, while its headlines name them in
    # turn ("Jasad Wanita ... di RS", "SOSOK <the victim>"). A beat recurs across days (the mayor on Monday, then
    # on Tuesday), so a story of other days is never vouched for so; its same-day pieces (a rider's two pieces
    # before a race) share its famous names, common in the background; None: never
    burst_similarity: float | None = 0.45
    burst_names: int = 3
    burst_names_similarity: float = 0.35
    # ... and two stories of one outlet alone merge so (``_stories_burst``) on this many rare names and this share
    burst_story_names: int = 4
    burst_story_names_similarity: float = 0.25
    # headlines that meet on a standing war's parties alone (``thread_backdrop_names.txt``: "Israel", "Hamas") tell one
    # happening only where the article's opening gives a name of the story's own headlines (the commander whose body
    # was found): the war's many pieces share its words in their bodies (``_told_beyond_names``); False: as any names
    backdrop_meets: bool = True
    # two sides of one outlet alone, one of them evergreen (no headline or text start of it names a day,
    # ``kinds.lead_dated``, and most of its headlines explain, ``kinds.headline_explains``: "Penyebab Stroke ...",
    # "Pengaruh Garam terhadap Risiko Stroke"), are vouched for by names only, not by alike bodies or headlines: an
    # outlet's explainers share their topic's words, which make no happening (``_evergreen_pair``)
    undated_apart: bool = True
    # ... none of them a name this share of the background's documents give (a club, a championship, a country:
    # a beat from the first day of a run, before the outlet's other pieces show it)
    beat_name_share: float = 0.008
    # an article whose headline names a kind of happening (``kinds.headline_happenings``: a shooting, an accident,
    # a fire) does not join, nor is merged with, a story whose headlines name only other kinds
    part_happening_kinds: bool = True
    # ... and joins a story whose headlines name no kind of happening only at this higher similarity: a press
    # occasion's other matter (a consulate's briefing on arrests abroad, then its word on a killing elsewhere) shares
    # the speaker's words, where a follow-up of the story's own happening shares its words; None: as any article
    unkinded_story_threshold: float | None = 0.3
    # the names most of a story's headlines give (a war's two countries, a couple's names, a volcano) are how every
    # outlet tells that happening, whatever else its piece is about (the war's oil prices, a wedding guest's words):
    # an article whose headline gives all of them joins a story of this many outlets and members at this lower
    # similarity (``headline_anchor``); None: never. A beat of one outlet (a rider's name) is no such story.
    anchored_join_threshold: float | None = 0.15
    anchor_outlets: int = 2
    anchor_members: int = 4
    # two stories of more than one outlet whose headlines tell one happening are one told from two angles (the
    # eruption, the flights it cancelled), merged at this lower similarity (``_told_alike``): their headlines give one
    # place few background documents give (a volcano, a village road: ``beat_name_share``; a happening is somewhere,
    # while a governor or an attorney general's office is named in the headlines of many matters of theirs), or,
    # where they do not both give such a place, their strongest headline words hold this many such rare words
    # ("ASN ... WFA", "Sopir Truk ... ODOL"); None: never
    headline_merge_threshold: float | None = 0.25
    headline_words: int = 8  # a story's strongest headline words read
    shared_headline_words: int = 2
    # headlines that each name one match ("PSG vs Botafogo"; ``match_facts.headline_match``) of teams the other's do not
    # name report two matches: an article or story of one does not join one of the other
    part_matches: bool = True
    # a headline reporting one match's result (``match_facts.headline_result``) and a headline naming another pairing
    # of one team (its match of the day before or after) tell two matches: neither joins the other's story
    part_results: bool = True
    # a headline telling a round (``match_facts.headline_roundup``: "Skor Italia - Kroasia - Belgia", a matchday's
    # streaming schedule) reports none of its matches: a story of such headlines and one whose headlines name one
    # match do not join
    part_roundups: bool = True
    # an article whose headline shares no term with a story's headlines (the story's summed headline vector) reports
    # another happening under the same names (a player's illness and the match he missed; an official's other
    # matter): it does not join the story, nor are two such stories merged; False: never tested
    headlines_meet: bool = True
    # an article whose headline shares a single term with a story's headlines (its summed headline terms) meets it
    # on one word or name only: the topic ("haji", "Israel") or the speaker ("Istana", "Mendagri") of many matters
    # of a day; it joins only at this higher similarity (its body then tells the same matter), unless its body names the
    # meeting whose decisions are the news (``kinds.decision_meetings``) that a third of the story's members name: a
    # central bank's rate and its outlook figures, of one board meeting, are one story; None: no such test
    lone_headline_term_threshold: float | None = 0.3
    # ... and two stories whose headlines share a single term merge only at this similarity; None: no such test
    lone_headline_term_merge_threshold: float | None = 0.45
    # an article whose headline names places below a nation (``kinds.headline_regions``: a province, a city) none of
    # which a story's headlines name, while most of those name places of their own, tells a like happening elsewhere
    # (another province's school admissions, another city's forecast): it joins only at this similarity, and two such
    # stories merge only at ``other_region_merge_threshold``; None: no such test
    other_region_threshold: float | None = 0.35
    other_region_merge_threshold: float = 0.45
    # an article whose headline reports a kind of happening (a quake, a flood, a fire) the story's headlines report, and
    # names places (``kinds.headline_localities``: a regency, a city; ``headline_regions``) none of which the story's
    # headlines name, tells a like happening elsewhere (a quake in Nabire, another in Pangandaran): it does not join,
    # unless its body's start names one of the story's places (a follow-up told from a neighbouring town); two such
    # stories are not merged; False: never tested
    part_places: bool = True
    # an outlet writes one template for many places ("Posisi APBD Kab Cianjur Juni 2025 ...", "... Kab Bandung ...",
    # "Jadwal Sholat Kota ..."): alike in every word but the place and the figures, they tell no one happening. An
    # article whose headline names places (``headline_localities``, ``headline_regions``), none of which the headlines
    # of a story its outlet alone reports name while most of those name their own, neither joins that story nor is
    # its copy; False: never tested
    part_outlet_places: bool = True
    # headlines naming rounds of a racing series by their places (``kinds.headline_races``: "MotoGP Aragon", "Jadwal
    # MotoGP Italia"), none of them the same, report two races however many names (a rider) they share: neither joins,
    # nor is merged with, the other's story; False: never tested
    part_races: bool = True
    # a headline counting or listing places and naming none ("14 Provinsi Gelar Pemutihan Pajak Kendaraan",
    # ``kinds.headline_tallies_places``) tells a roundup across places: it does not join a story most of whose headlines
    # name their own place (Jakarta's amnesty); False: never tested
    part_tallies: bool = True
    # an article whose headline meets a story's headlines on words of people's or organisations' names alone (a singer,
    # a club; a country's name is how a war is told, not who) tells, under the same name, whatever its other words say
    # (the singer's remarriage talk beside her surgery story, the club's transfer reply beside its match): it joins only
    # when its body gives one of the story's strongest headline words beyond the names (this many read: "operasi",
    # "hidung"), or its headline gives one of the story's strongest body words (``names_only_body_words`` read);
    # two sides naming one match, or one meeting whose decisions are the news (``lone_headline_term_threshold``), are one
    # happening; None: no such test
    names_only_headline_words: int | None = 12
    names_only_body_words: int = 40
    # ... the story's headline words are looked for in the body's opening sentences (``_opening``, at most this many
    # words of them: its lead, where a follow-up says what it follows, "Mudryk ... didakwa melanggar aturan
    # anti-doping"), not further on, where another matter told under the name recalls the story in a sentence of
    # context (a player taking Mudryk's shirt number: "Mudryk harus absen karena tersandung kasus doping"); None: the
    # whole body
    names_only_lead_words: int | None = 60
    # ... where the headlines share a name every word of which more than ``beat_name_share`` of the background's
    # documents give (a club or an office named in common words, "Bintang Timur", "Dinas Kesehatan", a common given
    # name; not a celebrity the background seldom names, "Xabi Alonso": the background measures words, not fame), a
    # word this share of them give or more ("transfer", "muda", "pemain") is that name's topic, given in its many
    # pieces whatever each reports: it counts with the names, so a club's coach
    # cutting three players and its hunt for a wonderkid, meeting on the club and "transfer", must share what
    # happened (the story's own words, its other party); None: every word beyond the names tells the happening
    names_only_topic_share: float | None = 0.025
    # two stories each told in several pieces whose headlines are this unlike (the cosine of their summed headline
    # vectors) report two matters, however alike their bodies and names: the matters raised at one press occasion (a
    # federation's new pairing and its ultimatum to athletes) or related incidents of one place (an activists' boat
    # seized and a general's remarks on Gaza) are not merged; a story and a lone article are left to the join's tests
    # (a follow-up's headline is told in its own words); None: no such test
    parted_headlines_similarity: float | None = 0.2
    # a routine report whose text starts by telling an earlier day's trading session (``kinds.session_day``: "IHSG ...
    # berakhir di zona merah pada sesi perdagangan Rabu, 18 Juni 2025", out on Thursday morning) reports that day's
    # close: it does not join, nor is merged with, a story of routine reports of another session (the day's own close);
    # False: never tested
    part_sessions: bool = True
    duplicate_threshold: float = 0.6  # estimated Jaccard of word 3-shingles for a near-duplicate
    num_perm: int = 64


@dataclass(frozen=True)
class ClusterInput:
    """What the clustering reads of one article: its words, its day, and how often it names whom."""

    id: str
    title: str
    body: str
    day: date | None
    opening: str = ""  # its text's first sentences, as written (``_opening``): what a follow-up says it follows
    names: tuple[tuple[str, int], ...] = ()  # (name, mentions) of its people, organisations and places
    kind: str | None = None  # "series", "routine" or None (a news report): ``stories.kinds``
    outlet: str | None = None  # who published it; None when unknown
    happenings: frozenset[str] = frozenset()  # the kinds of happening its headline reports (``kinds.headline_happenings``)
    headline_names: frozenset[str] = frozenset()  # its names (folded) that its headline gives
    places: frozenset[str] = frozenset()  # its names (folded) of places
    match: frozenset[str] = frozenset()  # the two sides of the one match its sports headline names, if it names one
    result: frozenset[str] = frozenset()  # the two sides of the match whose result its headline reports, if it reports one
    regions: frozenset[str] = frozenset()  # the places below a nation its headline names (``kinds.headline_regions``)
    roundup: bool = False  # whether its sports headline tells a round, not one match (``match_facts.headline_roundup``)
    meetings: frozenset[str] = frozenset()  # the meetings whose decisions are the news its text names (``kinds.decision_meetings``)
    localities: frozenset[str] = frozenset()  # the regencies and cities its headline names (``kinds.headline_localities``)
    draw: bool = False  # whether its roundup tells the next stage's draw (``match_facts.headline_draw``), not a matchday
    # whether its text's start names a day (``kinds.lead_dated``): a report says when its happening was, an evergreen
    # explainer ("Penyebab Stroke ...", "Apa itu BPKB Elektronik?") does not; a text-less record counts as dated
    dated: bool = True
    explains: bool = False  # whether its headline is an explainer's (``kinds.headline_explains``: "Penyebab ...", "Apa itu ...")
    # the earlier day whose trading session a routine report tells (``kinds.session_day``); None for its own day's
    session: date | None = None
    races: frozenset[str] = frozenset()  # the places its headline names rounds of a racing series by (``kinds.headline_races``)
    tally: bool = False  # whether its headline counts or lists places (``kinds.headline_tallies_places``)
    # the word shingles of what its text's start quotes speakers its headline names of saying, each marked with its
    # speaker's name (``lead_quotes``)
    quoted: frozenset[int] = frozenset()
    # the happenings of its day its analysis's events tell, each by a person or a road it names (``told_happenings``),
    # and those its events of no known day tell
    told: frozenset[str] = frozenset()
    told_undated: frozenset[str] = frozenset()

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> ClusterInput:
        """From an article's dict or a ``cluster_record``: ``id``, ``title``, ``body`` (or ``text``), ``entities``,
        ``day`` or ``published``, and ``outlet`` when known; an entity's ``mentions`` are a list, or their count in a compact record,
        and its ``lead`` (the text's start, where a look back names its years: ``kinds.article_kind``) when its body is cut."""
        entities = record.get("entities")
        title = str(record.get("title") or "")
        listed = entities if isinstance(entities, list) else []
        names = tuple(named for e in listed if (named := _named(e)))
        body = str(record.get("body") or record.get("text") or "")
        day = iso_day(record.get("day")) or iso_day(record.get("published"))
        roundup = headline_roundup(title)
        # a roundup names no one match, though one of its pairings may be written "A vs B"
        result = frozenset() if roundup else headline_result(title[:HEADLINE_CHARS])
        match = frozenset() if roundup else headline_match(title[:HEADLINE_CHARS]) or result
        if not match and not roundup:
            # a national team and a cue before the nation it plays ("... Timnas Indonesia Usai Kalahkan China")
            match, told = _team_pairing(title)
            result = match if told else result
        given = headline_names(title, (name for name, _ in names))
        places = _places(listed)
        # a compact record's body is its words without digits: its "lead", when it gives one, is the text's start
        lead = str(record.get("lead") or body)
        kind = article_kind(title, lead=lead, day=day)
        events, people = _events(record), _people(listed)  # read once for the dated and the undated keys
        return cls(
            id=str(record["id"]),
            title=title,
            body=body,
            opening=_opening(lead),
            day=day,
            names=names,
            kind=kind,
            outlet=str(record.get("outlet") or "") or None,
            happenings=headline_happenings(title),
            headline_names=given,
            places=places,
            match=match,
            result=result,
            regions=_whole_regions(headline_regions(title), given & places),
            roundup=roundup,
            meetings=decision_meetings(f"{title}\n{body[:MEETING_CHARS]}"),
            # a named landform (a volcano, a lake) is where a happening is, as a regency is
            localities=headline_localities(title) | headline_landforms(title),
            draw=roundup and headline_draw(title),
            dated=_dated(title, lead),
            explains=headline_explains(title),
            # the previous day's close, out the next morning, is a report of that day (``kinds.session_day``)
            session=session_day(lead, day) if kind == ROUTINE else None,
            races=headline_races(title[:HEADLINE_CHARS], places),
            tally=headline_tallies_places(title),
            quoted=lead_quotes(lead, given),
            told=told_happenings(events, day, people),
            told_undated=told_happenings(events, day, people, dated=False),
        )


OPENING_SENTENCES = 2  # the sentences of a text's start that say what it reports: its lead
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?(?:\s+|$)|\n+")


def _opening(lead: str) -> str:
    """A text's first ``OPENING_SENTENCES`` sentences (its lead: "Cole Palmer memakai nomor 10 di Chelsea musim ini.
    Nomor itu milik Mykhailo Mudryk."), a dateline line or a sentence cut short of the text's start counting as one."""
    text = lead[:LEAD_CHARS]
    ends = [m.end() for m in islice(_SENTENCE_END.finditer(text), OPENING_SENTENCES)]
    return (text[: ends[-1]] if len(ends) == OPENING_SENTENCES else text).rstrip()


QUOTE_SHINGLE = 4  # the words of a quote's shingle: one speaker's words two pieces give alike
SPEAKER_WORDS = 2  # the words after a quote's verb that name its speaker ('"...," ujar Alya Rohali')


@cache
def _attributed_quote() -> re.Pattern[str]:
    """A quote as written (between double quotation marks, straight or curly, on one line, group 1) and the words
    naming its speaker after the verb that follows its closing mark (group 2: '"...," ujar Alya saat ditemui'), by
    the quote finder's verbs (``speech_verbs.tsv``'s "after" verbs, ``quote_closing_verbs.txt``)."""
    verbs = [row[0] for row in table("id", "speech_verbs.tsv") if len(row) > 1 and row[1] == "after"]
    verbs += lower_word_list("id", "quote_closing_verbs.txt")
    return re.compile(rf"[\"“”]([^\"“”\n]+)[\"“”]\s*(?:{alternation(verbs)})\s+((?:\w+\s*){{1,{SPEAKER_WORDS}}})", re.IGNORECASE)


def lead_quotes(lead: str, headline_names: AbstractSet[str]) -> frozenset[int]:
    """The word ``QUOTE_SHINGLE``-shingles (CRC-32 of the folded words) of the quotes a text's start gives (its first
    ``LEAD_CHARS``, as a compact record keeps them) of a speaker its headline names ('"...," ujar Alya', the headline's
    "Alya Rohali"): two pieces of one matter told at her interview quote her same words; two matters raised there (her
    daughter's past illness, her children's new schools) quote none alike. Another speaker's words (a club's statement,
    a coach's word on a player) say nothing of it. Each shingle is marked with its speaker's name (``_speaker_mark``)
    in its high bits: one set of numbers a closed story keeps as it keeps its other sets."""
    out: set[int] = set()
    for quote in _attributed_quote().finditer(lead[:LEAD_CHARS]):
        speaker = set(fold_name(quote[2]).split())
        said = re.findall(r"\w+", quote[1].lower())
        shingles = {zlib.crc32(" ".join(said[at : at + QUOTE_SHINGLE]).encode()) for at in range(len(said) - QUOTE_SHINGLE + 1)}
        for name in headline_names:
            if not speaker.isdisjoint(name.split()):
                out.update(_speaker_mark(name) | shingle for shingle in shingles)
    return frozenset(out)


_MARK_BITS = ~0xFFFFFFFF  # the bits of a quote's shingle that mark its speaker (``_speaker_mark``)


def _speaker_mark(name: str) -> int:
    """A speaker's name (folded) as the high bits of the shingles of the words quoted of it (``lead_quotes``)."""
    return zlib.crc32(name.encode()) << 32


LIST_RUN = 4  # names one after another, a joiner between each two, that make a list


@cache
def _list_joiner_pattern() -> re.Pattern[str]:
    """What parts the names of a list (``list_joiners.txt``: ",", "dan"), as a pattern to split a sentence at."""
    joiners = lower_word_list("id", "list_joiners.txt")
    words = sorted((w for w in joiners if w.isalpha()), key=len, reverse=True)
    marks = "".join(re.escape(w) for w in joiners if len(w) == 1 and not w.isalnum() and w not in "()'’")
    return re.compile(rf"[{marks}]|\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def listed_names(body: str, names: Iterable[str]) -> frozenset[str]:
    """The names (folded) a body gives in a list: ``LIST_RUN`` parts of a sentence in a row, parted by a list's joiners,
    each a name (a word before it at most: "PT", "Perumda"), with the name that ends the part before them (" ... didukung
    oleh PT Bank DKI, ...") and the names in the sentence's brackets ("(Perseroda)", "(Mao Hosoya 69')"). A sponsor's
    roll of companies, a line-up, a stock or brand list names many names rare in the background that a piece on another
    matter may give in the same list; a happening's names are told in sentences ("... menyebut perempuan itu Sekar, warga
    ...")."""
    folded = {f for n in names if (f := fold_name(n))}
    if len(folded) < LIST_RUN or not body:
        return frozenset()
    listed: set[str] = set()
    longest = max(name.count(" ") + 1 for name in folded)
    for sentence in _SENTENCE_END.split(body):
        runs = _name_runs([fold_name(part) for part in _list_joiner_pattern().split(re.sub(r"\([^()]*\)", " ", sentence))], folded, longest)
        if runs:
            bracketed = fold_name(" ".join(re.findall(r"[(]([^()]*)[)]", sentence))).split()
            listed.update(runs, _names_within(bracketed, folded, longest))
    return frozenset(listed)


def _names_within(words: Sequence[str], folded: AbstractSet[str], longest: int) -> set[str]:
    """The names of ``folded`` that stand as whole words in ``words``: each run of up to ``longest`` words looked up, so
    the cost grows with the words, not with the names times the words (a page may hold thousands of both)."""
    return {
        joined
        for start in range(len(words))
        for end in range(start + 1, min(start + longest, len(words)) + 1)
        if (joined := " ".join(words[start:end])) in folded
    }


def _name_ending(key: str, folded: AbstractSet[str], longest: int) -> str | None:
    """The longest name of ``folded`` that ends ``key`` (a folded part) after a word of its own, if any."""
    words = key.split(" ")
    for start in range(max(1, len(words) - longest), len(words)):
        if (tail := " ".join(words[start:])) in folded:
            return tail
    return None


def _name_runs(parts: Sequence[str], folded: AbstractSet[str], longest: int) -> list[str]:
    """The names of ``parts`` (folded parts of a sentence) that stand ``LIST_RUN`` or more in a row, each part a name with
    a word before it at most, with the name that ends the part before such a run; empty parts (between "," and "dan")
    break no run. Names are looked up, never scanned (``longest``: the most words a name has)."""
    found: list[str] = []
    run: list[str] = []
    before: str | None = None
    for key in [*parts, "."]:
        tail = key.split(" ", 1)[1] if " " in key else ""
        name = key if key in folded else tail if tail in folded else None
        if name:
            run.append(name)
            continue
        if not key:
            continue
        if len(run) >= LIST_RUN:
            found.extend([before, *run] if before else run)
        before = _name_ending(key, folded, longest)
        run = []
    return found


def _dated(title: str, lead: str) -> bool:
    """Whether an article names the day of what it tells, in its headline ("IHSG Hari Ini 19 Juni 2025 Tersungkur")
    or its text's start (``kinds.lead_dated``); an article without a text counts as dated (nothing says it is not)."""
    return not lead.strip() or lead_dated(title) or lead_dated(lead)


def headline_key(title: str) -> str:
    """A headline folded as names are (``fold_name``), between spaces, so a folded name is found in it as whole words."""
    return f" {fold_name(title[:HEADLINE_CHARS])} "


def headline_names(title: str, names: Iterable[str]) -> frozenset[str]:
    """The names (folded) among ``names`` that the headline gives."""
    key = headline_key(title)
    return frozenset(folded for name in names if (folded := fold_name(name)) and f" {folded} " in key)


def _whole_regions(regions: frozenset[str], places: AbstractSet[str]) -> frozenset[str]:
    """The places below a nation a headline names, less those that only begin a longer place it names ("Labuan" of
    "Labuan Bajo", "Jakarta" of "Jakarta Utara"; folded names, as ``fold_name`` writes them)."""
    return frozenset(region for region in regions if not any(place.startswith(f"{fold_name(region)} ") for place in places))


def _entity_field(entity: object, key: str) -> Any:
    # an entity is a dict until the entity family is typed, a record after
    return entity.get(key) if isinstance(entity, Mapping) else getattr(entity, key, None)


def _places(entities: Iterable[object]) -> frozenset[str]:
    """The names (folded) of the entities typed as places."""
    return frozenset(
        fold_name(name) for e in entities if _entity_field(e, "type") == "LOC" and isinstance(name := _entity_field(e, "name"), str)
    )


def _people(entities: Iterable[object]) -> list[str]:
    """The names of the entities typed as people."""
    return [name for e in entities if _entity_field(e, "type") == "PER" and isinstance(name := _entity_field(e, "name"), str)]


def _events(record: Mapping[str, Any]) -> list[Any]:
    """The events of an article's dict or ``cluster_record``: none where its analysis gave none."""
    events = record.get("events")
    return list(events) if isinstance(events, list | tuple) else []


def _named(entity: object) -> tuple[str, int] | None:
    name, mentions = _entity_field(entity, "name"), _entity_field(entity, "mentions")
    if _entity_field(entity, "type") not in ENTITY_TYPES or not isinstance(name, str):
        return None
    return name, max(1, mentions if isinstance(mentions, int) else len(mentions or ()))


@dataclass
class Features:
    """What the clustering knows of one article."""

    id: str
    day: date | None
    spaces: dict[str, Counter[str]]  # "title", "words", "names" -> term counts
    shingles: set[bytes]
    kind: str | None = None
    outlet: str | None = None
    happenings: frozenset[str] = frozenset()
    headline: str = " "  # the headline folded as names are, between spaces (``headline_key``)
    headline_names: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    match: frozenset[str] = frozenset()
    result: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    roundup: bool = False
    meetings: frozenset[str] = frozenset()
    localities: frozenset[str] = frozenset()
    draw: bool = False
    lead: str = ""  # its body's start, when its headline reports a happening in a named place (``part_places``)
    dated: bool = True  # whether its text's start names a day (``ClusterInput.dated``)
    explains: bool = False  # whether its headline is an explainer's (``ClusterInput.explains``)
    lead_words: frozenset[str] = frozenset()  # the words of its body's opening sentences (``names_only_lead_words``)
    opening: str = " "  # those sentences folded as names are, between spaces (``headline_key``)
    session: date | None = None  # the earlier session a routine report tells (``ClusterInput.session``)
    races: frozenset[str] = frozenset()  # the rounds of a racing series its headline names (``ClusterInput.races``)
    tally: bool = False  # whether its headline is a roundup across places (``ClusterInput.tally``)
    listed: frozenset[str] = frozenset()  # its names (folded) its body gives in a list (``listed_names``)
    quoted: frozenset[int] = frozenset()  # its headline's speakers' lead quotes (``ClusterInput.quoted``)
    told: frozenset[str] = frozenset()  # the happenings of its day its events tell (``ClusterInput.told``)
    told_undated: frozenset[str] = frozenset()  # ... and those of its undated events (``ClusterInput.told_undated``)
    # the MinHash of its shingles (``Shingles.signature``) once worked out; None for a text too short to copy
    signature: Signature | None = None
    signed: bool = False  # whether ``signature`` was worked out (then the shingles are no longer needed)
    # its TF-IDF vectors, cut to its strongest terms, and the strongest of those that it looks up in the index,
    # when an ``ArticleReader`` worked them out
    vectors: dict[str, Vector] | None = None
    query: list[str] | None = None


@dataclass
class Story:
    id: str
    number: int = 0  # order of creation
    members: list[str] = field(default_factory=list)
    first: date | None = None
    last: date | None = None
    centroid: dict[str, Vector] = field(default_factory=dict)  # space -> summed member vectors (not normalised)
    norm: dict[str, float] = field(default_factory=dict)
    indexed: tuple[str, ...] = ()
    heaviest: dict[str, list[str]] = field(default_factory=dict)  # space -> its centroid's strongest terms, heaviest first
    kinds: set[str | None] = field(default_factory=set)  # the kinds of its members (``stories.kinds``)
    # the summed vectors of its first day's articles: what happened, before follow-ups drift from it
    core: dict[str, Vector] = field(default_factory=dict)
    core_norm: dict[str, float] = field(default_factory=dict)
    outlets: set[str] = field(default_factory=set)  # its members' outlets; "" for a member whose outlet is unknown
    happenings: set[str] = field(default_factory=set)  # the kinds of happening its members' headlines report
    headline_names: Counter[str] = field(default_factory=Counter)  # name -> how many of its members' headlines give it
    outlet_names: Counter[tuple[str, str]] = field(default_factory=Counter)  # (outlet, name) -> how many of its headlines
    # headline name -> how many of its members that give it call it a place, less how many call it something else
    # (a tagger calls a place a person or an organisation now and then)
    place_votes: Counter[str] = field(default_factory=Counter)
    matches: set[frozenset[str]] = field(default_factory=set)  # the matches its members' headlines name, one each
    results: set[frozenset[str]] = field(default_factory=set)  # the matches whose results its members' headlines report
    regions: Counter[str] = field(default_factory=Counter)  # place below a nation -> how many of its headlines name it
    roundups: int = 0  # how many of its members' headlines tell a round of matches (``match_facts.headline_roundup``)
    meetings: Counter[str] = field(default_factory=Counter)  # meeting whose decisions are news -> how many members name it
    localities: Counter[str] = field(default_factory=Counter)  # regency or city -> how many of its headlines name it
    draws: int = 0  # how many of its members' headlines tell the next stage's draw (``match_facts.headline_draw``)
    dated: int = 0  # how many of its members' text starts name a day (``ClusterInput.dated``)
    explainers: int = 0  # how many of its members' headlines are explainers' (``ClusterInput.explains``)
    # the sessions its routine members tell (``ClusterInput.session``; None: the day each is out)
    sessions: set[date | None] = field(default_factory=set)
    races: set[str] = field(default_factory=set)  # the rounds of racing series its members' headlines name
    tallies: int = 0  # how many of its members' headlines count or list places (a ranking of cities told twice)
    listed: set[str] = field(default_factory=set)  # the names its members' bodies give in lists (``Features.listed``)
    quoted: set[int] = field(default_factory=set)  # its members' lead quotes of their headlines' speakers (``Features.quoted``)
    told: set[str] = field(default_factory=set)  # the happenings its members' events tell (``Features.told``)
    told_undated: set[str] = field(default_factory=set)  # ... and their undated ones (``Features.told_undated``)

    @property
    def of_roundups(self) -> bool:
        """Whether at least half of its members' headlines tell rounds of matches (the rest, a round's results told
        team by team, name no one match either)."""
        return self.roundups > 0 and 2 * self.roundups >= len(self.members)

    @property
    def home_regions(self) -> set[str]:
        """The places below a nation that at least half of its headlines name (a province's school admissions)."""
        return {region for region, count in self.regions.items() if 2 * count >= len(self.members)}

    @property
    def anchors(self) -> list[str]:
        """The names that most of its headlines give (at least half of them)."""
        return [name for name, count in self.headline_names.items() if 2 * count >= len(self.members)]

    @property
    def closed_to_topic(self) -> bool:
        """A story of series pieces only: its copies join it, no article joins it by topic."""
        return self.kinds == {SERIES}

    @property
    def routine(self) -> bool:
        """A story of routine reports only: other days' articles do not join it."""
        return self.kinds == {ROUTINE}


H = TypeVar("H")

# what a story keeps whatever its state: the output reads them of every story, closed or open
_CLOSED_SLOTS = ("id", "number", "members", "first", "last")
# a new story's value of each field: a closed story keeps only the fields that differ from it
_STORY_DEFAULTS: dict[str, Any] = {}


def _story_defaults() -> dict[str, Any]:
    if not _STORY_DEFAULTS:
        _STORY_DEFAULTS.update((f.name, getattr(Story(""), f.name)) for f in fields(Story) if f.name not in _CLOSED_SLOTS)
    return _STORY_DEFAULTS


class ClosedStory:
    """What a story keeps once the window has passed it (``StoryClusterer._expire``): its id, number, members and days
    in slots, and of its other fields only those that are not a new story's (``kept``: (name, value) pairs, its sets
    frozen, its counters as (key, count) pairs in their order, each value and the whole shared between the closed
    stories that have equal ones: many keep one outlet, one kind, one place). A closed story in its whole ``Story``
    held some fifteen emptied containers, about 3 KB, for every story of the run; this record, some 360 bytes with its
    members' ids. A near-duplicate can still join a closed story (the copy's signature outlives the story when the copy's
    day is unknown): ``reopen`` gives back the very ``Story`` that closed, fields and order alike, for it to join."""

    __slots__ = (*_CLOSED_SLOTS, "kept")

    def __init__(self, story: Story, shared: dict[Any, Any]):
        self.id, self.number, self.members = story.id, story.number, story.members
        # its days shared with the other closed stories of those days (each article brought a date object of its own)
        self.first, self.last = _shared(story.first, shared), _shared(story.last, shared)
        kept = []
        for name, default in _story_defaults().items():
            value = getattr(story, name)
            # (a Counter of zero counts equals an empty one, yet its keys are kept: they set its order)
            if value != default or isinstance(value, Counter) and value:
                kept.append((name, _frozen(value, shared)))
        self.kept: tuple[tuple[str, Any], ...] = _shared(tuple(kept), shared)

    def reopen(self) -> Story:
        """The story as it closed, a ``Story`` again (its members list the same object)."""
        story = Story(self.id, number=self.number, members=self.members, first=self.first, last=self.last)
        for name, value in self.kept:
            setattr(story, name, _thawed(value, _story_defaults()[name]))
        return story

    @classmethod
    def restored(
        cls, sid: str, number: int, members: list[str], days: tuple[date | None, date | None], kept: tuple[tuple[str, Any], ...]
    ) -> ClosedStory:
        """A closed story read back from a spill (``_ClosedSpill``), with its ``kept`` fields."""
        story = cls.__new__(cls)
        story.id, story.number, story.members, (story.first, story.last), story.kept = sid, number, members, days, kept
        return story

    def __getattr__(self, name: str) -> Any:
        """Any other field or property of the story, read from a copy reopened for the purpose (read only: what is
        changed on it is lost). Only what is not in a slot comes here."""
        if name.startswith("_") or not hasattr(Story, name) and name not in _story_defaults():
            raise AttributeError(name)
        return getattr(self.reopen(), name)


class _ClosedSpill:
    """How a clusterer that spills its closed stories (``StoryClusterer.spill_closed``) writes one and reads it back:
    its number, members and days on disk, its ``kept`` fields by number in a table held here, each distinct tuple once
    (the closed stories share them already: ``_shared``), so that a story read back keeps the very sets it closed with,
    in their order, where sets unpickled could iterate in another."""

    def __init__(self) -> None:
        self.kept: list[tuple[tuple[str, Any], ...]] = []
        self._numbers: dict[tuple[tuple[str, Any], ...], int] = {}

    def pack(self, story: Story | ClosedStory) -> tuple[int, list[str], date | None, date | None, int]:
        assert isinstance(story, ClosedStory), "only a closed story is spilled"
        number = self._numbers.get(story.kept)
        if number is None:
            number = self._numbers[story.kept] = len(self.kept)
            self.kept.append(story.kept)
        return story.number, story.members, story.first, story.last, number

    def unpack(self, sid: str, record: tuple[int, list[str], date | None, date | None, int]) -> ClosedStory:
        number, members, first, last, kept = record
        return ClosedStory.restored(sid, number, members, (first, last), self.kept[kept])


def _frozen(value: Any, shared: dict[Any, Any]) -> Any:
    if isinstance(value, Counter):
        return _shared(tuple(value.items()), shared)  # its order kept: a Counter is read in insertion order
    if isinstance(value, set):
        return _shared(frozenset(value), shared)
    return value


def _shared(value: H, shared: dict[Any, Any]) -> H:
    """The one copy of ``value`` the closed stories share (a value hashed and compared by its content)."""
    return shared.setdefault(value, value)


def _thawed(value: Any, default: Any) -> Any:
    if isinstance(default, Counter):
        return Counter(dict(value))  # (an empty Counter updated from a dict is that dict's copy, zero and negative counts too)
    if isinstance(default, set):
        return set(value)
    return value


def features(article: ClusterInput, config: ClusterConfig, df: DocumentFrequencies) -> Features:
    """An article's term counts in the three spaces, and its body's word 3-shingles."""
    body_words = words(article.body, config.body_words)
    common = df.common_words(0.3)
    title_counts = Counter(filterfalse(common.__contains__, words(article.title)))
    counts = Counter(filterfalse(common.__contains__, body_words))
    names: Counter[str] = Counter()
    for name, mentions in article.names:
        names["e:" + fold_name(name)] += mentions
    # the words encoded in one call: the UTF-8 of "a b c" is the UTF-8 of a, b and c joined by b" ", and a word
    # (letters only) holds no space, so splitting the whole at b" " gives each word's UTF-8 back
    encoded = " ".join(body_words).encode("utf-8", "surrogatepass").split(b" ") if body_words else []
    shingles = set(map(b" ".join, zip(encoded, encoded[1:], encoded[2:], strict=False)))  # the last two start none
    # the headline's terms live in a space of their own: "t:iran" is not "iran"
    spaces = {"title": Counter({"t:" + w: c for w, c in title_counts.items()}), "words": counts, "names": names}
    return Features(
        article.id,
        article.day,
        spaces,
        shingles,
        article.kind,
        article.outlet,
        article.happenings,
        headline_key(article.title),
        article.headline_names,
        article.places,
        article.match,
        article.result,
        article.regions,
        article.roundup,
        meetings=article.meetings,
        localities=article.localities,
        draw=article.draw,
        lead=article.body[:MEETING_CHARS] if article.happenings and (article.localities or article.regions) else "",
        dated=article.dated,
        explains=article.explains,
        lead_words=frozenset(words(article.opening, config.names_only_lead_words or 0)) - common,
        opening=f" {fold_name(article.opening)} ",
        session=article.session,
        races=article.races,
        tally=article.tally,
        listed=listed_names(article.body, (name for name, _ in article.names)),
        quoted=article.quoted,
        told=article.told,
        told_undated=article.told_undated,
    )


def prepare(record: Mapping[str, Any] | ClusterInput, config: ClusterConfig, df: DocumentFrequencies, shingles: Shingles) -> Features:
    """An article's features with its signature, apart from the stream's state (``df`` lends its background's
    common words only)."""
    article = record if isinstance(record, ClusterInput) else ClusterInput.of(record)
    f = features(article, config, df)
    f.signature, f.signed = shingles.signature(f.shingles), True
    f.shingles = set()  # (no longer needed, nor sent between processes)
    return f


def article_vectors(f: Features, df: DocumentFrequencies, config: ClusterConfig) -> dict[str, Vector]:
    """An article counted into the document frequencies, and its vectors weighed by them (cut to its strongest terms)."""
    # a term is in one space only ("t:" headline words, "e:" names, and body words, which have no ":")
    df.add_distinct(chain.from_iterable(f.spaces.values()))
    return {space: top(weigh(counts, df), config.article_terms) for space, counts in f.spaces.items()}


def heaviest_terms(vec: Vector, k: int) -> list[str]:
    """The terms of ``top(vec, k)``, heaviest first (equal weights in their order)."""
    return sorted(vec, key=vec.__getitem__, reverse=True)[:k]


def query_terms(vectors: Mapping[str, Vector], config: ClusterConfig) -> list[str]:
    """The terms an article looks up in the index: each space's strongest."""
    return [term for vec in vectors.values() for term in heaviest_terms(vec, config.query_terms)]


class ArticleReader:
    """Reads a stream's articles, in its order, into what ``StoryClusterer.add`` places: features, signature and
    vectors. The vectors' IDF counts the articles before, as the clusterer's own would (an article read twice is
    counted once, and placed once), so one reader that reads the whole stream in order, in a helper process, can
    do this work while the clusterer places the articles already read."""

    def __init__(self, config: ClusterConfig, use_background: bool):
        self.config = config
        self.df = DocumentFrequencies(use_background)
        self.shingles = Shingles(config.duplicate_threshold, config.num_perm)
        self.read: set[str] = set()

    def read_all(self, records: Sequence[Mapping[str, Any] | ClusterInput]) -> list[Features]:
        out = []
        for record in records:
            f = prepare(record, self.config, self.df, self.shingles)
            if f.id not in self.read:
                self.read.add(f.id)
                f.vectors = article_vectors(f, self.df, self.config)
                f.query = query_terms(f.vectors, self.config)
            f.spaces = {}  # (weighed: no longer needed, nor sent between processes)
            out.append(f)
        return out


# a helper process reads the articles in chunks of this many, this many chunks ahead of the stream at most (so the
# articles read and waiting, each with its vectors, take little memory: some 10 KB each); fewer articles than
# PARALLEL_RECORDS are read in the calling process, where a helper costs more than it saves
READ_CHUNK = 128
READ_AHEAD = 4
PARALLEL_RECORDS = 5000

_reader: ArticleReader | None = None  # the helper process' reader


def _start_reader(config: ClusterConfig, use_background: bool) -> None:
    global _reader
    # what the forked process shares with its parent (the records, the stories so far) is left out of its garbage
    # collections, which would otherwise write to every object's header and so copy the parent's memory page by page
    gc.freeze()
    _reader = ArticleReader(config, use_background)


# a record's texts, sent to the reader as UTF-8 bytes (``_sendable``)
_TEXT_KEYS = ("title", "body", "text")
Sendable = ClusterInput | tuple[dict[str, Any], Any, Any]


def _utf8(text: Any) -> Any:
    return text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text


def _unicode(text: Any) -> Any:
    return text.decode("utf-8", "surrogatepass") if isinstance(text, bytes) else text


def _sendable(record: Mapping[str, Any] | ClusterInput) -> Sendable:
    """A record as sent to the reader: its title and body as UTF-8 bytes. Pickling a string that holds a letter outside
    ASCII leaves its UTF-8 form cached on that very string, for as long as the caller keeps the record: a second copy of
    nearly every body (some 100 MB over 100,000 articles); encoding it apart leaves the caller's strings as they were."""
    if isinstance(record, ClusterInput):
        return record
    rest = {key: value for key, value in record.items() if key not in _TEXT_KEYS}
    # ``ClusterInput.of`` reads the body, else the text
    return rest, _utf8(record.get("title")), _utf8(record.get("body") or record.get("text"))


def _received(sent: Sendable) -> Mapping[str, Any] | ClusterInput:
    if isinstance(sent, ClusterInput):
        return sent
    rest, title, body = sent
    return {**rest, "title": _unicode(title), "body": _unicode(body)}


def _read_chunk(records: Sequence[Sendable]) -> list[Features]:
    assert _reader is not None, "_start_reader runs first in the helper process"
    return _reader.read_all([_received(sent) for sent in records])


def _read_counts() -> tuple[int, Counter[str]]:
    assert _reader is not None, "_start_reader runs first in the helper process"
    return _reader.df.n_seen, _reader.df.seen


def can_read_ahead() -> bool:
    """Whether a helper process may read the articles while this one places them: a second core, and a process
    that may fork (not a pool's daemon)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores > 1 and "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


def story_id(first_article: str) -> str:
    """A story is named after its first article, so it keeps its id as it grows."""
    return "S" + hashlib.sha1(first_article.encode("utf-8", "surrogatepass")).hexdigest()[:12]


class StoryClusterer:
    """Single-pass story clustering; call ``add`` in date order, or use ``cluster_articles``."""

    def __init__(self, config: ClusterConfig | None = None, use_background: bool = True):
        self.config = config or ClusterConfig()
        self.use_background = use_background
        self.df = DocumentFrequencies(use_background)
        cfg = self.config
        self.weights = {"title": cfg.title_weight, "words": cfg.words_weight, "names": cfg.names_weight}
        # every story of the run by id, in order of creation: the open ones whole, the closed ones as the slim record
        # ``_expire`` leaves (a copy that joins one reopens it: ``_story``)
        self.stories: MutableMapping[str, Story | ClosedStory] = {}
        self._shared: dict[Any, Any] = {}  # what the closed stories keep, one copy of each value (``ClosedStory``)
        self._number: dict[str, int] = {}  # story -> its ``number``, a key the candidates are sorted by in C
        self.story_of: dict[str, str] = {}
        self.duplicate_of: dict[str, tuple[str, float]] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self.open: set[str] = set()  # stories still in the index
        # (newest day as an ordinal, number, story) as each story's newest day was set, the oldest first: the stories to close
        # are found by popping, not by reading every open story each day (an entry whose story has a newer one is passed over)
        self._closing: list[tuple[int, int, str]] = []
        self.shingles = Shingles(self.config.duplicate_threshold, self.config.num_perm)
        self.lsh_day: list[tuple[date, str]] = []  # (day, article) in the LSH, oldest first
        self.now: date | None = None
        # (outlet, headline name) -> how many of the outlet's headlines in open stories give it (``_held_names``)
        self.outlet_names: Counter[tuple[str, str]] = Counter()

    # ------------------------------------------------------------------ the stream

    @property
    def signatures(self) -> dict[str, Signature]:
        """Article -> its signature, for the articles still open to copies."""
        return self.shingles.signatures

    def add_all(self, records: Iterable[Mapping[str, Any] | ClusterInput], read_ahead: bool | None = None) -> None:
        """``add`` each record, in order. With ``read_ahead`` (by default where ``can_read_ahead``, for a long list), a
        helper process reads the articles (``ArticleReader``) while this one places those read: the same stories.
        ``records`` may be a lazy stream (its length unknown, so read ahead only when asked): a few chunks of it are
        held at a time."""
        if read_ahead is None:
            read_ahead = isinstance(records, Sized) and len(records) >= PARALLEL_RECORDS and can_read_ahead()
        if self.story_of:
            # the reader counts the document frequencies from the stream's first article on: articles placed before
            # would be missing from them
            read_ahead = False
        if not read_ahead:
            for record in records:
                self.add(record)
            return
        stream = iter(records)
        chunks = iter(lambda: list(islice(stream, READ_CHUNK)), [])
        # one process, so it reads the chunks one after another, in the order they are sent
        with multiprocessing.get_context("fork").Pool(1, initializer=_start_reader, initargs=(self.config, self.use_background)) as pool:

            def send(chunk: Sequence[Mapping[str, Any] | ClusterInput]) -> tuple[Sequence[Mapping[str, Any] | ClusterInput], Any]:
                return chunk, pool.apply_async(_read_chunk, ([_sendable(record) for record in chunk],))

            waiting = deque(map(send, islice(chunks, READ_AHEAD)))
            while waiting:
                chunk, reading = waiting.popleft()
                read = reading.get()
                waiting.extend(map(send, islice(chunks, 1)))
                for record, f in zip(chunk, read, strict=True):
                    # the record's own id string, not the copy that came back: the stories keep every article's id
                    f.id = record.id if isinstance(record, ClusterInput) else str(record["id"])
                    self.add(f)
                del read, reading  # (the chunk's articles and vectors, placed: not kept while the next chunk is awaited)
            # the document frequencies of the articles read there are this clusterer's
            self.df.n_seen, self.df.seen = pool.apply(_read_counts)

    def add(self, record: Mapping[str, Any] | ClusterInput | Features) -> str:
        """Put one article (its record, its ``features``, or what an ``ArticleReader`` read of it) in a story; returns the story id."""
        if isinstance(record, Features):
            f = record
            if not f.signed:
                f.signature, f.signed = self.shingles.signature(f.shingles), True
        else:
            f = prepare(record, self.config, self.df, self.shingles)
        if f.id in self.story_of:
            return self.story_of[f.id]
        if f.day and (self.now is None or f.day > self.now):
            self.now = f.day
            self._expire()
        vectors = f.vectors if f.vectors is not None else article_vectors(f, self.df, self.config)

        signature = f.signature
        copy = self._near_duplicate(signature)
        if copy and not (self._same_place(story := self._peek(self.story_of[copy[0]]), f) and not self._outlet_elsewhere(story, f)):
            copy = None  # an outlet's template told of a like happening elsewhere (its quake reports, its regencies' budgets) is no copy
        sid: str | None
        if copy:
            original, similarity = copy
            sid = self.story_of[original]
            self.duplicate_of[f.id] = (original, similarity)
        elif f.kind != SERIES:
            sid = self._best_story(f, vectors)
        else:
            sid = None
        if sid is None:
            sid = story_id(f.id)
            self.stories[sid] = Story(sid, number=len(self.stories))
            self._number[sid] = self.stories[sid].number
        story = self._story(sid)
        self._join(story, f, vectors)
        self._merge_similar(story)
        if signature is not None:
            self.shingles.insert(f.id, signature)
            self.lsh_day.append((f.day or self.now or date.min, f.id))
        return sid

    def _peek(self, sid: str) -> Story:
        """The story ``sid`` whole, to be looked at: a closed one reopened as a copy, left closed in its place (slim)
        unless an article joins it (``_story``)."""
        story = self.stories[sid]
        return story.reopen() if isinstance(story, ClosedStory) else story

    def _story(self, sid: str) -> Story:
        """The story ``sid`` whole: a closed one reopened in its place (a copy of one of its articles joins it)."""
        story = self.stories[sid]
        if isinstance(story, ClosedStory):
            story = self.stories[sid] = story.reopen()
            self._number[sid] = story.number  # open again: a candidate of the index once more (``_candidates``)
        return story

    def spill_closed(self, inside: str | os.PathLike[str] | None = None) -> None:
        """From now on the stories that close are written to disk (``telisik.spill.SpilledValues``), not held: a
        run's driver held some 230 bytes an article of closed stories to its end. Read back where a copy joins one and
        where the stories are read at the end, one at a time; the folder is removed with the clusterer (or ``close``).
        ``inside``: the folder the spill's own goes in (the run's temporary folder; by default the system's)."""
        if not isinstance(self.stories, SpilledValues):
            codec = _ClosedSpill()
            closed = SpilledValues(lambda story: isinstance(story, ClosedStory), codec.pack, codec.unpack, self.stories.items(), inside)
            self.stories = closed

    def close(self) -> None:
        """The closed stories' spill removed (``spill_closed``): what reads the stories is done."""
        if isinstance(self.stories, SpilledValues):
            self.stories.close()

    def assignments(self) -> dict[str, str]:
        return dict(self.story_of)

    # ------------------------------------------------------------------ scoring

    def similarity(self, story: Story, day: date | None, vectors: Mapping[str, Vector], outlet: str | None = None) -> float:
        """The article's (``vectors``, of ``day``, by ``outlet`` when known) similarity to a story, lowered with the days between."""
        cfg = self.config
        # the article's vectors are unit length: the cosine needs only the story's norm; the names' cosine is
        # both a part of the mean and a test of its own, so it is worked out once
        total = weight_sum = 0.0
        cosines: dict[str, float] = {}
        for space, vec in vectors.items():
            other = story.centroid.get(space)
            if not vec or not other:
                continue
            weight, product, length = self.weights[space], dot(vec, other), story.norm[space] or 1.0
            total += weight * product / length  # (weight x product) / length, as _weighted_cosine rounds it
            weight_sum += weight
            cosines[space] = product / length
        sim = total / weight_sum if weight_sum else 0.0
        names = cosines.get("names")
        if names is not None and names < cfg.min_names_similarity and not self._alike_headlines(story, outlet, cosines.get("title")):
            # both say whom they are about, and hardly anyone in common: the same topic, another
            # happening (two companies' dividends, two clubs' signings)
            sim *= cfg.foreign_names_factor
        gap = _gap(day, story)
        if gap is None:
            return sim
        if gap > cfg.window_days:
            return 0.0
        return sim / (1.0 + gap / cfg.decay_days)

    def _alike_headlines(self, story: Story, outlet: str | None, cosine: float | None) -> bool:
        """Whether an article's headline (by ``outlet``) is so like a story's (their ``cosine``) that they tell one
        happening whatever names their texts were read to give (``alike_headlines_similarity``): told by another outlet
        than the article's; one outlet's template ("Cek Fakta: Tidak Benar Link Pendaftaran ...", "... Gelar RUPS Hari
        Ini, Simak Rincian Agendanya") is alike in all but the names, which are then what tell its pieces apart."""
        least = self.config.alike_headlines_similarity
        if least is None or cosine is None or cosine < least or not outlet:
            return False
        return bool(story.outlets - {outlet, ""})

    def _weighted_cosine(
        self, a: Mapping[str, Vector], a_norm: Mapping[str, float], b: Mapping[str, Vector], b_norm: Mapping[str, float]
    ) -> float:
        """The weighted mean of the spaces' cosines; a space either side lacks drops out of the mean."""
        total = weight_sum = 0.0
        for space, vec in a.items():
            other = b.get(space)
            if not vec or not other:
                continue
            weight = self.weights[space]
            total += weight * dot(vec, other) / ((a_norm[space] * b_norm[space]) or 1.0)
            weight_sum += weight
        return total / weight_sum if weight_sum else 0.0

    def _candidates(self, terms: Iterable[str], limit: int, exclude: str | None = None) -> list[str]:
        """Open stories sharing the most of these terms (an article's or a story's strongest), looked up in the index."""
        index_get, max_postings = self.index.get, self.config.max_postings
        found = [postings for term in terms if (postings := index_get(term))]
        # counted in one call, not one ``update`` per term: the count of each story is the same, and the ranking below
        # does not follow the order stories were first counted in
        hits: Counter[str] = Counter(chain.from_iterable(postings for postings in found if len(postings) <= max_postings))
        if exclude is not None:
            hits.pop(exclude, None)
        # most shared terms first, ties broken by age, not by set order, so a run gives the same stories whatever
        # the hash seed: two stable sorts in C (by age, then by hits, reversed, which keeps equal ones in order)
        # rank as one sort by (-hits, age) would
        ranked = sorted(hits, key=self._number.__getitem__)
        ranked.sort(key=hits.__getitem__, reverse=True)
        return ranked[:limit]

    def _best_story(self, f: Features, vectors: Mapping[str, Vector]) -> str | None:
        best, best_sim = None, 0.0
        unit = {space: 1.0 for space in vectors}
        query = f.query if f.query is not None else query_terms(vectors, self.config)
        for sid in self._candidates(query, self.config.candidates):
            story = self._story(sid)  # (an open story: the index holds no other)
            if not self._may_join(story, f):
                continue
            sim = self.similarity(story, f.day, vectors, f.outlet)
            if (
                sim >= max(best_sim, self._join_threshold(story, f, vectors))
                and self._holds_to_core(story, f.day, vectors, unit)
                and self._same_parties(story, f, vectors)
                and self._vouched(story, f, vectors, sim)
                and self._one_happening(story, f, vectors)
            ):
                best, best_sim = sid, sim
        return best

    def _one_happening(self, story: Story, f: Features, vectors: Mapping[str, Vector]) -> bool:
        """Whether an article's headline may tell a story's happening: of no other kind, place, match, round or result,
        and meeting the story's headlines beyond the names of whom they are about."""
        match = {f.match} if f.match else set()
        return (
            self._same_happening(story.happenings, f.happenings)
            and self._same_place(story, f)
            and self._same_match(story.matches, match)
            and self._same_race(story.races, f.races)
            and self._apart_from_roundups(story.of_roundups, story.matches, f.roundup, match)
            and _one_stage(story, f.roundup, f.draw)
            and self._one_result(story, match, {f.result} if f.result else set())
            and self._headlines_meet(vectors, story.centroid)
            and not self._outlet_elsewhere(story, f)
            and not self._tally_of_places(story, f)
            and self._told_beyond_names(story, f, vectors)
            and not _siblings_apart(story.anchors, f.headline_names, f.headline)
            and not _round_piece(story.anchors, f.headline, vectors.get("title"), story.centroid.get("title"))
        )

    def _headlines_meet(self, mine: Mapping[str, Vector], theirs: Mapping[str, Vector]) -> bool:
        """Whether two sides' headline vectors (an article's, a story's summed ones) share a term: unless either side
        has none (a page without a headline), two headlines that share no word or name tell two happenings."""
        if not self.config.headlines_meet:
            return True
        a, b = mine.get("title"), theirs.get("title")
        return not a or not b or dot(a, b) > 0.0

    def _told_beyond_names(self, story: Story, f: Features, vectors: Mapping[str, Vector]) -> bool:
        """Whether an article may join a story as far as its happening goes: unless its headline meets the story's
        headlines on words of people's or organisations' names alone, and neither its body gives the story's strongest
        headline words beyond those names nor its headline the story's strongest body words
        (``names_only_headline_words``)."""
        cfg = self.config
        mine, theirs = vectors.get("title"), story.centroid.get("title")
        if cfg.names_only_headline_words is None or not mine or not theirs or _match_of(f.match, story.matches):
            return True
        if f.meetings & _story_meetings(story):  # a company's name and its shareholders' meeting: one occasion's decisions
            return True
        shared = {term[2:] for term in mine if term in theirs}
        if not shared:
            return True
        # (headlines that meet on a standing war's parties alone, "Israel" and "Hamas", tell two of its many matters: a
        # general's word on the army is no follow-up of a commander's body found, however many of the story's words
        # the war's pieces share; its opening must give a name of the story's own)
        backdrop = self._backdrop_meet(f.headline_names & story.headline_names.keys())
        # (a name the headlines shorten, "Siti Fadia", is a name as much as one they give whole)
        given = f.headline_names | story.headline_names.keys()
        shortened = _shortened_names(shared, vectors.get("names"), story.centroid.get("names"), given)
        names = self._names_and_topic(story, f, shared, backdrop) | _name_words(shortened)
        # a rare place both give (a bay, a village road: ``_told_alike``) says where the one happening is
        if not shared <= names or (not backdrop and self._rare_words(shared & _place_words(story))):
            return True
        if self._opening_names_other_party(story, f):
            return True
        if backdrop:
            return self._rare_name_beyond_backdrop(vectors.get("names"), story.centroid.get("names"))
        # (a speaker both headlines name, quoted in no words alike: her other matter raised at one interview, whatever
        # context of the first her body recalls; a match's story takes its players' every matter)
        if not story.matches and _quotes_apart(story.quoted, f.quoted, f.headline_names & story.headline_names.keys()):
            return False
        names |= self._beat_words(story, mine, shared, shortened)
        if self._body_tells_story(story, f, vectors, names, single=len(shared) == 1):
            return True
        strongest = set(story.heaviest.get("words", ())[: cfg.names_only_body_words])
        return any(term[2:] in strongest for term in mine if term[2:] not in names)

    def _beat_words(self, story: Story, mine: Vector, shared: AbstractSet[str], shortened: AbstractSet[str]) -> set[str]:
        """The words of an article's headline (``mine``) and of a story's strongest headline words that many background
        documents give (``_topic_words``), where the words the two headlines share (``shared``) are all of one person's
        name that they shorten ("Siti Fadia" of "Siti Fadia Silva Ramadhanti", ``_shortened_names``): her beat's words
        ("pasangan", "turnamen"), given in her pieces whatever each reports (her partner's new pairing, her own
        tournaments ahead), count with the names, as a common name's topic does (``_names_and_topic``)."""
        if not any(shared <= set(name.split()) for name in shortened):
            return set()
        told = chain(mine, story.heaviest.get("title", ())[: self.config.names_only_headline_words])
        return self._topic_words(term[2:] for term in told)

    def _names_and_topic(self, story: Story, f: Features, shared: AbstractSet[str], backdrop: bool) -> set[str]:
        """The words an article's and a story's headlines may meet on without telling one happening: their names', the
        titles' and portfolios' words, a standing war's parties' where they meet on those alone (``backdrop``), and
        where they meet on a name of common words (``_topic_meet``) the common words of the ``shared`` headline words
        and the story's strongest headline words (``_topic_words``)."""
        names = _name_words(chain(f.headline_names, story.headline_names)) | _title_words() | _portfolios(f.headline)
        if backdrop:
            names |= _backdrop_words()
        # (a shared word beyond the names that few background documents give tells the happening whatever the topic:
        # the topic is read only where it may decide)
        if self._topic_may_matter(shared - names) and self._topic_meet(story, f):
            strongest = story.heaviest.get("title", ())[: self.config.names_only_headline_words]
            names |= self._topic_words(chain(shared, (term[2:] for term in strongest)))
        return names

    def _topic_may_matter(self, beyond: AbstractSet[str]) -> bool:
        """Whether the shared headline words ``beyond`` the names are all common ones (``names_only_topic_share``),
        so a common name's topic (``_topic_meet``) may decide whether they tell the happening."""
        return self.config.names_only_topic_share is not None and self._topic_words(beyond) == beyond

    def _topic_meet(self, story: Story, f: Features) -> bool:
        """Whether an article's headline meets a story's on a name of common words (``_famous_meet``), where the common
        words they give are that name's topic: not where either names a match or its result (a draw, a win are the match's
        own words, ``part_matches`` parts two matches) or both name one kind of happening (a killing's "tewas"), nor
        where the article's headline gives the names by which several outlets tell the story (``headline_anchor``: the
        match everyone previews)."""
        if f.match or f.result or story.matches or story.results or f.happenings & story.happenings:
            return False
        # (a place is where a happening is, not whom a piece is about: ``_told_beyond_names`` reads rare places)
        shared = {name for name in f.headline_names & story.headline_names.keys() if name not in f.places and story.place_votes[name] <= 0}
        return self._famous_meet(shared) and not self.headline_anchor(story, f)

    def _famous_meet(self, shared: AbstractSet[str]) -> bool:
        """Whether headline names two sides share hold one every word of which more than ``beat_name_share`` of the
        background's documents give (its rarest word's, ``background_df``): a club or an office named in common words,
        a common given name, where ``names_only_topic_share`` is on. The background measures how common a name's words
        are, not how famous the name is: "Xabi Alonso" or "Pertamina" is no such name."""
        if self.config.names_only_topic_share is None:
            return False
        # (a country's name is how a war or a nation's figures are told, not whom a piece is about)
        countries = country_keys()
        return any(self._common_name(name) for name in shared if name not in countries)

    def _common_name(self, name: str) -> bool:
        """Whether more than ``beat_name_share`` of the background's documents give every word of a name (its rarest
        word's ``background_df``): a club, an office, a country, a beat's name, named in common words."""
        return self.df.background_df("e:" + name) > self.config.beat_name_share * self.df.n_background

    def _topic_words(self, words: Iterable[str]) -> set[str]:
        """The words of ``words`` that many background documents give (``names_only_topic_share``): a common name's
        topic ("transfer", "muda", "pemain"), given in the headlines of its many pieces whatever each reports."""
        share = self.config.names_only_topic_share
        if share is None:
            return set()
        least = share * self.df.n_background
        return {word for word in words if self.df.background_df(word) >= least}

    def _rare_name_beyond_backdrop(self, mine: Vector | None, theirs: Vector | None) -> bool:
        """Whether an article's names and a story's share one the background seldom gives (``rare_name_share``) that is
        no standing war's party, place or unit (``_war_standing``): the retired general both pieces quote, not the army
        he criticises nor the town where it fights ("Khan Younis")."""
        if not mine or not theirs:
            return False
        rare = self.config.rare_name_share * self.df.n_background
        return any(key in theirs and not _war_standing(key[2:]) and self.df.background_df(key) <= rare for key in mine)

    def _backdrop_meet(self, shared: AbstractSet[str]) -> bool:
        """Whether the headline names an article and a story share are all a standing war's parties (``backdrop_names``:
        "israel", "hamas", "gaza"), where ``backdrop_meets`` is on."""
        return self.config.backdrop_meets and bool(shared) and shared <= backdrop_names()

    def _body_tells_story(self, story: Story, f: Features, vectors: Mapping[str, Vector], names: AbstractSet[str], single: bool) -> bool:
        """Whether an article's body gives one of the story's strongest headline words beyond ``names``: met on a
        ``single`` name, in its opening (``names_only_lead_words``), as a sentence of context further on recalls the
        story under another matter; met on more names, anywhere in its body."""
        cfg = self.config
        body = vectors.get("words") or {}
        lead = f.lead_words if single and cfg.names_only_lead_words is not None else body
        told = (term[2:] for term in story.heaviest.get("title", ())[: cfg.names_only_headline_words])
        return any(word in body and word in lead for word in told if word not in names)

    def _opening_names_other_party(self, story: Story, f: Features) -> bool:
        """Whether an article's opening sentences give a name of the story's headlines that its own headline does not,
        one few background documents give: the other side of the match ("... mengantarkan Inter Miami mengalahkan FC
        Porto"), the body that charged the player; a country, a capital or a war's territory tells no one happening."""
        # (nor does a standing war's party or territory, "Gaza", where ``backdrop_meets`` is on)
        countries = _countries_and_backdrop() if self.config.backdrop_meets else country_keys()
        return any(
            f" {name} " in f.opening and not self._common_name(name)
            for name in story.headline_names
            # (a longer form of a word the headline gives, "Mykhailo Mudryk" for "Mudryk", is that name)
            if name not in countries and len(name) > 2 and not any(f" {word} " in f.headline for word in name.split())
        )

    def _join_threshold(self, story: Story, f: Features, vectors: Mapping[str, Vector]) -> float:
        """The similarity an article needs to join a story: lower when its headline gives the names most of the
        story's headlines give, in a story several outlets report (``headline_anchor``); higher when its headline
        shares a single term with the story's headlines (``lone_headline_term_threshold``), or names a kind of
        happening where theirs name none (``unkinded_story_threshold``)."""
        cfg = self.config
        threshold = cfg.join_threshold
        # (an article that names a kind of happening, about a story's anchors, is that story's too: the anchors lower it)
        if cfg.unkinded_story_threshold is not None and f.happenings and not story.happenings:
            threshold = max(threshold, cfg.unkinded_story_threshold)
        if cfg.anchored_join_threshold is not None and self.headline_anchor(story, f):
            threshold = min(cfg.anchored_join_threshold, threshold)
        lone = cfg.lone_headline_term_threshold
        if lone is not None and not f.meetings & _story_meetings(story) and self._topic_term_only(vectors.get("title"), story):
            threshold = max(threshold, lone)
        if cfg.other_region_threshold is not None and _elsewhere(f.regions, story) and not _article_place_words(f) & _place_words(story):
            threshold = max(threshold, cfg.other_region_threshold)
        return threshold

    def headline_anchor(self, story: Story, f: Features) -> bool:
        """Whether an article's headline gives every name that most of a story's headlines give (the story told by
        enough outlets and articles to tell its happening by them)."""
        cfg = self.config
        if len(story.members) < cfg.anchor_members or len(story.outlets - {""}) < cfg.anchor_outlets:
            return False
        anchors = story.anchors
        return bool(anchors) and all(f" {name} " in f.headline for name in anchors)

    def _same_parties(self, story: Story, f: Features, vectors: Mapping[str, Vector]) -> bool:
        """A routine report joins a story of its day only about the same parties: the day's dividends of
        two companies, or the results of two matches, are two stories."""
        if f.kind != ROUTINE and not story.routine:
            return True
        names = _names_cosine(story, vectors)
        return names is None or names >= self.config.routine_names_similarity

    def _vouched(self, story: Story, f: Features, vectors: Mapping[str, Vector], similarity: float) -> bool:
        """Whether an article, this like a story (``similarity``), may join a story that only its own outlet has
        reported: their headlines must share names of their own (``_held_names``; one is enough when the article is very
        like the story in the whole, ``own_outlet_vouch_similarity``), or their bodies or headlines be alike beyond the
        names of the outlet's beat (another outlet's article always may)."""
        if not f.outlet or story.outlets != {f.outlet}:
            return True
        names = (f.headline_names, story.anchors)
        if self._names_vouch(f.outlet, names, (story.outlet_names, Counter()), similarity, (f.happenings, story.happenings)):
            return True
        if self._explainers_apart(
            (f.dated, f.explains, 1), (story.dated, story.explainers, len(story.members)), f.headline_names, story.headline_names.keys()
        ):
            return False
        if one_told((f.told, f.told_undated), (story.told, story.told_undated)):  # a crash on one road, a trial's witness
            return True
        if self._rare_name_vouches(f.outlet, story, self._told_names(story, f), similarity):
            return True
        if f.kind != ROUTINE and not story.routine and self._burst_vouches(story, f, vectors.get("names"), similarity):
            return True
        lengths = {space: norm(vector) for space, vector in vectors.items()}  # (short of 1 where a vector was cut to its top terms)
        return self._sides_vouch({f.outlet}, story.outlets, vectors, lengths, story.centroid, story.norm)

    def _names_vouch(
        self,
        outlet: str,
        names: tuple[Iterable[str], Iterable[str]],
        counts: tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]],
        similarity: float,
        kinds: tuple[AbstractSet[str], AbstractSet[str]],
    ) -> bool:
        """Whether the headline names two sides of one outlet share (``names``: an article's and a story's, or two
        stories'; ``counts``: how often each side's headlines give them) vouch for one happening (``_held_names``): two
        of their own; one, when the sides are very alike or name one kind of happening (``_one_name_enough``)."""
        wanted = [self.config.own_outlet_shared_names] + ([1] if self._one_name_enough(similarity, *kinds) else [])
        return any(self._held_names(outlet, *names, *counts, n) for n in wanted)

    def _rare_name_vouches(self, outlet: str, story: Story, told: AbstractSet[str], similarity: float) -> bool:
        """Whether an article this like a story of its outlet alone (``similarity``) shares with the story's headlines a
        name rare in the background (``rare_name_share``) that the story's own headlines give ``rare_name_told`` times,
        and none of the outlet's other open stories' headlines give (``own_outlet_rare_name_similarity``)."""
        cfg = self.config
        if cfg.own_outlet_rare_name_similarity is None or similarity < cfg.own_outlet_rare_name_similarity:
            return False
        rare, counts = cfg.rare_name_share * self.df.n_background, self.outlet_names
        return any(
            story.outlet_names[outlet, name] >= cfg.rare_name_told
            and counts[outlet, name] == story.outlet_names[outlet, name]
            and self.df.background_df("e:" + name) <= rare
            for name in distinct_names(set(told).intersection(story.anchors))
        )

    def _burst_vouches(self, story: Story, f: Features, names: Vector | None, similarity: float) -> bool:
        """Whether an article ``f``, this like a story of its outlet alone (``similarity``), is a piece of the
        same burst (``burst_similarity``): the story is of that day alone, and the names of their bodies (``names``:
        the article's) meet on ``burst_names`` names rare in the background at least, which give ``burst_names_similarity``
        of their cosine or more; the names the article's body gives in a list (``Features.listed``) count as one."""
        cfg, day = self.config, f.day
        if cfg.burst_similarity is None or similarity < cfg.burst_similarity or day is None or not names:
            return False
        if story.first != day or story.last != day:
            return False
        theirs = story.centroid.get("names")
        if not theirs:
            return False
        count, overlap = self._rare_names_met(names, norm(names), theirs, story.norm.get("names", 1.0), f.listed)
        return count >= cfg.burst_names and overlap >= cfg.burst_names_similarity

    def _rare_names_met(
        self, mine: Vector, mine_norm: float, theirs: Vector, their_norm: float, listed: AbstractSet[str]
    ) -> tuple[int, float]:
        """How many names rare in the background (``rare_name_share``; a name within another counting once) two names
        vectors share, and the share of their cosine those give; the shared names ``listed`` (given in a list) count as
        one, their heaviest."""
        rare = self.config.rare_name_share * self.df.n_background
        shared = {key for key in mine if key in theirs and self.df.background_df(key) <= rare}
        # (a list's names, a sponsor's roll of companies or a line-up, tell one thing: its heaviest shared name stands for it)
        in_list = {key for key in shared if key[2:] in listed}
        shared -= set(sorted(in_list, key=lambda key: (-mine[key] * theirs[key], key))[1:])
        overlap = sum(mine[key] * theirs[key] for key in shared)
        return len(distinct_names({key.removeprefix("e:") for key in shared})), overlap / ((mine_norm * their_norm) or 1.0)

    def _stories_burst(self, a: Story, b: Story, similarity: float) -> bool:
        """Whether two stories of one outlet alone, this alike (``similarity``), are pieces of one same-day burst, as an
        article joins one (``_burst_vouches``): both of one day alone, neither of routine reports, and their bodies' names
        meet on ``burst_story_names`` rare names that give ``burst_story_names_similarity`` of their cosine (a story's
        summed names hold more names than an article's, so its rare ones weigh less of the whole). The pieces that came
        while the first were still unvouched (the arrest of the two men who left a victim at the hospital) started a
        story of their own."""
        cfg = self.config
        if cfg.burst_similarity is None or similarity < cfg.burst_similarity or a.routine or b.routine:
            return False
        if a.first is None or not a.first == a.last == b.first == b.last:
            return False
        mine, theirs = a.centroid.get("names"), b.centroid.get("names")
        if not mine or not theirs:
            return False
        count, overlap = self._rare_names_met(mine, a.norm.get("names", 1.0), theirs, b.norm.get("names", 1.0), a.listed | b.listed)
        return count >= cfg.burst_story_names and overlap >= cfg.burst_story_names_similarity and _headlines_tell_beyond_names(a, b)

    def _told_names(self, story: Story, f: Features) -> frozenset[str]:
        """The names an article's headline gives, with those of the story's headlines (``Story.anchors``) that its headline
        text gives where the names read of its text missed them ("Pilot Helikopter, yang Jatuh di Himalaya, ...")."""
        return f.headline_names | {name for name in story.anchors if f" {name} " in f.headline}

    def _one_name_enough(self, similarity: float, mine: AbstractSet[str], theirs: AbstractSet[str]) -> bool:
        """Whether one shared name of their own vouches for two sides of one outlet (an article and a story, or two
        stories) this alike: when they are very alike in the whole (``own_outlet_vouch_similarity``), or name one kind of
        happening (``_kind_vouches``); each threshold's None switches off its own test only."""
        vouch = self.config.own_outlet_vouch_similarity
        return (vouch is not None and similarity >= vouch) or self._kind_vouches(mine, theirs, similarity)

    def _kind_vouches(self, mine: AbstractSet[str], theirs: AbstractSet[str], similarity: float) -> bool:
        """Whether two sides of one outlet this alike name one kind of happening in their headlines (a crash, a
        killing: ``kinds.headline_happenings``): then one name of their own (a mountain range, a hotel) vouches as two
        do elsewhere, as a crash and its victims' family, told by an outlet alone, are one happening, while its
        beat's pieces (a rider's weekend, his test) name no kind of happening (``own_outlet_kind_similarity``)."""
        least = self.config.own_outlet_kind_similarity
        return least is not None and similarity >= least and not mine.isdisjoint(theirs)

    def _explainers_apart(
        self, side: tuple[int, int, int], other: tuple[int, int, int], names: AbstractSet[str], other_names: AbstractSet[str]
    ) -> bool:
        """Whether two sides of one outlet alone stay apart as its explainers of one topic ("Stroke"): alike in
        words, they make no happening (``_evergreen_pair``, where ``undated_apart`` is on)."""
        return self.config.undated_apart and _evergreen_pair(side, other, names, other_names)

    def _same_happening(self, mine: AbstractSet[str], theirs: AbstractSet[str]) -> bool:
        """Whether two kinds of happening may be one: unless both sides name one and they share none."""
        return not self.config.part_happening_kinds or not mine or not theirs or not mine.isdisjoint(theirs)

    def _same_place(self, story: Story, f: Features) -> bool:
        """Whether an article may join a story as far as places go: unless its headline reports a kind of happening the
        story's headlines report, in places none of which they name, and its body's start names none of theirs either
        (``part_places``)."""
        if not self.config.part_places or f.happenings.isdisjoint(story.happenings):
            return True
        mine, theirs = f.localities | f.regions, story.localities.keys() | story.regions.keys()
        if not mine or not theirs or not mine.isdisjoint(theirs):
            return True
        # a body naming the story's province only ("Minahasa, Sulawesi Utara" against Manado's forecast) tells no
        # follow-up: where the story's headlines name towns, the body must name one of those
        towns = theirs - province_keys() if f.localities - province_keys() else set()
        return names_locality(f.lead, towns or theirs)

    def _outlet_elsewhere(self, story: Story, f: Features) -> bool:
        """Whether an article is its outlet's template told of another place (``part_outlet_places``): the story is its
        outlet's alone, most of its headlines name their places, and the article's headline names places below a nation,
        none of them the story's ("Posisi APBD Kab Cianjur ..." and "Posisi APBD Kab Bandung ...")."""
        if not self.config.part_outlet_places or not f.outlet or story.outlets != {f.outlet}:
            return False
        mine = f.localities | f.regions
        return bool(mine) and _home_places(story) and mine.isdisjoint(story.localities.keys() | story.regions.keys())

    def _tally_of_places(self, story: Story, f: Features) -> bool:
        """Whether an article is a roundup across places ("Bertambah Lagi! 14 Provinsi Gelar Pemutihan Pajak Kendaraan")
        beside a story of one place's happening, most of whose headlines name that place (Jakarta's tax amnesty), or the
        other way round, whichever came first: the roundup tells many places' happenings and is none of them
        (``part_tallies``)."""
        if not self.config.part_tallies:
            return False
        places = f.localities | f.regions
        if _roundup(int(f.tally), 1, places):
            return not story.tallies and _home_places(story)
        return not f.tally and bool(places) and _roundup(story.tallies, len(story.members), _story_places(story))

    def _tallies_apart(self, a: Story, b: Story) -> bool:
        """Whether two stories are a roundup across places and one place's happening, in either order (``part_tallies``,
        as ``_tally_of_places`` for an article)."""
        return self.config.part_tallies and any(
            _roundup(x.tallies, len(x.members), _story_places(x)) and not y.tallies and _home_places(y) for x, y in ((a, b), (b, a))
        )

    def _same_race(self, mine: AbstractSet[str], theirs: AbstractSet[str]) -> bool:
        """Whether two sides may report one race as far as their headlines go: unless both name rounds of a racing series,
        none of them the same (the Aragon weekend and the next round's schedule in Italy: ``part_races``)."""
        return not self.config.part_races or not mine or not theirs or not mine.isdisjoint(theirs)

    def _same_places(self, a: Story, b: Story) -> bool:
        """Whether two stories may be merged as far as places go: unless their headlines report one kind of happening
        in places, none of which both name (``part_places``)."""
        if not self.config.part_places or a.happenings.isdisjoint(b.happenings):
            return True
        mine, theirs = a.localities.keys() | a.regions.keys(), b.localities.keys() | b.regions.keys()
        return not mine or not theirs or not mine.isdisjoint(theirs)

    def _stories_vouched(self, a: Story, b: Story, similarity: float) -> bool:
        """Two stories only one outlet has reported, the same outlet, are one only when their bodies or headlines are alike,
        or their headlines share names of their own (``_held_names``): one is enough when they are this alike in the
        whole (``similarity``, at least ``own_outlet_vouch_similarity``)."""
        if len(a.outlets) == 1 and a.outlets == b.outlets:
            outlet = next(iter(a.outlets))
            names, counts = (a.anchors, b.anchors), (a.outlet_names, b.outlet_names)
            if outlet and self._names_vouch(outlet, names, counts, similarity, (a.happenings, b.happenings)):
                return True
            if self._explainers_apart(
                (a.dated, a.explainers, len(a.members)),
                (b.dated, b.explainers, len(b.members)),
                a.headline_names.keys(),
                b.headline_names.keys(),
            ):
                return False
            if self._stories_burst(a, b, similarity) or one_told((a.told, a.told_undated), (b.told, b.told_undated)):
                return True
        return self._sides_vouch(a.outlets, b.outlets, a.centroid, a.norm, b.centroid, b.norm)

    def _held_names(
        self,
        outlet: str,
        mine: Iterable[str],
        theirs: Iterable[str],
        my_counts: Counter[tuple[str, str]],
        their_counts: Counter[tuple[str, str]],
        wanted: int | None,
    ) -> bool:
        """Whether two sides of one outlet share ``wanted`` headline names (a name within another counting once) that
        none of the outlet's other open stories' headlines give (its beat's names they do); None: never."""
        if wanted is None:
            return False
        shared = set(mine).intersection(theirs)
        if len(shared) < wanted:
            return False
        counts, beat_share = self.outlet_names, self.config.beat_name_share
        held = [
            name
            for name in distinct_names(shared)
            if counts[outlet, name] == my_counts[outlet, name] + their_counts[outlet, name] and not (beat_share and self._common_name(name))
        ]
        return len(held) >= wanted

    def _sides_vouch(
        self,
        mine: AbstractSet[str],
        theirs: AbstractSet[str],
        a: Mapping[str, Vector],
        a_norm: Mapping[str, float],
        b: Mapping[str, Vector],
        b_norm: Mapping[str, float],
    ) -> bool:
        """Whether two sides (an article's vectors or a story's centroid, each with its norms) may be one: unless both were
        reported by one and the same outlet alone, always; else only when, the words of either side's names left out
        (one rider, club or mayor named in both is the outlet's beat, not one happening), their bodies' cosine
        reaches ``own_outlet_words_similarity`` or their headlines' ``own_outlet_title_similarity``."""
        cfg = self.config
        a_words, b_words = a.get("words"), b.get("words")
        if cfg.own_outlet_words_similarity is None or len(mine) != 1 or mine != theirs or "" in mine or not a_words or not b_words:
            return True
        beat = {word for side in (a, b) for name in side.get("names", ()) for word in name[2:].split()}
        words = _dot_without(a_words, b_words, beat) / ((a_norm.get("words", 1.0) * b_norm.get("words", 1.0)) or 1.0)
        if words >= cfg.own_outlet_words_similarity:
            return True
        a_title, b_title = a.get("title"), b.get("title")
        if not a_title or not b_title:
            return False
        # a tournament's name ("Piala Dunia Antarklub 2025: ..." heading a sports desk's every piece of it) is its beat too,
        # where both headlines name a tournament: elsewhere "Tim SAR", "Hasil Autopsi", "Bank Dunia" are their own words
        tournament = all(not _tournament_words().isdisjoint(term[2:] for term in side) for side in (a_title, b_title))
        title = _dot_without(a_title, b_title, {"t:" + word for word in beat | (_competition_words() if tournament else set())})
        return title / ((a_norm.get("title", 1.0) * b_norm.get("title", 1.0)) or 1.0) >= cfg.own_outlet_title_similarity

    def _holds_to_core(self, story: Story, day: date | None, vectors: Mapping[str, Vector], norms: Mapping[str, float]) -> bool:
        """Whether what a later day brings is still about the story's first day (always, on that day)."""
        threshold = self.config.core_threshold
        if threshold is None or day is None or story.first is None or day <= story.first or not story.core:
            return True
        return self._weighted_cosine(vectors, norms, story.core, story.core_norm) >= threshold

    def _may_join(self, story: Story, f: Features) -> bool:
        """A routine report joins (and is joined) only on its own day, and a story of routine reports only when it tells
        one of their sessions (``part_sessions``); a series story by copies only."""
        if story.closed_to_topic:
            return False
        if f.kind == ROUTINE or story.routine:
            return f.day is None or (story.first == story.last == f.day and self._same_session(story, {f.session}))
        return True

    def _same_session(self, story: Story, sessions: AbstractSet[date | None]) -> bool:
        """Whether routine reports of these sessions may join a story as far as sessions go: unless the story is of routine
        reports only, and tells none of them (the previous day's close, out the next morning, beside the day's own)."""
        return not self.config.part_sessions or not story.routine or not sessions or not story.sessions.isdisjoint(sessions)

    # ------------------------------------------------------------------ near-duplicates

    def _near_duplicate(self, signature: Signature | None) -> tuple[str, float] | None:
        if signature is None:
            return None
        best = None
        for other in sorted(self.shingles.query(signature)):
            sim = self.shingles.jaccard(signature, self.signatures[other])
            if sim >= self.config.duplicate_threshold and (best is None or sim > best[1]):
                best = (other, sim)
        if best:
            # the copy of a copy points at the first original
            original, sim = best
            while original in self.duplicate_of:
                original = self.duplicate_of[original][0]
            return original, round(sim, 3)
        return None

    # ------------------------------------------------------------------ stories and the index

    def _join(self, story: Story, f: Features, vectors: Mapping[str, Vector]) -> None:
        story.members.append(f.id)
        if f.headline.strip():  # an article without a headline (a page the scraper got none of) is of no known kind
            story.kinds.add(f.kind)
        story.outlets.add(f.outlet or "")
        story.happenings |= f.happenings
        story.headline_names.update(f.headline_names)
        story.place_votes.update({name: 1 if name in f.places else -1 for name in f.headline_names})
        if f.match:
            story.matches.add(f.match)
        if f.result:
            story.results.add(f.result)
        story.regions.update(f.regions)
        story.roundups += f.roundup
        story.meetings.update(f.meetings)
        story.localities.update(f.localities)
        story.draws += f.draw
        story.dated += f.dated
        story.explainers += f.explains
        story.races |= f.races
        story.tallies += f.tally
        story.listed |= f.listed
        story.quoted |= f.quoted
        story.told |= f.told
        story.told_undated |= f.told_undated
        if f.kind == ROUTINE:
            story.sessions.add(f.session)
        if f.outlet:
            given = [(f.outlet, name) for name in f.headline_names]
            story.outlet_names.update(given)
            self.outlet_names.update(given)
        self.story_of[f.id] = story.id
        if f.day:
            story.first = min(story.first or f.day, f.day)
            story.last = max(story.last or f.day, f.day)
            heapq.heappush(self._closing, (story.last.toordinal(), story.number, story.id))
        if f.day is None or f.day == story.first:
            self._sum_into(story.core, story.core_norm, vectors)
        self._absorb(story, vectors)
        self.open.add(story.id)

    def _absorb(self, story: Story, vectors: Mapping[str, Vector]) -> None:
        """Add vectors (an article's, or a merged story's centroid) to a story's centroid, and index it anew."""
        self._sum_into(story.centroid, story.norm, vectors)
        self._reindex(story)

    def _sum_into(self, sums: dict[str, Vector], norms: dict[str, float], vectors: Mapping[str, Vector]) -> None:
        """Add vectors to summed vectors (a centroid, a core), space by space, cut to their strongest terms."""
        for space, vec in vectors.items():
            sums[space] = top(add(sums.get(space, {}), vec), self.config.centroid_terms)
            norms[space] = norm(sums[space])

    def _merge_similar(self, story: Story) -> None:
        """Merge into ``story`` the open story most like it, when their centroids are alike enough."""
        cfg = self.config
        if cfg.merge_threshold is None or len(story.members) < 2 or story.closed_to_topic:
            return
        if story.routine and not _placed_happening(story):
            return
        best, best_sim = None, 0.0
        # a story to merge with shares many of this one's strongest terms: a few candidates suffice
        for sid in self._candidates(self._story_query(story), cfg.merge_candidates, exclude=story.id):
            other = self._story(sid)  # (an open story: the index holds no other)
            # routine reports (schedules, prices) snowball when merged; two of one day's happening in one place
            # (an outlet's "Gempa ... Guncang Pangandaran" reports told as routine) are one
            if (other.routine or story.routine) and not _one_day_one_place(story, other):
                continue
            sim = self._story_similarity(story, other)
            if sim >= best_sim and self._may_merge(story, other, sim, cfg.merge_threshold):
                best, best_sim = other, sim
        if best is not None:
            # the older story keeps its id, so ids stay those of the first article
            self._merge(*((story, best) if story.number < best.number else (best, story)))

    def _may_merge(self, story: Story, other: Story, sim: float, threshold: float) -> bool:
        """Whether two open stories this alike may be merged: alike enough, and no guard tells two happenings."""
        return (
            self._alike_enough(story, other, sim, threshold)
            and self._cores_agree(story, other)
            and (not other.routine or self._same_session(story, other.sessions))
            and self._stories_vouched(story, other, sim)
            and self._same_happening(story.happenings, other.happenings)
            and self._same_places(story, other)
            and not self._tallies_apart(story, other)
            and self._same_match(story.matches, other.matches)
            and self._same_race(story.races, other.races)
            and self._apart_from_roundups(story.of_roundups, story.matches, other.of_roundups, other.matches)
            and (not other.of_roundups or _one_stage(story, True, 2 * other.draws >= other.roundups))
            and self._one_result(story, other.matches, other.results)
            and self._headlines_meet(story.centroid, other.centroid)
            and not self._matters_apart(story, other)
            and not _siblings_apart(story.anchors, set(other.anchors), _names_key(other.anchors))
            and not _siblings_apart(other.anchors, set(story.anchors), _names_key(story.anchors))
            and not _round_piece(story.anchors, _names_key(other.anchors), other.centroid.get("title"), story.centroid.get("title"))
            and not _round_piece(other.anchors, _names_key(story.anchors), story.centroid.get("title"), other.centroid.get("title"))
        )

    def _matters_apart(self, a: Story, b: Story) -> bool:
        """Whether two stories tell two matters: their headlines too unlike (``_headlines_parted``), or one speaker
        quoted on two (``_quoted_apart``)."""
        return self._headlines_parted(a, b) or self._quoted_apart(a, b)

    def _quoted_apart(self, a: Story, b: Story) -> bool:
        """Whether two stories, neither of a match, are two matters of one speaker: their headlines meet on names alone
        and quote a speaker they both name in no words alike (``_quotes_apart``). A match's previews quote its players on
        many matters, all the match's."""
        if a.matches or b.matches or _headlines_tell_beyond_names(a, b):
            return False
        return _quotes_apart(a.quoted, b.quoted, a.headline_names.keys() & b.headline_names.keys())

    def _headlines_parted(self, a: Story, b: Story) -> bool:
        """Whether two stories, each of several members, have headlines too unlike to tell one matter
        (``parted_headlines_similarity``)."""
        threshold = self.config.parted_headlines_similarity
        if threshold is None or len(a.members) < 2 or len(b.members) < 2:
            return False
        mine, theirs = a.centroid.get("title"), b.centroid.get("title")
        if not mine or not theirs:
            return False
        return dot(mine, theirs) / ((a.norm["title"] * b.norm["title"]) or 1.0) < threshold

    def _merge(self, keep: Story, gone: Story) -> None:
        """Merge story ``gone`` into ``keep``: its members, what its headlines give, its centroid and its core."""
        for member in gone.members:
            self.story_of[member] = keep.id
        keep.members.extend(gone.members)
        keep.kinds |= gone.kinds
        keep.outlets |= gone.outlets
        keep.happenings |= gone.happenings
        keep.headline_names += gone.headline_names
        keep.outlet_names += gone.outlet_names
        keep.place_votes.update(gone.place_votes)
        keep.matches |= gone.matches
        keep.results |= gone.results
        keep.regions += gone.regions
        keep.roundups += gone.roundups
        keep.meetings += gone.meetings
        keep.localities += gone.localities
        keep.draws += gone.draws
        keep.dated += gone.dated
        keep.explainers += gone.explainers
        keep.sessions |= gone.sessions
        keep.races |= gone.races
        keep.tallies += gone.tallies
        keep.listed |= gone.listed
        keep.quoted |= gone.quoted
        keep.told |= gone.told
        keep.told_undated |= gone.told_undated
        self._merge_cores(keep, gone)
        keep.first = min((d for d in (keep.first, gone.first) if d), default=None)
        keep.last = max((d for d in (keep.last, gone.last) if d), default=None)
        if keep.last is not None:
            heapq.heappush(self._closing, (keep.last.toordinal(), keep.number, keep.id))
        self._unindex(gone)
        self.open.discard(gone.id)
        del self.stories[gone.id]
        del self._number[gone.id]
        self._absorb(keep, gone.centroid)

    def _alike_enough(self, a: Story, b: Story, similarity: float, threshold: float) -> bool:
        """Whether two stories this alike may be merged: at ``threshold``, or at ``headline_merge_threshold`` when more
        than one outlet reports them and their headlines tell one happening (``_told_alike``, read only for a pair
        between the two thresholds: a big story's headlines give many names)."""
        higher = self._parted_merge_threshold(a, b)
        if higher is not None:
            return similarity >= max(threshold, higher)
        if similarity >= threshold:
            return True
        lower = self.config.headline_merge_threshold
        if lower is None or similarity < lower or len((a.outlets | b.outlets) - {""}) < 2:
            return False
        # a local happening (most headlines name its city) and a like one told with no place (a company's drive in
        # one city, its drive nationwide) are two, however rare the words they share
        if self.config.other_region_threshold is not None and (_local_and_placeless(a, b) or _local_and_placeless(b, a)):
            return False
        return self._told_alike(a, b)

    def _parted_merge_threshold(self, a: Story, b: Story) -> float | None:
        """The higher similarity two stories need to merge when their headlines share a single term
        (``lone_headline_term_merge_threshold``) or most of each's name places below a nation the other's do not
        (``other_region_merge_threshold``); None when neither holds."""
        cfg = self.config
        found = []
        if (
            cfg.lone_headline_term_merge_threshold is not None
            and not _story_meetings(a) & _story_meetings(b)
            and self._topic_term_only(a.centroid.get("title"), b)
        ):
            found.append(cfg.lone_headline_term_merge_threshold)
        if cfg.other_region_threshold is not None and _regions_apart(a, b):
            found.append(cfg.other_region_merge_threshold)
        return max(found, default=None)

    def _topic_term_only(self, headline: Vector | None, story: Story) -> bool:
        """Whether a headline vector (an article's, a story's summed ones) shares a single term with a story's headlines,
        and no word of a name by which the story is told (``headline_anchor``; a country's name tells many stories): the
        topic ("haji", "Israel") or the speaker ("Istana") of many matters of the day, not the name of the story's own
        happening ("iOS 26")."""
        theirs = story.centroid.get("title")
        if not headline or not theirs:
            return False
        small, large = (headline, theirs) if len(headline) <= len(theirs) else (theirs, headline)
        shared = [term for term in small if term in large]
        return len(shared) == 1 and shared[0][2:] not in self._anchor_words(story)

    def _anchor_words(self, story: Story) -> set[str]:
        """The words of the names, not countries', by which enough outlets and articles tell a story (``headline_anchor``)."""
        cfg = self.config
        if len(story.members) < cfg.anchor_members or len(story.outlets - {""}) < cfg.anchor_outlets:
            return set()
        countries = country_keys()
        return {word for name in story.anchors if name not in countries for word in name.split()}

    def _told_alike(self, a: Story, b: Story) -> bool:
        """Whether two stories' headlines tell one happening: both give one rare place (a word of its name: a volcano,
        a village road; a country or a province holds many happenings); or, unless most of each's headlines give rare
        places that are two (a volcano's eruption and another's), their strongest headline words hold
        ``shared_headline_words`` rare words."""
        if not self._rare_words(_place_words(a)).isdisjoint(self._rare_words(_place_words(b))):
            return True
        mostly = [self._rare_words(_place_words(story, most=True)) for story in (a, b)]
        if mostly[0] and mostly[1] and mostly[0].isdisjoint(mostly[1]):
            return False
        cfg = self.config
        words = [self._rare_words(term[2:] for term in story.heaviest.get("title", ())[: cfg.headline_words]) for story in (a, b)]
        shared = words[0] & words[1]
        # (names only ever make fewer units of the shared words: too few words settle it before the names are read)
        if len(shared) < cfg.shared_headline_words:
            return False
        return _told_units(shared, a.headline_names.keys() | b.headline_names.keys()) >= cfg.shared_headline_words

    def _rare_words(self, words: Iterable[str]) -> set[str]:
        """The words that few background documents give (``beat_name_share``): a volcano's name, not a capital city's,
        nor a war's territory's (``_wide_places``), where many happenings of a day are told."""
        wide = _wide_places()
        return {word for word in words if not self._common_name(word) and word not in wide}

    def _same_match(self, mine: AbstractSet[frozenset[str]], theirs: AbstractSet[frozenset[str]]) -> bool:
        """Whether the matches two sides' headlines name may be one story: each match of one side has a team of each
        match of the other (a word in common: "madrid" and "real madrid"), as one team's matches of a tournament have."""
        if not self.config.part_matches or not mine or not theirs:
            return True
        return all(_share_team(a, b) for a in mine for b in theirs)

    def _apart_from_roundups(
        self, a_roundups: bool, a_matches: AbstractSet[frozenset[str]], b_roundups: bool, b_matches: AbstractSet[frozenset[str]]
    ) -> bool:
        """Whether two sides (an article, a story: whether they are of roundups, the matches their headlines name) may be
        one story as far as roundups go: unless one is of roundups and the other names a match (a matchday's results or
        schedule is no report of one of its matches)."""
        if not self.config.part_roundups:
            return True
        return not ((a_roundups and b_matches) or (b_roundups and a_matches))

    def _one_result(self, story: Story, matches: AbstractSet[frozenset[str]], results: AbstractSet[frozenset[str]]) -> bool:
        """Whether a story and another side (an article, a story: the matches its headlines name, the results they report)
        may tell one match as far as results go: where one side reports results and the other names matches, one of
        those matches is the pairing of one of those results. A team's result and its next match's preview are two
        stories; previews of one team's matches stay joinable. One headline read wrong ("Babak Belur Dihajar Jepang")
        among a big story's many does not shut the story."""
        if not self.config.part_results:
            return True
        return _some_pairing(story.results, matches) and _some_pairing(results, story.matches)

    def _story_query(self, story: Story) -> Iterator[str]:
        """The terms a story looks up in the index for stories to merge with: each space's strongest (``_reindex``)."""
        return (term for ranked in story.heaviest.values() for term in ranked[: self.config.query_terms])

    def _merge_cores(self, keep: Story, gone: Story) -> None:
        """The merged story's core: the first day's, both if they began the same day."""
        if gone.first == keep.first:
            self._sum_into(keep.core, keep.core_norm, gone.core)
        elif gone.first is not None and (keep.first is None or gone.first < keep.first):
            keep.core, keep.core_norm = gone.core, gone.core_norm

    def _cores_agree(self, a: Story, b: Story) -> bool:
        """Two stories that began on different days are one only if the later began about the earlier's core."""
        early, late = (a, b) if (a.first or date.min) <= (b.first or date.min) else (b, a)
        return self._holds_to_core(early, late.first, late.core, late.core_norm)

    def _story_similarity(self, a: Story, b: Story) -> float:
        if a.last and b.first and b.last and a.first:
            gap = max((b.first - a.last).days, (a.first - b.last).days, 0)
            if gap > self.config.window_days:
                return 0.0
        return self._weighted_cosine(a.centroid, a.norm, b.centroid, b.norm)

    def _unindex(self, story: Story) -> None:
        for term in story.indexed:
            postings = self.index.get(term)
            if postings is not None:
                postings.discard(story.id)
                if not postings:
                    del self.index[term]
        story.indexed = ()

    def _reindex(self, story: Story) -> None:
        if story.closed_to_topic:  # no article joins it by its terms: it needs no postings
            self._unindex(story)
            return
        cfg = self.config
        # its strongest terms, worked out once for the index and for the stories it may merge with (``_merge_similar``)
        keep = max(cfg.index_terms, cfg.query_terms)
        story.heaviest = {space: heaviest_terms(centroid, keep) for space, centroid in story.centroid.items()}
        terms = tuple(t for ranked in story.heaviest.values() for t in ranked[: cfg.index_terms])
        before, after = set(story.indexed), set(terms)
        for term in before - after:
            self.index[term].discard(story.id)
        # a term it was indexed under already points to it (only ``_unindex`` takes it out, and empties ``indexed``):
        # only its new terms need a posting; each term's postings get the same ids in the same order as adding all would
        for term in after - before:
            self.index[term].add(story.id)
        story.indexed = terms

    def _expire(self) -> None:
        """Close the stories, and forget the signatures, that the window has passed."""
        if self.now is None:
            return
        horizon = self.now.toordinal() - self.config.window_days
        closing = self._closing
        while closing and closing[0][0] < horizon:
            sid = heapq.heappop(closing)[2]
            story = self.stories.get(sid) if sid in self.open else None  # (a closed one is not read back from a spill)
            if not isinstance(story, Story) or not story.last or story.last.toordinal() >= horizon:
                continue  # merged into another, closed already, or with a newer day (and its own entry)
            self._unindex(story)
            # the centroid is no longer needed to compare; keep the members only
            story.centroid, story.norm, story.core, story.core_norm, story.heaviest = {}, {}, {}, {}, {}
            story.headline_names = Counter()
            story.listed = set()  # (the names of its lists serve the open stories' burst test only: ``_stories_burst``)
            for given, count in story.outlet_names.items():  # (in place: a new Counter would copy every open name)
                self.outlet_names[given] -= count
                if self.outlet_names[given] <= 0:
                    del self.outlet_names[given]
            story.outlet_names = Counter()
            self.open.discard(sid)
            del self._number[sid]  # (read of the index's candidates alone, which are open: ``_story`` puts it back)
            self.stories[sid] = ClosedStory(story, self._shared)
        keep = 0
        while keep < len(self.lsh_day) and self.lsh_day[keep][0].toordinal() < horizon:
            _, article = self.lsh_day[keep]
            self.shingles.remove(article)
            keep += 1
        if keep:
            del self.lsh_day[:keep]


def distinct_names(names: AbstractSet[str]) -> list[str]:
    """The folded names that are not whole words of a longer one among them ("riau" in "polda riau" is not)."""
    return [name for name in names if not any(other != name and f" {name} " in f" {other} " for other in names)]


def _war_standing(name: str) -> bool:
    """Whether a folded name is a standing war's party (``backdrop_names``: "hamas"), one of its standing places or
    units (``story_war_standing_names.txt``: "khan younis", "brigade al qassam") or holds a word of its territories
    (``_wide_places``: "rafah"): rare in the background, yet every piece of the war may give it."""
    return name in backdrop_names() or name in _war_standing_names() or not _wide_places().isdisjoint(name.split())


@cache
def _backdrop_words() -> frozenset[str]:
    """The words of a standing war's parties' names (``backdrop_names``)."""
    return frozenset(word for name in backdrop_names() for word in name.split())


@cache
def _countries_and_backdrop() -> frozenset[str]:
    """The countries' keys and a standing war's parties (``backdrop_names``): no name of one happening."""
    return frozenset(country_keys() | backdrop_names())


@cache
def _war_standing_names() -> frozenset[str]:
    """The folded names of a standing war's places and units (``story_war_standing_names.txt``)."""
    return frozenset(f for n in lower_word_list("id", "story_war_standing_names.txt") if (f := fold_name(n)))


@cache
def _wide_places() -> frozenset[str]:
    """The words of places that hold many happenings a day, as a country does (``story_wide_places.txt``: a war's
    territories): rare in the background, yet no sign of one happening."""
    return lower_word_list("id", "story_wide_places.txt")


def _shortened_names(shared: AbstractSet[str], mine: Vector | None, theirs: Vector | None, given: AbstractSet[str]) -> set[str]:
    """The names (folded) both an article's and a story's bodies give (``mine``, ``theirs``: their names vectors) of
    which their headlines share two words or more (``shared``) but not all, less those the headlines give whole
    (``given``): a name the headlines shorten ("Siti Fadia" of "Siti Fadia Silva Ramadhanti"), which ``headline_names``
    finds by none of its forms. A name whose number the headline words drop ("Yamaha FreeGo 125") is given whole."""
    if not mine or not theirs or len(shared) < 2:
        return set()
    return {
        name
        for key in mine
        if key in theirs and (name := key[2:]) not in given and 2 <= len(shared & set(words := name.split())) < len(words)
    }


def _told_units(shared: AbstractSet[str], names: AbstractSet[str]) -> int:
    """How many things the shared headline words tell: the words of one name count once. "Natasha" and "Wilona" are
    one woman, of whom an outlet tells several matters on one day (her plans to marry, her youth); two rare words
    that are one name vouch for no one happening, where a name and a word of what happened may."""
    left = set(shared)
    units = 0
    for name in sorted(distinct_names(names), key=lambda n: (-len(n.split()), n)):
        words = left & set(name.split())
        if len(words) > 1:
            units += 1
            left -= words
    return units + len(left)


def _headlines_tell_beyond_names(a: Story, b: Story) -> bool:
    """Whether two stories' headlines share a word beyond the words of the names their headlines and bodies give: what
    happened ("pria", "jasad" of a killing's pieces). An outlet's boilerplate names an official, his aides, the village
    and the district in every piece of his tour, so two of its happenings (a market opened, a bridge down) meet on rare
    names and alike bodies; their headlines meet on the official's and the village's names alone ("Darmawan", a word of
    the "Darmawan Sulistyo" the bodies give)."""
    mine, theirs = a.centroid.get("title"), b.centroid.get("title")
    if not mine or not theirs:
        return True  # (a page without a headline: the names decide)
    shared = {term[2:] for term in mine if term in theirs}
    bodies = (key[2:] for side in (a, b) for key in side.centroid.get("names") or ())
    return bool(shared - _name_words(chain(a.headline_names, b.headline_names, bodies)))


def _quotes_apart(mine: AbstractSet[int], theirs: AbstractSet[int], names: AbstractSet[str]) -> bool:
    """Whether two sides' lead quotes (``lead_quotes``) tell two matters: of a speaker both headlines name (``names``),
    each side quotes some and no words of one are the other's, and of no such speaker do they quote words alike. Read
    where their headlines meet on names alone: one speaker's two matters at one interview."""
    if not mine or not theirs or not mine.isdisjoint(theirs):
        return False  # (a shingle alike is one speaker's words alike: a shingle carries its speaker's mark)
    speakers = {_speaker_mark(name) for name in names}
    return bool(speakers & {said & _MARK_BITS for said in mine} & {said & _MARK_BITS for said in theirs})


def _name_words(names: Iterable[str]) -> set[str]:
    """The words of folded names, less those of countries' names (a war is told by its countries: they say where, not who)."""
    countries = country_keys()
    return {word for name in names if name not in countries for word in name.split()}


@cache
def _title_words() -> frozenset[str]:
    """The one-word titles that stand for a person in a headline ("Mendagri", "Presiden", "Kapolri": ``titles.txt``):
    who speaks, as a name is, not what happened."""
    return frozenset(title for title in person_titles("id") if " " not in title)


@cache
def _portfolio_titles() -> frozenset[str]:
    """The one-word titles followed by a portfolio or an office as often as by a name ("Menteri", "Kepala":
    ``portfolio_titles.txt``)."""
    return frozenset(title for title in lower_word_list("id", "portfolio_titles.txt") if " " not in title)


def _portfolios(headline: str) -> set[str]:
    """The words a headline (folded, ``headline_key``) gives right after such a title: the portfolio or office that,
    with the title, stands for a person ("Menteri UMKM", "Kepala Dispar", "Kepala Daerah"), who speaks, as a name
    does, not what happened."""
    words, titles = headline.split(), _portfolio_titles()
    return {after for title, after in zip(words, words[1:], strict=False) if title in titles and after not in titles}


def _place_words(story: Story, most: bool = False) -> set[str]:
    """The words of the names of places, below a country or province, that a story's headlines give (``most``: that
    most of them give): "lewotobi" of "Gunung Lewotobi Laki-laki" and of "Erupsi Gunung Lewotobi" (a tagger draws a
    name's edges differently in each article)."""
    countries = country_keys()
    least = len(story.members) / 2 if most else 0
    return {
        word
        for name, count in story.headline_names.items()
        if story.place_votes[name] > 0 and count >= least and name not in countries
        for word in name.split()
        if len(word) > 2
    }


def _share_team(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two matches (each its two teams' names) have a team in common, by a word of its name."""
    words = {word for team in a for word in team.split()}
    return any(word in words for team in b for word in team.split())


def _some_pairing(results: AbstractSet[frozenset[str]], matches: AbstractSet[frozenset[str]]) -> bool:
    """Whether no results or no matches are given, or one of the matches is the pairing of one of the results."""
    return not results or not matches or any(same_pairing(r, m) for r in results for m in matches)


def _match_of(match: frozenset[str], matches: AbstractSet[frozenset[str]]) -> bool:
    """Whether a headline's match is one a story's headlines name, however each writes its teams ("Timnas Jepang vs Timnas
    Indonesia" and "Jepang vs Timnas Indonesia": ``same_pairing``)."""
    return bool(match) and (match in matches or any(same_pairing(match, other) for other in matches))


def same_pairing(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two matches (each its two sides' names) are one pairing: each side of one shares a word of its own with a
    side of the other ("voli putra indonesia" and "indonesia"), a word both sides of a match give ("u-23") left out."""

    def own_words(match: frozenset[str]) -> list[set[str]]:
        sides = [set(re.findall(r"\w[\w'+-]*", side)) for side in match]
        shared = set.intersection(*sides) if len(sides) == 2 else set()
        return [side - shared for side in sides]

    mine, theirs = own_words(a), own_words(b)
    return all(any(side & other for other in theirs) for side in mine) and all(any(side & other for other in mine) for side in theirs)


def _dot_without(a: Vector, b: Vector, left_out: AbstractSet[str]) -> float:
    """The dot product of two vectors without the terms ``left_out``: what they share beyond those terms (divided by
    the whole vectors' lengths, a pair alike only in those terms stays unlike)."""
    return dot(a, b) - sum(a[term] * b[term] for term in left_out if term in a and term in b)


@cache
def _sibling_heads() -> dict[str, str]:
    """The words that open the names of many things of one kind ("timnas", "gunung": ``sibling_heads.tsv``) -> what the
    rest of such a name must open with ("nation", or "" for any name)."""
    return {row[0].lower(): row[1] if len(row) > 1 else "" for row in table("id", "sibling_heads.tsv") if row and row[0]}


def _siblings_apart(anchors: Iterable[str], names: AbstractSet[str], headline: str) -> bool:
    """Whether a headline (folded, ``headline_key``) naming ``names`` tells another thing of the kind a story is told by:
    it gives a name opening with the head word of one of the story's anchors ("timnas palestina" against "timnas
    indonesia"), other than that anchor and neither within the other ("timnas indonesia u 23" is Indonesia's), and
    neither the anchor nor the rest of it ("Pelatih Timnas Jepang Puji Indonesia" is of Indonesia's match too)."""
    heads = _sibling_heads()
    for anchor in anchors:
        head, _, rest = anchor.partition(" ")
        if head not in heads or not rest or f" {rest} " in headline:
            continue
        if any(_sibling(name, head, heads[head]) and not (name.startswith(anchor) or anchor.startswith(name)) for name in names):
            return True
    return False


def _evergreen_pair(
    side: tuple[int, int, int], other: tuple[int, int, int], names: AbstractSet[str], other_names: AbstractSet[str]
) -> bool:
    """Whether two sides (an article or a story: how many of their members' text starts or headlines name a day, how
    many of their headlines are explainers', how many members they have; their headline names) are an evergreen piece
    and another piece of its topic, not one happening: one side is evergreen (no text start of it names a day,
    ``kinds.lead_dated``, and most of its headlines explain: "Penyebab ...", "Apa itu ...?") and their headlines share
    no name (a company or a person doing something: "Shell Jual Seluruh SPBU ...")."""
    return (_evergreen(*side) or _evergreen(*other)) and names.isdisjoint(other_names)


def _evergreen(dated: int, explainers: int, members: int) -> bool:
    """Whether a side (an article, a story) tells no happening: none of its text starts names a day and most of its
    headlines are explainers' (one question among a story's reports does not make it evergreen)."""
    return not dated and 2 * explainers > members


def _sibling(name: str, head: str, rest_kind: str) -> bool:
    """Whether a folded name opens with ``head`` and goes on with what names another thing of its kind."""
    first, _, rest = name.partition(" ")
    if first != head or not rest:
        return False
    return rest_kind != "nation" or rest.split(" ", 1)[0] in country_keys()


@cache
def _competition_words() -> frozenset[str]:
    """The words of competitions' names, stages and zones ("piala", "kualifikasi", "babak": ``competition_words.txt``)."""
    return lower_word_list("id", "competition_words.txt")


@cache
def _tournament_words() -> frozenset[str]:
    """The words that make a headline name a tournament ("piala", "liga": ``tournament_words.txt``)."""
    return lower_word_list("id", "tournament_words.txt")


def _round_piece(anchors: Iterable[str], headline: str, mine: Vector | None, theirs: Vector | None) -> bool:
    """Whether a headline (folded, ``headline_key``; its terms ``mine``) tells a round of the competition a national
    team's story is told in, not the team's match: the story's anchors give the team ("timnas indonesia"), the headline
    gives neither it nor its nation, and it meets the story's headlines (``theirs``) on competition words and countries'
    names only ("Ini 6 Tim Asia yang Lolos Piala Dunia 2026" beside "Timnas Indonesia Dibantai Jepang")."""
    heads = _sibling_heads()
    teams = [name for name in anchors if heads.get(name.partition(" ")[0]) == "nation" and " " in name]
    if not teams or not mine or not theirs or any(f" {team.partition(' ')[2]} " in headline for team in teams):
        return False
    shared = {term[2:] for term in mine if term in theirs}
    return bool(shared) and shared <= _competition_words() | country_keys()


def _team_pairing(title: str) -> tuple[frozenset[str], bool]:
    """The match a headline tells by a national team and a cue before the nation it plays (``kinds.headline_pairing``,
    for each head word of ``sibling_heads.tsv`` that goes on with a nation: "timnas"), and whether it tells its result."""
    key = headline_key(title)
    for head, rest_kind in _sibling_heads().items():
        if rest_kind == "nation" and f" {head} " in key:
            match, told = headline_pairing(key, head, country_keys())
            if match:
                return match, told
    return frozenset(), False


def _names_key(names: Iterable[str]) -> str:
    """Names (folded) between spaces, as a headline key gives them (``headline_key``), to be looked for as whole words."""
    return f" {' '.join(names)} "


def _one_stage(story: Story, roundup: bool, draw: bool) -> bool:
    """Whether an article's roundup may join a story's as far as the stage goes: the next stage's draw and a matchday's
    results or schedule are two stories, though both name the round's teams; a story is of draws when at least half of
    its roundups are."""
    if not roundup or not story.roundups:
        return True
    return draw == (2 * story.draws >= story.roundups)


def _placed_happening(story: Story) -> bool:
    """Whether a story's headlines report a kind of happening and name where (``kinds.headline_localities``)."""
    return bool(story.happenings) and bool(story.localities or story.regions)


def _one_day_one_place(a: Story, b: Story) -> bool:
    """Whether two stories tell a kind of happening, of one day, in a place both name."""
    places_a, places_b = a.localities.keys() | a.regions.keys(), b.localities.keys() | b.regions.keys()
    return (
        _placed_happening(a)
        and _placed_happening(b)
        and not a.happenings.isdisjoint(b.happenings)
        and not places_a.isdisjoint(places_b)
        and a.first is not None
        and a.first == a.last == b.first == b.last
    )


def _story_meetings(story: Story) -> set[str]:
    """The meetings whose decisions are the news that at least a third of a story's members name: the one meeting its
    announcements came from (a central bank's board meeting, a company's shareholders' meeting)."""
    return {meeting for meeting, count in story.meetings.items() if 3 * count >= len(story.members)}


def _roundup(tallies: int, size: int, places: AbstractSet[str]) -> bool:
    """Whether a side of ``size`` articles, ``tallies`` of whose headlines count or list places, is a roundup across
    places: every headline counts them and none names a place of its own."""
    return tallies > 0 and tallies == size and not places


def _story_places(story: Story) -> AbstractSet[str]:
    """The places below a nation a story's headlines name (its localities and regions)."""
    return story.localities.keys() | story.regions.keys()


def _home_places(story: Story) -> bool:
    """Whether most of a story's headlines name their places below a nation (a regency, a city, a province)."""
    return any(2 * count >= len(story.members) for count in chain(story.localities.values(), story.regions.values()))


def _elsewhere(regions: AbstractSet[str], story: Story) -> bool:
    """Whether places below a nation (an article's headline's, a story's) are none of those a story's headlines name,
    while most of its headlines name places of their own."""
    return bool(regions) and bool(story.home_regions) and regions.isdisjoint(story.regions)


def _local_and_placeless(a: Story, b: Story) -> bool:
    """Whether most of one story's headlines name a place below a nation and none of the other's names a place."""
    return bool(a.home_regions) and not b.regions and not _place_words(b)


def _article_place_words(f: Features) -> set[str]:
    """The words of the names of places, not countries, that an article's headline gives (as ``_place_words``)."""
    countries = country_keys()
    return {word for name in f.headline_names & f.places if name not in countries for word in name.split() if len(word) > 2}


def _regions_apart(a: Story, b: Story) -> bool:
    """Whether two stories' headlines name places below a nation, none in common, and most of either's name its own."""
    if not a.regions or not b.regions or not (a.home_regions or b.home_regions) or not a.regions.keys().isdisjoint(b.regions):
        return False
    return not _place_words(a) & _place_words(b)  # a volcano both name: its eruption, and the flights it cancelled elsewhere


def _names_cosine(story: Story, vectors: Mapping[str, Vector]) -> float | None:
    """The cosine of an article's (unit) names vector with a story's names; None when either names nobody."""
    names, story_names = vectors.get("names"), story.centroid.get("names")
    if not names or not story_names:
        return None
    return dot(names, story_names) / (story.norm["names"] or 1.0)


def _gap(day: date | None, story: Story) -> float | None:
    if day is None or story.last is None:
        return None
    if story.first and day < story.first:
        return float((story.first - day).days)
    if day > story.last:
        return float((day - story.last).days)
    return 0.0


def stream_order(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Dated articles oldest first, then the undated ones, each group in input order."""
    items = list(records)
    keyed = [(iso_day(r.get("day")) or iso_day(r.get("published")), i, r) for i, r in enumerate(items)]
    keyed.sort(key=lambda k: (k[0] is None, k[0] or date.min, k[1]))
    return [r for _, _, r in keyed]


def cluster_articles(
    records: Iterable[Mapping[str, Any]], config: ClusterConfig | None = None, read_ahead: bool | None = None
) -> dict[str, str]:
    """Article id -> story id, for records with ``id``, ``title``, ``body``, ``published``, optional ``entities`` and ``outlet``
    (``read_ahead``: whether a helper process reads them, ``StoryClusterer.add_all``; the same stories either way)."""
    clusterer = StoryClusterer(config)
    clusterer.add_all(stream_order(records), read_ahead)
    return clusterer.assignments()
