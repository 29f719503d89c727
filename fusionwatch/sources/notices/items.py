"""The items table (主要标的信息): name, brand, model, quantity and unit price."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fusionwatch.sources.notices.amounts import parse_amount
from fusionwatch.sources.notices.tables import Row, header_tables
from fusionwatch.sources.notices.text import Hit

__all__ = ["ITEM_COL", "Item", "find_items"]


@dataclass
class Item:
    """One line of the 主要标的 (items) table."""

    name: Hit
    brand: str | None = None
    model: str | None = None
    quantity: str | None = None
    unit_price: float | None = None


ITEM_COL = re.compile(r".{0,10}(?:标的名称|货物名称|品目名称|产品名称|设备名称|货物服务名称|名称)")
_ITEM_NAME = re.compile(r".{0,10}(?:标的名称|货物名称|品目名称|产品名称|设备名称|货物服务名称)")
_NOT_ITEM = re.compile(r"供应商|单位|人|公司|机构|包")
_BRAND = re.compile(r".{0,4}品牌.{0,4}")
_MODEL = re.compile(r".{0,4}(?:规格型号|型号|规格).{0,6}")
_QTY = re.compile(r".{0,2}数量.{0,6}")
_PRICE = re.compile(r".{0,2}单价.{0,8}")


def _cell(cells: list[Hit], i: int | None) -> str | None:
    return cells[i].value if i is not None and i < len(cells) else None


def find_items(rows: list[Row]) -> list[Item]:
    """Items from tables with a name column and a model, brand, quantity or price column."""
    items: list[Item] = []
    for table in header_tables(rows, ITEM_COL):
        name = table.column(_ITEM_NAME)
        if name is None:
            name = next((i for i, h in enumerate(table.header)
                         if ITEM_COL.fullmatch(h) and not _NOT_ITEM.search(h)), None)
        cols = {k: table.column(p) for k, p in
                (("brand", _BRAND), ("model", _MODEL), ("qty", _QTY), ("price", _PRICE))}
        if name is None or all(v is None for v in cols.values()):
            continue
        for row in table.rows:
            cells = row.cells
            if name >= len(cells) or len(cells) < 3:
                continue
            price = _cell(cells, cols["price"])
            pcol = cols["price"]
            unit = "万元" if pcol is not None and "万" in table.header[pcol] else None
            items.append(Item(
                cells[name], _cell(cells, cols["brand"]), _cell(cells, cols["model"]),
                _cell(cells, cols["qty"]), parse_amount(price, unit) if price else None))
    return items
