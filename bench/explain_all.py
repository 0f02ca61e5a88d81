"""Can `quotes explain` explain every row of a build? Reads the version's rows, re-reads their articles from the
inputs its manifest names (or --articles), re-runs the rules on each article once, and counts the rows whose
quote the re-run finds with the same speaker and rule (what `quotes explain` would print without a note).

    python bench/explain_all.py DIST/X.Y.Z [--articles FILE ...] [--workers N]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq

from quotes.explain import _inputs_of
from quotes.inputs import find_inputs
from quotes.model import Document
from quotes.pipeline import read_document
from quotes.read import read_inputs
from quotes.records import prepare

COLS = ["doc_id", "start", "end", "speaker", "rule"]


def check(args: tuple[Document, list[dict]]) -> tuple[int, list[str]]:
    doc, rows = args
    reading = read_document(prepare(doc))
    got = {(a.span.start, a.span.end): a for a in reading.attributions}
    bad = []
    for r in rows:
        a = got.get((r["start"], r["end"]))
        if a is None or not r["rule"].startswith(a.rule):
            bad.append(f"{r['doc_id']}@{r['start']}: row {r['speaker']!r} {r['rule']} / re-run "
                       f"{(a.speaker, a.rule) if a else None}")
    return len(rows), bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("version", type=Path)
    ap.add_argument("--articles", type=Path, action="append", default=[])
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    rows = pq.read_table(a.version / "data", columns=COLS).to_pylist()
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_doc[r["doc_id"]].append(r)
    inputs = find_inputs(a.articles or _inputs_of(a.version))

    def jobs():
        for d in read_inputs(inputs.files):
            if isinstance(d, Document) and d.doc_id in by_doc:
                yield d, by_doc[d.doc_id]

    n = found = 0
    bad: list[str] = []
    with ProcessPoolExecutor(a.workers) as ex:
        for k, b in ex.map(check, jobs(), chunksize=64):
            n += k
            bad.extend(b)
    found = n - len(bad)
    print(json.dumps({"rows": len(rows), "rows_of_articles_found": n, "explained": found,
                      "not_reproduced": len(bad)}))
    for line in bad[:20]:
        print("  " + line)
    return 0 if n == len(rows) and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
