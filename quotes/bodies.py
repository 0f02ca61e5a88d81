"""The bodies, unnamed sources and documents of an article's cast: a generic head resolves to the body
the article named in full (الوزارة → وزارة الخارجية المصرية), a bare البيان to its issuer, a surname-like
word to the body whose name it ends (يونايتد → نادي مانشستر يونايتد). A mixin of Cast, which holds the
analysis, the parser, the lexicon and the walk's memory these read."""
from __future__ import annotations

from .model import Mention, Speaker
from .names import bare, clean_phrase, is_al
from .normalize import key
from .verb_subject import opening_aside

EACH, FROM, ABOUT = key("كل"), key("من"), key("عن")     # كل من X وY; صادر عن، صادر من
IN, VIA = key("في"), key("عبر")                             # X في بيان، X عبر بيان: the statement is X's
OF_OPINION = key("للرأي")                                   # استطلاع للرأي أعدته رويترز: of opinion, then its maker


class Bodies:
    """Resolution of bodies, unnamed sources and documents (mixed into Cast)."""

    def _body_speaker(self, m: Mention) -> Speaker:
        """A body, an unnamed source or a document: its fullest name in the article (الخارجية، الوزارة،
        الصحيفة → the body named in full before; وزارة الداخلية → وزارة الداخلية المصرية), the unnamed source
        met before (المصدر), or the issuer of a statement (البيان)."""
        at = self.an.index_at(m.start)
        phrase = clean_phrase(m.name)
        k = " ".join(bare(w) for w in key(phrase).split())
        if m.kind in ("organisation", "document"):
            full = self.fullest_body(k, at)
            if full is not None:
                phrase, k = full, " ".join(bare(w) for w in key(full).split())
        first = (key(phrase).split() or [""])[0]
        if m.kind == "anonymous" and is_al(first) or m.kind == "document" and first in (
                "المصادر", "المصدر", "المسوول", "المسوولون"):
            prev = self.memory.anon_seen.get(bare(first))
            if prev is not None:
                return prev             # وقال المصدر، وأكد الشهود: the unnamed source met before
        if m.kind == "anonymous":
            sp = Speaker(phrase, "anon:" + k, None, "anonymous")
            self.memory.anon_seen[k.split()[0]] = sp
            return sp
        if m.kind == "document" and (k.split()[0] in self.lex.issued_documents or self._authored_after(m)):
            issuer = self.issuer(k.split()[0], at, own=" " in k)
            if issuer is not None:
                return issuer           # وأضاف البيان: the body whose statement the article reported; وذكر بيان
                                        # للوزارة: the ministry (the issuer it names itself, no earlier one)
        kind = "organisation" if m.kind == "document" and k.split()[0] in self.heads else m.kind
        return Speaker(phrase, ("doc:" if kind == "document" else "org:") + k, None, kind)

    def issuer(self, noun: str, before: int, own: bool = False) -> Speaker | None:
        """Who issued the document a bare البيان/التقرير refers to: the last «بيان» before it, read as بيان لـX،
        بيان صادر عن X، بيان X (بيان الجيش), or «X … في بيان» (the speaker of that sentence's cue). `own`: only
        the issuer the mention at `before` names itself (بيان للوزارة)."""
        t, an = self.an.tokens, self.an
        positions = self.word_positions()
        hits = [before] if own else [h for w in (noun, noun + "ا") for p in ("", "ب", "ال", "وال", "بال") for h in
                                     positions.get(p + w, ()) if h <= before]
        for h in sorted(set(hits), reverse=True):
            j = self._past_of_opinion(h + 1)
            issued = j + 1 < len(t) and t[j].key in self.lex.groups["issued"] and t[j + 1].key in (ABOUT, FROM)
            if issued:
                j += 2                  # بيان صادر عن القصر الرئاسي: whoever it names
            elif j + 1 < len(t) and t[j].key == FROM and not is_al(t[h].key.lstrip("وفب")):
                j, issued = j + 1, True     # بيان من وزارة الخارجية: whom it is from
            elif self._issued_by_relative(j):
                j, issued = j + 2, True     # البيان الذي أصدرته وزارة الصحة: its subject
                if j + 1 < len(t) and t[j].key == EACH and t[j + 1].key == FROM:
                    j += 2              # الذي أصدرته كل من وزارة الصحة ووزارة الاتصالات: the first of them
            authored = not issued and j + 1 < len(t) and self.p.word(j + 1) and (t[j].key in self.lex.authored_forms
                                                                    or h == before and t[j].key in self.lex.published_forms)
            if authored:
                j, issued = j + 1, True     # تقرير أعدته شركة جونز، وقال تقرير نشرته صحيفة نيويورك تايمز: its subject
            construct = not is_al(t[h].key.lstrip("وفب")) or j < len(t) and t[j].key[:1] == "ل"   # not الرسالة فاليتا
            if self.p.word(j) and (issued or construct):    # بيان لوزارة الدفاع، بيان صادر عن الجيش، بيان الجيش
                m = self.p.mention(j, allow_prefix=True)
                kinds = ("organisation", "anonymous", "person", "title") if issued else ("organisation", "anonymous")
                outlet = authored and m is not None and self.lex.is_outlet(m.text, headed=True)   # صحيفة نيويورك تايمز
                if m is not None and (m.kind in kinds or outlet) and (authored or key(m.text) not in self.lex.outlets_any):
                    return self.speaker_of(m, j)
            if h == before:
                continue                # the mention itself (وأضاف البيان): the statement is an earlier one
            first = an.sentence_start(h)
            for c in range(h - 1, first - 1, -1):   # وقالت الحكومة في بيان لها
                got = self.memory.cue_speaker.get(c)
                if got is not None and got.speaker is not None and got.mention is not None \
                        and got.speaker.type != "document" and not self._relaying(c, got.speaker.name):
                    return got.speaker      # (not نقلت وكالة الأناضول البيان: an outlet relays it)
            issued = self.an.tokens[first].key in self.lex.groups["issued"]    # (أصدر الرئيس … قرارا: a person too)
            v = opening_aside(self.an, first, h)           # (من جانبه، حملت إدارة النادي عبر بيان: past «for its part»)
            for c in range(v + 1, min(h, v + 3)):   # وأصدرت وزارة الدفاع بيانا: the subject after the verb
                m = self.p.mention(c) if self.p.word(c) else None
                in_it = m is not None and an.index_at(m.end) == h - 1 and t[h - 1].key.lstrip("و") in (IN, VIA)
                if m is not None and (m.kind == "organisation" or (issued or in_it) and m.kind == "person") \
                        and not self.lex.is_outlet(m.text):
                    return self.speaker_of(m, c)    # (وفند ضميري في بيان: whoever the statement was in)
            if h < before:
                return None             # the statement meant, with no issuer the article names
        return None

    def _authored_after(self, m: Mention) -> bool:
        """Does «X made it» follow a document that names no issuer of its own (دراسة أعدتها جامعة هارفارد، استطلاع للرأي
        أجرته وكالة رويترز)? Then its maker is the one who speaks, as for a statement."""
        t, j = self.an.tokens, self._past_of_opinion(self.an.index_at(m.end))
        return j < len(t) and t[j].key in self.lex.authored_forms

    def _past_of_opinion(self, j: int) -> int:
        """Past «of opinion» at token j after a document (استطلاع للرأي أجرته …): where its words go on."""
        return j + (j < len(self.an.tokens) and self.an.tokens[j].key == OF_OPINION)

    def _relaying(self, c: int, name: str) -> bool:
        """Is the speaker of the cue at token c an outlet that relays (نقلت وكالة الأناضول البيان), not one that
        issues (أعلنه فيس بوك في بيان)?"""
        cue = self.lex.cue(self.an.tokens[c].raw, self.an.tokens[c].key)
        return cue is not None and cue.relay and self.lex.is_outlet(name)

    def _issued_by_relative(self, j: int) -> bool:
        """Do a relative pronoun and «issued» with its object pronoun follow the document (الذي أصدرته، التي
        أصدرها)? Then the issuer is the subject after them."""
        t = self.an.tokens
        return j + 2 < len(t) and t[j].key in self.lex.groups["relatives"] and t[j + 1].key in self.lex.groups[
            "issued"] and t[j + 1].raw.endswith(("ه", "ها")) and self.p.word(j + 2)

    @property
    def heads(self) -> frozenset[str]:
        """The body and outlet type heads without the article (وزاره، شركه، مرصد، صحيفه، وكاله): a bare one
        names the last body of its type the article named in full."""
        return self.lex.body_heads

    def bodies(self) -> list[tuple[int, str, tuple[str, ...]]]:
        """Every body the article names in full (its type head and more: وزارة الخارجية الروسية، صحيفة
        ملييت), with its position and its bare keys; read in one pass, the first time."""
        if self.full_orgs is None:
            t, out, forms = self.an.tokens, [], self.lex.body_head_forms
            for j in range(len(t)):
                if t[j].key not in forms or self.an.masked[j] or not (self.p.word(j + 1) or j + 1 in self.p.extents):
                    continue                        # (صحيفة "ماركا" الإسبانية: a name in marks after the head)
                m = self.p.mention(j, allow_prefix=True) if t[j].key[:1] in "لب" else self.p.mention(j)
                if m is not None and m.kind in ("organisation", "document") and len(m.text.split()) >= 2:
                    name = clean_phrase(m.text)     # لوزارة الخارجية التونسية → وزارة …: the reader drops the ل
                    out.append((j, name, tuple(bare(w) for w in key(name).split())))
            self.full_orgs = out
        return self.full_orgs

    def fullest_body(self, k: str, at: int) -> str | None:
        """The fullest name of a body mentioned as k: a bare head (الوزارة → the last وزارة … before), a bare
        domain, alone or with its nationality (الخارجية، الخارجية المصرية → the last body whose name holds it), or
        a name the article gives longer (وزارة
        الداخلية → وزارة الداخلية المصرية, when it gives one longer form only)."""
        words = tuple(k.split())
        if len(words) == 2 and words[0] in self.heads and "ال" + words[1] in self.lex.groups["body_epithets"]:
            words = words[:1]           # التنظيم الإرهابي، الجماعة المسلحة: the body of that head named before
        if len(words) == 2 and words[0] in self.lex.title_domains and words[0] not in self.heads:
            # الخارجية المصرية → وزارة الخارجية المصرية: the body that holds the domain and the nationality
            before = [ks for j, name, ks in self.bodies() if j < at and words[0] in ks[1:] and words[1] in ks[1:]]
            if before:
                words = before[-1]
        elif len(words) == 1 and (words[0] in self.heads or words[0] in self.lex.title_domains):
            before = [ks for j, name, ks in self.bodies() if j < at and (ks[0] == words[0] if words[0] in self.heads
                                                                         else words[0] in ks[1:]) and not self._in_title(j)]
            if not before:
                return None
            words = before[-1]
        names = {ks: name for j, name, ks in self.bodies()}
        here = {ks for j, name, ks in self.bodies() if j == at}     # what was read at the mention itself: a
        longer = {ks for ks in names if len(ks) > len(words) and ks[:len(words)] == words and ks not in here}
        # subject run into its object (ووصفت الجامعة الرقاقة بـ) is no longer name of it
        if len(longer) == 1:
            return names[longer.pop()]
        return names.get(words) if len(words) > 1 or k != " ".join(words) else None

    def _in_title(self, j: int) -> bool:
        """Is the body at token j the complement of a person's title, glued to its ل (الرئيس السابق لمجلس النواب
        الأميركي)? A bare head later (ذكر المجلس) means a body the article names on its own."""
        t = self.an.tokens
        if j == 0 or t[j].key[:1] != "ل" or not self.p.word(j - 1):
            return False
        k = t[j - 1].key
        return self.p.title_head(j - 1) is not None or k in self.lex.groups["describing"]

    def body_ending(self, k: str) -> Speaker | None:
        """A single word that ends a body's name the article gives (يونايتد → نادي مانشستر يونايتد)."""
        t = self.an.tokens
        for h in self.word_positions().get(k, ()):
            for s in range(max(0, h - 3), h):
                if t[s].key in self.lex.org_heads and not self.an.masked[s]:
                    m = self.p.mention(s)
                    if m is not None and m.kind == "organisation" and self.an.index_at(m.end) == h + 1:
                        return Speaker(clean_phrase(m.name), "org:" + " ".join(bare(w) for w in key(m.name).split()),
                                       None, "organisation")
        return None
