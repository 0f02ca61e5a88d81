"""Where the subject after a reporting verb starts: past whom the speaker told (وقال لرويترز وزير …), a time
phrase or adverb (وقال، يوم الأحد، وزير …) and «so-called» (أعلن ما يسمى المجلس الوطني السوري); and which
earlier cues of a sentence do not name its speaker (a relative clause's own subject, the one who asked)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .date_expressions import expressions
from .link import NOUN_RELATIVES, relative_verb
from .name_words import AMMA, FROM
from .model import Mention
from .names import bare, is_al, token_key, verb_stem
from .normalize import key
from .text import DASHES

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .cast import Speaker
    from .model import Cue
    from .text import Analysis
    from .sieve_base import Ctx, Found
    from .subjects import Subjects


ORDINALS = frozenset(key(w) for w in ("أول", "ثاني", "ثالث", "آخر", "أولى", "ثانية"))    # أول رئيس للجنة
TIME_OPENERS = frozenset(key(w) for w in ("منذ", "ومنذ", "في", "وفي", "خلال", "وخلال"))   # ومنذ حزيران يرفض
IN_TURN = frozenset(key(w) for w in ("بدوره", "بدورها", "بدورهم"))                      # بدوره، قال: «in his turn»


def opening_aside(an: Analysis, j: int, ci: int) -> int:
    """Past «for his part» (من جانبه، من جهتها) that opens the sentence, and its comma if there is one: the token
    after them, before ci; j when the sentence opens otherwise (من جانبه عبر … فاران …، إذ قال)."""
    t = an.tokens
    k = j + 2 if j + 1 < ci and t[j].key.lstrip("وف") == FROM and t[j + 1].key in OWN_SIDE else j
    k = j + 1 if k == j and t[j].key.lstrip("وف") in IN_TURN else k     # بدوره، تجنب يعالون …: «in his turn»
    k += k < ci and k > j and t[k].raw in "،,"
    return k if k + 1 < ci else j


WHILE = key("فيما")
ABOUT_VERBS = frozenset(key(w) for w in ("يتعلق", "يخص", "يتصل", "يلي"))     # فيما يتعلق بـ: «as for», a phrase
HOWEVER = key("غير")


def opening_conjunction(an: Analysis, lex: Lexicon, j: int, ci: int) -> int:
    """Past a conjunction that opens the sentence before its verb (فيما يعتقد واترلوس، …: «while», not «as for»
    of فيما يتعلق بـ) or before its subject (غير أن خطيبته قللت): the token after it; j when there is none."""
    t = an.tokens
    k = t[j].key.removeprefix("و")
    if j + 2 < ci and k == WHILE and t[j + 1].key not in ABOUT_VERBS and (
            t[j + 1].key[:1] in "يت" or t[j + 1].key in lex.common_verbs or t[j + 1].key in lex.cues):
        return j + 1
    if j + 2 < ci and k == HOWEVER and t[j + 1].key in lex.groups["that_forms"]:
        return j + 2
    return j


def opening_note(an: Analysis, lex: Lexicon, j: int, ci: int) -> int:
    """Past «it is noted that» (ويذكر أن، يشار إلى أنه، والجدير بالذكر أن) opening a background sentence: the token
    after its أن, where the clause starts (ويذكر أنه في مارس الماضي، أرسلت كلينتون …); j when it opens otherwise."""
    t = an.tokens
    if t[j].key not in lex.groups["note_openers"]:
        return j
    k = next((k for k in range(j + 1, min(j + 4, ci)) if t[k].key in lex.groups["that_forms"]), ci)
    return k + 1 if k + 2 < ci else j


def opening_time(an: Analysis, lex: Lexicon, j: int, ci: int) -> int:
    """Past a time put before the sentence's verb with no comma (ومنذ حزيران/يونيو يرفض الوزير، والسبت قال،
    وفي عام 2016 أعلن): the token after it, before ci; j when the sentence opens with none."""
    t = an.tokens
    k = j + 1 if t[j].key in TIME_OPENERS else j
    if k + 1 >= ci:
        return j
    end = k
    if t[k].key in lex.date_first or t[k].key.isdecimal():
        when = [e for e in expressions(an, k, min(k + 8, ci), lex, said=True) if e.first == k]
        end = when[0].last + 1 if when else k
    while end + 1 < ci and (t[end].key in lex.months or t[end].raw == "/" and end > k):
        end += 1                        # حزيران/يونيو: a month in two calendars, no year
    if end == k and t[k].key in lex.groups["year_words"] and t[k + 1].key.isdecimal():
        end = k + 2                     # وفي عام 2016
    return end if k < end < ci else j


def told_end(c: Ctx, i: int) -> int:
    """End of whom the speaker told, written right after the verb: لـ and an outlet in marks (لـ"الاقتصادية"،
    لـ«عكاظ»), an outlet glued to ل (لرويترز، لسكاي نيوز عربية) or an audience (للصحفيين); i when none is."""
    s, t = c.s, c.s.an.tokens
    if i + 1 < len(t) and t[i].key.rstrip("ـ") == "ل" and i + 1 in s.p.extents:
        return s.p.extents[i + 1]
    if not s.p.word(i):
        return i
    if t[i].key in s.lex.groups["audiences"] and t[i].key.startswith("لل"):
        return i + 1
    n = s.p.org_at(i)
    return i + n if n and t[i].key[:1] == "ل" and t[i].key in s.lex.outlets_any else i


def _titled_or_named(c: Ctx, j: int) -> bool:
    """Does a title, a body, an unnamed source or the name of a person the article knows start at token j (رد عليه
    النادي الباريسي، قالت عنه الشرطة; not يتساءل فيه عما، قال عنه نصا)?"""
    if c.s.p.title_head(j) is not None:
        return True
    m = c.s.p.mention(j)
    return m is not None and (m.kind == "person" and c.s._known(m, j) is not None or m.kind in ("organisation",
                                                                                              "anonymous")
                              and not c.cue.object_first)   # (تطالب فيها هيئة حقوق الإنسان بـ: whom it asks)


IN, THIS = key("في"), frozenset({key("ذلك"), key("هذا")})
ABOUT_HEADS = frozenset({key("الصدد"), key("الشأن"), key("السياق")})
SAME = frozenset({key("نفس"), key("ذات")})
OWN_SIDE = frozenset(key(w) for w in ("جانبه", "جانبها", "جانبهم", "جهته", "جهتها", "جهتهم", "ناحيته", "ناحيتها"))


def _aside_end(c: Ctx, i: int) -> int:
    """End of «في ذلك» / «في هذا الصدد» / «في نفس الموضوع» at i when a title, a known person or a full name follows
    it; i when not."""
    t, n = c.s.an.tokens, len(c.s.an.tokens)
    same = i + 2 < n and t[i + 1].key in SAME and c.s.p.word(i + 2)      # في نفس الموضوع، في ذات السياق
    if not (i + 1 < n and t[i].key == IN and (t[i + 1].key in THIS or same)):
        return i
    e = i + 2 + (same or i + 2 < n and t[i + 2].key in ABOUT_HEADS)
    m = c.s.p.mention(e) if e < n and c.s.p.word(e) else None
    return e if _titled_or_named(c, e) or m is not None and m.kind == "person" and " " in m.name.strip() \
        or _aside_end(c, e) > e else i     # (… or another: في نفس الموضوع في نفس الآية الدكتور يوسف القرضاوي)


def subject_start(c: Ctx) -> int:
    """Where the subject after the verb starts: after a phrase cue's words, a time phrase or adverb put
    between verb and subject (وقال، يوم الأحد، وزير …; وقال عام 2015 «…»; وأضاف حينها), and «so-called»
    (أعلن ما يسمى المجلس الوطني السوري)."""
    an, lex = c.s.an, c.s.lex
    t, n = an.tokens, len(an.tokens)
    after = max(c.ci + 1, an.index_at(c.cue.end))
    for _ in range(4):
        while after < n and t[after].raw in "،," and not an.masked[after]:
            after += 1
        if after + 1 < n and t[after].key in ORDINALS and c.s.p.title_head(after + 1) is not None:
            after += 1                  # وقال أول رئيس للجنة الأولمبية …: the title after «the first»
            continue
        if after < n and (t[after].key in lex.groups["time_adverbs"] or t[after].key in lex.groups["verb_pp"]
                          and not c.cue.relay and _titled_or_named(c, after + 1)):
            after += 1                  # … or a preposition with its pronoun before a title or a name: قال فيه
            continue                    # الوزير، قال عنها بوش (not نقلت عنه X, a relay, nor أكد فيه قيامه, an object)
        # a time phrase, not a bare weekday word: أحد المسؤولين is «one of the officials», not Sunday
        when = [e for e in expressions(an, after, min(after + 8, n), lex) if e.first == after
                and (e.weekday is None or t[after].key.startswith(("ال", "يوم", "ويوم")))] \
            if after < n and (t[after].key in lex.date_first or t[after].key.isdecimal()) else []
        if when:
            after = when[0].last + 1
            continue
        if after + 1 < n and t[after].key in lex.groups["year_words"] and t[after + 1].key.isdecimal():
            after += 2                  # عام 2015
            continue
        if after + 1 < n and t[after].key in lex.groups["period_heads"] and t[after + 1].key in lex.groups["periods"]:
            after += 2 + (after + 2 < n and t[after + 2].key in lex.groups["period_adjectives"])
            continue                    # وقال مطلع الأسبوع (الماضي): when, not who
        if (e := _aside_end(c, after)) > after:
            after = e                   # يقول في ذلك آية الله الخميني، وقال في هذا الصدد الوزير: about it, then who
            continue
        if not c.cue.relay and (told := told_end(c, after)) > after:
            after = told                # وقال لرويترز وزير …، أكد لـ"الاقتصادية" المحامي …: whom he told comes first
            continue
        break
    if after + 1 < n and t[after].key == "ما" and t[after + 1].key in lex.groups["so_called"]:
        after += 2
        if after < n and t[after].key == "ب":
            after += 1
    return after


OPENERS = frozenset(key(w) for w in ("لكن", "ولكن", "بينما", "فيما", "كان", "وكان", "كانت", "وكانت"))
RELATIVE_REACH = 16     # tokens back from the verb: a relative clause of a dozen words
PARENTHESIS_REACH = 30  # tokens from a clause's subject to its verb, past a clause put in between commas


def relative_subject(s: Subjects, ci: int) -> Mention | None:
    """لكن أحد الخبراء الذين جربوا تلك المقاعد خلال المعرض قال: a source, title, body or known person that opens
    the clause and whose relative clause runs on, with no comma and no other cue, up to the verb. None else."""
    t, first = s.an.tokens, s.an.sentence_start(ci)
    for k in range(ci - 1, max(first, ci - RELATIVE_REACH) - 1, -1):
        if k in s.cues or t[k].raw in "،,:":
            return None                 # another verb of speech or a pause: not one clause up to the verb
        if t[k].key not in NOUN_RELATIVES:
            continue
        for st in range(max(first, k - 8), k):
            m = s.p.mention(st) if s.p.word(st) else None
            if m is None or s.an.index_at(m.end) != k:
                continue
            opens = st == first or t[st - 1].key in OPENERS
            if opens and (m.kind in ("anonymous", "title", "organisation") or s._known(m, st) is not None):
                return m
        return None
    return None


def apposed_name_before(s: Subjects, ci: int) -> Mention | None:
    """لكن الحائز على جائزة نوبل في الاقتصاد، جوزيف ستيغليتز، يقول: a name of two words or more between two
    commas right before the verb, after the words that describe him, is the verb's subject. None else."""
    t = s.an.tokens
    j = ci - 1
    if j < 3 or t[j].raw not in "،," or s.an.sentence[j] != s.an.sentence[ci] or t[ci].raw[:1] in "وف":
        return None                     # (اجتمع مع …، خالد مشعل، وأكد له: وأكد goes on from the sentence's subject)
    for st in range(max(0, j - 4), j):
        if t[st - 1].raw not in "،," or not s.p.word(st):
            continue
        m = s.p.mention(st)
        if m is not None and m.kind == "person" and " " in m.name.strip() and s.an.index_at(m.end) == j:
            return m
    return None


def opening_subject(s: Subjects, ci: int) -> Mention | None:
    """لكن دوتي لوكس، منظمة حفلات …، والتي تقود حملات …، أكدت أن: a person, body or source that opens the clause
    (after لكن, كان or a semicolon), then a clause put in between commas, then the verb with no و/ف: its subject.
    None when another verb of speech stands between, or the clause put in runs past PARENTHESIS_REACH tokens."""
    t, first = s.an.tokens, s.an.sentence_start(ci)
    if ci < 4 or t[ci - 1].raw not in "،," or t[ci].raw[:1] in "وف":
        return None
    st = max([k + 1 for k in range(max(first, ci - PARENTHESIS_REACH), ci) if t[k].raw == "؛"] or [first])
    while st < ci and t[st].key in OPENERS:
        st += 1
    m = s.p.mention(st) if s.p.word(st) else None
    if m is None or m.kind not in ("person", "title", "organisation", "anonymous") or m.kind == "person" \
            and not (m.title or " " in m.name.strip() or s._known(m, st) is not None):
        return None
    end = s.an.index_at(m.end)
    if end >= ci - 1 or t[end].raw not in "،," or ci - end > PARENTHESIS_REACH \
            or any(k in s.cues for k in range(end, ci)):
        return None
    return m


def asked_one(s: Subjects, j: int) -> bool:
    """Is the cue at j a verb of asking with «him/her» on it (سألته دندراوي …، ضحك وقال)? The one asked answers:
    a later verb of the sentence does not take up the asker (SameSentence)."""
    t = s.an.tokens[j]
    form = s.lex.cue(t.raw, t.key)
    return form is not None and form.has_object and key(form.lemma) in s.lex.groups["question_verbs"]


def relative_with_subject(s: Subjects, j: int, got: Found) -> bool:
    """Is the cue at j the verb of a relative clause on a noun (الذي، التي) with its own subject after it?
    Its noun is then its object, not the sentence's speaker (ووصف ماركل اللحظة التي طلب فيها الأمير هاري
    …، وقال: «…»). With no subject of its own (الرئيس المنتخب الذي رحب … قائلا) or after ما (ما اعتبره
    عدد من الساسة … «…»), or on a speech or a text (الكلمة التي ألقاها غوتيريش …، حذر), its subject speaks."""
    an, lex = s.an, s.lex
    noun = bare(an.tokens[j - 2].key) if j >= 2 else ""
    return relative_verb(an, j, lex) and not an.tokens[j - 1].key.endswith(key("ما")) \
        and got.rule.endswith("after-verb") and noun not in lex.documents and "ال" + noun not in lex.cues


def outer_speaker(s: Subjects, ci: int, cue: Cue) -> Speaker | None:
    """The speaker of the reporting verb whose clause (إن/أن …) holds the act verb at ci (وقال جونسون إن بريطانيا
    دعت المنظمة «…»، قال ترمب إن الصين تعهدت بشراء «…»): the words in marks are his account of the act. Not
    after a relay (نقل المرصد عن مصادر أن التنظيم أبلغ …: the actor's words), nor for a verb of saying."""
    t, first = s.an.tokens, s.an.sentence_start(ci)
    if key(cue.lemma) not in s.lex.groups["act_verbs"]:
        return None
    that = next((k for k in range(ci - 1, first - 1, -1) if t[k].key in s.lex.groups["that_forms"]), None)
    for j in range(that - 1 if that is not None else first - 1, first - 1, -1):
        if j in s.cues:
            got = s.memory.cue_speaker.get(j)
            ok = got is not None and not s.cues[j].relay and s.cues[j].form in ("verb", "participle")
            return got.speaker if ok and not got.rule.startswith("embedded") else None
    return None


def relayed_speaks_on(s: Subjects, start: int, first: int, cue: Cue) -> bool:
    """Did a cue of the sentence start..first name a relayed source (عن X قوله، إلى X قولها) whom the walk keeps as
    the current speaker of the cue's gender? Then that source speaks on (وأضافت), not the outlet the sentence opens
    with; an outlet of the cue's gender (ونقلت شينخوا عن المتحدث … وأضافت) does."""
    mem = s.memory
    last = mem.last_fem if cue.feminine else mem.last_masc
    return last is not None and any(got.rule in ("noun-after-an", "relay") and got.speaker is not None
                                    and got.speaker.name == last.name
                                    for c in range(start, first) if (got := mem.cue_speaker.get(c)) is not None)


def what_clause_apart(s: Subjects, j: int, cue: Cue) -> bool:
    """Is the cue at j the verb of a ما-clause (مع ما قالته مصادر سابقة) that agrees with another gender than the
    cue being attributed (…، قائلا)? That clause's subject is somebody else than the sentence's speaker."""
    t = s.an.tokens
    return j >= 1 and t[j - 1].key.endswith(key("ما")) and s.cues[j].feminine != cue.feminine \
        and relative_verb(s.an, j, s.lex)


def before_parenthetical(s: Subjects, j: int, ci: int) -> int | None:
    """The last token before a clause put between the subject and its verb (X، الذي …، VERB; X - التي دفعت …
    - قالت), j itself when there is none, None when the clause does not open in the sentence."""
    t = s.an.tokens
    if t[j].raw in DASHES:
        k = j - 1
        while k > 0 and s.an.sentence[k] == s.an.sentence[ci] and t[k].raw not in DASHES:
            k -= 1
        return k - 1 if k > 0 and t[k].raw in DASHES else None
    if t[j].raw in "،,":
        k = j - 1
        while k >= 0 and s.an.sentence[k] == s.an.sentence[ci] and t[k].key not in (
                "الذي", "التي", "وهو", "وهي", "الذين"):
            k -= 1
        return k - 2 if k > 0 and t[k - 1].raw in "،," else None
    return j


def topic_of_amma(s: Subjects, ci: int) -> Mention | None:
    """The person or body right after أما that opens the sentence of a ف-verb (أما X، الذي …، فيقول): the
    topic أما puts first is the verb's subject, however long the clause put in after it."""
    t, first = s.an.tokens, s.an.sentence_start(ci)
    for k in range(ci - 1, max(first, ci - 30) - 1, -1):
        if t[k].key in AMMA:
            m = s.p.mention(k + 1) if s.p.word(k + 1) else None
            return m if m is not None and m.kind in ("person", "title", "organisation", "anonymous") else None
    return None


def subject_span(s: Subjects, j: int, ci: int) -> tuple[int, int | None]:
    """Where a subject that ends at token j, before the verb at ci, can start: back over the sentence's words to a
    function word (but a plural quantifier: بعض أفراد العائلة يقولون), a cue or eight words; and the opening mark
    of a name in marks that ends it (رئيس الوزراء اليوناني "أليكسيس تسيبراس" قال), or None."""
    t, lex = s.an.tokens, s.lex
    marks = next((a for a, b in s.p.extents.items() if b == j + 1 and not t[j].is_word), None)
    start = j if marks is None else marks
    while start - 1 >= 0 and s.p.word(start - 1) and s.an.sentence[start - 1] == s.an.sentence[ci] \
            and (not s.p.function(t[start - 1].key) or t[start - 1].key in lex.quantifiers
                 and (not t[start - 1].key.startswith("احد") or _one_of_them(s, start - 1))) \
            and t[start - 1].key not in lex.cues and j - start < 8:
        start -= 1
    return _title_around(s, start, j, ci), marks


def _title_around(s: Subjects, start: int, j: int, ci: int) -> int:
    """The start of a title that the walk back stopped inside, at one of its words that is also a function word
    (لكن النائب العام البحريني قال: العام is also «the year»), when the title ends at token j."""
    for x in range(start - 1, max(start - 4, -1), -1):
        if not s.p.word(x) or s.an.sentence[x] != s.an.sentence[ci]:
            break
        m = s.p.mention(x)
        if m is not None and m.title and s.an.index_at(m.end) == j + 1:
            return x
    return start


def _one_of_them(s: Subjects, j: int) -> bool:
    """Does أحد at token j open an unnamed source (أحد الأصدقاء قال لي، أحد المسؤولين)? Not «one of his
    statements» (أحد تصريحاته), nor a name's apposition after its comma (محمد شداد، أحد أقارب البطش)."""
    m = s.p.mention(j)
    return m is not None and m.kind == "anonymous" and (j == 0 or s.an.tokens[j - 1].raw not in "،,")


def described_by_verb(s: Subjects, m: Mention | None, at: int, ci: int) -> bool:
    """Is the unnamed source m at token at, after a preposition, described by the verb at ci right after it, with
    no و (نقلت الوكالة عن شاهد قال إن، لقاء مع مسؤول قال): an indefinite noun takes its relative clause with no
    الذي, and the verb's subject is that noun (not the definite في الاجتماع قال)."""
    t, cue = s.an.tokens, s.cues.get(ci)
    return m is not None and m.kind == "anonymous" and not is_al(t[at].key) and s.an.index_at(m.end) == ci \
        and t[ci].raw[:1] not in "وف" and not (cue is not None and cue.feminine and not m.text.endswith("ة"))
    # (نقلا عن مصدر قالت إنه مطلع: a feminine verb after a masculine source has the paper for subject)


def genitive_before_and(s: Subjects, m: Mention, ci: int) -> bool:
    """Is the body m before an «and said» at ci in construct with an indefinite noun before it (ورفض المسؤول مطالب
    واشنطن وقال): the object's genitive, no subject?"""
    t, i = s.an.tokens, s.an.index_at(m.start)
    return t[ci].raw[:1] in "وف" and i > 0 and s.p.word(i - 1) and not is_al(t[i - 1].key) \
        and not s.p.function(t[i - 1].key) and not s.p.is_cue(i - 1) and i - 1 not in s.cues and not s._verb_at(i - 1)


AGE_REACH = 6       # tokens: an age or a note in brackets after a name ((28 عاما))


def verb_after_new_name(s: Subjects, m: Mention, cue: Cue, agree: bool) -> bool:
    """لكن فايز السحار، والد أحد الشباب المصابين، ينفي …: a full name opening the clause, then (past its title in
    apposition, an age in brackets and a comma) a verb with no و/ف: the name is that verb's subject. With `agree`,
    the verb's gender is the cue's (a reporting verb's as read; else a past in ت is hers, a present in ي his)."""
    t, p = s.an.tokens, s.p
    v = s.an.index_at(m.end)
    if " " not in m.name.strip() or v >= len(t):
        return False
    if p.word(v) and p.apposition(v):       # … past the title and its words up to a comma (والد أحد الشباب المصابين،)
        v = p.title_end(v)
        v = next((x for x in range(v, min(v + AGE_REACH, len(t))) if not p.word(x) or x in s.cues), v)
    if v < len(t) and t[v].raw == "(":
        v = next((x + 1 for x in range(v, min(v + AGE_REACH, len(t))) if t[x].raw == ")"), v)
    v += v < len(t) and t[v].raw in "،,"
    if v >= len(t) or not s._verb_at(v) or t[v].raw[:1] in "وف":
        return False
    k = t[v].key
    fem = s.cues[v].feminine if v in s.cues else True if verb_stem(k).endswith("ت") else False if k[:1] == "ي" else None
    return not agree or fem is None or fem == cue.feminine


def has_spoken(s: Subjects, sp: Speaker) -> bool:
    """Has this speaker been chosen for a cue read before, and is not the current speaker (whom implicit-last
    takes up anyway)?"""
    last = s.memory.last
    if sp.name in s.lex.formula_names or last is not None and last.key == sp.key:
        return False                # (not الله, the subject of many a sentence of a sermon: نجّى الله …)
    return any(f.speaker is not None and f.speaker.key == sp.key for f in s.memory.cue_speaker.values())


def family_mention(s: Subjects, j: int, after_verb: bool = False) -> Mention | None:
    """وقال السيسي إن …، وأضاف الأسد: a family name with the article alone as the subject, taken only where the
    article gives the person's full name (عبد الفتاح السيسي): an ال-word is as often a common noun. A word
    without the article is taken only as the family name of someone the article introduced, before what ends
    a subject (وقال بروك "…" after المتحدث جريج بروك: بروك has the shape of a verbal noun فعول)."""
    t = s.an.tokens
    al = t[j].raw.startswith("ال") if j < len(t) else False
    # the bare article (not وال/بال: a conjunction or preposition starts another phrase), a noun long
    # enough to be a name, and what follows a subject after it (إن، :، في، a quotation mark …)
    if not s.p.word(j) or len(t[j].key) < (5 if al else 4) or s.p.function(t[j].key) \
            or not (after_verb and al or s._subject_ends(j + 1)) or not al and t[j].raw[:1] in "وف":
        return None                 # (right after the main verb an object may follow: طالب السيسي قوات …)
    k = t[j].key
    mention = Mention(t[j].start, t[j].end, t[j].raw, t[j].raw, None, "person")
    if s.cast.match([token_key(k, s.lex)]) is not None:
        return mention                      # a person the article introduced with a title
    return mention if al and (s.cast.register_full_name(k) or _cited_by_nisba(s, j)) else None


def _cited_by_nisba(s: Subjects, j: int) -> bool:
    """قال الخطابي رضي الله عنه:، وقال الشمري إن: a nisba with the article alone right after the verb, no common
    noun, nationality, rank or title, and then a formula, a colon or إن/أن: the writer or scholar cited by the name
    the article knows him by (the nisba: البخاري، الزمخشري)."""
    t, lex, k = s.an.tokens, s.lex, s.an.tokens[j].key
    if not (k.endswith("ي") and len(k) >= 6) or k[2:] in lex.common_nouns or s.p.nationality(k) \
            or k in lex.groups["ranks"] or s.p.title_head(j) is not None or s.p.org_at(j):
        return False
    return s.p.word(j + 1) and (s.p.honorific(j + 1) or t[j + 1].key in ("ان", "انه", "انها")) or \
        j + 1 < len(t) and t[j + 1].raw == ":"
