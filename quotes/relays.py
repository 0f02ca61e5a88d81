"""The source a relay names: after its subject (نقلت صحيفة «الوطن» عن مصادر مطلعة، نقلا عن X، على لسان X) —
`relayed` — or at the end of the report's sentence, past the quote (… وذلك نقلا عن مصدر روسي مطلع) —
`trailing_source`. The sieves (sieves.py) call both."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Mention
from .name_words import ON
from .names import is_al, token_key
from .normalize import key

if TYPE_CHECKING:
    from .subjects import Subjects

QUOTING = frozenset(key(w) for w in ("نقلا", "ونقلا"))          # نقلا عن X: quoting X
ABOUT = frozenset(key(w) for w in ("عن", "وعن"))
WHILE = frozenset(key(w) for w in ("فيما", "بينما", "وفيما", "وبينما"))     # فيما ذكر التلفزيون: another clause
TONGUE = key("لسان")


TO = key("إلى")
ATTRIBUTE = key("نسب")


def source_before_noun(s: Subjects, k: int) -> bool:
    """Does token k bring in whose words a speech noun gives: عن (نقلت رويترز عن الوزير قوله) or إلى after a verb
    of attributing (ونسبت هيئة الإذاعة البريطانية إلى ابنته لوسي هوكينغ قولها)?"""
    t = s.an.tokens
    if t[k].key in ABOUT:
        return True
    return t[k].key == TO and any(t[x].key.lstrip("وف").startswith(ATTRIBUTE)
                                  for x in range(max(s.an.sentence_start(k), k - 8), k))


def relayed(s: Subjects, k: int, relay: bool) -> tuple[Mention | None, int]:
    """The source a relay names after its subject, from token k: عن X after a relay verb (نقلت صحيفة
    «الوطن» أمس عن مصادر مطلعة), نقلا عن X or على لسان X after any verb (قالت المؤسسة نقلا عن ممثل
    لبورتمان). A quoted name on the way is stepped over; a source in quotation marks is read as written
    (عن "مصدر مسؤول"). (None, k) when there is none within the clause."""
    t, an = s.an.tokens, s.an
    sent = an.sentence[k - 1] if k > 0 else 0
    j = k
    while j < min(k + 12, len(t)) and an.sentence[j] == sent:
        if j in s.p.extents:
            j = s.p.extents[j]           # صحيفة «الوطن»
            continue
        if t[j].raw == "(":                 # وكالة الأنباء السعودية (واس)
            close = s.p.short_brackets_end(j)
            if close is not None:
                j = close + 1
                continue
        if an.masked[j] or j in s.cues and s.cues[j].form == "verb":
            break                           # the quote itself, or another clause's verb
        kj, prev = t[j].key, t[j - 1].key if j else ""
        if relay and j == k and _speech_noun_of(s, j):
            m = s.p.mention(j + 1)       # ونقلت وكالة «رويترز» قول وزير الدفاع الأميركي: his words
            if m is not None and m.kind in ("person", "title", "anonymous"):
                return m, j + 1
        if kj in ABOUT and (relay or prev in QUOTING) or kj == TONGUE and prev == ON:
            src = j + 1
            if src < len(t) and t[src].key.startswith(TONGUE) and t[src].raw.endswith(("ه", "ها", "هم")):
                return None, k              # نقل عن لسانه: words put in his mouth, no source named
            if src < len(t) and not t[src].is_word and an.masked[src]:
                # عن "مصدر مسؤول": the source written in quotation marks
                inner = []
                for x in range(src + 1, min(src + 8, len(t))):
                    if not t[x].is_word:
                        break
                    inner.append(x)
                if inner and t[inner[0]].key in s.lex.anonymous:
                    a, b = t[inner[0]].start, t[inner[-1]].end
                    e = inner[-1] + 2               # … and the body it speaks for: "مصدر مسؤول" في وزارة الخارجية
                    if e + 1 < len(t) and t[e].key in ("في", "ب", "من", "لدي") and s.p.word(e + 1):
                        f = e + 1 + (s.p.org_at(e + 1) or 1)
                        while s.p.word(f) and is_al(t[f].key) and not s.p.function(t[f].key) and f - e <= 5:
                            f += 1
                        b = t[f - 1].end
                    text = an.text[a:b]
                    name = " ".join(s.lex.marks_re.sub("", text).split())
                    return Mention(a, b, text, name, None, "anonymous"), src
                return None, k
            return _source_at(s, src), src
        j += 1
    return None, k

def _source_at(s: Subjects, i: int) -> Mention | None:
    """The source named at token i after عن: a mention, a lone word before «his words» (عن الفالح قوله), a definite
    unnamed source (عن المسؤول التركي قوله) or a source read up to its speech noun."""
    return s.p.mention(i) or _said_by(s, i) or s.p.definite_source(i) or s.p.source_before_words(i)


def _speech_noun_of(s: Subjects, j: int) -> bool:
    """Is token j a speech noun in construct with who spoke (قول، تصريحات، كلام; not قوله)?"""
    t = s.an.tokens
    info = s.lex.cue(t[j].raw, t[j].key)
    return info is not None and info.form == "noun" and not t[j].raw.endswith(("ه", "ها", "هم")) \
        and s.p.word(j + 1)

def _said_by(s: Subjects, i: int) -> Mention | None:
    """عن الفالح قوله: a lone word before a speech noun that owns the words is the one who said them, even
    a surname the name reader does not know."""
    t = s.an.tokens
    own = i + 1 < len(t) and s.lex.cues.get(t[i + 1].key)
    if not s.p.word(i) or s.p.function(t[i].key) or not own or own.form != "noun" \
            or not t[i + 1].key.endswith(("ه", "ها")):
        return None
    return Mention(t[i].start, t[i].end, t[i].raw, t[i].raw, None, "person")


def document_source(s: Subjects, j: int) -> tuple[Mention | None, int]:
    """وينص الاتفاق وفق المصدر الرسمي على «…»: an according-to phrase right after a document that is the verb's
    subject names who gives its words (the source, not the document, is the speaker). (None, j) when none."""
    t = s.an.tokens
    if j not in s.cues or s.cues[j].form != "according" or key(s.cues[j].text).endswith(("ه", "ها", "هم")):
        return None, j
    k = s.an.index_at(s.cues[j].end)
    m = s.p.definite_source(k) or _source_at(s, k) if k < len(t) and s.p.word(k) else None   # (المصدر الرسمي: a source)
    return (m, k) if m is not None and m.kind in ("person", "title", "anonymous", "organisation") else (None, j)


def trailing_source(s: Subjects, j: int) -> tuple[Mention | None, int]:
    """وذلك نقلا عن مصدر روسي مطلع: the source a body's report names at the end of its sentence, past the quote
    (أفادت وكالة انترفاكس أن الطائرة قامت «باستفزاز» … وذلك نقلا عن مصدر روسي). (None, j) when there is none."""
    t, an = s.an.tokens, s.an
    sent = an.sentence[j] if j < len(t) else -1
    while j + 2 < len(t) and an.sentence[j] == sent and not (j in s.cues and s.cues[j].form == "verb") \
            and t[j].key not in WHILE:
        if not an.masked[j] and t[j].key in QUOTING and t[j + 1].key in ABOUT:
            m = _source_at(s, j + 2)
            return (m, j + 2) if m is not None and m.kind in ("person", "title", "anonymous", "organisation") else (None, j)
        j += 1
    return None, j


def prefixed_name(s: Subjects, j: int) -> Mention | None:
    """وفقا لراضي، وفقا لماكرون، وفقا لمصادر: the ل (or ب) of the according-to phrase glued to a name the article
    gives (a word of a cast person's name, or a registry person's): the word without it; or to an unnamed
    source's head: that source's phrase. None otherwise."""
    t = s.an.tokens
    if j >= len(t) or not s.p.word(j) or t[j].key[:1] not in "لب" or len(t[j].key) < 4:
        return None
    rest = t[j].key[1:]
    if rest in s.lex.anonymous:
        return s.p.mention(j, allow_prefix=True)    # وفقا لمصادر …: the unnamed source's reader takes the ل
    if not s.cast.by_key.get(token_key(rest, s.lex)) and rest not in s.lex.known_people:
        return None
    return Mention(t[j].start + 1, t[j].end, t[j].raw[1:], t[j].raw[1:], None, "person")
