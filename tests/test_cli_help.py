"""Every `quotes` command and subcommand answers --help, and documents every option it takes."""
from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from quotes.cli import main, parser


def _commands(p: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command path, parser, help line) for every subcommand, at any depth."""
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield (*path, name), sub, helps.get(name)
                yield from _commands(sub, (*path, name))


COMMANDS = list(_commands(parser()))


def test_the_cli_has_its_commands():
    names = {c[0] for c, _, _ in COMMANDS}
    assert {"build", "evaluate", "schema", "speakers", "search", "report"} <= names


def test_top_level_help(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: quotes")
    for path, _, _ in COMMANDS:
        if len(path) == 1:
            assert path[0] in out


@pytest.mark.parametrize("path", [c for c, _, _ in COMMANDS], ids=lambda c: " ".join(c))
def test_every_command_has_help(path, capsys):
    with pytest.raises(SystemExit) as e:
        main([*path, "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: quotes {' '.join(path)}")
    sub, line = next((p, h) for c, p, h in COMMANDS if c == path)
    assert line, f"`quotes {' '.join(path)}` has no one-line help in `quotes --help`"
    assert sub.description, f"`quotes {' '.join(path)}` has no description"
    for action in sub._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        name = "/".join(action.option_strings) or action.dest
        assert action.help and action.help != argparse.SUPPRESS, f"`quotes {' '.join(path)}` {name}: no help text"
        for flag in action.option_strings:
            assert flag in out


def test_help_through_the_installed_entry_point():
    for args in (["--help"], ["search", "--help"], ["report", "-h"]):
        r = subprocess.run([sys.executable, "-m", "quotes.cli", *args], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and r.stdout.startswith("usage: quotes"), r.stderr
