"""The sources fusionwatch can ingest, registered in one explicit list.

Each source implements :class:`fusionwatch.sources.base.Source`.
"""

from __future__ import annotations

from fusionwatch.errors import UsageError
from fusionwatch.sources.base import Source
from fusionwatch.sources.csl import Csl
from fusionwatch.sources.entity_lists import BisEntityList, UsLists
from fusionwatch.sources.ftm import FtmSource
from fusionwatch.sources.notices import NoticesSource
from fusionwatch.sources.ofac_sdn import OfacSdn

SOURCES: list[type[Source]] = [
    BisEntityList,
    UsLists,
    OfacSdn,
    Csl,
    FtmSource,
    NoticesSource,
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
