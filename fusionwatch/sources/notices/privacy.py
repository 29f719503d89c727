"""Private people in notices: find their names and phone numbers so they can be dropped.

Notices name experts, contact persons, project managers and legal representatives.
fusionwatch keeps facts about organizations only, so these names and all phone
numbers are found here, counted, and used as a deny-list that every output string is
checked against. Nothing in this module's results is ever stored or printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["PrivateData", "find_private", "is_clean"]

# Labels after which the names of natural persons are written.
_PERSON_LABELS = (
    r"(?:项目|采购人|采购单位|采购代理机构|代理机构|采购中心|采购方|招标人|招标单位|招标代理机构"
    r"|签订合同|技术支持)?(?:项目)?联\s*系\s*人(?:及(?:联系)?(?:电话|方式))?"
    r"|(?:采购人|采购单位|代理机构|采购代理机构)?联系方式|(?:采购人|代理机构|采购代理机构)?经办人|项目负责人|技术负责人[^：:|\n]{0,12}|评审委员会负责人"
    r"|负责人|法人代表|法定代表人|(?:评审|评标|谈判|询价|磋商|采购)?(?:小组|委员会)(?:专家)?(?:成员|人员)?(?:名单)?"
    r"|评审专家(?:名单)?|评委(?:会)?(?:成员)?(?:名单)?|评审人员(?:名单)?|(?:随机抽取|自行选定)?专家名单|采购人代表(?:名单)?|政府采购监督员|监督员"
    r"|注册建造师[^：:|\n]{0,16}|总(?:施工|监理)工程师|专业监理工程师|项目经理|项目总工[^：:|\n]{0,6}|签字"
)
_PERSON_FIELD = re.compile(
    rf"(?:{_PERSON_LABELS})\s*[）)]?\s*(?:[：:|]|\s)(?=(?P<value>[^\n]*))"
)
_TITLES = "老师|先生|女士|小姐|经理|主任|工"
# Han names are 2-4 characters; Uyghur and other names transcribed in Han characters
# run longer and are often joined by a middle dot (买买提·艾力).
_NAME = re.compile(
    rf"^[\u4e00-\u9fff]{{1,3}}(?:{_TITLES})$|^[\u4e00-\u9fff]{{2,6}}$"
    r"|^[\u4e00-\u9fff]{2,8}[·•．.][\u4e00-\u9fff]{1,8}$"
)
_NOT_NAME = re.compile(
    r"公司|局|中心|学|院|委|办|厅|部|组|会|所|站|处|队|无|详见|名单|电话|地址|采购|代表|专家|成员"
    r"|负责|联系|方式|见|略|号|类别|证|招标|供应商|单位|项目|人数|总人|评审|谈判|监督|工程|技术|合格"
)
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)")
_LANDLINE = re.compile(r"(?<![\d-])0\d{2,3}\s?[-—－]?\s?\d{7,8}(?:-\d{1,5})?(?!\d)")
_PHONE_FIELD = re.compile(
    r"(?:电\s*话|联系方式|传\s*真|手\s*机|联系人)[^：:|\n\d]{0,6}[：:|]?\s*(?P<value>[\d\s\-—－/,，、;；()（）转]{5,60})"
)
_DIGITS = re.compile(r"\d{5,12}")
_HOTLINE = re.compile(r"^(?:400|800)")


@dataclass
class PrivateData:
    """Names and phone numbers of private people found in one notice."""

    names: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)

    def __repr__(self) -> str:
        # Never show the names, not even in a traceback or a debug print.
        return f"PrivateData({len(self.names)} names, {len(self.phones)} phone numbers)"

    @property
    def count(self) -> int:
        """How many people (names) and phone numbers were dropped."""
        return len(self.names) + len(self.phones)


def _split_names(value: str) -> list[str]:
    value = re.sub(r"[（(][^）)]{0,12}[）)]", " ", value)
    value = re.split(r"[：:]|成员|名单|代表|\d", value.lstrip("：:| "))[0]
    out: list[str] = []
    for piece in re.split(r"[、，,；;。/]+", value):
        parts = piece.split()
        if not parts:
            continue
        if all(len(p) == 1 for p in parts):
            # Word-processor letter spacing: "罗 宏" is one name.
            parts = ["".join(parts)]
        elif len(parts) == 2 and (len(parts[0]) == 1 or len(parts[1]) == 1):
            parts = ["".join(parts)]
        for part in parts:
            part = re.sub(r"[\d\-—]+$", "", part).strip()
            if _NAME.match(part) and not _NOT_NAME.search(part):
                out.append(part)
    return out


def _next_line(text: str, end: int) -> str:
    nl = text.find("\n", end)
    if nl < 0:
        return ""
    stop = text.find("\n", nl + 1)
    return text[nl + 1:stop if stop >= 0 else len(text)]


def find_private(text: str) -> PrivateData:
    """Collect the person names and phone numbers written in a notice's text."""
    found = PrivateData()
    for match in _PERSON_FIELD.finditer(text):
        value = match.group("value").strip()
        if not value:
            value = _next_line(text, match.end())
        for name in _split_names(value):
            found.names.add(name)
    for regex in (_MOBILE, _LANDLINE):
        for match in regex.finditer(text):
            found.phones.add(re.sub(r"\D", "", match.group(0)))
    for match in _PHONE_FIELD.finditer(text):
        for digits in _DIGITS.findall(match.group("value")):
            found.phones.add(digits)
    found.phones = {p for p in found.phones if not _HOTLINE.match(p) and len(p) >= 5}
    return found


def is_clean(value: str, private: PrivateData) -> bool:
    """Whether an output string is free of every private name and phone number."""
    compact = re.sub(r"\s+", "", value)
    if any(name in compact for name in private.names):
        return False
    digits = re.sub(r"[\s\-—－]", "", value)
    if any(len(p) >= 7 and p in digits for p in private.phones):
        return False
    return not (_MOBILE.search(value) or _LANDLINE.search(value))
