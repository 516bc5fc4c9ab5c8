"""The shipped NER model and the training data preparation of telisik.nlp.train_ner."""

import json

import pytest
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
    micro = scores["micro_f1"]
    assert isinstance(micro, float) and micro > 60


def _write_corpus(folder, name, texts):
    import gzip

    with gzip.open(folder / name, "wt", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": str(i), "outlet": "contoh", "text": text}) + "\n")


def test_vector_text_is_lower_cased_tokenized_corpus_and_train_sentences(tmp_path):
    from telisik.nlp.train_ner import CORPUS_FILES, write_vector_text

    _write_corpus(tmp_path, CORPUS_FILES[0], ["Warga Bogor mengungsi.Banjir datang lagi\n\nKata Bupati, \"aman\"."])
    _write_corpus(tmp_path, CORPUS_FILES[1], ["Polda Metro Jaya menangkap dua orang."])
    train = [Sentence(["Kemarin", "Anies", "ke", "Depok", "."], ["O", "B-PER", "O", "B-LOC", "O"])]
    out = tmp_path / "text.txt"
    n_tokens = write_vector_text(tmp_path, train, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    # paragraphs are lines; a full stop glued to the next sentence is split there
    assert lines[0].split()[:5] == ["warga", "bogor", "mengungsi", ".", "banjir"]
    assert lines[1].startswith("kata bupati ,")
    assert lines[2] == "polda metro jaya menangkap dua orang ."
    assert lines[-1] == "kemarin anies ke depok ."
    assert n_tokens == sum(len(line.split()) for line in lines)


def test_built_vectors_give_every_word_a_lower_case_vector(tmp_path):
    pytest.importorskip("floret")
    from telisik.nlp.train_ner import VectorSettings, build_vectors

    text = tmp_path / "text.txt"
    words = ["warga", "jakarta", "bandung", "mengungsi", "karena", "banjir", "besar", "kemarin"]
    text.write_text("\n".join(" ".join(words[i:] + words[:i]) for i in range(len(words))) * 20, encoding="utf-8")
    out = build_vectors(text, tmp_path / "vectors", VectorSettings(dim=8, bucket=500, epoch=1, min_count=1))
    nlp = spacy.load(out)
    assert nlp.vocab.vectors.mode == "floret" and nlp.vocab.vectors.shape == (500, 8)
    upper, lower, unseen = nlp("JAKARTA jakarta Cirebon")
    # read by LOWER, so the case of a word does not change its vector; unseen words still get one
    assert (upper.vector == lower.vector).all()
    assert unseen.has_vector and unseen.vector_norm > 0


def test_gazetteer_is_read_as_cp1252_and_filtered(tmp_path):
    from telisik.nlp.train_ner import GAZETTEER_FILES, load_gazetteer

    lines = {
        "PER": ["Andr\u00e9 Wiratama", "nama kecil", "Budi (penyanyi)"],
        "ORG": ["Persatuan Sepak Bola Indonesia Mataram Raya", "Bank Jateng"],
        "LOC": ["Karangasem", "Kota Baru"],
    }
    for label, name in GAZETTEER_FILES.items():
        (tmp_path / name).write_bytes("\r\n".join(lines[label]).encode("cp1252"))
    names = load_gazetteer(tmp_path)
    # accents decoded, lower-case lines and bracketed titles dropped, long names dropped
    assert names["PER"] == [["Andr\u00e9", "Wiratama"]]
    assert names["ORG"] == [["Bank", "Jateng"]]
    assert sorted(names["LOC"]) == [["Karangasem"], ["Kota", "Baru"]]


def test_swapped_copy_replaces_each_entity_by_a_name_of_its_type():
    import random

    from telisik.nlp.train_ner import add_swapped, swap_entities

    names = {"PER": [["Siti", "Rahma", "Lestari"]], "ORG": [["Bank", "Jateng"]], "LOC": [["Kudus"]]}
    sent = Sentence(
        ["Kemarin", "Joko", "Widodo", "ke", "DPR", "di", "Kota", "Semarang", "."],
        ["O", "B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "I-LOC", "O"],
    )
    swapped = swap_entities(sent, names, random.Random(0))
    assert swapped.words == ["Kemarin", "Siti", "Rahma", "Lestari", "ke", "Bank", "Jateng", "di", "Kudus", "."]
    assert list(iter_entities(swapped)) == [("Siti Rahma Lestari", "PER"), ("Bank Jateng", "ORG"), ("Kudus", "LOC")]
    no_names = Sentence(["Hujan", "turun", "."], ["O", "O", "O"])
    lower = Sentence(["ke", "bogor"], ["O", "B-LOC"], cased=False)
    out = add_swapped([sent, no_names, lower], names, share=1.0)
    # only cased sentences with entities get a copy; the originals stay
    assert len(out) == 4 and sum(s.meta.get("swapped") == "1" for s in out) == 1
