"""The ccgp 公告概要 summary when a text copy ran its table together.

Copies of older ccgp.gov.cn pages flatten the summary table into one run
("采购单位珠海市教育局行政区域珠海市公告时间2016年11月14日…"). Its labels come in a
fixed set, so the run can be cut at them. Used only as a fallback for fields the
notice body does not give.
"""

from __future__ import annotations

import re

from fusionwatch.sources.notices.text import Hit, clean_value

__all__ = ["summary_fields"]

_LABELS = (
    "采购项目名称", "品目", "采购单位地址", "采购单位联系方式", "采购单位", "行政区域", "公告时间",
    "本项目招标公告日期", "中标日期", "成交日期", "评审专家名单", "总中标金额", "总成交金额",
    "项目联系人", "项目联系电话", "代理机构名称", "代理机构地址", "代理机构联系方式",
    "联系人及联系方式", "公告信息", "开标时间", "获取招标文件时间", "预算金额", "开标地点",
)
_SPLIT = re.compile("(" + "|".join(sorted(_LABELS, key=len, reverse=True)) + r")[：:]?")


def summary_fields(text: str) -> dict[str, Hit]:
    """Label to value for a run-together 公告概要; empty when there is none."""
    start = text.find("公告概要")
    if start < 0:
        return {}
    end = text.find("\n", start)
    run = text[start:end if end > 0 else len(text)]
    out: dict[str, Hit] = {}
    matches = list(_SPLIT.finditer(run))
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(run)
        hit = clean_value(run[m.end():stop], start + m.end(), cut_tail=False)
        if hit is not None and m.group(1) not in out:
            out[m.group(1)] = hit
    return out
