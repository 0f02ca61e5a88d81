"""Stage 5: reading date expressions. The said_on vocabulary of dates.json (DateWords), the date expressions
of a token range (weekdays, أمس، الشهر الماضي، في 14 يونيو الماضي، 16 أكتوبر/تشرين الأول 2025، الأول من مارس)
and the date each names against the article's date (resolve). Which of them dates a quote's words is decided
in quotes/dates.py."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache
from itertools import compress
from operator import or_

from .errors import DataFileError
from .lexicon import Lexicon, _load, _strings, definite, lexicon, with_conj, with_preps
from .model import SaidOn
from .normalize import key
from .text import Analysis


@dataclass(frozen=True, slots=True)
class DateWords:
    """The said_on vocabulary of dates.json that the Lexicon does not carry, as matching keys."""
    ordinals: dict[str, int]        # الأول، الحادي والعشرين (one or two words) → day of the month
    current: frozenset[str]         # الجاري، الحالي: the month or year of the article
    future: frozenset[str]          # المقبل، القادم
    tomorrow: frozenset[str]        # غدا، يوم غد الخميس: a weekday ahead
    occasions: frozenset[str]       # مؤتمر، كلمة، بيانها، والمقابلة: nouns of a speech occasion, every form
    relatives: frozenset[str]       # الذي، التي
    reported: frozenset[str]        # إن، أنه، بأن: the reported clause opens
    pluperfect: frozenset[str]      # وكان، وكانت opening a sentence: what had happened before
    earlier: frozenset[str]         # سبق: an earlier occasion
    earlier_heads: frozenset[str]   # وقت، تصريحات … of a two-word phrase (في وقت سابق), with clitics
    earlier_tails: frozenset[str]   # سابق، سابقة
    planned: frozenset[str]         # قبيل، المقررة: the date of an event ahead of the words
    with_occasion: frozenset[str]   # ألقى: a verb of saying only with its occasion after it (ألقى كلمة)
    day_parts: frozenset[str]       # صباح، مساء، ظهر: before a date, part of it
    live: frozenset[str]            # كلمة، خطاب: an occasion aired as it is said (كلمة بثها التلفزيون الجمعة)
    narrator: frozenset[str]        # يذكر، يشار: the writer's own «it is noted that», not a reported clause
    today_not_before: frozenset[str]  # حتى اليوم، منذ ذلك اليوم: اليوم is then no day of saying
    today_not_after: frozenset[str]   # اليوم نفسه، اليوم من …
    fronted: frozenset[str]         # وفي، مساء: a date in front of the sentence covers all of it
    tail: frozenset[str]            # «…»، وذلك في تعليق … الأحد: a tail that tells the saying
    shared: frozenset[str]          # في مؤتمر صحفي مشترك مع …: who shares the occasion
    at_occasion: frozenset[str]     # خلال، أثناء، على هامش + an occasion named as known
    generic: frozenset[str]         # وزارة، متحدث، الأمريكية: words of a speaker's name that name others too
    documents: frozenset[str]       # بيان، صحيفة: the carrier of the words, not the speaker
    when: frozenset[str]            # عندما، حين: the clause after it happened at the time before it


@cache
def date_words() -> DateWords:
    d = _load("dates.json", {"ordinal_days": dict, "current_markers": list, "future_markers": list, "tomorrow_words": list,
                             "speech_occasions": list, "relative_pronouns": list, "reported_openers": list,
                             "pluperfect_openers": list, "earlier_words": list, "earlier_phrases": list,
                             "planned_markers": list, "speech_verbs_with_occasion": list, "day_parts": list,
                             "live_occasions": list, "narrator_openers": list, "today_not_before": list,
                             "today_not_after": list, "fronted_openers": list, "tail_openers": list,
                             "shared_occasion": list, "occasion_prepositions": list, "speaker_generic_words": list,
                             "speaker_document_words": list, "when_words": list})
    ordinals = {}
    for w, n in d["ordinal_days"].items():
        if not isinstance(n, int) or not 1 <= n <= 31:
            raise DataFileError(f"quotes/data/dates.json: ordinal_days[{w!r}] = {n!r}; expected a day 1..31")
        ordinals[key(w)] = n

    def keys(field):
        return frozenset(key(w) for w in _strings("dates.json", field, d[field]))

    occasions = set()
    for n in keys("speech_occasions"):
        stem = n[:-1] + "ت" if n.endswith("ه") else n             # كلمة → كلمته، كلمتها
        for f in {*definite(n), *(stem + s for s in ("ه", "ها", "هم", "هما"))}:
            occasions |= with_preps(f)
    phrases = [p.split() for p in keys("earlier_phrases")]
    if any(len(p) != 2 for p in phrases):
        raise DataFileError("quotes/data/dates.json: every earlier_phrases entry is two words (وقت سابق)")
    return DateWords(ordinals=ordinals, current=keys("current_markers"), future=keys("future_markers"),
                     tomorrow=frozenset(f for w in keys("tomorrow_words") for f in with_conj(w)),
                     occasions=frozenset(occasions),
                     relatives=frozenset(f for w in keys("relative_pronouns") for f in with_conj(w)),
                     reported=frozenset(f for w in keys("reported_openers") for f in with_conj(w)), pluperfect=keys("pluperfect_openers"),
                     earlier=keys("earlier_words"),
                     earlier_heads=frozenset(f for h, _ in phrases for f in with_preps(h)),
                     earlier_tails=frozenset(t for _, t in phrases),
                     planned=frozenset(f for w in keys("planned_markers") for f in with_conj(w)),
                     with_occasion=keys("speech_verbs_with_occasion"),
                     day_parts=frozenset(f for w in keys("day_parts") for f in with_conj(w)),
                     live=frozenset(f for n in keys("live_occasions") for f in with_preps(n) | with_preps("ال" + n)),
                     narrator=frozenset(f for w in keys("narrator_openers") for f in with_conj(w)),
                     today_not_before=keys("today_not_before"), today_not_after=keys("today_not_after"),
                     fronted=frozenset(f for w in keys("fronted_openers") for f in with_conj(w)),
                     tail=keys("tail_openers"), shared=keys("shared_occasion"),
                     at_occasion=frozenset(f for w in keys("occasion_prepositions") for f in with_conj(w)),
                     generic=keys("speaker_generic_words"), documents=keys("speaker_document_words"),
                     when=frozenset(f for w in keys("when_words") for f in with_conj(w)))


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
    current: bool = False       # followed by الجاري: of the article's month or year


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


def _alt_month(keys: list[str], j: int, hi: int, lex: Lexicon, said: bool = False) -> int:
    """Skip a second name of the same month: /أيلول, -أيلول, (تموز). Returns the index after it."""
    if j + 1 < hi and keys[j] in ("/", "-") and _month_at(keys, j + 1, lex):
        return j + 1 + _month_at(keys, j + 1, lex)[1]
    # a second name misspelt (أبريل/ نسيان 2017): one word between the slash and a year
    if said and j + 2 < hi and keys[j] == "/" and keys[j + 1].isalpha() and _year(keys[j + 2]):
        return j + 2
    if j + 2 < hi and keys[j] == "(" and _month_at(keys, j + 1, lex):
        k = j + 1 + _month_at(keys, j + 1, lex)[1]
        if k < hi and keys[k] == ")":
            return k + 1
    return j


def expressions(an: Analysis, lo: int, hi: int, lex: Lexicon | None = None,
                said: bool = False) -> list[DateExpr]:
    """Date expressions among tokens lo..hi-1 (quoted words excluded). Read once per range and document:
    every quote of a sentence asks for the same one. With `said` also the forms the said_on rules read
    (الأول من مارس، 28 من سبتمبر، الشهر الجاري، اليوم alone, الجمعة المقبلة, أبريل/ نسيان 2017); without it, the
    forms infer_published has always read."""
    lex = lex or lexicon()
    memo = an.memo.setdefault(expressions, {})
    k = (lo, hi, id(lex), said)
    if k not in memo:
        memo[k] = (lex, _expressions(an, lo, hi, lex, said))     # lex held: its id cannot be reused meanwhile
    return list(memo[k][1])


_FUTURE = frozenset({"المقبل", "القادم"})     # what infer_published has always read as ahead


_STARTS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _start_words(lex: Lexicon) -> frozenset[str]:
    """Every word an expression can start with (digits aside): month names (their first word, with a clitic),
    weekdays, relative days, ordinal days, الشهر / العام / السنة."""
    got = _STARTS.get(id(lex))
    if got is None:
        dw = date_words()
        firsts = {m.split(" ")[0] for m in lex.months}
        words = {c + f for f in firsts for c in ("", "و", "ف", "ب", "ل")}
        words |= set(lex.weekdays) | {w.split(" ")[0] for w in lex.relative_days}
        words |= {w.split(" ")[0] for w in dw.ordinals}
        words |= {c + w for w in ("الشهر", "العام", "السنه") for c in ("", "و", "ف", "وف")}
        got = _STARTS[id(lex)] = (lex, frozenset(words))     # lex held: its id cannot be reused meanwhile
    return got[1]


def _starts(an: Analysis, lex: Lexicon) -> list[int]:
    """Indices of the tokens of the document where an expression may start (computed once per document): the
    scan of a range visits only these."""
    memo = an.memo.setdefault(_starts, {})
    got = memo.get(id(lex))
    if got is None:
        keys, masked = an.keys, an.masked           # C loops: a document has thousands of tokens, few of them dates
        hit = map(or_, map(_start_words(lex).__contains__, keys), map(str.isdecimal, keys))
        got = memo[id(lex)] = [i for i in compress(range(len(keys)), hit) if not masked[i]]
    return got


@dataclass(frozen=True, slots=True)
class _Scan:
    """A token range read for date expressions, with what every reader of _READERS needs."""
    an: Analysis
    lo: int
    hi: int
    lex: Lexicon
    dw: DateWords
    said: bool
    future_words: frozenset[str]    # what reads as ahead (المقبل): more words with `said`

    def next_key(self, i: int) -> str:
        """The key of the token after i inside the range ("" at its end)."""
        return self.an.keys[i + 1] if i + 1 < self.hi else ""


# what a reader returns: the expression read at a token (None when it turned out none) and the index to go on
# from; None when the token does not start the reader's kind of expression
_Read = tuple[DateExpr | None, int] | None


def _ordinal_day(sc: _Scan, i: int) -> _Read:
    """في الأول من آذار/مارس الجاري، الحادي والعشرين من يونيو: an ordinal day of a month."""
    keys, k, nxt, dw = sc.an.keys, sc.an.keys[i], sc.next_key(i), sc.dw
    day = (dw.ordinals.get(f"{k} {nxt}") or dw.ordinals.get(k)) if sc.said and k.startswith("ال") else None
    if not day:
        return None
    j = i + (2 if f"{k} {nxt}" in dw.ordinals else 1)
    if j + 1 < sc.hi and keys[j] == "من" and _month_at(keys, j + 1, sc.lex):
        e = _day_month(sc.an, i, j + 1, day, sc.hi, sc.lex, dw, sc.said)
        if e is not None:
            return e, e.last + 1
    return None


def _numeric_day(sc: _Scan, i: int) -> _Read:
    """16 أكتوبر/تشرين الأول 2025, 07-سبتمبر-2012, 3 جانفي, 28 من سبتمبر الماضي; 10/04/2012."""
    keys, k, nxt, hi = sc.an.keys, sc.an.keys[i], sc.next_key(i), sc.hi
    if not (k.isdecimal() and 1 <= int(k) <= 31 and len(k) <= 2):      # not isdigit: int('²') fails
        return None
    j = i + 1 + (1 if nxt in ("-", "/") or sc.said and nxt == "من" else 0)
    if j < hi and _month_at(keys, j, sc.lex) is not None:
        e = _day_month(sc.an, i, j, int(k), hi, sc.lex, sc.dw, sc.said)
        return e, (e.last + 1 if e is not None else i + 1)
    if nxt == "/" and i + 4 < hi and keys[i + 2].isdigit() and keys[i + 3] == "/" and _year(keys[i + 4]):
        try:
            return DateExpr(i, i + 4, dt.date(_year(keys[i + 4]), int(keys[i + 2]), int(k)), "day"), i + 5
        except ValueError:
            return None, i + 5
    return None


# words after which a month alone (no year, no الماضي) is a date: في مارس، منذ يناير، مطلع أبريل
_MONTH_OPENERS = ("في", "وفي", "خلال", "منذ", "مطلع", "اواخر", "اوايل", "منتصف", "نهايه", "بدايه")


def _month_name(sc: _Scan, i: int) -> _Read:
    """في يوليو (تموز) 2014، مارس الماضي، الشهر … : a month with its year, الماضي / المقبل / الجاري, or an opener."""
    keys, lex, hi = sc.an.keys, sc.lex, sc.hi
    m = _month_at(keys, i, lex)
    if m is None or not (i == sc.lo or keys[i - 1] not in ("-",)):
        return None
    month, used = m
    j = _alt_month(keys, i + used, hi, lex, sc.said)    # في يوليو (تموز) 2014
    year = _year(keys[j]) if j < hi else None
    prev = keys[i - 1] if i > 0 else ""
    past = j < hi and keys[j] in lex.past_markers
    future = j < hi and keys[j] in sc.future_words
    current = sc.said and j < hi and keys[j] in sc.dw.current
    if not (year or past or current or prev in _MONTH_OPENERS):
        return None
    return DateExpr(i, j if (year or past or future or current) else j - 1,
                    dt.date(year, month, 1) if year else None, "month",
                    month=None if year else month, past=past, future=future, current=current), j + 1


def _weekday(sc: _Scan, i: int) -> _Read:
    """الخميس، يوم الخميس الماضي، الخميس المقبل، يوم غد الخميس. A weekday without its article is one only after
    يوم: أحد سكان المدينة is one of its people."""
    keys, k, nxt, lex = sc.an.keys, sc.an.keys[i], sc.next_key(i), sc.lex
    if k not in lex.weekdays or (sc.said and not k.lstrip("وفب").startswith("ال")
                                 and (i == 0 or keys[i - 1] not in ("يوم", "ويوم"))):
        return None
    past = nxt in lex.past_markers
    future = nxt in sc.future_words or sc.said and any(keys[m] in sc.dw.tomorrow for m in range(max(sc.lo, i - 2), i))
    first = i - 1 if i > 0 and keys[i - 1] in ("يوم", "ويوم", "اليوم") else i
    return DateExpr(first, i + (1 if past or future else 0), None, "day", weekday=lex.weekdays[k],
                    past=past, future=future), i + 1


def _relative_day(sc: _Scan, i: int) -> _Read:
    """أول من أمس، أمس، أمس الثلاثاء (the weekday only confirms أمس); with `said` also اليوم alone (_today)."""
    keys, k, nxt, rel = sc.an.keys, sc.an.keys[i], sc.next_key(i), sc.lex.relative_days
    if i + 2 < sc.hi and f"{k} {nxt} {keys[i + 2]}" in rel:      # أول من أمس
        return DateExpr(i, i + 2, None, "day", offset=-rel[f"{k} {nxt} {keys[i + 2]}"]), i + 3
    if f"{k} {nxt}" in rel:
        return DateExpr(i, i + 1, None, "day", offset=-rel[f"{k} {nxt}"]), i + 2
    if k in rel and k.lstrip("وف") != "اليوم":
        last = i + 1 if nxt in sc.lex.weekdays else i
        return DateExpr(i, last, None, "day", offset=-rel[k]), last + 1
    if sc.said and k in rel and _today(keys, i, nxt, sc.dw):
        return DateExpr(i, i, None, "day", offset=0), i + 1
    return None


def _month_or_year_back(sc: _Scan, i: int) -> _Read:
    """الشهر الماضي، العام الماضي; الشهر الجاري، العام الحالي (the article's own month or year)."""
    k, nxt, lex = sc.an.keys[i], sc.next_key(i), sc.lex
    if not (k.lstrip("وف") in ("الشهر", "العام", "السنه")
            and (nxt in lex.past_markers or sc.said and nxt in sc.dw.current)):
        return None
    back = 1 if nxt in lex.past_markers else 0
    return DateExpr(i, i + 1, None, "month" if "الشهر" in k else "year",
                    month_back=back if "الشهر" in k else None, year_back=None if "الشهر" in k else back), i + 2


# the readers of one start token, in order: the first that reads it wins
_READERS = (_ordinal_day, _numeric_day, _month_name, _weekday, _relative_day, _month_or_year_back)


def _expressions(an: Analysis, lo: int, hi: int, lex: Lexicon, said: bool) -> list[DateExpr]:
    """The expressions of tokens lo..hi-1, read only at the tokens where one may start (uncached)."""
    dw = date_words()
    sc = _Scan(an, lo, hi, lex, dw, said, dw.future if said else _FUTURE)
    out: list[DateExpr] = []
    starts = _starts(an, lex)
    t = bisect_left(starts, lo)
    i = lo
    while True:
        while t < len(starts) and starts[t] < i:
            t += 1
        if t == len(starts) or starts[t] >= hi:
            break
        i = starts[t]
        got = next((g for g in (read(sc, i) for read in _READERS) if g is not None), None)
        if got is None:
            i += 1
            continue
        e, i = got
        if e is not None:
            out.append(e)
    return _with_day_parts(an, out, lo, dw)


def _with_day_parts(an: Analysis, out: list[DateExpr], lo: int, dw: DateWords) -> list[DateExpr]:
    """مساء الأحد، ظهر الثلاثاء، صباح اليوم: the part of the day belongs to the date."""
    keys = an.keys
    for n, e in enumerate(out):
        f = e.first
        while f > lo and keys[f - 1] in dw.day_parts and not an.masked[f - 1]:
            f -= 1
        if f != e.first:
            out[n] = replace(e, first=f)
    return out


def _today(keys, i: int, nxt: str, dw: DateWords) -> bool:
    """اليوم alone is the article's day, not when it names another day (اليوم العالمي للمرأة، اليوم التالي،
    اليوم الأول: a word with ال follows; a weekday after it is read as the weekday) or a span of time
    (حتى اليوم، منذ ذلك اليوم، إلى اليوم)."""
    if nxt.startswith("ال") or nxt in dw.today_not_after:
        return False
    prev = keys[i - 1] if i > 0 else ""
    return prev not in dw.today_not_before


def _day_month(an: Analysis, i: int, j: int, day: int, hi: int, lex: Lexicon, dw: DateWords, said: bool
               ) -> DateExpr | None:
    """The day `day` (written at token i) of the month named at token j: a year may follow, or الماضي / الجاري."""
    keys = an.keys
    month, used = _month_at(keys, j, lex)
    j += used
    j = _alt_month(keys, j, hi, lex, said)    # سبتمبر/أيلول، سبتمبر-أيلول، يوليو (تموز)
    sep = 1 if j < hi and keys[j] in ("-", "/", ",", "،") and j + 1 < hi and _year(keys[j + 1]) else 0
    year = _year(keys[j + sep]) if j + sep < hi else None
    last = j + sep if year else j - 1
    past = last + 1 < hi and keys[last + 1] in lex.past_markers
    current = said and not year and last + 1 < hi and keys[last + 1] in dw.current
    future = said and not year and last + 1 < hi and keys[last + 1] in dw.future
    try:
        d = dt.date(year, month, day) if year else None
    except ValueError:
        return None
    return DateExpr(i, last + (1 if past or current or future else 0), d, "day", month=None if year else month,
                    past=past, current=current, future=future, day=None if year else day)


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
        for y in ((published.year,) if e.current else (published.year, published.year - 1)):
            try:
                d = dt.date(y, e.month, day)
            except ValueError:
                return None
            if d <= published and not (e.past and d == published):
                return SaidOn(d, "day")
        return None
    if e.month_back is not None:                               # الشهر الماضي; الشهر الجاري (0)
        y, m = published.year, published.month - e.month_back
        while m <= 0:
            y, m = y - 1, m + 12
        return SaidOn(dt.date(y, m, 1), "month")
    if e.year_back is not None:
        return SaidOn(dt.date(published.year - e.year_back, 1, 1), "year")
    if e.month is not None:
        y = published.year if (e.month < published.month or (e.month == published.month and not e.past)
                               or e.current) else published.year - 1
        return SaidOn(dt.date(y, e.month, 1), "month")
    return None
