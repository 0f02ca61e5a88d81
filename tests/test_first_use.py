"""First use without surprises (issue 14), driven as a new user drives the builder: `quotes build` on the
command line, then `datasets.load_dataset` on what it wrote. Every version written loads; every failure is
one plain line naming the path and what to do; folders and files follow the umask."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from quotes.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLE = "وقال وزير الخارجية سيرغي لافروف للصحفيين: «لن نقبل بهذا الاتفاق». وأضاف: «الحوار مستمر»."


def cli(args: list, capsys) -> tuple[int, str, str]:
    """`quotes ARGS` in this process: (exit status, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(path: Path, records: list) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def versions(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir()) if out.exists() else []


def one_error_line(err: str, *needles: str) -> None:
    assert err.startswith("quotes build: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "[Errno" not in err, err
    for n in needles:
        assert n in err, (n, err)


def load(version: Path, tmp_path: Path):
    from datasets import load_dataset
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    return load_dataset(str(version), split="train", cache_dir=str(tmp_path / "hf-cache"))


# ---------------------------------------------------------------- item 1: every version written loads

def test_a_build_without_quotes_writes_no_version_and_says_why(tmp_path, capsys):
    src = jsonl(tmp_path / "noq.jsonl", [{"id": "a", "text": "لا اقتباس هنا."}])
    code, out, err = cli(["build", src, "--out", tmp_path / "out"], capsys)
    assert code == 2 and out == ""
    one_error_line(err, "no quotes found in the 1 document(s) read", "no version was written",
                   "datasets.load_dataset")
    assert not (tmp_path / "out").exists()


def test_every_version_a_build_writes_loads_with_load_dataset(tmp_path, capsys):
    src = jsonl(tmp_path / "one.jsonl", [{"id": "a", "text": "لا اقتباس هنا."}, {"id": "b", "text": ARTICLE}])
    code, out, err = cli(["build", src, "--out", tmp_path / "out", "-q"], capsys)
    assert code == 0, err
    ds = load(tmp_path / "out" / "1.0.0", tmp_path)
    assert ds.num_rows == 2 and set(ds["doc_id"]) == {"b"}


# ---------------------------------------------------------------- item 4: modes follow the umask

@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_version_folders_and_files_follow_the_umask(umask, tmp_path, capsys):
    old = os.umask(umask)
    try:
        code, out, err = cli(["build", SEEDS, "--out", tmp_path / "out", "-q", "--workers", "1"], capsys)
    finally:
        os.umask(old)
    assert code == 0, err
    made = [tmp_path / "out", *sorted((tmp_path / "out").rglob("*"))]
    modes = {p.relative_to(tmp_path).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in made}
    folders = {p for p in modes if (tmp_path / p).is_dir()}
    assert {"out", "out/1.0.0", "out/1.0.0/data"} <= folders
    assert {p: m for p, m in modes.items() if p in folders} == {p: 0o777 & ~umask for p in folders}
    files = set(modes) - folders
    assert "out/1.0.0/manifest.json" in files and len(files) >= 4
    assert {p: m for p, m in modes.items() if p in files} == {p: 0o666 & ~umask for p in files}


# ---------------------------------------------------------------- item 8: canonical versions only

@pytest.mark.parametrize("version", ["01.0.0", "1.00.0", "1.0.01", "١.٠.٠", "1.0", "v1.0.0", "1.0.0.0"])
def test_only_canonical_versions_are_accepted(version, tmp_path, capsys):
    code, out, err = cli(["build", SEEDS, "--out", tmp_path / "out", "--version", version], capsys)
    assert code == 2 and out == ""
    one_error_line(err, f"version {version!r} is not X.Y.Z")
    assert not (tmp_path / "out").exists()


def test_a_canonical_version_is_built_where_asked(tmp_path, capsys):
    code, out, err = cli(["build", SEEDS, "--out", tmp_path / "out", "--version", "10.2.0", "-q"], capsys)
    assert code == 0 and out.startswith(f"{tmp_path / 'out' / '10.2.0'}: built;"), err
    assert versions(tmp_path / "out") == ["10.2.0"]


# ---------------------------------------------------------------- item 9: an --out that cannot be written

def test_an_out_that_is_a_file_is_one_line_and_exit_2(tmp_path, capsys):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    for out_dir, why in ((tmp_path / "taken", "it is a file, not a folder"),
                         (tmp_path / "taken" / "dist", "a part of the path is a file, not a folder")):
        code, out, err = cli(["build", SEEDS, "--out", out_dir], capsys)
        assert code == 2 and out == ""
        one_error_line(err, f"--out {out_dir}: cannot write the dataset there ({why})")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_out_is_one_line_and_exit_2(tmp_path, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        for out_dir in (ro, ro / "dist"):
            code, out, err = cli(["build", SEEDS, "--out", out_dir], capsys)
            assert code == 2 and out == ""
            one_error_line(err, f"--out {out_dir}: cannot write the dataset there (no permission to write there)")
    finally:
        ro.chmod(0o755)
