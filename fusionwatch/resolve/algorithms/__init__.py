"""Matching algorithms: versioned lists of weighted features (``fw-1``...).

A new version is a new module registered here, never an edit of an old one.
"""

from __future__ import annotations

from fusionwatch.resolve.algorithms import fw1

ALGORITHMS = {fw1.NAME: fw1}

__all__ = ["ALGORITHMS"]
