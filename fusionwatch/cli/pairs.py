"""``fusionwatch pairs score``: score a CSV of name pairs (the evaluation interface)."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("pairs")
def pairs() -> None:
    """Score pairs of organization names."""


@pairs.command("score")
@click.option("--in", "source", required=True, metavar="PAIRS.csv",
              help="CSV with columns name1,name2 (optional country1,country2).")
@click.option("--out", "target", required=True, metavar="SCORED.csv",
              help="Output: the same rows with score, match and explanation added.")
@click.option("--algorithm", default="fw-1", show_default=True, help="Matching algorithm.")
def score(source: str, target: str, algorithm: str) -> None:
    """Add score (0-1), match (at the default threshold) and explanation to each pair."""
    from fusionwatch.resolve.pairs import score_file

    count = score_file(Path(source), Path(target), algorithm)
    click.echo(f"{count} pairs scored -> {target}", err=True)


COMMANDS: list[click.Command] = [pairs]
