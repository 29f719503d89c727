"""Small text helpers shared by the field and award extractors.

A :class:`Hit` is a value found in the decoded notice text together with its
character span, so that every extracted fact can be quoted back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["ORG_SUFFIX", "Hit", "clean_value", "lab", "org_like", "unmask"]


@dataclass(frozen=True)
class Hit:
    """A value and where it was read in the text (``text[start:end]``)."""

    value: str
    start: int
    end: int


@lru_cache(maxsize=1024)
def lab(words: str) -> str:
    """A label regex tolerant of Word-style letter spacing ("采 购 人")."""
    out = []
    for alt in words.split("|"):
        out.append(r"\s?".join(re.escape(ch) for ch in alt))
    return "(?:" + "|".join(out) + ")"


# Labels that end a value written inline ("采购人名称：X 采购人地址：Y").
_TAIL = re.compile(
    r"\s*(?:(?:采购人|采购单位|采购代理机构|代理机构|集中采购机构|招标人|招标代理机构|供应商|中标供应商"
    r"|成交供应商|中标人|项目|单位)?(?:(?:联系|通讯|通信|办公|注册|详细)?地\s?址|联\s?系\s?人|联系方式|联系电话|电\s?话|传\s?真|邮政编码|邮编"
    r"|电子邮箱|电邮|法人代表|法定代表人|行政区域|所属行业)"
    r"|\s{2,}|\s+[一二三四五六七八九十\d]{1,2}[、.．:：]|[（(]\s*(?:单位公章|盖章|签章)|\s*\d{4}\s*年\s*\d"
    # A bracket opening another labelled field: "X公司（供应商地址：…）", or a role note.
    r"|\s*[（(](?=[^）)\n]{1,12}[：:])|\s*[（(]\s*(?:联合体|牵头人|成员)"
    # A run-together copy: the next field's label follows without a space.
    r"|(?:采购代理机构|招标代理机构|代理机构|采购人|采购单位|招标人|项目编号|采购编号|招标编号"
    r"|项目名称|中标金额|成交金额|中标（成交）金额|中标供应商|成交供应商|供应商地址|供应商名称)(?:名称)?[：:]"
    r"|\s+[\u4e00-\u9fff]{2,10}(?:[（(][\u4e00-\u9fff]{1,4}[）)][\u4e00-\u9fff]{0,6})?[：:])"
)
_EMPTY = re.compile(r"^(?:[/\\\-—－_.。、无]*|详见.*|见.*|暂无|空|--|[（(]?略[)）]?)$")
ORG_SUFFIX = (
    r"(?:有限责任公司|股份有限公司|有限公司|分公司|总公司|公司|集团|研究院|研究所|设计院|医院|学院|大学|"
    r"学校|小学|中学|中心|局|厅|委员会|管委会|办事处|政府|办公室|处|所|站|队|社|厂|店|部|馆|院|会|委|办)"
)
_ORG_END = re.compile(ORG_SUFFIX + r"[)）]?$")


def clean_value(raw: str, start: int, *, cut_tail: bool = True) -> Hit | None:
    """Trim a raw value (and its span) at the next inline label; None if empty or a
    placeholder such as ``/`` or ``详见公告正文``."""
    value = raw
    if cut_tail:
        m = _TAIL.search(value, 1)
        if m:
            value = value[: m.start()]
    lead = len(value) - len(value.lstrip(" :：|\t"))
    value = value[lead:]
    value = value.rstrip(" 。，,；;：:|\t")
    if _EMPTY.match(value) or "(略)" in value or "（略）" in value:
        return None
    return Hit(" ".join(value.split()), start + lead, start + lead + len(value))


def org_like(value: str) -> bool:
    """Whether a value reads like an organization's name."""
    return 3 <= len(value) <= 60 and bool(_ORG_END.search(value)) and "：" not in value


def unmask(value: str, text: str) -> str:
    """Restore a name masked by an aggregator (``**市**职业学校``) from an unmasked copy
    elsewhere in the same document, if there is exactly one candidate."""
    if "*" not in value:
        return value
    parts = [re.escape(p) for p in re.split(r"\*+", value)]
    pattern = r"[^\s*|：:，,。]{1,6}".join(parts)
    found = {m.group(0) for m in re.finditer(pattern, text) if "*" not in m.group(0)}
    return found.pop() if len(found) == 1 else value
