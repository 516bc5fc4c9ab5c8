"""The per-doc token lists (``telisik.nlp.doc.token_arrays``) and the entity rules that read them instead of
making a spaCy ``Token`` on every visit: the lists must say exactly what the tokens say, and the rules must find
what they found reading the tokens."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import telisik.nlp.sentences  # noqa: F401 - registers telisik_sentences
from telisik.nlp.doc import TokenArrays, doc_text, span_text, token_arrays, token_lowers, token_texts
from telisik.nlp.entities import _aged_persons, _repeated_names
from telisik.nlp.entities.context_types import initials_after_cues, without_degrees
from telisik.nlp.entities.gazetteer import _opener_word, _ordinary_opener
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.entities.name_scans import _after_firm_head
from telisik.nlp.entities.nicknames import nickname_spans

# invented in the outlets' style: a dateline, a blank line, doubled spaces, quotes, a bracketed age, capitals
TEXT = (
    'JAKARTA, KOMPAS.com -  Kepala BPBD DKI, Isnawa Adji, mengatakan "Banjir   surut" pada Selasa (10/6/2025).\n\n'
    "Seorang warga, Hasnah (38), mengaku ÉTAT-nya aman.\n \nIa menambahkan: 'Kami tetap siaga.'  "
)


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("id")
    pipe.add_pipe("telisik_sentences")
    return pipe


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


def test_the_lists_say_what_each_token_says(nlp):
    doc = nlp(TEXT)
    arrays = token_arrays(doc)
    assert arrays.texts == [t.text for t in doc]
    assert arrays.lowers == [t.lower_ for t in doc]
    assert arrays.spaces == [t.whitespace_ for t in doc]
    assert arrays.blank == [t.is_space for t in doc]
    assert token_texts(doc) is arrays.texts and token_lowers(doc) is arrays.lowers
    assert any(w.startswith("état") for w in arrays.lowers) and True in arrays.blank  # a folded capital and a blank token are read


def test_the_lists_are_made_once_a_doc(nlp):
    doc = nlp(TEXT)
    assert token_arrays(doc) is token_arrays(doc)


def test_lists_of_another_token_count_are_made_again(nlp):
    doc = nlp("Pompa air disiagakan di Muara Angke.")
    doc.user_data["telisik.tokens"] = TokenArrays(["Pompa"], ["pompa"], [" "], [False])  # stale: one token
    assert token_texts(doc) == [t.text for t in doc]


def test_a_doc_serialised_with_its_user_data_gets_its_lists_again(nlp):
    doc = nlp("Wali Kota Bogor Dedie Rachim meninjau Pasar Kebon Kembang, Senin (9/6/2025).")
    token_arrays(doc)
    back = type(doc)(nlp.vocab).from_bytes(doc.to_bytes())  # user_data travels as plain lists
    assert token_texts(back) == [t.text for t in back]
    assert span_text(back, 3, 5) == back[3:5].text


def test_the_text_joined_from_the_lists_is_the_docs_text(nlp):
    doc = nlp.make_doc(TEXT)  # no component has read the doc yet
    assert doc_text(doc) == doc.text == TEXT


def test_a_span_text_from_the_lists_is_the_spans_text(nlp):
    doc = nlp(TEXT)
    n = len(doc)
    for start in range(-3, n + 3):
        for end in range(-3, n + 3):
            assert span_text(doc, start, end) == doc[start:end].text, (start, end)


def test_a_person_introduced_with_an_age_in_brackets(nlp, lex):
    doc = nlp("Seorang warga, Hasnah (38), mengaku melihat api. Kakek Budi (150) disebut dalam dongeng.")
    assert [(s.text, s.label_) for s in _aged_persons(lex, doc, [])] == [("Hasnah", "PER")]
    taken = [Span(doc, 3, 4, label="PER")]  # a name the model found is not found again
    assert _aged_persons(lex, doc, taken) == []


def test_a_teams_nickname_the_model_missed_is_an_organisation(nlp, lex):
    doc = nlp("Jepang menang 2-0. Samurai Biru tampil tenang, tetapi Samurai Biru Airlines tak terbang.")
    found = nickname_spans(lex, doc, [Span(doc, 0, 1, label="LOC")])
    assert [(s.text, s.label_, s.start) for s in found] == [("Jepang", "LOC", 0), ("Samurai Biru", "ORG", 6)]


def test_initials_after_a_cue_spread_to_the_report(nlp, lex):
    doc = nlp("Polisi menangkap pelaku berinisial AK dan YN di Sleman. Tersangka RI juga diburu. YN lalu dibawa ke Polsek.")
    found = [(s.text, s.start) for s in initials_after_cues(lex, doc, [], (1, 110))]
    assert found == [("AK", 4), ("YN", 6), ("RI", 11), ("YN", 15)]


def test_titles_heads_and_ranks_are_read_at_their_tokens(nlp, lex):
    doc = nlp("Wakil Presiden Gibran datang. Pengadilan Negeri Sleman menolak. Marsekal Pertama TNI Budi hadir.")
    assert [lex.title_at(doc, i) for i in range(3)] == [2, 1, 0]
    assert lex.head_at(doc, 5) == ("ORG", 1) and lex.head_at(doc, 6) == ("", 0)
    assert lex.rank_at(doc, 10) == 3 and lex.rank_at(doc, 11) == 0


def test_a_firm_head_right_before_a_name(nlp, lex):
    doc = nlp("Pasien dirawat di Rumah Sakit Medika, lalu berdoa di Masjid  Raya dan Pasar Minggu.")
    heads = [(i, doc[i].text) for i in range(len(doc)) if _after_firm_head(lex, doc, i)]
    # a two-word head ("Rumah Sakit") read with the space between its words; a doubled space is a token of its own
    assert heads == [(5, "Medika"), (11, " "), (15, "Minggu")]


def test_a_bare_name_repeated_later_is_found(nlp, lex):
    doc = nlp("Menteri Luar Negeri Australia Penny Wong tiba di Jakarta. Setibanya di bandara, Wong langsung menuju Istana.")
    found = _repeated_names(lex, doc, [Span(doc, 4, 6, label="PER")])
    assert [(s.text, s.start) for s in found] == [("Wong", 14)]


def test_an_ordinary_word_opening_a_sentence_is_no_name_unless_written_capitalised_inside_one(nlp, lex):
    doc = nlp("Mengadili, menyatakan terdakwa bersalah. Hakim lalu menutup sidang.")
    assert _ordinary_opener(lex, doc[0])
    doc = nlp("Bunga mengatakan banjir surut. Warga percaya kata Bunga.")
    assert not _ordinary_opener(lex, doc[0])


def test_an_opener_word_is_cut_unless_the_text_writes_it_before_the_name_inside_a_sentence(nlp, lex):
    doc = nlp("Sundulan Kamada membuka skor. Wasit mengesahkan gol itu.")
    assert _opener_word(lex, doc[0:2])
    doc = nlp("Sundulan Kamada membuka skor. Gol itu lahir dari sundulan Kamada di menit 20.")
    assert not _opener_word(lex, doc[0:2])


def test_a_degree_after_a_persons_name_is_no_entity(nlp, lex):
    doc = nlp("Menurut dr. Citra Amelinda, Sp.A, M.Kes, anak perlu tidur. Ia dosen, IPU, ASEAN Eng di kampus.")
    ents = [Span(doc, 2, 4, label="PER"), Span(doc, 19, 21, label="ORG")]
    assert doc[19:21].text == "ASEAN Eng"
    assert [s.text for s in without_degrees(lex, doc, ents)] == ["Citra Amelinda"]
