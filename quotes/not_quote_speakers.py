"""Stage 2b (speakers in marks): a short span between a reporting verb, or its subject's head, and the reported
clause is the speaker's name, not the words (وأكد "الحفظي" أن، وقال الرئيس التركي "رجب طيب أردوغان" للصحفيين إن).
The rule returns its reason or None (quotes/not_quotes.py asks it in order with the others)."""
from __future__ import annotations

from .names import is_al
from .not_quote_names import names_a_body
from .span_context import SCOPE, Span, not_quote_words, possessed
from .normalize import key
from .text import Token, tokenize

THAT = frozenset(key(w) for w in ("أن", "إن", "وأن"))


def speaker_in_marks(x: Span) -> str | None:
    """A short span between a reporting verb and its reported clause is the speaker, not the words:
    وأكد "الحفظي" أن …، وقال «اللباد» إن … (the words begin after أن/إن, outside the marks), وأشارت "سكاي"
    إلى أن، أعرب «الغفيص» عن; or its title follows: وقال "عذبي العقيل" مدير عام …; also after the subject's
    head noun (وكشفت مصادر "دنيا الرياضة" أن، وقال بروفيسور "دانيال براون" عالم الفلك)."""
    w = x.words
    if not (x.adjacent and 1 <= x.n <= 3 and w and x.prev) or x.clause or x.keys[0].startswith("بال"):
        return None
    verb = _verb_before_head(x, w)
    info = x.lex.cues.get(verb.key)
    if info is None or info.form != "verb" or info.has_object:
        return None                     # مؤكدا «بلا اعتذار» أن: a participle's subject is already named; من سماهم
                                        # «المخربين» بأنهم: the verb's object is named, the span is what it calls them
    nxt = words_after(x)
    if nxt and nxt[0].key in x.lex.groups["audiences"]:
        nxt = nxt[1:]                   # وقال الرئيس التركي "رجب طيب أردوغان" للصحفيين إن: whom he told
    elif nxt and nxt[0].key in x.lex.groups["apposed_pronouns"]:
        nxt = words_after(x, 3)[1:]     # تقول "نجلا داغمان"، وهي ناشطة من المجتمع المدني: her title after «she is»
    if not nxt:
        return None
    if nxt[0].key in SCOPE or nxt[0].key in not_quote_words().after_subject or \
            len(nxt) == 2 and nxt[0].key in ("الي", "علي") and nxt[1].key in SCOPE or \
            len(nxt) == 2 and nxt[0].key == "في" and (nxt[1].key in x.lex.documents or x.lex.cues.get(nxt[1].key)):
        return "speaker in marks"         # وأشارت "سكاي" إلى أن، كشفت "سوني" عن، أعرب «الغفيص» عن، وقالت
                                          # "إيكونوميست إنتليجينس" في بيان
    if _described_subject(x, nxt[0].key):
        return "speaker in marks"         # وذكرت "إكسور" الإيطالية، وختمت «مطربة البادية» حديثها
    head = x.lex.title_heads.get(nxt[0].key)
    if head is not None and nxt[0].key.removeprefix("ال") in (head, head + "ه") \
            and (not info.object_first or x.n >= 2 and is_al(nxt[0].key)) \
            and not any(k in x.lex.function_words for k in x.keys[1 if x.n >= 3 else 0:]):
        return "speaker in marks"         # وقال "عذبي العقيل" مدير عام المبيعات: … (not لولي العهد، ما وصفها «…» مرشحة;
                                          # وأعلن "لي كيو تشول" المتحدث: a name of three words may start like one;
                                          # a woman's title in ة too: وهي ناشطة)
    return None


def _described_subject(x: Span, k: str) -> bool:
    """Does the word after the closing mark show the span was the verb's subject: its nationality (وذكرت "إكسور"
    الإيطالية القابضة) or its own talk with a possessive (وختمت «مطربة البادية» حديثها بالقول)?"""
    base = possessed(k)
    return is_al(k) and x.lex.country_of(k) is not None or base is not None and base in x.lex.own_words_nouns


def body_subject_in_marks(x: Span) -> str | None:
    """أن "رابطة التجارة الدولية الكورية" قالت …: a body's name in marks after أن/إن, with a verb right after the
    closing mark, is the reported clause's subject, not words (a quoted clause has its verb inside the marks)."""
    if not (x.adjacent and 2 <= x.n <= x.lex.name_max_words and x.prev in THAT) or x.clause or not names_a_body(x):
        return None
    end = x.s.outer_end
    nxt = tokenize(x.text, end, min(x.hi, end + 24))[:1]        # the verb right after the mark (not بأنها "…"، وقال)
    nxt = nxt if nxt and nxt[0].is_word else []
    info = x.lex.cues.get(nxt[0].key) if nxt else None
    verb = nxt and (info is not None and info.form == "verb" or nxt[0].key in x.lex.common_verbs)
    return "subject in marks" if verb else None


def _verb_before_head(x: Span, w: list[Token]) -> Token:
    """The word before the span, or, when a subject's head and its ال-adjectives stand there, the word before
    them (وقال بروفيسور "…"، وقال الرئيس التركي "…": the verb)."""
    if x.lex.cues.get(w[-1].key) is not None:
        return w[-1]
    if len(w) >= 2 and _subject_head(x, w[-1].key):
        return w[-2]
    for h in range(len(w) - 2, max(0, len(w) - 4), -1):     # a person's title (a body and its adjectives: its name)
        if w[h].key in x.lex.title_heads and all(is_al(t.key) and t.key not in x.lex.function_words for t in w[h + 1:]):
            return w[h - 1]
    return w[-1]


def _subject_head(x: Span, k: str) -> bool:
    """Is k a head a subject's name follows in apposition: a title (بروفيسور), an unnamed source (مصادر) or a
    body (الوكالة)?"""
    return k in x.lex.title_heads or k in x.lex.anonymous or k in x.lex.body_head_forms


def words_after(x: Span, n: int = 2) -> list:
    """The first n words after the closing mark, past a day set off by commas (ساب"، الخميس، عن …)."""
    end = x.s.outer_end
    toks = tokenize(x.text, end, min(x.hi, end + 40))
    if len(toks) >= 3 and toks[0].raw in "،," and toks[2].raw in "،," and \
            (toks[1].key in x.lex.weekdays or toks[1].key in x.lex.relative_days):
        toks = toks[3:]
    return [t for t in toks if t.is_word][:n]
