"""Program tags (雪亮, 天网, 警务云 ...) from a taxonomy file, each with quoted evidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from fusionwatch.errors import FormatError
from fusionwatch.sources.notices.text import Hit

__all__ = ["Tag", "Taxonomy", "load_taxonomy", "tag_programs"]

_CONTEXT = 16  # characters of context quoted on each side of a keyword, at most
_BOUNDARY = frozenset("\n|：:；;，,。 ")


@dataclass(frozen=True)
class Tag:
    """One program tag of the taxonomy."""

    name: str
    description: str
    keywords: tuple[str, ...]
    field: str = "text"


Taxonomy = tuple[Tag, ...]


@lru_cache(maxsize=8)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    """Load the taxonomy: the bundled ``fusionwatch/data/programs.yml`` or a user file.

    Raises:
        FormatError: the file is not a taxonomy.
    """
    if path is None:
        raw = resources.files("fusionwatch").joinpath("data/programs.yml").read_text("utf-8")
        where = "programs.yml"
    else:
        try:
            raw = Path(path).read_text("utf-8")
        except UnicodeDecodeError:
            raise FormatError(path, "not a program taxonomy (not UTF-8 text)") from None
        where = path
    try:
        data: Any = yaml.safe_load(raw)
        tags = tuple(
            Tag(str(name), str(spec.get("description", "")),
                tuple(str(k) for k in spec["keywords"]), str(spec.get("field", "text")))
            for name, spec in data["tags"].items()
        )
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        first = " ".join(str(exc).split())[:160]
        raise FormatError(where, f"not a program taxonomy ({first})") from exc
    return tags


def tag_programs(text: str, buyer: Hit | None, taxonomy: Taxonomy,
                 is_clean: Callable[[str], bool]) -> list[tuple[str, Hit]]:
    """Tags whose keywords occur, with the quoted text around the first occurrence.

    Args:
        text: the decoded notice text.
        buyer: the buyer's name, for tags restricted to it.
        taxonomy: the tags to look for.
        is_clean: privacy check; evidence that would quote a person is cut to the keyword.
    """
    found: list[tuple[str, Hit]] = []
    for tag in taxonomy:
        if tag.field == "buyer":
            if buyer is None:
                continue
            kw = next((k for k in tag.keywords if k in buyer.value), None)
            if kw:
                found.append((tag.name, buyer))
            continue
        best: tuple[int, str] | None = None
        for kw in tag.keywords:
            pos = text.find(kw)
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, kw)
        if best is None:
            continue
        pos, kw = best
        found.append((tag.name, _evidence(text, pos, pos + len(kw), is_clean)))
    return found


def _evidence(text: str, start: int, end: int, is_clean: Callable[[str], bool]) -> Hit:
    """The keyword with some context, staying on its line and clear of private data."""
    # Stay inside the clause the keyword is in: never across a line, a table cell or a
    # "label：" boundary, which is where names and phone numbers of people are written.
    a = start
    while a > max(0, start - _CONTEXT) and text[a - 1] not in _BOUNDARY:
        a -= 1
    b = end
    while b < min(len(text), end + _CONTEXT) and text[b] not in _BOUNDARY:
        b += 1
    quote = text[a:b]
    if not is_clean(quote):
        a, b, quote = start, end, text[start:end]
    lead = len(quote) - len(quote.lstrip())
    quote = quote.strip()
    return Hit(quote, a + lead, a + lead + len(quote))
