"""Stage 5a: the publication date of an undated article, only when the text gives it as the article's own.

A full date (day, month and year) in the text is the article's date only with evidence, strongest first:
- a today/yesterday/tomorrow word right before it (اليوم الخميس 25 ماي 2017; أمس الأحد 15 يوليو 2018 is the
  day before the article's);
- a dateline: a short line of its own among the first or last lines of the text (الجمعة, 07-سبتمبر-2012), or
  a stamp word before it on such a line (الموافق، تاريخ النشر، آخر تحديث);
- the date of an image uploaded with the article (…/uploads/2025/02/…_1739381640…);
- the latest full date of the text, when two other full dates of the text lie in the week before it and
  the text reports a weekday of the two days after it as past (… 25 نوفمبر 2025 … قال يوم الأربعاء).
A weekday written with the date must be that date's weekday. A date with an anniversary, birth, death or
foundation word before it on its line is history (الذكرى الـ63 لثورة 23 يوليو 1952), and a date more than a
year before another dated event of the text is not the article's either. When the evidence disagrees, or
there is none, the date stays unknown (None). The words are in quotes/data/published.json."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from .date_expressions import expressions
from .errors import DataFileError
from .lexicon import Lexicon, _load, _strings, lexicon, with_conj, with_preps
from .normalize import key
from .text import SENTENCE_END

UPLOAD = regex.compile(r"/(20\d\d)/(0[1-9]|1[0-2])/[^\s)\]\"']*?(1[5-9]\d{8})(?!\d)")
# tokens that may stand between an evidence word and its date: اليوم (الأربعاء 20 يونيو/حزيران 2018)
_BETWEEN = frozenset({"(", ")", ",", "،", ":", "-", "–", "يوم"})
_STAMP_FILLERS = frozenset({"في", "يوم", "م", "ه", "هـ", "الساعه", "الساعة", "بتوقيت", "صباحا", "مساء", "مساءا",
                            "ظهرا", "تاريخ", "اخر", "تم"})


@dataclass(frozen=True)
class Evidence:
    """The words of quotes/data/published.json, as matching keys."""
    today: frozenset[str]
    yesterday: frozenset[str]
    tomorrow: frozenset[str]
    stamp: frozenset[str]
    press: frozenset[str]
    history: frozenset[str]
    dateline_lines: int
    dateline_max_words: int


@cache
def evidence() -> Evidence:
    """quotes/data/published.json, validated."""
    name = "published.json"
    data = _load(name, {"today": list, "yesterday": list, "tomorrow": list, "stamp_words": list, "press_words": list,
                        "history_words": list, "dateline_lines": int, "dateline_max_words": int})

    def keys(field: str, forms=with_conj) -> frozenset[str]:
        return frozenset(f for w in _strings(name, field, data[field]) for f in forms(key(w)))

    for field in ("dateline_lines", "dateline_max_words"):
        if data[field] < 1:
            raise DataFileError(f"quotes/data/{name}: {field} is {data[field]}; expected a whole number ≥ 1")
    return Evidence(keys("today"), keys("yesterday"), keys("tomorrow"), keys("stamp_words"), keys("press_words"),
                    keys("history_words", with_preps), data["dateline_lines"], data["dateline_max_words"])


def infer_published(text: str, lex: Lexicon | None = None) -> dt.date | None:
    """The publication date an undated article gives as its own, or None (see the module docstring)."""
    from .text import analyse
    lex = lex or lexicon()
    ev = evidence()
    an = analyse(text, [])
    exprs = [e for e in expressions(an, 0, len(an.tokens), lex) if e.date is not None and e.precision == "day"]
    own = [e for e in exprs if not _history(an, e, ev)]
    for found in (_relative(an, own, ev, lex), _datelines(an, own, ev, lex), _upload(text)):
        if found:
            return _agreed(found, exprs)
    return _week(an, exprs, own, lex)


def _agreed(found: list[dt.date], exprs) -> dt.date | None:
    """The date when every piece of evidence of one kind agrees within a day and no dated event of the
    text lies more than a year after it; else None."""
    if max(found) - min(found) > dt.timedelta(days=1):
        return None
    d = found[0]
    if any(e.date - d > dt.timedelta(days=366) for e in exprs):
        return None
    return d


def _weekday_before(an, i: int, lex: Lexicon) -> tuple[int, int | None]:
    """Walk back from token i over punctuation, يوم and one weekday name: (index of the token before
    them, the weekday named or None)."""
    keys = an.keys
    weekday = None
    j = i - 1
    while j >= 0 and (keys[j] in _BETWEEN or (weekday is None and keys[j] in lex.weekdays)):
        if keys[j] in lex.weekdays:
            weekday = lex.weekdays[keys[j]]
        j -= 1
    return j, weekday


def _relative(an, exprs, ev: Evidence, lex: Lexicon) -> list[dt.date]:
    """Dates given as today's, yesterday's or tomorrow's: اليوم الخميس 25 ماي 2017."""
    out = []
    for e in exprs:
        j, weekday = _weekday_before(an, e.first, lex)
        if j < 0 or (weekday is not None and weekday != e.date.weekday()):
            continue
        k = an.keys[j]
        if j > 0 and an.keys[j - 1] in ev.press:            # صحيفة اليوم: a newspaper's name
            continue
        shift = 0 if k in ev.today else 1 if k in ev.yesterday else -1 if k in ev.tomorrow else None
        if shift is not None:
            out.append(e.date + dt.timedelta(days=shift))
    return out


def _edge_lines(an, ev: Evidence) -> set[int]:
    """Paragraph numbers of the first and last lines of the text."""
    paras = sorted(set(an.paragraph))
    return set(paras[:ev.dateline_lines]) | set(paras[-ev.dateline_lines:])


def _datelines(an, exprs, ev: Evidence, lex: Lexicon) -> list[dt.date]:
    """Dates on a short line of their own, or after a stamp word, among the first and last lines."""
    if not an.tokens:
        return []
    edges = _edge_lines(an, ev)
    out = []
    for e in exprs:
        para = an.paragraph[e.first]
        if para not in edges:
            continue
        line = [i for i in range(len(an.tokens)) if an.paragraph[i] == para]
        weekdays = {lex.weekdays[an.keys[i]] for i in line if an.keys[i] in lex.weekdays}
        if weekdays and weekdays != {e.date.weekday()}:
            continue
        words = [an.keys[i] for i in line if an.tokens[i].is_word and not e.first <= i <= e.last
                 and not an.keys[i].isdecimal() and an.keys[i] not in lex.weekdays
                 and an.keys[i] not in _STAMP_FILLERS]
        before = [an.keys[i] for i in line if i < e.first and an.tokens[i].is_word
                  and an.keys[i] not in lex.weekdays and an.keys[i] not in _STAMP_FILLERS][-1:]
        stamped = any(w in ev.stamp for w in before) and len(words) <= 3 * ev.dateline_max_words
        prose = an.tokens[line[-1]].raw in SENTENCE_END           # a sentence of the article, not a dateline
        if stamped or (len(words) <= ev.dateline_max_words and not prose):
            out.append(e.date)
    return out


def _history(an, e, ev: Evidence) -> bool:
    """An anniversary, a birth, a death or a foundation word before the date on its line (or in the six
    words before it)."""
    para = an.paragraph[e.first]
    for j in range(e.first - 1, max(-1, e.first - 7), -1):
        if an.paragraph[j] != para:
            break
        if an.keys[j] in ev.history:
            return True
    return False


def _upload(text: str) -> list[dt.date]:
    """The date of an image uploaded with the article: …/uploads/2025/02/…_1739381640…"""
    out = []
    for m in UPLOAD.finditer(text):
        y, mo, epoch = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d = dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date()
        if abs((d - dt.date(y, mo, 15)).days) <= 20:
            out.append(d)
    return out[:1]


def _week(an, exprs, own, lex: Lexicon) -> dt.date | None:
    """The latest full date, confirmed by two other dates of the text in the week before it, moved on to the past
    weekday of the two days after it that the text reports (… 25 نوفمبر 2025 … قال يوم الأربعاء → 26
    November); a weekday further on is read as the week before."""
    if not own:
        return None
    latest = max(e.date for e in own)
    week = {e.date for e in own if dt.timedelta(days=1) <= latest - e.date <= dt.timedelta(days=7)}
    if len(week) < 2:
        return None
    later = []
    dated = {e.first for e in exprs}
    for e in expressions(an, 0, len(an.tokens), lex):
        j = e.last + 1
        while j < len(an.tokens) and an.keys[j] in _BETWEEN:
            j += 1
        if j in dated:                                      # the weekday of a written date (الأحد 26 أكتوبر 2014)
            continue
        if e.weekday is not None and e.date is None and e.month is None and not e.future:
            ahead = (e.weekday - latest.weekday()) % 7
            if ahead <= 2:
                later.append(latest + dt.timedelta(days=ahead))
    return _agreed([max(later)], exprs) if later else None
