"""Match features: small pure functions of two prepared names.

Each returns ``(score, explanation)``; the score is in [0, 1] (or [-1, 1] for features
that can speak both ways) and its docstring says what it measures. Algorithms
(:mod:`fusionwatch.resolve.algorithms`) weigh them.
"""

from __future__ import annotations

from collections.abc import Callable

from fusionwatch.resolve.normalize.types import Prepared

FeatureResult = tuple[float, str]
Feature = Callable[[Prepared, Prepared], FeatureResult]

__all__ = ["Feature", "FeatureResult"]
