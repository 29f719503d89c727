"""Configuration, read in one place and passed inward as arguments.

The core never reads the environment; only the CLI calls :func:`store_path` and
:func:`cedict_enabled`.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_STORE = "fusionwatch.duckdb"
STORE_ENV = "FUSIONWATCH_STORE"
USER_ENV = "FUSIONWATCH_USER"
CEDICT_ENV = "FUSIONWATCH_CEDICT"


def store_path(option: str | None) -> Path:
    """The store file: the ``--store`` option, else ``FUSIONWATCH_STORE``, else the default."""
    return Path(option or os.environ.get(STORE_ENV) or DEFAULT_STORE)


def user_name() -> str:
    """Who is making judgements: ``FUSIONWATCH_USER``, else the login name."""
    return os.environ.get(USER_ENV) or os.environ.get("USER") or "unknown"


def cedict_enabled() -> bool:
    """Whether Han words are also translated with CC-CEDICT (when its package is
    installed): yes unless ``FUSIONWATCH_CEDICT`` is ``0``."""
    return os.environ.get(CEDICT_ENV, "1").strip() != "0"
