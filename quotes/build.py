"""A build: read inputs → per-article records (in parallel batches, on local processes or a Dask cluster)
→ build-wide speaker ids → one immutable dataset version, written to a temporary folder and renamed into
place only when complete.

Engines share everything but the map step: `run_build` reads, batches, resolves speakers, sorts, writes
and versions; an engine is a *runner*, a function from an iterator of document batches to an iterator of
`BatchResult`s (in any order). `build` uses local processes; `quotes.dask_engine.build_dask` a cluster."""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyarrow as pa

from . import __version__
from .errors import EmptyBuildError, QuotesError, VersionExistsError
from .inputs import Inputs, find_inputs
from .lexicon import lexicon
from .model import Document, QuoteRecord, Skipped
from .read import read_inputs
from .records import records
from .registry import Registry, load_registry
from .resolve import resolve
from .tally import Tally, manifest, summary_line
from .versions import (VERSION, data_digest, existing_versions, next_free, parse_version,  # noqa: F401
                       publish, same_content_version, temporary_folder)
from .write import (SHARD_BYTES, SORT_BYTES, SpeakerTable, Spill, check_offsets, fsync_tree,
                    record_batch, write_json, write_sorted)

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
    files_not_read: int = 0                  # files under folder inputs that are not articles (manifest.json)
    not_read_by_reason: dict = field(default_factory=dict)
    cut_short: list[dict] = field(default_factory=list)   # files that stopped early: the rest of them is lost

    def summary(self) -> str:
        """The one line `quotes build` prints."""
        return summary_line(self)


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
          on_error: str | None = None, progress: Callable[[dict], None] | None = None,
          shard_rows: int | None = None, *, shard_bytes: int | None = SHARD_BYTES,
          sort_bytes: int = SORT_BYTES, speakers: Path | None = None) -> BuildResult:
    """Build one dataset version from `inputs` into out/<version>, extracting on `workers` local processes.

    Without a version: an existing version with the same content is reported unchanged, otherwise the next
    free version is made. With a version that exists: the same content is reported unchanged; different
    content is refused (VersionExistsError names the next free version). A build that finds no quotes
    writes nothing (EmptyBuildError).
    on_error: None (the default) skips documents that cannot be used, but stops (InputError) when an input
    yields none at all; "skip" skips them all; "fail" stops at the first.
    Shards are closed at about `shard_bytes` on disk (and at `shard_rows` rows when given). `speakers` is a
    registry of known speakers (quotes/registry.py) that takes precedence over the built-in one."""
    return run_build(inputs, out, version, local_runner(workers), on_error=on_error, progress=progress,
                     shard_rows=shard_rows, shard_bytes=shard_bytes, sort_bytes=sort_bytes, speakers=speakers)


def run_build(inputs: list[Path], out: Path, version: str | None, runner: Runner, *, on_error: str | None = None,
              progress: Callable[[dict], None] | None = None, shard_rows: int | None = None,
              shard_bytes: int | None = SHARD_BYTES, sort_bytes: int = SORT_BYTES,
              speakers: Path | None = None) -> BuildResult:
    """The engine-independent build: `runner` maps batches of documents to BatchResults."""
    t0 = time.monotonic()
    if version is not None:
        parse_version(version)
    if on_error not in (None, "skip", "fail"):
        raise QuotesError(f"--on-error {on_error!r}; allowed: skip, fail")
    files = find_inputs(inputs)
    registry = load_registry(speakers)                # a bad --speakers file stops the build before it starts
    created = not out.exists()
    tmp = temporary_folder(out)
    try:
        result = _build_into(tmp, files, runner, on_error, progress, shard_rows, shard_bytes, sort_bytes, registry)
        if result.rows == 0:
            raise EmptyBuildError(_empty_message(result))
        target_version = version or same_content_version(out, tmp) or next_free(out)
        dest = out / target_version
        if dest.exists():
            if data_digest(dest) == data_digest(tmp):
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
        result.status, result.version = "built", target_version
        result.path = publish(tmp, out, target_version)
        result.seconds = time.monotonic() - t0
        return result
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
        if created and out.is_dir() and not any(out.iterdir()):    # a failed first build leaves no folder
            with contextlib.suppress(OSError):
                out.rmdir()


def _empty_message(res: BuildResult) -> str:
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(res.skipped_reasons.items()))
    skipped = f"skipped {res.documents_skipped:,} ({reasons})" if res.documents_skipped else "skipped 0"
    return (f"no quotes found in the {res.documents_read:,} document(s) read (built "
            f"{res.documents_read - res.documents_skipped:,}, {skipped}), so no version was written: a version "
            "without rows cannot be loaded with datasets.load_dataset. Quotes are words in quotation marks "
            "(«…», “…”, \"…\") with a speech verb (قال، أكد، أضاف …)")


def _build_into(tmp: Path, inputs: Inputs, runner: Runner, on_error: str | None,
                progress: Callable[[dict], None] | None, shard_rows: int | None, shard_bytes: int | None,
                sort_bytes: int, registry: Registry | None = None) -> BuildResult:
    tally = Tally()
    speakers = SpeakerTable()
    spill = Spill(tmp)

    def on_skip(s: Skipped) -> None:
        if on_error == "fail":
            raise QuotesError(f"{s.origin}: {s.reason} ({s.detail}); rerun with --on-error skip to build without it")
        tally.skip(s)

    for r in runner(batches(read_inputs(inputs.files, strict=on_error is None), on_skip)):
        tally.add(r)
        speakers.merge(r.speakers)
        if r.rows is not None:
            spill.add_batch(r.rows)
        if progress:
            progress(dict(tally.stats))
    spill_path = spill.finish()
    resolved = resolve(speakers, registry)            # build-wide speaker identity (quotes/resolve.py)
    shards, rows = write_sorted(spill_path, speakers, resolved, __version__, tmp / "data", shard_bytes=shard_bytes,
                                shard_rows=shard_rows, sort_bytes=sort_bytes)
    spill_path.unlink()
    n_speakers = resolved.write_speakers(tmp / "speakers.json")
    meta = manifest(inputs, tally, rows, n_speakers, shards, __version__)
    meta["speaker_resolution"] = resolved.stats
    write_json(tmp / "manifest.json", meta)
    docs = tally.documents()
    return BuildResult("", tmp, "", documents_read=docs["read"], documents_skipped=docs["skipped"],
                       documents_with_quotes=docs["with_quotes"], rows=rows, skipped_reasons=dict(tally.reasons),
                       files_not_read=inputs.not_read_count, not_read_by_reason=dict(inputs.not_read_by_reason),
                       cut_short=tally.cut_short)


def progress_printer(stream=None) -> Callable[[dict], None]:
    """A one-line progress display for terminals (articles, MB of article text, quotes, rate); silent
    elsewhere (a pipe, a log file, CI). The stream defaults to sys.stderr as it is when called."""
    stream = sys.stderr if stream is None else stream
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
