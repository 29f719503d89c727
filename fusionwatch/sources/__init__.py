"""The sources fusionwatch can ingest, registered in one explicit list.

Each source implements :class:`fusionwatch.sources.base.Source`. ``notices``
(procurement notices) is written separately; the registry includes it once
``fusionwatch.sources.notices`` exports a class whose ``name`` is "notices".
"""

from __future__ import annotations

import importlib

from fusionwatch.errors import UsageError
from fusionwatch.sources.base import Source
from fusionwatch.sources.csl import Csl
from fusionwatch.sources.entity_lists import BisEntityList, UsLists
from fusionwatch.sources.ftm import FtmSource
from fusionwatch.sources.ofac_sdn import OfacSdn


def _notices() -> list[type[Source]]:
    # The notices package is written alongside this registry: until it exists, or
    # before it defines its source class (the class whose ``name`` is "notices"),
    # the registry lists the other sources. A notices package that fails to import
    # for any other reason is an error, not something to hide.
    try:
        module = importlib.import_module("fusionwatch.sources.notices")
    except ModuleNotFoundError as exc:
        if exc.name == "fusionwatch.sources.notices":
            return []
        raise
    found = [
        obj
        for obj in vars(module).values()
        if isinstance(obj, type) and getattr(obj, "name", None) == "notices"
    ]
    return found[:1]


SOURCES: list[type[Source]] = [
    BisEntityList,
    UsLists,
    OfacSdn,
    Csl,
    FtmSource,
    *_notices(),
]


def get_source(name: str) -> Source:
    """A new instance of the source called ``name``.

    Raises:
        UsageError: no source has that name; the message lists the known ones.
    """
    for cls in SOURCES:
        if cls.name == name:
            return cls()
    known = ", ".join(cls.name for cls in SOURCES)
    raise UsageError(f"unknown source {name!r}; known sources: {known}")


__all__ = ["SOURCES", "Source", "get_source"]
