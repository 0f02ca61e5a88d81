"""Arabic orthographic normalisation. It only makes matching keys: offsets always point into raw text."""
from __future__ import annotations

import regex

DIACRITICS = regex.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_HAMZA_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                             "ک": "ك", "ی": "ي", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
BIDI = regex.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _key_table() -> dict[int, int | None]:
    """The steps of key() before the whitespace collapse as one str.translate table: delete what DIACRITICS
    and BIDI match, then fold _HAMZA_ALEF and _DIGITS. The deleted and the mapped characters are disjoint
    and no mapping yields a deleted character, so one pass equals the four (tests/test_build_engines.py
    checks key() against the four steps)."""
    table: dict[int, int | None] = {**_HAMZA_ALEF, **_DIGITS}
    for cp in range(0x10000):
        if DIACRITICS.match(chr(cp)) or BIDI.match(chr(cp)):
            table[cp] = None
    return table


_KEY = _key_table()


def undotted(word: str) -> str:
    """The word as written but for its diacritics and tatweel (فإنّ → فإن): hamza and alef forms kept."""
    return DIACRITICS.sub("", word)


def key(word: str) -> str:
    """Matching key of a word or phrase: no diacritics/tatweel/bidi marks, hamza and alef forms folded,
    ى→ي, ة→ه, Arabic-Indic digits → ASCII, whitespace collapsed."""
    s = word.translate(_KEY)
    return s if s.isalnum() else " ".join(s.split())


def bare(k: str) -> str:
    """الرئيس/للرئيس/والرئيس → رئيس (for title and head comparisons)."""
    for p in ("وال", "فال", "بال", "ال", "ولل", "لل"):
        if k.startswith(p) and len(k) - len(p) >= 3:
            return k[len(p):]
    return k
