"""Transformations of a real notice that must not change its parse.

Each transformation takes the notice's file name, raw bytes and label and returns the
transformed file (name, bytes) and the label it must still parse to — or None when it
does not apply to that notice (e.g. HTML-only transformations on a text copy). They
are written with this module's own regexes, never with the parser's, so that a parser
bug cannot hide in a shared helper.
"""

from __future__ import annotations

import copy
import html
import re
from collections.abc import Callable
from typing import Any

Label = dict[str, Any]
Result = tuple[str, bytes, Label] | None
Transform = Callable[[str, bytes, Label], Result]

_META = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?[A-Za-z0-9_\-]+["']?[^>]*>""", re.I)


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig")


def _is_html(name: str) -> bool:
    return name.endswith((".html", ".htm"))


def _text_parts(doc: str, name: str, fn: Callable[[str], str]) -> str:
    """Apply ``fn`` to the text of a document: the text nodes only, for HTML."""
    if not _is_html(name):
        return fn(doc)
    # Text between tags; script/style bodies are code, left alone.
    out: list[str] = []
    skip = False
    for part in re.split(r"(<[^>]*>)", doc):
        if part.startswith("<"):
            low = part.lower()
            if re.match(r"<(script|style)\b", low):
                skip = True
            elif re.match(r"</(script|style)\b", low):
                skip = False
            out.append(part)
        else:
            out.append(part if skip else fn(part))
    return "".join(out)


def _same_label(
    name: str, data: bytes, label: Label, new: str, suffix: str | None = None
) -> Result:
    if new == _decode(data) or not new.strip():
        return None  # nothing changed, or a page without text (an image) left empty
    out = name if suffix is None else re.sub(r"\.\w+$", suffix, name)
    return out, new.encode("utf-8"), label


# -- renderings --------------------------------------------------------------------------

def _inline(cell: str) -> str:
    cell = re.sub(r"(?i)<(?:br|/?p|/?div)\b[^>]*>", " ", cell)
    return " ".join(re.sub(r"<[^>]*>", "", cell).split())


def _plain(data: bytes, cell_sep: str) -> str:
    """An aggregator's text copy: tags stripped, cells joined, line breaks kept."""
    doc = _decode(data)
    doc = re.sub(r"(?is)<!--.*?-->|<(script|style|head|title)\b.*?</\1\s*>", " ", doc)
    doc = re.sub(r"\s+", " ", doc)  # source line breaks are spaces in HTML
    # A cell's own paragraphs run together, as a browser copies a table row to one line.
    doc = re.sub(r"(?is)(<t[dh]\b[^>]*>)((?:(?!<table\b|</t[dh]>).)*)(</t[dh]\s*>)",
                 lambda m: m.group(1) + _inline(m.group(2)) + m.group(3), doc)
    doc = re.sub(r"(?i)</t[dh]\s*>", cell_sep, doc)
    doc = re.sub(r"(?i)<br\s*/?>|</?(?:p|tr|div|h\d|li|table|caption)\b[^>]*>", "\n", doc)
    doc = re.sub(r"<[^>]*>", "", doc)
    doc = html.unescape(doc).replace("\xa0", " ")
    lines = [line.strip(" \t") for line in doc.split("\n")]
    return "\n".join(line for line in lines if line.strip()) + "\n"


def html_to_text_tabs(name: str, data: bytes, label: Label) -> Result:
    if not _is_html(name):
        return None
    return _same_label(name, data, label, _plain(data, "\t"), ".txt")


def html_to_text_spaces(name: str, data: bytes, label: Label) -> Result:
    if not _is_html(name):
        return None
    return _same_label(name, data, label, _plain(data, "   "), ".txt")


def html_to_text_one_space(name: str, data: bytes, label: Label) -> Result:
    """Cells joined by one space, as many aggregator copies have them."""
    if not _is_html(name):
        return None
    return _same_label(name, data, label, _plain(data, " "), ".txt")


def html_to_text_lines(name: str, data: bytes, label: Label) -> Result:
    """A copy that put every table cell on its own line (label, then value below it)."""
    if not _is_html(name):
        return None
    return _same_label(name, data, label, _plain(data, "\n"), ".txt")


# -- encodings ---------------------------------------------------------------------------

def _encode(name: str, data: bytes, label: Label, enc: str, meta: bool) -> Result:
    doc = _decode(data)
    raw = doc.encode("utf-8")
    if _is_html(name):
        raw = _META.sub(b"", raw)
        doc = raw.decode("utf-8")
        if meta:
            tag = f'<meta http-equiv="Content-Type" content="text/html; charset={enc}">'
            doc = re.sub(r"(?i)<head[^>]*>", lambda m: m.group(0) + tag, doc, count=1) \
                if re.search(r"(?i)<head", doc) else tag + doc
    elif meta:
        return None
    try:
        return name, doc.encode(enc), label
    except UnicodeEncodeError:
        return None


def gbk_meta(name: str, data: bytes, label: Label) -> Result:
    return _encode(name, data, label, "gbk", meta=True)


def gbk_no_meta(name: str, data: bytes, label: Label) -> Result:
    return _encode(name, data, label, "gbk", meta=False)


def gb18030_meta(name: str, data: bytes, label: Label) -> Result:
    return _encode(name, data, label, "gb18030", meta=True)


def gbk_cut_char(name: str, data: bytes, label: Label) -> Result:
    """GBK, the save cut inside a last character (one stray lead byte at the end)."""
    done = _encode(name, data, label, "gbk", meta=_is_html(name))
    return (done[0], done[1] + b"\xd6", done[2]) if done else None


def utf8_cut_char(name: str, data: bytes, label: Label) -> Result:
    """UTF-8, the save cut inside a last character."""
    if not re.search(r"[\u4e00-\u9fff]", _plain(data, " ") if _is_html(name) else _decode(data)):
        return None  # a page without text (an image)
    return name, _decode(data).encode("utf-8") + "中".encode()[:2], label


# -- characters and spacing ---------------------------------------------------------------

_TO_FULL = str.maketrans("0123456789:", "０１２３４５６７８９：")
_TO_HALF = str.maketrans("０１２３４５６７８９：", "0123456789:")


def fullwidth(name: str, data: bytes, label: Label) -> Result:
    """Digits and colons as full-width characters (common in Word-made notices)."""
    new = _text_parts(_decode(data), name, lambda s: s.translate(_TO_FULL))
    return _same_label(name, data, label, new)


def halfwidth(name: str, data: bytes, label: Label) -> Result:
    """Full-width digits and colons as ASCII."""
    new = _text_parts(_decode(data), name, lambda s: s.translate(_TO_HALF))
    return _same_label(name, data, label, new)


def whitespace(name: str, data: bytes, label: Label) -> Result:
    """Blank lines between lines, indented lines, spaces around label colons."""
    def spread(s: str) -> str:
        return re.sub(r"[：:](?!\d)", lambda m: " " + m.group(0) + "  ", s)

    doc = _decode(data)
    if _is_html(name):
        # Only next to block tags: between inline elements whitespace is a visible space.
        doc = re.sub(r"\s*(<(?:p|div|tr|td|th|table|tbody|br|li|h\d)\b[^>]*>)", "\n\n  \\1", doc)
    else:
        doc = re.sub(r"\n", "\n\n\u3000\u3000", doc)
    return _same_label(name, data, label, _text_parts(doc, name, spread))


# -- wording -------------------------------------------------------------------------------

def _label_text(label: Label) -> str:
    parts = [str(label.get(k) or "") for k in ("buyer", "agency", "project_number")]
    parts += [str(a["supplier"]) for a in label["awards"]]
    return "".join(parts)


def zhongbiao_to_chengjiao(name: str, data: bytes, label: Label) -> Result:
    """中标 written 成交 (both words name the winner of a government procurement).

    Not for notices under the Bidding Law (招标人, 中标（选）人), where 中标 is the
    statutory word and has no 成交 form.
    """
    if "中标" in _label_text(label) or re.search("招标人|中标（选）", _decode(data)):
        return None

    def swap(s: str) -> str:
        s = re.sub(r"中标[（(]成交[）)]", "\0", s)
        return s.replace("中标", "成交").replace("\0", "中标（成交）")

    return _same_label(name, data, label, _text_parts(_decode(data), name, swap))


def chengjiao_to_zhongbiao(name: str, data: bytes, label: Label) -> Result:
    """成交 written 中标."""
    if "成交" in _label_text(label):
        return None

    def swap(s: str) -> str:
        s = re.sub(r"中标[（(]成交[）)]", "\0", s)
        return s.replace("成交", "中标").replace("\0", "中标（成交）")

    return _same_label(name, data, label, _text_parts(_decode(data), name, swap))


def _yuan_forms(amount: float) -> list[str]:
    forms = [f"{amount:,.2f}", f"{amount:.2f}", f"{amount:,.0f}" if amount == int(amount) else "",
             f"{amount:.0f}" if amount == int(amount) else ""]
    return sorted({f for f in forms if f}, key=len, reverse=True)


def amounts_in_wan(name: str, data: bytes, label: Label) -> Result:
    """Award amounts written in 万元 where the notice wrote them in yuan.

    Only amounts written as plain yuan figures are rewritten (``1,234.00`` or ``1234``
    followed by 元 or by nothing); the label's yuan values stay the same.
    """
    doc = _decode(data)
    amounts = {a["amount_yuan"] for a in label["awards"] if a["amount_yuan"]}
    if label.get("total_award_yuan"):
        amounts.add(label["total_award_yuan"])
    changed = False
    for amount in sorted(amounts, reverse=True):
        wan = f"{amount / 10000:.6f}".rstrip("0").rstrip(".") + "万元"
        for form in _yuan_forms(float(amount)):
            pattern = (r"(?<![\d.,])[￥¥]?" + re.escape(form)
                       + r"(?![\d.,]|\s*万)(?:\s*[（(]?元[）)]?|(?=\s*[<|\n\t]))")
            doc, n = re.subn(pattern, wan, doc)
            changed = changed or bool(n)
    if not changed:
        return None
    return name, doc.encode("utf-8"), label


_CN_NUM = "一二三四五六七八九十"


def section_numbers(name: str, data: bytes, label: Label) -> Result:
    """Chinese section numbers (一、) written as Arabic ones (1.)."""
    def renumber(s: str) -> str:
        def arabic(m: re.Match[str]) -> str:
            word = m.group(2)
            n = _CN_NUM.index(word[-1]) + 1 if len(word) == 1 else 10 + _CN_NUM.index(word[-1]) + 1
            return f"{m.group(1)}{n}."
        return re.sub(r"(^|[\n>\s])(十?[一二三四五六七八九]|十)、", arabic, s)

    return _same_label(name, data, label, _text_parts(_decode(data), name, renumber))


_HEADER_LABEL = re.compile(
    r"^\s*(?:[一二三四五六七八九十\d]{1,2}[、.．])?\s*(?:项目编号|采购编号|招标编号|项目名称|采购项目名称"
    r"|采购人(?:名称)?|采购单位(?:名称)?|招标人|代理机构(?:名称)?|采购代理机构(?:名称)?|采购方式"
    r"|发布时间|公示日期|评审日期)\s*[：:]"
)


def swap_fields(name: str, data: bytes, label: Label) -> Result:
    """The first two adjacent header fields (``label：value`` lines or rows) swapped."""
    doc = _decode(data)
    if _is_html(name):
        rows = r"<tr\b[^>]*>(?:(?!<tr\b|</tr>|<table\b).)*</tr>"
        paras = r"<p\b[^>]*>(?:(?!<p\b|</p>|<table\b).)*</p>"
        pairs = [re.compile(rf"({u})(\s*)({u})", re.S | re.I) for u in (rows, paras)]
        for m in (m for pattern in pairs for m in pattern.finditer(doc)):
            a, b = (html.unescape(re.sub(r"<[^>]*>", "", x)) for x in (m.group(1), m.group(3)))
            if _HEADER_LABEL.match(a) and _HEADER_LABEL.match(b):
                new = doc[:m.start()] + m.group(3) + m.group(2) + m.group(1) + doc[m.end():]
                return name, new.encode("utf-8"), label
        return None
    lines = doc.split("\n")
    for i in range(len(lines) - 1):
        if _HEADER_LABEL.match(lines[i]) and _HEADER_LABEL.match(lines[i + 1]):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
            return name, "\n".join(lines).encode("utf-8"), label
    return None


_NAV_HTML = (
    '<div class="top"><div class="logo">某某省政府采购网</div><ul class="menu-list">'
    '<li><a href="/">首页</a></li><li><a href="/zcfg/">政策法规</a></li>'
    '<li><a href="/cggg/">采购公告</a></li><li><a href="/zbgg/">中标公告</a></li>'
    '<li><a href="/lxwm/">联系我们</a></li></ul></div>'
    '<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zbgg/">中标公告</a></div>'
)
_FOOT_HTML = (
    '<div class="bottom"><p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a>'
    ' | <a href="/lxwm/">联系我们</a></p>'
    '<p>主办单位：某某省财政厅　技术支持：某某信息技术有限公司</p>'
    '<p>地址：某某市某某路1号　邮编：100000　联系电话：400-810-1996</p>'
    '<p>Copyright © 2003-2024 某某省政府采购网 版权所有　某ICP备05001234号</p></div>'
)
_NAV_TEXT = (
    "某某省政府采购网\n首页 | 政策法规 | 采购公告 | 中标公告 | 联系我们\n"
    "当前位置：首页 > 中标公告\n"
)
_FOOT_TEXT = (
    "\n关于我们 | 网站地图 | 联系我们\n主办单位：某某省财政厅　技术支持：某某信息技术有限公司\n"
    "地址：某某市某某路1号　邮编：100000　联系电话：400-810-1996\n"
    "Copyright © 2003-2024 某某省政府采购网 版权所有　某ICP备05001234号\n"
)


def boilerplate(name: str, data: bytes, label: Label) -> Result:
    """The notice inside a portal page: site header, menu, breadcrumb, footer."""
    doc = _decode(data)
    if _is_html(name):
        if re.search(r"(?i)<body[^>]*>", doc):
            doc = re.sub(r"(?i)<body[^>]*>", lambda m: m.group(0) + _NAV_HTML, doc, count=1)
        else:
            doc = _NAV_HTML + doc
        doc = re.sub(r"(?i)</body>", _FOOT_HTML + "</body>", doc, count=1) \
            if re.search(r"(?i)</body>", doc) else doc + _FOOT_HTML
    else:
        doc = _NAV_TEXT + doc + _FOOT_TEXT
    return name, doc.encode("utf-8"), copy.deepcopy(label)


def copy_with_chrome(name: str, data: bytes, label: Label) -> Result:
    """A portal page copied as text, menus and footer included (two changes at once)."""
    framed = boilerplate(name, data, label)
    return html_to_text_tabs(*framed) if framed else None


TRANSFORMS: dict[str, Transform] = {
    "html_to_text_tabs": html_to_text_tabs,
    "html_to_text_spaces": html_to_text_spaces,
    "html_to_text_one_space": html_to_text_one_space,
    "html_to_text_lines": html_to_text_lines,
    "gbk_meta": gbk_meta,
    "gbk_no_meta": gbk_no_meta,
    "gb18030_meta": gb18030_meta,
    "gbk_cut_char": gbk_cut_char,
    "utf8_cut_char": utf8_cut_char,
    "fullwidth": fullwidth,
    "halfwidth": halfwidth,
    "whitespace": whitespace,
    "zhongbiao_to_chengjiao": zhongbiao_to_chengjiao,
    "chengjiao_to_zhongbiao": chengjiao_to_zhongbiao,
    "amounts_in_wan": amounts_in_wan,
    "section_numbers": section_numbers,
    "swap_fields": swap_fields,
    "boilerplate": boilerplate,
    "copy_with_chrome": copy_with_chrome,
}
