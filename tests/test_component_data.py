import shutil
from importlib import resources

import pytest
import spacy
import srsly

from telisik.nlp.component_data import SavedData
from telisik.nlp.pipeline import build_pipeline

# the components whose data ``SavedData`` saves (the events component still saves its own)
SAVED = ["telisik_sentences", "telisik_timexes", "telisik_gazetteer", "telisik_entities", "telisik_citations", "telisik_quotes"]


def _sentences(nlp, text):
    return [s.text for s in nlp(text).sents]


def _timexes(nlp, text, published="2023-09-12"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return [(t.text, t.value) for t in nlp(doc)._.timexes]


@pytest.fixture(scope="module")
def saved_pipeline(tmp_path_factory):
    folder = tmp_path_factory.mktemp("saved") / "telisik_id"
    build_pipeline().to_disk(folder)
    return folder


@pytest.mark.parametrize("name", SAVED)
def test_each_component_saves_one_json_file_a_part(saved_pipeline, name):
    component = spacy.blank("id").add_pipe(name)
    assert isinstance(component, SavedData)
    files = sorted(p.name for p in (saved_pipeline / name).iterdir())
    assert files == sorted(f"{part}.json" for part in component.saved_parts)
    for part in component.saved_parts:
        assert srsly.read_json(saved_pipeline / name / f"{part}.json")


def test_a_loaded_pipeline_splits_by_the_saved_abbreviations_not_the_package_file(tmp_path):
    text = "Ia tinggal di Kab. Bogor sejak lama. Kini ia pindah."
    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_sentences")
    assert _sentences(nlp, text) == ["Ia tinggal di Kab. Bogor sejak lama.", "Kini ia pindah."]
    nlp.to_disk(tmp_path / "p")
    saved = tmp_path / "p" / "telisik_sentences" / "abbreviations.json"
    srsly.write_json(saved, [a for a in srsly.read_json(saved) if a != "Kab"])
    loaded = spacy.load(tmp_path / "p")
    assert _sentences(loaded, text) == ["Ia tinggal di Kab.", "Bogor sejak lama.", "Kini ia pindah."]


def test_to_disk_leaves_out_an_excluded_part_and_from_disk_keeps_its_own(tmp_path):
    nlp = spacy.blank("id")
    saved = nlp.add_pipe("telisik_citations", config={"strong_gap_chars": 2})
    saved.to_disk(tmp_path / "cfg_only", exclude=["lexicon"])
    assert sorted(p.name for p in (tmp_path / "cfg_only").iterdir()) == ["cfg.json"]
    saved.to_disk(tmp_path / "all")
    restored = spacy.blank("id").add_pipe("telisik_citations", config={"strong_gap_chars": 3})
    restored.from_disk(tmp_path / "all", exclude=["cfg"])
    assert restored.strong_gap_chars == 3
    restored.from_disk(tmp_path / "all")
    assert restored.strong_gap_chars == 2


def test_the_sentence_splitter_travels_as_bytes():
    text = "Ia tinggal di Kab. Bogor sejak lama. Kini ia pindah."
    own = spacy.blank("id")
    splitter = own.add_pipe("telisik_sentences")
    splitter._abbreviations = frozenset({"Jl"})
    fresh = spacy.blank("id")
    fresh.add_pipe("telisik_sentences").from_bytes(splitter.to_bytes())
    assert _sentences(fresh, text) == ["Ia tinggal di Kab.", "Bogor sejak lama.", "Kini ia pindah."]


def test_the_timex_tagger_travels_as_bytes_with_its_word_lists(tmp_path):
    # a lexicon folder with one more vague expression: "tempo hari" (the other day)
    folder = tmp_path / "id"
    shutil.copytree(resources.files("telisik.lang").joinpath("id"), folder)
    with open(folder / "vague_time.tsv", "a", encoding="utf-8") as fh:
        fh.write("tempo hari\tPAST_REF\n")
    text = "Warga sudah melapor tempo hari, kata kepala desa."
    custom = spacy.blank("id")
    custom.add_pipe("telisik_timexes", config={"lexicon": str(folder), "tense_window": 10})
    data = custom.get_pipe("telisik_timexes").to_bytes()
    shutil.rmtree(folder)
    fresh = spacy.blank("id")
    fresh.add_pipe("telisik_timexes")
    assert _timexes(fresh, text) == []
    fresh.get_pipe("telisik_timexes").from_bytes(data)
    assert _timexes(fresh, text) == [("tempo hari", "PAST_REF")]
    assert fresh.get_pipe("telisik_timexes").settings.tense_window == 10
