"""A build: read inputs → per-article records (in parallel batches, on local processes or a Dask cluster)
→ build-wide speaker ids → one immutable dataset version, written to a temporary folder and renamed into
place only when complete.

Engines share everything but the map step: `run_build` reads, batches, resolves speakers, sorts, writes
and versions; an engine is a *runner*, a function from an iterator of document batches to an iterator of
`BatchResult`s (in any order). `build` uses local processes; `quotes.dask_engine.build_dask` a cluster."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyarrow as pa
import regex

from . import __version__
from .errors import QuotesError, VersionExistsError
from .lexicon import lexicon
from .model import Document, QuoteRecord, Skipped
from .read import InputFile, input_files, read_inputs, safe_text
from .records import records
from .registry import Registry, load_registry
from .resolve import resolve
from .write import (SHARD_BYTES, SORT_BYTES, SpeakerTable, Spill, check_offsets, file_sha256, fsync_tree,
                    record_batch, write_json, write_sorted)

VERSION = regex.compile(r"^\d+\.\d+\.\d+$")
BATCH = 64                       # documents per task sent to a worker
BATCH_CHARS = 400_000            # ... or fewer, when they are long


@dataclass
class BuildResult:
    version: str
    path: Path
    status: str                      # built | unchanged
    documents_read: int = 0
    documents_skipped: int = 0
    documents_with_quotes: int = 0
    rows: int = 0
    skipped_reasons: dict = field(default_factory=dict)
    seconds: float = 0.0


def parse_version(v: str) -> tuple[int, int, int]:
    if not VERSION.match(v):
        raise QuotesError(f"version {v!r} is not X.Y.Z (three whole numbers, e.g. 1.0.0)")
    return tuple(int(x) for x in v.split("."))


def existing_versions(out: Path) -> list[str]:
    if not out.is_dir():
        return []
    return sorted((p.name for p in out.iterdir() if p.is_dir() and VERSION.match(p.name)), key=parse_version)


def next_free(out: Path) -> str:
    vs = existing_versions(out)
    if not vs:
        return "1.0.0"
    a, b, c = parse_version(vs[-1])
    return f"{a}.{b + 1}.0"


@cache
def _openers() -> re.Pattern:
    """Characters that can open a quotation (lexicon: pairs, symmetric marks, reopeners)."""
    lex = lexicon()
    marks = sorted(set(lex.pairs) | set(lex.symmetric) | set(lex.reopeners))
    return re.compile("[" + "".join(re.escape(m) for m in marks) + "]")


def may_quote(text: str) -> bool:
    """False when the text holds no character that can open a quotation: then stage 2 finds no span and
    the document has no rows, and the pipeline is not run at all (tests/test_build_engines.py checks the
    premise on generated texts)."""
    return _openers().search(text) is not None


def extract(doc: Document) -> list[QuoteRecord]:
    """The rows of one document, offsets checked."""
    if not may_quote(doc.text):
        return []
    rows = records(doc)
    check_offsets(doc.text, rows)
    return rows


@dataclass
class BatchResult:
    """What a worker sends back for one batch: counts, the speakers met, and the rows as Arrow."""
    articles: int = 0
    chars: int = 0
    bytes: int = 0
    quotes: int = 0
    with_quotes: int = 0
    speakers: SpeakerTable = field(default_factory=SpeakerTable)
    rows: pa.RecordBatch | None = None


def extract_batch(docs: list[Document]) -> BatchResult:
    """The map step of every engine: pure, so a batch may run anywhere and results may come in any order."""
    res = BatchResult()
    out: list[QuoteRecord] = []
    for d in docs:
        rows = extract(d)
        res.articles += 1
        res.chars += len(d.text)
        res.bytes += len(d.text.encode("utf-8", "surrogatepass"))
        res.quotes += len(rows)
        res.with_quotes += bool(rows)
        for r in rows:
            res.speakers.add(r)
        out.extend(rows)
    res.rows = record_batch(out) if out else None
    return res


def _extract_batch(docs: list[Document]) -> list[list[QuoteRecord]]:
    return [extract(d) for d in docs]


def batches(items: Iterable[Document | Skipped], on_skip: Callable[[Skipped], None],
            size: int = BATCH, chars: int = BATCH_CHARS) -> Iterator[list[Document]]:
    """Documents in batches of `size` (or of about `chars` characters); Skipped records go to on_skip."""
    batch: list[Document] = []
    n = 0
    for it in items:
        if isinstance(it, Skipped):
            on_skip(it)
            continue
        batch.append(it)
        n += len(it.text)
        if len(batch) >= size or n >= chars:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch


_batches = batches

Runner = Callable[[Iterable[list[Document]]], Iterator[BatchResult]]


def serial_runner(batches: Iterable[list[Document]]) -> Iterator[BatchResult]:
    """Every batch in this process."""
    for b in batches:
        yield extract_batch(b)


def _worker_init() -> None:
    """In each worker process: Ctrl-C and termination signals are the parent's to handle (it stops the
    pool and removes the temporary folder), and a worker whose parent was killed exits instead of waiting
    for work forever."""
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def process_runner(workers: int, ahead: int = 4) -> Runner:
    """Batches on a pool of `workers` processes, at most workers × ahead in flight (memory stays bounded)."""
    def run(batches: Iterable[list[Document]]) -> Iterator[BatchResult]:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
        try:
            pending: deque = deque()
            for b in batches:
                pending.append(pool.submit(extract_batch, b))
                while len(pending) >= workers * ahead or (pending and pending[0].done()):
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BrokenProcessPool:
            raise QuotesError("a worker process died (killed, or out of memory); nothing was written. Retry with "
                              "fewer --workers") from None
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return run


def local_runner(workers: int) -> Runner:
    return serial_runner if workers <= 1 else process_runner(workers)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def build(inputs: list[Path], out: Path, version: str | None = None, workers: int = 1,
          on_error: str = "skip", progress: Callable[[dict], None] | None = None,
          shard_rows: int | None = None, *, shard_bytes: int | None = SHARD_BYTES,
          sort_bytes: int = SORT_BYTES, speakers: Path | None = None) -> BuildResult:
    """Build one dataset version from `inputs` into out/<version>, extracting on `workers` local processes.

    Without a version: an existing version with the same content is reported unchanged, otherwise the next
    free version is made. With a version that exists: the same content is reported unchanged; different
    content is refused (VersionExistsError names the next free version).
    Shards are closed at about `shard_bytes` on disk (and at `shard_rows` rows when given). `speakers` is a
    registry of known speakers (quotes/registry.py) that takes precedence over the built-in one."""
    return run_build(inputs, out, version, local_runner(workers), on_error=on_error, progress=progress,
                     shard_rows=shard_rows, shard_bytes=shard_bytes, sort_bytes=sort_bytes, speakers=speakers)


def run_build(inputs: list[Path], out: Path, version: str | None, runner: Runner, *, on_error: str = "skip",
              progress: Callable[[dict], None] | None = None, shard_rows: int | None = None,
              shard_bytes: int | None = SHARD_BYTES, sort_bytes: int = SORT_BYTES,
              speakers: Path | None = None) -> BuildResult:
    """The engine-independent build: `runner` maps batches of documents to BatchResults."""
    t0 = time.monotonic()
    if version is not None:
        parse_version(version)
    if on_error not in ("skip", "fail"):
        raise QuotesError(f"--on-error {on_error!r}; allowed: skip, fail")
    files = input_files(inputs)
    registry = load_registry(speakers)                # a bad --speakers file stops the build before it starts
    out.mkdir(parents=True, exist_ok=True)
    _clean_stale(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-build-{os.getpid()}-", dir=out))
    try:
        result = _build_into(tmp, files, runner, on_error, progress, shard_rows, shard_bytes, sort_bytes, registry)
        target_version = version
        if target_version is None:
            same = _same_content_version(out, tmp)
            target_version = same or next_free(out)
        dest = out / target_version
        if dest.exists():
            if _data_digest(dest) == _data_digest(tmp):
                result.status, result.version, result.path = "unchanged", target_version, dest
                result.seconds = time.monotonic() - t0
                return result
            raise VersionExistsError(f"{dest} already exists with different content and versions are immutable; "
                                     f"build it as --version {next_free(out)}")
        manifest = json.loads((tmp / "manifest.json").read_text(encoding="utf-8"))
        manifest["version"] = target_version
        write_json(tmp / "manifest.json", manifest)
        from .card import write_card
        write_card(tmp, target_version)
        fsync_tree(tmp)
        try:
            os.rename(tmp, dest)                     # atomic: the version appears whole or not at all
        except OSError:
            if dest.exists():                        # another build took this version meanwhile
                raise VersionExistsError(f"{dest} was written by another build meanwhile and versions are "
                                         f"immutable; build again (next free: {next_free(out)})") from None
            raise
        _fsync_dir(out)
        result.status, result.version, result.path = "built", target_version, dest
        result.seconds = time.monotonic() - t0
        return result
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _clean_stale(out: Path) -> None:
    """Temporary folders of builds that were killed are removed before a new build starts; the folder of a
    build still running (its process id is in the name) is left alone."""
    for p in out.glob(".tmp-build-*"):
        m = regex.match(r"\.tmp-build-(\d+)-", p.name)
        if m is None or int(m.group(1)) == os.getpid() or not _alive(int(m.group(1))):
            shutil.rmtree(p, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:                                  # someone else's process
        return True
    return True


def _fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` durable (where the platform allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _data_digest(folder: Path) -> list[tuple[str, str]]:
    return sorted((p.name, file_sha256(p)) for p in (folder / "data").glob("*.parquet"))


def _same_content_version(out: Path, tmp: Path) -> str | None:
    digest = _data_digest(tmp)
    for v in reversed(existing_versions(out)):
        if _data_digest(out / v) == digest:
            return v
    return None


def _build_into(tmp: Path, files: list[InputFile], runner: Runner, on_error: str,
                progress: Callable[[dict], None] | None, shard_rows: int | None, shard_bytes: int | None,
                sort_bytes: int, registry: Registry | None = None) -> BuildResult:
    res = BuildResult("", tmp, "")
    reasons: Counter = Counter()
    skipped_docs: list[dict] = []
    speakers = SpeakerTable()
    spill = Spill(tmp)
    stats = {"articles": 0, "skipped": 0, "quotes": 0, "chars": 0, "bytes": 0, "with_quotes": 0}

    def on_skip(s: Skipped) -> None:
        if on_error == "fail":
            raise QuotesError(f"{s.origin}: {s.reason} ({s.detail}); rerun with --on-error skip to build without it")
        reasons[s.reason] += 1
        stats["skipped"] += 1
        if len(skipped_docs) < 10_000:
            skipped_docs.append({"origin": s.origin, "doc_id": s.doc_id, "reason": s.reason, "detail": s.detail})

    for r in runner(batches(read_inputs(files), on_skip)):
        stats["articles"] += r.articles
        stats["chars"] += r.chars
        stats["bytes"] += r.bytes
        stats["quotes"] += r.quotes
        stats["with_quotes"] += r.with_quotes
        speakers.merge(r.speakers)
        if r.rows is not None:
            spill.add_batch(r.rows)
        if progress:
            progress(dict(stats))
    spill_path = spill.finish()
    resolved = resolve(speakers, registry)            # build-wide speaker identity (quotes/resolve.py)
    shards, rows = write_sorted(spill_path, speakers, resolved, __version__, tmp / "data", shard_bytes=shard_bytes,
                                shard_rows=shard_rows, sort_bytes=sort_bytes)
    spill_path.unlink()
    n_speakers = resolved.write_speakers(tmp / "speakers.json")
    manifest = {
        "builder": "quotes", "builder_version": __version__, "version": None,
        "built_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "inputs": [{"path": safe_text(str(f.path)), "kind": f.kind, "bytes": f.size, "sha256": f.sha256,
                    **({"error": f.error} if f.error else {})} for f in files],
        "documents": {"read": stats["articles"] + stats["skipped"], "built": stats["articles"],
                      "skipped": stats["skipped"], "with_quotes": stats["with_quotes"],
                      "skipped_by_reason": dict(sorted(reasons.items()))},
        "skipped": skipped_docs,
        "rows": rows,
        "speakers": n_speakers,
        "speaker_resolution": resolved.stats,
        "files": [{"path": f"data/{p.name}", "sha256": file_sha256(p), "bytes": p.stat().st_size} for p in shards],
    }
    write_json(tmp / "manifest.json", manifest)
    res.documents_read = stats["articles"] + stats["skipped"]
    res.documents_skipped = stats["skipped"]
    res.documents_with_quotes = stats["with_quotes"]
    res.rows = rows
    res.skipped_reasons = dict(reasons)
    return res


def progress_printer(stream=sys.stderr) -> Callable[[dict], None]:
    """A one-line progress display for terminals (articles, MB of article text, quotes, rate); silent
    elsewhere (a pipe, a log file, CI)."""
    if not stream.isatty():
        return lambda s: None
    t0 = time.monotonic()
    last = [0.0]

    def show(s: dict) -> None:
        now = time.monotonic()
        if now - last[0] < 0.2:
            return
        last[0] = now
        el = max(now - t0, 1e-6)
        mb = s.get("bytes", s["chars"]) / 1e6
        stream.write(f"\r{s['articles']:,} articles  {mb:,.1f} MB  {s['quotes']:,} quotes  "
                     f"{s['articles'] / el:,.0f} articles/s  {mb / el:,.2f} MB/s  ")
        stream.flush()
    return show
