"""Stage 2b: the not-quote rules. A quoted span is somebody's words unless one small rule, asked in order,
finds evidence that it is a name, a term, a label or a pair of marks read one off. Each rule returns its
reason (a short phrase that goes on the span) or None; the first reason wins.

Modelled on small extractors: each rule reads one piece of context (the words before the opening mark, the
span's own words, the character after the closing mark, the paragraph) and says in one line why."""
from __future__ import annotations

from collections.abc import Callable

import regex

from .lexicon import Lexicon
from .model import QuoteSpan
from .names import NISBA, is_al, verbal_noun
from .normalize import key
from .not_quote_names import (acronym, company_name, date_word, foreign_word, known_name, known_term, latin,
                              name_after_title, names_a_body, outlet)
from .not_quote_speakers import body_subject_in_marks, speaker_in_marks, words_after
from .not_quote_layout import between_quotes, function_words_only, heading, no_words, related_link, unclosed_name
from .span_context import CLAUSE_BREAK, POSSESSIVE, SCOPE, Span, not_quote_words, possessed
from .text import tokenize

Rule = Callable[[Span], "str | None"]


_DEFINITE = regex.compile("[وف]?(?:[بك]?ال|لل)")      # the article with at most a conjunction and a preposition


def _after_name_noun(x: Span) -> str | None:
    """A name noun right before a short span: لبرنامج «…», معهد “…” (a clause after الخطة is speech)."""
    p = x.prev
    m = _DEFINITE.match(p)
    definite = m is not None and len(p) - m.end() >= 3     # والخطة، بالبرنامج; not وكالة (و + كالة)
    if definite and len(x.words) >= 2 and x.words[-2].key in SCOPE:
        return None                     # إن المرض "خطير جدا": the subject of a reported clause and its predicate
    if p and p in x.lex.name_nouns and x.n <= (2 if definite else x.lex.name_max_words) and not x.clause:
        return "name after " + p
    return None


def _after_described_name_noun(x: Span) -> str | None:
    """A definite name noun and one or two adjectives right before a short name: في البرنامج الصباحي "بريكفاست
    لايف"، الصحيفة الحكومية "غرانما". Not a word with the article (القاعدة العسكرية "المؤقتة" quotes an adjective),
    a clause (حسب الجزيرة الكورية "ليس جديا"), or the object of a cue (وصفها التلفزيون الحكومي "بقضايا …")."""
    w, ks = x.words, x.keys
    if not (x.adjacent and x.n <= 3 and len(w) >= 2 and w[-1].key.startswith("ال") and len(w[-1].key) > 4):
        return None
    j = len(w) - 2                      # one or two adjectives: الفرقاطة الحربية الجديدة «تحيا مصر»
    if j > 0 and w[j].key.startswith("ال") and len(w[j].key) > 4 and w[j].key not in x.lex.name_nouns:
        j -= 1
    noun = w[j].key
    if _DEFINITE.match(noun) is None or noun not in x.lex.name_nouns or ks[0].startswith(("ال", "بال")):
        return None
    if any(t.key in SCOPE or t.key in x.lex.cues for t in w[-6:]) or any(k in x.lex.function_words for k in ks):
        return None
    return "name after " + noun


def _after_possessed_noun(x: Span) -> str | None:
    """… with a possessive or in the dual construct: في كتابه «اللغة الفارسية», بين وفدي حزبي «…» و«…»."""
    base = possessed(x.prev)
    if x.words and x.words[-1].raw.rstrip("\u064b\u064c\u064d").endswith("ة") or \
            x.inner and x.keys[0] in x.lex.function_words:
        return None                     # مكتفيا بكتابة «لا تعليق» (كتابة is spelt like كتابه); منصبها «حتى 2020»
    if x.adjacent and base and base in x.lex.name_nouns and base not in x.lex.own_words_nouns and x.n <= 3:
        return "name after " + x.prev
    return None


def _after_naming_word(x: Span) -> str | None:
    """A naming word right before the mark: ما يسمى «…», بعنوان «…», المعروف بـ"…"."""
    p, naming = x.prev, x.lex.naming_words
    if p in not_quote_words().unless_reported and _reported_clause(x):
        return None                     # إن أردوغان تهيمن عليه «هواجس أيديولوجية»، معلقا عليها: «…»
    if p and x.n <= x.lex.name_max_words and (p in naming or p[1:] in naming):
        return "term after " + p
    w = x.words
    if len(w) >= 2 and w[-1].key in ("ب", "ل") and w[-2].key in naming:
        return "term after " + w[-2].key
    return None


def _after_title_word(x: Span) -> str | None:
    """A span right after بعنوان، عنوانها (تحت عنوان «مذكرات أينشتاين عن رحلاته إلى آسيا …»، كان عنوانها «فلسطين
    المحررة قبل فلسطين الإسلامية») is the title of a work, a column or a talk, however long: nobody's words here."""
    words = not_quote_words()
    return "title after " + x.prev if x.prev in words.title_words and x.n <= words.title_max_words else None


EVENT_NOUNS = frozenset(key(w) for w in ("ندوة", "مؤتمر", "ورشة", "محاضرة", "ملتقى", "منتدى", "حلقة", "جلسة", "دورة",
                                         "ورشات", "ندوات", "محاضرات"))


def _event_topic(x: Span) -> str | None:
    """ندوة مشتركة مع الرابطة …، حول «…»: what an event (ندوة، مؤتمر، ورشة، محاضرة) is about, its title, when حول
    stands right before the mark and the event noun in the fourteen words before it, in its sentence."""
    w = x.words
    if not (w and w[-1].key == key("حول") and w[-1].end >= x.s.open_at - 2):
        return None
    near = [t for t in tokenize(x.text, max(x.lo, x.s.open_at - 160), w[-1].start)]
    near = [t.key.lstrip("وفب") for t in near[next((n + 1 for n in range(len(near) - 1, -1, -1)
                                                   if near[n].raw in ".!?؟:\n"), 0):] if t.is_word]
    return "topic of an event" if any(k.removeprefix("ال") in EVENT_NOUNS for k in near[-14:]) else None


def _reported_clause(x: Span) -> bool:
    """Is the span after a colon (معلقا عليها: «…»), or in a clause that أن/إن opens with no naming verb in it
    (قال إن أردوغان تهيمن عليه «…»; not لافتات كتب عليها «…»، ما أطلق عليه «…»)?"""
    if x.before and x.before[-1].raw == ":":
        return True
    for t in reversed(x.before[:-1]):
        if not t.is_word and t.raw in CLAUSE_BREAK or t.key in not_quote_words().naming_verbs:
            return False
        if t.key in SCOPE:
            return True
    return False


def _naming_frame(x: Span) -> str | None:
    """بـ«…» completing a naming verb a few words back in its clause: تعرف في الوسط الطبي بـ"علامة فرانك",
    عرفت في ما بعد بـ"تظاهرة المثقفين" (not وصفه بـ«…»: describing is not naming)."""
    if x.n > x.lex.name_max_words or not x.before or x.before[-1].key not in ("ب",) \
            or x.before[-1].end < x.s.open_at - 1:
        return None
    for t in reversed(x.before[-1 - not_quote_words().naming_reach:-1]):
        if not t.is_word and t.raw in CLAUSE_BREAK or t.key in x.lex.cues:
            return None
        if t.key in not_quote_words().naming_verbs:
            return "term after " + t.key
    return None


def _source_after_according(x: Span) -> str | None:
    """The span is the source of an according-to phrase: بحسب «رويترز», وفق ما نقلت "سكاي نيوز", ونقلت
    "فرانس برس" عن …: a source in marks, not its words."""
    w = x.words
    if not w or x.n > x.lex.name_max_words or x.prev == "":
        return None
    info = x.lex.cues.get(w[-1].key)
    if info is not None and info.form == "according":
        return "source after " + w[-1].key
    if info is None or info.form != "verb" or info.has_object:
        return None                     # ما وصفه «…», ما تعتبره «…»: the object of a describing verb is a quote
    if len(w) >= 2 and w[-2].key in ("حسبما", "وفقما", "بحسبما") or len(w) >= 3 and w[-2].key == "ما" and \
            (x.lex.cues.get(w[-3].key) is not None and x.lex.cues[w[-3].key].form == "according"):
        return "source after " + w[-1].key
    if info.relay and key(x.text[x.s.end:x.s.end + 8]).strip(" \"'»”").startswith("عن "):
        return "source after " + w[-1].key
    return None


def _label_before_colon(x: Span) -> str | None:
    """A short span right before a colon labels what follows: قال «المسؤول اليمني»: «…», يقول منير خان
    «محام بشركة …»: «…». A quotation ends its clause; it does not introduce one, unless a colon or a
    reported clause brought it in (وصفها بأنها كانت "مثالية": …, قال تعالى: «…»: …)."""
    if x.n > not_quote_words().label_max_words or x.after(1) != ":":
        return None
    if x.before and x.before[-1].raw == ":" or any(t.key in SCOPE for t in x.words[-4:]):
        return None
    return "label before colon"


def _work_before_verb(x: Span) -> str | None:
    """A title after في right before a reporting verb is the work the speaker writes in: فالزمخشري في
    «الكشاف» يقول …، كتب في «سنديانة الشعر» …"""
    if not (x.adjacent and x.prev in ("في", "وفي") and x.n <= x.lex.name_max_words):
        return None
    end = x.s.outer_end
    nxt = tokenize(x.text, end, min(x.hi, end + 16))[:1]
    info = x.lex.cues.get(nxt[0].key) if nxt else None
    if info is None or info.form != "verb" or nxt[0].raw[:1] in "وف":
        return None                     # في «الرقابة التنفيذية». وأوضحت: a new sentence, not the title's verb
    return "title of a work"


def _attribution_inside(x: Span) -> str | None:
    """The span opens with an attribution that follows a quote (حسب تعبيره، وفق تأكيده، على حد قوله): the mark
    before it closed a quote and the span is the narrative between two quotes."""
    ks = x.keys
    for head in not_quote_words().after_heads:
        n = len(head)
        if len(ks) > n and ks[:n] == head and ks[n].endswith(POSSESSIVE) and len(ks[n]) > 3:
            return "marks paired one off"
    return None


def _closing_position(x: Span) -> str | None:
    """The span ends with a bare و/أو (… و"الوتر المشدود") and its opening mark stands where a quote closes
    (glued to the word before it, or alone between spaces): the marks were paired one off."""
    if not x.inner or x.inner[-1].key not in ("و", "او"):
        return None
    before = x.text[x.s.open_at - 1:x.s.open_at] if x.s.open_at > 0 else " "
    after = x.text[x.s.open_at + 1:x.s.open_at + 2]
    glued = before.isalpha() or before in ".،,"
    alone = before.isspace() and after.isspace()
    return "marks paired one off" if glued or alone else None


def _reused_opening(x: Span) -> str | None:
    """The span holds its own opening mark and not its closer, and what stands before that mark is a name-short
    phrase (« ريد أوليندر « وكذلك الفرس « وين دوفز كراي «): one mark was used to open and to close names; the
    pairing is off. A sentence before the reused mark (“ إن هذه الجمعية … “) is still a quote."""
    closers = x.lex.pairs.get(x.s.open_mark, ())
    inner = x.text[x.s.start:x.s.end]
    at = inner.find(x.s.open_mark)
    if at < 0 or not closers:
        return None
    closed = min((i for i in (inner.find(c) for c in closers if c != x.s.open_mark) if i >= 0), default=len(inner))
    first = [w for w in tokenize(inner[:at]) if w.is_word]
    if len(first) <= 3 and inner.count(x.s.open_mark, 0, closed) >= 2:
        return "marks paired one off"
    # one opening mark used as a closer, glued to the word before it: تنظيم «داعش « من جهة اخرى …
    glued = at > 0 and inner[at - 1].isalnum() or at > 1 and inner[at - 1] == " " and inner[at - 2].isalnum()
    after = inner[at + 1:at + 2]
    if len(first) <= 3 and closed == len(inner) and glued and (after == "" or after.isspace()):
        return "marks paired one off"
    return None


def _alias_after_body(x: Span) -> str | None:
    """A short proper name right after a body's full name is its other name: وزارة الدفاع الأميركية "بنتاغون"،
    وكالة الفضاء الروسية "روسكوسموس"، من الشرطة الأوروبية "يوروبول". The head (وزارة، وكالة، معهد; or الـhead
    after a preposition) and at most three definite words before the mark, or a definite head and its nisbas
    (البنك السعودي البريطاني "ساب"); not when a cue or أن/إن stands right before the body (وقالت وزارة الخارجية
    الأميركية "نحن قلقون": the body speaks) unless a clause or عن follows the name, past a day between commas
    (أعلن البنك … "ساب"، الخميس، عن), nor after an according-to (بحسب وكالة الأنباء الأردنية "بترا" names it)."""
    w, lex = x.words, x.lex
    if not (x.adjacent and 1 <= x.n <= 3) or x.clause or x.keys[0].startswith("ال") or \
            any(k in lex.function_words or k.endswith("يه") for k in x.keys):
        return None                     # علاقة اللجنة بأمانة المنطقة الشرقية «لوجستية»: a nisba is a predicate
    if w and w[-1].raw in ("ب", "بـ", "في"):            # إدارة التوعية الإسلامية ب"تعليم الرياض": the body at X
        if any((c := lex.cues.get(t.key)) is not None and c.object_first for t in w[-8:]):
            return None                 # ووصف … وزارة الخارجية بـ«…»: what it was called
        w = w[:-1]
    j = len(w) - 1
    while j >= 0 and len(w) - j <= 3 and w[j].key.startswith("ال") and w[j].key not in lex.function_words:
        j -= 1
    if j < 0 or j == len(w) - 1:
        return None                     # no definite word before the mark
    if w[j].key in lex.groups["prepositions"] and w[j].key.lstrip("وف") not in (key("عن"), key("على")) \
            and j + 1 < len(w) - 1 and w[j + 1].key[2:] in lex.org_heads and not _clause_after(x) and x.n <= 2 \
            and not any(is_al(k) for k in x.keys) and not _verb_first(x):
        return "name after " + w[j + 1].key   # من الشرطة الأوروبية "يوروبول" (not عن/على: words follow)
    definite = w is x.words and j + 1 < len(w) - 1 and w[j + 1].key[2:] in lex.org_heads and x.n <= 2 and \
        all(_nisba(t.key) for t in w[j + 2:]) and not _verb_first(x) and not x.inner[-1].raw.endswith("ة")
    j += definite                       # البنك السعودي البريطاني "ساب": a definite head and its nisbas
    head = w[j].key
    if not definite and (head not in lex.org_heads and head not in lex.name_starters or head.startswith("ال")):
        return None                     # a body (وزارة، وكالة، معهد), not a region or an operation
    speaks = j > 0 and (w[j - 1].key in SCOPE or (c := lex.cues.get(w[j - 1].key)) is not None and c.form != "according")
    nxt = words_after(x)
    if speaks and not _clause_after(x) and not (nxt and nxt[0].key in not_quote_words().after_subject):
        return None                     # وقالت وزارة الخارجية الأميركية "نحن قلقون": the body speaks (but أعلنت
                                        # وكالة التصنيف الائتماني "ستاندارد آند بورز" أنها: the clause follows its name;
                                        # حسب وكالة الأنباء الأردنية "بترا": the source of an according-to names it)
    if lex.marks_re.search(x.text, w[j].start, x.s.open_at):
        return None
    return "name after " + head


def _verb_first(x: Span) -> bool:
    """Does the span open with a verb or a verbal noun (يديرون الحرب، خضع لشروط، احترام حق التظاهر)?"""
    k = x.keys[0]
    return k[:1] in "يت" and k.endswith(("ون", "ان")) or k in x.lex.common_verbs or k in x.lex.cues \
        or verbal_noun(k)              # طالبت من الشرطة "احترام …": a verbal noun opens the demand


def _clause_after(x: Span) -> bool:
    """Does a clause open right after the closing mark (أنها، أنه، لن)? Then the span was the verb's subject, a
    name (أعلنت وكالة التصنيف الائتماني "ستاندارد آند بورز" أنها خفضت)."""
    nxt = x.after(8).split()
    return bool(nxt) and key(nxt[0]) in not_quote_words().clause_particles


def _work_by_author(x: Span) -> str | None:
    """A title followed by its author: نص "ليلة شتا" للشاعر يوسف البلوشي، «…» للكاتب …، مسلسل «…» للمخرج …
    (not the span of a cue: قال «…» للصحفيين names whom he said it to, not an author)."""
    if x.n > x.lex.name_max_words or x.s.close_at is None:
        return None
    nxt = [t for t in tokenize(x.text, x.s.close_at + 1, min(x.hi, x.s.close_at + 24))][:1]
    return "title of a work" if nxt and nxt[0].key in not_quote_words().author_nouns else None


def _announced_thing(x: Span) -> str | None:
    """أعلن … عن «حفلة غنائية كبيرة»: a short span after عن in a clause of announcing names what is announced
    (an event, a product, a plan), not words."""
    if x.prev != "عن" or x.n > 3:
        return None
    verbs = not_quote_words().announce_verbs
    for t in reversed(x.before[:-1]):
        if t.raw in CLAUSE_BREAK:
            return None
        if t.key in verbs:
            return "announced thing"
    return None


def _after_to(x: Span) -> str | None:
    """Right after لـ: an outlet or a body spoken to (قال لـ"السومرية نيوز", وأضاف لـ«الرياض»)."""
    w = x.words
    if w and w[-1].raw in ("لـ", "ل", "ولـ") and w[-1].end >= x.s.open_at - 1 and x.n <= x.lex.name_max_words:
        return "name after لـ"
    return None


def _after_article(x: Span) -> str | None:
    """Right after the article written apart (الـ«فاو»، مدرب الـ«سيتيزينس»، الـ"بلاي أوف"): a name or a term; not
    after بالـ, a describing verb's complement (وصفهم بالـ"خونة")."""
    w = x.words
    if w and w[-1].raw.rstrip("\u0640") in ("ال", "وال") and w[-1].raw.endswith("\u0640") \
            and w[-1].end >= x.s.open_at - 1 and x.n <= x.lex.name_max_words:
        return "name after الـ"
    return None


def _name_before_clause(x: Span) -> str | None:
    """A short span right after a preposition (في، عن، من) with a clause right after it is a place or a source
    named in marks, not words (أعلن مكتب التحقيقات الفيدرالي في "سان أنتونيو" بأن، ونقلت الوكالة عن "مصدر أمني"
    أن)."""
    groups, w = x.lex.groups, x.words
    reported = any(t.key in SCOPE or t.key in x.lex.cues and not x.lex.cues[t.key].relay for t in w[:-1])
    # (… أنه من "المأسوي" أن، عبر الوزير عن "الأمل" بأن: his word, inside what he said)
    if (x.prev in groups["prepositions"] or x.prev in groups["title_links"]) and x.prev[:1] != "ب" and x.adjacent \
            and x.n <= 3 and not x.clause and not reported and _clause_after(x):
        return "name before a clause"
    return None


def _after_with(x: Span) -> str | None:
    """A short span after an interview with (في حوار مع "الصباح الرياضي"، مقابلة مع "ذي صن"): the outlet. The
    interview noun stands right before مع or one word before it (في اتصال هاتفي مع "بوليتيكا")."""
    w, nouns = x.words, not_quote_words().interview_nouns
    if not (len(w) >= 2 and x.n <= 3 and w[-1].key == "مع" and w[-1].end >= x.s.open_at - 2):
        return None
    for n in w[-2:-4:-1]:               # في حوار مع «…»، في اتصال هاتفي مع «…» (one adjective between)
        if n.key.removeprefix("ال") in nouns:
            return "name after " + n.key + " مع"
    return None


WITH_OR_ON = frozenset(key(w) for w in ("مع", "على", "عن", "من", "إلى", "مثل", "بين"))


def _name_before_title(x: Span) -> str | None:
    """ومع "إدواردو" لاعب الوسط الذي …: a name of one to three words, after no reporting word, whose title
    follows it in apposition right after the closing mark: a person named, not his words."""
    w = x.words
    if not (1 <= x.n <= 3 and w and x.adjacent) or x.lex.cues.get(w[-1].key) is not None \
            or any(k in x.lex.function_words for k in x.keys) or x.prev.lstrip("وف") not in WITH_OR_ON:
        return None                     # (وصفه بأنه "خائن" رئيس الحزب: a description, after بأنه)
    end = x.s.outer_end
    nxt = [t for t in tokenize(x.text, end, min(x.hi, end + 30)) if t.is_word][:1]
    if nxt and tokenize(x.text, end, nxt[0].start) == [] and x.lex.title_heads.get(nxt[0].key) is not None \
            and nxt[0].key.removeprefix("ال") == x.lex.title_heads[nxt[0].key]:
        return "name before its title"
    return None


def _subject_before_complement(x: Span) -> str | None:
    """A span between a reporting verb and إلى right after it is the verb's subject or object, not its words:
    ودعت "لجنة النضال من أجل الهوية اليونانية لمقدونيا" إلى مظاهرة، واشارت "فيتش رايتنغ" الى وجود مخاطر."""
    w = x.words
    if not (x.adjacent and w and x.prev and x.n <= x.lex.name_max_words + 1) or x.clause:
        return None
    info = x.lex.cues.get(w[-1].key)
    if info is None or info.form != "verb" or info.has_object:
        return None
    end = x.s.outer_end
    nxt = tokenize(x.text, end, min(x.hi, end + 24))[:2]
    if nxt and nxt[0].key == "الي" and not (len(nxt) > 1 and nxt[1].key in SCOPE):
        return "speaker in marks"         # right after the mark: not «…»، على الرغم / «…» على الاتفاق
    return None


def _reference(x: Span) -> str | None:
    """A word or two and a number: a reference or a model (a sura and its verse «المؤمنون 78»، «خليجي 23»، "نوت 9")."""
    inner = x.inner
    if 2 <= len(inner) <= 3 and inner[-1].raw.isdigit() and not any(t.raw.isdigit() for t in inner[:-1]) \
            and inner[0].key not in x.lex.function_words:       # not «حتى 2020»
        return "reference"
    return None


def _starts_with_name_noun(x: Span) -> str | None:
    """A short span that starts with a name noun is a name: «جمهورية شمال قبرص التركية», "شركة أرامكو", and
    with a preposition (بشركة «…»، "للجمعية التونسية لعلوم الزكاة"); with the article, only when a
    nisba or a genitive with the article names which one («الشبكة الآشورية لحقوق الإنسان», "الجماعة
    الإسلامية"; "المركز الأول" is a phrase)."""
    return "name" if 2 <= x.n <= x.lex.name_max_words and not x.framed and names_a_body(x) else None


def _formula(x: Span) -> str | None:
    """A religious formula in marks: «حفظه الله»، «عز وجل»، «صلى الله عليه وسلم»."""
    ks = x.keys
    if 2 <= x.n <= 4 and ((ks[0], ks[1]) in x.lex.honorifics
                          or any(ks[:len(f)] == f for f, _ in x.lex.formula_speakers)):
        return "formula"
    return None


def _person_name(x: Span) -> str | None:
    """A person's full name in marks: «علي عبدالله صالح»: given names and particles, then one family name."""
    if not 2 <= x.n <= 4:
        return None
    given = [k in x.lex.native_given or k in x.lex.particles for k in x.keys]
    if all(given[:-1]) and sum(given) >= 2 and any(k in x.lex.native_given for k in x.keys):
        return "person name"
    return None


def _after_person_noun(x: Span) -> str | None:
    """A person's name or nickname after a person noun: الطفلة “وديمة”."""
    return "name after " + x.prev if x.prev and x.prev in x.lex.person_nouns and x.n <= 2 else None


def _after_title(x: Span) -> str | None:
    """The name of a person or body right after its title or body noun: مدير فيورنتينا "فينتشنزو جويريني"،
    العقيد "عائض البقمي" (a cue after the noun makes it speech; after أن the noun is the subject of the
    reported clause: أن الاتحاد "سيفتح نقاشا")."""
    w, lex = x.words, x.lex
    if not (x.adjacent and x.n <= 3) or x.clause or any(t.key in SCOPE or t.key in lex.cues for t in w[-1:]):
        return None
    head = w[-1]
    if len(w) >= 2 and not w[-1].key.startswith("ال") and w[-1].key not in lex.function_words \
            and len(w[-1].key) > 1:         # not the بـ of هما «نفس المنظمة» بـ«نفس الهيكل»
        if w[-2].key in lex.title_heads or w[-2].key in lex.org_heads:
            head = w[-2]            # مدير فيورنتينا "…": the head and the body's own name
    elif len(w) >= 2 and _nisba(w[-1].key) and w[-2].key.startswith("ال") and w[-2].key in lex.title_heads:
        if x.keys[0].startswith("ال") or any(t.key in SCOPE or t.key[1:] in SCOPE for t in w[-5:]):
            return None                 # فإن الرئيس الفرنسي «تمنى»: the subject of a reported clause
        return "name after " + w[-2].key    # الممثل الأمريكي "مايك رو"
    if (h := _head_before_adjectives(w, lex)) is not None:
        return "name after " + h            # لكن رئيس الوزراء اليوناني "أليكسيس تسيبراس" قال
    k = w.index(head)
    if head.key.startswith("ال") and k > 0 and w[k - 1].key.startswith("ال") and w[k - 1].end >= head.start - 1:
        return None                     # في الانتخابات البلدية "قرار غير مفهوم": an adjective, not a body
    if (head.key in lex.title_heads or head.key in lex.org_heads) and head.raw[:1] not in "بل" \
            and not any(t.key in SCOPE for t in w[-4:]) and not lex.marks_re.search(x.text, head.end, x.s.open_at):
        return "name after " + head.key
    return None


def _head_before_adjectives(w: list, lex: Lexicon) -> str | None:
    """A title head without the article (no preposition spelt so: أمام) and two or three ال-words after it, the
    last a nationality (رئيس الوزراء اليوناني), right before the span; no cue before the head, which would make
    the span its speech."""
    run = next((n for n in (3, 2) if len(w) > n and all(is_al(t.key) for t in w[-n:])), 0)
    head = w[-1 - run] if run and lex.country_of(w[-1].key) is not None else None
    ok = head is not None and head.key in lex.title_heads and not is_al(head.key) and head.key not in lex.function_words
    return head.key if ok and not (len(w) > run + 1 and w[-2 - run].key in lex.cues) else None


def _nisba(k: str) -> bool:
    """A definite nisba adjective (الأمريكي، التونسية)."""
    return k.startswith("ال") and len(k) > 5 and k.endswith(NISBA)


RULES: tuple[Rule, ...] = (
    no_words, between_quotes, unclosed_name, function_words_only, acronym, outlet, known_term, latin, known_name, date_word,
    _attribution_inside, _closing_position, _reused_opening,
    _announced_thing, _after_title_word,
    _after_name_noun, _after_described_name_noun, _after_possessed_noun, _after_naming_word, _event_topic, _naming_frame,
    _source_after_according,
    _after_to, _after_article, _name_before_clause, _after_with, _label_before_colon, speaker_in_marks, body_subject_in_marks, _name_before_title,
    _subject_before_complement, _reference, _work_before_verb, _work_by_author, _starts_with_name_noun,
    _formula, _person_name, _after_person_noun, _after_title, name_after_title, _alias_after_body, foreign_word,
    company_name, related_link, heading,
)


def not_quote_reason(text: str, s: QuoteSpan, lo: int, hi: int, n_in_paragraph: int, lex: Lexicon,
                     span_key: str | None = None) -> str | None:
    """Why a quoted span is a name, a term, a label or a heading, not somebody's words (None when it may be
    a quote): the reason of the first rule of RULES that finds one. span_key is key() of the span's text,
    when the caller has it already."""
    if span_key is None:
        span_key = key(text[s.start:s.end])
    before = tuple(tokenize(text, max(lo, s.open_at - 60), s.open_at))
    inner = tuple(t for t in tokenize(text, s.start, s.end) if t.is_word)
    x = Span(text, s, lo, hi, n_in_paragraph, lex, tuple(t for t in before if t.is_word), before,
             inner, span_key.strip(".،,:!؟?"))
    for rule in RULES:
        why = rule(x)
        if why is not None:
            return why
    return None
