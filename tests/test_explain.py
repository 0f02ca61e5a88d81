"""`quotes explain` driven as a user drives it: build the seeds into a folder, take rows from the Parquet, and ask
why each has its speaker (DATASET QUOTE_ID, or --articles FILE --at OFFSET [--doc ID]); and the errors a user
meets, each one line with exit status 2."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from quotes.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seeds built into a fresh folder: (version folder, seeds folder, rows of its Parquet)."""
    root = tmp_path_factory.mktemp("explain")
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    assert main(["build", str(seeds), "--out", str(root / "dist"), "--version", "1.0.0", "--workers", "1",
                 "-q"]) == 0
    version = root / "dist" / "1.0.0"
    rows = pq.read_table(next((version / "data").glob("*.parquet"))).to_pylist()
    assert len(rows) > 20
    return version, seeds, rows


def explain(capsys, *args) -> tuple[int, str, str]:
    code = main(["explain", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def sections(out: str) -> dict[str, list[str]]:
    """The output's lines by section: the head (quote, doc, speaker, cue, row, note), context, cast, trace."""
    got: dict[str, list[str]] = {"head": []}
    part = "head"
    for line in out.splitlines():
        if line in ("context", "cast", "trace"):
            part = line
            got[part] = []
        elif line.strip():
            got[part].append(line)
    return got


def sieve_of(rule: str) -> str:
    """The sieve part of a row's rule: cue-verb/after-verb → after-verb; continuation → continuation."""
    return rule.split("/", 1)[1] if "/" in rule else rule


def pick(rows, suffix: str, kind: str | None = None) -> dict:
    """The first row whose rule ends with /suffix (the seeds have rows of each of these sieves), of a speaker of
    that kind when one is asked for."""
    hit = [r for r in rows if r["rule"].endswith("/" + suffix) and r["speaker"]
           and kind in (None, r["speaker_type"])]
    assert hit, sorted({r["rule"] for r in rows})
    return hit[0]


@pytest.mark.parametrize("suffix", ["after-verb", "implicit-last", "same-sentence", "previous-subject"])
def test_explain_a_row(built, capsys, suffix):
    version, _, rows = built
    row = pick(rows, suffix)
    code, out, err = explain(capsys, version, row["quote_id"])
    assert code == 0, err
    part = sections(out)
    head = "\n".join(part["head"])
    assert f"quote    «{row['quote']}»" in head
    assert f"doc      {row['doc_id']}" in head
    assert f"speaker  {row['speaker']}  (" in head and f"rule {row['rule']})" in head
    assert f"row      speaker_id {row['speaker_id']}  speaker {row['speaker']}  rule {row['rule']}" in head
    assert not any(line.startswith("note") for line in part["head"]), head
    assert part["context"] and "⟦" in part["context"][0] + "".join(part["context"])
    assert part["cast"], out                              # a cast section, with the article's people or a notice
    chosen = [line.split()[0] for line in part["trace"] if line.split()[1:2] == ["chose"]]
    assert chosen and chosen[-1] == sieve_of(row["rule"]), part["trace"]


def test_explain_a_row_names_the_cast(built, capsys):
    version, _, rows = built
    row = pick(rows, "after-verb", "person")
    _, out, _ = explain(capsys, version, row["quote_id"])
    cast = sections(out)["cast"]
    assert any(line.split("] ", 1)[1].split()[:1] == ["person"] and f" {row['speaker']}" in line
               for line in cast), cast


def test_every_row_of_the_seeds_build_is_explained(built, capsys):
    version, _, rows = built
    for row in rows:
        code, out, err = explain(capsys, version, row["quote_id"])
        assert code == 0, (row["quote_id"], err)
        head = sections(out)["head"]
        assert not any(line.startswith("note") for line in head), (row["quote"], head)
        assert f"quote    «{row['quote']}»" in head[0]
        if row["speaker"] is not None:
            assert f"speaker  {row['speaker']}  (" in "\n".join(head), head


def test_explain_at_an_offset_in_an_article_file(built, capsys):
    version, seeds, rows = built
    row = pick(rows, "after-verb")
    article = seeds / f"{row['doc_id']}.txt"
    assert article.exists(), sorted(p.name for p in seeds.iterdir())
    middle = (row["start"] + row["end"]) // 2
    code, out, err = explain(capsys, "--articles", article, "--at", middle)
    assert code == 0, err
    head = "\n".join(sections(out)["head"])
    assert f"quote    «{row['quote']}»" in head
    assert f"speaker  {row['speaker']}  (" in head and f"rule {row['rule']})" in head
    assert "row " not in head                             # no dataset row: the article only
    # a folder of articles: say which one with --doc
    code, out2, err = explain(capsys, "--articles", seeds, "--at", middle, "--doc", row["doc_id"])
    assert code == 0, err
    assert out2 == out


def test_explain_at_an_offset_needs_the_document_of_a_folder(built, capsys):
    _, seeds, rows = built
    code, out, err = explain(capsys, "--articles", seeds, "--at", rows[0]["start"])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--doc ID" in err, err


def test_unknown_quote_id(built, capsys):
    version, _, _ = built
    code, out, err = explain(capsys, version, "0123456789abcdef")
    assert code == 2 and out == ""
    assert err.count("\n") == 1, err
    assert err.startswith("quotes explain: error: ") and "no row has quote_id '0123456789abcdef'" in err


def test_a_dataset_whose_inputs_are_gone_asks_for_the_articles(built, tmp_path, capsys):
    _, _, rows = built
    seeds = tmp_path / "gone"
    shutil.copytree(SEEDS, seeds)
    assert main(["build", str(seeds), "--out", str(tmp_path / "dist"), "--version", "1.0.0", "--workers", "1",
                 "-q"]) == 0
    capsys.readouterr()
    shutil.rmtree(seeds)
    version = tmp_path / "dist" / "1.0.0"
    code, out, err = explain(capsys, version, rows[0]["quote_id"])
    assert code == 2 and out == ""
    assert err.count("\n") == 1, err
    assert "--articles FILE" in err and "manifest" in err, err
    # … and with the articles given, the row is explained
    code, out, err = explain(capsys, version, rows[0]["quote_id"], "--articles", SEEDS)
    assert code == 0, err
    assert f"quote    «{rows[0]['quote']}»" in out


def test_an_offset_outside_any_quote(built, capsys):
    _, seeds, rows = built
    article = seeds / f"{rows[0]['doc_id']}.txt"
    code, out, err = explain(capsys, "--articles", article, "--at", 0)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no quoted span covers character 0" in err, err


def test_explain_from_the_command_line(built):
    """The installed command, as a user types it: a row, then an error on stderr with exit status 2."""
    version, _, rows = built
    row = pick(rows, "after-verb")
    run = subprocess.run([sys.executable, "-m", "quotes.cli", "explain", str(version), row["quote_id"]],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0, run.stderr
    assert f"«{row['quote']}»" in run.stdout and "\ntrace\n" in run.stdout and "\ncast\n" in run.stdout
    run = subprocess.run([sys.executable, "-m", "quotes.cli", "explain", str(version), "ffffffffffffffff"],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "ffffffffffffffff" in run.stderr
