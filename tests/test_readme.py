"""The README's "Set up", "Build your own" and "Python API" sections match what the program does: their
shell examples are run on a copy of a fresh clone and print what the README shows (… stands for any text),
the usage line has the options `quotes build --help` has, the folder rules are the program's, and the Python
example runs."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.cli import parser
from quotes.inputs import SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert m, f"README has no section {title!r}"
    return m.group(1)


def blocks(text: str) -> list[str]:
    return re.findall(r"^```[a-z]*\n(.*?)^```", text, re.S | re.M)


def examples(text: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) of every `$ ` line of the section's code blocks."""
    out = []
    for b in blocks(text):
        mine = []
        for line in b.splitlines():
            if line.startswith("$ "):
                mine.append((line[2:], []))
            elif mine and line.strip():
                mine[-1][1].append(line)
        out += mine
    return out


def matches(expected: str, got: str) -> bool:
    return re.fullmatch(".*?".join(re.escape(p) for p in expected.split("…")), got) is not None


@pytest.fixture
def clone(tmp_path) -> Path:
    """What a fresh clone holds that the examples use."""
    d = tmp_path / "clone"
    d.mkdir()
    for name in ("seeds", "dist"):
        shutil.copytree(ROOT / name, d / name)
    (d / "tests" / "gold").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "gold" / "bench30_articles.jsonl", d / "tests" / "gold")
    shutil.copy(ROOT / "README.md", d / "README.md")
    return d


def run(command: str, cwd: Path) -> list[str]:
    assert command.startswith("quotes "), command
    p = subprocess.run(f"{sys.executable} -m quotes.cli {command[len('quotes '):]}", shell=True, cwd=cwd,
                       capture_output=True, text=True, timeout=300)
    return (p.stdout + p.stderr).splitlines()


@pytest.mark.parametrize("title", ["Set up", "Build your own"])
def test_the_shell_examples_print_what_the_readme_shows(title, clone):
    found = examples(section(title))
    assert found, f"{title}: no `$ quotes …` example"
    for command, expected in found:
        got = run(command, clone)
        assert len(got) == len(expected) and all(matches(e, g) for e, g in zip(expected, got)), (command, got)


def test_set_up_says_a_fresh_clone_has_dist_1_0_0_and_how_to_build_a_new_version():
    found = dict(examples(section("Set up")))
    assert found["quotes build"][0].startswith("dist/1.0.0: unchanged")
    assert any(c.startswith("quotes build ") and "--out" in c and out[0].endswith(tuple("…0123456789"))
               and ": built;" in out[0] for c, out in found.items())


def test_the_usage_line_has_every_option_of_quotes_build():
    usage = blocks(section("Build your own"))[0]
    build = next(a for a in parser()._actions if hasattr(a, "choices") and isinstance(a.choices, dict)).choices["build"]
    options = {o for a in build._actions for o in a.option_strings if o.startswith("--") and o != "--help"}
    assert options == set(re.findall(r"--[a-z-]+", usage)) | {"--quiet"}
    for a in build._actions:
        if a.choices and a.option_strings:
            assert f"{a.option_strings[0]} {'|'.join(a.choices)}" in usage


def test_the_folder_rules_are_the_program_s():
    text = " ".join(section("Build your own").split())
    assert "every " + ", ".join(f"`{s}`" for s in SUFFIXES[:-1]) + f" and `{SUFFIXES[-1]}` file" in text
    for reason in ("other type", "hidden", "link to a folder"):
        assert f"`{reason}`" in text
    assert "`files_not_read`" in text and "`files_cut_short`" in text and "--on-error skip" in text


def test_the_python_example_runs(clone, tmp_path):
    code = next(b for b in blocks(section("Python API")) if "quotes.extract(" in b and "quotes.load(" in b)
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1",
           "HF_DATASETS_CACHE": str(tmp_path / "hf"), "HF_HOME": str(tmp_path / "hf-home")}
    p = subprocess.run([sys.executable, "-c", code], cwd=clone, env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "1.0.0" in p.stdout
