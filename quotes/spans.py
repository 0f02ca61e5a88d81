"""Stage 2: quote spans. Finds text between quotation marks, paragraph by paragraph, and marks the spans
that are names or headings rather than somebody's words."""
from __future__ import annotations

import regex

from collections.abc import Iterator

from .lexicon import Lexicon, lexicon
from .model import QuoteSpan
from .normalize import key
from .cues import SCOPE
from .text import SENTENCE_END, paragraphs, tokenize

EDGE_SPACE = " \t\u00a0\u200f\u200e"


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in EDGE_SPACE:
        a += 1
    while b > a and text[b - 1] in EDGE_SPACE:
        b -= 1
    return a, b


def _opens_here(text: str, i: int, lo: int) -> bool:
    """An ASCII " or a reopening ” opens a quote when a word follows it and no word is glued before it,
    except the clitics بـ/لـ/و (بـ"…", و"…")."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > lo else " "
    if nxt.isspace() or nxt in ".,،:؛;)":
        return False
    if prev.isspace() or prev in "(:،,؛;-–—/[\u0640" or i == lo:
        return True                                   # بـ"…" / لـ”…”: the tatweel marks a clitic
    return prev in "بلوفك" and (i - 2 < lo or not text[i - 2].isalnum())


def raw_spans(text: str, lo: int, hi: int, lex: Lexicon) -> Iterator[tuple[int, int | None, str, str | None]]:
    """Outermost quotes in text[lo:hi] as (open_at, close_at, open_mark, close_mark).
    A quote still open at the end of the paragraph ends there (close_at None): one broken mark never
    runs past its paragraph. Quotes nested inside a quote stay part of the outer one."""
    stack: list[tuple[int, str]] = []
    for i in (m.start() for m in lex.marks_re.finditer(text, lo, hi)):
        c = text[i]
        closes_top = bool(stack) and (c in lex.pairs.get(stack[-1][1], ()) or
                                      (c in lex.symmetric and stack[-1][1] == c) or
                                      c in lex.reopeners.get(stack[-1][1], ()))
        if closes_top:
            # a symmetric mark that looks like an opener while a *nested* quote is open opens another level
            if c in lex.symmetric and len(stack) == 1 or c not in lex.symmetric or not _opens_here(text, i, lo):
                o, m = stack.pop()
                if not stack:
                    yield o, i, m, c
                continue
        if c in lex.pairs:
            stack.append((i, c))
        elif c in lex.symmetric or (c in lex.reopeners and _opens_here(text, i, lo)):
            stack.append((i, c))
    if stack:
        o, m = stack[0]
        yield o, None, m, None


_LAST: tuple | None = None      # (text, lex, spans) of the last call: an undated article asks twice


def find_spans(text: str, lex: Lexicon | None = None) -> list[QuoteSpan]:
    """Every outermost quoted span of the document, classified as quote or not-quote."""
    global _LAST
    lex = lex or lexicon()
    last = _LAST
    if last is None or last[0] is not text or last[1] is not lex:
        last = _LAST = (text, lex, _spans(text, lex))
    return list(last[2])


def _spans(text: str, lex: Lexicon) -> list[QuoteSpan]:
    out = _find_spans(text, lex)
    # a short text in marks twice in one article is a name or a heading: names repeat, partial quotes
    # rarely do («داعش» … «داعش»; تهنئة “على هذا النجاح” … “على هذا النجاح”)
    seen: dict[str, int] = {}
    for s in out:
        k = key(text[s.start:s.end])
        if len(k.split()) <= 3:
            seen[k] = seen.get(k, 0) + 1
    # … unless the words before it frame somebody's words: a lead and its story both quote one insult
    # (وصف ترامب أوماروسا بأنها "كلبة" … واصفا إياها بأنها "كلبة")
    return [QuoteSpan(s.start, s.end, s.open_at, s.close_at, s.open_mark, s.close_mark, "repeated name")
            if s.not_quote is None and seen.get(key(text[s.start:s.end]), 0) > 1 and not _framed(text, s.open_at)
            else s for s in out]


def _framed(text: str, at: int) -> bool:
    """Is the quotation mark at `at` right after بأن/بأنها or بـ, the complement of a describing verb (وصفها
    بأنها "كلبة")? Not after إن/أن: a name often opens the reported clause (قالت الوكالة إن "أكسينتور" عرضت)."""
    before = tokenize(text, max(0, at - 20), at)
    words = [t for t in before if t.is_word]
    return bool(words) and words[-1].end >= at - 2 and (
        words[-1].key in SCOPE and words[-1].key.startswith("ب") or words[-1].raw in ("بـ", "ب"))


def _find_spans(text: str, lex: Lexicon) -> list[QuoteSpan]:
    out = []
    for lo, hi in paragraphs(text):
        found = list(raw_spans(text, lo, hi, lex))
        for o, c, om, cm in found:
            a, b = _trimmed(text, o + 1, hi if c is None else c)
            if a >= b:
                continue                                   # "" or “ ” hold no words
            span = QuoteSpan(a, b, o, c, om, cm)
            out.append(_classify(text, span, lo, hi, len(found), lex))
    return out


def _classify(text: str, s: QuoteSpan, lo: int, hi: int, n_in_paragraph: int, lex: Lexicon) -> QuoteSpan:
    why = not_quote_reason(text, s, lo, hi, n_in_paragraph, lex)
    return s if why is None else QuoteSpan(s.start, s.end, s.open_at, s.close_at, s.open_mark, s.close_mark, why)


_DEFINITE = regex.compile("[وف]?(?:[بك]?ال|لل)")      # the article with at most a conjunction and a preposition


def _possessed(k: str) -> str | None:
    """The noun of كتابه/روايتها/حسابهم (ة written ت before the suffix) or of a dual construct (حزبي، وفدي)."""
    for suf in ("هما", "هم", "ها", "ه"):
        if k.endswith(suf) and len(k) - len(suf) >= 3:
            stem = k[:-len(suf)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    if k.endswith("ي") and not k.startswith("ال") and len(k) >= 4:
        return k[:-1]
    return None


def _person_name(keys: tuple[str, ...], lex: Lexicon) -> bool:
    """Are these words one person's name: given names (and name particles: بن، عبد), then at most one other
    word at the end (the family name)?"""
    given = [k in lex.native_given or k in lex.particles for k in keys]
    return all(given[:-1]) and sum(given) >= 2 and any(k in lex.native_given for k in keys)


def not_quote_reason(text: str, s: QuoteSpan, lo: int, hi: int, n_in_paragraph: int, lex: Lexicon) -> str | None:
    """Why a quoted span is a name or a heading, not somebody's words (None when it may be a quote)."""
    inner = text[s.start:s.end]
    k = key(inner).strip(".،,:!؟?")
    # no letters at all: a number or a symbol in marks is emphasis, not speech
    if not any(ch.isalpha() for ch in inner):
        return "no words"
    # text that starts with punctuation lies between two quotes: the marks were paired one off
    # (لـ"اليوم"، أن "الخطورة …": the span «، أن »)
    if inner[:1] in "،,.:؛;!؟?)":
        return "between quotes"
    # the whole span is a news outlet, agency or platform: وكالة "رويترز", مع "رويترز"
    if k in lex.outlets:
        return "outlet name"
    # Latin script or digits only: a product, an acronym, a brand (HSDPA, "4MATIC")
    if not any("\u0600" <= ch <= "\u06ff" for ch in inner):
        return "latin name"
    # the whole span names a known body or place: «داعش», "حماس", «الكرملين»
    if k in lex.org_names or k in lex.places:
        return "organisation name"
    before = tokenize(text, max(lo, s.open_at - 60), s.open_at)
    words = [t for t in before if t.is_word]
    prev = words[-1].key.rstrip("\u0640") if words and words[-1].end >= s.open_at - 2 else ""
    inner_words = [t for t in tokenize(inner) if t.is_word]
    n_words = len(inner_words)
    # a name noun right before a short span: لبرنامج «…», معهد “…”, لشبكة “…” (a clause after الخطة is speech)
    m = _DEFINITE.match(prev)
    definite = m is not None and len(prev) - m.end() >= 3     # والخطة، بالبرنامج; not وكالة (و + كالة)
    if prev and prev in lex.name_nouns and n_words <= (2 if definite else lex.name_max_words):
        return "name after " + prev
    adjacent = not text[words[-1].end:s.open_at].strip() if words else False
    # … with a possessive or in the dual construct: في كتابه «اللغة الفارسية», بين وفدي حزبي «…» و«…»
    base = _possessed(prev)
    if adjacent and base and base in lex.name_nouns and base not in lex.own_words_nouns and n_words <= 3:
        return "name after " + prev
    # a naming word right before the mark: ما يسمى «…», بعنوان «…», المعروف بـ"…"
    if prev and n_words <= lex.name_max_words and (prev in lex.naming_words or prev[1:] in lex.naming_words):
        return "term after " + prev
    if len(words) >= 2 and words[-1].key in ("ب", "ل") and words[-2].key in lex.naming_words:
        return "term after " + words[-2].key
    # right after لـ: an outlet or a body spoken to (قال لـ"السومرية نيوز", وأضاف لـ«الرياض»)
    if words and words[-1].raw in ("لـ", "ل", "ولـ") and words[-1].end >= s.open_at - 1 and n_words <= lex.name_max_words:
        return "name after لـ"
    # a short span that starts with a name noun is a name: «جمهورية شمال قبرص التركية», "شركة أرامكو"
    if (inner_words and n_words <= lex.name_max_words and inner_words[0].key in lex.name_starters and n_words >= 2):
        return "name"
    # a religious formula in marks: «حفظه الله»، «عز وجل»، «صلى الله عليه وسلم»
    keys = tuple(w.key for w in inner_words)
    if 2 <= n_words <= 4 and ((keys[0], keys[1]) in lex.honorifics
                              or any(keys[:len(f)] == f for f, _ in lex.formula_speakers)):
        return "formula"
    # a person's full name in marks: «علي عبدالله صالح»، "بدر محمد باسلمة" (Arabic given names and particles,
    # then at most one family name)
    if 2 <= n_words <= 4 and _person_name(keys, lex):
        return "person name"
    # a person's name or nickname after a person noun: الطفلة “وديمة”
    if prev and prev in lex.person_nouns and n_words <= 2:
        return "name after " + prev
    # the name of a person or body right after its title or body noun, in marks: مدير فيورنتينا "فينتشنزو
    # جويريني"، العقيد "عائض البقمي" (a cue after the noun makes it speech; after أن the noun is the subject of
    # the reported clause: أن الاتحاد "سيفتح نقاشا")
    if adjacent and n_words <= 3 and not any(w.key in SCOPE or w.key in lex.cues for w in words[-1:]):
        head = words[-1] if len(words) >= 1 else None
        if len(words) >= 2 and not words[-1].key.startswith("ال") and words[-1].key not in lex.function_words:
            if words[-2].key in lex.title_heads or words[-2].key in lex.org_heads:
                head = words[-2]            # مدير فيورنتينا "…": the head and the body's own name
        if (head is not None and (head.key in lex.title_heads or head.key in lex.org_heads) and head.raw[:1] not in "بل"
                and not any(w.key in SCOPE for w in words[-4:])):
            return "name after " + head.key
    # a heading: a short paragraph with no sentence punctuation and no reporting verb (the paragraph is
    # read only for its one span: reading it for every span of a long paragraph would be quadratic)
    if n_in_paragraph != 1:
        return None
    para = text[lo:hi].strip()
    para_words = [t for t in tokenize(text, lo, hi) if t.is_word]
    if (len(para_words) <= lex.heading_max_words and para[-1] not in SENTENCE_END
            and para[-1] not in ":" and not any(t.key in lex.cues for t in para_words)):
        return "heading"
    return None
