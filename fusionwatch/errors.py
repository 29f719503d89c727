"""The exceptions fusionwatch raises, in one small hierarchy.

    FusionwatchError             anything fusionwatch raises on purpose
    ├── InputError               a file given by the user cannot be used (exit code 2)
    │   ├── MissingFileError     the path does not exist or is not a file
    │   └── FormatError          wrong format, encoding, truncated, binary or empty
    ├── FetchError               downloading an official file failed
    ├── StoreError               the store cannot be opened or written
    └── UsageError               a command was called with arguments that make no sense

The CLI turns each into one line ``error: <file>: <problem>`` on stderr and an exit
code (2 for input errors, 1 otherwise); ``--debug`` shows the traceback.
"""

from __future__ import annotations


class FusionwatchError(Exception):
    """Base class for errors fusionwatch raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(FusionwatchError):
    """A file given by the user cannot be used."""

    exit_code = 2

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


class MissingFileError(InputError):
    """The path does not exist or is not a regular file."""


class FormatError(InputError):
    """The file is not in a format the source understands."""


class FetchError(FusionwatchError):
    """Downloading an official file failed."""


class StoreError(FusionwatchError):
    """The store cannot be opened or written."""


class UsageError(FusionwatchError):
    """A command was given arguments that make no sense."""

    exit_code = 2
