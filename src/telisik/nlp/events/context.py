"""What the words around a trigger make of it: a condition or a possibility is no happening ("jika kedua pihak
sepakat", "kemungkinan kesepakatan"), and a date belongs to the statement reporting an act ("..., kata AKP X, Rabu
(18/6)") or to a coming thing ("akan meluncur pada 24 Juni") rather than to the act itself."""

from __future__ import annotations

from telisik.nlp.events.parties import PartyRules

_CLAUSE_END = frozenset({",", ";", ":", "(", ")", "?", "!", ".", '"', "“", "”"})


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
        """Whether a word of a possibility or a term stands right before the nominal trigger at token ``i`` ("kemungkinan
        kesepakatan", "syarat-syarat kesepakatan", "peluang untuk kerja sama")."""
        words = self.lex.roles.get("hypothetical", frozenset())
        return any(w in words for w in self.low[max(0, i - 2) : i])

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
        word of what lies ahead between dates the coming thing told ("mengonfirmasi ... akan meluncur pada 24 Juni"; a
        planned trip's own date may follow "dijadwalkan"). Before the trigger, a verb of saying or reporting between
        them dates the statement ("Kapolres, Rabu (18/6), mengatakan pihaknya menangkap ...")."""
        roles = self.lex.roles
        if timex[0] >= end:
            between = self.low[self.tok(end) : self.tok(timex[0])]
            if speech:
                return any(w in roles.get("ahead", ()) for w in between)
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

    def _aside(self, pos: int, between: list[str]) -> bool:
        """Whether the trigger at text position ``pos`` sits in a fronted clause of something besides the main act
        ("Selain bertemu Putin, Prabowo ... pada Jumat") and the clause's comma stands before the date: the date is the
        main act's."""
        aside = self.lex.roles.get("aside", frozenset())
        k = self.tok(pos)
        return "," in between and any(w in aside for w in self.low[max(0, k - 3) : k])
