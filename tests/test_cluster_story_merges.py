"""Story merges and joins decided by what the headlines name: a rare name that is no person's, and the match played.

- Two stories, of more than one outlet, whose headlines give one rare place (a volcano, a village road) are one
  happening told from two angles (the eruption, the flights it cancelled): they merge at a lower similarity
  (``headline_merge_threshold``). A governor or an attorney general's office is named in the headlines of many matters
  of theirs, and a place many background documents give (a capital city) is a topic: neither lowers it.
- Headlines that each name one match ("Korvalis Vs Dranmoor") report two matches when no team of one is a team of
  the other: an article or story of one does not join one of the other (``part_matches``). One team's matches of a
  tournament share that team, and stay joinable (a team's campaign is one story). A headline reporting one match's
  result ("Indonesia Pukul Thailand 3-2") tells that match only: it and a headline naming another pairing of the team
  (the next day's "Indonesia vs Bahrain") are two stories (``part_results``).

The articles are short Indonesian texts written for these tests; the places, clubs and people are invented.
"""

from __future__ import annotations

from collections import Counter

from telisik.stories.cluster import ClusterConfig, ClusterInput, Story, StoryClusterer, cluster_articles, same_pairing


def story(sid: str, outlets: set[str], headline_names: dict[str, int], places: dict[str, int] | None = None) -> Story:
    """A story of as many members as its most given headline name; ``places``: how many of its members tag a name
    a place (the others tag it something else)."""
    members = [f"{sid}{n}" for n in range(max(headline_names.values(), default=1))]
    votes = Counter({name: 2 * (places or {}).get(name, 0) - count for name, count in headline_names.items()})
    return Story(sid, members=members, outlets=outlets, headline_names=Counter(headline_names), place_votes=votes)


def test_stories_whose_headlines_give_one_rare_place_merge_at_the_lower_threshold():
    clusterer = StoryClusterer()
    eruption = story("a", {"Kabar Timur"}, {"gunung lokatobi laki laki": 2, "badan geologi": 1}, places={"gunung lokatobi laki laki": 2})
    flights = story("b", {"Warta Kota", "Kabar Timur"}, {"erupsi gunung lokatobi": 1, "wings air": 2}, places={"erupsi gunung lokatobi": 1})
    # the tagger draws the volcano's name differently in each article: its rare word is what they share
    assert clusterer._alike_enough(eruption, flights, 0.3, 0.35)
    assert clusterer._alike_enough(eruption, flights, 0.2, 0.35) is False  # under ``headline_merge_threshold`` (0.25)


def test_a_person_an_organisation_or_a_common_place_does_not_lower_the_merge_threshold():
    clusterer = StoryClusterer()
    # a governor's matters: his warung demolition and his free lodging for patients' families
    warung = story("a", {"Kabar Timur"}, {"dedi marwan": 2, "kampung gabus": 1}, places={"kampung gabus": 1})
    lodging = story("b", {"Warta Kota"}, {"dedi marwan": 1, "rumah sakit": 1})
    assert clusterer._alike_enough(warung, lodging, 0.3, 0.35) is False
    # an attorney general's office's two cases
    laptops = story("c", {"Kabar Timur"}, {"kejagung": 2, "chromebook": 1})
    palm_oil = story("d", {"Warta Kota"}, {"kejagung": 1, "wilmar": 1})
    assert clusterer._alike_enough(laptops, palm_oil, 0.3, 0.35) is False
    # a country holds many happenings: a school shooting and an emergency landing in Austria, however few of the
    # background's documents name it
    shooting = story("g", {"Kabar Timur"}, {"austria": 2}, places={"austria": 2})
    landing = story("h", {"Warta Kota"}, {"austria": 1, "graz": 1}, places={"austria": 1})
    assert StoryClusterer().df.background_df("e:austria") <= 0.008 * StoryClusterer().df.n_background
    assert clusterer._alike_enough(shooting, landing, 0.3, 0.35) is False
    # "jakarta" is given by many of the background's documents: a city's matters are many happenings
    fares = story("e", {"Kabar Timur"}, {"jakarta": 2}, places={"jakarta": 2})
    fair = story("f", {"Warta Kota"}, {"jakarta": 1, "kemayoran": 1}, places={"jakarta": 1})
    assert clusterer._alike_enough(fares, fair, 0.3, 0.35) is False


def test_a_place_the_tagger_once_called_an_organisation_still_counts_when_most_articles_call_it_a_place():
    clusterer = StoryClusterer()
    road = story("a", {"Kabar Timur", "Warta Kota"}, {"parung lestari": 3}, places={"parung lestari": 2})
    repair = story("b", {"Warta Kota"}, {"parung lestari": 1}, places={"parung lestari": 1})
    assert clusterer._alike_enough(road, repair, 0.3, 0.35)
    mostly_a_company = story("c", {"Kabar Timur"}, {"parung lestari": 3}, places={"parung lestari": 1})
    assert clusterer._alike_enough(mostly_a_company, repair, 0.3, 0.35) is False


def test_two_rare_places_are_two_happenings_however_alike_their_headline_words():
    clusterer = StoryClusterer()
    one = story("a", {"Kabar Timur"}, {"gunung lokatobi": 2}, places={"gunung lokatobi": 2})
    other = story("b", {"Warta Kota"}, {"gunung sumeria": 2}, places={"gunung sumeria": 2})
    for side, words in ((one, "erupsi kolom abu lokatobi"), (other, "erupsi kolom abu sumeria")):
        side.heaviest = {"title": [f"t:{word}" for word in words.split()]}
    assert clusterer._alike_enough(one, other, 0.3, 0.35) is False


def test_stories_whose_strongest_headline_words_share_rare_words_merge_at_the_lower_threshold():
    clusterer = StoryClusterer()
    # civil servants may work from anywhere: the rule, and a legislator's reaction to it
    rule = story("a", {"Kabar Timur"}, {"kemenpan rb": 2})
    reaction = story("b", {"Warta Kota"}, {"komisi ii": 1})
    rule.heaviest = {"title": ["t:asn", "t:wfa", "t:boleh", "t:fleksibel"]}
    reaction.heaviest = {"title": ["t:wfa", "t:disiplin", "t:asn", "t:ingatkan"]}
    assert clusterer._alike_enough(rule, reaction, 0.3, 0.35)
    # words many background documents give ("boleh", "kerja") tell a topic, not a happening
    reaction.heaviest = {"title": ["t:wfa", "t:boleh", "t:kerja"]}
    assert clusterer._alike_enough(rule, reaction, 0.3, 0.35) is False


def test_one_outlet_alone_does_not_lower_the_merge_threshold():
    clusterer = StoryClusterer()
    a = story("a", {"Kabar Timur"}, {"parung lestari": 2}, places={"parung lestari": 2})
    b = story("b", {"Kabar Timur"}, {"parung lestari": 1}, places={"parung lestari": 1})
    assert clusterer._alike_enough(a, b, 0.3, 0.35) is False
    apart = a, story("c", {"Warta Kota"}, {"parung lestari": 1}, places={"parung lestari": 1})
    assert clusterer._alike_enough(*apart, 0.3, 0.35)
    assert StoryClusterer(ClusterConfig(headline_merge_threshold=None))._alike_enough(*apart, 0.3, 0.35) is False


def test_an_article_reads_the_one_match_its_headline_names():
    report = ClusterInput.of({"id": "m", "title": "Hasil Piala Antarklub: Korvalis Vs Dranmoor 0-1", "body": ""})
    assert report.match == {"korvalis", "dranmoor"}
    schedule = ClusterInput.of({"id": "s", "title": "Jadwal Malam Ini: Korvalis vs Dranmoor, Seltara vs Ambrosa", "body": ""})
    assert schedule.match == frozenset()  # a round-up names no one match
    # a "vs" of another kind (a dispute, a comparison) names no match
    dispute = ClusterInput.of({"id": "d", "title": "Saksi Diperiksa di Kasus Rayen Pono Vs Ahmad Darmi", "body": ""})
    assert dispute.match == frozenset()
    # each side keeps its whole name, as written either way round
    one = ClusterInput.of({"id": "a", "title": "Hasil Liga: Real Korvalis Vs Dranmoor City 2-1", "body": ""})
    other = ClusterInput.of({"id": "b", "title": "Rapor Pemain Dranmoor City vs Real Korvalis: Gol Telat", "body": ""})
    assert one.match == {"real korvalis", "dranmoor city"}
    assert StoryClusterer()._same_match({one.match}, {other.match})


def test_matches_of_other_teams_are_other_stories_and_one_teams_matches_are_not():
    clusterer = StoryClusterer()
    korvalis_dranmoor = {frozenset({"korvalis", "dranmoor"})}
    assert not clusterer._same_match(korvalis_dranmoor, {frozenset({"seltara", "ambrosa"})})
    # one word of a team's name is the team: "madrid" on the left of "vs", "real madrid" on its right
    assert clusterer._same_match({frozenset({"real madrid", "al hilal"})}, {frozenset({"madrid", "hilal"})})
    # a team's campaign: each match has the team
    campaign = {frozenset({"indonesia", "thailand"}), frozenset({"indonesia", "bahrain"})}
    assert clusterer._same_match(campaign, {frozenset({"pakistan", "indonesia"})})
    # a story holding two teams' next match does not let in a third pairing of neither's teams
    chained = {frozenset({"seltara", "korvalis"}), frozenset({"korvalis", "dranmoor"})}
    assert not clusterer._same_match(chained, {frozenset({"ambrosa", "dranmoor"})})
    assert StoryClusterer(ClusterConfig(part_matches=False))._same_match(korvalis_dranmoor, {frozenset({"seltara", "ambrosa"})})


ROUND = [
    "Laga matchday kedua Grup B Piala Antarklub di Stadion Rosebowl berlangsung sengit sejak menit awal.",
    "Pelatih Ravello Santi menyebut timnya tampil disiplin dan memanfaatkan serangan balik dengan baik.",
    "Gol tunggal lahir dari sundulan pada menit ke-36 setelah umpan silang dari sisi kanan.",
    "Hasil ini membuat persaingan Grup B Piala Antarklub semakin ketat menjelang matchday terakhir pekan depan.",
    "Kedua tim sama-sama kesulitan menembus pertahanan lawan di babak kedua.",
    "Suporter memadati tribun Stadion Rosebowl meski laga digelar siang hari di bawah terik matahari.",
]
# the other match of the round, told in other sentences with the round's words, stadium and coach
OTHER_MATCH = [
    "Stadion Rosebowl kembali menjadi tuan rumah matchday kedua Grup B Piala Antarklub pada sore harinya.",
    "Ravello Santi, yang menonton dari tribun, memuji permainan cepat kedua tim di laga pembuka.",
    "Satu-satunya gol tercipta pada menit ke-71 lewat tendangan bebas melengkung ke pojok atas gawang.",
    "Dengan tambahan tiga poin, peluang lolos dari Grup B Piala Antarklub masih terbuka hingga matchday terakhir.",
]
ROUND_NAMES = [("Grup B", "ORG"), ("Piala Antarklub", "ORG"), ("Stadion Rosebowl", "LOC"), ("Ravello Santi", "PER")]


def report(id_: str, outlet: str, title: str, order: tuple[int, ...], sentences: list[str] = ROUND) -> dict:
    """A match report telling its sentences in its own order (so neither report of one match is a copy of the other)."""
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": " ".join(sentences[i] for i in order),
        "published": "2025-06-20T09:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 2} for n, t in ROUND_NAMES],
    }


def test_two_matches_told_alike_in_one_round_are_two_stories():
    records = [
        report("k1", "Kabar Timur", "Hasil Piala Antarklub: Korvalis Vs Dranmoor 0-1", (0, 1, 2, 3, 4, 5)),
        report("k2", "Warta Kota", "Korvalis Vs Dranmoor: Gol Sundulan Bawa Kemenangan", (2, 0, 4, 1, 5, 3)),
        report("s1", "Kabar Timur", "Hasil Piala Antarklub: Seltara Vs Ambrosa 1-0", (0, 1, 2, 3), OTHER_MATCH),
    ]
    # the same round's words, place and coach: without the match test, one story
    joined = cluster_articles(records, ClusterConfig(part_matches=False, part_results=False))
    assert joined["k1"] == joined["k2"] == joined["s1"]
    stories = cluster_articles(records)
    assert stories["k1"] == stories["k2"] != stories["s1"]


def test_a_result_and_another_pairing_of_its_team_are_two_matches():
    clusterer = StoryClusterer()
    thailand = Story(
        "t", results={frozenset({"voli putra indonesia", "thailand"})}, matches={frozenset({"voli putra indonesia", "thailand"})}
    )
    bahrain = frozenset({"indonesia", "bahrain"})
    # the next day's match, previewed or reported, does not join the result of the day before
    assert not clusterer._one_result(thailand, {bahrain}, set())
    assert not clusterer._one_result(thailand, {bahrain}, {bahrain})
    # a preview's story does not take another pairing's result either
    preview = Story("p", matches={bahrain})
    assert not clusterer._one_result(preview, {frozenset({"indonesia", "thailand"})}, {frozenset({"indonesia", "thailand"})})
    # the same pairing, written otherwise ("Timnas Indonesia U-23" / "Indonesia"), and an article naming no match join
    assert clusterer._one_result(thailand, {frozenset({"timnas indonesia", "thailand"})}, set())
    assert clusterer._one_result(thailand, set(), set())
    # one headline read wrong among a big story's matches does not shut the story to its own match's result
    big = Story("b", matches={frozenset({"jepang", "indonesia"}), frozenset({"jepang", "belur"})})
    assert clusterer._one_result(big, {frozenset({"jepang", "timnas indonesia"})}, {frozenset({"jepang", "timnas indonesia"})})
    assert StoryClusterer(ClusterConfig(part_results=False))._one_result(thailand, {bahrain}, {bahrain})


def test_a_pairing_is_told_by_each_sides_own_words():
    assert same_pairing(frozenset({"indonesia u-23", "thailand u-23"}), frozenset({"indonesia", "thailand"}))
    # the age group both sides give is no team: Vietnam U-23 is not Thailand U-23
    assert not same_pairing(frozenset({"indonesia u-23", "thailand u-23"}), frozenset({"indonesia u-23", "vietnam u-23"}))
    assert same_pairing(frozenset({"indonesia?", "jepang"}), frozenset({"timnas indonesia", "jepang"}))


VOLLEY = [
    "Timnas voli putra Indonesia tampil di fase grup Piala Voli Asia di Manama pekan ini.",
    "Pelatih Loka Wiratama menyebut anak asuhnya kesulitan menahan servis keras lawan.",
    "Pertandingan berlangsung lima set dan berakhir menjelang tengah malam waktu setempat.",
    "Hasil ini menentukan posisi Indonesia di klasemen Grup B menjelang babak perempatfinal.",
    "Kapten tim Dimas Saputro mengatakan para pemain akan segera memulihkan kondisi fisik.",
]
# the match of the day before, told in other sentences with the tournament's words, place and coach
VOLLEY_BEFORE = [
    "Timnas voli putra Indonesia kembali tampil di fase grup Piala Voli Asia di Manama malam ini.",
    "Pelatih Loka Wiratama menyebut anak asuhnya sempat kesulitan menahan servis keras Thailand.",
    "Pertandingan berlangsung lima set dan baru berakhir menjelang tengah malam waktu setempat.",
    "Hasil ini membawa Indonesia memimpin klasemen Grup B menjelang babak perempatfinal.",
    "Kapten tim Dimas Saputro mengatakan para pemain segera memulihkan kondisi fisik untuk laga berikutnya.",
]


def volley(id_: str, outlet: str, title: str, day: str, order: tuple[int, ...], sentences: list[str] = VOLLEY) -> dict:
    names = [("Indonesia", "LOC"), ("Piala Voli Asia", "ORG"), ("Loka Wiratama", "PER"), ("Manama", "LOC")]
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": " ".join(sentences[i] for i in order),
        "published": f"{day}T21:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 2} for n, t in names],
    }


def test_a_teams_result_and_its_next_match_of_the_tournament_are_two_stories():
    records = [
        volley(
            "a",
            "Kabar Timur",
            "Hasil Piala Voli Asia: Timnas Voli Putra Indonesia Pukul Thailand 3-2",
            "2025-06-19",
            (0, 1, 2, 3, 4),
            VOLLEY_BEFORE,
        ),
        volley(
            "b", "Warta Kota", "Hasil Timnas Voli Putra Indonesia vs Bahrain di Piala Voli Asia: Kalah 0-3", "2025-06-19", (3, 0, 4, 2, 1)
        ),
        volley("c", "Kabar Timur", "Piala Voli Asia: Indonesia vs Bahrain Berakhir 0-3, Garuda Tetap Lolos", "2025-06-19", (4, 2, 0, 1, 3)),
    ]
    # the tournament's words, place and coach: without the result test, one story (the team's campaign)
    joined = cluster_articles(records, ClusterConfig(part_results=False))
    assert joined["a"] == joined["b"] == joined["c"]
    stories = cluster_articles(records)
    assert stories["b"] == stories["c"] != stories["a"]


GOLD_REPORT = (
    "Harga emas batangan di Butik Logam Mulia Pulo Gadung hari ini turun Rp 6.000 menjadi Rp 1.937.000 per gram. "
    "Harga pembelian kembali atau buyback ikut turun ke level Rp 1.786.000 per gram. "
    "Berikut rincian harga emas batangan untuk setiap ukuran: emas 0,5 gram dijual Rp 1.018.500, emas 2 gram Rp 3.814.000, "
    "emas 3 gram Rp 5.696.000, emas 5 gram Rp 9.460.000, emas 10 gram Rp 18.865.000, emas 25 gram Rp 46.037.000. "
    "Pembelian emas batangan dikenakan pajak penghasilan sesuai ketentuan yang berlaku bagi pembeli tanpa NPWP."
)


def gold_report(id_: str, day: str, title: str, body: str = GOLD_REPORT) -> dict:
    return {"id": id_, "outlet": "Kabar Timur", "title": title, "body": body, "published": f"{day}T08:50:00+07:00", "entities": []}


def test_an_article_without_a_headline_leaves_a_days_routine_reports_routine():
    untitled = gold_report("u", "2025-06-19", "", GOLD_REPORT.replace("hari ini", "siang ini"))
    clusterer = StoryClusterer()
    clusterer.add(gold_report("g1", "2025-06-19", "Harga Emas Hari Ini 19 Juni 2025 Turun Rp 6.000"))
    clusterer.add(untitled)
    story = clusterer.stories[clusterer.story_of["u"]]
    assert story.members == ["g1", "u"]
    assert story.routine
