"""Plain-text copies of notice pages, read back into the shape the HTML rendering has.

Aggregators and people copy pages as text: table cells joined by tabs or spaces, or one
cell per line; Word letter spacing kept; site menus, breadcrumbs and footers left in.
These helpers turn such text into the rendering :mod:`.decode` gives for HTML (cells
joined by `` | ``, letter spacing closed up, chrome dropped), so that one set of
extraction rules reads both.
"""

from __future__ import annotations

import re

__all__ = ["CJK_GAP", "cells", "chrome_line", "drop_menus", "label_rows"]

_CJK = "\u3400-\u9fff\uff08\uff09\uff1a"
CJK_GAP = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")


# Site chrome that survives as text (pages saved without their classes, aggregator
# copies): breadcrumbs, menus, copyright lines. Link text such as "中标公告" there
# says nothing about this notice, and footers push the signatures off the end.
_BREADCRUMB = re.compile(r"^(?:当前位置|您的位置|您现在的位置|所在位置|当前所在位置)\s*[：:]")
_FOOTER = re.compile(
    r"版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|网站地图|关于我们|主办单位\s*[：:]"
    r"|承办单位\s*[：:]", re.IGNORECASE,
)
_MENU_SEP = re.compile(r"\s*(?:[>»|/]|＞|\s)\s*")


def chrome_line(line: str) -> bool:
    """Whether a line is a breadcrumb, a menu or a footer line of the site."""
    if len(line) > 120:
        return False
    if _BREADCRUMB.match(line) or _FOOTER.search(line):
        return True
    parts = [p for p in _MENU_SEP.split(line) if p]
    # A menu: short link texts, one of them the home page.
    return "首页" in parts and len(parts) >= 2 and all(len(p) <= 8 for p in parts)


# In a text copy of a page, a table row is one line whose cells a browser or an
# aggregator joined by tabs or by a run of spaces; a single space is not a cell break
# (names and Word-style letter spacing contain them).
# Spaces after a label's colon only set its value apart.
_CELL_BREAK = re.compile(
    r"[ \u3000\u00a0]*\t[ \t\u3000\u00a0]*|(?<=[^\s：:])[ \u3000\u00a0]{2,}(?=\S)"
)


# Word-style letter spacing ("招 标 人"): single characters, each one space apart, as
# a whole cell or line. The HTML rendering closes these up inside cells; so does text.
_SPACED_WORD = re.compile(
    r"(?:(?<=^)|(?<=[|\n]) ?)[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,5}(?= ?(?:[|\n：:]|$))",
    re.MULTILINE,
)


_SHORT_CJK = re.compile(r"[\u4e00-\u9fff（）() \u3000]+")


def _close_up(cell: str) -> str:
    """Close a short cell's letter spacing ("拟中 标 人"); a long cell may be "label value"."""
    return CJK_GAP.sub("", cell) if len(cell.replace(" ", "")) <= 10 else cell


def cells(text: str) -> str:
    """Cell breaks of a plain-text copy written as the `` | `` the HTML rendering uses.

    Short cells of such a row have their CJK letter spacing closed up, as rendered HTML
    cells do.
    """
    lines = []
    for line in _CELL_BREAK.sub(" | ", text).split("\n"):
        if " | " in line:
            line = " | ".join(_close_up(cell) for cell in line.split(" | "))
        elif _SHORT_CJK.fullmatch(line):
            line = _close_up(line)  # a cell copied onto its own line
        lines.append(line)
    return _SPACED_WORD.sub(lambda m: m.group(0).replace(" ", ""), "\n".join(lines))


# A copy that put each cell of a two-column table on its own line: a line that is only
# a field label, then its value. Written back as the row the HTML rendering would give.
_LABEL_LINE = re.compile(
    r"[\u4e00-\u9fff（）()]{1,14}(?:名称|编号|编码|代码|注册号|人|机构|单位|法人|金额|价|价格|报价|地址"
    r"|方式|时间|日期|候选人|供应商)(?:\s?[（(][^）)\n]{1,8}[）)])?"
)
_NOT_VALUE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|第[一二三四五六七八九十\d])"
)


def label_rows(text: str) -> str:
    """Label lines followed by their value line joined into one `` | `` row; column
    tables copied one cell per line put back into rows where they line up."""
    lines = _column_rows(text.split("\n"))
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (nxt and _LABEL_LINE.fullmatch(line) and not _LABEL_LINE.fullmatch(nxt)
                and "|" not in nxt and not _NOT_VALUE.match(nxt)):
            out.append(f"{line} | {nxt}")
            i += 2
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


_HEADER_CELL = re.compile(r"[\u4e00-\u9fff（）()、/]{2,16}")
_HEADER_WORD = re.compile(
    r"名称|地址|金额|价|供应商|单位|序号|包|标段|数量|规格|型号|品牌|内容|要求|排名|得分|备注|编号|人"
)
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、．]|\d{1,2}\.(?!\d)|第[一二三四五六七八九十\d]+[章节条])"
)


def _header_cell(line: str) -> bool:
    return bool(_HEADER_CELL.fullmatch(line) and _HEADER_WORD.search(line))


def _column_rows(lines: list[str]) -> list[str]:
    """A run of k >= 3 column headers, one per line, then data lines up to the next
    heading: when their count is a multiple of k they are k-cell rows (an empty cell
    drops its line, and then the cells cannot be placed, so the run is left alone)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        k = 0
        while i + k < len(lines) and _header_cell(lines[i + k]):
            k += 1
        end = i + k
        while k >= 3 and end < len(lines) and not _HEADING.match(lines[end]) \
                and "|" not in lines[end] and not _header_cell(lines[end]):
            end += 1
        n = end - i - k
        if k >= 3 and n and n % k == 0:
            out.extend(" | ".join(lines[r:r + k]) for r in range(i, end, k))
            i = end
            continue
        out.extend(lines[i:i + max(k, 1)])
        i += max(k, 1)
    return out


_MENU_ITEM = re.compile(r"[^\d：:|，,。]{1,6}")


def drop_menus(lines: list[str]) -> list[str]:
    """Drop a menu written one link per line: the run of short lines around "首页"."""
    out = list(lines)
    for i in [i for i, line in enumerate(lines) if line == "首页"][::-1]:
        start = end = i
        while start > 0 and _MENU_ITEM.fullmatch(out[start - 1]):
            start -= 1
        while end + 1 < len(out) and _MENU_ITEM.fullmatch(out[end + 1]):
            end += 1
        if end > start:
            del out[start:end + 1]
    return out
