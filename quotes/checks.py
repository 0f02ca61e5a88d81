"""The checks on the mention read right after a reporting verb (the AfterVerb sieve), in order: each returns
the mention, a narrower one, or None when the words after the verb are not its subject — whom it was told to
(وقال لوزير الخارجية), an object (ووصف الاتفاق بأنه), a noun with a possessive, a demonstrative, a document. A
check that changes the mention leaves its name in the trace."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .agreement import plural_source
from .cues import AFTER_THAT, governed
from .link import relative_verb
from .model import Mention
from .names import bare, is_al, name_keys
from .title_match import COMPLEMENT_PREPOSITIONS
from .normalize import key

if TYPE_CHECKING:
    from .sieve_base import Ctx

DAY = key("يوم")


# The checks on the mention after a verb, in order: each returns the mention, a narrower one, or None.

def _known_start(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """An unknown run that starts with a known person's name is that name (وتتهم مانيجولت نيومان ترامب)."""
    s = c.s
    if m is not None and m.kind == "person" and not m.title and not s._plausible_person(m):
        return s._known_start(m, after)
    return m


def _governed_complement(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """أشاد بجهود رجال الأمن، رحب بقرار: after a verb that governs ب, an unknown word glued to ب is its
    complement, not its subject (رحب بوتين بـ«…»: a name, its complement in ب after it; اتهم بشار: a given name)."""
    s = c.s
    if m is not None and m.kind == "person" and not m.title and governed(c.cue.lemma) == "ب" \
            and s.an.tokens[after].key[:1] == "ب" and not s._plausible_person(m) \
            and not s.p.given(s.an.tokens[after].key) and not _ba_follows(c, s.an.index_at(m.end)) \
            and not _comma_at(c, s.an.index_at(m.end)):     # (وتعهد بايدن، خلال خطاب …: a name before a comma)
        return None
    return m


def _comma_at(c: Ctx, j: int) -> bool:
    """Is token j a comma outside marks?"""
    t = c.s.an.tokens
    return j < len(t) and t[j].raw in "،," and not c.s.an.masked[j]


def _ba_follows(c: Ctx, j: int) -> bool:
    """Does a word in ب follow within four tokens (رحب بوتين بـ«الأجواء …»: the name, then the complement)?"""
    t = c.s.an.tokens
    return any(t[x].raw[:1] == "ب" and t[x].is_word for x in range(j, min(j + 4, len(t))))


def _possessive_noun(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """وعدها لافعال: a noun with its possessive, not verb + object pronoun + subject."""
    s, cue = c.s, c.cue
    ck = key(cue.text).lstrip("وف")
    if m is not None and ck.endswith(("ه", "ها", "هم")) and len(ck) > len(key(cue.lemma)) + 1 \
            and m.kind == "person" and not m.title and not s._plausible_person(m):
        return None
    return m


def _demonstrative(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """وأوضحت تلك المصادر: the source after a demonstrative; ويؤكد ذلك الأستاذ في معهد العلوم السياسية كريستيان
    لوكين: a titled person after ذلك («that», the object put first, or «that professor») is the subject too."""
    s = c.s
    t = s.an.tokens
    if m is None and after < len(t) and t[after].key in s.lex.groups["demonstratives"]:
        m2 = s.p.mention(after + 1)
        if m2 is None and after + 1 < len(t) and s.p.word(after + 1) and s.p.definite_single_head(t[after + 1].key):
            text = s.an.text[t[after].start:t[after + 1].end]   # وقالت هذه المسؤولة: the person just named
            named = Mention(t[after].start, t[after + 1].end, text, "", text, "title")
            return named if s.cast.demonstrated(named, after) is not None else None
        return m2 if m2 is not None and (m2.kind in ("document", "anonymous", "organisation")
                                         or m2.kind == "person" and m2.title and s.p.title_head(after + 1) is not None) \
            else None
    return m


def _object_document(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """وأعلن الاتفاق: an object after وصف/اعتبر/أعلن; وأكدت صحيفة «…»: a source."""
    cue = c.cue
    if m is not None and cue.object_first and m.kind == "document" and \
            bare(key(m.text).split()[0]) not in c.s.lex.source_documents and not _clause_follows(c, m):
        return None
    return m


def _clause_follows(c: Ctx, m: Mention) -> bool:
    """وأكد القرار أن، واكد فوتيو ان: أن or a colon right after the word closes a subject, not an object
    (an object is followed by بأن or its complement: وصف الوضع بأنه)."""
    t, j = c.s.an.tokens, _past_day(c, c.s.an.index_at(m.end))
    owned = len(m.name) > 3 and m.name.rstrip().endswith(("ه", "ها", "هم"))     # كشف هويته أن، أعلن خلاله أن
    return j < len(t) and (t[j].raw == ":" or t[j].key in ("ان", "انه", "انها")) and not owned


def _past_day(c: Ctx, j: int) -> int:
    """Token j, or the token after the day named there (وأعلن ترودو يوم الجمعة أن، أمس، الثلاثاء)."""
    keys, lex = c.s.an.keys, c.s.lex
    if j < len(keys) and keys[j] == DAY and j + 1 < len(keys) and keys[j + 1] in lex.weekdays:
        return j + 2
    return j + 1 if j < len(keys) and (keys[j] in lex.weekdays or keys[j] in lex.relative_days) else j


def _not_a_name(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """وقال يخاطبنا أخزاه الله: an unknown word not followed by what ends a subject (or, after a verb that takes
    an object, by a document: ونفى كونتي التقارير) is no name; a formula for God or the Prophet always is one
    (قال تعالى لخير البشر)."""
    s = c.s
    if m is not None and m.kind == "person" and not m.title and not m.text.startswith("(") \
            and m.name not in s.lex.formula_names and not s._plausible_person(m) and not s._subject_ends(j := s.an.index_at(m.end)) \
            and not (c.cue.object_first and j < len(s.an.tokens) and is_al(k := s.an.tokens[j].key)
                     and k in s.lex.documents) \
            and not (j < len(s.an.tokens) and s.an.tokens[j].key in s.lex.known_people) \
            and not _title_in_apposition(c, m, j):
        return None             # (وتتهم مانيجولت نيومان ترامب: a registry person after the name is the object)
    return m


def _title_in_apposition(c: Ctx, m: Mention, j: int) -> bool:
    """قال ريتشار فيران مسؤول الكتلة: a name of two words that opens with a word no lexicon knows, then at token j
    an indefinite title or source word with no pronoun, in apposition: the name is the subject."""
    s = c.s
    if j >= len(s.an.tokens) or not s.p.word(j) or " " not in m.name.strip():
        return False
    k, raw = s.an.tokens[j].key, s.an.tokens[j].raw
    return s.p.unknown_word(s.an.index_at(m.start)) and not is_al(k) and not raw.endswith(("ه", "ها", "هم")) \
        and (s.p.title_head(j) is not None or k in s.lex.anonymous)


def _object_after_title(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """واعتبر الوزير الأميركي كيم "زعيما…": the one-word name after the title is the verb's object (Cast.
    object_after_title); the title alone is the subject."""
    s = c.s
    if m is not None and s.cast.object_after_title(after, m):
        return s.p._make(after, s.p.title_end(after), None, "title")
    return m


def _lone_object(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """ووصف/واتهم + a lone unknown word: the object (وانتقد ترامب حكم المحكمة keeps its subject)."""
    s, cue = c.s, c.cue
    end = s.an.index_at(m.end) if m is not None else 0
    if m is not None and cue.object_first and m.kind == "person" and not s._plausible_person(m) \
            and s.p.boundary(end) and not s.described_person(end) and not s.cast.written_again(m) \
            and (" " not in m.name.strip() or _common_phrase(m)) and not _clause_follows(c, m):
        return None
    return m


def _common_phrase(m: Mention) -> bool:
    """Words of a noun phrase rather than a name: a later word in ات or ة (وصف فرض عقوبات؛ not أنطونيو تاياني)."""
    return any(w.endswith(("ات", "ة")) for w in m.name.split()[1:])


def _country_object(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """واتهم بريطانيا وفرنسا، وحذر طهران من أنها: an object — after a verb that takes its object first, or before
    the preposition of the verb's complement; وأكدت روسيا: the subject (a country or a city is feminine, but for
    masculine_places: وأكد العراق)."""
    s, cue = c.s, c.cue
    k = key(m.text) if m is not None else ""
    if m is None or m.kind != "organisation" or k not in s.lex.places and k not in s.lex.capitals or cue.feminine \
            or k.lstrip("وف") in s.lex.masculine_places:
        return m
    j = s.an.index_at(m.end)
    nxt = s.an.tokens[j].key if s.p.word(j) else ""
    return None if cue.object_first or nxt in COMPLEMENT_PREPOSITIONS else m


def _charged_object(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """واتهمت بريطانيا بـ«…»، أبلغت بريطانيا بأنه: after a verb whose object takes ب for the charge or the news
    (groups.verbs_object_ba), the name right before that ب is the object; the subject spoke before it."""
    s = c.s
    if m is None or key(c.cue.lemma) not in s.lex.groups["verbs_object_ba"] or _object_pronoun(c):
        return m                        # (الذي وصفه المدرب بيب غوارديولا بأنه: the object is the pronoun)
    j = s.an.index_at(m.end)
    raw = s.an.tokens[j].raw if s.p.word(j) else ""
    if j < len(s.an.tokens) and s.an.masked[j] and not s.an.tokens[j].is_word:
        inner = next((t for t in s.an.tokens[j + 1:j + 3] if t.is_word), None)
        raw = inner.raw if inner is not None and inner.raw[:1] == "ب" and len(inner.raw) > 3 else raw
        raw = "بـ" if raw[:1] == "ب" else raw     # أبلغ ترامب "بأسف …": the charge or the news opens the quote
    if raw.startswith(("بأن", "بـ")) or raw.startswith("بال") and not s.p.name_word(j, first=False) \
            and m.kind not in ("title",):     # (وأبلغ قائد الشرطة بالمحافظة: the title's own place)
        return _subject_before_object(c, m, after, j)
    return m


def _subject_before_object(c: Ctx, m: Mention, after: int, j: int) -> Mention | None:
    """The subject read together with the object before ب (ووصفت الجامعة الرقاقة بـ، اتهم فيها اللاعب الجزائري
    الأصل ديشان بـ، اتهمت لجنة الشؤون الخارجية بمجلس العموم الحكومة البريطانية بـ): the words before the
    object's last word (or its noun and nationality); None when nothing of the subject is left."""
    t, p, lex = c.s.an.tokens, c.s.p, c.s.lex
    nationality = p.nationality(t[j - 1].key)
    if nationality and j - after < 5 or key(m.text) in lex.org_names:
        return None                     # وزارة الخارجية البريطانية بـ، منظمة العفو الدولية: one body, the object
    cut = j - 2 if nationality else j - 1
    if cut <= after:
        return None
    if m.kind == "person" and m.title and c.s.an.text[t[after].start:t[cut - 1].end] == m.title.strip():
        return p._make(after, cut, None, "title")
    if m.kind == "person" and not m.title and c.s.cast.match(name_keys([x.raw for x in t[after:cut]], c.s.lex)):
        return p._make(after, cut, None, "person")      # ووصف ترامب أريكسون «بـ…»: the known person, then the object
    return p._make(after, cut, None, m.kind) if m.kind in ("organisation", "document", "title") else None


def _object_after_name(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """ونفى كونتي التقارير: the ال-word after the name is the object."""
    s, cue = c.s, c.cue
    if m is not None and cue.object_first and m.kind == "person" and not m.title and s._object_after_name(m):
        return s.p._make(after, after + 1, None, "person")
    return m


def _relative_object(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """ووصف ابنته الدوقة بأنها، وانتقد زوجته: after an object-first verb a relative with a possessive is
    the object; the one whose relative it is speaks."""
    if m is not None and c.cue.object_first and not _object_pronoun(c) and m.start == c.s.an.tokens[after].start \
            and c.s.p.possessed_head(after) and not _named_after(c, after + 1):
        return None
    return m


def _relative_clause_object(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """ترامب الذي اعتبر ترودو «…»: an object-first verb right after الذي/التي, with no object pronoun on it, has the
    relative's antecedent for subject; the name after it is its object."""
    t, lex = c.s.an.tokens, c.s.lex
    if m is None or m.kind != "person" or not c.cue.object_first or c.ci < 2 or not relative_verb(c.s.an, c.ci, lex) \
            or t[c.ci - 1].key.lstrip("وف") in ("ما", "لما") or key(c.cue.text).endswith(("ه", "ها", "هم")):
        return m                        # (بحسب ما أكد جولييلموني: ما is the object; سماها أوباما: its own object)
    nxt = t[c.ci + 1].key if c.ci + 1 < len(t) else ""
    if nxt in lex.groups["verb_pp"] or not c.s.p.word(c.ci - 2):
        return m                        # التي اتهم فيها اللاعب ديشان: the clause's own subject follows فيها
    return None


def _object_pronoun(c: Ctx) -> bool:
    """Does the verb carry its object as a pronoun (الذي وصفه زميله، اتهمها)? Then the noun after it is its subject."""
    ck, lemma, lex = key(c.cue.text), key(c.cue.lemma), c.s.lex
    return any(ck.endswith(p) and (lemma in ck[:-len(p)] or getattr(
        lex.cue(c.cue.text[:-len(p)], ck[:-len(p)]), "lemma", None) == c.cue.lemma) for p in ("ه", "ها", "هم"))
    # (يصفها: the present of وصف drops its و, so the form without the pronoun is looked up)


def _named_after(c: Ctx, j: int) -> bool:
    """Does a name follow the relative at j (أكدت ابنته #لورا_سميت أن، أكدت ابنته لورا سميت), or a title and a name
    (وأعلن شقيقه رئيس حكومة ولاية البنجاب شهباز شريف)? Then the relative and the name are the subject, not the object."""
    t, p = c.s.an.tokens, c.s.p
    if j < len(t) and t[j].raw == "#":
        j += 1
    if p.word(j) and p.title_head(j) is not None:
        m = p.mention(j)                # وأعلن شقيقه رئيس حكومة ولاية البنجاب شهباز شريف: a title and a name
        return m is not None and m.kind == "person" and bool(m.title) and len(m.name.split()) >= 2
    return p.word(j) and not is_al(t[j].key) and p.name_word(j, True) and p.name_run(j) - j >= 2


def _unknown_title_object(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """After an object-first verb, a title the article never gave anyone and not starting with a head
    word is the object."""
    s, cue = c.s, c.cue
    if m is not None and m.kind == "title" and cue.object_first and not s.cast.by_title(m.text, c.ci):
        if s.lex.title_heads.get(s.an.tokens[after].key) is None:
            return None
    return m


def _addressee(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """وقال لخطيب ابنته، وقال للرئيس: a title with لـ after the verb is whom the words were told, not who
    said them; so is an outlet after «told» (وأبلغ رويترز «…»)."""
    k = c.s.an.tokens[after].key if m is not None and m.kind in ("title", "person") else ""
    heads, lex = c.s.lex.title_heads, c.s.lex
    if k[:1] == "ل" and (heads.get(k[1:]) is not None or k.startswith("لل") and heads.get("ال" + k[2:]) is not None):
        return None
    if m is not None and key(c.cue.lemma) in lex.groups["told_verbs"] and lex.is_outlet(m.text):
        return None
    return m


PRONOUN_SUBJECTS = frozenset(key(w) for w in ("أنه", "أنها", "إنه", "إنها", "أنهم", "إنهم", "أنهما", "إنهما"))


def that_clause_subject(s, ci: int) -> bool:
    """Is the verb at ci right after أن/إن and its subject — its pronoun (أنه طلب) or a one-word name or body
    (إن بريطانيا دعت)? It is then a verb of the reported clause, and the words after it are its object."""
    t = s.an.tokens
    if ci < 1 or not t[ci - 1].is_word:
        return False
    if t[ci - 1].key in PRONOUN_SUBJECTS:
        return True
    before = s.p.mention(ci - 1) if ci >= 2 and t[ci - 2].key in AFTER_THAT else None
    return before is not None and before.kind in ("person", "organisation") and s.an.index_at(before.end) == ci


def _pronoun_subject(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """وأعلن أنه طلب إجراء تحقيق، وقال جونسون إن بريطانيا دعت المنظمة: a verb right after أن/إن with its
    subject (that_clause_subject) has that for subject; the words after the verb are its object."""
    return None if m is not None and that_clause_subject(c.s, c.ci) else m


def _carried_words(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """وقال والاس في تصريحات إذاعية نقلتها وكالة «فرانس برس»: a relay verb with «them» right after the words it
    carried (a speech noun) has the outlet for subject; who spoke them is the sentence's speaker."""
    s, t = c.s, c.s.an.tokens
    form = s.lex.cue(t[c.ci].raw, t[c.ci].key)
    if m is None or not c.cue.relay or not getattr(form, "has_object", False):
        return m
    for j in range(c.ci - 1, max(-1, c.ci - 4), -1):
        own = s.lex.cues.get(t[j].key) if t[j].is_word else None
        if own is not None and own.form == "noun":
            return None
    return m


def _epithet(c: Ctx, m: Mention | None, after: int) -> Mention | None:
    """وقال المسؤول الإيراني after «علي مطهري» spoke: a definite unnamed head in the singular is an anaphor. When
    a named person spoke more lately than any source of that head (مسؤول إيراني), it is that person's epithet
    and the sieves after this one find whom — so it is when an unnamed source of another head spoke last;
    else the cast resolves it to that source, or it is itself (وقال الشاهد after «قالت الشرطة»)."""
    s = c.s
    if m is None or m.kind != "anonymous":
        return m
    k = s.an.tokens[after].key
    if not s.p.definite_single_head(k):
        return m
    head = bare(k).rstrip("ه")
    for ci in sorted((x for x in s.memory.cue_speaker if x < c.ci), reverse=True):
        sp = s.memory.cue_speaker[ci].speaker
        if sp is not None and sp.type == "anonymous" and bare(sp.key[5:].split()[0]).rstrip("ه") == head:
            return m
        if sp is not None and (sp.type in ("person", "title") or sp.type == "anonymous" and not plural_source(sp, s.lex)):
            return None                 # وتوقع المسؤول after «وأوضح الضابط»: the source speaking, by another word
    return m


AFTER_VERB_CHECKS = (("addressee", _addressee), ("known_start", _known_start), ("possessive_noun", _possessive_noun),
                     ("governed_complement", _governed_complement),
                     ("demonstrative", _demonstrative), ("object_document", _object_document),
                     ("not_a_name", _not_a_name), ("object_after_title", _object_after_title),
                     ("lone_object", _lone_object),
                     ("country_object", _country_object), ("object_after_name", _object_after_name),
                     ("relative_object", _relative_object), ("relative_clause_object", _relative_clause_object),
                     ("charged_object", _charged_object),
                     ("unknown_title_object", _unknown_title_object), ("pronoun_subject", _pronoun_subject),
                     ("epithet", _epithet), ("carried_words", _carried_words))
