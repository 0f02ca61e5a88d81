"""One document through the stages: quote spans → cues → speakers → dates → records. Pure: the same
document always gives the same records, whatever else is being built."""
from __future__ import annotations

from dataclasses import dataclass

from .cues import all_cues, link_quotes
from .lexicon import Lexicon, lexicon
from .model import Attribution, Document, QuoteSpan
from .spans import find_spans
from .attribution import Resolver
from .cast import Cast
from .text import Analysis, analyse


@dataclass(frozen=True)
class Reading:
    """One document read through the stages: its analysis, its quote spans, the attributed quotes, and the
    cast the attribution built (None when the document has no linked quote)."""
    an: Analysis
    spans: list[QuoteSpan]
    attributions: list[Attribution]
    cast: Cast | None


def attributions(doc: Document, lex: Lexicon | None = None) -> tuple[Analysis, list[Attribution]]:
    r = read_document(doc, lex)
    return r.an, r.attributions


def read_document(doc: Document, lex: Lexicon | None = None) -> Reading:
    lex = lex or lexicon()
    text = doc.text
    spans = find_spans(text, lex)
    extents = sorted((s.open_at, s.outer_end) for s in spans)
    an = analyse(text, extents)
    nq = {}
    for s in spans:
        if s.not_quote:
            a = an.index_at(s.open_at)
            b = an.index_at(s.outer_end)
            nq[a] = b
    cues = all_cues(an, lex)
    links = link_quotes(an, spans, cues, lex)
    if not links:                      # nothing to attribute: skip reading the article's people
        return Reading(an, spans, [], None)
    res = Resolver(an, links, cues, nq, lex)
    return Reading(an, spans, res.run(), res.cast)
