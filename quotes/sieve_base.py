"""The sieve protocol (quotes/sieves.py runs the sieves in ORDER): a Sieve is a named unit with a one-line why
that gets a Ctx (one cue being attributed, its readers and the trace so far) and returns a Found (the speaker,
the mention as written, the rule) or None to let the next sieve try; `found` leaves the Step that `quotes
explain` prints."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .cast import Speaker
from .model import Cue, Mention, Step
from .normalize import key

if TYPE_CHECKING:
    from .subjects import Subjects


@dataclass(frozen=True, slots=True)
class Found:
    """A sieve's answer: the speaker (None when the sieve decides nobody can be named), the mention as
    written, the rule (the sieve's name, with the prefix of the frame it ran in), and a relaying source."""
    speaker: Speaker | None
    mention: Mention | None
    rule: str
    relay: str | None = None


@dataclass
class Ctx:
    """One cue being attributed: the readers, the cue, the trace so far, and whether the cue has no subject
    of its own (then only the inferred sieves run, their rule names carrying `prefix`)."""
    s: Subjects
    ci: int
    cue: Cue
    trace: list[Step] = field(default_factory=list)
    infer: bool = False
    prefix: str = ""

    def step(self, sieve: str, outcome: str, reason: str, candidate: Mention | Speaker | str | None = None) -> None:
        c = candidate.text if isinstance(candidate, Mention) else candidate.name if isinstance(candidate, Speaker) \
            else candidate
        self.trace.append(Step(sieve, outcome, reason, c))

    @cached_property
    def before(self) -> Mention | None:
        """The subject right before the verb (read once: AndSaid and BeforeVerb both ask)."""
        self.s._embedded_before = False
        return self.s._before(self.ci)


class Sieve:
    """A named unit: returns a Found, or None to let the next sieve try."""
    name = ""
    why = ""
    inferred = False            # runs for cues without a subject of their own
    tracking = True             # its answer can change who the walk remembers as the current speaker

    def __call__(self, c: Ctx) -> Found | None:
        raise NotImplementedError

    def found(self, c: Ctx, speaker: Speaker | None, mention: Mention | None, rule: str | None = None,
              relay: str | None = None) -> Found:
        rule = c.prefix + (rule or self.name)
        shown = mention.text if mention is not None else None
        if speaker is not None:
            shown = speaker.name if shown is None or key(shown) == key(speaker.name) else f"{shown} → {speaker.name}"
        c.step(rule, "chose" if speaker is not None else "none", self.why, shown)
        return Found(speaker, mention, rule, relay)
