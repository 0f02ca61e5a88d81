"""Stage 5, the day each quote was said. A quote's own sentence may date it (dates.said_on). Otherwise news
dates the speech event once: the later quotes of a speaker from the same reported occasion share the date
given for the first («قال … أمس» … «وأضاف»), and a lead that dates the report («أعلن … الخميس») dates the
report's statements, unless the text gives another date or tells of an earlier occasion (وكان … قد قال)."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass

from .date_expressions import date_words, expressions, resolve
from .dates import not_said_reason, said_on, speech_verb, verb
from .lexicon import Lexicon, lexicon
from .model import Attribution, SaidOn
from .normalize import key
from .text import Analysis

# how far back (in sentences) a speaker's earlier statement still dates their words
REACH = 40


def _bounds(an: Analysis) -> list[tuple[int, int]]:
    """(first token, end) of every sentence, by sentence number (computed once per document). Sentence numbers
    rise one by one through the tokens, so each sentence's first token is found by bisection."""
    memo = an.memo
    if _bounds not in memo:
        sent = an.sentence
        cuts = [bisect_left(sent, k) for k in range(sent[-1] + 2)] if sent else [0]
        memo[_bounds] = list(zip(cuts, cuts[1:]))
    return memo[_bounds]


def _anchor(an: Analysis, lo: int, hi: int, lex: Lexicon, speech: bool = True) -> int | None:
    """The verb a sentence's date would belong to: its first speech verb outside quotation marks (with
    `speech` False: its first verb of any kind)."""
    memo = an.memo.setdefault(_anchor, {})
    k = (lo, speech)
    if k not in memo:
        memo[k] = next((j for j in range(lo, hi) if not an.masked[j]
                        and (speech_verb(an, j, lex) if speech else verb(an, j, lex))), None)
    return memo[k]


def statement_date(an: Analysis, s: int, published: dt.date | None, lex: Lexicon, speech: bool = True
                   ) -> SaidOn | None:
    """The date a sentence gives its statement: the expression that belongs to its speech verb
    (وقالت جوروفا للصحفيين أمس الخميس إن …، وأكد دونيس خلال المؤتمر الصحفي الذي عقد ظهر الثلاثاء …).
    A sentence with no speech verb tells an event, not a statement (ارتكبت الجريمة في 22 سبتمبر 2015)."""
    memo = an.memo.setdefault(statement_date, {})
    k = (s, published, speech)
    if k in memo:
        return memo[k]
    lo, hi = _bounds(an)[s]
    out = None
    exprs = expressions(an, lo, hi, lex, said=True)
    if exprs:
        a = _anchor(an, lo, hi, lex, speech)
        if a is not None:
            ok = [e for e in exprs if not_said_reason(an, e, a, lex) is None]
            if ok:
                out = resolve(min(ok, key=lambda e: abs(e.first - a)), published)
    memo[k] = out
    return out


def earlier_occasion(an: Analysis, lo: int, hi: int, lex: Lexicon) -> str | None:
    """Why a sentence tells of an occasion before the report's (None when it does not): the pluperfect
    وكان الوزير قد قال، and سبق أن، في وقت سابق، في تصريحات سابقة."""
    memo = an.memo.setdefault(earlier_occasion, {})
    if lo not in memo:
        memo[lo] = _earlier(an, lo, hi)
    return memo[lo]


def _earlier(an: Analysis, lo: int, hi: int) -> str | None:
    keys, masked = an.keys, an.masked
    dw = date_words()
    first = next((j for j in range(lo, hi) if not masked[j] and an.tokens[j].is_word), None)
    if first is None:
        return None
    # وكان ترامب قد أعلن …: a sentence opened by كان tells what had happened before
    if keys[first] in dw.pluperfect:
        return "pluperfect"
    for j in range(first, hi):
        if masked[j]:
            continue
        if keys[j] in dw.earlier:
            return "earlier"
        if keys[j] in dw.earlier_heads and j + 1 < hi and keys[j + 1] in dw.earlier_tails:
            return "earlier"
    return None


def _marks(speaker: str | None, lex: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """How a sentence names the speaker: word keys of the name (with their clitics), not the particles,
    titles and generic heads (بن، الرئيس، وزارة) that name others as well; a name with a family name is known
    by it (محمد names many people: فيرا جوروفا → جوروفا). A body named only by generic words (النيابة العامة،
    بيان للمحكمة) is named by them as a phrase, returned second, and so is a name with بن (محمد بن زايد)."""
    if not speaker:
        return frozenset(), ()
    dw = date_words()
    words, phrase = [], []
    for w in key(speaker).split():
        if w.startswith("لل") and len(w) > 4:           # بيان للمحكمة → المحكمه
            w = "ال" + w[2:]
        elif w[:1] in "وفبل" and w[1:3] == "ال" and len(w) > 5:
            w = w[1:]
        if len(w) < 3 or w in lex.particles or w in lex.function_words:
            continue
        bare = w[2:] if w.startswith("ال") else w
        if bare in dw.documents:
            continue
        phrase.append(w)
        if w in lex.title_heads or bare in dw.generic or w in dw.generic:
            continue
        words.append(w)
    keys = key(speaker).split()
    at = next((n for n, w in enumerate(keys) if w in lex.lineage), None)
    if at is not None and 0 < at < len(keys) - 1:
        # محمد بن زايد آل نهيان: the father's and the family's names are his brothers' too (خليفة بن زايد آل
        # نهيان); the name is known by the given name with the father's
        return frozenset(), tuple(keys[at - 1:at + 2])
    if len(words) > 1 and words[0] in lex.native_given:
        words = words[1:]                 # the family name, not the given name (محمد names many people)
    out = set()
    for w in words:
        for c in ("", "و", "ف", "ل", "ب"):
            out.add(c + w)
            if w.startswith("ال") and c == "ل":
                out.add("ل" + w[1:])
    return frozenset(out), (tuple(phrase) if not words and len(phrase) <= 4 else ())


def _named_at(an: Analysis, j: int, marks: frozenset[str], phrase: tuple[str, ...]) -> bool:
    """Is the speaker named at token j: one of the marks, or the phrase (its first word with a clitic, with or
    without ال: النيابة العامة، لمحكمة)?"""
    keys = an.keys
    if keys[j] in marks:
        return True
    if not phrase or len(phrase) > len(keys) - j:
        return False
    first, want = keys[j], phrase[0]
    forms = {want, want[2:]} if want.startswith("ال") else {want, "ال" + want}
    if not (first in forms or first[:1] in "وفلب" and first[1:] in forms or first.startswith("لل")
            and "ا" + first[1:] in forms):
        return False
    return all(keys[j + m] == phrase[m] for m in range(1, len(phrase)))


def _speaks(an: Analysis, lo: int, hi: int, marks: frozenset[str], phrase: tuple[str, ...], lex: Lexicon,
            speech: bool = True) -> bool:
    """Is the speaker the one who speaks in the sentence: named as the subject of its speech verb, before
    the verb (نتانياهو قال) or after it up to what it reports (وقالت مفوضة العدل … فيرا جوروفا للصحفيين أمس إن),
    or as the one who shares its occasion (في مؤتمر صحفي مشترك مع رئيس الوزراء الإسرائيلي بنيامين نتانياهو)?
    A name elsewhere is someone the sentence talks about (الذي أنهى مانشستر يونايتد عقده معه الخميس). With `speech`
    False the verb may be any: the subject or object of an event (استقبل ترمب أمير قطر الشيخ تميم)."""
    if not marks and not phrase:
        return False
    memo = an.memo.setdefault(_speaks, {})
    k = (lo, marks, phrase, speech)
    if k not in memo:
        memo[k] = _subject(an, lo, hi, marks, phrase, lex, speech)
    return memo[k]


def _subject(an: Analysis, lo: int, hi: int, marks: frozenset[str], phrase: tuple[str, ...], lex: Lexicon,
             speech: bool) -> bool:
    a = _anchor(an, lo, hi, lex, speech)
    if a is None:
        return False
    keys, masked, dw = an.keys, an.masked, date_words()
    if any(_named_at(an, j, marks, phrase) and not masked[j] for j in range(max(lo, a - 3), a)):
        return True
    shared = False
    for j in range(a + 1, min(hi, a + 25)):
        if masked[j] or keys[j] in dw.reported or keys[j] in dw.relatives:
            return False
        if keys[j] in dw.occasions:
            shared = True
        if j > a + 12 and not shared:
            return False
        if _named_at(an, j, marks, phrase):
            return j <= a + 12 or shared and any(keys[m] in dw.shared for m in range(a + 1, j))
    return False


def said_on_all(an: Analysis, atts: list[Attribution], published: dt.date | None,
                lex: Lexicon | None = None, trace: list | None = None) -> list[SaidOn | None]:
    """The day each attributed quote was said, in text order (None when the text does not tell). `trace`, when
    given, receives for each quote the rule that dated it and the sentence the date was read in."""
    lex = lex or lexicon()
    out: list[SaidOn | None] = []
    bounds = _bounds(an)
    by_sentence: dict[int, list[tuple[str | None, SaidOn | None]]] = {}   # rows so far: (speaker key, date)
    for a in atts:
        s = a.span
        open_i = an.index_at(s.open_at)
        cue_i = an.index_at(a.cue.start) if a.cue else None
        close_i = an.index_at(s.close_at) if s.close_at is not None else None
        at = cue_i if cue_i is not None else min(open_i, len(an.tokens) - 1)
        how = (None, None)
        if a.kind == "continuation" and out:
            when, how = out[-1], ("continuation", None)
        else:
            when = said_on(an, cue_i, open_i, published, lex, close_i)
            if when is not None:
                how = ("own sentence", an.sentence[at])
            elif published is not None and an.tokens:
                when, how = _occasion(an, a, at, published, bounds, by_sentence, lex)
        out.append(when)
        if trace is not None:
            trace.append(how)
        if an.tokens:
            by_sentence.setdefault(an.sentence[at], []).append((a.speaker_key, when))
    return out


@dataclass(frozen=True, slots=True)
class _Undated:
    """An undated quote at sentence s (tokens lo..hi-1), with what the occasion rules read."""
    an: Analysis
    a: Attribution
    s: int
    lo: int
    hi: int
    top: int                    # the first sentence of its section
    published: dt.date
    bounds: list
    by_sentence: dict           # sentence → rows so far: (speaker key, date)
    lex: Lexicon
    marks: frozenset[str]       # how a sentence names the speaker (_marks)
    phrase: tuple[str, ...]


# what an occasion rule returns: the date and the rule that found it (with the sentence it was read in), or
# None when the rule does not decide
_Found = tuple[SaidOn | None, tuple] | None


def _occasion(an: Analysis, a: Attribution, at: int, published: dt.date, bounds, by_sentence, lex: Lexicon
              ) -> tuple[SaidOn | None, tuple]:
    """The date of the occasion an undated quote belongs to, and the rule that found it."""
    s = an.sentence[at]
    lo, hi = bounds[s]
    # the quote's sentence tells of an earlier occasion (وكان الوزير قد قال، في وقت سابق): not the report's date
    why = earlier_occasion(an, lo, hi, lex)
    if why:
        return None, (why, s)
    u = _Undated(an, a, s, lo, hi, _section_start(an, bounds, s), published, bounds, by_sentence, lex,
                 *_marks(a.speaker, lex))
    for rule in (_named_occasion, _speaker_before, _dated_lead):
        found = rule(u)
        if found is not None:
            return found
    return None, (None, None)


def _named_occasion(u: _Undated) -> _Found:
    """«قال أمير قطر خلال اللقاء»: the meeting the text dated before."""
    noun = _occasion_referred(u.an, u.lo, u.hi, u.lex)
    if noun:
        for q in range(u.s - 1, max(u.top - 1, u.s - 6), -1):
            d = statement_date(u.an, q, u.published, u.lex, speech=False)
            if d is not None and _told_occasion(u.an, q, u.s, noun, u.bounds, u.lex):
                return d, ("the occasion named", q)
    return None


def _speaker_before(u: _Undated) -> _Found:
    """The speaker's words in an earlier sentence («قال … أمس: …» … «وأضاف: …»), or the speaker named as the
    one who speaks there (وقالت جوروفا للصحفيين أمس الخميس إن …), up to REACH sentences back."""
    an, a = u.an, u.a
    for p in range(u.s - 1, max(u.top - 1, u.s - REACH), -1):
        plo, phi = u.bounds[p]
        rows = [w for k, w in u.by_sentence.get(p, ()) if a.speaker_key and k == a.speaker_key]
        speaks = not rows and _speaks(an, plo, phi, u.marks, u.phrase, u.lex)
        if not rows and not speaks:
            # وفي وقت سابق، دان الكرملين …: the story went back to the speaker's earlier words
            if earlier_occasion(an, plo, phi, u.lex) == "earlier" and any(
                    _named_at(an, j, u.marks, u.phrase) and not an.masked[j] for j in range(plo, phi)):
                return None, ("after an earlier occasion", p)
            continue
        if speaks:
            rows = [w for _, w in u.by_sentence.get(p, ())]
        if earlier_occasion(an, plo, phi, u.lex):
            # the sentence right before in the same paragraph: the quote goes on with that earlier occasion
            # (وكان ترامب قد أبلغ الصحفيين يوم الثلاثاء أن … وقال: «…»); further back it is another one
            if p == u.s - 1 and an.paragraph[plo] == an.paragraph[u.lo]:
                d = next((w for w in rows if w is not None), None) or statement_date(an, p, u.published, u.lex)
                return d, ("the earlier occasion goes on", p)
            return None, ("after an earlier occasion", p)
        d = next((w for w in rows if w is not None), None)
        if d is not None:
            return d, ("speaker's earlier quote", p)
        d = statement_date(an, p, u.published, u.lex)
        if d is not None:
            return d, ("speaker's statement", p)
    return None


def _dated_lead(u: _Undated) -> _Found:
    """A lead that dates a statement (أعلنت الحكومة اليمنية، السبت …) dates the words of the first speaker the
    report quotes after it (وقال وزير الإدارة المحلية …) and of those it names; a lead that dates an event
    (استقبل ترمب أمير قطر … الثلاثاء) the words of those it names (قال أمير قطر خلال اللقاء). Not when the
    quote's sentence gives a date of its own."""
    an, lex = u.an, u.lex
    lead = _lead(an, u.bounds, lex)
    if lead is None or not u.top <= lead < u.s or _other_date(an, u.lo, u.hi, lex):
        return None
    llo, lhi = u.bounds[lead]
    d = statement_date(an, lead, u.published, lex)
    if d is not None:
        first = next((k for p, rows in sorted(u.by_sentence.items()) if p > lead for k, _ in rows[:1]),
                     u.a.speaker_key)
        if first == u.a.speaker_key or _speaks(an, llo, lhi, u.marks, u.phrase, lex, speech=False):
            return d, ("statement lead", lead)
    elif _speaks(an, llo, lhi, u.marks, u.phrase, lex, speech=False):
        d = statement_date(an, lead, u.published, lex, speech=False)
        if d is not None:
            return d, ("event lead", lead)
    return None


def _occasion_referred(an: Analysis, lo: int, hi: int, lex: Lexicon) -> str | None:
    """The occasion the sentence places the words at as one it names as known (خلال اللقاء، أثناء مراسم
    التوقيع، على هامش الاجتماع): its noun without the article (لقاء، مراسم), else None. The definite noun
    refers to an occasion the text told before."""
    keys, masked, dw = an.keys, an.masked, date_words()
    for j in range(lo, hi - 1):
        if masked[j] or keys[j] not in dw.at_occasion:
            continue
        n, m = keys[j + 1], keys[j + 2] if j + 2 < hi else ""
        if n in dw.occasions and (n.startswith("ال") or m.startswith("ال") and not masked[j + 2]) \
                and not n.endswith(("ه", "ها", "هم", "هما")):
            return _stem(n)
    return None


def _stem(k: str) -> str:
    """A noun key without a clitic and the article (والاجتماع → اجتماع, للقاء → لقاء)."""
    if k.startswith("لل"):
        return k[2:]
    k = k[1:] if k[:1] in "وفبل" and k[1:3] == "ال" else k
    return k[2:] if k.startswith("ال") else k


def _told_occasion(an: Analysis, q: int, s: int, noun: str, bounds, lex: Lexicon) -> bool:
    """Did sentence q tell the occasion a later sentence s refers to: it names the same noun (التقى … في
    اجتماع … الثلاثاء → خلال الاجتماع), or it is the sentence just before and tells an event, not a statement
    (واليوم الأحد وقع وزيرا الخارجية اتفاقا → أثناء مراسم التوقيع)?"""
    lo, hi = bounds[q]
    if any(not an.masked[j] and _stem(an.keys[j]) == noun for j in range(lo, hi)):
        return True
    return q == s - 1 and _anchor(an, lo, hi, lex) is None


def _section_start(an: Analysis, bounds, s: int) -> int:
    """The first sentence of the section sentence s is in: after the last heading before it (a line of a few
    words with no sentence end, اتفاق تاريخي). A section tells another part of the story."""
    heads = an.memo.get(_section_start)
    if heads is None:
        heads = []
        for p, (lo, hi) in enumerate(bounds):
            if hi <= lo or an.paragraph[lo] == (an.paragraph[lo - 1] if lo else -1):
                continue                  # not the first sentence of its paragraph
            last = hi - 1
            if hi - lo > 12:
                continue
            words = sum(1 for j in range(lo, hi) if an.tokens[j].is_word)
            if 0 < words <= 6 and an.tokens[last].raw not in ".!?؟…:" and (hi == len(an.tokens)
                                                                          or an.paragraph[hi] != an.paragraph[lo]):
                heads.append(p)
        an.memo[_section_start] = heads
    top = 0
    for h in heads:
        if h < s:
            top = h + 1
    return top


def _other_date(an: Analysis, lo: int, hi: int, lex: Lexicon) -> bool:
    """Does the sentence give a date of its own, even one that is not the words' (وتوفي الفلسطيني بعد مواجهة يوم
    الخميس …، ووصفت السلطة الأمر بأنه «…»)? Then the report's date is not taken for granted."""
    return bool(expressions(an, lo, hi, lex, said=True))


def _lead(an: Analysis, bounds, lex: Lexicon) -> int | None:
    """The report's lead: its first sentence with a verb and at least eight words (a dateline or a heading
    is not one)."""
    memo = an.memo
    if _lead in memo:
        return memo[_lead]
    out = None
    for s, (lo, hi) in enumerate(bounds[:6]):
        words = sum(1 for j in range(lo, hi) if an.tokens[j].is_word and not an.masked[j])
        if words >= 8 and _anchor(an, lo, hi, lex, speech=False) is not None:
            out = s
            break
    memo[_lead] = out
    return out
