"""Quotes and speakers on sentences written in the style of Indonesian news copy."""

from __future__ import annotations

import functools
import json

import pytest
import spacy
from spacy.language import Language

from script_loader import load_script
from telisik.nlp import citations, quotes  # noqa: F401 - registers the factories
from telisik.nlp.sentences import make_sentence_splitter  # noqa: F401 - registers telisik_sentences
from telisik.records.entities import Entity, Mention


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipe = spacy.blank("id")
    pipe.add_pipe("telisik_sentences")
    return pipe


@functools.cache
def finders(nlp: Language) -> tuple[citations.CitationFinder, quotes.QuoteFinder]:
    """The citation and quote components, made once per pipeline."""
    return nlp.create_pipe("telisik_citations"), nlp.create_pipe("telisik_quotes")


def find(nlp: Language, text: str, entities: list[dict] | None = None) -> list[dict]:
    """Run the quote component the way the pipeline does: sentences first, entities and citations set before it."""
    doc = nlp(text)
    doc._.entities = [
        Entity(e["id"], None, e["name"], e["type"], [Mention(m["text"], m["start"], m["end"]) for m in e["mentions"]])
        for e in entities or []
    ]
    cite, quote = finders(nlp)
    doc = quote(cite(doc))
    for q in doc._.quotes:
        assert text[q.start : q.end] == q.text  # offsets are into the body
    return [q.to_dict() for q in doc._.quotes]


def by_start(qs: list[dict]) -> list[tuple[str, str | None, bool]]:
    return [(q["text"], q["speaker"], q["direct"]) for q in qs]


# ------------------------------------------------------------------ direct quotes


def test_direct_quote_with_kata_title_and_institution_stripped(nlp):
    text = '"Kami tidak akan mundur dari perundingan ini," kata juru bicara Kementerian Luar Negeri Teuku Faizasyah kepada wartawan di Jakarta.'
    [q] = find(nlp, text)
    assert q["text"] == "Kami tidak akan mundur dari perundingan ini"
    assert q["speaker"] == "Teuku Faizasyah"
    assert q["direct"] is True and q["cue"] == "kata"


def test_direct_quote_credited_to_a_statement(nlp):
    text = "“Delegasi kedua negara akan bertemu di Bali pekan depan,” ujar pernyataan Istana Kepresidenan."
    [q] = find(nlp, text)
    assert q["speaker"] == "Istana Kepresidenan" and q["cue"] == "ujar"


@pytest.mark.parametrize("verb", ["ungkap", "tegas", "tutur", "ucap", "imbuh", "jelas"])
def test_direct_quote_verbs_after_the_quote(nlp, verb):
    text = f'"Harga beras di pasar induk sudah turun sejak awal bulan," {verb} Kepala Dinas Perdagangan Budi Santoso.'
    [q] = find(nlp, text)
    assert q["speaker"] == "Budi Santoso" and q["cue"] == verb and q["direct"]


@pytest.mark.parametrize("verb", ["tambahnya", "jelasnya", "lanjutnya", "tuturnya", "katanya"])
def test_nya_points_back_to_the_last_speaker(nlp, verb):
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit anggaran masih terkendali.\n\n"
        f'"Kami akan tetap menjaga disiplin fiskal sampai akhir tahun," {verb}.'
    )
    qs = find(nlp, text)
    assert by_start(qs) == [
        ("defisit anggaran masih terkendali", "Sri Mulyani Indrawati", False),
        ("Kami akan tetap menjaga disiplin fiskal sampai akhir tahun", "Sri Mulyani Indrawati", True),
    ]


def test_speaker_named_earlier_by_full_name_and_later_by_surname(nlp):
    text = (
        "Juru bicara Kremlin Dmitry Peskov mengatakan bahwa pertemuan empat mata mungkin digelar bila diperlukan.\n\n"
        '"Kepentingan kedua negara tetap menjadi fokus kami," tegas Peskov.'
    )
    qs = find(nlp, text)
    assert [q["speaker"] for q in qs] == ["Dmitry Peskov", "Dmitry Peskov"]
    assert qs[0]["text"].startswith("pertemuan empat mata")


def test_quote_split_by_its_speech_verb_is_two_quotes(nlp):
    text = "“Programnya sangat padat,” kata Yuri Ushakov, penasihat Kremlin. “Banyak waktu akan dipakai untuk pembicaraan informal antara kedua pemimpin.”"
    qs = find(nlp, text)
    assert by_start(qs) == [
        ("Programnya sangat padat", "Yuri Ushakov", True),
        ("Banyak waktu akan dipakai untuk pembicaraan informal antara kedua pemimpin.", "Yuri Ushakov", True),
    ]


def test_title_before_apposition_name(nlp):
    text = "“Kami tidak khawatir tentang kunjungan itu,” kata juru bicara Dewan Keamanan Nasional AS, John Kirby, kepada wartawan."
    [q] = find(nlp, text)
    assert q["speaker"] == "John Kirby"


def test_subject_then_verb_after_the_quote(nlp):
    text = '"Kami sudah menyiapkan 300 personel untuk pengamanan," Kapolres Metro Bekasi Kombes Twedi Aditya mengatakan.'
    [q] = find(nlp, text)
    assert q["speaker"] == "Twedi Aditya" and q["cue"] == "mengatakan" and q["direct"]


def test_quote_introduced_by_a_reported_verb_and_colon(nlp):
    text = 'Gubernur Jawa Tengah Ahmad Luthfi menegaskan: "Tidak ada lagi pungutan liar di sekolah negeri mulai tahun ajaran ini."'
    [q] = find(nlp, text)
    assert q["direct"] is True and q["speaker"] == "Ahmad Luthfi"
    assert q["text"].startswith("Tidak ada lagi pungutan liar")


def test_quote_running_over_paragraphs(nlp):
    text = (
        '"Kami sudah tiga kali meminta perbaikan jalan ini kepada pemerintah kabupaten.\n\n'
        '"Tapi sampai sekarang belum ada tanggapan sama sekali," kata Ketua RT 05 Sutrisno.'
    )
    qs = find(nlp, text)
    assert [q["speaker"] for q in qs] == ["Sutrisno", "Sutrisno"]
    assert qs[0]["text"].startswith("Kami sudah tiga kali") and qs[0]["direct"]


def test_next_paragraph_quote_continues_the_speaker(nlp):
    text = (
        '"Stok beras aman sampai Lebaran," kata Wahyu Suparyono, Direktur Utama Perum Bulog.\n\n'
        '"Kami juga menambah operasi pasar di 20 kota besar."'
    )
    qs = find(nlp, text)
    assert [q["speaker"] for q in qs] == ["Wahyu Suparyono", "Wahyu Suparyono"]


def test_quotes_inside_quotes_and_curly_and_straight_marks(nlp):
    text = (
        '"(Putin) rela menempuh perjalanan jauh untuk bertemu seorang ‘pecundang internasional\' demi bantuan perang," '
        "ungkap juru bicara Departemen Luar Negeri (Deplu) AS Matthew Miller kepada para wartawan.\n\n"
        '“Ia menyebut pertemuan itu "tidak akan mengubah apa pun" di medan perang,” kata Miller.'
    )
    qs = find(nlp, text)
    assert [q["speaker"] for q in qs] == ["Matthew Miller", "Matthew Miller"]
    assert "‘pecundang internasional'" in qs[0]["text"]
    assert qs[1]["text"] == 'Ia menyebut pertemuan itu "tidak akan mengubah apa pun" di medan perang'


def test_mixed_curly_open_and_straight_close(nlp):
    text = 'Kantor berita Rusia Interfax juga melaporkan “bahwa Kim Jong Un akan mengunjungi Rusia dalam beberapa hari mendatang." Kunjungan itu belum dikonfirmasi.'
    [q] = find(nlp, text)
    assert q["direct"] and q["speaker"] == "Interfax"
    assert q["text"] == "bahwa Kim Jong Un akan mengunjungi Rusia dalam beberapa hari mendatang."


def test_unbalanced_quote_does_not_swallow_the_article(nlp):
    text = (
        'Warga mengeluhkan banjir yang datang setiap tahun. "Air masuk sampai ke dapur kami\n\n'
        "Bupati Bekasi Ade Kuswara mengatakan pemerintah akan membangun tanggul baru tahun depan.\n\n"
        '"Anggarannya sudah kami siapkan," kata Ade.'
    )
    qs = find(nlp, text)
    assert ("pemerintah akan membangun tanggul baru tahun depan", "Ade Kuswara", False) in by_start(qs)
    assert ("Anggarannya sudah kami siapkan", "Ade Kuswara", True) in by_start(qs)
    assert all("Air masuk" not in q["text"] or "Bupati" not in q["text"] for q in qs)


# ------------------------------------------------------------------ reported speech


def test_reported_speech_with_time_adjunct_and_bahwa(nlp):
    text = "Juru bicara keamanan nasional Gedung Putih, John Kirby, mengatakan pekan lalu bahwa AS khawatir negosiasi senjata kedua negara berjalan aktif."
    [q] = find(nlp, text)
    assert q == {**q, "text": "AS khawatir negosiasi senjata kedua negara berjalan aktif", "speaker": "John Kirby", "direct": False}


def test_reported_speech_adjunct_before_comma(nlp):
    text = "Juru bicara Gedung Putih John Kirby mengatakan pada 30 Agustus, Negeri Paman Sam prihatin dengan kemajuan pembicaraan senjata."
    [q] = find(nlp, text)
    assert q["text"].startswith("Negeri Paman Sam prihatin") and q["speaker"] == "John Kirby"


@pytest.mark.parametrize("verb", ["menyatakan", "menilai", "menegaskan", "meyakini", "mengaku"])
def test_reported_verbs(nlp, verb):
    text = f"Ekonom Universitas Indonesia Faisal Basri {verb} kenaikan harga BBM akan menekan daya beli masyarakat."
    [q] = find(nlp, text)
    assert q["speaker"] == "Faisal Basri" and q["cue"] == verb and not q["direct"]
    assert q["text"] == "kenaikan harga BBM akan menekan daya beli masyarakat"


def test_unnamed_and_collective_speakers_keep_the_article_phrase(nlp):
    text = (
        "Seorang pejabat Amerika Serikat (AS) yang berbicara dengan syarat anonim mengatakan Kim akan bertemu Putin di Vladivostok. "
        "Para analis meyakini Putin akan meminta pasokan artileri. "
        "AS, Inggris, Korea Selatan dan Jepang mengatakan bahwa setiap kesepakatan senjata melanggar resolusi PBB."
    )
    assert [q["speaker"] for q in find(nlp, text)] == ["pejabat Amerika Serikat", "Para analis", "AS, Inggris, Korea Selatan dan Jepang"]


def test_acronym_speaker_spelled_out_from_the_article(nlp):
    text = "Amerika Serikat (AS) mencermati pengiriman senjata itu. AS sebelumnya telah memperingatkan bahwa Korea Utara dapat memasok lebih banyak amunisi."
    [q] = find(nlp, text)
    assert q["speaker"] == "Amerika Serikat"


def test_menurut_before_and_after(nlp):
    text = (
        "Menurut Badan Meteorologi, Klimatologi, dan Geofisika, hujan lebat masih akan turun hingga akhir pekan. "
        "Kim berangkat dengan kereta lapis baja dari Pyongyang pada hari Minggu, menurut Kantor Berita Pusat Korea Utara (KCNA), yang dikelola pemerintah."
    )
    qs = find(nlp, text)
    assert qs[1]["text"] == "Kim berangkat dengan kereta lapis baja dari Pyongyang pada hari Minggu"
    assert qs[1]["speaker"] == "Kantor Berita Pusat Korea Utara"


def test_menurut_with_a_name(nlp):
    text = "Menurut Ngatiyana, jumlah penerangan di kota Cimahi secara keseluruhan belum ideal."
    [q] = find(nlp, text)
    assert q["speaker"] == "Ngatiyana" and q["text"].startswith("jumlah penerangan")


def test_attribution_after_a_clause_without_quotation_marks(nlp):
    text = "Sementara Kim berharap, Moskow akan membalasnya dengan teknologi satelit, kata para pejabat kepada New York Times."
    [q] = find(nlp, text)
    assert q["speaker"] == "para pejabat" and q["text"].startswith("Sementara Kim berharap")


def test_embedded_fragment_in_reported_speech_is_not_direct(nlp):
    text = 'Wakil Presiden AS Kamala Harris menegaskan bahwa dukungan militer Korea Utara untuk Rusia adalah "kesalahan besar".'
    [q] = find(nlp, text)
    assert q["speaker"] == "Kamala Harris" and q["direct"] is False
    assert q["text"].startswith("dukungan militer Korea Utara")


def test_coordinated_verb_takes_the_first_subject(nlp):
    text = "Sebuah pernyataan di situs resmi Kremlin pada hari Senin mengonfirmasi kunjungan itu, dan mengatakan bahwa Kim datang atas undangan Putin."
    [q] = find(nlp, text)
    assert q["speaker"] == "Kremlin" and q["text"].startswith("Kim datang atas undangan")


def test_statement_credited_to_news_organisations(nlp):
    text = (
        "Kemungkinan besar Kim akan naik kereta lapis baja ke Vladivostok, lapor The New York Times.\n\n"
        "Pertemuan itu akan digelar di sela forum ekonomi, melansir The National News dari The New York Times.\n\n"
        "Melansir Reuters, harga minyak mentah naik dua persen pada perdagangan Senin."
    )
    qs = find(nlp, text)
    assert [q["speaker"] for q in qs] == ["The New York Times", "The New York Times", "Reuters"]
    assert qs[2]["text"].startswith("harga minyak mentah naik")


# ------------------------------------------------------------------ not quotes


def test_unattributed_statements_are_not_quotes(nlp):
    text = (
        "Korea Utara dilaporkan menjadi pemasok amunisi penting bagi Rusia. "
        "Rusia diyakini telah memberikan bantuan teknologi satelit. "
        "Sebelumnya ada yang mengatakan bahwa pertemuan itu bisa berlangsung hari Rabu. "
        "Ada juga kabar yang menyebutkan, bahwa kedua pemimpin akan menghadiri forum ekonomi. "
        'Lagu "Indonesia Raya" dinyanyikan di awal acara.'
    )
    assert find(nlp, text) == []


def test_common_noun_at_sentence_start_is_not_a_speaker(nlp):
    text = "Legenda lokal menyebutkan gua itu dulu menjadi tempat berlindung hewan. Hari ini, astrologi akan menyampaikan pesan penting bagi setiap zodiak."
    assert find(nlp, text) == []


def test_pronoun_with_no_speaker_before_is_dropped(nlp):
    assert find(nlp, '"Kami akan menang di laga ini," katanya.') == []


def test_empty_and_odd_text_does_not_crash(nlp):
    for text in ["", '"', "“", '""', "kata", ', kata "', '"A," kata B. "' * 50, "\n\n".join(['"x'] * 30)]:
        find(nlp, text)


# ------------------------------------------------------------------ entities


def test_speaker_resolved_to_an_entity(nlp):
    text = "Juru bicara Dewan Keamanan Nasional AS Adrienne Watson mengatakan diskusi senjata itu terus berlanjut.\n\n“Kami punya informasi soal itu,” kata Watson."
    start = text.index("Adrienne")
    second = text.index("Watson.")
    entities = [
        {
            "id": "e1",
            "name": "Adrienne Watson",
            "type": "PER",
            "mentions": [
                {"text": "Adrienne Watson", "start": start, "end": start + 15},
                {"text": "Watson", "start": second, "end": second + 6},
            ],
        },
        {
            "id": "e2",
            "name": "Amerika Serikat",
            "type": "LOC",
            "mentions": [{"text": "AS", "start": text.index("AS"), "end": text.index("AS") + 2}],
        },
    ]
    qs = find(nlp, text, entities)
    assert [(q["speaker"], q["speaker_entity"]) for q in qs] == [("Adrienne Watson", "e1"), ("Adrienne Watson", "e1")]


def test_entity_inside_a_phrase_speaker_does_not_replace_it(nlp):
    text = "Para analis dan pejabat Amerika Serikat meyakini pertemuan itu bisa menjadi kesempatan bagi Rusia."
    s = text.index("Amerika")
    entities = [
        {"id": "e9", "name": "Amerika Serikat", "type": "LOC", "mentions": [{"text": "Amerika Serikat", "start": s, "end": s + 15}]}
    ]
    [q] = find(nlp, text, entities)
    assert q["speaker"] == "Para analis dan pejabat Amerika Serikat" and q["speaker_entity"] is None


def test_surname_speaker_links_to_the_entity_with_that_surname(nlp):
    text = 'Menteri Pertahanan Sergei Shoigu mengunjungi Pyongyang.\n\n"Mengapa tidak, mereka adalah tetangga kita," kata Menhan Shoigu.'
    entities = [{"id": "p3", "name": "Sergei Shoigu", "type": "PER", "mentions": [{"text": "Sergei Shoigu", "start": 19, "end": 32}]}]
    [q] = find(nlp, text, entities)
    assert (q["speaker"], q["speaker_entity"]) == ("Sergei Shoigu", "p3")


# ------------------------------------------------------------------ the seeds


def test_seed_figures(shared, analyzer):
    """quote_f1 >= 0.80, quote.speaker_f1 >= 0.75, citation_f1 >= 0.85 on the dev seeds (issue 3)."""
    score = load_script("score", shared / "eval" / "score.py")
    analysis = json.loads(json.dumps(analyzer.analyze([shared / "seeds"])))
    fig = score.score(shared / "eval" / "dev", analysis)
    assert fig["quote_f1"] >= 0.80
    assert fig["quote.speaker_f1"] >= 0.75
    assert fig["citation_f1"] >= 0.85


# ------------------------------------------------------------------ generalisation (held-out errors)


def entity(eid: str, name: str, typ: str, text: str, *forms: str) -> dict:
    """An entity of ``doc._.entities`` with a mention for every occurrence of each form in ``text``."""
    mentions = []
    for form in forms or (name,):
        pos = text.find(form)
        while pos >= 0:
            mentions.append({"text": form, "start": pos, "end": pos + len(form)})
            pos = text.find(form, pos + 1)
    return {"id": eid, "name": name, "type": typ, "mentions": mentions}


@pytest.mark.parametrize(
    "title_and_name, place, person",
    [
        ("Bupati Klaten Sri Mulyono", "Klaten", "Sri Mulyono"),
        ("Wali Kota Surabaya Eri Cahyadi", "Kota Surabaya", "Eri Cahyadi"),
        ("CEO Microsoft Satya Nadella", "Microsoft", "Satya Nadella"),
    ],
)
def test_a_place_or_company_between_title_and_name_is_not_part_of_the_name(nlp, title_and_name, place, person):
    text = f'"Anggaran untuk program ini sudah kami siapkan sejak awal tahun," kata {title_and_name} di Jakarta.'
    ents = [entity("l1", place, "ORG" if place == "Microsoft" else "LOC", text), entity("p1", person, "PER", text)]
    [q] = find(nlp, text, ents)
    assert q["speaker"] == person


def test_an_organisation_entity_that_swallowed_a_rank_does_not_replace_the_name(nlp):
    # the NER may read "Sleman AKBP Yuswanto Ardi" as one organisation; the person is "Yuswanto Ardi"
    text = '"Tersangka sudah kami tahan sejak kemarin malam," ujar Kapolres Sleman AKBP Yuswanto Ardi.'
    ents = [entity("o1", "Sleman AKBP Yuswanto Ardi", "ORG", text)]
    [q] = find(nlp, text, ents)
    assert q["speaker"] == "Yuswanto Ardi"


def test_a_pronoun_takes_the_person_who_became_the_subject_since_the_last_quote(nlp):
    text = (
        '"Harga gabah sudah stabil sejak awal bulan," kata Kepala Dinas Pertanian Lestari Wulandari.\n\n'
        "Sementara itu, Sri Mulyono yang baru tiba dari Semarang meninjau gudang beras di Pedan. "
        "Ia mengatakan stok beras cukup hingga akhir tahun.\n\n"
        '"Petani tidak perlu khawatir soal pupuk," imbuh dia.'
    )
    ents = [entity("p1", "Lestari Wulandari", "PER", text), entity("p2", "Sri Mulyono", "PER", text)]
    assert [q["speaker"] for q in find(nlp, text, ents)] == ["Lestari Wulandari", "Sri Mulyono", "Sri Mulyono"]


def test_menurutnya_after_a_sentence_about_someone_else(nlp):
    text = (
        '"Kami bermain buruk di babak kedua," ujar pelatih tim tamu, Hendra Wijaya.\n\n'
        "Kapten tuan rumah, Arif Budiman, mempersembahkan golnya untuk para suporter. "
        "Menurutnya, dukungan penonton membuat tim tampil lebih percaya diri."
    )
    ents = [entity("p1", "Hendra Wijaya", "PER", text), entity("p2", "Arif Budiman", "PER", text)]
    assert [q["speaker"] for q in find(nlp, text, ents)] == ["Hendra Wijaya", "Arif Budiman"]


def test_a_pronoun_stays_with_the_last_speaker_when_no_one_else_became_the_subject(nlp):
    text = '"Kami terus memantau harga gabah," kata Lestari Wulandari. Ia menambahkan, petani akan menerima pupuk pekan depan.'
    ents = [entity("p1", "Lestari Wulandari", "PER", text)]
    assert [q["speaker"] for q in find(nlp, text, ents)] == ["Lestari Wulandari", "Lestari Wulandari"]


def test_subjects_inside_reported_speech_do_not_take_the_pronoun(nlp):
    # the sentence after "X menjelaskan, ..." goes on with X's account: its subject is not a new speaker
    text = (
        "Menteri Koperasi Anton Wibisono menjelaskan, pembiayaan itu merupakan langkah biasa. "
        "Terlebih, Rudi Hartanto sudah melunasi pinjaman sebelumnya.\n\n"
        '"Kami harus menghargai setiap keputusan koperasi," kata dia.'
    )
    ents = [entity("p1", "Anton Wibisono", "PER", text), entity("p2", "Rudi Hartanto", "PER", text)]
    assert [q["speaker"] for q in find(nlp, text, ents)] == ["Anton Wibisono", "Anton Wibisono"]


def test_a_description_with_itu_refers_back_to_the_speaker(nlp):
    text = (
        '"Kami kalah karena kurang fokus," kata pelatih Persikab, Gilbert Santana. '
        "Pelatih asal Brasil itu mengatakan timnya akan berbenah sebelum laga berikutnya."
    )
    qs = find(nlp, text)
    assert [q["speaker"] for q in qs] == ["Gilbert Santana", "Gilbert Santana"]
    assert qs[1]["text"].startswith("timnya akan berbenah")


@pytest.mark.parametrize("age", ["(45)", "(52 tahun)"])
def test_an_age_in_brackets_after_the_name(nlp, age):
    text = f'Seorang warga, Rusmini {age}, mengaku rumahnya terendam sejak Jumat malam. "Air naik cepat sekali," katanya.'
    qs = find(nlp, text)
    assert [(q["speaker"], q["direct"]) for q in qs] == [("Rusmini", False), ("Rusmini", True)]
    assert qs[0]["text"] == "rumahnya terendam sejak Jumat malam"


def test_the_name_in_apposition_after_an_unnamed_speaker(nlp):
    text = '"Bangunan bergoyang keras sekali, saya kira atapnya runtuh," kata seorang warga Cebu, Maria Reyes, kepada AFP.'
    [q] = find(nlp, text)
    assert q["speaker"] == "Maria Reyes"


def test_a_day_after_an_unnamed_speaker_is_not_a_name(nlp):
    text = '"Situasi di perbatasan sudah kembali terkendali," kata para pejabat, Senin.'
    [q] = find(nlp, text)
    assert q["speaker"] == "para pejabat"


def test_a_name_before_the_title_and_company(nlp):
    text = "Timotius Hartono, Direktur Pemasaran PT Bukit Indah Tbk, mengatakan penjualan rumah naik 12 persen."
    [q] = find(nlp, text)
    assert q["speaker"] == "Timotius Hartono"


def test_a_quote_split_by_its_speech_verb_is_two_quotes_of_one_speaker(nlp):
    text = (
        '"Pemerintah tidak akan menaikkan harga solar tahun ini," tutur Menteri Energi Haryo Seno, '
        '"kecuali harga minyak dunia melonjak tajam."'
    )
    qs = find(nlp, text)
    assert [(q["speaker"], q["direct"]) for q in qs] == [("Haryo Seno", True), ("Haryo Seno", True)]
    assert qs[1]["text"].startswith("kecuali harga minyak")


@pytest.mark.parametrize("cue", ["menurut data", "berdasarkan data", "berdasarkan catatan"])
def test_statements_credited_to_an_agencys_data(nlp, cue):
    text = f"Sebanyak 120 rumah rusak akibat gempa di Cianjur, {cue} Badan Penanggulangan Bencana Daerah (BPBD)."
    [q] = find(nlp, text)
    assert q["speaker"] == "Badan Penanggulangan Bencana Daerah" and q["direct"] is False
    assert q["text"].startswith("Sebanyak 120 rumah rusak")


def test_a_company_whose_name_starts_with_data(nlp):
    text = "Menurut Data Nusantara Research, pasar kendaraan listrik tumbuh 20 persen tahun ini."
    [q] = find(nlp, text)
    assert q["speaker"] == "Data Nusantara Research"


@pytest.mark.parametrize(
    "verb, content",
    [
        ("mengimbau", "warga di bantaran sungai tetap waspada"),
        ("memastikan", "tidak ada korban jiwa dalam kebakaran itu"),
        ("mengakui", "timnya kehilangan konsentrasi di babak kedua"),
        ("mengingatkan", "pengendara agar tidak melintas saat hujan deras"),
        ("mengutarakan", "keinginannya untuk kembali melatih tim nasional"),
    ],
)
def test_reported_speech_verbs(nlp, verb, content):
    text = f"Kepala Kepolisian Resor Bogor Rahmat Hidayat {verb} {content}."
    [q] = find(nlp, text)
    assert q["speaker"] == "Rahmat Hidayat" and q["text"] == content and not q["direct"]


@pytest.mark.parametrize("verb", ["membenarkan", "menepis"])
def test_verbs_that_report_only_before_bahwa(nlp, verb):
    assert find(nlp, f"Juru bicara klub Dedi Kurnia {verb} kabar kepindahan pemain itu.") == []
    [q] = find(nlp, f"Juru bicara klub Dedi Kurnia {verb} bahwa pemain itu sudah menandatangani kontrak baru.")
    assert q["speaker"] == "Dedi Kurnia" and q["text"].startswith("pemain itu sudah")


@pytest.mark.parametrize("verb", ["jawab", "sergah", "seloroh", "keluh", "pinta"])
def test_verbs_after_a_direct_quote(nlp, verb):
    text = f'"Belum ada keputusan soal itu, kami masih menunggu rapat," {verb} Ketua Panitia Wahyu Hidayat.'
    [q] = find(nlp, text)
    assert q["speaker"] == "Wahyu Hidayat" and q["cue"] == verb


def test_a_passive_verb_at_the_sentence_start_is_not_part_of_the_name(nlp):
    text = 'Diketahui Yosef Brandt mengatakan bahwa pasukan itu sudah kelelahan. "Kami kehabisan tenaga," ujarnya.'
    assert [q["speaker"] for q in find(nlp, text)] == ["Yosef Brandt", "Yosef Brandt"]


def test_a_plain_object_after_a_speech_verb_is_not_reported_speech(nlp):
    assert find(nlp, "Persikab memastikan tempat di babak final setelah menang 2-0 atas tim tamu.") == []
    [q] = find(nlp, "Polda Metro Jaya memastikan tidak ada korban jiwa dalam kebakaran itu.")
    assert q["speaker"] == "Polda Metro Jaya"


def test_an_acronym_typed_as_a_person_does_not_take_the_pronoun(nlp):
    text = (
        '"Truk kelebihan muatan merusak jalan nasional," kata peneliti Dwi Handoko.\n\n'
        "Truk ODOL juga memperlemah daya saing.\n\n"
        '"Penertiban harus dimulai dari karoseri," katanya.'
    )
    ents = [entity("p1", "Dwi Handoko", "PER", text), entity("p2", "Zero ODOL", "PER", text, "ODOL", "Zero ODOL")]
    assert [q["speaker"] for q in find(nlp, text, ents)] == ["Dwi Handoko", "Dwi Handoko"]


def test_the_degrees_after_a_name_are_not_the_speaker(nlp):
    # a doctor's or professor's degrees come between the name and the verb: the name speaks, and "Sp." and
    # "Ph." end no sentence
    text = (
        "Dokter spesialis anak, dr. Citra Amelinda, Sp.A, M.Kes mengatakan, anak perlu tidur cukup setiap malam. "
        "Guru Besar Hukum Internasional, Prof. Hikmahanto Juwana, S.H., LL.M., Ph.D. menilai, langkah pemerintah sudah tepat. "
        "Dokter spesialis ginjal, dr. Decsa Hertanto, Sp.PD-KGH mengatakan, pasien perlu banyak minum air putih."
    )
    assert [(q["speaker"], q["text"][:20]) for q in find(nlp, text)] == [
        ("Citra Amelinda", "anak perlu tidur cuk"),
        ("Hikmahanto Juwana", "langkah pemerintah s"),
        ("Decsa Hertanto", "pasien perlu banyak "),
    ]


# ------------------------------------------------------------------ the component


def quotes_of(nlp: Language, quote: quotes.QuoteFinder, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    doc._.entities = []
    doc = quote(finders(nlp)[0](doc))
    return [(q.text, q.speaker) for q in doc._.quotes]


SHORT = "Stok aman, kata Kepala Dinas Perdagangan Budi Santoso."


def test_the_shortest_quote_is_a_setting(nlp):
    assert quotes_of(nlp, finders(nlp)[1], SHORT) == []
    assert quotes_of(nlp, nlp.create_pipe("telisik_quotes", config={"min_quote_words": 2}), SHORT) == [("Stok aman", "Budi Santoso")]


def test_saved_finder_keeps_its_lexicon_and_settings(nlp, tmp_path):
    nlp.create_pipe("telisik_quotes", config={"min_quote_words": 2}).to_disk(tmp_path / "quotes")
    # files that do not exist: what the restored finder knows comes from the saved data alone
    restored = quotes.QuoteFinder(nlp, speech_verbs="tidak-ada.tsv", quote_words="tidak-ada.tsv").from_disk(tmp_path / "quotes")
    assert restored.settings.min_quote_words == 2
    assert quotes_of(nlp, restored, SHORT) == [("Stok aman", "Budi Santoso")]


def test_quotes_read_the_citations_found_before_them(nlp):
    text = "Kim kemungkinan akan naik kereta lapis baja ke Vladivostok, lapor The New York Times."
    doc = nlp(text)
    doc._.entities = []
    with pytest.raises(ValueError, match="telisik_citations"):
        finders(nlp)[1](doc)
    assert find(nlp, text)[0]["speaker"] == "The New York Times"


def test_pipeline_runs_citations_before_quotes():
    from telisik.nlp.pipeline import build_pipeline

    nlp = build_pipeline()
    assert nlp.pipe_names.index("telisik_citations") < nlp.pipe_names.index("telisik_quotes")
    assert nlp.analyze_pipes()["problems"]["telisik_quotes"] == []


def test_finder_round_trips_through_bytes(nlp):
    data = nlp.create_pipe("telisik_quotes", config={"min_quote_words": 2}).to_bytes()
    restored = quotes.QuoteFinder(nlp, speech_verbs="tidak-ada.tsv").from_bytes(data)
    assert quotes_of(nlp, restored, SHORT) == [("Stok aman", "Budi Santoso")]


# ------------------------------------------------------------------ the parts of the finder, on their own


def test_a_speaker_phrase_names_the_person_after_the_title(nlp):
    from telisik.nlp.quotes.speakers import speaker_from_phrase, split_words

    lex = finders(nlp)[1].lexicon
    phrase = "juru bicara Kremlin Dmitry Peskov"
    speaker = speaker_from_phrase(lex, phrase, split_words(phrase, 0))
    assert speaker is not None and (speaker.name, speaker.kind) == ("Dmitry Peskov", "name")
    assert phrase[speaker.start : speaker.end] == "Dmitry Peskov"
    pronoun = speaker_from_phrase(lex, "dia", split_words("dia", 0))
    assert pronoun is not None and (pronoun.name, pronoun.kind) == (None, "pronoun")


def test_the_subject_before_a_speech_verb_and_the_name_after_one(nlp):
    from telisik.nlp.quotes.speakers import after_speaker, subject_speaker

    lex = finders(nlp)[1].lexicon
    text = "Sementara itu, Menteri Keuangan Sri Mulyani mengatakan anggaran subsidi akan ditambah."
    subject = subject_speaker(lex, text, 0, text.index(" mengatakan"))
    assert subject is not None and subject.name == "Sri Mulyani"
    text = '"Kami siap," kata juru bicara Gedung Putih, John Kirby, kepada wartawan.'
    after = after_speaker(lex, text, text.index("kata") + len("kata"), len(text))
    assert after is not None and after.name == "John Kirby"


def test_a_quote_left_open_runs_on_into_the_next_paragraph():
    from telisik.nlp.quotes.marks import marked_spans, paragraphs

    text = '"Kami akan membangun jalan baru di desa ini.\n\n"Dananya sudah ada," kata Bupati Sleman Kustini.'
    assert paragraphs(text) == [(0, 44), (46, len(text))]
    first, second = marked_spans(text)
    assert (first.closed, first.chain) == (False, 1)
    assert second.closed and text[second.open + 1 : second.close] == "Dananya sudah ada,"


# ------------------------------------------------------------------ forms of real news copy


def test_a_request_with_its_agar_is_reported_from_the_addressee(nlp):
    [q] = find(nlp, "Bupati Kustini Sri Purnomo meminta kepada warga agar tidak membakar sampah di pekarangan.")
    assert (q["speaker"], q["text"], q["direct"]) == ("Kustini Sri Purnomo", "kepada warga agar tidak membakar sampah di pekarangan", False)
    assert find(nlp, "Bupati Kustini Sri Purnomo meminta maaf atas keterlambatan pembangunan jalan itu.") == []


def test_an_order_inside_reported_speech_is_not_a_quote_of_its_own(nlp):
    text = "Bahlil mengatakan Presiden telah menginstruksikan para menteri agar mengawasi tambang itu."
    assert [(q["speaker"], q["text"][:18]) for q in find(nlp, text)] == [("Bahlil", "Presiden telah men")]


def test_hal_itu_disampaikan_hands_the_sentence_before_to_its_speaker(nlp):
    text = (
        "Pemerintah mencabut empat izin usaha pertambangan di Raja Ampat. "
        "Hal itu disampaikan Menteri Sekretaris Negara Prasetyo Hadi di Istana Negara, Selasa."
    )
    [q] = find(nlp, text)
    assert q["speaker"] == "Prasetyo Hadi" and q["text"].startswith("Pemerintah mencabut empat izin")


def test_a_speech_tag_closing_the_sentence_after_the_content(nlp):
    text = "Alia memutuskan kembali ke kampus lebih awal karena alasan pribadi, Berita Harian melaporkan."
    [q] = find(nlp, text)
    assert q["speaker"] == "Berita Harian" and q["text"] == "Alia memutuskan kembali ke kampus lebih awal karena alasan pribadi"


@pytest.mark.parametrize("verb", ["mengonfirmasi", "mengumumkan"])
def test_a_clause_after_a_verb_that_otherwise_needs_bahwa(nlp, verb):
    [q] = find(nlp, f"Kementerian Luar Negeri {verb} tidak ada mahasiswa Indonesia di dalam bus itu.")
    assert q["speaker"] == "Kementerian Luar Negeri" and q["text"].startswith("tidak ada mahasiswa")
    assert find(nlp, f"Kementerian Luar Negeri {verb} kunjungan menteri ke Kuala Lumpur.") == []


def test_a_quoted_paragraph_takes_the_speaker_of_the_quote_after_it(nlp):
    text = (
        '"Total 48 orang terlibat dalam kecelakaan ini," ujar Sabarodzi Nor Ahmad dalam pernyataan resmi.\n\n'
        "Tim penyelamat memotong bagian belakang bus untuk membuat akses.\n\n"
        '"Petugas menstabilkan kondisi korban luka sebelum membawa mereka ke rumah sakit."\n\n'
        '"Semua korban luka mendapat pertolongan pertama di tempat," tambahnya.'
    )
    assert [q["speaker"] for q in find(nlp, text)] == ["Sabarodzi Nor Ahmad"] * 3


def test_court_questions_and_answers(nlp):
    text = '"Apakah saudara mengenal terdakwa sejak lama?" tanya jaksa.\n\n"Saya mengenalnya sejak kuliah," jawab saksi.'
    assert [(q["speaker"], q["cue"]) for q in find(nlp, text)] == [("jaksa", "tanya"), ("saksi", "jawab")]


def test_speakers_named_by_what_they_are_and_broadcasters_by_their_name(nlp):
    [q] = find(nlp, "Kepolisian setempat mengatakan operasi masih berlangsung di sekitar sekolah.")
    assert q["speaker"] == "Kepolisian setempat"
    [q] = find(nlp, "Penyiar publik Austria ORF melaporkan bahwa pelaku adalah mantan siswa sekolah itu.")
    assert q["speaker"] == "ORF"


def test_a_statement_closed_by_demikian_dilansir(nlp):
    [q] = find(nlp, "Beberapa siswa dan guru dikatakan mengalami luka serius, demikian dilansir RT.")
    assert q["speaker"] == "RT" and q["text"] == "Beberapa siswa dan guru dikatakan mengalami luka serius"


def test_an_ordinal_opening_a_list_is_not_a_speaker(nlp):
    assert [q["speaker"] for q in find(nlp, "Pertama, meminta agar pemerintah kota membayar gaji ke-13 guru honorer.")] == []


def test_a_pronoun_after_a_news_report_is_the_person_it_reports_on(nlp):
    text = (
        "Aminah, seorang mahasiswa tahun pertama, memutuskan kembali ke kampus lebih awal, Berita Harian melaporkan. "
        '"Saya seharusnya ada di bus itu," katanya.'
    )
    person = {"id": "e1", "name": "Aminah", "type": "PER", "mentions": [{"text": "Aminah", "start": 0, "end": 6}]}
    start = text.index("Berita Harian")
    media = {"id": "e2", "name": "Berita Harian", "type": "ORG", "mentions": [{"text": "Berita Harian", "start": start, "end": start + 13}]}
    report, said = find(nlp, text, [person, media])
    assert report["speaker"] == "Berita Harian"
    assert said["speaker"] == "Aminah" and said["text"] == "Saya seharusnya ada di bus itu"


# ------------------------------------------------------------------ the speaker's own name, not its description


def test_a_field_written_small_between_title_and_name_is_no_part_of_the_name(nlp):
    text = (
        "Menanggapi hal ini, pengamat kebijakan publik Hendra Wibisono mengatakan, keputusan itu menunjukkan dukungan "
        "pemerintah terhadap industri tekstil."
    )
    [q] = find(nlp, text)
    assert q["speaker"] == "Hendra Wibisono"


def test_a_role_towards_someone_else_keeps_its_description(nlp):
    text = "Keluarga korban Budi Santoso mengatakan, mereka belum menerima penjelasan dari pihak rumah sakit."
    qs = find(nlp, text)
    assert all(q["speaker"] != "Budi Santoso" for q in qs)


def test_an_office_named_before_the_comma_gives_way_to_the_full_name_after_it(nlp):
    text = (
        "“Kapasitas tempat duduk naik dari 530 menjadi 848 kursi,” kata Manajer Humas KAI Divre II Padang, "
        "Reza Mahendra Putra melalui keterangan tertulis, Sabtu (14/6/2025)."
    )
    [q] = find(nlp, text)
    assert q["speaker"] == "Reza Mahendra Putra"
    # one word after the comma is a day or a place, not the speaker
    [q] = find(nlp, "“Kami siap melayani pemudik,” kata Direktur Utama PT KAI Didiek Hartantyo, Senin.")
    assert q["speaker"] == "Didiek Hartantyo"


def test_an_honorific_or_an_initial_with_its_full_stop_does_not_end_the_speaker(nlp):
    [q] = find(nlp, '"Bantuan ini untuk warga yang terdampak banjir," tegas Ny. Ratna Sari Dewi di Padang.')
    assert q["speaker"] == "Ratna Sari Dewi"
    [q] = find(nlp, '"Belum ada bukti keterlibatan awak kabin," ujar Direktur Niaga Maskapai Nusantara, Arief R. Santosa.')
    assert q["speaker"] == "Arief R. Santosa"


def test_a_role_alone_is_the_one_person_the_article_names_with_it(nlp):
    def person(eid: str, name: str, text: str) -> dict:
        at = text.index(name)
        return {"id": eid, "name": name, "type": "PER", "mentions": [{"text": name, "start": at, "end": at + len(name)}]}

    text = (
        "Jaksa KPK Wawan Yunarwanto lalu bertanya kepada saksi meringankan Cecep Hidayat. "
        '"Provider dalam negeri nomornya itu ya?" tanya jaksa. "Tahun kemarin itu kapan?" tanya jaksa lagi.'
    )
    entities = [person("e1", "Wawan Yunarwanto", text), person("e2", "Cecep Hidayat", text)]
    assert [q["speaker"] for q in find(nlp, text, entities)] == ["Wawan Yunarwanto", "Wawan Yunarwanto"]
    # two prosecutors named: the role alone names neither
    two = text.replace("saksi meringankan Cecep Hidayat", "jaksa Andi Wijaya")
    qs = find(nlp, two, [person("e1", "Wawan Yunarwanto", two), person("e3", "Andi Wijaya", two)])
    assert qs and all(q["speaker"] == "jaksa" for q in qs)
