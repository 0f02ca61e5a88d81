"""Stage 5: dates. The day an article was published when its header does not say (inferred only when the
text gives it as the article's own: quotes/published.py), and the day each quote was said when its sentence tells: weekdays, أمس، الشهر الماضي،
في 14 يونيو الماضي، 16 أكتوبر/تشرين الأول 2025، في مارس الماضي، حينها."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


from .lexicon import Lexicon, lexicon
from .model import SaidOn
from .published import infer_published  # noqa: F401  (the publication date: quotes/published.py)
from .text import Analysis, tokenize

@dataclass(frozen=True, slots=True)
class DateExpr:
    first: int                  # token index where the expression starts
    last: int                   # token index where it ends (inclusive)
    date: dt.date | None        # None when it names a weekday or relative day (needs the article date)
    precision: str              # day | month | year
    weekday: int | None = None
    offset: int | None = None   # days before publication (أمس = 1)
    month_back: int | None = None   # months before publication (الشهر الماضي = 1)
    year_back: int | None = None
    month: int | None = None    # a month with no year (في مارس الماضي)
    day: int | None = None      # the day of such a month (14 يونيو الماضي)
    past: bool = False          # followed by الماضي
    future: bool = False        # followed by المقبل


def _year(tok: str) -> int | None:
    return int(tok) if tok.isdecimal() and len(tok) == 4 and 1900 <= int(tok) <= 2100 else None


def _month_at(keys: list[str], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """(month, tokens used) for a month name at i (one word, or two: تشرين الأول)."""
    if i + 1 < len(keys) and f"{keys[i]} {keys[i + 1]}" in lex.months:
        return lex.months[f"{keys[i]} {keys[i + 1]}"], 2
    k = keys[i]
    for c in (k, k[1:] if k[:1] in "وفبل" else k):
        if c in lex.months:
            return lex.months[c], 1
    return None


def _alt_month(keys: list[str], j: int, hi: int, lex: Lexicon) -> int:
    """Skip a second name of the same month: /أيلول, -أيلول, (تموز). Returns the index after it."""
    if j + 1 < hi and keys[j] in ("/", "-") and _month_at(keys, j + 1, lex):
        return j + 1 + _month_at(keys, j + 1, lex)[1]
    if j + 2 < hi and keys[j] == "(" and _month_at(keys, j + 1, lex):
        k = j + 1 + _month_at(keys, j + 1, lex)[1]
        if k < hi and keys[k] == ")":
            return k + 1
    return j


def expressions(an: Analysis, lo: int, hi: int, lex: Lexicon | None = None) -> list[DateExpr]:
    """Date expressions among tokens lo..hi-1 (quoted words excluded). Read once per range and document:
    every quote of a sentence asks for the same one."""
    lex = lex or lexicon()
    memo = an.memo.setdefault(expressions, {})
    k = (lo, hi, id(lex))
    if k not in memo:
        memo[k] = (lex, _expressions(an, lo, hi, lex))     # lex held: its id cannot be reused meanwhile
    return list(memo[k][1])


def _expressions(an: Analysis, lo: int, hi: int, lex: Lexicon) -> list[DateExpr]:
    keys = an.keys                  # built once per Analysis: per call it made every quote read the document
    out: list[DateExpr] = []
    i = lo
    while i < hi:
        if an.masked[i]:
            i += 1
            continue
        k = keys[i]
        nxt = keys[i + 1] if i + 1 < hi else ""
        # 16 أكتوبر/تشرين الأول 2025, 07-سبتمبر-2012, 3 جانفي
        if k.isdecimal() and 1 <= int(k) <= 31 and len(k) <= 2:      # not isdigit: int('²') fails
            j = i + 1 + (1 if nxt in ("-", "/") else 0)
            m = _month_at(keys, j, lex) if j < hi else None
            if m is not None:
                month, used = m
                j += used
                j = _alt_month(keys, j, hi, lex)          # سبتمبر/أيلول، سبتمبر-أيلول، يوليو (تموز)
                sep = 1 if j < hi and keys[j] in ("-", "/", ",", "،") and j + 1 < hi and _year(keys[j + 1]) else 0
                year = _year(keys[j + sep]) if j + sep < hi else None
                last = j + sep if year else j - 1
                past = last + 1 < hi and keys[last + 1] in lex.past_markers
                try:
                    d = dt.date(year, month, int(k)) if year else None
                except ValueError:
                    i += 1
                    continue
                out.append(DateExpr(i, last, d, "day", month=None if year else month, past=past,
                                    day=None if year else int(k)))
                i = last + 1
                continue
            # 10/04/2012
            if nxt == "/" and i + 4 < hi and keys[i + 2].isdigit() and keys[i + 3] == "/" and _year(keys[i + 4]):
                try:
                    out.append(DateExpr(i, i + 4, dt.date(_year(keys[i + 4]), int(keys[i + 2]), int(k)), "day"))
                except ValueError:
                    pass
                i += 5
                continue
        m = _month_at(keys, i, lex)
        if m is not None and (i == lo or keys[i - 1] not in ("-",)):
            month, used = m
            j = _alt_month(keys, i + used, hi, lex)    # في يوليو (تموز) 2014
            year = _year(keys[j]) if j < hi else None
            prev = keys[i - 1] if i > 0 else ""
            past = j < hi and keys[j] in lex.past_markers
            future = j < hi and keys[j] in ("المقبل", "القادم")
            if year or past or prev in ("في", "وفي", "خلال", "منذ", "مطلع", "اواخر", "اوايل", "منتصف", "نهايه", "بدايه"):
                out.append(DateExpr(i, j if (year or past or future) else j - 1,
                                    dt.date(year, month, 1) if year else None, "month",
                                    month=None if year else month, past=past, future=future))
                i = j + 1
                continue
        if k in lex.weekdays:
            past = nxt in lex.past_markers
            future = nxt in ("المقبل", "القادم")
            first = i - 1 if i > 0 and keys[i - 1] in ("يوم", "ويوم", "اليوم") else i
            out.append(DateExpr(first, i + (1 if past or future else 0), None, "day", weekday=lex.weekdays[k],
                                past=past, future=future))
            i += 1
            continue
        if f"{k} {nxt}" in lex.relative_days:
            out.append(DateExpr(i, i + 1, None, "day", offset=-lex.relative_days[f"{k} {nxt}"]))
            i += 2
            continue
        if k in lex.relative_days and k.lstrip("وف") != "اليوم":
            # أمس الثلاثاء: the weekday only confirms أمس
            last = i + 1 if nxt in lex.weekdays else i
            out.append(DateExpr(i, last, None, "day", offset=-lex.relative_days[k]))
            i = last + 1
            continue
        if k.lstrip("وف") in ("الشهر", "العام", "السنه") and nxt in lex.past_markers:
            out.append(DateExpr(i, i + 1, None, "month" if "الشهر" in k else "year",
                                month_back=1 if "الشهر" in k else None, year_back=None if "الشهر" in k else 1))
            i += 2
            continue
        i += 1
    return out


def resolve(e: DateExpr, published: dt.date | None) -> SaidOn | None:
    """The date an expression names, against the article date."""
    if e.future:
        return None
    if e.date is not None:
        return SaidOn(e.date, e.precision)
    if published is None:
        return None
    if e.offset is not None:
        return SaidOn(published - dt.timedelta(days=e.offset), "day")
    if e.precision == "day" and e.weekday is not None and e.month is None:
        back = (published.weekday() - e.weekday) % 7
        if back == 0 and e.past:
            back = 7
        return SaidOn(published - dt.timedelta(days=back), "day")
    if e.precision == "day" and e.month is not None:          # 14 يونيو الماضي: the most recent one
        day = e.day or 1
        for y in (published.year, published.year - 1):
            try:
                d = dt.date(y, e.month, day)
            except ValueError:
                return None
            if d <= published and not (e.past and d == published):
                return SaidOn(d, "day")
        return None
    if e.month_back:
        y, m = published.year, published.month - e.month_back
        while m <= 0:
            y, m = y - 1, m + 12
        return SaidOn(dt.date(y, m, 1), "month")
    if e.year_back:
        return SaidOn(dt.date(published.year - e.year_back, 1, 1), "year")
    if e.month is not None:
        y = published.year if (e.month < published.month or (e.month == published.month and not e.past)) \
            else published.year - 1
        return SaidOn(dt.date(y, e.month, 1), "month")
    return None


def _excluded(an: Analysis, e: DateExpr, lex: Lexicon) -> bool:
    """A date that tells when something was aired or published, not said: الذي أذيع يوم الأربعاء."""
    for j in range(max(0, e.first - 3), e.first):
        if an.tokens[j].key in lex.not_said_verbs:
            return True
    # a date inside a relative clause belongs to its verb: الذي أطلقت روسيا، الثلاثاء، سراحه
    for j in range(max(0, e.first - 5), e.first):
        if an.tokens[j].key in ("الذي", "التي", "الذين"):
            return True
    return False


def said_on(an: Analysis, cue_index: int | None, open_index: int, published: dt.date | None,
            speaker_words: set[str], lex: Lexicon | None = None) -> SaidOn | None:
    """When the quote at token `open_index`, introduced by the cue at `cue_index`, was said."""
    lex = lex or lexicon()
    if cue_index is None:
        return None
    sent = an.sentence[cue_index]
    lo = an.sentence_start(cue_index)
    hi = max(open_index, cue_index + 1)
    while hi < len(an.tokens) and an.sentence[hi] == sent:
        hi += 1
    exprs = [e for e in expressions(an, lo, hi, lex) if not _excluded(an, e, lex)]
    if cue_index < open_index:     # the quote's own clause: between the sentence start and the quote
        exprs = [e for e in exprs if e.first < open_index]
    else:                          # «…»، قال الوزير أمس: right after the cue
        exprs = [e for e in exprs if cue_index < e.first <= cue_index + 6]
    if exprs:
        e = min(exprs, key=lambda e: abs(e.first - cue_index))
        return resolve(e, published)
    # حينها / آنذاك: the time of the sentence before
    if any(an.tokens[j].key in lex.anaphoric for j in range(lo, hi) if not an.masked[j]):
        plo = an.sentence_start(lo - 1)
        prev = expressions(an, plo, lo, lex) if lo > 0 else []     # the event's date, whatever its verb
        if prev:
            return resolve(prev[-1], published)
        return None
    # the previous sentence of the same paragraph dates the same speaker's words:
    # «وكان ترامب قد أبلغ الصحفيين يوم الثلاثاء … وقال: …»
    if lo > 0 and an.paragraph[lo - 1] == an.paragraph[lo] and speaker_words:
        plo = an.sentence_start(lo - 1)
        from .names import token_key
        if any(not an.masked[j] and token_key(an.tokens[j].key, lex) in speaker_words for j in range(plo, lo)):
            prev = [e for e in expressions(an, plo, lo, lex) if not _excluded(an, e, lex)]
            if prev:
                return resolve(prev[-1], published)
    return None


__all__ = ["DateExpr", "expressions", "resolve", "said_on", "infer_published", "tokenize"]
