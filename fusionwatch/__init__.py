"""fusionwatch: follow the surveillance supply chain, with provenance."""

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

__all__ = [
    "FetchError",
    "FormatError",
    "FusionwatchError",
    "InputError",
    "MissingFileError",
    "StoreError",
    "UsageError",
    "__version__",
]
