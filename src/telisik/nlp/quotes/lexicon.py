"""The quote finder's language data and settings: speech verbs, speaker-phrase words by role, news organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from telisik.lang import lower_word_list, mapping, person_titles, table, word_list
from telisik.lang.countries import country_names
from telisik.nlp.citations import MediaNames
from telisik.nlp.degrees import folded_degrees, is_degree
from telisik.pages.dates import alternation

# the punctuation stripped from a word before it is looked up
PUNCT = " \t\n,.;:!?\"'“”‘’«»()[]"
# a capitalised word in one of these roles starts no person's name ("Menurut Ngatiyana", "Juru bicara X")
_NOT_NAME_ROLES = ("title", "institution", "statement", "determiner", "pronoun", "connector", "stop", "adjunct", "clause", "group")


def _origins() -> set[str]:
    """What a body's kind is written before that is no body's name but where it is from or what class it is in
    ("perusahaan Jepang", "maskapai Arab Saudi", "perusahaan BUMN"): the countries' and provinces' names (the shared
    reader ``lang.countries``) and the acronyms of a class of body (``class_acronyms.txt``), lower case."""
    return {name.lower() for name in country_names("id")} | set(lower_word_list("id", "class_acronyms.txt"))


@dataclass(frozen=True)
class QuoteLexicon:
    """Speech verbs (verb -> construction), speaker-phrase words by role, and the known news organisations."""

    verbs: dict[str, str]
    roles: dict[str, frozenset[str]]
    media: MediaNames

    @classmethod
    def read(
        cls,
        speech_verbs: str,
        quote_words: str,
        media: str,
        outlets: str,
        degrees: str = "degrees.txt",
        abbreviations: str = "abbreviations.txt",
        region_titles: str = "region_titles.tsv",
        closing_verbs: str = "quote_closing_verbs.txt",
    ) -> QuoteLexicon:
        """The lexicon from the files of ``lang/id`` (verbs, words, news organisations, the degrees written
        after a name, the abbreviations whose full stop ends nothing, the titles and ranks before a name, the
        offices named with their region, the verbs that attribute only right after a closing quotation mark) and
        ``telisik/data`` (outlets)."""
        verbs = {row[0].lower(): row[1] for row in table("id", speech_verbs)}
        roles: dict[str, set[str]] = {}
        for row in table("id", quote_words):
            roles.setdefault(row[1], set()).add(row[0].lower())
        # '"...," tutup Budi' attributes; "..., tutup usia" does not: kept apart from the verbs, which also end
        # names and open reported speech ("Komentar Hassett muncul ..." is no verb)
        roles["closing_verb"] = {verb.lower() for verb in word_list("id", closing_verbs)} - set(verbs)
        roles["degree"] = set(folded_degrees(word_list("id", degrees)))
        roles["abbreviation"] = set(word_list("id", abbreviations))  # as written: "Ny", "dr", "AKBP"
        # every title or rank written before a person's name, to take off a speaker's name ("Menaker Yassierli")
        # (not a role towards someone else: the name after "kuasa hukum" is the client's)
        roles["name_title"] = (set(person_titles("id")) | roles.get("title", set())) - roles.get("relation", set())
        roles["region_office"] = {row[0].lower() for row in table("id", region_titles) if len(row) > 1 and row[1] == "office"}
        # the calendar's names, from the calendar's own tables: a date's words end a speaker's name ("kata Rudi Senin")
        roles["weekday"] = set(mapping("id", "weekdays.tsv"))
        roles["month"] = {row[0] for row in table("id", "months.tsv") if len(row) > 1 and row[2:3] != ("abbr",)}
        roles["origin"] = _origins()
        return cls(verbs, {k: frozenset(v) for k, v in roles.items()}, MediaNames.read(media, outlets))

    def to_json(self) -> dict[str, Any]:
        return {"verbs": self.verbs, "roles": {k: sorted(v) for k, v in self.roles.items()}, "media": self.media.names}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuoteLexicon:
        return cls(dict(data["verbs"]), {k: frozenset(v) for k, v in data["roles"].items()}, MediaNames(dict(data["media"])))

    def is_degree(self, words: list[str]) -> bool:
        """The words are a degree written after a name ("Sp.A", "M. Kes", "ASEAN Eng"), not a speaker."""
        return is_degree(words, self.role("degree"))

    def role(self, role: str) -> frozenset[str]:
        return self.roles.get(role, frozenset())

    def has(self, role: str, word: str) -> bool:
        return word.lower().strip(PUNCT) in self.role(role)

    def prefix(self, role: str, words: list[str]) -> int:
        """How many of ``words`` make the longest entry of ``role`` at their start (0 if none)."""
        best = 0
        low = [w.lower().strip(PUNCT) for w in words[:4]]
        for n in range(1, len(low) + 1):
            if " ".join(low[:n]) in self.role(role):
                best = n
        return best

    @cached_property
    def verb_re(self) -> re.Pattern[str]:
        verbs, enclitics = alternation(self.verbs), alternation(self.role("enclitic"))
        return re.compile(rf"(?<![\w-])(?P<verb>{verbs})(?P<enclitic>{enclitics})?(?![\w-])", re.IGNORECASE)

    @cached_property
    def closing_verb_re(self) -> re.Pattern[str]:
        """A verb that attributes only right after a closing quotation mark: "tutup", "tukasnya"; in lower case
        only, as '"...," tutup X' is written: '"...." Kisah Budi bermula ...' opens a sentence of its own."""
        verbs, enclitics = alternation(self.role("closing_verb")), alternation(self.role("enclitic"))
        # not before what makes it no speech: "puji Tuhan" praises God (``closing_verb_not_before.txt``)
        objects = alternation(lower_word_list("id", "closing_verb_not_before.txt"))
        return re.compile(rf"(?<![\w-])(?P<verb>{verbs})(?P<enclitic>{enclitics})?(?![\w-])(?!\s+(?i:{objects})(?![\w-]))")

    @cached_property
    def relay_re(self) -> re.Pattern[str]:
        """A relay right after a source's name: ", yang mengutip ...", " mengutip ..."."""
        return re.compile(rf"\s*,?\s*(?:{alternation(self.role('relay'))})\s+", re.IGNORECASE)

    @cached_property
    def relay_search_re(self) -> re.Pattern[str]:
        """A relay inside a subject: "ORF yang mengutip kepolisian setempat"."""
        return re.compile(rf"(?<=\w)\s*,?\s+(?:{alternation(self.role('relay'))})\s+", re.IGNORECASE)

    @cached_property
    def same_subject_end(self) -> re.Pattern[str]:
        """ "..., seraya" right before a second speech verb of the same speaker."""
        return re.compile(rf",?\s*(?<![\w-])(?:{alternation(self.role('same_subject_link'))})\s+$", re.IGNORECASE)

    @cached_property
    def new_subject_link(self) -> re.Pattern[str]:
        """ ", dengan" opening a clause with a speaker of its own inside reported content."""
        return re.compile(rf",\s*(?:{alternation(self.role('new_subject_link'))})\s+", re.IGNORECASE)

    @cached_property
    def verb_like(self) -> re.Pattern[str]:
        """A lower-case word with a verb prefix: "meminta", "merupakan"."""
        return re.compile(rf"^(?:{alternation(self.role('verb_prefix'))})[a-z]{{4,}}$")

    @cached_property
    def clause_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{alternation(self.role('clause'))})(?![\w-])", re.IGNORECASE)

    @cached_property
    def relative_end(self) -> re.Pattern[str]:
        """A subject ending in a relative pronoun: "ada yang", "kabar yang"."""
        return re.compile(rf"(?<![\w-])(?:{alternation(self.role('relative'))})\s*$", re.IGNORECASE)

    @cached_property
    def coordination_end(self) -> re.Pattern[str]:
        """A second verb's coordination with a first: "..., dan", "lalu"."""
        return re.compile(rf",?\s*(?:{alternation(self.role('coordinator'))})\s*$")

    @cached_property
    def conjunction(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{alternation(self.role('conjunction'))})(?![\w-])")

    @cached_property
    def verb_closes(self) -> re.Pattern[str]:
        """What may follow a verb that closes its sentence: a stop, an addressee ("kepada ..."), the end."""
        return re.compile(rf"\s*(?:[.,;]|{alternation(self.role('addressee'))}|$)")

    @cached_property
    def not_name(self) -> frozenset[str]:
        """The entries of all ``_NOT_NAME_ROLES``, in one set."""
        return frozenset(entry for role in _NOT_NAME_ROLES for entry in self.role(role))


@dataclass(frozen=True)
class QuoteSettings:
    """The finder's thresholds (in words, or characters where said)."""

    min_quote_words: int = 3  # a quote, and the content of "..., kata X"
    min_reported_words: int = 2  # the content of "X mengatakan ..." and "Menurut X, ..."
    min_media_statement_words: int = 4  # a statement credited to a news organisation
    attribution_chars: int = 80  # how far after a quote its '"...," Watson mengatakan' verb is looked for
