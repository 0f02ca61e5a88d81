"""The earlier-subject sieve: a verb with no subject of its own (وقالت، وأضاف) after sentences about someone else
takes up the person or body those sentences are about, not the speaker quoted before them. PreviousSubject reads the
sentence right before the cue; this sieve reads the ones before it, back to the current speaker's last words
(قال المدرب X «…» . وكانت الوزيرة Y قد زارت … . وأكدت الوزارة … . وقالت: Y, not X)."""
from __future__ import annotations

from .sieve_base import Ctx, Found, Sieve

REACH = 3                   # sentences back past the one PreviousSubject reads


class EarlierSubject(Sieve):
    name = "earlier-subject"
    why = "the introduced subject of a sentence after the current speaker's last words, nearest first (… . وكانت الوزيرة X قد زارت … . وقالت)"
    inferred = True
    tracking = False

    def __call__(self, c: Ctx) -> Found | None:
        s, cue, last = c.s, c.cue, c.s.memory.last
        if cue.form != "verb" or cue.plural or cue.relay or last is None:
            return None
        spoke = max((j for j, f in s.memory.cue_speaker.items() if j < c.ci and f.speaker is not None
                     and f.speaker.key == last.key), default=None)
        if spoke is None:
            return None
        first = s.an.sentence_start(c.ci)
        x = s.an.sentence_start(first - 1) if first > 0 else 0
        for _ in range(REACH):
            if x <= spoke or x == 0:
                return None
            sp = s._previous_subject(x, cue)
            if sp is not None and sp.key != last.key:
                return self.found(c, sp, None)
            x = s.an.sentence_start(x - 1)
        return None
