"""Tables in the rendered text: rows of `` | ``-separated cells (HTML) or of
whitespace-separated columns (plain-text copies), with each cell's offset."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fusionwatch.sources.notices.text import Hit

__all__ = ["Row", "Table", "filled_rows", "header_tables", "lot_heading_above", "rows"]


@dataclass
class Row:
    """One table row: its cells as hits, and the index of its line."""

    cells: list[Hit]
    line: int


@dataclass
class Table:
    """A header row and the data rows under it, cells aligned from the left."""

    header: list[str]
    rows: list[Row]
    line: int

    def column(self, pattern: re.Pattern[str]) -> int | None:
        """Index of the first header cell matching ``pattern`` in full."""
        for i, name in enumerate(self.header):
            if pattern.fullmatch(name):
                return i
        return None


def rows(text: str) -> list[Row]:
    """Every line of the text split into cells (a line without ``|`` is one cell)."""
    out: list[Row] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        cells: list[Hit] = []
        col = 0
        for part in line.split("|"):
            stripped = part.strip()
            if stripped:
                off = pos + col + part.find(stripped)
                cells.append(Hit(stripped, off, off + len(stripped)))
            col += len(part) + 1
        out.append(Row(cells, i))
        pos += len(line) + 1
    return out


# Cells a space splits though they are one: a date and its time ("2016/11/18 17:52:49"),
# an amount and its currency or unit ("￥ 1,339,000.00", "133.9 万元").
_TOKEN = re.compile(
    r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s\d{1,2}:\d{2}(?::\d{2})?(?!\S)"
    r"|(?:[￥¥]\s?)?\d[\d,.]*\s(?:元|万元)(?!\S)|[￥¥]\s\d[\d,.]*(?:元|万元)?(?!\S)|\S+"
)


def _split_spaces(row: Row) -> Row:
    """A plain-text row whose columns are separated by spaces."""
    cells: list[Hit] = []
    for cell in row.cells:
        for m in _TOKEN.finditer(cell.value):
            cells.append(Hit(m.group(0), cell.start + m.start(), cell.start + m.end()))
    return Row(cells, row.line)


_SPACED_COL = re.compile(r".{0,12}地址")


def _fit(row: Row, names: list[str]) -> Row:
    """A spaced row with more words than columns: the extra words are taken to be the
    spaces of an address (the one free-text column that often has them)."""
    extra = len(row.cells) - len(names)
    col = next((i for i, n in enumerate(names) if _SPACED_COL.fullmatch(n)), None)
    if extra <= 0 or extra > 3 or col is None:
        return row
    merged = row.cells[col:col + extra + 1]
    start, end = merged[0].start, merged[-1].end
    value = " ".join(c.value for c in merged)
    cells = row.cells[:col] + [Hit(value, start, end)] + row.cells[col + extra + 1:]
    return Row(cells, row.line)


def header_tables(all_rows: list[Row], header: re.Pattern[str]) -> list[Table]:
    """Tables whose header row has a cell matching ``header`` in full."""
    tables: list[Table] = []
    i = 0
    while i < len(all_rows):
        row = all_rows[i]
        spaced = len(row.cells) == 1 and " " in row.cells[0].value
        cand = _split_spaces(row) if spaced else row
        if len(cand.cells) >= 2 and any(header.fullmatch(c.value) for c in cand.cells):
            names = [c.value for c in cand.cells]
            data: list[Row] = []
            j = i + 1
            while j < len(all_rows):
                nxt = all_rows[j]
                if spaced:
                    nxt = _fit(_split_spaces(nxt), names)
                    if len(nxt.cells) != len(names):
                        break
                elif len(nxt.cells) < 2:
                    break
                data.append(nxt)
                j += 1
            tables.append(Table(names, data, row.line))
            i = j
        else:
            i += 1
    return tables


_LOT_LINE = re.compile(
    r"(?:分包号|包号|标包|包组|标段)\s*[：:]\s*(?P<a>\S{1,10})"
    r"|第(?P<b>[一二三四五六七八九十\d]{1,3})(?:包|标段|合同包|分标|标包)\s*[：:]?"
    r"|(?P<c>[A-Za-z0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:包|标段|号包)\s*[：:]?"
)


def lot_heading_above(all_rows: list[Row], line: int) -> Hit | None:
    """A lot heading (``分包号：2``, ``第2标段：``, ``A包：``) on a line just above a table."""
    for row in all_rows[max(0, line - 2):line][::-1]:
        if len(row.cells) == 1:
            m = _LOT_LINE.fullmatch(row.cells[0].value)
            if m:
                g = next(k for k in ("a", "b", "c") if m.group(k))
                start = row.cells[0].start + m.start(g)
                return Hit(m.group(g), start, start + len(m.group(g)))
    return None


_ID = re.compile(r"[A-Za-z0-9一二三四五六七八九十]{1,4}")


def filled_rows(table: Table, *, strict: bool = False) -> list[tuple[list[Hit], Row]]:
    """Data rows with cells merged down from the row above filled in.

    A lot cell merged across its rows (rowspan) leaves the rows below it short: a row
    with fewer cells than the header inherits the missing leading cells from above.
    With ``strict``, only when the short row's first cell cannot be the first column's
    (a name under a lot number): a row short of an empty last cell stays as it is.
    """
    out: list[tuple[list[Hit], Row]] = []
    width = len(table.header)
    prev: list[Hit] = []
    for row in table.rows:
        cells = list(row.cells)
        missing = width - len(cells)
        merged = not strict or bool(prev and cells and _ID.fullmatch(prev[0].value)
                                    and not _ID.fullmatch(cells[0].value))
        if 0 < missing <= len(prev) and prev and merged:
            cells = prev[:missing] + cells
        prev = cells
        out.append((cells, row))
    return out
