"""Mentions: the speaker phrase that starts at a token — a person with or without a title, a titled office
with no name, a body, an unnamed source, a document — split into title and name.

`Parser.mention` tries the READERS in order, as `spans.not_quote_reason` tries its rules: each reader looks
for one kind of phrase at the token and returns a Mention, NO (no mention can start here: the word opens a
prepositional phrase) or None (not this kind: try the next)."""
from __future__ import annotations

from dataclasses import replace

from .model import Mention
from .names import NISBA, bare, is_al, raw_article
from .name_words import FROM
from .normalize import key
from .phrases import Reader
from .source_phrases import SourcePhrases
from .title_names import TitleNames

NO = Mention(0, 0, "", "", None, "none")        # a reader's answer: no mention starts at this token
COUNT = key("عدد")                              # عدد سكانها: «the number of», no quantifier of a source


class Parser(SourcePhrases, TitleNames, Reader):
    """Reads the mention starting at a token (memoised: mentions are immutable)."""

    def mention(self, i: int, allow_prefix: bool = False) -> Mention | None:
        """The speaker mention starting at token i, if one does. With allow_prefix, a ل/ب glued to the
        phrase is read through (بحسب لوزارة …)."""
        k = (i, allow_prefix)
        if k in self._mention:
            return self._mention[k]
        m = self._mention[k] = self._mention_uncached(i, allow_prefix)
        return m

    def _mention_uncached(self, i: int, allow_prefix: bool) -> Mention | None:
        if 0 <= i < len(self.t) and self.t[i].raw == "(" and not self.an.masked[i]:
            return self._parenthesised(i)
        if 0 <= i < len(self.t) - 1 and self.t[i].raw == "#" and self.t[i].end == self.t[i + 1].start:
            i += 1              # a hashtag: قال الرئيس الأميركي، #دونالد_ترمب
        if not self.word(i):
            return None
        for reader in READERS:
            m = reader(self, i, allow_prefix)
            if m is NO:
                return None
            if m is not None:
                return m
        return None

    # --- the readers, in the order READERS lists them
    def _parenthesised(self, i: int) -> Mention | None:
        """ويقول (خينغ كونغ سان) مدير جمعية …: a name in parentheses."""
        j = self.name_run(i + 1)
        if j > i + 1 and j < len(self.t) and self.t[j].raw == ")":
            name = self.an.text[self.t[i + 1].start:self.t[j - 1].end]
            return Mention(self.t[i].start, self.t[j].end, self.an.text[self.t[i].start:self.t[j].end], name,
                           None, "person")
        return None

    def formula_at(self, i: int) -> Mention | None:
        """The formula naming who speaks at token i (قال تعالى، لقوله صلى الله عليه وسلم), if any."""
        return self._formula(i, False)

    def _formula(self, i: int, allow_prefix: bool) -> Mention | None:
        """قال تعالى، قال صلى الله عليه وسلم: a formula names who speaks (names.json formula_speakers)."""
        t, k = self.t, self.t[i].key
        first = self.lex.formula_first
        if k not in first:
            if not (k[:1] in "وف" and k[1:] in first):
                return None
            k = k[1:]                   # والله سبحانه وتعالى
        at = self._formula_words(i, max(len(w) for w, _ in self.lex.formula_speakers))
        for words, speaker in self.lex.formula_speakers:
            if k == words[0] and len(at) >= len(words) and all(t[at[n]].key == w for n, w in enumerate(words) if n):
                end = t[at[len(words) - 1]].end
                return Mention(t[i].start, end, self.an.text[t[i].start:end], speaker, None, "person")
        return None

    def _formula_words(self, i: int, n: int) -> list[int]:
        """The first n word tokens from i, past the dashes a formula is set off with (النبي -صلى الله عليه وسلم-)."""
        t, at, j = self.t, [], i
        while j < len(t) and len(at) < n:
            if self.word(j) or t[j].raw in ("(", ")"):
                at.append(j)            # (النبي (ص): brackets are words of the formula)
            elif set(t[j].raw) - set("-–—"):
                break
            j += 1
        return at

    def _prepositional(self, i: int, allow_prefix: bool) -> Mention | None:
        """للصحفيين، لمعهد، بالرئيس، لـCNN، لرويترز: a prepositional phrase is not a subject."""
        if allow_prefix:
            return None
        k = self.t[i].key
        if self.t[i].raw.startswith(("لـ", "بـ", "ولـ", "وبـ")) or k.startswith(("لل", "بال", "ولل", "وبال")):
            return NO
        rest = k[1:]
        if self.prefixed_known(i) or k[:1] in "لب" and (
                rest in self.lex.org_heads or rest in self.lex.documents or rest in self.lex.name_nouns
                or rest in self.lex.anonymous or rest in self.lex.places):
            return NO
        return None

    def _spokesperson(self, i: int, allow_prefix: bool) -> Mention | None:
        """متحدث باسم الخارجية الأمريكية، متحدث باسم فيزا: an unnamed spokesperson of a body."""
        k = self.t[i].key
        if k in self.lex.anonymous and k in self.lex.title_heads and self.word(i + 1) and (
                self.t[i + 1].key in self.lex.title_complements or is_al(self.t[i + 1].key)
                and not self.t[i + 1].key.endswith(NISBA)):
            te = self.title_end(i)
            if self.name_run(te) == te:
                return self._make(i, te, None, "anonymous")
        return None

    def _anonymous(self, i: int, allow_prefix: bool) -> Mention | None:
        """مسؤول أمريكي، مصادر مطلعة، مصدر دبلوماسي رفيع، أحد المسؤولين، مسؤول لدى الأمم المتحدة (with
        allow_prefix, after the ل it is written with: وفقا لمصادر دبلوماسية رسمية)."""
        t, k = self.t, self.t[i].key
        glued = allow_prefix and k[:1] in "لب" and k not in self.lex.anonymous and k[1:] in self.lex.anonymous
        k = k[1:] if glued else k
        if self.construct_plural(k.lstrip("وف") if k[:1] in "وف" and len(k) > 5 else k) and self.word(i + 1) \
                and not self.function(t[i + 1].key):
            e = i + 2 + (self.word(i + 2) and is_al(t[i + 2].key) and not self.function(t[i + 2].key))
            return self._make(i, e, None, "anonymous")   # منتقدو نيمار، مشجعو بلاده، ممثلو الادعاء: a plural source
        if any(k.endswith("و" + p) and self.construct_plural(k[:-len(p)]) for p in ("ه", "ها", "هم")):
            return self._make(i, i + 1, None, "anonymous")     # منتقدوه، مؤيدوها: «his critics», with the pronoun
        if k not in self.lex.anonymous:
            return self._definite_sources(i) or self._definite_pair(i) or self._definite_named(i) or self._media(i) \
                or self.family(i)
        j, body = i + 1, 0
        if self._source_genitive(k, j):
            j += self.org_at(j) or 1        # مصادر اليونسكو، مسؤول الأمم المتحدة: a source of a body
        if k in self.lex.quantifiers and self.word(j) and t[j].key == FROM:
            j += 1                          # عدد من المسؤولين
        elif k in self.lex.quantifiers and j == i + 1 and (body := self.quantified_genitive(j)) is not None:
            j += 1 + body                   # أحد أعضاء الاتحاد، أحد سكان المدينة، أحد مسؤولي طالبان: a plural in
                                            # construct (after a body's name no ال-word: the verb's object)
        elif k in self.lex.quantifiers and k != COUNT and self.word(j) and t[j].raw.endswith(("ه", "ها", "هم", "هما")) \
                and len(t[j].key) >= 5 and not self.function(t[j].key) and not self.is_cue(j):
            j += 1                          # أحد أصدقائها، بعض أقاربه: a plural with its owner's pronoun (not
                                            # عدد سكانها: how many, no source)
        if (j > i + 1 or k in self.lex.quantifiers) and not body:
            while self.word(j) and self._plural_word(i, j) and j - i <= 3:
                j += 1                      # أحد العاملين، بعض المسؤولين الأمريكيين، أحد هؤلاء الرجال
        while self.word(j) and j - i <= 3 and (t[j].key in self.lex.anonymous_modifiers or (
                not (is_al(t[j].key) and raw_article(t[j].raw)) and t[j].key.endswith(("ي", "يه", "يون", "يين"))
                and len(t[j].key) > 3     # (ألمانية: أل is no article)
                and not self.function(t[j].key) and t[j].key not in self.lex.called
                and t[j].key not in self.lex.org_heads)):       # (بهيئة is a body, no nisba)
            j += 1
        j = self._source_body(j)
        j = self.linked_body_end(j)         # مسؤول في الخارجية الأميركية، مصدر في قيادة عمليات الأنبار
        if glued:
            return replace(m := self._make(i, j, None, "anonymous"), start=m.start + 1, text=m.text[1:], name=m.name[1:])
        if (ne := self._called(j)) is not None:
            return self._titled_person(i, j, j + 1, ne)     # مسؤول عسكري آخر هو سيرغي تيخونوف: named after all
        return self._source_named_after(i, j) or self._make(i, j, None, "anonymous")

    def _plural_word(self, i: int, j: int) -> bool:
        """Is token j an ال-word of a source's plural after its head at i, or right after the head a demonstrative
        (أحد هؤلاء الرجال)?"""
        k = self.t[j].key
        return k.startswith("ال") and not self.function(k) or j == i + 1 and k in self.lex.groups["demonstratives"]

    def _title(self, i: int, allow_prefix: bool) -> Mention | None:
        """A title phrase with or without a name (الرئيس الروسي فلاديمير بوتين، الوزير); not a head with ك,
        «as» (عملت ككاتبة، كصحفي): a role compared, no one named."""
        h, k = self.title_head(i), self.t[i].key
        if h is not None and k[:1] == "ك" and self.lex.title_heads.get(k[1:]) == h:
            return NO
        return self._titled(i) if h is not None else None

    def _known_body(self, i: int, allow_prefix: bool) -> Mention | None:
        """A known body, place or outlet (البيت الأبيض، الحكومة اليمنية، المجلس الوطني السوري)."""
        n = self.org_at(i)
        if not n:
            return None
        t, j = self.t, i + n
        if n == 1 and bare(t[i].key) in self.lex.bare_org_heads:
            while self.word(j) and j - i < 5 and ((f := self._field_at(j)) or is_al(t[j].key)
                                                  and not self.function(t[j].key) and self.body_adjective(j, i)):
                j += f or 1                     # a generic body word keeps its adjectives and field
            j = self._charged_with(i, j)    # … and what it is charged with: الوكالة المكلفة بالحالات الطارئة
            j = self.owner_end(j) if bare(t[i].key) in self.lex.groups["office_heads"] else j   # … or whose office
        elif n == 1 and bare(t[i].key) in self.lex.title_domains and self.word(j) and self.nationality(t[j].key) \
                and t[j].key.endswith("يه") == t[i].key.endswith("يه"):
            j += 1                          # a ministry by its domain keeps its nationality (الخارجية المصرية)
        elif n > 1 and t[i].key in self.lex.org_heads and not is_al(t[i].key):
            j = max(j, self.body_end(i))    # a known body starts a longer one: منظمة الأمم المتحدة للأغذية والزراعة
        if n > 1 and is_al(t[i].key) and self.word(j) and is_al(t[j].key) and self.nationality(t[j].key) \
                and t[j].key.endswith("ه") == t[j - 1].key.endswith("ه"):
            j += 1                          # … and its nationality: النيابة العامة البلجيكية
        return self._make(i, j, None, "organisation")

    def _charged_with(self, i: int, j: int) -> int:
        """End of a participle with the article and its complement in ب or عن after a generic body word at i
        (المكلفة بالحالات الطارئة، المعنية بحقوق الإنسان، المسؤولة عن مراقبة الخصوصية): it says which body, not the
        one named before; j when none. The participle may already stand before j, read as an adjective."""
        t = self.t
        at = next((x for x in (j, j - 1) if x > i and self.word(x) and t[x].key.startswith("الم")
                   and len(t[x].key) >= 6 and not self.nationality(t[x].key)), None)    # (not المصرية)
        if at is None or not self.word(at + 1) or not self.word(at + 2) or not (
                t[at + 1].key[:1] == "ب" and len(t[at + 1].key) > 3 and t[at + 1].key[1:3] != "ان"
                or t[at + 1].raw == "عن" and bare(t[at].key) in self.lex.linked_heads.get("عن", ())):
            return j                    # (not بأنه: what it said; عن only after المسؤولة: كشفت الوزارة المختصة عن
                                        # تفاصيل الخطة is what the verb disclosed)
        k = at + 2 if t[at + 1].key[:1] == "ب" else at + 3
        while self.word(k) and is_al(t[k].key) and not self.function(t[k].key) and k - at < 4:
            k += 1
        return k

    def _headed_body(self, i: int, allow_prefix: bool) -> Mention | None:
        """A body or a document by its type head and its name: وزارة الخارجية البريطانية، منظمة إغاثة النساء،
        شركة موانئ دبي العالمية، وكالة أنباء «فارس» الإيرانية، صحيفة حرييت، مكتب ماكرون."""
        k = self.t[i].key
        if k not in self.lex.org_heads and k not in self.lex.documents:
            return self.provision(i) if k in self.lex.groups["provisions"] else None
        kind = "document" if k in self.lex.documents and k not in self.lex.org_heads else "organisation"
        j = self.body_end(i)
        j = self._charged_with(i, j) if j == i + 1 and is_al(k) else j    # الوكالة المكلفة بالحالات الطارئة
        return self._make(i, j, None, kind)

    def _prefixed_body(self, i: int, allow_prefix: bool) -> Mention | None:
        """ووفقا لمركز محمد بن راشد للفضاء، بحسب لوزارة الخارجية: with allow_prefix, a body after a glued ل/ب;
        the mention starts after the prefix."""
        k = self.t[i].key
        if not allow_prefix or k[:1] not in "لب" or len(k) < 4:
            return None
        rest = "ال" + k[2:] if k.startswith("لل") else k[1:]
        if rest not in self.lex.org_heads and rest not in self.lex.documents:
            return None
        kind = "document" if rest in self.lex.documents and rest not in self.lex.org_heads else "organisation"
        j = self.body_end(i, definite=is_al(rest))
        j = max([j] + [i + n for n in (2, 3, 4) if i + n <= len(self.t)
                       and " ".join((rest, *self.an.keys[i + 1:i + n])) in self.lex.org_names])
        raw = self.t[i].raw                 # (للأمم المتحدة: the known body's name read whole)
        cut = 2 if raw[1:2] == "\u0640" or raw.startswith("لل") else 1
        start = self.t[i].start + cut
        text = ("ال" if raw.startswith("لل") else "") + self.an.text[start:self.t[j - 1].end]
        return Mention(start, self.t[j - 1].end, text, text, None, kind)

    def _prefixed_person(self, i: int, allow_prefix: bool) -> Mention | None:
        """بحسب لحسن روحاني: with allow_prefix, a person after a glued ل/ب."""
        k = self.t[i].key
        if allow_prefix and k[:1] in "لب" and len(k) > 3:
            j = self.name_run(i)
            if j == i and self.first_name(k[1:]) and self.name_word(i + 1, False) and self.t[i + 1].key[:1] != "و":
                j = self.name_run(i + 1)    # وفقا لمايكل غروسو: ل on a first name the name goes on after
            if j > i:
                m = self._make(i, j, None, "person")
                raw = m.name[1:].lstrip("\u0640") if m.name[:1] in "لب" else m.name
                return Mention(m.start, m.end, m.text, raw, None, "person")
        return None

    def _described(self, i: int, allow_prefix: bool) -> Mention | None:
        """مشاركة تدعى ميليسا: a person described, then named after «called»."""
        t = self.t
        called = self._called(i + 1) if not is_al(t[i].key) else None
        if called is None:
            return None
        return self._titled_person(i, i + 1, i + 2, called)

    def _role_and_name(self, i: int, allow_prefix: bool) -> Mention | None:
        """المخبر كريس توماس، الطبيب الفلسطيني ريان العلي: a role noun the title list does not hold, then a
        name of two words or more that visibly ends (a comma, a function word, a title, a prepositional
        phrase). The role is the title."""
        t, k = self.t, self.t[i].key
        if self._agent_in_construct(i):
            te = i + 2                  # قارئ الأفكار يوري جيلر، مؤسس الشركة بيل غيتس: a noun of agent and its
            ne = self.name_run(te)      # genitive, then a name that opens with a known first name
            return self._titled_person(i, te, te, ne) if ne - te >= 2 and self.strong_boundary(ne) else None
        if not (is_al(k) and k.startswith("ال") and len(k) >= 5) or self.function(k, i) or self.is_cue(i) \
                or k in self.lex.places or k in self.lex.org_names or k in self.lex.name_nouns \
                or k in self.lex.documents or self.nationality(k) or k.endswith(("ون", "ين", "ات")) and not (len(k) == 6 and k[4] == "ا") \
                or self.definite_given(i) or i > 0 and self.title_head(i - 1) is not None or k.endswith("اء"):
            return None                 # (الباجي قايد السبسي: a given name, no role; للاعب الوسط: a title's complement;
                                        # a plural, but for a فعّال trade whose root ends in ت: النحات; a broken plural
                                        # in اء names nobody: ووصف الأطباء حالة بولسونارو)
        te = i + 1
        while self.word(te) and is_al(t[te].key) and te - i <= 2 and (
                self.nationality(t[te].key) or self._nisba_of_person(k, t[te].key)):
            te += 1                     # … and its nationality or other nisba: الطبيب الفلسطيني، المستثمر العقاري
        if self.word(te) and t[te].key[:1] == "ل" and not self.given(t[te].key) and self.name_word(te + 1, first=False):
            return None                 # يبقى المستقبل لخوان ماتا: «for Juan Mata», no role before a name
        if te == i + 1 and self.word(te) and t[te].key in self.lex.son:
            return None                 # الحسن بن عبد الله العسكري: a given name with the article, then «son of»
        ne = self.name_run(te)
        words = sum(1 for x in range(te, ne) if x == te or t[x].key not in self.lex.particles)   # بن ريمناتس
        if words < 2 or not (self.strong_boundary(ne) or self.apposition(ne) or self.word(ne) and (
                t[ne].key[:1] in "لب" and self._preposition_on(t[ne].key) or t[ne].key in self.lex.described_by)):
            return None
        return self._titled_person(i, te, te, ne)

    def _agent_in_construct(self, i: int) -> bool:
        """Is token i a noun of agent with no article (فاعل: قارئ، صاحب; a participle in م: مؤسس، مقدم), in
        construct with an ال-noun, before a known first name?"""
        t, k = self.t, self.t[i].key
        return (not is_al(k) and (len(k) == 4 and k[1] == "ا" or len(k) >= 4 and k[0] == "م") and i + 2 < len(t)
                and not self.function(k, i) and not self.is_cue(i) and k not in self.lex.common_verbs
                and self.word(i + 1) and t[i + 1].key.startswith("ال") and not self.function(t[i + 1].key)
                and self.word(i + 2) and self.first_name(t[i + 2].key))

    def _nisba_of_person(self, role: str, adj: str) -> bool:
        """Is adj an ال-nisba (العقاري، القبلي) describing role, a noun of a person's shape: a participle in م
        (المستثمر، المسؤول), فاعل (التاجر) or فعيل (الخطيب)? (not الويب الدلالي نتاج تعاون)"""
        r = role[2:]
        return adj.endswith(NISBA) and len(adj) >= 6 and not self.function(adj) \
            and adj not in self.lex.definite_given and len(r) >= 4 and (r[0] == "م" or r[1] == "ا" or r[2] == "ي")

    def _nationality_and_name(self, i: int, allow_prefix: bool) -> Mention | None:
        """وقال الفرنسي أرسين فينجر، وأضافت الأمريكية سيرينا ويليامز، وأضاف النيجري أوديموينجي: a nationality
        standing for the person, then a name of two words or more, of a known first name, or one word the speaker's
        colon or إن ends. The nationality is the title."""
        t, k = self.t, self.t[i].key
        if not (k.startswith("ال") and self.nationality(k) and self.word(i + 1)):
            return None
        j = self.name_run(i + 1)
        first = t[i + 1].key
        if j <= i + 1 or j == i + 2 and not (self.first_name(first) or self._speaker_end(j) and not first.endswith("ا")):
            return None                 # (one word: a known first name, or a surname the colon or إن ends; not
                                        # how he spoke: وقال الإيطالي ساخرا:)
        return self._titled_person(i, i + 1, i + 1, j)

    def _person(self, i: int, allow_prefix: bool) -> Mention | None:
        """A name run: a person named without a title."""
        j = self.name_run(i)
        return self._make(i, j, None, "person") if j > i else None

    # --- titled mentions
    def _titled(self, i: int) -> Mention:
        """A title phrase, then a name after it or in apposition (الرئيس الروسي فلاديمير بوتين،
        كبير مساعدي …، يوري أوشاكوف،), or no name at all (الوزير، مساعد الكرملين). (memoised: the cast reads
        every titled mention of the article, the sieves read some again)"""
        m = self._titled_at.get(i)
        if m is None:
            m = self._titled_at[i] = self._titled_uncached(i)
        return m

    def _titled_uncached(self, i: int) -> Mention:
        t = self.t
        te = self.title_end(i)
        called = self._called(te)
        if called is not None:          # رجل يدعى ماركوس ناسيمنتو: the name after «called»
            return self._titled_person(i, te, te + 1, called)
        ne = self.name_run(te)
        if te == i + 1 and t[i].raw.endswith(("ه", "ها", "هم")) and self._possessive_head(i):
            ne = te             # سموه، معاليه: the head refers back to someone; a verb may follow (سموه يتفقد)
        if (ne > te and self._and_word(te)
                or ne > te and t[te].key.startswith("و") and t[te - 1].key in self.lex.title_complements):
            ne = te             # رجل الأعمال السابق ويوري أوشاكوف: «and Yuri Ushakov», another person
        if ne == te + 1 and not self.given(t[te].key) and self.org_at(ne):
            ne = te             # مؤكدا وزير الدفاع الأميركي حرص واشنطن: a noun in construct with a place or body,
                                # the object
        if ne == te + 1 and self._common_noun_after_title(te):
            ne = te             # أعطى الأب فرصة، اللاعب الدولي الواعد مطلوب: the verb's object, not his name
        if ne == te and self.abbreviated(i) and is_al(t[te].key) and not self.function(t[te].key):
            ne = te + 1         # د. العاصمي: a family name alone after the doctor's title
        if ne == te:
            m = self._apposition(i, te) or self._name_after_place(i, te) or self._name_in_marks(i, te)
            return m if m is not None else self._make(i, te, None, "title")
        if ne == te + 1 and (m := self._apposition(i, ne)) is not None:
            return m            # رئيس كوكاكولا في اليابان، جورج جاردونو: the word after the head was its body
        if self.spells_known(te, ne - 1) and (m := self._apposition(i, ne)) is not None and m.name.split() \
                and self.first_name(key(m.name.split()[0])):
            return m            # محامي كريستيانو رونالدو، بيتر كريستيانسن: a registry person's lawyer speaks
        if (era := self._era_at(i, te)) is not None:
            return self._genitive_and_name(i, era + 1, ne)  # وزير الزراعة السابق في عهد فرانسوا هولاند: whose era
        if self._lam_name(te):
            return self._genitive_and_name(i, te, ne)   # المدرب السابق لبوروسيا دورتموند: the club is the title's
        if self._open_construct(i, te):
            return self._genitive_and_name(i, te, ne)
        if self._construct_complement(i, te, ne):
            return self._make(i, ne, None, "title")   # مدرب تشيلسي بطل الدوري: the coach of Chelsea, unnamed
        return self._namesake_body(i, te, ne) or self._title_and_name(i, te, ne)

    def _name_in_marks(self, i: int, te: int) -> Mention | None:
        """The name in quotation marks right after the title (وقال الرئيس التركي "رجب طيب أردوغان" للصحفيين إن):
        a span the marks stage read as the speaker, nothing but a name inside."""
        e, t, text = self.extents.get(te), self.t, self.an.text
        if e is None or not 3 <= e - te <= 6 or not self.first_name(t[te + 1].key) or any(
                not t[x].is_word or t[x].key in self.lex.function_words or t[x].key in self.lex.title_heads
                for x in range(te + 1, e - 1)):
            return None                 # (the words in marks are masked: read as words, not as name words)
        return Mention(t[i].start, t[e - 1].end, text[t[i].start:t[e - 1].end], text[t[te + 1].start:t[e - 2].end],
                       text[t[i].start:t[te - 1].end], "person")

    def _common_noun_after_title(self, j: int) -> bool:
        """Is the one word after a title at j a common noun rather than a name: not a given name, and a noun in
        ة (not a Maghrebi family name in بو: الرئيس بوتفليقة) or a participle مفعول (مطلوب; منصور is a name)?"""
        t, k = self.t, self.t[j].key
        if self.first_name(k) or k.startswith(("بو", "بن")) or k in self.lex.known_people \
                or self.given(t[j - 1].key) or k in self.family_words:
            return False                # (اللواء ملائكة: the article writes طلال بن محمد ملائكة; أديب ميالة)
        return t[j].raw.endswith("ة") or len(k) == 5 and k[0] == "م" and k[3] == "و" and k[1] not in "اوي" \
            or len(k) == 4 and k[3] == "ا" and not set(k[:3]) & set("اوي")    # أبدى المدرب غضبا: an accusative فعلا

    def _title_and_name(self, i: int, te: int, ne: int) -> Mention:
        """A title followed by a name; when the title is about another person (مستشار بوتين، المبعوث الخاص
        للرئيس الأمريكي دونالد ترامب ستيف ويتكوف) the first words of the name belong to the title."""
        t = self.t
        relational = (t[i].key in self.lex.relational_heads and not is_al(t[i].key)
                      and not t[i].raw.endswith(("ه", "ها", "هم", "هما"))
                      and not (te > i + 2 and self.org_at(i + 1)))   # (سفير الفلبين لدى الكويت: of a country)
        n_words = sum(1 for k in range(te, ne) if t[k].key not in self.lex.particles)
        if te == i + 1 and not is_al(t[i].key) and t[te].key in self.lex.known_people \
                and (ne2 := self.name_run(te + 1)) - te >= 3:
            return self._titled_person(i, te + 1, te + 1, ne2)  # محامي ترامب مايكل كوهين: a registry person in
                                                                # construct with the head, then the holder's name
        if relational and te == i + 1 and n_words == 1 and ne < len(t) and self.word(ne) and (
                is_al(t[ne].key) or self._lam_complement(ne)):
            # مبعوث ترمب الخاص كيث كيلوج: head + person + adjectives, then the name
            te2 = ne
            while self.word(te2) and (is_al(t[te2].key) and not self.function(t[te2].key)
                                      or self._lam_complement(te2)):
                te2 += 1        # … or its complement with لـ: مستشارة أوباما لمكافحة الإرهاب ليزا موناكو
            ne2 = self.name_run(te2)
            if ne2 == te2 + 1 and self.org_at(ne2) == 1 and self.boundary(ne2 + 1):
                ne2 += 1        # a family name that is also a place, where the name ends (ليزا موناكو في)
            if ne2 > te2:
                return self._titled_person(i, te2, te2, ne2)
        inner = any(self.title_head(k) is not None for k in range(i + 1, te))
        refers = relational or any(t[k].key.startswith(("لل", "ولل")) and self.title_head(k) is not None
                                   for k in range(i + 1, te))      # للرئيس …, not للإدارة
        if self._on_behalf_of_person(i, te) and n_words <= 3:
            return self._make(i, ne, None, "title")   # المتحدث باسم الرئيس التركي رجب طيب أردوغان: unnamed
        cut = te
        if refers:
            if relational and te == i + 1 and n_words == 1:
                return self._make(i, ne, None, "title")          # محاور ويتكوف: nobody named
            if te == i + 1 and n_words == 2 and t[i].key in self.lex.kinship_heads:
                return self._make(i, ne, None, "title")          # والد آدم الجزيري: the father of the man named
            if relational and inner and n_words <= 2:
                return self._make(i, ne, None, "title")          # لمستشار الرئيس الروسي فلاديمير بوتين
            if n_words >= 4:
                cut = te + (ne - te) // 2
            elif n_words == 3 or (relational and te == i + 1 and n_words == 2):
                cut = te + 1
        if cut == te and not refers:
            cut = self._construct_cut(i, te, ne, n_words)
        return self._titled_person(i, cut, cut, ne)

    def _construct_cut(self, i: int, te: int, ne: int, n_words: int) -> int:
        """مدرب تشيلسي أنطونيو كونتي، لاعب وسط مانشستر سيتي إيلكاي غوندوغان، مدرب ريال مدريد زين الدين زيدان: a
        head without the article (and a word of its post) is in construct with what follows, so the first
        proper words are its complement (the club, the body) and the holder's name is the rest — one word of
        three, half of four or more. Where the title ends (te when there is no such head)."""
        t = self.t
        if is_al(t[i].key) or te - i > 2 or n_words < 3 or self.possessed_head(i) or t[te].key in self.lex.native_given \
                or any(is_al(t[x].key) for x in range(i + 1, te)) \
                or bare(t[i].key.lstrip("وف")) in self.lex.groups["bare_name_titles"]:
            return te
        return te + 1 if n_words == 3 else te + (ne - te) // 2

    def _on_behalf_of_person(self, i: int, te: int) -> bool:
        """Does the title speak for a person (باسم + a title or a family: المتحدث باسم الرئيس التركي، المتحدث
        باسم عائلة الصحفي …)? Then the name after it is that person's, not the speaker's."""
        t = self.t
        for k in range(i + 1, te - 1):
            if t[k].key == "باسم":
                nxt = t[k + 1].key
                return self.title_head(k + 1) is not None or bare(nxt) in self.lex.groups["families"]
        return False

    def _called(self, j: int) -> int | None:
        """End of the name after «called» at token j (يدعى، تدعى، يسمى، اسمه), or after «he is» (كاتب سعودي
        معروف وهو عبد الرحمن الراشد: a full name with a first name the lexicon knows), or None."""
        if j + 1 < len(self.t) and self.word(j) and self.t[j].key in self.lex.called:
            ne = self.name_run(j + 1)
            if ne > j + 1:
                return ne
        if j + 2 < len(self.t) and self.word(j) and self.t[j].key in self.lex.groups["apposed_pronouns"] \
                and (self.first_name(self.t[j + 1].key) or self.t[j + 1].key in self.lex.particles) \
                and (ne := self.name_run(j + 1)) > j + 2:
            return ne
        return None

    def _titled_person(self, i: int, title_end: int, name_start: int, name_end: int) -> Mention:
        """A person's mention from token i to name_end (exclusive): its title the tokens i … title_end - 1 as
        written, its name name_start … name_end - 1 (وقال الرئيس الروسي فلاديمير بوتين، رجل يدعى ماركوس ناسيمنتو)."""
        t, text = self.t, self.an.text
        return Mention(t[i].start, t[name_end - 1].end, text[t[i].start:t[name_end - 1].end],
                       text[t[name_start].start:t[name_end - 1].end], text[t[i].start:t[title_end - 1].end], "person")

    def _make(self, i: int, j: int, title: str | None, kind: str) -> Mention:
        t = self.t
        text = self.an.text[t[i].start:t[j - 1].end]
        if kind == "title":
            return Mention(t[i].start, t[j - 1].end, text, "", text, "title")
        return Mention(t[i].start, t[j - 1].end, text, text, title, kind)


READERS = (Parser._formula, Parser._prepositional, Parser._spokesperson, Parser._anonymous, Parser._title,
           Parser._prefixed_body, Parser._known_body, Parser._headed_body, Parser._prefixed_person, Parser._described, Parser._role_and_name,
           Parser._nationality_and_name, Parser._person)
