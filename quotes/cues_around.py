"""Stage 3b: cues found around a quote rather than before it in its sentence: a cue right after it («…»، قال
الوزير), an attribution that closes its sentence (…، كما قال مصدر), the cue of the next sentence («…». يقول
المدرب) or of the sentence before (وتابع أن …. «…»), and the colon that ends the paragraph before it."""
from __future__ import annotations

from .lexicon import Lexicon, lexicon
from .link import SCOPE, Link, relative_verb
from .model import Cue, QuoteSpan
from .names import without_preposition
from .text import SENTENCE_END, Analysis, tokenize


# words that may stand between a quote and the cue after it: «…»، كما قال / «…» هكذا قال / «…».. بهذه الكلمات أعلن /
# «…»، هذا ما قاله بولت
AFTER_SKIP = frozenset({"كما", "حسبما", "وفق", "علي", "حد", "هكذا", "بهذه", "بهذا", "بتلك", "الكلمات", "الكلمه",
                        "العباره", "العبارات", "الجمله", "الكلمتين", "هذا", "ما"})


def _cue_after(an: Analysis, s: QuoteSpan, c: int, sent: int, cues: dict[int, Cue], rule: str = "cue-after") -> Link | None:
    """«…»، قال الوزير / «…»، بحسب الوزير / «…» على حد قوله / «…» هكذا قال: a cue within the first words after the
    quote, in the sentence `sent`."""
    for i in range(c, min(c + 5, len(an.tokens))):
        if an.sentence[i] != sent or an.masked[i]:
            break                       # never the next sentence's cue («…». وصرح …)
        if i in cues and cues[i].form == "according":
            if _short(an, s) and _outlet_source(an, i, lexicon()) and _words_before(an, s, sent) \
                    and not _speech_before(an, s, sent, cues):
                return None             # الصور "السيلفي"، بحسب ما ذكر موقع …: an outlet reports, the span is a term
            return Link(s, cues[i], i, "direct", rule)
        # a verb right after the quote, not one opening a new clause with و/ف («…» وأشار …)
        if i in cues and cues[i].form == "verb" and not cues[i].text.startswith(("و", "ف")):
            return Link(s, cues[i], i, "direct", rule)
        if an.tokens[i].is_word and an.tokens[i].key not in AFTER_SKIP:
            break
    return None


def _short(an: Analysis, s: QuoteSpan) -> bool:
    """Three words or fewer."""
    return sum(1 for t in tokenize(an.text, s.start, s.end) if t.is_word) <= 3


def _words_before(an: Analysis, s: QuoteSpan, sent: int) -> bool:
    """Are there words of the quote's sentence before it (is it a fragment, not a statement of its own)?"""
    k = an.index_at(s.open_at) - 1
    return k >= 0 and an.sentence[k] == sent and any(
        an.tokens[j].is_word for j in range(an.sentence_start(k), k + 1))


def _speech_before(an: Analysis, s: QuoteSpan, sent: int, cues: dict[int, Cue]) -> bool:
    """Is there a reporting verb before the quote in its clause (اعتبر ظريف الحكم «هزيمة» و«انتصارا»)? A
    comma and a new و-clause end the search (كشفت شركة «سوني» …، وطورت الشركة الهاتف … "السيلفي")."""
    k = an.index_at(s.open_at) - 1
    while k >= 0 and an.sentence[k] == sent:
        if k in cues and cues[k].form in ("verb", "participle"):
            return True
        t = an.tokens[k]
        if t.raw in "،," and not an.masked[k] and k + 1 < len(an.tokens) and an.tokens[k + 1].raw[:1] == "و" \
                and not an.masked[k + 1] and len(an.tokens[k + 1].key) > 3:
            return False
        k -= 1
    return False


def _outlet_source(an: Analysis, i: int, lex: Lexicon) -> bool:
    """Does the according-to phrase at i name a news outlet (بحسب ما ذكر موقع "…"، وفق صحيفة …، حسب رويترز)?
    An outlet reports the facts; the words it puts in marks are names and terms, not somebody's words."""
    for k in range(i + 1, min(i + 5, len(an.tokens))):
        t = an.tokens[k]
        if not t.is_word or an.masked[k]:
            return False
        b = t.key
        if b in ("ما", "لما") or b in lex.cues:
            continue                    # بحسب ما ذكر، وفقا لما أوردت
        bare = without_preposition(b, "ل")
        return any(w.removeprefix("ال") in lex.outlet_heads or w in lex.outlets_any for w in (b, bare))
    return False


def _cue_sentence_end(an: Analysis, s: QuoteSpan, c: int, sent: int, cues: dict[int, Cue],
                      names: list[tuple[int, int]] = ()) -> Link | None:
    """An attribution that closes the sentence after a comma governs the quotes before it: …تخطي "اختبار
    الواقعية" وإقناع برامج القرصنة …، بحسب روستيسي. / …على "توفير 11,6 مليار يورو" في ميزانيتي 2013 و2014،
    كما قال مصدر في وزارة المالية. No other quote (a name in marks may be) and no reporting verb between the
    quote and the comma, and the attribution ends the sentence within a few words. Four words or more: a shorter span so far from its
    attribution is as often a name or a term (مسيرة «العودة الكبرى»، «بيت المال»، بحسب …)."""
    if _short(an, s):
        return None
    k = c
    while k < len(an.tokens) and an.sentence[k] == sent:
        if an.masked[k] and not any(a <= k < b for a, b in names) or \
                k in cues and cues[k].form in ("verb", "participle") and k > c:
            return None                 # another quote (a name in marks may stand between) or another verb
        t = an.tokens[k]
        if t.raw in "،," and k + 1 < len(an.tokens) and an.sentence[k + 1] == sent:
            i = k + 1 if k + 1 in cues else k + 2 if an.tokens[k + 1].key == "كما" else -1
            verb = i == k + 2 and i in cues and cues[i].form == "verb"       # …، كما قال مصدر
            if i in cues and (cues[i].form == "according" or verb) and _ends_sentence(an, i, sent):
                return Link(s, cues[i], i, "partial" if _words_before(an, s, sent) else "direct", "cue-end")
        k += 1
    return None


def _ends_sentence(an: Analysis, i: int, sent: int) -> bool:
    """Does the sentence end within 16 tokens after i, with no quote, comma-clause or colon in between (كما
    قال الشاعر: introduces what follows)?"""
    for k in range(i + 1, min(i + 17, len(an.tokens) + 1)):
        if k == len(an.tokens) or an.sentence[k] != sent or an.tokens[k].raw in SENTENCE_END:
            return True
        if an.masked[k] or an.tokens[k].raw in "،,:":
            return False
    return False


def _cue_next(an: Analysis, s: QuoteSpan, o: int, c: int, sent: int, cues: dict[int, Cue]) -> Link | None:
    """A quote that is a whole sentence by itself, placed before its attribution in the next sentence of its
    paragraph: «…».. بهذه الكلمات أعلن النادي / «…». يقول المدرب. Not a quote followed by a new statement
    (وقال …), and not one with words of its own sentence around it."""
    if _words_around(an, o, c, sent):
        return None
    nxt = c
    while nxt < len(an.tokens) and an.sentence[nxt] == sent:
        nxt += 1
    if nxt >= len(an.tokens) or o >= len(an.tokens) or an.paragraph[nxt] != an.paragraph[o]:
        return None
    return _cue_after(an, s, nxt, an.sentence[nxt], cues, "cue-next")


def _cue_previous(an: Analysis, s: QuoteSpan, o: int, c: int, sent: int, cues: dict[int, Cue],
                  lex: Lexicon) -> Link | None:
    """A quote that is a whole sentence by itself goes on with the speech reported in the sentence before it in
    its paragraph: وتابع ديلا فيرغولا أن عدد اليهود … سيصل إلى 30 مليونا. "لكن في حال …". That sentence's last
    reporting verb (not one of a relative clause) takes it when an أن/إن clause, a colon or a quote follows
    the verb."""
    if o >= len(an.tokens) or _words_around(an, o, c, sent):
        return None
    first = an.sentence_start(o)
    if first == 0 or an.paragraph[first - 1] != an.paragraph[o]:
        return None
    start = an.sentence_start(first - 1)
    for i in range(first - 1, start - 1, -1):
        if i in cues and cues[i].form in ("verb", "participle") and not relative_verb(an, i, lex):
            if any(an.masked[k] or an.tokens[k].key in SCOPE or an.tokens[k].raw == ":" for k in range(i + 1, first)):
                return Link(s, cues[i], i, "direct", "cue-previous")
            return None
    return None


def _words_around(an: Analysis, o: int, c: int, sent: int) -> bool:
    """Are there words outside quotation marks in the quote's sentence, before or after it?"""
    return _words_in(an, o, c, an.sentence, sent)


def _words_in(an: Analysis, o: int, c: int, unit: list[int], u: int) -> bool:
    """Are there words outside quotation marks before token o or from token c on, within unit u (a sentence
    or a paragraph: `unit` maps each token to its unit)?"""
    k = o - 1
    while k >= 0 and unit[k] == u:
        if an.tokens[k].is_word and not an.masked[k]:
            return True
        k -= 1
    k = c
    while k < len(an.tokens) and unit[k] == u:
        if an.tokens[k].is_word and not an.masked[k]:
            return True
        k += 1
    return False


def _cue_colon_before(an: Analysis, s: QuoteSpan, o: int, cues: dict[int, Cue]) -> Link | None:
    """A quote that opens a paragraph after a paragraph ending with a colon is the text that colon announces:
    في الخطاب الذي وجهه الرئيس …، والذي جاء فيه:⏎«…», a letter or a statement quoted at length. The cue is
    the nearest one of that sentence."""
    if o == 0 or o >= len(an.tokens) or an.tokens[o - 1].raw != ":" or an.paragraph[o - 1] == an.paragraph[o]:
        return None
    sent = an.sentence[o - 1]
    i = o - 2
    while i >= 0 and an.sentence[i] == sent:
        if i in cues and not an.masked[i]:
            kind = "direct" if cues[i].form in ("verb", "participle", "noun") else "partial"
            return Link(s, cues[i], i, kind, "cue-colon")
        i -= 1
    return None


CARRY_PARAGRAPHS = 3     # a quote standing alone goes on with a quote at most this many paragraphs before it


def _carried_over(an: Analysis, s: QuoteSpan, o: int, c: int, links: list[Link], cues: dict[int, Cue]) -> Link | None:
    """A quote of four words or more that stands alone in its paragraph, or answers a question (…؟: «…»), with no
    cue of its own, goes on with the last linked quote when nothing reports anybody between them (an interview:
    هكذا تصف الشيف كريستيل … ⏎ «عملت مع والدي …»)."""
    if not links or o >= len(an.tokens) or _short(an, s) or not (_alone(an, o, c) or _answers(an, o)):
        return None
    last = links[-1].span
    p = an.index_at(last.outer_end)
    if p >= o or an.paragraph[o] - an.paragraph[min(p, len(an.tokens) - 1)] > CARRY_PARAGRAPHS:
        return None
    own = links[-1].cue_index           # «…». هكذا تصف الشيف …: the last quote's own cue after it
    if any(k in cues and not an.masked[k] and k != own for k in range(p, o)):
        return None                     # somebody else may be reported between them
    return Link(s, None, None, "continuation", "continuation-paragraph", len(links) - 1)


def _alone(an: Analysis, o: int, c: int) -> bool:
    """Is the quote the whole of its paragraph (punctuation aside)?"""
    return not _words_in(an, o, c, an.paragraph, an.paragraph[o])


def _answers(an: Analysis, o: int) -> bool:
    """Does the quote follow a question and a colon (ولكن ماذا يعني لها …؟: «…»)?"""
    raws = [an.tokens[k].raw for k in range(max(0, o - 2), o)]
    return raws[-1:] == [":"] and len(raws) == 2 and raws[0] in ("؟", "?")
