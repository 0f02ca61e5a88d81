"""The governing-clause sieve: a reporting verb after ما (وندد أوسترغرين بما اعتبره «…»، انتقد الوزير ما وصفه
بـ«…») says what the subject of the verb that governs ما said. The sieve runs in the embedded frame (sieves.Embedded
marks a verb after a relative as having no subject of its own) before the sieves that look further away."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .names import verb_stem
from .normalize import key
from .sieve_base import Ctx, Found, Sieve

if TYPE_CHECKING:
    from .subjects import Subjects

WHAT_END = key("ما")          # ما and its forms with a preposition (بما، لما، مما، عما) among groups.relatives
REACH = 12                  # tokens back from ما to the verb that governs it
KINDS = ("person", "title", "organisation", "anonymous")
OWN = ("after-verb", "before-verb", "relay", "clause-subject")     # a governing cue's speaker read at the cue itself


def after_what(s: Subjects, ci: int) -> bool:
    """Does the verb at token ci follow ما or one of its forms with a preposition or و/ف (بما، وما، فيما is not one)?"""
    k = s.an.tokens[ci - 1].key if ci > 0 else ""
    return k in s.lex.groups["relatives"] and k.endswith(WHAT_END)


class GoverningClause(Sieve):
    name = "governing-clause"
    why = "a verb after ما (بما اعتبره، ما وصفه) has the subject of the verb that governs ما (وندد أوسترغرين بما اعتبره)"
    inferred = True
    tracking = False

    def __call__(self, c: Ctx) -> Found | None:
        s, t = c.s, c.s.an.tokens
        rel = c.ci - 1
        if not c.prefix or rel < 1 or not after_what(s, c.ci) or not self.resumptive(t[c.ci].key):
            return None
        for j in range(rel - 1, max(s.an.sentence_start(c.ci), rel - REACH) - 1, -1):
            if s._verb_at(j):
                return self._subject_of(c, j, rel)
        return None

    @staticmethod
    def resumptive(k: str) -> bool:
        """Does the verb carry the pronoun that takes up ما (بما اعتبره، ما وصفته)? Without it the verb is passive
        (ما وصف بأنه: nobody named) or has its own subject after it (وفق ما أوضح المرصد)."""
        return any(k.endswith(p) and len(k) - len(p) >= 3 for p in ("ه", "ها", "هم", "هما"))

    def _subject_of(self, c: Ctx, j: int, rel: int) -> Found | None:
        """The subject of the governing verb at token j, if it agrees with the cue: the mention right after it that
        ends before ما (an unknown name too: ما closes it), or the speaker its own cue named."""
        s, t = c.s, c.s.an.tokens
        if c.cue.feminine != verb_stem(t[j].key).endswith("ت") or c.cue.plural:
            c.step(self.name, "passed", "the verb before ما does not agree with the cue")
            return None
        m = s.p.mention(j + 1) if j + 1 < rel else None
        if m is not None and m.kind in KINDS and s.an.index_at(m.end) <= rel:
            return self.found(c, s.cast.speaker_of(m, j + 1), m)
        got = s.memory.cue_speaker.get(j)
        if got is not None and got.speaker is not None and got.rule in OWN:
            return self.found(c, got.speaker, None)
        c.step(self.name, "passed", "no subject right after the verb before ما")
        return None
