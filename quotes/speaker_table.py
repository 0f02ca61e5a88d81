"""The build's speaker table: what the extraction pass learns about every speaker entity, for the
build-wide resolution (quotes/identity.py). One entry per entity, not per row, so memory stays bounded:

- a full name or a named body (دونالد ترامب، وزارة الخارجية الروسية) is one build-wide entry;
- a speaker that names no one alone — a bare generic, a title alone, an anonymous source (quotes.generic)
  or a person named by one word (ترامب، محمد، سلمان) — is one entry per document, because only the
  document (its date, its outlet, the titles it gives) can say who it is.

Each entry counts its rows, the spellings of its name, the mentions at the cues, the titles (as title
keys), the outlets and the years of publication."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .generic import bare, generic_kind
from .identity_data import identity_words
from .lexicon import Lexicon, lexicon
from .model import QuoteRecord
from .normalize import key
from .registry import title_key
from .spelling import name_words

PREFIX = {"person": "p", "organisation": "o", "document": "d", "anonymous": "a", "title": "t"}
_KEY_TYPE = {"org": "organisation", "doc": "document", "anon": "anonymous", "title": "title"}


def speaker_type_of(speaker_type: str | None, speaker_key: str | None) -> str:
    """The row's speaker type, or the one its key's prefix tells (org:, doc:, anon:, title:; none: person)."""
    if speaker_type in PREFIX:
        return speaker_type
    if speaker_key and ":" in speaker_key:
        return _KEY_TYPE.get(speaker_key.split(":", 1)[0], "person")
    return "person"


MINISTRY = key("وزارة")


def _body_words(words: list[str], lex: Lexicon) -> list[str]:
    """A body's words with one spelling per word (الخارجية الأميركية = الخارجية الأمريكية), and a ministry
    named by its domain and nationality with its head (الخارجية الروسية = وزارة الخارجية الروسية)."""
    iw = identity_words()
    eq = iw.title_equivalents
    if len(words) == 2 and words[0] in iw.ministry_domains and lex.country_of(words[1]):
        words = [MINISTRY] + words
    out = []
    for w in words:
        b = bare(w)
        out.append(w[:len(w) - len(b)] + eq[b] if b in eq else w)
    return out


def entity_key(speaker: str | None, speaker_type: str | None, speaker_key: str | None,
               lex: Lexicon | None = None) -> tuple[str, bool] | None:
    """(entity key, per-document?) of a row's speaker, or None when the row has no speaker. The key is the
    type's letter and the name's words (quotes.spelling.name_words); an entry is per document when the
    speaker is generic (quotes.generic.generic_kind) or a person named by one word."""
    if not speaker or not speaker_key:
        return None
    typ = speaker_type_of(speaker_type, speaker_key)
    if lex is None:
        return _cached_key(speaker, typ)
    return _entity_key(speaker, typ, lex)


@lru_cache(maxsize=1 << 16)
def _cached_key(speaker: str, typ: str) -> tuple[str, bool] | None:
    return _entity_key(speaker, typ, lexicon())


def _entity_key(speaker: str, typ: str, lex: Lexicon) -> tuple[str, bool] | None:
    words = name_words(speaker)
    if not words:
        return None
    if typ in ("organisation", "document"):
        words = _body_words(words, lex)
    local = generic_kind(speaker, typ, lex) is not None or (typ == "person" and len(words) == 1)
    return f"{PREFIX[typ]}:{' '.join(words)}", local


@dataclass(slots=True)
class Entry:
    """What the rows of one entity (build-wide or in one document) say about it."""
    rows: int = 0
    names: Counter = field(default_factory=Counter)       # the speaker as the article named it
    mentions: Counter = field(default_factory=Counter)    # the mention at the cue, as written
    titles: Counter = field(default_factory=Counter)      # title keys (quotes.registry.title_key)
    sources: Counter = field(default_factory=Counter)
    years: Counter = field(default_factory=Counter)
    published: dt.date | None = None                      # (per-document entries) the article's date
    docs: int = 0                                         # documents quoting it (a document's rows come together)
    last_doc: str | None = None

    def add(self, r: QuoteRecord) -> None:
        self.rows += 1
        if r.doc_id != self.last_doc:
            self.docs += 1
            self.last_doc = r.doc_id
        self.names[r.speaker] += 1
        if r.speaker_mention:
            self.mentions[r.speaker_mention] += 1
        tk = title_key(r.speaker_title) if r.speaker_title else ""
        if tk:
            self.titles[tk] += 1
        if r.source:
            self.sources[r.source] += 1
        if r.published is not None:
            self.years[r.published.year] += 1
            self.published = r.published

    def merge(self, o: "Entry") -> None:
        self.rows += o.rows
        self.docs += o.docs
        for a, b in ((self.names, o.names), (self.mentions, o.mentions), (self.titles, o.titles),
                     (self.sources, o.sources), (self.years, o.years)):
            a.update(b)
        if self.published is None or (o.published is not None and o.published > self.published):
            self.published = o.published

    def name(self) -> str:
        """The spelling used most often; among equals the fullest, then the first in Unicode order."""
        return min(self.names, key=lambda n: (-self.names[n], -len(n.split()), -len(n), n))


@dataclass
class SpeakerTable:
    """Every speaker entity of a build: build-wide entries by entity key, per-document ones by
    (entity key, doc_id). Tables of batches merge in any order into the same table."""
    entities: dict[str, Entry] = field(default_factory=dict)
    local: dict[tuple[str, str], Entry] = field(default_factory=dict)

    def add(self, r: QuoteRecord, lex: Lexicon | None = None) -> None:
        ek = entity_key(r.speaker, r.speaker_type, r.speaker_key, lex)
        if ek is None:
            return
        k, local = ek
        table, slot = (self.local, (k, r.doc_id)) if local else (self.entities, k)
        e = table.get(slot)
        if e is None:
            e = table[slot] = Entry()
        e.add(r)

    def merge(self, other: "SpeakerTable") -> None:
        for mine, theirs in ((self.entities, other.entities), (self.local, other.local)):
            for k, e in theirs.items():
                if k in mine:
                    mine[k].merge(e)
                else:
                    mine[k] = e

    def __len__(self) -> int:
        return len(self.entities) + len(self.local)
