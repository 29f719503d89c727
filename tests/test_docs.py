"""Documentation is tested: every CLI command and option appears in the README."""

from __future__ import annotations

import re
from pathlib import Path

import click

from fusionwatch.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "fusionwatch") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        full = f"{prefix} {name}"
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, full))
        else:
            out.append((full, cmd))
    return out


def test_every_command_is_documented() -> None:
    missing = [name for name, _ in _commands(main) if f"`{name}" not in README]
    assert missing == []


def test_every_long_option_is_documented() -> None:
    missing = []
    for name, cmd in _commands(main):
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in ("--help",) and opt not in README:
                    missing.append(f"{name} {opt}")
    assert missing == []


def test_quickstart_is_two_commands() -> None:
    block = re.search(r"## Quickstart\s+```\n(.*?)```", README, re.S)
    assert block is not None
    assert block.group(1).split("\n")[:2] == ["make demo", "make test"]
