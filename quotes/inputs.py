"""Which files a build reads. A path given on the command line is read as it is: a .txt article, a .jsonl
or .jsonl.gz file, or a .parquet file. A folder is read with every article file under it:

- `.txt` (one article in seed format), `.jsonl`, `.jsonl.gz` and `.parquet` files, in the folder and in its
  sub-folders, in sorted order;
- not read, and each listed with its reason (manifest.json `files_not_read`, counted in the summary): files
  of any other type, hidden files and folders (a name starting with "."), and links to folders (not
  followed). A file found in a folder that cannot be read (no permission, a broken link) is read as one
  unreadable document instead, so that its loss is counted with the documents."""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".parquet")
MAX_LISTED = 10_000              # files not read listed one by one in the manifest (all are counted)


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    kind: str                 # txt | jsonl | parquet | folder (a sub-folder that cannot be listed)
    size: int
    sha256: str | None
    error: str | None = None  # why a file found in a folder cannot be read: its articles are skipped as
                              # "unreadable" (a path given on the command line that cannot be read stops the build)
    given: str = ""           # the command-line input it was found under


@dataclass(frozen=True, slots=True)
class NotRead:
    """A file (or folder) under a folder input that is not read, and why."""
    path: str
    reason: str               # other type | hidden | link to a folder
    detail: str


@dataclass
class Inputs:
    files: list[InputFile]
    not_read: list[NotRead] = field(default_factory=list)
    not_read_count: int = 0
    not_read_by_reason: Counter = field(default_factory=Counter)

    def manifest(self) -> dict:
        """The `files_not_read` entry of manifest.json."""
        from .read import safe_text
        return {"count": self.not_read_count, "by_reason": dict(sorted(self.not_read_by_reason.items())),
                "files": [{"path": safe_text(n.path), "reason": n.reason, "detail": n.detail}
                          for n in self.not_read]}


def kind_of(p: Path) -> str | None:
    name = p.name.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl"
    return {".txt": "txt", ".jsonl": "jsonl", ".parquet": "parquet"}.get(p.suffix.lower())


def file_sha256(p: Path) -> str:
    """Checksum of a file, read in 1 MiB chunks (inputs in the manifest, data files, gold article sets)."""
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def input_files(paths: list[Path]) -> list[InputFile]:
    """The files a build reads (find_inputs(paths).files)."""
    return find_inputs(paths).files


def find_inputs(paths: list[Path]) -> Inputs:
    """The files a build reads, in a stable order, with their checksums, and the files under folder inputs
    that are not read. A missing path, an unknown file type or a path given here that cannot be read is
    an error (nothing is built). A file inside a folder that cannot be read (no permission, a broken link,
    a sub-folder that cannot be listed) is not: it is listed with its error, and its articles are skipped
    as "unreadable"."""
    found: list[tuple[Path, str | None, str]] = []
    inputs = Inputs([])
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file or folder; give a folder of .txt articles, a .jsonl/.jsonl.gz "
                             "file or a .parquet file")
        if p.is_dir():
            files = _folder(p, inputs)
            if not files:
                raise InputError(f"{p}: folder holds no articles (*.txt, *.jsonl, *.jsonl.gz, *.parquet)"
                                 + _not_read_note(inputs))
            found.extend((f, error, str(p)) for f, error in files)
        elif kind_of(p) is None:
            raise InputError(f"{p}: unknown file type {''.join(p.suffixes) or '(none)'}; allowed: "
                             + ", ".join(SUFFIXES))
        else:
            found.append((p, None, str(p)))
    given = set(paths)
    seen = set()
    for f, error, top in found:
        r = f.resolve()
        if r in seen:
            continue
        seen.add(r)
        if error is None:
            try:
                inputs.files.append(InputFile(f, kind_of(f), f.stat().st_size, file_sha256(f), given=top))
                continue
            except OSError as e:
                if f in given:
                    raise InputError(f"{f}: cannot be read ({e.strerror}); check its permissions") from None
                error = e.strerror or str(e)
        inputs.files.append(InputFile(f, kind_of(f) or "folder", 0, None, error, given=top))
    return inputs


def _not_read_note(inputs: Inputs) -> str:
    if not inputs.not_read_count:
        return ""
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(inputs.not_read_by_reason.items()))
    return f"; not read: {inputs.not_read_count} file(s) ({reasons})"


def _skip(inputs: Inputs, path: Path, reason: str, detail: str) -> None:
    inputs.not_read_count += 1
    inputs.not_read_by_reason[reason] += 1
    if len(inputs.not_read) < MAX_LISTED:
        inputs.not_read.append(NotRead(str(path), reason, detail))


def _folder(root: Path, inputs: Inputs) -> list[tuple[Path, str | None]]:
    """The article files under a folder, sorted, each with None or the reason it cannot be read; every
    other file and folder met goes to inputs.not_read. A sub-folder that cannot be listed is reported, not
    passed over (os.walk would skip it silently)."""
    found: list[tuple[Path, str | None]] = []

    def unlisted(e: OSError) -> None:
        if Path(e.filename) == root:
            raise InputError(f"{root}: cannot be read ({e.strerror}); check its permissions")
        found.append((Path(e.filename), f"folder cannot be listed ({e.strerror})"))

    for folder, subs, names in os.walk(root, onerror=unlisted):        # links to folders are not followed
        for name in sorted(subs):
            d = Path(folder, name)
            if name.startswith("."):
                _skip(inputs, d, "hidden", "a hidden folder is not entered")
            elif d.is_symlink():
                _skip(inputs, d, "link to a folder", "links to folders are not followed; give the folder itself")
        subs[:] = [s for s in subs if not s.startswith(".")]
        for name in names:
            f = Path(folder, name)
            if name.startswith("."):
                _skip(inputs, f, "hidden", "a hidden file is not read")
            elif not kind_of(f):
                _skip(inputs, f, "other type", f"{''.join(f.suffixes[-2:]) or 'a file without a suffix'} is not "
                                               "read; a folder input reads " + ", ".join(SUFFIXES))
            elif not f.is_file():
                found.append((f, "broken link" if f.is_symlink() else "not a regular file"))
            else:
                found.append((f, None))
    inputs.not_read.sort(key=lambda n: n.path)
    return sorted(found)
