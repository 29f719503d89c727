"""Shared helpers for the notices tests: bundled data paths and label comparison."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
NOTICES = REPO / "data" / "notices"
LABELS = REPO / "data" / "notices_labels.jsonl"
HEADER_FIELDS = ("notice_type", "published", "project_name", "project_number", "buyer", "agency",
                 "budget_yuan", "total_award_yuan")


def labels() -> list[dict[str, Any]]:
    with LABELS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def norm(value: object) -> str | None:
    """Whitespace and full/half-width normalization, as the acceptance checks do."""
    if value is None:
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)))


def same(got: object, want: object) -> bool:
    if isinstance(got, (int, float)) and isinstance(want, (int, float)):
        return abs(got - want) <= 0.5
    return norm(got) == norm(want)


# Private people, collected from the raw files with regexes of the tests' own (not the
# parser's privacy module), so that a parser bug cannot hide in a shared helper.
_LABEL = re.compile(
    r"(?:联\s*系\s*人|项目负责人|技术负责人|负责人|法人代表|法定代表人|经办人|评审专家|专家名单|专家成员"
    r"|委员会成员|小组成员|委员会人员名单|成员名单|采购人代表|监督员|建造师|工程师|项目总工姓名|评标委员会|谈判小组)"
    r"[^：:\n]{0,16}?[：:|]?[\s|]*(?P<v>[^\n]{0,80}(?:\n[^\n]{0,80})?)"
)
_NAME = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,2})(?![\u4e00-\u9fff])"
)
_STOP = re.compile(
    r"详见|采购|公司|单位|电话|名单|成员|联系|方式|地址|专家|负责|评审|组长|无|包|代表|等级|姓名|"
    r"类别|证号|合格|十|招标文|电邮|人民币|比例|单价|数量|附件|原因|成交|中标|推荐|确|第.名|"
    r"监理|工程|方式|先生|女士|老师|医生|传真|代理|机构|中心|人数|项目|总工|选定|抽取"
)
_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d\s?\d{4}\s?\d{4}|0\d{2,3}-?\d{7,8})(?!\d)")


def _raw_text(path: Path) -> str:
    text = path.read_bytes().decode("utf-8", "replace")
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = re.sub(r"<(?:/p|br|/tr|/div)[^>]*>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text).replace("\u3000", " ").replace("\xa0", " ")
    return re.sub(r"[ \t]*\n\s*", "\n", re.sub(r"[ \t\r]+", " ", text))


def private_data(path: Path) -> tuple[set[str], set[str]]:
    text = _raw_text(path)
    names: set[str] = set()
    for m in _LABEL.finditer(text):
        for name in _NAME.findall(m.group("v")):
            name = re.sub(r"\s", "", name)
            if not _STOP.search(name):
                names.add(name)
    # Honorific contacts such as 付老师 / 冯先生 / 刘医生.
    names.update(re.findall(r"[\u4e00-\u9fff](?:老师|先生|女士|医生)", text))
    phones = {re.sub(r"\D", "", p) for p in _PHONE.findall(text)}
    phones.update(re.findall(r"(?:电话|联系方式|传真)\s*[：:]?\s*(\d{7,12})(?!\d)", text))
    return names, phones


def set_f1(got: set[str | None], want: set[str | None]) -> float:
    """F1 of a predicted set against the labelled one (1.0 when both are empty)."""
    if not got and not want:
        return 1.0
    tp = len(got & want)
    if not tp:
        return 0.0
    p, r = tp / len(got), tp / len(want)
    return 2 * p * r / (p + r)
