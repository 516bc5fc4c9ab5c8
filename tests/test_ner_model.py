"""The shipped NER model and the training data preparation of telisik.nlp.train_ner."""

import json

import spacy

from telisik.nlp.entities import MODEL_DIR
from telisik.nlp.train_ner import (
    Sentence,
    TrueCaser,
    augment,
    evaluate,
    iter_entities,
    load_corpora,
    read_conll,
    spans_of,
)


def test_model_is_shipped_small_and_scored():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert 0 < size <= 50 * 1024 * 1024
    report = json.loads((MODEL_DIR / "eval.json").read_text())
    assert set(report["test"]) == {"nergrit", "nerp"}
    assert report["words_per_second"] > 0
    card = (MODEL_DIR.parent / "MODEL_CARD.md").read_text()
    for corpus, scores in report["test"].items():
        # the card quotes the figures the training run measured
        assert f"{scores['micro_f1']:.2f}" in card, corpus


def test_model_tags_indonesian_news():
    nlp = spacy.load(MODEL_DIR)
    doc = nlp("Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Semarang bersama Badan Nasional Penanggulangan Bencana.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Ganjar Pranowo", "PER") in ents
    assert ("Semarang", "LOC") in ents


def test_read_conll_maps_labels_and_repairs_dropped_types(tmp_path):
    path = tmp_path / "nerp.txt"
    path.write_text(
        "presiden\tO\njoko\tB-PPL\nwidodo\tI-PPL\nmenonton\tO\npiala\tB-EVT\ndunia\tI-EVT\ndi\tO\nqatar\tB-PLC\n\n"
        "bank\tB-IND\nmandiri\tI-IND\nmenjual\tO\nrendang\tB-FNB\n\n",
        encoding="utf-8",
    )
    first, second = read_conll(path, "nerp")
    assert list(iter_entities(first)) == [("joko widodo", "PER"), ("qatar", "LOC")]
    assert first.tags[4:6] == ["O", "O"] and not first.cased
    assert list(iter_entities(second)) == [("bank mandiri", "ORG")]


def test_iob_repair_and_spans():
    assert spans_of(["O", "I-PER", "I-PER", "B-LOC", "I-ORG"]) == {(1, 3, "PER"), (3, 4, "LOC"), (4, 5, "ORG")}


def test_truecaser_restores_case_from_cased_statistics():
    cased = [
        Sentence(["Kemarin", "Joko", "Widodo", "ke", "Surabaya", "."], ["O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
        Sentence(["Lalu", "Presiden", "Joko", "Widodo", "ke", "DPR", "."], ["O", "O", "B-PER", "I-PER", "O", "B-ORG", "O"]),
    ]
    caser = TrueCaser(cased)
    low = Sentence(["presiden", "joko", "widodo", "ke", "dpr", "dan", "sleman", "."], ["O", "B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O"])
    assert caser.sentence(low).words == ["Presiden", "Joko", "Widodo", "ke", "DPR", "dan", "Sleman", "."]


def test_augment_keeps_labels_and_adds_lower_case_copies():
    sents = [Sentence(["Warga", "Bandung", "senang", "."], ["O", "B-LOC", "O", "O"]) for _ in range(50)]
    out = augment(sents, seed=1, lower_cased=0.5)
    lowered = [s for s in out if not s.cased]
    assert 10 < len(lowered) < 40
    assert all(s.tags == ["O", "B-LOC", "O", "O"] for s in out)


def test_training_data_excludes_the_reported_test_splits(shared):
    corpora = load_corpora(shared / "data" / "ner")
    held_out = {s.key for split in corpora.tests.values() for s in split} | {s.key for s in corpora.dev}
    assert corpora.train and not any(s.key in held_out for s in corpora.train)
    assert len({s.key for s in corpora.train}) == len(corpora.train)


def test_shipped_model_scores_on_nergrit_test(shared):
    corpora = load_corpora(shared / "data" / "ner")
    scores = evaluate(spacy.load(MODEL_DIR), corpora.tests["nergrit"][:100])
    assert scores["micro_f1"] > 60
