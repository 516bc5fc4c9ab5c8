"""What the words around a trigger make of it: a condition or a possibility is no happening ("jika kedua pihak
sepakat", "kemungkinan kesepakatan"), and a date belongs to the statement reporting an act ("..., kata AKP X, Rabu
(18/6)") or to a coming thing ("akan meluncur pada 24 Juni") rather than to the act itself."""

from __future__ import annotations

from functools import cache

from telisik.lang import table
from telisik.nlp.events.lexicon import TOKEN
from telisik.nlp.events.parties import PartyRules

_CLAUSE_END = frozenset({",", ";", ":", "(", ")", "?", "!", ".", '"', "“", "”"})
_OPINION_TYPES = frozenset({"ACCUSE", "WARN"})  # opinions, which may be standing ones ("sudah lama dikritik": no happening)


@cache
def _fact_check_words(role: str) -> tuple[str, ...]:
    """The phrases of one role of ``fact_check_titles.tsv``: the labels opening a fact check's headline ("label"), the
    words finding a claim false ("false"), the names of a collection of false claims ("roundup")."""
    return tuple(r[0].lower() for r in table("id", "fact_check_titles.tsv") if r[1] == role)


class ContextRules(PartyRules):
    """The rules reading a trigger's surroundings: conditions, possibilities and whose date a date is."""

    def supposed(self, i: int, c0: int) -> bool:
        """Whether a word opening a condition stands before token ``i`` in its clause part, up to a comma ("jika kedua
        pihak sepakat", "Bila Israel kembali menyerang"), and is no "bahwa" after a verb of saying ("mengatakan jika ...")."""
        conditional, says_that = self.lex.roles.get("conditional", frozenset()), self.lex.roles.get("says_that", frozenset())
        for k in range(i - 1, max(c0, i - self.cfg.window_place) - 1, -1):
            w = self.low[k]
            if w in _CLAUSE_END:
                return False
            if w in conditional:
                return not (k > 0 and self.low[k - 1] in says_that)
        return False

    def hypothetical(self, i: int) -> bool:
        """Whether a word of a possibility, a term or a need stands right before the nominal trigger at token ``i``
        ("kemungkinan kesepakatan", "syarat-syarat kesepakatan", "memerlukan kerja sama"), or past words that may
        stand between ("peluang untuk kerja sama", "terbuka untuk menjalin kemitraan", "pentingnya membangun kemitraan")."""
        words, bridge = self.lex.roles.get("hypothetical", frozenset()), self.lex.roles.get("hypothetical_bridge", frozenset())
        k = i - 1
        while k > i - 1 - self.cfg.window_status and k >= 0 and self.low[k] in bridge:
            k -= 1
        near = []
        for w in reversed(self.low[max(0, k - 1) : k + 1]):
            if w in _CLAUSE_END:
                break  # "seperti yang telah kami peringatkan secara terbuka, negosiasi ...": the possibility ends at the comma
            near.append(w)
        return any(w in words for w in near) or self._to_be_watched(k)

    def _to_be_watched(self, k: int) -> bool:
        """Whether a need to watch ("perlu dipantau", "harus diwaspadai": roles need_to and watched) ends at token ``k``
        or up to ``window_watched`` words before it, past its agent ("hal yang harus diwaspadai warga pesisir adalah banjir
        rob"), in the clause: a risk named. Watching alone is no need ("Gunung Semeru yang terus dipantau PVMBG erupsi pada
        Selasa": the eruption happened)."""
        watched, need = self.lex.roles.get("watched", frozenset()), self.lex.roles.get("need_to", frozenset())
        for m in range(k, max(0, k - self.cfg.window_watched), -1):
            if self.low[m] in _CLAUSE_END:
                return False
            if self.low[m] in watched:
                return self.low[m - 1] in need
        return False

    def supposition(self, i: int, sent: int) -> bool:
        """Whether the trigger at token ``i`` tells what follows from a supposition: its sentence opens with a condition
        ("Jika terbukti bersalah, Mudryk bisa dijatuhi larangan"; not "Jika dihitung sejak Jumat, ...") and the trigger
        stands past the condition's comma, before any clause of its own ("namun", "sementara")."""
        roles, low = self.lex.roles, self.low
        k = self.tok(self.sents[sent][0])
        while k < i and not low[k][0].isalnum():
            k += 1  # an opening quote
        if k >= i or low[k] not in roles.get("supposing", ()) or (k + 1 < i and low[k + 1] in roles.get("reckoning", ())):
            return False
        breaks = roles.get("break", frozenset())
        seen_comma = False
        for w in low[k + 1 : i]:
            if w == ",":
                seen_comma = True
            elif seen_comma and w in breaks:
                return False
        return seen_comma

    def habitual(self, i: int) -> bool:
        """Whether a word of a habit or a rule stands up to three words before the trigger at token ``i`` in its clause
        ("akan selalu memperingatkan pengunjung", "setiap pertemuan", "rutin menggelar rapat"): no one happening."""
        habit = self.lex.roles.get("habitual", frozenset())
        for k in range(i - 1, max(-1, i - 4), -1):
            w = self.low[k]
            if w in _CLAUSE_END:
                return False
            if w in habit:
                return True
        return False

    def habitual_after(self, j: int) -> bool:
        """Whether a word or phrase of a habit (``habitual_after``) follows the trigger ending before token ``j`` within
        ``window_status`` words of its clause ("ramai dikunjungi warga setiap hari", "kebakaran memang terkadang tidak bisa
        dihindari", "dikerahkan secara rutin"): no one happening. A relative clause after it ("yang sering ...") is another's."""
        stops = _CLAUSE_END | self.lex.roles.get("relative", frozenset())
        habit = self.lex.roles.get("habitual_after", frozenset())  # single words, some also of other roles ("sering")
        for k in range(j, min(len(self.low), j + self.cfg.window_status)):
            if self.low[k] in stops:
                return False
            if self.low[k] in habit or self.lex.words.at(self.low, k)[1] == "habitual_after":
                return True
        return False

    def long_standing(self, i: int, typ: str) -> bool:
        """Whether a phrase of a long-standing state (``event_words.tsv``, role long_standing: "sudah lama", "sejak lama",
        "selama bertahun-tahun") ends up to three words before an opinion's trigger at token ``i`` in its clause ("proses
        itu memang sudah lama dikritik"): a standing criticism or worry, no one happening to date."""
        if typ not in _OPINION_TYPES:
            return False
        for k in range(i - 1, max(-1, i - 4), -1):
            if self.low[k] in _CLAUSE_END:
                return False
            if any(s + self.role_phrase(s, "long_standing") == k + 1 for s in range(max(0, k - 2), k + 1)):
                return True
        return False

    def role_phrase(self, k: int, role: str) -> int:
        """The length of a phrase of ``role`` (``event_words.tsv``) starting at token ``k``, 0 when none: a word may have
        other roles too ("bagi"), so every phrase opening with it is tried."""
        for phrase, value in self.lex.words.by_first.get(self.low[k], ()):
            if value == role and tuple(self.low[k : k + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def about_a_kind(self, i: int, sent: int) -> bool:
        """Whether the trigger at token ``i`` tells what befalls or what is done by a kind of people, in the opening clause
        of a sentence that speaks of the kind (``event_words.tsv``): "Bagi orang dewasa yang jatuh dan mengalami patah
        tulang, ..." (role kind_opener, then "yang"); "Tak sedikit penderitanya memilih membatalkan penerbangan" (role
        kind_quantifier, then a word of inclination before the trigger) or "Sebagian besar kecelakaan ... terjadi saat ..."
        (the trigger right after it): advice, a remark or a figure, no happening. An anaphor between ("Bagi korban
        kecelakaan itu yang ...") names the story's own people; "Sebagian besar warga tewas di Gaza utara", with no
        inclination, tells what befell them."""
        low = self.low
        k = self.tok(self.sents[sent][0])
        while k < i and not low[k][0].isalnum():
            k += 1  # an opening quote
        if k >= i:
            return False
        between = low[k:i]
        anaphor = self.lex.roles.get("anaphor", frozenset())
        if any(w in _CLAUSE_END or w in anaphor for w in between):
            return False
        if self.role_phrase(k, "kind_opener"):
            # "Bagi keluarga korban yang tewas ...": the story's victims (role victim_noun) are no kind of people
            if any(w in self.lex.roles.get("victim_noun", ()) for w in between):
                return False
            return any(w in self.lex.roles.get("relative", ()) for w in between)
        # "Sebagian besar kecelakaan ... terjadi saat ...": a share of such happenings, a figure of them
        n, inclined = self.role_phrase(k, "kind_quantifier"), self.lex.roles.get("inclination", frozenset())
        return bool(n) and (k + n == i or any(w in inclined for w in between))

    def told_as_cause(self, i: int) -> bool:
        """Whether the trigger at token ``i`` names the cause, the topic or the case of what its clause tells ("rusak akibat
        serangan rudal", "mengancam Khamenei menyusul serangan terhadap rumah sakit", "klarifikasi terkait kritik dari
        Wagub", "terpidana pembunuhan"): its parties are those its own phrase names, not the clause's subject (role cause;
        "akibat dari" too; a noun of a happening may stand between, "turut berduka atas musibah kebakaran": role
        scene_noun)."""
        cause = self.lex.roles.get("cause", frozenset())
        k = i - 1
        if k > 0 and self.low[k] in self.lex.roles.get("scene_noun", frozenset()):
            k -= 1
        if k > 0 and self.low[k] == "dari":
            k -= 1
        if k > 0 and self.low[k] == "terhadap" and self.low[k - 1] in self.lex.roles.get("answer", frozenset()):
            return True  # "sebagai respons terhadap serangan Israel, militer Iran ...": what is answered (role answer)
        return k >= 0 and self.low[k] in cause

    def cause_after(self, j: int, c1: int) -> tuple[int, int] | None:
        """The tokens (first, end) of the first phrase of a cause or a topic (a word of role cause, a nominal trigger, up to
        the clause's punctuation) after the trigger ending before token ``j`` in its clause ("rapat terkait kesepakatan
        ...", "tewas akibat serangan ..."), if any."""
        cause, starts = self.lex.roles.get("cause", frozenset()), self.trigger_tokens
        for k in range(j, c1 - 1):
            if self.low[k] in cause and (k + 1 in starts or (self.low[k + 1] == "dari" and k + 2 in starts)):
                return k, self.own_phrase(k + 1, c1)[1]
        return None

    def own_phrase(self, j: int, c1: int) -> tuple[int, int]:
        """Tokens j..end of the phrase after a trigger ending before token ``j``, up to a clause's punctuation, a relative
        clause ("serangan rudal Iran yang menembus pertahanan udara Israel": Israel is not the attack's) or ``c1``."""
        stops = _CLAUSE_END | self.lex.roles.get("relative", frozenset())
        end = next((k for k in range(j, c1) if self.low[k] in stops), c1)
        return j, end

    def told_as_fiction(self) -> bool:
        """Whether the article's lead tells a story of fiction: ``fiction_cues`` different words of a film, a series or
        its plot in its first ``lead_sentences`` sentences ("Sinetron ... episode kali ini mengisahkan ...", "film horor
        ... garapan sutradara ..."). What happens in a plot, a synopsis or a trailer is no happening of the news."""
        title = self.title.split()
        if title and title[0].lower().strip(":") in self.lex.roles.get("fiction_title", frozenset()):
            return True  # "Sinopsis ... Eps 11B: ...": the plot told, whatever its lead says
        if not self.sents:
            return False
        cues = self.lex.roles.get("fiction", frozenset())
        lead_end = self.tok(self.sents[min(len(self.sents), self.cfg.lead_sentences) - 1][1])
        return len(cues.intersection(self.low[:lead_end])) >= self.cfg.fiction_cues

    def told_as_hoax(self) -> bool:
        """Whether the article checks a claim and finds it false: its headline opens with a fact-check label ("Cek
        Fakta", "[HOAKS]") and a word of falsehood stands in it ("Tidak Benar", "Hoaks", "Keliru";
        ``fact_check_titles.tsv``). What the claim tells ("klaim foto Najwa Shihab ditangkap Polisi") did not happen. So for a
        roundup of such claims, its headline naming a collection of them anywhere ("Video Hoaks Sepekan: Pesawat ... Jatuh
        di Laut Merah", "Kumpulan Hoaks ...")."""
        title = " ".join(self.title.lower().split())
        if any(phrase in title for phrase in _fact_check_words("roundup")):
            return True
        if not any(title.startswith(label) for label in _fact_check_words("label")):
            return False
        false = _fact_check_words("false")
        words = set(TOKEN.findall(title))
        return any(w in title if " " in w else w in words for w in false)

    def voiced_by_a_kind(self, j: int) -> bool:
        """Whether the nominal speech trigger ending before token ``j`` comes from a kind of parties, not from one party
        ("seruan dari negara-negara seperti Indonesia", "kecaman dari berbagai pihak"): a general remark, no happening."""
        source = self.lex.roles.get("source", frozenset())
        if not (j + 1 < len(self.low) and self.low[j] in source and self.plural_phrase(j + 1)):
            return False
        # "kecaman dari lawan-lawan politiknya, terutama dari Partai Demokrat": one party named after all
        named = set(self.mention_starts)
        for k in range(j + 2, min(len(self.low) - 1, j + self.cfg.window_place)):
            if self.low[k] in _CLAUSE_END - {","}:
                break
            if self.low[k] in source and self.starts[k + 1] in named:
                return False
        return True

    def dates_another_act(self, pos: int, end: int, timex: tuple[int, int, str | None], speech: bool) -> bool:
        """Whether the date is not the act's at text positions pos..end. Past the trigger, a verb of saying between dates
        the statement and a "bahwa" the content (not for a speech act, which that statement is), and for a speech act a
        word of what lies ahead or a "bahwa" between dates the coming or the told thing ("mengonfirmasi ... akan meluncur pada
        24 Juni", ``_told_content``; a
        planned trip's own date may follow "dijadwalkan"); for any act, past "menjelang" (role coming) it dates the coming
        day. Before the trigger, a verb of saying or reporting between
        them dates the statement ("Kapolres, Rabu (18/6), mengatakan pihaknya menangkap ...")."""
        roles = self.lex.roles
        if timex[0] >= end:
            between = self.low[self.tok(end) : self.tok(timex[0])]
            if any(w in roles.get("coming", ()) for w in between):
                return True  # "ucapan selamat ... menjelang HUT Polri yang jatuh pada 1 Juli": the coming day's date
            if speech:
                return any(w in roles.get("ahead", ()) for w in between) or self._told_content(between)
            # "sepakat ... bahwa akhir Juli nanti teks selesai": past a "bahwa", the date is the content's
            return any(w in roles.get("said", ()) or w in roles.get("break", ()) for w in between) or self._aside(pos, between)
        if speech or timex[1] > pos:
            return False
        said, report = roles.get("said", frozenset()), roles.get("report", frozenset())
        k = self.tok(timex[0])
        # "Kapolres mengatakan, Rabu (18/6), pihaknya menangkap ...": the date right after the verb of saying is its own
        before = [w for w in self.low[max(0, k - 3) : k] if w[0].isalnum()][-1:]
        between = self.low[self.tok(timex[1]) : self.tok(pos)]
        return any(w in said for w in before) or any(w in said or w in report for w in between)

    def _told_content(self, between: list[str]) -> bool:
        """Whether the words between a speech act and a date after it open what is told ("bahwa", or "jika" standing for
        it right after the verb: "membenarkan jika pada 19 Juni ada aduan"): the date is of what is told, not of the
        telling, unless a verb of saying after it dates the telling again ("... bahwa pelaku ditangkap," kata dia, Kamis)."""
        roles = self.lex.roles
        breaks, conditional, said = roles.get("break", frozenset()), roles.get("conditional", frozenset()), roles.get("said", frozenset())
        opened = next((n for n, w in enumerate(between) if w in breaks or (n == 0 and w in conditional)), None)
        return opened is not None and not any(w in said for w in between[opened:])

    def cites_on(self, timex: tuple[int, int, str | None], reach: int = 8) -> bool:
        """Whether the date is that of a citing ("Dilansir AFP, Kamis (19/6/2025), ...", "..., dikutip dari Times of
        Israel, Jumat (20/6)"): the day the outlet quoted its source, mostly its own day, not the day of what it tells.
        The date follows a comma (or "pada") after the source's name, which follows a word of citing (``citing``); words
        of when it was told name none ("Diberitakan sebelumnya, pada 8 Juni 2025, ...", ``citing_when``)."""
        citing, when = self.lex.roles.get("citing", frozenset()), self.lex.roles.get("citing_when", frozenset())
        k = self.tok(timex[0]) - 1
        while k >= 0 and self.low[k] == "pada":
            k -= 1
        if k < 1 or self.low[k] != ",":
            return False
        for j in range(k - 1, max(-1, k - 1 - reach), -1):
            w = self.low[j]
            if w in citing:
                return not all(v in when for v in self.low[j + 1 : k])  # a source named between
            if w in _CLAUSE_END:
                return False
        return False

    def _aside(self, pos: int, between: list[str]) -> bool:
        """Whether the trigger at text position ``pos`` sits in a fronted clause of something besides the main act
        ("Selain bertemu Putin, Prabowo ... pada Jumat") and the clause's comma stands before the date: the date is the
        main act's."""
        aside = self.lex.roles.get("aside", frozenset())
        k = self.tok(pos)
        return "," in between and any(w in aside for w in self.low[max(0, k - 3) : k])
