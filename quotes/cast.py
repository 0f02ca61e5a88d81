"""The article's cast: every person the article introduces (fullest name, titles), and how a mention
resolves to one of them or to a body, an unnamed source or a document's issuer (speaker_of). The cast
grows as the attribution walk reads the article; what the walk remembers (the current speaker, the
unnamed sources met) lives in Memory, which some resolutions consult."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress, count
from typing import Any

from .lexicon import Lexicon
from .mentions import Parser
from .bodies import Bodies
from .name_match import FULLER_READS, Entity, NameMatch
from .title_match import TitleMatch
from .title_phrases import age_word
from .model import Mention, Speaker
from .names import (
    COMPOUND, NISBA, accusative, bare, clean_phrase, is_al, name_key, name_keys, token_key, unhash, verbal)
from .normalize import BIDI, DIACRITICS, key
from .text import Analysis




@dataclass
class Memory:
    """What the attribution walk remembers of the article so far."""
    last: Speaker | None = None
    last_fem: Speaker | None = None
    last_masc: Speaker | None = None   # agreement: وأضاف never takes a speaker met as وقالت
    last_plural: Speaker | None = None  # … and وأضافوا the speaker met with a plural verb (وقال أبناؤه … وأضافوا)
    plural_sentence: int = -1           # the sentence it was met in
    met_as: str | None = None          # the gender of the verb last met with `last` ("f", "m"; None: unknown)
    anon_seen: dict[str, Speaker] = field(default_factory=dict)
    cue_speaker: dict[int, Any] = field(default_factory=dict)     # cue index → the sieves' Found
    cue_trace: dict[int, list] = field(default_factory=dict)      # cue index → its trace steps


COMMAS = frozenset("،,")


class Cast(Bodies, NameMatch, TitleMatch):
    """The people of one article, and the resolution of mentions to speakers."""

    def __init__(self, an: Analysis, p: Parser, lex: Lexicon, memory: Memory):
        self.an, self.p, self.lex, self.memory = an, p, lex, memory
        self.entities: list[Entity] = []
        self.by_key: dict[str, list[Entity]] = {}     # name-word key → entities named with it, in order
        self.full_orgs: list[tuple[int, str, tuple[str, ...]]] | None = None   # see bodies
        self.between: list[int] | None = None          # token indices of بين outside quotes
        self.fuller_done: set[str] = set()                  # names already looked up for a longer form
        self.spoken: dict[str, dict[int, Entity]] = {}     # a person speaker's key → the entities it stood for
        self._names_read: tuple[int, dict[str, Mention]] = (0, {})  # only_person: how far read, the names met
        self._collect_entities()
        self.counterpart_titles()

    def _collect_entities(self) -> None:
        """People named with a title or in apposition anywhere in the article."""
        t = self.an.tokens
        covered = 0                 # a title inside a mention already read (للرئيس in المبعوث الخاص للرئيس …)
        for i in self._entity_candidates():
            if i < covered:
                continue
            if self.p.word(i) and self.p.title_head(i) is not None:
                m = self.p._titled(i)
                covered = self.an.index_at(m.end)
                if m.kind == "person" and m.name and not self.object_after_title(i, m):
                    self._register_reference(i, m)
                    self.register(m.name, m.title, i)
                    self._apposed_title(m)
                elif m.kind == "title":
                    if not self._register_possessor(i, m):
                        self._register_apposed(i, m)
            elif self.p.word(i) and self.p.name_word(i, True) and (i == 0 or not self.p.name_word(i - 1, False)):
                j = self.p.name_run(i)
                # NAME، TITLE، (يوري أوشاكوف، مستشار بوتين،; إليوت كاتز، وهو شريك مؤسس): apposition
                if j - i >= 2 and j < len(t) and t[j].raw in "،," and (h0 := self._apposed_at(j + 1)) is not None:
                    te = self.p.title_end(h0)
                    # a sentence or dateline opens with its verb (حسم نايف البكري، …; (CNN) -- أثار لويس فارخان، زعيم)
                    if (j - i >= 3 and (i == 0 or self.an.sentence[i - 1] != self.an.sentence[i]
                                        or set(t[i - 1].raw) <= set("-–—"))
                            and t[i].key not in self.lex.native_given and self.p.name_run(i + 1) == j):
                        i += 1
                    start = t[i].start
                    # بين رجل الأعمال السابق ويوري أوشاكوف، …: the و joins two phrases, it is not the name's
                    if t[i].raw.startswith("و") and i > 0 and self.p.word(i - 1) and is_al(t[i - 1].key):
                        start += 1
                    self.register(self.an.text[start:t[j - 1].end], self.an.text[t[h0].start:t[te - 1].end], i)
                    # …، المبعوث الخاص للرئيس الأمريكي دونالد ترامب، : the name after the title is the possessor's
                    for h in range(h0 + 1, te):
                        if self.p.title_head(h) is not None:
                            ne = self.p.name_run(te)
                            if ne > te:
                                title = self.an.text[t[h].start:t[te - 1].end]
                                if title.startswith("لل"):
                                    title = "ال" + title[2:]
                                self.register(self.an.text[t[te].start:t[ne - 1].end], title, h)
                                covered = ne
                            break

    def _apposed_title(self, m: Mention) -> None:
        """الأمير عبدالعزيز بن سعد بن عبدالعزيز نائب أمير منطقة حائل أن …: a second title right after a titled
        name, with no name after it, is that person's too (a later «سمو نائب أمير منطقة حائل» names him again)."""
        t = self.an.tokens
        h = self.an.index_at(m.end)
        if h < len(t) and self.p.word(h) and self.p.title_head(h) is not None:
            te = self.p.title_end(h)
            if te > h + 1 and self.p.name_run(te) == te:
                self.register(m.name, self.an.text[t[h].start:t[te - 1].end], h)

    def _apposed_at(self, k: int) -> int | None:
        """Where a title in apposition starts at token k, after a comma: a head, or وهو/وهي and a head."""
        k += self.p.word(k) and self.an.tokens[k].key in self.lex.groups["apposed_pronouns"]
        return k if self.p.word(k) and self.p.title_head(k) is not None else None

    def _entity_candidates(self) -> list[int]:
        """The tokens where _collect_entities can find someone, in order: every title head, and the words
        of a run that ends in «، TITLE» (a name in apposition). A name run covers only word tokens, so its
        start lies in the unbroken stretch of words before that comma. Reading only these tokens gives the
        same entities as reading every token, without asking of every word whether it is a name."""
        keys, word, heads = self.an.keys, self.p._word, self.lex.title_heads
        out = {i for i in compress(count(), map(heads.__contains__, keys)) if word[i]}
        for i in compress(count(), map(COMMAS.__contains__, keys)):     # a mark is its own key
            # ، or , before a title head: the words before it may be a name in apposition
            # (… or وهو and a title head: the same shape as _apposed_at, read on keys for speed)
            n = i + 1 + (i + 2 < len(keys) and word[i + 1] and keys[i + 1] in self.lex.groups["apposed_pronouns"])
            if n < len(keys) and word[n] and keys[n] in heads:
                h = i - 1
                while h >= 0 and word[h]:
                    out.add(h)
                    h -= 1
        return sorted(out)

    def _register_reference(self, i: int, m: Mention) -> None:
        """The person a title refers to: المبعوث الخاص للرئيس الأمريكي دونالد ترامب ستيف ويتكوف also
        introduces دونالد ترامب as الرئيس الأمريكي."""
        t = self.an.tokens
        name_at = self.an.index_at(m.end - len(m.name))
        for h in range(i + 1, name_at):
            if self.p.title_head(h) is not None and t[h].key.startswith(("لل", "ولل")):
                te = self.p.title_end(h)
                if te < name_at:
                    ref = self.an.text[t[te].start:t[name_at - 1].end]
                    title = "ال" + self.an.text[t[h].start:t[te - 1].end].split("لل", 1)[1]
                    self.register(ref, title, h)
                return

    def _register_possessor(self, i: int, m: Mention) -> bool:
        """لمستشار الرئيس الروسي فلاديمير بوتين: the name belongs to the inner title (الرئيس الروسي). Whether an inner
        title was found."""
        t = self.an.tokens
        end = self.an.index_at(m.end)
        for h in range(i + 1, end):
            if self.p.title_head(h) is not None:
                te = self.p.title_end(h)
                ne = self.p.name_run(te)
                if te < ne <= end:
                    title = self.an.text[t[h].start:t[te - 1].end]
                    self.register(self.an.text[t[te].start:t[ne - 1].end],
                                   "ال" + title[2:] if title.startswith("لل") else title, h)
                    return True
                return False
        return False

    def register(self, name: str, title: str | None, pos: int) -> Entity:
        name = BIDI.sub("", unhash(name))        # (a bidi mark the text has inside a name: ناصر \u200fالجنيبي)
        keys = name_keys(name.split(), self.lex)
        e = self.match(keys, self.fathers(name) if len(keys) == 1 else None, pos, self.verb_gender(pos))
        if e is not None and title and len(e.keys) > len(keys) and key(title).split()[0] in self.lex.kinship_heads:
            e = None                    # والد الشهيد، دواس آل منصور: a relative named by part of the other's name
        if e is not None and self._ran_on(e, keys) and not self._written_after(key(name).split()[-1], e.keys[len(keys)]):
            e.name, e.keys = name, keys     # دونالد ترامب قراره first, دونالد ترامب after: the name ends before قراره
        head = self.head_of(title) if title else None
        if e is None and (known := self._name_and_words(keys, head) or self._words_and_name(keys)) is not None:
            e, keys = known, known.keys
        if e is None and title and len(key(title).split()) >= 2 and not (len(keys) >= 2 and self.p.first_name(keys[0])):
            # the title already introduced someone (وزير الخارجية الروسي سيرغي لافروف): a later
            # «وزير الخارجية الروسي موقف ماكرون» names him again, followed by an object (not a full name that
            # starts with a first name: المواطن العماني سلطان المعولي after المواطن العماني سيف خميس المزيني)
            tk = self.title_key(title)
            # …or opens a longer title he was given (وزير التعليم الدكتور عزام الدخيل … وذكر وزير التعليم
            # قطاعات الوزارة): a one-word «name» after it is then the object
            owner = [x for x in self.entities if tk in x.titles] or ([
                x for x in self.entities if any(et.startswith(tk + " ") for et in x.titles)]
                if len(keys) == 1 else [])
            if owner:
                owner[0].last_seen = max(owner[0].last_seen, pos)
                return owner[0]
        if e is None and (cut := self._cut_given(keys, head)) is not None:
            e = cut                     # وزير الدفاع الليبي أسامة … أسامة الجويلي: the name read short first
            for k in dict.fromkeys(keys[1:]):
                self.by_key.setdefault(k, []).append(e)
        if e is None:
            e = Entity(name, keys, first_seen=pos)
            self.entities.append(e)
            family = len(keys) > 1 and keys[0] in self.lex.groups["families"]
            for k in dict.fromkeys(keys[:1] if family else keys):   # (عائلة فراز: not found by فراز, he is not them)
                self.by_key.setdefault(k, []).append(e)
        elif len(keys) > len(e.keys):
            e.name, e.keys = name, keys
        if title:
            tk = self.title_key(title)
            if tk not in e.titles:
                e.titles.append(tk)
                e.written_titles.append(title)
            e.heads.add(self.head_of(title))
        e.last_seen = max(e.last_seen, pos)
        return e

    # --- speakers
    def person(self, e: Entity, title: str | None = None) -> Speaker:
        """The speaker an entity of the cast is: its fullest name, the key of its spellings, the title given."""
        sp = Speaker(e.name, name_key(e.name, self.lex), title, "person")
        self.spoken.setdefault(sp.key, {})[id(e)] = e      # (final_name: the name may grow after this quote)
        return sp

    def speaker_of(self, m: Mention, pos: int) -> Speaker:
        """Resolve a mention to a speaker: surnames and titles to the person the article introduced."""
        if m.kind == "person" and any(m.name == sp for _, sp in self.lex.formula_speakers):
            return Speaker(m.name, name_key(m.name, self.lex), None, "person")   # قال تعالى: God, not عطاء الله
        if m.kind == "person":
            words = key(m.name).split()
            if (1 <= len(words) <= 2 and words[-1] not in COMPOUND
                    and self.match([token_key(w, self.lex) for w in words]) is None):
                # رونالدو، الدكتور القاسم، هيفاء: the full name the article gives elsewhere
                if not self.register_full_name(words[-1], tuple(words[:-1])) and len(words) == 1:
                    if not self.register_from_first(words[0]) and not m.title \
                            and words[0] not in self.lex.known_people and not self.p.first_name(words[0]):
                        # (ترامب is no إدارة ترامب, وقال فؤاد no مدرسة فؤاد)
                        body = self.body_ending(words[0])
                        if body is not None:
                            return body         # وقال يونايتد: نادي مانشستر يونايتد
            e = self.register(m.name, m.title, pos)
            self.fuller(e)
            return self.person(e, m.title)
        if m.kind == "title":
            e = self.by_title(m.text, pos) or self.interlocutor(m, pos) or self._nasab(m) or self._named_after(m, pos) \
                or self.demonstrated(m, pos)
            if e is not None and (self._indefinite(m) or self._indefinite_phrase(m)) and e.first_seen < pos:
                e = None                # وقال مدرب آخر: not the coach named before (a lead's قال وزير أسترالي
                                        # is the minister the article names after it)
            if e is not None:
                return self.person(e, clean_phrase(m.text))
            words = key(m.text).split()
            prev = self.memory.anon_seen.get(bare(words[0])) if len(words) == 1 else None
            if prev is not None:
                return prev             # وأضاف المتحدث: the unnamed spokesperson met before (متحدث باسم الصندوق)
            topic = None if self._indefinite(m) else self._epithet(m)
            if topic is not None:
                return topic            # واعترفت النجمة: the woman the article is about (الممثلة كلير فوي)
            if (e := self.honoured(m.text)) is not None:
                return self.person(e, clean_phrase(m.text))     # وقال سموه: the prince addressed so
            return Speaker(clean_phrase(m.text), "title:" + " ".join(bare(w) for w in words), None, "title")
        return self._body_speaker(m)

    def only_person(self, pos: int) -> Speaker | None:
        """The one person the article names before token pos (outside quotations): a person of the cast or a
        name of two words or more whose first name the lexicon knows (إبراهيم دياللو، روزالي جرابل). None when
        it names nobody or more than one: then nobody can be inferred. The text is read once, onwards from where
        the last call stopped (cues come in order; an article of thousands of cues stays linear)."""
        t, p, lex = self.an.tokens, self.p, self.lex
        i, found = self._names_read
        while i < pos and len(found) <= 1:
            if self.an.masked[i] or not p.word(i) or (t[i].key not in lex.native_given and t[i].key not in lex.foreign_given):
                i += 1
                continue
            j = p.name_run(i)
            if j - i >= 2 and j <= pos and not self.an.masked[j - 1] and self._family_like(i, j):
                found.setdefault(t[j - 1].key, p._make(i, j, None, "person"))
            i = max(j, i + 1) if j <= pos else i + 1
        self._names_read = (i, found)
        others = {e.keys[-1] for e in self.entities if e.kind == "person" and e.first_seen < pos} - set(found)
        if len(found) != 1 or others:
            return None
        m = next(iter(found.values()))
        return self.speaker_of(m, self.an.index_at(m.start))

    def _family_like(self, i: int, j: int) -> bool:
        """Do the words after the first name (i) up to j look like a family name: no function word, noun in ة,
        adverb in ا, verbal noun, or ال-noun but a nisba (not يسرا مقارنة، أسماء مثل، سيلفي معا، عمر الإنسان)?"""
        for x in range(i + 1, j):
            k, raw = self.an.tokens[x].key, self.an.tokens[x].raw
            if self.p.function(k) or raw.endswith("ة") or k.endswith("ا") and self.an.tokens[i].key not in \
                    self.lex.foreign_given or verbal(k, raw) or is_al(k) and not k.endswith(NISBA) \
                    or k in self.lex.title_heads or k.startswith("و") or k in self.lex.groups["masdar_heads"]:
                return False
        return True

    def _outside_marks(self, text: str) -> str:
        """The text without what stands between quotation marks (مدير «كويليام» → مدير)."""
        parts = self.lex.marks_re.split(text)
        return " ".join(parts[0::2])

    def _named_after(self, m: Mention, pos: int) -> Entity | None:
        """An indefinite head and its adjectives (قال وزير استرالي، إن …) in a lead: the one person of that head
        the article names after it (وذكر، آلان تدغ، وزير البنية التحتية)."""
        words = m.text.split()
        if len(words) < 2 or not all(self.p.nationality("ال" + key(w)) or "ال" + key(w) in self.lex.groups["describing"]
                                     for w in words[1:]):
            return None
        head = self.head_of(m.text)
        later = [e for e in self.entities if e.first_seen > pos and head in e.heads]
        return later[0] if len(later) == 1 and self._indefinite(Mention(m.start, m.start + len(words[0]), words[0],
                                                                        "", words[0], "title")) else None

    def _indefinite(self, m: Mention) -> bool:
        """Is the title one indefinite head, with no article, complement or possessive (وقال خبير في خط اليد،
        وقال مدرب آخر)? Arabic news introduces someone new so; it is nobody the article named before."""
        words = key(m.text).split()
        if len(words) != 1 or is_al(words[0]) or words[0].startswith(("لل", "ولل")) \
                or m.text.strip().endswith(("ه", "ها", "هم")) or words[0] not in self.lex.title_heads \
                or accusative(m.text.strip()):
            return False                # (his/her as written: the key folds a feminine ة into ه; وقالت معلقةً:
                                        # an accusative is how she spoke, not who)
        # what follows says so: no word, a preposition, «another», a nationality without the article (وزير
        # استرالي) or «one of» (ممثل إحدى هذه الحكومات); any other noun is its complement (مدير مكتب الجزيرة)
        j = self.an.index_at(m.end)
        k = self.an.tokens[j].key if j < len(self.an.tokens) else ""
        if j < len(self.an.tokens) and (self.an.masked[j] or self.lex.marks_re.fullmatch(self.an.tokens[j].raw)):
            return False                # مدير «المرصد السوري»، قائد "السيدة العجوز": a quoted complement
        return not self.p.word(j) or self.p.function(k) or k in self.lex.groups["other"] or k in self.lex.quantifiers \
            or not is_al(k) and self.lex.country_of(k) is not None

    def _indefinite_phrase(self, m: Mention) -> bool:
        """Is the title a head with no article and adjectives without one after it (اعتبر نائب محافظ مؤيد لأوروبا،
        قال مسؤول أمني كبير)? Such a phrase introduces someone new, never the person named before (النائب المحافظ
        … جيكوب ريس موغ). Not a construct (محامي واينستين، لاعب وسط خيتافي، ابن سليم): its last noun may name."""
        words = key(m.text).split()
        if len(words) < 2 or words[0] not in self.lex.title_heads or words[0] in self.lex.lineage \
                or is_al(words[0]) or words[0].startswith("لل") or m.text.strip().endswith(("ه", "ها", "هم")):
            return False
        for w in words[1:]:
            if w[:1] == "ل" and (w[1:] in self.lex.places or w[1:] in self.lex.org_names):
                return True             # مؤيد لأوروبا: a complement with ل ends the adjectives
            if not (self.lex.country_of("ال" + w) is not None or "ال" + w in self.lex.groups["describing"]
                    or w[:1] == "م" and 4 <= len(w) <= 6 and not w.endswith("ه")):
                return False            # (a participle مُفعِل/مُفاعِل as an adjective: محافظ، مؤيد، معارض)
        return True

    def _epithet(self, m: Mention) -> Speaker | None:
        """A bare role noun nobody in the article was given (النجمة، اللاعب) names the current speaker of its
        gender, when that speaker is a person: news refers to the person it is about by a role."""
        text = self._outside_marks(m.text)  # مدير «كويليام»: the body in marks names where, not who
        words = [w for w in key(text).split() if not age_word(w, self.lex)]    # صاحب الـ57 عاما: صاحب
        # النجم المصري، المدرب السابق: a role with a nationality, a country, السابق; اللاعب الدولي الواعد (not العضو البارز)
        loose, describing = self.head_of(text) in self.lex.epithet_heads, self.lex.groups["describing"]
        extra = [w for w in words[1:] if not (w in ("السابق", "السابقه") or self.p.nationality(w) or w in self.lex.places
                                              or w in self.lex.groups["ranks"] or loose and w in describing)]
        if len(words) > 3 or extra or any(" ".join(bare(w) for w in words) in e.titles for e in self.entities):
            return None
        sp = self.memory.last_fem if m.text.rstrip("\u064b\u064c\u064d").endswith("ة") else self.memory.last_masc
        if sp is None or sp.type != "person":
            return None
        e = next((e for e in self.entities if e.name == sp.name), None)
        # الرئيس السوري after الرئيس الأمريكي دونالد ترامب: a nationality the speaker was given otherwise
        # (in نجم برشلونة الإسباني the nationality is the club's)
        if e is not None and (self._former_only(e, [bare(w) for w in words]) or self._other_office(text, words, e)):
            return None                 # الرئيس الأمريكي after الرئيس الأمريكي السابق باراك أوباما: the holder now
        return None if e is not None and len(words) == 2 and self._nationality_conflict(words, e) else sp

    def interlocutor(self, m: Mention, pos: int) -> Entity | None:
        """محاور ويتكوف / نظير X: the other party of a conversation «بين A وB» the article reported, when
        exactly one side is a named person other than X (بين رجل الأعمال السابق ويوري أوشاكوف)."""
        words = key(m.text).split()
        if len(words) != 2 or words[0] not in ("محاور", "محاوره", "نظير"):
            return None
        x = self.match([token_key(words[1], self.lex)])
        t = self.an.tokens
        best = None
        if self.between is None:
            self.between = [j for j, tk in enumerate(t) if tk.key == "بين" and not self.an.masked[j]]
        for j in self.between:
            if j >= pos:
                break
            side = []
            for k in range(j + 1, min(j + 12, len(t))):
                if not self.p.word(k):
                    break
                if t[k].key.startswith("و") and len(t[k].key) > 2:
                    keys = [token_key(t[k].key[1:], self.lex)]
                    if self.p.word(k + 1) and not self.p.function(t[k + 1].key):
                        keys.append(token_key(t[k + 1].key, self.lex))
                    other = self.match(keys) or self.match(keys[:1])
                    first = self.match([token_key(w, self.lex) for w in side[:2]]) if side else None
                    named = [e for e in (first, other) if e is not None and e is not x]
                    if len(named) == 1 and (first is None or other is None or x in (first, other)):
                        best = named[0]
                    break
                side.append(t[k].key)
        return best

    def register_full_name(self, k: str, before: tuple[str, ...] = ()) -> bool:
        """Find where the article gives the full name that ends with the word k, after the words `before`
        (matching keys) — عبد الفتاح السيسي for السيسي, كريستيانو رونالدو for رونالدو, أوماروسا مانيجولت نيومان
        for مانيغولت نيومان — and register it; False when it never does."""
        t = self.an.tokens
        given = self.lex.native_given
        n = len(before)
        for h in self.word_positions().get(k, ()):
            if n and (h - n < 0 or any(token_key(t[h - n + m].key, self.lex) != token_key(w, self.lex)
                                       for m, w in enumerate(before))):
                continue
            e = h - n                   # where the words of the mention start
            # after an Arabic given name (بشار الأسد، نوري المالكي، محمد حسن الشمري): those rarely end a
            # clause, while a foreign-looking word before an ال-word may be a verb (استقبل الوفد)
            s = e
            while s > max(0, e - 4) and (self.p.word(s - 1) or t[s - 1].is_word and self.an.masked[s - 1]) and (
                    t[s - 1].key in given and not self.p.function(t[s - 1].key, s - 1)   # على اليونانيين: not علي
                    or s < e and t[s - 1].key in self.lex.particles):                    # عبد الكريم الهاروني
                s -= 1
            if s == e:      # or a name run of two or three words that ends with it: عبد الفتاح السيسي
                s = next((x for x in range(max(0, h - 2), e) if self.p.name_word(x, True)
                          and t[x].key not in self.lex.name_nouns     # في منزل جيني: her house, no name
                          and (x == 0 or not self.p.name_word(x - 1, False)) and self.p.name_run(x) == h + 1
                          and self._names_here(x, h)), e)
            if s < e:
                self.register(self.an.text[t[s].start:t[h].end], None, s)
                return True
            if n == 0 and e > 0 and self.p.word(e - 1) and t[e - 1].key[:1] in "لب" and self.p.given(t[e - 1].key[1:]):
                raw, skip = t[e - 1].raw, 1     # the name without its ل/ب and any tatweel or vowel after it (لـأحمد)
                while skip < len(raw) and DIACRITICS.match(raw[skip]):
                    skip += 1
                self.register(self.an.text[t[e - 1].start + skip:t[h].end], None, e - 1)
                return True             # "عرضة الجمال" لأحمد التوقي … يقول التوقي: the name after ل
        return self._full_name_in_marks(k, before)

    def _full_name_in_marks(self, k: str, before: tuple[str, ...]) -> bool:
        """The full name written only in quotation marks (أكد مدافع تشيلسي "جون تيري" أنه …): more words than the
        mention, ending with them (see _name_in_marks). Register it; False when there is none."""
        t, tail = self.an.tokens, [token_key(w, self.lex) for w in (*before, k)]
        for h in self.word_positions().get(k, ()):
            x = h
            while x > 0 and self.an.masked[x - 1] and t[x - 1].is_word:
                x -= 1
            if len(tail) < h + 1 - x <= 4 and self._name_in_marks(x, h) \
                    and [token_key(t[y].key, self.lex) for y in range(h + 1 - len(tail), h + 1)] == tail:
                self.register(self.an.text[t[x].start:t[h].end], None, x)
                return True
        return False

    def _name_in_marks(self, x: int, h: int) -> bool:
        """Are the words x..h all that stands between two quotation marks, and a person's name?"""
        t, lex = self.an.tokens, self.lex
        if not (self.an.masked[h] and h + 1 < len(t) and not t[h + 1].is_word and x > 0 and not t[x - 1].is_word):
            return False                # the words fill the marks
        if is_al(t[x].key) and t[x].key not in lex.definite_given:
            return False                # "المصدر المسؤول": a noun phrase
        if any(y >= 0 and t[y].key in lex.name_nouns for y in (x - 2, x)) or x >= 2 and t[x - 2].key in lex.org_heads:
            return False                # فيلم "حرب تيري"، كتائب "عز الدين القسام": a work's title, a body's name
        return not any(self.p.function(t[y].key) or t[y].key in lex.title_heads or t[y].key in lex.cues
                       or t[y].key in lex.naming_words for y in range(x, h + 1))   # "بحسب ماهايراس"، "اسمي سيمون"

    def fuller(self, e: Entity) -> None:
        """Give the entity the longest name the article writes for it: a run of words ending with its surname
        and holding all its name words (دييغو مارادونا → دييغو أرماندو مارادونا; غورسيل → قدري غورسيل), when
        the article writes one longest form only."""
        if len(e.keys) > 3 or e.titles and len(e.keys) >= 2 or e.name in self.fuller_done:
            return                      # (a titled full name is already the article's full form)
        self.fuller_done.add(e.name)
        t = self.an.tokens
        last = key(e.name).split()[-1]
        found: dict[str, int] = {}
        for h in self.word_positions().get(last, ())[:FULLER_READS]:
            for x in range(max(0, h - 3), h):
                if self.p.name_word(x, True) and self.p.name_run(x) == h + 1 and self._names_here(x, h):
                    keys = name_keys(self.an.text[t[x].start:t[h].end].split(), self.lex)
                    if len(keys) > len(e.keys) and all(k in keys for k in e.keys):
                        found[self.an.text[t[x].start:t[h].end]] = len(keys)
                    break
        found = found or self.unknown_first(last, e) or self.family_after_first(last, e)
        if not found:
            return
        best = max(found.values())
        longest = [n for n, k in found.items() if k == best]
        if len({key(n) for n in longest}) == 1:
            e.name, e.keys = longest[0], name_keys(longest[0].split(), self.lex)
            for k in e.keys:
                if e not in self.by_key.setdefault(k, []):
                    self.by_key[k].append(e)

    def written_again(self, m: Mention) -> bool:
        """Does the article write this name of two words or more again elsewhere (وأعلن باتريك بويانيه … after
        رئيس … باتريك بويانيه)? A name written twice is a name, not a verb's object."""
        words = key(m.name).split()
        if len(words) < 2:
            return False
        t, at = self.an.tokens, self.an.index_at(m.start)
        n = len(words)
        return any(h - n + 1 != at and h - n + 1 >= 0 and all(t[h - n + 1 + x].key == w for x, w in enumerate(words))
                   for h in self.word_positions().get(words[-1], ()))

    def word_positions(self) -> dict[str, list[int]]:
        """Token indices of every word key of the article: the parser's index (NameWords.key_positions)."""
        return self.p.key_positions

