"""Round 32 of the NER training recipe: a run's recipe (NERGrit weight, dev weighting,
tok2vec size) and the dev curve that scores each checkpoint on NERGrit valid and NERP valid apart."""

import io
import json

import spacy
from spacy.tokens import DocBin

from telisik.nlp.entities import MODEL_DIR
from telisik.nlp.train_ner import CONFIG, Recipe, ner_dev_curve_logger, phase1_config, prepare


def _conll(rows):
    """Blank-line-separated sentences of (word, tag) pairs, tab-separated."""
    return "\n\n".join("\n".join(f"{w}\t{t}" for w, t in sent) for sent in rows) + "\n\n"


GRIT = [
    [
        ("Grup", "O"),
        ("band", "O"),
        ("Sheila", "B-ORGANISATION"),
        ("On", "I-ORGANISATION"),
        ("7", "I-ORGANISATION"),
        ("berasal", "O"),
        ("dari", "O"),
        ("Yogyakarta", "B-PLACE"),
        (".", "O"),
    ],
    [("Raden", "B-PERSON"), ("Saleh", "I-PERSON"), ("lahir", "O"), ("di", "O"), ("Semarang", "B-PLACE"), (".", "O")],
]
NERP = [
    [("bupati", "O"), ("sleman", "B-PLC"), ("sri", "B-PPL"), ("purnomo", "I-PPL"), ("meresmikan", "O"), ("pasar", "O"), (".", "O")],
    [("pt", "B-IND"), ("pertamina", "I-IND"), ("menaikkan", "O"), ("harga", "O"), ("elpiji", "O"), (".", "O")],
    [("warga", "O"), ("klaten", "B-PLC"), ("menonton", "O"), ("pawai", "O"), (".", "O")],
]
NEWS = [
    [("Kapolres", "O"), ("Bogor", "B-LOCATION"), ("AKBP", "O"), ("Rio", "B-PERSON"), ("Wahyu", "I-PERSON"), ("datang", "O"), (".", "O")]
]


def _data_dir(root):
    """A miniature ``shared/data/ner`` with every file ``load_corpora`` reads, invented sentences."""
    data = root / "ner"
    files = {
        "nergrit/train.txt": GRIT[:1],
        "nergrit/valid.txt": GRIT[1:],
        "nergrit/test.txt": [[("Kota", "O"), ("Malang", "B-PLACE"), ("sejuk", "O"), (".", "O")]],
        "nerp/train.txt": NERP[:1],
        "nerp/valid.txt": NERP[1:],
        "nerp/test.txt": [[("hujan", "O"), ("di", "O"), ("bantul", "B-PLC"), (".", "O")]],
        "nerui/nergithub.txt": NEWS,
        "nerugm/nerugm.txt": NEWS,
    }
    for name in ("train.txt", "dev.txt", "test.txt"):
        files[f"idner-news-2k/{name}"] = (
            [[(w, t.replace("LOCATION", "LOC").replace("PERSON", "PER")) for w, t in NEWS[0]]] if name == "train.txt" else []
        )
    for name, rows in files.items():
        path = data / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_conll(rows), encoding="utf-8")
    return data


def test_dev_set_counts_nergrit_valid_as_often_as_asked(tmp_path):
    data = _data_dir(tmp_path)
    counts = prepare(data, tmp_path / "work", swap_share=0.0, dev_grit_copies=3)
    docs = list(DocBin().from_disk(tmp_path / "work" / "dev.spacy").get_docs(spacy.blank("id").vocab))
    texts = [d.text.strip() for d in docs]
    # NERGrit valid (one sentence) three times, NERP valid (two sentences) once
    assert counts["dev_sentences"] == 5 and counts["dev_grit_copies"] == 3
    assert texts.count("Raden Saleh lahir di Semarang .") == 3
    assert texts.count("pt pertamina menaikkan harga elpiji .") == 1


def test_recipe_changes_only_what_it_names(tmp_path):
    shipped = spacy.util.load_config(CONFIG)
    plain = spacy.util.load_config(phase1_config(tmp_path, Recipe(curve=False), tmp_path / "ner"))
    assert plain["components"] == shipped["components"] and plain["training"]["logger"] == shipped["training"]["logger"]
    wide = spacy.util.load_config(
        phase1_config(tmp_path, Recipe(width=192, rows=(20000, 5000, 8000, 1000), hidden_width=256), tmp_path / "ner")
    )
    model = wide["components"]["ner"]["model"]
    # the embedding and the encoder share one width, or the tok2vec cannot be built
    assert model["tok2vec"]["embed"]["width"] == model["tok2vec"]["encode"]["width"] == 192
    assert model["tok2vec"]["embed"]["rows"] == [20000, 5000, 8000, 1000] and model["hidden_width"] == 256
    assert wide["training"]["logger"]["@loggers"] == "telisik.ner_dev_curve.v1"
    assert wide["training"]["logger"]["curve_path"] == str(tmp_path / "dev_curve.jsonl")


def test_dev_curve_scores_each_corpus_apart_and_keeps_the_checkpoint(tmp_path):
    data = _data_dir(tmp_path)
    curve, keep = tmp_path / "curve.jsonl", tmp_path / "checkpoints"
    setup = ner_dev_curve_logger(data_dir=str(data), curve_path=str(curve), keep_dir=str(keep))
    log_step, finalize = setup(spacy.blank("id"), io.StringIO(), io.StringIO())
    info = {"epoch": 0, "step": 500, "score": 0.7, "other_scores": {}, "losses": {"ner": 1.0}, "checkpoints": [], "seconds": 1, "words": 10}
    log_step({**info, "output_path": str(MODEL_DIR)})
    log_step(None)  # a step without a checkpoint writes nothing
    finalize()
    (line,) = [json.loads(raw) for raw in curve.read_text().splitlines()]
    assert line["step"] == 500 and line["run_score"] == 70.0
    assert set(line["nergrit_per_type"]) == set(line["nerp_per_type"]) == {"PER", "ORG", "LOC"}
    # the shipped model finds the person and the place of the one NERGrit valid sentence
    assert line["nergrit_per_type"]["PER"] == 100.0 and line["nergrit_per_type"]["LOC"] == 100.0
    assert line["mean_macro"] == round((line["nergrit_macro"] + line["nerp_macro"]) / 2, 2)
    assert (keep / "step_500" / "meta.json").exists()


def test_command_line_recipe():
    from argparse import Namespace

    from telisik.nlp.train_ner import recipe_of

    args = Namespace(grit_copies=6, dev_grit_copies=4, width=None, rows=[30000, 5000, 10000, 1000], hidden_width=256)
    assert recipe_of(args) == Recipe(6, 4, rows=(30000, 5000, 10000, 1000), hidden_width=256)
    default = Namespace(grit_copies=3, dev_grit_copies=1, width=None, rows=None, hidden_width=None)
    assert recipe_of(default) == Recipe()


def test_a_training_run_leaves_the_shipped_word_lists_alone(monkeypatch, tmp_path):
    """The entity component reads lang/id/common_words.txt: trying a recipe must not rewrite it."""
    from telisik.nlp import train_ner

    calls: list[str] = []
    monkeypatch.setattr(train_ner, "train", lambda *a, **k: calls.append("train"))
    monkeypatch.setattr(train_ner, "write_common_words", lambda *a, **k: calls.append("words") or 0)
    monkeypatch.setattr(train_ner, "load_corpora", lambda *a, **k: None)
    assert train_ner.main(["--data", str(tmp_path), "--work", str(tmp_path / "w"), "--out", str(tmp_path / "o")]) == 0
    assert calls == ["train"]
    calls.clear()
    assert train_ner.main(["--data", str(tmp_path), "--common-words"]) == 0
    assert calls == ["words"]
