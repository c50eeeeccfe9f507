"""`armswatch ingest PATH...`: read articles, extract transfers, screen the parties, store the lot.

Each file stands alone: a bad one is reported on one stderr line and the run goes on; the exit
code is 2 at the end if any file failed. Nothing already stored is touched: an article whose
text is stored already is skipped ("already stored").
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import click

from armswatch.errors import ItemError, RunError
from armswatch.ingest import expand_path, read_document
from armswatch.model import Document
from armswatch.serve.pipeline import AnalysisPipeline
from armswatch.store import open_store

__all__ = ["NO_LISTS_WARNING", "IngestStats", "register", "warnings_of"]

log = logging.getLogger(__name__)

NO_LISTS_WARNING = ("warning: no sanctions lists loaded; screening skipped "
                    "(load them with `armswatch lists load`, or run `armswatch demo` for the samples)")


def warnings_of(doc: Document) -> list[str]:
    return [w for w in doc.metadata.get("warnings", "").split("\n") if w]


@dataclass(slots=True)
class IngestStats:
    read: int = 0
    stored: int = 0
    already: int = 0
    transfers: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unexpected: int = 0

    def summary(self) -> str:
        return (f"{self.read} articles read, {self.stored} stored, {self.already} already stored, "
                f"{len(self.errors)} failed; {self.transfers} transfers")


def _expand(paths: Iterable[Path]) -> list[Path | ItemError]:
    """Files to read, in argument order; a path that names nothing readable stays as its error."""
    items: dict[Path | ItemError, None] = {}
    for path in paths:
        try:
            for found in expand_path(path):
                items.setdefault(found, None)
        except ItemError as exc:
            items[exc] = None
    return list(items)


def _ingest_one(item: Path | ItemError, pipeline: AnalysisPipeline, stats: IngestStats,
                as_json: bool) -> str | None:
    """Process one file; returns the line to print for it (JSON or human), None when it failed."""
    stats.read += 1
    if isinstance(item, ItemError):
        stats.errors.append(str(item))
        return None
    path = item
    try:
        doc = read_document(path)
        stats.warnings.extend(f"{doc.source}: {w}" for w in warnings_of(doc))
        # Known text: skip the work, unless the caller wants the extraction printed.
        if not as_json and pipeline.store.has_article(doc.content_hash):
            stats.already += 1
            return f"already stored: {doc.source} ({doc.id})"
        extraction, stored = pipeline.run(doc)
    except ItemError as exc:
        stats.errors.append(str(exc))
        return None
    except RunError:
        raise  # the store or an installed resource is broken: every further file would fail too
    except Exception as exc:  # a bug on one article must not lose the rest of the batch
        log.debug("unexpected error on %s", path, exc_info=True)
        stats.unexpected += 1
        stats.errors.append(f"{path}: unexpected error ({type(exc).__name__}: {exc}); "
                            "please report it with this file")
        return None
    if stored:
        stats.stored += 1
        stats.transfers += len(extraction.transfers)
    else:
        stats.already += 1
    if as_json:
        record = {"id": doc.id, "stored": stored, **extraction.to_json()}
        return json.dumps(record, ensure_ascii=False)
    listed = sum(1 for e in extraction.entities if any(h.match for h in e.sanctions))
    what = "stored" if stored else "already stored"
    return (f"{what}: {doc.source} ({doc.id}; {doc.language or '?'}; {len(extraction.transfers)} transfers, "
            f"{len(extraction.entities)} entities, {listed} on sanctions lists)")


def _label(item: Path | ItemError | None) -> str | None:
    return item.name if isinstance(item, Path) else None


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON object per article (the extraction, with its id and `stored`).")
def ingest_command(paths: tuple[Path, ...], as_json: bool) -> None:
    """Read, extract, screen and store articles (files or directories of .txt/.html/.htm/.md).

    An article whose text is already stored is not stored again. Bad files are reported one per
    line on stderr; the others go on, and the exit code is 2 if any failed (1 if a file hit an
    unexpected error, which is a bug worth reporting).
    """
    stats = IngestStats()
    files = _expand(paths)
    with open_store() as store:
        pipeline = AnalysisPipeline(store)
        if not pipeline.screening:
            click.echo(NO_LISTS_WARNING, err=True)
        # Per-article lines only where they stay readable: JSON (stdout, while the bar is on
        # stderr) or a single file. A batch gets the progress bar and the summary.
        echo_each = as_json or len(files) == 1

        def ingest(item: Path | ItemError) -> None:
            line = _ingest_one(item, pipeline, stats, as_json)
            if line is not None and echo_each:
                click.echo(line)

        if len(files) > 1:
            with click.progressbar(files, label="ingesting", file=sys.stderr,
                                   item_show_func=_label) as bar:
                for item in bar:
                    ingest(item)
        else:
            for item in files:
                ingest(item)
    for warning in stats.warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in stats.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(stats.summary(), err=as_json)
    if stats.errors:
        sys.exit(1 if stats.unexpected else 2)


def register(group: click.Group) -> None:
    group.add_command(ingest_command)
