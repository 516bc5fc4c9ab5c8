"""A timeline entry of people moved takes the place its reports' own sentences name before one an event carried from
another sentence. Sentences written for these tests."""

from __future__ import annotations

from story_articles import article, timeline_entries


def test_moved_from_where_the_sentence_says_not_a_place_carried_from_elsewhere():
    a = article(
        "a",
        "2025-06-19",
        [
            "Negara-negara Eropa memulangkan ratusan warga negara mereka dari Israel, Selasa (17/6/2025).",
            "Pemerintah asing telah bergegas untuk mengevakuasi warga negara mereka, Selasa (17/6/2025).",
        ],
        [
            {"type": "EVACUATE", "who": ["warga"], "where": "Israel", "when": "2025-06-17", "trigger": "memulangkan", "in_sentence": 0},
            {"type": "EVACUATE", "who": ["warga"], "where": "Sofia", "when": "2025-06-17", "trigger": "mengevakuasi", "in_sentence": 1},
        ],
    )
    assert [row[3] for row in timeline_entries(a) if row[1] == "EVACUATE"] == ["Israel"]


def test_a_city_still_outweighs_a_country_both_told_in_their_sentences():
    a = article(
        "a",
        "2025-06-19",
        [
            "Warga dievakuasi dari Iran, Selasa (17/6/2025).",
            "Warga tiba dan dievakuasi di Baku, Selasa (17/6/2025).",
        ],
        [
            {"type": "EVACUATE", "who": ["warga"], "where": "Iran", "when": "2025-06-17", "trigger": "dievakuasi", "in_sentence": 0},
            {"type": "EVACUATE", "who": ["warga"], "where": "Baku", "when": "2025-06-17", "trigger": "dievakuasi", "in_sentence": 1},
        ],
    )
    assert [row[3] for row in timeline_entries(a) if row[1] == "EVACUATE"] == ["Baku"]
