"""Stage 3: cues. Links each quote span to the reporting expression that introduces it: a speech verb or
participle before it in its sentence, an "according to" phrase, a speech noun, a cue right after the quote
(«…»، قال الوزير), or the previous quote it continues."""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from .cues_around import (_carried_over, _cue_after, _cue_colon_before, _cue_next, _cue_previous,
                          _cue_sentence_end, _short)
from .lexicon import CueForm, Lexicon, _load, _strings, lexicon, with_conj
from .link import NOUN_RELATIVES, SCOPE, Link, relative_verb
from .model import Cue, QuoteSpan
from .normalize import key
from .span_context import link_paragraphs
from .text import SENTENCE_END, Analysis, tokenize

__all__ = ["SCOPE", "Link", "all_cues", "cue_at", "link_quotes"]

GAP_CHARS = set(" \t\n\r\u00a0.,،:؛;!?؟…-–—")
THAT = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "وانه", "لان", "ب", "بـ"})
_ENDS_GAP = SENTENCE_END | {"\n"}          # a sentence end or a line break between two quotes
AFTER_THAT = frozenset({"ان", "بان", "وان", "لان"})      # أن/إن with no pronoun: a noun follows, not a verb

NEGATIONS = frozenset({key("لم"), key("لا"), key("ولم"), key("ولا")})    # لم يعد، لا يعتبر: no longer, is not
CARRIED_TO = frozenset({key("إلى"), key("لي")})        # نقلوا إلى المراكز: carried there, not relayed
BAYYANA = frozenset(key(w) for w in ("بين", "وبين", "فبين"))    # بيّن (made clear) or بين (between): _bayyana
BAYYANA_FEMININE = key("بينت")
SHADDA = "\u0651"


def cue_at(an: Analysis, i: int, lex: Lexicon) -> Cue | None:
    """The cue starting at token i, if any (outside quotation marks)."""
    t = an.tokens[i]
    if an.masked[i] or not t.is_word:
        return None
    info = lex.cue(t.raw, t.key) or (_bayyana(an, i, lex) if t.key in BAYYANA else None)
    if info is not None and info.has_object and t.raw.rstrip("\u064b\u064c\u064d").endswith("ة"):
        info = None                    # تابعة، ذاكرة: a noun in ة, not a verb with the pronoun ه
    if info is not None and info.has_object and not _object_frame(an, i):
        info = None                    # تعهدها، وعدها: a noun with its possessive, not verb + object
    if info is not None and _naming(an, i, info):
        info = None                    # سمتها "أوول بول": naming, not reporting
    if info is not None and info.form == "verb" and t.key not in BAYYANA and _via(an, i, lex):
        info = None                    # عبر بيان، عبر تغريدة: the preposition «via», not the verb عبّر
    if info is not None and info.relay and i + 1 < len(an.tokens) and an.tokens[i + 1].key in CARRIED_TO:
        info = None                    # 500 شخص نقلوا إلى المراكز: carried there, not relayed (نقلت رويترز عن …)
    if info is not None and info.copular and _counted_as(an, i, lex, info.copular):
        info = None                    # الذي يعتبر «جوكرا»، يعتبر من، لم يعد: «is counted as», nobody speaks
    if info is not None and info.form == "verb" and _verbal_noun(an, i, info):
        info = None                    # إن ردّ موسكو، أن نقل السفارة: after أن/إن a bare past form is its verbal noun
    if info is not None and info.colon_only and not (i + 1 < len(an.tokens) and an.tokens[i + 1].raw == ":") \
            and not ((info.complement and _complement_follows(an, i, info.complement) or _colon_soon(an, i))
                     and (info.feminine or info.plural or t.raw[:1] in "وف" or _opens_clause(an, i))):
        info = None                    # زاد alone means increased; وزاد: «…» reports; عبرت البعثة عن «…»; وختم كلوب: «…»
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


def _bayyana(an: Analysis, i: int, lex: Lexicon) -> CueForm | None:
    """The verb بيّن («made clear»), which speech_verbs.json lists but whose bare past is spelt as بين («between»):
    written with its shadda (وبيّن), or opening its clause with أن/إن after its subject, no و-pair on the way
    (وبين منظم البرنامج عبدالله معدي، أن …; not وبين هذا وذاك، nor past a relative: وبين المرشحين الذين يمكن أن)."""
    if SHADDA in an.tokens[i].raw:
        return _bayyana_verb(lex)
    if not _opens_clause(an, i):
        return None
    for k in range(i + 1, min(i + 12, len(an.tokens))):
        tk = an.tokens[k]
        if an.masked[k] or tk.raw in ".؟!:؛" or tk.key in NOUN_RELATIVES or tk.is_word and tk.raw.startswith("و") \
                and k > i + 1 and an.tokens[k - 1].raw not in "،," and not _head_in_waw(tk.key, lex):
            return None                 # (a relative clause is a noun's: وبين المرشحين الذين يمكن أن)
        if tk.key in THAT:
            return _bayyana_verb(lex) if k > i + 1 and an.tokens[k - 1].key not in _an_with_verb() else None
    return None


def _bayyana_verb(lex: Lexicon) -> CueForm | None:
    """The masculine past of بيّن: its feminine past's cue form (بينت), in the masculine."""
    form = lex.cues.get(BAYYANA_FEMININE)
    return replace(form, feminine=False) if form is not None else None


def _head_in_waw(k: str, lex: Lexicon) -> bool:
    """Is a word that starts with و a head of its own (وزارة، وزير، وكالة), not و and a second noun?"""
    return k in lex.title_heads or k in lex.org_heads or k in lex.documents


@cache
def _an_with_verb() -> frozenset[str]:
    """Words after which أن is the particle of a verb (بعد أن قال), from speech_verbs.json."""
    d = _load("speech_verbs.json", {"an_with_verb": list})
    return frozenset(f for w in _strings("speech_verbs.json", "an_with_verb", d["an_with_verb"]) for f in with_conj(key(w)))


@cache
def _governed() -> dict[str, str]:
    """The preposition each reporting verb governs (أعرب → عن), lemma key → preposition key."""
    d = _load("speech_verbs.json", {"prepositions": dict})
    return {key(v): key(p) for v, p in d["prepositions"].items()}


def governed(lemma: str) -> str:
    """The preposition a reporting verb governs (أعرب → عن، أشاد → ب), as a key, or ""."""
    return _governed().get(key(lemma), "")


@cache
def _after_relative_only() -> frozenset[str]:
    """Lemmas (as keys) that report only after a relative: ما سماه «…» (speech_verbs.json)."""
    d = _load("speech_verbs.json", {"after_relative_only": list})
    return frozenset(key(w) for w in _strings("speech_verbs.json", "after_relative_only", d["after_relative_only"]))


RELATIVES = frozenset({"ما", "بما", "لما", "فيما", "عما", "مما", "كما", "التي", "الذي", "الذين", "من"})


def _naming(an: Analysis, i: int, info) -> bool:
    """سمى/أسمى with a plain subject names (سمتها "أوول بول"); only after a relative is it what somebody
    called a thing in their words (ما أسمته «الرواية المستحيلة»، التي سماها أوباما «عرب السنة»)."""
    return key(info.lemma) in _after_relative_only() and not (
        i > 0 and an.tokens[i - 1].key in RELATIVES)


def _via(an: Analysis, i: int, lex: Lexicon) -> bool:
    """Is the verb at i spelt like a preposition (عبر) with no عن after it in its clause (عبر بيان، عبر حسابه
    الشخصي في موقع تويتر، عبر الإنترنت)? Then it is the preposition «via»: the verb عبّر takes عن (عبر الاتحاد
    الأوروبي عن أمله، وعبّر البيان عن «…»)."""
    if an.tokens[i].key not in lex.groups["prepositions"] or i + 1 >= len(an.tokens) or not an.tokens[i + 1].is_word:
        return False
    return not _complement_follows(an, i, governed(an.tokens[i].key) or "عن")


def _counted_as(an: Analysis, i: int, lex: Lexicon, mode: str) -> bool:
    """Is the bare present at i the passive «is counted as» or «no longer», not «considers that»? For يعد
    always after لم/لا (لم يعد); never when أن/إن follows in its clause (ويعد محللون أن، ويعتبر من جهته المحلل … أن). Else,
    for mode "that" (يعد) always; for "relative" (يعتبر) right after a relative pronoun (الذي يعتبر «جوكرا»)
    or right before من (يعتبر من أبرز)."""
    t, n = an.tokens, len(an.tokens)
    if mode == "that" and i > 0 and t[i - 1].key in NEGATIONS:
        return True                     # لم تعد مطروحة بل إن …: «no longer» (but لا يعتبر أن reports)
    for k in range(i + 1, min(i + (4 if mode == "that" else 9), n)):     # (وتعد قصة نجاح دولان أكثر … أنه: too far)
        if an.masked[k] or an.sentence[k] != an.sentence[i] or t[k].raw in "،,:":
            break
        if t[k].key in SCOPE:
            return False
    if mode == "that":
        return True
    nxt = t[i + 1].key if i + 1 < n and t[i + 1].is_word else ""
    return nxt == key("من") or relative_verb(an, i, lex)


def _verbal_noun(an: Analysis, i: int, info) -> bool:
    """Is the bare past form at i the verbal noun it is spelt like, right after أنّ/إنّ (قال إن ردّ موسكو، أكد أن
    نقل السفارة)? Not after بعد أن، سبق أن, where أنْ takes a verb (بعد أن قال له)."""
    t = an.tokens[i]
    if t.key != key(info.lemma) or t.key[:1] == "ي" or i == 0 or an.tokens[i - 1].key not in AFTER_THAT:
        return False
    return not (i > 1 and an.tokens[i - 2].key in _an_with_verb())


def _opens_clause(an: Analysis, i: int) -> bool:
    """Does token i open a clause (after a sentence start, a comma or a particle such as كما، ثم، قد)? A bare
    عبر inside a clause is the preposition: أعلن مروان خوري عبر حسابه … عن حفلة."""
    if i == 0 or an.sentence[i - 1] != an.sentence[i]:
        return True
    prev = an.tokens[i - 1]
    return not prev.is_word or prev.key in ("كما", "ثم", "قد", "لقد", "فقد", "وقد", "حيث", "كذلك")


def _colon_soon(an: Analysis, i: int) -> bool:
    """Does أن/إن or a quotation follow token i at once, or a colon after its subject, within ten tokens and no
    other punctuation outside marks (وختمت أنه …، وواصل "…"، وختم كلوب: «…»، وختمت المصادر لـ «عكاظ»: «…»، وواصل فان
    بيرسي في حديث لصحيفة "صنداي تايمز" البريطانية: "…")? Not وزاد بطشهم عندما استشعروا أن …"""
    if i + 1 < len(an.tokens) and (an.tokens[i + 1].key in SCOPE or _quote_at_once(an, i + 1)):
        return True                     # وختمت أنه …، وزاد "…".: the clause or the quote at once
    seen, k = 0, i + 1
    while k < len(an.tokens) and seen < 10:     # ten tokens outside marks (a name in marks counts for none)
        t = an.tokens[k]
        if t.raw == ":":
            return True
        if not an.masked[k] and not t.is_word:
            return False
        seen += not an.masked[k]
        k += 1
    return False


def _quote_at_once(an: Analysis, k: int) -> bool:
    """Does a quotation open at token k and end its clause (وزاد "…". — not وختم "زيزو" ألقابه, a name)?"""
    if not an.masked[k]:
        return False
    start = k
    while k < len(an.tokens) and an.masked[k]:
        k += 1
    words = sum(1 for x in range(start, k) if an.tokens[x].is_word)
    return words >= 4 and (k >= len(an.tokens) or not an.tokens[k].is_word)   # (وزاد "الطين بلة": an idiom)


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
    links = link_paragraphs(an.text)     # اقرأ أيضا: another article's headline names no speaker here
    for i in (i for i, k in enumerate(an.keys) if k in lex.cue_first or k in BAYYANA):   # a cue's first words
        c = cue_at(an, i, lex)
        if c is not None and not any(a <= c.start < b for a, b in links):
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
    names = [(an.index_at(s.open_at), an.index_at(s.outer_end))
             for s in spans if s.not_quote]              # token ranges of the names and terms in marks
    for s in spans:
        if s.not_quote:
            continue
        o = an.index_at(s.open_at)                       # the opening mark's token
        close_end = s.outer_end
        c = an.index_at(close_end)                       # first token after the closing mark
        sent = an.sentence[o] if o < len(an.tokens) else -1
        link = None
        # a quote that follows the previous one with only punctuation between, across a sentence end,
        # continues it: «…». «…»
        if prev_span is not None and links and links[-1].span == prev_span:
            p_end = prev_span.outer_end
            gap = an.text[p_end:s.open_at]
            if gap and set(gap) <= GAP_CHARS and any(ch in SENTENCE_END or ch == "\n" for ch in gap):
                link = Link(s, None, None, "continuation", "continuation", len(links) - 1)
            elif gap and _list_gap(gap):                   # «…»، و«…» in one sentence: same cue and kind
                last = links[-1]
                link = Link(s, last.cue, last.cue_index, last.kind, last.rule + "+list", None)
        if link is None:
            link = (_cue_before(an, s, o, c, sent, cues, lex) or _cue_after(an, s, c, sent, cues)
                    or _cue_colon_before(an, s, o, cues) or _cue_next(an, s, o, c, sent, cues)
                    or _cue_sentence_end(an, s, c, sent, cues, names) or _cue_previous(an, s, o, c, sent, cues, lex)
                    or _carried_over(an, s, o, c, links, cues))
        if link is not None:
            links.append(link)
        prev_span = s
    return links


def _list_gap(gap: str) -> bool:
    """Only punctuation and at most one و/أو between two quotes of one sentence: «…»، «…» or «…» و«…»."""
    if not _ENDS_GAP.isdisjoint(gap):
        return False                    # (read first: the gap between two quotes may be long)
    words = [w for w in gap.replace("\u0640", "").split() if not set(w) <= GAP_CHARS]
    return not words or len(words) == 1 and words[0].strip("".join(GAP_CHARS)) in ("و", "أو", "او")


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
    # the verb's own preposition after its subject: لفت أنور قرقاش، وزير الدولة …، إلى «إشادة» الحوثي
    if between and between[-1].key == _governed().get(key(cue.lemma)) and len(between) <= 14 and not any(
            t.key in lexicon().cues for t in between):
        return True
    # a short statement that ends its sentence: … الذي أذيع يوم الأربعاء «نحن مستعدون».
    close_end = s.outer_end
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


def _opens_sentence_with_fa(an: Analysis, i: int, o: int) -> bool:
    """Does the according-to phrase at i open its sentence, its source closed by a comma and the clause after
    it opened by ف (ووفقا لهذا الخبير، فإنه …؛ وحسب المحلل دميتري أورشكين، فإن …؛ ووفقا للمركز، فقد …)? Then
    it governs the whole sentence, however many commas follow."""
    if i > 0 and an.sentence[i - 1] == an.sentence[i]:
        return False
    for k in range(i + 1, min(o, i + 12)):
        t = an.tokens[k]
        if an.masked[k]:
            return False
        if t.raw in "،,":
            nxt = an.tokens[k + 1] if k + 1 < o else None
            return nxt is not None and nxt.raw[:1] == "ف" and (nxt.key[1:] in SCOPE or nxt.key[1:] in ("قد", "ان"))
    return False


def _framed_if_short(an: Analysis, s: QuoteSpan, o: int) -> bool:
    """A span of three words or fewer far from its cue is words only right after أن/إن or بـ (a frame): وبحسب
    المجلة، فإن اللاعبين … الانتقال إلى "كامب نو" names a stadium."""
    if not _short(an, s):
        return True
    prev = an.tokens[o - 1] if o > 0 else None
    return prev is not None and (prev.key in SCOPE or prev.raw in ("بـ", "ب"))


def describes_speech(an: Analysis, i: int, lex: Lexicon) -> bool:
    """Is the verb at i, with its object pronoun, a clause describing the speech noun before it (في خطاب نقله
    التلفزيون، في بيان نشرته الوزارة)? The speech is the main verb's subject's, not the relaying outlet's."""
    t = an.tokens
    info = lex.cue(t[i].raw, t[i].key)
    if info is None or info.form != "verb" or not info.has_object or i == 0:
        return False
    before = lex.cue(t[i - 1].raw, t[i - 1].key)
    return before is not None and before.form == "noun" or t[i - 1].key in lex.documents


def _formula_between(an: Analysis, i: int, o: int, lex: Lexicon) -> bool:
    """Is what stands between the speech noun at i and the quote's mark at o a formula naming who speaks
    (قوله تعالى، قوله صلى الله عليه وسلم)?"""
    words = tuple(an.tokens[k].key for k in range(i + 1, o) if an.tokens[k].is_word)
    return any(words == w for w, _ in lex.formula_speakers)


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
    for i in cands[:2]:
        if cues[i].form == "noun" and _formula_between(an, i, o, lex):
            return Link(s, cues[i], i, _kind(an, i, o, c), "cue-noun")   # امتثالا لقوله تعالى «…»: His words
    verbs = [i for i in cands if cues[i].form in ("verb", "participle")]
    verbs = [i for i in verbs if not describes_speech(an, i, lex)] or verbs
    if verbs:
        # the nearest cue, unless it sits in a relative clause and a main-clause cue stands before it:
        # وقالت ماري …، التي ترأس المجموعة التي كتبت القواعد …، «…» — she says it, not the group that wrote
        # (the relative clause's own أن-clause is its quote: الحزب الذي يعتبر أن التسوية «تراجع وطني»)
        # and its object follows it (المجموعة التي كتبت القواعد …): a relative verb without an object of its own
        # keeps the quote (والتي أعلنت كل منها «مقاطعة»)
        main = [i for i in verbs if not relative_verb(an, i, lex)]
        own = any(an.tokens[k].key in SCOPE for k in range(verbs[0] + 1, o) if not an.masked[k])
        nxt = an.tokens[verbs[0] + 1].key if verbs[0] + 1 < o else ""
        objected = nxt.startswith("ال") and not an.masked[verbs[0] + 1]
        i = main[0] if main and relative_verb(an, verbs[0], lex) and objected and not own else verbs[0]
        if not _in_scope(an, s, i, o, cues[i]):
            return None
        return Link(s, cues[i], i, _kind(an, i, o, c), "cue-" + cues[i].form)
    # an "according to" phrase governs the clause right after it: ووفقا للكرملين، بحث الجانبان «…»، وباتت
    # قوات النظام، بحسب المرصد، تسيطر «…»; one followed by a comma and a new clause with و closes the clause
    # before it (… عدن بحسب المصادر، ويسعى … التي تقع فيها «عقبة ثرة»)
    for i in cands:
        if cues[i].form == "according" and (_clauses_between(an, i, o) <= 1 and not _new_clause_after(an, i, o)
                                            or _opens_sentence_with_fa(an, i, o) and _framed_if_short(an, s, o)):
            # ووفقا للكرملين، بحث الجانبان «…»: the quote is a fragment of the reported clause
            colon = any(an.tokens[k].raw == ":" for k in range(max(i, o - 2), o))
            return Link(s, cues[i], i, "direct" if colon else "partial", "according")
    # a speech noun close before the quote: في بيان: «…», قوله «…»
    for i in cands:
        if cues[i].form == "noun" and o - i <= 6:
            return Link(s, cues[i], i, _kind(an, i, o, c), "cue-noun")
    return None
