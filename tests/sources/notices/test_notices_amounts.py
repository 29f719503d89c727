"""Yuan amounts: Arabic with separators, 万元, and 大写 (checked against cn2an's own writer)."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fusionwatch.sources.notices.amounts import find_amount, parse_amount, parse_daxie, yuan_value


@pytest.mark.parametrize("text, unit, want", [
    ("￥1,283,000.00", None, 1283000.0),
    ("75.2万元", None, 752000.0),
    ("221.533", "万元", 2215330.0),
    ("RMB1256772.03元 (大写：壹佰贰拾伍万陆仟柒佰柒拾贰元叁分 )", None, 1256772.03),
    ("人民币贰佰贰拾捌万捌仟贰佰叁拾壹元柒角贰分（RMB2,288,231.72）", None, 2288231.72),
    ("陆拾叁万玖仟元整", None, 639000.0),
    ("$1,090,602.00", None, 1090602.0),
    ("290000元人民币", None, 290000.0),
    ("８７９９７０元", None, 879970.0),
    ("1339千元", None, 1339000.0),
    ("1.339百万元", None, 1339000.0),
    ("¥ 1,339,000", None, 1339000.0),
    ("大写：壹佰叁拾叁万玖仟元整 小写：1339000元", None, 1339000.0),
    ("--", None, None),
    ("详见附件", None, None),
])
def test_examples(text: str, unit: str | None, want: float | None) -> None:
    assert parse_amount(text, unit) == want


def test_span_quotes_the_amount() -> None:
    text = "中标金额：人民币贰佰元整（RMB200.00）"
    found = find_amount(text)
    assert found is not None
    assert text[found[1]:found[2]] == "200.00"


@given(st.integers(min_value=1, max_value=9_999_999_999), st.integers(min_value=0, max_value=99))
def test_daxie_round_trip(yuan: int, fen: int) -> None:
    # cn2an writes 大写 for the yuan part; jiao and fen are appended the way notices do.
    written = cn2an.an2cn(yuan, "up") + "元"
    digits = "零壹贰叁肆伍陆柒捌玖"
    jiao, f = divmod(fen, 10)
    if fen:
        written += (digits[jiao] + "角" if jiao else "零") + (digits[f] + "分" if f else "")
    else:
        written += "整"
    assert parse_daxie(written) == pytest.approx(yuan + fen / 100, abs=0.001)


@given(st.decimals(min_value=0, max_value=100_000, places=4, allow_nan=False, allow_infinity=False))
def test_wan_yuan(value: object) -> None:
    text = f"{value}万元"
    got = parse_amount(text)
    assert got is not None
    assert got == pytest.approx(round(float(str(value)) * 10_000, 2), abs=0.01)


@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_separators(value: int) -> None:
    assert parse_amount(f"￥{value:,}.00") == value


def test_yuan_value() -> None:
    assert yuan_value(2215330.0) == 2215330
    assert isinstance(yuan_value(2215330.0), int)
    assert yuan_value(3490357.62) == 3490357.62
    assert yuan_value(None) is None
