#!/usr/bin/env python3
"""Check an annotation: python3 validate.py ARTICLES.jsonl GOLD.jsonl NOT_QUOTES.jsonl"""
import json
import sys

MARKS = "«»“”\""
GOLD_KEYS = ["doc_id", "quote", "start", "end", "speaker_id", "speaker", "speaker_aliases", "cue", "kind",
             "optional", "published", "published_inferred", "said_on"]
NQ_KEYS = ["doc_id", "text", "start", "end", "why"]


def main(art_path, gold_path, nq_path):
    arts = {}
    for l in open(art_path, encoding="utf-8"):
        if l.strip():
            r = json.loads(l)
            arts[r["id"]] = r
    problems = []
    spans = {d: [] for d in arts}
    for path, keys, field in ((gold_path, GOLD_KEYS, "quote"), (nq_path, NQ_KEYS, "text")):
        for n, l in enumerate(open(path, encoding="utf-8"), 1):
            if not l.strip():
                continue
            try:
                r = json.loads(l)
            except json.JSONDecodeError as e:
                problems.append(f"{path}:{n}: not JSON ({e})")
                continue
            if list(r) != keys:
                problems.append(f"{path}:{n}: keys {list(r)} != {keys}")
            d = r.get("doc_id")
            if d not in arts:
                problems.append(f"{path}:{n}: unknown doc_id {d!r}")
                continue
            t = arts[d]["text"]
            s, e, q = r.get("start"), r.get("end"), r.get(field)
            if not isinstance(s, int) or not isinstance(e, int) or t[s:e] != q:
                problems.append(f"{path}:{n}: text[{s}:{e}] = {t[s:e]!r} != {q!r}")
                continue
            if q != q.strip():
                problems.append(f"{path}:{n}: not trimmed: {q!r}")
            spans[d].append((s, e))
            if field == "quote":
                if r["kind"] not in ("direct", "partial", "continuation"):
                    problems.append(f"{path}:{n}: kind {r['kind']!r}")
                if r["kind"] == "continuation" and r["cue"] is not None:
                    problems.append(f"{path}:{n}: a continuation has cue null")
                if r["speaker_id"] is None and not r["optional"]:
                    problems.append(f"{path}:{n}: speaker_id null but optional false")
                if r["published"] != arts[d]["date"]:
                    problems.append(f"{path}:{n}: published {r['published']!r} != article date {arts[d]['date']!r}")
                if not isinstance(r["speaker_aliases"], list):
                    problems.append(f"{path}:{n}: speaker_aliases is not a list")
    for d, a in arts.items():
        t = a["text"]
        for i, c in enumerate(t):
            if c not in MARKS:
                continue
            ok = any(s <= i < e or (i < s and not t[i + 1:s].strip()) or (i >= e and not t[e:i].strip())
                     for s, e in spans[d])
            if not ok:
                problems.append(f"{d}: the mark {c!r} at {i} borders no span: …{t[max(0, i - 40):i + 40]!r}…")
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
