import json
import subprocess
import sys

import spacy

from telisik.nlp.pipeline import build_pipeline


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in build_pipeline()(text).sents]


def test_abbreviations_times_and_acronyms():
    text = (
        "Rapat digelar pukul 10.00 WIB di Jl. Merdeka Barat No. 9, Jakarta. "
        "Menurut dr. Reisa, vaksin aman. Delegasi itu kemudian terbang ke AS. Presiden menyambut mereka."
    )
    assert sentences(text) == [
        "Rapat digelar pukul 10.00 WIB di Jl. Merdeka Barat No. 9, Jakarta.",
        "Menurut dr. Reisa, vaksin aman.",
        "Delegasi itu kemudian terbang ke AS.",
        "Presiden menyambut mereka.",
    ]


def test_initials_and_degrees():
    text = (
        "Pendiri yayasan H.M. Prasetyo hadir bersama R.A. Susanti. Hal itu disampaikan dokter Rita Wulandari, "
        "Sp.PD, M.Kes. Ia menjelaskan, pasien perlu istirahat. Kata Prof. Budi Santoso, Ph.D. Ia peneliti senior."
    )
    assert sentences(text) == [
        "Pendiri yayasan H.M. Prasetyo hadir bersama R.A. Susanti.",
        "Hal itu disampaikan dokter Rita Wulandari, Sp.PD, M.Kes.",
        "Ia menjelaskan, pasien perlu istirahat.",
        "Kata Prof. Budi Santoso, Ph.D.",
        "Ia peneliti senior.",
    ]


def test_quotes_and_paragraph_breaks():
    text = '"Kami siap," kata H. Agus. "Semua sudah diperiksa." Rapat ditutup.\n\nParagraf baru tanpa titik\n\nlalu lagi'
    assert sentences(text) == [
        '"Kami siap," kata H. Agus.',
        '"Semua sudah diperiksa."',
        "Rapat ditutup.",
        "Paragraf baru tanpa titik",
        "lalu lagi",
    ]


def test_pipeline_saves_and_loads_with_spacy_load(tmp_path):
    nlp = build_pipeline()
    assert nlp.lang == "id" and nlp.pipe_names[:2] == ["telisik_sentences", "telisik_timexes"]
    nlp.to_disk(tmp_path / "telisik_id")
    loaded = spacy.load(tmp_path / "telisik_id")
    doc = loaded("Harga naik di Jl. Sudirman. Warga protes.")
    assert [s.text for s in doc.sents] == ["Harga naik di Jl. Sudirman.", "Warga protes."]


def test_saved_pipeline_gives_every_fact_in_a_fresh_process(tmp_path):
    # a user's process: spacy.load alone, with telisik found through its entry points
    build_pipeline().to_disk(tmp_path / "telisik_id")
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp.make_doc('Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Vladivostok pada Rabu (13/9). '\n"
        "                   '\"Kami siap bekerja sama,\" kata Putin, melansir Reuters.')\n"
        "doc._.published = '2023-09-12'\n"
        "doc = nlp(doc)\n"
        "print(json.dumps({'ents': [[e.text, e.label_] for e in doc.ents], 'timexes': [t.to_dict() for t in doc._.timexes],\n"
        "                  'quotes': [q.to_dict() for q in doc._.quotes], 'citations': [c.to_dict() for c in doc._.citations],\n"
        "                  'events': [e.to_dict() for e in doc._.events]}))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "telisik_id")], capture_output=True, text=True, check=True)
    facts = json.loads(out.stdout)
    assert ["Vladimir Putin", "PER"] in facts["ents"] and ["Vladivostok", "LOC"] in facts["ents"]
    assert [(t["text"], t["value"]) for t in facts["timexes"]] == [("Rabu (13/9)", "2023-09-13")]
    assert [(q["speaker"], q["cue"]) for q in facts["quotes"]] == [("Vladimir Putin", "kata")]
    assert [c["source"] for c in facts["citations"]] == ["Reuters"]
    assert [(e["type"], e["who"], e["where"], e["when"]) for e in facts["events"]] == [
        ("MEET", ["Vladimir Putin", "Kim Jong Un"], "Vladivostok", "2023-09-13")
    ]


def _sentences(nlp, text):
    return [s.text for s in nlp(text).sents]


def test_the_sentence_splitter_reads_its_abbreviations_from_its_config_and_saves_them(tmp_path):
    text = "Ia tinggal di Kab. Bogor sejak lama. Kini ia pindah."
    default = spacy.blank("id")
    default.add_pipe("telisik_sentences")
    assert _sentences(default, text) == ["Ia tinggal di Kab. Bogor sejak lama.", "Kini ia pindah."]
    own = tmp_path / "singkatan.txt"
    own.write_text("# no abbreviations but Jl\nJl\n", encoding="utf-8")
    custom = spacy.blank("id")
    custom.add_pipe("telisik_sentences", config={"abbreviations": str(own)})
    assert _sentences(custom, text) == ["Ia tinggal di Kab.", "Bogor sejak lama.", "Kini ia pindah."]
    custom.to_disk(tmp_path / "saved")
    own.unlink()  # the saved pipeline holds its own copy of the list
    loaded = spacy.load(tmp_path / "saved")
    assert _sentences(loaded, text) == ["Ia tinggal di Kab.", "Bogor sejak lama.", "Kini ia pindah."]


def test_every_component_says_what_it_requires_and_assigns_and_the_order_holds():
    nlp = build_pipeline()
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    for name in ("telisik_sentences", "telisik_timexes", "telisik_quotes", "telisik_citations", "telisik_events"):
        assert analysis["summary"][name]["assigns"], name
    # the components that read others' work say so; time expressions and citations read the text alone
    assert set(analysis["summary"]["telisik_quotes"]["requires"]) >= {"doc._.entities", "doc._.cited_names"}
    assert set(analysis["summary"]["telisik_events"]["requires"]) >= {"doc._.timexes", "doc._.entities", "doc._.quotes", "doc._.citations"}
