"""Story summaries (telisik.stories.summary): lead first, no restated facts, several outlets."""

from __future__ import annotations

from collections import Counter

from telisik.stories.article import StoryArticle
from telisik.stories.similarity import DocumentFrequencies, weigh, words
from telisik.stories.summary import (
    SummaryConfig,
    _leans,
    _Selection,
    _story_names,
    _summary_candidates,
    _unit,
    sentences,
    stem,
    summarise,
)
from telisik.stories.told_events import told_again

# three outlets open on the same emergency landing in their own words (the flight, the 442 pilgrims, Kualanamu),
# then each tells something else; the first outlet has more to tell than the others
LANDING = {
    "Detik": [
        "Pesawat Saudia Airlines SV-5276 yang membawa 442 jemaah haji mendarat darurat di Bandara Kualanamu, Deli Serdang, Selasa pagi.",
        "Polisi memeriksa seluruh bagasi penumpang dan tidak menemukan bahan peledak di dalam kabin pesawat.",
        "Pilot melaporkan pesan ancaman itu kepada menara kontrol sekitar satu jam sebelum pesawat memasuki wilayah udara Indonesia.",
        "Bandara Kualanamu tetap melayani penerbangan lain seperti biasa selama pemeriksaan berlangsung.",
    ],
    "Kompas": [
        "Ancaman bom memaksa penerbangan SV-5276 dengan 442 calon haji asal Jakarta turun di Kualanamu, Sumatera Utara.",
        "Kementerian Agama meminta petugas haji mendampingi para jemaah lansia selama menunggu penerbangan lanjutan ke Jakarta.",
    ],
    "Liputan6": [
        "Sebanyak 442 jemaah haji kloter 12 tertahan di Kualanamu setelah Saudia SV-5276 dialihkan ke bandara tersebut.",
        "Densus 88 Antiteror Polri menelusuri akun media sosial yang pertama kali menyebarkan ancaman bom tersebut kepada maskapai.",
    ],
}


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, object]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": []}


def test_a_story_summary_never_restates_the_landing_and_draws_on_every_outlet():
    articles = [_article(f"a{i}", outlet, paragraphs) for i, (outlet, paragraphs) in enumerate(LANDING.items())]
    summary = summarise(articles, DocumentFrequencies(), size=5)
    landings = [s for s in summary if "SV-5276" in s.text]
    assert len(landings) == 1  # the three leads say one thing: it is told once
    assert {s.outlet for s in summary} == {"Detik", "Kompas", "Liputan6"}
    assert any("Densus 88" in s.text for s in summary) and any("Kementerian Agama" in s.text for s in summary)


def test_a_one_article_summary_keeps_the_lead_and_a_sentence_that_points_back_to_it():
    paragraphs = [
        "Presiden Joko Widodo meresmikan Bendungan Sukamaju di Kabupaten Garut, Jawa Barat, pada Kamis pagi.",
        "Hal itu disampaikan Presiden di hadapan ribuan petani yang sawahnya akan dialiri air dari bendungan tersebut.",
        "Bendungan senilai Rp 1,2 triliun itu mampu mengairi 5.000 hektare sawah di tiga kecamatan.",
        '"Bendungan ini untuk petani, supaya bisa panen tiga kali dalam setahun," kata Jokowi kepada wartawan.',
        "Pembangunan bendungan dimulai pada 2019 dan sempat terhenti selama pandemi.",
    ]
    texts = [s.text for s in summarise([_article("a", "Kompas", paragraphs)], DocumentFrequencies(), size=3)]
    assert texts == paragraphs[:3]  # the lead, then the sentence that leans on it, in article order


def test_a_sentence_that_points_back_is_not_picked_without_the_one_before_it():
    paragraphs = [
        "Banjir bandang merendam 12 desa di Kabupaten Muara Teluk setelah hujan deras mengguyur sejak Senin malam.",
        '"Air naik cepat sekali, kami hanya sempat menyelamatkan anak-anak," kata Siti, warga Desa Lembah Hijau.',
        "Mereka kini mengungsi di balai desa dan masjid terdekat sambil menunggu air surut.",
        "Badan Penanggulangan Bencana Daerah mengirim perahu karet dan dapur umum ke lokasi banjir pada Selasa.",
    ]
    texts = [s.text for s in summarise([_article("a", "Detik", paragraphs)], DocumentFrequencies(), size=2)]
    assert texts[0] == paragraphs[0]
    assert paragraphs[2] not in texts  # "Mereka" would point at the quote's speaker, which is not in the summary


def _titled(aid: str, outlet: str, title: str, paragraphs: list[str]) -> dict[str, object]:
    return {**_article(aid, outlet, paragraphs), "title": title}


def test_a_headline_run_into_the_lead_a_teaser_and_a_question_are_never_picked():
    paragraphs = [
        "JADWAL Timnas Indonesia U-23vs Filipina di Piala AFF U-23 2025.",
        "ADU ranking FIFA Timnas Indonesia dengan Filipina menarik diulas.",
        "Apakah Garuda Muda mampu meraih kemenangan perdana di depan publik sendiri?",
        "Timnas Indonesia U-23 menghadapi Filipina di Stadion Gelora Bung Karno pada Selasa, 15 Juli 2025, pukul 19.30 WIB.",
        "Pelatih Gerald Vanenburg memanggil 30 pemain untuk pemusatan latihan di Jakarta sejak 20 Juni.",
    ]
    title = "Live Malam Hari! Ini Jadwal Timnas Indonesia U-23 vs Filipina di Piala AFF U-23 2025"
    texts = [s.text for s in summarise([_titled("a", "Okezone", title, paragraphs)], DocumentFrequencies(), size=3)]
    assert texts == paragraphs[3:]  # what is left says when, where and who


def test_a_sentence_with_a_noun_that_points_back_is_not_picked_without_the_one_before_it():
    articles = [
        _article(
            "a",
            "Detik",
            [
                "Direktur Utama PT Sri Rejeki Isman Tbk Iwan Kurniawan Lukminto selesai diperiksa Kejaksaan Agung pada Rabu malam.",
                "Ia diperiksa sebagai saksi dalam perkara kredit bank kepada perusahaan tekstil itu.",
                "Kredit dari dua bank daerah diduga dipakai untuk membayar utang, bukan untuk modal kerja.",
            ],
        ),
        _article(
            "b",
            "Liputan6",
            [
                "Kuasa hukum menyebut kliennya menyerahkan sejumlah dokumen keuangan kepada penyidik Kejaksaan Agung.",
                "Pemeriksaan kali ini merupakan pemeriksaan tambahan setelah dua pemanggilan sebelumnya pada Mei.",
                "Posisi direktur utama kala itu dipegang oleh kakaknya yang kini sudah menjadi tersangka.",
            ],
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=3)]
    # "kala itu" points at a time the summary has not given, unless the sentence before it is there
    assert "Posisi direktur utama kala itu dipegang oleh kakaknya yang kini sudah menjadi tersangka." not in texts
    assert "Pemeriksaan kali ini merupakan pemeriksaan tambahan setelah dua pemanggilan sebelumnya pada Mei." not in texts  # not yet


def test_a_noun_with_ini_in_the_subject_points_back_but_a_time_of_now_does_not():
    assert _leans("Laga seru ini akan berlangsung pada malam hari di Stadion Gelora Bung Karno.")
    assert _leans("Suntikan modal langsung ke BUMN ini akan menggantikan mekanisme Penyertaan Modal Negara.")
    assert _leans("Posisi Dirut kala itu dipimpin oleh saudaranya yang kini menjadi tersangka.")
    assert not _leans("Pemeriksaan hari ini merupakan kali ketiga Iwan dimintai keterangan oleh penyidik.")
    assert not _leans("Densus 88 menelusuri akun yang pertama kali menyebarkan ancaman bom tersebut kepada maskapai.")


def test_the_same_verdict_in_another_outlets_words_is_told_once():
    articles = [
        _article(
            "a",
            "Okezone",
            [
                '"Menjatuhkan pidana kepada terdakwa Meirizka Widjaja berupa pidana penjara selama tiga tahun," kata hakim Rosihan Juhrian.',
                "Majelis hakim juga membacakan putusan untuk pengacara Lisa Rachmat pada hari yang sama di Pengadilan Tipikor Jakarta.",
            ],
        ),
        _article(
            "b",
            "Detik",
            [
                "Ibunda Gregorius Ronald Tannur, Meirizka Widjaja, divonis 3 tahun penjara oleh majelis hakim Rosihan Juhrian.",
                "Jaksa menyatakan pikir-pikir atas putusan tersebut selama tujuh hari ke depan.",
            ],
        ),
        _article(
            "c",
            "Kompas",
            [
                "Eks pejabat Mahkamah Agung Zarof Ricar divonis 16 tahun penjara dan denda Rp 1 miliar.",
                "Hakim memerintahkan uang Rp 915 miliar dan 51 kilogram emas milik Zarof dirampas untuk negara.",
            ],
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=5)]
    assert sum("Meirizka" in t for t in texts) == 1  # three years for Meirizka, said once whoever says it
    assert any("16 tahun" in t for t in texts)


def test_one_fact_in_two_voices_shares_its_stems():
    assert stem("diperiksa") == stem("memeriksa") == stem("pemeriksaan")
    assert stem("dibebaskan") == stem("membebaskan")
    assert stem("menyerahkan") == stem("diserahkan")
    assert stem("gempa") == "gempa"  # too short to lose anything
    assert stem("banjir") != stem("bantuan")


def test_an_outlet_not_yet_drawn_on_comes_before_a_second_sentence_of_the_first():
    # Detik leads with the flood; Kompas tells one more fact, but late in its article, after short lines
    detik = [
        "Banjir merendam 12 desa di Kabupaten Muara Teluk setelah hujan deras mengguyur sejak Senin malam.",
        "Ketinggian air di Desa Lembah Hijau mencapai 1,5 meter pada Selasa pagi.",
        "Sebanyak 3.200 warga mengungsi ke balai desa, masjid dan sekolah terdekat.",
    ]
    kompas = [
        "Hujan turun sejak sore.",
        "Sungai meluap.",
        "Warga panik.",
        "Listrik padam.",
        "Badan Penanggulangan Bencana Daerah mengirim 20 perahu karet dan dapur umum ke Muara Teluk.",
    ]
    articles = [_article("a", "Detik", detik), _article("b", "Kompas", kompas)]
    # without the bonus for a new outlet's relevance, the rule alone brings Kompas in before Detik's second sentence
    summary = summarise(articles, DocumentFrequencies(), size=2, config=SummaryConfig(new_outlet=0.0))
    assert [s.outlet for s in summary] == ["Detik", "Kompas"]


def test_a_lead_restated_by_the_next_sentence_of_its_article_is_told_once_in_a_story():
    articles = [
        _article(
            "a",
            "Detik",
            [
                "Pengacara Ronald Tannur, Lisa Rachmat, meminta dibebaskan dari tuntutan 14 tahun penjara dalam kasus suap hakim.",
                "Lisa meminta dibebaskan dari seluruh dakwaan jaksa penuntut umum dalam sidang pembelaan.",
                "Sidang pembacaan putusan dijadwalkan pada Rabu pekan depan di Pengadilan Tipikor Jakarta.",
            ],
        ),
        _article(
            "b",
            "Kompas",
            ["Eks pejabat Mahkamah Agung Zarof Ricar mengaku menerima uang Rp 5 miliar dari Lisa Rachmat untuk mengurus perkara kasasi."],
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    assert sum("meminta" in t and "Lisa" in t for t in texts) == 1
    assert any("Rabu pekan depan" in t for t in texts)


def _split(aid: str, outlet: str, parts: list[str]) -> dict[str, object]:
    """An article whose sentences are the parts, as a run's splitter found them (a part may hold a paragraph break)."""
    body, offsets = "", []
    for part in parts:
        start = len(body) + (1 if body else 0)
        body = f"{body} {part}" if body else part
        offsets.append([start, len(body)])
    return {"id": aid, "outlet": outlet, "body": body, "dateline": None, "sentences": offsets}


def test_glued_paragraphs_cut_sentences_and_a_half_quote_are_never_picked_and_a_dateline_leftover_goes():
    paragraphs = [
        ", Jakarta - Polisi menangkap dua tersangka pembobolan anjungan tunai mandiri di Jakarta Timur pada Senin dini hari.",
        "Keduanya ditangkap di sebuah rumah kos.\n\npun mengakui telah membobol tiga mesin lain sejak April.",
        "dan barang bukti berupa linggis serta kunci palsu disita dari kamar mereka oleh penyidik.",
        "\u201cKami masih mendalami kemungkinan ada pelaku lain yang terlibat dalam aksi ini.",
        "Penyidik menaksir kerugian bank mencapai Rp 450 juta dari tiga mesin yang dibobol sejak April.",
    ]
    texts = [s.text for s in summarise([_split("a", "Liputan6", paragraphs)], DocumentFrequencies(), size=3)]
    assert texts == [paragraphs[0][len(", Jakarta - ") :], paragraphs[4]]


def test_a_pronoun_after_an_opening_phrase_points_back_but_a_name_ending_like_one_does_not():
    assert _leans("Di akhir pembelaannya, ia juga menyatakan akan menerima putusan majelis hakim.")
    assert _leans("Wamen bilang, 18 perusahaan logistik tersebut hanya akan tersisa satu.")  # after a speech frame
    assert not _leans("Wamen bilang, perusahaan logistik milik negara akan digabung menjadi satu tahun depan.")
    assert _leans("Tiga pulau yang dimaksud adalah Pulau Kecil, Pulau Besar dan Pulau Tengah.")
    assert not _leans("Tim nasional Indonesia menang 2-0 atas Malaysia di Stadion Utama Gelora Bung Karno.")
    assert not _leans("Harga cabai di pasar induk kini turun menjadi Rp 40.000 per kilogram.")


def test_a_lead_that_points_to_its_headline_does_not_open_a_story_summary_but_may_open_its_own():
    lead = "Sebanyak 20 bank pemberi kredit tersebut kini diperiksa penyidik Kejaksaan Agung satu per satu."
    own = [lead, "Pemeriksaan dimulai dari bank milik pemerintah daerah yang memberi pinjaman terbesar pada 2020."]
    assert summarise([_article("a", "Liputan6", own)], DocumentFrequencies(), size=1)[0].text == lead
    detik = ["Direktur Utama PT Kain Jaya Iwan Santoso selesai diperiksa Kejaksaan Agung soal kredit bank pada Rabu malam."]
    story = [_article("a", "Liputan6", own), _article("b", "Detik", detik)]
    assert lead not in [s.text for s in summarise(story, DocumentFrequencies(), size=3)]


def test_an_eruption_told_in_other_words_and_with_a_glued_name_is_told_once():
    articles = [
        _article(
            "a",
            "Liputan6",
            [
                "Gunung Talang yang ada di wilayah Solok, Tanah Datar, dan Padang Panjang, Sumatera Barat, kembali erupsi pada "
                "Kamis (19/6/2025), pukul 04.43 WIB.",
                "Petugas pos pantau mengimbau warga tidak mendekati kawah dalam radius 3 kilometer.",
            ],
        ),
        _article(
            "b",
            "Tempo",
            [
                "Gunung Talangdi Sumatera Barat dilaporkan meletus lagi, Kamis pagi, 19 Juni 2025.",  # "Talangdi": glued by the scrape
                "Tinggi kolom abu teramati sekitar 1.500 meter di atas puncak ke arah barat daya.",
            ],
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    assert sum("erupsi pada" in t or "meletus" in t for t in texts) == 1  # erupsi / meletus: one happening, once
    assert any("1.500 meter" in t for t in texts) and any("radius 3" in t for t in texts)  # a warning is another fact


def test_a_match_result_in_other_words_is_told_once_but_the_scorer_is_another_fact():
    articles = [
        _article(
            "a",
            "Detik",
            [
                "Persib Bandung gagal memetik kemenangan di laga pembuka Grup B Piala Presiden 2025.",
                "Gol Persib dicetak David da Silva lewat sundulan pada menit ke-30.",
            ],
        ),
        _article(
            "b",
            "Kompas",
            [
                "Persib Bandung harus puas bermain imbang 1-1 saat menghadapi Persija Jakarta pada matchday pertama Grup B "
                "Piala Presiden 2025 yang digelar di Stadion Si Jalak Harupat, Soreang."
            ],
        ),
        _article(
            "c",
            "Okezone",
            ["Pelatih Bojan Hodak menyebut timnya kehilangan konsentrasi setelah unggul lebih dulu."],
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    assert sum("imbang" in t or "gagal memetik kemenangan" in t for t in texts) == 1  # a draw is no win: one result
    assert any("David da Silva" in t for t in texts)


def test_a_death_told_without_a_name_after_one_told_with_it_is_a_restatement():
    detik = [
        "Kebakaran melanda permukiman padat di Kampung Melayu, Jakarta Timur, Selasa dini hari.",
        "Satu orang meninggal dunia akibat kebakaran itu.",
        "Petugas mengerahkan 15 unit mobil pemadam ke lokasi.",
    ]
    kompas = [
        "Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta mengatakan, seorang perempuan berinisial RS (40) tewas "
        "akibat kebakaran di Kampung Melayu.",
        "Api diduga berasal dari korsleting listrik di lantai dua rumah warga.",
    ]
    texts = [s.text for s in summarise([_article("a", "Detik", detik), _article("b", "Kompas", kompas)], DocumentFrequencies(), size=4)]
    assert sum("tewas" in t or "meninggal" in t for t in texts) == 1
    assert any("korsleting" in t for t in texts)


def test_an_outlet_whose_sentence_restates_a_pick_tells_that_fact_instead_of_an_outlet_with_several():
    # Detik has the most to tell; Liputan6's only full sentence restates Detik's lead (the same prices, in other words)
    detik = [
        "Produsen mobil listrik Voltra mengumumkan harga resmi dua model barunya, Voltra S5 dan Voltra X7, di Jakarta.",
        "Voltra S5 dijual mulai Rp 499 juta, sedangkan Voltra X7 dibanderol Rp 899 juta.",
        "Kedua model dirakit di pabrik baru perusahaan di Karawang, Jawa Barat, mulai tahun depan.",
        "Perusahaan menargetkan penjualan 5.000 unit hingga akhir tahun.",
    ]
    kompas = ["Pasar mobil listrik nasional tumbuh dua kali lipat dalam setahun terakhir menurut data gabungan industri otomotif."]
    liputan6 = ["Voltra akhirnya merilis harga resmi model Voltra S5 dan Voltra X7 yang diluncurkan di Jakarta pada Rabu."]
    articles = [_article("a", "Detik", detik), _article("b", "Kompas", kompas), _article("c", "Liputan6", liputan6)]
    summary = summarise(articles, DocumentFrequencies(), size=4)
    assert {s.outlet for s in summary} == {"Detik", "Kompas", "Liputan6"}
    assert sum("harga resmi" in s.text for s in summary) == 1  # the fact once, in Liputan6's words


def test_two_outlets_giving_the_same_dates_state_one_fact():
    liputan6 = [
        "Acara tahunan ini selalu menjadi daya tarik bagi warga Surabaya dan sekitarnya.",
        "Pameran dagang digelar dari 19 Juni sampai 13 Juli 2025 dengan ratusan stan produk lokal, wahana keluarga, hingga konser musik.",
    ]
    kompas = [
        "Expo Surabaya resmi dibuka mulai 19 Juni hingga 13 Juli 2025 di Grand City Convention Hall, Surabaya.",
        "Tiket masuk dijual Rp 40.000 untuk dewasa pada hari biasa.",
    ]
    detik = ["Pengelola menyiapkan kantong parkir tambahan di sekitar lokasi pameran selama acara berlangsung."]
    articles = [_article("a", "Liputan6", liputan6), _article("b", "Kompas", kompas), _article("c", "Detik", detik)]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    assert sum("19 Juni" in t for t in texts) == 1
    assert any("Rp 40.000" in t for t in texts)


def test_a_vaguer_pick_that_a_later_pick_tells_whole_goes_and_its_place_is_filled():
    articles = [
        _article("a", "Liputan6", ["Ngunduh mantu Rizky Febian dan Mahalini Raharja menjadi sorotan utama."]),
        _article(
            "b",
            "Detik",
            ["Pasangan selebritas Rizky Febian dan Mahalini Raharja menggelar acara unduh mantu di Hotel Mulia, Jakarta, Kamis."],
        ),
        _article("c", "Okezone", ["Sule hadir bersama keluarga besar dan mengenakan beskap cokelat dalam acara tersebut di Jakarta."]),
    ]
    config = SummaryConfig()
    selection = _Selection(_summary_candidates([StoryArticle.of(a) for a in articles], DocumentFrequencies(), config), config)
    selection.rate()
    vague, full = 0, 1  # picked in this order, as when the vaguer lead is the more central
    selection.chosen = [vague, full]
    selection._drop_subsumed(2)
    assert vague not in selection.chosen and full in selection.chosen and len(selection.chosen) == 2


def test_an_age_with_ini_a_pair_of_people_and_an_opening_word_in_nya_point_back():
    assert _leans("Dalam unggahan di media sosial, wanita 46 tahun ini memperlihatkan hidung barunya.")
    assert _leans("Bukan hanya satu, kedua kepala negara bertukar sejumlah cendera mata.")
    assert _leans("Modusnya sama, mobil itu melaju rapat di belakang truk yang sudah membayar.")
    assert not _leans("Harga emas tahun ini naik lebih dari 20 persen dibandingkan tahun lalu.")
    assert not _leans("Hanya warga yang terdaftar yang boleh masuk ke lokasi pengungsian.")
    assert not _leans("Laga kedua Grup A mempertemukan Jepang dan Korea Selatan di Tokyo.")


def test_a_word_capitalised_now_and_then_in_an_offices_name_stays_a_word():
    texts = [
        "Aturan baru Peraturan Menteri tentang Kerja Fleksibel terbit pekan lalu di Jakarta.",
        "Pegawai bisa kerja dari rumah dua hari sepekan menurut aturan itu.",
        "Jam kerja diatur oleh atasan masing-masing di setiap kantor.",
        "Menteri Rini Widyantini menyebut kerja dari mana saja tidak menurunkan layanan.",
    ]
    names = _story_names(texts)
    assert "kerja" not in names and "menteri" in names and "rini" in names


def test_an_outlets_dateline_goes_from_a_lead_the_scrape_left_twice():
    paragraphs = [
        "Indonesia terus menjajaki pengembangan pemanfaatan energi nuklir untuk pembangkit listrik.",
        "Pemerintah menargetkan pembangkit pertama beroperasi sebelum 2035 di Kalimantan Barat.",
        "REPUBLIKA.CO.ID, JAKARTA -- Indonesia terus menjajaki pengembangan pemanfaatan energi nuklir untuk pembangkit listrik.",
    ]
    texts = [text for _, text in sentences(StoryArticle.of(_article("a", "Republika", paragraphs)))]
    assert texts[2] == paragraphs[0] and not any("REPUBLIKA.CO.ID" in t for t in texts)


def test_a_result_told_again_with_the_score_and_the_hall_is_a_repeat():
    # the second outlet tells the same loss with more (the score, the hall): still the same result, told once
    okezone = ["Timnas voli putri Indonesia harus puas menjadi runner-up Pool B usai kalah dari Thailand, Sabtu (21/6) malam WIB."]
    liputan6 = ["Tim asuhan Marcos Sugiyama menyerah dari Thailand dengan skor 1-3 di Hua Mark Stadium, Bangkok, Sabtu (21/6) malam."]
    detik = ["Megawati Hangestri menjadi pencetak poin terbanyak bagi skuad Merah Putih dengan torehan 21 angka."]
    articles = [_article("a", "Okezone", okezone), _article("b", "Liputan6", liputan6), _article("c", "Detik", detik)]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=3)]
    assert sum("Thailand" in t for t in texts) == 1
    assert any("Megawati" in t for t in texts)


def _with_events(aid: str, outlet: str, paragraphs: list[str], events: list[tuple[int, str, list[str]]]) -> dict[str, object]:
    """An article with the events its analysis found: (paragraph, type, parties)."""
    article = _article(aid, outlet, paragraphs)
    article["events"] = [{"type": kind, "who": who, "sentence": paragraphs[i]} for i, kind, who in events]
    return article


def test_a_visit_the_analysis_found_twice_is_told_once_but_two_warnings_of_one_party_are_two_facts():
    detik = [
        "Menteri Perumahan Maruarar Sirait menyambangi gedung KPK untuk menandatangani nota kesepahaman pengawasan program.",
        "Maruarar mengingatkan pengembang agar tidak mengurangi mutu bangunan rumah subsidi.",
    ]
    kompas = [
        "Pantauan di lokasi, Maruarar Sirait tiba di gedung Merah Putih sekitar pukul 13.50 bersama sejumlah pejabat.",
        "Maruarar juga mengingatkan bank penyalur soal keterlambatan pencairan kredit perumahan rakyat.",
    ]
    articles = [
        _with_events("a", "Detik", detik, [(0, "VISIT", ["Maruarar Sirait", "KPK"]), (1, "WARN", ["Maruarar"])]),
        _with_events("b", "Kompas", kompas, [(0, "VISIT", ["Maruarar Sirait"]), (1, "WARN", ["Maruarar"])]),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    assert sum("menyambangi" in t or "tiba di" in t for t in texts) == 1  # one visit
    assert any("pengembang" in t for t in texts) and any("bank penyalur" in t for t in texts)  # two warnings


def test_only_an_event_of_a_kind_a_party_has_once_with_a_named_party_in_common_is_told_again():
    parties = frozenset({"ara"})
    assert told_again([("VISIT", parties)], [("VISIT", frozenset({"ara", "kpk"}))])
    assert not told_again([("VISIT", parties)], [("VISIT", frozenset({"budi"}))])  # another party's visit
    assert not told_again([("WARN", parties)], [("WARN", parties)])  # a party warns of many things
    assert not told_again([("VISIT", parties), ("ARREST", frozenset({"polisi"}))], [("VISIT", parties)])  # one more event
    assert not told_again([], [("VISIT", parties)])


def test_one_partys_same_call_in_two_outlets_is_told_once():
    okezone = [
        "Lembaga penyiaran pemerintah Iran, IRIB, mendesak warga menghapus aplikasi perpesanan Telegram dari ponsel mereka.",
        "Pemerintah Iran juga membatasi akses internet di sejumlah kota besar sejak Senin malam.",
    ]
    liputan6 = [
        "Televisi pemerintah Iran pada Selasa sore menyerukan kepada publik di negara itu agar menghapus aplikasi Telegram, "
        "dengan menyebut layanan buatan luar negeri mengumpulkan lokasi pengguna untuk dikirim ke dinas intelijen Israel."
    ]
    articles = [
        _with_events("a", "Okezone", okezone, [(0, "WARN", ["Iran", "IRIB"])]),
        _with_events("b", "Liputan6", liputan6, [(0, "WARN", ["Iran"])]),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=3)]
    assert sum("Telegram" in t for t in texts) == 1
    assert any("akses internet" in t for t in texts)


def test_an_announcement_of_what_was_told_gives_way_to_the_sentence_that_tells_it():
    # "Polisi mengungkap motif ..." says only that the motive was told: in a story, the sentence telling it is taken
    articles = [
        _article(
            "a",
            "Liputan6",
            [
                "Polisi mengungkap motif di balik kasus pembunuhan pedagang sayur yang menggegerkan warga Kabupaten Sleman.",
                "Kapolres Sleman AKBP Yuswanto menjelaskan, tersangka nekat membunuh korban karena sakit hati ditagih utang Rp2 juta.",
            ],
        ),
        _article(
            "b",
            "Detik",
            [
                "Maskapai Lion Air menyampaikan informasi terbaru mengenai layanan penerbangan dari dan menuju Yogyakarta.",
                "Tersangka berinisial RS (31) ditangkap di rumah kerabatnya di Magelang, Kamis (12/6/2025) malam.",
            ],
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=4)]
    assert not any(t.startswith("Polisi mengungkap motif") or "informasi terbaru mengenai" in t for t in texts)
    assert any("sakit hati" in t for t in texts) and any("RS (31)" in t for t in texts)


def test_an_announcement_is_one_only_when_nothing_but_a_preposition_follows_what_it_names():
    from telisik.stories.summary import _promise

    assert _promise().match("Wali Kota Bogor membeberkan sejumlah rencana untuk menata kawasan Puncak.")
    assert _promise().match("Penyanyi Rossa mengungkapkan rencana masa depan kariernya setelah resmi bercerai.")
    # what follows the noun tells something: the fever, why the celebration moves
    assert not _promise().match("Xabi Alonso mengungkap perkembangan kondisi Kylian Mbappe yang mengalami demam akibat virus.")
    assert not _promise().match("Gubernur menjelaskan alasan perayaan Hari Jadi Kota dipindah ke Lapangan Banteng.")
    assert not _promise().match("Menteri menyampaikan bahwa harga beras akan turun pekan depan.")


def test_a_quoted_question_tells_no_fact_and_is_never_picked():
    paragraphs = [
        '"Saudara saksi, pernah enggak terdakwa menyampaikan ingin menjadi menteri?" tanya kuasa hukum di Pengadilan Tipikor.',
        "Saksi menyebut terdakwa dua kali menolak tawaran menjadi menteri pada periode 2019-2024.",
        "Sidang dilanjutkan pekan depan dengan agenda pemeriksaan saksi dari jaksa penuntut umum.",
    ]
    texts = [s.text for s in summarise([_article("a", "Tempo", paragraphs)], DocumentFrequencies(), size=3)]
    assert paragraphs[0] not in texts and paragraphs[1] in texts


def _lead_selection(titles: list[str], leads: list[str]) -> _Selection:
    """The selection over two one-sentence articles of two outlets, with their headlines, rated."""
    articles = [StoryArticle.of(_titled(f"a{i}", f"O{i}", t, [lead])) for i, (t, lead) in enumerate(zip(titles, leads, strict=True))]
    df, config = DocumentFrequencies(), SummaryConfig()
    headlines = {a.id: _unit(weigh(Counter(words(a.title or "")), df)) for a in articles}
    selection = _Selection(_summary_candidates(articles, df, config), config, headlines=headlines)
    selection.rate()
    return selection


def test_two_leads_under_headlines_saying_one_thing_tell_it_once_unless_one_gives_a_figure_more():
    # "resmi tak lagi memperkuat" / "dipastikan berakhir": no word of the happening in common, one headline's happening
    leads = [
        "BINTANG Tim Nasional (Timnas) Indonesia, Rafael Struick resmi tak lagi memperkuat Brisbane Roar.",
        "Petualangan Rafael Struick di Brisbane Roar dipastikan berakhir.",
    ]
    alike = _lead_selection(["Resmi! Rafael Struick Tinggalkan Brisbane Roar", "Brisbane Roar Resmi Lepas Rafael Struick"], leads)
    assert alike.restates(1, 0, 0.0) and alike.restates(0, 1, 0.0)
    # headlines of two things (his goals, a club's interest): two facts
    apart = _lead_selection(["Rafael Struick Cetak Dua Gol", "Dewa United Incar Rafael Struick"], leads)
    assert not apart.restates(1, 0, 0.0)
    # the same headlines, the second lead with a height the first lacks: a fact of its own
    eruption = _lead_selection(
        ["Gunung Semeru Erupsi Lagi Pagi Ini", "Gunung Semeru Erupsi Lagi Pagi Ini"],
        ["Gunung Semeru kembali erupsi pada Kamis pagi.", "Kolom abu Semeru teramati setinggi 1.200 meter di atas puncak."],
    )
    assert not eruption.restates(1, 0, 0.0) and eruption.restates(0, 1, 0.0)


def test_a_players_parting_from_a_club_in_other_words_is_told_once():
    articles = [
        _article(
            "a",
            "Okezone",
            ["Gelandang andalan Timnas Indonesia Ivar Jenner resmi dilepas FC Utrecht jelang bergulirnya musim baru Eredivisie."],
        ),
        _article(
            "b",
            "Detik",
            [
                "Pemutusan kontrak pemain berdarah Belanda-Indonesia Ivar Jenner diumumkan manajemen FC Utrecht lewat situs "
                "klub pada Rabu malam waktu setempat.",
                "Sejumlah klub Liga 1 dikabarkan mulai memantau situasi sang gelandang.",
            ],
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=3)]
    assert sum("dilepas" in t or "Pemutusan kontrak" in t for t in texts) == 1
    assert any("memantau" in t for t in texts)


def test_a_sentence_that_only_says_a_told_case_drew_attention_adds_nothing():
    told = "Polisi menangkap pelaku pembunuhan dengan modus mutilasi terhadap jasad pria di Sungai Opak, Kabupaten Bantul, Yogyakarta."
    attention = "Kasus mutilasi yang menggegerkan masyarakat Yogyakarta khususnya warga Kabupaten Bantul terus menjadi sorotan."
    more = "Kasus mutilasi di Kabupaten Bantul menjadi sorotan setelah rekaman penangkapan ditonton dua juta kali di TikTok."
    articles = [
        StoryArticle.of(_article(aid, outlet, [text]))
        for aid, outlet, text in [("a", "Okezone", told), ("b", "Liputan6", attention), ("c", "Detik", more)]
    ]
    selection = _Selection(_summary_candidates(articles, DocumentFrequencies(), SummaryConfig()), SummaryConfig())
    selection.rate()
    facts = set(selection.candidates[0].facts)
    assert selection.adds_little(1, facts)  # "menggegerkan", "menjadi sorotan": people noticed what is told
    assert not selection.adds_little(2, facts)  # a count of its own


def test_a_witness_absence_told_by_the_summoner_and_by_another_outlet_is_told_once():
    articles = [
        _article(
            "a",
            "Tempo",
            ["Bupati Sidoarjo Ahmad Muhdlor mangkir dari panggilan Komisi Pemberantasan Korupsi (KPK) pada hari ini."],
        ),
        _article(
            "b",
            "Detik",
            [
                '"Saksi AM tidak hadir, minta untuk dijadwalkan ulang," kata juru bicara KPK, Budi Prasetyo, kepada wartawan.',
                "KPK telah menetapkan 12 tersangka dalam perkara pemotongan insentif pegawai BPPD Sidoarjo.",
            ],
        ),
    ]
    texts = [s.text for s in summarise(articles, DocumentFrequencies(), size=3)]
    assert sum("mangkir" in t or "tidak hadir" in t for t in texts) == 1 and any("12 tersangka" in t for t in texts)


def test_a_sum_written_short_by_one_outlet_and_in_full_by_another_is_one_figure():
    from telisik.stories.amounts import short_forms

    texts = [
        "Kejagung menyita uang senilai Rp11,8 triliun dari lima korporasi sawit.",
        "Penyitaan sebesar Rp11.880.351.802.619 diyakini menjadi penyitaan terbesar dalam sejarah Kejagung.",
        "Mobil listrik itu dijual Rp990 juta, sementara pesaingnya Rp 950.000.000.",
        "Kemensos mencatat ada 1,3 juta rekening penerima bansos yang gagal transfer.",
        '"Ada 1.323.459 KPM yang gagal salur," kata Mensos di Jakarta.',
    ]
    assert short_forms(texts) == [set(), {"#11.8"}, set(), set(), {"#1.3"}]  # 950.000.000 is not 990 juta
    articles = [_article(f"a{i}", outlet, [text]) for i, (outlet, text) in enumerate([("Detik", texts[3]), ("Liputan6", texts[4])])]
    assert len(summarise(articles, DocumentFrequencies(), size=2)) == 1
