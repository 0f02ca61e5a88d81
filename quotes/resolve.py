"""Build-wide speaker identity, part 2: the step between extraction and writing. It clusters the build-wide
entities (quotes/identity.py), then gives every per-document entity (a surname or given name alone, a
title alone, a bare generic, an anonymous source) its speaker from what its document says, and returns a
Resolution: every row's speaker_id, the canonical name, and, for speakers.json and the card, what was
merged into each id and why.

Rules for a per-document entity, in order (each a named unit):
- registry:   its words are a name the registry lists (ترامب، واس), also after a title (الرئيس السيسي) or
              as the full name that ends a title phrase (رئيس الجمهورية الباجي قائد السبسي);
- role:       a title alone names the registry's holder of that office on the article's date
              (الرئيس الأمريكي in 2018 → Donald Trump), and so does a title with a name the office gives
              (الملك سلمان); such rows are marked `+role` in `rule`;
- surname+title / given-name+title: a title of two words or more that exactly one speaker with that
              surname (or given name) has;
- surname:    the speaker with 80% of the rows of the full names ending with it, when the article is of a
              year or an outlet that speaker is quoted in, and no title says otherwise;
- given-name: likewise with 90%, from the same outlet in a year that speaker is quoted in;
- otherwise a generic, a title alone, an anonymous source or a given name alone gets an id scoped to its
  document (`…@` and 8 characters of the document's digest); another single name keeps one id of its own."""
from __future__ import annotations

import hashlib
import json
import resource
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pyarrow as pa

from .generic import generic_kind
from .identity import Cluster, Clusters, distinctive, fuller, name_ids, speaker_id_of
from .lexicon import Lexicon, lexicon
from .registry import Entry as RegEntry
from .registry import Registry, load_registry, title_key
from .speaker_table import Entry, SpeakerTable, entity_key
from .spelling import SAME, VARIANT, fold, name_words, word_relation

TYPE_NAME = {"p": "person", "o": "organisation", "d": "document", "a": "anonymous", "t": "title"}
ROLE_TAG = "+role"


@dataclass(frozen=True, slots=True)
class Assign:
    sid: str
    name: str
    role: bool = False


@dataclass
class Info:
    """One speaker_id as speakers.json and the card show it."""
    sid: str
    speaker: str
    quotes: int = 0
    forms: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    merged: Counter = field(default_factory=Counter)       # (spelling, why) → rows
    registry: dict | None = None
    doc_id: str | None = None

    def as_dict(self) -> dict:
        d = {"speaker_id": self.sid, "speaker": self.speaker, "quotes": self.quotes,
             "forms": [{"form": f, "count": c} for f, c in _ordered(self.forms)]}
        if self.names != self.forms:                       # the spellings of the name, without the mentions
            d["names"] = [{"name": f, "count": c} for f, c in _ordered(self.names)]
        if self.merged:
            d["merged"] = [{"name": n, "why": w, "quotes": c}
                           for (n, w), c in sorted(self.merged.items(), key=lambda x: (-x[1], x[0]))]
        if self.registry:
            d["registry"] = self.registry
        if self.doc_id is not None:
            d["scope"] = {"document": self.doc_id}
        return d


def _ordered(c: Counter) -> list[tuple[str, int]]:
    return sorted(c.items(), key=lambda x: (-x[1], x[0]))


class Resolution:
    """Every entity's speaker; applied to rows by write.py (finalize, bucketing)."""

    def __init__(self, entities: dict[str, Assign], local: dict[tuple[str, str], Assign], infos: dict[str, Info],
                 lex: Lexicon, stats: dict):
        self.entities, self.local, self.infos, self.lex, self.stats = entities, local, infos, lex, stats

    def assign(self, speaker: str | None, speaker_type: str | None, speaker_key: str | None,
               doc_id: str) -> Assign | None:
        ek = entity_key(speaker, speaker_type, speaker_key)
        if ek is None:
            return None
        k, local = ek
        return self.local.get((k, doc_id)) if local else self.entities.get(k)

    def _assigns(self, table) -> list[Assign | None]:
        cols = [table.column(c).to_pylist() for c in ("speaker", "speaker_type", "speaker_key", "doc_id")]
        return [self.assign(*x) for x in zip(*cols)]

    def columns(self, table) -> tuple[pa.Array, pa.Array, pa.Array]:
        """speaker_id, speaker and rule of a table of spilled rows. A row keeps the name its article gives (the
        fullest form there: ترمب in one outlet, ترامب in another, under one id) unless it is a short form of
        its speaker's name (ترامب → دونالد ترامب، المرصد السوري → المرصد السوري لحقوق الإنسان); a title the
        registry resolved to its office holder takes the holder's name (الرئيس الأمريكي → دونالد ترامب, rule
        +role)."""
        got = self._assigns(table)
        names = [a.name if a and (a.role or not s or fuller(a.name, s)) else s
                 for a, s in zip(got, table.column("speaker").to_pylist())]
        rules = [r + ROLE_TAG if a and a.role else r for a, r in zip(got, table.column("rule").to_pylist())]
        return (pa.array([a.sid if a else None for a in got], pa.string()), pa.array(names, pa.string()),
                pa.array(rules, pa.string()))

    def ids_of(self, batch) -> list[str | None]:
        return [a.sid if a else None for a in self._assigns(batch)]

    def rows_per_id(self) -> Counter:
        return Counter({sid: i.quotes for sid, i in self.infos.items()})

    def speakers(self) -> list[dict]:
        return [i.as_dict() for i in sorted(self.infos.values(), key=lambda i: (-i.quotes, i.sid))]

    def write_speakers(self, path) -> int:
        """speakers.json: a JSON list, one speaker a line, most quoted first; returns the number of speakers."""
        rows = self.speakers()
        path.write_text("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n",
                        encoding="utf-8")
        return len(rows)


class _Local:
    """Resolves the per-document entities against the clusters and the registry."""

    def __init__(self, clusters: dict[str, Cluster], registry: Registry, lex: Lexicon, table: SpeakerTable):
        self.clusters, self.registry, self.lex = clusters, registry, lex
        self.by_label = {c.label.id: c for c in clusters.values() if c.label is not None}
        self.by_last: dict[str, Counter] = defaultdict(Counter)
        self.by_first: dict[str, Counter] = defaultdict(Counter)
        self.spelt: dict[tuple[str, str], set[str]] = {}          # (folded word, cluster) → its spellings
        for r, c in clusters.items():
            if not _anchor(c):
                continue
            names = [m[2:].split() for m in c.members if m.startswith("p:") and (
                m == c.root or table.entities[m].docs >= 2)]           # not a name glued to a word once
            names += [list(n) for n in c.label.names()] if c.label is not None and c.label.type == "person" else []
            for ws in names:
                if len(ws) >= 2:
                    if ws[-2] not in lex.lineage:
                        self.by_last[fold(ws[-1], lex)][r] = c.rows
                        self.spelt.setdefault((fold(ws[-1], lex), r), set()).add(ws[-1])
                    self.by_first[fold(ws[0], lex)][r] = c.rows
                    self.spelt.setdefault((fold(ws[0], lex), r), set()).add(ws[0])

    def of_registry(self, e: RegEntry) -> Cluster:
        c = self.by_label.get(e.id)
        if c is None:
            c = self.by_label[e.id] = self.clusters[f"registry:{e.id}"] = Cluster(f"registry:{e.id}", e)
            name_ids(c)
        return c

    def resolve(self, k: str, e: Entry, generic: bool) -> tuple[Cluster | None, str]:
        typ, words = k[0], k[2:].split()
        for rule in (self._registry, self._role):
            got = rule(typ, words, e)
            if got is not None:
                return got
        if not generic and typ == "p" and len(words) == 1:
            got = self._name(words[0], e)
            if got is not None:
                return got
        return None, ""

    def _registry(self, typ: str, words: list[str], e: Entry) -> tuple[Cluster, str] | None:
        """registry: the words, the words after a title, or the full name that ends a title phrase."""
        want_person = typ in ("p", "t")
        tries = [words]
        i = 0
        while i < len(words) - 1 and words[i] in self.lex.title_heads and words[i] not in self.lex.relational_heads:
            i += 1
        if i:
            tries.append(words[i:])
        if typ == "t":
            for j in range(1, len(words) - 1):
                if words[j - 1] in self.lex.relational_heads or words[j - 1] in self.lex.kinship_heads:
                    break
                tries.append(words[j:])
        for ws in tries:
            r = self.registry.named(ws)
            if r is not None and (r.type == "person") == want_person:
                return self.of_registry(r), "registry"
        return None

    def _role(self, typ: str, words: list[str], e: Entry) -> tuple[Cluster, str] | None:
        """role: the registry's holder of the office on the article's date."""
        if e.published is None:
            return None
        if typ == "t":
            for n, _ in _ordered(e.names):
                ws = name_words(n)
                h = self.registry.holder(title_key(n), e.published) or (
                    self.registry.holder(title_key(" ".join(ws[:-1])), e.published, tuple(ws[-1:])) if len(ws) > 1
                    else None)
                if h is not None:
                    return self.of_registry(h), "role"
        elif typ == "p" and len(words) == 1:
            for t, _ in _ordered(e.titles):
                h = self.registry.holder(t, e.published, tuple(words))
                if h is None:
                    h = self.registry.holder(t, e.published)
                    if h is not None and not any(words[0] in n for n in h.names()):
                        h = None
                if h is not None:
                    return self.of_registry(h), "role"
        return None

    def _name(self, w: str, e: Entry) -> tuple[Cluster, str] | None:
        """surname(+title) / given-name(+title): the speaker a single name stands for, on evidence."""
        if _not_a_name(w, self.lex):
            return None
        last, first = self._bearers(self.by_last, w), self._bearers(self.by_first, w)
        mine = distinctive(e.titles)
        if mine:
            hits = {r for r in set(last) | set(first) if mine & distinctive(self.clusters[r].titles)}
            if len(hits) == 1:
                r = hits.pop()
                return self.clusters[r], "surname+title" if r in last else "given-name+title"
        if _given(w, self.lex):
            return None
        both = last + first                 # a word that is also a given name (جيمس) counts all its bearers
        if last:
            r = self._best(both, SURNAME_SHARE, mine)
            if r is not None and r in last and (self._period(r, e) or self._outlet(r, e)):
                return self.clusters[r], "surname"
        elif first:
            r = self._best(first, GIVEN_SHARE, mine)
            if r is not None and self._head(r, e) and (self._period(r, e) or self._outlet(r, e)):
                return self.clusters[r], "given-name"
        return None

    def bearers_of(self, w: str) -> tuple[Counter, Counter]:
        return self._bearers(self.by_last, w), self._bearers(self.by_first, w)

    def _bearers(self, idx: dict[str, Counter], w: str) -> Counter:
        """Speakers with a surname (or given name) that is w or a spelling variant of it (بوتن: بوتين)."""
        f = fold(w, self.lex)
        return Counter({r: n for r, n in idx.get(f, Counter()).items()
                        if any(word_relation(w, x, self.lex) in (SAME, VARIANT) for x in self.spelt[(f, r)])})

    def _best(self, cands: Counter, share: float, mine: set[str]) -> str | None:
        r, n = max(cands.items(), key=lambda x: (x[1], x[0]))
        if n < share * sum(cands.values()):
            return None
        if mine and not mine & distinctive(self.clusters[r].titles):
            return None
        return r

    def _period(self, r: str, e: Entry) -> bool:
        return e.published is not None and e.published.year in self.clusters[r].years

    def _outlet(self, r: str, e: Entry) -> bool:
        return any(s in self.clusters[r].sources for s in e.sources)

    def _head(self, r: str, e: Entry) -> bool:
        heads = {t.split()[0] for t in e.titles}
        return bool(heads & {t.split()[0] for t in self.clusters[r].titles})


SURNAME_SHARE = 0.8
GIVEN_SHARE = 0.9


def _anchor(c: Cluster) -> bool:
    """Can a single name join this speaker? Only one that is someone: in the registry, given a title of two
    words or more, or quoted in two documents or more (not a name glued to a word in one article)."""
    return c.label is not None or c.docs >= 2 or bool(distinctive(c.titles))


def _not_a_name(w: str, lex: Lexicon) -> bool:
    """A word the lexicon knows as something else: a place, a body, an outlet, a verb or a generic noun."""
    return (w in lex.places or w in lex.org_names or w in lex.outlets_any or w in lex.common_verbs
            or w in lex.function_words or generic_kind(w, "person", lex) is not None)


def _given(w: str, lex: Lexicon) -> bool:
    """A given name alone (محمد، عبدالله، سلمان) or a short word: it names many people."""
    return w in lex.native_given or w.startswith(("عبد", "ابو")) or len(w) <= 3


def _first_only(loc: _Local, w: str) -> bool:
    """A word the build knows as a given name and never as a surname (دونالد): it names many people."""
    last, first = loc.bearers_of(w)
    return bool(first) and not last


def _doc_sid(k: str, doc: str) -> str:
    return speaker_id_of(k[0], k) + "@" + hashlib.blake2b(doc.encode(), digest_size=4).hexdigest()


def resolve(table: SpeakerTable, registry: Registry | None = None, lex: Lexicon | None = None) -> Resolution:
    """The build-wide resolution of a speaker table (see the module doc)."""
    t0 = time.monotonic()
    lex = lex or lexicon()
    registry = registry if registry is not None else load_registry()
    clusters = Clusters(table, registry, lex).run()
    of_member = {m: c for c in clusters.values() for m in c.members}
    infos: dict[str, Info] = {}
    entities = {}
    for k, e in table.entities.items():
        c = of_member[k]
        entities[k] = Assign(c.sid, c.canonical)
        _count(infos, c, e, c.why.get(k) or ("registry" if c.label and k == c.root else ""))
    loc = _Local(clusters, registry, lex, table)
    local: dict[tuple[str, str], Assign] = {}
    alone: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
    for (k, doc), e in sorted(table.local.items()):
        generic = generic_kind(e.name(), TYPE_NAME[k[0]], lex) is not None
        c, why = loc.resolve(k, e, generic)
        if c is not None:
            local[(k, doc)] = Assign(c.sid, c.canonical, why == "role")
            _count(infos, c, e, why)
        elif generic or _given(k[2:], lex) or _first_only(loc, k[2:]):
            sid = _doc_sid(k, doc)
            local[(k, doc)] = Assign(sid, e.name())
            i = infos.setdefault(sid, Info(sid, e.name(), doc_id=doc))
            _add(i, e)
        else:
            alone[k].append((doc, e))
    for k, docs in alone.items():
        names = Counter()
        for _, e in docs:
            names.update(e.names)
        c = Cluster(k, names=names)
        name_ids(c)
        for doc, e in docs:
            local[(k, doc)] = Assign(c.sid, c.canonical)
            _count(infos, c, e, "")
    stats = {"seconds": round(time.monotonic() - t0, 3), "entities": len(table),
             "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
             "speakers": len(infos), "registry": list(registry.files)}
    return Resolution(entities, local, infos, lex, stats)


def _add(i: Info, e: Entry, name: bool = True) -> None:
    i.quotes += e.rows
    i.forms.update(e.names)
    i.forms.update(e.mentions)
    if name:                                    # a title that named the holder of an office is no name of his
        i.names.update(e.names)


def _count(infos: dict[str, Info], c: Cluster, e: Entry, why: str) -> None:
    i = infos.get(c.sid)
    if i is None:
        i = infos[c.sid] = Info(c.sid, c.canonical, registry=c.label.info() if c.label else None)
    _add(i, e, why != "role")
    if why and e.name() != c.canonical:
        i.merged[(e.name(), why)] += e.rows


WHY = ("registry: the registry of known speakers names it; registry+tail: its full name with words run on after "
       "it (إيمانويل ماكرون خطابا); spelling: a transliteration variant of the name "
       "(بوتين/بوتن); spelling+title: a nearer variant (نويرت/ناورت) with a shared title; given-name+title: a "
       "short given name with the same surname and title (جيم/جيمس ماتيس); short-form and given-names: part of "
       "the full name (جواد ظريف، رجب طيب); surname, given-name and their +title: a single name the article's "
       "outlet, year or title gives to this speaker; role: a title alone that named the holder of the office on "
       "the article's date (marked `+role` in `rule`)")


def card_table(speakers: list[dict], top: int = 25) -> list[str]:
    """The card's top-speaker table: for each id, its spellings and what was merged into it, and why."""
    lines = ["Top speakers. Each `speaker_id` gathers every spelling of one speaker across the build; *merged* "
             f"lists the spellings and mentions joined into it and why ({WHY}). A generic speaker, a title alone "
             "or an anonymous source that neither its article nor the registry resolves has an id scoped to its "
             "document (`…@` and 8 characters), so no such id spans two documents.", "",
             "| speaker | speaker_id | quotes | registry | spellings (count) | merged (why, quotes) |",
             "|---|---|---:|---|---|---|"]
    for s in speakers[:top]:
        names = s.get("names") or [{"name": f["form"], "count": f["count"]} for f in s["forms"]]
        spell = "، ".join(f"{n['name']} ({n['count']})" for n in names[:6])
        merged = "، ".join(f"{m['name']} ({m['why']}, {m['quotes']})" for m in s.get("merged", [])[:8])
        reg = s.get("registry") or {}
        link = " ".join(x for x in (reg.get("en", ""), f"`{reg['wikidata']}`" if reg.get("wikidata") else "") if x)
        cells = [s["speaker"], f"`{s['speaker_id']}`", f"{s['quotes']:,}", link, spell, merged]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return lines
