"""Countries given as ISO-2 codes or names in English or Chinese, reduced to ISO-2."""

from __future__ import annotations

from functools import lru_cache

_NAMES = {"china": "cn", "中国": "cn", "prc": "cn", "people's republic of china": "cn",
          "中华人民共和国": "cn", "hong kong": "hk", "香港": "hk", "macau": "mo",
          "macao": "mo", "澳门": "mo", "taiwan": "tw", "台湾": "tw",
          "united states": "us", "usa": "us", "美国": "us", "russia": "ru", "俄罗斯": "ru",
          "iran": "ir", "伊朗": "ir", "north korea": "kp", "朝鲜": "kp"}


@lru_cache(maxsize=4096)
def country_code(value: str) -> str | None:
    """ISO-2 code (lower case) of a country code or name, or None if unknown."""
    text = value.strip().casefold()
    if not text:
        return None
    if text in _NAMES:
        return _NAMES[text]
    if len(text) == 2 and text.isalpha():
        return text
    try:
        from followthemoney.types import registry
    except ImportError:  # pragma: no cover - followthemoney is a core dependency
        return None
    code = registry.country.clean(value)
    return code.lower() if code else None


def countries_conflict(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether both sides name countries and share none."""
    ca = {c for c in map(country_code, a) if c}
    cb = {c for c in map(country_code, b) if c}
    return bool(ca and cb and not ca & cb)
