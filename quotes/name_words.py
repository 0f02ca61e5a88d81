"""Which tokens can be part of a person's name (a mixin of phrases.Reader): a word of another class (a function
word, a cue, a title head, a formula, how one spoke, whom one told) or of another shape (a verb, an accusative, a
preposition on a noun, a noun with a possessive, a nationality, a plural with its adjective) is none."""
from __future__ import annotations

from functools import cached_property
from itertools import compress, count

from .date_expressions import date_words
from .link import SCOPE
from .names import COMPOUND, NISBA, accusative, is_al, raw_article, verbal, verbal_noun
from .normalize import key, undotted
from .text import IS_WORD

ON, FROM, IN = key("على"), key("من"), key("في")       # the prepositions, as keys
NEGATIONS = frozenset({key("لم"), key("لن"), key("قد"), key("لقد")})      # the particles a verb follows (لم تنف، قد نسقت)
MADDA_GIVEN = ("آن", "آي")       # given names spelt with a madda whose keys are particles' (Anne; آي ويوي)
AMMA = frozenset({key("أما"), key("وأما"), key("فأما")})      # أما X … فـ: the topic of the ف-clause
ON_BEHALF = key("باسم")      # باسمه، باسمها: on behalf of him, her
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")     # the pronouns a noun, verb or preposition takes at its end


class NameWords:
    """The name-word tests (mixed into phrases.Reader, whose tokens, lexicon and word tests they use)."""

    @cached_property
    def _words_by_given(self) -> tuple[frozenset[str], frozenset[str]]:
        """The keys the article writes right after a given name, and those after anything else (read once per article)."""
        keys, after, elsewhere = self.an.keys, set(), set()
        for x in range(1, len(keys)):
            (after if self.first_name(keys[x - 1]) else elsewhere).add(keys[x])
        return frozenset(after), frozenset(elsewhere)

    @property
    def family_words(self) -> frozenset[str]:
        """The keys written right after a given name (ماورو بالما، طلال بن محمد ملائكة): family names there."""
        return self._words_by_given[0]

    def _possessed_noun(self, i: int) -> bool:
        """A verbal noun (ا…, five letters or more) with ه/ها (انسحابه، اعتذارها)? Not إينجه، توريه، طعمه: names."""
        raw, k = self.t[i].raw, self.t[i].key
        stem = k[:-2] if raw.endswith("ها") else k[:-1] if raw.endswith("ه") else ""
        return stem[:1] == "ا" and len(stem) >= 5 and k not in self.lex.native_given

    def topic_answer(self, j: int) -> bool:
        """Is token j the ف-word answering «أما» a few words before (أما الناقد سعد القاسم فيحاول): a name ends there?"""
        t = self.t
        return self.word(j) and t[j].raw[:1] == "ف" and len(t[j].key) >= 4 and not self.function(t[j].key) \
            and any(t[x].key in AMMA for x in range(max(0, j - 6), j))

    def adverbial(self, i: int) -> bool:
        """A verbal noun before على (ردا على، تعليقا على) or a participle of manner (ضاحكة، مازحا): how one spoke?"""
        k = self.t[i].key
        return k in self.lex.groups["manner_participles"] or k.endswith("ا") and (len(k) == 3 or len(k) == 6 and k[0] == "ت" and k[3] == "ي") \
            and self.word(i + 1) and self.t[i + 1].key == ON and k not in self.lex.native_given

    def _name_word_uncached(self, i: int, first: bool) -> bool:
        if not self.word(i):
            return False
        k = self.t[i].key
        if (k in self.lex.months and i > 0 and (not first or self.is_cue(i - 1) or self.title_head(i - 1) is not None
                                                 or self._surname_written(k))
                and not self.t[i - 1].key.isdigit()
                and not (i + 1 < len(self.t) and self.t[i + 1].key.isdigit())):
            return True                 # تيريزا ماي، وقالت ماي إن، الدكتورة جوان داير: a name, not the month; and
                                        # where the article writes it after a first name (تجاهلت ماي … تيريزا ماي)
        if not first and self._after_lineage(i, k):
            return True                 # عبدالله بن مساعد، فهد بن سلطان: after بن a name, even one spelt as a title
        if first and self._madda_given(i):
            return True                 # وقالت آن ليونارد: the given name آن, whose key is the particle أن's
        if k in self.lex.stored("name_homographs") and self._homograph_name(i, first):
            return True                 # جوزيف أنطوان بل، رئيس الحكومة لي كيكيانغ: a name spelt as a particle
        return not self._other_word(i, k, first) and not self._other_shape(i, k, first)

    def _surname_written(self, k: str) -> bool:       # written right after a first name somewhere (تيريزا ماي)?
        return any(h > 0 and self.word(h - 1) and self.first_name(self.t[h - 1].key) for h in self.key_positions.get(k, ()))

    def in_known_name(self, i: int) -> bool:       # inside a registry name after its first word (قايد in الباجي قايد السبسي)?
        if self.t[i].key not in self.lex.known_inner:
            return False
        for a in range(max(0, i - 3), i):
            for b in range(max(i, a + 1), min(len(self.t), a + 4)):
                if all(self.word(x) for x in range(a, b + 1)) and self.spells_known(a, b):
                    return True
        return False

    def spells_known(self, a: int, b: int) -> bool:
        """Do the keys of tokens a..b (both in) spell a registry person's name (رجب طيب أردوغان)?"""
        return " ".join(self.an.keys[a:b + 1]) in self.lex.known_people

    def _known_elsewhere(self, i: int, j: int, k: str) -> bool:
        """Does the article write the registry person k elsewhere as a known spelling while i..j-1 spells none with k?"""
        keys = self.an.keys
        if any(self.spells_known(a, j) for a in range(i, j)):
            return False
        return any(p != j and self.spells_known(a, p) and keys[a:p] != keys[j - (p - a):j]
                   for p in self.key_positions.get(k, ()) if p >= 2 for a in (p - 2, p - 1))

    @cached_property
    def key_positions(self) -> dict[str, list[int]]:
        """Every word key of the article → its token indices, quoted words too (built once; Cast.word_positions too)."""
        at: dict[str, list[int]] = {}
        keys = self.an.keys
        for h in compress(count(), map(IS_WORD, self.an.tokens)):
            at.setdefault(keys[h], []).append(h)
        return at

    def _known_ending(self, i: int, j: int) -> int:
        """End of the name i..j, taken on by the word after it when they spell a registry name (مون جاي إن)."""
        if j - i >= 2 and self.word(j) and self.t[j].key in self.lex.function_words \
                and self.spells_known(i, j):
            return j + 1
        return j

    def _madda_given(self, i: int) -> bool:
        """Is token i the given name «آن» (Anne) or «آي» (آي ويوي): spelt with its madda, before a word that is no
        function word, has no article and spells no letter (not آن الأوان، آن لنا أن، آي بي إم)?"""
        t = self.t
        return t[i].raw in MADDA_GIVEN and self.word(i + 1) and not is_al(t[i + 1].key) \
            and not self.function(t[i + 1].key) and t[i + 1].key not in self.lex.letter_names

    def _time_or_plural(self, k: str) -> bool:
        """A span of time in the accusative (صاحب الـ31 عاما) or a plural in construct (منتقدو نيمار): no name's start."""
        return k.endswith("ا") and k[:-1] in self.lex.groups["time_units"] or self.construct_plural(k)

    def construct_plural(self, k: str) -> bool:
        """Is the key a sound plural participle in construct (منتقدو، مشجعو، ممثلو، مراقبو: مُفعِّلو), which opens
        an unnamed plural source («X's critics»), never a name (ماريو، ميركو: a long vowel after م)?"""
        return len(k) >= 5 and k[0] == "م" and k[1] not in "اوي" and k.endswith("و") and not self.first_name(k)

    def _homograph_name(self, i: int, first: bool) -> bool:
        """Does a particle spelling a foreign name (بل، لي) stand where a name does: after a first name before a comma
        (جوزيف أنطوان بل،), after a title or definite word before a name word (رئيس الحكومة لي كيكيانغ; not قال الوزير
        لي إن), or after a reporting verb, written after a first name elsewhere, before a quote or comma (وقال بل "…")?"""
        t = self.t
        if i == 0 or not self.word(i - 1):
            return False
        if not first:
            return self.first_name(t[i - 1].key) and i + 1 < len(t) and t[i + 1].raw in "،,:("
        if self.is_cue(i - 1):         # (not يقول لي إنه: he tells me)
            return t[i].key in self.after_given and i + 1 < len(t) and t[i + 1].raw in "،,\"«“"
        return (is_al(t[i - 1].key) or self.title_head(i - 1) is not None) and self.word(i + 1) \
            and not is_al(t[i + 1].key) and not self.function(t[i + 1].key) and not t[i + 1].key.endswith("ا") \
            and t[i + 1].key not in self.lex.letter_names

    def _after_lineage(self, i: int, k: str) -> bool:
        """Does token i (key k) stand right after بن/بنت inside a name, a word that is no function word?"""
        return i > 0 and self.word(i - 1) and self.t[i - 1].key in self.lex.lineage and not self.function(k, i) \
            and not self.is_cue(i) and len(k) >= 3

    def _other_word(self, i: int, k: str, first: bool) -> bool:
        """Is token i (key k) a word of another class than names: a function word, a cue, a title head, a
        formula, a possessed verbal noun, how one spoke, whom one told?"""
        if self.before_compound(i) and (
                k in self.lex.title_heads or k[:1] == "و" and self.function(k[1:])):
            return False                # ولي الله سيف: a given name in two words, not a head nor و + لي
        if self.function(k, i) or self.is_cue(i) or len(k) < 2 or (
                k in self.lex.title_heads and k not in self.lex.native_given    # أمين الناصر: a name too
                and self.title_head(i) is not None):                            # أمة الباري: not أمه
            return True
        if k in self.lex.groups["age_words"] and i > 0 and self.t[i - 1].key.isdigit():
            return True                # اللاعبة الأمريكية، 36 عاما،: her age, no name
        if self.honorific(i):
            return True                # الإمام الشاطبي رضي الله عنه: a formula after the name, not part of it
        if self._with_pronoun(i, k):
            return True                # أمامهم، بينهم، لديه، معها: a preposition with its pronoun, no name
        if not first and self._possessed_noun(i):
            return True                # جان إيف لودريان انسحابه، أردوغان إصراره: a verbal noun with his/her
        if self.adverbial(i) or k in self.lex.groups["audiences"]:
            return True                # قال غوندوغان ردا على سؤال، الوزير تعليقا على; أبلغ زيدان الصحفيين
        if k not in self.lex.native_given and self.prefixed_known(i):
            return True                # وأضافت الكعبي لسكاي نيوز عربية: whom she told, not her name
        if first and k[:1] in "لب" and len(k) >= 5 and k[1:] in self.lex.common_nouns and not self.first_name(k):
            return True                # منصب رئيسة الوزراء لفترة قصيرة: ل/ب and a noun opens no name (تريفور لاولي: a
                                       # family name goes on one)
        if k.startswith(ON_BEHALF) and self.t[i].raw.endswith(("ه", "ها", "هم", "هما")):
            return True                # المتحدثة باسمه ساره ساندرز: «on his behalf» (باسمة is a given name)
        return False

    def definite_given(self, i: int) -> bool:
        """A given name with its article before a word no function word, cue or nationality (الحبيب بورقيبة; not الهادي في)?"""
        t = self.t
        if t[i].key not in self.lex.definite_given or i > 0 and self.word(i - 1) and (
                self.particle(i - 1) or self.org_at(i - 1) > 1):
            return False                # عبد الهادي، عادل عبد المهدي: one given name; المحيط الهادي: the ocean
        return self.word(i + 1) and not self.function(t[i + 1].key) \
            and not self.is_cue(i + 1) and not self.nationality(t[i + 1].key) and self.title_head(i + 1) is None

    def manner(self, i: int) -> bool:
        """Is token i ب or ك on an indefinite noun, how or as what one spoke (قال بحسرة، كتب كتحذير: groups.manner), not a
        name (بوتين، كريمة، بثينة; بوقرة، بنعطية، باربارة: a long vowel or بن after ب starts Maghrebi and foreign names)?"""
        k, raw = self.t[i].key, self.t[i].raw
        return ((k[:1] in "بك" and len(k) >= 4 and k[1] not in "اوي" and not k.startswith("بن")
                and not raw_article(raw[1:]) and k not in self.lex.native_given
                and (raw.endswith("ة") and k[1:] not in self.lex.places or verbal_noun(k[1:])
                     or len(k) == 6 and k[1] == "ت" and k[4] == "ي"))        # كتحذير: a verbal noun تفعيل
                or k[:1] == "ب" and k[1:] in self.lex.groups["manner"])      # بصوت متهدج، بحزم

    def _after_name(self, i: int, k: str) -> bool:
        """Is token i (key k), after a name's first word, a word of the clause rather than more of the name: a
        preposition on a noun, a verbal noun, an accusative participle, a present-tense verb?"""
        if self.t[i].raw.startswith(("لإ", "لأ", "بإ", "بأ")) or k[:1] == "ب" and k[1:] in self.lex.groups["manner"]:
            return True                # رونالدو لأول مرة، مهيب اسحق بهدوء: a preposition on a noun, how he spoke
        if self.t[i].raw[:1].isascii() and not self.t[i - 1].raw[:1].isascii():
            return True                # إيرين إيغان Erin Egan: the name in Latin letters repeats it, the Arabic is the name
        if (verbal_noun(k.removeprefix("و")) or k.endswith("ات") and (verbal_noun(k[:-2]) or verbal(k[:-2]))
                or k.endswith("ا") and (len(k) == 6 and k[0] == "ت" and k[3] == "ي" or verbal_noun(k[:-1]))
                and not self.first_name(k)
                or k.endswith("ه") and k[:-1] in self.lex.org_heads) \
                and k not in self.lex.native_given:
            return True                # فيدرر انتقاد، ترامب واستعادة، كوغن تطبيقا: a verbal noun; كلوب فريقه: a body word
        if len(k) == 4 and k[-1] == "ت" and not set(k) & set("اوي") and not self.first_name(k) \
                and self.t[i - 1].raw.endswith("ة"):
            return True                # خديجة حملت وأنجبت: her verb after a woman's name (رفعت، حكمت are names)
        if k in self.lex.groups["year_words"] and i + 1 < len(self.t) and self.t[i + 1].raw[:1].isdigit():
            return True                # دونالد ترامب | عام 2016: the year, not a family name
        if self._broken_plural_in_construct(i, k):
            return True                # وأرجع السيناتور شومر أسباب قراره: a plural أفعال and its genitive, the object
        if k.startswith(("مت", "مست")) and k.endswith("ا") and len(k) >= 5:
            return True                # ترامب متحدثا: an accusative participle, not a surname
        if k.startswith(("لل", "بال", "ولل", "وبال")) and not self._family_in_bal(i, k) or k[:1] in "لب" and (
                self._preposition_on(k) or self.t[i].raw.endswith("ة") and not (
                    (self._speaker_end(i + 1) or self.opens_quotation(i + 1)) and (self.first_name(self.t[i - 1].key)
                    or self.particle(i - 1) or self.t[i - 1].key in COMPOUND))     # (بدر الدين بلحوجة)
                or self._prefixed_name(i)):
            return True                # a prepositional phrase after the name: بيسكوف للصحفيين، تيلرسون بجولة (not a
                                        # family name before أن or a quotation: فتحي بديرة أن، شكري بشارة "…")
        # a present-tense verb after the name (ترامب يصل، يحضران); an Arabic common noun after a foreign name's two
        # words (نشر مايكل هادين صورة: the verb's object; an Arabic family name may be a noun: حسن سلامة)
        return k[:1] == "ي" and (len(k) <= 4 or k.endswith(("ان", "ون"))) and k not in self.lex.native_given \
            or k in self.lex.common_nouns and i >= 2 and self.t[i - 2].key in self.lex.foreign_given

    def _family_in_bal(self, i: int, k: str) -> bool:
        """Is token i a foreign family name in بال/فال (ماريو بالوتيلي): ending in ي or و, or written elsewhere alone
        (ماورو بالما … ويؤكد بالما), no known word after ب, and a speaker's end after it (إن، :، a title)?"""
        rest = k[1:]
        if not k.startswith(("بال", "فال")):
            return False
        shape = len(k) >= 7 and k.endswith(("ي", "و")) or self._written_alone(k) and not self._preposition_on(k) \
            and rest not in self.lex.relative_days     # (not بالأمس)
        return (shape and not self.function(k)
                and not (k.endswith("ي") and self.nationality(rest)) and rest not in self.lex.places and rest[2:] not in self.lex.title_heads
                and (self._speaker_end(i + 1) or self._apposed_title(i + 1)))

    def _written_alone(self, k: str) -> bool:
        """Is k written after a given name and also elsewhere after none (ماورو بالما … ويؤكد بالما): a family name?"""
        after, elsewhere = self._words_by_given
        return k in after and k in elsewhere

    def verb_with_object(self, i: int) -> bool:
        """Is token i a common verb with an object pronoun (عقده، رفضه، استقبلهم; not قضية, سمية in ة)?"""
        k = self.t[i].key
        return not self.t[i].raw.endswith("ة") and any(
            k.endswith(p) and k[:-len(p)] in self.lex.common_verbs for p in ("ه", "ها", "هم", "هما"))

    def _common_in_a(self, i: int, k: str, first: bool) -> bool:
        """A known common noun in ا (أخيرا، فورا)? Not one the article writes after a first name or after عبد X
        (تياغو موتا … قاله موتا بعد، عبد الباسط سيدا): a family name; alone, only before a boundary or function word."""
        if not (k.endswith("ا") and len(k) >= 4 and k[:-1] in self.lex.common_nouns) or self.first_name(k) \
                or k in self.family_words:
            return False
        if first:
            return not self.word(i + 1) or self.function(self.t[i + 1].key)
        return not self.particle(i - 2) and not self.particle(i - 1)

    def _other_shape(self, i: int, k: str, first: bool) -> bool:
        """Has token i (key k) the shape of another word than a name at its place: a verb, an accusative, a
        preposition on a noun, a noun with a possessive, a nationality, an ال-word after a name?"""
        if self.family_in_fal(i, k):
            return False               # إرنستو فالفيردي، مايكل بالاك: no ف or ب and the article
        if k in self.lex.common_verbs or k in self.lex.groups["determiners"] or k in self.lex.elatives:
            return True                # وزير التعليم أصدر تعميما: a verb, not a name; نفس المسؤولة: a determiner;
                                        # أفضل لاعب في العالم: a superlative
        if self.verb_with_object(i):
            return True                # وأبدى المسؤول رفضه لقيام: a verb with its object, or its verbal noun
        if k.startswith(("مت", "مست")) and k.endswith(("ين", "ون")) and len(k) >= 6 and not self.first_name(k):
            return True                # كان الاثنان متزوجين طوال 73 عاما: a plural participle, no name
        if accusative(self.t[i].raw) or self._common_in_a(i, k, first):
            return True                # سببًا، انعكاسًا، أخيرا، فورا: a common noun in the accusative, no name
        if first and i > 0 and self.word(i - 1) and self.t[i - 1].key.lstrip("وف") in NEGATIONS:
            return True                # ولم تنف لينا خليل، وقد نسقت يوروبول: after لم/لن/قد a verb, never a name
        if self.t[i].raw.endswith("يي") and len(k) >= 6 and self.word(i + 1) and not self.function(self.t[i + 1].key) \
                and not self.first_name(k):
            return True                # وعد انفصاليي كاتالونيا: a nisba plural in construct, no name (خامنئي is)
        if not first and self._after_name(i, k):
            return True
        if self._pronoun_suffix(i, k, first) or self._preposition_and_pronoun(i):
            return True                # … or ألقت بظلالها
        if len(k) >= 4 and (not first and (k.endswith(("ها", "هم", "هما", "ته")) or len(k) >= 5 and k.endswith("وه")
                                           and not self.first_name(k)) or k[:-2] + "ه" in self.lex.common_nouns
                            and k.endswith("ته")) and not self._before_apposed_title(i):
            return True                # موقفها، مقالته، نصحوه (a verb with «him»): not a family name (فيورينا،
                                        # كريستينا end in نا; سوبراتيك جوها، مدير …: a title in apposition follows);
                                        # nor first a noun in ة with «his» (ثقته، رغبته)
        if k in self.lex.anonymous or k in self.lex.documents or k in self.lex.org_heads or k in self.lex.called:
            return True                # … or «his name» (طالبا عدم ذكر اسمه)
        if k.endswith(NISBA) and not is_al(k) and k not in self.lex.native_given and self.nationality("ال" + k) \
                and not (not first and self.first_name(self.t[i - 1].key) and self._before_apposed_title(i)):
            return True                # قال الرئيس أميركي …: a nationality, never a name (but وحيد سعودي، المتحدث
                                        # باسم: after a first name and before a title in apposition, a family nisba)
        if k in self.lex.places and self._family_named_as_place(i):
            return False               # أكد ستيفان برن أن: a first name, then a family name spelt as a city
        if k in self.lex.name_nouns or k in self.lex.places or k in self.lex.org_names:
            return True
        if k in date_words().occasions and k not in self.lex.native_given:
            return True                # قال مداخلة هاتفية، في كلمة: the occasion of the words (dates.json)
        if not first:                  # an ال-word ends a name except in the cases name_run allows
            return is_al(k) and raw_article(self.t[i].raw) and k not in self.lex.article_like_given \
                and not self._family_in_bal(i, k)
        return self._first_word_shape(i, k)

    def _family_named_as_place(self, i: int) -> bool:
        """Is token i, a place's name, the family name of the given name (or unknown word before «، TITLE») right
        before it, which a verb of speech has for subject (أكد ستيفان برن أن «…»، قال جون واشنطن إن، قال جيسي براغ، المسؤول)?"""
        t = self.t
        if i < 2 or not self.is_cue(i - 2) or not self.word(i - 1) or i + 1 >= len(t):
            return False
        g = t[i - 1].key
        return (g in self.lex.foreign_given or g in self.lex.native_given or self.unknown_word(i - 1)
                and t[i + 1].raw in "،," and self.word(i + 2) and self.apposition(i + 2)) and not is_al(t[i].key) and (t[i + 1].key in SCOPE or t[i + 1].raw in ":،,")

    def _first_word_shape(self, i: int, k: str) -> bool:
        """Has token i (key k), where a name would start, the shape of another word: a plural and its adjective
        or genitive, a participle, a verbal noun, a verb after و, a preposition on a noun, an ال-noun?"""
        t = self.t
        if k in self.after_foreign_given and not is_al(k):
            return False                # وأكد تابيا after كلاوديو تابيا: the family name, not a verbal noun
        if k.endswith("ات") and len(k) >= 5 and k not in self.lex.native_given and self.word(i + 1) \
                and not self.function(t[i + 1].key) and (t[i + 1].key[:1] == "ب" or t[i + 1].raw.endswith(
                    ("ة", "ي")) and not is_al(t[i + 1].key) or (self._plural_construct(i + 1) or t[i + 1].key.endswith("ات")
                    and len(t[i + 1].key) >= 5 and not self.first_name(t[i + 1].key))
                    and k not in self.lex.groups["families"] and k not in self.lex.groups["plural_sources"]
                    and k[:-2] + "ه" not in self.lex.org_heads):    # (نقابات العمال: bodies speak; شبكات is no org)
            return True                # ملاحقات قضائية، إنذارات بوجود قنابل، شبكات التواصل، مقررات كليات الصحافة: a
                                        # plural noun and its adjective or genitive (جمانة غنيمات، ناصف بركات are names)
        if self._accusative_participle(k) or self._time_or_plural(k):
            return True                # وقال مخاطبا ترامب: a circumstantial participle, not the subject
        if len(k) == 5 and k[0] == "م" and k[2] == "ا" and k[1] not in "اوي" and k[3:4] != "ي" and k[-1] != "ي" \
                and not self.given(k) and self.title_head(i) is None and not self._before_apposed_title(i + 1):
            return True                # أبدى المبعوث الأممي مخاوف، مطالب، مصادر: a broken plural مفاعل, no name
        if undotted(t[i].raw).endswith("ة") and self.word(i + 1) and undotted(t[i + 1].raw).endswith("ية") \
                and not self.given(k) and k not in self.lex.anonymous and not is_al(t[i + 1].key) \
                and not self.given(t[i + 1].key):
            return True                # التي تعتبر فترة ذهبية: a noun in ة and its nisba adjective, no name
        if len(k) == 4 and k[2] == "و" and k[1] not in "اوي" and not self.given(k) and k not in self.family_words \
                and not self.name_word(i + 1, first=False) and not self._speaker_end(i + 1) \
                and not (self.word(i + 1) and t[i + 1].key in self.lex.groups["audiences"]):
            return True                # ذكر وجود «…»: a verbal noun فعول alone (سكوت ماكلين، وقال غروس، وقال أبوت
                                        # للصحافيين: are names; so is روى كروس ما حصل after طوني كروس)
        if self._conjoined_verb(i, k) or self.manner(i):
            return True                # وطرح سالفيني، …: و and a past verb; ويضيف بحسرة: how he spoke
        if k in self.lex.groups["masdar_heads"]:
            return True                # ويلاحظ عدم تسجيل إصابات: no name starts with عدم، بعد، دون
        if k.endswith("ات") and verbal_noun(k[:-2]) and k not in self.lex.native_given:
            return True                # اعترافات آدم كاراهان: a plural verbal noun and its genitive, no name
        if self._accusative_noun(i, k):
            return True                # تجد في إجابة الأب تضاربا، تلقى النائب العام بلاغا: an accusative noun
        article = is_al(k) and raw_article(t[i].raw) and k not in self.lex.article_like_given \
            and not self.definite_given(i)
        if (article or (k[0] in "لب" and self._preposition_on(k)) or t[i].raw.startswith(("لإ", "لأ", "بإ", "بأ"))
                or verbal(k, t[i].raw) and not self.first_name(k)):
            return True                # لإنهاء، بأن، بتوديع، تأكيد: a preposition on a noun, a verbal noun
        lam = k[0] == "ل" and len(k) >= 4 and k not in self.lex.native_given and self.word(i + 1)
        if lam and t[i + 1].raw.startswith("ال") and not self.function(t[i + 1].key):
            return True                # لكرة القدم، لحقوق الإنسان: a preposition on a noun in construct
        # وقال لحشد من نحو 15 ألف شخص، لعدد من الصحفيين: to a group of, whom he told; right after a reporting
        # verb and before more words, ل on a noun is whom he told (وقالت لجمهور ضم رئيس المفوضية; وقال لحود إن)
        return lam and k[1] not in "اوي" and (t[i + 1].key == FROM or self._told_after_verb(i))

    def _with_pronoun(self, i: int, k: str) -> bool:
        """Is token i a word with a pronoun no name ends with: a function word of three letters or more (بينهم، لديه;
        not ايه، كيه), a noun or verb with «their» (عقب فوزهم) or «her» after ي or ت or on a verbal noun (رأيها، زيارتها)?
        Not a first name (أدهم، رادها), a title (خالها، مدربهم), nor people in the plural (زعماؤها، أعضاؤهم)."""
        raw = "".join(ch for ch in self.t[i].raw if not "\u064b" <= ch <= "\u0652")     # (زعماؤُها: no vowel marks)
        for suf in PRONOUN_SUFFIXES:
            if raw.endswith(suf) and len(k) - len(suf) >= 3 and self.function(k[:-len(suf)]) \
                    and k not in self.lex.native_given:
                return True
        suf = next((x for x in PRONOUN_SUFFIXES if raw.endswith(x)), "")
        stem = k[:-len(suf)] if suf else k
        ifal = raw[:1] == "إ" and len(stem) == 5 and stem[3] == "ا"         # إخراجها: a verbal noun إفعال
        if suf == "ها" and raw[-3:-2] not in ("ي", "ت") and not (ifal or verbal_noun(stem)) or suf in ("", "ه"):
            return False
        return len(k) >= 5 and not self.first_name(k) and k not in self.lex.title_heads and raw[-len(suf) - 1] not in "ؤئ"

    def _preposition_and_pronoun(self, i: int) -> bool:
        """Is token i a noun with a preposition and a pronoun (بظلالها، بكتابها، لأجلهم)? A name takes neither."""
        raw, k = self.t[i].raw, self.t[i].key
        return raw[:1] in "بلك" and len(k) >= 5 and k not in self.lex.native_given \
            and raw.endswith(("ها", "هم", "هما"))       # (not ه: باسلمه، بليده، لوتكه are family names)

    def _accusative_noun(self, i: int, k: str) -> bool:
        """A verbal noun or document in the accusative (تضاربا، بلاغا يتهمه; not أوباما، تشارلا لورد: a long vowel after
        the first letter) before punctuation, a function word or an adjective in ا (ترامب is no تضارب)?"""
        stem = k[:-1]
        if len(k) == 4 and k.endswith("ا") and stem in self.lex.common_verbs and k not in self.lex.native_given \
                and k not in self.lex.foreign_given:
            return True                 # يعتبر دعما: a verbal noun spelt as its verb, in the accusative
        if not (k.endswith("ا") and not k.endswith(("يا", "وا")) and len(k) >= 5 and k not in self.lex.native_given):
            return False
        if verbal(stem) and stem[1] not in "اوي" or "ال" + stem in self.lex.documents:
            return True
        nxt = self.t[i + 1].key if self.word(i + 1) else ""
        return len(stem) == 5 and stem[0] == "ت" and stem[2] == "ا" and not set(stem[1] + stem[3:]) & set("اويه") \
            and (not nxt or self.function(nxt) or nxt.endswith("ا"))

    def _told_after_verb(self, i: int) -> bool:
        """Does a reporting verb stand right before token i, and after it a verb or a noun with its possessive (لجمهور |
        ضم، لخطيب | ابنته)? Then ل is «to» (but وقال لعمامرة للصحفيين، وقال لطيف رشيد: a name in ل)."""
        c = self.lex.cues.get(self.t[i - 1].key) if i > 0 and self.word(i - 1) else None
        nxt = self.t[i + 1].key
        return c is not None and c.form == "verb" and (
            nxt in self.lex.common_verbs or nxt.endswith(("ه", "ها", "هم")) and len(nxt) >= 4)

    def _told(self, j: int) -> bool:
        """Is token j whom the speaker told (بكير بوزداغ للصحفيين، X لرويترز، X للصحيفة) or what they wrote, an
        indefinite document (يفغينيا الباتس تغريدة، X بيانا)? It ends a name before it."""
        k = self.t[j].key
        stem = k[:-1] if k.endswith("ا") and not k.endswith("يا") else k        # بيانا: the accusative
        return k in self.lex.groups["audiences"] or k[:1] == "ل" and k[1:] in self.lex.outlets_any \
            or not is_al(k) and "ال" + stem in self.lex.documents \
            or k.startswith("لل") and k in self.lex.documents \
            or k[:1] == "ل" and not is_al(k[1:]) and k[1:] in self.lex.body_heads and k[1:] in self.lex.name_nouns
        # (… لوكالة الأنباء الفرنسية، لصحيفة: an outlet's head with ل)

    def _broken_plural_in_construct(self, i: int, k: str) -> bool:
        """Is token i a plural of the shape أفعال (أسباب، أعمال، أخبار) in construct with a noun that has a
        pronoun or the article (أسباب قراره، أعمال العنف)? A family name of that shape (أصلان) stands alone."""
        t = self.t
        fu33al = len(k) == 4 and k[2] == "ا" and k[1] not in "اوي" and k[3] not in "اوي" and self.word(i + 1) \
            and self._plural_construct(i + 1) and not self.particle(i - 1) and not self.given(t[i - 1].key)
        # (حراس المونديال، تجار المخدرات; not هشام, a given name, nor نواف بن عطاف الصحاف: after بن a name)
        return ((len(k) == 5 and k[3] == "ا" and t[i].raw.startswith("أ") or fu33al) and k not in self.lex.native_given
                and k not in self.lex.foreign_given and self.word(i + 1) and not self.function(t[i + 1].key)
                and t[i + 1].key not in self.lex.title_heads
                and (is_al(t[i + 1].key) or t[i + 1].raw.endswith(("ه", "ها", "هم"))))

    def _plural_construct(self, j: int) -> bool:
        """Is token j the genitive of a plural before it: an ال-noun, neither a title, a nationality nor a name
        of the article's lists (شبكات التواصل; not عرفات الرئيس)?"""
        k = self.t[j].key
        return is_al(k) and raw_article(self.t[j].raw) and k not in self.lex.title_heads and not self.nationality(k) \
            and k not in self.lex.places and k not in self.lex.org_names \
            and not undotted(self.t[j].raw).endswith(("ي", "ية", "يه"))   # (a nisba; بيانات الدعوى ends in ى: a noun)

    def _conjoined_verb(self, i: int, k: str) -> bool:
        """Is token i, opening a sentence, و on a bare past verb of three root letters (وطرح، وشكر، وحذر)?
        Names in و of that length carry a long vowel or ة (وليد، وديع، وسام، وهبة)."""
        raw = self.t[i].raw
        start = i == 0 or "\n" in self.an.text[self.t[i - 1].end:self.t[i].start] or self.t[i - 1].raw in ".!؟?"
        return start and len(k) == 4 and k[0] == "و" and not set(k[1:]) & set("اويه") \
            and not raw.endswith("ة") and k[1:] not in self.lex.native_given and k not in self.lex.native_given \
            and not (self.word(i + 1) and self.particle(i + 1))     # وحمد بن جاسم: a nasab follows a name

    def _pronoun_suffix(self, i: int, k: str, first: bool) -> bool:
        """Does token i (key k) end in a pronoun that makes it a verb or a title's object, not a name?"""
        raw = self.t[i].raw
        if k[:1] in "وف" and len(k) >= 6 and k[1] in "يتن" and k.endswith(("ها", "هم")) and k not in self.lex.native_given:
            k, raw = k[1:], raw[1:]     # وينشرها: و and a verb with its object
        after_given = not first and i > 0 and k[:1] in "يتن" and self.t[i - 1].key in self.lex.foreign_given
        if k not in self.lex.native_given and not after_given and (len(k) >= 5 and (
                k[:1] in "يتن" and (k.endswith(("نا", "ها", "هم"))
                                    or raw.endswith("ه") and raw[-2:-1] not in "اوي" and not k.endswith("الله"))
                or k[:1] == "ي" and k.endswith("ون")
                or raw.endswith(("ته", "تها", "تهم")) and (first or not self._before_apposed_title(i)))):
            return True                # يخاطبنا، يقولون، يحضره، اختارته: a verb or a noun with its suffix (تيلرسون، توريه، نيلسون,
                                        # عدنان فلاته، فريدريك نيتشه are names; a raw ة is no pronoun: ياسمينة)
        # ويقدم الكاتب مقترحه، أكد المدرب أهمية الفوز: the title's object (not المدافع بنعطية، المدرب ديدييه ديشان)
        if not (first and i > 0 and k not in self.lex.native_given and k not in self.lex.foreign_given):
            return False                # (المخرج أندريه زفياجينتسيف، المدرب خوسيه: a given name in ه)
        if (raw.endswith(("ه", "ها")) and not k.endswith("ييه") or raw.endswith("ية") and k[:1] == "ا") \
                and len(k) >= 5 and self.title_head(i - 1) is not None:
            return True
        return len(k) == 4 and raw.endswith("ه") and raw[-2:-1] not in "اوي" and self._object_goes_on(i) and (
            self.title_head(i - 1) is not None or i > 1 and self.nationality(self.t[i - 1].key)
            and self.title_head(i - 2) is not None)

    def _object_goes_on(self, i: int) -> bool:
        """Does a demonstrative or an ال-word follow token i (الرئيس الفرنسي يومه هذا، المدرب فوزه الأول): the
        title's object and its noun phrase, not a one-word name (شيخ روحه، وجيه)?"""
        return self.word(i + 1) and (self.t[i + 1].key in self.lex.groups["demonstratives"] or is_al(self.t[i + 1].key))

    def _title_word_surname(self, j: int) -> bool:
        """Is token j after a given name a family name spelt like a title word (شيخ، رباني; with ال only after an Arabic given
        name: شوقي الطبيب), not feminine, before a subject's end (إن، من، a comma, في تصريح, a given name and a comma)?"""
        k, raw = self.t[j].key if self.word(j) else "", self.t[j].raw
        if not k or raw.endswith("ة") or self.title_head(j) is None or j + 1 >= len(self.t) \
                or is_al(k) and not (self.given(self.t[j - 1].key) and (self._speaker_end(j + 1) or self._in_statement(j + 1))):
            return False
        return self._speaker_end(j + 1) or self._in_statement(j + 1) or self.word(j + 1) and self.t[j + 1].key == FROM \
            or self._given_after_title_word(j)

    def _given_after_title_word(self, j: int) -> bool:
        """Does a given name and a speaker's end follow the title word at j (عصمت شيخ حسن،): the name's third word?"""
        return not is_al(self.t[j].key) and self.word(j + 1) and self.given(self.t[j + 1].key) and self._speaker_end(j + 2)

    def _in_statement(self, j: int) -> bool:
        """Do «in a statement» words start at j (في تصريح، في حديث، في بيان): where a speaker's name ends?"""
        info = self.lex.cues.get(self.t[j + 1].key) if self.word(j) and self.word(j + 1) else None
        return self.t[j].key == IN and getattr(info, "form", None) == "noun"
