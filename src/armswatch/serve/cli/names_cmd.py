"""`armswatch names score`: score name pairs with the screening matcher."""

from __future__ import annotations

from pathlib import Path

import click

from armswatch.errors import BadQueryError
from armswatch.resolve.names import MAX_NAME_CHARS, clean_name
from armswatch.screen.matcher import compare_names
from armswatch.settings import get_settings

__all__ = ["register"]


@click.group("names")
def names_group() -> None:
    """Name matching tools."""


@names_group.command("score")
@click.option("--input", "input_path", required=True,
              type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="TSV with columns name1, name2 (header optional).")
@click.option("--explain", is_flag=True, help="Add the explanation as a fifth column.")
def score_cmd(input_path: Path, explain: bool) -> None:
    """Print name1, name2, score, match (at the screening threshold) for each pair."""
    threshold = get_settings().match_threshold
    try:
        lines = input_path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadQueryError(f"cannot read: {exc}", source=str(input_path)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if number == 1 and [c.strip().lower() for c in cols[:2]] == ["name1", "name2"]:
            continue
        if len(cols) < 2:
            click.echo(f"{input_path}:{number}: expected two tab-separated names, skipped", err=True)
            continue
        a, b = clean_name(cols[0]), clean_name(cols[1])
        if not a or not b or len(a) > MAX_NAME_CHARS or len(b) > MAX_NAME_CHARS:
            click.echo(f"{input_path}:{number}: empty name or longer than {MAX_NAME_CHARS} characters,"
                       " skipped", err=True)
            continue
        result = compare_names(a, b)
        row = [a, b, f"{result.score:.3f}", "match" if result.score >= threshold else "no-match"]
        if explain:
            row.append(result.explain())
        click.echo("\t".join(row))


def register(group: click.Group) -> None:
    group.add_command(names_group)
