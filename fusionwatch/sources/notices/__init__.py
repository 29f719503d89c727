"""Chinese government procurement notices (招标/中标/成交公告) as contract awards.

Public API:
    NoticesSource: the ``notices`` source (implements :class:`~fusionwatch.sources.base.Source`).
    parse_notice: one file to the output dict of issue 4.
    parse_paths: files and directories to results and errors, for the CLI.
    load_taxonomy: the program taxonomy (bundled or a user file).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from fusionwatch.errors import InputError
from fusionwatch.sources.base import Document, ParseReport, Record, SourceDefaults
from fusionwatch.sources.notices.batch import (
    NOTICE_SUFFIXES,
    NoticeResult,
    expand_paths,
    parse_paths,
)
from fusionwatch.sources.notices.parse import ParsedNotice, parse_document, parse_notice
from fusionwatch.sources.notices.programs import load_taxonomy
from fusionwatch.sources.notices.records import DATASET, notice_records

__all__ = [
    "NoticeResult", "NoticesSource", "ParsedNotice", "expand_paths", "load_taxonomy",
    "parse_document", "parse_notice", "parse_paths",
]


class NoticesSource(SourceDefaults):
    """Procurement notices: buyers, agencies, suppliers, contracts and awards."""

    name: ClassVar[str] = "notices"
    description: ClassVar[str] = (
        "Chinese procurement notices (HTML/text): contract awards, buyers, suppliers, program tags"
    )
    formats: ClassVar[tuple[str, ...]] = ("html", "txt")
    suffixes: ClassVar[tuple[str, ...] | None] = NOTICE_SUFFIXES
    # Notices accumulate: a new folder adds to the dataset instead of replacing it.
    cumulative: ClassVar[bool] = True
    # One bad page in a folder of notices is reported; the others are still ingested.
    tolerant: ClassVar[bool] = True

    def __init__(self, taxonomy: str | None = None) -> None:
        self.taxonomy = taxonomy

    def parse(self, documents: Sequence[Document], report: ParseReport) -> Iterator[Record]:
        """Yield records for every notice; a bad file is reported and skipped."""
        for document in documents:
            try:
                parsed = parse_document(document, self.taxonomy)
            except InputError as exc:
                report.failed(document.path, exc.problem)
                continue
            except Exception as exc:  # noqa: BLE001
                # One unreadable notice must not end a batch of thousands: report and go on.
                report.failed(document.path, f"cannot parse ({type(exc).__name__}: {exc})")
                continue
            report.documents_parsed += 1
            report.row(DATASET)
            # Only the count: names of people in notices are never kept, not even in memory reports.
            report.dataset(DATASET).persons_dropped += parsed.people_dropped
            report.warnings.extend(f"{document.path}: {w}" for w in parsed.warnings)
            yield from notice_records(parsed, document)
