"""Plain-text copies read back into the shape of the HTML rendering."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from fusionwatch.sources.notices.decode import decode_bytes
from fusionwatch.sources.notices.textcopy import cells, chrome_line, drop_menus, label_rows


def test_tabs_and_space_runs_are_cell_breaks() -> None:
    assert cells("包号\t中标供应商\t中标金额") == "包号 | 中标供应商 | 中标金额"
    assert cells("采购人：重庆文理学院   地址：重庆市") == "采购人：重庆文理学院 | 地址：重庆市"
    # One space is not a break, nor are spaces after a label's colon.
    assert cells("赛尔网络有限公司 北京市") == "赛尔网络有限公司 北京市"
    assert cells("名称：   重庆文理学院") == "名称：   重庆文理学院"


def test_letter_spacing_closed_up() -> None:
    assert cells("招 标 人\t重庆文理学院") == "招标人 | 重庆文理学院"
    assert cells("拟中 标 人") == "拟中标人"
    # A long cell may be "label value": left alone.
    assert cells("供应商名称 赛尔网络有限公司北京分公司 ；\tx").startswith("供应商名称 赛尔")


def test_label_lines_joined_with_their_value() -> None:
    assert label_rows("招标人\n重庆文理学院\n一、项目概况") == "招标人 | 重庆文理学院\n一、项目概况"
    # Two labels in a row (a column header) are not a label and its value.
    assert label_rows("供应商名称\n中标金额\n1339000") == "供应商名称\n中标金额 | 1339000"
    assert label_rows("采购人\n一、项目编号：16A5421") == "采购人\n一、项目编号：16A5421"


def test_column_tables_one_cell_per_line() -> None:
    header = "中标供应商名称\n中标供应商地址\n中标金额\n"
    rows = "赛尔网络有限公司\n北京市海淀区\n1339000元\n重庆启邦科技有限公司\n重庆市\n539800元\n"
    assert label_rows(header + rows + "五、其他") == (
        "中标供应商名称 | 中标供应商地址 | 中标金额\n赛尔网络有限公司 | 北京市海淀区 | 1339000元\n"
        "重庆启邦科技有限公司 | 重庆市 | 539800元\n五、其他")
    # An empty cell dropped a line: the cells cannot be placed, so nothing is guessed.
    short = "赛尔网络有限公司\n1339000元\n五、其他"
    assert label_rows(header + short).startswith("中标供应商名称\n中标供应商地址\n")
    assert "赛尔网络有限公司 | " not in label_rows(header + short)


def test_site_chrome() -> None:
    for line in ("当前位置：首页 > 中标公告", "首页 | 政策法规 | 采购公告 | 联系我们",
                 "Copyright © 2003-2024 某某省政府采购网 版权所有", "首页 >> 采购公告 >> 中标公告"):
        assert chrome_line(line), line
    for line in ("采购人：重庆文理学院", "重庆文理学院中标公告", "首页设计服务采购项目中标公告"):
        assert not chrome_line(line), line
    heading = "重庆文理学院校园网络设备采购项目中标公告"
    menu = ["某某省政府采购网", "首页", "政策法规", "中标公告", heading]
    assert drop_menus(menu) == ["某某省政府采购网", heading]


def test_broken_bytes_decode_leniently() -> None:
    text = "重庆文理学院校园网络设备采购项目中标公告\n采购人：重庆文理学院\n" * 5
    assert decode_bytes(text.encode("gbk") + b"\xd6", "x").startswith(text)
    assert decode_bytes(text.encode("utf-8") + "中".encode()[:2], "x").startswith(text)


@given(st.text(alphabet=st.sampled_from("采购人 \t\n|：:1元公司首页"), max_size=200))
def test_cells_keep_every_character(text: str) -> None:
    """Only whitespace changes: every other character survives, in order."""
    def visible(s: str) -> str:
        return re.sub(r"[\s|]", "", s)

    assert visible(cells(text)) == visible(text)
    assert visible(label_rows(text)) == visible(text)
