"""One notice in, one result out: ``parse_notice(document) -> dict`` with the issue's keys.

The decoded text (see :mod:`.decode`) is the single coordinate system: every value
is kept as a :class:`~.text.Hit` with its span so that :mod:`.records` can quote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stdnum.cn import uscc as stdnum_uscc

from fusionwatch.errors import FormatError
from fusionwatch.sources.base import Document
from fusionwatch.sources.notices import awards as aw
from fusionwatch.sources.notices import fields, totals
from fusionwatch.sources.notices.amounts import yuan_value
from fusionwatch.sources.notices.dates import published
from fusionwatch.sources.notices.decode import decode_bytes, is_html, render_html, to_text
from fusionwatch.sources.notices.items import find_items
from fusionwatch.sources.notices.privacy import PrivateData, find_private, is_clean
from fusionwatch.sources.notices.programs import load_taxonomy, tag_programs
from fusionwatch.sources.notices.tables import rows as table_rows
from fusionwatch.sources.notices.text import Hit

__all__ = [
    "NOTICE_TYPES", "ParsedNotice", "classify", "parse_document", "parse_notice", "parse_text",
    "read_notice_text",
]

NOTICE_TYPES = ("award", "candidates", "tender", "correction", "termination", "contract", "other")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_VOCAB = re.compile(r"采购|招标|中标|成交|投标|供应商|公告|公示|项目")
# Full-width digits, Latin letters and the punctuation of codes (not the Chinese
# comma, colon or brackets, which the patterns read as such).
_FULL = "０１２３４５６７８９－．／＃" + "".join(chr(c) for c in range(0xFF21, 0xFF3B)) + "".join(
    chr(c) for c in range(0xFF41, 0xFF5B))
_HALF_WIDTH = str.maketrans(_FULL, "".join(chr(ord(c) - 0xFEE0) for c in _FULL))


@dataclass
class ParsedNotice:
    """A parsed notice: the output dict plus the spans records quote, and warnings."""

    file: str
    text: str
    data: dict[str, Any]
    hits: dict[str, Hit | None] = field(default_factory=dict)
    awards: list[aw.Award] = field(default_factory=list)
    programs: list[tuple[str, Hit]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    people_dropped: int = 0
    # Kept in memory only, to check record quotes; never printed or stored.
    private: PrivateData = field(default_factory=PrivateData, repr=False)


def read_notice_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode and render a notice file, refusing files that are not notices.

    Returns:
        The rendered text and the HTML page heading ("" for text files).

    Raises:
        FormatError: empty, binary, undecodable, truncated HTML, or not a notice.
    """
    raw = decode_bytes(data, path)
    if is_html(raw):
        tail = raw.rstrip()[-200:]
        lower = raw.lower()
        if tail.rfind("<") > tail.rfind(">") or ("<html" in lower and "</html>" not in lower) or (
                "<body" in lower and "</body>" not in lower):
            raise FormatError(path, "truncated HTML")
        text, heading = render_html(raw)
        if not text.replace("\ufffd", "").strip():  # a broken byte is no content
            return "", ""  # a page whose content is an image: an empty notice, type "other"
    else:
        text, heading = to_text(data, path), ""
    if not _CJK.search(text) or not _VOCAB.search(text):
        raise FormatError(path, "not a procurement notice (no Chinese procurement text)")
    return text, heading


def parse_notice(document: Document | str | Path, taxonomy: str | None = None) -> dict[str, Any]:
    """Parse one notice file into the output dict (keys as in issue 4).

    Args:
        document: a :class:`Document` or a path.
        taxonomy: path of a program taxonomy YAML file; the bundled one by default.

    Raises:
        FormatError: the file cannot be read as a notice.
    """
    return parse_document(document, taxonomy).data


def parse_document(document: Document | str | Path, taxonomy: str | None = None) -> ParsedNotice:
    """Like :func:`parse_notice` but keeping spans and warnings."""
    path = document.path if isinstance(document, Document) else str(document)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FormatError(path, f"cannot read ({exc.strerror})") from exc
    text, heading = read_notice_text(data, path)
    return parse_text(text, path, taxonomy, heading)


def parse_text(
    text: str, file: str, taxonomy: str | None = None, heading: str = ""
) -> ParsedNotice:
    """Extract every field of a notice from its decoded text.

    Args:
        text: the rendered notice text (spans refer to it).
        file: the path as given, echoed in the output.
        taxonomy: program taxonomy file; the bundled one by default.
        heading: the HTML page heading, preferred over a heading found in the text.
    """
    # Full-width digits and letters are one-to-one with ASCII, so spans stay valid and
    # every pattern below needs only the ASCII form.
    text = text.translate(_HALF_WIDTH)
    private = find_private(text)
    rows = table_rows(text)
    title = fields.title(heading) or fields.title(text)
    awards, table_name = aw.find_awards(text, rows)
    name = fields.project_name(text) or table_name
    hits: dict[str, Hit | None] = {
        "project_number": fields.project_number(text),
        "project_name": name,
        "buyer": fields.buyer(text, title, name),
        "agency": fields.agency(text),
        "published": published(text),
    }
    notice_type = classify(title, text, awards)
    if notice_type in ("tender", "correction", "termination"):
        # Names in a tender, a correction or a cancelled procurement are bidders,
        # contacts or the corrected text, not winners.
        awards = []
    if notice_type == "candidates":
        awards = _first_per_lot(awards)
    warnings: list[str] = []
    for award in awards:
        _check_uscc(award, warnings)
        _lot_fixups(award, name, awards)
    budget = totals.budget(text)
    total = totals.total(text, awards) if awards else None
    hits["budget"] = budget[1] if budget else None
    hits["total"] = total[1] if total else None
    items = find_items(rows)
    programs = tag_programs(text, hits["buyer"], load_taxonomy(taxonomy),
                            lambda s: is_clean(s, private))
    out: dict[str, Any] = {
        "file": file,
        "notice_type": notice_type,
        "published": hits["published"].value if hits["published"] else None,
        "project_name": _v(hits["project_name"]),
        "project_number": _v(hits["project_number"]),
        "buyer": _v(hits["buyer"]),
        "agency": _v(hits["agency"]),
        "budget_yuan": yuan_value(budget[0]) if budget else None,
        "total_award_yuan": yuan_value(total[0]) if total else None,
        "awards": [
            {"supplier": a.supplier.value, "address": _v(a.address),
             "amount_yuan": yuan_value(a.amount), "uscc": _v(a.uscc), "lot": _v(a.lot)}
            for a in awards
        ],
        "items": [
            {"name": i.name.value, "brand": i.brand, "model": i.model, "quantity": i.quantity,
             "unit_price_yuan": yuan_value(i.unit_price)}
            for i in items
        ],
        "programs": [{"tag": tag, "evidence": hit.value} for tag, hit in programs],
        "people_dropped": private.count,
    }
    _scrub(out, private)
    if notice_type == "other" and not _VOCAB.search(title):
        warnings.append("no notice content found (page without text, or not a notice)")
    return ParsedNotice(file, text, out, hits, awards, programs, warnings, private.count, private)


def _v(hit: Hit | None) -> str | None:
    return hit.value if hit else None


_TENDER = re.compile(
    r"招标公告|采购公告|招标文件|采购文件|询价公告|谈判公告|磋商公告|竞价公告|比选公告|比价公告"
    r"|遴选公告|邀请|资格预审|单一来源"
)


def classify(title: str, text: str, awards: list[aw.Award]) -> str:
    """The notice type, from the heading first and the content second."""
    if re.search(r"更正|变更|澄清|补遗", title):
        return "correction"
    if re.search(r"终止|中止|废标|流标|失败|取消", title):
        return "termination"
    if re.search(r"验收|采购意向|意向公开|需求公示|需求公告|征求意见", title):
        return "other"
    if re.search(r"合同公告|合同公示|合同信息", title):
        return "contract"
    if re.search(r"候选人公示|候选人的公示|拟中标|拟成交|中标候选人|评标结果公示", title):
        return "candidates"
    if awards and re.search(r"拟(?:中标|成交)(?:人|金额|供应商|单位|价)", text):
        return "candidates"
    if _TENDER.search(title) and not re.search(r"结果|中标公告|成交公告", title):
        return "tender"
    if awards:
        if all(a.ranked for a in awards) and not re.search(
                r"成交公告|结果公告|确定成交结果|确定中标结果|中标公告|成交结果|中标结果", text):
            return "candidates"
        return "award"
    if re.search(r"结果|中标|成交", title):
        # A result notice naming no winner: failed, or written in a way we cannot read.
        return "termination" if re.search(r"无供应商|废标|流标|终止|不足三家", text) else "award"
    return "other"


def _first_per_lot(awards: list[aw.Award]) -> list[aw.Award]:
    seen: set[str | None] = set()
    out = []
    for a in awards:
        key = a.lot.value if a.lot else None
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _check_uscc(award: aw.Award, warnings: list[str]) -> None:
    """Keep a USCC only when its checksum is right; report the others."""
    if award.uscc is None:
        return
    code = award.uscc.value.upper()
    if len(code) == 18 and stdnum_uscc.is_valid(code):
        return
    if len(code) == 18:
        warnings.append(f"invalid USCC {award.uscc.value!r} for {award.supplier.value}")
    award.uscc = None  # 15-digit registration numbers are not USCCs either


def _lot_fixups(award: aw.Award, name: Hit | None, awards: list[aw.Award]) -> None:
    """A lot cell that repeats the project name is no lot; a lone award inherits "（C包）"."""
    if award.lot is not None and name is not None and \
            re.sub(r"\s", "", award.lot.value) == re.sub(r"\s", "", name.value):
        award.lot = None
    if award.lot is None and len(awards) == 1 and name is not None:
        m = re.search(r"[（(]([A-Za-z0-9一二三四五六七八九十]{1,3}(?:包|标段))[）)]", name.value)
        if m:
            award.lot = Hit(m.group(1), name.start + m.start(1), name.start + m.end(1))


def _scrub(out: dict[str, Any], private: PrivateData) -> None:
    """Null any string that would carry a private name or phone number."""
    for key, value in list(out.items()):
        if isinstance(value, str) and key != "file" and not is_clean(value, private):
            out[key] = None
        elif isinstance(value, list):
            for entry in value:
                for k, v in list(entry.items()):
                    if isinstance(v, str) and not is_clean(v, private):
                        entry[k] = None
