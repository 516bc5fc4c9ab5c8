"""Speech verbs whose object is no reported content, first names after a title, descriptions by trade and telling
verbs: classes seen on the days of 9 and 11-15 June 2025, on sentences written in the style of regional copy."""

from __future__ import annotations

from quote_runs import QuoteRun

PERSONS = [("PER", ["Calvin Verdonk"]), ("PER", ["Ricky Saputra"]), ("PER", ["Kluivert"])]


def _said(run: QuoteRun, text: str, entities: list[tuple[str, list[str]]] | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(text, entities)]


# ------------------------------------------------------------------ a plain object says nothing


def test_pointer_with_only_when_it_was_said_is_no_quote(quote_run: QuoteRun) -> None:
    text = "Bek Timnas Indonesia Calvin Verdonk mengatakan hal ini setelah laga melawan China di Jakarta."
    assert _said(quote_run, text, PERSONS) == []


def test_pointer_with_something_said_of_it_is_a_quote(quote_run: QuoteRun) -> None:
    text = "Bek Timnas Indonesia Calvin Verdonk mengatakan hal itu tidak benar dan timnya tetap fokus."
    assert _said(quote_run, text, PERSONS) == [("hal itu tidak benar dan timnya tetap fokus", "Calvin Verdonk")]


def test_securing_a_place_is_no_statement(quote_run: QuoteRun) -> None:
    text = "Timnas Indonesia memastikan langkahnya ke babak keempat setelah menang 1-0 atas China."
    assert _said(quote_run, text, [("ORG", ["Timnas Indonesia"])]) == []


def test_condolences_conveyed_to_someone_stay_a_statement(quote_run: QuoteRun) -> None:
    # the gold keeps thanks and condolences conveyed to someone as what the speaker said
    text = "Wali Kota Ricky Saputra menyampaikan belasungkawa kepada keluarga korban kebakaran pasar."
    assert _said(quote_run, text, PERSONS) == [("belasungkawa kepada keluarga korban kebakaran pasar", "Ricky Saputra")]


def test_the_subject_of_a_plain_object_is_who_ia_points_to(quote_run: QuoteRun) -> None:
    text = (
        'Kapolsek Ricky Saputra mengatakan petugas masih mencari pelaku. "Kami sudah memeriksa empat saksi," katanya. '
        "Calvin Verdonk, warga setempat, mengatakan hal itu kepada wartawan di lokasi. "
        "Ia mengaku melihat dua orang berlari ke arah sungai."
    )
    quotes = _said(quote_run, text, PERSONS)
    assert ("melihat dua orang berlari ke arah sungai", "Calvin Verdonk") in quotes
    assert not any(content.startswith("hal itu") for content, _ in quotes)


# ------------------------------------------------------------------ a title and a first name: the full name


def test_address_and_first_name_is_the_full_name(quote_run: QuoteRun) -> None:
    text = 'Bantuan diserahkan kepada Pastor Jhon Jonga di Wamena. "Kami sangat terbantu dengan bantuan ini," kata Pastor Jhon.'
    entities = [("PER", ["Jhon Jonga"]), ("PER", ["Pastor Jhon"])]
    assert _said(quote_run, text, entities) == [("Kami sangat terbantu dengan bantuan ini", "Jhon Jonga")]


def test_office_place_and_first_name_is_the_full_name(quote_run: QuoteRun) -> None:
    text = 'Lurah Sempur Andri Junizar meninjau lokasi banjir. "Air mulai surut sejak pagi tadi," ujar Lurah Sempur Andri.'
    entities = [("PER", ["Andri Junizar"]), ("LOC", ["Sempur"]), ("PER", ["Lurah Sempur Andri"])]
    assert _said(quote_run, text, entities) == [("Air mulai surut sejak pagi tadi", "Andri Junizar")]


def test_a_relation_before_a_first_name_is_someone_else(quote_run: QuoteRun) -> None:
    text = 'Nauli Al Ghifari diterima di ITB. "Kami bangga sekali dengan anak kami," kata Orang Tua Nauli.'
    entities = [("PER", ["Nauli Al Ghifari"]), ("PER", ["Orang Tua Nauli"])]
    assert _said(quote_run, text, entities) == [("Kami bangga sekali dengan anak kami", "Orang Tua Nauli")]


# ------------------------------------------------------------------ a description by trade points back


def test_description_by_trade_points_back_to_the_person(quote_run: QuoteRun) -> None:
    text = (
        '"Kami baik-baik saja," kata Sule. Komedian asal Cimahi itu menegaskan dia dan Nathalie sudah bersahabat. '
        '"Demi anak kami," ujarnya.'
    )
    entities = [("PER", ["Sule"]), ("PER", ["Nathalie"]), ("LOC", ["Cimahi"])]
    assert [speaker for _, speaker in _said(quote_run, text, entities)] == ["Sule", "Sule", "Sule"]


# ------------------------------------------------------------------ telling verbs after the quote


def test_cerita_after_a_quote_names_the_speaker(quote_run: QuoteRun) -> None:
    text = '"Dulu kami tidur di emperan toko selama dua tahun," cerita Ricky Saputra kepada wartawan.'
    assert _said(quote_run, text, PERSONS) == [("Dulu kami tidur di emperan toko selama dua tahun", "Ricky Saputra")]


def test_kenang_after_a_quote_names_the_speaker(quote_run: QuoteRun) -> None:
    text = '"Bapak selalu periang dan tegas kepada jemaah," kenang Ricky Saputra.'
    assert _said(quote_run, text, PERSONS) == [("Bapak selalu periang dan tegas kepada jemaah", "Ricky Saputra")]


def test_a_folk_tale_after_a_comma_is_no_speaker(quote_run: QuoteRun) -> None:
    text = "Legenda Roro Jonggrang, cerita rakyat dari Jawa Tengah, kembali dipentaskan di Prambanan pada Sabtu malam."
    assert _said(quote_run, text, [("LOC", ["Jawa Tengah", "Prambanan"])]) == []


# ------------------------------------------------------------------ an office kept in the speaker: the name after it


def test_name_after_a_long_office_and_its_place(quote_run: QuoteRun) -> None:
    text = (
        '"Api berasal dari tabung gas yang bocor di dapur," kata Koordinator Pemadam Kebakaran Satpol PP dan Damkar '
        "Wonogiri Sriyanto Kembo."
    )
    [(_, speaker)] = _said(quote_run, text, [("ORG", ["Satpol PP", "Damkar"]), ("LOC", ["Wonogiri"])])
    assert speaker == "Sriyanto Kembo"


def test_rank_and_one_name_with_a_trailing_verb(quote_run: QuoteRun) -> None:
    text = '"Kedua pelaku kami amankan di rumahnya tadi malam," kata Kapolsek Iptu Noval ditemui di kantornya.'
    [(_, speaker)] = _said(quote_run, text)
    assert speaker == "Noval"


def test_one_word_after_a_body_that_took_the_first_name_is_no_name(quote_run: QuoteRun) -> None:
    text = '"Okupansi hotel turun sejak pekan lalu," kata Ketua Perhimpunan Hotel dan Restoran Sleman Andhu Pakerti.'
    [(_, speaker)] = _said(quote_run, text, [("ORG", ["Perhimpunan Hotel dan Restoran Sleman Andhu"])])
    assert speaker != "Pakerti"
