"""Bad input never loses data or half-writes a dataset (issue 4), driven through the CLI: every document
is built or skipped with a reason and counted; the clear errors; interrupted builds (real processes and
signals) leave no version and no partial files, and a retry succeeds; the same input gives the same bytes
in any order and with any number of workers; adversarial articles build in bounded time and memory; every
row slices back to its quote."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

import quotes.build
import quotes.inputs
import quotes.read
from quotes.cli import main
from quotes.write import OffsetError, check_offsets, file_sha256

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
BENCH = ROOT / "tests" / "gold" / "bench30_articles.jsonl"
ARTICLE = "وقال وزير الخارجية سيرغي لافروف للصحفيين: «لن نقبل بهذا الاتفاق». وأضاف: «الحوار مستمر»."


# ---------------------------------------------------------------- helpers

def cli(args: list, capsys) -> tuple[int, str, str]:
    """`quotes ARGS` in this process: (exit status, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def cli_process(args: list, **kw) -> subprocess.CompletedProcess:
    """`quotes ARGS` as its own process."""
    return subprocess.run([sys.executable, "-m", "quotes.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=kw.pop("timeout", 300), **kw)


def manifest(version: Path) -> dict:
    return json.loads((version / "manifest.json").read_text(encoding="utf-8"))


def rows(version: Path) -> pa.Table:
    return pa.concat_tables([pq.read_table(p) for p in sorted((version / "data").glob("*.parquet"))])


def data_files(version: Path) -> list[tuple[str, str]]:
    return sorted((p.name, file_sha256(p)) for p in (version / "data").glob("*.parquet"))


def versions(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")) if out.exists() else []


def temporary(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob(".tmp-build-*")) if out.exists() else []


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Error:" not in err.replace("error:", ""), err


def jsonl(path: Path, records: list, gz: bool = False) -> Path:
    data = "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)
    path.write_bytes(gzip.compress(data.encode("utf-8")) if gz else data.encode("utf-8"))
    return path


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc)."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(d.name))
    return out


def gone(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"          # a zombie has exited


# ---------------------------------------------------------------- every document accounted for

@pytest.fixture
def messy(tmp_path, monkeypatch):
    """A scraped folder: three good articles (one with HTML leftovers, one in a sub-folder) and one of each
    kind of bad file, plus files that are not articles at all."""
    monkeypatch.setattr(quotes.read, "MAX_BYTES", 100_000)
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_bytes(SEEDS[0].read_bytes())
    (d / "html.txt").write_text(f"<html><body><div class='x'><p>{ARTICLE}</p></div></body></html>", encoding="utf-8")
    (d / "sub" / "nested.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "windows-1256.txt").write_bytes(ARTICLE.encode("cp1256"))
    (d / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b" \n\t\r\n  ")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    (d / "bad-date.txt").write_text(" date 2025-13-45 " + ARTICLE, encoding="utf-8")
    (d / "huge.txt").write_text(ARTICLE * 2000, encoding="utf-8")           # ~190 kB > MAX_BYTES
    (d / "broken.txt").symlink_to(d / "missing.txt")                        # a dangling link
    (d / "notes.md").write_text("not an article", encoding="utf-8")
    (d / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    return d


MESSY_SKIPPED = {"windows-1256": "not utf-8", "utf16": "not utf-8", "empty": "empty", "blank": "empty",
                 "image": "binary", "bad-date": "bad date header", "huge": "too large", "broken": "unreadable"}


def test_every_document_is_built_or_skipped_with_its_reason(messy, tmp_path, capsys):
    code, out, err = cli(["build", messy, "--out", tmp_path / "dist", "--workers", "1"], capsys)
    assert code == 0, err
    no_traceback(err)
    m = manifest(tmp_path / "dist" / "1.0.0")
    docs = m["documents"]
    assert docs["read"] == 11 and docs["built"] == 3 and docs["skipped"] == 8
    assert docs["read"] == docs["built"] + docs["skipped"]
    assert docs["skipped_by_reason"] == {"bad date header": 1, "binary": 1, "empty": 2, "not utf-8": 2,
                                         "too large": 1, "unreadable": 1}
    assert {Path(s["origin"]).stem: s["reason"] for s in m["skipped"]} == MESSY_SKIPPED
    assert all(s["doc_id"] == Path(s["origin"]).stem and s["detail"] for s in m["skipped"])
    assert {Path(i["path"]).name for i in m["inputs"]} == {f"{n}.txt" for n in [*MESSY_SKIPPED, "good", "html",
                                                                                 "nested"]}
    assert [i for i in m["inputs"] if i.get("error")] == [
        {"path": str(messy / "broken.txt"), "kind": "txt", "bytes": 0, "sha256": None, "error": "broken link"}]
    # the quotes of the good articles, HTML leftovers included, are there
    t = rows(tmp_path / "dist" / "1.0.0")
    assert {"good", "html", "nested"} <= set(t.column("doc_id").to_pylist())
    assert t.filter(pc.equal(t.column("doc_id"), "html")).num_rows == 2
    # one line on stdout says what happened
    assert out.count("\n") == 1
    assert out.strip() == (f"{tmp_path / 'dist' / '1.0.0'}: built; documents read 11, built 3, skipped 8 "
                           "(bad date header: 1, binary: 1, empty: 2, not utf-8: 2, too large: 1, unreadable: 1), "
                           f"with quotes {docs['with_quotes']}; quotes {m['rows']:,}; files not read 2 (hidden: 1, "
                           "other type: 1, listed in manifest.json)")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without permission")
def test_a_file_without_permission_in_a_folder_is_skipped_as_unreadable(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    locked = d / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        code, out, err = cli(["build", d, "--out", tmp_path / "dist"], capsys)
        assert code == 0, err
        assert [(s["doc_id"], s["reason"]) for s in manifest(tmp_path / "dist" / "1.0.0")["skipped"]] == [
            ("locked", "unreadable")]
        code, out, err = cli(["build", locked, "--out", tmp_path / "dist2"], capsys)   # given by name: an error
        assert code != 0 and "cannot be read" in err and not (tmp_path / "dist2").exists() or not versions(
            tmp_path / "dist2")
    finally:
        locked.chmod(0o644)


def test_every_record_of_jsonl_gzip_and_parquet_inputs_is_accounted_for(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(quotes.read, "MAX_BYTES", 50_000)
    good = {"id": "a1", "text": ARTICLE, "date": "2025-11-26", "title": "عنوان", "source": "x", "url": "http://x"}
    lines = [
        json.dumps(good, ensure_ascii=False),
        "",                                                                   # a blank line is not a record
        "{not json",                                                          # bad record
        "[1, 2, 3]",                                                          # bad record: not an object
        json.dumps({"text": ARTICLE}, ensure_ascii=False),                    # bad record: no id
        json.dumps({"id": "a2", "text": 42}),                                 # bad record: text not a string
        json.dumps({"id": "a3"}),                                             # bad record: no text
        json.dumps({"id": "a4", "text": "   "}),                              # empty
        json.dumps({"id": "a5", "text": ARTICLE, "date": "yesterday"}, ensure_ascii=False),   # bad date
        '{"id": "a6", "text": "\\ud800 ' + ARTICLE + '"}',                  # a lone surrogate: not utf-8
        '{"id": "\\udcff", "text": "x"}',                                     # in the id, too
        json.dumps({"id": "a1", "text": ARTICLE + " مكرر"}, ensure_ascii=False),  # duplicate id
        json.dumps({"id": "a7", "text": ARTICLE * 1000}, ensure_ascii=False),  # a line over MAX_BYTES
        json.dumps({"id": "a8", "text": ARTICLE}, ensure_ascii=False),
    ]
    plain = jsonl(tmp_path / "a.jsonl", lines)
    with open(plain, "ab") as f:
        f.write(b'{"id": "a9", "text": "\xff\xfe broken bytes"}\n')                # not utf-8
    data = gzip.compress("".join(json.dumps({"id": f"b{i}", "text": f"{i} {ARTICLE}"}, ensure_ascii=False) + "\n"
                                 for i in range(2000)).encode("utf-8"))
    (tmp_path / "truncated.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])     # a download cut short
    (tmp_path / "garbage.jsonl.gz").write_bytes(b"this is not gzip at all")
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [ARTICLE, ""]}), tmp_path / "ok.parquet")
    pq.write_table(pa.table({"id": ["p3"], "body": [ARTICLE]}), tmp_path / "no-text.parquet")
    (tmp_path / "corrupt.parquet").write_bytes(b"PAR1" + os.urandom(200))
    inputs = [plain, tmp_path / "truncated.jsonl.gz", tmp_path / "garbage.jsonl.gz", tmp_path / "ok.parquet",
              tmp_path / "no-text.parquet", tmp_path / "corrupt.parquet"]
    code, out, err = cli(["build", *inputs, "--out", tmp_path / "dist", "--workers", "1", "--on-error", "skip"],
                         capsys)
    assert code == 0, err
    m = manifest(tmp_path / "dist" / "1.0.0")
    reasons = [(Path(s["origin"].rsplit(":", 1)[0] if s["origin"].count(":") else s["origin"]).name,
                s["doc_id"], s["reason"]) for s in m["skipped"]]
    assert Counter(r[1:] for r in reasons if r[0] == "a.jsonl") == Counter([
        (None, "bad record"), (None, "bad record"), (None, "bad record"), ("a2", "bad record"), ("a3", "bad record"),
        ("a4", "empty"), ("a5", "bad date header"), ("a6", "not utf-8"), (None, "not utf-8"),
        ("a1", "duplicate id"), (None, "too large"), (None, "not utf-8")])
    assert ("truncated.jsonl.gz", None, "truncated") in reasons
    assert ("garbage.jsonl.gz", None, "unreadable") in reasons
    assert ("ok.parquet", "p2", "empty") in reasons
    assert ("no-text.parquet", None, "unreadable") in reasons
    assert ("corrupt.parquet", None, "unreadable") in reasons
    built = set(rows(tmp_path / "dist" / "1.0.0").column("doc_id").to_pylist())
    cut = {d for d in built if d.startswith("b")}
    assert built - cut == {"a1", "a8", "p1"}
    assert 100 < len(cut) < 2000 and cut == {f"b{i}" for i in range(len(cut))}   # what came before the cut
    docs = m["documents"]
    assert docs["read"] == docs["built"] + docs["skipped"] and docs["skipped"] == len(m["skipped"])
    a1 = rows(tmp_path / "dist" / "1.0.0").filter(pc.equal(pc.field("doc_id"), "a1"))
    assert set(a1.column("source").to_pylist()) == {"x"}      # the first a1 is kept, not the duplicate


def test_file_names_that_are_not_utf8_still_build(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    name = os.fsdecode(b"caf\xe9-" + "مقال".encode("utf-8") + b".txt")    # a Latin-1 byte in a file name
    (d / name).write_text(ARTICLE, encoding="utf-8")
    code, out, err = cli(["build", d, "--out", tmp_path / "dist"], capsys)
    assert code == 0, err
    assert set(rows(tmp_path / "dist" / "1.0.0").column("doc_id").to_pylist()) == {"caf\\xe9-مقال"}


def test_on_error_fail_stops_at_the_first_bad_document_and_writes_nothing(messy, tmp_path, capsys):
    out_dir = tmp_path / "dist"
    code, out, err = cli(["build", messy, "--out", out_dir, "--on-error", "fail"], capsys)
    assert code == 2 and out == ""
    no_traceback(err)
    assert err.startswith("quotes build: error: ") and "--on-error skip" in err
    assert any(f"{n}.txt: {r}" in err for n, r in MESSY_SKIPPED.items())
    assert versions(out_dir) == [] and temporary(out_dir) == []


# ---------------------------------------------------------------- clear errors

def _existing(tmp_path: Path) -> Path:
    assert main(["build", str(ROOT / "seeds"), "--out", str(tmp_path / "dist"), "--version", "1.0.0", "-q"]) == 0
    return tmp_path / "dist"


@pytest.mark.parametrize("case, needle", [
    ("missing path", "no such file or folder"),
    ("unknown file type", "unknown file type .html"),
    ("folder without articles", "folder holds no articles"),
    ("bad version", "is not X.Y.Z"),
    ("change an existing version", "versions are immutable; build it as --version 1.1.0"),
    ("output is a file", "error:"),
    ("unreadable input path", "cannot be read"),
])
def test_clear_errors_exit_nonzero_without_traceback(case, needle, tmp_path, capsys, monkeypatch):
    out_dir = tmp_path / "dist"
    (tmp_path / "page.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "empty-folder" / "readme.md").write_text("x", encoding="utf-8")
    args = {"missing path": ["build", tmp_path / "nope", "--out", out_dir],
            "unknown file type": ["build", tmp_path / "page.html", "--out", out_dir],
            "folder without articles": ["build", tmp_path / "empty-folder", "--out", out_dir],
            "bad version": ["build", ROOT / "seeds", "--out", out_dir, "--version", "1.0"],
            "change an existing version": ["build", BENCH, "--out", out_dir, "--version", "1.0.0"],
            "output is a file": ["build", ROOT / "seeds", "--out", tmp_path / "page.html"],
            "unreadable input path": ["build", BENCH, "--out", out_dir]}[case]
    before = []
    if case == "change an existing version":
        before = versions(_existing(tmp_path))
        capsys.readouterr()
    if case == "unreadable input path":
        real = quotes.inputs.file_sha256

        def denied(p):
            if Path(p) == BENCH:
                raise PermissionError(13, "Permission denied", str(p))
            return real(p)
        monkeypatch.setattr(quotes.inputs, "file_sha256", denied)
    code, out, err = cli(args, capsys)
    assert code != 0 and out == ""
    assert err.startswith("quotes build: error: ") and needle in err and err.count("\n") == 1, err
    no_traceback(err)
    assert versions(out_dir) == before and temporary(out_dir) == []


def test_the_same_input_into_an_existing_version_is_unchanged(tmp_path, capsys):
    out_dir = _existing(tmp_path)
    capsys.readouterr()
    code, out, err = cli(["build", ROOT / "seeds", "--out", out_dir, "--version", "1.0.0"], capsys)
    assert code == 0 and ": unchanged (same input, same builder, same content); documents read 5" in out


def test_errors_of_a_real_process_have_no_traceback(tmp_path):
    for args in (["build", tmp_path / "nope"], ["build", ROOT / "README.md"]):
        p = cli_process([*args, "--out", tmp_path / "dist"])
        assert p.returncode == 2 and p.stdout == "" and p.stderr.startswith("quotes build: error: ")
        no_traceback(p.stderr)


# ---------------------------------------------------------------- atomic versions

@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    """Articles enough for a build of a minute or more on two workers: a build is surely mid-way when a
    signal comes a second after it started extracting."""
    arts = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines()]
    seeds = [p.read_text(encoding="utf-8").split(" ", 3)[-1] for p in SEEDS]
    recs = [{"id": f"{n}-{a['id']}", "text": a["text"]} for n in range(60) for a in arts]
    recs += [{"id": f"{n}-seed{i}", "text": t} for n in range(60) for i, t in enumerate(seeds)]
    return jsonl(tmp_path_factory.mktemp("large") / "large.jsonl.gz", recs, gz=True)


def _start(large: Path, out: Path, workers: int) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-m", "quotes.cli", "build", str(large), "--out", str(out), "--workers",
                          str(workers), "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(out.glob(".tmp-build-*/rows.arrow")):           # extraction has started
        assert p.poll() is None, p.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(1.0)
    assert p.poll() is None, "the build finished before it could be interrupted"
    return p


def _retry_succeeds(out: Path) -> None:
    r = cli_process(["build", ROOT / "seeds", "--out", out, "-q"])
    assert r.returncode == 0 and r.stdout.startswith(f"{out / '1.0.0'}: built"), r.stderr
    assert versions(out) == ["1.0.0"] and temporary(out) == []       # a killed build's folder is removed
    assert manifest(out / "1.0.0")["documents"]["built"] == 5


@pytest.mark.parametrize("sig, workers, code", [(signal.SIGINT, 2, 130), (signal.SIGTERM, 2, 143),
                                                (signal.SIGINT, 1, 130), (signal.SIGHUP, 2, 129)])
def test_an_interrupted_build_leaves_nothing_and_a_retry_succeeds(large, tmp_path, sig, workers, code):
    out = tmp_path / "dist"
    p = _start(large, out, workers)
    kids = children(p.pid)
    assert len(kids) == (workers if workers > 1 else 0)
    p.send_signal(sig)
    stdout, stderr = p.communicate(timeout=120)
    assert p.returncode == code and stdout == ""
    assert stderr == "quotes build: interrupted; nothing was written\n"
    assert versions(out) == [] and temporary(out) == []
    assert all(gone(k) for k in kids)
    _retry_succeeds(out)


def test_a_killed_build_leaves_no_version_its_workers_exit_and_a_retry_cleans_up(large, tmp_path):
    out = tmp_path / "dist"
    p = _start(large, out, 2)
    kids = children(p.pid)
    assert len(kids) == 2
    p.send_signal(signal.SIGKILL)
    p.communicate(timeout=60)                  # returns once the workers, which hold the pipes, are gone
    assert p.returncode == -signal.SIGKILL
    assert versions(out) == [] and len(temporary(out)) == 1         # SIGKILL cannot be cleaned up after...
    deadline = time.monotonic() + 10
    while not all(gone(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all(gone(k) for k in kids)
    _retry_succeeds(out)                                            # ...the next build removes it


def test_a_worker_that_dies_stops_the_build_cleanly(tmp_path, capsys, monkeypatch):
    real = quotes.build.records

    def die(doc, *a, **k):                  # in the (forked) worker: as when the kernel kills it for memory
        if doc.doc_id == "003_1e0c58cecf50c41f":
            os._exit(137)
        return real(doc, *a, **k)
    monkeypatch.setattr(quotes.build, "records", die)
    out = tmp_path / "dist"
    code, stdout, err = cli(["build", ROOT / "seeds", "--out", out, "--workers", "2"], capsys)
    assert code == 2 and stdout == ""
    assert err.startswith("quotes build: error: a worker process died")
    no_traceback(err)
    assert versions(out) == [] and temporary(out) == []


def test_a_crash_mid_build_leaves_no_version_and_no_temporary_folder(tmp_path, monkeypatch):
    calls = []
    real = quotes.build.records

    def crash(doc, *a, **k):
        calls.append(doc.doc_id)
        if len(calls) == 5:
            raise RuntimeError("a bug in the extractor")
        return real(doc, *a, **k)
    monkeypatch.setattr(quotes.build, "records", crash)
    with pytest.raises(RuntimeError):
        main(["build", str(BENCH), "--out", str(tmp_path / "dist"), "--workers", "1", "-q"])
    assert versions(tmp_path / "dist") == [] and temporary(tmp_path / "dist") == []


def test_a_stale_temporary_folder_is_removed_but_not_a_running_builds(tmp_path, capsys):
    out = tmp_path / "dist"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    for name in (f".tmp-build-{dead}-abc", ".tmp-build-old", f".tmp-build-{os.getppid()}-live"):
        (out / name / "data").mkdir(parents=True)
        (out / name / "data" / "train-00000-of-00001.parquet").write_bytes(b"partial")
    code, stdout, err = cli(["build", ROOT / "seeds", "--out", out, "-q"], capsys)
    assert code == 0 and versions(out) == ["1.0.0"]
    assert temporary(out) == [f".tmp-build-{os.getppid()}-live"]     # its process (pytest's parent) is alive


# ---------------------------------------------------------------- offsets

def test_a_row_whose_offsets_do_not_slice_back_stops_the_build(tmp_path, capsys, monkeypatch):
    real = quotes.build.records

    def shifted(doc, *a, **k):
        return [replace(r, start=r.start + 1) for r in real(doc, *a, **k)]
    monkeypatch.setattr(quotes.build, "records", shifted)
    code, out, err = cli(["build", ROOT / "seeds", "--out", tmp_path / "dist", "--workers", "1"], capsys)
    assert code == 2 and "offsets" in err and "please report this document" in err
    no_traceback(err)
    assert versions(tmp_path / "dist") == [] and temporary(tmp_path / "dist") == []


def test_check_offsets_accepts_exact_rows_and_rejects_others():
    from quotes.model import Document
    from quotes.records import records
    text = SEEDS[0].read_text(encoding="utf-8")
    got = records(Document("s", text))
    assert got
    check_offsets(text, got)
    with pytest.raises(OffsetError):
        check_offsets(text[1:], got)


# ---------------------------------------------------------------- determinism

def test_same_bytes_and_quote_ids_in_any_input_order_and_with_any_workers(tmp_path, capsys):
    recs = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines()]
    recs += [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in SEEDS]
    a = jsonl(tmp_path / "a.jsonl", recs)
    b = jsonl(tmp_path / "b.jsonl", recs[::-1])
    c1, c2 = jsonl(tmp_path / "c1.jsonl", recs[1::2]), jsonl(tmp_path / "c2.jsonl.gz", recs[0::2], gz=True)
    builds = [([a], 1), ([b], 2), ([c2, c1], 3), ([c1, c2], 1)]
    got = []
    for i, (inputs, workers) in enumerate(builds):
        code, out, err = cli(["build", *inputs, "--out", tmp_path / f"d{i}", "--workers", workers, "-q"], capsys)
        assert code == 0, err
        v = tmp_path / f"d{i}" / "1.0.0"
        got.append((data_files(v), sorted(rows(v).column("quote_id").to_pylist())))
    assert got[0][1] and all(g == got[0] for g in got)


# ---------------------------------------------------------------- adversarial articles

def _adversarial() -> list[dict]:
    body = "\n".join(p.read_text(encoding="utf-8").split(" ", 3)[-1] for p in SEEDS)
    marks = "«»“”\"„‹›"
    return [
        {"id": "5mb", "text": (body + "\n") * (5_000_000 // len(body) + 1)},
        {"id": "100k-marks", "text": " ".join(("قال" if i % 7 == 0 else "نص") + " " + marks[i % len(marks)]
                                              for i in range(100_000))},
        {"id": "unclosed", "text": "\n".join(f"قال الوزير «كلام {i} بلا إغلاق" if i % 2 else f"وأضاف \"نص {i}"
                                             for i in range(5000))},
        {"id": "mixed", "text": ("\u202bقال\u200f الرئيـــس مُحَمَّـد بن سلـمان\u202c في ١٤ يونيو ٢٠٢٥\x00: «نص\u2066 "
                                 "مهم\u2069 جدا» و\u200eقال\u200e \"abc\x00\" ") * 2000},
    ]


def test_adversarial_articles_build_in_bounded_time_and_memory(tmp_path):
    docs = _adversarial()
    src = jsonl(tmp_path / "adversarial.jsonl", docs)
    out = tmp_path / "dist"
    code = ("import resource, sys, time; from quotes.cli import main; t = time.monotonic(); "
            f"c = main(['build', {str(src)!r}, '--out', {str(out)!r}, '--workers', '1', '-q']); "
            "print(round(time.monotonic() - t, 1), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(c)")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    summary, measure = p.stdout.strip().splitlines()
    seconds, max_kb = float(measure.split()[0]), int(measure.split()[1])
    assert seconds < 180, seconds                     # a quadratic step takes hours here
    assert max_kb < 2_000_000, max_kb                 # about 0.6 GB for a 5 MB article
    assert "documents read 4, built 4, skipped 0" in summary
    t = rows(out / "1.0.0")
    assert t.num_rows > 10_000
    texts = {d["id"]: d["text"] for d in docs}
    for doc_id, start, end, quote in zip(*(t.column(c).to_pylist() for c in ("doc_id", "start", "end", "quote"))):
        assert texts[doc_id][start:end] == quote
