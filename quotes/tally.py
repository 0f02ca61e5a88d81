"""What a build met, for manifest.json and the one-line summary of `quotes build`: documents read, built
and skipped (counted by reason, and each listed with its origin), the files under folder inputs that were
not read, and the files that stopped early (what was read of them, and that the rest is lost)."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .inputs import Inputs, file_sha256
from .model import Skipped
from .read import safe_text

MAX_SKIPPED_LISTED = 10_000      # skipped documents listed one by one in the manifest (all are counted)


@dataclass
class Tally:
    """Counts of a build so far; `stats` is what the progress display shows."""
    stats: dict = field(default_factory=lambda: {"articles": 0, "skipped": 0, "quotes": 0, "chars": 0, "bytes": 0,
                                                 "with_quotes": 0})
    reasons: Counter = field(default_factory=Counter)
    skipped: list[dict] = field(default_factory=list)
    cut_short: list[dict] = field(default_factory=list)

    def skip(self, s: Skipped) -> None:
        self.reasons[s.reason] += 1
        self.stats["skipped"] += 1
        if len(self.skipped) < MAX_SKIPPED_LISTED:
            self.skipped.append({"origin": s.origin, "doc_id": s.doc_id, "reason": s.reason, "detail": s.detail})
        if s.read is not None:
            lines, at, size = s.read
            self.cut_short.append({"path": s.origin, "reason": s.reason, "lines_read": lines, "bytes_read": at,
                                   "bytes": size, "detail": s.detail})

    def add(self, r) -> None:
        """Counts of one BatchResult."""
        for k, v in (("articles", r.articles), ("chars", r.chars), ("bytes", r.bytes), ("quotes", r.quotes),
                     ("with_quotes", r.with_quotes)):
            self.stats[k] += v

    def documents(self) -> dict:
        s = self.stats
        return {"read": s["articles"] + s["skipped"], "built": s["articles"], "skipped": s["skipped"],
                "with_quotes": s["with_quotes"], "skipped_by_reason": dict(sorted(self.reasons.items()))}


def manifest(inputs: Inputs, tally: Tally, rows: int, speakers: int, shards: list[Path], builder_version: str) -> dict:
    """manifest.json of a version (its `version` is set when the version is named)."""
    return {
        "builder": "quotes", "builder_version": builder_version, "version": None,
        "built_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "inputs": [{"path": safe_text(str(f.path)), "kind": f.kind, "bytes": f.size, "sha256": f.sha256,
                    **({"error": f.error} if f.error else {})} for f in inputs.files],
        "files_not_read": inputs.manifest(),
        "files_cut_short": tally.cut_short,
        "documents": tally.documents(),
        "skipped": tally.skipped,
        "rows": rows,
        "speakers": speakers,
        "files": [{"path": f"data/{p.name}", "sha256": file_sha256(p), "bytes": p.stat().st_size} for p in shards],
    }


def _counts(by_reason: dict) -> str:
    return ", ".join(f"{k}: {v:,}" for k, v in sorted(by_reason.items()))


def summary_line(res) -> str:
    """The one line `quotes build` prints about a BuildResult: what was read, built, skipped (by reason),
    not read, and lost from files that stopped early."""
    state = "unchanged (same input, same builder, same content)" if res.status == "unchanged" else "built"
    line = (f"{res.path}: {state}; documents read {res.documents_read:,}, "
            f"built {res.documents_read - res.documents_skipped:,}, skipped {res.documents_skipped:,} "
            f"({_counts(res.skipped_reasons) or 'none'}), with quotes {res.documents_with_quotes:,}; quotes {res.rows:,}")
    if res.files_not_read:
        line += f"; files not read {res.files_not_read:,} ({_counts(res.not_read_by_reason)}, listed in manifest.json)"
    for c in res.cut_short:
        read = f"{c['bytes_read']:,} of {c['bytes']:,} bytes" if c["bytes_read"] is not None else f"of {c['bytes']:,} bytes"
        unit = "line" if c["bytes_read"] is not None else "record"
        line += (f"; {c['path']}: stopped after {unit} {c['lines_read']:,} ({read} read, {c['reason']}), "
                 "the rest of that file is lost")
    return line
