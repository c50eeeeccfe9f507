"""The ``armswatch`` command: the only place that wires the stages together.

Each sub-command lives in its own module and registers itself on the group. Errors raised on
purpose (``armswatch.errors``) are printed as one line and mapped to their exit code; a user
mistake never shows a traceback.
"""

from __future__ import annotations

import logging
import sys

import click

from armswatch.errors import ArmswatchError
from armswatch.settings import get_settings

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="armswatch")
def cli() -> None:
    """armswatch: arms-transfer intelligence from news, screened against sanctions lists.

    Data flows one way: ingest -> extract -> resolve -> screen -> store -> serve.
    Settings come from ARMSWATCH_* environment variables (see `armswatch settings`).
    """
    logging.basicConfig(level=get_settings().log_level.upper(),
                        format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    # Imported here so that `armswatch --help` stays the one place listing every command.
    from armswatch.serve.cli import (
        demo_cmd,
        eval_cmd,
        extract_cmd,
        ingest_cmd,
        lists_cmd,
        names_cmd,
        screen_cmd,
        settings_cmd,
    )

    for module in (extract_cmd, ingest_cmd, screen_cmd, lists_cmd, names_cmd, eval_cmd, demo_cmd,
                   settings_cmd):
        module.register(cli)


_register()


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="armswatch", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2 if isinstance(exc, click.UsageError) else exc.exit_code)
    except ArmswatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
