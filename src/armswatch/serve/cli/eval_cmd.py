"""`armswatch eval DEV_DIR`: run extraction over a gold set and print the scorer's figures.

DEV_DIR holds articles/NNN.txt, gold/NNN.json and score.py (the shared scorer, run as it is).
With `--baseline FILE` the run fails (exit 1) when transfer F1, any per-language F1 or entity
recall drops below the pinned figures: the gate may only go up.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from armswatch.errors import BadDocumentError

__all__ = ["check_baseline", "register"]

GATED = ("f1", "entity_recall")


def check_baseline(result: dict[str, Any], baseline: dict[str, Any], tolerance: float = 1e-9) -> list[str]:
    """The figures that fell below the baseline, as readable lines (empty: the gate passes)."""
    drops = []
    for key in GATED:
        if key in baseline and (result.get(key) or 0.0) + tolerance < baseline[key]:
            drops.append(f"{key} {result.get(key)} < baseline {baseline[key]}")
    for lang, value in baseline.get("per_language_f1", {}).items():
        got = result.get("per_language_f1", {}).get(lang, 0.0)
        if got + tolerance < value:
            drops.append(f"F1[{lang}] {got} < baseline {value}")
    if "negative_article_false_positives" in baseline and \
            result.get("negative_article_false_positives", 0) > baseline["negative_article_false_positives"]:
        drops.append(f"false positives in negative articles {result['negative_article_false_positives']} > "
                     f"baseline {baseline['negative_article_false_positives']}")
    return drops


@click.command("eval")
@click.argument("dev_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="Pinned figures (JSON); exit 1 when any gated figure falls below them.")
@click.option("--predictions", type=click.Path(path_type=Path, dir_okay=False),
              help="Also keep the predictions (JSON lines) in this file.")
@click.option("--verbose", is_flag=True, help="Print per-article figures too.")
@click.option("--write-baseline", is_flag=True, help="Write the figures of this run to --baseline.")
def eval_command(dev_dir: Path, baseline: Path | None, predictions: Path | None, verbose: bool,
                 write_baseline: bool) -> None:
    """Score extraction on a gold set (e.g. ../shared/eval-dev) with its own score.py."""
    from armswatch.extract import extract_document
    from armswatch.ingest import read_document
    from armswatch.resolve.canonical import canonicalise

    scorer = dev_dir / "score.py"
    articles = sorted((dev_dir / "articles").glob("*.txt"))
    if not scorer.is_file() or not articles:
        raise BadDocumentError("expected score.py and articles/*.txt in the gold set folder", source=str(dev_dir))
    with tempfile.TemporaryDirectory() as tmp:
        out = predictions or Path(tmp) / "pred.jsonl"
        with out.open("w", encoding="utf-8") as handle:
            with click.progressbar(articles, label="extracting", file=sys.stderr) as bar:
                for path in bar:
                    extraction = extract_document(read_document(path))
                    canonicalise(extraction)
                    handle.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
        args = [sys.executable, str(scorer), str(dev_dir), str(out)]
        proc = subprocess.run([*args, "--json"], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise BadDocumentError(f"scorer failed: {proc.stderr.strip()[:500]}", source=str(scorer))
        result = json.loads(proc.stdout)
        human = subprocess.run([*args, *(["--verbose"] if verbose else [])], capture_output=True, text=True,
                               check=False)
        click.echo(human.stdout.rstrip())
    if baseline is None:
        return
    if write_baseline:
        pinned = {k: result[k] for k in (*GATED, "per_language_f1", "negative_article_false_positives")}
        baseline.write_text(json.dumps(pinned, indent=1) + "\n", encoding="utf-8")
        click.echo(f"baseline written to {baseline}")
        return
    drops = check_baseline(result, json.loads(baseline.read_text(encoding="utf-8")))
    if drops:
        for line in drops:
            click.echo(f"gate: {line}", err=True)
        sys.exit(1)
    click.echo(f"gate: passed (baseline {baseline})")


def register(group: click.Group) -> None:
    group.add_command(eval_command)
