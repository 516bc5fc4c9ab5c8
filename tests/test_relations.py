"""Relations sources give differently: where a place lies, a statement's venue, the victims' breakdown."""

from __future__ import annotations

import re
from datetime import date

from telisik.stories.article import StoryArticle
from telisik.stories.relations import (
    _article_groups,
    _article_placements,
    _article_roles,
    _article_venues,
    breakdown_conflicts,
    place_conflicts,
    relation_conflicts,
    role_conflicts,
    venue_conflicts,
)


def article(
    aid: str, body: str, published: str = "2025-06-09T10:00:00+07:00", timexes: list[dict[str, object]] | None = None
) -> StoryArticle:
    """An analysed article of invented text, its sentences cut at each full stop."""
    spans = [[m.start(), m.end()] for m in re.finditer(r"[^.]+\.?", body) if m[0].strip()]
    return StoryArticle(
        id=aid,
        title=None,
        body=body,
        outlet=aid,
        published=published,
        day=date.fromisoformat(published[:10]),
        dateline="",
        sentences=spans,
        events=[],
        timexes=timexes or [],
    )


# --- where a place lies


def test_reads_a_thing_and_its_regions() -> None:
    a = article("a", "Tambang itu berada di Pulau Lembu, Kabupaten Sumbawa, Nusa Tenggara Barat. Warga menolak.")
    assert {(p.thing, p.region) for p in _article_placements(a, "a")} == {
        ("Pulau Lembu", "Kabupaten Sumbawa"),
        ("Pulau Lembu", "Nusa Tenggara Barat"),
    }


def test_reads_the_thing_of_an_administrative_sentence_from_the_one_before() -> None:
    a = article("a", "Pulau Lembu memiliki luas sekitar 40 hektare. Secara administratif, pulau itu masuk wilayah Kabupaten Bima.")
    assert ("Pulau Lembu", "Kabupaten Bima") in {(p.thing, p.region) for p in _article_placements(a, "a")}


def test_reads_a_thing_that_lies_in_a_region() -> None:
    a = article("a", "Longsor melanda Desa Sukamaju yang terletak di Kecamatan Cibeber pada Senin.")
    assert [(p.thing, p.region) for p in _article_placements(a, "a")] == [("Desa Sukamaju", "Kecamatan Cibeber")]


def test_regency_given_differently_is_a_place_conflict() -> None:
    a = article("a", "Izin tambang di Pulau Lembu, Kabupaten Sumbawa dicabut pemerintah.")
    b = article("b", "Pemerintah mencabut izin tambang di Pulau Lembu di Kabupaten Bima.")
    conflicts = place_conflicts([a, b], {})
    assert [(c.kind, c.about, c.values) for c in conflicts] == [
        ("place", "regency of Pulau Lembu", {"Kabupaten Bima": ["b"], "Kabupaten Sumbawa": ["a"]})
    ]


def test_a_bare_name_takes_the_level_the_story_names_it_with() -> None:
    a = article("a", "Izin PT Lembu Nikel di Sumbawa tidak dicabut. Bupati Kabupaten Sumbawa menyambut keputusan itu.")
    b = article("b", "Pulau Lembu, Kabupaten Bima, dikenal kaya nikel.")
    conflicts = place_conflicts([a, b], {})
    assert [c.values for c in conflicts] == [{"Kabupaten Bima": ["b"], "Sumbawa": ["a"]}]


def test_a_company_in_two_regencies_is_no_conflict() -> None:
    a = article("a", "Smelter PT Lembu Nikel di Kabupaten Sumbawa mulai beroperasi.")
    b = article("b", "Tambang milik PT Lembu Nikel, Kabupaten Bima, ditutup.")
    assert place_conflicts([a, b], {}) == []


def test_a_regency_and_a_province_are_no_conflict() -> None:
    a = article("a", "Izin tambang di Pulau Lembu, Kabupaten Sumbawa dicabut.")
    b = article("b", "Izin tambang di Pulau Lembu, Provinsi Nusa Tenggara Barat dicabut.")
    assert place_conflicts([a, b], {}) == []


def test_a_region_named_loosely_is_no_conflict() -> None:
    a = article("a", "Tambang di Pulau Lembu, Provinsi Papua Barat Daya ditutup.")
    b = article("b", "Tambang di Pulau Lembu, Provinsi Papua ditutup.")
    assert place_conflicts([a, b], {}) == []


def test_a_copy_is_its_original_source() -> None:
    a = article("a", "Izin tambang di Pulau Lembu, Kabupaten Sumbawa dicabut.")
    b = article("b", "Izin tambang di Pulau Lembu, Kabupaten Bima dicabut.")
    assert place_conflicts([a, b], {"b": "a"}) == []
    assert relation_conflicts([a, b], {"b": "a"}) == []


def test_an_article_against_itself_is_no_conflict() -> None:
    a = article("a", "Izin di Pulau Lembu, Kabupaten Sumbawa dicabut. Pulau Lembu, Kabupaten Bima, sepi.")
    b = article("b", "Pulau Lembu di Kabupaten Sumbawa ramai dikunjungi.")
    assert place_conflicts([a, b], {}) == []


# --- the venue of a statement


def test_reads_a_venue_with_its_speaker() -> None:
    a = article("a", '"Kami cabut izinnya," kata Menteri Budi Santoso dalam konferensi pers di Istana Negara, Jakarta, Senin (9/6/2025).')
    venues = _article_venues(a, "a")
    assert [(v.venue, v.day, v.speakers) for v in venues] == [("Istana Negara", date(2025, 6, 9), frozenset({"budi", "santoso"}))]


def test_one_press_conference_told_in_two_places_is_a_venue_conflict() -> None:
    a = article("a", "Hal itu disampaikan Menteri Budi Santoso dalam konferensi pers di Istana Negara, Jakarta, Senin.")
    b = article("b", '"Izin empat perusahaan dicabut," ujar Budi di Kantor Presiden, Jakarta, Senin.')
    conflicts = venue_conflicts([a, b], {})
    assert [(c.kind, c.about, c.values) for c in conflicts] == [
        ("venue", "venue of the press conference of 2025-06-09", {"Istana Negara": ["a"], "Kantor Presiden": ["b"]})
    ]


def test_two_occasions_are_no_venue_conflict() -> None:
    # other speakers
    a = article("a", "Hal itu disampaikan Menteri Budi Santoso dalam konferensi pers di Istana Negara, Senin.")
    b = article("b", '"Kami menolak," ujar Andi Wijaya dalam jumpa pers di Gedung Sate, Senin.')
    assert venue_conflicts([a, b], {}) == []
    # another day
    c = article("c", '"Kami cabut," ujar Budi Santoso di Kantor Presiden, Jakarta.', published="2025-06-10T09:00:00+07:00")
    assert venue_conflicts([a, c], {}) == []
    # a source telling both places of the day tells two occasions
    d = article(
        "d",
        "Budi Santoso hadir dalam konferensi pers di Istana Negara. Siangnya, kata Budi Santoso dalam konferensi pers di Kantor Presiden, izin dicabut.",
    )
    e = article("e", '"Izin dicabut," kata Budi Santoso dalam konferensi pers di Kantor Presiden.')
    assert venue_conflicts([a, d, e], {}) == []


def test_a_complex_around_the_building_is_no_venue_conflict() -> None:
    a = article("a", "Hal itu disampaikan Menteri Budi Santoso dalam konferensi pers di Istana Negara, Senin.")
    b = article("b", '"Izin dicabut," kata Budi Santoso dalam keterangan pers di Istana Kepresidenan, Jakarta, Senin.')
    assert venue_conflicts([a, b], {}) == []


# --- the breakdown of the victims


def test_reads_the_breakdown_of_the_dead() -> None:
    a = article("a", "Menurut polisi, korban tewas terdiri dari tujuh siswa dan satu orang dewasa.")
    b = article("b", "Wali kota mengonfirmasi sembilan orang tewas dalam serangan itu: satu orang dewasa dan delapan siswa.")
    assert {(g.kind, g.group, g.value) for g in _article_groups(a, "a")} == {("DIE", "siswa", 7), ("DIE", "orang dewasa", 1)}
    assert {(g.group, g.value) for g in _article_groups(b, "b")} == {("siswa", 8), ("orang dewasa", 1)}


def test_a_count_without_a_breakdown_is_not_read() -> None:
    a = article("a", "Tujuh siswa tewas dan satu guru terluka dalam kecelakaan itu.")
    assert _article_groups(a, "a") == []


def test_one_group_counted_differently_at_one_moment_is_a_number_conflict() -> None:
    a = article("a", "Korban tewas terdiri dari tujuh siswa dan satu orang dewasa.", published="2025-06-10T17:45:00+07:00")
    b = article("b", "Sembilan orang tewas: satu orang dewasa dan delapan siswa.", published="2025-06-10T18:30:00+07:00")
    conflicts = breakdown_conflicts([a, b], {})
    assert [(c.kind, c.about, c.values) for c in conflicts] == [("number", "number of siswa among the dead", {"7": ["a"], "8": ["b"]})]


def test_a_breakdown_that_grows_over_the_day_is_no_conflict() -> None:
    a = article("a", "Korban tewas terdiri dari tujuh siswa dan satu orang dewasa.", published="2025-06-10T08:00:00+07:00")
    b = article("b", "Sembilan orang tewas: satu orang dewasa dan delapan siswa.", published="2025-06-10T20:00:00+07:00")
    assert breakdown_conflicts([a, b], {}) == []


def test_one_source_does_not_disagree_with_itself() -> None:
    a = article("a", "Korban tewas terdiri dari tujuh siswa dan satu orang dewasa. Kemudian, sembilan orang tewas: delapan siswa.")
    b = article("b", "Korban tewas terdiri dari tujuh siswa dan satu orang dewasa.", published="2025-06-09T10:30:00+07:00")
    assert breakdown_conflicts([a], {}) == []
    assert breakdown_conflicts([a, b], {"b": "a"}) == []


def test_a_statement_dated_another_day_is_another_occasion() -> None:
    a = article("a", "Hal itu disampaikan Menteri Budi Santoso dalam konferensi pers di Istana Negara, Senin.")
    text = "Kamis (5/6/2025)"
    body = f'"Izin dicabut," ujar Budi Santoso di Kantor Presiden, Jakarta, {text}.'
    b = article("b", body, timexes=[{"text": text, "start": body.index(text), "end": body.index(text) + len(text), "value": "2025-06-05"}])
    assert [v.day for v in _article_venues(b, "b")] == [date(2025, 6, 5)]
    assert venue_conflicts([a, b], {}) == []


def test_another_name_of_one_city_is_no_conflict() -> None:
    a = article("a", "Banjir merendam Kelurahan Mulyorejo, Kota Jogja sejak pagi.")
    b = article("b", "Banjir merendam Kelurahan Mulyorejo, Kota Yogyakarta sejak pagi.")
    assert place_conflicts([a, b], {}) == []


# --- the role of the doer


def test_reads_the_doers_role() -> None:
    a = article("a", "Polisi menyebut pelaku penembakan, yang dilaporkan seorang siswa sekolah itu, tewas.")
    b = article("b", "Polisi mengidentifikasi pelaku sebagai pria berusia 19 tahun yang merupakan mantan murid sekolah itu.")
    assert [(r.role, r.former) for r in _article_roles(a, "a")] == [("siswa", False)]
    assert [(r.role, r.former) for r in _article_roles(b, "b")] == [("siswa", True)]


def test_a_victims_role_is_not_the_doers() -> None:
    a = article("a", "Pelaku menembak korban yang merupakan siswa kelas sepuluh.")
    assert _article_roles(a, "a") == []


def test_a_student_and_a_former_student_is_a_participant_conflict() -> None:
    a = article("a", "Pelaku penembakan, yang dilaporkan seorang siswa sekolah itu, tewas.")
    b = article("b", "Tersangka penembak, yang diyakini sebagai mantan siswa, melepaskan tembakan.")
    conflicts = role_conflicts([a, b], {})
    assert [(c.kind, c.values) for c in conflicts] == [("participant", {"siswa": ["a"], "mantan siswa": ["b"]})]
    assert role_conflicts([a, b], {"b": "a"}) == []


def test_a_source_telling_both_roles_is_no_conflict() -> None:
    a = article("a", "Pelaku, yang disebut seorang siswa, tewas. Belakangan tersangka, yang diyakini sebagai mantan siswa, dikenali.")
    b = article("b", "Tersangka penembak, yang diyakini sebagai mantan siswa, melepaskan tembakan.")
    assert role_conflicts([a, b], {}) == []


def test_one_institution_named_two_ways_is_no_venue_conflict() -> None:
    a = article("a", '"Bantuan disalurkan pekan ini," kata Menteri Sosial Rudi Hartono dalam konferensi pers di Kantor Kemensos, Senin.')
    b = article("b", '"Bantuan segera cair," ujar Rudi Hartono dalam jumpa pers di Gedung Kementerian Sosial, Jakarta, Senin.')
    c = article("c", '"Bantuan segera cair," ujar Rudi Hartono dalam jumpa pers di Gedung Sate, Bandung, Senin.')
    assert venue_conflicts([a, b], {}) == []
    assert [set(x.values) for x in venue_conflicts([a, c], {})] == [{"Kantor Kemensos", "Gedung Sate"}]
