"""Stage 3: cues. Links each quote span to the reporting expression that introduces it: a speech verb or
participle before it in its sentence, an "according to" phrase, a speech noun, a cue right after the quote
(«…»، قال الوزير), or the previous quote it continues."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon, lexicon
from .model import Cue, QuoteSpan
from .text import SENTENCE_END, Analysis, tokenize

GAP_CHARS = set(" \t\n\r\u00a0.,،:؛;!?؟…-–—")
THAT = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "وانه", "لان", "ب", "بـ"})


@dataclass(frozen=True, slots=True)
class Link:
    """A quote span with the cue that introduces it."""
    span: QuoteSpan
    cue: Cue | None
    cue_index: int | None       # token index of the cue in the Analysis
    kind: str                   # direct | partial | continuation
    rule: str                   # how the cue was found
    previous: int | None = None  # index (in the list of links) of the quote this one continues


def cue_at(an: Analysis, i: int, lex: Lexicon) -> Cue | None:
    """The cue starting at token i, if any (outside quotation marks)."""
    t = an.tokens[i]
    if an.masked[i] or not t.is_word:
        return None
    info = lex.cues.get(t.key)
    if info is not None and info.has_object and t.raw.rstrip("\u064b\u064c\u064d").endswith("ة"):
        info = None                    # تابعة، ذاكرة: a noun in ة, not a verb with the pronoun ه
    if info is not None and info.has_object and not _object_frame(an, i):
        info = None                    # تعهدها، وعدها: a noun with its possessive, not verb + object
    if info is not None and info.colon_only and not (i + 1 < len(an.tokens) and an.tokens[i + 1].raw == ":") \
            and not (info.complement and _complement_follows(an, i, info.complement)
                     and (info.feminine or info.plural or t.raw[:1] in "وف" or _opens_clause(an, i))):
        info = None                    # زاد alone means increased; وزاد: «…» reports; عبرت البعثة عن «…»
    if info is not None:
        return Cue(t.start, t.end, t.raw, info.lemma, info.form, info.feminine, info.plural,
                   info.object_first, info.relay)
    for ph in (lex.according_phrases if t.key in lex.according_first else ()):
        if t.key == ph[0] and i + len(ph) <= len(an.tokens) and all(
                an.tokens[i + k].key == w for k, w in enumerate(ph) if k):
            last = an.tokens[i + len(ph) - 1]
            return Cue(t.start, last.end, an.text[t.start:last.end], " ".join(ph).lstrip("وف") or ph[0],
                       "according")
    return None


def _opens_clause(an: Analysis, i: int) -> bool:
    """Does token i open a clause (after a sentence start, a comma or a particle such as كما، ثم، قد)? A bare
    عبر inside a clause is the preposition: أعلن مروان خوري عبر حسابه … عن حفلة."""
    if i == 0 or an.sentence[i - 1] != an.sentence[i]:
        return True
    prev = an.tokens[i - 1]
    return not prev.is_word or prev.key in ("كما", "ثم", "قد", "لقد", "فقد", "وقد", "حيث", "كذلك")


def _complement_follows(an: Analysis, i: int, word: str) -> bool:
    """Does `word` follow token i within a few words of its clause (عبرت البعثة الدبلوماسية الفلسطينية عن)?"""
    for k in range(i + 1, min(i + 8, len(an.tokens))):
        t = an.tokens[k]
        if an.masked[k] or not t.is_word:
            return False
        if t.key == word:
            return True
    return False


def _object_frame(an: Analysis, i: int) -> bool:
    """A reporting verb with an object pronoun reports in its frames: ما وصفه بـ…، الذي وصفه، وصفه بأنه …،
    وصفها الوزير بـ…، or right before a colon or a quotation."""
    prev = an.tokens[i - 1].key if i > 0 else ""
    if prev in ("ما", "كما", "لما", "مما", "الذي", "التي"):
        return True
    for k in range(i + 1, min(i + 5, len(an.tokens))):
        t = an.tokens[k]
        if t.raw in "،,." and not an.masked[k]:
            break                       # the frame is within the verb's clause
        if an.masked[k] or t.raw == ":" or t.key.startswith(("بان", "بانه", "بانها")) or t.raw in ("بـ", "ب"):
            return True
        if t.raw.startswith("بـ"):
            return True
    return False


def all_cues(an: Analysis, lex: Lexicon | None = None) -> dict[int, Cue]:
    """Every cue in the document by token index, quoted words excluded."""
    lex = lex or lexicon()
    out = {}
    first = lex.cue_first
    for i, t in enumerate(an.tokens):
        if t.key not in first:          # no cue starts with this word
            continue
        c = cue_at(an, i, lex)
        if c is not None:
            out[i] = c
    return out


def _clauses_between(an: Analysis, a: int, b: int) -> int:
    """Commas between tokens a and b that start a new clause. A comma followed by و + quote or a quote
    (a list of quoted items: «…»، و«…»، وكذلك «…») does not."""
    n = 0
    for i in range(a, b):
        t = an.tokens[i]
        if an.masked[i] or t.raw not in "،,":
            continue
        nxt = [k for k in range(i + 1, min(b + 1, i + 4))]
        listy = any(an.masked[k] for k in nxt[:1]) or (
            len(nxt) >= 2 and an.tokens[nxt[0]].key in ("و", "وكذلك", "كذلك", "او") and an.masked[nxt[1]])
        n += not listy
    return n


def link_quotes(an: Analysis, spans: list[QuoteSpan], cues: dict[int, Cue],
                lex: Lexicon | None = None) -> list[Link]:
    """One Link per quote span (not-quote spans excluded); spans without any cue are dropped."""
    lex = lex or lexicon()
    links: list[Link] = []
    prev_span: QuoteSpan | None = None
    for s in spans:
        if s.not_quote:
            continue
        o = an.index_at(s.open_at)                       # the opening mark's token
        close_end = (s.close_at + 1) if s.close_at is not None else s.end
        c = an.index_at(close_end)                       # first token after the closing mark
        sent = an.sentence[o] if o < len(an.tokens) else -1
        link = None
        # a quote that follows the previous one with only punctuation between, across a sentence end,
        # continues it: «…». «…»
        if prev_span is not None and links and links[-1].span == prev_span:
            p_end = (prev_span.close_at + 1) if prev_span.close_at is not None else prev_span.end
            gap = an.text[p_end:s.open_at]
            if gap and set(gap) <= GAP_CHARS and any(ch in SENTENCE_END or ch == "\n" for ch in gap):
                link = Link(s, None, None, "continuation", "continuation", len(links) - 1)
            elif gap and _list_gap(gap):                   # «…»، و«…» in one sentence: same cue and kind
                last = links[-1]
                link = Link(s, last.cue, last.cue_index, last.kind, last.rule + "+list", None)
        if link is None:
            link = (_cue_before(an, s, o, c, sent, cues, lex) or _cue_after(an, s, c, sent, cues)
                    or _cue_colon_before(an, s, o, cues) or _cue_next(an, s, o, c, sent, cues))
        if link is not None:
            links.append(link)
        prev_span = s
    return links


def _list_gap(gap: str) -> bool:
    """Only punctuation and at most one و/أو between two quotes of one sentence: «…»، «…» or «…» و«…»."""
    words = [w for w in gap.replace("\u0640", "").split() if not set(w) <= GAP_CHARS]
    return not any(ch in SENTENCE_END or ch == "\n" for ch in gap) and (
        not words or len(words) == 1 and words[0].strip("".join(GAP_CHARS)) in ("و", "أو", "او"))


def _kind(an: Analysis, cue_i: int, o: int, c: int) -> str:
    """direct: a whole statement right after the cue and speaker (colon, or nothing between but the speaker
    and adverbials, and the quote ends the sentence); partial: a fragment inside reported speech."""
    between = [an.tokens[k] for k in range(cue_i + 1, o) if not an.masked[k]]
    if any(t.raw == ":" for t in between[-2:]):
        return "direct"
    if any(t.key in THAT or t.key.endswith("ـ") for t in between) or (between and between[-1].key.startswith(("ب", "ل"))
                                                                       and len(between[-1].key) <= 2):
        return "partial"
    nxt = an.tokens[c] if c < len(an.tokens) else None
    ends = nxt is None or nxt.raw in SENTENCE_END or nxt.raw in "،,:" or an.paragraph[c] != an.paragraph[o]
    return "direct" if ends else "partial"


SCOPE = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "وان", "لان", "انما"})


def _in_scope(an: Analysis, s: QuoteSpan, cue_i: int, o: int, cue: Cue) -> bool:
    """A short quoted span (three words or fewer) is somebody's words only inside an attribution: in the
    إن/أن clause of the cue, as the complement of بـ/بأنه (وصفه بـ«…»), after a colon, or right after the
    cue. Elsewhere it is a name or a term («الدولة الإسلامية» انتزعت المبادرة)."""
    words = sum(1 for t in tokenize(an.text, s.start, s.end) if t.is_word)
    if words > 3:
        return True
    between = [an.tokens[k] for k in range(cue_i + 1, o) if not an.masked[k]]
    if len(between) <= 4:
        return True
    first = next((t for t in tokenize(an.text, s.start, s.end) if t.is_word), None)
    if first is not None and cue.object_first and (first.key.startswith("بال") or words >= 2 and first.key[:1] == "ب"):
        return True                     # وصفت السفارة، القرار الأخير "بصفعة على الوجه": the verb's complement
    seg = _last_segment(between)
    if seg is not between:
        # the quote lies past a comma that opens another clause (…، بعد استماعها "جيدا"): the frame must
        # be in that clause, or the clause must be only the verb's preposition (لفت X، وزير …، إلى «…»)
        if len(seg) == 1 and seg[0].key in PREPOSITIONS:
            return True
        between = seg
        if not any(t.key in SCOPE or t.key in lexicon().cues or t.raw == ":" for t in seg) and not (
                seg and (seg[-1].raw in ("بـ", "ب", "لـ", "وبـ") or seg[-1].raw.endswith("\u0640"))):
            return False
    if any(t.key in SCOPE for t in between) or any(t.raw == ":" for t in between[-2:]):
        return True
    last = between[-1].raw if between else ""
    if last in ("بـ", "ب", "لـ", "وبـ") or last.endswith("\u0640"):
        return True
    # right after a speech noun or cue: نقلت رويترز عن الوزير قوله «…»
    if any(t.key in lexicon().cues for t in between[-2:]):
        return True
    # a short statement that ends its sentence: … الذي أذيع يوم الأربعاء «نحن مستعدون».
    close_end = (s.close_at + 1) if s.close_at is not None else s.end
    after = an.text[close_end:close_end + 2].strip()
    return words >= 2 and (after[:1] in SENTENCE_END or after == "")


PREPOSITIONS = frozenset({"الي", "عن", "علي", "من", "ب", "بـ"})
CLAUSE_OPENERS = frozenset({"بعد", "قبل", "بينما", "فيما", "حين", "عندما", "وبعد", "وقبل"})


def _last_segment(between: list) -> list:
    """The words after the last comma that opens a clause of its own time or contrast (بعد، قبل، بينما،
    فيما), or `between` itself when there is none. Other commas (قال الوزير، في بيان، إن …؛ لكن «…»;
    والعمل معا «عن كثب») stay inside the reported speech."""
    for j in range(len(between) - 2, -1, -1):
        if between[j].raw in "،," and between[j + 1].key in CLAUSE_OPENERS:
            return between[j + 1:]
    return between


def _new_clause_after(an: Analysis, i: int, o: int) -> bool:
    """Does a comma after the according-to phrase at i open a new clause with و before the quote at o
    (بحسب المصادر، ويسعى …)? ووفقا للكرملين، بحث … and بحسب المرصد، تسيطر … go on with the same clause."""
    for k in range(i + 1, o - 1):
        t = an.tokens[k]
        if t.raw in "،," and not an.masked[k]:
            nxt = an.tokens[k + 1]
            return nxt.raw[:1] == "و" and len(nxt.key) > 3 and not an.masked[k + 1] and nxt.key[1:] not in SCOPE
    return False


def _relative(an: Analysis, i: int, lex: Lexicon) -> bool:
    """Is the cue at i the verb of a relative clause (التي كتبت، الذي قال، ما وصفه)?"""
    return i > 0 and an.sentence[i - 1] == an.sentence[i] and an.tokens[i - 1].key in lex.groups["relatives"]


def _cue_before(an: Analysis, s: QuoteSpan, o: int, c: int, sent: int, cues: dict[int, Cue],
                lex: Lexicon) -> Link | None:
    # the cues of the quote's sentence before it, nearest first: sentence numbers never decrease, so the
    # walk stops at the sentence start (not at the start of the document: that is quadratic)
    cands = []
    i = o - 1
    while o < len(an.tokens) and i >= 0 and an.sentence[i] == sent:
        if i in cues:
            cands.append(i)
        i -= 1
    verbs = [i for i in cands if cues[i].form in ("verb", "participle")]
    if verbs:
        # the nearest cue, unless it sits in a relative clause and a main-clause cue stands before it:
        # وقالت ماري …، التي ترأس المجموعة التي كتبت القواعد …، «…» — she says it, not the group that wrote
        # (the relative clause's own أن-clause is its quote: الحزب الذي يعتبر أن التسوية «تراجع وطني»)
        # and its object follows it (المجموعة التي كتبت القواعد …): a relative verb without an object of its own
        # keeps the quote (والتي أعلنت كل منها «مقاطعة»)
        main = [i for i in verbs if not _relative(an, i, lex)]
        own = any(an.tokens[k].key in SCOPE for k in range(verbs[0] + 1, o) if not an.masked[k])
        nxt = an.tokens[verbs[0] + 1].key if verbs[0] + 1 < o else ""
        objected = nxt.startswith("ال") and not an.masked[verbs[0] + 1]
        i = main[0] if main and _relative(an, verbs[0], lex) and objected and not own else verbs[0]
        if not _in_scope(an, s, i, o, cues[i]):
            return None
        return Link(s, cues[i], i, _kind(an, i, o, c), "cue-" + cues[i].form)
    # an "according to" phrase governs the clause right after it: ووفقا للكرملين، بحث الجانبان «…»، وباتت
    # قوات النظام، بحسب المرصد، تسيطر «…»; one followed by a comma and a new clause with و closes the clause
    # before it (… عدن بحسب المصادر، ويسعى … التي تقع فيها «عقبة ثرة»)
    for i in cands:
        if cues[i].form == "according" and _clauses_between(an, i, o) <= 1 and not _new_clause_after(an, i, o):
            # ووفقا للكرملين، بحث الجانبان «…»: the quote is a fragment of the reported clause
            colon = any(an.tokens[k].raw == ":" for k in range(max(i, o - 2), o))
            return Link(s, cues[i], i, "direct" if colon else "partial", "according")
    # a speech noun close before the quote: في بيان: «…», قوله «…»
    for i in cands:
        if cues[i].form == "noun" and o - i <= 6:
            return Link(s, cues[i], i, _kind(an, i, o, c), "cue-noun")
    return None


# words that may stand between a quote and the cue after it: «…»، كما قال / «…» هكذا قال / «…».. بهذه الكلمات أعلن
AFTER_SKIP = frozenset({"كما", "حسبما", "وفق", "علي", "حد", "هكذا", "بهذه", "بهذا", "بتلك", "الكلمات", "الكلمه",
                        "العباره", "العبارات", "الجمله", "الكلمتين"})


def _cue_after(an: Analysis, s: QuoteSpan, c: int, sent: int, cues: dict[int, Cue], rule: str = "cue-after") -> Link | None:
    """«…»، قال الوزير / «…»، بحسب الوزير / «…» على حد قوله / «…» هكذا قال: a cue within the first words after the
    quote, in the sentence `sent`."""
    for i in range(c, min(c + 5, len(an.tokens))):
        if an.sentence[i] != sent or an.masked[i]:
            break                       # never the next sentence's cue («…». وصرح …)
        if i in cues and cues[i].form == "according":
            return Link(s, cues[i], i, "direct", rule)
        # a verb right after the quote, not one opening a new clause with و/ف («…» وأشار …)
        if i in cues and cues[i].form == "verb" and not cues[i].text.startswith(("و", "ف")):
            return Link(s, cues[i], i, "direct", rule)
        if an.tokens[i].is_word and an.tokens[i].key not in AFTER_SKIP:
            break
    return None


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


def _words_around(an: Analysis, o: int, c: int, sent: int) -> bool:
    """Are there words outside quotation marks in the quote's sentence, before or after it?"""
    k = o - 1
    while k >= 0 and an.sentence[k] == sent:
        if an.tokens[k].is_word and not an.masked[k]:
            return True
        k -= 1
    k = c
    while k < len(an.tokens) and an.sentence[k] == sent:
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
