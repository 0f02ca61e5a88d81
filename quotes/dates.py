"""Stage 5: dates. The day an article was published when its header does not say (inferred only when the
text gives it as the article's own: quotes/published.py), and the day each quote was said when its sentence tells:
of the date expressions its sentence holds (quotes/date_expressions.py), the one that belongs to the verb whose
words the quote gives, not to a reported clause, a relative clause, another verb, a planned event or an airing;
else the time told last before حينها، آنذاك، يومها."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .date_expressions import DateExpr, DateWords, date_words, expressions, resolve
from .lexicon import Lexicon, lexicon
from .model import SaidOn
from .normalize import key
from .published import infer_published  # noqa: F401  (the publication date: quotes/published.py)
from .text import Analysis, tokenize


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


@dataclass(frozen=True, slots=True)
class _Dated:
    """A date expression read against the cue whose words it may date, with what every rule of SAID_RULES reads."""
    an: Analysis
    e: DateExpr
    anchor: int | None      # the cue's verb (None: no cue, only the rules that need none)
    lex: Lexicon
    dw: DateWords
    start: int              # the sentence's first token: what is read before the date stays in its sentence
    boxed: bool             # set off by commas right after the speaker (_boxed)


def _boxed(an: Analysis, e: DateExpr, anchor: int | None, dw: DateWords) -> bool:
    """Is the date set off by commas right after the speaker? Then it is the cue's whatever came between:
    أكد حمد بن جاسم، الذي شغل سابقا منصب …، الجمعة، أنه (not one inside the clause: الذي تولى منصبه، الثلاثاء،
    إيفان دوكي، قالت)."""
    keys, n = an.keys, len(an.keys)
    after = e.last + 2 if e.last + 1 < n and keys[e.last + 1] in _COMMA else e.last + 1
    return e.first > 0 and keys[e.first - 1] in _COMMA and after < n and (
        keys[after] in dw.reported or after == anchor or an.masked[after])


def _barrier(x: _Dated, j: int) -> str | None:
    """A clause of its own opens at token j: a relative pronoun or a verb that is not a speech verb
    (a clause that tells the speech occasion does not count: المؤتمر الصحفي الذي عقد ظهر الثلاثاء)."""
    an = x.an
    if an.masked[j] or _after_occasion(an, j, x.dw):
        return None
    if an.keys[j] in x.dw.relatives:
        return "relative clause"
    if verb(an, j, x.lex) and not speech_verb(an, j, x.lex):
        return "another verb"
    return None


def _aired(x: _Dated) -> str | None:
    """The airing or publication of a programme, not the words: الذي أذيع يوم الأربعاء; a speech is aired as it
    is given (كلمة بثها التلفزيون يوم الجمعة)."""
    keys, e = x.an.keys, x.e
    for j in range(max(x.start, e.first - 3), e.first):
        if keys[j] in x.lex.not_said_verbs and not any(keys[m] in x.dw.live for m in range(max(0, j - 2), j)):
            return "aired"
    return None


def _planned_event(x: _Dated) -> str | None:
    """The date of an event the words came before: قبيل المباراة المرتقبة بين بلاده وفرنسا، مساء الثلاثاء، قال; a
    verb in the future has it: القمة التي سيجمع فيها كيم وترمب يوم الثلاثاء."""
    keys, masked, e = x.an.keys, x.an.masked, x.e
    for j in range(max(x.start, e.first - 6), e.first):
        if not masked[j] and (keys[j] in x.dw.planned or _future_verb(keys[j], x.lex)):
            return "planned event"
    if x.anchor is not None and x.anchor < e.first:
        for j in range(x.anchor + 1, e.first):
            if not masked[j] and _future_verb(keys[j], x.lex):
                return "planned event"
    return None


def _in_relative_clause(x: _Dated) -> str | None:
    """Inside a relative clause the date dates that clause's verb: الذي أطلقت روسيا، الثلاثاء، سراحه."""
    if x.boxed:
        return None
    for j in range(max(x.start, x.e.first - 5), x.e.first):
        if x.an.keys[j] in x.dw.relatives and _barrier(x, j):
            return "relative clause"
    return None


def _after_the_cue(x: _Dated) -> str | None:
    """After the cue: after إن/أن the reported clause has begun (قال إنه شدد خلال اجتماعاته … الثلاثاء dates the
    meetings), and another clause between the cue and the date has it (الذي اختفى … في 2 أكتوبر)."""
    if x.anchor is None or x.anchor >= x.e.first:
        return None
    for j in range(x.anchor + 1, x.e.first):
        if x.an.keys[j] in x.dw.reported and not x.an.masked[j]:
            return "reported clause"
        why = None if x.boxed else _barrier(x, j)
        if why:
            return why
    return None


def _relative_holds_cue(x: _Dated) -> str | None:
    """Before the cue, a relative clause between the date and the cue holds the cue: طالبت قطر، الثلاثاء، …
    والتي أعلنت «…» (not when the cue has the speaker's object in it: اتهم جعفري، الثلاثاء، بعض الدول التي
    وصفها بـ«…»)."""
    if x.anchor is None or x.anchor < x.e.first:
        return None
    an, anchor, dw = x.an, x.anchor, x.dw
    for j in range(x.e.last + 1, anchor):
        if an.keys[j] in dw.relatives and not an.masked[j] and not _after_occasion(an, j, dw) \
                and not (anchor - j <= 2 and getattr(x.lex.cues.get(an.keys[anchor]), "has_object", False)):
            return "relative clause"
    return None


def _before_the_cue(x: _Dated) -> str | None:
    """Before the cue, the date belongs to the verb before it (_verb_before); with none, a date in front of the
    sentence (وفي مارس الماضي، …) covers all of it, and one inside a phrase before the cue belongs to the clause
    between (ومظاهرات اليوم تأتي … حيث شددت كانبيرا)."""
    if x.anchor is None or x.anchor < x.e.first:
        return None
    same = _same_subject(x.an, x.anchor, x.lex)
    decided, why = _verb_before(x, same)
    if decided:
        return why
    if x.an.keys[x.start] in x.dw.fronted or x.start == x.e.first:
        return None
    for j in range(x.e.last + 1, x.anchor):
        why = _barrier(x, j)
        if why and not (same and why == "another verb"):
            return why
    return None


def _verb_before(x: _Dated, same: bool) -> tuple[bool, str | None]:
    """(decided, reason) from the verb before the date: a speech verb's date dates what it reports (قال ترامب
    الثلاثاء إنه … لكنه وصفه بأنه «…»); another verb's dates its own event (وتوفي الفلسطيني بعد مواجهة يوم
    الخميس …، ووصفت السلطة الأمر بأنه «…»). Not decided when no verb nor relative pronoun stands before it."""
    an, dw, lo = x.an, x.dw, x.start
    keys, masked = an.keys, an.masked
    for j in range(x.e.first - 1, lo - 1, -1):
        if masked[j] or _after_occasion(an, j, dw):
            continue
        if speech_verb(an, j, x.lex):
            return True, _speech_verb_held(x, j)
        if x.boxed and (keys[j] in dw.relatives or any(keys[m] in dw.relatives for m in range(max(lo, j - 3), j))):
            continue                    # a relative clause in apposition, closed by the comma before the date
        if keys[j] in dw.relatives:
            return True, "relative clause"
        if verb(an, j, x.lex):
            # the verb's time is the cue's when the cue goes on with its subject: جددت الحكومة، الإثنين،
            # تأكيدها …، معلنة أن «…»; اعترضت الوزارة في يوليو 2014 … وطلبت «…»; or when the cue's clause says
            # it happened then: وازدادت حدة التوتر الخميس عندما أكد شهباز شريف أن «…»
            when = any(keys[m] in dw.when and not masked[m] for m in range(x.e.last + 1, x.anchor))
            return True, (None if same or when else "another verb")
    return False, None


def _speech_verb_held(x: _Dated, j: int) -> str | None:
    """Why the speech verb at j before the date does not date the words: it is itself reported or in a relative
    clause (وقال بومبيو إنه شدد خلال اجتماعاته … الثلاثاء; الذي أعلنت الولايات المتحدة انسحابها منه في مطلع أيار)."""
    keys, masked, dw, lo = x.an.keys, x.an.masked, x.dw, x.start
    for m in range(j - 1, lo - 1, -1):
        if not masked[m] and keys[m] in dw.reported and not (m > lo and keys[m - 1] in dw.narrator):
            return "reported clause"
    if any(keys[m] in dw.relatives for m in range(max(lo, j - 2), j)):
        return "relative clause"
    return None


# the rules of not_said_reason, in order: the first reason found is the answer
SAID_RULES = (_aired, _planned_event, _in_relative_clause, _after_the_cue, _relative_holds_cue, _before_the_cue)


def not_said_reason(an: Analysis, e: DateExpr, anchor: int | None, lex: Lexicon) -> str | None:
    """Why the date expression `e` does not tell when the words of the verb at token `anchor` (the cue) were
    said; None when it may: the reason of the first rule of SAID_RULES that finds one."""
    dw = date_words()
    x = _Dated(an, e, anchor, lex, dw, an.sentence_start(e.first), _boxed(an, e, anchor, dw))
    for rule in SAID_RULES:
        why = rule(x)
        if why is not None:
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
