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


# ---------------------------------------------------------------- item 2: a named input that yields nothing stops

def _unusable_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    import gzip

    import pyarrow as pa
    import pyarrow.parquet as pq
    pq.write_table(pa.table({"id": ["p3"], "body": [ARTICLE]}), tmp_path / "no-text.parquet")
    jsonl(tmp_path / "all-bad.jsonl", [{"id": "x"}, {"id": "y", "text": None}, {"text": ARTICLE}])
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "not-gzip.jsonl.gz").write_bytes(b"this is not gzip at all")
    (tmp_path / "bad-folder").mkdir()
    (tmp_path / "bad-folder" / "a.txt").write_bytes(b"")
    (tmp_path / "bad-folder" / "b.txt").write_bytes(ARTICLE.encode("cp1256"))
    (tmp_path / "gz-of-nothing.jsonl.gz").write_bytes(gzip.compress(b"\n\n"))
    return {
        "parquet without text": (tmp_path / "no-text.parquet", "no usable article (unreadable: no `text` column (it "
                                                                "has id, body); a Parquet input needs columns id and text)"),
        "every record bad": (tmp_path / "all-bad.jsonl", "none of its 3 records is a usable article (bad record: 3; "
                                                         f"the first, {tmp_path / 'all-bad.jsonl'}:1: no `text` field)"),
        "empty file": (tmp_path / "empty.jsonl", "holds no articles (no records)"),
        "not gzip": (tmp_path / "not-gzip.jsonl.gz", "no usable article (unreadable: BadGzipFile: Not a gzipped file"),
        "folder of bad files": (tmp_path / "bad-folder", "none of its 2 records is a usable article (empty: 1, "
                                                         "not utf-8: 1;"),
        "blank lines only": (tmp_path / "gz-of-nothing.jsonl.gz", "holds no articles (no records)"),
    }


@pytest.mark.parametrize("case", ["parquet without text", "every record bad", "empty file", "not gzip",
                                  "folder of bad files", "blank lines only"])
def test_a_named_input_that_yields_no_article_stops_the_build(case, tmp_path, capsys):
    bad, why = _unusable_inputs(tmp_path)[case]
    good = jsonl(tmp_path / "good.jsonl", [{"id": "g", "text": ARTICLE}])
    code, out, err = cli(["build", good, bad, "--out", tmp_path / "out"], capsys)
    assert code == 2 and out == ""
    one_error_line(err, f"{bad}", why, "rerun with --on-error skip to build without it")
    assert not (tmp_path / "out").exists()
    # --on-error skip builds the rest, and counts what was lost
    code, out, err = cli(["build", good, bad, "--out", tmp_path / "out", "--on-error", "skip", "-q"], capsys)
    assert code == 0 and out.startswith(f"{tmp_path / 'out' / '1.0.0'}: built; "), err


# ---------------------------------------------------------------- item 3: a file cut short says what was lost

def test_a_truncated_jsonl_gz_says_how_much_was_read_and_that_the_rest_is_lost(tmp_path, capsys):
    import gzip
    data = gzip.compress("".join(json.dumps({"id": f"b{i}", "text": f"{i} {ARTICLE}"}, ensure_ascii=False) + "\n"
                                 for i in range(2000)).encode("utf-8"))
    cut = tmp_path / "download.jsonl.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    code, out, err = cli(["build", cut, "--out", tmp_path / "out", "-q"], capsys)
    assert code == 0, err
    m = json.loads((tmp_path / "out" / "1.0.0" / "manifest.json").read_text(encoding="utf-8"))
    built = m["documents"]["built"]
    assert 100 < built < 2000 and m["documents"]["skipped_by_reason"] == {"truncated": 1}
    size = cut.stat().st_size
    assert m["files_cut_short"] == [{
        "path": str(cut), "reason": "truncated", "lines_read": built, "bytes_read": size, "bytes": size,
        "detail": f"the file ends before its gzip end marker (it was cut short); read {built:,} line(s), {size:,} of "
                  f"its {size:,} bytes: the rest of the file is lost"}]
    assert out.count("\n") == 1 and out.rstrip().endswith(
        f"skipped 1 (truncated: 1), with quotes {built:,}; quotes {m['rows']:,}; {cut}: stopped after line {built:,} "
        f"({size:,} of {size:,} bytes read, truncated), the rest of that file is lost")


# ---------------------------------------------------------------- item 7: a folder lists what it does not read

def test_a_folder_input_lists_every_file_it_does_not_read(tmp_path, capsys):
    d = tmp_path / "scraped"
    (d / "sub").mkdir(parents=True)
    (d / ".cache").mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    jsonl(d / "sub" / "more.jsonl", [{"id": "c", "text": ARTICLE}])
    (d / "table.csv").write_text("id,text\n1,x\n", encoding="utf-8")
    (d / "notes.md").write_text("notes", encoding="utf-8")
    (d / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (d / "LICENSE").write_text("MIT", encoding="utf-8")
    (d / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (d / ".cache" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "elsewhere").symlink_to(SEEDS, target_is_directory=True)
    code, out, err = cli(["build", d, "--out", tmp_path / "out", "-q"], capsys)
    assert code == 0, err
    m = json.loads((tmp_path / "out" / "1.0.0" / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(Path(i["path"]).relative_to(d).as_posix() for i in m["inputs"]) == ["a.txt", "sub/b.txt",
                                                                                       "sub/more.jsonl"]
    listed = {Path(f["path"]).relative_to(d).as_posix(): f["reason"] for f in m["files_not_read"]["files"]}
    assert listed == {"table.csv": "other type", "notes.md": "other type", "photo.png": "other type",
                      "LICENSE": "other type", ".hidden.txt": "hidden", ".cache": "hidden",
                      "elsewhere": "link to a folder"}
    assert m["files_not_read"]["count"] == 7
    assert m["files_not_read"]["by_reason"] == {"hidden": 2, "link to a folder": 1, "other type": 4}
    assert "; files not read 7 (hidden: 2, link to a folder: 1, other type: 4, listed in manifest.json)" in out
    assert next(f for f in m["files_not_read"]["files"] if f["path"].endswith("table.csv"))["detail"] == (
        ".csv is not read; a folder input reads .txt, .jsonl, .jsonl.gz, .parquet")


# ---------------------------------------------------------------- item 10: a bad field is named

@pytest.mark.parametrize("record, detail", [
    ({"id": "a"}, "no `text` field"),
    ({"id": "a", "text": None}, "`text` is null"),
    ({"id": "a", "text": 42}, "`text` is a number, not a string"),
    ({"id": "a", "text": ["a", "b"]}, "`text` is a list, not a string"),
    ({"text": ARTICLE}, "no `id` field"),
    ({"id": None, "text": ARTICLE}, "`id` is null"),
    ({"id": ["a"], "text": ARTICLE}, "`id` is a list, not a string or a whole number"),
    ({"id": True, "text": ARTICLE}, "`id` is true/false, not a string or a whole number"),
    ({"id": "a", "text": ARTICLE, "title": 7}, "`title` is a number, not a string"),
    ({"id": "a", "text": ARTICLE, "source": {"name": "x"}}, "`source` is an object, not a string"),
    ({"id": "a", "text": ARTICLE, "date": 20250101}, "`date` is a number, not a YYYY-MM-DD string"),
])
def test_a_missing_or_wrong_typed_field_is_a_bad_record_that_names_it(record, detail, tmp_path, capsys):
    src = jsonl(tmp_path / "in.jsonl", [{"id": "ok", "text": ARTICLE}, record])
    code, out, err = cli(["build", src, "--out", tmp_path / "out", "-q"], capsys)
    assert code == 0, err
    m = json.loads((tmp_path / "out" / "1.0.0" / "manifest.json").read_text(encoding="utf-8"))
    assert [(s["origin"], s["reason"], s["detail"]) for s in m["skipped"]] == [(f"{src}:2", "bad record", detail)]
    assert "skipped 1 (bad record: 1)" in out


def test_a_whole_number_id_is_an_id(tmp_path, capsys):
    src = jsonl(tmp_path / "in.jsonl", [{"id": 17, "text": ARTICLE}])
    code, out, err = cli(["build", src, "--out", tmp_path / "out", "-q"], capsys)
    assert code == 0, err
    import pyarrow.parquet as pq
    assert set(pq.read_table(tmp_path / "out" / "1.0.0" / "data").column("doc_id").to_pylist()) == {"17"}


# ---------------------------------------------------------------- item 5: every card states the measured quality

def _wilson(k: int, n: int) -> tuple[float, float]:
    z = 1.96
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return centre - half, centre + half


def test_the_card_of_any_build_states_the_builder_s_measured_quality(tmp_path, capsys):
    src = jsonl(tmp_path / "mine.jsonl", [{"id": "a", "text": ARTICLE},
                                          {"id": "b", "text": "وقال: «نعم». وأضاف الوزير: «لا»."}])
    code, out, err = cli(["build", src, "--out", tmp_path / "out", "-q"], capsys)
    assert code == 0, err
    card = (tmp_path / "out" / "1.0.0" / "README.md").read_text(encoding="utf-8")
    section = card.split("## Measured quality", 1)[1].split("\n## ", 1)[0]
    q = json.loads((ROOT / "quotes" / "data" / "quality.json").read_text(encoding="utf-8"))
    assert f"quotes {q['builder_version']}, commit {q['commit']}" in section
    sets = q["gold_sets"]["sets"]
    assert len(sets) >= 6
    for s in sets:                              # every gold set, with its figures and where it was measured
        assert (f"| `{s['name']}` | {s['articles']} | {s['outlets'] if s['outlets'] is not None else '–'} | "
                f"{s['quotes']} | {s['status']} | {s['quote_f1']:.3f} | {s['attribution']:.3f} | "
                f"**{s['end_to_end_f1']:.3f}** |") in section
    held_out = next(s["name"] for s in sets if s["status"].startswith("held out"))
    assert f"quotes evaluate tests/gold/{held_out}.jsonl /tmp/{held_out}/1.0.0" in section
    figures = q["audit"]["figures"]
    assert len(figures) >= 3
    for f in figures:                           # the random-row audit with 95% Wilson intervals
        lo, hi = _wilson(f["k"], f["n"])
        assert (f"- {f['label']}: {f['k'] / f['n']:.0%} ({f['k']} of {f['n']}; 95% interval {lo:.0%}–{hi:.0%})"
                in section)
    import pyarrow.parquet as pq
    rules = pq.read_table(tmp_path / "out" / "1.0.0" / "data").column("rule").to_pylist()
    families = q["audit"]["by_rule"]
    assert len(families) >= 3
    for fam in families:                        # precision per rule family, with this build's rows of it
        n = sum(1 for r in rules if any(r.endswith(e) for e in fam["endings"]))
        row = next(line for line in section.splitlines() if f"| {fam['family']} |" in line)
        share = fam["share"] if fam["share"] is not None else fam["k"] / fam["n"]
        assert f"{share:.0%}" in row and row.endswith(f"| {n:,} ({n / len(rules):.0%}) |")
    assert "- documents read: 2; built: 2; with quotes: 2; skipped: 0\n" in card and "{}" not in card


def test_the_card_counts_skipped_documents_by_reason_in_words(tmp_path, capsys):
    src = jsonl(tmp_path / "mine.jsonl", [{"id": "a", "text": ARTICLE}, {"id": "b"}, {"id": "c", "text": " "}])
    code, out, err = cli(["build", src, "--out", tmp_path / "out", "-q"], capsys)
    assert code == 0, err
    card = (tmp_path / "out" / "1.0.0" / "README.md").read_text(encoding="utf-8")
    assert "; skipped: 2 (bad record: 1, empty: 1)\n" in card


@pytest.mark.parametrize("change, message", [
    (lambda q: q["gold_sets"]["sets"][0].pop("end_to_end_f1"), "gold_sets.sets[0] has no `end_to_end_f1`"),
    (lambda q: q["gold_sets"]["sets"][1].update(attribution=1.5), "gold_sets.sets[1] `attribution` is 1.5"),
    (lambda q: q["audit"]["figures"][0].update(k=130, n=120), "audit.figures[0] has k=130, n=120"),
    (lambda q: q["audit"]["by_rule"][0].update(endings=[]), "audit.by_rule[0] `endings` must be a non-empty list"),
    (lambda q: q["audit"]["by_rule"][0].update(k=None, n=None, share=None), "audit.by_rule[0] `share` is None"),
])
def test_quality_json_is_validated_on_load(change, message, tmp_path):
    from quotes.errors import DataFileError
    from quotes.quality import load_quality
    q = json.loads((ROOT / "quotes" / "data" / "quality.json").read_text(encoding="utf-8"))
    assert load_quality(ROOT / "quotes" / "data" / "quality.json").sets
    change(q)
    bad = tmp_path / "quality.json"
    bad.write_text(json.dumps(q), encoding="utf-8")
    with pytest.raises(DataFileError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_quality(bad)


# ---------------------------------------------------------------- item 11: browser tests in CI

def _pytest(target: str, env: dict) -> tuple[int, str]:
    """This project's pytest on one test, in its own process, with `env` over a copy of os.environ
    (a value of None removes the variable)."""
    import subprocess
    import sys
    run_env = dict(os.environ)
    for k, v in env.items():
        run_env.pop(k, None) if v is None else run_env.__setitem__(k, v)
    p = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", target], cwd=ROOT, env=run_env,
                       capture_output=True, text=True, timeout=600)
    return p.returncode, p.stdout


def test_a_browser_test_without_a_browser_fails_in_ci_and_says_why_elsewhere():
    target = "tests/test_report.py::test_page_in_chromium"
    code, out = _pytest(target, {"CI": "true", "QUOTES_TEST_CHROMIUM": "none"})
    assert code == 1 and "1 failed" in out, out
    assert "CI=true: chromium is not installed (Debian package `chromium`; .ci/run installs it)" in out
    code, out = _pytest(target, {"CI": None, "QUOTES_TEST_CHROMIUM": "none"})
    assert code == 0 and "1 skipped" in out, out
    assert ("SKIPPED [1] tests/test_report.py" in out and "chromium is not installed (Debian package `chromium`; "
            ".ci/run installs it): the audit page is not tested in a browser" in out), out


def test_ci_run_installs_chromium_and_makes_browser_tests_required():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'export CI="${CI:-true}"' in run and "apt-get install -y -qq chromium" in run
    assert run.index("export CI=") < run.index("python -m pytest")
