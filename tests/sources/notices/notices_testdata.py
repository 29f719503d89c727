"""Shared helpers for the notices tests: bundled data paths and label comparison."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
NOTICES = REPO / "data" / "notices"
LABELS = REPO / "data" / "notices_labels.jsonl"
HEADER_FIELDS = ("notice_type", "published", "project_name", "project_number", "buyer", "agency",
                 "budget_yuan", "total_award_yuan")


def labels() -> list[dict[str, Any]]:
    with LABELS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def norm(value: object) -> str | None:
    """Whitespace and full/half-width normalization, as the acceptance checks do."""
    if value is None:
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)))


def same(got: object, want: object) -> bool:
    if isinstance(got, (int, float)) and isinstance(want, (int, float)):
        return abs(got - want) <= 0.5
    return norm(got) == norm(want)
