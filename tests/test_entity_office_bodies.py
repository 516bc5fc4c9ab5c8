"""Bodies named between an office and its holder, station tails, and names after a pious word (issue 15).

A name the model reads as a person between an office and the person who holds it is the office's body ("CEO Tesla
Elon Musk", "Direktur Dompet Dhuafa, Etika Setiawanti"), and so are the article's other mentions of that name. A
tail that ends a body's name ("TV") leaves a place inside the body's premises a place ("Studio Trans TV":
``venue_openers.txt``), and an account's word ("Channel") joins no platform's name before it. A person's full name
written right after "Alhamdulillah" with no comma between is the person's, the formula off.

The sentences are invented, in the outlets' style.
"""

import spacy
from spacy.tokens import Span

from entity_runs import article_entities as entities
from telisik.nlp.entities.context_types import bodies_of_holders, with_tail_types
from telisik.nlp.entities.lexicon import default_lexicon


def test_a_body_after_an_office_and_before_a_comma_and_its_holder(nlp):
    text = (
        "Penyaluran daging kurban dibantu Dompet Dhuafa sebagai mitra pelaksana. Direktur Dompet Dhuafa, Etika "
        "Setiawanti, mengatakan kurban disalurkan ke wilayah terpencil."
    )
    ents = entities(nlp, text)
    assert ents["Dompet Dhuafa"][0] == "ORG"
    assert ents["Etika Setiawanti"][0] == "PER"


def _typed(text, spans):
    """The names of ``text`` as the step types them, given as (name, label, which occurrence) spans."""
    doc = spacy.blank("id")(text)
    given = []
    for name, label, nth in spans:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        given.append(doc.char_span(start, start + len(name), label=label))
    return [(e.text, e.label_) for e in bodies_of_holders(default_lexicon(), doc, given)]


def test_the_body_in_an_offices_slot_retypes_its_other_mentions():
    text = "Saham Tesla naik setelah CEO Tesla Elon Musk bicara. Investor Tesla lega."
    spans = [("Tesla", "PER", 0), ("Tesla", "ORG", 1), ("Elon Musk", "PER", 0), ("Tesla", "PER", 2)]
    assert _typed(text, spans) == [("Tesla", "ORG"), ("Tesla", "ORG"), ("Elon Musk", "PER"), ("Tesla", "ORG")]


def test_a_name_ending_the_body_alone_is_no_short_name_of_it():
    # "Hudi" ends the span the model ran on into the holder's name: the person, not the division
    text = "Kepala Divisi Komunikasi SKK Migas Hudi D. Surodipuro mengimbau warga, kata Hudi."
    spans = [("Divisi Komunikasi SKK Migas Hudi", "ORG", 0), ("D. Surodipuro", "PER", 0), ("Hudi", "PER", 1)]
    assert _typed(text, spans)[2] == ("Hudi", "PER")


def test_a_bodys_tail_retypes_its_short_name_but_no_given_name():
    text = "Maruti Suzuki India Limited dan Bill Gates Foundation. Maruti Suzuki dan Bill Gates datang."
    spans = [
        ("Maruti Suzuki India Limited", "ORG", 0),
        ("Bill Gates Foundation", "ORG", 0),
        ("Maruti Suzuki", "PER", 1),
        ("Bill Gates", "PER", 1),
    ]
    assert _typed(text, spans)[2:] == [("Maruti Suzuki", "ORG"), ("Bill Gates", "PER")]


def test_a_person_cut_in_two_after_an_office_stays_a_person(nlp):
    # a given name opens the first part: one person the model may cut, never a body
    text = "Menteri Kesehatan Budi Gunadi Sadikin meninjau rumah sakit di Bandung, Senin."
    ents = entities(nlp, text)
    assert not [name for name, (kind, _) in ents.items() if "Budi" in name and kind != "PER"]


def test_a_studio_named_after_its_station_is_a_place(nlp):
    text = "Acara itu disiarkan langsung dari Studio Trans TV di Jakarta Selatan, kata Budi Santoso."
    ents = entities(nlp, text)
    assert ents["Studio Trans TV"][0] == "LOC"


def test_an_account_word_joins_no_platform_a_station_tail_joins_its_city():
    lex = default_lexicon()
    doc = spacy.blank("id")("Video diunggah di Youtube Channel milik Bandung TV kemarin.")
    youtube, bandung = Span(doc, 3, 4, label="ORG"), Span(doc, 6, 7, label="LOC")
    out = with_tail_types(lex, [youtube, bandung])
    assert [(e.text, e.label_) for e in out] == [("Youtube", "ORG"), ("Bandung TV", "ORG")]


def test_a_full_name_after_alhamdulillah_is_the_person(nlp):
    text = '"Alhamdulillah Budi Santoso sudah pulang ke rumah," kata Siti Aminah, istrinya.'
    ents = entities(nlp, text)
    assert ents["Budi Santoso"][0] == "PER"
    assert not [name for name in ents if "Alhamdulillah" in name]


def test_a_formula_alone_is_still_no_name(nlp):
    text = '"Insya Allah kami berangkat besok," kata Siti Aminah. "Innalillahi wa inna ilaihi raji\'un," tulisnya.'
    ents = entities(nlp, text)
    assert not [name for name in ents if any(w in name for w in ("Insya", "Allah", "Innalillahi"))]
