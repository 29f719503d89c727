"""Core commands: ingest, sources, stats, search, entity, changes, export."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
