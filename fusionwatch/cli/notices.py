"""``fusionwatch notices parse``: notices to JSON lines, a thin shell over
:func:`fusionwatch.sources.notices.parse_paths`."""

from __future__ import annotations

import json

import click

__all__ = ["COMMANDS", "notices"]


@click.group()
def notices() -> None:
    """Chinese procurement notices."""


@notices.command("parse")
@click.argument("paths", nargs=-1, required=True, metavar="FILE_OR_DIR...")
@click.option("--jsonl", is_flag=True, help="One JSON object per notice (the only format).")
@click.option("--taxonomy", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A program taxonomy (YAML) to use instead of the built-in one.")
@click.pass_context
def parse_cmd(ctx: click.Context, paths: tuple[str, ...], jsonl: bool,
              taxonomy: str | None) -> None:
    """Parse notices (HTML or text; directories are searched recursively).

    Prints one JSON object per notice; a bad file gives one ``error:`` line on stderr
    and the batch goes on. Exit code 0 if any notice parsed, 2 if none.
    """
    from fusionwatch.sources.notices import load_taxonomy, parse_paths

    load_taxonomy(taxonomy)  # a bad taxonomy is one error, before any notice
    parsed = failed = 0
    for result in parse_paths(list(paths), taxonomy):
        if result.data is None:
            failed += 1
            click.echo(f"error: {result.path}: {result.error}", err=True)
            continue
        parsed += 1
        for warning in result.warnings:
            click.echo(f"warning: {result.path}: {warning}", err=True)
        click.echo(json.dumps(result.data, ensure_ascii=False))
    click.echo(f"parsed {parsed}, failed {failed}", err=True)
    ctx.exit(0 if parsed else 2)


COMMANDS: list[click.Command] = [notices]
