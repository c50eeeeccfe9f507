"""`armswatch demo`: the whole flow on the bundled sample articles and lists, on a fresh machine.

Opens the default store, loads the sample sanctions lists if none are loaded, then reads, extracts,
screens and stores every sample article and prints its report. Needs nothing outside the package.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

import click

from armswatch.ingest import document_from_bytes
from armswatch.serve.cli.ingest_cmd import warnings_of
from armswatch.serve.pipeline import AnalysisPipeline
from armswatch.serve.report import format_extraction
from armswatch.settings import get_settings
from armswatch.store import open_store

__all__ = ["register", "sample_articles"]

_RULE = "-" * 78


def sample_articles() -> list[Traversable]:
    """The bundled sample articles, in name order."""
    folder = files("armswatch").joinpath("samples", "articles")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)


@click.command("demo")
def demo_command() -> None:
    """Run the whole flow on the bundled sample articles and print a report for each.

    Uses the default database (ARMSWATCH_DATABASE) and loads the bundled sample sanctions lists
    into it when it has none. Running it again stores nothing twice.
    """
    from armswatch.screen.lists import ensure_sample_lists

    articles = sample_articles()
    database = get_settings().database
    with open_store() as store:
        loaded = ensure_sample_lists(store)
        if loaded is not None:
            entities = sum(item.info.entity_count or len(item.entities) for item in loaded.loaded)
            click.echo(f"Loaded {len(loaded.loaded)} bundled sample sanctions lists ({entities} entries) "
                       f"into {database}.", err=True)
            for failure in loaded.failed:
                click.echo(f"warning: sample list not loaded: {failure.error}", err=True)
        pipeline = AnalysisPipeline(store)
        stored = transfers = listed = 0
        for sample in articles:
            source = f"samples/articles/{sample.name}"
            doc = document_from_bytes(sample.read_bytes(), source, suffix=".txt")
            extraction, new = pipeline.run(doc)
            stored += new
            transfers += len(extraction.transfers)
            listed += sum(1 for e in extraction.entities if any(h.match for h in e.sanctions))
            click.echo(format_extraction(extraction))
            for warning in warnings_of(doc):
                click.echo(f"    warning: {warning}")
            click.echo(f"    ({'stored' if new else 'already stored'} as {doc.id})")
            click.echo(_RULE)
        click.echo(f"{len(articles)} sample articles: {transfers} transfers, {listed} entities on "
                   f"sanctions lists; {stored} newly stored in {database} "
                   f"({store.count_articles()} articles in total).")


def register(group: click.Group) -> None:
    group.add_command(demo_command)
