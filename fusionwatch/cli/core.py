"""Core commands: sources, ingest, stats, search, entity, changes, export."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from fusionwatch.errors import UsageError

T = TypeVar("T")


def _store(ctx: click.Context, read_only: bool = True) -> Any:
    from fusionwatch.store.store import Store

    return Store(ctx.obj["store"], read_only=read_only)


def _progress(ctx: click.Context, label: str) -> Any:
    """A progress wrapper for long work on a terminal; None when quiet."""
    if ctx.obj.get("quiet"):
        return None

    def wrap(items: Iterable[T]) -> Iterable[T]:
        from rich.progress import track

        return track(items, description=label, console=None, transient=True)

    return wrap


def _echo_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.command()
def sources() -> None:
    """List the sources and the formats each accepts."""
    from fusionwatch.sources import SOURCES

    for source in SOURCES:
        click.echo(f"{source.name:<16} {source.description}  [{', '.join(source.formats)}]")


@click.command()
@click.argument("source")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--fetch", is_flag=True, help="Download the current official file(s) first.")
@click.option("--fetch-dir", type=click.Path(path_type=Path), default=Path("downloads"),
              show_default=True, help="Where --fetch saves files.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--show-dropped", is_flag=True,
              help="List the person names dropped (printed only, never stored).")
@click.option("--allow-shrink", is_flag=True,
              help="Accept a new version that drops more than half of a list.")
@click.pass_context
def ingest(ctx: click.Context, source: str, paths: tuple[Path, ...], fetch: bool,
           fetch_dir: Path, as_json: bool, show_dropped: bool, allow_shrink: bool) -> None:
    """Read PATHS with SOURCE into the store, as one transaction."""
    from fusionwatch.sources import get_source
    from fusionwatch.store.ingest import ingest as run_ingest

    src = get_source(source)
    urls: dict[str, str] = {}
    files: list[Path] = list(paths)
    if fetch:
        from fusionwatch.sources.fetch import fetch as run_fetch

        for path, url in run_fetch(source, fetch_dir):
            files.append(path)
            urls[str(path)] = url
    if not files:
        raise UsageError(f"ingest {source}: give at least one PATH, or --fetch")
    from fusionwatch.resolve.run import index_new

    path = Path(ctx.obj["store"])
    existed = path.exists()
    try:
        with _store(ctx, read_only=False) as store:
            report = run_ingest(store, src, files, urls=urls, allow_shrink=allow_shrink,
                                progress=_progress(ctx, f"ingest {source}"))
            index_new(store)
    except BaseException:
        if not existed:  # a failed first ingest leaves no store behind, as before
            for leftover in (path, path.with_name(path.name + ".wal")):
                leftover.unlink(missing_ok=True)
        raise
    for failed, problem in report.failures:
        click.echo(f"error: {failed}: {problem}", err=True)
    if as_json:
        _echo_json(report.as_dict(show_dropped))
    else:
        for rep in report.datasets:
            line = (f"{rep.dataset}: {rep.rows_read} rows read, {rep.entities} entities, "
                    f"{rep.statements} statements, {rep.persons_dropped} persons dropped")
            if rep.unchanged:
                line = f"{rep.dataset}: unchanged (same files as the latest version)"
            elif rep.added or rep.removed:
                line += f" (+{rep.added} added, -{rep.removed} removed since last version)"
            click.echo(line)
            if show_dropped and rep.dropped_names:
                for name in rep.dropped_names:
                    click.echo(f"  dropped person: {name}")
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
    if report.failures:
        click.echo(f"parsed {report.documents_parsed}, failed {len(report.failures)}", err=True)
        if report.documents_parsed == 0:
            ctx.exit(2)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts per dataset and overall."""
    from fusionwatch.store.queries import stats as get_stats

    with _store(ctx) as store:
        data = get_stats(store)
    if as_json:
        _echo_json(data)
        return
    click.echo(f"{data['store']}: {data['entities']} entities, {data['statements']} "
               f"statements from {data['documents']} documents")
    for d in data["datasets"]:
        click.echo(f"  {d['dataset']:<28} {d['entities']:>7} entities {d['statements']:>8} "
                   f"statements  {d['persons_dropped']:>5} persons dropped  "
                   f"v{d['versions']} {d['ingested']}")
    click.echo("  by schema: " + ", ".join(f"{k} {v}" for k, v in data["schemata"].items()))


@click.command()
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def search(ctx: click.Context, text: str, limit: int, as_json: bool) -> None:
    """Find entities by name."""
    from fusionwatch.analyze.search import search as run_search

    with _store(ctx) as store:
        hits = run_search(store, text, limit=limit)
    if as_json:
        _echo_json([h.as_dict() for h in hits])
        return
    if not hits:
        click.echo("no match", err=True)
    for hit in hits:
        click.echo(hit.line())


@click.command()
@click.argument("entity_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def entity(ctx: click.Context, entity_id: str, as_json: bool) -> None:
    """Show an entity: every statement with its provenance."""
    from fusionwatch.analyze.entity import describe

    with _store(ctx) as store:
        report = describe(store, entity_id)
    if as_json:
        _echo_json(report)
        return
    from fusionwatch.export.text import entity_text

    click.echo(entity_text(report))


@click.command()
@click.argument("dataset")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def changes(ctx: click.Context, dataset: str, as_json: bool) -> None:
    """Entities added and removed between the last two versions of DATASET."""
    from fusionwatch.store.changes import changes as get_changes

    with _store(ctx) as store:
        diff = get_changes(store, dataset)
    if as_json:
        _echo_json(diff.as_dict())
        return
    if diff.old_run is None:
        click.echo(f"{dataset}: only one version ingested so far")
    click.echo(f"{dataset}: {len(diff.added)} added, {len(diff.removed)} removed")
    for i, caption in diff.added:
        click.echo(f"+ {caption} [{i}]")
    for i, caption in diff.removed:
        click.echo(f"- {caption} [{i}]")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["ftm", "csv"]), default="ftm",
              show_default=True, help="FtM JSON lines (entities) or CSV (statements).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Output file (default: stdout).")
@click.pass_context
def export(ctx: click.Context, fmt: str, out: Path | None) -> None:
    """Export the store as FollowTheMoney entities or provenance-carrying statements."""
    from fusionwatch.export import write_export

    with _store(ctx) as store:
        if out is None:
            write_export(store, fmt, sys.stdout)
        else:
            with out.open("w", encoding="utf-8", newline="") as fh:
                write_export(store, fmt, fh)


COMMANDS: list[click.Command] = [sources, ingest, stats, search, entity, changes, export]
