"""A story summary does not give a fact again in a quote or under a frame, and keeps two facts that only look alike:
a spokesman's words after the lead they restate, "membenarkan adanya ..." around a happening told, who says a thing
as no part of it, a count of one as no figure."""

from __future__ import annotations

from typing import Any

from summary_selection import rated_selection, restates
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import _facts, _happenings, _speaker_text
from telisik.stories.summary_repeats import quote_retells, without_frames


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


def test_a_confirmation_or_an_agreement_frames_the_happening_it_is_about_and_alone_stays_what_it_is():
    confirmed, _ = _happenings("Kapolres membenarkan adanya kecelakaan beruntun di ruas tol Cipali, Senin pagi.")
    assert without_frames(confirmed) == {"ACCIDENT"}
    agreed, _ = _happenings("Kedua pihak sepakat untuk memutus kontrak yang semestinya berlaku hingga 2026.")
    assert without_frames(agreed) == {"LEAVE"}
    only, _ = _happenings("Juru bicara maskapai membenarkan kabar tersebut kepada wartawan.")
    assert without_frames(only) == {"CONFIRM"}


def test_a_spokesmans_quote_telling_the_leads_sanction_again_restates_it():
    selection = rated_selection(
        [
            _article(
                "a",
                "Detik",
                [
                    "Grabbike menegaskan, mitra yang diduga memukul penumpang di Jalan Sudirman, Jakarta Pusat, sudah diblokir sejak bulan lalu."
                ],
            ),
            _article(
                "b",
                "Detik",
                [
                    "Seorang penumpang melaporkan pengemudi ojek daring ke Polsek Tanah Abang.",
                    '"Setelah melakukan pemeriksaan internal, kami memastikan bahwa akun tersebut telah diblokir dari aplikasi kami '
                    'sebelum kejadian itu," tambah Grabbike.',
                ],
            ),
        ]
    )
    assert restates(selection, "kami memastikan bahwa akun", "Grabbike menegaskan")


def test_a_quote_of_another_gift_or_of_another_place_is_a_fact_of_its_own():
    selection = rated_selection(
        [
            _article(
                "a", "Liputan6", ["Presiden Rusia Vladimir Putin menyerahkan sebuah koin emas kepada Presiden Prabowo Subianto di Moskow."]
            ),
            _article(
                "b",
                "Kompas",
                ['Putin juga memberikan buku berjudul "Sejarah Armada Laut" yang diterbitkan di Rusia kepada Prabowo Subianto.'],
            ),
            _article("c", "Detik", ["Tentara Rusia melancarkan serangan drone ke lapangan udara Ukraina di wilayah Rovno semalam."]),
            _article("d", "Tempo", ['Menurut Moskow, pasukan Rusia kini "mengembangkan serangan" di wilayah Donetsk dan Dnipropetrovsk.']),
        ]
    )
    assert not restates(selection, "memberikan buku", "menyerahkan sebuah koin")
    assert not restates(selection, "mengembangkan serangan", "melancarkan serangan drone")


def test_quote_retells_needs_every_party_figure_and_day_told_and_for_a_kind_made_many_times_the_same_words():
    told = {"lalamov", "emud", "blokir", "odong"}
    assert quote_retells(frozenset({"SANCTION"}), frozenset({"lalamov"}), {"lalamov"}, frozenset({"SANCTION"}), told, said_alike=True)
    # a sanction is made many times: without the same words of it, another sanction
    assert not quote_retells(frozenset({"SANCTION"}), frozenset({"lalamov"}), {"lalamov"}, frozenset({"SANCTION"}), told, False)
    # a new day is news of its own
    assert not quote_retells(frozenset({"SANCTION"}), frozenset({"lalamov"}), {"lalamov", "@7/6"}, frozenset({"SANCTION"}), told, True)
    # a meeting is one per party: the same kind and parties tell it
    assert quote_retells(frozenset({"MEET"}), frozenset({"bobby"}), {"bobby"}, frozenset({"MEET"}), {"bobby", "muzakir"}, False)


def test_who_says_a_thing_is_the_speech_frame_and_a_figure_in_it_stays_what_is_said():
    assert _speaker_text("Menteri Dalam Negeri Tito Karnavian menyebutkan rapat akan membahas tanggul laut.").startswith("Menteri Dalam")
    tagged = _speaker_text('"Kami sudah menahan pelaku," kata Kapolres Budi Santoso, Senin.')
    assert "kata Kapolres Budi" in tagged and "menahan" not in tagged  # (the quote is what is said)
    assert _speaker_text("Gempa susulan belum tercatat hingga pagi.") == ""
    assert _speaker_text("Kapolsek Bambang membenarkan adanya kecelakaan itu.").startswith("Kapolsek Bambang membenarkan")
    assert _speaker_text("Presiden Prabowo bertemu Putin dan menyebut kerja sama nuklir terbuka.") == ""


def test_a_sentence_telling_a_meeting_again_with_only_its_speaker_new_restates_it():
    selection = rated_selection(
        [
            _article(
                "a",
                "Okezone",
                [
                    "Presiden Prabowo Subianto memimpin rapat terbatas mengenai Tanggul Laut Raksasa di pantai utara Jawa, di Istana, Selasa."
                ],
            ),
            _article(
                "b",
                "SINDOnews",
                ["Menteri Koordinator Bidang Infrastruktur Agus Harimurti Yudhoyono menyebutkan rapat itu membahas Tanggul Laut Raksasa."],
            ),
        ]
    )
    assert restates(selection, "Agus Harimurti Yudhoyono menyebutkan", "memimpin rapat terbatas")


def test_a_count_of_one_written_out_is_a_word_and_no_figure_but_a_fare_of_rp_1_is():
    facts = _facts("Seorang penumpang kehilangan telepon genggam di sebuah pesawat.", DocumentFrequencies(), frozenset())
    assert not any(f.startswith("#") for f in facts)
    assert "#1" in _facts("Penumpang MRT cukup membayar tarif Rp 1 pada hari itu.", DocumentFrequencies(), frozenset())
    two = _facts("Dua penumpang kehilangan telepon genggam di pesawat.", DocumentFrequencies(), frozenset())
    assert "#2" in two
