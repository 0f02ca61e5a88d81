"""The name around a title (a mixin of mentions.Parser): a name in apposition after a comma (وزير الخارجية البحريني،
الشيخ خالد بن أحمد آل خليفة،), after the title's place phrase (رئيس المركز … في قاعدة حميميم الجوية الجنرال يوري
يفتوشينكو), or none when the words after an indefinite title are what it is of (مدرب تشيلسي، لاعب وسط مانشستر سيتي)."""
from __future__ import annotations

from .model import Mention
from .names import bare, is_al, raw_article
from .normalize import key

WHO = frozenset(key(w) for w in ("الذي", "التي"))      # the relatives that open a clause about a person
ERA_PREPOSITIONS = frozenset(key(w) for w in ("في", "خلال", "إبان"))   # في عهد X، خلال ولاية X
KUNYA = frozenset(key(w) for w in ("أبو", "أم"))        # أبو بكر: a kunya and a given name open a name
CLAUSE_PREPOSITIONS = frozenset(key(w) for w in ("في", "بعد", "قبل", "خلال", "منذ", "عقب", "إثر", "عند", "أمام", "مع",
                                                 "عبر", "من"))    # …، في وقت متأخر، …: a phrase put in, no name
NAMESAKE_HEADS = frozenset(key(w) for w in ("الملك", "الأمير", "الشيخ", "السلطان"))   # جامعة الملك فيصل: a body's namesake
SAID_AFTER = frozenset(key(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها", "قوله", "قولها"))
                                        # what follows a speaker's name and its comma: …، مارجوس تساكخنا، قوله


class TitleNames:
    """Readers of the name a title gives (mixed into mentions.Parser, whose tokens, lexicon and word tests they use)."""

    def _genitive_and_name(self, i: int, te: int, ne: int) -> Mention:
        """After an indefinite title that takes a genitive (لاعب وسط): the genitive, then a name of two words when
        the run is longer (لاعب وسط مانشستر سيتي إيلكاي غوندوغان); a run of two words or fewer is all genitive
        (لاعب وسط مانشستر سيتي), the holder unnamed."""
        t, x, words = self.t, ne, 0
        while x > te and words < 2:
            x -= 1
            words += t[x].key not in self.lex.particles
        while x > te and t[x - 1].key in self.lex.particles:
            x -= 1                      # … with its particles (كيفن دي بروين)
        if sum(1 for y in range(te, ne) if t[y].key not in self.lex.particles) < 3:
            return self._make(i, ne, None, "title")
        return self._titled_person(i, x, x, ne)

    def _namesake_body(self, i: int, te: int, ne: int) -> Mention | None:
        """عضو هيئة التدريس بجامعة الملك فيصل بالأحساء الدكتور محمد بن دليم: a name after الملك/الأمير/الشيخ right after a
        body's head is the body's namesake, not the title's holder; the holder is the titled person after it (past a
        place with ب), or the words after one namesake word (جامعة الملك سعود عبد الله الصقعبي), or nobody named.
        None when the title does not end so."""
        t = self.t
        if te - i < 3 or t[te - 1].key not in NAMESAKE_HEADS or not self.word(te - 2):
            return None
        head = t[te - 2].key
        if bare(head) not in self.lex.body_heads and not (head[:1] in "بل" and bare(head[1:]) in self.lex.body_heads):
            return None
        k = ne + (self.word(ne) and t[ne].key[:1] == "ب" and "ال" + t[ne].key[3:] in self.lex.places)
        if self.word(k) and self.title_head(k) is not None and (te2 := self.title_end(k)) and (ne2 := self.name_run(te2)) > te2:
            return self._titled_person(i, te2, te2, ne2)
        if ne - te >= 3 and t[te].key not in self.lex.particles:
            return self._titled_person(i, te + 1, te + 1, ne)   # جامعة الملك سعود عبد الله الصقعبي: one namesake word
        return self._make(i, ne, None, "title")

    def _era_at(self, i: int, te: int) -> int | None:
        """Where a title ends in an era or an administration after في/خلال/إبان (وزير الزراعة السابق في عهد،
        المستشار السابق في إدارة): the name after it is whose era (فرانسوا هولاند), not the holder's. The token of
        the era noun, or None."""
        t = self.t
        for x in range(i + 2, te):
            if t[x].key in self.lex.groups["era_nouns"] and t[x - 1].key in ERA_PREPOSITIONS:
                return x
        return None

    def _lam_name(self, j: int) -> bool:
        """Is token j ل glued to a proper name, a consonant after it (لبوروسيا، لمانشستر)? After a title it is
        what the title is of; a given name in ل takes a long vowel (لويس، ليونيل) or is known (لطفي، لبنى)."""
        k = self.t[j].key if self.word(j) else ""
        return len(k) >= 4 and k[0] == "ل" and k[1] not in "اويء" and not is_al(k[1:]) \
            and not self.given(k) and not self.given(k[1:]) and not self.prefixed_known(j) and self.name_word(j, first=False)

    def _open_construct(self, i: int, te: int) -> bool:
        """Does an indefinite title end in a complement that needs its genitive (لاعب وسط مانشستر سيتي، لاعب خط
        وسط برشلونة)? The words after it are what it is of, not the holder's name (لاعب الوسط إيلكاي غندوغان)."""
        t = self.t
        return te - i >= 2 and not any(is_al(t[x].key) for x in range(i, te)) \
            and t[te - 1].key in self.lex.genitive_complements

    def _construct_complement(self, i: int, te: int, ne: int) -> bool:
        """Is the one word after an indefinite head its complement in construct (مدرب تشيلسي، لاعب برشلونة،
        محافظ عدن) rather than a name? A head without ال names nobody by one word: a definite title goes before
        a name (المدرب مورينيو). Heads used like names without ال (سير مارك، سيناتور) and given names are not
        complements."""
        t = self.t
        k = t[i].key
        return (te == i + 1 and ne == te + 1 and not is_al(k) and not self.given(t[te].key)
                and bare(k.lstrip("وف")) not in self.lex.groups["bare_name_titles"]
                and not t[i].raw.endswith(("ه", "ها", "هم", "هما"))
                and not (ne < len(t) and t[ne].raw in "،,")
                and not (k in self.lex.relational_heads and self.word(ne) and self._lam_complement(ne)))
                # (مستشارة أوباما لمكافحة الإرهاب ليزا موناكو: the adviser's name follows her domain)

    def _apposition(self, i: int, te: int) -> Mention | None:
        """TITLE، NAME، — the name after a comma, past a short place or body phrase and an honorific: رئيس
        كوكاكولا في اليابان، جورج جاردونو، ; وزير الخارجية البحريني، الشيخ خالد بن أحمد آل خليفة، ; after a reporting
        verb, past a second title of the man too: وقال رئيس المجلس الحالي، السفير السلوفيني فوييسلاف سوك، إن."""
        t = self.t
        te = self.extents.get(te, te)       # (a body's name in marks ends the title: خبير في شركة "بيمكو"، يواكيم فيلس)
        j = self._short_phrase(te, self._verb_link(i))
        if j > te and self.possessed_head(i):
            return None                     # وابنتها من مكتبه، X: a relative with a possessive takes no place phrase
        k = self._past_inserted(j + 1) if self._reporting_before(i) else j + 1
        if k + 1 < len(t) and t[k].raw == "#" and t[k].end == t[k + 1].start:
            k += 1                          # a hashtag: الرئيس الأميركي، #دونالد_ترمب،
        if not (j < len(t) and t[j].raw in "،," and self.word(k)) or self._and_word(k):
            return None                     # (…، وتندر: «and he joked», no name)
        e = self.title_end(k) if self.title_head(k) is not None else k
        if k < e and self.name_run(e) > e and (e <= k + 2 and all(self.title_head(x) is not None for x in range(k, e))
                                              or self._reporting_before(i) and not self.first_name(t[e - 1].key)):
            k = e                           # an honorific or two ranks before the name: الشيخ، الجنرال ميجور; a
                                            # second title of the man (…، السفير السلوفيني فوييسلاف سوك، …، مهاجم
                                            # إنتر ميلان X،)
        ne = self.name_run(k)
        if t[k - 1].raw == "#":
            ne = max(ne, self.name_run(k - 1))     # the whole hashtag: #علي_محسن_الأحمر
        if ne == k and self.word(k) and self.name_run(k + 1) > k + 1 and self.name_run(k + 1) < len(t) \
                and t[self.name_run(k + 1)].raw in "،,":
            if is_al(t[k].key) and raw_article(t[k].raw) and not self.function(t[k].key) and (
                    self.nationality(t[k].key) or t[k].key.endswith("ي") or self.title_head(k) is not None
                    or self.given(t[k + 1].key)):
                k, ne = k + 1, self.name_run(k + 1)     # …، الإنجليزي جوردن هندرسون، …، الفريق محمد فريد حجازي،
                                                        # (not اليمين زروال، الطيب بلعيز: given names)
            elif not (t[k].key in self.lex.common_verbs or self.is_cue(k) or self._pronoun_suffix(k, t[k].key, True)
                      or t[k].key in CLAUSE_PREPOSITIONS):
                ne = self.name_run(k + 1)   # a name whose first word is also another word: دون ليمون، كوبي براينت
                                            # (not a verb: …، وينشرها نوردين نابيلي،; not a
                                            # preposition: …، في وقت متأخر، …، بعد لقائه نظيره،)
        if ne == k and (e := self._past_nisbas(k)) > k:
            k, ne = e, self.name_run(e)     # …، الدولي العاجي يايا توريه إن: adjectives of the man, then his name
        if ne <= k + 1 and (e := self._unknown_name(k)) is not None:
            ne = e                      # …، مارجوس تساكخنا، قوله: words no lexicon knows, then what a name comes before
        if ne == k + 1 and self.given(t[k].key) and self.word(ne) and t[ne].key.startswith("بال") \
                and self._speaker_end(ne + 1):
            ne += 1                     # a family name in بال between commas: الرئيس التنفيذي، خالد بالخيور، إن
        inserted = k > j + 1 and t[k - 1].raw in "،," and t[j + 1].raw not in "#"      # past a clause put in
        if inserted and not (ne - k >= 2 and (ne >= len(t) or t[ne].raw in "،,:" or self._told(ne)
                                               or self.an.masked[ne] or self.is_cue(ne))):
            return None                 # (…، الذي يحظى بأغلبية …، دقائق قبل التصويت: no name after it)
        if ne > k and (ne >= len(t) or not self.word(ne) or self.function(t[ne].key)
                                    or ne - k >= 2 and self._told(ne)):
            return self._titled_person(i, j, k, ne)
        return None

    def _past_nisbas(self, k: int) -> int:
        """Past two ال-nisbas at k (الدولي العاجي، اللاعب is no nisba) when a name of two words follows them that
        opens with a first name or a word no lexicon knows; k when they do not."""
        t = self.t
        if all(self.word(x) and is_al(t[x].key) and t[x].key.endswith("ي") and not self.function(t[x].key)
               for x in (k, k + 1)) and self.word(k + 2) and (self.first_name(t[k + 2].key) or self.unknown_word(k + 2)) \
                and self.name_run(k + 2) >= k + 4:
            return k + 2
        return k

    def _unknown_name(self, k: int) -> int | None:
        """After TITLE، two or three words no lexicon knows (no given name, function word, ال-word, common noun or
        verb, title or nationality, no word in ة), then a comma and what follows a speaker's name (إن، قوله، a
        colon): a foreign name the lexicons lack (وزير الشؤون الاجتماعية الأستوني، مارجوس تساكخنا، قوله). The end."""
        t = self.t
        for e in (k + 2, k + 3):
            if not all(self.word(x) for x in range(k, e)) or e + 1 >= len(t) or t[e].raw not in "،,":
                return None
            if (t[e + 1].key in SAID_AFTER or t[e + 1].raw == ":" or self.is_cue(e + 1)) \
                    and all(self.unknown_word(x) for x in range(k, e)):
                return e
        return None

    def unknown_word(self, x: int) -> bool:
        """Is token x a word no lexicon knows and no ordinary word: no function word, ال-word, common noun or
        verb (nor one with و، ف، ب، ل or ك before it or «his» after it), place, cue, title, nationality or
        month, nothing in ة, no digits — as foreign names are (مارجوس، إليوت)?"""
        t, lex = self.t, self.lex
        k = t[x].key
        stems = {k, k[1:] if k[:1] in "وفبلك" else k}
        stems |= {w[:-1] for w in stems if w.endswith("ه")}
        if any(w in lex.common_nouns or w in lex.common_verbs for w in stems):
            return False                # باسم، ليمنح، سقوطه، فتأكيده: an ordinary word with و/ب/ل or «his»
        if k[:1] == "م" and k[-1:] == "ا" and (len(k) == 6 and k[2] == "ا" or len(k) == 5 and k[1] not in "اوي"):
            return False                # مخاطبا، معربا: a participle in the accusative, how one spoke
        return self.word(x) and not (self.function(k) or is_al(k) or k in lex.places
                                     or self.is_cue(x) or self.title_head(x) is not None or self.nationality(k)
                                     or k in lex.months or t[x].raw.endswith("ة") or any(c.isdigit() for c in k))

    def _reporting_before(self, i: int) -> bool:
        """Is the word before the title at i a reporting verb (وقال، وأكد) and not one whose object is mostly a
        person (وهاجم، والتقى، وانتقد; groups.person_object_verbs): after those the phrase past a clause put in is
        the verb's object, not the holder's name."""
        cue = self.lex.cue(self.t[i - 1].raw, self.t[i - 1].key) if i > 0 and self.word(i - 1) else None
        return cue is not None and key(cue.lemma) not in self.lex.groups["person_object_verbs"]

    def _past_inserted(self, k: int) -> int:
        """After a title and its comma, the word past a clause put in before the name, up to its comma: a
        relative clause (والنائب عن تيار المستقبل، الذي يرأسه الحريري، معين المرعبي) or a second title joined by و
        (القيادي في الاتحاد الوطني الكردستاني، وأحد قادة قوات البيشمركة، مصطفى جاورش)."""
        t = self.t
        if not self.word(k) or not (t[k].key in WHO or t[k].key[:1] == "و" and (
                bare(t[k].key[1:]) in self.lex.title_heads or t[k].key[1:] in self.lex.anonymous)):
            return k
        e = k + 1
        while e < len(t) and e - k <= 12 and not (t[e].raw in "،," and not self.an.masked[e]):
            if not self.an.masked[e] and t[e].raw in ".:؛;" or self.is_cue(e):
                return k
            e += 1
        return e + 1 if e < len(t) and t[e].raw in "،," and self.word(e + 1) else k

    def _name_after_place(self, i: int, te: int) -> Mention | None:
        """TITLE في PLACE [RANK] NAME: رئيس المركز الروسي للمصالحة في قاعدة حميميم الجوية الجنرال يوري
        يفتوشينكو — a name of two words or more after the title's place phrase (and a rank)."""
        t = self.t
        j = self._short_phrase(te, self._verb_link(i))
        if j == te or self.possessed_head(i) or self._era_at(i, j) is not None:
            return None                 # (وزير الزراعة السابق في عهد فرانسوا هولاند: whose era, no holder)
        k = j + 1 if self.title_head(j) is not None and self.title_end(j) == j + 1 else j
        ne = self.name_run(k)
        words = sum(1 for x in range(k, ne) if t[x].key not in self.lex.particles)
        linked = t[te].raw in self.lex.linked_heads and bare(t[i].key) in self.lex.linked_heads[t[te].raw]
        if linked and words >= 3 and not self._visible_end(ne) and self.given(t[k].key) and not self.particle(k + 1):
            ne, words = k + 2, 2        # المشرف على الفريق مروان دفتردار | نجاح معسكر: after the head's own
                                        # phrase, a given and a family name, then the verb's object
        if words < 2 or not (self._visible_end(ne) or linked and ne == k + 2 and self.given(t[k].key)):
            return None
        return Mention(t[i].start, t[ne - 1].end, self.an.text[t[i].start:t[ne - 1].end],
                       self.an.text[t[k].start:t[ne - 1].end], self.an.text[t[i].start:t[j - 1].end], "person")

    def _visible_end(self, e: int) -> bool:
        """Does a name visibly end before token e (a strong boundary, what ends a speaker, a mark)?"""
        return self.strong_boundary(e) or self._speaker_end(e) or e < len(self.t) and self.an.masked[e]

    def _verb_link(self, i: int) -> str:
        """The preposition the reporting verb before the title at i takes for its object (كشف عن، أكد على), or ""."""
        if i == 0 or not self.is_cue(i - 1):
            return ""
        lemma = key(self.lex.cue(self.t[i - 1].raw, self.t[i - 1].key).lemma)
        groups = self.lex.groups
        link = "عن" if lemma in groups["verbs_with_an"] else "على" if lemma in groups["verbs_with_ala"] else ""
        # … unless the title's head takes it itself: كشفت النائبة عن حزب الشعب الجمهوري، أكد المشرف العام على
        return "" if bare(self.t[i].key) in self.lex.linked_heads.get(link, ()) else link

    def _title_link_at(self, j: int, verb_link: str) -> bool:
        """Does a title's place or body phrase open at j: في، لدى، إلى، من، ب, or على/عن as written unless the verb
        before the title takes it (but للرقابة على: the title's verbal noun takes it)?"""
        t = self.t
        if t[j].key in self.lex.groups["title_links"] or t[j].key in ("من", "ب"):
            return True
        return t[j].raw in ("على", "عن") and (t[j].raw != verb_link or t[j - 1].key[:1] == "ل")

    def _short_phrase(self, j: int, verb_link: str = "") -> int:
        """After a title, a place or body phrase of up to four words that still belongs to it (في اليابان،
        من الحرائق في كاليفورنيا، للرقابة على تنفيذ مخرجات الحوار اليمني، النائب عن مدينة مصراته): where it ends
        (j itself when there is none). على and عن count as written (علي is also a given name), and not when the
        verb before the title takes them (وكشف مدير الشرطة عن هوية المنفذ: the verb's object)."""
        t, end = self.t, j
        while self.word(end) and self._title_link_at(end, verb_link) and end - j < 6:
            e = end + 1
            while self.word(e) and e - end <= 4 and (not self.function(t[e].key) or self._in_acronym(e)) \
                    and not self.is_cue(e) \
                    and not (e > end + 1 and self.given(t[e].key) and self.title_head(e - 1) is None
                             and not self.particle(e - 1)) \
                    and not (e > end + 1 and self.title_head(e) is not None and self.title_end(e) == e + 1) \
                    and not (e > end + 1 and t[e].key in KUNYA and self.word(e + 1) and self.given(t[e + 1].key)) \
                    and not (e > end + 2 and is_al(t[e - 1].key) and is_al(t[e - 2].key) and not is_al(t[e].key)
                             and t[e].raw[:1] not in "وبل"):
                e += 1          # (… في بنك الرياض محمد بن عبدالعزيز الربيعة: a given name starts the holder's
                                # name; في جامعة الملك سعود، أبو مالك: after a title or a particle it is not;
                                # … على الدراسة الدكتورة ساني بيترز: a rank starts the name too; عن الحزب
                                # الجمهوري نيوت غينغريتش: a word without the article after two with it, not
                                # one with و/ب/ل, which goes on the phrase: عن الحزب الجمهوري بولاية تكساس;
                                # a kunya starts the name: في ولاية بورنو أبو بكر غامندي)
            if e == end + 1:
                break
            end = e
        return end
