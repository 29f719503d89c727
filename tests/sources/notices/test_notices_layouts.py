"""Layouts the held-out notices use, as small invented notices in ``layouts/``.

The companies and people there are made up; the layouts follow the ccgp.gov.cn 2020+
template (公告概要 table plus 一、项目编号 … 三、中标（成交）信息 table), the older
公告概要 page (as HTML, and as a text copy whose table ran together), a multi-lot text
notice, a ranked candidates table, a correction and a failed tender.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fusionwatch.sources.notices import parse_notice

LAYOUTS = Path(__file__).resolve().parent / "layouts"


def _parse(name: str) -> dict[str, Any]:
    return parse_notice(LAYOUTS / name)


def test_ccgp_2020_template() -> None:
    out = _parse("ccgp2021.html")
    assert out["notice_type"] == "award"
    assert out["published"] == "2021-03-05"
    assert out["project_number"] == "HNZC-2021-0123"
    assert out["buyer"] == "某县公安局"
    assert out["agency"] == "河南某某招标代理有限公司"
    assert out["total_award_yuan"] == 4856320
    assert out["awards"] == [{
        "supplier": "河南某某智能科技有限公司", "address": "郑州市高新区科学大道100号",
        "amount_yuan": 4856320, "uscc": None, "lot": None,
    }]
    assert out["items"][0] == {
        "name": "高清人脸识别摄像机", "brand": "海康威视", "model": "DS-2CD7A47",
        "quantity": "120台", "unit_price_yuan": 8500,
    }
    tags = {p["tag"] for p in out["programs"]}
    assert tags == {"sharp_eyes", "face_recognition", "video_surveillance",
                    "public_security_buyer"}
    text = str(out)
    for private in ("张建国", "赵文涛", "孙丽", "0371-65551234", "65551234"):
        assert private not in text


def test_old_ccgp_summary_table() -> None:
    out = _parse("old_ccgp.html")
    assert (out["notice_type"], out["published"], out["project_number"]) == (
        "award", "2015-06-18", "FJZB-2015-033")
    assert out["awards"][0]["supplier"] == "某某安防科技股份有限公司"
    assert out["awards"][0]["amount_yuan"] == 12805000
    assert out["total_award_yuan"] == 12805000


def test_run_together_summary() -> None:
    out = _parse("run_together.txt")
    assert (out["published"], out["project_name"], out["buyer"], out["agency"]) == (
        "2017-05-02", "某市公安局人脸识别系统采购项目", "某市公安局", "湖南某某招标有限公司")
    assert out["total_award_yuan"] == 885000
    assert out["awards"][0]["supplier"] == "湖南某某科技有限公司"
    for private in ("张三丰", "李四海", "王五一", "12345678"):
        assert private not in str(out)


def test_ranked_candidates_per_lot() -> None:
    out = _parse("candidates.html")
    assert out["notice_type"] == "candidates"
    got = [(a["supplier"], a["lot"], a["amount_yuan"]) for a in out["awards"]]
    assert got == [("某某交通科技股份有限公司", "1", 3280000),
                   ("某某数据系统有限公司", "2", 1120500)]


def test_multi_lot_text() -> None:
    out = _parse("sichuan.txt")
    got = [(a["supplier"], a["lot"], a["amount_yuan"]) for a in out["awards"]]
    assert got == [("四川某某科技有限公司", "1", 1234500),
                   ("成都某某网络工程有限公司", "2", 567800)]
    assert out["total_award_yuan"] is None  # two awards and no stated total: never summed
    assert out["published"] is None  # no date in the document


@pytest.mark.parametrize("name, kind, published", [
    ("correction.txt", "correction", "2022-05-20"),
    ("termination.txt", "termination", "2019-07-01"),
])
def test_other_kinds(name: str, kind: str, published: str) -> None:
    out = _parse(name)
    assert out["notice_type"] == kind
    assert out["published"] == published
    assert out["awards"] == []
