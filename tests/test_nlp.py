import spacy

from telisik.nlp import build_pipeline


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
