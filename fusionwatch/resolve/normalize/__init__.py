"""Normalization of organization names in Latin and Han scripts.

:func:`prepare` turns one name into a :class:`Prepared` (cached), the form every match
feature and blocking key works on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fusionwatch.resolve.normalize.chinese import prepare_han
from fusionwatch.resolve.normalize.latin import prepare_latin, split_aliases
from fusionwatch.resolve.normalize.shared import share
from fusionwatch.resolve.normalize.types import Prepared

_HAN = re.compile(r"[\u3400-\u9fff]")

__all__ = ["Prepared", "is_han", "prepare", "split_aliases"]


def is_han(text: str) -> bool:
    """Whether a name is written (mostly) in Han characters."""
    return len(_HAN.findall(text)) >= 2


@lru_cache(maxsize=200_000)
def prepare(text: str) -> Prepared:
    """Prepare one name for matching (cached: each distinct name is prepared once)."""
    return share(prepare_han(text) if is_han(text) else prepare_latin(text))
