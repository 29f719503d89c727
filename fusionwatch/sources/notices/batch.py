"""Many notice files at once: expand directories, parse each, keep going past bad files."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fusionwatch.errors import InputError
from fusionwatch.sources.notices.parse import parse_document

__all__ = ["NOTICE_SUFFIXES", "NoticeResult", "expand_paths", "parse_paths"]

NOTICE_SUFFIXES = (".html", ".htm", ".shtml", ".txt")


@dataclass
class NoticeResult:
    """The outcome for one file: the output dict, or the problem that stopped it."""

    path: str
    data: dict[str, Any] | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Files as given; directories expanded recursively to notice files, sorted."""
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*"))
                       if f.is_file() and f.suffix.lower() in NOTICE_SUFFIXES)
        else:
            out.append(raw)
    return out


def parse_paths(paths: Sequence[str], taxonomy: str | None = None) -> Iterator[NoticeResult]:
    """Parse every notice under ``paths``; one result per file, errors included."""
    for path in expand_paths(paths):
        if not Path(path).is_file():
            yield NoticeResult(path, error="no such file" if not Path(path).exists()
                               else "not a regular file")
            continue
        try:
            parsed = parse_document(path, taxonomy)
        except InputError as exc:
            yield NoticeResult(path, error=exc.problem)
            continue
        except Exception as exc:  # noqa: BLE001
            # One unreadable notice must not end a batch of thousands: report and go on.
            yield NoticeResult(path, error=f"cannot parse ({type(exc).__name__}: {exc})")
            continue
        yield NoticeResult(path, parsed.data, warnings=parsed.warnings)
