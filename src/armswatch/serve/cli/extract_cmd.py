"""`armswatch extract PATH...`: extract transfers and entities without storing anything.

Human-readable report by default, or `--json`: one JSON object per article (the contract in the
README). Entities are screened when sanctions lists are loaded in the database.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from armswatch.errors import ItemError
from armswatch.ingest import expand_path, read_document
from armswatch.serve.report import format_extraction
from armswatch.store import open_store

__all__ = ["register"]


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per article (JSON lines).")
@click.option("--no-screen", is_flag=True, help="Do not screen entities against the loaded lists.")
def extract_command(paths: tuple[Path, ...], as_json: bool, no_screen: bool) -> None:
    """Extract arms transfers, entities, values and dates from articles (text or HTML files,
    or folders of them) and print them, each fact with the sentence that proves it."""
    from armswatch.serve.cli.ingest_cmd import NO_LISTS_WARNING
    from armswatch.serve.pipeline import AnalysisPipeline

    failed = 0
    with open_store() as store:
        pipeline = AnalysisPipeline(store, screen=not no_screen)
        if not no_screen and not pipeline.screening:
            click.echo(NO_LISTS_WARNING, err=True)
        files: list[Path] = []
        for path in paths:
            try:
                files.extend(expand_path(path))
            except ItemError as exc:
                click.echo(f"error: {exc}", err=True)
                failed += 1
        for file in files:
            try:
                extraction = pipeline.analyse(read_document(file))
            except ItemError as exc:
                click.echo(f"error: {exc}", err=True)
                failed += 1
                continue
            if as_json:
                sys.stdout.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
            else:
                click.echo(format_extraction(extraction))
    if failed:
        sys.exit(2)


def register(group: click.Group) -> None:
    group.add_command(extract_command)
