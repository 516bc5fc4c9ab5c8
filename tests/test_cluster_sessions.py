"""A routine report out in the morning that tells the day before's trading session is that day's report
(``kinds.session_day``, ``cluster.ClusterConfig.part_sessions``).

Market reports of one day are one story: the index at the open, at noon, at the close. But an outlet's piece out on
Thursday morning that tells Wednesday's close ("IHSG ... berakhir di zona merah pada sesi perdagangan Rabu, 18 Juni
2025") reports another session, however alike its words are. The articles are short Indonesian texts written for
these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from telisik.stories.cluster import ClusterConfig, ClusterInput, cluster_articles
from telisik.stories.describe import cluster_record
from telisik.stories.kinds import session_day

THURSDAY = date(2025, 6, 19)


@pytest.mark.parametrize(
    ("lead", "told"),
    [
        ("Jakarta - IHSG berakhir di zona merah pada sesi perdagangan Rabu, 18 Juni 2025. Sektor teknologi turun.", date(2025, 6, 18)),
        ("Harga emas menguat tipis pada perdagangan Rabu (18/6/2025) setelah bank sentral menahan bunga.", date(2025, 6, 18)),
        ("Indeks ditutup melemah pada Jumat, 13 Juni 2025, dan investor asing mencatat jual bersih.", None),  # too long ago
        ("IHSG berpeluang melemah pada perdagangan saham Kamis (19/6/2025) di tengah tekanan jual.", None),  # its own day
        ("IHSG dibuka melemah pada perdagangan hari ini, Jakarta, Kamis (18/6/2025), ke level 7.103.", None),  # a slip
        ("Bursa Efek Indonesia mencatat 12 emiten baru sejak 18 Juni 2025, kata direktur bursa.", None),  # no session
        ("Gempa magnitudo 5,0 mengguncang Pangandaran pada Rabu (18/6/2025) dini hari.", None),
        ("", None),
    ],
)
def test_a_report_tells_an_earlier_session_when_its_lead_gives_one(lead, told):
    assert session_day(lead, THURSDAY) == told


def report(id_: str, outlet: str, title: str, body: str, hour: int) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": f"2025-06-19T{hour:02d}:00:00+07:00",
        "entities": [
            {"name": "IHSG", "type": "ORG", "mentions": [[0, 4]] * 3},
            {"name": "Bursa Efek Indonesia", "type": "ORG", "mentions": [[0, 5]]},
        ],
    }


CLOSE = (
    "Jakarta - Indeks Harga Saham Gabungan (IHSG) ditutup turun hampir 2 persen pada perdagangan Kamis (19/6/2025). "
    "IHSG meninggalkan level 7.000 setelah investor asing mencatat jual bersih di pasar reguler. Sektor teknologi "
    "dan sektor keuangan memimpin pelemahan, sementara sektor properti bergerak naik tipis."
)
NOON = (
    "Jakarta - Indeks Harga Saham Gabungan (IHSG) turun tajam pada sesi pertama perdagangan Kamis (19/6/2025). "
    "IHSG sempat menyentuh level 6.990 setelah investor asing mencatat jual bersih di pasar reguler. Sektor teknologi "
    "dan sektor keuangan memimpin pelemahan, sementara sektor properti bergerak naik tipis."
)
YESTERDAY = (
    "Jakarta - Indeks Harga Saham Gabungan (IHSG) tertekan dan berakhir di zona merah pada sesi perdagangan Rabu, 18 Juni "
    "2025. IHSG turun 0,67 persen ke level 7.107 setelah investor asing mencatat jual bersih di pasar reguler. Sektor "
    "teknologi dan sektor keuangan memimpin pelemahan, sementara sektor properti bergerak naik tipis."
)
DAY = [
    report("noon", "Warta Bursa", "IHSG Turun Tajam Hari Ini, Tinggalkan Level 7.000", NOON, 12),
    report("close", "Kabar Pasar", "IHSG Ditutup Turun Hampir 2 Persen, Asing Jual Bersih", CLOSE, 16),
    report("before", "Warta Bursa", "IHSG Terkoreksi, Saham-Saham Ini Dilepas Asing", YESTERDAY, 10),
]


def test_the_day_befores_close_is_no_report_of_the_days_own():
    joined = cluster_articles(DAY, ClusterConfig(part_sessions=False))
    assert joined["noon"] == joined["close"] == joined["before"]  # alike in words and names, all out on one day
    stories = cluster_articles(DAY)
    assert stories["noon"] == stories["close"]
    assert stories["before"] != stories["close"]


def test_a_compact_record_tells_the_same_session():
    full = ClusterInput.of(DAY[2])
    compact = ClusterInput.of(cluster_record(DAY[2], body_words=400))
    assert full.session == compact.session == date(2025, 6, 18)
    assert ClusterInput.of(DAY[1]).session is None
