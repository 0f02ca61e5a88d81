"""Build-wide speaker identity, part 1: cluster the build-wide entities of the speaker table (full names,
named bodies) into speakers. Every join keeps its reason; a join that would put two registry entities
together is refused, and a short form joins only the one speaker that dominates it: a wrong merge of two
people is worse than a split.

Rules, in order (each a named unit):
- registry:      a name the registry lists (quotes/data/speakers.jsonl or --speakers) is that entity;
- registry+tail: a person's full name the registry lists, with one or two words after it that are no name
                 (إيمانويل ماكرون خطابا), is that person;
- spelling:      full names whose words are the same or transliteration variants (فلاديمير بوتين/بوتن);
- spelling+title: one word differs a little more (هيذر نويرت/ناورت، أنطونيو غوتيريس/غوتيريش) and the two
                 share a title of two words or more;
- given-name+title: the same surname, given names one a short form of the other (جيم/جيمس ماتيس) and a
                 shared title of two words or more;
- short-form:    a name that is part of a longer one (جواد ظريف، عادل الجبير ⊂ عادل بن أحمد الجبير،
                 رجب طيب ⊂ رجب طيب أردوغان) joins it when that speaker has most of the rows of the names it
                 is part of (80%; 90% for given names alone; Arabic given names alone, علي عبدالله, only with a
                 title of two words or more the two share) and no title says otherwise. A father's name after
                 بن is not a surname (سلمان بن عبد العزيز is not part of محمد بن سلمان بن عبد العزيز)."""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .lexicon import Lexicon, lexicon
from .registry import Entry as RegEntry
from .registry import Registry
from .speaker_table import Entry, SpeakerTable
from .names import continuing_keys
from .normalize import key
from .spelling import VARIANT, WEAK, fold, name_relation, native, word_relation

SHORT_SHARE = 0.8          # a short form joins the speaker with this share of its candidates' rows
GIVEN_SHARE = 0.9          # ... given names alone, this share


def distinctive(titles) -> set[str]:
    """Title keys of two words or more (وزير دفاع امريكي), which few people share at once."""
    return {t for t in titles if len(t.split()) >= 2}


def speaker_id_of(prefix: str, key: str) -> str:
    return f"{prefix}-" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


@dataclass
class Cluster:
    """A speaker: its member entities (build-wide), the registry entity it is, and why each member joined."""
    root: str
    label: RegEntry | None = None
    members: list[str] = field(default_factory=list)
    why: dict[str, str] = field(default_factory=dict)         # member → reason it joined
    rows: int = 0
    docs: int = 0
    titles: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)
    years: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    sid: str = ""
    canonical: str = ""


class Clusters:
    """Union-find over the build-wide entity keys, with registry labels that never meet in one cluster."""

    def __init__(self, table: SpeakerTable, registry: Registry, lex: Lexicon | None = None):
        self.table, self.registry, self.lex = table, registry, lex or lexicon()
        self.parent: dict[str, str] = {k: k for k in table.entities}
        self.label: dict[str, RegEntry | None] = {k: None for k in table.entities}
        self.why: dict[str, str] = {}
        self.rows: dict[str, int] = {k: e.rows for k, e in table.entities.items()}
        self.titles: dict[str, Counter] = {k: Counter(e.titles) for k, e in table.entities.items()}

    # --- union-find
    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str, why: str, lead: bool = True) -> bool:
        """Join b's speaker into a's; refused when they are two different registry entities. With lead=False b
        never leads the group (a name run on into the next word)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        la, lb = self.label[ra], self.label[rb]
        if la is not None and lb is not None and la.id != lb.id:
            return False
        if lead and (self.rows[rb], rb) > (self.rows[ra], ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.label[ra] = la or lb
        self.rows[ra] += self.rows[rb]
        self.titles[ra].update(self.titles[rb])
        self.why.setdefault(rb, why)              # the joined group's first entity says why it joined
        return True

    # --- the rules
    def registry_names(self) -> None:
        """registry / registry+tail: every entity whose name the registry lists joins that registry entity, and
        so does a person's full name the registry lists with words after it that are no name (إيمانويل
        ماكرون خطابا: the reader ran on into the verb's object)."""
        first: dict[str, str] = {}
        found = [(k, *self._registry_entry(k)) for k in sorted(self.table.entities)]
        for k, e, why in sorted((f for f in found if f[1] is not None), key=lambda f: f[2] != "registry"):
            r = self.find(k)
            if e.id in first:
                self.union(first[e.id], k, why, lead=why != "registry+tail")
            else:
                self.label[r] = e
                first[e.id] = k
                self.why[k] = why

    def _registry_entry(self, k: str) -> tuple[RegEntry | None, str]:
        typ, _, name = k.partition(":")
        words = name.split()
        e = self.registry.named(words)
        if e is not None:
            return (e, "registry") if (e.type == "person") == (typ == "p") else (None, "")
        for cut in range(len(words) - 1, max(1, len(words) - 3), -1):
            e = self.registry.named(words[:cut]) if typ == "p" else None
            if e is not None and e.type == "person" and not any(w in continuing_keys(self.lex) for w in words[cut:]):
                return e, "registry+tail"
        return None, ""


    def spellings(self) -> None:
        """spelling / spelling+title: full names of persons that are spelling variants of each other."""
        people = sorted(k for k in self.table.entities if k.startswith("p:") and len(k.split()) >= 2)
        words = {k: k[2:].split() for k in people}
        blocks: dict[tuple, list[str]] = defaultdict(list)
        for k in people:
            folded = [fold(w, self.lex) for w in words[k]]
            blocks[tuple(folded)].append(k)
            for i, w in enumerate(words[k]):         # one consonant changed (غوتيريس/غوتيريش)
                if not native(w, self.lex) and len(folded[i]) >= 4:
                    for j in range(1, len(folded[i])):
                        blocks[(i, j, *folded[:i], folded[i][:j] + "?" + folded[i][j + 1:], *folded[i + 1:])].append(k)
        for group in blocks.values():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if self.find(a) == self.find(b):
                        continue
                    rel = name_relation(words[a], words[b], self.lex)
                    if rel == VARIANT:
                        self.union(a, b, "spelling")
                    elif rel == WEAK and self._share_title(a, b):
                        self.union(a, b, "spelling+title")

    def _share_title(self, a: str, b: str) -> bool:
        return bool(distinctive(self.titles[self.find(a)]) & distinctive(self.titles[self.find(b)]))

    def given_names(self) -> None:
        """given-name+title: same surname, one given name a short form of the other, a shared title."""
        by_last: dict[str, list[str]] = defaultdict(list)
        for k in sorted(self.table.entities):
            ws = k[2:].split()
            if k.startswith("p:") and len(ws) >= 2 and distinctive(self.titles[k]):
                by_last[ws[-1]].append(k)
        for group in by_last.values():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    wa, wb = a[2:].split(), b[2:].split()
                    if self.find(a) != self.find(b) and _short_given(wa[0], wb[0], self.lex) \
                            and abs(len(wa) - len(wb)) <= 1 and self._share_title(a, b):
                        self.union(a, b, "given-name+title")

    def short_forms(self) -> None:
        """short-form: a name that is part of longer names joins the speaker that dominates them."""
        people = [k for k in self.table.entities if k.startswith("p:") and len(k.split()) >= 2]
        by_last: dict[str, list[str]] = defaultdict(list)
        by_first2: dict[tuple[str, str], list[str]] = defaultdict(list)
        for k in people:
            ws = k[2:].split()
            by_last[ws[-1]].append(k)
            by_first2[(ws[0], ws[1])].append(k)
        for k in sorted(people, key=lambda k: (-len(k.split()), k)):
            ws = k[2:].split()
            if self.label[self.find(k)] is not None:
                continue
            cands: Counter = Counter()
            given = True
            for m in {*by_last[ws[-1]], *by_first2[(ws[0], ws[1])]}:
                how = _part_of(ws, m[2:].split(), self.lex)
                if how and self.find(m) != self.find(k):
                    cands[self.find(m)] = self.rows[self.find(m)]
                    given = given and how == "given"
            best = self._dominant(k, cands, GIVEN_SHARE if given else SHORT_SHARE)
            if best is not None and given and all(w in self.lex.native_given for w in ws) \
                    and not self._share_title(k, best):
                continue                # علي عبدالله: a man and his father's given name, as any citizen is named
            if best is not None:
                self.union(best, k, "given-names" if given else "short-form")

    def _dominant(self, k: str, cands: Counter, share: float) -> str | None:
        """The candidate with `share` of the rows, unless a title of k's is another candidate's only."""
        if not cands:
            return None
        best, n = max(cands.items(), key=lambda x: (x[1], x[0]))
        if n < share * sum(cands.values()):
            return None
        mine = distinctive(self.titles[self.find(k)])
        if mine and not mine & distinctive(self.titles[best]) and any(
                mine & distinctive(self.titles[c]) for c in cands if c != best):
            return None
        return best

    def run(self) -> dict[str, Cluster]:
        self.registry_names()
        self.spellings()
        self.given_names()
        self.short_forms()
        return self.clusters()

    def clusters(self) -> dict[str, Cluster]:
        """root → Cluster, with its id and canonical name."""
        out: dict[str, Cluster] = {}
        for k in sorted(self.table.entities):
            r = self.find(k)
            c = out.get(r)
            if c is None:
                c = out[r] = Cluster(r, self.label[r])
            e: Entry = self.table.entities[k]
            c.members.append(k)
            if k in self.why and k != r:
                c.why[k] = self.why[k]
            c.rows += e.rows
            c.docs += e.docs
            for a, b in ((c.titles, e.titles), (c.sources, e.sources), (c.years, e.years), (c.names, e.names)):
                if not (a is c.names and self.why.get(k) == "registry+tail"):
                    a.update(b)         # a name run on into the next word never names the speaker
        for c in out.values():
            name_ids(c)
        return out


def name_ids(c: Cluster) -> None:
    """A cluster's speaker_id (from its registry id, else from its entity with the most rows) and its name:
    the spelling the build uses most (among equals the fullest), else the registry's name: the articles'
    own spelling, so that a build of a few articles names its speakers as they do — unless the registry's
    name has every word of it and more (a short form the registry lists as a variant)."""
    if c.label is not None:
        c.sid = c.label.speaker_id
    else:
        c.sid = speaker_id_of(c.root.split(":", 1)[0], c.root)
    if c.names:
        c.canonical = min(c.names, key=lambda n: (-c.names[n], -len(n.split()), -len(n), n))
        if c.label is not None and fuller(c.label.name, c.canonical):
            c.canonical = c.label.name  # المرصد السوري → المرصد السوري لحقوق الإنسان: the registry's full name
    else:
        c.canonical = c.label.name if c.label is not None else c.root[2:]


def fuller(full: str, short: str) -> bool:
    """Has `full` every word of `short` (compared by key) and more?"""
    f, s = key(full).split(), key(short).split()
    return len(f) > len(s) and set(s) <= set(f)


def _short_given(a: str, b: str, lex: Lexicon) -> bool:
    """Is one given name a short form or spelling of the other (جيم/جيمس)? Not two different names."""
    if a == b:
        return False
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2
            and short not in lex.native_given and long_ not in lex.native_given) \
        or word_relation(a, b, lex) in (VARIANT, WEAK)


def _part_of(short: list[str], full: list[str], lex: Lexicon) -> str | None:
    """How a shorter name is part of a full one: "given" (its first words), "surname" (its last words, not
    after بن: a father's name is no surname), "subsequence" (first and last words with some between)."""
    n = len(short)
    if n >= len(full):
        return None
    if full[:n] == short:
        return "given" if short[-1] not in lex.lineage else None
    if short[-1] != full[-1]:
        return None
    if full[-n:] == short:
        return "surname" if full[-n - 1] not in lex.lineage else None
    if short[0] == full[0] and _subsequence(short, full) and not any(w in lex.lineage for w in full[1:-1]):
        return "subsequence"                          # not across بن: محمد عبد العزيز is no محمد بن سلمان بن …
    return None


def _subsequence(a: list[str], b: list[str]) -> bool:
    it = iter(b)
    return all(w in it for w in a)
