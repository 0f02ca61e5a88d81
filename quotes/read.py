"""Stage 1: read. Streams articles from folders of .txt files (seed format), JSON Lines (.jsonl, .jsonl.gz)
and Parquet files. Yields a Document for every usable article and a Skipped record, with the reason, for
every other one: nothing is dropped silently. Memory does not grow with the number of articles."""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import zlib
from collections import Counter
from itertools import groupby
from collections.abc import Iterator

import regex

from .errors import InputError
from .inputs import SUFFIXES, InputFile, file_sha256, input_files, kind_of  # noqa: F401  (read's API before the split)
from .model import Document, Skipped

# One article larger than this is skipped as "too large", unread. Extraction holds about 100 bytes per
# character of the article it works on (a 5 MB article peaks near 0.5 GB), so this bounds the memory of
# each worker; the longest of the 72,504 benchmark articles is 78 kB.
MAX_BYTES = 10 * 1024 * 1024
HEADER = regex.compile(r"\A[ \t\ufeff]*date[ \t]+(\S+)[ \t]?")


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


def _kind_of_value(v) -> str:
    """What a JSON (or Parquet) value is, in words, for a message."""
    if isinstance(v, bool):
        return "true/false"
    return {int: "a number", float: "a number", list: "a list", dict: "an object"}.get(type(v), type(v).__name__)


def _field_error(rec: dict, name: str, required: bool) -> str | None:
    """What is wrong with a field of an article record, or None. `id` may be a string or a whole number,
    `date` a YYYY-MM-DD string (or a date), the others strings; an optional field may be missing or null."""
    if name not in rec:
        return f"no `{name}` field" if required else None
    v = rec[name]
    if v is None:
        return f"`{name}` is null" if required else None
    ok = (str, int) if name == "id" else (str, dt.date) if name == "date" else str
    if isinstance(v, bool) or not isinstance(v, ok):
        want = {"id": "a string or a whole number", "date": "a YYYY-MM-DD string"}.get(name, "a string")
        return f"`{name}` is {_kind_of_value(v)}, not {want}"
    return None


def document_from_record(rec: dict, origin: str, line: int) -> Document | Skipped:
    """A JSON Lines / Parquet article: `id`, `text`, optional `date`, `title`, `source`, `url`. A missing or
    wrong-typed field is a bad record whose detail names the field."""
    where = f"{origin}:{line}"
    if not isinstance(rec, dict):
        return Skipped(where, None, "bad record", "not a JSON object")
    problem = _field_error(rec, "id", True)
    doc_id = str(rec["id"]) if problem is None else None
    if problem is None and not doc_id.strip():
        problem = "`id` is empty"
    if problem is not None:
        return Skipped(where, None, "bad record", problem)
    if _surrogate(doc_id) is not None:
        return Skipped(where, None, "not utf-8", f"`id` has a lone surrogate at character {_surrogate(doc_id)}")
    for name in ("text", "date", "title", "source", "url"):
        problem = _field_error(rec, name, name == "text")
        if problem is not None:
            return Skipped(where, doc_id, "bad record", problem)
    text = rec["text"]
    if len(text) > MAX_BYTES:
        return Skipped(where, doc_id, "too large", f"{len(text)} characters; the limit is {MAX_BYTES}")
    if not text.strip():
        return Skipped(where, doc_id, "empty", "`text` has no words")
    try:
        published = parse_date(rec.get("date"), origin)
    except (ValueError, TypeError):
        return Skipped(where, doc_id, "bad date header", f"date {rec.get('date')!r} is not YYYY-MM-DD")
    opt = {k: rec.get(k) for k in ("title", "source", "url")}
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
    """Every article of one input file, or a Skipped record for each that cannot be used. A file that
    stops early (a .jsonl.gz cut short, a corrupt Parquet file) gives the articles before the fault, then
    one Skipped record saying how much was read and that the rest of the file is lost."""
    origin = safe_text(str(f.path))
    if f.error is not None:
        yield Skipped(origin, safe_text(f.path.stem) if f.kind == "txt" else None, "unreadable", f.error)
    elif f.kind == "txt":
        yield _read_txt(f, origin)
    elif f.kind == "jsonl":
        yield from _read_jsonl(f, origin)
    elif f.kind == "parquet":
        yield from _read_parquet(f, origin)


def _read_txt(f: InputFile, origin: str) -> Document | Skipped:
    doc_id = safe_text(f.path.stem)
    if f.size > MAX_BYTES:                         # not read into memory at all
        return Skipped(origin, doc_id, "too large", f"{f.size} bytes; the limit is {MAX_BYTES}")
    try:
        raw = f.path.read_bytes()
    except OSError as e:
        return Skipped(origin, doc_id, "unreadable", e.strerror or str(e))
    return document_from_text(raw, doc_id, origin)


def _json_line(line: bytes | None, where: str) -> Document | Skipped | None:
    if line is None:
        return Skipped(where, None, "too large", f"a line of more than {MAX_BYTES} bytes")
    if not line.strip():
        return None
    try:
        rec = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as e:
        return Skipped(where, None, "not utf-8", f"byte {e.start}: {e.reason}")
    except json.JSONDecodeError as e:
        return Skipped(where, None, "bad record", f"not JSON: {e.msg}")
    origin, n = where.rsplit(":", 1)
    return document_from_record(rec, origin, int(n))


def _read_jsonl(f: InputFile, origin: str) -> Iterator[Document | Skipped]:
    n = 0
    try:
        raw = open(f.path, "rb")
    except OSError as e:
        yield Skipped(origin, None, "unreadable", e.strerror or str(e))
        return
    with raw:
        try:
            fh = gzip.GzipFile(fileobj=raw, mode="rb") if f.path.name.lower().endswith(".gz") else raw
            for n, line in enumerate(_lines(fh, MAX_BYTES), 1):
                item = _json_line(line, f"{origin}:{n}")
                if item is not None:
                    yield item
        except (OSError, EOFError, zlib.error) as e:      # gzip.BadGzipFile is an OSError
            yield _stopped(origin, n, raw.tell(), f.size, e)


def _stopped(origin: str, lines: int, at: int, size: int, e: BaseException) -> Skipped:
    """A file that cannot be read on from some point: how much was read, and that the rest is lost."""
    cut = isinstance(e, EOFError)
    what = ("the file ends before its gzip end marker (it was cut short)" if cut
            else f"{type(e).__name__}: {' '.join(str(e).split())}")
    if lines == 0 and not cut:
        return Skipped(origin, None, "unreadable", what)
    return Skipped(origin, None, "truncated" if cut else "unreadable",
                   f"{what}; read {lines:,} line(s), {at:,} of its {size:,} bytes: the rest of the file is lost",
                   (lines, at, size))


def _read_parquet(f: InputFile, origin: str) -> Iterator[Document | Skipped]:
    import pyarrow.parquet as pq
    n = 0
    try:
        pf = pq.ParquetFile(f.path)
        names = pf.schema_arrow.names
        missing = [c for c in ("id", "text") if c not in names]
        if missing:
            yield Skipped(origin, None, "unreadable", f"no {' and no '.join(f'`{c}`' for c in missing)} column "
                                                      f"(it has {', '.join(names) or 'none'}); a Parquet input "
                                                      "needs columns id and text")
            return
        cols = [c for c in ("id", "text", "date", "title", "source", "url") if c in names]
        for batch in pf.iter_batches(batch_size=1000, columns=cols):
            for rec in batch.to_pylist():
                n += 1
                yield document_from_record(rec, origin, n)
    except Exception as e:  # pyarrow raises many types for corrupt files
        what = f"{type(e).__name__}: {' '.join(str(e).split())}"
        if n == 0:
            yield Skipped(origin, None, "unreadable", what)
        else:
            yield Skipped(origin, None, "unreadable", f"{what}; read {n:,} record(s): the rest of the file is lost",
                          (n, None, f.size))


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


def read_inputs(files: list[InputFile], chunk: int = 256, *, strict: bool = False) -> Iterator[Document | Skipped]:
    """Every article of every file; a repeated document id is skipped (the first one is kept). Memory for
    the ids seen is 17 bytes per article (IdSet); nothing else is kept. With `strict`, an input given on
    the command line (a file, or a folder with all its files) that yields no usable article stops the
    build: InputError names it and says what is wrong."""
    seen = IdSet()
    buf: list = []
    for given, group in groupby(files, key=lambda f: f.given):
        usable, problems, first = 0, Counter(), None
        for f in group:
            for item in read_file(f):
                if isinstance(item, Document):
                    usable += 1
                else:
                    problems[item.reason] += 1
                    first = first or item
                buf.append(item)
                if len(buf) >= chunk:
                    yield from _dedup(buf, seen)
                    buf = []
        if strict and not usable:
            raise InputError(_nothing_usable(given, problems, first))
    yield from _dedup(buf, seen)


def _nothing_usable(given: str, problems: Counter, first: Skipped | None) -> str:
    """One line: the input, what is wrong with it, what to do."""
    fix = "fix it, or rerun with --on-error skip to build without it"
    if first is None:
        return f"{safe_text(given)}: holds no articles (no records); {fix}"
    if sum(problems.values()) == 1:
        return f"{first.origin}: no usable article ({first.reason}: {first.detail}); {fix}"
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(problems.items()))
    return (f"{safe_text(given)}: none of its {sum(problems.values()):,} records is a usable article ({reasons}; "
            f"the first, {first.origin}: {first.detail}); {fix}")
