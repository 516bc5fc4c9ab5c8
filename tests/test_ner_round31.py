"""Phase 2 of the NER recipe (telisik.nlp.train_ner): fine-tuning on the two reported corpora."""

import json

import spacy

from telisik.nlp.train_ner import (
    CONFIG,
    Corpora,
    Sentence,
    _run_of_model,
    best_checkpoint,
    finetune_card_text,
    finetune_config,
    finetune_sentences,
)


def _corpora() -> Corpora:
    grit = Sentence(
        ["Band", "Dewa", "19", "tampil", "di", "Surabaya", "."],
        ["O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"],
        source="nergrit:train.txt",
    )
    nerp = Sentence(
        ["warga", "bekasi", "antre", "di", "bank", "mandiri", "."],
        ["O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O"],
        source="nerp:train.txt",
        cased=False,
    )
    news = Sentence(
        ["Polisi", "menangkap", "Andi", "di", "Bekasi", "."],
        ["O", "O", "B-PER", "O", "B-LOC", "O"],
        source="idner:train.txt",
    )
    return Corpora(train=[grit, nerp, news], dev=[], tests={})


def test_finetune_data_weighs_nergrit_and_keeps_the_other_news_once():
    out = finetune_sentences(_corpora(), grit_copies=3, truecased_nerp=0.0, news_copies=1)
    sources = sorted(s.source.split(":")[0] for s in out)
    assert sources == ["idner", "nergrit", "nergrit", "nergrit", "nerp"]
    # without the other news corpora, only the two reported corpora are left
    out = finetune_sentences(_corpora(), grit_copies=1, truecased_nerp=0.0, news_copies=0)
    assert sorted(s.source.split(":")[0] for s in out) == ["nergrit", "nerp"]
    nerp = [s for s in out if s.source.startswith("nerp")]
    # NERP as given: lower-cased, like its test split
    assert nerp[0].words[1] == "bekasi" and not nerp[0].cased


def test_finetune_data_can_add_truecased_nerp_keeping_labels():
    out = finetune_sentences(_corpora(), grit_copies=1, truecased_nerp=1.0)
    truecased = [s for s in out if s.meta.get("truecased") == "1"]
    assert len(truecased) == 1
    # "bekasi" is written "Bekasi" in the cased corpora, so the copy restores it; labels unchanged
    assert truecased[0].words[:2] == ["Warga", "Bekasi"]
    assert truecased[0].tags == ["O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O"]


def test_finetune_config_sources_the_ner_and_lowers_the_learning_rate(tmp_path):
    base = tmp_path / "base"
    path = finetune_config(base, tmp_path, steps=700, learn_rate=0.0002)
    config = spacy.util.load_config(path)
    assert dict(config["components"]["ner"]) == {"source": str(base)}
    assert config["training"]["max_steps"] == 700
    assert config["training"]["optimizer"]["learn_rate"] == 0.0002
    # everything else is phase 1's config (the training file itself is not touched)
    phase1 = spacy.util.load_config(CONFIG)
    assert config["training"]["batcher"] == phase1["training"]["batcher"]
    assert phase1["components"]["ner"]["factory"] == "ner"


def test_best_checkpoint_prefers_the_fine_tuned_one(tmp_path):
    (tmp_path / "output" / "model-best").mkdir(parents=True)
    assert best_checkpoint(tmp_path) == tmp_path / "output" / "model-best"
    (tmp_path / "finetune" / "model-best").mkdir(parents=True)
    assert best_checkpoint(tmp_path) == tmp_path / "finetune" / "model-best"


def test_phase_two_from_an_earlier_model_keeps_its_recorded_phase_one(tmp_path):
    report = {"train_seconds": 1200, "data": {"dev_sentences": 10}, "vectors": {"dim": 100}, "test": {}}
    (tmp_path / "eval.json").write_text(json.dumps(report))
    run = _run_of_model(tmp_path)
    assert run["train_seconds"] == 1200 and run["vectors"] == {"dim": 100}
    assert run["phase1_from"] == str(tmp_path) and "test" not in run


def test_model_card_describes_phase_two_only_when_it_ran():
    assert finetune_card_text({}) == ""
    phase = {
        "steps": 1500,
        "learn_rate": 0.0005,
        "grit_copies": 6,
        "truecased_nerp": 0.0,
        "sentences": 15481,
        "tokens": 400000,
        "seconds": 900,
    }
    text = finetune_card_text({"finetune": phase, "phase1_from": "/x"})
    assert "1,500 more steps" in text and "0.0005" in text and "6 times" in text and "--finetune-from" in text
    assert "phase 1's best checkpoint" in finetune_card_text({"finetune": phase})


def _report(nergrit: float, nerp: float, wps: int) -> dict:
    def scores(macro: float) -> dict:
        return {
            "micro_p": 80.0,
            "micro_r": 70.0,
            "micro_f1": 74.67,
            "macro_f1": macro,
            "per_type_f1": {"PER": 80.0, "ORG": 60.0, "LOC": 79.0},
            "sentences": 209,
        }

    return {
        "train_seconds": 1500,
        "data": {"train_sentences_before_augmentation": 100, "train_sentences": 200, "train_tokens": 3000, "dev_sentences": 50},
        "vectors": {"model": "skipgram", "dim": 100, "bucket": 30000, "minn": 3, "maxn": 5, "hash_count": 2, "epoch": 5},
        "test": {"nergrit": scores(nergrit), "nerp": scores(nerp)},
        "words_per_second": wps,
    }


def test_model_card_says_which_targets_the_run_met():
    from telisik.nlp.train_ner import targets_card_text

    text = targets_card_text(_report(69.12, 78.28, 19000))
    assert "speed met" in text and "met: nerp 78.28 >= 77" in text and "not met: nergrit 69.12 < 72" in text
    assert "speed not met" in targets_card_text(_report(73.0, 78.0, 9000))
    assert "not met: none" in targets_card_text(_report(73.0, 78.0, 12000))


def test_model_card_is_written_from_the_template(tmp_path):
    from telisik.nlp.train_ner import write_model_card

    report = _report(69.12, 78.28, 19000)
    report["vectors"] |= {"min_count": 3, "text_tokens": 4_000_000, "seconds": 500}
    report["data"] |= {"train_from_nergrit": 40, "train_from_nerp": 60}
    report["finetune"] = {
        "steps": 1500,
        "learn_rate": 0.0005,
        "grit_copies": 6,
        "truecased_nerp": 0.0,
        "sentences": 150,
        "tokens": 2000,
        "seconds": 600,
    }
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "weights").write_bytes(b"0" * 1000)
    card = tmp_path / "MODEL_CARD.md"
    write_model_card(report, tmp_path / "model", card)
    text = card.read_text(encoding="utf-8")
    assert "| NERGrit test | 209 |" in text and "| 69.12 |" in text
    assert "Phase 2 (fine-tuning): from phase 1's best checkpoint, 1,500 more steps" in text
    assert "not met: nergrit 69.12 < 72" in text and "{" not in text.split("## Use")[0]
