"""A company the gazetteer knows by one word, read in its other senses: "Telegram" as an official letter ("surat
telegram", "Telegram Panglima TNI") is no organisation; "Meta" as a woman's given name before her surname stays a
person; and "TikTok" alone is the company the article names in full by its legal name ("TikTok Nusantara (SG) Pte
Ltd"), one entity."""

from __future__ import annotations

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_a_letter_named_telegram_is_no_company(nlp):
    ents = entities(
        nlp,
        "Hal itu tertuang dalam Telegram Panglima TNI tentang pengamanan. Dalam Telegram tersebut, prajurit diminta siaga.",
    )
    assert "Telegram" not in ents
    ents = entities(nlp, "Polri menerbitkan surat telegram Kapolri tentang mudik. Surat Telegram itu diteken Kabareskrim.")
    assert "Telegram" not in ents
    # the platform stays a company
    ents = entities(nlp, "Video itu viral di TikTok dan dibagikan di Telegram oleh warganet.")
    assert ents["Telegram"][0] == "ORG"


def test_a_given_name_that_names_a_company_stays_the_persons(nlp):
    ents = entities(nlp, "Menurut Meta Rostiawati, penjualan naik. Meta Rostiawati menambahkan promo berlanjut.")
    assert ents["Meta Rostiawati"][0] == "PER"
    # a company's service after its name is still the company's ("Binance Pay")
    ents = entities(nlp, "Binance Pay terus tumbuh. Pengguna Binance Pay bertambah tahun ini.")
    assert ents["Binance Pay"][0] == "ORG"


def test_a_company_named_alone_is_its_legal_name(nlp):
    ents = entities(
        nlp,
        "Jakarta - TikTok Nusantara (SG) Pte Ltd membantah praktik monopoli. Dugaan itu muncul usai TikTok "
        "mengakuisisi Tokopedia. Menurut TikTok, akuisisi itu sah.",
    )
    company = [name for name, (_, texts) in ents.items() if "TikTok Nusantara" in texts]
    assert company and ents[company[0]][0] == "ORG"
    assert ents[company[0]][1].count("TikTok") == 2
    # a service after the name, with no legal form, stays apart
    ents = entities(nlp, "Binance Pay terus tumbuh. Binance menyebut layanan itu aman.")
    assert ents["Binance"][1] == ["Binance"]
