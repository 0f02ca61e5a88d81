"""Tokens with raw offsets, paragraphs and sentence boundaries. Keys are for matching only."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import namedtuple
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, compress, count, repeat
from operator import itemgetter, not_

import regex

from .normalize import key

WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}\u0640]+|(?!(?<=\p{L})_(?=\p{L}))[^\s\p{L}\p{M}\p{Nd}\p{Cf}]")
# (bidi and other format marks are gaps, and so is _ between letters: #الجيش_الإسرائيلي is two words)
_SPLIT = regex.compile(f"({WORD.pattern})")       # the same tokens, kept by split between the gaps
SENTENCE_END = frozenset(".!?؟…")
PARAGRAPH = regex.compile(r"\n|\r|\u2029|\u2028")
# A run of more tokens than this without a sentence end (a page with no punctuation, a long list of quotes)
# is cut into sentences of this length: the stages scan within a sentence for each cue and quote, and this
# bound keeps that linear in the length of the document. Real sentences are shorter: the longest of the
# 72,504 articles of the benchmark corpus has 1,426 tokens.
MAX_SENTENCE = 2000
DATELINE = 16                   # tokens from a paragraph's start within which «(CNN) --» ends its dateline
DASHES = frozenset("-–—")      # a dateline's dashes, and those around a clause put in


_TokenFields = namedtuple("Token", "start end raw key is_word")
_new = tuple.__new__


class Token(_TokenFields):
    """One word or punctuation mark: offsets into the text, the text as written, its matching key, and
    whether it is a word (a letter or digit, or a tatweel, first). Immutable; a tuple underneath, because
    a document has hundreds of them and tuples are the cheapest records Python makes."""
    __slots__ = ()

    def __new__(cls, start: int, end: int, raw: str, key: str) -> "Token":
        return _new(cls, (start, end, raw, key, raw[0].isalnum() or raw[0] == "\u0640"))


START, RAW, KEY, IS_WORD = itemgetter(0), itemgetter(2), itemgetter(3), itemgetter(4)   # token fields, for map()


_INFO: dict[str, tuple[str, bool]] = {}        # raw token → (key, is_word): news repeats its words
_INFO_MAX = 100_000


def _info(raw: str) -> tuple[str, bool]:
    c = raw[0]
    info = _INFO[raw] = (key(raw) if c.isalnum() else raw, c.isalnum() or c == "\u0640")
    return info


def _scan(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end]. Split on WORD (kept), the parts alternate gap, token, gap, …, so the
    offsets are running sums of their lengths: the per-token work is done by C loops (split, accumulate,
    map, zip), not by Python bytecode, which makes this the cheapest way to tokenize a whole article. (Not
    concurrent: regex would release and retake the GIL at every token.)"""
    parts = _SPLIT.split(text if start == 0 and end == len(text) else text[start:end], concurrent=False)
    raws = parts[1::2]
    if not raws:
        return []
    offs = list(accumulate(map(len, parts), initial=start))
    if len(_INFO) >= _INFO_MAX:
        _INFO.clear()                   # (a bound on memory only: the infos are computed again)
    infos = list(map(_INFO.get, raws))
    if None in infos:                   # the words not seen before, once each
        for r in set(compress(raws, map(not_, infos))):
            _info(r)
        infos = list(map(_INFO.__getitem__, raws))
    keys, words = zip(*infos)
    return list(map(_new, repeat(Token), zip(offs[1::2], offs[2::2], raws, keys, words)))


def _token(text: str, s: int, e: int) -> Token:
    raw = text[s:e]
    k, w = _INFO.get(raw) or _info(raw)
    return _new(Token, (s, e, raw, k, w))


_WHOLE: tuple | None = None     # (text, tokens, starts) of the last text a range was asked of


def _whole(text: str) -> tuple:
    global _WHOLE
    w = _WHOLE
    if w is None or w[0] is not text:
        tokens = _scan(text, 0, len(text))
        w = _WHOLE = (text, tokens, list(map(START, tokens)))
    return w


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and single punctuation marks of text[start:end], offsets into `text`.

    A document's stages tokenize the same text many times (whole, by paragraph, around each quote): the
    whole text's tokens are kept (for the last text) and a range is cut from them. Tokens are runs of
    letters or single other characters, so the tokens of a range are those of the whole text that lie in
    it, except a letter run cut by the range's start or end, which becomes the part inside it."""
    n = len(text)
    end = n if end is None else end
    if not 0 <= start <= end <= n:
        return _scan(text, start, end)
    if start == 0 and end == n:                     # a whole text: kept only if a range was asked of it
        w = _WHOLE
        return list(w[1]) if w is not None and w[0] is text else _scan(text, 0, n)
    _, tokens, starts = _whole(text)
    i = bisect_left(starts, start)
    j = bisect_left(starts, end, i)
    out = tokens[i:j]
    if i > 0 and min(tokens[i - 1][1], end) > start:    # a word cut by the start of the range
        out.insert(0, _token(text, start, min(tokens[i - 1][1], end)))
    if out and out[-1][1] > end:                    # a word cut by the end of the range
        out[-1] = _token(text, out[-1][0], end)
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

    @cached_property
    def starts(self) -> tuple[int, ...]:
        return tuple(map(START, self.tokens))

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """The key of every token (computed once per document)."""
        return tuple(map(KEY, self.tokens))

    @cached_property
    def memo(self) -> dict:
        """Results of pure functions of this analysis, kept for the document (dates.expressions)."""
        return {}

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_left(self.starts, offset)

    def sentence_start(self, i: int) -> int:
        """Index of the first token of the sentence token i is in (sentence numbers only grow along the
        tokens: looked up, not walked back to)."""
        if i <= 0:
            return i
        return bisect_left(self.sentence, self.sentence[i], 0, i)


def _decimal(text: str, t: Token) -> bool:
    """A point between digits (6.15, with bidi marks around it) is not a sentence end."""
    a = text[max(0, t.start - 2):t.start].rstrip("\u200e\u200f")
    b = text[t.end:t.end + 2].lstrip("\u200e\u200f")
    return t.raw == "." and a[-1:].isdigit() and b[:1].isdigit()


_ALNUM = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")


def _abbreviation(text: str, t: Token) -> bool:
    """A point after a one-letter word (د. الداود) or glued to letters on both sides, one of them a word of three
    letters or fewer (لمحطة (تيه.اف 1)، "بي.إف.إم"), is inside an abbreviation, not a sentence end (but
    الحكومة.وقال, a space forgotten between two sentences, ends one)."""
    if t.raw != "." or t.start == 0 or t.end >= len(text):
        return False
    if text[t.start - 1].isalpha() and (t.start == 1 or not text[t.start - 2].isalnum()):
        return True                     # د. الداود، م. خالد: one letter and a point is a title, not a sentence end
    after = _ALNUM.match(text, t.end)
    if after is None or not text[t.start - 1].isalnum():
        return False
    k = t.start
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    return min(t.start - k, after.end() - after.start()) <= 3


_LAST: tuple | None = None      # (text, extents, Analysis) of the last call: an undated article is analysed twice


def analyse(text: str, extents: list[tuple[int, int]]) -> Analysis:
    """`extents` are (open mark, end of closing mark) of every quoted span, sorted. The marks, paragraphs
    and sentences are found from the few tokens where they change (marks, breaks, sentence ends), and the
    numbers are filled in between: a document has thousands of tokens and few of these."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is text and last[1] == extents:
        return last[2]
    tokens = tokenize(text)
    starts = list(map(START, tokens))
    masked = _masked(starts, extents)
    paragraph_at = _paragraph_starts(text, starts)
    sentence_at = _sentence_starts(text, tokens, masked, paragraph_at)
    an = Analysis(text, tuple(tokens), tuple(masked), tuple(_numbered(sentence_at, len(tokens))),
                  tuple(_numbered(paragraph_at, len(tokens))))
    _LAST = (text, list(extents), an)
    return an


def _masked(starts: list[int], extents: list[tuple[int, int]]) -> list[bool]:
    """Is each token inside quotation marks: does it start within an extent?"""
    masked = [False] * len(starts)
    for a, b in extents:
        i, j = bisect_left(starts, a), bisect_left(starts, b)
        masked[i:j] = repeat(True, j - i)
    return masked


def _paragraph_starts(text: str, starts: list[int]) -> list[int]:
    """Indices of the tokens a paragraph break comes before (a break is whitespace, never inside a token;
    breaks after the last token start nothing)."""
    n = len(starts)
    return sorted({j for j in (bisect_right(starts, m.start()) for m in PARAGRAPH.finditer(text)) if j < n})


def _sentence_starts(text: str, tokens: list[Token], masked: list[bool], paragraph_at: list[int]) -> list[int]:
    """Indices of the tokens a new sentence starts at: after a paragraph break, after . ! ? ؟ … outside
    quotes (".." or "?!" end one sentence, not two; a decimal point or an abbreviation ends none), and after
    MAX_SENTENCE tokens of one sentence. Only those tokens and the one after each end mark are read."""
    n = len(tokens)
    paragraph = set(paragraph_at) | _dateline_ends(tokens, [0, *paragraph_at])
    ends = set(compress(count(), map(SENTENCE_END.__contains__, map(RAW, tokens))))
    out: list[int] = []
    run_from = 0                        # the token the current run of a sentence started at
    prev_final = False
    for i in sorted(paragraph | ends | {e + 1 for e in ends if e + 1 < n}) + [n]:
        while run_from + MAX_SENTENCE < i:      # the tokens before i are words: only the length cuts
            run_from += MAX_SENTENCE
            out.append(run_from)
        if i == n:
            break
        end = i in ends
        if i in paragraph or prev_final and not (end and not masked[i]) or i - run_from >= MAX_SENTENCE:
            out.append(i)
            run_from = i
        if end:
            final = not masked[i] and not _decimal(text, tokens[i]) and not _abbreviation(text, tokens[i])
            prev_final = final or prev_final
        else:
            prev_final = False
    return out


def _dateline_ends(tokens: list[Token], starts: list[int]) -> set[int]:
    """Where a paragraph's dateline ends: after «(CNN) --» or «(رويترز) -» in its first DATELINE tokens (واشنطن،
    الولايات المتحدة الأمريكية (CNN) -- دافع الرئيس …): the sentence starts after the dashes, not at the place."""
    out = set()
    for p in starts:
        i = next((i for i in range(p, min(p + DATELINE, len(tokens) - 1))
                  if tokens[i].raw == ")" and tokens[i + 1].raw in DASHES), None)
        j = i + 1 if i is not None else len(tokens)
        while j < len(tokens) and tokens[j].raw in DASHES:
            j += 1
        if j < len(tokens):
            out.add(j)
    return out


def _numbered(cuts: list[int], n: int) -> list[int]:
    """For each of n tokens, how many of the sorted token indices `cuts` are at or before it."""
    out: list[int] = []
    prev = 0
    for number, cut in enumerate(cuts):
        out.extend(repeat(number, cut - prev))
        prev = cut
    out.extend(repeat(len(cuts), n - prev))
    return out
