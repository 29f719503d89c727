"""Ranking tables (排名 / 推荐排名 columns): the first-ranked candidate of each lot, and
the lot of a winner named elsewhere in the notice.

Scoring tables often merge the lot cell across its rows (rowspan); see
:func:`~.tables.filled_rows`.
"""

from __future__ import annotations

import re

from fusionwatch.sources.notices.amounts import parse_amount
from fusionwatch.sources.notices.tables import Row, filled_rows, header_tables, lot_heading_above
from fusionwatch.sources.notices.text import Hit, clean_value, org_like

__all__ = ["RankedRow", "first_ranked", "lots_by_rank"]

# A rank column, or a "中标候选人" column whose cells say 第一中标候选人 / 第二….
_RANK_COL = re.compile(
    r"(?:推荐|综合|最终|候选人|中标候选人)?(?:排名|排序|名次|排序号|顺序)|(?:中标|成交)?候选人"
)
_NAME_COL = re.compile(r".{0,8}(?:候选人|供应商|投标人|单位|公司)(?:名称)?")
_LOT_COL = re.compile(r"包号|标包|分包号|包组|包件号?|标段号?|分包|包|标项|合同包")
_PRICE_COL = re.compile(r".{0,8}(?:报价|金额|价格|总价|投标价)(?:.{0,8})")
_FIRST = re.compile(r"(?:第)?[1一１](?:名|位)?|第一.{0,8}候选.{0,3}")

RankedRow = tuple[Hit, Hit | None, Hit | None, float | None]  # supplier, lot, price cell, price


def _ranked_rows(rows: list[Row]) -> list[RankedRow]:
    found: list[RankedRow] = []
    for table in header_tables(rows, _RANK_COL):
        rank = table.column(_RANK_COL)
        name = next((i for i, h in enumerate(table.header)
                     if i != rank and _NAME_COL.fullmatch(h) and "地址" not in h), None)
        if rank is None or name is None:
            continue
        lot = table.column(_LOT_COL)
        price = next((i for i, h in enumerate(table.header)
                      if _PRICE_COL.fullmatch(h) and "得分" not in h and "分值" not in h), None)
        for cells, _row in filled_rows(table):
            if max(rank, name) >= len(cells) or not _FIRST.fullmatch(cells[rank].value):
                continue
            supplier = cells[name]
            if not org_like(supplier.value):
                continue
            lot_hit = lot_heading_above(rows, table.line)  # one ranking table per lot
            if lot is not None and lot < len(cells):
                lot_hit = clean_value(cells[lot].value, cells[lot].start)
            price_hit = cells[price] if price is not None and price < len(cells) else None
            unit = "万元" if price is not None and "万" in table.header[price] else None
            amount = parse_amount(price_hit.value, unit) if price_hit else None
            found.append((supplier, lot_hit, price_hit, amount))
    return found


def first_ranked(rows: list[Row]) -> list[RankedRow]:
    """The first-ranked supplier of every ranking table (one per lot)."""
    return _ranked_rows(rows)


def lots_by_rank(suppliers: list[str], rows: list[Row]) -> dict[str, Hit]:
    """Lots of the given suppliers, where a ranking table ranks them first in exactly one lot."""
    lots: dict[str, list[Hit]] = {}
    for supplier, lot, _price, _amount in _ranked_rows(rows):
        key = re.sub(r"\s", "", supplier.value)
        if lot is not None and key in suppliers:
            lots.setdefault(key, []).append(lot)
    return {k: v[0] for k, v in lots.items() if len({h.value for h in v}) == 1}
