"""Events: who met, visited, supplied, agreed, warned, accused, confirmed, attacked, sanctioned or wrote whom.

The ``telisik_events`` component reads the facts the earlier components left on
the Doc (``doc.sents``, ``doc._.entities``, ``doc._.quotes``, ``doc._.timexes``,
``doc._.citations``, ``doc._.published``/``doc._.timex_anchor``) and writes
``doc._.events``: one ``records.events.Event`` per event mention, with ``start``/``end``
the trigger's offsets in ``doc.text`` and ``when_span`` those of the date ``when``
came from; and ``doc.spans["events"]``, the triggers labelled with their event type.
It reads nothing else, so running it again on a doc whose dates were resolved again
gives the events of the new dates. The event types are those of ``../shared/eval/GOLD.md``.

An event is a trigger word (``lang/id/event_triggers.tsv``: "bertemu",
"kunjungan", "memasok", "sanksi", ... with their affixed forms) with at least one
named participant in its clause. Rules, all driven by the word lists in
``lang/id`` (``event_triggers.tsv``, ``event_status.tsv``, ``event_words.tsv``,
``event_grammar.tsv``), named in the component's config and saved with it:

- Scope: the trigger's sentence, narrowed to the quoted content when the trigger
  stands in a quote (a quote's events count; "kata X" outside it is not a party
  to them). The scope is cut into clauses at "bahwa", "sementara", "ketika",
  ", yang", ...; a verb whose clause names no subject borrows the subject of the
  clause before unless a "bahwa"-like break separates them.
- ``who``: the article-level names (``doc._.entities``) of the persons,
  organisations and places acting in the clause, agent first (a speaker for
  speech acts, an "oleh" agent, then the subject; where a noun for people is the subject,
  '"Polisi sudah memperingatkan ...," kata X', neither the speaker nor the subject of the
  clause before is a party). A place after "di", "ke" or
  "dari" is a setting, not an actor, except for supplies (supplier and recipient)
  and attacks (the target); a place or organisation in front of a person's name
  ("Presiden Rusia Vladimir Putin", "Gedung Putih, John Kirby") is part of the
  title. No party either: the dateline ("JAKARTA, KOMPAS.com -"), the country of a currency or of
  a described person ("dollar Amerika Serikat", "Pemuda Argentina"), a part of an address ("Jalan
  ...", "Kelurahan ..."; a place between commas before a weekday, "..., Jakarta, Jumat"), a place
  named after a person after "di"/"ke" ("di aula Mushola ..."), the places of a happening flagged
  "setting", a news medium known by its name's form ("Rekaman dari Ilhas News Agency menunjukkan ..."), the names of an
  apposition to a person's name before what befalls that person ("Leonard Hartono, putra sulung pendiri perusahaan rokok
  Djarum, meninggal"), and, but for speech acts, the source of what is told ("Menurut HRANA, ...").
  A charge's participant noun names the accused after its named agent ("kita tetapkan sebagai tersangka dua orang
  tersebut," jelas Ali).
  "ia"/"dia" and a noun's "-nya" take the person the text was last
  about; "kami"/"saya" in a quote (and "mereka" opening reported speech) its speaker;
  "Pemerintah" the country's official the article names (the head of government in the
  sentence or the lead, else an official there, else the head the article names) and a bare
  "Presiden" the person given that title; a name after "kecuali" takes no part; who reports a
  death ("X mengonfirmasi sembilan orang tewas") is not among the dead; a nominal trigger naming a cause or
  a topic ("rusak akibat serangan rudal Iran", "klarifikasi terkait kritik dari X") has the parties of its own
  phrase, not the clause's subject, and those are no parties of the trigger before it ("rapat terkait kesepakatan
  dagang Indonesia dan AS"); "mereka" the parties
  of the sentence before; "kedua negara" and "kedua pemimpin" the two countries or people most
  talked about so far. The area a common noun's people come from ("Para sheriff daerah LA") and a name opened by
  an English clause word ("After Jamarat tadi subuh ...") are no parties; a state moving people ("Negara-negara
  Eropa memulangkan ...") is the evacuation's agent.
- ``where``: for trips the destination ("ke Rusia", "mengunjungi Rusia", "tiba di
  Vladivostok", else the start "dari Pyongyang"), for attacks the target, for the
  rest a place after "di" in the clause ("perang di Ukraina" is the war's place); a closure never takes the place
  of a disaster that caused it ("penerbangan di Bali dibatalkan akibat erupsi ... di Flores Timur"), but a route
  stopped is stopped where it goes ("menangguhkan penerbangan ke Tel Aviv"). No place is a vehicle ("perahu mereka, KM
  Panyalu"), nor the state that moves people (for them where they are taken or found, else where they are moved
  from after the trigger: "mengevakuasi warganya dari Iran"; the state only where no other place is told: "Israel
  mengevakuasi warganya"; never where the movers or the moved come from: "Relawan dari Yogyakarta mengevakuasi
  warga"), nor, for an arrest, where the arrested are held ("diamankan di Polresta
  Pekanbaru"); a name opening with a
  happening's noun gives the place the rest of it names ("Kebakaran Pasar Kramat Jati": Pasar Kramat Jati), but not one
  opening with a word of its kind ("Kecelakaan lalu lintas Tunggal ..."). Where a journey went or came from ("penerbangan
  menuju London", "dari Surabaya ke Yogyakarta") is no crash's or death's place.
- ``when``: an injury in a match report with no date of its own, the match day its lead gives;
  otherwise the nearest date (day precision or coarser; no durations, sets or
  "kini") in the clause, else in the sentence outside relative clauses telling acts of their own ("Putin, yang pada
  Januari lalu menandatangani ..., menyerukan ...": January is the signing's). A trigger naming a cause keeps only
  a date of its own phrase ("pembatalan penerbangan ... pada Rabu, 18 Juni akibat erupsi ...": not the eruption's day).
  A happening with neither date nor place takes those of the one before it in its paragraph, or of the article's first
  dated happening when that one is dated to a day (a week, "sepekan lalu", is background, not the day of what follows).
- ``status``: the nearest status word ("akan", "dijadwalkan", "sedang", "telah",
  ...), else planned for a date after publication, else occurred.
- An article whose lead tells a film's or a series' plot ("Sinetron ... episode kali ini mengisahkan ...") has no
  events. A negated, prevented or only threatened trigger ("tidak khawatir", "bukan ancaman", "menghalangi KPK
  menangkap", "terancam sanksi") is no event; nor a habit told after its trigger ("dikunjungi setiap hari"); nor a denied charge
  ("membantah tudingan"), a trigger word inside a name ("Forum Kerja Sama ..."), a type of
  people-only events (appointments) with no person, an everyday happening talked of in general or
  as a plan or rumour ("penanganan banjir", "rencana pembunuhan"), a request or a hope ("meminta agar KBRI
  mengevakuasi ...", "berharap investor dapat berinvestasi"), the main clause of a fronted condition ("Jika
  terbukti, ia bisa dijatuhi sanksi"), a habit ("rutin menggelar rapat", "setiap pertemuan"), a possibility, need or
  offer ("terbuka untuk menjalin kemitraan", "memerlukan kerja sama"), an appeal with no word of caution in its
  sentence ("mengimbau ... agar memarkirkan kendaraan"), a condolence addressed to no one (a post: "menyampaikan
  belasungkawa atas meninggalnya ..."), a trip of the dead or the hurt ("meninggal saat tiba di Puskesmas"); nor is a
  trigger with a sports sense in sports reporting ("bertemu Jepang", "mengancam
  gawang"), unless a crime's sentence names the police or the prosecutors ("suporter ... ditangkap polisi");
  nor a re-mention ("Pertemuan itu ...") unless it adds where or when the event
  takes place ("Pertemuan itu berlangsung di Vladivostok"), when it takes the
  participants of the last event of its type; nor a speech act telling what a message just told says
  ("mengirimkan surat ... kepada FIFA, yang menyerukan transparansi": the letter's one act). Mentions of one event in one
  sentence ("Kunjungan ini juga merupakan perjalanan ...") are merged.

The code (modules of this package): ``lexicon`` (the word lists and their index), ``settings`` (distances and
thresholds), ``facts`` (the Doc's facts as the rules hold them), ``article`` (words,
mentions, triggers and clauses of one article), ``rules`` (the passes over each trigger), and
here the component, its factory and ``refresh_when``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from telisik.nlp.component_data import SavedData
from telisik.nlp.events.facts import get_field, usable_when
from telisik.nlp.events.lexicon import TABLES, Lexicon, read_tables
from telisik.nlp.events.rules import EventRules
from telisik.nlp.events.settings import Settings
from telisik.records.events import Event

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
# on a span of doc.spans["events"]: the Event record of the trigger (who, where, when, status)
if not Span.has_extension("event"):
    Span.set_extension("event", default=None)


def _config_of(settings: Settings) -> dict[str, Any]:
    """The settings as config values (a tuple as the list a config holds)."""
    return {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(settings).items()}


DEFAULT_CONFIG: dict[str, Any] = {"lang": "id", **TABLES, **_config_of(Settings())}


class EventFinder(SavedData):
    """spaCy component ``telisik_events``: ``doc._.events`` (``Event`` records) and ``doc.spans["events"]``.

    Its word lists are the files of ``lang/<lang>`` its config names (``TABLES``), read when the
    component first runs, or the rows ``from_disk`` restores; its distances are ``Settings``.
    """

    def __init__(self, nlp: Language | None = None, name: str = "telisik_events", *, lang: str = "id", **config: Any):
        self.name = name
        self.lang = lang
        self.files = {key: str(config.pop(key, default)) for key, default in TABLES.items()}
        self.settings = _settings(config)
        self._tables: dict[str, list[list[str]]] | None = None
        self._lexicon: Lexicon | None = None

    @property
    def tables(self) -> dict[str, list[list[str]]]:
        """The rows of the word lists, by ``TABLES`` key."""
        if self._tables is None:
            self._tables = read_tables(self.lang, **self.files)
        return self._tables

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon.of(self.tables)
        return self._lexicon

    @property
    def cfg(self) -> dict[str, Any]:
        return {"lang": self.lang, **self.files, **_config_of(self.settings)}

    def __call__(self, doc: Doc) -> Doc:
        try:
            events = EventRules(doc, self.lexicon, self.settings).events()
        except RecursionError:  # pragma: no cover - never expected; a bad page must not end a batch
            events = []
        doc._.events = events
        doc.spans["events"] = SpanGroup(doc, name="events", spans=_trigger_spans(doc, events))
        return doc

    saved_parts = ("cfg", "tables")

    def _configure(self, cfg: dict[str, Any]) -> None:
        cfg = dict(cfg)
        self.lang = cfg.pop("lang", self.lang)
        self.files = {key: str(cfg.pop(key, name)) for key, name in self.files.items()}
        self.settings = _settings(cfg)

    def _data(self) -> dict[str, Any]:
        """The settings and the rows of the word lists: a saved pipeline reads no package file."""
        return {"cfg": self.cfg, "tables": self.tables}

    def _restore(self, data: dict[str, Any]) -> None:
        if "cfg" in data:
            self._configure(data["cfg"])
        if "tables" in data:
            self._tables, self._lexicon = {key: data["tables"][key] for key in TABLES}, None


def _settings(cfg: dict[str, Any]) -> Settings:
    """The settings of a config (a list read from it becomes the tuple the frozen settings hold)."""
    values: dict[str, Any] = {key: tuple(value) if isinstance(value, list) else value for key, value in cfg.items()}
    return Settings(**values)


def _trigger_spans(doc: Doc, events: list[Event]) -> list[Span]:
    """The events' triggers as spans labelled with the event type, each with its record (``span._.event``)."""
    spans = []
    for ev in events:
        span = doc.char_span(ev.start, ev.end, label=ev.type, alignment_mode="expand")
        if span is not None:
            span._.event = ev
            spans.append(span)
    return spans


@Language.factory(
    "telisik_events",
    default_config=DEFAULT_CONFIG,
    requires=["doc._.timexes", "doc._.entities", "doc._.quotes", "doc._.citations", "token.is_sent_start"],
    assigns=["doc._.events", "doc.spans"],
)
def make_event_finder(
    nlp: Language,
    name: str,
    lang: str,
    # the word lists' files (TABLES)
    triggers: str, status: str, words: str, grammar: str, participants: str, numbers: str, media: str, citing: str,
    window_status: int,
    window_watched: int,
    window_next: int,
    window_pair: int,
    window_negation: int,
    window_negation_far: int,
    window_absence: int,
    window_place: int,
    window_object_place: int,
    window_anaphor: int,
    window_participant: int,
    window_journey: int,
    max_gap_words: int,
    max_who: int,
    sport_words: int,
    weapon_words: int,
    table_times: int,
    sentences_back: int,
    lead_sentences: int,
    fiction_cues: int,
    subject_reach: int,
    dateline_reach: int,
    plan_by_collection_anchor: bool,
    scene_types: list[str],
    paragraph_date_reach: int,
    scene_opening: int,
    match_types: list[str],
    match_days: int,
    lead_back_days: int,
    dated_types: list[str],
    placed_types: list[str],
    site_types: list[str],
    protest_types: list[str],
    enforced_types: list[str],
    accused_types: list[str],
    leg_types: list[str],
    custody_types: list[str],
    begun_types: list[str],
    befall_types: list[str],
    fate_types: list[str],
    journey_types: list[str],
    crime_types: list[str],
    done_types: list[str],
    apposed_types: list[str],
    own_place_types: list[str],
    distant_causes: list[str],
) -> EventFinder:
    settings = {key: value for key, value in locals().items() if key not in ("nlp", "name")}
    return EventFinder(nlp, name, **settings)


def refresh_when(events: Sequence[Any], timexes: Sequence[Any]) -> None:
    """Re-reads each event's date from ``timexes`` after they were resolved again.

    An undated article's dates may be resolved only after the article pipeline ran (against the
    publication dates of the rest of the collection); an event keeps the span of the date it took
    (``when_span``), so its ``when`` can follow. An event whose status came from no status word but
    from its date is not re-judged: its date was unknown then, and it keeps "occurred".
    Events may be ``Event`` records or their dicts; timexes records or dicts.
    """
    by_span = {(get_field(t, "start"), get_field(t, "end")): t for t in timexes}
    for ev in events:
        span = get_field(ev, "when_span")
        if not span:
            continue
        t = by_span.get(tuple(span))
        when = usable_when(t) if t else None
        if isinstance(ev, dict):
            ev["when"] = when
        else:
            ev.when = when


__all__ = ["DEFAULT_CONFIG", "TABLES", "EventFinder", "Lexicon", "Settings", "make_event_finder", "read_tables", "refresh_when"]
