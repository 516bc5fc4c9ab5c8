"""Hosts by the public suffix list (courlan, offline) and numbers shown to people (babel)."""

from __future__ import annotations

import socket

import pytest

from telisik.output.render import figure, number, render_report
from telisik.pages import metadata


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.parametrize(
    ("host", "registered"),
    [
        ("regional.kompas.com", "kompas.com"),
        ("SULSEL.TRIBUNNEWS.COM", "tribunnews.com"),
        ("www.pikiran-rakyat.com:443", "pikiran-rakyat.com"),
        ("jabarprov.go.id", "jabarprov.go.id"),
        ("ppid.jabarprov.go.id", "jabarprov.go.id"),
        ("sman1-bandung.sch.id", "sman1-bandung.sch.id"),  # sch.id: a suffix the old hand-written list lacked
        ("info.sukamaju.desa.id", "sukamaju.desa.id"),
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("localhost", "localhost"),
        ("10.0.0.7", "10.0.0.7"),
    ],
)
def test_registrable_host_follows_the_public_suffix_list_offline(host, registered, no_network):
    assert metadata.registrable_host(host) == registered


def test_every_outlet_host_is_its_own_registrable_domain(no_network):
    """outlets.tsv is keyed by registered domain: a page on any of its subdomains finds the outlet."""
    for host, name, _aliases in metadata.outlet_rows():
        assert metadata.registrable_host("news." + host) == host
        assert metadata.outlet_from_url(f"https://m.{host}/read/2025/03/04/banjir") == name


def test_figures_are_written_as_indonesian_reports_write_them():
    assert figure("1234") == "1.234" and figure("2.5") == "2,5" and figure(1250000) == "1.250.000"
    assert figure("2025-03-04") == "2025-03-04" and figure("Dayeuhkolot") == "Dayeuhkolot" and figure(None) is None
    assert number(12345) == "12,345"  # telisik's own counts sit in English text


def test_the_report_shows_a_developing_figure_in_indonesian_form():
    article = {"id": "a1", "outlet": "Kompas", "title": "Korban Banjir Bandang Garut Bertambah", "body": "GARUT - ...",
               "published": "2025-03-04T10:00:00+07:00", "authors": [], "editors": [], "captions": [], "removed": []}
    later = dict(article, id="a2", outlet="Detik", published="2025-03-04T18:00:00+07:00")
    story = {"id": "s1", "title": "Banjir bandang Garut", "articles": ["a1", "a2"], "outlets": ["Kompas", "Detik"],
             "first": "2025-03-04", "last": "2025-03-04",
             "updates": [{"about": "mengungsi in Garut", "type": None, "counted": "mengungsi",
                          "series": [{"value": 1234, "as_of": "2025-03-04T10:00:00+07:00", "articles": ["a1"]},
                                     {"value": 2310, "as_of": "2025-03-04T18:00:00+07:00", "articles": ["a2"]}]}]}
    html = render_report({"articles": [article, later], "rejected": [], "entities": [], "stories": [story]})
    assert "<code>1.234</code>" in html and "<code>2.310</code>" in html and "1.234 → 2.310" in html and "1234" not in html
