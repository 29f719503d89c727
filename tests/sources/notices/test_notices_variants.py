"""Layouts of real practice that the dev set lacks, re-laid out from dev notices.

The organizations, numbers and amounts are those of dev notices jl_19 (重庆文理学院,
16A5421: 赛尔网络有限公司 1,339,000 for 包2, 重庆启邦科技有限公司 539,800 for 包3) and
jl_25 (its agency 重庆麦迪逊招投标代理有限公司); people are 某某 placeholders and
phone numbers are fictitious.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fusionwatch.sources.notices import parse_notice

BUYER = "重庆文理学院"
AGENCY = "重庆麦迪逊招投标代理有限公司"
NUMBER = "16A5421"
NAME = "重庆文理学院校园网络设备采购项目"
WIN2, AMT2 = "赛尔网络有限公司", 1339000
WIN3, AMT3 = "重庆启邦科技有限公司", 539800
ADDR2 = "北京市海淀区中关村东路1号"
ADDR3 = "重庆市永川区红河大道319号"
CONTACTS = """九、凡对本次公告内容提出询问，请按以下方式联系。
1.采购人信息
名 称：重庆文理学院
地址：重庆市永川区红河大道319号
联系方式：某老师 023-00000001
2.采购代理机构信息
名 称：重庆麦迪逊招投标代理有限公司
地　址：重庆市渝中区某某路1号
联系方式：023-00000002
3.项目联系方式
项目联系人：某某
电　话：023-00000003
"""


def _parse(tmp_path: Path, text: str, suffix: str = ".txt") -> dict[str, Any]:
    path = tmp_path / f"notice{suffix}"
    path.write_text(text, encoding="utf-8")
    return parse_notice(path)


def _html(*blocks: str) -> str:
    return "<html><head><meta charset='utf-8'></head><body>" + "".join(blocks) + "</body></html>"


def _table(*rows: tuple[str, ...]) -> str:
    return "<table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def _awards(out: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    return [(a["supplier"], a["lot"], a["amount_yuan"]) for a in out["awards"]]


def _header(out: dict[str, Any]) -> tuple[Any, ...]:
    return out["notice_type"], out["buyer"], out["agency"], out["project_number"]


def test_ccgp_2020_award_table(tmp_path: Path) -> None:
    """三、中标（成交）信息 as a table: 序号 / 供应商名称 / 供应商地址 / 中标（成交）金额."""
    page = _html(
        f"<h2>{NAME}中标（成交）结果公告</h2>",
        f"<p>一、项目编号：{NUMBER}</p><p>二、项目名称：{NAME}</p><p>三、中标（成交）信息</p>",
        _table(("序号", "中标（成交）供应商名称", "中标（成交）供应商地址", "中标（成交）金额(元)"),
               ("1", WIN2, ADDR2, "1,339,000.00"), ("2", WIN3, ADDR3, "539,800.00")),
        "<p>四、主要标的信息</p><p>五、评审专家（单一来源采购人员）名单：某某、某某某</p>",
        *(f"<p>{line}</p>" for line in CONTACTS.splitlines()),
    )
    out = _parse(tmp_path, page, ".html")
    assert _header(out) == ("award", BUYER, AGENCY, NUMBER)
    assert [(a["supplier"], a["address"], a["amount_yuan"]) for a in out["awards"]] == [
        (WIN2, ADDR2, AMT2), (WIN3, ADDR3, AMT3)]


def test_multi_lot_table_in_wan(tmp_path: Path) -> None:
    """One row per 包, amounts in 万元 by the column header."""
    page = _html(
        f"<h3>{NAME}中标公告</h3><p>采购人：{BUYER}</p><p>采购代理机构：{AGENCY}</p>",
        f"<p>采购编号：{NUMBER}</p>",
        _table(("包号", "中标供应商名称", "中标金额（万元）"), ("2", WIN2, "133.9"),
               ("3", WIN3, "53.98")),
    )
    out = _parse(tmp_path, page, ".html")
    assert _header(out) == ("award", BUYER, AGENCY, NUMBER)
    assert _awards(out) == [(WIN2, "2", AMT2), (WIN3, "3", AMT3)]


def test_platform_result_table(tmp_path: Path) -> None:
    """E-procurement platform: 成交结果 table, 成交金额(万元) in the header."""
    text = (f"{NAME}成交公告\n竞价编号：{NUMBER}\n采购执行方：{BUYER}\n成交结果\n"
            f"序号\t成交供应商\t成交金额(万元)\n1\t{WIN2}\t133.9\n")
    out = _parse(tmp_path, text)
    assert _header(out) == ("award", BUYER, None, NUMBER)
    assert _awards(out) == [(WIN2, None, AMT2)]


def test_candidates_per_lot(tmp_path: Path) -> None:
    """中标候选人公示: only the first candidate of each lot is an award."""
    text = (f"{NAME}中标候选人公示\n项目编号：{NUMBER}\n招标人：{BUYER}\n招标代理机构：{AGENCY}\n"
            f"标段2：\n第一中标候选人：{WIN2}，投标报价：1339000元\n"
            f"第二中标候选人：{WIN3}，投标报价：1400000元\n"
            f"标段3：\n第一中标候选人：{WIN3}，投标报价：539800元\n"
            f"第二中标候选人：{WIN2}，投标报价：560000元\n")
    out = _parse(tmp_path, text)
    assert _header(out) == ("candidates", BUYER, AGENCY, NUMBER)
    assert _awards(out) == [(WIN2, "2", AMT2), (WIN3, "3", AMT3)]


@pytest.mark.parametrize(("kind", "title"), [
    ("correction", "更正公告"), ("termination", "终止公告"), ("termination", "废标公告")])
def test_correction_and_termination(tmp_path: Path, kind: str, title: str) -> None:
    text = (f"{NAME}{title}\n一、项目编号：{NUMBER}\n二、项目名称：{NAME}\n"
            f"三、内容：原公告中的供应商名称：{WIN2}，中标金额：1339000元，现予以更正。\n"
            + CONTACTS)
    out = _parse(tmp_path, text)
    assert _header(out) == (kind, BUYER, AGENCY, NUMBER)
    assert out["awards"] == []


@pytest.mark.parametrize("written", [
    "￥1,339,000.00元", "人民币壹佰叁拾叁万玖仟元整", "133.9万元", "1339000", "¥1339000",
    "1,339,000.00（元）", "133.90（万元）", "RMB1339000元",
])
def test_amount_forms(tmp_path: Path, written: str) -> None:
    text = (f"{NAME}中标（成交）结果公告\n一、项目编号：{NUMBER}\n二、项目名称：{NAME}\n"
            f"三、中标（成交）信息\n供应商名称：{WIN2}；供应商地址：{ADDR2}；中标（成交）金额：{written}\n"
            + CONTACTS)
    out = _parse(tmp_path, text)
    assert [(a["supplier"], a["address"], a["amount_yuan"]) for a in out["awards"]] == [
        (WIN2, ADDR2, AMT2)]


def test_bare_quote_amount(tmp_path: Path) -> None:
    text = (f"{NAME}成交公告\n采购编号：{NUMBER}\n采购人：{BUYER}\n成交供应商：{WIN2}\n"
            "报价：1339000\n")
    assert _awards(_parse(tmp_path, text)) == [(WIN2, None, AMT2)]


@pytest.mark.parametrize("buyer_label", ["采购人", "采购单位", "采购人名称", "招标人",
                                         "采购单位名称"])
@pytest.mark.parametrize("agency_label", ["代理机构", "采购代理机构名称", "招标代理",
                                          "招标代理机构"])
@pytest.mark.parametrize("number_label", ["项目编号", "采购编号", "招标编号", "项目代码"])
def test_label_synonyms(tmp_path: Path, buyer_label: str, agency_label: str,
                        number_label: str) -> None:
    text = (f"{NAME}中标公告\n{number_label}：{NUMBER}\n项目名称：{NAME}\n{buyer_label}：{BUYER}\n"
            f"{agency_label}：{AGENCY}\n中标供应商：{WIN2}\n中标金额：1339000元\n")
    out = _parse(tmp_path, text)
    assert _header(out) == ("award", BUYER, AGENCY, NUMBER)


def test_inline_lots(tmp_path: Path) -> None:
    """Several lots written on one line each: 第N包：中标供应商：X，中标金额：Z."""
    text = (f"{NAME}中标公告\n采购编号：{NUMBER}\n采购人：{BUYER}\n采购代理机构：{AGENCY}\n"
            f"第2包：中标供应商：{WIN2}，中标金额：133.9万元；\n"
            f"第3包：中标供应商：{WIN3}，中标金额：53.98万元。\n")
    assert _awards(_parse(tmp_path, text)) == [(WIN2, "2", AMT2), (WIN3, "3", AMT3)]


def test_roles_on_one_line(tmp_path: Path) -> None:
    """A text copy that ran the contact section together, values ending at the next label."""
    text = (f"{NAME}成交结果公告\n一、项目编号：{NUMBER} 二、项目名称：{NAME}\n"
            f"三、中标（成交）信息\n供应商名称：{WIN2} 供应商地址：{ADDR2} "
            "中标（成交）金额：1339000（元）\n"
            f"九、联系方式 1.采购人信息 名 称：{BUYER} 地址：{ADDR3} 联系方式：023-00000001 "
            f"2.采购代理机构信息 名 称：{AGENCY} 地 址：重庆市渝中区某某路1号 "
            "联系方式：023-00000002\n")
    out = _parse(tmp_path, text)
    assert _header(out) == ("award", BUYER, AGENCY, NUMBER)
    assert [(a["supplier"], a["address"], a["amount_yuan"]) for a in out["awards"]] == [
        (WIN2, ADDR2, AMT2)]
    assert "023-00000001" not in str(out) and "00000002" not in str(out)


def test_absent_fields_are_null(tmp_path: Path) -> None:
    """No agency, no number, no amount in the document: nulls, never a neighbour's text."""
    text = (f"{NAME}成交公告\n采购人信息\n名称：{BUYER}\n联系人：某老师\n"
            f"成交供应商：{WIN2}\n备注：无\n")
    out = _parse(tmp_path, text)
    assert _header(out) == ("award", BUYER, None, None)
    assert _awards(out) == [(WIN2, None, None)]
    assert out["budget_yuan"] is None and out["total_award_yuan"] is None


@pytest.mark.parametrize("after", [
    f" 地址：{ADDR2}", f"，地址：{ADDR2}", " 中标金额：1339000元", f"（供应商地址：{ADDR2}）",
    "    1339000元"])
def test_supplier_name_stops_at_next_field(tmp_path: Path, after: str) -> None:
    text = f"{NAME}中标公告\n采购人：{BUYER}\n中标供应商：{WIN2}{after}\n"
    assert [a["supplier"] for a in _parse(tmp_path, text)["awards"]] == [WIN2]


@pytest.mark.parametrize("line", [
    "采购人信息：", "采购人：（详见附件）", "采购人：/", "采购人：联系人：某老师",
    "采购人：\n采购代理机构：X"])
def test_buyer_never_a_label(tmp_path: Path, line: str) -> None:
    text = f"{NAME}中标公告\n{line}\n中标供应商：{WIN2}\n"
    assert _parse(tmp_path, text)["buyer"] is None


RANKED_TABLE = f"""{NAME}评标结果公示
招标编号：{NUMBER}
招标人：{BUYER}
招标代理机构：{AGENCY}
中标候选人\t投标人名称\t投标报价（元）
第一中标候选人\t{WIN2}\t1339000.00
第二中标候选人\t{WIN3}\t1400000.00
"""
SUMMARY_COPY = f"""{NAME}中标公告
公告概要：
采购项目名称\t{NAME}
采购单位\t{BUYER}
行政区域\t重庆市\t公告时间\t2016年11月21日 08:46
评审专家名单\t某某、某某某
总中标金额\t￥133.9 万元（人民币）
项目联系人\t某某
项目联系电话\t023-00000001
代理机构名称\t{AGENCY}
{AGENCY}受{BUYER}委托，就{NAME}（项目编号：{NUMBER}）组织采购，中标结果如下：
中标供应商名称：{WIN2}
中标金额：1339000元
"""
LOT_NAMES = f"""{NAME}中标公告
采购人：{BUYER}
采购代理机构：{AGENCY}
项目编号：{NUMBER}
标段\t标段名称\t中标单位\t中标金额（元）
标段二\t交换机\t{WIN2}\t1339000
标段三\t服务器\t{WIN3}\t539800
"""
INLINE_ROLES = f"""{NAME}中标结果公告
招标人：{BUYER} 招标代理机构：{AGENCY}
招标编号：{NUMBER}
中标人：{WIN2} 中标价：1339000元
"""


@pytest.mark.parametrize(("text", "kind", "agency", "awards"), [
    (RANKED_TABLE, "candidates", AGENCY, [(WIN2, None, AMT2)]),
    (SUMMARY_COPY, "award", AGENCY, [(WIN2, None, AMT2)]),
    (LOT_NAMES, "award", AGENCY, [(WIN2, "标段二", AMT2), (WIN3, "标段三", AMT3)]),
    (INLINE_ROLES, "award", AGENCY, [(WIN2, None, AMT2)]),
], ids=["ranked_table", "summary_copy", "lot_names", "inline_roles"])
def test_text_copies(tmp_path: Path, text: str, kind: str, agency: str,
                     awards: list[tuple[str, Any, Any]]) -> None:
    out = _parse(tmp_path, text)
    assert _header(out) == (kind, BUYER, agency, NUMBER)
    assert _awards(out) == awards
    assert "00000001" not in str(out)


@pytest.mark.parametrize(("body", "agency", "number", "award"), [
    (f"采购人：{BUYER}采购代理机构：{AGENCY}项目编号：{NUMBER}\n"
     f"中标供应商：{WIN2}中标金额：1339000元\n", AGENCY, NUMBER, (WIN2, AMT2)),
    (f"采购人：{BUYER}；采购代理机构：{AGENCY}；项目编号：{NUMBER}；\n"
     f"中标供应商：{WIN2}；中标金额：1339000元；\n", AGENCY, NUMBER, (WIN2, AMT2)),
    (f"采购人：{BUYER}，地址：{ADDR3}，联系人：某老师，电话：023-00000001。\n"
     f"中标供应商：{WIN2}，中标金额：1339000元。\n", None, None, (WIN2, AMT2)),
    (f"采购人：{BUYER}\n中标金额：壹佰叁拾叁万玖仟元整（￥1339000.00）\n中标供应商：{WIN2}\n",
     None, None, (WIN2, AMT2)),
    (f"采购人：{BUYER}\n中标供应商：{WIN2}（联合体牵头人）\n中标金额：1339000元\n",
     None, None, (WIN2, AMT2)),
    (f"项目编号：{NUMBER} 采购方式：公开招标\n采购人：{BUYER}\n中标供应商：{WIN2}\n",
     None, NUMBER, (WIN2, None)),
], ids=["run_together", "semicolons", "commas", "amount_first", "consortium", "no_amount"])
def test_fields_do_not_run_on(tmp_path: Path, body: str, agency: str | None,
                              number: str | None, award: tuple[str, Any]) -> None:
    """Each value ends where the next field starts; what is not written is null."""
    out = _parse(tmp_path, f"{NAME}中标公告\n{body}")
    assert _header(out) == ("award", BUYER, agency, number)
    assert [(a["supplier"], a["amount_yuan"]) for a in out["awards"]] == [award]
    assert "00000001" not in str(out) and "某老师" not in str(out)


_HEAD_2020 = f"<p>一、项目编号：{NUMBER}</p><p>二、项目名称：{NAME}</p><p>三、中标（成交）信息</p>"
_TAIL_2020 = "".join(f"<p>{line}</p>" for line in CONTACTS.splitlines())


@pytest.mark.parametrize(("table", "awards"), [
    (_table(("序号", "中标（成交）金额(元)", "中标供应商名称", "中标供应商地址"),
            ("1", "最终报价:1339000(元)", WIN2, ADDR2)), [(WIN2, None, AMT2)]),
    (_table(("序号", "供应商名称", "供应商地址", "中标（成交）金额"),
            ("1", WIN2, ADDR2, "报价:133.9(万元)")), [(WIN2, None, AMT2)]),
    (_table(("合同包号", "合同包名称", "供应商名称", "供应商地址", "中标（成交）金额"),
            ("2", "交换机", WIN2, ADDR2, "1,339,000.00元"),
            ("3", "服务器", WIN3, ADDR3, "539,800.00元")), [(WIN2, "2", AMT2), (WIN3, "3", AMT3)]),
    (_table(("序号", "供应商名称", "供应商地址", "中标（成交）金额"),
            ("1", WIN2, ADDR2, "下浮率:5(%)")), [(WIN2, None, None)]),
], ids=["price_first", "report_in_wan", "contract_lots", "discount_rate"])
def test_ccgp_2020_result_tables(tmp_path: Path, table: str,
                                 awards: list[tuple[str, Any, Any]]) -> None:
    """Result tables of the 2020+ national template; a discount rate is no amount."""
    page = _html(f"<h2>{NAME}中标（成交）结果公告</h2>", _HEAD_2020, table, _TAIL_2020)
    out = _parse(tmp_path, page, ".html")
    assert _header(out) == ("award", BUYER, AGENCY, NUMBER)
    assert _awards(out) == awards


_CANDIDATES = (f"{NAME}中标候选人公示\n招标编号：{NUMBER}\n招标人：{BUYER}\n"
               f"招标代理机构：{AGENCY}\n")


@pytest.mark.parametrize(("body", "awards"), [
    ("第2标段：\n排名\t投标人名称\t投标报价（元）\n"
     f"1\t{WIN2}\t1339000\n2\t{WIN3}\t1400000\n"
     "第3标段：\n排名\t投标人名称\t投标报价（元）\n"
     f"1\t{WIN3}\t539800\n2\t{WIN2}\t560000\n", [(WIN2, "2", AMT2), (WIN3, "3", AMT3)]),
    (f"第一中标候选人：{WIN2}\n投标报价：1339000元\n第二中标候选人：{WIN3}\n投标报价：1400000元\n",
     [(WIN2, None, AMT2)]),
    (f"第一名：{WIN2}，报价：133.9万元；第二名：{WIN3}，报价：140万元。\n", [(WIN2, None, AMT2)]),
    ("标段\t中标候选人排序\t投标人名称\t投标报价（万元）\n"
     f"二\t第一名\t{WIN2}\t133.9\n二\t第二名\t{WIN3}\t140\n三\t第一名\t{WIN3}\t53.98\n",
     [(WIN2, "二", AMT2), (WIN3, "三", AMT3)]),
], ids=["table_per_lot", "lines", "inline", "lot_column"])
def test_candidate_layouts(tmp_path: Path, body: str, awards: list[tuple[str, Any, Any]]) -> None:
    """Only the first-ranked candidate of each lot, whichever way the ranking is written."""
    out = _parse(tmp_path, _CANDIDATES + body)
    assert _header(out) == ("candidates", BUYER, AGENCY, NUMBER)
    assert _awards(out) == awards


_ROLES = f"项目编号：{NUMBER}\n采购人：{BUYER}\n采购代理机构：{AGENCY}\n"
_WINNER = f"中标供应商：{WIN2}\n中标金额：1339000元\n"


@pytest.mark.parametrize(("title", "body", "kind", "n_awards"), [
    (f"关于{NAME}中标结果的更正公告", "更正事项：中标金额更正为1339000元\n", "correction", 0),
    (f"{NAME}变更公告", "变更内容：开标时间延期\n", "correction", 0),
    (f"{NAME}终止公告", "终止原因：采购需求变更\n", "termination", 0),
    (f"{NAME}流标公告", "因有效投标人不足三家，本项目流标。\n", "termination", 0),
    (f"{NAME}采购结果公告", _WINNER, "award", 1),
    (f"{NAME}中标结果公示", _WINNER, "award", 1),
    (f"{NAME}中标候选人公示", f"第一中标候选人：{WIN2}\n", "candidates", 1),
    (f"{NAME}竞争性磋商公告", "预算金额：1400000元\n", "tender", 0),
    (f"{NAME}比选公告", "预算金额：1400000元\n", "tender", 0),
    (f"{NAME}合同公告", f"供应商名称：{WIN2}\n合同金额：1339000元\n", "contract", 1),
    ("", _WINNER, "award", 1),
])
def test_notice_types(tmp_path: Path, title: str, body: str, kind: str, n_awards: int) -> None:
    out = _parse(tmp_path, f"{title}\n{_ROLES}{body}")
    assert _header(out) == (kind, BUYER, AGENCY, NUMBER)
    assert len(out["awards"]) == n_awards


_HEAD_TEXT = (f"{NAME}中标（成交）结果公告\n一、项目编号：{NUMBER}\n二、项目名称：{NAME}\n"
              "三、中标（成交）信息\n序号 供应商名称 供应商地址 中标（成交）金额\n")


@pytest.mark.parametrize(("rows", "awards"), [
    (f"1 {WIN2} {ADDR2} 1,339,000.00 元\n", [(WIN2, ADDR2, AMT2)]),
    (f"1 {WIN2} {ADDR2} ￥ 1339000\n", [(WIN2, ADDR2, AMT2)]),
    (f"1 {WIN2} 北京市海淀区 中关村东路1号 1339000\n2 {WIN3} 重庆市 永川区 红河大道 539800\n",
     [(WIN2, "北京市海淀区 中关村东路1号", AMT2), (WIN3, "重庆市 永川区 红河大道", AMT3)]),
], ids=["spaced_unit", "spaced_currency", "spaced_address"])
def test_one_space_result_rows(tmp_path: Path, rows: str,
                               awards: list[tuple[str, str, int]]) -> None:
    """An aggregator copy with one space between cells, where some cells contain one too."""
    out = _parse(tmp_path, _HEAD_TEXT + rows + CONTACTS)
    assert _header(out) == ("award", BUYER, AGENCY, NUMBER)
    assert [(a["supplier"], a["address"], a["amount_yuan"]) for a in out["awards"]] == awards


_CONTACTS_4 = CONTACTS.replace("九、", "四、")


@pytest.mark.parametrize(("text", "kind"), [
    (f"{NAME}更正公告\n一、项目基本情况\n原公告的采购项目编号：{NUMBER}\n原公告的采购项目名称：{NAME}\n"
     "首次公告日期：2021年03月01日\n二、更正信息\n更正事项：采购公告\n更正内容：开标时间更正为2021年3月20日\n"
     "三、其他补充事宜\n无\n" + _CONTACTS_4, "correction"),
    (f"{NAME}终止公告\n一、项目基本情况\n采购项目编号：{NUMBER}\n采购项目名称：{NAME}\n"
     "二、项目终止的原因\n因采购需求发生变化，本项目终止。\n三、其他补充事宜\n无\n" + _CONTACTS_4,
     "termination"),
    (f"{NAME}中标（成交）结果公告\n一、项目编号：{NUMBER}\n二、项目名称：{NAME}\n"
     "三、中标（成交）信息\n本项目因有效供应商不足三家，废标。\n" + _CONTACTS_4, "termination"),
], ids=["correction_2020", "termination_2020", "failed_result"])
def test_2020_templates_without_winner(tmp_path: Path, text: str, kind: str) -> None:
    out = _parse(tmp_path, text)
    assert _header(out) == (kind, BUYER, AGENCY, NUMBER)
    assert out["awards"] == []


@pytest.mark.parametrize("buyer_line", [
    f"采购人：{BUYER}联系地址：{ADDR3}", f"采购人：{BUYER}通讯地址：{ADDR3}",
    f"采购人：{BUYER} 联系地址：{ADDR3}", f"采购人：{BUYER}联系人：某老师",
    f"采购人：{BUYER}电话：023-00000001", f"采购单位：{BUYER} 采购单位地址：{ADDR3}",
])
def test_run_together_contact_fields(tmp_path: Path, buyer_line: str) -> None:
    text = (f"{NAME}中标公告\n{buyer_line}\n中标供应商：{WIN2}联系地址：{ADDR2}\n"
            "中标金额：1339000元\n")
    out = _parse(tmp_path, text)
    assert (out["buyer"], [a["supplier"] for a in out["awards"]]) == (BUYER, [WIN2])
    assert "某老师" not in str(out) and "00000001" not in str(out)


_RESULT_HEAD = f"{NAME}成交结果公告\n项目编号：{NUMBER}\n采购人：{BUYER}\n"
USCC = "91500116771758653P"  # a valid code (checksum) from the input tests, not a dev company's


@pytest.mark.parametrize(("table", "award"), [
    (f"序号\t中标单位\t统一社会信用代码\t中标金额（元）\n1\t{WIN2}\t{USCC}\t1339000\n",
     (WIN2, None, AMT2, USCC)),
    (f"包号\t供应商名称（全称）\t成交价（元）\n2\t{WIN2}\t1339000\n", (WIN2, "2", AMT2, None)),
    (f"序号\t投标人名称\t投标报价（元）\t是否中标\n1\t{WIN2}\t1339000\t是\n2\t{WIN3}\t1400000\t否\n",
     (WIN2, None, AMT2, None)),
], ids=["uscc_column", "full_name_column", "winner_flag_column"])
def test_result_table_columns(tmp_path: Path, table: str, award: tuple[Any, ...]) -> None:
    out = _parse(tmp_path, _RESULT_HEAD + table)
    assert [(a["supplier"], a["lot"], a["amount_yuan"], a["uscc"]) for a in out["awards"]] == [
        award]


def test_lot_cell_merged_across_rows(tmp_path: Path) -> None:
    """A lot with two winners, its lot cell spanning both rows (rowspan)."""
    page = _html(f"<h2>{NAME}中标公告</h2><p>采购人：{BUYER}</p><p>项目编号：{NUMBER}</p>",
                 "<table><tr><td>包号</td><td>中标供应商</td><td>中标金额（元）</td></tr>"
                 f"<tr><td rowspan='2'>2</td><td>{WIN2}</td><td>1339000</td></tr>"
                 f"<tr><td>{WIN3}</td><td>539800</td></tr></table>")
    assert _awards(_parse(tmp_path, page, ".html")) == [(WIN2, "2", AMT2), (WIN3, "2", AMT3)]
