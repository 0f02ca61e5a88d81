"""Stage 1: read. Streams articles from folders of .txt files (seed format), JSON Lines (.jsonl, .jsonl.gz)
and Parquet files. Yields a Document for every usable article and a Skipped record, with the reason, for
every other one: nothing is dropped silently. Memory does not grow with the number of articles."""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from .errors import InputError
from .model import Document, Skipped

# One article larger than this is skipped as "too large", unread. Extraction holds about 100 bytes per
# character of the article it works on (a 5 MB article peaks near 0.5 GB), so this bounds the memory of
# each worker; the longest of the 72,504 benchmark articles is 78 kB.
MAX_BYTES = 10 * 1024 * 1024
HEADER = regex.compile(r"\A[ \t\ufeff]*date[ \t]+(\S+)[ \t]?")
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".parquet")


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    kind: str                 # txt | jsonl | parquet | folder (a sub-folder that cannot be listed)
    size: int
    sha256: str | None
    error: str | None = None  # why a file found in a folder cannot be read: its articles are skipped as
                              # "unreadable" (a path given on the command line that cannot be read stops the build)


def _kind(p: Path) -> str | None:
    name = p.name.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl"
    return {".txt": "txt", ".jsonl": "jsonl", ".parquet": "parquet"}.get(p.suffix.lower())


def input_files(paths: list[Path]) -> list[InputFile]:
    """The files a build reads, in a stable order, with their checksums. A missing path, an unknown file
    type or a path given here that cannot be read is an error (nothing is built). A file inside a folder
    that cannot be read (no permission, a broken link, a sub-folder that cannot be listed) is not: it is
    listed with its error, and its articles are skipped as "unreadable"."""
    files: list[tuple[Path, str | None]] = []
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file or folder; give a folder of .txt articles, a .jsonl/.jsonl.gz "
                             "file or a .parquet file")
        if p.is_dir():
            found = _folder(p)
            if not found:
                raise InputError(f"{p}: folder holds no articles (*.txt, *.jsonl, *.jsonl.gz, *.parquet)")
            files.extend(found)
        elif _kind(p) is None:
            raise InputError(f"{p}: unknown file type {''.join(p.suffixes) or '(none)'}; allowed: "
                             + ", ".join(SUFFIXES))
        else:
            files.append((p, None))
    given = set(paths)
    out, seen = [], set()
    for f, error in files:
        r = f.resolve()
        if r in seen:
            continue
        seen.add(r)
        if error is None:
            try:
                out.append(InputFile(f, _kind(f), f.stat().st_size, file_sha256(f)))
                continue
            except OSError as e:
                if f in given:
                    raise InputError(f"{f}: cannot be read ({e.strerror}); check its permissions") from None
                error = e.strerror or str(e)
        out.append(InputFile(f, _kind(f) or "folder", 0, None, error))
    return out


def _folder(root: Path) -> list[tuple[Path, str | None]]:
    """The article files under a folder, sorted, each with None or the reason it cannot be read. Hidden
    files and other file types are not articles; a sub-folder that cannot be listed is reported, not
    passed over (os.walk would skip it silently)."""
    found: list[tuple[Path, str | None]] = []

    def unlisted(e: OSError) -> None:
        if Path(e.filename) == root:
            raise InputError(f"{root}: cannot be read ({e.strerror}); check its permissions")
        found.append((Path(e.filename), f"folder cannot be listed ({e.strerror})"))

    for folder, _, names in os.walk(root, onerror=unlisted):        # links to folders are not followed
        for name in names:
            f = Path(folder, name)
            if name.startswith(".") or not _kind(f):
                continue
            if not f.is_file():
                found.append((f, "broken link" if f.is_symlink() else "not a regular file"))
            else:
                found.append((f, None))
    return sorted(found)


def file_sha256(p: Path) -> str:
    """Checksum of a file, read in 1 MiB chunks (inputs in the manifest, data files, gold article sets)."""
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parse_date(value, origin: str) -> dt.date | None:
    """YYYY-MM-DD (a longer ISO timestamp is cut to its date), or None; anything else raises ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    return dt.date.fromisoformat(s[:10])


def _binary(data: bytes) -> bool:
    """Mostly control bytes: an image, a PDF or an archive, not an article. A few NUL bytes in text are
    tolerated (scraped pages carry them)."""
    head = data[:4096]
    if not head:
        return False
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return ctrl > len(head) * 0.1


def document_from_text(raw: bytes, doc_id: str, origin: str) -> Document | Skipped:
    """A seed-format article: UTF-8 text; the first line may start with `date YYYY-MM-DD`."""
    if len(raw) > MAX_BYTES:
        return Skipped(origin, doc_id, "too large", f"{len(raw)} bytes; the limit is {MAX_BYTES}")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):       # UTF-16 Arabic is half control bytes: not "binary"
        return Skipped(origin, doc_id, "not utf-8", "UTF-16 text (byte order mark); save it as UTF-8")
    if _binary(raw):
        return Skipped(origin, doc_id, "binary", "mostly control bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Skipped(origin, doc_id, "not utf-8", f"byte {e.start}: {e.reason}")
    if "\r" in text:                                   # offsets count text as Python reads it
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Skipped(origin, doc_id, "empty", "no text")
    published = None
    m = HEADER.match(text)
    if m:
        try:
            published = parse_date(m.group(1), origin)
        except ValueError:
            return Skipped(origin, doc_id, "bad date header", f"{m.group(1)!r} is not YYYY-MM-DD")
    return Document(doc_id, text, published, origin=origin)


def _surrogate(s: str) -> int | None:
    """Where a string holds a lone UTF-16 surrogate (JSON can spell one, \\ud800; no UTF-8 file can hold
    it), or None."""
    try:
        s.encode("utf-8")
        return None
    except UnicodeEncodeError as e:
        return e.start


def document_from_record(rec: dict, origin: str, line: int) -> Document | Skipped:
    """A JSON Lines / Parquet article: `id`, `text`, optional `date`, `title`, `source`, `url`."""
    where = f"{origin}:{line}"
    if not isinstance(rec, dict):
        return Skipped(where, None, "bad record", "not a JSON object")
    doc_id = rec.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        return Skipped(where, None, "bad record", "no `id`")
    doc_id = str(doc_id)
    if _surrogate(doc_id) is not None:
        return Skipped(where, None, "not utf-8", f"`id` has a lone surrogate at character {_surrogate(doc_id)}")
    text = rec.get("text")
    if not isinstance(text, str):
        return Skipped(where, doc_id, "bad record" if text is not None else "empty", "`text` is not a string")
    if len(text) > MAX_BYTES:
        return Skipped(where, doc_id, "too large", f"{len(text)} characters; the limit is {MAX_BYTES}")
    if not text.strip():
        return Skipped(where, doc_id, "empty", "no text")
    try:
        published = parse_date(rec.get("date"), origin)
    except (ValueError, TypeError):
        return Skipped(where, doc_id, "bad date header", f"date {rec.get('date')!r} is not YYYY-MM-DD")
    opt = {k: (str(rec[k]) if rec.get(k) is not None else None) for k in ("title", "source", "url")}
    for name, value in (("text", text), *opt.items()):
        if value is not None and _surrogate(value) is not None:
            return Skipped(where, doc_id, "not utf-8", f"`{name}` has a lone surrogate at character {_surrogate(value)}")
    return Document(doc_id, text, published, False, opt["title"], opt["source"], opt["url"], where)


def safe_text(s: str) -> str:
    """A file name as text that UTF-8 can hold: bytes of a name that are not UTF-8 (which Python keeps as
    lone surrogates) are written as \\xNN, so that ids, rows and manifests can be written."""
    return s if _surrogate(s) is None else s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _lines(fh, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary file, split on \\n only (not on U+2028); a line longer than `limit` bytes is
    not held in memory: it is read past and given as None."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def read_file(f: InputFile) -> Iterator[Document | Skipped]:
    origin = safe_text(str(f.path))
    if f.error is not None:
        yield Skipped(origin, safe_text(f.path.stem) if f.kind == "txt" else None, "unreadable", f.error)
    elif f.kind == "txt":
        doc_id = safe_text(f.path.stem)
        if f.size > MAX_BYTES:                         # not read into memory at all
            yield Skipped(origin, doc_id, "too large", f"{f.size} bytes; the limit is {MAX_BYTES}")
            return
        try:
            raw = f.path.read_bytes()
        except OSError as e:
            yield Skipped(origin, doc_id, "unreadable", e.strerror or str(e))
            return
        yield document_from_text(raw, doc_id, origin)
    elif f.kind == "jsonl":
        opener = gzip.open if f.path.name.lower().endswith(".gz") else open
        try:
            with opener(f.path, "rb") as fh:
                for n, line in enumerate(_lines(fh, MAX_BYTES), 1):
                    if line is None:
                        yield Skipped(f"{origin}:{n}", None, "too large", f"a line of more than {MAX_BYTES} bytes")
                        continue
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line.decode("utf-8"))
                    except UnicodeDecodeError as e:
                        yield Skipped(f"{origin}:{n}", None, "not utf-8", f"byte {e.start}: {e.reason}")
                        continue
                    except json.JSONDecodeError as e:
                        yield Skipped(f"{origin}:{n}", None, "bad record", f"not JSON: {e.msg}")
                        continue
                    yield document_from_record(rec, origin, n)
        except (OSError, EOFError, gzip.BadGzipFile) as e:
            yield Skipped(origin, None, "unreadable", f"{type(e).__name__}: {e}")
    elif f.kind == "parquet":
        import pyarrow.parquet as pq
        try:
            pf = pq.ParquetFile(f.path)
            cols = [c for c in ("id", "text", "date", "title", "source", "url") if c in pf.schema_arrow.names]
            if "id" not in cols or "text" not in cols:
                yield Skipped(origin, None, "unreadable", f"needs columns id and text; has {pf.schema_arrow.names}")
                return
            n = 0
            for batch in pf.iter_batches(batch_size=1000, columns=cols):
                for rec in batch.to_pylist():
                    n += 1
                    yield document_from_record(rec, origin, n)
        except Exception as e:  # pyarrow raises many types for corrupt files
            yield Skipped(origin, None, "unreadable", f"{type(e).__name__}: {e}")


class IdSet:
    """The document ids of a build, for duplicate detection, in 17 bytes each rather than a Python str
    (~100 bytes): a 128-bit digest of the id (collisions: ~n²/2¹²⁹, nil in practice) plus a non-zero byte,
    since numpy's fixed-width bytes drop trailing NULs. Digests of the last ids sit in a small set; older
    ones in one sorted numpy array, looked up a chunk of ids at a time."""

    def __init__(self, buffer: int = 100_000):
        import numpy as np
        self.np = np
        self.recent: set[bytes] = set()
        self.sorted = np.empty(0, dtype="S17")
        self.buffer = buffer
        self.n = 0

    @staticmethod
    def digest(doc_id: str) -> bytes:
        return hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=16).digest() + b"\x01"

    def new(self, doc_ids: list[str]) -> list[bool]:
        """For each id in order: True the first time it is seen (and record it), False for a repeat."""
        ds = [self.digest(i) for i in doc_ids]
        old = [False] * len(ds)
        if len(self.sorted) and ds:
            q = self.np.array(ds, dtype="S17")
            pos = self.np.searchsorted(self.sorted, q)
            pos[pos == len(self.sorted)] = 0
            old = (self.sorted[pos] == q).tolist()
        out = []
        for d, o in zip(ds, old):
            if o or d in self.recent:
                out.append(False)
            else:
                self.recent.add(d)
                out.append(True)
        self.n += sum(out)
        if len(self.recent) >= self.buffer:
            fresh = self.np.array(sorted(self.recent), dtype="S17")
            self.sorted = self.np.sort(self.np.concatenate([self.sorted, fresh]))
            self.recent = set()
        return out

    def add(self, doc_id: str) -> bool:
        return self.new([doc_id])[0]

    def __len__(self) -> int:
        return self.n


def _dedup(chunk: list, seen: IdSet) -> Iterator[Document | Skipped]:
    docs = [it for it in chunk if isinstance(it, Document)]
    fresh = iter(seen.new([d.doc_id for d in docs]))
    for item in chunk:
        if isinstance(item, Document) and not next(fresh):
            yield Skipped(item.origin, item.doc_id, "duplicate id", "an earlier article has this id")
        else:
            yield item


def read_inputs(files: list[InputFile], chunk: int = 256) -> Iterator[Document | Skipped]:
    """Every article of every file; a repeated document id is skipped (the first one is kept). Memory for
    the ids seen is 17 bytes per article (IdSet); nothing else is kept."""
    seen = IdSet()
    buf: list = []
    for f in files:
        for item in read_file(f):
            buf.append(item)
            if len(buf) >= chunk:
                yield from _dedup(buf, seen)
                buf = []
    yield from _dedup(buf, seen)
