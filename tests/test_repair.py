"""The repair stage for scraped text (pages.repair): each repair made, recorded, and no others."""

from __future__ import annotations

import pytest

from telisik.pages import repair as repair_module
from telisik.pages.assemble import prepare_article
from telisik.pages.dateline import find_dateline
from telisik.pages.repair import RepairedText, repair
from telisik.records import Article, RawDocument

LEAD = (
    "Sebanyak empat narapidana dilaporkan kabur dari rumah tahanan kelas IIB pada Rabu malam, "
    "dan polisi segera membentuk tim gabungan untuk memburu mereka di sekitar kota."
)


@pytest.fixture
def no_glue(monkeypatch):
    """The stage with a glue splitter that splits nothing: the other repairs on their own."""
    monkeypatch.setattr(repair_module, "glue_splitter", lambda: _FixedSplitter({}))


def kinds(repaired: RepairedText) -> list[str]:
    return [r.kind for r in repaired.repairs]


def assert_offsets_hold(repaired: RepairedText) -> None:
    for r in repaired.repairs:
        assert repaired.text[r.at : r.at + len(r.replacement)] == r.replacement, r


# --------------------------------------------------------------------------- mojibake


def test_mojibake_is_fixed_and_recorded_as_the_whole_word():
    text = "Pemain baru Borussia MÃ¶nchengladbach itu sudah berada di Lombok sejak Kamis."
    repaired = repair(text)
    assert "Mönchengladbach" in repaired.text and "Ã" not in repaired.text
    (fix,) = [r for r in repaired.repairs if r.kind == "mojibake"]
    assert (fix.original, fix.replacement) == ("MÃ¶nchengladbach", "Mönchengladbach")
    assert_offsets_hold(repaired)


def test_good_text_with_accents_and_curly_quotes_is_left_alone():
    text = "“Kami bangga,” kata pelatih asal Türkiye itu di Köln, Senin (9/6/2025).\nIa tersenyum."
    repaired = repair(text)
    assert repaired.text == text
    assert repaired.repairs == []


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("scraped", "dateline", "opening"),
    [
        ("JAKARTA -Tiga stasiun televisi", "JAKARTA", "JAKARTA - Tiga stasiun"),
        ("TEMPO.CO,Jakarta-Hampir setiap hari", "TEMPO.CO,Jakarta", "TEMPO.CO,Jakarta - Hampir"),
        ("Liputan6.com, JakartaHarga minyak naik", "Liputan6.com, Jakarta", "Liputan6.com, Jakarta - Harga minyak"),
        ("Liputan6.com, Kuala LumpurPolisi Malaysia", "Liputan6.com, Kuala Lumpur", "Liputan6.com, Kuala Lumpur - Polisi"),
        ("KARIMUN, POSMETRO.CO:Empat pria ditangkap", "KARIMUN, POSMETRO.CO", "KARIMUN, POSMETRO.CO: Empat pria"),
        ("JAKARTA, KOMPAS.com\n- Ketua Umum", "JAKARTA, KOMPAS.com", "JAKARTA, KOMPAS.com - Ketua Umum"),
        ("JAKARTA,KOMPAS.com -\nKlaim Jaminan", "JAKARTA,KOMPAS.com", "JAKARTA,KOMPAS.com - Klaim Jaminan"),
        ("Jakarta\n-\nPernah dengar", "Jakarta", "Jakarta - Pernah dengar"),
    ],
)
def test_a_dateline_run_into_the_text_or_spread_over_lines_is_separated(scraped, dateline, opening, no_glue):
    repaired = repair(f"{scraped} {LEAD}")
    assert repaired.text.startswith(opening)
    found = find_dateline(repaired.text.split("\n")[0])
    assert found is not None and found.text == dateline
    assert kinds(repaired)[0] == "dateline"
    assert_offsets_hold(repaired)


@pytest.mark.parametrize(
    "text",
    [
        f"Bandung-Jakarta kini ditempuh dalam empat puluh menit saja. {LEAD}",  # a compound, not a dateline
        f"PSSI-Kemenpora sepakat menggelar laga uji coba. {LEAD}",
        f"REPUBLIKA.CO.ID, SEMARANG -- {LEAD}",  # already separated
        f"Catatan: harga minyak naik tiga persen. {LEAD}",
    ],
)
def test_text_that_is_no_glued_dateline_is_not_changed(text):
    repaired = repair(text)
    assert "dateline" not in kinds(repaired)
    assert repaired.text.startswith(text[:20])


# --------------------------------------------------------------------------- lines broken at inline links


def test_a_sentence_broken_at_its_inline_links_is_joined_again():
    scraped = (
        "Ketua Umum Himpunan Pengusaha Muda Indonesia (\nHIPMI\n) Akbar Himawan mendukung Menteri ESDM\n"
        "Bahlil Lahadalia\nyang sigap menyelesaikan polemik tambang nikel di\nRaja Ampat\n, Papua Barat Daya.\n"
        "Laporan surat kabar terkemuka Austria,\nKronen Zeitung\n, menyebut pelaku ditemukan tewas."
    )
    repaired = repair(scraped)
    assert repaired.text.split("\n") == [
        "Ketua Umum Himpunan Pengusaha Muda Indonesia (HIPMI) Akbar Himawan mendukung Menteri ESDM "
        "Bahlil Lahadalia yang sigap menyelesaikan polemik tambang nikel di Raja Ampat, Papua Barat Daya.",
        "Laporan surat kabar terkemuka Austria, Kronen Zeitung, menyebut pelaku ditemukan tewas.",
    ]
    assert set(kinds(repaired)) == {"join"}
    assert_offsets_hold(repaired)


def test_tag_lists_headings_and_bylines_stay_on_their_own_lines():
    scraped = (
        "Gedung sekolah itu kini dijaga ketat oleh polisi setempat.\n"
        "Video: Polisi Belum Temukan Motif Penembakan\n"
        "raja ampat\ntambang nikel\nkualifikasi piala dunia 2026 babak ketiga\n"
        "Editor: Suci Bangun\nzoom-in Jarang Tinggalkan Pyongyang, Presiden Korea Utara Dikabarkan ke Rusia\n"
        "Daftar Isi\na. kereta api\nb. kendaraan dinas"
    )
    repaired = repair(scraped)
    assert repaired.text == scraped
    assert repaired.repairs == []


# --------------------------------------------------------------------------- repeated passages

S1 = "Pekerja berjalan melintasi jembatan penyeberangan di stasiun baru itu pada Rabu pagi."
S2 = "Balai teknik mencatat progres pembangunan stasiun telah mencapai delapan puluh persen."
S3 = "Stasiun ini diperkirakan rampung sepenuhnya pada akhir tahun depan."


def test_containers_give_up_the_passages_their_children_repeat():
    # a page scraped as every container's text, then its children's: all, first, the rest, ...
    scraped = f"{S1}{S2}{S3}Ikuti Whatsapp Channel Republika\n{S1}\n{S2}{S3}\n{S2}\n{S3}"
    repaired = repair(scraped)
    lines = [ln for ln in repaired.text.split("\n") if ln.strip()]
    assert lines == ["Ikuti Whatsapp Channel Republika", S1, S2, S3]
    assert "repeat" in kinds(repaired)
    assert_offsets_hold(repaired)


def test_a_paragraph_said_again_keeps_its_first_copy_and_short_lines_may_repeat():
    chorus = "So let the redeemed of the Lord say so"
    scraped = f"{LEAD}\n{chorus}\nBait kedua lagu ini.\n{chorus}\n{LEAD}"
    repaired = repair(scraped)
    assert repaired.text.split("\n") == [LEAD, chorus, "Bait kedua lagu ini.", chorus, ""]
    (dropped,) = repaired.repairs
    assert (dropped.kind, dropped.original, dropped.replacement) == ("repeat", LEAD, "")


def test_a_repeated_sentence_inside_a_new_paragraph_is_kept():
    quote = '"Kami akan terus memburu para tahanan yang kabur," kata Kapolres kepada wartawan.'
    scraped = f"{quote} Pencarian dilakukan di hutan dan perkebunan warga sejak Kamis pagi hingga malam.\n{quote}"
    repaired = repair(scraped)
    assert repaired.text == scraped


# --------------------------------------------------------------------------- glued promos


def test_a_promo_glued_to_a_paragraph_goes_to_its_own_line_and_the_cleaner_keeps_the_paragraph():
    last = "Aktivitas penambangan terus berjalan hingga akhirnya terjadi longsor di lokasi itu."
    text = f"REPUBLIKA.CO.ID, JAKARTA -- {LEAD}\n{last}Ikuti Whatsapp Channel Republikasumber : Antara"
    repaired = repair(text)
    assert repaired.text.endswith(f"{last}\nIkuti Whatsapp Channel Republikasumber : Antara")
    assert "promo" in kinds(repaired)
    article = prepare_article(RawDocument("x.txt", "text", text), max_chars=100_000)
    assert isinstance(article, Article)
    assert last in article.body and "Whatsapp" not in article.body


def test_a_video_embed_glued_before_a_paragraph_is_cut_off():
    repaired = repair(f"[Gambas:Video 20detik]{LEAD}")
    assert repaired.text == f"[Gambas:Video 20detik]\n{LEAD}"


# --------------------------------------------------------------------------- glued words


class _FixedSplitter:
    """A glue splitter that splits where it is told, to test the stage apart from the segmenter."""

    def __init__(self, words: dict[str, list[int]]) -> None:
        self.words = words

    def splits(self, text: str) -> list[int]:
        out = []
        for word, cuts in self.words.items():
            start = text.find(word)
            if start >= 0:
                out += [start + c for c in cuts]
        return sorted(out)


def test_each_glued_token_is_one_repair_with_all_its_spaces(monkeypatch):
    splitter = _FixedSplitter({"berwenangMalaysiaseperti": [9, 17], "dariXinhua": [4]})
    monkeypatch.setattr(repair_module, "glue_splitter", lambda: splitter)
    repaired = repair("kata pihak berwenangMalaysiaseperti dikutip dariXinhua, Senin.")
    assert repaired.text == "kata pihak berwenang Malaysia seperti dikutip dari Xinhua, Senin."
    assert [(r.original, r.replacement) for r in repaired.repairs] == [
        ("berwenangMalaysiaseperti", "berwenang Malaysia seperti"),
        ("dariXinhua,", "dari Xinhua,"),
    ]
    assert_offsets_hold(repaired)


def test_bylines_keep_the_names_as_the_outlet_spells_them(monkeypatch):
    monkeypatch.setattr(repair_module, "glue_splitter", lambda: _FixedSplitter({"BangunDS": [6]}))
    text = "Penulis: Andari Wulan\nEditor: Suci BangunDS"
    assert repair(text).text == text


def test_the_default_splitter_separates_a_glued_news_agency():
    repaired = repair("Hal itu disampaikan juru bicara kepolisian, dilansirAntara, Senin (9/6/2025).")
    assert "dilansir Antara" in repaired.text
    assert "split" in kinds(repaired)


# --------------------------------------------------------------------------- the article


def test_the_article_records_its_repairs_and_its_body_is_the_repaired_text():
    text = f"Liputan6.com, JakartaHarga minyak dunia naik. {LEAD}\nKlub Borussia MÃ¶nchengladbach menang."
    article = prepare_article(RawDocument("x.txt", "text", text), max_chars=100_000)
    assert isinstance(article, Article)
    assert article.dateline == "Liputan6.com, Jakarta"
    assert "Mönchengladbach" in article.body
    assert {r.kind for r in article.repairs} >= {"dateline", "mojibake"}
    assert article.to_dict()["repairs"][0]["kind"] == "dateline"


def test_an_article_without_repairs_leaves_the_key_out():
    article = prepare_article(RawDocument("x.txt", "text", f"JAKARTA - {LEAD}"), max_chars=100_000)
    assert isinstance(article, Article)
    assert article.repairs == [] and "repairs" not in article.to_dict()


def test_a_large_page_is_repaired_whole():
    # its cost is measured by bench/, not asserted here: a test's time depends on the machine
    para = LEAD + " " + S2
    text = "\n".join(f"{para} Paragraf nomor {i}." for i in range(20_000)) + "\n" + para * 200
    repaired = repair(text)
    assert repaired.text.count("Paragraf nomor 19999.") == 1
    assert repair("").text == ""


# --------------------------------------------------------------------------- round 2: lines broken at links


def test_a_lead_broken_at_every_link_is_one_paragraph_again(no_glue):
    # Kompas: every inline link on its own line, the lead's pieces capitalised or not
    scraped = (
        "KOMPAS.com\n-\nPersib Bandung\nharus puas bermain imbang 1-1 melawan\nPersija\n"
        "dalam laga pekan terakhir\nLiga 1 2024/2025\nZona Barat.\nPertandingan\nPersib vs Persija\n"
        "digelar di Stadion Gelora Bandung Lautan Api, Minggu malam.\n"
        "Kedua tim tampil menyerang sejak awal laga dan saling berbalas peluang di babak pertama."
    )
    lines = repair(scraped).text.split("\n")
    assert lines == [
        "KOMPAS.com - Persib Bandung harus puas bermain imbang 1-1 melawan Persija dalam laga pekan terakhir Liga 1 2024/2025 Zona Barat.",
        "Pertandingan Persib vs Persija digelar di Stadion Gelora Bandung Lautan Api, Minggu malam.",
        "Kedua tim tampil menyerang sejak awal laga dan saling berbalas peluang di babak pertama.",
    ]


def test_a_line_left_open_carries_on_into_the_link_after_it(no_glue):
    scraped = (
        '"Kami sudah berkoordinasi dengan semua pihak," ujar Kapolres, dikutip dari\nAntara,\n'
        "Senin (9/6/2025).\nPolisi masih memburu pelaku lain yang diduga kabur ke luar kota sejak Sabtu."
    )
    assert repair(scraped).text.split("\n")[0] == (
        '"Kami sudah berkoordinasi dengan semua pihak," ujar Kapolres, dikutip dari Antara, Senin (9/6/2025).'
    )


def test_a_word_broken_at_its_first_letter_and_a_lone_quote_join_without_a_space(no_glue):
    scraped = (
        "Jumlah wisatawan naik tajam bulan ini. K\nementerian Pariwisata mencatat lonjakan itu.\n"
        '"\nKami\nsiap melayani semua tamu," kata pengelola hotel.'
    )
    assert repair(scraped).text.split("\n") == [
        "Jumlah wisatawan naik tajam bulan ini. Kementerian Pariwisata mencatat lonjakan itu.",
        '"Kami siap melayani semua tamu," kata pengelola hotel.',
    ]


@pytest.mark.parametrize(
    ("scraped", "alone"),
    [
        # a price list, however a lower-case line follows it
        (
            "Daftar harga hari ini:\nHarga emas 1 gram: Rp 1.900.000\nHarga emas 2 gram: Rp 3.750.000\n"
            "Harga emas 5 gram: Rp 9.300.000\nDemikian rincian\nharga emas hari ini.",
            ["Harga emas 2 gram: Rp 3.750.000", "Harga emas 5 gram: Rp 9.300.000"],
        ),
        # a heading before a paragraph that opens with a link
        (
            "Polisi menutup jalan itu sejak pagi.\nJalannya Pemeriksaan\nTim Forensik\nmemeriksa lokasi hingga sore hari.",
            ["Jalannya Pemeriksaan"],
        ),
        # an address and an advert marker stand alone
        ("Daftar lewat tautan berikut\nhttps://contoh.go.id/daftar\n. Pendaftaran ditutup Jumat.", ["https://contoh.go.id/daftar"]),
        ("Bus itu melayani trayek Jepara-Merak.\nADVERTISEMENT\nKabin\npenumpang dilengkapi lampu ambient.", ["ADVERTISEMENT"]),
    ],
)
def test_lists_headings_embeds_and_adverts_are_not_joined(scraped, alone, no_glue):
    lines = repair(scraped).text.split("\n")
    assert all(line in lines for line in alone), lines


# --------------------------------------------------------------------------- round 2: datelines


@pytest.mark.parametrize(
    ("scraped", "dateline"),
    [
        # Detik: a place unknown to any list, a short lead of one full sentence and more
        ("Suita\n-\nJepang\ntanpa ampun saat menghadapi\nIndonesia\n. Samurai Biru menang telak 6-0.", "Suita"),
        ("Jakarta\n-\nHarga emas\nLogam Mulia hari ini naik tipis usai jatuh pada akhir pekan.", "Jakarta"),
        ("TRIBUN-PAPUA.COM, BIAK NUMFOR – Pemerintah daerah membuka posko banjir di tiga distrik.", "TRIBUN-PAPUA.COM, BIAK NUMFOR"),
        ("TRIBUN-PAPUA.COM,MIMIKA-Maraknya kasus pencurian membuat warga resah sejak pekan lalu.", "TRIBUN-PAPUA.COM,MIMIKA"),
        ("posmetro.co –Jakarta: Bertempat di sebuah hotel, komunitas itu menggelar rapat tahunan.", "posmetro.co –Jakarta"),
    ],
)
def test_datelines_of_any_place_and_outlet_form_are_found(scraped, dateline, no_glue):
    text = scraped + "\nPolisi masih menyelidiki penyebab kejadian itu bersama tim gabungan dari kabupaten."
    article = prepare_article(RawDocument("x.txt", "text", text), max_chars=100_000)
    assert isinstance(article, Article)
    assert article.dateline == dateline


@pytest.mark.parametrize(
    "block",
    [
        "Pecco - sapaan akrab Bagnaia - memiliki catatan bagus di sirkuit ini dengan tiga kemenangan beruntun.",
        "Januari - 560.301 unit",
        "Senin - Jumat buka pukul 08.00",
    ],
)
def test_an_aside_or_a_list_line_is_no_dateline(block):
    assert find_dateline(block) is None


# --------------------------------------------------------------------------- round 2: auditing repairs


def test_each_repair_says_where_it_stands_in_the_body_or_that_its_line_was_dropped(no_glue):
    text = (
        f"JAKARTA -Tiga stasiun televisi menyiarkan laga itu. {LEAD}\n"
        "Gubernur\nmeninjau lokasi banjir bersama warga, Senin (9/6/2025).\n"
        "Baca juga:\nBanjir Rendam\nRibuan Rumah di Pesisir"
    )
    given = {"title": "Gubernur Tinjau Banjir"}
    article = prepare_article(RawDocument("x.txt", "text", text, given=given), max_chars=100_000)
    assert isinstance(article, Article)
    placed = [r for r in article.repairs if r.body_at is not None]
    assert {r.kind for r in placed} == {"dateline", "join"}
    for r in placed:
        assert article.body[r.body_at : r.body_at + len(r.replacement)] == r.replacement
    assert "Gubernur meninjau lokasi banjir" in article.body


def test_mojibake_in_the_given_title_and_author_is_fixed_and_recorded(no_glue):
    given = {"title": "Borussia MÃ¶nchengladbach Rekrut Bek Baru", "author": "JÃ¼rgen Klopp"}
    article = prepare_article(RawDocument("x.txt", "text", f"JAKARTA - {LEAD}", given=given), max_chars=100_000)
    assert isinstance(article, Article)
    assert article.title == "Borussia Mönchengladbach Rekrut Bek Baru"
    assert article.authors == ["Jürgen Klopp"]
    fields = [(r.in_field, r.replacement, r.body_at) for r in article.repairs if r.in_field]
    assert fields == [("title", "Mönchengladbach", None), ("author", "Jürgen", None)]


def test_a_long_repeated_passage_is_stored_cut_with_its_length(no_glue):
    passage = " ".join(f"Kalimat nomor {i} dari laporan panjang itu menjelaskan kronologi kejadian." for i in range(40))
    repaired = repair(f"{LEAD}\n{passage}\nParagraf lain yang berbeda.\n{passage}")
    (dropped,) = [r for r in repaired.repairs if r.kind == "repeat"]
    assert len(dropped.original) == 200 and dropped.original_chars == len(passage)
    assert dropped.to_dict()["original_chars"] == len(passage) and "replacement_chars" not in dropped.to_dict()
