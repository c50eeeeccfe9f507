"""`armswatch screen`: screen one name, or a CSV of names, against the loaded sanctions lists."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from armswatch.errors import BadQueryError
from armswatch.model import SanctionHit
from armswatch.screen.screener import Screener
from armswatch.store import open_store

__all__ = ["register"]

_OUT_COLUMNS = ["row", "name", "score", "match", "listed_name", "authority", "list", "list_id", "programs",
                "schema", "entity_id", "matched_name", "explanation", "error"]


def _print_hits(name: str, hits: list[SanctionHit], threshold: float) -> None:
    if not hits:
        click.echo(f"no hit at or above {threshold:.2f} for {name!r}")
        return
    for hit in hits:
        flag = "MATCH" if hit.match else "below threshold"
        click.echo(f"{hit.score:.3f} {flag}  {hit.listed_name}")
        click.echo(f"    {hit.authority} / {hit.list} / {hit.list_id} ({hit.schema})"
                   + (f"  programs: {', '.join(hit.programs)}" if hit.programs else ""))
        click.echo(f"    why: {hit.explanation}")


def _batch(screener: Screener, input_path: Path, output_path: Path, all_hits: bool) -> None:
    try:
        with input_path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise BadQueryError(f"cannot read CSV: {exc}", source=str(input_path)) from exc
    if not rows or "name" not in (rows[0].keys()):
        raise BadQueryError("CSV needs a header with a `name` column", source=str(input_path))
    matched = 0
    with output_path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=_OUT_COLUMNS)
        writer.writeheader()
        with click.progressbar(rows, label="screening", file=sys.stderr) as bar:
            for number, row in enumerate(bar, start=2):
                name = row.get("name") or ""
                base = {"row": number, "name": name}
                try:
                    hits = screener.screen(name, type=(row.get("type") or None),
                                           birth_date=(row.get("birth_date") or None),
                                           country=(row.get("country") or None), all_hits=all_hits)
                except BadQueryError as exc:
                    writer.writerow({**base, "error": str(exc)})
                    continue
                matched += any(h.match for h in hits)
                if not hits:
                    writer.writerow(base)
                for hit in hits:
                    writer.writerow({**base, "score": f"{hit.score:.3f}", "match": hit.match,
                                     "listed_name": hit.listed_name, "authority": hit.authority,
                                     "list": hit.list, "list_id": hit.list_id,
                                     "programs": "; ".join(hit.programs), "schema": hit.schema,
                                     "entity_id": hit.entity_id, "matched_name": hit.matched_name,
                                     "explanation": hit.explanation})
    click.echo(f"screened {len(rows)} names, {matched} with a match; wrote {output_path}", err=True)


@click.command("screen")
@click.argument("name", required=False)
@click.option("--type", "type_", type=click.Choice(["person", "organization"]), help="What the name is.")
@click.option("--birth-date", metavar="YYYY[-MM[-DD]]", help="Birth date, to confirm or discount a hit.")
@click.option("--country", metavar="CC", help="Two-letter country code.")
@click.option("--json", "as_json", is_flag=True, help="Print {query, hits} as JSON.")
@click.option("--all", "all_hits", is_flag=True, help="Also show candidates below the threshold.")
@click.option("--input", "input_path", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Batch: CSV with a `name` column (optional type, birth_date, country).")
@click.option("--output", "output_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Batch: CSV to write the hits to.")
def screen_command(name: str | None, type_: str | None, birth_date: str | None, country: str | None,
                   as_json: bool, all_hits: bool, input_path: Path | None, output_path: Path | None) -> None:
    """Screen NAME (any script) against the loaded sanctions lists, best hit first."""
    if input_path is None and name is None:
        raise click.UsageError("give a NAME, or --input names.csv --output hits.csv")
    if input_path is not None and (output_path is None or name is not None):
        raise click.UsageError("--input needs --output, and no NAME")
    with open_store() as store:
        screener = Screener(store)
        if input_path is not None:
            assert output_path is not None
            screener._require_lists()
            _batch(screener, input_path, output_path, all_hits)
            return
        assert name is not None
        hits = screener.screen(name, type=type_, birth_date=birth_date, country=country, all_hits=all_hits)
        if as_json:
            query: dict[str, object] = {"name": name, "type": type_, "birth_date": birth_date,
                                        "country": country, "threshold": screener.threshold}
            click.echo(json.dumps({"query": query, "hits": [h.to_json() for h in hits]},
                                  ensure_ascii=False, indent=2))
        else:
            _print_hits(name, hits, screener.threshold)


def register(group: click.Group) -> None:
    group.add_command(screen_command)
