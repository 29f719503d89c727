"""The budget and the stated total award of a notice."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from fusionwatch.sources.notices.amounts import find_amount
from fusionwatch.sources.notices.summary import summary_fields
from fusionwatch.sources.notices.text import Hit, lab

if TYPE_CHECKING:
    from fusionwatch.sources.notices.awards import Award

__all__ = ["budget", "total"]


def _unit(label: str) -> str | None:
    return "万元" if "万" in label else None


_BUDGET = re.compile(
    lab("采购项目预算金额|项目预算金额|预算金额|采购预算|项目预算|预算|最高限价|招标控制价|控制价")
    + r"\s*(?P<unit>[（(][^）)\n]{0,8}[）)])?\s*(?:[：:]\s*\|?|\|)\s*(?P<value>[^\n|；;]{1,40})"
)
_TOTAL = re.compile(
    lab("总中标金额|中标总金额|成交总金额|总成交金额|中标总价|成交总价|合计金额|合计")
    + r"\s*(?P<unit>[（(][^）)\n]{0,8}[）)])?\s*(?:[：:]\s*\|?|\|)\s*(?P<value>[^\n|；;]{1,40})"
)


def _labelled_amount(regex: re.Pattern[str], text: str) -> tuple[float, Hit] | None:
    for m in regex.finditer(text):
        found = find_amount(m.group("value"), _unit(m.group("unit") or ""))
        if found and found[0]:
            amount, a, b = found
            base = m.start("value")
            return amount, Hit(m.group("value")[a:b], base + a, base + b)
    return None


def budget(text: str) -> tuple[float, Hit] | None:
    """The budget or ceiling price (预算金额 / 最高限价)."""
    return _labelled_amount(_BUDGET, text)


def total(text: str, awards: list[Award]) -> tuple[float, Hit] | None:
    """The stated total award; for a single award, its amount. Never a computed sum."""
    stated = _labelled_amount(_TOTAL, text)
    if stated:
        return stated
    for label in ("总中标金额", "总成交金额"):
        hit = summary_fields(text).get(label)
        found = find_amount(hit.value) if hit else None
        if hit and found:
            amount, a, b = found
            return amount, Hit(hit.value[a:b], hit.start + a, hit.start + b)
    if len(awards) == 1 and awards[0].amount is not None and awards[0].amount_hit is not None:
        return awards[0].amount, awards[0].amount_hit
    return None
