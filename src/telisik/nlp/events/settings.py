"""The event component's distances and thresholds: its config besides the word lists' file names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """The component's distances and thresholds (its config besides the file names)."""

    window_status: int = 5  # words searched for a status cue
    window_watched: int = 4  # words from the start of a need to watch ("perlu dipantau") to the trigger, past its agent
    window_next: int = 3  # words searched for a "next=" condition
    window_pair: int = 6  # words between a trigger and "kedua negara"
    window_negation: int = 3  # words searched back for a negation
    window_negation_far: int = 6  # words searched back for a negation past words carrying it ("tidak terlibat langsung dalam penyerangan")
    window_absence: int = 8  # words searched back in the sentence for someone missing ("absen karena cedera")
    window_place: int = 12  # words between a trigger and the "di" place of a meeting, a supply, ...
    window_object_place: int = 20  # words between a licence revoked and the "di" place of the business holding it
    window_anaphor: int = 4  # words from a trigger to its "tersebut" ("kunjungan Kim Jong Un tersebut")
    window_participant: int = 6  # words from a trigger to the noun naming its unnamed participants ("delapan orang ... tewas")
    window_journey: int = 5  # words before "ke" searched for a word of travel ("penerbangan ... ke London": a journey's end)
    max_gap_words: int = 3  # lower-case words between a preposition and its place ("di kota Vladivostok")
    max_who: int = 6
    sport_words: int = 3  # sports words that make an article a sports report
    weapon_words: int = 3  # words of weapons (or attack triggers) that make an article a report of strikes (its fires are theirs)
    table_times: int = 4  # clock times in one sentence that make it a timetable's row ("07.55 WITA - 09.05 WITA"), no happening
    sentences_back: int = 3  # sentences searched back for the person "ia" is
    lead_sentences: int = 3  # the article's lead: where the official acting for "pemerintah" is named
    fiction_cues: int = 2  # different words of fiction (event_words.tsv, role fiction) in the lead that make it a story told
    subject_reach: int = 4  # words from a clause's start within which "Pemerintah", "Presiden" are its subject
    dateline_reach: int = 40  # characters from a paragraph's start within which a place before a dash is its dateline
    # an undated article's dates resolved near the collection's days make an event planned (until the
    # collection re-ran the component, ``refresh_when`` set those dates and kept the status: False keeps that)
    plan_by_collection_anchor: bool = False
    # the types of one happening's events ("Penembakan ... di Graz, Selasa (10/6). Delapan orang tewas ..."): one
    # with no date or place of its own takes those of the event before it in its paragraph
    scene_types: tuple[str, ...] = ("ATTACK", "DIE", "INJURE", "ACCIDENT", "DISASTER", "EVACUATE", "CLOSE")
    paragraph_date_reach: int = 6  # words from a paragraph's start within which a day dates the happenings it tells next
    scene_opening: int = 2  # words before "Peristiwa itu terjadi" in a sentence that places the happening just told ("Diketahui")
    # the types of happenings that keep their own date: a date past one of their triggers, seen from another
    # event's trigger, is theirs ("menangkap pelaku pembunuhan ... pada Minggu (15/6)" dates the killing)
    # the types whose place is the place of what they befall, never that of a happening of ``distant_causes`` before them
    # that caused them ("Erupsi Gunung Lewotobi ... di Flores Timur. ... 87 penerbangan di Bali dibatalkan": cancelled in
    # Bali; the ash closes airports islands away), though a school closed after a shooting there is closed at its scene
    own_place_types: tuple[str, ...] = ("CLOSE",)
    distant_causes: tuple[str, ...] = ("DISASTER",)
    # the types of what happens to players in a match: in a match report, with no date of their own, the match's day
    match_types: tuple[str, ...] = ("INJURE",)
    match_days: int = 1  # days before publication the match a report's lead dates may lie
    # days before publication within which the day the body gives a happening its lead told undated may lie
    # ("Kecelakaan maut terjadi di Tol Paspro ... / ... kecelakaan terjadi pada Sabtu (14/6/2025)": the day the news is of)
    lead_back_days: int = 10
    dated_types: tuple[str, ...] = ("ATTACK", "DIE", "INJURE", "ACCIDENT", "DISASTER", "EVACUATE", "CLOSE", "ARREST", "PROTEST")
    # the types of happenings whose places are where they happen, never who takes part: a place named among their
    # parties that is no country ("Beersheba", "Rumah Sakit Soroka") is their place ("site" and "named_thing" names,
    # event_words.tsv, are no party of any type but a closure's, which befalls the site closed)
    placed_types: tuple[str, ...] = (
        "ATTACK", "DIE", "INJURE", "ACCIDENT", "DISASTER", "EVACUATE", "ARREST", "CHARGE", "TRIAL", "SENTENCE", "APPOINT", "RESIGN",
        "ELECT", "PROTEST", "VISIT",
    )  # fmt: skip
    site_types: tuple[str, ...] = ("CLOSE",)  # the types whose parties may be a site ("Bandara Adisucipto ditutup")
    # the types whose parties are those who protest: not who answers the protest, nor what is protested or where
    # ("Trump mengerahkan Garda Nasional setelah protes", "demonstrasi menentang tindakan keras Trump"; protest_words.tsv)
    protest_types: tuple[str, ...] = ("PROTEST",)
    # the types whose agent is the police, the prosecutors or the officers (event_words.tsv, role enforcer): named first
    enforced_types: tuple[str, ...] = ("ARREST", "CHARGE")
    # the types whose participant noun names the accused, a party after the named agent ("kita tetapkan sebagai tersangka
    # dua orang tersebut," jelas Ali: Ali's police charge, the two are charged)
    accused_types: tuple[str, ...] = ("CHARGE",)
    # the types of happenings a trip told in their sentence is a leg of, not a visit ("... mendarat di Sofia" of an evacuation,
    # "dinyatakan meninggal saat tiba di Puskesmas": the dead or the hurt carried somewhere)
    leg_types: tuple[str, ...] = ("EVACUATE", "ACCIDENT", "DIE", "INJURE")
    # the types whose place is never where people are held ("tersangka diamankan di Polresta Pekanbaru": the raid was elsewhere)
    custody_types: tuple[str, ...] = ("ARREST",)
    # the types of states begun on a day: a date after "sejak" is the day it began ("Pendakian ditutup sejak 14 Juni"), not
    # the start of a running total ("Sejak Jumat, 24 orang tewas")
    begun_types: tuple[str, ...] = ("CLOSE",)
    # the types of what befalls people: with no noun for them near the trigger, the first one of its clause is their
    # subject ("12 turis ... mengalami luka ringan dan telah dilarikan ke rumah sakit")
    befall_types: tuple[str, ...] = ("DIE", "INJURE", "EVACUATE")
    # the types of what befalls a body of flesh: a body of people named among their parties (an organisation: the firm
    # whose helicopter crashed, a state the recogniser read as one) died or was hurt in none ("Helikopter milik Aryan
    # Aviation jatuh dan menyebabkan tujuh orang tewas"); who rescues the hurt (EVACUATE) stays
    fate_types: tuple[str, ...] = ("DIE", "INJURE")
    # the types whose place may be where a journey goes ("dievakuasi menuju Bandara Soekarno-Hatta"); for the others a
    # journey's end is where the people were going, not where the crash or the death was ("pesawat ... menuju London jatuh")
    journey_types: tuple[str, ...] = ("EVACUATE",)
    # the types of crimes and their prosecution: in a sentence naming the police or the prosecutors (event_words.tsv, role
    # enforcer) their triggers keep their sense on a sports page ("suporter ... dikeroyok", "ditangkap polisi usai laga")
    crime_types: tuple[str, ...] = ("ATTACK", "ARREST", "CHARGE", "SENTENCE", "DIE")
    # the acts of the law whose nominal trigger told done with no agent ("penahanan dilakukan") is the named body's
    done_types: tuple[str, ...] = ("ARREST",)
    # the types of what befalls the subject: the names of an apposition to a person's name before the trigger say who
    # the person is and take no part ("Leonard Hartono, putra sulung pendiri perusahaan rokok Djarum, meninggal")
    apposed_types: tuple[str, ...] = ("DIE", "INJURE", "APPOINT", "RESIGN", "ARREST", "CHARGE", "SENTENCE")
