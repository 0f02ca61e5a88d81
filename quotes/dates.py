"""Stage 5: dates. The day an article was published when its header does not say (inferred only when the
text gives it as the article's own: quotes/published.py), and the day each quote was said when its sentence tells: weekdays, أمس، الشهر الماضي،
في 14 يونيو الماضي، 16 أكتوبر/تشرين الأول 2025، في مارس الماضي، حينها."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from itertools import compress
from operator import or_
from dataclasses import dataclass, replace
from functools import cache


from .errors import DataFileError
from .lexicon import Lexicon, lexicon
from .model import SaidOn
from .normalize import key
from .published import infer_published  # noqa: F401  (the publication date: quotes/published.py)
from .text import Analysis, tokenize

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
    from .lexicon import _load, _strings, definite, with_conj, with_preps
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


def _expressions(an: Analysis, lo: int, hi: int, lex: Lexicon, said: bool) -> list[DateExpr]:
    keys = an.keys                  # built once per Analysis: per call it made every quote read the document
    dw = date_words()
    out: list[DateExpr] = []
    future_words = dw.future if said else _FUTURE
    starts = _starts(an, lex)
    t = bisect_left(starts, lo)
    i = lo
    while True:
        while t < len(starts) and starts[t] < i:
            t += 1
        if t == len(starts) or starts[t] >= hi:
            break
        i = starts[t]
        k = keys[i]
        nxt = keys[i + 1] if i + 1 < hi else ""
        # في الأول من آذار/مارس الجاري، الحادي والعشرين من يونيو: an ordinal day of a month
        day = (dw.ordinals.get(f"{k} {nxt}") or dw.ordinals.get(k)) if said and k.startswith("ال") else None
        if day:
            j = i + (2 if f"{k} {nxt}" in dw.ordinals else 1)
            if j + 1 < hi and keys[j] == "من" and _month_at(keys, j + 1, lex):
                e = _day_month(an, i, j + 1, day, hi, lex, dw, said)
                if e is not None:
                    out.append(e)
                    i = e.last + 1
                    continue
        # 16 أكتوبر/تشرين الأول 2025, 07-سبتمبر-2012, 3 جانفي, 28 من سبتمبر الماضي
        if k.isdecimal() and 1 <= int(k) <= 31 and len(k) <= 2:      # not isdigit: int('²') fails
            j = i + 1 + (1 if nxt in ("-", "/") or said and nxt == "من" else 0)
            if j < hi and _month_at(keys, j, lex) is not None:
                e = _day_month(an, i, j, int(k), hi, lex, dw, said)
                if e is not None:
                    out.append(e)
                i = e.last + 1 if e is not None else i + 1
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
            j = _alt_month(keys, i + used, hi, lex, said)    # في يوليو (تموز) 2014
            year = _year(keys[j]) if j < hi else None
            prev = keys[i - 1] if i > 0 else ""
            past = j < hi and keys[j] in lex.past_markers
            future = j < hi and keys[j] in future_words
            current = said and j < hi and keys[j] in dw.current
            if year or past or current or prev in ("في", "وفي", "خلال", "منذ", "مطلع", "اواخر", "اوايل", "منتصف",
                                                   "نهايه", "بدايه"):
                out.append(DateExpr(i, j if (year or past or future or current) else j - 1,
                                    dt.date(year, month, 1) if year else None, "month",
                                    month=None if year else month, past=past, future=future, current=current))
                i = j + 1
                continue
        # a weekday without its article is one only after يوم: أحد سكان المدينة is one of its people
        if k in lex.weekdays and not (said and not k.lstrip("وفب").startswith("ال")
                                      and (i == 0 or keys[i - 1] not in ("يوم", "ويوم"))):
            past = nxt in lex.past_markers
            # الخميس المقبل; يوم غد الخميس
            future = nxt in future_words or said and any(keys[m] in dw.tomorrow for m in range(max(lo, i - 2), i))
            first = i - 1 if i > 0 and keys[i - 1] in ("يوم", "ويوم", "اليوم") else i
            out.append(DateExpr(first, i + (1 if past or future else 0), None, "day", weekday=lex.weekdays[k],
                                past=past, future=future))
            i += 1
            continue
        if i + 2 < hi and f"{k} {nxt} {keys[i + 2]}" in lex.relative_days:      # أول من أمس
            out.append(DateExpr(i, i + 2, None, "day", offset=-lex.relative_days[f"{k} {nxt} {keys[i + 2]}"]))
            i += 3
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
        if said and k in lex.relative_days and _today(keys, i, nxt, dw):
            out.append(DateExpr(i, i, None, "day", offset=0))
            i += 1
            continue
        # الشهر الماضي، العام الماضي; الشهر الجاري، العام الحالي (the article's own month or year)
        if k.lstrip("وف") in ("الشهر", "العام", "السنه") and (nxt in lex.past_markers or said and nxt in dw.current):
            back = 1 if nxt in lex.past_markers else 0
            out.append(DateExpr(i, i + 1, None, "month" if "الشهر" in k else "year",
                                month_back=back if "الشهر" in k else None, year_back=None if "الشهر" in k else back))
            i += 2
            continue
        i += 1
    # مساء الأحد، ظهر الثلاثاء، صباح اليوم: the part of the day belongs to the date
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


def verb(an: Analysis, j: int, lex: Lexicon) -> bool:
    """Is token j a finite verb: a frequent news verb or a speech verb form?"""
    k = an.keys[j]
    if k in lex.common_verbs:
        return True
    c = lex.cues.get(k)
    return c is not None and c.form == "verb"


def speech_verb(an: Analysis, j: int, lex: Lexicon) -> bool:
    """Is token j a verb of saying? Not a form that says only before a colon (زاد، عبر), nor one that says only
    with its occasion (ألقى كلمة; ألقت كوبا من السائل is not speech)."""
    c = lex.cues.get(an.keys[j])
    if c is None or c.form != "verb" or c.colon_only:
        return False
    if key(c.lemma) in date_words().with_occasion:
        return any(an.keys[m] in date_words().occasions for m in range(j + 1, min(len(an.keys), j + 3)))
    return True


def _future_verb(k: str, lex: Lexicon) -> bool:
    """سيجمع، ستعقد، سنبدأ: سـ on a verb in the present."""
    return len(k) > 3 and k[0] == "س" and k[1] in "يتنا" and (k[1:] in lex.common_verbs or k[1:] in lex.cues)


def _after_occasion(an: Analysis, j: int, dw: DateWords) -> bool:
    """Does token j follow a speech occasion noun closely (المؤتمر الصحفي الذي عقده، كلمة ألقاها، في تصريحات
    أدلى بها)? Then the clause that starts at j tells the occasion, and its date is the saying's."""
    return any(an.keys[m] in dw.occasions and not an.masked[m] for m in range(max(0, j - 3), j))


_COMMA = frozenset({"،", ","})


def not_said_reason(an: Analysis, e: DateExpr, anchor: int | None, lex: Lexicon) -> str | None:
    """Why the date expression `e` does not tell when the words of the verb at token `anchor` (the cue) were
    said; None when it may."""
    keys, masked, dw = an.keys, an.masked, date_words()
    start = an.sentence_start(e.first)          # what is read before the date stays in its sentence
    # the airing or publication of a programme, not the words: الذي أذيع يوم الأربعاء; a speech is aired as it is
    # given (كلمة بثها التلفزيون يوم الجمعة)
    for j in range(max(start, e.first - 3), e.first):
        if keys[j] in lex.not_said_verbs and not any(keys[m] in dw.live for m in range(max(0, j - 2), j)):
            return "aired"
    # the date of an event the words came before: قبيل المباراة المرتقبة بين بلاده وفرنسا، مساء الثلاثاء، قال;
    # a verb in the future has it: القمة التي سيجمع فيها كيم وترمب يوم الثلاثاء
    for j in range(max(start, e.first - 6), e.first):
        if not masked[j] and (keys[j] in dw.planned or _future_verb(keys[j], lex)):
            return "planned event"
    if anchor is not None and anchor < e.first:
        for j in range(anchor + 1, e.first):
            if not masked[j] and _future_verb(keys[j], lex):
                return "planned event"
    n = len(keys)
    # set off by commas right after the speaker, the date is the cue's whatever came between:
    # أكد حمد بن جاسم، الذي شغل سابقا منصب …، الجمعة، أنه
    # (not one inside the clause: الذي تولى منصبه، الثلاثاء، إيفان دوكي، قالت)
    after = e.last + 2 if e.last + 1 < n and keys[e.last + 1] in _COMMA else e.last + 1
    boxed = e.first > 0 and keys[e.first - 1] in _COMMA and after < n and (
        keys[after] in dw.reported or after == anchor or masked[after])

    def barrier(j: int) -> str | None:
        """A clause of its own opens at token j: a relative pronoun or a verb that is not a speech verb
        (a clause that tells the speech occasion does not count: المؤتمر الصحفي الذي عقد ظهر الثلاثاء)."""
        if masked[j] or _after_occasion(an, j, dw):
            return None
        if keys[j] in dw.relatives:
            return "relative clause"
        if verb(an, j, lex) and not speech_verb(an, j, lex):
            return "another verb"
        return None

    # inside a relative clause it dates that clause's verb: الذي أطلقت روسيا، الثلاثاء، سراحه
    if not boxed:
        for j in range(max(start, e.first - 5), e.first):
            if keys[j] in dw.relatives and barrier(j):
                return "relative clause"
    if anchor is None:
        return None
    if anchor < e.first:
        for j in range(anchor + 1, e.first):
            # after إن/أن the reported clause has begun: قال إنه شدد خلال اجتماعاته … الثلاثاء dates the meetings
            if keys[j] in dw.reported and not masked[j]:
                return "reported clause"
            # another clause between the cue and the date has it: الذي اختفى … في 2 أكتوبر
            why = None if boxed else barrier(j)
            if why:
                return why
        return None
    # before the cue, the date belongs to the verb before it: a speech verb's date dates what it reports
    # (قال ترامب الثلاثاء إنه … لكنه وصفه بأنه «…»); another verb's dates its own event (وتوفي الفلسطيني بعد
    # مواجهة يوم الخميس …، ووصفت السلطة الأمر بأنه «…»)
    lo = start
    # a relative clause between the date and the cue holds the cue: طالبت قطر، الثلاثاء، … والتي أعلنت «…»
    # (not when the cue has the speaker's object in it: اتهم جعفري، الثلاثاء، بعض الدول التي وصفها بـ«…»)
    for j in range(e.last + 1, anchor):
        if keys[j] in dw.relatives and not masked[j] and not _after_occasion(an, j, dw) \
                and not (anchor - j <= 2 and getattr(lex.cues.get(keys[anchor]), "has_object", False)):
            return "relative clause"
    same = _same_subject(an, anchor, lex)
    for j in range(e.first - 1, lo - 1, -1):
        if masked[j] or _after_occasion(an, j, dw):
            continue
        if speech_verb(an, j, lex):
            # … unless that verb is itself reported or in a relative clause: وقال بومبيو إنه شدد خلال اجتماعاته
            # … الثلاثاء; الذي أعلنت الولايات المتحدة انسحابها منه في مطلع أيار
            for m in range(j - 1, lo - 1, -1):
                if not masked[m] and keys[m] in dw.reported and not (m > lo and keys[m - 1] in dw.narrator):
                    return "reported clause"
            if any(keys[m] in dw.relatives for m in range(max(lo, j - 2), j)):
                return "relative clause"
            return None
        if boxed and (keys[j] in dw.relatives or any(keys[m] in dw.relatives for m in range(max(lo, j - 3), j))):
            continue                    # a relative clause in apposition, closed by the comma before the date
        if keys[j] in dw.relatives:
            return "relative clause"
        if verb(an, j, lex):
            # the verb's time is the cue's when the cue goes on with its subject: جددت الحكومة، الإثنين،
            # تأكيدها …، معلنة أن «…»; اعترضت الوزارة في يوليو 2014 … وطلبت «…»; or when the cue's clause says
            # it happened then: وازدادت حدة التوتر الخميس عندما أكد شهباز شريف أن «…»
            when = any(keys[m] in dw.when and not masked[m] for m in range(e.last + 1, anchor))
            return None if same or when else "another verb"
    # a date in front of the sentence (وفي مارس الماضي، …) covers all of it; one inside a phrase before the cue
    # belongs to the clause between (ومظاهرات اليوم تأتي … حيث شددت كانبيرا)
    if keys[lo] in dw.fronted or lo == e.first:
        return None
    for j in range(e.last + 1, anchor):
        why = barrier(j)
        if why and not (same and why == "another verb"):
            return why
    return None


def _same_subject(an: Analysis, anchor: int, lex: Lexicon) -> bool:
    """Does the cue at `anchor` go on with the subject of the clause before it: a participle (معلنة، مضيفا), or a
    verb followed at once by what it reports (وقال إن، وطلبت «…»، وأضاف:), not by a subject of its own (ووصفت
    السلطة الفلسطينية)?"""
    c = lex.cues.get(an.keys[anchor])
    if c is None:
        return False
    if c.form == "participle":
        return True
    nxt = anchor + 1
    if nxt >= len(an.keys):
        return False
    k = an.keys[nxt]
    return an.masked[nxt] or k in date_words().reported or k in (":", "،", ",") or k in lex.function_words


def _tail_says(an: Analysis, close: int, e: DateExpr, lex: Lexicon) -> bool:
    """Does the date after a quote tell its saying: «…»، وذلك في تعليق من المنامة لـCNN، الأحد; «…»، جاء ذلك خلال
    مؤتمر صحفي عقده الثلاثاء?"""
    keys, dw = an.keys, date_words()
    between = [j for j in range(close + 1, e.first) if not an.masked[j]]
    if not any(keys[j] in dw.tail for j in between):
        return False
    if not any(keys[j] in dw.occasions for j in between):
        return False
    return not any(keys[j] in dw.reported or keys[j] in dw.relatives and not _after_occasion(an, j, dw)
                   for j in between)


def _main_clause(an: Analysis, e: DateExpr, lo: int, quote: int, lex: Lexicon) -> bool:
    """Before a quote whose cue follows it (وقضت المحكمة الدستورية العليا السبت بـ«…»، بحسب موقع الأهرام), does
    the date belong to the verb whose words the quote gives: nothing reported, no relative clause before the
    quote, and no other verb between the date and the quote?"""
    keys, masked, dw = an.keys, an.masked, date_words()
    if not_said_reason(an, e, None, lex):
        return False
    if any(not masked[j] and (keys[j] in dw.reported or keys[j] in dw.relatives) for j in range(lo, quote)):
        return False
    if any(not masked[j] and verb(an, j, lex) for j in range(e.last + 1, quote)):
        return False
    return any(not masked[j] and verb(an, j, lex) for j in range(lo, e.first))


def said_on(an: Analysis, cue_index: int | None, open_index: int, published: dt.date | None,
            lex: Lexicon | None = None, close_index: int | None = None) -> SaidOn | None:
    """When the quote at token `open_index` (closing at `close_index`), introduced by the cue at `cue_index`, was
    said, as its own sentence tells (quotes.occasions carries a date on to the speaker's later quotes)."""
    lex = lex or lexicon()
    if cue_index is None:
        return None
    sent = an.sentence[cue_index]
    lo = an.sentence_start(cue_index)
    hi = max(open_index, cue_index + 1)
    while hi < len(an.tokens) and an.sentence[hi] == sent:
        hi += 1
    exprs = expressions(an, lo, hi, lex, said=True)
    if not exprs:
        pass
    elif cue_index < open_index:
        # a tail that dates the saying wins: «…»، وذلك في تعليق من المنامة لـCNN، الأحد
        if close_index is not None:
            tail = [e for e in exprs if e.first > close_index and not_said_reason(an, e, None, lex) is None
                    and _tail_says(an, close_index, e, lex)]
            if tail:
                return resolve(tail[0], published)
        # the quote's own clause: between the sentence start and the quote
        near = [e for e in exprs if e.first < open_index and not_said_reason(an, e, cue_index, lex) is None]
        if near:
            return resolve(min(near, key=lambda e: abs(e.first - cue_index)), published)
    else:
        # «…»، قال الوزير أمس: after the cue
        near = [e for e in exprs if cue_index < e.first <= cue_index + 10
                and not_said_reason(an, e, cue_index, lex) is None]
        if near:
            return resolve(min(near, key=lambda e: e.first - cue_index), published)
        # وقضت المحكمة السبت بـ«…»، بحسب …: the verb before the quote said it
        near = [e for e in exprs if e.last < open_index and _main_clause(an, e, lo, open_index, lex)]
        if near:
            return resolve(near[-1], published)
    # حينها / آنذاك / يومها: the time told last, earlier in the sentence (اقترح إجراء الزيارة في فبراير لكن
    # الحكومة قالت يومها …) or in the sentence before; the event's date, whatever its verb
    at = next((j for j in range(lo, hi) if not an.masked[j] and an.keys[j] in lex.anaphoric), None)
    if at is not None:
        prev = [e for e in exprs if e.last < at]
        if not prev and lo > 0:
            prev = expressions(an, an.sentence_start(lo - 1), lo, lex, said=True)
        if prev:
            return resolve(prev[-1], published)
    return None


__all__ = ["DateExpr", "expressions", "resolve", "not_said_reason", "said_on", "infer_published", "tokenize"]
