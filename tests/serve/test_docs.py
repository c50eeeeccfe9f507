"""The README documents every setting and every command, and the CLI helps on each."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from armswatch.serve.cli import cli
from armswatch.settings import SETTINGS

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, command in sorted(group.commands.items()):
        out.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, f"{prefix}{name} "))
    return out


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_in_the_readme(setting: object) -> None:
    name = setting.name
    default = setting.default
    row = next((line for line in README.splitlines() if f"`{name}`" in line and line.startswith("|")), None)
    assert row is not None, f"{name} missing from the README settings table"
    assert default == "" or f"`{default}`" in row, f"{name}: README default differs from {default!r}"


@pytest.mark.parametrize(("name", "command"), _commands(cli), ids=[n for n, _ in _commands(cli)])
def test_every_command_is_documented_and_helps(name: str, command: click.Command) -> None:
    if not isinstance(command, click.Group):
        assert f"`{name}" in README, f"`armswatch {name}` is not in the README commands table"
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert (command.help or "").split("\n")[0].strip()[:30] in " ".join(result.output.split())
