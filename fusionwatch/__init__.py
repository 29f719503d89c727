"""fusionwatch: follow the surveillance supply chain, with provenance.

The public API, imported lazily so that ``import fusionwatch`` stays light::

    from fusionwatch import Store, get_source, ingest, resolve_store, search

    with Store("fusionwatch.duckdb") as store:
        ingest(store, get_source("bis_entity_list"), ["bis_entity_list.json"])
        resolve_store(store)
        hits = search(store, "海康威视")
"""

import importlib as _importlib
from typing import Any as _Any

from fusionwatch.errors import (
    FetchError,
    FormatError,
    FusionwatchError,
    InputError,
    MissingFileError,
    StoreError,
    UsageError,
)

__version__ = "0.1.0"

# name -> module that defines it
_LAZY = {
    "Store": "fusionwatch.store.store",
    "ingest": "fusionwatch.store.ingest",
    "get_source": "fusionwatch.sources",
    "SOURCES": "fusionwatch.sources",
    "NameRecord": "fusionwatch.resolve.compare",
    "compare": "fusionwatch.resolve.compare",
    "resolve_store": "fusionwatch.resolve.run",
    "judge": "fusionwatch.resolve.judgements",
    "Judgement": "fusionwatch.resolve.judgements",
    "search": "fusionwatch.analyze.search",
    "describe": "fusionwatch.analyze.entity",
    "parse_notice": "fusionwatch.sources.notices",
}

__all__ = [
    "FetchError",
    "FormatError",
    "FusionwatchError",
    "InputError",
    "MissingFileError",
    "StoreError",
    "UsageError",
    "__version__",
    *_LAZY,
]


# exported names that differ from the defining module's name for them
_RENAMED = {"resolve_store": "resolve"}


def __getattr__(name: str) -> _Any:
    if name in _LAZY:
        value = getattr(_importlib.import_module(_LAZY[name]), _RENAMED.get(name, name))
        globals()[name] = value
        return value
    raise AttributeError(f"module 'fusionwatch' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({n for n in globals() if not n.startswith("_")} | set(_LAZY) | {"__version__"})
