"""Attribution sieves, after CoreNLP's quote attribution (edu/stanford/nlp/quoteattribution): an ordered list of
small units, each with a name and a one-line why, that look for a cue's speaker where Arabic news writes it. The first
sieve that finds a speaker decides; every sieve that runs leaves a Step in the trace (chose, rejected with the named
check that rejected a candidate, or passed with why), which `quotes explain` prints. The order is one list, ORDER.
Cue sieves read the speaker written at the cue (after the verb, before it, an according-to source); inferred sieves
give a cue with no subject of its own (وأضاف، مضيفا، an embedded verb) the speaker the reader infers."""
from __future__ import annotations

from .agreement import agreeing_in_sentence, one_person, plural_source
from .cast import Speaker
from .checks import AFTER_VERB_CHECKS, that_clause_subject
from .cues import governed
from .earlier_subject import EarlierSubject
from .governing_clause import GoverningClause, after_what
from .model import Cue, Mention, Step
from .lone_word import no_name_reason
from .names import clean_phrase, is_al, token_key, verb_stem
from .normalize import key, undotted
from .sieve_base import Ctx, Found, Sieve
from .subjects import Subjects
from .text_owner import TextOwner
from .relays import document_source, prefixed_name, relayed, source_before_noun, trailing_source
from .verb_subject import (apposed_name_before, asked_one, family_mention, genitive_before_and, opening_subject,
                           relative_subject, outer_speaker, relative_with_subject, subject_start, what_clause_apart)

WHEREBY = key("إذ")         # شاطرت النائبة … الرأي، إذ شددت: «in that she stressed», the same subject
BUT_HE = frozenset(key(w) for w in ("لكنه", "ولكنه"))      # لكنه أضاف: «he», the man who has been speaking


# ------------------------------------------------------------------------------------------ cue sieves

class Source(Sieve):
    name = "according"
    why = "an according-to phrase or a speech noun names its source after it (بحسب X، وفقا لـX، عن X قوله)"
    OWN = frozenset(key(w) for w in ("تعبيره", "تعبيرها", "قوله", "قولها", "وصفه", "وصفها", "رأيه", "رأيها", "رأيهم",
                                      "تقديره", "تقديرها"))     # … حسب رأيه: his view
    POSTED = frozenset({key(w) for w in ("نشره", "نشرته", "نشرها")})
    IN_TEXT = frozenset({key(w) for w in ("جاء", "ورد")})

    def __call__(self, c: Ctx) -> Found | None:
        if c.cue.form == "noun":
            return self._noun(c)
        if c.cue.form != "according":
            return None
        s, t = c.s, c.s.an.tokens
        own = c.cue.text and key(c.cue.text).endswith(("ه", "ها", "هم"))
        if own and key(c.cue.text) not in ("وفقا", "حسبما"):
            return self._issuer(c) or self.infer(c, "according to his/her own words: the person spoken of")
        j = s.an.index_at(c.cue.end)
        what = j < len(t) and t[j].key in ("ما", "لما")      # بحسب ما نشرته الهيئة: a verb follows, not a noun
        j += what
        k = next((k for k in range(j, len(t)) if t[k].key not in s.lex.groups["before_verb"]), j)
        said = k < len(t) and (verb_stem(t[k].key) in s.lex.groups["put_out"] or k not in s.cues and t[k].key in s.lex.cues)
        j = k if k in s.cues or said else j     # حسبما كانت قد أعلنت النيابة: past the auxiliaries to the verb
        if what and j + 1 < len(t) and (said or k in s.cues) and k == j and j not in s.cues and s.p.word(j + 1) \
                and (m := s.p.mention(j + 1)) is not None and m.kind != "document":
            return self.found(c, s.cast.speaker_of(m, j + 1), m, "according-after-verb")   # بحسب ما نشره X
        if j < len(t) and j in s.cues and s.cues[j].form == "verb":
            # وفقا لما ذكرته تاس، حسبما نقلت رويترز عن المصدر: the verb's own subject, read after it
            m = s.p.mention(s.an.index_at(s.cues[j].end))
            if m is not None and not s.cues[j].relay:
                return self.found(c, s.cast.speaker_of(m, j), m, "according-after-verb")
            inner = decide(s, j, s.cues[j], c.trace)
            return Found(inner.speaker, inner.mention, "according-" + inner.rule, inner.relay)
        if j < len(t) and (t[j].key in self.OWN or t[j].key.endswith(("ه", "ها", "هم")) and any(
                t[j].key[:-n] in s.lex.source_nouns for n in (1, 2)) or not what and self._possessed(c, j)):
            return self.infer(c, "according to his/her statements (بحسب تصريحاته): the person spoken of")
        if j < len(t) and (t[j].key in s.lex.source_nouns or t[j].key in s.lex.documents):
            if j + 1 < len(t) and t[j + 1].key in s.lex.groups["of_theirs"]:
                return self.infer(c, "a statement of theirs (وجاء في بيان لها): the one spoken of issued it")
            if j + 2 < len(t) and t[j + 1].key in s.lex.groups["issued"] | self.POSTED and self._their_own(c, j + 2):
                return self.infer(c, "a statement issued by someone's own office (بيان أصدره مكتبه): that person")
            owner = self._owner(c, j + 1)      # وجاء في تصريح أصدره الدوري …، في بيان للحرس الثوري …
            if owner is not None:
                return owner
        head = prefixed_name(s, j)      # وفقا لراضي، وفقا لمصادر: the ل glued to a name or a source
        if head is None and j < len(t) and t[j].key in s.lex.source_nouns and t[j].key not in s.lex.documents \
                and t[j].key not in s.lex.anonymous and s.p.word(j + 1):
            j += 1                      # وفقا لمشاهدات الصحافي البريطاني: the journalist (but بحسب مصدر قريب من
                                        # التحقيق: the unnamed source is its own phrase)
        m = s.p.mention(j, allow_prefix=True) or family_mention(s, j) or head     # وبحسب المسماري، «…»
        if m is None:
            return self.found(c, None, None, "according-none")
        relayed = self._relayed_outlet(c, m)
        if relayed is not None:
            return relayed
        return self.found(c, s.cast.speaker_of(m, j), m)

    def _possessed(self, c: Ctx, j: int) -> bool:
        """Is token j a noun with a possessive (حسبما جاء في حسابه، وفقا لصفحتها; not a given name: وجيه، طه)?"""
        raw, k = c.s.an.tokens[j].raw, c.s.an.tokens[j].key
        return raw.endswith(("ه", "ها", "هم", "هما")) and not raw.startswith(("ال", "لل")) and len(k) >= 5 \
            and k not in c.s.lex.native_given and k not in c.s.lex.known_people

    def _issuer(self, c: Ctx) -> Found | None:
        """نشر اللاعب عبر حسابه تعليقا جاء فيه «…»: the words are in a text the sentence's subject put out."""
        s, t = c.s, c.s.an.tokens
        if key(c.cue.text).split()[0].lstrip("و") not in self.IN_TEXT:
            return None
        for j in range(c.ci - 1, max(s.an.sentence_start(c.ci), c.ci - 14) - 1, -1):
            if t[j].key in s.lex.groups["put_out"]:
                m = s.p.mention(j + 1)
                if m is None or m.kind == "document":
                    return None
                return self.found(c, s.cast.speaker_of(m, j + 1), m, "according-issuer")
        return None

    def _relayed_outlet(self, c: Ctx, m: Mention) -> Found | None:
        """«…»، بحسب موقع صحيفة الأهرام after a clause with its own subject: the outlet relays, the subject speaks."""
        s = c.s
        first = s.an.sentence_start(c.ci)
        outlet = s.lex.is_outlet(m.text)
        if not outlet or not any(s.an.masked[k] for k in range(first, c.ci)):
            return None
        sp = s._clause_subject(first, c.ci, c.cue, agree=False)
        if sp is None or sp.type == "document":
            return None
        return self.found(c, sp, None, "according-relay", clean_phrase(m.text))

    def _noun(self, c: Ctx) -> Found | None:
        """A speech noun: نقلت رويترز عن الوزير قوله (the one after عن), في بيان للحرس الثوري / بيان كاري (its
        owner after it), في تصريح أصدره الدوري الإنجليزي (its issuer); else its owner is inferred."""
        s, t = c.s, c.s.an.tokens
        owned = key(c.cue.text).endswith(("ه", "ها", "هم"))     # قوله، تأكيده — not بالقول
        after = s.an.index_at(c.cue.end)
        if after < len(t) and (m := s.p.formula_at(after)) is not None:
            return self.found(c, s.cast.speaker_of(m, after), m, "noun-formula")   # بقوله تعالى، لقوله ﷺ، قول الله
        for k in range(c.ci - 1, max(c.ci - 8, -1), -1):
            if owned and source_before_noun(s, k) and s.p.mention(k + 1) is not None:
                m = s.p.mention(k + 1)
                return self.found(c, s.cast.speaker_of(m, k + 1), m, "noun-after-an")
        if not owned:
            owner = self._owner(c, after, by_person=True)
            if owner is not None:
                return owner
        return self.infer(c, "a speech noun with no عن before it: its owner is inferred")

    def _owner(self, c: Ctx, j: int, by_person: bool = False) -> Found | None:
        """Who a speech noun or document belongs to, read right after it (token j): its issuer (بيان نشرته الوزارة)
        or its owner in construct or with لـ (بيان للحرس الثوري، بيان كاري، قول الشاعر، تصريح الوزير، قول الله)."""
        s, t = c.s, c.s.an.tokens
        if j + 1 < len(t) and s.p.word(j) and undotted(t[j].raw).endswith("ي") and not is_al(t[j].key) and s.p.word(j + 1) \
                and (t[j + 1].key[:1] == "ل" or t[j + 1].key in s.lex.groups["issued"] | self.POSTED):
            j += 1                      # بلاغ إعلامي لحركة نداء تونس، بيان صحفي نشرته: an adjective, then the owner
        if j + 1 < len(t) and t[j].key in s.lex.groups["issued"] | self.POSTED and s.p.word(j + 1):
            m = s.p.mention(j + 1)
            if m is not None and m.kind != "document" and not self._their_own(c, j + 1):
                return self.found(c, s.cast.speaker_of(m, j + 1), m, "noun-issuer")
        if by_person and j < len(t) and t[j].key in s.lex.formula_names:     # (no mention reads الله)
            m = Mention(t[j].start, t[j].end, t[j].raw, t[j].key, None, "person")
            return self.found(c, s.cast.speaker_of(m, j), m, "noun-formula")
        if j < len(t) and s.p.word(j):
            m = s.p.mention(j, allow_prefix=True)
            if m is not None and (m.kind == "organisation" or by_person and (m.kind in ("title", "anonymous") or m.title)):
                return self.found(c, s.cast.speaker_of(m, j), m, "noun-owner")
            known = s._known(m, j) if m is not None and m.kind == "person" else None
            if known is not None:       # منشور ترمب: the known person, not the words glued to the name
                return self.found(c, known, m, "noun-owner")
        return None

    def _their_own(self, c: Ctx, j: int) -> bool:
        """بيان أصدره مكتبه، تغريدة نشرها حسابه: a body with a possessive is the office of someone named before."""
        k = c.s.an.tokens[j].key
        return any(k.endswith(p) and k[:-len(p)] in c.s.lex.org_heads for p in ("ه", "ها", "هم"))

    def infer(self, c: Ctx, reason: str) -> None:
        c.step(self.name, "passed", reason)
        c.infer = True


class Embedded(Sieve):
    name = "embedded"
    why = "a verb in a relative or subjunctive clause (ما وصفه، أن يقول) has its antecedent for subject"

    def __call__(self, c: Ctx) -> Found | None:
        if c.cue.form == "verb" and c.s.embedded(c.ci, c.cue) and not self._own_subject(c):
            c.step(self.name, "passed", self.why)
            c.infer, c.prefix = True, "embedded-"
        return None

    @staticmethod
    def _own_subject(c: Ctx) -> bool:
        """ما أوضحه إنييستا، ما وصفه الوزير بـ: a relative verb with its own titled or known subject or an unnamed
        source after it, or a body after a verb whose object pronoun is the relative (ما اعتبرته تركيا)."""
        s, t = c.s, c.s.an.tokens
        at = subject_start(c)
        m = s.p.mention(at)
        form = s.lex.cues.get(key(c.cue.text))
        if m is not None and m.kind == "organisation" and form is not None and (
                form.has_object or after_what(s, c.ci) and not GoverningClause.resumptive(t[c.ci].key)):
            return True     # وهو ما اعتبرته تركيا «…»، ما وصفته دار «راندوم هاوس»، وفق ما أوضح المرصد: the body speaks
        return m is not None and (m.kind == "person" and (m.title or s._known(m, at) is not None
                                                          or s._subject_ends(s.an.index_at(m.end)))
                                  or m.kind == "title" and s.cast.by_title(m.text, at) is not None
                                  or m.kind == "anonymous")     # ما وصفه مسؤولون بأنها «…»


class AfterVerb(Sieve):
    name = "after-verb"
    why = "Arabic news puts the subject right after the reporting verb (وقال وزير الخارجية …)"

    def __call__(self, c: Ctx) -> Found | None:
        if c.cue.form != "verb":
            return None
        s = c.s
        after = subject_start(c)
        if c.cue.relay and after in s.p.extents:
            # ونقلت "رويترز" عن تيري سميث قوله: the outlet in marks relays, the source after عن speaks
            m2, at = relayed(s, s.p.extents[after], True)
            if m2 is not None:
                t = s.an.tokens
                outlet = s.an.text[t[after + 1].start:t[s.p.extents[after] - 2].end]
                return self.found(c, s.cast.speaker_of(m2, at), m2, "relay", outlet)
        m = s.p.mention(after) or family_mention(s, after) or s.quoted_name(after, governed(c.cue.lemma)) \
            or s.p.definite_subject(after)      # وقال الشاهد: the unnamed source, or the one met before
        for name, check in AFTER_VERB_CHECKS:
            new = check(c, m, after)
            if new is not m:
                if m is not None:
                    c.step(self.name, "rejected" if new is None else "narrowed", name, m)
                m = new
        if m is None:
            # ونقلت وكالات الأنباء الروسية عن ديمتري روغوزين قوله، حين قالت على لسان ناظم أولوس: the source
            m2, at = relayed(s, after, c.cue.relay)
            if m2 is not None:
                return self.found(c, s.cast.speaker_of(m2, at), m2, "relay")
        if m is None:
            c.step(self.name, "passed", "no subject after the verb")
            return None
        # نقلت رويترز عن الوزير قوله، قالت المؤسسة نقلا عن ممثلها: the minister speaks, Reuters relays
        m2, at = relayed(s, s.an.index_at(m.end), c.cue.relay)
        if m2 is None and m.kind == "document":
            m2, at = document_source(s, s.an.index_at(m.end))
        if m2 is None and m.kind in ("organisation", "document"):
            m2, at = trailing_source(s, s.an.index_at(m.end))
        if m2 is not None:
            return self.found(c, s.cast.speaker_of(m2, at), m2, "relay", clean_phrase(m.text))
        return self.found(c, s.cast.speaker_of(m, after), m)


class AndSaid(Sieve):
    name = "clause-subject"
    why = "«X … وقال»: «and said» goes on from the subject of the sentence's verb; the noun before is its object"

    def __call__(self, c: Ctx) -> Found | None:
        if c.cue.form != "verb":
            return None
        s, t, before = c.s, c.s.an.tokens, c.before
        if (before is not None and s.an.index_at(before.end) == c.ci and t[c.ci].raw.startswith(("و", "ف"))
                and t[c.ci].key[1:] in s.lex.cues and not s.p.topic_answer(c.ci)):    # (أما X فقال: X says)
            first = s.an.sentence_start(c.ci)
            sp = s._clause_subject(first, c.ci, c.cue) if first < c.ci - 2 else None
            if sp is not None:
                return self.found(c, sp, None)
        return None


class BeforeVerb(Sieve):
    name = "before-verb"
    why = "a known or titled person, a body or a source right before the verb is its subject (لكن مساعد الكرملين أضاف)"

    def __call__(self, c: Ctx) -> Found | None:
        if c.cue.form != "verb":
            return None
        before = c.before
        if before is not None and before.kind == "organisation" and (c.s.in_prepositional_phrase(before) or genitive_before_and(c.s, before, c.ci)):
            before = None       # … على موقع انستغرام وقالت، ورفض المسؤول مطالب واشنطن وقال: an object, no subject
        if before is None:
            before = relative_subject(c.s, c.ci) or apposed_name_before(c.s, c.ci) or opening_subject(c.s, c.ci)  # لكن X، …، أكدت
        if before is None:
            c.step(self.name, "passed", "no subject before the verb")
            return None
        # قال أحمد إن الوزارة أفادت «…»: she speaks, Ahmed stays the speaker; an act (دعت، تعهدت) is told in his words
        if c.s._embedded_before and (outer := outer_speaker(c.s, c.ci, c.cue)) is not None:
            return self.found(c, outer, None, "embedded-outer")
        rule = "embedded-before-verb" if c.s._embedded_before else self.name
        return self.found(c, c.s.cast.speaker_of(before, c.ci), before, rule)


# ------------------------------------------------------------------------------------- inferred sieves

class Antecedent(Sieve):
    name = "antecedent"
    why = "a verb in a relative clause (X، الذي قال …; الحزب المحافظ الذي يعتبر …) has the noun before الذي for subject"
    inferred = True
    tracking = False

    def __call__(self, c: Ctx) -> Found | None:
        s, t = c.s, c.s.an.tokens
        rel = c.ci - 1
        if rel < 1 or t[rel].key.removeprefix("و") not in ("الذي", "التي", "الذين"):
            return None
        if self._resumptive(c, t[rel].key.removeprefix("و")):
            c.step(self.name, "passed", "the relative pronoun is the verb's object (السعودية التي وصفها)")
            return None
        m, at = s.antecedent(rel)
        if m is None:
            c.step(self.name, "passed", "no person or body right before the relative pronoun")
            return None
        return self.found(c, s.cast.speaker_of(m, at), m)

    RESUMPTIVE = {key("الذي"): "ه", key("التي"): "ها", key("الذين"): "هم"}

    @classmethod
    def _resumptive(cls, c: Ctx, rel: str) -> bool:
        """Does the verb carry the pronoun of the noun before الذي/التي as its object (الرجل الذي وصفه)? Then the
        noun is what was described; the speaker is the sentence's subject."""
        tok, suffix = c.s.an.tokens[c.ci], cls.RESUMPTIVE.get(rel, "")
        n = len(suffix)
        return bool(suffix) and tok.key.endswith(suffix) and len(tok.key) - n >= 3 \
            and c.s.lex.cue(tok.raw[:-n], tok.key[:-n]) is not None


class SameSentence(Sieve):
    name = "same-sentence"
    why = "the subject of an earlier cue of the same sentence (… قال X إن …، مضيفا …)"
    inferred = True
    tracking = False
    FROM_OUTSIDE = ("implicit-last", "previous-subject", "earlier-subject")    # speakers found before the sentence

    def __call__(self, c: Ctx) -> Found | None:
        s, sent = c.s, c.s.an.sentence[c.ci]
        inner = None        # a reported clause's verb (أن السلطات نقلت …، وأضاف) only when no other cue names one
        for j in range(c.ci - 1, -1, -1):
            if s.an.sentence[j] != sent:
                break
            got = s.memory.cue_speaker.get(j)
            if got is not None and got.speaker is not None and s.cues[j].form in ("verb", "participle") \
                    and not relative_with_subject(s, j, got) and not asked_one(s, j) \
                    and not what_clause_apart(s, j, c.cue):
                if not c.cue.plural and s.cues[j].plural and got.rule.endswith("before-verb"):
                    continue            # وقالت after «أن الأطباء أكدوا»: a subject its verb agrees with as plural
                if not that_clause_subject(s, j) and not got.rule.endswith(self.FROM_OUTSIDE):
                    return self.found(c, got.speaker, None)     # (not إذا طلب الشعب ذلك: his speaker is carried over)
                inner = inner or got.speaker
        return self.found(c, inner, None) if inner is not None else None

class ClauseSubject(Sieve):
    name = "clause-subject"
    why = ("a participle (مشيدا، معتبرة), «by saying» (اكتفى الوزير بالقول) or a verb joined by و/ف or لكنه to "
           "the sentence's main verb (ورفض أحد المستخدمين … وكتب) has that verb's subject")
    inferred = True

    def __call__(self, c: Ctx) -> Found | None:
        first = c.s.an.sentence_start(c.ci)
        t = c.s.an.tokens
        joined = c.cue.form == "verb" and c.ci - first > 2 and (t[c.ci].raw.startswith(("و", "ف")) or t[c.ci - 1].key
                                                                in c.s.lex.groups["contrast_pronouns"] or t[c.ci - 1].key == WHEREBY
                                                                or t[c.ci - 1].raw in "،," and t[c.ci].key[:1] not in "يتن")
        # a verb describing a text of the subject's (بمقال … قال فيه، تغريدة تشير): the subject wrote it
        describes = c.cue.form == "verb" and c.ci - first > 2 and (
            c.ci + 1 < len(t) and t[c.ci + 1].key in ("فيه", "فيها", "عنه", "عنها")
            or t[c.ci - 1].key.rstrip("ا") in c.s.lex.documents or t[c.ci - 1].raw.endswith("ة") and c.cue.feminine
            and key(c.cue.text)[:1] in "تي")
        bk = t[c.ci].key.removeprefix("و")
        by_saying = c.cue.form == "noun" and c.ci - first > 1 and (bk.startswith("بال") or bk[:1] == "ب"   # بالقول، بقوله
                                                                  and bk[1:] in c.s.lex.cues and bk.endswith(("ه", "ها")))
        if (c.cue.form == "participle" or joined or describes or by_saying) and first < c.ci:
            sp = describes and self._text_of(c) or c.s._clause_subject(first, c.ci, c.cue,
                                                                      agree=not (describes or by_saying))
            if sp is None and describes and t[c.ci - 1].key.rstrip("ا") in c.s.lex.documents:
                sp = self._put_out_by(c, first, c.ci - 1)   # أصدر قادة الاتحاد الأوروبي بياناً عبّروا فيه
            if sp is not None:
                return self.found(c, sp, None)
        return None

    @staticmethod
    def _text_of(c: Ctx) -> Speaker | None:
        """شريط فيديو لكامبل قالت فيه «…»: the person the text is of, named with ل right before the verb."""
        j, t = c.ci - 1, c.s.an.tokens
        if not (c.s.p.word(j) and t[j].raw[:1] == "ل" and len(t[j].key) > 3):
            return None
        e = c.s.cast.match([token_key(t[j].key[1:], c.s.lex)], pos=j, fem=c.cue.feminine)
        return c.s.cast.person(e) if e is not None else None

    @staticmethod
    def _put_out_by(c: Ctx, first: int, doc: int) -> Speaker | None:
        """Who put out the text at token doc: the subject after the verb that issued it (أصدر قادة الاتحاد
        الأوروبي بياناً), read in the same sentence."""
        s, t = c.s, c.s.an.tokens
        for k in range(doc - 1, first - 1, -1):
            if t[k].key in s.lex.groups["put_out"] or t[k].key in s.lex.groups["issued"]:
                m = s.p.mention(k + 1) if s.p.word(k + 1) else None
                return s.cast.speaker_of(m, k + 1) if m is not None and s.an.index_at(m.end) == doc else None
        return None


class SentenceSubject(Sieve):
    name = "sentence-subject"
    why = "the first known person or body the sentence is about (أثار ويتكوف الجدل …، قائلا)"
    inferred = True
    tracking = False

    def __call__(self, c: Ctx) -> Found | None:
        first = c.s.an.sentence_start(c.ci)
        if c.ci > 0 and c.s.an.tokens[c.ci - 1].key in BUT_HE and not c.cue.feminine and c.s.memory.last_masc is not None \
                and c.s.memory.last_masc.type == "person":
            return None                 # لكنه أضاف: «he» is the man who has been speaking, not a name of the sentence
        for strict in (True, False):
            sp = c.s._sentence_subject(first, c.ci, c.cue, strict)
            if sp is not None:
                return self.found(c, sp, None)
        return None


class PreviousSubject(Sieve):
    name = "previous-subject"
    why = "the titled subject of the sentence before, whose verb agrees with the cue (ودانت المتحدثة … وقالت)"
    inferred = True

    def __call__(self, c: Ctx) -> Found | None:
        sp = c.s._previous_subject(c.s.an.sentence_start(c.ci), c.cue)
        if c.cue.plural and one_person(sp):
            return None                 # وقالوا: not the one body the sentence before is about (قال المرصد)
        return self.found(c, sp, None) if sp is not None else None


class OnlyPerson(Sieve):
    name = "only-person"
    why = "no speaker met yet: the one person the article named before the cue (ويقول: «…» after «قصة إبراهيم دياللو»)"
    inferred = True
    tracking = False

    def __call__(self, c: Ctx) -> Found | None:
        if c.s.memory.last is not None or c.cue.plural:
            return None
        sp = c.s.cast.only_person(c.ci)
        return self.found(c, sp, None) if sp is not None else None


class SentenceAgreement(Sieve):
    name = "sentence-agreement"
    why = "a plural or feminine verb with no subject: the plural source or the one woman its sentence names (غضب الناشطين … ودعوا)"
    inferred = True
    tracking = False

    def __call__(self, c: Ctx) -> Found | None:
        cue = c.cue
        if cue.relay or not (cue.plural or cue.feminine and c.s.memory.last_fem is None):
            return None
        sp = agreeing_in_sentence(c.s, c.ci, cue)
        return self.found(c, sp, None) if sp is not None else None


class LastSpeaker(Sieve):
    name = "implicit-last"
    why = "the current speaker, agreeing in gender with the cue (وأضاف، وقالت)"
    inferred = True
    tracking = False
    PLURAL_REACH = 2    # sentences: a plural source met further back is no longer the one a plural verb takes up

    def __call__(self, c: Ctx) -> Found | None:
        mem, cue = c.s.memory, c.cue
        agrees = not cue.relay          # ونقلت فرانس برس عن …: a relay's verb agrees with the agency, not him
        if agrees and cue.feminine and mem.last_fem is not None:
            return self.found(c, mem.last_fem, None)
        if agrees and not cue.feminine and not cue.plural and mem.last_masc is not None:
            return self.found(c, mem.last_masc, None)
        if agrees and cue.plural and mem.last_plural is not None \
                and c.s.an.sentence[c.ci] - mem.plural_sentence <= self.PLURAL_REACH:
            return self.found(c, mem.last_plural, None)
        if agrees and cue.plural and one_person(mem.last):
            return self.found(c, None, None)    # وقالوا after «وقال المرصد»: a plural verb is not one person
        if not cue.plural and mem.last is not None and plural_source(mem.last, c.s.lex):
            return self.found(c, None, None)    # وأضاف after «ذكرت مصادر»: a singular verb is not the sources
        if agrees and self.other_gender(cue, mem):
            return self.found(c, None, None)    # وأضافت after «وقال كريستيان»: she is not the man met at وقال
        return self.found(c, mem.last, None)

    @staticmethod
    def other_gender(cue: Cue, mem) -> bool:
        """Was the current speaker met with a masculine verb, and the cue is feminine (وأضافت after وقال
        كريستيان)? Only that way round: a masculine verb is also the impersonal one (أن تغيير الاسم يعد)."""
        return cue.feminine and mem.met_as == "m"


ORDER: tuple[Sieve, ...] = (Source(), Embedded(), AfterVerb(), AndSaid(), BeforeVerb(), Antecedent(), GoverningClause(),
                            TextOwner(), SameSentence(), ClauseSubject(), SentenceSubject(), PreviousSubject(),
                            EarlierSubject(), OnlyPerson(), SentenceAgreement(), LastSpeaker())


def decide(s: Subjects, ci: int, cue: Cue, trace: list[Step] | None = None, quoted: bool = True) -> Found:
    """Run the sieves in ORDER on the cue at token ci; the first Found decides. A cue with no quote (quoted=False)
    is read only for what the walk remembers: the sieves that only infer a speaker (tracking False) are skipped."""
    c = Ctx(s, ci, cue, trace if trace is not None else [])
    last = None
    for sieve in ORDER:
        if c.infer and not sieve.inferred or not quoted and not sieve.tracking:
            continue
        got = sieve(c)
        if got is None:
            continue
        if got.speaker is None or (why := no_name_reason(got.speaker, s.cast)) is None:
            return got
        c.step(got.rule, "rejected", f"lone-word: {why}", got.speaker)    # an ordinary word: the next sieve tries
        last = got
    if not quoted:
        return Found(None, None, "not-quoted")
    assert last is not None, "LastSpeaker always decides"
    return Found(None, None, last.rule)        # the last sieve's answer was no name: nobody is named
