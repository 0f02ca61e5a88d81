"""Stage 7: write. Assigns build-wide speaker ids (one per person across every spelling), sorts rows by
speaker_id then published, and writes one immutable dataset version: data/train-*.parquet (zstd, Hugging
Face features in the schema metadata), README.md (the dataset card) and manifest.json."""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, defaultdict
from dataclasses import astuple, dataclass, field, fields
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import QuotesError
from .model import QuoteRecord
from .schema import COLUMNS, arrow_schema

RECORD_FIELDS = [f.name for f in fields(QuoteRecord)]
ROW_GROUP = 50_000
SHARD_ROWS = 1_000_000


@dataclass
class SpeakerTable:
    """Counts of every speaker key and spelling met during a build (small: one entry per speaker)."""
    names: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    mentions: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, r: QuoteRecord) -> None:
        if r.speaker_key:
            self.names[r.speaker_key][r.speaker] += 1
            if r.speaker_mention:
                self.mentions[r.speaker_key][r.speaker_mention] += 1

    def merge(self, other: "SpeakerTable") -> None:
        for k, c in other.names.items():
            self.names[k].update(c)
        for k, c in other.mentions.items():
            self.mentions[k].update(c)

    def resolve(self) -> dict[str, tuple[str, str]]:
        """speaker_key → (speaker_id, canonical name). A surname-only person key joins the one full name
        that ends with it in this build (ترامب → دونالد ترامب); different people never merge: when
        several full names end with it and none has 80% of their quotes, the surname stays apart."""
        person = {k for k in self.names if ":" not in k}
        by_last: dict[str, list[str]] = defaultdict(list)
        for k in person:
            parts = k.split()
            if len(parts) >= 2:
                by_last[parts[-1]].append(k)
        target: dict[str, str] = {}
        for k in person:
            parts = k.split()
            if len(parts) == 1 and by_last.get(parts[0]):
                cands = sorted(by_last[parts[0]])
                counts = {c: sum(self.names[c].values()) for c in cands}
                total = sum(counts.values())
                best = max(cands, key=lambda c: (counts[c], c))
                if len(cands) == 1 or counts[best] >= 0.8 * total:
                    target[k] = best
        groups: dict[str, Counter] = defaultdict(Counter)
        for k, c in self.names.items():
            groups[target.get(k, k)].update(c)
        out = {}
        for k in self.names:
            final = target.get(k, k)
            out[k] = (speaker_id(final), canonical(groups[final]))
        return out

    def aliases(self, resolved: dict[str, tuple[str, str]]) -> dict[str, dict]:
        """speaker_id → canonical name, every surface form with its count (for the dataset card)."""
        out: dict[str, dict] = {}
        for k, (sid, name) in resolved.items():
            e = out.setdefault(sid, {"speaker": name, "quotes": 0, "forms": Counter()})
            e["quotes"] += sum(self.names[k].values())
            e["forms"].update(self.names[k])
            e["forms"].update(self.mentions[k])
        return out


def speaker_id(final_key: str) -> str:
    """Stable id of a speaker key: p- person, o- organisation, a- anonymous, d- document, t- title."""
    prefix = {"org": "o", "anon": "a", "doc": "d", "title": "t"}.get(final_key.split(":", 1)[0], "p") \
        if ":" in final_key else "p"
    return f"{prefix}-" + hashlib.blake2b(final_key.encode(), digest_size=6).hexdigest()


def canonical(names: Counter) -> str:
    """The spelling used most often; among equals the fullest, then the first in Unicode order."""
    return min(names, key=lambda n: (-names[n], -len(n.split()), -len(n), n))


class Spill:
    """Rows of a build kept as compact Arrow record batches on disk until the final sort."""

    def __init__(self, folder: Path):
        self.path = folder / "rows.arrow"
        self.schema = pa.schema([pa.field(c.name, c.arrow) for c in COLUMNS if c.name not in ("speaker_id",
                                                                                              "builder_version")]
                                + [pa.field("speaker_key", pa.string())])
        self.sink = pa.OSFile(str(self.path), "wb")
        self.writer = pa.ipc.new_file(self.sink, self.schema)
        self.buffer: list[QuoteRecord] = []
        self.rows = 0

    def add(self, rows: list[QuoteRecord]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= 20_000:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        cols = {name: [] for name in self.schema.names}
        for r in self.buffer:
            for name, v in zip(RECORD_FIELDS, astuple(r)):
                cols[name].append(v)
        self.writer.write_batch(pa.record_batch([pa.array(cols[n], type=self.schema.field(n).type)
                                                 for n in self.schema.names], schema=self.schema))
        self.rows += len(self.buffer)
        self.buffer = []

    def close(self) -> pa.Table:
        self.flush()
        self.writer.close()
        self.sink.close()
        return pa.ipc.open_file(pa.memory_map(str(self.path))).read_all()


def finalize(table: pa.Table, resolved: dict[str, tuple[str, str]], builder_version: str) -> pa.Table:
    """Spilled rows → output table: speaker ids and canonical names set, columns in schema order, sorted."""
    keys = table.column("speaker_key").to_pylist()
    ids = [resolved[k][0] if k else None for k in keys]
    names = [resolved[k][1] if k else s for k, s in zip(keys, table.column("speaker").to_pylist())]
    cols = {n: table.column(n) for n in table.column_names if n != "speaker_key"}
    cols["speaker_id"] = pa.array(ids, pa.string())
    cols["speaker"] = pa.array(names, pa.string())
    cols["builder_version"] = pa.array([builder_version] * table.num_rows, pa.string())
    schema = arrow_schema()
    out = pa.table([cols[c.name] for c in COLUMNS], schema=schema)
    # total order, so that the bytes do not depend on input order or workers
    return out.sort_by([("speaker_id", "ascending"), ("published", "ascending"), ("doc_id", "ascending"),
                        ("start", "ascending"), ("end", "ascending")])


def write_shards(table: pa.Table, data_dir: Path, shard_rows: int = SHARD_ROWS,
                 row_group: int = ROW_GROUP) -> list[Path]:
    """Parquet shards of at most shard_rows rows (one shard at least, even for an empty build)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    n = max(1, -(-table.num_rows // shard_rows))
    paths = []
    for i in range(n):
        part = table.slice(i * shard_rows, shard_rows)
        p = data_dir / f"train-{i:05d}-of-{n:05d}.parquet"
        pq.write_table(part, p, compression="zstd", row_group_size=row_group, write_statistics=True,
                       use_dictionary=["speaker_id", "speaker", "kind", "cue_lemma", "source", "rule",
                                       "speaker_type", "builder_version", "said_on_precision"])
        paths.append(p)
    return paths


def check_offsets(text: str, rows: list[QuoteRecord]) -> None:
    """Every row must slice back to its quote: text[start:end] == quote. A row that does not is a bug in
    an earlier stage; the build stops rather than write it."""
    for r in rows:
        if text[r.start:r.end] != r.quote:
            raise OffsetError(f"{r.doc_id}: offsets {r.start}:{r.end} give {text[r.start:r.end][:40]!r}, not the "
                              f"quote {r.quote[:40]!r}; please report this document")


def file_sha256(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


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
