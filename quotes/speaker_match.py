"""Look-ups fold names the way speaker ids do (quotes.spelling): `quotes speakers --match` and `quotes search
--speaker` find the same people for ترامب and ترمب, بوتين and بوتن.

A speaker matches a text, best first:
- "equal":     one of its names is the text, word for word, each word the same or a spelling variant;
- "words":     one of its names holds the text's words in a row (ترامب in دونالد ترامب);
- "substring": only when nothing matches as words: a spelling contains the text (ترا …)."""
from __future__ import annotations

from .lexicon import Lexicon, lexicon
from .normalize import key
from .spelling import SAME, VARIANT, fold, name_words, word_relation

EQUAL, WORDS, SUBSTRING = 0, 1, 2


def _same_word(q: str, w: str, lex: Lexicon) -> bool:
    return q == w or (fold(q, lex) == fold(w, lex) and word_relation(q, w, lex) in (SAME, VARIANT))


def words_level(query: list[str], name: list[str], lex: Lexicon | None = None) -> int | None:
    """EQUAL when the name is the query, WORDS when it holds the query's words in a row, else None."""
    lex = lex or lexicon()
    n = len(query)
    if not n or n > len(name):
        return None
    for i in range(len(name) - n + 1):
        if all(_same_word(q, w, lex) for q, w in zip(query, name[i:i + n])):
            return EQUAL if n == len(name) else WORDS
    return None


def best_level(text: str, spellings, lex: Lexicon | None = None) -> int | None:
    """The best level at which any of `spellings` matches `text` as words (None when none does)."""
    q = name_words(text)
    found = [lv for s in spellings if (lv := words_level(q, name_words(s), lex)) is not None]
    return min(found) if found else None


def substring(text: str, spellings) -> bool:
    q = key(text).casefold()
    return bool(q) and any(q in key(s).casefold() for s in spellings)
