"""Tokens with raw offsets, paragraphs and sentence boundaries. Keys are for matching only."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .normalize import key

WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}\u0640]+|[^\s\p{L}\p{M}\p{Nd}]")
SENTENCE_END = frozenset(".!?؟…")
PARAGRAPH = regex.compile(r"\n|\r|\u2029|\u2028")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    raw: str
    key: str

    @property
    def is_word(self) -> bool:
        return self.raw[0].isalnum() or self.raw[0] == "\u0640"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and single punctuation marks of text[start:end], offsets into `text`."""
    out = []
    for m in WORD.finditer(text, start, len(text) if end is None else end):
        raw = m.group()
        out.append(Token(m.start(), m.end(), raw, key(raw) if raw[0].isalnum() else raw))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: lines of text, blank ones dropped."""
    out, pos = [], 0
    for m in PARAGRAPH.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


@dataclass(frozen=True)
class Analysis:
    """Tokens of one document with, for each token, whether it lies inside quotation marks, and its
    sentence and paragraph number (sentences end at . ! ? ؟ … outside quotes, and at paragraph breaks)."""
    text: str
    tokens: tuple[Token, ...]
    masked: tuple[bool, ...]
    sentence: tuple[int, ...]
    paragraph: tuple[int, ...]

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].start < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _decimal(text: str, t: Token) -> bool:
    """A point between digits (6.15, with bidi marks around it) is not a sentence end."""
    a = text[max(0, t.start - 2):t.start].rstrip("\u200e\u200f")
    b = text[t.end:t.end + 2].lstrip("\u200e\u200f")
    return t.raw == "." and a[-1:].isdigit() and b[:1].isdigit()


def _inside(t: Token, extents: list[tuple[int, int]], e: int) -> bool:
    return e < len(extents) and extents[e][0] <= t.start < extents[e][1]


def analyse(text: str, extents: list[tuple[int, int]]) -> Analysis:
    """`extents` are (open mark, end of closing mark) of every quoted span, sorted."""
    tokens = tokenize(text)
    masked, sentence, paragraph = [], [], []
    sent = para = 0
    e = 0
    prev_end = 0
    prev_final = False
    for t in tokens:
        gap = text[prev_end:t.start]
        if "\n" in gap or "\r" in gap or "\u2029" in gap or "\u2028" in gap:
            para += 1
            sent += 1
        elif prev_final and not (t.raw in SENTENCE_END and not _inside(t, extents, e)):
            sent += 1                                   # ".." or "?!" end one sentence, not two
        while e < len(extents) and extents[e][1] <= t.start:
            e += 1
        inside = e < len(extents) and extents[e][0] <= t.start < extents[e][1]
        masked.append(inside)
        sentence.append(sent)
        paragraph.append(para)
        final = not inside and t.raw in SENTENCE_END and not _decimal(text, t)
        prev_final = final or (prev_final and t.raw in SENTENCE_END)
        prev_end = t.end
    return Analysis(text, tuple(tokens), tuple(masked), tuple(sentence), tuple(paragraph))
