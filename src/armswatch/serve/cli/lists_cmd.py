"""`armswatch lists`: load list files, show what is loaded, update from the official sources."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from armswatch.errors import BadListError, ListDownloadError
from armswatch.screen.lists import load_into, update_lists
from armswatch.screen.loaders import LoadedList, LoadFailure
from armswatch.store import open_store

__all__ = ["register"]


@click.group("lists")
def lists_group() -> None:
    """Sanctions lists: load files, show status, update from official sources."""


def _describe(loaded: LoadedList) -> str:
    info = loaded.info
    return (f"{info.name}: {info.authority}, {info.entity_count} entities, "
            f"list date {info.list_date or 'unknown'} ({loaded.path.name})")


@lists_group.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def load_cmd(paths: tuple[Path, ...]) -> None:
    """Load sanctions list files or directories (formats are recognised by content).

    Each list replaces the earlier copy of the same list in one transaction; a file that fails
    leaves what was loaded before in place.
    """
    started = time.monotonic()

    def progress(result: LoadedList | LoadFailure) -> None:
        if isinstance(result, LoadFailure):
            click.echo(f"error: {result.error}", err=True)
        else:
            click.echo(_describe(result))
            for note in result.notes[:5]:
                click.echo(f"  note: {note}", err=True)
            if len(result.notes) > 5:
                click.echo(f"  note: ... and {len(result.notes) - 5} more", err=True)

    with open_store() as store:
        click.echo(f"loading {len(paths)} path(s)...", err=True)
        report = load_into(store, paths, progress=progress)
    elapsed = time.monotonic() - started
    total = sum(x.info.entity_count for x in report.loaded)
    click.echo(f"loaded {len(report.loaded)} list(s), {total} entities in {elapsed:.1f}s"
               + (f"; {len(report.failed)} file(s) failed" if report.failed else ""), err=True)
    if report.failed and not report.loaded:
        raise BadListError(f"no list loaded: {len(report.failed)} file(s) failed")


@lists_group.command("status")
def status_cmd() -> None:
    """Show the loaded lists."""
    with open_store() as store:
        infos = store.lists()
    if not infos:
        click.echo("no lists loaded; run `armswatch lists load PATH` or `armswatch lists update`", err=True)
        return
    header = ("dataset", "authority", "title", "list date", "entities", "loaded at", "source")
    rows = [(i.name, i.authority, i.title, i.list_date or "-", str(i.entity_count), i.loaded_at, i.source)
            for i in infos]
    widths = [max(len(r[c]) for r in (header, *rows)) for c in range(len(header) - 1)]
    for row in (header, *rows):
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)) + "  " + row[-1])


@lists_group.command("update")
@click.option("--only", "only", multiple=True, metavar="NAME",
              help="Update only this list (repeatable), e.g. --only un_sc.")
def update_cmd(only: tuple[str, ...]) -> None:
    """Download the official lists and swap them in (URLs: ARMSWATCH_LIST_URLS overrides).

    A failed or implausible download leaves the previous copy of that list in place.
    """
    with open_store() as store:
        results = update_lists(store, only=only or None)
    failed = 0
    for result in results:
        if result.loaded is not None:
            click.echo(f"updated {_describe(result.loaded)}")
        else:
            failed += 1
            click.echo(f"error: {result.source.name}: {result.error}; previous copy kept", err=True)
    if failed:
        click.echo(f"{failed} of {len(results)} list(s) failed to update", err=True)
        sys.exit(ListDownloadError.exit_code)


def register(group: click.Group) -> None:
    group.add_command(lists_group)
