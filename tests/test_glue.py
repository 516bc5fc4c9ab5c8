"""The glued-word splitter (telisik.pages.glue) on small written fixtures."""

from __future__ import annotations

import csv
from pathlib import Path
from types import ModuleType

import pytest

from script_loader import load_script
from telisik.pages import glue
from telisik.pages.glue import glue_splitter
from telisik.pages.glue_lexicon import Derivation

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def splitter():  # type: ignore[no-untyped-def]
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        ("Berita ini dilansirAntara, Senin.", "Berita ini dilansir Antara, Senin."),
        ("Hal itu disampaikan kepadaTempo di Jakarta.", "Hal itu disampaikan kepada Tempo di Jakarta."),
        ("Presiden ASDonald Trump berbicara.", "Presiden AS Donald Trump berbicara."),
        ("pihak berwenangMalaysiaseperti dikutip dariXinhua", "pihak berwenang Malaysia seperti dikutip dari Xinhua"),
        ("Serangan udara Israelyang terjadi semalam", "Serangan udara Israel yang terjadi semalam"),
        ("Anwar Ibrahimtelah bertemu", "Anwar Ibrahim telah bertemu"),
        ("Liputan6.com, JakartaHarga minyak naik", "Liputan6.com, Jakarta Harga minyak naik"),
        ("Anggaran APBNlewat dana desa", "Anggaran APBN lewat dana desa"),
        ("Penyidik KPKmenetapkan tersangka", "Penyidik KPK menetapkan tersangka"),
        ("kata KetuaDPRDJabar kemarin", "kata Ketua DPRD Jabar kemarin"),
        ("dipesan lewatWhatsAppkemarin", "dipesan lewat WhatsApp kemarin"),
        ("dikutip dariAntara,Jumat", "dikutip dari Antara, Jumat"),
        # a bracketed age or date glued to the word before it
        ("Dedi langsung menemui Irwansyah(51), warga Tambun.", "Dedi langsung menemui Irwansyah (51), warga Tambun."),
        ('"Kami sudah di lokasi," ujar Alfret, Jumat(20/6/2025).', '"Kami sudah di lokasi," ujar Alfret, Jumat (20/6/2025).'),
        ("seperti dikutip olehLiputan6.compada Senin", "seperti dikutip oleh Liputan6.com pada Senin"),
        ("final 2025di Stadion", "final 2025 di Stadion"),
        # an unseen word before a function word, common words glued in small letters
        ("Obat itu mengandung ketorolakyang berbahaya.", "Obat itu mengandung ketorolak yang berbahaya."),
        ("harga minyakgoreng dan sepatubaru naik", "harga minyak goreng dan sepatu baru naik"),
        # a common word starting a sentence before a new name; a rare long name before a common word
        ("MelansirGizmodo, Senin, ponsel itu dirilis.", "Melansir Gizmodo, Senin, ponsel itu dirilis."),
        ("Komisaris: Rudy WirjosoedirdjoDirektur: Sari", "Komisaris: Rudy Wirjosoedirdjo Direktur: Sari"),
        # a name before "punya": "pu" is no word, so the -nya is not the name's own
        ("rakyat Acehpunya hak", "rakyat Aceh punya hak"),
        # English words news seldom writes, known from wordfreq ("anxiety", "fraud")
        ("Dia merasa anxietysaat ujian.", "Dia merasa anxiety saat ujian."),
        ("upaya mencegahfraud di bank", "upaya mencegah fraud di bank"),
        # a capitalised function word heads a sentence glued to the next word
        ("Inipenjelasan lengkapnya.", "Ini penjelasan lengkapnya."),
        # an Indonesian word or name glued to an English one is glue, not a brand
        ("Rubrik Tim LifestyleDokter menjawab", "Rubrik Tim Lifestyle Dokter menjawab"),
        # "di", "ke" after a name that seldom starts a longer one
        ("Pasukan Israelke perbatasan.", "Pasukan Israel ke perbatasan."),
        ("Pelatih Guardioladi final.", "Pelatih Guardiola di final."),
        # a frequent name before a new name; a known name before a long, less frequent word
        ("Warga BandungKresnadi datang", "Warga Bandung Kresnadi datang"),
        ("Pemkot Semarangmencanangkan program", "Pemkot Semarang mencanangkan program"),
        # a prefix that is also a word: ending a run, or "para" heading three glued words
        ("Kami butuhwaktuekstra.", "Kami butuh waktu ekstra."),
        ("Parapetaniyang mogok", "Para petani yang mogok"),
        # a derived word the table lacks, read from its stem ("getar", "remaja"), before a known word
        ("Kaca jendela digetarkanangin kencang.", "Kaca jendela digetarkan angin kencang."),
        ("Warga meremajakantaman kota.", "Warga meremajakan taman kota."),
        # no derived word from an English word ("graduated|an") or a function word ("ke|yang")
        ("Ia fresh graduatedan belum bekerja.", "Ia fresh graduate dan belum bekerja."),
        ("video deepfakeyang beredar", "video deepfake yang beredar"),
        # an unseen name before a long frequent word; an unseen word after a long or a function word
        ("Penjualan Zorvikmencapai rekor", "Penjualan Zorvik mencapai rekor"),
        ("Ia menggunakanspidol merah.", "Ia menggunakan spidol merah."),
        ("soal pengalamanscrollingdan belanja", "soal pengalaman scrolling dan belanja"),
        # a rare word or name before a frequent name
        ("petugas MapolresSukabumi datang", "petugas Mapolres Sukabumi datang"),
        ("pelatih BrentfordThomas Frank", "pelatih Brentford Thomas Frank"),
        # an option or a chord letter after a capitalised word; a word after an apostrophe's ending
        ("Jawaban: kitab ZaburB.", "Jawaban: kitab Zabur B."),
        ("tema Jum'atBerkah pekan ini", "tema Jum'at Berkah pekan ini"),
        ("pilihan Buku;2. Pena", "pilihan Buku; 2. Pena"),
        # two names glued, English-looking ones too; two rare names; a frequent name after an English word
        ("kata DonaldTrump kepada wartawan", "kata Donald Trump kepada wartawan"),
        ("gol dicetak WiratmajaKusumo", "gol dicetak Wiratmaja Kusumo"),
        ("Usai laga CityLiverpool, pelatih bicara.", "Usai laga City Liverpool, pelatih bicara."),
        # capitals then "di"; an unknown acronym before a frequent name; a group's letter before a word
        ("para pelaku UMKMdi desa", "para pelaku UMKM di desa"),
        ("program KJMPIndonesia berjalan", "program KJMP Indonesia berjalan"),
        ("lolos ke Grup GPiala Dunia", "lolos ke Grup G Piala Dunia"),
        # a headline's lead in capitals glued to the next word or name
        ("PERSOALANkeabadian menjadi tema", "PERSOALAN keabadian menjadi tema"),
        ("JOKOWidodo hadir", "JOKO Widodo hadir"),
        # three-letter words news writes alone; a rare long word after a name
        ("pemegang hakmerek dan ia lakukantes", "pemegang hak merek dan ia lakukan tes"),
        ("Militer Israelmenamakan operasi itu", "Militer Israel menamakan operasi itu"),
        # an unseen name before a closed-class word ending the run
        ("ponsel Velorixatau tablet", "ponsel Velorix atau tablet"),
        ("Sifat Ekstrovertadalah bawaan", "Sifat Ekstrovert adalah bawaan"),
        # an unseen word after a long known word
        ("Ia memasang sebuahdashcam di mobil.", "Ia memasang sebuah dashcam di mobil."),
        # "di", "ke" after a known small-letter word
        ("warga ziarahke makam, faktur fiktifdi kantor", "warga ziarah ke makam, faktur fiktif di kantor"),
        # a sentence glued to the next that starts with a two-letter word
        ("Tugas itu berat sekali.Ia tetap bekerja.", "Tugas itu berat sekali. Ia tetap bekerja."),
        # ... or with a rare word or a new name after a small-letter word
        ("Laga berakhir imbang.Zorvik mencetak gol.", "Laga berakhir imbang. Zorvik mencetak gol."),
        # an English word news seldom writes (wordfreq's English figure) glued to an Indonesian one
        ("Program itu fokus pada wellnessdan kebugaran.", "Program itu fokus pada wellness dan kebugaran."),
        ("Warga memakai jaket hoodiesaat hujan.", "Warga memakai jaket hoodie saat hujan."),
        # a frequent name before a long word with -nya; a known acronym or name before a new name
        ("Klub Liverpoolkabarnya mengincar bek muda.", "Klub Liverpool kabarnya mengincar bek muda."),
        ("kata CEOTokonusa, Andi, kepada wartawan", "kata CEO Tokonusa, Andi, kepada wartawan"),
        ("proyek BendunganWalasari selesai tahun ini", "proyek Bendungan Walasari selesai tahun ini"),
        # a common word starting a sentence is read as a small-letter run, not as a name
        ("Strategicopingyang tepat membantu siswa.", "Strategi coping yang tepat membantu siswa."),
        # a frequent name before a capitalised two-letter word; "vs" before a name
        ("BandungDi kota itu hujan turun.", "Bandung Di kota itu hujan turun."),
        ("laga Persib vsPersija malam ini", "laga Persib vs Persija malam ini"),
        # a function word after an acronym takes the acronym's last capital ("AI|dan", not "A Idan")
        ("teknologi AIdan robot", "teknologi AI dan robot"),
        ("saham BRMSini naik", "saham BRMS ini naik"),
        # "di" after a long name seen a few times; a long unseen name before "dan"
        ("kata pelatih Simeonedi Madrid", "kata pelatih Simeone di Madrid"),
        ("keluarga Wattimenawarydan kerabat", "keluarga Wattimenawary dan kerabat"),
        # a name takes no "-lah": a long function word ending in it after an unseen name
        ("survei Kartavoxtelah terbit", "survei Kartavox telah terbit"),
        # small-letter words after a rare head of a word's length
        ("Ia dirangkulpengantin di pelaminan.", "Ia dirangkul pengantin di pelaminan."),
        ("pembagian limpahandagingkurban warga", "pembagian limpahan daging kurban warga"),
        ("gaya dengankepribadianekstrovert itu", "gaya dengan kepribadian ekstrovert itu"),
        # the plural "para" before a frequent noun
        ("Sebanyak parajemaah tiba di Mekkah.", "Sebanyak para jemaah tiba di Mekkah."),
        # a small-letter form the table counts a few times from scraped glue
        ("Banjir terjadi akibaterupsi gunung.", "Banjir terjadi akibat erupsi gunung."),
        # a full stop before capitals, a two-letter opener or a new name after a known one
        ("Ia turun dari kereta.KRL berhenti.", "Ia turun dari kereta. KRL berhenti."),
        ("Cuaca cerah sejak pagi.Ya, tidak hujan.", "Cuaca cerah sejak pagi. Ya, tidak hujan."),
        ("Ia tiba di Gaza.Zorvik menyambutnya.", "Ia tiba di Gaza. Zorvik menyambutnya."),
        # after a bracket's comma or full stop, before a byline's bracket
        ("menurut Badan Pusat Statistik (BPS),Senin lalu", "menurut Badan Pusat Statistik (BPS), Senin lalu"),
        ("layanan itu gratis (promo).Warga senang.", "layanan itu gratis (promo). Warga senang."),
        ("Pertandingan selesai.(Andi/Budi)", "Pertandingan selesai. (Andi/Budi)"),
        # a field's label before a colon; a verb after an unseen name ("-kontra" is no verb of "Manches")
        ("Penulis: Dimas PrasetyaEditor: Rina", "Penulis: Dimas Prasetya Editor: Rina"),
        ("Pelatih Vantorekmemaparkan strategi", "Pelatih Vantorek memaparkan strategi"),
        # quotation marks: a curly one opens or closes by its shape
        ("Ia pulang lebih awal.“Saya lelah,”katanya.", "Ia pulang lebih awal. “Saya lelah,” katanya."),
    ],
)
def test_glued_words_are_split(splitter, glued: str, repaired: str) -> None:  # type: ignore[no-untyped-def]
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "kept",
    [
        "Bus TransJakarta dan Partai NasDem",
        "kata KemenKomdigi soal MacGyver",
        "aplikasi YouTube, iPhone, PlayStation dan LinkedIn",
        "gerai McDonald dilaporkan detikNews",
        "Program kesejahteraan dan pemberitahuan diberlakukannya aturan",
        "Warga Sukadi dan Suryadi pergi ke pasar",
        "antarnegara, pascabencana, nonaktif dan kontraproduktif",
        "Ponsel ini punya baterai 5.000 mAh dan daya 65 kW.",
        "Indeks turun 3,5 persen dari 7.100,25",
        # names ending in a function word, derived words that hold one, brands of two words
        "Warung Bu Martini dan Pak Sukadi buka pagi",
        "tim Kasadanya menang",
        "air dipompakan ke sawah, anak itu diajari membaca",
        "pasukan paramiliter dan keramahan warga",
        "dilaporkan FoneArena",
        # confixes around two words
        "ketidakpedulian dan ketidaksetaraan warga",
        # a para- loan; a short unseen name ending like a function word; a capitalised name of words
        "pasukan paramiliter dan tim paramedis",
        "Warga Sumiyartini dan Pak Kalimasada hadir",
        "Desa Kubutambahan dan Bank Mayapada",
        # a rating, a unit, a site with a capital domain; academic titles
        "peringkat idBBB+ dan luas 5 kmÂ² menurut Katalis.AI",
        "Dra. Sari, M.Si dan Budi, S.IP.",
        # brands made of two English words
        "Aplikasi GreenBox, PowerHouse dan SmartHome makin laris",
        # Javanese names ending in "-di" after a name that starts many; an English word starting a
        # brand; English compounds written solid
        "Bu Setyadi dan Pak Suryadi",
        "layanan FreeLinko baru",
        "Micromanagement dan Cyberbullying",
        # a derived word of an unseen stem form, a known word with a bound suffix
        "tim itu mendiskualifikasi pemain dan operasionalisasi program",
        # a long or edition-numbered name, a reverent clitic in capitals, scrape markup
        "Festival BalinaleX dibuka",
        "Tuhan memberiMU rahmatNYA",
        "[bacajuga:Baca juga] berita lain",
        # a brand of an English word and a name; a name ending in a frequent word; a prefix before
        # a word; a word that ends in "dan"; an acronym and a clitic; brands of capitals and a word
        "acara MasterChef dan aplikasi SeaBank",
        "kiper Arrizabalaga tampil",
        "rapat antaranggota koperasi",
        "gaya padupadan busana",
        "data UMKMnya dan CCTVnya",
        "musik KPop dan motor QJMotor",
        # a degree after a name; a site's name written solid
        "guru Rina S.Pd dan dosen Anton M.Si",
        "dicek lewat situs cekfakta.com kemarin",
        # English words written solid that two words spell; a confix around a compound
        "rangka airframe pesawat dan resusitasi cardiopulmonary",
        "Mereka memadupadankan warna agar untungnya dilipatgandakan",
        # code a page shows, a small-letter word before a bracketed number: left as written
        "tulisan <script>alert(1)</script> dan fungsi f(2) di laman itu",
    ],
)
def test_names_words_and_numbers_stay_whole(splitter, kept: str) -> None:  # type: ignore[no-untyped-def]
    assert splitter.splits(kept) == []


@pytest.mark.parametrize(
    "token",
    ["dariAntara", "Antara,Jumat", "2025di", "kata", "Rp5.000", "(WIB)", "a.", "ASDonald", "x", "", "e:HEV", "5G"],
)
def test_the_cheap_test_of_ascii_tokens_matches_the_letter_loop(token: str) -> None:
    assert bool(glue._ASCII_INSIDE.search(token)) == glue._inside_mark(token)


def test_english_compounds_are_the_rare_words_two_known_words_spell() -> None:
    rows = {"track": [50, 0, 0, 0, 0, 10], "suit": [0, 0, 0, 0, 30, 20], "case": [0, 0, 0, 0, 2, 1]}
    compounds = _build_script().english_compounds(["tracksuit", "suitcase", "track"], rows)
    assert compounds == ["tracksuit"]  # "case" is too rare to be cut out; "track" is in the table


def test_only_words_wordfreq_knows_well_make_a_name_a_glued_form() -> None:
    script = _build_script()
    counts = script.Counts()
    counts.wordfreq["israel"] = [2e-5, 1e-5]
    counts.wordfreq["berr"] = [0.0, 4e-8]  # a rare English form, kept only to vouch for June words
    parts = script.glued_form_parts(counts)
    assert script.glued_on_function_word("israelyang", parts, {"yang", "ada"}) == ("israel", "yang")
    assert script.glued_on_function_word("berrada", parts, {"yang", "ada"}) is None
    assert script.glued_on_function_word("berrada", set(counts.wordfreq), {"yang", "ada"}) == ("berr", "ada")


def test_derived_words_are_read_back_to_their_stems() -> None:
    derivation = Derivation((("di", ""), ("meny", "s"), ("mem", "p")), ("kan", "i"))
    assert "sapu" in derivation.stems("menyapukan")
    assert "pukul" in derivation.stems("memukuli")
    assert "getar" in derivation.stems("digetarkan", suffix_length=2, prefixed=True)
    assert "muslimin" not in derivation.stems("muslimini")  # "-i" alone only with a prefix
    assert "setara" not in derivation.stems("setaraan", prefixed=True)


@pytest.mark.parametrize(
    "text",
    [
        "Baca di https://www.contohBerita.com/berita/dariAntara",
        "kirim ke redaksiKami@contoh.co.id hari ini",
        "ikuti @akunResmiKami dan #PilkadaDamaiJakarta",
    ],
)
def test_urls_mails_handles_and_tags_are_never_cut(splitter, text: str) -> None:  # type: ignore[no-untyped-def]
    assert splitter.splits(text) == []


def test_a_verb_is_not_read_out_of_a_known_name(splitter) -> None:  # type: ignore[no-untyped-def]
    # "terkontra" reads as a ter- verb, but "Manches" + "ter" is the name Manchester
    assert "Manches " not in splitter.split("laga ManchesterkontraMan kemarin")


def test_a_straight_quote_opens_or_closes_by_the_paragraph(splitter) -> None:  # type: ignore[no-untyped-def]
    # an opening quote after a full stop, a closing one before a small letter or after a comma
    assert splitter.split('Ia diam."Kami menolak," katanya.') == 'Ia diam. "Kami menolak," katanya.'
    assert splitter.split('menurut lembaga"yang berwenang"') == 'menurut lembaga" yang berwenang"'
    assert splitter.split('"Kami menolak,"kata dia.') == '"Kami menolak," kata dia.'
    assert splitter.split('Ia menulis,"Setelah itu kami pulang."') == 'Ia menulis, "Setelah itu kami pulang."'
    assert splitter.split('"Kami pulang,"Rina menambahkan.') == '"Kami pulang," Rina menambahkan.'
    # a quotation opened earlier in the paragraph is closed by the glued quote
    assert splitter.split('Ia berkata "Kami menolak."Warga pun pulang.') == 'Ia berkata "Kami menolak." Warga pun pulang.'


def test_offsets_are_where_the_space_goes(splitter) -> None:  # type: ignore[no-untyped-def]
    text = "Ia berbicara kepadaRepublikamelalui telepon."
    offsets = splitter.splits(text)
    assert offsets == [text.index("Republika"), text.index("melalui")]
    assert offsets == sorted(offsets)
    assert splitter.split(text) == "Ia berbicara kepada Republika melalui telepon."


def test_no_newlines_are_added_and_text_is_kept(splitter) -> None:  # type: ignore[no-untyped-def]
    text = "JakartaPemerintah menaikkan tarif.\n\nWarga dariBandungmengeluh."
    repaired = splitter.split(text)
    assert repaired.count("\n") == text.count("\n")
    assert repaired.replace(" ", "") == text.replace(" ", "")


def test_empty_and_huge_input(splitter) -> None:  # type: ignore[no-untyped-def]
    assert splitter.splits("") == []
    assert splitter.split("") == ""
    paragraph = "Pemerintah kota menyalurkan bantuan kepada warga terdampak banjir di tiga kecamatan. "
    huge = paragraph * 20_000 + "dilansirAntara"
    offsets = splitter.splits(huge)
    assert offsets == [len(huge) - len("Antara")]
    assert splitter.splits("x" * 200_000) == []


def test_default_is_loaded_once() -> None:
    assert glue_splitter() is glue_splitter()


def _labelled(name: str) -> list[list[str]]:
    lines = [ln for ln in (ROOT / "eval/glue" / name).read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert lines[0].split("\t") == ["stratum", "outlet", "record", "token", "split"]
    return list(csv.reader(lines[1:], delimiter="\t"))


@pytest.mark.parametrize("name", ["dev.tsv", "test.tsv"])
def test_labelled_samples_are_consistent(name: str) -> None:
    rows = _labelled(name)
    assert all(row[4].replace("|", "") == row[3] for row in rows)
    glued = sum("|" in row[4] for row in rows)
    assert glued >= 300 and len(rows) - glued >= 300


def test_test_sample_shares_no_token_with_the_dev_sample() -> None:
    dev = {row[3] for row in _labelled("dev.tsv")}
    assert not dev & {row[3] for row in _labelled("test.tsv")}


def _build_script() -> ModuleType:
    return load_script("build_word_frequencies", ROOT / "scripts/build_word_frequencies.py")


def test_the_table_credits_wordfreq_where_it_has_its_figures() -> None:
    header = [ln for ln in (ROOT / "src/telisik/lang/id/word_frequencies.tsv").open(encoding="utf-8") if ln.startswith("#")]
    credit = "".join(header)
    assert "wordfreq" in credit and "Robyn Speer" in credit and "CC BY-SA 4.0" in credit
    assert "OpenSubtitles" in credit and "SUBTLEX" in credit
    assert "wordfreq" in _build_script().WORDFREQ_CREDIT


def test_a_glued_form_enters_the_table_only_when_written_solid_more_often() -> None:
    june_word = _build_script().june_word
    assert june_word(n_articles=40, n_outlets=4, n_spaced=2)  # a new name made of two words
    assert not june_word(n_articles=15, n_outlets=3, n_spaced=60)  # a name with "dan" glued on
    assert not june_word(n_articles=5, n_outlets=3, n_spaced=1)  # too rare to tell
    assert june_word(n_articles=5, n_outlets=3, n_spaced=None)  # no known word inside
    assert not june_word(n_articles=2, n_outlets=1, n_spaced=None)



@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        ("Pertandingan digelar sore hari. DiJakarta, hujan turun.", "Pertandingan digelar sore hari. Di Jakarta, hujan turun."),
        ("KeBandung rombongan itu berangkat pagi.", "Ke Bandung rombongan itu berangkat pagi."),
        ("Aktor Leonardo DiCaprio hadir di acara itu.", "Aktor Leonardo DiCaprio hadir di acara itu."),
    ],
)
def test_a_sentence_first_preposition_is_cut_only_from_a_frequent_name(splitter, glued: str, repaired: str) -> None:  # type: ignore[no-untyped-def]
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        ("Padukan celana kulot denganmix warna cerah.", "Padukan celana kulot dengan mix warna cerah."),
        ("Gunakan balm sebagailip pelembap alami.", "Gunakan balm sebagai lip pelembap alami."),
        ("Keputusan itu dijalankan dengankan hati-hati.", "Keputusan itu dijalankan dengankan hati-hati."),
    ],
)
def test_a_short_english_word_is_cut_from_a_closed_class_word_only(splitter, glued: str, repaired: str) -> None:  # type: ignore[no-untyped-def]
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a company's legal form glued to its name
        ("Saham PTAutopedia naik, begitu pula InfrastructureTbk kemarin.", "Saham PT Autopedia naik, begitu pula Infrastructure Tbk kemarin."),
        # capitals, then a sentence's first word or a known name
        ("Pengemudi itu ditilang karena DUIBelum ada aturan baru.", "Pengemudi itu ditilang karena DUI Belum ada aturan baru."),
        ("Direktur PPTKAKemnaker hadir, begitu pula tim XYZHabiburokhman.", "Direktur PPTKA Kemnaker hadir, begitu pula tim XYZ Habiburokhman."),
        # a known name before an acronym news writes alone most often ("BrioHR" stays)
        ("Data KemenkesRI dan aplikasi BrioHR dipakai.", "Data Kemenkes RI dan aplikasi BrioHR dipakai."),
        # a long word that is no English word, then an acronym ("visionOS" stays)
        ("Kelima teknisiPT itu diperiksa, sistem visionOS tetap berjalan.", "Kelima teknisi PT itu diperiksa, sistem visionOS tetap berjalan."),
        # a sentence's first word, then a name or a word; clubs of a fixture list
        ("Isu KontroversiFordow kembali mencuat.", "Isu Kontroversi Fordow kembali mencuat."),
        ("Jadwal: PalaceLeeds dan ForestNewcastle digelar Sabtu.", "Jadwal: Palace Leeds dan Forest Newcastle digelar Sabtu."),
    ],
)
def test_case_changes_after_legal_forms_capitals_and_sentence_words_are_cut(splitter, glued: str, repaired: str) -> None:  # type: ignore[no-untyped-def]
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a date in brackets, a number's comma, a number's full stop, then a word
        ("Acara digelar Senin (16/6/2025).Ia hadir bersama istrinya.", "Acara digelar Senin (16/6/2025). Ia hadir bersama istrinya."),
        ("Pelaku (31)ditangkap di rumahnya.", "Pelaku (31) ditangkap di rumahnya."),
        ("Pada Juni 2025,harga cabai naik.", "Pada Juni 2025, harga cabai naik."),
        ("Laga berakhir 2-1.Pelatih itu puas.", "Laga berakhir 2-1. Pelatih itu puas."),
        # capitals, a full stop and a new word; a site's domain glued to the next word
        ("Ia pindah ke PSG.Disinyalir gajinya naik.", "Ia pindah ke PSG. Disinyalir gajinya naik."),
        ("Dikutip dari Tempo.coberjudul laporan khusus.", "Dikutip dari Tempo.co berjudul laporan khusus."),
        ("Hal itu disampaikan kepada Liputan6.comdi Jakarta.", "Hal itu disampaikan kepada Liputan6.com di Jakarta."),
    ],
)
def test_words_glued_after_numbers_stops_and_sites_are_cut(splitter, glued: str, repaired: str) -> None:  # type: ignore[no-untyped-def]
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a known name, then a word names seldom hold ("Padanglawas" stays: "lawas" is mostly a name's word)
        ("Gelandang Juventuspamer trofi, sedangkan warga Padanglawas menonton.", "Gelandang Juventus pamer trofi, sedangkan warga Padanglawas menonton."),
        # a short unseen name, then a function word that ends no name ("Kartini" keeps its "-ini")
        ("Striker Gouwmenjadi andalan tim Ibu Kartini.", "Striker Gouw menjadi andalan tim Ibu Kartini."),
        # an Indonesian word and an English one written solid; an English compound stays ("deepfake")
        ("Pilih desainliquid yang awet, bukan video deepfake.", "Pilih desain liquid yang awet, bukan video deepfake."),
    ],
)
def test_small_letter_words_glued_to_names_and_english_words_are_cut(splitter, glued: str, repaired: str) -> None:  # type: ignore[no-untyped-def]
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "kept",
    [
        # brands and sites written solid: an English word after capitals, a model's name after a full stop
        "mobil ID.Buzz dan motor QJMotor, lihat Kompas.com",
        # a known name before a word that mostly appears inside names
        "Warga Masjidilharam dan Padanglawas",
        # a Javanese name ending in "-dari", a holy name ending in "-yang"
        "Bu Sriwadari dan Sanghyang Widhi",
        # English words that brands take up, after a name
        "layanan FedWatch dan fitur LaneWatch",
    ],
)
def test_brands_and_names_of_words_stay_whole(splitter, kept: str) -> None:  # type: ignore[no-untyped-def]
    assert splitter.splits(kept) == []
