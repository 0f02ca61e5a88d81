"""Matching a name the article writes to a person of its cast (a mixin of cast.Cast): which entity a name's
words name (a surname, a given name, a full name written without بن), where a name read on into the next
word ends (دونالد ترامب قراره), and which words of a name are a father's (بن سلمان)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Mention
from .names import bare, continuing_keys, is_al, token_key, verbal
from .normalize import key, undotted

FULLER_READS = 40      # places of a surname read for a longer form: bounds the work on a page of namesakes


@dataclass
class Entity:
    """A person the article names, with every title it gives them."""
    name: str                       # fullest form seen
    keys: list[str]                 # token keys of the fullest form
    titles: list[str] = field(default_factory=list)     # title phrase keys
    heads: set[str] = field(default_factory=set)        # title head keys (الرئيس → رئيس)
    last_seen: int = 0
    first_seen: int = 0
    written_titles: list[str] = field(default_factory=list)   # the titles as the article writes them
    kind: str = "person"


class NameMatch:
    """Name look-ups over the cast's entities (mixed into cast.Cast, whose by_key, lex, an and p it reads)."""

    def _name_and_words(self, keys: list[str], head: str | None = None) -> Entity | None:
        """إيمانويل ماكرون خطابا: the whole name of a person the article already knows and words after it that
        are no name (no given name, particle or generation word) is that person; the reader ran on into the
        verb's object. So is the family name alone of a full name the article gives, when it is no given name
        and any title before it is one of theirs (دان كوتس دافع، ترامب واستعادة، السيناتور شومر أسباب; but
        النائب العام ترامب وأبنائه is the attorney general). Not when the known name ends in a given name (صلاح عبدالله +
        العوض: its family name)."""
        given = self.lex.native_given
        for cut in range(len(keys) - 1, 0, -1):
            e = self.match(keys[:cut])
            if e is not None and (e.keys == keys[:cut] or e.keys[-cut:] == keys[:cut] and keys[cut - 1] not in given) \
                    and (cut >= 2 or keys[0] not in given and len(e.keys) > 1 and (head is None or head in e.heads)) \
                    and key(e.name).split()[-1] not in given:
                rest = keys[cut:]
                if self._name_words(rest) or any(w in e.keys for w in rest):
                    return None
                return e
        return None

    def _words_and_name(self, keys: list[str]) -> Entity | None:
        """إصابة لورا إيفرلي، جانب دومينيك كامينغز: words that are no name before the whole name of a person the
        article knows are the noun the name is the genitive of; the speaker is that person. Not a given name
        before it (a fuller name of someone else)."""
        for cut in range(1, len(keys) - 1):
            if any(k in self.lex.native_given or k in continuing_keys(self.lex) for k in keys[:cut]):
                return None
            e = self.match(keys[cut:])
            if e is not None and e.keys == keys[cut:]:
                return e
        return None

    def _ran_on(self, e: Entity, keys: list[str]) -> bool:
        """Is the entity's fullest name this name of two words or more and words after it that are no name (no
        given name, particle or generation word): the reader ran on into the verb's object where the article
        first named it (دونالد ترامب قراره)? Not when the name ends in a given name (محمد بن راشد → آل مكتوم)."""
        n = len(keys)
        return (n >= 2 and len(e.keys) > n and e.keys[:n] == keys and keys[-1] not in self.lex.native_given
                and not self._name_words(e.keys[n:]))

    def _written_after(self, last: str, w: str) -> bool:
        """Does the article write the name word w right after the word `last` (a token key) twice or more? Then
        it is part of the name (مولود جاويش أوغلو … جاويش أوغلو), not a word the reader ran on into once."""
        t = self.an.tokens
        return sum(1 for h in self.word_positions().get(last, ())
                   if h + 1 < len(t) and self.p.word(h + 1) and token_key(t[h + 1].key, self.lex) == w) >= 2

    def _name_words(self, words: list[str]) -> bool:
        """Is one of these word keys a given name, a particle, a lineage or a generation word (جونيور)?"""
        keys = continuing_keys(self.lex)
        return any(w in keys for w in words)

    def match(self, keys: list[str], fathers: set[str] | None = None, pos: int | None = None,
              fem: bool | None = None) -> Entity | None:
        """The entity whose name contains these name words (surname → full name). With `fathers` (the keys
        the mention writes after بن), a word that is only a father's name in the entity's name matches only
        as a father's name: الملك سلمان is not محمد بن سلمان; بن سلمان is. With `pos`, someone the article
        named before pos comes first (وقال سيلفا after جوتا سيلفا is not تياغو سيلفا, named only later); with `fem`
        (the gender of the verb the name is the subject of), one whose titles agree (وقالت كامبل: the young woman,
        not her father)."""
        if not keys:
            return None
        best, best_agrees = None, False
        # only entities named with every one of these words can match, so the look-up reads the entities of
        # the rarest word: a page of namesakes (twenty men called كمال) does not make every look-up long
        pool = min((self.by_key.get(k, ()) for k in dict.fromkeys(keys)), key=len)
        for e in pool:
            if all(k in e.keys for k in keys) and not (fathers is not None and self._fathers_only(e, keys, fathers)):
                agrees = self._agrees(e, fem)
                if best is None or agrees == best_agrees and self._preferred(e, best, pos) or agrees > best_agrees:
                    best, best_agrees = e, agrees
        return best

    def _agrees(self, e: Entity, fem: bool | None) -> bool:
        """False when the entity's titles show the other gender than `fem`; True otherwise (no title, no gender
        asked): only a namesake the verb cannot have for subject gives way."""
        g = self.gender(e)
        return fem is None or g is None or g == fem

    def gender(self, e: Entity) -> bool | None:
        """True (feminine) or False (masculine) as the heads of the titles the article gives the person show it: a
        head in ة whose form without it is a head too is feminine (الشابة البريطانية، زوجته، سيدة، المتحدثة; not
        عمدة، داعية، سماحة, masculine words in ة); None with no title."""
        heads = [undotted(part.split()[0]) for w in e.written_titles for part in w.replace(",", "،").split("،")
                 if part.split()]
        if not heads:
            return None
        return any(self._feminine_head(h) for h in heads)

    def _feminine_head(self, word: str) -> bool:
        """Is the title word the feminine of a head (مديرة of مدير، زوجته of زوج، الشابة of شاب)?"""
        stem = word[:-2] if word.endswith(("ها", "هم")) else word[:-1] if word.endswith("ه") and len(word) > 3 else word
        if not (stem.endswith("ة") or stem != word and stem.endswith("ت")):
            return False
        base = bare(key(stem[:-1]))
        return base in self.lex.title_heads or "ال" + base in self.lex.title_heads

    def verb_gender(self, pos: int) -> bool | None:
        """The gender of the reporting verb right before token pos (past a preposition and its pronoun: قال عنها
        بوش), or None when no verb stands there."""
        t, k = self.an.tokens, pos - 1
        if k >= 0 and t[k].key in self.lex.groups["verb_pp"]:
            k -= 1
        cue = self.lex.cue(t[k].raw, t[k].key) if k >= 0 and t[k].is_word else None
        return cue.feminine if cue is not None and cue.form == "verb" else None

    @staticmethod
    def _preferred(e: Entity, best: Entity, pos: int | None) -> bool:
        """Is e the better of two namesakes: the one named before pos, else the one named last?"""
        if pos is not None and (e.first_seen <= pos) != (best.first_seen <= pos):
            return e.first_seen <= pos
        return e.last_seen > best.last_seen

    def _fathers_only(self, e: Entity, keys: list[str], fathers: set[str]) -> bool:
        """Is the one key of a single-word mention a father's name in the entity's name (after بن) and not in
        the mention's?"""
        if len(keys) > 1:
            return False                # عبدالله عويقل السلمي is عبدالله بن عويقل السلمي written without بن
        theirs = self.fathers(e.name)
        return any(k in theirs and k not in fathers and e.keys.count(k) == 1 for k in keys)

    def fathers(self, name: str) -> set[str]:
        """The name keys written after بن/ابن/بنت in a name (a father's or forefather's name)."""
        words = key(name).split()
        out: set[str] = set()
        for i, w in enumerate(words[1:], 1):
            if words[i - 1] in self.lex.lineage or i >= 2 and words[i - 2] in self.lex.lineage \
                    and words[i - 1] in ("عبد", "ابو"):     # بن عبد العزيز: both words are the father's
                out.add(token_key(w, self.lex))
        return out

    def _nasab(self, m: Mention) -> Entity | None:
        """ابن سليم read as «the son of Salim»: the person the article names with that nasab (أحمد بن سليم، سلمان بن
        إبراهيم آل خليفة)."""
        words = key(m.text).split()
        if len(words) != 2 or token_key(words[0], self.lex) != self.lex.son[0]:
            return None
        last = [self.lex.son[0], token_key(words[1], self.lex)]
        if not self.register_full_name(words[1], (words[0],)):
            return None
        found = [e for e in self.entities if last in self._pairs(e.name)]
        return found[0] if len(found) == 1 else None    # two men «بن سليم»: keep apart

    def _pairs(self, name: str) -> list[list[str]]:
        """The pairs of keys after a name's first word (سلمان بن إبراهيم آل خليفة: بن إبراهيم، إبراهيم آل، آل خليفة):
        where a nasab stands in it, at its end or before a family name."""
        ks = [token_key(w, self.lex) for w in key(name).split()]
        return [ks[n:n + 2] for n in range(1, len(ks) - 1)]

    def register_from_first(self, k: str) -> bool:
        """A given name alone (وتابعت هيفاء): the full name the article gives where that name starts a name
        run of two or three words (هيفاء وهبي، أوسكار إيكونيمو), when it gives exactly one. Only a given name,
        Arabic or of another language (names.json foreign_given): a foreign surname alone (ترامب) starts no name
        (وعندما تعرض ترامب لضغوط)."""
        if not self.p.first_name(k):
            return False
        found: list[str] = []
        for h in self.word_positions().get(k, ()):
            e = self.p.name_run(h)
            if e - h >= 2 and self._names_here(h, e - 1):
                found.append(self.an.text[self.an.tokens[h].start:self.an.tokens[e - 1].end])
        if len(set(found)) == 1 or found and self._introduced(k, found[0]):
            self.register(found[0], None, self.word_positions()[k][0])
            return True
        return False

    def _introduced(self, k: str, name: str) -> bool:
        """Is the name the article's first mention of the given name k (نسرين حسن شابة كردية … then نسرين alone)?
        News introduces a person by the full name: later runs (كانت نسرين تؤمن) are a name and a verb."""
        first = self.word_positions()[k][0]
        return self.an.text.startswith(name, self.an.tokens[first].start)

    def _names_here(self, x: int, h: int) -> bool:
        """Is the run of words x..h a full name where the article writes it, not a verb or nouns before a
        surname? It does not open its sentence (Arabic news opens sentences with the verb: استضاف ترامب أمير
        قطر) nor follow a preposition (على حد تعبير أمل); its words carry no pronoun (ابنها، وطوره يورجين كلوب);
        it does not open with a common noun (common_nouns.json: جولة أوباما); a run of three starts with a given
        name or follows a title, an adjective or a cue
        (الحكم النرويجي توم هينينغ أوفريبو), not a body's own name (لنادي يوفنتوس جانلويجي بوفون)."""
        t, given = self.an.tokens, self.lex.native_given
        p = x - 1
        while p >= 0 and not t[p].is_word and not t[p].raw.isprintable():
            p -= 1                      # a bidi mark before the word is not what precedes it
        if any(self.an.sentence[y] != self.an.sentence[h] for y in range(x, h)):
            return False                # a name does not run across a sentence or a line (سيستمر\nأنان)
        if t[x].key in self.lex.common_nouns:
            return False                # جولة أوباما، جانب جون كيري، عرض نتنياهو: a noun and its genitive
        if p < 0 or self.an.sentence[p] != self.an.sentence[x]:
            return self.p.given(t[x].key)
        if not self.p.word(p) and t[x].key[:1] in "يتن" and t[x].key not in given:
            return False                # a clause opens with its verb: في سن الواحد والأربعين، تثابر أمل
        words = sum(1 for y in range(x, h + 1) if t[y].is_word)      # a hashtag's # and _ are no words
        # after a preposition only a full name of two words (أتحدث عن ألكسيس تسيبراس), not one word that may
        # be a noun (على حد تعبير أمل); after an auxiliary its subject (وكان علاء الدين تشاكجي)
        after_prep = self.p.word(p) and t[p].key in self.lex.groups["prepositions"]
        if self.p.word(p) and t[p].key not in self.lex.clause_openers and (
                self.p.function(t[p].key, p) and not (after_prep and words == 2 and not is_al(t[x].key))
                or words >= 3 and bare(t[p].key.lstrip("وفلب")) in self.lex.org_heads):
            return False
        if after_prep and t[x].raw.endswith("ة") and not self.p.given(t[x].key):
            return False                # في حالة أوباما: a noun in ة after a preposition, the name its genitive
        if any(t[y].raw.endswith(("ها", "هم", "هما")) and t[y].key not in given for y in range(x, h)):
            return False                # a noun with its pronoun (a bare ه ends names too: جوزيه، طه)
        if t[x].raw.startswith("و") and t[x].key not in given and t[x].key not in self.lex.foreign_given:
            return False                # و + a name, unless a given name of its own (وليد; وارن، ويليام)
        if verbal(t[x].key, t[x].raw) and t[x].key not in given and t[x].key not in self.lex.foreign_given \
                and not (self.p.word(p) and self.p.is_cue(p) and words == 2):
            return False                # تأكيد محمد الحباسي، تحدثت ماسيه: not a given name (but وأضاف تامير باردو،)
        return words < 3 or self.p.given(t[x].key) or self.p.word(p) and (
            self.p.title_head(p) is not None or is_al(t[p].key) or t[p].key in self.lex.cues
            or t[p].key in self.lex.clause_openers)

    def _cut_given(self, keys: list[str], head: str | None) -> Entity | None:
        """The one titled person known by this name's first word alone (a given name after a title, the name
        cut short where an object followed: أكد وزير الدفاع الليبي أسامة الجويلي جاهزية): the full name is
        theirs. Not a surname alone (ترامب is not إيفانكا ترامب), not when two people have that word, not when
        the full name comes with a title of another head (الطالب جاسم is not وزير المالية جاسم الهويدي)."""
        if len(keys) < 2:
            return None
        short = [x for x in self.by_key.get(keys[0], ()) if x.keys == keys[:1] and x.titles]
        if len(short) != 1 or len(self.by_key[keys[0]]) != 1 or head is not None and head not in short[0].heads:
            return None
        return short[0]

    def unknown_first(self, last: str, e: Entity) -> dict[str, int]:
        """For a one-word surname, the longer forms the article writes (fuller's fallback): the word no lexicon
        knows and no first name right before it, where something introduces a name (إليوت كاتز، وقالت بيلا
        فارغا، …، ضاحي خلفان). Not for a given name, a kunya or a registry person. Form → its number of words."""
        t, found = self.an.tokens, {}
        if len(e.keys) != 1 or " " in e.name.strip() or key(e.name) in self.lex.known_people \
                or self.p.first_name(last):
            return found                # (not أبو مالك; a registry person's name is known: نتنياهو is not
                                        # «باسم نتنياهو»)
        for h in self.word_positions().get(last, ())[:FULLER_READS]:
            x = h - 1
            if x >= 0 and self.p.word(x) and t[h].start - t[x].end == 1 and self.p.unknown_word(h) \
                    and self.p.unknown_word(x) and not self.p.first_name(t[x].key) and t[x].key not in self.lex.cues \
                    and self._names_here(x, h) and self._name_introduced(x):
                found[self.an.text[t[x].start:t[h].end]] = 2    # (words joined by one space: not #كيم_يونغ)
        return found or self._joined_second(last)

    def _joined_second(self, last: str) -> dict[str, int]:
        """The second of two names joined by و (اقليدس تساكالوتوس وجيورجيوس ستاثاكيس): its first
        word with the و dropped, when it is a first name or a word no lexicon knows and a name word stands right
        before the و (form → 2)."""
        t, found = self.an.tokens, {}
        for h in self.word_positions().get(last, ())[:FULLER_READS]:
            x = h - 1
            if x >= 1 and self.p.word(x) and t[x].raw[:1] == "و" and len(t[x].key) >= 5 and t[h].start - t[x].end == 1 \
                    and (self.p.unknown_word(x) and len(t[x].key) >= 6 or self.p.first_name(t[x].key[1:])) \
                    and self.p.word(x - 1) \
                    and self.p.name_word(x - 1, False) and self.an.sentence[x - 1] == self.an.sentence[h]:
                found[self.an.text[t[x].start + 1:t[h].end]] = 2
        return found

    def family_after_first(self, first: str, e: Entity) -> dict[str, int]:
        """For a given name alone (الشيخ عبدالعزيز), the family name the article writes right after it and alone
        elsewhere after a title or a reporting verb (عبدالعزيز الفوزان … وطالب الشيخ الفوزان): form → 2."""
        t, pos, found = self.an.tokens, self.word_positions(), {}
        if len(e.keys) != 1 or not self.p.given(first):
            return found
        for h in pos.get(first, ())[:FULLER_READS]:
            f = h + 1
            if not self.p.word(f) or t[f].start - t[h].end != 1 or self._no_family(f):
                continue
            if any(y != f and y > 0 and t[y - 1].key != first and (self.p.title_head(y - 1) is not None
                                                                   or self.p.is_cue(y - 1)) for y in pos.get(t[f].key, ())):
                found[self.an.text[t[h].start:t[f].end]] = 2
        return found

    def _no_family(self, f: int) -> bool:
        """Is token f no family name: a function word, a title, a cue, a common noun, a given name, a nationality?"""
        k = self.an.tokens[f].key
        return self.p.function(k, f) or self.p.title_head(f) is not None or self.p.is_cue(f) or self.p.given(k) \
            or k in self.lex.common_nouns or bare(k) in self.lex.common_nouns or self.p.nationality(k) \
            or k in self.lex.particles or k.startswith(("لل", "بال", "وال", "فال"))     # (مجدي آل بركة، عبود للاعبين)

    def _name_introduced(self, x: int) -> bool:
        """Does what stands before token x introduce a name: a cue, a title, an ال-word (المخرج أندريه), a mark
        (a comma, a quotation mark)? Not a noun or verb before a verb and its subject (تأثر غوته)."""
        t = self.an.tokens
        return x > 0 and (not t[x - 1].is_word or self.p.is_cue(x - 1) or self.p.title_head(x - 1) is not None
                          or is_al(t[x - 1].key))

    def final_name(self, name: str, sp_key: str) -> str | None:
        """The fuller name the article gives later to the one person a speaker named so stood for (يجيب الكاتب هاني
        … ويضيف نسيرة: هاني نسيرة), or the name cut where it had run on into the next word; None when the name
        stands, or when two people of the article were given it."""
        seen = list(self.spoken.get(sp_key, {}).values())
        if len(seen) != 1 or seen[0].name == name:
            return None
        old, new = key(name).split(), key(seen[0].name).split()
        grown = len(new) > len(old) and all(w in new for w in old)
        cut = len(new) < len(old) and old[:len(new)] == new
        return seen[0].name if grown or cut else None
