"""Spellings of one name across articles: the build-wide spelling logic of speaker identity and look-ups.

Arabic news transliterates foreign names in several ways: a long vowel written or left out (بوتين/بوتن،
ترامب/ترمب، نتنياهو/نتانياهو، هايلي/هيلي), one letter for another where Arabic has two for one sound
(غ/ج/ق for g, ط/ت, ص/س, ذ/ز), and compounds written in one word or two (عبد الفتاح/عبدالفتاح). Native
Arabic names are spelt one way and their vowels tell names apart (محمد/محمود، حسن/حسين): they only match
as written.

- `name_words` normalises a name into words (compounds joined, honorifics dropped);
- `word_relation` compares two words: "same", "variant" (a written vowel dropped or a letter folded, safe
  inside a longer name), "weak" (one vowel or one consonant changed: ماركل/ميركل، نويرت/ناورت، غوتيريس/
  غوتيريش — only with other evidence) or "different";
- `name_relation` compares two whole names."""
from __future__ import annotations

from functools import lru_cache

import regex

from .identity_data import identity_words
from .lexicon import Lexicon, lexicon
from .normalize import key

SAME, VARIANT, WEAK, DIFFERENT = "same", "variant", "weak", "different"
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}\s]+")
VOWELS = frozenset("اوي")
# letters that transliterate one foreign sound (g, t, s, z); و/ف (w/v) only as the first letter. ض and ظ,
# which foreign names hardly use, are not folded: عويضة is not عودة
_FOLD = str.maketrans({"غ": "ج", "ق": "ج", "ط": "ت", "ص": "س", "ذ": "ز"})
_HEAD_FOLD = str.maketrans({"و": "ف"})


def name_words(text: str | None) -> list[str]:
    """The words of a name as matching keys: marks dropped, an opening honorific dropped (آية الله), and
    compounds joined (عبد الفتاح → عبدالفتاح، نصر الله → نصرالله، آل سعود → السعود)."""
    if not text:
        return []
    iw = identity_words()
    ws = key(_NOT_WORD.sub(" ", text)).split()
    for h in iw.honorifics:
        if len(ws) > len(h) and tuple(ws[:len(h)]) == h:
            ws = ws[len(h):]
            break
    out: list[str] = []
    for w in ws:
        if out and out[-1] in iw.compound_first and not out[-1].endswith("+"):
            out[-1] = out[-1] + w + "+"
        elif out and w in iw.compound_second and len(out[-1]) > 1:
            out[-1] = out[-1].rstrip("+") + w + "+"
        else:
            out.append(w)
    return [w.rstrip("+") for w in out]


def native(word: str, lex: Lexicon | None = None) -> bool:
    """Is the word spelt as an Arabic name is (only matched as written): a given name of the lexicon, a
    compound (عبدالله، ابوبكر) or a word with the article (الجبير، السيسي)?"""
    lex = lex or lexicon()
    return (word in lex.native_given or word.startswith(("عبد", "ابو", "ال")) or word in lex.particles
            or len(word) <= 3)


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> tuple[str, tuple[str, ...]]:
    """The consonants of a transliterated word (its first letter kept whatever it is, letters of one sound
    folded, doubled letters once, a final ه dropped) and the vowel letters written around them: gaps[i]
    before consonant i, gaps[-1] after the last."""
    w = word.translate(_FOLD)
    head, rest = w[:1].translate(_HEAD_FOLD), w[1:]
    if rest.endswith("ه"):
        rest = rest[:-1]
    cons, gaps, gap = [head], [], ""
    for ch in rest:
        if ch in VOWELS:
            gap += ch
        elif ch == cons[-1] and not gap:
            continue
        else:
            gaps.append(gap)
            cons.append(ch)
            gap = ""
    gaps.append(gap)
    return "".join(cons), tuple(gaps)


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


def _gaps_fit(ga: tuple[str, ...], gb: tuple[str, ...]) -> int:
    """Number of vowel gaps where neither spelling's vowels are a subsequence of the other's."""
    return sum(1 for x, y in zip(ga, gb) if not (_subsequence(x, y) or _subsequence(y, x)))


def word_relation(a: str, b: str, lex: Lexicon | None = None) -> str:
    """How two name words (matching keys) relate: see the module doc."""
    if a == b:
        return SAME
    if native(a, lex) or native(b, lex):
        return DIFFERENT
    (ca, ga), (cb, gb) = skeleton(a), skeleton(b)
    if len(ca) < 2 or len(ca) != len(cb):
        return DIFFERENT
    if ca == cb:
        bad = _gaps_fit(ga, gb)
        return VARIANT if bad == 0 else WEAK if bad == 1 and len(ca) >= 3 else DIFFERENT
    diff = [i for i, (x, y) in enumerate(zip(ca, cb)) if x != y]
    if len(diff) == 1 and diff[0] > 0 and _gaps_fit(ga, gb) == 0 and len(ca) >= 4:
        return WEAK
    return DIFFERENT


def name_relation(a: list[str], b: list[str], lex: Lexicon | None = None) -> str:
    """How two names (lists of words) relate: "same", "variant" (every word the same or a variant, and at
    least one long word the same), "weak" (one word weak, the others the same or variants, one long word
    the same) or "different"."""
    if a == b:
        return SAME
    if len(a) != len(b) or len(a) < 2:
        return DIFFERENT
    rels = [word_relation(x, y, lex) for x, y in zip(a, b)]
    if DIFFERENT in rels or rels.count(WEAK) > 1:
        return DIFFERENT
    if not any(r == SAME and len(x) >= 3 for r, x in zip(rels, a)):
        return DIFFERENT
    return WEAK if WEAK in rels else VARIANT


def fold(word: str, lex: Lexicon | None = None) -> str:
    """A blocking key shared by a word and its variants (and its weak variants of a changed vowel)."""
    return word if native(word, lex) else skeleton(word)[0]
