"""Organization identifiers: China's unified social credit code (USCC) and the LEI.

A matching valid identifier is decisive evidence; two valid identifiers of the same kind
that differ are strong evidence against a match.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LEI = re.compile(r"^[0-9A-Z]{18}[0-9]{2}$")


def _lei_valid(code: str) -> bool:
    """ISO 17442 check digits (ISO 7064 MOD 97-10)."""
    if not _LEI.match(code):
        return False
    digits = "".join(str(int(c, 36)) for c in code)
    return int(digits) % 97 == 1


@lru_cache(maxsize=100_000)
def clean_identifier(value: str) -> tuple[str, str] | None:
    """Return ``(kind, code)`` for a valid USCC or LEI, else None."""
    code = re.sub(r"[\s\-]", "", value).upper()
    if len(code) == 18:
        from stdnum.cn import uscc

        if uscc.is_valid(code):
            return "uscc", code
    if len(code) == 20 and _lei_valid(code):
        return "lei", code
    return None


def compare_identifiers(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[float, str]:
    """+1 if a valid identifier is shared, -1 if both have one of a kind and all differ."""
    ids_a = {c for c in map(clean_identifier, a) if c}
    ids_b = {c for c in map(clean_identifier, b) if c}
    shared = ids_a & ids_b
    if shared:
        kind, code = min(shared)
        return 1.0, f"same {kind.upper()} {code}"
    kinds = {k for k, _ in ids_a} & {k for k, _ in ids_b}
    if kinds:
        kind = min(kinds)
        return -1.0, f"different {kind.upper()}s"
    return 0.0, ""
