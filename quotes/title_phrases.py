"""Where a title phrase ends (وزير الخارجية الروسي، المتحدث باسم الكرملين، المدرب السابق لبوروسيا دورتموند)
and what of it is a head, a domain, a body in construct or a complement: a mixin of phrases.Reader, whose
token classes (word, function, org_at, name_run …) it reads."""
from __future__ import annotations

from .date_expressions import date_words
from .lexicon import Lexicon
from .name_words import ON_BEHALF
from .names import definite_nisba, is_al
from .normalize import key


def age_word(k: str, lex: Lexicon) -> bool:
    """Is the key k a word of an age in construct (ال، 57، ال57، عاما: صاحب الـ57 عاما)?"""
    return k == "ال" or k.isdigit() or k.startswith("ال") and k[2:].isdigit() or k in lex.groups["age_words"]


CLAUSE_LETTERS = frozenset(key(w) for w in ("إن", "أن", "أي"))    # قال القاضي إن أي …: «that any», no acronym


class TitleReader:
    """Title phrases over an Analysis (mixed into phrases.Reader)."""

    def title_end(self, i: int) -> int:
        """End (exclusive) of a title phrase starting with a head at i: وزير الخارجية الروسي،
        المتحدث باسم الكرملين، كبير مساعدي السياسة الخارجية في الكرملين، نائب وزير خارجية روسيا. (memoised:
        the entity pass and the mention readers ask for the same heads)"""
        j = self._title_end.get(i)
        if j is None:
            j = self._title_end[i] = self._title_end_uncached(i)
        return j

    def _title_start(self, i: int) -> tuple[int, bool]:
        """Where the words after the head at i start, and whether the title ends there already: after the dot of an
        abbreviated head (د.) or an age in construct (صاحب الـ57 عاما), or past a first word in construct or a body
        in marks right after the head (رئيس "نادي موناكو للسيارات"، مدير «المرصد …»)."""
        if self.abbreviated(i):
            return i + 2, True      # د. and its dot: the name follows
        if (age := self._age_phrase(i + 1)) > i + 1:
            return age, True        # صاحب الـ57 عاما، ابن الـ25 عاما: the one of that age, named before
        j = i + 1 + self._construct_first(i)
        return (self.extents[j] if j == i + 1 and j in self.extents else j), False

    def _title_end_uncached(self, i: int) -> int:
        j, done = self._title_start(i)
        h = self.t[i].key
        if not done:
            j, done = self._after_indefinite_head(i, j, h)
        if done:
            return j
        indefinite = ""             # the word before, when it is an indefinite body or domain (لجنه، مجلس)
        while j < len(self.t):
            if (e := max(self._aside(i, j), self._past_acronym(j))) > j:
                j = e           # a body's name in marks or its short name in brackets, or in letters (في بي بي سي)
                continue
            if not self.word(j):
                break
            k = self.t[j].key
            after_body, indefinite = indefinite, ""
            if self._agreeing_adjective(j, after_body):
                j += 1          # an adjective of an indefinite body: رئيس لجنة برلمانية بريطانية، مجلس وطني
                indefinite = after_body
                continue
            if j == i + 1 and self._on_behalf_of_him(j):
                return j + 1    # المتحدثة باسمه ساره ساندرز: on behalf of the one named before, the name follows
            if self.function(k) and k not in self.lex.title_complements:
                if (e := self._past_function_word(i, j)) == j:
                    break
                j = e
                continue
            if (e := self._joined_by_waw(i, j)) > j:
                j = e
                continue
            if (k in self.lex.title_heads and k in self.lex.native_given and not is_al(k) and self.word(j + 1)
                    and not self._continues_title(j + 1)):
                break           # مدير شركة أرامكو أمين الناصر: أمين starts the name here (not أمين عام)
            if k in self.lex.title_heads or k in self.lex.title_domains or k in self.lex.title_complements \
                    or k in self.lex.org_heads and not is_al(k):
                j, indefinite, done = self._title_word(j)
                if done:
                    return j
                continue
            if self.is_cue(j) or self.definite_given(j):
                break           # … or a given name with the article starts the name: النائب الجيلاني الهمامي
            if (e := self._complement_at(i, j)) > j:
                j = e           # وزير خارجيتها، مبعوث الأمم المتحدة لسوريا، مديرة حملات الشرق الأوسط
                continue
            if (e := self._body_or_adjective(i, j, h)) == j:
                break
            j = e
        return j

    def _in_acronym(self, e: int) -> bool:
        """Is token e a letter name of an acronym (في بي بي سي: بي is also «in me», a function word)? One that starts
        it, or one after such a letter that is no function word, or that comes before another letter or ends the
        phrase (سي إن إن،; not the إن of قال المتحدث باسم بي بي سي إن)."""
        t = self.t
        if not self.word(e) or t[e].key not in self.lex.letter_names:
            return False
        if self._acronym_start(e):
            return True
        nxt = self.word(e + 1) and t[e + 1].key in self.lex.letter_names
        ends = e + 1 < len(t) and t[e + 1].raw in "،,.؛"
        return e > 0 and self._in_acronym(e - 1) and (not self.function(t[e].key) or nxt or ends)

    def _past_acronym(self, j: int) -> int:
        """Past a body spelt in letters at j inside a title (مديرة الأخبار في بي بي سي: بي is also «in me»): where
        it ends; j when none starts there or a rank follows it (الصحفية في بي بي سي ثالث صحفية: no name follows,
        the title stops before it)."""
        if not self._acronym_start(j):
            return j
        e = j
        while self.word(e) and self._in_acronym(e):
            e += 1
        return j if self.word(e) and "ال" + self.t[e].key in self.lex.groups["ranks"] else e

    def _acronym_start(self, e: int) -> bool:
        """Does an acronym start at token e: two letter names or more, the first a function word (إن، بي) only after
        a preposition, a title word or a title's link (مراسل بي بي سي، المتحدث باسم بي بي سي; not قال إن بي بي سي)?"""
        t, letters = self.t, self.lex.letter_names
        if not (self.word(e + 1) and t[e].key in letters and t[e + 1].key in letters):
            return False
        before = t[e - 1].key if e > 0 and self.word(e - 1) else ""
        return not self.function(t[e].key) or before in self.lex.groups["prepositions"] \
            or before in self.lex.title_complements and not is_al(before) \
            or self.title_head(e - 1) is not None and t[e].key not in CLAUSE_LETTERS

    def _on_behalf_of_him(self, j: int) -> bool:
        """Is token j «on his/her behalf» (باسمه، باسمها)?"""
        return self.t[j].key.startswith(ON_BEHALF) and self.t[j].raw.endswith(("ه", "ها", "هم", "هما"))

    def _complement_at(self, i: int, j: int) -> int:
        """End of what the title at i takes at j: a domain with a possessive (وزير خارجيتها، ولي عهده) or in لـ
        (رئيس الاتحاد الأرجنتيني لكرة القدم، مبعوث الأمم المتحدة لسوريا); after a definite head and its adjectives,
        the article's words after it (القائد العام لوحدات حماية الشعب); after an indefinite head, a noun in
        construct (مديرة حملات الشرق الأوسط); j when none."""
        if self._possessed_domain(j) or self._lam_complement(j) or self._indefinite_nisba(j):
            return j + 1
        if all(is_al(self.t[x].key) for x in range(i, j)) and (e := self._named_complement(j)):
            return e
        return j + 1 if self._construct_noun(i, j) else j

    def _indefinite_nisba(self, j: int) -> bool:
        """Is token j a nisba without the article right after a head without it (الوزير مفوض تجاري علي الليثي،
        مستشار عسكري): the head's adjective, not the name's first word?"""
        t = self.t
        k = t[j].key if self.word(j) else ""
        return k.endswith("ي") and len(k) >= 4 and not is_al(k) and not self.function(k) and not self.first_name(k) \
            and self.word(j - 1) and not is_al(t[j - 1].key) and self.title_head(j - 1) is not None \
            and self.word(j + 1) and self.first_name(t[j + 1].key)     # (a given name follows: علي الليثي)

    def _construct_noun(self, i: int, j: int) -> bool:
        """Is token j, right after an indefinite head, a noun in construct with an ال-word after it (مديرة حملات
        الشرق الأوسط، منسق برامج المنظمة)? Not a name (مستشار ترامب جون بولتون) nor another head."""
        t = self.t
        if j != i + 1 or is_al(t[i].key) or not self.word(j) or not self.word(j + 1) \
                or t[i].key in self.lex.kinship_heads:
            return False                # (والد هووت الشاب: a relative takes a person in construct)
        k = t[j].key
        return not is_al(k) and not self.function(k) and not self.first_name(k) and k not in self.lex.title_heads \
            and len(k) >= 4 and is_al(t[j + 1].key) and not self.function(t[j + 1].key) and not self.org_at(j)

    def _aside(self, i: int, j: int) -> int:
        """Past a body's name in marks after its head (في المركز الرياضي "كريبس") or after لـ before a name
        (المديرة العامة لـ"أوكس" باسكال), or its short name in brackets (الأمين العام لمنظمة أوبك (اوبك) عبد
        الله البدري) at j; j when none stands there."""
        if j in self.extents and j > i + 1 and self._body_before(i, j):
            return self.extents[j]
        if j > i and self.word(j) and self.t[j].key.rstrip("ـ") == "ل" and j + 1 in self.extents \
                and (e := self.extents[j + 1]) < len(self.t) and self.name_word(e, True) \
                and " ".join(self.t[x].key for x in range(j + 2, e - 1)) not in self.lex.outlets_any:
            return e                    # المديرة العامة لـ"أوكس" باسكال ديلكومينيت: of the body in marks, then the
                                        # name (not an outlet: whom one told, لـ"الاقتصادية")
        return self._acronym_aside(i, j)

    def _acronym_aside(self, i: int, j: int) -> int:
        """Past a body's short name in brackets at j, after a body in the title, when a name follows it (الأمين
        العام لحلف شمال الأطلسي (الناتو) ينس ستولتنبرغ); j otherwise."""
        t = self.t
        if j <= i + 1 or t[j].raw != "(" or self.an.masked[j]:
            return j
        close = self.short_brackets_end(j)
        if close is None or close == j + 1 or close + 1 >= len(t):
            return j
        inside = " ".join(t[x].key for x in range(j + 1, close))
        short = inside in self.lex.org_names or inside in self.lex.outlets_any or t[j + 1].raw.isascii()
        return close + 1 if short and self.name_word(close + 1, True) else j

    def _past_function_word(self, i: int, j: int) -> int:
        """Where the title goes on past the function word at j: a known body's name that runs past it (جمعية
        أطباء بلا حدود) or a link to a body (في، لدى، باسم); j when the title ends before it."""
        if (e := self._known_body_through(i, j)) > j:
            return e
        e = j
        while e < len(self.t) and self.word(e) and self.t[e].key in self.lex.groups["title_adverbs"]:
            e += 1
        if e > j and self.name_word(e, True):
            return e                    # المصنفة الأولى عالميا سابقا سيرينا ويليامز: adverbs of the title, the name next
        return j + 1 if self._title_link(j) else j

    def _body_or_adjective(self, i: int, j: int, h: str) -> int:
        """Past a known body or an ال-adjective at j that continues the title (not بالرئيس التركي, a prepositional
        phrase, nor للصحفيين or لرويترز: whom he told — not المدير العام لبي بي سي توني هول); j when none."""
        n = self.org_at(j)
        if n and (self._told_outlet(j, n) or self._country_after_nationality(j, n)):
            return j
        return j + (n or 1) if n or self._title_adjective(i, j, h) else j

    def _country_after_nationality(self, j: int, n: int) -> bool:
        """Is the known name of n words at j a place right after the title's nationality (ذكرت الوزيرة الألبانية
        روسيا): the verb's object, not what the title is of (وزير خارجية روسيا has no nationality before it)?"""
        t = self.t
        return j > 0 and self.word(j - 1) and is_al(t[j - 1].key) and self.nationality(t[j - 1].key) \
            and " ".join(t[x].key for x in range(j, j + n)) in self.lex.places \
            and t[j].raw[:1] not in "بلو"     # (سفير الولايات المتحدة الأمريكية بتونس: where he serves)

    def _after_indefinite_head(self, i: int, j: int, h: str) -> tuple[int, bool]:
        """Past the adjectives of an indefinite head (محام مصري، ناشط حقوقي بارز), and whether the title ends
        there: another head after them is another person's title (سأل صحفي هولندي وزير خارجية تركيا: the object)."""
        if j != i + 1 or is_al(h) or self.t[i].raw.endswith(("ه", "ها", "هم")):
            return j, False
        j = self._person_adjectives(j, h)
        return j, j > i + 1 and self.title_head(j) is not None and not self.lex.title_heads.get(self.t[j].key[1:])

    def _joined_by_waw(self, i: int, j: int) -> int:
        """End of what و joins to the title at j: a domain between two definite words (وزيرة الثقافة وتنمية
        المعرفة) or a second title of the same person (محامي مقيم في لندن وناشط حقوق الإنسان); j if neither."""
        k = self.t[j].key
        if self._waw_domain(i, j):
            return j + 1
        if (j > i + 1 or is_al(self.t[i].key)) and k[:1] == "و" and k in self.lex.title_heads and not is_al(k) \
                and self._in_construct(j):
            return self.title_end(j)    # (… or right after a head with the article: المحامية وناشطة حقوق الإنسان)
        if j == i + 1 and k[:1] == "و" and k[1:] in self.lex.title_heads and not is_al(k) and not is_al(self.t[i].key) \
                and not self.possessed_head(i) and not self.possessed_head(j) \
                and self.word(j + 1) and not self.function(self.t[j + 1].key):
            return self.title_end(j)    # قائد وحارس يوفنتوس، رئيس ومؤسس شركة: two heads in construct share the
                                        # complement after them (not زوجته وابنته: two people)
        return j

    def _known_body_through(self, i: int, j: int) -> int:
        """End of a known body's name that starts in the title (after its head at i) and runs past j; j if none."""
        for x in range(j - 1, max(i, j - 3), -1):
            if x + self.org_at(x) > j:
                return x + self.org_at(x)
        return j

    def _body_before(self, i: int, j: int) -> bool:
        """Does the title from i end at j on a body's head and its adjectives (في المركز الرياضي، رئيس الحزب)?"""
        x = j - 1
        while x > i and definite_nisba(self.t[x].key) and self.t[x].key not in self.lex.org_heads:
            x -= 1
        return x > i and self.t[x].key in self.lex.org_heads

    def _age_phrase(self, j: int) -> int:
        """End of an age in construct after a head (الـ57 عاما، الـ 25 عاما), or j when there is none."""
        t, n = self.t, len(self.t)
        if j + 1 < n and t[j].key.startswith("ال") and t[j].key[2:].isdigit():
            k = j + 1                   # الـ57 written as one word
        elif j + 2 < n and t[j].key == "ال" and t[j + 1].key.isdigit():
            k = j + 2
        else:
            return j
        return k + 1 if age_word(t[k].key, self.lex) else j

    def _construct_first(self, i: int) -> bool:
        """Is the head at i without the article in construct with the noun after it, part of the title (رئيس
        عمليات حرس الحدود، رئيس رابطة اللاعبين)? Not a head whose complement is a person (مستشار بوتين) or
        that carries a possessive (مساعده)."""
        h, j, t = self.t[i].key, i + 1, self.t
        return (not is_al(h) and h not in self.lex.relational_heads and self.lex.title_heads.get(h) == h.lstrip("وفلب")
                and not self.possessed_head(i)
                and self.word(j) and not is_al(t[j].key) and not self.function(t[j].key, j)
                and not self.is_cue(j) and self.word(j + 1)
                and (is_al(t[j + 1].key) or t[j + 1].key in self.lex.org_heads))

    def _in_construct(self, j: int) -> bool:
        """Does a definite complement or a noun in construct follow the head at j (وناشط حقوق الإنسان)?"""
        return self.word(j + 1) and not self.function(self.t[j + 1].key) and self.name_run(j + 1) == j + 1

    def _person_adjectives(self, j: int, h: str) -> int:
        """End of the adjectives agreeing with an indefinite head of a person at j-1 (محام مصري، ناشطة حقوقية
        بارزة): nisba adjectives and the describing ones (بارز، سابق، مقيم); j when there is none."""
        fem = h.endswith("ه")
        while self.word(j) and not is_al(k := self.t[j].key) and not self.function(k, j) and k not in self.lex.native_given \
                and not (k[:1] in "لب" and k[1:] in self.lex.title_heads):     # (صحفي لمعالي الوزير: to his excellency)
            stem = k[:-1] if fem and k.endswith("ه") else k
            if not (self._agreeing_adjective(j, h) or self.nationality("ال" + k)
                    or "ال" + stem in self.lex.groups["describing"] and k.endswith("ه") == fem):
                break
            j += 1
        return j

    def _agreeing_adjective(self, j: int, body: str) -> bool:
        """Is token j an adjective agreeing with the indefinite body word before it (لجنة برلمانية، مجلس وطني)?"""
        k = self.t[j].key
        return bool(body) and not is_al(k) and k.endswith("يه" if body.endswith("ه") else "ي") and len(k) >= 5 \
            and not self.function(k, j) and k not in self.lex.native_given and k not in self.lex.title_domains \
            and k not in self.lex.org_heads     # (شرطة ولاية تكساس: a body in construct, not an adjective)

    def _title_link(self, j: int) -> bool:
        """Does the function word at j link the title to a body or a definite noun (في، لدى، باسم …)? Not to an
        occasion of speech: في المؤتمر الصحفي is where he spoke (dates.json speech_occasions)."""
        return self.t[j].key in self.lex.groups["title_links"] and self.word(j + 1) and (
            is_al(self.t[j + 1].key) or bool(self.org_at(j + 1)) or self.t[j + 1].key in self.lex.org_heads) \
            and self.t[j + 1].key not in date_words().occasions

    def _waw_domain(self, i: int, j: int) -> bool:
        """Is token j a domain joined by و between two definite words (وزيرة الثقافة وتنمية المعرفة)?"""
        t, k = self.t, self.t[j].key
        return (k[:1] == "و" and not is_al(k) and j > i + 1 and is_al(t[j - 1].key) and self.word(j + 1)
                and is_al(t[j + 1].key) and k[1:] not in self.lex.native_given and not self.is_cue(j)
                and k not in self.lex.native_given and k not in self.lex.foreign_given     # (وليد المعلم: a name)
                and not self.function(k, j) and not self.function(t[j + 1].key))

    def _title_word(self, j: int) -> tuple[int, str, bool]:
        """A head, domain, complement or body word in construct at j (المتحدث باسم وزارة الخارجية الإيرانية):
        where the title goes on, the indefinite body word it leaves open, and whether the title ends there."""
        t, k = self.t, self.t[j].key
        indefinite = k if (k in self.lex.org_heads or k in self.lex.title_domains) and not is_al(k) else ""
        j += 1
        if j in self.extents and (k in ("باسم", "لدي", "في") or k in self.lex.title_heads):
            return self.extents[j], indefinite, False     # the body in quotation marks: المتحدثة باسم «كان»
        if indefinite and self.org_at(j) > 1:
            return j + self.org_at(j), "", False    # … a known body of several words: حارس مرمى مانشستر يونايتد
        if indefinite and self._proper_genitive(j):
            return j + 1, "", False     # … with its own name: رئيس نادي فيد مثيب المثيب، مدير شركة أرامكو أمين الناصر
        if k == "باسم" and self.word(j) and not is_al(t[j].key) and self.proper(j):
            j += 1      # a body named by one word ends the title (متحدث باسم فيزا لسكاي نيوز) but for its
            while self.word(j) and definite_nisba(t[j].key):
                j += 1  # adjectives (متحدث باسم فيزا الأمريكية)
            return j, indefinite, True
        return j, indefinite, False

    def _lam_complement(self, j: int) -> bool:
        """Is token j a complement with لـ (لكرة القدم، لسوريا): a place, or before a definite word?"""
        t, k = self.t, self.t[j].key
        if k in self.lex.native_given and not self._preposition_on(k):
            return False                # المدرب لطفي الشيخاوي، الوزير لبيد: a given name in ل, not ل + a complement
        return k[:1] == "ل" and not is_al(k) and (k[1:] in self.lex.places or self.word(j + 1) and is_al(t[j + 1].key)
                                                  and not self.function(t[j + 1].key))

    def _told_outlet(self, j: int, n: int) -> bool:
        """Is the known name of n words at j an outlet glued to لـ with no name or apposition after it: whom the
        speaker told (وقال الوزير لرويترز)?"""
        t, k = self.t, self.t[j].key
        return k[:1] == "ل" and " ".join([k[1:]] + [t[j + m].key for m in range(1, n)]) in self.lex.outlets_any \
            and self.name_run(j + n) == j + n and not (j + n < len(t) and t[j + n].raw in "،,")

    def _title_adjective(self, i: int, j: int, h: str) -> bool:
        """Does the ال-word at j continue the title (الرئيس التنفيذي)? Not a prepositional phrase (بالرئيس
        التركي), a noun that is the verb's object right after a definite head (وفتح الرئيس النقاش), or whom he
        told (للصحفيين), nor ف + ال, which no title goes on with (نائب رئيس المفوضية فالديس دومبروفسكيس)."""
        k = self.t[j].key
        return is_al(k) and not (k.startswith(("بال", "وبال")) and self.title_head(j) is not None) and not (
            j == i + 1 and is_al(h) and self._object_after_head(k, h)) \
            and not (k in self.lex.groups["audiences"] and k.startswith("لل")) \
            and not k.startswith("فال")     # فالديس: a name, no ف + ال

    def _named_complement(self, j: int) -> int:
        """After a definite head and its adjectives, a name glued to لـ that the article also writes without
        it is what the title is of, not the holder's name (المدرب السابق لبوروسيا دورتموند، المدير الفني لريال
        مدريد زين الدين زيدان: ريال مدريد stands alone elsewhere); its next word too when the two stand together
        elsewhere. End of the complement, or 0 (المدرب الأرجنتيني ليونيل سكالوني: يونيل is written nowhere)."""
        t, k = self.t, self.t[j].key
        if k[:1] != "ل" or k.startswith("لل") or k in self.lex.native_given or len(k) < 4 \
                or self.function(k, j) or not self.written(k[1:]):
            return 0
        return j + 2 if self.word(j + 1) and self.written(k[1:], t[j + 1].key) else j + 1

    def written(self, k: str, after: str | None = None) -> bool:
        """Is the word key k written as a word of the text (followed by the key `after`, when given)?"""
        if self._pairs is None:
            keys = self.an.keys
            self._pairs = set(zip(keys, keys[1:])) | {(x, None) for x in keys}
        return (k, after) in self._pairs

    def apposition(self, j: int) -> bool:
        """Can a title in apposition to a name start at j (… ولايتي مستشار المرشد، X، رئيس …)? Not a relative
        with a possessive: after a word it is that word's object or complement (بيد ابنته، لخطيب ابنته)."""
        return self.title_head(j) is not None and not self.possessed_head(j) or self.t[j].key in self.lex.apposed_heads

    def possessed_head(self, i: int) -> bool:
        """Is token i a title head with a possessive (زوجته، أمها، مساعده)? It is in construct with nothing:
        a name after it is the relative's own (أمها لويز)."""
        k = self.t[i].key
        h = self.lex.title_heads.get(k)
        return h is not None and h != k.lstrip("وفلب") and self.t[i].raw.endswith(("ه", "ها", "هم", "هما"))

    def _object_after_head(self, k: str, h: str) -> bool:
        """After a definite head (الرئيس، المدرب) a definite word is an adjective (الجديد، البارز، التنفيذي)
        unless it has the shape of a noun: a verbal noun (الاحتلال، الانسحاب), a plural in ات (الانتقادات), a
        فعال noun (النقاش), a feminine noun after a masculine head (الفرصة), or a sound plural after a singular
        head (المواطنين). That noun is the verb's object: وفتح الرئيس النقاش، ومنح المدرب الفرصة."""
        b = k.removeprefix("ال")
        if k.startswith("ال") and b.endswith(("ين", "ون")) and len(b) >= 6 and not h.endswith(("ين", "ون", "اء", "ه")):
            return True                 # ودعا الرئيس المواطنين: a plural does not describe one head
        if not k.startswith("ال") or b.endswith(("ي", "يه", "ين", "ون")) or b in self.lex.title_domains \
                or k in self.lex.title_complements or k.removesuffix("ه") in self.lex.title_complements:
            return False
        return (b[:1] == "ا" and len(b) >= 5 or b.endswith("ات") or len(b) == 4 and b[2] == "ا"
                or b.endswith("ه") and not h.endswith("ه"))

    def _possessed_domain(self, j: int) -> bool:
        """Is token j a title domain with a possessive pronoun (خارجيتها، عهده، وزرائها)? The raw form is
        read: ه written for ة (the key folds both) is not a pronoun."""
        raw, k = self.t[j].raw, self.t[j].key
        for suf in ("هما", "هم", "ها", "ه"):
            if raw.endswith(suf) and len(k) - len(suf) >= 3:
                stem = k[:-len(suf)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
                return stem in self.lex.title_domains or "ال" + stem in self.lex.title_domains or stem == "عهد"
        return False

    def _possessive_head(self, i: int) -> bool:
        """Is token i a form of address with a possessive pronoun (سموه، معاليها)? Not مساعده: «ومساعده يوري
        أوشاكوف» names the aide."""
        k = self.t[i].key.lstrip("وف")
        base = self.lex.title_heads.get(self.t[i].key)
        return base in self.lex.address_forms and any(k == base + suf for suf in ("ه", "ها", "هم"))

    def _continues_title(self, j: int) -> bool:
        """Does token j carry a title on (a complement, a domain, a body, a place, another head)?"""
        k = self.t[j].key
        return (k in self.lex.title_complements or k in self.lex.title_domains or k in self.lex.org_heads
                or k in self.lex.title_heads or self.org_at(j) > 0)

    def _proper_genitive(self, j: int) -> bool:
        """Is token j the one-word name of the body before it (نادي فيد، شركة أرامكو), with a name after it?
        Not an ال-word (that continues the title anyway), an adjective (لجنة برلمانية), a function word, a
        cue or a title word."""
        if not (self.word(j) and self.word(j + 1)):
            return False
        k = self.t[j].key
        return not (is_al(k) or k.endswith("يه") or self.function(k, j) or self.is_cue(j) or k in self.lex.title_heads
                    or k in self.lex.title_domains or k in self.lex.org_heads or k in self.lex.title_complements)
