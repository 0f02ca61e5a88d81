"""Version folders of a dataset: canonical X.Y.Z names, the temporary folder a build writes into, and the
atomic rename that makes a finished version appear whole or not at all.

Folders and files are created like any other output of the user's: with the modes their umask gives (a
version built under umask 022 is readable by every user of a shared server)."""
from __future__ import annotations

import errno
import os
import secrets
import shutil
from pathlib import Path

import regex

from .errors import OutputError, QuotesError, VersionExistsError
from .read import file_sha256

# canonical X.Y.Z: whole numbers in ASCII digits, without leading zeros (01.0.0 would sort beside 1.0.0)
VERSION = regex.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
TEMPORARY = ".tmp-build-"


def parse_version(v: str) -> tuple[int, int, int]:
    if not VERSION.match(v):
        raise QuotesError(f"version {v!r} is not X.Y.Z (three whole numbers without leading zeros, e.g. 1.0.0)")
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


def _unwritable(out: Path, e: OSError) -> OutputError:
    """One line naming the output folder and what is wrong with it."""
    if isinstance(e, FileExistsError) or (out.exists() and not out.is_dir()):
        why = "it is a file, not a folder"
    elif isinstance(e, NotADirectoryError):
        why = "a part of the path is a file, not a folder"
    elif e.errno == errno.EROFS:
        why = "it is on a read-only file system"
    elif isinstance(e, PermissionError):
        why = "no permission to write there"
    else:
        why = e.strerror or str(e)
    return OutputError(f"--out {out}: cannot write the dataset there ({why}); give --out a folder you can write "
                       "to (it is created when missing)")


def temporary_folder(out: Path) -> Path:
    """Create `out` when missing, remove what killed builds left there, and make this build's temporary
    folder in it (named with the process id, so that a running build's folder is never removed). Both are
    made with os.mkdir, so their modes follow the umask. A folder that cannot be written is an OutputError."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        clean_stale(out)
        while True:
            tmp = out / f"{TEMPORARY}{os.getpid()}-{secrets.token_hex(4)}"
            try:
                os.mkdir(tmp)
                return tmp
            except FileExistsError:
                continue
    except OSError as e:
        raise _unwritable(out, e) from None


def clean_stale(out: Path) -> None:
    """Temporary folders of builds that were killed are removed before a new build starts; the folder of a
    build still running (its process id is in the name) is left alone."""
    for p in out.glob(f"{TEMPORARY}*"):
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


def fsync_dir(folder: Path) -> None:
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


def data_digest(folder: Path) -> list[tuple[str, str]]:
    return sorted((p.name, file_sha256(p)) for p in (folder / "data").glob("*.parquet"))


def same_content_version(out: Path, tmp: Path) -> str | None:
    """An existing version of `out` whose data files are those just built in `tmp`."""
    digest = data_digest(tmp)
    for v in reversed(existing_versions(out)):
        if data_digest(out / v) == digest:
            return v
    return None


def publish(tmp: Path, out: Path, version: str) -> Path:
    """Rename the finished temporary folder to out/version: the version appears whole or not at all."""
    dest = out / version
    try:
        os.rename(tmp, dest)
    except OSError:
        if dest.exists():                        # another build took this version meanwhile
            raise VersionExistsError(f"{dest} was written by another build meanwhile and versions are "
                                     f"immutable; build again (next free: {next_free(out)})") from None
        raise
    fsync_dir(out)
    return dest
