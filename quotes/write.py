"""Stage 7: write. Sets the build-wide speaker ids that quotes/resolve.py decided, sorts rows by
speaker_id then published, and writes one immutable dataset version: data/train-*.parquet (zstd, Hugging
Face features in the schema metadata), README.md (the dataset card) and manifest.json."""
from __future__ import annotations

import json
import os
import shutil
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import fields
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .errors import QuotesError
from .model import QuoteRecord
from .read import file_sha256  # noqa: F401  (build imports it from here)
from .resolve import Resolution
from .schema import COLUMNS, arrow_schema
from .speaker_table import SpeakerTable

RECORD_FIELDS = [f.name for f in fields(QuoteRecord)]
ROW_GROUP = 50_000                     # rows per Parquet row group
SHARD_ROWS = 1_000_000                 # the row cap of write_shards (kept for callers of the old API)
SHARD_BYTES = 256 * 1024 * 1024        # a shard is closed once it reaches this size on disk ...
MIN_SHARD_BYTES = 100 * 1024 * 1024    # ... unless what is left would make a last shard smaller than this,
MAX_SHARD_BYTES = 500 * 1024 * 1024    # ... then it grows up to this
SORT_BYTES = 64 * 1024 * 1024          # spilled rows sorted in memory at once (larger builds are partitioned)
SORT_KEYS = [("speaker_id", "ascending"), ("published", "ascending"), ("doc_id", "ascending"),
             ("start", "ascending"), ("end", "ascending")]
PARQUET_OPTIONS = dict(compression="zstd", write_statistics=True,
                       use_dictionary=["speaker_id", "speaker", "kind", "cue_lemma", "source", "rule",
                                       "speaker_type", "builder_version", "said_on_precision"])
SPILL_SCHEMA = pa.schema([pa.field(c.name, c.arrow) for c in COLUMNS if c.name not in ("speaker_id", "builder_version")]
                         + [pa.field("speaker_key", pa.string())])


def record_batch(rows: list[QuoteRecord]) -> pa.RecordBatch:
    """Rows of one or more documents as one Arrow record batch in the spill layout (built where the rows
    were extracted, so that only compact Arrow buffers travel between processes or machines)."""
    cols = {name: [getattr(r, name) for r in rows] for name in SPILL_SCHEMA.names}
    return pa.record_batch([pa.array(cols[n], type=SPILL_SCHEMA.field(n).type) for n in SPILL_SCHEMA.names],
                           schema=SPILL_SCHEMA)


class Spill:
    """Rows of a build kept as compact Arrow record batches on disk until the final sort."""

    def __init__(self, folder: Path, name: str = "rows.arrow"):
        self.path = folder / name
        self.schema = SPILL_SCHEMA
        self.sink = pa.OSFile(str(self.path), "wb")
        self.writer = pa.ipc.new_file(self.sink, self.schema)
        self.buffer: list[QuoteRecord] = []
        self.rows = 0

    def add(self, rows: list[QuoteRecord]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= 20_000:
            self.flush()

    def add_batch(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows:
            self.writer.write_batch(batch)
            self.rows += batch.num_rows

    def flush(self) -> None:
        if not self.buffer:
            return
        batch = record_batch(self.buffer)
        self.buffer = []
        self.add_batch(batch)

    def finish(self) -> Path:
        """Close the file; the rows stay on disk (read them with read_spill)."""
        self.flush()
        self.writer.close()
        self.sink.close()
        return self.path

    def close(self) -> pa.Table:
        return read_spill(self.finish())


def _open(path: Path):
    """An Arrow IPC file for reading. Plain reads, not a memory map: mapped pages of a large spill would stay
    resident (and count in RSS) for as long as the file is open; read batches are freed once used."""
    return pa.ipc.open_file(pa.OSFile(str(path), "rb"))


def read_spill(path: Path) -> pa.Table:
    """A spill (or bucket) file as one table."""
    return _open(path).read_all()


def finalize(table: pa.Table, resolved: Resolution, builder_version: str) -> pa.Table:
    """Spilled rows → output table: speaker ids, canonical names (and `+role` rules) set by the build-wide
    speaker resolution (quotes/resolve.py), columns in schema order, sorted."""
    ids, names, rules = resolved.columns(table)
    cols = {n: table.column(n) for n in table.column_names if n != "speaker_key"}
    cols["speaker_id"], cols["speaker"], cols["rule"] = ids, names, rules
    cols["builder_version"] = pa.array([builder_version] * table.num_rows, pa.string())
    schema = arrow_schema()
    out = pa.table([cols[c.name] for c in COLUMNS], schema=schema)
    # total order, so that the bytes do not depend on input order or workers
    return out.sort_by(SORT_KEYS)


def write_shards(table: pa.Table, data_dir: Path, shard_rows: int = SHARD_ROWS,
                 row_group: int = ROW_GROUP) -> list[Path]:
    """Parquet shards of at most shard_rows rows (one shard at least, even for an empty build)."""
    w = ShardWriter(data_dir, shard_bytes=None, shard_rows=shard_rows, row_group=row_group)
    w.write(table)
    return w.close()


class ShardWriter:
    """Writes sorted tables, in order, as Parquet shards data/train-XXXXX-of-NNNNN.parquet.

    Row groups hold `row_group` rows (the last one of a shard fewer). A shard is closed at a row-group
    boundary once it reaches `shard_bytes` on disk (or `shard_rows` rows) — unless the rows still to come
    would make a last shard smaller than `min_bytes`, in which case it grows up to `max_bytes`. Shards are
    never empty; an empty build still gets one (empty) shard, so that the dataset loads."""

    def __init__(self, data_dir: Path, shard_bytes: int | None = SHARD_BYTES, shard_rows: int | None = None,
                 row_group: int = ROW_GROUP, total_rows: int | None = None,
                 min_bytes: int = MIN_SHARD_BYTES, max_bytes: int = MAX_SHARD_BYTES):
        self.dir = data_dir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.shard_bytes, self.shard_rows, self.row_group = shard_bytes, shard_rows, row_group
        self.min_bytes, self.max_bytes = min_bytes, max_bytes
        self.total_rows = total_rows
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.parts: list[Path] = []
        self.writer: pq.ParquetWriter | None = None
        self.sink = None
        self.shard_rows_written = 0
        self.rows_written = 0
        self.bytes_closed = 0
        self.schema: pa.Schema | None = None

    def write(self, table: pa.Table) -> None:
        if self.schema is None:
            self.schema = table.schema
        if not table.num_rows:
            return
        self.pending.append(table)
        self.pending_rows += table.num_rows
        while self.pending_rows >= self._next_group():
            self._emit(self._take(self._next_group()))
        if self.pending:
            # the rows left over (less than a row group) are a slice of the table just written: copy them,
            # so that the whole table is not kept alive until the next one arrives
            rest = pa.concat_tables(self.pending) if len(self.pending) > 1 else self.pending[0]
            self.pending = [rest.take(pa.array(range(rest.num_rows), pa.int64()))]

    def _next_group(self) -> int:
        if self.shard_rows:
            return min(self.row_group, self.shard_rows - self.shard_rows_written)
        return self.row_group

    def _take(self, n: int) -> pa.Table:
        t = pa.concat_tables(self.pending) if len(self.pending) > 1 else self.pending[0]
        head, rest = t.slice(0, n), t.slice(n)
        self.pending = [rest] if rest.num_rows else []
        self.pending_rows = rest.num_rows
        return head.combine_chunks()

    def _emit(self, part: pa.Table) -> None:
        if self.writer is None:
            p = self.dir / f".part-{len(self.parts):05d}.parquet"
            self.parts.append(p)
            self.sink = pa.OSFile(str(p), "wb")
            self.writer = pq.ParquetWriter(self.sink, part.schema, **PARQUET_OPTIONS)
            self.shard_rows_written = 0
        self.writer.write_table(part, row_group_size=self.row_group)
        self.shard_rows_written += part.num_rows
        self.rows_written += part.num_rows
        if self._full():
            self._close_shard()

    def _full(self) -> bool:
        if self.shard_rows and self.shard_rows_written >= self.shard_rows:
            return True
        if not self.shard_bytes:
            return False
        size = self.sink.tell()
        if size < self.shard_bytes:
            return False
        if size >= self.max_bytes or self.total_rows is None:
            return True
        left = self.total_rows - self.rows_written
        return left * (size / self.shard_rows_written) >= self.min_bytes

    def _close_shard(self) -> None:
        self.writer.close()
        self.sink.close()
        self.writer = None
        self.shard_rows_written = 0

    def close(self) -> list[Path]:
        """Write what is left and give the shards their final names."""
        while self.pending_rows:
            self._emit(self._take(min(self.pending_rows, self._next_group())))
        if self.writer is not None:
            self._close_shard()
        if not self.parts:                                     # an empty build: one empty shard
            p = self.dir / ".part-00000.parquet"
            pq.write_table(arrow_schema().empty_table() if self.schema is None else self.schema.empty_table(),
                           p, row_group_size=self.row_group, **PARQUET_OPTIONS)
            self.parts.append(p)
        n = len(self.parts)
        out = []
        for i, p in enumerate(self.parts):
            final = self.dir / f"train-{i:05d}-of-{n:05d}.parquet"
            os.replace(p, final)
            out.append(final)
        return out


def speaker_rows(speakers: SpeakerTable, resolved: Resolution) -> Counter:
    """Rows per speaker_id, known from the extraction pass (no second read of the rows)."""
    return resolved.rows_per_id()


def write_sorted(spill_path: Path, speakers: SpeakerTable, resolved: Resolution,
                 builder_version: str, data_dir: Path, shard_bytes: int | None = SHARD_BYTES,
                 shard_rows: int | None = None, row_group: int = ROW_GROUP,
                 sort_bytes: int = SORT_BYTES) -> tuple[list[Path], int]:
    """Spilled rows → sorted Parquet shards, holding at most about `sort_bytes` of rows in memory.

    When the rows are larger than that, they are range-partitioned by speaker_id first (the number of
    rows of every speaker is known from the extraction pass), into bucket files that each fit; a bucket
    of one speaker that is still too large is split again by publication date. Every bucket is then
    sorted on its own and written in order: the concatenation is the same total order as one global
    sort, so the bytes do not depend on the memory budget (nor on workers or engine)."""
    reader = _open(spill_path)
    total = reader.count_rows()
    writer = ShardWriter(data_dir, shard_bytes, shard_rows, row_group, total_rows=total)
    per_row = max(1, spill_path.stat().st_size // max(total, 1))
    budget = max(1, sort_bytes // per_row)
    tmpdir = spill_path.parent / ".buckets"

    def emit(table: pa.Table) -> None:
        writer.write(finalize(table, resolved, builder_version))

    if total <= budget:
        emit(reader.read_all())
    else:
        tmpdir.mkdir(exist_ok=True)
        counts = speaker_rows(speakers, resolved)
        bounds = _sid_buckets(counts, budget)               # last speaker_id of each bucket
        def by_speaker(batch: pa.RecordBatch) -> list[int]:
            return [bisect_left(bounds, sid) if sid else len(bounds) for sid in resolved.ids_of(batch)]

        for path in _partition(reader, by_speaker, len(bounds) + 1, tmpdir, "s"):
            sub = _open(path)
            if _rows(sub) > budget:
                # one speaker with more rows than the budget: split by publication date
                for p2 in _partition(sub, None, None, tmpdir, path.stem + "-d", budget=budget):
                    emit(read_spill(p2))
                    p2.unlink()
            else:
                emit(sub.read_all())
            del sub
            path.unlink()
        shutil.rmtree(tmpdir, ignore_errors=True)
    del reader
    return writer.close(), total


def _rows(reader) -> int:
    return reader.count_rows()


def _sid_buckets(counts: Counter, budget: int) -> list[str]:
    """Contiguous ranges of sorted speaker ids of at most `budget` rows each (a larger speaker alone)."""
    bounds, acc, last = [], 0, None
    for sid in sorted(counts):
        c = counts[sid]
        if acc and acc + c > budget:
            bounds.append(last)
            acc = 0
        acc += c
        last = sid
    if last is not None:
        bounds.append(last)
    return bounds


def _date_buckets(reader, budget: int) -> tuple[Callable, int]:
    """Ranges of publication dates (days since 1970, nulls last) of at most `budget` rows each."""
    days: Counter = Counter()
    for i in range(reader.num_record_batches):
        col = reader.get_batch(i).column("published").cast(pa.int32())
        days.update(col.to_pylist())
    nulls = days.pop(None, 0)
    bounds, acc, last = [], 0, None
    for d in sorted(days):
        if acc and acc + days[d] > budget:
            bounds.append(last)
            acc = 0
        acc += days[d]
        last = d
    if last is not None:
        bounds.append(last)

    def by_date(batch: pa.RecordBatch) -> list[int]:
        col = batch.column("published").cast(pa.int32()).to_pylist()
        return [bisect_left(bounds, d) if d is not None else len(bounds) for d in col]
    return by_date, len(bounds) + (1 if nulls else 0)


def _partition(reader, bucket_of, n: int | None, tmpdir: Path, prefix: str, budget: int = 0) -> Iterator[Path]:
    """Copy the rows of an Arrow IPC file into n bucket files (in bucket order); yields the non-empty ones."""
    if bucket_of is None:
        bucket_of, n = _date_buckets(reader, budget)
    paths = [tmpdir / f"{prefix}{i:05d}.arrow" for i in range(n)]
    sinks: dict[int, tuple] = {}
    for i in range(reader.num_record_batches):
        batch = reader.get_batch(i)
        b = pa.array(bucket_of(batch), pa.int32())
        for j in pc.unique(b).to_pylist():
            part = batch.filter(pc.equal(b, j))
            if j not in sinks:
                sink = pa.OSFile(str(paths[j]), "wb")
                sinks[j] = (sink, pa.ipc.new_file(sink, batch.schema))
            sinks[j][1].write_batch(part)
    for sink, w in sinks.values():
        w.close()
        sink.close()
    return (paths[j] for j in sorted(sinks))


def check_offsets(text: str, rows: list[QuoteRecord]) -> None:
    """Every row must slice back to its quote: text[start:end] == quote. A row that does not is a bug in
    an earlier stage; the build stops rather than write it."""
    for r in rows:
        if text[r.start:r.end] != r.quote:
            raise OffsetError(f"{r.doc_id}: offsets {r.start}:{r.end} give {text[r.start:r.end][:40]!r}, not the "
                              f"quote {r.quote[:40]!r}; please report this document")




def write_json(p: Path, obj) -> None:
    p.write_text(json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def fsync_tree(folder: Path) -> None:
    """Flush every file of a finished version to disk before it is renamed into place."""
    for p in folder.rglob("*"):
        if p.is_file():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


class OffsetError(QuotesError):
    """A row whose offsets do not slice back to its quote: a bug, never written."""
