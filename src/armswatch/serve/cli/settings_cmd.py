"""`armswatch settings`: print every ARMSWATCH_* setting with its value and meaning."""

from __future__ import annotations

import os

import click

from armswatch.settings import SETTINGS

__all__ = ["register"]


@click.command("settings")
def settings_command() -> None:
    """Show every ARMSWATCH_* setting, its current value and what it does."""
    for setting in SETTINGS:
        value = os.environ.get(setting.name, setting.default)
        click.echo(f"{setting.name}={value}\n    {setting.help}")


def register(group: click.Group) -> None:
    group.add_command(settings_command)
