"""Yuan amounts as written in notices: ``￥1,283,000.00``, ``75.2万元``, ``RMB1256772.03元``,
``人民币贰佰贰拾捌万捌仟贰佰叁拾壹元柒角贰分`` (大写)."""

from __future__ import annotations

import re

__all__ = ["find_amount", "parse_amount", "parse_daxie", "yuan_value"]

# Arabic amount, optionally with thousands separators and a 万 / 亿 unit right after it.
_ARABIC = re.compile(
    r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*[（(]?\s*(百万元|百万|千元|万元|万|亿元|亿|元))?"
)
_DAXIE_CHARS = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正〇一二三四五六七八九十百千两"
_DAXIE = re.compile(f"[{_DAXIE_CHARS}]{{2,}}")
_FULLWIDTH = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def parse_daxie(text: str) -> float | None:
    """Convert a 大写 amount such as 陆拾叁万玖仟元整 to yuan; None if it is not one."""
    import cn2an

    match = _DAXIE.search(text)
    if not match:
        return None
    raw = match.group(0).replace("正", "整").rstrip("整")
    if not any(ch in raw for ch in "元圆角分拾佰仟万亿"):
        return None
    yuan_part, _, cents_part = raw.replace("圆", "元").partition("元")
    total = 0.0
    try:
        if yuan_part:
            total = float(cn2an.cn2an(yuan_part, "normal"))
        if cents_part:
            jiao = re.search(f"([{_DAXIE_CHARS}])角", cents_part)
            fen = re.search(f"([{_DAXIE_CHARS}])分", cents_part)
            if jiao:
                total += float(cn2an.cn2an(jiao.group(1), "normal")) / 10
            if fen:
                total += float(cn2an.cn2an(fen.group(1), "normal")) / 100
    except (ValueError, KeyError, TypeError):
        return None
    return round(total, 2)


def parse_amount(text: str | None, unit_hint: str | None = None) -> float | None:
    """The first yuan amount in ``text`` (see :func:`find_amount`), or None."""
    found = find_amount(text, unit_hint)
    return found[0] if found else None


def find_amount(text: str | None, unit_hint: str | None = None) -> tuple[float, int, int] | None:
    """The first yuan amount in ``text``.

    Args:
        text: a value as written, e.g. ``"￥1,283,000.00"`` or ``"75.2万元"``.
        unit_hint: the unit given by a label or column header (``"万元"`` or ``"元"``),
            applied when the value itself has no unit.

    Returns:
        The amount in yuan rounded to the fen and the span of the amount as written in
        ``text``, or None when no amount is written.
    """
    if not text:
        return None
    text = text.translate(_FULLWIDTH)
    for match in _ARABIC.finditer(text):
        number, unit = match.group(1), match.group(2)
        # Years, percentages and item numbers are not amounts.
        nxt = re.match(r"[\s（(]*(.?)", text[match.end():match.end() + 6])
        after = nxt.group(1) if nxt else ""
        if after in ("%", "年", "月", "日", "个", "天", "家", "名", "人", "项") and not unit:
            continue
        value = float(number.replace(",", ""))
        unit = unit or unit_hint or ""
        if unit.startswith("百万"):
            value *= 1_000_000
        elif unit.startswith("千"):
            value *= 1_000
        elif unit.startswith("万"):
            value *= 10_000
        elif unit.startswith("亿"):
            value *= 100_000_000
        start = match.start()
        while start > 0 and text[start - 1] in "￥¥$":
            start -= 1
        return round(value, 2), start, match.end()
    daxie = parse_daxie(text)
    if daxie is None:
        return None
    m = _DAXIE.search(text)
    assert m is not None
    if unit_hint and unit_hint.startswith("万") and "元" not in text:
        daxie *= 10_000
    return round(daxie, 2), m.start(), m.end()


def yuan_value(amount: float | None) -> int | float | None:
    """An amount as it goes into JSON: an int when whole, else a float to the fen."""
    if amount is None:
        return None
    if abs(amount - round(amount)) < 0.005:
        return round(amount)
    return round(amount, 2)
