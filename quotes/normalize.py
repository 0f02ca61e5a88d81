"""Arabic orthographic normalisation. It only makes matching keys: offsets always point into raw text."""
from __future__ import annotations

import regex

DIACRITICS = regex.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_HAMZA_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                             "ک": "ك", "ی": "ي", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
BIDI = regex.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def key(word: str) -> str:
    """Matching key of a word or phrase: no diacritics/tatweel/bidi marks, hamza and alef forms folded,
    ى→ي, ة→ه, Arabic-Indic digits → ASCII, whitespace collapsed."""
    s = BIDI.sub("", DIACRITICS.sub("", word))
    s = s.translate(_HAMZA_ALEF).translate(_DIGITS)
    return " ".join(s.split())


def strip_tanween_alef(k: str) -> str:
    """مضيفا → مضيف (the accusative alef of an adverbial participle), on a key."""
    return k[:-1] if len(k) > 3 and k.endswith("ا") else k
