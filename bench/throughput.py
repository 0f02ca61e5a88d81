#!/usr/bin/env python3
"""Throughput and memory of a full build, against the read limit.

    python bench/throughput.py                       # the whole bench corpus (72,504 articles)
    python bench/throughput.py --fraction 0.1        # its first 10%: cost per article should stay flat
    python bench/throughput.py --profile 3000        # also a pyinstrument profile of 3,000 articles

Prints, from one run:
  - the read-only rate: gzip + JSON parsing alone (the practical limit of a build),
  - two floors: reading plus one regex split of every article with a quotation mark into words, and reading
    plus the project's tokenizer on them (no rule runs: the first step of every word-level rule),
  - the full build rate (`quotes.build.build`, every stage, Parquet written) with 1 worker and with N,
    in MB/s (UTF-8 bytes of article text) and articles/s, and their ratio to the read-only rate,
  - peak RSS (this process and its worker processes, sampled by psutil) and rows written.

The corpus is read where it is (../shared/corpora/bench/articles.jsonl.gz by default) and never copied
into the repository; a fraction is written to a temporary file outside it. Figures, not assertions: the
targets are printed next to them."""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bench" / "articles.jsonl.gz"

TARGET_ONE = 0.35          # 1 worker ≥ 35% of the read-only rate
TARGET_SCALE = 1.7         # N workers ≥ 1.7 × 1 worker
TARGET_RSS = 1 << 30       # peak RSS < 1 GB


class PeakRSS:
    """Peak memory of this process plus all its descendants, sampled every `interval` s: the sum of their
    RSS (what `ps` shows; pages shared by the forked workers are counted in each) and the sum of their PSS
    (shared pages divided among the processes sharing them: the machine's real use)."""

    def __init__(self, pid: int | None = None, interval: float = 0.1):
        import psutil
        self.proc = psutil.Process(pid)
        self.psutil = psutil
        self.interval = interval
        self.peak = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._t: threading.Thread | None = None

    def sample(self) -> int:
        total = pss = 0
        try:
            tree = [self.proc, *self.proc.children(recursive=True)]
        except (self.psutil.NoSuchProcess, self.psutil.ZombieProcess):
            return 0                                   # the process being watched has just ended
        for p in tree:
            try:
                full = p.memory_full_info()
                total += full.rss
                pss += getattr(full, "pss", full.rss)
            except (self.psutil.NoSuchProcess, self.psutil.AccessDenied, self.psutil.ZombieProcess):
                pass
        self.peak = max(self.peak, total)
        self.peak_pss = max(self.peak_pss, pss)
        return total

    def __enter__(self) -> "PeakRSS":
        self.peak = self.peak_pss = 0
        self.sample()
        self._stop.clear()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._t.join()
        self.sample()


def lines(path: Path, limit: int | None):
    with gzip.open(path, "rb") as fh:
        for n, line in enumerate(io.BufferedReader(fh)):
            if limit is not None and n >= limit:
                return
            yield line


def count_lines(path: Path) -> int:
    return sum(1 for _ in lines(path, None))


def read_only(path: Path, limit: int | None) -> dict:
    """gzip + JSON parsing alone: what any build must at least do."""
    t0 = time.perf_counter()
    n = nbytes = 0
    for line in lines(path, limit):
        rec = json.loads(line)
        text = rec.get("text")
        if isinstance(text, str):
            nbytes += len(text.encode("utf-8", "surrogatepass"))
        n += 1
    return {"articles": n, "bytes": nbytes, "seconds": time.perf_counter() - t0}


def floor_passes(path: Path, limit: int | None) -> dict:
    """Read-only plus the first step of every word-level rule, on the articles that can hold a quotation
    (those with a quotation mark; the build skips the others): one regex call per article that splits it
    into words (C code only), then the project's tokenizer (words with offsets and matching keys). No rule
    runs, no row is written: a build cannot go faster than these."""
    from quotes.build import may_quote
    from quotes.text import _SPLIT, tokenize
    texts = []
    for line in lines(path, limit):
        text = json.loads(line).get("text")
        if isinstance(text, str) and may_quote(text):
            texts.append(text)
    out = {}
    for name, fn in (("split", _SPLIT.split), ("tokenize", tokenize)):
        t0 = time.perf_counter()
        for text in texts:
            fn(text)
        out[name] = time.perf_counter() - t0
    out["with_marks"] = len(texts)
    return out


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children."""
    import resource
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def busy() -> str:
    """Load from other programs: a parallel rate needs free cores, so each figure says how busy the machine was."""
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def isolated_build(path: Path, workers: int, out: Path) -> dict:
    """full_build in a fresh Python process (so that one build's heap does not inflate the next one's
    forked workers), its memory sampled from here over the whole process tree."""
    import subprocess
    result = out.with_suffix(".json")
    child = subprocess.Popen([sys.executable, __file__, "--child-build", str(path), str(workers), str(out),
                              str(result)])
    with PeakRSS(child.pid) as m:
        while child.poll() is None:
            time.sleep(0.05)
    if child.returncode:
        raise SystemExit(f"the {workers}-worker build failed (exit {child.returncode})")
    r = json.loads(result.read_text(encoding="utf-8"))
    r["peak_rss"], r["peak_pss"] = m.peak, m.peak_pss
    return r


def full_build(path: Path, workers: int, out: Path) -> dict:
    from quotes.build import build
    stats: dict = {}

    def progress(s: dict) -> None:
        stats.update(s)
    load = busy()
    c0, t0 = cpu_seconds(), time.perf_counter()
    res = build([path], out, "1.0.0", workers=workers, progress=progress)
    el = time.perf_counter() - t0
    cpu = cpu_seconds() - c0
    files = sorted((res.path / "data").glob("*.parquet"))
    return {"articles": res.documents_read, "built": stats.get("articles", 0), "bytes": stats.get("bytes", 0),
            "rows": res.rows, "seconds": el, "cpu_seconds": cpu, "load_before": load, "load_after": busy(),
            "shards": len(files),
            "shard_mb": [round(f.stat().st_size / 1e6, 1) for f in files]}


def profile(path: Path, n: int, top: int) -> str:
    """pyinstrument over the extraction of the first n articles (in this process)."""
    from pyinstrument import Profiler

    from quotes.build import extract_batch
    from quotes.lexicon import lexicon
    from quotes.model import Document
    from quotes.read import document_from_record
    docs = []
    for i, line in enumerate(lines(path, n), 1):
        d = document_from_record(json.loads(line), str(path), i)
        if isinstance(d, Document):
            docs.append(d)
    lexicon()
    p = Profiler(interval=0.0005)
    p.start()
    for i in range(0, len(docs), 64):
        extract_batch(docs[i:i + 64])
    p.stop()
    tree = p.output_text(time="percent_of_total", unicode=True, processor_options={"filter_threshold": 0.02})
    return flat_profile(p.last_session.root_frame(), top) + "\n\ncall tree (≥ 2%):\n" + "\n".join(tree.splitlines()[5:65])


def flat_profile(root, top: int) -> str:
    """Functions by self time (pyinstrument's samples, summed over every call path)."""
    from collections import Counter
    own, total = Counter(), root.time or 1e-9
    stack = [root]
    while stack:
        f = stack.pop()
        stack.extend(f.children)
        if not f.is_synthetic:
            own[(f.function, f.file_path_short, f.line_no)] += f.total_self_time
    rows = [f"{t / total:6.1%}  {fn}  {path}:{line}" for (fn, path, line), t in own.most_common(top)]
    return "self time (% of total)\n" + "\n".join(rows)


def report(r: dict, w: int, ro_mb: float, note: str) -> None:
    mb, art = rate(r)
    print(f"full build, {w} worker{'s' if w > 1 else ' '}  {mb:8.2f} MB/s  {art:9,.0f} articles/s  "
          f"{mb / ro_mb:6.1%} of read-only  {r['seconds']:7.1f} s  peak RSS {r['peak_rss'] / 2**20:,.0f} MiB "
          f"(PSS {r['peak_pss'] / 2**20:,.0f} MiB)  rows {r['rows']:,}  shards {r['shards']} {r['shard_mb']} MB  "
          f"{r['seconds'] / max(r['articles'], 1) * 1e3:.2f} ms/article  CPU {r['cpu_seconds']:.1f} s  "
          f"({r['load_before']} before, {r['load_after'].split()[-3]} after){note}")


def rate(r: dict) -> tuple[float, float]:
    return r["bytes"] / 1e6 / r["seconds"], r["articles"] / r["seconds"]


def main(argv: list[str] | None = None) -> int:
    from quotes.build import default_workers
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help=f"gzip JSON Lines articles (default: {CORPUS})")
    ap.add_argument("--fraction", type=float, default=1.0, help="build only this first fraction of the corpus")
    ap.add_argument("--workers", type=int, default=default_workers(), help="N for the parallel build "
                                                                            "(default: the machine's cores)")
    ap.add_argument("--skip-single", action="store_true", help="no 1-worker build")
    ap.add_argument("--repeat", type=int, default=1, help="run each build this many times (interleaved) and "
                                                          "keep the fastest: other programs disturb timings")
    ap.add_argument("--profile", type=int, metavar="ARTICLES", default=0,
                    help="also profile the extraction of this many articles with pyinstrument")
    ap.add_argument("--top", type=int, default=25, help="profile entries to print")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument("--child-build", nargs=4, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child_build:
        path, workers, out, result = a.child_build
        r = full_build(Path(path), int(workers), Path(out))
        Path(result).write_text(json.dumps(r), encoding="utf-8")
        return 0
    if not a.corpus.exists():
        print(f"{a.corpus}: not found; pass --corpus PATH", file=sys.stderr)
        return 2
    total = count_lines(a.corpus)
    limit = None if a.fraction >= 1 else max(1, int(total * a.fraction))
    n_articles = total if limit is None else limit
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"corpus {a.corpus} — {n_articles:,} of {total:,} articles (fraction {a.fraction:g}); "
          f"{cores} cores; python {sys.version.split()[0]}; {busy()}")

    work = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    try:
        src = a.corpus
        if limit is not None:
            src = work / "articles.jsonl.gz"
            with gzip.open(src, "wb", compresslevel=1) as out:
                for line in lines(a.corpus, limit):
                    out.write(line)
        figures: dict = {"corpus": str(a.corpus), "articles": n_articles, "fraction": a.fraction, "cores": cores}

        with PeakRSS() as m:
            ro = read_only(src, None)
        ro["peak_rss"] = m.peak
        figures["read_only"] = ro
        ro_mb, ro_art = rate(ro)
        print(f"\nread-only (gzip + JSON)   {ro_mb:8.2f} MB/s  {ro_art:9,.0f} articles/s  "
              f"({ro['bytes'] / 1e6:,.1f} MB of text in {ro['seconds']:.2f} s)")

        fl = floor_passes(src, None)
        figures["floor"] = fl
        for name, label in (("split", "read + split into words"), ("tokenize", "read + tokenize")):
            secs = ro["seconds"] + fl[name]
            print(f"{label:26s}{ro['bytes'] / 1e6 / secs:8.2f} MB/s  {ro['articles'] / secs:9,.0f} articles/s  "
                  f"{ro['seconds'] / secs:6.1%} of read-only  (no rule, no row; the {fl['with_marks']:,} articles "
                  f"with a quotation mark: {fl[name] / max(fl['with_marks'], 1) * 1e6:.0f} µs each)")

        runs = ([] if a.skip_single else [1]) + ([a.workers] if a.workers != 1 or a.skip_single else [])
        for rep in range(a.repeat):
            for w in runs:
                r = isolated_build(src, w, work / f"out-{w}")
                best = figures.get(f"build_{w}")
                if best is None or r["seconds"] < best["seconds"]:
                    figures[f"build_{w}"] = r
                report(r, w, ro_mb, f" (run {rep + 1} of {a.repeat})" if a.repeat > 1 else "")
                shutil.rmtree(work / f"out-{w}", ignore_errors=True)
        if a.repeat > 1:
            print(f"\nfastest of {a.repeat} runs (the least disturbed by other programs):")
            for w in runs:
                report(figures[f"build_{w}"], w, ro_mb, "")

        print("\ntargets")

        one = figures.get("build_1")
        many = figures.get(f"build_{a.workers}") if a.workers != 1 else None
        peak = max([figures["read_only"]["peak_rss"]] + [figures[k]["peak_rss"] for k in figures if k.startswith("build_")])
        if one:
            got = rate(one)[0] / ro_mb
            split = ro["seconds"] / (ro["seconds"] + figures["floor"]["split"])
            print(f"  1 worker ≥ {TARGET_ONE:.0%} of read-only: {got:.1%}  {'met' if got >= TARGET_ONE else 'MISSED'}  "
                  f"(reading and splitting into words alone: {split:.1%})")
        if one and many:
            got = rate(many)[1] / rate(one)[1]
            work = one["cpu_seconds"] / many["cpu_seconds"]
            print(f"  {a.workers} workers ≥ {TARGET_SCALE}× 1 worker: {got:.2f}×  "
                  f"{'met' if got >= TARGET_SCALE else 'MISSED'}  (CPU work of the {a.workers}-worker build: "
                  f"{1 / work:.2f}× that of 1 worker, so {a.workers} free cores allow ≤ {a.workers * work:.2f}×)")
        print(f"  peak RSS < 1 GB: {peak / 2**20:,.0f} MiB (sum of RSS, shared pages counted per process)  "
              f"{'met' if peak < TARGET_RSS else 'MISSED'}")
        figures["peak_rss"] = peak

        if a.profile:
            print(f"\npyinstrument, extraction of the first {a.profile:,} articles, 1 process "
                  "(% of total, self time):")
            print(profile(a.corpus, a.profile, a.top))
        if a.json:
            a.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
