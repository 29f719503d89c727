"""Organization identifiers: the unified social credit code (统一社会信用代码) and LEI."""

from __future__ import annotations

from stdnum import lei
from stdnum.cn import uscc


def clean_uscc(value: str) -> str | None:
    """The compact USCC if ``value`` is a valid one (checksum included), else None."""
    try:
        return str(uscc.validate(value))
    except Exception:  # stdnum raises several ValidationError subclasses
        return None


def clean_lei(value: str) -> str | None:
    """The compact LEI if ``value`` is a valid one, else None."""
    try:
        return str(lei.validate(value))
    except Exception:
        return None
