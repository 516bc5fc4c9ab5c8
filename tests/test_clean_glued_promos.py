"""A "Baca juga: <headline>" promo with the body's next sentence glued on: the promo cut off, the
sentence kept; a promo's headline alone on its line still goes."""

from telisik.pages.clean import INLINE_LINK, clean_blocks, split_blocks

LEAD = "JAKARTA - Polisi memeriksa tiga saksi dalam kasus pencurian sepeda motor di Kecamatan Cempaka Putih, Senin (2/6/2025)."
TITLE = "Polisi Periksa Tiga Saksi Pencurian Motor"


def _clean(line: str) -> tuple[list[str], list[str], list[str]]:
    page = clean_blocks(split_blocks(f"{LEAD}\n{line}\nPemeriksaan masih berlangsung hingga malam hari, kata petugas."), title=TITLE)
    return page.paragraphs, page.removed, page.removed_by


def test_sentence_glued_after_a_promo_headline_is_kept():
    paragraphs, removed, by = _clean(
        "Baca Juga: Warga Geger Temukan Motor Curian di Kebun DOGE Jelang subuh, petugas mendatangi rumah pelaku di gang sempit itu."
    )
    assert "Jelang subuh, petugas mendatangi rumah pelaku di gang sempit itu." in paragraphs
    assert removed == ["Baca Juga: Warga Geger Temukan Motor Curian di Kebun DOGE"] and by == [INLINE_LINK]


def test_quote_glued_after_a_promo_headline_is_kept():
    paragraphs, removed, _ = _clean("Baca Juga:Pencuri Motor Tertangkap Basah! “Kami akan terus berjaga,” ujar ketua RT kepada wartawan.")
    assert "“Kami akan terus berjaga,” ujar ketua RT kepada wartawan." in paragraphs
    assert removed == ["Baca Juga:Pencuri Motor Tertangkap Basah!"]


def test_sentence_glued_onto_the_headlines_last_word_is_kept():
    paragraphs, removed, _ = _clean("Baca juga: Diduga Curi Motor Tetangga, Pemuda Ini Jadi TersangkaPolisi menyebut pelaku sudah dua kali beraksi.")
    assert "Polisi menyebut pelaku sudah dua kali beraksi." in paragraphs
    assert removed == ["Baca juga: Diduga Curi Motor Tetangga, Pemuda Ini Jadi Tersangka"]


def test_a_promo_headline_alone_still_goes():
    for line in (
        "Baca juga: Bea Cukai Gagalkan Penyelundupan 45 ton Bawang Merah dan 28 Karung Pakaian Bekas dari Thailand",
        "Baca Juga: Rusia Usulkan Pemindahan Kantor Pusat PBB dari AS, Apa Alasannya?",
    ):
        paragraphs, removed, _ = _clean(line)
        assert removed == [line] and not any("Baca" in p for p in paragraphs)


def test_body_word_capitalised_before_small_headline_words_stays_with_the_body():
    running = "Peramban itu dibuat oleh perusahaan rintisan yang dikenal dengan mesin pencari mereka sendiri, yang disebut Comet. " * 2
    page = clean_blocks(
        [running + "BACA JUGA - Buku Buatan Mesin Beredar di Pasaran Comet akan diperkenalkan dalam versi beta kepada penguji."], title=TITLE
    )
    assert page.removed == ["BACA JUGA - Buku Buatan Mesin Beredar di Pasaran"]
    assert page.paragraphs[-1] == "Comet akan diperkenalkan dalam versi beta kepada penguji."


def test_a_headlines_closing_quote_is_no_quotation():
    line = "Baca Juga: Warga Temukan Motor Curian di Kebun Kosong!”"
    paragraphs, removed, _ = _clean(line)
    assert removed == [line] and len(paragraphs) == 2


def test_a_sentence_the_page_gives_again_is_not_kept_twice():
    quote = "“Kami akan terus berjaga,” ujar ketua RT kepada wartawan."
    page = clean_blocks(split_blocks(f"{LEAD}\nBaca Juga:Pencuri Motor Tertangkap Basah! {quote}\n{quote}"), title=TITLE)
    assert page.paragraphs.count(quote) == 1
    page = clean_blocks(split_blocks(f"Baca Juga:Pencuri Motor Tertangkap Basah! {quote}\n{LEAD} {quote}"), title=TITLE)
    assert sum(p.count(quote) for p in page.paragraphs) == 1


def test_a_name_with_a_capital_inside_opening_the_body_stays_whole():
    running = "Aplikasi pesan itu kini dipakai oleh lebih dari dua miliar orang di seluruh dunia setiap harinya, kata perusahaan. " * 2
    page = clean_blocks([running + "BACA JUGA - Mengenal Asisten Buatan Perusahaan Itu WhatsApp kini tengah menguji fitur baru."], title=TITLE)
    assert page.paragraphs[-1] == "WhatsApp kini tengah menguji fitur baru."
