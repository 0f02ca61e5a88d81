#!/usr/bin/env python3
"""Compare two annotations of the same articles: python3 compare.py ARTICLES A_PREFIX B_PREFIX
(A_PREFIX.gold.jsonl / A_PREFIX.not_quotes.jsonl). Prints agreement and every difference."""
import json
import re
import sys
import unicodedata

DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = DIAC.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return re.sub(r"\s+", " ", s).strip()


def load(p):
    return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]


def names(g):
    return {norm(x) for x in [g["speaker"], *g["speaker_aliases"]] if x}


def same_person(a, b):
    if a["speaker_id"] is None or b["speaker_id"] is None:
        return a["speaker_id"] == b["speaker_id"]
    return norm(a["speaker"]) in names(b) or norm(b["speaker"]) in names(a)


def overlap(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def main(art, pa, pb):
    arts = {json.loads(l)["id"]: json.loads(l) for l in open(art, encoding="utf-8") if l.strip()}
    ga, gb = load(pa + ".gold.jsonl"), load(pb + ".gold.jsonl")
    na, nb = load(pa + ".not_quotes.jsonl"), load(pb + ".not_quotes.jsonl")
    pairs, only_a, only_b = [], [], []
    for d in sorted(arts):
        A = [g for g in ga if g["doc_id"] == d]
        B = [g for g in gb if g["doc_id"] == d]
        used = set()
        for a in sorted(A, key=lambda g: g["start"]):
            cands = sorted((j for j, b in enumerate(B) if j not in used and overlap(a, b) > 0),
                           key=lambda j: (-(B[j]["start"] == a["start"] and B[j]["end"] == a["end"]), -overlap(a, B[j])))
            if cands:
                used.add(cands[0])
                pairs.append((a, B[cands[0]]))
            else:
                only_a.append(a)
        only_b += [b for j, b in enumerate(B) if j not in used]
    n = len(pairs)
    f1 = 2 * n / (len(ga) + len(gb)) if ga or gb else 1
    print(f"rows: A {len(ga)} B {len(gb)} shared {n} span-F1 {f1:.3f}")
    exact = sum(a["start"] == b["start"] and a["end"] == b["end"] for a, b in pairs)
    print(f"exact offsets {exact}/{n}")
    fields = ["kind", "optional", "cue", "published_inferred", "said_on"]
    agree = {f: sum(a[f] == b[f] for a, b in pairs) for f in fields}
    sp = sum(same_person(a, b) for a, b in pairs)
    print(f"same speaker {sp}/{n}; " + "; ".join(f"{f} {v}/{n}" for f, v in agree.items()))
    nqa = {(x["doc_id"], x["start"]) for x in na}
    nqb = {(x["doc_id"], x["start"]) for x in nb}
    print(f"not-quotes: A {len(na)} B {len(nb)} shared(start) {len(nqa & nqb)}")
    print("\n## differences")
    k = 0
    for a in only_a:
        k += 1
        inb = any(x["doc_id"] == a["doc_id"] and abs(x["start"] - a["start"]) <= 2 for x in nb)
        print(f"{k}. ONLY-A {a['doc_id']} {a['start']}-{a['end']} «{a['quote'][:80]}» A: {a['speaker']} ({a['kind']}, opt={a['optional']}); B: {'not-quote' if inb else 'absent'}")
    for b in only_b:
        k += 1
        ina = any(x["doc_id"] == b["doc_id"] and abs(x["start"] - b["start"]) <= 2 for x in na)
        print(f"{k}. ONLY-B {b['doc_id']} {b['start']}-{b['end']} «{b['quote'][:80]}» B: {b['speaker']} ({b['kind']}, opt={b['optional']}); A: {'not-quote' if ina else 'absent'}")
    for a, b in pairs:
        diffs = []
        if (a["start"], a["end"]) != (b["start"], b["end"]):
            diffs.append(f"span A {a['start']}-{a['end']} B {b['start']}-{b['end']}")
        if not same_person(a, b):
            diffs.append(f"speaker A {a['speaker']} {a['speaker_aliases']} | B {b['speaker']} {b['speaker_aliases']}")
        for f in fields:
            if a[f] != b[f]:
                diffs.append(f"{f} A {a[f]} | B {b[f]}")
        if diffs:
            k += 1
            print(f"{k}. {a['doc_id']} {a['start']}-{a['end']} «{a['quote'][:70]}»: " + "; ".join(diffs))
    for x in na:
        if (x["doc_id"], x["start"]) not in nqb and not any(g["doc_id"] == x["doc_id"] and abs(g["start"] - x["start"]) <= 2 for g in gb):
            k += 1
            print(f"{k}. NQ-ONLY-A {x['doc_id']} {x['start']} «{x['text'][:60]}» ({x['why']})")
    for x in nb:
        if (x["doc_id"], x["start"]) not in nqa and not any(g["doc_id"] == x["doc_id"] and abs(g["start"] - x["start"]) <= 2 for g in ga):
            k += 1
            print(f"{k}. NQ-ONLY-B {x['doc_id']} {x['start']} «{x['text'][:60]}» ({x['why']})")


if __name__ == "__main__":
    main(*sys.argv[1:4])
