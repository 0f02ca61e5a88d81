"""A build: read inputs → per-article records (in parallel) → build-wide speaker ids → one immutable
dataset version, written to a temporary folder and renamed into place only when complete."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import regex

from . import __version__
from .errors import QuotesError, VersionExistsError
from .model import Document, QuoteRecord, Skipped
from .read import InputFile, input_files, read_inputs
from .records import records
from .write import (SHARD_ROWS, SpeakerTable, Spill, check_offsets, file_sha256, finalize, fsync_tree,
                    write_json, write_shards)

VERSION = regex.compile(r"^\d+\.\d+\.\d+$")
BATCH = 64


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


def _extract(doc: Document) -> tuple[list[QuoteRecord], Document]:
    rows = records(doc)
    check_offsets(doc.text, rows)
    return rows, doc


def _extract_batch(docs: list[Document]) -> list[list[QuoteRecord]]:
    return [_extract(d)[0] for d in docs]


def _batches(items: Iterable[Document | Skipped], on_skip: Callable[[Skipped], None]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for it in items:
        if isinstance(it, Skipped):
            on_skip(it)
            continue
        batch.append(it)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def build(inputs: list[Path], out: Path, version: str | None = None, workers: int = 1,
          on_error: str = "skip", progress: Callable[[dict], None] | None = None,
          shard_rows: int = SHARD_ROWS) -> BuildResult:
    """Build one dataset version from `inputs` into out/<version>.

    Without a version: an existing version with the same content is reported unchanged, otherwise the next
    free version is made. With a version that exists: the same content is reported unchanged; different
    content is refused (VersionExistsError names the next free version)."""
    t0 = time.monotonic()
    if version is not None:
        parse_version(version)
    if on_error not in ("skip", "fail"):
        raise QuotesError(f"--on-error {on_error!r}; allowed: skip, fail")
    files = input_files(inputs)
    out.mkdir(parents=True, exist_ok=True)
    _clean_stale(out)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-build-", dir=out))
    try:
        result = _build_into(tmp, files, workers, on_error, progress, shard_rows)
        target_version = version
        if target_version is None:
            same = _same_content_version(out, tmp)
            target_version = same or next_free(out)
        dest = out / target_version
        if dest.exists():
            if _data_digest(dest) == _data_digest(tmp):
                result.status, result.version, result.path = "unchanged", target_version, dest
                return result
            raise VersionExistsError(f"{dest} already exists with different content and versions are immutable; "
                                     f"build it as --version {next_free(out)}")
        manifest = json.loads((tmp / "manifest.json").read_text(encoding="utf-8"))
        manifest["version"] = target_version
        write_json(tmp / "manifest.json", manifest)
        from .card import write_card
        write_card(tmp, target_version)
        fsync_tree(tmp)
        os.rename(tmp, dest)
        result.status, result.version, result.path = "built", target_version, dest
        result.seconds = time.monotonic() - t0
        return result
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _clean_stale(out: Path) -> None:
    """Temporary folders of builds that were killed are removed before a new build starts."""
    for p in out.glob(".tmp-build-*"):
        shutil.rmtree(p, ignore_errors=True)


def _data_digest(folder: Path) -> list[tuple[str, str]]:
    return sorted((p.name, file_sha256(p)) for p in (folder / "data").glob("*.parquet"))


def _same_content_version(out: Path, tmp: Path) -> str | None:
    digest = _data_digest(tmp)
    for v in reversed(existing_versions(out)):
        if _data_digest(out / v) == digest:
            return v
    return None


def _build_into(tmp: Path, files: list[InputFile], workers: int, on_error: str,
                progress: Callable[[dict], None] | None, shard_rows: int) -> BuildResult:
    res = BuildResult("", tmp, "")
    reasons: Counter = Counter()
    skipped_docs: list[dict] = []
    speakers = SpeakerTable()
    spill = Spill(tmp)
    stats = {"articles": 0, "skipped": 0, "quotes": 0, "chars": 0, "with_quotes": 0}

    def on_skip(s: Skipped) -> None:
        if on_error == "fail":
            raise QuotesError(f"{s.origin}: {s.reason} ({s.detail}); rerun with --on-error skip to build without it")
        reasons[s.reason] += 1
        stats["skipped"] += 1
        if len(skipped_docs) < 10_000:
            skipped_docs.append({"origin": s.origin, "doc_id": s.doc_id, "reason": s.reason, "detail": s.detail})

    def consume(batch: list[Document], rows_per_doc: list[list[QuoteRecord]]) -> None:
        for d, rows in zip(batch, rows_per_doc):
            stats["articles"] += 1
            stats["chars"] += len(d.text)
            stats["quotes"] += len(rows)
            stats["with_quotes"] += bool(rows)
            for r in rows:
                speakers.add(r)
            spill.add(rows)
        if progress:
            progress(dict(stats))

    batches = _batches(read_inputs(files), on_skip)
    if workers <= 1:
        for batch in batches:
            consume(batch, _extract_batch(batch))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            pending = []
            for batch in batches:
                pending.append((batch, pool.submit(_extract_batch, batch)))
                if len(pending) >= workers * 4:
                    b, f = pending.pop(0)
                    consume(b, f.result())
            for b, f in pending:
                consume(b, f.result())
    table = spill.close()
    resolved = speakers.resolve()
    final = finalize(table, resolved, __version__)
    del table
    shards = write_shards(final, tmp / "data", shard_rows)
    (tmp / "rows.arrow").unlink()
    aliases = speakers.aliases(resolved)
    write_json(tmp / "speakers.json", [
        {"speaker_id": sid, "speaker": e["speaker"], "quotes": e["quotes"],
         "forms": [{"form": f, "count": c} for f, c in sorted(e["forms"].items(), key=lambda x: (-x[1], x[0]))]}
        for sid, e in sorted(aliases.items(), key=lambda x: (-x[1]["quotes"], x[0]))])
    manifest = {
        "builder": "quotes", "builder_version": __version__, "version": None,
        "built_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "inputs": [{"path": str(f.path), "kind": f.kind, "bytes": f.size, "sha256": f.sha256} for f in files],
        "documents": {"read": stats["articles"] + stats["skipped"], "built": stats["articles"],
                      "skipped": stats["skipped"], "with_quotes": stats["with_quotes"],
                      "skipped_by_reason": dict(sorted(reasons.items()))},
        "skipped": skipped_docs,
        "rows": final.num_rows,
        "speakers": len(aliases),
        "files": [{"path": f"data/{p.name}", "sha256": file_sha256(p), "bytes": p.stat().st_size} for p in shards],
    }
    write_json(tmp / "manifest.json", manifest)
    res.documents_read = stats["articles"] + stats["skipped"]
    res.documents_skipped = stats["skipped"]
    res.documents_with_quotes = stats["with_quotes"]
    res.rows = final.num_rows
    res.skipped_reasons = dict(reasons)
    return res


def progress_printer(stream=sys.stderr) -> Callable[[dict], None]:
    """A one-line progress display for terminals (articles, MB, quotes, rate); silent elsewhere."""
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
        mb = s["chars"] / 1e6
        stream.write(f"\r{s['articles']:,} articles  {mb:,.1f} M chars  {s['quotes']:,} quotes  "
                     f"{s['articles'] / el:,.0f} articles/s  {mb / el:,.2f} M chars/s  ")
        stream.flush()
    return show
