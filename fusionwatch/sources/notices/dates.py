"""The publication date: 发布时间, else the date closing the notice, else the start of
its 公示 period, else a date line under the heading."""

from __future__ import annotations

import re
from datetime import date

from fusionwatch.sources.notices.summary import summary_fields
from fusionwatch.sources.notices.text import ORG_SUFFIX, Hit, lab

__all__ = ["published"]

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})(?:\s*日)?"
)


def _date_at(text: str, pos: int) -> tuple[str, int, int] | None:
    m = _DATE.match(text, pos)
    if not m:
        return None
    try:
        d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return d.isoformat(), m.start(), m.end()


_PUBLISHED = ["发布时间", "发布日期", "发布于", "更正日期", "公告发布日期", "公告发布时间"]
_PUBLICITY = ["公示日期", "公示时间", "公示期", "公示开标时间", "公告时间", "公告日期", "发布"]
# Dates of the earlier tender notice, not of this one.
_NOT_THIS = r"(?<!招标公告)(?<!采购公告)(?<!询价公告)(?<!招标)(?<!采购)(?<!首次)(?<!原)"


def published(text: str) -> Hit | None:
    """Publication date: 发布时间, else the signature date, else the start of 公示."""
    for labels in (_PUBLISHED, None, _PUBLICITY):
        if labels is None:
            hit = _signature_date(text)
            if hit:
                return hit
            continue
        for label in labels:
            pattern = _NOT_THIS + lab(label) + r"\s*[：:]?\s*\|?\s*[(（]?\s*"
            for m in re.finditer(pattern, text):
                found = _date_at(text, m.end())
                if found:
                    return Hit(*found)
    summary = summary_fields(text).get("公告时间")
    found = _date_at(text, summary.start) if summary else None
    return Hit(*found) if found else _header_date(text)


_NOT_HEADER_DATE = re.compile(r"\||至|—|～|~|截止|开标|公示|期限|有效|报价")


def _header_date(text: str) -> Hit | None:
    """A date on a short line right under the heading ("2021年03月05日 17:23 来源：...")."""
    pos = 0
    for line in text.split("\n")[:5]:
        dates = list(_DATE.finditer(line))
        m = dates[0] if len(dates) == 1 else None
        if m and len(line) <= 60 and not _NOT_HEADER_DATE.search(line):
            found = _date_at(text, pos + m.start())
            if found:
                return Hit(*found)
        pos += len(line) + 1
    return None


def _signature_date(text: str) -> Hit | None:
    """A date closing the notice, alone or after the signing organization's name."""
    lines = text.split("\n")
    pos = len(text) + 1
    for line in reversed(lines[-6:]):
        pos -= len(line) + 1
        if len(line) > 200:
            continue
        for m in _DATE.finditer(line):
            before = line[: m.start()].strip()
            rest = line[m.end():].strip()
            if rest and not rest.startswith(("（", "(", "|")):
                continue
            if before and not _ORG_BEFORE.search(before):
                continue
            found = _date_at(text, pos + m.start())
            if found:
                return Hit(*found)
    return None


_ORG_BEFORE = re.compile(ORG_SUFFIX + r"[)）]?\s*$")


