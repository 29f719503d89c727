"""Header fields of a notice: project number and name, buyer, agency, heading.

Each field is looked up by its labels in priority order, in the three ways notices
write them: ``label：value`` inline, ``label | value`` table cells, and a role heading
followed by ``名称：value`` (the 2020 national template). Fallbacks read the opening
sentence (``X受Y的委托``) and the signature block at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fusionwatch.sources.notices.summary import summary_fields
from fusionwatch.sources.notices.text import ORG_SUFFIX, Hit, clean_value, lab, org_like, unmask

__all__ = ["agency", "buyer", "project_name", "project_number", "title"]

_SEP = r"\s*(?:[（(][^）)\n]{0,40}[）)])?\s*(?:[：:]\s*\|?|\|)[ \t]*"
_VALUE = r"(?P<value>[^\n|；;]*)"
_ORG_VALUE = r"(?P<value>[^\n|；;，,。]*)"


def _labelled(text: str, labels: list[str], *, org: bool = False, next_line: bool = False,
              exclude_before: str = "", min_len: int = 2) -> Hit | None:
    """The first usable value of the first label (in priority order) present."""
    for label in labels:
        before = f"(?<![{exclude_before}])" if exclude_before else ""
        sep = _SEP if next_line else _SEP.replace(r"\s*(?:[：:]\s*", r"[ \t]*(?:[：:][ \t]*")
        value = _ORG_VALUE if org else _VALUE
        for m in re.finditer(before + lab(label) + sep + value, text):
            hit = clean_value(m.group("value"), m.start("value"))
            if hit is None and next_line and not m.group("value").strip():
                nl = text.find("\n", m.end())
                line_end = text.find("\n", nl + 1) if nl >= 0 else -1
                if nl >= 0:
                    hit = clean_value(text[nl + 1: line_end if line_end > 0 else len(text)], nl + 1)
            if hit is None or len(hit.value) < min_len:
                continue  # a short value is a neighbouring column header ("项目名称 | 数量")
            if org and not _org_ok(hit.value):
                continue
            return hit
    return None


def _summary(text: str, label: str, *, org: bool = False) -> Hit | None:
    hit = summary_fields(text).get(label)
    return hit if hit is not None and (not org or _org_ok(hit.value)) else None


_LABELISH = re.compile(
    r"(?:名称|金额|地址|日期|时间|编号|方式|电话|联系人|代理机构|供应商|采购人|招标人)$"
)


def _org_ok(value: str) -> bool:
    if _LABELISH.search(value):
        return False  # the next column's header, not a name
    return (org_like(value) or len(value) >= 6) and len(value) <= 60 and bool(
        re.search(r"[\u4e00-\u9fff]", value)) and not re.search(r"\d{5,}|：|:|详见|见公告", value)


_CODE = re.compile(
    r"[\u4e00-\u9fff]{0,6}[\[（(〔【]\d{4}[\]）)〕】]\s*[A-Za-z0-9\-]*\d+号?"
    r"|[A-Za-z0-9][A-Za-z0-9\-_/#.,\[\]【】]*[A-Za-z0-9#\]】]"
    r"|[\u4e00-\u9fff]{1,8}[\-_]?[A-Za-z0-9][A-Za-z0-9\-_/#\[\]【】〔〕]*\d[A-Za-z0-9\-_/#\]】〕号]*"
)
_NUMBER_LABELS = [
    "项目编号", "采购项目编号", "招标编号", "招标项目编号", "招标公告编号", "项目号", "采购编号",
    "竞价编号", "采购计划编号", "计划编号", "采购文件编号", "项目代码",
]


def project_number(text: str) -> Hit | None:
    """The project / tender number, never a contract or lot number."""
    both = _name_and_number(text)
    for label in _NUMBER_LABELS:
        for m in re.finditer(lab(label) + _SEP + r"(?P<value>[^\n；;]{0,80})", text):
            raw = m.group("value")
            code = _CODE.search(raw)
            if not code or code.start() > 2 or not re.search(r"\d", code.group(0)):
                continue
            value = code.group(0).rstrip(".,")
            start = m.start("value") + code.start()
            return Hit(value, start, start + len(value))
        # The 2020 template puts the value on the line after a long label.
        long_label = lab(label) + r"[（(][^）)\n]{0,60}[）)][：:]\s*\n(?P<value>[^\n]+)"
        for m in re.finditer(long_label, text):
            code = _CODE.match(m.group("value").strip())
            if code:
                start = m.start("value") + m.group("value").find(code.group(0))
                return Hit(code.group(0), start, start + len(code.group(0)))
    if both:
        return both[1]
    # "项目编号 ZB-2021-001": a code after spaces, without colon or cell.
    for label in _NUMBER_LABELS:
        spaced = re.search(lab(label) + _SPACED_CODE, text)
        if spaced and re.search(r"\d", spaced.group("value")):
            return Hit(spaced.group("value"), spaced.start("value"), spaced.end("value"))
    return None


_SPACED_CODE = r"[ \t]+(?P<value>[A-Za-z0-9][A-Za-z0-9\-_/#.\[\]]{3,60})(?=\s|$)"


def _name_and_number(text: str) -> tuple[Hit, Hit] | None:
    """``项目名称及编号：NAME、NUMBER`` as one field."""
    m = re.search(lab("项目名称及编号|项目名称和编号") + _SEP + _VALUE, text)
    if not m:
        return None
    raw = m.group("value").rstrip("。 ")
    base = m.start("value")
    nl = text.find("\n", m.end())
    code = _CODE.match(text, nl + 1) if nl > 0 else None
    if code and raw and not re.search(r"[、，,]", raw):
        name = raw.strip()
        return Hit(name, base, base + len(name)), Hit(code.group(0), code.start(), code.end())
    cut = max(raw.rfind("、"), raw.rfind("，"), raw.rfind(","))
    if cut <= 0:
        return None
    name, number = raw[:cut].strip(), raw[cut + 1:].strip()
    n_start = base + raw.find(number, cut)
    return Hit(name, base, base + len(name)), Hit(number, n_start, n_start + len(number))


_NAME_LABELS = ["采购项目名称", "项目名称", "招标项目名称", "工程名称", "标的名称"]
_NAME_END = re.compile(r"(?:项目|工程|采购|服务|设备|系统|建设|平台|[）)]|施工|监理|设计)$")


def project_name(text: str) -> Hit | None:
    """The project name, joined across a line wrap; masked characters restored if possible."""
    hit = _labelled(text, _NAME_LABELS[:4], exclude_before="分段包", min_len=4) or _next_line(
        text, _NAME_LABELS[:4], lambda v: len(v) >= 4 and not _LABELISH.search(v))
    if hit:
        value = re.split(r"(?:项目编号|采购编号|招标编号)[：:]", hit.value)[0].strip()
        hit = Hit(value, hit.start, hit.start + len(value))
        hit = _join_wrapped(text, hit)
        restored = unmask(hit.value, text)
        if restored != hit.value:
            pos = text.find(restored)
            return Hit(restored, pos, pos + len(restored))
        return hit
    both = _name_and_number(text)
    if both:
        return both[0]
    summary = _summary(text, "采购项目名称")
    if summary:
        return summary
    m = _NAME_BEFORE_NUMBER.search(text) or _NAME_BEFORE_TENDER.search(text)
    if m:
        value = re.split(r"对|就|代理的", m.group("value"))[-1].strip()
        start = m.end("value") - len(value)
        return Hit(value, start, start + len(value))
    return _labelled(text, ["标段名称", "包件名称"])


_NAME_BEFORE_NUMBER = re.compile(
    r"(?:对|就|代理的)(?P<value>[^，。；：:\n（(]{4,80}?)\s*[（(]\s*(?:项目编号|采购编号|招标编号)"
)
_NAME_BEFORE_TENDER = re.compile(
    r"(?:^|\n)(?P<value>[^，。；：:\n]{4,80}?项目)招标[，,]\s*(?:招标)?编号"
)


def _join_wrapped(text: str, hit: Hit) -> Hit:
    """Join a name that a PDF-to-text copy wrapped onto the next line."""
    if _NAME_END.search(hit.value) or text[hit.end:hit.end + 1] != "\n":
        return hit
    nl_end = text.find("\n", hit.end + 1)
    nxt = text[hit.end + 1: nl_end if nl_end > 0 else len(text)]
    numbered = re.match(r"[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|[（(]", nxt)
    if 0 < len(nxt) <= 40 and not re.search(r"[：:|]", nxt) and not numbered \
            and _NAME_END.search(nxt):
        return Hit(hit.value + nxt.strip(), hit.start, hit.end + 1 + len(nxt))
    return hit


_BUYER_LABELS = [
    "采购人名称", "采购单位名称", "招标人名称", "采购人", "采购单位", "招标人", "招标单位",
    "项目法人", "采购执行方", "建设单位", "业主单位", "采购方", "甲方名称", "业主",
]
_AGENCY_LABELS = [
    "采购代理机构名称", "代理机构名称", "招标代理机构名称", "集中采购机构名称", "采购代理机构",
    "招标代理机构", "代理机构", "集中采购机构", "招标代理单位", "采购代理单位", "招标代理",
]
_ORG = r"[\u4e00-\u9fffA-Za-z0-9（）()·\-]{2,50}?" + ORG_SUFFIX
_ENTRUSTED = re.compile(
    rf"(?:^|[\n。，,；;]|\s)(?P<agency>{_ORG})\s*受\s*(?P<buyer>{_ORG})\s*(?:的)?委托"
    rf"|受\s*(?P<buyer2>{_ORG})\s*(?:的)?委托[，,]\s*(?P<agency2>{_ORG})\s*(?:于|就|对|以|根据|按)"
)


def _next_line_org(text: str, labels: list[str]) -> Hit | None:
    """``采购人：`` closing a line, the name alone on the next one."""
    return _next_line(text, labels, lambda v: org_like(v) and _org_ok(v))


def _next_line(text: str, labels: list[str], ok: Callable[[str], bool]) -> Hit | None:
    for label in labels:
        pattern = lab(label) + r"[ \t]*[：:][ \t]*\n(?P<value>[^\n|：:]{3,80})(?:\n|$)"
        for m in re.finditer(pattern, text):
            hit = clean_value(m.group("value"), m.start("value"))
            if hit is not None and ok(hit.value):
                return hit
    return None


def _section(text: str, roles: str) -> Hit | None:
    """``一、采购人\\n名称：X`` and ``1.采购人信息\\n名称：X``."""
    # The name is on the next line, or on the same one in a text copy that ran together.
    pattern = (rf"(?:{roles})(?:信息)?[ \t]*[：:]?[ \t]*\n?"
               r"[ \t]*(?:名\s?称|单位名称)[ \t]*[：:][ \t]*")
    m = re.search(pattern + _VALUE, text)
    if not m:
        return None
    return clean_value(m.group("value"), m.start("value"))


def _entrusted(text: str) -> tuple[Hit | None, Hit | None]:
    m = _ENTRUSTED.search(text)
    if not m:
        return None, None
    b = "buyer" if m.group("buyer") else "buyer2"
    a = "agency" if m.group("agency") else "agency2"
    return Hit(m.group(b), m.start(b), m.end(b)), Hit(m.group(a), m.start(a), m.end(a))


_AGENCY_WORDS = re.compile(r"招标|代理|采购中心|咨询|项目管理|工程管理|交易中心|造价")


def _signatures(text: str) -> list[Hit]:
    """Organization names alone on the last lines before the closing date."""
    lines = text.split("\n")
    out: list[Hit] = []
    pos = len(text)
    for line in reversed(lines[-8:]):
        pos -= len(line) + 1
        s = line.strip()
        if re.fullmatch(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", s):
            continue
        m = re.fullmatch(rf"({_ORG})\s*(?:\d{{4}}\s*年.*)?", s)
        if m and org_like(m.group(1)):
            start = pos + 1 + line.find(m.group(1))
            out.insert(0, Hit(m.group(1), start, start + len(m.group(1))))
        elif out:
            break
    return out


def buyer(text: str, title_line: str, name: Hit | None) -> Hit | None:
    """The purchasing entity (采购人 / 招标人 / 项目法人 ...)."""
    hit = (_labelled(text, _BUYER_LABELS, org=True, exclude_before="代中")
           or _section(text, "采购人|采购单位|招标人")
           or _next_line_org(text, _BUYER_LABELS))
    if hit is None:
        hit = _entrusted(text)[0] or _summary(text, "采购单位", org=True)
    if hit is None and name is not None:
        # "重庆市市政管理委员会<project name>采购结果公告": the buyer prefixes the title.
        i = title_line.find(name.value)
        prefix = title_line[:i].strip() if i > 0 else ""
        start = text.find(prefix) if prefix else -1
        if start >= 0 and org_like(prefix):
            hit = Hit(prefix, start, start + len(prefix))
    if hit is None:
        sigs = [s for s in _signatures(text) if not _AGENCY_WORDS.search(s.value)]
        if sigs and len(_signatures(text)) >= 2:
            hit = sigs[0]
    if hit is not None and "*" in hit.value:
        restored = unmask(hit.value, text)
        if restored != hit.value:
            pos = text.find(restored)
            hit = Hit(restored, pos, pos + len(restored))
    return hit


def agency(text: str) -> Hit | None:
    """The procurement agency (采购代理机构 / 集中采购机构), None when the buyer ran it."""
    hit = (_labelled(text, _AGENCY_LABELS, org=True)
           or _section(text, "采购代理机构|集中采购机构|代理机构|招标代理机构")
           or _next_line_org(text, _AGENCY_LABELS))
    if hit is None:
        hit = _entrusted(text)[1] or _summary(text, "代理机构名称", org=True)
    if hit is None:
        sigs = [s for s in _signatures(text) if _AGENCY_WORDS.search(s.value)]
        if sigs:
            hit = sigs[-1]
    if hit is not None and "*" in hit.value:
        return None
    return hit


def title(text: str) -> str:
    """The notice heading: the first short line naming a notice kind."""
    short = ""
    for line in text.split("\n")[:20]:
        if re.match(r"\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．:：]|[（(])", line):
            continue
        m = _TITLE.search(line)
        if m:
            found = line[: m.end()].strip()
            # Menu entries ("采购公告", "中标公告") are short; a real heading names a project.
            if len(found) >= 8:
                return found
            short = short or found
    return short


_TITLE = re.compile(
    r"^[^：:。|]{0,100}?(?<!详见)(?<!按照)(?:公告|公示|公示表|结果|招标文件|采购文件|示范文本)(?:\s*[（(][^）)]{0,40}[）)])?(?=\s|$|表|信息)"
)
