"""Stage 2: quote spans. Finds text between quotation marks, paragraph by paragraph, and marks the spans
that are names or headings rather than somebody's words."""
from __future__ import annotations

from collections.abc import Iterator

from .lexicon import Lexicon, lexicon
from .model import QuoteSpan
from .normalize import key
from .cues import SCOPE
from .not_quotes import not_quote_reason
from .text import paragraphs, tokenize

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


def _stray_closer(text: str, i: int, hi: int) -> bool:
    """Is the symmetric mark at i, with no quote open, a closer whose opener was lost: glued to the word before
    it and followed by a space, with an odd number of its kind left in the paragraph (كلمة "سرقة" فيها تجني …
    after a mark that went astray)? Opening there would pair every later mark one off."""
    c = text[i]
    return 0 < i and text[i - 1].isalnum() and i + 1 < hi and text[i + 1] in " \u00a0" and text.count(c, i + 1, hi) % 2 == 0


def _inner_opener(text: str, i: int, hi: int) -> bool:
    """Is the symmetric mark at i, inside an open quote, the opening of a quote nested in it: a space before it,
    a letter right after it, at least two more of it before the paragraph ends, and the next one near, with no
    sentence end between (a short nested term), and not glued to the word after it?"""
    c = text[i]
    if not (0 < i and text[i - 1] in " \u00a0" and i + 1 < hi and text[i + 1].isalpha() and text.count(c, i + 1, hi) >= 2):
        return False
    inner_end = text.find(c, i + 1, hi)
    after = text[inner_end + 1:inner_end + 2]
    return inner_end - i <= NESTED_MAX and not any(ch in ".!?؟" for ch in text[i + 1:inner_end]) \
        and (after == "" or not after.isalpha())        # "…دارنا"حسب تعبيره: a closer glued to a word is no closer


NESTED_MAX = 60         # a quote nested in another is a short term or phrase («الفراغ التشريعي والمؤسساتي»)


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
            # a symmetric mark that looks like an opener while a *nested* quote is open opens another level;
            # at the first level (opened where a quote opens) only one that cannot close (a space before it, a word
            # glued after it) with two more of it left to close both levels: ان "تونس … بسبب "الفراغ التشريعي" الذي …"
            if c in lex.symmetric and len(stack) == 1 and not (_opens_here(text, stack[0][0], lo)
                                                             and _inner_opener(text, i, hi)) or \
                    c not in lex.symmetric or len(stack) > 1 and not _opens_here(text, i, lo):
                o, m = stack.pop()
                if not stack:
                    yield o, i, m, c
                continue
        if c in lex.pairs:
            stack.append((i, c))
        elif c in lex.symmetric and not (not stack and _stray_closer(text, i, hi)) or \
                (c in lex.reopeners and _opens_here(text, i, lo)):
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
    out, keys = _find_spans(text, lex)
    # a short text in marks twice in one article is a name or a heading: names repeat, partial quotes
    # rarely do («داعش» … «داعش»; تهنئة “على هذا النجاح” … “على هذا النجاح”)
    seen: dict[str, int] = {}
    for s in out:
        k = keys[s.start]
        if _few_words(k):
            seen[k] = seen.get(k, 0) + 1
    # … unless the words before it frame somebody's words: a lead and its story both quote one insult
    # (وصف ترامب أوماروسا بأنها "كلبة" … واصفا إياها بأنها "كلبة")
    out = [QuoteSpan(s.start, s.end, s.open_at, s.close_at, s.open_mark, s.close_mark, "repeated name")
           if s.not_quote is None and seen.get(keys[s.start], 0) > 1 and not _framed(text, s.open_at)
           else s for s in out]
    return _runs(text, _lists(text, out, keys), keys)


def _few_words(k: str, n: int = 3) -> bool:
    """Has the key n words or fewer? (split stops after n + 1: a long quote is not cut into all its words)"""
    return len(k.split(None, n)) <= n


LIST_GAP = frozenset({"و", "او", "ام", "،", ",", "/"})
NAMES = ("term after", "name after", "organisation name", "latin name", "outlet name", "name", "person name",
         "title of a work", "listed with")


def _lists(text: str, spans: list[QuoteSpan], keys: dict[int, str]) -> list[QuoteSpan]:
    """A short span listed after a name or a term (with و/أو or a comma between) is one more of them:
    المعروف اختصارا بـ"الإيدز" أو "السيدا"، مسلسلات «…» و«…»."""
    out: list[QuoteSpan] = []
    for s in spans:
        p = out[-1] if out else None
        if p is not None and p.not_quote and s.not_quote is None and p.close_at is not None and \
                p.not_quote.startswith(NAMES):
            gap = text[p.close_at + 1:s.open_at].split()
            if len(gap) == 1 and key(gap[0]).rstrip("\u0640") in LIST_GAP and \
                    _few_words(keys[s.start]):
                s = QuoteSpan(s.start, s.end, s.open_at, s.close_at, s.open_mark, s.close_mark, "listed with a name")
        out.append(s)
    return out


RUN = 3                 # three short spans in a row with only a comma or و between them are a list of names


def _runs(text: str, spans: list[QuoteSpan], keys: dict[int, str]) -> list[QuoteSpan]:
    """A run of three or more short spans (three words or fewer) with only commas and و/أو between them is a
    list of names (accounts “داعشي وافتخر”، “بعت الدنيا”، “جنون الاستشهاد”; companies «لينكيدن»، و«إي
    هارموني»، و«لاست دوت إف إم»): somebody's words come in sentences, not in lists of labels. Not a list
    whose first span completes a describing verb or a reported clause (وصفهم بـ«الخونة» و«العملاء» و«…»)."""
    out = list(spans)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _few_words(keys[out[j].start]) and _few_words(keys[out[j + 1].start]) and \
                out[j].close_at is not None and _list_gap(text[out[j].close_at + 1:out[j + 1].open_at]):
            j += 1
        if j - i + 1 >= RUN and not _framed(text, out[i].open_at) and not _after_that(text, out[i].open_at):
            for k in range(i, j + 1):
                s = out[k]
                if s.not_quote is None:
                    out[k] = QuoteSpan(s.start, s.end, s.open_at, s.close_at, s.open_mark, s.close_mark,
                                       "listed names")
        i = j + 1
    return out


RUN_GAP = LIST_GAP | {"بدل", "بدلا", "وبدل"}     # يقولون “جزيرة العرب” أو “بلاد الحرمين” بدل “المملكة”


def _list_gap(gap: str) -> bool:
    """Only punctuation of a list (، , و أو) or بدل (words set against words) between two spans, on one line."""
    words = gap.replace("\u0640", "").replace("،", " ").replace(",", " ").split()
    return "\n" not in gap and len(words) <= 1 and all(key(w) in RUN_GAP for w in words)


def _after_that(text: str, at: int) -> bool:
    """Is the mark at `at` right after أن/إن or a colon (the list is the reported words)?"""
    before = [t for t in tokenize(text, max(0, at - 12), at)]
    return bool(before) and (before[-1].key in SCOPE or before[-1].raw == ":")


def _framed(text: str, at: int) -> bool:
    """Is the quotation mark at `at` right after بأن/بأنها or بـ, the complement of a describing verb (وصفها
    بأنها "كلبة")? Not after إن/أن: a name often opens the reported clause (قالت الوكالة إن "أكسينتور" عرضت)."""
    before = tokenize(text, max(0, at - 20), at)
    words = [t for t in before if t.is_word]
    return bool(words) and words[-1].end >= at - 2 and (
        words[-1].key in SCOPE and words[-1].key.startswith("ب") or words[-1].raw in ("بـ", "ب"))


def _find_spans(text: str, lex: Lexicon) -> tuple[list[QuoteSpan], dict[int, str]]:
    """The spans, classified, and the key of each span's text by its start (read once: the rules after
    this one ask for it again)."""
    out, keys = [], {}
    for lo, hi in paragraphs(text):
        found = list(raw_spans(text, lo, hi, lex))
        for o, c, om, cm in found:
            a, b = _trimmed(text, o + 1, hi if c is None else c)
            if a >= b:
                continue                                   # "" or “ ” hold no words
            span = QuoteSpan(a, b, o, c, om, cm)
            keys[a] = key(text[a:b])
            out.append(_classify(text, span, lo, hi, len(found), lex, keys[a]))
    return out, keys


def _classify(text: str, s: QuoteSpan, lo: int, hi: int, n_in_paragraph: int, lex: Lexicon, k: str) -> QuoteSpan:
    why = not_quote_reason(text, s, lo, hi, n_in_paragraph, lex, k)
    return s if why is None else QuoteSpan(s.start, s.end, s.open_at, s.close_at, s.open_mark, s.close_mark, why)
