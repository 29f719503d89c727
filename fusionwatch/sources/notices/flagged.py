"""Bidder tables that flag the winner in a column (是否中标: 是 / 否).

Some platforms list every bidder with a status column instead of naming the winner
apart; the winners are the rows whose status says so.
"""

from __future__ import annotations

import re

from fusionwatch.sources.notices.amounts import parse_amount
from fusionwatch.sources.notices.tables import Row, header_tables
from fusionwatch.sources.notices.text import Hit, org_like

__all__ = ["FlaggedRow", "flagged_winners"]

_STATUS_COL = re.compile(r"是否(?:中标|成交|中选|入围)|(?:中标|成交)(?:情况|状态|与否)")
_NAME_COL = re.compile(r".{0,4}(?:投标人|供应商|单位|公司)(?:名称)?(?:[（(][^）)]{1,6}[）)])?")
_PRICE_COL = re.compile(r".{0,8}(?:报价|金额|价格|总价)(?:.{0,8})")
_YES = re.compile(r"是|中标|成交|中选|入围|√|✓")

FlaggedRow = tuple[Hit, float | None, Hit | None]  # supplier, amount, amount cell


def flagged_winners(rows: list[Row]) -> list[FlaggedRow]:
    """Suppliers of the rows flagged as winners, with the amount of their row."""
    found: list[FlaggedRow] = []
    for table in header_tables(rows, _STATUS_COL):
        status = table.column(_STATUS_COL)
        name = table.column(_NAME_COL)
        if status is None or name is None:
            continue
        price = next((i for i, h in enumerate(table.header)
                      if _PRICE_COL.fullmatch(h) and "单价" not in h), None)
        unit = "万元" if price is not None and "万" in table.header[price] else None
        for row in table.rows:
            cells = row.cells
            if max(status, name) >= len(cells) or not _YES.fullmatch(cells[status].value):
                continue
            if not org_like(cells[name].value):
                continue
            cell = cells[price] if price is not None and price < len(cells) else None
            found.append((cells[name], parse_amount(cell.value, unit) if cell else None, cell))
    return found
