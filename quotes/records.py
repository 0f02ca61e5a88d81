"""Stage 6: records. Turns attributed quotes into output rows with their dates and context."""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import replace
from itertools import compress, count

from .dates import infer_published
from .lexicon import Lexicon, lexicon
from .model import Document, QuoteRecord
from .normalize import BIDI
from .pipeline import attributions
from .occasions import said_on_all
from .text import SENTENCE_END, Analysis


def quote_id(doc_id: str, start: int, end: int) -> str:
    """Stable across builds: the same quote of the same document always has the same id."""
    return hashlib.blake2b(f"{doc_id}\x1f{start}\x1f{end}".encode(), digest_size=8).hexdigest()


def _stops(an: Analysis) -> tuple[list[int], list[int]]:
    """Offsets where a context stops, sorted: line breaks, and sentence ends outside quotation marks (a
    sentence-end character is always a token of its own)."""
    lines = [m.start() for m in re.finditer("[\n\r]", an.text)]
    marks = compress(count(), map(SENTENCE_END.__contains__, an.keys))     # a mark is its own key
    ends = [an.starts[i] for i in marks if not an.masked[i]]
    return lines, ends


def _context(an: Analysis, start: int, end: int, stops: tuple[list[int], list[int]]) -> str:
    """The sentence(s) around [start, end): from the previous sentence end to the next, within the paragraph
    (at most 2000 characters). The stops are looked up, not scanned for: a long paragraph with many quotes
    would otherwise be read once per quote."""
    text = an.text
    lines, ends = stops
    i, k = bisect_left(lines, start), bisect_left(ends, start - 2)   # a sentence end right before the quote
    lo = max(lines[i - 1] if i else -1, ends[k - 1] if k else -1) + 1  # does not stop it
    i, k = bisect_left(lines, end), bisect_left(ends, end)
    hi = min(lines[i] if i < len(lines) else len(text), ends[k] if k < len(ends) else len(text))
    if hi < len(text) and text[hi] in SENTENCE_END:
        hi += 1
    while lo < hi and text[lo].isspace():                          # text[lo:hi].strip()[:2000], without
        lo += 1                                                    # copying a long paragraph
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return text[lo:min(hi, lo + 2000)]


def prepare(doc: Document, lex: Lexicon | None = None) -> Document:
    """An undated article gets the date its text fixes, marked inferred."""
    if doc.published is None:
        d = infer_published(doc.text, lex)
        if d is not None:
            return replace(doc, published=d, published_inferred=True)
    return doc


def _shown(name: str | None) -> str | None:
    """A speaker's name or title as shown: without the bidi and format marks the text may carry inside it (ناصر
    \u200fالجنيبي); the mention keeps the text as written."""
    return BIDI.sub("", name) if name else name


def records(doc: Document, lex: Lexicon | None = None) -> list[QuoteRecord]:
    """All quote rows of one document, in text order."""
    lex = lex or lexicon()
    an, atts = attributions(doc, lex)
    if not atts:                       # no rows: the article's date is not needed
        return []
    doc = prepare(doc, lex)            # attributions read the text only, so the date can wait
    stops = _stops(an)
    out: list[QuoteRecord] = []
    dates = said_on_all(an, atts, doc.published, lex)    # a continuation shares the previous row's
    for a, so in zip(atts, dates):
        s = a.span
        when = (so.date, so.precision) if so else (None, None)
        out.append(QuoteRecord(
            quote_id=quote_id(doc.doc_id, s.start, s.end), doc_id=doc.doc_id, quote=doc.text[s.start:s.end],
            start=s.start, end=s.end, kind=a.kind, speaker=_shown(a.speaker), speaker_key=a.speaker_key,
            speaker_type=a.speaker_type, speaker_mention=a.mention.text if a.mention else None,
            speaker_title=_shown(a.speaker_title), relay=a.relay, cue=a.cue.text if a.cue else None,
            cue_lemma=a.cue.lemma if a.cue else None, published=doc.published,
            published_inferred=doc.published_inferred, said_on=when[0], said_on_precision=when[1],
            context=_context(an, s.open_at, s.outer_end, stops),
            title=doc.title, source=doc.source, url=doc.url, rule=a.rule))
    return out
