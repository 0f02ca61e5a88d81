"""Where a cue's speaker is written (after the verb, before it, an according-to source, a relayed source) or, for a
cue with no subject of its own, inferred (the sentence, the sentence before, the current speaker): read by sieves.py."""
from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from .cast import Cast, Memory, Speaker
from .lexicon import Lexicon
from .mentions import Parser
from .name_words import AMMA
from .verb_subject import (before_parenthetical, described_by_verb, family_mention, has_spoken, opening_aside,
                           opening_conjunction, opening_note, verb_after_new_name,
                           opening_time, relayed_speaks_on, subject_span, topic_of_amma)
from .model import Cue, Mention
from .names import NISBA, bare, clean_phrase, is_al, name_keys, token_key, verb_stem, verbal_noun
from .normalize import key
from .span_context import link_paragraphs
from .text import Analysis, Token

HONOURED = frozenset(key(w) for w in ("عنه", "عنها", "عنهما", "عنهم"))     # رضي الله عنه: the pronoun closing it
THAT_IS = frozenset(key(w) for w in ("إن", "إنه", "إنها"))
SO_HAS = frozenset(key(w) for w in ("فقد", "فلقد"))     # أما X … فقد عبرت: the ف-answer on قد
PRESENT_BEFORE = frozenset(key(w) for w in ("لم", "لن", "لا"))     # a present verb follows them


class Subjects:
    """Readers of one article's speaker positions."""

    def __init__(self, an: Analysis, p: Parser, cast: Cast, cues: dict[int, Cue], lex: Lexicon, memory: Memory):
        self.an, self.p, self.cast, self.cues, self.lex, self.memory = an, p, cast, cues, lex, memory

    @cached_property
    def links(self) -> tuple[tuple[int, int], ...]:
        """The paragraphs that link another article (اقرأ أيضا: …): no sentence of this article's narrative."""
        return link_paragraphs(self.an.text)

    def _previous_subject(self, first: int, cue: Cue | None) -> Speaker | None:
        """The subject of the sentence before, read as a clause subject: «ودانت المتحدثة … هيذر نويرت … . وقالت …»."""
        if cue is None or first == 0 or cue.form != "verb" and not (cue.form == "participle" and self._verb_at(first)):
            return None                 # (… or a participle in a sentence its verb opens: وشاركت في هاشتاغ … قائلة)
        start = self.an.sentence_start(first - 1)
        while start > 0 and any(a <= self.an.tokens[start].start < b for a, b in self.links):
            first, start = start, self.an.sentence_start(start - 1)     # over a link to another article
        if first - start < 4 or start in self.cues and start not in self.memory.cue_speaker \
                or relayed_speaks_on(self, start, first, cue):
            return None                 # (ونسبت هيئة الإذاعة البريطانية إلى ابنته قولها. وأضافت: she speaks on)
        sp = self._clause_subject(start, first, cue, own=False)
        # only someone the article has introduced: a person with a title or a full name, or one who has spoken
        # already (لكن ديان نفى … . وقال, after «وقال ديان إن»), or a known body
        if sp is None or sp.type == "person" and not (sp.title or " " in sp.name or has_spoken(self, sp)) \
                or sp.type in ("document", "title"):
            return None
        if sp.type == "organisation" and key(sp.name) not in self.lex.org_names and " " not in sp.name:
            return None
        return sp

    def _clause_subject(self, first: int, ci: int, cue: Cue, agree: bool = True, own: bool = True) -> Speaker | None:
        """The subject of the verb that opens the sentence, read by position: VERB SUBJECT (طالب السيسي قوات الجيش …،
        مشيدا) or SUBJECT … VERB after an auxiliary (وكانت قوات الدفاع الشعبي … دانت …، معتبرة), past a phrase put
        before the clause (من جانبه، وبحسب بيان الرئاسة،). None when the sentence does not open that way."""
        t = self.an.tokens
        noted = opening_note(self.an, self.lex, first, ci)      # ويذكر أن X فعل: a background clause, its subject first
        j = opening_conjunction(self.an, self.lex, opening_aside(self.an, noted, ci), ci)    # من جانبه عبر، فيما يعتقد
        if j + 3 < ci and t[j].key.lstrip("وف") == "من" and self.p.word(j + 1) and is_al(t[j + 1].key) \
                and t[j + 2].key == "ان":
            # ومن المتوقع أن يزور رئيس المفوضية … يونكر: the clause after أن; a person only (not a body's agenda)
            sp = self._clause_subject(j + 3, ci, cue, agree, own)
            return sp if sp is not None and sp.type == "person" else None
        # a preposed phrase up to its comma: وعن خطة …، من جانبه، وبحسب بيان الرئاسة،
        if t[j].key in self.lex.groups["preposed"] or t[j].key == "من" or (j in self.cues and self.cues[j].form == "according"):
            k = self._comma_from(j, ci)
            if k >= ci - 2 or k - j > 6:
                return None
            j = k + 1
        j = opening_time(self.an, self.lex, j, ci)      # ومنذ حزيران/يونيو يرفض الوزير: the verb after the time
        aux = topic = False
        while j < ci and (t[j].key in self.lex.clause_openers or t[j].key in AMMA):    # (أما X فـ)
            aux = aux or bare(t[j].key.lstrip("وف")) in ("كان", "كانت")
            topic = topic or t[j].key in AMMA
            j += 1
        if j + 1 >= ci or not self.p.word(j) or not (self.p.word(j + 1) or j + 1 in self.p.extents):
            return None                 # (a body's name in marks may follow its head: صحيفة "ذي غارديان")
        m = self.p.mention(j)
        if topic and m is not None and not (t[end := self.an.index_at(m.end)].raw in "،," or self.p.topic_answer(end)):
            return None                 # أما عتبة الفقر فلم يطرأ: a topic that runs to no comma and no ف-answer
        if m is not None and m.kind == "organisation" and self._verb_like_body(m, j):
            m = None                    # وفتح الرئيس الباب: the verb فتح, not the movement
        # SUBJECT first: a title, a body or an unnamed source (after كان: وكانت قوات الدفاع الشعبي … دانت)
        if m is not None and (m.kind in ("title", "organisation", "anonymous") or m.title) and (
                aux or m.kind != "organisation" or key(m.text) in self.lex.org_names):
            return self.cast.speaker_of(m, j)
        if own and m is not None and m.kind in ("organisation", "document") and not aux \
                and self._verb_at(self.an.index_at(m.end)) and (not agree or cue.feminine == t[j].raw.endswith("ة")):
            return self.cast.speaker_of(m, j)   # لكن محكمة التمييز العراقية أعادت …، واعتبرت: a body, then its verb
                                                # (the cue's own sentence only: not carried to the next one)
        if m is not None and m.kind == "person" and ((known := self._known(m, j)) is not None or aux and t[
                self.an.index_at(m.end)].key == "قد"):
            v = self.an.index_at(m.end)
            if noted > first and agree and self._verb_at(v) and cue.feminine != verb_stem(t[v].key).endswith("ت"):
                return None             # يذكر أن سينتسوف نفى … . وقالت: not him
            return known or self.cast.speaker_of(m, j)  # (وكان ترامب قد توعد …، قائلا: the name before قد)
        if m is not None and m.kind == "person" and verb_after_new_name(self, m, cue, agree):
            return self.cast.speaker_of(m, j)   # لكن فايز السحار، والد …، ينفي: a new name, then its verb
        return self._verb_first_subject(j, cue, agree)

    def _verb_first_subject(self, j: int, cue: Cue, agree: bool) -> Speaker | None:
        """VERB SUBJECT at j: a word with no article, not a known name (هنأ رئيس وزراء بلغاريا: no function word هنا),
        then a title, a body, a known person, a name with its title in apposition, or an unnamed source (رفض المسؤول)
        unless a person speaks, whom «the official» may be."""
        t = self.an.tokens
        vk = t[j].key
        verb_cue = j in self.cues and self.cues[j].form == "verb" or vk in self.lex.groups["verbs_with_an"]
        first = self.an.sentence_start(j)       # (the sentence's first word, or the first after من جانبه)
        opens = j in (first, opening_aside(self.an, first, j + 2)) and self.p.word(j + 1) \
            and self.p.title_head(j + 1) is not None
        if is_al(vk) or self.p.function(vk, j) and not verb_cue and not t[j].raw.endswith("أ") \
                or vk in self.lex.native_given and not opens \
                or self.p.title_head(j) is not None:
            return None                 # (صادق رئيس الوحدة هشام مرسي: a verb spelt like a given name before a title)
        present = j > 0 and t[j - 1].key.lstrip("وف") in PRESENT_BEFORE    # ولم تصدر الوزارة: ت is «she»
        if agree and cue.feminine != (verb_stem(vk).endswith("ت") or present and vk[:1] == "ت"):
            return None                 # دانت …، معتبرة; طالب …، مشيدا: the verb agrees with the participle
        m = self.p.mention(j + 1) or family_mention(self, j + 1, after_verb=True) or (
            self.p.definite_subject(j + 1) if getattr(self.memory.last, "type", None) != "person" else None)
        if m is None or m.kind == "document" and bare(key(m.text).split()[0]) not in self.lex.body_heads:
            return None                 # (an outlet speaks: وطرحت صحيفة "الماركا" الإسبانية …، وقالت)
        if m.kind == "person" and not m.title and " " not in m.name.strip() \
                and t[j + 1].raw.endswith(("ه", "ها", "هم")) and self._known(m, j + 1) is None:
            return None                 # وعلل صمته … بالقول: a noun with a possessive is the object
        if m.kind == "person" and not m.title:
            return self._untitled_subject(m, j + 1)
        return self.cast.speaker_of(m, j + 1)

    def _untitled_subject(self, m: Mention, j: int) -> Speaker | None:
        """A name with no title after the verb at j: a known person, read from its first words (وأقامت دانييلز دعوى); an
        unknown name alone before what ends a subject (ولم يشأ باخ أن), or of two words or more before a comma or a title
        in apposition (وقدم دييغو كوستا مهاجم إسبانيا), whose title is the speaker's (ورفض فاران مدافع ريال مدريد)."""
        t = self.an.tokens
        known = self._known(m, j)
        end = self.an.index_at(m.end)
        apposed = " " in m.name and (self.p.apposition(end) or end < len(t) and t[end].raw in "،,")
        once = " " not in m.name.strip() and t[j].raw.endswith(("ا", "ة")) \
            and len(self.cast.word_positions().get(t[j].key, ())) < 2
        if not (known and known.title) and end < len(t) and self.p.apposition(end) and self.p.title_end(end) > end + 1:
            te = self.p.title_end(end)
            return replace(known or self.cast.speaker_of(m, j), title=clean_phrase(self.an.text[t[end].start:t[te - 1].end]))
        if known is not None or not apposed and not self._sure_name(m) \
                and (" " in m.name or not self._subject_ends(end) or once):
            return known                # (… a noun-shaped word the article writes once is no name: سجالا، عودة)
        return self.cast.speaker_of(m, j)

    def _sure_name(self, m: Mention) -> bool:
        """Two words or more, a first name the lexicon knows and then no ordinary word (وانتقدت حنان مطاوع الحكم):
        a name, whatever follows it (not وأقامت دانييلز دعوى، وقدم محمد استقالته)."""
        ws = key(m.name).split()
        return len(ws) >= 2 and self.p.first_name(ws[0]) and not any(
            w in self.lex.common_nouns or w in self.lex.common_verbs or verbal_noun(w) or w.endswith("ه") for w in ws[1:])

    def _verb_at(self, k: int) -> bool:
        """Is token k a verb: a reporting verb that relays nobody or a frequent news verb (تكتب، أعلنت، تقول)?"""
        return self.p.word(k) and (k in self.cues and self.cues[k].form == "verb" and not self.cues[k].relay
                                   or self.an.tokens[k].key in self.lex.common_verbs)

    def _comma_from(self, j: int, ci: int) -> int:
        """The first comma from token j on before ci (or ci): the end of a preposed phrase (وعن خطة الرئاسة …،)."""
        return next((k for k in range(j, ci) if self.an.tokens[k].raw in "،,"), ci)

    def _verb_like_body(self, m: Mention, j: int) -> bool:
        """A one-word body after و/ف opening a clause and followed by a definite word (وفتح الرئيس، وأمل
        الوزير) is a verb and its subject, not the movement (فتح، أمل)."""
        t = self.an.tokens
        end = self.an.index_at(m.end)
        return (" " not in m.text.strip() and t[j].raw[:1] in "وف" and self.p.word(end)
                and is_al(t[end].key) and not self.p.nationality(t[end].key))

    def _sentence_subject(self, j: int, ci: int, cue: Cue | None, strict: bool) -> Speaker | None:
        """The first known person or body the sentence is about, before token ci. Strict: not right after a preposition,
        a conjunction or أن (… من أن ويتكوف منحاز …); else أن is allowed (أن وزير التعليم أصدر تعميما، شدد فيه …)."""
        first = j
        # a phrase put before the clause (وعن خطة الرئاسة …) holds no subject: skip it to its comma or the verb
        if j < ci and self.an.tokens[j].key in self.lex.groups["preposed"]:
            k = self._comma_from(j, ci)
            j = first = k + 1 if k < ci else ci
        while j < ci:
            if not self.p.word(j):
                j += 1
                continue
            prev = self.an.tokens[j - 1] if j > first else None
            m = self.p.mention(j)
            nxt = self.an.index_at(m.end) if m is not None else j + 1
            fem_org = cue is not None and cue.feminine and m is not None and m.kind == "organisation"
            after_that = prev is not None and prev.key in ("ان", "بان", "وان")
            ok = fem_org or prev is None or prev.raw in "،,»\"”" or (not strict and after_that) or (
                prev.key in self.lex.groups["auxiliaries"] and j - 1 == first) or (
                prev.is_word and not self.p.function(prev.key) and prev.key not in self.lex.cues
                and not self.p.title_head(j - 1) and prev.key not in ("مع", "عن", "بين", "و") and self._verb_like(prev))
            sp = self._known(m, j) if m is not None and ok else None
            if sp is None and prev is None and m is not None and m.kind in ("document", "organisation") \
                    and self.lex.is_outlet(m.text, headed=True):
                sp = self.cast.speaker_of(m, j)     # صحيفة "ذي غارديان" البريطانية التي …، ترى أن: a press review
            if sp is not None and (cue is None or not cue.feminine or sp.type != "person"):
                return sp
            if m is None:
                j += 1
            elif ok and sp is None and m.kind == "person" and not m.title:
                j += 1      # an unknown word may be a verb glued to the subject's name (أثار ويتكوف)
            else:
                j = max(nxt, j + 1)
        return None

    def _verb_like(self, w: Token) -> bool:
        """Could the word before a name be its verb (أثار ويتكوف)? Not a noun in ة or a noun with ب/ل (عائلة دوابشة،
        بقوات التحالف), unless its genitive speaks (صفحة رئيس الوزراء، بمقولة للزعيم، تصريحات للاعب)."""
        k = w.key
        noun = k[1:] if k[:1] in "بل" and k[1:] in self.lex.common_nouns else k if w.raw.endswith("ة") else ""
        return not noun or bare(noun) in self.lex.groups["owner_nouns"] or noun in self.lex.source_nouns \
            or noun in self.lex.documents or self.lex.cues.get(noun) is not None

    def _known(self, m: Mention, j: int) -> Speaker | None:
        """The speaker a mention names if it is somebody already known: a person of the article, a titled
        person, a known organisation. Unknown words are not taken for a subject."""
        if m.kind == "title":
            e = self.cast.by_title(m.text, j)
            return self.cast.person(e, clean_phrase(m.text)) if e else None
        if m.kind == "person":
            if m.title or m.name in self.lex.formula_names and m.name != m.text:
                return self.cast.speaker_of(m, j)     # … or a formula (فهو صلى الله عليه وسلم يقول)
            keys = name_keys(m.name.split(), self.lex)
            for n in range(len(keys), 0, -1):      # ترامب لضغوط: the name may be followed by other words,
                e = self.cast.match(keys[:n])
                if e is not None and n == 1 < len(keys) and self._other_family(e.name, m.name):
                    return None
                if e is not None:
                    return self.cast.person(e)
            words = key(m.name).split()
            if len(words) == 1 and (self.cast.register_full_name(words[0]) or self.cast.register_from_first(words[0])):
                e = self.cast.match(keys[:1])       # ماتيوس، جيجي: the article names لوثار ماتيوس، جيجي حديد elsewhere
                if e is not None:
                    return self.cast.person(e)
            return None
        ks = key(m.text).split()
        if m.kind == "organisation" and (" ".join(ks) in self.lex.org_names or len(ks) == 2 and ks[0] in self.lex.org_names
                                         and bare(ks[0]) in self.lex.title_domains
                                         and bare(ks[0]) not in self.lex.bare_org_heads):
            return self.cast.speaker_of(m, j)       # … or a ministry's domain and nationality (الخارجية الجزائرية)
        return None

    def _other_family(self, full: str, name: str) -> bool:
        """Does the name (عبدالله بوشامس) share only its first name with the cast's person (عبدالله بن حيدر), its
        second word a family name of its own, not a word glued to the name (نيمار تقديم، زيدان مدريد، أحمد إمكانية)
        nor another person's first name (وهاجم مهاتير نجيب رزاق: Mahathir, then whom he attacked)?"""
        fk, (first, k) = key(full).split(), (key(name).split() + [""])[:2]
        return len(fk) >= 2 and fk[0] == first and fk[1] != k and not (
            is_al(k) or verbal_noun(k) or k in self.lex.common_verbs or self.p.first_name(k) or k.endswith("يه") or any(
                k.endswith(end) and k[:len(k) - len(end)] in self.lex.common_nouns for end in ("", "ا", "ه", "ها")))
        # (أرضا، هواتفه: a noun in the accusative or with its pronoun)

    def embedded(self, ci: int, cue: Cue) -> bool:
        """A reporting verb inside a relative clause (ما وصفه، التي تواصل) or a subjunctive clause (أن يقول)
        has the antecedent for subject, not the words after it."""
        if ci == 0 or self.an.sentence[ci - 1] != self.an.sentence[ci]:
            return False
        prev = self.an.tokens[ci - 1].key
        if prev in self.lex.groups["relatives"] or prev in self.lex.groups["masdar_heads"]:
            return True                 # … or a verbal noun in construct: طالبا عدم ذكر اسمه، من أجل نقل
        present = key(cue.text).lstrip("وف")[:1] in "يت" and cue.lemma[:1] not in "يت"
        return prev in self.lex.groups["subordinators"] and present

    def antecedent(self, rel: int) -> tuple[Mention | None, int]:
        """The longest person or body within eight words ending right before the relative pronoun at rel (a comma
        between allowed: محمد علي النصري، الذي قال; الحزب المحافظ الذي يعتبر), or (None, rel)."""
        t, j = self.an.tokens, rel - 1 - (rel > 0 and self.an.tokens[rel - 1].raw in "،,")
        o = next((o for o in (j - 3, j - 4) if o >= 0 and t[o].raw in "«\"“" and t[j].raw in "»\"”"), None)
        if o is not None and self.p.first_name(t[o + 1].key) and all(x.is_word and not self.p.function(x.key)
                                                                  for x in t[o + 1:j]):     # «مارك بالوتا» الذي قال
            a, b = t[o + 1].start, t[j - 1].end
            return Mention(a, b, self.an.text[a:b], self.an.text[a:b], None, "person"), o + 1
        for s in range(max(0, j - 8), j + 1):
            if self.an.sentence[s] != self.an.sentence[rel] or not self.p.word(s):
                continue
            m = self.p.mention(s)
            if m is not None and self.an.index_at(m.end) == j + 1 and m.kind != "document" and (
                    m.kind != "person" or m.title or self._known(m, s) is not None or " " in m.name):
                return m, s
        return None, rel

    def _aux_subject(self, ci: int) -> Mention | None:
        """The person after the auxiliary that opens the sentence (وكان X … قد قال): known or named in full."""
        first = self.an.sentence_start(ci)
        if self.an.tokens[first].key not in self.lex.groups["auxiliaries"] or first + 1 >= ci - 1:
            return None
        m = self.p.mention(first + 1)
        if m is None or self.an.index_at(m.end) >= ci:
            return None
        e = self.cast.match(name_keys(m.name.split(), self.lex)) if m.kind == "person" and m.name else None
        return m if m.kind == "person" and (" " in m.name.strip() or e is not None and len(e.keys) >= 2) else None

    def _formula_ending(self, j: int) -> Mention | None:
        """A formula that names who speaks (names.json formula_speakers) ending at token j, or None."""
        for words, _ in self.lex.formula_speakers:
            s = j - len(words) + 1
            m = self.p.mention(s) if s >= 0 else None
            if m is not None and m.name in self.lex.formula_names and self.an.index_at(m.end) == j + 1:
                return m
        return None

    def _honoured(self, e: int) -> Mention | None:
        """The person named right before the honorific at token e (عن ابن عمر رضي الله عنهما), with «son of» before
        the name (ابن عمر is not عمر)."""
        t = self.an.tokens
        for s in range(max(0, e - 8), e):
            m = self.p.mention(s)
            if m is not None and m.kind == "person" and self.an.index_at(m.end) == e:
                if s > 0 and t[s - 1].key in self.lex.son:
                    text = self.an.text[t[s - 1].start:m.end]
                    return Mention(t[s - 1].start, m.end, text, text, None, "person")
                return m
        return None

    def _ending_at(self, end: int, ci: int) -> Mention | None:
        """A titled or known person, a body or a source that ends at token end (within ci's sentence)."""
        for s in range(max(0, end - 8), end + 1):
            if self.an.sentence[s] != self.an.sentence[ci] or not self.p.word(s):
                continue
            m = self.p.mention(s)
            if m is not None and self.an.index_at(m.end) == end + 1 and (
                    m.kind in ("organisation", "anonymous") or m.title or self._known(m, s) is not None):
                return m
        return None

    def quoted_name(self, j: int, governs: str = "") -> Mention | None:
        """A name in marks as the subject (وقال «ماتا»: …): a person alone in the span, a registry body (وقالت "هيومن
        رايتس ووتش" إنها) or a body's name the reader does not know (وقالت "إيكونوميست إنتليجينس" في بيان)."""
        end = self.p.extents.get(j)
        if end is None or end - j < 3:
            return None
        t = self.an.tokens
        inner = t[j + 1:end - 1]        # the words in the marks (the parser reads no words inside marks)
        apposed = end < len(t) and end - j >= 4 and (self.p.apposition(end) or self._apposed_after_comma(end))
        if 1 <= len(inner) <= 3 and all(x.is_word and (apposed or not self.p.function(x.key)) for x in inner):
            a, b = inner[0].start, inner[-1].end
            if self.p._prepositional(j + 1, False) is not None:
                return None             # وقالت "للعربية": whom she told
            body = self.lex.is_outlet(self.an.text[a:b]) or key(self.an.text[a:b]) in self.lex.org_names
            m = Mention(a, b, self.an.text[a:b], self.an.text[a:b], None, "organisation" if body else "person")
            if self._known(m, j + 1) is not None or end < len(t) and (t[end].raw == ":" or t[end].key in THAT_IS) or apposed:
                return m                # (وقال «ماتا»: «…»، وقالت "أوبر" إن، وأعلن "لي كيو تشول" المتحدث: the speaker)
        m = self.p.mention(j + 1)       # a body's name, or a name of two words or more before «في بيان»
        statement = end + 1 < len(t) and t[end].key == "في" and t[end + 1].key in self.lex.documents
        known_body = key(self.an.text[t[j + 1].start:t[end - 2].end]) in self.lex.org_names and not (
            governs and end < len(t) and t[end].key == governs)   # "هيومن رايتس ووتش"; not ودعا "حماس" إلى
        if 3 <= end - j <= 6 and all(t[x].is_word for x in range(j + 1, end - 1)) and end < len(t) and (
                (m is not None and m.kind == "organisation" or known_body) and self._subject_ends(end)
                or end - j >= 4 and statement):
            a, b = t[j + 1].start, t[end - 2].end
            return Mention(a, b, self.an.text[a:b], self.an.text[a:b], None, "organisation")
        return None

    def _apposed_after_comma(self, end: int) -> bool:
        """A comma and a title in apposition after a name in marks, perhaps after وهو/وهي (تقول "نجلا داغمان"،
        وهي ناشطة من المجتمع المدني; يقول "شادي حميد"، مدير البحث بمركز بروكينجز)."""
        t = self.an.tokens
        k = end + 1 + (end + 2 < len(t) and t[end + 1].key in self.lex.groups["apposed_pronouns"])
        return t[end].raw in "،," and k < len(t) and self.p.word(k) and self.p.apposition(k)

    def described_person(self, j: int) -> bool:
        """Does a relative clause about a person follow at j (، التي جاءت لتعبر …; ، الذي قال …)? Then the word
        before it is a subject, not an object: وأكدت غيرسدورف، التي جاءت …، أنها."""
        t = self.an.tokens
        return j + 1 < len(t) and t[j].raw in "،," and t[j + 1].key in ("الذي", "التي")

    def _subject_ends(self, j: int) -> bool:
        """After a subject comes what follows a speaker: إن/أن, a colon or comma, a quotation mark, a
        prepositional phrase (للصحفيين، لـ«رويترز»، في بيان), a date, or the end."""
        t = self.an.tokens
        while j < len(t) and t[j].is_word and t[j].raw[:1].isascii() and not t[j].raw[:1].isdigit():
            j += 1                      # … past the name in Latin letters (غاري كنغ Gary King،)
        if j >= len(t) or self.p.strong_boundary(j) or self.an.masked[j] or self.p.apposition(j):
            return True                 # … or a title in apposition: وقال علي أحمد مدير إدارة …
        if self.p.honorific(j) or self.p.adverbial(j) or self.p.word(j) and self.p.manner(j):
            return True                 # … or a formula (الإمام الشاطبي رضي الله عنه), or how he spoke (ردا على، بهدوء)
        k = t[j].key
        if self.p.org_at(j) and " ".join(t[x].key for x in range(j, j + self.p.org_at(j))) in self.lex.outlets_any:
            return True                 # … or the outlet told (وأبلغ فيتسل رويترز)
        return t[j].raw.startswith(("لـ", "بـ")) or k.startswith(("لل", "بال")) or k[:1] == "ل" and (
            k[1:] in self.lex.documents or k[1:] in self.lex.name_nouns or k[1:] in self.lex.outlets_any
            or self.p.word(j) and self.p._prefixed_name(j))              # لبي بي سي

    def _object_after_name(self, m: Mention) -> bool:
        """NAME ال-NOUN after an object-first verb: the ال-word is its object, not a family name, unless the
        name is an Arabic given name (ونفى كونتي التقارير; but وانتقد بشار الأسد)."""
        words, end = key(m.name).split(), self.an.index_at(m.end)
        nxt = self.an.tokens[end].key if self.p.word(end) else ""       # أن or a title after it: what follows a
        return (len(words) == 2 and words[1].startswith("ال") and words[0].lstrip("وف") not in self.lex.native_given
                and self.cast.match([token_key(w, self.lex) for w in words]) is None    # not a name met before
                and nxt not in ("ان", "انه", "انها", "بان") and not self.p._apposed_title(end))   # speaker (دخيل الطيار أن)

    def _known_start(self, m: Mention, i: int) -> Mention:
        """An unknown run of words that starts with a known person's name is that name and then other words:
        وتتهم مانيجولت نيومان ترامب: the subject is مانيجولت نيومان, ترامب the object."""
        t = self.an.tokens
        end = self.an.index_at(m.end)
        for j in range(end - 1, i, -1):
            # what is cut off must not look like a family name (ابو مالك الشامي، أحمد داود أوغلو): it is a known
            # person (ترامب), a common noun with ال (التقارير), a prepositional phrase (لبي بي سي، بقيام) or an
            # accusative (مازحا، تعقيبا)
            cut = t[j].key
            if not (self.cast.match([token_key(cut, self.lex)]) is not None
                    or cut.startswith("ال") and not cut.endswith(NISBA)
                    or cut[:1] in "لب" and cut not in self.lex.native_given
                    or cut.endswith("ا") and len(cut) >= 4 and cut not in self.lex.native_given):
                continue
            keys = name_keys([t[x].raw for x in range(i, j)], self.lex)
            e = self.cast.match(keys) if keys else None
            # … a name that ends as the person's does (not حسن of حسن روحاني before حسن قشقوي)
            if keys and (e is not None and e.keys[-1] == keys[-1] or j - i >= 2 and self.cast.register_full_name(
                    t[j - 1].key, tuple(t[x].key for x in range(i, j - 1)))):
                return self.p._make(i, j, None, "person")
        return m

    def _plausible_person(self, m: Mention) -> bool:
        """After an object-first verb a bare word is a subject only if it names a known person or looks like
        a name (not a common noun we cannot tell apart): accept titled names and known people."""
        words = key(m.name).split()
        if m.title or key(m.name) in self.lex.known_people or len(words) >= 2 and (
                words[0] in self.lex.foreign_given or all(self.p.given(w) for w in words)) \
                or len(words) == 1 and words[0] in self.p.after_given and not self._after_given_word(m):
            return True                 # … or a person of the registry (وانتقد ماكرون الاتفاق), or a first name of
                                        # another language and more (ونفى أنطونيو كونتي التقارير), given names only
                                        # (إبراهيم محمد بحر العلوم), a family name after a first name (سألته دندراوي)
        keys = name_keys(m.name.split(), self.lex)
        return self.cast.match(keys) is not None

    def _after_given_word(self, m: Mention) -> bool:
        """Is the word before the mention a given name (روى تفاصيل: the verb روى also spells one)?"""
        j = self.an.index_at(m.start)
        return j > 0 and self.p.given(self.an.tokens[j - 1].key)

    def in_prepositional_phrase(self, m: Mention) -> bool:
        """Is the mention inside a phrase a preposition opens (… على موقع انستغرام، من اهمية تحذير صندوق النقد)?"""
        t, j = self.an.tokens, self.an.index_at(m.start)
        while j > 0 and self.p.word(j - 1) and not self.p.function(t[j - 1].key) and t[j - 1].key not in self.lex.cues:
            j -= 1
        return j > 0 and t[j - 1].key in self.lex.groups["prepositions"]

    def _before(self, ci: int) -> Mention | None:
        """A subject right before the verb: لكن مساعد الكرملين أضاف; وكان ترامب قد أبلغ; ترامب، الذي …، هدد."""
        t = self.an.tokens
        j = ci - 1
        while j >= 0 and t[j].key in self.lex.groups["before_verb"]:
            j -= 1                      # وكان ترامب قد أبلغ، لكن مساعد الكرملين بدوره أضاف
        if j < 0 or self.an.sentence[j] != self.an.sentence[ci]:
            return None
        if t[ci - 1].key == "قد" and (m := self._aux_subject(ci)) is not None:
            return m                    # وكان منصور العتيبي سفير الكويت لدى الأمم المتحدة قد قال
        if (m := self._formula_ending(j)) is not None:
            return m                    # فهو صلى الله عليه وسلم يقول: a formula names him
        if j >= 3 and self.p.honorific(j - 2) and t[j].key in HONOURED:
            return self._honoured(j - 2)    # عن أبي هريرة رضي الله عنه قال: the narrator the formula honours
        if t[j].raw in "،," and t[ci].raw.startswith("ف") and (m := self._ending_at(j - 1, ci)) is not None:
            return m                    # … رئيس مجلس الإدارة عبدالله الربيعان، فقال: the subject before the comma
        if (t[ci].raw.startswith("ف") or t[ci - 1].key in SO_HAS) and not getattr(
                self.lex.cue(t[ci].raw, t[ci].key), "has_object", True) and (m := topic_of_amma(self, ci)) is not None:
            return m                    # أما الناشط حاتم الهواوي الذي يقيم في جندوبة …، فيقول (… فقد عبرت)
        j = before_parenthetical(self, j, ci)
        if j is None:
            return None
        end = j
        start, marks = subject_span(self, j, ci)
        for s in range(start, end + 1):
            m = self.p.mention(s)
            if marks is not None and m is not None and not (m.kind == "person" and m.title):
                continue                # (not التي تتبنى أفكار تنظيم "داعش" اعترفت: a body in marks, a genitive)
            # only a subject we can recognise: a known or titled person, a body, an unnamed source
            # never the noun of a prepositional phrase: … التحول السياسي في سوريا يلمح إلى …
            if s > 0 and t[s - 1].key in self.lex.groups["prepositions"] and not described_by_verb(self, m, s, ci):
                continue
            if any(x >= 0 and t[x].raw.startswith(("لل", "بال")) and self.p.title_head(x) is not None
                   for x in (s - 1, s)):
                continue                # … للسير كليف وقالت: a title with its preposition, whom she spoke to
            # … or any name between an auxiliary and the verb (وكان ماتيس أكد): the clause's subject
            after_aux = s > 0 and t[s - 1].key in self.lex.groups["auxiliaries"] and m is not None and m.kind == "person"
            stop = self.an.index_at(m.end) if m is not None else -1
            while after_aux and stop <= end and self.p.nationality(t[stop].key):
                stop += 1               # وكانت BeIN القطرية - … - قالت: the name and its nationality
            # … or a person of the registry or a name with a known first name (روحاني قال: «…»)
            opens = m is not None and m.kind == "person" and self._plausible_person(m) and (
                s == self.an.sentence_start(ci) or not self.p.word(s - 1))     # (not لفريق جوارديولا قال كلوب)
            if m is not None and stop == end + 1 and (
                    m.kind in ("organisation", "anonymous", "title") or after_aux or opens or self._known(m, s) is not None
                    or m.kind == "document" and bare(key(m.text).split()[0]) in self.lex.body_heads
                    and len(m.text.split()) >= 3):
                self._embedded_before = s > 0 and t[s - 1].key in ("ان", "بان", "وان", "لان")
                return m                # (… or an outlet named by its head: وكالة الأنباء السعودية قالت)
        return None
