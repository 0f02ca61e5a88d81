"""A quote span linked to its cue, and the small facts both linking modules read (cues.py, cues_around.py)."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .model import Cue, QuoteSpan
from .normalize import key
from .text import Analysis

SCOPE = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "وان", "لان", "انما"})
NOUN_RELATIVES = frozenset(key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))


@dataclass(frozen=True, slots=True)
class Link:
    """A quote span with the cue that introduces it."""
    span: QuoteSpan
    cue: Cue | None
    cue_index: int | None       # token index of the cue in the Analysis
    kind: str                   # direct | partial | continuation
    rule: str                   # how the cue was found
    previous: int | None = None  # index (in the list of links) of the quote this one continues


def relative_verb(an: Analysis, i: int, lex: Lexicon) -> bool:
    """Is the cue at i the verb of a relative clause (التي كتبت، الذي قال، ما وصفه)?"""
    return i > 0 and an.sentence[i - 1] == an.sentence[i] and an.tokens[i - 1].key in lex.groups["relatives"]
