"""Two pieces of one happening that the story step must keep as one story (not leave apart for the threads to stitch):
an outlet's follow-up of a drowning that names the town where its first piece named the street by the river
(``kinds.headline_landforms`` reads no landform named by a street or a village word). The articles are short Indonesian
texts written for these tests."""

from __future__ import annotations

import pytest

from telisik.stories import kinds
from telisik.stories.cluster import cluster_articles


def article(id_: str, outlet: str, title: str, body: str, names: list[tuple[str, str]], hour: int) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": f"2025-06-09T{hour:02d}:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": [[0, 3]] * 3} for n, t in names],
    }


@pytest.mark.parametrize(
    ("title", "landforms"),
    [
        ("Bocah Tewas Mengapung di Aliran Sungai Jalan Melati, Diduga Terpeleset", set()),  # a river by a street
        ("Banjir Kiriman, Sungai Desa Sukamaju Meluap Lagi", set()),
        ("Bocah Hanyut Di Sungai Dekat Rumahnya Ditemukan Tewas", set()),  # a title-case headline's little word
        ("Sungai Musi Meluap, Ratusan Rumah di Palembang Terendam", {"sungai musi"}),
        ("Wisatawan Terseret Ombak di Pantai Kuta", {"pantai kuta"}),
        ("Gunung Api Raung Erupsi Lagi", {"gunung raung"}),
    ],
)
def test_a_landform_is_named_by_its_own_name_not_by_the_street_or_village_beside_it(title, landforms):
    assert kinds.headline_landforms(title) == landforms


NAMES = [("Mataram", "LOC"), ("Lalu Hamdani", "PER"), ("Polsek Ampenan", "ORG")]
FIRST = (
    "Seorang bocah berusia 5 tahun ditemukan tewas mengapung di aliran sungai di Jalan Melati, Mataram, Senin (9/6/2025) "
    "sore. Warga yang melintas melihat tubuh korban tersangkut di antara bebatuan lalu menariknya ke tepi sungai. "
    "Kapolsek Ampenan Lalu Hamdani mengatakan korban diduga terpeleset saat bermain di dekat rumahnya."
)
SECOND = (
    "Bocah berusia 5 tahun yang ditemukan mengapung di aliran sungai di Jalan Melati, Mataram, Senin (9/6/2025) sempat "
    "diberi pertolongan oleh warga sebelum dibawa ke rumah sakit. Kapolsek Ampenan Lalu Hamdani menyebut korban diduga "
    "terpeleset saat bermain di dekat rumahnya, dan nyawanya tidak tertolong."
)
DROWNING = [
    article("tewas", "Kabar Lombok", "Tewas Mengapung di Aliran Sungai Jalan Melati, Bocah 5 Tahun Diduga Terpeleset", FIRST, NAMES, 18),
    article("kronologi", "Kabar Lombok", "Kronologi Bocah 5 Tahun Ditemukan Mengapung di Sungai di Mataram", SECOND, NAMES, 19),
]


def test_an_outlets_follow_up_naming_the_town_of_its_drowning_joins_the_story(monkeypatch):
    assert len(set(cluster_articles(DROWNING).values())) == 1
    # control: read "Jalan" as the river's name, and the follow-up in Mataram is the outlet's template told elsewhere
    monkeypatch.setattr(kinds, "_landform_stops", lambda lang: kinds.lower_word_list(lang, "stopwords.txt"))
    assert len(set(cluster_articles(DROWNING).values())) == 2


@pytest.mark.parametrize(
    ("title", "explains"),
    [
        # a profile of one day's news, its habit told after the deed: no explainer, so it may join the deed's story
        ("Anak Penjual Sayur di Garut Diterima di UGM Jalur SNBP, Sering Belajar Hingga Subuh", False),
        ("Kisah Pemulung Naik Haji, Kerap Menabung dari Botol Bekas", False),
        # the habit is what the headline tells
        ("Pengendara Motor Sering Lupa Cek Tekanan Ban Sebelum Mudik", True),
        ("Anak Kerap Mimisan Saat Cuaca Panas", True),
        ("Harga Emas Rp1,9 Juta Sering Naik Jelang Lebaran", True),  # a decimal comma ends no clause
        ("Tanda Kehormatan Diberikan Prabowo kepada 50 Tokoh", False),  # a sign only after a count
        ("Tanda Tangan Kontrak, Persib Resmi Rekrut Bek Asal Brasil", False),
    ],
)
def test_a_habit_explains_only_when_the_headline_tells_it_first(title, explains):
    assert kinds.headline_explains(title) is explains


@pytest.mark.parametrize(
    "title",
    [
        "Insomnia, Gangguan Tidur yang Sering Diremehkan",  # a thing's habit after a term: what it is
        "5 Tanda Ginjal Bermasalah, dari Lemas hingga Bengkak",
        "Tanda-tanda Aki Mobil Harus Diganti",
    ],
)
def test_a_things_habit_and_a_list_of_signs_still_explain(title):
    assert kinds.headline_explains(title)
