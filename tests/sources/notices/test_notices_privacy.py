"""No private person's name or phone number from any dev notice reaches the output.

The names are collected here straight from the raw files by their labels, with
regexes of this test's own, not with the parser's privacy module.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from notices_testdata import NOTICES  # type: ignore[import-not-found]

from fusionwatch.sources.base import Document, ParseReport
from fusionwatch.sources.notices import NoticesSource, parse_notice

FILES = sorted(p for p in NOTICES.iterdir() if p.is_file())
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


def _private(path: Path) -> tuple[set[str], set[str]]:
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


def test_collector_finds_people() -> None:
    everyone = [_private(p) for p in FILES]
    assert sum(len(n) for n, _ in everyone) > 80
    assert sum(len(p) for _, p in everyone) > 40


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_private_data_in_output(path: Path) -> None:
    names, phones = _private(path)
    out = parse_notice(path)
    dumped = re.sub(r"\s", "", json.dumps({k: v for k, v in out.items() if k != "file"},
                                          ensure_ascii=False))
    digits = re.sub(r"[\s\-]", "", dumped)
    assert [n for n in names if n in dumped] == []
    assert [p for p in phones if p in digits] == []


def test_no_private_data_in_records() -> None:
    report = ParseReport()
    docs = [Document.from_path(p) for p in FILES]
    records = list(NoticesSource().parse(docs, report))
    assert records
    private = {}
    for path in FILES:
        private[str(path)] = _private(path)
    for record in records:
        names, phones = private[record.document.path]
        for fact in record.facts:
            for text in (fact.value, fact.quote or ""):
                compact = re.sub(r"\s", "", text)
                assert not [n for n in names if n in compact], (record.schema, fact)
                digits = re.sub(r"\D", "", text)
                assert not [p for p in phones if p in digits], (record.schema, fact)
    assert report.dataset("notices").persons_dropped > 0
    assert report.dataset("notices").dropped_names == []
