#!/usr/bin/env python3
"""One person, one speaker_id: how the rows of well-known people and bodies spread over speaker ids.

    python bench/identity.py                          # builds the bench corpus into a temporary folder
    python bench/identity.py --build dist/1.0.0       # measures an existing build

For every entity of bench/entities.json it finds the entity's rows from what the article wrote (mentions,
titles within dated offices, context sentences: never from the builder's ids; see the file's `_doc`) and
prints the number of rows, the number of speaker ids holding them and the share under the largest id (a
generic or title-only id, such as «الأمين العام للأمم المتحدة» for Ban Ki-moon, is nobody's own id and is
never the largest), with
the median and minimum over the entities with at least --min-rows rows. It also prints how many generic or
title-only ids (quotes.generic.generic_kind of the id's speaker) span more than one document, and, when
the build records it (manifest.json `speaker_resolution`), the time and memory of the speaker-resolution
step; when it builds, the whole build's time and peak RSS (sampled with psutil).

Figures, not assertions: the issue's targets are printed next to them."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from quotes.generic import generic_kind  # noqa: E402
from quotes.normalize import key  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "bench" / "articles.jsonl.gz"
ENTITIES = Path(__file__).resolve().parent / "entities.json"
COLUMNS = ["speaker_id", "speaker", "speaker_type", "speaker_mention", "speaker_title", "doc_id", "published",
           "context"]
_PUNCT = regex.compile(r"[^\p{L}\p{N}\s]+")


def norm(text: str | None) -> str:
    return key(_PUNCT.sub(" ", text)) if text else ""


@dataclass
class Entity:
    name: str
    type: str
    names: regex.Pattern
    surnames: regex.Pattern | None
    titles: list[tuple[regex.Pattern, dt.date, dt.date]]
    anywhere: regex.Pattern = field(init=False)

    def __post_init__(self) -> None:
        self.anywhere = regex.compile(r"(?<!\S)(?:" + self.names.pattern + r")(?!\S)")


def _pattern(parts: list[str]) -> regex.Pattern:
    return regex.compile("(?:" + "|".join(f"(?:{key(p)})" for p in parts) + ")")


def load_entities(path: Path = ENTITIES) -> list[Entity]:
    out = []
    for e in json.loads(path.read_text(encoding="utf-8"))["entities"]:
        titles = [(regex.compile(f"(?:{key(t['re'])})"), dt.date.fromisoformat(t.get("from", "1900-01-01")),
                   dt.date.fromisoformat(t.get("to", "2100-01-01"))) for t in e.get("titles", [])]
        out.append(Entity(e["entity"], e["type"], _pattern(e["names"]),
                          _pattern(e["surnames"]) if e.get("surnames") else None, titles))
    return out


class Rows:
    """The columns the recognisers read, normalised once, with each article's text for full-name evidence."""

    def __init__(self, version: Path):
        files = sorted((version / "data").glob("*.parquet"))
        cols = {c: [] for c in COLUMNS}
        for f in files:
            t = pq.read_table(f, columns=COLUMNS)
            for c in COLUMNS:
                cols[c].extend(t.column(c).to_pylist())
        self.sid, self.type, self.doc, self.date = (cols[c] for c in ("speaker_id", "speaker_type", "doc_id",
                                                                      "published"))
        self.speaker_raw = cols["speaker"]
        self.speaker = [norm(s) for s in cols["speaker"]]
        self.mention = [norm(s) for s in cols["speaker_mention"]]
        self.title = [norm(s) for s in cols["speaker_title"]]
        self.title_only = [t == "title" or (bool(m) and m == ti)
                           for t, m, ti in zip(self.type, self.mention, self.title)]
        self.n = len(self.sid)
        self.doc_text: dict[str, list[str]] = defaultdict(list)
        self.named_mentions: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        for i in range(self.n):
            self.doc_text[self.doc[i]].append(norm(cols["context"][i]))
            if self.mention[i]:
                self.doc_text[self.doc[i]].append(self.mention[i])
                if not self.title_only[i]:
                    self.named_mentions[(self.doc[i], self.sid[i])].add((self.mention[i], self.title[i]))


def mention_match(e: Entity, m: str, date: dt.date | None, title: str = "") -> str | None:
    """How a mention names the entity: "title" (a dated office, or a title with a name), "name", "surname"
    (needs the full name in the article), or None. Before the name there may be only the row's own title
    (speaker_title): «مخاطبا ترامب» or «زوجة الرئيس السوري بشار الأسد» do not name Trump or Assad."""
    if date is not None and any(lo <= date < hi and p.fullmatch(m) for p, lo, hi in e.titles):
        return "title"
    tail = m
    if title and m.startswith(title + " "):
        tail = m[len(title) + 1:]
    elif e.type != "person" and title:
        return None
    if e.names.fullmatch(tail):
        return "name"
    if e.surnames is not None and e.surnames.fullmatch(tail):
        return "surname"
    return None


def recognise(e: Entity, rows: Rows) -> list[int]:
    """Indices of the entity's rows (see entities.json `_doc`)."""
    full_in_doc: dict[str, bool] = {}

    def full(doc: str) -> bool:
        if doc not in full_in_doc:
            full_in_doc[doc] = any(e.anywhere.search(t) for t in rows.doc_text[doc])
        return full_in_doc[doc]

    def ok(how: str | None, doc: str) -> bool:
        return how in ("title", "name") or (how == "surname" and full(doc))

    out = []
    for i in range(rows.n):
        if rows.sid[i] is None:
            continue
        m, doc = rows.mention[i], rows.doc[i]
        if m:
            how = mention_match(e, m, rows.date[i], rows.title[i])
            if how is not None:
                if ok(how, doc):
                    out.append(i)
                continue
            if not rows.title_only[i]:
                continue                    # the mention names someone else
        others = rows.named_mentions.get((doc, rows.sid[i]))
        if others:
            if any(ok(mention_match(e, x, rows.date[i], t), doc) for x, t in others):
                out.append(i)
        elif ok(mention_match(e, rows.speaker[i], rows.date[i]), doc):
            out.append(i)
    return out


def measure(version: Path, entities: list[Entity], min_rows: int) -> dict:
    rows = Rows(version)
    generic_ids = _generic_ids(rows, registry_ids(version))
    per = []
    for e in entities:
        idx = recognise(e, rows)
        ids = Counter(rows.sid[i] for i in idx)
        own = [(s, c) for s, c in ids.most_common() if s not in generic_ids]
        top, n_top = own[0] if own else (None, 0)
        name = next((rows.speaker_raw[i] for i in idx if rows.sid[i] == top), None)
        per.append({"entity": e.name, "type": e.type, "rows": len(idx), "ids": len(ids),
                    "share": n_top / len(idx) if idx else 0.0, "largest_id": top, "largest_speaker": name,
                    "next_ids": [f"{rows.speaker_raw[rows.sid.index(s)]} [{s}] {c}" for s, c in ids.most_common(4)[1:]]})
    counted = [p for p in per if p["rows"] >= min_rows]
    shares = [p["share"] for p in counted]
    gen = generic_spans(rows, generic_ids)
    return {"rows": rows.n, "ids": len(set(rows.sid) - {None}), "entities": per, "counted": len(counted),
            "median_share": statistics.median(shares) if shares else None, "min_share": min(shares) if shares else None,
            **gen}


def _generic_ids(rows: Rows, registry_ids: set[str]) -> set[str]:
    """Ids whose speaker names no one in particular: quotes.generic.generic_kind of the id's speaker for the
    type most of its rows have. An id the build links to a registry entity (speakers.json `registry`) names
    someone, whatever the type its rows were given (a title alone that the registry's offices resolved)."""
    first: dict[str, int] = {}
    types: dict[str, Counter] = defaultdict(Counter)
    for i, s in enumerate(rows.sid):
        if s is not None:
            first.setdefault(s, i)
            types[s][rows.type[i]] += 1
    return {s for s, i in first.items() if s not in registry_ids
            and generic_kind(rows.speaker_raw[i], types[s].most_common(1)[0][0])}


def registry_ids(version: Path) -> set[str]:
    p = version / "speakers.json"
    if not p.is_file():
        return set()
    return {e["speaker_id"] for e in json.loads(p.read_text(encoding="utf-8")) if e.get("registry")}


def generic_spans(rows: Rows, generic: set[str]) -> dict:
    """Generic or title-only ids, and how many of them span more than one document."""
    docs: dict[str, set] = defaultdict(set)
    first: dict[str, int] = {}
    count: Counter = Counter()
    for i in range(rows.n):
        s = rows.sid[i]
        if s is None:
            continue
        docs[s].add(rows.doc[i])
        first.setdefault(s, i)
        count[s] += 1
    spanning = [s for s in generic if len(docs[s]) > 1]
    return {"generic_ids": len(generic), "generic_rows": sum(count[s] for s in generic),
            "generic_spanning_ids": len(spanning), "generic_spanning_rows": sum(count[s] for s in spanning),
            "generic_spanning_top": [f"{rows.speaker_raw[first[s]]} [{s}]: {count[s]} rows, {len(docs[s])} docs"
                                     for s in sorted(spanning, key=lambda s: -count[s])[:8]]}


def build(corpus: Path, out: Path, workers: int) -> dict:
    """Build the corpus in a fresh process; its wall time and the peak RSS of its process tree."""
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import PeakRSS
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, "-m", "quotes.cli", "build", str(corpus), "--out", str(out), "-q",
                          "--workers", str(workers)], cwd=ROOT)
    with PeakRSS(p.pid) as m:
        if p.wait():
            raise SystemExit(f"the build failed (exit {p.returncode})")
    return {"seconds": time.monotonic() - t0, "peak_rss": m.peak}


def print_report(r: dict, version: Path, min_rows: int, built: dict | None, label: str) -> None:
    print(f"build: {label}  rows {r['rows']:,}  speaker ids {r['ids']:,}")
    print(f"{'entity':<38} {'rows':>5} {'ids':>4} {'share':>6}  largest id (speaker); next ids")
    for p in r["entities"]:
        flag = "" if p["rows"] >= min_rows else "  (too few rows: not counted)"
        print(f"{p['entity']:<38} {p['rows']:>5} {p['ids']:>4} {p['share']:>6.2f}  {p['largest_speaker']} "
              f"[{p['largest_id']}]{flag}")
        if p["next_ids"]:
            print(f"{'':<57}{'; '.join(p['next_ids'])}")
    print(f"\nentities with ≥ {min_rows} rows: {r['counted']}; share under the largest id: median "
          f"{r['median_share']:.3f} (target ≥ 0.95), minimum {r['min_share']:.3f} (target ≥ 0.85)")
    print(f"generic or title-only ids: {r['generic_ids']:,} holding {r['generic_rows']:,} rows; spanning more than "
          f"one document: {r['generic_spanning_ids']:,} ({r['generic_spanning_ids'] / max(r['generic_ids'], 1):.1%}) "
          f"holding {r['generic_spanning_rows']:,} rows (target: none)")
    for s in r["generic_spanning_top"]:
        print(f"    {s}")
    step = json.loads((version / "manifest.json").read_text(encoding="utf-8")).get("speaker_resolution")
    if step:
        print(f"speaker resolution step: {step.get('seconds', 0):.2f} s, peak RSS of the building process "
              f"{step.get('peak_rss_mib', 0):,.0f} MiB ({step.get('entities', 0):,} entities → "
              f"{step.get('speakers', 0):,} speakers)")
    else:
        print("speaker resolution step: none recorded in manifest.json (the build predates it)")
    if built:
        print(f"whole build: {built['seconds']:.1f} s, peak RSS {built['peak_rss'] / 2**20:,.0f} MiB (target < 1 GB)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", type=Path, metavar="DIR", help="an existing version folder (else build the corpus)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, help="build into this folder and keep it (default: a temporary folder)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--entities", type=Path, default=ENTITIES)
    ap.add_argument("--min-rows", type=int, default=10, help="entities with fewer rows are listed, not counted")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    a = ap.parse_args(argv)
    built = None
    with tempfile.TemporaryDirectory(prefix="identity-") as tmp:
        version = a.build
        if version is None:
            where = a.out or Path(tmp)
            built = build(a.corpus, where, a.workers)
            version = max((p for p in where.iterdir() if p.is_dir() and not p.name.startswith(".")),
                          key=lambda p: p.stat().st_mtime)
        r = measure(version, load_entities(a.entities), a.min_rows)
        print_report(r, version, a.min_rows, built, str(version) if a.build or a.out else "(fresh build of the corpus)")
        if a.json:
            a.json.write_text(json.dumps({**r, "build": built}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
