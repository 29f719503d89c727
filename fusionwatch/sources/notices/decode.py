"""Bytes to text: encoding detection and HTML rendering that keeps table structure.

The parser works on one plain-text rendering of each notice; evidence spans are
offsets into that rendering. Tables become one line per row with cells joined by
`` | `` so that column headers and values can be matched up again by position.
"""

from __future__ import annotations

import re
from typing import Any

from fusionwatch.errors import FormatError
from fusionwatch.sources.notices.textcopy import (
    CJK_GAP,
    cells,
    chrome_line,
    drop_menus,
    label_rows,
)

__all__ = ["decode_bytes", "html_to_text", "is_html", "render_html", "to_text"]

# Elements whose boundaries are line breaks in the rendering.
_BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
    "tfoot", "tr", "ul", "caption",
))
_SKIP = frozenset((
    "script", "style", "noscript", "template", "head", "title", "select", "option", "iframe",
    "object",
))
_CELL = frozenset(("td", "th"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_HTML_HINT = re.compile(r"<\s*(html|body|div|table|p|br|span|meta|head|td)\b", re.IGNORECASE)


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a notice file: UTF-8 first, then the declared charset, then GB18030.

    Raises:
        FormatError: empty, binary or undecodable input.
    """
    if not data.strip():
        raise FormatError(path, "file is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # Windows "Unicode" text saves: UTF-16 with a byte-order mark.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FormatError(path, "cannot decode (broken UTF-16)") from exc
    if b"\x00" in data[:8192]:
        raise FormatError(path, "binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        candidates.append(declared.group(1).decode("ascii").lower())
    # GB18030 is a superset of GBK and GB2312, which are what Chinese sites declare.
    candidates += ["gb18030", "big5"]
    for enc in candidates:
        if enc in ("gbk", "gb2312", "gb_2312-80", "x-gbk"):
            enc = "gb18030"
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_like_text(text):
            return text
    lenient = _lenient(data, candidates)
    if lenient is not None:
        return lenient
    best = _charset_normalizer_guess(data)
    if best is not None and _looks_like_text(best):
        return best
    raise FormatError(path, "cannot decode (not UTF-8, GBK/GB18030 or a known charset)")


def _lenient(data: bytes, candidates: list[str]) -> str | None:
    """A page with a few broken bytes (a save cut inside a character, a stray byte):
    the decoding with the fewest replacement characters, if it still reads as text."""
    best: str | None = None
    for enc in ["utf-8", *candidates]:
        enc = "gb18030" if enc in ("gbk", "gb2312", "gb_2312-80", "x-gbk") else enc
        try:
            text = data.decode(enc, errors="replace")
        except LookupError:
            continue
        if _looks_like_text(text) and (best is None or text.count("\ufffd") < best.count("\ufffd")):
            best = text
    return best if best is not None and best.count("\ufffd") <= 8 else None


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:65536]).best()
    if match is None:
        return None
    try:
        return data.decode(match.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_text(text: str) -> bool:
    """Reject decodings dominated by control or private-use characters (binary data)."""
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(
        1 for ch in sample
        if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF
        or ch == "\ufffd"
    )
    return bad / len(sample) < 0.02


def is_html(text: str) -> bool:
    """Whether a decoded file is HTML rather than plain text."""
    return bool(_HTML_HINT.search(text[:5000]))


def html_to_text(html: str) -> str:
    """Render HTML as text: blocks on their own lines, table cells joined by `` | ``."""
    return render_html(html)[0]


def render_html(html: str) -> tuple[str, str]:
    """The rendered text and the page heading (first h1-h3 or <title> naming a notice)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    heading = ""
    for node in tree.css("h1, h2, h3, title"):
        candidate = " ".join((node.text() or "").split())
        if 4 <= len(candidate) <= 200 and _HEADING.search(candidate):
            heading = re.split(r"\s*[_|－—-]\s*(?=[^_|－—-]*(?:网|平台|中心)$)", candidate)[0]
            break
    root = tree.body or tree.root
    out: list[str] = []
    if root is not None:
        _walk(root, out)
    return _tidy("".join(out)), heading


_HEADING = re.compile(r"公告|公示|结果|招标|采购|中标|成交")


def _walk(node: Any, out: list[str]) -> None:
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            # Source line breaks are plain whitespace in HTML; only blocks break lines.
            out.append((child.text_content or "").replace("\n", " ").replace("\r", " "))
        elif tag in _SKIP or tag[0] in "-_!" or (tag in _CHROME_TAGS and _is_chrome(child)):
            pass
        elif tag in _CELL and child.css_first("table") is None:
            # A cell is one value: its inner blocks and line breaks become spaces so
            # that a table row stays on one line, and Word-style letter spacing
            # ("项 目 名 称") is closed up.
            cell: list[str] = []
            _walk(child, cell)
            raw = "".join(cell)
            if raw.count("\n") >= 8 and len(raw) > 100:
                # A layout cell holding the whole notice as paragraphs: keep its lines.
                out.append("\n" + raw + "\n")
                child = child.next
                continue
            text = " ".join(raw.split())
            out.append(" | " + CJK_GAP.sub("", text).replace("|", "/") + " ")
        elif tag in _CELL:
            # A layout cell wrapping a whole nested table is a block, not a value.
            out.append("\n")
            _walk(child, out)
            out.append("\n")
        elif tag == "br":
            out.append("\n")
        elif tag in _BLOCK:
            out.append("\n")
            _walk(child, out)
            out.append("\n")
        else:
            _walk(child, out)
        child = child.next


# Site chrome of saved pages (menus, breadcrumbs, footers) is not part of the notice.
_CHROME_TAGS = frozenset(("nav", "footer", "div", "ul", "header"))
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|bottom|breadcrumb|crumb|copyright|sidebar)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _is_chrome(node: Any) -> bool:
    if node.tag in ("nav", "footer"):
        return True
    attrs = node.attributes
    return bool(_CHROME.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"))




_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000\u2002\u2003\u200b]+")
_BLANKS = re.compile(r"\n\s*\n+")


def _tidy(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line.startswith("|"):
            line = line[1:].strip()
        line = line.rstrip("| ").strip() if line.endswith("|") else line
        if line and line.strip("| ") and not chrome_line(line):
            lines.append(line)
    return "\n".join(drop_menus(lines))


def to_text(data: bytes, path: str) -> str:
    """Decode a notice file and render it as the plain text the parser reads.

    Raises:
        FormatError: the file is empty, binary, undecodable or has no text.
    """
    text = decode_bytes(data, path)
    if is_html(text):
        text = html_to_text(text)
    else:
        text = label_rows(_tidy(cells(text.replace("\r\n", "\n").replace("\r", "\n"))))
    if not text.strip():
        raise FormatError(path, "no text in the document")
    return text
