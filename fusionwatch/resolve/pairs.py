"""Score a CSV of name pairs: the evaluation interface behind ``fusionwatch pairs score``.

Input columns ``name1,name2`` (optional ``country1,country2``; other columns are kept);
output: the same rows in the same order with ``score``, ``match`` and ``explanation``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

from fusionwatch.errors import FormatError, MissingFileError
from fusionwatch.resolve.compare import NameRecord, compare

ADDED = ("score", "match", "explanation")


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if not path.is_file():
        raise MissingFileError(str(path), "no such file")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(
            str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if "\x00" in text:
        raise FormatError(str(path), "binary file, expected CSV")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    except csv.Error as exc:
        raise FormatError(str(path), f"bad CSV: {exc}") from None
    if not fields:
        raise FormatError(str(path), "empty file")
    missing = [c for c in ("name1", "name2") if c not in fields]
    if missing:
        raise FormatError(str(path), f"missing column(s) {', '.join(missing)}")
    return fields, rows


def _record(row: Mapping[str, str | None], name: str, country: str) -> NameRecord:
    countries = (row.get(country) or "").strip()
    return NameRecord(names=((row.get(name) or "").strip(),),
                      countries=(countries,) if countries else ())


def score_file(source: Path, target: Path, algorithm: str = "fw-1") -> int:
    """Score every pair of ``source`` into ``target``; return the number of rows."""
    fields, rows = _read(source)
    out_fields = fields + [c for c in ADDED if c not in fields]
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=out_fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            result = compare(_record(row, "name1", "country1"),
                             _record(row, "name2", "country2"), algorithm)
            row = dict(row)
            row["score"] = f"{result.score:.4f}"
            row["match"] = "true" if result.match else "false"
            row["explanation"] = result.explanation
            writer.writerow(row)
    return len(rows)
