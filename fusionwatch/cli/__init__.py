"""The ``fusionwatch`` command: a thin shell over the core.

Each command builds core objects and calls one function. Errors the core raises on
purpose (:mod:`fusionwatch.errors`) become one line on stderr and an exit code.
Sub-command groups live in their own modules and are added in :func:`_register`.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from fusionwatch.errors import FusionwatchError


class _Group(click.Group):
    """A click group that turns FusionwatchError into a one-line error."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FusionwatchError as exc:
            if ctx.meta.get("fusionwatch.debug"):
                raise
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:  # the reader stopped ("... | head"): nothing more to say
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # (so that the exit flush cannot fail)
            ctx.exit(0)
        except OSError as exc:  # an output path that cannot be written, a full disk
            if ctx.meta.get("fusionwatch.debug"):
                raise
            where = exc.filename if exc.filename is not None else "fusionwatch"
            click.echo(f"error: {where}: {exc.strerror or exc}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store", default=None, metavar="PATH",
              help="Store file (default: $FUSIONWATCH_STORE or ./fusionwatch.duckdb).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
@click.pass_context
def main(ctx: click.Context, store: str | None, debug: bool, quiet: bool) -> None:
    """fusionwatch: follow the surveillance supply chain, with provenance."""
    from fusionwatch import settings

    ctx.ensure_object(dict)
    ctx.obj["store"] = settings.store_path(store)
    ctx.obj["quiet"] = quiet or not sys.stderr.isatty()
    ctx.meta["fusionwatch.debug"] = debug
    if not settings.cedict_enabled():
        from fusionwatch.resolve.normalize.resources import use_cedict

        use_cedict(False)


def _register() -> None:
    from fusionwatch.cli import core, notices, pairs, resolve

    for module in (core, resolve, pairs, notices):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
