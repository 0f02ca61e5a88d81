"""Typed records passed between the pipeline stages. All are frozen: a stage returns new records."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read. `text` is the exact text offsets refer to (the date header removed)."""
    doc_id: str
    text: str
    published: dt.date | None = None
    published_inferred: bool = False
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""          # the input file it came from


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document (or line) that could not be used, and why."""
    origin: str
    doc_id: str | None
    reason: str               # not utf-8 | empty | binary | too large | bad date header | unreadable | bad record
                              # | duplicate id | truncated
    detail: str = ""
    read: tuple[int, int | None, int] | None = None   # a file that stopped early: (lines or records read,
                                                      # bytes read or None, bytes in the file)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Text between quotation marks. start/end delimit the quote text (marks and edge spaces excluded)."""
    start: int
    end: int
    open_at: int              # offset of the opening mark
    close_at: int | None      # offset of the closing mark, None when the paragraph ended first
    open_mark: str
    close_mark: str | None
    not_quote: str | None = None   # why this span is not a quote (outlet name, heading, ...), else None

    @property
    def outer_end(self) -> int:
        """Where the span ends with its closing mark (just past it), or its end when no mark closed it."""
        return self.close_at + 1 if self.close_at is not None else self.end


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting expression linked to a quote span."""
    start: int
    end: int
    text: str                 # as written
    lemma: str                # base form from the lexicon
    form: str                 # verb | participle | according | noun | continuation
    feminine: bool = False
    plural: bool = False
    object_first: bool = False
    relay: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker as written in the text, split into title and name."""
    start: int
    end: int
    text: str                 # the whole mention as written
    name: str                 # the name part (or the whole phrase for organisations/anonymous sources)
    title: str | None
    kind: str                 # person | organisation | anonymous | document | title


@dataclass(frozen=True, slots=True)
class Step:
    """One step of an attribution's trace: which sieve ran, what it did (chose | rejected | narrowed | passed
    | none), why (its one-line why, or the named check that rejected a candidate), and the candidate."""
    sieve: str
    outcome: str
    reason: str
    candidate: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """A quote span with its cue and speaker."""
    span: QuoteSpan
    kind: str                 # direct | partial | continuation
    cue: Cue | None
    mention: Mention | None   # as written near the cue (None for implicit subjects)
    speaker: str | None       # resolved canonical name
    speaker_key: str | None   # matching key shared by spellings of one speaker
    speaker_title: str | None
    speaker_type: str | None
    rule: str
    relay: str | None = None
    trace: tuple[Step, ...] = ()      # how the sieves reached the speaker (quotes explain prints it)


@dataclass(frozen=True, slots=True)
class SaidOn:
    date: dt.date
    precision: str            # day | month | year


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One output row before build-wide speaker ids are assigned (speaker_key → speaker_id)."""
    quote_id: str
    doc_id: str
    quote: str
    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_key: str | None
    speaker_type: str | None
    speaker_mention: str | None
    speaker_title: str | None
    relay: str | None
    cue: str | None
    cue_lemma: str | None
    published: dt.date | None
    published_inferred: bool
    said_on: dt.date | None
    said_on_precision: str | None
    context: str
    title: str | None
    source: str | None
    url: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a mention resolves to: the name shown, the key that groups its spellings, the title it was
    given, its type (person | organisation | anonymous | document | title) and grammatical gender."""
    name: str
    key: str
    title: str | None
    type: str
    feminine: bool = False
