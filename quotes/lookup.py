"""Speaker look-ups and the audit page: `quotes speakers`, `quotes search`, `quotes report`."""
from __future__ import annotations


def add_commands(sub) -> None:
    """Register the look-up subcommands on the CLI's subparsers."""
    return None
