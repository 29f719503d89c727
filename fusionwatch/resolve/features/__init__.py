"""Match features: small pure functions of two prepared names.

Each returns ``(score, explanation)``; the score is in [0, 1] (or [-1, 1] for features
that can speak both ways) and its docstring says what it measures. Algorithms
(:mod:`fusionwatch.resolve.algorithms`) weigh them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fusionwatch.resolve.normalize.types import Prepared

FeatureResult = tuple[float, str]
Feature = Callable[[Prepared, Prepared], FeatureResult]
# A note of an algorithm's explanation: its text, or ``(template, *values)`` standing for
# ``template.format(*values)``, so that a scorer formats numbers only for the pairs whose
# explanation is read (see :func:`note_text`).
Note = str | tuple[Any, ...]


def note_text(note: Note) -> str:
    """The text of an explanation note."""
    return note if isinstance(note, str) else str(note[0]).format(*note[1:])


__all__ = ["Feature", "FeatureResult", "Note", "note_text"]
