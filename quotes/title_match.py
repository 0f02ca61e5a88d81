"""Matching a title the article writes to a person of its cast (a mixin of cast.Cast): الرئيس الأمريكي is the
person the article introduced with that title, that head or that nationality (by_title), and a role with a
nationality no one was given names someone else."""
from __future__ import annotations

from .model import Mention
from .name_match import Entity
from .names import bare, name_keys
from .normalize import key


COUNTERPART = key("نظير")
GOVERNMENT = key("حكومة")
CABINET = [key("مجلس"), key("وزراء")]      # رئيس مجلس الوزراء: the government's
COMPLEMENT_PREPOSITIONS = frozenset(key(w) for w in ("من", "على", "إلى", "عن"))    # حذر طهران من، حث لندن على


class TitleMatch:
    """Title look-ups over the cast's entities (mixed into cast.Cast, whose entities, lex, memory and p it reads)."""

    def title_key(self, title: str) -> str:
        """The key a title is stored and compared by: its words bare, without quotation marks (مدير «كويليام») and
        without a form of address before the office (سمو نائب أمير منطقة حائل is نائب أمير منطقة حائل)."""
        words = [bare(w) for w in key(self.lex.marks_re.sub("", title)).split()]
        while len(words) > 1 and words[0] in self.lex.address_forms:
            words = words[1:]
        return " ".join(words)

    def head_of(self, title: str) -> str:
        """The head of a title as written (الرئيس، مديرة → رئيس، مدير), or its first word bare."""
        first = key(title).split()[0]
        return self.lex.title_heads.get(first, bare(first))

    def object_after_title(self, i: int, m: Mention) -> bool:
        """واعتبر الوزير الأميركي كيم "زعيما…"، ويتهم المدعي العام الألماني حسن بأمر ضباطه: after a verb that takes
        its object first, a one-word name after the title at token i is the object when it names someone the
        article gave a title of another head and the verb's complement follows it (a mark, ب، إلى، على، من):
        the title alone is the subject (not ودعا وزير الخارجية لافروف إلى: the minister named again)."""
        t = self.an.tokens
        if i == 0 or m.kind != "person" or not m.title or " " in m.name.strip() or not self.p.word(i - 1):
            return False
        cue = self.lex.cue(t[i - 1].raw, t[i - 1].key)
        if cue is None or cue.form != "verb" or not cue.object_first:
            return False
        e = self.match(name_keys([m.name.strip()], self.lex))
        j = self.an.index_at(m.end)
        return e is not None and bool(e.heads) and self.head_of(m.title) not in e.heads and j < len(t) and (
            self.p.opens_quotation(j) or t[j].key in COMPLEMENT_PREPOSITIONS or t[j].raw[:1] == "ب" and self.p.word(j))

    def _title_countries(self, e: Entity) -> set[str]:
        """The countries the entity's titles name (وزير خارجية تركيا، التركي → تركيا), up to a body served
        (المدير الفني لمنتخب مصر: Egypt is the team's, not the coach's)."""
        return self._countries(w for et in e.titles for w in self._own_words(et.split()))

    def _register_apposed(self, i: int, m: Mention) -> None:
        """وقال مختار الرحبي السكرتير الصحفي لمكتب رئاسة الجمهورية اليمنية إن: a title right after the name of two
        words or more that a reporting verb opens is that person's, with no comma between; the name starts with a
        first name the lexicon knows (not أردوغان مخاطبا رجال أعمال: how he spoke, then whom)."""
        t, p = self.an.tokens, self.p
        if i < 3 or not t[i].key.startswith("ال") and len(m.title.split()) < 2:
            return                      # (an indefinite head only in construct: مدير مكتب الرئاسة)
        for start in range(max(1, i - 4), i - 1):
            if p.is_cue(start - 1) and p.name_run(start) == i and (
                    t[start].key in self.lex.native_given or t[start].key in self.lex.foreign_given
                    or i - start >= 2 and all(p.unknown_word(x) for x in range(start, i))
                    and not any(h > 0 and p.unknown_word(h - 1) for h in p.key_positions.get(t[start].key, ()))):
                # (وقال جريك كلارك وزير: a foreign name; not ودعا مادورو خليفة الرئيس: the successor; not where
                # the article writes a given name before it: نجوزي أوكونجو آيويلا … أوكونجو آيويلا الرئيسة)
                self.register(self.an.text[t[start].start:t[i - 1].end], m.title, start)
                return

    def counterpart_titles(self) -> None:
        """التقى وزير الخارجية السعودي عادل الجبير نظيره المصري سامح شكري: the counterpart holds the office of the
        titled person named before him, with his own nationality (وزير الخارجية المصري), so that a later cue with
        that office names him. Only an office that ends with a nationality of the counterpart's gender, and that
        nobody in the article holds already."""
        people = sorted(self.entities, key=lambda e: e.first_seen)
        for n, e in enumerate(people):
            for written in list(e.written_titles):
                words = key(written).split()
                if len(words) != 2 or self.head_of(written) != COUNTERPART or not self.p.nationality(words[1]):
                    continue
                office = next((t for x in reversed(people[:n]) for t in x.written_titles
                               if len(t.split()) >= 2 and self.p.nationality(key(t).split()[-1])), None)
                if office is None or key(office).split()[-1].endswith("ه") != words[1].endswith("ه"):
                    continue
                derived = " ".join(office.split()[:-1] + [written.split()[-1]])
                tk = self.title_key(derived)
                if not any(tk in x.titles for x in people):      # (nobody holds it yet: ماكرون, الرئيس الفرنسي)
                    e.titles.append(tk)
                    e.written_titles.append(derived)
                    e.heads.add(self.head_of(derived))

    def by_title(self, title: str, pos: int) -> Entity | None:
        """The person introduced with this title (الرئيس الأمريكي → دونالد ترامب; مساعد الكرملين → the
        person called مساعده). Same phrase first, then same head, preferring the current speaker."""
        title = self.lex.marks_re.sub("", title)    # مدير «كويليام»: the body's name without its marks
        tk = self.title_key(title)
        words = tk.split()
        head = self.head_of(title)
        exact = [e for e in self.entities if tk in e.titles]
        fem = title.split()[0].endswith("ة")     # مديرة: she, never the مدير met before (ة as written: مساعده is his)
        people = [e for e in self.entities if not self._other_gender(e, head, fem) and not self._former_only(e, words)]
        if len(exact) >= 1:
            return max(exact, key=lambda e: e.last_seen if e.last_seen <= pos else -1)
        sub = [e for e in people if any(all(w in et.split() for w in words) for et in e.titles)]
        if len(sub) == 1:
            return sub[0]
        # a title whose nationality no one was given (وزير الخارجية البحريني, while the article has وزير الخارجية
        # السوري) names someone else
        office, rest = self._same_office(words)
        current = self.memory.last.name if self.memory.last is not None and self.memory.last.type == "person" else None
        same_head = [e for e in people if (head in e.heads or self._holds(e, office, rest)) and not self._other_domain(words, e)
                     and not self._body_not_held(words, e)
                     and (not self._other_nationality(words, e) or e.name == current and self._origin_untold(e, words))
                     and not self._state_not_body(words, e)]
        for e in same_head:
            if e.name == current:
                return e
        if sub:
            return max(sub, key=lambda e: e.last_seen if e.last_seen <= pos else -1)
        if len(same_head) == 1:
            return same_head[0]         # مساعد الكرملين: the one person called مساعده
        marked = [w for w in words[1:] if self.p.nationality("ال" + w)]
        national = [e for e in same_head if marked and all(any(w in et.split() for et in e.titles) for w in marked)]
        if len(national) == 1:
            return national[0]          # الرئيس الصومالي السابق: the one Somali president the article names
        return self._national_epithet(words, head, people, pos)

    def demonstrated(self, m: Mention, pos: int) -> Entity | None:
        """وقالت هذه المسؤولة: «this official» is the person named last before it whose titles agree in gender
        (رئيسة الجمعية التأسيسية، ديلسي رودريغيز), when the article gives one."""
        words = key(m.text).split()
        if len(words) != 2 or words[0] not in self.lex.groups["demonstratives"] \
                or bare(words[1]) in self.memory.anon_seen:
            return None                 # (كما أوضح هذا المسؤول after «مسؤول في الشرطة»: that source)
        fem = m.text.split()[-1].endswith("ة")
        before = [e for e in self.entities if e.kind == "person" and e.last_seen < pos and self.gender(e) == fem]
        return max(before, key=lambda e: e.last_seen, default=None)

    def honoured(self, title: str) -> Entity | None:
        """وقال سموه، وأكد معاليه: «his highness» is the person the article addressed so (صاحب السمو الأمير جلوي …):
        the current speaker when addressed so, else the first person addressed so (after the current speaker
        the title names by its gender: Cast._epithet)."""
        words = key(title).split()
        if len(words) != 1 or not title.strip().endswith(("ه", "ها")) or (form := self.head_of(title)) \
                not in self.lex.address_forms:
            return None
        fem = title.strip().endswith("ها")      # (وقالت سموها: a princess, not the prince addressed so)
        held = [e for e in self.entities if any(form in {bare(w) for w in et.split()} for et in e.titles)
                and self.gender(e) in (fem, None)]
        current = self.memory.last.name if self.memory.last is not None else None
        return next((e for e in held if e.name == current), None) or min(held, key=lambda e: e.first_seen, default=None)

    def _body_not_held(self, words: list[str], e: Entity) -> bool:
        """رئيس لجنة الدفاع والأمن القومي heads a body, named in construct after the head: not a person none of
        whose titles names that body (الرئيس محمد مرسي), by its head and the word after it, unless the title names
        the body by its head alone (رئيس حزب الوطنيين الأحرار is not رئيس حزب القوات اللبنانية, but may be زعيم
        الحزب). A government is the state's (رئيس الحكومة، رئيس الوزراء)."""
        body = bare(words[1]) if len(words) > 1 else ""
        if body not in self.lex.bare_org_heads or body == GOVERNMENT or [bare(w) for w in words[1:3]] == CABINET:
            return False
        name = bare(words[2]) if len(words) > 2 and not self.p.nationality("ال" + bare(words[2])) else None
        for et in e.titles:
            ws = [bare(w) for w in et.split()]
            if body in ws and (name is None or ws[-1] == body or name in {w.removeprefix("ل") for w in ws}):
                return False            # (زعيم الحزب: the party the article is about; لحقوق الإنسان: حقوق)
        return True

    def _state_not_body(self, words: list[str], e: Entity) -> bool:
        """الرئيس الفرنسي is a country's president: not the one the article made president of a body (رئيس البرلمان
        الأوروبي), even the current speaker. True when the title is its head and nationalities only and every
        title of e with that head has a body for complement (البرلمان، المجلس)."""
        if len(words) < 2 or not all(self.p.nationality("ال" + w) for w in words[1:]):
            return False
        mine = [et.split() for et in e.titles if et.split()[0] == words[0]]
        return bool(mine) and all(len(et) > 1 and et[1] in self.lex.org_heads for et in mine)   # (سفير الجمهورية
        # التونسية is the Tunisian ambassador: a country, no body)

    def _national_epithet(self, words: list[str], head: str, people: list[Entity], pos: int) -> Entity | None:
        """A loose role with a nationality (النجم البرتغالي، المدرب الفرنسي السابق) names the one person of that
        nationality the article introduced, when nothing they were called is an office: news names a player,
        a coach or a singer by what they do and where they are from. الرئيس البرتغالي is never the player."""
        if head not in self.lex.epithet_heads:
            return None
        mine = self._countries(w for w in words[1:] if self.p.nationality("ال" + w))
        if len(mine) != 1 or any(not self._describes(w) for w in words[1:]):
            return None
        found = [e for e in self.entities if e.kind == "person" and mine & self._nationalities(e)]
        if len(found) != 1 or found[0] not in people or found[0].first_seen > pos:
            return None                 # (someone the article introduces only later is not meant)
        e = found[0]
        if head not in self.lex.epithet_any and any(
                h in self.lex.epithet_heads and h not in self.lex.epithet_any and h != head for h in e.heads):
            return None                 # المدرب الكرواتي is not مهاجمه الكرواتي
        offices = {h for h in e.heads if h not in self.lex.epithet_heads and self.lex.country_of("ال" + h) is None}
        coach = offices == {"مدير"} and any("فني" in {bare(w) for w in et.split()} for et in e.titles)
        return e if not offices or coach else None    # المدير الفني: a coach

    def _origin_untold(self, e: Entity, words: list[str]) -> bool:
        """Is the role one that names a person by what they do (المدرب، المدير الفني، النجم) and was the person
        given no country of their own? Then a nationality with it tells what the article had not (قال المدير
        الفني لمنتخب مصر هيكتور كوبر … وقال المدير الفني الأرجنتيني: Cooper still). An office's nationality
        (وزير الخارجية البحريني) is the country served, and names someone else."""
        coach = words[:2] == ["مدير", "فني"]
        return (coach or self.head_of(" ".join(words)) in self.lex.epithet_heads) and not self._nationalities(e)

    def _nationalities(self, e: Entity) -> set[str]:
        """The countries of the entity: its titles', and a nationality written right before its name (قال البرتغالي
        جوزيه مورينيو، المدير الفني …: the title read is the one after the comma)."""
        own = self._title_countries(e)
        text, at = self.an.text, self.an.text.find(e.name)
        while at >= 0:
            before = text[max(0, at - 30):at].split()
            country = self.lex.country_of(key(before[-1])) if before and before[-1].startswith("ال") else None
            if country is not None:
                own.add(country)
            at = text.find(e.name, at + len(e.name))
        return own

    def _describes(self, w: str) -> bool:
        """Is the word of a role one that describes the person only: a nationality or a word of time (السابق)?"""
        return self.p.nationality("ال" + w) or "ال" + w in self.lex.groups["describing"]

    def _other_gender(self, e: Entity, head: str, fem: bool) -> bool:
        """Was the entity given this head only in the other gender (مديرة for a مدير; مدير for a مديرة), as the
        article writes it (a final ة is feminine; مساعده is «his assistant»)?"""
        forms = [w.split()[0] for w in e.written_titles
                 if self.lex.title_heads.get(bare(key(w.split()[0]))) == head or bare(key(w.split()[0])) == head]
        return bool(forms) and all(f.endswith("ة") != fem for f in forms)

    def _same_office(self, words: list[str]) -> tuple[tuple[tuple[str, ...], ...], list[str]]:
        """The other phrases that name the office this title is (المدرب → المدير الفني; titles.json same_office),
        and the words of the title after the office that the holder's title must also hold (مدرب المنتخب الروسي:
        منتخب). A nationality, السابق and a former club with ل describe the holder and need not be held; another
        office in the rest (المدرب المساعد، مدرب حراس المرمى) makes it another office."""
        describing = {bare(w) for w in self.lex.groups["describing"]}
        for n in (2, 1):
            alt = self.lex.same_office.get(" ".join(words[:n]))
            rest = words[n:]
            if alt and not any(w in self.lex.title_heads for w in rest):
                # a former club in ل and what follows it (لبوروسيا دورتموند) is not held
                lam = next((x for x, w in enumerate(rest) if w[:1] == "ل"), len(rest))
                held = [w for w in rest[:lam] if not (self.p.nationality("ال" + w) or w in describing)]
                return alt, held
        return (), []

    @staticmethod
    def _holds(e: Entity, office: tuple[tuple[str, ...], ...], rest: list[str]) -> bool:
        """Was the entity given one of these phrases as a title, with the title's other words (المدير الفني
        للمنتخب الروسي for مدرب المنتخب الروسي; not for مدرب إيفرتون)?"""
        def held(w: str, et: list[str]) -> bool:
            return w in et or any(x.removeprefix("ل").removeprefix("ل") == w for x in et)
        return any(all(w in et.split() for w in alt) and all(held(w, et.split()) for w in rest)
                   for alt in office for et in e.titles)

    def _former_only(self, e: Entity, words: list[str]) -> bool:
        """Was the entity introduced only as a former holder (الرئيس الأمريكي السابق باراك أوباما) while the title
        names the office with no «former» (وقال الرئيس الأمريكي)? The holder now is someone else."""
        former = {bare(w) for w in self.lex.groups["former"]}     # title keys are bare (رييس امريكي سابق)
        if len(words) < 2 or words[0] in self.lex.epithet_heads:
            return False                # (a bare head says no office; المدرب السعودي after المدرب السابق: a role)
        return bool(e.titles) and not any(w in former for w in words) \
            and all(any(w in former for w in t.split()) for t in e.titles)

    def _other_office(self, text: str, words: list[str], e: Entity) -> bool:
        """Does an office with a country (الرئيس الأمريكي; not a loose role: النجم البرازيلي) name a registry person
        whose offices served only other countries (الرئيس حسن روحاني: الرئيس الإيراني)? Someone else holds it."""
        loose = str.maketrans("", "", "اي")        # اميركا، امريكا: one country however its listed names spell it
        mine = {c.translate(loose) for c in self._countries(words[1:])}
        theirs = {c.translate(loose) for t in self.lex.known_offices.get(key(e.name), ())
                  for c in self._countries(t.split()[1:])}
        return bool(mine) and bool(theirs) and self.head_of(text) not in self.lex.epithet_heads and not mine & theirs

    def _other_domain(self, words: list[str], e: Entity) -> bool:
        """Does the title name a portfolio (وزير الخارجية) that none of the entity's titles shares (وزير الدفاع)?
        Another office: another person."""
        domains = self.lex.title_portfolios
        mine = {bare(w) for w in words[1:]} & domains
        theirs = {bare(w) for t in e.titles for w in t.split()[1:]} & domains
        return bool(mine) and bool(theirs) and not mine & theirs

    def _other_nationality(self, words: list[str], e: Entity) -> bool:
        """Does the title carry a nationality (البحريني) none of the entity's titles has (as an adjective or
        a country: التركي agrees with وزير خارجية تركيا)?"""
        return bool(self._countries(self._own_words(words)[1:]) - self._title_countries(e))

    def _own_words(self, words: list[str]) -> list[str]:
        """The words of a title that describe the person, up to a body it names after ل: in المدرب السابق
        لنادي إشبيلية الإسباني the nationality is the club's, not the coach's; up to where they serve: in
        السفير الروسي في الاتحاد الأوروبي the ambassador is Russian."""
        heads, links = self.lex.org_heads, self.lex.groups["title_links"]
        for n, w in enumerate(words[1:], 1):
            if w.startswith("لل") and "ال" + w[2:] in heads or w[:1] == "ل" and w[1:] in heads or w in links:
                return words[:n]
            if w[:1] == "ل" and len(w) >= 4 and w not in self.lex.places and not self._countries([w]) \
                    and w not in self.lex.org_heads and w not in self.lex.title_heads and w not in self.lex.title_domains:
                return words[:n]        # المدير الفني لريال مدريد الإسباني: a club by its name (not لبنان، لجنة، لواء)
        return words

    def _countries(self, words) -> set[str]:
        """The countries the words name, as a nationality adjective or as the country."""
        return {self.lex.country_of("ال" + bare(w)) or (w if w in self.lex.countries else None) for w in words} - {None}

    def _nationality_conflict(self, words: list[str], e: Entity) -> bool:
        """Does the role carry a nationality while the entity's titles name only other countries (وزير خارجية
        تركيا and التركي agree)?"""
        mine = self._countries(words[1:])
        own = self._title_countries(e)
        return bool(mine) and bool(own) and not mine & own
