"""Small text helpers shared by the list sources: decoding, names, dates, languages."""

from __future__ import annotations

import re
from datetime import datetime

from fusionwatch.errors import FormatError
from fusionwatch.sources.base import Document

_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}
_SEE_ALSO = re.compile(r"\s*\(see alternate address[^)]*\)?\.?", re.IGNORECASE)
_INLINE_AKA = re.compile(
    r"\s*\((?:a\.k\.a\.?|f\.k\.a\.?|also known as)[,:]?\s*([^)]*)\)?", re.IGNORECASE
)
# An alias sometimes runs on into an address ("Glavgosekspertiza. 13 Demidova Street").
_ALIAS_TAIL = re.compile(r"[,.;]\s+(?=[^,;]*\d).*$|;\s*and$")


def decode(doc: Document, encodings: tuple[str, ...] = ("utf-8-sig",)) -> str:
    """The document's text; UTF-16/32, binary and undecodable files are FormatErrors."""
    head = doc.read_bytes()[:4]
    for bom, name in _BOMS.items():
        if head.startswith(bom):
            raise FormatError(doc.path, f"file is {name} encoded; expected UTF-8")
    return doc.read_text(encodings)


def clean_name(name: str) -> tuple[str, list[str]]:
    """Split editorial remarks and inline aliases off a listed name.

    "Mesbah Energy Company (a.k.a. “MEC”)" -> ("Mesbah Energy Company", ["MEC"]).
    """
    name = _SEE_ALSO.sub("", name)
    aliases = [a.strip(" “”\"'") for m in _INLINE_AKA.finditer(name) for a in m[1].split(";")]
    name = _INLINE_AKA.sub("", name).strip(" ;,")
    return name, [a for a in aliases if a]


# What shows a cut-off tail is an address, not part of the name: "CSIC) 701st Research
# Institute" and "Zavod No. 9" have digits too, but no street, postcode or country.
_ADDRESS_HINT = re.compile(
    r"\b(?:street|str|st|avenue|ave|road|rd|lane|way|drive|blvd|boulevard|square|plaza|"
    r"park|tower|house|prospekt|proezd|ul|d|korp|floor|room|office|building|bld|box|"
    r"district|province|oblast|region|russia|china|ukraine|canada|germany|finland|"
    r"belarus|taiwan|crimea)\b|\d{5,6}",
    re.IGNORECASE,
)


def clean_alias(alias: str) -> str:
    """An alias without a trailing address."""
    alias = alias.strip()
    tail = _ALIAS_TAIL.search(alias)
    if tail and (tail.group(0).startswith(";") or _ADDRESS_HINT.search(tail.group(0))):
        alias = alias[:tail.start()]
    return alias.strip(" ,;")


def lang_of(text: str) -> str | None:
    """ISO 639-3 code of a name's script where it is unambiguous (Han, Cyrillic, Arabic)."""
    if re.search(r"[\u3400-\u9fff]", text):
        return "zho"
    if re.search(r"[\u0400-\u04ff]", text):
        return "rus"
    if re.search(r"[\u0600-\u06ff]", text):
        return "ara"
    return None


_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%d %B %Y", "%m/%d/%Y")


def iso_date(text: str | None) -> str | None:
    """An ISO date from the formats the lists use; None when it cannot be read."""
    if not text:
        return None
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text if re.fullmatch(r"\d{4}(-\d{2}){0,2}", text) else None


def id_prefix(dataset: str) -> str:
    """The dataset as an id prefix: FollowTheMoney ids allow no '_' ("bis-entity-list")."""
    return dataset.replace("_", "-")


def citations(federal_register: str | None) -> str | None:
    """Federal Register references joined by "; " ("84 FR 54004, 10/9/19; 85 FR ...")."""
    if not federal_register:
        return None
    parts = [p.strip().rstrip(".").strip() for p in re.split(r"\n|;\s*", federal_register)]
    joined = "; ".join(p for p in parts if p)
    return joined or None
