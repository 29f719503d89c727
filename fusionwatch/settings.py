"""Configuration, read in one place and passed inward as arguments.

The core never reads the environment; only the CLI calls :func:`store_path`.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_STORE = "fusionwatch.duckdb"
STORE_ENV = "FUSIONWATCH_STORE"
USER_ENV = "FUSIONWATCH_USER"


def store_path(option: str | None) -> Path:
    """The store file: the ``--store`` option, else ``FUSIONWATCH_STORE``, else the default."""
    return Path(option or os.environ.get(STORE_ENV) or DEFAULT_STORE)


def user_name() -> str:
    """Who is making judgements: ``FUSIONWATCH_USER``, else the login name."""
    return os.environ.get(USER_ENV) or os.environ.get("USER") or "unknown"
